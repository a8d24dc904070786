package org.beltportal.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.synonym.SynonymService;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.testing.TwoBelts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The change feed on the real database: written with the change or not at all, tailed in order with gaps. */
@SpringBootTest
class ChangeFeedTest extends TestDatabase {

    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    SynonymService synonyms;
    @Autowired
    FeedRows rows;
    @Autowired
    ChangeFeed feed;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    TwoBelts belts;
    final List<FeedEntry> applied = new CopyOnWriteArrayList<>();
    final List<Object> published = new CopyOnWriteArrayList<>();
    final Position position = new Position();

    @BeforeEach
    void twoBelts() {
        belts = TwoBelts.create(tenants, suppliers);
    }

    private TailingConsumer tail(Duration gapTimeout) {
        FeedApplier recorder = applied::add;
        TailingConsumer tail = new TailingConsumer(rows, feed, () -> List.of(recorder), () -> position, published::add,
                Clock.systemUTC(), gapTimeout, 500);
        tail.start();
        return tail;
    }

    private List<FeedEntry> rowsOf(TenantId tenant, long after) {
        return rows.after(after, 10_000).stream().filter(row -> row.tenantId().equals(tenant)).toList();
    }

    @Test
    void aChangeWritesItsRowsInItsOwnTransactionOnePerBeltAndKind() {
        long before = rows.head();
        synonyms.replace("tester", belts.zhili().id(), List.of(List.of("拉杆箱", "行李箱")));
        suppliers.create("tester", belts.zhili().id(), Fixtures.supplier("织里二厂"));

        assertThat(rowsOf(belts.zhili().id(), before)).extracting(FeedEntry::kind)
                .containsExactlyInAnyOrder(ChangeKind.SYNONYMS, ChangeKind.CONTENT, ChangeKind.SUPPLIERS, ChangeKind.CONTENT);
        assertThat(rowsOf(belts.baigou().id(), before)).isEmpty();
    }

