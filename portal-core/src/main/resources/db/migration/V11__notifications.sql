-- Inquiries reach people (decision 0031): addresses to write to, an outbox of deliveries written in the
-- inquiry's own transaction, operators' notes on inquiries, a signed webhook per belt, password resets.

-- Where a user's notifications and password-reset links go; optional, not unique (one office mailbox may
-- serve two accounts: a reset request by address then mails each of them their own link).
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);
CREATE INDEX ix_user_email ON app_user (email);

-- Where a supplier wants to hear of inquiries about its products; optional.
ALTER TABLE supplier ADD COLUMN contact_email VARCHAR(254);

-- One row per recipient of one inquiry's notification: the outbox a scheduled sender drains. Recipients are
-- fixed when the inquiry is stored; the message is written when it is sent, from the inquiry as it is then,
-- so the buyer's contact details stay in the inquiry table only.
CREATE TABLE notification_delivery (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id        BIGINT       NOT NULL,
    inquiry_id       BIGINT       NOT NULL,
    channel          VARCHAR(10)  NOT NULL,
    recipient        VARCHAR(500) NOT NULL,
    status           VARCHAR(10)  NOT NULL,
    attempts         INT          NOT NULL,
    next_attempt_at  DATETIME(3)  NOT NULL,
    last_error       VARCHAR(300),
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    CONSTRAINT fk_delivery_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_delivery_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- The sender asks for pending rows that are due, across belts.
CREATE INDEX ix_delivery_due ON notification_delivery (status, next_attempt_at);
CREATE INDEX ix_delivery_inquiry ON notification_delivery (tenant_id, inquiry_id);

-- Operators' internal notes on an inquiry; the buyer never sees them.
CREATE TABLE inquiry_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    inquiry_id  BIGINT       NOT NULL,
    author      VARCHAR(64)  NOT NULL,
    body        TEXT         NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_note_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_note_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_note_inquiry ON inquiry_note (tenant_id, inquiry_id, id);

-- A belt's optional webhook for chat robots: each new inquiry is posted to url, signed with secret.
CREATE TABLE tenant_webhook (
    tenant_id   BIGINT       NOT NULL PRIMARY KEY,
    url         VARCHAR(500) NOT NULL,
    secret      VARCHAR(200) NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_webhook_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Password reset links: only the SHA-256 of the token is stored; used_at makes a link single-use.
CREATE TABLE password_reset (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    used_at     DATETIME(3),
    CONSTRAINT uq_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_reset_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
