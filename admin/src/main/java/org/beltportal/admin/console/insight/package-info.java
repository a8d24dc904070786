/**
 * A belt's insight in the console: its figures over a date range, each as an accessible table, and the same as
 * CSV, read through core's {@code InsightSummaries} as the JSON API reads them (docs/insight.md).
 */
package org.beltportal.admin.console.insight;
