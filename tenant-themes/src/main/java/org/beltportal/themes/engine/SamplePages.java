package org.beltportal.themes.engine;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.beltportal.core.campaign.ActiveCampaigns;
import org.beltportal.core.category.CategoryService;
import org.beltportal.core.page.PageService;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.template.PageRenderCheck;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Component;

/**
 * One real page of each page type of a belt, as a URL below its base: its newest product and that product's
 * supplier, its first category, its first approved campaign, its newest news. A page type the belt has nothing
 * for yet maps to an empty URL: there is no page of that kind a buyer could open.
 */
@Component
class SamplePages {

    /** No product has id 0: the product page's not-found answer is the 404 page. */
    static final String NOT_FOUND = "/products/0";

    private final ProductService products;
    private final SupplierService suppliers;
    private final CategoryService categories;
    private final PageService pages;
    private final ActiveCampaigns campaigns;
    private final Clock clock;

    SamplePages(ProductService products, SupplierService suppliers, CategoryService categories, PageService pages,
                ActiveCampaigns campaigns, Clock clock) {
        this.products = products;
        this.suppliers = suppliers;
        this.categories = categories;
        this.pages = pages;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** Every page type of {@link PageRenderCheck#PAGE_TYPES}, in that order, with its URL if the belt has one. */
    Map<String, Optional<String>> of(Tenant belt) {
        TenantId id = belt.id();
        Optional<Product> product = products.newestActive(id, 1).stream().findFirst();
        Map<String, Optional<String>> urls = new LinkedHashMap<>();
        urls.put("home", Optional.of("/"));
        urls.put("search", Optional.of("/search?q=" + encode(product.map(Product::title).orElse(belt.name()))));
        urls.put("category", categories.tree(id).stream().findFirst().map(root -> "/categories/" + root.id()));
        urls.put("product", product.map(found -> "/products/" + found.id()));
        urls.put("supplier", product.map(Product::supplierId)
                .or(() -> suppliers.featured(id, 1).stream().findFirst().map(supplier -> supplier.id()))
                .map(supplierId -> "/suppliers/" + supplierId));
        urls.put("campaign", campaigns.at(id, clock.instant()).stream().findFirst()
                .map(active -> "/campaigns/" + encode(active.campaign().spec().slug())));
        urls.put("news", Optional.of("/news"));
        urls.put("article", pages.visibleNews(id, 1).stream().findFirst().map(page -> "/news/" + encode(page.slug())));
        urls.put("404", Optional.of(NOT_FOUND));
        return urls;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
