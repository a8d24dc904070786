package org.beltportal.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.beltportal.core.feed.FeedPoller;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.testing.TwoBelts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The index/database comparison per belt. Two belts hold the same SKUs, so a difference reported in one
 * belt proves the other's documents were not counted; differences are staged behind the indexer's back.
 */
@SpringBootTest
class IndexCheckTest extends TestDatabase {

    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    IndexCheck check;
    @Autowired
    ProductIndex index;
    @Autowired
    FeedPoller feed;
    @Autowired
    JdbcTemplate jdbc;

    TwoBelts belts;
    List<Long> zhili;

    @BeforeEach
    void sameCatalogueInTwoBelts() {
        belts = TwoBelts.create(tenants, suppliers);
        zhili = List.of(add(belts.zhili(), belts.zhiliSupplier(), "A1", ProductStatus.ACTIVE),
                add(belts.zhili(), belts.zhiliSupplier(), "A2", ProductStatus.ACTIVE),
                add(belts.zhili(), belts.zhiliSupplier(), "A3", ProductStatus.INACTIVE));
        add(belts.baigou(), belts.baigouSupplier(), "A1", ProductStatus.ACTIVE);
        add(belts.baigou(), belts.baigouSupplier(), "A2", ProductStatus.ACTIVE);
        // All in the index before a test goes behind the feed's back.
        FeedApplied.await(feed);
    }

    private long add(Tenant tenant, long supplier, String sku, ProductStatus status) {
        return products.create("tester", tenant.id(), new ProductDraft(sku, "袜子 " + sku, null, null, "童装/袜子", supplier,
                10, "双", List.of(new PriceTier(10, new BigDecimal("2.50"))), Map.of(), List.of(), status)).id();
    }

    private IndexCheck.BeltComparison of(Tenant tenant) {
        return check.compareAll().stream().filter(belt -> belt.belt().equals(tenant.slug())).findFirst().orElseThrow();
    }

    @Test
    void anIndexFedByTheServicesMatchesTheDatabase() {
        // Other tests' belts in the shared database were changed behind the index's back on purpose.
        assertThat(of(belts.zhili()).matches()).isTrue();
        assertThat(of(belts.baigou()).matches()).isTrue();
        assertThat(of(belts.zhili())).extracting(IndexCheck.BeltComparison::products, IndexCheck.BeltComparison::documents)
                .containsExactly(2L, 2L);
    }

    @Test
    void aDocumentWithoutItsRowIsExtra() {
        jdbc.update("DELETE FROM price_tier WHERE product_id = ?", zhili.get(0));
        jdbc.update("DELETE FROM product WHERE id = ?", zhili.get(0));

        IndexCheck.BeltComparison zhiliBelt = of(belts.zhili());
        assertThat(zhiliBelt.extraIds()).containsExactly(zhili.get(0));
        assertThat(zhiliBelt.missing() + zhiliBelt.stale()).isZero();
        assertThat(of(belts.baigou()).matches()).isTrue();
    }

    @Test
    void anActiveProductWithoutItsDocumentIsMissing() {
        index.remove(ProductDocuments.key(belts.zhili().id(), zhili.get(1)));

        assertThat(of(belts.zhili()).missingIds()).containsExactly(zhili.get(1));
        assertThat(of(belts.baigou()).matches()).isTrue();
    }

    @Test
    void aDocumentOfAnOlderWriteIsStale() {
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("UPDATE product SET updated_at = ? WHERE id = ?", Timestamp.from(later), zhili.get(1));

        IndexCheck.BeltComparison zhiliBelt = of(belts.zhili());
        assertThat(zhiliBelt.staleIds()).containsExactly(zhili.get(1));
        assertThat(zhiliBelt.missing() + zhiliBelt.extra()).isZero();
    }

    @Test
    void aProductMadeInactiveBehindTheIndexesBackIsExtra() {
        jdbc.update("UPDATE product SET status = 'INACTIVE' WHERE id = ?", zhili.get(0));

        assertThat(of(belts.zhili()).extraIds()).containsExactly(zhili.get(0));
    }
}
