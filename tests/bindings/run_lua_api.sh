#!/bin/sh
# run_lua_api.sh - runs test_lua_api.lua (the Lua module's API) with a private scratch folder.
# Usage: run_lua_api.sh TEST_LUA_API BUILD_DIR SAMPLE_DOCX
t=$(mktemp -d) || exit 1
lua5.4 "$1" "$2" "$3" "$t"
rc=$?
rm -rf "$t"
exit $rc
