-- Operators' template overrides, one row per saved version: a save adds a row with the source, a revert
-- adds a row without one (reverted = TRUE), so the history keeps every step and the newest row of a path
-- says what is in force. The unique key makes two concurrent saves of one path collide instead of
-- sharing a version number.
CREATE TABLE template_override (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    path        VARCHAR(100) NOT NULL,
    version     INT          NOT NULL,
    source      MEDIUMTEXT   NULL,
    reverted    BOOLEAN      NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uk_template_override UNIQUE (tenant_id, path, version),
    CONSTRAINT fk_template_override_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
