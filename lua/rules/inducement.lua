-- inducement.lua - rules for memos that give money, goods or transport money for support or votes,
-- or collect KTP copies and support letters for a candidate (category "inducement").
--
-- Legal basis, wording checked with the search tool (public pages, not the official gazette):
--   PP 94/2021 Pasal 5 huruf n angka 6 ("pemberian barang") and angka 7 ("surat dukungan disertai
--     fotokopi Kartu Tanda Penduduk"): Kompas.com, 16/03/2022; sumeksradio.disway.id.
--   UU 7/2017 Pasal 280 ayat (1) huruf j and Pasal 523: grahamedia.id, jabarekspres.com
--     (11/02/2024); Pasal 283 ayat (2) ("pemberian barang"): jabarnews.com.
--   UU 10/2016 Pasal 187A: Bawaslu statement quoted on a 2024 news page found by the search tool.
local C = require "netral.kit"

local function sentences_of(p, list)
  local s = {}
  for _, h in ipairs(p:hits(list)) do s[h.sentence] = true end
  return s
end

-- The goods are handed out (a give/receive verb or a partisan marker in their sentence) and a
-- candidate reference or campaign event stands at most two sentences away ("... konser kampanye
-- akbar Ganjar-Mahfud. Kita berangkat bersama ... Tiap orang yang hadir dapat uang bensin").
-- A marker that is part of a reference describes the candidate, it hands nothing out ("calon
-- anggota DPR RI nomor urut 2 dari Partai Karya Nusantara": "dari partai" is no gift's source).
local function gift_markers(p)
  local refs = {}
  for _, list in ipairs(C.STRONG) do
    for _, r in ipairs(p:hits(list)) do refs[#refs + 1] = r end
  end
  local s = {}
  for _, h in ipairs(p:hits("gift_markers")) do
    local part_of_ref = false
    for _, r in ipairs(refs) do
      if r.first <= h.last and r.last >= h.first then part_of_ref = true break end
    end
    if not part_of_ref then s[h.sentence] = true end
  end
  return s
end

local function gift_near_ref(p, m)
  local markers = gift_markers(p)
  local give = sentences_of(p, "give_verbs")
  for s in pairs(markers) do give[s] = true end
  local refs = {}
  for _, h in ipairs(m.hits) do
    if C.STRONG_SET[h.list] or C.WEAK_SET[h.list] then refs[h.sentence] = true end
  end
  for s in pairs(sentences_of(p, "campaign_events")) do refs[s] = true end
  for _, h in ipairs(m.hits) do
    -- Aid and building material are gifts only with a reward marker ("yang berhasil ... akan
    -- menerima"); money, sembako and vouchers with any give or receive verb.
    local handed = (h.list == "inducement_goods" and give[h.sentence]) or
      (h.list == "inducement_goods_generic" and markers[h.sentence])
    if handed then
      local s = h.sentence
      for d = -2, 2 do
        if refs[s + d] then return true end
      end
    end
  end
  return false
end

rule {
  id = "inducement.gift-for-support",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "inducement",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.85,
  scope = "paragraph",
  basis = C.basis("pp94_n6", "uu7_280j", "uu10_187a"),
  message = {
    id = "Memo memberikan atau menjanjikan uang, barang, atau uang transport yang dikaitkan " ..
      "dengan calon, kampanye, atau pilihan tertentu.",
    en = "The memo gives or promises money, goods or transport money tied to a candidate, " ..
      "a rally or a vote.",
  },
  suggest = {
    id = "Hentikan pemberian ini. Pemberian uang atau barang untuk memengaruhi pilihan adalah " ..
      "politik uang; bantuan kedinasan tidak boleh membawa nama, gambar, atau pesan calon.",
    en = "Stop the handout; money or goods to influence votes is vote buying.",
  },
  match = all(at_least(1, any "inducement_goods", any "inducement_goods_generic"), C.ref()),
  check = function(m, p, doc)
    if not gift_near_ref(p, m) then return false end
    -- Party funding by law, grants to the election bodies.
    if C.lawful(p, C.sentences(m)) then return false end
    return C.grade(m, p, doc, { acts = { inducement_goods = true, inducement_goods_generic = true },
                                category = "inducement" })
  end,
  examples = {
    flag = {
      "Tiap orang yang hadir di konser kampanye Ganjar-Mahfud dapat uang bensin Rp75.000.",
      "Setiap guru yang hadir menerima voucer belanja Rp200.000 dari tim sukses caleg Partai Demokrat nomor urut 4.",
      "Petugas kebersihan menerima beras 10 kg bergambar calon Wali Kota nomor 1 yang dibagikan Jumat.",
      "RT yang menghimpun 50 suara untuk caleg Partai Golkar akan mendapat bantuan semen dan uang tunai.",
      "Paket sembako dari pasangan calon Bupati petahana disalurkan melalui penyuluh kepada kelompok tani.",
      "Setiap RT yang berhasil menghimpun 50 suara untuk caleg Partai Golkar nomor urut 3 akan menerima bantuan 20 sak semen.",
    },
    pass = {
      -- "dari Partai ..." describes the candidate; the benefit is their record, not a handout
      "Ibu Dra. Sri Wahyuningsih, calon anggota DPR RI nomor urut 2 dari Partai Karya Nusantara, telah memperjuangkan tunjangan guru.",
      "ASN dilarang memberikan uang atau barang kepada pemilih untuk mendukung pasangan calon.",
      "Peserta rapat koordinasi menerima uang transport sesuai standar biaya masukan.",
      "Bantuan beras cadangan pangan pemerintah dibagikan kepada keluarga penerima manfaat.",
      "Terlapor diduga membagikan amplop berisi Rp50.000 kepada warga sambil menyebut caleg nomor urut 2.",
      "Honor petugas KPPS dibayarkan oleh KPU setelah penghitungan suara selesai.",
      "Kami harap nakes mendukung paslon nomor 2 demi keberlanjutan program bantuan kesehatan gratis.",
    },
  },
}

rule {
  id = "inducement.ktp-collection",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "inducement",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.85,
  scope = "paragraph",
  basis = C.basis("pp94_n7", "pp94_n6"),
  message = {
    id = "Memo mengumpulkan fotokopi KTP, kartu keluarga, atau surat dukungan untuk calon tertentu.",
    en = "The memo collects ID-card copies or support letters for a candidate.",
  },
  suggest = {
    id = "Hentikan pengumpulan ini. Instansi tidak boleh menghimpun KTP atau surat dukungan " ..
      "pegawai dan keluarganya untuk calon mana pun; kembalikan berkas yang sudah terkumpul.",
    en = "Stop collecting; return the copies already gathered.",
  },
  -- the candidate, or their supporters or team ("KTP orang tua murid yg siap dukung, serahkan
  -- ke sekretaris relawan") in a memo that names one
  -- ... or the candidate the paragraph's frame names ("Rapat sepakat:" after a lead-in that
  -- introduces the caleg, then "juru pungut mengumpulkan fotokopi KTP pedagang ...")
  match = near(20, any "ktp_docs", any "collect_verbs",
               at_least(1, C.ref(), any "supporter_refs", any "team_refs", any "frame_target")),
  check = function(m, p, doc)
    -- Support letters point at one candidate even when the memo does not name them.
    local sents = C.sentences(m)
    local strength = C.ref_strength(p, m, doc)
    -- (a list lead-in that names the candidate, not an event: the collection is one of its
    -- items; names and NIK listed for an event's participants are its logistics, the framed
    -- rules' business, and so is what a subject line frames)
    local f = p.frame
    local near_frame = f and f.source == "leadin" and not f.event
    for _, h in ipairs(m.hits) do
      if h.list == "frame_target" and near_frame then
        strength = math.max(strength, C.frame_strength(p))
      end
    end
    if strength >= 1 and C.has(p, "support_verbs", sents) then strength = 3 end
    if strength < 3 and C.notes(doc).strong > 0 and
       (C.has(p, "supporter_refs", sents) or C.has(p, "team_refs", sents)) then
      strength = 3
    end
    if strength == 0 then return false end
    return C.grade(m, p, doc, { acts = { collect_verbs = true }, category = "inducement",
                                strength = strength })
  end,
  examples = {
    flag = {
      -- an independent ticket's support form names the pair who runs
      "Guru diminta menandatangani formulir model B.1-KWK perseorangan atas nama Bpk. Yohanis Latupeirissa – Bpk. Abdullah Wael, diserahkan ke kantor UPTD.",
      -- an item under a lead-in that introduces the candidate
      "Kepala UPTD menyampaikan bahwa Mas Bayu Aji, caleg DPRD nomor urut 1, banyak membantu revitalisasi pasar. Rapat sepakat:\n1. juru pungut mengumpulkan fotokopi KTP pedagang sekaligus saat menarik retribusi harian;",
      -- a lead-in that avoids a mishap of its own delivery forbids nothing
      "Untuk menghindari salah tangkap karena sinyal putus-putus, berikut kami tuliskan ulang pesan Korwil:\nTiap sekolah kumpul fotokopi KTP orang tua murid untuk relawan Sahabat Umbu Data, minimal lima puluh lembar.",
      -- the supporters' copies handed to the team of a candidate named before
      "Seluruh kepala sekolah mendukung paslon nomor urut 1.\nTiap sekolah kumpulkan fotokopi KTP orang tua murid yg siap dukung, serahkan ke sekretaris relawan.",
      "Diminta menghimpun fotokopi KTP-el seluruh pegawai disertai surat pernyataan dukungan bagi calon anggota DPD RI.",
      "Kepala sekolah agar mengumpulkan salinan KTP guru honorer sebagai dukungan bagi bakal calon perseorangan Wali Kota.",
      "Setiap RT menyetor fotokopi KK dan KTP warga pendukung paslon nomor 2 ke kantor kelurahan.",
      "Formulir dukungan untuk calon Bupati jalur perseorangan diisi dan ditandatangani seluruh staf.",
      "Kirimkan data NIK keluarga yang siap memilih caleg PKS ke sekretariat paling lambat Senin.",
    },
    pass = {
      "PPS melakukan verifikasi faktual dokumen dukungan bakal pasangan perseorangan sesuai jadwal KPU.",
      -- an event's participants listed with their NIK: the framed rules judge the logistics
      "Sehubungan dengan kampanye dialogis pasangan nomor urut 3, kami sampaikan pembagian tugas:\n1. data peserta per pekon (nama dan NIK) dikumpulkan seksi kesekretariatan.",
      "Tiap sekolah kumpulkan fotokopi KTP orang tua murid penerima PIP, serahkan ke relawan pendataan desa.",
      "ASN dilarang memberikan surat dukungan disertai fotokopi KTP kepada bakal calon perseorangan.",
      "Pelamar PPPK melampirkan fotokopi KTP dan ijazah terakhir.",
      "Calon anggota KPPS mengumpulkan fotokopi KTP-el ke sekretariat PPS.",
      "Bawaslu menindaklanjuti laporan dugaan pencatutan KTP warga untuk dukungan calon perseorangan.",
      "Pegawai yang pindah alamat agar menyerahkan fotokopi kartu keluarga terbaru ke Subbag Kepegawaian.",
    },
  },
}

-- Aid made conditional on support, or threatened for the lack of it ("BLT hanya untuk yang
-- memilih ...", "beasiswa dicabut bila orang tuanya tidak mencoblos ..."): inducement whether the
-- aid is given or withheld.
rule {
  id = "inducement.aid-condition",
  unless = { "prohibition" },
  category = "inducement",
  severity = "high",
  graded = true,
  confidence = 0.85,
  scope = "paragraph",
  basis = C.basis("pp94_n6", "uu7_280j", "uu10_187a", "uu10_71"),
  message = {
    id = "Memo mengaitkan bantuan atau layanan dengan dukungan kepada calon (diberikan hanya " ..
      "kepada pendukung, atau diancam dicabut).",
    en = "The memo ties aid or services to support for a candidate (only for supporters, or " ..
      "threatened with withdrawal).",
  },
  suggest = {
    id = "Cabut ketentuan ini; bantuan diberikan menurut aturan, tidak menurut pilihan politik.",
    en = "Withdraw it; aid follows the rules, not political choice.",
  },
  match = near(28, at_least(1, any "office_programmes", any "staff_benefits"), any "aid_conditions",
               at_least(1, any "supporter_refs", any "vote_verbs", any "support_verbs")),
  check = function(m, p, doc)
    local sents = C.sentences(m)
    if C.in_comment(p) or C.forbidden(p, m) or C.lawful(p, sents, m) then return false end
    -- Supporters of someone: a candidate in the paragraph, or named earlier in the memo.
    local strength = C.particular_ref(p) and 3 or 0
    if strength == 0 and C.notes(doc).strong > 0 then strength = 3 end
    if strength == 0 and (C.has(p, "number_refs_weak", sents) or C.has(p, "candidate_anaphora", sents)) then
      strength = 2
    end
    if strength < 2 then return false end
    -- the condition itself is the memo's act: a threat tied to a ballot number is specific
    C.programme_condition(doc, p, m)
    return C.grade(m, p, doc, { acts = { aid_conditions = true }, category = "inducement",
                                strength = 3 })
  end,
  examples = {
    flag = {
      "Ketua RT agar menyampaikan bahwa bantuan pangan hanya diteruskan kepada warga yang memilih Pak Suherman Jaya, calon kepala desa.",
      "Penerima PKH yang tidak mencoblos paslon nomor urut 2 akan dievaluasi dan bantuannya dapat dihentikan.",
      "Beasiswa daerah khusus untuk anak pendukung calon bupati petahana.",
      "Bansos tahap berikutnya dicoret bagi keluarga yang tidak mendukung caleg Partai Kenari nomor 5.",
      "Pupuk bersubsidi diprioritaskan untuk kelompok tani yang memenangkan pasangan calon nomor 3.",
      "Honorer yang ketahuan tidak memilih paslon nomor 1 jam mengajarnya dikurangi semester depan.",
      -- a PPPK's work agreement, renewed or not
      "Pegawai PPPK yang diketahui mendukung pasangan lain selain nomor urut 2 tidak diusulkan untuk diperpanjang perjanjian kerjanya.",
    },
    pass = {
      -- keeping a benefit is a promise, not a threat ("mempertahankan" is no "ditahan")
      "Pak Agustinus, calon Bupati nomor urut 2, menyampaikan komitmen untuk mempertahankan tambahan penghasilan pegawai.",
      "Bantuan pangan hanya diberikan kepada keluarga yang terdaftar dalam DTKS.",
      "ASN dilarang mengaitkan bansos dengan pilihan kepada pasangan calon tertentu.",
      "Beasiswa dicabut bagi mahasiswa yang tidak memenuhi syarat IPK.",
      "Bawaslu menerima laporan bahwa BLT dihentikan bagi pendukung paslon 2.",
      "Pemilih lansia diprioritaskan di TPS, dan bantuan lansia tetap disalurkan.",
      -- nobody in particular: the memo refutes a rumour about "some pair"
      "BLT ini hak warga. Kalau ada yg bilang BLT cuma untuk pendukung paslon tertentu, itu bohong.",
    },
  },
}

-- Aid promised for a re-election: the office tells the people it serves that a programme
-- continues only if the candidate returns ("program ini hanya akan berlanjut apabila beliau
-- kembali memimpin Kota Makassar periode 2025-2030").
rule {
  id = "inducement.continuation-promise",
  unless = { "prohibition" },
  category = "inducement",
  severity = "high",
  graded = true,
  confidence = 0.8,
  basis = C.basis("uu10_71", "uu7_280j", "pp94_n6"),
  message = {
    id = "Memo menjanjikan kelanjutan program atau bantuan instansi asalkan calon tertentu " ..
      "terpilih kembali.",
    en = "The memo promises that an office programme or aid continues if a particular " ..
      "candidate is re-elected.",
  },
  suggest = {
    id = "Hapus janji ini; program dan bantuan berjalan menurut aturan, siapa pun yang terpilih.",
    en = "Remove the promise; programmes and aid follow the rules, whoever is elected.",
  },
  match = near(24, any "office_programmes", any "continuation_conditions", any "term_of_office"),
  check = function(m, p, doc)
    local sents = C.sentences(m)
    if C.in_comment(p) or C.forbidden(p, m) or C.lawful(p, sents, m) then return false end
    -- the term of office is a particular candidate's: named, numbered or "beliau" resolved to
    -- one, in the sentences of the promise
    if not C.particular_ref(p, sents) then return false end
    return C.grade(m, p, doc, { acts = { continuation_conditions = true }, category = "inducement",
                                strength = 3 })
  end,
  examples = {
    flag = {
      "Program Makassar Peduli adalah program unggulan Bapak H. Andi Mappaujung. Petugas menyampaikan kepada KPM bahwa program ini hanya akan berlanjut apabila beliau kembali memimpin Kota Makassar.",
      "PPL menyampaikan kepada poktan bahwa keberlanjutan bantuan sangat ditentukan oleh kembalinya Bapak H. Lalu Wirasakti, calon bupati, memimpin Lombok Tengah periode berikutnya.",
      "Sampaikan ke warga: bantuan sembako hanya berlanjut kalau paslon nomor urut 1 terpilih kembali.",
      "Kader menjelaskan bahwa beasiswa daerah bisa dilanjutkan apabila calon gubernur petahana memimpin lagi.",
      "Guru honorer diberi tahu bahwa insentif daerah dan program seragam gratis tergantung pada terpilih kembalinya Ibu Rahma, calon wali kota nomor 2.",
    },
    pass = {
      "Program bantuan pangan akan berlanjut apabila anggaran tahun depan disetujui DPRD.",
      "ASN dilarang menyampaikan bahwa bantuan hanya berlanjut apabila petahana kembali memimpin.",
      "Keberlanjutan program ditentukan oleh hasil evaluasi kinerja periode berikutnya.",
      "Bawaslu menerima laporan bahwa kader menyebut bantuan hanya berlanjut jika paslon 1 terpilih kembali.",
      "Program beasiswa terus berlanjut pada periode berikutnya sesuai Perda.",
    },
  },
}

-- Money or goods for going to a campaign event ("setiap warga yang hadir menerima uang transport
-- Rp50.000"): the event is named in the paragraph or frames it (subject, lead-in, table header).
rule {
  id = "inducement.event-money",
  unless = { "prohibition" },
  category = "inducement",
  severity = "high",
  graded = true,
  confidence = 0.8,
  scope = "paragraph",
  basis = C.basis("uu7_280j", "uu10_187a", "pp94_n6"),
  message = {
    id = "Memo memberikan uang transport, uang saku, atau barang kepada orang yang dikerahkan ke " ..
      "acara kampanye.",
    en = "The memo gives transport money, allowances or goods to people brought to a campaign event.",
  },
  suggest = {
    id = "Hentikan pemberian ini; uang atau barang untuk menghadirkan massa kampanye adalah " ..
      "politik uang.",
    en = "Stop the handout; paying people to fill a rally is vote buying.",
  },
  match = all(at_least(1, any "frame_event", any "frame_events"), any "inducement_goods",
              at_least(1, any "give_verbs", any "gift_markers")),
  check = function(m, p, doc)
    if not C.first_look(doc, p, "inducement.event-money") then return false end
    if C.in_comment(p) or C.forbidden(p, m) or C.lawful(p) or C.security(p) then
      return false
    end
    -- paid from the office's budget: the state-facility rules say so
    if C.has(p, "state_facilities") then return false end
    for _, h in ipairs(m.hits) do
      if h.list == "frame_events" and C.inside(p, h, "event_bait") then return false end
    end
    local sev = C.directive(p, m, doc) and "high" or "medium"
    C.note(doc, p, m, "inducement", sev, C.ref_strength(p, m, doc))
    return { severity = sev, confidence = sev == "high" and 0.85 or 0.7 }
  end,
  examples = {
    flag = {
      "Setiap warga yang hadir di kampanye akbar menerima uang transport Rp50.000 dari koordinator.",
      "Hal: Kampanye Dialogis Hari Sabtu\nPeserta mendapat uang saku Rp100.000 dan kaos; mohon dicatat.",
      "Staf wajib ikut rapat umum Minggu pagi; uang bensin Rp75.000 dibagikan di bus.",
      "Untuk konsolidasi relawan hari Jumat, kami minta:\n1. setiap peserta diberi amplop Rp50.000 oleh panitia.",
      "Warga yang datang ke deklarasi dukungan mendapat paket sembako di pintu keluar.",
    },
    pass = {
      "ASN dilarang menerima uang transport dari panitia kampanye akbar.",
      "Peserta rapat koordinasi menerima uang transport sesuai standar biaya.",
      "Bawaslu menemukan dugaan pembagian uang transport pada rapat umum paslon 2.",
      "Uang transport petugas pengamanan kampanye akbar dibayarkan oleh kepolisian.",
      "Peserta kampanye imunisasi menerima paket makanan tambahan.",
    },
  },
}

-- The paragraph after a partisan one pays the people it brought ("Seluruh RT wajib hadir kampanye
-- akbar ... / Uang transport Rp50.000 per orang dibagikan di pintu masuk").
rule {
  id = "inducement.event-money-after",
  -- asleep until the memo has a partisan finding (C.wake_on_partisan); `when` then asks for
  -- one in an earlier paragraph
  asleep = true,
  unless = { "prohibition" },
  category = "inducement",
  severity = "high",
  graded = true,
  confidence = 0.75,
  scope = "paragraph",
  basis = C.basis("uu7_280j", "uu10_187a", "pp94_n6"),
  message = {
    id = "Memo memberikan uang transport, uang saku, atau sembako kepada orang yang dikerahkan " ..
      "ke kegiatan calon atau kampanye yang diatur pada paragraf sebelumnya.",
    en = "The memo pays transport money, allowances or groceries to the people brought to the " ..
      "campaign activity the paragraphs before arrange.",
  },
  suggest = {
    id = "Hentikan pemberian ini bersama pengerahannya; uang atau barang untuk menghadirkan " ..
      "massa kampanye adalah politik uang.",
    en = "Stop the handout along with the mobilisation; paying people to fill a rally is vote buying.",
  },
  match = all(any "attendance_money",
              at_least(1, any "give_verbs", any "gift_markers", any "inducement_goods")),
  when = C.any_partisan_earlier,
  check = function(m, p, doc)
    if not C.first_look(doc, p, "inducement.event-money-after") then return false end
    local target = C.partisan_before(p, doc)
    if not target then return false end
    if C.in_comment(p) or C.forbidden(p, m) or C.lawful(p) or C.security(p) then return false end
    -- paid from the office's budget to its staff: the state-facility rules say so
    if C.has(p, "state_facilities") then return false end
    return C.grade(m, p, doc, { acts = { attendance_money = true }, category = "inducement",
                                strength = 3, note_strength = target })
  end,
  examples = {
    flag = {
      "Seluruh RT wajib hadir pada kampanye akbar paslon nomor 2 hari Minggu.\nUang transport Rp50.000 per orang dibagikan di pintu masuk.",
      "Staf diminta hadir di rapat umum caleg Partai Nasdem nomor 4.\nBagi yang hadir akan diberikan uang saku Rp100.000.",
      "Kepala dusun agar mengerahkan 40 warga untuk mendukung pasangan calon nomor 1 hari Sabtu.\nSembako dibagikan setelah absen di lokasi.",
      "Kami minta seluruh guru mendukung calon Bupati nomor urut 2, Pak Yusran.\nGuru yang membawa 10 orang mendapat uang bensin Rp75.000.",
      "Penyuluh wajib menghadiri kampanye dialogis calon gubernur nomor urut 3.\nAmplop transport diserahkan koordinator kecamatan.",
    },
    pass = {
      "Seluruh RT wajib hadir pada kampanye akbar paslon nomor 2 hari Minggu.\nASN dilarang menerima uang transport dari panitia kampanye.",
      "Rapat koordinasi persiapan pemungutan suara diadakan Senin.\nUang transport peserta dibayarkan sesuai standar biaya.",
      "Peserta pelatihan kader posyandu hadir pukul 08.00.\nUang transport diberikan setelah pelatihan.",
      "Bawaslu menemukan ASN hadir di kampanye paslon 1.\nDugaan pembagian uang transport sedang diklarifikasi.",
      "Kampanye imunisasi campak digelar di seluruh posyandu.\nPaket sembako diberikan kepada ibu hamil kurang mampu.",
      "Staf wajib hadir di kampanye akbar paslon nomor 2.\nUang transport dibebankan pada anggaran kegiatan sekretariat.",
    },
  },
}
C.wake_on_partisan("inducement.event-money-after")

-- In a partisan memo, a benefit or aid made to depend on doing what the memo asks ("Pegawai yang
-- tidak melaporkan ... dipertimbangkan pemotongan TPP", "Pegawai yang bergabung akan menjadi
-- prioritas dalam usulan pengangkatan PPPK", "KPM yang ikut acara sebelah dicoret dari DTKS"):
-- coercion or reward for the partisan acts, even when the condition names no candidate.
rule {
  id = "inducement.compliance-condition",
  -- asleep until the memo has a partisan finding (C.wake_on_partisan), then replayed over the
  -- paragraphs before it (a threat may come first)
  asleep = true,
  replay = true,
  unless = { "prohibition" },
  category = "inducement",
  severity = "high",
  graded = true,
  confidence = 0.75,
  basis = C.basis("pp94_n6", "uu7_280j", "uu10_71"),
  message = {
    id = "Memo mengaitkan tunjangan, kontrak, jabatan, atau bantuan dengan kepatuhan pada " ..
      "arahan kampanyenya (diberikan bagi yang ikut, dipotong atau dicabut bagi yang tidak).",
    en = "The memo ties allowances, contracts, posts or aid to complying with its campaign " ..
      "directions (given to those who join, cut or withdrawn from those who do not).",
  },
  suggest = {
    id = "Cabut ancaman atau imbalan ini; hak pegawai dan bantuan tidak boleh bergantung pada " ..
      "dukungan politik.",
    en = "Withdraw the threat or reward; staff entitlements and aid may not depend on political support.",
  },
  match = near(14, at_least(1, any "staff_benefits", any "office_programmes"), any "aid_conditions",
               any "condition_subjects"),
  check = function(m, p, doc)
    local sents = C.sentences(m)
    if C.in_comment(p) or C.forbidden(p, m) or C.lawful(p, sents, m) then return false end
    -- (awake only in a partisan memo: the acts it rewards or punishes are the memo's own)
    C.programme_condition(doc, p, m)
    return C.grade(m, p, doc, { acts = { aid_conditions = true }, category = "inducement",
                                strength = 3, note_strength = 2 })
  end,
  examples = {
    flag = {
      "Seluruh ASN wajib membagikan unggahan akun paslon nomor 2 setiap hari.\nPegawai yang tidak melaporkan dua minggu berturut-turut dipertimbangkan pemotongan TPP sebesar 10%.",
      "Setiap bidang mengirim tiga orang untuk bergabung dengan tim pemenangan calon Bupati nomor 1.\nPegawai yang bergabung akan menjadi prioritas dalam usulan pengangkatan PPPK.",
      "Kepala desa diminta memenangkan pasangan nomor urut 3.\nWarga yang ikut acara pasangan lain diusulkan dicoret dari daftar penerima BPNT.",
      "Honorer diminta hadir di kampanye akbar paslon 01.\nHonorer yang tidak hadir kontraknya tidak diperpanjang.",
      "Guru wajib memasang twibbon calon Gubernur nomor 2.\nBagi guru yang belum memasang, insentif triwulan ditahan.",
      "Seluruh pegawai membagikan unggahan paslon nomor 1 setiap hari.\nKepatuhan pegawai menjadi bahan pertimbangan penilaian SKP dan pembayaran TPP.",
      "Perpanjangan kontrak tenaga non-ASN akan mempertimbangkan loyalitas kepada Bapak Marthen, yang kembali maju pada pemilihan 27 November.\nTenaga non-ASN wajib hadir di kampanye akbar beliau.",
      -- Kupang Malay: "sonde" is "tidak"
      "Tiap puskesmas wajib posting dengan tagar #DuaPeriodeSehat untuk paslon nomor 1.\nYang sonde mau share, sonde usah harap insentif jasa pelayanan bulan depan cair.",
      "Kotong satu keluarga, jadi harus satu suara untuk Yeskiel–Okto nomor urut 2.\nYang sonde datang di acara hari Minggu, tahun depan SK honor beta sonde tanda tangan lai.",
      -- a health worker's service fee held back (Papuan Malay "sa tahan dulu")
      "Kitong pu pilihan tu nomor tiga, Bapa Hengky Rumbiak, jadi kitong dukung beliau.\nYang tra dukung bapa tua, jasa pelayanan bulan November Desember sa tahan dulu.",
      -- a beneficiary family dropped from the programme (PKH "graduasi")
      "Disepakati pendamping PKH menjadi relawan pasangan calon nomor urut 2.\nKPM yang tidak hadir dicatat dan diusulkan masuk daftar evaluasi graduasi.",
      -- those who refuse are the condition's subject, not a prohibition
      "Seluruh pendamping UMKM diminta memenangkan pasangan calon Bupati nomor urut 1.\nPelaku usaha yang menolak menandatangani surat pernyataan dukungan tidak dimasukkan dalam daftar penerima tahap II.",
      -- a payment held back, and chat spellings of the condition ("yg", "jgn harap")
      "Seluruh pegawai wajib hadir di kampanye akbar paslon nomor 2.\nTPP bulan Desember bagi pegawai yang tidak hadir akan ditangguhkan.",
      "Seluruh anggota wajib hadir di deklarasi relawan paslon nomor 2.\nYg bergabung masuk jadwal lembur akhir bulan, yang lain jgn harap dapat uang lembur.",
    },
    pass = {
      "Pegawai yang tidak melaporkan kinerja dua minggu berturut-turut dipertimbangkan pemotongan TPP.",
      "Seluruh ASN wajib memilih paslon nomor 2.\nASN dilarang mengancam pemotongan TPP bagi pegawai yang tidak mendukung calon.",
      "Kepala desa diminta memenangkan pasangan nomor urut 3.\nBantuan pangan diberikan kepada keluarga yang terdaftar dalam DTKS.",
      "Honorer diminta hadir di kampanye akbar paslon 01.\nKontrak honorer diperpanjang sesuai hasil evaluasi kinerja tahunan.",
      "Bawaslu menerima laporan bahwa BLT dihentikan bagi warga yang tidak hadir di kampanye paslon 2.",
      "Seluruh pegawai membagikan unggahan paslon nomor 1 setiap hari.\nASN dilarang menjadikan kepatuhan pada ajakan kampanye bahan pertimbangan penilaian SKP.",
    },
  },
}
C.wake_on_partisan("inducement.compliance-condition")

