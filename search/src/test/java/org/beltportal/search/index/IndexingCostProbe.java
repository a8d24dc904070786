package org.beltportal.search.index;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.tenant.TenantId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Process CPU per indexed product, in-process: products of a bench database turned into documents and
 * written into a rebuild by {@code probe.threads} threads (default one), then flushed and committed,
 * {@code probe.passes} times (the JIT keeps compiling for about nine passes). A measurement, not a test:
 * it runs only with {@code -Dprobe.db=NAME} (docs/benchmarks.md, round 2, has the command).
 */
class IndexingCostProbe {

    private record Row(Product product, Supplier supplier) {
    }

    @TempDir
    Path data;

    @Test
    void cpuPerProduct() throws Exception {
        String db = System.getProperty("probe.db");
        Assumptions.assumeTrue(db != null);
        int count = Integer.getInteger("probe.count", 10_000);
        JsonMapper json = JsonMapper.builder().build();
        List<Row> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + db + "?user=root");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select p.id, p.tenant_id, p.sku, p.title, p.title_en, p.description, c.path, p.supplier_id,"
                     + " p.moq, p.unit, p.min_price, p.attributes, p.created_at, s.name, s.credit_rating, s.verified, s.capabilities"
                     + " from product p join supplier s on s.id = p.supplier_id left join category c on c.id = p.category_id"
                     + " where p.status = 'ACTIVE' order by p.id limit " + count)) {
            while (r.next()) {
                TenantId tenant = new TenantId(r.getLong(2));
                Map<String, String> attributes = r.getString(12) == null ? Map.of()
                        : json.readValue(r.getString(12), new TypeReference<LinkedHashMap<String, String>>() { });
                Product product = new Product(r.getLong(1), tenant, r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getLong(8), r.getInt(9), r.getString(10), r.getBigDecimal(11),
                        List.of(), attributes, List.of(), ProductStatus.ACTIVE, r.getTimestamp(13).toInstant(),
                        r.getTimestamp(13).toInstant());
                Set<Capability> capabilities = r.getString(17).isBlank() ? Set.of() : Arrays.stream(r.getString(17).split(","))
                        .map(code -> Arrays.stream(Capability.values()).filter(k -> k.code().equals(code)).findFirst().orElseThrow())
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Capability.class)));
                Supplier supplier = new Supplier(r.getLong(8), tenant, r.getString(14), CreditRating.ofLevel(r.getInt(15)),
                        r.getBoolean(16), 3, null, capabilities, null, null, null, null, null);
                rows.add(new Row(product, supplier));
            }
        }
        ProductDocuments documents = new ProductDocuments(json);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int pass = 1; pass <= Integer.getInteger("probe.passes", 12); pass++) {
            ProductIndex index = new ProductIndex(data.resolve("p" + pass), Clock.systemUTC());
            long cpu = os.getProcessCpuTime();
            long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            ProductIndex.Rebuild rebuild = index.startRebuild();
            int threads = Integer.getInteger("probe.threads", 1);
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Row> share = rows.subList(rows.size() * t / threads, rows.size() * (t + 1) / threads);
                writers.add(Thread.ofPlatform().start(() -> {
                    try {
                        for (Row row : share) {
                            rebuild.add(documents.document(row.product(), row.supplier()));
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
            }
            for (Thread writer : writers) {
                writer.join();
            }
            rebuild.finish(key -> Optional.empty());
            long cpuNs = os.getProcessCpuTime() - cpu;
            long threadNs = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread;
            System.out.printf("PROBE pass %d: %d products, %.0f us CPU/product (%.0f on the writing thread), %.0f us wall/product, load %.1f%n", pass,
                    rows.size(), cpuNs / 1e3 / rows.size(), threadNs / 1e3 / rows.size(), (System.nanoTime() - wall) / 1e3 / rows.size(),
                    os.getSystemLoadAverage());
            index.destroy();
        }
    }
}
