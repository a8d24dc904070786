package org.beltportal.admin.page;

import java.net.URI;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.page.Page;
import org.beltportal.core.page.PageDraft;
import org.beltportal.core.page.PageKind;
import org.beltportal.core.page.PageService;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.system.web.JsonMergePatch;
import org.beltportal.core.system.web.MergePatchMapping;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** News and pages of one tenant. PUT on an id replaces the page, PATCH changes the fields it names. */
@RestController
@RequestMapping("/admin/api/v1/tenants/{slug}/pages")
public class PageAdminController {

    private final PageService pages;
    private final JsonMergePatch patches;

    public PageAdminController(PageService pages, JsonMergePatch patches) {
        this.pages = pages;
        this.patches = patches;
    }

    @GetMapping
    ResultPage<Page> list(@Grant(Permission.READ) Tenant tenant,
                          @RequestParam(required = false) String kind,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return pages.page(tenant.id(), kind == null ? null : PageKind.fromCode(kind), new PageQuery(page, size));
    }

    @GetMapping("/{id}")
    Page get(@Grant(Permission.READ) Tenant tenant, @PathVariable long id) {
        return pages.require(tenant.id(), id);
    }

    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @ApiResponse(responseCode = "409", description = "The slug is taken")
    @PostMapping
    ResponseEntity<Page> create(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONTENT) Tenant tenant,
                                @RequestBody PageDraft draft) {
        Page created = pages.create(user.username(), tenant, draft);
        return ResponseEntity.created(URI.create("/admin/api/v1/tenants/" + tenant.slug() + "/pages/" + created.id())).body(created);
    }

    @ApiResponse(responseCode = "200", description = "Updated")
    @ApiResponse(responseCode = "409", description = "The slug is taken")
    @PutMapping("/{id}")
    Page update(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONTENT) Tenant tenant, @PathVariable long id,
                @RequestBody PageDraft draft) {
        return pages.update(user.username(), tenant, id, draft);
    }

    @MergePatchMapping("/{id}")
    Page patch(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONTENT) Tenant tenant, @PathVariable long id,
               @RequestBody JsonNode patch) {
        PageDraft draft = patches.apply(patch, pages.require(tenant.id(), id), PageDraft.class);
        return pages.update(user.username(), tenant, id, draft);
    }

    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONTENT) Tenant tenant,
                                @PathVariable long id) {
        pages.delete(user.username(), tenant.id(), id);
        return ResponseEntity.noContent().build();
    }
}
