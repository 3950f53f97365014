-- endorsement.lua - rules for memos that support a candidate, pair or party, or ask people to
-- vote for one or help one win (category "endorsement").
--
-- Legal basis, wording checked with the search tool (public pages, not the official gazette):
--   PP 94/2021 Pasal 5 huruf n angka 1-7: Kompas.com, "Bolehkah PNS Ikut Kampanye?", 16/03/2022
--     (nasional.kompas.com/read/2022/03/16/00150051); angka 5-7 also sumeksradio.disway.id and
--     kompasiana.com ("Jaga netralitas ASN dalam pemilu, jaga jarimu").
--   UU 7/2017 Pasal 283 and its penalty in Pasal 494: jabarnews.com (Bawaslu Purwakarta, 2024);
--     Pasal 494 wording: radarutara.bacakoran.co.
--   UU 20/2023 Pasal 9 ayat (2) and Pasal 24 ayat (1) huruf d: kronologi.id (09/02/2024) and
--     cms.emka.web.id (text of Pasal 9).
--   UU 10/2016 Pasal 71 ayat (1) and Pasal 188: radarutara.bacakoran.co, tandaseru.com (2024).
local C = require "netral.kit"
local GESTURE = { partisan_gestures = true }

local VOTE = { vote_verbs = true }
local SUPPORT = { support_verbs = true }
local BALLOT = { ballot_reminders = true }

rule {
  id = "endorsement.vote-call",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "endorsement",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.9,
  basis = C.basis("pp94_n6", "uu7_283", "uu20"),
  message = {
    id = "Memo mengajak memilih atau mencoblos calon, pasangan calon, atau partai tertentu.",
    en = "The memo asks people to vote for a particular candidate, pair or party.",
  },
  suggest = {
    id = "Hapus ajakan memilih ini. ASN cukup diingatkan menggunakan hak pilih secara bebas dan " ..
      "rahasia di TPS, tanpa menyebut calon, nomor urut, atau partai.",
    en = "Remove the call to vote. Remind staff to vote freely and secretly, without naming " ..
      "any candidate, ballot number or party.",
  },
  match = near(8, any "vote_verbs", C.ref()),
  check = function(m, p, doc)
    return C.grade(m, p, doc, { acts = VOTE, bait = "support_bait", category = "endorsement" })
  end,
  examples = {
    flag = {
      "Kami minta seluruh pegawai memilih pasangan calon nomor urut 2 pada 27 November.",
      "Mari kita coblos Prabowo-Gibran pada 14 Februari 2024.",
      "Para guru agar mengajak wali murid memilih calon Bupati petahana.",
      "Staf diharapkan mencoblos caleg Partai Golkar nomor urut 5 untuk DPRD kabupaten.",
      "Ajak keluarga dan tetangga memilih paslon 01 Anies-Muhaimin.",
      "Seluruh tenaga honorer wajib memilih calon Wali Kota yang didukung pimpinan.",
    },
    pass = {
      -- "melalui" is no Sasak title "Lalu": "melalui TPS" names nobody
      "Pasien rawat inap yang ingin memilih difasilitasi melalui TPS keliling KPU.",
      "ASN dilarang mengajak keluarga memilih pasangan calon tertentu.",
      "Gunakan hak pilih Anda di TPS; pilih sesuai hati nurani, jangan terpengaruh paslon mana pun.",
      "Calon peserta diklat diminta memilih salah satu jadwal ujian.",
      "Terlapor diduga mengajak warga memilih pasangan calon nomor urut 2.",
      "Peserta memilih nomor urut pendaftaran secara acak.",
      "Pegawai yang memiliki hak pilih diberi izin datang ke TPS sebelum masuk kantor.",
    },
  },
}

-- The candidate named after the ballot's object, in apposition: "memilih pemimpin yang amanah
-- dan dekat dengan ulama, yaitu pasangan nomor urut 3", "mendukung sosok yang peduli petani,
-- yakni Bapak Hendra". The vote or support words reach past the description to the name.
local APPOSITION = { "yaitu", "yakni", "ialah", "tak lain", "tidak lain", "tiada lain",
                     "=adalah", "=merupakan" }
