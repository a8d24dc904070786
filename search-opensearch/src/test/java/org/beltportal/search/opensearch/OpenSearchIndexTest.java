package org.beltportal.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobService;
import org.beltportal.core.job.JobState;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.SupplierDraft;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.search.opensearch.cluster.OpenSearchProcess;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.SearchItem;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchResult;
import org.beltportal.search.query.SearchScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What only the shared index has: the rebuild into a new index behind the alias while searches go on, and the
 * feed's two operations, which re-read the truth and never let a late copy undo a newer write.
 */
@SpringBootTest(properties = "portal.search.backend=opensearch")
class OpenSearchIndexTest extends TestDatabase {

    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    ProductSearch search;
    @Autowired
    OpenSearchProductIndex index;
    @Autowired
    OpenSearchIndexer indexer;
    @Autowired
    JobService jobs;

    Tenant belt;
    Tenant twin;
    long supplier;

    static {
        OpenSearchProcess.node().offerToSpring();
    }

    @BeforeEach
    void twoBelts() {
        // The start's own rebuild, when this class is the first to meet an empty cluster.
        eventually("no rebuild running", Duration.ofSeconds(60), index::rebuilding, running -> !running);
        belt = tenants.create("tester", Fixtures.uniqueSlug("baigou"), Fixtures.settings("白沟"), List.of());
        twin = tenants.create("tester", Fixtures.uniqueSlug("twin"), Fixtures.settings("孪生"), List.of());
        supplier = suppliers.create("tester", belt.id(), new SupplierDraft("白沟箱包厂", CreditRating.A3, true, 5,
                "白沟镇", Set.of(), 10, 100, null, null, null)).id();
    }

    private Product add(Tenant tenant, long supplierId, String sku, String title) {
        return products.create("tester", tenant.id(), new ProductDraft(sku, title, null, null, "箱包/双肩包", supplierId, 10, "个",
                List.of(new PriceTier(10, new BigDecimal("35.00"))), Map.of(), List.of(), ProductStatus.ACTIVE));
    }

    private List<Long> found(Tenant tenant, String text) {
        index.refresh();
        return search.search(SearchScope.tenant(tenant.id()), SearchQuery.text(text)).items().stream().map(SearchItem::id).toList();
    }

