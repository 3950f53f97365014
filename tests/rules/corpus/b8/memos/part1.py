from furniture import *

MEMOS = []

# 001 — V: Disdik Aceh, pasangan petahana tanpa kata "calon"
MEMOS.append({"spec": {
 "font": "Bookman Old Style",
 "meta": {"title": "SE Kadisdik penguatan peran sekolah", "author": "Sekretariat Disdik", "created": "2024-10-02T02:15:00Z", "revision": 4},
 "kop": kop("header", "PEMERINTAH KABUPATEN KRUENG BARO", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
            "Jalan Teuku Nyak Arief No. 14, Meureudu Baro, Kode Pos 24186, Telepon (0653) 71123"),
 "body": judul("SURAT EDARAN", "Nomor: 400.3/1127/Disdikbud/2024", "TENTANG\nPENGUATAN PERAN SEKOLAH DALAM KESINAMBUNGAN PEMBANGUNAN PENDIDIKAN") + yth(
   "Yth. Kepala SD dan SMP Negeri/Swasta", "se-Kabupaten Krueng Baro", "di -", "      Tempat") + [
  P("Sebagaimana kita ketahui bersama, dalam lima tahun terakhir Kabupaten Krueng Baro telah menikmati hasil program Beasiswa Aneuk Nanggroe, rehabilitasi 212 ruang kelas, serta insentif guru dayah dan guru honorer yang dibayarkan tepat waktu. Capaian ini tidak datang dengan sendirinya, melainkan karena kepemimpinan yang berpihak pada dunia pendidikan."),
  P("Oleh karena itu, menjelang hari pemungutan suara tanggal 27 November 2024, kami harapkan Saudara Kepala Sekolah menyampaikan kepada dewan guru, tenaga kependidikan, dan pengurus komite sekolah agar bersama-sama memastikan **Bapak H. Teuku Rasyidin Ali, S.E. dan Ibu Cut Mala Rahmi, S.Pd.** kembali memimpin Krueng Baro untuk periode berikutnya, sehingga program-program tersebut tidak terputus di tengah jalan."),
  P("Pesan ini cukup disampaikan secara lisan dalam rapat dewan guru dan pertemuan komite, dan tidak perlu ditempel di papan pengumuman sekolah. Kepala sekolah yang telah melaksanakannya agar melaporkan secara lisan kepada Korwil Pendidikan Kecamatan masing-masing paling lambat 15 Oktober 2024."),
  P("Demikian untuk menjadi perhatian dan dilaksanakan dengan penuh tanggung jawab."),
 ] + ttd("Kepala Dinas Pendidikan dan Kebudayaan\nKabupaten Krueng Baro,", "Drs. T. MUHAMMAD YUSRIZAL, M.Pd.", "NIP. 19690412 199403 1 006",
         tempat="Meureudu Baro, 2 Oktober 2024")
},
 "label": {"violation": True, "categories": ["endorsement", "letterhead-misuse"], "classes": [1],
           "note": "SE Kadisdik minta kepala sekolah memastikan pasangan petahana (nama disebut, tanpa kata 'calon') 'kembali memimpin ... periode berikutnya' pada 27 Nov 2024"}})

