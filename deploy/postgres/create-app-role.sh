#!/usr/bin/env bash
# Run once by the postgres image on a new database (docker-entrypoint-initdb.d): the service's own role. The schema's
# owner (POSTGRES_USER) is the role Flyway migrates as; the migrations grant portal_app what the service needs, and on
# the audit tables only insert and select (docs/deployment.md, "Database roles").
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$PORTAL_APP_DB_PASSWORD" <<'SQL'
create role portal_app login password :'app_password';
SQL
