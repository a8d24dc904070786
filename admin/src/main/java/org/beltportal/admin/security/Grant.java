package org.beltportal.admin.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what an admin handler needs on the belt it acts on: {@code @Grant(Permission.CATALOG) Tenant tenant}.
 * {@link GrantArgumentResolver} fills the argument with the belt named by the {@code {slug}} path variable, or
 * refuses the request (404 for an unknown belt, 403 without the permission) before the handler runs. A right
 * written into the signature cannot be forgotten in the body, and an architecture test checks that every
 * handler under a {@code {slug}} path declares one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Grant {

    Permission value();

    /**
     * The request parameter naming the belt, for an endpoint that names it outside its path (the audit trail's
     * {@code ?tenant=}); empty for the {@code {slug}} path variable.
     */
    String slugParameter() default "";
}
