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

    @Test
    void everyBuiltInTemplatePassesTheCheck() {
        for (String path : engine.builtIns.templates("festival")) {
            String source = engine.builtIns.source("festival", new TemplatePath(path)).orElseThrow();
            assertThat(check.problems(CATALOG_A.id(), new TemplatePath(path), source)).as(path).isEmpty();
        }
    }
}
