package org.beltportal.themes.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.web.Site;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands portal controllers the {@link Visit} of the request, built from the site core's filter resolved. */
class VisitArgumentResolver implements HandlerMethodArgumentResolver {

    private final PortalViews views;

    VisitArgumentResolver(PortalViews views) {
        this.views = views;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Visit.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
        if (!(request.getAttribute(Site.ATTRIBUTE) instanceof Site site)) {
            throw new NotFoundException("no portal here");
        }
        return views.visit(site, request, response);
    }
}