rule {
  id = "endorsement.apposition",
  unless = { "prohibition" },
  category = "endorsement",
  severity = "high",
  graded = true,
  confidence = 0.85,
  basis = C.basis("pp94_n6", "uu7_283", "uu20"),
  message = {
    id = "Memo mengajak memilih atau mendukung sosok yang digambarkannya, lalu menyebut calon " ..
      "tertentu sebagai sosok itu.",
    en = "The memo asks people to vote for or support a described figure, then names a " ..
      "particular candidate as that figure.",
  },
  suggest = {
    id = "Hapus ajakan ini. ASN cukup diingatkan menggunakan hak pilih secara bebas, tanpa " ..
      "menunjuk calon mana pun.",
    en = "Remove the call; remind staff to vote freely without pointing at any candidate.",
  },
  match = before(20, at_least(1, any "vote_verbs", any "support_verbs"),
                 before(3, any(APPOSITION), C.strong_ref())),
  check = function(m, p, doc)
    -- one sentence, and the vote word is the memo's own (not a quotation or a prohibition)
    local sents = C.sentences(m)
    local n = 0
    for _ in pairs(sents) do n = n + 1 end
    if n > 1 then return C.why(doc, "melewati batas kalimat", "crosses a sentence boundary") end
    return C.grade(m, p, doc, { acts = { vote_verbs = true, support_verbs = true },
                                bait = "support_bait", category = "endorsement" })
  end,
  examples = {
    flag = {
      "Penyuluh agar menyampaikan bahwa umat wajib memilih pemimpin yang amanah dan dekat dengan ulama, yaitu pasangan nomor urut 3.",
      "Kita dukung sosok yang sudah nyata peduli guru honorer, yakni Bapak Hendra Kusuma calon Bupati nomor 2.",
      "Mari pilih pemimpin muda yang merakyat dan berpengalaman, tidak lain paslon 01.",
      "Seluruh kader posyandu diharapkan memilih wakil rakyat yang peduli kesehatan ibu, yaitu caleg Partai Nasdem nomor urut 4.",
      "Pegawai kami ajak memenangkan figur yang paling memahami daerah timur, yakni pasangan Bambang-Ratna nomor urut 3.",
    },
    pass = {
      "ASN dilarang mengajak warga memilih pemimpin tertentu, yaitu pasangan calon mana pun.",
      "Warga memilih pemimpin secara langsung, yaitu pada pemungutan suara 27 November.",
      "Gunakan hak pilih untuk memilih pemimpin, yaitu calon yang sesuai hati nurani masing-masing.",
      "Bawaslu menerima laporan terlapor mengajak memilih pemimpin yang religius, yaitu paslon 02.",
      "Pemilih memilih satu pasangan, yaitu salah satu dari tiga pasangan calon yang ditetapkan KPU.",
    },
  },
}

rule {
  id = "endorsement.support",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "endorsement",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.9,
  basis = C.basis("pp94_n", "pp94_n6", "uu7_283", "uu20"),
  message = {
    id = "Memo menyatakan atau meminta dukungan, pemenangan, atau keberlanjutan bagi calon, " ..
      "pasangan calon, atau partai tertentu.",
    en = "The memo states or asks for support, a win or re-election for a particular " ..
      "candidate, pair or party.",
  },
  suggest = {
    id = "Hapus kalimat dukungan ini. Instansi pemerintah harus netral: jangan menyebut calon " ..
      "yang didukung, dan jangan meminta pegawai memenangkan siapa pun.",
    en = "Remove the statement of support. A government office must stay neutral.",
  },
  match = near(8, any "support_verbs", C.ref()),
  check = function(m, p, doc)
    return C.grade(m, p, doc, { acts = SUPPORT, bait = "support_bait", category = "endorsement" })
  end,
  examples = {
    flag = {
      -- "langgar" (a prayer house in Banjar and Javanese) is no violation
      "Abah H. Syahrani Noor banyak membantu pembangunan langgar dan TPA, jadi kita dukung calon Bupati nomor urut 2 ini.",
      "Kami minta Saudara sekalian memenangkan calon Bupati nomor urut 3.",
      "Seluruh ASN diharapkan mendukung pasangan calon Gubernur nomor 2 demi keberlanjutan pembangunan.",
      "Mari sukseskan Ganjar-Mahfud menuju satu putaran.",
      "Kita semua d-u-k-u-n-g paslon nomor dua untuk presiden.",
      "Pegawai agar menggalang dukungan bagi caleg PDI Perjuangan di desa binaan.",
      "Ayo kawal kemenangan petahana pada pilkada tahun ini.",
      "Direksi mengajak seluruh karyawan menyukseskan pasangan BERSINAR pada 27 November.",
      "Capaian ini berkat Bapak H. Taufik, calon Bupati nomor urut 1. Mohon dukungan seluruh tenaga puskesmas agar beliau melanjutkan untuk periode kedua.",
      "Kepala keluarga diminta memenangkan paslon capres 01 di TPS masing-masing.",
      -- the group's agreed choice, left unnamed, is a particular pair
      "Mari kita menangkan pasangan yang telah kita sepakati pada rapat forum.",
    },
    pass = {
      "Tim sukses Agustusan: Mas Anton (seksi lomba), Bu Warsini (konsumsi), Pak Dukuh Karang (keamanan).",
      "Contoh muatan yang DILARANG di akun resmi maupun akun pribadi ASN:\n\"Satu putaran saja!\", \"Bersama Kang Jaka, Serang Menang\", bingkai foto bernomor urut.",
      "ASN dilarang memberikan dukungan kepada pasangan calon.",
      "Dukungan anggaran untuk Pilkada diberikan melalui hibah kepada KPU.",
      "Mari bersama menangkan lomba desa sehat tingkat provinsi.",
      "Pemerintah daerah mendukung kelancaran tahapan pemilihan bupati.",
      "Bawaslu menerima laporan dugaan ASN mendukung paslon nomor urut 1.",
      "Kegiatan ini mendukung gerakan literasi digital di sekolah.",
      "Kader KB diminta mendukung pasangan usia subur mengikuti layanan kontrasepsi.",
      "Mohon dukungan Bapak/Ibu agar beliau dapat menyelesaikan pembangunan pasar tepat waktu.",
      "Seluruh pasangan calon yang telah ditetapkan KPU mendapat jadwal kampanye yang sama.",
      -- a programme's team and its acronym ("Sub-PIN"), not a volunteer group and its pair
      "Pembentukan tim sukses Sub-PIN tingkat desa dan jadwal pos imunisasi.",
    },
  },
}

