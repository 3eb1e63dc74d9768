#!/usr/bin/env bash
# Soak of the OVSDB session and replica (issue 4): loops kill -9 / SIGSTOP / mid-message cuts (both
# directions) of a sandbox ovsdb-server in the middle of streams of marked transactions, audits every
# round, and prints the counts per fault type and a pass/fail summary.
# Usage: scripts/soak-client.sh [faults (default 120)] [transactions per round (default 30)]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
faults="${1:-120}"
transactions="${2:-30}"
mvn -q -B -pl it-tests -am verify -Dit.test=ClientSoak -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dsoak.faults="$faults" -Dsoak.transactions="$transactions" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=error
