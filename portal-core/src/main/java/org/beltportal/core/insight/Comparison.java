package org.beltportal.core.insight;

import java.util.Locale;

import org.beltportal.core.system.InvalidInputException;

/** What a dashboard's figures are compared with: nothing, the days just before, or the same days a year before. */
public enum Comparison {
    NONE, PREVIOUS, YEAR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The comparison a parameter names; blank is {@link #PREVIOUS}, anything else unknown a problem at {@code compare}. */
    public static Comparison parse(String code) {
        if (code == null || code.isBlank()) {
            return PREVIOUS;
        }
        for (Comparison comparison : values()) {
            if (comparison.code().equals(code.strip())) {
                return comparison;
            }
        }
        throw InvalidInputException.of("compare", "must be none, previous or year");
    }

    /**
     * The days compared with {@code range}: as many days ending the day before it ({@link #PREVIOUS}), or the same
     * dates a year earlier ({@link #YEAR}; 29 February becomes the 28th, so that range may be a day shorter).
     * Null for {@link #NONE}.
     */
    public InsightRange of(InsightRange range) {
        return switch (this) {
            case NONE -> null;
            case PREVIOUS -> new InsightRange(range.from().minusDays(range.days()), range.from().minusDays(1));
            case YEAR -> new InsightRange(range.from().minusYears(1), range.to().minusYears(1));
        };
    }
}
