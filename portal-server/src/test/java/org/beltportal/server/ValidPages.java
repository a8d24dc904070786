package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * Console pages through the W3C Nu checker: each page a test reads is checked, its errors kept for the class
 * to fail on at the end (so one test's bad page does not hide the rest of what it checks).
 */
final class ValidPages {

    private final HtmlChecker checker = new HtmlChecker();
    private final List<String> invalid = new ArrayList<>();

    /** The page's body after checking that it is HTML and collecting its W3C errors. */
    String valid(String name, Api.Response page) {
        assertThat(page.headers().firstValue("Content-Type").orElse("")).as(name + " " + page).startsWith("text/html");
        checker.errors(page.body()).forEach(error -> invalid.add(name + " " + error));
        return page.body();
    }

    void assertAllValid() {
        assertThat(invalid).as("W3C Nu errors on console pages").isEmpty();
    }
}
