package org.beltportal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.beltportal.bench.Plan.Category;
import org.beltportal.bench.Plan.TenantPlan;
import org.beltportal.bench.ProductFactory.GeneratedProduct;
import org.beltportal.bench.ProductFactory.Tier;

/**
 * Writes a {@link Plan}'s catalogue straight into the bench database with JDBC batch inserts, into the
 * schema the server's Flyway migrations created. Rows look exactly like those the services write
 * (credit rating as its level, capabilities as {@code samples,dropship}, enum names, JSON text columns,
 * UTC times), so the server reads them as its own. Product ids interleave across tenants the way a
 * catalogue grows over time.
 */
final class CatalogGenerator {

    static final LocalDateTime EPOCH = LocalDateTime.of(2024, 12, 1, 0, 0);
    static final int BATCH = 1000;
    private static final Map<String, String> PROVINCE_SHORT = Map.of("浙江", "浙", "河北", "冀", "广东", "粤",
            "福建", "闽", "江苏", "苏", "山东", "鲁", "辽宁", "辽", "江西", "赣", "河南", "豫", "湖南", "湘");
    private static final String[] ROADS = {"工业园区", "商贸城", "大道", "中路", "南路", "创业路", "兴业路", "经济开发区"};

    private final Plan plan;
    private final String jdbcUrl;

    CatalogGenerator(Plan plan, String jdbcUrl) {
        this.plan = plan;
        this.jdbcUrl = jdbcUrl;
    }

    static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    void generate() throws SQLException {
        long started = System.nanoTime();
        try (Connection db = connect(jdbcUrl)) {
            try (Statement st = db.createStatement()) {
                st.execute("SET SESSION foreign_key_checks = 0");
                st.execute("SET SESSION unique_checks = 0");
            }
            db.setAutoCommit(false);
            tenants(db);
            categories(db);
            suppliers(db);
            db.commit();
            Log.info("tenants, %d categories, %d suppliers written", plan.tenants.stream().mapToInt(t -> t.categories().size()).sum(),
                    plan.totalSuppliers());
            products(db);
            db.commit();
            try (Statement st = db.createStatement()) {
                for (String table : List.of("tenant", "category", "supplier", "product", "price_tier")) {
                    st.execute("ANALYZE TABLE " + table);
                }
            }
            db.commit();
        }
        Log.info("catalogue of %d products written in %.1f s", plan.totalProducts, (System.nanoTime() - started) / 1e9);
    }

