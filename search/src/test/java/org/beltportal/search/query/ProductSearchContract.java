package org.beltportal.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beltportal.core.testing.Eventually.eventually;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.SupplierDraft;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.synonym.SynonymService;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search and suggestion contract both backends keep (decision 0045): search over the real index, fed by the real services
 * on the real database; two tenants hold the same catalogue, so every assertion about one tenant also proves
 * the other's products stayed out. Each backend's test extends it with its Spring context and says how to wait
 * until every write so far is searchable.
 */
abstract class ProductSearchContract extends TestDatabase {

    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    ProductSearch search;
    @Autowired
    ProductSuggest suggest;
    @Autowired
    SynonymService synonyms;

    Tenant zhili;
    Tenant twin;
    Map<String, Long> ids;

    @BeforeEach
    void twoTenantsWithTheSameCatalogue() {
        zhili = tenants.create("tester", Fixtures.uniqueSlug("zhili"), Fixtures.settings("织里"), List.of());
        twin = tenants.create("tester", Fixtures.uniqueSlug("twin"), Fixtures.settings("孪生"), List.of());
        ids = catalogue(zhili);
        catalogue(twin);
        awaitSearchable();
    }

    /** Returns once every write so far can be found. */
    abstract void awaitSearchable();

    private Map<String, Long> catalogue(Tenant tenant) {
        long strong = suppliers.create("tester", tenant.id(), new SupplierDraft("织里强实力童装厂", CreditRating.A5, true, 12,
                "织里镇", Set.of(Capability.SAMPLES, Capability.CUSTOM), 200, 5000, null, null, null)).id();
        long small = suppliers.create("tester", tenant.id(), new SupplierDraft("小作坊", CreditRating.A2, false, 1,
                "织里镇", Set.of(Capability.DROPSHIP), 8, 100, null, null, null)).id();
        return Map.of(
                "dress", add(tenant, "D1", "女童纯棉连衣裙 夏季新款", "Girls cotton dress", "童装/女童/连衣裙", strong, 30, "25.80"),
                "dress2", add(tenant, "D2", "碎花连衣裙 小女孩", null, "童装/女童/连衣裙", small, 5, "19.90"),
                "socks", add(tenant, "S1", "儿童棉袜子 5双装", "Kids socks", "童装/配饰/袜子", small, 100, "3.20"),
                "gloves", add(tenant, "G1", "PVC手套 防水", "PVC gloves", "日用/手套", strong, 1000, "0.80"),
                "coat", add(tenant, "C1", "男童羽绒服 <b>加厚</b>", "Boys down coat", "童装/男童/羽绒服", strong, 10, "128.00"));
    }

    private long add(Tenant tenant, String sku, String title, String titleEn, String category, long supplier, int moq, String price) {
        ProductDraft draft = new ProductDraft(sku, title, titleEn, null, category, supplier, moq, "件",
                List.of(new PriceTier(moq, new BigDecimal(price))), Map.of(), List.of(), ProductStatus.ACTIVE);
        return products.create("tester", tenant.id(), draft).id();
    }

    SearchResult inZhili(SearchQuery query) {
        return search.search(SearchScope.tenant(zhili.id()), query);
    }

