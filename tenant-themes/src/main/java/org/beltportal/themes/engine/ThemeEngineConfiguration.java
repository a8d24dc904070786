package org.beltportal.themes.engine;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ViewResolver;

/**
 * Wires the engine: its properties, its components and the view resolver. Public and scanning its own
 * package so that a web slice test ({@code @WebMvcTest}, which skips plain components) can import the
 * whole engine in one line.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ThemeProperties.class)
@ComponentScan(basePackageClasses = ThemeEngineConfiguration.class)
public class ThemeEngineConfiguration {

    /**
     * Named {@code viewResolver} on purpose: Boot then does not add its ContentNegotiatingViewResolver,
     * which would otherwise sit in front of this one at the same highest precedence.
     */
    @Bean(name = "viewResolver")
    ViewResolver viewResolver(TemplateRenderer renderer) {
        return new PortalViewResolver(renderer);
    }
}
