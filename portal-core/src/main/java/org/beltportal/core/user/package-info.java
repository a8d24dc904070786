/**
 * Admin users, their per-tenant role grants and API tokens. Authentication and the HTTP side live in the
 * admin module; this package stores and checks.
 */
package org.beltportal.core.user;
