#!/usr/bin/env python3
"""bench.py - the batch benchmark of `netral scan`, side by side with its floor and two baselines.

One command (after building):
    /usr/bin/python3 tests/bench/batch/bench.py --netral build/netral

It generates (once, reproducibly) an archive of 5,000 Word-like memos (gen_archive.py), builds the
floor (floor.c: libzip inflate + Expat with empty handlers over the parts Netral reads), then, in
alternating rounds so that machine load hits both alike, times:
  - the floor with -j JOBS threads over the whole archive,
  - `netral scan -j JOBS` over the whole archive (peak RSS from wait4), and `-j 1` for RSS per worker,
  - `pandoc -t plain FILE | grep` per file on an evenly spaced sample, JOBS pipelines at a time,
  - a python-docx + regex script (pydocx_grep.py) per file on the same sample, JOBS at a time, as
    the pandoc pipeline is run ("python-docx/file"; the target), and
  - the same script over a larger sample in JOBS long-lived processes, start-up paid once
    ("python-docx/batch"; printed for reference: the floor itself is only ~9x faster).
Whole processes everywhere (start-up included). Prints docs/s from wall time and from CPU time
(CPU seconds over JOBS cores: unaffected by other work on the machine), peak RSS, and the ratios
against the targets, judged on CPU time: >= 70% of the floor, >= 50x pandoc|grep, >= 20x
python-docx, < 64 MB peak RSS per worker. Exit 0 when all targets are met (always 0 with --smoke).
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_archive  # noqa: E402

GREP = "pilih|coblos|menang|dukung|kampanye|twibbon|relawan|ktp|uang transport"


def timed(cmd, **kw):
    """(wall seconds, CPU seconds, peak RSS in MB, exit status) of one process."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    _, status, ru = os.wait4(p.pid, 0)
    return (time.monotonic() - t0, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0,
            os.waitstatus_to_exitcode(status))


def children_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def parallel(cmds, jobs):
    """Run shell commands `jobs` at a time: (wall seconds, CPU seconds) for all of them."""
    t0, c0 = time.monotonic(), children_cpu()
    running, i = [], 0
    while i < len(cmds) or running:
        while i < len(cmds) and len(running) < jobs:
            running.append(subprocess.Popen(cmds[i], shell=True, stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL))
            i += 1
        running[0].wait()
        running = [p for p in running if p.poll() is None]
    return time.monotonic() - t0, children_cpu() - c0


def archive(path, docs, seed):
    stamp = os.path.join(path, ".netral-bench")
    want = f"{docs} {seed} v1\n"
    if os.path.exists(stamp) and open(stamp).read() == want:
        return
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    t0 = time.monotonic()
    bad = gen_archive.generate(path, docs, seed)
    with open(stamp, "w") as f:
        f.write(want)
    print(f"generated {docs} memos ({bad} violating) in {time.monotonic() - t0:.1f} s: {path}")


def build_floor(tmp):
    exe = os.path.join(tmp, "floor")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libzip", "expat"], capture_output=True,
                           text=True, check=True).stdout.split()
    subprocess.run(["cc", "-O2", os.path.join(HERE, "floor.c"), "-o", exe] + flags + ["-lpthread"], check=True)
    return exe


def docs_under(path):
    out = []
    for root, _, files in os.walk(path):
        out += [os.path.join(root, f) for f in files if f.endswith(".docx")]
    return sorted(out)


