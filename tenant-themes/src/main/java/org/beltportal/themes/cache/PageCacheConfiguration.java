package org.beltportal.themes.cache;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

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
        return new ContentGenerations(cache, clock, properties.settle(), properties.bulkInterval());
    }

    /**
     * Leaves public page views out of {@code http.server.requests}: on a cache hit that observation (a long
     * task timer and a timer looked up by tags per request) cost about a quarter of the server's CPU in the
     * pages benchmark. The page cache's own counters and render timer measure page views instead.
     */
    @Bean
    ObservationPredicate pageViewsUnobserved() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext server
                && server.getCarrier() instanceof HttpServletRequest request && PageRequests.isPublicPage(request));
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
