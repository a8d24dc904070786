package org.beltportal.admin.catalog;

import java.net.URI;

import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.TenantAccess;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierDraft;
import org.beltportal.core.supplier.SupplierService;
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

/** Suppliers of one tenant. PUT on an id replaces the supplier, PATCH changes the fields it names. */
@RestController
@RequestMapping("/admin/api/v1/tenants/{slug}/suppliers")
public class SupplierAdminController {

    private final SupplierService suppliers;
    private final TenantAccess access;
    private final JsonMergePatch patches;

    public SupplierAdminController(SupplierService suppliers, TenantAccess access, JsonMergePatch patches) {
        this.suppliers = suppliers;
        this.access = access;
        this.patches = patches;
    }

    @GetMapping
    ResultPage<Supplier> list(@AuthenticationPrincipal PortalUser user, @PathVariable String slug,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return suppliers.page(access.require(user, slug, Permission.READ).id(), new PageQuery(page, size));
    }

    @GetMapping("/{id}")
    Supplier get(@AuthenticationPrincipal PortalUser user, @PathVariable String slug, @PathVariable long id) {
        return suppliers.require(access.require(user, slug, Permission.READ).id(), id);
    }

    @PostMapping
    ResponseEntity<Supplier> create(@AuthenticationPrincipal PortalUser user, @PathVariable String slug,
                                    @RequestBody SupplierDraft draft) {
        Tenant tenant = access.require(user, slug, Permission.CATALOG);
        Supplier created = suppliers.create(user.username(), tenant.id(), draft);
        return ResponseEntity.created(URI.create("/admin/api/v1/tenants/" + slug + "/suppliers/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    Supplier update(@AuthenticationPrincipal PortalUser user, @PathVariable String slug, @PathVariable long id,
                    @RequestBody SupplierDraft draft) {
        Tenant tenant = access.require(user, slug, Permission.CATALOG);
        return suppliers.update(user.username(), tenant.id(), id, draft);
    }

    @MergePatchMapping("/{id}")
    Supplier patch(@AuthenticationPrincipal PortalUser user, @PathVariable String slug, @PathVariable long id,
                   @RequestBody JsonNode patch) {
        Tenant tenant = access.require(user, slug, Permission.CATALOG);
        SupplierDraft draft = patches.apply(patch, suppliers.require(tenant.id(), id), SupplierDraft.class);
        return suppliers.update(user.username(), tenant.id(), id, draft);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal PortalUser user, @PathVariable String slug, @PathVariable long id) {
        Tenant tenant = access.require(user, slug, Permission.CATALOG);
        suppliers.delete(user.username(), tenant.id(), id);
        return ResponseEntity.noContent().build();
    }
}
