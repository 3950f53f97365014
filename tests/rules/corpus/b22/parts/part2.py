# b22 memos 011-017 (each written individually)

# ---------------------------------------------------------------- 011  V
add(11, {
 "font": "Arial", "size": 22,
 "meta": {"title": "Pendataan pegawai relawan", "author": "Bagian Umum Setwan", "company": "Sekretariat DPRD Prov. Kalbar",
          "created": "2024-10-01T03:00:00Z"},
 "kop": kop("header", ["SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", "PROVINSI KALIMANTAN BARAT",
                       "Jalan Ahmad Yani Pontianak 78124 - Telp. (0561) 736541"]),
 "footnotes": {"1": "Formulir dikelola Koordinator Relawan Kota Pontianak, Sdr. Yudi Kurniawan (0812-5640-2917). Kolom NIP dan jabatan boleh dikosongkan."},
 "body": [
  {"p": "\t\tPontianak, 1 Oktober 2024", "tabs": [[1418, "left"], [5954, "left"]], "align": "left"},
 ] + nomor([("Nomor", "000.1.2/1544/SETWAN"), ("Sifat", "Terbatas"), ("Lampiran", "-"),
            ("Hal", "Pendataan Pegawai untuk Relawan")]) + [
  blank(),
 ] + yth(["Kepada", "Yth. Kepala Bagian Umum, Kepala Bagian Persidangan dan Perundang-undangan,", "Kepala Bagian Keuangan serta Kepala Bagian Fasilitasi Penganggaran dan Pengawasan", "di -", "\tPontianak"], indent=4820) + [
  {"p": "Sehubungan dengan telah terbentuknya Barisan Relawan Sahabat HEYUS tingkat Provinsi Kalimantan Barat yang bekerja untuk memenangkan Bapak Hendra Wijaya Saputra dan Bapak H. Muhammad Yusran pada Pemilihan Gubernur dan Wakil Gubernur tanggal 27 November 2024, bersama ini kami minta kepada Saudara:", "first": 709},
  {"p": "mengusulkan paling sedikit 10 (sepuluh) orang pegawai di bagian masing-masing, baik PNS, PPPK maupun tenaga kontrak, untuk didaftarkan sebagai anggota relawan melalui {link:https://bit.ly/relawan-heyus-kalbar|formulir daring relawan}{fn:1};", "num": 0},
  {"p": "memastikan pegawai di bagian Saudara mengikuti (follow) akun Instagram @heyus.kalbar dan TikTok @sahabatheyus, serta bergabung dalam saluran WhatsApp \"KALBAR MAJU BERSAMA HEYUS\";", "num": 0},
  {"p": "mengimbau pegawai menyertakan tagar #KalbarMajuBersamaHEYUS pada unggahan pribadi selama masa kampanye;", "num": 0},
  {"p": "menyampaikan kepada pegawai yang telah terdaftar bahwa rompi dan kartu anggota relawan dapat diambil di sekretariat relawan, Jalan Gajah Mada No. 17, setiap hari mulai pukul 16.00 WIB.", "num": 0},
  {"p": "Nama-nama pegawai yang diusulkan agar sudah kami terima paling lambat Senin, 7 Oktober 2024. Atas perhatian dan kerja samanya diucapkan terima kasih.", "first": 709},
 ] + ttd("SEKRETARIS DPRD PROVINSI KALIMANTAN BARAT,", "Drs. H. ABANG SYARIF MAULANA, M.Si.", "19680721 199203 1 009",
         extra=["Pembina Utama Madya (IV/d)"], indent=4820),
}, {"violation": True, "categories": ["campaign-activity", "endorsement", "letterhead-misuse", "social-media"], "classes": [4, 5],
    "note": "Sekwan minta tiap bagian mendaftarkan min. 10 pegawai ke 'Barisan Relawan Sahabat HEYUS' untuk memenangkan pasangan gubernur, follow akun kandidat, gabung kanal WA, tagar #KalbarMajuBersamaHEYUS; tautan formulir + catatan kaki"})

