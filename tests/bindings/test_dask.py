# test_dask.py - netral.dask on a LocalCluster of two worker processes: scan_paths, the
# `python3 -m netral.dask` command (JSON Lines and --out-dir), each equal to a local `netral scan`.
"""usage: test_dask.py --cli build/netral  (PYTHONPATH=plugin/python, NETRAL_LIBRARY=...)"""

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import frontends_common as fc  # noqa: E402


def fail(msg):
    sys.exit(f"FAIL: {msg}")


def check_scan_paths(client, paths, reference):
    from netral.dask import engines_in_process, scan_paths
    records = list(scan_paths(paths, scheduler=client, partitions=4))
    if [r["path"] for r in records] != paths:
        fail("scan_paths did not return one record per input, in order")
    bad = fc.compare("dask.scan_paths", reference, fc.by_path(records))
    per_worker = client.run(engines_in_process)
    print(f"engines per worker process: {per_worker}")
    if len(per_worker) != 2 or any(n != 1 for n in per_worker.values()):
        fail(f"expected one engine in each of the two worker processes, got {per_worker}")
    pids = client.run(os.getpid)
    if len(set(pids.values())) != 2 or os.getpid() in pids.values():
        fail(f"workers are not two separate processes: {pids}")
    return bad


def check_folder(client, reference):
    """A folder argument is searched like `netral scan` does."""
    from netral.dask import scan_paths
    records = list(scan_paths([fc.SAMPLES], scheduler=client))
    want = {p: v for p, v in reference.items() if p.startswith(os.path.realpath(fc.SAMPLES))}
    return fc.compare("dask.folder", want, fc.by_path(records))


def run_module(address, paths, tmp, reference):
    """The documented command, against the same scheduler."""
    env = dict(os.environ)
    out = os.path.join(tmp, "dask.jsonl")
    cmd = [sys.executable, "-m", "netral.dask", address, *paths]
    proc = subprocess.run(cmd + ["-o", out], env=env, capture_output=True, text=True)
    if proc.returncode != 1:  # the samples contain violations and broken files
        fail(f"python3 -m netral.dask exited {proc.returncode}: {proc.stderr}")
    with open(out, encoding="utf-8") as f:
        bad = fc.compare("dask.cli", reference, fc.by_path(json.loads(x) for x in f if x.strip()))
    out_dir = os.path.join(tmp, "parts")
    proc = subprocess.run(cmd + ["--out-dir", out_dir, "--partitions", "3"], env=env,
                          capture_output=True, text=True)
    files = sorted(glob.glob(os.path.join(out_dir, "part-*.jsonl")))
    if proc.returncode != 1 or len(files) != 3:
        fail(f"--out-dir: exit {proc.returncode}, files {files}: {proc.stderr}")
    records = []
    for name in files:
        with open(name, encoding="utf-8") as f:
            records += [json.loads(x) for x in f if x.strip()]
    return bad + fc.compare("dask.out-dir", reference, fc.by_path(records))


def run_other_python(address, paths, tmp, reference):
    """`python3 -m netral.dask` when the python3 first on PATH cannot import Dask (a pyenv, venv or
    /usr/local interpreter): it runs itself with one that can and says so; when told not to look
    (NETRAL_DASK_REEXEC set), it says which to install or use and exits 2."""
    bindir = os.path.join(tmp, "bin")
    os.makedirs(bindir)
    fake = os.path.join(bindir, "python3")
    with open(fake, "w") as f:  # Debian's interpreter without its site-packages: no distributed
        f.write("#!/bin/sh\nexec /usr/bin/python3 -S \"$@\"\n")
    os.chmod(fake, 0o755)
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""))
    if subprocess.run(["python3", "-c", "import distributed"], env=env, capture_output=True).returncode == 0:
        fail("the stand-in python3 can import distributed; the test proves nothing")
    out = os.path.join(tmp, "other.jsonl")
    proc = subprocess.run(["python3", "-m", "netral.dask", address, *paths, "-o", out], env=env,
                          capture_output=True, text=True)
    if proc.returncode != 1 or "running with /usr/bin/python3" not in proc.stderr:
        fail(f"netral.dask under a python3 without Dask: exit {proc.returncode}: {proc.stderr[-500:]}")
    with open(out, encoding="utf-8") as f:
        bad = fc.compare("dask.other-python", reference, fc.by_path(json.loads(x) for x in f if x.strip()))
    env["NETRAL_DASK_REEXEC"] = "1"
    proc = subprocess.run(["python3", "-m", "netral.dask", address, *paths], env=env, capture_output=True, text=True)
    if proc.returncode != 2 or "python3-distributed" not in proc.stderr or "/usr/bin/python3" not in proc.stderr:
        fail(f"without an interpreter to use: exit {proc.returncode}, message {proc.stderr[-400:]!r}")
    print("ok: a python3 without Dask re-runs with /usr/bin/python3, or says which to use")
    return bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    args = ap.parse_args()
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        print("SKIP: python3-distributed is not installed (apt-get install python3-distributed)")
        sys.exit(77)
    with tempfile.TemporaryDirectory(prefix="netral-dask-") as tmp:
        paths = fc.sample_inputs(tmp)
        cli = fc.cli_records(args.cli, paths)
        print(f"cli: {len(cli)} documents, {fc.require_findings(cli)} findings")
        reference = fc.by_path(cli)
        with LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            bad = check_scan_paths(client, paths, reference)
            bad += check_folder(client, reference)
            bad += run_module(cluster.scheduler_address, paths, tmp, reference)
            bad += run_other_python(cluster.scheduler_address, paths, tmp, reference)
    if bad:
        fail(f"{bad} documents differ from the CLI")
    print("PASS: Dask results equal `netral scan`")


if __name__ == "__main__":
    main()
