package org.beltportal.core.product;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.beltportal.core.product.internal.ProductMapper;
import org.beltportal.core.product.internal.ProductRow;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reads every tenant's active products with their suppliers in one pass along the primary key: what a full
 * index rebuild needs. Reading tenant by tenant went through the tenant index and then one primary-key
 * lookup per row; product ids interleave across tenants, so on a catalogue larger than the database's
 * buffer pool nearly every row was a random page read and the rebuild waited on the disk. Primary-key
 * ranges read pages in order instead.
 * <p>
 * It reads only what the index holds (see {@link CatalogueEntry}): price tiers, images and supplier
 * descriptions were a third of the reading thread's work, and the index needs none of them.
 */
@Service
public class CatalogueScan {

    /** Suppliers a pass keeps in memory (see {@link Pass}). */
    static final int REMEMBERED_SUPPLIERS = 100_000;
    private static final Logger log = LoggerFactory.getLogger(CatalogueScan.class);

    private final ProductMapper products;
    private final SupplierService suppliers;

    CatalogueScan(ProductMapper products, SupplierService suppliers) {
        this.products = products;
        this.suppliers = suppliers;
    }

    /** How many active products all tenants hold: the total a rebuild reports progress against. */
    public long countActive() {
        return products.countActiveAcrossTenants();
    }

    /** Starts a pass: its steps share one memory of the suppliers already read. */
    public Pass pass() {
        return new Pass(REMEMBERED_SUPPLIERS);
    }

    /** A pass remembering fewer suppliers, so a test can make it forget. */
    Pass pass(int rememberedSuppliers) {
        return new Pass(rememberedSuppliers);
    }

    /**
     * One pass over the catalogue, used by one thread. Ids interleave across tenants, so nearly every
     * step of a thousand products names a thousand different suppliers; reading them anew each step cost
     * as much as reading the products. The pass keeps the last {@value #REMEMBERED_SUPPLIERS} suppliers
     * it read: without descriptions, a few tens of MB for typical rows and about 100 MB if every name and
     * location were at their 200-character limit. With about forty products per supplier most steps find
     * most of theirs.
     * A supplier changed during the pass is no worry: that change re-indexes its products, and a rebuild
     * re-reads every product written meanwhile before it swaps.
     */
    public final class Pass {

        private final Map<Long, Supplier> suppliersRead;

        private Pass(int remembered) {
            suppliersRead = new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Supplier> eldest) {
                    return size() > remembered;
                }
            };
        }

        /** Up to {@code limit} active products with ids above {@code afterId}, in id order, of any tenant. */
        public CataloguePage after(long afterId, int limit) {
            List<ProductRow> rows = products.findActiveAcrossTenants(afterId, limit);
            if (rows.isEmpty()) {
                return new CataloguePage(List.of(), 0, OptionalLong.empty());
            }
            Map<Long, Supplier> bySupplier = suppliersOf(rows);
            List<CatalogueEntry> entries = new ArrayList<>(rows.size());
            for (ProductRow row : rows) {
                Supplier supplier = bySupplier.get(row.supplierId());
                // The foreign key does not tie the supplier to the product's tenant; a row that crosses is skipped.
                if (supplier != null && supplier.tenantId().equals(row.tenantId())) {
                    entries.add(new CatalogueEntry(row.withTiers(List.of()), supplier));
                } else {
                    log.warn("Product {} of tenant {} names supplier {}, not one of its tenant's: left out", row.id(),
                            row.tenantId().value(), row.supplierId());
                }
            }
            return new CataloguePage(entries, rows.size(), rows.size() < limit ? OptionalLong.empty() : OptionalLong.of(rows.getLast().id()));
        }

        /**
         * The step's suppliers, remembered ones and the rest read in one query. They are collected here
         * rather than looked up in the memory afterwards: remembering the ones just read can push out a
         * remembered one this same step needs.
         */
        private Map<Long, Supplier> suppliersOf(List<ProductRow> rows) {
            Map<Long, Supplier> bySupplier = new HashMap<>();
            List<Long> missing = new ArrayList<>();
            for (long id : rows.stream().map(ProductRow::supplierId).distinct().toList()) {
                Supplier remembered = suppliersRead.get(id);
                if (remembered != null) {
                    bySupplier.put(id, remembered);
                } else {
                    missing.add(id);
                }
            }
            if (!missing.isEmpty()) {
                for (Supplier supplier : suppliers.findAcrossTenants(missing)) {
                    bySupplier.put(supplier.id(), supplier);
                    suppliersRead.put(supplier.id(), supplier);
                }
            }
            return bySupplier;
        }
    }
}
