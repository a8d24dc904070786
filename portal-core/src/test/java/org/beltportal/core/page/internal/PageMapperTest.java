package org.beltportal.core.page.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.beltportal.core.page.Page;
import org.beltportal.core.page.PageDraft;
import org.beltportal.core.page.PageKind;
import org.beltportal.core.page.PageStatus;
import org.beltportal.core.system.internal.MyBatisSettings;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.internal.TenantMapper;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/** The mapper slice on the real server: the publication window is decided in SQL, per tenant. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(MyBatisSettings.class)
class PageMapperTest extends TestDatabase {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Autowired
    PageMapper pages;
    @Autowired
    TenantMapper tenants;

    TenantId zhili;
    TenantId baigou;

    @BeforeEach
    void twoTenants() {
        zhili = Fixtures.insertTenant(tenants, "zhili", NOW);
        baigou = Fixtures.insertTenant(tenants, "baigou", NOW);
    }

    private void page(TenantId tenant, String slug, PageStatus status, Instant publishAt, Instant unpublishAt) {
        PageDraft draft = new PageDraft(slug, "标题 " + slug, "<p>正文</p>", PageKind.NEWS, status, publishAt, unpublishAt, "zh-CN");
        pages.insert(new PageMapper.WriteRow(null, tenant, draft, draft.body(), NOW));
    }

    @Test
    void visibleNewsRespectsStatusWindowAndTenant() {
        page(zhili, "live", PageStatus.PUBLISHED, NOW.minusSeconds(60), null);
        page(zhili, "draft", PageStatus.DRAFT, null, null);
        page(zhili, "future", PageStatus.PUBLISHED, NOW.plusSeconds(1), null);
        page(zhili, "expired", PageStatus.PUBLISHED, null, NOW);
        page(baigou, "live", PageStatus.PUBLISHED, null, null);

        List<Page> visible = pages.findVisible(zhili, PageKind.NEWS, NOW, 0, 10);

        assertThat(visible).extracting(Page::slug).containsExactly("live");
        assertThat(visible.getFirst().tenantId()).isEqualTo(zhili);
        assertThat(visible.getFirst().publishAt()).isEqualTo(NOW.minusSeconds(60));
        assertThat(pages.countVisible(zhili, PageKind.NEWS, NOW)).isEqualTo(1);
    }

    @Test
    void visibleNewsPagesNewestFirstWithTheTotal() {
        for (int i = 1; i <= 5; i++) {
            page(zhili, "n" + i, PageStatus.PUBLISHED, NOW.minusSeconds(600 - i), null);
        }
        page(zhili, "draft", PageStatus.DRAFT, null, null);
        page(baigou, "other", PageStatus.PUBLISHED, null, null);

        assertThat(pages.findVisible(zhili, PageKind.NEWS, NOW, 0, 2)).extracting(Page::slug).containsExactly("n5", "n4");
        assertThat(pages.findVisible(zhili, PageKind.NEWS, NOW, 4, 2)).extracting(Page::slug).containsExactly("n1");
        assertThat(pages.countVisible(zhili, PageKind.NEWS, NOW)).isEqualTo(5);
    }

    @Test
    void sameSlugInTwoTenantsStaysApart() {
        page(zhili, "same", PageStatus.PUBLISHED, null, null);
        page(baigou, "same", PageStatus.PUBLISHED, null, null);

        assertThat(pages.findBySlug(zhili, "same")).map(Page::tenantId).contains(zhili);
        assertThat(pages.count(baigou, null)).isEqualTo(1);
    }
}
