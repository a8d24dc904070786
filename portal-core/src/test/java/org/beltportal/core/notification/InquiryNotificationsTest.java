package org.beltportal.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.beltportal.core.inquiry.Inquiry;
import org.beltportal.core.inquiry.InquiryDraft;
import org.beltportal.core.inquiry.InquiryService;
import org.beltportal.core.inquiry.Sender;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.MovableClock;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.user.Role;
import org.beltportal.core.user.UserDraft;
import org.beltportal.core.user.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inquiry to inbox, with a real SMTP server and a real HTTP server: who gets mail, what it says, what an SMTP
 * outage does, and the webhook's signature as a receiver checks it. The poller is slowed to once an hour so
 * each test drains the outbox itself.
 */
@SpringBootTest(properties = {
        "portal.notifications.poll-interval=1h",
        "portal.notifications.retry-delays=1m,5m",
        "portal.notifications.max-attempts=3",
        "portal.notifications.webhook-allow-private-networks=true",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000"})
class InquiryNotificationsTest extends TestDatabase {

    static final MailServer MAIL = new MailServer();
    static final String PASSWORD = "Pl3nty-of-letters";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.port);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock movableClock() {
            return new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        }
    }

    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    InquiryService inquiries;
    @Autowired
    UserService users;
    @Autowired
    WebhookService webhooks;
    @Autowired
    DeliveryHistory history;
    @Autowired
    DeliverySender sender;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    Tenant zhili;
    Tenant baigou;
    Product dress;
    String run;

    @BeforeEach
    void twoBeltsWithPeople() {
        MAIL.start();
        run = Fixtures.uniqueSlug("n");
        zhili = tenants.create("tester", Fixtures.uniqueSlug("zhili"), Fixtures.settings("织里童装产业带"), List.of());
        baigou = tenants.create("tester", Fixtures.uniqueSlug("baigou"), Fixtures.settings("白沟箱包产业带"), List.of());
        long zhiliSupplier = suppliers.create("tester", zhili.id(), Fixtures.supplier("织里服饰")).id();
        long baigouSupplier = suppliers.create("tester", baigou.id(), Fixtures.supplier("织里服饰")).id();
        jdbc.update("UPDATE supplier SET contact_email = ? WHERE id = ?", address("supplier"), zhiliSupplier);
        jdbc.update("UPDATE supplier SET contact_email = ? WHERE id = ?", address("baigou-supplier"), baigouSupplier);
        dress = products.create("tester", zhili.id(), Fixtures.product("SAME-1", "女童连衣裙", zhiliSupplier));
        products.create("tester", baigou.id(), Fixtures.product("SAME-1", "女童连衣裙", baigouSupplier));
        user("operator", zhili, Role.REGION_OPERATOR);
        user("editor", zhili, Role.EDITOR);
        user("campaigns", zhili, Role.CAMPAIGN_MANAGER);
        user("baigou-operator", baigou, Role.REGION_OPERATOR);
    }

    @AfterEach
    void mailServerUp() {
        MAIL.stop();
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    private String address(String who) {
        return who + "." + run + "@example.com";
    }

    private void user(String who, Tenant tenant, Role role) {
        users.create("tester", new UserDraft(who + "." + run, PASSWORD, address(who),
                List.of(new UserDraft.GrantDraft(tenant.slug(), role))));
    }

    private Inquiry inquiry() {
        return inquiries.submit(zhili.id(), new InquiryDraft(dress.id(), 500, "王丽", "杭州童趣贸易", "13805712345",
                "wangli@example.com", "请报价"), Sender.of("203.0.113." + (1 + new java.util.Random().nextInt(200))));
    }

    private void drain() {
        while (sender.sendDue() > 0) {
            // Until nothing due is left, ours or anyone's.
        }
    }

    @Test
    void operatorsAndSupplierGetMailNamingTheirBeltOnly() throws Exception {
        Inquiry inquiry = inquiry();

        assertThat(history.ofInquiry(zhili.id(), inquiry.id())).extracting(Delivery::status).containsOnly(DeliveryStatus.PENDING);
        drain();

        assertThat(history.ofInquiry(zhili.id(), inquiry.id())).extracting(Delivery::recipient)
                .containsExactlyInAnyOrder(address("operator"), address("editor"), address("supplier"));
        assertThat(history.ofInquiry(zhili.id(), inquiry.id())).extracting(Delivery::status).containsOnly(DeliveryStatus.SENT);
        assertThat(MAIL.to(address("campaigns"), address("baigou-operator"), address("baigou-supplier"))).isEmpty();
        List<MimeMessage> received = MAIL.to(address("operator"), address("editor"), address("supplier"));
        assertThat(received).hasSize(3);
        for (MimeMessage message : received) {
            String body = GreenMailUtil.getBody(message);
            assertThat(message.getSubject()).contains("织里童装产业带", "女童连衣裙", "#" + inquiry.id()).doesNotContain("白沟");
            assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
            assertThat(message.getContent().toString()).contains("王丽", "13805712345", "500").doesNotContain("白沟");
            assertThat(body).isNotBlank();
        }
        assertThat(history.ofInquiry(baigou.id(), inquiry.id())).as("another belt's view of the id").isEmpty();
    }

    @Test
    void smtpDownKeepsTheInquiryAndItsMailGoesOutOnceSmtpIsBack() {
        MAIL.stop();
        Inquiry inquiry = inquiry();

        drain();
        assertThat(inquiries.require(zhili.id(), inquiry.id())).isNotNull();
        List<Delivery> failedOnce = history.ofInquiry(zhili.id(), inquiry.id());
        assertThat(failedOnce).allSatisfy(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(delivery.attempts()).isEqualTo(1);
            assertThat(delivery.lastError()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(delivery.nextAttemptAt().getEpochSecond()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)).getEpochSecond());
        });

        MAIL.start();
        drain();
        assertThat(history.ofInquiry(zhili.id(), inquiry.id())).as("not due again before its retry delay")
                .extracting(Delivery::attempts).containsOnly(1);

        ((MovableClock) clock).advance(Duration.ofMinutes(1));
        drain();
        assertThat(history.ofInquiry(zhili.id(), inquiry.id())).allSatisfy(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(delivery.attempts()).isEqualTo(2);
            assertThat(delivery.lastError()).isNull();
        });
        assertThat(MAIL.to(address("operator"), address("editor"), address("supplier"))).hasSize(3);
    }

    @Test
    void deliveryIsGivenUpAfterItsAttemptsAreUsed() {
        MAIL.stop();
        Inquiry inquiry = inquiry();

        drain();
        ((MovableClock) clock).advance(Duration.ofMinutes(1));
        drain();
        ((MovableClock) clock).advance(Duration.ofMinutes(5));
        drain();
        ((MovableClock) clock).advance(Duration.ofHours(1));
        drain();

        assertThat(history.ofInquiry(zhili.id(), inquiry.id())).allSatisfy(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(delivery.attempts()).isEqualTo(3);
        });
    }

    @Test
    void webhookGetsASignedBodyItsReceiverCanCheck() throws IOException {
        List<String[]> calls = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new String[] {exchange.getRequestHeaders().getFirst("X-BeltPortal-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-BeltPortal-Signature"), body});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String secret = "s3cret-" + run;
            webhooks.set("tester", zhili.id(), "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", secret);
            Inquiry inquiry = inquiry();

            drain();

            assertThat(calls).hasSize(1);
            String timestamp = calls.getFirst()[0];
            String body = calls.getFirst()[2];
            assertThat(calls.getFirst()[1]).isEqualTo("sha256=" + hmac(secret, timestamp + "." + body));
            assertThat(Long.parseLong(timestamp)).isEqualTo(clock.instant().getEpochSecond());
            JsonNode json = JsonMapper.builder().build().readTree(body);
            assertThat(json.get("event").asString()).isEqualTo("inquiry.created");
            assertThat(json.get("tenant").asString()).isEqualTo(zhili.slug());
            assertThat(json.get("inquiryId").asLong()).isEqualTo(inquiry.id());
            assertThat(body).doesNotContain("13805712345", "wangli@example.com", "白沟");
            assertThat(history.ofInquiry(zhili.id(), inquiry.id())).filteredOn(d -> d.channel() == Channel.WEBHOOK)
                    .singleElement().extracting(Delivery::status).isEqualTo(DeliveryStatus.SENT);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void webhookAnsweringAnErrorIsRetried() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            webhooks.set("tester", zhili.id(), "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "0123456789abcdef");
            Inquiry inquiry = inquiry();

            drain();
            Delivery failed = history.ofInquiry(zhili.id(), inquiry.id()).stream()
                    .filter(d -> d.channel() == Channel.WEBHOOK).findFirst().orElseThrow();
            assertThat(failed.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(failed.lastError()).contains("503");

            ((MovableClock) clock).advance(Duration.ofMinutes(1));
            drain();
            assertThat(history.ofInquiry(zhili.id(), inquiry.id())).filteredOn(d -> d.channel() == Channel.WEBHOOK)
                    .singleElement().extracting(Delivery::status).isEqualTo(DeliveryStatus.SENT);
            assertThat(calls).hasValue(2);
        } finally {
            receiver.stop(0);
        }
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
