-- state_facility.lua - rules for memos that put office vehicles, buildings, equipment, budget or
-- working hours at a candidate's or party's service, or make an official decision favouring one
-- (category "state-facility").
--
-- Legal basis, wording checked with the search tool (public pages, not the official gazette):
--   PP 94/2021 Pasal 5 huruf n angka 4 and 5: Kompas.com, 16/03/2022 (see endorsement.lua);
--     angka 5 also pasundan.jabarekspres.com (06/01/2023).
--   UU 7/2017 Pasal 280 ayat (1) huruf h: grahamedia.id (Bawaslu, Pasal 280); Pasal 282 and the
--     penalty in Pasal 547: bennyhutabarat.com (01/02/2024), aktual.com.
--   UU 10/2016 Pasal 71 ayat (1), Pasal 188: radarutara.bacakoran.co, radartasik.id (14/10/2024).
local C = require "netral.kit"

-- Words that make a paragraph partisan besides the reference itself.
local PARTISAN = { "campaign_events", "campaign_materials", "team_refs", "support_verbs",
                   "vote_verbs", "candidate_gatherings" }

local ORGANISATION = { kepala = true, pimpinan = true, staf = true, pegawai = true,
  petugas = true, karyawan = true, jajaran = true, warga = true, keluarga = true }

local function sentences_of(p, list)
  local s = {}
  for _, h in ipairs(p:hits(list)) do s[h.sentence] = true end
  return s
end

local function specific_ref(p)
  return C.has(p, "candidate_names") or C.has(p, "number_refs_strong") or C.has(p, "party_names")
    or C.has(p, "candidate_slogans")
end

rule {
  id = "state-facility.campaign-use",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "state-facility",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.85,
  scope = "paragraph",
  basis = C.basis("pp94_n4", "uu7_280h", "uu10_71"),
  message = {
    id = "Memo memakai kendaraan, gedung, peralatan, anggaran, atau jam kerja instansi untuk " ..
      "kegiatan calon atau partai tertentu.",
    en = "The memo uses office vehicles, buildings, equipment, budget or working hours for a " ..
      "candidate's or party's activity.",
  },
  suggest = {
    id = "Batalkan penggunaan fasilitas ini. Barang milik negara/daerah, anggaran, dan jam " ..
      "kerja hanya untuk tugas kedinasan, tidak untuk kegiatan calon atau partai mana pun.",
    en = "Cancel this use; state property, budget and working hours are for official duties only.",
  },
  match = all(any "state_facilities", C.ref()),
  check = function(m, p, doc)
    -- The facility must sit next to (same or adjacent sentence) a partisan sentence. "Kepala
    -- puskesmas", "pegawai kantor camat": the office as the people in it, not a facility.
    local fac = {}
    for _, h in ipairs(p:hits("state_facilities")) do
      local prev = h.first > 1 and p:token(h.first - 1).norm or ""
      if not ORGANISATION[prev] then fac[h.sentence] = true end
    end
    local partisan = {}
    for _, l in ipairs(PARTISAN) do
      for s in pairs(sentences_of(p, l)) do partisan[s] = true end
    end
    local refs = {}
    for _, h in ipairs(m.hits) do
      if C.STRONG_SET[h.list] or C.WEAK_SET[h.list] then refs[h.sentence] = true end
    end
    local near_ok = false
    for s in pairs(refs) do
      if partisan[s] or partisan[s - 1] or partisan[s + 1] then
        if fac[s] or fac[s - 1] or fac[s + 1] then near_ok = true end
      end
    end
    if not near_ok then return false end
    -- Lending a building to the KPU, party funding by law: lawful unless a candidate is named.
    if C.lawful(p) and not specific_ref(p) then return false end
    if C.security(p, C.sentences(m), m) then return false end
    return C.grade(m, p, doc, { acts = { state_facilities = true }, category = "state-facility" })
  end,
  examples = {
    flag = {
      "Penjemputan warga ke kampanye akbar paslon 01 memakai mobil siaga kecamatan.",
      "Staf memasang bendera dan baliho Partai Keadilan Sejahtera di sepanjang pagar kantor kelurahan.",
      "Aula kantor dinas dipinjamkan untuk rapat konsolidasi tim pemenangan calon Bupati nomor 1. Konsumsi dibebankan pada DPA Sekretariat.",
      "Nonton bareng debat melalui proyektor kantor, dilanjutkan pemaparan program Paslon 02. Konsumsi dibebankan pada anggaran rapat koordinasi.",
      "Kendaraan dinas eselon III dipakai mengantar relawan caleg Partai Gerindra pada hari Minggu.",
      "Posko pemenangan Ganjar-Mahfud ditempatkan di rumah dinas camat.",
      "Regu II mengangkut APK paslon 1 ke lokasi dengan dua unit mobil patroli dinas dan BBM kantor.",
      -- "meliputi" (to include) is not "meliput" (to cover news, a policing word)
      "Staf membantu posko relawan pasangan calon nomor urut 2, meliputi pencatatan relawan, pada jam kerja.",
      "Relawan pemenangan pasangan calon nomor urut 3 memakai tenda dan kursi milik desa.",
    },
    pass = {
      "ASN dilarang memakai kendaraan dinas untuk kepentingan pasangan calon.",
      "Gudang pemda dipinjamkan kepada KPU untuk logistik pemilu dan tidak dapat digunakan oleh partai politik.",
      "Setiap desa memasang baliho kampanye stunting di balai desa.",
      "Inspektorat meminta klarifikasi atas dugaan stiker pasangan calon pada mobil dinas.",
      "Balai desa dipinjamkan kepada PPS sebagai lokasi TPS 03 pada hari pemungutan suara.",
      "Mobil dinas digunakan untuk distribusi logistik pemilu bersama KPU kabupaten.",
      "Mobil patroli Satpol PP dipakai untuk penertiban baliho paslon 1 yang melanggar zona.",
    },
  },
}

