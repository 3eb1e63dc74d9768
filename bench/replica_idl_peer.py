#!/usr/bin/python3
"""The Python IDL peer of the replica benchmark (bench/run-replica-bench.sh).

Replicates the whole Open_vSwitch database with OVS's own Python IDL (python3-openvswitch) and
speaks a line protocol on stdout that the Java harness reads:
  SYNC <seconds> <cpu>  time from creating the IDL to holding every Interface row, and the CPU
                        seconds this process used meanwhile
  ROWS <count>          rows replicated across all tables
  HEAP <bytes>          (--memory only) Python memory retained by the replica, from tracemalloc after gc
  READY <cpu>           initial sync done; the harness now sends its bursts of updates
  DONE <epoch-ms> <cpu> the last update of a burst (each <tag> in turn, in external_ids:burst of
                        interface <last-name>) was applied; once per tag
With REPLICA_BENCH_VERBOSE set, it also reports on stderr how many update messages it processed.
<cpu> without "seconds": the CPU seconds (user + system, all threads) this process used so far.
Usage: replica_idl_peer.py <remote> <schema> <interfaces> <last-name> [<tag>...] [--memory]
"""
import gc
import os
import sys
import time
import tracemalloc

import ovs.db.idl
import ovs.poller


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run_until(idl, done):
    while not done():
        idl.run()
        if done():
            return
        poller = ovs.poller.Poller()
        idl.wait(poller)
        poller.block()


def main():
    remote, schema, interfaces, last_name = sys.argv[1:5]
    interfaces = int(interfaces)
    memory = "--memory" in sys.argv[5:]
    tags = [a for a in sys.argv[5:] if a != "--memory"]

    helper = ovs.db.idl.SchemaHelper(location=schema)
    helper.register_all()
    gc.collect()
    if memory:
        tracemalloc.start()
        baseline = tracemalloc.get_traced_memory()[0]
    start = time.perf_counter()
    cpu_start = time.process_time()
    idl = ovs.db.idl.Idl(remote, helper)
    run_until(idl, lambda: len(idl.tables["Interface"].rows) >= interfaces)
    say("SYNC %.6f %.3f" % (time.perf_counter() - start, time.process_time() - cpu_start))
    say("ROWS %d" % sum(len(t.rows) for t in idl.tables.values()))
    if memory:
        gc.collect()
        say("HEAP %d" % (tracemalloc.get_traced_memory()[0] - baseline))
        tracemalloc.stop()
        idl.close()
        return

    last = next(r for r in idl.tables["Interface"].rows.values() if r.name == last_name)
    say("READY %.3f" % time.process_time())
    for tag in tags:
        run_until(idl, lambda: last.external_ids.get("burst") == tag)
        say("DONE %d %.3f" % (int(time.time() * 1000), time.process_time()))
        if os.environ.get("REPLICA_BENCH_VERBOSE"):
            # how many update messages the IDL has processed so far
            sys.stderr.write("python-idl: %s applied, change_seqno %d\n" % (tag, idl.change_seqno))
    idl.close()


if __name__ == "__main__":
    main()
