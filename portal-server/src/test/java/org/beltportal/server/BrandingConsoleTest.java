package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The branding editor: a preview of the belt's real home page with the unsaved branding, seen by the operator
 * who made it and by nobody else, and never by buyers until saved; rights, CSRF and typed text as text.
 */
class BrandingConsoleTest extends ConsoleScreenTest {

    private String editor(String belt) {
        return "/admin/belts/" + belt + "/branding";
    }

    /** The form as the page sends it: the colour pickers unmoved, so the text boxes count. */
    private static Map<String, String> form(String primary) {
        Map<String, String> form = new HashMap<>();
        form.put("name", "孪生产业带");
        form.put("nameEn", "Twin Belt");
        form.put("slogan", "买全球 卖全球");
        form.put("logoUrl", "/media/logo.png");
        form.put("heroImages", "https://img.example.com/hero-1.jpg\nhttps://img.example.com/hero-2.jpg");
        form.put("primaryColor", primary);
        form.put("primaryColorPicker", "#1f4e79");
        form.put("primaryColorPicked", "#1f4e79");
        form.put("accentColor", "#d9822b");
        form.put("accentColorPicker", "#d9822b");
        form.put("accentColorPicked", "#d9822b");
        form.put("footerHtml", "<p>金华市商务局</p>");
        return form;
    }

