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
    void repeatedFailuresLockTheUserEvenWithTheRightPassword() {
        Api admin = admin();
        String tenant = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/admin/api/v1/tenants", Map.of("slug", tenant, "name", "锁定测试"));
        String username = newUser(admin, tenant, "editor");
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous().send("POST", "/admin/api/v1/tokens", null, Api.basic(username, "guess-" + i)).status())
                    .isEqualTo(401);
        }
        Api.Response locked = anonymous().send("POST", "/admin/api/v1/tokens", null, Api.basic(username, "a-long-password"));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        // Another user is unaffected.
        assertThat(admin().get("/admin/api/v1/me").status()).isEqualTo(200);
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
}
