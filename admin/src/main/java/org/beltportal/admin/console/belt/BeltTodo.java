package org.beltportal.admin.console.belt;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.audit.AuditEntry;
import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignService;
import org.beltportal.core.campaign.CampaignStatus;
import org.beltportal.core.inquiry.InquiryService;
import org.beltportal.core.inquiry.InquiryFilter;
import org.beltportal.core.inquiry.InquiryStatus;
import org.beltportal.core.job.JobService;
import org.beltportal.core.job.JobState;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.template.TemplateFailures;
import org.beltportal.core.tenant.Tenant;
import org.springframework.stereotype.Component;

/**
 * What waits for someone on a belt, read through the same services as the JSON API: a few of each kind,
 * with the count of all. Recent changes by others are the audit trail's, so only for those who may read it; templates
 * that fail at run time (buyers got the theme's page instead) only for those who may fix them.
 */
@Component
class BeltTodo {

    static final int SHOWN = 5;
    /** Imports are listed while they run and for a week after they failed; a success needs nobody. */
    static final Duration FAILED_IMPORTS_SHOWN = Duration.ofDays(7);
    static final String IMPORT_KIND = "import";
    /** How far back the audit trail is read for other people's changes. */
    static final int AUDIT_READ = 50;
    /** How many of the latest approved or rejected campaigns are looked through for the user's own. */
    static final int DECIDED_READ = 50;

    private final InquiryService inquiries;
    private final CampaignService campaigns;
    private final JobService jobs;
    private final ProductService products;
    private final AuditLog audit;
    private final TemplateFailures templateFailures;
    private final Clock clock;

    BeltTodo(InquiryService inquiries, CampaignService campaigns, JobService jobs, ProductService products,
             AuditLog audit, TemplateFailures templateFailures, Clock clock) {
        this.inquiries = inquiries;
        this.campaigns = campaigns;
        this.jobs = jobs;
        this.products = products;
        this.audit = audit;
        this.templateFailures = templateFailures;
        this.clock = clock;
    }

    TodoList of(Tenant belt, PortalUser user) {
        PageQuery first = new PageQuery(0, SHOWN);
        List<AuditEntry> changes = user.hasAnyRole(belt.id(), Permission.AUDIT.roles())
                ? audit.forTenant(belt.id(), null, AUDIT_READ).stream()
                        .filter(entry -> !user.username().equals(entry.actor())).limit(SHOWN).toList()
                : null;
        List<Campaign> yourDecided = campaigns.page(belt.id(), List.of(CampaignStatus.APPROVED, CampaignStatus.REJECTED),
                        new PageQuery(0, DECIDED_READ)).items().stream()
                .filter(campaign -> user.username().equals(campaign.state().submittedBy())).limit(SHOWN).toList();
        return new TodoList(
                inquiries.page(belt.id(), InquiryFilter.ofStatus(InquiryStatus.NEW), first),
                campaigns.page(belt.id(), List.of(CampaignStatus.IN_REVIEW), first),
                user.hasAnyRole(belt.id(), Permission.CAMPAIGN_APPROVE.roles()),
                yourDecided,
                jobs.recent(belt.id(), IMPORT_KIND, List.of(JobState.QUEUED, JobState.RUNNING, JobState.FAILED),
                        clock.instant().minus(FAILED_IMPORTS_SHOWN), SHOWN),
                products.countWithoutImages(belt.id()),
                changes,
                // Only those who may change templates can act on a failing one.
                user.hasAnyRole(belt.id(), Permission.CONFIGURE.roles()) ? templateFailures.of(belt.id()) : List.of());
    }
}
