package org.beltportal.search.opensearch;

import java.util.Map;

import org.beltportal.core.feed.DeadLetters;
import org.beltportal.core.tenant.TenantId;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code /actuator/health}'s {@code searchDeadLetters}: how many products, in how many belts, the search cluster
 * refused. Always UP: a refused document is a belt's data to fix, not a reason for a balancer to stop sending this
 * node requests; the details are for monitoring.
 */
class DeadLetterHealth implements HealthIndicator {

    private final DeadLetters deadLetters;

    DeadLetterHealth(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        Map<TenantId, Long> byBelt = deadLetters.countByBelt();
        long documents = byBelt.values().stream().mapToLong(Long::longValue).sum();
        return Health.up().withDetail("refusedDocuments", documents).withDetail("belts", byBelt.size()).build();
    }
}
