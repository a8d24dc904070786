/**
 * Who is calling and what they may do: bearer tokens and console sessions, login throttling, and
 * {@link org.beltportal.admin.security.TenantAccess}, the one place role grants are checked.
 */
package org.beltportal.admin.security;
