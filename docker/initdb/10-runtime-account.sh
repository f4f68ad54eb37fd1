#!/bin/bash
# Run once by the mariadb image, when it initialises an empty volume (it sources *.sh files in
# /docker-entrypoint-initdb.d after creating MARIADB_DATABASE and MARIADB_USER, the schema's owner).
# Creates the application's runtime account, which may only read and write rows: no DROP, ALTER,
# CREATE or TRIGGER. Migrations run as the owner. See docs/operations.md, "Database accounts".
set -euo pipefail

: "${COHESION_DB_PASSWORD:?COHESION_DB_PASSWORD must be set for the runtime account}"
# Doubled single quotes: the password is written inside a SQL string literal.
app_password="${COHESION_DB_PASSWORD//\'/\'\'}"

docker_process_sql --database=mysql <<SQL
CREATE USER IF NOT EXISTS 'cohesion'@'%' IDENTIFIED BY '${app_password}';
GRANT SELECT, INSERT, UPDATE, DELETE ON \`${MARIADB_DATABASE}\`.* TO 'cohesion'@'%';
SQL
