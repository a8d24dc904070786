package org.beltportal.admin.console.branding;

import java.util.ArrayList;
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
import org.beltportal.core.media.MediaService;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.tenant.Branding;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.TenantSettings;
import org.beltportal.core.tenant.web.BrandingDraft;
import org.beltportal.core.tenant.web.UnsavedDrafts;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A belt's branding and site names, with a preview of the belt's real home page (decision 0038): "preview"
 * checks the form as a save would and keeps it in the session as a draft, which the portal renders in the
 * iframe; "save" stores it through the same services as the API's PUT tenant and PUT branding.
 */
@Controller
class BrandingController {

    /** Images of the library offered for logo and hero fields: the newest; a URL may still be typed. */
    static final int LIBRARY_SHOWN = 100;

    private final TenantService tenants;
    private final MediaService media;
    private final SessionDrafts drafts;
    private final ConsolePages pages;

    BrandingController(TenantService tenants, MediaService media, SessionDrafts drafts, ConsolePages pages) {
        this.tenants = tenants;
        this.media = media;
        this.drafts = drafts;
        this.pages = pages;
    }

    @GetMapping(BrandingScreen.PATH)
    ModelAndView form(@Grant(Permission.CONFIGURE) Tenant belt, HttpServletRequest request) {
        Map<String, Object> model = new HashMap<>(ConsoleForms.model(request, Map.of()));
        // A GET changes nothing: the form shows the draft this session previewed, if any (the frame shows the
        // same), else what is saved, which the frame then shows too. Only preview (a POST) writes a draft.
        BrandingDraft kept = drafts.keptBranding(request, belt).orElse(null);
        if (!model.containsKey(ConsoleForms.TYPED)) {
            model.put("form", BrandingForm.fieldsOf(kept != null ? kept
                    : BrandingDraft.of(belt.name(), belt.nameEn(), tenants.branding(belt.id()))));
        }
        model.put("draftKept", kept != null);
        model.put(ConsolePages.BELT, belt);
        model.put("library", media.page(belt.id(), null, new PageQuery(0, LIBRARY_SHOWN)).items());
        model.put("previewSrc", "/t/" + belt.slug() + "/?" + UnsavedDrafts.PARAMETER + "=" + UnsavedDrafts.BRANDING);
        return pages.page("branding/form", model);
    }

    @PostMapping(BrandingScreen.PATH + "/preview")
    ResponseEntity<Void> preview(@Grant(Permission.CONFIGURE) Tenant belt, @RequestParam Map<String, String> typed,
                                 HttpServletRequest request, HttpServletResponse response) {
        try {
            BrandingDraft draft = checked(belt, BrandingForm.of(typed));
            drafts.keepBranding(request, belt, draft);
            return ConsoleForms.shown(BrandingScreen.pathOf(belt), BrandingForm.fieldsOf(draft),
                    ConsoleFlash.status("branding.previewed"), request, response);
        } catch (InvalidInputException invalid) {
            return ConsoleForms.back(BrandingScreen.pathOf(belt), ConsoleForms.problems(invalid), request, response);
        }
    }

    /** Drops the session's unsaved preview: the form and the frame show what is saved again. */
    @PostMapping(BrandingScreen.PATH + "/discard")
    ResponseEntity<Void> discard(@Grant(Permission.CONFIGURE) Tenant belt, HttpServletRequest request, HttpServletResponse response) {
        drafts.forget(request, belt, UnsavedDrafts.BRANDING);
        return ConsoleForms.done(BrandingScreen.pathOf(belt), ConsoleFlash.status("branding.discarded"), request, response);
    }

    @PostMapping(BrandingScreen.PATH)
    ResponseEntity<Void> save(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONFIGURE) Tenant belt,
                              @RequestParam Map<String, String> typed, HttpServletRequest request, HttpServletResponse response) {
        try {
            BrandingForm form = BrandingForm.of(typed);
            checked(belt, form);
            // Both halves are checked before either is stored, so a refused branding never leaves new names behind.
            tenants.update(user.username(), belt.id(), names(belt, form));
            tenants.updateBranding(user.username(), belt.id(), form.branding());
            drafts.forget(request, belt, UnsavedDrafts.BRANDING);
            return ConsoleForms.done(BrandingScreen.pathOf(belt), ConsoleFlash.status("branding.saved"), request, response);
        } catch (InvalidInputException invalid) {
            return ConsoleForms.back(BrandingScreen.pathOf(belt), ConsoleForms.problems(invalid), request, response);
        }
    }

    /** The form as saving would store it; the problems of names and branding together, so all show at once. */
    private BrandingDraft checked(Tenant belt, BrandingForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        TenantSettings settings = null;
        Branding branding = null;
        try {
            settings = tenants.checked(names(belt, form));
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        try {
            branding = tenants.checked(form.branding());
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return BrandingDraft.of(settings.name(), settings.nameEn(), branding);
    }

    /** The belt's settings with the form's names; everything else as stored. */
    private static TenantSettings names(Tenant belt, BrandingForm form) {
        return new TenantSettings(form.name(), form.nameEn(), belt.region(), belt.locale(), belt.timezone(), belt.theme(),
                belt.icpNumber());
    }
}
