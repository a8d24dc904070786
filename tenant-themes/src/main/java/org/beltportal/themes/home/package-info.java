/**
 * {@code GET /}: a belt's home page (categories, the newest products, the latest news) on a tenant's
 * site, and the list of belts on the platform's own host.
 */
package org.beltportal.themes.home;
