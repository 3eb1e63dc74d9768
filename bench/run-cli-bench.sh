#!/usr/bin/env bash
# The CLI start-up and scale benchmark (issue 7): ovsguard (through the launcher an install links: the native one
# when gcc built it, and then also bin/ovsguard, the bash launcher) vs ovs-vsctl vs a hello-world JVM started the
# same way, for --version, list-br, add-port/del-port (--no-wait, and waiting for a DPDK ovs-vswitchd), and
# add-port/del-port on a 10,000-port bridge, on private sandboxes. Builds the cli (with its start-up caches) and the bench module first.
# Usage: bench/run-cli-bench.sh [--runs=21] [--scale-runs=7] [--ports=10000] [--java=PATH]
#                               [--only=startup,small,wait,scale]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-deps.sh
command -v /usr/bin/time >/dev/null 2>&1 || apt-get install -y -q time >/dev/null
mvn -q -B -Dstyle.color=never -DskipTests -pl cli,bench -am package
exec java -Djdk.lang.Process.launchMechanism=VFORK -Dbench.root="$root" \
  -cp "$root/bench/target/bench-0.1.0-SNAPSHOT.jar:$root/bench/target/lib/*" io.ovsguard.bench.cli.CliBenchmark "$@"
