package org.beltportal.core.page;

import java.io.Serializable;
import java.time.Instant;

import org.beltportal.core.system.Problems;
import org.beltportal.core.system.Slugs;
import org.beltportal.core.tenant.TenantSettings;

/**
 * A page as an editor writes it. The body may hold HTML; it is sanitised before it is stored. Serializable: the
 * console keeps an unsaved draft in the session for its preview.
 */
public record PageDraft(
        String slug,
        String title,
        String body,
        PageKind kind,
        PageStatus status,
        Instant publishAt,
        Instant unpublishAt,
        String locale) implements Serializable {

    static final int MAX_BODY = 200_000;

    void validate(Problems problems) {
        problems.require(slug != null, "slug", "is required")
                .matches(slug, Slugs.PATTERN, "slug", Slugs.RULE)
                .text(title, "title", 200, true)
                .text(body, "body", MAX_BODY, true)
                .require(locale == null || TenantSettings.LOCALES.contains(locale), "locale", "must be one of zh-CN, zh-TW, en")
                .require(publishAt == null || unpublishAt == null || publishAt.isBefore(unpublishAt),
                        "unpublishAt", "must be after publishAt");
    }

    PageDraft normalised(String defaultLocale) {
        return new PageDraft(slug, title.strip(), body, kind == null ? PageKind.NEWS : kind,
                status == null ? PageStatus.DRAFT : status, publishAt, unpublishAt,
                locale == null ? defaultLocale : locale);
    }
}
