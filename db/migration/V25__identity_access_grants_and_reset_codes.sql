-- Separation of duties (issue 14). A grant that widens what someone may read (HQ reviewer or
-- auditor, a team for such an account, a case role for an administrator, the auditor's sight of
-- interlocutors' real names) is first stored here as requested, and takes effect only when a
-- different administrator confirms it; it may be withdrawn by whoever asked or refused by
-- another administrator, with a reason. Rows are kept after the decision, as the record of it.
CREATE TABLE access_grant (
    id               bigserial    PRIMARY KEY,
    user_id          bigint       NOT NULL REFERENCES app_user (id),
    kind             varchar(30)  NOT NULL,
    role             varchar(30),
    team_id          bigint       REFERENCES team (id),
    requested_by     bigint       NOT NULL REFERENCES app_user (id),
    requested_at     timestamptz  NOT NULL,
    reason           varchar(500),
    status           varchar(20)  NOT NULL,
    decided_by       bigint       REFERENCES app_user (id),
    decided_at       timestamptz,
    decision_reason  varchar(500),
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT access_grant_kind CHECK (kind IN ('ROLE', 'TEAM', 'INTERLOCUTOR_NAMES')),
    CONSTRAINT access_grant_what CHECK ((kind = 'ROLE' AND role IS NOT NULL AND team_id IS NULL)
        OR (kind = 'TEAM' AND team_id IS NOT NULL AND role IS NULL)
        OR (kind = 'INTERLOCUTOR_NAMES' AND role IS NULL AND team_id IS NULL)),
    CONSTRAINT access_grant_status CHECK (status IN ('PENDING', 'CONFIRMED', 'REFUSED', 'WITHDRAWN')),
    -- Nobody confirms or refuses their own request, nor a grant to themselves.
    CONSTRAINT access_grant_two_people CHECK (decided_by IS NULL
        OR (decided_by <> requested_by AND (decided_by <> user_id OR status = 'WITHDRAWN'))),
    CONSTRAINT access_grant_not_to_self CHECK (requested_by <> user_id)
);

CREATE UNIQUE INDEX access_grant_one_pending
    ON access_grant (user_id, kind, coalesce(role, ''), coalesce(team_id, 0))
    WHERE status = 'PENDING';
CREATE INDEX access_grant_pending ON access_grant (requested_at, id) WHERE status = 'PENDING';

-- A password reset no longer hands the administrator a password: it replaces the password with
-- one nobody knows and issues a one-time code (hashed here, like a password) that the user
-- redeems on the sign-in page by choosing a new password, within its lifetime and a few tries.
ALTER TABLE app_user ADD COLUMN reset_code_hash varchar(100);
ALTER TABLE app_user ADD COLUMN reset_code_expires_at timestamptz;
ALTER TABLE app_user ADD COLUMN reset_code_attempts integer NOT NULL DEFAULT 0;
