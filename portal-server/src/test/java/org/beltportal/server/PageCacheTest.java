package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rendered-page cache over real HTTP and the real database: an admin change shows on the next
 * request, one tenant's cached page never answers another's host, and each kind of response carries the
 * Cache-Control it should (no-store for admin, revalidate for pages, a year for fingerprinted assets).
 */
class PageCacheTest extends PortalServerTest {

    /** A little over portal.page-cache.settle. */
    private static final long SETTLE_MILLIS = 2_100;
    /** How long a product change may take to reach the search page. */
    private static final Duration INDEXED = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Api admin;
    private String slug;
    private String host;

    @BeforeEach
    void belt() {
        admin = admin();
        slug = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        host = slug + ".portal.test";
        tenant(slug, "缓存测试产业带", host);
    }

    @Test
    void repeatedRequestIsServedWithTheSameETagAndRevalidatesTo304() {
        HttpResponse<String> first = get(host, "/");
        HttpResponse<String> second = get(host, "/");
        HttpResponse<String> revalidated = get(host, "/", "If-None-Match", etag(second));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(etag(second)).isEqualTo(etag(first));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
    }

    @Test
    void aVisitorsLanguageCookieIsPartOfTheCachedPage() {
        String chinese = cached(host, "/");
        HttpResponse<String> english = get(host, "/", "Cookie", "portal_lang=en");

        assertThat(Jsoup.parse(chinese).selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(Jsoup.parse(english.body()).selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(etag(english)).isNotEqualTo(etag(get(host, "/")));
    }

    @Test
    void brandingChangeShowsOnTheNextRequest() {
        assertThat(cached(host, "/")).doesNotContain("换了新口号");

        Api.Response saved = admin.put("/admin/api/v1/tenants/" + slug + "/branding", Map.of("slogan", "换了新口号"));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(get(host, "/").body()).contains("换了新口号");
    }

    @Test
    void catalogueChangesShowOnTheNextRequest() {
        long supplier = TwinBelts.created(admin.post(base() + "/suppliers", TwinBelts.supplier("缓存工厂")));
        long product = TwinBelts.created(admin.post(base() + "/products", TwinBelts.product("C-1", "初始标题连衣裙", supplier)));
        assertThat(cached(host, "/")).contains("初始标题连衣裙");

        admin.put(base() + "/products/" + product, TwinBelts.product("C-1", "改过标题连衣裙", supplier));
        assertThat(get(host, "/").body()).contains("改过标题连衣裙").doesNotContain("初始标题连衣裙");

        cached(host, "/");
        TwinBelts.created(admin.post(base() + "/categories", Map.of("path", "新建类目甲")));
        assertThat(get(host, "/").body()).contains("新建类目甲");

        cached(host, "/");
        TwinBelts.created(admin.post(base() + "/pages", TwinBelts.page("cache-news", "刚发布的新闻")));
        assertThat(get(host, "/").body()).contains("刚发布的新闻");
    }

    @Test
    void searchPageShowsAChangedProductOnceIndexed() {
        long supplier = TwinBelts.created(admin.post(base() + "/suppliers", TwinBelts.supplier("搜索工厂")));
        long product = TwinBelts.created(admin.post(base() + "/products", TwinBelts.product("S-1", "旧款雨伞", supplier)));
        eventually("雨伞 to find the new product", INDEXED, () -> get(host, "/search?q=雨伞").body(),
                body -> body.contains("/products/" + product));

        admin.put(base() + "/products/" + product, TwinBelts.product("S-1", "新款阳伞", supplier));

        eventually("雨伞 to no longer find the renamed product", INDEXED, () -> get(host, "/search?q=雨伞").body(),
                body -> !body.contains("/products/" + product));
        eventually("阳伞 to find the renamed product", INDEXED, () -> get(host, "/search?q=阳伞").body(),
                body -> body.contains("/products/" + product));
        // Past the settling time, a page stored now must show the indexed change as well.
        assertThat(cached(host, "/search?q=雨伞")).doesNotContain("/products/" + product);
    }

    @Test
    void aTenantsCachedPageNeverAnswersAnotherTenantsHost() {
        String other = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        String otherHost = other + ".portal.test";
        tenant(other, "另一条产业带", otherHost);
        for (String belt : List.of(slug, other)) {
            String path = "/admin/api/v1/tenants/" + belt;
            long supplier = TwinBelts.created(admin.post(path + "/suppliers", TwinBelts.supplier("同名工厂")));
            TwinBelts.created(admin.post(path + "/products", TwinBelts.product("SAME-1", "同款女童连衣裙", supplier)));
        }

        String mine = cached(host, "/");
        String theirs = get(otherHost, "/").body();

        assertThat(title(mine)).isEqualTo("缓存测试产业带");
        assertThat(title(theirs)).isEqualTo("另一条产业带");
        assertThat(title(get(host, "/").body())).isEqualTo("缓存测试产业带");
        assertThat(title(get("127.0.0.1", "/t/" + other + "/").body())).isEqualTo("另一条产业带");
    }

    @Test
    void cacheControlIsNoStoreForAdminRevalidateForPagesAndAYearForFingerprintedAssets() {
        HttpResponse<String> page = get(host, "/");
        String stylesheet = Jsoup.parse(page.body()).selectFirst("link[rel=stylesheet]").attr("href");
        HttpResponse<String> asset = get(host, stylesheet);
        HttpResponse<String> plainAsset = get(host, "/assets/portal.css");
        Api.Response adminCall = admin.get("/admin/api/v1/tenants/" + slug);

        assertThat(page.headers().firstValue("Cache-Control")).contains("public, max-age=0, must-revalidate");
        assertThat(stylesheet).matches("/assets/portal-[0-9a-f]{32}\\.css");
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(plainAsset.headers().firstValue("Cache-Control")).contains("public, no-cache");
        assertThat(adminCall.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(get(host, "/assets/portal-0123456789abcdef0123456789abcdef.css").headers()
                .firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
    }

    @Test
    void requestsWithCredentialsGetFreshUncachedPages() {
        HttpResponse<String> withSession = get(host, "/", "Cookie", "JSESSIONID=whatever");
        HttpResponse<String> withToken = get(host, "/", "Authorization", "Bearer nothing");

        assertThat(withSession.statusCode()).isEqualTo(200);
        assertThat(withSession.headers().firstValue("ETag")).isEmpty();
        assertThat(withToken.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void cacheResultsAreCountedInMetrics() {
        double hitsBefore = hits();
        cached(host, "/");
        get(host, "/", "If-None-Match", etag(get(host, "/")));

        Api.Response notModified = admin.get("/actuator/metrics/portal.page.cache.requests?tag=result:not_modified");
        Api.Response renders = admin.get("/actuator/metrics/portal.page.render");

        assertThat(hits()).isGreaterThan(hitsBefore);
        assertThat(notModified.status()).as(notModified.toString()).isEqualTo(200);
        assertThat(notModified.json().get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1.0);
        assertThat(renders.status()).as(renders.toString()).isEqualTo(200);
    }

    private void tenant(String tenantSlug, String name, String tenantHost) {
        Api.Response created = admin.post("/admin/api/v1/tenants",
                Map.of("slug", tenantSlug, "name", name, "hosts", List.of(tenantHost)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    /**
     * The page once it is in the cache: waits out the settling time after the last change, then requests
     * it twice and checks the second was a hit.
     */
    private String cached(String hostHeader, String path) {
        sleep(SETTLE_MILLIS);
        get(hostHeader, path);
        double hitsBefore = hits();
        String body = get(hostHeader, path).body();
        assertThat(hits()).as("served from the cache").isGreaterThan(hitsBefore);
        return body;
    }

    private double hits() {
        Api.Response metric = admin.get("/actuator/metrics/portal.page.cache.requests?tag=result:hit");
        return metric.status() == 404 ? 0 : metric.json().get("measurements").get(0).get("value").asDouble();
    }

    private String base() {
        return "/admin/api/v1/tenants/" + slug;
    }

    private static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static String title(String html) {
        return Jsoup.parse(html).title();
    }

    private HttpResponse<String> get(String hostHeader, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", hostHeader);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
