#!/usr/bin/env bash
# Installs the dependencies, then builds and tests the whole reactor (unit tests with surefire, integration tests
# with failsafe). With CI set, tests that need hugepages or DPDK fail instead of skipping when the host lacks them.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

log=$(mktemp /tmp/ovsguard-test.XXXXXX)
trap 'rm -f "$log"' EXIT
set +e
mvn -B verify -Dovsguard.it.strict=${CI:+true} 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

echo
echo "== Test summary (surefire = unit, failsafe = integration) =="
awk '
    /--- (maven-)?(surefire|failsafe)(-plugin)?:/ { plugin = ($0 ~ /failsafe/) ? "failsafe" : "surefire"; module = $NF == "---" ? $(NF-1) : $NF }
    /Tests run: [0-9]+, Failures/ && !/ -- in / { sub(/^\[[A-Z]+\] /, ""); printf "%-9s %-16s %s\n", plugin, module, $0 }
    /No tests to run\./ && plugin != "" && !seen[plugin module]++ { printf "%-9s %-16s %s\n", plugin, module, "No tests to run." }
    /BUILD (SUCCESS|FAILURE)/ { sub(/^\[[A-Z]+\] /, ""); build = $0 }
    END { if (build != "") print build }
' "$log"
exit "$status"
