-- vocab_inducement.lua - money, goods and favours handed out for support or votes, and the
-- collection of KTP copies or support letters (inducement rules).

list "inducement_goods" {
  -- "=uang": the stem would also match "keuangan" (finance)
  "=uang", "=uangnya", "uang tunai", "amplop", "uang transport", "uang transportasi", "uang bensin",
  "uang saku", "uang makan", "uang lelah", "uang rokok", "uang pulsa", "uang pengganti",
  "transport", "ongkos", "bensin", "bbm", "pulsa",
  -- mobile data, not an allocation ("Pembagian kuota" of participants per office)
  "kuota internet", "kuota data", "paket kuota", "kuota gratis", "pulsa dan kuota", "paket data", "voucer", "voucher",
  "kupon", "saldo", "e-wallet", "dompet digital", "sembako", "paket sembako", "beras",
  "minyak goreng", "gula", "mi instan", "mie instan", "bingkisan", "parsel", "hadiah",
  "doorprize", "door prize", "hampers", "cendera mata", "souvenir", "kaos gratis", "makan gratis",
  "insentif", "bonus", "honor", "imbalan", "tunjangan tambahan", "tambahan penghasilan",
  "sumbangan", "santunan", "bantuan tunai", "serangan fajar", "rp #num", "rp. #num", "#num ribu",
  "#num rb", "#num juta", "cashback",
}

list "give_verbs" {
  "=beri", "=memberi", "=diberi", "=berikan", "=memberikan", "=diberikan", "=pemberian", "terima", "=dapat", "=mendapat", "=mendapatkan", "=memperoleh", "=peroleh",
  "=diperoleh", "=bagikan", "=membagikan", "=dibagikan", "=pembagian", "=salurkan",
  "=menyalurkan", "=disalurkan", "=serahkan", "=menyerahkan", "=diserahkan", "=kirim",
  "=dikirim", "=transfer", "=ditransfer", "=ambil", "=diambil", "=dijanjikan", "=menjanjikan",
  "=janji", "=ganti", "=diganti", "=tukar", "=ditukar", "=klaim", "=cair", "=dicairkan",
}

-- Money or handouts for turning up (the "uang transport" of a rally): what the people brought to
-- an event receive for coming.
list "attendance_money" {
  "uang transport", "uang transportasi", "uang transpor", "=transport", "=transpor", "=transportasi",
  "uang bensin", "uang saku", "uang makan", "uang lelah", "uang rokok", "uang pulsa", "uang duduk",
  "uang hadir", "uang kehadiran", "amplop", "ongkos", "=sangu", "=bekel", "paket sembako",
  "=sembako", "uang tunai", "serangan fajar",
}

-- Partisan strings attached to a gift.
list "gift_markers" {
  "bergambar", "berlogo", "bertuliskan", "bersticker", "berstiker", "dari tim", "titipan",
  "dari calon", "dari paslon", "dari caleg", "dari partai", "sebagai tanda terima kasih",
  "bagi yang hadir", "yang hadir", "bagi yang mendukung", "bagi yang memilih", "asal memilih",
  "syarat memilih", "jika menang", "kalau menang", "setelah menang", "yang berhasil",
  "bagi yang berhasil", "akan menerima", "akan mendapat", "akan mendapatkan", "akan memperoleh",
  "akan diberi", "akan diberikan", "dijanjikan", "imbalan", "sebagai balasan", "sebagai ganti",
  "yang mendukung", "yang memilih", "yang ikut memenangkan", "akan diangkat", "akan dinaikkan",
  "akan diperpanjang", "per pemilih", "per suara", "per orang", "per kepala", "setiap pemilih",
  "tiap pemilih", "untuk setiap pemilih", "yang mencapai target",
}

-- Goods that are handed out honestly every day (aid, building material, projects): a gift only
-- with a reward marker ("RT yang berhasil menghimpun 50 suara ... akan menerima semen").
list "inducement_goods_generic" {
  "bantuan", "semen", "pasir", "material", "bahan bangunan", "paket", "barang", "perbaikan",
  "pengaspalan", "pembangunan", "proyek", "alat", "bibit", "pupuk", "ternak", "sumbangan",
  "beasiswa", "kenaikan pangkat", "promosi jabatan", "jabatan", "=diangkat", "=pengangkatan",
  "perpanjangan kontrak", "kontrak diperpanjang", "kenaikan gaji", "kenaikan honor", "tunjangan",
}

-- Identity documents and support letters collected for a candidate.
list "ktp_docs" {
  "ktp", "ktp-el", "e-ktp", "ektp", "ktp elektronik", "kartu tanda penduduk",
  "fotokopi ktp", "foto kopi ktp", "salinan ktp", "kartu keluarga", "fotokopi kk", "nik",
  "surat dukungan", "surat pernyataan dukungan", "formulir dukungan", "form dukungan",
  "pernyataan dukungan", "formulir b1 kwk", "b.1-kwk", "data pendukung", "daftar pendukung",
  "kta", "kartu anggota", "kartu tanda anggota",
}

list "collect_verbs" {
  "kumpul", "himpun", "=bawa", "=membawa", "=dibawa", "=daftarkan", "=didaftarkan",
  "=mendaftarkan", "=data", "=mendata", "=didata", "=pendataan", "=rekap", "=merekap",
  "=direkap", "=setor", "=setorkan", "=disetor", "=serahkan", "=diserahkan", "=menyerahkan",
  "=kirim", "=dikirim", "=kirimkan", "=teruskan", "=diteruskan", "=minta", "=diminta",
  "=lampirkan", "=dilampirkan", "=isi", "=mengisi", "=diisi", "=ditandatangani", "=menandatangani", "=fotokopi", "=difotokopi", "=scan", "=dipindai",
}
