package org.beltportal.core.insight;

import java.time.Instant;
import java.util.List;

/**
 * A campaign occurrence's phases, each against its baseline (docs/insight.md, "Campaigns"). {@code over} says
 * whether the phase has ended; a phase still running has the figures stored so far.
 */
public record CampaignReport(long campaignId, String name, String timeZone, Instant warmupStart, Instant liveStart,
                             Instant end, List<Phase> phases) {

    /** One phase, [from, to), and its baseline, [baselineFrom, baselineTo), of the same length. */
    public record Phase(String phase, Instant from, Instant to, Instant baselineFrom, Instant baselineTo, boolean over,
                        List<Uplift> figures) {
    }

    /** A figure in the phase and in its baseline; {@code uplift} is their ratio, null when the baseline is 0. */
    public record Uplift(String key, long value, long baseline, Double uplift) {

        static Uplift of(String key, long value, long baseline) {
            return new Uplift(key, value, baseline, baseline == 0 ? null : (double) value / baseline);
        }
    }
}
