-- An agreement's versions now change only through the agreement, saved as a whole. Answering
-- a version HQ returned marks it ANSWERED and adds the next version in the same save, and the
-- database may receive the new version before the old one's new status. "One version open at a
-- time" is therefore checked when the transaction commits (a deferred exclusion constraint)
-- rather than after each statement (the unique partial index of V11): the same rule, the same
-- guarantee for every committed state. See docs/decisions/0013.
DROP INDEX agreement_version_one_open;
ALTER TABLE agreement_version ADD CONSTRAINT agreement_version_one_open
    EXCLUDE USING btree (agreement_id WITH =) WHERE (status IN ('DRAFT', 'SUBMITTED', 'RETURNED'))
    DEFERRABLE INITIALLY DEFERRED;

-- Compliance checks and reviews of groups are one kind of obligation, recorded once: "not yet
-- recorded" is read the same way for both, as recorded_by IS NULL. The database now holds that
-- a finding and its recorder come together, and the indexes of open obligations follow the
-- predicate the queries use.
ALTER TABLE compliance_check ADD CONSTRAINT compliance_check_recorded_together
    CHECK ((result IS NULL) = (recorded_by IS NULL));
ALTER TABLE group_review ADD CONSTRAINT group_review_recorded_together
    CHECK ((stance IS NULL) = (recorded_by IS NULL));
DROP INDEX compliance_check_open_idx;
CREATE INDEX compliance_check_open_idx ON compliance_check (team_id, window_ends) WHERE recorded_by IS NULL;
DROP INDEX group_review_open_idx;
CREATE INDEX group_review_open_idx ON group_review (team_id, window_ends) WHERE recorded_by IS NULL;
