from helpers import P, blank, kop, nomor_block, kepada, title, ttd, tembusan, label

MEMOS = []

# ---------------------------------------------------------------- 021  V  Riau, DLH, staff to every pair's rally
MEMOS.append(({
    "font": "Arial", "size": 22,
    "meta": {"title": "SPT Kehadiran Kampanye", "author": "Sekretariat DLH", "created": "2024-10-03T02:00:00Z"},
    "kop": kop("header", "PEMERINTAH KOTA SELAT BARU", "DINAS LINGKUNGAN HIDUP",
               "Jalan Sultan Syarif Kasim No. 71 Selat Baru, Riau 28826 Telp. (0765) 31902"),
    "body": [
        *title("SURAT PERINTAH TUGAS", "800.1.11.1/SPT/388/DLH/X/2024"),
        {"table": [
            ["Dasar", ":", "1. Jadwal Kampanye Rapat Umum Pemilihan Wali Kota dan Wakil Wali Kota Selat Baru Tahun 2024 yang ditetapkan KPU Kota Selat Baru;"],
            ["", "", "2. Arahan Kepala Dinas pada apel pagi tanggal 2 Oktober 2024."],
        ], "widths": [1200, 300, 7570], "borders": False},
        P("MEMERINTAHKAN:", align="center", bold=True),
        {"table": [
            ["Kepada", ":", "Pegawai Dinas Lingkungan Hidup sebagaimana tersebut dalam lampiran surat perintah ini"],
            ["Untuk", ":", "1. Hadir sebagai peserta pada kampanye rapat umum setiap pasangan calon Wali Kota dan Wakil Wali Kota, yaitu pasangan nomor urut 1, 2, dan 3, sesuai jadwal KPU, agar kehadiran pegawai dinas merata kepada semua pasangan dan dinas tidak dianggap berpihak;"],
            ["", "", "2. Berangkat dari kantor pukul 13.00 WIB menggunakan kendaraan dinas BM 9071 KA dan BM 9074 KA; kehadiran dicatat sebagai dinas luar pada aplikasi absensi;"],
            ["", "", "3. Mengenakan pakaian bebas rapi, mengambil tempat di barisan depan, dan mengirim foto kehadiran di lokasi ke grup WA \"DLH Selat Baru\" sebagai bukti pelaksanaan tugas;"],
            ["", "", "4. Regu kebersihan tetap melaksanakan tugas pembersihan lokasi sesudah acara sesuai SOP dan tidak termasuk dalam surat perintah ini."],
        ], "widths": [1200, 300, 7570], "borders": False},
        P("Demikian surat perintah ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.", first=0),
        blank(),
        *ttd("Dikeluarkan di Selat Baru\npada tanggal 3 Oktober 2024", "KEPALA DINAS LINGKUNGAN HIDUP,", "Ir. SYAFRIZAL, M.T.", "19710606 199803 1 009", "Pembina Utama Muda (IV/c)"),
        {"pagebreak": True},
        P("LAMPIRAN SURAT PERINTAH TUGAS NOMOR 800.1.11.1/SPT/388/DLH/X/2024", bold=True, align="left", size=20),
        {"table": [
            ["No", "Nama / NIP", "Jabatan", "Paslon 1 (12 Okt)", "Paslon 2 (26 Okt)", "Paslon 3 (9 Nov)"],
            ["1", "Rika Amelia, S.T. / 19870412 201101 2 004", "Kasubbag Umum", "v", "v", "v"],
            ["2", "Fauzan Harahap / 19900115 201503 1 002", "Analis Lingkungan", "v", "v", "v"],
            ["3", "Desriani, A.Md. / 19910303 201903 2 005", "Pengelola Data", "v", "v", "v"],
            ["4", "M. Iqbal, S.Si. / 19920820 202012 1 006", "Pengendali Dampak", "v", "v", "v"],
            ["5", "Nurhayati / PPPK", "Pengadministrasi", "v", "v", "v"],
            ["6", "Andika Putra / Non-ASN", "Pramu Bakti", "v", "v", "v"],
        ], "widths": [450, 2900, 1800, 1300, 1300, 1320], "header_row": True},
    ],
}, label(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [12, 2],
         "SPT memerintahkan pegawai DLH hadir sebagai peserta kampanye rapat umum semua paslon (merata), mobil dinas, dinas luar pada jam kerja, foto kehadiran - mobilisasi tanpa memihak")))

