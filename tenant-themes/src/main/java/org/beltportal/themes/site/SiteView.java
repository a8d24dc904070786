package org.beltportal.themes.site;

import java.util.Objects;

import org.beltportal.core.tenant.Branding;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.web.Site;

/**
 * The chrome of a page, read by {@code layout.ftlh} as {@code site}. {@code base} is "" on a tenant's own
 * host and "/t/{slug}" under the path prefix: every link a page prints starts with it. {@code footerHtml}
 * was sanitised when it was saved and is the only value templates print unescaped. {@code searchable}
 * puts the search box in the header: belts have one, the platform page has no catalogue of its own.
 * {@code stylesheet} is the stylesheet's URL, fingerprinted by the assets package before the page renders
 * (the plain {@code base + /assets/portal.css} until then).
 */
public record SiteView(
        String lang,
        String name,
        String nameEn,
        String region,
        String slogan,
        String base,
        String logoUrl,
        String primaryColor,
        String onPrimaryColor,
        String accentColor,
        String onAccentColor,
        String footerHtml,
        String icpNumber,
        boolean searchable,
        String stylesheet) {

    private static final String DEFAULT_LANG = "zh-CN";
    private static final String STYLESHEET = "/assets/portal.css";

    public SiteView {
        lang = Text.orEmpty(lang).isBlank() ? DEFAULT_LANG : lang;
        name = Text.orEmpty(name);
        nameEn = Text.orEmpty(nameEn);
        region = Text.orEmpty(region);
        slogan = Text.orEmpty(slogan);
        base = Text.orEmpty(base);
        logoUrl = Text.orEmpty(logoUrl);
        footerHtml = Text.orEmpty(footerHtml);
        icpNumber = Text.orEmpty(icpNumber);
        stylesheet = Text.orEmpty(stylesheet).isBlank() ? base + STYLESHEET : stylesheet;
        Objects.requireNonNull(primaryColor, "primaryColor");
        Objects.requireNonNull(accentColor, "accentColor");
    }

    public static SiteView of(Site.TenantSite site, Branding branding) {
        Tenant tenant = site.tenant();
        Branding defaults = Branding.empty();
        String primary = Colours.orDefault(branding.primaryColor(), defaults.primaryColor());
        String accent = Colours.orDefault(branding.accentColor(), defaults.accentColor());
        return new SiteView(tenant.locale(), tenant.name(), tenant.nameEn(), tenant.region(), branding.slogan(),
                site.basePath(), branding.logoUrl(), primary, Colours.textOn(primary), accent, Colours.textOn(accent),
                branding.footerHtml(), tenant.icpNumber(), true, null);
    }

    /** The platform's own front page (the list of belts): no tenant, default colours, no footer. */
    public static SiteView platform() {
        Branding defaults = Branding.empty();
        return new SiteView(DEFAULT_LANG, "BeltPortal 产业带门户", "BeltPortal", "", "一个平台，连接每一条产业带", "", null,
                defaults.primaryColor(), Colours.textOn(defaults.primaryColor()), defaults.accentColor(),
                Colours.textOn(defaults.accentColor()), null, null, false, null);
    }

    public SiteView withStylesheet(String url) {
        return new SiteView(lang, name, nameEn, region, slogan, base, logoUrl, primaryColor, onPrimaryColor, accentColor,
                onAccentColor, footerHtml, icpNumber, searchable, url);
    }
}
