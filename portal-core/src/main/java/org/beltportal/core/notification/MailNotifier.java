package org.beltportal.core.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text UTF-8 mail through Spring Mail's sender, which Spring Boot configures only when
 * {@code spring.mail.host} is set: without it mail is off ({@link #isOn()} false).
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
public class MailNotifier {

    private final JavaMailSender sender;
    private final String from;

    MailNotifier(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
        this.sender = sender.getIfAvailable();
        this.from = properties.mailFrom();
    }

    public boolean isOn() {
        return sender != null;
    }

    /** Sends at once; throws when the server refuses or cannot be reached. */
    public void send(String to, String subject, String text) throws MailException {
        if (sender == null) {
            throw new IllegalStateException("mail is off");
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            // A subject is one line: a line break in a product title must not start a header of its own.
            helper.setSubject(subject.replaceAll("[\\r\\n]+", " "));
            helper.setText(text, false);
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }
}
