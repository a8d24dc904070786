package org.beltportal.core.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.beltportal.core.coordination.LimitStates.Key;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The shared limit store on the real database: atomic under contention, expiry, purge, and what a count costs. */
@SpringBootTest
class JdbcLimitStatesTest extends TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(JdbcLimitStatesTest.class);

    @Autowired
    JdbcLimitStates limits;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private static Key key(String kind) {
        return new Key(kind, UUID.randomUUID().toString());
    }

    private long increment(Key key) {
        return limits.update(List.of(key), locked -> {
            long[] count = locked.get(key);
            long next = (count.length == 0 ? 0 : count[0]) + 1;
            locked.put(key, new long[] {next}, clock.instant().plus(Duration.ofMinutes(5)));
            return next;
        });
    }

    @Test
    void countsFromManyThreadsAtOnceAreNeverLost() throws Exception {
        Key key = key("test-count");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        increment(key);
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(increment(key)).isEqualTo(201);
    }

    @Test
    void keysOfAnyLengthAndStatesOfManyNumbersRoundTrip() {
        Key longKey = new Key("test-long", "?" + "名".repeat(500) + "@2001:db8::1");
        long[] times = new long[300];
        for (int i = 0; i < times.length; i++) {
            times[i] = 1_764_000_000_000L + i;
        }
        limits.update(List.of(longKey), locked -> {
            locked.put(longKey, times, clock.instant().plus(Duration.ofMinutes(5)));
            return null;
        });

        long[] read = limits.update(List.of(longKey), locked -> locked.get(longKey));
        assertThat(read).containsExactly(times);
    }

    @Test
    void anExpiredStateReadsAsAbsentAndThePurgeDeletesIt() {
        Key key = key("test-expiry");
        limits.update(List.of(key), locked -> {
            // Seconds ago: the database may keep expiry times to the second only.
            locked.put(key, new long[] {7}, clock.instant().minusSeconds(2));
            return null;
        });

        long[] read = limits.update(List.of(key), locked -> locked.get(key));
        assertThat(read).isEmpty();
        assertThat(limits.purgeExpired()).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM limit_state WHERE id = ?", Long.class, JdbcLimitStates.id(key))).isZero();
    }

    @Test
    void aRemovedKeyStartsAgainFromNothing() {
        Key key = key("test-remove");
        increment(key);
        increment(key);
        limits.update(List.of(key), locked -> {
            locked.remove(key);
            return null;
        });

        assertThat(increment(key)).isEqualTo(1);
    }

    /**
     * What a login attempt costs the database: one transaction locking and writing two rows (account and
     * address), as {@code LoginThrottle.begin} does. Logged for docs/scaling.md; bounded loosely so that a
     * store gone badly wrong (a table scan, a lock wait per call) fails.
     */
    @Test
    void aCountedRequestCostsAFewMilliseconds() {
        Key account = key("test-cost-account");
        Key address = key("test-cost-address");
        for (int i = 0; i < 50; i++) {
            countBoth(account, address);
        }
        int rounds = 200;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            countBoth(account, address);
        }
        double millis = (System.nanoTime() - started) / 1e6 / rounds;
        // For comparison: the cheapest write there is, one row updated in a transaction of its own.
        String id = JdbcLimitStates.id(account);
        long plainStarted = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            jdbc.update("UPDATE limit_state SET expires_at = ? WHERE id = ?", java.sql.Timestamp.from(clock.instant().plusSeconds(300 + i)), id);
        }
        double plainMillis = (System.nanoTime() - plainStarted) / 1e6 / rounds;
        log.info("A counted request (two keys locked, read and written in one transaction) took {} ms on average over {} rounds; "
                + "a bare one-row UPDATE committed on its own {} ms", String.format("%.2f", millis), rounds, String.format("%.2f", plainMillis));
        assertThat(millis).isLessThan(50);
    }

    private void countBoth(Key account, Key address) {
        Instant keep = clock.instant().plus(Duration.ofMinutes(5));
        limits.update(List.of(account, address), locked -> {
            locked.put(account, new long[] {locked.get(account).length + 1, 1}, keep);
            locked.put(address, new long[] {2, 3}, keep);
            return null;
        });
    }
}
