package org.beltportal.search.query;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NumberText;

/**
 * The search query string of the HTTP contract, bound by name, for both the JSON API and the HTML results
 * page: {@code q, category, rating, verified, capability (repeatable or comma-separated), priceMin, priceMax,
 * moqMax, sort, cursor, size, exact}. Every value is bound as the text it arrived as and parsed here, numbers through
 * {@link NumberText}: Spring would bind {@code priceMin=1e999999999} into a BigDecimal that then costs minutes
 * to compare and print, and answer a value it cannot convert before this code could name the parameter.
 */
public record SearchParams(String q, String category, String rating, String verified, List<String> capability,
                           String priceMin, String priceMax, String moqMax, String sort, String cursor, String size,
                           String exact) {

    /** The validated query; throws the domain's invalid-input error naming the bad parameter. */
    public SearchQuery query() {
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        for (String code : capabilityCodes()) {
            capabilities.add(parsed("capability", () -> Capability.fromCode(code)));
        }
        CreditRating minRating = rating == null || rating.isBlank() ? null
                : parsed("rating", () -> CreditRating.fromCode(rating.strip()));
        BigDecimal min = NumberText.requireDecimal("priceMin", priceMin, BigDecimal.ZERO, ProductDraft.MAX_PRICE);
        BigDecimal max = NumberText.requireDecimal("priceMax", priceMax, BigDecimal.ZERO, ProductDraft.MAX_PRICE);
        Long moq = NumberText.requireWholeNumber("moqMax", moqMax, 1, ProductDraft.MAX_MOQ);
        Long pageSize = NumberText.requireWholeNumber("size", size, 1, SearchQuery.MAX_SIZE);
        return new SearchQuery(SearchQuery.requestText(q), category, minRating, verifiedFilter(), capabilities, min, max,
                moq == null ? null : moq.intValue(), SearchSort.fromCode(sort), cursor,
                pageSize == null ? SearchQuery.DEFAULT_SIZE : pageSize.intValue()).exactly(exactly());
    }

    /** The same search inside a category (a category page takes it from its path, not the query string). */
    public SearchParams inCategory(String path) {
        return new SearchParams(q, path, rating, verified, capability, priceMin, priceMax, moqMax, sort, cursor, size, exact);
    }

    /** Names the query parameter in the error rather than the domain field it feeds. */
    private static <T> T parsed(String parameter, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(parameter, e.problems().getFirst().message());
        }
    }

    /** Exactly what the filter links write: "true" or "false" (not Spring's "yes", "on", "1"). */
    private Boolean verifiedFilter() {
        if (verified == null || verified.isBlank()) {
            return null;
        }
        return switch (verified.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInputException.of("verified", "must be true or false");
        };
    }

    /** {@code exact=1} searches the text as typed, uncorrected (the "search instead for" link). */
    private boolean exactly() {
        if (exact == null || exact.isBlank()) {
            return false;
        }
        return switch (exact.strip()) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw InvalidInputException.of("exact", "must be 1 or 0");
        };
    }

    /** The parameters that are set, as text, in contract order: what links to a changed search start from. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("q", q);
        map.put("category", category);
        map.put("rating", rating);
        map.put("verified", verified);
        map.put("capability", String.join(",", capabilityCodes()));
        map.put("priceMin", priceMin);
        map.put("priceMax", priceMax);
        map.put("moqMax", moqMax);
        map.put("sort", sort);
        map.put("cursor", cursor);
        map.put("size", size);
        map.put("exact", exact);
        return map;
    }

    private List<String> capabilityCodes() {
        return capability == null ? List.of() : capability.stream()
                .flatMap(c -> List.of(c.split(",")).stream()).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }
}
