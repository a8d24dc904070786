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
