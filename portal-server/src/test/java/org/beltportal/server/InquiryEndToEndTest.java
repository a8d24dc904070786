package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Buyer inquiries over real HTTP on the twin belts: posted on one portal's host (JSON and the HTML form,
 * without any session or CSRF token), seen by that portal's operators only, rate-limited per sender.
 */
class InquiryEndToEndTest extends PortalServerTest {

    TwinBelts twins;
    Api admin;
    Api onHostOfA;

    @BeforeEach
    void twins() {
        admin = admin();
        twins = new TwinBelts(admin);
        onHostOfA = anonymous().onHost(twins.inA.host());
    }

    private static Map<String, Object> inquiry(long productId, String name) {
        return Map.of("productId", productId, "quantity", 300, "name", name, "company", "杭州童趣贸易",
                "phone", "138 0571 2345", "message", "请报价");
    }

    private JsonNode listOf(String slug) {
        Api.Response response = admin.get("/admin/api/v1/tenants/" + slug + "/inquiries");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static byte[] form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, String> formFields(long productId) {
        return new HashMap<>(Map.of("productId", Long.toString(productId), "quantity", "300",
                "name", "王丽", "phone", "13805712345", "email", "", "message", "表单询价", "website", ""));
    }

    @Test
    void inquiryPostedOnAsHostIsListedForAOnly() {
        Api.Response posted = onHostOfA.post("/api/v1/inquiries", inquiry(twins.inA.productId(), "王丽"));

        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        JsonNode listOfA = listOf(twins.a);
        assertThat(listOfA.get("total").asLong()).isEqualTo(1);
        JsonNode item = listOfA.get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(posted.id());
        assertThat(item.get("productId").asLong()).isEqualTo(twins.inA.productId());
        assertThat(item.get("supplierId").asLong()).isEqualTo(twins.inA.supplierId());
        assertThat(item.get("status").asString()).isEqualTo("new");
        assertThat(item.toString()).doesNotContain("127.0.0.1");
        assertThat(listOf(twins.b).get("total").asLong()).isZero();
    }

    @Test
    void productOfBPostedOnAsHostIs404AndNothingIsStored() {
        Api.Response posted = onHostOfA.post("/api/v1/inquiries", inquiry(twins.inB.productId(), "越界"));

        assertThat(posted.status()).isEqualTo(404);
        assertThat(posted.json().get("error").asString()).isEqualTo("not_found");
        assertThat(listOf(twins.a).get("total").asLong()).isZero();
        assertThat(listOf(twins.b).get("total").asLong()).isZero();
    }

    @Test
    void invalidJsonInquiryIs400WithTheFields() {
        Api.Response posted = onHostOfA.post("/api/v1/inquiries", Map.of("productId", twins.inA.productId(), "quantity", 0));

        assertThat(posted.status()).isEqualTo(400);
        assertThat(posted.json().get("details").findValuesAsString("field")).containsExactly("quantity", "name", "phone");
    }

    @Test
    void sixthInquiryFromOneAddressIs429ForThatPortalOnly() {
        for (int i = 0; i < 5; i++) {
            assertThat(onHostOfA.post("/api/v1/inquiries", inquiry(twins.inA.productId(), "买家" + i)).status()).isEqualTo(201);
        }

        Api.Response sixth = onHostOfA.post("/api/v1/inquiries", inquiry(twins.inA.productId(), "买家"));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.json().get("error").asString()).isEqualTo("too_many_requests");
        assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);
        assertThat(anonymous().onHost(twins.inB.host()).post("/api/v1/inquiries", inquiry(twins.inB.productId(), "买家"))
                .status()).isEqualTo(201);
        assertThat(listOf(twins.a).get("total").asLong()).isEqualTo(5);
    }

    @Test
    void inquiriesAboutMissingProductsFromManyAddressesLeaveTheBeltOpen() throws IOException {
        long missing = twins.inA.productId() + 1_000_000;
        for (int i = 0; i < 400; i++) {
            String address = "127.0." + (1 + i / 200) + "." + (1 + i % 200);
            assertThat(postFrom(address, twins.inA.host(), inquiry(missing + i, "刷单"))).isEqualTo(404);
            if (i % 5 == 0) {
                assertThat(postFrom(address, twins.inA.host(), inquiry(twins.inB.productId(), "越界"))).isEqualTo(404);
            }
        }

        assertThat(postFrom("127.0.9.9", twins.inA.host(), inquiry(twins.inA.productId(), "王丽"))).isEqualTo(201);
        assertThat(listOf(twins.a).get("total").asLong()).isEqualTo(1);
    }

    /**
     * The status of one JSON inquiry sent from {@code localAddress}, a loopback address of this machine
     * (all of 127.0.0.0/8 is): the server sees a different client per address, as from many buyers.
     */
    private int postFrom(String localAddress, String host, Map<String, Object> inquiry) throws IOException {
        byte[] body = Api.JSON.writeValueAsBytes(inquiry);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(localAddress), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/inquiries HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    @Test
    void htmlFormRoundTripNeedsNoSessionOrCsrfToken() {
        Api.Response posted = onHostOfA.sendRaw("POST", "/inquiries", "application/x-www-form-urlencoded",
                form(formFields(twins.inA.productId())));

        assertThat(posted.status()).as(posted.toString()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/products/" + twins.inA.productId() + "?inquiry=sent#inquiry");
        assertThat(posted.headers().firstValue("Set-Cookie")).isEmpty();
        Api.Response page = onHostOfA.get("/products/" + twins.inA.productId() + "?inquiry=sent");
        assertThat(Jsoup.parse(page.body()).selectFirst(".inquiry-sent").text()).isNotBlank();
        assertThat(listOf(twins.a).get("items").get(0).get("message").asString()).isEqualTo("表单询价");
    }

    @Test
    void htmlFormUnderThePrefixRedirectsUnderIt() {
        Api.Response posted = anonymous().sendRaw("POST", "/t/" + twins.a + "/inquiries", "application/x-www-form-urlencoded",
                form(formFields(twins.inA.productId())));

        assertThat(posted.status()).as(posted.toString()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow())
                .endsWith("/t/" + twins.a + "/products/" + twins.inA.productId() + "?inquiry=sent#inquiry");
    }

    @Test
    void refusedHtmlFormIsThePageAgainWith422() {
        Map<String, String> fields = formFields(twins.inA.productId());
        fields.put("name", "");
        Api.Response posted = onHostOfA.sendRaw("POST", "/inquiries", "application/x-www-form-urlencoded", form(fields));

        assertThat(posted.status()).isEqualTo(422);
        assertThat(posted.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(Jsoup.parse(posted.body()).selectFirst("input[name=name]").attr("aria-invalid")).isEqualTo("true");
        assertThat(listOf(twins.a).get("total").asLong()).isZero();
    }

    @Test
    void honeypotInquiryLooksSentAndIsFiledAsSpam() {
        Map<String, String> fields = formFields(twins.inA.productId());
        fields.put("website", "http://spam.example/");
        Api.Response posted = onHostOfA.sendRaw("POST", "/inquiries", "application/x-www-form-urlencoded", form(fields));

        assertThat(posted.status()).isEqualTo(303);
        assertThat(admin.get("/admin/api/v1/tenants/" + twins.a + "/inquiries?status=spam").json().get("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/admin/api/v1/tenants/" + twins.a + "/inquiries?status=new").json().get("total").asLong()).isZero();
    }

    @Test
    void operatorOfAHandlesAsInquiriesAndCannotReachBs() {
        long inA = onHostOfA.post("/api/v1/inquiries", inquiry(twins.inA.productId(), "甲")).id();
        long inB = anonymous().onHost(twins.inB.host()).post("/api/v1/inquiries", inquiry(twins.inB.productId(), "乙")).id();
        String username = "op-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/admin/api/v1/users", Map.of("username", username, "password", "operator-password",
                "grants", List.of(Map.of("tenant", twins.a, "role", "region_operator")))).status()).isEqualTo(201);
        Api operatorOfA = anonymous().login(username, "operator-password");
        String base = "/admin/api/v1/tenants/" + twins.a + "/inquiries/";

        Api.Response handled = operatorOfA.put(base + inA + "/status", Map.of("status", "handled"));
        assertThat(handled.status()).isEqualTo(200);
        assertThat(handled.json().get("status").asString()).isEqualTo("handled");
        assertThat(operatorOfA.get(base + inB).status()).isEqualTo(404);
        assertThat(operatorOfA.put(base + inB + "/status", Map.of("status", "spam")).status()).isEqualTo(404);
        assertThat(operatorOfA.get("/admin/api/v1/tenants/" + twins.b + "/inquiries").status()).isEqualTo(403);
        assertThat(admin.get("/admin/api/v1/tenants/" + twins.b + "/inquiries/" + inB).json().get("status").asString())
                .isEqualTo("new");
        JsonNode audit = operatorOfA.get("/admin/api/v1/audit?tenant=" + twins.a).json().get("items");
        assertThat(audit.get(0).get("action").asString()).isEqualTo("inquiry.status");
    }
}
