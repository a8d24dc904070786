package org.beltportal.core.system;

/** One thing wrong with one field of an input, named so a client can point at it. */
public record FieldProblem(String field, String message) {
}
