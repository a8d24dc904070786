package org.beltportal.core.system.internal;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MyBatis as every mapper expects it: snake_case columns to camelCase names, our type handlers, and the
 * tenant guard. Mapper XML sits beside each interface and is found by MyBatis from the interface name.
 */
@Configuration(proxyBeanMethods = false)
@MapperScan(basePackages = "org.beltportal", annotationClass = Mapper.class)
public class MyBatisSettings {

    @Bean
    ConfigurationCustomizer portalMyBatisConfiguration() {
        return configuration -> {
            configuration.setMapUnderscoreToCamelCase(true);
            configuration.setArgNameBasedConstructorAutoMapping(true);
            configuration.getTypeHandlerRegistry().register(TenantIdTypeHandler.class);
            configuration.getTypeHandlerRegistry().register(UtcInstantTypeHandler.class);
            configuration.getTypeHandlerRegistry().register(CreditRatingTypeHandler.class);
        };
    }

    /** MyBatis's auto-configuration adds every Interceptor bean to the session factory. */
    @Bean
    TenantGuardInterceptor tenantGuardInterceptor() {
        return new TenantGuardInterceptor();
    }
}
