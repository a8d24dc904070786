package org.beltportal.search.index;

import java.time.Duration;
import java.util.OptionalLong;

import org.beltportal.core.feed.FeedApplier;
import org.beltportal.core.feed.FeedEntry;
import org.beltportal.core.feed.FeedPosition;
import org.beltportal.core.product.ProductsChanged;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded index follows the change feed on every node, the node that made the change included: one path
 * for every node (decision 0043). Product rows are re-read and re-indexed as an import batch is, supplier rows
 * re-index the supplier's products. The feed position is kept in the index's commit data, set after the writes it
 * covers, so a restart resumes from what the index really holds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IndexFollowsFeed implements FeedApplier, FeedPosition {

    static final Duration PROMPT = Duration.ofMillis(200);

    private final ProductIndexer indexer;
    private final ProductIndex index;
    private boolean written;

    IndexFollowsFeed(ProductIndexer indexer, ProductIndex index) {
        this.indexer = indexer;
        this.index = index;
    }

    @Override
    public void apply(FeedEntry entry) {
        switch (entry.kind()) {
            case PRODUCTS -> {
                indexer.apply(new ProductsChanged(entry.tenantId(), entry.ids(), entry.created()));
                written = true;
            }
            case SUPPLIERS -> {
                entry.ids().forEach(supplierId -> indexer.reindexSupplier(entry.tenantId(), supplierId));
                written = true;
            }
            default -> {
                // Synonyms are read at query time (TenantSynonyms); content does not change documents.
            }
        }
    }

    @Override
    public void warmUp() {
        index.warmUpAnalysis();
    }

    /**
     * Waits until the rows are searchable when someone waits for them (an import, a check). Otherwise it asks for
     * a prompt reopen but waits at most {@code PROMPT}: the reopen thread shows them within half a second anyway
     * (decision 0023), and a slow reopen on a busy machine must not hold up every later change. The position
     * needs no wait: a commit holds every write made before it.
     */
    @Override
    public void flush(boolean awaited) {
        if (written) {
            if (awaited) {
                index.awaitAllSearchable();
            } else {
                index.awaitAllSearchable(PROMPT);
            }
        }
        written = false;
    }

    @Override
    public OptionalLong applied() {
        return index.feedPosition();
    }

    @Override
    public void applied(long position) {
        index.feedPosition(position);
    }
}
