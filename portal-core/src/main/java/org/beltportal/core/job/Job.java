package org.beltportal.core.job;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.beltportal.core.tenant.TenantId;

/**
 * A job and its progress. {@code errors} holds the first {@value JobService#MAX_STORED_ERRORS} row errors;
 * {@code errorCount} counts them all.
 */
public record Job(
        long id,
        @JsonIgnore TenantId tenantId,
        String kind,
        JobState state,
        long processed,
        Long total,
        int errorCount,
        List<RowError> errors,
        String message,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public Job {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
