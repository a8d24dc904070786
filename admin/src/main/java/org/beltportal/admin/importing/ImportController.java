package org.beltportal.admin.importing;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobService;
import org.beltportal.core.job.RowError;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.web.ApiError;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /admin/api/v1/tenants/{slug}/products/import}: multipart field {@code file}, and
 * {@code createCategories=true} to create the category paths the file names that do not exist yet (else
 * each such row is an error). A file that is
 * not CSV or XLSX, or whose header lacks required columns, is a 422 here, and one past the
 * {@link ImportLimits} (a zip bomb, a cell of a million characters) a 413; otherwise the import runs as a
 * job and the answer is 202 with its id, to be followed at {@code GET /admin/api/v1/jobs/{id}}.
 */
@RestController
public class ImportController {

    private final ProductImports imports;

    ImportController(ProductImports imports) {
        this.imports = imports;
    }

    /** The answer to an accepted upload. */
    record ImportStarted(long jobId) {
    }

    @ApiResponse(responseCode = "202", description = "Started: follow the job at jobs/{jobId} (also in Location)")
    @PostMapping("/admin/api/v1/tenants/{slug}/products/import")
    ResponseEntity<ImportStarted> start(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                                        @RequestPart(name = "file", required = false) MultipartFile upload,
                                        @RequestParam(defaultValue = "false") boolean createCategories)
            throws IOException {
        Job job = imports.start(user.username(), tenant, upload, createCategories);
        return ResponseEntity.accepted().location(URI.create("/admin/api/v1/jobs/" + job.id()))
                .body(new ImportStarted(job.id()));
    }

    @ApiResponse(responseCode = "200", description = "The columns of an import and one example row, as UTF-8 CSV")
    @GetMapping("/admin/api/v1/tenants/{slug}/products/import/template.csv")
    void templateCsv(@Grant(Permission.READ) Tenant tenant, HttpServletResponse response) throws IOException {
        ExportController.download(response, "text/csv;charset=UTF-8", "products-template.csv");
        CatalogueExport.template(SheetWriter.csv(response.getOutputStream()));
    }

    @ApiResponse(responseCode = "200", description = "The columns of an import and one example row, as a workbook")
    @GetMapping("/admin/api/v1/tenants/{slug}/products/import/template.xlsx")
    void templateXlsx(@Grant(Permission.READ) Tenant tenant, HttpServletResponse response) throws IOException {
        ExportController.download(response, ExportController.XLSX, "products-template.xlsx");
        CatalogueExport.template(SheetWriter.xlsx(response.getOutputStream(), "products"));
    }

    /**
     * An import's row errors as CSV ({@code row, field, message}), to correct the file beside. The job keeps
     * the first {@value JobService#MAX_STORED_ERRORS}; a last line says how many more there were. Another
     * belt's job, or one that is not an import, is a 404 like a free id.
     */
    @ApiResponse(responseCode = "200", description = "The row errors as UTF-8 CSV")
    @ApiResponse(responseCode = "404", description = "No import job with this id in this belt")
    @GetMapping("/admin/api/v1/tenants/{slug}/products/import/{jobId}/errors.csv")
    void errors(@Grant(Permission.READ) Tenant tenant, @PathVariable long jobId, HttpServletResponse response)
            throws IOException {
        Job job = imports.require(tenant, jobId);
        ExportController.download(response, "text/csv;charset=UTF-8", "import-" + jobId + "-errors.csv");
        try (SheetWriter sheet = SheetWriter.csv(response.getOutputStream())) {
            sheet.row(List.of("row", "field", "message"));
            for (RowError error : job.errors()) {
                sheet.row(Arrays.asList(Long.toString(error.row()), error.field(), error.message()));
            }
            if (job.errorCount() > job.errors().size()) {
                sheet.row(Arrays.asList(null, null, "and " + (job.errorCount() - job.errors().size())
                        + " more errors: only the first " + job.errors().size() + " are kept"));
            }
        }
    }

    @ExceptionHandler(TooLargeException.class)
    ResponseEntity<ApiError> tooLarge(TooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(new ApiError("payload_too_large",
                "the file is beyond what an import may hold", List.of(new FieldProblem(Header.FIELD, e.problem()))));
    }
}