# ---------------------------------------------------------------- 022  C  Jambi, Kesbangpol, equal coordination with every pair's LO
MEMOS.append(({
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Undangan Rakor APK", "author": "Bidang Poldagri", "created": "2024-09-27T01:00:00Z"},
    "kop": kop("body", "PEMERINTAH KABUPATEN BATANG TABIR", "BADAN KESATUAN BANGSA DAN POLITIK",
               "Jalan Lintas Sumatera Km. 4 Muara Tabir 37257"),
    "body": [
        *nomor_block("000.9/274/Kesbangpol/2024", "Penting", "-", "Undangan Rapat Koordinasi Penataan APK dan Pengamanan Masa Kampanye",
                     "Muara Tabir, 27 September 2024"),
        P("Kepada Yth. (daftar terlampir)", align="left"),
        P("di –\n\tTempat", align="left", tabs=[[426, "left"]]),
        blank(),
        P("Dalam rangka menjaga ketertiban selama masa kampanye Pemilihan Gubernur dan Wakil Gubernur Jambi serta Bupati dan Wakil Bupati Batang Tabir Tahun 2024, kami mengundang Bapak/Ibu/Saudara untuk menghadiri rapat koordinasi pada:", first=709),
        {"table": [["Hari/Tanggal", ": Rabu, 2 Oktober 2024"], ["Pukul", ": 09.00 WIB s.d. selesai"],
                   ["Tempat", ": Ruang Rapat Kesbangpol Kabupaten Batang Tabir"],
                   ["Agenda", ": 1. Zona larangan dan lokasi pemasangan APK; 2. Jadwal kampanye rapat umum dan rute iring-iringan; 3. Mekanisme penertiban APK bersama Bawaslu dan Satpol PP; 4. Pencegahan konflik dan hoaks"]],
         "widths": [2000, 7070], "borders": False},
        P("Mengingat pembahasan menyangkut kepentingan seluruh peserta pemilihan, setiap pasangan calon diundang dengan jumlah dan kedudukan yang sama. Peserta tidak mengenakan atribut pasangan calon di ruang rapat. Notulen rapat akan dikirim kepada seluruh undangan.", first=709),
        P("Demikian undangan ini, atas kehadirannya diucapkan terima kasih.", first=709),
        blank(),
        *ttd(None, "Kepala Badan Kesatuan Bangsa dan Politik,", "Drs. RUSLI HAMZAH, M.Si.", "19700707 199603 1 003"),
        {"pagebreak": True},
        P("Daftar undangan:", bold=True, align="left"),
        {"table": [
            ["No", "Undangan", "Jumlah"],
            ["1", "Ketua KPU Kabupaten Batang Tabir", "1 orang"],
            ["2", "Ketua Bawaslu Kabupaten Batang Tabir", "1 orang"],
            ["3", "Kapolres Batang Tabir u.p. Kabag Ops", "1 orang"],
            ["4", "Dandim 0420/BT u.p. Pasi Ops", "1 orang"],
            ["5", "Kepala Satpol PP Kabupaten Batang Tabir", "1 orang"],
            ["6", "Penghubung (LO) Pasangan Calon Bupati–Wakil Bupati Nomor Urut 1", "2 orang"],
            ["7", "Penghubung (LO) Pasangan Calon Bupati–Wakil Bupati Nomor Urut 2", "2 orang"],
            ["8", "Penghubung (LO) Pasangan Calon Bupati–Wakil Bupati Nomor Urut 3", "2 orang"],
            ["9", "Penghubung (LO) Tim Kampanye Pasangan Calon Gubernur–Wakil Gubernur Nomor Urut 1, 2, dan 3 tingkat kabupaten", "masing-masing 1 orang"],
            ["10", "Camat se-Kabupaten Batang Tabir", "masing-masing 1 orang"],
        ], "widths": [600, 6270, 2200], "header_row": True},
    ],
}, label(False, [], [14], "Rakor Kesbangpol mengundang LO semua paslon secara setara (jumlah dan kedudukan sama) tentang APK dan pengamanan - netral")))

