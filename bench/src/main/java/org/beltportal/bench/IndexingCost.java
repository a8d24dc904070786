package org.beltportal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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

import com.sun.management.OperatingSystemMXBean;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.search.index.ProductDocuments;
import org.beltportal.search.index.ProductIndex;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Process CPU per indexed product, in-process, with the search module's own document building and index:
 * active products of a bench database (one an earlier run generated) are read once, then {@code --passes}
 * times turned into documents and written into a rebuild by {@code --threads} threads, flushed and committed.
 * No HTTP, no database in the loop, no searches: the ceiling of the analysis chain on this machine. The JIT
 * keeps compiling Lucene and ICU for about nine passes, so the later passes are the warm figure.
 * {@code bench/run.sh --indexing-cost --database NAME [--count N] [--threads N] [--passes N]}.
 */
public final class IndexingCost {

    private record Row(Product product, Supplier supplier) {
    }

    private final Options database = new Options();
    private int count = 10_000;
    private int threads = 1;
    private int passes = 12;

    public static void main(String[] args) throws Exception {
        IndexingCost probe = new IndexingCost();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--database" -> probe.database.database = args[++i];
                case "--count" -> probe.count = Integer.parseInt(args[++i]);
                case "--threads" -> probe.threads = Integer.parseInt(args[++i]);
                case "--passes" -> probe.passes = Integer.parseInt(args[++i]);
                case "--jdk" -> i++; // run.sh names the JDK for the harness's servers; this probe starts none
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "\nbench/run.sh --indexing-cost --database NAME [--count N] [--threads N] [--passes N]");
            }
        }
        probe.run();
    }

    private void run() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<Row> rows = read(json);
        Log.info("indexing cost: %,d products of %s, %d passes, %d writing threads", rows.size(), database.database, passes,
                threads);
        ProductDocuments documents = new ProductDocuments(json);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path data = Files.createTempDirectory("beltportal-indexing-cost");
        try {
            for (int pass = 1; pass <= passes; pass++) {
                Path dir = data.resolve("p" + pass);
                ProductIndex index = new ProductIndex(dir, Clock.systemUTC());
                long cpu = os.getProcessCpuTime();
                long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                ProductIndex.Rebuild rebuild = index.startRebuild();
                List<Thread> writers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    List<Row> share = rows.subList(rows.size() * t / threads, rows.size() * (t + 1) / threads);
                    writers.add(Thread.ofPlatform().start(() -> {
                        try {
                            for (Row row : share) {
                                rebuild.add(documents.document(row.product(), row.supplier()));
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }));
                }
                for (Thread writer : writers) {
                    writer.join();
                }
                rebuild.finish(key -> Optional.empty());
                long cpuNs = os.getProcessCpuTime() - cpu;
                long threadNs = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread;
                System.out.printf("PROBE pass %d: %d products, %.0f us CPU/product (%.0f on the writing thread), %.0f us "
                        + "wall/product, load %.1f%n", pass, rows.size(), cpuNs / 1e3 / rows.size(), threadNs / 1e3 / rows.size(),
                        (System.nanoTime() - wall) / 1e3 / rows.size(), os.getSystemLoadAverage());
                index.destroy();
                Trees.delete(dir);
            }
        } finally {
            Trees.delete(data);
        }
    }

    /** The first {@code count} active products with their suppliers, as the server's rebuild would see them. */
    private List<Row> read(JsonMapper json) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Connection c = CatalogGenerator.connect(database.jdbcUrl());
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
                        r.getBoolean(16), 3, null, capabilities, null, null, null, null, null, null, null);
                rows.add(new Row(product, supplier));
            }
        }
        return rows;
    }
}
