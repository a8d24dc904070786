package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Logging in, tokens, throttling, and what each role may do. */
class AdminSecurityTest extends PortalServerTest {

    private String newUser(Api admin, String tenant, String role) {
        String username = role.replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/admin/api/v1/users", Map.of("username", username, "password", "a-long-password",
                "grants", List.of(Map.of("tenant", tenant, "role", role))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("password");
        return username;
    }

    private String newPlatformAdmin(Api admin) {
        String username = "pa-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/admin/api/v1/users", Map.of("username", username, "password", "a-long-password",
                "grants", List.of(Map.of("role", "platform_admin"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private Api.Response token(String username, String password) {
        return anonymous().send("POST", "/admin/api/v1/tokens", null, Api.basic(username, password));
    }

    private static String fullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : (char) c));
        return wide.toString();
    }

    @Test
    void basicCredentialsBuyABearerToken() {
        Api.Response response = anonymous().send("POST", "/admin/api/v1/tokens", null, Api.basic(ADMIN, ADMIN_PASSWORD));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("token").asString()).hasSizeGreaterThan(30);
        assertThat(response.json().get("expiresAt").asString()).isNotBlank();
    }

    @Test
    void wrongPasswordAndMissingOrBadTokensAre401() {
        assertThat(anonymous().send("POST", "/admin/api/v1/tokens", null, Api.basic(ADMIN, "wrong")).status()).isEqualTo(401);
        assertThat(anonymous().send("POST", "/admin/api/v1/tokens", null, null).status()).isEqualTo(401);
        assertThat(anonymous().send("POST", "/admin/api/v1/tokens", null, "Basic %%%not-base64").status()).isEqualTo(401);
        Api.Response noToken = anonymous().get("/admin/api/v1/tenants");
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json().get("error").asString()).isEqualTo("unauthorized");
        assertThat(anonymous().as("made-up-token").get("/admin/api/v1/tenants").status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordsSlowTheNextTryButNeverLockTheOwnerOut() throws InterruptedException {
        Api admin = admin();
        String username = newPlatformAdmin(admin);
        assertThat(token(username, "guess-1").status()).isEqualTo(401);
        assertThat(token(username, "guess-2").status()).isEqualTo(401);
        Api.Response slowed = token(username, "a-long-password");
        assertThat(slowed.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(slowed.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 2L);
        Thread.sleep(retryAfter * 1000 + 100);
        assertThat(token(username, "a-long-password").status()).isEqualTo(200);
        // Success forgives this address's failures for the user: the next typo is free again.
        assertThat(token(username, "guess-3").status()).isEqualTo(401);
        assertThat(token(username, "a-long-password").status()).isEqualTo(200);
    }

    @Test
    void lookAlikeSpellingsOfAThrottledUserAreThrottledToo() {
        Api admin = admin();
        String username = newPlatformAdmin(admin);
        for (int i = 0; i < 5; i++) {
            assertThat(token(username, "guess-" + i).status()).isIn(401, 429);
        }
        // utf8mb4_unicode_ci finds the same user for all of these, so they must share its throttle.
        for (String spelling : List.of(username.toUpperCase(), username + " ", username + "   ", fullWidth(username),
                Character.toUpperCase(username.charAt(0)) + username.substring(1))) {
            assertThat(token(spelling, "a-long-password").status()).as(spelling).isEqualTo(429);
        }
    }

    @Test
    void aFailedFormLoginCountsOnceLikeAFailedTokenRequest() {
        Api admin = admin();
        String byForm = newPlatformAdmin(admin);
        String byToken = newPlatformAdmin(admin);
        for (int i = 0; i < 3; i++) {
            assertThat(ConsoleSession.attemptLogin(port, byForm, "guess-" + i).status()).isIn(302, 429);
            assertThat(token(byToken, "guess-" + i).status()).isIn(401, 429);
        }
        Api.Response formThrottled = token(byForm, "a-long-password");
        Api.Response tokenThrottled = token(byToken, "a-long-password");
        assertThat(formThrottled.status()).isEqualTo(tokenThrottled.status());
        assertThat(formThrottled.headers().firstValue("Retry-After")).isEqualTo(tokenThrottled.headers().firstValue("Retry-After"));
    }

    @Test
    void aThrottledFormLoginAnswers429WithRetryAfter() {
        String username = newPlatformAdmin(admin());
        ConsoleSession.attemptLogin(port, username, "guess-1");
        ConsoleSession.attemptLogin(port, username, "guess-2");
        Api.Response throttled = ConsoleSession.attemptLogin(port, username, "a-long-password");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.body()).contains("尝试次数过多").contains("name=\"_csrf\"").contains("value=\"" + username + "\"");
    }

    @Test
    void tooLongPasswordsAreRefusedWith422NotA500() {
        Api.Response created = admin().post("/admin/api/v1/users", Map.of("username", "long-" + UUID.randomUUID().toString().substring(0, 8),
                "password", "密码".repeat(20), "grants", List.of(Map.of("role", "platform_admin"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(422);
        assertThat(created.json().get("details").get(0).get("field").asString()).isEqualTo("password");
    }

    @Test
    void rolesLimitWhatEachUserMayDo() {
        Api admin = admin();
        String tenant = "roles-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/admin/api/v1/tenants", Map.of("slug", tenant, "name", "角色测试"));
        String base = "/admin/api/v1/tenants/" + tenant;
        long supplierId = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("工厂")));
        Api editor = anonymous().login(newUser(admin, tenant, "editor"), "a-long-password");
        Api campaigns = anonymous().login(newUser(admin, tenant, "campaign_manager"), "a-long-password");
        Api operator = anonymous().login(newUser(admin, tenant, "region_operator"), "a-long-password");
        Map<String, Object> branding = Map.of("primaryColor", "#112233", "accentColor", "#445566", "slogan", "新口号");

        assertThat(editor.post(base + "/products", TwinBelts.product("E-1", "编辑加的", supplierId)).status()).isEqualTo(201);
        assertThat(editor.put(base + "/branding", branding).status()).isEqualTo(403);
        assertThat(campaigns.get(base + "/products").status()).isEqualTo(200);
        assertThat(campaigns.post(base + "/products", TwinBelts.product("C-1", "不该加", supplierId)).status()).isEqualTo(403);
        assertThat(operator.put(base + "/branding", branding).status()).isEqualTo(200);
        assertThat(operator.put(base + "/status", Map.of("status", "suspended")).status()).isEqualTo(403);
        assertThat(operator.post(base + "/hosts", Map.of("hostname", "steal.example.com")).status()).isEqualTo(403);
        assertThat(operator.post("/admin/api/v1/tenants", Map.of("slug", "x-" + tenant, "name", "越权")).status()).isEqualTo(403);
        assertThat(operator.get("/admin/api/v1/users").status()).isEqualTo(403);
        assertThat(operator.get("/admin/api/v1/audit").status()).isEqualTo(403);
        assertThat(editor.get("/admin/api/v1/audit?tenant=" + tenant).status()).isEqualTo(403);
    }

    @Test
    void healthIsPublicMetricsAreForPlatformAdmins() {
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(admin().get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void consoleLoginNeedsCsrfToken() {
        Api.Response page = anonymous().get("/admin/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"_csrf\"");
        Api.Response withoutToken = anonymous().sendRaw("POST", "/admin/login", "application/x-www-form-urlencoded",
                ("username=" + ADMIN + "&password=" + ADMIN_PASSWORD).getBytes());
        assertThat(withoutToken.status()).isEqualTo(403);
    }
    @Test
    void sessionsAndTokensFollowTheUsersCurrentGrantsAndEndWhenTheUserIsDeleted() {
        Api admin = admin();
        String tenant = "sess-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/admin/api/v1/tenants", Map.of("slug", tenant, "name", "会话测试"));
        String base = "/admin/api/v1/tenants/" + tenant;
        long supplierId = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("工厂")));
        String username = newUser(admin, tenant, "editor");
        ConsoleSession editor = ConsoleSession.login(port, username, "a-long-password");
        ConsoleSession sameEditorElsewhere = ConsoleSession.login(port, username, "a-long-password");
        Api token = anonymous().login(username, "a-long-password");
        assertThat(editor.get(base + "/products").status()).isEqualTo(200);

        assertThat(admin.put("/admin/api/v1/users/" + username + "/grants", Map.of("grants", List.of())).status()).isEqualTo(200);
        assertThat(editor.get(base + "/products").status()).isEqualTo(403);
        assertThat(editor.json("POST", base + "/products", TwinBelts.product("S-1", "不该加", supplierId), editor.csrfToken(), null)
                .status()).isEqualTo(403);

        assertThat(token.get(base + "/products").status()).isEqualTo(403);

        assertThat(admin.delete("/admin/api/v1/users/" + username).status()).isEqualTo(204);
        assertThat(token.get(base + "/products").status()).isEqualTo(401);
        Api.Response ended = editor.get(base + "/products");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.json().get("message").asString()).contains("session has ended");
        Api.Response page = sameEditorElsewhere.get("/admin/password");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?ended");
        assertThat(anonymous().get("/admin/login?ended").body()).contains("会话已结束");
    }

