package org.beltportal.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beltportal.core.testing.Eventually.eventually;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class EventuallyTest {

    @Test
    void returnsTheFirstValueTheConditionAccepts() {
        AtomicInteger polls = new AtomicInteger();

        int seen = eventually("the third poll", Duration.ofSeconds(5), polls::incrementAndGet, n -> n >= 3);

        assertThat(seen).isEqualTo(3);
        assertThat(polls).hasValue(3);
    }

    @Test
    void timingOutSaysWhatItWaitedForAndTheLastValueSeen() {
        assertThatThrownBy(() -> eventually("the job to end", Duration.ofMillis(200), () -> "running", "succeeded"::equals))
                .isInstanceOf(AssertionError.class)
                .hasMessage("waited 200 ms for the job to end; last seen: running")
                .hasNoCause();
    }

    @Test
    void exceptionsCountAsNotYetAndTheLastOneIsReported() {
        AtomicInteger polls = new AtomicInteger();

        assertThat(eventually("the server to answer", Duration.ofSeconds(5), () -> {
            if (polls.incrementAndGet() < 3) {
                throw new IOException("Connection refused");
            }
            return 200;
        }, status -> status == 200)).isEqualTo(200);
        assertThatThrownBy(() -> eventually("the server to answer", Duration.ofMillis(200), () -> {
            throw new IOException("Connection refused");
        }, status -> true))
                .hasMessage("waited 200 ms for the server to answer; last seen: java.io.IOException: Connection refused")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void aFailedAssertionInTheProbeFailsAtOnce() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> eventually("search to answer during a rebuild", Duration.ofSeconds(30), () -> {
            assertThat(0L).as("hits").isEqualTo(1L);
            return "never";
        }, value -> false)).isInstanceOf(AssertionError.class).hasMessageContaining("hits");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
