package org.beltportal.themes.cache;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.system.web.PortalFilter;
import org.beltportal.core.system.web.PortalFilterConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Wires the page cache. Its filter runs after core's tenant resolution (which sets the {@code Site} and
 * strips a {@code /t/{slug}} prefix) and after Spring Security's chain, so a cached page gets
 * the same security headers as a rendered one.
 */
@Configuration(proxyBeanMethods = false)
@Import(PortalFilterConfiguration.class)
@EnableConfigurationProperties(PageCacheProperties.class)
public class PageCacheConfiguration {

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
    PortalFilter pageCacheFilter(PageCache cache, ContentGenerations generations,
                                                            PageCacheProperties properties, MeterRegistry registry,
                                                            Clock clock) {
        PageCacheMetrics metrics = new PageCacheMetrics(registry, cache);
        return new PortalFilter("page cache", new PageCacheFilter(cache, generations, metrics, properties, clock),
                PortalFilter.Stage.AFTER_SECURITY, 10);
    }
}
