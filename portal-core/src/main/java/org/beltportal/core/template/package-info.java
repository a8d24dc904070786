/**
 * Operators' template overrides: every save of a template path is a new version, a revert is a version
 * too, and the newest version of a path says whether the tenant's own source or its theme's is in force.
 * The theme engine lives in tenant-themes; core reaches it only through two ports,
 * {@link org.beltportal.core.template.TemplateCheck} (is this source safe to store?) and
 * {@link org.beltportal.core.template.ThemeCatalog} (which themes and templates are built in?).
 */
package org.beltportal.core.template;
