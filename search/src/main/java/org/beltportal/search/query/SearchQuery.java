package org.beltportal.search.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;

/**
 * What a buyer asks for. Text is plain words (never query syntax); {@code minRating} keeps suppliers
 * rated at least that; price bounds apply to the lowest tier price. All filters are optional.
 * Two hooks for callers that know more than the buyer typed: {@code productIds} keeps only those products
 * (a campaign's goods; empty means no such filter), {@code promoted} ranks those products higher and marks
 * them in the results with the campaign named (the caller decides which campaign is live at its instant,
 * so search knows nothing of campaigns). Both apply inside the scope only.
 */
public record SearchQuery(
        String text,
        String category,
        CreditRating minRating,
        Boolean verified,
        Set<Capability> capabilities,
        BigDecimal priceMin,
        BigDecimal priceMax,
        Integer moqMax,
        SearchSort sort,
        String cursor,
        int size,
        Set<Long> productIds,
        Map<Long, SearchItem.Campaign> promoted,
        boolean exact) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    static final int MAX_TEXT = 100;
    /**
     * Query text longer than this is refused rather than cut to {@link #MAX_TEXT}: a pasted title is cut, but
     * no buyer types a thousand characters, so such a request is a client's mistake or a probe.
     */
    public static final int MAX_REQUEST_TEXT = 1_000;

    public SearchQuery(String text, String category, CreditRating minRating, Boolean verified, Set<Capability> capabilities,
                       BigDecimal priceMin, BigDecimal priceMax, Integer moqMax, SearchSort sort, String cursor, int size) {
        this(text, category, minRating, verified, capabilities, priceMin, priceMax, moqMax, sort, cursor, size, Set.of(), Map.of(), false);
    }

    public SearchQuery {
        productIds = productIds == null ? Set.of() : Set.copyOf(productIds);
        promoted = promoted == null ? Map.of() : Map.copyOf(promoted);
        text = clean(text);
        category = category == null || category.isBlank() ? null : category.strip();
        capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        List<FieldProblem> problems = new ArrayList<>();
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
        }
        if (priceMin != null && priceMax != null && priceMin.compareTo(priceMax) > 0) {
            problems.add(new FieldProblem("priceMin", "must not be above priceMax"));
        }
        if (outsidePrices(priceMin) || outsidePrices(priceMax)) {
            problems.add(new FieldProblem(outsidePrices(priceMin) ? "priceMin" : "priceMax",
                    "must be from 0 to " + ProductDraft.MAX_PRICE.toPlainString()));
        }
        if (moqMax != null && moqMax < 1) {
            problems.add(new FieldProblem("moqMax", "must be at least 1"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Within what a price can be, so a bound always converts to fen without overflow. */
    private static boolean outsidePrices(BigDecimal price) {
        return price != null && (price.signum() < 0 || price.compareTo(ProductDraft.MAX_PRICE) > 0);
    }

    /** The same query limited to these products. */
    public SearchQuery onlyProducts(Set<Long> ids) {
        return new SearchQuery(text, category, minRating, verified, capabilities, priceMin, priceMax, moqMax, sort,
                cursor, size, ids, promoted, exact);
    }

    /** The same query ranking these products higher and marking them with their campaign. */
    public SearchQuery promoting(Map<Long, SearchItem.Campaign> products) {
        return new SearchQuery(text, category, minRating, verified, capabilities, priceMin, priceMax, moqMax, sort,
                cursor, size, productIds, products, exact);
    }

    /**
     * The same query searched exactly as typed: a text that finds nothing is not corrected (the "search
     * instead for" link of a corrected result), though it may still be relaxed.
     */
    public SearchQuery exactly(boolean asTyped) {
        return new SearchQuery(text, category, minRating, verified, capabilities, priceMin, priceMax, moqMax, sort,
                cursor, size, productIds, promoted, asTyped);
    }

    /** The same query for another text (a correction, or the text with a term left out). */
    SearchQuery withText(String other) {
        return new SearchQuery(other, category, minRating, verified, capabilities, priceMin, priceMax, moqMax, sort,
                cursor, size, productIds, promoted, exact);
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, null, null, DEFAULT_SIZE);
    }

    /** A request's {@code q}, refused (naming {@code q}) when over {@link #MAX_REQUEST_TEXT} characters. */
    public static String requestText(String q) {
        if (q != null && q.length() > MAX_REQUEST_TEXT) {
            throw InvalidInputException.of("q", "must be at most " + MAX_REQUEST_TEXT + " characters");
        }
        return q;
    }

    /**
     * Buyers paste titles with control characters, emoji and stray brackets: keep letters, digits,
     * symbols and spaces, cap the length, and let analysis do the rest. Nothing is ever parsed as syntax.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder cleaned = new StringBuilder();
        text.codePoints().limit(MAX_TEXT).forEach(cp -> cleaned.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return cleaned.toString().strip();
    }
}
