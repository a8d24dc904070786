package org.beltportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the phases of one run share: options, catalogue plan, the report with its Markdown summary (phases
 * append to it in the order they run), the run's directory and id, and the server under test with an admin
 * client signed in to it. {@link StartupPhase} sets the server, and restarts it when it snapshots the index;
 * the phases after it only use it.
 */
final class RunContext {

    final Options o;
    final Plan plan;
    final Report report = new Report();
    final List<String> summary = new ArrayList<>();
    final Path runDir;
    /** Marks what this run writes (trial titles, import markers) apart from what earlier runs left. */
    final String runId = Long.toString(System.currentTimeMillis() / 1000 % 100_000_000, 36);
    Server server;
    Api api;

    RunContext(Options o) throws IOException {
        this.o = o;
        this.plan = new Plan(o.seed, o.products, o.tenants, o.belts);
        this.runDir = o.out.resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(runDir);
    }

    /** The server's data directory; its index is under {@code index}. */
    Path dataDir() {
        return o.out.resolve("data");
    }

    /** Starts a JFR recording in the server; a recording that cannot start is a note, not a failed run. */
    boolean startJfr(String name, Path file, String settings) {
        try {
            try {
                server.jcmd("JFR.configure", "stackdepth=256");
            } catch (IOException alreadyConfigured) {
                // stack depth can only be set before the first recording; later calls fail harmlessly
            }
            server.jcmd("JFR.start", "name=" + name, "settings=" + settings, "filename=" + file.toAbsolutePath());
            return true;
        } catch (IOException | InterruptedException e) {
            report.note("JFR recording %s could not start: %s", name, e.getMessage());
            return false;
        }
    }

    void stopJfr(String name) throws IOException, InterruptedException {
        server.jcmd("JFR.stop", "name=" + name);
    }

    /** A profile (or other preformatted lines) in the summary, under its heading. */
    void summaryBlock(String heading, List<String> lines) {
        summary.add("");
        summary.add(heading);
        summary.add("");
        summary.add("```");
        summary.addAll(lines);
        summary.add("```");
    }
}
