package org.beltportal.admin.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;

/**
 * The header row: which column each cell position holds (null for a blank header cell). Building one
 * refuses unknown, repeated and missing required columns, so a wrong file fails at upload, not in the job.
 */
record Header(List<Column> columns) {

    static final String FIELD = "file";

    Header {
        columns = Collections.unmodifiableList(new ArrayList<>(columns));
    }

    static Header of(Cells header, ImportLimits limits) {
        if (header.isBlank()) {
            throw InvalidInputException.of(FIELD, "is empty: its first row must name the columns " + String.join(", ", Column.headers()));
        }
        if (header.overflow()) {
            throw InvalidInputException.of(FIELD, "has more than " + limits.columns() + " columns in its header row (row "
                    + header.row() + "): the columns are " + String.join(", ", Column.headers()));
        }
        List<Column> columns = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<Column> seen = EnumSet.noneOf(Column.class);
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : header.values()) {
            Optional<Column> column = name == null || name.isBlank() ? Optional.empty() : Column.named(name);
            if (column.isEmpty() && name != null && !name.isBlank()) {
                unknown.add(Shown.value(name.strip()));
            }
            if (column.isPresent() && !seen.add(column.get())) {
                problems.add(new FieldProblem(FIELD, "column " + column.get().header() + " appears twice in the header"));
            }
            columns.add(column.orElse(null));
        }
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem(FIELD, "unknown columns: " + String.join(", ", unknown)
                    + " (the columns are " + String.join(", ", Column.headers()) + ")"));
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.isRequired() && !seen.contains(column)) {
                missing.add(column.header());
            } else if (column == Column.SUPPLIER && !seen.contains(Column.SUPPLIER) && !seen.contains(Column.SUPPLIER_ID)) {
                // A row names its supplier by one of two columns; the file needs one of them.
                missing.add(Column.SUPPLIER.header() + " (or " + Column.SUPPLIER_ID.header() + ")");
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new FieldProblem(FIELD, "missing required columns: " + String.join(", ", missing)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Header(columns);
    }

    SourceRow row(Cells cells) {
        Map<String, String> values = new HashMap<>();
        boolean outside = cells.overflow();
        for (int i = 0; i < cells.values().size(); i++) {
            String value = cells.values().get(i) == null ? "" : cells.values().get(i);
            Column column = i < columns.size() ? columns.get(i) : null;
            if (column != null) {
                values.put(column.header(), value);
            } else if (!value.isBlank()) {
                outside = true;
            }
        }
        return new SourceRow(cells.row(), values, outside);
    }
}
