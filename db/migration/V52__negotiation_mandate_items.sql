-- The mandate's red lines as items, and the legal and sanctions assessment of each designation
-- (issue 16, items 1 and 5). A request to engage carries the organisation's red lines (copied
-- from the RED_LINE reference list when it is made: they cannot be left out) and the case's own;
-- HQ approves the list. A request for a case that engages a designated group carries one
-- assessment per designation in force, with a copy of the listing as it stood (a listing may be
-- lifted later); what it says is sealed under the team's key. The old free-text
-- mandate_red_lines stays: older requests are read from it, newer ones keep a joined copy.
-- The application role's rights come from the default privileges set in V39.
CREATE TABLE engagement_decision_red_line (
    decision_id  bigint         NOT NULL REFERENCES engagement_decision (id) ON DELETE CASCADE,
    position     integer        NOT NULL,
    origin       varchar(20)    NOT NULL CHECK (origin IN ('ORGANISATION', 'CASE')),
    code         varchar(60),
    text         varchar(2000)  NOT NULL,
    PRIMARY KEY (decision_id, position),
    CHECK ((origin = 'ORGANISATION') = (code IS NOT NULL))
);

CREATE TABLE engagement_decision_legal_assessment (
    decision_id      bigint         NOT NULL REFERENCES engagement_decision (id) ON DELETE CASCADE,
    position         integer        NOT NULL,
    -- the registry's designation; no foreign key: the copy below is the record
    designation_id   bigint         NOT NULL,
    group_id         bigint         NOT NULL,
    group_name       varchar(200)   NOT NULL,
    authority        varchar(30)    NOT NULL,
    listing_name     varchar(300)   NOT NULL,
    listed_on        date           NOT NULL,
    exposure         text           NOT NULL,
    mitigation       text           NOT NULL,
    advice_obtained  boolean        NOT NULL,
    advice_from      text,
    advice_on        date,
    residual_risk    varchar(10)    NOT NULL CHECK (residual_risk IN ('LOW', 'MEDIUM', 'HIGH')),
    conclusion       varchar(30)    NOT NULL CHECK (conclusion IN ('PROCEED', 'PROCEED_WITH_CONDITIONS',
                         'DO_NOT_PROCEED')),
    PRIMARY KEY (decision_id, position),
    CHECK (NOT advice_obtained OR (advice_from IS NOT NULL AND advice_on IS NOT NULL))
);

-- What HQ's approval covered, in words, as it was approved: the red lines and the legal
-- assessments it names.
ALTER TABLE engagement_decision ADD COLUMN approved_red_lines text;
ALTER TABLE engagement_decision ADD COLUMN considered_assessments text;