    @Test
    void rebuildMovesTheAliasToANewIndexWhileSearchesKeepFindingEverything() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(add(belt, supplier, "B" + i, "真皮双肩包 " + i + "号").id());
        }
        index.refresh();
        List<String> before = index.current();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicLong searches = new AtomicLong();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread buyer = new Thread(() -> {
            while (rebuilding.get()) {
                try {
                    SearchResult result = search.search(SearchScope.tenant(belt.id()), SearchQuery.text("双肩包"));
                    if (result.total() != 40) {
                        wrong.add("total " + result.total());
                    }
                } catch (RuntimeException e) {
                    wrong.add(e.toString());
                }
                searches.incrementAndGet();
            }
        });
        buyer.start();

        Job job = indexer.startRebuild("tester");
        Job done = eventually("the rebuild to finish", Duration.ofSeconds(60), () -> jobs.require(job.id()), j -> j.state().isFinished());
        rebuilding.set(false);
        buyer.join();

        assertThat(done.state()).as(done.message()).isEqualTo(JobState.SUCCEEDED);
        assertThat(index.current()).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(searches.get()).isPositive();
        assertThat(wrong).as("searches during the rebuild").isEmpty();
        index.refresh();
        SearchQuery all = new SearchQuery("双肩包", null, null, null, null, null, null, null, null, null, SearchQuery.MAX_SIZE);
        assertThat(search.search(SearchScope.tenant(belt.id()), all).items()).extracting(SearchItem::id)
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aWriteDuringTheRebuildIsInTheNewIndex() {
        add(belt, supplier, "A1", "帆布双肩包");
        String fill = index.startFill();
        try {
            Product late = add(belt, supplier, "A2", "牛津布双肩包");
            index.swap(fill);
            assertThat(index.current()).containsExactly(fill);
            assertThat(found(belt, "牛津布")).containsExactly(late.id());
        } catch (RuntimeException e) {
            index.abandon(fill);
            throw e;
        }
    }

    @Test
    void applyReadsTheRowAgainAndIsIdempotent() {
        Product bag = add(belt, supplier, "C1", "拉杆箱 20寸");
        indexer.apply(belt.id(), List.of(bag.id()), true);
        indexer.apply(belt.id(), List.of(bag.id(), bag.id()), true);

        assertThat(found(belt, "拉杆箱")).containsExactly(bag.id());
    }

    @Test
    void aLateApplyNeverBringsBackADeletedProductButANewWriteDoes() throws InterruptedException {
        Product bag = add(belt, supplier, "D1", "旅行收纳包");
        long removedAt = index.now();
        indexer.delete(belt.id(), List.of(bag.id()));
        indexer.apply(belt.id(), List.of(bag.id()), true);
        assertThat(found(belt, "收纳包")).isEmpty();

        // A write after a delete carries a later updated_at than the delete's instant. The row's stamp came back
        // a whole second here once (878000 against a delete at 878789): wait out the delete's second so the
        // test asks what it means to, not how finely the row's clock and the index node's clock agree.
        Thread.sleep(Math.max(0, (removedAt / 1000 + 1) * 1000 - System.currentTimeMillis()));
        Product written = products.update("tester", belt.id(), bag.id(), new ProductDraft(bag.sku(), "旅行收纳包 新款", null, null,
                bag.category(), bag.supplierId(), bag.moq(), bag.unit(), bag.priceTiers(), Map.of(), List.of(), ProductStatus.ACTIVE));
        indexer.apply(belt.id(), List.of(written.id()), true);
        assertThat(found(belt, "收纳包")).as("written at %s, removed at %s; the index holds %s", written.updatedAt().toEpochMilli(),
                removedAt, index.describe(belt.id(), bag.id())).containsExactly(bag.id());
    }

    @Test
    void applyInAnotherTenantsNameNeitherCopiesNorRemovesTheProduct() {
        Product bag = add(belt, supplier, "E1", "钱包 男士");
        indexer.apply(twin.id(), List.of(bag.id()), true);
        indexer.delete(twin.id(), List.of(bag.id()));

        assertThat(found(twin, "钱包")).isEmpty();
        assertThat(found(belt, "钱包")).containsExactly(bag.id());
        assertThat(search.search(SearchScope.tenant(twin.id()), SearchQuery.text("").onlyProducts(Set.of(bag.id()))).total()).isZero();
        assertThat(search.search(new SearchScope.National(Set.of()), SearchQuery.text("钱包")).total()).isZero();
    }

    @Test
    void anInactiveProductLeavesAndComesBackWhenActivatedAgain() {
        Product bag = add(belt, supplier, "F1", "手提包 女");
        ProductDraft inactive = new ProductDraft(bag.sku(), bag.title(), null, null, bag.category(), bag.supplierId(), bag.moq(),
                bag.unit(), bag.priceTiers(), Map.of(), List.of(), ProductStatus.INACTIVE);
        products.update("tester", belt.id(), bag.id(), inactive);
        assertThat(found(belt, "手提包")).isEmpty();

        products.update("tester", belt.id(), bag.id(), new ProductDraft(bag.sku(), bag.title(), null, null, bag.category(),
                bag.supplierId(), bag.moq(), bag.unit(), bag.priceTiers(), Map.of(), List.of(), ProductStatus.ACTIVE));
        // A late apply of the inactive state re-reads the active row: it stays.
        indexer.apply(belt.id(), List.of(bag.id()), true);
        assertThat(found(belt, "手提包")).containsExactly(bag.id());
    }
}
