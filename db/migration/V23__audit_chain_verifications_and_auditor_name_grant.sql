-- Each run of the audit chain verification, so the auditors' start page and the verify page
-- can say when the chain was last checked, by whom, how many entries were read and where it
-- first broke. Append-only, like the log it describes.
CREATE TABLE audit_verification (
    id                 bigserial    PRIMARY KEY,
    ran_at             timestamptz  NOT NULL,
    ran_by             varchar(100) NOT NULL,
    entries_checked    bigint       NOT NULL,
    head_seq           bigint       NOT NULL,
    problem_count      integer      NOT NULL,
    first_broken_seq   bigint,
    first_broken_kind  varchar(40),
    CONSTRAINT audit_verification_first_break CHECK (
        (problem_count = 0 AND first_broken_seq IS NULL AND first_broken_kind IS NULL)
        OR (problem_count > 0 AND first_broken_seq IS NOT NULL AND first_broken_kind IS NOT NULL))
);

CREATE TRIGGER audit_verification_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_verification
    FOR EACH ROW EXECUTE FUNCTION audit_entry_reject_change();

-- Auditors read their teams' records but not the real names of interlocutors (decision 0006),
-- unless an administrator grants it on the auditor's account; the grant is an audited change
-- of the account.
ALTER TABLE app_user ADD COLUMN reveals_interlocutor_names boolean NOT NULL DEFAULT false;
