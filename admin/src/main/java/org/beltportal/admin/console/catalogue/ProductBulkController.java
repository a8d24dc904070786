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
import org.beltportal.core.product.ProductService;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.Tenant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk actions from the product list: the ticked products activated, deactivated, moved to a category or deleted,
 * all or nothing through {@link ProductService#bulk} (decision 0032). Deleting first shows a page naming how many
 * products and which; only its confirming post deletes. Either way the list comes back with its filters and a flash.
 */
@Controller
class ProductBulkController {

    private final ProductService products;
    private final ConsolePages pages;

    ProductBulkController(ProductService products, ConsolePages pages) {
        this.products = products;
        this.pages = pages;
    }

    @PostMapping(CatalogueScreens.PRODUCTS + "/bulk")
    ModelAndView bulk(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt,
                      @RequestParam MultiValueMap<String, String> posted, RedirectAttributes redirect,
                      HttpServletRequest request) {
        ProductListFilter filter = ProductListFilter.of(posted);
        String list = filter.on(CatalogueScreens.path(belt, CatalogueScreens.PRODUCTS)).build().encode().toUriString();
        // A ticked box that is not a number is kept as null: the service then refuses the whole request.
        List<Long> ids = Posted.all(posted, "ids").stream().map(Posted::id).toList();
        // Not "categoryId": that is the list's filter, which the form carries too, so the list comes back as it was.
        Long moveTo = Posted.id(posted.getFirst("moveTo"));
        try {
            BulkAction action = BulkAction.fromCode(Posted.text(posted, "action"));
            if (action == BulkAction.DELETE && !"yes".equals(posted.getFirst("confirmed"))) {
                return confirmDelete(belt, ids, filter, request.getContextPath() + list);
            }
            int count = products.bulk(user.username(), belt.id(), action, ids, action == BulkAction.MOVE ? moveTo : null);
            return SeeOther.to(list, redirect, ConsoleFlash.status("catalogue.bulk.done." + action.code(), Integer.toString(count)));
        } catch (InvalidInputException refused) {
            String problem = refused.problems().isEmpty() ? refused.getMessage()
                    : refused.problems().getFirst().field() + " " + refused.problems().getFirst().message();
            return SeeOther.to(list, redirect, ConsoleFlash.alert("catalogue.bulk.refused", problem));
        }
    }

    /** The page that names what would be deleted; ids that are not all this belt's products are a 404, as the service answers. */
    private ModelAndView confirmDelete(Tenant belt, List<Long> ids, ProductListFilter filter, String back) {
        List<Long> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty() || distinct.contains(null)) {
            throw InvalidInputException.of("ids", "name at least one product");
        }
        if (distinct.size() > ProductService.MAX_BULK) {
            throw InvalidInputException.of("ids", "at most " + ProductService.MAX_BULK + " products per request");
        }
        List<Product> named = products.findByIds(belt.id(), distinct);
        if (named.size() != distinct.size()) {
            throw new NotFoundException("not every id is a product of this belt");
        }
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("products", named);
        model.put("filter", filter);
        model.put("back", back);
        return pages.page("catalogue/bulk-delete", model);
    }
}
