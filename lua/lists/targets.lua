-- lists/targets.lua - the words the C target recogniser (plugin/src/targets.c) reads to find
-- candidates, pairs, slogans and frames from their shape and context, and the lists it fills.
-- Rule folders may extend any of the input lists; the output lists stay empty here.

-- Capitalised words that are never part of a person's name (so "Ibu Kepala Sekolah" and
-- "Bapak Camat" name an office, not a person). Exact forms: these must not become stemmer roots.
list "not_name_words" {
  "=kepala", "=ketua", "=wakil", "=sekretaris", "=sekda", "=kabid", "=kasi", "=kasubag",
  "=kasubbag", "=kabag", "=kadis", "=kasat", "=camat", "=lurah", "=kades", "=direktur",
  "=manajer", "=koordinator", "=panitia", "=bendahara", "=dinas", "=badan", "=kantor",
  "=bagian", "=bidang", "=seksi", "=sekolah", "=desa", "=kelurahan", "=kecamatan",
  "=kabupaten", "=kota", "=provinsi", "=negeri", "=republik", "=indonesia", "=pemerintah",
  "=pemkab", "=pemkot", "=pemprov", "=partai", "=fraksi", "=komisi", "=dewan", "=senin",
  "=selasa", "=rabu", "=kamis", "=jumat", "=sabtu", "=minggu", "=januari", "=februari",
  "=maret", "=april", "=mei", "=juni", "=juli", "=agustus", "=september", "=oktober",
  "=november", "=desember", "=yth", "=guru", "=dosen", "=dokter", "=kapolsek", "=danramil",
  "=babinsa", "=ustadz", "=rt", "=rw", "=dusun", "=kadus", "=kaur", "=sekdes", "=plt", "=pj",
  "=pjs", "=menteri", "=pimpinan", "=direksi", "=staf", "=tim", "=relawan", "=bpk",
  "=politik", "=peserta", "=pemilu", "=pemilihan", "=umum", "=negara", "=daerah", "=nasional",
  "=cabang", "=wilayah", "=pusat", "=dpp", "=dpd", "=dpc", "=dprd", "=dpr", "=ri",
}
-- (Function words, "dan", "yang", "untuk" ..., need no entry: a name word is capitalised, and
-- each entry here is a hit on every occurrence of the word, which costs every paragraph.)

