/**
 * Shared plumbing: persistence guards and type handlers, the error types every module throws, paging,
 * and the clock. Nothing here knows about a particular feature.
 */
package org.beltportal.core.system;
