/**
 * Page persistence: the MyBatis mapper and its write carrier. Only {@code page} uses it; other code goes
 * through {@link org.beltportal.core.page.PageService}.
 */
package org.beltportal.core.page.internal;
