package org.beltportal.core.template;

/** Why a template source was refused, and where: 1-based line and column as an editor shows them. */
public record TemplateProblem(int line, int column, String reason) {
}
