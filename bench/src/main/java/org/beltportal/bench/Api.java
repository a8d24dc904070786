package org.beltportal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP to the server under test, on 127.0.0.1 only, with java.net.http (HTTP/1.1, keep-alive). */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern NEXT = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private String token;

    Api(String base) {
        if (!base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("the harness loads loopback only: " + base);
        }
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    record Reply(int status, String body) {

        long total() {
            Matcher m = TOTAL.matcher(body);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        }

        String nextCursor() {
            Matcher m = NEXT.matcher(body);
            return m.find() ? m.group(1) : null;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    Reply getAuthorized(String path) throws IOException, InterruptedException {
        return send(authorized(path).GET().build());
    }

    Reply putJson(String path, String json) throws IOException, InterruptedException {
        return send(authorized(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    Reply putText(String path, String text) throws IOException, InterruptedException {
        return send(authorized(path).header("Content-Type", "text/plain; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build());
    }

    Reply delete(String path) throws IOException, InterruptedException {
        return send(authorized(path).DELETE().build());
    }

    /** An anonymous JSON POST as a proxy on 127.0.0.1 would pass it on for the buyer at {@code forwardedFor}. */
    Reply postJsonFrom(String forwardedFor, String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    Reply post(String path) throws IOException, InterruptedException {
        return send(authorized(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A multipart/form-data POST with one file field. */
    /** A multipart upload of one file, streamed from disk so the driver holds no copy of it. */
    Reply postFile(String path, String field, String filename, String contentType, Path content)
            throws IOException, InterruptedException {
        String boundary = "----beltportal-bench-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(authorized(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(content), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build());
    }

    /**
     * Polls {@code jobs/{id}} every {@code interval} until the job succeeded or failed or {@code timeout} passed;
     * the last answer, or null if none came.
     */
    JsonNode awaitJob(long jobId, Duration timeout, Duration interval) throws IOException, InterruptedException {
        JsonNode job = null;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            job = getAuthorized("/admin/api/v1/jobs/" + jobId).json();
            String state = job.path("state").asString();
            if (state.equals("succeeded") || state.equals("failed")) {
                break;
            }
            Thread.sleep(interval.toMillis());
        }
        return job;
    }

    void login(String user, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Reply reply = send(request("/admin/api/v1/tokens").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (reply.status() != 200) {
            throw new IOException("token request answered " + reply.status() + ": " + reply.body());
        }
        token = reply.json().get("token").asString();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpRequest.Builder authorized(String path) {
        if (token == null) {
            throw new IllegalStateException("no token yet");
        }
        return request(path).header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body());
    }
}
