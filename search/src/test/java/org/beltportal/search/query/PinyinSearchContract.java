package org.beltportal.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.SupplierDraft;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How buyers type, on either backend (decision 0045): pinyin, initials and mixed spellings find titles below
 * exact matches, and an English word that is also one syllable stays English. Two belts hold products; each
 * backend's test says how to wait until writes are searchable.
 */
abstract class PinyinSearchContract extends TestDatabase {

    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    ProductSearch search;

    Tenant zhili;
    Tenant other;
    long dress;
    long dress2;
    long socks;
    long brandSocks;
    long bag;
    long dragonShirt;
    long gloves;
    long downCoat;

    @BeforeEach
    void twoBelts() {
        zhili = tenants.create("tester", Fixtures.uniqueSlug("zhili"), Fixtures.settings("织里"), List.of());
        other = tenants.create("tester", Fixtures.uniqueSlug("other"), Fixtures.settings("别处"), List.of());
        long zhiliSupplier = supplier(zhili);
        dress = add(zhili, zhiliSupplier, "D1", "女童纯棉连衣裙 夏季新款", "Girls cotton dress", "童装/女童/连衣裙", "25.80");
        dress2 = add(zhili, zhiliSupplier, "D2", "碎花连衣裙 小女孩", null, "童装/女童/连衣裙", "19.90");
        socks = add(zhili, zhiliSupplier, "S1", "儿童棉袜子 5双装", "Kids socks", "童装/配饰/袜子", "3.20");
        brandSocks = add(zhili, zhiliSupplier, "S2", "wazi品牌 成人短袜", null, "服装/袜子", "4.00");
        bag = add(zhili, zhiliSupplier, "B1", "帆布手提包", "Long canvas tote bag", "箱包/手提包", "15.00");
        dragonShirt = add(zhili, zhiliSupplier, "T1", "龙纹短袖T恤", null, "服装/T恤", "12.00");
        gloves = add(zhili, zhiliSupplier, "G1", "PVC手套 防水", "PVC gloves", "日用/手套", "0.80");
        downCoat = add(other, supplier(other), "C1", "男童羽绒服 加厚", "Boys down coat", "童装/男童/羽绒服", "128.00");
        awaitSearchable();
    }

    /** Returns once every write so far can be found. */
    abstract void awaitSearchable();

    long supplier(Tenant tenant) {
        return suppliers.create("tester", tenant.id(), new SupplierDraft("织里童装厂", CreditRating.A3, false, 5,
                "织里镇", Set.of(Capability.SAMPLES), 50, 500, null, null, null)).id();
    }

    long add(Tenant tenant, long supplier, String sku, String title, String titleEn, String category, String price) {
        ProductDraft draft = new ProductDraft(sku, title, titleEn, null, category, supplier, 1, "件",
                List.of(new PriceTier(1, new BigDecimal(price))), Map.of(), List.of(), ProductStatus.ACTIVE);
        return products.create("tester", tenant.id(), draft).id();
    }

    SearchResult in(Tenant tenant, String text) {
        return search.search(SearchScope.tenant(tenant.id()), SearchQuery.text(text));
    }

    static List<Long> ids(SearchResult result) {
        return result.items().stream().map(SearchItem::id).toList();
    }

    @Test
    void fullPinyinWithOrWithoutSpacesFindsTheTitleItSpells() {
        for (String typed : List.of("lianyiqun", "lian yi qun", "LianYiQun")) {
            SearchResult result = in(zhili, typed);
            assertThat(ids(result)).as(typed).containsExactlyInAnyOrder(dress, dress2);
            assertThat(result.rescue()).as(typed).isNull();
        }
    }

    @Test
    void initialsAndMixedSpellingsFindTheTitle() {
        assertThat(ids(in(zhili, "lyq"))).containsExactlyInAnyOrder(dress, dress2);
        assertThat(ids(in(zhili, "lian衣裙"))).containsExactlyInAnyOrder(dress, dress2);
        assertThat(ids(in(zhili, "连yi裙"))).containsExactlyInAnyOrder(dress, dress2);
    }

    @Test
    void aTitleThatHoldsTheTypedTextRanksAboveOneFoundBySpelling() {
        assertThat(ids(in(zhili, "wazi"))).containsExactly(brandSocks, socks);
    }

    @Test
    void englishWordsThatAreAlsoOneSyllableStayEnglish() {
        // "long" is 龙's syllable, but one syllable is never read as pinyin: the T-shirt does not come up.
        assertThat(ids(in(zhili, "long"))).containsExactly(bag);
        assertThat(ids(in(zhili, "long bag"))).containsExactly(bag);
        assertThat(ids(in(zhili, "bag"))).containsExactly(bag);
    }
}
