#!/usr/bin/env bash
# The replica benchmark (issue 4): ovsguard's replica against OVS's Python IDL (python3-openvswitch),
# in one run, on a private sandbox ovsdb-server: initial sync of N Interface + N Port rows, retained
# memory after GC, and applying a burst of updates. Prints medians and ratios.
# Usage: bench/run-replica-bench.sh [interfaces (10000) [updates (10000) [repetitions (3)]]]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-deps.sh
mvn -q -B -DskipTests -pl bench -am package
cp="$root/bench/target/bench-0.1.0-SNAPSHOT.jar:$root/bench/target/lib/*"
exec java -Dbench.classpath="$cp" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$cp" io.ovsguard.bench.ReplicaBenchmark "$@"
