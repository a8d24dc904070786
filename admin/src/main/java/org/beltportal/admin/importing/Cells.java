package org.beltportal.admin.importing;

import java.util.List;
import java.util.function.Supplier;

/**
 * One row of a file as read, before the header gives its cells names: the spreadsheet row number, the
 * cells up to {@link ImportLimits#columns()}, and whether a cell further right holds a value.
 */
record Cells(long row, List<String> values, boolean overflow) {

    boolean isBlank() {
        return !overflow && values.stream().allMatch(value -> value == null || value.isBlank());
    }

    /** The first non-blank row from {@code next} (null at the end), or an empty row when there is none. */
    static Cells firstNonBlank(Supplier<Cells> next) {
        for (Cells cells = next.get(); cells != null; cells = next.get()) {
            if (!cells.isBlank()) {
                return cells;
            }
        }
        return new Cells(0, List.of(), false);
    }
}
