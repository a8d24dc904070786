package org.beltportal.core.coordination;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The numbers rate limits keep per key (a failure count and its time, a window's event times), shared by every
 * node. {@link #update} hands the current states of some keys to a piece of work while no other node or thread
 * can read or write them, and stores what the work leaves; so check-and-count is one atomic step across nodes.
 * A key's state lives until the time the work gives it; after that it reads as absent.
 */
public interface LimitStates {

    /**
     * Runs {@code work} on the states of {@code keys}, which it may only read and write through the {@link Locked}
     * it is given, and returns what the work returns. The work may run again when the database gives up a lock
     * wait or a deadlock, so it must depend on nothing but what it reads there. Keys are locked in the order
     * given: callers that lock several always list them in one order of kinds, so two updates never wait on
     * each other in a circle.
     */
    <R> R update(List<Key> keys, Function<Locked, R> work);

    /** A counted key: {@code kind} names the limit (for purges and reading the table), {@code name} what it counts. */
    record Key(String kind, String name) {
    }

    /** The locked states during one {@link #update}. */
    interface Locked {

        /** The key's numbers; empty when it has none or they expired. */
        long[] get(Key key);

        /** Replaces the key's numbers, kept until {@code expiresAt}. */
        void put(Key key, long[] state, Instant expiresAt);

        /** Forgets the key. */
        void remove(Key key);
    }
}
