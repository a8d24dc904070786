package org.beltportal.core.tenant.web;

import org.beltportal.core.tenant.Tenant;

/** Which site a public request is for: one tenant's portal, or the platform's own front page. */
public sealed interface Site {

    String ATTRIBUTE = Site.class.getName();

    /**
     * A tenant's portal. {@code basePath} is "" on the tenant's own host and "/t/{slug}" when reached by
     * path prefix; links in pages start with it.
     */
    record TenantSite(Tenant tenant, String basePath) implements Site {
    }

    /** The platform host (localhost in development): lists the belts, holds no tenant data of its own. */
    record PlatformSite() implements Site {
    }
}
