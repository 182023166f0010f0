#!/bin/sh
# Run by the postgres image once, when the database volume is first initialised
# (/docker-entrypoint-initdb.d). Creates the two roles of decision 0019, neither a superuser:
# the owner, which owns the parley schema and which Flyway migrates as, and the role Parley
# connects as, which owns nothing (migration V31 grants it what it may do); and, as the
# superuser, the pg_trgm and unaccent extensions in the schema, which migrations V3 and V53 need and the owner may
# not create. See docs/operations.md.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
	--set owner_user="${PARLEY_DB_OWNER:?PARLEY_DB_OWNER is not set}" \
	--set owner_password="${PARLEY_DB_OWNER_PASSWORD:?PARLEY_DB_OWNER_PASSWORD is not set}" \
	--set app_user="${PARLEY_DB_USER:?PARLEY_DB_USER is not set}" \
	--set app_password="${PARLEY_DB_PASSWORD:?PARLEY_DB_PASSWORD is not set}" <<'SQL'
CREATE ROLE :"owner_user" LOGIN PASSWORD :'owner_password';
CREATE ROLE :"app_user" LOGIN PASSWORD :'app_password';
CREATE SCHEMA parley AUTHORIZATION :"owner_user";
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA parley;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA parley;
SQL
