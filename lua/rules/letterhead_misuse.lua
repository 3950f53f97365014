-- letterhead_misuse.lua - the document rule for partisan content on an official letterhead (kop
-- surat): a kop in the page header, or in the first lines or first table of the body, together
-- with any medium-or-higher finding of another category (category "letterhead-misuse").
-- Loads after document.lua, so it sees severities after the genre rule has had its say.
--
-- Legal basis, wording checked with the search tool (public pages, not the official gazette):
--   PP 94/2021 Pasal 5 huruf n angka 4 and 5 (fasilitas negara; keputusan/tindakan yang
--     menguntungkan pasangan calon): Kompas.com, 16/03/2022 (nasional.kompas.com/read/2022/03/16/
--     00150051). A kop surat is the instance's official identity: a partisan memo on it uses a state
--     facility and turns the message into an official act of the office.
--   UU 7/2017 Pasal 282 and its penalty in Pasal 547: bennyhutabarat.com (01/02/2024).
--   UU 10/2016 Pasal 71 ayat (1): radarutara.bacakoran.co, tandaseru.com (2024).
local C = require "netral.kit"

local SEV = { info = 0, low = 1, medium = 2, high = 3 }
local NAMES = { ["endorsement"] = "dukungan kepada calon", ["campaign-activity"] = "kegiatan kampanye",
                ["social-media"] = "kampanye media sosial", ["state-facility"] = "pemakaian fasilitas negara",
                ["inducement"] = "pemberian atau pengumpulan KTP untuk calon" }
local NAMES_EN = { ["endorsement"] = "support for a candidate", ["campaign-activity"] = "campaign activity",
                   ["social-media"] = "social-media campaigning", ["state-facility"] = "use of state facilities",
                   ["inducement"] = "gifts or ID collection for a candidate" }

-- The first word of an institution line of a kop ("PEMERINTAH KABUPATEN ...", "DINAS ...").
local INSTITUTION = {
  "pemerintah", "kementerian", "kementrian", "kemen%a*", "dinas", "badan", "kecamatan",
  "kelurahan", "desa", "sekretariat", "inspektorat", "kantor", "sekolah", "smp", "sma", "smk",
  "sd", "sdn", "smpn", "sman", "smkn", "mts", "man", "min", "universitas", "institut",
  "politeknik", "rumah sakit", "rsud", "puskesmas", "uptd", "upt", "biro", "bagian", "bidang",
  "komisi", "lembaga", "panitia", "balai", "direktorat", "kepolisian", "polres", "polsek",
  "pengadilan", "kejaksaan", "dewan", "markas", "satuan", "kabupaten", "kota", "provinsi",
  "bupati", "wali ?kota", "gubernur", "camat", "lurah", "kepala desa", "perusahaan daerah",
  "pdam", "majelis", "mahkamah", "pusat", "unit", "kantor", "otorita", "bappeda", "bpbd",
  "bkd", "bkpsdm", "diskominfo", "dprd", "setda", "setwan", "perumda", "kpu", "bawaslu",
  -- regional and state-owned enterprises (BUMD/BUMN) carry the state's letterhead too
  "perusahaan umum daerah", "perusahaan perseroan daerah", "perseroan daerah", "perusahaan umum",
  "bumd", "bumn", "bank pembangunan daerah", "bank daerah",
}
-- The same as anchored patterns, built once.
local INSTITUTION_PATTERNS = {}
for i, w in ipairs(INSTITUTION) do INSTITUTION_PATTERNS[i] = "^" .. w .. "%f[%A]" end

-- Address and contact lines.
local CONTACT = { "^jl%.?%s", "^jln%.?%s", "^jalan%s", "telp", "telepon", "tlp%.", "faks", "fax",
  "laman", "website", "www%.", "%.go%.id", "%.sch%.id", "%.ac%.id", "%.desa%.id", "e%-?mail",
  "surel", "kode pos", "po%.? box", "^alamat" }

local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

local function mostly_upper(s)
  local up, letters = 0, 0
  for c in s:gmatch("%a") do
    letters = letters + 1
    if c:match("%u") then up = up + 1 end
  end
  return letters > 0 and up / letters >= 0.6
end

-- words: the line as the tokens read it (from C: OCR damage such as "D1NAS", "PEMERlNTAH"
-- read through); the raw text says whether it is set in capitals.
local function institution_line(text, words)
  local t = trim(text)
  if #t < 3 or #t > 140 or not mostly_upper(t) then return false end
  local low = t:lower()
  for _, pat in ipairs(INSTITUTION_PATTERNS) do
    if low:find(pat) or (words and words:find(pat)) then return true end
  end
  return false
end

local function contact_line(text)
  local low = trim(text):lower()
  for _, pat in ipairs(CONTACT) do
    if low:find(pat) then return true end
  end
  return false
end

-- "Logo ...", "Lambang ...", "Kop surat ...": an image of the emblem, or a line standing in for it.
local function logo_line(text)
  local low = trim(text):lower()
  return low:find("^logo") or low:find("^lambang") or low:find("^kop surat") or low:find("^kop%f[%A]")
end

-- An alt text names the institution in ordinary case ("Kop surat Dinas Pendidikan Kota X").
local function alt_institution(text)
  local t = trim(text):gsub("^[%a]+%s+[Ss]urat%s+", ""):gsub("^[Ll][Oo][Gg][Oo]%s+", "")
  return institution_line(t:upper())
end

