#!/usr/bin/env bash
# compare_builds.sh - evidence that a change did not change behaviour: scans the same memos with
# two netral binaries and compares the JSON Lines reports (timings aside) and the annotated
# copies byte for byte. Used for refactors (issue 18: the layer move must change nothing).
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
copies=$(cd "$tmp/a/annotated" 2>/dev/null && find . -type f | wc -l || echo 0)
if diff -r -q "$tmp/a/annotated" "$tmp/b/annotated" >/dev/null 2>&1; then
  echo "annotated copies: identical ($copies files)"
else
  echo "annotated copies: DIFFER"; diff -r -q "$tmp/a/annotated" "$tmp/b/annotated" | head -10
  status=1
fi
exit $status
