package org.beltportal.server;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx as a child process in front of portal nodes, with the configuration the project ships
 * ({@code deploy/nginx/beltportal.conf}): only its listen address and the nodes' ports are changed, so the
 * tests exercise the file operators install. Its own prefix, pid, logs and temp directories; no daemon.
 */
final class NginxInFront implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");
    private static final Path SHIPPED = Path.of("..", "deploy", "nginx", "beltportal.conf");

    private final Process process;
    final int port;

    private NginxInFront(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static NginxInFront start(Path dir, int port, List<Integer> nodePorts) throws IOException, InterruptedException {
        Path absolute = dir.toAbsolutePath();
        Files.createDirectories(absolute.resolve("temp"));
        String site = Files.readString(SHIPPED)
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";")
                .replaceAll("(?m)^\\s*server 127\\.0\\.0\\.1:808[0-9][^\\n]*\\n", "")
                .replace("upstream beltportal {", "upstream beltportal {\n" + nodePorts.stream()
                        .map(node -> "    server 127.0.0.1:" + node + " max_fails=2 fail_timeout=10s;")
                        .collect(Collectors.joining("\n")));
        Files.writeString(absolute.resolve("beltportal.conf"), site);
        String main = """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/temp/body;
                    proxy_temp_path %1$s/temp/proxy;
                    fastcgi_temp_path %1$s/temp/fastcgi;
                    uwsgi_temp_path %1$s/temp/uwsgi;
                    scgi_temp_path %1$s/temp/scgi;
                    include %1$s/beltportal.conf;
                }
                """.formatted(absolute);
        Path conf = absolute.resolve("nginx.conf");
        Files.writeString(conf, main);
        Process process = new ProcessBuilder(BINARY.toString(), "-p", absolute.toString(), "-c", conf.toString(),
                "-e", absolute.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(absolute.resolve("stdout.log").toFile()).start();
        NginxInFront nginx = new NginxInFront(process, port);
        nginx.awaitPort(Duration.ofSeconds(20), absolute);
        return nginx;
    }

    Api api() {
        return new Api(port);
    }

    private void awaitPort(Duration timeout, Path dir) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("nginx exited with " + process.exitValue() + "; see " + dir.resolve("error.log"));
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
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
