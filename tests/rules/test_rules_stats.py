#!/usr/bin/env python3
"""test_rules_stats.py - `netral rules stats` gives the shared scorer's figures.

On the shared dev set, the blind set and our held-out memos (the last two have mistakes, so the
comparison is not all ones), at --min-severity medium, low and high: the document TP/FP/FN/TN,
precision, recall and F1, every category's row, the macro F1 and the lists of false positives
and negatives equal ../shared/eval/score.py's over `netral scan` output; the per-rule counts equal
a count over every finding (the Python binding with merge=False); labels naming files that are
not there are listed and scored as score.py scores them; a broken labels file is a usage error.

Usage: test_rules_stats.py NETRAL REPO_ROOT SHARED_DIR   (exit 77 when SHARED_DIR/eval is absent)"""
import json
import os
import re
import subprocess
import sys
import tempfile

netral, repo, shared = sys.argv[1], sys.argv[2], sys.argv[3]
score = os.path.join(shared, "eval", "score.py")
make_docx = os.path.join(shared, "eval", "make_docx.py")
dev = os.path.join(shared, "eval", "dev")
if not (os.path.isfile(score) and os.path.isfile(make_docx) and os.path.isdir(dev)):
    print("SKIPPED: no scorer or dev set under %s/eval (needs ../shared)" % shared)
    sys.exit(77)
sys.path.insert(0, os.path.join(repo, "plugin", "python"))
os.environ.setdefault("NETRAL_LIBRARY", os.path.join(os.path.dirname(os.path.abspath(netral)), "libnetral.so"))
import netral as nt  # noqa: E402

PY = "/usr/bin/python3"
SEV = {"info": 0, "low": 1, "medium": 2, "high": 3}
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, env=dict(os.environ, NETRAL_LANG="en"))


def parse_score(text):
    """score.py's report as numbers."""
    out = {"categories": {}}
    m = re.search(r"document level: TP=(\d+) FP=(\d+) FN=(\d+) TN=(\d+)  precision=([\d.]+) recall=([\d.]+) F1=([\d.]+)", text)
    out["document"] = tuple(int(x) for x in m.groups()[:4]) + tuple(float(x) for x in m.groups()[4:])
    for m in re.finditer(r"^  (\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", text, re.M):
        out["categories"][m.group(1)] = tuple(int(x) for x in m.groups()[1:4]) + tuple(float(x) for x in m.groups()[4:])
    out["last"] = text.strip().splitlines()[-1]
    out["fp"] = sorted(re.findall(r"^  (\S+) predicted", text, re.M))
    out["fn"] = sorted(re.findall(r"^  (\S+) expected", text, re.M))
    out["missing"] = sorted(re.findall(r"^  (\S+)$", text.split("missing from scan output:")[1], re.M)) \
        if "missing from scan output:" in text else []
    return out


def r3(x):
    return float("%.3f" % x)


def compare(name, labels, folder, min_sev):
    tmp = tempfile.mkdtemp()
    scan = os.path.join(tmp, "scan.jsonl")
    p = run([netral, "scan", "--no-progress", "--format", "jsonl", "-o", scan, folder])
    if p.returncode > 1:
        check(False, "%s: netral scan ran (%s)" % (name, p.stderr))
        return
    ref = parse_score(run([PY, score, labels, scan, "--min-severity", min_sev]).stdout)
    p = run([netral, "rules", "stats", "--json", "--min-severity", min_sev, "--labels", labels, folder])
    check(p.returncode == 0, "%s/%s: rules stats --json exits 0 (%d %s)" % (name, min_sev, p.returncode, p.stderr.strip()))
    got = json.loads(p.stdout)
    d = got["document"]
    mine = (d["tp"], d["fp"], d["fn"], d["tn"], r3(d["precision"]), r3(d["recall"]), r3(d["f1"]))
    check(mine == ref["document"], "%s/%s: document figures %s == score.py %s" % (name, min_sev, mine, ref["document"]))
    cats = {c: (v["tp"], v["fp"], v["fn"], r3(v["precision"]), r3(v["recall"]), r3(v["f1"]))
            for c, v in got["categories"].items()}
    check(cats == ref["categories"], "%s/%s: per-category figures equal score.py's%s" % (
        name, min_sev, "" if cats == ref["categories"] else " (%s vs %s)" % (cats, ref["categories"])))
    fps = sorted(x["file"] for x in got["false_positives"])
    fns = sorted(x["file"] for x in got["false_negatives"])
    check((fps, fns) == (ref["fp"], ref["fn"]), "%s/%s: the same false positives %s and negatives %s" % (name, min_sev, fps, fns))
    check(sorted(got["missing"]) == ref["missing"], "%s/%s: the same missing files %s" % (name, min_sev, got["missing"]))
    text = run([netral, "rules", "stats", "--lang=en", "--min-severity", min_sev, "--labels", labels, folder]).stdout
    check(text.strip().splitlines()[-1] == ref["last"], "%s/%s: text output ends like score.py: %r" % (name, min_sev, ref["last"]))
    return got


