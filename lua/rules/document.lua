-- document.lua - document-level rules that read the whole memo: the genre (neutrality circular,
-- violation report, election logistics) that turns quoted or forbidden acts into context, social
-- media requests inside a partisan memo, and partisan acts that amount to supporting a candidate.
-- Runs before letterhead_misuse.lua (files load in name order), which needs the final severities.
--
-- Legal basis: PP 94/2021 Pasal 5 huruf n frames every listed act (angka 1-7) as a way of
-- "memberikan dukungan" to a candidate; wording from Kompas.com, 16/03/2022 (see endorsement.lua).
local C = require "netral.kit"

local SEV = { info = 0, low = 1, medium = 2, high = 3 }
-- The acts that are support in themselves (endorsement.partisan-act): spreading a candidate's
-- content, paying or rewarding for support, showing a candidate's materials, joining or staffing
-- their team, putting their slogans on the office's channels. Attending, mobilising and the
-- logistics of an event are campaign activity and facility use; they do not make the memo an
-- endorsement by themselves (the independent writers' labels agree about 3 to 1).
local SUPPORT_CATEGORIES = { ["social-media"] = true, ["inducement"] = true }
local SUPPORT_RULES = { ["campaign-activity.materials"] = true,
                        ["campaign-activity.slogan-display"] = true,
                        ["campaign-activity.join-team"] = true,
                        ["campaign-activity.winning-team"] = true,
                        ["campaign-activity.team-in-partisan-memo"] = true,
                        ["state-facility.team-resources"] = true,
                        ["state-facility.official-slogan"] = true,
                        ["state-facility.framed-channel"] = true,
                        ["state-facility.official-account"] = true,
                        ["state-facility.programme-for-candidate"] = true,
                        ["state-facility.framed-programme"] = true,
                        ["state-facility.favour-decision"] = true,
                        ["state-facility.programme-condition"] = true }

-- Whole words only: "pelapor" must not match "pelaporan", "izin" not "mengizinkan". Plain words
-- are found with a plain search (fast) and their boundaries checked by hand; only entries that
-- are patterns ("^laporan%f[%A]") run as patterns.
local byte = string.byte
local function alnum(c)
  return c and ((c >= 48 and c <= 57) or (c >= 97 and c <= 122) or (c >= 65 and c <= 90))
end
local function has_whole(text, w)
  local at = 1
  while true do
    local a, b = text:find(w, at, true)
    if not a then return false end
    if not alnum(byte(text, a - 1)) and not alnum(byte(text, b + 1)) then return true end
    -- the next occurrence cannot start inside this one's first word
    at = a + 1
  end
end

-- Each pattern list is read once into { pat, -, is a Lua pattern }.
local parsed = setmetatable({}, { __mode = "k" })
local function entries(patterns)
  local e = parsed[patterns]
  if e then return e end
  e = {}
  for i, pat in ipairs(patterns) do
    local magic = pat:find("%", 1, true) ~= nil
    e[i] = { pat, not magic and pat:match("^%w+") or nil, magic }
  end
  parsed[patterns] = e
  return e
end

local function count(text, patterns, found)
  local n = 0
  for _, x in ipairs(entries(patterns)) do
    local pat = x[1]
    local hit
    if x[3] then hit = text:find(pat) ~= nil else hit = has_whole(text, pat) end
    if hit then
      n = n + 1
      if found then found[#found + 1] = pat end
    end
  end
  return n
end

-- The genre vocabularies are lists counted per document in C (lists/vocab_genre.lua).
document_words { "genre_report_words", "genre_report_issuers", "genre_neutrality_titles",
                 "genre_neutrality_words", "genre_neutrality_family", "genre_logistics_words",
                 "genre_enforcement_words", "genre_enforcement_openings", "genre_election_bodies",
                 "genre_equal_treatment", "genre_refusals", "genre_report_titles",
                 "genre_enforcement_favour" }

-- The memo's distinct words of a genre list in a region, added to `found`.
local function vocab(doc, list, region, found)
  local n, words = doc.vocab(list, region, found ~= nil)
  if found then
    for _, w in ipairs(words) do found[#found + 1] = w end
  end
  return n
end

local ELECTION_ISSUER = { "^badan pengawas pemilihan umum", "^bawaslu%f[%A]",
  "^panitia pengawas", "^panwaslu", "^panwascam", "^komisi pemilihan umum", "^kpu%f[%A]",
  "^panitia pemilihan kecamatan", "^panitia pemungutan suara", "^pengawas pemilu" }

-- "report", "election-body", "equal", "neutrality", "logistics", "enforcement" or nil; the words that decided it;
-- and true when the evidence is weak (then only what the memo does not order outright is context).
local function genre(doc)
  local w = {}
  -- A report says so in its title or kop, or is full of report words; one "klarifikasi" in a
  -- coercive memo ("yang tidak hadir akan dimintai klarifikasi") is not enough.
  local strong = vocab(doc, "genre_report_words", "all", w)
  if strong >= 2 or vocab(doc, "genre_report_words", "head") >= 1 then return "report", w end
  -- "Hal: Laporan ...", "LAPORAN KEGIATAN ...": the memo reports, but its own orders (a "Tindak
  -- Lanjut" that tells staff what to do) stay.
  if vocab(doc, "genre_report_titles", "line") >= 1 then
    return "report", { "laporan" }, true
  end
  -- An issuer's kop (Inspektorat, BKPSDM) and one report word: the memo may still give its own
  -- orders, so only what it does not order outright is read as context.
  if strong >= 1 and vocab(doc, "genre_report_issuers", "head", w) >= 1 then return "report", w, true end
  -- The election bodies' own letters (KPU, Bawaslu and their ad hoc bodies on the kop): they
  -- schedule, supervise and report every pair's campaign, they do not join one.
  for _, l in ipairs((doc.letterhead or {}).lines or {}) do
    local t = (l.text or ""):gsub("^%s+", "")
    local letters, up = 0, 0
    for c in t:gmatch("%a") do
      letters = letters + 1
      if c:match("%u") then up = up + 1 end
    end
    -- an institution line of the kop, in capitals, that names the body first
    if letters > 0 and up / letters >= 0.6 then
      local low = t:lower()
      for _, pat in ipairs(ELECTION_ISSUER) do
        if low:find(pat) then return "election-body", { pat } end
      end
    end
  end
  -- A coordination memo that gives every pair the same: the equal treatment is its subject.
  w = {}
  if vocab(doc, "genre_equal_treatment", "all", w) >= 2 and
     vocab(doc, "genre_election_bodies", "all", w) >= 1 then
    return "equal", w
  end
  -- Circulars and logistics memos announce their subject in the title; their body vocabulary
  -- alone ("TPS", "hak pilih", "sanksi") also turns up in memos that order partisan acts.
  w = {}
  if vocab(doc, "genre_neutrality_titles", "head", w) >= 1 or
     (vocab(doc, "genre_neutrality_family", "all") >= 1 and
      vocab(doc, "genre_neutrality_words", "all", w) >= 4) then
    return "neutrality", w
  end
  w = {}
  if vocab(doc, "genre_logistics_words", "head", w) >= 1 and
     vocab(doc, "genre_logistics_words", "all") >= 3 then
    return "logistics", w
  end
  -- Orders to remove campaign material or keep order around rallies quote what they remove.
  w = {}
  if vocab(doc, "genre_enforcement_words", "head", w) >= 1 or
     vocab(doc, "genre_enforcement_openings", "opening", w) >= 1 or
     vocab(doc, "genre_refusals", "all", w) >= 1 then
    return "enforcement", w
  end
  return nil
end

-- The finding's paragraph speaks of someone else's request ("surat dari tim kampanye ... yang
-- meminta meminjam aula", "permohonan penggunaan auditorium").
local REQUEST = { "permintaan", "permohonan", "surat dari", "undangan dari", "mengajukan",
  "yang meminta", "memohon" }
-- The text of the paragraph a finding is in ("" when the part no longer has it).
local function finding_para_text(doc, f)
  for _, q in ipairs(doc.paragraphs(f.part) or {}) do
    if q.index == f.paragraph then return q.text or "" end
  end
  return ""
end

local function requested(doc, f)
  return count(finding_para_text(doc, f):lower(), REQUEST) >= 1
end

-- The finding's words are attributed to someone else: after a label in its paragraph ("Pesan
-- yang dikirim: ...", "Kata-katanya: ...", "Isi unggahan: ..."), in quotation marks, or in the
-- paragraph right after a lead-in that introduces a quotation ("... berbunyi:", "... sebagai
-- berikut:").
local ATTRIBUTION = { "pesan", "kata", "katanya", "kata-katanya", "unggahan", "status", "pernyataan",
  "ucapan", "bunyi", "berbunyi", "isi", "kutipan", "keterangan", "tulisan", "bertuliskan", "caption",
  "teks", "rekaman", "menyatakan", "mengatakan", "menulis", "menuliskan", "mengirim", "dikirim",
  "disampaikan", "sebagai berikut", "berikut", "bukti", "tangkapan layar", "isi pesan",
  -- an allegation put to the person summoned ("Klarifikasi berkaitan dengan informasi bahwa
  -- Saudara diduga:")
  "diduga", "dugaan", "informasi bahwa", "dilaporkan" }
-- The byte ranges of the quotations of a paragraph (“...”, "...", «...»), two words or more.
local function quotations(t)
  local ranges, open = {}, nil
  local i = 1
  while true do
    -- jump to the next byte that may start a quotation mark (in C, not a Lua loop per byte)
    i = t:find("[\"'\226\194]", i)
    if not i then break end
    local c = t:sub(i, i + 2)
    local is_open = c == "\226\128\156" or t:sub(i, i + 1) == "\194\171"
    local is_close = c == "\226\128\157" or t:sub(i, i + 1) == "\194\187"
    local ch = t:sub(i, i)
    -- an ASCII quote; an apostrophe only at a word's edge ('ayo menangkan ...')
    local ascii = ch == '"' or (ch == "'" and ((not open and not t:sub(i - 1, i - 1):find("%w")) or
                                             (open and not t:sub(i + 1, i + 1):find("%w"))))
    if open and (is_close or ascii) then
      if select(2, t:sub(open, i):gsub("%S+", "")) >= 2 then ranges[#ranges + 1] = { open, i } end
      open = nil
    elseif not open and (is_open or ascii) then
      open = i
    end
    i = i + ((is_open or is_close) and (c:byte(1) == 226 and 3 or 2) or 1)
  end
  local k = 0
  return function()
    k = k + 1
    if ranges[k] then return ranges[k][1], ranges[k][2] end
  end
end

-- A quotation that is a name, not someone's words: a team, a programme, an account ("Tim
-- Relawan “Banyuasin Bangkit Lagi”"): one to six words, each capitalised, no sentence inside.
local function quoted_name(q)
  q = q:gsub("^[%s%p]+", ""):gsub("[%s%p]+$", "")
  if q == "" or q:find("[%.!?,;:]") then return false end
  local n = 0
  for w in q:gmatch("%S+") do
    n = n + 1
    if n > 6 or not w:find("^[%u%d]") then return false end
  end
  return n >= 1
end

-- A report narrates: third parties by their initials, past findings, someone's own account. (Not
-- "yang bersangkutan": partisan memos point at their candidate with it, class 7.)
local NARRATION = { "berinisial", "inisial", "terlapor", "terperiksa",
  "pelaku pelanggaran", "para pelaku", "pelaku diduga", -- not "pelaku usaha" (a trader)
  "ditemukan", "didapati", "menemukan", "mengaku", "mengakui", "menurut keterangan", "tercatat",
  "permintaan klarifikasi", "dimintai keterangan", "diketahui bahwa" }

-- Section headings of a report or a staff study under which the paragraphs narrate a case.
local CASE_SECTIONS = { "uraian temuan", "temuan", "fakta", "fakta-fakta", "kronologi",
  "uraian kejadian", "hasil pemeriksaan", "persoalan", "praanggapan", "duduk perkara",
  "pokok permasalahan", "pokok perkara", "keterangan saksi", "keterangan terlapor",
  -- the supervisors' report form (Bawaslu Formulir Model A: "III. Uraian Singkat Hasil Pengawasan")
  "hasil pengawasan", "uraian singkat",
  -- a supervisors' study of the case ("IV. Kajian", "Kajian Awal", "Analisis") and its account
  -- of events
  "kajian", "analisis", "uraian peristiwa" }

local function under_case_section(paras, i)
  for k = i - 1, math.max(1, i - 2), -1 do
    local pt = paras[k].text or ""
    if pt:find("%S") then
      return select(2, pt:gsub("%S+", "")) <= 8 and count(pt:lower(), CASE_SECTIONS) >= 1
    end
  end
  return false
end

local function attributed(doc, f)
  local paras = doc.paragraphs(f.part) or {}
  for i, q in ipairs(paras) do
    if q.index == f.paragraph then
      if under_case_section(paras, i) then return true end
      local t = q.text or ""
      -- a report's tables list cases; its narrative names third parties
      if q.where == "table" or count(t:lower(), NARRATION) >= 1 then return true end
      local colon = t:find(":", 1, true)
      if colon and colon <= (f.start or 0) + 1 and colon < 80 and
         count(t:sub(1, colon):lower(), ATTRIBUTION) >= 1 then
        return true
      end
      -- a quotation the finding overlaps ("kalimat “... wajib coblos nomor 3”", "dengan
      -- keterangan “Ayo menangkan ...”")
      local fs, fe = (f.start or 0) + 1, f.stop or 0
      for qa, qb in quotations(t) do
        if qa <= fe + 12 and qb >= fs and not quoted_name(t:sub(qa + 1, qb - 1)) then return true end
      end
      for k = i - 1, math.max(1, i - 3), -1 do
        local pt = paras[k].text or ""
        if pt:find("%S") then
          return pt:find(":%s*$") ~= nil and count(pt:lower(), ATTRIBUTION) >= 1
        end
      end
      return false
    end
  end
  return false
end

-- Findings about one pair's event or the support of one pair (not the mobilisation of staff).
local EVEN_RULES = { ["campaign-activity.candidate-gathering"] = true,
                     ["campaign-activity.partisan-event"] = true }

-- The finding's paragraph contains one of `words` (entries a document_words list found in the
-- memo), as whole words.
local function para_says(doc, f, words)
  local t = finding_para_text(doc, f):lower()
  for _, w in ipairs(words or {}) do
    if t:find("%f[%w]" .. w:lower():gsub("%p", "%%%0") .. "%f[%W]") then return true end
  end
  return false
end

local GENRE_TEXT = {
  id = { report = "laporan atau klarifikasi dugaan pelanggaran",
         neutrality = "surat edaran atau imbauan netralitas",
         logistics = "memo logistik pemilu (libur, izin, KPPS, TPS)",
         enforcement = "perintah penertiban atau pengamanan (menurunkan atribut, mengatur lalu lintas)",
         equal = "koordinasi yang memperlakukan semua pasangan calon sama",
         ["election-body"] = "surat penyelenggara atau pengawas pemilu (KPU, Bawaslu)" },
  en = { report = "a report or clarification of an alleged violation",
         neutrality = "a neutrality circular or reminder",
         logistics = "an election-logistics memo (holiday, leave, KPPS, TPS)",
         enforcement = "an enforcement order (removing material, keeping order)",
         equal = "a coordination memo treating every pair the same",
         ["election-body"] = "a letter of the election commission or supervisors (KPU, Bawaslu)" },
}

document_rule {
  id = "endorsement.compliant-genre",
  needs_findings = true,  -- nothing to do in a memo without findings
  category = "endorsement",
  severity = "info",
  confidence = 0.6,
  basis = C.basis("uu20"),
  message = {
    id = "Memo ini tampak sebagai laporan dugaan pelanggaran, imbauan netralitas, atau memo " ..
      "logistik pemilu; penyebutan calon di dalamnya dinilai sebagai konteks, bukan pelanggaran.",
    en = "This memo reads as a violation report, a neutrality circular or an election-logistics " ..
      "memo; the candidates it mentions are context, not a violation.",
  },
  suggest = {
    id = "Periksa sekilas bahwa kutipan atau larangan di dalamnya tidak disertai perintah " ..
      "mendukung calon.",
    en = "Check that quotes or prohibitions are not paired with an order to support anyone.",
  },
  check = function(doc)
    -- The genre read scans the whole memo; skip it when there is nothing it could downgrade.
    local any = false
    for _, f in ipairs(doc.findings) do
      if (SEV[f.severity] or 0) >= 1 and f.category ~= "letterhead-misuse" then any = true; break end
    end
    if not any then return nil end
    local g, words, weak = genre(doc)
    if not g then return nil end
    local refusal = vocab(doc, "genre_refusals", "all") >= 1
    -- an enforcement order that spares or re-erects one pair's material favours that pair
    local favour = {}
    if g == "enforcement" then vocab(doc, "genre_enforcement_favour", "all", favour) end
    trace(doc.lang == "en" and "genre: %s, from the words %s" or "jenis memo: %s, dari kata %s",
          (doc.lang == "en" and GENRE_TEXT.en or GENRE_TEXT.id)[g], table.concat(words, ", "))
    local changed, first
    for _, f in ipairs(doc.findings) do
      local s = SEV[f.severity] or 0
      -- A report quotes acts: nothing in it is the memo's own. Circulars and logistics memos
      -- keep only explicit orders (high); the rest is their subject matter.
      -- a memo that refuses a request: what the request asked for is not the memo's act
      local asked = g == "enforcement" and refusal and requested(doc, f)
      -- a report's quotation is context, however it is worded; the report's own orders (a
      -- "Tindak Lanjut" telling auditors whom to vote for) are not
      local quoted = g == "report" and not weak and attributed(doc, f)
      -- the office's own activity report ("LAPORAN PELAKSANAAN KEGIATAN ..."): what it says the
      -- office did is its act; only what it attributes to others is context
      local own_report = g == "report" and weak
      local lower = s <= 2 and (not own_report or attributed(doc, f))
      -- a coordination memo's item that settles the same for every pair ("LO Paslon 2 meminta
      -- ... Disepakati berlaku untuk semua tim"): whoever asked, nobody is favoured
      -- (its mobilising acts stay: staff sent to every pair's rally is still a breach)
      local even = g == "equal" and (EVEN_RULES[f.rule] or f.category == "endorsement") and
                   para_says(doc, f, words)
      local favoured = #favour > 0 and para_says(doc, f, favour)
      if s >= 1 and f.category ~= "letterhead-misuse" and not favoured and
         (lower or asked or quoted or even) then
        f.severity = "info"
        if doc.lang == "en" then
          f.message = f.message .. " (Read as context: " .. GENRE_TEXT.en[g] .. ".)"
        else
          f.message = f.message .. " (Dinilai sebagai konteks: " .. GENRE_TEXT.id[g] .. ".)"
        end
        changed = true
        first = first or f
      end
    end
    if not changed then return nil end
    return { { part = first.part, where = first.where, paragraph = first.paragraph,
               start = first.start, stop = first.stop } }
  end,
  examples = {
    flag = {
      { body = "FORMULIR LAPORAN\nPelapor: warga desa\nTerlapor: guru ASN SD Negeri 3\n" ..
               "Isi unggahan: Ayo coblos paslon nomor 2, dukung terus!\nBukti: tangkapan layar" },
      { body = "BERITA ACARA KLARIFIKASI\nTerlapor diduga membagikan amplop dari caleg.\n" ..
               "Pesan yang dikirim: Mari kita menangkan caleg Partai NasDem nomor urut 2.\n" ..
               "Hasil kajian diteruskan kepada Komisi ASN." },
      { body = "KRONOLOGI KEJADIAN\nPukul 09.00 kepala desa berorasi di panggung.\n" ..
               "Kata-katanya: kita semua wajib memilih calon Bupati petahana.\n" ..
               "Pengawas kelurahan menyusun laporan dugaan pelanggaran." },
      -- the supervisors' report form narrates the post under its "Uraian Singkat" section
      { body = "LAPORAN HASIL PENGAWASAN\nII. KEGIATAN PENGAWASAN\nPatroli pengawasan siber pada " ..
               "media sosial Facebook\nIII. URAIAN SINGKAT HASIL PENGAWASAN\nPada Sabtu, 12 Oktober " ..
               "2024 pukul 20.14 WITA, akun tersebut mengunggah foto bersama salah satu calon Wali " ..
               "Kota Kendari nomor urut 4 di sebuah rumah makan.\nIV. INFORMASI DUGAAN PELANGGARAN" },
      { body = "SURAT EDARAN TENTANG NETRALITAS ASN\nASN dilarang berkampanye.\n" ..
               "Tahun lalu seorang camat menulis di grup: dukung paslon 01 sampai menang." },
      { body = "PEMBERITAHUAN LIBUR PEMUNGUTAN SUARA\nKantor libur pada hari pemungutan suara.\n" ..
               "Pegawai yang menjadi anggota KPPS diberi dispensasi dan izin.\n" ..
               "Pegawai yang menjadi saksi Partai Golkar di TPS mengajukan cuti tahunan." },
      -- a summons: the allegations listed under a lead-in that puts them to the person
      { body = "PERMINTAAN KLARIFIKASI\nDalam rangka pemeriksaan dugaan pelanggaran disiplin, Saudara diminta hadir.\n" ..
               "Klarifikasi berkaitan dengan informasi bahwa Saudara diduga:\n" ..
               "menghadiri acara deklarasi dukungan kepada pasangan calon Gubernur nomor urut 2 di hotel." },
      -- a surat perintah whose lettered legal basis comes first: its opening is the order
      { body = "SURAT PERINTAH TUGAS\nDasar:\na.\tPeraturan KPU Nomor 13 Tahun 2024 tentang Kampanye Pemilihan Gubernur, Bupati dan Wali Kota;\n" ..
               "Untuk:\n1. Menurunkan baliho ukuran 4x6 m yang berdiri di depan Kantor Dinas Pekerjaan Umum dan halaman Puskesmas Kopang Daye;\n" ..
               "2. (baliho bergambar Bupati petahana Hj. Baiq Sri Wahyuni, calon Bupati nomor urut 1, berkerudung hijau)" },
      -- a removal report of billboards ("reklame") quoting the slogans it took down
      { body = "BERITA ACARA\nPENURUNAN REKLAME/BALIHO DI LINGKUNGAN ASET PEMERINTAH KOTA\n" ..
               "| Lokasi | Uraian baliho | Keterangan |\n" ..
               "| Pagar Taman Kota | Foto Wali Kota Fauzan Noor, calon wali kota nomor urut 1, tulisan \"Banjarbaru Juara, Lanjutkan!\" | Diturunkan |" },
      -- a memo head laid out as a table: the subject is a cell of its own, far down the head
      { body = "NOTA DINAS\n| Kepada Yth. | : | Kepala Bidang Perikanan Tangkap |\n" ..
               "| Dari | : | Kepala Dinas Perikanan |\n| Nomor | : | 800/311/Diskan/X/2024 |\n" ..
               "| Tanggal | : | 16 Oktober 2024 |\n| Sifat | : | Segera |\n" ..
               "| Perihal | : | Penertiban Stiker dan Alat Peraga Kampanye pada Aset Dinas |\n" ..
               "Berdasarkan hasil pemantauan, ditemukan alat peraga kampanye pada aset dinas sebagai berikut:\n" ..
               "stiker bergambar pasangan calon nomor urut 3 bertuliskan “Kayong Pesisir Bangkit Lagi!” " ..
               "pada kaca belakang kendaraan dinas." },
      -- a coordination meeting: one pair's team asks, the meeting settles it for every team
      { body = "NOTULEN RAPAT KOORDINASI KAMPANYE\nPeserta: PPK, Panwaslu Kecamatan, LO setiap pasangan calon.\n" ..
               "Lapangan dipakai bergiliran; setiap pasangan calon mendapat jatah yang sama.\n" ..
               "LO Paslon Bupati 2 meminta agar pemberitahuan kampanye tatap muka cukup H-3. " ..
               "Disepakati berlaku untuk semua tim." },
      -- a disposition that refuses a campaign team's request, in its own short words
      { body = "LEMBAR DISPOSISI\nSurat dari: Tim Kampanye Pasangan Nomor Urut 1\n" ..
               "Perihal: Permohonan pinjam pakai 2 unit ambulans dan sound system untuk kampanye akbar pasangan nomor urut 1 di lapangan\n" ..
               "Sekdis: TOLAK. Buat surat balasan: ambulans dan sound system milik dinas tdk dapat dipinjamkan utk kegiatan kampanye. Tembuskan Bawaslu." },
    },
    pass = {
      { body = "SURAT EDARAN\nSeluruh pegawai diminta memilih pasangan calon nomor urut 2 " ..
               "pada 27 November." },
      { body = "PENGUMUMAN\nJadwal piket pelayanan KTP bulan Januari terlampir." },
      { body = "NOTA DINAS\nStaf wajib repost konten Prabowo-Gibran di platform X lima kali sehari." },
      { body = "UNDANGAN\nRapat evaluasi layanan nikah, Rabu pukul 09.00 di aula." },
      { body = "PEMBERITAHUAN\nKita berangkat bersama ke kampanye akbar Ganjar-Mahfud; " ..
               "tiap orang dapat uang bensin Rp75.000." },
    },
  },
}

-- The info findings of `info_rule` (an act that is ordinary in itself: a share request, a
-- facility put to use), raised to the calling document rule's severity when the memo is partisan
-- (a medium-or-higher finding outside the categories in `not_partisan`). Paragraphs that already
-- carry a medium-or-higher finding of `category` need no second one; `once`: one per paragraph.
local function raise_in_partisan_memo(doc, info_rule, category, not_partisan, once)
  local partisan = false
  for _, f in ipairs(doc.findings) do
    if not not_partisan[f.category] and (SEV[f.severity] or 0) >= 2 then partisan = true end
  end
  if not partisan then return nil end
  local covered = {}
  for _, f in ipairs(doc.findings) do
    if f.category == category and (SEV[f.severity] or 0) >= 2 then
      covered[f.part .. "#" .. f.paragraph] = true
    end
  end
  local out = {}
  for _, f in ipairs(doc.findings) do
    local key = f.part .. "#" .. f.paragraph
    if f.rule == info_rule and f.severity == "info" and not covered[key] then
      if once then covered[key] = true end
      out[#out + 1] = { part = f.part, where = f.where, paragraph = f.paragraph,
                        start = f.start, stop = f.stop }
    end
  end
  return #out > 0 and out or nil
end

document_rule {
  id = "social-media.partisan-share",
  needs_findings = true,  -- nothing to do in a memo without findings
  category = "social-media",
  severity = "medium",
  confidence = 0.75,
  basis = C.basis("skb2022", "pp94_n6"),
  message = {
    id = "Memo meminta pegawai menyebarkan konten di media sosial, dan memo yang sama berisi " ..
      "dukungan kepada calon: yang disebarkan adalah ajakan kampanye.",
    en = "The memo has staff spread content on social media, and the same memo supports a " ..
      "candidate: what is spread is campaign material.",
  },
  suggest = {
    id = "Hapus perintah menyebarkan konten ini bersama ajakan kampanyenya.",
    en = "Remove the order to spread the content along with the campaign call.",
  },
  check = function(doc)
    return raise_in_partisan_memo(doc, "social-media.share-request", "social-media",
                                  { ["letterhead-misuse"] = true }, false)
  end,
  examples = {
    flag = {
      { body = "Tanggal 14 Februari nanti kita semua dukung paslon nomor 2 untuk presiden.\n" ..
               "Gambar ajakan yang dikirim di grup kantor agar dibagikan ke story WhatsApp." },
      { body = "Seluruh pegawai diminta memilih calon Bupati nomor urut 3.\nMohon sebarkan " ..
               "poster terlampir ke status WA masing-masing." },
      { body = "Kami minta staf memenangkan pasangan calon Gubernur nomor 1.\nVideo sambutan " ..
               "agar dibagikan ke grup WA keluarga dan Facebook pribadi." },
      { body = "Setiap honorer menerima paket sembako bergambar calon Wali Kota nomor 2 yang " ..
               "dibagikan hari Jumat.\nFoto penerimaan wajib diunggah ke Instagram masing-masing." },
      { body = "Mari kita coblos Prabowo-Gibran pada 14 Februari.\nPesan ini mohon disebarkan " ..
               "ke grup WhatsApp keluarga." },
    },
    pass = {
      { body = "Guru dianjurkan membagikan tautan video pembelajaran di grup kelas." },
      { body = "Mohon sebarkan poster imunisasi polio ke status WA masing-masing." },
      { body = "ASN dilarang memilih berdasarkan arahan atasan.\nMohon sebarkan imbauan " ..
               "netralitas ini ke grup WA kantor." },
      { body = "Seluruh staf wajib mengikuti akun Instagram resmi pemerintah kota dan " ..
               "membagikan info layanan." },
      { body = "Pegawai diminta mengunggah foto kegiatan kerja bakti ke akun media sosial dinas." },
    },
  },
}

-- The words of a finding, and the ballot number they name ("Paslon 01", "nomor urut 2", "no. 3").
local function finding_text(doc, f)
  return finding_para_text(doc, f):sub((f.start or 0) + 1, f.stop or -1)
end
local BALLOT = { "paslon%s*0*(%d+)", "nomor%s+urut%s*0*(%d+)", "no%.?%s*urut%s*0*(%d+)",
                 "pasangan%s+calon%s+nomor%s*0*(%d+)", "pasangan%s+nomor%s*0*(%d+)",
                 "pasangan%s+calon%s+0*(%d+)", "paslon%s+no%.?%s*0*(%d+)" }
local function ballot_number(t)
  t = t:lower()
  for _, pat in ipairs(BALLOT) do
    local n = t:match(pat)
    if n then return tonumber(n) end
  end
  return nil
end

document_rule {
  id = "endorsement.partisan-act",
  needs_findings = true,  -- nothing to do in a memo without findings
  category = "endorsement",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.8,
  basis = C.basis("pp94_n", "uu20"),
  message = {
    id = "Memo mengarahkan kegiatan untuk kepentingan calon atau partai tertentu (kampanye, " ..
      "media sosial, fasilitas, atau pemberian); itu bentuk dukungan kepada calon tersebut.",
    en = "The memo directs activity for a particular candidate or party (rally, social media, " ..
      "facilities or gifts); that is support for the candidate.",
  },
  suggest = {
    id = "Hapus seluruh bagian yang menyebut atau menguntungkan calon tersebut; memo dinas " ..
      "tidak boleh berpihak.",
    en = "Remove every part that names or benefits the candidate; official memos stay neutral.",
  },
  check = function(doc)
    for _, f in ipairs(doc.findings) do
      if f.category == "endorsement" and (SEV[f.severity] or 0) >= 2 then return nil end
    end
    local first, numbers, distinct = nil, {}, 0
    for _, f in ipairs(doc.findings) do
      if (SUPPORT_CATEGORIES[f.category] or SUPPORT_RULES[f.rule]) and (SEV[f.severity] or 0) >= 2 then
        for _, n in ipairs(C.para_notes(doc, f.part, f.paragraph) or {}) do
          if n.strength >= 3 and not n.all_pairs then
            first = first or { part = f.part, where = f.where, paragraph = f.paragraph,
                               start = f.start, stop = f.stop, severity = f.severity }
            local num = ballot_number(finding_text(doc, f))
            if num and not numbers[num] then numbers[num], distinct = true, distinct + 1 end
            break
          end
        end
      end
    end
    -- Acts spread over several pairs (staff sent to pair 1's rally, others to pair 2's): the
    -- mobilisation rules report them; they support no one in particular.
    if distinct >= 2 then
      trace(doc.lang == "en" and "acts for %d different ballot numbers: no single candidate supported"
              or "tindakan untuk %d nomor urut berbeda: tidak mendukung satu calon", distinct)
      return nil
    end
    return first and { first } or nil
  end,
  examples = {
    flag = {
      { body = "Staf bergabung ke grup Telegram relawan dan aktif membagikan konten Paslon 02." },
      { body = "Staf memasang bendera dan baliho Partai Keadilan Sejahtera di pagar kantor kelurahan." },
      { body = "Setiap ruang pelayanan memasang stiker dan kalender pasangan calon nomor urut 2 di meja loket." },
      { body = "Seluruh pegawai diminta mengganti foto profil dengan twibbon pasangan calon Gubernur nomor 2." },
      { body = "Diminta menghimpun fotokopi KTP-el seluruh pegawai disertai surat pernyataan " ..
               "dukungan bagi calon anggota DPD RI Sdr. Teuku Arman." },
    },
    pass = {
      { body = "Pegawai dilarang memasang baliho pasangan calon di kantor." },
      { body = "Seluruh pegawai diminta mengganti foto profil dengan bingkai Hari Jadi Kota." },
      { body = "Peserta rapat menerima uang transport sesuai standar biaya." },
      { body = "Balai desa dipinjamkan kepada PPS untuk lokasi TPS." },
      { body = "Mobil dinas dipakai untuk distribusi logistik pemilu bersama KPU." },
      -- taking people to one pair's rally: campaign activity and facility use, reported as such
      { body = "Penjemputan warga ke kampanye akbar paslon 01 memakai mobil siaga kecamatan." },
      -- every pair's rally in the purpose field: mobilisation, support for no one
      { body = "SURAT PERINTAH TUGAS\nUntuk : Hadir pada kampanye terbuka pasangan calon " ..
               "nomor urut 1, 2 dan 3 sesuai jadwal.\nPegawai berangkat dari kantor pada jam " ..
               "kerja dengan mobil dinas." },
      { body = "Sdr. Ilham ditugaskan menghadiri kampanye terbuka Paslon 01 pada 6 Oktober.\n" ..
               "Sdri. Rina ditugaskan menghadiri kampanye terbuka Paslon 02 pada 13 Oktober." },
    },
  },
}

document_rule {
  id = "state-facility.partisan-memo",
  needs_findings = true,  -- nothing to do in a memo without findings
  category = "state-facility",
  severity = "medium",
  confidence = 0.7,
  basis = C.basis("pp94_n4", "uu7_280h", "uu10_71"),
  message = {
    id = "Memo menyediakan fasilitas instansi, dan memo yang sama mengarahkan dukungan atau " ..
      "kegiatan kampanye: fasilitas itu dipakai untuk kepentingan calon.",
    en = "The memo provides office facilities, and the same memo directs support or campaign " ..
      "activity: the facilities serve the candidate.",
  },
  suggest = {
    id = "Batalkan penggunaan fasilitas ini bersama arahan kampanyenya; fasilitas instansi " ..
      "hanya untuk tugas kedinasan.",
    en = "Cancel the use of these facilities along with the campaign directions.",
  },
  check = function(doc)
    return raise_in_partisan_memo(doc, "state-facility.facility-arranged", "state-facility",
                                  { ["letterhead-misuse"] = true, ["state-facility"] = true }, true)
  end,
  examples = {
    flag = {
      { body = "Rapat staf Bagian Umum dibuka oleh Kepala Bagian dengan doa bersama.\n" ..
               "Seluruh staf bergabung dalam Tim Pemenangan calon Bupati nomor urut 2.\n" ..
               "Rapat dimulai pukul 08.00 di ruang Sekretaris.\nDaftar hadir ditandatangani sebelum rapat.\nNotulen dibuat oleh Subbag Umum.\n" ..
               "Subbag Perlengkapan menyiapkan mobil dinas pimpinan untuk kunjungan dapil." },
      { body = "Mari kita coblos Prabowo-Gibran pada 14 Februari.\nRapat dimulai pukul 08.00 di ruang Sekretaris.\nDaftar hadir ditandatangani sebelum rapat.\nNotulen dibuat oleh Subbag Umum.\n" ..
               "Aula kantor disediakan untuk pertemuan hari Sabtu." },
      { body = "Kami minta staf memenangkan pasangan calon Gubernur nomor 1.\nRapat dimulai pukul 08.00 di ruang Sekretaris.\nDaftar hadir ditandatangani sebelum rapat.\nNotulen dibuat oleh Subbag Umum.\n" ..
               "Konsumsi dibebankan pada anggaran kegiatan Sekretariat." },
      { body = "Rapat staf Bagian Umum dibuka oleh Kepala Bagian dengan doa bersama.\n" ..
               "Pegawai wajib hadir pada kampanye akbar pasangan calon nomor 3 di lapangan " ..
               "kota.\nRapat dimulai pukul 08.00 di ruang Sekretaris.\nDaftar hadir ditandatangani sebelum rapat.\nNotulen dibuat oleh Subbag Umum.\n" ..
               "Peserta berangkat memakai bus dinas dari halaman kantor." },
      { body = "Guru diminta mendukung caleg Partai Golkar nomor urut 4.\nRapat dimulai pukul 08.00 di ruang Sekretaris.\nDaftar hadir ditandatangani sebelum rapat.\nNotulen dibuat oleh Subbag Umum.\n" ..
               "Proyektor kantor dipinjamkan kepada panitia selama dua hari." },
    },
    pass = {
      { body = "Aula kantor disediakan untuk rapat koordinasi penanganan stunting." },
      { body = "ASN dilarang memilih berdasarkan arahan atasan.\nRuang rapat disiapkan " ..
               "untuk sosialisasi netralitas." },
      { body = "Mari kita coblos Prabowo-Gibran pada 14 Februari.\nMobil dinas tidak " ..
               "digunakan di luar jam kerja." },
      { body = "Pegawai diminta mengunggah foto kegiatan kerja bakti.\nKonsumsi dibebankan " ..
               "pada anggaran kegiatan." },
      { body = "Balai desa dipinjamkan kepada PPS untuk lokasi TPS." },
    },
  },
}

-- A finding of `category` on each paragraph that one of `rules` flagged (medium or above) and
-- the kit marked in doc.state[mark] (C.programme_gift, C.programme_condition), unless the
-- paragraph already has one.
local function raise_on_marked(doc, rules, mark, category)
  local covered, out = {}, {}
  for _, f in ipairs(doc.findings) do
    if f.category == category and (SEV[f.severity] or 0) >= 2 then
      covered[f.part .. "#" .. f.paragraph] = true
    end
  end
  local marked = doc.state[mark] or {}
  for _, f in ipairs(doc.findings) do
    local key = f.part .. "#" .. f.paragraph
    if rules[f.rule] and (SEV[f.severity] or 0) >= 2 and not covered[key] and marked[key] then
      covered[key] = true
      out[#out + 1] = { part = f.part, where = f.where, paragraph = f.paragraph,
                        start = f.start, stop = f.stop }
    end
  end
  return #out > 0 and out or nil
end

-- Office aid handed out as a candidate's (state-facility.programme-for-candidate or
-- framed-programme: their visit, team, colours, "kelanjutan program beliau"): the voters who
-- receive it receive a gift from the candidate, which is inducement as well.
local PROGRAMME_RULES = { ["state-facility.programme-for-candidate"] = true,
                          ["state-facility.framed-programme"] = true }
document_rule {
  id = "inducement.programme-gift",
  needs_findings = true,  -- nothing to do in a memo without findings
  category = "inducement",
  severity = "medium",
  confidence = 0.7,
  basis = C.basis("uu7_280j", "uu10_71", "pp94_n5"),
  message = {
    id = "Bantuan atau program instansi diserahkan sebagai pemberian calon (pada kunjungannya, " ..
      "oleh timnya, dalam warnanya): penerimanya diberi materi untuk mendukung calon itu.",
    en = "Office aid or a programme is handed out as the candidate's gift (on their visit, by " ..
      "their team, in their colours): its recipients are given goods to support them.",
  },
  suggest = {
    id = "Salurkan bantuan menurut aturan program, tanpa nama, tim, warna, atau acara calon mana pun.",
    en = "Deliver the aid by the programme's rules, without any candidate's name, team, colours or event.",
  },
  check = function(doc)
    return raise_on_marked(doc, PROGRAMME_RULES, "programme_gifts", "inducement")
  end,
  examples = {
    flag = {
      { body = "Paket bantuan lansia diserahkan langsung oleh tim pemenangan Ibu Rahma Lubis, calon wali kota." },
      { body = "Hal: Penyaluran Bantuan Pangan Tahap IV\nPenyerahan dilaksanakan bersamaan dengan agenda kunjungan calon bupati nomor urut 2 ke desa." },
      { body = "Penyaluran alsintan disertai sambutan calon gubernur petahana tentang kelanjutan kepemimpinan." },
      { body = "Pasar murah bulan ini digelar bersamaan dengan kunjungan calon bupati nomor urut 2 ke kecamatan." },
      { body = "Hal: Pasar Murah Kecamatan\nPaket dikemas dalam tas berwarna oranye sesuai warna calon gubernur nomor urut 1." },
    },
    pass = {
      { body = "Bantuan lansia diserahkan oleh kepala dinas sosial di balai desa." },
      { body = "Pasar murah digelar bersamaan dengan Hari Jadi Kabupaten." },
      { body = "Bantuan bibit dilarang diserahkan bersamaan dengan kampanye pasangan calon." },
      { body = "Bawaslu menyelidiki dugaan pasar murah yang diserahkan tim paslon nomor 2." },
      { body = "Hal: Penyaluran Bantuan Pangan Tahap IV\nPenyerahan dijadwalkan oleh kepala dinas dan didampingi camat." },
      -- a programme's budget bent to a candidate, nothing handed to voters
      { body = "Anggaran dinas kegiatan sosialisasi dijadwalkan bersamaan dengan safari calon bupati nomor urut 2." },
    },
  },
}

-- The office's aid given only to a candidate's supporters, or withheld from the rest
-- (inducement.aid-condition or compliance-condition on a programme: BLT, bansos, seed aid): the
-- office decides its distribution in the candidate's favour, which is a misuse of the office's
-- programme as well as an inducement.
local CONDITION_RULES = { ["inducement.aid-condition"] = true,
                          ["inducement.compliance-condition"] = true }
document_rule {
  id = "state-facility.programme-condition",
  needs_findings = true,  -- nothing to do in a memo without findings
  category = "state-facility",
  severity = "medium",
  confidence = 0.7,
  basis = C.basis("uu10_71", "uu7_282", "pp94_n5"),
  message = {
    id = "Penyaluran bantuan atau program instansi diputuskan menurut dukungan kepada calon: " ..
      "keputusan kedinasan itu menguntungkan calon tersebut.",
    en = "The office's aid or programme is distributed by support for a candidate: an official " ..
      "decision that favours that candidate.",
  },
  suggest = {
    id = "Salurkan bantuan menurut kriteria program yang berlaku, tanpa melihat pilihan politik " ..
      "penerimanya.",
    en = "Distribute the aid by the programme's own criteria, whatever the recipients' politics.",
  },
  check = function(doc)
    return raise_on_marked(doc, CONDITION_RULES, "programme_conditions", "state-facility")
  end,
  examples = {
    flag = {
      { body = "Penerima RTLH yang tidak hadir pada deklarasi dukungan paslon nomor 2 kuotanya dialihkan ke warga lain." },
      { body = "Seluruh pendamping diminta memenangkan pasangan calon nomor urut 1.\nKPM yang tidak hadir pada acara beliau diusulkan dicoret dari penerima BPNT." },
      { body = "Ketua RT agar menyampaikan bahwa bantuan pangan hanya diteruskan kepada warga yang memilih Pak Suherman Jaya, calon kepala desa." },
      { body = "Kepala desa diminta memenangkan pasangan nomor urut 3.\nWarga yang ikut acara pasangan lain diusulkan dicoret dari daftar penerima BPNT." },
      { body = "Penerima PKH yang tidak mencoblos paslon nomor urut 2 akan dievaluasi dan bantuannya dapat dihentikan." },
    },
    pass = {
      -- staff pay and posts: an inducement, not the office's programme
      { body = "Honorer diminta hadir di kampanye akbar paslon 01.\nHonorer yang tidak hadir kontraknya tidak diperpanjang." },
      { body = "Guru wajib memasang twibbon calon Gubernur nomor 2.\nBagi guru yang belum memasang, insentif triwulan ditahan." },
      { body = "Bantuan pangan hanya diberikan kepada keluarga yang terdaftar dalam DTKS." },
      { body = "ASN dilarang mengaitkan bansos dengan pilihan kepada pasangan calon tertentu." },
      { body = "Bawaslu menerima laporan bahwa BLT dihentikan bagi pendukung paslon 2." },
    },
  },
}
