package org.beltportal.core.system.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
public class WebErrorConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            @Value("${portal.max-request-body:1MB}") DataSize limit, ApiErrorWriter errors) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limit.toBytes(), errors));
        registration.addUrlPatterns("/api/*", "/admin/api/*", "/t/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
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
