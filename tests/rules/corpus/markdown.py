#!/usr/bin/env python3
# markdown.py - one EVAL.md block for a labelled set: document and per-category P/R/F1, false
# alarms on compliant memos, silent misses and class results, for one or more scans (builds).
"""Usage: markdown.py LABELS.json NAME=SCAN.jsonl [NAME=SCAN.jsonl ...]
Prints a Markdown table per scan (evaluate.py's figures). Standard library only."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evaluate  # noqa: E402


def block(name, res):
    out = ["**%s**: %d memos (%d violating, %d compliant). Document P=%.3f R=%.3f **F1=%.3f**; "
           "false alarms %d/%d (%.1f%%); violating memos with no finding at all: %d." % (
               name, res["memos"], res["violating"], res["compliant"], res["doc_precision"],
               res["doc_recall"], res["doc_f1"], res["fp"], res["compliant"],
               100 * res["false_alarm_rate"], res["silent"]), "",
           "| category | n | P | R | F1 |", "|---|---|---|---|---|"]
    for c in evaluate.CATS:
        x = res["categories"][c]
        out.append("| %s | %d | %.3f | %.3f | %.3f |" % (c, x["support"], x["precision"],
                                                       x["recall"], x["f1"]))
    if res["classes"]:
        out += ["", "Classes (right verdict / memos): " + ", ".join(
            "%s: %d/%d" % (k, v["ok"], v["of"]) for k, v in res["classes"].items())]
    return "\n".join(out)


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as fh:
        labels = {os.path.basename(k): v for k, v in json.load(fh).items()}
    parts = []
    for arg in argv[2:]:
        name, path = arg.split("=", 1)
        parts.append(block(name, evaluate.evaluate(labels, evaluate.load_scan(path))))
    print("\n\n".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
