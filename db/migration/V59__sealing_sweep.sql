-- Start-up sealing remembers what it has done (issue 17: a start at scale spent 12 s scanning
-- fifteen big columns for values in clear that were not there).
--
-- Every value Parley writes to a sealed column is sealed as it is written; only values from
-- before sealing existed, or put there by a migration (the demo data, an import), can be in
-- clear. So once a column has been swept under a given set of applied migrations, a start
-- under the same set need not sweep it again. A new migration, or a column sealed for the
-- first time, means one more sweep. A database restored from a backup brings its own rows.
CREATE TABLE sealing_sweep (
    place          VARCHAR(200) NOT NULL,
    schema_rank    INT          NOT NULL,
    swept_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT sealing_sweep_pk PRIMARY KEY (place)
);

GRANT SELECT, INSERT, UPDATE ON sealing_sweep TO "${app_user}";
REVOKE DELETE, TRUNCATE ON sealing_sweep FROM "${app_user}";