-- What makes a titled name (or a pair of names) a candidate, said close to it: "yang maju
-- sebagai calon ...", "calon bupati nomor urut 3, Ibu ...". Generic candidate references
-- (candidate_refs) and ballot numbers count too.
list "candidacy_predicates" {
  "maju sebagai", "maju dalam pemilihan", "maju pada pemilihan", "maju di pilkada",
  "maju pada pilkada", "maju dalam pilkada", "maju di pemilihan", "maju pada pemilu",
  "maju dalam pemilu", "kembali maju", "maju lagi", "maju menjadi", "maju mencalonkan",
  -- spoken and regional forms: "maju jadi", "mau nyalon", Javanese "ajeng maju dados", Sundanese
  -- "bade nyalon"
  "maju jadi", "mau maju", "akan maju", "=nyalon", "=nyaleg", "=nyapres", "mau nyalon",
  "maju dados", "majeng dados", "ajeng maju", "arep maju", "badhe maju", "bade maju", "bade nyalon",
  "mencalonkan diri", "=dicalonkan", "=pencalonan", "=mencalonkan", "=pencalonannya",
  "bakal calon", "kandidat", "kontestan",
  -- on a campaign tour ("kedatangan Bapak Elias Tumaka bersama rombongan dari rangkaian kampanye
  -- di wilayah Kao")
  "rangkaian kampanye", "safari kampanye", "kunjungan kampanye", "tur kampanye",
  -- running said as a fight ("Pak Haji Zulkifli yang sedang berjuang di Pilkada")
  "berjuang di pilkada", "berjuang pada pilkada", "berjuang dalam pilkada", "berjuang di pemilu",
  "berjuang pada pemilu", "berjuang dalam pemilu", "bertarung di pilkada", "bertarung pada pilkada",
  "bertarung dalam pilkada", "bertarung di pemilu", "berlaga di pilkada", "berlaga pada pilkada",
  "berkontestasi", "maju bertarung",
  -- entrusted to lead: an election's mandate ("mudahan beliau kawa diberi amanah memimpin
  -- Balangan Hilir lima tahun ke depan")
  "diberi amanah memimpin", "mendapat amanah memimpin", "diamanahi memimpin",
  "dipercaya memimpin",
  -- an independent ticket and its support forms (PKPU: formulir model B.1-KWK perseorangan)
  "bakal pasangan", "bakal paslon", "calon perseorangan", "pasangan perseorangan",
  "jalur perseorangan", "jalur independen", "calon independen", "perseorangan atas nama",
  "b.1-kwk", "b1-kwk", "b.1 kwk", "model b.1", "dukungan perseorangan",
  -- running for a legislature by its name ("maju ke DPRD Provinsi dapil Timor Tengah")
  "maju ke dprd", "maju ke dpr", "maju ke dpd", "maju ke senayan", "maju di pileg",
  "maju pada pileg", "maju dalam pileg", "maju di dapil", "maju dari dapil", "maju caleg",
  "nomor urut #num", "no urut #num", "nomor urut", "peserta pemilihan", "peserta pilkada",
  "peserta pemilu", "ditetapkan sebagai peserta", "diusung", "mengusung", "pengusung",
  "petahana", "caleg", "bacaleg", "target suara", "lumbung suara", "suara untuk",
  -- the campaign leave an incumbent who runs must take ("yang sedang menjalani cuti di luar
  -- tanggungan negara", "cuti kampanye")
  "cuti di luar tanggungan negara", "cuti kampanye", "cuti kampanye pilkada",
  -- exact: the stem "menang" would also take "desa yang menang lomba"
  "=pemenangan", "=memenangkan", "=menangkan", "=dimenangkan",
  "=menangkeun", "=meunangkeun", "=menangke", "=menangno", "=menangaken",
}

-- A term of office ahead: with a person or a pair, a candidacy ("kita antar Pak X dan Bu Y
-- kembali memimpin ... periode berikutnya").
list "term_of_office" {
  "kembali memimpin", "memimpin kembali", "memimpin lagi", "periode berikutnya",
  "periode kedua", "periode mendatang", "periode selanjutnya", "periode ke depan",
  "periode depan", "dua periode", "2 periode", "satu periode lagi", "terpilih kembali",
  "lima tahun ke depan", "lima tahun lagi", "5 tahun ke depan", "5 tahun lagi",
  "melanjutkan kepemimpinan", "kelanjutan kepemimpinan", "lanjutkan kepemimpinan",
  "jilid dua", "jilid 2", "jilid ii", "menjabat kembali", "kembali menjabat",
  -- re-election said as trust or mandate renewed ("apabila Pak X kembali dipercaya memimpin")
  "kembali dipercaya", "dipercaya kembali", "dipercaya lagi", "kembali diberi amanah",
  "diberi amanah lagi", "kembali diamanahi", "diamanahi lagi", "kembali mendapat amanah",
  -- regional forms (Minang, Jawa, Sunda)
  "duo periode", "limo taun lai", "lanjuik", "rong periode", "dua période", "lima taun deui",
}

-- "beliau" and the like point at the person named last; they resolve when that person is a
-- candidate.
list "target_anaphora" {
  "beliau", "beliaunya", "yang bersangkutan", "ybs", "=kedua beliau", "=keduanya",
}
-- "pasangan tersebut" and the like point at any candidate or party the memo named before.
list "pair_anaphora" {
  "pasangan tersebut", "pasangan ini", "pasangan itu", "paslon tersebut", "paslon ini",
  "calon tersebut", "calon ini", "kandidat tersebut", "kandidat ini", "caleg tersebut",
  "caleg ini", "partai tersebut", "pasangan calon tersebut", "pasangan calon ini",
}

-- Slogan words: quoted, or right before a named candidate ("Lanjutkan Pak Darto"), a slogan.
list "slogan_words" {
  "lanjutkan", "dua periode", "2 periode", "satu putaran", "jilid dua", "jilid 2",
  "terus bersama", "menang bersama", "lanjut terus", "sekali lagi",
}

-- Named campaign events: in a subject line, a title, an opening paragraph, a table header or a
-- list lead-in they frame what follows.
list "frame_events" {
  "kampanye akbar", "kampanye terbuka", "kampanye dialogis", "kampanye tatap muka",
  "kampanye rapat umum", "kampanye pasangan calon", "kampanye paslon", "kampanye calon",
  "kampanye caleg", "kampanye partai", "rapat umum", "deklarasi dukungan", "deklarasi relawan",
  "deklarasi pemenangan", "konsolidasi relawan", "konsolidasi pemenangan", "konsolidasi tim",
  "pelantikan tim pemenangan", "pelantikan relawan", "pelantikan tim kampanye",
  "pengukuhan relawan", "pengukuhan tim", "apel relawan", "apel kader", "temu relawan",
  "temu kader", "rapat pemenangan", "rapat tim pemenangan", "posko pemenangan",
  "rumah pemenangan", "konser kampanye", "pawai kampanye", "kampanye akbar terbuka",
  "orasi politik", "safari politik", "silaturahmi politik",
  -- the campaign's own first and last rallies, named for their place in the campaign period
  "kampanye penutupan", "kampanye penutup", "kampanye pamungkas", "kampanye perdana",
  "kampanye hari terakhir",
  -- "kampanye" with whose campaign it is, even every pair's ("kampanye semua pasangan")
  "kampanye semua pasangan", "kampanye setiap pasangan", "kampanye seluruh pasangan",
  "kampanye semua paslon", "kampanye setiap paslon", "kampanye seluruh paslon",
  "kampanye ketiga pasangan", "kampanye kedua pasangan", "kampanye para calon",
  "kampanye pasangan", "kampanye capres", "kampanye cagub", "kampanye cabup", "kampanye cawalkot",
  "kampanye masing-masing pasangan", "kampanye tiap pasangan",
}

-- A campaign event named earlier, pointed back at ("hadir pada deklarasi tersebut"): C reads these
-- as the event (a frame_events hit) once the memo has named one (not forbidden or reported).
list "event_anaphora" {
  "deklarasi tersebut", "deklarasi itu", "deklarasi dimaksud", "acara tersebut", "acara itu",
  "acara dimaksud", "kegiatan tersebut", "kegiatan dimaksud", "kampanye tersebut",
  "rapat umum tersebut", "konsolidasi tersebut", "pelantikan tersebut", "pertemuan tersebut",
  "apel tersebut", "agenda tersebut",
}

-- A framing paragraph that forbids, reports, polices or concerns the election bodies' own work
-- sets no frame.
-- ("=laporan" exact: a subject "Pelaporan Kegiatan ..." is the memo's own business)
list "frame_blockers" {
  "dilarang", "larangan", "melarang", "netralitas", "netral", "=pelanggaran", "=melanggar",
  "=pelanggarannya", "dugaan",
  "diduga", "=laporan", "=laporannya", "klarifikasi", "pengawasan", "=pengamanan", "penertiban", "menertibkan",
  "pencopotan", "penurunan", "sanksi", "imbauan", "himbauan", "pemegang saham", "koperasi",
  "tidak boleh", "=jangan", "hindari", "kpu", "bawaslu", "panwaslu", "panwascam", "pemantauan",
  "peliputan", "liputan", "kpps", "pps", "ppk", "rups",
  -- keeping traffic moving around every pair's rally is policing ("Pengaturan Lalu Lintas pada
  -- Kampanye Rapat Umum ...")
  "pengaturan lalu lintas", "rekayasa lalu lintas", "manajemen lalu lintas", "pengalihan arus",
  "pengaturan arus",
  -- the office's own public campaigns ("Hal: Kampanye Akbar Gerakan Masyarakat Hidup Sehat dan
  -- Cegah Stunting")
  "germas", "gerakan masyarakat hidup sehat", "cegah stunting", "pencegahan stunting",
  "kampanye imunisasi", "kampanye kesehatan", "kampanye stunting", "kampanye gizi",
  -- other contests and the peace pledges of every pair ("Tim Pemenangan Lomba Desa", OSIS)
  "lomba", "perlombaan", "kompetisi", "adipura", "osis", "kampanye damai", "deklarasi damai",
  "pemilu damai",
  -- the campaign leave an incumbent who runs must take: arranging it is administration
  "cuti di luar tanggungan negara", "cuti kampanye", "masa cuti",
  -- disaster response has volunteers and command posts of its own ("Konsolidasi Relawan dan
  -- Kesiapan Logistik Siaga Darurat Karhutla")
  "karhutla", "penanggulangan bencana", "siaga darurat", "tanggap darurat", "kesiapsiagaan",
  "tagana", "relawan pmi",
}

-- The campaign period is no event ("Penggunaan Kendaraan Dinas Selama Masa Kampanye Pasangan
-- Calon"): an event phrase that starts inside one of these names no event, and the rest of the
-- paragraph may still name one ("Kampanye Akbar pada pekan terakhir masa kampanye").
list "frame_periods" {
  "masa kampanye", "selama kampanye", "tahapan kampanye", "jadwal kampanye", "masa tenang",
  "hari tenang", "periode kampanye",
}

-- Campaign teams that name themselves as such.
list "partisan_teams" {
  "tim pemenangan", "relawan pemenangan", "tim kampanye", "posko pemenangan",
  "rumah pemenangan", "tim sukses pasangan", "tim sukses paslon", "tim sukses caleg",
  "tim sukses calon", "badan pemenangan", "sekretariat pemenangan", "relawan paslon",
  "relawan pasangan calon", "relawan caleg", "relawan calon", "tim relawan pemenangan",
  "tkn", "tkd", "tpn", "tpd", "timses",
  -- a team's coordinators, and the legislative teams organised per electoral district
  "koordinator pemenangan", "tim koordinator pemenangan", "korwil pemenangan",
  "korlap pemenangan", "tim sukses dapil", "timses dapil", "tim pemenangan dapil",
}

-- Filled by C, never by words: a candidate named (introduced here or earlier in the memo), an
-- anaphor resolved to one, a campaign-shaped slogan or hashtag, and the paragraph's frame.
list "target_person" {}
list "target_anaphor" {}
list "target_slogan" {}
list "frame_event" {}
list "frame_target" {}
list "frame_programme" {}
list "frame_channel" {}
