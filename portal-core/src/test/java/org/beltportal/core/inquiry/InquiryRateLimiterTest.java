package org.beltportal.core.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.beltportal.core.system.TooManyRequestsException;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.testing.LimitStatesInMemory;
import org.beltportal.core.testing.MovableClock;
import org.junit.jupiter.api.Test;

class InquiryRateLimiterTest {

    static final TenantId ZHILI = new TenantId(1);
    static final TenantId YIWU = new TenantId(2);

    final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T02:00:00Z"));
    final InquiryRateLimiter limiter = new InquiryRateLimiter(
            new InquiryProperties(5, Duration.ofMinutes(10), 8, Duration.ofHours(1), null), new LimitStatesInMemory(clock), clock);

    @Test
    void sixthInquiryInTenMinutesIsRefusedWithTheTimeToWait() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire(ZHILI, "203.0.113.7");
            clock.advance(Duration.ofSeconds(30));
        }

        assertThatThrownBy(() -> limiter.acquire(ZHILI, "203.0.113.7"))
                .isInstanceOfSatisfying(TooManyRequestsException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(Duration.ofMinutes(10).minusSeconds(150).toSeconds()));
    }

    @Test
    void windowSlides() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire(ZHILI, "203.0.113.7");
        }
        clock.advance(Duration.ofMinutes(10));

        assertThatCode(() -> limiter.acquire(ZHILI, "203.0.113.7")).doesNotThrowAnyException();
    }

    @Test
    void otherAddressAndOtherPortalAreUnaffected() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire(ZHILI, "203.0.113.7");
        }

        assertThatCode(() -> limiter.acquire(ZHILI, "203.0.113.8")).doesNotThrowAnyException();
        assertThatCode(() -> limiter.acquire(YIWU, "203.0.113.7")).doesNotThrowAnyException();
    }

    @Test
    void portalCapHoldsAgainstManyAddressesOfOneNetwork() {
        for (int i = 0; i < 8; i++) {
            limiter.acquire(ZHILI, "198.51.100." + i);
        }

        assertThatThrownBy(() -> limiter.acquire(ZHILI, "198.51.100.99")).isInstanceOf(TooManyRequestsException.class);
        assertThatCode(() -> limiter.acquire(YIWU, "198.51.100.99")).doesNotThrowAnyException();
    }

    @Test
    void floodedPortalStillTakesAnInquiryFromANetworkThatSentNoneInTheWindow() {
        for (int i = 0; i < 8; i++) {
            limiter.acquire(ZHILI, "198.51.100." + i);
        }

        assertThatCode(() -> limiter.acquire(ZHILI, "203.0.113.5")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limiter.acquire(ZHILI, "203.0.113.6"))
                .isInstanceOfSatisfying(TooManyRequestsException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(Duration.ofHours(1).toSeconds()));
    }

    @Test
    void floodedPortalCountsIpv6NetworksByTheirSlash48() {
        for (int i = 0; i < 8; i++) {
            limiter.acquire(ZHILI, "2001:db8:1:" + Integer.toHexString(i) + "::1");
        }

        assertThatThrownBy(() -> limiter.acquire(ZHILI, "2001:db8:1:ff::1")).isInstanceOf(TooManyRequestsException.class);
        assertThatCode(() -> limiter.acquire(ZHILI, "2001:db8:2::1")).doesNotThrowAnyException();
    }

    @Test
    void floodEndsWhenThePortalWindowHasRoomAgain() {
        for (int i = 0; i < 8; i++) {
            limiter.acquire(ZHILI, "198.51.100." + i);
        }
        clock.advance(Duration.ofHours(1));

        assertThatCode(() -> limiter.acquire(ZHILI, "198.51.100.99")).doesNotThrowAnyException();
    }

    @Test
    void refusedInquiriesDoNotUseUpThePortalCap() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire(ZHILI, "203.0.113.7");
        }
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> limiter.acquire(ZHILI, "203.0.113.7")).isInstanceOf(TooManyRequestsException.class);
        }

        assertThatCode(() -> limiter.acquire(ZHILI, "203.0.113.8")).doesNotThrowAnyException();
    }

    @Test
    void ipv6SendersCountByTheirSlash64() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire(ZHILI, "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }

        assertThatThrownBy(() -> limiter.acquire(ZHILI, "2001:db8:1:2:ffff::9")).isInstanceOf(TooManyRequestsException.class);
        assertThatCode(() -> limiter.acquire(ZHILI, "2001:db8:1:3::1")).doesNotThrowAnyException();
    }

    @Test
    void networkKeyIsTheSlash24OrSlash48() {
        assertThat(InquiryRateLimiter.networkKey("203.0.113.7")).isEqualTo("203.0.113.0/24");
        assertThat(InquiryRateLimiter.networkKey("2001:db8:1:2::1")).isEqualTo("20010db80001::/48");
        assertThat(InquiryRateLimiter.networkKey("example.com")).isEqualTo("example.com");
    }

    @Test
    void senderKeyNeverLooksUpNames() {
        assertThat(InquiryRateLimiter.senderKey("example.com")).isEqualTo("example.com");
        assertThat(InquiryRateLimiter.senderKey("2001:db8::1")).isEqualTo("20010db800000000::/64");
        assertThat(InquiryRateLimiter.senderKey("203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
