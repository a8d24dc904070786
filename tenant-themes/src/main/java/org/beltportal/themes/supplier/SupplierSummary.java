package org.beltportal.themes.supplier;

import java.util.Arrays;
import java.util.List;

import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.themes.site.Text;

/**
 * A supplier as buyers see it on product cards, the product page and its own profile. {@code creditRating}
 * is the code buyers know ("4A"), {@code ratingLevel} its digit for styling; {@code capabilities} are the
 * contract's codes ("samples", "dropship", "custom") in a fixed order, which templates label with
 * {@code msg["capability." + code]}. {@code url} is the profile page, {@code shopUrl} the supplier's shop on a
 * marketplace where buyers order (absolute http(s), else ""). A summary with an empty {@code name} stands for a
 * supplier that could not be read.
 */
public record SupplierSummary(
        long id,
        String url,
        String name,
        String creditRating,
        int ratingLevel,
        boolean verified,
        String yearsActive,
        String location,
        List<String> capabilities,
        String shopUrl) {

    public SupplierSummary {
        shopUrl = Text.safeMarketplaceUrl(shopUrl);
        url = Text.orEmpty(url);
        name = Text.orEmpty(name);
        creditRating = Text.orEmpty(creditRating);
        yearsActive = Text.orEmpty(yearsActive);
        location = Text.orEmpty(location);
        capabilities = List.copyOf(capabilities);
    }

    public static SupplierSummary of(Supplier supplier, String base) {
        List<String> codes = Arrays.stream(Capability.values()).filter(supplier::can).map(Capability::code).toList();
        CreditRating rating = supplier.creditRating();
        return new SupplierSummary(supplier.id(), base + "/suppliers/" + supplier.id(), supplier.name(), rating == null ? "" : rating.code(),
                rating == null ? 0 : rating.level(), supplier.verified(), Integer.toString(supplier.yearsActive()),
                supplier.location(), codes, supplier.shopUrl());
    }

    /** For a product whose supplier row is gone: the product still shows, without a supplier box. */
    public static SupplierSummary missing(long id) {
        return new SupplierSummary(id, "", "", "", 0, false, "", "", List.of(), "");
    }
}
