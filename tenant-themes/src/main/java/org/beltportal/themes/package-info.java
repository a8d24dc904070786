/**
 * The public portal of each belt: controllers that read portal-core's services and hand FreeMarker
 * templates plain view records, and the built-in templates and assets under {@code templates/} and
 * {@code static/assets/}.
 *
 * <p>One rule runs through every package: templates receive records built for the page (their
 * accessors are called as methods, {@code page.title()}), with every value already formatted as text and
 * never null, so that a template (which operators will one day edit) needs no logic beyond layout.
 * Every page gets {@code site} (the chrome: names, branding, base path, language), {@code page} (its own
 * data), {@code msg} (the texts of the visitor's language) and {@code seo} (canonical, Open Graph, JSON-LD).
 */
package org.beltportal.themes;
