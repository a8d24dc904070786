package org.beltportal.themes.news;

import java.util.List;

/** The data of {@code pages/news.ftlh}: the visible news, newest first. */
public record NewsListPage(List<NewsLink> items) {

    public NewsListPage {
        items = List.copyOf(items);
    }
}
