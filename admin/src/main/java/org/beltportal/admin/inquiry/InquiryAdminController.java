package org.beltportal.admin.inquiry;

import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.TenantAccess;
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
    private final TenantAccess access;

    public InquiryAdminController(InquiryService inquiries, TenantAccess access) {
        this.inquiries = inquiries;
        this.access = access;
    }

    @GetMapping
    ResultPage<Inquiry> list(@AuthenticationPrincipal PortalUser user, @PathVariable String slug,
                             @RequestParam(required = false) String status,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Tenant tenant = access.require(user, slug, Permission.READ);
        return inquiries.page(tenant.id(), status == null ? null : InquiryStatus.fromCode(status), new PageQuery(page, size));
    }

    @GetMapping("/{id}")
    Inquiry get(@AuthenticationPrincipal PortalUser user, @PathVariable String slug, @PathVariable long id) {
        return inquiries.require(access.require(user, slug, Permission.READ).id(), id);
    }

    @PutMapping("/{id}/status")
    Inquiry status(@AuthenticationPrincipal PortalUser user, @PathVariable String slug, @PathVariable long id,
                   @RequestBody StatusChange change) {
        Tenant tenant = access.require(user, slug, Permission.CATALOG);
        return inquiries.markStatus(user.username(), tenant.id(), id, change.status());
    }

    record StatusChange(InquiryStatus status) {
    }
}
