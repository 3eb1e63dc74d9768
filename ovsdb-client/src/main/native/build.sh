#!/usr/bin/env bash
# Compiles the optional JNI unix-socket transport of the direct client (unix_socket.c) into
# OUT-DIR/libovsguard-unix.so, with the JNI headers of JAVA-HOME. Without a C compiler or the headers it says so and
# exits 1: the client then uses the JDK's unix-domain channels, which work the same and start about 9 ms slower.
# Usage: build.sh JAVA-HOME OUT-DIR   (the compiler is $CC, default gcc)
set -euo pipefail
java_home="$1"
out_dir="$2"
source="$(cd "$(dirname "$0")" && pwd)/unix_socket.c"
library="$out_dir/libovsguard-unix.so"
compiler="${CC:-gcc}"

[ -f "$library" ] && [ "$library" -nt "$source" ] && exit 0
if ! command -v "$compiler" >/dev/null 2>&1; then
  echo "native unix sockets: no C compiler ($compiler); the direct client will use the JDK's" >&2
  exit 1
fi
if [ ! -r "$java_home/include/jni.h" ] || [ ! -r "$java_home/include/linux/jni_md.h" ]; then
  echo "native unix sockets: no JNI headers under $java_home/include; the direct client will use the JDK's" >&2
  exit 1
fi
mkdir -p "$out_dir"
if ! "$compiler" -O2 -Wall -Wextra -Werror -shared -fPIC -I"$java_home/include" -I"$java_home/include/linux" \
    -o "$library.$$" "$source"; then
  rm -f "$library.$$"
  echo "native unix sockets: $compiler failed; the direct client will use the JDK's" >&2
  exit 1
fi
mv -f "$library.$$" "$library"
