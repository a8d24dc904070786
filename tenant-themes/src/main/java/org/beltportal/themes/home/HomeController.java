package org.beltportal.themes.home;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.category.CategoryNode;
import org.beltportal.core.category.CategoryService;
import org.beltportal.core.page.PageService;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductFilter;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.platform.PlatformPage;
import org.beltportal.themes.product.ProductCard;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.SiteView;
import org.beltportal.themes.supplier.SupplierSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /} answers two sites with one mapping (a path can have only one handler): a tenant's host or
 * prefix gets the belt's home page, the platform host the list of belts.
 */
@PortalController
class HomeController {

    static final int LATEST_PRODUCTS = 12;
    static final int LATEST_NEWS = 3;
    private static final ProductFilter ACTIVE = new ProductFilter(ProductStatus.ACTIVE, null, null);

    private final TenantService tenants;
    private final ProductService products;
    private final SupplierService suppliers;
    private final PageService pages;
    private final CategoryService categories;

    HomeController(TenantService tenants, ProductService products, SupplierService suppliers, PageService pages,
                   CategoryService categories) {
        this.tenants = tenants;
        this.products = products;
        this.suppliers = suppliers;
        this.pages = pages;
        this.categories = categories;
    }

    @GetMapping("/")
    ModelAndView home(Site site, HttpServletRequest request) {
        return switch (site) {
            case Site.TenantSite tenantSite -> belt(tenantSite);
            case Site.PlatformSite platform -> new ModelAndView("pages/platform", Map.of(
                    "site", SiteView.platform(),
                    "page", PlatformPage.of(tenants.all(), request.getScheme(), request.getServerPort())));
        };
    }

    private ModelAndView belt(Site.TenantSite site) {
        Tenant tenant = site.tenant();
        String base = site.basePath();
        HomePage home = new HomePage(
                categories.tree(tenant.id()).stream().map(CategoryNode::name).toList(),
                productCards(tenant, base),
                pages.visibleNews(tenant.id(), LATEST_NEWS).stream()
                        .map(page -> HomePage.NewsLink.of(page, tenant.zone(), base)).toList());
        SiteView chrome = SiteView.of(site, tenants.branding(tenant.id()));
        return new ModelAndView("pages/home", Map.of("site", chrome, "page", home));
    }

    /** The newest active products with their suppliers, read in one batch rather than one query per card. */
    private List<ProductCard> productCards(Tenant tenant, String base) {
        // The filter asks the database for active products only; the second check keeps an inactive one
        // off the public page even if that filter were ever dropped.
        List<Product> latest = products.page(tenant.id(), ACTIVE, new PageQuery(0, LATEST_PRODUCTS)).items().stream()
                .filter(Product::isActive).toList();
        Collection<Long> supplierIds = latest.stream().map(Product::supplierId).distinct().toList();
        Map<Long, Supplier> byId = supplierIds.isEmpty() ? Map.of() : suppliers.byIds(tenant.id(), supplierIds);
        return latest.stream().map(product -> ProductCard.of(product, summary(byId, product.supplierId()), base)).toList();
    }

    private static SupplierSummary summary(Map<Long, Supplier> byId, long supplierId) {
        Supplier supplier = byId.get(supplierId);
        return supplier == null ? SupplierSummary.missing(supplierId) : SupplierSummary.of(supplier);
    }
}
