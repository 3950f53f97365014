#!/usr/bin/env bash
# run_blind.sh - builds the blind evaluation memos (tests/rules/blind/specs) with the shared
# generator, scans them with netral and scores them with the shared scorer against thresholds.
# Usage: run_blind.sh NETRAL_BINARY [--doc-f1 X] [--macro-f1 Y]
# Exit 77 (ctest "skipped") when ../shared/eval (make_docx.py, score.py) is absent.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
netral="$1"; shift
doc_min=0; macro_min=0
while [ $# -gt 0 ]; do
  case "$1" in
    --doc-f1) doc_min="$2"; shift 2 ;;
    --macro-f1) macro_min="$2"; shift 2 ;;
    *) echo "run_blind: unknown option $1" >&2; exit 2 ;;
  esac
done
shared="${NETRAL_SHARED_DIR:-$here/../../../../shared}"
python="${NETRAL_PYTHON:-/usr/bin/python3}"
gen="$shared/eval/make_docx.py"
score="$shared/eval/score.py"
if [ ! -f "$gen" ] || [ ! -f "$score" ]; then
  echo "run_blind: SKIPPED - no make_docx.py/score.py under $shared/eval (needs ../shared)"
  exit 77
fi
tmp="$(mktemp -d -t netral-blind.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
"$python" "$gen" "$here/specs" "$tmp/memos" >/dev/null
set +e
"$netral" scan --no-progress --format jsonl -o "$tmp/scan.jsonl" "$tmp/memos"
rc=$?
set -e
if [ "$rc" -gt 1 ]; then echo "run_blind: netral scan failed ($rc)" >&2; exit 2; fi
"$python" "$score" "$here/labels.json" "$tmp/scan.jsonl" | tee "$tmp/report.txt"
last="$(tail -n 1 "$tmp/report.txt")"
"$python" - "$last" "$doc_min" "$macro_min" <<'PY'
import sys
vals = dict(kv.split("=") for kv in sys.argv[1].split())
doc, macro = float(vals["doc_f1"]), float(vals["macro_cat_f1"])
need_doc, need_macro = float(sys.argv[2]), float(sys.argv[3])
bad = []
if doc < need_doc: bad.append("document F1 %.3f < %.2f" % (doc, need_doc))
if macro < need_macro: bad.append("macro category F1 %.3f < %.2f" % (macro, need_macro))
for b in bad: print("run_blind: FAIL " + b)
sys.exit(1 if bad else 0)
PY
