package org.beltportal.search.query;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.system.InvalidInputException;

/**
 * The search query string of the HTTP contract, bound by name, for both the JSON API and the HTML results
 * page: {@code q, category, rating, verified, capability (repeatable or comma-separated), priceMin, priceMax,
 * moqMax, sort, cursor, size}.
 */
public record SearchParams(String q, String category, String rating, Boolean verified, List<String> capability,
                           BigDecimal priceMin, BigDecimal priceMax, Integer moqMax, String sort, String cursor,
                           Integer size) {

    /** The validated query; throws the domain's invalid-input error naming the bad parameter. */
    public SearchQuery query() {
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        for (String code : capabilityCodes()) {
            capabilities.add(parsed("capability", () -> Capability.fromCode(code)));
        }
        CreditRating minRating = rating == null || rating.isBlank() ? null
                : parsed("rating", () -> CreditRating.fromCode(rating.strip()));
        return new SearchQuery(q, category, minRating, verified, capabilities, priceMin, priceMax, moqMax,
                SearchSort.fromCode(sort), cursor, size == null ? SearchQuery.DEFAULT_SIZE : size);
    }

    /** Names the query parameter in the error rather than the domain field it feeds. */
    private static <T> T parsed(String parameter, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(parameter, e.problems().getFirst().message());
        }
    }

    /** The parameters that are set, as text, in contract order: what links to a changed search start from. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("q", q);
        map.put("category", category);
        map.put("rating", rating);
        map.put("verified", verified == null ? null : verified.toString());
        map.put("capability", String.join(",", capabilityCodes()));
        map.put("priceMin", priceMin == null ? null : priceMin.toPlainString());
        map.put("priceMax", priceMax == null ? null : priceMax.toPlainString());
        map.put("moqMax", moqMax == null ? null : moqMax.toString());
        map.put("sort", sort);
        map.put("cursor", cursor);
        map.put("size", size == null ? null : size.toString());
        return map;
    }

    private List<String> capabilityCodes() {
        return capability == null ? List.of() : capability.stream()
                .flatMap(c -> List.of(c.split(",")).stream()).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }
}
