package org.beltportal.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real-HTTP client for end-to-end tests: JSON in and out, an optional bearer token and Host
 * header (tests run with -Djdk.httpclient.allowRestrictedHeaders=host so the Host can be a tenant's).
 */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final int port;
    private final String token;
    private final String host;

    Api(int port) {
        this(port, null, null);
    }

    private Api(int port, String token, String host) {
        this.port = port;
        this.token = token;
        this.host = host;
    }

    Api as(String bearerToken) {
        return new Api(port, bearerToken, host);
    }

    Api onHost(String hostname) {
        return new Api(port, token, hostname);
    }

    /** Logs in with HTTP Basic and returns a client carrying the issued token. */
    Api login(String username, String password) {
        Response response = send("POST", "/admin/api/v1/tokens", null, basic(username, password));
        if (response.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + response);
        }
        return as(response.json().get("token").asString());
    }

    Response get(String path) {
        return send("GET", path, null, bearer());
    }

    Response post(String path, Object body) {
        return send("POST", path, body, bearer());
    }

    Response put(String path, Object body) {
        return send("PUT", path, body, bearer());
    }

    /** A JSON Merge Patch (RFC 7396), given as JSON text since {@code null} in it means "remove". */
    Response patch(String path, String mergePatch) {
        return sendRaw("PATCH", path, "application/merge-patch+json", mergePatch.getBytes(StandardCharsets.UTF_8));
    }

    Response delete(String path) {
        return send("DELETE", path, null, bearer());
    }

    Response sendRaw(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = request(path, bearer())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType);
        return execute(request);
    }

    /** A multipart/form-data POST with one file part, as a browser or curl -F sends it. */
    Response sendMultipart(String path, String fieldName, String filename, byte[] content) {
        String boundary = "----BeltPortalTest" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 300);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fieldName + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return sendRaw("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** A GET whose body is bytes (a workbook download); throws unless it answers 200. */
    byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path, bearer()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Response send(String method, String path, Object body, String authorization) {
        HttpRequest.Builder request = request(path, authorization);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json");
        }
        return execute(request);
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (host != null) {
            request.header("Host", host);
        }
        return request;
    }

    private String bearer() {
        return token == null ? null : "Bearer " + token;
    }

    private static Response execute(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String body, HttpHeaders headers) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        long id() {
            return json().get("id").asLong();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
