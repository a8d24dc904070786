package org.beltportal.core.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where media files live, by key. Keys are made by {@link MediaKeys} and name a belt and a content hash, so
 * a key's file never changes once written: {@link #put} of an existing key may keep the file it has. The
 * default is {@link FileSystemMediaStorage}; an object store would be another implementation.
 */
public interface MediaStorage {

    /** Stores the stream under the key, all or nothing: a reader sees the whole file or none. */
    void put(String key, InputStream content) throws IOException;

    /** The stored file, streamed; empty when there is none under the key. */
    Optional<StoredFile> get(String key) throws IOException;

    boolean exists(String key);

    /** Removes the file; no file under the key is not an error. */
    void delete(String key) throws IOException;

    /** An open stored file: its size, and its content to be read once and closed by the reader. */
    record StoredFile(long size, InputStream content) {
    }
}
