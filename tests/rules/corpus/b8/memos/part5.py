from furniture import *

MEMOS = []

# 041 — V: Dinkes Riau, calon sekali disebut lalu 'beliau'/'yang bersangkutan'; kalender di puskesmas
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "distribusi kalender", "author": "Sekretariat Dinkes", "created": "2024-10-15T02:30:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN INDRAGIRI TENGAH", "DINAS KESEHATAN", "Jl. Kesehatan No. 1, Rengat Barat Laut 29351"),
 "body": [tgl_kanan("Rengat Barat Laut, 15 Oktober 2024")] + nomor("440/Dinkes/X/2024/2210", "Distribusi Kalender dan Brosur Layanan Kesehatan", lampiran="1 (satu) koli per puskesmas") + [blank()] + yth(
   "Yth. Kepala UPTD Puskesmas", "se-Kabupaten Indragiri Tengah") + [
  P("Program Indragiri Tengah Sehat Gratis (berobat cukup dengan KTP) yang kita jalankan sejak 2021 digagas oleh Tengku Azwar Effendi, S.H., yang kini maju dalam Pemilihan Gubernur Riau 2024."),
  P("Untuk menjaga ingatan masyarakat atas program tersebut, Dinas telah menerima bantuan kalender 2025 dan brosur dari sahabat-sahabat beliau, yang memuat foto yang bersangkutan bersama pasangannya dan nomor urut 3. Kami minta Kepala Puskesmas:"),
  L("memasang kalender di ruang tunggu, loket pendaftaran, apotek dan ruang KIA, masing-masing minimal 2 (dua) buah;"),
  L("menyelipkan brosur ke dalam kantong obat setiap pasien rawat jalan hingga 23 November 2024;"),
  L("meminta petugas promkes menyampaikan pada penyuluhan posyandu bahwa program berobat gratis akan diperluas ke tingkat provinsi bila beliau dipercaya rakyat;"),
  L("tidak menerima atau memasang bahan dari pihak lain tanpa izin Dinas."),
  P("Mohon dilaksanakan mulai Senin, 21 Oktober 2024. Kotak kalender dapat diambil di Gudang Farmasi Kabupaten bersamaan dengan distribusi obat."),
 ] + ttd("Kepala Dinas Kesehatan,", "dr. WAN HASANAH, M.K.M.", "NIP. 19770514 200604 2 011")
},
 "label": {"violation": True, "categories": ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"], "classes": [7, 13],
           "note": "Calon gubernur disebut sekali lalu 'beliau', 'yang bersangkutan'; puskesmas wajib pasang kalender bergambar paslon no. 3, selipkan brosur di kantong obat, promosi di posyandu"}})

# 042 — C: Bawaslu rekomendasi ke PPK mengutip pelanggaran (kotak teks)
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "Rekomendasi netralitas ASN", "author": "Bawaslu Kab", "created": "2024-11-11T04:00:00Z"},
 "kop": kop("header", "BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN PESISIR TELUK", "Jl. Raya Kota Agung Hilir Km. 2, Pesisir Teluk 35384"),
 "body": [tgl_kanan("Kota Agung Hilir, 11 November 2024")] + nomor("156/PP.01.02/K.LA-10/11/2024", "Penerusan Pelanggaran Peraturan Perundang-undangan Lainnya (Netralitas ASN)", sifat="Penting/Rahasia", lampiran="1 (satu) berkas kajian") + [blank()] + yth(
   "Yth. Penjabat Bupati Pesisir Teluk", "selaku Pejabat Pembina Kepegawaian", "di –", "      Kota Agung Hilir") + [
  P("Berdasarkan hasil kajian atas temuan Nomor 07/Reg/TM/PB/Kab/08.10/XI/2024, Bawaslu Kabupaten Pesisir Teluk menyimpulkan bahwa Sdr. Drs. Raden Mas Suryadi, Camat Kota Agung Hilir, telah melakukan pelanggaran netralitas ASN dengan memimpin rapat peratin dan menandatangani berita acara yang memuat kesepakatan sebagai berikut:"),
  {"textbox": [{"p": "Kutipan Berita Acara Nomor 005/BA/KAH/XI/2024:", "italic": True},
               {"p": "\"Setiap pekon menargetkan sekurang-kurangnya 300 (tiga ratus) suara untuk pasangan nomor urut 1 ... Pekon yang mencapai target akan didahulukan dalam pencairan Dana Desa tahap III.\"", "italic": True}],
   "width_cm": 15.5, "height_cm": 2.6},
  P("Perbuatan tersebut bertentangan dengan Pasal 9 ayat (2) UU Nomor 20 Tahun 2023 dan Pasal 71 ayat (1) UU Nomor 10 Tahun 2016. Sehubungan dengan itu, Bawaslu merekomendasikan kepada Penjabat Bupati untuk menjatuhkan sanksi sesuai ketentuan, serta menyampaikan tindak lanjutnya kepada Bawaslu dan Badan Kepegawaian Negara paling lambat 14 (empat belas) hari kerja sejak surat ini diterima."),
  P("Dugaan tindak pidana pemilihan atas perbuatan yang sama diproses terpisah melalui Sentra Gakkumdu."),
 ] + ttd("Ketua Bawaslu\nKabupaten Pesisir Teluk,", "AHMAD SYARIFUDDIN, S.H.I.")
 + tembusan("Ketua Bawaslu Provinsi Lampung;", "Kepala Badan Kepegawaian Negara;", "Arsip.")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Rekomendasi Bawaslu ke PPK yang mengutip berita acara target 300 suara untuk paslon no. 1 (dalam kotak teks) — penanganan pelanggaran"}})

