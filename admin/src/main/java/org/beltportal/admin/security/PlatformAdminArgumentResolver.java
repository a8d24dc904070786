package org.beltportal.admin.security;

import org.beltportal.core.system.ForbiddenException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Fills {@link PlatformAdmin} arguments with the caller when they may, else refuses the request with 403. */
class PlatformAdminArgumentResolver implements HandlerMethodArgumentResolver {

    /** Every {@code @PlatformAdmin} parameter, whatever its type: one of a wrong type must fail, not go unchecked. */
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(PlatformAdmin.class);
    }

    @Override
    public PortalUser resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                      NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        if (parameter.getParameterType() != PortalUser.class) {
            throw new IllegalStateException("@PlatformAdmin goes on a PortalUser parameter, not on " + parameter);
        }
        PortalUser user = Callers.current();
        if (user.isPlatformAdmin()) {
            return user;
        }
        String self = parameter.getParameterAnnotation(PlatformAdmin.class).orSelf();
        if (self.isEmpty()) {
            throw new ForbiddenException("only platform admins may do this");
        }
        if (!user.username().equals(PathVariables.require(webRequest, self))) {
            throw new ForbiddenException("only platform admins may do this to another user");
        }
        return user;
    }
}
