package org.beltportal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server jar as a child process on 127.0.0.1: started with the command line of the brief,
 * its output copied to a log file and kept in memory so phases can wait for log lines, stopped with
 * SIGTERM (graceful, commits the index) and only then killed. It is the only process the harness ends.
 */
final class Server implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final Path jdk;
    private final List<String> lines = new ArrayList<>();
    private final Thread pump;

    private Server(Process process, Path log, Path jdk) throws IOException {
        this.process = process;
        this.log = log;
        this.jdk = jdk;
        Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        this.pump = Thread.ofPlatform().name("server-log").daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 out) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.write(line);
                    out.write('\n');
                    out.flush();
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
    }

    static Server start(Options options, Path dataDir, Path logFile) throws IOException {
        return start(options, options.port, dataDir, logFile);
    }

    /** A server on another port (a second node on the same database); its pid goes to {@code server-<port>.pid}. */
    static Server start(Options options, int port, Path dataDir, Path logFile) throws IOException {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>();
        if (options.serverCpus != null) {
            // A JVM that sees one CPU picks the serial collector; a server is not run so, whatever its cores.
            command.addAll(List.of("taskset", "-c", options.serverCpus));
        }
        command.add(options.jdk.resolve("bin/java").toString());
        command.addAll(heap(options.xmx));
        if (options.serverCpus != null) {
            command.add("-XX:+UseG1GC");
        }
        command.addAll(List.of("-jar", options.jar.toString(), "--spring.profiles.active=mysql", "--server.port=" + port,
                "--portal.data-dir=" + dataDir));
        command.addAll(options.serverArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PORTAL_DB_URL", options.serverJdbcUrl());
        env.put("PORTAL_DB_USER", options.dbUser);
        env.put("PORTAL_DB_PASSWORD", "");
        env.put("PORTAL_DEMO_DATA", "false");
        env.put("PORTAL_ADMIN_PASSWORD", options.adminPassword);
        Log.info("starting server: %s", String.join(" ", command));
        Server server = new Server(builder.start(), logFile, options.jdk);
        Files.writeString(options.out.resolve(port == options.port ? "server.pid" : "server-" + port + ".pid"),
                Long.toString(server.pid()));
        return server;
    }

    /**
     * A fixed heap, as a node runs in production (docs/operations.md, decision 0056): a heap G1 may shrink sat at
     * 277 MB under 100 MB of live data, above its marking threshold, and marked without pause on one core.
     */
    static List<String> heap(String size) {
        return List.of("-Xms" + size, "-Xmx" + size);
    }

    /**
     * The server on its embedded database with the demo belts, for the pages benchmark, which needs a
     * rendered home and search page rather than a catalogue. {@code extraArgs} are Spring properties.
     */
    static Server startDemo(Path jdk, Path jar, String xmx, int port, Path dataDir, Path logFile, String adminPassword,
                            List<String> extraArgs) throws IOException {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/java").toString()));
        command.addAll(heap(xmx));
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--portal.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PORTAL_DEMO_DATA", "true");
        builder.environment().put("PORTAL_ADMIN_PASSWORD", adminPassword);
        Log.info("starting server: %s", String.join(" ", command));
        Server server = new Server(builder.start(), logFile, jdk);
        Files.writeString(logFile.resolveSibling("server.pid"), Long.toString(server.pid()));
        return server;
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits for a log line matching {@code regex}, from the first line on; returns its match. */
    Matcher await(String regex, Duration timeout) {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.nanoTime() + timeout.toNanos();
        int next = 0;
        synchronized (lines) {
            while (true) {
                for (; next < lines.size(); next++) {
                    Matcher m = pattern.matcher(lines.get(next));
                    if (m.find()) {
                        return m;
                    }
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("server exited (code " + process.exitValue() + ") while waiting for /"
                            + regex + "/; see " + log);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("timed out after " + timeout + " waiting for /" + regex + "/; see " + log);
                }
                try {
                    lines.wait(Math.min(500, TimeUnit.NANOSECONDS.toMillis(left) + 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
            }
        }
    }

    /** Lines matching {@code regex} so far (e.g. errors to report). */
    List<String> grep(String regex) {
        Pattern pattern = Pattern.compile(regex);
        synchronized (lines) {
            return lines.stream().filter(l -> pattern.matcher(l).find()).toList();
        }
    }

    /** Runs the JDK's jcmd against the server and returns its output. */
    String jcmd(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(jdk.resolve("bin/jcmd").toString());
        command.add(Long.toString(pid()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("jcmd " + String.join(" ", args) + " did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IOException("jcmd " + String.join(" ", args) + " failed: " + output.strip());
        }
        return output;
    }

    /** Heap in use after a full GC, in bytes, as G1 reports it in GC.heap_info. */
    HeapFigures heapAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher heap = Pattern.compile("heap\\s+total (?:reserved )?(\\d+)K, committed (\\d+)K, used (\\d+)K").matcher(info);
        if (!heap.find()) {
            // A generational collector (Serial, which the JVM picks when it sees one CPU): one line per generation,
            // young and tenured, and the heap is their sum; the first alone is the young generation.
            Matcher generation = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
            long total = 0;
            long used = 0;
            while (generation.find()) {
                total += Long.parseLong(generation.group(1));
                used += Long.parseLong(generation.group(2));
            }
            if (total == 0) {
                throw new IOException("cannot read GC.heap_info: " + info);
            }
            return new HeapFigures(used * 1024, total * 1024, -1, ProcStats.rssBytes(pid()), info.strip());
        }
        Matcher meta = Pattern.compile("Metaspace\\s+used (\\d+)K").matcher(info);
        long metaspace = meta.find() ? Long.parseLong(meta.group(1)) * 1024 : -1;
        return new HeapFigures(Long.parseLong(heap.group(3)) * 1024, Long.parseLong(heap.group(2)) * 1024, metaspace,
                ProcStats.rssBytes(pid()), info.strip());
    }

    /** {collections, pause milliseconds} of the stop-the-world collectors so far, from the JVM's perf counters. */
    double[] gcPauses() throws IOException, InterruptedException {
        String counters = jcmd("PerfCounter.print");
        double frequency = 1e9;
        Matcher f = Pattern.compile("sun\\.os\\.hrt\\.frequency=(\\d+)").matcher(counters);
        if (f.find()) {
            frequency = Double.parseDouble(f.group(1));
        }
        double count = 0;
        double ticks = 0;
        for (int collector = 0; collector <= 2; collector++) { // G1: young, full, concurrent-cycle pauses
            Matcher n = Pattern.compile("sun\\.gc\\.collector\\." + collector + "\\.invocations=(\\d+)").matcher(counters);
            Matcher t = Pattern.compile("sun\\.gc\\.collector\\." + collector + "\\.time=(\\d+)").matcher(counters);
            if (n.find() && t.find()) {
                count += Double.parseDouble(n.group(1));
                ticks += Double.parseDouble(t.group(1));
            }
        }
        return new double[] {count, ticks / frequency * 1000};
    }

    record HeapFigures(long usedBytes, long committedBytes, long metaspaceBytes, long rssBytes, String raw) {
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        Log.info("stopping server pid %d (SIGTERM)", pid());
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                Log.info("server did not stop in 90 s; killing pid %d", pid());
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
            pump.join(5000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
