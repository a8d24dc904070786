package org.beltportal.core.tenant.web;

import java.util.List;
import java.util.Set;

import org.beltportal.core.system.PortalProperties;
import org.beltportal.core.system.web.PortalFilter;
import org.beltportal.core.system.web.PortalFilterConfiguration;
import org.beltportal.core.tenant.TenantDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@Import(PortalFilterConfiguration.class)
@EnableConfigurationProperties(PortalProperties.class)
public class TenantWebConfiguration implements WebMvcConfigurer {

    /** Before Spring Security's chain, so suspended and unknown portals never reach it; after the body limits. */
    @Bean
    PortalFilter tenantResolutionFilter(
            TenantDirectory directory, PortalProperties properties, ObjectProvider<SuspendedPortalPage> suspendedPage) {
        SuspendedPortalPage page = suspendedPage.getIfAvailable();
        return new PortalFilter("tenant resolution", new TenantResolutionFilter(
                directory, Set.copyOf(properties.platformHosts()), page == null ? null : page.path()),
                PortalFilter.Stage.BEFORE_SECURITY, 20);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new SiteArgumentResolver());
    }
}
