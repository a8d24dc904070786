package org.beltportal.core.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What survives cleaning of footers and article bodies; links never hand the opened page its opener. */
class HtmlSanitizerTest {

    private static Element link(String html) {
        return Jsoup.parseBodyFragment(HtmlSanitizer.clean(html)).selectFirst("a");
    }

    @Test
    void relOpenerIsRemovedAndOnlyKnownRelValuesStay() {
        assertThat(link("<a href=\"https://evil.example/\" rel=\"opener\">x</a>").hasAttr("rel")).isFalse();
        assertThat(link("<a href=\"https://a.example/\" rel=\"OPENER nofollow  stylesheet\">x</a>").attr("rel")).isEqualTo("nofollow");
        assertThat(link("<a href=\"https://a.example/\" rel=\"nofollow noopener noreferrer ugc sponsored\">x</a>").attr("rel"))
                .isEqualTo("nofollow noopener noreferrer ugc sponsored");
    }

    @Test
    void aLinkOpeningANewWindowGetsNoopenerAndNoreferrer() {
        Element blank = link("<a href=\"https://a.example/\" target=\"_BLANK\" rel=\"opener nofollow\">x</a>");
        Element plain = link("<a href=\"https://a.example/\" target=\"_blank\">x</a>");

        assertThat(blank.attr("target")).isEqualTo("_blank");
        assertThat(blank.attr("rel")).isEqualTo("nofollow noopener noreferrer");
        assertThat(plain.attr("rel")).isEqualTo("noopener noreferrer");
    }

    @Test
    void namedTargetsWhichAlsoKeepTheOpenerAreDropped() {
        Element named = link("<a href=\"https://a.example/\" target=\"shop\" rel=\"opener\">x</a>");

        assertThat(named.hasAttr("target")).isFalse();
        assertThat(named.hasAttr("rel")).isFalse();
    }

    @Test
    void scriptsHandlersAndJavascriptUrlsGoWhileFormattingAndRelativeLinksStay() {
        String clean = HtmlSanitizer.clean("<p onclick=\"x()\">版权所有 <b>织里</b> <a href=\"/news\">新闻</a>"
                + " <a href=\"javascript:alert(1)\">y</a><script>alert(1)</script></p>");

        assertThat(clean).isEqualTo("<p>版权所有 <b>织里</b> <a href=\"/news\">新闻</a> <a>y</a></p>");
        assertThat(HtmlSanitizer.clean(null)).isNull();
    }
}
