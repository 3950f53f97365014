#!/bin/sh
# run.sh - the engine benchmark in one command: builds bench_engine, reuses (or generates) the
# reader benchmark's memo archive, and prints CPU time for extraction only, extraction + rules, and
# the rules with twice as many list phrases.
#
#   tests/bench/engine/run.sh [COUNT]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${NETRAL_BENCH_BUILD:-$root/build-bench-reader}
count=${1:-3000}
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
