-- document.lua - document-level rules that read the whole memo: the genre (neutrality circular,
-- violation report, election logistics) that turns quoted or forbidden acts into context, social
-- media requests inside a partisan memo, and partisan acts that amount to supporting a candidate.
-- Runs before letterhead_misuse.lua (files load in name order), which needs the final severities.
--
-- Legal basis: PP 94/2021 Pasal 5 huruf n frames every listed act (angka 1-7) as a way of
-- "memberikan dukungan" to a candidate; wording from Kompas.com, 16/03/2022 (see endorsement.lua).
local C = require "netral.kit"

local SEV = { info = 0, low = 1, medium = 2, high = 3 }
local ACT_CATEGORIES = { ["campaign-activity"] = true, ["social-media"] = true,
                         ["state-facility"] = true, ["inducement"] = true }

-- Lower-case text of every paragraph of every part, and the title area: the page header and the
-- short lines (titles, "Hal: ...", kop) among the first eight body paragraphs.
local function memo_text(doc)
  local all, head = {}, {}
  local lh = doc.letterhead or {}
  if type(lh.header_text) == "string" then
    all[#all + 1] = lh.header_text
    head[#head + 1] = lh.header_text
  end
  for pi, part in ipairs(doc.parts or {}) do
    -- Comments are reviewers' notes (Netral's own annotations quote the legal bases).
    local paras = part.kind ~= "comments" and doc.paragraphs(part.name) or {}
    for i, x in ipairs(paras) do
      local t = type(x) == "table" and x.text or x
      if type(t) == "string" then
        all[#all + 1] = t
        if pi == 1 and i <= 8 and select(2, t:gsub("%S+", "")) <= 12 then head[#head + 1] = t end
      end
    end
  end
  return table.concat(all, "\n"):lower(), table.concat(head, "\n"):lower()
end

-- How many of the patterns occur in text; each one found is added to `found` (for explain).
local function count(text, patterns, found)
  local n = 0
  for _, pat in ipairs(patterns) do
    if text:find(pat) then
      n = n + 1
      if found then found[#found + 1] = pat end
    end
  end
  return n
end

-- Distinctive words of each genre (Lua patterns over lower-case text).
local REPORT_STRONG = { "terlapor", "pelapor", "berita acara", "formulir laporan", "laporan dugaan",
  "dugaan pelanggaran", "klarifikasi", "kronologi", "hasil pemeriksaan", "uraian kejadian",
  "pokok laporan", "waktu kejadian", "temuan pengawas" }
local REPORT_ISSUER = { "bawaslu", "panwaslu", "panwascam", "pengawas pemil", "inspektorat",
  "inspektur", "komisi aparatur sipil negara", "kasn", "badan kepegawaian", "bkpsdm" }
local NEUTRAL_TITLE = { "netralitas", "larangan", "imbauan", "himbauan", "menjaga netral",
  "politik praktis" }
local NEUTRAL_BODY = { "netral", "dilarang", "larangan", "tidak boleh", "sanksi",
  "hukuman disiplin", "94 tahun 2021", "keputusan bersama", "kode etik", "diimbau", "dihimbau",
  "agar tidak", "untuk tidak", "keberpihakan" }
local LOGISTICS = { "kpps", "%f[%a]pps%f[%A]", "%f[%a]ppk%f[%A]", "pantarlih", "badan ad hoc",
  "hari pemungutan suara", "libur", "cuti", "dispensasi", "izin", "logistik", "pinjam pakai",
  "hak pilih", "lokasi tps", "%f[%a]tps%f[%A]", "penugasan", "pemungutan suara" }

-- "report", "neutrality", "logistics" or nil; the words that decided it.
local function genre(doc)
  local all, head = memo_text(doc)
  local w = {}
  -- A report says so in its title or kop, or is full of report words; one "klarifikasi" in a
  -- coercive memo ("yang tidak hadir akan dimintai klarifikasi") is not enough.
  local strong = count(all, REPORT_STRONG, w)
  if strong >= 2 or count(head, REPORT_STRONG) >= 1 or
     (strong >= 1 and count(head, REPORT_ISSUER, w) >= 1) then
    return "report", w
  end
  -- Circulars and logistics memos announce their subject in the title; their body vocabulary
  -- alone ("TPS", "hak pilih", "sanksi") also turns up in memos that order partisan acts.
  w = {}
  if count(head, NEUTRAL_TITLE, w) >= 1 or
     (all:find("netral") and count(all, NEUTRAL_BODY, w) >= 4) then
    return "neutrality", w
  end
  w = {}
  if count(head, LOGISTICS, w) >= 1 and count(all, LOGISTICS, w) >= 3 then return "logistics", w end
  return nil
end

local GENRE_TEXT = {
  id = { report = "laporan atau klarifikasi dugaan pelanggaran",
         neutrality = "surat edaran atau imbauan netralitas",
         logistics = "memo logistik pemilu (libur, izin, KPPS, TPS)" },
  en = { report = "a report or clarification of an alleged violation",
         neutrality = "a neutrality circular or reminder",
         logistics = "an election-logistics memo (holiday, leave, KPPS, TPS)" },
}

document_rule {
  id = "endorsement.compliant-genre",
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
    local g, words = genre(doc)
    if not g then return nil end
    trace(doc.lang == "en" and "genre: %s, from the words %s" or "jenis memo: %s, dari kata %s",
          (doc.lang == "en" and GENRE_TEXT.en or GENRE_TEXT.id)[g], table.concat(words, ", "))
    local changed, first
    for _, f in ipairs(doc.findings) do
      local s = SEV[f.severity] or 0
      -- A report quotes acts: nothing in it is the memo's own. Circulars and logistics memos
      -- keep only explicit orders (high); the rest is their subject matter.
      if s >= 1 and f.category ~= "letterhead-misuse" and (g == "report" or s <= 2) then
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
      { body = "SURAT EDARAN TENTANG NETRALITAS ASN\nASN dilarang berkampanye.\n" ..
               "Tahun lalu seorang camat menulis di grup: dukung paslon 01 sampai menang." },
      { body = "PEMBERITAHUAN LIBUR PEMUNGUTAN SUARA\nKantor libur pada hari pemungutan suara.\n" ..
               "Pegawai yang menjadi anggota KPPS diberi dispensasi dan izin.\n" ..
               "Pegawai yang menjadi saksi Partai Golkar di TPS mengajukan cuti tahunan." },
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

document_rule {
  id = "social-media.partisan-share",
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
    local partisan = false
    for _, f in ipairs(doc.findings) do
      if f.category ~= "letterhead-misuse" and (SEV[f.severity] or 0) >= 2 then partisan = true end
    end
    if not partisan then return nil end
    -- Paragraphs that already carry a social-media finding need no second one.
    local covered = {}
    for _, f in ipairs(doc.findings) do
      if f.category == "social-media" and (SEV[f.severity] or 0) >= 2 then
        covered[f.part .. "#" .. f.paragraph] = true
      end
    end
    local out = {}
    for _, f in ipairs(doc.findings) do
      if f.rule == "social-media.share-request" and f.severity == "info" and
         not covered[f.part .. "#" .. f.paragraph] then
        out[#out + 1] = { part = f.part, where = f.where, paragraph = f.paragraph,
                          start = f.start, stop = f.stop }
      end
    end
    return #out > 0 and out or nil
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

document_rule {
  id = "endorsement.partisan-act",
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
    for _, f in ipairs(doc.findings) do
      if ACT_CATEGORIES[f.category] and (SEV[f.severity] or 0) >= 2 then
        for _, n in ipairs(C.para_notes(doc, f.part, f.paragraph) or {}) do
          if n.strength >= 3 then
            return { { part = f.part, where = f.where, paragraph = f.paragraph, start = f.start,
                       stop = f.stop, severity = f.severity } }
          end
        end
      end
    end
    return nil
  end,
  examples = {
    flag = {
      { body = "Staf bergabung ke grup Telegram relawan dan aktif membagikan konten Paslon 02." },
      { body = "Staf memasang bendera dan baliho Partai Keadilan Sejahtera di pagar kantor kelurahan." },
      { body = "Penjemputan warga ke kampanye akbar paslon 01 memakai mobil siaga kecamatan." },
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
    },
  },
}
