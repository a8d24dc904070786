/**
 * Shared plumbing: the annotations that mark tenant-scoped mappers, the error types every module throws,
 * paging, and the clock. MyBatis's settings, the tenant guard and the type handlers are in {@code internal}.
 */
package org.beltportal.core.system;
