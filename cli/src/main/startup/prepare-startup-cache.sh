#!/usr/bin/env bash
# Prepares the start-up cache bin/ovsguard uses for one JDK: an AOT cache (JEP 483/514) on JDK 24 and later, a
# dynamic class-data-sharing archive on JDK 17 to 23. One training JVM (io.ovsguard.cli.app.StartupTraining) runs
# the command lines of training-commands.txt against a throwaway ovsdb-server (when OVS is installed) while the JVM
# records what it loads. Writes CACHE-DIR/<key>.{aot,jsa} and CACHE-DIR/<key>.options, the JVM options that use it;
# the launcher reads the .options file. On JDK 24+ also, for each command cache NAME of command-caches, a smaller
# cache CACHE-DIR/<key>.NAME.{aot,options} trained on training-NAME-commands.txt (after training-NAME-setup.txt, when
# there is one, has been run without recording), for command lines made only of the commands in NAME-commands.
# <key> is the java path as the launcher selects it, with '/' as '_'.
#
# Usage: prepare-startup-cache.sh [--background] JAR CACHE-DIR [JAVA...]
#   Without JAVA: every JDK the launcher may pick here (Temurin 25 when installed, and `java` on PATH).
#   --background (the launcher's call): one preparation at a time per cache directory (a lock directory; one older
#   than ten minutes is taken over), and a failure leaves CACHE-DIR/<key>.failed so the launcher does not retry it
#   until the jar changes.
# Prints nothing and exits 0 when all went well; on failure says why on stderr and exits 1 (a missing cache only
# makes the CLI start slower, so the launcher and the build may ignore the failure).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
background=false
if [ "${1:-}" = --background ]; then
  background=true
  shift
fi
jar="$1"
cache_dir="$2"
shift 2
preferred_java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java

if [ "$#" -eq 0 ]; then
  set --
  [ -x "$preferred_java" ] && set -- "$preferred_java"
  default_java="$(type -P java || true)"
  [ -n "$default_java" ] && set -- "$@" "$default_java"
fi

read -r -a jvm_options < "$here/jvm-options"
# The direct client's JNI unix-socket library (ovsdb-client/src/main/native), when the build made it. Its options
# go into the cache's options file, not jvm-options: the JVM must run with exactly the module options the cache was
# made with, and only JDK 22+ needs --enable-native-access (JDK 24 warns on stderr without it; on JDK 17 it would
# cost the archived module graph of a cache made without it). A call that finds no fresh cache therefore uses the
# JDK's unix sockets, which work the same.
native_library="$(cd "$here/../../../.." && pwd)/ovsdb-client/target/native/libovsguard-unix.so"
mkdir -p "$cache_dir"
lock="$cache_dir/.preparing"
if [ "$background" = true ]; then
  if ! mkdir "$lock" 2>/dev/null; then
    [ -n "$(find "$lock" -maxdepth 0 -mmin +10 2>/dev/null)" ] || exit 0
    rm -rf "$lock"
    mkdir "$lock" 2>/dev/null || exit 0
  fi
fi
work="$(mktemp -d /tmp/ovsg-train.XXXXXX)"
server_pid=""
cleanup() {
  if [ "$background" = true ]; then rm -rf "$lock"; fi
  stop_training_server
  rm -rf "$work"
}
trap cleanup EXIT

stop_training_server() {
  if [ -n "$server_pid" ]; then
    kill -TERM "$server_pid" 2>/dev/null || true
    # the server removes its pid file as it exits (kill -0 would also see a zombie a container's init is slow to reap)
    for _ in $(seq 100); do
      [ -e "$work/ovsdb-server.pid" ] && kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.05
    done
    server_pid=""
  fi
}

# A throwaway ovsdb-server in the work directory, so the training commands exercise the client on a real database.
# Never the system's: every OVS directory points into $work. Each training gets a fresh, empty database: what one
# training leaves behind would otherwise change the paths the next one takes.
start_training_server() {
  local schema=/usr/share/openvswitch/vswitch.ovsschema
  stop_training_server
  command -v ovsdb-server >/dev/null 2>&1 && command -v ovsdb-tool >/dev/null 2>&1 && [ -r "$schema" ] || return 0
  export OVS_RUNDIR="$work" OVS_LOGDIR="$work" OVS_DBDIR="$work" OVS_SYSCONFDIR="$work"
  rm -f "$work/conf.db" "$work/db.sock"
  ovsdb-tool create "$work/conf.db" "$schema"
  ovsdb-server "$work/conf.db" --remote="punix:$work/db.sock" --unixctl="$work/ovsdb-server.ctl" \
    --pidfile="$work/ovsdb-server.pid" --log-file="$work/ovsdb-server.log" --detach --no-chdir 2>>"$work/ovsdb-server.err"
  server_pid="$(cat "$work/ovsdb-server.pid")"
  for _ in $(seq 100); do [ -S "$work/db.sock" ] && return 0; sleep 0.05; done
  echo "prepare-startup-cache: the training ovsdb-server did not open $work/db.sock" >&2
  return 1
}

feature_version() {
  local home release version
  home="$(dirname "$(dirname "$(readlink -f "$1")")")"
  release="$home/release"
  [ -r "$release" ] || { echo "prepare-startup-cache: no $release" >&2; return 1; }
  version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")"
  [ -n "$version" ] || { echo "prepare-startup-cache: no JAVA_VERSION in $release" >&2; return 1; }
  echo "$version"
}

