package org.beltportal.themes.engine;

/**
 * A finished page: the one asked for, or the error page standing in for it because its render failed, or
 * because the site's renders were all busy.
 */
record RenderedPage(String html, Outcome outcome) {

    enum Outcome { RENDERED, FAILED, BUSY }

    boolean failed() {
        return outcome != Outcome.RENDERED;
    }
}
