package org.beltportal.core.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a MyBatis mapper whose statements touch tenant-owned rows.
 * {@link org.beltportal.core.system.internal.TenantGuardInterceptor} refuses any statement of such a
 * mapper that does not bind a {@code tenantId} and filter on {@code tenant_id}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TenantScoped {
}
