package org.beltportal.themes.site;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.beltportal.core.tenant.Branding;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantSettings;
import org.beltportal.core.tenant.web.Site;

/**
 * The chrome of a page, read by {@code layout.ftlh} as {@code site}. {@code base} is "" on a tenant's own
 * host and "/t/{slug}" under the path prefix: every link a page prints starts with it. {@code lang} is the
 * language the page is shown in, {@code alternates} the same page in each language (the switcher and the
 * hreflang links). {@code footerHtml} was sanitised when it was saved and is one of the two values templates
 * print unescaped (an article's body is the other). {@code searchable} puts the search box in the header:
 * belts have one, the platform page has no catalogue of its own. {@code logoUrl} is http(s) or site-relative.
 * {@code theme} names the built-in theme. {@code stylesheets} are the URLs the layout links: the shared
 * stylesheet, then the theme's ({@code /assets/themes/{theme}.css}); the assets package fingerprints them
 * before the page renders. {@code preview} is "" normally, and the previewed local date-time
 * ("2026-12-06 10:00") when an operator looks at the portal with {@code ?at=}: the layout then shows a notice.
 * {@code script} is the URL of the suggestions script (fingerprinted like the stylesheets); {@code favicon} the
 * belt's icon: its logo, else a letter of its name on its primary colour ({@link Favicon}).
 */
public record SiteView(
        String lang,
        List<Alternate> alternates,
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
        String theme,
        List<String> stylesheets,
        String script,
        String favicon,
        String preview) {

    private static final String SHARED_STYLESHEET = "/assets/portal.css";
    /** The search box's suggestions (a combobox); the page works without it. */
    private static final String SCRIPT = "/assets/suggest.js";

    /** This page in another language: {@code url} is absolute, {@code active} marks the language shown. */
    public record Alternate(String lang, String label, String url, boolean active) {
    }

    public SiteView {
        Objects.requireNonNull(lang, "lang");
        alternates = List.copyOf(alternates);
        name = Text.orEmpty(name);
        nameEn = Text.orEmpty(nameEn);
        region = Text.orEmpty(region);
        slogan = Text.orEmpty(slogan);
        base = Text.orEmpty(base);
        logoUrl = Text.safeUrl(logoUrl);
        footerHtml = Text.orEmpty(footerHtml);
        icpNumber = Text.orEmpty(icpNumber);
        theme = Text.orEmpty(theme).isBlank() ? TenantSettings.DEFAULT_THEME : theme;
        stylesheets = stylesheets == null || stylesheets.isEmpty()
                ? stylesheetPaths(theme).stream().map(base::concat).toList() : List.copyOf(stylesheets);
        script = Text.orEmpty(script).isEmpty() ? base + SCRIPT : script;
        favicon = Text.orEmpty(favicon).isEmpty() ? Favicon.of(logoUrl, name, primaryColor, onPrimaryColor) : favicon;
        Objects.requireNonNull(primaryColor, "primaryColor");
        Objects.requireNonNull(accentColor, "accentColor");
        preview = Text.orEmpty(preview);
    }

    /** The same chrome marked as a preview at {@code localTime}. */
    public SiteView previewedAt(String localTime) {
        return new SiteView(lang, alternates, name, nameEn, region, slogan, base, logoUrl, primaryColor, onPrimaryColor,
                accentColor, onAccentColor, footerHtml, icpNumber, searchable, theme, stylesheets, script, favicon, localTime);
    }

    /** A belt's chrome; an English page shows the belt's English name where it has one. */
    public static SiteView of(Site.TenantSite site, Branding branding, String lang, List<Alternate> alternates) {
        Tenant tenant = site.tenant();
        Branding defaults = Branding.empty();
        String primary = Colours.orDefault(branding.primaryColor(), defaults.primaryColor());
        String accent = Colours.orDefault(branding.accentColor(), defaults.accentColor());
        String name = "en".equals(lang) && tenant.nameEn() != null && !tenant.nameEn().isBlank() ? tenant.nameEn() : tenant.name();
        return new SiteView(lang, alternates, name, tenant.nameEn(), tenant.region(), branding.slogan(),
                site.basePath(), branding.logoUrl(), primary, Colours.textOn(primary), accent, Colours.textOn(accent),
                branding.footerHtml(), tenant.icpNumber(), true, tenant.theme(), null, null, null, "");
    }

    /** The platform's own front page (the list of belts): no tenant, default colours, no footer. */
    public static SiteView platform(Map<String, String> msg, String lang, List<Alternate> alternates) {
        Branding defaults = Branding.empty();
        return new SiteView(lang, alternates, msg.get("platform.name"), "BeltPortal", "", msg.get("platform.slogan"), "",
                null, defaults.primaryColor(), Colours.textOn(defaults.primaryColor()), defaults.accentColor(),
                Colours.textOn(defaults.accentColor()), null, null, false, TenantSettings.DEFAULT_THEME, null, null, null, "");
    }

    /** This chrome with each stylesheet's and the script's asset path turned into its public (fingerprinted) path. */
    public SiteView withStylesheets(UnaryOperator<String> publicPath) {
        List<String> urls = stylesheetPaths(theme).stream().map(path -> base + publicPath.apply(path)).toList();
        return new SiteView(lang, alternates, name, nameEn, region, slogan, base, logoUrl, primaryColor, onPrimaryColor,
                accentColor, onAccentColor, footerHtml, icpNumber, searchable, theme, urls, base + publicPath.apply(SCRIPT),
                favicon, preview);
    }

    private static List<String> stylesheetPaths(String theme) {
        return List.of(SHARED_STYLESHEET, "/assets/themes/" + theme + ".css");
    }
}