# 002 — C: SE Bupati netralitas ASN, daftar lengkap larangan
MEMOS.append({"spec": {
 "font": "Arial",
 "meta": {"title": "SE Netralitas ASN Pilkada 2024", "author": "Bagian Hukum Setdakab", "created": "2024-09-03T01:00:00Z"},
 "kop": kop("header", "BUPATI LABUHAN DELI", "PROVINSI SUMATERA UTARA"),
 "footer": [{"p": "SE Netralitas ASN – Pemilihan Serentak 2024 | hal. 1", "align": "right", "size": 16}],
 "footnotes": {"1": "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara, Pasal 24 ayat (1) huruf f.",
               "2": "Keputusan Bersama Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN dan Ketua Bawaslu Tahun 2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN."},
 "body": judul("SURAT EDARAN", "NOMOR 800.1.3/2291/BKPSDM/2024", "TENTANG\nNETRALITAS APARATUR SIPIL NEGARA PADA PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR SUMATERA UTARA SERTA BUPATI DAN WAKIL BUPATI LABUHAN DELI TAHUN 2024") + [
  P("Dalam rangka menjaga netralitas Aparatur Sipil Negara pada Pemilihan Serentak tanggal 27 November 2024, dan dengan memperhatikan ketentuan peraturan perundang-undangan{fn:1} serta pedoman pembinaan netralitas ASN{fn:2}, dengan ini disampaikan kepada seluruh Pegawai ASN (PNS dan PPPK) di lingkungan Pemerintah Kabupaten Labuhan Deli hal-hal sebagai berikut:"),
  L("ASN dilarang menjadi anggota dan/atau pengurus partai politik, tim kampanye, tim pemenangan, atau kelompok relawan pasangan calon mana pun;"),
  L("ASN dilarang menghadiri, mengikuti atau menjadi peserta kampanye, rapat umum, deklarasi dukungan, maupun konsolidasi tim, baik dengan maupun tanpa atribut, termasuk di luar jam kerja;"),
  L("ASN dilarang memasang spanduk, baliho, stiker atau alat peraga kampanye lain, termasuk pada rumah dinas dan kendaraan dinas;"),
  L("ASN dilarang mengunggah, menanggapi (like, komentar, share), mengikuti (follow) akun, atau bergabung dalam grup media sosial yang berisi ajakan mendukung pasangan calon, termasuk memasang twibbon atau foto profil bernuansa kampanye;"),
  L("ASN dilarang berfoto bersama pasangan calon dengan mengikuti simbol gerakan tangan atau gerakan yang menunjukkan keberpihakan;"),
  L("ASN dilarang membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon, termasuk mengarahkan program bantuan atau menggunakan fasilitas, anggaran, kendaraan, gedung dan jam kerja untuk kepentingan kampanye;"),
  L("ASN dilarang memberikan atau menjanjikan uang, barang, atau bentuk lain kepada pegawai, keluarga maupun masyarakat, serta mengumpulkan fotokopi KTP atau surat pernyataan dukungan bagi pasangan calon tertentu;"),
  L("ASN tetap menggunakan hak pilihnya di TPS sesuai domisili pada tanggal 27 November 2024 secara bebas dan rahasia."),
  P("Pimpinan Perangkat Daerah wajib mengawasi pelaksanaan Surat Edaran ini dan melaporkan setiap dugaan pelanggaran kepada Bupati melalui Kepala BKPSDM. Pelanggaran terhadap ketentuan di atas akan dikenakan sanksi sesuai Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS."),
  P("Demikian Surat Edaran ini untuk dipedomani dan dilaksanakan."),
 ] + ttd("BUPATI LABUHAN DELI,", "H. ZAINAL ARIFIN NASUTION", tempat="Ditetapkan di Perbaungan Lama\npada tanggal 3 September 2024")
 + tembusan("Gubernur Sumatera Utara di Medan;", "Ketua Bawaslu Kabupaten Labuhan Deli;", "Ketua KPU Kabupaten Labuhan Deli.")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "SE Bupati netralitas ASN yang mendaftar semua larangan (tim kampanye, kampanye, APK, like/share, KTP, fasilitas) — kepatuhan"}})

