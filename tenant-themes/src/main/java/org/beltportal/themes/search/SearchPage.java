package org.beltportal.themes.search;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.beltportal.core.insight.VisitSource;
import org.beltportal.search.query.SearchItem;
import org.beltportal.search.query.SearchResult;
import org.beltportal.search.query.SearchSort;
import org.beltportal.themes.campaign.CampaignBanner;
import org.beltportal.themes.i18n.Messages;
import org.beltportal.themes.site.English;
import org.beltportal.themes.site.Text;
import org.springframework.web.util.HtmlUtils;

/**
 * What {@code pages/search.ftlh} (and the results part of {@code pages/category.ftlh}) shows. {@code error}
 * is set (and results are empty) when the buyer's parameters could not be used. Every filter and sort is
 * a ready-made link; labels are in the visitor's language, facet values (category names) are data.
 * {@code campaigns} are the banners placed on the search page (none where the results are part of
 * another page).
 */
public record SearchPage(
        String query,
        long total,
        List<Result> results,
        List<FacetGroup> facets,
        List<Link> activeFilters,
        List<Link> sorts,
        String nextUrl,
        String error,
        List<CampaignBanner> campaigns,
        Rescue rescue) {

    /**
     * What the search page says when the text as typed found nothing ({@code kind} is the API's
     * {@code rescue}, "" when none applied): {@code searched} the text searched instead, {@code typed} the text
     * as typed with {@code typedUrl} forcing it ({@code exact=1}), {@code dropped} the term left out; the
     * nearest categories and current festivals as links; {@code browseUrl} lists all the belt's goods, so a
     * page that found nothing never ends there.
     */
    public record Rescue(String kind, String typed, String searched, String typedUrl, String dropped,
                         List<Link> categories, List<Link> festivals, String browseUrl) {

        static final Rescue NONE = new Rescue("", "", "", "", "", List.of(), List.of(), "");
    }

    /**
     * One hit. {@code titleHtml} is the highlighter's output, which escaped the title before adding
     * {@code <em>}: the one value of this page printed without escaping. {@code campaignName} and
     * {@code campaignUrl} name the live campaign featuring the product ("" for the others): the badge.
     */
    public record Result(String url, String titleHtml, String price, String moq, String unit, String supplierName,
                         String creditRating, boolean verified, String campaignName, String campaignUrl) {
    }

    public record FacetGroup(String label, List<Link> options) {
    }

    /** A link with its label; {@code count} is -1 where no count applies; {@code selected} marks the current one. */
    public record Link(String label, String url, long count, boolean selected) {
    }

    public static final List<String> ALL_DIMENSIONS = List.of("category", "rating", "verified", "capability", "priceBand");
    private static final BigDecimal ONE_FEN = new BigDecimal("0.01");

    /** {@code lang} the page's language: English pages show English titles where products have them. */
    public static SearchPage of(SearchResult result, SearchLinks links, String base, List<String> dimensions,
                                Map<String, String> msg, String lang) {
        return of(result, links, base, dimensions, msg, lang, null);
    }

    /**
     * The same, with result links that tell insight where the buyer came from ({@code ?from=search&pos=N}, position
     * from 1 on the page shown, or {@code ?from=campaign}); null for plain links (docs/insight.md).
     */
    public static SearchPage of(SearchResult result, SearchLinks links, String base, List<String> dimensions,
                                Map<String, String> msg, String lang, VisitSource from) {
        List<SearchItem> items = result.items();
        List<Result> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            results.add(result(items.get(i), base, base + "/products/" + items.get(i).id() + fromQuery(from, i + 1), lang));
        }
        List<FacetGroup> facets = new ArrayList<>();
        for (String dimension : dimensions) {
            List<Link> options = result.facets().getOrDefault(dimension, List.of()).stream()
                    .map(count -> facetLink(dimension, count, links, msg)).toList();
            if (!options.isEmpty()) {
                facets.add(new FacetGroup(msg.get("facet." + dimension), options));
            }
        }
        // The next page of a rescued search continues the text searched, as typed (no new rescue on later pages).
        SearchLinks searched = result.correctedQuery() == null ? links : links.searching(result.correctedQuery());
        String next = result.nextCursor() == null ? "" : searched.next(result.nextCursor());
        return new SearchPage(links.value("q"), result.total(), results, facets, activeFilters(links, msg),
                sorts(links, msg), next, "", List.of(), rescue(result, links, base, lang));
    }

    private static Rescue rescue(SearchResult result, SearchLinks links, String base, String lang) {
        if (result.rescue() == null && (result.total() > 0 || links.value("q").isEmpty())) {
            return Rescue.NONE;
        }
        List<Link> categories = result.categories().stream()
                .map(c -> new Link(c.value(), base + "/search?category=" + URLEncoder.encode(c.value(), StandardCharsets.UTF_8),
                        c.count(), false)).toList();
        List<Link> festivals = result.festivals().stream()
                .map(f -> new Link(English.orChinese(lang, f.name(), f.nameEn()), base + "/campaigns/" + f.slug(), -1, false))
                .toList();
        return new Rescue(result.rescue() == null ? "" : result.rescue(), links.value("q"),
                Text.orEmpty(result.correctedQuery()), links.with("exact", "1"), Text.orEmpty(result.relaxedTerm()),
                categories, festivals, base + "/search");
    }

    public static SearchPage failed(SearchLinks links, String reason, Map<String, String> msg) {
        return new SearchPage(links.value("q"), 0, List.of(), List.of(), activeFilters(links, msg), sorts(links, msg), "",
                Messages.format(msg, "search.invalid", reason), List.of(), Rescue.NONE);
    }

    public SearchPage withCampaigns(List<CampaignBanner> banners) {
        return new SearchPage(query, total, results, facets, activeFilters, sorts, nextUrl, error, List.copyOf(banners), rescue);
    }

    private static String fromQuery(VisitSource from, int position) {
        if (from == null) {
            return "";
        }
        return "?" + VisitSource.PARAMETER + "=" + from.code() + (from == VisitSource.SEARCH ? "&pos=" + position : "");
    }

    private static Result result(SearchItem item, String base, String url, String lang) {
        String shown = English.orChinese(lang, item.title(), item.titleEn());
        // The highlight marks the Chinese title; an English title is shown plain.
        String title = shown.equals(item.title()) && item.highlight() != null ? item.highlight() : HtmlUtils.htmlEscape(shown);
        return new Result(url, title, item.price() == null ? "" : Text.yuan(item.price()),
                Integer.toString(item.moq()), Text.orEmpty(English.orChinese(lang, item.unit(), item.unitEn())),
                item.supplier().name(), item.supplier().creditRating(), item.supplier().verified(),
                item.campaign() == null ? "" : English.orChinese(lang, item.campaign().name(), item.campaign().nameEn()),
                item.campaign() == null ? "" : base + "/campaigns/" + item.campaign().slug());
    }

    private static Link facetLink(String dimension, SearchResult.FacetCount count, SearchLinks links, Map<String, String> msg) {
        String value = count.value();
        return switch (dimension) {
            case "category" -> {
                String current = links.value("category");
                String path = current.isEmpty() ? value : current + "/" + value;
                yield new Link(value, links.with("category", path), count.count(), false);
            }
            case "rating" -> new Link(Messages.format(msg, "search.ratingAtLeast", value), links.with("rating", value),
                    count.count(), value.equals(links.value("rating")));
            case "verified" -> new Link(msg.get("true".equals(value) ? "search.verifiedYes" : "search.verifiedNo"),
                    links.with("verified", value), count.count(), value.equals(links.value("verified")));
            case "capability" -> new Link(msg.getOrDefault("capability." + value, value), links.with("capability", value),
                    count.count(), value.equals(links.value("capability")));
            default -> priceBandLink(value, count.count(), links);
        };
    }

    /** Price bands are labelled "5-20" or "100+"; the upper bound of a band is exclusive. */
    private static Link priceBandLink(String band, long count, SearchLinks links) {
        String label = "¥" + band;
        if (band.endsWith("+")) {
            return new Link(label, links.with("priceMin", band.substring(0, band.length() - 1), "priceMax", ""), count, false);
        }
        String[] bounds = band.split("-");
        String max = new BigDecimal(bounds[1]).subtract(ONE_FEN).toPlainString();
        return new Link(label, links.with("priceMin", bounds[0], "priceMax", max), count, false);
    }

    private static List<Link> activeFilters(SearchLinks links, Map<String, String> msg) {
        List<Link> active = new ArrayList<>();
        for (String name : List.of("category", "rating", "verified", "capability", "moqMax")) {
            if (!links.value(name).isEmpty()) {
                String shown = shownValue(name, links.value(name), msg);
                active.add(new Link(Messages.format(msg, "filter." + name, shown), links.without(name), -1, true));
            }
        }
        if (!links.value("priceMin").isEmpty() || !links.value("priceMax").isEmpty()) {
            active.add(new Link(Messages.format(msg, "filter.price", links.value("priceMin"), links.value("priceMax")),
                    links.without("priceMin", "priceMax"), -1, true));
        }
        return active;
    }

    /** A filter's value as buyers read it: "实力商家" rather than "true", "支持拿样" rather than "samples". */
    private static String shownValue(String name, String value, Map<String, String> msg) {
        return switch (name) {
            case "verified" -> msg.get("true".equals(value) ? "search.verifiedYes" : "search.verifiedNo");
            case "capability" -> msg.getOrDefault("capability." + value, value);
            default -> value;
        };
    }

    private static List<Link> sorts(SearchLinks links, Map<String, String> msg) {
        String current = links.value("sort").isEmpty() ? "relevance" : links.value("sort");
        List<Link> sorts = new ArrayList<>();
        for (SearchSort sort : SearchSort.values()) {
            String code = sort.name().toLowerCase(Locale.ROOT);
            sorts.add(new Link(msg.get("sort." + code), links.with("sort", code), -1, code.equals(current)));
        }
        return sorts;
    }
}
