package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A person who forgot their password, in Chromium at 390 px wide: from the login page's link they ask for a mail,
 * the mail arrives (a real SMTP server), its link opens the form, a too short password is refused beside the
 * field, a good one is set, they sign in with it, and the same link is refused the second time. Each page is
 * checked with axe-core and saved as target/screenshots/console-reset-*.png.
 */
class PasswordResetBrowserTest extends BrowserWalk {

    private static final Mailbox MAIL = new Mailbox();
    private static final Pattern LINK = Pattern.compile("/admin/password-reset\\?token=[A-Za-z0-9_-]+");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        MAIL.startFor(registry);
    }

    @AfterAll
    void stopMail() {
        MAIL.stop();
    }

    @Test
    void aForgottenPasswordIsResetByTheMailedLinkWhichWorksOnce() throws IOException, MessagingException {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "reset-" + suffix;
        String username = "forgetful-" + suffix;
        String email = username + "@example.com";
        beltWithOperator(slug, username, email, "the-old-password");
        String console = "http://localhost:" + port + "/admin/";
        browser.resize(Browser.NARROW_PHONE);

        browser.open(console + "login");
        browser.clickAndWait(browser.link("忘记密码？"));
        browser.find("#usernameOrEmail").sendKeys(email);
        browser.seen("console-reset-1-request");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find("[role=status]").getText()).contains("链接已发出");
        browser.seen("console-reset-2-sent");

        String mail = MAIL.awaitTextTo(email, "/admin/password-reset");
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as("a link in the mail: " + mail).isTrue();
        String resetUrl = "http://localhost:" + port + link.group();

        browser.open(resetUrl);
        browser.find("#newPassword").sendKeys("short");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find("#newPassword-error").getText()).as("the service's words in Chinese").isEqualTo("至少 10 个字符");
        assertThat(browser.find("#newPassword").getAttribute("aria-invalid")).isEqualTo("true");
        browser.seen("console-reset-3-too-short");
        browser.find("#newPassword").sendKeys("a-new-long-password");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find("[role=status]").getText()).contains("新密码已设置");
        browser.seen("console-reset-4-done");

        browser.signIn(console + "login", username, "the-old-password");
        assertThat(browser.url()).as("the old password no longer signs in").contains("/admin/login");
        browser.signIn(console + "login", username, "a-new-long-password");
        assertThat(browser.url()).endsWith("/admin/belts/" + slug + "/");
        browser.clickAndWait(browser.find(".logout button"));

        browser.open(resetUrl);
        assertThat(browser.find("[role=alert]").getText()).contains("链接无效、已使用或已过期");
        assertThat(browser.all("#newPassword")).as("no form behind a used link").isEmpty();
        browser.seen("console-reset-5-used-link");
    }

    /** Set-up as a platform admin would have done it: a belt and its operator, who has an email address. */
    private void beltWithOperator(String slug, String username, String email, String password) {
        Api admin = admin();
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "平度假发产业带",
                "hosts", List.of(slug + ".localhost"))).status()).isEqualTo(201);
        assertThat(admin.post("/admin/api/v1/users", Map.of("username", username, "password", password, "email", email,
                "grants", List.of(Map.of("tenant", slug, "role", "region_operator")))).status()).isEqualTo(201);
    }
}
