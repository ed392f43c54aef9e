#!/usr/bin/env bash
# Run once by the postgres image on a new database (docker-entrypoint-initdb.d), after create-app-role.sh: Keycloak's
# own role and database beside the portal's, so neither can read the other's tables (docs/deployment.md).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v keycloak_password="$KC_DB_PASSWORD" -v portal_db="$POSTGRES_DB" <<'SQL'
create role keycloak login password :'keycloak_password';
create database keycloak owner keycloak;
-- Every role may connect to every database unless told otherwise: only the owners (and the portal's own role) may.
revoke connect on database keycloak from public;
revoke connect on database :"portal_db" from public;
grant connect on database :"portal_db" to portal_app;
SQL
