package org.beltportal.admin.importing;

import java.io.Closeable;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The rows of an import file, read one at a time so a file of any size takes little memory. Opening one
 * reads and checks the header; {@link #rows()} then streams the data rows by column name.
 */
interface RowSource extends Closeable {

    Header header();

    /**
     * The next row in the file (blank ones included), or null after the last.
     *
     * @throws UnreadableFileException when the file cannot be read from this row on
     */
    Cells next();

    /** The data rows after the header, without blank rows; single use. */
    default Stream<SourceRow> rows() {
        return Stream.iterate(next(), Objects::nonNull, previous -> next())
                .filter(cells -> !cells.isBlank())
                .map(header()::row);
    }
}
