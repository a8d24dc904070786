package org.beltportal.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's console session for end-to-end tests: the session cookie and CSRF token a person gets by
 * logging in through the form, sent the way a browser (or a cross-site forgery riding it) would.
 */
final class ConsoleSession {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final int port;
    private String cookie;
    private String csrf;

    private ConsoleSession(int port) {
        this.port = port;
    }

    /** Logs in through the form; fails the test unless the form login lands on the console. */
    static ConsoleSession login(int port, String username, String password) {
        ConsoleSession session = new ConsoleSession(port);
        Api.Response answer = session.submitLogin(username, password);
        if (answer.status() != 302 || !answer.headers().firstValue("Location").orElse("").endsWith("/admin/")) {
            throw new IllegalStateException("form login of " + username + " failed: " + answer);
        }
        session.refreshCsrf();
        return session;
    }

    /** A fresh browser that has opened the login page (so it has a session and a CSRF token), not signed in. */
    static ConsoleSession anonymous(int port) {
        ConsoleSession session = new ConsoleSession(port);
        session.refreshCsrf();
        return session;
    }

    /** A form login attempt from a fresh browser, whatever its outcome. */
    static Api.Response attemptLogin(int port, String username, String password) {
        return new ConsoleSession(port).submitLogin(username, password);
    }

    private Api.Response submitLogin(String username, String password) {
        refreshCsrf();
        return postForm("/admin/login", Map.of("username", username, "password", password));
    }

    /** Reads the current CSRF token from a console page (the token changes at login). */
    void refreshCsrf() {
        Api.Response page = send(request("/admin/login").GET());
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the login page: " + page);
        }
        csrf = matcher.group(1);
    }

    String csrfToken() {
        return csrf;
    }

    /** The session cookie's value as the browser holds it. */
    String cookie() {
        return cookie;
    }

    /** The same browser (cookie and CSRF token) talking to another node behind the balancer. */
    ConsoleSession on(int otherPort) {
        ConsoleSession elsewhere = new ConsoleSession(otherPort);
        elsewhere.cookie = cookie;
        elsewhere.csrf = csrf;
        return elsewhere;
    }

    Api.Response get(String path) {
        return send(request(path).GET());
    }

    /** A JSON call with the session cookie and, when {@code csrfToken} is not null, the X-CSRF-TOKEN header. */
    Api.Response json(String method, String path, Object body, String csrfToken, String authorization) {
        HttpRequest.Builder request = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** A form post with the session's CSRF token, as the console's own pages send it. */
    Api.Response postForm(String path, Map<String, String> fields) {
        return postForm(path, fields, csrf);
    }

    /** A form post with the given CSRF token (another session's, say), or none when it is null. */
    Api.Response postForm(String path, Map<String, String> fields, String csrfToken) {
        return postFields(path, List.copyOf(fields.entrySet()), csrfToken);
    }

    /** A form post with repeated fields (rows of a form, ticked boxes) in the order given. */
    Api.Response postFields(String path, List<Map.Entry<String, String>> fields, String csrfToken) {
        String form = fields.stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&")) + (csrfToken == null ? "" : "&_csrf=" + encode(csrfToken));
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    /**
     * A form post with one file, as a browser sends an upload form ({@code multipart/form-data}), with the
     * given CSRF token as its hidden field, or none when it is null.
     */
    Api.Response postFile(String path, Map<String, String> fields, String fileField, String filename, byte[] content,
                          String csrfToken) {
        String boundary = "----BeltPortalConsole" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 1000);
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            all.put("_csrf", csrfToken);
        }
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (cookie != null) {
            request.header("Cookie", "JSESSIONID=" + cookie);
        }
        return request;
    }

    private Api.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").forEach(header -> {
                Matcher matcher = SESSION.matcher(header);
                if (matcher.find()) {
                    cookie = matcher.group(1);
                }
            });
            return new Api.Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
