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
 * Base of the tests of one console screen over real HTTP: twin belts with the same data, people with a role on
 * belt A, and every page seen checked with the W3C Nu checker (the errors are reported once, for the class).
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

    /** The page's body after checking it with the W3C Nu checker. */
    String valid(String what, Api.Response page) {
        assertThat(page.headers().firstValue("Content-Type").orElse("")).as(what + ": " + page).startsWith("text/html");
        checker.errors(page.body()).forEach(error -> invalid.add(what + " " + error));
        return page.body();
    }

    /** A new person holding {@code role} on belt A only, signed in through the login form. */
    ConsoleSession personOfA(String role) {
        String username = "screen-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("tenant", twins.a, "role", role))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ConsoleSession.login(port, username, PASSWORD);
    }

    ConsoleSession operatorOfA() {
        return personOfA("region_operator");
    }

    /** The 303 of a form that worked, and the page it leads to. */
    static String seeOther(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(303);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }
}
