package org.beltportal.admin.console.campaign;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.campaign.CampaignService;
import org.beltportal.core.campaign.CampaignStatus;
import org.beltportal.core.campaign.CampaignYears;
import org.beltportal.core.system.ForbiddenException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The festival calendar of a belt: a month as a table of weeks and days, or a year as twelve lists, every
 * occurrence (recurrences included) in the belt's zone with its phase now in words and colour. {@code with}
 * adds other belts the caller may read, side by side in the same days, so clashes show; a belt the caller may
 * not read is refused as its own page would be (404 unknown, 403 without a grant).
 */
@Controller
class CalendarController {

    /** A user with grants on this many belts or fewer picks belts by checkbox; a platform admin types slugs. */
    static final int CHECKBOXES = 30;

    private final CampaignService campaigns;
    private final TenantService tenants;
    private final ConsolePages pages;
    private final Clock clock;

    CalendarController(CampaignService campaigns, TenantService tenants, ConsolePages pages, Clock clock) {
        this.campaigns = campaigns;
        this.tenants = tenants;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(CampaignPaths.BASE)
    ModelAndView calendar(@AuthenticationPrincipal PortalUser user, @Grant(Permission.READ) Tenant belt,
                          @RequestParam(required = false) String month, @RequestParam(required = false) String year,
                          @RequestParam(required = false) List<String> with) {
        List<Tenant> shown = new ArrayList<>(List.of(belt));
        shown.addAll(others(user, belt, with));
        Instant now = clock.instant();
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("shown", shown.stream().map(Tenant::name).toList());
        model.put("with", shown.stream().skip(1).map(Tenant::slug).toList());
        model.put("choices", choices(user, belt));
        model.put("canCreate", user.hasAnyRole(belt.id(), Permission.CAMPAIGN_EDIT.roles()));
        model.put("path", CampaignPaths.calendar(belt));
        Integer wholeYear = year(year);
        if (wholeYear != null) {
            model.put("year", wholeYear);
            List<MonthList> months = IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(wholeYear, m))
                    .map(m -> new MonthList(m.toString(), m.getMonthValue(), entries(shown, m, now))).toList();
            model.put("months", months);
            model.putAll(Previews.home(CampaignPaths.calendar(belt) + "?year=" + wholeYear, wholeYear + "-01-01T09:00",
                    unapproved(months.stream().flatMap(m -> m.entries().stream()).toList())));
            return pages.page("campaign/year", model);
        }
        YearMonth shownMonth = month(month, belt);
        model.put("month", shownMonth.toString());
        model.put("monthNumber", shownMonth.getMonthValue());
        model.put("monthYear", shownMonth.getYear());
        model.put("previous", shownMonth.minusMonths(1).toString());
        model.put("next", shownMonth.plusMonths(1).toString());
        List<CalendarEntry> entries = entries(shown, shownMonth, now);
        model.put("weeks", weeks(shownMonth, entries));
        model.putAll(Previews.home(CampaignPaths.calendar(belt) + "?month=" + shownMonth, shownMonth.atDay(1) + "T09:00",
                unapproved(entries)));
        return pages.page("campaign/month", model);
    }

    private List<CalendarEntry> entries(List<Tenant> shown, YearMonth month, Instant now) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (int column = 0; column < shown.size(); column++) {
            Tenant belt = shown.get(column);
            int c = column;
            campaigns.inMonth(belt, month).forEach(s -> entries.add(CalendarEntry.of(belt, c, s, now)));
        }
        return entries;
    }

    /**
     * The campaigns of the belt itself (the first column) shown and not approved yet, once each: what the preview
     * form offers to show in place (decision 0046). Other belts' are never offered: a preview is of one belt.
     */
    private static List<Map<String, String>> unapproved(List<CalendarEntry> entries) {
        Map<Long, Map<String, String>> byId = new LinkedHashMap<>();
        entries.stream().filter(e -> e.column() == 0 && !CampaignStatus.APPROVED.code().equals(e.status()))
                .forEach(e -> byId.putIfAbsent(e.id(), Map.of("id", Long.toString(e.id()), "name", e.name())));
        return List.copyOf(byId.values());
    }

    /** Monday-first weeks covering the month; days of the neighbouring months are blank cells. */
    private static List<List<CalendarDay>> weeks(YearMonth month, List<CalendarEntry> entries) {
        List<List<CalendarDay>> weeks = new ArrayList<>();
        LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!day.isAfter(month.atEndOfMonth())) {
            List<CalendarDay> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                LocalDate date = day;
                week.add(YearMonth.from(date).equals(month)
                        ? new CalendarDay(date.toString(), date.getDayOfMonth(), entries.stream()
                                .filter(e -> e.covers(date.atStartOfDay(), date.plusDays(1).atStartOfDay())).toList())
                        : null);
            }
            weeks.add(week);
        }
        return weeks;
    }

    /** The other belts asked for, each one the caller may read; repeated slugs and this belt itself are dropped. */
    private List<Tenant> others(PortalUser user, Tenant belt, List<String> with) {
        if (with == null) {
            return List.of();
        }
        Map<String, Tenant> others = new LinkedHashMap<>();
        with.stream().flatMap(value -> Arrays.stream(value.split("[\\s,]+"))).filter(slug -> !slug.isBlank())
                .filter(slug -> !slug.equals(belt.slug())).distinct().forEach(slug -> {
                    Tenant other = tenants.requireBySlug(slug);
                    if (!user.hasAnyRole(other.id(), Permission.READ.roles())) {
                        throw new ForbiddenException(user.username() + " may not read " + slug);
                    }
                    others.put(slug, other);
                });
        return List.copyOf(others.values());
    }

    /** The belts offered as checkboxes: the caller's other belts, unless there are too many (a platform admin types slugs). */
    private List<Map<String, String>> choices(PortalUser user, Tenant belt) {
        if (user.isPlatformAdmin() || user.grantedTenants().size() > CHECKBOXES) {
            return null;
        }
        return tenants.byIds(user.grantedTenants()).stream().filter(t -> !t.id().equals(belt.id()))
                .filter(t -> user.hasAnyRole(t.id(), Permission.READ.roles()))
                .map(t -> Map.of("slug", t.slug(), "name", t.name())).toList();
    }

    private YearMonth month(String month, Tenant belt) {
        if (month != null) {
            try {
                YearMonth asked = YearMonth.parse(month);
                if (CampaignYears.contains(asked)) {
                    return asked;
                }
            } catch (DateTimeException unreadable) {
                // A hand-edited address: show the current month.
            }
        }
        return YearMonth.now(clock.withZone(belt.zone()));
    }

    private static Integer year(String year) {
        if (year == null) {
            return null;
        }
        try {
            int asked = Year.parse(year).getValue();
            return CampaignYears.contains(asked) ? asked : null;
        } catch (DateTimeException unreadable) {
            return null;
        }
    }

    /** A day of the month with the occurrences that touch it. Public: the template reads it. */
    public record CalendarDay(String date, int day, List<CalendarEntry> entries) {
    }

    /** A month of the year view. */
    public record MonthList(String month, int number, List<CalendarEntry> entries) {
    }
}
