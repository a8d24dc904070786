-- Buyer inquiries: what a buyer asked about which product, for the portal's operators to follow up.
-- No foreign key to product or supplier: an inquiry is a record of what a buyer sent and outlives the
-- product (its title is kept as it was), and must not stop an operator from deleting a supplier.
-- The client address is never stored, only a salted hash of it (client_hash) to spot repeat senders.
CREATE TABLE inquiry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id      BIGINT       NOT NULL,
    product_id     BIGINT       NOT NULL,
    supplier_id    BIGINT,
    product_title  VARCHAR(200) NOT NULL,
    quantity       INT          NOT NULL,
    name           VARCHAR(120) NOT NULL,
    company        VARCHAR(200),
    phone          VARCHAR(20),
    email          VARCHAR(254),
    message        TEXT,
    status         VARCHAR(10)  NOT NULL,
    client_hash    CHAR(64),
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    CONSTRAINT fk_inquiry_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Operators list a tenant's inquiries newest first, optionally of one status.
CREATE INDEX ix_inquiry_tenant_status ON inquiry (tenant_id, status, id);
CREATE INDEX ix_inquiry_tenant ON inquiry (tenant_id, id);
