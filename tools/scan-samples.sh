#!/usr/bin/env bash
# scan-samples.sh - the README's first command: install what is missing, build, scan samples/,
# and write out/report.html, out/report.jsonl and annotated copies under out/annotated/.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh build
tools/build.sh
mkdir -p out
status=0
build/netral scan --no-progress --format jsonl -o out/report.jsonl samples/ || status=$?
build/netral scan --no-progress --format html -o out/report.html --annotate-dir out/annotated samples/ \
  || true
build/netral scan --no-progress --format text samples/ || true
[ "$status" -le 1 ] || { echo "scan failed (exit $status)" >&2; exit "$status"; }
echo
echo "Laporan: out/report.html, out/report.jsonl; salinan beranotasi: out/annotated/"
