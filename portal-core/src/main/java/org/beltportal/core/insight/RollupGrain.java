package org.beltportal.core.insight;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * What a summary of a range of local days reads (decision 0055). The daily rollups are China days
 * ({@link InsightRankings#ZONE}); they answer a range exactly when the zone keeps China's offset over all of it,
 * since every local day then starts and ends when a China day does: a range of Asia/Shanghai or of the region and
 * platform pages, and of any other zone at UTC+8 without a change in it. Any other range (Los Angeles, Urumqi at
 * UTC+6, a zone that changes its clock inside the range) reads the UTC hours, as before.
 */
enum RollupGrain {
    HOURS, CHINA_DAYS;

    static RollupGrain of(ZoneId zone, InsightRange range) {
        Instant from = range.from().atStartOfDay(zone).toInstant();
        Instant to = range.to().plusDays(1).atStartOfDay(zone).toInstant();
        ZoneRules china = InsightRankings.ZONE.getRules();
        ZoneRules own = zone.getRules();
        boolean sameClock = own.getOffset(from).equals(china.getOffset(from)) && steady(own, from, to) && steady(china, from, to);
        return sameClock ? CHINA_DAYS : HOURS;
    }

    /** No change of offset from {@code from} (exclusive) until {@code to}. */
    private static boolean steady(ZoneRules rules, Instant from, Instant to) {
        ZoneOffsetTransition next = rules.nextTransition(from);
        return next == null || !next.getInstant().isBefore(to);
    }
}
