#!/usr/bin/env bash
# eval_dev.sh - scans the shared dev set (../shared/eval/dev) with the built netral and scores it
# with the shared scorer; optionally enforces the quality targets of the rule set.
# Usage: tools/eval_dev.sh [--check] [NETRAL_BINARY]
#   --check   exit 1 unless document F1 >= 0.95 and every category F1 >= 0.90
# Exit 77 (ctest "skipped") when the dev set or its scorer is absent.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
netral="${1:-$here/build/netral}"
shared="${NETRAL_SHARED_DIR:-$here/../shared}"
dev="$shared/eval/dev"
score="$shared/eval/score.py"
python="${NETRAL_PYTHON:-/usr/bin/python3}"
if [ ! -f "$dev/labels.json" ] || [ ! -f "$score" ]; then
  echo "eval_dev: SKIPPED - no dev set at $dev (needs ../shared/eval)"
  exit 77
fi
if [ ! -x "$netral" ]; then
  echo "eval_dev: netral binary not found at $netral" >&2
  exit 2
fi
out="$(mktemp -t netral-dev.XXXXXX.jsonl)"
report="$(mktemp -t netral-dev.XXXXXX.txt)"
trap 'rm -f "$out" "$report"' EXIT
# Exit status 1 only means "violations found"; anything else is a real failure.
set +e
"$netral" scan --no-progress --format jsonl -o "$out" "$dev"
rc=$?
set -e
if [ "$rc" -gt 1 ]; then
  echo "eval_dev: netral scan failed with status $rc" >&2
  exit 2
fi
"$python" "$score" "$dev/labels.json" "$out" | tee "$report"
[ "$check" = 1 ] || exit 0
"$python" - "$report" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
doc = float(re.search(r"^doc_f1=([0-9.]+)", text, re.M).group(1))
bad = []
if doc < 0.95:
    bad.append("document F1 %.3f < 0.95" % doc)
for m in re.finditer(r"^  (\S+)\s+\d+\s+\d+\s+\d+\s+[0-9.]+\s+[0-9.]+\s+([0-9.]+)$", text, re.M):
    if float(m.group(2)) < 0.90:
        bad.append("%s F1 %s < 0.90" % (m.group(1), m.group(2)))
if bad:
    print("eval_dev: FAILED: " + "; ".join(bad))
    sys.exit(1)
print("eval_dev: targets met (document F1 >= 0.95, every category F1 >= 0.90)")
PY
