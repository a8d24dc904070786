/**
 * Insight in the admin JSON API: {@code GET /admin/api/v1/tenants/{slug}/insight/summary?from=&to=}, read
 * through core's {@code InsightSummaries} (docs/insight.md).
 */
package org.beltportal.admin.insight;