    @Test
    void aRolledBackTransactionLeavesNoRow() {
        long before = rows.head();
        transaction.executeWithoutResult(status -> {
            suppliers.create("tester", belts.zhili().id(), Fixtures.supplier("不存在的厂"));
            status.setRollbackOnly();
        });

        assertThat(rowsOf(belts.zhili().id(), before)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change_feed WHERE id > ? AND tenant_id = ?", Long.class,
                before, belts.zhili().id().value())).isZero();
    }

    @Test
    void manyChangesOfOneTransactionShareItsRowsAndIdsAreSplitByAThousand() {
        long before = rows.head();
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 2500; id++) {
            ids.add(id);
        }
        transaction.executeWithoutResult(status -> {
            feed.record(ChangeKind.PRODUCTS, belts.zhili().id(), ids.subList(0, 1200), List.of());
            feed.record(ChangeKind.PRODUCTS, belts.zhili().id(), ids.subList(1000, 2500), List.of());
            feed.record(ChangeKind.CONTENT, belts.zhili().id());
            feed.record(ChangeKind.CONTENT, belts.zhili().id());
        });

        List<FeedEntry> written = rowsOf(belts.zhili().id(), before);
        assertThat(written).extracting(FeedEntry::kind)
                .containsExactly(ChangeKind.PRODUCTS, ChangeKind.PRODUCTS, ChangeKind.PRODUCTS, ChangeKind.CONTENT);
        assertThat(written.stream().limit(3).flatMap(row -> row.ids().stream()).toList()).isEqualTo(ids);
    }

    @Test
    void theTailAppliesEveryRowOnceInOrderAndTellsTheCachesOfRowsOtherNodesWrote() {
        TailingConsumer tail = tail(Duration.ofSeconds(30));
        synonyms.replace("tester", belts.baigou().id(), List.of(List.of("书包", "背包")));
        // Written as another node would: not through this node's ChangeFeed.
        long elsewhere = rows.insert(ChangeKind.CONTENT, belts.zhili().id(), List.of(), Instant.now());
        rows.insert(ChangeKind.PRODUCTS, belts.zhili().id(), List.of(1L, 2L), Instant.now());
        long last = rows.head();

        tail.pass();
        tail.pass();

        List<FeedEntry> baigou = applied.stream().filter(row -> row.tenantId().equals(belts.baigou().id())).toList();
        assertThat(baigou).extracting(FeedEntry::kind).containsExactlyInAnyOrder(ChangeKind.SYNONYMS, ChangeKind.CONTENT);
        assertThat(baigou).extracting(FeedEntry::id).isSorted();
        assertThat(applied).extracting(FeedEntry::id).contains(elsewhere);
        assertThat(published).contains(new ChangeArrived(belts.zhili().id(), ChangeKind.CONTENT, false),
                new ChangeArrived(belts.zhili().id(), ChangeKind.PRODUCTS, true));
        assertThat(position.applied()).hasValue(last);
        assertThat(tail.whenApplied(last)).isCompleted();
    }

    @Test
    void aLowerIdThatCommitsAfterAHigherOneIsStillApplied() throws Exception {
        TailingConsumer tail = tail(Duration.ofSeconds(30));
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Long> slow = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            long id = rows.insert(ChangeKind.CONTENT, belts.zhili().id(), List.of(), Instant.now());
            inserted.countDown();
            await(release);
            return id;
        }));
        assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
        long higher = transaction.execute(status -> rows.insert(ChangeKind.CONTENT, belts.baigou().id(), List.of(), Instant.now()));

        tail.pass();
        assertThat(applied).extracting(FeedEntry::id).contains(higher);
        // The position stays below the lower id until it turns up: a restart looks for it again.
        assertThat(position.applied().getAsLong()).isLessThan(higher - 1);

        release.countDown();
        long lower = slow.get(10, TimeUnit.SECONDS);
        assertThat(lower).isLessThan(higher);
        CompletableFuture<Void> lowerApplied = tail.whenApplied(lower);
        assertThat(lowerApplied).isNotDone();
        tail.pass();

        assertThat(applied).extracting(FeedEntry::id).containsOnlyOnce(lower, higher);
        assertThat(lowerApplied).isCompleted();
        assertThat(position.applied()).hasValue(Math.max(higher, rows.head()));
    }

    @Test
    void anIdOfARolledBackTransactionIsPassedOverAfterTheGapTimeout() throws Exception {
        TailingConsumer tail = tail(Duration.ofMillis(300));
        long rolledBack = transaction.execute(status -> {
            status.setRollbackOnly();
            return rows.insert(ChangeKind.CONTENT, belts.zhili().id(), List.of(), Instant.now());
        });
        long after = rows.insert(ChangeKind.CONTENT, belts.baigou().id(), List.of(), Instant.now());

        tail.pass();
        assertThat(position.applied().getAsLong()).isLessThan(rolledBack);
        Thread.sleep(400);
        tail.pass();

        assertThat(position.applied().getAsLong()).isGreaterThanOrEqualTo(after);
        assertThat(applied).extracting(FeedEntry::id).doesNotContain(rolledBack).contains(after);
    }

    @Test
    void aRestartedTailResumesFromItsPositionAndAppliesOnlyWhatCameLater() {
        TailingConsumer first = tail(Duration.ofSeconds(30));
        rows.insert(ChangeKind.CONTENT, belts.zhili().id(), List.of(), Instant.now());
        first.pass();
        applied.clear();

        long missed = rows.insert(ChangeKind.CONTENT, belts.baigou().id(), List.of(), Instant.now());
        TailingConsumer restarted = tail(Duration.ofSeconds(30));
        restarted.pass();

        assertThat(applied).extracting(FeedEntry::id).containsExactly(missed);
    }

    @Test
    void aFailingRowIsRetriedAndDoesNotAdvanceThePosition() {
        List<Long> attempts = new CopyOnWriteArrayList<>();
        long failing = rows.insert(ChangeKind.CONTENT, belts.zhili().id(), List.of(), Instant.now());
        FeedApplier flaky = entry -> {
            if (entry.id() == failing && attempts.size() < 2) {
                attempts.add(entry.id());
                throw new IllegalStateException("database away");
            }
            applied.add(entry);
        };
        position.applied(failing - 1);
        TailingConsumer tail = new TailingConsumer(rows, feed, () -> List.of(flaky), () -> position, published::add,
                Clock.systemUTC(), Duration.ofSeconds(30), 500);
        tail.start();

        tail.pass();
        assertThat(position.applied()).hasValue(failing - 1);
        tail.pass();
        tail.pass();

        assertThat(attempts).hasSize(2);
        assertThat(applied).extracting(FeedEntry::id).containsOnlyOnce(failing);
        assertThat(position.applied().getAsLong()).isGreaterThanOrEqualTo(failing);
    }

    @Test
    void drainingAppliesEachRowOnceAcrossConsumersAndAFailedPassLeavesItsRows() throws Exception {
        TenantId zhili = belts.zhili().id();
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            mine.add(rows.insert(ChangeKind.PRODUCTS, zhili, List.of((long) i), Instant.now()));
        }
        FeedApplier failing = entry -> {
            throw new IllegalStateException("cluster away");
        };
        DrainingConsumer broken = new DrainingConsumer(rows, transaction, List.of(failing), Clock.systemUTC(), 25);
        try {
            broken.pass();
        } catch (IllegalStateException expected) {
            // the pass rolled back
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change_feed WHERE tenant_id = ? AND kind = 'PRODUCTS' AND drained_at IS NULL",
                Long.class, zhili.value())).isEqualTo(60);

        List<Long> drained = Collections.synchronizedList(new ArrayList<>());
        FeedApplier slow = entry -> {
            drained.add(entry.id());
            sleep(2);
        };
        DrainingConsumer nodeA = new DrainingConsumer(rows, transaction, List.of(slow), Clock.systemUTC(), 25);
        DrainingConsumer nodeB = new DrainingConsumer(rows, transaction, List.of(slow), Clock.systemUTC(), 25);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> drainAll(nodeA));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> drainAll(nodeB));
        CompletableFuture.allOf(a, b).get(60, TimeUnit.SECONDS);

        assertThat(drained).containsAll(mine);
        assertThat(drained).doesNotHaveDuplicates();
    }

    @Test
    void onlyTheNodeHoldingTheLeasePurgesAndOnlyOldRows() {
        Instant now = Instant.now();
        long old = rows.insert(ChangeKind.CONTENT, belts.zhili().id(), List.of(), now.minus(Duration.ofDays(2)));
        long recent = rows.insert(ChangeKind.CONTENT, belts.zhili().id(), List.of(), now);
        jdbc.update("UPDATE change_feed_purge SET holder = NULL, lease_until = '2000-01-01 00:00:00' WHERE id = 1");
        FeedProperties properties = new FeedProperties(Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofDays(1),
                Duration.ofMinutes(10), 500);
        FeedRetention nodeA = new FeedRetention(rows, properties, Clock.systemUTC());
        FeedRetention nodeB = new FeedRetention(rows, properties, Clock.systemUTC());

        assertThat(nodeA.purgeIfDue()).isPositive();
        assertThat(nodeB.purgeIfDue()).isZero();

        Set<Long> left = Set.copyOf(jdbc.queryForList("SELECT id FROM change_feed WHERE id IN (?, ?)", Long.class, old, recent));
        assertThat(left).containsExactly(recent);
    }

    private static void drainAll(DrainingConsumer consumer) {
        int idle = 0;
        while (idle < 3) {
            idle = consumer.pass() == 0 ? idle + 1 : 0;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Position implements FeedPosition {
        private long position = -1;

        @Override
        public synchronized OptionalLong applied() {
            return position < 0 ? OptionalLong.empty() : OptionalLong.of(position);
        }

        @Override
        public synchronized void applied(long applied) {
            position = applied;
        }
    }
}
