package org.beltportal.core.tenant.web;

import java.util.List;
import java.util.Set;

import org.beltportal.core.system.PortalProperties;
import org.beltportal.core.tenant.TenantDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
public class TenantWebConfiguration implements WebMvcConfigurer {

    /** Before Spring Security's chain (order -100), so suspended and unknown portals never reach it. */
    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    @Bean
    FilterRegistrationBean<TenantResolutionFilter> tenantResolutionFilter(
            TenantDirectory directory, PortalProperties properties, ObjectProvider<SuspendedPortalPage> suspendedPage) {
        SuspendedPortalPage page = suspendedPage.getIfAvailable();
        FilterRegistrationBean<TenantResolutionFilter> registration = new FilterRegistrationBean<>(new TenantResolutionFilter(
                directory, Set.copyOf(properties.platformHosts()), page == null ? null : page.path()));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new SiteArgumentResolver());
    }
}
