package org.beltportal.themes.crawl;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.campaign.ActiveCampaign;
import org.beltportal.core.campaign.ActiveCampaigns;
import org.beltportal.core.category.CategoryNode;
import org.beltportal.core.category.CategoryService;
import org.beltportal.core.page.Page;
import org.beltportal.core.page.PageService;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.category.CategoryLink;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.Visit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /sitemap.xml}: home, categories, news, suppliers and active products of this portal only,
 * as absolute URLs on the host (or prefix) the sitemap was asked on. Everything is read in bounded
 * batches (products by id, suppliers by page) and written as it is read, up to 50,000 URLs.
 */
@PortalController
class SitemapController {

    static final int PRODUCT_BATCH = 1000;
    static final int NEWS_LIMIT = 1000;

    private final CategoryService categories;
    private final PageService pages;
    private final SupplierService suppliers;
    private final ProductService products;
    private final ActiveCampaigns campaigns;
    private final Clock clock;
    private final int maxUrls;

    SitemapController(CategoryService categories, PageService pages, SupplierService suppliers, ProductService products,
                      ActiveCampaigns campaigns, Clock clock, @Value("${portal.sitemap.max-urls:50000}") int maxUrls) {
        this.categories = categories;
        this.pages = pages;
        this.suppliers = suppliers;
        this.products = products;
        this.campaigns = campaigns;
        this.clock = clock;
        this.maxUrls = maxUrls;
    }

    @GetMapping("/sitemap.xml")
    void sitemap(Site.TenantSite site, Visit visit, HttpServletResponse response) throws IOException, XMLStreamException {
        TenantId tenantId = site.tenant().id();
        response.setContentType("application/xml;charset=UTF-8");
        try (SitemapWriter sitemap = new SitemapWriter(response.getOutputStream(), maxUrls)) {
            sitemap.url(visit.absolute("/"), null);
            for (CategoryNode node : CategoryLink.flatten(categories.tree(tenantId))) {
                sitemap.url(visit.absolute("/categories/" + node.id()), null);
            }
            for (Page news : pages.visibleNews(tenantId, NEWS_LIMIT)) {
                sitemap.url(visit.absolute("/news/" + news.slug()), news.updatedAt());
            }
            sitemap.url(visit.absolute("/festivals"), null);
            for (ActiveCampaign active : campaigns.at(tenantId, clock.instant())) {
                sitemap.url(visit.absolute("/campaigns/" + active.campaign().slug()), active.campaign().updatedAt());
            }
            writeSuppliers(sitemap, tenantId, visit);
            writeProducts(sitemap, tenantId, visit);
        }
    }

    private void writeSuppliers(SitemapWriter sitemap, TenantId tenantId, Visit visit) throws XMLStreamException {
        for (int page = 0; sitemap.hasRoom(); page++) {
            ResultPage<Supplier> batch = suppliers.page(tenantId, new PageQuery(page, PageQuery.MAX_SIZE));
            for (Supplier supplier : batch.items()) {
                sitemap.url(visit.absolute("/suppliers/" + supplier.id()), supplier.updatedAt());
            }
            if ((long) (page + 1) * PageQuery.MAX_SIZE >= batch.total() || batch.items().isEmpty()) {
                return;
            }
        }
    }

    /** Keyset batches in id order, so the 50th batch costs what the first did. */
    private void writeProducts(SitemapWriter sitemap, TenantId tenantId, Visit visit) throws XMLStreamException {
        long afterId = 0;
        while (sitemap.hasRoom()) {
            List<Product> batch = products.batch(tenantId, null, afterId, PRODUCT_BATCH);
            for (Product product : batch) {
                if (product.isActive() && tenantId.equals(product.tenantId())) {
                    sitemap.url(visit.absolute("/products/" + product.id()), product.updatedAt());
                }
            }
            if (batch.size() < PRODUCT_BATCH) {
                return;
            }
            afterId = batch.getLast().id();
        }
    }
}
