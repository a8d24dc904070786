package org.beltportal.themes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.beltportal.core.page.Page;
import org.beltportal.core.page.PageKind;
import org.beltportal.core.page.PageStatus;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.tenant.Branding;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantStatus;

/**
 * Two belts with overlapping data, as the tenancy tests need: each has a product 101 and a supplier 11
 * of its own, and Yiwu also has product 201. Zhili's footer and colours are the demo belt's.
 */
public final class TestData {

    public static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");
    public static final Tenant ZHILI = tenant(1, "zhili", "织里童装产业带", "Zhili Children's Wear Belt", TenantStatus.ACTIVE);
    public static final Tenant YIWU = tenant(2, "yiwu", "义乌小商品产业带", "Yiwu Small Commodities Belt", TenantStatus.ACTIVE);
    public static final Tenant BAIGOU = tenant(3, "baigou", "白沟箱包产业带", "Baigou Luggage Belt", TenantStatus.SUSPENDED);

    public static final Branding ZHILI_BRANDING = new Branding(null, "#B02E63", "#FFC24B", "织里童装，给孩子的每一季",
            List.of(), "<p>主办单位：织里镇人民政府</p><p>技术支持：BeltPortal</p>");

    private TestData() {
    }

    public static Tenant tenant(long id, String slug, String name, String nameEn, TenantStatus status) {
        return new Tenant(new TenantId(id), slug, name, nameEn, "浙江省" + name.substring(0, 2), "zh-CN", "Asia/Shanghai",
                "default", status, "浙ICP备2026000" + id + "号-1", NOW, NOW);
    }

    public static Product product(Tenant tenant, long id, String title, ProductStatus status) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("材质", "纯棉");
        attributes.put("尺码", "90-140cm");
        return new Product(id, tenant.id(), "SKU-" + id, title, "Girls' cotton floral dress",
                "100%纯棉平纹布，手感柔软透气。\n尺码90-140cm，现货72小时内发货。", "女童/连衣裙", 11, 30, "件",
                new BigDecimal("19.90"),
                List.of(new PriceTier(30, new BigDecimal("25.80")), new PriceTier(300, new BigDecimal("22.5")),
                        new PriceTier(1000, new BigDecimal("19.90"))),
                attributes, List.of(), status, NOW, NOW);
    }

    public static Supplier supplier(Tenant tenant, long id, String name) {
        return new Supplier(id, tenant.id(), name, CreditRating.A4, true, 9, "织里镇大港路",
                Set.of(Capability.CUSTOM, Capability.SAMPLES), 120, 3600, null, NOW, NOW, null, null);
    }

    public static Page news(Tenant tenant, long id, String slug, String title) {
        return new Page(id, tenant.id(), slug, title, "<p>正文</p>", PageKind.NEWS, PageStatus.PUBLISHED, NOW, null,
                "zh-CN", NOW, NOW);
    }
}
