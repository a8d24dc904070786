package org.beltportal.admin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.beltportal.core.job.RowError;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductStatus;
import org.junit.jupiter.api.Test;

class RowParserTest {

    final RowParser parser = new RowParser();

    /** A good row with {@code changes} applied as column, value pairs. */
    static SourceRow row(String... changes) {
        Map<String, String> values = new HashMap<>(Map.of("sku", "ZL-1001", "title", "女童纯棉连衣裙",
                "titleEn", "Girls' cotton dress", "description", "夏季新款", "category", "童装/女童/连衣裙",
                "supplierId", "12", "moq", "30", "unit", "件", "priceTiers", "30:25.80;300:22.50", "status", "active"));
        values.put("images", "https://img.example.com/a.jpg; /media/b.jpg");
        for (int i = 0; i < changes.length; i += 2) {
            values.put(changes[i], changes[i + 1]);
        }
        return new SourceRow(7, values, false);
    }

    ParsedRow parse(String... changes) {
        return parser.parse(row(changes));
    }

    @Test
    void goodRowBecomesADraft() {
        ParsedRow parsed = parse();

        assertThat(parsed.errors()).isEmpty();
        ProductDraft draft = parsed.draft();
        assertThat(draft.sku()).isEqualTo("ZL-1001");
        assertThat(draft.title()).isEqualTo("女童纯棉连衣裙");
        assertThat(draft.category()).isEqualTo("童装/女童/连衣裙");
        assertThat(draft.supplierId()).isEqualTo(12L);
        assertThat(draft.moq()).isEqualTo(30);
        assertThat(draft.priceTiers()).containsExactly(new PriceTier(30, new BigDecimal("25.80")),
                new PriceTier(300, new BigDecimal("22.50")));
        assertThat(draft.images()).containsExactly("https://img.example.com/a.jpg", "/media/b.jpg");
        assertThat(draft.status()).isEqualTo(ProductStatus.ACTIVE);
        assertThat(draft.attributes()).isEmpty();
    }

