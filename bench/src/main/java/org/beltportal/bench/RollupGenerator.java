package org.beltportal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

import org.beltportal.bench.Plan.TenantPlan;

/**
 * Writes a year of insight rollups for every belt of a {@link Plan} straight into the server's tables with JDBC
 * batch inserts, as the flusher would have left them (docs/insight.md): {@code insight_hourly} rows per belt, UTC
 * hour, metric and dimension, {@code insight_daily} as their China-day sums, {@code insight_monthly} and
 * {@code insight_platform_daily} summed from those days (as V24 fills them), {@code insight_metric_daily} and
 * {@code insight_item_daily} summed from the hours (as V25 fills them), and {@code insight_query_daily} top
 * queries. Traffic follows the belt's size: a belt is busy from 08:00 China time for 2 to 14 hours a day (the
 * largest the longest), with page views by type, visitors, searches and what they found, result clicks at three
 * positions and inquiries by source. It also places the belts in the region tree: every tenth belt in one of
 * 浙江's counties (100 of 1,000 belts), the others spread over the other provinces' counties.
 * Deterministic from the plan's seed; skipped when the database already holds the same rollups.
 */
final class RollupGenerator {

    static final int DAYS = 365;
    static final List<String> ZHEJIANG = List.of("330502", "330681", "330782", "330784", "331003");
    static final List<String> ELSEWHERE = List.of("130684", "211481", "370283", "440104", "440113");
    private static final String[] PAGE_TYPES = {"home", "search", "product", "supplier", "category"};
    private static final String[] TERMS = {"保温杯", "袜子", "连衣裙", "拖鞋", "发夹", "手套", "雨伞", "书包", "玩具", "灯具"};

    private final Plan plan;
    private final String jdbcUrl;
    /** The last day written: yesterday in China, so the dashboards' default ranges see a whole year. */
    private final LocalDate lastDay;

    RollupGenerator(Plan plan, String jdbcUrl, LocalDate lastDay) {
        this.plan = plan;
        this.jdbcUrl = jdbcUrl;
        this.lastDay = lastDay;
    }

    String fingerprint() {
        return plan.fingerprint() + ";rollups=2;days=" + DAYS + ";last=" + lastDay;
    }

    /** Writes the rollups unless the database already holds these; returns the hourly rows written (0 if kept). */
    long generate() throws SQLException {
        try (Connection db = CatalogGenerator.connect(jdbcUrl)) {
            if (fingerprint().equals(stored(db))) {
                Log.info("dashboards: the database already holds the rollups of %s", fingerprint());
                return 0;
            }
            long started = System.nanoTime();
            try (Statement st = db.createStatement()) {
                st.execute("SET SESSION foreign_key_checks = 0");
                st.execute("SET SESSION unique_checks = 0");
                for (String table : List.of("insight_hourly", "insight_daily", "insight_monthly", "insight_platform_daily",
                        "insight_query_daily", "insight_metric_daily", "insight_item_daily")) {
                    st.execute("TRUNCATE TABLE " + table);
                }
            }
            db.setAutoCommit(false);
            regions(db);
            long rows = rollups(db);
            monthsAndPlatformDays(db);
            metricDays(db);
            try (Statement st = db.createStatement()) {
                for (String table : List.of("insight_hourly", "insight_daily", "insight_monthly", "insight_platform_daily",
                        "insight_query_daily", "insight_metric_daily", "tenant")) {
                    st.execute("ANALYZE TABLE " + table);
                }
                st.execute("REPLACE INTO bench_meta (k, v) VALUES ('rollups', '" + fingerprint() + "')");
            }
            db.commit();
            Log.info("dashboards: %,d hourly rows for %d belts x %d days written in %.0f s", rows, plan.tenantCount(), DAYS,
                    (System.nanoTime() - started) / 1e9);
            return rows;
        }
    }

