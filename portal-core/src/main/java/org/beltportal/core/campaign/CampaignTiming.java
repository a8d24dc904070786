package org.beltportal.core.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's times and the occurrences they imply. The first occurrence is the one entered. With a
 * recurrence, occurrence {@code n} goes live in the n-th listed month after the first one (wrapping into
 * later years) at the same wall-clock time, on the same day of the month or the month's last day when it is
 * shorter (31 -> 30, 30 -> 28 or 29 in February); it is always derived from the first, so clamping never
 * drifts. Warm-up and end keep their wall-clock distance to the live start. Wall-clock times become instants
 * in {@code zone}; a time that a daylight-saving gap skips moves forward by the gap, an ambiguous one takes
 * the earlier offset.
 * <p>
 * A recurrence repeats through the last of {@link CampaignYears} and only for a campaign whose times all lie in
 * them (the rule on saving; data stored before it may not): otherwise only the first occurrence exists. Every
 * walk over occurrences is so bounded by the calendar, never by the instant asked about or the stored years.
 */
public record CampaignTiming(LocalDateTime warmupStart, LocalDateTime liveStart, LocalDateTime end, ZoneId zone,
                             Recurrence recurrence) {

    /**
     * No walk over occurrences takes more steps than this, whatever the data: a valid campaign is found within
     * three years of months, and callers list at most five years (60 monthly occurrences).
     */
    static final int MAX_STEPS = 120;

    public CampaignTiming {
        if (recurrence != null && !recurrence.months().contains(liveStart.getMonthValue())) {
            throw new IllegalArgumentException("recurrence months " + recurrence.months() + " must include the live month "
                    + liveStart.getMonthValue());
        }
    }

    public Occurrence first() {
        return occurrence(0);
    }

    /** Occurrence {@code n} (0 is the first); only 0 exists without a recurrence, none past the calendar (see above). */
    public Occurrence occurrence(int n) {
        LocalDateTime live = liveStart;
        if (recurrence != null) {
            List<Integer> months = recurrence.months();
            int index = months.indexOf(liveStart.getMonthValue()) + n;
            int monthsLater = index / months.size() * 12 + months.get(index % months.size()) - liveStart.getMonthValue();
            live = liveStart.plusMonths(monthsLater);
        }
        return new Occurrence(instant(live.minus(Duration.between(warmupStart, liveStart))), instant(live),
                instant(live.plus(Duration.between(liveStart, end))));
    }

    /** The occurrence that contains {@code at} or is the next to come; empty once a one-off campaign is over. */
    public Optional<Occurrence> at(Instant at) {
        int n = indexAt(at);
        return n < 0 ? Optional.empty() : Optional.of(occurrence(n));
    }

    public CampaignPhase phaseAt(Instant at) {
        return at(at).map(occurrence -> occurrence.phaseAt(at)).orElse(CampaignPhase.ENDED);
    }

    /** The next instant after {@code at} at which the phase changes; empty once a one-off campaign is over. */
    public Optional<Instant> nextChangeAfter(Instant at) {
        return at(at).flatMap(occurrence -> occurrence.nextChangeAfter(at));
    }

    /** Every occurrence sharing an instant with [from, to), in order; at most {@value #MAX_STEPS}. */
    public List<Occurrence> between(Instant from, Instant to) {
        List<Occurrence> found = new ArrayList<>();
        int n = indexAt(from);
        if (n < 0) {
            return found;
        }
        for (int last = lastIndex(); n <= last && found.size() < MAX_STEPS; n++) {
            Occurrence occurrence = occurrence(n);
            if (!occurrence.warmupStart().isBefore(to)) {
                break;
            }
            found.add(occurrence);
        }
        return found;
    }

    /** Whether each occurrence ends before the next warms up, checked over the first {@code years} years. */
    boolean occurrencesAreApart(int years) {
        if (recurrence == null) {
            return true;
        }
        int count = Math.min(years * recurrence.months().size(), lastIndex());
        for (int n = 0; n < count; n++) {
            if (occurrence(n + 1).warmupStart().isBefore(occurrence(n).end())) {
                return false;
            }
        }
        return true;
    }

    /** Index of the occurrence containing or following {@code at}, -1 if there is none. */
    private int indexAt(Instant at) {
        if (first().end().isAfter(at)) {
            return 0;
        }
        int last = lastIndex();
        if (!occurrence(last).end().isAfter(at)) {
            return -1;
        }
        // Now at lies between the first and the last occurrence: within the calendar's years, so the months
        // count exactly. Occurrences are apart (validated) so each spans under a year: starting two years back
        // skips nothing.
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        int monthsSinceFirst = (local.getYear() - liveStart.getYear()) * 12 + local.getMonthValue() - liveStart.getMonthValue();
        int cycles = Math.max(0, monthsSinceFirst / 12 - 2);
        int n = Math.min(last, Math.max(0, cycles * recurrence.months().size() - firstMonthIndex()));
        for (int steps = 0; steps < MAX_STEPS; steps++, n++) {
            if (occurrence(n).end().isAfter(at)) {
                return n;
            }
        }
        return -1;
    }

    /** The index of the last occurrence: the last listed month of {@link CampaignYears#LAST}, or 0 (see above). */
    private int lastIndex() {
        if (recurrence == null || !inCalendarYears()) {
            return 0;
        }
        return (CampaignYears.LAST - liveStart.getYear() + 1) * recurrence.months().size() - 1 - firstMonthIndex();
    }

    /** Whether all three times lie in {@link CampaignYears}, as saving requires (older rows may not). */
    boolean inCalendarYears() {
        return CampaignYears.contains(warmupStart) && CampaignYears.contains(liveStart) && CampaignYears.contains(end);
    }

    private int firstMonthIndex() {
        return recurrence.months().indexOf(liveStart.getMonthValue());
    }

    private Instant instant(LocalDateTime local) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }
}
