/**
 * What every portal page shares: the {@link org.beltportal.themes.site.SiteView} chrome (names,
 * branding colours, footer, and the base path every link starts with), the
 * {@link org.beltportal.themes.site.PortalController} stereotype, and the error page for portal
 * controllers.
 */
package org.beltportal.themes.site;
