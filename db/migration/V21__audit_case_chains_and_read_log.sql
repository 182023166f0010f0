-- Every audit entry about a case is also filed under its case, in a chain of the case's own
-- (decision 0018): case_seq counts the case's entries from 1 without gaps and case_prev_hash
-- is the hash of the case's entry before (64 zeros for the first). Both are part of the
-- entry's hash, so a dossier can prove that it holds every entry of its case, in order,
-- without carrying the rest of the organisation's log.
ALTER TABLE audit_entry
    ADD COLUMN case_id        bigint,
    ADD COLUMN case_seq       integer,
    ADD COLUMN case_prev_hash char(64),
    ADD CONSTRAINT audit_entry_case_chain_complete CHECK (
        (case_id IS NULL AND case_seq IS NULL AND case_prev_hash IS NULL)
        OR (case_id IS NOT NULL AND case_seq > 0 AND case_prev_hash IS NOT NULL));

CREATE UNIQUE INDEX audit_entry_case_idx ON audit_entry (case_id, case_seq) WHERE case_id IS NOT NULL;

-- What was read: opening a case, an agreement or an incident, revealing a protected name,
-- downloading an attachment, exporting. Kept apart from the hash chain so that reading
-- never waits for the chain's lock; append-only like it.
CREATE TABLE read_record (
    id           bigserial    PRIMARY KEY,
    occurred_at  timestamptz  NOT NULL,
    actor        varchar(100) NOT NULL,
    action       varchar(40)  NOT NULL,
    entity_type  varchar(100) NOT NULL,
    entity_id    varchar(100) NOT NULL,
    case_id      bigint,
    team_id      bigint
);

CREATE INDEX read_record_case_idx ON read_record (case_id, id) WHERE case_id IS NOT NULL;
CREATE INDEX read_record_actor_idx ON read_record (actor, id);
CREATE INDEX read_record_team_idx ON read_record (team_id, id);

CREATE TRIGGER read_record_no_update_or_delete
    BEFORE UPDATE OR DELETE ON read_record
    FOR EACH ROW EXECUTE FUNCTION audit_entry_reject_change();

CREATE TRIGGER read_record_no_truncate
    BEFORE TRUNCATE ON read_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_reject_change();
