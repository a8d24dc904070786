package org.beltportal.themes.assets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

@Configuration(proxyBeanMethods = false)
public class AssetConfiguration implements WebMvcConfigurer {

    private final AssetUrls assets;

    AssetConfiguration(ObjectProvider<ResourceUrlProvider> resources) {
        this.assets = new AssetUrls(resources);
    }

    @Bean
    FilterRegistrationBean<AssetCacheHeaders> assetCacheHeaders() {
        return new FilterRegistrationBean<>(new AssetCacheHeaders());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StylesheetLink(assets));
    }
}
