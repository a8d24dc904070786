package org.beltportal.core.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.beltportal.core.system.InvalidInputException;
import org.junit.jupiter.api.Test;

class InsightRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void pageTypesComeFromTheFirstPathSegment() {
        assertThat(PageType.ofPath("/")).isEqualTo(PageType.HOME);
        assertThat(PageType.ofPath("/products/7")).isEqualTo(PageType.PRODUCT);
        assertThat(PageType.ofPath("/products/")).isEqualTo(PageType.OTHER);
        assertThat(PageType.ofPath("/suppliers/3")).isEqualTo(PageType.SUPPLIER);
        assertThat(PageType.ofPath("/campaigns/spring-fair")).isEqualTo(PageType.CAMPAIGN);
        assertThat(PageType.ofPath("/search")).isEqualTo(PageType.SEARCH);
        assertThat(PageType.ofPath("/news/policy-2026")).isEqualTo(PageType.NEWS);
        assertThat(PageType.ofPath("/whatever/you/type")).isEqualTo(PageType.OTHER);
    }

    @Test
    void queriesAreFoldedTrimmedAndCut() {
        assertThat(QueryTexts.normalise("  Ｗａｚｉ \t 袜子 ")).isEqualTo("wazi 袜子");
        assertThat(QueryTexts.normalise("   ")).isEmpty();
        assertThat(QueryTexts.normalise("袜".repeat(150))).hasSize(QueryTexts.MAX_LENGTH);
        assertThat(QueryTexts.normalise("😀".repeat(150)).codePointCount(0, QueryTexts.normalise("😀".repeat(150)).length()))
                .isEqualTo(QueryTexts.MAX_LENGTH);
    }

    @Test
    void knownBotsAndScriptsAreRecognised() {
        assertThat(KnownBots.matches("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).isTrue();
        assertThat(KnownBots.matches("Sogou web spider/4.0")).isTrue();
        assertThat(KnownBots.matches("curl/8.5.0")).isTrue();
        assertThat(KnownBots.matches("")).isTrue();
        assertThat(KnownBots.matches(InsightRecorderTest.FIREFOX)).isFalse();
        assertThat(KnownBots.matches(InsightRecorderTest.SAFARI)).isFalse();
    }

    @Test
    void rangesDefaultToThirtyDaysAndRefuseWhatCannotBeMeant() {
        assertThat(InsightRange.parse(null, null, TODAY)).isEqualTo(new InsightRange(TODAY.minusDays(29), TODAY));
        assertThat(InsightRange.parse("2026-01-01", "2026-12-31", TODAY).days()).isEqualTo(365);
        assertThat(InsightRange.parse("2024-01-01", "2024-12-31", TODAY).days()).isEqualTo(366);
        assertThatThrownBy(() -> InsightRange.parse("2024-01-01", "2025-01-01", TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("to");
        assertThatThrownBy(() -> InsightRange.parse("2026-12-07", "2026-12-06", TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("from");
        assertThatThrownBy(() -> InsightRange.parse("2026-13-01", "yesterday", TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("from", "to"));
    }

    @Test
    void sourcesAreOnlyTheFourCodes() {
        assertThat(VisitSource.parse("search")).contains(VisitSource.SEARCH);
        assertThat(VisitSource.parse("SEARCH")).isEmpty();
        assertThat(VisitSource.parse("newsletter")).isEmpty();
        assertThat(VisitSource.parse(null)).isEmpty();
    }
}
