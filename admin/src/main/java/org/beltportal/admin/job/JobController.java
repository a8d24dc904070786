package org.beltportal.admin.job;

import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobService;
import org.beltportal.core.system.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/api/v1/jobs/{id}}: state, progress and row errors. A tenant's job is visible to
 * anyone who may read that tenant; a platform job (full rebuild) to platform admins.
 */
@RestController
public class JobController {

    private final JobService jobs;

    public JobController(JobService jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/admin/api/v1/jobs/{id}")
    Job get(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
        Job job = jobs.require(id);
        boolean visible = job.tenantId() == null ? user.isPlatformAdmin()
                : user.hasAnyRole(job.tenantId(), Permission.READ.roles());
        if (!visible) {
            // Job ids are sequential: answering 403 would tell other tenants which ids exist.
            throw new NotFoundException("no job " + id);
        }
        return job;
    }
}
