package org.beltportal.core.template;

import java.util.List;

import org.beltportal.core.tenant.TenantId;

/**
 * Renders every page type of a belt with its real data and one draft in place of the published template, as a
 * buyer would get them (home, search, category, product, supplier, campaign, news, article, 404). Implemented
 * by the theme engine (tenant-themes), which owns the pages.
 */
public interface PageRenderCheck {

    /** The page types in the order they are tried. */
    List<String> PAGE_TYPES = List.of("home", "search", "category", "product", "supplier", "campaign", "news",
            "article", "404");

    /** One result per page type, in {@link #PAGE_TYPES} order. */
    List<PageCheck> render(TenantId tenantId, TemplatePath path, String draft);
}
