package org.beltportal.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The search-quality benchmark (issue 19 item 8): the judged queries of {@link JudgedQueries} against the real
 * server with the demo belts, over HTTP, each asked as a buyer asks ({@code /t/{belt}/api/v1/search?q=}, first
 * page of 10) and again with correction off ({@code exact=1}). Per way of typing: recall@10 (the share of the
 * relevant products, at most 10, in the first 10), MRR (1 / rank of the first relevant product, 0 when none is
 * in the first 10) and the zero-result rate (no items at all, rescued categories and festivals included).
 * {@code bench/run.sh --search-quality [--port P]}.
 */
public final class SearchQuality {

    private static final int K = 10;

    private Path jdk = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private Path jar = Path.of("bench/out/server/beltportal.jar");
    private Path out = Path.of("bench/out");
    private int port = 8098;

    /** Sums over the queries of one way of typing. */
    private static final class Tally {
        int queries;
        double recall;
        double reciprocalRank;
        int zero;

        void add(double recall, double reciprocalRank, boolean zero) {
            queries++;
            this.recall += recall;
            this.reciprocalRank += reciprocalRank;
            this.zero += zero ? 1 : 0;
        }

        String row(String kind) {
            return String.format("| %s | %d | %.3f | %.3f | %.1f%% |", kind, queries, recall / queries, reciprocalRank / queries,
                    100.0 * zero / queries);
        }
    }

    public static void main(String[] args) throws Exception {
        SearchQuality bench = new SearchQuality();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> bench.port = Integer.parseInt(args[++i]);
                case "--jdk" -> bench.jdk = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --port P --jdk DIR");
            }
        }
        bench.run();
    }

    private void run() throws Exception {
        List<JudgedQueries.Query> queries = JudgedQueries.load();
        Path dir = out.resolve("search-quality-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(dir);
        Log.info("search quality: %d judged queries", queries.size());
        StringBuilder report = new StringBuilder();
        try (Server server = Server.startDemo(jdk, jar, "1g", port, dir.resolve("data"), dir.resolve("server.log"),
                "bench-quality-Loopback-2026", List.of())) {
            // Recall does not depend on speed: a start on a machine busy with builds may take long, and may.
            server.await("Started BeltPortalApplication", Duration.ofMinutes(15));
            Api portal = new Api("http://127.0.0.1:" + port);
            awaitIndexed(portal, queries);
            for (boolean exact : List.of(false, true)) {
                report.append(exact ? "\nCorrection off (`exact=1`):\n\n" : "Correction on (as buyers search):\n\n")
                        .append(measure(portal, queries, exact, dir.resolve(exact ? "exact.tsv" : "default.tsv")));
            }
        }
        Files.writeString(dir.resolve("search-quality.md"), report);
        Files.writeString(out.resolve("search-quality-latest.md"), report);
        System.out.println(report);
    }

    /** The demo belts are indexed by a rebuild after the first start: wait until every chinese query finds its goods. */
    private static void awaitIndexed(Api portal, List<JudgedQueries.Query> queries) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        for (JudgedQueries.Query query : queries) {
            if (!"chinese".equals(query.kind())) {
                continue;
            }
            while (portal.get(path(query, false)).total() <= 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("demo belt " + query.belt() + " not indexed: " + query.text());
                }
                Thread.sleep(500);
            }
        }
    }

    private static String measure(Api portal, List<JudgedQueries.Query> queries, boolean exact, Path detail) throws Exception {
        Map<String, Tally> byKind = new LinkedHashMap<>();
        JudgedQueries.KINDS.forEach(kind -> byKind.put(kind, new Tally()));
        Tally all = new Tally();
        List<String> lines = new ArrayList<>(List.of("kind\tbelt\tquery\trelevant\tfound_in_top10\tfirst_rank\trescue"));
        for (JudgedQueries.Query query : queries) {
            Api.Reply reply = portal.get(path(query, exact));
            if (reply.status() != 200) {
                throw new IllegalStateException(query + " answered " + reply.status() + ": " + reply.body());
            }
            JsonNode body = reply.json();
            int found = 0;
            int firstRank = 0;
            int rank = 0;
            for (JsonNode item : body.get("items")) {
                rank++;
                if (query.relevant().contains(item.get("sku").asString())) {
                    found++;
                    firstRank = firstRank == 0 ? rank : firstRank;
                }
            }
            double recall = (double) found / Math.min(query.relevant().size(), K);
            double reciprocal = firstRank == 0 ? 0 : 1.0 / firstRank;
            boolean zero = rank == 0;
            byKind.get(query.kind()).add(recall, reciprocal, zero);
            all.add(recall, reciprocal, zero);
            JsonNode rescue = body.get("rescue");
            lines.add(String.join("\t", query.kind(), query.belt(), query.text(), Integer.toString(query.relevant().size()),
                    Integer.toString(found), Integer.toString(firstRank), rescue == null || rescue.isNull() ? "" : rescue.asString()));
        }
        Files.write(detail, lines);
        StringBuilder table = new StringBuilder("| typed as | queries | recall@10 | MRR | zero results |\n| --- | --- | --- | --- | --- |\n");
        byKind.forEach((kind, tally) -> {
            if (tally.queries > 0) {
                table.append(tally.row(kind)).append('\n');
            }
        });
        return table.append(all.row("**all**")).append('\n').toString();
    }

    private static String path(JudgedQueries.Query query, boolean exact) {
        return "/t/" + query.belt() + "/api/v1/search?size=" + K + "&q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8)
                + (exact ? "&exact=1" : "");
    }
}