# 043 — V: kop BKPSDM, bagian Pelaporan; pengumpulan fotokopi KTP (sebagian di catatan kaki)
MEMOS.append({"spec": {
 "font": "Bookman Old Style", "size": 22,
 "meta": {"title": "pemutakhiran data keluarga ASN", "author": "Bidang Data BKPSDM", "created": "2024-10-01T03:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN BATANGHARI ULU", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jl. Jenderal Sudirman No. 30, Muara Bulian Ulu"),
 "footnotes": {"1": "Fotokopi KTP keluarga dihimpun terpisah dari berkas SIASN dan diserahkan kepada Sekretaris BKPSDM untuk diteruskan ke Sekretariat Relawan Bersatu Nyimas–Hasan, sebagai bukti dukungan keluarga besar ASN."},
 "body": [tgl_kanan("Muara Bulian Ulu, 1 Oktober 2024")] + nomor("800.1.2.5/902/BKPSDM/2024", "Pemutakhiran Data Keluarga Pegawai", lampiran="Format isian") + [blank()] + yth(
   "Yth. Kepala Subbagian Umum dan Kepegawaian", "pada Perangkat Daerah se-Kabupaten Batanghari Ulu") + [
  {"p": "A. Latar Belakang", "bold": True},
  P("Menindaklanjuti hasil musyawarah pimpinan perangkat daerah tanggal 27 September 2024, BKPSDM melakukan pemutakhiran data keluarga pegawai untuk keperluan tunjangan keluarga dan pendataan pemilih di lingkungan ASN."),
  {"p": "B. Permintaan", "bold": True},
  L("menghimpun fotokopi KTP pegawai beserta suami/istri dan anak yang telah berusia 17 tahun{fn:1};"),
  L("meminta setiap pegawai menandatangani surat pernyataan bahwa dirinya dan keluarga akan memberikan suara kepada pasangan Nyimas Lela Kurnia – Hasan Basri pada 27 November 2024 (format terlampir);"),
  L("memastikan tidak ada pegawai yang menolak, dan mencatat nama pegawai yang belum bersedia pada kolom keterangan."),
  {"p": "C. Pelaporan", "bold": True},
  P("Hasil pendataan dilaporkan dalam format Excel melalui surel bkpsdm.bhu@gmail.com, sedangkan berkas fisik fotokopi KTP dan surat pernyataan diantar ke Bidang Data BKPSDM paling lambat 15 Oktober 2024."),
 ] + ttd("Kepala BKPSDM,", "Drs. KEMAS M. NUR, M.Si.", "NIP. 19690712 199403 1 003")
},
 "label": {"violation": True, "categories": ["endorsement", "inducement", "letterhead-misuse"], "classes": [10],
           "note": "Kop BKPSDM, 'Menindaklanjuti hasil musyawarah' + Pelaporan; kumpulkan fotokopi KTP keluarga ASN untuk relawan paslon (catatan kaki) dan surat pernyataan memilih Nyimas Lela–Hasan Basri"}})

# 044 — C: transkrip pesan suara camat (Batak-Indonesia), imbauan netralitas (informal)
MEMOS.append({"spec": {
 "font": "Calibri", "size": 22,
 "meta": {"title": "transkrip VN camat", "author": "Staf Tapem Kec", "created": "2024-09-25T14:00:00Z"},
 "kop": kop("body", "PEMERINTAH KABUPATEN TAPANULI LINTONG", "KECAMATAN SIBORONG HULU", "Jl. Sisingamangaraja No. 2, Siborong Hulu"),
 "body": [{"p": "Transkrip pesan suara Bapak Camat di grup \"Kades Se-Kec. Siborong Hulu\", Rabu 25 September 2024 pukul 21.20 (dibuat untuk arsip, atas permintaan Panwascam)", "italic": True, "size": 20, "after": 160},
  P("\"Horas, amang-amang kepala desa sude. Sikit aja ya, lae. Mulai hari ini kan sudah masuk masa kampanye, jadi awak ingatkan lagi, kita kepala desa, perangkat, samaan kami ASN di kecamatan, tidak boleh ikut-ikut tim mana pun. Jangan pakai kantor desa, balai desa, mobil desa untuk kampanye siapa pun, mau nomor satu, nomor dua, nomor tiga, sama semua.\"", first=0),
  P("\"Kalau ada tim datang minta tanda tangan, minta kumpul KTP warga, bilang aja tidak bisa, itu melanggar. Spanduk-spanduk di pagar kantor desa tolong dicabut, yang mana pun gambarnya. Jangan pula kelen foto-foto pakai jari nomor, nanti viral, susah kita semua.\"", first=0),
  P("\"Yang boleh: datang ke TPS tanggal 27 November, nyoblos sesuai hati masing-masing. Bantuan desa jalan terus seperti biasa, jangan ditahan-tahan karena pilihan warga. Itu aja, mauliate. Kalau ada yang bingung telepon awak langsung.\"", first=0),
  {"p": "Ditranskrip oleh: Pardamean Sitorus (Staf Seksi Tata Pemerintahan)", "size": 20, "before": 160, "after": 0},
 ]},
 "label": {"violation": False, "categories": [], "classes": [14, 11],
           "note": "Transkrip VN camat (logat Batak): larangan ikut tim, pakai fasilitas desa, kumpul KTP, foto simbol jari; ajakan nyoblos sesuai hati — kepatuhan informal"}})

# 045 — V: broadcast WA Kadisdik diteruskan Kabid: ancaman kontrak honorer
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "nota kabid GTK", "author": "Bidang GTK", "created": "2024-11-06T07:30:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN MERANGIN TINGGI", "DINAS PENDIDIKAN", "Jl. Prof. M. Yamin No. 4, Bangko Tinggi"),
 "body": [{"p": "NOTA DINAS", "align": "center", "bold": True, "after": 120},
  {"table": [["Kepada", ": Kepala SD/SMP Negeri se-Kabupaten Merangin Tinggi"], ["Dari", ": Kepala Bidang GTK"], ["Tanggal", ": 6 November 2024"], ["Hal", ": Penerusan Arahan Pimpinan"]], "widths": [1600, 7470], "borders": False},
  {"p": "", "border_bottom": True, "after": 120},
  P("Bersama ini diteruskan arahan Bapak Kepala Dinas yang disampaikan melalui grup WA \"Kasek Merangin Tinggi\" semalam, untuk disampaikan kepada seluruh guru honorer dan tenaga kontrak di sekolah masing-masing:"),
  {"table": [[[
    {"p": "KADISDIK: Slmt mlm para kasek. Tolong dgr baik2 ya. Perpanjangan SK honor daerah & usulan PPPK thn depan itu dr rekomendasi kasek. JADI: guru honor yg tdk jelas dukung no 2 (Pak Depati Ramli – Bu Siti Hajar), jgn direkomendasikan dulu. Kita hrs tau siapa kawan siapa lawan.", "align": "left", "after": 60},
    {"p": "KADISDIK: Suruh honorernya share video program \"Guru Sejahtera\" ke status WA tiap hari sampe tgl 23, kasek cek sendiri. Yg ga mau share catat namanya, kirim japri ke sy. Makasih 🙏", "align": "left", "after": 0}]]],
   "widths": [9070], "borders": True},
  blank(),
  P("Daftar nama honorer yang tidak melaksanakan agar dikirim kepada Kabid GTK paling lambat 20 November 2024. Terima kasih."),
 ] + ttd("Kepala Bidang GTK,", "HERMANSYAH, S.Pd., M.Pd.", "NIP. 19800918 200501 1 005")
},
 "label": {"violation": True, "categories": ["endorsement", "inducement", "social-media", "letterhead-misuse"], "classes": [8, 11],
           "note": "Nota Kabid meneruskan WA Kadisdik: SK honor/usulan PPPK hanya bagi honorer pendukung no. 2, wajib share video program ke status WA, catat yang menolak"}})