def main():
    ap = argparse.ArgumentParser(description="batch benchmark of netral scan")
    ap.add_argument("--netral", default="build/netral")
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--dir", help="archive folder (default: /tmp/netral-bench-DOCS-SEED)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--sample", type=int, default=60, help="files for the pandoc baseline")
    ap.add_argument("--pydocx-sample", type=int, default=200, help="files for the python-docx baseline")
    ap.add_argument("--smoke", action="store_true", help="quick sanity run, targets not enforced")
    a = ap.parse_args()
    netral = os.path.abspath(a.netral)
    if not os.access(netral, os.X_OK):
        print(f"SKIPPED: no netral binary at {netral}")
        return 77
    path = a.dir or os.path.join(tempfile.gettempdir(), f"netral-bench-{a.docs}-{a.seed}")
    archive(path, a.docs, a.seed)
    files = docs_under(path)
    tmp = tempfile.mkdtemp(prefix="netral-bench-")
    try:
        floor = build_floor(tmp)
        subprocess.run([floor, "-j", str(a.jobs), path], capture_output=True)  # warm the page cache
        report = os.path.join(tmp, "report.jsonl")
        scan = [netral, "scan", "-j", str(a.jobs), "--no-progress", "-q", "-o", report, path]
        n = len(files)
        wall, cpu, rss, rc = {}, {}, 0.0, None
        for _ in range(max(1, a.rounds)):  # alternate so that load from elsewhere hits both
            for name, cmd in (("floor", [floor, "-j", str(a.jobs), path]), ("netral", scan)):
                w, c, r, code = timed(cmd)
                wall[name] = min(wall.get(name, 1e9), w)
                cpu[name] = min(cpu.get(name, 1e9), c)
                if name == "netral":
                    rss, rc = max(rss, r), code
        _, _, rss1, _ = timed([netral, "scan", "-j", "1", "--no-progress", "-q", "-o", report, path])
        with open(report) as f:
            lines = f.read().splitlines()
        flagged = sum('"verdict":"violation"' in line for line in lines)
        step = max(1, n // max(1, a.sample))
        sample = files[::step][:a.sample]
        counts = {"floor": n, "netral": n}
        if shutil.which("pandoc"):
            cmds = [f"pandoc -t plain '{f}' | grep -icE '{GREP}'" for f in sample]
            wall["pandoc"], cpu["pandoc"] = parallel(cmds, a.jobs)
            counts["pandoc"] = len(sample)
        try:
            import docx  # noqa: F401
            script = os.path.join(HERE, "pydocx_grep.py")
            cmds = [f"{sys.executable} {script} '{f}'" for f in sample]
            wall["python-docx/file"], cpu["python-docx/file"] = parallel(cmds, a.jobs)
            counts["python-docx/file"] = len(sample)
            big = files[::max(1, n // max(1, a.pydocx_sample))][:a.pydocx_sample]
            chunks = [big[i::a.jobs] for i in range(a.jobs)]
            cmds = [" ".join([sys.executable, script] + [f"'{f}'" for f in c]) for c in chunks if c]
            wall["python-docx/batch"], cpu["python-docx/batch"] = parallel(cmds, a.jobs)
            counts["python-docx/batch"] = len(big)
        except ImportError:
            pass
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    load = os.getloadavg()[0]
    print(f"\narchive: {n} memos, {sum(os.path.getsize(f) for f in files) / 1e6:.1f} MB; jobs: {a.jobs}; "
          f"best of {a.rounds} rounds; pandoc and python-docx/file on {counts.get('pandoc', 0)} files, "
          f"python-docx/batch on {counts.get('python-docx/batch', 0)}; load average {load:.1f} on {os.cpu_count()} CPUs")
    print(f"netral scan: exit {rc}, {len(lines)} reports, {flagged} violations")
    # docs/s from wall time, and from CPU time (CPU seconds spread over JOBS cores): the second is
    # what the machine would give with nothing else running, and is the one the targets use
    rate_w = {k: counts[k] / wall[k] for k in counts}
    rate_c = {k: counts[k] * a.jobs / cpu[k] for k in counts if cpu[k] > 0}
    print(f"  {'':18s} {'docs/s (wall)':>8s} {'docs/s (CPU)':>14s}")
    for k in ("floor", "netral", "pandoc", "python-docx/file", "python-docx/batch"):
        if k in counts:
            print(f"  {k:18s} {rate_w[k]:8.1f} {rate_c.get(k, 0):14.1f}")
    print(f"  peak RSS: netral -j {a.jobs}: {rss:.1f} MB ({rss / a.jobs:.1f} MB per worker); -j 1: {rss1:.1f} MB")
    checks = [("netral / floor", "floor", 0.70)]
    if "pandoc" in counts:
        checks.append(("netral / pandoc|grep", "pandoc", 50))
    if "python-docx/file" in counts:
        checks.append(("netral / python-docx/file", "python-docx/file", 20))
        checks.append(("netral / python-docx/batch", "python-docx/batch", None))
    ok = len(lines) == n
    print(f"  {'ratio':26s} {'wall':>9s} {'CPU':>9s}")
    for name, base, target in checks:
        vw, vc = rate_w["netral"] / rate_w[base], rate_c["netral"] / rate_c[base]
        if target is None:
            print(f"  {name:26s} {vw:9.2f} {vc:9.2f}  (for reference; floor / python-docx/batch: "
                  f"{rate_c['floor'] / rate_c[base]:.2f})")
            continue
        ok &= vc >= target
        print(f"  {name:26s} {vw:9.2f} {vc:9.2f}  (target >= {target}) {'PASS' if vc >= target else 'FAIL'}")
    per_worker = max(rss / a.jobs, rss1)
    ok &= per_worker < 64
    print(f"  {'peak RSS per worker (MB)':26s} {per_worker:9.1f} {'':9s}  (target < 64) "
          f"{'PASS' if per_worker < 64 else 'FAIL'}")
    if len(lines) != n:
        print(f"  FAIL: {len(lines)} reports for {n} memos")
    if a.smoke:
        return 0 if len(lines) == n else 1
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
