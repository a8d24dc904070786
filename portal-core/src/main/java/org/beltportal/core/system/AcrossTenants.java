package org.beltportal.core.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts one method of a {@link TenantScoped} mapper from the tenant guard. Use only where reaching all
 * tenants is the point (host resolution, index rebuild, the national scope) and say why at the use site.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AcrossTenants {
}
