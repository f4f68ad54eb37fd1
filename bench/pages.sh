#!/usr/bin/env bash
# Page throughput benchmark (a measurement, not a test), with wrk, floor included, in one run:
#   1. the floor: a trivial Faces page (bench/floor: 20 rows and a form, Production stage,
#      server-side state), built here and run on a bare Payara Micro (the bundle's own jar);
#   2. Cohésion's bundle (java -jar target/bundle/cohesion.jar, embedded MariaDB, demo data), signed
#      in: the home page /index.xhtml, a group page /group.xhtml?id=evaluation-des-cucs, and
#      /health/ready.
# Each page is measured with one shared session (every request carries the same signed-in cookie,
# as one busy user) and with one session per connection (CONNECTIONS sessions, each signed in; a
# wrk thread hands them out in turn, one per request). For each: a warm-up, then RUNS runs with
# --latency; it prints req/s, p50 and p99 of every run, then the medians and the spread, the ratio
# to the floor's req/s in the same mode, and the resident memory (RSS) of Cohésion's JVM after the
# runs.
#
# Usage, after ./mvnw -DskipTests package (it needs target/bundle/):
#   bench/pages.sh
#   RUNS=3 DURATION=20 CONNECTIONS=16 bench/pages.sh
#   BASE_URL=http://localhost:8080 bench/pages.sh     (a Cohésion already running: not started here)
# Settings (environment):
#   RUNS         measured runs of each page and mode (default 3)
#   JIT_WARMUP   at most that many seconds (default 420) of load before the first measured run of
#                each server, until the JIT's compile queue is nearly empty (JIT_QUEUE, default 10
#                methods waiting): a large war's hot paths take minutes to compile on 2 cores under
#                load (a fresh Cohésion: 99 req/s on the home page after 1 min, 249 after 7, with
#                150 methods still queued after 4 min), and every page's req/s moved by at most
#                STABLE % (default 5) over its last 15 s. 0 skips it.
#   DURATION     seconds of each run (default 20); WARMUP seconds of the warm-up (default 10)
#   CONNECTIONS  wrk connections (default 16), THREADS wrk threads (default 2)
#   PORT         HTTP port of the servers started here (default 18090); it must be free
#   BASE_URL     measure this running Cohésion instead of starting one (its RSS is then not read)
#   BENCH_USER / PASSWORD  the account signed in (default manselme / cohesion-demo-2008)
#   GROUP        the group page's slug (default evaluation-des-cucs); the user must see it
#   KEEP_LOGS=1  keeps the work folder (server logs, wrk outputs)
#   NMT=1        starts Cohésion with Native Memory Tracking and prints its summary after the runs
#                (where the RSS goes: heap, metaspace, code cache, threads, GC...)
#   IDLE=75      then leaves Cohésion idle that many seconds and reads its RSS again (the launcher's
#                G1 settings give free heap back after a minute idle), with the heap then in use
# Targets (issue 10): group page >= 10 % of the floor's req/s and p99 <= 250 ms at 16 connections,
# home page >= 15 %, no errors. The machines are shared and noisy: compare the ratios of one run.
set -euo pipefail

RUNS="${RUNS:-3}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-10}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
PORT="${PORT:-18090}"
BASE_URL="${BASE_URL:-}"
JIT_WARMUP="${JIT_WARMUP:-420}"
JIT_QUEUE="${JIT_QUEUE:-10}"
STABLE="${STABLE:-5}"
LOGIN_USER="${BENCH_USER:-manselme}"
PASSWORD="${PASSWORD:-cohesion-demo-2008}"
GROUP="${GROUP:-evaluation-des-cucs}"
KEEP_LOGS="${KEEP_LOGS:-0}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/common.sh
source "$ROOT/bench/lib/common.sh"
API_JAR="${API_JAR:-$HOME/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar}"

if ! command -v wrk >/dev/null; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "installing wrk…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk is missing: apt-get install -y wrk" >&2
    exit 1
  fi
fi
bench_require curl javac jar java awk sort
[[ -f "$API_JAR" ]] || { echo "no Jakarta EE API jar at $API_JAR (set API_JAR)" >&2; exit 1; }

