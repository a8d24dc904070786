package org.beltportal.core.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.beltportal.core.inquiry.Inquiry;
import org.beltportal.core.inquiry.InquirySubmitted;
import org.beltportal.core.notification.internal.DeliveryMapper;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.user.Role;
import org.beltportal.core.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the deliveries a new inquiry is owed, in the transaction that stores it (the event is published
 * there and this listener runs in it): the inquiry and its notifications are stored together or not at all,
 * and nothing is sent while the buyer waits. Recipients: the belt's users who handle inquiries and have an
 * email address, the supplier when it has a contact address, and the belt's webhook when it has one.
 */
@Component
public class NotificationOutbox {

    /** Those who may change an inquiry's status (the admin module's Permission.CATALOG). */
    static final List<Role> HANDLERS = List.of(Role.REGION_OPERATOR, Role.EDITOR);
    static final String MAIL_OFF = "mail is off (no spring.mail.host)";

    private final DeliveryMapper mapper;
    private final UserService users;
    private final MailNotifier mail;
    private final Clock clock;

    NotificationOutbox(DeliveryMapper mapper, UserService users, MailNotifier mail, Clock clock) {
        this.mapper = mapper;
        this.users = users;
        this.mail = mail;
        this.clock = clock;
    }

    @EventListener
    void on(InquirySubmitted submitted) {
        Inquiry inquiry = submitted.inquiry();
        TenantId tenantId = inquiry.tenantId();
        Instant now = clock.instant();
        for (String address : emailRecipients(inquiry)) {
            if (mail.isOn()) {
                mapper.insert(tenantId, inquiry.id(), Channel.EMAIL, address, DeliveryStatus.PENDING, null, now);
            } else {
                mapper.insert(tenantId, inquiry.id(), Channel.EMAIL, address, DeliveryStatus.SKIPPED, MAIL_OFF, now);
            }
        }
        mapper.findWebhook(tenantId).ifPresent(webhook ->
                mapper.insert(tenantId, inquiry.id(), Channel.WEBHOOK, webhook.url(), DeliveryStatus.PENDING, null, now));
    }

    /** Each address once, compared without case: one person with two roles, or a supplier who is also a user. */
    private Set<String> emailRecipients(Inquiry inquiry) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> addresses = new LinkedHashSet<>();
        List<String> candidates = new ArrayList<>(users.emailsOnTenant(inquiry.tenantId(), HANDLERS));
        if (inquiry.supplierId() != null) {
            mapper.findSupplierEmail(inquiry.tenantId(), inquiry.supplierId()).ifPresent(candidates::add);
        }
        for (String address : candidates) {
            if (seen.add(address.toLowerCase(Locale.ROOT))) {
                addresses.add(address);
            }
        }
        return addresses;
    }
}
