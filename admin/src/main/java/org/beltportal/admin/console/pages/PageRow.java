package org.beltportal.admin.console.pages;

import java.time.Instant;

import org.beltportal.core.page.Page;
import org.beltportal.core.page.PageStatus;

/**
 * A page as the list shows it (public: the template engine reads only public types): {@code state} is what
 * buyers get now, {@code draft}, {@code scheduled} (published, before its publish time), {@code live} or
 * {@code ended} (after its unpublish time).
 */
public record PageRow(Page page, String state) {

    static PageRow of(Page page, Instant now) {
        String state = page.status() == PageStatus.DRAFT ? "draft"
                : page.isVisibleAt(now) ? "live"
                : page.publishAt() != null && page.publishAt().isAfter(now) ? "scheduled" : "ended";
        return new PageRow(page, state);
    }
}