rule {
  id = "endorsement.number-call",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "endorsement",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.9,
  basis = C.basis("pp94_n6", "uu7_283"),
  message = {
    id = "Memo menyuruh mencoblos atau memilih nomor urut tertentu.",
    en = "The memo tells people to vote for a particular ballot number.",
  },
  suggest = {
    id = "Hapus seruan mencoblos nomor tertentu. Sosialisasi pemilu oleh instansi tidak boleh " ..
      "menyebut nomor urut peserta.",
    en = "Remove the call to vote for a ballot number.",
  },
  match = before(2, any "vote_verbs", any { "#num", "nomor #num", "no #num", "nomor satu",
                                             "nomor dua", "nomor tiga", "nomor empat" }),
  check = function(m, p, doc)
    if C.in_comment(p) then return false end
    for _, h in ipairs(C.parts(m, VOTE)) do
      if C.inside(p, h, "support_bait") then return false end
    end
    local sents = C.sentences(m)
    -- "coblos 3" is unambiguous; "pilih 2" needs an election or candidate word in the sentence.
    -- Asked first: most "pilih 2 orang" sentences have none, and it is cheaper than the cues.
    if C.has(p, "cue_public_program", sents) then return false end
    for _, h in ipairs(m.hits) do
      if not VOTE[h.list] and C.date_number(p, h.last) then return false end
    end
    local context = C.has(p, "election_words", sents)
    for _, h in ipairs(C.parts(m, VOTE)) do
      if not context and C.inside(p, h, "coblos_verbs") then context = true end
    end
    -- a candidate found by shape ("PILIH 01 – HARTONO-LAILA"), or the ballot's own shape: a
    -- zero-led number ("pilih 02") is no count and no date
    for _, l in ipairs({ "target_person", "target_slogan", "target_anaphor" }) do
      if not context and C.has(p, l, sents) then context = true end
    end
    for _, h in ipairs(m.hits) do
      local tok = p:token(h.last)
      if not context and not VOTE[h.list] and tok.number and (tok.norm or ""):match("^0%d$") then
        context = true
      end
    end
    for _, l in ipairs(C.STRONG) do
      if not context and C.has(p, l, sents) then context = true end
    end
    if not context then
      return C.why(doc, "tidak ada kata pemilu atau calon di kalimatnya", "no election or candidate word in its sentence")
    end
    if C.forbidden(p, m) or C.negated(p, m, VOTE) or C.quoted(p, m, VOTE) then
      return C.why(doc, "larangan, penyangkalan, atau kutipan", "prohibited, negated or quoted")
    end
    local sev = C.directive(p, m, doc) and "high" or "medium"
    C.note(doc, p, m, "endorsement", sev, 2)
    return { severity = sev, confidence = sev == "high" and 0.9 or 0.75 }
  end,
  examples = {
    flag = {
      "Ingat, tanggal 14 nanti kita semua coblos 3!",
      "Seluruh staf wajib mencoblos nomor 2 pada pemilihan wali kota.",
      "Jangan lupa pilih 01 untuk presiden, ajak keluarga juga.",
      "Mari coblos nomor 1 di bilik suara.",
      "Petugas kebersihan agar memilih nomor 4 untuk DPRD kota dari Partai Demokrat.",
    },
    pass = {
      -- polling-day leave slots: times of day, not ballot numbers
      "Silakan tiap ruangan pilih salah satu slot izin keluar mencoblos: 07.00–09.00 atau 11.00–13.00.",
      "Peserta diminta memilih 1 (satu) dari 3 lokasi ujian.",
      "Dilarang mengajak orang mencoblos nomor urut tertentu.",
      "Pilih 2 orang perwakilan setiap bidang untuk mengikuti pelatihan.",
      "Setiap pemilih hanya boleh mencoblos 1 kali pada surat suara presiden.",
      "Formulir laporan: terlapor menulis status 'coblos 3' di Facebook.",
    },
  },
}

