package org.beltportal.themes.engine;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.beltportal.core.tenant.TenantId;

/**
 * A belt whose template overrides keep failing its renders gets its theme's own templates for a while: after
 * {@code failures} failed renders within {@code suspension}, its pages render without overrides for
 * {@code suspension}, then the overrides are tried again. A failing render may cost up to the render time limit
 * of CPU: without this, anonymous requests for a page whose override loops kept the belt's render slots busy
 * around the clock and took a share of every core from the other belts (the festival-spike soak,
 * docs/benchmarks.md). Buyers meanwhile get the theme's page instead of an error page.
 */
final class OverrideSuspensions {

    private final int failures;
    private final long suspensionNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<TenantId, Failures> byTenant = new ConcurrentHashMap<>();

    OverrideSuspensions(int failures, Duration suspension, LongSupplier nanoTime) {
        this.failures = failures;
        this.suspensionNanos = suspension.toNanos();
        this.nanoTime = nanoTime;
    }

    boolean suspended(TenantId tenant) {
        Failures recent = byTenant.get(tenant);
        return recent != null && recent.suspendedAt(nanoTime.getAsLong());
    }

    /** Counts a failed render of the belt's overrides; true when this one suspends them. */
    boolean failed(TenantId tenant) {
        return byTenant.computeIfAbsent(tenant, id -> new Failures()).add(nanoTime.getAsLong());
    }

    /** A saved or reverted override deserves a fresh chance: the belt's failures so far are forgotten. */
    void lift(TenantId tenant) {
        byTenant.remove(tenant);
    }

    /** Belts with a failed render of their overrides remembered (until a save or revert lifts it). */
    long belts() {
        return byTenant.size();
    }

    /** The times of a belt's recent failures, and until when its overrides are suspended. */
    private final class Failures {
        private final Deque<Long> times = new ArrayDeque<>();
        private long suspendedUntil;
        private boolean suspending;

        synchronized boolean suspendedAt(long now) {
            return suspending && suspendedUntil - now > 0;
        }

        synchronized boolean add(long now) {
            while (!times.isEmpty() && now - times.peekFirst() > suspensionNanos) {
                times.removeFirst();
            }
            times.addLast(now);
            if (times.size() < failures || suspendedAt(now)) {
                return false;
            }
            times.clear();
            suspending = true;
            suspendedUntil = now + suspensionNanos;
            return true;
        }
    }
}
