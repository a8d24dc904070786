package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console's audit trail over real HTTP: a belt's entries with their field-by-field diffs, filters by user,
 * kind and time, pages by id; only for those who may read it; the platform's trail for platform admins only;
 * whatever was typed shown as text; every page valid HTML.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditConsoleTest extends PortalServerTest {

    private static final String PASSWORD = "a-long-password";

    private final ValidPages pages = new ValidPages();
    private TwinBelts twins;

    @BeforeEach
    void twins() {
        if (twins == null) {
            twins = new TwinBelts(admin());
        }
    }

    @AfterAll
    void everyPageSeenWasValidHtml() {
        pages.assertAllValid();
    }

    private ConsoleSession userOfA(String role) {
        String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("tenant", twins.a, "role", role)))).status()).isEqualTo(201);
        return ConsoleSession.login(port, username, PASSWORD);
    }

    private String audit(String belt) {
        return "/admin/belts/" + belt + "/audit";
    }

    @Test
    void aBeltsTrailShowsEachChangeAsAFieldByFieldDiffWithLongTextAsLines() {
        Api admin = admin();
        String base = "/admin/api/v1/tenants/" + twins.a + "/suppliers/" + twins.inA.supplierId();
        Map<String, Object> changed = new java.util.HashMap<>(TwinBelts.supplier("<script>alert('s')</script>"));
        changed.put("location", "浙江湖州\n织里镇 8 号");
        assertThat(admin.put(base, changed).status()).isEqualTo(200);

        ConsoleSession operator = userOfA("region_operator");
        String trail = pages.valid("audit", operator.get(audit(twins.a)));
        assertThat(trail).contains("supplier").contains("class=\"changed\"")
                .contains("<del>同名工厂</del>").contains("<ins>&lt;script&gt;alert(&#39;s&#39;)&lt;/script&gt;</ins>")
                .contains("<ins>浙江湖州</ins><br><ins>织里镇 8 号</ins>").doesNotContain("<script>alert");
        assertThat(pages.valid("audit by kind", operator.get(audit(twins.a) + "?kind=product"))).doesNotContain("&lt;script&gt;alert")
                .contains("product");
        assertThat(operator.get(audit(twins.a) + "?actor=nobody-at-all").body()).contains("没有符合条件的记录");
        assertThat(operator.get(audit(twins.a) + "?actor=" + ADMIN + "&kind=supplier").body()).contains("&lt;script&gt;alert");
        assertThat(operator.get(audit(twins.a) + "?from=2000-01-01&to=2000-01-02").body()).contains("没有符合条件的记录");
        assertThat(operator.get(audit(twins.a) + "?kind=%25").body()).as("a typed wildcard is text").contains("没有符合条件的记录");

        Api.Response wrong = operator.get(audit(twins.a) + "?from=soon");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(pages.valid("audit with a bad date", wrong)).contains("href=\"#from\"").contains("value=\"soon\"");
    }

    @Test
    void theTrailPagesByIdNewestFirst() {
        ConsoleSession operator = userOfA("region_operator");
        String first = operator.get(audit(twins.a)).body();
        long newest = Long.parseLong(first.replaceAll("(?s).*?记录 #(\\d+) .*", "$1"));
        String older = pages.valid("audit below", operator.get(audit(twins.a) + "?before=" + newest));
        assertThat(older).doesNotContain("记录 #" + newest + " ").contains("回到最新");
    }

    @Test
    void onlyThoseWhoMayReadTheTrailSeeItAndNeverAnotherBelts() {
        ConsoleSession operator = userOfA("region_operator");
        assertThat(operator.get(audit(twins.b)).status()).isEqualTo(403);
        assertThat(operator.get("/admin/audit").status()).isEqualTo(403);
        assertThat(operator.get("/admin/audit?belt=" + twins.a).status()).isEqualTo(403);
        assertThat(userOfA("editor").get(audit(twins.a)).status()).isEqualTo(403);
        String own = operator.get(audit(twins.a)).body();
        assertThat(own).doesNotContain("/suppliers/" + twins.inB.supplierId()).doesNotContain("user.create");

        ConsoleSession platform = ConsoleSession.login(port, ADMIN, ADMIN_PASSWORD);
        String all = pages.valid("platform audit", platform.get("/admin/audit?kind=user"));
        assertThat(all).contains("user.create");
        String onlyB = pages.valid("platform audit of B", platform.get("/admin/audit?belt=" + twins.b + "&lang=en"));
        assertThat(onlyB).contains("Platform audit log").contains(twins.b).doesNotContain(twins.a);
        assertThat(platform.get("/admin/audit?belt=no-such-belt").status()).isEqualTo(404);
    }
}
