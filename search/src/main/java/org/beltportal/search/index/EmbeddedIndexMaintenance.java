package org.beltportal.search.index;

import java.util.List;

import org.beltportal.core.job.Job;
import org.beltportal.core.tenant.TenantId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The operators' index work on the embedded index, the default backend. */
@Component
@ConditionalOnProperty(name = "portal.search.backend", havingValue = "embedded", matchIfMissing = true)
class EmbeddedIndexMaintenance implements IndexMaintenance {

    private final ProductIndexer indexer;
    private final IndexCheck check;

    EmbeddedIndexMaintenance(ProductIndexer indexer, IndexCheck check) {
        this.indexer = indexer;
        this.check = check;
    }

    @Override
    public Job startRebuild(String actor) {
        return indexer.startRebuild(actor);
    }

    @Override
    public Job startBeltReindex(String actor, TenantId tenantId) {
        return indexer.startBeltReindex(actor, tenantId);
    }

    @Override
    public List<IndexCheck.BeltComparison> check() {
        return check.compareAll();
    }
}