    @Test
    void aRecreatedUserOfTheSameNameDoesNotInheritTheOldSession() {
        Api admin = admin();
        String username = newPlatformAdmin(admin);
        ConsoleSession session = ConsoleSession.login(port, username, "a-long-password");
        assertThat(admin.delete("/admin/api/v1/users/" + username).status()).isEqualTo(204);
        assertThat(admin.post("/admin/api/v1/users", Map.of("username", username, "password", "a-long-password",
                "grants", List.of(Map.of("role", "platform_admin")))).status()).isEqualTo(201);
        assertThat(session.get("/admin/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void changingOnesPasswordEndsOtherSessionsAndTokensButNotTheCallersToken() {
        Api admin = admin();
        String username = newPlatformAdmin(admin);
        Api other = anonymous().login(username, "a-long-password");
        ConsoleSession browser = ConsoleSession.login(port, username, "a-long-password");
        Api caller = anonymous().login(username, "a-long-password");

        Api.Response changed = caller.put("/admin/api/v1/me/password",
                Map.of("currentPassword", "a-long-password", "newPassword", "another-long-secret"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

        assertThat(caller.get("/admin/api/v1/me").status()).isEqualTo(200);
        assertThat(other.get("/admin/api/v1/me").status()).isEqualTo(401);
        assertThat(browser.get("/admin/api/v1/me").status()).isEqualTo(401);
        assertThat(token(username, "a-long-password").status()).isEqualTo(401);
        assertThat(token(username, "another-long-secret").status()).isEqualTo(200);
    }

    @Test
    void changingOnesPasswordInTheConsoleKeepsThatSessionAndEndsTheOthers() {
        Api admin = admin();
        String username = newPlatformAdmin(admin);
        ConsoleSession other = ConsoleSession.login(port, username, "a-long-password");
        Api token = anonymous().login(username, "a-long-password");
        ConsoleSession browser = ConsoleSession.login(port, username, "a-long-password");

        Api.Response form = browser.get("/admin/password");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"_csrf\"").contains("当前密码");
        assertThat(browser.get("/admin/password?lang=en").body()).contains("Current password");
        Api.Response posted = browser.postForm("/admin/password",
                Map.of("currentPassword", "a-long-password", "newPassword", "another-long-secret"));
        assertThat(posted.status()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/admin/password?changed");
        assertThat(browser.get("/admin/password?changed").body()).contains("密码已修改");

        assertThat(browser.get("/admin/api/v1/me").status()).isEqualTo(200);
        assertThat(other.get("/admin/api/v1/me").status()).isEqualTo(401);
        assertThat(token.get("/admin/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void theConsolePasswordFormShowsFieldErrorsWithoutRepeatingWhatWasTyped() {
        String username = newPlatformAdmin(admin());
        ConsoleSession browser = ConsoleSession.login(port, username, "a-long-password");
        Api.Response posted = browser.postForm("/admin/password", Map.of("currentPassword", "not-my-password-xyz",
                "newPassword", "short"));
        assertThat(posted.status()).isEqualTo(303);
        Api.Response page = browser.get(posted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        assertThat(page.body()).contains("href=\"#currentPassword\"").contains("href=\"#newPassword\"")
                .doesNotContain("not-my-password-xyz").doesNotContain("value=\"short\"");
        assertThat(browser.get("/admin/api/v1/me").status()).isEqualTo(200);
        assertThat(token(username, "a-long-password").status()).isEqualTo(200);
    }

    @Test
    void aWeakOrWrongPasswordChangeIs422WithTheFields() {
        String username = newPlatformAdmin(admin());
        Api caller = anonymous().login(username, "a-long-password");
        Api.Response wrong = caller.put("/admin/api/v1/me/password",
                Map.of("currentPassword", "not-the-password", "newPassword", "another-long-secret"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("details").get(0).get("field").asString()).isEqualTo("currentPassword");
        for (String weak : List.of("short", "aaaaaaaaaaaaaa", "x" + username + "-2026", "a-long-password")) {
            Api.Response refused = caller.put("/admin/api/v1/me/password",
                    Map.of("currentPassword", "a-long-password", "newPassword", weak));
            assertThat(refused.status()).as(weak).isEqualTo(422);
            assertThat(refused.json().get("details").get(0).get("field").asString()).as(weak).isEqualTo("newPassword");
        }
        assertThat(caller.get("/admin/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void revokingTheCurrentTokenEndsItAndOnlyIt() {
        String username = newPlatformAdmin(admin());
        Api first = anonymous().login(username, "a-long-password");
        Api second = anonymous().login(username, "a-long-password");
        assertThat(first.delete("/admin/api/v1/tokens/current").status()).isEqualTo(204);
        assertThat(first.get("/admin/api/v1/me").status()).isEqualTo(401);
        assertThat(second.get("/admin/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aPlatformAdminRevokesAllTokensOfAUserAndResetsTheirPassword() {
        Api admin = admin();
        String tenant = "rev-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/admin/api/v1/tenants", Map.of("slug", tenant, "name", "撤销测试"));
        String username = newUser(admin, tenant, "editor");
        Api token = anonymous().login(username, "a-long-password");
        ConsoleSession browser = ConsoleSession.login(port, username, "a-long-password");

        assertThat(token.delete("/admin/api/v1/users/" + ADMIN + "/tokens").status()).isEqualTo(403);
        assertThat(admin.delete("/admin/api/v1/users/" + username + "/tokens").status()).isEqualTo(204);
        assertThat(token.get("/admin/api/v1/me").status()).isEqualTo(401);
        assertThat(browser.get("/admin/api/v1/me").status()).isEqualTo(200);

        assertThat(admin.put("/admin/api/v1/users/" + username + "/password", Map.of("newPassword", "weak")).status()).isEqualTo(422);
        assertThat(admin.put("/admin/api/v1/users/" + username + "/password", Map.of("newPassword", "reset-by-the-admin"))
                .status()).isEqualTo(204);
        assertThat(browser.get("/admin/api/v1/me").status()).isEqualTo(401);
        assertThat(token(username, "a-long-password").status()).isEqualTo(401);
        assertThat(token(username, "reset-by-the-admin").status()).isEqualTo(200);
        Api.Response own = admin.put("/admin/api/v1/users/" + ADMIN + "/password", Map.of("newPassword", "reset-by-the-admin"));
        assertThat(own.status()).isEqualTo(409);
    }

    @Test
    void aUserRevokesTheirOwnTokens() {
        String username = newPlatformAdmin(admin());
        Api first = anonymous().login(username, "a-long-password");
        Api second = anonymous().login(username, "a-long-password");
        assertThat(first.delete("/admin/api/v1/users/" + username + "/tokens").status()).isEqualTo(204);
        assertThat(second.get("/admin/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void cookieRequestsNeedTheCsrfTokenWhateverAuthorizationHeaderTheyCarry() {
        Api admin = admin();
        String tenant = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/admin/api/v1/tenants", Map.of("slug", tenant, "name", "跨站测试"));
        String base = "/admin/api/v1/tenants/" + tenant;
        String username = newUser(admin, tenant, "region_operator");
        ConsoleSession browser = ConsoleSession.login(port, username, "a-long-password");
        Map<String, Object> supplier = TwinBelts.supplier("伪造的");
        String someonesToken = "Bearer " + anonymous().send("POST", "/admin/api/v1/tokens", null, Api.basic(username, "a-long-password"))
                .json().get("token").asString();

        for (String authorization : List.of("Basic Zm9vOmJhcg==", "Foo bar", "Negotiate x", someonesToken)) {
            Api.Response forged = browser.json("POST", base + "/suppliers", supplier, null, authorization);
            assertThat(forged.status()).as(authorization).isEqualTo(403);
        }
        assertThat(browser.json("POST", base + "/suppliers", supplier, null, null).status()).isEqualTo(403);
        assertThat(browser.json("POST", base + "/suppliers", supplier, browser.csrfToken(), null).status()).isEqualTo(201);
        // A token alone, with no session, needs no CSRF token: a browser never adds it by itself.
        assertThat(anonymous().as(someonesToken.substring(7)).post(base + "/suppliers", supplier).status()).isEqualTo(201);
    }
}
