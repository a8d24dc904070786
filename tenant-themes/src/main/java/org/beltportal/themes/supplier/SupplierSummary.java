package org.beltportal.themes.supplier;

import java.util.Arrays;
import java.util.List;

import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.themes.site.Text;

/**
 * A supplier as buyers see it on product cards and the product page. {@code creditRating} is the code
 * buyers know ("4A"), {@code ratingLevel} its digit for styling; {@code capabilities} are display labels
 * in a fixed order. A summary with an empty {@code name} stands for a supplier that could not be read.
 */
public record SupplierSummary(
        long id,
        String name,
        String creditRating,
        int ratingLevel,
        boolean verified,
        String yearsActive,
        String location,
        List<String> capabilities) {

    public SupplierSummary {
        name = Text.orEmpty(name);
        creditRating = Text.orEmpty(creditRating);
        yearsActive = Text.orEmpty(yearsActive);
        location = Text.orEmpty(location);
        capabilities = List.copyOf(capabilities);
    }

    public static SupplierSummary of(Supplier supplier) {
        List<String> labels = Arrays.stream(Capability.values()).filter(supplier::can).map(SupplierSummary::label).toList();
        CreditRating rating = supplier.creditRating();
        return new SupplierSummary(supplier.id(), supplier.name(), rating == null ? "" : rating.code(),
                rating == null ? 0 : rating.level(), supplier.verified(), Integer.toString(supplier.yearsActive()),
                supplier.location(), labels);
    }

    /** For a product whose supplier row is gone: the product still shows, without a supplier box. */
    public static SupplierSummary missing(long id) {
        return new SupplierSummary(id, "", "", 0, false, "", "", List.of());
    }

    /** An exhaustive switch: a new capability does not compile until it has a label. */
    static String label(Capability capability) {
        return switch (capability) {
            case SAMPLES -> "样品";
            case DROPSHIP -> "一件代发";
            case CUSTOM -> "定制";
        };
    }
}
