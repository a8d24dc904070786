package org.beltportal.core.coordination;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.beltportal.core.coordination.internal.LimitStateMapper;
import org.beltportal.core.coordination.internal.LimitStateMapper.NewState;
import org.beltportal.core.coordination.internal.LimitStateMapper.Row;
import org.beltportal.core.coordination.internal.LimitStateMapper.RowKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link LimitStates} in the database: one short transaction per update that locks each key's row (creating it
 * when missing), runs the work, and writes back what changed. Rows are keyed by the SHA-256 of kind and name,
 * so a key of any length fits. That is for length, not secrecy: an IPv4 address in a key can be found again by
 * trying them all, so the rows live no longer than their limits need (a day at most). Expired rows read as
 * absent until {@link #purgeExpired} deletes them. A transaction the database picked as a deadlock's victim is
 * tried again, work included.
 */
@Component
public class JdbcLimitStates implements LimitStates {

    private static final int TRIES = 3;
    private static final Logger log = LoggerFactory.getLogger(JdbcLimitStates.class);

    private final LimitStateMapper mapper;
    private final TransactionTemplate transactions;
    private final Clock clock;

    JdbcLimitStates(LimitStateMapper mapper, TransactionTemplate transactions, Clock clock) {
        this.mapper = mapper;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public <R> R update(List<Key> keys, Function<Locked, R> work) {
        for (int tried = 1; ; tried++) {
            try {
                return transactions.execute(status -> updateLocked(keys, work));
            } catch (PessimisticLockingFailureException e) {
                if (tried == TRIES) {
                    throw e;
                }
                log.debug("limit update lost a lock wait or deadlock; trying again", e);
            }
        }
    }

    /** Four statements whatever the number of keys: reserve (and lock), read, write what changed, delete what went. */
    private <R> R updateLocked(List<Key> keys, Function<Locked, R> work) {
        Instant now = clock.instant();
        Map<Key, String> ids = new LinkedHashMap<>();
        keys.forEach(key -> ids.put(key, id(key)));
        mapper.reserve(keys.stream().map(key -> new RowKey(ids.get(key), key.kind())).toList(), now);
        Map<String, long[]> states = new HashMap<>();
        for (Row row : mapper.lock(ids.values())) {
            if (row.expiresAt().isAfter(now)) {
                states.put(row.id(), decode(row.state()));
            }
        }
        Map<Key, Optional<Stored>> changes = new LinkedHashMap<>();
        R result = work.apply(new Locked() {
            @Override
            public long[] get(Key key) {
                require(key);
                Optional<Stored> changed = changes.get(key);
                if (changed != null) {
                    return changed.map(stored -> stored.state().clone()).orElse(new long[0]);
                }
                return states.getOrDefault(ids.get(key), new long[0]).clone();
            }

            @Override
            public void put(Key key, long[] state, Instant expiresAt) {
                require(key);
                changes.put(key, Optional.of(new Stored(state.clone(), expiresAt)));
            }

            @Override
            public void remove(Key key) {
                require(key);
                changes.put(key, Optional.empty());
            }

            private void require(Key key) {
                if (!ids.containsKey(key)) {
                    throw new IllegalArgumentException("not locked in this update: " + key);
                }
            }
        });
        List<NewState> written = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        changes.forEach((key, change) -> change.ifPresentOrElse(
                stored -> written.add(new NewState(ids.get(key), key.kind(), encode(stored.state()), stored.expiresAt())),
                () -> removed.add(ids.get(key))));
        if (!written.isEmpty()) {
            mapper.write(written);
        }
        if (!removed.isEmpty()) {
            mapper.delete(removed);
        }
        return result;
    }

    /** Deletes the rows that expired; returns how many. */
    public int purgeExpired() {
        return mapper.deleteExpired(clock.instant());
    }

    private record Stored(long[] state, Instant expiresAt) {
    }

    static String id(Key key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key.kind() + "\n" + key.name()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static byte[] encode(long[] state) {
        ByteBuffer bytes = ByteBuffer.allocate(state.length * Long.BYTES);
        bytes.asLongBuffer().put(state);
        return bytes.array();
    }

    static long[] decode(byte[] bytes) {
        long[] state = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(state);
        return state;
    }
}
