package org.beltportal.themes.home;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.beltportal.core.page.Page;
import org.beltportal.themes.product.ProductCard;
import org.beltportal.themes.site.Text;

/** The data of {@code pages/home.ftlh}: top-level category names, newest products first, latest news. */
public record HomePage(List<String> categories, List<ProductCard> products, List<NewsLink> news) {

    public HomePage {
        categories = List.copyOf(categories);
        products = List.copyOf(products);
        news = List.copyOf(news);
    }

    /** A news item in a list; {@code date} is the day it was published in the portal's time zone. */
    public record NewsLink(String url, String title, String date) {

        static NewsLink of(Page page, ZoneId zone, String base) {
            String date = page.publishedAt() == null ? ""
                    : DateTimeFormatter.ISO_LOCAL_DATE.format(page.publishedAt().atZone(zone));
            return new NewsLink(base + "/news/" + page.slug(), Text.orEmpty(page.title()), date);
        }
    }
}
