package org.beltportal.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemMediaStorageTest {

    @TempDir
    Path dir;

    @Test
    void putGetDeleteByKey() throws IOException {
        FileSystemMediaStorage storage = new FileSystemMediaStorage(dir);
        storage.put("7/abc.png", stream("png bytes"));

        assertThat(storage.exists("7/abc.png")).isTrue();
        MediaStorage.StoredFile file = storage.get("7/abc.png").orElseThrow();
        try (InputStream content = file.content()) {
            assertThat(file.size()).isEqualTo(9);
            assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("png bytes");
        }
        storage.delete("7/abc.png");
        assertThat(storage.get("7/abc.png")).isEmpty();
        storage.delete("7/abc.png");
    }

    @Test
    void writesLeaveNoTemporaryFiles() throws IOException {
        FileSystemMediaStorage storage = new FileSystemMediaStorage(dir);
        storage.put("7/thumbs/abc.jpg", stream("one"));
        storage.put("7/thumbs/abc.jpg", stream("one"));

        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(dir::relativize).map(Path::toString)).containsExactly("7/thumbs/abc.jpg");
        }
    }

    @Test
    void failedWriteKeepsNothing() throws IOException {
        FileSystemMediaStorage storage = new FileSystemMediaStorage(dir);
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection lost");
            }
        };

        assertThatThrownBy(() -> storage.put("7/abc.png", failing)).hasMessageContaining("connection lost");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void keysThatCouldLeaveTheDirectoryAreRefused() {
        FileSystemMediaStorage storage = new FileSystemMediaStorage(dir);

        for (String key : new String[] {"../x.png", "7/../../x.png", "/etc/passwd", "7/.hidden", "7//x.png", "7/X.PNG", ""}) {
            assertThatThrownBy(() -> storage.put(key, stream("x"))).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
