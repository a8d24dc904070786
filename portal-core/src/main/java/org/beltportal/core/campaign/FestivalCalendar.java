package org.beltportal.core.campaign;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.beltportal.core.tenant.Tenant;

/**
 * A tenant's festival calendar as iCalendar text (RFC 5545) for {@code /festivals.ics}: one VEVENT per
 * approved campaign from its live start to its end, in its own zone (with a VTIMEZONE), repeating by RRULE;
 * a campaign stored with times outside {@link CampaignYears} is left out.
 * The output depends only on the campaigns, so it is byte-for-byte stable for caching and ETags.
 */
public final class FestivalCalendar {

    static final String PRODID = "-//BeltPortal//Festival calendar//EN";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FestivalCalendar() {
    }

    /**
     * @param siteUrl the tenant's public base URL without a trailing slash (e.g. {@code https://zhili.example.gov.cn}),
     *                to which each event's {@code /campaigns/{slug}} link is appended
     */
    public static String ics(Tenant tenant, List<Campaign> campaigns, String siteUrl) {
        // A row stored outside the calendar years (before that rule) would hand calendar clients a series from year -999999999.
        List<Campaign> approved = campaigns.stream()
                .filter(c -> c.state().status() == CampaignStatus.APPROVED && c.timing().inCalendarYears()).toList();
        IcsLines ics = new IcsLines().raw("BEGIN", "VCALENDAR").raw("VERSION", "2.0").raw("PRODID", PRODID)
                .raw("CALSCALE", "GREGORIAN").raw("METHOD", "PUBLISH").text("X-WR-CALNAME", tenant.name())
                .raw("X-WR-TIMEZONE", tenant.timezone());
        approved.stream().map(Campaign::zone).map(ZoneId::getId).distinct().sorted()
                .forEach(zone -> VTimezones.write(ics, ZoneId.of(zone)));
        approved.forEach(campaign -> event(ics, tenant, campaign, siteUrl));
        return ics.raw("END", "VCALENDAR").toString();
    }

    private static void event(IcsLines ics, Tenant tenant, Campaign campaign, String siteUrl) {
        CampaignSpec c = campaign.spec();
        String tzid = ";TZID=" + c.timezone();
        ics.raw("BEGIN", "VEVENT")
                .raw("UID", "campaign-" + campaign.id() + "@" + tenant.slug())
                .raw("DTSTAMP", UTC.format(campaign.state().updatedAt()))
                .raw("DTSTART" + tzid, VTimezones.LOCAL.format(c.liveStart()))
                .raw("DTEND" + tzid, VTimezones.LOCAL.format(c.end()));
        if (c.recurrence() != null) {
            ics.raw("RRULE", rrule(c));
        }
        String warmup = c.warmupStart().isBefore(c.liveStart())
                ? "预热 Warm-up from " + SHOWN.format(c.warmupStart()) + " (" + c.timezone() + ")" : null;
        String description = c.bannerText() == null ? warmup : warmup == null ? c.bannerText() : c.bannerText() + "\n" + warmup;
        ics.text("SUMMARY", c.name()).text("DESCRIPTION", description).raw("CATEGORIES", c.kind().code())
                .raw("URL", siteUrl + "/campaigns/" + c.slug())
                .raw("END", "VEVENT");
    }

    /**
     * Our recurrence as an RRULE. Days up to 28 exist in every month: a plain yearly rule by month. Later
     * days are clamped to shorter months' last day, which RFC 5545 expresses as the last of days 28..d
     * that the month has (BYSETPOS=-1 over BYMONTHDAY=28,...,d), month by month.
     */
    static String rrule(CampaignSpec c) {
        String months = c.recurrence().months().stream().map(String::valueOf).collect(Collectors.joining(","));
        int day = c.liveStart().getDayOfMonth();
        if (day <= 28) {
            return "FREQ=YEARLY;BYMONTH=" + months;
        }
        String days = IntStream.rangeClosed(28, day).mapToObj(String::valueOf).collect(Collectors.joining(","));
        return "FREQ=MONTHLY;BYMONTH=" + months + ";BYMONTHDAY=" + days + ";BYSETPOS=-1";
    }
}
