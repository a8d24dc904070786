package org.beltportal.themes.site;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void yuanHasTwoDecimals() {
        assertThat(Text.yuan(new BigDecimal("22.5"))).isEqualTo("¥22.50");
        assertThat(Text.yuan(new BigDecimal("3"))).isEqualTo("¥3.00");
        assertThat(Text.yuan(new BigDecimal("1E+3"))).isEqualTo("¥1000.00");
    }

    @Test
    void excerptCutsLongTextAndFlattensWhitespace() {
        assertThat(Text.excerpt("短句\n第二行", 10)).isEqualTo("短句 第二行");
        assertThat(Text.excerpt("一二三四五六", 4)).isEqualTo("一二三…");
        assertThat(Text.excerpt(null, 4)).isEmpty();
    }
}
