-- Preview in time on a belt's own host (decision 0041). A console user gets a ticket on the console's host; the
-- belt's host exchanges it, once and within a minute, for a preview pass held in a cookie of that host only.
-- Both secrets are stored as SHA-256 hashes; the user's credential stamp at issue ends them with a password change.
CREATE TABLE preview_ticket (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_hash      CHAR(64)    NOT NULL,
    user_id          BIGINT      NOT NULL,
    credential_stamp CHAR(32)    NOT NULL,
    tenant_id        BIGINT      NOT NULL,
    expires_at       DATETIME(3) NOT NULL,
    used_at          DATETIME(3),
    pass_hash        CHAR(64),
    pass_expires_at  DATETIME(3),
    CONSTRAINT uq_preview_ticket UNIQUE (ticket_hash),
    CONSTRAINT uq_preview_pass UNIQUE (pass_hash),
    CONSTRAINT fk_preview_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_preview_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

CREATE INDEX ix_preview_expiry ON preview_ticket (expires_at);