# Under target/, not /tmp: other processes on a shared machine clean /tmp.
mkdir -p "$ROOT/target/bench"
WORK="$(mktemp -d "$ROOT/target/bench/pages.XXXXXX")"
PID=""
stop() { bench_stop "$1"; }
cleanup() {
  local status=$?
  stop "$PID"
  if [[ "$KEEP_LOGS" == 1 || $status -ne 0 ]]; then
    echo "work folder and logs kept in $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# wait_ready URL PID LOG: until URL answers 200 (at most 300 s).
wait_ready() {
  local i
  for ((i = 0; i < 1500; i++)); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" == 200 ]] && return 0
    kill -0 "$2" 2>/dev/null || { echo "the server stopped; end of $3:" >&2; tail -n 30 "$3" >&2; return 1; }
    sleep 0.2
  done
  echo "no 200 from $1 after 300 s" >&2
  return 1
}

# ---- wrk and its figures --------------------------------------------------------------------------
# Hands out the cookies given after "--" in turn, one per request; thread k of n takes the cookies
# k, k + n, k + 2n… so that the threads do not share sessions.
cat >"$WORK/sessions.lua" <<'LUA'
local count = 0
function setup(thread)
  thread:set("id", count)
  count = count + 1
end
function init(args)
  cookies = {}
  local n = tonumber(args[1])
  for i = 2, #args do
    if (i - 2) % n == id then cookies[#cookies + 1] = args[i] end
  end
  if #cookies == 0 then cookies = { args[2] } end
  next_cookie = 0
end
function request()
  next_cookie = next_cookie % #cookies + 1
  return wrk.format(nil, nil, { ["Cookie"] = cookies[next_cookie] })
end
LUA

# wrk_run SECONDS URL OUT MODE : MODE "shared" uses $SHARED_COOKIE, "per-connection" the $COOKIES.
wrk_run() {
  local seconds="$1" url="$2" out="$3" mode="$4"
  if [[ "$mode" == shared ]]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -H "Cookie: $SHARED_COOKIE" "$url" >"$out"
  else
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s "$WORK/sessions.lua" "$url" \
      -- "$THREADS" "${COOKIES[@]}" >"$out"
  fi
}
req_per_s() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }
# A percentile from --latency, in milliseconds whatever unit wrk chose (us, ms, s, m).
percentile_ms() {
  awk -v p="$2" '$1 == p {
    v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
    f = (u == "us") ? 0.001 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1
    printf "%.1f", v * f }' "$1"
}
errors() {
  awk '/Non-2xx or 3xx responses:/ { n = $NF }
    /Socket errors:/ { s = $0; sub(/^ *Socket errors: */, "", s); gsub(/,/, "", s) }
    END { e = 0; if (n) e += n; if (s) { k = split(s, f, " "); for (i = 2; i <= k; i += 2) e += f[i] } print e }' "$1"
}
median() { bench_median; }

# jit_queue PID: how many methods wait for the JIT compilers (empty when jcmd cannot tell).
jit_queue() { jcmd "$1" Compiler.queue 2>/dev/null | grep -cE '^ *[0-9]+ +[0-9]+ ' || true; }
# warm_jit PID URL... : load on the URLs in turn (shared session), 15 s at a time, until the JIT's
# queue is at most JIT_QUEUE methods and every URL's req/s moved by at most STABLE % since its last
# 15 s, or JIT_WARMUP seconds have passed; prints each step. (An empty queue is not enough: the
# floor's queue empties within 30 s while its req/s still doubles over the next minute.) Without a
# PID (a Cohésion not started here) it loads for JIT_WARMUP / 4 seconds.
warm_jit() {
  local pid="$1" spent=0 queue="" url rps steady
  shift
  ((JIT_WARMUP > 0)) || return 0
  local -A last=()
  while ((spent < JIT_WARMUP)); do
    steady=1
    for url in "$@"; do
      wrk -t"$THREADS" -c"$CONNECTIONS" -d15s -H "Cookie: $SHARED_COOKIE" "$url" >"$WORK/jit.txt"
      spent=$((spent + 15))
      rps="$(req_per_s "$WORK/jit.txt")"
      if [[ -z "${last[$url]:-}" ]] ||
        ! awk -v a="$rps" -v b="${last[$url]}" -v p="$STABLE" \
          'BEGIN { d = a - b; if (d < 0) d = -d; exit !(b > 0 && d * 100 <= p * b) }'; then
        steady=0
      fi
      last[$url]="$rps"
    done
    if [[ -n "$pid" ]]; then
      queue="$(jit_queue "$pid")"
      printf '  JIT warm-up: %3d s, %6s req/s on the last page, %s methods queued for compilation\n' \
        "$spent" "$rps" "${queue:-?}"
      [[ -n "$queue" ]] && ((queue <= JIT_QUEUE && steady)) && return 0
    elif ((spent >= JIT_WARMUP / 4)); then
      return 0
    fi
  done
  echo "  JIT warm-up: stopped after $spent s with ${queue:-?} methods still queued" >&2
}

