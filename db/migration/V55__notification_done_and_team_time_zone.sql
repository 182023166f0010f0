-- Issue 16. A notification about something that waits (a request to decide, a version to
-- answer, a check or a review to record) names it by a subject; when it is decided,
-- answered or recorded, every notification with that subject is marked done, so the inbox
-- can say so and hide what is done. Bookkeeping like read_at: the decision itself is in
-- the audit log. Notifications delivered before have no subject and are never marked done.
ALTER TABLE notification ADD COLUMN subject varchar(200);
ALTER TABLE notification ADD COLUMN done_at timestamptz;
CREATE INDEX notification_subject_idx ON notification (subject) WHERE subject IS NOT NULL AND done_at IS NULL;

-- Each team's time zone (an IANA name such as America/Mexico_City): every time on a page is
-- shown in the reader's team's zone, with the zone named. Null: the organisation's default
-- (parley.time-zone), which is what every team showed before.
ALTER TABLE team ADD COLUMN time_zone varchar(60);
