package org.beltportal.admin.console.pages;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.console.SessionDrafts;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.page.Page;
import org.beltportal.core.page.PageDraft;
import org.beltportal.core.page.PageService;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.web.UnsavedDrafts;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * News and pages of a belt: the list, one editor for new and existing pages, a preview of the real article page
 * (decision 0038), and delete after a confirmation page. The same {@link PageService} as the API: the body is
 * sanitised on save, publish and unpublish times are honoured by the public pages.
 */
@Controller
class PagesController {

    static final int PAGE_SIZE = 20;
    private static final String NEW = "new";
    private static final String ONE = PagesScreen.PATH + "/{id}";
    /** Flash attribute: the slug of the draft the preview frame shows. */
    private static final String PREVIEW_SLUG = "previewSlug";

    private final PageService pages;
    private final SessionDrafts drafts;
    private final ConsolePages console;
    private final Clock clock;

    PagesController(PageService pages, SessionDrafts drafts, ConsolePages console, Clock clock) {
        this.pages = pages;
        this.drafts = drafts;
        this.console = console;
        this.clock = clock;
    }

    @GetMapping(PagesScreen.PATH)
    ModelAndView list(@Grant(Permission.CONTENT) Tenant belt, @RequestParam(defaultValue = "1") String page) {
        int number = ConsolePages.pageNumber(page);
        ResultPage<Page> listed = pages.page(belt.id(), null, new PageQuery(number - 1, PAGE_SIZE));
        Instant now = clock.instant();
        List<PageRow> rows = listed.items().stream().map(item -> PageRow.of(item, now)).toList();
        return console.page("pages/list", Map.of(ConsolePages.BELT, belt, "rows", rows, "total", listed.total(),
                "page", number, "pages", Math.max(1, (listed.total() + PAGE_SIZE - 1) / PAGE_SIZE)));
    }

    @GetMapping(PagesScreen.PATH + "/" + NEW)
    ModelAndView create(@Grant(Permission.CONTENT) Tenant belt, HttpServletRequest request) {
        return editor(belt, null, PageForm.blank(belt.locale()), request);
    }

    @GetMapping(ONE)
    ModelAndView edit(@Grant(Permission.CONTENT) Tenant belt, @PathVariable long id, HttpServletRequest request) {
        Page page = pages.require(belt.id(), id);
        return editor(belt, page, PageForm.fieldsOf(page, belt.zone()), request);
    }

    @PostMapping(PagesScreen.PATH + "/" + NEW)
    ResponseEntity<Void> saveNew(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONTENT) Tenant belt,
                                 @RequestParam Map<String, String> typed, HttpServletRequest request, HttpServletResponse response) {
        String form = PagesScreen.pathOf(belt) + "/" + NEW;
        try {
            Page created = pages.create(user.username(), belt, PageForm.draft(typed, belt.zone()));
            return saved(belt, created, request, response);
        } catch (InvalidInputException invalid) {
            return ConsoleForms.back(form, ConsoleForms.problems(invalid), request, response);
        } catch (ConflictException taken) {
            return ConsoleForms.back(form, ConsoleForms.problems(taken, "slug"), request, response);
        }
    }

    @PostMapping(ONE)
    ResponseEntity<Void> save(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONTENT) Tenant belt,
                              @PathVariable long id, @RequestParam Map<String, String> typed,
                              HttpServletRequest request, HttpServletResponse response) {
        String form = PagesScreen.pathOf(belt) + "/" + id;
        try {
            return saved(belt, pages.update(user.username(), belt, id, PageForm.draft(typed, belt.zone())), request, response);
        } catch (InvalidInputException invalid) {
            return ConsoleForms.back(form, ConsoleForms.problems(invalid), request, response);
        } catch (ConflictException taken) {
            return ConsoleForms.back(form, ConsoleForms.problems(taken, "slug"), request, response);
        }
    }

    /**
     * Checks the form as a save would, keeps it as the session's draft and goes back to the editor with what
     * was typed, now with the preview frame; nothing is stored. {@code id} is the page being edited, if any.
     */
    @PostMapping(PagesScreen.PATH + "/preview")
    ResponseEntity<Void> preview(@Grant(Permission.CONTENT) Tenant belt, @RequestParam(required = false) Long id,
                                 @RequestParam Map<String, String> typed, HttpServletRequest request, HttpServletResponse response) {
        if (id != null) {
            pages.require(belt.id(), id);
        }
        String form = PagesScreen.pathOf(belt) + "/" + (id == null ? NEW : id.toString());
        try {
            PageDraft checked = pages.checked(belt, PageForm.draft(typed, belt.zone()));
            drafts.keepPage(request, belt, checked);
            return ConsoleForms.back(form, Map.of(), Map.of(PREVIEW_SLUG, checked.slug(),
                    ConsoleFlash.ATTRIBUTE, ConsoleFlash.status("pages.previewed")), request, response);
        } catch (InvalidInputException invalid) {
            return ConsoleForms.back(form, ConsoleForms.problems(invalid), request, response);
        }
    }

    @GetMapping(ONE + "/delete")
    ModelAndView confirmDelete(@Grant(Permission.CONTENT) Tenant belt, @PathVariable long id) {
        return console.page("pages/delete", Map.of(ConsolePages.BELT, belt, "page", pages.require(belt.id(), id)));
    }

    @PostMapping(ONE + "/delete")
    ResponseEntity<Void> delete(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONTENT) Tenant belt,
                                @PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
        Page page = pages.require(belt.id(), id);
        pages.delete(user.username(), belt.id(), id);
        return ConsoleForms.done(PagesScreen.pathOf(belt), ConsoleFlash.status("pages.deleted", page.title()), request, response);
    }

    private ResponseEntity<Void> saved(Tenant belt, Page page, HttpServletRequest request, HttpServletResponse response) {
        drafts.forget(request, belt, UnsavedDrafts.PAGE);
        return ConsoleForms.done(PagesScreen.pathOf(belt) + "/" + page.id(), ConsoleFlash.status("pages.saved", page.title()),
                request, response);
    }

    private ModelAndView editor(Tenant belt, Page page, Map<String, String> current, HttpServletRequest request) {
        Map<String, Object> model = new HashMap<>(ConsoleForms.model(request, current));
        model.put(ConsolePages.BELT, belt);
        model.put("zone", belt.timezone());
        model.put("action", PagesScreen.pathOf(belt) + "/" + (page == null ? NEW : Long.toString(page.id())));
        model.put("previewAction", PagesScreen.pathOf(belt) + "/preview" + (page == null ? "" : "?id=" + page.id()));
        if (page != null) {
            model.put("page", page);
        }
        if (model.get(PREVIEW_SLUG) instanceof String slug) {
            model.put("previewSrc", "/t/" + belt.slug() + "/news/" + slug + "?" + UnsavedDrafts.PARAMETER + "=" + UnsavedDrafts.PAGE);
        }
        return console.page("pages/edit", model);
    }
}
