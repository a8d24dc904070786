package org.beltportal.core.system.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.system.PortalProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Hands controllers a {@link ClientAddress} parameter, trusting the proxies in {@code portal.trusted-proxies}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
public class ClientAddressConfiguration implements WebMvcConfigurer {

    private final TrustedProxies proxies;

    public ClientAddressConfiguration(PortalProperties properties) {
        this.proxies = TrustedProxies.of(properties.trustedProxies());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == ClientAddress.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                          NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
                return proxies.clientOf(webRequest.getNativeRequest(HttpServletRequest.class));
            }
        });
    }
}
