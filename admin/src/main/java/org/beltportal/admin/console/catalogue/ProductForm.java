package org.beltportal.admin.console.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.beltportal.admin.console.MediaPicks;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * The product form as typed, rows included: price tiers, attributes and image URLs are repeated fields, read in
 * order and kept as text, so a page with problems (or a row added without JavaScript) shows exactly what was typed.
 * Element ids follow the service's field names ({@code priceTiers-0.price} for {@code priceTiers[0].price}, see
 * {@link FormErrors}), so its problems land beside their field.
 */
public record ProductForm(String sku, String title, String titleEn, String description, String category, String supplierId,
                          String moq, String unit, String status, List<Tier> tiers, List<Attribute> attributes,
                          List<String> images, String unitEn, String listingUrl) {

    public ProductForm {
        tiers = List.copyOf(tiers);
        attributes = List.copyOf(attributes);
        images = List.copyOf(images);
    }

    public record Tier(String minQty, String price) {
        boolean isBlank() {
            return minQty.isBlank() && price.isBlank();
        }
    }

    public record Attribute(String key, String value) {
        boolean isBlank() {
            return key.isBlank() && value.isBlank();
        }
    }

    static ProductForm empty() {
        return new ProductForm("", "", "", "", "", "", "", "", ProductStatus.ACTIVE.code(), List.of(new Tier("", "")),
                List.of(), List.of(), "", "");
    }

    static ProductForm of(Product product) {
        return new ProductForm(product.sku(), product.title(), text(product.titleEn()), text(product.description()),
                text(product.category()), Long.toString(product.supplierId()), Integer.toString(product.moq()), product.unit(),
                product.status().code(),
                product.priceTiers().stream().map(tier -> new Tier(Integer.toString(tier.minQty()), tier.price().toPlainString())).toList(),
                product.attributes().entrySet().stream().map(entry -> new Attribute(entry.getKey(), entry.getValue())).toList(),
                product.images(), text(product.unitEn()), text(product.listingUrl()));
    }

    static ProductForm of(MultiValueMap<String, String> posted) {
        return new ProductForm(Posted.text(posted, "sku"), Posted.text(posted, "title"), Posted.text(posted, "titleEn"),
                Posted.text(posted, "description"), Posted.text(posted, "category"), Posted.text(posted, "supplierId"),
                Posted.text(posted, "moq"), Posted.text(posted, "unit"), Posted.text(posted, "status"),
                rows(Posted.all(posted, "tierMinQty"), Posted.all(posted, "tierPrice"), Tier::new),
                rows(Posted.all(posted, "attributeKey"), Posted.all(posted, "attributeValue"), Attribute::new),
                MediaPicks.added(Posted.all(posted, "image"), posted.getFirst(MediaPicks.name("images"))),
                Posted.text(posted, "unitEn"), Posted.text(posted, "listingUrl"));
    }

    /** Pairs two repeated fields row by row; a row missing one of them (a forged post) gets "" there. */
    private static <R> List<R> rows(List<String> first, List<String> second, java.util.function.BiFunction<String, String, R> row) {
        IntFunction<String> a = i -> i < first.size() ? first.get(i) : "";
        IntFunction<String> b = i -> i < second.size() ? second.get(i) : "";
        return IntStream.range(0, Math.max(first.size(), second.size())).mapToObj(i -> row.apply(a.apply(i), b.apply(i))).toList();
    }

    /**
     * The form after one of its row buttons: {@code addTier}, {@code addAttribute}, {@code addImage}, or
     * {@code removeTier:2} and the like. Anything else leaves the form as it is.
     */
    ProductForm edited(String action) {
        String[] parts = action.split(":", 2);
        int row = parts.length == 2 && parts[1].matches("\\d{1,4}") ? Integer.parseInt(parts[1]) : -1;
        return switch (parts[0]) {
            case "addTier" -> withRows(plus(tiers, new Tier("", "")), attributes, images);
            case "addAttribute" -> withRows(tiers, plus(attributes, new Attribute("", "")), images);
            case "addImage" -> withRows(tiers, attributes, plus(images, ""));
            case "removeTier" -> withRows(minus(tiers, row), attributes, images);
            case "removeAttribute" -> withRows(tiers, minus(attributes, row), images);
            case "removeImage" -> withRows(tiers, attributes, minus(images, row));
            default -> this;
        };
    }

    /** Without the rows left blank (an added row nobody filled in), as it is saved; problems then name these rows. */
    ProductForm compacted() {
        return withRows(tiers.stream().filter(tier -> !tier.isBlank()).toList(),
                attributes.stream().filter(attribute -> !attribute.isBlank()).toList(),
                images.stream().filter(image -> !image.isBlank()).toList());
    }

    /** The draft to save (of a {@link #compacted} form), or null when {@code errors} got what the service could not read. */
    ProductDraft draft(FormErrors errors) {
        List<PriceTier> priceTiers = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            Integer quantity = required(tiers.get(i).minQty(), "priceTiers[" + i + "].minQty", errors);
            BigDecimal price = price(tiers.get(i).price(), "priceTiers[" + i + "].price", errors);
            if (quantity != null && price != null) {
                priceTiers.add(new PriceTier(quantity, price));
            }
        }
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            if (named.putIfAbsent(attributes.get(i).key().strip(), attributes.get(i).value()) != null) {
                errors.add("attributes[" + i + "].key", "appears twice");
            }
        }
        Integer minimum = Posted.whole(moq, "moq", errors);
        ProductStatus chosen = null;
        try {
            chosen = status.isBlank() ? null : ProductStatus.fromCode(status);
        } catch (InvalidInputException unknown) {
            errors.addAll(unknown.problems());
        }
        Long supplier = Posted.id(supplierId);
        if (!supplierId.isBlank() && supplier == null) {
            errors.add("supplierId", "choose a supplier from the list");
        }
        return errors.isEmpty()
                ? new ProductDraft(sku, title, titleEn, description, category, supplier, minimum, unit, priceTiers, named, images, chosen,
                        unitEn, listingUrl)
                : null;
    }

    /**
     * The service's problems with their field names as this form's element ids: an attribute's value is named by its
     * key there ({@code attributes.材质}), here by its row.
     */
    void report(List<FieldProblem> problems, FormErrors errors) {
        for (FieldProblem problem : problems) {
            String field = problem.field();
            if (field.startsWith("attributes.")) {
                String key = field.substring("attributes.".length());
                int row = IntStream.range(0, attributes.size()).filter(i -> attributes.get(i).key().strip().equals(key))
                        .findFirst().orElse(-1);
                field = row < 0 ? "attributes" : "attributes[" + row + "].value";
            }
            errors.add(field, problem.message());
        }
    }

    private ProductForm withRows(List<Tier> newTiers, List<Attribute> newAttributes, List<String> newImages) {
        return new ProductForm(sku, title, titleEn, description, category, supplierId, moq, unit, status, newTiers, newAttributes,
                newImages, unitEn, listingUrl);
    }

    private static Integer required(String typed, String field, FormErrors errors) {
        if (typed.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        return Posted.whole(typed, field, errors);
    }

    private static BigDecimal price(String typed, String field, FormErrors errors) {
        if (typed.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        try {
            return new BigDecimal(typed.strip());
        } catch (NumberFormatException notANumber) {
            errors.add(field, "must be a price such as 12.50");
            return null;
        }
    }

    private static <T> List<T> plus(List<T> rows, T row) {
        List<T> more = new ArrayList<>(rows);
        more.add(row);
        return more;
    }

    private static <T> List<T> minus(List<T> rows, int row) {
        List<T> fewer = new ArrayList<>(rows);
        if (row >= 0 && row < fewer.size()) {
            fewer.remove(row);
        }
        return fewer;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
