package org.beltportal.themes.product;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.Product;
import org.beltportal.themes.site.Text;
import org.beltportal.themes.site.Visit;

/**
 * The schema.org {@code Product} of a product page. Tiered prices become one {@code AggregateOffer} in CNY
 * from the lowest to the highest tier price, with the MOQ as the eligible quantity; a product without
 * prices gets no offer rather than a made-up one.
 */
final class ProductJsonLd {

    private ProductJsonLd() {
    }

    static Map<String, Object> of(Product product, ProductPage page, Visit visit) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Product");
        data.put("name", page.title());
        data.put("sku", Text.orEmpty(product.sku()));
        data.put("url", visit.absolute("/products/" + product.id()));
        if (!page.summary().isEmpty()) {
            data.put("description", page.summary());
        }
        List<String> images = page.images().stream().map(visit::absoluteImage).filter(url -> !url.isEmpty()).toList();
        if (!images.isEmpty()) {
            data.put("image", images);
        }
        if (!page.categories().isEmpty()) {
            data.put("category", page.categories().getLast().name());
        }
        List<BigDecimal> prices = product.priceTiers().stream().map(PriceTier::price).toList();
        if (!prices.isEmpty()) {
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("@type", "AggregateOffer");
            offer.put("priceCurrency", "CNY");
            offer.put("lowPrice", prices.stream().min(Comparator.naturalOrder()).orElseThrow().toPlainString());
            offer.put("highPrice", prices.stream().max(Comparator.naturalOrder()).orElseThrow().toPlainString());
            offer.put("offerCount", prices.size());
            offer.put("availability", "https://schema.org/InStock");
            offer.put("eligibleQuantity", Map.of("@type", "QuantitativeValue", "minValue", product.moq(),
                    "unitText", page.unit()));
            if (!page.supplier().name().isEmpty()) {
                offer.put("seller", Map.of("@type", "Organization", "name", page.supplier().name()));
            }
            data.put("offers", offer);
        }
        return data;
    }
}
