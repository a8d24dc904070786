package org.beltportal.admin.security;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.beltportal.core.coordination.LimitStates;
import org.beltportal.core.coordination.LimitStates.Key;
import org.beltportal.core.coordination.LimitStates.Locked;
import org.beltportal.core.system.TooManyRequestsException;
import org.beltportal.core.system.web.ClientAddress;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without locking anyone out. Every attempt counts twice: for the account at this
 * client address, and for the address over all accounts. Past a count's free failures each failure doubles
 * the wait before the next try (1 s, 2 s, 4 s ... up to {@link Rule#cap}); time forgives failures one at a
 * time, and a success clears the account's count at that address. The owner signing in from another
 * address is never slowed by an attacker's failures, and nobody waits longer than the cap.
 * <p>
 * An attempt is charged as a failure when it begins and refunded when it succeeds, so guesses sent in
 * parallel cannot all slip through before the first one fails. Accounts are keyed by user id, so the
 * database's own collation (which folds case, width, accents and trailing spaces) decides which spellings
 * are the same account; names of no account by a Unicode primary-strength collation key, which folds them
 * the same way, so the throttle's answers do not tell existing names from unknown ones.
 * <p>
 * The counts are in the database ({@link LimitStates}, decision 0044), so every node counts every attempt: five
 * wrong passwords spread over two nodes are five. Times are the wall clock in milliseconds, which the nodes share;
 * a count is kept a day after its last charge, longer than any count takes to be forgiven.
 */
@Component
public class LoginThrottle {

    /** {@code free} failures cost nothing; then 1 s doubling up to {@code cap}; one failure forgiven per {@code forgiveEvery}. */
    record Rule(int free, Duration cap, Duration forgiveEvery) {
        Duration waitAfter(int failures) {
            if (failures <= free) {
                return Duration.ZERO;
            }
            Duration wait = Duration.ofSeconds(1L << Math.min(failures - free - 1, 30));
            return wait.compareTo(cap) > 0 ? cap : wait;
        }
    }

    /** One typo is free; a guesser at one address gets about one try per ten minutes after a dozen. */
    static final Rule ACCOUNT = new Rule(1, Duration.ofMinutes(10), Duration.ofMinutes(10));
    /** Offices behind one address make typos too; someone trying many accounts from one address does not get far. */
    static final Rule ADDRESS = new Rule(30, Duration.ofMinutes(10), Duration.ofMinutes(1));
    private static final int MAX_NAME = 100;

    static final String ACCOUNT_KIND = "login-account";
    static final String ADDRESS_KIND = "login-address";
    /** A day without attempts forgives more than any count can hold. */
    static final Duration KEEP = Duration.ofDays(1);

    private final LimitStates limits;
    private final Clock clock;
    private final Collator names = Collator.getInstance(Locale.ROOT);

    public LoginThrottle(LimitStates limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        names.setStrength(Collator.PRIMARY);
        names.setDecomposition(Collator.FULL_DECOMPOSITION);
    }

    /** The throttle key of an existing account. */
    public static String account(long userId) {
        return "#" + userId;
    }

    /** The throttle key of a name that is no account: folded as the database compares names. */
    public String unknownAccount(String name) {
        String padded = name == null ? "" : name.stripTrailing();
        String bounded = padded.length() > MAX_NAME ? padded.substring(0, MAX_NAME) : padded;
        return "?" + Base64.getEncoder().encodeToString(names.getCollationKey(bounded).toByteArray());
    }

    /**
     * Starts an attempt on {@code account} from {@code address}, charged as a failure until {@link Attempt#succeeded()}.
     *
     * @throws TooManyRequestsException when either count still makes this attempt wait; nothing is charged then
     */
    public Attempt begin(String account, ClientAddress address) {
        Key accountKey = new Key(ACCOUNT_KIND, account + "@" + address.value());
        Key addressKey = new Key(ADDRESS_KIND, address.value());
        // Account before address in every update: the one order of locks.
        Duration wait = limits.update(List.of(accountKey, addressKey), locked -> {
            long now = clock.millis();
            Duration waiting = charge(locked, accountKey, ACCOUNT, now);
            if (waiting.isZero()) {
                waiting = charge(locked, addressKey, ADDRESS, now);
                if (!waiting.isZero()) {
                    refund(locked, accountKey, now);
                }
            }
            return waiting;
        });
        if (!wait.isZero()) {
            throw new TooManyRequestsException("too many failed logins; try again later", wait);
        }
        return new Attempt(accountKey, addressKey);
    }

    /** An attempt in progress. Dropping it leaves the failure charged. */
    public final class Attempt {
        private final Key accountKey;
        private final Key addressKey;

        private Attempt(Key accountKey, Key addressKey) {
            this.accountKey = accountKey;
            this.addressKey = addressKey;
        }

        /** The password was right: the account's failures at this address are forgiven, and this attempt's charge on the address. */
        public void succeeded() {
            limits.update(List.of(accountKey, addressKey), locked -> {
                locked.remove(accountKey);
                refund(locked, addressKey, clock.millis());
                return null;
            });
        }
    }

    /** Charges a failure unless the key must still wait; returns that wait, or zero when charged. */
    private static Duration charge(Locked locked, Key key, Rule rule, long now) {
        Count current = Count.of(locked.get(key));
        long remaining = current.waitMillis(rule, now);
        if (remaining > 0) {
            return Duration.ofMillis(remaining);
        }
        locked.put(key, new Count(current.failuresAt(rule, now) + 1, now).state(), Instant.ofEpochMilli(now).plus(KEEP));
        return Duration.ZERO;
    }

    private static void refund(Locked locked, Key key, long now) {
        Count count = Count.of(locked.get(key));
        if (count.failures() <= 1) {
            locked.remove(key);
        } else {
            locked.put(key, new Count(count.failures() - 1, count.lastCharge()).state(), Instant.ofEpochMilli(now).plus(KEEP));
        }
    }

    /** Failures as of the last charge, at {@code lastCharge} (epoch milliseconds). */
    private record Count(int failures, long lastCharge) {
        static final Count NONE = new Count(0, 0);

        static Count of(long[] state) {
            return state.length == 2 ? new Count((int) state[0], state[1]) : NONE;
        }

        long[] state() {
            return new long[] {failures, lastCharge};
        }

        int failuresAt(Rule rule, long now) {
            long forgiven = (now - lastCharge) / rule.forgiveEvery().toMillis();
            return (int) Math.max(0, failures - forgiven);
        }

        long waitMillis(Rule rule, long now) {
            return failures == 0 ? 0 : Math.max(0, lastCharge + rule.waitAfter(failures).toMillis() - now);
        }
    }
}
