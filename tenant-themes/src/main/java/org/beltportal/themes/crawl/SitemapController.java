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
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.category.CategoryLink;
import org.beltportal.themes.site.PathIds;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.Visit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The sitemaps of this portal only, as absolute URLs on the host (or prefix) they were asked on.
 * {@code /sitemap.xml} is an index naming {@code /sitemap-pages.xml} (home, categories, news, festivals,
 * campaign landing pages, suppliers) and one {@code /sitemap-products-N.xml} for every 50,000 active
 * products: a sitemap holds at most 50,000 URLs, and the biggest belts have more products than that.
 * Every file is written as it is read, in bounded batches (products by id, suppliers by page).
 */
@PortalController
class SitemapController {

    static final int PRODUCT_BATCH = 1000;
    static final int NEWS_LIMIT = 1000;
    private static final String XML = "application/xml;charset=UTF-8";

    private final CategoryService categories;
    private final PageService pages;
    private final SupplierService suppliers;
    private final ProductService products;
    private final ActiveCampaigns campaigns;
    private final Clock clock;
    private final int urlsPerFile;

    SitemapController(CategoryService categories, PageService pages, SupplierService suppliers, ProductService products,
                      ActiveCampaigns campaigns, Clock clock, @Value("${portal.sitemap.max-urls:50000}") int maxUrls) {
        this.categories = categories;
        this.pages = pages;
        this.suppliers = suppliers;
        this.products = products;
        this.campaigns = campaigns;
        this.clock = clock;
        this.urlsPerFile = Math.min(maxUrls, SitemapWriter.MAX_ENTRIES);
    }

    @GetMapping("/sitemap.xml")
    void index(Site.TenantSite site, Visit visit, HttpServletResponse response) throws IOException, XMLStreamException {
        long parts = productParts(site.tenant().id());
        response.setContentType(XML);
        try (SitemapWriter index = SitemapWriter.index(response.getOutputStream())) {
            index.entry(visit.absolute("/sitemap-pages.xml"), null);
            for (long part = 1; part <= parts; part++) {
                index.entry(visit.absolute("/sitemap-products-" + part + ".xml"), null);
            }
        }
    }

    @GetMapping("/sitemap-pages.xml")
    void pages(Site.TenantSite site, Visit visit, HttpServletResponse response) throws IOException, XMLStreamException {
        TenantId tenantId = site.tenant().id();
        response.setContentType(XML);
        try (SitemapWriter sitemap = SitemapWriter.urls(response.getOutputStream(), urlsPerFile)) {
            sitemap.entry(visit.absolute("/"), null);
            for (CategoryNode node : CategoryLink.flatten(categories.tree(tenantId))) {
                sitemap.entry(visit.absolute("/categories/" + node.id()), null);
            }
            for (Page news : pages.visibleNews(tenantId, NEWS_LIMIT)) {
                sitemap.entry(visit.absolute("/news/" + news.slug()), news.updatedAt());
            }
            sitemap.entry(visit.absolute("/festivals"), null);
            for (ActiveCampaign active : campaigns.at(tenantId, clock.instant())) {
                sitemap.entry(visit.absolute("/campaigns/" + active.campaign().spec().slug()), active.campaign().state().updatedAt());
            }
            writeSuppliers(sitemap, tenantId, visit);
        }
    }

    /**
     * Part N lists the active products at positions (N-1) x {@code urlsPerFile} to N x {@code urlsPerFile} - 1
     * in id order (docs/decisions/0012-sitemap-index.md).
     */
    @GetMapping("/sitemap-products-{part}.xml")
    void products(Site.TenantSite site, Visit visit, @PathVariable String part, HttpServletResponse response)
            throws IOException, XMLStreamException {
        TenantId tenantId = site.tenant().id();
        long number = PathIds.require(part, "sitemap part");
        if (number < 1 || number > productParts(tenantId)) {
            throw new NotFoundException("no sitemap part " + part);
        }
        long afterId = number == 1 ? 0 : products.activeIdAt(tenantId, (number - 1) * urlsPerFile - 1)
                .orElseThrow(() -> new NotFoundException("no sitemap part " + part));
        response.setContentType(XML);
        try (SitemapWriter sitemap = SitemapWriter.urls(response.getOutputStream(), urlsPerFile)) {
            writeProducts(sitemap, tenantId, visit, afterId);
        }
    }

    private long productParts(TenantId tenantId) {
        return Math.ceilDiv(products.countActive(tenantId), urlsPerFile);
    }

    private void writeSuppliers(SitemapWriter sitemap, TenantId tenantId, Visit visit) throws XMLStreamException {
        for (int page = 0; sitemap.hasRoom(); page++) {
            ResultPage<Supplier> batch = suppliers.page(tenantId, new PageQuery(page, PageQuery.MAX_SIZE));
            for (Supplier supplier : batch.items()) {
                sitemap.entry(visit.absolute("/suppliers/" + supplier.id()), supplier.updatedAt());
            }
            if ((long) (page + 1) * PageQuery.MAX_SIZE >= batch.total() || batch.items().isEmpty()) {
                return;
            }
        }
    }

    /** Keyset batches in id order, so the last part's batches cost what the first part's did. */
    private void writeProducts(SitemapWriter sitemap, TenantId tenantId, Visit visit, long afterId)
            throws XMLStreamException {
        while (sitemap.hasRoom()) {
            List<Product> batch = products.batch(tenantId, null, afterId, PRODUCT_BATCH);
            for (Product product : batch) {
                if (product.isActive() && tenantId.equals(product.tenantId())) {
                    sitemap.entry(visit.absolute("/products/" + product.id()), product.updatedAt());
                }
            }
            if (batch.size() < PRODUCT_BATCH) {
                return;
            }
            afterId = batch.getLast().id();
        }
    }
}
