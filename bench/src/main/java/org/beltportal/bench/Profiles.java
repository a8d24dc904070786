package org.beltportal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording of the server and says where its time went: for searches, which step of
 * LuceneProductSearch (top-N, hit count, facets, highlighting, stored fields) or of the HTTP stack the
 * request threads were executing; for the index rebuild, which layer (JDBC, MyBatis, analysis chain,
 * IndexWriter) the indexing thread was in. Statistical: one stack every 10-20 ms per running thread.
 */
final class Profiles {

    /** Samples per bucket, with the share of all classified samples. */
    record Breakdown(String title, long samples, Map<String, Long> buckets, Map<String, Map<String, Long>> detail,
                     Map<String, Long> hotMethods, double gcPauseMs, int gcCount, double gcMaxPauseMs, double jvmCpu,
                     double machineCpu, Jit jit, Map<String, Long> otherThreads) {

        List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(String.format("%s: %d samples; JVM CPU %.0f%% of the machine, machine total %.0f%%; %d GCs, pauses %.0f ms "
                    + "in total, longest %.1f ms", title, samples, jvmCpu * 100, machineCpu * 100, gcCount, gcPauseMs, gcMaxPauseMs));
            out.add(String.format("JIT: %d compilations, %.1f s of compile time; compiler threads busy on %.0f%% of the machine "
                    + "(a cold JVM compiles while it works)", jit.compilations(), jit.compileSeconds(), jit.compilerCpu() * 100));
            buckets.forEach((k, v) -> {
                out.add(String.format("  %5.1f%%  %s", 100.0 * v / Math.max(1, samples), k));
                Map<String, Long> inner = detail.get(k);
                if (inner != null && v >= samples / 20) {
                    StringBuilder of = new StringBuilder("           of which:");
                    inner.entrySet().stream().limit(4).forEach(e -> of.append(String.format(" %.0f%% %s;",
                            100.0 * e.getValue() / v, e.getKey())));
                    out.add(of.toString());
                }
            });
            if (!hotMethods.isEmpty()) {
                out.add("  hottest methods (self time):");
                hotMethods.forEach((k, v) -> out.add(String.format("    %5.1f%%  %s", 100.0 * v / Math.max(1, samples), k)));
            }
            if (!otherThreads.isEmpty()) {
                out.add("  samples on other threads:");
                otherThreads.forEach((k, v) -> out.add(String.format("    %6d  %s", v, k)));
            }
            return out;
        }
    }

    /**
     * What the JIT did during the recording, from the JVM's periodic compiler statistics (cumulative) and
     * the compiler threads' CPU load: a start-up rebuild or first import pays for compiling its code.
     */
    record Jit(long compilations, double compileSeconds, double compilerCpu) {
    }

    private Profiles() {
    }

    /** Request threads during the throughput phase, by step of a search request. */
    static Breakdown search(Path recording) throws IOException {
        return analyse("search request threads", recording,
                (thread, frames) -> thread.startsWith("http-nio-") || isRequest(frames), Profiles::searchStep, false);
    }

    /** The indexing thread during a rebuild, by layer; native samples (socket reads) count as waiting on MariaDB. */
    static Breakdown rebuild(Path recording) throws IOException {
        return analyse("index rebuild thread", recording,
                (thread, frames) -> thread.startsWith("index-") || thread.startsWith("job-") || has(frames, "ProductIndexer."),
                Profiles::rebuildLayer, true);
    }

    /** Every Java thread (an import spans request, job and indexing threads), by layer and calling method. */
    static Breakdown everything(String title, Path recording) throws IOException {
        return analyse(title, recording, (thread, frames) -> !thread.startsWith("JFR") && !thread.equals("Attach Listener"),
                Profiles::rebuildLayer, false);
    }

    private static Breakdown analyse(String title, Path recording, BiPredicate<String, List<String>> selected,
                                     Function<List<String>, String> classify, boolean includeNative) throws IOException {
        Map<String, Long> buckets = new LinkedHashMap<>();
        Map<String, Map<String, Long>> detail = new LinkedHashMap<>();
        Map<String, Long> hot = new LinkedHashMap<>();
        Map<String, Long> other = new LinkedHashMap<>();
        long samples = 0;
        double gcPause = 0;
        double gcMax = 0;
        int gcCount = 0;
        double jvmCpu = 0;
        double machineCpu = 0;
        int cpuEvents = 0;
        RecordedEvent firstCompilerStatistics = null;
        RecordedEvent lastCompilerStatistics = null;
        Map<String, double[]> compilerLoad = new LinkedHashMap<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                switch (type) {
                    case "jdk.ExecutionSample", "jdk.NativeMethodSample" -> {
                        boolean nativeSample = type.equals("jdk.NativeMethodSample");
                        RecordedStackTrace trace = event.getStackTrace();
                        if (trace == null) {
                            continue;
                        }
                        List<String> frames = new ArrayList<>(trace.getFrames().size());
                        for (RecordedFrame frame : trace.getFrames()) {
                            if (frame.isJavaFrame()) {
                                frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
                            }
                        }
                        if (frames.isEmpty()) {
                            continue;
                        }
                        RecordedThread thread = event.getThread("sampledThread");
                        String threadName = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
                        if (selected.test(threadName, frames)) {
                            if (nativeSample && !includeNative) {
                                continue;
                            }
                            samples++;
                            String bucket = nativeSample ? "waiting in native code (socket read from MariaDB)" : classify.apply(frames);
                            buckets.merge(bucket, 1L, Long::sum);
                            if (!nativeSample) {
                                // search steps: which layer; rebuild layers: which BeltPortal method asked for the work
                                String inner = bucket.startsWith("search:") ? rebuildLayer(frames)
                                        : bucket.startsWith("HTTP:") ? null : caller(frames);
                                if (inner != null) {
                                    detail.computeIfAbsent(bucket, b -> new LinkedHashMap<>()).merge(inner, 1L, Long::sum);
                                }
                            }
                            if (!nativeSample) {
                                hot.merge(frames.getFirst(), 1L, Long::sum);
                            }
                        } else if (!nativeSample) {
                            other.merge(threadName.replaceAll("\\d+", "#"), 1L, Long::sum);
                        }
                    }
                    case "jdk.GarbageCollection" -> {
                        gcCount++;
                        Duration pauses = event.getDuration("sumOfPauses");
                        gcPause += pauses.toNanos() / 1e6;
                        gcMax = Math.max(gcMax, event.getDuration("longestPause").toNanos() / 1e6);
                    }
                    case "jdk.CPULoad" -> {
                        jvmCpu += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                        machineCpu += event.getFloat("machineTotal");
                        cpuEvents++;
                    }
                    case "jdk.CompilerStatistics" -> {
                        firstCompilerStatistics = firstCompilerStatistics == null ? event : firstCompilerStatistics;
                        lastCompilerStatistics = event;
                    }
                    case "jdk.ThreadCPULoad" -> {
                        RecordedThread thread = event.getThread("eventThread");
                        String name = thread == null ? null : thread.getOSName();
                        if (name != null && name.contains("CompilerThread")) {
                            double[] sumAndCount = compilerLoad.computeIfAbsent(name, n -> new double[2]);
                            sumAndCount[0] += event.getFloat("user") + event.getFloat("system");
                            sumAndCount[1]++;
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        Map<String, Map<String, Long>> sortedDetail = new LinkedHashMap<>();
        detail.forEach((k, v) -> sortedDetail.put(k, sortDesc(v, 6)));
        return new Breakdown(title, samples, sortDesc(buckets, 30), sortedDetail, sortDesc(hot, 12), gcPause, gcCount, gcMax,
                cpuEvents == 0 ? 0 : jvmCpu / cpuEvents, cpuEvents == 0 ? 0 : machineCpu / cpuEvents,
                jit(firstCompilerStatistics, lastCompilerStatistics, compilerLoad), sortDesc(other, 8));
    }

    private static Jit jit(RecordedEvent first, RecordedEvent last, Map<String, double[]> compilerLoad) {
        double compilerCpu = compilerLoad.values().stream().mapToDouble(sumAndCount -> sumAndCount[0] / sumAndCount[1]).sum();
        if (first == null) {
            return new Jit(0, 0, compilerCpu);
        }
        return new Jit(last.getLong("compileCount") - first.getLong("compileCount"),
                (last.getDuration("totalTimeSpent").toMillis() - first.getDuration("totalTimeSpent").toMillis()) / 1000.0,
                compilerCpu);
    }

    private static boolean isRequest(List<String> frames) {
        return has(frames, "org.apache.catalina.") || has(frames, "org.apache.tomcat.") || has(frames, "org.apache.coyote.");
    }

    /** Which step of a search request a stack is in; the order of the checks matters. */
    static String searchStep(List<String> s) {
        if (has(s, "LuceneProductSearch.facets")) {
            if (has(s, "DefaultSortedSetDocValuesReaderState.<init>")) {
                return "search: facets - build ordinal state for a new reader";
            }
            if (has(s, "IndexSearcher.search")) {
                return "search: facets - collect every matching doc (FacetsCollector pass)";
            }
            if (has(s, "SortedSetDocValuesFacetCounts.<init>") || has(s, "SortedSetDocValuesFacetCounts.count")) {
                return "search: facets - count ordinals of the matching docs";
            }
            return "search: facets - top children and labels";
        }
        if (has(s, "LuceneProductSearch.items")) {
            if (has(s, "UnifiedHighlighter") || has(s, "TitleHighlighter")) {
                return "search: highlighting (re-analyses titles)";
            }
            return "search: result items (doc values or stored fields) + item JSON";
        }
        if (has(s, "FacetsCollectorManager.searchAfter")) {
            return "search: one pass over the matches - top-N and facet hits (FacetsCollectorManager.searchAfter)";
        }
        if (has(s, "IndexSearcher.count")) {
            return "search: total hit count (IndexSearcher.count pass)";
        }
        if (has(s, "IndexSearcher.searchAfter")) {
            return "search: top-N collection (searchAfter with sort)";
        }
        if (has(s, "LuceneProductSearch.")) {
            return has(s, "QueryBuilder") || has(s, "org.apache.lucene.analysis") ? "search: query analysis and building"
                    : "search: other";
        }
        if (has(s, "SearchApiController.")) {
            return "search API controller (parameters, tenant lookup)";
        }
        // Outside the search itself, filters wrap each other: the innermost known frame decides.
        for (String frame : s) {
            for (String[] rule : HTTP_LAYERS) {
                if (frame.contains(rule[0])) {
                    return rule[1];
                }
            }
        }
        return "HTTP: other";
    }

    private static final List<String[]> HTTP_LAYERS = List.of(
            new String[] {"tools.jackson.", "HTTP: response JSON (Jackson)"},
            new String[] {"com.fasterxml.jackson.", "HTTP: response JSON (Jackson)"},
            new String[] {"io.micrometer.", "HTTP: metrics and observations (Micrometer)"},
            new String[] {"TenantDirectory", "HTTP: tenant resolution"},
            new String[] {"TenantResolutionFilter", "HTTP: tenant resolution"},
            new String[] {"org.apache.ibatis.", "HTTP: database on the request thread (tenant, synonym cache misses)"},
            new String[] {"com.mysql.", "HTTP: database on the request thread (tenant, synonym cache misses)"},
            new String[] {"org.springframework.security.", "HTTP: security filter chain"},
            new String[] {"org.springframework.", "HTTP: Spring MVC"},
            new String[] {"org.apache.", "HTTP: Tomcat (parsing, writing, connection)"},
            new String[] {"sun.nio.ch.", "HTTP: socket I/O"});

    private static final List<String[]> LAYERS = List.of(
            new String[] {"org.apache.lucene.util.", null},
            new String[] {"ICUTransformFilter", "analysis: ICU transliteration (Transliterator)"},
            new String[] {"Transliterator", "analysis: ICU transliteration (Transliterator)"},
            new String[] {"TransliterationRule", "analysis: ICU transliteration (Transliterator)"},
            new String[] {"ICUNormalizer2CharFilter", "analysis: NFKC case folding char filter"},
            new String[] {"com.ibm.icu.impl.Normalizer2Impl", "analysis: NFKC case folding char filter"},
            new String[] {"org.apache.lucene.analysis.icu.segmentation", "analysis: ICU tokenizer"},
            new String[] {"com.ibm.icu.text.RuleBasedBreakIterator", "analysis: ICU tokenizer"},
            new String[] {"org.apache.lucene.analysis.cn.smart", "analysis: smartcn segmentation"},
            new String[] {"org.apache.lucene.analysis.en.", "analysis: English stemming"},
            new String[] {"org.apache.lucene.analysis.", "analysis: other filters (bigrams, ...)"},
            new String[] {"org.apache.lucene.facet.", "document: facet fields (FacetsConfig.build)"},
            new String[] {"org.apache.lucene.index.memory.", "Lucene MemoryIndex (per-hit re-indexing)"},
            new String[] {"org.apache.lucene.search.uhighlight.", "Lucene highlighter"},
            new String[] {"org.apache.lucene.codecs.", "Lucene codecs (postings, doc values, stored fields)"},
            new String[] {"org.apache.lucene.store.", "Lucene codecs (postings, doc values, stored fields)"},
            new String[] {"org.apache.lucene.search.", "Lucene query execution"},
            new String[] {"org.apache.lucene.", "Lucene index (writer when indexing, segment readers when searching)"},
            new String[] {"com.mysql.", "JDBC driver (protocol, row decoding)"},
            new String[] {"org.apache.ibatis.", "MyBatis (statement, result mapping)"},
            new String[] {"tools.jackson.", "JSON (Jackson)"},
            new String[] {"com.fasterxml.jackson.", "JSON (Jackson)"},
            new String[] {"com.zaxxer.hikari.", "connection pool"},
            new String[] {"org.springframework.", "Spring (transactions, proxies)"},
            new String[] {"org.beltportal.", "BeltPortal code (services, document building)"});

    /** The innermost frame that belongs to a known layer decides (shared utility frames are skipped). */
    static String rebuildLayer(List<String> s) {
        for (String frame : s) {
            for (String[] rule : LAYERS) {
                if (frame.contains(rule[0])) {
                    if (rule[1] == null) {
                        break;
                    }
                    return rule[1];
                }
            }
        }
        return "other (JDK)";
    }

    /** The innermost BeltPortal method on the stack: who asked for the work (e.g. Pinyin.of, ProductIndex.put). */
    private static String caller(List<String> frames) {
        for (String f : frames) {
            if (f.startsWith("org.beltportal.")) {
                String shortName = f.substring(f.lastIndexOf('.', f.lastIndexOf('.') - 1) + 1);
                return "called from " + shortName.replaceAll("\\$\\d+|lambda\\$(\\w+)\\$\\d+", "$1");
            }
        }
        return null;
    }

    private static boolean has(List<String> frames, String part) {
        for (String f : frames) {
            if (f.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Long> sortDesc(Map<String, Long> map, int limit) {
        Map<String, Long> out = new LinkedHashMap<>();
        map.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