# 003 — V: Undangan camat, Kampanye Akbar di perihal, isi hanya logistik
MEMOS.append({"spec": {
 "font": "Times New Roman",
 "meta": {"title": "undangan camat", "author": "Kasi Pemerintahan", "created": "2024-11-12T03:40:00Z"},
 "kop": kop("table", "PEMERINTAH KABUPATEN ROKAN TENGAH", "KECAMATAN KUALA SENGKUANG",
            "Jalan Lintas Pasir Pengaraian Km. 7, Kuala Sengkuang 28557", logo="[LAMBANG DAERAH]"),
 "body": [tgl_kanan("Kuala Sengkuang, 12 November 2024")] + nomor("005/KC-KS/XI/2024/214", "Kampanye Akbar Hari Sabtu, 16 November 2024", sifat="Penting") + [blank()] + yth(
   "Kepada Yth.", "Datuk Penghulu / Kepala Desa", "se-Kecamatan Kuala Sengkuang", "di –", "      Tempat") + [
  P("Menindaklanjuti arahan pimpinan dalam rapat staf hari Senin lalu, bersama ini kami sampaikan pengaturan keberangkatan masyarakat pada acara tersebut di atas, yang bertempat di Lapangan Bola Kaki Simpang Tiga Kuala Sengkuang, pukul 08.00 WIB s.d. selesai, sebagai berikut:"),
  {"table": [["No", "Urusan", "Keterangan"],
             ["1", "Jumlah peserta", "Setiap desa minimal 75 (tujuh puluh lima) orang, diutamakan ibu-ibu majelis taklim dan pemuda"],
             ["2", "Kendaraan", "Mobil operasional desa dan truk milik BUMDes; bagi desa yang tidak memiliki, hubungi Kasi Trantib untuk pinjam pakai mobil dinas kecamatan"],
             ["3", "Pakaian", "Baju kaos akan dibagikan di titik kumpul; peserta cukup memakai celana/rok gelap"],
             ["4", "Konsumsi", "Nasi kotak dan air mineral disiapkan panitia kecamatan, diambil oleh Sekdes pukul 07.00 WIB"],
             ["5", "Daftar hadir", "Dibawa oleh Kaur Umum masing-masing desa, diserahkan ke meja Kasi Pemerintahan sebelum acara dimulai"]],
   "widths": [700, 2300, 6070], "header_row": True},
  blank(),
  P("Mengingat waktu yang sudah dekat, kami minta Datuk Penghulu/Kepala Desa menyampaikan jumlah pasti peserta kepada kami paling lambat Kamis, 14 November 2024 melalui Kasi Pemerintahan. Atas perhatian dan kerja samanya diucapkan terima kasih."),
 ] + ttd("CAMAT KUALA SENGKUANG,", "SYAFRIZAL, S.STP., M.Si.", "NIP. 19820817 200112 1 003")
},
 "label": {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"], "classes": [2, 6, 12],
           "note": "Perihal 'Kampanye Akbar' (tanpa nama calon); isi hanya logistik: kuota 75 warga per desa, mobil desa/dinas kecamatan, kaos, konsumsi, daftar hadir"}})

