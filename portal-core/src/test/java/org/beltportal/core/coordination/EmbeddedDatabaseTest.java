package org.beltportal.core.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.beltportal.core.coordination.LimitStates.Key;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The embedded default (H2 in MySQL mode, the URL options of application.properties) runs migration V19 and the
 * same limit and lock statements as MySQL; the single embedded node shares nothing, but takes the same path.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:coordination;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "spring.datasource.driver-class-name=org.h2.Driver"})
class EmbeddedDatabaseTest {

    @Autowired
    JdbcLimitStates limits;
    @Autowired
    OneNodeJobs jobs;
    @Autowired
    Clock clock;

    @Test
    void limitStatesCountAndForgetOnH2() {
        Key first = new Key("h2-test", "one");
        Key second = new Key("h2-test", "two");
        for (int i = 0; i < 3; i++) {
            limits.update(List.of(first, second), locked -> {
                long[] count = locked.get(first);
                locked.put(first, new long[] {count.length == 0 ? 1 : count[0] + 1}, clock.instant().plusSeconds(60));
                locked.remove(second);
                return null;
            });
        }

        long[] read = limits.update(List.of(first, second), locked -> locked.get(first));
        assertThat(read).containsExactly(3);
    }

    @Test
    void jobLocksWorkOnH2() {
        AtomicInteger runs = new AtomicInteger();
        OneNodeJob job = new OneNodeJob("h2-test", Duration.ofMinutes(10), Duration.ofMinutes(1), () -> {
            runs.incrementAndGet();
            // The lock is held while the job runs: the same node cannot start it a second time.
            assertThat(jobs.runIfFree(new OneNodeJob("h2-test", Duration.ofMinutes(10), Duration.ofMinutes(1), runs::incrementAndGet)))
                    .isFalse();
        });

        assertThat(jobs.runIfFree(job)).isTrue();
        assertThat(runs).hasValue(1);
    }
}
