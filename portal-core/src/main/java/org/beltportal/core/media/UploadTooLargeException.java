package org.beltportal.core.media;

/** An upload past {@code portal.media.max-upload}. Answered with 413. */
public class UploadTooLargeException extends RuntimeException {

    public UploadTooLargeException(long limit) {
        super("the file is larger than " + limit + " bytes");
    }
}
