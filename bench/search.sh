#!/usr/bin/env bash
# Search benchmark: indexing throughput and p50/p95 of the results page's query (hits, total, six
# facets, highlighting, the permission filter) over N generated French entries, in-process with the
# application's engine (bench/java's org.cohesion.bench.SearchBench, compiled by the bench profile only, not in the war).
# Usage: bench/search.sh [entries=100000] [queries=2000]   Target: p95 <= 50 ms at 100,000 entries.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o -Pbench test-compile
CP_FILE=target/search-bench.classpath
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat "$CP_FILE")" \
  org.cohesion.bench.SearchBench "${1:-100000}" "${2:-2000}"
