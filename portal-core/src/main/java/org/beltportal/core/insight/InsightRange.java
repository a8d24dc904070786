package org.beltportal.core.insight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;

/**
 * The days a summary covers, both inclusive, as local dates of the belt's time zone. At most
 * {@value #MAX_DAYS} days: a leap year, so any calendar year fits.
 */
public record InsightRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;
    /** The range when none is asked for: the last 30 days, today included. */
    public static final int DEFAULT_DAYS = 30;

    public InsightRange {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
    }

    /**
     * The range two ISO dates ({@code 2026-12-01}) name; a missing {@code to} is today, a missing {@code from} the
     * 30th day before {@code to}. Dates that do not parse, {@code from} after {@code to} and ranges of more than
     * 366 days are refused, naming the field.
     */
    public static InsightRange parse(String from, String to, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate end = date("to", to, problems);
        LocalDate last = end == null ? today : end;
        LocalDate start = date("from", from, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate first = start == null ? last.minusDays(DEFAULT_DAYS - 1) : start;
        if (first.isAfter(last)) {
            throw InvalidInputException.of("from", "must not be after to (" + last + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw InvalidInputException.of("to", "must be at most " + MAX_DAYS + " days from from, both included");
        }
        return new InsightRange(first, last);
    }

    public static InsightRange parse(String from, String to, ZoneId zone) {
        return parse(from, to, LocalDate.now(zone));
    }

    private static LocalDate date(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be an ISO date such as 2026-12-01"));
            return null;
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
