package org.beltportal.core.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Every node applies every row, from its own position. InnoDB takes an AUTO_INCREMENT id when a row is inserted
 * and the row becomes visible when its transaction commits, so ids can appear out of order: 41 may commit after
 * 42 was read. The tail therefore keeps the ids it passed over without a row as gaps, looks for them again at each
 * poll, applies a row that turns up late, and gives a gap up after {@code gapTimeout} (an id taken by a rolled-back
 * transaction never turns up). The position it records is the id below the first open gap, so a restart looks for
 * the gaps again.
 */
public class TailingConsumer implements ChangeFeedConsumer {

    static final int MAX_ATTEMPTS = 5;
    /** More open gaps than this are given up oldest first: the gap queries of one poll stay bounded. */
    static final int MAX_GAPS = 100;
    /** Gap ids asked for by list in one query; a wider gap is asked for as a range. */
    static final int MAX_LISTED_IDS = 1000;
    private static final Logger log = LoggerFactory.getLogger(TailingConsumer.class);

    private final FeedRows rows;
    private final ChangeFeed feed;
    private final Supplier<List<FeedApplier>> appliersFound;
    private final Supplier<FeedPosition> positionFound;
    /** Found at start: the appliers need this node's index, which needs the feed. */
    private List<FeedApplier> appliers = List.of();
    private FeedPosition position;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration gapTimeout;
    private final int batchSize;

    /** Guards the fields below; passes run on one thread, waiters register from any. */
    private final Object state = new Object();
    private long maxSeen = -1;
    /** Open gaps by first id: ids passed over without a row, and since when. */
    private final TreeMap<Long, Gap> gaps = new TreeMap<>();
    private final Map<Long, CompletableFuture<Void>> waiters = new HashMap<>();
    private final List<CompletableFuture<Void>> passWaiters = new ArrayList<>();
    private long lastRecorded = -1;
    private long failingId = -1;
    private int failures;

    TailingConsumer(FeedRows rows, ChangeFeed feed, Supplier<List<FeedApplier>> appliers, Supplier<FeedPosition> position,
                    ApplicationEventPublisher events, Clock clock, Duration gapTimeout, int batchSize) {
        this.rows = rows;
        this.feed = feed;
        this.appliersFound = appliers;
        this.positionFound = position;
        this.events = events;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
        this.batchSize = batchSize;
    }

    /**
     * Starts from the recorded position, or from the head of the feed when there is none: what came before is
     * then the business of the index's own start (a rebuild or a catch-up from the database), which reads later.
     */
    void start() {
        appliers = List.copyOf(appliersFound.get());
        position = positionFound.get();
        OptionalLong recorded = position.applied();
        long from = recorded.isPresent() ? recorded.getAsLong() : rows.head();
        synchronized (state) {
            maxSeen = from;
            lastRecorded = recorded.orElse(-1);
        }
        log.info("Change feed followed from row {} ({})", from, recorded.isPresent() ? "this node's position" : "the head");
    }

    /** On the feed's thread, before the first pass. */
    void warmUp() {
        for (FeedApplier applier : appliers) {
            try {
                applier.warmUp();
            } catch (RuntimeException e) {
                log.warn("Warming up {} for the change feed failed; its first change is slower", applier, e);
            }
        }
    }

    /** Completes once row {@code id} has been applied on this node. */
    CompletableFuture<Void> whenApplied(long id) {
        synchronized (state) {
            if (id <= maxSeen && !inGap(id)) {
                return CompletableFuture.completedFuture(null);
            }
            return waiters.computeIfAbsent(id, key -> new CompletableFuture<>());
        }
    }

    /** Completes after a whole pass that starts after this call: every row committed before it is then applied. */
    CompletableFuture<Void> nextPass() {
        CompletableFuture<Void> next = new CompletableFuture<>();
        synchronized (state) {
            passWaiters.add(next);
        }
        return next;
    }

    /** Returns more than 0 only when a full batch was applied and more rows may wait. */
    @Override
    public int pass() {
        List<CompletableFuture<Void>> forThisPass;
        long after;
        List<Gap> open;
        synchronized (state) {
            forThisPass = new ArrayList<>(passWaiters);
            passWaiters.clear();
            after = maxSeen;
            open = new ArrayList<>(gaps.values());
        }
        List<FeedEntry> late = lateRows(open);
        List<FeedEntry> fresh = rows.after(after, batchSize);
        List<FeedEntry> todo = new ArrayList<>(late);
        todo.addAll(fresh);
        Outcome outcome = applyAll(todo, !forThisPass.isEmpty());
        long newMax = after;
        Instant now = clock.instant();
        synchronized (state) {
            for (FeedEntry entry : late) {
                if (outcome.done.contains(entry.id())) {
                    closeGapAt(entry.id());
                }
            }
            for (FeedEntry entry : fresh) {
                if (!outcome.done.contains(entry.id())) {
                    break;
                }
                if (entry.id() > newMax + 1) {
                    gaps.put(newMax + 1, new Gap(newMax + 1, entry.id() - 1, now));
                }
                newMax = entry.id();
            }
            maxSeen = newMax;
            giveUpOldGaps(now);
        }
        completeWaiters(outcome);
        recordPosition();
        boolean more = fresh.size() == batchSize && outcome.done.size() == todo.size();
        if (!more) {
            forThisPass.forEach(waiter -> waiter.complete(null));
        } else {
            synchronized (state) {
                passWaiters.addAll(forThisPass);
            }
        }
        return more ? Math.max(outcome.done.size(), 1) : 0;
    }

