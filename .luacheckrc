-- .luacheckrc - luacheck settings (Debian's lua-check) for the rule framework, the built-in rules
-- and the word lists under lua/; tools/check_format.sh runs `luacheck lua/` in CI.
std = "lua54"
-- Word lists and rule examples are whole Indonesian sentences: long lines are the data.
max_line_length = false
-- The rule DSL the sandbox gives every rule and list file (docs/rule-api.md).
local dsl = {
  "rule", "document_rule", "document_words", "override", "list", "roots", "cue",
  "any", "all", "near", "before", "at_least", "without", "trace",
}
files["lua/rules"] = { read_globals = dsl }
-- The rule kit is a framework module that runs in a rule environment, like a rule file.
files["lua/netral/kit.lua"] = { read_globals = dsl }
files["lua/lists"] = { read_globals = dsl }
files["tests/rules"] = { read_globals = dsl }
