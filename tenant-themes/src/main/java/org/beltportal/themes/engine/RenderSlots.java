package org.beltportal.themes.engine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.beltportal.core.tenant.web.Site;

/**
 * How many renders each site may run at once: a belt's own slots, so a belt whose renders are all busy
 * (or overrunning a time limit they ignore) only makes its own pages wait, never another belt's. A slot
 * is held until the render's thread really ends, not until its request has been answered, so an
 * attacker who keeps a belt's renders overrunning exhausts that belt and nothing else.
 * <p>
 * A render whose belt's slots are all taken waits {@code wait}; then it tells a busy belt from a stuck one. While
 * the belt's renders keep finishing (one gave its slot back within the last {@value #PROGRESS_MILLIS} ms; a page
 * renders in 5-50 ms) it waits on, up to {@code patience}: a festival spike or a collection pause on the biggest
 * belt is a queue that drains, and refusing it answered buyers 503 in the soak (docs/benchmarks.md, session 14).
 * While none finish (overrunning renders hold them for the render timeout and beyond) it is refused at once, so
 * an attacked belt's requests do not hold request threads other belts need.
 */
final class RenderSlots {

    static final long PROGRESS_MILLIS = 250;
    private static final Object PLATFORM = new Object();

    private final int perSite;
    private final Duration wait;
    private final Duration patience;
    private final Map<Object, SiteSlots> bySite = new ConcurrentHashMap<>();

    /**
     * @param wait     how long a render waits for a slot of its site (portal.themes.render-slot-wait)
     * @param patience how long in all while the site's renders keep finishing (portal.themes.render-slot-patience)
     */
    RenderSlots(int perSite, Duration wait, Duration patience) {
        this.perSite = perSite;
        this.wait = wait;
        this.patience = patience.compareTo(wait) > 0 ? patience : wait;
    }

    /** The site's slots; {@link SiteSlots#release()} gives one back. */
    SiteSlots of(Site site) {
        Object key = site instanceof Site.TenantSite tenantSite ? tenantSite.tenant().id() : PLATFORM;
        return bySite.computeIfAbsent(key, any -> new SiteSlots(perSite));
    }

    /** Sites that have rendered since start: one entry each, never dropped (a belt's slots outlive its renders). */
    long sites() {
        return bySite.size();
    }

    /** Takes a slot of the site: waits briefly, longer while the site's renders keep finishing; false if refused. */
    boolean take(SiteSlots slots) {
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        try {
            if (slots.permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                return true;
            }
            for (long now = System.nanoTime(); now < deadline; now = System.nanoTime()) {
                if (now - slots.lastReleased > TimeUnit.MILLISECONDS.toNanos(PROGRESS_MILLIS)) {
                    return false;
                }
                long step = Math.min(deadline - now, TimeUnit.MILLISECONDS.toNanos(PROGRESS_MILLIS));
                if (slots.permits.tryAcquire(step, TimeUnit.NANOSECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * One site's slots, and when a render last gave one back. Not fair: a request arriving as a slot comes free
     * takes it at once instead of leaving it idle until a parked waiter is scheduled on a saturated core. Waiters
     * already parked are still served in the order they came.
     */
    static final class SiteSlots {
        private final Semaphore permits;
        private volatile long lastReleased = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

        private SiteSlots(int perSite) {
            this.permits = new Semaphore(perSite);
        }

        void release() {
            lastReleased = System.nanoTime();
            permits.release();
        }
    }
}
