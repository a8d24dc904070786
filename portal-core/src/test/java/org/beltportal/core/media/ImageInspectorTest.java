package org.beltportal.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Type by content, pixels by header: what a file is, whatever its name, and never decoded to find out. */
class ImageInspectorTest {

    @TempDir
    Path dir;

    final ImageInspector inspector = new ImageInspector(40_000_000);

    @Test
    void pngNamedJpgIsAPng() throws IOException {
        ImageFacts facts = inspector.inspect(file("photo.jpg", TestImages.picture("png", 30, 20, Color.RED)));

        assertThat(facts).isEqualTo(new ImageFacts(ImageType.PNG, 30, 20));
    }

    @Test
    void jpegGifAndWebpAreToldByTheirFirstBytes() throws IOException {
        assertThat(inspector.inspect(file("a.png", TestImages.picture("jpeg", 40, 10, Color.BLUE))).type()).isEqualTo(ImageType.JPEG);
        assertThat(inspector.inspect(file("b.png", TestImages.picture("gif", 8, 8, Color.GREEN))).type()).isEqualTo(ImageType.GIF);
        assertThat(inspector.inspect(file("c.png", TestImages.WEBP_1X1))).isEqualTo(new ImageFacts(ImageType.WEBP, 1, 1));
    }

    @Test
    void htmlAndSvgNamedPngAreNoImages() {
        assertThatThrownBy(() -> inspector.inspect(file("x.png", TestImages.html()))).isInstanceOf(UnsupportedImageException.class);
        assertThatThrownBy(() -> inspector.inspect(file("x.svg", TestImages.svg()))).isInstanceOf(UnsupportedImageException.class);
        assertThatThrownBy(() -> inspector.inspect(file("empty.png", new byte[0]))).isInstanceOf(UnsupportedImageException.class);
    }

    @Test
    void headerCutShortIsUnreadable() {
        byte[] png = TestImages.picture("png", 30, 20, Color.RED);
        byte[] cut = java.util.Arrays.copyOf(png, 12);

        assertThatThrownBy(() -> inspector.inspect(file("cut.png", cut))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a readable image");
    }

    /**
     * 100000x100000 RGB would be 30 GB decoded; the file is a few hundred bytes. The check must refuse it
     * from the header alone: the bytes this thread allocates while checking stay far below one decoded row
     * block, let alone the image.
     */
    @Test
    void pixelBombIsRefusedFromItsHeaderWithoutAllocatingItsPixels() throws IOException {
        Path bomb = file("bomb.png", TestImages.pngBomb(100_000, 100_000));
        assertThat(Files.size(bomb)).isLessThan(1_000);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().threadId();
        inspector.inspect(file("warm.png", TestImages.picture("png", 10, 10, Color.RED)));

        long before = threads.getThreadAllocatedBytes(threadId);
        assertThatThrownBy(() -> inspector.inspect(bomb)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("100000x100000 pixels");
        long allocated = threads.getThreadAllocatedBytes(threadId) - before;

        assertThat(allocated).as("bytes allocated checking the bomb").isLessThan(8L * 1024 * 1024);
    }

    @Test
    void justTheAllowedPixelsPass() throws IOException {
        ImageInspector small = new ImageInspector(600);

        assertThat(small.inspect(file("ok.png", TestImages.picture("png", 30, 20, Color.RED))).pixels()).isEqualTo(600);
        assertThatThrownBy(() -> small.inspect(file("big.png", TestImages.picture("png", 31, 20, Color.RED))))
                .isInstanceOf(InvalidInputException.class);
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