# ---------------------------------------------------------------- 023  V  Jambi, Dinsos, PKH silaturahmi with winning team (Pemilu DPR)
MEMOS.append(({
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "Persiapan silaturahmi KPM", "author": "Koordinator PKH Kab", "created": "2024-01-22T03:00:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN MERANGIN ULU", "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
               "Jalan Prof. M. Yamin Nomor 12 Bangko Ulu, Jambi 37311"),
    "body": [
        *nomor_block("400.9.2/155/Dinsos-P3A/I/2024", "Segera", "1 (satu) lembar",
                     "Persiapan Silaturahmi KPM PKH bersama Tim Pemenangan Ir. H. Darmawan Saleh",
                     "Bangko Ulu, 22 Januari 2024"),
        *kepada("Koordinator Kecamatan dan Pendamping Sosial PKH", "se-Kabupaten Merangin Ulu", "di –", "Tempat"),
        P("Menindaklanjuti hasil rapat koordinasi tanggal 19 Januari 2024, disampaikan pengaturan kegiatan sebagai berikut:", first=709),
        P("Kegiatan dilaksanakan Minggu, 4 Februari 2024 pukul 09.00 WIB di Gedung Serbaguna Bangko Ulu.", num=0),
        P("Setiap pendamping membawa KPM dampingannya sesuai kuota pada lampiran; sebagaimana disepakati dalam rapat, kuota ini sekaligus menjadi target minimal per kecamatan.", num=0, cont=True),
        P("KPM membawa kartu KKS dan fotokopi KTP; fotokopi dikumpulkan di meja registrasi yang dijaga tim.", num=0, cont=True),
        P("Paket sembako (beras 5 kg, minyak 2 liter, gula 1 kg) dibagikan kepada KPM yang hadir setelah acara.", num=0, cont=True),
        P("KPM yang tidak hadir tanpa keterangan dicatat oleh pendamping untuk dievaluasi kepesertaannya pada pemutakhiran data triwulan II.", num=0, cont=True),
        P("Angkutan KPM dari kecamatan menggunakan kendaraan operasional Dinas Sosial dan mobil siaga kecamatan; biaya BBM dipertanggungjawabkan pada kegiatan Pendampingan Sosial.", num=0, cont=True),
        {"table": [
            ["Kecamatan", "Kuota KPM", "Kendaraan", "Korcam"],
            ["Bangko Ulu", "200", "Elf Dinsos BH 7720 KP", "Sri Wahyuni"],
            ["Tabir Hulu", "150", "Mobil siaga kecamatan", "Hendrianto"],
            ["Pamenang Ulu", "150", "Mobil siaga kecamatan", "Lela Marlina"],
            ["Sungai Manau Ulu", "100", "Pick-up Dinsos BH 8812 KP", "Rizki Fadhillah"],
            ["Jumlah", "600", "", ""],
        ], "widths": [2600, 1600, 2900, 1970], "header_row": True},
        P("Demikian untuk dilaksanakan.", first=709),
        blank(),
        *ttd(None, "Kepala Dinas,", "Hj. ERNAWATI, S.Sos., M.M.", "19721111 199703 2 005"),
    ],
}, label(True, ["inducement", "campaign-activity", "state-facility", "endorsement", "letterhead-misuse"], [6, 8, 13, 9],
         "Hal surat: silaturahmi KPM PKH bersama tim pemenangan Darmawan Saleh; isi hanya logistik: kuota/target KPM, FC KTP ke tim, sembako, ancaman evaluasi kepesertaan PKH, kendaraan Dinsos")))

