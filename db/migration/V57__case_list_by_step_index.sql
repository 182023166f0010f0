-- The case list filtered by step (issue 17): a team's cases at one step, newest change first,
-- keyset-paged. With only (team_id, updated_at, id) the first page of a step walked the
-- team's index and threw away the other steps' cases (2,210 rows for 26 at scale, 54 ms
-- cold; docs/performance.md, EXPLAIN ANALYZE 1). This index hands the page over in order.
CREATE INDEX negotiation_case_team_step_updated_idx
    ON negotiation_case (team_id, current_step, updated_at DESC, id DESC);
