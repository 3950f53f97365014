#!/bin/sh
# test_install.sh - `cmake --install` into a temporary prefix installs the library, header, CLI,
# pkg-config file, Lua module, rules and the Python package; the C example then builds outside
# CMake with pkg-config; the installed CLI and Python package run without LD_LIBRARY_PATH (an rpath,
# and the library folder recorded with the package), and the package lands where Debian's python3
# looks (checked with DESTDIR installs for /usr/local and /usr).
# usage: test_install.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
src=$(cd "$2" && pwd)
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
# the installed CLI runs from a fresh prefix without LD_LIBRARY_PATH (its RUNPATH names ../lib)
readelf -d "$p/bin/netral" | grep -q 'RUNPATH.*\$ORIGIN/\.\./' || fail "the installed CLI has no \$ORIGIN rpath"
(cd / && env -u LD_LIBRARY_PATH -u NETRAL_LIBRARY -u NETRAL_RULES "$p/bin/netral" scan --no-progress \
    --format jsonl "$src/samples/se-dukungan-paslon.docx" >"$tmp/cli.jsonl" 2>"$tmp/cli.err") && rc=0 || rc=$?
[ "$rc" = 1 ] && grep -q '"verdict":"violation"' "$tmp/cli.jsonl" ||
    { cat "$tmp/cli.err"; fail "installed CLI without LD_LIBRARY_PATH: exit $rc"; }
if ldd "$p/bin/netral" | grep -q "not found"; then ldd "$p/bin/netral"; fail "installed CLI: a library not found"; fi

# the Python package: in one of the folders Debian's python3 uses for this prefix, and it loads the
# library of this prefix (not build/, not the system's) with no NETRAL_LIBRARY or LD_LIBRARY_PATH
py=/usr/bin/python3
pkg=$(find "$p" -name __init__.py -path "*/netral/__init__.py" | head -n 1)
[ -n "$pkg" ] || fail "Python package not installed"
pydir=$(dirname "$(dirname "$pkg")")
$py -c "import site, sys; sys.exit(0 if sys.argv[1] in site.getsitepackages([sys.argv[2]]) else 1)" "$pydir" "$p" ||
    fail "Python package in $pydir, not a site folder of Debian's python3 for $p"
[ ! -d "$pydir/netral/__pycache__" ] || fail "__pycache__ installed"
loaded=$(cd / && env -u LD_LIBRARY_PATH -u NETRAL_LIBRARY PYTHONPATH="$pydir" $py -c 'import netral, sys
r = netral.Engine().scan(sys.argv[1])
assert r.verdict == "violation" and r.memo.get("number"), (r.verdict, r.memo)
print(netral._ffi.lib._name)' "$src/samples/se-dukungan-paslon.docx") || fail "installed Python package does not scan"
case "$loaded" in "$libdir"/libnetral.so*) ;; *) fail "installed package loaded $loaded, not $libdir" ;; esac
echo "python: $pydir loads $loaded"

# with the usual prefixes (staged with DESTDIR), the package lands in Debian's python3 sys.path
for prefix in /usr/local /usr; do
    stage=$tmp/stage$(echo "$prefix" | tr / _)
    DESTDIR=$stage cmake --install "$build" --prefix "$prefix" >"$tmp/stage.log" 2>&1 ||
        { cat "$tmp/stage.log"; fail "DESTDIR install for $prefix failed"; }
    init=$(find "$stage$prefix" -name __init__.py -path "*/netral/__init__.py" | head -n 1)
    dir=$(dirname "$(dirname "$init")")
    dir=${dir#"$stage"}
    $py -c "import sys; sys.exit(0 if sys.argv[1] in sys.path else 1)" "$dir" ||
        fail "for prefix $prefix the package goes to $dir, which Debian's python3 does not search"
    grep -q "LIBDIR = \"$prefix/" "$stage$dir/netral/_install.py" || fail "_install.py for $prefix names another prefix"
    echo "prefix $prefix: $dir (in sys.path of $py)"
done
echo "PASS: install layout, pkg-config build, installed Lua module, CLI and Python package without LD_LIBRARY_PATH"
