package org.beltportal.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.beltportal.bench.LoadDriver.Get;
import org.beltportal.bench.Plan.Category;
import org.beltportal.bench.Plan.TenantPlan;
import org.beltportal.bench.QueryMix.SearchRequest;

/**
 * The thousand-belt benchmark's requests: buyers' pages (home, search page, category, product) and the search API,
 * spread evenly over a set of belts, each belt asked in turn (a shuffled round), so over a thousand belts the
 * per-belt caches (rendered pages, template configurations, category trees...) meet a belt again only after
 * every other belt, and over ten they meet it every tenth request. Searches are the search benchmark's queries
 * of each belt's own words (its category ids included).
 */
final class BeltLoad {

    /** Kinds and their share of the requests, in percent. */
    private static final Map<String, Integer> SHARES = Map.of("home", 15, "search-page", 20, "category-page", 15,
            "product-page", 25, "search-api", 25);
    private static final List<String> KINDS = List.of("home", "search-page", "category-page", "product-page", "search-api");
    private static final int LENGTH = 200_000;

    private final Map<String, List<SearchRequest>> searchesBySlug = new HashMap<>();
    private final Map<String, long[]> productIds;
    private final long seed;

    /** @param productIds some active products of each belt, by slug */
    BeltLoad(Plan plan, Map<String, long[]> productIds, long seed) {
        this.productIds = productIds;
        this.seed = seed;
        for (SearchRequest search : new QueryMix(plan, seed).next(Math.max(20_000, plan.tenantCount() * 60))) {
            searchesBySlug.computeIfAbsent(search.slug(), slug -> new ArrayList<>()).add(search);
        }
    }

    /** A request list for {@code belts}, every belt equally often; the load driver's clients go round it. */
    List<Get> over(List<TenantPlan> belts) {
        Random random = new Random(seed + belts.size());
        List<TenantPlan> round = new ArrayList<>(belts);
        Map<String, Integer> nextSearch = new HashMap<>();
        List<Get> gets = new ArrayList<>(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            if (i % round.size() == 0) {
                Collections.shuffle(round, random);
            }
            gets.add(request(round.get(i % round.size()), kind(random), random, nextSearch));
        }
        return gets;
    }

    private Get request(TenantPlan belt, String kind, Random random, Map<String, Integer> nextSearch) {
        String base = "/t/" + belt.slug();
        return switch (kind) {
            case "home" -> new Get(kind, base + "/");
            case "search-page" -> new Get(kind, base + "/search?" + search(belt, nextSearch).query());
            case "category-page" -> {
                List<Category> leaves = belt.leaves();
                yield new Get(kind, base + "/categories/" + leaves.get(random.nextInt(leaves.size())).id());
            }
            case "product-page" -> {
                long[] ids = productIds.get(belt.slug());
                yield new Get(kind, base + "/products/" + ids[random.nextInt(ids.length)]);
            }
            case "search-api" -> new Get(kind, search(belt, nextSearch).path());
            default -> throw new IllegalStateException(kind);
        };
    }

    /** The belt's searches in turn; a belt the query mix happened to leave out borrows none (it fails loudly). */
    private SearchRequest search(TenantPlan belt, Map<String, Integer> nextSearch) {
        List<SearchRequest> own = searchesBySlug.get(belt.slug());
        if (own == null) {
            throw new IllegalStateException("the query mix has no search for " + belt.slug());
        }
        int n = nextSearch.merge(belt.slug(), 1, Integer::sum);
        return own.get(n % own.size());
    }

    private static String kind(Random random) {
        int pick = random.nextInt(100);
        for (String kind : KINDS) {
            pick -= SHARES.get(kind);
            if (pick < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("shares do not add up to 100");
    }
}
