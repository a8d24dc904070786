package org.beltportal.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.beltportal.core.category.CategoryService;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.CursorPage;
import org.beltportal.core.system.ListQuery;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.testing.TwoBelts;
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

    TwoBelts belts;

    @BeforeEach
    void twoTenantsWithOneSupplierEach() {
        belts = TwoBelts.create(tenants, suppliers);
    }

    @Test
    void fourByteCharactersRoundTrip() {
        String title = "𠀀𠮷 女童连衣裙 👗";
        Product saved = products.create("tester", belts.zhili().id(), Fixtures.product("ZL-1", title, belts.zhiliSupplier()));

        assertThat(products.require(belts.zhili().id(), saved.id()).title()).isEqualTo(title);
    }

    @Test
    void tiersAreSortedAndLowestPriceIsDerived() {
        Product saved = products.create("tester", belts.zhili().id(), Fixtures.product("ZL-2", "连衣裙", belts.zhiliSupplier()));

        assertThat(saved.priceTiers()).extracting(PriceTier::minQty).containsExactly(30, 300);
        assertThat(saved.minPrice()).isEqualByComparingTo(new BigDecimal("22.50"));
        assertThat(saved.category()).isEqualTo("童装/女童/连衣裙");
        assertThat(categories.tree(belts.zhili().id())).singleElement()
                .satisfies(root -> assertThat(root.children().getFirst().children().getFirst().path()).isEqualTo("童装/女童/连衣裙"));
    }

    @Test
    void upsertBySkuIsIdempotent() {
        ProductDraft draft = Fixtures.product("ZL-3", "卫衣", belts.zhiliSupplier());
        ProductService.Upserted first = products.upsertBySku("tester", belts.zhili().id(), draft);
        ProductService.Upserted again = products.upsertBySku("tester", belts.zhili().id(), draft);

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.product().id()).isEqualTo(first.product().id());
        assertThat(products.page(belts.zhili().id(), ProductFilter.none(), new PageQuery(0, 50)).total()).isEqualTo(1);
    }

    @Test
    void sameSkuInTwoTenantsIsTwoProducts() {
        Product inZhili = products.create("tester", belts.zhili().id(), Fixtures.product("SAME-1", "同款", belts.zhiliSupplier()));
        Product inBaigou = products.create("tester", belts.baigou().id(), Fixtures.product("SAME-1", "同款", belts.baigouSupplier()));

        assertThat(inZhili.id()).isNotEqualTo(inBaigou.id());
        assertThat(products.find(belts.zhili().id(), inBaigou.id())).isEmpty();
        assertThat(products.findBySku(belts.baigou().id(), "SAME-1")).map(Product::id).contains(inBaigou.id());
    }

    @Test
    void duplicateSkuIsAConflict() {
        products.create("tester", belts.zhili().id(), Fixtures.product("DUP-1", "甲", belts.zhiliSupplier()));
        assertThatThrownBy(() -> products.create("tester", belts.zhili().id(), Fixtures.product("DUP-1", "乙", belts.zhiliSupplier())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void supplierOfAnotherTenantIsRefused() {
        assertThatThrownBy(() -> products.create("tester", belts.zhili().id(), Fixtures.product("X-1", "越界", belts.baigouSupplier())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting("field").containsExactly("supplierId"));
    }

    @Test
    void listingTextFilterTreatsWildcardsLiterally() {
        products.create("tester", belts.zhili().id(), Fixtures.product("PCT-1", "100%纯棉T恤", belts.zhiliSupplier()));
        products.create("tester", belts.zhili().id(), Fixtures.product("PCT-2", "纯棉_背心", belts.zhiliSupplier()));

        assertThat(products.page(belts.zhili().id(), new ProductFilter(null, null, "%"), new PageQuery(0, 10)).items())
                .extracting(Product::sku).containsExactly("PCT-1");
        assertThat(products.page(belts.zhili().id(), new ProductFilter(null, null, "_"), new PageQuery(0, 10)).items())
                .extracting(Product::sku).containsExactly("PCT-2");
    }

    @Test
    void textFindsInactiveProductsBySkuOrTitleIgnoringCaseAcrossPagesAndOnlyInItsBelt() {
        TenantId zhili = belts.zhili().id();
        Product withdrawn = products.create("tester", zhili, inactive(Fixtures.product("Wd-100", "停产 Cotton 袜", belts.zhiliSupplier())));
        for (int i = 0; i < 5; i++) {
            products.create("tester", zhili, Fixtures.product("COT-" + i, "纯棉童袜 " + i, belts.zhiliSupplier()));
        }
        products.create("tester", belts.baigou().id(), Fixtures.product("COT-9", "纯棉童袜 别的产业带", belts.baigouSupplier()));

        assertThat(skus(products.list(zhili, new ProductFilter(null, null, "cotton"), ProductSort.NEWEST, new ListQuery(0, 10, null))))
                .as("title, case ignored, inactive included").containsExactly("Wd-100");
        assertThat(skus(products.list(zhili, new ProductFilter(null, null, "WD-1"), ProductSort.NEWEST, new ListQuery(0, 10, null))))
                .as("SKU prefix").containsExactly("Wd-100");
        assertThat(skus(products.list(zhili, new ProductFilter(ProductStatus.INACTIVE, null, "袜"), ProductSort.NEWEST,
                new ListQuery(0, 10, null)))).containsExactly("Wd-100");
        assertThat(products.list(zhili, new ProductFilter(ProductStatus.ACTIVE, null, "cotton"), ProductSort.NEWEST,
                new ListQuery(0, 10, null)).items()).isEmpty();

        CursorPage<Product> first = products.list(zhili, new ProductFilter(null, null, "cot"), ProductSort.NEWEST, new ListQuery(0, 4, null));
        assertThat(skus(first)).containsExactly("COT-4", "COT-3", "COT-2", "COT-1");
        assertThat(first.total()).as("counted: the page is full").isEqualTo(6);
        CursorPage<Product> second = products.list(zhili, new ProductFilter(null, null, "cot"), ProductSort.NEWEST,
                new ListQuery(0, 4, first.nextCursor()));
        assertThat(skus(second)).containsExactly("COT-0", "Wd-100");
        assertThat(skus(products.list(zhili, new ProductFilter(null, null, "cot"), ProductSort.SKU, new ListQuery(0, 10, null))))
                .containsExactly("COT-0", "COT-1", "COT-2", "COT-3", "COT-4", "Wd-100");
        CursorPage<Product> rare = products.list(zhili, new ProductFilter(null, null, "童袜 3"), ProductSort.NEWEST, new ListQuery(0, 50, null));
        assertThat(skus(rare)).containsExactly("COT-3");
        assertThat(rare.total()).isEqualTo(1);
        assertThat(withdrawn.status()).isEqualTo(ProductStatus.INACTIVE);
    }

    private static ProductDraft inactive(ProductDraft draft) {
        return new ProductDraft(draft.sku(), draft.title(), draft.titleEn(), draft.description(), draft.category(), draft.supplierId(),
                draft.moq(), draft.unit(), draft.priceTiers(), draft.attributes(), draft.images(), ProductStatus.INACTIVE);
    }

    private static List<String> skus(CursorPage<Product> page) {
        return page.items().stream().map(Product::sku).toList();
    }

    @Test
    void activeProductsAreCountedAndFoundByPositionInIdOrderPerTenant() {
        List<Long> zhili = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ProductDraft draft = Fixtures.product("POS-" + i, "连衣裙" + i, belts.zhiliSupplier());
            ProductStatus status = i % 2 == 1 ? ProductStatus.INACTIVE : ProductStatus.ACTIVE;
            zhili.add(products.create("tester", belts.zhili().id(), new ProductDraft(draft.sku(), draft.title(), null, null,
                    null, belts.zhiliSupplier(), 1, "件", draft.priceTiers(), draft.attributes(), List.of(), status)).id());
            products.create("tester", belts.baigou().id(), Fixtures.product("POS-" + i, "双肩包" + i, belts.baigouSupplier()));
        }

        assertThat(products.countActive(belts.zhili().id())).isEqualTo(3);
        assertThat(products.activeIdAt(belts.zhili().id(), 0)).contains(zhili.get(0));
        assertThat(products.activeIdAt(belts.zhili().id(), 1)).contains(zhili.get(2));
        assertThat(products.activeIdAt(belts.zhili().id(), 2)).contains(zhili.get(4));
        assertThat(products.activeIdAt(belts.zhili().id(), 3)).isEmpty();
        assertThat(products.countActive(belts.baigou().id())).isEqualTo(5);
    }
}
