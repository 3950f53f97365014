#!/usr/bin/env bash
# run_corpus.sh - scans every batch of the labelled corpus (tests/rules/corpus/*/docx) with netral
# and checks each batch's scores against its floors (floors.txt); optionally one batch only.
# Usage: run_corpus.sh NETRAL_BINARY [BATCH]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
netral="$1"; only="${2:-}"
python="${NETRAL_PYTHON:-/usr/bin/python3}"
tmp="$(mktemp -d -t netral-corpus.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
fail=0
# a batch asked for by name must have floors: a batch without them would pass unjudged
if [ -n "$only" ] && ! grep -q "^$only " "$here/floors.txt"; then
  echo "run_corpus: batch $only has no line in floors.txt" >&2; exit 2
fi
while read -r batch floors; do
  case "$batch" in ''|'#'*) continue ;; esac
  [ -z "$only" ] || [ "$only" = "$batch" ] || continue
  dir="$here/$batch"
  if [ ! -f "$dir/labels.json" ] || [ ! -d "$dir/docx" ]; then
    echo "run_corpus: batch $batch has no labels.json or docx/" >&2; exit 2
  fi
  set +e
  "$netral" scan --no-progress --format jsonl -o "$tmp/$batch.jsonl" "$dir/docx" >/dev/null 2>"$tmp/err"
  rc=$?
  set -e
  if [ "$rc" -gt 1 ]; then echo "run_corpus: netral scan of $batch failed ($rc)" >&2; exit 2; fi
  args=()
  for f in $floors; do args+=(--min "$f"); done
  echo "== $batch"
  if ! "$python" "$here/evaluate.py" "$dir/labels.json" "$tmp/$batch.jsonl" "${args[@]}"; then fail=1; fi
done < "$here/floors.txt"
exit $fail
