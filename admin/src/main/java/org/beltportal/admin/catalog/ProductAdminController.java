package org.beltportal.admin.catalog;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.product.BulkAction;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductFilter;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductSort;
import org.beltportal.core.product.ProductStatus;
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

/**
 * Products of one tenant. POST creates (409 on a taken SKU); PUT on the collection creates or updates by
 * SKU, the idempotent write for integrations; PUT on an id replaces that product, PATCH changes the
 * fields it names (a JSON Merge Patch, see {@link JsonMergePatch}).
 */
@RestController
@RequestMapping("/admin/api/v1/tenants/{slug}/products")
public class ProductAdminController {

    private final ProductService products;
    private final JsonMergePatch patches;

    public ProductAdminController(ProductService products, JsonMergePatch patches) {
        this.products = products;
        this.patches = patches;
    }

    /**
     * Filtered and sorted; {@code categoryId} takes its subcategories too. Page with {@code cursor} (the
     * {@code nextCursor} of the page before), or with {@code page} up to {@link ListQuery#MAX_OFFSET} rows.
     */
    @GetMapping
    CursorPage<Product> list(@Grant(Permission.READ) Tenant tenant,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                             @RequestParam(required = false) String cursor,
                             @RequestParam(required = false) String status, @RequestParam(required = false) Long supplierId,
                             @RequestParam(required = false) Long categoryId,
                             @RequestParam(required = false) Boolean missingImages,
                             @RequestParam(required = false) String q, @RequestParam(required = false) String sort) {
        ProductFilter filter = new ProductFilter(status == null ? null : ProductStatus.fromCode(status), supplierId, q,
                categoryId, missingImages);
        return products.list(tenant.id(), filter, ProductSort.fromCode(sort), new ListQuery(page, size, cursor));
    }

    /**
     * {@code {"action": "activate" | "deactivate" | "move" | "delete", "ids": [...], "categoryId"}}: all or
     * nothing; an id that is not this belt's product fails the whole request with 404.
     */
    @ApiResponse(responseCode = "200", description = "Done for every id")
    @ApiResponse(responseCode = "404", description = "An id is not a product of this belt; nothing was changed")
    @PostMapping("/bulk")
    BulkDone bulk(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                  @RequestBody BulkRequest request) {
        return new BulkDone(request.action(),
                products.bulk(user.username(), tenant.id(), request.action(), request.ids(), request.categoryId()));
    }

    record BulkRequest(BulkAction action, List<Long> ids, Long categoryId) {
    }

    record BulkDone(BulkAction action, int count) {
    }

    @GetMapping("/{id}")
    Product get(@Grant(Permission.READ) Tenant tenant, @PathVariable long id) {
        return products.require(tenant.id(), id);
    }

    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @ApiResponse(responseCode = "409", description = "The SKU exists: update it with PUT")
    @PostMapping
    ResponseEntity<Product> create(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                                   @RequestBody ProductDraft draft) {
        return created(tenant.slug(), products.create(user.username(), tenant.id(), draft));
    }

    @ApiResponse(responseCode = "200", description = "Updated the product with this SKU")
    @ApiResponse(responseCode = "201", description = "Created a product with this SKU; Location names it")
    @PutMapping
    ResponseEntity<Product> upsert(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                                   @RequestBody ProductDraft draft) {
        ProductService.Upserted result = products.upsertBySku(user.username(), tenant.id(), draft);
        return result.created() ? created(tenant.slug(), result.product()) : ResponseEntity.ok(result.product());
    }

    @ApiResponse(responseCode = "200", description = "Updated")
    @ApiResponse(responseCode = "409", description = "The SKU belongs to another product")
    @PutMapping("/{id}")
    Product update(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant, @PathVariable long id,
                   @RequestBody ProductDraft draft) {
        return products.update(user.username(), tenant.id(), id, draft);
    }

    @MergePatchMapping("/{id}")
    Product patch(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant, @PathVariable long id,
                  @RequestBody JsonNode patch) {
        ProductDraft draft = patches.apply(patch, products.require(tenant.id(), id), ProductDraft.class);
        return products.update(user.username(), tenant.id(), id, draft);
    }

    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                                @PathVariable long id) {
        products.delete(user.username(), tenant.id(), id);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Product> created(String slug, Product product) {
        return ResponseEntity.created(URI.create("/admin/api/v1/tenants/" + slug + "/products/" + product.id())).body(product);
    }
}
