package org.beltportal.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantStatus;
import org.junit.jupiter.api.Test;

/** The festival calendar as a real iCalendar parser (ical4j) reads it. */
class FestivalCalendarTest {

    static final Instant STAMP = Instant.parse("2026-11-20T08:00:00Z");
    static final Tenant ZHILI = new Tenant(new TenantId(3), "zhili", "织里童装产业带", "Zhili", "浙江省", "zh-CN", "Asia/Shanghai",
            "festival", TenantStatus.ACTIVE, null, STAMP, STAMP);
    static final String SITE = "https://zhili.example.gov.cn";

    static Campaign campaign(long id, String slug, String name, String warmup, String live, String end, String zone,
                             List<Integer> months, CampaignStatus status, String banner) {
        return new Campaign(id, ZHILI.id(), new CampaignSpec(slug, name, CampaignKind.MERCHANT_FESTIVAL, LocalDateTime.parse(warmup),
                LocalDateTime.parse(live), LocalDateTime.parse(end), zone, months == null ? null : new Recurrence(months),
                banner, List.of(), List.of(), List.of(), List.of()), new CampaignState(status, null, "mgr", "mgr", "op", 3, STAMP, STAMP));
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static Instant start(VEvent event) {
        DtStart<Temporal> start = event.<Temporal>getStartDate().orElseThrow();
        return ((ZonedDateTime) start.getDate()).toInstant();
    }

    @Test
    void eventsStartAtTheRightInstantsAndRepeatByMonth() throws Exception {
        Campaign merchant = campaign(11, "merchant-festival", "商人节", "2026-03-01T00:00", "2026-03-06T10:00", "2026-03-09T00:00",
                "Asia/Shanghai", List.of(3, 9, 12), CampaignStatus.APPROVED, "春夏新品");
        Campaign newYork = campaign(12, "ny-origin-day", "Origin day", "2026-07-01T09:00", "2026-07-02T09:00", "2026-07-03T09:00",
                "America/New_York", null, CampaignStatus.APPROVED, null);
        Campaign draft = campaign(13, "draft", "草稿", "2026-07-01T09:00", "2026-07-02T09:00", "2026-07-03T09:00",
                "Asia/Shanghai", null, CampaignStatus.DRAFT, null);

        Calendar calendar = parse(FestivalCalendar.ics(ZHILI, List.of(merchant, newYork, draft), SITE));

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(2);
        VEvent first = events.getFirst();
        assertThat(first.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("campaign-11@zhili");
        assertThat(first.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo(SITE + "/campaigns/merchant-festival");
        assertThat(start(first)).isEqualTo(Instant.parse("2026-03-06T02:00:00Z"));
        RRule<Temporal> rule = first.<RRule<Temporal>>getProperty(Property.RRULE).orElseThrow();
        assertThat(rule.getValue()).isEqualTo("FREQ=YEARLY;BYMONTH=3,9,12");
        assertThat(start(events.get(1))).isEqualTo(Instant.parse("2026-07-02T13:00:00Z"));
        assertThat(events.get(1).getProperty(Property.RRULE)).isEmpty();
    }

    @Test
    void timeZonesCarryTheirDaylightSavingRules() {
        IcsLines shanghai = new IcsLines();
        VTimezones.write(shanghai, java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(shanghai.toString()).contains("TZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\n", "TZOFFSETTO:+0800\r\n")
                .doesNotContain("DAYLIGHT");

        IcsLines newYork = new IcsLines();
        VTimezones.write(newYork, java.time.ZoneId.of("America/New_York"));
        // DTSTART is the first rule-based change after the zone's last listed one, which depends on the JDK's tzdb.
        assertThat(newYork.toString()).containsPattern("BEGIN:DAYLIGHT\\r\\nDTSTART:20\\d\\d03\\d\\dT020000\\r\\nTZOFFSETFROM:-0500\\r\\n"
                        + "TZOFFSETTO:-0400\\r\\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\\r\\n")
                .containsPattern("BEGIN:STANDARD\\r\\nDTSTART:20\\d\\d11\\d\\dT020000\\r\\nTZOFFSETFROM:-0400\\r\\n"
                        + "TZOFFSETTO:-0500\\r\\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\\r\\n");
    }

    @Test
    void theRuleGivesTheSameDatesAsOurRecurrenceIncludingClampedDays() throws Exception {
        Campaign lastDay = campaign(21, "month-end", "月末清仓", "2026-03-30T00:00", "2026-03-31T20:00", "2026-04-01T00:00",
                "Asia/Shanghai", List.of(2, 3, 9, 12), CampaignStatus.APPROVED, null);
        VEvent event = parse(FestivalCalendar.ics(ZHILI, List.of(lastDay), SITE)).<VEvent>getComponents(Component.VEVENT).getFirst();
        DtStart<Temporal> start = event.<Temporal>getStartDate().orElseThrow();
        RRule<Temporal> rule = event.<RRule<Temporal>>getProperty(Property.RRULE).orElseThrow();

        List<Instant> theirs = rule.getRecur().getDates(start.getDate(), start.getDate(),
                        ((ZonedDateTime) start.getDate()).plusYears(3)).stream()
                .map(date -> ((ZonedDateTime) date).toInstant()).toList();
        List<Instant> ours = java.util.stream.IntStream.range(0, theirs.size())
                .mapToObj(n -> lastDay.timing().occurrence(n).liveStart()).toList();

        assertThat(theirs).hasSizeGreaterThanOrEqualTo(12).isEqualTo(ours);
        assertThat(theirs).contains(Instant.parse("2028-02-29T12:00:00Z"), Instant.parse("2027-02-28T12:00:00Z"),
                Instant.parse("2026-09-30T12:00:00Z"));
    }

    @Test
    void linesAreFoldedAt75OctetsWithCrlfAndTextIsEscaped() throws Exception {
        String name = "织里童装节, 第三届; 春夏新品 \\ 源头工厂直供 👗".repeat(3);
        String banner = "第一行\n第二行, 含逗号; 和分号";
        Campaign campaign = campaign(31, "long", name, "2026-05-01T00:00", "2026-05-02T00:00", "2026-05-03T00:00",
                "Asia/Shanghai", null, CampaignStatus.APPROVED, banner);

        String ics = FestivalCalendar.ics(ZHILI, List.of(campaign), SITE);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n");
        assertThat(Arrays.stream(ics.split("\r\n"))).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics).contains("SUMMARY:织里童装节\\, 第三届\\; 春夏新品 \\\\ 源头");
        VEvent event = parse(ics).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(name);
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).startsWith(banner + "\n预热");
    }

    @Test
    void campaignsStoredOutsideTheCalendarYearsAreLeftOutOfTheFeed() throws Exception {
        Campaign merchant = campaign(11, "merchant-festival", "商人节", "2026-03-01T00:00", "2026-03-06T10:00", "2026-03-09T00:00",
                "Asia/Shanghai", List.of(3, 9, 12), CampaignStatus.APPROVED, null);
        Campaign ancient = campaign(12, "ancient", "古代", "-999999999-03-01T00:00", "-999999999-03-06T10:00",
                "-999999999-03-09T00:00", "Asia/Shanghai", List.of(3, 9, 12), CampaignStatus.APPROVED, null);
        Campaign future = campaign(13, "future", "未来", "+999999999-03-01T00:00", "+999999999-03-06T10:00",
                "+999999999-03-09T00:00", "Asia/Shanghai", null, CampaignStatus.APPROVED, null);

        String ics = FestivalCalendar.ics(ZHILI, List.of(merchant, ancient, future), SITE);

        assertThat(parse(ics).<VEvent>getComponents(Component.VEVENT)).extracting(e -> e.getUid().orElseThrow().getValue())
                .containsExactly("campaign-11@zhili");
    }
}
