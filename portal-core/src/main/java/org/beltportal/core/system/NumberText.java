package org.beltportal.core.system;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The one parser for numbers that arrive as text from outside: query parameters, form fields, import cells.
 * It accepts decimal notation of bounded size only: at most 18 digits before and after the point and an
 * exponent of at most two digits. {@link BigDecimal} alone accepts {@code 1e999999999}, which parses in
 * microseconds but then costs minutes of CPU and gigabytes to compare, scale or print; no price, quantity
 * or spreadsheet cell needs more than this.
 */
public final class NumberText {

    private static final Pattern BOUNDED = Pattern.compile("[+-]?\\d{1,18}(?:\\.\\d{0,18})?(?:[eE][+-]?\\d{1,2})?");
    /** Text longer than any accepted number is refused before the pattern looks at it. */
    private static final int MAX_LENGTH = 45;

    private NumberText() {
    }

    /** The number, or empty when the text is not a number of bounded size. */
    public static Optional<BigDecimal> decimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH || !BOUNDED.matcher(stripped).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(stripped));
    }

    /**
     * A whole number that fits a long, or empty. "30.0" counts as 30: that is how some spreadsheets hand
     * over a number cell.
     */
    public static OptionalLong wholeNumber(String text) {
        return decimal(text).map(NumberText::exactLong).orElseGet(OptionalLong::empty);
    }

    /**
     * A decimal between {@code min} and {@code max} (inclusive) for the named field, or the field's problem.
     * Blank text is no value at all (null).
     */
    public static BigDecimal requireDecimal(String field, String text, BigDecimal min, BigDecimal max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return decimal(text).filter(d -> d.compareTo(min) >= 0 && d.compareTo(max) <= 0)
                .orElseThrow(() -> InvalidInputException.of(field,
                        "must be a number from " + min.toPlainString() + " to " + max.toPlainString()));
    }

    /** A whole number between {@code min} and {@code max} (inclusive) for the named field; blank is null. */
    public static Long requireWholeNumber(String field, String text, long min, long max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        OptionalLong value = wholeNumber(text);
        if (value.isEmpty() || value.getAsLong() < min || value.getAsLong() > max) {
            throw InvalidInputException.of(field, "must be a whole number from " + min + " to " + max);
        }
        return value.getAsLong();
    }

    private static OptionalLong exactLong(BigDecimal value) {
        try {
            return OptionalLong.of(value.longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }
}
