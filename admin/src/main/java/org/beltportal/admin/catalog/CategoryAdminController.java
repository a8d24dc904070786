package org.beltportal.admin.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.category.Category;
import org.beltportal.core.category.CategoryNode;
import org.beltportal.core.category.CategoryService;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/api/v1/tenants/{slug}/categories")
public class CategoryAdminController {

    private final CategoryService categories;

    public CategoryAdminController(CategoryService categories) {
        this.categories = categories;
    }

    @GetMapping
    List<CategoryNode> tree(@Grant(Permission.READ) Tenant tenant) {
        return categories.tree(tenant.id());
    }

    /** Creates {@code path} with every missing level, {@code nameEn} naming the deepest; 201 with the deepest category. */
    @ApiResponse(responseCode = "201", description = "Created; the deepest category of the path")
    @PostMapping
    ResponseEntity<CategoryView> create(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                                        @RequestBody CategoryRequest request) {
        Category category = categories.ensurePath(user.username(), tenant.id(), "path", request.path(), request.nameEn());
        return ResponseEntity.status(201).body(view(category));
    }

    /**
     * Renames the category (its English name too: absent or null removes it) and puts it under {@code parentId}
     * (null: top level), with everything beneath it.
     */
    @ApiResponse(responseCode = "200", description = "Renamed or moved; the paths of its subcategories and products follow")
    @ApiResponse(responseCode = "409", description = "Another category has that path")
    @PutMapping("/{id}")
    CategoryView update(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                        @PathVariable long id, @RequestBody CategoryUpdate request) {
        return view(categories.update(user.username(), tenant.id(), id, request.name(), request.nameEn(), request.parentId()));
    }

    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "The category still has subcategories or products")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                                @PathVariable long id) {
        categories.delete(user.username(), tenant.id(), id);
        return ResponseEntity.noContent().build();
    }

    private static CategoryView view(Category category) {
        return new CategoryView(category.id(), category.name(), category.nameEn(), category.path(), category.parentId());
    }

    record CategoryRequest(String path, String nameEn) {
    }

    record CategoryUpdate(String name, String nameEn, Long parentId) {
    }

    record CategoryView(long id, String name, String nameEn, String path, Long parentId) {
    }
}
