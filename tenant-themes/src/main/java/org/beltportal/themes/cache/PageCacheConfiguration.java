package org.beltportal.themes.cache;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the page cache. Its filter runs after core's tenant resolution (which sets the {@code Site} and
 * strips a {@code /t/{slug}} prefix) and after Spring Security's chain (order -100), so a cached page gets
 * the same security headers as a rendered one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
public class PageCacheConfiguration {

    static final int FILTER_ORDER = -90;

    @Bean
    PageCache pageCache(PageCacheProperties properties, Clock clock) {
        return new PageCache(properties, clock);
    }

    @Bean
    ContentGenerations contentGenerations(PageCache cache, PageCacheProperties properties, Clock clock) {
        return new ContentGenerations(cache, clock, properties.settle());
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, ContentGenerations generations,
                                                            PageCacheProperties properties, MeterRegistry registry,
                                                            Clock clock) {
        PageCacheMetrics metrics = new PageCacheMetrics(registry, cache);
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
                new PageCacheFilter(cache, generations, metrics, properties, clock));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }
}
