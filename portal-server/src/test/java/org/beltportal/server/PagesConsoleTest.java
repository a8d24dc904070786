package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * News and pages in the console: scheduled publication in the belt's time zone honoured by the public site,
 * a preview of the real article page before saving, sanitised bodies, delete after confirmation; rights,
 * another belt's ids, CSRF and typed text as text.
 */
class PagesConsoleTest extends ConsoleScreenTest {

    /** The twins' time zone (the default). */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static String list(String belt) {
        return "/admin/belts/" + belt + "/pages";
    }

    private static String local(LocalDateTime time) {
        return LOCAL.format(time);
    }

    private static Map<String, String> news(String slug, String title, String publishAt, String unpublishAt) {
        Map<String, String> form = new HashMap<>();
        form.put("title", title);
        form.put("slug", slug);
        form.put("kind", "news");
        form.put("locale", "zh-CN");
        form.put("status", "published");
        form.put("body", "<p>展会将于十二月开幕。</p>");
        form.put("publishAt", publishAt);
        form.put("unpublishAt", unpublishAt);
        return form;
    }

    private static String slug() {
        return "news-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates the page through the editor and answers the editor's path of the new page. */
    private String created(ConsoleSession session, String belt, Map<String, String> form) {
        Api.Response answer = session.postForm(list(belt) + "/new", form);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(303);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*" + list(belt) + "/\\d+$");
        return location.substring(location.indexOf("/admin/"));
    }

    @Test
    void scheduledNewsIsInvisibleBeforeItsPublishTimeAndAfterItsUnpublishTime() {
        ConsoleSession operator = signedIn(twins.a, "editor");
        String belt = twins.a;
        LocalDateTime now = LocalDateTime.now(ZONE).withSecond(0).withNano(0);
        String slug = slug();
        String editor = created(operator, belt, news(slug, "定时资讯", local(now.plusDays(2)), ""));
        String id = editor.substring(editor.lastIndexOf('/') + 1);
        assertThat(admin().get("/admin/api/v1/tenants/" + belt + "/pages/" + id).json().get("publishAt").asString())
                .as("typed in the belt's zone, stored as UTC").isEqualTo(now.plusDays(2).atZone(ZONE).toInstant().toString());
        assertThat(page(operator, editor)).contains("value=\"" + local(now.plusDays(2)) + "\"").contains("已保存 定时资讯");
        assertThat(page(operator, list(belt))).contains("定时资讯").contains("定时发布");
        assertThat(anonymous().get("/t/" + belt + "/news/" + slug).status()).as("before publishAt").isEqualTo(404);
        assertThat(anonymous().get("/t/" + belt + "/news").body()).doesNotContain("定时资讯");

        seeOther(operator, operator.postForm(editor, news(slug, "定时资讯", local(now.minusHours(1)), local(now.plusDays(1)))), editor);
        assertThat(anonymous().get("/t/" + belt + "/news/" + slug).status()).as("inside the window").isEqualTo(200);
        assertThat(page(operator, list(belt))).contains("采购商可见");

        seeOther(operator, operator.postForm(editor, news(slug, "定时资讯", local(now.minusDays(2)), local(now.minusMinutes(1)))), editor);
        assertThat(anonymous().get("/t/" + belt + "/news/" + slug).status()).as("after unpublishAt").isEqualTo(404);
        assertThat(page(operator, list(belt))).contains("已下线");

        Map<String, String> backwards = news(slug, "定时资讯", local(now.plusDays(2)), local(now.plusDays(1)));
        String refused = seeOther(operator, operator.postForm(editor, backwards), editor);
        assertThat(refused).contains("id=\"unpublishAt-error\"").contains("value=\"" + local(now.plusDays(2)) + "\"")
                .contains("value=\"" + local(now.plusDays(1)) + "\"");
        // A browser sends a date-time box empty or well-formed; a forged value is refused and not echoed into it.
        backwards.put("publishAt", "next tuesday");
        String forged = seeOther(operator, operator.postForm(editor, backwards), editor);
        assertThat(forged).contains("id=\"publishAt-error\"").doesNotContain("value=\"next tuesday\"");
        assertThat(anonymous().get("/t/" + belt + "/news/" + slug).status()).as("still after unpublishAt").isEqualTo(404);
    }

    @Test
    void thePreviewShowsTheRealArticlePageToItsEditorOnlyAndStoresNothing() {
        ConsoleSession operator = signedIn(twins.a, "region_operator");
        String belt = twins.a;
        String slug = slug();
        Map<String, String> form = news(slug, "预览资讯", "", "");
        form.put("body", "<p>预览正文</p><script>alert('body')</script>");
        long before = admin().get("/admin/api/v1/tenants/" + belt + "/pages").json().get("total").asLong();
        String editor = seeOther(operator, operator.postForm(list(belt) + "/preview", form), list(belt) + "/new");
        assertThat(editor).contains("src=\"/t/" + belt + "/news/" + slug + "?preview=page\"").contains("sandbox=\"\"")
                .contains("value=\"预览资讯\"");
        Api.Response preview = operator.get("/t/" + belt + "/news/" + slug + "?preview=page");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("预览资讯").contains("<p>预览正文</p>").doesNotContain("alert('body')");
        assertThat(preview.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-store");
        assertThat(anonymous().get("/t/" + belt + "/news/" + slug + "?preview=page").status()).isEqualTo(404);
        assertThat(signedIn(belt, "region_operator").get("/t/" + belt + "/news/" + slug + "?preview=page").status())
                .as("another operator's session").isEqualTo(404);
        assertThat(admin().get("/admin/api/v1/tenants/" + belt + "/pages").json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void bodiesAreSanitisedOnSaveAndScriptInEveryFieldIsText() {
        ConsoleSession operator = signedIn(twins.a, "region_operator");
        String belt = twins.a;
        String slug = slug();
        Map<String, String> form = news(slug, "<script>alert('title')</script>", "", "");
        form.put("body", "<p onclick=\"alert(1)\">正文</p><script>alert(2)</script>");
        String editor = created(operator, belt, form);
        String shown = page(operator, editor);
        assertThat(shown).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;title&#39;)")
                .doesNotContain("onclick").contains("&lt;p&gt;正文&lt;/p&gt;");
        assertThat(page(operator, list(belt))).doesNotContain("<script>alert");
        String article = anonymous().get("/t/" + belt + "/news/" + slug).body();
        assertThat(article).doesNotContain("<script>alert").doesNotContain("onclick").contains("<p>正文</p>");

        Map<String, String> bad = news("<b>Bad Slug</b>", "标题", "", "");
        String refused = seeOther(operator, operator.postForm(list(belt) + "/new", bad), list(belt) + "/new");
        assertThat(refused).contains("id=\"slug-error\"").contains("value=\"&lt;b&gt;Bad Slug&lt;/b&gt;\"").doesNotContain("<b>Bad");
        String taken = seeOther(operator, operator.postForm(list(belt) + "/new", news(slug, "同名", "", "")), list(belt) + "/new");
        assertThat(taken).contains("id=\"slug-error\"").contains("已被占用");
    }

    @Test
    void deletingAsksFirstThenRemovesThePage() {
        ConsoleSession operator = signedIn(twins.a, "editor");
        String belt = twins.a;
        String slug = slug();
        String editor = created(operator, belt, news(slug, "要删除的资讯", "", ""));
        String confirm = page(operator, editor + "/delete");
        assertThat(confirm).contains("要删除的资讯").contains("action=\"" + editor + "/delete\"");
        assertThat(anonymous().get("/t/" + belt + "/news/" + slug).status()).as("asking deletes nothing").isEqualTo(200);
        String listed = seeOther(operator, operator.postForm(editor + "/delete", Map.of()), list(belt));
        assertThat(listed).contains("已删除 要删除的资讯");
        assertThat(anonymous().get("/t/" + belt + "/news/" + slug).status()).isEqualTo(404);
        assertThat(operator.get(editor).status()).isEqualTo(404);
    }

    @Test
    void anotherBeltsSlugAndIdsAreRefused() {
        ConsoleSession operatorOfA = signedIn(twins.a, "region_operator");
        long idOfB = twins.inB.pageId();
        String inA = list(twins.a);
        assertThat(operatorOfA.get(list(twins.b)).status()).isEqualTo(403);
        assertThat(operatorOfA.get(list(twins.b) + "/new").status()).isEqualTo(403);
        assertThat(operatorOfA.postForm(list(twins.b) + "/new", news(slug(), "越界", "", "")).status()).isEqualTo(403);
        assertThat(operatorOfA.get(inA + "/" + idOfB).status()).isEqualTo(404);
        assertThat(operatorOfA.postForm(inA + "/" + idOfB, news("same-news", "改掉别人的", "", "")).status()).isEqualTo(404);
        assertThat(operatorOfA.get(inA + "/" + idOfB + "/delete").status()).isEqualTo(404);
        assertThat(operatorOfA.postForm(inA + "/" + idOfB + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(operatorOfA.postForm(inA + "/preview?id=" + idOfB, news("same-news", "预览别人的", "", "")).status()).isEqualTo(404);
        Api.Response ofB = admin().get("/admin/api/v1/tenants/" + twins.b + "/pages/" + idOfB);
        assertThat(ofB.status()).isEqualTo(200);
        assertThat(ofB.json().get("title").asString()).isEqualTo("同名新闻");
        assertThat(operatorOfA.get(list(twins.a)).body()).doesNotContain("/pages/" + idOfB + "\"");

        ConsoleSession withoutRight = signedIn(twins.a, "campaign_manager");
        assertThat(withoutRight.get(inA).status()).as("pages need CONTENT").isEqualTo(403);
    }

    @Test
    void everyPagesFormRefusesAMissingOrForeignCsrfToken() {
        ConsoleSession operator = signedIn(twins.a, "region_operator");
        String slug = slug();
        String editor = created(operator, twins.a, news(slug, "CSRF 资讯", "", ""));
        refusedWithoutOwnCsrfToken(operator, list(twins.a) + "/new", news(slug(), "伪造", "", ""));
        refusedWithoutOwnCsrfToken(operator, editor, news(slug, "伪造的修改", "", ""));
        refusedWithoutOwnCsrfToken(operator, list(twins.a) + "/preview", news(slug, "伪造的预览", "", ""));
        refusedWithoutOwnCsrfToken(operator, editor + "/delete", Map.of());
        assertThat(anonymous().get("/t/" + twins.a + "/news/" + slug).body()).contains("CSRF 资讯");
        assertThat(operator.get("/t/" + twins.a + "/news/" + slug + "?preview=page").body()).doesNotContain("伪造的预览");
    }
}
