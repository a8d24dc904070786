package org.beltportal.themes.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FaviconTest {

    @Test
    void logoIsTheIconWhenBrandingHasOne() {
        assertThat(Favicon.of("/media/abc.png", "织里童装", "#0f766e", "#ffffff")).isEqualTo("/media/abc.png");
    }

    @Test
    void withoutALogoTheFirstCharacterOfTheNameOnThePrimaryColour() {
        String icon = Favicon.of(null, "织里童装", "#0f766e", "#ffffff");
        assertThat(icon).startsWith("data:image/svg+xml,").doesNotContain(" ", "#", "<");
        String svg = URLDecoder.decode(icon.substring("data:image/svg+xml,".length()), StandardCharsets.UTF_8);
        assertThat(svg).contains("fill='#0f766e'", "fill='#ffffff'", ">织</text>");
    }

    @Test
    void markupInTheNameStaysText() {
        String svg = URLDecoder.decode(Favicon.of("", "<b>", "#000000", "#ffffff"), StandardCharsets.UTF_8);
        assertThat(svg).contains(">&lt;</text>");
    }
}