rule {
  id = "endorsement.ballot-reminder",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "endorsement",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.85,
  basis = C.basis("pp94_n6", "uu7_283"),
  message = {
    id = "Memo mengingatkan penerima agar mengingat calon atau nomor tertentu saat mencoblos.",
    en = "The memo reminds readers to remember a particular candidate when they vote.",
  },
  suggest = {
    id = "Hapus pengingat ini. Pesan tentang hari pemungutan suara cukup berisi waktu, tempat, " ..
      "dan ajakan menggunakan hak pilih tanpa menyebut calon.",
    en = "Remove the reminder; polling-day notices should not name candidates.",
  },
  match = near(10, any "ballot_reminders", C.ref()),
  check = function(m, p, doc)
    return C.grade(m, p, doc, { acts = BALLOT, category = "endorsement" })
  end,
  examples = {
    flag = {
      "Voucer dari tim sukses caleg Partai Demokrat nomor urut 4; mohon diingat saat di bilik suara.",
      "Jangan lupa, pasangan calon nomor 2 adalah pilihan kita di bilik suara nanti.",
      "Mohon ingat nomor urut 3 calon bupati kita ketika berada di TPS nanti, hari H.",
      "Bapak Ibu, jangan lupa coblos Prabowo di bilik suara.",
      "Saat mencoblos nanti, ingat paslon 01 yang memperjuangkan guru honorer.",
    },
    pass = {
      "Hak memilih digunakan secara rahasia di bilik suara.",
      "Petugas KPPS memastikan bilik suara tertutup rapat.",
      "Dilarang memotret surat suara di bilik suara, termasuk pilihan pada pasangan calon.",
      "Pengawas TPS melaporkan dugaan pemilih diarahkan ke paslon nomor 2 di bilik suara.",
      "Jangan lupa membawa formulir undangan ke TPS pada hari H.",
    },
  },
}

-- A named person ("Ibu Hj. Rosmawati") supported in a sentence about the election: the memo does
-- not say "calon", but the person is on the ballot ("kembali tampil dengan nomor 1").
local function titled_name(p, h)
  local titles = p:hits("name_titles")
  local j = h.last + 1
  local moved = true
  while moved and j <= p.ntokens do
    moved = false
    for _, t in ipairs(titles) do
      if t.first == j then j, moved = t.last + 1, true end
    end
  end
  if j > p.ntokens then return false end
  local tok = p:token(j)
  if not tok.capital then return false end
  for _, s in ipairs(p:hits("staff_refs")) do
    if s.first <= j and s.last >= j then return false end
  end
  return true
end

