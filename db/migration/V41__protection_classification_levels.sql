-- Classification of interlocutors and security incidents (issue 15, item 3; decision 0022). The level decides who
-- sees the record and which of the team's data keys seals its fields: STRICTLY_CONFIDENTIAL
-- ones are sealed under the team's TEAM_STRICT key and seen only by the team's field
-- officers and the HQ reviewers named on the record (user ids).
ALTER TABLE interlocutor
    ADD COLUMN classification varchar(32) NOT NULL DEFAULT 'CONFIDENTIAL'
        CONSTRAINT interlocutor_classification_known
            CHECK (classification IN ('INTERNAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')),
    ADD COLUMN named_reviewers bigint[] NOT NULL DEFAULT '{}';

CREATE INDEX interlocutor_strict_idx ON interlocutor (team_id) WHERE classification = 'STRICTLY_CONFIDENTIAL';

-- The same for security incidents.
ALTER TABLE security_incident
    ADD COLUMN classification varchar(32) NOT NULL DEFAULT 'CONFIDENTIAL'
        CONSTRAINT security_incident_classification_known
            CHECK (classification IN ('INTERNAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')),
    ADD COLUMN named_reviewers bigint[] NOT NULL DEFAULT '{}';
