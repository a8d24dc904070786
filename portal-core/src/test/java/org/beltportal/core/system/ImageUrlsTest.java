package org.beltportal.core.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://img.example.com/a.jpg", "http://img.example.com/b.png?w=300&h=300", "/media/c.jpg",
            "/media/袜子-1.jpg"})
    void httpAndSiteRelativeUrlsAreImages(String url) {
        assertThat(ImageUrls.isValid(url)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.example/x.jpg", "javascript:alert(1)", "data:image/png;base64,iVBOR", "a.jpg",
            "ftp://img.example.com/a.jpg", "/a b.jpg", "/a\".jpg", "/a'.jpg", "/a<b>.jpg", "/a(1).jpg", "/a\\b.jpg",
            "https://", "/"})
    void anythingElseIsNot(String url) {
        assertThat(ImageUrls.isValid(url)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {480, 481})
    void atMost480CharactersAfterTheScheme(int length) {
        assertThat(ImageUrls.isValid("/" + "a".repeat(length))).isEqualTo(length <= 480);
    }
}
