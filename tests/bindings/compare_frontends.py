# compare_frontends.py - runs one front end (the C example, lua5.4 with require "netral", or the
# Python binding) over the samples plus broken files and checks its findings equal `netral scan`'s.
"""usage: compare_frontends.py --cli NETRAL {example EXE | lua MODULE_DIR | python}"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import frontends_common as fc  # noqa: E402


def run_example(exe, paths, tmp):
    """The example reads each file as an upload, prints findings, saves JSON, annotates."""
    records, problems = [], []
    for i, path in enumerate(paths):
        out = os.path.join(tmp, f"annotated-{i}.docx")
        rep = os.path.join(tmp, f"report-{i}.json")
        proc = subprocess.run([exe, path, out, rep], capture_output=True, text=True)
        if not os.path.exists(rep):
            problems.append(f"{path}: no JSON report (exit {proc.returncode}): {proc.stderr}")
            continue
        with open(rep, encoding="utf-8") as f:
            doc = json.load(f)["documents"][0]
        records.append(doc)
        problems += check_example_run(path, doc, proc, out)
    return records, problems


def check_example_run(path, doc, proc, out):
    """What a user of the example sees: exit status, printed findings, the annotated copy."""
    problems = []
    want_rc = 1 if doc["verdict"] in ("violation", "error") else 0
    if proc.returncode != want_rc:
        problems.append(f"{path}: exit {proc.returncode}, expected {want_rc}: {proc.stderr}")
    printed = sum(1 for line in proc.stdout.splitlines() if line.startswith("  ["))
    if printed != len(doc["findings"]):
        problems.append(f"{path}: printed {printed} findings, JSON has {len(doc['findings'])}")
    if doc["status"] != "ok":
        if os.path.exists(out):
            problems.append(f"{path}: an annotated copy was written for an unreadable input")
        return problems
    if not zipfile.is_zipfile(out):
        return problems + [f"{path}: annotated copy {out} missing or not a zip"]
    with zipfile.ZipFile(out) as z:
        has_comments = "word/comments.xml" in z.namelist()
        comments = z.read("word/comments.xml").decode("utf-8") if has_comments else ""
    if doc["findings"] and comments.count("<w:comment ") < 1:
        problems.append(f"{path}: findings but no Word comment in the annotated copy")
    return problems


def run_lua(module_dir, paths):
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scan_with_lua.lua")
    results = {}
    for mode in ([], ["--bytes"]):
        proc = subprocess.run(["lua5.4", script, module_dir, *mode, *paths],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"FAIL: lua5.4 exited {proc.returncode}: {proc.stderr.strip()}")
        results["lua" + "".join(mode)] = [json.loads(x) for x in proc.stdout.splitlines() if x]
    return results


def run_python(paths):
    import netral
    results = {"python-path": [], "python-bytes": []}
    with netral.Engine() as engine:
        for path in paths:
            results["python-path"].append(engine.scan(path).to_dict())
            with open(path, "rb") as f:
                results["python-bytes"].append(engine.scan(f.read(), name=path).to_dict())
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("frontend", choices=("example", "lua", "python"))
    ap.add_argument("target", nargs="?")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="netral-fe-") as tmp:
        paths = fc.sample_inputs(tmp)
        cli = fc.cli_records(args.cli, paths)
        nfind = fc.require_findings(cli)
        print(f"cli: {len(cli)} documents, {nfind} findings")
        reference = fc.by_path(cli)
        problems = []
        if args.frontend == "example":
            records, problems = run_example(args.target, paths, tmp)
            results = {"example": records}
        elif args.frontend == "lua":
            results = run_lua(args.target, paths)
        else:
            results = run_python(paths)
        bad = sum(fc.compare(name, reference, fc.by_path(recs)) for name, recs in results.items())
    for p in problems:
        print("PROBLEM", p)
    if bad or problems:
        sys.exit(f"FAIL: {bad} documents differ from the CLI, {len(problems)} other problems")
    print("PASS: every front end matches `netral scan`")


if __name__ == "__main__":
    main()
