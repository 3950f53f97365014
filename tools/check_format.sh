#!/usr/bin/env bash
# check_format.sh - the habits CI checks: C sources formatted as .clang-format says (clang-format
# 14, --dry-run), Lua sources clean under .luacheckrc (luacheck), and the layer graph
# (tools/check_layers.py). Prints what is off; exit 1 when anything is.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
mapfile -t cfiles < <(git ls-files 'plugin/*.c' 'plugin/*.h' 'tests/*.c' 'tests/*.h' 'examples/*.c' 2>/dev/null)
if command -v clang-format >/dev/null; then
  if ! clang-format --dry-run -Werror "${cfiles[@]}" 2>/tmp/netral-format.$$; then
    echo "format: these files differ from .clang-format (clang-format -i FILE fixes them):"
    grep -oE '^[^ :]+\.(c|h):[0-9]+' /tmp/netral-format.$$ | cut -d: -f1 | sort -u | sed 's/^/  /'
    status=1
  else
    echo "format: ${#cfiles[@]} C files as .clang-format says"
  fi
  rm -f /tmp/netral-format.$$
else
  echo "format: SKIPPED (clang-format is not installed)"
fi
if command -v luacheck >/dev/null; then
  if luacheck --no-color --quiet --formatter plain lua/; then echo "luacheck: lua/ clean"
  else status=1; fi
else
  echo "luacheck: SKIPPED (lua-check is not installed)"
fi
echo -n "layers: "
"${NETRAL_PYTHON:-/usr/bin/python3}" tools/check_layers.py --quiet || status=1  # Debian's, not whatever python3 PATH has
[ $status -eq 0 ] && echo "check_format: all clean" || echo "check_format: FAILED (see above)"
exit $status
