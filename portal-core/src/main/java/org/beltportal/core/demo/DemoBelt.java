package org.beltportal.core.demo;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.beltportal.core.campaign.CampaignKind;
import org.beltportal.core.campaign.Placement;
import org.beltportal.core.campaign.Recurrence;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.tenant.Branding;

/**
 * One demo belt file as written under {@code demo/belts/}; {@code regionCode} is its county in the region tree, and
 * {@code categoryNamesEn} names its categories (which come from the products' paths) in English, by their Chinese
 * names.
 */
record DemoBelt(
        String slug,
        String name,
        String nameEn,
        String region,
        String regionCode,
        String locale,
        String timezone,
        String theme,
        String icpNumber,
        Branding branding,
        List<DemoSupplier> suppliers,
        List<DemoProduct> products,
        Map<String, String> categoryNamesEn,
        List<DemoNews> news,
        List<DemoCampaign> campaigns) {

    DemoBelt {
        campaigns = campaigns == null ? List.of() : campaigns;
        categoryNamesEn = categoryNamesEn == null ? Map.of() : categoryNamesEn;
    }

    record DemoSupplier(String key, String name, CreditRating creditRating, boolean verified, int yearsActive,
                        String location, Set<Capability> capabilities, Integer employees, Integer factoryArea,
                        String description) {
    }

    record DemoProduct(String sku, String title, String titleEn, String description, String category, String supplier,
                       int moq, String unit, String unitEn, List<PriceTier> priceTiers, Map<String, String> attributes,
                       ProductStatus status) {
    }

    record DemoNews(String slug, String title, String body, int daysAgo) {
    }

    /**
     * A campaign, with fixed wall-clock times or with days relative to the seeding day's midnight in the
     * belt's zone (so a fresh start always shows one in warm-up or live). Featured goods by SKU and supplier key.
     */
    record DemoCampaign(String slug, String name, String nameEn, CampaignKind kind, String bannerText,
                        String bannerTextEn, LocalDateTime warmupStart,
                        LocalDateTime liveStart, LocalDateTime end, Integer warmupInDays, Integer liveInDays,
                        Integer endInDays, Recurrence recurrence, List<String> featuredSkus,
                        List<String> featuredSuppliers, List<Placement> placements) {

        DemoCampaign {
            featuredSkus = featuredSkus == null ? List.of() : featuredSkus;
            featuredSuppliers = featuredSuppliers == null ? List.of() : featuredSuppliers;
        }
    }
}
