package org.beltportal.themes.engine;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;

/**
 * Where and why a render failed, for people: the template and 1-based line and column FreeMarker blames (the
 * page's own template and 0 when it cannot tell, e.g. at a time limit), and a reason of a line or two.
 */
record RenderFailure(String template, int line, int column, String reason) {

    private static final int MAX_REASON = 400;

    static RenderFailure of(Throwable failure, String pageTemplate, String reason) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateException e && e.getTemplateSourceName() != null && e.getLineNumber() != null) {
                return new RenderFailure(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber(), reason);
            }
            if (cause instanceof ParseException e && e.getTemplateName() != null) {
                return new RenderFailure(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), reason);
            }
        }
        return new RenderFailure(pageTemplate, 0, 0, reason);
    }

    /**
     * FreeMarker's own message up to its tips ("----"), on one line: "The following has evaluated to null or
     * missing: ==> site.nosuch [in template "partials/hero.ftlh" at line 1, column 3]".
     */
    static String message(TemplateException e) {
        StringBuilder text = new StringBuilder();
        for (String line : e.getMessageWithoutStackTop().strip().split("\\R")) {
            if (line.startsWith("----")) {
                break;
            }
            if (!line.isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "…" : text.toString();
    }
}
