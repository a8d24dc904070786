-- Festival campaigns (docs/campaigns.md). Times are the first occurrence's instants in UTC; `timezone` is
-- the zone they were entered in, which recurrence needs (same wall-clock time in each listed month).
-- Small lists (banner images, featured ids, placements) are JSON text: always read and written whole.
CREATE TABLE campaign (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id            BIGINT       NOT NULL,
    slug                 VARCHAR(120) NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    kind                 VARCHAR(32)  NOT NULL,
    warmup_start         DATETIME(3)  NOT NULL,
    live_start           DATETIME(3)  NOT NULL,
    end_at               DATETIME(3)  NOT NULL,
    timezone             VARCHAR(40)  NOT NULL,
    recurrence_months    VARCHAR(40),
    banner_text          VARCHAR(500),
    banner_images        TEXT,
    featured_products    TEXT,
    featured_suppliers   TEXT,
    placements           TEXT,
    status               VARCHAR(16)  NOT NULL,
    rejection_reason     VARCHAR(500),
    created_by           VARCHAR(64)  NOT NULL,
    submitted_by         VARCHAR(64),
    decided_by           VARCHAR(64),
    version              INT          NOT NULL,
    created_at           DATETIME(3)  NOT NULL,
    updated_at           DATETIME(3)  NOT NULL,
    CONSTRAINT uq_campaign_slug UNIQUE (tenant_id, slug),
    CONSTRAINT fk_campaign_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_campaign_status ON campaign (tenant_id, status);
