package org.beltportal.themes.platform;

import java.math.BigDecimal;
import java.util.List;

import org.beltportal.themes.site.Text;

/**
 * The data of {@code pages/region.ftlh}: a region node of the platform (a province, city or county), its active
 * belts with what they make, and, when a buyer searched, the products found on those belts only.
 */
public record RegionPage(String code, String name, String nameEn, List<Belt> belts, String query, long total,
                         List<Result> results) {

    public RegionPage {
        belts = List.copyOf(belts);
        results = List.copyOf(results);
        query = Text.orEmpty(query);
    }

    /** A belt: its names, where it is, its top categories ("goods"), and its two addresses (as on the platform page). */
    public record Belt(String name, String nameEn, String region, List<String> goods, String hostUrl, String prefixUrl) {

        public Belt {
            name = Text.orEmpty(name);
            nameEn = Text.orEmpty(nameEn);
            region = Text.orEmpty(region);
            goods = List.copyOf(goods);
        }
    }

    /** A product found: title, price, MOQ, supplier, and its page on its belt. */
    public record Result(String title, String price, int moq, String unit, String supplier,
                         String beltName, String url) {

        static String price(BigDecimal price) {
            return price == null ? "" : Text.yuan(price);
        }
    }
}
