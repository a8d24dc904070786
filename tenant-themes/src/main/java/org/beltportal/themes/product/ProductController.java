package org.beltportal.themes.product;

import java.util.Map;
import java.util.regex.Pattern;

import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.SiteView;
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

    /** Up to 18 digits always fits a long; anything else cannot name a product. */
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private final TenantService tenants;
    private final ProductService products;
    private final SupplierService suppliers;

    ProductController(TenantService tenants, ProductService products, SupplierService suppliers) {
        this.tenants = tenants;
        this.products = products;
        this.suppliers = suppliers;
    }

    /**
     * The id is taken as text so that "/products/abc" is a 404 page like any other missing product,
     * rather than the 400 Spring gives a path variable it cannot convert.
     */
    @GetMapping("/products/{id}")
    ModelAndView product(Site.TenantSite site, @PathVariable String id,
                         @RequestParam(name = "inquiry", required = false) String inquiry) {
        return page(site, id, null, HttpStatus.OK, "sent".equals(inquiry));
    }

    /** The product page with its inquiry form as given (a blank one when {@code inquiry} is null). */
    public ModelAndView page(Site.TenantSite site, String id, InquiryForm inquiry, HttpStatus status) {
        return page(site, id, inquiry, status, false);
    }

    private ModelAndView page(Site.TenantSite site, String id, InquiryForm inquiry, HttpStatus status, boolean sent) {
        TenantId tenantId = site.tenant().id();
        Product product = findActive(tenantId, id);
        SupplierSummary supplier = SupplierSummary.of(suppliers.require(tenantId, product.supplierId()));
        SiteView chrome = SiteView.of(site, tenants.branding(tenantId));
        InquiryForm form = inquiry != null ? inquiry : InquiryForm.blank(site.basePath(), product.id(), product.moq(), sent);
        return new ModelAndView("pages/product", Map.of("site", chrome, "page", ProductPage.of(product, supplier),
                "inquiry", form), status);
    }

    private Product findActive(TenantId tenantId, String id) {
        if (!ID.matcher(id).matches()) {
            throw new NotFoundException("no product " + id);
        }
        // The service already filters by tenant; checking again costs nothing and keeps a page from ever
        // showing another portal's product should a query regress.
        return products.find(tenantId, Long.parseLong(id))
                .filter(product -> product.isActive() && tenantId.equals(product.tenantId()))
                .orElseThrow(() -> new NotFoundException("no product " + id));
    }
}
