package org.beltportal.admin.console.search;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobService;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.search.index.IndexMaintenance;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Re-indexing the belt from the search settings: the post starts (or finds the running) job of
 * {@link IndexMaintenance#startBeltReindex} (on the configured backend), and {@code /search/reindex/{jobId}} shows its progress the way an
 * import's page does. Those who may edit the catalogue may start it; its work gives way to requests.
 */
@Controller
class BeltReindexController {

    static final String REINDEX = SearchSettingsScreen.PATH + "/reindex";

    private final IndexMaintenance indexer;
    private final JobService jobs;
    private final ConsolePages pages;

    BeltReindexController(IndexMaintenance indexer, JobService jobs, ConsolePages pages) {
        this.indexer = indexer;
        this.jobs = jobs;
        this.pages = pages;
    }

    @PostMapping(REINDEX)
    ModelAndView start(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt,
                       HttpServletRequest request) {
        Job job = indexer.startBeltReindex(user.username(), belt.id());
        return ConsoleForms.seeOther(SearchSettingsScreen.pathOf(belt) + "/reindex/" + job.id(),
                ConsoleFlash.status("search.reindexStarted"), request);
    }

    @GetMapping(REINDEX + "/{jobId}")
    ModelAndView progress(@Grant(Permission.READ) Tenant belt, @PathVariable long jobId) {
        Job job = jobs.require(jobId);
        if (!belt.id().equals(job.tenantId()) || !IndexMaintenance.BELT_REINDEX_JOB.equals(job.kind())) {
            throw new NotFoundException("no re-indexing " + jobId + " of this belt");
        }
        return pages.page("search/reindex", Map.of(ConsolePages.BELT, belt, "job", job, "finished", job.state().isFinished()));
    }
}
