package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal's own filters reach Tomcat as two filters (the festival-spike soak: every registered filter is one more
 * acquisition of Tomcat's context-wide monitor per request). What each filter does is tested where it matters:
 * tenant resolution in TenantIsolationTest, the cache and asset headers in PageCacheTest, body limits in
 * RequestBodyErrorsTest.
 */
class ServletFiltersTest extends PortalServerTest {

    @Autowired
    ServletContext servletContext;

    @Test
    void theContainerSeesTwoSequencesAndNoneOfThePortalsFiltersAlone() {
        Map<String, ? extends FilterRegistration> registered = servletContext.getFilterRegistrations();

        assertThat(registered).containsKeys("portalFiltersBeforeSecurity", "portalFiltersAfterSecurity");
        assertThat(registered.values()).map(FilterRegistration::getClassName)
                .noneMatch(name -> name.startsWith("org.beltportal.") && !name.endsWith(".FilterSequence"));
    }
}
