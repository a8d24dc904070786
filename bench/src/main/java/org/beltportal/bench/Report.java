package org.beltportal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The figures of one run: a JSON tree for tools and a Markdown summary for people. */
final class Report {

    final Map<String, Object> root = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    private final List<String[]> targets = new ArrayList<>();

    @SuppressWarnings("unchecked")
    Map<String, Object> section(String name) {
        return (Map<String, Object>) root.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
    }

    void note(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        notes.add(text);
        Log.info("note: %s", text);
    }

    /** A target of an issue and what this run saw; {@code met} null means not measured. */
    void target(String target, String seen, Boolean met) {
        targets.add(new String[] {target, seen, met == null ? "not measured" : met ? "met" : "MISSED"});
    }

    static Map<String, Object> latencies(Latencies l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", l.count());
        m.put("p50Ms", round(l.percentileMs(50)));
        m.put("p95Ms", round(l.percentileMs(95)));
        m.put("p99Ms", round(l.percentileMs(99)));
        m.put("maxMs", round(l.maxMs()));
        m.put("meanMs", round(l.meanMs()));
        return m;
    }

    static Map<String, Object> stats(LoadDriver.Stats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requests", s.requests());
        m.put("errors", s.errors);
        m.put("seconds", round(s.seconds));
        m.put("requestsPerSecond", round(s.all.count() / s.seconds));
        m.put("all", latencies(s.all));
        Map<String, Object> kinds = new LinkedHashMap<>();
        s.byKind.forEach((kind, l) -> {
            Map<String, Object> k = latencies(l);
            Latencies hits = s.hitsByKind.get(kind);
            k.put("medianHits", hits.percentile(50));
            k.put("p90Hits", hits.percentile(90));
            kinds.put(kind, k);
        });
        m.put("byKind", kinds);
        List<Map<String, Object>> slow = new ArrayList<>();
        for (LoadDriver.Stats.Slow x : s.slowest) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("ms", round(x.ms()));
            e.put("kind", x.kind());
            e.put("hits", x.total());
            e.put("path", java.net.URLDecoder.decode(x.path(), StandardCharsets.UTF_8));
            slow.add(e);
        }
        m.put("slowest", slow);
        m.put("errorSamples", s.errorSamples);
        return m;
    }

    /** Per-kind table of a run, slowest p99 first. */
    static List<String> kindTable(LoadDriver.Stats s) {
        List<String> out = new ArrayList<>();
        out.add("| query kind | requests | p50 ms | p95 ms | p99 ms | max ms | median hits |");
        out.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        s.byKind.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue().percentileMs(99), a.getValue().percentileMs(99)))
                .forEach(e -> out.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |", e.getKey(),
                        e.getValue().count(), e.getValue().percentileMs(50), e.getValue().percentileMs(95),
                        e.getValue().percentileMs(99), e.getValue().maxMs(), s.hitsByKind.get(e.getKey()).percentile(50))));
        return out;
    }

    static double round(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? -1 : Math.round(v * 100) / 100.0;
    }

    static String mb(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }

    void write(Path dir, List<String> summary) throws IOException {
        root.put("notes", notes);
        List<Map<String, String>> t = new ArrayList<>();
        for (String[] row : targets) {
            t.add(Map.of("target", row[0], "seen", row[1], "result", row[2]));
        }
        root.put("targets", t);
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        String text = json.writeValueAsString(root);
        Files.writeString(dir.resolve("results.json"), text);
        List<String> md = new ArrayList<>(summary);
        md.add("");
        md.add("## Targets");
        md.add("");
        md.add("| target | seen | result |");
        md.add("| --- | --- | --- |");
        for (String[] row : targets) {
            md.add("| " + row[0] + " | " + row[1] + " | " + row[2] + " |");
        }
        if (!notes.isEmpty()) {
            md.add("");
            md.add("## Notes");
            md.add("");
            notes.forEach(n -> md.add("- " + n));
        }
        Files.write(dir.resolve("summary.md"), md);
        Path parent = dir.getParent();
        Files.writeString(parent.resolve("latest.json"), text);
        Files.write(parent.resolve("latest.md"), md);
        md.forEach(System.out::println);
    }
}
