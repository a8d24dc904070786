package org.beltportal.core.template;

import java.time.Instant;

/**
 * One step of a template's history: a saved source, or ({@code reverted}) the return to the theme's template.
 * A saved source is a draft until {@code published}; a revert step is always published.
 */
public record TemplateVersion(String path, int version, boolean reverted, boolean published, String createdBy,
                              Instant createdAt) {
}