# ---------------------------------------------------------------- 024  C  Gorontalo, regent's routine visit
MEMOS.append(({
    "font": "Calibri", "size": 22,
    "meta": {"title": "Jadwal Kunker Bupati ke Kec. Marisa Timur", "author": "Prokopim", "created": "2024-08-05T02:00:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN POHUWATO TIMUR", "SEKRETARIAT DAERAH", "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN"),
    "body": [
        *nomor_block("000.1.5/318/Prokopim/VIII/2024", "Biasa", "1 (satu) lembar", "Kunjungan Kerja Bupati Pohuwato Timur",
                     "Marisa Timur, 5 Agustus 2024"),
        *kepada("Camat Marisa Timur", "di –", "Tempat"),
        P("Dengan hormat, disampaikan bahwa Bupati Pohuwato Timur akan melaksanakan kunjungan kerja rutin triwulan III ke Kecamatan Marisa Timur dengan agenda sebagai berikut:", first=709),
        {"table": [
            ["Waktu", "Kegiatan", "Lokasi", "Penanggung Jawab"],
            ["Jumat, 9 Agt 2024\n08.00–09.30", "Monitoring Posyandu dan intervensi gizi balita stunting", "Posyandu Melati Desa Duhiadaa Timur", "Dinas Kesehatan / Puskesmas Marisa Timur"],
            ["09.45–10.45", "Peninjauan saluran irigasi sekunder D.I. Randangan yang jebol", "Desa Pohuwato Barat Timur", "Dinas PUPR"],
            ["11.00–13.00", "Jumat Keliling (Salat Jumat berjemaah dan penyerahan bantuan rehab masjid dari APBD yang telah ditetapkan)", "Masjid Al-Hijrah Desa Buhu Timur", "Bagian Kesra"],
            ["14.00–15.30", "Rapat evaluasi capaian SPM kecamatan dengan kepala desa", "Aula Kantor Camat Marisa Timur", "Camat"],
        ], "widths": [1800, 3300, 2200, 1770], "header_row": True},
        P("Sehubungan dengan itu, dimohon Saudara menyiapkan data capaian SPM, data balita stunting per desa, dan laporan kerusakan irigasi. Kepala desa hadir pada rapat evaluasi dengan membawa data APBDes tahun berjalan.", first=709),
        P("Tidak perlu menyiapkan penyambutan berlebihan, tarian, maupun spanduk ucapan selamat datang bergambar pribadi. Publikasi kegiatan dilakukan oleh Bagian Prokopim dan Diskominfo melalui kanal resmi Pemkab. Konsumsi rapat ditanggung DPA Bagian Prokopim.", first=709),
        P("Atas perhatian dan kerja sama Saudara diucapkan terima kasih.", first=709),
        blank(),
        *ttd(None, "a.n. Sekretaris Daerah\nKepala Bagian Protokol dan Komunikasi Pimpinan,", "RAHMAT DJAFAR, S.IP.", "19820418 200604 1 007"),
    ],
}, label(False, [], [14], "Kunjungan kerja rutin bupati (Agustus, sebelum penetapan calon): posyandu, irigasi, Jumat keliling, rapat SPM; tanpa penyambutan/spanduk pribadi - kegiatan dinas biasa")))

# ---------------------------------------------------------------- 025  V  Bengkulu, kelurahan, OCR ALL CAPS, DPD candidate
MEMOS.append(({
    "font": "Courier New", "size": 22,
    "meta": {"title": "scan pengumuman kel", "author": "HP-Scanner", "created": "2024-01-16T07:20:00Z"},
    "kop": kop("body", "PEMERINTAH KABUPATEN SELUMA RAYA", "KECAMATAN TAIS RAYA", "KELURAIIAN MASMAMBANG BARU",
               "JL. AHMAD YANI NO 3 TAIS RAYA"),
    "body": [
        P("PENGUMUMAN", align="center", bold=True, after=0),
        P("N0M0R : 300/ 41 /KEL-MB/I/2024", align="center", after=240),
        P("DIBERITAHUKAN KEPADA SELURUH KETUA RT DAN RW SE-KELURAHAN MASMAMBANG BARU, BAHWA DALAM RANGKA MENYAMBUT PEMILU 14 FEBRUARI 2024, DIMINTA KEPADA SAUDARA UNTUK:", align="left", caps=True),
        P("1. MENGAMBIL SPANDUK DAN STIKER DI KANT0R LURAH PADA HARI KAMIS 18 JANUARI 2024 JAM 09.00 S/D 12.00 WIB (MASING2 RT 2 LEMBAR SPANDUK, 100 STIKER).", align="left"),
        P("2. MEMASANG SPANDUK BERTULISKAN \"SELUMA BERSATU - P1LIH BUNDA RATNA UNTUK DPD\" DI P0S R0NDA DAN SIMPANG JALAN MASUK RT MASING2, PALING LAMBAT SABTU 20 JANUARI.", align="left"),
        P("3. MENGAJAK WARGA AGAR PADA 14 FEBRUARI C0BL0S N0. 27 BUNDA HJ. RATNA DEWI, S.E. KARENA BELIAU ORANG KITA SENDIRI DAN SUDAH BANYAK BANTU KELURAHAN (MUSHOLA, LAMPU JALAN).", align="left"),
        P("4. STIKER DITEMPEL DI PINTU RUMAH WARGA YANG BERSEDIA. NAMA KK YANG SUDAH DITEMPEL DICATAT DAN DISERAHKAN KE KASI PEMERINTAHAN KELURAHAN.", align="left"),
        P("5. PENGUMUMAN INI SUPAYA DIBACAKAN JUGA DI MASJID DAN PENGAJIAN IBU2.", align="left"),
        P("DEMIKIAN PENGUMUMAN INI, ATAS PERIIATIAN DAN KERJASAMANYA DIUCAPKAN TERIMA KASIH.", align="left"),
        blank(),
        P("TAIS RAYA, 16 JANUARI 2024", indent=5103, align="left", after=0),
        P("LURAH MASMAMBANG BARU", indent=5103, align="left", after=0),
        P("", after=0), P("", after=0),
        P("**ZULKARNAIN, S.IP**", indent=5103, align="left", after=0),
        P("NIP. 1979O822 2OO8O1 1 OO4", indent=5103, align="left", after=0),
    ],
    "footer": [P("Dokumen ini dipindai dengan CamScanner", align="right", size=14)],
}, label(True, ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"], [11, 5, 1],
         "Pengumuman lurah (hasil pindai/OCR, huruf kapital, c0bl0s/P1LIH): RT/RW pasang spanduk slogan 'SELUMA BERSATU - PILIH BUNDA RATNA UNTUK DPD', ajak warga coblos no. 27, spanduk dibagikan dari kantor lurah")))

