#!/usr/bin/env bash
# Soak of the guarded commit on a real DPDK sandbox switch: forces N (default 100) failing DPDK changes, each to be
# rolled back, and prints how many left the database identical to before. Needs OVS with DPDK and hugepages
# (scripts/install-deps.sh), and root. Exit status 0 only when every run left the database identical.
#   scripts/soak-guard.sh [N]
set -euo pipefail
runs="${1:-100}"
case "$runs" in ''|*[!0-9]*) echo "usage: $0 [runs]  (runs: a positive integer)" >&2; exit 2 ;; esac
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
status=0
mvn -o -q -pl it-tests -am verify -Dit.test=GuardSoak -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfailsafe.failIfNoSpecifiedTests=false -Dovsguard.soak.runs="$runs" || status=$?
if [ -f it-tests/target/soak-guard.txt ]; then
  cat it-tests/target/soak-guard.txt
else
  echo "soak-guard: no result (the build or the sandbox failed; see the output above)" >&2
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
