package org.beltportal.core.feed;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.beltportal.core.tenant.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@code change_feed}. Plain JDBC on the transaction's connection rather than a MyBatis mapper: rows are
 * written while the change's transaction commits, and an import batch's transaction holds a MyBatis session of the
 * batch executor, which refuses a mapper of another executor type in the same transaction. The feed is read across
 * belts by design (every node follows every belt), so no statement filters by tenant.
 */
@Component
class FeedRows {

    /** Ids per row: a row stays a few KB, well within TEXT. */
    static final int MAX_IDS = 1000;

    private final JdbcTemplate jdbc;

    FeedRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    long insert(ChangeKind kind, TenantId tenantId, Collection<Long> ids, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO change_feed (kind, tenant_id, ids, created_at) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, kind.name());
            insert.setLong(2, tenantId.value());
            insert.setString(3, ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
            insert.setObject(4, utc(now));
            return insert;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    /** Up to {@code limit} rows after {@code afterId}, in id order. */
    List<FeedEntry> after(long afterId, int limit) {
        return jdbc.query("SELECT id, kind, tenant_id, ids FROM change_feed WHERE id > ? ORDER BY id LIMIT ?",
                FeedRows::entry, afterId, limit);
    }

    /** The rows with ids from {@code from} to {@code to}: those of a gap that have committed since. */
    List<FeedEntry> between(long from, long to) {
        return jdbc.query("SELECT id, kind, tenant_id, ids FROM change_feed WHERE id BETWEEN ? AND ? ORDER BY id",
                FeedRows::entry, from, to);
    }

    /** The rows among {@code ids} that exist now. */
    List<FeedEntry> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        return jdbc.query("SELECT id, kind, tenant_id, ids FROM change_feed WHERE id IN (" + marks + ") ORDER BY id",
                FeedRows::entry, ids.toArray());
    }

    /** The highest id written so far, 0 for an empty feed. */
    long head() {
        Long head = jdbc.queryForObject("SELECT MAX(id) FROM change_feed", Long.class);
        return head == null ? 0 : head;
    }

    /** The lowest id still kept, empty for an empty feed. */
    Optional<Long> oldest() {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MIN(id) FROM change_feed", Long.class));
    }

    /**
     * Locks up to {@code limit} undrained rows that no other transaction holds, oldest first. Call it inside a
     * transaction: the locks last until it ends, and other nodes' drains skip these rows meanwhile.
     */
    List<FeedEntry> lockUndrained(int limit) {
        return jdbc.query("SELECT id, kind, tenant_id, ids FROM change_feed WHERE drained_at IS NULL ORDER BY id LIMIT ? "
                + "FOR UPDATE SKIP LOCKED", FeedRows::entry, limit);
    }

    /** The lowest id not drained yet, empty when every row is drained. */
    Optional<Long> oldestUndrained() {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MIN(id) FROM change_feed WHERE drained_at IS NULL", Long.class));
    }

    /** Marks every undrained row up to {@code upTo} drained without applying it; returns how many. */
    int markDrainedUpTo(long upTo, Instant now) {
        return jdbc.update("UPDATE change_feed SET drained_at = ? WHERE drained_at IS NULL AND id <= ?", utc(now), upTo);
    }

    void markDrained(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        List<Object> args = new ArrayList<>();
        args.add(utc(now));
        args.addAll(ids);
        jdbc.update("UPDATE change_feed SET drained_at = ? WHERE id IN (" + marks + ")", args.toArray());
    }

    /** Takes (or renews) the purge lease for {@code holder} if it has run out or is its own; true when held. */
    boolean takePurgeLease(String holder, Instant now, Instant until) {
        return jdbc.update("UPDATE change_feed_purge SET holder = ?, lease_until = ? WHERE id = 1 AND (lease_until < ? OR holder = ?)",
                holder, utc(until), utc(now), holder) == 1;
    }

    /** Deletes rows written before {@code cutoff}, {@code step} ids per statement so no statement locks long. */
    long purgeBefore(Instant cutoff, int step) {
        Long upTo = jdbc.queryForObject("SELECT MAX(id) FROM change_feed WHERE created_at < ?", Long.class, utc(cutoff));
        Optional<Long> from = oldest();
        if (upTo == null || from.isEmpty()) {
            return 0;
        }
        long deleted = 0;
        for (long low = from.get(); low <= upTo; low += step) {
            deleted += jdbc.update("DELETE FROM change_feed WHERE id >= ? AND id < ?", low, Math.min(low + step, upTo + 1));
        }
        return deleted;
    }

    private static FeedEntry entry(ResultSet row, int number) throws SQLException {
        String ids = row.getString("ids");
        List<Long> parsed = ids == null || ids.isEmpty() ? List.of()
                : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
        return new FeedEntry(row.getLong("id"), ChangeKind.valueOf(row.getString("kind")),
                new TenantId(row.getLong("tenant_id")), parsed, List.of());
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
