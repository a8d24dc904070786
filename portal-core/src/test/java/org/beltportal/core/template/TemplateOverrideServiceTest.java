package org.beltportal.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.system.BadRequestException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.web.PayloadTooLargeException;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@SpringBootTest
class TemplateOverrideServiceTest extends TestDatabase {

    static final TemplatePath HOME = new TemplatePath("pages/home.ftlh");

    /**
     * Core has no theme engine: this check refuses "?new" so the refusal path is testable here, and the pages
     * "fail" to render a draft that says "nosuch" on its second line.
     */
    @TestConfiguration
    static class Check {
        @Bean
        TemplateCheck templateCheck() {
            return (tenantId, path, source) -> source.contains("?new")
                    ? List.of(new TemplateProblem(1, source.indexOf("?new") + 1, "?new is not allowed"))
                    : List.of();
        }

        @Bean
        PageRenderCheck pageRenderCheck() {
            return (tenantId, path, draft) -> PageRenderCheck.PAGE_TYPES.stream().map(page -> draft.contains("nosuch")
                    ? new PageCheck(page, "/", PageCheck.Outcome.FAILED, path.value(), 2, 3, "nosuch is missing")
                    : PageCheck.rendered(page, "/")).toList();
        }
    }

    @Autowired
    TemplateOverrideService overrides;
    @Autowired
    TenantService tenants;
    @Autowired
    TemplatePublishing publishing;
    @Autowired
    AuditLog audit;

    Tenant a;
    Tenant b;

    @BeforeEach
    void twoTenants() {
        a = tenants.create("tester", Fixtures.uniqueSlug("tpla"), Fixtures.settings("甲"), List.of());
        b = tenants.create("tester", Fixtures.uniqueSlug("tplb"), Fixtures.settings("乙"), List.of());
    }

    @Test
    void everySaveIsANewVersionAndRevertIsOneToo() {
        publishing.saveAndPublish("op", a.id(), HOME, "<p>1</p>");
        publishing.saveAndPublish("op", a.id(), HOME, "<p>2</p>");

        assertThat(overrides.current(a.id(), HOME)).contains(new TemplateOverride(HOME.value(), 2, "<p>2</p>"));
        assertThat(overrides.overridden(a.id())).containsEntry(HOME.value(), 2);

        TemplateVersion reverted = overrides.revert("op", a.id(), HOME);

        assertThat(reverted.version()).isEqualTo(3);
        assertThat(reverted.reverted()).isTrue();
        assertThat(overrides.current(a.id(), HOME)).isEmpty();
        assertThat(overrides.overridden(a.id())).isEmpty();
        assertThat(overrides.history(a.id(), HOME)).extracting(TemplateVersion::version).containsExactly(3, 2, 1);
        assertThat(overrides.source(a.id(), HOME, 1)).isEqualTo("<p>1</p>");
        assertThatThrownBy(() -> overrides.source(a.id(), HOME, 3)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> overrides.revert("op", a.id(), HOME)).isInstanceOf(NotFoundException.class);
        assertThat(audit.forTenant(a.id(), null, 10)).extracting("action")
                .contains("template.save", "template.publish", "template.revert");
    }

    @Test
    void aDraftIsInvisibleUntilPublishedAndAFailingPageKeepsItADraft() {
        publishing.saveAndPublish("op", a.id(), HOME, "<p>live</p>");
        overrides.saveDraft("op", a.id(), HOME, "<p>draft</p>");

        assertThat(overrides.current(a.id(), HOME)).contains(new TemplateOverride(HOME.value(), 1, "<p>live</p>"));
        assertThat(overrides.versionInForce(a.id(), HOME)).contains(1);
        assertThat(overrides.drafts(a.id())).containsEntry(HOME.value(), 2);

        assertThatThrownBy(() -> publishing.saveAndPublish("op", a.id(), HOME, "<p>\n ${nosuch}</p>"))
                .isInstanceOfSatisfying(TemplateRenderFailedException.class, e -> {
                    assertThat(e.failures()).hasSize(PageRenderCheck.PAGE_TYPES.size());
                    assertThat(e.getMessage()).contains("home page", HOME.value(), "line 2");
                });
        assertThat(overrides.current(a.id(), HOME)).map(TemplateOverride::version).contains(1);
        assertThat(overrides.draft(a.id(), HOME)).map(TemplateOverride::version).contains(3);

        TemplatePublishing.Published restored = publishing.restore("op", a.id(), HOME, 2);
        assertThat(restored.version()).isEqualTo(4);
        assertThat(overrides.current(a.id(), HOME)).contains(new TemplateOverride(HOME.value(), 4, "<p>draft</p>"));
        assertThat(overrides.drafts(a.id())).isEmpty();
        assertThatThrownBy(() -> publishing.publish("op", a.id(), HOME)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void oneTenantsOverridesAreInvisibleToAnother() {
        publishing.saveAndPublish("op", a.id(), HOME, "<p>only a</p>");

        assertThat(overrides.current(b.id(), HOME)).isEmpty();
        assertThat(overrides.history(b.id(), HOME)).isEmpty();
        assertThat(overrides.overridden(b.id())).isEmpty();
        assertThatThrownBy(() -> overrides.source(b.id(), HOME, 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusedSourceIsNotStored() {
        assertThatThrownBy(() -> overrides.saveDraft("op", a.id(), HOME, "${x?new()}"))
                .isInstanceOfSatisfying(TemplateRejectedException.class,
                        e -> assertThat(e.problems()).containsExactly(new TemplateProblem(1, 4, "?new is not allowed")));
        assertThat(overrides.history(a.id(), HOME)).isEmpty();
    }

    @Test
    void oversizedSourceIsRefused() {
        String huge = "界".repeat(TemplateOverrideService.MAX_SOURCE_BYTES / 3 + 1);

        assertThatThrownBy(() -> overrides.saveDraft("op", a.id(), HOME, huge)).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void onlyLayoutPagesAndPartialsAreTemplatePaths() {
        assertThat(List.of("layout.ftlh", "pages/home.ftlh", "partials/hero-2_b.ftlh")).allMatch(TemplatePath::isValid);
        for (String bad : List.of("../layout.ftlh", "/layout.ftlh", "pages/../layout.ftlh", "pages\\home.ftlh",
                "pages/%2e%2e.ftlh", "file:/etc/passwd", "pages/Home.ftlh", "other/x.ftlh", "pages/a/b.ftlh", "")) {
            assertThatThrownBy(() -> new TemplatePath(bad)).as(bad).isInstanceOf(BadRequestException.class);
        }
    }

    @Test
    void unknownThemeIsABadRequest() {
        assertThatThrownBy(() -> tenants.create("tester", Fixtures.uniqueSlug("neon"),
                new org.beltportal.core.tenant.TenantSettings("霓虹", null, null, null, null, "neon", null), List.of()))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("neon");
    }
}
