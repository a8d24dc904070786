package org.beltportal.admin.security;

import java.text.Collator;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
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
 * Per node and in memory; see docs/scaling.md.
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

    private final Ticker ticker;
    private final Cache<String, Count> accounts;
    private final Cache<String, Count> addresses;
    private final Collator names = Collator.getInstance(Locale.ROOT);

    public LoginThrottle() {
        this(Ticker.systemTicker());
    }

    LoginThrottle(Ticker ticker) {
        this.ticker = ticker;
        this.accounts = cache(ticker);
        this.addresses = cache(ticker);
        names.setStrength(Collator.PRIMARY);
        names.setDecomposition(Collator.FULL_DECOMPOSITION);
    }

    private static Cache<String, Count> cache(Ticker ticker) {
        // A day without attempts forgives more than any count can hold.
        return Caffeine.newBuilder().ticker(ticker).expireAfterAccess(Duration.ofDays(1)).maximumSize(100_000).build();
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
        long now = ticker.read();
        String accountKey = account + "@" + address.value();
        Duration wait = charge(accounts, accountKey, ACCOUNT, now);
        if (wait.isZero()) {
            wait = charge(addresses, address.value(), ADDRESS, now);
            if (!wait.isZero()) {
                refund(accounts, accountKey);
            }
        }
        if (!wait.isZero()) {
            throw new TooManyRequestsException("too many failed logins; try again later", wait);
        }
        return new Attempt(accountKey, address.value());
    }

    /** An attempt in progress. Dropping it leaves the failure charged. */
    public final class Attempt {
        private final String accountKey;
        private final String addressKey;

        private Attempt(String accountKey, String addressKey) {
            this.accountKey = accountKey;
            this.addressKey = addressKey;
        }

        /** The password was right: the account's failures at this address are forgiven, and this attempt's charge on the address. */
        public void succeeded() {
            accounts.invalidate(accountKey);
            refund(addresses, addressKey);
        }
    }

    /** Charges a failure unless the key must still wait; returns that wait, or zero when charged. */
    private static Duration charge(Cache<String, Count> counts, String key, Rule rule, long now) {
        AtomicReference<Duration> wait = new AtomicReference<>(Duration.ZERO);
        counts.asMap().compute(key, (k, count) -> {
            Count current = count == null ? Count.NONE : count;
            long remaining = current.waitNanos(rule, now);
            if (remaining > 0) {
                wait.set(Duration.ofNanos(remaining));
                return count;
            }
            return new Count(current.failuresAt(rule, now) + 1, now);
        });
        return wait.get();
    }

    private static void refund(Cache<String, Count> counts, String key) {
        counts.asMap().computeIfPresent(key, (k, count) -> count.failures() <= 1 ? null : new Count(count.failures() - 1, count.lastCharge()));
    }

    /** Failures as of the last charge, at {@code lastCharge} on the ticker's clock. */
    private record Count(int failures, long lastCharge) {
        static final Count NONE = new Count(0, 0);

        int failuresAt(Rule rule, long now) {
            long forgiven = (now - lastCharge) / rule.forgiveEvery().toNanos();
            return (int) Math.max(0, failures - forgiven);
        }

        long waitNanos(Rule rule, long now) {
            return failures == 0 ? 0 : Math.max(0, lastCharge + rule.waitAfter(failures).toNanos() - now);
        }
    }
}
