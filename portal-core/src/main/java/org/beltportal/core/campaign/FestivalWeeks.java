package org.beltportal.core.campaign;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.beltportal.core.campaign.internal.CampaignMapper;
import org.beltportal.core.campaign.internal.CampaignRow;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Service;

/**
 * The festival calendar density of a set of belts: per week (Monday to Sunday in the zone asked for), how many
 * approved campaigns run and on how many belts. A campaign runs in a week when one of its occurrences, warm-up to
 * end, shares an instant with that week; a recurring campaign counts in each week one of its occurrences touches.
 * Callers check rights on every belt of the set; this service only reads.
 */
@Service
public class FestivalWeeks {

    private final CampaignMapper mapper;

    FestivalWeeks(CampaignMapper mapper) {
        this.mapper = mapper;
    }

    /** One week of the calendar, {@code start} its Monday. */
    public record Week(LocalDate start, int campaigns, int belts) {
    }

    /** Every week touching the days {@code from} to {@code to} (both included), empty weeks too. */
    public List<Week> of(Collection<TenantId> belts, LocalDate from, LocalDate to, ZoneId zone) {
        LocalDate first = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = (int) (ChronoUnit.WEEKS.between(first, to) + 1);
        int[] campaigns = new int[weeks];
        List<Set<TenantId>> beltsOfWeek = new ArrayList<>(weeks);
        for (int w = 0; w < weeks; w++) {
            beltsOfWeek.add(new HashSet<>());
        }
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = first.plusWeeks(weeks).atStartOfDay(zone).toInstant();
        for (CampaignRow row : belts.isEmpty() ? List.<CampaignRow>of() : mapper.findApprovedOf(belts)) {
            boolean[] runs = new boolean[weeks];
            for (Occurrence occurrence : row.spec().timing().between(start, end)) {
                for (int w = 0; w < weeks; w++) {
                    Instant weekStart = first.plusWeeks(w).atStartOfDay(zone).toInstant();
                    Instant weekEnd = first.plusWeeks(w + 1L).atStartOfDay(zone).toInstant();
                    runs[w] |= occurrence.warmupStart().isBefore(weekEnd) && occurrence.end().isAfter(weekStart);
                }
            }
            for (int w = 0; w < weeks; w++) {
                if (runs[w]) {
                    campaigns[w]++;
                    beltsOfWeek.get(w).add(row.tenantId());
                }
            }
        }
        List<Week> calendar = new ArrayList<>(weeks);
        for (int w = 0; w < weeks; w++) {
            calendar.add(new Week(first.plusWeeks(w), campaigns[w], beltsOfWeek.get(w).size()));
        }
        return calendar;
    }
}
