package org.beltportal.admin.importing;

import java.util.List;
import java.util.function.Supplier;

/** One row of a file as read, before the header gives its cells names: the spreadsheet row number and cells. */
record Cells(long row, List<String> values) {

    boolean isBlank() {
        return values.stream().allMatch(value -> value == null || value.isBlank());
    }

    /** The first non-blank row from {@code next} (null at the end), or an empty row when there is none. */
    static Cells firstNonBlank(Supplier<Cells> next) {
        for (Cells cells = next.get(); cells != null; cells = next.get()) {
            if (!cells.isBlank()) {
                return cells;
            }
        }
        return new Cells(0, List.of());
    }
}
