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
 */
public record CampaignTiming(LocalDateTime warmupStart, LocalDateTime liveStart, LocalDateTime end, ZoneId zone,
                             Recurrence recurrence) {

    public CampaignTiming {
        if (recurrence != null && !recurrence.months().contains(liveStart.getMonthValue())) {
            throw new IllegalArgumentException("recurrence months " + recurrence.months() + " must include the live month "
                    + liveStart.getMonthValue());
        }
    }

    public Occurrence first() {
        return occurrence(0);
    }

    /** Occurrence {@code n} (0 is the first); only 0 exists without a recurrence. */
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

    /** Every occurrence sharing an instant with [from, to), in order. */
    public List<Occurrence> between(Instant from, Instant to) {
        int n = indexAt(from);
        if (n < 0) {
            return List.of();
        }
        if (recurrence == null) {
            return first().warmupStart().isBefore(to) ? List.of(first()) : List.of();
        }
        List<Occurrence> found = new ArrayList<>();
        for (Occurrence o = occurrence(n); o.warmupStart().isBefore(to); o = occurrence(++n)) {
            found.add(o);
        }
        return found;
    }

    /** Whether each occurrence ends before the next warms up, checked over the first {@code years} years. */
    boolean occurrencesAreApart(int years) {
        if (recurrence == null) {
            return true;
        }
        int count = years * recurrence.months().size();
        for (int n = 0; n < count; n++) {
            if (occurrence(n + 1).warmupStart().isBefore(occurrence(n).end())) {
                return false;
            }
        }
        return true;
    }

    /** Index of the occurrence containing or following {@code at}, -1 if there is none. */
    private int indexAt(Instant at) {
        if (recurrence == null) {
            return first().end().isAfter(at) ? 0 : -1;
        }
        // Occurrences are apart (validated) so each spans under a year: starting two years back skips nothing.
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        int monthsSinceFirst = (local.getYear() - liveStart.getYear()) * 12 + local.getMonthValue() - liveStart.getMonthValue();
        int cycles = Math.max(0, monthsSinceFirst / 12 - 2);
        int months = recurrence.months().size();
        int n = Math.max(0, cycles * months - recurrence.months().indexOf(liveStart.getMonthValue()));
        while (!occurrence(n).end().isAfter(at)) {
            n++;
        }
        return n;
    }

    private Instant instant(LocalDateTime local) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }
}
