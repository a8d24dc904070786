package org.beltportal.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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
 *   <li>Freshness: searchers are refreshed every {@value #REFRESH_MILLIS} ms, so a write is searchable
 *   well within a second without a commit.</li>
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

    static final long REFRESH_MILLIS = 100;
    static final long COMMIT_MILLIS = 1000;
    private static final String SCHEMA = "schema";
    private static final String COMMITTED_AT = "committedAt";
    private static final String CURRENT = "CURRENT";
    private static final Logger log = LoggerFactory.getLogger(ProductIndex.class);

    private final Clock clock;
    private final Path root;
    private final ScheduledExecutorService scheduler;
    private final boolean reset;
    private final Instant lastCommit;
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
        this.root = dataDir.resolve("index");
        Files.createDirectories(root);
        Optional<String> current = currentName();
        Optional<Map<String, String>> commit = current.flatMap(name -> readCommit(root.resolve(name)));
        this.reset = commit.isEmpty() || !ProductFields.SCHEMA_VERSION.equals(commit.get().get(SCHEMA));
        this.lastCommit = reset ? null : Instant.parse(commit.get().get(COMMITTED_AT));
        if (reset) {
            log.info("Product index under {} is missing, unreadable or of another schema: starting empty, rebuild follows", root);
            // Until a rebuild swaps a full generation in, CURRENT names none: a start after a crash
            // meanwhile finds no index and rebuilds again, instead of serving a partial one as complete.
            Files.deleteIfExists(root.resolve(CURRENT));
            this.live = IndexGeneration.create(root, newName());
            commit(live);
        } else {
            this.live = IndexGeneration.open(root, current.get());
        }
        deleteOtherGenerations();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("product-index").daemon().factory());
        scheduler.scheduleWithFixedDelay(this::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
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

    public void put(Term key, Document document) {
        synchronized (writes) {
            try {
                live.writer.updateDocument(key, document);
                if (rebuilding != null) {
                    rebuilding.writer.updateDocument(key, document);
                    writtenDuringRebuild.add(key);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public void remove(Term key) {
        synchronized (writes) {
            try {
                live.writer.deleteDocuments(key);
                if (rebuilding != null) {
                    rebuilding.writer.deleteDocuments(key);
                    writtenDuringRebuild.add(key);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Runs {@code search} on the current searcher and releases it, however the search ends. */
    public <T> T search(Function<IndexSearcher, T> search) {
        try {
            return searchOnce(search);
        } catch (AlreadyClosedException swappedMeanwhile) {
            return searchOnce(search);
        }
    }

    private <T> T searchOnce(Function<IndexSearcher, T> search) {
        SearcherManager searchers = live.searchers;
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every write so far searchable now; tests and rebuilds use it instead of waiting. */
    public void refreshNow() {
        try {
            live.searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts filling a new generation beside the live one; only one rebuild runs at a time. */
    public Rebuild startRebuild() {
        synchronized (writes) {
            if (rebuilding != null) {
                throw new ConflictException("an index rebuild is already running");
            }
            try {
                rebuilding = IndexGeneration.create(root, newName());
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
                    writeCurrent(target.name);
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

    private void refresh() {
        try {
            live.searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            log.error("Refreshing the product index searcher failed", e);
        }
    }

    private void commitIfChanged() {
        IndexGeneration generation = live;
        if (generation.writer.hasUncommittedChanges()) {
            try {
                commit(generation);
            } catch (IOException | RuntimeException e) {
                log.error("Committing the product index failed", e);
            }
        }
    }

    private void commit(IndexGeneration generation) throws IOException {
        synchronized (generation) {
            generation.commit(Map.of(SCHEMA, ProductFields.SCHEMA_VERSION, COMMITTED_AT, clock.instant().toString()));
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

    private String newName() {
        return "g" + clock.millis() + "-" + System.nanoTime() % 1000;
    }

    private Optional<String> currentName() throws IOException {
        Path current = root.resolve(CURRENT);
        if (!Files.exists(current)) {
            return Optional.empty();
        }
        String name = Files.readString(current, StandardCharsets.UTF_8).strip();
        return name.matches("g[0-9-]+") ? Optional.of(name) : Optional.empty();
    }

    /** Written to a temporary file and moved, so a crash leaves the old or the new name, never half of one. */
    private void writeCurrent(String name) throws IOException {
        Path temporary = root.resolve(CURRENT + ".tmp");
        Files.writeString(temporary, name, StandardCharsets.UTF_8);
        Files.move(temporary, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void deleteQuietly(IndexGeneration generation) {
        try {
            generation.closeAndDelete();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove old index generation {}", generation.path, e);
        }
    }

    /**
     * Generations that CURRENT does not name are left by a crash: a rebuild cut off before its swap, or an
     * old generation not yet deleted after one. None is ever served, so they only take disk space.
     */
    private void deleteOtherGenerations() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.filter(Files::isDirectory).toList()) {
                String name = entry.getFileName().toString();
                if (!name.equals(live.name)) {
                    log.info("Removing index generation {} left by an earlier run", name);
                    deleteQuietly(name);
                }
            }
        }
    }

    private void deleteQuietly(String name) {
        try {
            IndexGeneration.delete(root.resolve(name));
        } catch (IOException e) {
            log.warn("Could not remove index generation {}", name, e);
        }
    }

    /** The user data of a generation's latest commit, or empty when it is missing or unreadable. */
    private static Optional<Map<String, String>> readCommit(Path path) {
        if (!Files.isDirectory(path)) {
            return Optional.empty();
        }
        try (Directory directory = FSDirectory.open(path)) {
            return Optional.of(SegmentInfos.readLatestCommit(directory).getUserData());
        } catch (IOException | RuntimeException missingOrCorrupt) {
            return Optional.empty();
        }
    }
}
