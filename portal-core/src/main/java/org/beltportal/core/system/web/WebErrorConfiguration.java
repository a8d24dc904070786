package org.beltportal.core.system.web;

import org.beltportal.core.system.PortalProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
public class WebErrorConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            PortalProperties properties, ApiErrorWriter errors) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(properties.maxRequestBody().toBytes(), errors));
        registration.addUrlPatterns("/api/*", "/admin/api/*", "/t/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** First of all, so that every request counts, whatever answers it. */
    @Bean
    FilterRegistrationBean<RequestsInFlight> requestsInFlightFilter(RequestsInFlight requests) {
        FilterRegistrationBean<RequestsInFlight> registration = new FilterRegistrationBean<>(requests);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    RequestsInFlight requestsInFlight() {
        return new RequestsInFlight();
    }

    /** After the body limit (a declared oversize body is refused unread), before anything reads a parameter. */
    @Bean
    FilterRegistrationBean<UnreadableParametersFilter> unreadableParametersFilter(ApiErrorWriter errors) {
        FilterRegistrationBean<UnreadableParametersFilter> registration =
                new FilterRegistrationBean<>(new UnreadableParametersFilter(errors));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }
}
