package org.beltportal.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.beltportal.core.system.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index directory's life: reset when it cannot be trusted, rebuilt beside itself while serving. */
class ProductIndexTest {

    @TempDir
    Path data;

    static Document doc(long id, String word) {
        Document doc = new Document();
        doc.add(new StringField(ProductFields.KEY, "1:" + id, Field.Store.NO));
        doc.add(new StringField("word", word, Field.Store.NO));
        doc.add(new NumericDocValuesField(ProductFields.TENANT_SORT, 1));
        doc.add(new NumericDocValuesField(ProductFields.ID, id));
        return doc;
    }

    static Term key(long id) {
        return new Term(ProductFields.KEY, "1:" + id);
    }

    static int count(ProductIndex index, String word) {
        index.awaitAllSearchable();
        return index.search(searcher -> {
            try {
                return searcher.count(new TermQuery(new Term("word", word)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    ProductIndex open() throws IOException {
        return open(data);
    }

    static ProductIndex open(Path dataDir) throws IOException {
        return new ProductIndex(dataDir, Clock.systemUTC());
    }

    /** An index as the start after a reset leaves it: rebuilt (from an empty database here) and swapped in. */
    ProductIndex openFilled() throws IOException {
        ProductIndex index = open();
        assertThat(index.wasReset()).isTrue();
        index.startRebuild().finish(key -> Optional.empty());
        return index;
    }

    /**
     * The data directory as a kill -9 leaves it: the files on disk at this moment, without the shutdown's
     * commit. Lucene drops files that no commit names when the copy is opened. Files that a merge deletes
     * while they are copied are not needed by any commit either.
     */
    Path killedCopy() throws IOException {
        Path copy = Files.createTempDirectory(data.getParent(), "killed-");
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(data.relativize(file).toString());
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (!file.getFileName().toString().equals("write.lock")) {
                        Files.copy(file, target);
                    }
                } catch (java.nio.file.NoSuchFileException goneMeanwhile) {
                    // deleted by a merge or commit while copying: not part of any commit still referenced
                }
            }
        }
        return copy;
    }

    static long generations(Path dataDir) throws IOException {
        try (Stream<Path> generations = Files.list(dataDir.resolve("index"))) {
            return generations.filter(Files::isDirectory).count();
        }
    }

    @Test
    void keptIndexIsReopenedWithItsCommit() throws IOException {
        ProductIndex first = openFilled();
        first.put(key(1), doc(1, "socks"));
        first.destroy();

        ProductIndex again = open();
        assertThat(again.wasReset()).isFalse();
        assertThat(again.lastCommit()).isPresent();
        assertThat(count(again, "socks")).isEqualTo(1);
        again.destroy();
    }

    @Test
    void aResetIndexKilledBeforeItsRebuildSwappedInIsResetAgainNotServedAsComplete() throws IOException {
        ProductIndex index = open();
        ProductIndex.Rebuild rebuild = index.startRebuild();
        rebuild.add(doc(1, "half"));
        index.put(key(2), doc(2, "written-meanwhile"));
        Path killed = killedCopy();

        ProductIndex restarted = open(killed);
        assertThat(restarted.wasReset()).isTrue();
        assertThat(generations(killed)).isEqualTo(1);
        restarted.destroy();
        rebuild.abort();
        index.destroy();
    }

    @Test
    void aResetIndexStoppedBeforeItsRebuildSwappedInIsResetAgain() throws IOException {
        ProductIndex index = open();
        index.startRebuild().add(doc(1, "half"));
        index.put(key(2), doc(2, "written-meanwhile"));
        index.destroy();

        ProductIndex restarted = open();
        assertThat(restarted.wasReset()).isTrue();
        restarted.destroy();
    }

    @Test
    void aRebuildKilledMidwayLeavesTheOldIndexServedAndItsHalfIsRemovedAtStart() throws IOException {
        ProductIndex index = openFilled();
        index.put(key(1), doc(1, "old"));
        index.destroy();
        index = open();
        ProductIndex.Rebuild rebuild = index.startRebuild();
        rebuild.add(doc(1, "half"));
        rebuild.add(doc(2, "half"));
        Path killed = killedCopy();

        ProductIndex restarted = open(killed);
        assertThat(restarted.wasReset()).isFalse();
        assertThat(count(restarted, "old")).isEqualTo(1);
        assertThat(count(restarted, "half")).isZero();
        assertThat(generations(killed)).isEqualTo(1);
        restarted.destroy();
        rebuild.abort();
        index.destroy();
    }

    @Test
    void deletedIndexDirectoryIsReset() throws IOException {
        ProductIndex first = open();
        first.put(key(1), doc(1, "socks"));
        first.destroy();
        try (Stream<Path> generations = Files.list(data.resolve("index"))) {
            for (Path generation : generations.filter(Files::isDirectory).toList()) {
                IndexGeneration.delete(generation);
            }
        }

        ProductIndex again = open();
        assertThat(again.wasReset()).isTrue();
        assertThat(count(again, "socks")).isZero();
        again.destroy();
    }

    @Test
    void corruptIndexIsReset() throws IOException {
        ProductIndex first = open();
        first.put(key(1), doc(1, "socks"));
        first.destroy();
        try (Stream<Path> files = Files.walk(data.resolve("index"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }

        ProductIndex again = open();
        assertThat(again.wasReset()).isTrue();
        again.destroy();
    }

    @Test
    void rebuildServesTheOldIndexUntilTheSwapAndKeepsLiveWrites() throws IOException {
        ProductIndex index = open();
        index.put(key(1), doc(1, "old"));
        ProductIndex.Rebuild rebuild = index.startRebuild();
        assertThatThrownBy(index::startRebuild).isInstanceOf(ConflictException.class);

        index.put(key(1), doc(1, "fresh"));
        index.put(key(2), doc(2, "written-during"));
        // The fill read product 1 before that edit and writes its older copy after it.
        rebuild.add(doc(1, "stale"));
        assertThat(count(index, "fresh")).isEqualTo(1);
        assertThat(count(index, "stale")).isZero();

        // Keys written during the rebuild are re-read from the database, which holds the edit.
        rebuild.finish(key -> key.text().equals("1:1") ? Optional.of(doc(1, "fresh")) : Optional.of(doc(2, "written-during")));

        assertThat(count(index, "fresh")).isEqualTo(1);
        assertThat(count(index, "stale")).isZero();
        assertThat(count(index, "old")).isZero();
        assertThat(count(index, "written-during")).isEqualTo(1);
        try (Stream<Path> generations = Files.list(data.resolve("index"))) {
            assertThat(generations.filter(Files::isDirectory).count()).isEqualTo(1);
        }
        index.destroy();

        ProductIndex reopened = open();
        assertThat(reopened.wasReset()).isFalse();
        assertThat(count(reopened, "fresh")).isEqualTo(1);
        reopened.destroy();
    }

    @Test
    void aProductDeletedDuringTheRebuildStaysGoneThoughTheFillAddsItsOlderCopy() throws IOException {
        ProductIndex index = open();
        index.put(key(1), doc(1, "old"));
        ProductIndex.Rebuild rebuild = index.startRebuild();

        index.remove(key(1));
        rebuild.add(doc(1, "stale"));
        rebuild.finish(key -> Optional.empty());

        assertThat(count(index, "stale")).isZero();
        assertThat(count(index, "old")).isZero();
        index.destroy();
    }

    @Test
    void abortedRebuildLeavesTheLiveIndexAlone() throws IOException {
        ProductIndex index = open();
        index.put(key(1), doc(1, "old"));
        ProductIndex.Rebuild rebuild = index.startRebuild();
        rebuild.add(doc(1, "half"));
        rebuild.abort();

        assertThat(count(index, "old")).isEqualTo(1);
        index.startRebuild().abort();
        index.destroy();
    }
}