    private void tenants(Connection db) throws SQLException {
        LocalDateTime now = EPOCH.minusDays(30);
        try (PreparedStatement tenant = db.prepareStatement("INSERT INTO tenant (id, slug, name, name_en, region, locale, "
                + "timezone, theme, status, icp_number, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement host = db.prepareStatement("INSERT INTO tenant_host (hostname, tenant_id) VALUES (?,?)");
             PreparedStatement branding = db.prepareStatement("INSERT INTO branding (tenant_id, logo_url, primary_color, "
                     + "accent_color, slogan, hero_images, footer_html, updated_at) VALUES (?,?,?,?,?,?,?,?)")) {
            for (TenantPlan t : plan.tenants) {
                String region = t.place().region();
                tenant.setLong(1, t.id());
                tenant.setString(2, t.slug());
                tenant.setString(3, t.name());
                tenant.setString(4, Character.toUpperCase(t.slug().charAt(0)) + t.slug().substring(1) + " "
                        + t.family().topEn() + " Belt");
                tenant.setString(5, region);
                tenant.setString(6, "zh-CN");
                tenant.setString(7, "Asia/Shanghai");
                tenant.setString(8, "catalog");
                tenant.setString(9, "ACTIVE");
                tenant.setString(10, PROVINCE_SHORT.getOrDefault(region.substring(0, 2), "浙") + "ICP备2026"
                        + String.format("%06d", 100000 + t.id() * 37) + "号-1");
                tenant.setObject(11, now);
                tenant.setObject(12, now);
                tenant.addBatch();
                host.setString(1, t.slug() + ".bench.localhost");
                host.setLong(2, t.id());
                host.addBatch();
                branding.setLong(1, t.id());
                branding.setString(2, null);
                branding.setString(3, String.format("#%06X", (int) (t.id() * 2654435761L & 0x7F7F7F)));
                branding.setString(4, "#FFC24B");
                branding.setString(5, t.place().zh() + t.family().top() + "，源头好货");
                branding.setString(6, "[]");
                branding.setString(7, "<p>主办单位：" + t.place().zh() + t.family().top() + "产业带数字化服务中心</p>");
                branding.setObject(8, now);
                branding.addBatch();
            }
            tenant.executeBatch();
            host.executeBatch();
            branding.executeBatch();
        }
    }

    private void categories(Connection db) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(
                "INSERT INTO category (id, tenant_id, parent_id, name, path, position) VALUES (?,?,?,?,?,?)")) {
            for (TenantPlan t : plan.tenants) {
                for (Category c : t.categories()) {
                    st.setLong(1, c.id());
                    st.setLong(2, t.id());
                    st.setObject(3, c.parentId());
                    st.setString(4, c.name());
                    st.setString(5, c.path());
                    st.setInt(6, c.position());
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    private void suppliers(Connection db) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("INSERT INTO supplier (id, tenant_id, name, credit_rating, verified, "
                + "years_active, location, capabilities, employees, factory_area, description, created_at, updated_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int pending = 0;
            for (TenantPlan t : plan.tenants) {
                SplittableRandom random = new SplittableRandom(plan.seed * 31 + t.id());
                for (int i = 0; i < t.suppliers(); i++) {
                    double r = random.nextDouble();
                    int rating = r < 0.15 ? 1 : r < 0.40 ? 2 : r < 0.70 ? 3 : r < 0.90 ? 4 : 5;
                    boolean verified = random.nextDouble() < 0.1 + 0.15 * (rating - 1);
                    StringBuilder caps = new StringBuilder();
                    if (random.nextDouble() < 0.7) {
                        caps.append("samples");
                    }
                    if (random.nextDouble() < 0.4) {
                        caps.append(caps.isEmpty() ? "" : ",").append("dropship");
                    }
                    if (random.nextDouble() < 0.35) {
                        caps.append(caps.isEmpty() ? "" : ",").append("custom");
                    }
                    String brand = "" + Vocabulary.BRAND_FIRST.charAt(random.nextInt(Vocabulary.BRAND_FIRST.length()))
                            + Vocabulary.BRAND_SECOND.charAt(random.nextInt(Vocabulary.BRAND_SECOND.length()));
                    double kind = random.nextDouble();
                    String suffix = kind < 0.6 ? "有限公司" : kind < 0.8 ? "厂" : kind < 0.9 ? "商行" : "制品厂";
                    int employees = 5 + (int) (400 * Math.pow(random.nextDouble(), 3));
                    LocalDateTime created = EPOCH.minusDays(random.nextInt(2000));
                    st.setLong(1, t.firstSupplierId() + i);
                    st.setLong(2, t.id());
                    st.setString(3, t.place().zh() + brand + t.family().trade() + suffix);
                    st.setInt(4, rating);
                    st.setBoolean(5, verified);
                    st.setInt(6, 1 + random.nextInt(20));
                    st.setString(7, t.place().zh() + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(300)) + "号");
                    st.setString(8, caps.toString());
                    st.setInt(9, employees);
                    st.setInt(10, employees * (20 + random.nextInt(40)));
                    st.setString(11, "主营" + t.family().top() + "，自有工厂，支持分色分码混批，常规款72小时发货。");
                    st.setObject(12, created);
                    st.setObject(13, created);
                    st.addBatch();
                    if (++pending == BATCH) {
                        st.executeBatch();
                        pending = 0;
                    }
                }
            }
            st.executeBatch();
        }
    }

    private void products(Connection db) throws SQLException {
        int total = plan.totalProducts;
        int[] tenantOfProduct = new int[total];
        int k = 0;
        for (int i = 0; i < plan.tenants.size(); i++) {
            for (int j = 0; j < plan.tenants.get(i).products(); j++) {
                tenantOfProduct[k++] = i;
            }
        }
        SplittableRandom shuffle = new SplittableRandom(plan.seed);
        for (int i = total - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int tmp = tenantOfProduct[i];
            tenantOfProduct[i] = tenantOfProduct[j];
            tenantOfProduct[j] = tmp;
        }
        ProductFactory[] factories = new ProductFactory[plan.tenants.size()];
        for (int i = 0; i < factories.length; i++) {
            TenantPlan t = plan.tenants.get(i);
            factories[i] = new ProductFactory(t, plan.seed * 1_000_003L + t.id(), skuPrefix(t));
        }
        SplittableRandom jitter = new SplittableRandom(plan.seed + 7);
        long started = System.nanoTime();
        try (PreparedStatement product = db.prepareStatement("INSERT INTO product (id, tenant_id, supplier_id, category_id, "
                + "sku, title, title_en, description, moq, unit, min_price, attributes, images, status, created_at, updated_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement tier = db.prepareStatement(
                     "INSERT INTO price_tier (product_id, tenant_id, min_qty, price) VALUES (?,?,?,?)")) {
            for (int n = 0; n < total; n++) {
                long id = n + 1;
                TenantPlan t = plan.tenants.get(tenantOfProduct[n]);
                GeneratedProduct p = factories[tenantOfProduct[n]].next();
                // About 700 days of catalogue growth, in id order.
                LocalDateTime created = EPOCH.plusSeconds((long) (700L * 86400 * n / (double) total) + jitter.nextInt(3600));
                product.setLong(1, id);
                product.setLong(2, t.id());
                product.setLong(3, p.supplierId());
                product.setLong(4, p.category().id());
                product.setString(5, p.sku());
                product.setString(6, p.title());
                product.setString(7, p.titleEn());
                product.setString(8, p.description());
                product.setInt(9, p.moq());
                product.setString(10, p.unit());
                product.setBigDecimal(11, p.minPrice());
                product.setString(12, p.attributesJson());
                product.setString(13, p.imagesJson());
                product.setString(14, p.active() ? "ACTIVE" : "INACTIVE");
                product.setObject(15, created);
                product.setObject(16, created);
                product.addBatch();
                for (Tier pt : p.tiers()) {
                    tier.setLong(1, id);
                    tier.setLong(2, t.id());
                    tier.setInt(3, pt.minQty());
                    tier.setBigDecimal(4, pt.price());
                    tier.addBatch();
                }
                if ((n + 1) % BATCH == 0 || n == total - 1) {
                    product.executeBatch();
                    tier.executeBatch();
                }
                if ((n + 1) % (BATCH * 10) == 0) {
                    db.commit();
                }
                if ((n + 1) % 100_000 == 0) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    Log.info("  %,d products written (%.0f rows/s)", n + 1, (n + 1) / seconds);
                }
            }
        }
    }

    static String skuPrefix(TenantPlan t) {
        return t.slug().toUpperCase().replace('-', '.') + "-";
    }

    /** The fingerprint stored with a generated catalogue, or null when the database holds none. */
    static String storedFingerprint(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS bench_meta (k VARCHAR(64) PRIMARY KEY, v VARCHAR(500) NOT NULL)");
            try (ResultSet rs = st.executeQuery("SELECT v FROM bench_meta WHERE k = 'fingerprint'")) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void storeFingerprint(Connection db, String fingerprint) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS bench_meta (k VARCHAR(64) PRIMARY KEY, v VARCHAR(500) NOT NULL)");
        }
        try (PreparedStatement st = db.prepareStatement("REPLACE INTO bench_meta (k, v) VALUES ('fingerprint', ?)")) {
            st.setString(1, fingerprint);
            st.executeUpdate();
        }
    }
}
