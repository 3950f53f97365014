-- lists/vocab_judgement.lua - words for the rules that read acts towards partisan targets and
-- frames (issue 15): gatherings with a candidate, joining teams, slogans chanted, programmes and
-- aid bent to a candidate, conditions on aid, decisions, and the official events that are not
-- campaigning. Rule folders may extend any of them.

-- Gatherings a candidate can be the guest of (with a candidate, campaigning by another name).
list "candidate_gatherings" {
  "silaturahmi", "silaturahim", "ramah tamah", "temu kangen", "halalbihalal", "halal bihalal",
  "jalan sehat", "senam", "senam bersama", "senam pagi", "nonton bareng", "nobar", "makan siang",
  "makan malam", "makan bersama", "sarapan bersama", "penyambutan", "=menyambut", "=sambut",
  "=disambut", "=kunjungan", "=berkunjung", "=mengunjungi", "=kedatangan", "=datang ke",
  "temu warga", "tatap muka", "dialog", "ngopi bareng", "coffee morning", "syukuran",
  "doa bersama", "=pengajian", "arisan", "sarasehan", "diskusi", "bincang", "gathering", "jamuan",
  "audiensi", "anjangsana", "kopdar", "gowes", "funbike", "fun bike", "fun run", "pentas",
  "hiburan rakyat", "konser", "bazar", "tasyakuran", "kenduri", "=pertemuan", "=pertemuannya", "=bertemu", "=ketemu", "=menemui", "=temui",
  "acara",
  -- (exact: the stems of "pengajian" and "pertemuan" also give "kajian" and a report's "temuan")
}

-- Official events a sitting office-holder (candidate or not) takes part in: not campaigning.
list "official_events" {
  "peresmian", "meresmikan", "diresmikan", "upacara", "kunjungan kerja", "rapat kerja",
  "musrenbang", "pelantikan pejabat", "serah terima jabatan", "sertijab", "rapat paripurna",
  "penyerahan dipa", "apel pagi", "apel kesiapsiagaan", "hari besar nasional", "hut ri",
  "penandatanganan", "rapat koordinasi pemerintahan", "sidak", "inspeksi", "debat publik",
  "debat kandidat", "debat pasangan calon", "debat resmi",
}

-- Words that make a named event something other than a rally ("rapat umum pemegang saham").
list "event_bait" {
  "rapat umum pemegang saham", "rapat umum anggota", "rups", "rapat umum tahunan",
  "deklarasi damai", "deklarasi kampanye damai", "kampanye damai", "deklarasi anti hoaks",
  "deklarasi tolak politik uang", "deklarasi netralitas", "deklarasi pemilu damai",
  "kampanye pemilu damai", "kampanye pemilu bersih", "kampanye pemilihan damai",
  "pemenangan lomba", "tim pemenangan lomba", "pemenangan adipura", "pemenangan kompetisi",
}

-- Joining or being enrolled in a team.
list "join_acts" {
  "gabung", "bergabung", "=menjadi anggota", "=jadi anggota", "=menjadi relawan",
  "=jadi relawan", "=daftar", "=mendaftar", "=mendaftarkan", "=didaftarkan", "=pendaftaran",
  "=bersedia menjadi", "=siap menjadi", "=siap bergabung", "=masuk", "=dimasukkan",
  "=ditunjuk", "=menunjuk", "=direkrut", "=rekrut", "=merekrut", "=formulir", "=isi formulir",
  "=koordinator", "=korlap", "=korcam", "=kordes", "=anggota", "=keanggotaan",
  -- a witness for a pair is a role taken; "saksi" alone is also who may not enter
  "=menjadi saksi", "=jadi saksi", "=sebagai saksi", "=saksi paslon", "=saksi pasangan",
  "=saksi partai", "=saksi caleg", "=saksi calon",
  "=dibentuk", "=membentuk", "=susunan", "=struktur",
}

-- Chanting or showing a slogan.
list "chant_acts" {
  "yel-yel", "=yel", "=serukan", "=menyerukan", "=diserukan", "=teriakkan", "=meneriakkan",
  "=kumandangkan", "=slogan", "=jargon", "=pekikkan", "=memekikkan", "=salam", "=tagline",
  "=motto", "=semboyan", "=tulisan", "=bertuliskan", "=cetak", "=dicetak", "=tagar", "=hashtag",
  "=caption", "=keterangan foto", "=gunakan", "=sertakan", "=menyertakan", "=cantumkan",
  "=mencantumkan", "=tambahkan", "=pakai", "=memakai",
}

-- Office programmes and aid that can be bent to a candidate.
-- What an office hands to the people it serves: aid, goods, services (handed out as a
-- candidate's, these are gifts to voters: inducement.programme-gift).
local HANDOUTS = {
  "pasar murah", "operasi pasar", "bantuan", "bansos", "bantuan sosial", "blt", "pkh", "bpnt",
  "hand traktor", "traktor", "alsintan", "alat mesin pertanian", "pupuk bersubsidi",
  "beasiswa", "kip", "santunan", "pengobatan gratis", "layanan kesehatan gratis",
  "sunatan massal", "khitanan massal", "bedah rumah", "rehab rumah", "rtlh", "sertifikat tanah",
  "bantuan modal", "bantuan lansia", "bantuan pangan", "cadangan pangan", "pmt",
  "bakti sosial", "baksos", "pemeriksaan kesehatan gratis", "cek kesehatan gratis",
}
list "office_handouts" (HANDOUTS)
list "office_programmes" (HANDOUTS)
list "office_programmes" {
  "dana bos", "bos", "bosp", "bok", "program", "hibah", "kur", "subsidi", "jaminan kesehatan",
  "=kis", "apbd", "apbdes", "dana desa", "anggaran dinas",
}

-- What ties a programme to a candidate: timing, hand-over, colours, continuity.
list "programme_ties" {
  "=bersamaan dengan", "=bersamaan", "sekaligus", "diserahkan oleh", "diserahkan langsung",
  "=menyerahkan", "=diserahkan", "=dibagikan oleh", "=disalurkan oleh", "=oleh tim",
  "=tim pemenangan", "=relawan", "=warna", "=berwarna", "=bergambar", "=berlogo", "=stiker",
  "=bertuliskan", "kelanjutan kepemimpinan", "melanjutkan kepemimpinan", "hanya berlanjut",
  "=berlanjut", "=dilanjutkan", "=agenda", "=jadwal", "=kunjungan", "=safari", "=atas nama",
  "=titipan", "=kemasan", "=dikemas", "=sambutan", "=memberi sambutan", "=didampingi",
}

-- Handing a programme over: what a paragraph under a programme frame does when it delivers it.
list "programme_delivery" {
  "penyaluran", "penyerahan", "serah terima", "=pembagian", "=dibagikan", "=membagikan",
  "=bagikan", "=dibagi", "distribusi", "pendistribusian", "paket", "=pemberian", "=diberikan",
}

-- Aid made conditional on support, or cut for the lack of it.
-- What staff stand to lose or gain at work: a threat to these is inducement too.
list "staff_benefits" {
  "=sk", "sk honorer", "kontrak", "perpanjangan kontrak",
  -- a PPPK's contract is a work agreement ("perjanjian kerja"), renewed or not ("diperpanjang")
  "perjanjian kerja", "=diperpanjang", "=perpanjangan", "honor", "=honornya", "jam mengajar",
  "insentif", "tunjangan", "tpp", "tambahan penghasilan", "jabatan", "promosi", "kenaikan pangkat",
  "pengangkatan pppk", "usulan pppk", "formasi pppk", "perpanjangan sk", "diklat kepemimpinan",
  "penilaian kinerja", "mutasi", "rotasi", "lembur", "jadwal lembur", "uang lembur",
  "uang makan", "tunjangan kinerja", "tukin", "gaji", "kepesertaan", "kepesertaannya",
  -- a health worker's service fee ("jasa pelayanan bulan November Desember sa tahan dulu")
  "jasa pelayanan", "jaspel",
  -- a programme's beneficiaries by their name in it (PKH: keluarga penerima manfaat)
  "=kpm", "daftar kpm", "kpm pkh",
  "usulan", "daftar penerima", "data penerima", "usulan penerima", "=penerima",
}

-- Who a condition falls on: those who do, or fail to do, what is asked ("yang tidak hadir",
-- "bagi yang belum memasang", "pegawai yang bergabung"; Javanese "sing").
list "condition_subjects" {
  "yang tidak", "yang belum", "yang tak", "yang enggan", "yang menolak", "yang bergabung",
  "yang ikut", "yang hadir", "yang siap", "yang sudah", "bagi yang", "kepada yang", "sing ora",
  "sing ora melu", "sing melu", "sing siap", "sing wis", "yg tidak", "yg tdk", "yg blm", "yg ikut",
  "yg ga", "yang ga", "yang gak", "yang nggak", "sing gak", "bagi pegawai yang",
  -- chat spellings of the same ("yg tak datang tanpa kabar, jgn harap masuk jadwal lembur")
  "yg tak", "yg enggan", "yg menolak", "yg bergabung", "yg hadir", "yg siap", "yg sudah",
  "yg gak", "yg nggak", "bagi yg", "kpd yg",
  -- eastern Malay negations (Kupang "sonde", Ambon "seng", Papua "tra") and Javanese "ndak"
  "yang sonde", "yg sonde", "yang seng", "yg seng", "yang tra", "yg tra", "yang trada",
  "yang ndak", "yg ndak", "yang nda", "yg nda",
  -- loyalty itself made the measure ("akan mempertimbangkan loyalitas dan komitmen ...")
  "=loyalitas",
  -- the compliance itself made the measure ("Kepatuhan pegawai menjadi bahan pertimbangan ...")
  "=kepatuhan", "=keaktifan", "=keikutsertaan", "=partisipasi", "=kehadiran",
}

list "aid_conditions" {
  "hanya untuk", "hanya bagi", "hanya diberikan", "hanya diteruskan", "hanya disalurkan",
  "hanya kepada", "khusus untuk", "khusus bagi", "diprioritaskan", "dicabut", "dihentikan",
  "dicoret", "=diputus", "tidak diberikan", "tidak akan menerima", "tidak akan mendapat",
  "tidak mendapat", "tidak dapat menerima", "dievaluasi", "ditinjau ulang", "terancam",
  "dengan syarat", "asalkan", "asal", "syarat", "tidak diteruskan", "=ditahan", "dipotong",
  "dialihkan", "tidak dilanjutkan", "tidak diperpanjang", "=dikurangi", "=kurangi", "=dipotong",
  "=potong", "=coret", "=dikeluarkan", "=dikeluarkan dari", "=diberhentikan", "=dimutasi",
  "=dipindahkan", "=diganti", "=ganti", "=tinjau ulang", "=tinjau", "=usulkan dicoret",
  -- put first, as "diprioritaskan" ("desa yang memenangkan nomor 1 didahulukan")
  "=didahulukan", "=diutamakan",
  -- weighed in the staff appraisal ("menjadi bahan pertimbangan penilaian kinerja dan TPP")
  "bahan pertimbangan", "menjadi pertimbangan", "dasar penilaian", "menjadi dasar",
  -- left out of the next contract or the PPPK census ("tidak diusulkan perpanjangan kontrak")
  "tidak diusulkan", "=tidak diikutkan", "=tidak diikutsertakan", "tidak dimasukkan",
  -- "sonde usah harap insentif ... cair", "jangan harap honor cair", "usul evaluasi jabatan"
  "jangan harap", "usah harap", "tidak usah harap", "sonde usah harap", "tra usah harap",
  "seng usah harap", "tidak cair", "tidak akan cair", "sonde cair", "evaluasi jabatan",
  "jgn harap", "gak usah harap", "ga usah harap", "nggak usah harap", "ndak usah harap",
  -- a beneficiary dropped from a programme ("KPM yang tidak hadir ... diusulkan masuk daftar
  -- evaluasi graduasi", "diverifikasi ulang kepesertaannya")
  "graduasi", "evaluasi graduasi", "digraduasi", "diverifikasi ulang", "verifikasi ulang",
  -- held back, said plainly ("sa tahan dulu", "ditahan dulu")
  "=tahan dulu", "=ditahan dulu",
  -- a decree left unsigned ("tahun depan SK honor beta sonde tanda tangan lai")
  "tidak tanda tangan", "sonde tanda tangan", "tra tanda tangan", "seng tanda tangan",
  "tidak diteken", "tidak ditandatangani", "tidak akan ditandatangani", "tidak saya tandatangani",
  -- a payment held back ("TPP bulan Desember ... akan ditangguhkan", "honor dibekukan")
  "ditangguhkan", "=ditunda", "ditunda pencairannya", "dibekukan", "tidak dibayarkan",
  "tidak dicairkan", "belum dicairkan",
  -- a recommendation or proposal withheld ("jgn direkomendasikan dulu"), loyalty weighed
  "jangan direkomendasikan", "jgn direkomendasikan", "tidak direkomendasikan",
  "jangan diusulkan", "jgn diusulkan", "=mempertimbangkan", "=dipertimbangkan dari",
  "=dipertimbangkan", "berpengaruh pada", "berpengaruh terhadap",
}

-- A programme's future tied to something: with a term of office, aid promised for re-election
-- ("program ini hanya akan berlanjut apabila beliau kembali memimpin").
list "continuation_conditions" {
  "hanya akan berlanjut", "hanya berlanjut", "akan berlanjut apabila", "berlanjut apabila",
  "berlanjut jika", "berlanjut kalau", "hanya bisa dilanjutkan", "bisa dilanjutkan apabila",
  "dilanjutkan apabila", "dilanjutkan jika", "ditentukan oleh", "sangat ditentukan",
  "tergantung pada", "bergantung pada", "aman asal", "aman kalau", "aman jika",
  -- (not a purpose: "... kembali memimpin, sehingga program tidak terputus" argues for the
  -- candidate, it promises no one anything)
}

-- The people aid is conditioned on: supporters, voters of someone.
list "supporter_refs" {
  "=pendukung", "yang mendukung", "yang memilih", "yang mencoblos", "yang tidak memilih",
  "yang tidak mendukung", "yang tidak mencoblos", "yang memenangkan", "basis suara",
  "lumbung suara", "=memilih", "=mencoblos", "=mendukung", "=pemilih", "yang absen",
  "yang tidak hadir", "pilih yang lain", "pilihannya", "=dukung",
}

-- Duty status, assignments and working time put at an event's service.
list "duty_facilities" {
  "dinas luar", "surat tugas", "surat perintah tugas", "=sppd", "perjalanan dinas", "jam kerja",
  "jam dinas", "jam kantor", "hari kerja", "jam mengajar", "jam pelajaran", "=dispensasi",
  "=lembur", "=uang lembur", "=uang harian", "=dicatat hadir", "=absensi kantor", "=presensi",
  -- time at an event booked as official duty ("kehadiran di posko dihitung sebagai kehadiran dinas")
  "=kehadiran dinas", "=dihitung dinas", "=dicatat dinas", "=dianggap dinas",
  -- staff assigned by the office are a facility of the state
  "=menugaskan", "=ditugaskan", "=penugasan", "=tugaskan", "=seragam dinas", "=pakaian dinas",
  "=pdh", "=pdl",
}

-- The office's own channels and occasions.
list "official_channels" {
  "akun resmi", "akun dinas", "akun instansi", "akun pemda", "akun resmi dinas",
  "akun resmi pemda", "akun resmi instansi", "akun kantor", "website resmi", "situs resmi",
  "laman resmi", "kanal resmi", "media sosial dinas", "medsos dinas", "akun humas",
  "admin akun", "media sosial resmi", "medsos resmi", "akun media sosial resmi", "backdrop", "gapura", "spanduk resmi", "baliho resmi", "hut kabupaten",
  "hut kota", "hut provinsi", "hari jadi", "upacara", "rapat kerja", "raker", "apel pagi",
}

-- A memo's closing formula ("Demikian surat tugas ini ...", "Atas perhatian dan kehadiran
-- Bapak/Ibu diucapkan terima kasih"): it thanks, it arranges nothing.
list "closing_formulas" {
  "=demikian", "=atas perhatian", "=atas kehadiran", "=atas perhatian dan kehadiran",
  "=atas perhatian dan kerja sama", "=atas perhatian dan kerjasama", "=terima kasih",
  "=wassalamualaikum", "=wassalam",
}

-- Decisions and agreements of a meeting (notulen, hasil rapat).
list "decision_acts" {
  "sepakat", "bersepakat", "disepakati", "menyepakati", "kesepakatan", "diputuskan",
  "memutuskan", "keputusan rapat", "hasil rapat", "hasil musyawarah", "=ditetapkan",
  "=menetapkan", "target suara", "ditargetkan", "menargetkan", "bertekad", "berkomitmen",
  "komitmen", "ikrar", "berikrar",
}

-- Arranging an event: people, attendance, attire, food, equipment, quotas, transport.
list "arrangement_acts" {
  "=peserta", "=kehadiran", "=hadir", "=menghadiri", "=dihadiri", "=daftar hadir", "=absen",
  "=absensi", "=berkumpul", "=kumpul", "=berangkat", "=keberangkatan", "=penjemputan",
  "=dijemput", "=seragam", "=kaos", "=kaus", "=pakaian", "=dresscode", "=dress code",
  "=atribut", "=konsumsi", "=snack", "=nasi kotak", "=makan siang", "=tenda", "=kursi",
  "=panggung", "=sound system", "=kuota", "=minimal", "=paling sedikit", "=sedikitnya",
  "=orang per", "=perwakilan", "=mengirimkan", "=kirimkan", "=utus", "=mengutus", "=diutus",
  "=disiapkan", "=siapkan", "=menyiapkan", "=disediakan", "=sediakan", "=menyediakan",
  "=transport", "=transportasi", "=uang transport", "=kendaraan", "=bus", "=mobil",
  "=logistik", "=perlengkapan", "=spanduk", "=banner", "=dokumentasi", "=koordinator",
  "=petugas", "=panitia", "=susunan acara", "=rundown",
  -- bringing people along and what they wear or where they sit ("membawa 10 pengurus binaan",
  -- "memakai baju koko putih", "duduk di barisan depan")
  "=membawa", "=bawa", "=mengajak", "=ajak", "=mengerahkan", "=kerahkan", "=dikerahkan",
  "=memakai", "=pakai", "=mengenakan", "=kenakan", "=duduk", "=barisan depan",
}

-- A programme's name used for the people it serves ("penerima PKH", "KPM BPNT").
list "programme_people" {
  "penerima pkh", "penerima bansos", "penerima blt", "penerima bantuan", "penerima bpnt",
  "keluarga penerima manfaat", "kpm pkh", "kpm bpnt", "peserta pkh", "pendamping pkh",
  "penerima beasiswa", "penerima kip", "penerima program",
}

-- Refusals of a request: the paragraph answers a partisan request with no.
list "refusals" {
  "menolak permintaan", "menolak permohonan", "menolak undangan", "sepakat menolak",
  "tidak dapat kami penuhi", "tidak dapat dipenuhi", "tidak kami penuhi", "tidak dapat kami kabulkan",
  "tidak dapat dikabulkan", "tidak kami kabulkan", "=tidak dipinjamkan", "tidak kami izinkan",
  "tidak dapat diizinkan", "permohonan ditolak", "permintaan ditolak", "undangan ditolak",
  "=tidak dihadiri", "=tidak akan dihadiri", "kami tolak",
}
