package org.beltportal.admin.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a handler on a region node: {@code @RegionGrant Region region} is the node named by the {@code {code}}
 * path variable when the caller is a platform admin or holds regional_admin on that node or one above it; else the
 * request is refused before the handler runs (404 for an unknown code, 403 otherwise; {@link RegionGrantArgumentResolver}).
 * The region counterpart of {@link Grant} (decision 0040).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface RegionGrant {
}
