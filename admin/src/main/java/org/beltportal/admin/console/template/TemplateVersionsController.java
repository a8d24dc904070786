package org.beltportal.admin.console.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.template.LineDiff;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.template.TemplateOverrideService;
import org.beltportal.core.template.TemplatePath;
import org.beltportal.core.template.TemplatePublishing;
import org.beltportal.core.template.TemplateRenderFailedException;
import org.beltportal.core.template.TemplateVersion;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A template's versions with a line diff between any two, and the revert: to an earlier version (saved again as
 * the newest and published like a save) or to the theme's template. A revert asks first on a page of its own, so
 * it works without JavaScript.
 */
@Controller
class TemplateVersionsController {

    private final TemplateOverrideService overrides;
    private final TemplatePublishing publishing;
    private final ConsolePages pages;

    TemplateVersionsController(TemplateOverrideService overrides, TemplatePublishing publishing, ConsolePages pages) {
        this.overrides = overrides;
        this.publishing = publishing;
        this.pages = pages;
    }

    /** Without {@code from}/{@code to}: the two newest saved versions are compared, when there are two. */
    @GetMapping(TemplateScreen.PATH + "/versions")
    ModelAndView versions(@Grant(Permission.CONFIGURE) Tenant belt, @RequestParam String path,
                          @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        TemplatePath template = new TemplatePath(path);
        List<TemplateVersion> history = overrides.history(belt.id(), template);
        List<Integer> saved = history.stream().filter(version -> !version.reverted()).map(TemplateVersion::version).toList();
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("path", template.value());
        model.put("history", history);
        model.put("saved", saved);
        Integer older = from != null ? from : saved.size() >= 2 ? saved.get(1) : null;
        Integer newer = to != null ? to : saved.size() >= 2 ? saved.get(0) : null;
        if (older != null && newer != null) {
            model.put("from", older);
            model.put("to", newer);
            model.put("diff", LineDiff.between(overrides.source(belt.id(), template, older),
                    overrides.source(belt.id(), template, newer)));
        }
        return pages.page("template/versions", model);
    }

    /** The confirmation: {@code version} to bring back, or none for the theme's template. */
    @GetMapping(TemplateScreen.PATH + "/revert")
    ModelAndView confirm(@Grant(Permission.CONFIGURE) Tenant belt, @RequestParam String path,
                         @RequestParam(required = false) Integer version) {
        TemplatePath template = new TemplatePath(path);
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("path", template.value());
        if (version != null) {
            overrides.source(belt.id(), template, version);
            model.put("version", version);
        } else if (overrides.current(belt.id(), template).isEmpty()) {
            throw new NotFoundException(template + " is not overridden");
        }
        return pages.page("template/revert", model);
    }

    @PostMapping(TemplateScreen.PATH + "/revert")
    Object revert(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONFIGURE) Tenant belt,
                  @RequestParam String path, @RequestParam(required = false) Integer version,
                  HttpServletRequest request, HttpServletResponse response) {
        TemplatePath template = new TemplatePath(path);
        if (version == null) {
            overrides.revert(user.username(), belt.id(), template);
            return TemplateConsoleController.seeOther(belt, template, ConsoleFlash.status("templates.revertedToTheme"), null,
                    request, response);
        }
        try {
            TemplatePublishing.Published restored = publishing.restore(user.username(), belt.id(), template, version);
            return TemplateConsoleController.seeOther(belt, template, ConsoleFlash.status("templates.restored",
                    Integer.toString(version), Integer.toString(restored.version())), restored.checks(), request, response);
        } catch (TemplateRenderFailedException failed) {
            Map<String, Object> model = new HashMap<>();
            model.put(ConsolePages.BELT, belt);
            model.put("path", template.value());
            model.put("version", version);
            model.put("checks", failed.checks());
            model.put(ConsoleFlash.ATTRIBUTE, ConsoleFlash.alert("templates.notPublished"));
            return pages.page(HttpStatus.UNPROCESSABLE_CONTENT, "template/revert", model);
        }
    }
}
