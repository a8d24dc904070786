package org.beltportal.core.campaign.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignSpec;
import org.beltportal.core.campaign.CampaignState;
import org.beltportal.core.campaign.Occurrence;
import org.beltportal.core.tenant.TenantId;

/**
 * A campaign as the table holds it: the same parts, but the spec's times are the first occurrence's
 * instants as UTC wall-clock times (what the {@code DATETIME} columns keep, whatever the zones of the JVM
 * and the database). The mapper XML reads and writes every other field of the parts by name.
 */
public record CampaignRow(long id, TenantId tenantId, CampaignSpec spec, CampaignState state) {

    /** The row to write for {@code campaign} at {@code now}. */
    public static CampaignRow of(Campaign campaign, Instant now) {
        Occurrence first = campaign.timing().first();
        CampaignSpec stored = campaign.spec().withTimes(utc(first.warmupStart()), utc(first.liveStart()), utc(first.end()));
        return new CampaignRow(campaign.id(), campaign.tenantId(), stored, campaign.state().savedAt(now));
    }

    /** The campaign this row holds, its times back in the campaign's zone. */
    public Campaign campaign() {
        ZoneId zone = ZoneId.of(spec.timezone());
        CampaignSpec local = spec.withTimes(local(spec.warmupStart(), zone), local(spec.liveStart(), zone),
                local(spec.end(), zone));
        return new Campaign(id, tenantId, local, state);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static LocalDateTime local(LocalDateTime utc, ZoneId zone) {
        return LocalDateTime.ofInstant(utc.toInstant(ZoneOffset.UTC), zone);
    }
}
