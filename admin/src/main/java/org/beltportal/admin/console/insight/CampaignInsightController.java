package org.beltportal.admin.console.insight;

import java.time.Clock;
import java.util.Map;

import org.beltportal.admin.console.BeltScreen;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignService;
import org.beltportal.core.insight.CampaignInsight;
import org.beltportal.core.insight.CampaignReport;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /admin/belts/{slug}/insight/campaigns/{id}}: what a campaign brought, each phase against the same-length
 * baseline before its warm-up (core's {@link CampaignInsight}), and the same as {@code report.csv} or
 * {@code report.xlsx}. Any grant on the belt reads it, as the belt's dashboard; another belt's campaign id is a
 * 404, as the campaign store answers it.
 */
@Controller
class CampaignInsightController {

    static final String PATH = InsightScreen.PATH + "/campaigns/{id}";

    private final CampaignService campaigns;
    private final CampaignInsight insight;
    private final ConsolePages pages;
    private final Clock clock;

    CampaignInsightController(CampaignService campaigns, CampaignInsight insight, ConsolePages pages, Clock clock) {
        this.campaigns = campaigns;
        this.insight = insight;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    ModelAndView campaign(@Grant(Permission.READ) Tenant belt, @PathVariable long id) {
        Campaign campaign = campaigns.require(belt.id(), id);
        CampaignReport report = insight.report(campaign, clock.instant());
        String path = BeltScreen.pathOf(PATH, belt).replace("{id}", Long.toString(id));
        return pages.page("insight/campaign", Map.of(ConsolePages.BELT, belt, "report", report,
                "view", CampaignView.of(report), "csv", path + "/report.csv", "xlsx", path + "/report.xlsx",
                "editor", BeltScreen.pathOf("/admin/belts/{slug}/campaigns/", belt) + id,
                "dashboard", BeltScreen.pathOf(InsightScreen.PATH, belt)));
    }

    @GetMapping(PATH + "/report.{format:csv|xlsx}")
    ResponseEntity<byte[]> download(@Grant(Permission.READ) Tenant belt, @PathVariable long id, @PathVariable String format) {
        CampaignReport report = insight.report(campaigns.require(belt.id(), id), clock.instant());
        return InsightSheets.download(InsightSheets.campaign(report), "campaign-" + belt.slug() + "-" + id, format, "campaign");
    }
}