    private static SearchQuery filters(String text, String category, CreditRating rating, Boolean verified,
                                       Set<Capability> capabilities, String min, String max, Integer moqMax) {
        return new SearchQuery(text, category, rating, verified, capabilities, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), moqMax, SearchSort.RELEVANCE, null, 20);
    }

    static List<Long> idsOf(SearchResult result) {
        return result.items().stream().map(SearchItem::id).toList();
    }

    @Test
    void traditionalQueryFindsSimplifiedTitle() {
        assertThat(idsOf(inZhili(SearchQuery.text("連衣裙")))).containsExactlyInAnyOrder(ids.get("dress"), ids.get("dress2"));
        assertThat(idsOf(inZhili(SearchQuery.text("襪子")))).containsExactly(ids.get("socks"));
    }

    @Test
    void fullWidthQueryFindsHalfWidthTitle() {
        assertThat(idsOf(inZhili(SearchQuery.text("ＰＶＣ")))).containsExactly(ids.get("gloves"));
        assertThat(idsOf(inZhili(SearchQuery.text("pvc手套")))).containsExactly(ids.get("gloves"));
    }

    @Test
    void oneCharacterQueryMatches() {
        assertThat(idsOf(inZhili(SearchQuery.text("裙")))).containsExactlyInAnyOrder(ids.get("dress"), ids.get("dress2"));
    }

    /** Descriptions are indexed as bigrams only (decision 0009): a word of them finds, a lone character not. */
    @Test
    void descriptionWordsMatchButOneCharacterOnlyMatchesTitles() {
        long supplier = suppliers.create("tester", zhili.id(), new SupplierDraft("皮具厂", CreditRating.A3, false, 2,
                "织里镇", Set.of(), 10, 100, null, null, null)).id();
        long belt = products.create("tester", zhili.id(), new ProductDraft("B1", "男士皮带", null, "加厚保暖 真皮",
                "服饰/皮带", supplier, 1, "条", List.of(new PriceTier(1, new BigDecimal("9.90"))), Map.of("材质", "牛皮"),
                List.of(), ProductStatus.ACTIVE)).id();
        awaitSearchable();
        assertThat(idsOf(inZhili(SearchQuery.text("保暖")))).containsExactly(belt);
        assertThat(idsOf(inZhili(SearchQuery.text("牛皮")))).containsExactly(belt);
        assertThat(idsOf(inZhili(SearchQuery.text("暖")))).isEmpty();
        assertThat(idsOf(inZhili(SearchQuery.text("带")))).containsExactly(belt);
    }

    @Test
    void englishQueryIsStemmed() {
        assertThat(idsOf(inZhili(SearchQuery.text("dresses")))).containsExactly(ids.get("dress"));
    }

    @Test
    void otherTenantsIdenticalProductsNeverAppear() {
        SearchResult all = inZhili(SearchQuery.text(""));
        assertThat(all.total()).isEqualTo(5);
        assertThat(idsOf(all)).containsExactlyInAnyOrderElementsOf(ids.values());
    }

    @Test
    void verifiedHighRatedSupplierRanksFirstAmongEqualMatches() {
        assertThat(idsOf(inZhili(SearchQuery.text("连衣裙"))).getFirst()).isEqualTo(ids.get("dress"));
    }

    @Test
    void promotedProductRanksHigherAndIsMarkedInItsTenantOnly() {
        SearchItem.Campaign festival = new SearchItem.Campaign("summer-fair", "夏日节");
        SearchQuery plain = SearchQuery.text("连衣裙");
        SearchQuery promoting = plain.promoting(Map.of(ids.get("dress2"), festival));
        assertThat(idsOf(inZhili(plain))).containsExactly(ids.get("dress"), ids.get("dress2"));

        SearchResult promoted = inZhili(promoting);

        assertThat(idsOf(promoted)).containsExactly(ids.get("dress2"), ids.get("dress"));
        assertThat(promoted.items()).extracting(SearchItem::campaign).containsExactly(festival, null);
        SearchResult twinResult = search.search(SearchScope.tenant(twin.id()), promoting);
        assertThat(twinResult.items()).extracting(SearchItem::title).startsWith("女童纯棉连衣裙 夏季新款");
        assertThat(twinResult.items()).extracting(SearchItem::campaign).containsOnlyNulls();
    }

    @Test
    void promotedProductsComeFirstWithoutText() {
        SearchResult all = inZhili(SearchQuery.text("").promoting(
                Map.of(ids.get("gloves"), new SearchItem.Campaign("fair", "节"))));

        assertThat(all.total()).isEqualTo(5);
        assertThat(idsOf(all).getFirst()).isEqualTo(ids.get("gloves"));
    }

    @Test
    void productListKeepsOnlyThoseProductsOfTheScopedTenant() {
        SearchQuery goods = SearchQuery.text("").onlyProducts(Set.of(ids.get("socks"), ids.get("coat")));

        assertThat(idsOf(inZhili(goods))).containsExactlyInAnyOrder(ids.get("socks"), ids.get("coat"));
        assertThat(search.search(SearchScope.tenant(twin.id()), goods).total()).isZero();
        assertThat(inZhili(goods).facets().get("category")).isNotEmpty();
    }

    @Test
    void everyFilterNarrowsTheResults() {
        assertThat(idsOf(inZhili(filters("", "童装/女童", null, null, null, null, null, null))))
                .containsExactlyInAnyOrder(ids.get("dress"), ids.get("dress2"));
        assertThat(idsOf(inZhili(filters("", null, CreditRating.A4, null, null, null, null, null))))
                .containsExactlyInAnyOrder(ids.get("dress"), ids.get("gloves"), ids.get("coat"));
        assertThat(idsOf(inZhili(filters("", null, null, false, null, null, null, null))))
                .containsExactlyInAnyOrder(ids.get("dress2"), ids.get("socks"));
        assertThat(idsOf(inZhili(filters("", null, null, null, Set.of(Capability.DROPSHIP), null, null, null))))
                .containsExactlyInAnyOrder(ids.get("dress2"), ids.get("socks"));
        assertThat(idsOf(inZhili(filters("", null, null, null, null, "3.20", "25.80", null))))
                .containsExactlyInAnyOrder(ids.get("dress"), ids.get("dress2"), ids.get("socks"));
        assertThat(idsOf(inZhili(filters("", null, null, null, null, null, null, 10))))
                .containsExactlyInAnyOrder(ids.get("dress2"), ids.get("coat"));
    }

    @Test
    void facetsCountWithinTheTenantAndTheFilters() {
        SearchResult result = inZhili(filters("", "童装", null, null, null, null, null, null));
        assertThat(result.facets().get("category")).containsExactlyInAnyOrder(
                new SearchResult.FacetCount("女童", 2), new SearchResult.FacetCount("配饰", 1), new SearchResult.FacetCount("男童", 1));
        assertThat(result.facets().get("verified")).contains(new SearchResult.FacetCount("true", 2));
        assertThat(result.facets().get("rating")).contains(new SearchResult.FacetCount("5A", 2), new SearchResult.FacetCount("2A", 2));
        assertThat(result.facets().get("capability")).contains(new SearchResult.FacetCount("dropship", 2));
        assertThat(result.facets().get("priceBand")).contains(new SearchResult.FacetCount("100+", 1));
    }

    @Test
    void sortsByPriceAndPagesWithCursorsWithoutGapsOrRepeats() {
        SearchQuery first = new SearchQuery("", null, null, null, null, null, null, null, SearchSort.PRICE_ASC, null, 2);
        List<Long> seen = new ArrayList<>();
        SearchResult page = inZhili(first);
        while (true) {
            seen.addAll(idsOf(page));
            if (page.nextCursor() == null) {
                break;
            }
            page = inZhili(new SearchQuery("", null, null, null, null, null, null, null, SearchSort.PRICE_ASC, page.nextCursor(), 2));
        }
        assertThat(seen).containsExactly(ids.get("gloves"), ids.get("socks"), ids.get("dress2"), ids.get("dress"), ids.get("coat"));
        assertThat(new HashSet<>(seen)).hasSize(5);
    }

    @Test
    void cursorOfAnotherSortIsRefused() {
        SearchResult page = inZhili(new SearchQuery("", null, null, null, null, null, null, null, SearchSort.PRICE_ASC, null, 1));
        assertThatThrownBy(() -> inZhili(new SearchQuery("", null, null, null, null, null, null, null, SearchSort.NEWEST,
                page.nextCursor(), 1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> inZhili(new SearchQuery("", null, null, null, null, null, null, null, SearchSort.NEWEST,
                "not-a-cursor!!", 1))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void forgedCursorsAreRefusedAsInvalidInputNamingTheCursor() {
        for (SearchSort sort : SearchSort.values()) {
            for (String forged : forgedCursors(sort)) {
                SearchQuery query = new SearchQuery("连衣裙", null, null, null, null, null, null, null, sort, forged, 1);
                assertThatThrownBy(() -> inZhili(query)).as(sort + " " + forged).isInstanceOf(InvalidInputException.class)
                        .satisfies(e -> assertThat(((InvalidInputException) e).problems().getFirst().field()).isEqualTo("cursor"));
            }
        }
    }

    /** Cursors no search ever handed out: wrong shapes, value kinds and counts, values no product can have. */
    private static List<String> forgedCursors(SearchSort sort) {
        String first = sort == SearchSort.RELEVANCE ? "f" + Float.floatToIntBits(1.5f) : "l100";
        List<String> texts = List.of("c1|" + sort.name(), "c1|" + sort.name() + "|" + first,
                "c1|" + sort.name() + "|" + first + "|l5|l6", "c1|" + sort.name() + "|l5|f" + Float.floatToIntBits(1f),
                "c1|" + sort.name() + "|" + (sort == SearchSort.RELEVANCE ? "l100" : "f1") + "|l5",
                "c1|" + sort.name() + "|" + first + "|l-5", "c1|" + sort.name() + "|" + first + "|l99999999999999999999",
                "c1|" + sort.name() + "|" + first + "|l", "c1|" + sort.name() + "|" + first + "|x5",
                "c1|" + sort.name() + "|f" + Float.floatToIntBits(Float.NaN) + "|l5",
                "c1|" + sort.name() + "|" + first + "||l5", "c2|" + sort.name() + "|" + first + "|l5");
        List<String> cursors = new ArrayList<>(texts.stream().map(ProductSearchContract::base64).toList());
        cursors.addAll(List.of("garbage", "%%%", "YWJj", "=", base64("\u0000\uffff|||")));
        return cursors;
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void highlightMarksMatchesAndEscapesTheTitle() {
        SearchItem coat = inZhili(SearchQuery.text("羽绒服")).items().getFirst();
        assertThat(coat.highlight()).contains("<em>").contains("&lt;b&gt;").doesNotContain("<b>");
        assertThat(coat.title()).isEqualTo("男童羽绒服 <b>加厚</b>");
        assertThat(coat.supplier().creditRating()).isEqualTo("5A");
    }

    @Test
    void hostileQueriesGetResultsNotErrors() {
        for (String hostile : List.of("((( [连衣裙", "title:* OR tenant:*", "\"unbalanced", "*?~^\\", "\u0000\u0007裙",
                "𠀀𠮷👗", "a".repeat(10_000), "AND OR NOT", "   ")) {
            assertThat(inZhili(SearchQuery.text(hostile))).isNotNull();
        }
        assertThat(idsOf(inZhili(SearchQuery.text("title:* OR tenant:*")))).isEmpty();
    }

    @Test
    void changesBecomeSearchableWithoutAnExplicitRefresh() {
        Product dress = products.require(zhili.id(), ids.get("dress"));
        products.update("tester", zhili.id(), dress.id(), new ProductDraft(dress.sku(), "女童汉服连衣裙", null, null,
                dress.category(), dress.supplierId(), dress.moq(), dress.unit(), dress.priceTiers(), Map.of(), List.of(),
                ProductStatus.ACTIVE));
        products.delete("tester", zhili.id(), ids.get("socks"));

        // The two writes may become visible in different refreshes: wait for both.
        eventually("汉服 to find the dress and 袜子 nothing", Duration.ofSeconds(5),
                () -> List.of(idsOf(inZhili(SearchQuery.text("汉服"))), idsOf(inZhili(SearchQuery.text("袜子")))),
                found -> !found.get(0).isEmpty() && found.get(1).isEmpty());
        assertThat(idsOf(inZhili(SearchQuery.text("汉服")))).containsExactly(dress.id());
        assertThat(idsOf(inZhili(SearchQuery.text("袜子")))).isEmpty();
    }

    @Test
    void inactiveProductsLeaveTheIndex() {
        Product gloves = products.require(zhili.id(), ids.get("gloves"));
        products.update("tester", zhili.id(), gloves.id(), new ProductDraft(gloves.sku(), gloves.title(), null, null,
                gloves.category(), gloves.supplierId(), gloves.moq(), gloves.unit(), gloves.priceTiers(), Map.of(), List.of(),
                ProductStatus.INACTIVE));
        awaitSearchable();
        assertThat(idsOf(inZhili(SearchQuery.text("手套")))).isEmpty();
    }

    @Test
    void synonymsApplyPerTenantWithoutReindexing() {
        assertThat(idsOf(inZhili(SearchQuery.text("长筒袜")))).isEmpty();

        synonyms.replace("tester", zhili.id(), List.of(List.of("长筒袜", "袜子")));

        assertThat(idsOf(inZhili(SearchQuery.text("長筒襪")))).containsExactly(ids.get("socks"));
        assertThat(search.search(SearchScope.tenant(twin.id()), SearchQuery.text("长筒袜")).items()).isEmpty();
    }

    @Test
    void invalidSynonymSetsAreRefused() {
        assertThatThrownBy(() -> synonyms.replace("tester", zhili.id(), List.of(List.of("袜子"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> synonyms.replace("tester", zhili.id(), List.of(List.of("袜子", " "))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void nationalScopeSpansTheTenantsItNames() {
        SearchResult both = search.search(new SearchScope.National(Set.of(zhili.id(), twin.id())), SearchQuery.text("连衣裙"));
        assertThat(both.total()).isEqualTo(4);
        SearchResult one = search.search(new SearchScope.National(Set.of(twin.id())), SearchQuery.text("连衣裙"));
        assertThat(one.total()).isEqualTo(2);
    }

    @Test
    void pinyinSuggestsTitlesOfThisTenant() {
        assertThat(suggest.suggest(zhili.id(), "wazi", 5)).extracting(Suggestion::productId).containsExactly(ids.get("socks"));
        assertThat(suggest.suggest(zhili.id(), "wz", 5)).extracting(Suggestion::productId).containsExactly(ids.get("socks"));
        assertThat(suggest.suggest(zhili.id(), "lianyi", 5)).extracting(Suggestion::productId)
                .containsExactlyInAnyOrder(ids.get("dress"), ids.get("dress2"));
        assertThat(suggest.suggest(zhili.id(), "連衣", 5)).extracting(Suggestion::text)
                .containsExactlyInAnyOrder("女童纯棉连衣裙 夏季新款", "碎花连衣裙 小女孩");
        assertThat(suggest.suggest(zhili.id(), "", 5)).isEmpty();
        assertThat(suggest.suggest(zhili.id(), "((*", 5)).isEmpty();
    }
}
