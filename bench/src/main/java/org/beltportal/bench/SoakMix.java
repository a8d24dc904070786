package org.beltportal.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.beltportal.bench.Plan.Category;
import org.beltportal.bench.Plan.TenantPlan;
import org.beltportal.bench.QueryMix.SearchRequest;
import org.beltportal.bench.SoakRequest.Kind;
import org.beltportal.bench.Vocabulary.Leaf;
import org.beltportal.bench.Vocabulary.Word;

/**
 * The soak's traffic on every belt but the attacked one: portal pages (home, search, product, category),
 * the search and suggest APIs, buyer inquiries and admin product saves. Belts are chosen as in
 * {@link QueryMix} (70% by catalogue size, 30% uniformly). Inquiries are held to half of what the
 * server's per-portal limit lets through over the soak, so a 429 means the limiter misjudged, not that the
 * harness overdid it. Thread-safe: the closed-loop clients share one mix.
 */
final class SoakMix {

    /** The server's default {@code portal.inquiries.per-tenant} per hour (application.properties). */
    static final int INQUIRIES_PER_BELT_HOUR = 300;
    /** Share of the requests that are inquiries, unless the per-belt budget is lower. */
    static final double INQUIRY_SHARE = 0.02;
    static final double ADMIN_WRITE_SHARE = 0.02;

    /** Buyer reads and their weights (per mille of the reads). */
    private static final Map<Kind, Integer> READS = Map.of(Kind.HOME, 120, Kind.SEARCH_PAGE, 150, Kind.PRODUCT_PAGE, 210,
            Kind.CATEGORY_PAGE, 100, Kind.SEARCH_API, 270, Kind.SUGGEST_API, 150);
    private static final List<Kind> READ_ORDER = List.of(Kind.HOME, Kind.SEARCH_PAGE, Kind.PRODUCT_PAGE, Kind.CATEGORY_PAGE,
            Kind.SEARCH_API, Kind.SUGGEST_API);

    private final List<TenantPlan> belts;
    private final Map<String, TenantPlan> bySlug;
    private final long totalProducts;
    private final Map<String, long[]> productIds;
    private final QueryMix queries;
    private final SplittableRandom random;
    private double inquiryShare = INQUIRY_SHARE;

    /** {@code productIds}: active product ids per belt slug, for product pages, inquiries and admin saves. */
    SoakMix(Plan plan, long seed, String attackedSlug, Map<String, long[]> productIds) {
        this.belts = plan.tenants.stream().filter(t -> !t.slug().equals(attackedSlug) && productIds.get(t.slug()).length > 0)
                .toList();
        this.bySlug = belts.stream().collect(java.util.stream.Collectors.toMap(TenantPlan::slug, t -> t));
        this.totalProducts = belts.stream().mapToLong(TenantPlan::products).sum();
        this.productIds = productIds;
        this.queries = new QueryMix(plan, seed);
        this.random = new SplittableRandom(seed + 1);
    }

    /** Inquiries at {@code rate} requests/s stay within half the per-belt limit over any hour. */
    synchronized double limitInquiries(double rate) {
        double budget = 0.5 * INQUIRIES_PER_BELT_HOUR * belts.size() / 3600.0;
        inquiryShare = Math.min(INQUIRY_SHARE, budget / rate);
        return inquiryShare;
    }

    /** The mix without inquiries (the capacity ramp would spend the soak's inquiry budget). */
    synchronized void withoutInquiries() {
        inquiryShare = 0;
    }

    synchronized SoakRequest next() {
        double pick = random.nextDouble();
        TenantPlan belt = pickBelt();
        if (pick < inquiryShare) {
            return inquiry(belt);
        }
        if (pick < inquiryShare + ADMIN_WRITE_SHARE) {
            return SoakRequest.get(Kind.ADMIN_WRITE, belt.slug(),
                    "/admin/api/v1/tenants/" + belt.slug() + "/products/" + product(belt));
        }
        String base = "/t/" + belt.slug();
        return switch (pickRead()) {
            case HOME -> SoakRequest.get(Kind.HOME, belt.slug(), base + "/");
            case SEARCH_PAGE -> {
                SearchRequest search = search();
                yield SoakRequest.get(Kind.SEARCH_PAGE, search.slug(), "/t/" + search.slug() + "/search?" + search.query());
            }
            case PRODUCT_PAGE -> SoakRequest.get(Kind.PRODUCT_PAGE, belt.slug(), base + "/products/" + product(belt));
            case CATEGORY_PAGE -> {
                List<Category> categories = belt.categories();
                yield SoakRequest.get(Kind.CATEGORY_PAGE, belt.slug(),
                        base + "/categories/" + categories.get(random.nextInt(categories.size())).id());
            }
            case SEARCH_API -> {
                SearchRequest search = search();
                yield SoakRequest.get(Kind.SEARCH_API, search.slug(), search.path());
            }
            case SUGGEST_API -> SoakRequest.get(Kind.SUGGEST_API, belt.slug(), base + "/api/v1/suggest?q="
                    + URLEncoder.encode(typed(belt), StandardCharsets.UTF_8));
            default -> throw new IllegalStateException();
        };
    }

    /** A search of the query mix (its belt, its words) on any belt but the attacked one. */
    private SearchRequest search() {
        while (true) {
            SearchRequest r = queries.next();
            if (bySlug.containsKey(r.slug())) {
                return r;
            }
        }
    }

    /** What a buyer has typed so far: the first one or two characters of one of the belt's nouns. */
    private String typed(TenantPlan belt) {
        List<Leaf> leaves = belt.family().leaves();
        List<Word> nouns = leaves.get(random.nextInt(leaves.size())).nouns();
        String word = nouns.get(random.nextInt(nouns.size())).zh();
        return word.substring(0, Math.min(word.length(), 1 + random.nextInt(2)));
    }

    private SoakRequest inquiry(TenantPlan belt) {
        long product = product(belt);
        int n = random.nextInt(1_000_000);
        String json = String.format(Locale.ROOT, "{\"productId\":%d,\"quantity\":%d,\"name\":\"采购 %d\",\"company\":\"%s\","
                        + "\"phone\":\"138%08d\",\"message\":\"请报价，谢谢\"}", product, 100 + random.nextInt(5000), n,
                belt.place().zh() + "贸易公司", n);
        // Each buyer its own address in 10.0.0.0/8, as the proxy on 127.0.0.1 would pass it on.
        String from = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        return new SoakRequest(Kind.INQUIRY, belt.slug(), "/t/" + belt.slug() + "/api/v1/inquiries", json, from);
    }

    private long product(TenantPlan belt) {
        long[] ids = productIds.get(belt.slug());
        return ids[random.nextInt(ids.length)];
    }

    private Kind pickRead() {
        int pick = random.nextInt(1000);
        for (Kind kind : READ_ORDER) {
            pick -= READS.get(kind);
            if (pick < 0) {
                return kind;
            }
        }
        return Kind.SEARCH_API;
    }

    private TenantPlan pickBelt() {
        if (random.nextDouble() < 0.3) {
            return belts.get(random.nextInt(belts.size()));
        }
        long target = (long) (random.nextDouble() * totalProducts);
        for (TenantPlan t : belts) {
            target -= t.products();
            if (target < 0) {
                return t;
            }
        }
        return belts.getLast();
    }
}
