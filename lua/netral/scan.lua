-- netral/scan.lua - the framework's hot path: evaluates matchers over one paragraph's hits, applies
-- `unless` cues and `check`, collects findings, then runs document rules once per document.
--
-- C calls M.paragraph only for paragraphs where a rule's trigger list was hit, passing the rules to
-- try; the hits grouped by list, H[list_id] = { first, last, sentence, first, last, ... } (1-based
-- token and sentence numbers), come from priv.para_hits on first use, so a paragraph whose rules
-- all stop at `when` costs no tables. Every rule evaluation runs under priv.run, which applies
-- the rule's instruction budget and turns errors into rule errors.
local S = {}

local M, run, span, leadin, para_hits
local wake, priv_wake
local rules, list_order, lang
local math_huge, sort, ipairs, type, rawget, rawset, error = math.huge, table.sort, ipairs, type, rawget, rawset, error

-- The current paragraph and document.
local cur_p, cur_H, cur_part, cur_where, cur_index
-- Under `netral explain`: the trace being built (nil otherwise), and where trace() notes go.
local TRACE, NOTES
local cache = {}
local F, DOC = {}, {}
-- The current paragraph's hits by list, made on first use.
local function hits_by_list()
  local h = cur_H
  if not h then
    h = para_hits()
    cur_H = h
  end
  return h
end
local EMPTY = setmetatable({}, { __newindex = function() error("EMPTY is read-only") end })

