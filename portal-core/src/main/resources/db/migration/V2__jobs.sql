-- Long-running work (bulk imports, index rebuilds) with progress any node can report.
-- tenant_id is NULL for platform-wide jobs such as a full index rebuild.
CREATE TABLE job (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT,
    kind         VARCHAR(20)  NOT NULL,
    state        VARCHAR(12)  NOT NULL,
    processed    BIGINT       NOT NULL,
    total        BIGINT,
    error_count  INT          NOT NULL,
    errors       MEDIUMTEXT,
    message      VARCHAR(500),
    created_by   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    CONSTRAINT fk_job_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_job_state ON job (state, updated_at);
