package org.beltportal.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beltportal.core.testing.Eventually.eventually;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.beltportal.core.feed.DeadLetter;
import org.beltportal.core.feed.DeadLetters;
import org.beltportal.core.feed.DrainingConsumer;
import org.beltportal.core.feed.FeedApplier;
import org.beltportal.core.feed.FeedPoller;
import org.beltportal.core.feed.OtherNodes;
import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobService;
import org.beltportal.core.job.JobState;
import org.beltportal.core.product.CatalogueScan;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.RequestsFirst;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.search.index.FeedApplied;
import org.beltportal.search.index.IndexCheck;
import org.beltportal.search.opensearch.cluster.OnOpenSearchNode;
import org.beltportal.search.opensearch.cluster.OpenSearchProcess;
import org.beltportal.search.query.SearchBackendProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document the cluster refuses is a dead letter and the drain goes on (decision 0054); a cluster that is away or
 * refuses every write still holds the drain, and nothing is lost. The refusal is a real one: this class's own
 * index, behind its own alias, has the product mapping with {@code title_en} mapped as an integer, so the cluster
 * refuses exactly the products that have an English title ("failed to parse field [title_en]") and takes the
 * others. Its drains run as another node's do, with an indexer writing to that alias. A belt re-index and a full
 * rebuild retry the dead letters.
 */
@OnOpenSearchNode
class OpenSearchDeadLetterTest extends TestDatabase {

    @Autowired
    ApplicationContext node;
    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    CatalogueScan catalogue;
    @Autowired
    JobService jobs;
    @Autowired
    RequestsFirst requestsFirst;
    @Autowired
    FeedPoller feed;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    IndexCheck check;
    /** The context's own indexer and index, behind the real alias and mapping. */
    @Autowired
    OpenSearchIndexer sharedIndexer;
    @Autowired
    OpenSearchProductIndex sharedIndex;
    @Autowired
    OpenSearchClient client;
    @Autowired
    JsonMapper json;
    @Autowired
    DataSource dataSource;
    @Autowired
    @Qualifier("searchDeadLettersHealthIndicator")
    HealthIndicator health;

    JdbcTemplate jdbc;
    Tenant belt;
    long supplier;
    String alias;
    OpenSearchProductIndex clashing;
    OpenSearchIndexer indexer;
    SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void beltAndAnIndexThatRefusesEnglishTitles() {
        jdbc = new JdbcTemplate(dataSource);
        belt = tenants.create("tester", Fixtures.uniqueSlug("dead"), Fixtures.settings("死信"), List.of());
        supplier = suppliers.create("tester", belt.id(), Fixtures.supplier("死信箱包厂")).id();
        alias = "dead-letters-" + belt.id().value();
        client.send("PUT", "/" + alias + "-1", titleEnAsInteger());
        client.send("POST", "/_aliases", Map.of("actions", List.of(Map.of("add", Map.of("index", alias + "-1", "alias", alias)))));
        clashing = index(client);
        indexer = indexer(clashing);
    }

    @AfterEach
    void dropTheIndex() {
        client.send("DELETE", "/" + alias + "-1", null);
    }

    /** The product mapping as this code creates it, but for {@code title_en}: an integer, which no title is. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> titleEnAsInteger() {
        Map<String, Object> body = new HashMap<>(ProductIndexSchema.body(1, 0));
        Map<String, Object> mappings = new HashMap<>((Map<String, Object>) body.get("mappings"));
        Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) mappings.get("properties"));
        properties.put("title_en", Map.of("type", "integer"));
        mappings.put("properties", properties);
        body.put("mappings", mappings);
        return body;
    }

    private OpenSearchProductIndex index(OpenSearchClient through) {
        return new OpenSearchProductIndex(through, new SearchBackendProperties("opensearch",
                List.of(OpenSearchProcess.node().url()), alias, 1, 0), Clock.systemUTC());
    }

    private OpenSearchIndexer indexer(OpenSearchProductIndex index) {
        return new OpenSearchIndexer(index, products, suppliers, catalogue, jobs, requestsFirst, feed,
                new RefusedDocuments(deadLetters, meters));
    }

    private long add(String sku, String title, String titleEn) {
        return products.create("tester", belt.id(), new ProductDraft(sku, title, titleEn, null, "箱包/双肩包", supplier, 10, "个",
                List.of(new PriceTier(10, new BigDecimal("35.00"))), Map.of(), List.of(), ProductStatus.ACTIVE)).id();
    }

    /** The products, created here (this node drains them into the real alias), then changed on another node. */
    private void changedElsewhere(List<Long> ids) {
        FeedApplied.await(feed, OpenSearchProcess.FEED_WAIT);
        for (long id : ids) {
            jdbc.update("UPDATE product SET updated_at = updated_at + INTERVAL 1 SECOND WHERE id = ?", id);
            OtherNodes.wroteProducts(node, belt.id(), List.of(id));
        }
    }

