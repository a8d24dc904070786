package org.beltportal.admin.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beltportal.core.job.RowError;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductImporter;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.NumberText;

/**
 * Turns one row's cells into a product draft, or into every reason it cannot be one: first what does not
 * parse (a moq of "abc", a tier of "100:abc"), then the rules a product must keep, the same ones the
 * product API applies. Errors name the column and the row as a spreadsheet shows it, and quote a bad
 * value only by its start ({@link Shown}). Numbers are read by {@link NumberText}, whose bounds keep a
 * cell like 1e999999999 or a million digits from costing more than a glance.
 */
final class RowParser {

    /** Separators as typed on a Chinese keyboard are taken too: "100：3.5；1000：2.8" is what operators write. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；]");
    private static final Pattern TIER_SEPARATOR = Pattern.compile("[:：]");
    private static final Pattern INDEXED_FIELD = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");
    private static final Map<String, String> ITEM_NAMES = Map.of("priceTiers", "tier", "images", "image");
    private static final Map<String, String> PART_NAMES = Map.of("minQty", "quantity", "price", "price");

    ParsedRow parse(SourceRow row) {
        List<RowError> errors = new ArrayList<>();
        if (row.valuesOutsideColumns()) {
            errors.add(new RowError(row.number(), null,
                    "has values in columns without a name in the header (in a .csv, quote values that contain commas)"));
        }
        Long supplierId = wholeNumber(row, Column.SUPPLIER_ID, errors);
        String supplier = text(row, Column.SUPPLIER);
        if (supplier != null && supplierId != null) {
            errors.add(new RowError(row.number(), Column.SUPPLIER.header(),
                    "fill either supplier or supplierId, not both"));
        }
        Long moq = wholeNumber(row, Column.MOQ, errors);
        ProductDraft draft = new ProductDraft(text(row, Column.SKU), text(row, Column.TITLE), text(row, Column.TITLE_EN),
                text(row, Column.DESCRIPTION), text(row, Column.CATEGORY), supplierId, moq == null ? null : clampToInt(moq),
                text(row, Column.UNIT), priceTiers(row, errors), Map.of(), images(row), status(row, errors),
                text(row, Column.UNIT_EN), text(row, Column.LISTING_URL));
        String categoryEn = text(row, Column.CATEGORY_EN);
        Set<String> unparsed = new HashSet<>();
        errors.forEach(error -> unparsed.add(error.field()));
        for (FieldProblem problem : ProductImporter.check(draft, categoryEn)) {
            RowError error = rowError(row.number(), problem.field(), problem.message());
            boolean supplierNamed = supplier != null && Column.SUPPLIER_ID.header().equals(error.field());
            if (!unparsed.contains(error.field()) && !supplierNamed) {
                errors.add(error);
            }
        }
        return new ParsedRow(row.number(), errors.isEmpty() ? draft : null, supplier == null ? null : supplier.strip(),
                categoryEn == null ? null : categoryEn.strip(), errors);
    }

    /**
     * A domain problem as an import error: the field becomes its column ({@code priceTiers[1].minQty} is
     * column priceTiers) and the message says which item ("tier 2 quantity appears twice").
     */
    static RowError rowError(long row, String field, String message) {
        if (field == null) {
            return new RowError(row, null, message);
        }
        Matcher indexed = INDEXED_FIELD.matcher(field);
        if (!indexed.matches()) {
            return new RowError(row, field, message);
        }
        String column = indexed.group(1);
        String item = ITEM_NAMES.getOrDefault(column, "item") + " " + (Integer.parseInt(indexed.group(2)) + 1);
        String part = indexed.group(3) == null ? "" : " " + PART_NAMES.getOrDefault(indexed.group(3), indexed.group(3));
        return new RowError(row, column, item + part + " " + message);
    }

    /** The cell's text, without the quote an export puts before a formula-like value ({@link CsvCells}). */
    private static String text(SourceRow row, Column column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : CsvCells.unquoted(value);
    }

    /** Whole numbers; "30.0" too, which is how some spreadsheets hand over a number cell. */
    private static Long wholeNumber(SourceRow row, Column column, List<RowError> errors) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        OptionalLong number = NumberText.wholeNumber(value);
        if (number.isEmpty()) {
            errors.add(new RowError(row.number(), column.header(), quoted(value) + " is not a whole number"));
            return null;
        }
        return number.getAsLong();
    }

    private static String quoted(String value) {
        return "'" + Shown.value(value.strip()) + "'";
    }

    /** Out-of-range values stay out of range, so the domain rule reports them with its own bounds. */
    private static int clampToInt(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    /** "100:3.50;1000:2.80"; an empty part (a trailing ";") is ignored. */
    private static List<PriceTier> priceTiers(SourceRow row, List<RowError> errors) {
        String value = text(row, Column.PRICE_TIERS);
        if (value == null) {
            return List.of();
        }
        List<PriceTier> tiers = new ArrayList<>();
        int before = errors.size();
        for (String part : LIST_SEPARATOR.split(value.strip())) {
            if (!part.isBlank()) {
                tier(row.number(), part.strip(), errors, tiers);
            }
        }
        return errors.size() == before ? tiers : List.of();
    }

    private static void tier(long row, String part, List<RowError> errors, List<PriceTier> tiers) {
        String column = Column.PRICE_TIERS.header();
        String[] pair = TIER_SEPARATOR.split(part, -1);
        if (pair.length != 2) {
            errors.add(new RowError(row, column, quoted(part) + " is not quantity:price, e.g. 100:3.50"));
            return;
        }
        OptionalLong quantity = NumberText.wholeNumber(pair[0]);
        if (quantity.isEmpty() || quantity.getAsLong() != (int) quantity.getAsLong()) {
            errors.add(new RowError(row, column, quoted(part) + ": the quantity is not a whole number"));
            return;
        }
        Optional<BigDecimal> price = NumberText.decimal(pair[1]);
        if (price.isEmpty()) {
            errors.add(new RowError(row, column, quoted(part) + ": the price is not a number"));
            return;
        }
        tiers.add(new PriceTier((int) quantity.getAsLong(), price.get()));
    }

    private static List<String> images(SourceRow row) {
        String value = text(row, Column.IMAGES);
        if (value == null) {
            return List.of();
        }
        return LIST_SEPARATOR.splitAsStream(value).map(String::strip).filter(url -> !url.isEmpty()).toList();
    }

    private static ProductStatus status(SourceRow row, List<RowError> errors) {
        String value = text(row, Column.STATUS);
        if (value == null) {
            return null;
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        for (ProductStatus status : ProductStatus.values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        errors.add(new RowError(row.number(), Column.STATUS.header(), quoted(value) + " is not active or inactive"));
        return null;
    }
}
