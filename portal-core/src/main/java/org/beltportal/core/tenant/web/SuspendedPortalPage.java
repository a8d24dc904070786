package org.beltportal.core.tenant.web;

/**
 * A port for the module that renders portal pages: where a suspended portal's notice is drawn in the
 * portal's own look. When a bean of this type exists, {@link TenantResolutionFilter} answers a suspended
 * portal with status 503 and forwards to {@link #path()}, the request carrying the portal's
 * {@link Site.TenantSite} under {@link #ATTRIBUTE} (and no {@link Site#ATTRIBUTE}, so no other page runs);
 * without one it writes a plain-text notice.
 */
public interface SuspendedPortalPage {

    String ATTRIBUTE = SuspendedPortalPage.class.getName() + ".site";

    /** An application path the forward reaches, e.g. {@code /portal-suspended}. */
    String path();
}
