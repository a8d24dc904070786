package org.beltportal.admin.importing;

import java.util.regex.Pattern;

/**
 * Spreadsheet formula injection (CSV injection): Excel and WPS run a cell that starts with = + - @ (or a
 * tab or carriage return, which they skip) as a formula, so a product title such as
 * {@code =HYPERLINK("http://evil", "点击")} in an exported CSV would act when an operator opens it. An
 * export puts a single quote before such a cell, which makes spreadsheets show it as text; an import takes
 * that quote off again, so an exported file imports to the same products. A plain number ({@code -12},
 * {@code -0.25}) is left as it is: a spreadsheet reads it as that number, which is what it is.
 */
final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-[0-9]{1,18}(\\.[0-9]{1,18})?");

    private CsvCells() {
    }

    static String neutralised(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    static String unquoted(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }
}
