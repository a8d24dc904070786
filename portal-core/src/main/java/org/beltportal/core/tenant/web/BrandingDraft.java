package org.beltportal.core.tenant.web;

import java.io.Serializable;
import java.util.List;

import org.beltportal.core.tenant.Branding;
import org.beltportal.core.tenant.Tenant;

/**
 * Branding and site names an operator is trying out and has not saved, already checked and sanitised as a
 * save would ({@code TenantService.checked}). Flat and serializable: the console keeps it in the session.
 */
public record BrandingDraft(String name, String nameEn, String logoUrl, String primaryColor, String accentColor,
                            String slogan, List<String> heroImages, String footerHtml) implements Serializable {

    public BrandingDraft {
        heroImages = heroImages == null ? List.of() : List.copyOf(heroImages);
    }

    public static BrandingDraft of(String name, String nameEn, Branding branding) {
        return new BrandingDraft(name, nameEn, branding.logoUrl(), branding.primaryColor(), branding.accentColor(),
                branding.slogan(), branding.heroImages(), branding.footerHtml());
    }

    public Branding branding() {
        return new Branding(logoUrl, primaryColor, accentColor, slogan, heroImages, footerHtml);
    }

    /** The belt as the preview shows it: its own record with the draft's names. */
    public Tenant applyTo(Tenant belt) {
        return new Tenant(belt.id(), belt.slug(), name, nameEn, belt.region(), belt.locale(), belt.timezone(), belt.theme(),
                belt.status(), belt.icpNumber(), belt.createdAt(), belt.updatedAt(), belt.regionCode());
    }
}
