package org.beltportal.core.notification;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.notification.internal.DeliveryMapper;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.Problems;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A belt's optional webhook: set, shown (without its secret) and removed by its operators. */
@Service
public class WebhookService {

    public static final int MIN_SECRET = 16;
    public static final int MAX_SECRET = 200;

    private final DeliveryMapper mapper;
    private final WebhookTargets targets;
    private final AuditLog audit;
    private final Clock clock;

    WebhookService(DeliveryMapper mapper, WebhookTargets targets, AuditLog audit, Clock clock) {
        this.mapper = mapper;
        this.targets = targets;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<TenantWebhook> find(TenantId tenantId) {
        return mapper.findWebhook(tenantId);
    }

    public TenantWebhook require(TenantId tenantId) {
        return find(tenantId).orElseThrow(() -> new NotFoundException("this belt has no webhook"));
    }

    /** Sets the URL and the secret; the audit entry names the URL only. */
    @Transactional
    public TenantWebhook set(String actor, TenantId tenantId, String url, String secret) {
        Problems problems = new Problems();
        targets.refusal(url).ifPresent(reason -> problems.require(false, "url", reason));
        problems.require(secret != null && secret.length() >= MIN_SECRET && secret.length() <= MAX_SECRET, "secret",
                "must be " + MIN_SECRET + " to " + MAX_SECRET + " characters");
        problems.require(secret == null || secret.chars().allMatch(c -> c > ' ' && c < 127), "secret",
                "must be printable ASCII without spaces");
        problems.throwIfAny();
        Optional<TenantWebhook> before = find(tenantId);
        if (mapper.updateWebhook(tenantId, url, secret, clock.instant()) == 0) {
            mapper.insertWebhook(tenantId, url, secret, clock.instant());
        }
        audit.record(actor, tenantId, "webhook.set", "webhook", tenantId.value(),
                before.map(webhook -> Map.of("url", webhook.url())).orElse(null), Map.of("url", url));
        return require(tenantId);
    }

    @Transactional
    public void remove(String actor, TenantId tenantId) {
        TenantWebhook before = require(tenantId);
        mapper.deleteWebhook(tenantId);
        audit.record(actor, tenantId, "webhook.remove", "webhook", tenantId.value(), Map.of("url", before.url()), null);
    }
}
