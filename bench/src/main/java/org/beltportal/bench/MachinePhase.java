package org.beltportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * What the figures were measured on, first in the report: CPUs, memory, JDK, database and its buffer pool,
 * the load at start, the commit and uncommitted files of the server jar, its command line, and the
 * catalogue's scale. It also fails the run early when no database answers.
 */
final class MachinePhase {

    private final RunContext run;

    MachinePhase(RunContext run) {
        this.run = run;
    }

    void record() throws IOException, InterruptedException {
        Options o = run.o;
        Plan plan = run.plan;
        Map<String, Object> m = run.report.section("machine");
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("cpuModel", String.join("; ", ProcStats.cpuModel()));
        m.put("memTotal", Report.mb(ProcStats.memTotalBytes()));
        m.put("jdk", Commands.firstLine(Commands.output(o.jdk.resolve("bin/java").toString(), "-version")));
        m.put("loadAverageAtStart", ProcStats.loadAverage());
        try (Connection db = CatalogGenerator.connect(o.adminJdbcUrl()); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size")) {
            rs.next();
            m.put("database", "MariaDB/MySQL " + rs.getString(1));
            m.put("innodbBufferPool", Report.mb(rs.getLong(2)));
        } catch (SQLException e) {
            throw new IllegalStateException("no MySQL-protocol server at " + o.dbHostPort + ": " + e.getMessage(), e);
        }
        m.put("gitCommit", Commands.firstLine(Commands.output("git", "rev-parse", "--short", "HEAD")));
        Path built = Path.of("portal-server/target/beltportal.jar");
        m.put("jar", (Files.exists(built) ? built + " built " + Files.getLastModifiedTime(built) + ", " : "") + "run from " + o.jar);
        m.put("uncommittedFiles", Commands.output("git", "status", "--porcelain", "--untracked-files=no").lines()
                .filter(l -> !l.contains("bench/")).toList());
        m.put("serverCommand", "java " + String.join(" ", Server.heap(o.xmx)) + " -jar " + o.jar + " --spring.profiles.active=mysql --server.port=" + o.port
                + (o.serverArgs.isEmpty() ? "" : " " + String.join(" ", o.serverArgs)));
        Map<String, Object> scale = run.report.section("catalogue");
        scale.put("products", plan.totalProducts);
        scale.put("tenants", plan.tenantCount());
        scale.put("suppliers", plan.totalSuppliers());
        scale.put("seed", plan.seed);
        scale.put("largestTenants", plan.tenants.stream().limit(5).map(t -> t.slug() + "=" + t.products()).toList());
        scale.put("smallestTenant", plan.tenants.getLast().slug() + "=" + plan.tenants.getLast().products());
        Log.info("machine: %s", m);
    }
}
