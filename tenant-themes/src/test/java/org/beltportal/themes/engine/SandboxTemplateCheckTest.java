package org.beltportal.themes.engine;

import java.util.List;

import org.beltportal.core.template.TemplatePath;
import org.beltportal.core.template.TemplateProblem;
import org.beltportal.core.tenant.TenantService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.engine.Engine.CATALOG_A;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What a save refuses, with the line and column an editor needs, and what it lets through. */
class SandboxTemplateCheckTest {

    private static final TemplatePath HOME = new TemplatePath("pages/home.ftlh");

    private final Engine engine = new Engine();
    private final TenantService tenants = mock(TenantService.class);
    private SandboxTemplateCheck check;

    @BeforeEach
    void tenantIsKnown() {
        when(tenants.require(CATALOG_A.id())).thenReturn(CATALOG_A);
        check = new SandboxTemplateCheck(tenants, engine.configurations);
    }

    @AfterEach
    void stop() {
        engine.stop();
    }

    @Test
    void parseErrorIsReportedWithLineAndColumn() {
        List<TemplateProblem> problems = check.problems(CATALOG_A.id(), HOME, "<p>ok</p>\n  <#if site.name()>\n");

        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().line()).isEqualTo(2);
        assertThat(problems.getFirst().reason()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "api", "has_api", "eval", "eval_json", "interpret"})
    void forbiddenBuiltInIsFoundWhereItIs(String builtIn) {
        String source = "<p>x</p>\n<#if true>\n  ${site.name()?" + builtIn + "}\n</#if>";

        List<TemplateProblem> problems = check.problems(CATALOG_A.id(), HOME, source);

        assertThat(problems).extracting(TemplateProblem::line).containsExactly(3);
        assertThat(problems.getFirst().column()).isEqualTo(16);
        assertThat(problems.getFirst().reason()).contains("?" + builtIn);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${site.name()?<#-- -->new()}",
            "${site.name()?<#-- a comment -->api.getClass()}",
            "${site.name()?<#--\n-->eval}",
            "${site.name()?<#-- --><#-- -->interpret}",
            "${site.name()?hasApi?c}",
            "${site.name()?evalJson}",
            "<#assign x = site.name()?<#-- -->eval_json>",
            "<#if site.name()?<#---->has_api></#if>",
            "<@site.name()?<#-- -->interpret/>",
            "${(site.name()?<#-- -->new)()}",
            "${\"${site.name()?<#-- -->new()}\"}",
    })
    void forbiddenBuiltInIsFoundWhateverIsWrittenAroundIt(String source) {
        List<TemplateProblem> problems = check.problems(CATALOG_A.id(), HOME, source);

        assertThat(problems).isNotEmpty();
        assertThat(problems.getFirst().reason()).containsPattern("\\?(new|api|has_api|eval|eval_json|interpret) is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${(1..3000000000)?join(\",\")}",
            "${(1..2000000000)?seq_contains(-1)?c}",
            "<#assign r = 1..page.products()?size * 1000000>${r?size}",
            "<#list (1..2000000000)?filter(i -> i < 0) as i>${i}</#list>",
            "<#list (1..)?map(i -> i) as i>${i}</#list>",
            "${(0..<100001)?size}",
            "${(1..*100001)?size}",
            "${\"x\"?left_pad(1500000000)}",
            "${\"x\"?right_pad(site.name()?length * 1000000)}",
            "${\"x\"?leftPad(1001, \"y\")}",
            "${page.products()?chunk(100000000)?size}",
            "${site.name()?replace(\"\", site.name())}",
            "${site.name()?replace(site.name(), \"x\")}",
            "${site.name()?split(\"\")?size}",
            "${site.name()?matches(\"(a+)+$\")?c}",
            "${site.name()?replace(\"(a+)+$\", \"b\", \"r\")}",
            "${site.name()?keep_after(\"(a+)+$\", \"ri\")}",
            "${site.name()?keepBefore(\"x\", site.name())}",
            "<#assign pad = \"x\"?left_pad>${pad(1500000000)}",
            "<#assign replace = site.name()?replace>${replace(\"\", site.name())}",
    })
    void constructsWhoseSingleCallIsUnboundedAreRefused(String source) {
        List<TemplateProblem> problems = check.problems(CATALOG_A.id(), HOME, "<p>x</p>\n" + source);

        assertThat(problems).isNotEmpty();
        assertThat(problems.getFirst().line()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#list 1..page.products()?size as i>${i}</#list>",
            "<#list (1..) as i><#if i gt 3><#break></#if>${i}</#list>",
            "${(1..10000)?join(\",\")}",
            "${[1, 2, 3]?join(\", \")} ${(0..<10)?seq_contains(3)?c}",
            "${\"7\"?left_pad(3, \"0\")} ${page.products()?chunk(4)?size}",
            "${msg[\"search.total\"]?replace(\"{0}\", site.name())} ${site.lang()?replace('-', '_', 'i')}",
            "${site.name()?split(\",\")?size} ${site.name()?keep_after(\"x\", \"i\")}",
    })
    void boundedUsesOfTheSameBuiltInsAreAccepted(String source) {
        assertThat(check.problems(CATALOG_A.id(), HOME, source)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${s+s+s+s+s+s}",
            "${(s+s+s) + (s+s+s)}",
            "${\"${s}${s}${s}${s}${s}${s}\"}",
            "${\"a\" + \"${s} ${s}\" + \"b\" + \"${s} ${s}\" + s?string}",
            "${\"${s}${s}\" + \"${s}${s}\" + s?no_esc}",
            "<#assign t += s+s+s+s+s>",
            "${[s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s]?join(\"\")}",
            "${{\"a\": s, \"b\": s, \"c\": s, \"d\": s, \"e\": s, \"f\": s, \"g\": s, \"h\": s, \"i\": s, \"j\": s, \"k\": s, \"l\": s, \"m\": s, \"n\": s, \"o\": s, \"p\": s, \"q\": s,"
                    + " \"r\": s, \"s\": s, \"t\": s, \"u\": s, \"v\": s, \"w\": s, \"x\": s, \"y\": s, \"z\": s, \"aa\": s, \"ab\": s, \"ac\": s, \"ad\": s, \"ae\": s, \"af\": s, \"ag\": s}?values?join(\"\")}",
            "${s?replace(\"{0}\", s)}",
            "${s?replace(\"a\", \"0123456789abcdefghijklmnopqrstuvwxyz\")}",
            "${site.name()?replace(\"{0}\", s)}",
            "${msg[\"home.heroImage\"]?replace(\"{0}\", s)?replace(\"{1}\", s)}",
            "${msg[\"home.heroImage\"]?replace(\"{0}\", s)?replace(\"{1}\", site.name())}",
            "${page.products()?join(s)}",
            "${(1..10000)?join(s)}",
            "${(1..10000)?map(i -> s)?join(\"\")}",
            "${page.products()?map(p -> p.title())?join(\", \")}",
            "${s?url?url}",
            "${s?js_string?json_string}",
            "${s?c?c}",
            "${r\"\\\"?j_string?j_string?j_string?j_string?j_string?j_string?j_string?j_string?j_string?j_string}",
            "${s?upper_case?lower_case?cap_first?uncap_first}",
            "${(s + s + s + s + s)?split(\",\")?size}",
    })
    void expressionsThatCanBuildAHugeValueAtOnceAreRefused(String source) {
        List<TemplateProblem> problems = check.problems(CATALOG_A.id(), HOME, "<p>x</p>\n" + source);

        assertThat(problems).isNotEmpty();
        assertThat(problems.getFirst().line()).isEqualTo(2);
        assertThat(problems.getFirst().reason()).contains("can build up to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "xhtml", "xml", "rtf"})
    void legacyEscapersDoNotParseInAnHtmlTemplate(String escaper) {
        List<TemplateProblem> problems = check.problems(CATALOG_A.id(), HOME, "<p>x</p>\n${site.name()?" + escaper + "}");

        assertThat(problems).extracting(TemplateProblem::line).containsExactly(2);
        assertThat(problems.getFirst().reason()).contains("?" + escaper, "not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#assign msg = {\"home.heroImage\": s}>",
            "<#global msg = s>",
            "<#macro m><#local msg = s></#macro>",
            "<#list page.products() as msg></#list>",
            "<#macro m msg></#macro>",
            "<#function f a msg><#return a></#function>",
            "<#import \"/layout.ftlh\" as msg>",
            "<#assign msg>${s}</#assign>",
            "${page.products()?filter(msg -> msg?has_content)?size}",
    })
    void bindingTheMessageTextsIsRefused(String source) {
        List<TemplateProblem> problems = check.problems(CATALOG_A.id(), HOME, "<p>x</p>\n" + source);

        assertThat(problems).isNotEmpty();
        assertThat(problems.getFirst().line()).isEqualTo(2);
        assertThat(problems.getFirst().reason()).contains("msg");
    }

    @Test
    void aHugeExpressionIsReportedWhereItIs() {
        List<TemplateProblem> problems = check.problems(CATALOG_A.id(), HOME, "<p>x</p>\n<p>${site.name()?url?url}</p>");

        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().line()).isEqualTo(2);
        assertThat(problems.getFirst().column()).isEqualTo(21);
        assertThat(problems.getFirst().reason()).contains("?url multiplies");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${site.name() + \" - \" + site.region()}",
            "<#assign title = page.title() + \" - \" + site.name()>${title}",
            "${\"${site.name()} (${site.region()})\"}",
            "${msg[\"home.heroImage\"]?replace(\"{0}\", site.name())?replace(\"{1}\", 3?c)}",
            "<#list page.products() as p>${msg[\"product.imageAlt\"]?replace(\"{0}\", p.title())?replace(\"{1}\", p?counter?c, \"f\")?replace(\"{2}\", page.products()?size?c, \"f\")}</#list>",
            "${msg[\"category.description\"]?replace(\"{0}\", page.name())?replace(\"{1}\", site.name(), \"f\")}",
            "${msg.notFound?replace(\"{0}\", site.name())}",
            "${site.name()?replace(\"-\", \"_\")?replace(\"a\", \"0123\")}",
            "${\"{0} und {1}\"?replace(\"{0}\", site.name())?replace(\"{1}\", site.region(), \"f\")}",
            "${page.products()?join(\", \")} ${(1..10000)?join(\",\")}",
            "${page.products()?map(p -> p.title)?join(\", \")}",
            "<a href=\"/search?q=${site.name()?url}\" data-x=\"${site.name()?js_string}\">${\"%\"?url?url?url}</a>",
            "${site.name()?upper_case} ${site.name()?c} ${page.total()?c} ${site.name()?split(\",\")?size}",
            "<#assign body><p>${site.name()}</p></#assign>${body}${body}",
            "<#list 1..100000 as i>${i}</#list>",
    })
    void expressionsOfBoundedSizeAreAccepted(String source) {
        assertThat(check.problems(CATALOG_A.id(), HOME, source)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {150, 10_000})
    void deeplyNestedTemplateIsRefusedWithAReason(int depth) {
        List<String> sources = List.of(
                "<#if true>".repeat(depth) + "x" + "</#if>".repeat(depth),
                "${" + "(".repeat(depth) + "1" + ")".repeat(depth) + "}",
                "<#if " + "!".repeat(depth) + "true>x</#if>",
                "<#assign x = " + "[".repeat(depth) + "]".repeat(depth) + ">");

        for (String source : sources) {
            List<TemplateProblem> problems = check.problems(CATALOG_A.id(), HOME, source);
            assertThat(problems).as(source.substring(0, 20)).hasSize(1);
            assertThat(problems.getFirst().reason()).contains("nested");
        }
    }

    @Test
    void forbiddenNamesInPlainTextAndCommentsAreFine() {
        String source = "<a href=\"/search?new=1&api=2\">what?new</a><#-- ?eval is not used here -->${site.name()}";

        assertThat(check.problems(CATALOG_A.id(), HOME, source)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#include \"../secret.ftlh\">", "<#include \"/etc/passwd\">", "<#include \"classpath:templates/layout.ftlh\">",
            "<#include \"file:/etc/passwd\">", "<#include \"/partials/missing.ftlh\">", "<#include site.name()>",
            "<#import \"/layout.ftlh\" + \"\" as l>", "<#include \"%2e%2e/layout.ftlh\">", "<#include \"..\\\\layout.ftlh\">",
    })
    void includeOfAnythingButAThemeTemplateIsRefused(String include) {
        List<TemplateProblem> problems = check.problems(CATALOG_A.id(), HOME, "<p>x</p>\n" + include);

        assertThat(problems).extracting(TemplateProblem::line).containsExactly(2);
    }

    @Test
    void includesOfThemeTemplatesAbsoluteOrRelativeAreAccepted() {
        String source = "<#import \"/layout.ftlh\" as layout><#include \"../partials/hero.ftlh\"><#include \"404.ftlh\">";

        assertThat(check.problems(CATALOG_A.id(), HOME, source)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "festival"})
    void everyBuiltInTemplatePassesTheCheck(String theme) {
        for (String path : engine.builtIns.templates(theme)) {
            String source = engine.builtIns.source(theme, new TemplatePath(path)).orElseThrow();
            assertThat(check.problems(CATALOG_A.id(), new TemplatePath(path), source)).as(theme + " " + path).isEmpty();
        }
    }
}
