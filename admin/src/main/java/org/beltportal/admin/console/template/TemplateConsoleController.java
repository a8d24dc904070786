package org.beltportal.admin.console.template;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.template.PageCheck;
import org.beltportal.core.template.TemplateOverride;
import org.beltportal.core.template.TemplateOverrideService;
import org.beltportal.core.template.TemplatePath;
import org.beltportal.core.template.TemplatePublishing;
import org.beltportal.core.template.TemplateRejectedException;
import org.beltportal.core.template.TemplateRenderFailedException;
import org.beltportal.core.template.ThemeCatalog;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The template list and editor of a belt. Saving stores a draft, "check and publish" saves and publishes through
 * the same {@link TemplatePublishing} as the API: refused sources come back with the problems at their lines and
 * what was typed, a page that fails comes back with every page type's result; a success redirects (303).
 */
@Controller
class TemplateConsoleController {

    static final String CHECKS = "templateChecks";

    private final TemplateOverrideService overrides;
    private final TemplatePublishing publishing;
    private final ThemeCatalog themes;
    private final ConsolePages pages;

    TemplateConsoleController(TemplateOverrideService overrides, TemplatePublishing publishing, ThemeCatalog themes,
                              ConsolePages pages) {
        this.overrides = overrides;
        this.publishing = publishing;
        this.themes = themes;
        this.pages = pages;
    }

    @GetMapping(TemplateScreen.PATH)
    ModelAndView list(@Grant(Permission.CONFIGURE) Tenant belt) {
        Map<String, Integer> published = overrides.overridden(belt.id());
        Map<String, Integer> drafts = overrides.drafts(belt.id());
        SortedSet<String> paths = new TreeSet<>(themes.templates(belt.theme()));
        paths.addAll(published.keySet());
        paths.addAll(drafts.keySet());
        List<TemplateRow> rows = paths.stream().map(path -> new TemplateRow(path, published.get(path), drafts.get(path))).toList();
        return pages.page("template/list", Map.of(ConsolePages.BELT, belt, "rows", rows));
    }

    @GetMapping(TemplateScreen.PATH + "/edit")
    ModelAndView edit(@Grant(Permission.CONFIGURE) Tenant belt, @RequestParam String path, HttpServletRequest request) {
        TemplatePath template = new TemplatePath(path);
        Map<String, Object> model = editor(belt, template);
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        if (flash != null && flash.get(CHECKS) instanceof List<?> checks) {
            model.put("checks", checks);
        }
        return pages.page("template/edit", model);
    }

    /** {@code action=publish}: save and publish; else save a draft. */
    @PostMapping(TemplateScreen.PATH + "/edit")
    Object save(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONFIGURE) Tenant belt,
                @RequestParam String path, @RequestParam(defaultValue = "") String source,
                @RequestParam(defaultValue = "draft") String action, HttpServletRequest request, HttpServletResponse response) {
        TemplatePath template = new TemplatePath(path);
        try {
            if ("publish".equals(action)) {
                return published(belt, publishing.saveAndPublish(user.username(), belt.id(), template, source), request, response);
            }
            TemplateOverride draft = overrides.saveDraft(user.username(), belt.id(), template, source);
            return seeOther(belt, template, ConsoleFlash.status("templates.saved", Integer.toString(draft.version())), null,
                    request, response);
        } catch (TemplateRejectedException refused) {
            Map<String, Object> model = editor(belt, template);
            model.put("source", source);
            model.put("problems", EditorLine.of(source, refused.problems()));
            model.put(ConsoleFlash.ATTRIBUTE, ConsoleFlash.alert("templates.refused"));
            return pages.page(HttpStatus.UNPROCESSABLE_CONTENT, "template/edit", model);
        } catch (TemplateRenderFailedException failed) {
            return notPublished(belt, template, failed);
        }
    }

    /** Publishes the draft as it is stored. */
    @PostMapping(TemplateScreen.PATH + "/publish")
    Object publish(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONFIGURE) Tenant belt,
                   @RequestParam String path, HttpServletRequest request, HttpServletResponse response) {
        TemplatePath template = new TemplatePath(path);
        try {
            return published(belt, publishing.publish(user.username(), belt.id(), template), request, response);
        } catch (TemplateRenderFailedException failed) {
            return notPublished(belt, template, failed);
        }
    }

    private ModelAndView notPublished(Tenant belt, TemplatePath template, TemplateRenderFailedException failed) {
        Map<String, Object> model = editor(belt, template);
        model.put("checks", failed.checks());
        model.put(ConsoleFlash.ATTRIBUTE, ConsoleFlash.alert("templates.notPublished"));
        return pages.page(HttpStatus.UNPROCESSABLE_CONTENT, "template/edit", model);
    }

    private ResponseEntity<Void> published(Tenant belt, TemplatePublishing.Published published, HttpServletRequest request,
                                           HttpServletResponse response) {
        return seeOther(belt, new TemplatePath(published.path()),
                ConsoleFlash.status("templates.published", Integer.toString(published.version())), published.checks(),
                request, response);
    }

    /**
     * What the editor shows: the draft if there is one, else the published override, else the theme's template;
     * the belt's own overrides may have no theme template (a new partial), then it starts empty.
     */
    private Map<String, Object> editor(Tenant belt, TemplatePath path) {
        Optional<TemplateOverride> draft = overrides.draft(belt.id(), path);
        Optional<TemplateOverride> published = overrides.current(belt.id(), path);
        String source = draft.or(() -> published).map(TemplateOverride::source)
                .orElseGet(() -> themes.source(belt.theme(), path).orElse(""));
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("path", path.value());
        model.put("source", source);
        model.put("origin", draft.isPresent() ? "draft" : published.isPresent() ? "published" : "theme");
        draft.ifPresent(found -> model.put("draftVersion", found.version()));
        published.ifPresent(found -> model.put("publishedVersion", found.version()));
        model.put("problems", EditorLine.of(source, overrides.problems(belt.id(), path)));
        model.put("checks", List.<PageCheck>of());
        return model;
    }

    static ResponseEntity<Void> seeOther(Tenant belt, TemplatePath path, ConsoleFlash notice, List<PageCheck> checks,
                                         HttpServletRequest request, HttpServletResponse response) {
        String target = TemplateScreen.pathOf(belt) + "/edit?path=" + URLEncoder.encode(path.value(), StandardCharsets.UTF_8);
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(ConsoleFlash.ATTRIBUTE, notice);
        if (checks != null) {
            flash.put(CHECKS, List.copyOf(checks));
        }
        RequestContextUtils.saveOutputFlashMap(target, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(request.getContextPath() + target)).build();
    }
}