    /**
     * The rows of open gaps that have committed since: one query for the ids of small gaps (the usual case: a
     * transaction committing a moment late), a range query for a gap too wide to list.
     */
    private List<FeedEntry> lateRows(List<Gap> open) {
        List<Long> ids = new ArrayList<>();
        List<FeedEntry> late = new ArrayList<>();
        for (Gap gap : open) {
            if (gap.to - gap.from + 1 > MAX_LISTED_IDS - ids.size()) {
                late.addAll(rows.between(gap.from, gap.to));
            } else {
                for (long id = gap.from; id <= gap.to; id++) {
                    ids.add(id);
                }
            }
        }
        late.addAll(rows.withIds(ids));
        late.sort(java.util.Comparator.comparingLong(FeedEntry::id));
        return late;
    }

    /** Applies rows in order; a row that fails is retried at the next poll, and skipped after its fifth failure. */
    private Outcome applyAll(List<FeedEntry> todo, boolean passAwaited) {
        Outcome outcome = new Outcome();
        List<FeedEntry> applied = new ArrayList<>();
        for (FeedEntry row : todo) {
            FeedEntry entry = row.kind() == ChangeKind.PRODUCTS ? row.withCreated(feed.takeCreated(row.id())) : row;
            try {
                appliers.forEach(applier -> applier.apply(entry));
                applied.add(entry);
                outcome.done.add(entry.id());
            } catch (RuntimeException e) {
                failures = entry.id() == failingId ? failures + 1 : 1;
                failingId = entry.id();
                if (failures < MAX_ATTEMPTS) {
                    log.warn("Applying change feed row {} ({} of belt {}) failed, attempt {}: retried at the next poll",
                            entry.id(), entry.kind(), entry.tenantId().value(), failures, e);
                    break;
                }
                log.error("Applying change feed row {} ({} of belt {}) failed {} times: passed over; a belt re-index "
                        + "repairs its products", entry.id(), entry.kind(), entry.tenantId().value(), failures, e);
                outcome.done.add(entry.id());
                outcome.failed.add(entry.id());
            }
        }
        if (!applied.isEmpty()) {
            boolean someoneWaits;
            synchronized (state) {
                someoneWaits = passAwaited || !waiters.isEmpty() || !passWaiters.isEmpty();
            }
            appliers.forEach(applier -> applier.flush(someoneWaits));
        }
        // The node that wrote a row dropped its caches at the commit already: a second drop would only hold
        // its pages out of the cache for another settle period.
        Set<ChangeArrived> arrived = new LinkedHashSet<>();
        applied.stream().filter(entry -> !feed.writtenHere(entry.id()))
                .forEach(entry -> arrived.add(new ChangeArrived(entry.tenantId(), entry.kind(), entry.ids().size() > 1)));
        arrived.forEach(events::publishEvent);
        return outcome;
    }

    private void completeWaiters(Outcome outcome) {
        List<Map.Entry<Long, CompletableFuture<Void>>> ready = new ArrayList<>();
        synchronized (state) {
            Iterator<Map.Entry<Long, CompletableFuture<Void>>> it = waiters.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Long, CompletableFuture<Void>> waiter = it.next();
                if (outcome.done.contains(waiter.getKey()) || (waiter.getKey() <= maxSeen && !inGap(waiter.getKey()))) {
                    ready.add(waiter);
                    it.remove();
                }
            }
        }
        for (Map.Entry<Long, CompletableFuture<Void>> waiter : ready) {
            if (outcome.failed.contains(waiter.getKey())) {
                waiter.getValue().completeExceptionally(new IllegalStateException(
                        "change feed row " + waiter.getKey() + " could not be applied (see the log)"));
            } else {
                waiter.getValue().complete(null);
            }
        }
    }

    private void recordPosition() {
        long applied;
        synchronized (state) {
            applied = gaps.isEmpty() ? maxSeen : gaps.firstKey() - 1;
            if (applied == lastRecorded) {
                return;
            }
            lastRecorded = applied;
        }
        position.applied(applied);
    }

    private boolean inGap(long id) {
        Map.Entry<Long, Gap> floor = gaps.floorEntry(id);
        return floor != null && floor.getValue().to >= id;
    }

    private void closeGapAt(long id) {
        Map.Entry<Long, Gap> floor = gaps.floorEntry(id);
        if (floor == null || floor.getValue().to < id) {
            return;
        }
        Gap gap = gaps.remove(floor.getKey());
        if (gap.from < id) {
            gaps.put(gap.from, new Gap(gap.from, id - 1, gap.since));
        }
        if (gap.to > id) {
            gaps.put(id + 1, new Gap(id + 1, gap.to, gap.since));
        }
    }

    private void giveUpOldGaps(Instant now) {
        Iterator<Gap> it = gaps.values().iterator();
        while (it.hasNext()) {
            Gap gap = it.next();
            if (!gap.since.plus(gapTimeout).isAfter(now) || gaps.size() > MAX_GAPS) {
                log.debug("Change feed ids {}..{} never committed within {}: passed over", gap.from, gap.to, gapTimeout);
                it.remove();
            }
        }
    }

    private record Gap(long from, long to, Instant since) {
    }

    private static final class Outcome {
        final Set<Long> done = new java.util.HashSet<>();
        final Set<Long> failed = new java.util.HashSet<>();
    }
}
