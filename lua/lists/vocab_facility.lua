-- vocab_facility.lua - state facilities: office vehicles, buildings, equipment, budget and working
-- hours (state-facility rules).
--
-- Listed as specific phrases: "kantor" alone is a meeting point ("berangkat dari depan kantor"),
-- "dinas" alone is a uniform ("rompi kerja dinas", an attribute, not a facility).

list "state_facilities" {
  -- vehicles
  "kendaraan dinas", "mobil dinas", "motor dinas", "sepeda motor dinas", "kendaraan operasional",
  "mobil operasional", "mobil siaga", "ambulans", "ambulance", "bus sekolah", "bus dinas",
  "truk dinas", "truk sampah", "mobil pemadam", "kendaraan pelat merah",
  "pelat merah", "plat merah", "mobil kantor", "mobil camat", "mobil desa",
  "mobil patroli", "kendaraan patroli", "mobil patroli dinas", "bus kampus", "mobil kampus",
  -- spoken and regional names of the office's cars ("naik oto dinas & pikap trantib")
  "oto dinas", "oto kantor", "oto pemda", "pikap kantor", "pikap dinas", "pick up kantor",
  "pikap trantib", "mobil trantib",
  "kendaraan kampus", "bus universitas", "bus pemda", "perahu dinas", "speedboat dinas",
  -- buildings and grounds
  "gedung kantor", "gedung pemerintah", "kantor pemerintah", "kantor dinas", "kantor camat",
  "kantor kecamatan", "kantor kelurahan", "kantor desa", "kantor bupati", "kantor wali kota",
  "kantor gubernur", "balai kota", "balai desa", "balai rw", "pendopo", "pendapa", "aula",
  "ruang rapat", "ruang pertemuan", "auditorium", "ruang seminar", "ruang kuliah",
  "gedung kampus", "rumah dinas", "rumah jabatan", "rujab", "mes pemda",
  "gedung serbaguna", "halaman kantor", "pagar kantor", "lapangan kantor", "gor",
  "gedung olahraga", "gedung sekolah", "halaman sekolah", "ruang kelas", "puskesmas", "posyandu", "gudang pemda",
  "fasilitas negara", "fasilitas pemerintah", "fasilitas kantor", "fasilitas dinas",
  "barang milik negara", "barang milik daerah", "aset daerah", "aset pemda",
  -- anything the office owns ("laptop dan printer milik kantor", "tenda inventaris desa")
  "milik kantor", "milik dinas", "milik instansi", "milik pemda", "milik pemkab", "milik pemkot",
  "milik pemprov", "milik pemerintah", "milik desa", "milik kelurahan", "milik kecamatan",
  "milik sekolah", "milik puskesmas", "milik rsud", "inventaris kantor", "inventaris dinas",
  "inventaris desa", "inventaris sekolah", "inventaris kecamatan",
  -- equipment
  "proyektor", "proyektor kantor", "sound system", "pengeras suara", "printer kantor",
  "komputer kantor", "laptop dinas", "laptop kantor", "mesin fotokopi", "kamera dinas",
  "peralatan kantor", "atk kantor", "stempel dinas", "cap dinas", "kop surat dinas",
  "server kantor", "jaringan kantor", "wifi kantor", "website resmi", "situs resmi",
  "akun resmi instansi", "akun resmi dinas", "akun resmi pemda",
  -- money
  "anggaran", "apbd", "apbn", "apbdes", "dana desa", "add", "dana bos", "dana hibah",
  "dana operasional", "biaya operasional", "uang negara", "keuangan negara", "keuangan daerah",
  "kas daerah", "kas kantor", "dipa", "dpa", "sppd", "perjalanan dinas",
  "uang harian", "bantuan sosial", "bansos",
  "konsumsi rapat", "anggaran rapat", "anggaran kegiatan",
  -- budget lines by their bookkeeping ("dibayarkan oleh bendahara pengeluaran ... sub kegiatan")
  "bendahara pengeluaran", "bendahara pengeluaran pembantu", "sub kegiatan", "pos kegiatan",
  "mata anggaran", "kode rekening", "belanja barang", "belanja jasa", "dana bosp", "dana bok",
  "dana kapitasi", "dana operasional sekolah", "kas desa", "dana kelurahan",
  -- an office's own cash ("diganti dari kas BOS", "dibayarkan dari kas kegiatan")
  "kas kegiatan", "kas bos", "kas sekolah", "kas dinas", "kas puskesmas", "kas kelurahan",
  "kas kecamatan", "kas sekretariat",
  "bbm kantor", "bbm dinas", "bbm operasional", "jatah operasional", "jatah bbm", "gudang logistik daerah", "cadangan pangan pemerintah",
  "cadangan beras pemerintah", "persediaan gudang",
  -- time
  "jam kerja", "jam dinas", "jam kantor", "hari kerja", "waktu kerja",
}

-- The office and its units, after "akun" an official account ("akun Instagram kelurahan",
-- "akun TikTok sekolah").
list "office_units" {
  "=dinas", "=kelurahan", "=kecamatan", "=desa", "=sekolah", "=puskesmas", "=rsud", "=pemda",
  "=pemkot", "=pemkab", "=pemprov", "=instansi", "=opd", "=bumd", "=bpbd", "=kemenag", "=kua",
  "=uptd", "=upt", "=satpol", "=sekretariat", "=inspektorat", "=bappeda", "=diskominfo",
}

-- Oversight of a facility's use: an audit or review of "penggunaan dana desa" lends nothing.
list "oversight_acts" {
  "reviu", "review", "audit", "=mengaudit", "=diaudit", "=pemeriksaan", "=memeriksa",
  "=diperiksa", "=pengawasan", "=mengawasi", "=diawasi", "=pemantauan", "=memantau",
  "=dipantau", "=monitoring", "=evaluasi", "=mengevaluasi", "=dievaluasi", "=verifikasi",
  "=inventarisasi", "=pendataan", "=rekonsiliasi", "=pertanggungjawaban",
}

-- Using or lending something for an activity.
list "use_verbs" {
  "=pakai", "=memakai", "=dipakai", "=pemakaian", "=gunakan", "=menggunakan", "=digunakan",
  "=penggunaan", "=manfaatkan", "=memanfaatkan", "=dimanfaatkan", "=pinjam", "=dipinjam",
  "=dipinjamkan", "=meminjamkan", "=sediakan", "=disediakan", "=menyediakan", "=fasilitasi",
  "=difasilitasi", "=memfasilitasi", "=bebankan", "=dibebankan", "=membebankan", "=tanggung",
  "=ditanggung", "=biayai", "=dibiayai", "=membiayai", "=alokasikan", "=dialokasikan",
  "=bertempat di",
  -- paid out of a fund ("bensin motor diganti dr kas BOS", "dibayar dari dana desa")
  "=diganti dari", "=diganti dr", "=dibayar dari", "=dibayar dr", "=dibayarkan dari",
  "=diambil dari", "=diambilkan dari", "=diambil dr", "=dari kas", "=dr kas",
  -- spoken forms, and riding in the office's vehicles ("pake mobil dinas", "naik bus kantor")
  "=pake", "=pakek", "=dipake", "=dipakek", "=naik", "=menaiki",
}
