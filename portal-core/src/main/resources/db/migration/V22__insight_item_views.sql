-- Views of each product and supplier page per belt and UTC hour (docs/insight.md, issue 18's dashboards): the
-- top products and suppliers, suppliers active and a campaign's featured-product views read them. Hourly, so a
-- campaign phase that starts at any whole hour is summed exactly. Only page ids the portal answered 200 or 304
-- for are counted, so every id is one of the belt's products or suppliers when it was viewed.
CREATE TABLE insight_item_hourly (
    tenant_id   BIGINT     NOT NULL,
    hour_start  DATETIME   NOT NULL,
    kind        VARCHAR(8) NOT NULL,
    item_id     BIGINT     NOT NULL,
    views       BIGINT     NOT NULL,
    PRIMARY KEY (tenant_id, hour_start, kind, item_id),
    KEY ix_insight_item_hourly_hour (hour_start),
    CONSTRAINT fk_insight_item_hourly_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