    private long undrained() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM change_feed WHERE tenant_id = ? AND drained_at IS NULL",
                Long.class, belt.id().value());
    }

    private List<Long> indexed() {
        OpenSearchDocuments documents = new OpenSearchDocuments(client, clashing);
        documents.awaitSearchable();
        List<Long> ids = new ArrayList<>();
        documents.scan(belt.id(), (id, updated) -> ids.add(id));
        return ids;
    }

    private static void drainAll(DrainingConsumer consumer) {
        int idle = 0;
        while (idle < 3) {
            idle = consumer.pass() == 0 ? idle + 1 : 0;
        }
    }

    private DrainingConsumer drain(FeedApplier applier) {
        return OtherNodes.drain(node, List.of(applier));
    }

    @Test
    void aDocumentTheMappingRefusesIsADeadLetterAndTheRowsAfterItAreApplied() {
        long english = add("E1", "帆布托特包", "Canvas tote");
        long before = add("E0", "帆布单肩包", null);
        long after = add("E2", "帆布手提包", null);
        changedElsewhere(List.of(before, english, after));

        drainAll(drain(indexer));

        assertThat(undrained()).as("every row drained, the refused one too").isZero();
        assertThat(indexed()).containsExactlyInAnyOrder(before, after);
        List<DeadLetter> letters = deadLetters.newest(belt.id(), 10);
        assertThat(letters).extracting(DeadLetter::productId).containsExactly(english);
        assertThat(letters.getFirst().reason()).contains("mapper_parsing_exception").contains("title_en");
        assertThat(meters.counter(RefusedDocuments.METRIC).count()).isEqualTo(1);
        assertThat((Long) health.health().getDetails().get("refusedDocuments")).isPositive();

        IndexCheck.BeltComparison compared = check.compareAll(new OpenSearchDocuments(client, clashing)).stream()
                .filter(one -> one.belt().equals(belt.slug())).findFirst().orElseThrow();
        assertThat(compared.refused()).isEqualTo(1);
        assertThat(compared.missingIds()).containsExactly(english);
    }

    @Test
    void aBeltReindexRetriesItsDeadLettersAndKeepsOnlyThoseRefusedAgain() {
        long fixed = add("F1", "麻布托特包", "Linen tote");
        long still = add("F2", "皮革托特包", "Leather tote");
        changedElsewhere(List.of(fixed, still));
        drainAll(drain(indexer));
        assertThat(deadLetters.newest(belt.id(), 10)).extracting(DeadLetter::productId).containsExactlyInAnyOrder(fixed, still);
        // The operator removes the English title this index cannot take from one of them.
        jdbc.update("UPDATE product SET title_en = NULL, updated_at = updated_at + INTERVAL 2 SECOND WHERE id = ?", fixed);

        OpenSearchIndexMaintenance maintenance = new OpenSearchIndexMaintenance(indexer, new OpenSearchDocuments(client, clashing),
                check, products, deadLetters, jobs, requestsFirst, Clock.systemUTC());
        Job job = maintenance.startBeltReindex("tester", belt.id());
        Job done = eventually("the re-index to finish", Duration.ofSeconds(60), () -> jobs.require(job.id()), j -> j.state().isFinished());

        assertThat(done.state()).as(done.message()).isEqualTo(JobState.SUCCEEDED);
        assertThat(indexed()).containsExactly(fixed);
        assertThat(deadLetters.newest(belt.id(), 10)).extracting(DeadLetter::productId).containsExactly(still);
        assertThat(meters.counter(RefusedDocuments.METRIC).count()).as("the second refusal of one is not counted again").isEqualTo(2);
    }

    /** The full rebuild writes every product again: a dead letter the cluster now takes is gone after the swap. */
    @Test
    void aRebuildRetriesEveryDeadLetter() throws InterruptedException {
        long bag = add("R1", "帆布挎包", "Canvas sling");
        FeedApplied.await(feed, OpenSearchProcess.FEED_WAIT);
        deadLetters.record(belt.id(), bag, "mapper_parsing_exception: refused by the index before this one");
        // The database may keep whole seconds (DeadLettersTest): the rebuild starts in a later one.
        Thread.sleep(1100);
        eventually("no rebuild running", Duration.ofSeconds(60), sharedIndex::rebuilding, running -> !running);

        Job job = sharedIndexer.startRebuild("tester");
        Job done = eventually("the rebuild to finish", Duration.ofSeconds(120), () -> jobs.require(job.id()), j -> j.state().isFinished());

        assertThat(done.state()).as(done.message()).isEqualTo(JobState.SUCCEEDED);
        assertThat(deadLetters.count(belt.id())).isZero();
    }

    /** A write block (what a full disk sets) refuses every document with 403: the index's state, not theirs. */
    @Test
    void anIndexThatRefusesEveryWriteHoldsTheDrainAndLosesNothing() {
        long bag = add("B1", "帆布背包", null);
        changedElsewhere(List.of(bag));
        client.send("PUT", "/" + alias + "-1/_settings", Map.of("index.blocks.write", true));
        try {
            assertThatThrownBy(() -> drain(indexer).pass()).hasMessageContaining("403");
            assertThat(undrained()).isEqualTo(1);
        } finally {
            client.send("PUT", "/" + alias + "-1/_settings", Map.of("index.blocks.write", false));
        }
        assertThat(deadLetters.count(belt.id())).isZero();

        drainAll(drain(indexer));
        assertThat(undrained()).isZero();
        assertThat(indexed()).containsExactly(bag);
    }

    @Test
    void anUnreachableClusterHoldsTheDrainAndLosesNothing() throws IOException {
        long bag = add("U1", "帆布腰包", null);
        changedElsewhere(List.of(bag));
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        try (OpenSearchClient away = new OpenSearchClient(List.of(URI.create("http://127.0.0.1:" + closed)), json)) {
            assertThatThrownBy(() -> drain(indexer(index(away))).pass()).isInstanceOf(RuntimeException.class);
        }
        assertThat(undrained()).isEqualTo(1);

        drainAll(drain(indexer));
        assertThat(undrained()).isZero();
        assertThat(indexed()).containsExactly(bag);
        assertThat(deadLetters.count(belt.id())).isZero();
    }
}
