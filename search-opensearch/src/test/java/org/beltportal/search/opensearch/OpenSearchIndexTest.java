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

import org.beltportal.core.feed.FeedPoller;
import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobService;
import org.beltportal.core.job.JobState;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierDraft;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.search.index.FeedApplied;
import org.beltportal.search.opensearch.cluster.OnOpenSearchNode;
import org.beltportal.search.opensearch.cluster.OpenSearchProcess;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.SearchItem;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchResult;
import org.beltportal.search.query.SearchScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What only the shared index has: the rebuild into a new index behind the alias while searches go on, and the
 * feed's operation, which re-reads the truth and never lets a late copy undo a newer write.
 */
@OnOpenSearchNode
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
    @Autowired
    FeedPoller feed;

    Tenant belt;
    Tenant twin;
    long supplier;

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

    /** Changes reach the cluster through the change feed, drained by this node (decision 0043). */
    private List<Long> found(Tenant tenant, String text) {
        FeedApplied.await(feed, OpenSearchProcess.FEED_WAIT);
        return search.search(SearchScope.tenant(tenant.id()), SearchQuery.text(text)).items().stream().map(SearchItem::id).toList();
    }

    @Test
    void rebuildMovesTheAliasToANewIndexWhileSearchesKeepFindingEverything() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(add(belt, supplier, "B" + i, "真皮双肩包 " + i + "号").id());
        }
        FeedApplied.await(feed, OpenSearchProcess.FEED_WAIT);
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
        FeedApplied.await(feed, OpenSearchProcess.FEED_WAIT);
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
            FeedApplied.await(feed, OpenSearchProcess.FEED_WAIT);
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
    void aDeletedProductLeavesAndALateCopyOfItsOldRowDoesNotBringItBack() {
        Product bag = add(belt, supplier, "D1", "旅行收纳包");
        assertThat(found(belt, "收纳包")).containsExactly(bag.id());
        products.delete("tester", belt.id(), bag.id());
        assertThat(found(belt, "收纳包")).isEmpty();

        // A node that read the row before the delete writes its copy late: the removal's later version wins.
        Supplier maker = suppliers.byIds(belt.id(), List.of(supplier)).get(supplier);
        index.write(belt.id(), List.of(ProductSources.source(bag, maker)), Map.of(), true);
        assertThat(found(belt, "收纳包")).as("the index holds %s", index.describe(belt.id(), bag.id())).isEmpty();
    }

    @Test
    void applyInAnotherTenantsNameNeitherCopiesNorRemovesTheProduct() {
        Product bag = add(belt, supplier, "E1", "钱包 男士");
        // The twin's rows hold no such product: in its name the product is removed, from the twin's keys only.
        indexer.apply(twin.id(), List.of(bag.id()), true);

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