rule {
  id = "state-facility.favour-decision",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "state-facility",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.8,
  basis = C.basis("pp94_n5", "uu7_282", "uu10_71"),
  message = {
    id = "Memo membuat keputusan atau membagi layanan yang menguntungkan pendukung calon atau " ..
      "partai tertentu.",
    en = "The memo makes an official decision that favours a candidate's or party's supporters.",
  },
  suggest = {
    id = "Cabut ketentuan ini. Layanan, bantuan, dan keputusan kedinasan harus diberikan " ..
      "berdasarkan aturan, tanpa melihat dukungan politik penerimanya.",
    en = "Withdraw it; services and decisions must not depend on political support.",
  },
  match = near(10, any { "hanya diberikan", "hanya untuk", "khusus untuk", "khusus bagi",
                         "syarat", "persyaratan", "disyaratkan", "mensyaratkan", "=calon penerima",
                         "=penerima bantuan",
                         "diprioritaskan", "prioritas", "didahulukan", "diutamakan",
                         "dipersulit", "ditunda", "dicoret", "tidak diberikan", "dipindahkan",
                         "dimutasi" },
               at_least(1, any { "=pendukung", "=pemilih", "yang memilih", "yang mendukung",
                                 "yang tidak mendukung", "yang tidak memilih", "basis suara",
                                 "lumbung suara", "suara terbanyak" }, C.ref())),
  check = function(m, p, doc)
    if C.forbidden(p, m) then return false end
    local strength = C.ref_strength(p, m, doc)
    -- "pendukung", "yang memilih" in a memo that names a candidate elsewhere.
    if strength < 2 and C.notes(doc).strong > 0 then strength = 2 end
    return C.grade(m, p, doc, { acts = {}, category = "state-facility", strength = strength })
  end,
  examples = {
    flag = {
      "Bantuan bibit hanya diberikan kepada kelompok tani pendukung pasangan calon nomor 2.",
      "Desa dengan suara terbanyak untuk calon Bupati petahana diprioritaskan dalam alokasi dana aspirasi.",
      "Pegawai yang tidak mendukung paslon 01 dipindahkan ke kecamatan terluar.",
      "Perbaikan jalan didahulukan di RT yang memilih caleg Partai Hanura.",
      "Izin keramaian khusus untuk relawan Prabowo-Gibran diproses tanpa antre.",
      "Syarat tambahan: calon penerima bantuan modal wajib melampirkan surat pernyataan mendukung pasangan calon Wali Kota nomor urut 3.",
    },
    pass = {
      "Bantuan bibit hanya diberikan kepada kelompok tani yang terdaftar di Simluhtan.",
      "Lansia dan penyandang disabilitas diprioritaskan di TPS.",
      "Pejabat dilarang membuat keputusan yang menguntungkan salah satu pasangan calon.",
      "Pemilih disabilitas didahulukan saat pemungutan suara.",
      "Pendaftaran hanya untuk pegawai yang belum pernah mengikuti pelatihan.",
      "Calon penerima beasiswa wajib melampirkan fotokopi KTP dan transkrip nilai.",
      "RT yang berhasil menghimpun suara untuk caleg nomor urut 3 akan menerima bantuan semen.",
    },
  },
}