rule {
  id = "endorsement.person-support",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "endorsement",
  severity = "medium",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.7,
  basis = C.basis("pp94_n6", "uu7_283", "uu10_71"),
  message = {
    id = "Memo mengajak mendukung atau mengawal tokoh yang sedang mengikuti pemilihan, " ..
      "walau tanpa menyebut kata calon.",
    en = "The memo asks for support for a person who is running in the election, without " ..
      "saying 'candidate'.",
  },
  suggest = {
    id = "Hapus ajakan ini. Kegiatan kedinasan (HUT, lomba, sambutan) tidak boleh dipakai " ..
      "untuk mengajak mendukung tokoh yang sedang berkontestasi.",
    en = "Remove the call; official events must not promote a person who is on the ballot.",
  },
  match = near(8, at_least(1, any "support_verbs", any "vote_verbs"), any "name_titles"),
  check = function(m, p, doc)
    local named = false
    for _, h in ipairs(m.hits) do
      if h.list == "name_titles" and titled_name(p, h) then named = true end
    end
    if not named then return false end
    local sents = C.sentences(m)
    if not (C.has(p, "election_words", sents) or C.has(p, "number_refs_weak", sents)
            or C.has(p, "number_refs_strong", sents)) then
      return false
    end
    return C.grade(m, p, doc, { acts = { support_verbs = true, vote_verbs = true },
                                bait = "support_bait", category = "endorsement", strength = 2 })
  end,
  examples = {
    flag = {
      "Pimpinan menyampaikan ajakan kepada pegawai untuk mengawal keberlanjutan bersama Ibu Hj. Rosmawati, yang pada pemilihan 27 November kembali tampil dengan nomor 1.",
      "Mari dukung Bapak H. Sulaiman Daud agar kembali memimpin kabupaten pada pilkada nanti.",
      "Kami harap seluruh staf memilih Pak Yusran Lamato pada pemilu legislatif tanggal 14 Februari.",
      "Ajak warga memenangkan Sdr. Ramlan Hutagalung di pilkada kota tahun ini.",
      "Pegawai diminta memberi dukungan kepada Ibu Dewi Kartikasari yang kembali maju di pemilihan wali kota dengan nomor 2.",
    },
    pass = {
      "Bapak/Ibu diharapkan menggunakan hak pilih pada pemilihan 27 November.",
      "Kami mendukung Bapak Bupati dalam menyukseskan program imunisasi.",
      "Bapak/Ibu Guru diminta memilih salah satu jadwal pelatihan.",
      "Mari kita sukseskan pemilihan dengan datang ke TPS bersama Bapak/Ibu sekalian.",
      "ASN dilarang mendukung Ibu Hj. Rosmawati maupun calon lain pada pemilihan 27 November.",
    },
  },
}

-- A named person (or pair) with a term of office ahead, in an appeal: "kita antar Pak X dan Bu Y
-- memimpin lima tahun lagi". The candidate is recognised by the C layer (target_person: titled
-- names, pairs, "yang maju sebagai calon ..." said anywhere in the memo).
rule {
  id = "endorsement.term-of-office",
  unless = { "prohibition" },
  category = "endorsement",
  severity = "high",
  graded = true,
  confidence = 0.85,
  basis = C.basis("pp94_n6", "uu7_283", "uu10_71"),
  message = {
    id = "Memo mengajak mengantar tokoh yang sedang berkontestasi ke masa jabatan berikutnya.",
    en = "The memo asks people to carry a contesting person into another term of office.",
  },
  suggest = {
    id = "Hapus ajakan ini; memo dinas tidak boleh mengarahkan siapa yang memimpin berikutnya.",
    en = "Remove the appeal; official memos must not steer who governs next.",
  },
  match = near(12, any "term_of_office", at_least(1, any "target_person", any "target_anaphor")),
  check = function(m, p, doc)
    -- a slogan shouted right after the memo's appeal ("... jadi tanggal 27 ini kotong balas budi.
    -- Yeskiel-Okto LANJUT DUA PERIODE"): the appeal's sentence gives it its force
    local base = "info"
    for s in pairs(C.sentences(m)) do
      for _, l in ipairs({ "appeals", "directives" }) do
        for _, h in ipairs(p:hits(l)) do
          if h.sentence == s - 1 then base = "medium" end
        end
      end
    end
    return C.grade(m, p, doc, { acts = { term_of_office = true }, category = "endorsement",
                                strength = 3, base = base })
  end,
  examples = {
    flag = {
      -- a prohibition earlier in the lead-in does not govern the items its last sentence orders
      "Bapak H. Rusli Darwis bersama Ibu Hj. Nur Aisyah telah menuntaskan jalan poros, dan program ini agar tidak terhenti. Oleh karena itu kami minta Saudara:\n1. menyampaikan kepada warga pentingnya Bapak H. Rusli Darwis dan Ibu Hj. Nur Aisyah memimpin kembali untuk periode berikutnya;",
      -- the slogan right after the memo's own appeal (Kupang "kotong": we)
      "Bapa Yeskiel deng Bapa Okto su kerja baik, jadi tanggal 27 ini kotong balas budi. Yeskiel–Okto LANJUT DUA PERIODE!",
      "Mari kita antarkan Bapak Hasan Basri dan Ibu Lestari Dewi memimpin Kota Sungai Dua untuk lima tahun lagi.",
      "Seluruh staf kami harapkan mengawal Pak Darmawan Saleh agar terpilih kembali pada November nanti.",
      "Ayo bawa Ibu Hj. Rosna Yuliani menjabat kembali sebagai bupati periode berikutnya.",
      "Bapak Ibu diminta memastikan Pak Anton Wirya dan Bu Salimah kembali memimpin kabupaten kita.",
      "Kita semua wajib menjadikan Bapak H. Ruslan Effendi dua periode.",
    },
    pass = {
      -- what a removal order's lead-in introduces is the material it removes
      "1. Menurunkan baliho yang berdiri di depan Kantor Dinas Pekerjaan Umum, dengan tulisan sebagai berikut:\n“LANJUTKAN! Dua Periode Bersama Hj. Baiq Sri Wahyuni – Rinjani Barat Sejahtera”",
      "ASN dilarang terlibat politik praktis. Bentuknya antara lain:\n1. mengajak warga agar Bapak H. Rusli Darwis memimpin kembali untuk periode berikutnya;",
      "Bupati Yeskiel Nenometa menyampaikan laporan kinerja. Media menulis: Yeskiel–Okto lanjut dua periode?",
      "Bapak Hasan Basri terpilih kembali sebagai ketua koperasi untuk periode berikutnya.",
      "ASN dilarang mengajak warga memilih Pak Darmawan Saleh agar terpilih kembali.",
      "Bupati Sungai Dua meresmikan pasar baru untuk lima tahun ke depan.",
      "Kepala sekolah kembali memimpin upacara pada Senin depan.",
      "Periode berikutnya dimulai pada Januari, kata Ibu Kepala Bidang.",
    },
  },
}

