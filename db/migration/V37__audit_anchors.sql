-- Anchors of the audit chain (decision 0019): each time Parley writes the chain's head (entry
-- count and hash) to a signed file outside the database, it notes it here too. The files are
-- the reference a verification trusts; this table only says when anchors were written, by whom,
-- under which name, and whether they were e-mailed. Append-only, like the log it anchors.
CREATE TABLE audit_anchor (
    id           bigserial    PRIMARY KEY,
    anchored_at  timestamptz  NOT NULL,
    anchored_by  varchar(100) NOT NULL,
    chain_id     varchar(100) NOT NULL,
    head_seq     bigint       NOT NULL,
    head_hash    char(64)     NOT NULL,
    mac_from     bigint,
    file_name    varchar(200) NOT NULL,
    mailed_to    integer      NOT NULL,
    CONSTRAINT audit_anchor_head_positive CHECK (head_seq > 0)
);

CREATE TRIGGER audit_anchor_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_anchor
    FOR EACH ROW EXECUTE FUNCTION audit_entry_reject_change();

CREATE TRIGGER audit_anchor_no_truncate
    BEFORE TRUNCATE ON audit_anchor
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_reject_change();
