package org.beltportal.themes.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.Product;
import org.beltportal.themes.category.CategoryLink;
import org.beltportal.themes.site.English;
import org.beltportal.themes.site.Text;
import org.beltportal.themes.supplier.SupplierSummary;

/**
 * The data of {@code pages/product.ftlh}. {@code categories} are the links along the category path, root
 * first; {@code summary} is the description cut short for the meta description; {@code images} are the
 * gallery, http(s) or site-relative only. {@code title} is in the page's language where the product has it
 * (English pages show {@code titleEn} when set); {@code otherTitle} is the product's title in the other
 * language ("" when it has none), in language {@code otherLang}. {@code unit} follows the page's language the same
 * way, per field. {@code orderUrl} is where the buyer orders on a marketplace: the product's listing, else its
 * supplier's shop, else "" (absolute http(s) only, checked again here).
 */
public record ProductPage(
        long id,
        String title,
        String titleEn,
        List<CategoryLink> categories,
        List<PriceRow> prices,
        String moq,
        String unit,
        List<AttributeRow> attributes,
        String description,
        String summary,
        List<String> images,
        SupplierSummary supplier,
        String otherTitle,
        String otherLang,
        String orderUrl) {

    private static final int SUMMARY_LENGTH = 120;

    /** One price tier: {@code quantity} is the range it covers ("30–299", "≥1000"), {@code price} per unit. */
    public record PriceRow(String quantity, String price) {
    }

    public record AttributeRow(String name, String value) {
    }

    public ProductPage {
        title = Text.orEmpty(title);
        titleEn = Text.orEmpty(titleEn);
        otherTitle = Text.orEmpty(otherTitle);
        unit = Text.orEmpty(unit);
        description = Text.orEmpty(description);
        categories = List.copyOf(categories);
        prices = List.copyOf(prices);
        attributes = List.copyOf(attributes);
        images = images.stream().map(Text::safeUrl).filter(url -> !url.isEmpty()).toList();
        orderUrl = Text.safeMarketplaceUrl(orderUrl);
    }

    public static ProductPage of(Product product, SupplierSummary supplier, List<CategoryLink> categories, String lang) {
        String title = English.orChinese(lang, product.title(), product.titleEn());
        boolean english = !title.equals(product.title());
        return new ProductPage(product.id(), title, product.titleEn(), categories,
                priceRows(product.priceTiers()), Integer.toString(product.moq()),
                English.orChinese(lang, product.unit(), product.unitEn()),
                attributeRows(product.attributes()), product.description(),
                Text.excerpt(product.description(), SUMMARY_LENGTH),
                product.images() == null ? List.of() : product.images(), supplier,
                english ? product.title() : product.titleEn(), english ? "zh-CN" : English.LANG,
                orderUrl(product, supplier));
    }

    /** The product's own listing when it has a valid one, else the supplier's shop (already checked), else "". */
    static String orderUrl(Product product, SupplierSummary supplier) {
        String listing = Text.safeMarketplaceUrl(product.listingUrl());
        return listing.isEmpty() ? supplier.shopUrl() : listing;
    }

    /** Tiers come ascending by quantity; each one runs up to the quantity where the next one starts. */
    static List<PriceRow> priceRows(List<PriceTier> tiers) {
        List<PriceRow> rows = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            int from = tiers.get(i).minQty();
            String quantity;
            if (i + 1 == tiers.size()) {
                quantity = "≥" + from;
            } else {
                int to = tiers.get(i + 1).minQty() - 1;
                quantity = to > from ? from + "–" + to : Integer.toString(from);
            }
            rows.add(new PriceRow(quantity, Text.yuan(tiers.get(i).price())));
        }
        return rows;
    }

    static List<AttributeRow> attributeRows(Map<String, String> attributes) {
        if (attributes == null) {
            return List.of();
        }
        return attributes.entrySet().stream()
                .map(e -> new AttributeRow(Text.orEmpty(e.getKey()), Text.orEmpty(e.getValue())))
                .toList();
    }
}
