package org.beltportal.themes.site;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the {@link Visit} argument of portal controllers. */
@Configuration(proxyBeanMethods = false)
class SiteWebConfiguration implements WebMvcConfigurer {

    private final PortalViews views;

    SiteWebConfiguration(PortalViews views) {
        this.views = views;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new VisitArgumentResolver(views));
    }
}
