/**
 * How MyBatis is set up for every mapper: its settings and mapper scan, the tenant guard, and the type
 * handlers that give domain values their column formats (mapper XML names the explicit ones). No Java
 * code outside {@code system} uses this package (ArchitectureTest); features reach it only through the
 * annotations {@link org.beltportal.core.system.TenantScoped} and {@link org.beltportal.core.system.AcrossTenants}.
 */
package org.beltportal.core.system.internal;
