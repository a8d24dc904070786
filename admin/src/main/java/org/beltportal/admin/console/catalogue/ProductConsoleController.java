package org.beltportal.admin.console.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.product.BulkAction;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductSort;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.CursorPage;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.Tenant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A belt's products: the list with search and filters (status, category with its subcategories, supplier, missing
 * images) in its URL and keyset pages, and the form for a new or existing product with its rows of price tiers,
 * attributes and images. Row buttons post the form and get it back with a row more or less, so the editor works
 * without JavaScript. Bulk actions from the list are {@link ProductBulkController}'s.
 */
@Controller
class ProductConsoleController {

    private static final String ONE = CatalogueScreens.PRODUCTS + "/{id}";

    private final ProductService products;
    private final CatalogueChoices choices;
    private final ConsolePages pages;

    ProductConsoleController(ProductService products, CatalogueChoices choices, ConsolePages pages) {
        this.products = products;
        this.choices = choices;
        this.pages = pages;
    }

    @GetMapping(CatalogueScreens.PRODUCTS)
    ModelAndView list(@AuthenticationPrincipal PortalUser user, @Grant(Permission.READ) Tenant belt,
                      @RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
        ProductListFilter filter = ProductListFilter.of(parameters);
        String cursor = parameters.getFirst("cursor");
        CursorPage<Product> page = KeysetPages.read(cursor,
                query -> products.list(belt.id(), filter.toFilter(), ProductSort.NEWEST, query));
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("filter", filter);
        model.put("page", page);
        model.put("links", PageLinks.of(filter.on(request.getContextPath() + CatalogueScreens.path(belt, CatalogueScreens.PRODUCTS)),
                cursor, page));
        model.put("canEdit", CatalogueScreens.canEdit(user, belt));
        model.put("categories", choices.categoryChoices(belt, false));
        model.put("suppliers", choices.suppliers(belt, Posted.id(filter.supplierId())));
        model.put("statuses", statuses());
        model.put("actions", List.of(BulkAction.values()).stream().map(BulkAction::code).toList());
        return pages.page("catalogue/products", model);
    }

    @GetMapping(CatalogueScreens.PRODUCTS + "/new")
    ModelAndView blank(@Grant(Permission.CATALOG) Tenant belt) {
        return form(belt, null, ProductForm.empty(), new FormErrors());
    }

    @GetMapping(ONE)
    ModelAndView edit(@Grant(Permission.CATALOG) Tenant belt, @PathVariable long id) {
        return form(belt, id, ProductForm.of(products.require(belt.id(), id)), new FormErrors());
    }

    @PostMapping(CatalogueScreens.PRODUCTS + "/new")
    ModelAndView create(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt,
                        @RequestParam MultiValueMap<String, String> posted, RedirectAttributes redirect) {
        return post(user, belt, null, posted, redirect);
    }

    @PostMapping(ONE)
    ModelAndView update(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt, @PathVariable long id,
                        @RequestParam MultiValueMap<String, String> posted, RedirectAttributes redirect) {
        products.require(belt.id(), id);
        return post(user, belt, id, posted, redirect);
    }

    /** A row button ({@code edit}) gives the form back changed; the save button saves. */
    private ModelAndView post(PortalUser user, Tenant belt, Long id, MultiValueMap<String, String> posted,
                              RedirectAttributes redirect) {
        ProductForm typed = ProductForm.of(posted);
        String edit = posted.getFirst("edit");
        if (edit != null) {
            return form(belt, id, typed.edited(edit), new FormErrors());
        }
        ProductForm form = typed.compacted();
        FormErrors errors = new FormErrors();
        ProductDraft draft = form.draft(errors);
        if (draft != null) {
            try {
                Product saved = id == null ? products.create(user.username(), belt.id(), draft)
                        : products.update(user.username(), belt.id(), id, draft);
                return SeeOther.to(CatalogueScreens.path(belt, CatalogueScreens.PRODUCTS), redirect,
                        ConsoleFlash.status("catalogue.product.saved", saved.title()));
            } catch (InvalidInputException invalid) {
                form.report(invalid.problems(), errors);
            } catch (ConflictException skuTaken) {
                errors.add("sku", skuTaken.getMessage());
            }
        }
        return FormPages.unsaved(form(belt, id, form, errors));
    }

    private ModelAndView form(Tenant belt, Long id, ProductForm form, FormErrors errors) {
        Map<String, Object> model = FormPages.model(belt, id, form, errors);
        model.put("categories", choices.categoryChoices(belt, true));
        model.put("suppliers", choices.suppliers(belt, Posted.id(form.supplierId())));
        model.put("statuses", statuses());
        model.put("library", choices.library(belt));
        return pages.page("catalogue/product", model);
    }

    private static List<String> statuses() {
        return List.of(ProductStatus.values()).stream().map(ProductStatus::code).toList();
    }
}
