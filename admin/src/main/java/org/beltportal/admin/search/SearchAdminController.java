package org.beltportal.admin.search;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.beltportal.admin.security.PlatformAdmin;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.job.Job;
import org.beltportal.search.index.IndexCheck;
import org.beltportal.search.index.IndexMaintenance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/api/v1/search/rebuild}: rebuilds the whole index from the database in the background
 * while search keeps answering from the old one; 202 with the job to follow, 409 if one is running.
 * {@code GET /admin/api/v1/search/check}: compares every belt's index documents with its active products
 * and the products the search cluster refused (docs/operations.md, Search index). Both act on the configured backend
 * ({@code portal.search.backend}), both for platform admins only.
 */
@RestController
public class SearchAdminController {

    private final IndexMaintenance index;

    public SearchAdminController(IndexMaintenance index) {
        this.index = index;
    }

    @ApiResponse(responseCode = "202", description = "Started: follow the job at jobs/{jobId} (also in Location)")
    @PostMapping("/admin/api/v1/search/rebuild")
    ResponseEntity<Started> rebuild(@PlatformAdmin PortalUser user) {
        Job job = index.startRebuild(user.username());
        return ResponseEntity.accepted().location(URI.create("/admin/api/v1/jobs/" + job.id())).body(new Started(job.id()));
    }

    @GetMapping("/admin/api/v1/search/check")
    Check check(@PlatformAdmin PortalUser user) {
        List<IndexCheck.BeltComparison> belts = index.check();
        return new Check(belts.stream().allMatch(IndexCheck.BeltComparison::matches), belts);
    }

    record Started(long jobId) {
    }

    /** {@code matches}: no belt differs. */
    record Check(boolean matches, List<IndexCheck.BeltComparison> belts) {
    }
}
