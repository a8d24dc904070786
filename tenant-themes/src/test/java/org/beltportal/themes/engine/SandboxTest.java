package org.beltportal.themes.engine;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.engine.Engine.CATALOG_A;

/**
 * Attacks on the sandbox from an operator's template. Each one must end in the built-in error page (or,
 * where FreeMarker simply has nothing to show, in harmless output), never in code running or data leaking.
 */
class SandboxTest {

    private static final String ERROR_HEADING = "页面暂时无法显示";

    private final Engine engine = new Engine();

    @AfterEach
    void stop() {
        engine.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
            "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
            "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/etc/passwd\")}",
            "${\"freemarker.template.utility.JythonRuntime\"?new()}",
            "${site?api.getClass().getName()}",
            "${page?api}",
    })
    void newAndApiBuiltInsFail(String attack) {
        RenderedPage page = engine.renderSource(CATALOG_A, attack);

        assertThat(page.failed()).isTrue();
        assertThat(page.html()).contains(ERROR_HEADING).doesNotContain("uid=", "java.", "Execute");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${site.getClass()}", "${site.class}", "${site.getClass().getClassLoader()}",
            "${site.class.classLoader}", "${site.name().getClass()}", "${site.name.class}",
            "${page.categories().getClass()}", "${page.categories()[0].getClass()}", "${page.getClass().forName(\"java.lang.Runtime\")}",
            "${site.toString()}", "${site.hashCode()}", "${site.equals(site)?c}",
            "${page.products()?api}", "${.data_model.getClass()}", "${.globals.site.getClass()}",
    })
    void noMemberBeyondRecordAccessorsIsReachable(String attack) {
        RenderedPage page = engine.renderSource(CATALOG_A, attack);

        assertThat(page.failed()).isTrue();
        assertThat(page.html()).doesNotContain("class ", "ClassLoader", "SiteView[");
    }

    @Test
    void aRecordPrintsNothingOfItself() {
        RenderedPage page = engine.renderSource(CATALOG_A, "${site}");

        assertThat(page.html()).isEqualTo("[toString not exposed]");
    }

    @Test
    void recordAccessorsStillWork() {
        RenderedPage page = engine.renderSource(CATALOG_A, "${site.name()}|${site.name}|${page.categories()?size}|${msg[\"notFound.home\"]}");

        assertThat(page.failed()).isFalse();
        assertThat(page.html()).isEqualTo("甲产业带|甲产业带|0|返回首页");
    }

    @Test
    void dataModelAndGlobalsHoldOnlyTheControllersModel() {
        RenderedPage page = engine.renderSource(CATALOG_A, "<#list .data_model?keys?sort as k>${k},</#list>|"
                + "${.globals.site.name()}|${(.globals.Request??)?c}|${(.globals.springMacroRequestContext??)?c}");

        assertThat(page.failed()).isFalse();
        assertThat(page.html()).isEqualTo("msg,page,seo,site,|甲产业带|false|false");
    }

    @Test
    void springAndServletContextIsAbsent() {
        RenderedPage page = engine.renderSource(CATALOG_A, "${(springMacroRequestContext??)?c} ${(Request??)?c} "
                + "${(Session??)?c} ${(Application??)?c} ${(RequestParameters??)?c} ${(JspTaglibs??)?c} "
                + "${(request??)?c} ${(session??)?c}");

        assertThat(page.html()).isEqualTo("false false false false false false false false");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#include \"../application.properties\">", "<#include \"../../../../etc/passwd\">",
            "<#include \"/etc/passwd\">", "<#include \"classpath:application.properties\">",
            "<#include \"file:/etc/passwd\">", "<#include \"file:///etc/passwd\">",
            "<#include \"..\\\\layout.ftlh\">", "<#include \"%2e%2e/templates/layout.ftlh\">",
            "<#include \"/static/assets/portal.css\">", "<#import \"http://example.com/x.ftlh\" as x>",
            "<#include \"/org/beltportal/core/template/internal/TemplateOverrideMapper.xml\">",
            "<#include \"*/application.properties\">",
    })
    void includesCannotLeaveTheTemplateRoot(String attack) {
        RenderedPage page = engine.renderSource(CATALOG_A, attack);

        assertThat(page.failed()).isTrue();
        assertThat(page.html()).doesNotContain("root:x:0", "spring.application", "--text: #", "<mapper");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#setting new_builtin_class_resolver=\"unrestricted\">${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
            "<#setting api_builtin_enabled=true>${site?api.getClass()}",
            "<#setting object_wrapper=\"DefaultObjectWrapper(2.3.34)\">${site.getClass()}",
    })
    void sandboxSettingsCannotBeChangedFromATemplate(String attack) {
        RenderedPage page = engine.renderSource(CATALOG_A, attack);

        assertThat(page.failed()).isTrue();
        assertThat(page.html()).doesNotContain("uid=", "class ");
    }

    @Test
    void optionalTemplateLookupsStayInsideTheRootToo() {
        RenderedPage page = engine.renderSource(CATALOG_A, "${.get_optional_template(\"/etc/passwd\").exists?c} "
                + "${.get_optional_template(\"file:/etc/passwd\").exists?c} ${.get_optional_template(\"/layout.ftlh\").exists?c}");

        assertThat(page.html()).isEqualTo("false false true");
    }

    @Test
    void includesResolveThroughTheSameLookupChain() {
        engine.override(CATALOG_A, "partials/mine.ftlh", "own partial for ${site.name()}");

        RenderedPage page = engine.renderSource(CATALOG_A, "<#include \"/partials/mine.ftlh\">|<#include \"../partials/hero.ftlh\">");

        assertThat(page.failed()).isFalse();
        assertThat(page.html()).contains("own partial for 甲产业带", "class=\"hero\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${\"<#assign x = 1>\"?interpret}",
            "<#assign f = \"freemarker.template.utility.Execute\"><@\"$\\{f?new()('id')}\"?interpret />",
            "${\"'freemarker.template.utility.Execute'?new()('id')\"?eval}",
    })
    void evaluatedTextIsSandboxedToo(String attack) {
        RenderedPage page = engine.renderSource(CATALOG_A, attack);

        assertThat(page.html()).doesNotContain("uid=");
    }

    @Test
    void theEscapeRulesStayOn() {
        RenderedPage page = engine.renderSource(CATALOG_A, "${\"<script>alert(1)</script>\"}");

        assertThat(page.html()).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void everyBuiltInTemplateIsListedAndSafe() {
        assertThat(engine.builtIns.themes()).containsExactlyInAnyOrder("catalog", "festival");
        assertThat(engine.builtIns.templates("festival")).contains("layout.ftlh", "pages/home.ftlh",
                "pages/500.ftlh", "partials/hero.ftlh");
        assertThat(List.copyOf(engine.builtIns.templates("catalog"))).allMatch(TemplateNames::isSafe);
    }
}
