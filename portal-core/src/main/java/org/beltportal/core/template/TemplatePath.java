package org.beltportal.core.template;

import java.util.regex.Pattern;

import org.beltportal.core.system.BadRequestException;

/**
 * The name of a template an operator may override: {@code layout.ftlh}, {@code pages/*.ftlh} or
 * {@code partials/*.ftlh} with lowercase {@code [a-z0-9_-]} names. Anything else (other folders, dots,
 * escapes, upper case) is refused before it reaches storage or a template loader.
 */
public record TemplatePath(String value) {

    public static final Pattern PATTERN = Pattern.compile("layout\\.ftlh|(pages|partials)/[a-z0-9_-]{1,60}\\.ftlh");

    public TemplatePath {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new BadRequestException("a template path is layout.ftlh, pages/{name}.ftlh or partials/{name}.ftlh "
                    + "with a lowercase name of letters, digits, '-' and '_'");
        }
    }

    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
