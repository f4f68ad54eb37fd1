#!/usr/bin/env bash
# Attack tools against a local Cohésion (a check people run, not part of ./mvnw verify or CI):
#   1. installs sqlmap and wapiti (Debian packages) if missing, builds the bundle if missing;
#   2. starts Cohésion from the bundle with its embedded MariaDB and the demo data, in a fresh
#      folder under target/bench, on a free port, and waits for /health/ready (bench/lib/bundle.sh);
#   3. signs in through the Faces login form as the administrator jvalcin and as the member
#      manselme (demo password), keeping each one's session cookie;
#   4. sqlmap, signed in as jvalcin (who reaches every page), over every GET parameter of the pages
#      (the f:viewParam names and the parameters the beans read) and every JAX-RS @QueryParam and
#      @PathParam, with values taken from the demo data's own links;
#   5. wapiti, signed in as manselme (an attacker with an ordinary account), crawling and attacking
#      the whole site with its default modules less ssrf (which calls an outside server);
#   6. prints the injectable parameters found by sqlmap, wapiti's findings by category, whether the
#      sessions survived, the errors the server logged, and how long it all took; stops Cohésion.
# Usage: bench/security-scan.sh        Reports land in target/security-scan/ (kept).
# Settings: HTTP_PORT (a free one), SQLMAP_LEVEL (2), SQLMAP_RISK (2), SQLMAP_TECHNIQUE (BEU:
# boolean, error and UNION; add T for time-based blind, which makes it much slower),
# WAPITI_SECONDS (300, the crawl budget; each attack module then has 45 s at most), KEEP (1 keeps
# the work folder), BASE_URL (scan a Cohésion already running on this machine instead of starting
# one; APP_LOG: its log file).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

SQLMAP_LEVEL="${SQLMAP_LEVEL:-2}"
SQLMAP_RISK="${SQLMAP_RISK:-2}"
SQLMAP_TECHNIQUE="${SQLMAP_TECHNIQUE:-BEU}"
WAPITI_SECONDS="${WAPITI_SECONDS:-300}"
PASSWORD=cohesion-demo-2008

if ! command -v sqlmap >/dev/null || ! command -v wapiti >/dev/null; then
  echo "== installing sqlmap and wapiti"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlmap wapiti >/dev/null
fi
if [[ ! -f target/bundle/cohesion.jar || ! -d target/test-classes ]]; then
  echo "== building the bundle"
  ./mvnw -B -q package -DskipTests
fi

