-- Classification of negotiation cases and rounds (issue 15, item 3, second slice; decision 0022).
-- For cases and rounds the level governs the sealed fields, not the record's existence: the sealed
-- fields of a STRICTLY_CONFIDENTIAL case or round are sealed under the team's TEAM_STRICT key and
-- opened only for the team's field officers and the HQ reviewers named on the case (user ids);
-- the case's named reviewers apply to all its rounds. A round's level is never below its case's.
ALTER TABLE negotiation_case
    ADD COLUMN classification varchar(32) NOT NULL DEFAULT 'CONFIDENTIAL'
        CONSTRAINT negotiation_case_classification_known
            CHECK (classification IN ('INTERNAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')),
    ADD COLUMN named_reviewers bigint[] NOT NULL DEFAULT '{}';

ALTER TABLE negotiation_round
    ADD COLUMN classification varchar(32) NOT NULL DEFAULT 'CONFIDENTIAL'
        CONSTRAINT negotiation_round_classification_known
            CHECK (classification IN ('INTERNAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'));
