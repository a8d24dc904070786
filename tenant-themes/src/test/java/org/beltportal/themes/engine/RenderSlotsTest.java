package org.beltportal.themes.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.beltportal.core.tenant.web.Site;
import org.junit.jupiter.api.Test;

class RenderSlotsTest {

    private final RenderSlots slots = new RenderSlots(2, Duration.ofMillis(50), Duration.ofSeconds(2));
    private final RenderSlots.SiteSlots belt = slots.of(new Site.PlatformSite());

    /**
     * The biggest belt at a spike: both slots busy, another render ahead in the queue. A render finishes at 30 ms
     * and its slot goes to the one ahead; the next finishes at 200 ms, long after the short wait: still served.
     */
    @Test
    void aRenderWaitsOnWhileItsBeltsRendersKeepFinishing() throws Exception {
        assertThat(slots.take(belt)).isTrue();
        assertThat(slots.take(belt)).isTrue();
        CompletableFuture<Boolean> ahead = new CompletableFuture<>();
        Thread aheadThread = Thread.ofPlatform().start(() -> ahead.complete(slots.take(belt)));
        while (aheadThread.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait();
        }
        CompletableFuture.runAsync(() -> {
            sleep(20);
            belt.release();
            sleep(170);
            belt.release();
        });
        long started = System.nanoTime();

        assertThat(slots.take(belt)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(100));
        assertThat(ahead.get(5, TimeUnit.SECONDS)).isTrue();
    }

    /** An attacked belt: its renders overrun and give nothing back, so a request is refused after the short wait. */
    @Test
    void aBeltWhoseRendersAllOverrunIsRefusedAfterTheShortWait() {
        assertThat(slots.take(belt)).isTrue();
        assertThat(slots.take(belt)).isTrue();
        long started = System.nanoTime();

        assertThat(slots.take(belt)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(RenderSlots.PROGRESS_MILLIS));
    }

    /** A slot given back long ago is no sign of progress now: renders that once finished and now overrun refuse. */
    @Test
    void onlyRecentProgressCounts() {
        assertThat(slots.take(belt)).isTrue();
        belt.release();
        sleep(RenderSlots.PROGRESS_MILLIS + 50);
        assertThat(slots.take(belt)).isTrue();
        assertThat(slots.take(belt)).isTrue();
        long started = System.nanoTime();

        assertThat(slots.take(belt)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(RenderSlots.PROGRESS_MILLIS));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
