package org.beltportal.themes.product;


import org.beltportal.core.insight.VisitSource;
import org.beltportal.core.category.CategoryService;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.category.CategoryLink;
import org.beltportal.themes.site.JsonLd;
import org.beltportal.themes.site.PathIds;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.Seo;
import org.beltportal.themes.site.Visit;
import org.beltportal.themes.supplier.SupplierSummary;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /products/{id}}: one active product of this portal with its price tiers, supplier and
 * inquiry form; {@code ?inquiry=sent} shows the note that an inquiry went out. The inquiry form
 * controller renders the page through {@link #page} too, with the buyer's input and its errors.
 */
@PortalController
public class ProductController {

    private final ProductService products;
    private final SupplierService suppliers;
    private final CategoryService categories;
    private final JsonLd jsonLd;

    ProductController(ProductService products, SupplierService suppliers, CategoryService categories, JsonLd jsonLd) {
        this.products = products;
        this.suppliers = suppliers;
        this.categories = categories;
        this.jsonLd = jsonLd;
    }

    /**
     * The id is taken as text so that "/products/abc" is a 404 page like any other missing product,
     * rather than the 400 Spring gives a path variable it cannot convert.
     */
    @GetMapping("/products/{id}")
    ModelAndView product(Site.TenantSite site, Visit visit, @PathVariable String id,
                         @RequestParam(name = "inquiry", required = false) String inquiry,
                         @RequestParam(name = VisitSource.PARAMETER, required = false) String from) {
        return page(site, visit, id, null, HttpStatus.OK, "sent".equals(inquiry),
                VisitSource.parse(from).orElse(VisitSource.DIRECT));
    }

    /** The product page with its inquiry form as given (a blank one when {@code inquiry} is null). */
    public ModelAndView page(Site.TenantSite site, Visit visit, String id, InquiryForm inquiry, HttpStatus status) {
        return page(site, visit, id, inquiry, status, false, VisitSource.DIRECT);
    }

    private ModelAndView page(Site.TenantSite site, Visit visit, String id, InquiryForm inquiry, HttpStatus status,
                              boolean sent, VisitSource from) {
        TenantId tenantId = site.tenant().id();
        Product product = findActive(tenantId, id);
        SupplierSummary supplier = SupplierSummary.of(suppliers.require(tenantId, product.supplierId()), site.basePath());
        ProductPage page = ProductPage.of(product, supplier,
                CategoryLink.trail(categories.tree(tenantId), product.category(), site.basePath(), visit.site().lang()),
                visit.site().lang());
        Seo seo = visit.seo("product")
                .withImage(page.images().isEmpty() ? "" : visit.absoluteImage(page.images().getFirst()))
                .withJsonLd(jsonLd.write(ProductJsonLd.of(product, page, visit)));
        InquiryForm form = inquiry != null ? inquiry : InquiryForm.blank(site.basePath(), product.id(), product.moq(), sent, from);
        return visit.render("pages/product", page, seo, status).addObject("inquiry", form);
    }

    private Product findActive(TenantId tenantId, String id) {
        // The service already filters by tenant; checking again costs nothing and keeps a page from ever
        // showing another portal's product should a query regress.
        return products.find(tenantId, PathIds.require(id, "product"))
                .filter(product -> product.isActive() && tenantId.equals(product.tenantId()))
                .orElseThrow(() -> new NotFoundException("no product " + id));
    }
}
