package org.beltportal.admin.console.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.core.audit.AuditFilter;
import org.beltportal.core.system.Problems;

/**
 * The audit list's query parameters as typed: {@code actor} (a username), {@code kind} (the start of the action,
 * such as {@code inquiry} or {@code user.grants}), {@code from} and {@code to} (calendar days, both inclusive),
 * {@code before} (the id the page starts below) and, on the platform's list, {@code belt} (a slug).
 */
public record AuditQuery(String actor, String kind, String from, String to, String before, String belt) {

    public AuditQuery {
        actor = clean(actor);
        kind = clean(kind);
        from = clean(from);
        to = clean(to);
        belt = clean(belt);
    }

    /** The filter with days read in {@code zone}; bad dates are field problems. */
    AuditFilter filter(ZoneId zone) {
        Problems problems = new Problems();
        LocalDate fromDay = day(from, "from", problems);
        LocalDate toDay = day(to, "to", problems);
        problems.throwIfAny();
        return new AuditFilter(actor, kind, fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The page's start; anything but an id shows the newest. */
    Long beforeId() {
        return before != null && !before.isEmpty() && before.length() < 19 && before.chars().allMatch(Character::isDigit)
                ? Long.valueOf(before) : null;
    }

    /** The filters (not the page) as a query string, for the next page's link. */
    public String filterQuery() {
        Map<String, String> set = new LinkedHashMap<>();
        set.put("actor", actor);
        set.put("kind", kind);
        set.put("from", from);
        set.put("to", to);
        set.put("belt", belt);
        return ConsoleForms.query(set);
    }

    private static LocalDate day(String value, String field, Problems problems) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            problems.require(false, field, "must be a date such as 2026-11-21");
            return null;
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