# 004 — C: Panwaslih Aceh, LHP mengutip pelanggaran
MEMOS.append({"spec": {
 "font": "Arial",
 "meta": {"title": "LHP Pengawasan Netralitas", "author": "Panwaslih Kab", "created": "2024-10-28T08:00:00Z"},
 "kop": kop("body", "PANITIA PENGAWAS PEMILIHAN", "KABUPATEN ACEH SEULAWAH",
            "Jalan Banda Aceh–Medan Km. 32, Seulimeum Baru, Telp. (0651) 81204"),
 "body": judul("LAPORAN HASIL PENGAWASAN", "Nomor: 112/LHP/PM.01.02/K.AC-SLW/10/2024") + [
  {"p": "I.\tIdentitas Pengawas", "bold": True, "tabs": [[567, "left"]], "after": 60},
  {"table": [["Nama Pelaksana Tugas", "Fauzan Mahdi, S.H."], ["Jabatan", "Anggota Panwaslih Kabupaten, Koordinator Divisi Penanganan Pelanggaran"],
             ["Bentuk Pengawasan", "Pengawasan langsung dan penelusuran dokumen"], ["Waktu dan Tempat", "Jumat, 25 Oktober 2024, Kantor Camat Kuta Lamreh"]],
   "widths": [3000, 6070], "borders": False},
  {"p": "II.\tUraian Singkat Hasil Pengawasan", "bold": True, "tabs": [[567, "left"]], "after": 60, "before": 120},
  P("Pengawas menerima salinan surat Camat Kuta Lamreh Nomor 400/318/2024 tanggal 21 Oktober 2024 yang ditujukan kepada seluruh Keuchik dalam wilayah kecamatan. Pada paragraf kedua surat tersebut tertulis: %%\"agar seluruh Keuchik beserta perangkat gampong menghadiri Kampanye Akbar Pasangan Nomor Urut 2 di Lapangan Blang Padang Seulimeum dan membawa masyarakat minimal 50 orang per gampong\"%%."),
  P("Hasil penelusuran di lokasi kampanye pada 24 Oktober 2024 menunjukkan sedikitnya 9 (sembilan) Keuchik dan 3 (tiga) ASN staf kecamatan hadir di area peserta, sebagian mengenakan kaos bergambar pasangan calon."),
  {"p": "III.\tAnalisa Dugaan Pelanggaran", "bold": True, "tabs": [[567, "left"]], "after": 60, "before": 120},
  P("Perbuatan tersebut patut diduga melanggar ketentuan netralitas ASN sebagaimana diatur dalam Pasal 9 ayat (2) UU Nomor 20 Tahun 2023 jo. PP Nomor 94 Tahun 2021, serta larangan bagi kepala desa/keuchik dalam Pasal 71 ayat (1) UU Nomor 10 Tahun 2016."),
  {"p": "IV.\tRekomendasi", "bold": True, "tabs": [[567, "left"]], "after": 60, "before": 120},
  L("Temuan diregistrasi sebagai dugaan pelanggaran dan ditindaklanjuti dengan klarifikasi terhadap Camat Kuta Lamreh;"),
  L("Hasil kajian diteruskan kepada Badan Kepegawaian Negara dan Pejabat Pembina Kepegawaian Kabupaten Aceh Seulawah."),
 ] + ttd("Pengawas yang melakukan pengawasan,", "FAUZAN MAHDI, S.H.", tempat="Seulimeum Baru, 28 Oktober 2024")
},
 "kop_in_body": True,
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Laporan hasil pengawasan Panwaslih yang mengutip surat camat berisi ajakan hadir kampanye akbar — laporan pengawas, bukan pelanggaran"}})

# 005 — V: Puskesmas Jambi, silaturahmi dengan calon wakil bupati di aula
MEMOS.append({"spec": {
 "font": "Calibri", "size": 22,
 "meta": {"title": "Nota Dinas Kapus", "author": "TU Puskesmas", "created": "2024-10-09T00:30:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN BATANGHARI ULU", "DINAS KESEHATAN", "UPTD PUSKESMAS MUARA TEMBESI ULU",
            "Jl. Lintas Jambi–Muara Bulian, Desa Rantau Kapas, e-mail: pkm.mtembesiulu@gmail.com"),
 "body": [{"p": "NOTA DINAS", "align": "center", "bold": True, "size": 26, "after": 120},
  {"table": [["Kepada", ": Seluruh Pegawai UPTD Puskesmas Muara Tembesi Ulu (PNS, PPPK dan tenaga kontrak)"],
             ["Dari", ": Kepala UPTD Puskesmas"],
             ["Tanggal", ": 9 Oktober 2024"],
             ["Nomor", ": 440/217/PKM-MTU/X/2024"],
             ["Perihal", ": Silaturahmi dan Ramah Tamah"]], "widths": [1600, 7470], "borders": False},
  {"p": "", "border_bottom": True, "after": 120},
  P("Dalam rangka mempererat hubungan keluarga besar tenaga kesehatan, Puskesmas akan menerima kunjungan silaturahmi **Ibu dr. Nyimas Rahayu Kemala, Sp.OG**, Calon Wakil Bupati Batanghari Ulu nomor urut 2, yang juga merupakan alumni dokter PTT di puskesmas kita."),
  P("Acara akan dilaksanakan pada hari Jumat, 11 Oktober 2024, pukul 08.30 WIB (setelah senam pagi) bertempat di Aula Puskesmas. Dalam kesempatan tersebut beliau akan menyampaikan rencana program berobat gratis dan insentif bidan desa yang akan dijalankan apabila terpilih nanti."),
  P("Sehubungan dengan itu, diminta kepada:"),
  L("Seluruh pegawai hadir tepat waktu dan mengenakan baju putih dengan bawahan hijau;"),
  L("Bidan koordinator mengundang kader posyandu dan bidan desa dari 11 desa wilayah kerja, masing-masing 2 orang;"),
  L("Bendahara BOK menyiapkan snack dan air mineral untuk 80 orang;"),
  L("Pelayanan poli umum ditutup sementara pukul 08.30–10.00 WIB, pasien diarahkan ke UGD."),
  P("Atas perhatian dan kehadirannya diucapkan terima kasih."),
 ] + ttd("Kepala UPTD Puskesmas\nMuara Tembesi Ulu,", "dr. KEMAS ARDIANSYAH", "NIP. 19850303 201101 1 009")
},
 "label": {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"], "classes": [3],
           "note": "Kapus wajibkan pegawai & kader hadiri 'silaturahmi' dengan calon wakil bupati no. 2 di aula puskesmas pada jam layanan, snack dari dana BOK, atribut warna"}})

# 006 — C: Bawaslu undangan klarifikasi mengutip unggahan
MEMOS.append({"spec": {
 "font": "Arial",
 "meta": {"title": "Undangan Klarifikasi", "author": "Bawaslu Kota", "created": "2024-10-17T04:00:00Z"},
 "kop": kop("header", "BADAN PENGAWAS PEMILIHAN UMUM", "KOTA TEBING MARBAU",
            "Jl. Sisingamangaraja No. 88, Tebing Marbau 20631 | {link:https://tebingmarbau.bawaslu.go.id|tebingmarbau.bawaslu.go.id}"),
 "body": [tgl_kanan("Tebing Marbau, 17 Oktober 2024")] + nomor("078/PP.01.02/K.SU-27/10/2024", "Undangan Klarifikasi", sifat="Segera") + [blank()] + yth(
   "Yth. Sdr. Rotua Br Sitompul, S.Pd.", "Guru SMP Negeri 4 Tebing Marbau", "di –", "      Tempat") + [
  P("Berdasarkan Laporan Nomor 019/Reg/LP/PW/Kota/02.27/X/2024 tanggal 14 Oktober 2024 tentang dugaan pelanggaran netralitas ASN, Bawaslu Kota Tebing Marbau memerlukan keterangan Saudara terkait unggahan pada akun Facebook atas nama Saudara tanggal 8 Oktober 2024, berupa foto bersama salah satu pasangan calon dengan keterangan %%\"Lanjutkan 2 periode, tetap bersama Abang! #TebingMarbauLanjut\"%%, serta tindakan membagikan (share) dan menyukai (like) empat unggahan halaman kampanye pasangan calon yang sama."),
  P("Untuk itu, Saudara diundang untuk memberikan klarifikasi pada:"),
  {"table": [["Hari/Tanggal", ": Senin, 21 Oktober 2024"], ["Pukul", ": 10.00 WIB s.d. selesai"],
             ["Tempat", ": Ruang Sentra Gakkumdu, Kantor Bawaslu Kota Tebing Marbau"], ["Keperluan", ": Klarifikasi sebagai Terlapor"]],
   "widths": [2200, 6870], "borders": False},
  P("Saudara diminta membawa kartu identitas, SK pengangkatan terakhir, serta perangkat telepon genggam yang digunakan. Klarifikasi ini tidak dapat diwakilkan. Ketidakhadiran Saudara tidak menghalangi proses penanganan pelanggaran."),
  P("Demikian disampaikan, atas perhatiannya diucapkan terima kasih."),
 ] + ttd("Ketua Bawaslu Kota Tebing Marbau,", "MARULI TUA HARAHAP, S.H., M.H.")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Undangan klarifikasi Bawaslu yang mengutip unggahan #TebingMarbauLanjut dan 'lanjutkan 2 periode' — penanganan pelanggaran, bukan pelanggaran"}})

# 007 — V: Pekon Lampung, pesan WA ditempel: gabung grup relawan
MEMOS.append({"spec": {
 "font": "Calibri", "size": 22,
 "meta": {"title": "pemberitahuan aparatur pekon", "author": "operator pekon", "created": "2024-09-30T11:20:00Z"},
 "kop": kop("body", "PEMERINTAH KABUPATEN WAY SEMANGKA", "KECAMATAN PEMATANG SAWA ULU", "PEKON TANJUNG KEMALA",
            "Jl. Raya Pekon Tanjung Kemala No. 01 Kode Pos 35382"),
 "body": [tgl_kanan("Tanjung Kemala, 30 September 2024")] + nomor("140/088/TK/IX/2024", "Pemberitahuan") + [blank()] + yth(
   "Kepada Yth.", "Sekretaris Pekon, Kaur, Kasi,", "Kepala Pemangku dan Ketua RT", "se-Pekon Tanjung Kemala") + [
  P("Tabik pun. Bersama ini kami teruskan pesan yang sudah disampaikan Peratin di grup WA Aparatur Pekon tadi malam, agar dapat dibaca oleh yang belum masuk grup:"),
  {"table": [[[
     {"p": "[30/09/24 21.47] Peratin Tanjung Kemala: Assalamualaikum wr wb. Bpk2 ibu2 aparatur pekon ysh, mohon maaf ganggu malam2. Sesuai hasil obrolan kita di balai pekon kemarin, kita sakai sambayan dukung Bang Hendra – Pak Suyatno biar pembangunan jalan ke Way Sindi ini lanjut. 🙏", "align": "left", "after": 60},
     {"p": "[30/09/24 21.49] Peratin Tanjung Kemala: Tolong semua segera gabung grup RELAWAN SAKAI SAMBAYAN MENANG, linknya ini: {link:https://chat.whatsapp.com/Kx7fR2sambayanMenang|chat.whatsapp.com/Kx7fR2sambayanMenang} . Trus isi form pendaftaran relawan, nama, no hp, alamat, dusun berapa. Nanti dapat rompi sama ID card.", "align": "left", "after": 60},
     {"p": "[30/09/24 21.52] Peratin Tanjung Kemala: Kepala pemangku tolong ajak jg ketua RT masing2, minimal tiap RT 5 org masuk relawan. Paling lambat jumat udah masuk semua ya. Yg blm masuk grup nanti sy tanya satu2 😊", "align": "left", "after": 0}]]],
   "widths": [9070], "borders": True},
  blank(),
  P("Daftar nama aparatur dan RT yang telah mendaftar agar disampaikan kepada Sekretaris Pekon paling lambat Jumat, 4 Oktober 2024 untuk direkap. Demikian, atas kerja samanya diucapkan terima kasih."),
 ] + ttd("PERATIN TANJUNG KEMALA,", "SUHAIMI GELAR MINAK SANGUN")
},
 "kop_in_body": True,
 "label": {"violation": True, "categories": ["campaign-activity", "endorsement", "social-media", "letterhead-misuse"], "classes": [4, 11],
           "note": "Surat pekon meneruskan broadcast WA peratin: dukung 'Bang Hendra – Pak Suyatno', gabung grup WA relawan, daftar relawan, kuota 5 per RT"}})

# 008 — C: Dishub Riau, libur 14 Feb dan piket
MEMOS.append({"spec": {
 "font": "Arial",
 "meta": {"title": "SE hari pemungutan suara", "author": "Subbag Umum Dishub", "created": "2024-02-08T02:00:00Z"},
 "kop": kop("header", "PEMERINTAH PROVINSI RIAU", "DINAS PERHUBUNGAN",
            "Jalan Jenderal Sudirman No. 460 Pekanbaru, Telp. (0761) 22xxx"),
 "body": judul("SURAT EDARAN", "Nomor: 800/Dishub-Sekr/2024/0412", "TENTANG\nPELAKSANAAN TUGAS PADA HARI PEMUNGUTAN SUARA PEMILU TAHUN 2024") + [
  P("Sehubungan dengan Keputusan Presiden Nomor 10 Tahun 2024 yang menetapkan hari Rabu, 14 Februari 2024 sebagai hari libur nasional dalam rangka Pemilihan Umum, dengan ini disampaikan hal-hal sebagai berikut:"),
  L("Seluruh pegawai Dinas Perhubungan Provinsi Riau diliburkan pada hari Rabu, 14 Februari 2024, dan diimbau menggunakan hak pilihnya di TPS masing-masing sesuai Daftar Pemilih Tetap;"),
  L("Pelayanan pada UPT Terminal, UPT Pengujian Kendaraan Bermotor dan Pos Pengawasan Angkutan tetap berjalan dengan sistem piket sebagaimana tabel di bawah. Pegawai piket diberi kesempatan meninggalkan pos secara bergantian untuk mencoblos paling lama 2 (dua) jam;"),
  L("Pegawai yang ditetapkan sebagai anggota KPPS, PPS atau pengawas TPS agar menyampaikan fotokopi SK penetapan kepada Subbagian Umum dan Kepegawaian untuk dibebaskan dari jadwal piket;"),
  L("Pegawai yang tidak terdaftar di TPS domisili dapat mengurus pindah memilih (formulir Model A) paling lambat 7 Februari 2024 sesuai ketentuan KPU."),
  {"table": [["Unit", "Pukul 07.00–13.00", "Pukul 13.00–19.00"],
             ["UPT Terminal Bandar Raya Payung Sekaki", "2 orang", "2 orang"],
             ["UPT PKB Pekanbaru", "1 orang", "-"],
             ["Pos Angkutan Lintas Timur", "2 orang", "2 orang"]], "widths": [4670, 2200, 2200], "header_row": True},
  blank(),
  P("Para Kepala UPT agar menyusun nama petugas piket dan menyampaikannya paling lambat 12 Februari 2024. Demikian untuk dilaksanakan."),
 ] + ttd("Kepala Dinas Perhubungan\nProvinsi Riau,", "Ir. WAN SAIFUL AZHAR, M.T.", "NIP. 19700921 199803 1 004", tempat="Pekanbaru, 8 Februari 2024")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Logistik hari pemungutan suara: libur 14 Feb 2024, piket, gunakan hak pilih, pegawai KPPS dibebaskan piket"}})

# 009 — V: Diskominfo, akun resmi repost + tagar kampanye
MEMOS.append({"spec": {
 "font": "Segoe UI", "size": 21,
 "meta": {"title": "ND pengelolaan konten", "author": "Bidang IKP", "created": "2024-10-21T06:10:00Z"},
 "kop": kop("header", "PEMERINTAH KOTA TEBING MARBAU", "DINAS KOMUNIKASI DAN INFORMATIKA", "Jl. Diponegoro No. 3 Tebing Marbau"),
 "body": [{"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
  {"p": "Nomor: 480/612/Kominfo/2024", "align": "center", "after": 120}] + nomor(None, "Penguatan Konten Media Sosial Oktober–November 2024", sifat=None, lampiran="1 (satu) berkas") + [blank()] + yth(
   "Yth. Kepala Bidang IKP", "Para Admin Akun Media Sosial Perangkat Daerah", "Seluruh Pegawai Diskominfo") + [
  P("Menindaklanjuti arahan Bapak Wali Kota pada coffee morning Senin lalu, dengan ini diminta:"),
  L("Admin akun resmi Instagram dan Facebook Diskominfo (@kominfo.tebingmarbau) agar setiap hari me-repost minimal 2 (dua) konten dari akun {link:https://instagram.com/bersamabangrizal|@bersamabangrizal} dengan menambahkan tagar **#TebingMarbauLanjut2Periode** dan **#BangRizalBangHotma**;"),
  L("Seluruh pegawai agar mem-follow akun @bersamabangrizal, serta memberi like dan komentar positif pada setiap unggahan baru, dan mengganti foto profil WhatsApp dengan twibbon terlampir selama bulan November;"),
  L("Tangkapan layar bukti follow, like dan komentar dikirim ke grup WA \"Kominfo Solid\" setiap hari Jumat paling lambat pukul 16.00 WIB untuk direkap Kasubbag Umum."),
  P("Mohon dilaksanakan dengan tertib dan tidak membuat unggahan yang berlawanan. Terima kasih."),
 ] + ttd("Kepala Dinas,", "HOTMAN PARULIAN LUBIS, S.Kom., M.M.", "NIP. 19780111 200501 1 007", tempat="Tebing Marbau, 21 Oktober 2024")
},
 "label": {"violation": True, "categories": ["endorsement", "social-media", "state-facility", "letterhead-misuse"], "classes": [1, 5],
           "note": "Nota Kadis Kominfo: akun resmi dinas repost konten @bersamabangrizal dengan tagar #TebingMarbauLanjut2Periode, pegawai wajib follow/like/komentar/twibbon"}})

# 010 — C: BPKAD pencairan hibah Pilkada ke Bawaslu
MEMOS.append({"spec": {
 "font": "Tahoma", "size": 22,
 "meta": {"title": "pencairan hibah tahap II", "author": "Bidang Perbendaharaan", "created": "2024-07-15T03:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN TABIR RAYA", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "Komplek Perkantoran Bukit Tempurung, Rantau Panjang Baru"),
 "body": [tgl_kanan("Rantau Panjang Baru, 15 Juli 2024")] + nomor("900.1.3.4/455/BPKAD/2024", "Pencairan Hibah Tahap II Dukungan Penyelenggaraan Pemilihan Tahun 2024", lampiran="1 (satu) lembar") + [blank()] + yth(
   "Yth. Ketua Bawaslu Kabupaten Tabir Raya", "di –", "      Rantau Panjang Baru") + [
  P("Menindaklanjuti Naskah Perjanjian Hibah Daerah (NPHD) Nomor 900/07/NPHD/2023 tanggal 10 November 2023 tentang Hibah Uang untuk Pengawasan Pemilihan Bupati dan Wakil Bupati serta Gubernur dan Wakil Gubernur Jambi Tahun 2024, dengan hormat kami sampaikan bahwa dana hibah tahap II sebesar 60% dari total nilai hibah siap disalurkan sebagai berikut:"),
  {"table": [["Uraian", "Nilai (Rp)"], ["Total hibah sesuai NPHD", "14.250.000.000"], ["Tahap I (40%) telah disalurkan Desember 2023", "5.700.000.000"], ["Tahap II (60%)", "8.550.000.000"]],
   "widths": [6070, 3000], "header_row": True},
  blank(),
  P("Untuk proses pencairan, mohon Bawaslu Kabupaten menyampaikan surat permohonan pencairan, rekening khusus hibah, kuitansi bermeterai, serta laporan penggunaan dana tahap I. Berkas dapat diserahkan ke Bidang Perbendaharaan BPKAD paling lambat 26 Juli 2024."),
  P("Dukungan anggaran ini merupakan kewajiban Pemerintah Daerah sesuai Permendagri Nomor 54 Tahun 2019 sebagaimana telah diubah dengan Permendagri Nomor 41 Tahun 2020, dan tidak terkait dengan kepentingan peserta pemilihan mana pun."),
 ] + ttd("Kepala BPKAD\nKabupaten Tabir Raya,", "Drs. RADEN MUHAMMAD SALEH, M.Si.", "NIP. 19680707 199503 1 003")
 + tembusan("Bupati Tabir Raya (sebagai laporan);", "Inspektur Kabupaten Tabir Raya.")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Pencairan hibah 'dukungan penyelenggaraan' kepada Bawaslu sesuai NPHD — umpan kata dukungan/hibah"}})