# bench NAME URL MODE: warm-up, then RUNS runs; figures in $WORK/NAME-MODE.{rps,p50,p99,err}.
bench() {
  local name="$1" url="$2" mode="$3" run out key="$1-$3"
  printf '%-8s %-15s %s\n' "$name" "$mode" "$url"
  wrk_run "$WARMUP" "$url" "$WORK/$key-warmup.txt" "$mode"
  : >"$WORK/$key.rps"; : >"$WORK/$key.p50"; : >"$WORK/$key.p99"; : >"$WORK/$key.err"
  for ((run = 1; run <= RUNS; run++)); do
    out="$WORK/$key-$run.txt"
    wrk_run "$DURATION" "$url" "$out" "$mode"
    req_per_s "$out" >>"$WORK/$key.rps"; echo >>"$WORK/$key.rps"
    percentile_ms "$out" 50% >>"$WORK/$key.p50"; echo >>"$WORK/$key.p50"
    percentile_ms "$out" 99% >>"$WORK/$key.p99"; echo >>"$WORK/$key.p99"
    errors "$out" >>"$WORK/$key.err"
    printf '  run %d: %7s req/s   p50 %7s ms   p99 %7s ms   errors %s   (load %s)\n' "$run" \
      "$(tail -n 1 "$WORK/$key.rps")" "$(tail -n 1 "$WORK/$key.p50")" "$(tail -n 1 "$WORK/$key.p99")" \
      "$(tail -n 1 "$WORK/$key.err")" "$(cut -d' ' -f1 /proc/loadavg)"
  done
}

# ---- 1. The floor: a trivial Faces war on a bare Payara Micro ---------------------------------------
echo "Floor and Cohésion, wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up then $RUNS x ${DURATION} s," \
  "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$WORK/floor/WEB-INF/classes"
cp "$ROOT/bench/floor/index.xhtml" "$WORK/floor/"
cp "$ROOT/bench/floor/WEB-INF/web.xml" "$ROOT/bench/floor/WEB-INF/beans.xml" "$WORK/floor/WEB-INF/"
javac --release 17 -cp "$API_JAR" -d "$WORK/floor/WEB-INF/classes" "$ROOT"/bench/floor/src/bench/floor/*.java
jar cf "$WORK/floor.war" -C "$WORK/floor" .

mkdir -p "$WORK/floor-root" "$WORK/floor-tmp"
java -Xmx512m -Djava.io.tmpdir="$WORK/floor-tmp" -jar "$BUNDLE/lib/payara-micro.jar" --nocluster \
  --port "$PORT" --rootdir "$WORK/floor-root" --deploy "$WORK/floor.war" --contextroot / \
  </dev/null >"$WORK/floor.log" 2>&1 &
PID=$!
FLOOR_URL="http://localhost:$PORT/index.xhtml"
wait_ready "$FLOOR_URL" "$PID" "$WORK/floor.log"
# A Faces page with a form opens a session at its first answer: that cookie is the shared session.
floor_cookie() {
  curl -sS -o /dev/null -D - "$FLOOR_URL" | tr -d '\r' |
    awk 'tolower($1) == "set-cookie:" { sub(/;.*/, "", $2); print $2; exit }'
}
SHARED_COOKIE="$(floor_cookie)"
[[ "$SHARED_COOKIE" == JSESSIONID=* ]] || { echo "the floor page opened no session" >&2; exit 1; }
COOKIES=()
for ((i = 0; i < CONNECTIONS; i++)); do COOKIES+=("$(floor_cookie)"); done
echo "floor    JIT warm-up"
warm_jit "$PID" "$FLOOR_URL"
bench floor "$FLOOR_URL" shared
bench floor "$FLOOR_URL" per-connection
stop "$PID"
PID=""

