package org.beltportal.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailerTest {

    @TempDir
    Path dir;

    final ImageInspector inspector = new ImageInspector(40_000_000);
    final Thumbnailer thumbnailer = new Thumbnailer(320);

    @Test
    void largePhotoBecomesAJpegThreeHundredTwentyWide() throws IOException {
        BufferedImage thumbnail = thumbnail("photo.jpg", TestImages.picture("jpeg", 3200, 2400, Color.ORANGE), ImageType.JPEG);

        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(240);
    }

    @Test
    void transparentLogoKeepsItsTransparencyAsPng() throws IOException {
        BufferedImage thumbnail = thumbnail("logo.png", TestImages.transparentPng(640, 640), ImageType.PNG);

        assertThat(thumbnail.getColorModel().hasAlpha()).isTrue();
        assertThat(thumbnail.getWidth()).isEqualTo(320);
    }

    @Test
    void tallImageFitsTwiceTheWidthInHeight() throws IOException {
        BufferedImage thumbnail = thumbnail("banner.png", TestImages.picture("png", 100, 4000, Color.GRAY), ImageType.JPEG);

        assertThat(thumbnail.getHeight()).isEqualTo(640);
        assertThat(thumbnail.getWidth()).isEqualTo(16);
    }

    @Test
    void smallImageKeepsItsSize() throws IOException {
        BufferedImage thumbnail = thumbnail("icon.gif", TestImages.picture("gif", 48, 32, Color.GREEN), ImageType.JPEG);

        assertThat(thumbnail.getWidth()).isEqualTo(48);
        assertThat(thumbnail.getHeight()).isEqualTo(32);
    }

    /**
     * Decoding is subsampled row by row: shrinking a 4000x4000 JPEG (48 MB as pixels) allocates a small
     * fraction of that on this thread (2.5 MB measured).
     */
    @Test
    void largeJpegIsShrunkWithoutDecodingItWhole() throws IOException {
        Path file = Files.write(dir.resolve("large.jpg"), TestImages.picture("jpeg", 4000, 4000, Color.PINK));
        ImageFacts facts = inspector.inspect(file);
        thumbnailer.make(Files.write(dir.resolve("warm.jpg"), TestImages.picture("jpeg", 400, 400, Color.PINK)),
                new ImageFacts(ImageType.JPEG, 400, 400));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().threadId();

        long before = threads.getThreadAllocatedBytes(threadId);
        Thumbnailer.Thumbnail thumbnail = thumbnailer.make(file, facts);
        long allocated = threads.getThreadAllocatedBytes(threadId) - before;

        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail.bytes())).getWidth()).isEqualTo(320);
        assertThat(allocated).as("bytes allocated making the thumbnail").isLessThan(8L * 1024 * 1024);
    }

    @Test
    void damagedDataBehindAGoodHeaderIsUnreadable() throws IOException {
        Path file = Files.write(dir.resolve("damaged.png"), TestImages.damaged(TestImages.picture("png", 200, 200, Color.RED), 40));
        ImageFacts facts = inspector.inspect(file);

        assertThatThrownBy(() -> thumbnailer.make(file, facts)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a readable image");
    }

    private BufferedImage thumbnail(String name, byte[] content, ImageType expected) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        Thumbnailer.Thumbnail thumbnail = thumbnailer.make(file, inspector.inspect(file));
        assertThat(thumbnail.type()).isEqualTo(expected);
        return ImageIO.read(new ByteArrayInputStream(thumbnail.bytes()));
    }
}
