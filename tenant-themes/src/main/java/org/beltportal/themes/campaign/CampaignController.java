package org.beltportal.themes.campaign;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.insight.VisitSource;
import org.beltportal.core.campaign.ActiveCampaign;
import org.beltportal.core.campaign.ActiveCampaigns;
import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignPhase;
import org.beltportal.core.campaign.CampaignSpec;
import org.beltportal.core.campaign.Occurrence;
import org.beltportal.core.campaign.web.PortalClock;
import org.beltportal.core.campaign.web.PortalMoment;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.Slugs;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.SearchParams;
import org.beltportal.search.query.SearchResult;
import org.beltportal.search.query.SearchScope;
import org.beltportal.themes.search.SearchLinks;
import org.beltportal.themes.search.SearchPage;
import org.beltportal.themes.site.English;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.Visit;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * A campaign's landing page and the belt's festival calendar page. Only approved campaigns of this belt
 * exist here, and for an operator with preview rights the one previewed in place (decision 0046): any other slug is
 * a 404, as is a campaign a regressed query returned for another belt.
 */
@PortalController
class CampaignController {

    private static final SearchResult NO_GOODS = new SearchResult(0, List.of(), Map.of(), null);

    private final ActiveCampaigns campaigns;
    private final CampaignViews views;
    private final ProductSearch search;
    private final PortalClock clock;

    CampaignController(ActiveCampaigns campaigns, CampaignViews views, ProductSearch search, PortalClock clock) {
        this.campaigns = campaigns;
        this.views = views;
        this.search = search;
        this.clock = clock;
    }

    @GetMapping("/campaigns/{slug}")
    ModelAndView campaign(Site.TenantSite site, Visit visit, @PathVariable String slug, SearchParams params,
                          HttpServletRequest request) {
        TenantId tenantId = site.tenant().id();
        PortalMoment moment = clock.moment(request, site.tenant());
        Instant at = moment.instant();
        ActiveCampaign active = find(tenantId, slug, at, moment.campaign());
        Campaign campaign = active.campaign();
        CampaignBanner banner = views.banner(active, site, visit, at, request);
        boolean ended = active.phase() == CampaignPhase.ENDED;
        SearchLinks links = new SearchLinks(banner.url(), params.asMap());
        SearchPage goods;
        HttpStatus status = HttpStatus.OK;
        try {
            goods = SearchPage.of(ended ? NO_GOODS : goods(tenantId, campaign, params), links, site.basePath(),
                    SearchPage.ALL_DIMENSIONS, visit.msg(), visit.site().lang(), VisitSource.CAMPAIGN);
        } catch (InvalidInputException e) {
            goods = SearchPage.failed(links, e.getMessage(), visit.msg());
            status = HttpStatus.BAD_REQUEST;
        }
        Occurrence.Local local = active.occurrence() == null ? null : active.occurrence().inZone(site.tenant().zone());
        CampaignPage page = new CampaignPage(banner, visit.text("campaign.kind." + campaign.spec().kind().code()),
                visit.text("campaign.phase." + active.phase().code()),
                local == null ? "" : CampaignViews.LOCAL.format(local.warmupStart()),
                local == null ? "" : CampaignViews.LOCAL.format(local.liveStart()),
                local == null ? "" : CampaignViews.LOCAL.format(local.end()), ended, !ended, goods);
        var seo = visit.seo("website");
        if (!banner.images().isEmpty()) {
            seo = seo.withImage(visit.absoluteImage(banner.images().getFirst()));
        }
        return visit.render("pages/campaign", page, seo, status);
    }

    /**
     * Approved campaigns of this belt only, and the one an operator previews; checked again in case a regressed
     * query returned another belt's.
     */
    private ActiveCampaign find(TenantId tenantId, String slug, Instant at, Campaign previewed) {
        if (!Slugs.PATTERN.matcher(slug).matches()) {
            throw new NotFoundException("no campaign " + slug);
        }
        return campaigns.bySlug(tenantId, slug, at, previewed).filter(found -> tenantId.equals(found.campaign().tenantId()))
                .orElseThrow(() -> new NotFoundException("no campaign " + slug));
    }

    /** The campaign's featured products through the search, so the page has the same filters and facets. */
    private SearchResult goods(TenantId tenantId, Campaign campaign, SearchParams params) {
        List<Long> featured = campaign.spec().featuredProductIds();
        if (featured.isEmpty()) {
            return NO_GOODS;
        }
        return search.search(SearchScope.tenant(tenantId), params.query().onlyProducts(Set.copyOf(featured)));
    }

    @GetMapping("/festivals")
    ModelAndView festivals(Site.TenantSite site, Visit visit, HttpServletRequest request) {
        PortalMoment moment = clock.moment(request, site.tenant());
        Instant at = moment.instant();
        ZoneId zone = site.tenant().zone();
        Instant horizon = ZonedDateTime.ofInstant(at, zone).plusMonths(12).toInstant();
        List<FestivalsPage.Festival> festivals = campaigns.at(site.tenant().id(), at, moment.campaign()).stream()
                .flatMap(active -> active.campaign().timing().between(at, horizon).stream()
                        .map(occurrence -> new Scheduled(active.campaign(), occurrence)))
                .sorted(Comparator.comparing((Scheduled s) -> s.occurrence().liveStart()).thenComparing(s -> s.campaign().id()))
                .map(s -> festival(s.campaign(), s.occurrence(), at, zone, site, visit)).toList();
        FestivalsPage page = new FestivalsPage(festivals, site.basePath() + "/festivals.ics");
        return visit.render("pages/festivals", page, visit.seo("website"));
    }

    private record Scheduled(Campaign campaign, Occurrence occurrence) {
    }

    private static FestivalsPage.Festival festival(Campaign campaign, Occurrence occurrence, Instant at, ZoneId zone,
                                                   Site.TenantSite site, Visit visit) {
        CampaignPhase phase = occurrence.phaseAt(at);
        CampaignSpec spec = campaign.spec();
        return new FestivalsPage.Festival(English.orChinese(visit.site().lang(), spec.name(), spec.nameEn()),
                site.basePath() + "/campaigns/" + spec.slug(),
                visit.text("campaign.kind." + spec.kind().code()), phase.code(),
                visit.text("campaign.phase." + phase.code()),
                CampaignViews.LOCAL.format(occurrence.warmupStart().atZone(zone)),
                CampaignViews.LOCAL.format(occurrence.liveStart().atZone(zone)),
                CampaignViews.ISO.format(occurrence.liveStart().atZone(zone)),
                CampaignViews.LOCAL.format(occurrence.end().atZone(zone)));
    }
}
