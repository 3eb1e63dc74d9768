#!/usr/bin/env bash
# The replica benchmark (issue 4): ovsguard's replica against OVS's Python IDL (python3-openvswitch),
# in one run, on a private sandbox ovsdb-server: initial sync of N Interface + N Port rows, retained
# memory after GC, and applying a burst of updates. Prints medians and ratios.
# Usage: bench/run-replica-bench.sh [interfaces (10000) [updates (10000) [repetitions (3)]]]
# The Java peer runs on $BENCH_JAVA_HOME if set, else Temurin 25 if installed, else the default java, with the class
# archive one unmeasured training run wrote (BENCH_PEER_ARCHIVE=false: without), and the extra JVM flags in
# BENCH_PEER_JVM, e.g. BENCH_PEER_JVM="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-deps.sh
mvn -q -B -DskipTests -pl bench -am package
cp="$root/bench/target/bench-0.1.0-SNAPSHOT.jar:$root/bench/target/lib/*"
if [ -z "${BENCH_JAVA_HOME:-}" ]; then
  if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
    BENCH_JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  else
    BENCH_JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  fi
fi
exec "$BENCH_JAVA_HOME/bin/java" -Dbench.classpath="$cp" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dbench.peer.jvm="${BENCH_PEER_JVM:-}" -Dbench.peer.archive="${BENCH_PEER_ARCHIVE:-true}" \
  -cp "$cp" io.ovsguard.bench.ReplicaBenchmark "$@"
