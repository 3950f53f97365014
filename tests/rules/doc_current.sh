#!/bin/sh
# doc_current.sh - docs/rules.md must be what tools/gen_rules_doc.lua makes of the rules today.
# Usage: doc_current.sh LUA GEN_RULES_DOC LUA_DIR RULES_MD
t=$(mktemp) || exit 1
"$1" "$2" "$3" > "$t" && cmp -s "$t" "$4"
rc=$?
rm -f "$t"
[ $rc -eq 0 ] || echo "docs/rules.md is stale: run lua5.4 tools/gen_rules_doc.lua lua > docs/rules.md"
exit $rc
