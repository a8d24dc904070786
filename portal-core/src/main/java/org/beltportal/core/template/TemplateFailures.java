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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * The run-time failures of a belt's published overrides, kept for its operators' alert on the belt home: the
 * latest per page type, until an override of the belt is published or reverted. A failing page may be asked for
 * many times a second, so each node writes a page's failure at most once per {@link #RECORD_EVERY}.
 */
@Service
public class TemplateFailures implements BeltCaches {

    static final Duration RECORD_EVERY = Duration.ofMinutes(1);
    static final int MAX_REASON = 1000;
    private static final Logger log = LoggerFactory.getLogger(TemplateFailures.class);

    private final TemplateFailureMapper mapper;
    private final Cache<Key, Boolean> recent = Caffeine.newBuilder().expireAfterWrite(RECORD_EVERY).maximumSize(10_000).build();

    TemplateFailures(TemplateFailureMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Keeps the failure as the page's latest, unless this node recorded one for the page within a minute. Called
     * while a buyer waits for the page that failed: a database that cannot take the record (busy, away) costs the
     * alert, never the buyer's page, so the error is logged and the record skipped.
     */
    public void record(TenantId tenantId, TemplateFailure failure) {
        if (recent.asMap().putIfAbsent(new Key(tenantId, failure.page()), Boolean.TRUE) != null) {
            return;
        }
        String reason = failure.reason().length() > MAX_REASON ? failure.reason().substring(0, MAX_REASON) : failure.reason();
        try {
            mapper.keep(tenantId, new TemplateFailure(failure.page(), failure.template(), failure.line(), reason,
                    failure.failedAt()));
        } catch (DataAccessException e) {
            log.warn("Could not record the failure of page {} of belt {}: {}", failure.page(), tenantId.value(),
                    e.getMessage());
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
