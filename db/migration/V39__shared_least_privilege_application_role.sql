-- The application connects as a role of its own that owns nothing (decision 0019): Flyway
-- migrates as the owner of the schema (spring.flyway.user, PARLEY_DB_OWNER), Parley runs as
-- ${app_user} (spring.datasource.username, PARLEY_DB_USER). It may read and write the ordinary
-- tables, but only read and append to the audit tables; owning no table, it cannot switch their
-- triggers off, and not being a superuser it cannot set session_replication_role.
--
-- Roles belong to the whole PostgreSQL server, not to one database: the role is created only
-- when missing (another database on the same server, a test run's for instance, may have made
-- it, even at the same moment), and its password is set only when it is created. When the owner
-- may not create roles, an administrator creates it beforehand (docs/operations.md).
DO $do$
DECLARE
    app      text := '${app_user}';
    -- Dollar-quoted, so any character may be in the password; the space before the
    -- placeholder keeps Flyway from reading it as part of the quote, and is dropped.
    password text := substr($pw$ ${app_password}$pw$, 2);
BEGIN
    IF app = current_user THEN
        RAISE EXCEPTION 'Parley must connect as a role other than the one that migrates (%): set PARLEY_DB_USER (default parley_app) apart from PARLEY_DB_OWNER', app;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
            RAISE EXCEPTION 'The role % does not exist and % may not create it: create it first (CREATE ROLE % LOGIN PASSWORD ...), see docs/operations.md', app, current_user, app;
        END IF;
        BEGIN
            IF password = '' THEN
                EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT', app);
            ELSE
                EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD %L',
                               app, password);
            END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- made at the same moment by a migration of another database on this server
        END;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app AND rolsuper) THEN
        RAISE EXCEPTION 'The role % that Parley connects as is a superuser: it could switch the audit log''s triggers off', app;
    END IF;
END
$do$;

GRANT USAGE ON SCHEMA "${flyway:defaultSchema}" TO "${app_user}";

-- Every ordinary table, and those later migrations create (as this owner).
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${flyway:defaultSchema}" TO "${app_user}";
GRANT USAGE ON ALL SEQUENCES IN SCHEMA "${flyway:defaultSchema}" TO "${app_user}";
ALTER DEFAULT PRIVILEGES IN SCHEMA "${flyway:defaultSchema}"
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${app_user}";
ALTER DEFAULT PRIVILEGES IN SCHEMA "${flyway:defaultSchema}"
    GRANT USAGE ON SEQUENCES TO "${app_user}";

-- The audit log and what belongs with it: read and append only. A later migration that adds
-- an append-only table revokes UPDATE and DELETE on it the same way.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, read_record, audit_verification, audit_anchor FROM "${app_user}";

-- Flyway's own history: the application reads it (the /actuator/flyway endpoint), nothing more.
REVOKE ALL ON flyway_schema_history FROM "${app_user}";
GRANT SELECT ON flyway_schema_history TO "${app_user}";
