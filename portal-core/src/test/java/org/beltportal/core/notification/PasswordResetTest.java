package org.beltportal.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.MovableClock;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.user.PasswordResets;
import org.beltportal.core.user.User;
import org.beltportal.core.user.UserDraft;
import org.beltportal.core.user.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The reset flow end to end through a real SMTP server: the mailed link, its single use, its expiry. */
@SpringBootTest(properties = {"portal.notifications.console-url=https://admin.example.com/",
        "portal.password-reset.lifetime=30m"})
class PasswordResetTest extends TestDatabase {

    static final MailServer MAIL = new MailServer();
    static final Pattern LINK = Pattern.compile("https://admin\\.example\\.com/admin/password-reset\\?token=([A-Za-z0-9_-]+)");
    static final String OLD = "Old-password-42";
    static final String NEW = "Brand-new-secret-7";

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
            return new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Autowired
    PasswordResetMailer mailer;
    @Autowired
    PasswordResets resets;
    @Autowired
    UserService users;
    @Autowired
    Clock clock;

    String name;
    String email;

    @BeforeAll
    static void startMail() {
        MAIL.start();
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @BeforeEach
    void aUserWithAnAddress() {
        name = Fixtures.uniqueSlug("reset");
        email = name + "@example.com";
        users.create("tester", new UserDraft(name, OLD, email, List.of()));
    }

    private String mailedToken() {
        // The mail goes out on a thread of its own, after the request has been answered.
        List<MimeMessage> mails = MAIL.awaitTo(email);
        assertThat(mails).hasSize(1);
        Matcher link = LINK.matcher(content(mails.getFirst()));
        assertThat(link.find()).as("the mail holds the link").isTrue();
        return link.group(1);
    }

    private static String content(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void mailedLinkSetsThePasswordOnceAndEndsEveryOtherSessionAndToken() {
        User before = users.require(name);
        String apiToken = users.issueToken(name).token();

        mailer.request(name);
        String token = mailedToken();
        resets.complete(token, NEW);

        assertThat(users.checkPassword(users.findForLogin(name), NEW)).isPresent();
        assertThat(users.checkPassword(users.findForLogin(name), OLD)).isEmpty();
        assertThat(users.userForToken(apiToken)).as("API tokens end").isEmpty();
        assertThat(users.sessionUser(before.id(), before.credentialStamp())).as("console sessions end").isEmpty();
        assertThatThrownBy(() -> resets.complete(token, "Another-secret-99")).as("a used link")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAddressNamesTheUserToo() {
        mailer.request(email.toUpperCase(java.util.Locale.ROOT));
        resets.complete(mailedToken(), NEW);

        assertThat(users.checkPassword(users.findForLogin(name), NEW)).isPresent();
    }

    @Test
    void expiredLinkIsRefused() {
        mailer.request(name);
        String token = mailedToken();

        ((MovableClock) clock).advance(Duration.ofMinutes(31));

        assertThatThrownBy(() -> resets.complete(token, NEW)).isInstanceOf(NotFoundException.class);
        assertThat(users.checkPassword(users.findForLogin(name), OLD)).isPresent();
    }

    @Test
    void weakPasswordIsRefusedAndTheLinkStillWorks() {
        mailer.request(name);
        String token = mailedToken();

        assertThatThrownBy(() -> resets.complete(token, "short")).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problems()).extracting("field").containsOnly("newPassword"));
        resets.complete(token, NEW);
        assertThat(users.checkPassword(users.findForLogin(name), NEW)).isPresent();
    }

    @Test
    void unknownNamesAndMadeUpTokensGetNothing() {
        assertThat(resets.issue("nobody-" + name)).isEmpty();
        assertThat(resets.issue("nobody-" + email)).isEmpty();
        assertThatThrownBy(() -> resets.complete("made-up-token", NEW)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> resets.complete(null, NEW)).isInstanceOf(NotFoundException.class);
        assertThat(Optional.of(users.require(name)).map(User::email)).hasValue(email);
    }
}
