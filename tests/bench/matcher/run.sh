#!/bin/sh
# run.sh - build and run the matcher benchmark from the text layer's sources alone (so it works
# while other layers are mid-change). Usage: tests/bench/matcher/run.sh [N] [MB] [rounds]
set -e
root=$(cd "$(dirname "$0")/../../.." && pwd)
out=${TMPDIR:-/tmp}/netral-bench-matcher
src=$root/plugin/text
cc=${CC:-gcc}
$cc -std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -I"$root/plugin/include" -I"$root/plugin/base" -I"$src" \
    "$root/tests/bench/matcher/bench_matcher.c" "$src/text.c" "$src/stem.c" "$src/matcher.c" \
    "$src/normalize.c" "$root/plugin/base/util.c" -o "$out"
exec "$out" "$@"
