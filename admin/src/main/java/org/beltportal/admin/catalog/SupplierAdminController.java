package org.beltportal.admin.catalog;

import java.net.URI;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierDraft;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.SupplierFilter;
import org.beltportal.core.system.CursorPage;
import org.beltportal.core.system.ListQuery;
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
    private final JsonMergePatch patches;

    public SupplierAdminController(SupplierService suppliers, JsonMergePatch patches) {
        this.suppliers = suppliers;
        this.patches = patches;
    }

    /** Filtered, in id order; page with {@code cursor} or with {@code page} as for products. */
    @GetMapping
    CursorPage<Supplier> list(@Grant(Permission.READ) Tenant tenant,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                              @RequestParam(required = false) String cursor,
                              @RequestParam(required = false) Boolean verified,
                              @RequestParam(required = false) String creditRating,
                              @RequestParam(required = false) String q) {
        SupplierFilter filter = new SupplierFilter(verified, creditRating == null ? null : CreditRating.fromCode(creditRating), q);
        return suppliers.list(tenant.id(), filter, new ListQuery(page, size, cursor));
    }

    @GetMapping("/{id}")
    Supplier get(@Grant(Permission.READ) Tenant tenant, @PathVariable long id) {
        return suppliers.require(tenant.id(), id);
    }

    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @PostMapping
    ResponseEntity<Supplier> create(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                                    @RequestBody SupplierDraft draft) {
        Supplier created = suppliers.create(user.username(), tenant.id(), draft);
        return ResponseEntity.created(URI.create("/admin/api/v1/tenants/" + tenant.slug() + "/suppliers/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    Supplier update(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant, @PathVariable long id,
                    @RequestBody SupplierDraft draft) {
        return suppliers.update(user.username(), tenant.id(), id, draft);
    }

    @MergePatchMapping("/{id}")
    Supplier patch(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant, @PathVariable long id,
                   @RequestBody JsonNode patch) {
        SupplierDraft draft = patches.apply(patch, suppliers.require(tenant.id(), id), SupplierDraft.class);
        return suppliers.update(user.username(), tenant.id(), id, draft);
    }

    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "The supplier still has products")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                                @PathVariable long id) {
        suppliers.delete(user.username(), tenant.id(), id);
        return ResponseEntity.noContent().build();
    }
}
