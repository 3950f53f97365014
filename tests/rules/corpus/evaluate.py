#!/usr/bin/env python3
# evaluate.py - scores netral JSON Lines output against a corpus batch's labels.json: document and
# per-category precision/recall/F1, false alarms on compliant memos, silent misses, recall per class.
"""Usage: evaluate.py LABELS.json SCAN.jsonl [--json] [--wrong] [--min KEY=VALUE ...]

Definitions follow the shared scorer: a memo is predicted violating when it has a finding at medium
or above; its predicted categories are those findings' categories. A "silent miss" is a violating
memo with no finding at all (not even info or low). Class recall counts, for each class number in
the labels' "classes", the violating memos of that class that were predicted violating (for class
14, the compliant traps, it counts those that stayed clean).

--json       print one JSON object instead of the table
--wrong      list every memo whose verdict or categories differ from its label
--min K=V    fail (exit 1) when figure K is below V; K is doc_f1, doc_recall, doc_precision,
             macro_cat_f1, min_cat_f1, or cat_f1:<category>; "--min false_alarm_rate=X" and
             "--min silent=N" are upper bounds instead.
Standard library only."""
import json
import os
import sys

SEV = {"info": 0, "low": 1, "medium": 2, "high": 3}
CATS = ["endorsement", "campaign-activity", "social-media", "state-facility", "inducement",
        "letterhead-misuse"]
UPPER = {"false_alarm_rate", "silent"}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_scan(path):
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                obj = json.loads(line)
                out[os.path.basename(str(obj.get("path", "")))] = obj
    return out


def evaluate(labels, scan):
    tp = fp = fn = tn = silent = 0
    cat = {c: [0, 0, 0] for c in CATS}
    classes = {}
    wrong = []
    for name in sorted(labels):
        lab = labels[name]
        obj = scan.get(name, {})
        allf = [f for f in obj.get("findings") or [] if isinstance(f, dict)]
        found = [f for f in allf if SEV.get(f.get("severity"), 0) >= 2]
        pred, pcats = bool(found), {f.get("category") for f in found}
        truth, tcats = bool(lab.get("violation")), set(lab.get("categories") or [])
        tp += truth and pred
        fp += pred and not truth
        fn += truth and not pred
        tn += (not truth) and not pred
        if truth and not allf:
            silent += 1
        for c in CATS:
            cat[c][0] += c in tcats and c in pcats
            cat[c][1] += c in pcats and c not in tcats
            cat[c][2] += c in tcats and c not in pcats
        for k in lab.get("classes") or []:
            k = int(k)
            ok = (pred if truth else not pred)
            row = classes.setdefault(k, [0, 0])
            row[0] += 1 if ok else 0
            row[1] += 1
        if pcats != tcats or pred != truth:
            wrong.append({"memo": name, "expected": sorted(tcats), "got": sorted(pcats),
                          "classes": lab.get("classes") or [], "note": lab.get("note", "")})
    p, r, f = prf(tp, fp, fn)
    res = {"memos": len(labels), "violating": tp + fn, "compliant": fp + tn,
           "tp": tp, "fp": fp, "fn": fn, "doc_precision": p, "doc_recall": r, "doc_f1": f,
           "false_alarms": fp, "false_alarm_rate": fp / (fp + tn) if fp + tn else 0.0,
           "silent": silent, "categories": {}, "classes": {}, "wrong": wrong}
    fs = []
    for c in CATS:
        cp, cr, cf = prf(*cat[c])
        res["categories"][c] = {"tp": cat[c][0], "fp": cat[c][1], "fn": cat[c][2],
                                "precision": cp, "recall": cr, "f1": cf,
                                "support": cat[c][0] + cat[c][2]}
        if cat[c][0] + cat[c][1] + cat[c][2]:
            fs.append(cf)
    res["macro_cat_f1"] = sum(fs) / len(fs) if fs else 1.0
    res["min_cat_f1"] = min(fs) if fs else 1.0
    for k in sorted(classes):
        res["classes"][str(k)] = {"ok": classes[k][0], "of": classes[k][1]}
    return res


def table(res, show_wrong):
    out = ["memos=%d violating=%d compliant=%d" % (res["memos"], res["violating"], res["compliant"]),
           "document  P=%.3f R=%.3f F1=%.3f  (TP=%d FP=%d FN=%d)" % (
               res["doc_precision"], res["doc_recall"], res["doc_f1"], res["tp"], res["fp"],
               res["fn"]),
           "false alarms on compliant memos: %d/%d (%.1f%%); violating memos with no finding at "
           "all: %d" % (res["fp"], res["compliant"], 100 * res["false_alarm_rate"], res["silent"])]
    for c in CATS:
        x = res["categories"][c]
        out.append("  %-18s n=%-3d P=%.3f R=%.3f F1=%.3f  (TP=%d FP=%d FN=%d)" % (
            c, x["support"], x["precision"], x["recall"], x["f1"], x["tp"], x["fp"], x["fn"]))
    out.append("macro category F1=%.3f, lowest=%.3f" % (res["macro_cat_f1"], res["min_cat_f1"]))
    if res["classes"]:
        out.append("classes (right verdict / memos): " + "  ".join(
            "%s:%d/%d" % (k, v["ok"], v["of"]) for k, v in res["classes"].items()))
    if show_wrong and res["wrong"]:
        out.append("wrong:")
        for w in res["wrong"]:
            out.append("  %s expected [%s] got [%s] classes %s -- %s" % (
                w["memo"], ",".join(w["expected"]), ",".join(w["got"]), w["classes"], w["note"]))
    return "\n".join(out)


def main(argv):
    args = argv[1:]
    as_json = "--json" in args
    show_wrong = "--wrong" in args
    args = [a for a in args if a not in ("--json", "--wrong")]
    mins = []
    while "--min" in args:
        i = args.index("--min")
        mins.append(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    with open(args[0], encoding="utf-8") as fh:
        labels = {os.path.basename(k): v for k, v in json.load(fh).items()}
    res = evaluate(labels, load_scan(args[1]))
    print(json.dumps(res, indent=1) if as_json else table(res, show_wrong))
    bad = []
    for m in mins:
        k, v = m.split("=")
        v = float(v)
        if k.startswith("cat_f1:"):
            got = res["categories"][k[7:]]["f1"]
        else:
            got = res[k]
        if (k in UPPER and got > v) or (k not in UPPER and got < v):
            bad.append("%s %.3f %s %.3f" % (k, got, ">" if k in UPPER else "<", v))
    if bad:
        print("FAILED: " + "; ".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
