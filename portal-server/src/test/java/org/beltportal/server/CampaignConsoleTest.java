package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The campaign screens over real HTTP: the calendar, the editor (goods picked by search without JavaScript,
 * problems beside the fields, a taken placement linked), the review queue (nobody decides their own submission)
 * and the author's outcome on the belt home; another belt's slug and ids refused, CSRF required, script shown
 * as text, every page valid HTML.
 */
class CampaignConsoleTest extends ConsoleScreenTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    private ConsoleSession as(String role, String... belts) {
        String username = "cc-" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, String>> grants = Arrays.stream(belts).map(b -> Map.of("tenant", b, "role", role)).toList();
        Api.Response created = admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD, "grants", grants));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ConsoleSession.login(port, username, PASSWORD);
    }

    private String campaigns(String belt) {
        return "/admin/belts/" + belt + "/campaigns/";
    }

    /** A complete editor form for a festival in March 2027 with the given placement slot, as the save button sends it. */
    private static Form festival(String slug, String name, String slot) {
        return new Form().add("slug", slug).add("name", name).add("kind", "festival").add("timezone", "Asia/Shanghai")
                .add("warmupStart", "2027-03-05T09:00").add("liveStart", "2027-03-12T09:00").add("end", "2027-03-15T09:00")
                .add("bannerText", "源头工厂 " + slug).add("bannerImages", "").add("placementSlot", slot).add("placementPage", "home")
                .add("placementSlot", "").add("placementPage", "").add("version", "");
    }

    private long saved(ConsoleSession session, String belt, Form form) {
        Api.Response saved = session.postFields(campaigns(belt) + "new", form.add("action", "save").fields, session.csrfToken());
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(campaigns(belt));
        return Long.parseLong(location.substring(campaigns(belt).length()));
    }

    @Test
    void aManagerCreatesARecurringFestivalFromTheCalendarWithProductsPickedBySearch() {
        ConsoleSession manager = as("campaign_manager", twins.a);
        String calendar = valid("calendar", manager.get(campaigns(twins.a) + "?month=2027-03"));
        assertThat(calendar).contains("<table class=\"calendar\"").contains("<th scope=\"col\">")
                .contains("href=\"" + campaigns(twins.a) + "new?date=2027-03-05\"");
        String form = valid("new on a date", manager.get(campaigns(twins.a) + "new?date=2027-03-05"));
        assertThat(form).contains("value=\"2027-03-05T09:00\"").contains("type=\"datetime-local\"").contains("<datalist id=\"media-images\">");

        Form typed = festival("spring-" + twins.a, "春季童装节", "hero");
        String found = valid("product search", manager.postFields(campaigns(twins.a) + "new",
                typed.copy().add("productQuery", "同款").add("action", "searchProduct").fields, manager.csrfToken()));
        assertThat(found).as("the search re-renders the form with what was typed").contains("value=\"春季童装节\"")
                .contains("name=\"addProduct\" value=\"" + twins.inA.productId() + "\"")
                .doesNotContain("name=\"addProduct\" value=\"" + twins.inB.productId() + "\"");
        String added = valid("product added", manager.postFields(campaigns(twins.a) + "new",
                typed.copy().add("addProduct", String.valueOf(twins.inA.productId())).fields, manager.csrfToken()));
        assertThat(added).contains("name=\"featuredProductIds\" value=\"" + twins.inA.productId() + "\"").contains("同款女童连衣裙");

        long id = saved(manager, twins.a, typed.add("featuredProductIds", String.valueOf(twins.inA.productId()))
                .add("recurrenceMonths", "3").add("recurrenceMonths", "9").add("recurrenceMonths", "12"));
        String editor = valid("saved", manager.get(campaigns(twins.a) + id));
        assertThat(editor).contains("role=\"status\"").contains("checked").contains("提交审核");
        Api.Response stored = admin().get("/admin/api/v1/tenants/" + twins.a + "/campaigns/" + id);
        assertThat(stored.body()).contains("\"months\":[3,9,12]").contains("\"featuredProductIds\":[" + twins.inA.productId() + "]");

        assertThat(valid("calendar with it", manager.get(campaigns(twins.a) + "?month=2027-09"))).contains("春季童装节").contains("未开始");
        assertThat(valid("year view", manager.get(campaigns(twins.a) + "?year=2027"))).contains("春季童装节").contains("2027 年 12 月");
        assertThat(valid("year in English", manager.get(campaigns(twins.a) + "?year=2027&lang=en"))).contains("Scheduled");
    }

    @Test
    void problemsShowBesideTheFieldsWithWhatWasTypedAndScriptAsText() {
        ConsoleSession manager = as("campaign_manager", twins.a);
        Form typed = new Form().add("slug", "Bad Slug!").add("name", SCRIPT).add("kind", "festival").add("timezone", "Asia/Shanghai")
                .add("warmupStart", "not-a-time").add("liveStart", "2027-03-12T09:00").add("end", "2027-03-01T09:00")
                .add("bannerText", SCRIPT).add("bannerImages", "javascript:alert(1)").add("placementSlot", "hero").add("placementPage", "home")
                .add("action", "save");
        Api.Response refused = manager.postFields(campaigns(twins.a) + "new", typed.fields, manager.csrfToken());
        assertThat(refused.status()).isEqualTo(422);
        String page = valid("problems", refused);
        assertThat(page).contains("class=\"error-summary\"").contains("href=\"#slug\"").contains("href=\"#warmupStart\"")
                .contains("href=\"#bannerImages\"").contains("value=\"Bad Slug!\"").contains("value=\"not-a-time\"")
                .contains("应为日期和时间，如 2027-03-01T09:00").contains("aria-invalid=\"true\"")
                .doesNotContain(SCRIPT).contains("&lt;script&gt;alert(");
        assertThat(admin().get("/admin/api/v1/tenants/" + twins.a + "/campaigns?size=200").body()).doesNotContain("Bad Slug!");
    }

    @Test
    void anotherBeltsSlugAndIdsAreRefusedEverywhere() {
        long inB = created(twins.b, "other-" + twins.b, "banner-b");
        ConsoleSession operator = as("region_operator", twins.a);
        assertThat(operator.get(campaigns(twins.b)).status()).isEqualTo(403);
        assertThat(operator.get(campaigns(twins.b) + "review").status()).isEqualTo(403);
        assertThat(operator.get(campaigns(twins.a) + "?with=" + twins.b).status()).as("side by side with a foreign belt").isEqualTo(403);
        assertThat(operator.get(campaigns(twins.a) + "?with=no-such-belt-x").status()).isEqualTo(404);
        assertThat(operator.get(campaigns(twins.a) + inB).status()).isEqualTo(404);
        Form save = festival("steal-" + twins.a, "偷改", "steal").add("action", "save");
        assertThat(operator.postFields(campaigns(twins.a) + inB, save.fields, operator.csrfToken()).status()).isEqualTo(404);
        for (String step : List.of("submit", "approve", "reject")) {
            assertThat(operator.postForm(campaigns(twins.a) + inB + "/" + step, Map.of("reason", "x"), operator.csrfToken()).status())
                    .as(step).isEqualTo(404);
            assertThat(operator.postForm(campaigns(twins.b) + inB + "/" + step, Map.of("reason", "x"), operator.csrfToken()).status())
                    .as(step).isEqualTo(403);
        }
        Api.Response foreignGoods = operator.postFields(campaigns(twins.a) + "new", festival("goods-" + twins.a, "外带商品", "goods")
                .add("featuredProductIds", String.valueOf(twins.inB.productId()))
                .add("featuredSupplierIds", String.valueOf(twins.inB.supplierId())).add("action", "save").fields, operator.csrfToken());
        assertThat(foreignGoods.status()).isEqualTo(422);
        assertThat(valid("foreign goods", foreignGoods)).contains("不是本产业带的商品").contains("不是本产业带的供应商")
                .doesNotContain("同款女童连衣裙");
        assertThat(admin().get("/admin/api/v1/tenants/" + twins.b + "/campaigns/" + inB).body()).doesNotContain("偷改");
    }

    @Test
    void everyCampaignPostRefusesAMissingOrForeignCsrfToken() {
        ConsoleSession operator = as("region_operator", twins.a);
        ConsoleSession stranger = as("region_operator", twins.a);
        long id = created(twins.a, "csrf-" + twins.a, "csrf");
        for (String path : List.of("new", id + "", id + "/submit", id + "/approve", id + "/reject")) {
            List<Map.Entry<String, String>> fields = festival("csrf2-" + twins.a, "伪造", "csrf2").add("action", "save").add("reason", "x").fields;
            assertThat(operator.postFields(campaigns(twins.a) + path, fields, null).status()).as("no token: " + path).isEqualTo(403);
            assertThat(operator.postFields(campaigns(twins.a) + path, fields, stranger.csrfToken()).status()).as("foreign: " + path).isEqualTo(403);
        }
        assertThat(admin().get("/admin/api/v1/tenants/" + twins.a + "/campaigns/" + id).body()).contains("\"status\":\"draft\"");
    }

    @Test
    void aTakenPlacementLinksToTheClashingCampaign() {
        long holder = created(twins.a, "holder-" + twins.a, "clash");
        Api admin = admin();
        assertThat(admin.post("/admin/api/v1/tenants/" + twins.a + "/campaigns/" + holder + "/submit", Map.of()).status()).isEqualTo(200);
        ConsoleSession manager = as("campaign_manager", twins.a);
        Api.Response clash = manager.postFields(campaigns(twins.a) + "new", festival("clash-" + twins.a, "撞期", "clash").add("action", "save").fields,
                manager.csrfToken());
        assertThat(clash.status()).isEqualTo(409);
        assertThat(valid("clash", clash)).contains("role=\"alert\"").contains("href=\"" + campaigns(twins.a) + holder + "\"")
                .contains("value=\"撞期\"");
    }

    @Test
    void nobodyApprovesTheirOwnSubmissionAndTheAuthorSeesTheOutcome() {
        ConsoleSession author = as("region_operator", twins.a);
        ConsoleSession reviewer = as("region_operator", twins.a);
        long approved = saved(author, twins.a, festival("own-" + twins.a, "自己的节 " + SCRIPT, "own"));
        long rejected = saved(author, twins.a, festival("nope-" + twins.a, "被驳回的节", "nope"));
        for (long id : List.of(approved, rejected)) {
            assertThat(author.postForm(campaigns(twins.a) + id + "/submit", Map.of()).status()).isEqualTo(303);
        }
        String own = valid("own queue", author.get(campaigns(twins.a) + "review"));
        assertThat(own).contains("这个活动是您提交的").doesNotContain(approved + "/approve").doesNotContain(SCRIPT);
        Api.Response forged = author.postForm(campaigns(twins.a) + approved + "/approve", Map.of());
        assertThat(forged.status()).as("the API's rule holds").isEqualTo(403);

        String queue = valid("reviewer queue", reviewer.get(campaigns(twins.a) + "review"));
        assertThat(queue).contains("action=\"" + campaigns(twins.a) + approved + "/approve\"").contains("&lt;script&gt;");
        assertThat(reviewer.postForm(campaigns(twins.a) + approved + "/approve", Map.of()).status()).isEqualTo(303);
        Api.Response noReason = reviewer.postForm(campaigns(twins.a) + rejected + "/reject", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(valid("reject without reason", noReason)).contains("id=\"reason-" + rejected + "-error\"").contains("必填，最多");
        assertThat(reviewer.postForm(campaigns(twins.a) + rejected + "/reject", Map.of("reason", "横幅 " + SCRIPT)).status()).isEqualTo(303);
        assertThat(valid("queue after", reviewer.get(campaigns(twins.a) + "review"))).contains("role=\"status\"");

        String home = valid("author home", author.get("/admin/belts/" + twins.a + "/"));
        assertThat(home).contains("您提交的活动的审核结果").contains("已批准").contains("已驳回").contains("横幅 &lt;script&gt;")
                .doesNotContain(SCRIPT).contains("href=\"" + campaigns(twins.a) + rejected + "\"");
    }

    @Test
    void theBeltHomeLinksCampaignsInReviewToTheQueueAndSeveralBeltsShowSideBySide() {
        long id = created(twins.a, "queued-" + twins.a, "queued");
        assertThat(admin().post("/admin/api/v1/tenants/" + twins.a + "/campaigns/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        long beside = created(twins.b, "beside-" + twins.b, "beside");
        ConsoleSession both = as("region_operator", twins.a, twins.b);
        assertThat(valid("home", both.get("/admin/belts/" + twins.a + "/"))).contains("href=\"" + campaigns(twins.a) + "review#c" + id + "\"");
        String sideBySide = valid("side by side", both.get(campaigns(twins.a) + "?month=2027-03&with=" + twins.b));
        assertThat(sideBySide).contains("queued-" + twins.a).contains("beside-" + twins.b)
                .contains("name=\"with\" value=\"" + twins.b + "\" checked").contains("href=\"" + campaigns(twins.b) + beside + "\"");
    }

    /** A draft in March 2027 created through the API by the platform admin. */
    private long created(String belt, String slug, String slot) {
        Map<String, Object> body = CampaignApiTest.campaign(slug, LocalDateTime.parse("2027-03-05T09:00"),
                LocalDateTime.parse("2027-03-12T09:00"), LocalDateTime.parse("2027-03-15T09:00"), null, slot);
        Api.Response created = admin().post("/admin/api/v1/tenants/" + belt + "/campaigns", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    /** Form fields in order, names repeating as checkboxes and lists send them. */
    static final class Form {
        final List<Map.Entry<String, String>> fields = new ArrayList<>();

        Form add(String name, String value) {
            fields.add(Map.entry(name, value));
            return this;
        }

        Form copy() {
            Form copy = new Form();
            copy.fields.addAll(fields);
            return copy;
        }
    }
}
