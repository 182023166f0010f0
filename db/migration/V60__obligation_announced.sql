-- The hourly schedule tells the team of a check or a review of a group once when it falls
-- due and once when it becomes overdue (issue 17). It used to announce every open one on
-- every run and let the inbox's dedupe key drop the repeats: at the size of a large
-- organisation that was every unrecorded obligation, for every member of its team, every
-- hour, all in one transaction, and it ran a 256 MB heap out of memory at start.
--
-- announced: what the team was last told (NULL: nothing yet, DUE, OVERDUE). The schedule now
-- looks only at those whose state moved past what was announced.
ALTER TABLE compliance_check ADD COLUMN announced VARCHAR(10);
ALTER TABLE group_review ADD COLUMN announced VARCHAR(10);
ALTER TABLE compliance_check ADD CONSTRAINT compliance_check_announced_chk CHECK (announced IN ('DUE', 'OVERDUE'));
ALTER TABLE group_review ADD CONSTRAINT group_review_announced_chk CHECK (announced IN ('DUE', 'OVERDUE'));

-- What was already announced, from the notices sent (their dedupe keys, V16): nobody is told
-- twice of the same thing after the upgrade.
UPDATE compliance_check c SET announced = 'DUE'
FROM (SELECT DISTINCT substring(dedupe_key FROM 11)::bigint AS id FROM notification
      WHERE dedupe_key LIKE 'check-due:%') n
WHERE c.id = n.id;
UPDATE compliance_check c SET announced = 'OVERDUE'
FROM (SELECT DISTINCT substring(dedupe_key FROM 15)::bigint AS id FROM notification
      WHERE dedupe_key LIKE 'check-overdue:%') n
WHERE c.id = n.id;
UPDATE group_review r SET announced = 'DUE'
FROM (SELECT DISTINCT substring(dedupe_key FROM 12)::bigint AS id FROM notification
      WHERE dedupe_key LIKE 'review-due:%') n
WHERE r.id = n.id;
UPDATE group_review r SET announced = 'OVERDUE'
FROM (SELECT DISTINCT substring(dedupe_key FROM 16)::bigint AS id FROM notification
      WHERE dedupe_key LIKE 'review-overdue:%') n
WHERE r.id = n.id;

-- The ones the schedule still has something to say about: unrecorded and not yet announced
-- overdue. Small at any size (the week ahead and what is open), walked in id order.
CREATE INDEX compliance_check_to_announce_idx ON compliance_check (id)
    WHERE recorded_by IS NULL AND announced IS DISTINCT FROM 'OVERDUE';
CREATE INDEX group_review_to_announce_idx ON group_review (id)
    WHERE recorded_by IS NULL AND announced IS DISTINCT FROM 'OVERDUE';
