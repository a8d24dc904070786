package org.beltportal.search.opensearch;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.beltportal.core.feed.DeadLetters;
import org.beltportal.core.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a refused document goes (decision 0054): into the belt's dead letters, into the log once (the first
 * refusal of the product; a re-index that is refused again only updates the reason), and into the counter
 * {@value #METRIC}, so a rate of refusals shows on a dashboard without reading the log.
 */
class RefusedDocuments {

    static final String METRIC = "portal.search.documents.refused";
    private static final Logger log = LoggerFactory.getLogger(RefusedDocuments.class);

    private final DeadLetters deadLetters;
    private final Counter refused;

    RefusedDocuments(DeadLetters deadLetters, MeterRegistry meters) {
        this.deadLetters = deadLetters;
        this.refused = Counter.builder(METRIC).description("product documents the search cluster refused, first refusal of each")
                .register(meters);
    }

    /**
     * After a write of these products of one belt: the refused ones are recorded, the others are dead letters no
     * more (accepted or removed as their rows now are). One statement per write when none was refused.
     */
    void settle(TenantId tenantId, Collection<Long> written, Collection<Refusal> refusals) {
        record(refusals);
        Set<Long> accepted = new HashSet<>(written);
        refusals.forEach(refusal -> accepted.remove(refusal.productId()));
        deadLetters.resolved(tenantId, accepted);
    }

    /** A rebuild that started at {@code started} wrote every product again: refusals older than it are gone. */
    void retriedSince(Instant started) {
        deadLetters.countByBelt().keySet().forEach(tenantId -> deadLetters.retriedSince(tenantId, started));
    }

    void record(Collection<Refusal> refusals) {
        for (Refusal refusal : refusals) {
            if (deadLetters.record(refusal.tenantId(), refusal.productId(), refusal.reason())) {
                refused.increment();
                log.warn("OpenSearch refused the document of product {} of belt {}: {}. Recorded as a dead letter; the "
                        + "drain goes on. Fix the product and save it, or re-index the belt.", refusal.productId(),
                        refusal.tenantId().value(), refusal.reason());
            }
        }
    }
}
