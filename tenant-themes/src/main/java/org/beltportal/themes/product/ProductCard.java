package org.beltportal.themes.product;

import java.math.BigDecimal;
import java.util.Comparator;

import org.beltportal.core.insight.VisitSource;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.Product;
import org.beltportal.themes.site.English;
import org.beltportal.themes.site.Text;
import org.beltportal.themes.supplier.SupplierSummary;

/**
 * A product in a listing. {@code fromPrice} is the lowest tier price ("¥19.90"), or "" when the product
 * has no price; {@code moq} is the minimum order quantity as text, next to its {@code unit} (in the page's
 * language where the product has it); {@code image} is
 * http(s) or site-relative, else "".
 */
public record ProductCard(
        String url,
        String title,
        String fromPrice,
        String moq,
        String unit,
        String image,
        SupplierSummary supplier) {

    public ProductCard {
        title = Text.orEmpty(title);
        unit = Text.orEmpty(unit);
        image = Text.safeUrl(image);
    }

    /** {@code lang} the page's language: an English page shows the English title where there is one. */
    public static ProductCard of(Product product, SupplierSummary supplier, String base, String lang) {
        return of(product, supplier, base, lang, null);
    }

    /** The same, its link telling insight where the buyer came from ({@code ?from=home}); null for a plain link. */
    public static ProductCard of(Product product, SupplierSummary supplier, String base, String lang, VisitSource from) {
        String image = product.images() == null || product.images().isEmpty() ? "" : product.images().getFirst();
        String url = url(base, product.id()) + (from == null ? "" : "?" + VisitSource.PARAMETER + "=" + from.code());
        return new ProductCard(url, English.orChinese(lang, product.title(), product.titleEn()), fromPrice(product),
                Integer.toString(product.moq()), English.orChinese(lang, product.unit(), product.unitEn()), image, supplier);
    }

    private static String url(String base, long id) {
        return base + "/products/" + id;
    }

    /** The lowest price per unit: core stores it with the product; the tiers are the fallback if it is absent. */
    private static String fromPrice(Product product) {
        BigDecimal lowest = product.minPrice() != null ? product.minPrice()
                : product.priceTiers().stream().map(PriceTier::price).min(Comparator.naturalOrder()).orElse(null);
        return lowest == null ? "" : Text.yuan(lowest);
    }
}
