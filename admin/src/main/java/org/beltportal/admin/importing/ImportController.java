package org.beltportal.admin.importing;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobService;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.web.ApiError;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /admin/api/v1/tenants/{slug}/products/import}: multipart field {@code file}. A file that is
 * not CSV or XLSX, or whose header lacks required columns, is a 422 here, and one past the
 * {@link ImportLimits} (a zip bomb, a cell of a million characters) a 413; otherwise the import runs as a
 * job and the answer is 202 with its id, to be followed at {@code GET /admin/api/v1/jobs/{id}}.
 */
@RestController
public class ImportController {

    private final JobService jobs;
    private final ProductImportJob importJob;

    ImportController(JobService jobs, ProductImportJob importJob) {
        this.jobs = jobs;
        this.importJob = importJob;
    }

    /** The answer to an accepted upload. */
    record ImportStarted(long jobId) {
    }

    @ApiResponse(responseCode = "202", description = "Started: follow the job at jobs/{jobId} (also in Location)")
    @PostMapping("/admin/api/v1/tenants/{slug}/products/import")
    ResponseEntity<ImportStarted> start(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                                        @RequestPart(name = "file", required = false) MultipartFile upload)
            throws IOException {
        if (upload == null) {
            throw InvalidInputException.of(Header.FIELD, "is required: send the file as multipart field \"file\"");
        }
        ImportFile file = ImportFile.receive(upload);
        Job job;
        try {
            job = jobs.start(user.username(), tenant.id(), ProductImportJob.KIND,
                    progress -> importJob.run(file, user.username(), tenant.id(), progress));
        } catch (RuntimeException notStarted) {
            file.delete();
            throw notStarted;
        }
        return ResponseEntity.accepted().location(URI.create("/admin/api/v1/jobs/" + job.id()))
                .body(new ImportStarted(job.id()));
    }

    @ExceptionHandler(TooLargeException.class)
    ResponseEntity<ApiError> tooLarge(TooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(new ApiError("payload_too_large",
                "the file is beyond what an import may hold", List.of(new FieldProblem(Header.FIELD, e.reason() + " (row " + e.row() + ")"))));
    }
}
