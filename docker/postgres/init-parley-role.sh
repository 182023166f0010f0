#!/bin/sh
# Run by the postgres image once, when the database volume is first initialised
# (/docker-entrypoint-initdb.d). Creates the role Parley connects as: a plain login role,
# not a superuser, that owns the parley schema; and, as the superuser, the pg_trgm extension
# in that schema, which migration V3 needs and that role may not create. See docs/operations.md.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
	--set app_user="${PARLEY_DB_USER:?PARLEY_DB_USER is not set}" \
	--set app_password="${PARLEY_DB_PASSWORD:?PARLEY_DB_PASSWORD is not set}" <<'SQL'
CREATE ROLE :"app_user" LOGIN PASSWORD :'app_password';
CREATE SCHEMA parley AUTHORIZATION :"app_user";
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA parley;
SQL
