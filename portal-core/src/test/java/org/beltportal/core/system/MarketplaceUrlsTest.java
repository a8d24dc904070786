package org.beltportal.core.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MarketplaceUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://detail.shop.example.com/offer/1001.html", "http://shop.example.com/",
            "https://shop.example.com", "HTTPS://SHOP.EXAMPLE.COM/item?id=7&spm=a.b#sku", "https://shop.example.com:8443/店铺/1",
            "https://item.example.com/item.htm?id=(1)"})
    void absoluteHttpAddressesWithAHostAreLinks(String url) {
        assertThat(MarketplaceUrls.isValid(url)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,<b>x</b>",
            "vbscript:msgbox(1)", "//evil.example/shop", "/suppliers/1", "shop.example.com", "ftp://shop.example.com/",
            "https://", "https:///path", "https://-/x", "https://shop.example.com/a b", "https://shop.example.com/\"x",
            "https://shop.example.com/'x", "https://shop.example.com/<x>", "https://shop.example.com/a\\b",
            "https://shop.example.com/`x`", "https://shop.example.com/\nx", "https://user@evil.example/"})
    void anythingElseIsNot(String url) {
        assertThat(MarketplaceUrls.isValid(url)).isFalse();
    }

    @Test
    void atMost500Characters() {
        String prefix = "https://shop.example.com/";
        assertThat(MarketplaceUrls.isValid(prefix + "a".repeat(500 - prefix.length()))).isTrue();
        assertThat(MarketplaceUrls.isValid(prefix + "a".repeat(501 - prefix.length()))).isFalse();
    }

    @Test
    void anOptionalFieldMayBeAbsent() {
        assertThat(MarketplaceUrls.isAbsentOrValid(null)).isTrue();
        assertThat(MarketplaceUrls.isAbsentOrValid("  ")).isTrue();
        assertThat(MarketplaceUrls.isAbsentOrValid(" https://shop.example.com/1 ")).isTrue();
        assertThat(MarketplaceUrls.isAbsentOrValid("javascript:alert(1)")).isFalse();
    }
}
