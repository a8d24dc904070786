package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of a console screen's end-to-end tests: twin belts with the same data, users with grants on one of them,
 * and every page seen checked by the W3C Nu checker (the errors of a whole class are reported at its end).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsoleScreenTest extends PortalServerTest {

    static final String PASSWORD = "a-long-password";
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String SCRIPT_SHOWN = "&lt;script&gt;alert(";

    private final HtmlChecker checker = new HtmlChecker();
    private final List<String> invalid = new ArrayList<>();
    TwinBelts twins;

    @BeforeEach
    void twins() {
        if (twins == null) {
            twins = new TwinBelts(admin());
        }
    }

    @AfterAll
    void everyPageSeenWasValidHtml() {
        assertThat(invalid).as("W3C Nu errors on console pages").isEmpty();
    }

    /** The page's body after checking it is an HTML page (of any status) valid for the W3C Nu checker. */
    String valid(String path, Api.Response page) {
        assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
        checker.errors(page.body()).forEach(error -> invalid.add(path + " " + error));
        return page.body();
    }

    /** GETs {@code path} in {@code session} and checks it is a valid 200 page. */
    String page(ConsoleSession session, String path) {
        Api.Response page = session.get(path);
        assertThat(page.status()).as(path + " " + page).isEqualTo(200);
        return valid(path, page);
    }

    String newUser(String belt, String role) {
        String username = "screen-" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, String>> grants = belt == null ? List.of() : List.of(Map.of("tenant", belt, "role", role));
        Api.Response created = admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD, "grants", grants));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    ConsoleSession signedIn(String belt, String role) {
        return ConsoleSession.login(port, newUser(belt, role), PASSWORD);
    }

    /** A new person holding {@code role} on belt A only, signed in through the login form. */
    ConsoleSession personOfA(String role) {
        return signedIn(twins.a, role);
    }

    ConsoleSession operatorOfA() {
        return personOfA("region_operator");
    }

    ConsoleSession adminConsole() {
        return ConsoleSession.login(port, ADMIN, ADMIN_PASSWORD);
    }

    /** Asserts a 303 to {@code path} and follows it in the same session, checking the page it lands on. */
    String seeOther(ConsoleSession session, Api.Response answer, String path) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith(path);
        return page(session, path);
    }

    /** The 303 of a form that worked, and the path it leads to. */
    static String seeOther(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(303);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    /** A post without a CSRF token and one with another session's token are both refused with 403. */
    void refusedWithoutOwnCsrfToken(ConsoleSession session, String path, Map<String, String> fields) {
        ConsoleSession stranger = signedIn(null, null);
        assertThat(session.postForm(path, fields, null).status()).as("no token: " + path).isEqualTo(403);
        assertThat(session.postForm(path, fields, stranger.csrfToken()).status()).as("foreign token: " + path).isEqualTo(403);
    }
}
