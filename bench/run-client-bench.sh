#!/usr/bin/env bash
# The client benchmark (issue 3): ovsguard's OVSDB client against a raw minimal client, the
# OpenDaylight library 1.12.0 and ovs-vsctl, in one run, on private sandbox servers.
# Usage: bench/run-client-bench.sh [repetitions [pipelined [bulk [sequential [vsctl-calls]]]]]
# Every peer runs on one JDK: $BENCH_JAVA_HOME if set, else Temurin 25 if installed (its AOT cache
# serves ovsguard's peer), else the default java. docs/benchmarks.md explains the peers and flags.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-deps.sh
mvn -q -B -DskipTests -pl bench,bench-odl -am package
if [ -z "${BENCH_JAVA_HOME:-}" ]; then
  if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
    BENCH_JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  else
    BENCH_JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  fi
fi
cp_of() { echo "$root/$1/target/$1-0.1.0-SNAPSHOT.jar:$root/$1/target/lib/*"; }
exec java -Dbench.classpath="$(cp_of bench)" -Dbench.odl.classpath="$(cp_of bench-odl)" \
  -Dbench.java.home="$BENCH_JAVA_HOME" -Dbench.workdir="$root/bench/target" \
  -cp "$(cp_of bench)" io.ovsguard.bench.ClientBenchmark "$@"
