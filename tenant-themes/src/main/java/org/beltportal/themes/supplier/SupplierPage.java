package org.beltportal.themes.supplier;

import java.util.List;

import org.beltportal.core.supplier.Supplier;
import org.beltportal.themes.product.ProductCard;
import org.beltportal.themes.site.Text;

/**
 * The data of {@code pages/supplier.ftlh}: the {@code supplier}'s trust facts, its factory figures as text
 * ("" when unknown), its plain-text {@code description}, one page of its active {@code products} and the
 * links to the pages before and after ("" at either end).
 */
public record SupplierPage(
        SupplierSummary supplier,
        String description,
        String employees,
        String factoryArea,
        List<ProductCard> products,
        long productTotal,
        String previousUrl,
        String nextUrl) {

    public SupplierPage {
        description = Text.orEmpty(description);
        products = List.copyOf(products);
    }

    static SupplierPage of(Supplier supplier, String base, List<ProductCard> products, long total, String previous,
                           String next) {
        return new SupplierPage(SupplierSummary.of(supplier, base), supplier.description(),
                supplier.employees() == null ? "" : supplier.employees().toString(),
                supplier.factoryArea() == null ? "" : supplier.factoryArea().toString(),
                products, total, previous, next);
    }
}
