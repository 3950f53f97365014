#!/usr/bin/env bash
# fuzz.sh - builds the libFuzzer targets with clang (ASan+UBSan) in build-fuzz/ and runs each one
# for a given time, one at a time at low priority. Usage: tools/fuzz.sh [SECONDS] [TARGET...]
#
#   SECONDS   time per target (default 60); TARGET: reader, scan, annotate, serve (default: all four)
#   env NETRAL_FUZZ_BUILD   build folder (default build-fuzz)
#   env NETRAL_SHARED       shared corpus folder for seeds (default ../shared, optional)
#   env NETRAL_FUZZ_ARGS    extra libFuzzer flags, e.g. "-jobs=1 -workers=1"
# Each run appends "time target cpu_s wall_s execs exit" to <build>/fuzz-history.tsv.
# Working corpora live in tests/fuzz/corpus-<target>/ (gitignored; seeded on first use from
# samples/, ../shared/corpus/realworld and small hostile files, then kept and grown). A crash is
# saved as tests/fuzz/crash-<target>-*; reproduce it with build-fuzz/tests/fuzz/fuzz_<target> FILE,
# minimise with -minimize_crash=1, and commit the small input to tests/fuzz/regressions/<target>/.
# Exit status: 0 when every target ran its time without a finding, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(reader scan annotate serve)
build=${NETRAL_FUZZ_BUILD:-build-fuzz}
shared=${NETRAL_SHARED:-../shared}

for t in "${targets[@]}"; do
  case $t in reader|scan|annotate|serve) ;; *) echo "fuzz.sh: unknown target '$t' (reader, scan, annotate, serve)" >&2; exit 2 ;; esac
done
if ! command -v clang >/dev/null; then
  echo "fuzz.sh: clang is not installed (apt-get install clang libclang-rt-14-dev)" >&2
  exit 2
fi

echo "== building fuzz targets in $build (clang, -fsanitize=fuzzer,address,undefined)"
cmake -S . -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DNETRAL_FUZZ=ON -DNETRAL_TESTS=OFF >/dev/null
nice -n 19 cmake --build "$build" -j "$(nproc)" --target "${targets[@]/#/fuzz_}" >/dev/null

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
status=0
for t in "${targets[@]}"; do
  corpus=tests/fuzz/corpus-$t
  if [ ! -d "$corpus" ] || [ -z "$(ls -A "$corpus" 2>/dev/null)" ]; then
    /usr/bin/python3 tests/fuzz/seed_corpus.py "$corpus" "$t" "$shared"
  fi
  dict=tests/fuzz/docx.dict
  [ "$t" = serve ] && dict=tests/fuzz/http.dict
  log=$build/fuzz-$t.log
  echo "== fuzz_$t for ${secs}s (corpus $corpus, log $log)"
  # -rss_limit_mb leaves room for the 128 MiB part cap inflated several times under ASan;
  # -timeout catches hangs (an input taking over 30 s is a finding).
  timer=()
  [ -x /usr/bin/time ] && timer=(/usr/bin/time -f "%U %S %e" -o "$build/fuzz-$t.time")
  set +e
  "${timer[@]}" nice -n 19 "$build/tests/fuzz/fuzz_$t" "$corpus" \
      -max_total_time="$secs" -dict="$dict" -max_len=131072 -timeout=30 \
      -rss_limit_mb=3072 -malloc_limit_mb=3072 -report_slow_units=30 -print_final_stats=1 \
      -artifact_prefix="tests/fuzz/crash-$t-" ${NETRAL_FUZZ_ARGS:-} >"$log" 2>&1
  rc=$?
  set -e
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+ +DONE" "$log" || true
  # One line per run in $build/fuzz-history.tsv: when, target, CPU seconds, wall seconds, execs, exit.
  if [ -s "$build/fuzz-$t.time" ]; then
    read -r u s w < <(tail -1 "$build/fuzz-$t.time")
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    printf '%s\t%s\t%.0f\t%.0f\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$(awk -v a="$u" -v b="$s" 'BEGIN{print a+b}')" "$w" \
      "${execs:-?}" "$rc" >>"$build/fuzz-history.tsv"
  fi
  if [ $rc -ne 0 ]; then
    echo "fuzz_$t FOUND A PROBLEM (exit $rc): see $log and tests/fuzz/crash-$t-*" >&2
    grep -E "ERROR|SUMMARY|invariant|Test unit written" "$log" | head -20 >&2 || true
    status=1
  fi
done
exit $status
