-- netral/init.lua - the rule framework's registry and DSL: list, roots, cue, rule, document_rule and
-- the matcher constructors, with strict validation so a rule author's typo fails at load time.
--
-- Loaded once per engine by engine C code as `init(priv)`. `priv` holds the privileged C functions
-- (budgeted runner, debug.getinfo, module loader); it is captured here as an upvalue and never put
-- anywhere a rule can reach.
local priv = ...
local getinfo = priv.getinfo

local M = {}          -- the API C calls (begin_file, finalize, paragraph, ...), private
local DSL = {}        -- what rule files see as globals and as require "netral"

local CATEGORIES = {
  ["endorsement"] = true, ["campaign-activity"] = true, ["social-media"] = true,
  ["state-facility"] = true, ["inducement"] = true, ["letterhead-misuse"] = true,
}
local SEVERITIES = { info = 0, low = 1, medium = 2, high = 3 }
local SCOPES = { sentence = true, paragraph = true }
local CUE_SCOPES = { before = true, sentence = true, paragraph = true }

-- Registry state, filled while files load and frozen by M.finalize.
local lists, list_order = {}, {}      -- name -> list record; id -> list record
local root_words = {}
local cues = {}                       -- name -> cue record
local rules, rules_by_id = {}, {}     -- final order; id -> record
local cur = { file = "?", folder = "" } -- the file being loaded
local inline_count = 0
local finalized = false

local function fail(where, msg) error(where .. ": " .. msg, 0) end

-- Load errors most rule authors meet come in both languages; the rest are Indonesian only.
local function T(id, en) return priv.lang == "en" and en or id end

-- "file:line" of the rule file's code that called a DSL function (level 3 from here: the DSL
-- function's caller). Works for any depth of helper functions inside the DSL.
local function caller_pos(level)
  local info = getinfo(level or 3, "Sl")
  if not info then return cur.file .. ":?" end
  local src = info.source or "?"
  if src:sub(1, 1) == "@" or src:sub(1, 1) == "=" then src = src:sub(2) end
  return src .. ":" .. (info.currentline or 0), src, info.currentline or 0
end

