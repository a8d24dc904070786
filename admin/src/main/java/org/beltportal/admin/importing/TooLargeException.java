package org.beltportal.admin.importing;

/**
 * The file passes one of the {@link ImportLimits} from {@code row} on (a cell, a row, the workbook's parts,
 * its shared strings). At upload it is a 413; in a running import, like any unreadable file, one error for
 * the rest of the file.
 */
public final class TooLargeException extends UnreadableFileException {

    TooLargeException(long row, String reason) {
        super(row, reason, null);
    }

    /** What is too large and where, as a field message. */
    public String problem() {
        return reason() + " (row " + row() + ")";
    }

    @Override
    TooLargeException at(long row) {
        return new TooLargeException(row, reason());
    }
}
