package org.beltportal.admin.console;

import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;

/**
 * A screen of a belt, as its link in the console's navigation. Each screen's package declares one as a bean;
 * the navigation lists those the caller may use, in {@code @Order}, so a link never points at a screen that
 * does not exist or that would refuse the caller.
 */
public interface ConsoleScreen {

    /** The message key of the link's text. */
    String labelKey();

    /** The screen's path for {@code belt}, without the context path. */
    String path(Tenant belt);

    /** The group of the navigation the link stands in. */
    ConsoleSection section();

    /** Whether {@code user} may open the screen on {@code belt}: the same rule as the screen's {@code @Grant}. */
    boolean shownTo(PortalUser user, Tenant belt);
}
