-- vocab_endorsement.lua - words for supporting or voting for a candidate (endorsement rules), and
-- the everyday senses of the same words that must not count ("dukungan anggaran", "hak pilih").
--
-- "pilih" and "coblos" are listed as exact surface forms: their stems also give "pemilihan"
-- (election), "pemilih" (voter), "pilihan" and "pencoblosan" (polling day), which are logistics.

-- Casting a vote for someone.
list "vote_verbs" {
  "=pilih", "=pilihlah", "=memilih", "=memilihnya", "=dipilih", "=pilihnya", "=milih", "=pilihkan",
  "=coblos", "=coblosnya", "=coblosin", "=mencoblos", "=dicoblos", "=nyoblos", "=coblos lah",
  "contreng", "=centang", "berikan suara", "memberikan suara", "salurkan suara", "berikan hak suara",
  "jatuhkan pilihan", "arahkan pilihan", "arahkan suara", "suara untuk", "satu suara untuk",
  "suara buat", "suara bagi", "satu suara buat",
  "pilihan jatuh", "menjadi pilihan",
  -- colloquial and regional forms (Jawa, Sunda, Betawi): cobloske, coblosen, nyoblos, milih
  "=cobloske", "=coblosen", "=coblosno", "=nyoblosin", "=dicoblosin", "=pilihen", "=pileh",
  "=milihen", "=coblosan",
}

-- The verbs that only ever mean voting ("coblos 3" needs no other election word).
list "coblos_verbs" {
  "=coblos", "=coblosnya", "=coblosin", "=mencoblos", "=dicoblos", "=nyoblos", "=coblos lah",
  "contreng",
}

-- Supporting, helping to win, or keeping someone in office.
list "support_verbs" {
  "dukung", "beri dukungan", "galang dukungan", "galang suara", "himpun suara", "menang",
  -- "kawal" as surface forms: its stem also gives "pengawal"/"pengawalan" (a bodyguard, a police
  -- escort of every candidate)
  "sukses", "=kawal", "=mengawal", "=dikawal", "=kawallah", "=lanjutkan", "=keberlanjutan",
  "=kesinambungan", "=teruskan", "tetap bersama",
  "kembali memimpin", "lanjutkan kepemimpinan", "melanjutkan kepemimpinan", "dua periode",
  "periode kedua",
  "satu putaran", "bela", "usung", "perjuangkan", "total", "totalitas", "all out", "all in",
  "solid", "satu komando", "rapatkan barisan", "amankan suara", "lumbung suara", "target suara",
  "berpihak", "condong", "loyal",
  -- regional forms of "menangkan" (Sunda, Jawa): "urang menangkeun Kang Deden"
  "=menangkeun", "=meunangkeun", "=menangke", "=menangno", "=menangaken",
}

-- Securing a number of votes ("memastikan paling sedikit 20 suara ... untuk pasangan nomor urut
-- 3", "menyetor 25 suara", "meraih minimal 70 persen suara"): a quota is an order to win votes.
list "vote_quota_acts" {
  "=memastikan", "=pastikan", "=dipastikan", "=mengamankan", "=amankan", "=diamankan",
  "=mengumpulkan", "=kumpulkan", "=dikumpulkan", "=meraih", "=raih", "=mendulang", "=dulang",
  "=menyumbang", "=menyumbangkan", "=sumbangkan", "=menyetor", "=setor", "=disetor",
  "=menggalang", "=galang", "=mencapai", "=memenuhi", "=mendapatkan", "=target", "=ditargetkan",
  "=targetkan", "=minimal", "=paling sedikit", "=sedikitnya", "=minimum",
}

-- The ballot itself, as a reminder of whom to choose ("mohon diingat saat di bilik suara").
list "ballot_reminders" {
  "bilik suara", "saat mencoblos", "di tps nanti", "hari h", "ingat nomor", "jangan lupa",
  "jangan lupa coblos", "jangan lupa pilih", "ingat pilih", "ingat coblos",
}

-- Hand signs that show a ballot number or a camp (the 2022 joint decree lists photos "dengan
-- mengikuti simbol jari/gerakan tangan" as support): posed, saluted or shown.
list "partisan_gestures" {
  "pose #num jari", "pose satu jari", "pose dua jari", "pose tiga jari", "pose empat jari",
  "pose lima jari", "salam #num jari", "salam satu jari", "salam dua jari", "salam tiga jari",
  "salam empat jari", "salam lima jari", "gaya #num jari", "gaya satu jari", "gaya dua jari",
  "gaya tiga jari", "gaya empat jari", "simbol #num jari", "simbol satu jari", "simbol dua jari",
  "simbol tiga jari", "simbol empat jari", "acungkan #num jari", "acungkan satu jari",
  "acungkan dua jari", "acungkan tiga jari", "acungkan empat jari", "acung #num jari",
  "acung dua jari", "acung tiga jari", "simbol jari", "pose jari", "salam jari",
}

-- Everyday senses: a support verb inside one of these is not support of a candidate.
list "support_bait" {
  "hak pilih", "hak memilih", "=pemilih", "sukses pemilu", "sukses pilkada", "sukses pemilihan",
  "sukses penyelenggaraan", "sukses pelaksanaan", "sukses tahapan", "dukung penyelenggaraan",
  "dukung pelaksanaan", "dukung kpu", "dukung bawaslu", "dukung kelancaran", "dukung sukses",
  "dukungan anggaran", "dukungan dana", "dukungan logistik", "dukungan pemerintah",
  "dukungan teknis", "dukungan administrasi", "dukungan sarana", "dukungan kepada penyelenggara",
  "dukung program", "dukung gerakan", "dukung kegiatan", "sukses program", "sukses kegiatan",
  "sukses kunjungan", "sukses kunjungan kerja", "dukung kebijakan", "dukung kunjungan", "menang lomba", "menangkan lomba",
  "pemenang lomba", "juara", "pilih salah satu", "memilih salah satu", "pilih satu",
  "tidak memilih", "tidak berpihak", "kawal pemilu", "kawal pilkada", "kawal tahapan",
  "kawal proses", "total anggaran", "total biaya", "total peserta", "lanjutkan pembangunan",
  "suara terbanyak pada", "surat dukungan", "surat pernyataan dukungan", "pernyataan dukungan",
  "formulir dukungan", "bela negara", "partai pengusung", "partai pendukung", "parpol pengusung",
  "gabungan partai pengusung", "koalisi pengusung", "coblos #num kali", "mencoblos #num kali", "coblos satu kali",
  "mencoblos satu kali", "dukungan fasilitas", "memohon dukungan", "dukungan gudang",
  "dukungan tempat", "dukungan personel", "dukungan keamanan", "dukungan kendaraan",
  -- forwarding papers: "teruskan salinan Keputusan KPU", "mohon diteruskan kepada"
  "teruskan salinan", "teruskan surat", "teruskan kepada", "teruskan ke", "teruskan informasi",
  "kami teruskan", "teruskan pesan", "teruskan undangan",
  "pilih #num dari", "memilih #num dari", "pilih #num orang", "dukungan lintas sektor", "dukungan masyarakat terhadap program",
  -- a team's name: "Tim sukses Agustusan: Mas Anton (seksi lomba)" lists its members, it backs
  -- no one; a candidate's team is judged as a team (partisan_teams, the campaign rules)
  "tim sukses",
}