# ---------------------------------------------------------------- 026  C  Sumut, kelurahan, informal WA on KPPS duty and voting
MEMOS.append(({
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "info KPPS staf kel", "author": "Sekel Bandar Sono Baru", "created": "2024-02-09T11:00:00Z"},
    "body": [
        P("Catatan untuk arsip Kelurahan Bandar Sono Baru, Kecamatan Padang Hilir, Kota Tebing Pinang", italic=True, size=18, align="left"),
        P("Salinan pesan Lurah di grup WA \"Staf Kel. Bandar Sono Baru\" tanggal 9 Februari 2024 (dicetak untuk lampiran izin KPPS):", align="left"),
        {"table": [[[
            P("[09/02 19.02] Pak Lurah: Kawan-kawan, awak ingatkan lagi ya. Yang jadi anggota KPPS (Bang Rudi TPS 03, Kak Nelly TPS 07, Ucok TPS 11) surat izin dari kelurahan udah awak teken, ambil Senin sama Kak Sekel. Tanggal 13 kelen pigi bantu bangun TPS, jadi tanggal 13 siang boleh pulang cepat, udah awak izinkan.", align="left"),
            P("[09/02 19.05] Pak Lurah: Tanggal 14 itu libur nasional, kantor tutup. Yang bukan KPPS jangan lupa nyoblos, bawa undangan C6 sama KTP. Pilihan terserah masing-masing, rahasia, jangan ditanya-tanya sama kawan.", align="left"),
            P("[09/02 19.06] Pak Lurah: Satu lagi, masa tenang ni, jangan pakai baju paslon mana pun, jangan posting foto salam jari, jangan share-share kampanye di grup ini. Kalau ada warga nanya cemana cara pindah memilih, arahkan ke PPS, jangan kita yang jawab-jawab.", align="left"),
            P("[09/02 19.08] Kak Nelly: Siap Pak 🙏", align="left"),
            P("[09/02 19.10] Ucok: Siap pak, tgl 15 masuk kantor jam berapa pak? Kami kan begadang hitung suara", align="left"),
            P("[09/02 19.12] Pak Lurah: Yang KPPS tgl 15 masuk jam 10 aja, bawa surat tugas KPPS nya biar awak sampaikan ke Pak Camat.", align="left"),
        ]]], "widths": [9070], "borders": True},
        blank(),
        P("Dicetak oleh: Sekretaris Kelurahan, 12 Februari 2024", align="right", size=18),
    ],
}, label(False, [], [14, 11], "Chat WA lurah (gaya Medan): izin staf jadi KPPS, libur 14 Februari, gunakan hak pilih secara rahasia, larangan atribut/salam jari - kepatuhan, informal")))