# ---- 2. Cohésion ---------------------------------------------------------------------------------
COHESION_PID=""
if [[ -z "$BASE_URL" ]]; then
  BASE_URL="http://localhost:$PORT"
  mkdir -p "$WORK/tmp"
  # A data folder of the bench's own (first start: unpack, migrations, demo data), outside /tmp.
  nmt=()
  [[ "${NMT:-0}" == 1 ]] && nmt=(-XX:NativeMemoryTracking=summary)
  env -u COHESION_DB_URL COHESION_HTTP_PORT="$PORT" COHESION_DATA_DIR="$WORK/db" \
    java "${nmt[@]}" -Djava.io.tmpdir="$WORK/tmp" -jar "$BUNDLE/cohesion.jar" </dev/null >"$WORK/cohesion.log" 2>&1 &
  PID=$!
  wait_ready "$BASE_URL/health/ready" "$PID" "$WORK/cohesion.log"
  # The JVM serving the pages: the launcher's second JVM (the one with the default heap), if any.
  COHESION_PID="$(pgrep -P "$PID" java | head -n 1 || true)"
  COHESION_PID="${COHESION_PID:-$PID}"
fi
BASE_URL="${BASE_URL%/}"

# sign_in: prints the Cookie header of a fresh signed-in session, or fails. The launcher loads the
# demo data after readiness: a failed sign-in is retried for a while.
sign_in() {
  local jar="$WORK/jar.$RANDOM" view_state code tries
  for ((tries = 0; tries < 60; tries++)); do
    rm -f "$jar"
    code="$(curl -sS -c "$jar" -b "$jar" -o "$WORK/login.html" -w '%{http_code}' "$BASE_URL/login.xhtml")" || return 1
    view_state="$(tr '\n' ' ' <"$WORK/login.html" |
      grep -o '<input[^>]*name="jakarta\.faces\.ViewState"[^>]*>' | head -n 1 |
      sed -n 's/.*value="\([^"]*\)".*/\1/p')" || true
    if [[ "$code" == 200 && -n "$view_state" ]]; then
      code="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
        --data-urlencode "login=login" \
        --data-urlencode "login:username=$LOGIN_USER" \
        --data-urlencode "login:password=$PASSWORD" \
        --data-urlencode "login:submit=login:submit" \
        --data-urlencode "jakarta.faces.ViewState=$view_state" \
        "$BASE_URL/login.xhtml")"
      if [[ "$code" == 302 || "$code" == 303 ]]; then
        # curl writes HttpOnly cookies with a "#HttpOnly_" prefix: those are cookies, not comments.
        sed 's/^#HttpOnly_//' "$jar" | awk -F'\t' 'NF >= 7 && $1 !~ /^#/ { printf "%s%s=%s", sep, $6, $7; sep = "; " }'
        rm -f "$jar"
        return 0
      fi
    fi
    sleep 1
  done
  echo "sign-in as $LOGIN_USER failed for 60 s (HTTP $code)" >&2
  return 1
}
# check_page URL COOKIE: a 200 that is not the sign-in page.
check_page() {
  local code
  code="$(curl -sS -H "Cookie: $2" -o "$WORK/page.html" -w '%{http_code}' "$1")"
  if [[ "$code" != 200 ]] || grep -q 'name="login:password"' "$WORK/page.html"; then
    echo "$1 answered $code$(grep -q 'name="login:password"' "$WORK/page.html" && echo ', the sign-in page')" >&2
    return 1
  fi
}

SHARED_COOKIE="$(sign_in)"
COOKIES=()
for ((i = 0; i < CONNECTIONS; i++)); do COOKIES+=("$(sign_in)"); done
HOME_URL="$BASE_URL/index.xhtml"
GROUP_URL="$BASE_URL/group.xhtml?id=$GROUP"
READY_URL="$BASE_URL/health/ready"
check_page "$HOME_URL" "$SHARED_COOKIE"
check_page "$GROUP_URL" "$SHARED_COOKIE" || { echo "(does $LOGIN_USER see the group $GROUP?)" >&2; exit 1; }

echo "Cohésion JIT warm-up (home and group pages in turn)"
warm_jit "$COHESION_PID" "$HOME_URL" "$GROUP_URL"
bench home "$HOME_URL" shared
bench home "$HOME_URL" per-connection
bench group "$GROUP_URL" shared
bench group "$GROUP_URL" per-connection
bench ready "$READY_URL" shared

