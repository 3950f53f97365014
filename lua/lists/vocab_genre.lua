-- vocab_genre.lua - the words that tell a memo's genre (a violation report, a neutrality
-- circular, election logistics, an order to remove campaign material, a refusal, equal treatment of
-- every pair), read by endorsement.compliant-genre (rules/document.lua).
--
-- These lists are document_words (rules/document.lua): the automaton never sees them; C searches
-- the memo's text for them once, when the genre rule first asks, and tells it which entries occur
-- where (the whole text, the title area, the opening paragraph, the start of a title line).
-- Entries match as written, as whole words, in any letter case: "pelapor" is not "pelaporan",
-- "izin" not "mengizinkan"; no stemming, no respelling.

-- A violation report or staff study: one in its title area, or two anywhere (one "klarifikasi"
-- in a coercive memo, "yang tidak hadir akan dimintai klarifikasi", is not enough). A staff study
-- or legal opinion weighs a case someone asked about.
-- (Not "berita acara" alone: minutes and hand-over records are the office's own acts.)
list "genre_report_words" {
  "terlapor", "pelapor", "berita acara klarifikasi", "berita acara pemeriksaan",
  "berita acara penanganan", "formulir laporan", "laporan dugaan", "dugaan pelanggaran",
  "klarifikasi", "kronologi", "hasil pemeriksaan", "uraian kejadian", "pokok laporan",
  "waktu kejadian", "temuan pengawas", "hasil pengawasan", "laporan hasil",
  "laporan pengawasan", "kami laporkan", "laporan situasi", "tindak lanjut rekomendasi",
  "pengaduan masyarakat", "pemeriksaan pengaduan", "perbuatan", "uraian temuan",
  "telaahan staf", "telaah staf", "pendapat hukum", "permintaan pendapat",
}

-- An issuer's kop (Inspektorat, BKPSDM), with one report word: a report that may still give orders.
list "genre_report_issuers" {
  "bawaslu", "panwaslu", "panwascam", "pengawas pemil", "inspektorat", "inspektur",
  "komisi aparatur sipil negara", "kasn", "badan kepegawaian", "bkpsdm",
}

-- A neutrality circular says so in its title area ...
list "genre_neutrality_titles" {
  "netralitas", "larangan", "imbauan", "himbauan", "menjaga netral", "politik praktis",
}

-- ... or is full of its vocabulary (four of these, with the "netral" family).
list "genre_neutrality_words" {
  "netral", "dilarang", "larangan", "tidak boleh", "sanksi", "hukuman disiplin",
  "94 tahun 2021", "keputusan bersama", "kode etik", "diimbau", "dihimbau", "agar tidak",
  "untuk tidak", "keberpihakan",
}

-- Election logistics: one in the title area and three in the memo.
list "genre_logistics_words" {
  "kpps", "pps", "ppk", "pantarlih", "badan ad hoc", "hari pemungutan suara", "libur",
  "cuti", "dispensasi", "izin", "logistik", "pinjam pakai", "hak pilih", "lokasi tps",
  "tps", "penugasan", "pemungutan suara",
}

-- Orders to remove campaign material or keep order around rallies, in the title area. The
-- "menurunkan ..." forms come with their object: "menurunkan angka stunting", "Gerakan Jumat
-- Bersih ... membersihkan halaman", "melepas jamaah haji" police nothing.
list "genre_enforcement_words" {
  "pencopotan", "penertiban", "penurunan apk", "penurunan baliho", "penurunan spanduk",
  "penurunan reklame", "menurunkan reklame", "pencopotan reklame",
  "penurunan atribut", "penurunan alat peraga", "pelepasan stiker", "pelepasan atribut",
  "tidak dihadiri", "tidak dapat kami penuhi", "tidak dapat dipenuhi", "menolak permohonan",
  "jawaban atas permohonan", "pembongkaran", "mencopot", "menertibkan", "pengamanan",
  "menurunkan apk", "menurunkan baliho", "menurunkan spanduk", "menurunkan atribut",
  "menurunkan alat peraga", "menurunkan bendera", "menurunkan stiker", "membersihkan apk",
  "membersihkan atribut", "membersihkan alat peraga", "membersihkan stiker",
  "membersihkan baliho", "pembersihan apk", "pembersihan atribut", "pembersihan alat peraga",
  "pembersihan stiker", "melepas stiker", "melepas atribut", "melepas spanduk",
  "melepas baliho", "melepas bendera", "pengaturan lalu lintas", "penanganan pelanggaran",
  "tindak lanjut rekomendasi",
}

-- What an opening paragraph says when the memo polices a campaign rather than joins it.
list "genre_enforcement_openings" {
  "lalu lintas", "penertiban", "menertibkan", "ditertibkan", "pencopotan",
  "penurunan alat peraga", "menurunkan alat peraga", "menurunkan apk", "mencopot stiker",
  "menurunkan baliho", "menurunkan spanduk", "menurunkan reklame", "mencopot baliho",
  "membongkar baliho",
  "mencopot atribut",
}

-- Enforcement that favours one pair: its material spared, or put back up by the enforcers ("baliho
-- ... tidak termasuk sasaran penertiban", "dipasang ulang oleh regu dengan mobil derek"). A
-- paragraph that says so is the memo's own act, not the material it quotes.
list "genre_enforcement_favour" {
  "tidak termasuk sasaran", "bukan sasaran", "dikecualikan", "dikecualikan dari",
  "tidak ditertibkan", "jangan ditertibkan", "tidak perlu ditertibkan", "dibiarkan terpasang",
  "dipasang ulang", "dipasang kembali", "pasang ulang", "pasang kembali", "memasang kembali",
  "memasang ulang", "didahulukan", "mendahulukan",
}

-- The election bodies a coordination memo gives every pair's campaign the same treatment with.
list "genre_election_bodies" {
  "kpu", "debat", "bawaslu", "kesbangpol",
  -- their ad hoc bodies at district and village level
  "panwaslu", "panwascam", "panwas", "ppk", "pps", "pengawas pemilu",
}

-- Equal treatment of every pair (a coordination meeting, a debate's technical arrangements).
list "genre_equal_treatment" {
  "setiap pasangan calon", "setiap pasangan", "ketiga pasangan", "kedua pasangan",
  "keempat pasangan", "seluruh pasangan calon", "semua pasangan calon", "semua pasangan",
  "yang sama", "secara adil", "berimbang", "tanpa membedakan", "sama rata",
  "perlakuan yang sama", "pasangan mana pun",
  -- every pair's team alike ("Disepakati berlaku untuk semua tim")
  "semua tim", "seluruh tim", "setiap tim", "tim mana pun", "semua lo", "seluruh lo",
}

-- A refusal of a partisan request answers it; anywhere in the memo.
list "genre_refusals" {
  "tidak dihadiri", "tidak akan dihadiri", "tidak dapat kami penuhi", "menolak permintaan",
  "sepakat menolak", "tidak dipinjamkan", "tidak dapat kami kabulkan",
  "tidak dapat dikabulkan", "tidak kami kabulkan", "tidak dapat dipenuhi", "tidak kami penuhi",
  "menolak permohonan", "menolak undangan", "permohonan ditolak", "undangan ditolak",
  "tidak dapat kami izinkan", "tidak kami izinkan",
  -- a disposition's own word for it, and the chat spelling ("Sekdis: TOLAK. ... tdk dapat
  -- dipinjamkan utk kegiatan kampanye pasangan mana pun")
  "tolak", "tidak dapat dipinjamkan", "tdk dapat dipinjamkan", "tidak bisa dipinjamkan",
}

-- Any word of the "netral" family in the memo (the circular's own subject).
list "genre_neutrality_family" {
  "netral", "netralitas", "kenetralan", "menetralkan", "ketidaknetralan", "netralnya",
}

-- A title line that opens with "Laporan" ("Hal: Laporan Kegiatan", "LAPORAN HASIL ...").
list "genre_report_titles" { "laporan" }
