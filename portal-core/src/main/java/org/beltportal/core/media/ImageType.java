package org.beltportal.core.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image types the library takes, told apart by their first bytes only: the name and Content-Type a
 * client sends are ignored, so a PNG named {@code .jpg} is stored as the PNG it is and an HTML page named
 * {@code .png} is refused. SVG is not among them: it is a document that can carry script.
 */
public enum ImageType {
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png", "png"),
    GIF("image/gif", "gif", "gif"),
    WEBP("image/webp", "webp", "webp");

    /** How many leading bytes {@link #sniff} needs. */
    public static final int HEAD = 12;

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_MAGIC = {'W', 'E', 'B', 'P'};

    private final String contentType;
    private final String extension;
    private final String formatName;

    ImageType(String contentType, String extension, String formatName) {
        this.contentType = contentType;
        this.extension = extension;
        this.formatName = formatName;
    }

    public String contentType() {
        return contentType;
    }

    /** The extension of stored files and URLs, e.g. {@code jpg}. */
    public String extension() {
        return extension;
    }

    /** The ImageIO format name whose reader decodes this type. */
    String formatName() {
        return formatName;
    }

    /** The type whose signature {@code head} starts with, if any. */
    public static Optional<ImageType> sniff(byte[] head) {
        if (startsWith(head, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, GIF87) || startsWith(head, 0, GIF89)) {
            return Optional.of(GIF);
        }
        if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP_MAGIC)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The type stored under this extension, for serving. */
    public static Optional<ImageType> byExtension(String extension) {
        return Arrays.stream(values()).filter(type -> type.extension.equals(extension)).findFirst();
    }

    public static Optional<ImageType> byContentType(String contentType) {
        return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
