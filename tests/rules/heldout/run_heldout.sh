#!/usr/bin/env bash
# run_heldout.sh - builds the rule set's own held-out memos (tests/rules/heldout/specs) into a
# temporary folder, scans them with netral and scores the result.
# Usage: run_heldout.sh NETRAL_BINARY [--doc-f1 X] [--cat-f1 Y]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
netral="$1"; shift
python="${NETRAL_PYTHON:-/usr/bin/python3}"
tmp="$(mktemp -d -t netral-heldout.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
"$python" "$here/make_heldout.py" "$here/specs" "$tmp/memos" >/dev/null
set +e
"$netral" scan --no-progress --format jsonl -o "$tmp/scan.jsonl" "$tmp/memos"
rc=$?
set -e
if [ "$rc" -gt 1 ]; then echo "run_heldout: netral scan failed ($rc)" >&2; exit 2; fi
"$python" "$here/../check_scores.py" "$tmp/memos/labels.json" "$tmp/scan.jsonl" "$@"
