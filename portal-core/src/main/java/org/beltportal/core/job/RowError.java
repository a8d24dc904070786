package org.beltportal.core.job;

/** One problem of one input row: the 1-based row number as a spreadsheet shows it, the column, the reason. */
public record RowError(long row, String field, String message) {
}
