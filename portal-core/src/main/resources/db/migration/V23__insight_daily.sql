-- Daily insight rollup for the region and platform dashboards (docs/insight.md, decision 0048). A year of
-- insight_hourly for 1,000 belts is tens of millions of rows; ranking belts or drawing a year's trend from them
-- cannot answer within 200 ms. This table holds one row per belt and China Standard Time day with the six
-- figures the dashboards rank and chart, added to by the same flush that adds the hours.

CREATE TABLE insight_daily (
    tenant_id      BIGINT NOT NULL,
    local_day      DATE   NOT NULL,
    page_views     BIGINT NOT NULL,
    visitors       BIGINT NOT NULL,
    searches       BIGINT NOT NULL,
    zero_results   BIGINT NOT NULL,
    result_clicks  BIGINT NOT NULL,
    inquiries      BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, local_day),
    CONSTRAINT fk_insight_daily_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What was counted before this table: each UTC hour belongs to the China day its start falls on (UTC+8, no
-- daylight saving).
INSERT INTO insight_daily (tenant_id, local_day, page_views, visitors, searches, zero_results, result_clicks, inquiries)
SELECT tenant_id, CAST(TIMESTAMPADD(HOUR, 8, hour_start) AS DATE),
       SUM(CASE WHEN metric = 'page_view' THEN amount ELSE 0 END),
       SUM(CASE WHEN metric = 'visitor' THEN amount ELSE 0 END),
       SUM(CASE WHEN metric = 'search' THEN amount ELSE 0 END),
       SUM(CASE WHEN metric = 'zero_result' THEN amount ELSE 0 END),
       SUM(CASE WHEN metric = 'result_click' THEN amount ELSE 0 END),
       SUM(CASE WHEN metric = 'inquiry' THEN amount ELSE 0 END)
FROM insight_hourly
WHERE metric IN ('page_view', 'visitor', 'search', 'zero_result', 'result_click', 'inquiry')
GROUP BY tenant_id, CAST(TIMESTAMPADD(HOUR, 8, hour_start) AS DATE);
