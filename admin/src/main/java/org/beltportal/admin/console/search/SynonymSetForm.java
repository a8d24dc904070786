package org.beltportal.admin.console.search;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A synonym set as the console's form holds it: one text box, terms separated by new lines or commas (ASCII or
 * Chinese), so a set can be pasted from a spreadsheet's column or typed on a phone. The service trims the terms
 * and checks them.
 */
final class SynonymSetForm {

    private static final Pattern SEPARATORS = Pattern.compile("[\\r\\n,，、]+");

    private SynonymSetForm() {
    }

    static List<String> terms(String text) {
        return text == null ? List.of() : Arrays.stream(SEPARATORS.split(text)).filter(term -> !term.isBlank()).toList();
    }

    static String text(List<String> terms) {
        return String.join("\n", terms);
    }
}
