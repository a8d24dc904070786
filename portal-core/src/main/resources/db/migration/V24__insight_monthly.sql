-- Two more rollups for the region and platform dashboards (docs/insight.md, decision 0053), added to by the same
-- flush, in the same transaction, as insight_daily (V23), with the same six figures:
--  * insight_monthly: one row per belt and China Standard Time month (month_start is its first day). A range reads
--    its whole months here and only the days of its partial months from insight_daily: a year of 1,000 belts is
--    12,000 rows instead of 365,000.
--  * insight_platform_daily: one row per China day summed over every belt, the platform dashboard's trend, which
--    otherwise groups a year of every belt's days.
-- Each holds exactly the sums of insight_daily's rows: the purge takes what it removes from the days off the months.

CREATE TABLE insight_monthly (
    tenant_id      BIGINT NOT NULL,
    month_start    DATE   NOT NULL,
    page_views     BIGINT NOT NULL,
    visitors       BIGINT NOT NULL,
    searches       BIGINT NOT NULL,
    zero_results   BIGINT NOT NULL,
    result_clicks  BIGINT NOT NULL,
    inquiries      BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, month_start),
    CONSTRAINT fk_insight_monthly_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE insight_platform_daily (
    local_day      DATE   NOT NULL PRIMARY KEY,
    page_views     BIGINT NOT NULL,
    visitors       BIGINT NOT NULL,
    searches       BIGINT NOT NULL,
    zero_results   BIGINT NOT NULL,
    result_clicks  BIGINT NOT NULL,
    inquiries      BIGINT NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the days already hold. A month starts on the day whose day of month is 1 (EXTRACT and TIMESTAMPADD mean the
-- same on MariaDB and on the embedded H2).
INSERT INTO insight_monthly (tenant_id, month_start, page_views, visitors, searches, zero_results, result_clicks, inquiries)
SELECT tenant_id, CAST(TIMESTAMPADD(DAY, 1 - EXTRACT(DAY FROM local_day), local_day) AS DATE),
       SUM(page_views), SUM(visitors), SUM(searches), SUM(zero_results), SUM(result_clicks), SUM(inquiries)
FROM insight_daily
GROUP BY tenant_id, CAST(TIMESTAMPADD(DAY, 1 - EXTRACT(DAY FROM local_day), local_day) AS DATE);

INSERT INTO insight_platform_daily (local_day, page_views, visitors, searches, zero_results, result_clicks, inquiries)
SELECT local_day, SUM(page_views), SUM(visitors), SUM(searches), SUM(zero_results), SUM(result_clicks), SUM(inquiries)
FROM insight_daily
GROUP BY local_day;
