package org.beltportal.admin.security;

import org.beltportal.core.region.Region;
import org.beltportal.core.region.Regions;
import org.beltportal.core.system.ForbiddenException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Fills {@link RegionGrant} arguments with the node named by the request when the caller reaches it. */
class RegionGrantArgumentResolver implements HandlerMethodArgumentResolver {

    private final Regions regions;

    RegionGrantArgumentResolver(Regions regions) {
        this.regions = regions;
    }

    /** Every {@code @RegionGrant} parameter, whatever its type: one of a wrong type must fail, not go unchecked. */
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(RegionGrant.class);
    }

    @Override
    public Region resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        if (parameter.getParameterType() != Region.class) {
            throw new IllegalStateException("@RegionGrant goes on a Region parameter, not on " + parameter);
        }
        PortalUser user = Callers.current();
        Region region = regions.require(PathVariables.require(webRequest, "code"));
        if (!reaches(user, region)) {
            throw new ForbiddenException(user.username() + " may not see region " + region.code());
        }
        return region;
    }

    /** Platform admins reach every node; a regional admin its own nodes and everything beneath them. */
    private boolean reaches(PortalUser user, Region region) {
        return user.isPlatformAdmin() || user.regionCodes().stream()
                .flatMap(code -> regions.find(code).stream())
                .anyMatch(region::isWithin);
    }
}
