package org.beltportal.admin.importing;

import java.util.List;

import org.beltportal.core.job.RowError;
import org.beltportal.core.product.ProductDraft;

/** A parsed row: its draft when it has no errors, else null and the errors. */
record ParsedRow(long row, ProductDraft draft, List<RowError> errors) {

    ParsedRow {
        errors = List.copyOf(errors);
    }

    boolean isValid() {
        return errors.isEmpty();
    }
}
