#!/usr/bin/env python3
# check_scores.py - scores netral JSON Lines output against labels.json (same definitions as the
# shared eval scorer: a document is violating when it has a finding at or above medium, its
# categories are those findings' categories) and enforces minimum F1 values. Standard library only.
"""Usage: check_scores.py LABELS.json SCAN.jsonl [--doc-f1 X] [--cat-f1 Y]
Prints document and per-category precision/recall/F1 and every wrong document; exits 1 when
document F1 < X or some category F1 < Y (defaults 0: report only)."""
import json
import os
import sys

SEV = {"info": 0, "low": 1, "medium": 2, "high": 3}
CATS = ["endorsement", "campaign-activity", "social-media", "state-facility", "inducement",
        "letterhead-misuse"]


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv):
    args = argv[1:]
    opts = {"--doc-f1": 0.0, "--cat-f1": 0.0}
    for k in list(opts):
        if k in args:
            i = args.index(k)
            opts[k] = float(args[i + 1])
            del args[i:i + 2]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    with open(args[0], encoding="utf-8") as fh:
        labels = {os.path.basename(k): v for k, v in json.load(fh).items()}
    scan = {}
    with open(args[1], encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                obj = json.loads(line)
                scan[os.path.basename(obj["path"])] = obj
    tp = fp = fn = 0
    cat = {c: [0, 0, 0] for c in CATS}
    wrong = []
    for name, lab in sorted(labels.items()):
        obj = scan.get(name, {})
        found = [f for f in obj.get("findings") or [] if SEV.get(f.get("severity"), 0) >= 2]
        pred, pcats = bool(found), {f["category"] for f in found}
        truth, tcats = bool(lab["violation"]), set(lab["categories"])
        tp += truth and pred
        fp += pred and not truth
        fn += truth and not pred
        for c in CATS:
            cat[c][0] += c in tcats and c in pcats
            cat[c][1] += c in pcats and c not in tcats
            cat[c][2] += c in tcats and c not in pcats
        if pcats != tcats or pred != truth:
            wrong.append("  %s expected [%s] got [%s] -- %s" % (
                name, ",".join(sorted(tcats)), ",".join(sorted(pcats)), lab.get("note", "")))
    p, r, doc_f1 = f1(tp, fp, fn)
    print("documents: %d  TP=%d FP=%d FN=%d  precision=%.3f recall=%.3f F1=%.3f" % (
        len(labels), tp, fp, fn, p, r, doc_f1))
    bad = []
    if doc_f1 < opts["--doc-f1"]:
        bad.append("document F1 %.3f < %.2f" % (doc_f1, opts["--doc-f1"]))
    for c in CATS:
        cp, cr, cf = f1(*cat[c])
        print("  %-18s TP=%d FP=%d FN=%d  P=%.3f R=%.3f F1=%.3f" % (c, cat[c][0], cat[c][1], cat[c][2], cp, cr, cf))
        if cf < opts["--cat-f1"]:
            bad.append("%s F1 %.3f < %.2f" % (c, cf, opts["--cat-f1"]))
    if wrong:
        print("documents with wrong verdict or categories:")
        print("\n".join(wrong))
    if bad:
        print("FAILED: " + "; ".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
