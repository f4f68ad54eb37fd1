#!/usr/bin/env bash
# Decision register benchmark (a measurement, not a test):
#   1. starts Cohésion from the bundle with its embedded MariaDB and the demo data, in a fresh folder;
#   2. appends 10,000 decisions and 100,000 register entries (correct hash chain) to the CA's chain,
#      straight in SQL (bench/java/org/cohesion/bench/RegisterBench.java, run by the source
#      launcher), and times the verification of every chain in a plain JVM (median of 5 runs after VERIFY_WARMUP);
#   3. runs the administrator's command (VerifyRegister) once, as documented;
#   4. signed in as jvalcin (staff: sees every decision), times the register page with 10,000 decisions,
#      unfiltered and with filters (text search; body and year), from curl's time to first byte:
#      median of 30 requests after 10 warm-up requests, one session cookie;
#   5. times the same verification inside the server (the REST call, median of 5 after as many warm-ups):
#      the whole HTTP call, and the verification's own time that the server writes to the audit log;
#      prints the latter's ratio to the plain JVM's (issue 10 asks for 1 +/- 0.3).
# Usage (after ./mvnw -B package -DskipTests, which builds target/bundle and target/classes):
#   bench/register.sh
# Settings: ENTRIES (100000), DECISIONS (10000), HTTP_PORT (18480), VERIFY_WARMUP (5 runs of the
# verification before the 5 measured, in both JVMs), KEEP (1 keeps the work folder).
set -euo pipefail
cd "$(dirname "$0")/.."

ENTRIES="${ENTRIES:-100000}"
DECISIONS="${DECISIONS:-10000}"
HTTP_PORT="${HTTP_PORT:-18480}"
# Runs of the verification before the 5 measured ones, in the plain JVM and in the server alike: with
# one, the server's runs were still getting faster (540, 574, 551, 375, 448 ms), its JIT busy with
# the rest of the war; the plain JVM compiles that one loop alone.
VERIFY_WARMUP="${VERIFY_WARMUP:-5}"
MARIADB_JAR="$(ls target/cohesion/WEB-INF/lib/mariadb-java-client-*.jar)"
BENCH_NAME=register
READY_SECONDS=180
source bench/lib/bundle.sh
CP="target/classes:$MARIADB_JAR"

echo "== generating $DECISIONS decisions / $ENTRIES entries and timing the verification"
java -cp "$CP" bench/java/org/cohesion/bench/RegisterBench.java "$JDBC" "$DB_USER" "$DB_PASSWORD" "$ENTRIES" "$DECISIONS" "$VERIFY_WARMUP" \
  | tee "$WORK/plain.txt"
PLAIN_MS="$(sed -n 's/.*median \([0-9]*\) ms.*/\1/p' "$WORK/plain.txt")"

echo "== the administrator's command"
java -cp "target/cohesion/WEB-INF/classes:$MARIADB_JAR" \
  org.cohesion.decisions.cli.VerifyRegister "$JDBC" "$DB_USER" "$DB_PASSWORD" || true

echo "== register page, signed in as jvalcin"
JAR="$WORK/cookies.txt"
page="$(curl -sS -c "$JAR" -b "$JAR" "$BASE/login.xhtml")"
vs="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | sed -E 's/.*value="([^"]*)"/\1/' | head -1)"
curl -sS -c "$JAR" -b "$JAR" -o /dev/null \
  --data-urlencode "login=login" --data-urlencode "login:username=jvalcin" \
  --data-urlencode "login:password=cohesion-demo-2008" --data-urlencode "login:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$vs" "$BASE/login.xhtml"

median_ms() {
  local url="$1" times=()
  for _ in $(seq 1 10); do curl -sS -b "$JAR" -o /dev/null "$url"; done
  for _ in $(seq 1 30); do
    times+=("$(curl -sS -b "$JAR" -o /dev/null -w '%{time_starttransfer}' "$url")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f ms (p10 %.1f, p90 %.1f)", a[int(NR/2)+1]*1000, a[int(NR/10)+1]*1000, a[int(NR*9/10)]*1000}'
}
status="$(curl -sS -b "$JAR" -o "$WORK/register.html" -w '%{http_code}' "$BASE/decisions/register.xhtml")"
[[ "$status" == 200 ]] || { echo "register page answered $status" >&2; exit 1; }
echo "register, no filter:            $(median_ms "$BASE/decisions/register.xhtml")"
echo "register, text search 'mesure 42': $(median_ms "$BASE/decisions/register.xhtml?q=mesure%2042")"
echo "register, year and status:      $(median_ms "$BASE/decisions/register.xhtml?year=2043&status=TODO")"
echo "register, overdue only:         $(median_ms "$BASE/decisions/register.xhtml?overdue=true")"
# In the server, as the plain JVM above: VERIFY_WARMUP warm-up calls, then the median of 5. Two figures: the
# whole HTTP call (Shiro, JAX-RS, the JSON, curl), and the verification's own time inside the server,
# which RegisterVerification writes to the audit log around the JDBC work alone: the latter is the
# one to hold against the plain JVM's (the same code on the same rows).
for ((i = 0; i < VERIFY_WARMUP; i++)); do
  curl -sS -b "$JAR" -o /dev/null "$BASE/api/register/verification"
done
runs=()
for _ in 1 2 3 4 5; do
  runs+=("$(curl -sS -b "$JAR" -o /dev/null -w '%{time_total}' "$BASE/api/register/verification")")
done
printf '%s\n' "${runs[@]}" | sort -n | awk '{a[NR]=$1*1000} END {
  printf "verification, whole HTTP call (GET /api/register/verification): median %.0f ms (runs", a[3]
  for (i = 1; i <= NR; i++) printf " %.0f", a[i]
  printf ")\n" }'
INSIDE="$(java -cp "$CP" bench/java/org/cohesion/bench/VerificationTimes.java "$JDBC" "$DB_USER" "$DB_PASSWORD" 5)"
INSIDE_MS="$(sed -n 's/^median \([0-9]*\) ms.*/\1/p' <<<"$INSIDE")"
echo "verification inside the server (audit log, JDBC work only): $INSIDE"
awk -v inside="$INSIDE_MS" -v plain="$PLAIN_MS" 'BEGIN {
  printf "verification: plain JVM %d ms, inside the server %d ms; ratio %.2f (issue 10: 0.7 to 1.3)\n", plain, inside, inside / plain }'
echo "health (floor):                 $(median_ms "$BASE/health/ready")"
