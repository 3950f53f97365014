#!/usr/bin/env bash
# run_heldout.sh - builds the rule set's own held-out memos (tests/rules/heldout/specs) into a
# temporary folder and scores them with `netral rules stats` (the shared scorer's figures).
# Usage: run_heldout.sh NETRAL_BINARY [--doc-f1 X] [--cat-f1 Y]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
netral="$1"; shift
python="${NETRAL_PYTHON:-/usr/bin/python3}"
checks=()
while [ $# -gt 0 ]; do
  case "$1" in
    --doc-f1) checks+=(--check-doc-f1 "$2"); shift 2 ;;
    --cat-f1) checks+=(--check-category-f1 "$2"); shift 2 ;;
    *) echo "run_heldout: unknown option $1" >&2; exit 2 ;;
  esac
done
tmp="$(mktemp -d -t netral-heldout.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
"$python" "$here/make_heldout.py" "$here/specs" "$tmp/memos" >/dev/null
"$netral" rules stats --lang=en --labels "$tmp/memos/labels.json" "${checks[@]}" "$tmp/memos"
