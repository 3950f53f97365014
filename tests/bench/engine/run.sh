#!/bin/sh
# run.sh - the engine benchmark in one command: builds bench_engine, reuses (or generates) the
# reader benchmark's memo archive, and prints CPU time for extraction only, extraction + rules, and
# the rules with twice as many list phrases.
#
#   tests/bench/engine/run.sh [COUNT] [--instructions]
#
# --instructions also counts the instructions of each pass under callgrind (only inside the timed
# loop, engine creation excluded) on the first 300 memos: ratios that do not depend on how busy the
# machine is. CPU time on a shared 2-core VM varies by +-20% between runs; instructions do not.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${NETRAL_BENCH_BUILD:-$root/build-bench-reader}
count=3000
instructions=0
for a in "$@"; do
    case $a in
        --instructions) instructions=1 ;;
        *[!0-9]*|'') echo "usage: $0 [COUNT] [--instructions]" >&2; exit 2 ;;
        *) count=$a ;;
    esac
done
cmake -S "$root" -B "$build" >/dev/null
cmake --build "$build" --target bench_engine -j2 >/dev/null
memos=$build/bench-memos-$count
if [ ! -f "$memos/.complete" ]; then
    rm -rf "$memos"
    /usr/bin/python3 "$root/tests/bench/reader/gen_memos.py" "$memos" --count "$count"
    touch "$memos/.complete"
fi
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/tests/bench_engine" --rounds 3 "$memos"

if [ "$instructions" = 1 ]; then
    if ! command -v valgrind >/dev/null; then echo "valgrind not installed: no instruction counts"; exit 0; fi
    for mode in 0 3 1 2; do
        valgrind --tool=callgrind --toggle-collect=run --callgrind-out-file=/dev/null \
            "$build/tests/bench_engine" --rounds 1 --only $mode --limit 300 "$memos" 2>&1 |
            sed -n 's/.*Collected *: *\([0-9]*\).*/\1/p' > "$build/bench-engine-ir-$mode"
    done
    awk -v x="$(cat "$build/bench-engine-ir-0")" -v a="$(cat "$build/bench-engine-ir-3")" \
        -v r="$(cat "$build/bench-engine-ir-1")" -v d="$(cat "$build/bench-engine-ir-2")" 'BEGIN {
        printf "instructions, 300 memos: extract %.0f M, + analyse %.0f M, + rules %.0f M, doubled %.0f M\n", x/1e6, a/1e6, r/1e6, d/1e6
        printf "by instructions: rules add %.1f%% to extraction; doubling the phrases changes the scan by %+.1f%%\n", 100*(r-x)/x, 100*(d-r)/r }'
fi
