package org.beltportal.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.beltportal.core.inquiry.Inquiry;
import org.beltportal.core.inquiry.InquiryService;
import org.beltportal.core.notification.internal.DeliveryMapper;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drains the outbox. A short transaction locks a batch of due deliveries (SKIP LOCKED: nodes draining at the
 * same time take different rows) and moves their next attempt a lease ahead, so no other node takes them
 * while they are being sent; the sending itself holds no lock or transaction. Each attempt's outcome is then
 * recorded: sent; or failed, due again after the next retry delay until the attempts are used up. A node that
 * dies while sending leaves its rows to be retried once the lease runs out.
 */
@Component
public class DeliverySender {

    /** Longer than any one send can take (mail and webhook calls have timeouts well below it). */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int MAX_ERROR = 300;
    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

    private final DeliveryMapper mapper;
    private final InquiryService inquiries;
    private final TenantService tenants;
    private final MailNotifier mail;
    private final WebhookNotifier webhooks;
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    DeliverySender(DeliveryMapper mapper, InquiryService inquiries, TenantService tenants, MailNotifier mail,
                   WebhookNotifier webhooks, NotificationProperties properties, TransactionTemplate transactions,
                   JsonMapper json, Clock clock) {
        this.mapper = mapper;
        this.inquiries = inquiries;
        this.tenants = tenants;
        this.mail = mail;
        this.webhooks = webhooks;
        this.properties = properties;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** Sends what is due now, one batch; returns how many deliveries were attempted. */
    public int sendDue() {
        List<Delivery> claimed = transactions.execute(status -> {
            Instant now = clock.instant();
            List<Delivery> due = mapper.lockDue(now, properties.batchSize());
            due.forEach(delivery -> mapper.reschedule(delivery.id(), now.plus(LEASE), now));
            return due;
        });
        claimed.forEach(this::attempt);
        return claimed.size();
    }

    private void attempt(Delivery delivery) {
        int attempts = delivery.attempts() + 1;
        try {
            Optional<String> skipped = send(delivery);
            Instant now = clock.instant();
            mapper.recordAttempt(delivery.id(), skipped.isPresent() ? DeliveryStatus.SKIPPED : DeliveryStatus.SENT, attempts,
                    now, skipped.orElse(null), now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(delivery, attempts, e, false);
        } catch (WebhookNotifier.RefusedTarget e) {
            failed(delivery, attempts, e, true);
        } catch (Exception e) {
            failed(delivery, attempts, e, false);
        }
    }

    /** Sends one delivery; the reason it was skipped, or empty when it went out. */
    private Optional<String> send(Delivery delivery) throws Exception {
        Inquiry inquiry = inquiries.require(delivery.tenantId(), delivery.inquiryId());
        Tenant tenant = tenants.require(delivery.tenantId());
        switch (delivery.channel()) {
            case EMAIL -> {
                if (!mail.isOn()) {
                    return Optional.of(NotificationOutbox.MAIL_OFF);
                }
                mail.send(delivery.recipient(), InquiryMessages.subject(tenant, inquiry), InquiryMessages.text(tenant, inquiry));
            }
            case WEBHOOK -> {
                Optional<TenantWebhook> webhook = mapper.findWebhook(delivery.tenantId());
                if (webhook.isEmpty()) {
                    return Optional.of("the webhook was removed");
                }
                webhooks.post(webhook.get(), json.writeValueAsString(InquiryMessages.webhookBody(tenant, inquiry)));
            }
        }
        return Optional.empty();
    }

    private void failed(Delivery delivery, int attempts, Exception error, boolean permanent) {
        Instant now = clock.instant();
        boolean givingUp = permanent || attempts >= properties.maxAttempts();
        String message = shortly(error);
        mapper.recordAttempt(delivery.id(), givingUp ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, attempts,
                givingUp ? now : now.plus(properties.retryDelay(attempts)), message, now);
        log.warn("notification {} ({} to {}) attempt {} failed{}: {}", delivery.id(), delivery.channel().code(),
                delivery.recipient(), attempts, givingUp ? ", giving up" : "", message);
    }

    private static String shortly(Exception error) {
        String text = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_ERROR ? oneLine : oneLine.substring(0, MAX_ERROR - 1) + "…";
    }
}
