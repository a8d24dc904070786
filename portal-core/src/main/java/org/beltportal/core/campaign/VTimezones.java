package org.beltportal.core.campaign;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes a VTIMEZONE for a java.time zone, valid from its last historical change on: one STANDARD part for
 * a zone without daylight saving today (Asia/Shanghai), else a STANDARD and a DAYLIGHT part with the yearly
 * rules java.time holds for it (America/New_York: second Sunday of March, first Sunday of November).
 */
final class VTimezones {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private VTimezones() {
    }

    static void write(IcsLines ics, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> history = rules.getTransitions();
        ZoneOffsetTransition last = history.isEmpty() ? null : history.getLast();
        ics.raw("BEGIN", "VTIMEZONE").raw("TZID", zone.getId());
        if (rules.getTransitionRules().isEmpty()) {
            ZoneOffset offset = last == null ? rules.getOffset(Instant.EPOCH) : last.getOffsetAfter();
            LocalDateTime since = last == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : last.getDateTimeAfter();
            part(ics, "STANDARD", since, offset, offset, null);
        } else {
            int year = Math.max(1970, last == null ? 1970 : last.getDateTimeAfter().getYear() + 1);
            for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
                boolean daylight = !rule.getOffsetAfter().equals(rule.getStandardOffset());
                part(ics, daylight ? "DAYLIGHT" : "STANDARD", rule.createTransition(year).getDateTimeBefore(),
                        rule.getOffsetBefore(), rule.getOffsetAfter(), yearly(rule));
            }
        }
        ics.raw("END", "VTIMEZONE");
    }

    private static void part(IcsLines ics, String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to, String rrule) {
        ics.raw("BEGIN", kind).raw("DTSTART", LOCAL.format(start))
                .raw("TZOFFSETFROM", offset(from)).raw("TZOFFSETTO", offset(to));
        if (rrule != null) {
            ics.raw("RRULE", rrule);
        }
        ics.raw("END", kind);
    }

    /** The yearly rule of one transition as an RRULE: a weekday on or after (or before) a day of a month, or a fixed day. */
    private static String yearly(ZoneOffsetTransitionRule rule) {
        int day = rule.getDayOfMonthIndicator();
        DayOfWeek weekday = rule.getDayOfWeek();
        String base = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
        if (weekday == null) {
            return base + ";BYMONTHDAY=" + day;
        }
        String code = weekday.name().substring(0, 2);
        if (day > 0 && (day - 1) % 7 == 0) {
            return base + ";BYDAY=" + ((day - 1) / 7 + 1) + code;
        }
        if (day < 0 && (-day - 1) % 7 == 0) {
            return base + ";BYDAY=-" + ((-day - 1) / 7 + 1) + code;
        }
        int step = day > 0 ? 1 : -1;
        String days = IntStream.range(0, 7).mapToObj(i -> String.valueOf(day + i * step)).collect(Collectors.joining(","));
        return base + ";BYMONTHDAY=" + days + ";BYDAY=" + code;
    }

    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String hhmm = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? hhmm : hhmm + String.format("%02d", abs % 60);
    }
}
