-- A version HQ returned is kept as HQ saw it, with HQ's comments: the team answers it with
-- the next version, and the returned one becomes ANSWERED (closed, so that one version at
-- a time stays open).
ALTER TABLE agreement_version DROP CONSTRAINT agreement_version_status_check;
ALTER TABLE agreement_version ADD CONSTRAINT agreement_version_status_check
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ANSWERED', 'APPROVED', 'SUPERSEDED'));
ALTER TABLE agreement_version ADD CONSTRAINT agreement_version_answered_has_comment
    CHECK (status <> 'ANSWERED' OR review_comment IS NOT NULL);
