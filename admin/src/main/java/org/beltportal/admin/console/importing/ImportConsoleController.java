package org.beltportal.admin.console.importing;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.importing.ProductImports;
import org.beltportal.admin.importing.TooLargeException;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobService;
import org.beltportal.core.job.JobState;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /admin/belts/{slug}/imports}: the upload form, recent imports and the downloads (templates, export);
 * {@code /imports/{jobId}}: one import's progress, then its row errors. The upload starts the job through
 * {@link ProductImports}, the API's own path (the file is streamed to a temp file, never held in memory); the
 * job's id is in the page's address, so a reload, or another device, finds the same import again.
 */
@Controller
class ImportConsoleController {

    /** How far back the list of recent imports reaches, and how many it shows. */
    static final Duration RECENT = Duration.ofDays(30);
    static final int RECENT_SHOWN = 20;
    /** Row errors shown on the page; the downloadable report has every one the job kept. */
    static final int ERRORS_SHOWN = 100;
    private static final String FILE = "file";

    private final ProductImports imports;
    private final JobService jobs;
    private final ConsolePages pages;
    private final Clock clock;

    ImportConsoleController(ProductImports imports, JobService jobs, ConsolePages pages, Clock clock) {
        this.imports = imports;
        this.jobs = jobs;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(ImportScreen.PATH)
    ModelAndView list(@AuthenticationPrincipal PortalUser user, @Grant(Permission.READ) Tenant belt) {
        return list(user, belt, HttpStatus.OK, Map.of(), false);
    }

    @PostMapping(ImportScreen.PATH)
    ModelAndView start(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt,
                       @RequestPart(name = FILE, required = false) MultipartFile file,
                       @RequestParam(defaultValue = "false") boolean createCategories,
                       HttpServletRequest request) throws IOException {
        if (nothingChosen(file)) {
            return list(user, belt, HttpStatus.UNPROCESSABLE_CONTENT, Map.of(FILE, "is required: choose a .csv (UTF-8) or .xlsx file"),
                    createCategories);
        }
        try {
            Job job = imports.start(user.username(), belt, file, createCategories);
            return ConsoleForms.seeOther(jobPath(belt, job.id()), ConsoleFlash.status("imports.started", Long.toString(job.id())),
                    request);
        } catch (InvalidInputException invalid) {
            return list(user, belt, HttpStatus.UNPROCESSABLE_CONTENT, ConsoleForms.problems(invalid), createCategories);
        } catch (TooLargeException tooLarge) {
            return list(user, belt, HttpStatus.CONTENT_TOO_LARGE, Map.of(FILE, tooLarge.problem()), createCategories);
        }
    }

    @GetMapping(ImportScreen.PATH + "/{jobId}")
    ModelAndView job(@Grant(Permission.READ) Tenant belt, @PathVariable long jobId) {
        Job job = imports.require(belt, jobId);
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("job", job);
        model.put("finished", job.state().isFinished());
        model.put("errors", job.errors().subList(0, Math.min(ERRORS_SHOWN, job.errors().size())));
        model.put("api", apiPath(belt));
        return pages.page("importing/job", model);
    }

    private ModelAndView list(PortalUser user, Tenant belt, HttpStatus status, Map<String, String> problems,
                              boolean createCategories) {
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("mayImport", user.hasAnyRole(belt.id(), Permission.CATALOG.roles()));
        model.put("recent", jobs.recent(belt.id(), ProductImports.KIND, EnumSet.allOf(JobState.class),
                clock.instant().minus(RECENT), RECENT_SHOWN));
        model.put("api", apiPath(belt));
        model.put("problems", problems);
        model.put("createCategories", createCategories);
        return pages.page(status, "importing/list", model);
    }

    /** A form sent without a file: a browser then sends an empty part without a name. */
    private static boolean nothingChosen(MultipartFile file) {
        return file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty());
    }

    private static String jobPath(Tenant belt, long jobId) {
        return ImportScreen.pathOf(belt) + "/" + jobId;
    }

    /** Where the JSON API serves the belt's downloads (templates, export, error reports); the session opens them. */
    private static String apiPath(Tenant belt) {
        return "/admin/api/v1/tenants/" + belt.slug() + "/products";
    }
}
