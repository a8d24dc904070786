package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public pages end to end, on the real database, with two tenants holding identical data: sitemaps,
 * supplier and news pages stay inside their tenant, and a suspended tenant gets its themed 503.
 */
class PublicPagesTest extends PortalServerTest {

    private static final Pattern LOC = Pattern.compile("<loc>([^<]*)</loc>");

    TwinBelts twins;

    @BeforeEach
    void twins() {
        twins = new TwinBelts(admin());
    }

    @Test
    void sitemapOfEachTwinListsOnlyItsOwnUrlsOnItsOwnHost() {
        Api onHost = anonymous().onHost(twins.inA.host());
        Api.Response index = onHost.get("/sitemap.xml");

        assertThat(index.status()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        String origin = "http://" + twins.inA.host();
        assertThat(locations(index.body())).containsExactly(origin + "/sitemap-pages.xml", origin + "/sitemap-products-1.xml");
        List<String> urls = listedBy(onHost, index);
        assertThat(urls).allSatisfy(url -> assertThat(url).startsWith(origin + "/").doesNotContain("/t/"));
        assertThat(urls).contains(origin + "/", origin + "/products/" + twins.inA.productId(),
                origin + "/suppliers/" + twins.inA.supplierId(), origin + "/news/same-news",
                origin + "/categories/" + twins.inA.categoryId());
        assertThat(urls).doesNotContain(origin + "/products/" + twins.inB.productId(),
                origin + "/suppliers/" + twins.inB.supplierId(), origin + "/categories/" + twins.inB.categoryId());
    }

    @Test
    void sitemapByPrefixListsThatTenantUnderItsPrefix() {
        List<String> urls = listedBy(anonymous(), anonymous().get("/t/" + twins.b + "/sitemap.xml"));

        assertThat(urls).isNotEmpty().allSatisfy(url -> assertThat(url).contains("/t/" + twins.b + "/"));
        assertThat(urls).anySatisfy(url -> assertThat(url).endsWith("/t/" + twins.b + "/products/" + twins.inB.productId()));
        assertThat(urls).noneSatisfy(url -> assertThat(url).endsWith("/products/" + twins.inA.productId()));
    }

    @Test
    void aForgedHostUnderThePrefixIsReplacedByThePlatformHostInEveryAbsoluteUrl() {
        String prefix = "/t/" + twins.a;
        for (String forged : List.of("evil.example", "evil.example:" + port)) {
            Api onForgedHost = anonymous().onHost(forged);
            String origin = "http://localhost" + (forged.contains(":") ? ":" + port : "") + prefix;

            String product = onForgedHost.get(prefix + "/products/" + twins.inA.productId()).body();
            assertThat(product).contains("<link rel=\"canonical\" href=\"" + origin + "/products/" + twins.inA.productId() + "\"",
                    "<meta property=\"og:url\" content=\"" + origin + "/products/" + twins.inA.productId() + "\"");
            assertThat(onForgedHost.get(prefix + "/robots.txt").body()).contains("Sitemap: " + origin + "/sitemap.xml");
            List<String> urls = listedBy(onForgedHost, onForgedHost.get(prefix + "/sitemap.xml"));
            assertThat(urls).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
            assertThat(product + String.join(" ", urls)).doesNotContain("evil");
        }
        assertThat(anonymous().get(prefix + "/robots.txt").body())
                .contains("Sitemap: http://127.0.0.1:" + port + prefix + "/sitemap.xml");
    }

    @Test
    void robotsNamesTheSitemapOfTheHost() {
        Api.Response robots = anonymous().onHost(twins.inA.host()).get("/robots.txt");

        assertThat(robots.body()).contains("Disallow: /search", "Sitemap: http://" + twins.inA.host() + "/sitemap.xml");
    }

    @Test
    void supplierCategoryAndNewsPagesStayInsideTheirTenant() {
        Api onA = anonymous().onHost(twins.inA.host());

        assertThat(onA.get("/suppliers/" + twins.inA.supplierId()).body()).contains("同名工厂", "同款女童连衣裙");
        assertThat(onA.get("/suppliers/" + twins.inB.supplierId()).status()).isEqualTo(404);
        assertThat(onA.get("/categories/" + twins.inA.categoryId()).status()).isEqualTo(200);
        assertThat(onA.get("/categories/" + twins.inB.categoryId()).status()).isEqualTo(404);
        assertThat(onA.get("/news").body()).contains("同名新闻");
        assertThat(onA.get("/news/same-news").body()).contains("<p>同一条新闻</p>");
        assertThat(onA.get("/news/same-news?lang=en").body()).contains("<html lang=\"en\">");
    }

    @Test
    void draftArticleIsNotFound() {
        String base = "/admin/api/v1/tenants/" + twins.a;
        assertThat(admin().post(base + "/pages", Map.of("slug", "draft-news", "title", "草稿", "body", "<p>草稿</p>",
                "kind", "news", "status", "draft")).status()).isEqualTo(201);

        assertThat(anonymous().onHost(twins.inA.host()).get("/news/draft-news").status()).isEqualTo(404);
    }

    @Test
    void suspendedTenantAnswersItsThemedNoticeWith503() {
        Api admin = admin();
        assertThat(admin.put("/admin/api/v1/tenants/" + twins.a + "/status", Map.of("status", "suspended")).status())
                .isEqualTo(200);

        Api.Response onHost = anonymous().onHost(twins.inA.host()).get("/products/" + twins.inA.productId());
        Api.Response byPrefix = anonymous().get("/t/" + twins.a + "/?lang=en");

        assertThat(onHost.status()).isEqualTo(503);
        assertThat(onHost.headers().firstValue("Retry-After")).contains("3600");
        assertThat(onHost.body()).contains("<html lang=\"zh-CN\">", "孪生产业带", "暂停服务").doesNotContain("同款女童连衣裙");
        assertThat(byPrefix.status()).isEqualTo(503);
        assertThat(byPrefix.body()).contains("Temporarily unavailable", "href=\"/t/" + twins.a + "/assets/portal-");
        assertThat(anonymous().onHost(twins.inB.host()).get("/").status()).isEqualTo(200);
    }

    /** The URLs of every sitemap a sitemap index names, each fetched the way the index was. */
    private static List<String> listedBy(Api api, Api.Response index) {
        assertThat(index.status()).isEqualTo(200);
        List<String> urls = new ArrayList<>();
        for (String sitemap : locations(index.body())) {
            Api.Response file = api.get(URI.create(sitemap).getRawPath());
            assertThat(file.status()).as(sitemap).isEqualTo(200);
            urls.addAll(locations(file.body()));
        }
        return urls;
    }

    private static List<String> locations(String sitemap) {
        List<String> urls = new ArrayList<>();
        Matcher loc = LOC.matcher(sitemap);
        while (loc.find()) {
            urls.add(loc.group(1));
        }
        return urls;
    }
}
