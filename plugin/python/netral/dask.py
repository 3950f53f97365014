# netral/dask.py - scans many documents across a Dask distributed cluster: one engine per worker
# process (per worker thread), results gathered as JSON Lines or written one file per partition.
"""Scan a list of paths or folders on a Dask cluster.

    python3 -m netral.dask tcp://scheduler:8786 /shared/archive -o report.jsonl
    python3 -m netral.dask tcp://scheduler:8786 /shared/archive --out-dir /shared/out
    python3 -m netral.dask local /shared/archive            # a LocalCluster on this machine

From Python:

    from netral.dask import scan_paths
    for record in scan_paths(["/shared/archive"], scheduler="tcp://scheduler:8786"):
        print(record["path"], record["verdict"])

Every worker needs this package importable (PYTHONPATH) and libnetral (NETRAL_LIBRARY or the
system library path), and must see the documents at the same paths (a shared file system).
Each record has the shape of a line of `netral scan --format jsonl`. A document that cannot be
read becomes a record with status "error"; the other documents carry on.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading

EXTENSIONS = (".docx", ".docm")


# ---- Paths and partitions -----------------------------------------------------------------------

def expand_paths(paths):
    """Files named explicitly are kept whatever their extension; folders are searched
    recursively for .docx/.docm (any case), in sorted order."""
    out = []
    for p in paths:
        p = os.fspath(p)
        if os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p):
                dirs.sort()
                found.extend(os.path.join(root, f) for f in files
                             if f.lower().endswith(EXTENSIONS))
            out.extend(sorted(found))
        else:
            out.append(p)
    return out


def split(items, n):
    """n contiguous, nearly equal, non-empty chunks (fewer when there are fewer items)."""
    n = max(1, min(int(n), len(items)))
    size, extra = divmod(len(items), n)
    chunks, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        chunks.append(items[start:end])
        start = end
    return [c for c in chunks if c]


# ---- Worker side ----------------------------------------------------------------------------------

# Engines of this worker process, one per (worker thread, options): compiled once, then reused
# by every partition that thread runs. Dask's executor threads live as long as the worker.
_engines = {}
_engines_lock = threading.Lock()


def _engine(options):
    import netral
    key = (threading.get_ident(), repr(sorted(options.items())))
    with _engines_lock:
        engine = _engines.get(key)
        if engine is None:
            engine = _engines[key] = netral.Engine(**options)
    return engine


def engines_in_process():
    """How many engines this worker process holds (tests call it through Client.run)."""
    with _engines_lock:
        return len(_engines)


def _error_record(path, code, message):
    return {"path": path, "status": "error", "verdict": "error", "findings": [],
            "error": {"code": code, "message": message}}


def scan_one(engine, path, shown):
    """One JSON-ready record; never raises for a bad document."""
    try:
        record = engine.scan(path).to_dict()
    except Exception as exc:  # a broken input must not stop the partition
        return _error_record(shown, getattr(exc, "code", "error"), str(exc))
    record["path"] = shown
    return record


def scan_partition(items, options):
    """Scan [(shown_path, absolute_path), ...] on a worker; returns a list of records."""
    engine = _engine(options)
    return [scan_one(engine, absolute, shown) for shown, absolute in items]


def write_partition(items, options, out_path):
    """Scan a partition and write its records as JSON Lines to out_path (on the worker)."""
    records = scan_partition(items, options)
    tmp = f"{out_path}.tmp{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    os.replace(tmp, out_path)
    return {"file": out_path, "documents": len(records), "failing": sum(map(_failing, records))}


def _failing(record):
    return record.get("verdict") in ("violation", "error")


# ---- Client side ----------------------------------------------------------------------------------

def _client(scheduler):
    """(client, owned): reuse a Client, connect to an address, or start a LocalCluster."""
    from distributed import Client, LocalCluster
    if scheduler is not None and not isinstance(scheduler, str):
        return scheduler, False
    if scheduler in (None, "local"):
        cluster = LocalCluster(processes=True, threads_per_worker=1)
        client = Client(cluster)
        client._netral_cluster = cluster
        return client, True
    return Client(scheduler), True


def _close(client):
    cluster = getattr(client, "_netral_cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def _options(rules, lang, min_severity, limits):
    if isinstance(rules, (str, os.PathLike)):
        rules = [rules]
    return {"rules": [os.path.abspath(r) for r in rules], "lang": lang,
            "min_severity": min_severity, "limits": dict(limits or {})}


def _partitions(paths, client, partitions):
    items = [(p, os.path.abspath(p)) for p in expand_paths(paths)]
    if not partitions:
        workers = len(client.scheduler_info().get("workers", {})) or 1
        partitions = workers * 4
    return split(items, partitions)


def scan_paths(paths, scheduler=None, partitions=None, rules=(), lang="id", min_severity="low",
               limits=None):
    """Scan files and folders across a cluster; yields one JSON-ready dict per document, in
    path order. scheduler: None or "local" (a LocalCluster here), an address, or a Client."""
    client, owned = _client(scheduler)
    try:
        options = _options(rules, lang, min_severity, limits)
        futures = client.map(scan_partition, _partitions(paths, client, partitions),
                             options=options, pure=False)
        for fut in futures:
            yield from fut.result()
    finally:
        if owned:
            _close(client)


def scan_to_dir(paths, out_dir, scheduler=None, partitions=None, rules=(), lang="id",
                min_severity="low", limits=None):
    """Workers write out_dir/part-NNNNN.jsonl each (out_dir must be shared with them); returns
    the list of {file, documents, failing}."""
    client, owned = _client(scheduler)
    try:
        options = _options(rules, lang, min_severity, limits)
        out_dir = os.path.abspath(out_dir)
        os.makedirs(out_dir, exist_ok=True)
        parts = _partitions(paths, client, partitions)
        outs = [os.path.join(out_dir, f"part-{i:05d}.jsonl") for i in range(len(parts))]
        futures = client.map(write_partition, parts, [options] * len(parts), outs, pure=False)
        return client.gather(futures)
    finally:
        if owned:
            _close(client)


# ---- Command line ---------------------------------------------------------------------------------

def _parser():
    p = argparse.ArgumentParser(
        prog="python3 -m netral.dask",
        description="Scan DOCX memos across a Dask cluster (JSON Lines, as `netral scan`).")
    p.add_argument("scheduler", help='scheduler address (tcp://host:8786) or "local"')
    p.add_argument("paths", nargs="+", help="files or folders (searched for .docx/.docm)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", help="write all records to this JSON Lines file")
    out.add_argument("--out-dir", help="each partition writes DIR/part-NNNNN.jsonl (shared FS)")
    p.add_argument("--partitions", type=int, default=None, help="default: 4 per worker")
    p.add_argument("--rules", action="append", default=[], help="extra rule folder (repeatable)")
    p.add_argument("--lang", default="id", choices=("id", "en"))
    p.add_argument("--min-severity", default="low", choices=("info", "low", "medium", "high"))
    return p


def _interpreters():
    """Other python3 interpreters that may have Dask: NETRAL_DASK_PYTHON, Debian's, then PATH's."""
    seen, out = set(), []
    for cand in (os.environ.get("NETRAL_DASK_PYTHON"), "/usr/bin/python3", shutil.which("python3"),
                 shutil.which("python3", path=os.defpath)):
        if cand and os.access(cand, os.X_OK) and cand not in seen:
            seen.add(cand)
            out.append(cand)
    return out


def _has_distributed(python):
    try:
        return subprocess.run([python, "-c", "import distributed"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=120).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def _ensure_distributed(argv):
    """Dask's `distributed` is a Debian package (python3-distributed) that a python3 from pyenv, a
    venv or /usr/local does not see. Then the command runs itself again with an interpreter that
    has it, saying so; with none, it says which to install or use. Returns an exit status when it
    cannot go on, None when this interpreter will do."""
    try:
        import distributed  # noqa: F401
        return None
    except ImportError:
        pass
    if not os.environ.get("NETRAL_DASK_REEXEC"):
        for python in _interpreters():
            if _has_distributed(python):
                print(f"netral.dask: {sys.executable} cannot import Dask (distributed); running with {python}",
                      file=sys.stderr)
                env = dict(os.environ, NETRAL_DASK_REEXEC="1")
                here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
                env["PYTHONPATH"] = here + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
                sys.stderr.flush()
                os.execve(python, [python, "-m", "netral.dask", *argv], env)
    print(f"netral.dask: {sys.executable} (Python {sys.version.split()[0]}) cannot import Dask's "
          "'distributed' package. On Debian: apt-get install python3-distributed, then run "
          "/usr/bin/python3 -m netral.dask ...; or install distributed for this Python "
          f"({sys.executable} -m pip install distributed); NETRAL_DASK_PYTHON=/path/to/python3 names "
          "another interpreter to use.", file=sys.stderr)
    return 2


def main(argv=None):
    """Exit status as `netral scan`: 0 clean, 1 a violation or unreadable document, 2 usage."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _parser().parse_args(argv)
    if args.scheduler is not None:
        status = _ensure_distributed(argv)
        if status is not None:
            return status
    kw = dict(scheduler=args.scheduler, partitions=args.partitions, rules=args.rules,
              lang=args.lang, min_severity=args.min_severity)
    try:
        if args.out_dir:
            parts = scan_to_dir(args.paths, args.out_dir, **kw)
            failing = sum(p["failing"] for p in parts)
            print(f"{sum(p['documents'] for p in parts)} documents in {len(parts)} files "
                  f"under {args.out_dir}", file=sys.stderr)
        else:
            failing = _write_records(scan_paths(args.paths, **kw), args.output)
    except Exception as exc:  # configuration errors (rules, scheduler) end the run
        print(f"netral.dask: {exc}", file=sys.stderr)
        return 2
    return 1 if failing else 0


def _write_records(records, output):
    f = open(output, "w", encoding="utf-8") if output else sys.stdout
    failing = 0
    try:
        for r in records:
            failing += _failing(r)
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    finally:
        if output:
            f.close()
    return failing


if __name__ == "__main__":
    # Run through the importable module, so workers unpickle netral.dask.*, not __main__.*.
    from netral import dask as _self
    sys.exit(_self.main())
