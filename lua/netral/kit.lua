-- netral/kit.lua - the rule kit: helpers the neutrality rules share (the candidate-reference matcher,
-- context tests, severity grading, per-document notes, legal bases). Part of the framework: any rule
-- file in any folder loads it with `require "netral.kit"`. Runs in a rule environment; defines the
-- `directive` cue and no rule. Its per-document notes live on `doc.state.kit`, never in this module.
--
-- Grading follows the rspamd / Purview idea: a partisan act next to a candidate reference is the
-- primary match; a directive or appeal addressed to staff in the same sentence (or in the lead-in
-- of a list) is the supporting evidence that makes it `high`. Without it the act is `medium`
-- (something the memo itself states or arranges); with only a weak reference it is `low`.
local C = {}

-- Lists that name a candidate, pair or party on their own.
-- target_* are filled by the C recogniser (lists/targets.lua): a candidate named from the shape
-- and context of the memo, an anaphor resolved to one, a campaign-shaped slogan or hashtag.
C.STRONG = { "candidate_refs", "candidate_names", "party_names", "party_refs",
             "number_refs_strong", "candidate_slogans", "target_person", "target_anaphor",
             "target_slogan" }
-- References that need context: "nomor 1" needs election words, "beliau" an earlier name.
C.WEAK = { "number_refs_weak", "candidate_anaphora" }
-- References that name someone only in a certain shape (see C.ref_strength): "pasangan" before a
-- name ("pasangan BERSINAR", "pasangan Haji Ramli – Yuliana"), pair acronyms in capitals ("AMIN").
C.SHAPED = { "pair_heads", "candidate_acronyms" }

local STRONG_SET, WEAK_SET = {}, {}
for _, n in ipairs(C.STRONG) do STRONG_SET[n] = true end
for _, n in ipairs(C.WEAK) do WEAK_SET[n] = true end
-- Shaped references grade like weak ones: a hit alone proves nothing.
for _, n in ipairs(C.SHAPED) do WEAK_SET[n] = true end
C.STRONG_SET, C.WEAK_SET = STRONG_SET, WEAK_SET

-- Any candidate reference, strong or weak (rules grade the weak ones in check).
function C.ref()
  return at_least(1, any "candidate_refs", any "candidate_names", any "party_names",
                  any "party_refs", any "number_refs_strong", any "candidate_slogans",
                  any "number_refs_weak", any "candidate_anaphora", any "pair_heads",
                  any "candidate_acronyms", any "target_person", any "target_anaphor",
                  any "target_slogan")
end

-- Only the strong references.
function C.strong_ref()
  return at_least(1, any "candidate_refs", any "candidate_names", any "party_names",
                  any "party_refs", any "number_refs_strong", any "candidate_slogans",
                  any "target_person", any "target_anaphor", any "target_slogan")
end

-- Supporting evidence: a directive in the sentence, or in the lead-in of a list item.
cue { name = "directive", list = "directives", scope = "sentence", leadin = true }
-- "Menurunkan baliho ... dengan tulisan sebagai berikut:" then the slogan: what a removal order's
-- lead-in introduces is the material it removes (read by C.grade through C.removal_leadin)
cue { name = "removal_leadin", list = "removal_acts", scope = "before", window = 0, leadin = true }

---------------------------------------------------------------------------------------------
-- Hits
---------------------------------------------------------------------------------------------
-- The sentences a match touches, as a set.
function C.sentences(m)
  local s = {}
  for _, h in ipairs(m.hits) do s[h.sentence] = true end
  s[m.sentence] = true
  return s
end

