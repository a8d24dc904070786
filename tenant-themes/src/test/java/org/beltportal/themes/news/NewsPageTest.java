package org.beltportal.themes.news;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.beltportal.core.page.Page;
import org.beltportal.core.page.PageKind;
import org.beltportal.core.page.PageStatus;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.TestData.NOW;
import static org.beltportal.themes.TestData.YIWU;
import static org.beltportal.themes.TestData.ZHILI;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class NewsPageTest extends PortalWebTestSupport {

    @BeforeEach
    void zhiliPublishedTheSpringFair() {
        when(pages.visibleNews(ZHILI.id(), new PageQuery(0, 20))).thenReturn(new ResultPage<>(List.of(
                TestData.news(ZHILI, 1, "spring-fair", "织里童装春季订货会开幕"),
                TestData.news(ZHILI, 2, "subsidy", "电商扶持政策")), 2, 0, 20));
        when(pages.visibleBySlug(ZHILI.id(), "spring-fair")).thenReturn(Optional.of(article(ZHILI, "spring-fair",
                PageStatus.PUBLISHED, null, null)));
    }

    @Test
    void newsListShowsVisibleNewsWithDates() throws Exception {
        Answer answer = perform(get("/news").header("Host", "zhili.localhost"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().selectFirst("h1").text()).isEqualTo("产业带资讯");
        assertThat(answer.html().select(".news a").eachAttr("href")).containsExactly("/news/spring-fair", "/news/subsidy");
        assertThat(answer.html().select(".news time").eachAttr("datetime")).containsExactly("2026-05-01", "2026-05-01");
    }

    @Test
    void newsListPagesTwentyAtATimeWithLinksBothWays() throws Exception {
        when(pages.visibleNews(ZHILI.id(), new PageQuery(1, 20))).thenReturn(new ResultPage<>(List.of(
                TestData.news(ZHILI, 21, "older", "往期资讯")), 45, 1, 20));

        Answer first = perform(get("/news").header("Host", "zhili.localhost"));
        Answer second = perform(get("/t/zhili/news?page=2"));

        assertThat(first.html().select("nav.pager a").eachAttr("href")).isEmpty();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.html().select(".news a").eachAttr("href")).containsExactly("/t/zhili/news/older");
        assertThat(second.html().select("a[rel=prev]").attr("href")).isEqualTo("/t/zhili/news");
        assertThat(second.html().select("a[rel=next]").attr("href")).isEqualTo("/t/zhili/news?page=3");
        assertThat(second.html().selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/t/zhili/news?page=2");
        assertThat(perform(get("/t/zhili/news?page=2&lang=en")).html().selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost/t/zhili/news?lang=en&page=2");
        assertThat(first.html().selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://zhili.localhost/news");
    }

    @Test
    void newsPagesThatCannotExistOrArePastTheLastAre404() throws Exception {
        for (String page : List.of("0", "-1", "x", "51", "1.5", "99999999999", "2")) {
            assertThat(perform(get("/news?page=" + page).header("Host", "zhili.localhost")).status()).as(page).isEqualTo(404);
        }
    }

    @Test
    void articleShowsItsSanitisedBodyAsHtml() throws Exception {
        Answer answer = perform(get("/t/zhili/news/spring-fair"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().selectFirst("h1").text()).isEqualTo("织里童装春季订货会开幕");
        assertThat(answer.html().select(".article-body p strong").text()).isEqualTo("3月1日");
        assertThat(answer.html().selectFirst("meta[name=description]").attr("content")).isEqualTo("订货会 3月1日 开幕。");
        assertThat(answer.html().selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(answer.html().select(".breadcrumb a").eachAttr("href")).containsExactly("/t/zhili/", "/t/zhili/news");
    }

    @Test
    void draftAnswers404EvenIfTheServiceWereToReturnIt() throws Exception {
        when(pages.visibleBySlug(ZHILI.id(), "draft")).thenReturn(Optional.of(article(ZHILI, "draft", PageStatus.DRAFT,
                null, null)));

        Answer answer = perform(get("/news/draft").header("Host", "zhili.localhost"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("订货会");
    }

    @Test
    void articleOutsideItsWindowAnswers404() throws Exception {
        when(pages.visibleBySlug(ZHILI.id(), "later")).thenReturn(Optional.of(article(ZHILI, "later", PageStatus.PUBLISHED,
                NOW.plusSeconds(60), null)));
        when(pages.visibleBySlug(ZHILI.id(), "gone")).thenReturn(Optional.of(article(ZHILI, "gone", PageStatus.PUBLISHED,
                null, NOW)));

        assertThat(perform(get("/news/later").header("Host", "zhili.localhost")).status()).isEqualTo(404);
        assertThat(perform(get("/news/gone").header("Host", "zhili.localhost")).status()).isEqualTo(404);
    }

    @Test
    void anotherBeltsArticleAnswers404() throws Exception {
        when(pages.visibleBySlug(YIWU.id(), "yiwu-only")).thenReturn(Optional.of(article(YIWU, "yiwu-only",
                PageStatus.PUBLISHED, null, null)));
        when(pages.visibleBySlug(ZHILI.id(), "stranger")).thenReturn(Optional.of(article(YIWU, "stranger",
                PageStatus.PUBLISHED, null, null)));

        assertThat(perform(get("/news/yiwu-only").header("Host", "zhili.localhost")).status()).isEqualTo(404);
        assertThat(perform(get("/news/stranger").header("Host", "zhili.localhost")).status()).isEqualTo(404);
    }

    @Test
    void slugThatCannotExistIsNotLookedUp() throws Exception {
        assertThat(perform(get("/news/{slug}", "<script>").header("Host", "zhili.localhost")).status()).isEqualTo(404);
        verify(pages, never()).visibleBySlug(any(), anyString());
    }

    private static Page article(Tenant tenant, String slug, PageStatus status, Instant publishAt,
                                Instant unpublishAt) {
        return new Page(1, tenant.id(), slug, "织里童装春季订货会开幕", "<p>订货会 <strong>3月1日</strong> 开幕。</p>",
                PageKind.NEWS, status, publishAt, unpublishAt, "zh-CN", NOW, NOW);
    }
}
