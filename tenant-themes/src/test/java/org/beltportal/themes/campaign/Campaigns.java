package org.beltportal.themes.campaign;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.beltportal.core.campaign.ActiveCampaign;
import org.beltportal.core.campaign.ActiveCampaigns;
import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignKind;
import org.beltportal.core.campaign.CampaignPhase;
import org.beltportal.core.campaign.CampaignSpec;
import org.beltportal.core.campaign.CampaignState;
import org.beltportal.core.campaign.CampaignStatus;
import org.beltportal.core.campaign.Occurrence;
import org.beltportal.core.campaign.Placement;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.themes.TestData;

/**
 * Approved campaigns for the web-slice tests, and a mocked {@link ActiveCampaigns} that answers for them
 * with the real phase rules of core ({@code CampaignTiming}) at whatever instant a page asks about.
 */
final class Campaigns {

    /** Live from three days after {@link TestData#NOW} (2026-05-01 10:00 in Shanghai), warm-up from NOW. */
    static final LocalDateTime WARMUP = LocalDateTime.parse("2026-05-01T10:00");
    static final LocalDateTime LIVE = LocalDateTime.parse("2026-05-04T10:00");
    static final LocalDateTime END = LocalDateTime.parse("2026-05-08T00:00");

    private Campaigns() {
    }

    static Campaign campaign(Tenant tenant, String slug, String name, String bannerText, List<String> images,
                             LocalDateTime warmup, LocalDateTime live, LocalDateTime end, List<Long> products,
                             List<Long> suppliers) {
        return new Campaign(slug.length(), tenant.id(), new CampaignSpec(slug, name, CampaignKind.FESTIVAL, warmup, live, end,
                "Asia/Shanghai", null, bannerText, images, products, suppliers, List.of(new Placement("banner", "home"))),
                new CampaignState(CampaignStatus.APPROVED, null, "manager", "manager", "operator", 1, TestData.NOW, TestData.NOW));
    }

    static Campaign festival(Tenant tenant) {
        return campaign(tenant, "summer-fair", "织里童装节", "夏季新款全场包邮", List.of("/media/fair.jpg"),
                WARMUP, LIVE, END, List.of(101L), List.of(11L));
    }

    /** The same campaign placed on these slots and pages instead (none: shown wherever banners are). */
    static Campaign placed(Campaign c, Placement... placements) {
        CampaignSpec s = c.spec();
        return new Campaign(c.id(), c.tenantId(), new CampaignSpec(s.slug(), s.name(), s.kind(), s.warmupStart(), s.liveStart(),
                s.end(), s.timezone(), s.recurrence(), s.bannerText(), s.bannerImages(), s.featuredProductIds(),
                s.featuredSupplierIds(), List.of(placements)), c.state());
    }

    /** Makes the mock answer with these approved campaigns of {@code tenant}, phases computed at the asked instant. */
    static void approved(ActiveCampaigns mock, Tenant tenant, Campaign... campaigns) {
        List<Campaign> all = Arrays.asList(campaigns);
        when(mock.at(eq(tenant.id()), any())).thenAnswer(call -> all.stream().map(c -> at(c, call.getArgument(1))).toList());
        when(mock.shownAt(eq(tenant.id()), any())).thenAnswer(call -> all.stream().map(c -> at(c, call.getArgument(1)))
                .filter(ActiveCampaign::isShown).toList());
        when(mock.bySlug(eq(tenant.id()), anyString(), any())).thenAnswer(call -> all.stream()
                .filter(c -> c.spec().slug().equals(call.getArgument(1))).findFirst().map(c -> at(c, call.getArgument(2))));
        // The pages ask with the campaign an operator previews in place (null for everyone else, as in these tests).
        when(mock.at(eq(tenant.id()), any(), any())).thenAnswer(call -> all.stream().map(c -> at(c, call.getArgument(1))).toList());
        when(mock.shownAt(eq(tenant.id()), any(), any())).thenAnswer(call -> all.stream().map(c -> at(c, call.getArgument(1)))
                .filter(ActiveCampaign::isShown).toList());
        when(mock.bySlug(eq(tenant.id()), anyString(), any(), any())).thenAnswer(call -> all.stream()
                .filter(c -> c.spec().slug().equals(call.getArgument(1))).findFirst().map(c -> at(c, call.getArgument(2))));
        when(mock.nextChange(eq(tenant.id()), any())).thenAnswer(call -> all.stream()
                .map(c -> c.timing().nextChangeAfter(call.getArgument(1))).flatMap(Optional::stream).min(Instant::compareTo));
    }

    private static ActiveCampaign at(Campaign campaign, Instant at) {
        Optional<Occurrence> occurrence = campaign.timing().at(at);
        return new ActiveCampaign(campaign, occurrence.map(o -> o.phaseAt(at)).orElse(CampaignPhase.ENDED), occurrence.orElse(null));
    }
}
