package org.beltportal.themes.news;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.beltportal.core.page.Page;
import org.beltportal.themes.site.Text;

/** A news item in a list; {@code date} is the day it was published in the portal's time zone (ISO). */
public record NewsLink(String url, String title, String date) {

    public static NewsLink of(Page page, ZoneId zone, String base) {
        return new NewsLink(base + "/news/" + page.slug(), Text.orEmpty(page.title()), day(page, zone));
    }

    static String day(Page page, ZoneId zone) {
        return page.publishedAt() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(page.publishedAt().atZone(zone));
    }
}
