-- Two daily rollups for one belt's screen and summary (docs/insight.md, decision 0055), added to by the same flush,
-- in the same transaction, as insight_hourly and insight_item_hourly, and purged with insight_daily (the same
-- cut-off day). In the 1,000-belt bench a year of the busiest belt is 50,063 rows of hours and 4,565 of days.
--  * insight_metric_daily: insight_hourly summed per China Standard Time day, every metric and dimension (page
--    type, language, position, source), so a summary of whole China days needs no hours.
--  * insight_item_daily: insight_item_hourly summed per China day: top products and suppliers, suppliers active.
-- A belt whose zone keeps China's clock over a range reads these; any other reads the hours (InsightSpan).

CREATE TABLE insight_metric_daily (
    tenant_id   BIGINT      NOT NULL,
    local_day   DATE        NOT NULL,
    metric      VARCHAR(24) NOT NULL,
    dimension   VARCHAR(24) NOT NULL,
    amount      BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, local_day, metric, dimension),
    CONSTRAINT fk_insight_metric_daily_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE insight_item_daily (
    tenant_id   BIGINT     NOT NULL,
    local_day   DATE       NOT NULL,
    kind        VARCHAR(8) NOT NULL,
    item_id     BIGINT     NOT NULL,
    views       BIGINT     NOT NULL,
    PRIMARY KEY (tenant_id, local_day, kind, item_id),
    CONSTRAINT fk_insight_item_daily_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the hours already hold: each UTC hour belongs to the China day its start falls on (UTC+8, no daylight
-- saving), as in V23.
INSERT INTO insight_metric_daily (tenant_id, local_day, metric, dimension, amount)
SELECT tenant_id, CAST(TIMESTAMPADD(HOUR, 8, hour_start) AS DATE), metric, dimension, SUM(amount)
FROM insight_hourly
GROUP BY tenant_id, CAST(TIMESTAMPADD(HOUR, 8, hour_start) AS DATE), metric, dimension;

INSERT INTO insight_item_daily (tenant_id, local_day, kind, item_id, views)
SELECT tenant_id, CAST(TIMESTAMPADD(HOUR, 8, hour_start) AS DATE), kind, item_id, SUM(views)
FROM insight_item_hourly
GROUP BY tenant_id, CAST(TIMESTAMPADD(HOUR, 8, hour_start) AS DATE), kind, item_id;
