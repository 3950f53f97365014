#!/usr/bin/env bash
# sanitize.sh - builds build-asan/ with AddressSanitizer + UndefinedBehaviorSanitizer and runs the
# whole ctest suite there, then a valgrind memcheck of the normal build over samples/.
#
# Usage: tools/sanitize.sh [--all]
#   --all   also run the tests labelled "slow" under the sanitizers (default: skipped there; they
#           still run in the normal build through tools/test.sh)
#   env NETRAL_ASAN_BUILD  sanitizer build folder (default build-asan)
#   env NETRAL_BUILD_DIR   normal build folder for valgrind (default build; built when missing)
#   env NETRAL_SANITIZE_HOSTED  ctest regex of tests that load the plugin into lua5.4/python3
#                               (default: bindings.*, rules.stats-vs-scorer, e2e.explain, e2e.no-overlaps)
# Exit status: 0 when every sanitizer test passed and valgrind saw no error and no leak.
set -euo pipefail
cd "$(dirname "$0")/.."
asan=${NETRAL_ASAN_BUILD:-build-asan}
normal=${NETRAL_BUILD_DIR:-build}
label_args=(-LE slow)
[ "${1:-}" = "--all" ] && label_args=()

echo "== ASan+UBSan build in $asan"
cmake -S . -B "$asan" -DNETRAL_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$asan" -j "$(nproc)"

echo "== ctest under ASan+UBSan ${label_args[*]:-(all labels)}"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
status=0
# Tests that load libnetral.so into an uninstrumented host (lua5.4, python3) need the ASan runtime
# preloaded; the hosts' own exit-time allocations are not ours, so leak checking is off for them.
hosted=${NETRAL_SANITIZE_HOSTED:-'^(bindings\.|rules\.stats-vs-scorer$|e2e\.explain$|e2e\.no-overlaps$)'}
(cd "$asan" && ctest --output-on-failure -j "$(nproc)" --timeout 1200 "${label_args[@]}" -E "$hosted") || status=1
(cd "$asan" && LD_PRELOAD="$(gcc -print-file-name=libasan.so)" ASAN_OPTIONS=detect_leaks=0 \
   ctest --output-on-failure -j "$(nproc)" --timeout 1200 "${label_args[@]}" -R "$hosted") || status=1

echo "== valgrind memcheck over samples/ ($normal/netral)"
if ! command -v valgrind >/dev/null; then
  echo "sanitize.sh: valgrind is not installed (apt-get install valgrind)" >&2
  exit 2
fi
[ -x "$normal/netral" ] || NETRAL_BUILD_DIR="$normal" tools/build.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Definite, indirect and possible leaks and every memory error count; exit 3 marks them apart from
# netral's own exit status (1 = some memo has findings, which the samples do on purpose).
vg=(valgrind --quiet --leak-check=full --show-leak-kinds=definite,indirect,possible
    --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=3 --track-origins=yes)
run_vg() {
  local rc=0
  "${vg[@]}" "$normal/netral" "$@" >"$work/out" 2>"$work/err" || rc=$?
  if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
    echo "valgrind: netral $* -> exit $rc" >&2
    cat "$work/err" >&2
    status=1
  else
    echo "ok   valgrind: netral $*"
  fi
}
run_vg scan --no-progress --format jsonl -j 2 --annotate-dir "$work/annotated" samples/
run_vg scan --no-progress --format html -o "$work/report.html" samples/
run_vg text samples/se-dukungan-paslon.docx
run_vg annotate samples/se-dukungan-paslon.docx "$work/one.docx"
run_vg rules test
exit $status
