package org.beltportal.themes.news;

import java.time.ZoneId;

import org.beltportal.core.page.Page;
import org.beltportal.themes.site.Text;
import org.springframework.web.util.HtmlUtils;

/**
 * The data of {@code pages/article.ftlh}. {@code bodyHtml} was sanitised when it was saved and is, with
 * the footer, the only value templates print unescaped; {@code summary} is its text, cut short, for the
 * meta description.
 */
public record ArticlePage(String title, String date, String bodyHtml, String summary) {

    private static final int SUMMARY_LENGTH = 120;

    public ArticlePage {
        title = Text.orEmpty(title);
        bodyHtml = Text.orEmpty(bodyHtml);
    }

    static ArticlePage of(Page page, ZoneId zone) {
        // The body is sanitised HTML; its text with tags dropped is enough for a search snippet.
        String text = Text.orEmpty(page.body()).replaceAll("<[^>]*>", " ");
        return new ArticlePage(page.title(), NewsLink.day(page, zone), page.body(),
                Text.excerpt(HtmlUtils.htmlUnescape(text), SUMMARY_LENGTH));
    }
}
