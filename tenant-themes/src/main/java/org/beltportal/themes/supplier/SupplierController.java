package org.beltportal.themes.supplier;

import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductFilter;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.product.ProductCard;
import org.beltportal.themes.site.Pager;
import org.beltportal.themes.site.PathIds;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.Visit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** {@code GET /suppliers/{id}?page=N}: a supplier of this portal and its active products, newest first. */
@PortalController
class SupplierController {

    static final int PAGE_SIZE = 24;
    /** Deep pages of a supplier's catalogue are for search; capping the number bounds the offset. */
    static final int MAX_PAGE = 200;

    private final SupplierService suppliers;
    private final ProductService products;

    SupplierController(SupplierService suppliers, ProductService products) {
        this.suppliers = suppliers;
        this.products = products;
    }

    @GetMapping("/suppliers/{id}")
    ModelAndView supplier(Site.TenantSite site, Visit visit, @PathVariable String id,
                          @RequestParam(name = "page", required = false) String pageParam) {
        TenantId tenantId = site.tenant().id();
        Supplier supplier = find(tenantId, id);
        int page = Pager.pageNumber(pageParam, MAX_PAGE);
        ResultPage<Product> listed = products.page(tenantId, new ProductFilter(ProductStatus.ACTIVE, supplier.id(), null),
                new PageQuery(page - 1, PAGE_SIZE));
        SupplierSummary summary = SupplierSummary.of(supplier, site.basePath());
        String url = summary.url();
        Pager pager = Pager.of(url, page, PAGE_SIZE, listed.total(), MAX_PAGE);
        SupplierPage view = SupplierPage.of(supplier, site.basePath(), listed.items().stream()
                .filter(Product::isActive)
                .map(product -> ProductCard.of(product, summary, site.basePath(), visit.site().lang())).toList(), listed.total(),
                pager.previousUrl(), pager.nextUrl());
        return visit.render("pages/supplier", view, visit.seo("profile", page));
    }

    private Supplier find(TenantId tenantId, String id) {
        Supplier supplier = suppliers.require(tenantId, PathIds.require(id, "supplier"));
        if (!tenantId.equals(supplier.tenantId())) {
            throw new NotFoundException("no supplier " + id);
        }
        return supplier;
    }
}
