package org.beltportal.core.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.testing.TwoBelts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class CatalogueScanTest extends TestDatabase {

    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    CatalogueScan catalogue;
    @Autowired
    JdbcTemplate jdbc;

    TwoBelts belts;

    @BeforeEach
    void twoTenantsWithOneSupplierEach() {
        belts = TwoBelts.create(tenants, suppliers);
    }

    @Test
    void onePassReadsEveryTenantsActiveProductsWithTheirSuppliersInSteps() {
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(products.create("tester", belts.zhili().id(), Fixtures.product("ZL-" + i, "连衣裙" + i, belts.zhiliSupplier())).id());
            expected.add(products.create("tester", belts.baigou().id(), Fixtures.product("BG-" + i, "双肩包" + i, belts.baigouSupplier())).id());
        }
        ProductDraft hidden = Fixtures.product("ZL-H", "下架", belts.zhiliSupplier());
        products.create("tester", belts.zhili().id(), new ProductDraft(hidden.sku(), hidden.title(), null, null, null,
                belts.zhiliSupplier(), 1, "件", hidden.priceTiers(), hidden.attributes(), List.of(), ProductStatus.INACTIVE));

        List<CatalogueEntry> read = new ArrayList<>();
        int steps = 0;
        CatalogueScan.Pass pass = catalogue.pass();
        for (OptionalLong after = OptionalLong.of(expected.getFirst() - 1); after.isPresent(); steps++) {
            CataloguePage page = pass.after(after.getAsLong(), 3);
            read.addAll(page.entries());
            after = page.nextAfterId();
        }

        assertThat(steps).isGreaterThanOrEqualTo(4);
        assertThat(read).extracting(entry -> entry.product().id()).containsSubsequence(expected)
                .doesNotHaveDuplicates().isSorted();
        assertThat(read).filteredOn(entry -> expected.contains(entry.product().id())).allSatisfy(entry -> {
            assertThat(entry.supplier().tenantId()).isEqualTo(entry.product().tenantId());
            Product stored = products.find(entry.product().tenantId(), entry.product().id()).orElseThrow();
            assertThat(entry.product().minPrice()).isEqualTo(stored.minPrice());
            assertThat(entry.product().title()).isEqualTo(stored.title());
            assertThat(entry.product().category()).isEqualTo(stored.category());
            assertThat(entry.product().attributes()).isEqualTo(stored.attributes());
        });
        assertThat(read).noneMatch(entry -> entry.product().sku().equals("ZL-H"));
    }

    @Test
    void aProductWhoseSupplierBelongsToAnotherTenantIsSkippedAndThePassGoesOn() {
        long crossing = products.create("tester", belts.zhili().id(), Fixtures.product("ZL-X", "连衣裙", belts.zhiliSupplier())).id();
        long next = products.create("tester", belts.zhili().id(), Fixtures.product("ZL-Y", "卫衣", belts.zhiliSupplier())).id();
        // The foreign key allows this; only the application keeps suppliers within a tenant.
        jdbc.update("UPDATE product SET supplier_id = ? WHERE id = ?", belts.baigouSupplier(), crossing);
        try {
            CatalogueScan.Pass pass = catalogue.pass();
            CataloguePage step = pass.after(crossing - 1, 1);

            assertThat(step.entries()).isEmpty();
            assertThat(step.read()).isOne();
            assertThat(step.nextAfterId()).hasValue(crossing);
            assertThat(pass.after(crossing, 1).entries()).extracting(entry -> entry.product().id()).containsExactly(next);
        } finally {
            // Other test classes share the database and rebuild indexes from it.
            jdbc.update("DELETE FROM product WHERE id = ?", crossing);
        }
    }

    /** What the index does not hold is not read: tiers (the lowest price is a column), images, descriptions. */
    @Test
    void aPassLeavesOutTiersImagesAndSupplierDescriptions() {
        long id = products.create("tester", belts.zhili().id(), Fixtures.product("ZL-L", "连衣裙", belts.zhiliSupplier())).id();
        jdbc.update("UPDATE product SET images = '[\"/media/a.jpg\"]' WHERE id = ?", id);
        jdbc.update("UPDATE supplier SET description = '源头工厂' WHERE id = ?", belts.zhiliSupplier());

        CatalogueEntry entry = catalogue.pass().after(id - 1, 1).entries().getFirst();

        assertThat(entry.product().priceTiers()).isEmpty();
        assertThat(entry.product().images()).isEmpty();
        assertThat(entry.product().minPrice()).isNotNull();
        assertThat(entry.supplier().description()).isNull();
        assertThat(entry.supplier().name()).isNotBlank();
    }

    /** The memory is per pass: a rebuild re-reads products written meanwhile, so a pass need not notice. */
    @Test
    void aPassReadsEachSupplierOnceAndANewPassReadsItAgain() {
        long first = products.create("tester", belts.zhili().id(), Fixtures.product("ZL-M1", "连衣裙", belts.zhiliSupplier())).id();
        long second = products.create("tester", belts.zhili().id(), Fixtures.product("ZL-M2", "卫衣", belts.zhiliSupplier())).id();
        String name = jdbc.queryForObject("SELECT name FROM supplier WHERE id = ?", String.class, belts.zhiliSupplier());
        CatalogueScan.Pass pass = catalogue.pass();
        assertThat(pass.after(first - 1, 1).entries().getFirst().supplier().name()).isEqualTo(name);

        jdbc.update("UPDATE supplier SET name = ? WHERE id = ?", name + "（新）", belts.zhiliSupplier());

        assertThat(pass.after(first, 1).entries().getFirst().supplier().name()).isEqualTo(name);
        assertThat(catalogue.pass().after(second - 1, 1).entries().getFirst().supplier().name()).isEqualTo(name + "（新）");
    }

    @Test
    void aStepKeepsARememberedSupplierThatReadingItsOthersPushesOut() {
        long zhili = products.create("tester", belts.zhili().id(), Fixtures.product("ZL-E", "连衣裙", belts.zhiliSupplier())).id();
        long baigou = products.create("tester", belts.baigou().id(), Fixtures.product("BG-E", "双肩包", belts.baigouSupplier())).id();
        CatalogueScan.Pass pass = catalogue.pass(1);
        pass.after(zhili - 1, 1);

        CataloguePage both = pass.after(zhili - 1, 2);

        assertThat(both.entries()).extracting(entry -> entry.product().id()).containsExactly(zhili, baigou);
    }
}
