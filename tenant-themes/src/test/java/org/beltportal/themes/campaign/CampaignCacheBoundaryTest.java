package org.beltportal.themes.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.campaign.Campaigns.approved;
import static org.beltportal.themes.campaign.Campaigns.festival;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.beltportal.themes.cache.PageCacheConfiguration;
import org.beltportal.core.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The real page cache in front of the home page, with a clock the test moves: a page cached one second
 * before the festival goes live (warm-up banner) is not served one second after it (live banner).
 */
@Import({PageCacheConfiguration.class, CampaignCacheBoundaryTest.TestClock.class})
class CampaignCacheBoundaryTest extends PortalWebTestSupport {

    /** The festival's live start, 2026-05-04 10:00 in Shanghai. */
    static final Instant LIVE = Instant.parse("2026-05-04T02:00:00Z");

    @Autowired
    MovableClock clock;

    @Test
    void cachedHomePageFlipsFromWarmupToLiveAtTheSecond() throws Exception {
        approved(campaigns, TestData.ZHILI, festival(TestData.ZHILI));
        clock.at(LIVE.minusSeconds(1));

        Answer before = perform(get("/").header("Host", "zhili.localhost"));
        clearInvocations(campaigns);
        Answer cached = perform(get("/").header("Host", "zhili.localhost"));

        assertThat(before.html().select(".campaign-warmup .countdown").text()).isEqualTo("距开幕还有 0 天 0 小时 0 分");
        assertThat(cached.body()).isEqualTo(before.body());
        assertThat(cached.response().getHeader("ETag")).isNotBlank();
        verify(campaigns, never()).shownAt(eq(TestData.ZHILI.id()), any(), any());

        clock.at(LIVE.plusSeconds(1));
        Answer after = perform(get("/").header("Host", "zhili.localhost"));

        assertThat(after.html().select(".campaign-live")).isNotEmpty();
        assertThat(after.html().select(".campaign-warmup")).isEmpty();
    }

    @Test
    void countdownPageIsReRenderedWhenTheMinuteShownChanges() throws Exception {
        approved(campaigns, TestData.ZHILI, festival(TestData.ZHILI));
        clock.at(LIVE.minusSeconds(3 * 60 + 30));

        assertThat(perform(get("/t/zhili/")).html().select(".countdown").text()).isEqualTo("距开幕还有 0 天 0 小时 3 分");
        clock.at(LIVE.minusSeconds(3 * 60 + 1));
        assertThat(perform(get("/t/zhili/")).html().select(".countdown").text()).isEqualTo("距开幕还有 0 天 0 小时 3 分");
        clock.at(LIVE.minusSeconds(3 * 60 - 1));
        assertThat(perform(get("/t/zhili/")).html().select(".countdown").text()).isEqualTo("距开幕还有 0 天 0 小时 2 分");
    }

    /** The clock of every bean in this context (portal, campaigns and cache), set by the test. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(TestData.NOW);
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
