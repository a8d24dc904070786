package org.beltportal.core.job.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobState;
import org.beltportal.core.job.RowError;
import org.beltportal.core.tenant.TenantId;

/**
 * Jobs are looked up by id from any tenant's or the platform's API, so this mapper is not tenant-scoped:
 * the job controller checks the caller's rights on {@link Job#tenantId()} before showing one.
 */
@Mapper
public interface JobMapper {

    void insert(@Param("row") InsertRow row);

    Optional<Job> findById(@Param("id") long id);

    /** A belt's jobs of one kind in the given states, updated since {@code since}, newest first. */
    List<Job> findRecent(@Param("tenantId") TenantId tenantId, @Param("kind") String kind,
                         @Param("states") Collection<JobState> states, @Param("since") Instant since,
                         @Param("limit") int limit);

    void updateProgress(@Param("id") long id, @Param("state") JobState state, @Param("processed") long processed,
                        @Param("total") Long total, @Param("errorCount") int errorCount,
                        @Param("errors") List<RowError> errors, @Param("now") Instant now);

    void finish(@Param("id") long id, @Param("state") JobState state, @Param("message") String message,
                @Param("now") Instant now);

    /** Marks the running or queued jobs of {@code node} as failed: that node has just started, so they were cut off. */
    int failUnfinishedOf(@Param("node") String node, @Param("message") String message, @Param("now") Instant now);

    /** Marks running or queued jobs that stopped reporting as failed (their node went away). */
    int failStale(@Param("before") Instant before, @Param("message") String message, @Param("now") Instant now);

    final class InsertRow {
        public Long id;
        public final TenantId tenantId;
        public final String kind;
        public final String createdBy;
        public final String node;
        public final Instant now;

        public InsertRow(TenantId tenantId, String kind, String createdBy, String node, Instant now) {
            this.tenantId = tenantId;
            this.kind = kind;
            this.createdBy = createdBy;
            this.node = node;
            this.now = now;
        }
    }
}
