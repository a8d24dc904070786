-- Each belt's media library. A file is stored once per belt under its SHA-256 (several rows may share it,
-- e.g. one picture as logo and as hero); the file goes when the belt's last row of that hash goes.
-- content_type is the type found in the file's first bytes, never the one the client claimed.
CREATE TABLE media (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id      BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    content_type   VARCHAR(40)  NOT NULL,
    thumbnail_type VARCHAR(40)  NOT NULL,
    original_name  VARCHAR(200) NOT NULL,
    bytes          BIGINT       NOT NULL,
    width          INT          NOT NULL,
    height         INT          NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    alt_text       VARCHAR(300),
    created_by     VARCHAR(100) NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    CONSTRAINT fk_media_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_media_tenant_hash ON media (tenant_id, sha256);
CREATE INDEX ix_media_tenant_kind ON media (tenant_id, kind, id);
