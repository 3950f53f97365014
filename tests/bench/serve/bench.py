#!/usr/bin/env python3
"""bench.py - the `netral serve` benchmark: requests/s and latency (p50/p90/p99) of POST /v1/scan on
the batch benchmark's memo archive, next to `netral scan -j JOBS` over the same memos.

    /usr/bin/python3 tests/bench/serve/bench.py --netral build/netral [--docs 2000] [--jobs 2]

The archive is tests/bench/batch/gen_archive.py's (the same seed, the first DOCS memos; made once in
/tmp/netral-bench-serve-DOCS-SEED). The load comes from serve_loadgen (loadgen.c, built with the
tests): CONNECTIONS keep-alive connections, every memo posted once, closed loop. Rounds alternate
CLI and server, best of each. Throughput is printed from wall time and per CPU second (the
process's user+system time: what the machine's other load does not change); the target, server >=
80% of the CLI's batch throughput, is judged on both and printed, never enforced in --smoke.
A benchmark, not a test: exit 0 when the target is met (always with --smoke).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import json

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "bench", "batch"))
sys.path.insert(0, os.path.join(ROOT, "tests", "serve"))
import gen_archive  # noqa: E402
from serve_common import Server  # noqa: E402


def archive(docs, seed):
    path = "/tmp/netral-bench-serve-%d-%d" % (docs, seed)
    stamp = os.path.join(path, ".netral-bench")
    want = "%d %d v1\n" % (docs, seed)
    if not (os.path.exists(stamp) and open(stamp).read() == want):
        shutil.rmtree(path, ignore_errors=True)
        os.makedirs(path)
        t0 = time.monotonic()
        bad = gen_archive.generate(path, docs, seed)
        with open(stamp, "w") as f:
            f.write(want)
        print("generated %d memos (%d violating) in %.1f s: %s" % (docs, bad, time.monotonic() - t0, path))
    files = []
    for d, _, names in os.walk(path):
        files += [os.path.join(d, n) for n in names if n.endswith(".docx")]
    return path, sorted(files)


def cli_round(netral, path, jobs):
    t0 = time.monotonic()
    p = subprocess.Popen([netral, "scan", "--no-progress", "--format", "jsonl", "-j", str(jobs), path],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    return time.monotonic() - t0, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0


def proc_cpu(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / tick


def proc_hwm_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def server_round(srv, loadgen, listfile, conns, endpoint):
    c0 = proc_cpu(srv.pid)
    r = subprocess.run([loadgen, str(srv.port), endpoint, str(conns), listfile], capture_output=True, text=True,
                       timeout=3600)
    cpu = proc_cpu(srv.pid) - c0
    if r.returncode != 0:
        raise RuntimeError("serve_loadgen failed: " + r.stderr)
    out = json.loads(r.stdout.strip().splitlines()[-1])
    out["cpu"] = cpu
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--netral", required=True)
    ap.add_argument("--loadgen", help="serve_loadgen (default: BUILD/tests/serve_loadgen)")
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--connections", type=int, default=0, help="default: 2 x jobs")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--smoke", action="store_true")
    a = ap.parse_args()
    netral = os.path.abspath(a.netral)
    loadgen = a.loadgen or os.path.join(os.path.dirname(netral), "tests", "serve_loadgen")
    if not os.access(loadgen, os.X_OK):
        print("serve_loadgen not found at %s (build the tests)" % loadgen)
        return 77 if a.smoke else 2
    conns = a.connections or 2 * a.jobs
    path, files = archive(a.docs, a.seed)
    n = len(files)
    tmp = tempfile.mkdtemp(prefix="netral-bench-serve-")
    try:
        listfile = os.path.join(tmp, "files.txt")
        with open(listfile, "w") as f:
            f.write("\n".join(files) + "\n")
        best_cli, best_srv, best_ann = None, None, None
        with Server(netral, ["-j", str(a.jobs), "--quiet", "--max-connections", str(conns + 8)], tmp=tmp,
                    env={"NETRAL_LANG": "id"}) as srv:
            warm = os.path.join(tmp, "warm.txt")
            with open(warm, "w") as f:
                f.write("\n".join(files[:50]) + "\n")
            server_round(srv, loadgen, warm, conns, "/v1/scan")
            for r in range(a.rounds):
                wall, cpu, rss = cli_round(netral, path, a.jobs)
                if not best_cli or wall < best_cli[0]:
                    best_cli = (wall, cpu, rss)
                s = server_round(srv, loadgen, listfile, conns, "/v1/scan")
                if s["errors"]:
                    print("server round %d: %d failed requests" % (r + 1, s["errors"]))
                if not best_srv or s["wall"] < best_srv["wall"]:
                    best_srv = s
            best_ann = server_round(srv, loadgen, listfile, conns, "/v1/annotate")
            hwm = proc_hwm_mb(srv.pid)
            srv.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    wall, cpu, rss = best_cli
    size = sum(os.path.getsize(f) for f in files) / 1e6
    print("\narchive: %d memos, %.1f MB; jobs %d; %d connections; best of %d rounds" % (n, size, a.jobs, conns, a.rounds))
    print("  %-34s %9s %11s %9s %9s %9s" % ("", "docs/s", "docs/CPU-s", "p50 ms", "p99 ms", "peak MB"))
    print("  %-34s %9.0f %11.0f %9s %9s %9.1f" % ("netral scan -j %d (batch)" % a.jobs, n / wall, n / cpu, "-", "-", rss))
    print("  %-34s %9.0f %11.0f %9.2f %9.2f %9.1f" % ("netral serve: POST /v1/scan", best_srv["rps"],
                                                       n / best_srv["cpu"], best_srv["p50_ms"], best_srv["p99_ms"], hwm))
    print("  %-34s %9.0f %11.0f %9.2f %9.2f %9s" % ("netral serve: POST /v1/annotate", best_ann["rps"],
                                                     n / best_ann["cpu"], best_ann["p50_ms"], best_ann["p99_ms"], ""))
    ratio_wall = best_srv["rps"] / (n / wall)
    ratio_cpu = (n / best_srv["cpu"]) / (n / cpu)
    ok = ratio_wall >= 0.8 and best_srv["errors"] == 0
    print("\nserver / CLI batch throughput: %.0f%% by wall time, %.0f%% per CPU second (target >= 80%%): %s" %
          (100 * ratio_wall, 100 * ratio_cpu, "PASS" if ok else "FAIL"))
    print("failed requests: %d" % (best_srv["errors"] + best_ann["errors"]))
    return 0 if ok or a.smoke else 1


if __name__ == "__main__":
    sys.exit(main())
