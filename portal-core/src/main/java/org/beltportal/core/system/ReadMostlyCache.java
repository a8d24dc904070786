package org.beltportal.core.system;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * A cache of what nearly every request reads and operators rarely change: a belt by host or slug, its
 * branding, approved campaigns, synonyms, template versions. Two properties keep pages answering while the
 * database is busy (an import, a festival spike; the soak of issue 14 found both missing):
 * <ul>
 *   <li>A load never blocks requests for other keys. Caffeine's synchronous {@code get(key, loader)} runs the
 *       loader inside the map's compute, holding a lock on the key's hash bin; a loader waiting seconds for a
 *       pooled connection held up every request whose key shared the bin. Here loads run on
 *       {@link #LOADS}' threads and only callers of the same key wait for them.</li>
 *   <li>A value past {@code refreshAfter} is still served while it is reloaded in the background, so a slow
 *       database slows reloads, not pages.</li>
 * </ul>
 * Local changes call {@link #invalidate} after they commit. {@code refreshAfter} bounds how long a change
 * made on another node takes to show (one more request may see the old value while the reload runs);
 * {@code expireAfter} bounds how long a value is kept when nobody asks for it or its reloads keep failing.
 */
public final class ReadMostlyCache<K, V> {

    /** Loads are short database reads; a few threads suffice, and a burst of cold keys waits in the queue. */
    private static final ExecutorService LOADS = new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), Thread.ofPlatform().name("cache-load-", 0).daemon(true).factory());

    static {
        ((ThreadPoolExecutor) LOADS).allowCoreThreadTimeOut(true);
    }

    private final AsyncLoadingCache<K, V> cache;

    /** @param loader reads the current value; it must not return null (use Optional or an empty list) */
    public ReadMostlyCache(Duration refreshAfter, Duration expireAfter, int maxEntries, Function<K, V> loader) {
        this(refreshAfter, expireAfter, maxEntries, loader, Ticker.systemTicker());
    }

    /** With the clock the ages are measured by: tests move it instead of waiting. */
    ReadMostlyCache(Duration refreshAfter, Duration expireAfter, int maxEntries, Function<K, V> loader, Ticker ticker) {
        this.cache = Caffeine.newBuilder().executor(LOADS).ticker(ticker).refreshAfterWrite(refreshAfter)
                .expireAfterWrite(expireAfter).maximumSize(maxEntries).buildAsync(loader::apply);
    }

    /** The cached value, loading it first when there is none; a failed load throws its exception to each waiter. */
    public V get(K key) {
        CompletableFuture<V> value = cache.get(key);
        try {
            return value.get();
        } catch (ExecutionException failed) {
            // Caffeine drops a failed load itself, but on the loading thread and maybe after this caller wakes:
            // drop it here too, so the next call loads again.
            cache.asMap().remove(key, value);
            if (failed.getCause() instanceof RuntimeException e) {
                throw e;
            }
            if (failed.getCause() instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException e) {
            // An abandoned render: the load goes on for the callers after it.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + key, e);
        }
    }

    /** Entries held now (Caffeine's estimate: expired entries not yet cleaned up may count). */
    public long size() {
        return cache.synchronous().estimatedSize();
    }

    public void invalidate(K key) {
        cache.synchronous().invalidate(key);
    }

    public void invalidateAll() {
        cache.synchronous().invalidateAll();
    }
}
