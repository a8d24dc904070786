package org.beltportal.admin.console.campaign;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import org.beltportal.admin.console.MediaPicks;
import org.beltportal.core.campaign.CampaignKind;
import org.beltportal.core.campaign.CampaignDraft;
import org.beltportal.core.campaign.CampaignSpec;
import org.beltportal.core.campaign.Placement;
import org.beltportal.core.campaign.Recurrence;
import org.springframework.util.MultiValueMap;

/**
 * The editor's fields as typed (strings, so a wrong value is shown back as it was typed), read from a posted
 * form or from a stored campaign, and turned into the API's {@link CampaignDraft}. Times are the values of
 * {@code datetime-local} inputs: wall-clock times in {@code timezone}. Public: the template engine reads it.
 */
public record CampaignForm(
        String slug,
        String name,
        String kind,
        String warmupStart,
        String liveStart,
        String end,
        String timezone,
        List<Integer> recurrenceMonths,
        String bannerText,
        List<String> bannerImages,
        List<Long> featuredProductIds,
        List<Long> featuredSupplierIds,
        List<Placement> placements,
        String version,
        String nameEn,
        String bannerTextEn) {

    /** A {@code datetime-local} input's value, minutes only (what the input sends and shows). */
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final String TIME_RULE = "must be a date and time such as 2027-03-01T09:00";

    /** An empty form on a date the calendar was clicked at: warm-up from that morning, live a week later. */
    static CampaignForm startingOn(LocalDate date, String timezone) {
        LocalDateTime warmup = date.atTime(9, 0);
        return new CampaignForm("", "", CampaignKind.FESTIVAL.code(), LOCAL.format(warmup), LOCAL.format(warmup.plusDays(7)),
                LOCAL.format(warmup.plusDays(10)), timezone, List.of(), "", List.of(), List.of(), List.of(), List.of(), "", "", "");
    }

    static CampaignForm of(CampaignSpec spec, int version) {
        return new CampaignForm(spec.slug(), spec.name(), spec.kind() == null ? "" : spec.kind().code(),
                LOCAL.format(spec.warmupStart()), LOCAL.format(spec.liveStart()), LOCAL.format(spec.end()), spec.timezone(),
                spec.recurrence() == null ? List.of() : spec.recurrence().months(), Objects.toString(spec.bannerText(), ""),
                spec.bannerImages(), spec.featuredProductIds(), spec.featuredSupplierIds(), spec.placements(),
                String.valueOf(version), Objects.toString(spec.nameEn(), ""), Objects.toString(spec.bannerTextEn(), ""));
    }

    /**
     * The form as posted. Placements come as two parallel lists ({@code placementSlot}, {@code placementPage});
     * rows left blank are the form's spare row, not a placement. Ids that are not numbers cannot have come from
     * the form's own buttons and are dropped.
     */
    static CampaignForm posted(MultiValueMap<String, String> fields) {
        List<String> slots = values(fields, "placementSlot");
        List<String> pages = values(fields, "placementPage");
        List<Placement> placements = IntStream.range(0, Math.max(slots.size(), pages.size()))
                .mapToObj(i -> new Placement(at(slots, i), at(pages, i)))
                .filter(p -> !p.slot().isBlank() || !p.page().isBlank())
                .toList();
        return new CampaignForm(first(fields, "slug"), first(fields, "name"), first(fields, "kind"),
                first(fields, "warmupStart"), first(fields, "liveStart"), first(fields, "end"), first(fields, "timezone"),
                numbers(values(fields, "recurrenceMonths")).stream().map(Long::intValue).toList(), first(fields, "bannerText"),
                MediaPicks.added(values(fields, "bannerImages").stream().filter(url -> !url.isBlank()).map(String::strip).toList(),
                        fields.getFirst(MediaPicks.name("bannerImages"))),
                numbers(values(fields, "featuredProductIds")), numbers(values(fields, "featuredSupplierIds")),
                placements, first(fields, "version"), first(fields, "nameEn"), first(fields, "bannerTextEn"));
    }

    CampaignForm withProducts(List<Long> ids) {
        return new CampaignForm(slug, name, kind, warmupStart, liveStart, end, timezone, recurrenceMonths, bannerText,
                bannerImages, ids, featuredSupplierIds, placements, version, nameEn, bannerTextEn);
    }

    CampaignForm withSuppliers(List<Long> ids) {
        return new CampaignForm(slug, name, kind, warmupStart, liveStart, end, timezone, recurrenceMonths, bannerText,
                bannerImages, featuredProductIds, ids, placements, version, nameEn, bannerTextEn);
    }

    /** The times that are not date-times, by field: the service only sees them as missing, so they are named here. */
    Map<String, String> unreadableTimes() {
        Map<String, String> problems = new LinkedHashMap<>();
        Map.of("warmupStart", warmupStart, "liveStart", liveStart, "end", end).forEach((field, value) -> {
            if (!value.isBlank() && time(value).isEmpty()) {
                problems.put(field, TIME_RULE);
            }
        });
        return problems;
    }

    CampaignDraft draft() {
        CampaignSpec spec = new CampaignSpec(slug.strip(), name, CampaignKind.fromCode(kind), time(warmupStart).orElse(null),
                time(liveStart).orElse(null), time(end).orElse(null), timezone.isBlank() ? null : timezone.strip(),
                recurrenceMonths.isEmpty() ? null : new Recurrence(recurrenceMonths),
                bannerText.isBlank() ? null : bannerText, bannerImages, featuredProductIds, featuredSupplierIds, placements,
                nameEn.isBlank() ? null : nameEn, bannerTextEn.isBlank() ? null : bannerTextEn);
        return new CampaignDraft(spec, numbers(List.of(version)).stream().findFirst().map(Long::intValue).orElse(null));
    }

    private static Optional<LocalDateTime> time(String value) {
        try {
            return Optional.of(LocalDateTime.parse(value.strip()));
        } catch (DateTimeException unreadable) {
            return Optional.empty();
        }
    }

    private static List<String> values(MultiValueMap<String, String> fields, String name) {
        List<String> values = fields.get(name);
        return values == null ? List.of() : values.stream().map(v -> Objects.toString(v, "")).toList();
    }

    private static String first(MultiValueMap<String, String> fields, String name) {
        return Objects.toString(fields.getFirst(name), "");
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index).strip() : "";
    }

    private static List<Long> numbers(List<String> values) {
        List<Long> numbers = new ArrayList<>();
        for (String value : values) {
            try {
                numbers.add(Long.valueOf(value.strip()));
            } catch (NumberFormatException notAnId) {
                // See posted(): not something the form sends.
            }
        }
        return numbers.stream().distinct().toList();
    }
}
