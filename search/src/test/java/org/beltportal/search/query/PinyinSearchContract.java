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
 * exact matches, and an English word that is also one syllable stays English; IME slips and typos are corrected
 * from the belt's own words only, and a search that finds nothing is relaxed or answered with categories (a word
 * only the other belt knows is never offered). Two belts hold products; each backend's test says how to wait
 * until writes are searchable.
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

    /**
     * 女童 and 连衣裙 are two words of the title with 纯棉 between them: spelled together they are not the title's
     * syllable pairs, so only the rescue finds the dress, by leaving one word out.
     */
    @Test
    void twoSpelledWordsApartInTheTitleAreFoundByLeavingOneOut() {
        assertThat(ids(in(zhili, "nvtong lianyiqun"))).containsExactly(dress);
    }

    @Test
    void anImeSlipIsCorrectedToTheBeltsWord() {
        SearchResult result = in(zhili, "连衣群");

        assertThat(ids(result)).containsExactlyInAnyOrder(dress, dress2);
        assertThat(result.rescue()).isEqualTo(SearchResult.Rescue.CORRECTED);
        assertThat(result.originalQuery()).isEqualTo("连衣群");
        assertThat(result.correctedQuery()).isEqualTo("连衣裙");
        SearchResult longer = in(zhili, "纯棉连衣群");
        assertThat(longer.correctedQuery()).isEqualTo("纯棉连衣裙");
        assertThat(ids(longer)).containsExactly(dress);
        assertThat(ids(in(zhili, "連衣群"))).containsExactlyInAnyOrder(dress, dress2);
    }

    @Test
    void nearPinyinAndEnglishTyposAreCorrected() {
        SearchResult nl = in(zhili, "nianyiqun");
        assertThat(nl.correctedQuery()).isEqualTo("连衣裙");
        assertThat(ids(nl)).containsExactlyInAnyOrder(dress, dress2);

        SearchResult lostLetter = in(zhili, "lianyqun");
        assertThat(lostLetter.correctedQuery()).isEqualTo("连衣裙");
        assertThat(ids(lostLetter)).containsExactlyInAnyOrder(dress, dress2);

        SearchResult typo = in(zhili, "glovs");
        assertThat(typo.rescue()).isEqualTo(SearchResult.Rescue.CORRECTED);
        assertThat(ids(typo)).containsExactly(gloves);
        assertThat(typo.correctedQuery()).isEqualTo("gloves");

        // The field holds stems (canva): the typed word is stemmed before it is compared, and keeps its ending.
        SearchResult stemmed = in(zhili, "canvs");
        assertThat(stemmed.correctedQuery()).isEqualTo("canvas");
        assertThat(ids(stemmed)).containsExactly(bag);
    }

    @Test
    void aCompoundSmartcnCutsInPiecesIsOneWordForInitialsAndSlips() {
        long supplier = supplier(zhili);
        long boatSocks = add(zhili, supplier, "S3", "男士隐形船袜 硅胶防掉跟", null, "服装/袜子", "2.50");
        long backpack = add(zhili, supplier, "B2", "大容量双肩背包", null, "箱包/背包", "35.00");
        awaitSearchable();

        assertThat(ids(in(zhili, "cw"))).containsExactly(boatSocks);
        assertThat(ids(in(zhili, "sjbb"))).containsExactly(backpack);
        SearchResult slip = in(zhili, "船娃");
        assertThat(slip.correctedQuery()).isEqualTo("船袜");
        assertThat(ids(slip)).containsExactly(boatSocks);
    }

    @Test
    void exactSearchesTheTextAsTyped() {
        SearchResult result = search.search(SearchScope.tenant(zhili.id()), SearchQuery.text("连衣群").exactly(true));

        assertThat(result.rescue()).isNotEqualTo(SearchResult.Rescue.CORRECTED);
        assertThat(result.correctedQuery()).isNotEqualTo("连衣裙");
    }

    @Test
    void aWordOnlyAnotherBeltKnowsIsNeverOffered() {
        // 鱼绒服 sounds like 羽绒服, which only the other belt sells.
        SearchResult here = in(zhili, "鱼绒服");
        assertThat(here.rescue()).isNotEqualTo(SearchResult.Rescue.CORRECTED);
        assertThat(here.correctedQuery()).isNotEqualTo("羽绒服");
        assertThat(ids(here)).doesNotContain(downCoat);

        SearchResult there = in(other, "鱼绒服");
        assertThat(there.correctedQuery()).isEqualTo("羽绒服");
        assertThat(ids(there)).containsExactly(downCoat);
    }

    @Test
    void aTermTheBeltCannotMatchTogetherIsLeftOutAndNamed() {
        SearchResult result = in(zhili, "连衣裙 拖拉机");

        assertThat(result.rescue()).isEqualTo(SearchResult.Rescue.RELAXED);
        assertThat(result.relaxedTerm()).isEqualTo("拖拉机");
        assertThat(result.correctedQuery()).isEqualTo("连衣裙");
        assertThat(ids(result)).containsExactlyInAnyOrder(dress, dress2);
    }

    @Test
    void anUnspacedTextIsRelaxedByItsWordsWithUnplacedCharactersKeptTogether() {
        SearchResult result = in(zhili, "女童连衣群");
        assertThat(result.rescue()).isEqualTo(SearchResult.Rescue.RELAXED);
        assertThat(SearchRescue.terms("女童连衣群")).containsExactly("女童", "连衣群");
        assertThat(result.relaxedTerm()).isEqualTo("连衣群");
        // 女童 is in both dresses' category path, which the recall field holds.
        assertThat(ids(result)).containsExactlyInAnyOrder(dress, dress2);
    }

    @Test
    void whenNothingElseHelpsTheNearestCategoriesAreOffered() {
        SearchQuery tooCheap = new SearchQuery("连衣裙", null, null, null, null, null, new BigDecimal("1.00"), null,
                SearchSort.RELEVANCE, null, 20);

        SearchResult result = search.search(SearchScope.tenant(zhili.id()), tooCheap);

        assertThat(result.total()).isZero();
        assertThat(result.rescue()).isEqualTo(SearchResult.Rescue.CATEGORIES);
        assertThat(result.categories()).extracting(SearchResult.FacetCount::value).containsExactly("童装/女童/连衣裙");
    }

    @Test
    void theNationalViewAndLaterPagesAreNotRescued() {
        SearchResult national = search.search(new SearchScope.National(Set.of(zhili.id(), other.id())), SearchQuery.text("连衣群"));
        assertThat(national.rescue()).isNull();
        assertThat(national.total()).isZero();
    }

    @Test
    void longTextsAreSearchedAndRescuedWithoutFailing() {
        assertThat(in(zhili, "lianyiqunwazi".repeat(39).substring(0, 500)).items()).isNotNull();
        assertThat(in(zhili, "连衣群".repeat(170)).items()).isNotNull();
        assertThat(in(zhili, "\uD840\uDC00\uD840\uDC01连衣群").rescue()).isNotNull();
        // The longest letters still compared with the belt's spellings one edit away.
        assertThat(in(zhili, "xq".repeat(12)).items()).isEmpty();
    }
}
