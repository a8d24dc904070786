package org.beltportal.core.feed;

import java.util.List;

import org.beltportal.core.product.ProductChanged;
import org.beltportal.core.product.ProductsChanged;
import org.beltportal.core.supplier.SupplierChanged;
import org.beltportal.core.synonym.SynonymsChanged;
import org.beltportal.core.system.TenantContentChanged;
import org.beltportal.core.tenant.TenantChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the change events features publish inside their transactions into feed rows of the same transaction:
 * features need not know the feed. Plain (not transactional) listeners, so they run in the publisher's
 * transaction. Import batches write their rows themselves (ProductImporter), with the products as written.
 */
@Component
class ChangesIntoFeed {

    private final ChangeFeed feed;

    ChangesIntoFeed(ChangeFeed feed) {
        this.feed = feed;
    }

    @EventListener
    void on(ProductChanged event) {
        feed.record(ChangeKind.PRODUCTS, event.tenantId(), List.of(event.productId()), List.of());
    }

    @EventListener
    void on(ProductsChanged event) {
        feed.record(ChangeKind.PRODUCTS, event.tenantId(), event.productIds(), event.created());
    }

    @EventListener
    void on(SupplierChanged event) {
        feed.record(ChangeKind.SUPPLIERS, event.tenantId(), List.of(event.supplierId()), List.of());
    }

    @EventListener
    void on(SynonymsChanged event) {
        feed.record(ChangeKind.SYNONYMS, event.tenantId());
    }

    @EventListener
    void on(TenantContentChanged event) {
        feed.record(ChangeKind.CONTENT, event.tenantId());
    }

    @EventListener
    void on(TenantChanged event) {
        feed.record(ChangeKind.TENANT, event.tenantId());
    }
}
