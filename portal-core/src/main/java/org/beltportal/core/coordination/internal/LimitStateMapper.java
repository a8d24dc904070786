package org.beltportal.core.coordination.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rows of {@code limit_state}, keyed by the SHA-256 of a limit's key. */
@Mapper
public interface LimitStateMapper {

    /**
     * Makes sure the rows exist (empty and already expired when new) and takes their locks, in the order given:
     * a lock on a row, unlike one on a gap where a row would go, keeps a second node waiting instead of
     * deadlocking with it.
     */
    void reserve(@Param("keys") List<RowKey> keys, @Param("now") Instant now);

    /** The rows, locked until the transaction ends. */
    List<Row> lock(@Param("ids") Collection<String> ids);

    void write(@Param("rows") List<NewState> rows);

    int delete(@Param("ids") Collection<String> ids);

    /** Rows expired before {@code now}. */
    int deleteExpired(@Param("now") Instant now);

    record RowKey(String id, String kind) {
    }

    record Row(String id, byte[] state, Instant expiresAt) {
    }

    record NewState(String id, String kind, byte[] state, Instant expiresAt) {
    }
}