# 046 — C: bupati menjalankan tugas rutin (peresmian), tanpa muatan kampanye
MEMOS.append({"spec": {
 "font": "Times New Roman",
 "meta": {"title": "undangan peresmian jembatan", "author": "Bagian Prokopim", "created": "2024-08-12T02:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN ACEH SEULAWAH", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Jl. Soekarno-Hatta No. 21, Seulimeum Baru"),
 "body": [tgl_kanan("Seulimeum Baru, 12 Agustus 2024")] + nomor("600.1/1317/PUPR/2024", "Undangan Peresmian Jembatan Krueng Lam Teuba") + [blank()] + yth(
   "Yth. Daftar Undangan", "di –", "      Tempat") + [
  P("Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri Peresmian Jembatan Rangka Baja Krueng Lam Teuba (bentang 60 meter) yang dibangun melalui DAK Tahun Anggaran 2024, yang akan diresmikan oleh Bupati Aceh Seulawah, pada:"),
  {"table": [["Hari/Tanggal", ": Senin, 19 Agustus 2024"], ["Pukul", ": 09.30 WIB"], ["Tempat", ": Ujung jembatan sisi Gampong Lam Teuba Baroh"],
             ["Susunan acara", ": Laporan Kepala Dinas PUPR, sambutan Bupati, doa (Teungku Imum Mukim), pengguntingan pita, peusijuek"]], "widths": [2200, 6870], "borders": False},
  P("Mengingat tahapan Pemilihan 2024 sedang berjalan, panitia tidak memasang spanduk, umbul-umbul atau baliho selain papan nama proyek dan logo Pemerintah Kabupaten. Undangan tidak memuat foto pejabat, dan tamu undangan dimohon tidak membawa atribut partai politik atau bakal calon mana pun."),
  P("Pakaian: PDH/batik bagi ASN; bebas rapi bagi masyarakat. Atas kehadirannya diucapkan terima kasih."),
 ] + ttd("Kepala Dinas PUPR\nKabupaten Aceh Seulawah,", "Ir. T. SAIFUL BAHRI, M.T.", "NIP. 19710920 199803 1 004")
 + tembusan("Bupati Aceh Seulawah (sebagai laporan);", "Camat Seulimeum Baru;", "Keuchik Gampong Lam Teuba Baroh.")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Bupati meresmikan jembatan DAK (Agustus 2024) tanpa muatan kampanye; panitia larang atribut partai/bakal calon"}})

# 047 — V: Dishub pinjamkan bus dan mobil dinas ke tim kampanye semua paslon bergiliran
MEMOS.append({"spec": {
 "font": "Calibri", "size": 22,
 "meta": {"title": "jadwal pinjam pakai kendaraan", "author": "Bidang Angkutan", "created": "2024-09-30T02:00:00Z"},
 "kop": kop("table", "PEMERINTAH KABUPATEN WAY SEKAMPUNG", "DINAS PERHUBUNGAN", "Jl. Lintas Timur Km. 12, Sukadana Ilir", logo="LOGO"),
 "body": [tgl_kanan("Sukadana Ilir, 30 September 2024")] + nomor("551/408/Dishub/2024", "Jadwal Pinjam Pakai Kendaraan Selama Masa Kampanye", lampiran="-") + [blank()] + yth(
   "Yth. Kepala UPTD Terminal dan Kepala Seksi Sarana", "Dinas Perhubungan Kabupaten Way Sekampung") + [
  P("Menindaklanjuti permohonan dari tim kampanye masing-masing pasangan calon Bupati dan Wakil Bupati, dan agar Dinas Perhubungan tidak dianggap berpihak, kendaraan milik Dinas dipinjamkan kepada ketiga pasangan secara adil dan bergiliran dengan jadwal sebagai berikut:"),
  {"table": [["Minggu ke-", "Bus Pemda (BE 7001 U, BE 7002 U)", "Mobil patroli & mobil derek", "Sopir"],
             ["1–2 Oktober", "Tim Paslon 1", "Tim Paslon 2", "Sopir PNS Dishub"],
             ["3–4 Oktober", "Tim Paslon 2", "Tim Paslon 3", "Sopir PNS Dishub"],
             ["1–2 November", "Tim Paslon 3", "Tim Paslon 1", "Sopir PNS Dishub"],
             ["3 November", "Bergantian sesuai jadwal kampanye akbar KPU", "-", "Sopir PNS Dishub"]],
   "widths": [1700, 2800, 2500, 2070], "header_row": True},
  blank(),
  P("BBM ditanggung Dinas sesuai pagu operasional kendaraan. Sopir berangkat dalam jam dinas dan kehadirannya dicatat sebagai tugas luar. Personel Seksi Manajemen Rekayasa Lalu Lintas mendampingi rombongan untuk membuka jalan menuju lokasi kampanye."),
  P("Demikian untuk dilaksanakan dengan penuh tanggung jawab."),
 ] + ttd("Kepala Dinas Perhubungan,", "RADEN SUTAN AMIRUDDIN, S.T., M.M.", "NIP. 19750101 200003 1 006")
},
 "label": {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"], "classes": [12],
           "note": "Dishub pinjamkan bus Pemda, mobil patroli, sopir PNS dan BBM dinas ke tim kampanye ketiga paslon bergiliran — fasilitas negara untuk kampanye walau 'adil'"}})

# 048 — C: draf dengan penghapusan terlacak; teks akhir netral (label kurang pasti)
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "undangan rapat evaluasi", "author": "Subbag Program", "created": "2024-10-07T01:00:00Z", "last_modified_by": "Sekretaris Dinas", "change_author": "Sekretaris Dinas", "modified": "2024-10-07T06:40:00Z", "revision": 7},
 "kop": kop("header", "PEMERINTAH KABUPATEN SIAK SRI MEDANG", "DINAS KETAHANAN PANGAN", "Jl. Sultan Ismail No. 8, Siak Sri Medang"),
 "body": [tgl_kanan("Siak Sri Medang, 7 Oktober 2024")] + nomor("500.7/577/DKP/2024", "Undangan Rapat Evaluasi Triwulan III") + [blank()] + yth(
   "Yth. Para Kepala Bidang, Kepala UPT", "dan Penyuluh Ketahanan Pangan") + [
  P("Dalam rangka evaluasi realisasi fisik dan keuangan triwulan III Tahun Anggaran 2024, kami mengundang Saudara untuk hadir pada rapat yang akan dilaksanakan hari Jumat, 11 Oktober 2024 pukul 09.00 WIB di Ruang Rapat Dinas Ketahanan Pangan{del:, sekaligus ramah tamah bersama Bapak Wan Harun yang akan hadir memberikan arahan terkait kelanjutan program pekarangan pangan lestari apabila beliau terpilih kembali}."),
  P("Agenda rapat:"),
  L("realisasi anggaran per sub kegiatan sampai dengan 30 September 2024;"),
  L("kendala penyaluran bantuan Pekarangan Pangan Lestari (P2L) dan cadangan pangan;"),
  L("rencana penyerapan triwulan IV dan usulan pergeseran anggaran."),
  P("Saudara diminta membawa laporan realisasi masing-masing dalam bentuk cetak dan softcopy. {ins:Rapat bersifat internal dan hanya dihadiri pegawai Dinas.}"),
 ] + ttd("Kepala Dinas Ketahanan Pangan,", "Ir. WAN ROSNAH, M.Si.", "NIP. 19700205 199603 2 001")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "KURANG PASTI: draf undangan rapat evaluasi; kalimat ramah tamah dengan petahana 'apabila terpilih kembali' dihapus (tracked deletion, w:del), teks akhir netral dan ditambah 'rapat internal'"}})

