#!/usr/bin/env bash
# Page throughput benchmark (a measurement, not a test) of a running Cohésion, with wrk:
#   - the home page /index.xhtml and a group page /group.xhtml?g=evaluation-des-cucs, signed in
#     (one session cookie for every request, as one busy user; without a cookie every Faces request
#     would open a new session and measure session creation instead);
#   - a static resource of the same server (a PrimeFaces/Faces resource found in the home page), the
#     floor to compare with.
# Each URL: a 10 s warm-up, then twice 20 s with --latency (2 threads, 32 connections); the second run
# is nearer steady state. Prints req/s and p99 latency of each run, and a summary with the ratios.
#
# Usage: start Cohésion with its demo data first (./mvnw -Prun, or java -jar target/bundle/cohesion.jar),
# then, in another terminal:
#   bench/pages.sh
#   BASE_URL=http://localhost:18080 BENCH_USER=srosemond GROUP=prevention-de-la-delinquance bench/pages.sh
# Settings (environment):
#   BASE_URL     where Cohésion answers (default http://localhost:8080)
#   BENCH_USER   the login to sign in with (default manselme, a lead of the Évaluation group). USER is
#                also read, but only when it is not simply your Unix account name, which shells set
#                in USER anyway.
#   PASSWORD     its password (default cohesion-demo-2008, the demo accounts' password)
#   GROUP        the slug of the group page (default evaluation-des-cucs); the user must see it
#   STATIC_PATH  the static resource to compare with (default: the first Faces resource of the home page)
# wrk is installed with apt-get when missing (as root). The machines are shared and noisy: compare
# figures and ratios of one sitting, never lone absolute numbers.
set -euo pipefail

BASE_URL="${BASE_URL:-http://localhost:8080}"
BASE_URL="${BASE_URL%/}"
if [[ -n "${BENCH_USER:-}" ]]; then
  LOGIN_USER="$BENCH_USER"
elif [[ -n "${USER:-}" && "${USER}" != "$(id -un)" ]]; then
  LOGIN_USER="$USER"
else
  LOGIN_USER="manselme"
fi
PASSWORD="${PASSWORD:-cohesion-demo-2008}"
GROUP="${GROUP:-evaluation-des-cucs}"
STATIC_PATH="${STATIC_PATH:-}"
ORIGIN="$(sed -E 's#^(https?://[^/]+).*#\1#' <<<"$BASE_URL")"

if ! command -v wrk >/dev/null; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "installing wrk…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk is missing: apt-get install -y wrk" >&2
    exit 1
  fi
fi
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/cohesion-bench-pages.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/cookies.txt"

# ---- Sign in -------------------------------------------------------------------------------------
code="$(curl -sS -c "$JAR" -b "$JAR" -o "$WORK/login.html" -w '%{http_code}' "$BASE_URL/login.xhtml")" || {
  echo "Cohésion does not answer at $BASE_URL" >&2
  exit 1
}
[[ "$code" == 200 ]] || { echo "GET $BASE_URL/login.xhtml answered $code" >&2; exit 1; }

# <input type="hidden" name="jakarta.faces.ViewState" id="j_id1:jakarta.faces.ViewState:0" value="…" …>
view_state="$(tr '\n' ' ' <"$WORK/login.html" |
  grep -o '<input[^>]*name="jakarta\.faces\.ViewState"[^>]*>' | head -n 1 |
  sed -n 's/.*value="\([^"]*\)".*/\1/p')" || true
[[ -n "$view_state" ]] || { echo "no jakarta.faces.ViewState in the sign-in page" >&2; exit 1; }

# The form as a browser posts it: form id, fields, the button, the view state. No redirect is followed:
# a successful sign-in answers a redirect, a failed one the sign-in page again.
code="$(curl -sS -c "$JAR" -b "$JAR" -o "$WORK/posted.html" -w '%{http_code}' \
  --data-urlencode "login=login" \
  --data-urlencode "login:username=$LOGIN_USER" \
  --data-urlencode "login:password=$PASSWORD" \
  --data-urlencode "login:submit=login:submit" \
  --data-urlencode "jakarta.faces.ViewState=$view_state" \
  "$BASE_URL/login.xhtml")"
if [[ "$code" != 302 && "$code" != 303 ]]; then
  echo "sign-in as $LOGIN_USER failed (HTTP $code, no redirect): wrong password, throttled after" >&2
  echo "repeated failures, or the form's ids changed (form login, fields login:username," >&2
  echo "login:password, button login:submit)" >&2
  exit 1
fi

# Every cookie the server set (the session id, which sign-in renewed, and any other), as one header.
# curl writes HttpOnly cookies with a "#HttpOnly_" prefix: those are cookies, not comments.
cookie="$(sed 's/^#HttpOnly_//' "$JAR" | awk -F'\t' 'NF >= 7 && $1 !~ /^#/ { printf "%s%s=%s", sep, $6, $7; sep = "; " }')"
[[ "$cookie" == *JSESSIONID=* ]] || { echo "no JSESSIONID cookie after sign-in" >&2; exit 1; }

