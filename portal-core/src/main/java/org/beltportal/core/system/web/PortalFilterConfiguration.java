package org.beltportal.core.system.web;

import java.util.Comparator;
import java.util.List;

import org.beltportal.core.system.web.PortalFilter.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the portal's own filters ({@link PortalFilter}) with the servlet container as two filters instead of
 * seven. Tomcat builds each request's chain by looking every registered filter up under one context-wide monitor;
 * in the festival-spike soak, with the core saturated, request threads queued on that monitor for seconds
 * (docs/benchmarks.md, sessions 11 and 13): each filter fewer is one acquisition fewer per request.
 * <ul>
 * <li>{@link Stage#BEFORE_SECURITY} at {@code HIGHEST_PRECEDENCE + 10}: after Spring Boot's character encoding and
 *     request observation, before Spring Session ({@code + 50}) and Spring Security ({@code -100}).</li>
 * <li>{@link Stage#AFTER_SECURITY} at {@code -95}: after the security chain, the last of the container's filters.</li>
 * </ul>
 * Both are registered for every dispatcher type, as Spring Boot registers a {@code OncePerRequestFilter}; each member
 * decides for itself, as before, whether an error, async or forward dispatch concerns it.
 */
@Configuration(proxyBeanMethods = false)
public class PortalFilterConfiguration {

    static final int BEFORE_SECURITY_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    static final int AFTER_SECURITY_ORDER = -95;
    private static final Logger log = LoggerFactory.getLogger(PortalFilterConfiguration.class);

    @Bean
    FilterRegistrationBean<FilterSequence> portalFiltersBeforeSecurity(ObjectProvider<PortalFilter> filters) {
        return sequence("portalFiltersBeforeSecurity", Stage.BEFORE_SECURITY, BEFORE_SECURITY_ORDER, filters);
    }

    @Bean
    FilterRegistrationBean<FilterSequence> portalFiltersAfterSecurity(ObjectProvider<PortalFilter> filters) {
        return sequence("portalFiltersAfterSecurity", Stage.AFTER_SECURITY, AFTER_SECURITY_ORDER, filters);
    }

    private static FilterRegistrationBean<FilterSequence> sequence(String name, Stage stage, int order,
                                                                   ObjectProvider<PortalFilter> filters) {
        List<PortalFilter> members = filters.stream().filter(filter -> filter.stage() == stage)
                .sorted(Comparator.comparingInt(PortalFilter::order)).toList();
        log.debug("{}: {}", name, members.stream().map(PortalFilter::name).toList());
        FilterRegistrationBean<FilterSequence> registration = new FilterRegistrationBean<>(
                new FilterSequence(members.stream().map(PortalFilter::filter).toList()));
        registration.setName(name);
        registration.setOrder(order);
        registration.setDispatcherTypes(java.util.EnumSet.allOf(jakarta.servlet.DispatcherType.class));
        return registration;
    }
}