if [[ -n "${BASE_URL:-}" ]]; then
  # An instance already running on this machine (e.g. to rerun the tools without a restart).
  BASE="${BASE_URL%/}"
  mkdir -p target/bench
  WORK="$(mktemp -d "$PWD/target/bench/security-scan.XXXXXX")"
  [[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$WORK"' EXIT
  APP_LOG="${APP_LOG:-/dev/null}"
else
  # A free port: ask the kernel for one, unless told.
  HTTP_PORT="${HTTP_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
  BENCH_NAME=security-scan
  READY_SECONDS=600
  source bench/lib/bundle.sh
  APP_LOG="$WORK/app.log"
fi
OUT="$PWD/target/security-scan"
rm -rf "$OUT" && mkdir -p "$OUT"
echo "== Cohésion is ready at $BASE after $(($(date +%s) - started)) s; reports in $OUT"

# Signs in through the Faces form: GET the page, read the form's field names and its ViewState,
# POST them back with the credentials. Leaves the session in the cookie jar $2.
sign_in() {
  local user="$1" jar="$2" page fields
  # Read the page until it holds the form: once, right after /health/ready, the first answer did not.
  for _ in 1 2 3 4 5; do
    curl -sS -c "$jar" -b "$jar" -o "$WORK/login.html" "$BASE/login.xhtml" || true
    grep -q 'type="password"' "$WORK/login.html" && break
    sleep 3
  done
  grep -q 'type="password"' "$WORK/login.html" || cp "$WORK/login.html" "$OUT/login-failed.html"
  fields="$(python3 - "$user" "$PASSWORD" "$WORK/login.html" <<'PY'
import sys, html, re, urllib.parse
page = open(sys.argv[3], encoding="utf-8").read()
form = next((f for f in re.findall(r"<form\b.*?</form>", page, re.S) if "password" in f), None)
if form is None:
    sys.exit("no sign-in form in " + sys.argv[3])
pairs = []
for tag in re.findall(r"<(?:input|button)\b[^>]*>", form):
    attr = dict((k, html.unescape(v)) for k, v in re.findall(r'(\w[\w:.-]*)="([^"]*)"', tag))
    name, kind = attr.get("name"), attr.get("type", "text")
    if not name:
        continue
    if kind == "password":
        pairs.append((name, sys.argv[2]))
    elif kind in ("text", "email") and "user" in name.lower():
        pairs.append((name, sys.argv[1]))
    elif kind in ("hidden", "submit"):
        pairs.append((name, attr.get("value", "")))
print(urllib.parse.urlencode(pairs))
PY
)"
  curl -sS -c "$jar" -b "$jar" -o "$WORK/login-answer.html" --data "$fields" "$BASE/login.xhtml"
  signed_in "$jar" || { echo "could not sign in as $user" >&2; exit 1; }
}
# Signed in when a members-only page answers itself: Shiro sends anyone else to the sign-in page.
signed_in() {
  [[ "$(curl -sS -L -b "$1" -o /dev/null -w '%{url_effective}' "$BASE/account.xhtml")" != *login.xhtml* ]]
}
cookie_header() { awk '!/^#/ || /^#HttpOnly_/ {if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$1"; }

ADMIN_JAR="$WORK/admin.cookies"
MEMBER_JAR="$WORK/member.cookies"
sign_in jvalcin "$ADMIN_JAR"
sign_in manselme "$MEMBER_JAR"
echo "== signed in as jvalcin and manselme"

# Real values for every parameter, read from the demo data's own links (an injection test needs a
# value the page accepts, to compare its answers against).
for page in groups.xhtml bodies.xhtml meetings/index.xhtml decisions/register.xhtml \
  observation/index.xhtml admin/groups.xhtml admin/members.xhtml; do
  curl -sS -b "$ADMIN_JAR" "$BASE/$page"
done >"$WORK/seed.html"
pick() { # pick REGEX DEFAULT: the first capture of REGEX in the seed pages
  local v
  v="$(grep -oE "$1" "$WORK/seed.html" | head -1 | sed -E "s#$1#\\1#")"
  echo "${v:-$2}"
}
SLUG="$(pick 'group\.xhtml\?id=([a-z0-9-]+)' cucs-fort-de-france)"
MEMBER="$(pick 'member\.xhtml\?id=([0-9]+)' 1)"
GROUP="$(pick 'admin/group\.xhtml\?id=([0-9]+)' 1)"
MEETING="$(pick 'meetings/meeting\.xhtml\?id=([0-9]+)' 1)"
MINUTES="$(pick 'minutes/view\.xhtml\?id=([0-9]+)' 1)"
DECISION="$(pick 'decisions/decision\.xhtml\?id=([0-9]+)' 1)"
BOARD="$(pick 'decisions/meeting\.xhtml\?id=([0-9]+)' 1)"
INDICATOR="$(pick 'indicator\.xhtml\?code=([A-Za-z0-9_-]+)' POP)"
TERRITORY="$(pick 'territory\.xhtml\?code=([A-Za-z0-9_-]+)' 972)"
TOKEN="$(pick 'calendar\.ics\?token=([A-Za-z0-9_-]+)' none)"
BODY=1
echo "   values: slug=$SLUG member=$MEMBER group=$GROUP meeting=$MEETING minutes=$MINUTES" \
  "decision=$DECISION board=$BOARD indicator=$INDICATOR territory=$TERRITORY token=${TOKEN:0:6}…"

# Every GET and API parameter (grep f:viewParam in src/main/webapp, getRequestParameter in the
# beans and servlets, @QueryParam/@PathParam under */api/). A "*" marks a path parameter; sqlmap
# then tests only that point, so a URL with both kinds is listed twice.
cat >"$OUT/sqlmap-targets.txt" <<EOF
$BASE/group.xhtml?id=$SLUG
$BASE/group.xhtml?g=$SLUG
$BASE/member.xhtml?id=$MEMBER
$BASE/admin/member.xhtml?id=$MEMBER
$BASE/admin/group.xhtml?id=$GROUP
$BASE/meetings/index.xhtml?group=$GROUP&body=$BODY
$BASE/meetings/meeting.xhtml?id=$MEETING
$BASE/meetings/edit.xhtml?id=$MEETING&group=$GROUP&body=$BODY
$BASE/minutes/view.xhtml?id=$MINUTES
$BASE/minutes/edit.xhtml?id=$MINUTES
$BASE/minutes/history.xhtml?id=$MINUTES
$BASE/decisions/decision.xhtml?id=$DECISION
$BASE/decisions/meeting.xhtml?id=$BOARD
$BASE/decisions/register.xhtml?q=mesure&year=2008&status=TODO&overdue=true
$BASE/observation/indicator.xhtml?code=$INDICATOR&period=2008&level=COMMUNE&t=$TERRITORY
$BASE/observation/territory.xhtml?code=$TERRITORY
$BASE/observation/map.xhtml?indicator=$INDICATOR&period=2008
$BASE/api/observation/imports/1*/progress
$BASE/api/observation/territories/$TERRITORY*/dashboard.csv
$BASE/api/observation/indicators/$INDICATOR*/dashboard.csv
$BASE/api/observation/indicators/$INDICATOR/dashboard.csv?period=2008&level=COMMUNE&t=$TERRITORY
$BASE/api/observation/groups/$GROUP*/dashboard.csv
$BASE/api/register/verification?body=$BODY
$BASE/feeds/calendar.ics?token=$TOKEN&group=$GROUP
EOF
params=$(grep -oE '[?&][a-z]+=|\*' "$OUT/sqlmap-targets.txt" | wc -l)
echo "== sqlmap: $(wc -l <"$OUT/sqlmap-targets.txt") URLs, $params parameters," \
  "level $SQLMAP_LEVEL, risk $SQLMAP_RISK, techniques $SQLMAP_TECHNIQUE"
# Both tools run side by side (they use different sessions), to keep the whole scan within
# about 15 minutes on two cores.
t0=$(date +%s)
# --smart: the full set of payloads only where sqlmap's heuristic tests see a reaction (SQLMAP_SMART=0
# runs them everywhere: about a minute a parameter here). --skip: the session cookies are not under
# test. --ignore-code=404: the feed answers 404 to an unknown token; its parameters are still tried.
smart=(--smart)
[[ "${SQLMAP_SMART:-1}" == 1 ]] || smart=()
(sqlmap -m "$OUT/sqlmap-targets.txt" --batch --level="$SQLMAP_LEVEL" --risk="$SQLMAP_RISK" \
  --technique="$SQLMAP_TECHNIQUE" "${smart[@]}" --dbms=MySQL --cookie="$(cookie_header "$ADMIN_JAR")" \
  --skip="$(awk '!/^#/ || /^#HttpOnly_/ {if (NF >= 7) print $6}' "$ADMIN_JAR" | paste -sd,)" \
  --ignore-code=404 --output-dir="$OUT/sqlmap" --results-file="$OUT/sqlmap-results.csv" \
  --disable-coloring --timeout=30 --retries=1 >"$OUT/sqlmap.log" 2>&1
  echo "$?" >"$WORK/sqlmap.rc"
  date +%s >"$WORK/sqlmap.end") &
sqlmap_pid=$!

echo "== wapiti as manselme: crawl $WAPITI_SECONDS s at most, then 45 s at most per attack module"
# Debian's wapiti 3.0.4 cannot take -x (exclude) on Python 3.11. Signing out is a Faces command
# link (a script posts it), which wapiti does not run, so its crawl keeps the session; the check
# after the scan says whether it did. The session goes in as a header; the endpoints point at a
# closed local port so that no module reaches outside the machine, and no bug report is sent.
wapiti -u "$BASE/" --scope folder -m "common,-ssrf" -H "Cookie: $(cookie_header "$MEMBER_JAR")" \
  --max-scan-time "$WAPITI_SECONDS" --max-attack-time 45 --max-links-per-page 40 -d 4 \
  --endpoint http://127.0.0.1:9/ --no-bugreport --flush-session \
  --store-session "$WORK/wapiti-session" --store-config "$WORK/wapiti-config" \
  -f json -o "$OUT/wapiti.json" -v 1 >"$OUT/wapiti.log" 2>&1 || echo "   wapiti exited with $?"
wapiti_seconds=$(($(date +%s) - t0))
wait "$sqlmap_pid"
[[ "$(cat "$WORK/sqlmap.rc")" == 0 ]] || echo "   sqlmap exited with $(cat "$WORK/sqlmap.rc")"
sqlmap_seconds=$(($(cat "$WORK/sqlmap.end") - t0))

echo
echo "== results"
injectable=0
[[ -f "$OUT/sqlmap-results.csv" ]] && injectable=$(($(grep -c . "$OUT/sqlmap-results.csv") - 1))
((injectable < 0)) && injectable=0
echo "sqlmap: $injectable injectable parameter(s) out of $params tested, in $sqlmap_seconds s"
[[ "$injectable" -gt 0 ]] && tail -n +2 "$OUT/sqlmap-results.csv"
grep -E "all tested parameters do not appear|is vulnerable|might be injectable|CRITICAL" "$OUT/sqlmap.log" |
  sed -E 's/^\[[0-9:]+\] //' | cut -c1-90 | sort | uniq -c | sed 's/^/   /' | head -20
echo "wapiti: in $wapiti_seconds s, $(grep -E '^\[\+\] (GET|POST) ' "$OUT/wapiti.log" | sort -u | wc -l) requests crawled"
python3 - "$OUT/wapiti.json" <<'PY'
import json, sys
try:
    report = json.load(open(sys.argv[1]))
except (OSError, ValueError) as e:
    print("   no report:", e)
    sys.exit(0)
for section in ("vulnerabilities", "anomalies", "additionals"):
    found = {k: v for k, v in report.get(section, {}).items() if v}
    print(f"   {section}: {sum(len(v) for v in found.values())}")
    for category, items in sorted(found.items()):
        print(f"      {len(items):3d}  {category}")
        for item in items[:3]:
            print(f"           {item.get('method', '')} {item.get('path', '')}: {item.get('info', '')[:110]}")
PY
for who in jvalcin:"$ADMIN_JAR" manselme:"$MEMBER_JAR"; do
  signed_in "${who#*:}" && echo "session of ${who%%:*} still signed in after the scans" ||
    echo "session of ${who%%:*} LOST during the scans"
done
errors=$(grep -c -E '^\s+at [a-z]' "$APP_LOG" || true)
echo "server log: $(grep -c -E 'SEVERE' "$APP_LOG" || true) SEVERE lines, $errors stack frames"
cp "$APP_LOG" "$OUT/app.log"
echo "total: $(($(date +%s) - started)) s on $(date -u +%F)"
