package org.beltportal.core.template;

import java.util.List;

/**
 * A draft that parses and keeps the rules but fails to render a page of its belt: publishing it is refused, the
 * draft is kept. Answered with 422 {@code template_render_failed}, the failing page checks as details.
 */
public class TemplateRenderFailedException extends RuntimeException {

    private final List<PageCheck> checks;

    public TemplateRenderFailedException(String path, List<PageCheck> checks) {
        super(describe(path, checks));
        this.checks = List.copyOf(checks);
    }

    private static String describe(String path, List<PageCheck> checks) {
        PageCheck first = checks.stream().filter(PageCheck::failed).findFirst().orElseThrow();
        return path + " was saved as a draft but not published: the " + first.page() + " page fails in "
                + first.template() + " at line " + first.line() + ": " + first.reason();
    }

    /** Every page type's result, the failing ones included. */
    public List<PageCheck> checks() {
        return checks;
    }

    public List<PageCheck> failures() {
        return checks.stream().filter(PageCheck::failed).toList();
    }
}
