-- The cases a bulk export left out, and why. A case whose attached files no longer match the
-- SHA-256 recorded at upload is not exported (its dossier would pass a changed file off as
-- the record); the export goes on with the other cases and names this one, on its progress
-- and in the summary inside its ZIP. files: the names of the files at fault, one a line
-- (a stored file's name holds no line break).
CREATE TABLE dossier_export_failure (
    export_id  bigint        NOT NULL REFERENCES dossier_export (id),
    case_id    bigint        NOT NULL REFERENCES negotiation_case (id),
    reason     varchar(30)   NOT NULL CHECK (reason IN ('INTEGRITY_FAILURE')),
    files      varchar(20000) NOT NULL,
    PRIMARY KEY (export_id, case_id)
);
