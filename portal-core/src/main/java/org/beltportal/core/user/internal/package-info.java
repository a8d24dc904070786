/**
 * User persistence: the MyBatis mapper of users, grants and API tokens. Only {@code user} uses it; other
 * code goes through {@link org.beltportal.core.user.UserService}.
 */
package org.beltportal.core.user.internal;
