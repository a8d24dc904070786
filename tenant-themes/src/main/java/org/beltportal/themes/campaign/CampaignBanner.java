package org.beltportal.themes.campaign;

import java.util.List;

import org.beltportal.themes.product.ProductCard;
import org.beltportal.themes.site.Text;
import org.beltportal.themes.supplier.SupplierSummary;

/**
 * A campaign's banner as {@code partials/campaign-banner.ftlh} prints it. {@code phase} is the phase code
 * ({@code scheduled}, {@code warmup}, {@code live}, {@code ended}); {@code liveStart} and {@code end} are
 * local times of the belt ("2026-12-06 10:00") and their {@code ...Iso} twins the same instants with their
 * offset for {@code <time datetime>}; {@code remaining} is the text of the time left until going live
 * ("" unless the campaign is still to start). {@code products} and {@code suppliers} are its featured goods,
 * filled only while it is live. {@code images} are http(s) or site-relative.
 */
public record CampaignBanner(String slug, String name, String url, String phase, String bannerText, List<String> images,
                             String liveStart, String liveStartIso, String end, String endIso, String remaining,
                             List<ProductCard> products, List<SupplierSummary> suppliers) {

    public CampaignBanner {
        bannerText = Text.orEmpty(bannerText);
        images = images.stream().map(Text::safeUrl).filter(image -> !image.isEmpty()).toList();
        products = List.copyOf(products);
        suppliers = List.copyOf(suppliers);
    }
}