# ---------------------------------------------------------------- 027  V  Kalsel, Setwan, rotation/promotion as reward
MEMOS.append(({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "ND usulan rotasi Setwan", "author": "Sekwan", "created": "2024-10-29T02:30:00Z"},
    "kop": kop("header", "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", "KABUPATEN TAPIN HULU",
               "Jalan Jenderal Sudirman Nomor 2 Rantau Hulu, Kalimantan Selatan 71111"),
    "body": [
        P("NOTA DINAS", align="center", bold=True, after=0),
        P("Nomor 800.1.3.3/219/Setwan/2024", align="center", after=240),
        {"table": [["Kepada", ": Yth. Kepala Bagian Umum dan Keuangan Sekretariat DPRD"],
                   ["Dari", ": Sekretaris DPRD"],
                   ["Tanggal", ": 29 Oktober 2024"],
                   ["Sifat", ": Rahasia"],
                   ["Hal", ": Penyusunan Usulan Rotasi dan Promosi Jabatan di Lingkungan Sekretariat DPRD"]],
         "widths": [1500, 7570], "borders": False},
        P("", border_bottom=True),
        P("Menindaklanjuti hasil rapat pimpinan Sekretariat DPRD tanggal 28 Oktober 2024, bersama ini disampaikan bahwa usulan rotasi dan promosi yang akan diajukan kepada BKPSDM pada awal Desember 2024 disusun dengan ketentuan sebagai berikut:", first=720),
        P("Sebagaimana diketahui, Ketua DPRD kita, H. Fahrurrazi, S.H., saat ini maju sebagai calon Bupati Tapin Hulu nomor urut 2. Diputuskan bahwa pegawai yang selama ini aktif membantu kegiatan yang bersangkutan diprioritaskan untuk promosi.", num=0),
        P("Pegawai yang menolak diajak bergabung atau diketahui berada di kubu lain dirotasi ke jabatan pelaksana pada Subbagian Arsip dan Perpustakaan atau diusulkan pindah ke kecamatan.", num=0, cont=True),
        P("Selama masa kampanye, tiga orang staf Bagian Persidangan ditugaskan membantu administrasi posko beliau di Jalan Brigjend Hasan Basry pada jam kerja; kehadiran mereka tetap dicatat hadir di kantor.", num=0, cont=True),
        P("Saudara menyiapkan draf usulan sesuai tabel di bawah dan menyerahkannya langsung kepada saya, tidak melalui agenda surat.", num=0, cont=True),
        {"table": [
            ["No", "Nama", "Jabatan Sekarang", "Usulan", "Keterangan"],
            ["1", "Muhammad Rizani, S.E.", "Analis Keuangan", "Kasubbag Keuangan", "aktif di posko beliau"],
            ["2", "Siti Aulia, S.H.", "Perancang Peraturan", "Kasubbag Perundang-undangan", "koordinator relawan Kec. Tapin Selatan Hulu"],
            ["3", "Ahmad Juhri, S.Sos.", "Kasubbag Humas", "Pelaksana Subbag Arsip", "tidak bersedia bergabung"],
            ["4", "Noor Hasanah, S.AP", "Kasubbag Rapat", "Usul pindah ke Kec. Binuang Hulu", "keluarga mendukung paslon 1"],
            ["5", "Rahmadi", "Pengemudi", "tetap", "mengantar kegiatan yang bersangkutan"],
        ], "widths": [450, 2100, 1900, 2300, 2320], "header_row": True},
        P("Nota dinas ini tidak untuk diperbanyak.", first=720, italic=True),
        blank(),
        *ttd(None, "Sekretaris DPRD,", "Drs. H. GUSTI ISNAINI, M.AP", "19700919 199602 1 002", "Pembina Utama Muda (IV/c)"),
    ],
}, label(True, ["inducement", "endorsement", "state-facility", "letterhead-misuse"], [8, 7, 9, 10, 4],
         "Nota Sekwan: promosi bagi pegawai yang membantu calon Bupati nomor 2 (Ketua DPRD, lalu 'yang bersangkutan'/'beliau'), rotasi/pindah bagi yang menolak, staf ditugaskan ke posko pada jam kerja")))

