package org.beltportal.admin.inquiry;

import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.inquiry.Inquiry;
import org.beltportal.core.inquiry.InquiryService;
import org.beltportal.core.inquiry.InquiryStatus;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.Tenant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET tenants/{slug}/inquiries?status=&page=&size=} (newest first), {@code GET .../{id}} and
 * {@code PUT .../{id}/status} with {@code {"status": "new" | "handled" | "spam"}}. Another portal's
 * inquiry id is a 404, as if it did not exist.
 */
@RestController
@RequestMapping("/admin/api/v1/tenants/{slug}/inquiries")
public class InquiryAdminController {

    private final InquiryService inquiries;

    public InquiryAdminController(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @GetMapping
    ResultPage<Inquiry> list(@Grant(Permission.READ) Tenant tenant,
                             @RequestParam(required = false) String status,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return inquiries.page(tenant.id(), status == null ? null : InquiryStatus.fromCode(status), new PageQuery(page, size));
    }

    @GetMapping("/{id}")
    Inquiry get(@Grant(Permission.READ) Tenant tenant, @PathVariable long id) {
        return inquiries.require(tenant.id(), id);
    }

    @PutMapping("/{id}/status")
    Inquiry status(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant, @PathVariable long id,
                   @RequestBody StatusChange change) {
        return inquiries.markStatus(user.username(), tenant.id(), id, change.status());
    }

    record StatusChange(InquiryStatus status) {
    }
}