-- Facilities arranged in the paragraph right after a partisan one ("Saudara diminta mengerahkan
-- 100 warga ke rapat umum calon presiden ... / Warga diangkut menggunakan bus sekolah").
local LOGISTIC_USE = { "=diangkut", "=mengangkut", "=angkut", "=dijemput", "=menjemput", "=antar",
  "=mengantar", "=diantar", "=dipake", "=pake", "=dipakek", "=pinjamkan", "=dipinjamkan", "=meminjamkan", "=dipakai", "=digunakan",
  "=menggunakan", "=memakai", "=pakai", "=gunakan", "=dibebankan", "=bebankan", "=disiapkan",
  "=siapkan", "=menyiapkan", "=disediakan", "=sediakan", "=menyediakan", "=difasilitasi",
  "=berangkat", "=keberangkatan",
  "=diberangkatkan", "=memberangkatkan", "=pemberangkatan", "=berkumpul", "=membawa",
  "=dibawa" }

-- The partisan paragraphs just before (C.partisan_before, netral/kit.lua): a campaign activity
-- needs no particular candidate, mobilising staff to every pair's rally is a breach, and so is
-- the office car that takes them there.
local any_partisan_earlier, partisan_before = C.any_partisan_earlier, C.partisan_before

rule {
  id = "state-facility.campaign-logistics",
  -- asleep until the memo has a partisan finding (C.wake_on_partisan); `when` then asks for
  -- one in an earlier paragraph
  asleep = true,
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "state-facility",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.75,
  basis = C.basis("pp94_n4", "uu7_280h", "uu10_71"),
  message = {
    id = "Memo mengatur kendaraan, gedung, peralatan, atau anggaran instansi untuk kegiatan " ..
      "calon yang disebut pada paragraf sebelumnya.",
    en = "The memo arranges office vehicles, buildings, equipment or budget for the candidate's " ..
      "activity named in the paragraph before.",
  },
  suggest = {
    id = "Batalkan pengaturan fasilitas ini bersama kegiatan kampanyenya; fasilitas negara " ..
      "hanya untuk tugas kedinasan.",
    en = "Cancel the arrangement along with the campaign activity.",
  },
  match = near(8, any "state_facilities", any(LOGISTIC_USE)),
  -- Facility words next to "digunakan" fill ordinary memos; without a partisan paragraph before,
  -- there is nothing to link them to, so skip the matching altogether.
  when = any_partisan_earlier,
  check = function(m, p, doc)
    local target = partisan_before(p, doc)
    if not target then return false end
    if C.lawful(p, C.sentences(m)) then return false end
    return C.grade(m, p, doc, { acts = { state_facilities = true }, category = "state-facility",
                                strength = 3, note_strength = target })
  end,
  examples = {
    flag = {
      "Saudara diminta mengerahkan 100 warga ke rapat umum calon presiden Prabowo Subianto.\nWarga diangkut menggunakan bus sekolah dan mobil operasional kecamatan.",
      "Kami minta seluruh pegawai hadir pada kampanye terbuka paslon nomor 1.\nPegawai berangkat bersama memakai kendaraan dinas masing-masing bidang.",
      "Staf wajib menghadiri deklarasi relawan Ganjar-Mahfud di lapangan kota.\nKonsumsi peserta dibebankan pada anggaran rapat koordinasi.",
      "Mari sukseskan temu kader caleg Partai Golkar nomor urut 2 hari Sabtu.\nSound system kantor disiapkan oleh Subbag Umum.",
      "Para guru diminta memenangkan calon Bupati nomor urut 3.\nPertemuan dengan wali murid memakai ruang kelas setelah jam pelajaran.",
      "Piket pegawai:\nTanggal\tTempat\n11 Nov\tSekretariat Tim Pemenangan Paslon Bupati No. 3 (input data relawan)\n18 Nov\tTerminal\nPegawai membawa laptop kantor.",
    },
    pass = {
      "Kendaraan dinas dipakai untuk mengantar logistik pemilu ke gudang KPU.",
      "Pegawai diminta hadir pada upacara HUT kabupaten.\nPeserta diangkut menggunakan bus sekolah.",
      "ASN dilarang menghadiri kampanye paslon nomor 1.\nKendaraan dinas tidak boleh dipakai di luar jam kerja.",
      "Rapat evaluasi diadakan di aula.\nKonsumsi dibebankan pada anggaran rapat koordinasi.",
      "Bawaslu menemukan dugaan kepala desa menghadiri kampanye paslon 02.\nKepala desa menggunakan mobil dinas desa.",
      "Regu piket menjaga terminal tipe B selama libur panjang.\nPetugas membawa laptop kantor.",
    },
  },
}

-- Under a partisan frame (subject line, title, opening paragraph, table header or list lead-in
-- naming a campaign event or a candidate, computed in C), office vehicles, rooms, equipment,
-- budget, duty status or working hours arranged in a later paragraph serve that event.
rule {
  id = "state-facility.framed-logistics",
  unless = { "prohibition" },
  category = "state-facility",
  severity = "high",
  graded = true,
  confidence = 0.8,
  scope = "paragraph",
  basis = C.basis("pp94_n4", "uu7_280h", "uu10_71"),
  message = {
    id = "Memo menyediakan fasilitas instansi (kendaraan, ruangan, peralatan, anggaran, jam kerja " ..
      "atau status dinas) untuk acara partisan yang disebut pada perihal, judul, atau pembukaannya.",
    en = "The memo provides office facilities (vehicles, rooms, equipment, budget, duty time or " ..
      "status) for the partisan event its subject, title or opening names.",
  },
  suggest = {
    id = "Batalkan pengaturan fasilitas ini; fasilitas negara hanya untuk tugas kedinasan.",
    en = "Cancel the arrangement; state facilities are for official duties only.",
  },
  match = all(at_least(1, any "frame_event", any "frame_target"),
              at_least(1, any "state_facilities", any "duty_facilities")),
  check = function(m, p, doc)
    -- the verdict is the paragraph's, whichever candidate: judge it once
    if not C.first_look(doc, p, "state-facility.framed-logistics") then return false end
    if C.closing(p) then return false end
    if C.in_comment(p) or C.forbidden(p, m) or C.forbidden_anywhere(p, m) or C.security(p) or
       C.lawful(p) then
      return false
    end
    if not (C.has(p, "use_verbs") or C.has(p, "arrangement_acts") or C.has(p, "attend_verbs")
            or p.where == "table" or p.list_level >= 0) then
      return false
    end
    local sev = C.directive(p, m, doc) and "high" or "medium"
    C.note(doc, p, m, "state-facility", sev, C.frame_strength(p))
    return { severity = sev, confidence = sev == "high" and 0.85 or 0.7 }
  end,
  examples = {
    flag = {
      -- "pinjam pakai" is how an office lends anything, lawful only when an election body borrows
      "Untuk kampanye akbar paslon nomor 1 hari Sabtu kami sampaikan pengaturan berikut:\n1. Kendaraan: bagi desa yang tidak memiliki mobil, hubungi Kasi Trantib untuk pinjam pakai mobil dinas kecamatan.",
      "Hal: Persiapan Kampanye Dialogis Pasangan Calon Nomor Urut 2\nRuang rapat lantai 3 dan proyektor kantor disiapkan oleh Subbag Umum.",
      "Perihal: Rapat Umum Calon Gubernur Nomor Urut 1\nPeserta berangkat menggunakan bus dinas dan mobil operasional.",
      "Hal: Deklarasi Dukungan Relawan\nBiaya konsumsi dibebankan pada anggaran rapat koordinasi.",
      "Dalam rangka kampanye akbar hari Minggu di Lapangan Pemuda, kami sampaikan hal berikut.\nPegawai yang berangkat dicatat dinas luar.",
      "Hal: Konsolidasi Relawan Pemenangan\nAula kantor dipakai untuk acara tersebut pada Sabtu malam.",
      -- a neutrality claim in the lead-in's purpose clause does not forbid the items under it
      "Hal: Kehadiran Guru pada Kampanye Dialogis Pasangan Calon\nAgar guru mengenal visi setiap pasangan calon tanpa memihak, disampaikan pengaturan berikut:\nKehadiran guru dinyatakan sebagai tugas dinas luar.",
      -- a memo head laid out as a table, its subject two cells after "Hal"
      "| Hal | : | Kehadiran Pegawai pada Kampanye Akbar Rapat Umum |\nPegawai diberangkatkan dengan bus sekretariat dan kendaraan operasional Bagian Umum.",
      -- a surat tugas's purpose field
      "SURAT PERINTAH TUGAS\nUntuk : Hadir dan mengikuti rapat umum kampanye ketiga pasangan calon Bupati sesuai jadwal berikut.\nPegawai yang bertugas dicatat dinas luar dan diberi uang harian.",
      -- ... and its basis field, when the purpose serves the event the basis names
      "SURAT PERINTAH TUGAS\nDasar : Permintaan Ketua Fraksi tanggal 8 Januari perihal Pelantikan Tim Pemenangan Calon Anggota DPRD.\nUntuk : Melaksanakan persiapan dan pelayanan kegiatan pada Sabtu.\nRuang rapat paripurna dan sound system sekretariat disiapkan oleh Subbag Umum.",
    },
    pass = {
      "Hal: Persiapan Kampanye Akbar Pasangan Calon Nomor Urut 1\nDemikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.",
      "Hal: Larangan Penggunaan Fasilitas Negara untuk Kampanye\nKendaraan dinas tidak boleh dipakai di luar tugas.",
      "Hal: Pengamanan Kampanye Akbar\nMobil patroli disiagakan di sekitar stadion.",
      "Hal: Rapat Koordinasi Penyaluran Bansos\nRuang rapat lantai 2 disiapkan oleh Subbag Umum.",
      "Perihal: Dukungan Logistik Pemilu kepada KPU\nGudang pemda dipinjamkan kepada KPU.",
      "Hal: Kunjungan Kerja Bupati\nMobil dinas disiapkan untuk rombongan.",
      "Hal: Kampanye Akbar Pasangan Calon\nAgar pelayanan tetap berjalan, pegawai tidak boleh:\nberangkat ke kampanye akbar dengan mobil dinas.",
      "| Hal | : | Pengamanan Kampanye Akbar Rapat Umum |\nMobil patroli dan personel Satpol PP disiagakan di sekitar stadion.",
      "Untuk : Melakukan pengawasan rapat umum pasangan calon sesuai surat Bawaslu.\nPetugas berangkat dengan kendaraan dinas.",
      "Dasar : Surat Bawaslu Kabupaten perihal Pengawasan Kampanye Rapat Umum Pasangan Calon.\nUntuk : Mendampingi pengawas kecamatan.\nPetugas berangkat dengan kendaraan dinas.",
    },
  },
}

-- A named campaign event and an office facility in the same sentence: the bus to the rally, the
-- duty status of those sent, the hall lent to the declaration.
rule {
  id = "state-facility.event-facility",
  unless = { "prohibition" },
  category = "state-facility",
  severity = "high",
  graded = true,
  confidence = 0.8,
  basis = C.basis("pp94_n4", "uu7_280h", "uu10_71"),
  message = {
    id = "Memo memakai fasilitas instansi (kendaraan, ruangan, anggaran, status dinas, jam kerja) " ..
      "untuk acara kampanye.",
    en = "The memo uses office facilities (vehicles, rooms, budget, duty status, working hours) " ..
      "for a campaign event.",
  },
  suggest = {
    id = "Hapus pemakaian fasilitas ini; kampanye tidak boleh memakai fasilitas negara, untuk " ..
      "calon mana pun.",
    en = "Remove the use of facilities; campaigns may not use state facilities, for anyone.",
  },
  scope = "paragraph",
  match = near(40, any "frame_events", at_least(1, any "state_facilities", any "duty_facilities")),
  check = function(m, p, doc)
    local sents = C.sentences(m)
    if C.public_program(p, m) or C.lawful(p, sents, m) then return false end
    for _, h in ipairs(m.hits) do
      if h.list == "frame_events" and C.inside(p, h, "event_bait") then return false end
    end
    return C.grade(m, p, doc, { acts = { state_facilities = true, duty_facilities = true },
                                category = "state-facility", strength = 3,
                                note_strength = C.ref_strength(p, m, doc) })
  end,
  examples = {
    flag = {
      "Bus dinas disiapkan untuk mengangkut pegawai ke lokasi kampanye akbar di alun-alun.",
      "Pegawai yang menghadiri rapat umum pasangan calon dicatat sebagai dinas luar.",
      "Aula kecamatan dipinjamkan untuk deklarasi dukungan relawan pada Jumat malam.",
      "Konsumsi konsolidasi relawan dibebankan pada anggaran kegiatan bidang.",
      "Staf berangkat ke kampanye terbuka pada jam kerja dengan mobil operasional.",
    },
    pass = {
      "Kendaraan dinas dilarang dipakai untuk menghadiri kampanye akbar.",
      "Mobil patroli mengamankan jalannya rapat umum pasangan calon.",
      "Kampanye imunisasi memakai mobil puskesmas keliling.",
      "Gedung serbaguna dipinjamkan kepada KPU untuk debat dan rapat umum sesuai jadwal resmi.",
      "Bawaslu menemukan dugaan bus sekolah dipakai ke lokasi kampanye akbar.",
    },
  },
}

-- An office programme or aid bent to a candidate: timed to the candidate's visit, handed over by
-- the candidate or their team, packed in their colours, or tied to their next term.
rule {
  id = "state-facility.programme-for-candidate",
  unless = { "prohibition" },
  category = "state-facility",
  severity = "high",
  graded = true,
  confidence = 0.8,
  basis = C.basis("pp94_n5", "uu7_282", "uu10_71"),
  message = {
    id = "Memo membelokkan program atau bantuan instansi untuk kepentingan calon tertentu.",
    en = "The memo bends an office programme or aid to a particular candidate's benefit.",
  },
  suggest = {
    id = "Pisahkan program ini dari calon mana pun: tanpa kehadiran, nama, warna, atau tim calon.",
    en = "Keep the programme apart from every candidate: no presence, name, colours or team.",
  },
  match = near(16, near(8, any "office_programmes", any "programme_ties"), C.strong_ref()),
  check = function(m, p, doc)
    local sents = C.sentences(m)
    if C.public_program(p, m) or C.lawful(p, sents, m) or C.security(p, sents, m) then
      return false
    end
    -- "penerima PKH diminta ...": the programme names the people addressed, not what is bent.
    for _, h in ipairs(m.hits) do
      if h.list == "office_programmes" and C.inside(p, h, "programme_people") then return false end
    end
    local strength = C.ref_strength(p, m, doc)
    if strength < 3 then return false end
    -- aid or goods handed out as the candidate's: a gift to voters too
    if C.has(p, "office_handouts") or C.has(p, "inducement_goods") then C.programme_gift(doc, p) end
    return C.grade(m, p, doc, { acts = { office_programmes = true, programme_ties = true },
                                category = "state-facility", strength = strength,
                                base = "medium" })
  end,
  examples = {
    flag = {
      "Pasar murah bulan ini digelar bersamaan dengan kunjungan calon bupati nomor urut 2 ke kecamatan.",
      "Paket bantuan lansia diserahkan langsung oleh tim pemenangan Ibu Rahma Lubis, calon wali kota.",
      "Bantuan bibit dikemas dengan stiker bergambar paslon nomor urut 1.",
      "Penyaluran alsintan disertai sambutan calon gubernur petahana tentang kelanjutan kepemimpinan.",
      "Dana BOS kegiatan pentas seni dijadwalkan bersamaan dengan safari caleg Partai Bulan Sabit.",
    },
    pass = {
      "Pasar murah digelar bersamaan dengan Hari Jadi Kabupaten.",
      "Bantuan lansia diserahkan oleh kepala dinas sosial di balai desa.",
      "Bantuan bibit dilarang diserahkan bersamaan dengan kampanye pasangan calon.",
      "Bawaslu menyelidiki dugaan pasar murah yang diserahkan tim paslon nomor 2.",
      "Penyaluran alsintan dijadwalkan bersamaan dengan musim tanam kedua.",
    },
  },
}

-- The memo's subject, title, opening, a lead-in or a table header names an office programme
-- ("Hal: Penyaluran Bansos Tahap III", "Bantuan permakanan ... disalurkan dengan ketentuan
-- berikut:"); a later paragraph ties its delivery to a candidate: their visit, team, colours.
rule {
  id = "state-facility.framed-programme",
  unless = { "prohibition" },
  category = "state-facility",
  severity = "high",
  graded = true,
  confidence = 0.8,
  basis = C.basis("pp94_n5", "uu7_282", "uu10_71"),
  message = {
    id = "Memo mengatur penyaluran program atau bantuan instansi (yang disebut pada perihal, " ..
      "pembukaan, atau pengantar daftar) bersama calon tertentu: kunjungannya, timnya, atau warnanya.",
    en = "The memo arranges an office programme or aid (named in its subject, opening or a " ..
      "list lead-in) with a particular candidate: their visit, team or colours.",
  },
  suggest = {
    id = "Pisahkan program ini dari calon mana pun: tanpa kehadiran, nama, warna, atau tim calon.",
    en = "Keep the programme apart from every candidate: no presence, name, colours or team.",
  },
  scope = "paragraph",
  -- the tie binds to the candidate: "bersamaan dengan kunjungan Bapak X", "tatap muka calon
  -- nomor urut 1", "warna pasangan Amir", "tim relawan beliau"
  match = all(any "frame_programme", any "programme_delivery",
              near(4, at_least(1, any "programme_ties", any "candidate_gatherings"),
                   at_least(1, any "candidate_refs", any "candidate_names", any "party_names",
                            any "number_refs_strong", any "target_person", any "target_anaphor"))),
  check = function(m, p, doc)
    if not C.first_look(doc, p, "state-facility.framed-programme") then return false end
    local sents = C.sentences(m)
    if C.in_comment(p) or C.forbidden(p, m) or C.public_program(p, m) or C.lawful(p, sents, m) then
      return false
    end
    local strength = C.ref_strength(p, m, doc)
    if strength < 3 then return false end
    C.programme_gift(doc, p) -- a programme delivered: a gift to voters too
    return C.grade(m, p, doc, { acts = { programme_ties = true, candidate_gatherings = true },
                                category = "state-facility",
                                strength = strength, base = "medium" })
  end,
  examples = {
    flag = {
      "Hal: Penyaluran Bantuan Pangan Tahap IV\nPenyerahan dilaksanakan bersamaan dengan agenda kunjungan calon bupati nomor urut 2 ke desa.",
      "Bantuan permakanan lansia triwulan IV disalurkan dengan ketentuan sebagai berikut:\n1. penyaluran dilakukan pada kegiatan tatap muka Bapak H. Dindin, wali kota petahana yang kembali maju dengan nomor urut 1, sesuai jadwal tim;",
      "Hal: Penyaluran Bantuan Sarana Penangkapan Ikan\nPerahu diserahkan oleh tim pemenangan pasangan Amir Umasugi pada kunjungan kampanyenya.",
      "| Jadwal Penyaluran Pupuk Bersubsidi Tahap II |\n| Penyerahan didampingi tim relawan Paslon 03 |",
      "Hal: Pasar Murah Kecamatan\nPaket dikemas dalam tas berwarna oranye sesuai warna calon gubernur nomor urut 1.",
      -- the memo shows she runs only in its last line: read again, the first line counts
      "Hal: Penyaluran Bantuan Pangan Tahap IV\nPaket diserahkan langsung oleh tim Ibu Ratna Wulandari sesuai agenda beliau.\nTarget tiap kecamatan 60% suara buat beliau.",
    },
    pass = {
      -- a team or a gathering in a memo that names a programme: it delivers nothing
      "Hal: Program Kerja Bidang 2025\nSeluruh pegawai mendaftarkan diri sebagai anggota relawan pasangan Marthen–Ferdi.",
      "Hal: Bantuan Pangan Tahap IV\nKami mengundang Saudara mengikuti jalan sehat bersama Mas Yoyok, calon Wali Kota.",
      "Hal: Penyaluran Bantuan Pangan Tahap IV\nPaket diserahkan langsung oleh tim Ibu Ratna Wulandari sesuai agenda beliau.\nLaporan penyaluran dikirim kepada beliau paling lambat Jumat.",
      "Hal: Penyaluran Bantuan Pangan Tahap IV\nPenyerahan dilaksanakan bersamaan dengan Hari Jadi Kabupaten.",
      "Hal: Penyaluran Bantuan Pangan Tahap IV\nPenyerahan tidak boleh dilakukan bersamaan dengan kunjungan calon bupati nomor urut 2.",
      "Hal: Penyaluran Bantuan Pangan Tahap IV\nPenyerahan dijadwalkan oleh kepala dinas dan didampingi camat.",
      "Hal: Rapat Koordinasi Kampanye Pasangan Calon\nPenyerahan dilaksanakan bersamaan dengan agenda kunjungan calon bupati nomor urut 2.",
      "Hal: Larangan Penyaluran Bansos pada Masa Kampanye\nPenyerahan bersamaan dengan kunjungan calon bupati nomor urut 2 dilarang.",
    },
  },
}

-- A campaign team served by the office: staff assigned to it, its post in an office room, office
-- equipment or working hours ("dua staf ditugaskan menjadi sekretariat posko relawan ... selama
-- jam kerja dengan laptop kantor").
rule {
  id = "state-facility.team-resources",
  unless = { "prohibition" },
  category = "state-facility",
  severity = "high",
  graded = true,
  confidence = 0.8,
  scope = "paragraph",
  basis = C.basis("pp94_n4", "uu7_280h", "uu10_71"),
  message = {
    id = "Memo menugaskan pegawai atau menyediakan ruang, peralatan, atau jam kerja instansi " ..
      "untuk tim kampanye atau posko pemenangan.",
    en = "The memo assigns staff or provides office rooms, equipment or working hours to a " ..
      "campaign team or post.",
  },
  suggest = {
    id = "Cabut penugasan dan pemakaian fasilitas ini; tim kampanye tidak boleh memakai pegawai " ..
      "atau fasilitas negara.",
    en = "Revoke the assignment and the use of facilities.",
  },
  match = near(30, any "partisan_teams", at_least(1, any "state_facilities", any "duty_facilities")),
  check = function(m, p, doc)
    local sents = C.sentences(m)
    -- "Tim Pemenangan KIPP" of a competition named anywhere in the paragraph
    if C.public_program(p, m) or C.has(p, "cue_public_program") or C.lawful(p, sents, m) then
      return false
    end
    for _, h in ipairs(m.hits) do
      if h.list == "partisan_teams" and C.inside(p, h, "event_bait") then return false end
    end
    -- The facility denied to the team ("BPKAD tidak menyalurkan dana kepada pasangan calon,
    -- partai politik atau tim kampanye"): a negation between the two.
    local team, fac
    for _, h in ipairs(m.hits) do
      if h.list == "partisan_teams" then team = team or h else fac = fac or h end
    end
    if team and fac and C.negation_between(p, team, fac) then return false end
    -- A winning team of what? An election, a candidate in the paragraph or named before.
    if not (C.has(p, "election_words") or C.has(p, "candidate_refs") or C.has(p, "target_person")
            or C.notes(doc).strong > 0) then
      return false
    end
    return C.grade(m, p, doc, { acts = { state_facilities = true, duty_facilities = true },
                                category = "state-facility", strength = 3,
                                note_strength = C.ref_strength(p, m, doc) })
  end,
  examples = {
    flag = {
      "Dua staf ditugaskan menjadi sekretariat posko pemenangan pilkada selama jam kerja dengan laptop kantor.",
      "Ruang rapat lantai 3 agar difasilitasi untuk posko pemenangan Pak Frans mulai Senin.",
      "Lima dosen ASN ditugaskan bergabung dalam tim kampanye pasangan calon gubernur sebagai tim pakar.",
      "Mobil operasional bidang dipinjamkan kepada relawan pemenangan selama masa kampanye pilkada.",
      "Pegawai piket menjaga rumah pemenangan paslon nomor urut 2 pada jam dinas secara bergiliran.",
    },
    pass = {
      "Dukungan anggaran bersumber dari Belanja Hibah APBD 2024. BPKAD tidak menyalurkan dana kepada pasangan calon, partai politik atau tim kampanye.",
      "ASN dilarang menjadi anggota tim kampanye dan memakai kendaraan dinas untuk posko pemenangan.",
      "Dibentuk tim pemenangan lomba desa sehat; sekretariat di aula kantor.",
      "Satpol PP menertibkan posko pemenangan yang didirikan di halaman kantor desa.",
      "Bawaslu menerima laporan dugaan laptop kantor dipakai tim kampanye.",
      "Tim kampanye mengajukan izin kepada KPU untuk memakai gedung serbaguna sesuai jadwal.",
    },
  },
}

-- A campaign slogan or hashtag on the office's own channels and occasions: an official account,
-- an official ceremony, a backdrop or banner paid from the budget.
rule {
  id = "state-facility.official-slogan",
  unless = { "prohibition" },
  category = "state-facility",
  severity = "high",
  graded = true,
  confidence = 0.8,
  scope = "paragraph",
  basis = C.basis("pp94_n4", "pp94_n5", "uu7_282", "uu10_71"),
  message = {
    id = "Memo memakai akun resmi, acara resmi, atau bahan yang dibiayai instansi untuk slogan " ..
      "kampanye calon.",
    en = "The memo uses an official account, an official event or office-paid material for a " ..
      "candidate's campaign slogan.",
  },
  suggest = {
    id = "Hapus slogan ini dari akun, acara, dan bahan kedinasan.",
    en = "Remove the slogan from official accounts, events and material.",
  },
  match = near(30, any "target_slogan", at_least(1, any "official_channels", any "state_facilities",
                                                   any "official_events")),
  check = function(m, p, doc)
    local sents = C.sentences(m)
    if C.security(p, sents, m) or C.lawful(p, sents, m) then return false end
    return C.grade(m, p, doc, { acts = { official_channels = true, state_facilities = true,
                                         official_events = true },
                                category = "state-facility", strength = 3 })
  end,
  examples = {
    flag = {
      "Admin akun resmi dinas agar memakai caption 'Satu Putaran Bersama Pak Rizal' pada setiap unggahan.",
      "Backdrop upacara HUT kabupaten bertuliskan 'Lanjutkan Bersama Pak Gafur' dibiayai dari anggaran kegiatan.",
      "Gapura resmi di depan kantor bupati mencantumkan tagar #LanjutkanPakZul.",
      "Unggahan di akun Instagram resmi pemda wajib disertai #SatuPutaranSaja.",
      "Spanduk rapat kerja dinas memuat slogan 'Dua Periode untuk Bu Yanti'.",
    },
    pass = {
      "Admin akun resmi dinas menurunkan unggahan bertagar #SatuPutaranSaja.",
      "ASN dilarang memakai slogan 'Lanjutkan Bersama Pak Gafur' pada acara resmi.",
      "Backdrop upacara HUT kabupaten bertuliskan 'Bersatu Membangun Negeri'.",
      "Akun resmi pemda membagikan jadwal kampanye dari KPU.",
      "Bawaslu menemukan dugaan tagar #SatuPutaranSaja di akun resmi dinas.",
    },
  },
}

-- The memo's subject, title, a lead-in or a table header names the office's own channel or
-- occasion ("Hal: Kalender Konten Media Sosial Resmi Pemerintah Kota", "Hal: Upacara HUT
-- Kabupaten"); a later paragraph or cell puts a candidate's slogan or posts on it.
rule {
  id = "state-facility.framed-channel",
  unless = { "prohibition" },
  category = "state-facility",
  severity = "high",
  graded = true,
  confidence = 0.8,
  scope = "paragraph",
  basis = C.basis("pp94_n4", "skb2022", "uu10_71"),
  message = {
    id = "Memo memakai akun, kanal, atau acara resmi instansi (yang disebut pada perihal, judul, " ..
      "atau pengantarnya) untuk konten atau slogan calon.",
    en = "The memo puts a candidate's content or slogan on the office's own account, channel or " ..
      "occasion (named in its subject, title or lead-in).",
  },
  suggest = {
    id = "Hapus konten ini; akun dan acara resmi hanya untuk informasi dan kegiatan kedinasan.",
    en = "Remove the content; official accounts and occasions carry official business only.",
  },
  match = all(any "frame_channel", at_least(1, any "social_verbs", any "chant_acts", any "install_verbs"),
              C.strong_ref()),
  check = function(m, p, doc)
    if not C.first_look(doc, p, "state-facility.framed-channel") then return false end
    local sents = C.sentences(m)
    if C.in_comment(p) or C.forbidden(p, m) or C.forbidden_anywhere(p, m) or C.security(p, sents, m) or
       C.lawful(p, sents, m) then
      return false
    end
    local strength = C.ref_strength(p, m, doc)
    if strength < 3 then return false end
    return C.grade(m, p, doc, { acts = { social_verbs = true, chant_acts = true, install_verbs = true },
                                category = "state-facility", strength = strength })
  end,
  examples = {
    flag = {
      "Hal: Kalender Konten Media Sosial Resmi Pemerintah Kota\n| Rabu | IG, FB | Repost video dari akun @andre.sofie2024 dengan tagar #AndreSofieDuaPeriode |",
      "Hal: Upacara HUT Kabupaten ke-68\nPeserta upacara meneriakkan yel-yel \"Satu Putaran, Lanjutkan Pak Gafur\" setelah amanat pembina.",
      "Bersama ini disampaikan jadwal unggahan akun resmi dinas:\n1. Senin: bagikan video kampanye calon Bupati nomor urut 2.",
      "Hal: Kalender Konten Akun Resmi Kecamatan\nAdmin membagikan poster paslon nomor 1 setiap Jumat.",
      "Hal: Persiapan Apel Pagi Gabungan\nSpanduk bertuliskan #LanjutkanBuNirmala dipasang di panggung apel.",
    },
    pass = {
      "Hal: Kalender Konten Media Sosial Resmi Pemerintah Kota\n| Rabu | IG, FB | Repost video layanan KTP dari akun @dukcapil |",
      "Hal: Kalender Konten Akun Resmi Kecamatan\nAdmin dilarang membagikan poster paslon nomor 1.",
      "Hal: Upacara HUT Kabupaten ke-68\nBupati membacakan amanat tentang pelayanan publik.",
      "Hal: Kalender Konten Akun Resmi Kecamatan\nAdmin membagikan imbauan KPU tentang jadwal kampanye pasangan calon nomor 1, 2 dan 3.",
      "Hal: Jadwal Kampanye Akbar\nAdmin membagikan poster paslon nomor 1.",
    },
  },
}

-- The office's own social-media accounts used for a candidate: the official account posts,
-- shares or tags the campaign ("repost lewat akun resmi dinas", "admin akun resmi pemda memakai
-- tagar #SatuPutaranSaja").
local ACCOUNTS = { "akun resmi", "akun dinas", "akun instansi", "akun pemda", "akun resmi dinas",
  "akun resmi pemda", "akun resmi instansi", "akun kantor", "akun humas", "admin akun",
  "media sosial dinas", "medsos dinas", "kanal resmi", "website resmi", "situs resmi",
  "laman resmi" }
rule {
  id = "state-facility.official-account",
  unless = { "prohibition" },
  category = "state-facility",
  severity = "high",
  graded = true,
  confidence = 0.8,
  scope = "paragraph",
  basis = C.basis("pp94_n4", "pp94_n5", "uu7_282", "uu10_71"),
  message = {
    id = "Memo memakai akun atau kanal resmi instansi untuk mengunggah atau menyebarkan konten calon.",
    en = "The memo uses the office's official accounts or channels to post or spread a candidate's content.",
  },
  suggest = {
    id = "Hapus perintah ini; akun resmi instansi hanya untuk informasi kedinasan.",
    en = "Remove the order; official accounts carry official information only.",
  },
  -- an account named as official, or "akun [platform] kelurahan", "IG sekolah"
  match = near(24, at_least(1, any(ACCOUNTS), before(3, any { "=akun", "=kanal" }, any "office_units"),
                           before(1, any "social_platforms", any "office_units")),
               any "social_verbs", C.strong_ref()),
  check = function(m, p, doc)
    local sents = C.sentences(m)
    if C.security(p, sents, m) or C.lawful(p, sents, m) then return false end
    return C.grade(m, p, doc, { acts = { social_verbs = true }, category = "state-facility",
                                strength = 3, note_strength = C.ref_strength(p, m, doc),
                                inner_negation = true })
  end,
  examples = {
    flag = {
      "Foto kegiatan diunggah ke IG sekolah dengan tagar #GuruBersatuHarismanHebat untuk caleg DPRD nomor urut 3.",
      "Dokumentasi diunggah di akun Instagram kelurahan dengan tagar #MakassarLanjutDuaPeriode untuk Ibu Andi Nurhayati.",
      "Humas agar mengunggah konten #DuaPeriodeBangHendra melalui akun resmi dinas setiap pagi.",
      "Admin akun resmi pemda diminta membagikan unggahan pasangan calon nomor urut 1.",
      "Seluruh postingan paslon 02 wajib direpost lewat akun dinas.",
      "Operator website resmi kecamatan memasang banner calon Bupati Hendra Saputra di beranda.",
      "Akun humas agar menandai calon wali kota nomor urut 2 pada setiap unggahan kegiatan.",
      "Admin akun resmi dinas membagikan ulang konten program Mas Danang dengan tagar #DanangYuliMenang.",
    },
    pass = {
      "Dokumentasi lomba diunggah di akun Instagram kelurahan dengan tagar #LorongWisata.",
      "Unggahan akun resmi selama masa kampanye tidak memuat foto, nama atau slogan Bupati calon petahana.",
      "Akun resmi dinas dilarang membagikan konten pasangan calon mana pun.",
      "Admin akun resmi pemda mengunggah jadwal kampanye dari KPU untuk semua pasangan calon.",
      "Humas agar mengunggah dokumentasi kegiatan vaksinasi melalui akun resmi dinas.",
      "Bawaslu menemukan akun resmi dinas membagikan unggahan paslon 1.",
      "Akun resmi dinas membagikan imbauan netralitas ASN menjelang pemungutan suara.",
    },
  },
}


-- A facility the memo itself puts to use ("Subbag Perlengkapan menyiapkan mobil dinas ...",
-- "aula kantor disediakan"), whoever it serves. Kept as info: ordinary memos do this all the
-- time. The document rule state-facility.partisan-memo (document.lua) raises it when the same
-- memo is partisan. Asleep until the memo has a partisan finding (C.wake_on_partisan): facility
-- words fill ordinary memos, and reading them there would cost a Lua call per paragraph. Replay:
-- once woken it also reads the paragraphs before ("Tempat : Ruang Rapat" above the decision).
local PROVIDE = { use_verbs = true }
rule {
  id = "state-facility.facility-arranged",
  asleep = true,
  replay = true,
  unless = { "prohibition" },
  category = "state-facility",
  severity = "info",
  confidence = 0.4,
  basis = C.basis("pp94_n4"),
  message = {
    id = "Memo menyediakan atau memakai fasilitas instansi (kendaraan, gedung, peralatan, " ..
      "anggaran, jam kerja). Wajar untuk tugas kedinasan, melanggar bila untuk kegiatan calon.",
    en = "The memo provides or uses office facilities (vehicles, buildings, equipment, budget, " ..
      "working hours); fine for official duties, a violation when for a candidate's activity.",
  },
  suggest = {
    id = "Pastikan fasilitas ini hanya dipakai untuk tugas kedinasan.",
    en = "Make sure the facility serves official duties only.",
  },
  -- used, provided or granted ("diberikan SPPD dalam kota"), or named as the venue ("Tempat :
  -- Aula Lantai 3 RSUD")
  match = near(6, any "state_facilities",
               at_least(1, any "use_verbs", any { "=siapkan", "=menyiapkan", "=disiapkan",
                                                  "=tempat", "=lokasi", "=bertempat",
                                                  "=diberikan", "=diberi", "=dibuatkan",
                                                  "=diterbitkan", "=menerbitkan" })),
  check = function(m, p)
    if C.in_comment(p) or C.forbidden(p, m) or C.negated(p, m, PROVIDE) then return false end
    if C.lawful(p) or C.security(p, C.sentences(m), m) then return false end
    if C.has(p, "oversight_acts", C.sentences(m)) then return false end
    -- "kepala puskesmas", "pegawai kantor camat": the office as the people in it
    for _, h in ipairs(m.hits) do
      if h.list == "state_facilities" then
        local prev = h.first > 1 and p:token(h.first - 1).norm or ""
        if ORGANISATION[prev] then return false end
      end
    end
    return true
  end,
  -- (asleep until a partisan finding: each example opens with one)
  examples = {
    flag = {
      "Disusun jadwal piket pegawai untuk menghadiri kampanye terbuka setiap pasangan calon secara bergantian.\nPegawai piket berangkat dari kantor pukul 13.00 dan diberikan SPPD dalam kota.",
      "Guru honorer dijadwalkan hadir di kampanye akbar paslon nomor 1.\nUtk bensin motor diganti dr kas BOS pos transport Rp25rb.",
      "Seluruh staf diminta mendukung pasangan calon nomor urut 2.\nSubbag Perlengkapan menyiapkan mobil dinas pimpinan beserta sopir setiap Sabtu.",
      "Seluruh staf diminta mendukung pasangan calon nomor urut 2.\nAula kantor kecamatan disediakan untuk kegiatan tersebut pada hari Minggu.",
      "Seluruh staf diminta mendukung pasangan calon nomor urut 2.\nKonsumsi dibebankan pada anggaran kegiatan Sekretariat.",
      "Seluruh staf diminta mendukung pasangan calon nomor urut 2.\nPeserta diantar memakai bus dinas dari halaman kantor.",
      "Seluruh staf diminta mendukung pasangan calon nomor urut 2.\nProyektor kantor dipinjamkan kepada panitia selama dua hari.",
      "Seluruh staf diminta mendukung pasangan calon nomor urut 2.\nHari/Tanggal : Jumat, 26 Januari 2024 Tempat : Aula Lantai 3 RSUD",
      -- replayed: the facility comes before the partisan paragraph that woke the rule
      "Tempat : Ruang Rapat Sekretariat\nRapat sepakat seluruh staf mendukung pasangan calon nomor urut 2.",
    },
    pass = {
      "Pegawai yang mengikuti bimbingan teknis di provinsi diberikan SPPD sesuai ketentuan.",
      "Seluruh staf diminta mendukung pasangan calon nomor urut 2.\nASN dilarang memakai kendaraan dinas untuk kepentingan pasangan calon.",
      "Seluruh staf diminta mendukung pasangan calon nomor urut 2.\nMobil dinas tidak digunakan di luar jam kerja.",
      "Seluruh staf diminta mendukung pasangan calon nomor urut 2.\nBalai desa dipinjamkan kepada PPS sebagai lokasi TPS pada hari pemungutan suara.",
      "Seluruh staf diminta mendukung pasangan calon nomor urut 2.\nKepala puskesmas menyiapkan laporan bulanan.",
      "Seluruh staf diminta mendukung pasangan calon nomor urut 2.\nBawaslu menemukan dugaan mobil dinas dipakai mengangkut relawan.",
      "Seluruh staf diminta mendukung pasangan calon nomor urut 2.\nReviu penggunaan dana desa tahap II dilaksanakan pada 36 desa sampel.",
      "Aula kantor disediakan untuk rapat koordinasi penanganan stunting.",
    },
  },
}
C.wake_on_partisan("state-facility.facility-arranged")
C.wake_on_partisan("state-facility.campaign-logistics")
