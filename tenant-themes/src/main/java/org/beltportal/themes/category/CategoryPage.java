package org.beltportal.themes.category;

import java.util.List;

import org.beltportal.themes.search.SearchPage;

/**
 * The data of {@code pages/category.ftlh}: the category's {@code name}, the {@code trail} of links from the
 * root down to it, its direct {@code children}, and the products of its whole subtree as a search result
 * ({@code results}, with facets, sorts and the next-page link).
 */
public record CategoryPage(String name, List<CategoryLink> trail, List<CategoryLink> children, SearchPage results) {

    public CategoryPage {
        trail = List.copyOf(trail);
        children = List.copyOf(children);
    }
}
