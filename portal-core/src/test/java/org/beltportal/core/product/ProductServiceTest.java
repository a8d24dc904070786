package org.beltportal.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.beltportal.core.category.CategoryService;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ProductServiceTest extends TestDatabase {

    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    CategoryService categories;

    Tenant zhili;
    Tenant baigou;
    long zhiliSupplier;
    long baigouSupplier;

    @BeforeEach
    void twoTenantsWithOneSupplierEach() {
        zhili = tenants.create("tester", Fixtures.uniqueSlug("zhili"), Fixtures.settings("织里"), List.of());
        baigou = tenants.create("tester", Fixtures.uniqueSlug("baigou"), Fixtures.settings("白沟"), List.of());
        zhiliSupplier = suppliers.create("tester", zhili.id(), Fixtures.supplier("织里服饰")).id();
        baigouSupplier = suppliers.create("tester", baigou.id(), Fixtures.supplier("白沟箱包")).id();
    }

    @Test
    void fourByteCharactersRoundTrip() {
        String title = "𠀀𠮷 女童连衣裙 👗";
        Product saved = products.create("tester", zhili.id(), Fixtures.product("ZL-1", title, zhiliSupplier));

        assertThat(products.require(zhili.id(), saved.id()).title()).isEqualTo(title);
    }

    @Test
    void tiersAreSortedAndLowestPriceIsDerived() {
        Product saved = products.create("tester", zhili.id(), Fixtures.product("ZL-2", "连衣裙", zhiliSupplier));

        assertThat(saved.priceTiers()).extracting(PriceTier::minQty).containsExactly(30, 300);
        assertThat(saved.minPrice()).isEqualByComparingTo(new BigDecimal("22.50"));
        assertThat(saved.category()).isEqualTo("童装/女童/连衣裙");
        assertThat(categories.tree(zhili.id())).singleElement()
                .satisfies(root -> assertThat(root.children().getFirst().children().getFirst().path()).isEqualTo("童装/女童/连衣裙"));
    }

    @Test
    void upsertBySkuIsIdempotent() {
        ProductDraft draft = Fixtures.product("ZL-3", "卫衣", zhiliSupplier);
        ProductService.Upserted first = products.upsertBySku("tester", zhili.id(), draft);
        ProductService.Upserted again = products.upsertBySku("tester", zhili.id(), draft);

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.product().id()).isEqualTo(first.product().id());
        assertThat(products.page(zhili.id(), ProductFilter.none(), new PageQuery(0, 50)).total()).isEqualTo(1);
    }

    @Test
    void sameSkuInTwoTenantsIsTwoProducts() {
        Product inZhili = products.create("tester", zhili.id(), Fixtures.product("SAME-1", "同款", zhiliSupplier));
        Product inBaigou = products.create("tester", baigou.id(), Fixtures.product("SAME-1", "同款", baigouSupplier));

        assertThat(inZhili.id()).isNotEqualTo(inBaigou.id());
        assertThat(products.find(zhili.id(), inBaigou.id())).isEmpty();
        assertThat(products.findBySku(baigou.id(), "SAME-1")).map(Product::id).contains(inBaigou.id());
    }

    @Test
    void duplicateSkuIsAConflict() {
        products.create("tester", zhili.id(), Fixtures.product("DUP-1", "甲", zhiliSupplier));
        assertThatThrownBy(() -> products.create("tester", zhili.id(), Fixtures.product("DUP-1", "乙", zhiliSupplier)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void supplierOfAnotherTenantIsRefused() {
        assertThatThrownBy(() -> products.create("tester", zhili.id(), Fixtures.product("X-1", "越界", baigouSupplier)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting("field").containsExactly("supplierId"));
    }

    @Test
    void listingTextFilterTreatsWildcardsLiterally() {
        products.create("tester", zhili.id(), Fixtures.product("PCT-1", "100%纯棉T恤", zhiliSupplier));
        products.create("tester", zhili.id(), Fixtures.product("PCT-2", "纯棉_背心", zhiliSupplier));

        assertThat(products.page(zhili.id(), new ProductFilter(null, null, "%"), new PageQuery(0, 10)).items())
                .extracting(Product::sku).containsExactly("PCT-1");
        assertThat(products.page(zhili.id(), new ProductFilter(null, null, "_"), new PageQuery(0, 10)).items())
                .extracting(Product::sku).containsExactly("PCT-2");
    }
}
