package org.beltportal.core.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Media files in a directory, one file per key ({@code 12/ab12....png}). A file is written to a temporary
 * name beside its final one and then moved into place, so a crash or a concurrent reader never sees half a
 * file. Keys are checked against a strict pattern, so no key can leave the directory.
 */
public class FileSystemMediaStorage implements MediaStorage {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(/[a-z0-9][a-z0-9_-]*)*(\\.[a-z0-9]+)?");

    private final Path root;

    public FileSystemMediaStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<StoredFile> get(String key) throws IOException {
        Path path = pathOf(key);
        try {
            long size = Files.size(path);
            return Optional.of(new StoredFile(size, Files.newInputStream(path)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(pathOf(key));
    }

    private Path pathOf(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a media key: " + key);
        }
        return root.resolve(key);
    }
}
