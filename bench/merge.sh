#!/usr/bin/env bash
# Minutes merge benchmark (a measurement, not a test): runs
# bench/java/org/cohesion/bench/MergeBench.java with the source launcher against the compiled
# classes and the minutes' libraries (jsoup, OWASP sanitizer, java-diff-utils, JSON-P). 10 sections x 20 paragraphs of ~400 characters; each side edits 10% of
# the paragraphs; times the three-way merge (clean and with conflicts) and the rest of a save.
# Usage (after ./mvnw -B -q -DskipTests compile, or any build that fills target/classes):
#   bench/merge.sh [RUNS] [WARMUP]        (defaults 200 1000)
set -euo pipefail
cd "$(dirname "$0")/.."

[[ -d target/classes/org/cohesion/minutes/domain ]] || {
  echo "build first: ./mvnw -B -q -DskipTests compile" >&2
  exit 1
}
mkdir -p target/bench
CP_FILE=target/bench/merge-classpath.txt
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.includeArtifactIds=jsoup,owasp-java-html-sanitizer,java8-shim,java10-shim,java-diff-utils,parsson,jakarta.json-api \
  -Dmdep.outputFile="$CP_FILE" >/dev/null
java -cp "target/classes:$(cat "$CP_FILE")" bench/java/org/cohesion/bench/MergeBench.java "$@"
