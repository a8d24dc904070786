package org.beltportal.themes;

import org.beltportal.core.system.web.ClientAddressConfiguration;
import org.beltportal.core.tenant.web.TenantWebConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The configuration tenant-themes' tests start: this module's beans, plus core's tenant resolution (the
 * filter and the Site argument resolver) so that pages are reached by Host header or /t/{slug} prefix
 * exactly as in the running portal, and core's client address parameter. Tests mock the TenantDirectory
 * the filter reads.
 */
@SpringBootApplication
@Import({TenantWebConfiguration.class, ClientAddressConfiguration.class})
public class ThemesTestApplication {
}
