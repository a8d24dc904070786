package org.beltportal.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

import org.beltportal.core.feed.FeedPoller;
import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobService;
import org.beltportal.core.job.JobState;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.search.index.FeedApplied;
import org.beltportal.search.index.IndexCheck;
import org.beltportal.search.index.IndexMaintenance;
import org.beltportal.search.opensearch.cluster.OnOpenSearchNode;
import org.beltportal.search.opensearch.cluster.OpenSearchProcess;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.SearchItem;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operators' index work (the console's belt re-index, the API's check and rebuild) goes through one port, and
 * with {@code portal.search.backend=opensearch} that port is the cluster's: a product changed behind the feed's
 * back shows in the check as an older copy and is searchable as it now is after the belt's re-index.
 */
@OnOpenSearchNode
class OpenSearchIndexMaintenanceTest extends TestDatabase {

    @Autowired
    IndexMaintenance maintenance;
    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    ProductSearch search;
    @Autowired
    DataSource dataSource;
    @Autowired
    JobService jobs;
    @Autowired
    FeedPoller feed;

    JdbcTemplate jdbc;
    Tenant belt;
    long supplier;

    @BeforeEach
    void belt() {
        jdbc = new JdbcTemplate(dataSource);
        belt = tenants.create("tester", Fixtures.uniqueSlug("maint"), Fixtures.settings("维护"), List.of());
        supplier = suppliers.create("tester", belt.id(), Fixtures.supplier("维护箱包厂")).id();
    }

    private IndexCheck.BeltComparison checked() {
        return maintenance.check().stream().filter(one -> one.belt().equals(belt.slug())).findFirst().orElseThrow();
    }

    private List<Long> found(String text) {
        return search.search(SearchScope.tenant(belt.id()), SearchQuery.text(text)).items().stream().map(SearchItem::id).toList();
    }

    @Test
    void theCheckAndTheBeltReindexActOnTheCluster() {
        assertThat(maintenance).isInstanceOf(OpenSearchIndexMaintenance.class);
        long kept = products.create("tester", belt.id(), Fixtures.product("M1", "帆布购物袋", supplier)).id();
        long changed = products.create("tester", belt.id(), Fixtures.product("M2", "麻布购物袋", supplier)).id();
        FeedApplied.await(feed, OpenSearchProcess.FEED_WAIT);
        assertThat(checked().matches()).isTrue();

        // A change made with SQL behind the application's back writes no feed row (docs/operations.md): neither
        // index learns of it, and only the check and a re-index can tell.
        jdbc.update("UPDATE product SET title = ?, updated_at = updated_at + INTERVAL 1 SECOND WHERE id = ?", "亚麻手提袋", changed);
        IndexCheck.BeltComparison before = checked();
        assertThat(before.staleIds()).containsExactly(changed);
        assertThat(found("手提袋")).isEmpty();

        Job job = maintenance.startBeltReindex("tester", belt.id());
        Job done = eventually("the re-index to finish", Duration.ofSeconds(60), () -> jobs.require(job.id()), j -> j.state().isFinished());

        assertThat(done.state()).as(done.message()).isEqualTo(JobState.SUCCEEDED);
        assertThat(done.tenantId()).isEqualTo(belt.id());
        assertThat(done.kind()).isEqualTo(IndexMaintenance.BELT_REINDEX_JOB);
        assertThat(checked().matches()).isTrue();
        assertThat(found("手提袋")).containsExactly(changed);
        assertThat(found("购物袋")).containsExactly(kept);
    }
}
