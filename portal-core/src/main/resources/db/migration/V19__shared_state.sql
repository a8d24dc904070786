-- State that every node of one portal shares through the database (decision 0044).

-- Console sessions (Spring Session JDBC). Spring's own schema for MySQL, created here rather than by Spring's
-- initializer so Flyway owns every table; the names are Spring's defaults (H2 folds them to lower case, and so
-- does every statement Spring sends it). Attribute values are Java-serialised: bounded by what the console keeps.
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID            CHAR(36)     NOT NULL,
    SESSION_ID            CHAR(36)     NOT NULL,
    CREATION_TIME         BIGINT       NOT NULL,
    LAST_ACCESS_TIME      BIGINT       NOT NULL,
    MAX_INACTIVE_INTERVAL INT          NOT NULL,
    EXPIRY_TIME           BIGINT       NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    LONGBLOB     NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
);

-- Rate limits counted across nodes: the login throttle's counts and the inquiry limits' windows. One row per
-- counted key (its SHA-256, since names of no account can be long), read and written under its row lock. The
-- state is the limit's own numbers (a failure count and its time; a window's event times), 8 bytes each.
-- A row past expires_at counts as absent and is purged in the background.
CREATE TABLE limit_state (
    id         CHAR(64)    NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    state      BLOB        NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    CONSTRAINT pk_limit_state PRIMARY KEY (id)
);

CREATE INDEX ix_limit_state_expiry ON limit_state (expires_at);

-- Scheduled work run by one node at a time: ShedLock's table, its column names.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
