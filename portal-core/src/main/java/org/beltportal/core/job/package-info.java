/**
 * Jobs: long-running work (bulk import, index rebuild) that runs in the background and reports progress
 * and row errors in the database, so any node can answer {@code GET jobs/{id}}.
 */
package org.beltportal.core.job;
