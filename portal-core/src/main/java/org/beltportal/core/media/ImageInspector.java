package org.beltportal.core.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

import org.beltportal.core.system.InvalidInputException;

/**
 * Tells what an uploaded file is without trusting anything the client said, and without decoding it: the
 * type from the first bytes, the size from the image header (ImageReader's getWidth/getHeight read the
 * header only). A file that declares more pixels than allowed is refused here, before anything allocates a
 * buffer for them: a PNG of a few kilobytes may declare 100000x100000 pixels, 40 GB once decoded.
 */
public final class ImageInspector {

    static final String FIELD = "file";

    private final long maxPixels;

    public ImageInspector(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    public ImageFacts inspect(Path file) throws IOException {
        ImageType type = ImageType.sniff(head(file)).orElseThrow(UnsupportedImageException::new);
        ImageReader reader = readerFor(type);
        try (ImageInputStream input = new FileImageInputStream(file.toFile())) {
            reader.setInput(input, true, true);
            ImageFacts facts = new ImageFacts(type, reader.getWidth(0), reader.getHeight(0));
            if (facts.width() < 1 || facts.height() < 1) {
                throw unreadable();
            }
            if (facts.pixels() > maxPixels) {
                throw InvalidInputException.of(FIELD, "is " + facts.width() + "x" + facts.height() + " pixels; at most "
                        + maxPixels + " pixels are allowed");
            }
            return facts;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException known) {
                throw known;
            }
            throw unreadable();
        } finally {
            reader.dispose();
        }
    }

    /** A fresh reader of the type; WebP's comes from the TwelveMonkeys plugin on the class path. */
    static ImageReader readerFor(ImageType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.formatName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + type);
        }
        return readers.next();
    }

    static InvalidInputException unreadable() {
        return InvalidInputException.of(FIELD, "is not a readable image: the file is damaged or incomplete");
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ImageType.HEAD);
        }
    }
}