---------------------------------------------------------------------------------------------
-- Candidates: { first, last, sent, lid } for one hit, { first, last, sent, parts } for a
-- combination. Token and sentence numbers are 1-based.
---------------------------------------------------------------------------------------------
local function atoms(lid)
  local c = cache[lid]
  if c then return c end
  local h = hits_by_list()[lid]
  if not h then
    cache[lid] = EMPTY
    return EMPTY
  end
  c = {}
  for i = 1, #h, 3 do
    c[#c + 1] = { first = h[i], last = h[i + 1], sent = h[i + 2], lid = lid }
  end
  cache[lid] = c
  return c
end

local function gap(a, b)
  if b.first > a.last then return b.first - a.last end
  if a.first > b.last then return a.first - b.last end
  return 0
end

local function merge(list)
  local first, last, sent = math_huge, -1, math_huge
  local parts = {}
  for _, c in ipairs(list) do
    if c.first < first then first = c.first end
    if c.last > last then last = c.last end
    if c.sent < sent then sent = c.sent end
    if c.parts then
      for _, a in ipairs(c.parts) do parts[#parts + 1] = a end
    else
      parts[#parts + 1] = c
    end
  end
  return { first = first, last = last, sent = sent, parts = parts }
end

local function by_position(a, b)
  if a.first ~= b.first then return a.first < b.first end
  return a.last < b.last
end

-- One candidate per hit of each group, combined with the closest hit of every other group in the
-- same scope unit; maxdist (near) bounds the gap between the chosen hits.
local function combine(groups, para, maxdist, negs, out, seen)
  out, seen = out or {}, seen or {}
  for i = 1, #groups do
    for _, x in ipairs(groups[i]) do
      local kx = para and 0 or x.sent
      if not (negs and negs[kx]) then
        local chosen, ok = { x }, true
        local minlast, maxfirst = x.last, x.first
        for j = 1, #groups do
          if j ~= i then
            local best, bd
            for _, y in ipairs(groups[j]) do
              if para or y.sent == kx then
                local d = gap(x, y)
                if not bd or d < bd then best, bd = y, d end
              end
            end
            if not best then ok = false break end
            chosen[#chosen + 1] = best
            if best.last < minlast then minlast = best.last end
            if best.first > maxfirst then maxfirst = best.first end
          end
        end
        if ok and (not maxdist or maxfirst - minlast <= maxdist) then
          local c = #chosen == 1 and x or merge(chosen)
          local k = c.first * 4294967296 + c.last
          if not seen[k] then
            seen[k] = true
            out[#out + 1] = c
          end
        end
      end
    end
  end
  sort(out, by_position)
  return out
end

local eval

local function eval_all(m, para, maxdist)
  local groups, negs = {}, nil
  for _, s in ipairs(m.subs) do
    if s.kind == "without" then
      for _, c in ipairs(eval(s.sub, para)) do
        negs = negs or {}
        negs[para and 0 or c.sent] = true
      end
    else
      local g = eval(s, para)
      if #g == 0 then return EMPTY end
      groups[#groups + 1] = g
    end
  end
  return combine(groups, para, maxdist, negs)
end

local function eval_at_least(m, para)
  local groups, count = {}, {}
  for i, s in ipairs(m.subs) do
    local g = eval(s, para)
    groups[i] = g
    local seen = {}
    for _, c in ipairs(g) do
      local k = para and 0 or c.sent
      if not seen[k] then
        seen[k] = true
        count[k] = (count[k] or 0) + 1
      end
    end
  end
  local out, seen = {}, {}
  for k, n in pairs(count) do
    if n >= m.k then
      local sub = {}
      for _, g in ipairs(groups) do
        local f = {}
        for _, c in ipairs(g) do
          if para or c.sent == k then f[#f + 1] = c end
        end
        if #f > 0 then sub[#sub + 1] = f end
      end
      combine(sub, para, nil, nil, out, seen)
    end
  end
  sort(out, by_position)
  return out
end

local function eval_before(m, para)
  local A = eval(m.subs[1], para)
  if #A == 0 then return EMPTY end
  local B = eval(m.subs[2], para)
  local out, n = {}, m.n
  for _, y in ipairs(B) do
    local best, bd
    for _, x in ipairs(A) do
      if (para or x.sent == y.sent) and x.last < y.first then
        local d = y.first - x.last
        if (n == 0 or d <= n) and (not bd or d < bd) then best, bd = x, d end
      end
    end
    if best then out[#out + 1] = merge({ best, y }) end
  end
  sort(out, by_position)
  return out
end

eval = function(m, para)
  local kind = m.kind
  if kind == "any" then return atoms(m.lid) end
  if kind == "all" then return eval_all(m, para, nil) end
  if kind == "near" then return eval_all(m, para, m.n) end
  if kind == "before" then return eval_before(m, para) end
  if kind == "at_least" then return eval_at_least(m, para) end
  error("matcher tidak dikenal: " .. tostring(kind))
end

---------------------------------------------------------------------------------------------
-- Cues
---------------------------------------------------------------------------------------------
-- A cue word inside a hit of the cue's exception list ("jangan lupa" is not a prohibition).
local function excepted(cue, f, l)
  local x = cue.xid and hits_by_list()[cue.xid]
  if not x then return false end
  for i = 1, #x, 3 do
    if x[i] <= f and x[i + 1] >= l then return true end
  end
  return false
end

-- A cue word further back than its window still reaches a match that continues a list it opened:
-- the word right before the match joins a list item ("maupun simbol jari", "termasuk tim
-- kampanye atau saksi ..."), and between them there are only list items (a comma, no ";" or
-- ":"), 16 words at most. "Tidak perlu ragu, dukung paslon 2" is no list.
local LIST_JOINS = { maupun = true, ataupun = true, atau = true, termasuk = true, serta = true }
local function list_continues(hl, first)
  if first - hl > 16 or first < 2 or not cur_p then return false end
  local prev = cur_p:token(first - 1)
  if not (prev and LIST_JOINS[prev.norm]) then return false end
  local between = cur_p.text:sub(cur_p:token(hl).stop + 1, cur_p:token(first - 1).start)
  return between:find(",", 1, true) ~= nil and not between:find("[;:]")
end

-- A cue word inside a parenthesis that closes before the match governs only the parenthesis
-- ("Catatan Kabid (jangan dicetak di SPT salinan regu): baliho ... dipasang ulang"), and one in
-- quotation marks only the quotation.
local function enclosed_cue(p, hf, hl, first)
  if not p or first <= hl then return false end
  -- a cue word quoted (a sticker's "Ayo Coblos ...") speaks for the quotation, not the memo
  if p:token(hf).quoted and not p:token(first).quoted then return true end
  local t = p.text
  local between = t:sub(p:token(hl).stop + 1, p:token(first).start)
  local close = between:find(")", 1, true)
  if not close or between:sub(1, close):find("(", 1, true) then return false end
  local before = t:sub(1, p:token(hf).start)
  local open = before:match(".*()%(")
  return open ~= nil and not before:find(")", open, true)
end

-- Does `cue` apply to a match whose first token is `first` (in sentence `sent`) and whose hits
-- are `parts`? Scopes: before (same sentence, ending before `first`, within `window` tokens,
-- 0 = anywhere before, or further when the cue reads `lists`), sentence (any sentence the match
-- touches), paragraph.
local function cue_applies(cue, first, sent, parts)
  local h = hits_by_list()[cue.lid]
  if h then
    local scope, window = cue.scope, cue.window
    for i = 1, #h, 3 do
      local hf, hl, hs = h[i], h[i + 1], h[i + 2]
      local hit
      if scope == "before" then
        hit = hs == sent and hl < first and
              (window == 0 or first - hl <= window or (cue.lists and list_continues(hl, first))) and
              not enclosed_cue(cur_p, hf, hl, first)
      elseif scope == "sentence" then
        for _, a in ipairs(parts) do
          if a.sent == hs then hit = true break end
        end
      else
        hit = true
      end
      if hit and not excepted(cue, hf, hl) then return true, hf, hl end
    end
  end
  if cue.leadin and leadin(cue.lid) then return true, "leadin" end
  return false
end

-- The first cue of `unless` that applies to candidate c, and where its word is.
local function suppressed(r, c)
  local unless = r.unless
  for i = 1, #unless do
    local yes, hf, hl = cue_applies(unless[i], c.first, c.sent, c.parts or { c })
    if yes then return unless[i], hf, hl end
  end
  return false
end

---------------------------------------------------------------------------------------------
-- Findings
---------------------------------------------------------------------------------------------
local function text_of(t)
  if t == nil then return nil end
  if type(t) == "string" then return t end
  return rawget(t, lang) or rawget(t, "id")
end

local function match_object(c)
  local hits = {}
  for _, a in ipairs(c.parts or { c }) do
    hits[#hits + 1] = { list = list_order[a.lid].name, first = a.first, last = a.last, sentence = a.sent }
  end
  local s, e = span(c.first, c.last)
  return { first = c.first, last = c.last, start = s, stop = e, sentence = c.sent, hits = hits }
end

local function override_of(r, over)
  local sev, conf, msg = r.severity, r.confidence, text_of(r.message)
  if type(over) == "table" then
    local s, c, m = rawget(over, "severity"), rawget(over, "confidence"), rawget(over, "message")
    if s ~= nil then
      if not M.SEVERITIES[s] then error(r.pos .. ": check mengembalikan severity tidak dikenal '" .. tostring(s) .. "'", 0) end
      sev = s
    end
    if c ~= nil then
      if type(c) ~= "number" or c < 0 or c > 1 then error(r.pos .. ": check mengembalikan confidence di luar 0..1", 0) end
      conf = c
    end
    if m ~= nil then
      if type(m) ~= "string" and type(m) ~= "table" then error(r.pos .. ": check mengembalikan message bukan teks", 0) end
      msg = text_of(m)
      if type(msg) ~= "string" then error(r.pos .. ": check mengembalikan message tanpa teks 'id'", 0) end
      -- An override "id" { message = ... } is the text, whatever the check says.
      if r.message_fixed then msg = text_of(r.message) end
    end
  end
  return sev, conf, msg
end

local function add_finding(r, c, over)
  local sev, conf, msg = override_of(r, over)
  local s, e = span(c.first, c.last)
  F[#F + 1] = {
    rule = r.id, category = r.category, severity = sev, confidence = conf, message = msg,
    basis = r.basis, suggestion = text_of(r.suggest), part = cur_part, where = cur_where,
    paragraph = cur_index, start = s, stop = e,
  }
end

-- One finding per rule per scope unit (sentence or paragraph): the first candidate that survives
-- the cues and the check. Under explain, rt (the rule's trace) gets every candidate and its fate.
local trace_candidate, trace_nomatch -- for explain (below)
local function eval_rule(r, rt)
  if r.when and not r.when(cur_p, DOC) then
    if rt then rt.skipped = "when" end
    return
  end
  local para = r.scope == "paragraph"
  local cands = eval(r.match, para)
  if #cands == 0 then
    if rt then trace_nomatch(r, rt, para) end
    return
  end
  local done
  for _, c in ipairs(cands) do
    local k = para and 0 or c.sent
    local ct = rt and trace_candidate(rt, c)
    if done and done[k] then
      if ct then ct.fate = "skipped" end
    else
      local cue, hf, hl = suppressed(r, c)
      if cue then
        if ct then
          ct.fate = "cue"
          ct.cue = { name = cue.name, scope = cue.scope, window = cue.window, leadin = hf == "leadin" or nil }
          if type(hf) == "number" then
            local s, e = span(hf, hl)
            ct.cue.first, ct.cue.last, ct.cue.text = hf, hl, cur_p.text:sub(s + 1, e)
          end
        end
      else
        local verdict = true
        if r.check then
          local outer = NOTES
          NOTES = ct and ct.notes
          verdict = r.check(match_object(c), cur_p, DOC)
          NOTES = outer
        end
        if verdict then
          add_finding(r, c, verdict)
          if ct then
            local f = F[#F]
            ct.fate, ct.severity, ct.confidence, ct.message = "kept", f.severity, f.confidence, f.message
          end
          done = done or {}
          done[k] = true
          if para and not rt then return end
        elseif ct then
          ct.fate = "check"
        end
      end
    end
  end
end

function S.paragraph(p, seq, n, part, where, index)
  cur_p, cur_H, cur_part, cur_where, cur_index = p, nil, part, where, index
  cache = {}
  for i = 1, n do
    local r = rules[seq[i]]
    run(r.slot, eval_rule, r)
  end
end

---------------------------------------------------------------------------------------------
-- Explain: the same evaluation, recorded (S.trace_paragraph replaces S.paragraph for the
-- paragraphs asked about; the findings are exactly those of a scan).
---------------------------------------------------------------------------------------------
local function list_name(lid)
  local l = list_order[lid]
  if not l then return "?" end
  if l.name:sub(1, 1) ~= "~" then return l.name end
  -- an inline list: its first entries
  local words = {}
  for i = 1, math.min(#l.entries, 4) do words[#words + 1] = l.entries[i] end
  return "{" .. table.concat(words, ", ") .. (#l.entries > 4 and ", ..." or "") .. "}"
end

local function hit_record(a)
  local s, e = span(a.first, a.last)
  return { list = list_name(a.lid), first = a.first, last = a.last, sentence = a.sent,
           text = cur_p.text:sub(s + 1, e) }
end

trace_candidate = function(rt, c)
  local hits = {}
  local minlast, maxfirst
  for _, a in ipairs(c.parts or { c }) do
    hits[#hits + 1] = hit_record(a)
    if not minlast or a.last < minlast then minlast = a.last end
    if not maxfirst or a.first > maxfirst then maxfirst = a.first end
  end
  local s, e = span(c.first, c.last)
  local ct = { first = c.first, last = c.last, sentence = c.sent, text = cur_p.text:sub(s + 1, e),
               start = s, stop = e, distance = math.max(0, maxfirst - minlast), hits = hits, notes = {} }
  rt.candidates[#rt.candidates + 1] = ct
  return ct
end

local function matcher_text(m)
  if m.kind == "any" then return "any \"" .. list_name(m.lid) .. "\"" end
  if m.kind == "without" then return "without(" .. matcher_text(m.sub) .. ")" end
  local parts = {}
  for _, x in ipairs(m.subs) do parts[#parts + 1] = matcher_text(x) end
  local head = m.kind == "near" and ("near(" .. m.n .. ", ") or m.kind == "before" and ("before(" .. m.n .. ", ")
    or m.kind == "at_least" and ("at_least(" .. m.k .. ", ") or (m.kind .. "(")
  return head .. table.concat(parts, ", ") .. ")"
end

local function sentences_of(cands)
  local set, out = {}, {}
  for _, c in ipairs(cands) do
    if not set[c.sent] then set[c.sent] = true; out[#out + 1] = c.sent end
  end
  sort(out)
  return out
end

local function spread(c)
  local minlast, maxfirst = math_huge, -1
  for _, a in ipairs(c.parts or { c }) do
    if a.last < minlast then minlast = a.last end
    if a.first > maxfirst then maxfirst = a.first end
  end
  return math.max(0, maxfirst - minlast)
end

-- Why matcher m has no candidate here, naming the first part that fails: { what = "no_hit" |
-- "apart" (not in one sentence) | "too_far" | "excluded" | "order" | "too_few", matcher = text }.
local function diagnose(m, para)
  local kind = m.kind
  if kind == "any" then
    return { what = "no_hit", matcher = matcher_text(m), list = list_name(m.lid) }
  end
  if kind == "all" or kind == "near" then
    local groups, where = {}, {}
    for _, sub in ipairs(m.subs) do
      if sub.kind ~= "without" then
        local g = eval(sub, para)
        if #g == 0 then return diagnose(sub, para) end
        groups[#groups + 1] = g
        where[#where + 1] = { matcher = matcher_text(sub), sentences = sentences_of(g) }
      end
    end
    local both = combine(groups, para, nil, nil)
    if #both == 0 then return { what = "apart", matcher = matcher_text(m), parts = where } end
    if kind == "near" and #combine(groups, para, m.n, nil) == 0 then
      local best
      for _, c in ipairs(both) do
        local d = spread(c)
        if not best or d < best then best = d end
      end
      return { what = "too_far", matcher = matcher_text(m), window = m.n, closest = best }
    end
    for _, sub in ipairs(m.subs) do
      if sub.kind == "without" then
        local x = eval(sub.sub, para)
        if #x > 0 then
          local a = x[1].parts and x[1].parts[1] or x[1]
          return { what = "excluded", matcher = matcher_text(sub), hit = hit_record(a) }
        end
      end
    end
    return { what = "excluded", matcher = matcher_text(m) }
  end
  if kind == "before" then
    local A, B = eval(m.subs[1], para), eval(m.subs[2], para)
    if #A == 0 then return diagnose(m.subs[1], para) end
    if #B == 0 then return diagnose(m.subs[2], para) end
    return { what = "order", matcher = matcher_text(m), window = m.n }
  end
  if kind == "at_least" then
    local have, missing = {}, {}
    for _, sub in ipairs(m.subs) do
      if #eval(sub, para) > 0 then have[#have + 1] = matcher_text(sub) else missing[#missing + 1] = matcher_text(sub) end
    end
    return { what = "too_few", matcher = matcher_text(m), k = m.k, present = have, absent = missing }
  end
  return { what = "unknown", matcher = tostring(kind) }
end

trace_nomatch = function(r, rt, para)
  rt.nomatch = diagnose(r.match, para)
end

-- The cues of the framework and the rules, with their words in this paragraph.
local function trace_cues()
  local out, names = {}, {}
  for name in pairs(M.cues) do names[#names + 1] = name end
  sort(names)
  for _, name in ipairs(names) do
    local cue = M.cues[name]
    if cue.lid then
      local words = {}
      for _, a in ipairs(atoms(cue.lid)) do
        local w = hit_record(a)
        w.excepted = excepted(cue, a.first, a.last) or nil
        words[#words + 1] = w
      end
      local lead = cue.leadin and leadin(cue.lid) or nil
      if #words > 0 or lead then
        out[#out + 1] = { name = name, list = list_name(cue.lid), scope = cue.scope, window = cue.window,
                          words = words, leadin = lead }
      end
    end
  end
  return out
end

local function trace_tokens(p)
  local out = {}
  for i = 1, p.ntokens do
    local t = p:token(i)
    out[i] = { text = t.text, norm = t.norm, stem = t.stem, sentence = t.sentence }
  end
  return out
end

local function trace_hits()
  local out, lids = {}, {}
  for lid in pairs(hits_by_list()) do lids[#lids + 1] = lid end
  sort(lids)
  for _, lid in ipairs(lids) do
    for _, a in ipairs(atoms(lid)) do out[#out + 1] = hit_record(a) end
  end
  sort(out, function(a, b)
    if a.first ~= b.first then return a.first < b.first end
    if a.last ~= b.last then return a.last < b.last end
    return a.list < b.list
  end)
  return out
end

-- Does any list of matcher m have a hit here? (rules without one are left out of the trace)
local function touches(m)
  if m.kind == "any" then return hits_by_list()[m.lid] ~= nil end
  if m.kind == "without" then return false end
  for _, sub in ipairs(m.subs) do
    if touches(sub) then return true end
  end
  return false
end

function S.trace_paragraph(p, seq, n, part, where, index)
  cur_p, cur_H, cur_part, cur_where, cur_index = p, nil, part, where, index
  cache = {}
  local selected = {}
  for i = 1, n do selected[seq[i]] = true end
  local pt = { part = part, where = where, index = index, text = p.text, tokens = trace_tokens(p),
               hits = trace_hits(), cues = trace_cues(), rules = {} }
  TRACE.paragraphs[#TRACE.paragraphs + 1] = pt
  for slot, r in ipairs(rules) do
    if r.kind == "paragraph" and TRACE.rule and TRACE.rule ~= r.id then
      -- not asked about, but its findings are the scan's
      if selected[slot] then run(slot, eval_rule, r) end
    elseif r.kind == "paragraph" then
      local rt = { rule = r.id, scope = r.scope, matcher = matcher_text(r.match), candidates = {},
                   notes = {} }
      if selected[slot] then
        NOTES = rt.notes
        run(slot, eval_rule, r, rt)
        NOTES = nil
        if M.rule_failed(slot) then rt.error = true end
        pt.rules[#pt.rules + 1] = rt
      elseif r.asleep and M.rule_asleep(slot) and (TRACE.rule or touches(r.match)) then
        -- declared asleep, and no rule woke it in this document yet
        rt.asleep = true
        pt.rules[#pt.rules + 1] = rt
      elseif TRACE.rule or touches(r.match) then
        -- Not sent to Lua in a scan: C saw that its lists cannot all occur (in one sentence).
        rt.prefiltered = true
        rt.nomatch = diagnose(r.match, r.scope == "paragraph")
        pt.rules[#pt.rules + 1] = rt
      end
    end
  end
end

-- trace(fmt, ...) in a rule: a note for the candidate (or rule) being explained; nothing in scans.
function S.trace_note(fmt, ...)
  if not NOTES then return end
  local ok, text = pcall(string.format, tostring(fmt), ...)
  NOTES[#NOTES + 1] = ok and text or tostring(fmt)
end

function S.begin_trace(req)
  TRACE = { rule = req.rule, paragraphs = {}, document_rules = {} }
end

function S.end_trace()
  local t = TRACE
  TRACE = nil
  return t
end

---------------------------------------------------------------------------------------------
-- Documents
---------------------------------------------------------------------------------------------
local FINDING_FIELDS = {
  rule = "string", category = "string", severity = "string", confidence = "number",
  message = "string", basis = "string", suggestion = "string", part = "string", where = "string",
  paragraph = "number", start = "number", stop = "number",
}

local function normalize(f, r, i)
  if type(f) ~= "table" then error(r.pos .. ": temuan ke-" .. i .. " dari check bukan tabel", 0) end
  local main = DOC.parts[1] and DOC.parts[1].name or "word/document.xml"
  local out = {
    rule = r.id, category = r.category, severity = r.severity, confidence = r.confidence,
    message = text_of(r.message), basis = r.basis, suggestion = text_of(r.suggest),
    part = main, where = "body", paragraph = 0, start = 0, stop = 0,
  }
  for k, v in next, f do
    if k == "message" or k == "suggestion" then v = text_of(v) end
    local want = FINDING_FIELDS[k]
    if not want then error(r.pos .. ": temuan ke-" .. i .. ": field tidak dikenal '" .. tostring(k) .. "'", 0) end
    if type(v) ~= want then error(r.pos .. ": temuan ke-" .. i .. ": field '" .. k .. "' harus " .. want, 0) end
    out[k] = v
  end
  if not M.SEVERITIES[out.severity] then
    error(r.pos .. ": temuan ke-" .. i .. ": severity tidak dikenal '" .. out.severity .. "'", 0)
  end
  if r.message_fixed and out.rule == r.id then out.message = text_of(r.message) end
  return out
end

local function eval_doc_rule(r)
  local new = r.check(DOC)
  if new == nil then return end
  if type(new) ~= "table" then error(r.pos .. ": check harus mengembalikan tabel temuan atau nil", 0) end
  local list = rawget(DOC, "findings")
  if type(list) ~= "table" then error(r.pos .. ": doc.findings bukan tabel lagi", 0) end
  for i, f in ipairs(new) do list[#list + 1] = normalize(f, r, i) end
end

local para_cache = {}

-- doc.paragraphs(part): built once per part and document, then shared (do not modify).
local function doc_paragraphs(part)
  local key = part or ""
  local t = para_cache[key]
  if not t then
    t = M.doc_paragraphs(part)
    para_cache[key] = t
  end
  return t
end

-- doc.wake(id): the rule declared `asleep = true` runs from the next paragraph on, in this
-- document (C skips an asleep rule's paragraphs without calling Lua).
wake = function(id)
  local r = M.rules_by_id[id]
  if r and r.slot then priv_wake(r.slot) end
end

-- doc.vocab(list, region [, words]): how many distinct entries of a document_words list occur
-- in the memo's region ("all", "head" = the title area, "opening" = the first long paragraph,
-- "line" = first words of title-area lines; or a table of them), and with words, which ones.
local REGION = { all = 1, head = 2, opening = 4, line = 8 }
local function doc_vocab(name, region, words)
  local id = M.vocab_ids[name]
  if not id then error("doc.vocab: list '" .. tostring(name) .. "' is not in document_words", 2) end
  local bits = 0
  for _, r in ipairs(type(region) == "table" and region or { region or "all" }) do
    bits = bits | (REGION[r] or error("doc.vocab: unknown region '" .. tostring(r) .. "'", 2))
  end
  return M.doc_vocab(id, bits, words)
end

-- doc.letterhead, doc.parts and doc.memo come from C on first use: a memo no rule asks about
-- (most of an archive) never builds them.
local FACTS = { letterhead = true, parts = true, memo = true }
local lazy_facts = {
  __index = function(t, k)
    if not FACTS[k] then return nil end
    local f = M.doc_facts()
    rawset(t, "letterhead", f.letterhead)
    rawset(t, "parts", f.parts)
    rawset(t, "memo", f.memo or {})
    return rawget(t, k)
  end,
}

function S.begin_doc()
  F = {}
  para_cache = {}
  DOC = setmetatable({
    findings = F, lang = lang, paragraphs = doc_paragraphs, vocab = doc_vocab,
    state = {}, -- rules' own notes about this document, shared by every rule (see rule-api.md)
    wake = wake,
  }, lazy_facts)
end

-- A rule's declared severity is the most it reports: a finding above it (a check's verdict, a
-- document rule's finding or edit) is lowered to it.
local function cap_severities(list)
  local SEV, by_id = M.SEVERITIES, M.rules_by_id
  for _, f in ipairs(list) do
    if type(f) == "table" then
      local r = by_id[rawget(f, "rule")]
      local s = SEV[rawget(f, "severity")]
      if r and s and s > r.sev then rawset(f, "severity", r.severity) end
    end
  end
end

-- What a document rule did to doc.findings: added, changed (severity or message) and removed.
local function snapshot(list)
  local out = {}
  for i, f in ipairs(type(list) == "table" and list or {}) do
    if type(f) == "table" then
      out[f] = { i = i, severity = rawget(f, "severity"), message = rawget(f, "message") }
    end
  end
  return out
end

local function finding_ref(f)
  local function g(k)
    local v = rawget(f, k)
    return (type(v) == "string" or type(v) == "number") and v or nil
  end
  return { rule = g("rule"), category = g("category"), severity = g("severity"), part = g("part"),
           paragraph = g("paragraph"), start = g("start"), stop = g("stop"), message = g("message") }
end

local function trace_doc_rule(r)
  if TRACE.rule and TRACE.rule ~= r.id then
    run(r.slot, eval_doc_rule, r)
    return
  end
  local before = snapshot(rawget(DOC, "findings"))
  local dt = { rule = r.id, notes = {}, added = {}, changed = {}, removed = {} }
  NOTES = dt.notes
  run(r.slot, eval_doc_rule, r)
  NOTES = nil
  if M.rule_failed(r.slot) then dt.error = true end
  local after = rawget(DOC, "findings")
  local seen = {}
  for _, f in ipairs(type(after) == "table" and after or {}) do
    if type(f) == "table" then
      local b = before[f]
      seen[f] = true
      if not b then
        dt.added[#dt.added + 1] = finding_ref(f)
      elseif b.severity ~= rawget(f, "severity") or b.message ~= rawget(f, "message") then
        local c = finding_ref(f)
        c.was = { severity = b.severity, message = b.message }
        dt.changed[#dt.changed + 1] = c
      end
    end
  end
  for f in pairs(before) do
    if not seen[f] then dt.removed[#dt.removed + 1] = finding_ref(f) end
  end
  TRACE.document_rules[#TRACE.document_rules + 1] = dt
end

local function no_findings()
  local f = rawget(DOC, "findings")
  return type(f) == "table" and #f == 0
end

function S.end_doc()
  for _, r in ipairs(rules) do
    -- (under explain every document rule runs, so the trace shows it changed nothing)
    if r.kind == "document" and (TRACE or not (r.needs_findings and no_findings())) then
      if TRACE then trace_doc_rule(r) else run(r.slot, eval_doc_rule, r) end
    end
  end
  local out = rawget(DOC, "findings")
  if type(out) == "table" then cap_severities(out) end
  F, DOC, cur_p, cur_H, cache, para_cache = {}, {}, nil, nil, {}, {}
  return type(out) == "table" and out or {}
end

-- Every example of every rule, for the rules test: { slot, kind, example }.
function S.examples()
  local out = {}
  for _, r in ipairs(rules) do
    for _, kind in ipairs({ "flag", "pass" }) do
      for _, ex in ipairs(r.examples[kind]) do
        out[#out + 1] = { slot = r.slot, kind = kind, example = ex }
      end
    end
  end
  return out
end

---------------------------------------------------------------------------------------------
-- Paragraph methods written in Lua (C provides text, token, sentence, ...).
---------------------------------------------------------------------------------------------
local function add_methods(methods)
  -- p:hits("list") -> { {first=, last=, sentence=}, ... } for the current paragraph
  methods.hits = function(_, name)
    local l = M.lists[name]
    if not l then error("list '" .. tostring(name) .. "' tidak dikenal", 2) end
    local out = {}
    for _, a in ipairs(atoms(l.id)) do
      out[#out + 1] = { first = a.first, last = a.last, sentence = a.sent }
    end
    return out
  end
  -- p:enclosed(first, last, tok) -> true when tokens first..last sit in a parenthesis that
  -- closes before token tok, or in quotation marks while tok is not (a cue word there governs
  -- only the parenthesis or the quotation)
  methods.enclosed = function(p, first, last, tok)
    return enclosed_cue(p, first, last, tok)
  end
  -- p:cue("prohibition", tok) -> true when that cue applies to a match starting at token tok
  methods.cue = function(p, name, tok)
    local cue = M.cues[name]
    if not cue or not cue.lid then error("cue '" .. tostring(name) .. "' tidak dikenal", 2) end
    if math.type(tok) ~= "integer" then error("cue: nomor token harus bilangan bulat", 2) end
    local sent = p:sentence(tok)
    return cue_applies(cue, tok, sent, { { sent = sent } }) and true or false
  end
end

function S.setup(m, priv)
  M = m
  run, span, leadin, para_hits = priv.run, priv.span, priv.leadin, priv.para_hits
  rules, list_order, lang = m.rules, m.list_order, priv.lang
  M.paragraph, M.begin_doc, M.end_doc, M.examples = S.paragraph, S.begin_doc, S.end_doc, S.examples
  M.trace_paragraph, M.begin_trace, M.end_trace = S.trace_paragraph, S.begin_trace, S.end_trace
  M.trace_note = S.trace_note
  M.rule_failed = priv.rule_failed
  priv_wake, M.rule_asleep = priv.wake, priv.asleep
  M.doc_paragraphs, M.doc_vocab, M.doc_facts = priv.doc_paragraphs, priv.doc_vocab, priv.doc_facts
  add_methods(priv.methods)
end

return S
