package org.beltportal.core.campaign;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.beltportal.core.system.ImageUrls;
import org.beltportal.core.system.Problems;
import org.beltportal.core.system.Slugs;

/**
 * What a campaign's author writes, and the only place a campaign field is declared (halo's {@code PostSpec}):
 * the request body, the stored row and every view read their fields from here, while {@link CampaignState}
 * holds what the workflow and the store write. Times are wall-clock times in {@code timezone} (the tenant's
 * when a draft leaves it out); the phase is not a field because it depends on when one asks: see
 * {@link #timing()}. {@code nameEn} and {@code bannerTextEn} are what English pages show (optional, each falling
 * back to its Chinese twin alone). Lists are never null; they may hold nulls until {@link #validate} has refused them.
 */
public record CampaignSpec(
        String slug,
        String name,
        CampaignKind kind,
        LocalDateTime warmupStart,
        LocalDateTime liveStart,
        LocalDateTime end,
        String timezone,
        Recurrence recurrence,
        String bannerText,
        List<String> bannerImages,
        List<Long> featuredProductIds,
        List<Long> featuredSupplierIds,
        List<Placement> placements,
        String nameEn,
        String bannerTextEn) {

    static final int MAX_FEATURED = 100;
    static final int MAX_PLACEMENTS = 20;
    static final int MAX_IMAGES = 10;
    /** Occurrences of a recurring campaign must not overlap each other within this many years. */
    static final int CHECKED_YEARS = 5;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

    /** A spec without the English twins of V15 ({@code nameEn}, {@code bannerTextEn}). */
    public CampaignSpec(String slug, String name, CampaignKind kind, LocalDateTime warmupStart, LocalDateTime liveStart,
                        LocalDateTime end, String timezone, Recurrence recurrence, String bannerText,
                        List<String> bannerImages, List<Long> featuredProductIds, List<Long> featuredSupplierIds,
                        List<Placement> placements) {
        this(slug, name, kind, warmupStart, liveStart, end, timezone, recurrence, bannerText, bannerImages,
                featuredProductIds, featuredSupplierIds, placements, null, null);
    }

    public CampaignSpec {
        bannerImages = unmodifiable(bannerImages);
        featuredProductIds = unmodifiable(featuredProductIds);
        featuredSupplierIds = unmodifiable(featuredSupplierIds);
        placements = unmodifiable(placements);
    }

    @JsonIgnore
    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    @JsonIgnore
    public CampaignTiming timing() {
        return new CampaignTiming(warmupStart, liveStart, end, zone(), recurrence);
    }

    /**
     * The same spec at other times: the store keeps the first occurrence's UTC wall-clock times and turns
     * them back into the zone's on reading.
     */
    public CampaignSpec withTimes(LocalDateTime warmupStart, LocalDateTime liveStart, LocalDateTime end) {
        return new CampaignSpec(slug, name, kind, warmupStart, liveStart, end, timezone, recurrence, bannerText,
                bannerImages, featuredProductIds, featuredSupplierIds, placements, nameEn, bannerTextEn);
    }

    /**
     * The spec with the tenant's zone where none was given, the name stripped, blank English twins dropped (a page
     * then shows the Chinese) and repeated featured ids dropped.
     */
    CampaignSpec completedWith(String tenantZone) {
        return new CampaignSpec(slug, name == null ? null : name.strip(), kind, warmupStart, liveStart, end,
                timezone == null ? tenantZone : timezone, recurrence, bannerText, bannerImages,
                featuredProductIds.stream().distinct().toList(), featuredSupplierIds.stream().distinct().toList(),
                placements, blankToNull(nameEn), blankToNull(bannerTextEn));
    }

    /** Whether the two specs claim a common slot on a common page. */
    boolean sharesPlacementWith(CampaignSpec other) {
        return placements.stream().anyMatch(other.placements::contains);
    }

    /** Adds every rule of the fields themselves that is broken; references to goods are {@link CampaignRules}'. */
    void validate(Problems problems) {
        problems.require(slug != null, "slug", "is required")
                .matches(slug, Slugs.PATTERN, "slug", Slugs.RULE)
                .text(name, "name", 200, true)
                .require(kind != null, "kind", CampaignKind.RULE)
                .require(warmupStart != null, "warmupStart", "is required")
                .require(liveStart != null, "liveStart", "is required")
                .require(end != null, "end", "is required")
                .require(isZone(timezone), "timezone", "must be an IANA time zone such as Asia/Shanghai")
                .text(nameEn, "nameEn", 200, false)
                .text(bannerText, "bannerText", 500, false)
                .text(bannerTextEn, "bannerTextEn", 500, false)
                .require(bannerImages.size() <= MAX_IMAGES, "bannerImages", "at most " + MAX_IMAGES)
                .require(featuredProductIds.size() <= MAX_FEATURED, "featuredProductIds", "at most " + MAX_FEATURED)
                .require(featuredSupplierIds.size() <= MAX_FEATURED, "featuredSupplierIds", "at most " + MAX_FEATURED)
                .require(featuredProductIds.stream().noneMatch(Objects::isNull), "featuredProductIds", "must be product ids")
                .require(featuredSupplierIds.stream().noneMatch(Objects::isNull), "featuredSupplierIds", "must be supplier ids");
        for (int i = 0; i < bannerImages.size(); i++) {
            problems.require(ImageUrls.isValid(bannerImages.get(i)), "bannerImages[" + i + "]", ImageUrls.RULE);
        }
        validatePlacements(problems);
        problems.require(warmupStart == null || CampaignYears.contains(warmupStart), "warmupStart", CampaignYears.RULE)
                .require(liveStart == null || CampaignYears.contains(liveStart), "liveStart", CampaignYears.RULE)
                .require(end == null || CampaignYears.contains(end), "end", CampaignYears.RULE);
        // Times outside the calendar's years are refused above; the rules below would only compute with them.
        if (CampaignYears.contains(warmupStart) && CampaignYears.contains(liveStart) && CampaignYears.contains(end)) {
            problems.require(!warmupStart.isAfter(liveStart), "warmupStart", "must not be after liveStart")
                    .require(liveStart.isBefore(end), "end", "must be after liveStart");
            validateRecurrence(problems);
        }
    }

    /** Whether {@code ids} passed their own rules, so that looking them up is worth a query. */
    static boolean wellFormed(List<Long> ids) {
        return ids.size() <= MAX_FEATURED && ids.stream().noneMatch(Objects::isNull);
    }

    private void validatePlacements(Problems problems) {
        problems.require(placements.size() <= MAX_PLACEMENTS, "placements", "at most " + MAX_PLACEMENTS)
                .require(placements.stream().allMatch(p -> p != null && isName(p.slot()) && isName(p.page())),
                        "placements", "slot and page must be lowercase names such as hero and home")
                .require(new HashSet<>(placements).size() == placements.size(), "placements", "must not repeat a slot on a page");
    }

    private void validateRecurrence(Problems problems) {
        if (recurrence == null || !isZone(timezone) || !warmupStart.isBefore(end)) {
            return;
        }
        if (!recurrence.isValid()) {
            problems.require(false, "recurrence.months", "must list months from 1 to 12");
        } else if (!recurrence.months().contains(liveStart.getMonthValue())) {
            problems.require(false, "recurrence.months", "must include the month of liveStart (" + liveStart.getMonthValue() + ")");
        } else {
            CampaignTiming timing = new CampaignTiming(warmupStart, liveStart, end, ZoneId.of(timezone), recurrence);
            problems.require(timing.occurrencesAreApart(CHECKED_YEARS), "recurrence.months",
                    "occurrences would overlap: each must end before the next warm-up starts");
        }
    }

    /** An unmodifiable copy that keeps null elements, which only validation may refuse. */
    private static <T> List<T> unmodifiable(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isName(String value) {
        return value != null && NAME.matcher(value).matches();
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException | NullPointerException e) {
            return false;
        }
    }
}
