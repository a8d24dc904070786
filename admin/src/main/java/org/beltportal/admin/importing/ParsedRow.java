package org.beltportal.admin.importing;

import java.util.List;

import org.beltportal.core.job.RowError;
import org.beltportal.core.product.ProductDraft;

/**
 * A parsed row: its draft when it has no errors, else null and the errors. {@code supplier} is the
 * code or name the row gives instead of a supplier id, still to be looked up ({@link SupplierNames});
 * {@code categoryEn} the English name it gives its category, null for none.
 */
record ParsedRow(long row, ProductDraft draft, String supplier, String categoryEn, List<RowError> errors) {

    ParsedRow {
        errors = List.copyOf(errors);
    }

    boolean isValid() {
        return errors.isEmpty();
    }
}