# ---------------------------------------------------------------- 028  C  Riau, BPBD, relawan consolidation and 'partai' of tents
MEMOS.append(({
    "font": "Arial", "size": 22,
    "meta": {"title": "Konsolidasi Relawan Karhutla", "author": "Bidang Kedaruratan", "created": "2024-07-08T01:30:00Z"},
    "kop": kop("table", "PEMERINTAH KABUPATEN ROKAN TENGAH", "BADAN PENANGGULANGAN BENCANA DAERAH",
               "Jalan Tuanku Tambusai Km. 3 Ujung Batu Tengah, Riau 28557", logo="BPBD"),
    "body": [
        *nomor_block("360/217/BPBD/VII/2024", "Penting", "1 (satu) lembar", "Konsolidasi Relawan dan Kesiapan Logistik Siaga Darurat Karhutla",
                     "Ujung Batu Tengah, 8 Juli 2024"),
        *kepada("Camat se-Kabupaten Rokan Tengah", "Ketua Masyarakat Peduli Api (MPA) dan Forum PRB", "di –", "Tempat"),
        P("Memperhatikan peningkatan titik panas (hotspot) sejak akhir Juni 2024 dan penetapan status Siaga Darurat Bencana Kebakaran Hutan dan Lahan oleh Gubernur Riau, BPBD Kabupaten Rokan Tengah akan melaksanakan konsolidasi relawan penanggulangan bencana dengan ketentuan:", first=709),
        P("Konsolidasi relawan dilaksanakan Senin, 15 Juli 2024 pukul 08.00 WIB di halaman Kantor BPBD, diikuti MPA, Tagana, relawan PMI, dan kelompok tani peduli api dari desa rawan, masing-masing desa 5 orang.", num=0),
        P("Relawan mengenakan rompi MPA atau seragam organisasi masing-masing; BPBD menyediakan 300 helm dan masker.", num=0, cont=True),
        P("Logistik tenda pleton dan pompa jinjing dari BNPB dikirim dalam dua partai: partai pertama (12 tenda, 20 pompa) tiba 11 Juli, partai kedua (8 tenda, 15 pompa) diperkirakan 18 Juli 2024. Camat dapat memilih salah satu jadwal pengambilan sesuai kesiapan angkutan.", num=0, cont=True),
        P("Koordinator lapangan setiap kecamatan menyampaikan data relawan terlatih, sumber air (embung/kanal), dan nomor kontak posko desa paling lambat 12 Juli 2024.", num=0, cont=True),
        P("Dukungan pemerintah kecamatan dan desa sangat diharapkan, terutama penyiapan posko siaga di desa rawan. Atas perhatiannya diucapkan terima kasih.", first=709),
        blank(),
        *ttd(None, "Kepala Pelaksana BPBD\nKabupaten Rokan Tengah,", "Ir. M. NASRUL, M.Si.", "19730303 199903 1 006"),
    ],
    "footer": [P("Call Center BPBD 24 jam: 0812-7600-0112", align="center", size=16)],
}, label(False, [], [14], "Umpan: 'konsolidasi relawan' karhutla, 'dua partai' kiriman tenda, 'memilih salah satu jadwal', 'dukungan', 'koordinator lapangan', 'posko' - urusan bencana")))

# ---------------------------------------------------------------- 029  V  Maluku Utara, Kemenag, scholarship handed over by DPR candidate
MEMOS.append(({
    "engine": "libreoffice",
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Undangan penyerahan PIP madrasah", "author": "Seksi Pendidikan Madrasah", "created": "2024-01-29T02:00:00Z"},
    "kop": kop("table", "KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KOTA TIDORE LINGKAR",
               "Jalan Sultan Zainal Abidin Syah No. 8 Tidore Lingkar, Maluku Utara 97815", logo="[logo Kemenag]"),
    "body": [
        *nomor_block("B-212/Kk.32.08/1/PP.00/01/2024", "Penting", "-", "Penyerahan Bantuan PIP Madrasah Jalur Aspirasi",
                     "Tidore Lingkar, 29 Januari 2024"),
        *kepada("Kepala MI, MTs, dan MA Negeri/Swasta", "se-Kota Tidore Lingkar", "di –", "Tempat"),
        P("Assalamu'alaikum Wr. Wb.", align="left"),
        P("Dengan hormat, bersama ini kami sampaikan bahwa Program Indonesia Pintar (PIP) Madrasah jalur aspirasi Tahun 2023 tahap akhir untuk 640 siswa di Kota Tidore Lingkar telah cair. Bantuan ini merupakan aspirasi Ibu Hj. Nurlaila Tjan, S.E., anggota DPR RI Komisi VIII.", first=709),
        P("Penyerahan buku tabungan dan kartu PIP akan dilakukan langsung oleh beliau pada acara silaturahmi dan nonton bareng debat terakhir capres, Minggu, 4 Februari 2024, pukul 18.30 WIT di Aula Kantor Kementerian Agama Kota Tidore Lingkar.", first=709),
        P("Sehubungan dengan itu, Bapak/Ibu Kepala Madrasah diminta:", first=709),
        P("menghadirkan siswa penerima bersama satu orang tua/wali, sesuai daftar terlampir;", num=0),
        P("mendampingi orang tua mengisi daftar hadir yang disiapkan tim beliau, dengan mencantumkan nomor TPS;", num=0, cont=True),
        P("menyampaikan kepada orang tua agar mengingat jasa beliau pada 14 Februari 2024, karena bantuan aspirasi tahun depan bergantung pada beliau tetap duduk di Senayan;", num=0, cont=True),
        P("hadir mengenakan baju koko/kemeja putih; konsumsi disiapkan oleh tim.", num=0, cont=True),
        P("Operator humas mengunggah dokumentasi penyerahan ke Facebook Page resmi \"Kemenag Kota Tidore Lingkar\" dengan menandai akun beliau @nurlailatjan.official, dan setiap madrasah membagikan ulang unggahan tersebut di akun madrasah masing-masing.", first=709),
        P("Atas perhatian dan kerja samanya diucapkan terima kasih.", first=709),
        P("Wassalamu'alaikum Wr. Wb.", align="left"),
        blank(),
        *ttd(None, "Kepala,", "Dr. H. SUHARDI HI. MUHAMMAD, M.Pd.I", "19710512 199903 1 003"),
    ],
}, label(True, ["state-facility", "endorsement", "campaign-activity", "social-media", "letterhead-misuse"], [13, 3, 7],
         "PIP madrasah diserahkan oleh caleg petahana DPR RI ('beliau') di acara silaturahmi dan nobar debat capres di aula Kemenag, orang tua diminta 'mengingat jasa beliau pada 14 Februari', daftar hadir dengan nomor TPS untuk tim, akun resmi Kemenag menandai akun beliau")))

