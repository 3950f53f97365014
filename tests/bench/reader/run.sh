#!/bin/sh
# run.sh - the reader benchmark in one command: builds bench_reader, generates the memo archive
# once (reproducible), and compares text extraction with the floor (inflate + empty Expat).
#
#   tests/bench/reader/run.sh [COUNT] [--instructions]
#
# COUNT memos (default 3000) go to $NETRAL_BENCH_BUILD/bench-memos-COUNT (default build dir:
# build-bench-reader). --instructions also counts instructions of both modes under callgrind on the first
# 300 memos: a ratio that does not depend on how busy the machine is.
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
cmake --build "$build" --target bench_reader -j2 >/dev/null
memos=$build/bench-memos-$count
if [ ! -f "$memos/.complete" ]; then
    rm -rf "$memos"
    /usr/bin/python3 "$here/gen_memos.py" "$memos" --count "$count"
    touch "$memos/.complete"
fi
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/tests/bench_reader" --rounds 3 "$memos"

if [ "$instructions" = 1 ]; then
    if ! command -v valgrind >/dev/null; then echo "valgrind not installed: no instruction counts"; exit 0; fi
    for mode in floor extract; do
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$build/tests/bench_reader" --only $mode \
            --limit 300 "$memos" 2>&1 | sed -n 's/.*I *refs: *\([0-9,]*\).*/\1/p' | tr -d , > "$build/bench-ir-$mode"
    done
    f=$(cat "$build/bench-ir-floor"); e=$(cat "$build/bench-ir-extract")
    awk -v f="$f" -v e="$e" 'BEGIN { printf "instructions, 300 memos: floor %.0f M, extract %.0f M, ratio %.2fx\n", f/1e6, e/1e6, e/f }'
fi
