package org.beltportal.themes.site;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.tenant.Branding;
import org.beltportal.core.tenant.TenantDirectory;
import org.beltportal.core.tenant.web.BrandingDraft;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.core.tenant.web.UnsavedDrafts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The belt and branding a page shows: the saved ones, or an operator's unsaved draft when the console asks for
 * a preview (decision 0038). Decided once per request, so the chrome and the home page's hero images agree.
 */
@Component
public class ShownBranding {

    private static final String ATTRIBUTE = ShownBranding.class.getName();

    private final TenantDirectory tenants;
    private final ObjectProvider<UnsavedDrafts> drafts;

    ShownBranding(TenantDirectory tenants, ObjectProvider<UnsavedDrafts> drafts) {
        this.tenants = tenants;
        this.drafts = drafts;
    }

    /** {@code previewed}: a draft is shown, so the page must stay out of every cache. */
    public record Shown(Site.TenantSite site, Branding branding, boolean previewed) {
    }

    public Shown of(Site.TenantSite site, HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Shown known && known.site().tenant().id().equals(site.tenant().id())) {
            return known;
        }
        UnsavedDrafts source = drafts.getIfAvailable();
        BrandingDraft draft = source == null ? null : source.branding(request, site.tenant()).orElse(null);
        Shown shown = draft != null
                ? new Shown(new Site.TenantSite(draft.applyTo(site.tenant()), site.basePath()), draft.branding(), true)
                // The editor opened and nothing changed yet: the saved branding, still as a preview (framable, uncached).
                : new Shown(site, tenants.branding(site.tenant().id()),
                        source != null && source.asked(request, site.tenant(), UnsavedDrafts.BRANDING));
        request.setAttribute(ATTRIBUTE, shown);
        return shown;
    }
}
