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
C.STRONG = { "candidate_refs", "candidate_names", "party_names", "party_refs",
             "number_refs_strong", "candidate_slogans" }
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
                  any "candidate_acronyms")
end

-- Only the strong references.
function C.strong_ref()
  return at_least(1, any "candidate_refs", any "candidate_names", any "party_names",
                  any "party_refs", any "number_refs_strong", any "candidate_slogans")
end

-- Supporting evidence: a directive in the sentence, or in the lead-in of a list item.
cue { name = "directive", list = "directives", scope = "sentence", leadin = true }

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
    if h.first <= m.last and not C.inside(p, h, "cue_prohibition_not") then
      return true, C.words(p, h.first, h.last)
    end
  end
  for _, l in ipairs({ "cue_prohibition_strong", "report_markers" }) do
    local h = C.hits_in(p, l, sents)[1]
    if h then return true, C.words(p, h.first, h.last) end
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

-- Directive words in a lead-in ("Kami minta Saudara sekalian:") apply to the items under it.
-- Checked here over the memo's paragraphs because the engine registers lead-ins only for cues
-- named in some rule's `unless`, and a directive must never suppress a match.
local LEADIN_DIRECTIVE = { "minta", "mohon", "harap", "agar", "wajib", "instruksi", "perintah",
  "tugas", "pedomani", "laksanakan", "ajak", "kerahkan", "segera", "hendaknya", "supaya",
  "arahan", "diarahkan", "sebagai berikut" }
local LEADIN_FORBID = { "tidak", "dilarang", "larangan", "jangan", "hindari" }

local function has_word(low, words)
  for _, w in ipairs(words) do
    if low:find(w, 1, true) then return true end
  end
  return false
end

local function leadin_map(doc, part)
  local map = {}
  local active = false
  for _, q in ipairs(doc.paragraphs(part) or {}) do
    local t = q.text or ""
    local blank = not t:find("%S")
    local item = not blank and ((q.list_level or -1) >= 0 or q.where == "table" or
      t:match("^%s*%(?%w%w?%w?[%.%)]%s") ~= nil)
    map[q.index] = (item or blank) and active
    if not blank and t:match(":%s*$") then
      local low = t:lower()
      active = has_word(low, LEADIN_DIRECTIVE) and not has_word(low, LEADIN_FORBID)
    elseif not item and not blank then
      active = false
    end
  end
  return map
end

function C.leadin_directive(p, doc)
  local n = C.notes(doc)
  n.leadin = n.leadin or {}
  local map = n.leadin[p.part]
  if not map then
    map = leadin_map(doc, p.part)
    n.leadin[p.part] = map
  end
  return map[p.index] == true
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

function C.directive(p, m, doc)
  return p:cue("directive", m.first) or C.has(p, "appeals", C.sentences(m))
    or C.imperative(p, m) or (doc ~= nil and C.leadin_directive(p, doc))
end

-- The office keeps order or removes material ("pengamanan kampanye", "menertibkan baliho"); a
-- security word that only names a vehicle ("mobil patroli") is not such work.
function C.security(p, sents)
  for _, h in ipairs(C.hits_in(p, "cue_security", sents)) do
    if not C.inside(p, h, "state_facilities") then return true end
  end
  return false
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
      best = math.max(best, identified(p, h) and 3 or 1)
    elseif h.list == "candidate_names" and C.as_official(p, h, sents) then -- luacheck: ignore 542
      -- "Menteri Pertahanan Prabowo Subianto meresmikan ...": the office, not the candidate.
    elseif STRONG_SET[h.list] then
      best = 3
    elseif h.list == "pair_heads" then
      if pair_named(p, h) or C.named_pair_after(p, h.last, 3) then best = 3 end
    elseif h.list == "candidate_acronyms" then
      if p:token(h.first).allcaps then best = 3 end
    elseif h.list == "candidate_anaphora" and antecedent(p, h) then
      best = 3
    elseif h.list == "candidate_anaphora" and C.notes(doc).strong > 0 and
           not C.inside(p, h, "vague_anaphora") then
      -- "pasangan tersebut" after a memo that already named the pair.
      best = 3
    elseif h.list == "number_refs_weak" then
      if C.has(p, "election_words", sents) or C.has(p, "candidate_refs", sents) then
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

-- Remember that this paragraph holds a candidate reference and a partisan act, for the document
-- rules (endorsement by partisan acts, letterhead misuse).
function C.note(doc, p, m, category, severity, strength)
  local n = C.notes(doc)
  if strength >= 3 then n.strong = n.strong + 1 end
  local note = { category = category, severity = severity, part = p.part, where = p.where,
                 paragraph = p.index, start = m.start, stop = m.stop, strength = strength }
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
function C.grade(m, p, doc, opts)
  local why = C.why
  if C.in_comment(p) then
    return why(doc, "di dalam komentar Word, bukan isi memo", "inside a Word comment, not the memo's text")
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
  C.note(doc, p, m, opts.category, sev, strength)
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
