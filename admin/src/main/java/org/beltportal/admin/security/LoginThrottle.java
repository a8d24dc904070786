package org.beltportal.admin.security;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing per username: after {@value #MAX_FAILURES} failures within the window every
 * attempt for that user is refused (429) until the window has passed since the last failure, even with
 * the right password. Per node and in memory: with several nodes an attacker gets that many tries per
 * node, which still bounds guessing; a shared store is the step beyond (docs/scaling.md).
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<String, AtomicInteger> failures =
            Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(100_000).build();

    public boolean isLocked(String username) {
        AtomicInteger count = failures.getIfPresent(key(username));
        return count != null && count.get() >= MAX_FAILURES;
    }

    public void failed(String username) {
        // Re-putting restarts the window from the latest failure.
        String key = key(username);
        AtomicInteger count = failures.get(key, k -> new AtomicInteger());
        count.incrementAndGet();
        failures.put(key, count);
    }

    public void succeeded(String username) {
        failures.invalidate(key(username));
    }

    public long retryAfterSeconds() {
        return WINDOW.toSeconds();
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
