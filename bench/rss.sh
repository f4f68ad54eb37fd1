#!/usr/bin/env bash
# Memory of the application JVM while the test suite drives it, the Selenium scenario included.
#
# Usage: bench/rss.sh            (runs ./mvnw verify; takes as long as the suite)
#
# The suite starts one Payara Micro (Arquillian) with the war; this script samples that JVM's
# resident set size (RSS) every second and prints the peak and the last sample taken before the
# JVM stopped, i.e. after the browser tests and the access-matrix tests. It is a measurement, not a
# test: it prints figures and never fails on them.
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
./mvnw -B -q verify >"$log" 2>&1 &
build=$!
peak=0
last=0
samples=0
while kill -0 "$build" 2>/dev/null; do
  pid=$(pgrep -f "$PWD/target/bundle/lib/payara-micro.jar.*--deploy" | head -n 1 || true)
  if [ -n "$pid" ]; then
    kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    if [ "${kb:-0}" -gt 0 ]; then
      last=$kb
      samples=$((samples + 1))
      [ "$kb" -gt "$peak" ] && peak=$kb
    fi
  fi
  sleep 1
done
wait "$build" && status=ok || status="FAILED (see $log)"
echo "suite: $status"
echo "samples of the Payara Micro JVM: $samples"
echo "RSS peak: $((peak / 1024)) MiB"
echo "RSS last sample (after the browser and access-matrix tests): $((last / 1024)) MiB"
