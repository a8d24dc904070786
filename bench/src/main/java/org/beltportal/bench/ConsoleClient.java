package org.beltportal.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operator console as a browser uses it: a session cookie from the login form (with its CSRF token), then
 * pages. Not the JSON API's bearer token: the console's pages are what is measured, sessions and all.
 */
final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"(_csrf)\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    ConsoleClient(String base) {
        if (!base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("the harness loads loopback only: " + base);
        }
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    record Page(int status, String body, long nanos) {
    }

    /** Signs in through the login form; fails unless the console sends the user on to its pages. */
    void login(String username, String password) throws IOException, InterruptedException {
        Page form = get("/admin/login");
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF field on the console's login page (" + form.status() + ")");
        }
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&" + csrf.group(1) + "=" + encode(csrf.group(2));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/admin/login"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() / 100 != 3 || location.contains("error")) {
            throw new IllegalStateException("console login refused: " + answer.statusCode() + " " + location);
        }
    }

    Page get(String path) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "zh-CN").GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Page(answer.statusCode(), answer.body(), System.nanoTime() - started);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
