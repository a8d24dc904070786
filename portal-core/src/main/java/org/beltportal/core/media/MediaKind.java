package org.beltportal.core.media;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.beltportal.core.system.InvalidInputException;

/** What an image is for, so forms can offer the right ones (a logo picker shows logos first). */
public enum MediaKind {
    LOGO, HERO, PRODUCT, BANNER, OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static MediaKind fromCode(String code) {
        for (MediaKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw InvalidInputException.of("kind", "must be one of logo, hero, product, banner, other");
    }
}
