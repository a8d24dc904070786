package org.beltportal.admin.importing;

/**
 * The file cannot be read from {@code row} on (a broken quote in a CSV, a damaged workbook). Rows before
 * it were read; at upload it is a 422, in a running import one error for the rest of the file.
 */
final class UnreadableFileException extends RuntimeException {

    private final long row;

    UnreadableFileException(long row, String reason, Throwable cause) {
        super("the file cannot be read from this row on: " + reason, cause);
        this.row = row;
    }

    long row() {
        return row;
    }
}
