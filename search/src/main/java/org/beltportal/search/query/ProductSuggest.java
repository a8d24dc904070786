package org.beltportal.search.query;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.beltportal.core.tenant.TenantId;

/**
 * Suggestions while typing, inside one tenant: Latin letters are read as pinyin (full spelling prefix,
 * or initials), anything else as the start of a title's words. Distinct titles, most trusted first. Each
 * backend answers from its own index.
 */
public interface ProductSuggest {

    int MAX = 10;
    /** Letters read as pinyin: a spelling's start or initials. */
    Pattern PINYIN = Pattern.compile("[a-z]{2,30}");
    /** Fetch more than shown: several products often share one title. */
    int CANDIDATES = 50;

    List<Suggestion> suggest(TenantId tenantId, String typed, int max);

    /** The cleaned text as pinyin letters would be typed: lower case, without spaces. */
    static String letters(String cleaned) {
        return cleaned.toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
