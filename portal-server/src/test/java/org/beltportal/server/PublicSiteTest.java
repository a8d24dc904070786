package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which site a request reaches, decided by Host header or /t/{slug} prefix. */
class PublicSiteTest extends PortalServerTest {

    @Test
    void unknownHostAnswers404() {
        Api.Response response = anonymous().onHost("nosuch.portal.test").get("/");
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void unknownSlugAnswers404() {
        assertThat(anonymous().get("/t/no-such-belt/").status()).isEqualTo(404);
        assertThat(anonymous().get("/t/%3Cscript%3E/").status()).isIn(400, 404);
    }

    @Test
    void prefixWithoutTrailingSlashRedirectsToTheRoot() {
        Api admin = admin();
        String slug = "slash-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        admin.post("/admin/api/v1/tenants", java.util.Map.of("slug", slug, "name", "斜杠测试"));
        Api.Response response = anonymous().get("/t/" + slug + "?lang=en");
        assertThat(response.status()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).contains("/t/" + slug + "/?lang=en");
    }

    @Test
    void hostileHostHeaderAnswers404() {
        assertThat(anonymous().onHost("evil.example:99999x").get("/").status()).isIn(400, 404);
    }

    @Test
    void platformHostListsTheBelts() {
        Api admin = admin();
        String slug = "plat-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        admin.post("/admin/api/v1/tenants", java.util.Map.of("slug", slug, "name", "平台列表测试"));
        Api.Response response = anonymous().onHost("localhost").get("/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("平台列表测试");
    }

    @Test
    void stackTracesNeverReachUsers() {
        Api.Response response = anonymous().get("/t/no-such-belt/products/1");
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }
}
