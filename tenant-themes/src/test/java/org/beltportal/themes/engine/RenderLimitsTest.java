package org.beltportal.themes.engine;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.engine.Engine.CATALOG_A;
import static org.beltportal.themes.engine.Engine.CATALOG_B;

/** Templates that never end, recurse or write without bound are cut off, for their tenant only. */
class RenderLimitsTest {

    private final Engine engine = new Engine();

    @AfterEach
    void stop() {
        engine.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#list 1.. as i></#list>",
            "<#list 1.. as i>${i}</#list>",
            "<#list 1..2147483647 as i><#list 1..2147483647 as j></#list></#list>",
            "<#list 1.. as i><#if i < 0>never</#if></#list>",
            "<#macro spin n><#list 1..1000000 as i></#list><@spin n + 1/></#macro><@spin 1/>",
    })
    void endlessLoopsAreCutOffAtTheTimeLimit(String source) {
        long started = System.nanoTime();
        RenderedPage page = engine.renderSource(CATALOG_A, source);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(page.failed()).isTrue();
        assertThat(page.html()).contains("页面暂时无法显示", "甲产业带");
        assertThat(millis).isLessThan(Engine.TIMEOUT.toMillis() + 2_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#macro m><@m/></#macro><@m/>",
            "<#function f n><#return f(n + 1)></#function>${f(1)}",
            "<#macro a><@b/></#macro><#macro b><@a/></#macro><@a/>",
    })
    void deepRecursionIsCaught(String source) {
        RenderedPage page = engine.renderSource(CATALOG_A, source);

        assertThat(page.failed()).isTrue();
        assertThat(page.html()).contains("页面暂时无法显示");
    }

    @ParameterizedTest
    @ValueSource(ints = {150, 10_000})
    void deeplyNestedOverrideFailsItsOwnPage(int depth) {
        RenderedPage ifs = engine.renderSource(CATALOG_A, "<#if true>".repeat(depth) + "x" + "</#if>".repeat(depth));
        RenderedPage parentheses = engine.renderSource(CATALOG_A, "${" + "(".repeat(depth) + "1" + ")".repeat(depth) + "}");

        assertThat(ifs.failed()).isTrue();
        assertThat(ifs.html()).contains("页面暂时无法显示", "甲产业带");
        assertThat(parentheses.failed()).isTrue();
        assertThat(engine.render(CATALOG_B, "pages/home.ftlh").failed()).isFalse();
    }

    /** Every value a template holds is at most 500,000 characters (the template rules count on it). */
    @ParameterizedTest
    @ValueSource(strings = {
            "<#assign s = \"x\"?left_pad(1000)><#list 1..10 as i><#assign s = s + s></#list>",
            "<#global s = \"x\"?left_pad(1000)><#list 1..10 as i><#global s = s + s></#list>",
            "<#macro m><#local s = \"x\"?left_pad(1000)><#list 1..10 as i><#local s = s + s></#list></#macro><@m/>",
            "<#assign s><#list 1..60000 as i>0123456789</#list></#assign>",
            "<#assign q = [\"x\"?left_pad(1000)]><#list 1..10 as i><#assign q = q + q></#list>",
            "<#assign h = {\"a\": \"x\"?left_pad(1000)}><#list 1..10 as i><#assign h = {\"a\": h, \"b\": h}></#list>",
            "<#assign s = \"x\"?left_pad(1000)><#list 1..8 as i><#assign s = s + s></#list><#list [s + s] as big>${big?length}</#list>",
            "<#assign s = \"x\"?left_pad(1000)><#list 1..8 as i><#assign s = s + s></#list>"
                    + "<#function twice t><#return t + t></#function>${twice(s)?length}",
            "<#assign s = \"x\"?left_pad(1000)><#list 1..8 as i><#assign s = s + s></#list>"
                    + "<#macro m><#nested s + s></#macro><@m ; big>${big?length}</@m>",
    })
    void aValueHeldBeyondTheLimitFailsThePage(String source) {
        RenderedPage page = engine.renderSource(CATALOG_A, source);

        assertThat(page.failed()).isTrue();
        assertThat(page.html()).contains("页面暂时无法显示", "甲产业带");
    }

    @Test
    void valuesUpToTheLimitAreHeld() {
        RenderedPage page = engine.renderSource(CATALOG_A, "<#assign s = \"x\"?left_pad(1000)><#list 1..8 as i><#assign s = s + s></#list>"
                + "<#assign q = [s, s?substring(0, 200000)]><#assign c><#list 1..40000 as i>0123456789</#list></#assign>"
                + "<#list [s] as t>${t?length?c} ${q?size} ${c?markup_string?length?c}</#list>");

        assertThat(page.failed()).isFalse();
        assertThat(page.html()).isEqualTo("256000 2 400000");
    }

    @Test
    void hugeOutputIsCutOffAtTheSizeLimit() {
        RenderedPage page = engine.renderSource(CATALOG_A, "<#list 1..1000000 as i>0123456789</#list>");

        assertThat(page.failed()).isTrue();
        assertThat(page.html()).contains("页面暂时无法显示").hasSizeLessThan((int) Engine.MAX_CHARS);
    }

    @Test
    void parseErrorOfAnOverrideAnswersTheErrorPage() {
        RenderedPage page = engine.renderSource(CATALOG_A, "<#if site.name()>");

        assertThat(page.failed()).isTrue();
        assertThat(page.html()).contains("页面暂时无法显示", "甲产业带");
    }

    @Test
    void errorPageIgnoresTheTenantsOverrides() {
        engine.override(CATALOG_A, "pages/500.ftlh", "operator error page");

        // A page of the operator's own has no theme template to fall back to: the error page answers.
        RenderedPage page = engine.renderSource(CATALOG_A, "<#list 1.. as i></#list>");

        assertThat(page.failed()).isTrue();
        assertThat(page.html()).contains("页面暂时无法显示", "甲产业带").doesNotContain("operator error page");
    }

    @Test
    void aTenantsFailingTemplateLeavesOtherTenantsAndTheNextRequestAlone() {
        engine.override(CATALOG_A, "partials/hero.ftlh", "<#list 1.. as i></#list>");
        CompletableFuture<RenderedPage> stuck = CompletableFuture.supplyAsync(() -> engine.render(CATALOG_A, "pages/home.ftlh"));

        RenderedPage other = engine.render(CATALOG_B, "pages/home.ftlh");

        assertThat(other.failed()).isFalse();
        assertThat(other.html()).contains("乙产业带").doesNotContain("页面暂时无法显示");
        assertThat(stuck.join().failed()).isTrue();
        engine.override(CATALOG_A, "partials/hero.ftlh", "<h1>${site.name()} 修好了</h1>");
        assertThat(engine.render(CATALOG_A, "pages/home.ftlh").html()).contains("甲产业带 修好了");
    }
}
