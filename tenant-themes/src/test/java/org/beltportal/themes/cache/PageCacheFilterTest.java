package org.beltportal.themes.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.feed.ChangeArrived;
import org.beltportal.core.feed.ChangeKind;
import org.beltportal.core.product.ProductChanged;
import org.beltportal.core.product.ProductsChanged;
import org.beltportal.core.system.TenantContentChanged;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.TestData;
import org.beltportal.core.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class PageCacheFilterTest {

    private final MovableClock clock = new MovableClock(TestData.NOW);
    private final PageCacheProperties properties =
            new PageCacheProperties(DataSize.ofMegabytes(8), Duration.ofSeconds(60), DataSize.ofKilobytes(64), Duration.ofSeconds(2),
                    Duration.ofSeconds(10));
    private final PageCache cache = new PageCache(properties, clock);
    private final ContentGenerations generations = new ContentGenerations(cache, clock, properties.settle(), properties.bulkInterval());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PageCacheFilter filter =
            new PageCacheFilter(cache, generations, new PageCacheMetrics(registry, cache), properties, clock);
    private final AtomicInteger renders = new AtomicInteger();

    @Test
    void secondRequestIsAnsweredFromTheCacheWithTheSameBodyAndETag() throws Exception {
        MockHttpServletResponse first = get(page("/"), html("首页"));
        MockHttpServletResponse second = get(page("/"), html("changed meanwhile"));

        assertThat(renders).hasValue(1);
        assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("首页");
        assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).startsWith("\"");
        assertThat(second.getHeader("Cache-Control")).isEqualTo("public, max-age=0, must-revalidate");
        assertThat(second.getHeader("Vary")).isEqualTo("Cookie");
        assertThat(second.getContentLength()).isEqualTo("首页".getBytes(StandardCharsets.UTF_8).length);
        assertThat(count("hit")).isEqualTo(1);
        assertThat(count("miss")).isEqualTo(1);
    }

    @Test
    void matchingIfNoneMatchGets304WithoutBody() throws Exception {
        String etag = get(page("/"), html("首页")).getHeader("ETag");
        MockHttpServletRequest revalidate = page("/");
        revalidate.addHeader("If-None-Match", "W/" + etag);

        MockHttpServletResponse response = get(revalidate, html("首页"));

        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getHeader("ETag")).isEqualTo(etag);
        assertThat(count("not_modified")).isEqualTo(1);
    }

    @Test
    void staleIfNoneMatchGetsTheFullPage() throws Exception {
        get(page("/"), html("首页"));
        MockHttpServletRequest revalidate = page("/");
        revalidate.addHeader("If-None-Match", "\"old\"");

        assertThat(get(revalidate, html("首页")).getStatus()).isEqualTo(200);
    }

    @Test
    void errorsAreNeverCached() throws Exception {
        get(page("/products/9"), (request, response) -> {
            renders.incrementAndGet();
            ((HttpServletResponse) response).setStatus(404);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("没有");
        });
        MockHttpServletResponse again = get(page("/products/9"), html("有了"));

        assertThat(renders).hasValue(2);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("有了");
    }

    @Test
    void postsAreNeverCached() throws Exception {
        MockHttpServletRequest post = page("/inquiries");
        post.setMethod("POST");
        get(post, html("a"));
        MockHttpServletRequest again = page("/inquiries");
        again.setMethod("POST");

        assertThat(get(again, html("b")).getContentAsString()).isEqualTo("b");
        assertThat(renders).hasValue(2);
    }

    @Test
    void requestsWithCredentialsOrSessionsAreNeitherServedNorStored() throws Exception {
        get(page("/"), html("anonymous"));
        MockHttpServletRequest bearer = page("/");
        bearer.addHeader("Authorization", "Bearer abc");
        MockHttpServletRequest session = page("/");
        session.setRequestedSessionId("s1");

        assertThat(get(bearer, html("operator")).getContentAsString()).isEqualTo("operator");
        assertThat(get(session, html("console")).getContentAsString()).isEqualTo("console");
        assertThat(get(page("/"), html("x")).getContentAsString()).isEqualTo("anonymous");
    }

    @Test
    void previewAtIsNeverCached() throws Exception {
        MockHttpServletRequest preview = page("/");
        preview.setQueryString("at=2026-12-12T00:00");
        get(preview, html("preview"));

        assertThat(get(page("/"), html("now")).getContentAsString()).isEqualTo("now");
        MockHttpServletRequest again = page("/");
        again.setQueryString("at=2026-12-12T00:00");
        assertThat(get(again, html("preview 2")).getContentAsString()).isEqualTo("preview 2");
    }

    @Test
    void adminAndApiPathsAreNotCached() throws Exception {
        get(page("/api/v1/search"), html("a"));
        assertThat(get(page("/api/v1/search"), html("b")).getContentAsString()).isEqualTo("b");
    }

    @Test
    void renderSettingACookieOrItsOwnCacheControlIsPassedThroughUncached() throws Exception {
        get(page("/"), (request, response) -> {
            ((HttpServletResponse) response).addCookie(new Cookie(PageKeys.LANG, "en"));
            html("with cookie").doFilter(request, response);
        });
        MockHttpServletResponse own = get(page("/news"), (request, response) -> {
            ((HttpServletResponse) response).setHeader("Cache-Control", "private");
            html("private").doFilter(request, response);
        });

        assertThat(get(page("/"), html("next")).getContentAsString()).isEqualTo("next");
        assertThat(own.getHeader("Cache-Control")).isEqualTo("private");
        assertThat(own.getHeader("ETag")).isNull();
    }

    @Test
    void tenantsNeverShareEntries() throws Exception {
        get(page("/", TestData.ZHILI), html("织里"));

        assertThat(get(page("/", TestData.YIWU), html("义乌")).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("义乌");
        assertThat(get(page("/", TestData.ZHILI), html("x")).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("织里");
    }

    @Test
    void langCookieSelectsItsOwnEntry() throws Exception {
        get(page("/"), html("中文"));
        MockHttpServletRequest english = page("/");
        english.setCookies(new Cookie(PageKeys.LANG, "en"));

        assertThat(get(english, html("English")).getContentAsString()).isEqualTo("English");
    }

    @Test
    void aContentChangeRendersAfreshOnceTheIndexHadTimeToSettle() throws Exception {
        get(page("/"), html("old"));
        generations.on(new TenantContentChanged(TestData.ZHILI.id()));

        assertThat(get(page("/"), html("new")).getContentAsString()).isEqualTo("new");
        assertThat(get(page("/"), html("newer")).getContentAsString()).as("not stored while settling").isEqualTo("newer");
        clock.advance(Duration.ofSeconds(2));
        get(page("/"), html("settled"));
        assertThat(get(page("/"), html("x")).getContentAsString()).isEqualTo("settled");
    }

    @Test
    void importBatchesRenderAfreshAtMostOncePerBulkIntervalAndTheLastOneIsNotLost() throws Exception {
        generations.on(importBatch());
        clock.advance(Duration.ofSeconds(2));
        get(page("/"), html("batch 1"));
        clock.advance(Duration.ofSeconds(1));
        generations.on(importBatch());
        clock.advance(Duration.ofSeconds(1));
        generations.on(new ChangeArrived(TestData.ZHILI.id(), ChangeKind.PRODUCTS, true));

        assertThat(get(page("/"), html("batch 3")).getContentAsString()).as("within the interval").isEqualTo("batch 1");
        clock.advance(Duration.ofSeconds(6));
        assertThat(get(page("/"), html("batch 3")).getContentAsString()).as("the interval is over").isEqualTo("batch 3");
        clock.advance(Duration.ofSeconds(2));
        get(page("/"), html("batch 3, settled"));
        generations.on(importBatch());
        assertThat(get(page("/"), html("batch 4")).getContentAsString()).as("the next interval began")
                .isEqualTo("batch 3, settled");
    }

    @Test
    void singleChangesRenderAfreshAtOnceEvenWhileAnImportRuns() throws Exception {
        generations.on(importBatch());
        clock.advance(Duration.ofSeconds(3));
        get(page("/"), html("batch 1"));
        generations.on(importBatch());
        generations.on(new ProductChanged(TestData.ZHILI.id(), 7L, false));

        assertThat(get(page("/"), html("edited")).getContentAsString()).isEqualTo("edited");
        generations.on(new ChangeArrived(TestData.ZHILI.id(), ChangeKind.PRODUCTS, false));
        assertThat(get(page("/"), html("edited elsewhere")).getContentAsString()).isEqualTo("edited elsewhere");
    }

    private static ProductsChanged importBatch() {
        return new ProductsChanged(TestData.ZHILI.id(), List.of(1L, 2L), List.of());
    }

    @Test
    void anotherTenantsChangeKeepsThisTenantsEntries() throws Exception {
        get(page("/"), html("old"));
        generations.on(new TenantContentChanged(TestData.YIWU.id()));

        assertThat(get(page("/"), html("new")).getContentAsString()).isEqualTo("old");
    }

    @Test
    void pageIsNotServedAtOrAfterItsValidUntil() throws Exception {
        get(page("/"), (request, response) -> {
            PageFreshness.until(request, TestData.NOW.plusSeconds(30));
            PageFreshness.until(request, TestData.NOW.plusSeconds(10));
            PageFreshness.until(request, TestData.NOW.plusSeconds(20));
            html("warm-up").doFilter(request, response);
        });
        clock.advance(Duration.ofSeconds(9));
        assertThat(get(page("/"), html("live")).getContentAsString()).isEqualTo("warm-up");
        clock.advance(Duration.ofSeconds(1));
        assertThat(get(page("/"), html("live")).getContentAsString()).isEqualTo("live");
    }

    @Test
    void entriesExpireAfterTheTtl() throws Exception {
        get(page("/"), html("old"));
        clock.advance(Duration.ofSeconds(60));

        assertThat(get(page("/"), html("new")).getContentAsString()).isEqualTo("new");
    }

    @Test
    void pageTooBigToStoreStillGetsAnETagAnd304() throws Exception {
        String big = "x".repeat(100_000);
        MockHttpServletResponse first = get(page("/sitemap.xml"), html(big));
        MockHttpServletRequest revalidate = page("/sitemap.xml");
        revalidate.addHeader("If-None-Match", first.getHeader("ETag"));

        MockHttpServletResponse second = get(revalidate, html(big));

        assertThat(renders).hasValue(2);
        assertThat(first.getContentAsString()).isEqualTo(big);
        assertThat(second.getStatus()).isEqualTo(304);
    }

    @Test
    void headIsAnsweredFromACachedGetWithoutBody() throws Exception {
        get(page("/"), html("首页"));
        MockHttpServletRequest head = page("/");
        head.setMethod("HEAD");

        MockHttpServletResponse response = get(head, html("x"));

        assertThat(renders).hasValue(1);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getContentLength()).isEqualTo("首页".getBytes(StandardCharsets.UTF_8).length);
    }

    private MockHttpServletResponse get(MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private FilterChain html(String body) {
        return (request, response) -> {
            renders.incrementAndGet();
            HttpServletResponse http = (HttpServletResponse) response;
            http.setContentType("text/html;charset=UTF-8");
            http.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        };
    }

    private static MockHttpServletRequest page(String path) {
        return page(path, TestData.ZHILI);
    }

    private static MockHttpServletRequest page(String path, Tenant tenant) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Host", tenant.slug() + ".localhost");
        request.setAttribute(Site.ATTRIBUTE, new Site.TenantSite(tenant, ""));
        return request;
    }

    private double count(String result) {
        return registry.counter("portal.page.cache.requests", "result", result).count();
    }
}
