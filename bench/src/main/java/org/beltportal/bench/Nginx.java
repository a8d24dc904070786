package org.beltportal.bench;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx as a child process on 127.0.0.1 with a configuration of its own (no daemon, its own
 * prefix, pid and logs under the run directory): serving saved pages as static files, the yardstick of
 * the pages benchmark, or balancing portal nodes with the shipped configuration (the thousand-belt
 * benchmark's 1 vs 2 nodes). Stopped with SIGTERM; it is the only nginx the harness ever ends.
 */
final class Nginx implements AutoCloseable {

    private final Process process;

    private Nginx(Process process) {
        this.process = process;
    }

    /**
     * Serves {@code root}. {@code searchPath} (e.g. {@code /t/yiwu/search}) answers with the file
     * {@code searchPath + ".html"} whatever the query string, so both servers get the very same URLs.
     */
    static Nginx start(Path binary, Path dir, Path root, int port, String searchPath) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("temp"));
        String conf = """
                worker_processes 2;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    sendfile on;
                    tcp_nopush on;
                    keepalive_timeout 65;
                    keepalive_requests %4$d;
                    client_body_temp_path %1$s/temp;
                    types { text/html html; text/css css; }
                    default_type text/html;
                    charset utf-8;
                    server {
                        listen 127.0.0.1:%2$d;
                        root %3$s;
                        index index.html;
                        location = %5$s { try_files %5$s.html =404; }
                    }
                }
                """.formatted(dir.toAbsolutePath(), port, root.toAbsolutePath(), PagesBench.KEEP_ALIVE_REQUESTS, searchPath);
        Path confFile = dir.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        return launch(binary, dir, confFile, port);
    }

    /**
     * The balancer of a multi-node deployment: the shipped site configuration ({@code shipped}, i.e.
     * deploy/nginx/beltportal.conf) with only its listen address and the nodes' ports changed, as MultiNodeIT runs
     * it, inside a main configuration of its own (one worker, access log off, temp files under {@code dir}).
     */
    static Nginx proxy(Path binary, Path dir, Path shipped, int port, List<Integer> nodePorts)
            throws IOException, InterruptedException {
        Path absolute = dir.toAbsolutePath();
        Files.createDirectories(absolute.resolve("temp"));
        String site = Files.readString(shipped)
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";")
                .replaceAll("(?m)^\\s*server 127\\.0\\.0\\.1:808[0-9][^\\n]*\\n", "")
                .replace("upstream beltportal {", "upstream beltportal {\n" + nodePorts.stream()
                        .map(node -> "    server 127.0.0.1:" + node + " max_fails=2 fail_timeout=10s;")
                        .collect(Collectors.joining("\n")));
        if (!site.contains("listen 127.0.0.1:" + port + ";")) {
            throw new IOException(shipped + " has no 'listen 80;' to replace");
        }
        Files.writeString(absolute.resolve("beltportal.conf"), site);
        String main = """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/temp/body;
                    proxy_temp_path %1$s/temp/proxy;
                    fastcgi_temp_path %1$s/temp/fastcgi;
                    uwsgi_temp_path %1$s/temp/uwsgi;
                    scgi_temp_path %1$s/temp/scgi;
                    include %1$s/beltportal.conf;
                }
                """.formatted(absolute);
        Path confFile = absolute.resolve("nginx.conf");
        Files.writeString(confFile, main);
        return launch(binary, absolute, confFile, port);
    }

    private static Nginx launch(Path binary, Path dir, Path confFile, int port) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(binary.toString(), "-p", dir.toAbsolutePath().toString(),
                "-c", confFile.toAbsolutePath().toString(), "-e", dir.resolve("error.log").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile());
        Log.info("starting nginx: %s", String.join(" ", builder.command()));
        Nginx nginx = new Nginx(builder.start());
        nginx.awaitPort(port, Duration.ofSeconds(20));
        return nginx;
    }

    /** The master and its workers: the CPU nginx used is theirs together. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    private void awaitPort(int port, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("nginx exited with " + process.exitValue() + "; see its error.log");
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IOException("nginx did not listen on " + port + " within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            Log.info("stopping nginx pid %d (SIGTERM)", process.pid());
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
