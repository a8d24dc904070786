package org.beltportal.themes.engine;

/**
 * A finished page: the one asked for; or the same page with the theme's own templates because the belt's
 * overrides failed it ({@code FELL_BACK}, answered 200: buyers never pay for an operator's template); or the error
 * page standing in for it because its render failed, or because the site's renders were all busy.
 */
record RenderedPage(String html, Outcome outcome) {

    enum Outcome { RENDERED, FELL_BACK, FAILED, BUSY }

    boolean failed() {
        return outcome != Outcome.RENDERED;
    }
}
