package org.beltportal.search.query;

import java.util.Locale;

import org.beltportal.core.system.InvalidInputException;

/** Result orders buyers can pick; the request names them in lowercase ({@code price_asc}). */
public enum SearchSort {
    RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST, MOQ;

    public static SearchSort fromCode(String code) {
        if (code == null || code.isBlank()) {
            return RELEVANCE;
        }
        for (SearchSort sort : values()) {
            if (sort.name().toLowerCase(Locale.ROOT).equals(code)) {
                return sort;
            }
        }
        throw InvalidInputException.of("sort", "must be relevance, price_asc, price_desc, newest or moq");
    }
}
