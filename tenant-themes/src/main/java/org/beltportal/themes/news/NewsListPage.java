package org.beltportal.themes.news;

import java.util.List;

/**
 * The data of {@code pages/news.ftlh}: one page of the visible news, newest first, and the links to the
 * pages before and after it ("" where there is none).
 */
public record NewsListPage(List<NewsLink> items, String previousUrl, String nextUrl) {

    public NewsListPage {
        items = List.copyOf(items);
    }
}
