package org.beltportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * CPU and memory figures from /proc (Linux): a process's CPU time and RSS, the machine's busy time, and
 * the MariaDB server's pid, so each phase can say who used the two cores while it ran.
 */
final class ProcStats {

    /** Clock ticks per second of /proc/[pid]/stat and /proc/stat on Linux. */
    static final double HZ = 100.0;
    /** The port of the bench's database server (Options: --db-server), to tell its process from others. */
    static volatile String databasePort = "3306";

    private ProcStats() {
    }

    /** user + system CPU seconds of a process, or -1 when it cannot be read. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / HZ;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * {busy, steal} CPU seconds of the whole machine since boot, all cores summed: busy is user, nice,
     * system, irq and softirq; steal is time the hypervisor gave to other guests (a noisy neighbour).
     */
    static double[] machineSeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]);
            long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            return new double[] {busy / HZ, steal / HZ};
        } catch (IOException | RuntimeException e) {
            return new double[] {0, 0};
        }
    }

    /** Resident set size in bytes, or -1. */
    static long rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return -1;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * The database server's process: the one started with {@code --port=} the bench's port when there is one
     * (a server of the bench's own beside the machine's), else the first found.
     */
    static Optional<Long> mariadbPid() {
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .toList();
        String port = "--port=" + databasePort;
        return servers.stream().filter(p -> p.info().arguments().map(a -> List.of(a).contains(port)).orElse(false))
                .findFirst().or(() -> servers.stream().findFirst()).map(ProcessHandle::pid);
    }

    /** CPU use by party over one phase, in cores (1.0 = one core busy for the whole phase). */
    record Usage(double seconds, double server, double database, double bench, double others, double steal) {

        String describe() {
            return String.format("%.0f s; cores busy: server %.2f, MariaDB %.2f, bench driver %.2f, other processes %.2f, "
                    + "hypervisor steal %.2f", seconds, server, database, bench, others, steal);
        }
    }

    /** A snapshot to diff against later. */
    static final class Sample {
        final long nanos = System.nanoTime();
        final double[] machine = machineSeconds();
        final double server;
        final double database;
        final double bench = cpuSeconds(ProcessHandle.current().pid());

        Sample(long serverPid) {
            this.server = cpuSeconds(serverPid);
            this.database = mariadbPid().map(ProcStats::cpuSeconds).orElse(0.0);
        }

        Usage until(Sample end) {
            double seconds = (end.nanos - nanos) / 1e9;
            double server = end.server - this.server;
            double database = end.database - this.database;
            double bench = end.bench - this.bench;
            double others = Math.max(0, (end.machine[0] - machine[0]) - server - database - bench);
            double steal = end.machine[1] - machine[1];
            return new Usage(seconds, server / seconds, database / seconds, bench / seconds, others / seconds,
                    steal / seconds);
        }
    }

    static List<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).distinct().toList();
        } catch (IOException e) {
            return List.of("?");
        }
    }

    static long memTotalBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return -1;
    }
}
