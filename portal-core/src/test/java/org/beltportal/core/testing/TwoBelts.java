package org.beltportal.core.testing;

import java.util.List;

import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;

/** Two fresh belt portals with one supplier each: the usual stage for isolation and catalogue tests. */
public record TwoBelts(Tenant zhili, Tenant baigou, long zhiliSupplier, long baigouSupplier) {

    public static TwoBelts create(TenantService tenants, SupplierService suppliers) {
        Tenant zhili = tenants.create("tester", Fixtures.uniqueSlug("zhili"), Fixtures.settings("织里"), List.of());
        Tenant baigou = tenants.create("tester", Fixtures.uniqueSlug("baigou"), Fixtures.settings("白沟"), List.of());
        return new TwoBelts(zhili, baigou, suppliers.create("tester", zhili.id(), Fixtures.supplier("织里服饰")).id(),
                suppliers.create("tester", baigou.id(), Fixtures.supplier("白沟箱包")).id());
    }
}
