package org.beltportal.core.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.SupplierDraft;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantSettings;
import org.beltportal.core.tenant.TenantStatus;
import org.beltportal.core.tenant.internal.TenantMapper;
import org.beltportal.core.tenant.internal.TenantMapper.TenantRow;

/** Small builders for test data; every slug is unique so tests never collide on a shared database. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Inserts an active tenant straight through the mapper, for mapper slices that have no services. */
    public static TenantId insertTenant(TenantMapper tenants, String prefix, Instant now) {
        TenantRow row = new TenantRow(null, uniqueSlug(prefix), settings("测试").withDefaults(), TenantStatus.ACTIVE, now);
        tenants.insert(row);
        return new TenantId(row.id);
    }

    public static TenantSettings settings(String name) {
        return new TenantSettings(name, null, "浙江省", null, null, null, null);
    }

    public static SupplierDraft supplier(String name) {
        return new SupplierDraft(name, CreditRating.A4, true, 6, "织里镇", Set.of(Capability.SAMPLES, Capability.CUSTOM),
                80, 2000, null, null, null);
    }

    public static ProductDraft product(String sku, String title, long supplierId) {
        return new ProductDraft(sku, title, "Girls' dress", "纯棉面料", "童装/女童/连衣裙", supplierId, 30, "件",
                List.of(new PriceTier(300, new BigDecimal("22.50")), new PriceTier(30, new BigDecimal("25.80"))),
                Map.of("材质", "纯棉"), List.of(), ProductStatus.ACTIVE);
    }
}
