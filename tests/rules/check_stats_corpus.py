#!/usr/bin/python3
"""check_stats_corpus.py - `netral rules stats --corpus tests/rules/corpus` prints figures for
every batch of the labelled corpus (each folder with a labels.json), then one summary over all of
them, with false alarms and per-class results. usage: check_stats_corpus.py NETRAL CORPUS_DIR"""
import os
import re
import subprocess
import sys


def main():
    netral, corpus = sys.argv[1], sys.argv[2]
    batches = sorted(d for d in os.listdir(corpus) if os.path.isfile(os.path.join(corpus, d, "labels.json")))
    r = subprocess.run([netral, "rules", "stats", "--lang", "en", "--summary", "--corpus", corpus],
                       capture_output=True, text=True, timeout=1200)
    out, fails = r.stdout, []
    if r.returncode not in (0, 1):
        fails.append("rules stats exited %d: %s" % (r.returncode, r.stderr[-300:]))
    for b in batches:
        if not re.search(r"^== %s$" % re.escape(b), out, re.M):
            fails.append("no figures for batch %s" % b)
    if not re.search(r"^== all sets \(%d\)" % len(batches), out, re.M):
        fails.append("no summary over all %d sets" % len(batches))
    if not re.search(r"^false alarms on compliant memos: \d+/\d+", out, re.M):
        fails.append("no false-alarm line")
    if not re.search(r"^classes \(right verdict / memos\): 1:", out, re.M):
        fails.append("no per-class line")
    for f in fails:
        print("FAIL " + f)
    if fails:
        print(out)
    print("%d passed, %d failed" % (0 if fails else 1, 1 if fails else 0))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
