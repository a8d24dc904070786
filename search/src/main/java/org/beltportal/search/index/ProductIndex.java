package org.beltportal.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.AlreadyClosedException;
import org.beltportal.core.system.BackgroundPriority;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.PortalProperties;
import org.beltportal.search.analysis.RecallAnalyzer;
import org.beltportal.search.analysis.SegmentedAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The product index: the live {@link IndexGeneration} under {@code <data-dir>/index}, named by the file
 * {@code CURRENT} once it is complete, and at most one generation being rebuilt beside it.
 * <ul>
 *   <li>Freshness: every write returns an {@link IndexWrite}; {@link #awaitSearchable(IndexWrite)} waits until
 *   a search sees it (tens of milliseconds), and without waiters searchers reopen every half second while
 *   there are changes (Lucene's ControlledRealTimeReopenThread, see {@link IndexGeneration}).</li>
 *   <li>Durability: the live writer commits at most every {@value #COMMIT_MILLIS} ms when it has changes,
 *   and on shutdown. A commit records the schema version and when it started; after a crash, changes
 *   since then (with a margin) are re-read from the database at start (see {@link ProductIndexer}).</li>
 *   <li>A missing or unreadable index, or one of another schema version, is replaced by an empty
 *   generation and {@link #wasReset()} tells the indexer to fill it from the database. CURRENT names no
 *   generation until that rebuild swaps one in, so a crash before then means another reset at start.
 *   Any generation CURRENT does not name is deleted at start.</li>
 *   <li>Rebuild while serving: writes go to both generations while one is rebuilt and their keys are
 *   remembered; at the end the new generation is merged into one segment, those keys are re-read (the
 *   fill may have written an older copy), and it is committed and swapped in; the old one is deleted.
 *   Searches never see a gap.</li>
 * </ul>
 */
@Component
@EnableConfigurationProperties(PortalProperties.class)
public class ProductIndex implements DisposableBean {

    static final long COMMIT_MILLIS = 1000;
    /** A waiter for a write gives up after this; a reopen takes milliseconds unless the machine is stalled. */
    private static final long MAX_WAIT_MILLIS = 10_000;
    private static final String SCHEMA = "schema";
    private static final String COMMITTED_AT = "committedAt";
    /** The change feed row up to which every change is in this commit (decision 0043). */
    private static final String FEED_POSITION = "feedPosition";
    private static final Logger log = LoggerFactory.getLogger(ProductIndex.class);

    private final Clock clock;
    private final IndexRoot root;
    private final ScheduledExecutorService scheduler;
    private final boolean reset;
    private final Instant lastCommit;
    /** The feed position the next commit records; -1 while unknown. */
    private volatile long feedPosition;
    private volatile long committedFeedPosition;
    /** Guards writes against the swap, and the rebuild fields below. */
    private final Object writes = new Object();
    private volatile IndexGeneration live;
    private IndexGeneration rebuilding;
    private Set<Term> writtenDuringRebuild;

    @Autowired
    public ProductIndex(PortalProperties properties, Clock clock) throws IOException {
        this(properties.dataDir(), clock);
    }

    /** The index under {@code dataDir}: tests and measurements open one without an application around it. */
    public ProductIndex(Path dataDir, Clock clock) throws IOException {
        this.clock = clock;
        this.root = new IndexRoot(dataDir.resolve("index"), clock);
        Optional<String> current = root.currentName();
        Optional<Map<String, String>> commit = current.flatMap(root::readCommit);
        this.reset = commit.isEmpty() || !ProductFields.SCHEMA_VERSION.equals(commit.get().get(SCHEMA));
        this.lastCommit = reset ? null : Instant.parse(commit.get().get(COMMITTED_AT));
        this.feedPosition = reset ? -1 : Long.parseLong(commit.get().getOrDefault(FEED_POSITION, "-1"));
        this.committedFeedPosition = feedPosition;
        if (reset) {
            log.info("Product index under {} is missing, unreadable or of another schema: starting empty, rebuild follows", root);
            // Until a rebuild swaps a full generation in, CURRENT names none: a start after a crash
            // meanwhile finds no index and rebuilds again, instead of serving a partial one as complete.
            root.clearCurrent();
            this.live = IndexGeneration.create(root.path(), root.newName());
            commit(live);
        } else {
            this.live = IndexGeneration.open(root.path(), current.get());
        }
        root.deleteGenerationsOtherThan(live.name);
        live.startReopening();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(BackgroundPriority.thread("product-index"));
        scheduler.scheduleWithFixedDelay(this::commitIfChanged, COMMIT_MILLIS, COMMIT_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Index-time analysis per field; the query side uses the same chains (bigrams only, for recall). The
     * title arrives already analysed with unigrams (ProductDocuments); the other texts of "all" get bigrams.
     */
    public static Analyzer indexAnalyzer() {
        Analyzer recall = RecallAnalyzer.forIndexing();
        return new PerFieldAnalyzerWrapper(recall, Map.of(
                ProductFields.ALL, RecallAnalyzer.forLongText(),
                ProductFields.TITLE_WORDS, new SegmentedAnalyzer(),
                ProductFields.TITLE_EN, new EnglishAnalyzer()));
    }

    /** Documents sorted by tenant: a tenant's products sit together, so its filter reads one run of docs. */
    static Sort indexSort() {
        return new Sort(new SortField(ProductFields.TENANT_SORT, SortField.Type.LONG),
                new SortField(ProductFields.ID, SortField.Type.LONG));
    }

    public boolean wasReset() {
        return reset;
    }

    /** When the last commit before this start began; empty after a reset. */
    public Optional<Instant> lastCommit() {
        return Optional.ofNullable(lastCommit);
    }

    /** The change feed position of the index as it was committed before this start; empty after a reset or before 0043. */
    public OptionalLong feedPosition() {
        return committedFeedPosition < 0 ? OptionalLong.empty() : OptionalLong.of(committedFeedPosition);
    }

    /**
     * Every feed row up to {@code position} has been applied to the index: the next commit says so, and a commit
     * is due for it even without other changes, so a restart resumes from there.
     */
    public void feedPosition(long position) {
        feedPosition = position;
    }

    /**
     * Runs the live writer's analysers once on the calling thread. Lucene keeps analysis chains per thread, and the
     * first document a thread analyses builds its ICU transforms: seconds on a busy machine. A thread that will
     * index changes as they come (the change feed's) pays that before the first change instead of with it.
     */
    public void warmUpAnalysis() {
        Analyzer analyzer = live.writer.getAnalyzer();
        for (String field : List.of(ProductFields.ALL, ProductFields.TITLE_WORDS, ProductFields.TITLE_EN, ProductFields.TITLE)) {
            try (TokenStream tokens = analyzer.tokenStream(field, "纯棉襪子 cotton socks 123")) {
                tokens.reset();
                while (tokens.incrementToken()) {
                    // consumed only to build the chain
                }
                tokens.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Adds or replaces the document of {@code key}; searchable once {@link #awaitSearchable} says so. */
    public IndexWrite put(Term key, Document document) {
        synchronized (writes) {
            try {
                long sequence = live.writer.updateDocument(key, document);
                if (rebuilding != null) {
                    rebuilding.writer.updateDocument(key, document);
                    writtenDuringRebuild.add(key);
                }
                return new IndexWrite(live, sequence);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public IndexWrite remove(Term key) {
        synchronized (writes) {
            try {
                long sequence = live.writer.deleteDocuments(key);
                if (rebuilding != null) {
                    rebuilding.writer.deleteDocuments(key);
                    writtenDuringRebuild.add(key);
                }
                return new IndexWrite(live, sequence);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Runs {@code search} on the current searcher and releases it, however the search ends. */
    public <T> T search(Function<ProductSearcher, T> search) {
        try {
            return searchOnce(search);
        } catch (AlreadyClosedException swappedMeanwhile) {
            return searchOnce(search);
        }
    }

    private <T> T searchOnce(Function<ProductSearcher, T> search) {
        SearcherManager searchers = live.searchers;
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply((ProductSearcher) searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until searches see {@code write}. A write to a generation that has since been swapped out is
     * already searchable: the swap re-read every key written during the rebuild and reopened before it.
     */
    public void awaitSearchable(IndexWrite write) {
        IndexGeneration generation = write.generation;
        try {
            while (generation == live && !generation.awaitSearchable(write.sequence, MAX_WAIT_MILLIS)) {
                log.warn("A product index write is still not searchable after {} ms", MAX_WAIT_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until searches see every write completed so far (a catch-up, a check against the database). */
    public void awaitAllSearchable() {
        IndexGeneration generation = live;
        awaitSearchable(new IndexWrite(generation, generation.lastSequence()));
    }

    /**
     * As {@link #awaitAllSearchable()}, but gives up after {@code atMost}: for a caller that would rather see its
     * writes at once but must not stall when a reopen is slow. Returns whether they are searchable.
     */
    public boolean awaitAllSearchable(Duration atMost) {
        IndexGeneration generation = live;
        try {
            return generation.awaitSearchable(generation.lastSequence(), atMost.toMillis()) || generation != live;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts filling a new generation beside the live one; only one rebuild runs at a time. */
    public Rebuild startRebuild() {
        synchronized (writes) {
            if (rebuilding != null) {
                throw new ConflictException("an index rebuild is already running");
            }
            try {
                rebuilding = IndexGeneration.create(root.path(), root.newName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            writtenDuringRebuild = new HashSet<>();
            return new Rebuild(rebuilding);
        }
    }

    /** The generation being filled. The fill writes through it; live writes reach it through {@link #put}. */
    public final class Rebuild {
        private final IndexGeneration target;

        private Rebuild(IndexGeneration target) {
            this.target = target;
        }

        /**
         * Adds a document of the fill without deleting an older one of the same key: the new generation
         * starts empty, and a key that a live write reached meanwhile is re-read and replaced (all its
         * copies) by {@link #finish}. Skipping the delete spares resolving a million delete terms
         * against every flushed segment.
         */
        public void add(Document document) {
            try {
                target.writer.addDocument(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Merges the generation into one segment, re-reads the keys written while filling ({@code reload}
         * gives the current document, or empty when the product is gone or inactive), commits, and swaps
         * the generation in.
         */
        public void finish(Function<Term, Optional<Document>> reload) {
            mergeIntoOneSegment();
            IndexGeneration old;
            synchronized (writes) {
                try {
                    for (Term key : writtenDuringRebuild) {
                        Optional<Document> document = reload.apply(key);
                        if (document.isPresent()) {
                            target.writer.updateDocument(key, document.get());
                        } else {
                            target.writer.deleteDocuments(key);
                        }
                    }
                    commit(target);
                    target.searchers.maybeRefreshBlocking();
                    target.startReopening();
                    root.writeCurrent(target.name);
                } catch (IOException e) {
                    abort();
                    throw new UncheckedIOException(e);
                }
                old = live;
                live = target;
                rebuilding = null;
                writtenDuringRebuild = null;
            }
            deleteQuietly(old);
        }

        /**
         * The fill reads across tenants, so every flushed segment holds every tenant's products and each
         * search had to visit all of them: a third more CPU per search than when a tenant's products sat in
         * one or two segments. One merged segment (4-6 s for 1M products, logged) restores that. It runs
         * before the swap lock is taken: live writes meanwhile still reach both generations.
         */
        private void mergeIntoOneSegment() {
            long started = System.nanoTime();
            try {
                target.writer.forceMerge(1);
                log.info("Rebuilt product index merged into one segment in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (IOException e) {
                abort();
                throw new UncheckedIOException(e);
            }
        }

        /** Drops the half-built generation; the live one was never touched. */
        public void abort() {
            synchronized (writes) {
                if (rebuilding == target) {
                    rebuilding = null;
                    writtenDuringRebuild = null;
                }
            }
            deleteQuietly(target);
        }
    }

    private void commitIfChanged() {
        IndexGeneration generation = live;
        if (generation.writer.hasUncommittedChanges() || feedPosition != committedFeedPosition) {
            try {
                commit(generation);
            } catch (IOException | RuntimeException e) {
                log.error("Committing the product index failed", e);
            }
        }
    }

    private void commit(IndexGeneration generation) throws IOException {
        synchronized (generation) {
            // Read before the commit: every write made before the position was set is in this commit.
            long position = feedPosition;
            generation.commit(Map.of(SCHEMA, ProductFields.SCHEMA_VERSION, COMMITTED_AT, clock.instant().toString(),
                    FEED_POSITION, Long.toString(position)));
            committedFeedPosition = position;
        }
    }

    @Override
    public void destroy() throws IOException {
        scheduler.shutdown();
        synchronized (writes) {
            if (rebuilding != null) {
                deleteQuietly(rebuilding);
            }
            commit(live);
            live.close();
        }
    }

    private void deleteQuietly(IndexGeneration generation) {
        try {
            generation.closeAndDelete();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove old index generation {}", generation.path, e);
        }
    }
}
