package org.beltportal.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Phases, occurrences and next changes, each boundary checked one second either side. */
class CampaignTimingTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static LocalDateTime at(String local) {
        return LocalDateTime.parse(local);
    }

    static CampaignTiming timing(String warmup, String live, String end, ZoneId zone, Integer... months) {
        return new CampaignTiming(at(warmup), at(live), at(end), zone, months.length == 0 ? null : new Recurrence(List.of(months)));
    }

    @Nested
    class OneOffInShanghai {

        // Entered in Asia/Shanghai (UTC+8): every instant below is what a viewer anywhere, in UTC too, experiences.
        final CampaignTiming festival = timing("2026-12-01T00:00", "2026-12-06T10:00", "2026-12-09T00:00", SHANGHAI);
        final Instant warmup = Instant.parse("2026-11-30T16:00:00Z");
        final Instant live = Instant.parse("2026-12-06T02:00:00Z");
        final Instant end = Instant.parse("2026-12-08T16:00:00Z");

        @Test
        void warmupStartsOnTheSecond() {
            assertThat(festival.phaseAt(warmup.minusSeconds(1))).isEqualTo(CampaignPhase.SCHEDULED);
            assertThat(festival.phaseAt(warmup)).isEqualTo(CampaignPhase.WARMUP);
            assertThat(festival.phaseAt(warmup.plusSeconds(1))).isEqualTo(CampaignPhase.WARMUP);
        }

        @Test
        void goesLiveOnTheSecond() {
            assertThat(festival.phaseAt(live.minusSeconds(1))).isEqualTo(CampaignPhase.WARMUP);
            assertThat(festival.phaseAt(live)).isEqualTo(CampaignPhase.LIVE);
            assertThat(festival.phaseAt(live.plusSeconds(1))).isEqualTo(CampaignPhase.LIVE);
        }

        @Test
        void endsOnTheSecondAndStaysEnded() {
            assertThat(festival.phaseAt(end.minusSeconds(1))).isEqualTo(CampaignPhase.LIVE);
            assertThat(festival.phaseAt(end)).isEqualTo(CampaignPhase.ENDED);
            assertThat(festival.phaseAt(end.plusSeconds(1))).isEqualTo(CampaignPhase.ENDED);
            assertThat(festival.at(end)).isEmpty();
        }

        @Test
        void nextChangeIsTheNextBoundary() {
            assertThat(festival.nextChangeAfter(warmup.minusSeconds(1))).contains(warmup);
            assertThat(festival.nextChangeAfter(warmup)).contains(live);
            assertThat(festival.nextChangeAfter(live.minusSeconds(1))).contains(live);
            assertThat(festival.nextChangeAfter(live)).contains(end);
            assertThat(festival.nextChangeAfter(end.minusSeconds(1))).contains(end);
            assertThat(festival.nextChangeAfter(end)).isEmpty();
        }

        @Test
        void localTimesReadBackInTheCampaignsZone() {
            Occurrence.Local local = festival.first().inZone(SHANGHAI);
            assertThat(local.liveStart()).isEqualTo(at("2026-12-06T10:00"));
            assertThat(festival.first().inZone(ZoneId.of("UTC")).liveStart()).isEqualTo(at("2026-12-06T02:00"));
        }
    }

    @Test
    void warmupEqualToLiveSkipsTheWarmupPhase() {
        CampaignTiming noWarmup = timing("2026-12-06T10:00", "2026-12-06T10:00", "2026-12-07T10:00", SHANGHAI);
        Instant live = Instant.parse("2026-12-06T02:00:00Z");
        assertThat(noWarmup.phaseAt(live.minusSeconds(1))).isEqualTo(CampaignPhase.SCHEDULED);
        assertThat(noWarmup.phaseAt(live)).isEqualTo(CampaignPhase.LIVE);
    }

    @Test
    void aTenantInAnotherZoneGoesLiveAtItsOwnWallClockIncludingDaylightSaving() {
        // New York is UTC-5 in winter and UTC-4 from 2026-03-08 02:00 local.
        CampaignTiming spring = timing("2026-03-07T09:00", "2026-03-09T09:00", "2026-03-10T09:00", NEW_YORK);
        assertThat(spring.first().warmupStart()).isEqualTo(Instant.parse("2026-03-07T14:00:00Z"));
        assertThat(spring.first().liveStart()).isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
        assertThat(spring.phaseAt(Instant.parse("2026-03-09T12:59:59Z"))).isEqualTo(CampaignPhase.WARMUP);
        assertThat(spring.phaseAt(Instant.parse("2026-03-09T13:00:00Z"))).isEqualTo(CampaignPhase.LIVE);
    }

    @Nested
    class YearlyByMonths {

        // The merchant festival: March, September, December; warm-up five days before, live three days.
        final CampaignTiming merchant = timing("2026-03-01T00:00", "2026-03-06T10:00", "2026-03-09T00:00", SHANGHAI, 12, 3, 9);

        @Test
        void occurrencesFollowTheListedMonthsAcrossYears() {
            assertThat(List.of(1, 2, 3, 4).stream().map(n -> merchant.occurrence(n).inZone(SHANGHAI).liveStart()))
                    .containsExactly(at("2026-09-06T10:00"), at("2026-12-06T10:00"), at("2027-03-06T10:00"), at("2027-09-06T10:00"));
            assertThat(merchant.occurrence(2).inZone(SHANGHAI).warmupStart()).isEqualTo(at("2026-12-01T00:00"));
            assertThat(merchant.occurrence(2).inZone(SHANGHAI).end()).isEqualTo(at("2026-12-09T00:00"));
        }

        @Test
        void afterDecemberTheNextOccurrenceIsMarchOfTheNextYear() {
            Instant decemberEnd = Instant.parse("2026-12-08T16:00:00Z");
            assertThat(merchant.phaseAt(decemberEnd.minusSeconds(1))).isEqualTo(CampaignPhase.LIVE);
            assertThat(merchant.phaseAt(decemberEnd)).isEqualTo(CampaignPhase.SCHEDULED);
            assertThat(merchant.at(decemberEnd).orElseThrow().inZone(SHANGHAI).liveStart()).isEqualTo(at("2027-03-06T10:00"));
            assertThat(merchant.nextChangeAfter(decemberEnd)).contains(Instant.parse("2027-02-28T16:00:00Z"));
        }

        @Test
        void aRecurringCampaignIsNeverEndedAndFindsItsOccurrenceYearsLater() {
            Instant later = Instant.parse("2031-09-07T00:00:00Z");
            assertThat(merchant.phaseAt(later)).isEqualTo(CampaignPhase.LIVE);
            assertThat(merchant.at(later).orElseThrow().inZone(SHANGHAI).liveStart()).isEqualTo(at("2031-09-06T10:00"));
            assertThat(merchant.phaseAt(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo(CampaignPhase.SCHEDULED);
        }

        @Test
        void anOccurrenceSpanningNewYearIsLiveInJanuary() {
            CampaignTiming yearEnd = timing("2026-12-20T00:00", "2026-12-28T00:00", "2027-01-03T00:00", SHANGHAI, 12);
            assertThat(yearEnd.phaseAt(Instant.parse("2027-01-02T00:00:00Z"))).isEqualTo(CampaignPhase.LIVE);
            assertThat(yearEnd.at(Instant.parse("2027-01-03T00:00:00Z")).orElseThrow().inZone(SHANGHAI).liveStart())
                    .isEqualTo(at("2027-12-28T00:00"));
        }

        @Test
        void the31stIsClampedToShorterMonthsWithoutDrifting() {
            CampaignTiming lastDay = timing("2026-03-30T00:00", "2026-03-31T20:00", "2026-04-01T00:00", SHANGHAI, 3, 9, 12);
            assertThat(List.of(1, 2, 3).stream().map(n -> lastDay.occurrence(n).inZone(SHANGHAI).liveStart()))
                    .containsExactly(at("2026-09-30T20:00"), at("2026-12-31T20:00"), at("2027-03-31T20:00"));
            assertThat(lastDay.occurrence(1).inZone(SHANGHAI).warmupStart()).isEqualTo(at("2026-09-29T00:00"));
        }

        @Test
        void aLeapDayFallsBackToThe28thAndReturnsInLeapYears() {
            CampaignTiming leap = timing("2028-02-28T00:00", "2028-02-29T09:00", "2028-03-01T00:00", SHANGHAI, 2);
            assertThat(List.of(1, 2, 3, 4).stream().map(n -> leap.occurrence(n).inZone(SHANGHAI).liveStart()))
                    .containsExactly(at("2029-02-28T09:00"), at("2030-02-28T09:00"), at("2031-02-28T09:00"), at("2032-02-29T09:00"));
        }

        @Test
        void betweenListsEveryOccurrenceInTheWindow() {
            List<Occurrence> in2027 = merchant.between(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"));
            assertThat(in2027).extracting(o -> o.inZone(SHANGHAI).liveStart().getMonthValue()).containsExactly(3, 9, 12);
        }

        @Test
        void occurrencesThatWouldOverlapEachOtherAreDetected() {
            assertThat(merchant.occurrencesAreApart(5)).isTrue();
            CampaignTiming tooLong = timing("2026-03-01T00:00", "2026-03-06T00:00", "2026-04-20T00:00", SHANGHAI, 3, 4);
            assertThat(tooLong.occurrencesAreApart(5)).isFalse();
        }
    }

    /**
     * Whatever the stored times or the instant asked about, finding occurrences takes a bounded number of
     * steps: year -999999999 once overflowed the month count and looped some 2^31 times per page.
     */
    @Nested
    class AnyYear {

        static final Duration QUICKLY = Duration.ofSeconds(5);
        final CampaignTiming merchant = timing("2026-03-01T00:00", "2026-03-06T10:00", "2026-03-09T00:00", SHANGHAI, 12, 3, 9);

        @Test
        void aRecurringCampaignStoredInTheFirstPossibleYearDoesNotRepeat() {
            CampaignTiming ancient = timing("-999999999-03-01T00:00", "-999999999-03-06T10:00", "-999999999-03-09T00:00",
                    SHANGHAI, 3, 9, 12);

            assertTimeoutPreemptively(QUICKLY, () -> {
                assertThat(ancient.phaseAt(Instant.parse("2026-09-07T00:00:00Z"))).isEqualTo(CampaignPhase.ENDED);
                assertThat(ancient.between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2031-01-01T00:00:00Z"))).isEmpty();
            });
        }

        @Test
        void aRecurringCampaignStoredInTheLastPossibleYearIsOnlyScheduled() {
            CampaignTiming farAhead = timing("+999999999-03-01T00:00", "+999999999-03-06T10:00", "+999999999-03-09T00:00",
                    SHANGHAI, 3, 9, 12);

            assertTimeoutPreemptively(QUICKLY, () -> {
                assertThat(farAhead.phaseAt(Instant.parse("2026-09-07T00:00:00Z"))).isEqualTo(CampaignPhase.SCHEDULED);
                assertThat(farAhead.between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2031-01-01T00:00:00Z"))).isEmpty();
            });
        }

        @Test
        void extremeInstantsFindNothingAtOnce() {
            assertTimeoutPreemptively(QUICKLY, () -> {
                assertThat(merchant.between(Instant.parse("+999999999-12-01T00:00:00Z"), Instant.parse("+999999999-12-31T00:00:00Z")))
                        .isEmpty();
                assertThat(merchant.phaseAt(Instant.MAX)).isEqualTo(CampaignPhase.ENDED);
                assertThat(merchant.phaseAt(Instant.MIN)).isEqualTo(CampaignPhase.SCHEDULED);
                assertThat(merchant.between(Instant.MIN, Instant.MIN.plusSeconds(1))).isEmpty();
            });
        }

        @Test
        void aRecurringCampaignRepeatsThroughTheLastCalendarYearAndNoFurther() {
            CampaignTiming lateStart = timing("2199-03-01T00:00", "2199-03-06T10:00", "2199-03-09T00:00", SHANGHAI, 12, 3, 9);

            assertThat(lateStart.between(Instant.parse("2199-01-01T00:00:00Z"), Instant.parse("2205-01-01T00:00:00Z")))
                    .extracting(o -> o.inZone(SHANGHAI).liveStart().getMonthValue()).containsExactly(3, 9, 12);
            assertThat(lateStart.phaseAt(Instant.parse("2200-03-07T00:00:00Z"))).isEqualTo(CampaignPhase.ENDED);
            assertThat(merchant.phaseAt(Instant.parse("2199-12-07T00:00:00Z"))).isEqualTo(CampaignPhase.LIVE);
        }

        @Test
        void occurrencesStoredOverlappingEachOtherAreListedBoundedly() {
            // Each occurrence runs two centuries: stored before the rules, every month's would overlap the next.
            CampaignTiming endless = timing("2000-01-01T00:00", "2000-01-02T00:00", "2199-01-01T00:00", SHANGHAI,
                    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

            assertTimeoutPreemptively(QUICKLY, () -> assertThat(endless.between(Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2199-01-01T00:00:00Z"))).hasSizeLessThanOrEqualTo(CampaignTiming.MAX_STEPS));
        }
    }
}
