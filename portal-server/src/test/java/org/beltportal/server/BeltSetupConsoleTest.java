package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The console's new-belt form (platform admins only) and a new belt's setup checklist on its home. */
class BeltSetupConsoleTest extends ConsoleScreenTest {

    private static final String NEW = "/admin/belts/new";

    private static Map<String, String> belt(String slug) {
        Map<String, String> form = new HashMap<>();
        form.put("name", "新建产业带");
        form.put("nameEn", "New Belt");
        form.put("slug", slug);
        form.put("hosts", slug + ".portal.test\n" + slug + "-2.portal.test");
        form.put("region", "浙江省金华市");
        form.put("timezone", "Asia/Urumqi");
        form.put("locale", "en");
        form.put("theme", "catalog");
        form.put("icpNumber", "浙ICP备12345678号");
        return form;
    }

    private static String slug() {
        return "nb-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPlatformAdminCreatesABeltAndLandsOnItsHomeWithTheChecklist() {
        ConsoleSession admin = adminConsole();
        assertThat(page(admin, "/admin/")).contains("href=\"" + NEW + "\"");
        String form = page(admin, NEW);
        assertThat(form).contains("value=\"Asia/Shanghai\"").contains("<option value=\"catalog\" selected>");
        String slug = slug();
        String home = seeOther(admin, admin.postForm(NEW, belt(slug)), "/admin/belts/" + slug + "/");
        assertThat(home).contains("role=\"status\"").contains("已建立产业带 新建产业带").contains("id=\"checklist\"");

        JsonNode stored = admin().get("/admin/api/v1/tenants/" + slug).json();
        assertThat(stored.get("name").asString()).isEqualTo("新建产业带");
        assertThat(stored.get("timezone").asString()).isEqualTo("Asia/Urumqi");
        assertThat(stored.get("locale").asString()).isEqualTo("en");
        assertThat(stored.get("region").asString()).isEqualTo("浙江省金华市");
        assertThat(stored.get("icpNumber").asString()).isEqualTo("浙ICP备12345678号");
        assertThat(stored.get("hosts").toString()).contains(slug + ".portal.test", slug + "-2.portal.test");
    }

    @Test
    void onlyPlatformAdminsMayCreateBelts() {
        ConsoleSession operator = signedIn(twins.a, "region_operator");
        String slug = slug();
        assertThat(operator.get(NEW).status()).isEqualTo(403);
        assertThat(operator.postForm(NEW, belt(slug)).status()).isEqualTo(403);
        assertThat(page(operator, "/admin/belts/" + twins.a + "/")).doesNotContain("href=\"" + NEW + "\"");
        assertThat(admin().get("/admin/api/v1/tenants/" + slug).status()).isEqualTo(404);
    }

    @Test
    void refusedInputComesBackBesideItsFieldsAsTypedAndEscaped() {
        ConsoleSession admin = adminConsole();
        Map<String, String> form = belt("Not A Slug!");
        form.put("name", "<script>alert('name')</script>");
        form.put("region", "<img src=x onerror=alert(1)>");
        form.put("timezone", "Mars/Olympus");
        String back = seeOther(admin, admin.postForm(NEW, form), NEW);
        assertThat(back).contains("class=\"error-summary\"").contains("href=\"#slug\"").contains("href=\"#timezone\"")
                .contains("id=\"slug-error\"").contains("id=\"timezone-error\"")
                .contains("value=\"Not A Slug!\"").contains("value=\"Mars/Olympus\"")
                .contains("value=\"&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;\"")
                .doesNotContain("<script>alert").doesNotContain("<img src=x");

        Map<String, String> badHost = belt(slug());
        badHost.put("hosts", "good.portal.test\nbad_host!<b>");
        assertThat(seeOther(admin, admin.postForm(NEW, badHost), NEW)).contains("href=\"#hosts\"").contains("id=\"hosts-error\"")
                .contains(">good.portal.test\nbad_host!&lt;b&gt;</textarea>");

        String taken = twins.a;
        String again = seeOther(admin, admin.postForm(NEW, belt(taken)), NEW);
        assertThat(again).contains("id=\"slug-error\"").contains("已被占用").contains("value=\"" + taken + "\"");
        String hostTaken = slug();
        Map<String, String> sameHost = belt(hostTaken);
        sameHost.put("hosts", twins.inA.host());
        assertThat(seeOther(admin, admin.postForm(NEW, sameHost), NEW)).contains("id=\"hosts-error\"");
        assertThat(admin().get("/admin/api/v1/tenants/" + hostTaken).status()).isEqualTo(404);
    }

    @Test
    void theFormRefusesAMissingOrForeignCsrfToken() {
        String slug = slug();
        refusedWithoutOwnCsrfToken(adminConsole(), NEW, belt(slug));
        assertThat(admin().get("/admin/api/v1/tenants/" + slug).status()).isEqualTo(404);
    }

    @Test
    void theChecklistShowsEachStepFromWhatIsStoredAndLeavesWhenAllAreDone() {
        ConsoleSession admin = adminConsole();
        String slug = slug();
        Map<String, String> withoutHost = belt(slug);
        withoutHost.put("hosts", "");
        admin.postForm(NEW, withoutHost);
        String home = "/admin/belts/" + slug + "/";
        String fresh = page(admin, home);
        for (String step : List.of("branding", "categories", "suppliers", "imports")) {
            assertThat(fresh).contains("<li class=\"step-todo\"><a href=\"" + home + step + "\">");
        }
        assertThat(fresh).contains("<li class=\"step-todo\"><a href=\"/t/" + slug + "/\">").contains("0/5");

        Api api = admin();
        String base = "/admin/api/v1/tenants/" + slug;
        assertThat(api.patch(base + "/branding", "{\"primaryColor\": \"#aa0000\"}").status()).isEqualTo(200);
        assertThat(api.post(base + "/categories", Map.of("path", "箱包/拉杆箱")).status()).isEqualTo(201);
        assertThat(api.post(base + "/suppliers", TwinBelts.supplier("清单工厂")).status()).isEqualTo(201);
        assertThat(api.post(base + "/hosts", Map.of("hostname", slug + ".portal.test")).status()).isEqualTo(201);
        String later = page(admin, home);
        for (String step : List.of("branding", "categories", "suppliers")) {
            assertThat(later).contains("<li class=\"step-done\"><a href=\"" + home + step + "\">");
        }
        assertThat(later).contains("<li class=\"step-todo\"><a href=\"" + home + "imports\">")
                .contains("<li class=\"step-done\"><a href=\"/t/" + slug + "/\">").contains("4/5");
    }
}
