package org.beltportal.core.tenant.web;

import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands the resolved {@link Site}, or its {@link Tenant}, to controller methods that declare one. A
 * method that wants a Tenant on the platform host gets 404: there is no portal there.
 */
public class SiteArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == Site.class || type == Site.TenantSite.class || type == Tenant.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Object site = webRequest.getAttribute(Site.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        Class<?> type = parameter.getParameterType();
        if (type == Site.class && site != null) {
            return site;
        }
        if (site instanceof Site.TenantSite tenantSite) {
            return type == Tenant.class ? tenantSite.tenant() : tenantSite;
        }
        throw new NotFoundException("no portal here");
    }
}
