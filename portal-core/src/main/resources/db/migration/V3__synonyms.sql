-- Each tenant's synonym sets for search, as one JSON array of arrays: applied at query time, so a change
-- takes effect on the next search without reindexing.
CREATE TABLE synonyms (
    tenant_id   BIGINT      NOT NULL PRIMARY KEY,
    sets        MEDIUMTEXT  NOT NULL,
    updated_at  DATETIME(3) NOT NULL,
    CONSTRAINT fk_synonyms_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
