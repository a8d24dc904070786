package org.beltportal.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"3.50", " 3.50 ", "+3.5", "-3.5", "3.", "35e-1", "0.35E1", "999999999999999999.99"})
    void plainAndShortScientificNotationParse(String text) {
        assertThat(NumberText.decimal(text)).isPresent();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1e999999999", "1E-999999999", "1e100", "9999999999999999999", "0.1111111111111111111", ".5", "1,000",
            "NaN", "Infinity", "0x10", "１２", "3.5.1", "1e", "--1"})
    void unboundedOrMalformedTextIsNoNumber(String text) {
        assertThat(NumberText.decimal(text)).isEmpty();
    }

    @Test
    void aHugeExponentIsRefusedWithoutExpandingIt() {
        // The attack of the search API's priceMin: refused by its text, never turned into a 10^999999999 number.
        assertThat(NumberText.decimal("1e999999999")).isEmpty();
        assertThat(NumberText.wholeNumber("1e999999999")).isEmpty();
    }

    @Test
    void wholeNumbersAcceptASpreadsheetsTrailingZeroOnly() {
        assertThat(NumberText.wholeNumber("30.0")).hasValue(30);
        assertThat(NumberText.wholeNumber("3e1")).hasValue(30);
        assertThat(NumberText.wholeNumber("30.5")).isEmpty();
        assertThat(NumberText.wholeNumber("1e30")).isEmpty();
    }

    @Test
    void requiredNumbersNameTheFieldAndTheirBounds() {
        assertThat(NumberText.requireDecimal("priceMin", "12.5", BigDecimal.ZERO, BigDecimal.TEN.pow(9))).isEqualByComparingTo("12.5");
        assertThat(NumberText.requireDecimal("priceMin", " ", BigDecimal.ZERO, BigDecimal.TEN)).isNull();
        assertThatThrownBy(() -> NumberText.requireDecimal("priceMin", "1e99", BigDecimal.ZERO, BigDecimal.TEN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("priceMin", "must be a number from 0 to 10")));
        assertThat(NumberText.requireWholeNumber("moqMax", "500", 1, 1_000_000)).isEqualTo(500L);
        assertThatThrownBy(() -> NumberText.requireWholeNumber("moqMax", "0", 1, 1_000_000))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("moqMax", "must be a whole number from 1 to 1000000")));
    }
}
