#!/usr/bin/env bash
# scan-samples.sh - the README's first command: install what is missing, build (the build log is
# shown only when the build fails), scan samples/ into out/report.html, out/report.jsonl and
# out/annotated/, and print one summary.
#   env NETRAL_BUILD_DIR=DIR   build folder (default build/)
#   env NETRAL_OUT_DIR=DIR     where the reports go (default out/)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${NETRAL_BUILD_DIR:-build}
out=${NETRAL_OUT_DIR:-out}
log=$(mktemp "${TMPDIR:-/tmp}/netral-build.XXXXXX")
trap 'rm -f "$log"' EXIT
if ! { tools/deps.sh build && NETRAL_BUILD_DIR=$dir tools/build.sh; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "scan-samples: the build failed (log above)" >&2
  exit 2
fi
mkdir -p "$out"
status=0
"$dir/netral" scan -q --format jsonl -o "$out/report.jsonl" samples/ || status=$?
[ "$status" -le 1 ] || { echo "scan-samples: scan failed (exit $status)" >&2; exit "$status"; }
status=0
"$dir/netral" scan --no-progress --format html -o "$out/report.html" --annotate-dir "$out/annotated" samples/ \
  || status=$?
[ "$status" -le 1 ] || { echo "scan-samples: scan failed (exit $status)" >&2; exit "$status"; }
echo "Laporan: $out/report.html, $out/report.jsonl; salinan beranotasi memo yang ditandai: $out/annotated/"
