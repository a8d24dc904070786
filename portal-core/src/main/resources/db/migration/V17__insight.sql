-- Insight rollups (docs/insight.md, decision 0042). Counters aggregate in memory and a flusher adds them
-- here in batches; no row is written per request. Nothing here names a visitor: no address, no cookie,
-- no hash of either (unique visitors are decided in memory and only their count is stored).

-- One row per belt, UTC hour, metric and dimension (page type, language, position, source or ''),
-- added to by every flush that saw that hour.
CREATE TABLE insight_hourly (
    tenant_id   BIGINT      NOT NULL,
    hour_start  DATETIME    NOT NULL,
    metric      VARCHAR(24) NOT NULL,
    dimension   VARCHAR(24) NOT NULL,
    amount      BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, hour_start, metric, dimension),
    KEY ix_insight_hourly_hour (hour_start),
    CONSTRAINT fk_insight_hourly_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Searches per belt, local day (the belt's time zone; not named day, a reserved word in H2) and normalised query; zero_results counts those of
-- them that found nothing.
CREATE TABLE insight_query_daily (
    tenant_id     BIGINT       NOT NULL,
    local_day     DATE         NOT NULL,
    query         VARCHAR(100) NOT NULL,
    searches      BIGINT       NOT NULL,
    zero_results  BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, local_day, query),
    KEY ix_insight_query_daily_day (local_day),
    CONSTRAINT fk_insight_query_daily_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
