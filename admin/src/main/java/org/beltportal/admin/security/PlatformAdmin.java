package org.beltportal.admin.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a handler for platform admins only: {@code @PlatformAdmin PortalUser caller} is the caller when
 * they are one, else the request is refused with 403 before the handler runs ({@link PlatformAdminArgumentResolver}).
 * The platform's own resources (tenants as a whole, users, the search index) have no belt to hold a
 * {@link Grant} on.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface PlatformAdmin {

    /**
     * A path variable naming a user who may do this too, to their own account (revoking their own tokens);
     * empty when only platform admins may.
     */
    String orSelf() default "";
}
