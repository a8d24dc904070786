/**
 * The HTTP error contract shared by every module: {@code {"error", "message", "details"}} with the right
 * status, for exceptions from controllers, from filters, and for requests no controller matched.
 */
package org.beltportal.core.system.web;
