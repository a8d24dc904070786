package org.beltportal.admin.security;

import java.util.List;

import org.beltportal.core.tenant.TenantService;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the {@link Grant} and {@link PlatformAdmin} arguments for every controller, the JSON API's and the
 * console's. First among the argument resolvers, so that core's resolver of the Host's portal, which also
 * hands out a {@code Tenant}, never answers for a {@code @Grant Tenant}.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RightsWebConfiguration implements WebMvcConfigurer {

    private final TenantService tenants;

    public RightsWebConfiguration(TenantService tenants) {
        this.tenants = tenants;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new GrantArgumentResolver(tenants));
        resolvers.add(new PlatformAdminArgumentResolver());
    }
}
