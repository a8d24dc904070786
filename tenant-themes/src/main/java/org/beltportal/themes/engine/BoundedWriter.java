package org.beltportal.themes.engine;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;

/**
 * Collects a page in memory up to a number of characters and fails the render beyond it, so a template
 * cannot send (or make the server hold) an unbounded page. It also stops a render whose thread was
 * interrupted at its time limit, for output written outside any loop FreeMarker checks.
 */
final class BoundedWriter extends Writer {

    private final StringBuilder page = new StringBuilder(8 * 1024);
    private final long maxChars;

    BoundedWriter(long maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("render interrupted");
        }
        if (page.length() + (long) length > maxChars) {
            throw new OutputLimitExceededException(maxChars);
        }
        page.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("render interrupted");
        }
        if (page.length() + (long) length > maxChars) {
            throw new OutputLimitExceededException(maxChars);
        }
        page.append(text, offset, offset + length);
    }

    @Override
    public void flush() {
        // Nothing leaves before the render has finished.
    }

    @Override
    public void close() {
        // The page stays readable after FreeMarker closes the writer.
    }

    String page() {
        return page.toString();
    }

    /** The page went past the configured maximum. */
    static final class OutputLimitExceededException extends IOException {

        OutputLimitExceededException(long maxChars) {
            super("output larger than " + maxChars + " characters");
        }
    }
}