# ---------------------------------------------------------------- 012  C
add(12, {
 "font": "Tahoma", "size": 21,
 "meta": {"title": "Pencairan hibah Pilgub tahap II", "author": "Bidang Anggaran", "company": "Bakeuda Prov. Sulteng",
          "created": "2024-06-18T01:45:00Z"},
 "kop": kop("body", ["PEMERINTAH PROVINSI SULAWESI TENGAH", "BADAN KEUANGAN DAERAH",
                     "Jalan Sam Ratulangi No. 101 Palu 94111"]),
 "footer": [{"p": "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan BSrE - BSSN.", "align": "center", "size": 15, "italic": True}],
 "body": [
  {"p": "", "border_bottom": True},
  {"p": "Palu, 18 Juni 2024", "align": "right"},
 ] + nomor([("Nomor", "900.1.3/0517/BKD-ANG"), ("Sifat", "Segera"), ("Lampiran", "2 (dua) berkas"),
            ("Hal", "Pencairan Tahap II Dana Hibah Pemilihan Gubernur dan Wakil Gubernur Tahun 2024")]) + [
  blank(),
 ] + yth(["Yth.", "1. Ketua Komisi Pemilihan Umum Provinsi Sulawesi Tengah", "2. Ketua Badan Pengawas Pemilihan Umum Provinsi Sulawesi Tengah", "di Palu"], indent=0) + [
  {"p": "Menindaklanjuti Naskah Perjanjian Hibah Daerah (NPHD) yang ditandatangani pada 10 November 2023 dan sebagai bentuk dukungan anggaran Pemerintah Provinsi Sulawesi Tengah terhadap penyelenggaraan Pemilihan Serentak Tahun 2024, dengan hormat kami sampaikan bahwa dana hibah tahap II telah diproses dengan rincian sebagai berikut:", "first": 709},
  {"table": [["**Penerima Hibah**", "**Nilai NPHD (Rp)**", "**Tahap I - 40% (Rp)**", "**Tahap II - 60% (Rp)**"],
             ["KPU Provinsi Sulawesi Tengah", "298.416.750.000", "119.366.700.000", "179.050.050.000"],
             ["Bawaslu Provinsi Sulawesi Tengah", "117.302.400.000", "46.920.960.000", "70.381.440.000"],
             ["**Jumlah**", "**415.719.150.000**", "**166.287.660.000**", "**249.431.490.000**"]],
   "widths": [3000, 2100, 2100, 2100], "borders": True, "header_row": True},
  blank(120),
  {"p": "Dana tahap II akan ditransfer ke rekening hibah masing-masing penerima paling lambat 28 Juni 2024 setelah kami menerima dokumen berikut:", "first": 709},
  {"p": "surat permohonan pencairan tahap II yang ditandatangani Ketua dan Sekretaris;", "num": 0},
  {"p": "laporan penggunaan dana tahap I sekurang-kurangnya 75% beserta rekening koran;", "num": 0},
  {"p": "kuitansi bermeterai dan pakta integritas penggunaan hibah.", "num": 0},
  {"p": "Selain dukungan anggaran, Pemerintah Provinsi juga memberikan dukungan personel dan sarana sesuai permintaan penyelenggara, yaitu penugasan pegawai pada sekretariat PPK dan pinjam pakai gudang logistik di Jalan Tombolotutu, yang pengaturannya disampaikan melalui surat tersendiri. Penggunaan dana hibah dipertanggungjawabkan sesuai Permendagri Nomor 54 Tahun 2019 sebagaimana telah diubah dengan Permendagri Nomor 41 Tahun 2020.", "first": 709},
 ] + ttd("Kepala Badan Keuangan Daerah,", "Dr. Ir. MOH. RIZAL LAMADJIDO, M.Si.", "19700605 199603 1 004", indent=5103),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Umpan 'dukungan anggaran', 'dukungan personel dan sarana': pencairan hibah Pilkada kepada KPU dan Bawaslu provinsi; urusan keuangan biasa"})

# ---------------------------------------------------------------- 013  V
add(13, {
 "font": "Arial", "size": 22,
 "meta": {"title": "ND penyaluran logistik Sidareja", "author": "Kalak BPBD", "company": "BPBD Kabupaten Cilacap",
          "created": "2024-10-28T08:15:00Z"},
 "kop": kop("table", ["PEMERINTAH KABUPATEN CILACAP", "BADAN PENANGGULANGAN BENCANA DAERAH",
                      "Jl. Jenderal Sudirman No. 29 Cilacap 53212 - Telp. (0282) 534802"], logo="[logo]"),
 "body": [
  title("NOTA DINAS", under=False),
  blank(),
 ] + nomor([("Kepada", "Yth. Kepala Bidang Kedaruratan dan Logistik"),
            ("Dari", "Kepala Pelaksana BPBD"),
            ("Tembusan", "Sekretaris BPBD"),
            ("Tanggal", "28 Oktober 2024"),
            ("Nomor", "360/412/BPBD"),
            ("Hal", "Penyaluran Bantuan Logistik Korban Banjir Kecamatan Sidareja")], label_tab=1560, colon_tab=1843) + [
  {"p": "", "border_bottom": True},
  {"p": "Menindaklanjuti laporan kaji cepat banjir tanggal 24-26 Oktober 2024 di Desa Gunungreja, Tegalsari dan Sidamulya, Kecamatan Sidareja, bantuan dari gudang BPBD berupa 850 paket sembako, 300 lembar selimut dan 120 lembar terpal agar disalurkan dengan pengaturan sebagai berikut:", "first": 567},
  {"p": "Penyerahan dilakukan secara simbolis oleh Bapak H. Bambang Suryadi, S.E. bersama relawan \"Sedulur Mas Bambang\" pada Kamis, 31 Oktober 2024 pukul 10.00 WIB di Balai Desa Gunungreja, bersamaan dengan agenda kunjungan beliau ke Sidareja.", "num": 0},
  {"p": "Paket sembako dikemas ulang dalam tas kain oranye dan ditempeli stiker \"Dari Mas Bambang untuk Sedulur Cilacap - Lanjutkan!\" yang sudah dikirim tim ke gudang kita. Sampaikan kepada warga bahwa bantuan ini adalah kelanjutan program beliau selama memimpin Cilacap, dan supaya Pak Bambang dapat meneruskannya pada periode berikutnya.", "num": 0},
  {"p": "Penerima didahulukan warga yang namanya ada dalam daftar yang disusun koordinator relawan desa. Warga di luar daftar menunggu penyaluran tahap berikutnya.", "num": 0},
  {"p": "Truk logistik dan mobil double cabin BPBD dipakai mengangkut paket ke balai desa pada pagi hari; petugas yang ikut tidak perlu memakai seragam.", "num": 0},
  {"textbox": ["**Catatan Kalak:** paket yang sudah distiker jangan dibongkar lagi. Dokumentasi penyerahan cukup diambil tim relawan beliau; tidak diunggah ke akun resmi BPBD."],
   "width_cm": 14.5, "height_cm": 2.2},
  {"p": "Demikian, mohon dilaksanakan.", "first": 567, "before": 120},
 ] + ttd("Kepala Pelaksana BPBD,", "Drs. WAHYU TRIATMOKO, M.Si.", "19711130 199203 1 002"),
}, {"violation": True, "categories": ["endorsement", "inducement", "letterhead-misuse", "state-facility"], "classes": [1, 7, 8, 13],
    "note": "Bantuan banjir BPBD diserahkan oleh H. Bambang Suryadi dan relawannya, tas oranye berstiker 'Lanjutkan!', 'kelanjutan program beliau ... periode berikutnya', didahulukan bagi daftar relawan; truk BPBD; nama tanpa kata 'calon', selanjutnya 'beliau'/'Pak Bambang'"})

# ---------------------------------------------------------------- 014  C
add(14, {
 "font": "Times New Roman", "size": 24,
 "meta": {"title": "Undangan rakor kampanye damai", "author": "Bidang Politik Dalam Negeri", "company": "Kesbangpol Kab. Sorong",
          "created": "2024-09-18T00:30:00Z"},
 "kop": kop("table", ["PEMERINTAH KABUPATEN SORONG", "BADAN KESATUAN BANGSA DAN POLITIK",
                      "Jl. Sorong-Klamono Km. 24, Aimas, Papua Barat Daya 98418"], logo="[LAMBANG KAB. SORONG]"),
 "body": [
  {"p": "\t\tAimas, 18 September 2024", "tabs": [[1418, "left"], [5954, "left"]], "align": "left"},
 ] + nomor([("Nomor", "200.1.4.3/276/KBP/IX/2024"), ("Sifat", "Penting"), ("Lampiran", "1 (satu) lembar"),
            ("Perihal", "Undangan Rapat Koordinasi")]) + [
  blank(),
 ] + yth(["Kepada Yth. (daftar terlampir)", "di -", "\tTempat"]) + [
  {"p": "Dalam rangka persiapan {split:Dekla|rasi Kam|panye Da|mai} dan pengamanan masa kampanye Pemilihan Bupati dan Wakil Bupati Sorong Tahun 2024, kami mengundang Bapak/Ibu untuk menghadiri rapat koordinasi pada:", "first": 709},
  {"table": [["Hari/Tanggal", ": Jumat, 20 September 2024"], ["Pukul", ": 09.00 WIT s.d. selesai"],
             ["Tempat", ": Ruang Rapat Kantor Bupati Sorong, Aimas"],
             ["Agenda", ": 1. Paparan KPU tentang jadwal, metode dan zonasi kampanye\n  2. Paparan Bawaslu tentang pengawasan kampanye dan netralitas ASN\n  3. Rencana pengamanan oleh Polres Sorong dan Kodim 1802/Sorong\n  4. Persiapan Deklarasi Kampanye Damai, 24 September 2024"]],
   "widths": [2000, 7200], "borders": False},
  blank(120),
  {"p": "Undangan dengan isi yang sama kami sampaikan kepada penghubung (LO) ketiga pasangan calon, yaitu pasangan nomor urut 1, nomor urut 2 dan nomor urut 3. Masing-masing pasangan calon dapat mengutus paling banyak 2 (dua) orang dan akan memperoleh waktu tanggapan yang sama. Penetapan lokasi kampanye dan pemasangan APK tetap menjadi kewenangan KPU Kabupaten Sorong.", "first": 709},
  {"p": "Pegawai Kesbangpol dan perangkat daerah yang hadir bertugas dalam kapasitas fasilitasi, tidak mengenakan atribut pasangan calon mana pun, dan tidak berfoto dengan simbol nomor urut.", "first": 709},
  {"p": "Atas perhatian dan kehadirannya kami sampaikan terima kasih.", "first": 709},
 ] + ttd("Kepala Badan,", "YOHANES KAMBU, S.Sos., M.Si.", "19750908 200212 1 005") + [
  {"pagebreak": True},
  {"p": "**Lampiran Undangan Nomor 200.1.4.3/276/KBP/IX/2024**", "align": "left"},
  {"p": "Ketua KPU Kabupaten Sorong", "num": 1},
  {"p": "Ketua Bawaslu Kabupaten Sorong", "num": 1},
  {"p": "Kapolres Sorong", "num": 1},
  {"p": "Dandim 1802/Sorong", "num": 1},
  {"p": "Kepala Kejaksaan Negeri Sorong", "num": 1},
  {"p": "LO Pasangan Calon Nomor Urut 1", "num": 1},
  {"p": "LO Pasangan Calon Nomor Urut 2", "num": 1},
  {"p": "LO Pasangan Calon Nomor Urut 3", "num": 1},
  {"p": "Kepala Satpol PP Kabupaten Sorong", "num": 1},
  {"p": "Distrik se-Kabupaten Sorong (diwakili Kepala Distrik Aimas)", "num": 1},
 ],
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Rakor Kesbangpol persiapan 'Deklarasi Kampanye Damai': KPU, Bawaslu, aparat dan LO ketiga paslon diundang setara; ASN tanpa atribut"})

# ---------------------------------------------------------------- 015  V
add(15, {
 "font": "Calibri", "size": 24,
 "meta": {"title": "transkrip vn kepsek", "author": "TU SMA", "created": "2024-10-08T01:10:00Z"},
 "body": [
  {"p": "**TRANSKRIP PESAN SUARA BAPA KEPALA SEKOLAH**", "align": "center", "after": 0},
  {"p": "grup WA \"Dewan Guru SMAN 5 Kupang\", Senin 7 Oktober 2024, 20.41 WITA (durasi 1:52)", "align": "center", "after": 0},
  {"p": "diketik ulang oleh staf TU untuk ditempel di papan info ruang guru", "align": "center", "italic": True, "after": 240},
  {"p": "\"Selamat malam bapa mama guru dong samua. Maaf ganggu malam-malam ee. Beta mau sampaikan sadiki hal.", "align": "left"},
  {"p": "Hari Sabtu ni, tanggal dua belas, jam tiga sore, ada deklarasi dukungan di GOR Flobamora. Katong dari sekolah su dapat undangan langsung dari tim, jadi beta minta bapa mama guru yang PNS deng PPPK samua datang. Jang sonde datang ee, nanti beta cek daftar hadir di sana. Pake baju bebas sa, jang pake seragam dinas, biar sonde jadi masalah.", "align": "left"},
  {"p": "Trus hari Minggu malam, habis ibadah, ada konsolidasi relawan tingkat kecamatan di rumahnya Om Yanto di Oebobo. Itu juga katong usahakan datang, minimal lima orang dari sekolah.", "align": "left"},
  {"p": "Yang mau masuk tim pemenangan kecamatan, kasih nama di Ibu Wakasek Kurikulum paling lambat Kamis. Nanti dapat kartu anggota deng rompi. Yang su masuk tim, tolong ajak juga bapa mama komite.", "align": "left"},
  {"p": "Oke ee, itu sa dari beta. Makasih banyak, Tuhan Yesus berkati.\"", "align": "left"},
  blank(),
  {"p": "--- diketik: Yuliana T., staf TU, 8/10/2024 ---", "align": "right", "size": 18},
 ],
}, {"violation": True, "categories": ["campaign-activity"], "classes": [2, 4, 11],
    "note": "Transkrip voice note kepsek (logat Kupang): guru PNS/PPPK wajib hadir 'deklarasi dukungan', 'konsolidasi relawan', daftar masuk 'tim pemenangan'; calon tidak disebut; tanpa kop"})

# ---------------------------------------------------------------- 016  C
add(16, {
 "font": "Arial", "size": 22,
 "meta": {"title": "Permintaan klarifikasi", "author": "Irban III", "company": "Inspektorat Kota Palembang",
          "created": "2024-10-22T02:40:00Z"},
 "kop": kop("header", ["PEMERINTAH KOTA PALEMBANG", "INSPEKTORAT DAERAH",
                       "Jalan Merdeka No. 1 Palembang 30131 Telp. (0711) 350113"]),
 "body": [
  {"p": "Palembang, 22 Oktober 2024", "align": "right"},
 ] + nomor([("Nomor", "700.1.2.1/1096/Insp/2024"), ("Sifat", "Rahasia"), ("Lampiran", "-"),
            ("Hal", "Permintaan Klarifikasi")]) + [
  blank(),
 ] + yth(["Yth. Sdr. M. Fadhil Ramadhan, S.E.", "Pengadministrasi Umum pada Dinas Kebudayaan Kota Palembang", "di", "\tPalembang"], indent=0) + [
  {"p": "Berdasarkan penerusan Bawaslu Kota Palembang Nomor 097/PP.01.02/K.SS-03/10/2024 tentang dugaan pelanggaran netralitas Pegawai ASN, Inspektorat Kota Palembang perlu meminta klarifikasi Saudara terkait unggahan pada akun TikTok pribadi tanggal 5 Oktober 2024 dengan kutipan sebagai berikut:", "first": 709},
  {"textbox": ["%%\"Lanjutkan dua periode bersama Kak Ardi! Wong Palembang pilih nomor 3 #PalembangLanjutArdi\"%%", "(video berdurasi 34 detik; Saudara tampak mengenakan kaos bergambar pasangan calon Wali Kota nomor urut 3)"],
   "width_cm": 15, "height_cm": 2.6},
  {"p": "Untuk itu Saudara diminta hadir pada:", "first": 709, "before": 120},
  {"table": [["Hari/Tanggal", ": Senin, 28 Oktober 2024"], ["Pukul", ": 09.00 WIB"],
             ["Tempat", ": Ruang Rapat Inspektur Pembantu Wilayah III, Lantai 2"],
             ["Membawa", ": KTP, SK jabatan terakhir, dan telepon genggam yang digunakan untuk mengunggah"]],
   "widths": [2000, 7200], "borders": False},
  blank(120),
  {"p": "Klarifikasi tidak dapat diwakilkan. Apabila Saudara berhalangan, harap memberitahukan secara tertulis sebelum jadwal; klarifikasi hanya dapat dijadwalkan ulang satu kali. Hasil klarifikasi menjadi bahan pertimbangan Pejabat Pembina Kepegawaian dan tidak mengurangi hak Saudara untuk menyampaikan keterangan dan bukti yang meringankan.", "first": 709},
 ] + ttd(["a.n. INSPEKTUR KOTA PALEMBANG", "Inspektur Pembantu Wilayah III,"], "Hj. SRI WAHYUNI, S.E., M.Si., Ak.", "19760412 200312 2 008")
   + tembusan(["Inspektur Kota Palembang (sebagai laporan)", "Kepala Dinas Kebudayaan Kota Palembang", "Ketua Bawaslu Kota Palembang"]),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Inspektorat memanggil ASN untuk klarifikasi; mengutip unggahan 'Lanjutkan dua periode bersama Kak Ardi! ... pilih nomor 3 #PalembangLanjutArdi' dalam kotak teks"})

# ---------------------------------------------------------------- 017  V
add(17, {
 "font": "Calibri", "size": 23,
 "meta": {"title": "Hasil rapat internal Irban II", "author": "Irban Wilayah II", "company": "Inspektorat Kab. Kampar",
          "created": "2024-10-01T02:00:00Z", "modified": "2024-10-01T06:30:00Z", "change_author": "Irban II"},
 "kop": kop("header", ["PEMERINTAH KABUPATEN KAMPAR", "INSPEKTORAT DAERAH",
                       "Jalan Prof. M. Yamin, S.H. No. 81 Bangkinang Kota, Riau 28412"]),
 "body": [
  title("NOTA DINAS"),
  centre("Nomor: 700.1.1/Irban.II/318/2024", after=240),
 ] + nomor([("Kepada", "Auditor, P2UPD dan Staf Irban Wilayah II"),
            ("Dari", "Inspektur Pembantu Wilayah II"),
            ("Tanggal", "1 Oktober 2024"),
            ("Hal", "Hasil Rapat Internal Irban Wilayah II")]) + [
  {"p": "", "border_bottom": True},
  {"p": "Menindaklanjuti hasil musyawarah internal Irban Wilayah II pada hari Senin, 30 September 2024, bersama ini disampaikan hal-hal yang telah disepakati dan diputuskan:", "first": 567},
  {"p": "Laporan hasil reviu penggunaan Dana Desa tahap II untuk 8 (delapan) desa di Kecamatan Tambang diselesaikan paling lambat 18 Oktober 2024.", "num": 0},
  {"p": "Tim pendampingan penyusunan laporan keuangan perangkat daerah mulai bertugas 14 Oktober 2024 sesuai surat tugas yang akan diterbitkan.", "num": 0},
  {"p": "Diputuskan bahwa setiap auditor dan staf menyukai (like) dan membagikan (share) paling sedikit dua unggahan per hari dari halaman Facebook {link:https://www.facebook.com/KamparHebatDuaPeriode|Kampar Hebat Dua Periode} dan akun Instagram @bangzul.kamparhebat, serta memasang bingkai foto \"Bang Zul - Pak Syafri Dua Periode\" pada foto profil WhatsApp sampai dengan 27 November 2024.", "num": 0},
  {"p": "{ins:Pegawai yang keluarganya ber-KTP Kampar agar mengajak keluarga memilih Bang Zul dan Pak Syafri, supaya Kampar Hebat berlanjut dua periode.}", "num": 0},
  {"p": "**Pelaporan**", "before": 120},
  {"p": "Bukti tangkapan layar pelaksanaan angka 3 dihimpun oleh Sdri. Mega Lestari, S.Ak. setiap Jumat pukul 15.00 WIB dan dilaporkan kepada Inspektur Pembantu Wilayah II. Laporan angka 1 dan 2 disampaikan melalui aplikasi pengawasan seperti biasa.", "first": 567},
 ] + ttd("Inspektur Pembantu Wilayah II,", "H. DEDI SUPRIANTO, S.E., M.Ak.", "19780203 200604 1 013", indent=5387),
}, {"violation": True, "categories": ["endorsement", "letterhead-misuse", "social-media"], "classes": [1, 5, 9, 10],
    "note": "Nota dinas Irban (kop Inspektorat), 'Menindaklanjuti hasil musyawarah', butir 'diputuskan' like/share halaman 'Kampar Hebat Dua Periode' dan twibbon 'Bang Zul - Pak Syafri Dua Periode'; sisipan tracked: ajak keluarga memilih; bagian Pelaporan"})
