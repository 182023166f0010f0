-- A field officer's start page lists the checks and reviews due by today in their teams, the
-- oldest first (ObligationRepository.dueInForce). The open index (team_id, window_ends) made
-- PostgreSQL read every open obligation of the team, most of them scheduled for the week
-- ahead, and throw them away: at scale 1,934 rows and 437 pages for team 1, 28 ms alone and
-- 100 ms in the page (docs/performance.md). By due day, the range stops at today.
CREATE INDEX compliance_check_open_due_idx ON compliance_check (team_id, due_on, id) WHERE recorded_by IS NULL;
CREATE INDEX group_review_open_due_idx ON group_review (team_id, due_on, id) WHERE recorded_by IS NULL;
