package org.beltportal.themes.assets;

import org.beltportal.core.system.web.PortalFilter;
import org.beltportal.core.system.web.PortalFilterConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

@Configuration(proxyBeanMethods = false)
@Import(PortalFilterConfiguration.class)
public class AssetConfiguration implements WebMvcConfigurer {

    private final AssetUrls assets;

    AssetConfiguration(ObjectProvider<ResourceUrlProvider> resources) {
        this.assets = new AssetUrls(resources);
    }

    @Bean
    PortalFilter assetCacheHeaders() {
        return new PortalFilter("asset cache headers", new AssetCacheHeaders(), PortalFilter.Stage.AFTER_SECURITY, 20);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StylesheetLink(assets));
    }
}