-- Hits of `list` in the given sentence set (nil = whole paragraph).
function C.hits_in(p, list, sents)
  local out = {}
  for _, h in ipairs(p:hits(list)) do
    if not sents or sents[h.sentence] then out[#out + 1] = h end
  end
  return out
end

function C.has(p, list, sents)
  return #C.hits_in(p, list, sents) > 0
end

local function covers(outer, h)
  return outer.first <= h.first and outer.last >= h.last
end

-- True when hit h lies inside a hit of `list` (an antipattern such as "hak pilih").
function C.inside(p, h, list)
  for _, b in ipairs(p:hits(list)) do
    if covers(b, h) then return true end
  end
  return false
end

-- The hits of the match that came from the given lists (a set of names).
function C.parts(m, set)
  local out = {}
  for _, h in ipairs(m.hits) do
    if set[h.list] then out[#out + 1] = h end
  end
  return out
end

---------------------------------------------------------------------------------------------
-- Context
---------------------------------------------------------------------------------------------
-- Word comments are reviewers' notes about the memo (including Netral's own annotations, which
-- quote the legal bases); they are not the memo's content.
function C.in_comment(p)
  return p.where == "comment"
end

-- The words of tokens first..last of p.
function C.words(p, first, last)
  local s, e = p:span(first, last or first)
  return p.text:sub(s + 1, e)
end

-- The memo forbids, warns against or reports the act instead of ordering it: a prohibition in the
-- lead-in of the list, before the end of the match in its sentence, or a strong one anywhere in
-- the sentence; or reporting words in the sentence. The second result says which (for explain).
function C.forbidden(p, m)
  local sents = C.sentences(m)
  -- Token 1 has nothing before it, so this only asks about the list's lead-in.
  if p:cue("prohibition", 1) then return true, "lead-in" end
  for _, h in ipairs(C.hits_in(p, "cue_prohibition", sents)) do
    -- "jangan lupa coblos ..." urges; it is not a prohibition.
    if h.first <= m.last and not C.inside(p, h, "cue_prohibition_not") and
       not p:enclosed(h.first, h.last, m.first) then
      return true, C.words(p, h.first, h.last)
    end
  end
  local strong = C.hits_in(p, "cue_prohibition_strong", sents)[1]
  if strong then return true, C.words(p, strong.first, strong.last) end
  -- a report's results, not a target still to be won ("target perolehan suara")
  for _, h in ipairs(C.hits_in(p, "report_markers", sents)) do
    if not C.inside(p, h, "report_markers_not") then return true, C.words(p, h.first, h.last) end
  end
  return false
end

-- Under `netral explain`: a note in the document's language; returns false (drop the candidate).
function C.why(doc, id, en, ...)
  trace(doc and doc.lang == "en" and en or id, ...)
  return false
end

-- A negation right before one of the act words ("tidak mendukung", "bukan kampanye").
function C.negated(p, m, acts)
  for _, h in ipairs(m.hits) do
    if acts[h.list] and p:cue("negation", h.first) then return true end
  end
  return false
end

-- The act and what it is done to are not linked in one positive clause: a negation between them
-- ("unggahan akun resmi ... tidak memuat foto, nama atau slogan Bupati": the posts must not carry
-- the candidate) or a ';' (another item: "... pasangan calon lainnya; baliho program ...
-- diganti"). For rules whose act is a doing towards the target (opts.inner_negation of C.grade);
-- not for conditions, whose negations are the threat ("tidak diberikan").
-- The tokens strictly between hits x and y (nil when they touch or overlap).
local function tokens_between(x, y)
  local lo, hi = math.min(x.last, y.last), math.max(x.first, y.first)
  if hi <= lo then return nil end
  return lo, hi
end

-- A ';' between hits x and y: they belong to two orders (two items of a list).
local function semicolon_between(p, x, y)
  local lo, hi = tokens_between(x, y)
  if not lo then return false end
  local a, b = p:span(lo, hi)
  return p.text:sub(a + 1, b):find(";", 1, true) ~= nil
end

-- A negation (not an excepted phrase) strictly between hits x and y.
function C.negation_between(p, x, y)
  local lo, hi = tokens_between(x, y)
  if not lo then return false end
  for _, n in ipairs(p:hits("cue_negation")) do
    if n.first > lo and n.last < hi and not C.inside(p, n, "cue_negation_not") then return true end
  end
  return false
end

-- Hit h is the object of a negated predicate: a negation at most `span` tokens before it in the
-- same sentence, with no ';' between, and the negation not inside a relative clause ("tidak
-- mendampingi, memfasilitasi atau mendokumentasikan kegiatan kampanye yang bersangkutan" says
-- what staff do not do; "Pegawai yang tidak hadir pada kampanye akbar dicatat" is a condition
-- on those who stay away, and stays an order).
function C.negated_object(p, h, span)
  span = span or 6
  local sent = p:token(h.first).sentence
  for _, n in ipairs(p:hits("cue_negation")) do
    if n.last < h.first and h.first - n.last <= span and p:token(n.first).sentence == sent and
       not C.inside(p, n, "cue_negation_not") and not semicolon_between(p, n, h) then
      local before = n.first > 1 and p:token(n.first - 1) or nil
      if not (before and (before.norm == "yang" or before.norm == "yg")) then return true end
    end
  end
  return false
end

function C.negated_between(p, m, acts)
  local act, ref
  for _, h in ipairs(m.hits) do
    if acts[h.list] then act = act or h
    elseif STRONG_SET[h.list] or WEAK_SET[h.list] then ref = ref or h end
  end
  if not (act and ref) then return false end
  return semicolon_between(p, act, ref) or C.negation_between(p, act, ref)
end

-- A prohibition anywhere in the match's sentences (C.forbidden asks only before the match's
-- end). For the framed rules, whose match starts at the frame's mark on the paragraph's first
-- word: "Perangkat daerah yang menerima permintaan ... (tenda, kendaraan) agar menolak dan
-- melaporkannya".
function C.forbidden_anywhere(p, m)
  for _, h in ipairs(C.hits_in(p, "cue_prohibition", C.sentences(m))) do
    if not C.inside(p, h, "cue_prohibition_not") and not p:enclosed(h.first, h.last, m.last) then
      return true
    end
  end
  return false
end

-- Partisan paragraphs before this one (for rules whose paragraph only gives logistics, money or
-- facilities for what the paragraphs before arranged). The notes are C.note's (C.grade).
-- Paragraph indexes to look back at: the two paragraphs before, where a whole table counts as one
-- (a duty roster's partisan rows, then "Pegawai membawa laptop kantor" under the table).
local function look_back(p, doc)
  local paras = doc.paragraphs(p.part) or {}
  local pos
  for i, q in ipairs(paras) do
    if q.index == p.index then pos = i break end
  end
  local out = {}
  if not pos then return { p.index - 1, p.index - 2 } end
  local units, i = 0, pos - 1
  while i >= 1 and units < 2 and #out < 60 do
    local q = paras[i]
    out[#out + 1] = q.index
    local blank = not (q.text or ""):find("%S")
    local in_table = q.where == "table" and paras[i - 1] and paras[i - 1].where == "table"
    if not blank and not in_table then units = units + 1 end
    i = i - 1
  end
  return out
end

-- A campaign activity needs no particular candidate: mobilising staff to every pair's rally is a
-- breach, and so is the office car that takes them there.
local function partisan_note(n)
  if n.severity ~= "medium" and n.severity ~= "high" then return false end
  return n.category == "campaign-activity" or (n.strength >= 3 and n.category == "endorsement")
end

-- A candidate's slogan or appeal in the paragraphs just before (an endorsement note of a
-- particular candidate, at any severity: a slogan quoted as a memo's theme is only info until a
-- later paragraph puts it to use).
function C.slogan_before(p, doc)
  local by = C.notes(doc).by_para[p.part]
  if not by then return false end
  for _, idx in ipairs(look_back(p, doc)) do
    for _, n in ipairs(by[idx] or {}) do
      if n.category == "endorsement" and n.strength >= 3 then return true end
    end
  end
  return false
end

-- Any partisan note on an earlier paragraph of this part? Most memos have none, and then the
-- paragraph list need not be built at all.
function C.any_partisan_earlier(p, doc)
  for idx, list in pairs(C.notes(doc).by_para[p.part] or {}) do
    if idx < p.index then
      for _, n in ipairs(list) do
        if partisan_note(n) then return true end
      end
    end
  end
  return false
end

-- The strongest partisan note in the paragraphs just before (nil when none): how particular the
-- target of the logistics is, for the document rules.
function C.partisan_before(p, doc)
  if not C.any_partisan_earlier(p, doc) then return nil end
  local best
  for _, idx in ipairs(look_back(p, doc)) do
    for _, n in ipairs(C.para_notes(doc, p.part, idx) or {}) do
      if partisan_note(n) then
        local st = n.all_pairs and 1 or n.strength
        best = math.max(best or 0, st)
      end
    end
  end
  return best
end

-- How particular the target of the paragraph's frame is, for C.note: 3 when the subject, title,
-- opening or lead-in names a candidate or team, 1 when it names only an event or every pair alike
-- ("rapat umum ketiga pasangan calon": mobilising, but support for no one).
function C.frame_strength(p)
  local f = p.frame
  return (f and f.target and not f.all_pairs) and 3 or 1
end

-- A paragraph hands out office aid or goods as a candidate's (the programme rules say so, for
-- the document rule inducement.programme-gift).
function C.programme_gift(doc, p)
  local st = doc.state
  st.programme_gifts = st.programme_gifts or {}
  st.programme_gifts[p.part .. "#" .. p.index] = true
end

-- A paragraph makes the office's own programme or aid (BLT, bansos, seed aid, PKH) depend on
-- support for a candidate: the office's distribution decision favours them (for the document
-- rule state-facility.programme-condition). Staff pay and posts are not programmes.
function C.programme_condition(doc, p, m)
  for _, h in ipairs(m.hits) do
    if h.list == "office_programmes" then
      local st = doc.state
      st.programme_conditions = st.programme_conditions or {}
      st.programme_conditions[p.part .. "#" .. p.index] = true
      return
    end
  end
