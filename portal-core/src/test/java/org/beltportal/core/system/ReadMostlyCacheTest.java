package org.beltportal.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beltportal.core.testing.Eventually.eventually;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * What the soak of issue 14 needed from the caches every page reads: a slow load holds up only the callers of
 * its own key, a value past its refresh age is served while it reloads, and a failed load is not kept.
 */
class ReadMostlyCacheTest {

    private static final Duration REFRESH = Duration.ofSeconds(10);
    private static final Duration EXPIRY = Duration.ofMinutes(1);

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void aSlowLoadOfOneKeyDoesNotHoldUpAnother() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ReadMostlyCache<String, String> cache = cache(key -> {
            if (key.equals("slow")) {
                await(release);
            }
            return key.toUpperCase();
        });
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> cache.get("slow"));

        // Many other keys, some sharing the slow key's hash bin: none waits for the slow load.
        for (int i = 0; i < 200; i++) {
            assertThat(cache.get("k" + i)).isEqualTo("K" + i);
        }
        assertThat(slow).isNotDone();
        release.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("SLOW");
    }

    @Test
    void aValuePastItsRefreshAgeIsServedWhileItReloads() throws Exception {
        AtomicInteger version = new AtomicInteger(1);
        CountDownLatch reloadStarted = new CountDownLatch(1);
        CountDownLatch reloadMayFinish = new CountDownLatch(1);
        ReadMostlyCache<String, Integer> cache = cache(key -> {
            int v = version.get();
            if (v > 1) {
                reloadStarted.countDown();
                await(reloadMayFinish);
            }
            return v;
        });
        assertThat(cache.get("belt")).isEqualTo(1);

        version.set(2);
        // Caffeine stamps a finished load's age in a callback that may run after get() returned, so one move of
        // the clock may land before the stamp and leave the value fresh: move it on each read until a reload starts.
        // The reload then blocks in the database; every read meanwhile gets the old value at once.
        eventually("a reload to start", Duration.ofSeconds(10), () -> {
            nanos.addAndGet(REFRESH.plusSeconds(1).toNanos());
            assertThat(cache.get("belt")).isEqualTo(1);
            return reloadStarted.getCount();
        }, count -> count == 0);
        assertThat(cache.get("belt")).isEqualTo(1);
        reloadMayFinish.countDown();
        assertThat(eventually("the reloaded value", Duration.ofSeconds(10), () -> cache.get("belt"), v -> v == 2))
                .isEqualTo(2);
    }

    @Test
    void anInvalidatedKeyIsReadAfresh() {
        AtomicInteger version = new AtomicInteger(1);
        ReadMostlyCache<String, Integer> cache = cache(key -> version.get());
        assertThat(cache.get("belt")).isEqualTo(1);

        version.set(2);
        assertThat(cache.get("belt")).isEqualTo(1);
        cache.invalidate("belt");
        assertThat(cache.get("belt")).isEqualTo(2);
    }

    @Test
    void aFailedLoadReachesItsCallerAndIsNotKept() {
        AtomicInteger calls = new AtomicInteger();
        ReadMostlyCache<String, String> cache = cache(key -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database unavailable");
            }
            return "ok";
        });

        assertThatThrownBy(() -> cache.get("belt")).isInstanceOf(IllegalStateException.class)
                .hasMessage("database unavailable");
        assertThat(cache.get("belt")).isEqualTo("ok");
    }

    private <V> ReadMostlyCache<String, V> cache(java.util.function.Function<String, V> loader) {
        return new ReadMostlyCache<>(REFRESH, EXPIRY, 1_000, loader, nanos::get);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
