/**
 * The operator console: server-rendered pages for people, beside the JSON API for programs (decision 0029).
 * Templates are our own code, so they run in a trusted FreeMarker configuration of their own
 * ({@link org.beltportal.admin.console.ConsoleTemplates}), never the tenant sandbox; handlers return a
 * {@link org.beltportal.admin.console.ConsolePage} (a {@code View} instance), so no view resolver of the
 * public site ever sees a console view name. One sub-package per screen; rights come from the same
 * {@code @Grant} declarations and services as the API.
 */
package org.beltportal.admin.console;
