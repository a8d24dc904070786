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
 * The console's inquiry inbox over real HTTP: filters, keyset pages, the detail with notes and deliveries, status
 * and notes as forms; another belt's slug and inquiry ids refused in every URL and form, CSRF, what buyers and
 * operators typed shown as text, every page valid HTML.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxConsoleTest extends PortalServerTest {

    private static final String PASSWORD = "a-long-password";

    private final ValidPages pages = new ValidPages();
    private TwinBelts twins;
    private long inA;
    private long inB;

    @BeforeEach
    void twinsWithAnInquiryEach() {
        if (twins == null) {
            twins = new TwinBelts(admin());
            inA = inquiry(twins.inA, "<script>alert('buyer')</script>", "第一行\n第二行 <b>粗</b>");
            inB = inquiry(twins.inB, "乙带买家", "另一个带的询盘");
        }
    }

    @AfterAll
    void everyPageSeenWasValidHtml() {
        pages.assertAllValid();
    }

    private long inquiry(TwinBelts.Belt belt, String name, String message) {
        Api.Response sent = anonymous().onHost(belt.host()).post("/api/v1/inquiries", Map.of("productId", belt.productId(),
                "quantity", 500, "name", name, "phone", "13800000000", "message", message));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        return TwinBelts.created(sent);
    }

    private ConsoleSession userOfA(String role) {
        String username = "inbox-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("tenant", twins.a, "role", role)))).status()).isEqualTo(201);
        return ConsoleSession.login(port, username, PASSWORD);
    }

    private String inbox(String belt) {
        return "/admin/belts/" + belt + "/inquiries";
    }

    private String statusOf(long id, String belt) {
        return admin().get("/admin/api/v1/tenants/" + belt + "/inquiries/" + id).body();
    }

    @Test
    void theInboxListsFiltersAndPagesTheBeltsOwnInquiriesWithWhatBuyersTypedAsText() {
        long second = inquiry(twins.inA, "钱经理", "第二条询盘");
        ConsoleSession operator = userOfA("region_operator");
        String list = pages.valid("inbox", operator.get(inbox(twins.a)));
        assertThat(list).contains("&lt;script&gt;alert(").doesNotContain("<script>alert").contains("钱经理")
                .contains(inbox(twins.a) + "/" + inA).doesNotContain("乙带买家")
                .contains("/admin/api/v1/tenants/" + twins.a + "/inquiries/export.csv");
        assertThat(list.indexOf("钱经理")).as("newest first").isLessThan(list.indexOf("&lt;script&gt;"));

        String older = pages.valid("inbox page below", operator.get(inbox(twins.a) + "?before=" + second));
        assertThat(older).doesNotContain("钱经理").contains("&lt;script&gt;alert(").contains("回到最新");
        assertThat(pages.valid("inbox text", operator.get(inbox(twins.a) + "?q=%E9%92%B1"))).contains("钱经理")
                .doesNotContain("&lt;script&gt;alert(");
        assertThat(operator.get(inbox(twins.a) + "?status=handled").body()).contains("没有符合条件的询盘");
        assertThat(operator.get(inbox(twins.a) + "?q=%25").status()).as("a typed wildcard is text").isEqualTo(200);

        Api.Response wrong = operator.get(inbox(twins.a) + "?from=yesterday&productId=abc&lang=en");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(pages.valid("inbox with bad filters", wrong)).contains("href=\"#from\"").contains("href=\"#productId\"")
                .contains("value=\"yesterday\"").contains("value=\"abc\"").contains("aria-invalid=\"true\"")
                .doesNotContain("钱经理");

        Api.Response csv = operator.get("/admin/api/v1/tenants/" + twins.a + "/inquiries/export.csv?q=%E9%92%B1");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("钱经理").doesNotContain("buyer");
        assertThat(pages.valid("home", operator.get("/admin/belts/" + twins.a + "/"))).contains(inbox(twins.a) + "/" + second + "\"");
    }

    @Test
    void anOperatorMarksAnInquiryHandledWithANoteAndSeesItsDeliveries() {
        long id = inquiry(twins.inA, "孙经理", "请寄样品");
        ConsoleSession operator = userOfA("region_operator");
        String detail = pages.valid("detail", operator.get(inbox(twins.a) + "/" + id));
        assertThat(detail).contains("孙经理").contains("请寄样品").contains("通知发送情况").contains("新询盘");

        Api.Response marked = operator.postForm(inbox(twins.a) + "/" + id + "/status", Map.of("status", "handled"));
        assertThat(marked.status()).isEqualTo(303);
        assertThat(marked.headers().firstValue("Location").orElseThrow()).endsWith(inbox(twins.a) + "/" + id);
        assertThat(pages.valid("detail after status", operator.get(inbox(twins.a) + "/" + id))).contains("role=\"status\"")
                .contains("已标为已处理");
        assertThat(statusOf(id, twins.a)).contains("\"status\":\"handled\"");

        String note = "<img src=x onerror=alert(1)>\n已电话联系";
        assertThat(operator.postForm(inbox(twins.a) + "/" + id + "/notes", Map.of("body", note)).status()).isEqualTo(303);
        String noted = pages.valid("detail with note", operator.get(inbox(twins.a) + "/" + id));
        assertThat(noted).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x").contains("已电话联系");

        String tooLong = "长".repeat(2001);
        assertThat(operator.postForm(inbox(twins.a) + "/" + id + "/notes", Map.of("body", tooLong)).status()).isEqualTo(303);
        String refused = pages.valid("detail with note error", operator.get(inbox(twins.a) + "/" + id));
        assertThat(refused).contains("href=\"#body\"").contains("aria-invalid=\"true\"").contains(tooLong);
        assertThat(operator.postForm(inbox(twins.a) + "/" + id + "/status", Map.of("status", "closed")).status()).isEqualTo(303);
        assertThat(operator.get(inbox(twins.a) + "/" + id).body()).contains("role=\"alert\"");
    }

    @Test
    void anotherBeltsSlugAndInquiryIdsAreRefusedInEveryUrlAndForm() {
        ConsoleSession operator = userOfA("region_operator");
        assertThat(operator.get(inbox(twins.b)).status()).isEqualTo(403);
        assertThat(operator.get(inbox(twins.b) + "/" + inB).status()).isEqualTo(403);
        Api.Response foreign = operator.get(inbox(twins.a) + "/" + inB);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(pages.valid("foreign inquiry", foreign)).doesNotContain("乙带买家");
        assertThat(operator.postForm(inbox(twins.a) + "/" + inB + "/status", Map.of("status", "spam")).status()).isEqualTo(404);
        assertThat(operator.postForm(inbox(twins.a) + "/" + inB + "/notes", Map.of("body", "越界")).status()).isEqualTo(404);
        assertThat(operator.postForm(inbox(twins.b) + "/" + inB + "/status", Map.of("status", "spam")).status()).isEqualTo(403);
        assertThat(operator.postForm(inbox(twins.b) + "/" + inB + "/notes", Map.of("body", "越界")).status()).isEqualTo(403);
        assertThat(statusOf(inB, twins.b)).contains("\"status\":\"new\"").doesNotContain("越界");
        assertThat(admin().get("/admin/api/v1/tenants/" + twins.b + "/inquiries/" + inB).body()).contains("\"notes\":[]");
    }

    @Test
    void formsRefuseMissingAndForeignCsrfTokensAndCampaignManagersMayOnlyRead() {
        ConsoleSession operator = userOfA("region_operator");
        ConsoleSession stranger = userOfA("region_operator");
        for (String form : List.of("/status", "/notes")) {
            Map<String, String> fields = form.equals("/status") ? Map.of("status", "spam") : Map.of("body", "伪造");
            assertThat(operator.postForm(inbox(twins.a) + "/" + inA + form, fields, null).status()).isEqualTo(403);
            assertThat(operator.postForm(inbox(twins.a) + "/" + inA + form, fields, stranger.csrfToken()).status()).isEqualTo(403);
        }
        ConsoleSession campaigns = userOfA("campaign_manager");
        assertThat(pages.valid("inbox for a campaign manager", campaigns.get(inbox(twins.a)))).contains("&lt;script&gt;alert(");
        assertThat(campaigns.postForm(inbox(twins.a) + "/" + inA + "/status", Map.of("status", "spam")).status()).isEqualTo(403);
        assertThat(statusOf(inA, twins.a)).contains("\"status\":\"new\"").doesNotContain("伪造");
    }
}
