package org.beltportal.core.template;

import java.time.Instant;

/** One step of a template's history: a saved source, or ({@code reverted}) the return to the theme's template. */
public record TemplateVersion(String path, int version, boolean reverted, String createdBy, Instant createdAt) {
}
