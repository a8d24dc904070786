package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.user.internal.PreviewTicketMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Preview in time on a belt's own host (decision 0041): the console's preview post issues a single-use ticket,
 * the belt's host exchanges it for a pass cookie of its own, and the portal honours {@code ?at=} with that pass.
 * Every way around it is tried: forged, expired, reused, another belt's host, a user whose right went away, a
 * user without the right, a pass shown to another belt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewHandoffTest extends PortalServerTest {

    private static final String PASSWORD = "a-long-password";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern TICKET = Pattern.compile("/admin/preview\\?ticket=([^&]+)&page=(.+)$");
    private static final Pattern PASS = Pattern.compile("portal_preview=([^;]+)");
    /** During the approved campaign's warm-up, in the belt's zone. */
    private static final String IN_WARMUP = "2027-03-06T10:00";

    @Autowired
    PreviewTicketMapper tickets;
    @Autowired
    TenantService tenants;

    private TwinBelts twins;

    @BeforeEach
    void twins() {
        if (twins == null) {
            twins = new TwinBelts(admin());
            String base = "/admin/api/v1/tenants/" + twins.a + "/campaigns";
            Map<String, Object> body = CampaignApiTest.campaign("warm-" + twins.a, LocalDateTime.parse("2027-03-05T09:00"),
                    LocalDateTime.parse("2027-03-12T09:00"), LocalDateTime.parse("2027-03-15T09:00"), null, "hero");
            long id = TwinBelts.created(admin().post(base, body));
            Api approver = newOperatorOf(admin(), twins.a);
            assertThat(admin().post(base + "/" + id + "/submit", Map.of()).status()).isEqualTo(200);
            assertThat(approver.post(base + "/" + id + "/approve", Map.of()).status()).isEqualTo(200);
        }
    }

    private String newUser(String... belts) {
        String username = "pv-" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, String>> grants = Arrays.stream(belts).map(b -> Map.of("tenant", b, "role", "campaign_manager")).toList();
        assertThat(admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD, "grants", grants)).status())
                .isEqualTo(201);
        return username;
    }

    /** What the console's preview post answers: where it sends the browser. */
    private String previewPost(ConsoleSession session, String belt) {
        Api.Response answer = session.postForm("/admin/belts/" + belt + "/campaigns/preview",
                Map.of("at", IN_WARMUP, "page", "/", "back", "/admin/belts/" + belt + "/campaigns/"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(303);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private Matcher ticketIn(String location) {
        Matcher matcher = TICKET.matcher(location);
        assertThat(matcher.find()).as(location).isTrue();
        return matcher;
    }

    private HttpResponse<String> onHost(String host, String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Host", host);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> exchange(String host, String ticket) {
        return onHost(host, "/admin/preview?ticket=" + ticket + "&page=%2F%3Fat%3D" + IN_WARMUP.replace(":", "%3A"), null);
    }

    private static String pass(HttpResponse<String> exchanged) {
        String cookie = exchanged.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("portal_preview="))
                .findFirst().orElseThrow();
        Matcher matcher = PASS.matcher(cookie);
        assertThat(matcher.find()).as(cookie).isTrue();
        return "portal_preview=" + matcher.group(1);
    }

    private boolean previewed(String host, String cookie) {
        HttpResponse<String> home = onHost(host, "/?at=" + IN_WARMUP, cookie);
        assertThat(home.statusCode()).isEqualTo(200);
        return home.body().contains("class=\"preview-notice\"");
    }

    @Test
    void aConsoleUserPreviewsOnTheBeltsOwnHostThroughATicketUsedOnce() {
        ConsoleSession manager = ConsoleSession.login(port, newUser(twins.a), PASSWORD);
        String location = previewPost(manager, twins.a);
        assertThat(location).startsWith("http://" + twins.inA.host() + ":" + port + "/admin/preview?ticket=");
        Matcher ticket = ticketIn(location);
        assertThat(URLDecoder.decode(ticket.group(2), StandardCharsets.UTF_8)).isEqualTo("/?at=" + IN_WARMUP);

        assertThat(previewed(twins.inA.host(), null)).as("anonymous on the belt's host: no preview").isFalse();
        HttpResponse<String> exchanged = exchange(twins.inA.host(), ticket.group(1));
        assertThat(exchanged.statusCode()).isEqualTo(303);
        assertThat(exchanged.headers().firstValue("Location").orElseThrow()).isEqualTo("/?at=" + IN_WARMUP);
        String cookie = exchanged.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("portal_preview="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("Path=/").contains("SameSite=Lax").doesNotContainIgnoringCase("Domain=");
        assertThat(exchanged.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");
        assertThat(exchanged.headers().firstValue("Referrer-Policy").orElseThrow()).isEqualTo("no-referrer");

        String pass = pass(exchanged);
        HttpResponse<String> home = onHost(twins.inA.host(), "/?at=" + IN_WARMUP, pass);
        assertThat(home.body()).contains("class=\"preview-notice\"").contains("织里童装节 warm-" + twins.a);
        assertThat(previewed(twins.inB.host(), pass)).as("the pass is of one belt").isFalse();

        HttpResponse<String> again = exchange(twins.inA.host(), ticket.group(1));
        assertThat(again.statusCode()).as("a ticket is used once").isEqualTo(403);
        assertThat(again.headers().allValues("Set-Cookie")).noneMatch(set -> set.startsWith("portal_preview="));
    }

    @Test
    void forgedExpiredAndForeignTicketsAreRefused() {
        assertThat(exchange(twins.inA.host(), "forged-" + UUID.randomUUID()).statusCode()).isEqualTo(403);
        assertThat(exchange(twins.inA.host(), "").statusCode()).isEqualTo(403);
        assertThat(onHost(twins.inA.host(), "/admin/preview", null).statusCode()).isEqualTo(403);

        String username = newUser(twins.a);
        ConsoleSession manager = ConsoleSession.login(port, username, PASSWORD);
        String onB = ticketIn(previewPost(manager, twins.a)).group(1);
        HttpResponse<String> foreign = exchange(twins.inB.host(), onB);
        assertThat(foreign.statusCode()).as("a ticket of belt A on belt B's host").isEqualTo(403);
        assertThat(foreign.headers().allValues("Set-Cookie")).noneMatch(set -> set.startsWith("portal_preview="));
        assertThat(exchange(twins.inA.host(), onB).statusCode()).as("and it is used up by the attempt").isEqualTo(403);

        String expired = "expired-" + UUID.randomUUID();
        long userId = users.find(username).orElseThrow().id();
        tickets.insert(sha256(expired), userId, users.find(username).orElseThrow().credentialStamp(),
                tenants.requireBySlug(twins.a).id(), Instant.now().minusSeconds(1));
        assertThat(exchange(twins.inA.host(), expired).statusCode()).isEqualTo(403);

        String fresh = "fresh-" + UUID.randomUUID();
        tickets.insert(sha256(fresh), userId, users.find(username).orElseThrow().credentialStamp(),
                tenants.requireBySlug(twins.a).id(), Instant.now().plusSeconds(60));
        assertThat(exchange(twins.inA.host(), fresh).statusCode()).as("the same, unexpired, passes: the test can fail").isEqualTo(303);
    }

    @Test
    void aUserWithoutThePreviewRightGetsNoTicketAndARevokedRightEndsTicketAndPass() {
        ConsoleSession stranger = ConsoleSession.login(port, newUser(twins.b), PASSWORD);
        Api.Response refused = stranger.postForm("/admin/belts/" + twins.a + "/campaigns/preview", Map.of("at", IN_WARMUP, "page", "/"));
        assertThat(refused.status()).isEqualTo(403);

        String username = newUser(twins.a);
        ConsoleSession manager = ConsoleSession.login(port, username, PASSWORD);
        String pass = pass(exchange(twins.inA.host(), ticketIn(previewPost(manager, twins.a)).group(1)));
        String pending = ticketIn(previewPost(manager, twins.a)).group(1);
        assertThat(previewed(twins.inA.host(), pass)).isTrue();

        assertThat(admin().put("/admin/api/v1/users/" + username + "/grants",
                Map.of("grants", List.of(Map.of("tenant", twins.b, "role", "campaign_manager")))).status()).isEqualTo(200);
        assertThat(previewed(twins.inA.host(), pass)).as("the pass re-checks the grant on every use").isFalse();
        assertThat(exchange(twins.inA.host(), pending).statusCode()).as("the exchange re-checks it too").isEqualTo(403);
    }

    @Test
    void theLinkOnlyLeadsToPagesOfTheBeltsOwnSite() {
        ConsoleSession manager = ConsoleSession.login(port, newUser(twins.a), PASSWORD);
        Api.Response answer = manager.postForm("/admin/belts/" + twins.a + "/campaigns/preview",
                Map.of("at", IN_WARMUP, "page", "//evil.example/x"));
        assertThat(ticketIn(answer.headers().firstValue("Location").orElseThrow()).group(2)).startsWith("%2F%3Fat%3D");
        String ticket = ticketIn(previewPost(manager, twins.a)).group(1);
        HttpResponse<String> exchanged = onHost(twins.inA.host(), "/admin/preview?ticket=" + ticket + "&page=%2F%2Fevil.example%2F", null);
        assertThat(exchanged.statusCode()).isEqualTo(303);
        assertThat(exchanged.headers().firstValue("Location").orElseThrow()).isEqualTo("/");

        Api.Response badTime = manager.postForm("/admin/belts/" + twins.a + "/campaigns/preview",
                Map.of("at", "soon", "back", "https://evil.example/"));
        assertThat(badTime.status()).isEqualTo(303);
        assertThat(badTime.headers().firstValue("Location").orElseThrow()).endsWith("/admin/belts/" + twins.a + "/campaigns/");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