def per_rule(name, labels_path, folder, got, min_sev):
    """Every finding (merge=False) counted per rule, independently of the C code."""
    labels = {os.path.basename(k): v for k, v in json.load(open(labels_path, encoding="utf-8")).items()}
    engine = nt.Engine(min_severity="info", merge=False)
    counts = {}
    for root, _, files in os.walk(folder):
        for f in files:
            if f not in labels or not f.lower().endswith((".docx", ".docm")):
                continue
            r = engine.scan(os.path.join(root, f))
            if r.status != "ok":
                continue
            lab = labels[f]
            at = {x.rule for x in r.findings if SEV[x.severity] >= SEV[min_sev]}
            below = {x.rule for x in r.findings if SEV[x.severity] < SEV[min_sev]} - at
            cat = {x.rule: x.category for x in r.findings}
            for rule in at:
                c = counts.setdefault(rule, [0, 0, 0, 0, 0])
                c[0 if lab.get("violation") else 1] += 1
                c[2] += cat[rule] not in (lab.get("categories") or [])
                c[3] += at == {rule}
            for rule in below:
                counts.setdefault(rule, [0, 0, 0, 0, 0])[4] += 1
    mine = {x["rule"]: [x["violating"], x["compliant"], x["wrong_category"], x["only"], x["below"]]
            for x in got["rules"] if any([x["violating"], x["compliant"], x["wrong_category"], x["only"], x["below"]])}
    check(mine == counts, "%s/%s: per-rule counts equal a count over every finding%s" % (
        name, min_sev, "" if mine == counts else " (%s vs %s)" % (mine, counts)))
    check(sum(v[0] for v in counts.values()) > 0, "%s/%s: some rule hit a violating memo" % (name, min_sev))


with tempfile.TemporaryDirectory() as tmp:
    blind = os.path.join(tmp, "blind")
    subprocess.run([PY, make_docx, os.path.join(repo, "tests", "rules", "blind", "specs"), blind],
                   check=True, capture_output=True)
    heldout = os.path.join(tmp, "heldout")
    subprocess.run([PY, os.path.join(repo, "tests", "rules", "heldout", "make_heldout.py"),
                    os.path.join(repo, "tests", "rules", "heldout", "specs"), heldout], check=True, capture_output=True)
    sets = [("dev", os.path.join(dev, "labels.json"), dev),
            ("blind", os.path.join(repo, "tests", "rules", "blind", "labels.json"), blind),
            ("heldout", os.path.join(heldout, "labels.json"), heldout)]
    for name, labels, folder in sets:
        for min_sev in ("medium", "low", "high"):
            got = compare(name, labels, folder, min_sev)
            if got and min_sev != "high":
                per_rule(name, labels, folder, got, min_sev)

    # Labels naming files that are not there: listed, counted as score.py counts them.
    labels = json.load(open(os.path.join(dev, "labels.json"), encoding="utf-8"))
    labels["dev_999_gone.docx"] = {"violation": True, "categories": ["endorsement"], "note": "not there"}
    labels["dev_998_gone.docx"] = {"violation": False, "categories": [], "note": "not there either"}
    extra = os.path.join(tmp, "labels-extra.json")
    json.dump(labels, open(extra, "w", encoding="utf-8"))
    got = compare("dev+missing", extra, dev, "medium")
    check(got and sorted(got["missing"]) == ["dev_998_gone.docx", "dev_999_gone.docx"],
          "labels naming missing files: they are listed")
    text = run([netral, "rules", "stats", "--lang=en", "--labels", extra, dev]).stdout
    check("dev_999_gone.docx" in text and "labelled but not found" in text and "document level: TP=12" in text,
          "labels naming missing files: the text lists them and still scores the rest")

    bad = os.path.join(tmp, "bad.json")
    open(bad, "w").write('{"dev_001.docx": {"violation": true,')
    p = run([netral, "rules", "stats", "--labels", bad, dev])
    check(p.returncode == 2 and "bad.json" in p.stderr, "a broken labels file: exit 2 naming it (%s)" % p.stderr.strip())
    p = run([netral, "rules", "stats", "--labels", os.path.join(dev, "labels.json"), "--check-doc-f1", "1.01", dev])
    check(p.returncode == 2, "--check-doc-f1 outside 0..1: usage error")
    p = run([netral, "rules", "stats", "--labels", extra, "--check-doc-f1", "0.99", dev])
    check(p.returncode == 1, "--check-doc-f1: exit 1 below the threshold (the missing violating memo is a miss)")

if failures:
    print("%d check(s) failed" % len(failures))
    sys.exit(1)
print("all checks passed")
