package org.beltportal.core.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * The small copy of an upload that lists and pickers show. Decoding reads only every n-th pixel of every
 * n-th row (source subsampling), n chosen so the decoded image is at most about twice the thumbnail each
 * way: a 40-megapixel photo is decoded into well under a megapixel, never into 160 MB. Decoding is also
 * what finds a file whose header is fine but whose data is damaged. Images with transparency give a PNG
 * thumbnail, the others a JPEG; the thumbnail fits a box as wide as the setting and twice as high.
 */
public final class Thumbnailer {

    private final int width;

    public Thumbnailer(int width) {
        this.width = width;
    }

    /** An encoded thumbnail and its type. */
    public record Thumbnail(ImageType type, byte[] bytes) {
    }

    public Thumbnail make(Path file, ImageFacts facts) {
        double scale = Math.min(1.0, Math.min((double) width / facts.width(), 2.0 * width / facts.height()));
        int targetWidth = Math.max(1, (int) Math.round(facts.width() * scale));
        int targetHeight = Math.max(1, (int) Math.round(facts.height() * scale));
        int step = Math.max(1, Math.min(facts.width() / targetWidth, facts.height() / targetHeight));
        try {
            BufferedImage decoded = decode(file, facts.type(), step);
            boolean alpha = decoded.getColorModel().hasAlpha();
            BufferedImage small = new BufferedImage(targetWidth, targetHeight,
                    alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                if (!alpha) {
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, targetWidth, targetHeight);
                }
                g.drawImage(decoded, 0, 0, targetWidth, targetHeight, null);
            } finally {
                g.dispose();
            }
            ImageType type = alpha ? ImageType.PNG : ImageType.JPEG;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(small, type.formatName(), out)) {
                throw new IllegalStateException("no ImageIO writer for " + type);
            }
            return new Thumbnail(type, out.toByteArray());
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalStateException noWriter) {
                throw noWriter;
            }
            throw ImageInspector.unreadable();
        }
    }

    private static BufferedImage decode(Path file, ImageType type, int step) throws IOException {
        ImageReader reader = ImageInspector.readerFor(type);
        try (ImageInputStream input = new FileImageInputStream(file.toFile())) {
            reader.setInput(input, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        } finally {
            reader.dispose();
        }
    }
}
