package org.beltportal.themes.engine;

/** A finished page; {@code failed} when it is the error page standing in for the page that was asked for. */
record RenderedPage(String html, boolean failed) {
}
