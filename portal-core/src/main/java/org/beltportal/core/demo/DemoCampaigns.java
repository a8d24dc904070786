package org.beltportal.core.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignActor;
import org.beltportal.core.campaign.CampaignDraft;
import org.beltportal.core.campaign.CampaignService;
import org.beltportal.core.campaign.CampaignSpec;
import org.beltportal.core.campaign.CampaignWorkflow;
import org.beltportal.core.demo.DemoBelt.DemoCampaign;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives each demo belt the platform-wide campaigns ({@code demo/campaigns/platform.json}: the merchant
 * festival every March, September and December) and its own, through the real review workflow: the seed
 * account creates and submits, a second demo account approves (nobody approves their own submission).
 */
@Component
class DemoCampaigns {

    static final CampaignActor SUBMITTER = new CampaignActor(DemoDataSeeder.ACTOR, false);
    static final CampaignActor APPROVER = new CampaignActor("demo-operator", true);

    private final CampaignService campaigns;
    private final CampaignWorkflow workflow;
    private final JsonMapper json;
    private final Clock clock;

    DemoCampaigns(CampaignService campaigns, CampaignWorkflow workflow, JsonMapper json, Clock clock) {
        this.campaigns = campaigns;
        this.workflow = workflow;
        this.json = json;
        this.clock = clock;
    }

    void seed(Tenant tenant, DemoBelt belt, Map<String, Long> supplierIds, Map<String, Long> productIds) {
        List<DemoCampaign> all = new ArrayList<>(platform());
        all.addAll(belt.campaigns());
        LocalDateTime today = LocalDate.ofInstant(clock.instant(), tenant.zone()).atStartOfDay();
        for (DemoCampaign c : all) {
            CampaignSpec spec = new CampaignSpec(c.slug(), c.name(), c.kind(),
                    time(c.warmupStart(), c.warmupInDays(), today), time(c.liveStart(), c.liveInDays(), today),
                    time(c.end(), c.endInDays(), today), tenant.timezone(), c.recurrence(), c.bannerText(), List.of(),
                    c.featuredSkus().stream().map(productIds::get).toList(),
                    c.featuredSuppliers().stream().map(supplierIds::get).toList(), c.placements(), c.nameEn(),
                    c.bannerTextEn());
            Campaign created = campaigns.create(SUBMITTER.username(), tenant, new CampaignDraft(spec, null));
            workflow.submit(SUBMITTER, tenant.id(), created.id());
            workflow.approve(APPROVER, tenant.id(), created.id());
        }
    }

    private List<DemoCampaign> platform() {
        try (InputStream in = new ClassPathResource("demo/campaigns/platform.json").getInputStream()) {
            return Arrays.asList(json.readValue(in, DemoCampaign[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("demo/campaigns/platform.json is missing from the classpath", e);
        }
    }

    private static LocalDateTime time(LocalDateTime fixed, Integer daysFromToday, LocalDateTime today) {
        return fixed != null ? fixed : today.plusDays(daysFromToday);
    }
}
