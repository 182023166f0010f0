-- The audit log: append-only and hash-chained.
-- Every entry carries the SHA-256 of its own content and of the previous entry's hash,
-- so an edit, a deletion or a reordering of entries breaks the chain (see AuditChainVerifier).
-- seq is gapless: it is assigned under an advisory lock by the writer, never by a sequence.
CREATE TABLE audit_entry (
    seq          bigint       PRIMARY KEY,
    occurred_at  timestamptz  NOT NULL,
    actor        varchar(100) NOT NULL,
    action       varchar(40)  NOT NULL,
    entity_type  varchar(100),
    entity_id    varchar(100),
    team_id      bigint,
    changes      text         NOT NULL,
    reason       text,
    prev_hash    char(64)     NOT NULL,
    hash         char(64)     NOT NULL,
    CONSTRAINT audit_entry_seq_positive CHECK (seq > 0)
);

CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, seq);
CREATE INDEX audit_entry_team_idx ON audit_entry (team_id, seq);

CREATE FUNCTION audit_entry_reject_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_reject_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_reject_change();
