package org.beltportal.core.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.Occurrence;
import org.beltportal.core.insight.internal.InsightMapper;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Service;

/**
 * A campaign's effect: for one occurrence, each phase (warm-up, live, after) against a baseline of the same length
 * that ends where warm-up starts, so a festival is measured against the ordinary days just before it. The after
 * phase is as long as the live one, from its end. An hour's counts belong to the window its start falls in
 * (campaign times are whole hours in practice; rollups are hourly). The caller has read the campaign of its belt.
 */
@Service
public class CampaignInsight {

    private final InsightMapper mapper;

    CampaignInsight(InsightMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The phases of the campaign's latest occurrence that has begun its warm-up by {@code now}, or of its first
     * when none has: the figures of a phase still running, or not begun, are what is stored so far.
     */
    public CampaignReport report(Campaign campaign, Instant now) {
        Occurrence first = campaign.timing().first();
        List<Occurrence> begun = campaign.timing().between(first.warmupStart(), now);
        Occurrence occurrence = begun.isEmpty() ? first : begun.getLast();
        Duration live = Duration.between(occurrence.liveStart(), occurrence.end());
        List<CampaignReport.Phase> phases = new ArrayList<>(3);
        phases.add(phase(campaign, "warmup", occurrence.warmupStart(), occurrence.liveStart(), occurrence, now));
        phases.add(phase(campaign, "live", occurrence.liveStart(), occurrence.end(), occurrence, now));
        phases.add(phase(campaign, "after", occurrence.end(), occurrence.end().plus(live), occurrence, now));
        return new CampaignReport(campaign.id(), campaign.spec().name(), campaign.spec().timezone(),
                occurrence.warmupStart(), occurrence.liveStart(), occurrence.end(), phases);
    }

    private CampaignReport.Phase phase(Campaign campaign, String name, Instant from, Instant to, Occurrence occurrence,
                                       Instant now) {
        Instant baselineFrom = occurrence.warmupStart().minus(Duration.between(from, to));
        Window phase = window(campaign, from, to);
        Window baseline = window(campaign, baselineFrom, occurrence.warmupStart());
        List<CampaignReport.Uplift> figures = List.of(
                CampaignReport.Uplift.of("pageViews", phase.pageViews, baseline.pageViews),
                CampaignReport.Uplift.of("visitors", phase.visitors, baseline.visitors),
                CampaignReport.Uplift.of("searches", phase.searches, baseline.searches),
                CampaignReport.Uplift.of("inquiries", phase.inquiries, baseline.inquiries),
                CampaignReport.Uplift.of("campaignViews", phase.campaignViews, baseline.campaignViews),
                CampaignReport.Uplift.of("featuredProductViews", phase.featuredViews, baseline.featuredViews));
        return new CampaignReport.Phase(name, from, to, baselineFrom, occurrence.warmupStart(), !to.isAfter(now), figures);
    }

    private Window window(Campaign campaign, Instant from, Instant to) {
        Set<TenantId> belt = Set.of(campaign.tenantId());
        long pageViews = 0;
        long visitors = 0;
        long searches = 0;
        long inquiries = 0;
        long campaignViews = 0;
        if (from.isBefore(to)) {
            for (InsightMapper.MetricSum sum : mapper.sums(belt, from, to)) {
                Metric metric = Metric.valueOf(sum.metric().toUpperCase(Locale.ROOT));
                switch (metric) {
                    case PAGE_VIEW -> {
                        pageViews += sum.amount();
                        campaignViews += PageType.CAMPAIGN.code().equals(sum.dimension()) ? sum.amount() : 0;
                    }
                    case VISITOR -> visitors += sum.amount();
                    case SEARCH -> searches += sum.amount();
                    case INQUIRY -> inquiries += sum.amount();
                    default -> { }
                }
            }
        }
        List<Long> featured = campaign.spec().featuredProductIds();
        long featuredViews = featured.isEmpty() || !from.isBefore(to) ? 0 : mapper.productViews(belt, from, to, featured);
        return new Window(pageViews, visitors, searches, inquiries, campaignViews, featuredViews);
    }

    private record Window(long pageViews, long visitors, long searches, long inquiries, long campaignViews,
                          long featuredViews) {
    }
}
