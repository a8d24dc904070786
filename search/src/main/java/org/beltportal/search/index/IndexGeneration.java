package org.beltportal.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import org.beltportal.core.system.BackgroundPriority;

/**
 * One complete index in its own directory under the index root, with its writer and near-real-time
 * searchers. A rebuild fills a new generation beside the live one and the two are swapped at the end.
 */
final class IndexGeneration {

    static final double MAX_STALE_SECONDS = 0.5;
    static final double MIN_STALE_SECONDS = 0.02;

    final String name;
    final Path path;
    final Directory directory;
    final IndexWriter writer;
    final SearcherManager searchers;
    private ControlledRealTimeReopenThread<IndexSearcher> reopener;

    private IndexGeneration(String name, Path path, boolean create) throws IOException {
        this.name = name;
        this.path = path;
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(ProductIndex.indexAnalyzer())
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setIndexSort(ProductIndex.indexSort())
                // A rebuild flushes a segment per full buffer and merges them. A larger buffer means fewer
                // of both but indexes slower: each term of a document looks up its entry and appends to its
                // postings somewhere in the buffer, and the bigger the buffer the more of those reads miss
                // the CPU caches. In-process at 1M products, 32 MB cost 69 µs CPU per product against 81 at
                // 128 MB and 90 at 16 MB (more merging). Flushed segments stay separate files: packing each
                // into a compound file would copy it once more, and merges write their own files anyway.
                .setRAMBufferSizeMB(32)
                .setUseCompoundFile(false)
                .setMergePolicy(mergePolicy())
                .setMergeScheduler(new BackgroundMerges()));
        this.searchers = new SearcherManager(writer, ProductSearcher.factory());
    }

    /**
     * Starts reopening the searchers once this generation is live: every {@value #MAX_STALE_SECONDS} s while
     * there are changes, and within {@value #MIN_STALE_SECONDS} s when someone waits for a write. Each reopen
     * flushes a segment and builds the facet ordinals, so under a steady stream of writes (an import) fewer
     * reopens cost less than the 100 ms schedule this replaces.
     */
    void startReopening() {
        reopener = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS, MIN_STALE_SECONDS) {
            @Override
            public void run() {
                BackgroundPriority.lowerCurrentThread();
                super.run();
            }
        };
        reopener.setName("index-reopen-" + name);
        reopener.setDaemon(true);
        reopener.start();
    }

    /** Waits until the write with this sequence number is searchable; false if that took over {@code millis}. */
    boolean awaitSearchable(long sequence, long millis) throws InterruptedException {
        return reopener.waitForGeneration(sequence, (int) millis);
    }

    /** The sequence number of the newest write that has completed. */
    long lastSequence() {
        return writer.getMaxCompletedSequenceNumber();
    }

    /**
     * A reopen for every import batch (and every half second of other writes) flushes a small segment each time. Lucene's default
     * treats every segment under 16 MB as one size, so the growing merged segment was rewritten with
     * every few new ones (merge threads took more CPU than the import itself in a profiled run). With a
     * 1 MB floor small segments merge in tiers, and each document is rewritten a few times, not hundreds.
     */
    private static TieredMergePolicy mergePolicy() {
        return new TieredMergePolicy().setFloorSegmentMB(1);
    }

    static IndexGeneration create(Path root, String name) throws IOException {
        return new IndexGeneration(name, root.resolve(name), true);
    }

    static IndexGeneration open(Path root, String name) throws IOException {
        return new IndexGeneration(name, root.resolve(name), false);
    }

    void commit(Map<String, String> userData) throws IOException {
        writer.setLiveCommitData(userData.entrySet());
        writer.commit();
    }

    void close() throws IOException {
        if (reopener != null) {
            reopener.close();
        }
        searchers.close();
        writer.close();
        directory.close();
    }

    /** Closes and removes the directory; searches still holding a reader keep their open files until released. */
    void closeAndDelete() throws IOException {
        close();
        delete(path);
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
