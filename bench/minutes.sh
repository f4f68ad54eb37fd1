#!/usr/bin/env bash
# Minutes benchmark (issue 3): save time with 1,000 revisions in the history, saves merged with
# concurrent revisions, and the PDF export of 50-page minutes. Runs bench/java's MinutesBench (the
# bench profile, which alone adds it to the tests and their war) inside one Payara Micro against the
# embedded MariaDB of the test harness, through the application services, and prints the figures
# (also in target/bench/minutes.txt). The merge itself is measured apart, without a server, by
# bench/merge.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f target/bench/minutes.txt
./mvnw -B -q -Pbench verify -Dit.test=MinutesBench -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dspotless.check.skip=true
echo "== Minutes benchmark ($(nproc) cores, $(date -u +%FT%TZ))"
cat target/bench/minutes.txt
