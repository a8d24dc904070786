/**
 * Inquiry persistence: the MyBatis mapper and its insert carrier. Only {@code inquiry} uses it; other
 * code goes through {@link org.beltportal.core.inquiry.InquiryService}.
 */
package org.beltportal.core.inquiry.internal;
