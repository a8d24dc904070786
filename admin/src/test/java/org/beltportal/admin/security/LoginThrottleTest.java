package org.beltportal.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.beltportal.core.system.TooManyRequestsException;
import org.beltportal.core.system.web.ClientAddress;
import org.beltportal.core.testing.LimitStatesInMemory;
import org.beltportal.core.testing.MovableClock;
import org.junit.jupiter.api.Test;

/** The login throttle slows guessers down, per account and address and per address, and never locks an owner out. */
class LoginThrottleTest {

    static final ClientAddress ATTACKER = new ClientAddress("203.0.113.9");
    static final ClientAddress OWNER = new ClientAddress("198.51.100.7");
    static final String ADMIN = LoginThrottle.account(1);

    final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T02:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle(new LimitStatesInMemory(clock), clock);

    private void fail(String account, ClientAddress address) {
        throttle.begin(account, address);
    }

    /** Fails once more, first waiting as long as the throttle says; returns that wait in seconds. */
    private long failAfterWaiting(String account, ClientAddress address) {
        try {
            fail(account, address);
            return 0;
        } catch (TooManyRequestsException throttled) {
            pass(Duration.ofSeconds(throttled.retryAfterSeconds()));
            fail(account, address);
            return throttled.retryAfterSeconds();
        }
    }

    private Duration waitFor(String account, ClientAddress address) {
        try {
            throttle.begin(account, address).succeeded();
            return Duration.ZERO;
        } catch (TooManyRequestsException e) {
            return Duration.ofSeconds(e.retryAfterSeconds());
        }
    }

    private void pass(Duration time) {
        clock.advance(time);
    }

    @Test
    void eachFailureAfterTheFirstDoublesTheWaitUpToTheCap() {
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            waits.add(failAfterWaiting(ADMIN, ATTACKER));
        }
        assertThat(waits.subList(0, 7)).containsExactly(0L, 0L, 1L, 2L, 4L, 8L, 16L);
        assertThat(waits).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(600L));
        assertThat(waits.getLast()).isEqualTo(600L);
    }

    @Test
    void anAttackersFailuresNeverSlowTheOwnerAtAnotherAddress() {
        for (int i = 0; i < 40; i++) {
            failAfterWaiting(ADMIN, ATTACKER);
        }
        assertThat(waitFor(ADMIN, ATTACKER)).isPositive();
        assertThat(waitFor(ADMIN, OWNER)).isZero();
    }

    @Test
    void aThrottledAttemptIsNotChargedAndChecksNothing() {
        fail(ADMIN, ATTACKER);
        fail(ADMIN, ATTACKER);
        for (int i = 0; i < 50; i++) {
            assertThatThrownBy(() -> throttle.begin(ADMIN, ATTACKER)).isInstanceOf(TooManyRequestsException.class);
        }
        pass(Duration.ofSeconds(1));
        assertThat(waitFor(ADMIN, ATTACKER)).isZero();
    }

    @Test
    void aSuccessForgivesTheAccountsFailuresAtThatAddress() {
        fail(ADMIN, ATTACKER);
        fail(ADMIN, ATTACKER);
        pass(Duration.ofSeconds(1));
        throttle.begin(ADMIN, ATTACKER).succeeded();
        fail(ADMIN, ATTACKER);
        assertThat(waitFor(ADMIN, ATTACKER)).isZero();
    }

    @Test
    void aGuesserCannotWipeTheAddressCountBySigningInToTheirOwnAccount() {
        for (int user = 10; user <= 10 + LoginThrottle.ADDRESS.free(); user++) {
            fail(LoginThrottle.account(user), ATTACKER);
        }
        pass(Duration.ofSeconds(1));
        throttle.begin(LoginThrottle.account(2), ATTACKER).succeeded();
        assertThat(waitFor(LoginThrottle.account(99), ATTACKER)).isPositive();
        assertThat(waitFor(LoginThrottle.account(99), OWNER)).isZero();
    }

    @Test
    void manyAccountsTriedFromOneAddressAreSlowedAtTheAddress() {
        int tried = 0;
        while (tried < LoginThrottle.ADDRESS.free() + 1) {
            fail(LoginThrottle.account(1000 + tried), ATTACKER);
            tried++;
        }
        assertThat(waitFor(LoginThrottle.account(5000), ATTACKER)).isEqualTo(Duration.ofSeconds(1));
        assertThat(waitFor(LoginThrottle.account(5000), OWNER)).isZero();
    }

    @Test
    void timeForgivesFailures() {
        for (int i = 0; i < 8; i++) {
            failAfterWaiting(ADMIN, ATTACKER);
        }
        assertThat(waitFor(ADMIN, ATTACKER)).isEqualTo(Duration.ofSeconds(64));
        pass(Duration.ofHours(2));
        fail(ADMIN, ATTACKER);
        assertThat(waitFor(ADMIN, ATTACKER)).isZero();
    }

    @Test
    void parallelGuessesAreChargedBeforeAnyOfThemIsChecked() {
        throttle.begin(ADMIN, ATTACKER);
        throttle.begin(ADMIN, ATTACKER);
        // Both are still being checked; a third guess in parallel must wait.
        assertThatThrownBy(() -> throttle.begin(ADMIN, ATTACKER)).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void unknownNamesFoldLikeTheDatabaseCollation() {
        String plain = throttle.unknownAccount("nobody");
        assertThat(throttle.unknownAccount("NOBODY")).isEqualTo(plain);
        assertThat(throttle.unknownAccount("Nobody  ")).isEqualTo(plain);
        assertThat(throttle.unknownAccount("ｎｏｂｏｄｙ")).isEqualTo(plain);
        assertThat(throttle.unknownAccount("nöbody")).isEqualTo(plain);
        assertThat(throttle.unknownAccount("somebody")).isNotEqualTo(plain);
        assertThat(throttle.unknownAccount("x".repeat(1_000_000))).hasSizeLessThan(1000);
    }
}
