package org.beltportal.admin.console;

import java.io.Serializable;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.beltportal.core.campaign.web.PreviewRights;
import org.beltportal.core.page.PageDraft;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.web.BrandingDraft;
import org.beltportal.core.tenant.web.UnsavedDrafts;
import org.springframework.stereotype.Component;

/**
 * The console's unsaved drafts, one of each kind per belt, kept in the operator's own session (decision 0038):
 * the console's preview button stores one, the portal's renderer reads it back for a {@code ?preview=} request
 * from the same browser. Read only while the caller may still preview the belt, so a revoked grant previews
 * nothing; a buyer has no console session and so never sees a draft.
 */
@Component
public class SessionDrafts implements UnsavedDrafts {

    private final PreviewRights rights;

    SessionDrafts(PreviewRights rights) {
        this.rights = rights;
    }

    public void keepBranding(HttpServletRequest request, Tenant belt, BrandingDraft draft) {
        request.getSession().setAttribute(key(BRANDING, belt), draft);
    }

    public void keepPage(HttpServletRequest request, Tenant belt, PageDraft draft) {
        request.getSession().setAttribute(key(PAGE, belt), draft);
    }

    /** Forgets the belt's draft of that kind: after a save, the preview shows what is stored. */
    public void forget(HttpServletRequest request, Tenant belt, String kind) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(key(kind, belt));
        }
    }

    @Override
    public Optional<BrandingDraft> branding(HttpServletRequest request, Tenant belt) {
        return read(request, belt, BRANDING, BrandingDraft.class);
    }

    @Override
    public Optional<PageDraft> page(HttpServletRequest request, Tenant belt) {
        return read(request, belt, PAGE, PageDraft.class);
    }

    /** Whether the session holds a draft of that kind for the belt: the editor then opens on it. */
    public Optional<BrandingDraft> keptBranding(HttpServletRequest request, Tenant belt) {
        HttpSession session = request.getSession(false);
        Object draft = session == null ? null : session.getAttribute(key(BRANDING, belt));
        return draft instanceof BrandingDraft kept ? Optional.of(kept) : Optional.empty();
    }

    @Override
    public boolean asked(HttpServletRequest request, Tenant belt, String kind) {
        return kind.equals(request.getParameter(PARAMETER)) && request.getSession(false) != null
                && rights.mayPreview(request, belt.id());
    }

    private <T extends Serializable> Optional<T> read(HttpServletRequest request, Tenant belt, String kind, Class<T> type) {
        if (!asked(request, belt, kind)) {
            return Optional.empty();
        }
        Object draft = request.getSession(false).getAttribute(key(kind, belt));
        return type.isInstance(draft) ? Optional.of(type.cast(draft)) : Optional.empty();
    }

    private static String key(String kind, Tenant belt) {
        return "console.draft." + kind + "." + belt.id().value();
    }
}
