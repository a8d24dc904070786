package org.beltportal.core.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.beltportal.core.category.CategoryService;
import org.beltportal.core.demo.DemoBelt.DemoNews;
import org.beltportal.core.demo.DemoBelt.DemoProduct;
import org.beltportal.core.demo.DemoBelt.DemoSupplier;
import org.beltportal.core.page.PageDraft;
import org.beltportal.core.page.PageKind;
import org.beltportal.core.page.PageService;
import org.beltportal.core.page.PageStatus;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.SupplierDraft;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.TenantSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo belts through the same services an operator uses, so demo data obeys every rule and
 * leaves an audit trail. Runs only on an empty database; each belt is one transaction.
 */
@Component
public class DemoDataSeeder {

    static final String ACTOR = "demo-seed";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final TenantService tenants;
    private final SupplierService suppliers;
    private final ProductService products;
    private final CategoryService categories;
    private final PageService pages;
    private final DemoCampaigns campaigns;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    public DemoDataSeeder(TenantService tenants, SupplierService suppliers, ProductService products,
                          CategoryService categories, PageService pages, DemoCampaigns campaigns,
                          TransactionTemplate transaction, JsonMapper json, Clock clock) {
        this.tenants = tenants;
        this.suppliers = suppliers;
        this.products = products;
        this.categories = categories;
        this.pages = pages;
        this.campaigns = campaigns;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /** Seeds every demo belt when there are no tenants yet; returns how many belts it created. */
    public int seedIfEmpty() throws IOException {
        if (!tenants.all().isEmpty()) {
            return 0;
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/belts/*.json");
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                DemoBelt belt = json.readValue(in, DemoBelt.class);
                transaction.executeWithoutResult(status -> seed(belt, belt.slug()));
                log.info("Demo belt {} seeded: {} suppliers, {} products, {} own campaigns", belt.slug(),
                        belt.suppliers().size(), belt.products().size(), belt.campaigns().size());
            }
        }
        return files.length;
    }

    /** Creates one belt under {@code slug} (its own, except in tests that must not collide on a shared database). */
    Tenant seed(DemoBelt belt, String slug) {
        TenantSettings settings = new TenantSettings(belt.name(), belt.nameEn(), belt.region(), belt.locale(),
                belt.timezone(), belt.theme(), belt.icpNumber());
        Tenant tenant = tenants.create(ACTOR, slug, settings, List.of(slug + ".localhost"), belt.regionCode());
        tenants.updateBranding(ACTOR, tenant.id(), belt.branding());
        Map<String, Long> supplierIds = new HashMap<>();
        for (DemoSupplier s : belt.suppliers()) {
            SupplierDraft draft = new SupplierDraft(s.name(), s.creditRating(), s.verified(), s.yearsActive(),
                    s.location(), s.capabilities(), s.employees(), s.factoryArea(), s.description(), null, null);
            supplierIds.put(s.key(), suppliers.create(ACTOR, tenant.id(), draft).id());
        }
        Map<String, Long> productIds = new HashMap<>();
        for (DemoProduct p : belt.products()) {
            ProductDraft draft = new ProductDraft(p.sku(), p.title(), p.titleEn(), p.description(), p.category(),
                    supplierIds.get(p.supplier()), p.moq(), p.unit(), p.priceTiers(), p.attributes(), List.of(), p.status(),
                    p.unitEn(), null);
            productIds.put(p.sku(), products.create(ACTOR, tenant.id(), draft).id());
        }
        categories.nameInEnglish(ACTOR, tenant.id(), belt.categoryNamesEn());
        for (DemoNews n : belt.news()) {
            PageDraft draft = new PageDraft(n.slug(), n.title(), n.body(), PageKind.NEWS, PageStatus.PUBLISHED,
                    clock.instant().minus(Duration.ofDays(n.daysAgo())), null, belt.locale());
            pages.create(ACTOR, tenant, draft);
        }
        campaigns.seed(tenant, belt, supplierIds, productIds);
        return tenant;
    }
}
