package org.beltportal.core.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.beltportal.core.coordination.LimitStates;

/**
 * {@link LimitStates} in one JVM's memory, for unit tests of the limits' rules and for web slices that have no
 * database. The integration tests use the database's ({@code JdbcLimitStates}); both honour expiry the same way.
 */
public final class LimitStatesInMemory implements LimitStates {

    private final Map<Key, Entry> entries = new HashMap<>();
    private final Clock clock;

    public LimitStatesInMemory(Clock clock) {
        this.clock = clock;
    }

    public LimitStatesInMemory() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized <R> R update(List<Key> keys, Function<Locked, R> work) {
        Instant now = clock.instant();
        return work.apply(new Locked() {
            @Override
            public long[] get(Key key) {
                require(key);
                Entry entry = entries.get(key);
                return entry == null || !entry.expiresAt().isAfter(now) ? new long[0] : entry.state().clone();
            }

            @Override
            public void put(Key key, long[] state, Instant expiresAt) {
                require(key);
                entries.put(key, new Entry(state.clone(), expiresAt));
            }

            @Override
            public void remove(Key key) {
                require(key);
                entries.remove(key);
            }

            private void require(Key key) {
                if (!keys.contains(key)) {
                    throw new IllegalArgumentException("not locked in this update: " + key);
                }
            }
        });
    }

    private record Entry(long[] state, Instant expiresAt) {
    }
}
