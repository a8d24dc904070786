package org.beltportal.core.insight;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a buyer came to a product from, as the portal's own links say ({@code ?from=search} ...) and the
 * inquiry form passes on in its hidden {@code source} field. Anything else is {@link #DIRECT}.
 */
public enum VisitSource {
    SEARCH, CAMPAIGN, HOME, DIRECT;

    public static final String PARAMETER = "from";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source a code names; empty for anything that is not one of the four codes. */
    public static Optional<VisitSource> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (VisitSource source : values()) {
            if (source.code().equals(code)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
