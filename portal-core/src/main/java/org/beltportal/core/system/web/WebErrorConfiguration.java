package org.beltportal.core.system.web;

import org.beltportal.core.system.PortalProperties;
import org.beltportal.core.system.web.PortalFilter.Stage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import(PortalFilterConfiguration.class)
@EnableConfigurationProperties(PortalProperties.class)
public class WebErrorConfiguration {

    @Bean
    PortalFilter requestBodyLimitFilter(PortalProperties properties, ApiErrorWriter errors) {
        return new PortalFilter("request body limit",
                new RequestBodyLimitFilter(properties.maxRequestBody().toBytes(), errors), Stage.BEFORE_SECURITY, 10);
    }

    /** First of all, so that every request counts, whatever answers it. */
    @Bean
    PortalFilter requestsInFlightFilter(RequestsInFlight requests) {
        return new PortalFilter("requests in flight", requests.filter(), Stage.BEFORE_SECURITY, 0);
    }

    @Bean
    RequestsInFlight requestsInFlight() {
        return new RequestsInFlight();
    }

    /** After the body limit (a declared oversize body is refused unread), before anything reads a parameter. */
    @Bean
    PortalFilter unreadableParametersFilter(ApiErrorWriter errors) {
        return new PortalFilter("unreadable parameters", new UnreadableParametersFilter(errors),
                Stage.BEFORE_SECURITY, 15);
    }
}
