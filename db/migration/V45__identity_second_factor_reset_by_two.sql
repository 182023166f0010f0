-- A second factor is reset by two administrators (issue 15, item 1): one asks, with a
-- reason, another confirms; until then the user keeps theirs. Without it one administrator
-- could reset a reviewer's password and second factor and sign in as them.
ALTER TABLE access_grant DROP CONSTRAINT access_grant_kind;
ALTER TABLE access_grant ADD CONSTRAINT access_grant_kind
    CHECK (kind IN ('ROLE', 'TEAM', 'INTERLOCUTOR_NAMES', 'SECOND_FACTOR_RESET'));
ALTER TABLE access_grant DROP CONSTRAINT access_grant_what;
ALTER TABLE access_grant ADD CONSTRAINT access_grant_what
    CHECK ((kind = 'ROLE' AND role IS NOT NULL AND team_id IS NULL)
        OR (kind = 'TEAM' AND team_id IS NOT NULL AND role IS NULL)
        OR (kind IN ('INTERLOCUTOR_NAMES', 'SECOND_FACTOR_RESET') AND role IS NULL AND team_id IS NULL));
