package org.beltportal.core.supplier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierDraft;
import org.beltportal.core.system.internal.MyBatisSettings;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.internal.TenantMapper;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/** The mapper slice on the real server: which suppliers a portal features, and only its own. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(MyBatisSettings.class)
class SupplierMapperTest extends TestDatabase {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Autowired
    SupplierMapper suppliers;
    @Autowired
    TenantMapper tenants;

    TenantId zhili;
    TenantId baigou;

    @BeforeEach
    void twoTenants() {
        zhili = Fixtures.insertTenant(tenants, "zhili", NOW);
        baigou = Fixtures.insertTenant(tenants, "baigou", NOW);
    }

    @Test
    void featuredAreVerifiedFirstThenBestRatedThenLongestInBusinessOfThisTenantOnly() {
        supplier(zhili, "unverified-5A", CreditRating.A5, false, 20);
        supplier(zhili, "verified-3A", CreditRating.A3, true, 20);
        supplier(zhili, "verified-4A-new", CreditRating.A4, true, 2);
        supplier(zhili, "verified-4A-old", CreditRating.A4, true, 12);
        supplier(baigou, "other-verified-5A", CreditRating.A5, true, 30);

        assertThat(suppliers.findFeatured(zhili, 3)).extracting(Supplier::name)
                .containsExactly("verified-4A-old", "verified-4A-new", "verified-3A");
        assertThat(suppliers.findFeatured(zhili, 10)).extracting(Supplier::tenantId).containsOnly(zhili);
    }

    private void supplier(TenantId tenant, String name, CreditRating rating, boolean verified, int years) {
        SupplierDraft draft = new SupplierDraft(name, rating, verified, years, "织里镇", Set.of(), null, null, null, null, null);
        suppliers.insert(new SupplierMapper.SupplierRow(null, tenant, draft, NOW));
    }
}
