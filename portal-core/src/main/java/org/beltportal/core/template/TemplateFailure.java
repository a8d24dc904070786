package org.beltportal.core.template;

import java.time.Instant;

/**
 * A page whose render with the belt's published overrides failed at run time: the buyer got the theme's own
 * template instead. {@code template} and {@code line} where FreeMarker stopped, when it could tell.
 */
public record TemplateFailure(String page, String template, Integer line, String reason, Instant failedAt) {
}
