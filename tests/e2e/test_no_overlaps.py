#!/usr/bin/env python3
"""test_no_overlaps.py - one finding per category per span: in the JSON Lines and JSON reports of
samples/ and the shared dev set, no two findings of one category overlap in a paragraph, a merged
finding names the rules merged into it ("also", never itself), and merging changed no verdict or
category (compared with the same scan keeping every finding, through the Python binding).

Usage: test_no_overlaps.py NETRAL REPO_ROOT [SHARED_DIR]  (the dev set is skipped, and says so,
when absent)."""
import json
import os
import subprocess
import sys

netral, repo = sys.argv[1], sys.argv[2]
shared = sys.argv[3] if len(sys.argv) > 3 else os.path.join(repo, "..", "shared")
sys.path.insert(0, os.path.join(repo, "plugin", "python"))
os.environ.setdefault("NETRAL_LIBRARY", os.path.join(os.path.dirname(os.path.abspath(netral)), "libnetral.so"))
import netral as nt  # noqa: E402

SEV = {"info": 0, "low": 1, "medium": 2, "high": 3}
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


folders = [os.path.join(repo, "samples")]
dev = os.path.join(shared, "eval", "dev")
if os.path.isdir(dev):
    folders.append(dev)
else:
    print("SKIPPED the dev set: no %s (needs ../shared)" % dev)

keep_all = nt.Engine(min_severity="info", merge=False)
for folder in folders:
    for fmt in ("jsonl", "json"):
        p = subprocess.run([netral, "scan", "--no-progress", "--min-severity", "info", "--format", fmt, folder],
                           capture_output=True, text=True)
        docs = [json.loads(l) for l in p.stdout.splitlines() if l.strip()] if fmt == "jsonl" else json.loads(p.stdout)
        if isinstance(docs, dict):
            docs = docs.get("documents") or docs.get("reports") or []
        check(p.returncode in (0, 1) and docs, "%s --format %s: %d reports" % (os.path.basename(folder), fmt, len(docs)))
        overlaps, merged, self_also = [], 0, []
        for d in docs:
            fs = d.get("findings") or []
            for i, a in enumerate(fs):
                merged += len(a.get("also") or [])
                if a["rule"] in (a.get("also") or []):
                    self_also.append((d["path"], a["rule"]))
                for b in fs[i + 1:]:
                    if (a["part"], a["paragraph"], a["category"]) == (b["part"], b["paragraph"], b["category"]) and \
                            a["start"] < max(b["end"], b["start"] + 1) and b["start"] < max(a["end"], a["start"] + 1):
                        overlaps.append((os.path.basename(d["path"]), a["rule"], b["rule"], a["paragraph"]))
        check(not overlaps, "%s --format %s: no two findings of one category overlap %s" % (
            os.path.basename(folder), fmt, overlaps[:3]))
        check(not self_also, "%s --format %s: 'also' never names the finding's own rule" % (os.path.basename(folder), fmt))
        if fmt == "jsonl":
            check(merged > 0, "%s: some findings were merged (%d rules listed in 'also')" % (os.path.basename(folder), merged))
            same = 0
            for d in docs:
                r = keep_all.scan(d["path"])
                def cats(fs, lo):
                    return sorted({f["category"] if isinstance(f, dict) else f.category for f in fs
                                   if SEV[f["severity"] if isinstance(f, dict) else f.severity] >= lo})
                same += all(cats(d["findings"], lo) == cats(r.findings, lo) for lo in range(4)) and \
                    d["verdict"] == r.verdict
            check(same == len(docs), "%s: verdicts and categories at every severity as without merging (%d of %d)" % (
                os.path.basename(folder), same, len(docs)))

if failures:
    print("%d check(s) failed" % len(failures))
    sys.exit(1)
print("all checks passed")
