package org.beltportal.core.job;

import java.util.ArrayList;
import java.util.List;

/**
 * What a running job reports. Used by the job's own thread only; it writes to the database at most every
 * {@value #FLUSH_MILLIS} ms, so reporting per row costs nothing measurable.
 */
public final class JobProgress {

    static final long FLUSH_MILLIS = 500;

    private final long jobId;
    private final JobService jobs;
    private final List<RowError> errors = new ArrayList<>();
    private long processed;
    private Long total;
    private int errorCount;
    private long lastFlush;

    JobProgress(long jobId, JobService jobs) {
        this.jobId = jobId;
        this.jobs = jobs;
    }

    public long jobId() {
        return jobId;
    }

    public void total(long total) {
        this.total = total;
        flush();
    }

    public void processed(long rows) {
        processed += rows;
        if (System.currentTimeMillis() - lastFlush >= FLUSH_MILLIS) {
            flush();
        }
    }

    public void error(RowError error) {
        errorCount++;
        if (errors.size() < JobService.MAX_STORED_ERRORS) {
            errors.add(error);
        }
    }

    public int errorCount() {
        return errorCount;
    }

    public long processedSoFar() {
        return processed;
    }

    void flush() {
        lastFlush = System.currentTimeMillis();
        jobs.report(jobId, processed, total, errorCount, errors);
    }
}