# training_lines TEMPLATE OUTPUT: the command lines of TEMPLATE with @DB@ naming the training server's socket
training_lines() {
  sed "s|@DB@|unix:$work/db.sock|g" "$1" > "$2"
}

# make_aot_cache JAVA COMMANDS CACHE OPTIONS...: records the training run of COMMANDS and writes the AOT cache to
# CACHE.$$ (renamed into place by the caller)
make_aot_cache() {
  local java="$1" commands="$2" tmp="$3.$$"
  shift 3
  # the recording JVM uses the launcher's options (jvm-options must not carry -Xshare: AOT options refuse it)
  "$java" "$@" -XX:AOTMode=record -XX:AOTConfiguration="$work/training.aotconf" \
    -cp "$jar" io.ovsguard.cli.app.StartupTraining "$commands" >"$work/train.log" 2>&1 </dev/null \
    || { cat "$work/train.log" >&2; return 1; }
  "$java" "$@" -XX:AOTMode=create -XX:AOTConfiguration="$work/training.aotconf" \
    -XX:AOTCache="$tmp" -cp "$jar" >"$work/create.log" 2>&1 </dev/null \
    || { cat "$work/create.log" >&2; return 1; }
  [ -s "$tmp" ] || { echo "prepare-startup-cache: $java wrote no cache" >&2; cat "$work/train.log" >&2; return 1; }
}

# install_cache KEY-BASE CACHE-FILE OPTIONS: moves CACHE-FILE.$$ into place, then writes KEY-BASE.options. One form
# for every JDK: 24+ maps an AOT cache given as a shared archive file, and any JDK that finds a cache that is not its
# own (say /usr/bin/java now points at another JDK) ignores it silently, so a stale options file never stops the CLI
# from starting. (-XX:AOTCache or -Xlog:aot would be fatal on JDK 17.) Cache and options are written under temporary
# names and renamed: a launcher running at the same time sees either the old pair or the new one.
install_cache() {
  local base="$1" cache="$2" extra="$3"
  mv -f "$cache.$$" "$cache"
  printf '%s\n' "-Xshare:auto -XX:SharedArchiveFile=$cache${extra:+ $extra}" > "$base.options.$$"
  mv -f "$base.options.$$" "$base.options"
}

prepare() {
  local java="$1" key version native_options=()
  key="${java//\//_}"
  version="$(feature_version "$java")" || return 1
  if [ -f "$native_library" ]; then
    [ "$version" -ge 22 ] && native_options+=(--enable-native-access=ALL-UNNAMED)
    native_options+=("-Dovsguard.native.library=$native_library")
  fi
  if [ "$version" -ge 24 ]; then
    # An AOT cache loads and links every class it holds when the JVM starts, about 6.5 us each, whether the call
    # needs it or not. The commonest commands get caches of their own with only what they load (command-caches,
    # smallest first: the bridge lookups about 190 classes fewer than the core commands' cache, which holds about
    # 500 fewer than the full one); the launcher picks the first whose commands hold every command of the line.
    local name names=()
    read -r -a names < "$here/command-caches"
    for name in "${names[@]}"; do
      start_training_server || return 1
      if [ -f "$here/training-$name-setup.txt" ]; then
        # the rows the training reads, made by a JVM that records nothing: their commands' classes stay out
        training_lines "$here/training-$name-setup.txt" "$work/setup.txt"
        "$java" "${jvm_options[@]}" "${native_options[@]}" -cp "$jar" io.ovsguard.cli.app.StartupTraining \
          "$work/setup.txt" >"$work/setup.log" 2>&1 </dev/null || { cat "$work/setup.log" >&2; return 1; }
      fi
      training_lines "$here/training-$name-commands.txt" "$work/$name-commands.txt"
      make_aot_cache "$java" "$work/$name-commands.txt" "$cache_dir/$key.$name.aot" "${jvm_options[@]}" \
        "${native_options[@]}" || return 1
      install_cache "$cache_dir/$key.$name" "$cache_dir/$key.$name.aot" "${native_options[*]}"
    done
    start_training_server || return 1
    training_lines "$here/training-commands.txt" "$work/commands.txt"
    make_aot_cache "$java" "$work/commands.txt" "$cache_dir/$key.aot" "${jvm_options[@]}" "${native_options[@]}" \
      || return 1
    install_cache "$cache_dir/$key" "$cache_dir/$key.aot" "${native_options[*]}"
  else
    start_training_server || return 1
    training_lines "$here/training-commands.txt" "$work/commands.txt"
    # JDK 17-23 map a class-data-sharing archive and load its classes only as they are used: one archive serves all
    "$java" "${jvm_options[@]}" "${native_options[@]}" -XX:ArchiveClassesAtExit="$cache_dir/$key.jsa.$$" \
      -cp "$jar" io.ovsguard.cli.app.StartupTraining "$work/commands.txt" >"$work/train.log" 2>&1 </dev/null \
      || { cat "$work/train.log" >&2; return 1; }
    if [ ! -s "$cache_dir/$key.jsa.$$" ]; then
      echo "prepare-startup-cache: $java wrote no cache" >&2
      cat "$work/train.log" >&2
      return 1
    fi
    install_cache "$cache_dir/$key" "$cache_dir/$key.jsa" "${native_options[*]}"
  fi
  rm -f "$cache_dir/$key.failed"
}

status=0
for java in "$@"; do
  if ! prepare "$java"; then
    echo "prepare-startup-cache: no start-up cache for $java" >&2
    status=1
    if [ "$background" = true ]; then touch "$cache_dir/${java//\//_}.failed"; fi
  fi
done
exit "$status"
