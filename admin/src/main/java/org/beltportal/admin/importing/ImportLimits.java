package org.beltportal.admin.importing;

/**
 * What an import file may hold, so that no upload can make a reader hold more than a bounded amount of
 * memory or run for long: docs/operations.md lists them, decision 0014 says why these values.
 *
 * @param columns cells of a row that may hold a value; values further right only fail their row
 * @param cellChars characters of one cell (Excel's own limit: a longer value was not typed in Excel)
 * @param rowChars characters of one CSV record, delimiters and quotes included
 * @param zipEntries parts of an .xlsx archive
 * @param partBytes bytes a part of an .xlsx may expand to
 * @param expansion how many times its compressed size a part may expand to (past the first MiB)
 * @param sharedStrings entries of an .xlsx's shared strings table
 * @param sharedStringChars characters of all the shared strings together
 */
record ImportLimits(int columns, int cellChars, int rowChars, int zipEntries, long partBytes, int expansion,
                    int sharedStrings, long sharedStringChars) {

    static final ImportLimits DEFAULT = new ImportLimits(100, 32_767, 200_000, 10_000, 1L << 30, 100,
            4_000_000, 256L << 20);
}
