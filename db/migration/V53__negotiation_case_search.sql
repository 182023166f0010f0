-- Case search (issue 16, item 7; decision 0029): a blind index. The words of a case's
-- title, area, objectives and of its rounds' asked, offered, outcome and next step are
-- turned into lexemes by PostgreSQL (Spanish, English and as typed, accents and case
-- folded by unaccent), and each lexeme into a keyed hash (HMAC-SHA256 under the team's
-- search key, 64 bits). Only the hashes are stored: no word of a sealed field lies in
-- clear in the database. Parley fills and keeps the terms (a migration cannot compute
-- keyed hashes); cases that have none yet are indexed at start.
--
-- unaccent is a trusted extension (PostgreSQL 13 and later); where the owner may not
-- create extensions, the database administrator creates it first, like pg_trgm (V3).
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA parley;

-- One search key per team: 32 random bytes, sealed under the team's data key like any
-- sealed value (so a rotation of the team's key reseals it, and the hashes stay valid).
CREATE TABLE case_search_key (
    team_id     bigint       PRIMARY KEY REFERENCES team (id),
    search_key  text         NOT NULL,
    created_at  timestamptz  NOT NULL
);

-- A case's terms: the keyed hashes of its lexemes, found through the GIN index.
CREATE TABLE case_search (
    case_id     bigint       PRIMARY KEY REFERENCES negotiation_case (id) ON DELETE CASCADE,
    team_id     bigint       NOT NULL REFERENCES team (id),
    terms       bigint[]     NOT NULL,
    indexed_at  timestamptz  NOT NULL
);
CREATE INDEX case_search_terms_idx ON case_search USING gin (terms);