end

-- Directive words in a lead-in ("Kami minta Saudara sekalian:") apply to the items under it.
function C.leadin_directive(p)
  -- C sets it (netral/init.lua's cue directive_leadin): token 1 has nothing before it, so this
  -- only asks about the lead-in
  return p:cue("directive_leadin", 1)
end

-- A sentence that opens with an imperative: a bare act verb ("Pasang", "Pilih") or a verb with
-- an imperative suffix and no prefix ("Gunakan", "Bagikan", "Sebarkanlah").
local PREFIXES = { "me", "di", "ber", "ter", "pe", "ke", "se" }

function C.imperative(p, m)
  for s in pairs(C.sentences(m)) do
    local first
    for _, h in ipairs(m.hits) do
      if h.sentence == s then
        local _, a = p:sentence(h.first)
        first = a
        break
      end
    end
    if first then
      for _, h in ipairs(p:hits("imperative_roots")) do
        if h.first == first then return true end
      end
      local tok = p:token(first)
      local w = tok.norm or ""
      if tok.capital and #w > 5 and (w:find("kan$") or w:find("lah$")) then
        local prefixed = false
        for _, pre in ipairs(PREFIXES) do
          if w:sub(1, #pre) == pre then prefixed = true end
        end
        if not prefixed then return true end
      end
    end
  end
  return false
end

-- An appeal word in quotation marks is the quoted text's ("Stiker ... \"Ayo Coblos Loro\""), when
-- the match itself is not quoted.
local function appeal_outside_quotes(p, m)
  local mq = p:token(m.first).quoted
  for _, h in ipairs(C.hits_in(p, "appeals", C.sentences(m))) do
    if mq or not p:token(h.first).quoted then return true end
  end
  return false
end

function C.directive(p, m, doc)
  return p:cue("directive", m.first) or appeal_outside_quotes(p, m)
    or C.imperative(p, m) or (doc ~= nil and C.leadin_directive(p, doc))
end

-- The paragraph opens with a closing formula ("Demikian ...", "Atas perhatian dan kehadiran
-- ..."): for the framed rules, whose match starts at the frame's mark on the first word.
function C.closing(p)
  for _, h in ipairs(p:hits("closing_formulas")) do
    if h.first == 1 then return true end
  end
  return false
end

-- The office keeps order or removes material ("pengamanan kampanye", "menertibkan baliho"); a
-- security word that only names a vehicle ("mobil patroli") is not such work.
-- A context word (policing, lawful election business) governs the match unless it is negated
-- ("sebagai peserta, bukan sebagai petugas pengamanan") or, given the match m, a ';' parts it
-- from the match: "melaksanakan pengamanan ... ; serta menghadiri seluruh kampanye rapat umum
-- ... sebagai peserta" is two orders.
local function governs(p, h, m)
  if p:cue("negation", h.first) then return false end
  return not (m and semicolon_between(p, h, m))
end

function C.security(p, sents, m)
  for _, h in ipairs(C.hits_in(p, "cue_security", sents)) do
    if not C.inside(p, h, "state_facilities") and governs(p, h, m) then return true end
  end
  return false
end

-- Lawful election business in the sentences (lending a hall to the KPU, party funding by law),
-- unless the election body is only where a schedule comes from ("sesuai jadwal KPU").
function C.lawful(p, sents, m)
  for _, h in ipairs(C.hits_in(p, "cue_lawful", sents)) do
    if not C.inside(p, h, "cue_lawful_not") and governs(p, h, m) then return true end
  end
  return false
end

-- "Kampanye Cegah Stunting", "Deklarasi Zona Integritas": public programmes, not campaigns; and
-- "pengamanan kampanye", "menertibkan baliho": the office keeps order, it does not take part.
function C.public_program(p, m)
  local sents = C.sentences(m)
  return C.has(p, "cue_public_program", sents) or C.security(p, sents, m)
end

function C.addresses_staff(p, m)
  return C.has(p, "staff_refs", C.sentences(m))
end

---------------------------------------------------------------------------------------------
-- Candidate references
---------------------------------------------------------------------------------------------
-- The kit's notes about the document being scanned, kept on the document object the engine gives
-- every rule (doc.state, fresh for each document), so every copy of a rule, and every rule folder,
-- sees the same notes.
function C.notes(doc)
  local st = doc.state
  local n = st.kit
  if not n then
    -- strong: matches naming a particular candidate; by_para: part -> paragraph -> notes
    n = { strong = 0, by_para = {} }
    st.kit = n
  end
  return n
end

-- The notes of one paragraph (nil when none), without scanning the whole memo's list.
function C.para_notes(doc, part, index)
  local t = C.notes(doc).by_para[part]
  return t and t[index]
end

-- A reference to nobody in particular: inside "salah satu pasangan calon", or right before
-- "mana pun" / "tertentu".
function C.neutral(p, h)
  for _, n in ipairs(p:hits("neutral_refs")) do
    if (n.first <= h.last and n.last >= h.first) or (n.first > h.last and n.first <= h.last + 2) then
      return true
    end
  end
  return false
end

-- A generic reference ("pasangan calon", "calon Bupati") points at one candidate when its
-- sentence also has an identifier: a ballot number, a name, a party, "petahana", or a title
-- right after it ("calon anggota DPD Sdr. ...").
local IDENTIFIERS = { "number_refs_strong", "number_refs_weak", "candidate_names", "party_names",
                      "candidate_slogans", "candidate_anaphora", "candidate_identifiers" }

local function identified(p, h)
  local sents = { [h.sentence] = true }
  for _, l in ipairs(IDENTIFIERS) do
    if C.has(p, l, sents) then return true end
  end
  for _, t in ipairs(p:hits("name_titles")) do
    if t.first > h.last and t.first <= h.last + 4 then return true end
  end
  -- "capres 01", "cabup 2": a ballot number (one or two digits, not a year) right after it.
  for j = h.last + 1, math.min(p.ntokens, h.last + 2) do
    local tok = p:token(j)
    if tok.number and #(tok.norm or tok.text or "") <= 2 then return true end
  end
  return false
end

-- Two capitalised words joined by a dash ("Hendri–Yusnaini", "Ramli – Yuliana"): the way memos
-- name a candidate pair. Only ever asked next to a pair or team word, never on its own.
local DASHES = { "-", "\u{2013}", "\u{2014}" }

function C.dash_pair(p, i)
  if i < 1 or i >= p.ntokens then return false end
  local a, b = p:token(i), p:token(i + 1)
  if not (a.capital and b.capital) or a.number or b.number then return false end
  local gap = p.text:sub(a.stop + 1, b.start):gsub("%s", "")
  for _, d in ipairs(DASHES) do
    if gap == d then return true end
  end
  return false
end

-- A dash-joined pair of names starts within `window` tokens after token `last`.
function C.named_pair_after(p, last, window)
  for i = last + 1, math.min(p.ntokens - 1, last + window) do
    if C.dash_pair(p, i) then return true end
  end
  return false
end

-- "pasangan" followed by a name: a capitalised word (after any titles) that is not a staff word,
-- or a dash-joined pair of names close by. "pasangan calon" and "pasangan usia subur" are not.
local function pair_named(p, h)
  if C.inside(p, h, "pair_bait") then return false end
  local j = h.last + 1
  local moved = true
  while moved and j <= p.ntokens do
    moved = false
    for _, t in ipairs(p:hits("name_titles")) do
      if t.first == j then j, moved = t.last + 1, true end
    end
  end
  if j > p.ntokens then return false end
  local tok = p:token(j)
  if not tok.capital or tok.number then return false end
  for _, s in ipairs(p:hits("staff_refs")) do
    if s.first <= j and s.last >= j then return false end
  end
  return true
end

-- A strong reference that names someone in particular (not inside neutral_refs: "pendukung paslon
-- tertentu", "paslon mana pun"), in the sentences `sents` (nil: anywhere in the paragraph).
function C.particular_ref(p, sents)
  for _, l in ipairs(C.STRONG) do
    for _, h in ipairs(C.hits_in(p, l, sents)) do
      if not C.neutral(p, h) then return true end
    end
  end
  return false
end

-- A strong reference earlier in the paragraph that an anaphor ("beliau", "pasangan tersebut") can
-- point back to ("... calon Bupati nomor urut 1. Mohon dukungan agar beliau ...").
local function antecedent(p, h)
  for _, l in ipairs(C.STRONG) do
    for _, r in ipairs(p:hits(l)) do
      if r.last < h.first and not C.neutral(p, r) and
         (l ~= "candidate_refs" or identified(p, r)) then
        return true
      end
    end
  end
  return false
end

-- A candidate's name right after an office title ("Menteri Pertahanan Prabowo"), not preceded by
-- "calon", in a sentence without election words.
function C.as_official(p, h, sents)
  if C.has(p, "election_words", sents) or C.has(p, "vote_verbs", sents) then return false end
  for _, t in ipairs(p:hits("official_titles")) do
    if t.last < h.first and t.last >= h.first - 3 then
      for _, c in ipairs(p:hits("candidate_refs")) do
        if c.first <= t.first and c.last >= t.first then return false end -- "calon presiden"
      end
      return true
    end
  end
  return false
end

-- The number of a "nomor N" hit is a letter or regulation number: three digits or more, or
-- followed by "/" or "." and more digits ("Nomor 41/DPC/2024", "Nomor 7 Tahun 2017" is caught
-- by "tahun" after it). Ballot numbers are one or two digits.
function C.letter_number(p, h)
  for i = h.first, h.last do
    local tok = p:token(i)
    if tok.number then
      if #(tok.norm or "") > 2 then return true end
      local nxt = p.text:sub(tok.stop + 1, tok.stop + 2)
      if nxt:find("^[/%.]%d") or nxt:find("^/") then return true end
      if i < p.ntokens and p:token(i + 1).norm == "tahun" then return true end
    end
  end
  return false
end

-- A removal or policing act governs the sentence: the office takes campaign material down or
-- keeps order around a rally, and what it names is the object of that act.
function C.removal(p, sents)
  local removes = p:hits("removal_acts")
  if #removes == 0 then return false end
  -- the removal's object: campaign material or a candidate named within ten words after it
  local objects = {}
  for _, l in ipairs({ "campaign_materials", "target_slogan", "candidate_refs", "number_refs_strong",
                       "target_person", "candidate_names", "party_names" }) do
    for _, h in ipairs(p:hits(l)) do objects[#objects + 1] = h end
  end
  local in_par = false
  for _, r in ipairs(removes) do
    -- "mengamankan suara untuk pasangan nomor 1", "mengamankan minimal 300 suara bagi ...":
    -- it secures votes; it removes nothing
    local votes = C.inside(p, r, "support_verbs")
    for i = r.last + 1, math.min(r.last + 4, p.ntokens) do
      local w = p:token(i).norm
      if w == "suara" or w == "suaranya" or w == "pemilih" then votes = true end
    end
    for _, o in ipairs(votes and {} or objects) do
      if o.sentence == r.sentence and o.first > r.last and o.first - r.last <= 10 then
        if sents[r.sentence] then return true end
        in_par = true
      end
    end
  end
  -- "Copot semua baliho paslon. Termasuk baliho bertuliskan “...”": the material named in the
  -- sentence, or quoted there, is the one the paragraph removes.
  if not in_par then return false end
  if C.has(p, "campaign_materials", sents) then return true end
  for s in pairs(sents) do
    for i = 1, p.ntokens do
      local tok = p:token(i)
      if tok.sentence == s and tok.quoted then return true end
    end
  end
  return false
end

-- For paragraph-wide verdicts in a check: true the first time a rule asks about a paragraph, false
-- after, so a paragraph with forty candidate matches is judged once, not forty times.
function C.first_look(doc, p, rule)
  local st = doc.state
  st.looked = st.looked or {}
  local key = rule .. "\0" .. p.part .. "\0" .. p.index
  if st.looked[key] then return false end
  st.looked[key] = true
  return true
end

-- The paragraph refuses a request ("Rapat sepakat menolak permintaan tersebut", "permohonan
-- tersebut tidak dapat kami kabulkan"): what the request asked for is not the memo's act.
function C.refused(p)
  return C.has(p, "refusals")
end

-- "pasangan yang telah disepakati", "calon yang kita dukung": a particular candidate, chosen by
-- the group and left unnamed (list agreed_refs right after the reference).
local function agreed_after(p, h)
  for _, a in ipairs(p:hits("agreed_refs")) do
    if a.first == h.last + 1 and a.sentence == h.sentence then return true end
  end
  return false
end

-- 3: a reference to a particular candidate; 2: a weak one backed by context ("nomor 1" in a
-- sentence about the election, "beliau" after a name); 1: a generic one alone ("memilih pasangan
-- calon sesuai hati nurani"); 0: none usable.
function C.ref_strength(p, m, doc)
  local best = 0
  local sents = C.sentences(m)
  for _, h in ipairs(m.hits) do
    if (STRONG_SET[h.list] or WEAK_SET[h.list]) and C.neutral(p, h) then -- luacheck: ignore 542
      -- "paslon mana pun", "salah satu pasangan calon": nobody in particular.
    elseif h.list == "candidate_refs" then
      best = math.max(best, (identified(p, h) or agreed_after(p, h)) and 3 or 1)
    elseif h.list == "party_refs" and (h.first == h.last or p:token(h.last).norm == "politik") then
      -- "partai politik", "parpol": every party, none in particular, unless one is named
      best = math.max(best, (identified(p, h) or agreed_after(p, h)) and 3 or 1)
    elseif h.list == "candidate_names" and C.as_official(p, h, sents) then -- luacheck: ignore 542
      -- "Menteri Pertahanan Prabowo Subianto meresmikan ...": the office, not the candidate.
    elseif STRONG_SET[h.list] then
      best = 3
    elseif h.list == "pair_heads" then
      if pair_named(p, h) or C.named_pair_after(p, h.last, 3) or agreed_after(p, h) then best = 3 end
    elseif h.list == "candidate_acronyms" then
      if p:token(h.first).allcaps then best = 3 end
    elseif h.list == "candidate_anaphora" and antecedent(p, h) then
      best = 3
    elseif h.list == "candidate_anaphora" and C.notes(doc).strong > 0 and
           not C.inside(p, h, "vague_anaphora") then
      -- "pasangan tersebut" after a memo that already named the pair.
      best = 3
    elseif h.list == "number_refs_weak" then
      -- "Nomor 612/PL.02/2024": a letter's number, not a ballot number.
      -- the election named in its sentence, or elsewhere in the same paragraph (a pasted voice
      -- note: "... ikut kampanye di Lapangan Oesapa ... Nomor 3 harus menang di Oesapa")
      if not C.letter_number(p, h) and
         (C.has(p, "election_words", sents) or C.has(p, "candidate_refs", sents) or
          (p.nsentences > 1 and C.has(p, "election_words"))) then
        best = math.max(best, 2)
      end
    elseif WEAK_SET[h.list] then
      if C.notes(doc).strong > 0 or C.has(p, "election_words", sents) then
        best = math.max(best, 2)
      end
    end
  end
  return best
end

-- Rules declared `asleep = true` that wake once the memo has a partisan finding (medium or
-- higher, any category but letterhead): they read what only matters in a partisan memo and cost
-- nothing in the others (C skips an asleep rule without calling Lua).
local partisan_waiters = {}
function C.wake_on_partisan(id)
  partisan_waiters[#partisan_waiters + 1] = id
end

-- Remember that this paragraph holds a candidate reference and a partisan act, for the document
-- rules (endorsement by partisan acts, letterhead misuse); the first partisan one wakes the rules
-- waiting for it.
function C.note(doc, p, m, category, severity, strength)
  local n = C.notes(doc)
  if strength >= 3 then n.strong = n.strong + 1 end
  if not n.woken and (severity == "medium" or severity == "high") and
     category ~= "letterhead-misuse" then
    n.woken = true
    for _, id in ipairs(partisan_waiters) do doc.wake(id) end
  end
  -- every pair alike ("kampanye terbuka ketiga paslon"): an act, but support for nobody
  local all_pairs = C.has(p, "neutral_refs", C.sentences(m))
  local note = { category = category, severity = severity, part = p.part, where = p.where,
                 paragraph = p.index, start = m.start, stop = m.stop, strength = strength,
                 all_pairs = all_pairs }
  local part = n.by_para[p.part]
  if not part then
    part = {}
    n.by_para[p.part] = part
  end
  local list = part[p.index]
  if not list then
    list = {}
    part[p.index] = list
  end
  list[#list + 1] = note
end

---------------------------------------------------------------------------------------------
-- Grading
---------------------------------------------------------------------------------------------
-- Every act word of the match lies inside a reference ("usung" in "partai pengusung"): no act.
function C.acts_inside_refs(m, acts)
  local any_act = false
  for _, a in ipairs(m.hits) do
    if acts[a.list] then
      any_act = true
      local inside = false
      for _, r in ipairs(m.hits) do
        if (STRONG_SET[r.list] or WEAK_SET[r.list]) and r.first <= a.first and r.last >= a.last then
          inside = true
        end
      end
      if not inside then return false end
    end
  end
  return any_act
end

-- The usual verdict for a partisan act with a candidate reference. opts:
--   acts     set of list names that are the act (for the negation test)
--   category the rule's category (for the notes)
--   base     severity without a directive ("medium" by default)
--   bait     list name of antipatterns: drop the match when an act hit lies inside one
--   strength the reference strength to grade with (default: C.ref_strength)
--   note_strength what the document notes record (default: strength)
-- The act is quoted: every act word of the match lies inside quotation marks embedded in a
-- sentence of the memo's own ("stiker bertuliskan “Coblos Nomor 1”" names what is removed). A
-- whole paragraph in quotes (a pasted broadcast, a voice-note transcript) is the memo's content.
local QUOTE_INTRO = { bertuliskan = true, tulisan = true, bertulis = true, berbunyi = true,
  bunyi = true, berisi = true, isi = true, slogan = true, jargon = true, tagline = true,
  bergambar = true, mengutip = true, kutipan = true, menulis = true, menuliskan = true,
  mengatakan = true, berkata = true, kata = true, ucapan = true, pesan = true, status = true,
  menyebut = true, menyebutkan = true, caption = true, teks = true, tagar = true, stiker = true,
  spanduk = true, baliho = true, seperti = true, yakni = true, yaitu = true, bahwa = true }

function C.quoted(p, m, acts)
  local any_act, first = false, nil
  for _, h in ipairs(m.hits) do
    if not acts or acts[h.list] then
      any_act = true
      -- a phrase that starts inside the quotation belongs to it ("“... 2 Periode” depan")
      if not p:token(h.first).quoted then return false end
      first = first and math.min(first, h.first) or h.first
    end
  end
  if not any_act then return false end
  -- Scare quotes are the memo's own words ("agar 'kembali memimpin'"); a quotation is introduced
  -- ("stiker bertuliskan “Coblos Nomor 1”", "pesan yang berbunyi ..."), or fills a table cell.
  local q = first
  while q > 1 and p:token(q - 1).quoted do q = q - 1 end
  local introduced = p.where == "table"
  for i = math.max(1, q - 4), q - 1 do
    if QUOTE_INTRO[p:token(i).norm or ""] then introduced = true end
  end
  if not introduced and not C.has(p, "report_markers") then return false end
  local _, a, b = p:sentence(m.first)
  local outside = 0
  for i = a or 1, b or p.ntokens do
    if not p:token(i).quoted then outside = outside + 1 end
  end
  -- a table cell quoting a sticker or banner ("“Coblos No. 5 ...” (caleg DPRD)") needs less
  return outside >= (p.where == "table" and 1 or 3)
end

-- A number token that is a date or a count, not a ballot number: followed by a month or a unit,
-- preceded by "tanggal" ("coblos) dilaksanakan 29 November", "pilih 2 orang").
local MONTHS = { januari = 1, februari = 1, maret = 1, april = 1, mei = 1, juni = 1, juli = 1,
  agustus = 1, september = 1, oktober = 1, november = 1, desember = 1, jan = 1, feb = 1, mar = 1,
  apr = 1, jun = 1, jul = 1, agu = 1, agt = 1, sep = 1, okt = 1, nov = 1, des = 1, tahun = 1,
  orang = 1, kali = 1, hari = 1, jam = 1, menit = 1, persen = 1, unit = 1, buah = 1 }
function C.date_number(p, i)
  local tok = p:token(i)
  if not tok.number then return false end
  if #(tok.norm or "") > 2 then return true end
  if i < p.ntokens and MONTHS[p:token(i + 1).norm or ""] then return true end
  if i > 1 and (p:token(i - 1).norm == "tanggal" or p:token(i - 1).norm == "tgl") then return true end
  -- a time of day: "07.00", "09:30" (the hour, a '.' or ':' and two digits), or after "pukul"/"jam"
  if i < p.ntokens then
    local nx = p:token(i + 1)
    if nx.number and #(nx.norm or "") == 2 and nx.start == tok.stop + 1 and
       (p.text:sub(tok.stop + 1, tok.stop + 1) == "." or p.text:sub(tok.stop + 1, tok.stop + 1) == ":") then
      return true
    end
  end
  if i > 1 then
    local pv = p:token(i - 1)
    if pv.number and #(tok.norm or "") == 2 and tok.start == pv.stop + 1 and
       (p.text:sub(pv.stop + 1, pv.stop + 1) == "." or p.text:sub(pv.stop + 1, pv.stop + 1) == ":") then
      return true -- the minutes of "07.00"
    end
    if pv.norm == "pukul" or pv.norm == "jam" then return true end
  end
  return false
end

function C.grade(m, p, doc, opts)
  local why = C.why
  if C.in_comment(p) then
    return why(doc, "di dalam komentar Word, bukan isi memo", "inside a Word comment, not the memo's text")
  end
  if opts.acts and C.quoted(p, m, opts.acts) then
    return why(doc, "kata tindakan ada di dalam kutipan (tulisan yang dikutip, bukan perintah memo)",
               "the act words are inside a quotation (quoted text, not the memo's order)")
  end
  if C.removal(p, C.sentences(m)) or p:cue("removal_leadin", 1) then
    return why(doc, "kalimat menurunkan atau menertibkan atribut kampanye yang disebutnya",
               "the sentence removes or polices the campaign material it names")
  end
  if C.refused(p) then
    return why(doc, "paragraf menolak permintaan yang disebutnya", "the paragraph refuses the request it names")
  end
  if opts.bait then
    for _, h in ipairs(C.parts(m, opts.acts)) do
      if C.inside(p, h, opts.bait) then
        return why(doc, "kata tindakan %q termasuk umpan (%s)", "act word %q is bait (%s)", C.words(p, h.first, h.last), opts.bait)
      end
    end
  end
  local forbidden, fword = C.forbidden(p, m)
  if forbidden then
    return why(doc, "larangan atau laporan di kalimatnya: %q", "prohibition or report in its sentence: %q", fword)
  end
  if opts.acts and C.negated(p, m, opts.acts) then
    return why(doc, "kata tindakan didahului penyangkalan", "the act word is negated")
  end
  if opts.inner_negation and C.negated_between(p, m, opts.acts) then
    return why(doc, "penyangkalan di antara tindakan dan sasarannya", "a negation between the act and its target")
  end
  if opts.acts and C.acts_inside_refs(m, opts.acts) then
    return why(doc, "kata tindakan hanya bagian dari sebutan calon", "the act words are only part of a reference")
  end
  local strength = opts.strength or C.ref_strength(p, m, doc)
  local directive = C.directive(p, m, doc)
  trace(doc.lang == "en" and "reference strength %d (3 particular, 2 weak with context, 1 generic, 0 none), directive: %s"
          or "kekuatan sebutan calon %d (3 calon tertentu, 2 lemah berkonteks, 1 umum, 0 tidak ada), perintah/ajakan: %s",
        strength, directive and (doc.lang == "en" and "yes" or "ya") or (doc.lang == "en" and "no" or "tidak"))
  -- Specific reference: high with a directive, else the rule's base (medium). Weak reference
  -- with context: one step lower. Generic reference alone: low, and only with a directive.
  local sev, conf
  if strength >= 3 then
    sev, conf = directive and "high" or (opts.base or "medium"), directive and 0.9 or 0.7
  elseif strength == 2 then
    sev, conf = directive and "medium" or "low", directive and 0.7 or 0.5
  elseif strength == 1 and directive then
    sev, conf = "low", 0.4
  elseif strength == 0 then
    return why(doc, "tidak ada sebutan calon tertentu yang dapat dipakai", "no usable reference to a particular candidate")
  else
    return why(doc, "sebutan calon umum tanpa perintah atau ajakan", "a generic reference without a directive")
  end
  if sev ~= "low" and C.addresses_staff(p, m) then conf = math.min(1, conf + 0.05) end
  -- note_strength: how particular the target is, when the rule graded on the act alone (a
  -- named campaign event is partisan whoever it serves; the notes say whom it serves).
  C.note(doc, p, m, opts.category, sev, opts.note_strength or strength)
  return { severity = sev, confidence = conf }
end

---------------------------------------------------------------------------------------------
-- Legal bases, quoted (sources are cited at the top of each rule file).
---------------------------------------------------------------------------------------------
C.BASIS = {
  pp94_n = "PP 94/2021 Pasal 5 huruf n: PNS dilarang memberikan dukungan kepada calon Presiden/" ..
    "Wakil Presiden, calon kepala daerah/wakil kepala daerah, calon anggota DPR, DPD, atau DPRD",
  pp94_n1 = "PP 94/2021 Pasal 5 huruf n angka 1 (dukungan dengan cara ikut kampanye)",
  pp94_n2 = "PP 94/2021 Pasal 5 huruf n angka 2 (menjadi peserta kampanye dengan menggunakan " ..
    "atribut partai atau atribut PNS)",
  pp94_n3 = "PP 94/2021 Pasal 5 huruf n angka 3 (sebagai peserta kampanye dengan mengerahkan PNS lain)",
  pp94_n4 = "PP 94/2021 Pasal 5 huruf n angka 4 (sebagai peserta kampanye dengan menggunakan " ..
    "fasilitas negara)",
  pp94_n5 = "PP 94/2021 Pasal 5 huruf n angka 5 (membuat keputusan dan/atau tindakan yang " ..
    "menguntungkan atau merugikan salah satu pasangan calon sebelum, selama, dan sesudah masa kampanye)",
  pp94_n6 = "PP 94/2021 Pasal 5 huruf n angka 6 (mengadakan kegiatan yang mengarah kepada " ..
    "keberpihakan terhadap pasangan calon, meliputi pertemuan, ajakan, himbauan, seruan, atau " ..
    "pemberian barang kepada PNS dalam lingkungan unit kerjanya, anggota keluarga, dan masyarakat)",
  pp94_n7 = "PP 94/2021 Pasal 5 huruf n angka 7 (memberikan surat dukungan disertai fotokopi " ..
    "Kartu Tanda Penduduk atau Surat Keterangan Tanda Penduduk)",
  uu20 = "UU 20/2023 tentang ASN Pasal 9 ayat (2): Pegawai ASN harus bebas dari pengaruh dan " ..
    "intervensi semua golongan dan partai politik; Pasal 24 ayat (1) huruf d: pegawai ASN wajib " ..
    "menjaga netralitas",
  uu7_280 = "UU 7/2017 Pasal 280 ayat (2) huruf f dan ayat (3): pelaksana dan/atau tim kampanye " ..
    "dilarang mengikutsertakan ASN, dan ASN dilarang ikut serta sebagai pelaksana dan tim kampanye " ..
    "(pidana: Pasal 494)",
  uu7_280h = "UU 7/2017 Pasal 280 ayat (1) huruf h: pelaksana, peserta, dan tim kampanye dilarang " ..
    "menggunakan fasilitas pemerintah, tempat ibadah, dan tempat pendidikan",
  uu7_280j = "UU 7/2017 Pasal 280 ayat (1) huruf j: dilarang menjanjikan atau memberikan uang atau " ..
    "materi lainnya kepada peserta kampanye (pidana: Pasal 523)",
  uu7_282 = "UU 7/2017 Pasal 282: pejabat negara, pejabat struktural, dan pejabat fungsional " ..
    "dalam jabatan negeri dilarang membuat keputusan dan/atau melakukan tindakan yang " ..
    "menguntungkan atau merugikan salah satu peserta pemilu selama masa kampanye (pidana: Pasal 547)",
  uu7_283 = "UU 7/2017 Pasal 283: pejabat negara, pejabat struktural dan fungsional serta ASN " ..
    "lainnya dilarang mengadakan kegiatan yang mengarah kepada keberpihakan terhadap peserta " ..
    "pemilu, meliputi pertemuan, ajakan, imbauan, seruan, atau pemberian barang (pidana: Pasal 494)",
  uu10_70 = "UU 10/2016 Pasal 70 ayat (1): dalam kampanye pasangan calon dilarang melibatkan ASN, " ..
    "anggota Polri dan TNI, serta kepala desa atau lurah dan perangkatnya (pidana: Pasal 189)",
  uu10_71 = "UU 10/2016 Pasal 71 ayat (1): pejabat negara, pejabat daerah, pejabat ASN, anggota " ..
    "TNI/Polri, dan kepala desa atau lurah dilarang membuat keputusan dan/atau tindakan yang " ..
    "menguntungkan atau merugikan salah satu pasangan calon (pidana: Pasal 188)",
  uu10_187a = "UU 10/2016 Pasal 187A: menjanjikan atau memberikan uang atau materi lainnya untuk " ..
    "memengaruhi pemilih dipidana, juga bagi pemilih yang menerimanya",
  skb2022 = "SKB Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN, dan Ketua Bawaslu Nomor 2 Tahun " ..
    "2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan " ..
    "Pemilihan Umum dan Pemilihan",
}

-- Join several bases with "; ".
function C.basis(...)
  local out = {}
  for i = 1, select("#", ...) do out[#out + 1] = C.BASIS[select(i, ...)] end
  return table.concat(out, "; ")
end

return C