-- The kop, if any: { part, where, paragraph, start, stop } of its first institution line. The
-- lines come from C (letterhead.lines) whatever shape the kop was typed in: paragraphs of the
-- page header, lines of one paragraph broken with Shift+Enter, table cells, text boxes, image
-- alt texts, and the body's first lines.
local function find_kop(doc)
  local lh = doc.letterhead or {}
  local first, first_alt, institutions, contacts = nil, nil, 0, 0
  local logo = (lh.header_images or 0) > 0
  for _, l in ipairs(lh.lines or {}) do
    local text = l.text or ""
    if l.source == "alt" then
      if logo_line(text) then logo = true end
      if alt_institution(text) then
        institutions = institutions + 1
        first_alt = first_alt or l
      end
    elseif institution_line(text, l.words) then
      institutions = institutions + 1
      first = first or l
    elseif contact_line(text) then
      contacts = contacts + 1
    elseif logo_line(text) then
      logo = true
    end
  end
  first = first or first_alt -- words on the page are a better place for the comment than a picture
  if not first then return nil end
  if institutions >= 2 or contacts >= 1 or logo then
    local where = "body"
    for _, p in ipairs(doc.paragraphs(first.part) or {}) do
      if p.index == first.paragraph then where = p.where break end
    end
    return { part = first.part, where = where, paragraph = first.paragraph, start = first.start,
             stop = first.stop }
  end
  return nil
end

document_rule {
  id = "letterhead-misuse.kop-surat",
  needs_findings = true,  -- nothing to do in a memo without findings
  category = "letterhead-misuse",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.85,
  basis = C.basis("pp94_n4", "pp94_n5", "uu7_282", "uu10_71"),
  message = {
    id = "Memo partisan ini memakai kop surat resmi instansi, sehingga tampil sebagai sikap " ..
      "resmi instansi.",
    en = "This partisan memo is on the office's official letterhead, so it reads as the office's " ..
      "official position.",
  },
  suggest = {
    id = "Tarik memo ini. Kop surat, nomor surat, dan tanda tangan jabatan hanya untuk urusan " ..
      "kedinasan; terbitkan ralat yang menegaskan netralitas instansi.",
    en = "Withdraw the memo; letterhead and official signatures are for official business only.",
  },
  check = function(doc)
    local worst, cats, seen = 0, {}, {}
    for _, f in ipairs(doc.findings) do
      local s = SEV[f.severity] or 0
      if f.category ~= "letterhead-misuse" and s >= 2 then
        if s > worst then worst = s end
        if not seen[f.category] then
          seen[f.category] = true
          cats[#cats + 1] = f.category
        end
      end
    end
    if worst < 2 then return nil end
    local kop = find_kop(doc)
    if not kop then return nil end
    table.sort(cats)
    local names = {}
    for _, c in ipairs(cats) do names[#names + 1] = (doc.lang == "en" and NAMES_EN or NAMES)[c] end
    local msg
    if doc.lang == "en" then
      msg = "This memo is on the office's official letterhead and contains " ..
        table.concat(names, ", ") .. "; it reads as the office's official position."
    else
      msg = "Memo berkop surat resmi instansi ini memuat " .. table.concat(names, ", ") ..
        ", sehingga tampil sebagai sikap resmi instansi."
    end
    return { { part = kop.part, where = kop.where, paragraph = kop.paragraph, start = kop.start,
               stop = kop.stop, severity = worst == 3 and "high" or "medium", message = msg } }
  end,
  examples = {
    flag = {
      { header = "PEMERINTAH KABUPATEN SUNGAI PINANG\nDINAS PERIKANAN\nJl. Dermaga Lama No. 21",
        body = "SURAT EDARAN\nKami minta seluruh penyuluh memenangkan calon Bupati nomor urut 3." },
      { body = "PEMERINTAH KOTA TELUK BIRU\nSEKRETARIAT DAERAH\nJl. Balai Kota No. 1\n\n" ..
             "NOTA DINAS\nStaf wajib repost konten Prabowo-Gibran di platform X lima kali sehari.",
        kop = 3 },
      { body = "LOGO\nPEMERINTAH KABUPATEN RANTAU BARU\nKECAMATAN RANTAU HILIR\n\n" ..
             "Penjemputan warga ke kampanye akbar paslon 01 memakai mobil siaga kecamatan.",
        kop = 3 },
      { header = "KEMENTERIAN AGAMA\nKANTOR KEMENTERIAN AGAMA KOTA BANDAR LAUT",
        body = "Setiap guru madrasah yang hadir menerima uang transport Rp100.000 dari tim " ..
               "sukses caleg Partai Demokrat nomor urut 4." },
      { header = "DINAS PENDIDIKAN\nLaman: www.disdik.example.go.id", header_images = 1,
        body = "Pegawai diminta mengganti foto profil dengan twibbon pasangan calon Gubernur nomor 2." },
    },
    pass = {
      { header = "PEMERINTAH KABUPATEN SUNGAI PINANG\nBADAN KEPEGAWAIAN DAERAH\nJl. Antasari No. 3",
        body = "SURAT EDARAN\nASN dilarang mendukung pasangan calon dan memakai fasilitas negara " ..
               "untuk kampanye." },
      { body = "PEMBERITAHUAN\nBapak/Ibu rekan ASN di lingkungan UPT Pendidikan Kecamatan Rantau Hilir,\n" ..
             "Kita berangkat bersama ke kampanye akbar Ganjar-Mahfud.", kop = 2 },
      { header = "PEMERINTAH KOTA LEMBAH PERMAI\nDINAS SOSIAL\nJl. Kasih Sayang No. 14",
        body = "UNDANGAN\nRapat koordinasi penyaluran bantuan sosial, Senin pukul 09.00." },
      { header = "Halaman 2 dari 3", body = "Mari kita coblos Prabowo-Gibran pada 14 Februari." },
      { header = "PEMERINTAH KABUPATEN PESISIR TIMUR\nDINAS KESEHATAN\nJl. Kesehatan No. 1",
        body = "Setiap desa memasang baliho kampanye imunisasi di posyandu." },
    },
  },
}
