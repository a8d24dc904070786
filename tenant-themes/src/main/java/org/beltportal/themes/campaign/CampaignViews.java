package org.beltportal.themes.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.ServletRequest;
import org.beltportal.core.insight.VisitSource;
import org.beltportal.core.campaign.ActiveCampaign;
import org.beltportal.core.campaign.ActiveCampaigns;
import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignPhase;
import org.beltportal.core.campaign.CampaignSpec;
import org.beltportal.core.campaign.web.PortalMoment;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.cache.PageFreshness;
import org.beltportal.themes.product.ProductCard;
import org.beltportal.themes.site.English;
import org.beltportal.themes.site.Visit;
import org.beltportal.themes.supplier.SupplierSummary;
import org.springframework.stereotype.Component;

/**
 * Builds campaign banners for pages. A campaign appears on a page when one of its placements names that
 * page (any slot), or everywhere banners are shown when it has no placement at all. Featured goods are
 * read only for live campaigns, checked against the tenant again and limited to active products.
 */
@Component
public class CampaignViews {

    static final int FEATURED_SHOWN = 8;
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final long MINUTE_MILLIS = 60_000;

    private final ActiveCampaigns campaigns;
    private final ProductService products;
    private final SupplierService suppliers;

    public CampaignViews(ActiveCampaigns campaigns, ProductService products, SupplierService suppliers) {
        this.campaigns = campaigns;
        this.products = products;
        this.suppliers = suppliers;
    }

    /** The banners of the campaigns in warm-up or live at {@code at} that are placed on {@code page}. */
    public List<CampaignBanner> shownOn(String page, Site.TenantSite site, Visit visit, Instant at, ServletRequest request) {
        return shownOn(page, site, visit, at, request, true);
    }

    /**
     * The same banners without featured goods, for the search page: its results already rank a live
     * campaign's products higher and badge them, and it is the busiest page, so it reads no goods for banners.
     */
    public List<CampaignBanner> shownWithoutGoodsOn(String page, Site.TenantSite site, Visit visit, Instant at,
                                                    ServletRequest request) {
        return shownOn(page, site, visit, at, request, false);
    }

    private List<CampaignBanner> shownOn(String page, Site.TenantSite site, Visit visit, Instant at,
                                         ServletRequest request, boolean goods) {
        return campaigns.shownAt(site.tenant().id(), at, previewed(request)).stream()
                .filter(active -> placedOn(active.campaign().spec(), page))
                .map(active -> banner(active, site, visit, at, request, goods)).toList();
    }

    /** The landing page's banner at {@code at}, with its featured goods while live. */
    CampaignBanner banner(ActiveCampaign active, Site.TenantSite site, Visit visit, Instant at, ServletRequest request) {
        return banner(active, site, visit, at, request, true);
    }

    /**
     * The banner at {@code at}. A countdown shows whole minutes, so a page showing one is valid only until
     * the minute shown changes (phase changes are covered for every page by {@code PortalViews}).
     */
    private CampaignBanner banner(ActiveCampaign active, Site.TenantSite site, Visit visit, Instant at,
                                  ServletRequest request, boolean goods) {
        CampaignSpec campaign = active.campaign().spec();
        ZoneId zone = site.tenant().zone();
        String base = site.basePath();
        boolean live = active.phase() == CampaignPhase.LIVE;
        boolean upcoming = active.phase() == CampaignPhase.SCHEDULED || active.phase() == CampaignPhase.WARMUP;
        var occurrence = active.occurrence();
        if (upcoming && occurrence != null) {
            PageFreshness.until(request, nextMinuteShown(at, occurrence.liveStart()));
        }
        String lang = visit.site().lang();
        return new CampaignBanner(campaign.slug(), English.orChinese(lang, campaign.name(), campaign.nameEn()),
                base + "/campaigns/" + campaign.slug(), active.phase().code(),
                English.orChinese(lang, campaign.bannerText(), campaign.bannerTextEn()), campaign.bannerImages(),
                occurrence == null ? "" : LOCAL.format(occurrence.liveStart().atZone(zone)),
                occurrence == null ? "" : ISO.format(occurrence.liveStart().atZone(zone)),
                occurrence == null ? "" : LOCAL.format(occurrence.end().atZone(zone)),
                occurrence == null ? "" : ISO.format(occurrence.end().atZone(zone)),
                upcoming && occurrence != null ? remaining(Duration.between(at, occurrence.liveStart()), visit) : "",
                live && goods ? featuredProducts(site, campaign, visit.site().lang()) : List.of(),
                live && goods ? featuredSuppliers(site, campaign) : List.of());
    }

    /** The campaign an operator previews in place on this request ({@code PortalClock} decided), or null. */
    static Campaign previewed(ServletRequest request) {
        return request.getAttribute(PortalMoment.ATTRIBUTE) instanceof PortalMoment moment ? moment.campaign() : null;
    }

    private static boolean placedOn(CampaignSpec campaign, String page) {
        return campaign.placements().isEmpty() || campaign.placements().stream().anyMatch(p -> page.equals(p.page()));
    }

    /** The first instant after {@code at} at which the whole minutes left until {@code start} drop by one. */
    static Instant nextMinuteShown(Instant at, Instant start) {
        // From seconds and nanos rather than toMillis(), which overflows for a start stored hundreds of millions of years ahead.
        Duration left = Duration.between(at, start);
        long intoMinute = left.getSeconds() % 60 * 1000 + left.getNano() / 1_000_000;
        return at.plusMillis(intoMinute == 0 ? MINUTE_MILLIS : intoMinute);
    }

    /** Whole minutes left, rounded down, as "2 days 3 hours 4 minutes" in the page's language. */
    static String remaining(Duration left, Visit visit) {
        long minutes = Math.max(0, left.toMinutes());
        return visit.text("campaign.remaining", minutes / (24 * 60), minutes / 60 % 24, minutes % 60);
    }

    private List<ProductCard> featuredProducts(Site.TenantSite site, CampaignSpec campaign, String lang) {
        TenantId tenantId = site.tenant().id();
        List<Long> ids = campaign.featuredProductIds().stream().limit(FEATURED_SHOWN).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Product> byId = products.findByIds(tenantId, ids).stream()
                .filter(product -> tenantId.equals(product.tenantId()) && product.isActive())
                .collect(Collectors.toMap(Product::id, product -> product));
        List<Product> shown = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        Collection<Long> supplierIds = shown.stream().map(Product::supplierId).distinct().toList();
        Map<Long, Supplier> owners = supplierIds.isEmpty() ? Map.of() : suppliers.byIds(tenantId, supplierIds);
        return shown.stream().map(product -> ProductCard.of(product, summary(owners, product.supplierId(), site.basePath()),
                site.basePath(), lang, VisitSource.CAMPAIGN)).toList();
    }

    private List<SupplierSummary> featuredSuppliers(Site.TenantSite site, CampaignSpec campaign) {
        TenantId tenantId = site.tenant().id();
        List<Long> ids = campaign.featuredSupplierIds().stream().limit(FEATURED_SHOWN).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Supplier> byId = suppliers.byIds(tenantId, ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull)
                .filter(supplier -> tenantId.equals(supplier.tenantId()))
                .map(supplier -> SupplierSummary.of(supplier, site.basePath())).toList();
    }

    private static SupplierSummary summary(Map<Long, Supplier> owners, long supplierId, String base) {
        Supplier supplier = owners.get(supplierId);
        return supplier == null ? SupplierSummary.missing(supplierId) : SupplierSummary.of(supplier, base);
    }
}