    /** The region code of the {@code index}-th belt (from 0). */
    static String regionOf(int index) {
        return index % 10 == 0 ? ZHEJIANG.get(index / 10 % ZHEJIANG.size()) : ELSEWHERE.get(index % ELSEWHERE.size());
    }

    private void regions(Connection db) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("UPDATE tenant SET region_code = ? WHERE id = ?")) {
            for (int i = 0; i < plan.tenantCount(); i++) {
                st.setString(1, regionOf(i));
                st.setLong(2, plan.tenants.get(i).id());
                st.addBatch();
            }
            st.executeBatch();
        }
        db.commit();
    }

    private long rollups(Connection db) throws SQLException {
        long rows = 0;
        try (PreparedStatement hour = db.prepareStatement(
                "INSERT INTO insight_hourly (tenant_id, hour_start, metric, dimension, amount) VALUES (?,?,?,?,?)");
             PreparedStatement day = db.prepareStatement("INSERT INTO insight_daily (tenant_id, local_day, page_views, "
                     + "visitors, searches, zero_results, result_clicks, inquiries) VALUES (?,?,?,?,?,?,?,?)");
             PreparedStatement query = db.prepareStatement(
                     "INSERT INTO insight_query_daily (tenant_id, local_day, query, searches, zero_results) VALUES (?,?,?,?,?)")) {
            int pending = 0;
            for (int b = 0; b < plan.tenantCount(); b++) {
                TenantPlan t = plan.tenants.get(b);
                SplittableRandom random = new SplittableRandom(plan.seed * 97 + t.id());
                double size = Math.pow(b + 1, -Plan.ZIPF);
                int hours = 2 + (int) (12 * Math.sqrt(size));
                for (LocalDate d = lastDay.minusDays(DAYS - 1); !d.isAfter(lastDay); d = d.plusDays(1)) {
                    long[] sums = new long[6];
                    for (int h = 0; h < hours; h++) {
                        // 08:00 China time is 00:00 UTC of the same day, so every hour belongs to day d.
                        LocalDateTime start = d.atStartOfDay().plusHours(h);
                        long views = 1 + random.nextInt(1 + (int) (400 * size));
                        long visitors = Math.max(1, views / 3);
                        long searches = Math.max(1, views / 4);
                        long zero = random.nextInt((int) Math.min(searches, 1 + searches / 5) + 1);
                        long clicks = searches / 2;
                        long inquiries = random.nextInt(20) == 0 ? 1 : 0;
                        long[] typed = split(views, random);
                        for (int p = 0; p < PAGE_TYPES.length; p++) {
                            rows += row(hour, t.id(), start, "page_view", PAGE_TYPES[p], typed[p]);
                        }
                        rows += row(hour, t.id(), start, "visitor", "", visitors);
                        rows += row(hour, t.id(), start, "search", "zh-CN", searches);
                        rows += row(hour, t.id(), start, "search_results", "zh-CN", searches * 12);
                        rows += row(hour, t.id(), start, "zero_result", "zh-CN", zero);
                        rows += row(hour, t.id(), start, "result_click", Integer.toString(1 + random.nextInt(3)), clicks);
                        rows += row(hour, t.id(), start, "inquiry", "search", inquiries);
                        long[] add = {views, visitors, searches, zero, clicks, inquiries};
                        for (int k = 0; k < 6; k++) {
                            sums[k] += add[k];
                        }
                    }
                    day.setLong(1, t.id());
                    day.setObject(2, d);
                    for (int k = 0; k < 6; k++) {
                        day.setLong(3 + k, sums[k]);
                    }
                    day.addBatch();
                    for (int q = 0; q < 3; q++) {
                        query.setLong(1, t.id());
                        query.setObject(2, d);
                        query.setString(3, TERMS[(int) ((t.id() + q) % TERMS.length)] + (q == 2 ? " 批发" : ""));
                        long searched = 1 + sums[2] / (4 + q);
                        query.setLong(4, searched);
                        query.setLong(5, q == 2 ? searched : 0);
                        query.addBatch();
                    }
                    if (++pending >= 50) {
                        hour.executeBatch();
                        day.executeBatch();
                        query.executeBatch();
                        pending = 0;
                    }
                }
                db.commit();
                if ((b + 1) % 100 == 0) {
                    Log.info("  rollups of %d belts written (%,d hourly rows)", b + 1, rows);
                }
            }
            hour.executeBatch();
            day.executeBatch();
            query.executeBatch();
        }
        return rows;
    }

    /**
     * The belts' months and the platform's days, summed from the days just written, as the flusher adds them. A
     * server left running by an earlier phase may have flushed today's counts since the tables were emptied; its
     * rows (today's, this month's) are added to, as its next flush would, and its days are not summed again.
     */
    private void monthsAndPlatformDays(Connection db) throws SQLException {
        String figures = "SUM(page_views), SUM(visitors), SUM(searches), SUM(zero_results), SUM(result_clicks), SUM(inquiries)";
        String added = " ON DUPLICATE KEY UPDATE page_views = page_views + VALUES(page_views), visitors = visitors + VALUES(visitors), "
                + "searches = searches + VALUES(searches), zero_results = zero_results + VALUES(zero_results), "
                + "result_clicks = result_clicks + VALUES(result_clicks), inquiries = inquiries + VALUES(inquiries)";
        String generated = " FROM insight_daily WHERE local_day <= '" + lastDay + "'";
        try (Statement st = db.createStatement()) {
            st.execute("INSERT INTO insight_monthly (tenant_id, month_start, page_views, visitors, searches, zero_results, "
                    + "result_clicks, inquiries) SELECT tenant_id, DATE_FORMAT(local_day, '%Y-%m-01'), " + figures
                    + generated + " GROUP BY tenant_id, DATE_FORMAT(local_day, '%Y-%m-01')" + added);
            st.execute("INSERT INTO insight_platform_daily (local_day, page_views, visitors, searches, zero_results, "
                    + "result_clicks, inquiries) SELECT local_day, " + figures + generated + " GROUP BY local_day" + added);
        }
        db.commit();
    }

    /**
     * Each belt's China days per metric and dimension, summed from the hours just written, as V25 fills them (no
     * item views are generated, so {@code insight_item_daily} stays empty, like {@code insight_item_hourly}).
     */
    private void metricDays(Connection db) throws SQLException {
        String day = "CAST(TIMESTAMPADD(HOUR, 8, hour_start) AS DATE)";
        try (Statement st = db.createStatement()) {
            st.execute("INSERT INTO insight_metric_daily (tenant_id, local_day, metric, dimension, amount) SELECT tenant_id, "
                    + day + ", metric, dimension, SUM(amount) FROM insight_hourly WHERE " + day + " <= '" + lastDay
                    + "' GROUP BY tenant_id, " + day + ", metric, dimension ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount)");
        }
        db.commit();
    }

    /** Adds one hourly row unless its amount is 0 (the flusher writes no zero rows either); returns rows added. */
    private static int row(PreparedStatement hour, long tenant, LocalDateTime start, String metric, String dimension,
                           long amount) throws SQLException {
        if (amount == 0) {
            return 0;
        }
        hour.setLong(1, tenant);
        hour.setObject(2, start);
        hour.setString(3, metric);
        hour.setString(4, dimension);
        hour.setLong(5, amount);
        hour.addBatch();
        return 1;
    }

    /** Views split over the page types, most on product and search pages. */
    private static long[] split(long views, SplittableRandom random) {
        long[] typed = new long[PAGE_TYPES.length];
        for (long v = 0; v < views; v++) {
            double r = random.nextDouble();
            typed[r < 0.15 ? 0 : r < 0.45 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : 4]++;
        }
        return typed;
    }

    private static String stored(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS bench_meta (k VARCHAR(64) PRIMARY KEY, v VARCHAR(500) NOT NULL)");
            try (ResultSet rs = st.executeQuery("SELECT v FROM bench_meta WHERE k = 'rollups'")) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
