package org.beltportal.core.product;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reads every tenant's active products with their tiers and suppliers in one pass along the primary key:
 * what a full index rebuild needs. Reading tenant by tenant went through the tenant index and then one
 * primary-key lookup per row; product ids interleave across tenants, so on a catalogue larger than the
 * database's buffer pool nearly every row was a random page read and the rebuild waited on the disk.
 * Primary-key ranges (products, then their tiers) read pages in order instead.
 */
@Service
public class CatalogueScan {

    private static final Logger log = LoggerFactory.getLogger(CatalogueScan.class);

    private final ProductMapper products;
    private final SupplierMapper suppliers;

    public CatalogueScan(ProductMapper products, SupplierMapper suppliers) {
        this.products = products;
        this.suppliers = suppliers;
    }

    /** How many active products all tenants hold: the total a rebuild reports progress against. */
    public long countActive() {
        return products.countActiveAcrossTenants();
    }

    /** Up to {@code limit} active products with ids above {@code afterId}, in id order, of any tenant. */
    public CataloguePage after(long afterId, int limit) {
        List<ProductRow> rows = products.findActiveAcrossTenants(afterId, limit);
        if (rows.isEmpty()) {
            return new CataloguePage(List.of(), 0, OptionalLong.empty());
        }
        long lastId = rows.getLast().id();
        Map<Long, List<PriceTier>> tiers = TierRow.byProduct(products.findTiersInRange(rows.getFirst().id(), lastId));
        Map<Long, Supplier> bySupplier = new HashMap<>();
        suppliers.findByIdsAcrossTenants(rows.stream().map(ProductRow::supplierId).distinct().toList())
                .forEach(supplier -> bySupplier.put(supplier.id(), supplier));
        List<CatalogueEntry> entries = new ArrayList<>(rows.size());
        for (ProductRow row : rows) {
            Supplier supplier = bySupplier.get(row.supplierId());
            // The foreign key does not tie the supplier to the product's tenant; a row that crosses is skipped.
            if (supplier != null && supplier.tenantId().equals(row.tenantId())) {
                entries.add(new CatalogueEntry(row.withTiers(tiers.getOrDefault(row.id(), List.of())), supplier));
            } else {
                log.warn("Product {} of tenant {} names supplier {}, not one of its tenant's: left out", row.id(),
                        row.tenantId().value(), row.supplierId());
            }
        }
        return new CataloguePage(entries, rows.size(), rows.size() < limit ? OptionalLong.empty() : OptionalLong.of(lastId));
    }
}
