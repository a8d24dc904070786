package org.beltportal.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server's memory at the points of a run that matter (index ready, after the load test, at the end): heap
 * in use after a full GC (jcmd GC.run, GC.heap_info), committed heap, metaspace, RSS and the index on disk; the
 * largest heap is judged against the 1 GB target.
 */
final class MemoryPhase {

    private final RunContext run;
    private final List<Server.HeapFigures> heaps = new ArrayList<>();

    MemoryPhase(RunContext run) {
        this.run = run;
    }

    /** Figures under {@code memory.<when>} in the report and a line in the summary. */
    void record(String when) throws IOException, InterruptedException {
        Server.HeapFigures h = run.server.heapAfterFullGc();
        long index = Trees.size(run.dataDir().resolve("index"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("heapUsedAfterFullGc", Report.mb(h.usedBytes()));
        m.put("heapUsedBytes", h.usedBytes());
        m.put("heapCommitted", Report.mb(h.committedBytes()));
        m.put("metaspaceUsed", Report.mb(h.metaspaceBytes()));
        m.put("rss", Report.mb(h.rssBytes()));
        m.put("indexOnDisk", Report.mb(index));
        m.put("gcHeapInfo", h.raw());
        run.report.section("memory").put(when, m);
        Log.info("memory %s: heap used after full GC %s (committed %s), RSS %s, index on disk %s", when,
                Report.mb(h.usedBytes()), Report.mb(h.committedBytes()), Report.mb(h.rssBytes()), Report.mb(index));
        run.summary.add(String.format(Locale.ROOT, "- Memory %s: heap after full GC **%s** (committed %s, -Xmx%s), RSS %s, "
                        + "index on disk %s", when, Report.mb(h.usedBytes()), Report.mb(h.committedBytes()), run.o.xmx,
                Report.mb(h.rssBytes()), Report.mb(index)));
        heaps.add(h);
    }

    void judge() {
        long max = heaps.stream().mapToLong(Server.HeapFigures::usedBytes).max().orElse(-1);
        run.report.target("heap <= 1 GB for 1M products", "max heap after full GC " + Report.mb(max) + " (server run with -Xmx"
                + run.o.xmx + ")" + (run.plan.totalProducts < 1_000_000 ? "; catalogue smaller than 1M" : ""),
                max < 0 ? null : max <= 1L << 30);
    }
}