local function closest(word, choices)
  local best, bestd = nil, 3
  for name in pairs(choices) do
    local a, b = word, name
    -- Levenshtein distance, small strings only
    local prev = {}
    for j = 0, #b do prev[j] = j end
    for i = 1, #a do
      local row = { [0] = i }
      for j = 1, #b do
        local cost = a:byte(i) == b:byte(j) and 0 or 1
        row[j] = math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
      end
      prev = row
    end
    if prev[#b] < bestd or (prev[#b] == bestd and best and name < best) then
      best, bestd = name, prev[#b]
    end
  end
  return best
end

local function hint(word, choices)
  local c = type(word) == "string" and closest(word, choices)
  return c and (T(" (maksud Anda '", " (did you mean '") .. c .. "'?)") or ""
end

local function keys_text(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  table.sort(ks)
  return table.concat(ks, ", ")
end

---------------------------------------------------------------------------------------------
-- Lists
---------------------------------------------------------------------------------------------
local function get_list(name, pos)
  local l = lists[name]
  if not l then
    l = { name = name, entries = {}, chunks = {}, pos = pos }
    lists[name] = l
    list_order[#list_order + 1] = l
    l.id = #list_order
  end
  return l
end

local function add_entries(l, entries, pos)
  if type(entries) ~= "table" then
    fail(pos, "isi list \"" .. l.name .. "\" harus berupa tabel string, bukan " .. type(entries))
  end
  for i, w in ipairs(entries) do
    if type(w) ~= "string" then
      fail(pos, "entri ke-" .. i .. " list \"" .. l.name .. "\" bukan string (" .. type(w) .. ")")
    end
    if not w:find("%S") or w == "=" then
      fail(pos, "entri ke-" .. i .. " list \"" .. l.name .. "\" kosong")
    end
    l.entries[#l.entries + 1] = w
  end
  -- Where each run of entries came from, for errors C finds while compiling the lexicon.
  l.chunks[#l.chunks + 1] = { n = #l.entries, pos = pos }
  for k in pairs(entries) do
    if math.type(k) ~= "integer" or k < 1 or k > #entries then
      fail(pos, "list \"" .. l.name .. "\" hanya boleh berisi entri berurutan, bukan kunci '" ..
        tostring(k) .. "'")
    end
  end
end

function DSL.list(name)
  local pos = caller_pos()
  if finalized then fail(pos, "list() hanya boleh dipanggil saat aturan dimuat") end
  if type(name) ~= "string" or not name:match("^[%a_][%w_]*$") then
    fail(pos, "nama list harus berupa pengenal (huruf, angka, _), bukan " .. tostring(name))
  end
  return function(entries)
    add_entries(get_list(name, pos), entries, caller_pos())
  end
end

function DSL.roots(words)
  local pos = caller_pos()
  if type(words) ~= "table" then fail(pos, "roots{} harus berisi tabel string") end
  for i, w in ipairs(words) do
    if type(w) ~= "string" or not w:match("^%S+$") then
      fail(pos, "akar kata ke-" .. i .. " harus satu kata")
    end
    root_words[#root_words + 1] = w
  end
end

---------------------------------------------------------------------------------------------
-- Matchers: plain tables tagged with a private metatable so validation can recognise them.
---------------------------------------------------------------------------------------------
local matcher_set = setmetatable({}, { __mode = "k" })

local function is_matcher(m) return matcher_set[m] == true end

local function make(kind, pos, t)
  t.kind, t.pos = kind, pos
  matcher_set[t] = true
  return t
end

local function inline_list(words, pos)
  inline_count = inline_count + 1
  local l = get_list("~" .. pos .. "#" .. inline_count, pos)
  add_entries(l, words, pos)
  return l.name
end

-- Accepts a matcher, a list name, or an inline list of words.
local function as_matcher(x, pos, what)
  if type(x) == "string" then return make("any", pos, { list = x }) end
  if type(x) == "table" and is_matcher(x) then return x end
  if type(x) == "table" then return make("any", pos, { list = inline_list(x, pos) }) end
  fail(pos, what .. ": harus matcher, nama list, atau tabel kata, bukan " .. type(x))
end

local function sub_matchers(name, pos, first, ...)
  local subs = {}
  local n = select("#", ...)
  for i = 1, n do
    local m = as_matcher(select(i, ...), pos, name .. " argumen ke-" .. (i + first - 1))
    subs[#subs + 1] = m
  end
  return subs
end

local function check_positives(name, pos, subs, min)
  local npos = 0
  for _, m in ipairs(subs) do if m.kind ~= "without" then npos = npos + 1 end end
  if npos < min then fail(pos, name .. "() butuh sedikitnya " .. min .. " matcher positif") end
end

local function check_window(name, pos, n)
  if math.type(n) ~= "integer" or n < 0 then
    fail(pos, name .. "(): argumen pertama harus bilangan bulat >= 0 (jarak kata), bukan " ..
      tostring(n))
  end
end

function DSL.any(x)
  local pos = caller_pos()
  if type(x) == "string" then return make("any", pos, { list = x }) end
  if type(x) == "table" and not is_matcher(x) then
    return make("any", pos, { list = inline_list(x, pos) })
  end
  fail(pos, "any: harus nama list atau tabel kata, bukan " .. type(x))
end

function DSL.all(...)
  local pos = caller_pos()
  local subs = sub_matchers("all", pos, 1, ...)
  check_positives("all", pos, subs, 1)
  return make("all", pos, { subs = subs })
end

function DSL.near(n, ...)
  local pos = caller_pos()
  check_window("near", pos, n)
  local subs = sub_matchers("near", pos, 2, ...)
  check_positives("near", pos, subs, 2)
  return make("near", pos, { n = n, subs = subs })
end

function DSL.before(n, a, b, extra)
  local pos = caller_pos()
  check_window("before", pos, n)
  if a == nil or b == nil or extra ~= nil then
    fail(pos, "before(n, m1, m2) butuh tepat dua matcher")
  end
  local subs = sub_matchers("before", pos, 2, a, b)
  for _, m in ipairs(subs) do
    if m.kind == "without" then fail(pos, "without() hanya boleh di dalam all() atau near()") end
  end
  return make("before", pos, { n = n, subs = subs })
end

function DSL.at_least(k, ...)
  local pos = caller_pos()
  local subs = sub_matchers("at_least", pos, 2, ...)
  if math.type(k) ~= "integer" or k < 1 or k > #subs then
    fail(pos, "at_least(k, ...): k harus bilangan bulat antara 1 dan jumlah matcher (" .. #subs .. ")")
  end
  for _, m in ipairs(subs) do
    if m.kind == "without" then fail(pos, "without() hanya boleh di dalam all() atau near()") end
  end
  return make("at_least", pos, { k = k, subs = subs })
end

function DSL.without(x)
  local pos = caller_pos()
  local m = as_matcher(x, pos, "without")
  if m.kind == "without" then fail(pos, "without(without(...)) tidak bermakna") end
  return make("without", pos, { sub = m })
end

---------------------------------------------------------------------------------------------
-- Cues
---------------------------------------------------------------------------------------------
local CUE_FIELDS = { name = "string", list = "string", scope = "string", window = "number",
                     leadin = "boolean", except = "string", veto = "table", lists = "boolean" }

function DSL.cue(t)
  local pos = caller_pos()
  if type(t) ~= "table" then fail(pos, "cue{} harus berupa tabel") end
  for k, v in pairs(t) do
    local want = CUE_FIELDS[k]
    if not want then fail(pos, "cue: field tidak dikenal '" .. tostring(k) .. "'" .. hint(k, CUE_FIELDS)) end
    if type(v) ~= want then fail(pos, "cue: field '" .. k .. "' harus " .. want .. ", bukan " .. type(v)) end
  end
  if not t.name or not t.list then fail(pos, "cue: field 'name' dan 'list' wajib") end
  local scope = t.scope or "before"
  if not CUE_SCOPES[scope] then
    fail(pos, "cue: scope '" .. scope .. "' tidak dikenal (before, sentence, paragraph)")
  end
  local window = t.window or 0
  if math.type(window) ~= "integer" or window < 0 then fail(pos, "cue: window harus bilangan bulat >= 0") end
  cues[t.name] = { name = t.name, list = t.list, scope = scope, window = window,
                   leadin = t.leadin or false, except = t.except, veto = t.veto, pos = pos,
                   lists = t.lists or false }
end

---------------------------------------------------------------------------------------------
-- Rules
---------------------------------------------------------------------------------------------
local function check_text(v, field, pos)
  if type(v) == "string" then return { id = v } end
  if type(v) ~= "table" then fail(pos, "field '" .. field .. "' harus string atau {id=..., en=...}") end
  for k, s in pairs(v) do
    if k ~= "id" and k ~= "en" then
      fail(pos, "field '" .. field .. "': bahasa '" .. tostring(k) .. "' tidak dikenal (id, en)")
    end
    if type(s) ~= "string" then fail(pos, "field '" .. field .. "." .. k .. "' harus string") end
  end
  if not v.id then fail(pos, "field '" .. field .. "' butuh teks bahasa Indonesia (id = ...)") end
  return { id = v.id, en = v.en }
end

local EXAMPLE_DOC_FIELDS = { header = "string", body = "string", footer = "string",
                             header_images = "number", title = "string", author = "string", company = "string",
                             kop = "number" }

local function check_examples(v, pos)
  if type(v) ~= "table" then fail(pos, "field 'examples' harus tabel {flag = {...}, pass = {...}}") end
  for k, list in pairs(v) do
    if k ~= "flag" and k ~= "pass" then
      fail(pos, "examples: kunci '" .. tostring(k) .. "' tidak dikenal (flag, pass)" ..
        hint(k, { flag = 1, pass = 1 }))
    end
    if type(list) ~= "table" then fail(pos, "examples." .. k .. " harus tabel contoh") end
    for i, ex in ipairs(list) do
      -- a document example (page header, body, footer, kop facts): any rule may give one
      if type(ex) == "table" then
        for f, val in pairs(ex) do
          local want = EXAMPLE_DOC_FIELDS[f]
          if not want then
            fail(pos, "examples." .. k .. "[" .. i .. "]: field '" .. tostring(f) .. "' tidak dikenal (" ..
              keys_text(EXAMPLE_DOC_FIELDS) .. ")")
          end
          if type(val) ~= want then
            fail(pos, "examples." .. k .. "[" .. i .. "]." .. f .. " harus " .. want)
          end
        end
      elseif type(ex) ~= "string" then
        fail(pos, "examples." .. k .. "[" .. i .. "] harus string atau tabel {header=..., body=..., footer=...}")
      end
    end
  end
  return { flag = v.flag or {}, pass = v.pass or {} }
end

local COMMON_FIELDS = {
  id = "string", category = "string", severity = "string", confidence = "number",
  basis = "string", message = "text", suggest = "text", examples = "examples",
  check = "function", graded = "boolean",
}
local RULE_FIELDS, DOC_RULE_FIELDS = {}, {}
for k, v in pairs(COMMON_FIELDS) do RULE_FIELDS[k], DOC_RULE_FIELDS[k] = v, v end
RULE_FIELDS.scope, RULE_FIELDS.match, RULE_FIELDS.unless = "string", "matcher", "cues"
RULE_FIELDS.when, RULE_FIELDS.asleep, RULE_FIELDS.replay = "function", "boolean", "boolean"
-- needs_findings = true: a document rule that can only act on findings (lower them, add a
-- letterhead or support finding for them) is not run for a memo that has none
DOC_RULE_FIELDS.needs_findings = "boolean"

-- The line of `key = ...` at or after the `rule {` line, when the file's text is at hand; a table
-- constructor keeps no line numbers, but a rule author wants the misspelt field's own line.
local function field_pos(pos, key)
  local file, line = pos:match("^(.*):(%d+)$")
  if type(key) ~= "string" or file ~= cur.file or not cur.text then return pos end
  local n, pat = 0, "%f[%w_]" .. key:gsub("%p", "%%%0") .. "%s*="
  for text in (cur.text .. "\n"):gmatch("([^\n]*)\n") do
    n = n + 1
    if n >= tonumber(line) and text:find(pat) then return file .. ":" .. n end
  end
  return pos
end

local function sorted_keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  table.sort(ks, function(a, b) return tostring(a) < tostring(b) end)
  return ks
end

local function define(t, kind, fields, pos)
  local what = kind == "document" and "document_rule" or "rule"
  if finalized then fail(pos, what .. "() hanya boleh dipanggil saat aturan dimuat") end
  if type(t) ~= "table" then fail(pos, what .. " harus dipanggil dengan tabel: " .. what .. " { id = ..., ... }") end
  -- Unknown fields and wrong types first: a misspelt field is the most common typo.
  for _, k in ipairs(sorted_keys(t)) do
    local v, want = t[k], fields[k]
    if not want then
      fail(field_pos(pos, k), what .. T(": field tidak dikenal '", ": unknown field '") .. tostring(k) ..
        "'" .. hint(k, fields))
    end
    local ok
    if want == "text" then ok = type(v) == "string" or type(v) == "table"
    elseif want == "examples" or want == "cues" then ok = type(v) == "table"
    elseif want == "matcher" then ok = type(v) == "string" or type(v) == "table"
    else ok = type(v) == want end
    if not ok then
      fail(field_pos(pos, k), what .. ": field '" .. k .. T("' harus ", "' must be ") ..
        (want == "text" and T("string atau tabel", "a string or a table") or
        want == "matcher" and "matcher (any, all, near, ...)" or
        (want == "examples" or want == "cues") and T("tabel", "a table") or want) ..
        T(", bukan ", ", not ") .. type(v))
    end
  end
  local id = t.id
  if not id then fail(pos, what .. T(": field 'id' wajib", ": field 'id' is required")) end
  if not id:match("^[%w][%w%-%._]*$") then
    fail(pos, what .. ": id '" .. id .. "' hanya boleh berisi huruf, angka, '-', '_', '.'")
  end
  if not t.category then fail(pos, what .. " " .. id .. T(": field 'category' wajib", ": field 'category' is required")) end
  if not CATEGORIES[t.category] then
    fail(pos, what .. " " .. id .. T(": kategori tidak dikenal '", ": unknown category '") .. t.category .. "'" ..
      hint(t.category, CATEGORIES) .. " (" .. keys_text(CATEGORIES) .. ")")
  end
  if not t.severity then fail(pos, what .. " " .. id .. T(": field 'severity' wajib", ": field 'severity' is required")) end
  if not SEVERITIES[t.severity] then
    fail(pos, what .. " " .. id .. T(": severity tidak dikenal '", ": unknown severity '") .. t.severity ..
      "' (high, medium, low, info)" ..
      hint(t.severity, SEVERITIES))
  end
  if t.confidence and (t.confidence < 0 or t.confidence > 1) then
    fail(pos, what .. " " .. id .. ": confidence harus antara 0 dan 1")
  end
  if not t.message then fail(pos, what .. " " .. id .. T(": field 'message' wajib", ": field 'message' is required")) end
  local r = {
    id = id, kind = kind, category = t.category, severity = t.severity,
    sev = SEVERITIES[t.severity], confidence = t.confidence or 0.8, basis = t.basis or "",
    message = check_text(t.message, "message", pos),
    suggest = t.suggest and check_text(t.suggest, "suggest", pos) or nil,
    check = t.check, when = t.when, pos = pos, file = cur.file, folder = cur.folder,
    graded = t.graded or false, asleep = t.asleep or false, replay = t.replay or false,
    needs_findings = t.needs_findings or false,
    examples = check_examples(t.examples or {}, pos),
  }
  if kind == "paragraph" then
    if t.match == nil then fail(pos, "rule " .. id .. T(": field 'match' wajib", ": field 'match' is required")) end
    r.match = as_matcher(t.match, pos, "rule " .. id .. ": match")
    if r.match.kind == "without" then
      fail(pos, "rule " .. id .. ": without() hanya boleh di dalam all() atau near()")
    end
    if r.replay and not r.asleep then
      fail(pos, "rule " .. id .. T(": replay = true hanya untuk aturan asleep = true",
                                   ": replay = true needs asleep = true"))
    end
    r.scope = t.scope or "sentence"
    if not SCOPES[r.scope] then
      fail(pos, "rule " .. id .. ": scope '" .. r.scope .. "' tidak dikenal (sentence, paragraph)" ..
        hint(r.scope, SCOPES))
    end
    r.unless = {}
    for i, name in ipairs(t.unless or {}) do
      if type(name) ~= "string" then fail(pos, "rule " .. id .. ": unless[" .. i .. "] harus nama cue") end
      r.unless[i] = name
    end
  elseif not t.check then
    fail(pos, "document_rule " .. id .. T(": field 'check' wajib", ": field 'check' is required"))
  end
  local old = rules_by_id[id]
  if old then
    if old.folder == cur.folder then
      fail(pos, what .. ": id '" .. id .. T("' sudah didefinisikan di ", "' is already defined at ") .. old.pos)
    end
    -- A later folder overrides: keep the original's place in the evaluation order.
    r.overrides = old.pos
    for i, x in ipairs(rules) do if x == old then rules[i] = r end end
  else
    rules[#rules + 1] = r
  end
  rules_by_id[id] = r
end

function DSL.rule(t) define(t, "paragraph", RULE_FIELDS, caller_pos()) end

-- trace("format", ...): under `netral explain`, a note shown with the candidate (or document
-- rule) being evaluated, such as why a check drops it; does nothing in scans.
local trace_sink = function() end
function DSL.trace(fmt, ...) return trace_sink(fmt, ...) end
function DSL.document_rule(t) define(t, "document", DOC_RULE_FIELDS, caller_pos()) end

-- document_words { "list", ... }: lists whose distinct entries C counts per document while it
-- analyses the paragraphs, by region; document rules read them with doc.vocab(list, region).
local document_words = {}             -- in load order: { name =, pos = }
function DSL.document_words(names)
  local pos = caller_pos()
  if finalized then fail(pos, "document_words() hanya boleh dipanggil saat aturan dimuat") end
  if type(names) ~= "table" then fail(pos, "document_words{} harus berisi nama list") end
  for _, n in ipairs(names) do
    if type(n) ~= "string" then fail(pos, "document_words{}: nama list harus string") end
    document_words[#document_words + 1] = { name = n, pos = pos }
  end
end

-- override "rule.id" { severity = ..., message = ... }: change a loaded rule's declared fields
-- without copying its code. Applied by finalize, after every file has loaded, to whichever
-- definition of that id is then in force; several overrides of one id apply in load order.
local OVERRIDE_FIELDS = { severity = "string", confidence = "number", basis = "string",
                          message = "text", suggest = "text" }
local overrides = {}                  -- in load order: { id =, fields =, pos = }

function DSL.override(id)
  local pos = caller_pos()
  if finalized then fail(pos, "override() hanya boleh dipanggil saat aturan dimuat") end
  if type(id) ~= "string" or not id:match("^[%w][%w%-%._]*$") then
    fail(pos, T("override: id aturan harus string, bukan ", "override: the rule id must be a string, not ") ..
      type(id))
  end
  return function(t)
    local tpos = caller_pos()
    if type(t) ~= "table" then
      fail(tpos, "override \"" .. id .. "\" " .. T("harus diikuti tabel: override \"id\" { severity = ... }",
        "must be followed by a table: override \"id\" { severity = ... }"))
    end
    local fields = {}
    for _, k in ipairs(sorted_keys(t)) do
      local v, want = t[k], OVERRIDE_FIELDS[k]
      if not want then
        fail(field_pos(tpos, k), "override \"" .. id .. T("\": field tidak dikenal '", "\": unknown field '") ..
          tostring(k) .. "'" .. hint(k, OVERRIDE_FIELDS) .. " (" .. keys_text(OVERRIDE_FIELDS) .. ")")
      end
      if want == "text" then
        if type(v) ~= "string" and type(v) ~= "table" then
          fail(field_pos(tpos, k), "override \"" .. id .. "\": field '" .. k ..
            T("' harus string atau tabel", "' must be a string or a table"))
        end
        v = check_text(v, k, field_pos(tpos, k))
      elseif type(v) ~= want then
        fail(field_pos(tpos, k), "override \"" .. id .. "\": field '" .. k .. T("' harus ", "' must be ") ..
          want .. T(", bukan ", ", not ") .. type(v))
      end
      if k == "severity" and not SEVERITIES[v] then
        fail(field_pos(tpos, k), "override \"" .. id .. T("\": severity tidak dikenal '", "\": unknown severity '") ..
          v .. "' (high, medium, low, info)" .. hint(v, SEVERITIES))
      end
      if k == "confidence" and (v < 0 or v > 1) then
        fail(field_pos(tpos, k), "override \"" .. id .. "\": confidence harus antara 0 dan 1")
      end
      fields[k] = v
    end
    overrides[#overrides + 1] = { id = id, fields = fields, pos = tpos }
  end
end

local function apply_overrides()
  for _, o in ipairs(overrides) do
    local r = rules_by_id[o.id]
    if not r then
      fail(o.pos, "override \"" .. o.id .. T("\": tidak ada aturan dengan id ini", "\": no rule has this id") ..
        hint(o.id, rules_by_id))
    end
    for k, v in pairs(o.fields) do
      if k == "severity" then
        r.severity, r.sev = v, SEVERITIES[v]
      elseif k == "message" then
        -- The override's text is the finding's text, whatever the rule's check returns.
        r.message, r.message_fixed = v, true
      else
        r[k] = v
      end
    end
    r.override_pos = o.pos
  end
end

---------------------------------------------------------------------------------------------
-- Loading protocol used by C
---------------------------------------------------------------------------------------------
local function readonly(t, name)
  return setmetatable({}, {
    __index = t,
    __newindex = function() error("'" .. name .. "' hanya-baca dalam aturan", 2) end,
    __pairs = function() return next, t, nil end,
    __metatable = false,
  })
end
-- The globals every rule file sees (through __index); built once.
local base = {}
for _, k in ipairs({ "assert", "error", "ipairs", "next", "pairs", "rawequal",
                     "rawget", "rawlen", "rawset", "select", "tonumber", "tostring", "type",
                     "getmetatable", "_VERSION" }) do
  base[k] = _G[k]
end
base.print = priv.print
-- These let the instruction-budget error through once the budget is spent.
base.pcall, base.xpcall = priv.pcall, priv.xpcall
base.setmetatable = function(t, mt)
  -- Finalizers would run outside any rule's budget; refuse them.
  if type(mt) == "table" and rawget(mt, "__gc") ~= nil then
    error("__gc tidak diizinkan dalam aturan", 2)
  end
  return setmetatable(t, mt)
end
base.collectgarbage = function(opt)
  if opt == "count" then return collectgarbage("count") end
  error("collectgarbage hanya mendukung \"count\" dalam aturan", 2)
end
local new_env -- forward
base.load = function(chunk, name, mode, env)
  if mode ~= nil and mode ~= "t" then error("load: hanya teks (mode \"t\") yang diizinkan", 2) end
  if name ~= nil and type(name) ~= "string" then error("load: nama chunk harus string", 2) end
  if env ~= nil and type(env) ~= "table" then error("load: env harus tabel", 2) end
  return priv.load(chunk, "=" .. (name or "(load)"), "t", env or new_env(""))
end
for _, lib in ipairs({ "string", "table", "math", "utf8" }) do
  local copy = {}
  for k, v in pairs(_G[lib]) do copy[k] = v end
  copy.dump = nil
  base[lib] = readonly(copy, lib)
end
base.os = readonly({ time = os.time, clock = os.clock, date = os.date }, "os")
for k, v in pairs(DSL) do base[k] = v end

local env_mt = { __index = base, __metatable = false }
local module_cache = {}
local public_dsl = readonly(DSL, "netral")
-- Framework modules written for rules (they run in a rule environment, like a rule file); one
-- copy per engine, whichever folder asks first.
local RULE_MODULES = { ["netral.kit"] = true }

-- require inside a rule file: the DSL as "netral", a framework module of RULE_MODULES, else a
-- module of the same rule folder.
local function make_require(folder)
  return function(name)
    if type(name) ~= "string" then error("require: nama modul harus string", 2) end
    if name == "netral" then return public_dsl end
    if RULE_MODULES[name] then folder = "" end
    local key = folder .. "\0" .. name
    local cached = module_cache[key]
    if cached ~= nil then return cached end
    if name:sub(1, 7) == "netral." and not RULE_MODULES[name] then
      error(T("modul '", "module '") .. name .. T("' tidak tersedia untuk aturan (tersedia: netral, ",
        "' is not available to rules (available: netral, ") .. keys_text(RULE_MODULES) .. ")", 2)
    end
    local fn, err = priv.load_module(folder, name, new_env(folder))
    if not fn then error(err, 2) end
    local v = fn(name)
    if v == nil then v = true end
    module_cache[key] = v
    return v
  end
end

new_env = function(folder)
  local env = setmetatable({}, env_mt)
  env._G = env
  env.require = make_require(folder)
  return env
end

-- Called by C before running each rule/list file: file is its display name, folder the key of
-- its rule folder ("" for the built-ins). Returns the environment for the chunk.
function M.begin_file(file, folder, text)
  cur.file, cur.folder, cur.text = file, folder, text
  return new_env(folder)
end

-- Read by C after finalize (rules, list_order, root_words, leadin_*) and by netral/scan.lua.
M.lists, M.list_order, M.root_words, M.cues, M.rules = lists, list_order, root_words, cues, rules
M.SEVERITIES = SEVERITIES
M.rules_by_id = rules_by_id

---------------------------------------------------------------------------------------------
-- Finalize: resolve list and cue names (files may define lists after the rules using them),
-- number the rules (their budget slots) and record which lists can trigger each rule.
---------------------------------------------------------------------------------------------
local function named_lists()
  local t = {}
  for name in pairs(lists) do if name:sub(1, 1) ~= "~" then t[name] = true end end
  return t
end

local function resolve(m, r, trig, positive)
  if m.kind == "any" then
    local l = lists[m.list]
    if not l then
      fail(m.pos, "rule " .. r.id .. ": list '" .. m.list .. T("' tidak dikenal", "' is not defined") ..
        hint(m.list, named_lists()))
    end
    m.lid = l.id
    if positive then trig[l.id] = true end
  elseif m.kind == "without" then
    resolve(m.sub, r, trig, false)
  else
    for _, s in ipairs(m.subs) do resolve(s, r, trig, positive) end
  end
end

-- The match as a necessary condition on which lists occur, in postfix for C, so that C sends a
-- paragraph (or sentence) to Lua only when the rule could match there: 1 lid = list present;
-- 2 n = all of the last n; 3 n k = at least k of the last n; 4 ordered d lid1 lid2 = a hit of
-- each list within d words (ordered: lid1's before lid2's; d -1: any distance), for near() and
-- before() over two plain lists. without() and other distances are left to Lua.
local function pair_of_lists(m)
  if (m.kind ~= "near" and m.kind ~= "before") or #m.subs ~= 2 then return nil end
  local a, b = m.subs[1], m.subs[2]
  if a.kind ~= "any" or b.kind ~= "any" then return nil end
  return a.lid, b.lid
end

local function need_program(m, out)
  local function emit(...)
    for i = 1, select("#", ...) do out[#out + 1] = select(i, ...) end
  end
  local la, lb = pair_of_lists(m)
  if la then
    local ordered = m.kind == "before"
    emit(4, ordered and 1 or 0, (ordered and m.n == 0) and -1 or m.n, la, lb)
  elseif m.kind == "any" then
    emit(1, m.lid)
  elseif m.kind == "at_least" then
    for _, s in ipairs(m.subs) do need_program(s, out) end
    emit(3, #m.subs, m.k)
  else
    local n = 0
    for _, s in ipairs(m.subs) do
      if s.kind ~= "without" then
        need_program(s, out)
        n = n + 1
      end
    end
    emit(2, n)
  end
  return out
end

function M.finalize()
  apply_overrides()
  local leadin = {}
  for slot, r in ipairs(rules) do
    r.slot = slot
    r.triggers = {}
    if r.kind == "paragraph" then
      local trig = {}
      resolve(r.match, r, trig, true)
      for lid in pairs(trig) do r.triggers[#r.triggers + 1] = lid end
      table.sort(r.triggers)
      r.need = need_program(r.match, {})
      local resolved = {}
      for i, name in ipairs(r.unless) do
        local c = type(name) == "string" and cues[name] or name
        if type(c) ~= "table" then
          fail(r.pos, "rule " .. r.id .. ": cue '" .. tostring(name) .. T("' tidak dikenal", "' is not defined") ..
            hint(name, cues) .. " (" .. keys_text(cues) .. ")")
        end
        local l = lists[c.list]
        if not l then
          fail(c.pos, "cue '" .. c.name .. "': list '" .. c.list .. "' tidak dikenal" ..
            hint(c.list, named_lists()))
        end
        c.lid = l.id
        if c.except then
          local x = lists[c.except]
          if not x then
            fail(c.pos, "cue '" .. c.name .. "': list pengecualian '" .. c.except .. "' tidak dikenal" ..
              hint(c.except, named_lists()))
          end
          c.xid = x.id
        end
        if c.leadin then leadin[l.id] = c.xid or 0 end
        resolved[i] = c
      end
      r.unless = resolved
    end
  end
  local veto = {}
  for _, c in pairs(cues) do
    if not c.lid and lists[c.list] then c.lid = lists[c.list].id end
    if c.except and not c.xid and lists[c.except] then c.xid = lists[c.except].id end
    -- a lead-in cue no rule names in `unless` is still read by the kit (p:cue(name, 1))
    if c.leadin and c.lid and not leadin[c.lid] then leadin[c.lid] = c.xid or 0 end
    if c.leadin and c.lid and c.veto then
      local ids = {}
      for _, name in ipairs(c.veto) do
        if lists[name] and #ids < 4 then ids[#ids + 1] = lists[name].id end
      end
      veto[c.lid] = ids
    end
  end
  -- For C: lists whose cue also covers items under a lead-in, each one's exception list, and the
  -- lists (at most 4) whose hit in the lead-in turns it off.
  M.leadin_lists, M.leadin_except, M.leadin_veto = {}, {}, {}
  -- the conjunctions that open a subordinate clause ("agar ...", "supaya ..."): a cue there, with
  -- another clause after it, does not govern the lead-in's items
  M.leadin_subordinate = lists["leadin_subordinate"] and lists["leadin_subordinate"].id or 0
  -- the directives and prohibitions: in a lead-in whose own (last) sentence gives an order, only
  -- a prohibition in that sentence governs the items ("Capaian ini tidak boleh berhenti. Oleh
  -- karena itu kami minta Saudara:")
  M.leadin_directives = lists["directives"] and lists["directives"].id or 0
  M.leadin_prohibition = lists["cue_prohibition"] and lists["cue_prohibition"].id or 0
  -- For C and doc.vocab: the lists counted per document.
  M.vocab_lists, M.vocab_ids = {}, {}
  for _, w in ipairs(document_words) do
    local l = lists[w.name]
    if not l then
      fail(w.pos, "document_words: list '" .. w.name .. T("' tidak dikenal", "' is not defined") ..
        hint(w.name, named_lists()))
    end
    if not M.vocab_ids[w.name] then
      l.counted = true  -- C: its words do not become stemmer roots (they match as written)
      M.vocab_ids[w.name] = l.id
      M.vocab_lists[#M.vocab_lists + 1] = l.id
    end
  end
  for lid in pairs(leadin) do M.leadin_lists[#M.leadin_lists + 1] = lid end
  table.sort(M.leadin_lists)
  for i, lid in ipairs(M.leadin_lists) do
    M.leadin_except[i], M.leadin_veto[i] = leadin[lid], veto[lid] or {}
  end
  -- For `netral lists`: which rules' matchers and which cues name each list.
  for _, l in ipairs(list_order) do l.used_by = {} end
  local function use(name, who)
    local l = lists[name]
    if l and l.used_by[#l.used_by] ~= who then l.used_by[#l.used_by + 1] = who end
  end
  local function walk(m, who)
    if m.kind == "any" then use(m.list, who)
    elseif m.kind == "without" then walk(m.sub, who)
    else for _, x in ipairs(m.subs) do walk(x, who) end end
  end
  for _, r in ipairs(rules) do
    if r.match then walk(r.match, r.id) end
  end
  local names = {}
  for name in pairs(cues) do names[#names + 1] = name end
  table.sort(names)
  for _, w in ipairs(document_words) do use(w.name, "document_words") end
  for _, name in ipairs(names) do
    use(cues[name].list, "cue " .. name)
    if cues[name].except then use(cues[name].except, "cue " .. name) end
  end
  -- a counted list is searched in the memo's text, not matched in paragraphs: no matcher or cue
  -- may name it
  for _, w in ipairs(document_words) do
    for _, who in ipairs(lists[w.name].used_by) do
      if who ~= "document_words" then
        fail(w.pos, "document_words: list '" .. w.name ..
          T("' juga dipakai oleh ", "' is also used by ") .. who ..
          T("; list dokumen tidak dicocokkan per paragraf", "; document lists are not matched per paragraph"))
      end
    end
  end
  finalized = true
end

-- Built-in cues; their word lists are data (lists/cues.lua) that rule folders may extend.
cur.file = "netral/init.lua"
DSL.cue { name = "prohibition", list = "cue_prohibition", scope = "before", window = 0, leadin = true,
          except = "cue_prohibition_not" }
-- lists = true: a negation also governs the rest of a list it opens ("tidak ada atribut, warna,
-- nomor urut, maupun simbol jari")
DSL.cue { name = "negation", list = "cue_negation", scope = "before", window = 3,
          except = "cue_negation_not", lists = true }
DSL.cue { name = "reported_speech", list = "cue_reported", scope = "sentence" }
-- "Kami minta Saudara sekalian:" then items: the lead-in's directive applies to the items under
-- it, unless the lead-in forbids, reports or supervises ("ASN dilarang:", "menugaskan ... untuk
-- melakukan pengawasan terhadap kegiatan kampanye:"). Read by the kit's C.leadin_directive.
DSL.cue { name = "directive_leadin", list = "directives", scope = "before", window = 0,
          leadin = true, veto = { "cue_prohibition", "frame_blockers" } }

-- The scan half of the framework (matchers, cues, findings, document rules).
local scan = require("netral.scan")
scan.setup(M, priv)
trace_sink = M.trace_note
-- `netral explain` as text (netral/explain.lua), loaded on first use.
function M.explain_text(trace)
  return require("netral.explain").render(trace)
end
return M
