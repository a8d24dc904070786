package org.beltportal.admin.security;

import java.util.List;

import org.beltportal.core.region.Regions;
import org.beltportal.core.tenant.TenantService;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the {@link Grant}, {@link PlatformAdmin} and {@link RegionGrant} arguments for every controller, the JSON API's and the
 * console's. First among the argument resolvers, so that core's resolver of the Host's portal, which also
 * hands out a {@code Tenant}, never answers for a {@code @Grant Tenant}.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RightsWebConfiguration implements WebMvcConfigurer {

    private final TenantService tenants;
    private final Regions regions;

    public RightsWebConfiguration(TenantService tenants, Regions regions) {
        this.tenants = tenants;
        this.regions = regions;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new GrantArgumentResolver(tenants));
        resolvers.add(new PlatformAdminArgumentResolver());
        resolvers.add(new RegionGrantArgumentResolver(regions));
    }
}
