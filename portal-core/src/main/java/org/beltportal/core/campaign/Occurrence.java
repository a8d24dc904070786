package org.beltportal.core.campaign;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One run of a campaign as instants: warm-up from {@code warmupStart}, live from {@code liveStart}, over at
 * {@code end}. Each start is inclusive and the end exclusive, so at {@code liveStart} exactly it is live.
 */
public record Occurrence(Instant warmupStart, Instant liveStart, Instant end) {

    public CampaignPhase phaseAt(Instant at) {
        if (at.isBefore(warmupStart)) {
            return CampaignPhase.SCHEDULED;
        }
        if (at.isBefore(liveStart)) {
            return CampaignPhase.WARMUP;
        }
        return at.isBefore(end) ? CampaignPhase.LIVE : CampaignPhase.ENDED;
    }

    /** The first of this occurrence's boundaries strictly after {@code at}, if any is left. */
    public Optional<Instant> nextChangeAfter(Instant at) {
        return Stream.of(warmupStart, liveStart, end).filter(boundary -> boundary.isAfter(at)).findFirst();
    }

    /** Whether the two share any instant from warm-up to end: the span a placement is taken. */
    public boolean overlaps(Occurrence other) {
        return warmupStart.isBefore(other.end) && other.warmupStart.isBefore(end);
    }

    public Local inZone(ZoneId zone) {
        return new Local(LocalDateTime.ofInstant(warmupStart, zone), LocalDateTime.ofInstant(liveStart, zone),
                LocalDateTime.ofInstant(end, zone));
    }

    /** The same occurrence as wall-clock times of the campaign's zone, as the admin API shows it. */
    public record Local(LocalDateTime warmupStart, LocalDateTime liveStart, LocalDateTime end) {
    }
}
