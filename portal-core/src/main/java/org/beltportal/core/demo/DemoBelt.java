package org.beltportal.core.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.tenant.Branding;

/** One demo belt file as written under {@code demo/belts/}. */
record DemoBelt(
        String slug,
        String name,
        String nameEn,
        String region,
        String locale,
        String timezone,
        String theme,
        String icpNumber,
        Branding branding,
        List<DemoSupplier> suppliers,
        List<DemoProduct> products,
        List<DemoNews> news) {

    record DemoSupplier(String key, String name, CreditRating creditRating, boolean verified, int yearsActive,
                        String location, Set<Capability> capabilities, Integer employees, Integer factoryArea,
                        String description) {
    }

    record DemoProduct(String sku, String title, String titleEn, String description, String category, String supplier,
                       int moq, String unit, List<PriceTier> priceTiers, Map<String, String> attributes,
                       ProductStatus status) {
    }

    record DemoNews(String slug, String title, String body, int daysAgo) {
    }
}
