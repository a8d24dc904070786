-- BeltPortal foundation schema. One script for H2 (MySQL mode) and MySQL 8 / MariaDB 10.11+.
-- Times are DATETIME(3) holding UTC; money is DECIMAL; text is utf8mb4.
-- Every tenant-scoped table carries tenant_id, and its unique keys start with it.

CREATE TABLE tenant (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(40)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100),
    region      VARCHAR(100),
    locale      VARCHAR(10)  NOT NULL,
    timezone    VARCHAR(40)  NOT NULL,
    theme       VARCHAR(40)  NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    icp_number  VARCHAR(64),
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uq_tenant_slug UNIQUE (slug)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tenant_host (
    hostname    VARCHAR(253) NOT NULL PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    CONSTRAINT fk_host_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE branding (
    tenant_id     BIGINT NOT NULL PRIMARY KEY,
    logo_url      VARCHAR(500),
    primary_color VARCHAR(7),
    accent_color  VARCHAR(7),
    slogan        VARCHAR(200),
    hero_images   TEXT,
    footer_html   TEXT,
    updated_at    DATETIME(3) NOT NULL,
    CONSTRAINT fk_branding_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE category (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    parent_id   BIGINT,
    name        VARCHAR(60)  NOT NULL,
    path        VARCHAR(400) NOT NULL,
    position    INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_category_path UNIQUE (tenant_id, path),
    CONSTRAINT fk_category_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE supplier (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    credit_rating INT          NOT NULL,
    verified      BOOLEAN      NOT NULL,
    years_active  INT          NOT NULL,
    location      VARCHAR(200),
    capabilities  VARCHAR(60)  NOT NULL,
    employees     INT,
    factory_area  INT,
    description   TEXT,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    CONSTRAINT fk_supplier_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_supplier_tenant ON supplier (tenant_id, id);

CREATE TABLE product (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT        NOT NULL,
    supplier_id  BIGINT        NOT NULL,
    category_id  BIGINT,
    sku          VARCHAR(64)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    title_en     VARCHAR(200),
    description  TEXT,
    moq          INT           NOT NULL,
    unit         VARCHAR(16)   NOT NULL,
    min_price    DECIMAL(12,2) NOT NULL,
    attributes   TEXT,
    images       TEXT,
    status       VARCHAR(16)   NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    CONSTRAINT uq_product_sku UNIQUE (tenant_id, sku),
    CONSTRAINT fk_product_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_product_tenant_recent ON product (tenant_id, status, id);
CREATE INDEX ix_product_supplier ON product (tenant_id, supplier_id);

CREATE TABLE price_tier (
    product_id  BIGINT        NOT NULL,
    tenant_id   BIGINT        NOT NULL,
    min_qty     INT           NOT NULL,
    price       DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (product_id, min_qty),
    CONSTRAINT fk_tier_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE page (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT       NOT NULL,
    slug          VARCHAR(120) NOT NULL,
    title         VARCHAR(200) NOT NULL,
    body          MEDIUMTEXT   NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    publish_at    DATETIME(3),
    unpublish_at  DATETIME(3),
    locale        VARCHAR(10)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    CONSTRAINT uq_page_slug UNIQUE (tenant_id, slug),
    CONSTRAINT fk_page_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(120) NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    CONSTRAINT uq_user_username UNIQUE (username)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- tenant_id is NULL for the platform-wide role platform_admin.
CREATE TABLE role_grant (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    tenant_id  BIGINT,
    role       VARCHAR(32) NOT NULL,
    CONSTRAINT fk_grant_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_grant_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_grant_user ON role_grant (user_id);

-- Only the SHA-256 of a token is stored; the token itself is shown once.
CREATE TABLE api_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    CONSTRAINT uq_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- tenant_id is NULL for platform-level changes (users, new tenants). No foreign key: the trail outlives what it describes.
CREATE TABLE audit_log (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    entity_type  VARCHAR(40)  NOT NULL,
    entity_id    VARCHAR(80),
    before_json  MEDIUMTEXT,
    after_json   MEDIUMTEXT,
    at           DATETIME(3)  NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_tenant ON audit_log (tenant_id, id);
