package org.beltportal.core.media;

/** An upload whose content is none of the image types taken, whatever its name says. Answered with 415. */
public class UnsupportedImageException extends RuntimeException {

    public UnsupportedImageException() {
        super("the file is not a JPEG, PNG, GIF or WebP image (judged by its content, not its name)");
    }
}
