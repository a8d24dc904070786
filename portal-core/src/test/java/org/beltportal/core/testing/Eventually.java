package org.beltportal.core.testing;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Waiting for something that happens in the background (a job ending, a write becoming searchable, a server
 * starting) without sleeping blindly: {@link #eventually} polls until the condition holds and, when time runs
 * out, fails saying what it waited for and what it last saw, instead of letting the next assertion fail with
 * no word about the wait. Other modules use it through portal-core's test jar.
 */
public final class Eventually {

    /** The first polls come soon (most waits are short), later ones less often so a long wait does not hammer the server. */
    private static final Duration FIRST_PAUSE = Duration.ofMillis(10);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(100);
    private static final int LAST_SEEN_CHARS = 2_000;

    /** What one poll reads; it may throw, see {@link #eventually}. */
    @FunctionalInterface
    public interface Probe<T> {
        T read() throws Exception;
    }

    private Eventually() {
    }

    /**
     * Reads {@code probe} until {@code done} accepts what it read, and returns that. An {@link AssertionError} from
     * the probe fails at once: it is a check that must hold all along (the server still running, search still
     * answering during a rebuild). Any other exception counts as "not yet" (a server not listening yet). When
     * {@code timeout} passes, fails naming {@code what} (say "the import job to end") and the last value or
     * exception seen.
     */
    public static <T> T eventually(String what, Duration timeout, Probe<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration pause = FIRST_PAUSE;
        String lastSeen = "nothing";
        Exception lastFailure = null;
        while (true) {
            try {
                T value = probe.read();
                if (done.test(value)) {
                    return value;
                }
                lastSeen = abbreviate(String.valueOf(value));
                lastFailure = null;
            } catch (Exception notYet) {
                lastSeen = notYet.toString();
                lastFailure = notYet;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("waited " + describe(timeout) + " for " + what + "; last seen: " + lastSeen, lastFailure);
            }
            sleep(pause, what);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) < 0 ? pause.multipliedBy(2) : LONGEST_PAUSE;
        }
    }

    private static void sleep(Duration pause, String what) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }

    private static String describe(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private static String abbreviate(String text) {
        return text.length() <= LAST_SEEN_CHARS ? text : text.substring(0, LAST_SEEN_CHARS) + "...";
    }
}
