package org.beltportal.themes.insight;

import org.beltportal.core.system.PortalProperties;
import org.beltportal.core.insight.InsightRecorder;
import org.beltportal.core.system.web.PortalFilter;
import org.beltportal.core.system.web.PortalFilterConfiguration;
import org.beltportal.core.system.web.TrustedProxies;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Runs {@link PageViewFilter} after Spring Security's chain and before the page cache,
 * so it sees every answer the cache gives as well as every render.
 */
@Configuration(proxyBeanMethods = false)
@Import(PortalFilterConfiguration.class)
@EnableConfigurationProperties(PortalProperties.class)
public class PageViewConfiguration {

    @Bean
    PortalFilter pageViewFilter(InsightRecorder recorder, PortalProperties properties) {
        return new PortalFilter("page views", new PageViewFilter(recorder, TrustedProxies.of(properties.trustedProxies())),
                PortalFilter.Stage.AFTER_SECURITY, 0);
    }
}
