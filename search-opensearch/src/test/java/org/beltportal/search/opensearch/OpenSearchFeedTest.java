package org.beltportal.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import org.beltportal.core.feed.DrainingConsumer;
import org.beltportal.core.feed.FeedApplier;
import org.beltportal.core.feed.FeedEntry;
import org.beltportal.core.feed.FeedPoller;
import org.beltportal.core.feed.OtherNodes;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductStatus;
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
import org.beltportal.search.query.SearchScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shared index follows the change feed (decision 0043): a committed change is drained by some node, once, and
 * is searchable when its row is drained; a node that dies mid-batch leaves its rows to another. Other nodes'
 * changes are simulated as they look from here: the product rows change and a feed row appears, and nothing wakes
 * this node. The context's feed polls only hourly ({@link OnOpenSearchNode}), so these tests run the drains themselves.
 */
@OnOpenSearchNode
class OpenSearchFeedTest extends TestDatabase {

    @Autowired
    ApplicationContext node;
    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    ProductSearch search;
    @Autowired
    OpenSearchIndexer indexer;
    @Autowired
    FeedPoller feed;
    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;
    Tenant belt;
    long supplier;

    @BeforeEach
    void belt() {
        jdbc = new JdbcTemplate(dataSource);
        belt = tenants.create("tester", Fixtures.uniqueSlug("feed"), Fixtures.settings("汇流"), List.of());
        supplier = suppliers.create("tester", belt.id(), Fixtures.supplier("汇流箱包厂")).id();
    }

    private long add(String sku, String title) {
        return products.create("tester", belt.id(), new ProductDraft(sku, title, null, null, "箱包/双肩包", supplier, 10, "个",
                List.of(new PriceTier(10, new BigDecimal("35.00"))), Map.of(), List.of(), ProductStatus.ACTIVE)).id();
    }

    private List<Long> found(String text) {
        SearchQuery all = new SearchQuery(text, null, null, null, null, null, null, null, null, null, SearchQuery.MAX_SIZE);
        return search.search(SearchScope.tenant(belt.id()), all).items().stream().map(SearchItem::id).toList();
    }

    private long undrained() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM change_feed WHERE tenant_id = ? AND drained_at IS NULL",
                Long.class, belt.id().value());
    }

    /** Products another node renamed: their rows change and each has a feed row, none of it applied yet. */
    private List<Long> renamedElsewhere(int count, String title) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(add("R" + i, "帆布旧包 " + i));
        }
        FeedApplied.await(feed, OpenSearchProcess.FEED_WAIT);
        for (long id : ids) {
            jdbc.update("UPDATE product SET title = ?, updated_at = updated_at + INTERVAL 1 SECOND WHERE id = ?", title, id);
            OtherNodes.wroteProducts(node, belt.id(), List.of(id));
        }
        return ids;
    }

    /** The real indexer, counting the rows it applies for one node. */
    private FeedApplier counted(List<Long> applied) {
        return new FeedApplier() {
            @Override
            public void apply(FeedEntry entry) {
                indexer.apply(entry);
                applied.add(entry.id());
            }

            @Override
            public void flush(boolean awaited) {
                indexer.flush(awaited);
            }
        };
    }

    private static void drainAll(DrainingConsumer consumer) {
        int idle = 0;
        while (idle < 3) {
            idle = consumer.pass() == 0 ? idle + 1 : 0;
        }
    }

    @Test
    void aCommittedChangeIsSearchableOnTheClusterOnceItsRowIsDrained() {
        long bag = add("C1", "牛皮公文包");

        FeedApplied.await(feed, OpenSearchProcess.FEED_WAIT);

        assertThat(found("公文包")).containsExactly(bag);
        assertThat(undrained()).isZero();
    }

    @Test
    void anotherNodesChangeIsNotSearchableUntilARowIsDrainedAndTwoNodesApplyEachRowOnce() throws Exception {
        List<Long> renamed = renamedElsewhere(40, "尼龙新包");
        assertThat(found("尼龙新包")).as("nothing drained the rows yet").isEmpty();

        List<Long> onA = Collections.synchronizedList(new ArrayList<>());
        List<Long> onB = Collections.synchronizedList(new ArrayList<>());
        DrainingConsumer nodeA = OtherNodes.drain(node, List.of(counted(onA)));
        DrainingConsumer nodeB = OtherNodes.drain(node, List.of(counted(onB)));
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> drainAll(nodeA));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> drainAll(nodeB));
        CompletableFuture.allOf(a, b).get(60, TimeUnit.SECONDS);

        List<Long> both = new ArrayList<>(onA);
        both.addAll(onB);
        assertThat(both).as("rows applied by A %s and B %s", onA, onB).doesNotHaveDuplicates().hasSize(renamed.size());
        assertThat(undrained()).isZero();
        assertThat(found("尼龙新包")).containsExactlyInAnyOrderElementsOf(renamed);
    }

    /**
     * Node A locks the rows, applies one and dies: its connection is killed, as a dead node's is dropped. Until
     * then node B finds nothing to take; then B takes every row, the one A had applied too (at least once).
     */
    @Test
    void aNodeThatDiesMidBatchLeavesItsRowsToTheOther() throws Exception {
        List<Long> renamed = renamedElsewhere(10, "麻布新包");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch killed = new CountDownLatch(1);
        AtomicLong connection = new AtomicLong();
        List<Long> onA = Collections.synchronizedList(new ArrayList<>());
        FeedApplier dying = entry -> {
            indexer.apply(entry);
            onA.add(entry.id());
            // The pass's own connection: the one whose locks hold the rows.
            connection.set(jdbc.queryForObject("SELECT CONNECTION_ID()", Long.class));
            holding.countDown();
            await(killed);
            throw new IllegalStateException("node A stopped mid-batch");
        };
        CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(() -> OtherNodes.drain(node, List.of(dying)).pass());
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

        List<Long> onB = Collections.synchronizedList(new ArrayList<>());
        DrainingConsumer nodeB = OtherNodes.drain(node, List.of(counted(onB)));
        assertThat(nodeB.pass()).as("every row is locked by A").isZero();

        jdbc.execute("KILL CONNECTION " + connection.get());
        killed.countDown();
        // Its pass fails: the rollback finds the connection gone, as it would for a node that stopped.
        assertThatThrownBy(() -> nodeA.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThat(onA).hasSize(1);

        drainAll(nodeB);
        assertThat(onB).hasSize(renamed.size());
        assertThat(undrained()).isZero();
        assertThat(found("麻布新包")).containsExactlyInAnyOrderElementsOf(renamed);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
