package org.beltportal.core.media;

/** What an upload's header says it is: its true type and its size in pixels. */
public record ImageFacts(ImageType type, int width, int height) {

    public long pixels() {
        return (long) width * height;
    }
}
