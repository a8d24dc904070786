package org.beltportal.core.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.beltportal.core.user.PasswordResets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers a password reset request: issues the tokens ({@link PasswordResets}) and mails each its link on a
 * thread of its own, so the request takes as long whether or not the name exists and never waits for SMTP.
 * A mail that fails is not retried: the token exists only in it, and the user can simply ask again.
 */
@Component
public class PasswordResetMailer {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetMailer.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final String PAGE = "/admin/password-reset?token=";

    private final PasswordResets resets;
    private final MailNotifier mail;
    private final String consoleUrl;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("password-reset-mail").daemon().factory());

    PasswordResetMailer(PasswordResets resets, MailNotifier mail, NotificationProperties properties) {
        this.resets = resets;
        this.mail = mail;
        String url = properties.consoleUrl().toString();
        this.consoleUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public void request(String usernameOrEmail) {
        List<PasswordResets.IssuedReset> issued = resets.issue(usernameOrEmail);
        for (PasswordResets.IssuedReset reset : issued) {
            sender.execute(() -> send(reset, "BeltPortal 重设密码 / Password reset",
                    "BeltPortal 账号 " + reset.username() + " 申请重设密码。打开下面的链接设置新密码（一次有效，"
                    + until(reset) + " 北京时间前可用）：\n"
                    + "Someone asked to reset the password of BeltPortal account " + reset.username()
                    + ". Open this link to set a new one (single use, valid until " + until(reset) + " Beijing time):\n\n"
                    + link(reset) + "\n\n"
                    + "如果不是您本人申请，请忽略本邮件，密码不会改变。\nIf you did not ask, ignore this mail: the password stays as it is.\n"));
        }
    }

    /**
     * Mails a user just created without a password the link to set one, through the same single-use tokens as
     * a reset (valid longer): nobody types a password for someone else.
     */
    public void invite(String username) {
        for (PasswordResets.IssuedReset reset : resets.issueInvite(username)) {
            sender.execute(() -> send(reset, "BeltPortal 账号已开通 / Your account",
                    "已为您开通 BeltPortal 账号 " + reset.username() + "。打开下面的链接设置密码（一次有效，"
                    + until(reset) + " 北京时间前可用）：\n"
                    + "A BeltPortal account " + reset.username() + " was created for you. Open this link to set its "
                    + "password (single use, valid until " + until(reset) + " Beijing time):\n\n"
                    + link(reset) + "\n\n"
                    + "链接过期后，可在登录页点击“忘记密码”重新获取。\nOnce it has expired, ask for a new one with "
                    + "\"forgot password\" on the login page.\n"));
        }
    }

    private String link(PasswordResets.IssuedReset reset) {
        return consoleUrl + PAGE + URLEncoder.encode(reset.token(), StandardCharsets.UTF_8);
    }

    private static String until(PasswordResets.IssuedReset reset) {
        return TIME.format(reset.expiresAt().atZone(ZoneId.of("Asia/Shanghai")));
    }

    private void send(PasswordResets.IssuedReset reset, String subject, String text) {
        if (!mail.isOn()) {
            log.warn("a password link for {} is due, but mail is off (no spring.mail.host): no link was sent", reset.username());
            return;
        }
        try {
            mail.send(reset.email(), subject, text);
        } catch (RuntimeException e) {
            log.warn("password reset mail for {} failed: {}", reset.username(), e.toString());
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