# 049 — V: SE kepala desa Sumut HUT desa, kotak teks 'dua periode', spanduk bergambar beliau
MEMOS.append({"spec": {
 "font": "Cambria", "size": 23,
 "meta": {"title": "SE HUT desa", "author": "Sekdes", "created": "2024-10-11T03:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN ASAHAN HILIR", "KECAMATAN AIR JOMAN HILIR", "DESA SIMPANG EMPAT SEMBILAN"),
 "body": judul("SURAT EDARAN", "Nomor: 140/212/SE/X/2024", "TENTANG PERINGATAN HARI JADI DESA KE-61") + [
  P("Dalam rangka Hari Jadi Desa Simpang Empat Sembilan ke-61 tanggal 1 November 2024, kami mengimbau seluruh perangkat desa, BPD, kepala dusun, dan warga untuk:"),
  L("memasang umbul-umbul dan bendera merah putih di sepanjang jalan desa mulai 25 Oktober 2024;"),
  L("memasang spanduk ucapan selamat Hari Jadi yang disediakan desa di depan rumah kepala dusun dan simpang jalan utama. Spanduk memuat foto Bapak Taufik Hidayat Nasution bersama Bapak Robert Manurung sebagai bentuk terima kasih atas aspal jalan desa yang beliau perjuangkan;"),
  L("mengikuti lomba kebersihan dusun dan pawai pembangunan dengan tema sebagaimana tercantum di bawah ini."),
  {"textbox": [{"p": "TEMA HARI JADI DESA KE-61", "bold": True, "align": "center"},
               {"p": "\"Bersama Bang Taufik – Bang Robert, Asahan Hilir Lanjut Dua Periode!\"", "bold": True, "align": "center", "size": 26},
               {"p": "Tulisan tema wajib dipakai pada spanduk, kaos pawai, dan poster lomba.", "align": "center", "italic": True}], "width_cm": 15, "height_cm": 2.8},
  P("Biaya pembuatan spanduk dan kaos pawai dibebankan pada pos kegiatan peringatan hari besar dalam APBDes 2024. Demikian untuk dilaksanakan."),
 ] + ttd("Kepala Desa Simpang Empat Sembilan,", "SUPARDI PANJAITAN", tempat="Simpang Empat Sembilan, 11 Oktober 2024")
},
 "label": {"violation": True, "categories": ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"], "classes": [1, 5],
           "note": "SE HUT desa: tema (kotak teks) 'Bersama Bang Taufik – Bang Robert, Asahan Hilir Lanjut Dua Periode!' wajib di spanduk/kaos, spanduk bergambar pasangan, biaya APBDes"}})

