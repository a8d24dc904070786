package org.beltportal.core.page;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.beltportal.core.system.InvalidInputException;

/** News items are listed under /news; plain pages (about, policies) only by their own URL. */
public enum PageKind {
    NEWS, PAGE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PageKind fromCode(String code) {
        for (PageKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw InvalidInputException.of("kind", "must be news or page");
    }
}