# Still signed in? Otherwise the figures measured redirects to the sign-in page.
for cookie in "$SHARED_COOKIE" "${COOKIES[0]}" "${COOKIES[$((CONNECTIONS - 1))]}"; do
  check_page "$GROUP_URL" "$cookie" || { echo "a session was lost during the runs: figures void" >&2; exit 1; }
done

# ---- Summary -------------------------------------------------------------------------------------
stat_of() { median <"$WORK/$1.$2"; }
spread_of() { sort -g "$WORK/$1.$2" | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s-%s", lo, hi }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f %%", 100 * a / b; else print "n/a" }'; }
echo
echo "Summary: medians of $RUNS runs (spread min-max), $CONNECTIONS connections"
printf '  %-6s %-15s %8s %13s %9s %9s %13s %8s %7s\n' page session "req/s" "(spread)" "p50 ms" "p99 ms" "(p99 spread)" "/ floor" errors
for key in floor-shared floor-per-connection home-shared home-per-connection group-shared group-per-connection ready-shared; do
  page="${key%%-*}"
  mode="${key#*-}"
  rps="$(stat_of "$key" rps)"
  printf '  %-6s %-15s %8s %13s %9s %9s %13s %8s %7s\n' "$page" "$mode" "$rps" "($(spread_of "$key" rps))" \
    "$(stat_of "$key" p50)" "$(stat_of "$key" p99)" "($(spread_of "$key" p99))" \
    "$(ratio "$rps" "$(stat_of "floor-$mode" rps)")" "$(awk '{ s += $1 } END { print s + 0 }' "$WORK/$key.err")"
done
verdict() {
  awk -v r="$1" -v f="$2" -v p="$3" -v share="$4" -v pmax="$5" -v e="$6" \
    'BEGIN { print (r >= share * f && (pmax == "" || p <= pmax) && e == 0) ? "met" : "missed" }'
}
for mode in shared per-connection; do
  floor="$(stat_of "floor-$mode" rps)"
  echo "  targets, $mode session(s): group >= 10 % of the floor and p99 <= 250 ms:" \
    "$(verdict "$(stat_of "group-$mode" rps)" "$floor" "$(stat_of "group-$mode" p99)" 0.10 250 \
      "$(awk '{ s += $1 } END { print s + 0 }' "$WORK/group-$mode.err")");" \
    "home >= 15 %: $(verdict "$(stat_of "home-$mode" rps)" "$floor" 0 0.15 "" \
      "$(awk '{ s += $1 } END { print s + 0 }' "$WORK/home-$mode.err")")"
done
if [[ -n "$COHESION_PID" ]]; then
  echo "  RSS of Cohésion's JVM after the runs: $(awk '/VmRSS/ { printf "%d MiB", $2 / 1024 }' "/proc/$COHESION_PID/status")" \
    "(aim <= 700 MB); load average $(cut -d' ' -f1-3 /proc/loadavg)"
fi
if [[ -n "$COHESION_PID" && "${NMT:-0}" == 1 ]]; then
  echo
  echo "Native memory of Cohésion's JVM (committed, KB):"
  jcmd "$COHESION_PID" VM.native_memory summary | grep -E '^(Total|-) ' | sed 's/^/  /'
  echo "  embedded mariadbd (a process of its own, not in the JVM's RSS):" \
    "$(for p in $(pgrep -f "$WORK/.*mariadbd" || true); do awk '/VmRSS/ { printf "%d MiB ", $2 / 1024 }' "/proc/$p/status"; done)"
fi
if [[ -n "$COHESION_PID" && "${IDLE:-0}" -gt 0 ]]; then
  sleep "$IDLE"
  echo "  RSS of Cohésion's JVM after $IDLE s idle: $(awk '/VmRSS/ { printf "%d MiB", $2 / 1024 }' "/proc/$COHESION_PID/status");" \
    "heap: $(jcmd "$COHESION_PID" GC.heap_info | grep -m1 -E 'garbage-first|def new|total' | sed 's/^ *//')"
  if [[ "${NMT:-0}" == 1 ]]; then
    jcmd "$COHESION_PID" VM.native_memory summary | grep -E '^(Total|-) +(Java Heap|Class|Thread|Code|GC)' | sed 's/^/  /'
  fi
fi
