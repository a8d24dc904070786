package org.beltportal.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductChanged;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierChanged;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the index in step with the database, which stays the truth: each committed product or supplier
 * change is re-read and re-indexed at once; at start a reset index is rebuilt and a kept one catches up
 * with changes since its last commit.
 */
@Component
public class ProductIndexer {

    static final int BATCH = 500;
    /** Changes this long before the last commit are re-read too: covers writes applied while it ran. */
    static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ProductIndexer.class);

    private final ProductIndex index;
    private final ProductDocuments documents;
    private final TenantService tenants;
    private final ProductService products;
    private final SupplierService suppliers;

    public ProductIndexer(ProductIndex index, JsonMapper json, TenantService tenants, ProductService products,
                          SupplierService suppliers) {
        this.index = index;
        this.documents = new ProductDocuments(json);
        this.tenants = tenants;
        this.products = products;
        this.suppliers = suppliers;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProductChanged event) {
        if (event.deleted()) {
            index.remove(ProductDocuments.key(event.tenantId(), event.productId()));
            return;
        }
        products.find(event.tenantId(), event.productId()).ifPresentOrElse(
                product -> index(List.of(product), event.tenantId()),
                () -> index.remove(ProductDocuments.key(event.tenantId(), event.productId())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SupplierChanged event) {
        reindex(event.tenantId(), event.supplierId(), null);
    }

    /** Runs after start-up (and after first-start seeding), off the main thread so the portal serves meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        Thread.ofPlatform().name("index-startup").daemon().start(() -> {
            Instant since = index.wasReset() ? null : index.lastCommit().map(t -> t.minus(CATCH_UP_MARGIN)).orElse(null);
            long started = System.nanoTime();
            long count = 0;
            for (Tenant tenant : tenants.all()) {
                count += reindex(tenant.id(), null, since);
            }
            index.refreshNow();
            log.info("Product index {}: {} products in {} ms", since == null ? "rebuilt" : "caught up since " + since,
                    count, Duration.ofNanos(System.nanoTime() - started).toMillis());
        });
    }

    /** Re-indexes one tenant's products (optionally one supplier's, or changed since) from the database. */
    public long reindex(TenantId tenantId, Long supplierId, Instant changedSince) {
        long afterId = 0;
        long count = 0;
        while (true) {
            List<Product> batch = products.batch(tenantId, supplierId, changedSince, afterId, BATCH);
            if (batch.isEmpty()) {
                return count;
            }
            index(batch, tenantId);
            count += batch.size();
            afterId = batch.getLast().id();
        }
    }

    private void index(List<Product> batch, TenantId tenantId) {
        Map<Long, Supplier> bySupplier = suppliers.byIds(tenantId, batch.stream().map(Product::supplierId).distinct().toList());
        for (Product product : batch) {
            Supplier supplier = bySupplier.get(product.supplierId());
            if (product.isActive() && supplier != null) {
                try {
                    index.put(ProductDocuments.key(tenantId, product.id()), documents.document(product, supplier));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                index.remove(ProductDocuments.key(tenantId, product.id()));
            }
        }
    }
}
