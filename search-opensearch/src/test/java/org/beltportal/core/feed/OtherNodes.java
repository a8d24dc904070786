package org.beltportal.core.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.beltportal.core.tenant.TenantId;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For tests of an apply-once applier: what other nodes on the same database do to the change feed, without a
 * second application. A row written here wakes no feed thread, as a row another node commits does not.
 */
public final class OtherNodes {

    static final int BATCH = 25;

    private OtherNodes() {
    }

    /** A drain of the feed as another node runs it, with these appliers. */
    public static DrainingConsumer drain(ApplicationContext node, List<FeedApplier> appliers) {
        return new DrainingConsumer(node.getBean(FeedRows.class), node.getBean(TransactionTemplate.class), appliers,
                Clock.systemUTC(), BATCH);
    }

    /** The row another node's transaction wrote for a change of these products; returns its id. */
    public static long wroteProducts(ApplicationContext node, TenantId tenantId, List<Long> productIds) {
        return node.getBean(FeedRows.class).insert(ChangeKind.PRODUCTS, tenantId, productIds, Instant.now());
    }
}
