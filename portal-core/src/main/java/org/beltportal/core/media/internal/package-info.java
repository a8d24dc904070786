/**
 * Media persistence: the MyBatis mapper and its write carrier. Only {@code media} uses it; other code goes
 * through {@link org.beltportal.core.media.MediaService}.
 */
package org.beltportal.core.media.internal;
