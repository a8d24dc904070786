/**
 * Who is calling and what they may do: bearer tokens and console sessions, login throttling, and the rights
 * handlers declare ({@link org.beltportal.admin.security.Grant} on a belt,
 * {@link org.beltportal.admin.security.PlatformAdmin}), checked before a handler runs by the one pair of
 * resolvers that read role grants.
 */
package org.beltportal.admin.security;
