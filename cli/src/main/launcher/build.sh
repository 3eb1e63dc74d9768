#!/usr/bin/env bash
# Compiles the native fast-path launcher of the ovsguard command (ovsguard_launcher.c says what it does) into
# OUT-DIR/ovsguard. Without a C compiler it says so and exits 1: bin/ovsguard, the bash launcher, then stays the
# only one (scripts/install-ovsguard.sh installs whichever exists), about 3 ms slower per call.
# Usage: build.sh OUT-DIR   (the compiler is $CC, default gcc)
set -euo pipefail
out_dir="$1"
source="$(cd "$(dirname "$0")" && pwd)/ovsguard_launcher.c"
launcher="$out_dir/ovsguard"
compiler="${CC:-gcc}"

[ -x "$launcher" ] && [ "$launcher" -nt "$source" ] && exit 0
if ! command -v "$compiler" >/dev/null 2>&1; then
  echo "native launcher: no C compiler ($compiler); bin/ovsguard stays the only launcher" >&2
  exit 1
fi
mkdir -p "$out_dir"
# built beside and renamed: a launcher that is running keeps its file, a new call gets the new one
if ! "$compiler" -std=c11 -O2 -Wall -Wextra -Werror -o "$launcher.$$" "$source"; then
  rm -f "$launcher.$$"
  echo "native launcher: $compiler failed; bin/ovsguard stays the only launcher" >&2
  exit 1
fi
mv -f "$launcher.$$" "$launcher"
