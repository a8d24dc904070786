package org.beltportal.admin.console.catalogue;

/** One option of a select: what is posted, what is shown. */
public record Choice(String value, String label) {
}
