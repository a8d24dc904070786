package org.beltportal.core.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied to a temporary file while its SHA-256 is computed and its length counted: the copy
 * stops at the limit, so a client that lies about the length (or sends none) still cannot fill the disk.
 * Closing deletes the file.
 */
final class ReceivedFile implements AutoCloseable {

    private final Path path;
    private final String sha256;
    private final long bytes;

    private ReceivedFile(Path path, String sha256, long bytes) {
        this.path = path;
        this.sha256 = sha256;
        this.bytes = bytes;
    }

    static ReceivedFile receive(InputStream content, long limit) throws IOException {
        Path path = Files.createTempFile("beltportal-media-", ".upload");
        try {
            MessageDigest digest = newDigest();
            long total = 0;
            try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(path)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    total += read;
                    if (total > limit) {
                        throw new UploadTooLargeException(limit);
                    }
                    out.write(buffer, 0, read);
                }
            }
            return new ReceivedFile(path, HexFormat.of().formatHex(digest.digest()), total);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    Path path() {
        return path;
    }

    String sha256() {
        return sha256;
    }

    long bytes() {
        return bytes;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