-- A campaign slogan chanted, printed or shown in an office event ("yel-yel 'Satu Putaran ...'").
-- A campaign slogan printed in the letter's own page header or footer: the office's template
-- carries it on every page, no one needs to be asked ("Bangun Rumah Layak Huni Bersama Pak
-- Rahmat - Lanjut 2 Periode! #RahmatLanjut" under a Dinas letter).
rule {
  id = "endorsement.template-slogan",
  unless = { "prohibition" },
  category = "endorsement",
  severity = "high",
  graded = true,
  confidence = 0.8,
  scope = "paragraph",
  basis = C.basis("pp94_n6", "uu7_283", "uu20"),
  message = {
    id = "Kepala atau kaki surat dinas memuat slogan kampanye calon; setiap halaman surat ikut " ..
      "berkampanye.",
    en = "The official letter's page header or footer carries a candidate's campaign slogan.",
  },
  suggest = {
    id = "Hapus slogan dari templat surat; kepala dan kaki surat dinas hanya memuat identitas " ..
      "instansi.",
    en = "Remove the slogan from the letter template; it carries only the office's identity.",
  },
  match = at_least(1, any "target_slogan", near(12, any "term_of_office", any "target_person")),
  check = function(m, p, doc)
    if p.where ~= "header" and p.where ~= "footer" then
      return C.why(doc, "bukan kepala atau kaki halaman", "not in a page header or footer")
    end
    -- the slogan is its own act: only the term of office is tested as an act word
    -- printed by the office itself, on every page: as strong as an order
    return C.grade(m, p, doc, { acts = { term_of_office = true }, category = "endorsement",
                                strength = 3, base = "high" })
  end,
  examples = {
    flag = {
      { footer = "Bangun Rumah Layak Huni Bersama Pak Rahmat Lamadjido - Lanjut 2 Periode! #RahmatLanjut" },
      { footer = "Kebersihan Pangkal Sehat - Bersama Bapak Suryo Atmojo, Lanjut Dua Periode" },
      { header = "DINAS PENDIDIKAN KOTA SERANG\nSekolah Gratis: Pak Harun Wijaya dan Ibu Sri Mulyati terpilih kembali periode berikutnya" },
      { footer = "Kabupaten Maju Bersama Bu Hj. Rosna Yuliani, terpilih kembali periode berikutnya!" },
      { footer = "Warga Sejahtera Bersama Ibu Sri Mulyati - Lanjut 2 Periode!" },
    },
    pass = {
      { body = "Gunakan tagar #TerusBersamaPakHarun pada unggahan.", footer = "Dinas Kominfo Kota Serang" },
      { footer = "Dilarang memasang slogan #LanjutkanSuryo2Periode di aset daerah." },
      { footer = "Halaman 1 dari 2 - Kabupaten Sehat, Warga Kuat" },
      { footer = "#BanggaMelayaniBangsa #ASNBerAKHLAK" },
      { header = "PEMERINTAH KABUPATEN POSO BARAT\nDINAS PERUMAHAN DAN KAWASAN PERMUKIMAN" },
    },
  },
}

rule {
  id = "endorsement.gesture",
  unless = { "prohibition" },
  category = "endorsement",
  severity = "high",
  graded = true,
  confidence = 0.8,
  basis = C.basis("skb2022", "pp94_n6"),
  message = {
    id = "Memo menyuruh berpose atau memberi salam dengan simbol jari nomor urut calon.",
    en = "The memo has people pose or salute with a candidate's ballot-number hand sign.",
  },
  suggest = {
    id = "Hapus arahan pose ini; foto dan acara kedinasan tidak boleh memuat simbol jari atau " ..
      "gerakan tangan yang menunjukkan keberpihakan.",
    en = "Remove the pose; official photos and events must not show partisan hand signs.",
  },
  match = any "partisan_gestures",
  check = function(m, p, doc)
    -- a hand sign is a camp's symbol whoever it serves; a named candidate makes it particular.
    -- Only the memo's own arrangement counts: a narrated pose is a report's business.
    if not C.directive(p, m, doc) then
      return C.why(doc, "pose disebut tanpa perintah atau ajakan", "a pose mentioned without a directive")
    end
    return C.grade(m, p, doc, { acts = GESTURE, category = "endorsement",
                                strength = math.max(2, C.ref_strength(p, m, doc)) })
  end,
  examples = {
    flag = {
      "Setelah upacara, seluruh peserta diminta berfoto bersama dengan pose dua jari.",
      "Saat foto bersama Bapak Bupati, pegawai agar mengacungkan tiga jari.",
      "Mohon guru dan siswa memberikan salam satu jari ketika rombongan tiba.",
      "Dokumentasi kegiatan wajib dengan gaya 2 jari lalu diunggah ke grup dinas.",
      "Peserta senam diarahkan berpose tiga jari di depan panggung bersama Ibu Wati.",
    },
    pass = {
      "ASN dilarang berfoto dengan pose jari yang menunjukkan keberpihakan kepada pasangan calon.",
      "Bawaslu menemukan foto kepala desa berpose dua jari bersama calon bupati.",
      "Hindari salam dua jari atau tiga jari dalam foto kegiatan dinas selama masa kampanye.",
      "Berfoto bersama seluruh peserta pelatihan di halaman kantor pukul 12.00.",
      "Terlapor mengakui mengacungkan tiga jari saat foto bersama tim kampanye.",
      "Panitia diminta memastikan tidak ada atribut, warna, nomor urut, yel-yel, maupun simbol jari pasangan calon di lokasi.",
    },
  },
}

rule {
  id = "endorsement.slogan",
  unless = { "prohibition" },
  category = "endorsement",
  severity = "high",
  graded = true,
  confidence = 0.8,
  basis = C.basis("pp94_n6", "uu7_283"),
  message = {
    id = "Memo menyuruh menyerukan, menuliskan, atau memakai slogan kampanye calon.",
    en = "The memo has a candidate's campaign slogan chanted, written or used.",
  },
  suggest = {
    id = "Hapus slogan ini dari kegiatan dan bahan kedinasan.",
    en = "Remove the slogan from official activities and material.",
  },
  match = near(10, any "target_slogan", any "chant_acts"),
  check = function(m, p, doc)
    if C.security(p, C.sentences(m), m) then return false end
    -- A hashtag in posts is the social-media rule's; a slogan elsewhere is support.
    if C.has(p, "social_platforms", C.sentences(m)) then return false end
    return C.grade(m, p, doc, { acts = { chant_acts = true }, category = "endorsement",
                                strength = 3 })
  end,
  examples = {
    flag = {
      "Peserta apel diminta menyerukan yel-yel 'Lanjutkan Pak Yusuf!' bersama-sama.",
      "Spanduk kegiatan agar bertuliskan 'Dua Periode untuk Ibu Marni'.",
      "Mohon seluruh guru memakai slogan 'Satu Putaran' pada setiap sambutan.",
      "Di akhir acara kita teriakkan 'Terus Bersama Pak Halim' tiga kali.",
      "Semboyan 'Lanjutkan Bu Yanti' dicetak pada undangan rapat koordinasi.",
    },
    pass = {
      "Satpol PP mencopot spanduk bertuliskan 'Lanjutkan Pak Yusuf' dari pagar kantor.",
      "ASN dilarang menyerukan slogan 'Dua Periode' dalam kegiatan dinas.",
      "Peserta apel menyerukan yel-yel 'Sekolah Hebat, Siswa Juara'.",
      "Tema acara: 'Bersama Membangun Desa'.",
      "Bawaslu mencatat dugaan yel-yel 'Satu Putaran' pada apel pagi.",
    },
  },
}

-- A quota of votes to secure for a candidate ("Setiap Kasubag bertanggung jawab memastikan paling
-- sedikit 20 suara dari keluarga ... untuk pasangan nomor urut 3"): a target is an order to win
-- votes, whoever counts them.
rule {
  id = "endorsement.vote-quota",
  unless = { "prohibition" },
  category = "endorsement",
  severity = "high",
  graded = true,
  confidence = 0.85,
  basis = C.basis("pp94_n6", "uu7_282", "uu10_71"),
  message = {
    id = "Memo menetapkan jumlah atau target suara yang harus diperoleh untuk calon tertentu.",
    en = "The memo sets a number or target of votes to secure for a particular candidate.",
  },
  suggest = {
    id = "Hapus target suara ini; pegawai tidak boleh dibebani perolehan suara calon mana pun.",
    en = "Remove the vote target; staff may not be made to deliver votes for any candidate.",
  },
  match = near(14, any "vote_quota_acts", any { "=suara", "=suaranya", "=pemilih" }, C.ref()),
  check = function(m, p, doc)
    -- a count of votes in a result, a recapitulation or a report is not a target
    if C.forbidden(p, m) then return false end
    return C.grade(m, p, doc, { acts = { vote_quota_acts = true }, category = "endorsement" })
  end,
  examples = {
    flag = {
      "Diputuskan:\n1. Setiap Kasubag bertanggung jawab memastikan paling sedikit 20 suara dari keluarga dan lingkungan tempat tinggal staf untuk pasangan nomor urut 3.",
      "Setiap bidang menyetor 25 pemilih loyal untuk paslon nomor urut 1 paling lambat Jumat.",
      "Kepala dusun diminta mengamankan minimal 300 suara bagi calon Bupati nomor urut 1.",
      "Target kami: setiap guru mengumpulkan 10 suara untuk caleg Partai Golkar nomor urut 3.",
      "Tiap RT wajib meraih sedikitnya 70 persen suara untuk Paslon 02.",
    },
    pass = {
      "Hasil rekapitulasi: pasangan calon nomor urut 3 memperoleh 1.204 suara sah di kecamatan ini.",
      "KPPS memastikan setiap suara sah dihitung untuk pasangan calon mana pun secara terbuka.",
      "ASN dilarang menargetkan perolehan suara untuk pasangan calon tertentu.",
      "Bawaslu menemukan dugaan kepala desa menargetkan 300 suara untuk paslon nomor 2.",
      "Petugas memastikan kotak suara tersegel sebelum dibawa ke PPK.",
    },
  },
}

-- A decision or agreement of a meeting towards a candidate ("disepakati target suara ...").
rule {
  id = "endorsement.decision",
  unless = { "prohibition" },
  category = "endorsement",
  severity = "high",
  graded = true,
  confidence = 0.85,
  basis = C.basis("pp94_n5", "pp94_n6", "uu7_282", "uu10_71"),
  message = {
    id = "Rapat atau pimpinan memutuskan atau menyepakati dukungan atau target suara bagi calon tertentu.",
    en = "A meeting or the leadership decides or agrees on support or a vote target for a candidate.",
  },
  suggest = {
    id = "Batalkan keputusan ini; rapat kedinasan tidak boleh menetapkan dukungan politik.",
    en = "Revoke the decision; official meetings must not settle political support.",
  },
  match = near(14, any "decision_acts", at_least(1, any "support_verbs", any "vote_verbs"), C.ref()),
  check = function(m, p, doc)
    return C.grade(m, p, doc, { acts = { support_verbs = true, vote_verbs = true },
                                bait = "support_bait", category = "endorsement" })
  end,
  examples = {
    flag = {
      "Camat memperkenalkan Bapak H. Andi Baso, calon Bupati nomor urut 1.\nDisepakati target perolehan suara untuk pasangan tersebut paling sedikit 65% di setiap desa.",
      "Rapat pimpinan menyepakati seluruh unit memenangkan calon wali kota nomor urut 1.",
      "Disepakati target suara 60 persen untuk Bapak Yohanes Manek di setiap kampung binaan.",
      "Forum kepala sekolah memutuskan mendukung Partai Bintang Timur pada pemilu legislatif.",
      "Hasil musyawarah: para kepala desa bersepakat memilih pasangan calon nomor 2.",
      "Diputuskan bahwa seluruh penyuluh mendukung caleg Partai Golkar nomor urut 3 di dapil 4.",
      -- securing votes is support, not policing ("mengamankan" also means removing material)
      "Rapat sepakat setiap kelurahan mengamankan suara untuk paslon nomor 2 minimal 60 persen.",
    },
    pass = {
      "Rekapitulasi perolehan suara pasangan calon nomor urut 1 di setiap desa disepakati para saksi.",
      "Rapat menyepakati jadwal pelatihan pada minggu kedua bulan depan.",
      "Diputuskan bahwa ASN dilarang mendukung pasangan calon mana pun.",
      "Rapat sepakat mendukung kelancaran tahapan pemilihan bersama KPU.",
      "Bawaslu memutuskan dugaan dukungan kepala desa kepada paslon 2 tidak terbukti.",
      "Forum menyepakati target penurunan stunting 14 persen.",
    },
  },
}
