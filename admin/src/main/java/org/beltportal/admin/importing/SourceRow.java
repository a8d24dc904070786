package org.beltportal.admin.importing;

import java.util.Map;

/**
 * One data row: its number as a spreadsheet shows it (the header is usually row 1), the cells by column
 * name, and whether a cell outside the named columns holds a value (a sign of a shifted CSV row).
 */
record SourceRow(long number, Map<String, String> values, boolean valuesOutsideColumns) {

    public SourceRow {
        values = Map.copyOf(values);
    }

    String get(Column column) {
        return values.get(column.header());
    }

    /** Characters in the row: how import batches keep one SQL statement small. */
    long chars() {
        return values.values().stream().mapToLong(String::length).sum();
    }
}