# 050 — C: pindaian OCR huruf kapital pengumuman desa: gotong royong, 'partai' semen, 'pilih hari' (informal)
MEMOS.append({"spec": {
 "engine": "libreoffice",
 "font": "Courier New", "size": 22,
 "meta": {"title": "scan pengumuman", "author": "scanner", "created": "2024-07-02T09:00:00Z"},
 "kop": kop("body", "PEMERINTAH KABUPATEN TEBO ILIR", "KECAMATAN SUMAY HILIR", "KANTOR RIO DUSUN TELUK KUALI BARU"),
 "body": [
  {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
  {"p": "NO : 14O/TKB/VII/2O24/33", "align": "center", "after": 120},
  {"p": "DlBERlTAHUKAN KEPADA SELURUH WARGA DUSUN TELUK KUALI BARU BAHWA SEMEN BANTUAN UNTUK PENGECORAN JALAN RABAT BETON RT O3 DAN RT O5 AKAN DATANG DALAM DUA PARTAl. PARTAl PERTAMA 12O SAK TIBA HARl KAMIS TANGGAL 4 JULI 2O24, PARTAl KEDUA 1OO SAK MENYUSUL MINGGU BERIKUTNYA.", "first": 0},
  {"p": "BAGl BAPAK2 YANG BERSEDlA GOTONG ROYONG DlMOHON MEMlLlH SALAH SATU HARl KERJA: SABTU 6 JULI ATAU MlNGGU 7 JULI, NAMA DlTULlS Dl BUKU YANG ADA Dl WARUNG PAK ROZALI. IBU2 PKK MENYlAPKAN KONSUMSl SECARA BERGlLlRAN.", "first": 0},
  {"p": "HARAP DlPERHATlKAN: KEGlATAN lNl MURNl KEGIATAN DUSUN DAN TlDAK ADA KAITANNYA DENGAN PARTAl POLlTlK ATAU CALON MANAPUN. SPANDUK ATAU ATRlBUT TlDAK BOLEH DIPASANG Dl LOKASl COR.", "first": 0},
  {"p": "TERIMA KASIH ATAS PERHATIAN DAN PARTlSIPASINYA.", "first": 0},
  {"p": "TELUK KUALl BARU, O2 JULl 2O24", "indent": 4820, "after": 0, "align": "left"},
  {"p": "RIO DUSUN TELUK KUALI BARU", "indent": 4820, "after": 0, "align": "left"},
  {"p": "", "after": 0}, {"p": "(ttd)", "indent": 4820, "after": 0, "align": "left", "italic": True},
  {"p": "**M. JAMALUDDlN**", "indent": 4820, "after": 0, "align": "left"},
 ]},
 "label": {"violation": False, "categories": [], "classes": [14, 11],
           "note": "Pindaian OCR huruf kapital: semen datang dalam dua 'partai', warga 'memilih salah satu hari' gotong royong, tegas tidak terkait partai/calon"}})
