package org.beltportal.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.beltportal.core.feed.FeedPoller;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.testing.TwoBelts;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The catch-up after a restart, for changes whose index update a kill -9 lost (written to the database,
 * not yet committed in the index). Losing an update is staged by writing the database directly.
 */
@SpringBootTest
class CatchUpTest extends TestDatabase {

    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    ProductIndexer indexer;
    @Autowired
    ProductIndex index;
    @Autowired
    FeedPoller feed;
    @Autowired
    ProductSearch search;
    @Autowired
    JdbcTemplate jdbc;

    TwoBelts belts;
    long kept;
    long deleted;

    /** With a category: a search over an index where no product has one fails in its facet counts (reported). */
    @BeforeEach
    void twoProductsInOneBelt() {
        belts = TwoBelts.create(tenants, suppliers);
        kept = add("K1", "纯棉袜子");
        deleted = add("D1", "加厚袜子");
        // Both in the index before the test goes behind the feed's back.
        FeedApplied.await(feed);
    }

    private long add(String sku, String title) {
        return products.create("tester", belts.zhili().id(), new ProductDraft(sku, title, null, null, "童装/袜子",
                belts.zhiliSupplier(), 10, "双", List.of(new PriceTier(10, new BigDecimal("2.50"))), Map.of(), List.of(),
                ProductStatus.ACTIVE)).id();
    }

    private List<Long> found() {
        FeedApplied.await(feed);
        return search.search(SearchScope.tenant(belts.zhili().id()), SearchQuery.text("袜子")).items().stream()
                .map(item -> item.id()).toList();
    }

    @Test
    void aProductDeletedJustBeforeTheKillLeavesTheIndexAtTheCatchUp() {
        jdbc.update("DELETE FROM price_tier WHERE product_id = ?", deleted);
        jdbc.update("DELETE FROM product WHERE id = ?", deleted);
        assertThat(found()).contains(deleted);

        indexer.catchUp(Instant.now().minusSeconds(60));

        assertThat(found()).containsExactly(kept);
    }

    @Test
    void aProductWrittenJustBeforeTheKillIsReadAgainAtTheCatchUp() {
        jdbc.update("UPDATE product SET status = 'INACTIVE', updated_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now()), deleted);

        indexer.catchUp(Instant.now().minusSeconds(60));

        assertThat(found()).containsExactly(kept);
    }
}
