package org.beltportal.themes.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColoursTest {

    @Test
    void onlyHexColoursReachCss() {
        assertThat(Colours.orDefault("#B02E63", "#000000")).isEqualTo("#b02e63");
        assertThat(Colours.orDefault("red;} body{display:none", "#1f4e79")).isEqualTo("#1f4e79");
        assertThat(Colours.orDefault(null, "#1f4e79")).isEqualTo("#1f4e79");
    }

    @Test
    void textColourContrastsWithItsBackground() {
        assertThat(Colours.textOn("#1f4e79")).isEqualTo("#ffffff");
        assertThat(Colours.textOn("#b02e63")).isEqualTo("#ffffff");
        assertThat(Colours.textOn("#ffc24b")).isEqualTo("#1a1a1a");
        assertThat(Colours.textOn("#ffffff")).isEqualTo("#1a1a1a");
    }
}
