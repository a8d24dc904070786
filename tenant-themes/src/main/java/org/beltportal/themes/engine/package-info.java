/**
 * The sandboxed theme engine: resolves every portal view through a FreeMarker configuration of its own
 * per tenant (lookup override, then the tenant's theme, then the base templates), with the sandbox
 * settings, a records-only object wrapper, and render limits (time on a virtual thread, output size).
 * A failed render answers with the built-in error page of that tenant only. See docs/themes.md and
 * docs/decisions/0006-own-view-resolver-per-tenant-configuration.md.
 */
package org.beltportal.themes.engine;
