#!/usr/bin/env bash
# compare_builds.sh - evidence that a change did not change behaviour: scans the same memos with
# two netral binaries and compares the JSON Lines reports (timings aside) and the annotated
# copies entry by entry. Used for refactors (issue 18: the layer move must change nothing).
# Usage: tools/compare_builds.sh NETRAL_A NETRAL_B DIR...    exit 1 when anything differs
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 NETRAL_A NETRAL_B DIR..." >&2; exit 2; }
a=$1 b=$2; shift 2
tmp=$(mktemp -d -t netral-compare.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
for side in a b; do
  bin=${!side}
  mkdir -p "$tmp/$side"
  "$bin" scan --no-progress --sort --format jsonl -j 2 -o "$tmp/$side/report.jsonl" \
      --annotate-dir "$tmp/$side/annotated" "$@" >/dev/null 2>&1 || [ $? -eq 1 ]
  # drop what may differ between runs: timings
  sed -E 's/"seconds":[0-9.e+-]+,?//g' "$tmp/$side/report.jsonl" > "$tmp/$side/report.cmp"
done
status=0
docs=$(wc -l < "$tmp/a/report.cmp")
if cmp -s "$tmp/a/report.cmp" "$tmp/b/report.cmp"; then
  echo "reports: identical ($docs documents)"
else
  echo "reports: DIFFER"; diff <(tr ',' '\n' < "$tmp/a/report.cmp") <(tr ',' '\n' < "$tmp/b/report.cmp") | head -20
  status=1
fi
# Copies are compared entry by entry (names, order, contents), comment dates aside: a ZIP entry's
# timestamp and a comment's w:date are the time of writing, so two runs' raw bytes may differ.
if "${NETRAL_PYTHON:-/usr/bin/python3}" - "$tmp/a/annotated" "$tmp/b/annotated" <<'PY'
import os, re, sys, zipfile
DATE = re.compile(rb'w:date="[^"]*"')  # a comment's date is when it was written
a, b = sys.argv[1:3]
def files(root):
    return sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)
fa, fb = files(a), files(b)
bad = [] if fa == fb else ["the two runs wrote different files"]
for rel in fa if fa == fb else []:
    with zipfile.ZipFile(os.path.join(a, rel)) as za, zipfile.ZipFile(os.path.join(b, rel)) as zb:
        if za.namelist() != zb.namelist() or any(DATE.sub(b'', za.read(n)) != DATE.sub(b'', zb.read(n)) for n in za.namelist()):
            bad.append(rel)
for x in bad[:10]:
    print("  differs: " + x)
print("annotated copies: %s (%d files)" % ("DIFFER" if bad else "identical", len(fa)))
sys.exit(1 if bad else 0)
PY
then :; else status=1; fi
exit $status
