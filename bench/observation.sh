#!/usr/bin/env bash
# Observatory benchmark (a measurement, not a test):
#   1. starts Cohésion from the bundle with its embedded MariaDB and the demo data, in a fresh folder;
#   2. bench/java/org/cohesion/bench/ObservationBench.java (source launcher) generates 500
#      territories x 40 indicators x 50 years = 1,000,000 observations (LOAD DATA), then times the indicator ranking and the
#      territory dashboard through the application's query code (ObservationStore) beside the raw SQL,
#      and the import of a 100,000-row CSV through the importer (parser + upsert, one transaction)
#      beside LOAD DATA LOCAL INFILE of the same rows, with the heap used during the import;
#   3. signed in as jvalcin, times the pages over HTTP (curl's time to first byte, median of 30 after
#      10 warm-up requests): territory dashboard, indicator dashboard (ranking of 500), their CSV.
# Usage (after ./mvnw -B package -DskipTests, which builds target/bundle and target/classes):
#   bench/observation.sh
# Settings: HTTP_PORT (18490), KEEP (1 keeps the work folder).
set -euo pipefail
cd "$(dirname "$0")/.."

HTTP_PORT="${HTTP_PORT:-18490}"
MARIADB_JAR="$(ls target/cohesion/WEB-INF/lib/mariadb-java-client-*.jar)"
CSV_JAR="$(ls target/cohesion/WEB-INF/lib/commons-csv-*.jar)"
CODEC_JAR="$(ls target/cohesion/WEB-INF/lib/commons-codec-*.jar 2>/dev/null | head -1 || true)"
IO_JAR="$(ls target/cohesion/WEB-INF/lib/commons-io-*.jar 2>/dev/null | head -1 || true)"
BENCH_NAME=observation
source bench/lib/bundle.sh
CP="target/classes:$MARIADB_JAR:$CSV_JAR${CODEC_JAR:+:$CODEC_JAR}${IO_JAR:+:$IO_JAR}"

echo "== 1,000,000 observations, queries and import through the application's code"
java -Xmx512m -cp "$CP" bench/java/org/cohesion/bench/ObservationBench.java "$JDBC" "$DB_USER" "$DB_PASSWORD" "$WORK"

echo "== pages over HTTP, signed in as jvalcin"
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
for path in "observation/territory.xhtml?code=BQ0123" "observation/indicator.xhtml?code=BENCH07&period=2001"; do
  status="$(curl -sS -b "$JAR" -o /dev/null -w '%{http_code}' "$BASE/$path")"
  [[ "$status" == 200 ]] || { echo "$path answered $status" >&2; KEEP=1; exit 1; }
done
echo "territory dashboard page (2,000 + 4,000 values, 40 charts): $(median_ms "$BASE/observation/territory.xhtml?code=BQ0123")"
echo "indicator page (ranking of 500, chart, table):              $(median_ms "$BASE/observation/indicator.xhtml?code=BENCH07&period=2001")"
echo "territory dashboard CSV (6,000 rows):                       $(median_ms "$BASE/api/observation/territories/BQ0123/dashboard.csv")"
echo "indicator ranking CSV (500 rows):                           $(median_ms "$BASE/api/observation/indicators/BENCH07/dashboard.csv?period=2001")"
echo "health (floor):                                             $(median_ms "$BASE/health/ready")"
echo "== server RSS: $(ps -o rss= -p "$PID" | awk '{printf "%d MB", $1/1024}')"
