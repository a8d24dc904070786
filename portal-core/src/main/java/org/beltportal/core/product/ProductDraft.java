package org.beltportal.core.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.beltportal.core.system.ImageUrls;
import org.beltportal.core.system.MarketplaceUrls;
import org.beltportal.core.system.Problems;

/**
 * A product as an operator or an import row gives it. {@code category} is a path; missing levels are
 * created; {@code unitEn} is the unit on English pages and {@code listingUrl} the product's marketplace listing,
 * both optional. Validation collects every problem so one answer (or one import report row) lists them all.
 */
public record ProductDraft(
        String sku,
        String title,
        String titleEn,
        String description,
        String category,
        Long supplierId,
        Integer moq,
        String unit,
        List<PriceTier> priceTiers,
        Map<String, String> attributes,
        List<String> images,
        ProductStatus status,
        String unitEn,
        String listingUrl) {

    public static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
    /** What a price column holds; prices from outside (search filters too) are bounded by it. */
    public static final BigDecimal MAX_PRICE = new BigDecimal("999999999.99");
    public static final int MAX_MOQ = 1_000_000_000;
    static final int MAX_TIERS = 10;
    static final int MAX_ATTRIBUTES = 30;
    static final int MAX_IMAGES = 12;

    /** A draft without the fields of V15 (English unit, marketplace listing). */
    public ProductDraft(String sku, String title, String titleEn, String description, String category, Long supplierId,
                        Integer moq, String unit, List<PriceTier> priceTiers, Map<String, String> attributes,
                        List<String> images, ProductStatus status) {
        this(sku, title, titleEn, description, category, supplierId, moq, unit, priceTiers, attributes, images, status,
                null, null);
    }

    public ProductDraft {
        priceTiers = priceTiers == null ? List.of() : List.copyOf(priceTiers);
        attributes = attributes == null ? Map.of() : new LinkedHashMap<>(attributes);
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** The same draft for the supplier {@code id}: how an import row that names its supplier gets its id. */
    public ProductDraft withSupplierId(long id) {
        return new ProductDraft(sku, title, titleEn, description, category, id, moq, unit, priceTiers, attributes, images,
                status, unitEn, listingUrl);
    }

    /** The draft with defaults filled in and tiers sorted by quantity. */
    ProductDraft normalised() {
        List<PriceTier> sorted = new ArrayList<>(priceTiers);
        sorted.sort(Comparator.comparingInt(PriceTier::minQty));
        return new ProductDraft(sku.strip(), title.strip(), blankToNull(titleEn), blankToNull(description),
                blankToNull(category), supplierId, moq, unit == null || unit.isBlank() ? "件" : unit.strip(), sorted,
                attributes, images, status == null ? ProductStatus.ACTIVE : status, blankToNull(unitEn),
                blankToNull(listingUrl));
    }

    BigDecimal minPrice() {
        return priceTiers.stream().map(PriceTier::price).min(Comparator.naturalOrder()).orElseThrow();
    }

    void validate(Problems problems) {
        problems.text(sku, "sku", 64, true)
                .matches(sku == null ? null : sku.strip(), SKU, "sku", "letters, digits and . _ / - only")
                .text(title, "title", 200, true)
                .text(titleEn, "titleEn", 200, false)
                .text(description, "description", 10_000, false)
                .text(unit, "unit", 16, false)
                .text(unitEn, "unitEn", 16, false)
                .require(MarketplaceUrls.isAbsentOrValid(listingUrl), "listingUrl", MarketplaceUrls.RULE)
                .require(supplierId != null, "supplierId", "is required")
                .require(moq != null && moq >= 1 && moq <= MAX_MOQ, "moq", "must be between 1 and " + MAX_MOQ)
                .require(!priceTiers.isEmpty(), "priceTiers", "at least one tier is required")
                .require(priceTiers.size() <= MAX_TIERS, "priceTiers", "at most " + MAX_TIERS + " tiers")
                .require(attributes.size() <= MAX_ATTRIBUTES, "attributes", "at most " + MAX_ATTRIBUTES + " attributes")
                .require(images.size() <= MAX_IMAGES, "images", "at most " + MAX_IMAGES + " images");
        validateTiers(problems);
        attributes.forEach((key, value) -> problems
                .require(key != null && !key.isBlank() && key.length() <= 40, "attributes", "names must have 1 to 40 characters")
                .require(value != null && value.length() <= 200, "attributes." + key, "must have at most 200 characters"));
        for (int i = 0; i < images.size(); i++) {
            problems.require(ImageUrls.isValid(images.get(i)), "images[" + i + "]", ImageUrls.RULE);
        }
    }

    private void validateTiers(Problems problems) {
        Set<Integer> quantities = new HashSet<>();
        for (int i = 0; i < priceTiers.size(); i++) {
            PriceTier tier = priceTiers.get(i);
            String field = "priceTiers[" + i + "]";
            if (tier == null || tier.price() == null) {
                problems.require(false, field, "needs minQty and price");
                continue;
            }
            problems.require(tier.minQty() >= 1, field + ".minQty", "must be at least 1")
                    .require(quantities.add(tier.minQty()), field + ".minQty", "appears twice")
                    .require(tier.price().signum() > 0 && tier.price().compareTo(MAX_PRICE) <= 0,
                            field + ".price", "must be more than 0 and at most " + MAX_PRICE)
                    .require(tier.price().stripTrailingZeros().scale() <= 2, field + ".price", "at most 2 decimals");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
