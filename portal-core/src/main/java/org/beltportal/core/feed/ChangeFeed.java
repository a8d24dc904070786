package org.beltportal.core.feed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.beltportal.core.product.Product;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes changes into {@code change_feed} in the transaction that makes them, so a change and its feed row commit
 * together or not at all. Within a transaction changes are gathered (a bulk edit of 500 products audits 500 times)
 * and written as the transaction commits, one row per belt and kind (product and supplier ids
 * {@value FeedRows#MAX_IDS} a row): written last, a row's id is taken a moment before its commit, which keeps the
 * window in which a lower id is still uncommitted short (decision 0043). Outside a transaction a change is
 * written at once.
 */
@Component
public class ChangeFeed {

    private final FeedRows rows;
    private final FeedSignal signal;
    private final Clock clock;
    /** Products this node's imports wrote, by the feed row naming them, until this node's tail applies it. */
    private final ConcurrentMap<Long, List<Product>> createdByRow = new ConcurrentHashMap<>();
    /** Rows this node wrote: their changes were applied to this node's caches at commit by the local events. */
    private final Set<Long> writtenHere = ConcurrentHashMap.newKeySet();

    ChangeFeed(FeedRows rows, FeedSignal signal, Clock clock) {
        this.rows = rows;
        this.signal = signal;
        this.clock = clock;
    }

    /** Records a belt-wide change (synonyms, content, the belt's own settings). */
    public CompletableFuture<List<Long>> record(ChangeKind kind, TenantId tenantId) {
        return record(kind, tenantId, List.of(), List.of());
    }

    /**
     * Records a change; the future completes after the transaction ends with the ids of the rows it wrote (all
     * of them, this change's among them), empty when it rolled back.
     *
     * @param created products inserted exactly as written, which this node's index may take without re-reading
     */
    public CompletableFuture<List<Long>> record(ChangeKind kind, TenantId tenantId, Collection<Long> ids,
                                                List<Product> created) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending alone = new Pending();
            alone.add(kind, tenantId, ids, created);
            List<Long> written = alone.write();
            alone.committed(written);
            return CompletableFuture.completedFuture(written);
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(kind, tenantId, ids, created);
        return pending.done;
    }

    /** Whether this node wrote row {@code id} (and so dropped its own cached copies at the commit); asked once. */
    boolean writtenHere(long id) {
        return writtenHere.remove(id);
    }

    /** The products an import on this node wrote with feed row {@code id}, handed over once. */
    List<Product> takeCreated(long id) {
        List<Product> created = createdByRow.remove(id);
        return created == null ? List.of() : created;
    }

    private record Key(ChangeKind kind, TenantId tenantId) {
    }

    /** One transaction's changes, written as it commits. */
    private final class Pending implements TransactionSynchronization {

        final Map<Key, Set<Long>> ids = new LinkedHashMap<>();
        final Map<Long, Product> created = new LinkedHashMap<>();
        final Map<Long, List<Product>> createdByWrittenRow = new LinkedHashMap<>();
        final CompletableFuture<List<Long>> done = new CompletableFuture<>();
        List<Long> written = List.of();
        boolean flushed;

        void add(ChangeKind kind, TenantId tenantId, Collection<Long> changed, List<Product> products) {
            if (flushed) {
                // Recorded by another synchronization's beforeCommit after this one wrote: still in the transaction.
                Pending late = new Pending();
                late.add(kind, tenantId, changed, products);
                List<Long> more = new ArrayList<>(written);
                more.addAll(late.write());
                createdByWrittenRow.putAll(late.createdByWrittenRow);
                written = List.copyOf(more);
                return;
            }
            ids.computeIfAbsent(new Key(kind, tenantId), key -> new LinkedHashSet<>()).addAll(changed);
            products.forEach(product -> created.put(product.id(), product));
        }

        List<Long> write() {
            List<Long> rowIds = new ArrayList<>();
            ids.forEach((key, changed) -> {
                List<Long> all = List.copyOf(changed);
                int from = 0;
                do {
                    List<Long> chunk = all.subList(from, Math.min(all.size(), from + FeedRows.MAX_IDS));
                    long id = rows.insert(key.kind(), key.tenantId(), chunk, clock.instant());
                    rowIds.add(id);
                    writtenHere.add(id);
                    if (key.kind() == ChangeKind.PRODUCTS) {
                        List<Product> mine = chunk.stream().map(created::get).filter(p -> p != null).toList();
                        if (!mine.isEmpty()) {
                            createdByWrittenRow.put(id, mine);
                        }
                    }
                    from += FeedRows.MAX_IDS;
                } while (from < all.size());
            });
            return rowIds;
        }

        void committed(List<Long> rowIds) {
            createdByRow.putAll(createdByWrittenRow);
            signal.wake();
            done.complete(rowIds);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = write();
            flushed = true;
        }

        @Override
        public void afterCommit() {
            committed(written);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ChangeFeed.this);
            if (status != STATUS_COMMITTED) {
                writtenHere.removeAll(written);
            }
            done.complete(List.of());
        }
    }
}
