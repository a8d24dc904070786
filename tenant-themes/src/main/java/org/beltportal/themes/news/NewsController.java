package org.beltportal.themes.news;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beltportal.core.page.Page;
import org.beltportal.core.page.PageDraft;
import org.beltportal.core.page.PageService;
import org.beltportal.core.system.HtmlSanitizer;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.system.Slugs;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.core.tenant.web.UnsavedDrafts;
import org.beltportal.themes.site.DraftPreviews;
import org.beltportal.themes.site.Pager;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.Visit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /news?page=N} and {@code GET /news/{slug}}: what this portal has published, and nothing else.
 */
@PortalController
class NewsController {

    static final int PAGE_SIZE = 20;
    /** As many news as the sitemap lists: older ones are for the archive of the local government's own site. */
    static final int MAX_PAGE = 50;

    private final PageService pages;
    private final Clock clock;
    private final ObjectProvider<UnsavedDrafts> drafts;

    NewsController(PageService pages, Clock clock, ObjectProvider<UnsavedDrafts> drafts) {
        this.pages = pages;
        this.clock = clock;
        this.drafts = drafts;
    }

    @GetMapping("/news")
    ModelAndView list(Site.TenantSite site, Visit visit, @RequestParam(name = "page", required = false) String pageParam) {
        Tenant tenant = site.tenant();
        int page = Pager.pageNumber(pageParam, MAX_PAGE);
        ResultPage<Page> listed = pages.visibleNews(tenant.id(), new PageQuery(page - 1, PAGE_SIZE));
        Pager pager = Pager.of(site.basePath() + "/news", page, PAGE_SIZE, listed.total(), MAX_PAGE);
        NewsListPage view = new NewsListPage(listed.items().stream()
                .map(news -> NewsLink.of(news, tenant.zone(), site.basePath())).toList(), pager.previousUrl(), pager.nextUrl());
        return visit.render("pages/news", view, visit.seo("website", page));
    }

    @GetMapping("/news/{slug}")
    ModelAndView article(Site.TenantSite site, Visit visit, @PathVariable String slug, HttpServletRequest request,
                         HttpServletResponse response) {
        Tenant tenant = site.tenant();
        if (!Slugs.PATTERN.matcher(slug).matches()) {
            throw new NotFoundException("no article " + slug);
        }
        Optional<PageDraft> draft = Optional.ofNullable(drafts.getIfAvailable())
                .flatMap(source -> source.page(request, tenant)).filter(unsaved -> slug.equals(unsaved.slug()));
        if (draft.isPresent()) {
            DraftPreviews.mark(response);
            return visit.render("pages/article", ArticlePage.of(unsaved(draft.get(), tenant), tenant.zone()), visit.seo("article"));
        }
        // visibleBySlug already checks the tenant, the status and the window; they are checked again here, as
        // on every page that takes an id from the URL, so a regressed query still shows no draft or stranger.
        Page article = pages.visibleBySlug(tenant.id(), slug)
                .filter(found -> tenant.id().equals(found.tenantId()) && found.isVisibleAt(clock.instant()))
                .orElseThrow(() -> new NotFoundException("no article " + slug));
        return visit.render("pages/article", ArticlePage.of(article, tenant.zone()), visit.seo("article"));
    }

    /**
     * An operator's unsaved page as the article template reads it (decision 0038). The console stored it
     * sanitised; it is sanitised again here because this is where the body is printed unescaped.
     */
    private Page unsaved(PageDraft draft, Tenant tenant) {
        Instant now = clock.instant();
        return new Page(0, tenant.id(), draft.slug(), draft.title(), HtmlSanitizer.clean(draft.body()), draft.kind(),
                draft.status(), draft.publishAt(), draft.unpublishAt(), draft.locale(), now, now);
    }
}
