#!/bin/sh
# check_exports.sh - the shared library defines only netral_* and luaopen_* dynamic symbols (Lua,
# libzip and Expat are imported), and build/netral.so is the same object as libnetral.so.
# usage: check_exports.sh LIBNETRAL_SO
set -eu
lib=$1
defined=$(nm -D --defined-only "$lib" | awk 'NF >= 3 {print $3}')
n=$(printf '%s\n' "$defined" | grep -c . || true)
bad=$(printf '%s\n' "$defined" | grep -v -E '^(netral_|luaopen_)' || true)
if [ -n "$bad" ]; then
    echo "FAIL: symbols outside netral_/luaopen_ are exported:"
    printf '%s\n' "$bad"
    exit 1
fi
printf '%s\n' "$defined" | grep -qx luaopen_netral || { echo "FAIL: luaopen_netral missing"; exit 1; }
for f in netral_version netral_engine_new netral_scan_memory netral_render netral_annotate_memory; do
    printf '%s\n' "$defined" | grep -qx "$f" || { echo "FAIL: $f not exported"; exit 1; }
done
for dep in luaL_checkudata zip_ XML_Parser; do
    nm -D --undefined-only "$lib" | grep -q " U $dep" || { echo "FAIL: no $dep* imported"; exit 1; }
done
mod=$(dirname "$lib")/netral.so
[ "$(readlink -f "$mod")" = "$(readlink -f "$lib")" ] || { echo "FAIL: $mod is not libnetral"; exit 1; }
echo "PASS: $n exported symbols, all netral_* or luaopen_*"
