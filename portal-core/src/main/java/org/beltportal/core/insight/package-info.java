/**
 * What buyers do on a belt's portal, counted without slowing it (docs/insight.md, decision 0042): request paths
 * call {@link org.beltportal.core.insight.InsightRecorder}, which only increments counters in memory;
 * {@link org.beltportal.core.insight.InsightFlusher} adds them to hourly and daily rollup tables in batches;
 * {@link org.beltportal.core.insight.InsightSummaries} reads the rollups of a set of belts.
 */
package org.beltportal.core.insight;
