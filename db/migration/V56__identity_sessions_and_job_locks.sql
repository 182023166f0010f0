-- Several instances behind a load balancer (decision 0030).
--
-- Sessions live here rather than in one instance's memory: Spring Session JDBC's schema for
-- PostgreSQL (spring-session-jdbc 4.0.4, schema-postgresql.sql), in Parley's schema. A session
-- is found by its id on every request and by its user's id (PRINCIPAL_NAME) for the sessions
-- page and for signing a user out everywhere; expired rows are deleted by every instance's
-- clean-up (parley.sessions.cleanup-cron).
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- One row per scheduled job (ShedLock's table): an instance runs a job only while it holds the
-- row's lock (lock_until in the future, in the database's clock), and keeps it at least a while
-- after the run, so that the other instances skip the same slot.
CREATE TABLE job_lock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT job_lock_pk PRIMARY KEY (name)
);

-- The default privileges of V39 already give the application these rights; said again here so
-- that what it needs is plain: sessions are created, changed and deleted, lock rows created
-- and changed (never deleted).
GRANT SELECT, INSERT, UPDATE, DELETE ON spring_session, spring_session_attributes TO "${app_user}";
GRANT SELECT, INSERT, UPDATE ON job_lock TO "${app_user}";
REVOKE DELETE, TRUNCATE ON job_lock FROM "${app_user}";
