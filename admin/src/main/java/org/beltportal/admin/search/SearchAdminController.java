package org.beltportal.admin.search;

import java.net.URI;

import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.TenantAccess;
import org.beltportal.core.job.Job;
import org.beltportal.search.index.ProductIndexer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/api/v1/search/rebuild}: rebuilds the whole index from the database in the background
 * while search keeps answering from the old one; 202 with the job to follow, 409 if one is running.
 */
@RestController
public class SearchAdminController {

    private final ProductIndexer indexer;
    private final TenantAccess access;

    public SearchAdminController(ProductIndexer indexer, TenantAccess access) {
        this.indexer = indexer;
        this.access = access;
    }

    @PostMapping("/admin/api/v1/search/rebuild")
    ResponseEntity<Started> rebuild(@AuthenticationPrincipal PortalUser user) {
        access.requirePlatformAdmin(user);
        Job job = indexer.startRebuild(user.username());
        return ResponseEntity.accepted().location(URI.create("/admin/api/v1/jobs/" + job.id())).body(new Started(job.id()));
    }

    record Started(long jobId) {
    }
}
