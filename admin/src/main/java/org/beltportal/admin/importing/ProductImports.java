package org.beltportal.admin.importing;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobService;
import org.beltportal.core.system.BackgroundPriority;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.Tenant;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Starting a product import and finding one again: the one path the JSON API and the console both take.
 * The upload is received into a temp file ({@link ImportFile}) and checked, then read by a background job.
 * <p>
 * The check reads the whole file (a CSV's every byte is decoded, a workbook's parts opened): up to a second of
 * CPU for a 100 MB file. It runs on one background thread at the lower priority ({@link BackgroundPriority}) while
 * the request waits, so an upload at a festival's peak gives the CPU to buyers' pages as the import's job does
 * (decision 0052), and two uploads at once are checked one after the other.
 */
@Service
public class ProductImports implements DisposableBean {

    /** The jobs' kind, as {@link JobService#recent} lists them. */
    public static final String KIND = ProductImportJob.KIND;

    private final JobService jobs;
    private final ProductImportJob importJob;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(BackgroundPriority.thread("import-check"));

    ProductImports(JobService jobs, ProductImportJob importJob) {
        this.jobs = jobs;
        this.importJob = importJob;
    }

    /**
     * Checks the file and starts its import as a job of {@code actor}; {@code createCategories} creates the
     * category paths the file names that do not exist yet. A wrong file is an {@link InvalidInputException}
     * on field {@code file}, one past the limits a {@link TooLargeException}.
     */
    public Job start(String actor, Tenant belt, MultipartFile upload, boolean createCategories) throws IOException {
        if (upload == null) {
            throw InvalidInputException.of(Header.FIELD, "is required: send the file as multipart field \"file\"");
        }
        ImportFile file = receiveAtLowerPriority(upload);
        try {
            return jobs.start(actor, belt.id(), KIND,
                    progress -> importJob.run(file, actor, belt.id(), createCategories, progress));
        } catch (RuntimeException notStarted) {
            file.delete();
            throw notStarted;
        }
    }

    private ImportFile receiveAtLowerPriority(MultipartFile upload) throws IOException {
        try {
            return checks.submit(() -> ImportFile.receive(upload)).get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException refused -> throw refused;
                case Error error -> throw error;
                default -> throw new IllegalStateException("checking an import file failed", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the upload was checked");
        }
    }

    /** The belt's import {@code jobId}; another belt's job, or one that is no import, is not found like a free id. */
    public Job require(Tenant belt, long jobId) {
        Job job = jobs.require(jobId);
        if (!belt.id().equals(job.tenantId()) || !KIND.equals(job.kind())) {
            throw new NotFoundException("no import " + jobId + " in this portal");
        }
        return job;
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
