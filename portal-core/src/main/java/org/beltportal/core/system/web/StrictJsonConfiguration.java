package org.beltportal.core.system.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;

/**
 * Request bodies are read strictly, in every module: a field the request type does not have is refused
 * (400 naming it) instead of dropped, because a misspelt {@code "slogn"} silently ignored looks to the
 * client like a saved slogan; and a fraction where a whole number is due ({@code "moq": 2.5}) is refused
 * instead of cut to 2. Jackson 3 and Spring Boot both accept unknown fields by default (decision 0026).
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
