-- lists/cues.lua - word lists behind the built-in context cues (netral/init.lua defines the cues):
-- prohibition, negation and reported speech. Rule folders may extend any of them with list "...".

-- Prohibition or avoidance: a match after one of these in the same sentence (or in an item under a
-- lead-in that ends with ':' and contains one) is a reminder of the rules, not a violation.
list "cue_prohibition" {
  "dilarang", "larangan", "melarang", "terlarang", "pelarangan",
  "tidak boleh", "tidak diperbolehkan", "tidak diperkenankan", "tidak dibenarkan",
  "tidak diizinkan", "tidak diijinkan", "tidak dapat dibenarkan", "tidak untuk",
  "=jangan", "=janganlah", "hindari", "menghindari", "hindarkan", "dihindari", "menghindarkan diri",
  "agar tidak", "supaya tidak", "untuk tidak", "tidak melakukan", "tidak terlibat",
  "wajib menjaga netralitas", "menjaga netralitas",
  -- (the violation by its forms: the stem "langgar" is also a prayer house in Banjar and Javanese,
  -- "membantu pembangunan langgar dan TPA")
  "=pelanggaran", "=pelanggarannya", "=melanggar", "=dilanggar", "sanksi", "dikenai sanksi", "dikenakan sanksi", "hukuman disiplin",
  "bebas dari", "steril dari", "menolak", "tidak memihak", "tidak berpihak",
  -- regional and colloquial forms of "tidak boleh" / "jangan" (Ambon, Kupang, Papua, Jawa,
  -- Betawi, chat abbreviations); not Javanese "aja" or Sundanese "ulah", which are also
  -- Indonesian words ("saja", "behaviour")
  "seng boleh", "sonde boleh", "tra boleh", "tara boleh", "trada boleh", "ndak boleh",
  "nda boleh", "gak boleh", "nggak boleh", "ga boleh", "enggak boleh", "tak boleh", "jgn",
  "ojo", "jangan sampe", "dilarang keras",
}

-- Conjunctions that open a subordinate clause of a lead-in: a prohibition inside one ("agar guru
-- mengenal visi setiap pasangan tanpa memihak, disampaikan pengaturan berikut:") qualifies that
-- clause, and the items belong to the clause after it (netral/init.lua, the C lead-in state).
list "leadin_subordinate" {
  "=agar", "=supaya", "=demi", "=guna", "=sehingga",
}

-- Negation close before the match ("tidak mendukung", "bukan kampanye").
list "cue_negation" {
  "tidak", "tak", "bukan", "=jangan", "tanpa", "belum", "tiada", "enggan", "anti",
}

-- Reported or alleged conduct: the memo reports or investigates a violation, it does not commit it.
-- "=laporan", "=temuan" exact: their stems would take "pelaporan" (a memo's own reporting
-- section) and "pertemuan" (a meeting). "=jangan" below and in cue_prohibition: its stem "jang".
list "cue_reported" {
  "diduga", "dugaan", "terduga", "terlapor", "pelapor", "=laporan", "=laporannya", "dilaporkan",
  "melaporkan", "aduan", "pengaduan", "diadukan", "=temuan", "=temuannya", "klarifikasi", "investigasi", "pemeriksaan",
  "diperiksa", "ditengarai", "disinyalir", "indikasi", "berita acara", "kronologi",
  "menurut keterangan", "berdasarkan informasi", "konon", "kabarnya",
}

-- Phrases that contain a cue word but are not that cue: "jangan lupa pilih ..." is an appeal.
list "cue_prohibition_not" {
  "jangan lupa", "jangan sampai lupa", "jangan ragu", "jangan segan", "jangan sungkan",
  "jangan sampai tidak", "jangan biarkan", "jangan khawatir", "jangan takut", "tidak lupa",
  "tidak boleh tidak", "tidak boleh lupa", "tidak boleh golput", "jangan golput", "hindari golput",
  "jgn lupa", "jangan sampe lupa", "jangan sampe kalah", "jgn sampe kalah", "aja lali",
  "agar tidak lupa", "supaya tidak lupa", "untuk tidak lupa", "agar jangan lupa", "supaya jangan lupa",
  "agar tidak ketinggalan", "agar tak lupa",
  "ojo lali", "ojo kelalen", "ojo lali coblos", "jgn lupa coblos", "jgn sampe lupa",
  -- a purpose of appearances, not a prohibition of the act ("Agar tidak ada anggapan dinas
  -- berpihak, setiap penyuluh wajib membawa ... ke rapat umum setiap pasangan")
  "agar tidak ada anggapan", "supaya tidak ada anggapan", "agar tidak dianggap", "agar tidak dinilai",
  "agar tidak dituduh", "supaya tidak dituduh", "agar tidak terkesan", "supaya tidak terkesan",
  "supaya tidak dianggap", "supaya tidak dinilai", "tidak dinilai berpihak", "tidak dituduh berpihak",
  "tidak dianggap berpihak", "tidak terkesan berpihak",
}
list "cue_negation_not" {
  "tidak lupa", "tak lupa", "jangan lupa", "tidak hanya", "bukan hanya", "tak hanya",
  "tidak ragu", "tanpa ragu", "jangan ragu", "tidak segan", "jangan segan", "tidak kalah",
  "tidak henti", "tiada henti", "tanpa henti", "tidak lain", "tak lain", "bukan tidak mungkin",
  "tidak boleh tidak", "jangan golput", "tidak golput",
}
