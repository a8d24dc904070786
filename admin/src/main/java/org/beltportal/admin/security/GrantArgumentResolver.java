package org.beltportal.admin.security;

import org.beltportal.core.system.BadRequestException;
import org.beltportal.core.system.ForbiddenException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Where admin requests are checked against the caller's grants on a belt: fills {@link Grant} arguments with the
 * belt named by the request when the caller holds the permission on it. Unknown belt 404, known belt without
 * the permission 403, both before the handler runs, so services only ever see a tenant the caller may act on.
 */
class GrantArgumentResolver implements HandlerMethodArgumentResolver {

    private final TenantService tenants;

    GrantArgumentResolver(TenantService tenants) {
        this.tenants = tenants;
    }

    /** Every {@code @Grant} parameter, whatever its type: one of a wrong type must fail, not go unchecked. */
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(Grant.class);
    }

    @Override
    public Tenant resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        if (parameter.getParameterType() != Tenant.class) {
            throw new IllegalStateException("@Grant goes on a Tenant parameter, not on " + parameter);
        }
        Grant grant = parameter.getParameterAnnotation(Grant.class);
        String slug = slug(grant, webRequest);
        PortalUser user = Callers.current();
        Tenant tenant = tenants.requireBySlug(slug);
        Permission permission = grant.value();
        if (!user.hasAnyRole(tenant.id(), permission.roles())) {
            throw new ForbiddenException(user.username() + " may not " + permission.name().toLowerCase() + " on " + slug);
        }
        return tenant;
    }

    private static String slug(Grant grant, NativeWebRequest request) {
        if (grant.slugParameter().isEmpty()) {
            return PathVariables.require(request, "slug");
        }
        String slug = request.getParameter(grant.slugParameter());
        if (slug == null) {
            throw new BadRequestException("the " + grant.slugParameter() + " parameter is required");
        }
        return slug;
    }
}
