package org.beltportal.themes.home;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.insight.VisitSource;
import org.beltportal.core.campaign.web.PortalClock;
import org.beltportal.core.category.CategoryService;
import org.beltportal.core.page.PageService;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.campaign.CampaignViews;
import org.beltportal.themes.category.CategoryLink;
import org.beltportal.themes.news.NewsLink;
import org.beltportal.themes.platform.PlatformPage;
import org.beltportal.themes.product.ProductCard;
import org.beltportal.themes.site.JsonLd;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.PublicOrigin;
import org.beltportal.themes.site.Seo;
import org.beltportal.themes.site.ShownBranding;
import org.beltportal.themes.site.Visit;
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
    static final int FEATURED_SUPPLIERS = 6;

    private final TenantService tenants;
    private final ShownBranding branding;
    private final ProductService products;
    private final SupplierService suppliers;
    private final PageService pages;
    private final CategoryService categories;
    private final JsonLd jsonLd;
    private final CampaignViews campaigns;
    private final PortalClock clock;

    HomeController(TenantService tenants, ShownBranding branding, ProductService products, SupplierService suppliers, PageService pages,
                   CategoryService categories, JsonLd jsonLd, CampaignViews campaigns, PortalClock clock) {
        this.tenants = tenants;
        this.branding = branding;
        this.products = products;
        this.suppliers = suppliers;
        this.pages = pages;
        this.categories = categories;
        this.jsonLd = jsonLd;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @GetMapping("/")
    ModelAndView home(Site site, Visit visit, HttpServletRequest request) {
        return switch (site) {
            case Site.TenantSite tenantSite -> belt(tenantSite, visit, request);
            case Site.PlatformSite platform -> visit.render("pages/platform",
                    PlatformPage.of(tenants.all(), request.getScheme(), PublicOrigin.portSuffix(request)), visit.seo("website"));
        };
    }

    private ModelAndView belt(Site.TenantSite site, Visit visit, HttpServletRequest request) {
        Tenant tenant = site.tenant();
        String base = site.basePath();
        HomePage home = new HomePage(
                branding.of(site, request).branding().heroImages(),
                CategoryLink.of(categories.tree(tenant.id()), base, visit.site().lang()),
                suppliers.featured(tenant.id(), FEATURED_SUPPLIERS).stream()
                        .map(supplier -> SupplierSummary.of(supplier, base)).toList(),
                productCards(tenant, base, visit.site().lang()),
                pages.visibleNews(tenant.id(), LATEST_NEWS).stream()
                        .map(page -> NewsLink.of(page, tenant.zone(), base)).toList(),
                campaigns.shownOn("home", site, visit, clock.moment(request, tenant).instant(), request));
        String logo = visit.absoluteImage(visit.site().logoUrl());
        Seo seo = visit.seo("website")
                .withImage(home.heroImages().isEmpty() ? logo : visit.absoluteImage(home.heroImages().getFirst()))
                .withJsonLd(jsonLd.write(organization(visit, logo)));
        return visit.render("pages/home", home, seo);
    }

    /** schema.org Organization: the portal as the body that runs it, with its logo when it has one. */
    private static Map<String, Object> organization(Visit visit, String logo) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Organization");
        data.put("name", visit.site().name());
        data.put("url", visit.absolute("/"));
        if (!logo.isEmpty()) {
            data.put("logo", logo);
        }
        if (!visit.site().nameEn().isEmpty()) {
            data.put("alternateName", visit.site().nameEn());
        }
        return data;
    }

    /** The newest active products with their suppliers, read in one batch rather than one query per card. */
    private List<ProductCard> productCards(Tenant tenant, String base, String lang) {
        // The query asks the database for active products only; the second check keeps an inactive one
        // off the public page even if that condition were ever dropped.
        List<Product> latest = products.newestActive(tenant.id(), LATEST_PRODUCTS).stream().filter(Product::isActive).toList();
        Collection<Long> supplierIds = latest.stream().map(Product::supplierId).distinct().toList();
        Map<Long, Supplier> byId = supplierIds.isEmpty() ? Map.of() : suppliers.byIds(tenant.id(), supplierIds);
        return latest.stream().map(product -> ProductCard.of(product, summary(byId, product.supplierId(), base), base, lang,
                VisitSource.HOME)).toList();
    }

    private static SupplierSummary summary(Map<Long, Supplier> byId, long supplierId, String base) {
        Supplier supplier = byId.get(supplierId);
        return supplier == null ? SupplierSummary.missing(supplierId) : SupplierSummary.of(supplier, base);
    }
}
