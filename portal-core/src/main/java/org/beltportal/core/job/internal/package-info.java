/**
 * Job persistence: the MyBatis mapper and its insert carrier. Only {@code job} uses it; other code goes
 * through {@link org.beltportal.core.job.JobService}.
 */
package org.beltportal.core.job.internal;