    @Test
    void thePreviewShowsTheDraftToItsOperatorOnlyAndSavingShowsItToBuyers() {
        String belt = twins.b;
        ConsoleSession operator = signedIn(belt, "region_operator");
        ConsoleSession colleague = signedIn(belt, "region_operator");
        String before = page(operator, editor(belt));
        assertThat(before).contains("sandbox=\"\"").contains("src=\"/t/" + belt + "/?preview=branding\"")
                .contains("value=\"#1f4e79\"");

        String shown = seeOther(operator, operator.postForm(editor(belt) + "/preview", form("#aa0000")), editor(belt));
        assertThat(shown).contains("role=\"status\"").contains("value=\"#aa0000\"").contains("value=\"买全球 卖全球\"");
        Api.Response preview = operator.get("/t/" + belt + "/?preview=branding");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("--primary: #aa0000").contains("买全球 卖全球").contains("hero-1.jpg")
                .contains("<p>金华市商务局</p>");
        assertThat(preview.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-store");
        assertThat(preview.headers().firstValue("X-Frame-Options").orElse("")).isEqualTo("SAMEORIGIN");

        Api.Response buyers = anonymous().get("/t/" + belt + "/?preview=branding");
        assertThat(buyers.body()).doesNotContain("#aa0000").doesNotContain("买全球");
        assertThat(buyers.headers().firstValue("X-Frame-Options").orElse("")).as("other pages are never framed").isEqualTo("DENY");
        assertThat(colleague.get("/t/" + belt + "/?preview=branding").body()).as("another operator's session")
                .doesNotContain("#aa0000");
        assertThat(operator.get("/t/" + belt + "/").body()).as("without ?preview=").doesNotContain("#aa0000");
        assertThat(admin().get("/admin/api/v1/tenants/" + belt + "/branding").json().get("primaryColor").asString())
                .isEqualTo("#1f4e79");

        String saved = seeOther(operator, operator.postForm(editor(belt), form("#aa0000")), editor(belt));
        assertThat(saved).contains("品牌形象已保存");
        assertThat(admin().get("/admin/api/v1/tenants/" + belt + "/branding").json().get("primaryColor").asString())
                .isEqualTo("#aa0000");
        assertThat(admin().get("/admin/api/v1/tenants/" + belt).json().get("nameEn").asString()).isEqualTo("Twin Belt");
        assertThat(anonymous().get("/t/" + belt + "/").body()).contains("--primary: #aa0000").contains("买全球 卖全球");
    }

    @Test
    void openingTheEditorWritesNoDraftAndTheFrameShowsWhatIsSaved() {
        String belt = twins.b;
        ConsoleSession operator = signedIn(belt, "region_operator");
        String opened = page(operator, editor(belt));
        assertThat(opened).doesNotContain("/branding/discard");
        // Saved after the editor was opened: a draft written by the GET would still show the old colour.
        assertThat(admin().patch("/admin/api/v1/tenants/" + belt + "/branding", "{\"primaryColor\": \"#123456\"}").status())
                .isEqualTo(200);
        try {
            Api.Response frame = operator.get("/t/" + belt + "/?preview=branding");
            assertThat(frame.body()).contains("--primary: #123456");
            assertThat(frame.headers().firstValue("X-Frame-Options").orElse("")).as("the editor frames it").isEqualTo("SAMEORIGIN");
            assertThat(frame.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-store");
            assertThat(anonymous().get("/t/" + belt + "/?preview=branding").headers().firstValue("X-Frame-Options").orElse(""))
                    .as("buyers asking for a preview get an ordinary page").isEqualTo("DENY");

            seeOther(operator, operator.postForm(editor(belt) + "/preview", form("#aa00bb")), editor(belt));
            String reopened = page(operator, editor(belt));
            assertThat(reopened).as("the editor opens on the session's draft").contains("value=\"#aa00bb\"")
                    .contains("/branding/discard");
            String discarded = seeOther(operator, operator.postForm(editor(belt) + "/discard", Map.of()), editor(belt));
            assertThat(discarded).contains("value=\"#123456\"").doesNotContain("value=\"#aa00bb\"").doesNotContain("/branding/discard");
            assertThat(operator.get("/t/" + belt + "/?preview=branding").body()).contains("--primary: #123456")
                    .doesNotContain("#aa00bb");
            refusedWithoutOwnCsrfToken(operator, editor(belt) + "/discard", Map.of());
        } finally {
            admin().patch("/admin/api/v1/tenants/" + belt + "/branding", "{\"primaryColor\": \"#1f4e79\"}");
        }
    }

    @Test
    void aMovedColourPickerCountsOverTheTextBox() {
        ConsoleSession operator = signedIn(twins.a, "region_operator");
        Map<String, String> form = form("#1f4e79");
        form.put("accentColorPicker", "#00aa00");
        seeOther(operator, operator.postForm(editor(twins.a) + "/preview", form), editor(twins.a));
        assertThat(operator.get("/t/" + twins.a + "/?preview=branding").body()).contains("--accent: #00aa00");
    }

    @Test
    void refusedValuesComeBackBesideTheirFieldsAndScriptIsText() {
        ConsoleSession operator = signedIn(twins.a, "region_operator");
        Map<String, String> form = form("red<script>alert(1)</script>");
        form.put("name", "<script>alert('name')</script>");
        form.put("nameEn", "<b>Twin</b>");
        form.put("slogan", "<img src=x onerror=alert(2)>");
        form.put("logoUrl", "javascript:alert(3)");
        String back = seeOther(operator, operator.postForm(editor(twins.a) + "/preview", form), editor(twins.a));
        assertThat(back).contains("class=\"error-summary\"").contains("id=\"primaryColor-error\"").contains("id=\"logoUrl-error\"")
                .contains("value=\"red&lt;script&gt;alert(1)&lt;/script&gt;\"").contains("value=\"javascript:alert(3)\"")
                .contains("value=\"&lt;img src=x onerror=alert(2)&gt;\"")
                .doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>Twin");

        Map<String, String> scripted = form("#1f4e79");
        scripted.put("name", "<script>alert('name')</script>");
        scripted.put("slogan", "<img src=x onerror=alert(2)>");
        scripted.put("footerHtml", "<p onclick=\"alert(4)\">页脚<script>alert(5)</script></p>");
        seeOther(operator, operator.postForm(editor(twins.a), scripted), editor(twins.a));
        String editorPage = page(operator, editor(twins.a));
        assertThat(editorPage).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;");
        String publicHome = anonymous().get("/t/" + twins.a + "/").body();
        assertThat(publicHome).doesNotContain("<script>alert").doesNotContain("onclick").doesNotContain("<img src=x").contains("页脚");
        // Leave belt A's branding as the twins have it for the other tests.
        seeOther(operator, operator.postForm(editor(twins.a), form("#1f4e79")), editor(twins.a));
        assertThat(admin().patch("/admin/api/v1/tenants/" + twins.a, "{\"name\": \"孪生产业带\"}").status()).isEqualTo(200);
    }

    @Test
    void anotherBeltAndTheWrongRoleAreRefused() {
        ConsoleSession operatorOfA = signedIn(twins.a, "region_operator");
        Map<String, String> form = form("#000001");
        assertThat(operatorOfA.get(editor(twins.b)).status()).isEqualTo(403);
        assertThat(operatorOfA.postForm(editor(twins.b) + "/preview", form).status()).isEqualTo(403);
        assertThat(operatorOfA.postForm(editor(twins.b), form).status()).isEqualTo(403);
        assertThat(operatorOfA.get(editor("no-such-belt-x")).status()).isEqualTo(404);
        assertThat(admin().get("/admin/api/v1/tenants/" + twins.b + "/branding").body()).doesNotContain("#000001");

        ConsoleSession editorOfA = signedIn(twins.a, "editor");
        assertThat(editorOfA.get(editor(twins.a)).status()).as("branding needs CONFIGURE").isEqualTo(403);
        String home = page(editorOfA, "/admin/belts/" + twins.a + "/");
        assertThat(home.substring(home.indexOf("class=\"belt-nav\""), home.indexOf("</nav>", home.indexOf("class=\"belt-nav\""))))
                .as("no link in the navigation").doesNotContain(editor(twins.a));
    }

    @Test
    void previewAndSaveRefuseAMissingOrForeignCsrfToken() {
        ConsoleSession operator = signedIn(twins.a, "region_operator");
        refusedWithoutOwnCsrfToken(operator, editor(twins.a) + "/preview", form("#000002"));
        refusedWithoutOwnCsrfToken(operator, editor(twins.a), form("#000002"));
        assertThat(operator.get("/t/" + twins.a + "/?preview=branding").body()).doesNotContain("#000002");
        assertThat(admin().get("/admin/api/v1/tenants/" + twins.a + "/branding").body()).doesNotContain("#000002");
    }
}
