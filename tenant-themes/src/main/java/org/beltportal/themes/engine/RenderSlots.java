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
 */
final class RenderSlots {

    private static final Object PLATFORM = new Object();

    private final int perSite;
    private final Duration wait;
    private final Map<Object, Semaphore> bySite = new ConcurrentHashMap<>();

    /** @param wait how long a render waits for a slot of its site (portal.themes.render-slot-wait) */
    RenderSlots(int perSite, Duration wait) {
        this.perSite = perSite;
        this.wait = wait;
    }

    /** The site's slots; {@link Semaphore#release()} gives one back. */
    Semaphore of(Site site) {
        Object key = site instanceof Site.TenantSite tenantSite ? tenantSite.tenant().id() : PLATFORM;
        return bySite.computeIfAbsent(key, any -> new Semaphore(perSite));
    }

    /** Sites that have rendered since start: one entry each, never dropped (a belt's slots outlive its renders). */
    long sites() {
        return bySite.size();
    }

    /** Takes a slot of the site, waiting briefly; false when all stay busy. */
    boolean take(Semaphore slots) {
        try {
            return slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
