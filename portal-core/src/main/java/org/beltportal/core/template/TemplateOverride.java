package org.beltportal.core.template;

/** The override of a path that is in force: its newest version, when that version is not a revert. */
public record TemplateOverride(String path, int version, String source) {
}
