/**
 * The sandboxed theme engine: resolves every portal view through a FreeMarker configuration of its own
 * per tenant (lookup override, then the tenant's theme, then the base templates), with the sandbox
 * settings, a records-only object wrapper, template rules read from the parse tree, and render limits
 * (per-belt slots of platform threads, time, allocation and output size). A failed render answers with
 * the built-in error page of that tenant only. See docs/themes.md,
 * docs/decisions/0007-own-view-resolver-per-tenant-configuration.md and
 * docs/decisions/0015-renders-isolated-per-belt.md.
 */
package org.beltportal.themes.engine;
