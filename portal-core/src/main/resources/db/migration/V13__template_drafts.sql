-- Template overrides become drafts until published (issue 17, decision 0035). A saved version is a draft
-- (published = FALSE) until a check-render of every page type passes; the public site renders the newest
-- published version of a path. Rows saved before this migration were live the moment they were saved, so
-- they stay published. A revert step is always published: the theme's template needs no check.
ALTER TABLE template_override ADD COLUMN published BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE template_override ADD COLUMN published_at DATETIME(3) NULL;

-- The latest run-time failure of a belt's overrides per page, for the console's alert: buyers got the
-- theme's own template for that request. One row per page type; a publish or revert clears the belt's rows.
CREATE TABLE template_failure (
    tenant_id   BIGINT        NOT NULL,
    page        VARCHAR(100)  NOT NULL,
    template    VARCHAR(100)  NULL,
    line        INT           NULL,
    reason      VARCHAR(1000) NOT NULL,
    failed_at   DATETIME(3)   NOT NULL,
    CONSTRAINT pk_template_failure PRIMARY KEY (tenant_id, page),
    CONSTRAINT fk_template_failure_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
