-- What a disclosure request concerns, each optional: cases, armed groups of the registry, and
-- interlocutors of the request's team (by id; the team is checked by the application).
CREATE TABLE disclosure_request_case (
    request_id  bigint NOT NULL REFERENCES disclosure_request (id) ON DELETE CASCADE,
    case_id     bigint NOT NULL REFERENCES negotiation_case (id),
    PRIMARY KEY (request_id, case_id)
);
CREATE INDEX disclosure_request_case_idx ON disclosure_request_case (case_id, request_id);

CREATE TABLE disclosure_request_group (
    request_id  bigint NOT NULL REFERENCES disclosure_request (id) ON DELETE CASCADE,
    group_id    bigint NOT NULL REFERENCES armed_group (id),
    PRIMARY KEY (request_id, group_id)
);
CREATE INDEX disclosure_request_group_idx ON disclosure_request_group (group_id, request_id);

CREATE TABLE disclosure_request_interlocutor (
    request_id      bigint NOT NULL REFERENCES disclosure_request (id) ON DELETE CASCADE,
    interlocutor_id bigint NOT NULL REFERENCES interlocutor (id),
    PRIMARY KEY (request_id, interlocutor_id)
);
CREATE INDEX disclosure_request_interlocutor_idx ON disclosure_request_interlocutor (interlocutor_id, request_id);
