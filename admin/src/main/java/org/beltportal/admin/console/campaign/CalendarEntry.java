package org.beltportal.admin.console.campaign;

import java.time.Instant;
import java.time.LocalDateTime;

import org.beltportal.core.campaign.CampaignService.Scheduled;
import org.beltportal.core.campaign.Occurrence;
import org.beltportal.core.tenant.Tenant;

/**
 * One occurrence of a campaign as the calendar shows it: which belt, the campaign (linked to its editor), the
 * occurrence's wall-clock times in the belt's zone, its phase now and the campaign's review status (codes; the
 * page words them). {@code column} tells the belts apart when several are shown side by side.
 */
public record CalendarEntry(String beltName, int column, long id, String name, String href, LocalDateTime warmupStart,
                            LocalDateTime liveStart, LocalDateTime end, String phase, String status) {

    static CalendarEntry of(Tenant belt, int column, Scheduled scheduled, Instant now) {
        Occurrence occurrence = scheduled.occurrence();
        Occurrence.Local local = occurrence.inZone(belt.zone());
        return new CalendarEntry(belt.name(), column, scheduled.campaign().id(), scheduled.campaign().spec().name(),
                CampaignPaths.editor(belt, scheduled.campaign().id()), local.warmupStart(), local.liveStart(), local.end(),
                occurrence.phaseAt(now).code(), scheduled.campaign().state().status().code());
    }

    /** Whether the occurrence, warm-up to end, shares time with the day that starts at {@code from} (local). */
    boolean covers(LocalDateTime from, LocalDateTime to) {
        return warmupStart.isBefore(to) && end.isAfter(from);
    }
}
