-- Products whose document the search cluster refused (issue 20, decision 0054): a bulk item error such as a
-- mapping clash, as opposed to the cluster being away. The drain records the refusal here and goes on with the
-- next rows; the belt's re-index retries them. One row per product: the latest refusal.
CREATE TABLE search_dead_letter (
    tenant_id   BIGINT        NOT NULL,
    product_id  BIGINT        NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    failed_at   DATETIME(3)   NOT NULL,
    CONSTRAINT pk_search_dead_letter PRIMARY KEY (tenant_id, product_id),
    CONSTRAINT fk_search_dead_letter_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