# check_page URL LABEL: a 200, and not the sign-in page (which would mean the session is not signed in).
check_page() {
  local code
  code="$(curl -sS -H "Cookie: $cookie" -o "$WORK/page.html" -w '%{http_code}' "$1")"
  if [[ "$code" != 200 ]] || grep -q 'name="login:password"' "$WORK/page.html"; then
    echo "$2 ($1) answered $code$(grep -q 'name="login:password"' "$WORK/page.html" && echo ', the sign-in page')" >&2
    return 1
  fi
}

HOME_URL="$BASE_URL/index.xhtml"
GROUP_URL="$BASE_URL/group.xhtml?g=$GROUP"
check_page "$HOME_URL" "the home page" || exit 1
cp "$WORK/page.html" "$WORK/home.html"
check_page "$GROUP_URL" "the group page" || {
  echo "(does $LOGIN_USER see the group $GROUP?)" >&2
  exit 1
}

if [[ -z "$STATIC_PATH" ]]; then
  STATIC_PATH="$(tr '\n' ' ' <"$WORK/home.html" |
    grep -o '\(href\|src\)="[^"]*/jakarta\.faces\.resource/[^"]*"' | head -n 1 |
    sed -e 's/^[a-z]*="//' -e 's/"$//' -e 's/&amp;/\&/g')" || true
  [[ -n "$STATIC_PATH" ]] || { echo "no Faces resource in the home page: set STATIC_PATH" >&2; exit 1; }
fi
if [[ "$STATIC_PATH" == http* ]]; then
  STATIC_URL="$STATIC_PATH"
else
  STATIC_URL="$ORIGIN$STATIC_PATH"
fi
code="$(curl -sS -H "Cookie: $cookie" -o /dev/null -w '%{http_code}' "$STATIC_URL")"
[[ "$code" == 200 ]] || { echo "the static resource $STATIC_URL answered $code" >&2; exit 1; }

# ---- Measure -------------------------------------------------------------------------------------
# wrk_once URL OUT: one 20 s run with latency distribution, output in OUT.
wrk_once() {
  wrk -t2 -c32 -d20s --latency -H "Cookie: $cookie" "$1" >"$2"
}
req_per_s() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }
# The 99th percentile, converted to milliseconds whatever unit wrk chose (us, ms, s).
p99_ms() {
  awk '$1 == "99%" {
    v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
    f = (u == "us") ? 0.001 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1
    printf "%.1f", v * f }' "$1"
}
# Errors worth knowing: non-2xx/3xx answers and socket errors (a 302 to the sign-in page would be
# counted as a success by wrk; the pages are checked again after the runs for that reason).
errors() {
  awk '/Non-2xx or 3xx responses:/ { n = $NF } /Socket errors:/ { s = $0; sub(/^ *Socket errors: */, "", s) }
    END { out = ""; if (n) out = n " non-2xx"; if (s) out = out (out ? ", " : "") "socket " s; print out }' "$1"
}

declare -A RPS P99
bench() {
  local name="$1" url="$2" run out
  echo "$name: $url"
  wrk -t2 -c32 -d10s -H "Cookie: $cookie" "$url" >/dev/null
  for run in 1 2; do
    out="$WORK/$name-$run.txt"
    wrk_once "$url" "$out"
    RPS[$name-$run]="$(req_per_s "$out")"
    P99[$name-$run]="$(p99_ms "$out")"
    printf '  run %d: %8s req/s   p99 %8s ms   %s\n' "$run" "${RPS[$name-$run]}" "${P99[$name-$run]}" "$(errors "$out")"
  done
}

echo "Signed in as $LOGIN_USER at $BASE_URL; wrk -t2 -c32, 10 s warm-up, then 2 x 20 s ($(nproc) cores)"
bench static "$STATIC_URL"
bench home "$HOME_URL"
bench group "$GROUP_URL"

# Still signed in? Otherwise the figures above measured redirects to the sign-in page.
check_page "$HOME_URL" "the home page, after the runs" || { echo "the session was lost during the runs: figures void" >&2; exit 1; }
check_page "$GROUP_URL" "the group page, after the runs" || { echo "the session was lost during the runs: figures void" >&2; exit 1; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }'; }
echo
echo "Summary (second run):"
printf '  %-12s %10s %12s %16s\n' "" "req/s" "p99 ms" "req/s / static"
for name in static home group; do
  printf '  %-12s %10s %12s %16s\n' "$name" "${RPS[$name-2]}" "${P99[$name-2]}" "$(ratio "${RPS[$name-2]}" "${RPS[static-2]}")"
done
group_ok="$(awk -v r="${RPS[group-2]}" -v p="${P99[group-2]}" 'BEGIN { print (r >= 440 && p <= 150) ? "yes" : "no" }')"
echo "  group page aim: >= 440 req/s (twice the reference dashboard's 220) and p99 <= 150 ms: $group_ok"
