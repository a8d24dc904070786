package org.beltportal.search.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index directory's layout: one subdirectory per {@link IndexGeneration}, and the file {@code CURRENT}
 * naming the one that is complete and live. {@link ProductIndex} decides when generations are created,
 * swapped and dropped; this class knows how that is written on disk so that a crash at any moment leaves
 * either the old or the new name.
 */
final class IndexRoot {

    private static final String CURRENT = "CURRENT";
    private static final Logger log = LoggerFactory.getLogger(IndexRoot.class);

    private final Path path;
    private final Clock clock;

    IndexRoot(Path path, Clock clock) throws IOException {
        this.path = path;
        this.clock = clock;
        Files.createDirectories(path);
    }

    Path path() {
        return path;
    }

    String newName() {
        return "g" + clock.millis() + "-" + System.nanoTime() % 1000;
    }

    /** The generation CURRENT names, if the file is there and holds a generation name. */
    Optional<String> currentName() throws IOException {
        Path current = path.resolve(CURRENT);
        if (!Files.exists(current)) {
            return Optional.empty();
        }
        String name = Files.readString(current, StandardCharsets.UTF_8).strip();
        return name.matches("g[0-9-]+") ? Optional.of(name) : Optional.empty();
    }

    /** Written to a temporary file and moved, so a crash leaves the old or the new name, never half of one. */
    void writeCurrent(String name) throws IOException {
        Path temporary = path.resolve(CURRENT + ".tmp");
        Files.writeString(temporary, name, StandardCharsets.UTF_8);
        Files.move(temporary, path.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Until a rebuild swaps a full generation in, CURRENT names none. */
    void clearCurrent() throws IOException {
        Files.deleteIfExists(path.resolve(CURRENT));
    }

    /**
     * Generations other than {@code live} are left by a crash: a rebuild cut off before its swap, or an old
     * generation not yet deleted after one. None is ever served, so they only take disk space.
     */
    void deleteGenerationsOtherThan(String live) throws IOException {
        try (Stream<Path> entries = Files.list(path)) {
            for (Path entry : entries.filter(Files::isDirectory).toList()) {
                String name = entry.getFileName().toString();
                if (!name.equals(live)) {
                    log.info("Removing index generation {} left by an earlier run", name);
                    deleteQuietly(name);
                }
            }
        }
    }

    private void deleteQuietly(String name) {
        try {
            IndexGeneration.delete(path.resolve(name));
        } catch (IOException e) {
            log.warn("Could not remove index generation {}", name, e);
        }
    }

    /** The user data of a generation's latest commit, or empty when it is missing or unreadable. */
    Optional<Map<String, String>> readCommit(String name) {
        Path generation = path.resolve(name);
        if (!Files.isDirectory(generation)) {
            return Optional.empty();
        }
        try (Directory directory = FSDirectory.open(generation)) {
            return Optional.of(SegmentInfos.readLatestCommit(directory).getUserData());
        } catch (IOException | RuntimeException missingOrCorrupt) {
            return Optional.empty();
        }
    }
}
