package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beltportal.core.feed.DeadLetters;
import org.beltportal.core.tenant.TenantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search settings screen: synonym sets added, edited and deleted (after a confirmation) as search then
 * uses them, bad sets as field messages, a form shown before someone else's change refused, the belt
 * re-indexed with a progress page, the products the search cluster refused listed above it, and another belt's
 * slug, sets and jobs refused.
 */
class SearchSettingsConsoleTest extends ConsoleScreenTest {

    @Autowired
    DeadLetters deadLetters;
    @Autowired
    TenantService tenants;

    private String settings(String slug) {
        return "/admin/belts/" + slug + "/search";
    }

    private long found(String slug, String query) {
        return anonymous().get("/t/" + slug + "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .json().get("total").asLong();
    }

    @Test
    void anOperatorAddsEditsAndDeletesASynonymSetAndSearchFollows() {
        ConsoleSession operator = operatorOfA();
        String sets = settings(twins.a) + "/synonyms";
        assertThat(found(twins.a, "洋装")).isZero();
        assertThat(seeOther(operator.postForm(sets, Map.of("terms", "洋装\n连衣裙")))).isEqualTo(settings(twins.a));
        String list = valid("settings", operator.get(settings(twins.a)));
        Matcher added = Pattern.compile("洋装 · 连衣裙</span>\\s*<span class=\"actions\"><a href=\"" + sets + "/(\\d+)\"").matcher(list);
        assertThat(added.find()).as(list).isTrue();
        String set = sets + "/" + added.group(1);
        assertThat(list).contains("role=\"status\"").contains(set + "/delete");
        eventually("洋装 to find the 连衣裙", Duration.ofSeconds(10), () -> found(twins.a, "洋装"), total -> total == 1);

        String edit = valid("edit", operator.get(set));
        assertThat(edit).contains(">洋装\n连衣裙</textarea>").contains("name=\"was\" value=\"洋装\n连衣裙\"");
        seeOther(operator.postForm(set, Map.of("terms", "小裙子，连衣裙、礼服", "was", "洋装\n连衣裙")));
        assertThat(operator.get(settings(twins.a)).body()).contains("小裙子 · 连衣裙 · 礼服");
        eventually("洋装 to find nothing again", Duration.ofSeconds(10), () -> found(twins.a, "洋装"), total -> total == 0);

        String confirm = valid("confirm delete", operator.get(set + "/delete"));
        assertThat(confirm).contains("小裙子 · 连衣裙 · 礼服").contains("method=\"post\"");
        seeOther(operator.postForm(set + "/delete", Map.of("was", "小裙子\n连衣裙\n礼服")));
        assertThat(valid("after delete", operator.get(settings(twins.a)))).contains("role=\"status\"").doesNotContain("礼服");
    }

    @Test
    void badSetsAreFieldMessagesAndScriptIsShownAsText() {
        ConsoleSession operator = operatorOfA();
        String set = settings(twins.b) + "/synonyms";
        ConsoleSession admin = ConsoleSession.login(port, ADMIN, ADMIN_PASSWORD);
        Api.Response lonely = admin.postForm(set, Map.of("terms", "孤单"));
        assertThat(lonely.status()).isEqualTo(422);
        assertThat(valid("one term", lonely)).contains("class=\"error-summary\"").contains("id=\"terms-error\"")
                .contains("2 to 20 different terms").contains(">孤单</textarea>");

        seeOther(admin.postForm(set, Map.of("terms", SCRIPT + "\n另一个")));
        String shown = valid("script set", admin.get(settings(twins.b)));
        assertThat(shown).doesNotContain("<script>alert").contains(SCRIPT_SHOWN);
        assertThat(valid("script edit", admin.get(set + "/1"))).doesNotContain("<script>alert").contains(SCRIPT_SHOWN);

        Api.Response stale = admin.postForm(set + "/1", Map.of("terms", "改了\n又改", "was", "不是这组"));
        assertThat(seeOther(stale)).isEqualTo(settings(twins.b));
        assertThat(valid("stale", admin.get(settings(twins.b)))).contains("role=\"alert\"").contains("另一个").doesNotContain("又改");
        assertThat(operator.get(settings(twins.b)).status()).as("B is not A's").isEqualTo(403);
    }

    @Test
    void anotherBeltsSlugSetsAndJobsAreRefusedAndEveryPostNeedsItsOwnCsrfToken() {
        ConsoleSession operator = operatorOfA();
        ConsoleSession stranger = operatorOfA();
        ConsoleSession admin = ConsoleSession.login(port, ADMIN, ADMIN_PASSWORD);
        String jobOfB = seeOther(admin.postForm(settings(twins.b) + "/reindex", Map.of()));
        String jobId = jobOfB.substring(jobOfB.lastIndexOf('/') + 1);

        assertThat(operator.postForm(settings(twins.b) + "/synonyms", Map.of("terms", "甲\n乙")).status()).isEqualTo(403);
        assertThat(operator.postForm(settings(twins.b) + "/reindex", Map.of()).status()).isEqualTo(403);
        assertThat(operator.get(jobOfB).status()).isEqualTo(403);
        Api.Response underA = operator.get(settings(twins.a) + "/reindex/" + jobId);
        assertThat(underA.status()).isEqualTo(404);
        valid("B's job under A", underA);
        assertThat(operator.get(settings(twins.a) + "/synonyms/99").status()).isEqualTo(404);
        assertThat(operator.get(settings(twins.a) + "/synonyms/99/delete").status()).isEqualTo(404);
        assertThat(seeOther(operator.postForm(settings(twins.a) + "/synonyms/99", Map.of("terms", "甲\n乙", "was", ""))))
                .isEqualTo(settings(twins.a));

        seeOther(operator.postForm(settings(twins.a) + "/synonyms", Map.of("terms", "留下\n保留")));
        Map<String, Map<String, String>> posts = Map.of(
                settings(twins.a) + "/synonyms", Map.of("terms", "伪造\n假的"),
                settings(twins.a) + "/synonyms/1", Map.of("terms", "伪造\n假的", "was", "留下\n保留"),
                settings(twins.a) + "/synonyms/1/delete", Map.of("was", "留下\n保留"),
                settings(twins.a) + "/reindex", Map.of());
        posts.forEach((path, fields) -> {
            assertThat(operator.postForm(path, fields, null).status()).as("no token: " + path).isEqualTo(403);
            assertThat(operator.postForm(path, fields, stranger.csrfToken()).status()).as("foreign token: " + path).isEqualTo(403);
        });
        assertThat(operator.get(settings(twins.a)).body()).contains("留下 · 保留").doesNotContain("伪造");

        ConsoleSession campaigns = personOfA("campaign_manager");
        assertThat(valid("read only", campaigns.get(settings(twins.a)))).contains("留下 · 保留")
                .doesNotContain("<textarea").doesNotContain("/reindex\"");
        assertThat(campaigns.postForm(settings(twins.a) + "/synonyms", Map.of("terms", "甲\n乙")).status()).isEqualTo(403);
    }

    @Test
    void reindexingTheBeltShowsItsProgressUntilItIsDone() {
        ConsoleSession operator = operatorOfA();
        String job = seeOther(operator.postForm(settings(twins.a) + "/reindex", Map.of()));
        assertThat(job).matches(settings(twins.a) + "/reindex/\\d+");
        assertThat(valid("reindex started", operator.get(job))).contains("<progress").contains("role=\"status\"");
        Api.Response done = eventually("the re-indexing to end", Duration.ofSeconds(60), () -> operator.get(job),
                page -> !page.body().contains("data-hx-trigger"));
        assertThat(valid("reindex done", done)).contains("已完成").contains("已重新索引 1 个商品");
        assertThat(found(twins.a, "同款女童连衣裙")).isEqualTo(1);
        assertThat(operator.get(settings(twins.a)).body()).contains("href=\"" + job + "\"");
    }

    /** The cluster's reason is its text, which may quote the product's own (operator-typed) values: shown escaped. */
    @Test
    void productsTheSearchClusterRefusedAreListedForTheirBeltOnlyWithTheReasonAsText() {
        ConsoleSession operator = operatorOfA();
        assertThat(operator.get(settings(twins.a)).body()).doesNotContain("id=\"refused\"");
        deadLetters.record(tenants.requireBySlug(twins.a).id(), twins.inA.productId(),
                "mapper_parsing_exception: failed to parse field [title_en]. Preview of field's value: '" + SCRIPT + "'");

        String page = valid("refused listed", operator.get(settings(twins.a)));
        assertThat(page).contains("id=\"refused\"").contains("搜索集群拒收的产品（1）").contains("mapper_parsing_exception")
                .contains("href=\"/admin/belts/" + twins.a + "/products/" + twins.inA.productId() + "\"")
                .doesNotContain("<script>alert").contains(SCRIPT_SHOWN);
        ConsoleSession operatorOfB = signedIn(twins.b, "region_operator");
        assertThat(operatorOfB.get(settings(twins.b)).body()).doesNotContain("id=\"refused\"");
    }
}
