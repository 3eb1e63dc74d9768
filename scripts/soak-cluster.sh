#!/usr/bin/env bash
# Cluster soak: kills the Raft leader of a private three-member Open_vSwitch cluster N times (default 50) while a
# client streams inserts through the leader-only connector, and checks after every kill that each committed insert
# is present exactly once, no failed one is, and every "outcome unknown" settles. Prints the counts at the end.
# Usage: scripts/soak-cluster.sh [faults]     (needs the OVS programs; see scripts/install-deps.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

faults=${1:-50}
if ! [[ "$faults" =~ ^[1-9][0-9]*$ ]]; then
    echo "soak-cluster.sh: faults must be a positive integer, not \"$faults\"" >&2
    exit 2
fi

report=it-tests/target/soak-cluster.txt
rm -f "$report"
set +e
mvn -B -q -pl it-tests -am verify -Dit.test=LeaderKillSoak -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfailsafe.failIfNoSpecifiedTests=false -Dovsguard.soak.faults="$faults" -Dorg.slf4j.simpleLogger.defaultLogLevel=info
status=$?
set -e

echo
echo "== Cluster soak: $faults leader kills =="
if [[ -f "$report" ]]; then
    cat "$report"
else
    echo "no report was written (see the failsafe output above)"
fi
exit "$status"
