#!/usr/bin/env bash
# The client benchmark (issue 3): ovsguard's OVSDB client against a raw minimal client, the
# OpenDaylight library 1.12.0 and ovs-vsctl, in one run, on private sandbox servers.
# Usage: bench/run-client-bench.sh [repetitions [pipelined [bulk [sequential [vsctl-calls]]]]]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-deps.sh
mvn -q -B -DskipTests -pl bench,bench-odl -am package
cp_of() { echo "$root/$1/target/$1-0.1.0-SNAPSHOT.jar:$root/$1/target/lib/*"; }
exec java -Dbench.classpath="$(cp_of bench)" -Dbench.odl.classpath="$(cp_of bench-odl)" \
  -cp "$(cp_of bench)" io.ovsguard.bench.ClientBenchmark "$@"
