-- cues_extra.lua - context cues owned by the rule set: more prohibition words (extending the
-- engine's cue_prohibition), reporting markers, security and removal work, lawful dealings with
-- parties and election bodies, and the honest senses of campaign words in public-programme memos.

-- A prohibition or warning before the act ("diingatkan untuk tidak: ... mendukung paslon").
list "cue_prohibition" {
  -- (the engine's own words are in lists/cues.lua; these add to them)
  "tidak dapat", "tidak ikut", "menjauhi", "mencegah", "pencegahan", "keluar dari",
  "tidak menggunakan", "tidak memasang", "tidak memberi", "tidak memberikan", "tidak mengunggah",
  "tidak menghadiri", "tidak membagikan", "tidak mengikuti", "tidak mengerahkan",
  "tidak mendukung", "tanpa memihak", "tanpa berpihak", "netral terhadap",
  "diproses sesuai", "ditindak",
  -- "memastikan: ... tidak ada undangan bagi tim kampanye": what must not happen
  "tidak ada", "tiada",
  -- Manado, Gorontalo, Ambon and Papua Malay "jang" (jangan)
  "jang",
}

-- Reported or alleged conduct: the memo reports or investigates the act, it does not order it.
-- (Our own list, not the engine's cue_reported: that one also holds "laporan"/"melaporkan",
-- which violating memos use for "report back to me".)
list "report_markers" {
  "dugaan", "diduga", "terduga", "terlapor", "pelapor", "dilaporkan", "pengaduan", "aduan",
  "diadukan", "klarifikasi", "=temuan", "kronologi", "berita acara", "barang bukti", "alat bukti",
  "menindaklanjuti laporan", "menindaklanjuti temuan", "menindaklanjuti aduan",
  "menindaklanjuti pengaduan", "menindaklanjuti dugaan", "laporan masyarakat", "laporan warga",
  "laporan dugaan", "ditengarai", "disinyalir", "indikasi", "=beredar", "=viral", "investigasi",
  "pemeriksaan", "diperiksa", "rekomendasi bawaslu", "=putusan", "=putusan bawaslu",
  -- a finding of proof, not the praise "yang telah terbukti memperhatikan petani"
  "terbukti melakukan", "terbukti melanggar", "terbukti bersalah", "dinyatakan terbukti",
  "terbukti secara sah", "tidak terbukti", "terbukti tidak netral", "terbukti menerima",
  "terbukti memberikan", "terbukti menggunakan", "terbukti terlibat", "terbukti mengikuti",
  "terbukti menghadiri", "terbukti memasang", "terbukti mengunggah", "terbukti membagikan",
  "terbukti menjadi", "yang terbukti", "apabila terbukti", "jika terbukti", "bila terbukti",
  "kalau terbukti",
  -- "kajian" as surface form: its stem also gives "pengajian" (a Quran study group)
  -- what monitoring found still hanging ("berdasarkan pemantauan ..., ditemukan kendaraan dinas
  -- yang masih terpasang stiker ..."): the memo describes it before ordering it removed
  "berdasarkan pemantauan", "hasil pemantauan", "masih terpasang", "masih ditemukan",
  "ditemukan sejumlah", "ditemukan beberapa", "masih bertempel", "masih tertempel",
  "masih menempel", "berdasarkan laporan",
  "=kajian", "hasil kajian", "menurut keterangan", "berdasarkan informasi", "mengakui",
  "membantah", "keterangan terlapor", "pokok laporan", "uraian kejadian",
  -- results are reported, not ordered
  "rekapitulasi", "hasil penghitungan", "hasil pemungutan suara", "hasil pemilihan", "hitung cepat",
  "quick count", "perolehan suara", "memperoleh suara", "suara sah", "ditetapkan sebagai pemenang",
  "penetapan pasangan calon terpilih", "calon terpilih",
}

-- Results still to be won are no report: a vote target ("target perolehan suara ... 65%").
list "report_markers_not" {
  "target perolehan suara", "target perolehan", "menargetkan perolehan suara",
  "ditargetkan perolehan suara", "perolehan suara minimal", "perolehan suara paling sedikit",
  "perolehan suara sedikitnya", "memperoleh suara minimal", "memperoleh suara paling sedikit",
  -- the tally for someone's win is a goal set, not a result reported ("bertanggung jawab atas
  -- perolehan suara untuk kemenangan Bapak ...")
  "perolehan suara untuk kemenangan", "perolehan suara untuk memenangkan",
  "perolehan suara bagi kemenangan", "atas perolehan suara",
  -- a health service, not an inquiry ("silaturahmi ... dirangkaikan dengan pemeriksaan kesehatan
  -- gratis"): puskesmas and health-office memos bundle checks with their events
  "pemeriksaan kesehatan", "pemeriksaan kesehatan gratis", "pemeriksaan gratis",
  "pemeriksaan tekanan darah", "pemeriksaan gula darah", "pemeriksaan asam urat",
  "pemeriksaan kolesterol", "pemeriksaan mata", "pemeriksaan gigi", "pemeriksaan kehamilan",
  "pemeriksaan ibu hamil", "pemeriksaan balita", "pemeriksaan laboratorium", "pemeriksaan fisik",
  "pemeriksaan dini", "pemeriksaan dan pengobatan", "diperiksa kesehatannya",
}

-- Honest senses of campaign words in public-service memos (health campaign, integrity zone).
list "cue_public_program" {
  "kampanye imunisasi", "kampanye kesehatan", "kampanye stunting", "kampanye cegah",
  "kampanye gizi", "kampanye antikorupsi", "kampanye anti korupsi", "kampanye keselamatan",
  "kampanye lingkungan", "kampanye literasi", "kampanye vaksinasi", "kampanye germas",
  "kampanye sadar", "kampanye gerakan", "zona integritas", "deklarasi zona integritas",
  "deklarasi anti narkoba", "kampung bersinar", "tim sukses program", "tim sukses adipura",
  "tim sukses vaksinasi", "adipura", "lomba",
  -- the health programme named in the sentence ("KAMPANYE AKBAR 2 tetes polio", "tim sukses PIN")
  "imunisasi", "=polio", "pin polio", "pekan imunisasi", "vaksinasi",
  -- disaster response's own volunteers ("konsolidasi relawan ... diikuti MPA, Tagana, relawan PMI")
  "karhutla", "penanggulangan bencana", "relawan pmi", "tagana", "siaga darurat",
  "tanggap darurat",
  -- elections that are not political: students, associations, neighbourhoods ("pengurus OSIS"
  -- sent to a governor candidate's rally is no student election)
  "ketua osis", "calon ketua osis", "pemilihan osis", "kampanye osis", "debat osis",
  "calon osis", "kampanye calon osis", "wakil ketua osis", "pengurus osis masa bakti",
  "ketua kelas", "ketua bem", "pemilihan bem", "kampanye bem",
  "senat mahasiswa", "karang taruna", "koperasi", "pemilihan ketua rt", "pemilihan ketua rw",
  "pemilos", "kompetisi", "kompetisi inovasi",
  "lomba inovasi",
  -- (not the occasion alone: "Dalam rangka HUT RI ke-79, seluruh pegawai wajib mengikuti jalan
  -- sehat bersama calon Bupati nomor urut 2" is a candidate's gathering all the same)
}

-- Prohibitions strong enough to cover the whole sentence, wherever they stand ("Memasang baliho
-- paslon di kantor merupakan pelanggaran").
list "cue_prohibition_strong" {
  "dilarang", "larangan", "terlarang", "tidak diperbolehkan", "tidak diperkenankan",
  "tidak dibenarkan", "tidak boleh", "tidak diizinkan", "merupakan pelanggaran",
  "termasuk pelanggaran", "bentuk pelanggaran", "melanggar netralitas", "pelanggaran netralitas",
  "menjaga netralitas", "wajib netral", "bersikap netral", "tetap netral",
  "seng boleh", "sonde boleh", "tra boleh", "tara boleh", "ndak boleh", "nda boleh",
  "gak boleh", "nggak boleh", "ga boleh", "tak boleh",
  "tidak dapat kami kabulkan", "tidak dapat dikabulkan", "tidak kami kabulkan",
  -- a refusal governs the request it answers ("permohonan tersebut tidak dapat kami penuhi")
  "tidak dapat kami penuhi", "tidak dapat dipenuhi", "tidak kami penuhi", "kami tolak",
  "menolak permohonan", "menolak undangan", "permohonan ditolak", "undangan ditolak",
  -- exact: stemmed, "tidak dihadiri" would be "yang tidak hadir" (a threat to absentees)
  "tidak dapat kami izinkan", "tidak kami izinkan", "=tidak dihadiri", "=tidak akan dihadiri",
  "=tidak dapat dihadiri",
}

-- Taking campaign material down, keeping order around a rally: what the sentence names is the
-- object of the removal, never the memo's support (the slogan on the banner being taken down).
list "removal_acts" {
  "=menurunkan", "=diturunkan", "=turunkan", "=penurunan", "=mencopot", "=dicopot", "=copot",
  "=copotin", "=pencopotan", "=membongkar", "=dibongkar", "=bongkar", "=pembongkaran",
  "=menertibkan", "=ditertibkan", "=tertibkan", "=penertiban", "=melepas", "=dilepas",
  "=lepas", "=pelepasan", "=membersihkan", "=dibersihkan", "=bersihkan", "=pembersihan",
  "=menyita", "=disita", "=mengamankan", "=diamankan",
  "=pengamanan", "=mengatur lalu lintas", "=pengaturan lalu lintas", "=menghapus",
  "=dihapus", "=hapus", "=take down", "=menutupi", "=ditutup", "=mengganti stiker",
}

-- Prohibition words that are not prohibitions here (extends the engine's exception list): "jangan"
-- that urges ("janganlah lupa coblos nomor 2") and "tidak" in a threat ("pegawai yang tidak
-- mendukung paslon 01 dipindahkan").
-- The same threats are not negations of the act either ("honorer yang tidak hadir di kampanye
-- paslon 02 tidak diperpanjang kontraknya" still orders attendance).
list "cue_negation_not" {
  "yang tidak mendukung", "yang tidak memilih", "yang tidak hadir", "yang tidak ikut",
  "bagi yang tidak", "yang belum mendukung", "yang belum memilih", "yang belum hadir",
}

list "cue_prohibition_not" {
  "janganlah lupa", "jangan sampai kalah", "jangan biarkan kalah", "yang tidak mendukung",
  "yang tidak memilih", "yang tidak hadir", "yang tidak ikut", "bagi yang tidak",
  "yang belum mendukung",
  -- "tidak ada alasan untuk tidak hadir", "tidak ada kata tidak": urging, not forbidding
  "tidak ada alasan", "tidak ada kata", "tidak ada pilihan lain", "tidak ada yang tidak",
  -- being left out is a consequence, not a prohibition ("tidak diikutkan pendataan PPPK")
  "=tidak diikutkan", "=tidak diikutsertakan",
  "jang lupa", "jang golput", "jang sampai kalah", "jang sampe kalah", "jang sampai lupa",
  -- a condition's subjects joined ("KPM yang tidak hadir dan tidak mendukung dicatat ...")
  "dan tidak mendukung", "dan tidak memilih", "dan tidak hadir", "dan tidak ikut",
  -- those who refuse are a condition's subject ("Pelaku usaha yang menolak menandatangani surat
  -- pernyataan dukungan tidak dimasukkan dalam daftar penerima")
  "yang menolak", "yg menolak", "bagi yang menolak", "yang menolaknya",
  "atau tidak mendukung", "atau tidak memilih", "atau tidak hadir", "atau tidak ikut",
  -- a threat's consequence, not a prohibition ("... yg tdk jelas dukung no 2, jgn
  -- direkomendasikan dulu")
  "jangan direkomendasikan", "jgn direkomendasikan", "jangan diusulkan", "jgn diusulkan",
  "jangan harap", "jgn harap", "jangan berharap", "jgn berharap",
  -- avoiding a mishap of the memo's own delivery, not forbidding conduct ("Untuk menghindari
  -- salah tangkap karena sinyal putus-putus, berikut kami tuliskan ulang pesan suara ...:")
  "menghindari salah tangkap", "menghindari salah paham", "menghindari kesalahpahaman",
  "menghindari salah persepsi", "menghindari salah tafsir", "menghindari kesalahan",
  "menghindari kekeliruan", "menghindari miskomunikasi", "menghindari keterlambatan",
  "menghindari penumpukan", "menghindari antrean", "menghindari antrian", "menghindari kemacetan",
  "menghindari duplikasi", "menghindari informasi yang simpang siur", "menghindari simpang siur",
}

-- Roots that keep the stemmer from reading "pelanggaran" as pel+anggaran (budget) and
-- "pelantikan" as pel+anti.
roots { "langgar", "lantik" }

-- Keeping order around a campaign, or removing its material: the office polices, it does not take
-- part ("pengamanan kampanye", "menertibkan baliho").
list "cue_security" {
  "=pengamanan", "=mengamankan", "=diamankan", "=amankan", "pengawalan", "pengawasan", "mengawasi", "patroli",
  -- "=meliput": exact, the stem would also take "meliputi" (to include), in every other memo
  "ketertiban", "penertiban", "menertibkan", "ditertibkan", "pemantauan", "memantau", "=meliput",
  "=peliputan", "=diliput", "menurunkan", "diturunkan", "mencopot", "dicopot", "membongkar", "dibongkar",
  "=copot", "=turunkan", "=bongkar", "=tertibkan", "=copotin", "=pencopotan", "=penurunan",
  -- exact: stemmed, "membersihkan" would also be "kebersihan", "melepas" "pelepasan" (launch)
  "mencabut", "dicabut", "=melepas", "=dilepas", "=membersihkan", "=dibersihkan",
  -- the incumbent's campaign leave; not the acting official's title ("Pj. Kepala Desa meminta
  -- seluruh perangkat desa menghadiri kampanye akbar ...") nor an appraisal ("bahan evaluasi")
  "cuti di luar tanggungan negara", "cuti kampanye",
  "pengaturan lalu lintas", "rekayasa lalu lintas", "mengatur lalu lintas", "pengaturan arus",
}

-- Lawful dealings between the state and parties or the election bodies.
list "cue_lawful" {
  "bantuan keuangan partai", "bantuan keuangan kepada partai", "bantuan keuangan parpol",
  "bantuan keuangan bagi partai", "banpol", "hibah pilkada",
  "hibah kpu", "hibah bawaslu", "dana hibah pemilihan", "penyelenggara pemilu",
  "penyelenggara pemilihan", "kpu", "bawaslu", "pps", "ppk", "kpps", "pantarlih",
  "=pengamanan", "sosialisasi tahapan", "debat resmi kpu",
}

-- The election body as the source of a schedule or a list, not the one served: "menghadiri
-- kampanye terbuka ... sesuai jadwal KPU" mobilises staff all the same.
list "cue_lawful_not" {
  "jadwal kpu", "jadwal dari kpu", "jadwal resmi kpu", "jadwal yang ditetapkan kpu",
  "ditetapkan kpu", "ditetapkan oleh kpu", "nomor urut dari kpu", "penetapan kpu",
  "jadwal bawaslu",
}
