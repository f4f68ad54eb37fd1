# Sourced by bench/startup.sh and bench/pages.sh: what both need to start, time and stop servers.
# In: ROOT (the source tree), PORT. Out: BUNDLE; bench_stop, bench_median, bench_load.

BUNDLE="${BUNDLE:-$ROOT/target/bundle}"

# bench_require TOOL...: each tool on the PATH, the bundle built, PORT free.
bench_require() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
  done
  [[ -f "$BUNDLE/cohesion.jar" && -f "$BUNDLE/lib/payara-micro.jar" ]] || {
    echo "no bundle in $BUNDLE: run ./mvnw -DskipTests package first" >&2
    exit 1
  }
  if curl -s -o /dev/null --max-time 2 "http://localhost:$PORT/"; then
    echo "port $PORT already answers: stop what runs there or set PORT" >&2
    exit 1
  fi
}

# bench_stop PID: SIGTERM, not SIGINT (a JVM started in the background of a non-interactive shell
# ignores SIGINT). The launcher's shutdown hook stops Payara, then MariaDB, and a first start writes
# its class-data sharing archive: give it a minute before SIGKILL.
bench_stop() {
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

# bench_median: the median of the numbers on standard input, one per line.
bench_median() {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# bench_load: the load averages (1, 5, 15 minutes); figures of a shared machine come with them.
bench_load() { cut -d' ' -f1-3 /proc/loadavg; }
