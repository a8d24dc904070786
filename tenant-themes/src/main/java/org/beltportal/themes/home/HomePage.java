package org.beltportal.themes.home;

import java.util.List;

import org.beltportal.themes.campaign.CampaignBanner;
import org.beltportal.themes.category.CategoryLink;
import org.beltportal.themes.news.NewsLink;
import org.beltportal.themes.product.ProductCard;
import org.beltportal.themes.site.Text;
import org.beltportal.themes.supplier.SupplierSummary;

/**
 * The data of {@code pages/home.ftlh}: the branding's {@code heroImages} (http(s) or site-relative only),
 * top-level categories as links, featured suppliers (verified and best rated first), newest products
 * first, latest news, and the {@code campaigns} in warm-up or live placed on the home page (their banners).
 */
public record HomePage(List<String> heroImages, List<CategoryLink> categories, List<SupplierSummary> suppliers,
                       List<ProductCard> products, List<NewsLink> news, List<CampaignBanner> campaigns) {

    public HomePage {
        heroImages = heroImages.stream().map(Text::safeUrl).filter(url -> !url.isEmpty()).toList();
        categories = List.copyOf(categories);
        suppliers = List.copyOf(suppliers);
        products = List.copyOf(products);
        news = List.copyOf(news);
        campaigns = List.copyOf(campaigns);
    }
}