    @Test
    void optionalColumnsMayBeBlankOrAbsent() {
        Map<String, String> required = Map.of("sku", "ZL-1", "title", "卫衣", "supplierId", "3", "moq", "10",
                "priceTiers", "10:5");
        ParsedRow parsed = parser.parse(new SourceRow(2, required, false));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.draft().status()).isNull();
        assertThat(parsed.draft().images()).isEmpty();
        assertThat(parse("titleEn", " ", "unit", "").draft().titleEn()).isNull();
    }

    @Test
    void spreadsheetNumbersAndChineseSeparatorsAreAccepted() {
        ProductDraft draft = parse("moq", "30.0", "supplierId", "12.0", "priceTiers", "100：3.5；1000：2.8；", "status", " Inactive ")
                .draft();

        assertThat(draft.moq()).isEqualTo(30);
        assertThat(draft.supplierId()).isEqualTo(12L);
        assertThat(draft.priceTiers()).extracting(PriceTier::minQty).containsExactly(100, 1000);
        assertThat(draft.status()).isEqualTo(ProductStatus.INACTIVE);
    }

    @Test
    void missingSkuIsAnErrorOnSku() {
        assertErrors(parse("sku", ""), tuple(7L, "sku", "is required"));
    }

    @Test
    void theEnglishUnitAndTheMarketplaceListingAreRead() {
        ParsedRow parsed = parse("unitEn", "pair", "listingUrl", "https://detail.shop.example.com/offer/1.html?a=1&b=2");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.draft().unitEn()).isEqualTo("pair");
        assertThat(parsed.draft().listingUrl()).isEqualTo("https://detail.shop.example.com/offer/1.html?a=1&b=2");
    }

    @Test
    void aListingThatIsNoHttpAddressAndAnOverlongEnglishUnitAreRowErrors() {
        for (String hostile : new String[] {"javascript:alert(1)", "data:text/html,x", "//evil.example/", "/products/1"}) {
            assertErrors(parse("listingUrl", hostile), tuple(7L, "listingUrl",
                    "must be an http(s) address of at most 500 characters such as https://shop.example.com/item/1"));
        }
        assertErrors(parse("unitEn", "u".repeat(17)), tuple(7L, "unitEn", "must be at most 16 characters"));
    }

    @Test
    void theCategorysEnglishNameIsReadStrippedAndBlankIsNone() {
        assertThat(parse("categoryEn", "  Girls' dresses ").categoryEn()).isEqualTo("Girls' dresses");
        assertThat(parse("categoryEn", " ").categoryEn()).isNull();
        assertThat(parse().categoryEn()).isNull();
        assertThat(parse("categoryEn", " " + "d".repeat(60) + " ").errors()).isEmpty();
    }

    @Test
    void anOverlongEnglishCategoryNameOrOneWithoutACategoryIsARowError() {
        assertErrors(parse("categoryEn", "d".repeat(61)), tuple(7L, "categoryEn", "must have at most 60 characters"));
        assertErrors(parse("categoryEn", "Dresses", "category", ""),
                tuple(7L, "categoryEn", "names the row's category in English: fill category too"));
    }

    @Test
    void skuWithCharactersOutsideThePatternIsRefused() {
        assertErrors(parse("sku", "连衣裙 1"), tuple(7L, "sku", "letters, digits and . _ / - only"));
    }

    @Test
    void missingTitleAndTooLongTitleAreRefused() {
        assertErrors(parse("title", ""), tuple(7L, "title", "is required"));
        assertErrors(parse("title", "裙".repeat(201)), tuple(7L, "title", "must be at most 200 characters"));
    }

    @Test
    void priceThatIsNotANumberIsNamed() {
        assertErrors(parse("priceTiers", "100:abc"), tuple(7L, "priceTiers", "'100:abc': the price is not a number"));
    }

    @Test
    void tierWithoutPriceOrQuantityIsNotATier() {
        assertErrors(parse("priceTiers", "100"), tuple(7L, "priceTiers", "'100' is not quantity:price, e.g. 100:3.50"));
        assertErrors(parse("priceTiers", "x:1;100:2"), tuple(7L, "priceTiers", "'x:1': the quantity is not a whole number"));
        assertErrors(parse("priceTiers", "1.5:2"), tuple(7L, "priceTiers", "'1.5:2': the quantity is not a whole number"));
    }

    @Test
    void quantityZeroBreaksTheTierRule() {
        assertErrors(parse("priceTiers", "0:1.0"), tuple(7L, "priceTiers", "tier 1 quantity must be at least 1"));
    }

    @Test
    void repeatedQuantityIsRefused() {
        assertErrors(parse("priceTiers", "100:3.50;100:3.00"), tuple(7L, "priceTiers", "tier 2 quantity appears twice"));
    }

    @Test
    void pricesMustBePositiveWithTwoDecimals() {
        assertErrors(parse("priceTiers", "100:-1"),
                tuple(7L, "priceTiers", "tier 1 price must be more than 0 and at most 999999999.99"));
        assertErrors(parse("priceTiers", "100:3.555"), tuple(7L, "priceTiers", "tier 1 price at most 2 decimals"));
    }

    @Test
    void blankPriceTiersAreRequired() {
        assertErrors(parse("priceTiers", " "), tuple(7L, "priceTiers", "at least one tier is required"));
    }

    @Test
    void nonNumericMoqIsOneErrorNotTwo() {
        assertErrors(parse("moq", "abc"), tuple(7L, "moq", "'abc' is not a whole number"));
    }

    @Test
    void moqOutOfRangeIsRefused() {
        assertErrors(parse("moq", "0"), tuple(7L, "moq", "must be between 1 and 1000000000"));
        assertErrors(parse("moq", "99999999999"), tuple(7L, "moq", "must be between 1 and 1000000000"));
    }

    @Test
    void numbersWithHugeExponentsAreRefusedAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertErrors(parse("moq", "1e999999999"), tuple(7L, "moq", "'1e999999999' is not a whole number"));
            assertErrors(parse("supplierId", "1E-999999999"), tuple(7L, "supplierId", "'1E-999999999' is not a whole number"));
            assertErrors(parse("priceTiers", "100:1e999999999"),
                    tuple(7L, "priceTiers", "'100:1e999999999': the price is not a number"));
            assertErrors(parse("priceTiers", "1e999999999:1"),
                    tuple(7L, "priceTiers", "'1e999999999:1': the quantity is not a whole number"));
        });
    }

    @Test
    void numbersOfAMillionDigitsAreRefusedAtOnceAndQuotedShort() {
        String digits = "9".repeat(1_000_000);
        ParsedRow parsed = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> parse("moq", digits, "supplierId", "0." + digits, "priceTiers", "10:1." + digits));

        assertThat(parsed.errors()).extracting(RowError::field).containsExactlyInAnyOrder("moq", "supplierId", "priceTiers");
        assertThat(parsed.errors()).allSatisfy(error -> assertThat(error.message()).hasSizeLessThan(100));
        assertThat(parsed.errors()).extracting(RowError::message)
                .contains("'" + "9".repeat(40) + "…' is not a whole number");
    }

    @Test
    void longBadValuesAreQuotedByTheirFirstFortyCharacters() {
        String junk = "状".repeat(1_000_000);
        assertErrors(parse("status", junk), tuple(7L, "status", "'" + "状".repeat(40) + "…' is not active or inactive"));
        assertErrors(parse("priceTiers", junk), tuple(7L, "priceTiers", "'" + "状".repeat(40) + "…' is not quantity:price, e.g. 100:3.50"));
    }

    @Test
    void supplierIdMustBeAWholeNumberAndIsRequired() {
        assertErrors(parse("supplierId", "织里服饰"), tuple(7L, "supplierId", "'织里服饰' is not a whole number"));
        assertErrors(parse("supplierId", ""), tuple(7L, "supplierId", "is required"));
    }

    @Test
    void unknownStatusIsRefused() {
        assertErrors(parse("status", "deleted"), tuple(7L, "status", "'deleted' is not active or inactive"));
    }

    @Test
    void imageThatIsNotAUrlIsNamedByPosition() {
        assertErrors(parse("images", "https://a.example/x.jpg;javascript:alert(1)"),
                tuple(7L, "images", "image 2 must be an http(s) or site-relative URL"));
    }

    @Test
    void badCategoryPathIsRefused() {
        assertErrors(parse("category", "童装//连衣裙"), tuple(7L, "category", "each level must have 1 to 60 characters"));
        assertErrors(parse("category", "a/b/c/d/e/f"), tuple(7L, "category", "at most 5 levels"));
    }

    @Test
    void unitLongerThanSixteenIsRefused() {
        assertErrors(parse("unit", "x".repeat(17)), tuple(7L, "unit", "must be at most 16 characters"));
    }

    @Test
    void everyProblemOfARowIsReportedAtOnce() {
        ParsedRow parsed = parse("sku", "", "moq", "many", "priceTiers", "0:1;abc", "status", "gone");

        assertThat(parsed.draft()).isNull();
        assertThat(parsed.errors()).extracting(RowError::field)
                .containsExactlyInAnyOrder("sku", "moq", "priceTiers", "status");
    }

    @Test
    void valuesOutsideTheNamedColumnsFailTheRow() {
        ParsedRow parsed = parser.parse(new SourceRow(9, row().values(), true));

        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(9);
            assertThat(error.field()).isNull();
            assertThat(error.message()).contains("quote values that contain commas");
        });
    }

    private static void assertErrors(ParsedRow parsed, org.assertj.core.groups.Tuple... expected) {
        assertThat(parsed.draft()).isNull();
        assertThat(parsed.errors()).extracting(RowError::row, RowError::field, RowError::message).containsExactly(expected);
    }
}
