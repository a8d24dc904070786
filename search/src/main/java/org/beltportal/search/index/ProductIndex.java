package org.beltportal.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.beltportal.search.analysis.RecallAnalyzer;
import org.beltportal.search.analysis.SegmentedAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The index directory, its one writer and the near-real-time searchers.
 * <ul>
 *   <li>Freshness: searchers are refreshed from the writer every {@value #REFRESH_MILLIS} ms, so a write
 *   is searchable well within a second without a commit.</li>
 *   <li>Durability: the writer commits at most every {@value #COMMIT_MILLIS} ms when it has changes, and
 *   on shutdown. Each commit records the schema version and when it started; after a crash, changes since
 *   then (with a margin) are re-read from the database at start (see {@link ProductIndexer}).</li>
 *   <li>A missing or unreadable index, or one of another schema version, is replaced by an empty one and
 *   {@link #wasReset()} tells the indexer to rebuild it from the database.</li>
 * </ul>
 */
@Component
public class ProductIndex implements DisposableBean {

    static final long REFRESH_MILLIS = 100;
    static final long COMMIT_MILLIS = 1000;
    private static final String SCHEMA = "schema";
    private static final String COMMITTED_AT = "committedAt";
    private static final Logger log = LoggerFactory.getLogger(ProductIndex.class);

    private final Clock clock;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService scheduler;
    private final boolean reset;
    private final Instant lastCommit;

    public ProductIndex(@Value("${portal.data-dir:./data}") Path dataDir, Clock clock) throws IOException {
        this.clock = clock;
        Path path = dataDir.resolve("index");
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        Optional<Map<String, String>> commit = readCommit(directory);
        this.reset = commit.isEmpty() || !ProductFields.SCHEMA_VERSION.equals(commit.get().get(SCHEMA));
        this.lastCommit = reset ? null : Instant.parse(commit.get().get(COMMITTED_AT));
        if (reset) {
            log.info("Product index at {} is missing, unreadable or of another schema: starting empty, rebuild follows", path);
        }
        this.writer = new IndexWriter(directory, config(reset));
        this.searchers = new SearcherManager(writer, null);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "product-index");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::commitIfChanged, COMMIT_MILLIS, COMMIT_MILLIS, TimeUnit.MILLISECONDS);
        if (reset) {
            commit();
        }
    }

    /** Index-time analysis per field; the query side uses the same chains (bigrams only, for recall). */
    public static Analyzer indexAnalyzer() {
        Analyzer recall = RecallAnalyzer.forIndexing();
        return new PerFieldAnalyzerWrapper(recall, Map.of(
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
        try {
            writer.updateDocument(key, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(Term key) {
        try {
            writer.deleteDocuments(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code search} on the current searcher and releases it, however the search ends. */
    public <T> T search(Function<IndexSearcher, T> search) {
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

    /** Makes every write so far searchable now; tests and the rebuild use it instead of waiting. */
    public void refreshNow() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            log.error("Refreshing the product index searcher failed", e);
        }
    }

    private void commitIfChanged() {
        if (writer.hasUncommittedChanges()) {
            commit();
        }
    }

    private synchronized void commit() {
        try {
            writer.setLiveCommitData(Map.of(SCHEMA, ProductFields.SCHEMA_VERSION,
                    COMMITTED_AT, clock.instant().toString()).entrySet());
            writer.commit();
        } catch (IOException | RuntimeException e) {
            log.error("Committing the product index failed", e);
        }
    }

    @Override
    public void destroy() throws IOException {
        scheduler.shutdown();
        commit();
        searchers.close();
        writer.close();
        directory.close();
    }

    private static IndexWriterConfig config(boolean create) {
        return new IndexWriterConfig(indexAnalyzer())
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setIndexSort(indexSort())
                .setRAMBufferSizeMB(64);
    }

    /** The user data of the latest commit, or empty when there is no readable index. */
    private static Optional<Map<String, String>> readCommit(Directory directory) {
        try {
            return Optional.of(SegmentInfos.readLatestCommit(directory).getUserData());
        } catch (IOException | RuntimeException missingOrCorrupt) {
            return Optional.empty();
        }
    }
}
