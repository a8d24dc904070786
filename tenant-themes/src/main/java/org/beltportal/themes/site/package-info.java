/**
 * What every portal page shares: the {@link org.beltportal.themes.site.Visit} of a request (language,
 * messages, the {@link org.beltportal.themes.site.SiteView} chrome and the page's absolute URLs, built by
 * {@link org.beltportal.themes.site.PortalViews}), the {@link org.beltportal.themes.site.Seo} data and
 * escaped {@link org.beltportal.themes.site.JsonLd}, the {@link org.beltportal.themes.site.PortalController}
 * stereotype, and the 404 and suspended (503) pages in the portal's own look.
 */
package org.beltportal.themes.site;
