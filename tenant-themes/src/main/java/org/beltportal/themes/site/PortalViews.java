package org.beltportal.themes.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.campaign.ActiveCampaigns;
import org.beltportal.core.campaign.web.PortalClock;
import org.beltportal.core.campaign.web.PortalMoment;
import org.beltportal.core.system.PortalProperties;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.cache.PageFreshness;
import org.beltportal.themes.i18n.LocaleChoice;
import org.beltportal.themes.i18n.Messages;
import org.beltportal.themes.i18n.PortalLocale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** Builds the {@link Visit} of a request: language, messages, branding chrome and the page's own URLs. */
@Component
@EnableConfigurationProperties(PortalProperties.class)
public class PortalViews {

    /** Query parameters that only say where a visitor came from: never part of a page's identity. */
    private static final Set<String> TRACKING = Set.of("gclid", "fbclid", "spm", "from", "ref");
    private static final DateTimeFormatter PREVIEW_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ShownBranding branding;
    private final Messages messages;
    private final LocaleChoice localeChoice;
    private final PortalClock clock;
    private final ActiveCampaigns campaigns;
    private final PublicOrigin publicOrigin;

    public PortalViews(ShownBranding branding, Messages messages, LocaleChoice localeChoice, PortalClock clock,
                       ActiveCampaigns campaigns, PortalProperties properties) {
        this.branding = branding;
        this.messages = messages;
        this.localeChoice = localeChoice;
        this.clock = clock;
        this.campaigns = campaigns;
        this.publicOrigin = new PublicOrigin(properties.platformHosts());
    }

    public Visit visit(Site site, HttpServletRequest request, HttpServletResponse response) {
        String base = site instanceof Site.TenantSite tenantSite ? tenantSite.basePath() : "";
        PortalLocale portalDefault = site instanceof Site.TenantSite tenantSite
                ? PortalLocale.fromTag(tenantSite.tenant().locale()).orElse(PortalLocale.DEFAULT) : PortalLocale.DEFAULT;
        PortalLocale locale = localeChoice.choose(request, response, base, portalDefault.tag());
        // The same URL answers in the language of the cookie: shared caches must key on it too.
        response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.tag());
        Map<String, String> msg = messages.of(locale);
        String hostOrigin = publicOrigin.of(site, request);
        String origin = hostOrigin + base;
        String path = pathInPortal(request, base);
        List<SiteView.Alternate> alternates = alternates(origin + path, request, locale);
        SiteView chrome = switch (site) {
            case Site.TenantSite tenantSite -> previewed(chrome(tenantSite, locale, alternates, request, response),
                    tenantSite, request, response);
            case Site.PlatformSite platform -> SiteView.platform(msg, locale.tag(), alternates);
        };
        return new Visit(chrome, locale, portalDefault, msg, hostOrigin, origin, path);
    }

    /** The belt's chrome; an operator's unsaved branding (decision 0038) keeps the page out of every cache. */
    private SiteView chrome(Site.TenantSite site, PortalLocale locale, List<SiteView.Alternate> alternates,
                            HttpServletRequest request, HttpServletResponse response) {
        ShownBranding.Shown shown = branding.of(site, request);
        if (shown.previewed()) {
            DraftPreviews.mark(response);
        }
        return SiteView.of(shown.site(), shown.branding(), locale.tag(), alternates);
    }

    /**
     * A previewed page says so and is kept out of every cache: buyers must never be served it. Any other
     * page of a belt is valid until the belt's next campaign phase change at most, so a cached copy never
     * shows a phase late (banners, boosts, badges and the calendar's phases all flip then).
     */
    private SiteView previewed(SiteView chrome, Site.TenantSite site, HttpServletRequest request, HttpServletResponse response) {
        PortalMoment moment = clock.moment(request, site.tenant());
        if (!moment.preview()) {
            campaigns.nextChange(site.tenant().id(), moment.instant()).ifPresent(next -> PageFreshness.until(request, next));
            return chrome;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String time = PREVIEW_TIME.format(moment.instant().atZone(site.tenant().zone()));
        // A campaign previewed in place before approval is named, so nobody mistakes the page for what buyers see.
        return chrome.previewedAt(moment.campaign() == null ? time : time + " · " + moment.campaign().spec().name());
    }

    /**
     * The path below the portal's base. A suspended portal's page is a forward, whose own URI is the
     * error path: the visitor's URI is in the forward attribute, still with the prefix.
     */
    private static String pathInPortal(HttpServletRequest request, String base) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded instanceof String original ? original : request.getRequestURI();
        String context = request.getContextPath();
        String path = forwarded == null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
        if (!base.isEmpty() && path.startsWith(base + "/")) {
            path = path.substring(base.length());
        }
        return path.isEmpty() ? "/" : path;
    }

    /** The same page in each language, keeping the page's own parameters (a search stays the same search). */
    private static List<SiteView.Alternate> alternates(String pageUrl, HttpServletRequest request, PortalLocale active) {
        StringBuilder kept = new StringBuilder();
        request.getParameterMap().forEach((name, values) -> {
            if (!LocaleChoice.PARAMETER.equals(name) && !TRACKING.contains(name) && !name.startsWith("utm_")) {
                for (String value : values) {
                    kept.append('&').append(encode(name)).append('=').append(encode(value));
                }
            }
        });
        List<SiteView.Alternate> alternates = new ArrayList<>();
        for (PortalLocale locale : PortalLocale.values()) {
            alternates.add(new SiteView.Alternate(locale.tag(), locale.label(),
                    pageUrl + "?lang=" + locale.tag() + kept, locale == active));
        }
        return alternates;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
