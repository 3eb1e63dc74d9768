#!/usr/bin/env bash
# Installs what ovsguard's build and tests need on Debian 12, as root. Idempotent: installs only what is missing,
# prints nothing when all is well, and says what failed otherwise. It never reserves hugepages: each DPDK sandbox
# reserves its own pages while it runs and gives them back.
set -euo pipefail

die() { echo "install-deps: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root (it installs packages and mounts hugetlbfs)"

packages=(openvswitch-switch-dpdk openvswitch-switch openvswitch-common librte-net-null23 python3-openvswitch)
missing=()
for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
command -v mvn >/dev/null 2>&1 || missing+=(maven)
# the direct client's optional JNI unix-socket library (ovsdb-client/src/main/native) is compiled by the build
command -v gcc >/dev/null 2>&1 || missing+=(gcc libc6-dev)
if ! javac -version 2>&1 | grep -Eq '^javac (1[7-9]|[2-9][0-9])'; then
    missing+=(openjdk-17-jdk-headless)
fi

if [ "${#missing[@]}" -gt 0 ]; then
    log=$(mktemp /tmp/ovsguard-install-deps.XXXXXX)
    # Debian's policy-rc.d hook: packages must not start their daemons (no system switch for the tests to meet).
    policy_added=false
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod +x /usr/sbin/policy-rc.d
        policy_added=true
    fi
    status=0
    { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
        >"$log" 2>&1 || status=$?
    if [ "$policy_added" = true ]; then rm -f /usr/sbin/policy-rc.d; fi
    if [ "$status" -ne 0 ]; then
        tail -n 30 "$log" >&2
        die "apt-get failed installing: ${missing[*]} (full log: $log)"
    fi
    rm -f "$log"

    # Should a package script have started the system daemons anyway, stop them by their own pid files.
    for daemon in ovs-vswitchd ovsdb-server; do
        pidfile=/var/run/openvswitch/$daemon.pid
        [ -r "$pidfile" ] || continue
        pid=$(cat "$pidfile")
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid"
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -0 "$pid" 2>/dev/null && die "system $daemon (pid $pid) did not stop after SIGTERM"
        fi
    done
fi

for tool in ovsdb-server ovsdb-tool ovs-vsctl ovs-appctl ovs-pki; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing although its package is installed"
done
[ -x /usr/lib/openvswitch-switch-dpdk/ovs-vswitchd-dpdk ] || die "/usr/lib/openvswitch-switch-dpdk/ovs-vswitchd-dpdk is missing"

[ -d /sys/kernel/mm/hugepages/hugepages-2048kB ] || die "this kernel offers no 2 MB hugepages"
grep -qw hugetlbfs /proc/filesystems || die "this kernel has no hugetlbfs"
if ! awk '$2 == "/dev/hugepages" && $3 == "hugetlbfs" { found = 1 } END { exit !found }' /proc/mounts; then
    mkdir -p /dev/hugepages
    mount -t hugetlbfs nodev /dev/hugepages || die "cannot mount hugetlbfs at /dev/hugepages"
fi
