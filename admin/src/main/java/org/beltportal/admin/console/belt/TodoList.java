package org.beltportal.admin.console.belt;

import java.util.List;

import org.beltportal.core.audit.AuditEntry;
import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.inquiry.Inquiry;
import org.beltportal.core.job.Job;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.template.TemplateFailure;

/**
 * A belt's to-do list as its home shows it (public: the template engine reads only public types).
 * {@code changesByOthers} is null when the user may not read the belt's audit trail. {@code mayReview} says whether the
 * campaigns in review link to the review queue (else to each campaign); {@code yourDecidedCampaigns} are the user's
 * own submissions that an approver has approved or rejected; {@code failingTemplates} is empty when none failed or
 * the user may not change templates.
 */
public record TodoList(ResultPage<Inquiry> newInquiries, ResultPage<Campaign> campaignsInReview, boolean mayReview,
                       List<Campaign> yourDecidedCampaigns, List<Job> imports, long productsWithoutImages,
                       List<AuditEntry> changesByOthers, List<TemplateFailure> failingTemplates) {
}
