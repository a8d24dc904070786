package org.beltportal.themes.insight;

import org.beltportal.core.system.PortalProperties;
import org.beltportal.core.insight.InsightRecorder;
import org.beltportal.core.system.web.TrustedProxies;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link PageViewFilter} after Spring Security's chain (order -100) and before the page cache (-90),
 * so it sees every answer the cache gives as well as every render.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
public class PageViewConfiguration {

    static final int FILTER_ORDER = -95;

    @Bean
    FilterRegistrationBean<PageViewFilter> pageViewFilter(InsightRecorder recorder, PortalProperties properties) {
        FilterRegistrationBean<PageViewFilter> registration = new FilterRegistrationBean<>(
                new PageViewFilter(recorder, TrustedProxies.of(properties.trustedProxies())));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }
}
