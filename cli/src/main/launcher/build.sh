#!/usr/bin/env bash
# Compiles the native fast-path launcher of the ovsguard command (ovsguard_launcher.c says what it does) into
# OUT-DIR/ovsguard. Without a C compiler, or when it fails, it says so and exits 1: bin/ovsguard, the bash launcher,
# then stays the only one (scripts/install-ovsguard.sh installs whichever exists), about 3 ms slower per call.
# Usage: build.sh OUT-DIR   (the compiler is $CC, default gcc)
set -euo pipefail
source_file="$(cd "$(dirname "$0")" && pwd)/ovsguard_launcher.c"
launcher="$1/ovsguard"

# (-nt is false when the launcher is missing)
[ "$launcher" -nt "$source_file" ] && exit 0
mkdir -p "$1"
# built beside and renamed: a call running the old launcher keeps its file, the next call gets the new one
if ! "${CC:-gcc}" -std=c11 -O2 -Wall -Wextra -Werror -o "$launcher.$$" "$source_file"; then
  rm -f "$launcher.$$"
  echo "native launcher: no C compiler (${CC:-gcc}) or it failed; bin/ovsguard stays the only launcher" >&2
  exit 1
fi
mv -f "$launcher.$$" "$launcher"
