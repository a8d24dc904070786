package org.beltportal.core.template;

import java.io.Serializable;

/**
 * How one page type of a belt rendered with a draft in place: {@code url} is the page tried (below the belt's
 * base); a failure names the template and 1-based line and column where FreeMarker stopped (0 when it could not
 * tell, e.g. a time limit). {@code NO_DATA}: the belt has nothing of that kind to show yet, so nothing was tried.
 * Serializable: the console carries the results of a publish through the session's flash map.
 */
public record PageCheck(String page, String url, Outcome outcome, String template, int line, int column, String reason)
        implements Serializable {

    public enum Outcome { RENDERED, FAILED, NO_DATA }

    public static PageCheck rendered(String page, String url) {
        return new PageCheck(page, url, Outcome.RENDERED, null, 0, 0, null);
    }

    public static PageCheck noData(String page) {
        return new PageCheck(page, null, Outcome.NO_DATA, null, 0, 0, null);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
