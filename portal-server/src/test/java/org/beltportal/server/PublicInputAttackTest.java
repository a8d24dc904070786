package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Public input as an attacker sends it, to the real server, Tomcat's decoding included: numbers with huge
 * exponents or too many digits, forged cursors, malformed UTF-8, oversized text, repeated parameters. Each
 * is a quick 400 naming the parameter (JSON on API paths), and none leaves a stack trace in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicInputAttackTest extends PortalServerTest {

    /** Generous: these answered in 26 s to 6 minutes before; a right answer takes milliseconds. */
    static final Duration QUICK = Duration.ofSeconds(5);

    /** One belt with one product for the whole suite: the attacks do not change it. */
    static TwinBelts twins;

    record Attack(String field, String query) {
    }

    @BeforeEach
    void belt() {
        if (twins == null) {
            twins = new TwinBelts(admin());
            // Searchable within the index's refresh interval; the cursor test needs the product found.
            eventually("the belt's product to be searchable", Duration.ofSeconds(10),
                    () -> anonymous().get("/t/" + twins.a + "/api/v1/search").json().get("total").asLong(), total -> total > 0);
        }
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static final List<Attack> SEARCH_ATTACKS = List.of(
            new Attack("priceMin", "priceMin=1e999999999"),
            new Attack("priceMin", "priceMin=1E-999999999"),
            new Attack("priceMin", "priceMin=99999999999999999999999"),
            new Attack("priceMin", "priceMin=1&priceMin=2"),
            new Attack("priceMax", "priceMax=-1e999999999"),
            new Attack("priceMax", "priceMax=1000000000"),
            new Attack("moqMax", "moqMax=1e99"),
            new Attack("moqMax", "moqMax=2.5"),
            new Attack("size", "size=99999999999999999999"),
            new Attack("size", "size=1e3"),
            new Attack("verified", "verified=maybe"),
            new Attack("rating", "rating=%E2%91%A3A"),
            new Attack("cursor", "cursor=garbage!"),
            new Attack("cursor", "cursor=" + base64("c1|RELEVANCE|f1|l2|l3")),
            new Attack("cursor", "cursor=" + base64("c1|PRICE_ASC|f1|l2")),
            new Attack("cursor", "sort=newest&cursor=" + base64("c1|NEWEST|l5|l-1")),
            new Attack("cursor", "sort=moq&cursor=" + base64("c1|MOQ|l99999999999999999999|l1")),
            new Attack("q", "q=%ff%fe"),
            new Attack("q", "q=%ed%a0%80"),
            new Attack("q", "q=%c0%af"),
            new Attack("q", "q=%e4%b8"),
            new Attack("q", "q=" + "a".repeat(1_001)));

    @Test
    void everyAttackOnTheSearchApiIsAQuick400NamingTheParameter(CapturedOutput log) {
        for (Attack attack : SEARCH_ATTACKS) {
            assertBadParameter(anonymous(), "/t/" + twins.a + "/api/v1/search?" + attack.query(), attack.field());
        }
        assertThat(log.getAll()).doesNotContain("\tat ").doesNotContain(" ERROR ");
    }

    @Test
    void nationalSearchAndSuggestRefuseTheSameWay(CapturedOutput log) {
        Api platform = anonymous().onHost("localhost");
        assertBadParameter(platform, "/api/v1/national/search?priceMin=1e999999999", "priceMin");
        assertBadParameter(platform, "/api/v1/national/search?q=%ff%fe", "q");
        assertBadParameter(anonymous(), "/t/" + twins.a + "/api/v1/suggest?q=%ed%a0%80", "q");
        assertBadParameter(anonymous(), "/t/" + twins.a + "/api/v1/suggest?q=wazi&size=1e999999999", "size");
        assertThat(log.getAll()).doesNotContain("\tat ").doesNotContain(" ERROR ");
    }

    @Test
    void aCursorOfAnotherSortIs400() {
        Api.Response first = anonymous().get("/t/" + twins.a + "/api/v1/search?sort=price_asc&size=1");
        String cursor = first.json().get("nextCursor").asString();
        assertBadParameter(anonymous(), "/t/" + twins.a + "/api/v1/search?sort=newest&size=1&cursor=" + cursor, "cursor");
    }

    @Test
    void manyHugeExponentsAtOnceAreAllQuick400s() {
        List<CompletableFuture<Api.Response>> requests = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(
                () -> anonymous().get("/t/" + twins.a + "/api/v1/search?priceMin=1e999999999&priceMax=9e99999999" + i))).toList();
        long start = System.nanoTime();
        for (CompletableFuture<Api.Response> request : requests) {
            assertThat(request.join().status()).isEqualTo(400);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICK);
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void theSearchPageAnswersAttacksWithA400Page(CapturedOutput log) {
        String page = "/t/" + twins.a + "/search?";
        Api.Response huge = timed(anonymous(), page + "priceMin=1e999999999");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.body()).contains("priceMin");
        assertThat(timed(anonymous(), page + "verified=maybe").status()).isEqualTo(400);
        assertThat(timed(anonymous(), page + "q=%ff%fe").status()).isEqualTo(400);
        assertThat(timed(anonymous(), page + "q=%ed%a0%80").status()).isEqualTo(400);
        assertThat(timed(anonymous(), "/t/" + twins.a + "/?lang=%c0%af").status()).isEqualTo(400);
        assertThat(timed(anonymous(), "/t/" + twins.a + "/products/" + twins.inA.productId() + "?x=%ff").status()).isEqualTo(400);
        assertThat(log.getAll()).doesNotContain("\tat ").doesNotContain(" ERROR ");
    }

    @Test
    void moreParametersThanTheContainerTakesIs400() {
        String many = String.join("&", IntStream.range(0, 1_100).mapToObj(i -> "p" + i + "=1").toList());
        Api.Response response = timed(anonymous(), "/t/" + twins.a + "/api/v1/search?" + many);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).isEqualTo("bad_request");
    }

    @Test
    void adminParametersOfTheWrongTypeAre400NamingThem(CapturedOutput log) {
        Api admin = admin();
        String products = "/admin/api/v1/tenants/" + twins.a + "/products";
        assertBadParameter(admin, products + "?page=1e99", "page");
        assertBadParameter(admin, products + "?size=99999999999999999999", "size");
        assertBadParameter(admin, products + "?supplierId=abc", "supplierId");
        assertBadParameter(admin, products + "/12abc", "id");
        assertBadParameter(admin, "/admin/api/v1/jobs/1e9", "id");
        assertBadParameter(admin, "/admin/api/v1/audit?before=-", "before");
        assertBadParameter(admin, products + "?q=%ff", "q");
        assertThat(log.getAll()).doesNotContain("\tat ").doesNotContain(" ERROR ");
    }

    private static Api.Response timed(Api api, String path) {
        long start = System.nanoTime();
        Api.Response response = api.get(path);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(path).isLessThan(QUICK);
        return response;
    }

    private static void assertBadParameter(Api api, String path, String field) {
        Api.Response response = timed(api, path);
        String shown = path.length() > 120 ? path.substring(0, 120) + "..." : path;
        assertThat(response.status()).as(shown + " " + response).isEqualTo(400);
        assertThat(response.json().get("error").asString()).as(shown).isEqualTo("bad_request");
        assertThat(response.json().get("details").get(0).get("field").asString()).as(shown).isEqualTo(field);
    }
}
