#!/usr/bin/env bash
# Installs the ovsguard command from this repository: PREFIX/bin/ovsguard (a symlink to the launcher, so that it
# keeps finding its jar and start-up cache here), the man page generated from the command table and the bash
# completion generated from the same table. Builds the CLI (and its start-up caches) once. Running it again
# replaces what it installed before.
#
# The launcher is the native one, cli/target/launcher/ovsguard, when the build made it (it needs gcc; it runs java
# without starting bash first, about 3 ms less per call, and hands every other call to bin/ovsguard), else the bash
# launcher bin/ovsguard. The native one lives in the build's output: after `mvn clean` the link dangles until the
# next build of the cli (bin/ovsguard, run once, makes it again).
#
#   scripts/install-ovsguard.sh [--as-ovs-vsctl] [PREFIX]      (PREFIX defaults to /usr/local)
#
# --as-ovs-vsctl also installs PREFIX/bin/ovs-vsctl pointing at ovsguard: invoked under that name it names itself
# ovs-vsctl in every message, as a drop-in must. It shadows the system's ovs-vsctl only where PREFIX/bin comes first
# on PATH.
set -euo pipefail

usage() {
  echo "usage: $0 [--as-ovs-vsctl] [PREFIX]" >&2
  exit 1
}

as_vsctl=false
prefix=/usr/local
while [ "$#" -gt 0 ]; do
  case "$1" in
    --as-ovs-vsctl) as_vsctl=true ;;
    -h|--help) usage ;;
    -*) echo "$0: unknown option $1" >&2; usage ;;
    *) prefix="$1" ;;
  esac
  shift
done

root="$(cd "$(dirname "$0")/.." && pwd)"
dist="$root/cli/src/main/dist"

# the launcher builds on first use; --version needs no database
"$root/bin/ovsguard" --version >/dev/null

launcher="$root/bin/ovsguard"
[ -x "$root/cli/target/launcher/ovsguard" ] && launcher="$root/cli/target/launcher/ovsguard"

install -d "$prefix/bin" "$prefix/share/man/man8" "$prefix/share/bash-completion/completions"
ln -sfn "$launcher" "$prefix/bin/ovsguard"
install -m 0644 "$dist/ovsguard.8" "$prefix/share/man/man8/ovsguard.8"
install -m 0644 "$dist/ovsguard.bash-completion" "$prefix/share/bash-completion/completions/ovsguard"
if [ "$as_vsctl" = true ]; then
  ln -sfn "$launcher" "$prefix/bin/ovs-vsctl"
fi

echo "installed $prefix/bin/ovsguard$([ "$as_vsctl" = true ] && echo " and $prefix/bin/ovs-vsctl"), its man page and bash completion"
