package org.beltportal.core.campaign;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Converts between {@link Campaign} (wall-clock times, lists) and {@link CampaignRow} (UTC, JSON text). */
@Component
class CampaignRows {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Long>> IDS = new TypeReference<>() { };
    private static final TypeReference<List<Placement>> PLACEMENTS = new TypeReference<>() { };

    private final JsonMapper json;

    CampaignRows(JsonMapper json) {
        this.json = json;
    }

    CampaignRow toRow(Campaign c, Instant now) {
        Occurrence first = c.timing().first();
        String months = c.recurrence() == null ? null
                : c.recurrence().months().stream().map(String::valueOf).collect(Collectors.joining(","));
        return new CampaignRow(c.id(), c.tenantId(), c.slug(), c.name(), c.kind(), first.warmupStart(),
                first.liveStart(), first.end(), c.timezone(), months, c.bannerText(), json.writeValueAsString(c.bannerImages()),
                json.writeValueAsString(c.featuredProductIds()), json.writeValueAsString(c.featuredSupplierIds()),
                json.writeValueAsString(c.placements()), c.status(), c.rejectionReason(), c.createdBy(), c.submittedBy(),
                c.decidedBy(), c.version(), c.createdAt() == null ? now : c.createdAt(), now);
    }

    Campaign toCampaign(CampaignRow r) {
        ZoneId zone = ZoneId.of(r.timezone());
        Recurrence recurrence = r.recurrenceMonths() == null ? null
                : new Recurrence(Arrays.stream(r.recurrenceMonths().split(",")).map(Integer::valueOf).toList());
        return new Campaign(r.id(), r.tenantId(), r.slug(), r.name(), r.kind(), local(r.warmupStart(), zone),
                local(r.liveStart(), zone), local(r.endAt(), zone), r.timezone(), recurrence, r.bannerText(),
                read(r.bannerImages(), STRINGS), read(r.featuredProducts(), IDS), read(r.featuredSuppliers(), IDS),
                read(r.placements(), PLACEMENTS), r.status(), r.rejectionReason(), r.createdBy(), r.submittedBy(),
                r.decidedBy(), r.version(), r.createdAt(), r.updatedAt());
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    private <T> List<T> read(String text, TypeReference<List<T>> type) {
        return text == null ? List.of() : json.readValue(text, type);
    }
}
