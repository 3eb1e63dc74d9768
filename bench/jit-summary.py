#!/usr/bin/env python3
"""What HotSpot's JIT compiled in a time window, from a -XX:+LogCompilation file.

Usage: bench/jit-summary.py LOG FROM TO [TOP]
  LOG   written by -XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=/tmp/peer_%p.log
  FROM, TO  JVM uptime in seconds (the replica peer prints it with -Dbench.threads=true:
        "peer CPU by thread, <step>, until JVM uptime <s>"; a burst runs from the step before it)
  TOP   how many of the longest C2 compilations to list (default 15)

Prints the C1 and C2 compilations that ran in the window (their wall time inside it, so a compiler
thread that waited for a core counts the wait), split by when they were queued (before the window:
work left over from before it), the OSR compilations, the longest C2 compilations with the bytecode
they inlined, the C2 bytecode (the root methods' and everything inlined) by package, and the
deoptimizations. The log's timestamps are the JVM's uptime.
"""
import collections
import re
import signal
import sys

ATTRIBUTE = re.compile(r"(\w+)='([^']*)'")


def attributes(line):
    return dict(ATTRIBUTE.findall(line))


def package(class_name):
    for prefix, name in (("io.ovsguard.ovsdb.", None), ("io.ovsguard.", "ovsguard (other)"),
                         ("io.netty.", "netty"), ("com.google.gson.", "gson"), ("java.util.", "java.util"),
                         ("java.lang.", "java.lang"), ("java.nio.", "nio"), ("sun.nio.", "nio")):
        if class_name.startswith(prefix):
            return name or "ovsguard " + class_name.split(".")[3]
    return "jdk (other)"


class Task:
    def __init__(self, start, head):
        self.start = start
        self.method = head["method"].split(" (")[0].replace("&lt;", "<").replace("&gt;", ">")
        self.level = int(head.get("level", "4"))
        self.osr = head.get("compile_kind") == "osr"
        self.compile_id = head["compile_id"]
        self.bytes_by_package = collections.Counter({package(self.method.split(" ")[0]): int(head["bytes"])})
        self.end = start
        self.inlined = 0

    def inside(self, low, high):
        return max(0.0, min(self.end, high) - max(self.start, low))


def read(path):
    queued, tasks, traps = {}, [], []
    klasses, methods = {}, {}
    task, call = None, None
    with open(path, errors="replace") as log:
        for line in log:
            if line.startswith("<task_queued "):
                a = attributes(line)
                queued[a["compile_id"]] = float(a["stamp"])
            elif line.startswith("<uncommon_trap thread=") or line.startswith("<make_not_entrant "):
                a = attributes(line)
                if "stamp" in a and a.get("reason") not in ("not used", "OSR invalidation of lower level"):
                    traps.append((float(a["stamp"]), a.get("reason", "?"), a.get("action", "")))
            elif line.startswith("<task "):
                a = attributes(line)
                task = Task(float(a["stamp"]), a)
            elif task is None:
                continue
            elif line.startswith("<klass "):
                a = attributes(line)
                klasses[a["id"]] = a["name"].replace("/", ".")
            elif line.startswith("<method "):
                a = attributes(line)
                methods[a["id"]] = (klasses.get(a["holder"], "?"), int(a.get("bytes", "0")))
            elif line.startswith("<call "):
                call = attributes(line).get("method")
            elif line.startswith("<inline_success") and call in methods:
                holder, size = methods[call]
                task.bytes_by_package[package(holder)] += size
                call = None
            elif line.startswith("<task_done"):
                a = attributes(line)
                task.end = float(a["stamp"])
                task.inlined = int(a.get("inlined_bytes", "0"))
                tasks.append(task)
                task = None
    return queued, tasks, traps


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    low, high = float(argv[2]), float(argv[3])
    top = int(argv[4]) if len(argv) > 4 else 15
    queued, tasks, traps = read(argv[1])
    window = [t for t in tasks if t.inside(low, high) > 0 or low <= t.start < high]
    print(f"window {low:.3f}-{high:.3f} s of JVM uptime ({high - low:.3f} s)")
    for name, tier in (("C1", lambda t: t.level < 4), ("C2", lambda t: t.level == 4)):
        chosen = [t for t in window if tier(t)]
        before = [t for t in chosen if queued.get(t.compile_id, low) < low]
        osr = [t for t in chosen if t.osr]
        print(f"{name}: {len(chosen)} compilations, {sum(t.inside(low, high) for t in chosen):.3f} s;"
              f" queued before the window {len(before)} ({sum(t.inside(low, high) for t in before):.3f} s);"
              f" OSR {len(osr)} ({sum(t.inside(low, high) for t in osr):.3f} s)")
    c2 = [t for t in window if t.level == 4]
    print(f"longest C2 compilations (s inside the window, queued at, inlined bytecode):")
    for t in sorted(c2, key=lambda t: -t.inside(low, high))[:top]:
        print(f"  {t.inside(low, high):.3f}  q={queued.get(t.compile_id, float('nan')):.3f}"
              f"  {t.method}{' (OSR)' if t.osr else ''}  {t.inlined} B")
    total = collections.Counter()
    for t in c2:
        total.update(t.bytes_by_package)
    everything = sum(total.values()) or 1
    print(f"C2 bytecode compiled, root methods and inlined: {everything} B")
    for name, size in total.most_common():
        print(f"  {name:22s} {size:7d} B  {100 * size / everything:5.1f}%")
    inside = [t for t in traps if low <= t[0] < high]
    print(f"deoptimizations and invalidations: {len(inside)}"
          + "".join(f"\n  {s:.3f} {reason} {action}" for s, reason, action in inside))


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quietly stop when piped into head
    main(sys.argv)