# ---------------------------------------------------------------- 030  C  Bengkulu, Perumda RUPS, calon direktur
MEMOS.append(({
    "font": "Cambria", "size": 22,
    "meta": {"title": "Undangan RUPS Perumda", "author": "Bagian Perekonomian", "created": "2024-11-18T02:00:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN BENGKULU PESISIR", "SEKRETARIAT DAERAH",
               "Jalan Raya Pantai Panjang Nomor 1 Pesisir Baru, Bengkulu 38221"),
    "body": [
        *nomor_block("500.3.2/511/Ekon/XI/2024", "Penting", "2 (dua) berkas", "Undangan Rapat Pemilik Modal dan Penetapan Calon Direktur Perumda Air Minum Tirta Pesisir",
                     "Pesisir Baru, 18 November 2024"),
        *kepada("Asisten Perekonomian dan Pembangunan", "Kepala BPKAD", "Kepala Bagian Hukum", "Ketua Dewan Pengawas Perumda Air Minum Tirta Pesisir", "di –", "Tempat"),
        P("Sehubungan dengan berakhirnya masa jabatan Direktur Perumda Air Minum Tirta Pesisir pada 31 Desember 2024 dan telah selesainya uji kelayakan dan kepatutan oleh panitia seleksi, kami mengundang Bapak/Ibu untuk menghadiri Rapat Pemilik Modal (setara rapat umum pemegang saham pada perseroda) dengan agenda:", first=709),
        P("pengesahan laporan keuangan dan kinerja Perumda Tahun Buku 2023 hasil audit KAP;", num=1),
        P("penetapan satu dari tiga calon direktur yang diusulkan panitia seleksi, berdasarkan nilai tertinggi uji kelayakan dan kepatutan;", num=1, cont=True),
        P("dukungan penyertaan modal daerah Tahun 2025 untuk perluasan jaringan SPAM Kecamatan Pondok Kelapa Baru.", num=1, cont=True),
        {"table": [["Hari/Tanggal", ": Kamis, 28 November 2024 (setelah hari pemungutan suara)"], ["Pukul", ": 09.00 WIB"],
                   ["Tempat", ": Ruang Rapat Sekda Lantai II"]], "widths": [2000, 7070], "borders": False},
        P("Penetapan calon direktur dilakukan oleh Kepala Daerah selaku pemilik modal berdasarkan rekomendasi panitia seleksi; tidak ada pemungutan suara. Berkas hasil uji kelayakan dan kepatutan kami lampirkan dan bersifat rahasia.", first=709),
        P("Demikian undangan ini, atas kehadirannya diucapkan terima kasih.", first=709),
        blank(),
        *ttd(None, "a.n. Bupati Bengkulu Pesisir\nSekretaris Daerah,", "Drs. EDI SUPRIYANTO, M.M.", "19690301 199503 1 002"),
    ],
}, label(False, [], [14], "Umpan: 'rapat umum pemegang saham', 'calon direktur', 'dukungan penyertaan modal', 'pemungutan suara' - urusan BUMD biasa")))
