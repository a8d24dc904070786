package org.beltportal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class TenantServiceTest extends TestDatabase {

    @Autowired
    TenantService tenants;

    @Autowired
    TenantDirectory directory;

    @Autowired
    AuditLog audit;

    @Test
    void createdTenantHasDefaultsAndResolvesByHostAndSlug() {
        String slug = Fixtures.uniqueSlug("zhili");
        Tenant tenant = tenants.create("tester", slug, Fixtures.settings("织里童装产业带"), List.of(slug + ".Example.COM"));

        assertThat(tenant.timezone()).isEqualTo("Asia/Shanghai");
        assertThat(tenant.locale()).isEqualTo("zh-CN");
        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenants.hosts(tenant.id())).containsExactly(slug + ".example.com");
        assertThat(directory.byHost(slug + ".example.com")).map(Tenant::slug).contains(slug);
        assertThat(directory.bySlug(slug)).map(Tenant::id).contains(tenant.id());
        assertThat(audit.forTenant(tenant.id(), null, 10)).extracting("action").contains("tenant.create");
    }

    @Test
    void searchPagesInSqlNarrowsToTheGivenBeltsAndTakesWildcardsAsText() {
        String prefix = Fixtures.uniqueSlug("q");
        Tenant first = tenants.create("tester", prefix + "-1", Fixtures.settings("搜索 100% 带"), List.of());
        Tenant second = tenants.create("tester", prefix + "-2", Fixtures.settings("搜索 带"), List.of());
        tenants.create("tester", prefix + "-3", Fixtures.settings("搜索 带"), List.of());

        ResultPage<Tenant> page = tenants.search(null, prefix, new PageQuery(1, 2));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(Tenant::slug).containsExactly(prefix + "-3");
        assertThat(tenants.search(List.of(first.id(), second.id()), prefix, new PageQuery(0, 10)).items())
                .extracting(Tenant::slug).containsExactly(prefix + "-1", prefix + "-2");
        assertThat(tenants.search(List.of(), prefix, new PageQuery(0, 10)).total()).isZero();
        assertThat(tenants.search(null, "100%", new PageQuery(0, 200)).items()).extracting(Tenant::slug).contains(prefix + "-1")
                .doesNotContain(prefix + "-2");
        assertThat(tenants.search(null, "_", new PageQuery(0, 200)).items()).extracting(Tenant::slug).doesNotContain(prefix + "-2");
    }

    @Test
    void hostOfAnotherTenantIsRefused() {
        String first = Fixtures.uniqueSlug("a");
        tenants.create("tester", first, Fixtures.settings("甲"), List.of(first + ".example.com"));
        Tenant second = tenants.create("tester", Fixtures.uniqueSlug("b"), Fixtures.settings("乙"), List.of());

        assertThatThrownBy(() -> tenants.addHost("tester", second.id(), first + ".example.com"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void invalidSettingsAreAllReportedAtOnce() {
        TenantSettings bad = new TenantSettings("", null, null, "fr", "Mars/Olympus", "BAD THEME", null);
        assertThatThrownBy(() -> tenants.create("tester", "Not A Slug", bad, List.of("bad host!")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting("field").contains("slug", "name", "locale", "timezone", "theme"));
    }

    @Test
    void suspendingIsSeenByTheDirectoryAtOnce() {
        String slug = Fixtures.uniqueSlug("s");
        Tenant tenant = tenants.create("tester", slug, Fixtures.settings("暂停"), List.of());
        assertThat(directory.bySlug(slug)).map(Tenant::isActive).contains(true);

        tenants.setStatus("tester", tenant.id(), TenantStatus.SUSPENDED);

        assertThat(directory.bySlug(slug)).map(Tenant::isActive).contains(false);
    }

    @Test
    void footerHtmlIsSanitisedOnSave() {
        Tenant tenant = tenants.create("tester", Fixtures.uniqueSlug("f"), Fixtures.settings("页脚"), List.of());
        Branding saved = tenants.updateBranding("tester", tenant.id(), new Branding(null, "#123456", "#abcdef", "口号",
                List.of(), "<p onclick=\"steal()\">主办单位<script>alert(1)</script><a href=\"javascript:alert(1)\">x</a></p>"));

        assertThat(saved.footerHtml()).contains("主办单位").doesNotContain("script", "onclick", "javascript");
        assertThat(tenants.branding(tenant.id())).isEqualTo(saved);
    }
}
