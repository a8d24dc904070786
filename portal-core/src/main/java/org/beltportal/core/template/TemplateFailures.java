package org.beltportal.core.template;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.beltportal.core.system.BeltCaches;
import org.beltportal.core.template.internal.TemplateFailureMapper;
import org.beltportal.core.tenant.TenantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The run-time failures of a belt's published overrides, kept for its operators' alert on the belt home: the
 * latest per page type, until an override of the belt is published or reverted. A failing page may be asked for
 * many times a second, so each node writes a page's failure at most once per {@link #RECORD_EVERY}.
 */
@Service
public class TemplateFailures implements BeltCaches {

    static final Duration RECORD_EVERY = Duration.ofMinutes(1);
    static final int MAX_REASON = 1000;

    private final TemplateFailureMapper mapper;
    private final Cache<Key, Boolean> recent = Caffeine.newBuilder().expireAfterWrite(RECORD_EVERY).maximumSize(10_000).build();

    TemplateFailures(TemplateFailureMapper mapper) {
        this.mapper = mapper;
    }

    /** Keeps the failure as the page's latest, unless this node recorded one for the page within a minute. */
    @Transactional
    public void record(TenantId tenantId, TemplateFailure failure) {
        if (recent.asMap().putIfAbsent(new Key(tenantId, failure.page()), Boolean.TRUE) != null) {
            return;
        }
        String reason = failure.reason().length() > MAX_REASON ? failure.reason().substring(0, MAX_REASON) : failure.reason();
        mapper.delete(tenantId, failure.page());
        try {
            mapper.insert(tenantId, new TemplateFailure(failure.page(), failure.template(), failure.line(), reason,
                    failure.failedAt()));
        } catch (DuplicateKeyException e) {
            // Another node recorded the same page's failure at the same moment: one of them is enough.
        }
    }

    /** The belt's recorded failures, newest first. */
    public List<TemplateFailure> of(TenantId tenantId) {
        return mapper.findAll(tenantId);
    }

    /** A published or reverted override is a new start: earlier failures no longer describe what buyers get. */
    void clear(TenantId tenantId) {
        mapper.deleteAll(tenantId);
        recent.asMap().keySet().removeIf(key -> key.tenantId().equals(tenantId));
    }

    private record Key(TenantId tenantId, String page) {
    }

    @Override
    public Map<String, LongSupplier> beltCacheEntries() {
        return Map.of("template.failures-recorded", recent::estimatedSize);
    }
}
