package org.beltportal.admin.importing;

/**
 * The file cannot be read from {@code row} on (a broken quote in a CSV, a damaged workbook). Rows before
 * it were read; at upload it is a 422, in a running import one error for the rest of the file.
 */
class UnreadableFileException extends RuntimeException {

    private final long row;
    private final String reason;

    UnreadableFileException(long row, String reason, Throwable cause) {
        super("the file cannot be read from this row on: " + reason, cause);
        this.row = row;
        this.reason = reason;
    }

    long row() {
        return row;
    }

    /** The same problem at {@code row}: parts of a reader that see no rows (a zip part, a table) leave it to the reader. */
    UnreadableFileException at(long row) {
        return new UnreadableFileException(row, reason, getCause());
    }

    String reason() {
        return reason;
    }
}
