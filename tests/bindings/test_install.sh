#!/bin/sh
# test_install.sh - `cmake --install` into a temporary prefix installs the library, header, CLI,
# pkg-config file, Lua module and rules; the C example then builds outside CMake with pkg-config.
# usage: test_install.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
src=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/netral-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log"; fail "cmake --install failed"; }
p=$tmp/prefix
pcdir=$(dirname "$(find "$p" -name netral.pc | head -n 1)")
[ -f "$pcdir/netral.pc" ] || fail "netral.pc not installed"
libdir=$(dirname "$pcdir")
for f in "$p/include/netral.h" "$p/bin/netral" "$libdir/libnetral.so" \
         "$libdir/lua/5.4/netral.so"; do
    [ -e "$f" ] || fail "$f not installed"
done
real=$(readlink -f "$libdir/libnetral.so")
soname=$(objdump -p "$real" | awk '/SONAME/ {print $2}')
[ "$soname" = "libnetral.so.0" ] || fail "soname is '$soname', want libnetral.so.0"
[ "$(readlink -f "$libdir/lua/5.4/netral.so")" = "$real" ] || fail "Lua module is not the library"
ls "$p/share/netral/lua/rules/"*.lua >/dev/null 2>&1 || fail "rules not under share/netral/lua/rules"
echo "installed: $(cd "$p" && find . -type f -o -type l | sort | tr '\n' ' ')"

# pkg-config names the prefix given to cmake --install
flags=$(PKG_CONFIG_PATH=$pcdir pkg-config --cflags --libs netral)
case "$flags" in *"$p"*) ;; *) fail "pkg-config flags do not point into the prefix: $flags" ;; esac
echo "pkg-config: $flags"

# build the example as a third party would, and run it from the installed library
# shellcheck disable=SC2086
cc -std=c11 -Wall -Wextra -Werror "$src/examples/workflow_check.c" $flags -o "$tmp/workflow_check" ||
    fail "the example does not build against the installed library"
LD_LIBRARY_PATH=$libdir "$tmp/workflow_check" --lang en "$src/samples/se-dukungan-paslon.docx" \
    "$tmp/annotated.docx" "$tmp/report.json" >"$tmp/out.txt" 2>&1 && rc=0 || rc=$?
cat "$tmp/out.txt"
[ "$rc" = 1 ] || fail "example exit $rc on a violating memo, want 1"
grep -q '"verdict":"violation"' "$tmp/report.json" || fail "JSON report lacks the violation"
unzip -l "$tmp/annotated.docx" | grep -q word/comments.xml || fail "annotated copy has no comments"

# the installed Lua module loads in lua5.4 from the standard layout
SAMPLE=$src/samples/se-dukungan-paslon.docx LUA_CPATH="$libdir/lua/5.4/?.so" lua5.4 -e 'local n = require "netral"
  local e = assert(n.engine{})
  local r = e:scan(os.getenv("SAMPLE"))
  assert(r.verdict == "violation", r.verdict)
  print("lua module: " .. n.version .. ", " .. #r.findings .. " findings")' \
    || fail "installed Lua module"
echo "PASS: install layout, pkg-config build and installed Lua module"
