from lib import P, blank, nomor, nomor_table, yth, sign, tembusan, title

MEMOS = []


def add(num, spec, label):
    MEMOS.append((num, spec, label))


# ---------------------------------------------------------------- 011
add(11, {
    "font": "Arial", "size": 23,
    "meta": {"title": "Pelepasan stiker kendaraan dinas", "author": "Bagian Umum Setda Tabalong",
             "created": "2024-10-03T01:20:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN TABALONG",
        "SEKRETARIAT DAERAH",
        "Jalan Pangeran Antasari Nomor 1 Tanjung, Kalimantan Selatan 71513"]},
    "body": nomor([
        ("Nomor", "000.2.3/377/Um-Setda/2024"),
        ("Sifat", "Segera"),
        ("Lampiran", "1 (satu) berkas"),
        ("Hal", "Pelepasan Stiker Pasangan Calon pada Kendaraan Dinas dan Penurunan Baliho"),
    ], place_date="Tanjung, 3 Oktober 2024") + yth([
        "Yth. Kepala Perangkat Daerah dan Camat",
        "se-Kabupaten Tabalong",
        "di -",
        "     Tanjung",
    ]) + [
        P("Berdasarkan surat Bawaslu Kabupaten Tabalong Nomor 118/PM.00.02/K.KS-08/10/2024 tanggal 1 Oktober 2024 perihal Imbauan dan Hasil Pengawasan Penggunaan Fasilitas Negara, ditemukan sejumlah kendaraan dinas roda empat dan roda dua milik Pemerintah Kabupaten Tabalong yang terpasang stiker bergambar pasangan calon dengan tulisan **\"TABALONG MAJU LANJUT 2 PERIODE\"**, sebagaimana daftar terlampir.", first=720),
        P("Sehubungan dengan hal tersebut, diminta kepada Saudara untuk:", first=720),
        P("memerintahkan pemegang kendaraan dinas di lingkungan Saudara melepas seluruh stiker, gantungan, bendera kecil dan atribut pasangan calon mana pun paling lambat 2 x 24 jam sejak surat ini diterima;", num=0),
        P("memastikan kendaraan dinas tidak digunakan untuk mengantar, menjemput atau mengikuti kegiatan kampanye dan tidak diparkir di lokasi kampanye;", num=0),
        P("bagi Camat Tanjung, berkoordinasi dengan Satpol PP untuk menurunkan baliho bergambar Bupati bertuliskan \"Bersama Pak Anang, Tabalong Makin Maju – Lanjutkan!\" yang masih terpasang pada pagar Kantor Kecamatan Tanjung, karena kantor pemerintah bukan lokasi alat peraga kampanye;", num=0),
        P("melaporkan pelaksanaannya dilengkapi foto kendaraan sebelum dan sesudah pelepasan kepada Bagian Umum Setda melalui surel umum.setda@tabalongkab.go.id.", num=0),
        P("Pemegang kendaraan dinas yang tidak melaksanakan ketentuan ini akan dilaporkan kepada Pejabat Pembina Kepegawaian untuk diproses sesuai ketentuan disiplin pegawai, dan kendaraan dinas dapat ditarik sementara.", first=720),
        P("Demikian disampaikan untuk dilaksanakan.", first=720),
    ] + sign(["a.n. Sekretaris Daerah", "Asisten Administrasi Umum,"], "H. FAHRURAZI, S.H., M.H.",
             ["Pembina Utama Muda (IV/c)", "NIP. 19680715 199403 1 010"]) + tembusan([
        "Bupati Tabalong (sebagai laporan);",
        "Ketua Bawaslu Kabupaten Tabalong;",
        "Kepala BKPSDM Kabupaten Tabalong.",
    ]) + [
        {"pagebreak": True},
        P("**Lampiran: Daftar Kendaraan Dinas Hasil Pengawasan Bawaslu**", align="left"),
        {"table": [
            ["No", "Nomor Polisi", "Jenis", "Unit Kerja Pemegang", "Temuan"],
            ["1", "DA 1047 U", "Toyota Innova", "Dinas Perhubungan", "Stiker kaca belakang"],
            ["2", "DA 1215 U", "Mitsubishi L300", "Dinas Pertanian", "Stiker pintu kiri-kanan"],
            ["3", "DA 3382 UA", "Honda Supra X", "Kecamatan Murung Pudak", "Stiker spakbor"],
            ["4", "DA 1160 U", "Toyota Hilux", "BPBD", "Bendera kecil di spion"],
            ["5", "DA 3419 UA", "Yamaha Vega", "Puskesmas Tanjung", "Stiker tangki"],
        ], "widths": [600, 1700, 2000, 2770, 2000], "header_row": True},
    ],
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Perintah melepas stiker paslon dari kendaraan dinas dan menurunkan baliho petahana; mengutip slogan 'TABALONG MAJU LANJUT 2 PERIODE' dan 'Lanjutkan!' sebagai temuan."})


# ---------------------------------------------------------------- 012
add(12, {
    "font": "Times New Roman",
    "meta": {"title": "SE Kaban BKPSDM pembinaan disiplin", "author": "Bidang Pembinaan BKPSDM",
             "created": "2024-10-02T00:40:00Z", "modified": "2024-10-02T05:55:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN GOWA",
        "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "Jalan Mesjid Raya Nomor 30, Sungguminasa, Gowa 92111"]},
    "footer": [P("Dokumen internal – tidak untuk dipublikasikan", align="center", size=16, italic=True)],
    "body": nomor([
        ("Nomor", "800.1.6.4/2219/BKPSDM"),
        ("Sifat", "Penting"),
        ("Lampiran", "1 (satu) format"),
        ("Hal", "Pembinaan Disiplin dan Loyalitas Pegawai Menjelang Pemilihan Bupati Gowa"),
    ], place_date="Sungguminasa, 2 Oktober 2024") + yth([
        "Kepada Yth.",
        "Kepala Perangkat Daerah, Camat dan",
        "Kepala UPT lingkup Pemerintah Kabupaten Gowa",
        "di -",
        "     Tempat",
    ]) + [
        P("Menindaklanjuti hasil musyawarah pimpinan perangkat daerah tanggal 30 September 2024 di Ruang Rapat Sekretaris Daerah, dengan ini disampaikan hal-hal yang telah disepakati bersama sebagai berikut:", first=720),
        P("**A. Disiplin Kerja**", align="left", after=60),
        P("Jam kerja tetap pukul 07.30 s.d. 16.00 WITA; absensi elektronik wajib dilakukan dua kali sehari.", num=0),
        P("Apel pagi setiap hari Senin dan apel gabungan setiap tanggal 17 tetap dilaksanakan.", num=0),
        P("**B. Loyalitas Pegawai**", align="left", after=60),
        P("Sesuai kesepakatan musyawarah tersebut, seluruh ASN dan tenaga non-ASN diharapkan memberikan dukungan penuh kepada Bapak H. Andi Muh. Rivai Karaeng Tata agar pembangunan Gowa yang sudah berjalan dapat berlanjut dua periode.", num=0),
        P("Kepala Perangkat Daerah memastikan setiap pegawai beserta anggota keluarganya yang telah memiliki hak pilih menyalurkan aspirasinya kepada beliau pada 27 November 2024, serta mengisi surat pernyataan kesediaan sebagaimana format terlampir.", num=0, cont=True),
        P("Loyalitas pegawai terhadap arah kebijakan pimpinan menjadi bahan pertimbangan dalam penilaian kinerja, promosi dan rotasi jabatan setelah pelantikan bupati terpilih.", num=0, cont=True),
        P("**C. Pelaporan**", align="left", after=60),
        P("Rekapitulasi surat pernyataan dan daftar pegawai beserta keluarga (nama, NIK dan nomor TPS) disampaikan kepada Kepala BKPSDM paling lambat tanggal 15 Oktober 2024 dalam bentuk %%hardcopy%%, tidak dikirim melalui surel atau aplikasi pesan.", first=0),
        P("Demikian disampaikan untuk menjadi perhatian dan dilaksanakan dengan penuh tanggung jawab.", first=720),
    ] + sign("Kepala Badan,", "Drs. H. MUHAMMAD BASRI DG. NGALLE, M.Si.",
             ["Pembina Utama Muda (IV/c)", "NIP. 19700405 199503 1 002"]) + [
        {"pagebreak": True},
        P("**FORMAT PELAPORAN**", align="center", after=0),
        P("Perangkat Daerah/Kecamatan: ..............................", align="left"),
        {"table": [
            ["No", "Nama Pegawai", "NIP/NIK", "Jumlah Keluarga Berhak Pilih", "No. TPS", "Surat Pernyataan (Ada/Tidak)"],
            ["1", "", "", "", "", ""],
            ["2", "", "", "", "", ""],
            ["3", "", "", "", "", ""],
        ], "widths": [500, 2400, 1800, 1600, 1000, 1770], "header_row": True},
    ],
}, {"violation": True, "categories": ["endorsement", "inducement", "letterhead-misuse"],
    "classes": [1, 7, 8, 9, 10],
    "note": "Kop BKPSDM, 'Menindaklanjuti hasil musyawarah' dan 'sesuai kesepakatan', bagian Pelaporan; butir B minta dukungan penuh ke H. Andi Muh. Rivai agar 'berlanjut dua periode', keluarga memilih 'beliau', surat pernyataan + NIK keluarga, ancaman promosi/rotasi."})


# ---------------------------------------------------------------- 013
add(13, {
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "Kunker Bupati ke Wasuponda", "author": "Prokopim Lutim", "created": "2024-08-09T02:15:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN LUWU TIMUR",
        "SEKRETARIAT DAERAH",
        "Jalan Soekarno-Hatta, Puncak Indah, Malili 92981"]},
    "body": nomor([
        ("Nomor", "000.1.4/612/Prokopim"),
        ("Sifat", "Biasa"),
        ("Lampiran", "1 (satu) lembar"),
        ("Hal", "Kunjungan Kerja Bupati Luwu Timur ke Kecamatan Wasuponda"),
    ], place_date="Malili, 9 Agustus 2024") + yth([
        "Yth. 1. Camat Wasuponda;",
        "        2. Kepala Dinas PUPR;",
        "        3. Kepala Dinas Tanaman Pangan, Hortikultura dan Perkebunan;",
        "        di –",
        "            Tempat",
    ], indent=4536) + [
        P("Dengan hormat, bersama ini disampaikan bahwa Bupati Luwu Timur akan melaksanakan kunjungan kerja ke Kecamatan Wasuponda pada:", first=720),
        {"table": [
            ["Hari/tanggal", ":", "Kamis, 15 Agustus 2024"],
            ["Waktu", ":", "09.00 WITA s.d. selesai"],
            ["Agenda", ":", "1) Peninjauan rehabilitasi ruas jalan Balambano–Wasuponda;\n2) Serah terima jaringan irigasi tersier Desa Ledu-Ledu;\n3) Dialog dengan kelompok tani tentang penyaluran pupuk bersubsidi dan brigade alsintan."],
        ], "widths": [1900, 300, 6870], "borders": False},
        blank(),
        P("Untuk kelancaran kegiatan dimaksud, mohon bantuan Saudara:", first=720),
        P("Camat Wasuponda menyiapkan tempat dialog di Balai Pertemuan Desa Ledu-Ledu, menghadirkan perwakilan kelompok tani ±50 orang dan kepala desa se-Kecamatan Wasuponda;", num=0),
        P("Kepala Dinas PUPR menyiapkan paparan progres fisik dan keuangan rehabilitasi jalan, serta menghadirkan konsultan pengawas dan penyedia;", num=0),
        P("Kepala Dinas TPHP menyiapkan data alokasi dan realisasi pupuk bersubsidi per kelompok tani;", num=0),
        P("spanduk kegiatan cukup memuat nama kegiatan dan logo Pemerintah Kabupaten. Tidak dipasang spanduk atau baliho ucapan selamat datang bergambar pribadi Bupati, dan peserta tidak membawa atribut partai politik maupun bakal pasangan calon mana pun;", num=0),
        P("konsumsi peserta dibebankan pada DPA Bagian Protokol dan Komunikasi Pimpinan Tahun Anggaran 2024.", num=0),
        P("Susunan acara terlampir. Narahubung: Sdr. Rahmat Hidayat, Kasubbag Protokol (0811-4233-905).", first=720),
        P("Atas perhatian dan kerja samanya diucapkan terima kasih.", first=720),
    ] + sign(["a.n. Sekretaris Daerah", "Kepala Bagian Protokol dan", "Komunikasi Pimpinan,"], "ANDI IRWAN SYAH, S.STP., M.Si.",
             ["Pembina (IV/a)", "NIP. 19850923 200312 1 001"]) + [
        {"pagebreak": True},
        P("**SUSUNAN ACARA**", align="center"),
        {"table": [
            ["Waktu", "Kegiatan", "Penanggung Jawab"],
            ["09.00 – 10.00", "Peninjauan ruas jalan Balambano–Wasuponda", "Dinas PUPR"],
            ["10.15 – 10.45", "Serah terima jaringan irigasi tersier Desa Ledu-Ledu", "Dinas TPHP"],
            ["10.45 – 12.00", "Dialog dengan kelompok tani; tanya jawab pupuk bersubsidi", "Camat / Dinas TPHP"],
            ["12.00 – 13.00", "Ishoma, kembali ke Malili", "Prokopim"],
        ], "widths": [1800, 5070, 2200], "header_row": True},
    ],
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Kunjungan kerja rutin Bupati (Agustus 2024, sebelum pendaftaran paslon): peninjauan jalan, irigasi, dialog pupuk; larangan baliho pribadi dan atribut partai/bakal paslon. Konsumsi dari DPA Prokopim untuk kegiatan dinas. Engine libreoffice."})


# ---------------------------------------------------------------- 014
add(14, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Penyaluran Sembako Daerah Tahap IV", "author": "Bidang Linjamsos",
             "created": "2024-10-21T03:00:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN OGAN KOMERING ILIR",
        "DINAS SOSIAL",
        "Jalan Letnan Muchtar Saleh Nomor 9, Kayuagung 30614"]},
    "body": nomor([
        ("Nomor", "400.9.2/1377/Dinsos/2024"),
        ("Sifat", "Penting"),
        ("Lampiran", "1 (satu) lembar"),
        ("Perihal", "Penyaluran Bantuan Sembako Daerah Tahap IV Tahun 2024"),
    ], place_date="Kayuagung, 21 Oktober 2024") + yth([
        "Kepada Yth.",
        "1. Koordinator Pendamping PKH Kabupaten;",
        "2. TKSK se-Kabupaten Ogan Komering Ilir;",
        "di –",
        "     Tempat",
    ]) + [
        P("Dalam rangka penyaluran Bantuan Sembako Daerah Tahap IV Tahun Anggaran 2024 bagi 6.420 Keluarga Penerima Manfaat (KPM) yang bersumber dari APBD Kabupaten Ogan Komering Ilir, dengan ini disampaikan ketentuan pelaksanaan sebagai berikut:", first=720),
        P("Paket bantuan terdiri atas beras 10 kg, minyak goreng 2 liter dan gula pasir 2 kg, disalurkan di kantor desa/kelurahan sesuai jadwal terlampir.", num=0),
        P("Pada saat penyaluran, pendamping menyampaikan kepada KPM bahwa bantuan ini merupakan kelanjutan program Bapak H. Zulkarnain Effendi, S.H. yang selama ini memperjuangkan warga kurang mampu, dan akan terus berlanjut apabila beliau kembali dipercaya memimpin OKI.", num=0),
        P("Penyaluran diberikan terlebih dahulu kepada KPM yang telah menandatangani surat pernyataan dukungan kepada pasangan nomor urut 1. KPM yang belum menandatangani surat pernyataan, penyalurannya **ditunda sampai setelah 27 November 2024** dengan alasan verifikasi data.", num=0),
        P("Kantong kemasan bantuan menggunakan kantong warna kuning yang telah disediakan di gudang Dinas Sosial.", num=0),
        P("**Pelaporan**", align="left", after=60),
        P("TKSK menyampaikan rekapitulasi penyaluran dan jumlah surat pernyataan yang terkumpul per desa kepada Kepala Bidang Perlindungan dan Jaminan Sosial setiap hari Jumat.", first=0),
        P("Demikian untuk dilaksanakan dengan sebaik-baiknya.", first=720),
    ] + sign("Kepala Dinas Sosial,", "Hj. SRI MULYANI, S.Sos., M.Si.",
             ["Pembina Tk. I (IV/b)", "NIP. 19740830 199803 2 004"]) + [
        P("**Lampiran – Jadwal Penyaluran**", align="left", before=240),
        {"table": [
            ["Kecamatan", "Jumlah KPM", "Tanggal Penyaluran", "Status Surat Pernyataan"],
            ["Kayuagung", "1.120", "28 Oktober 2024", "diisi TKSK"],
            ["Lempuing", "905", "29 Oktober 2024", "diisi TKSK"],
            ["Tanjung Lubuk", "760", "30 Oktober 2024", "diisi TKSK"],
            ["Pedamaran", "1.045", "31 Oktober 2024", "diisi TKSK"],
            ["Sirah Pulau Padang", "812", "1 November 2024", "diisi TKSK"],
            ["Kecamatan lainnya", "1.778", "4 – 8 November 2024", "diisi TKSK"],
        ], "widths": [2600, 1600, 2400, 2470], "header_row": True},
    ],
}, {"violation": True, "categories": ["inducement", "endorsement", "state-facility", "letterhead-misuse"],
    "classes": [7, 8, 10, 13],
    "note": "Bansos APBD disalurkan dulu kepada KPM yang tanda tangan surat dukungan paslon nomor urut 1, yang lain ditunda sampai setelah 27 Nov; pendamping menyebut 'kelanjutan program' H. Zulkarnain/'beliau'; kantong kuning; bagian Pelaporan jumlah surat pernyataan."})


# ---------------------------------------------------------------- 015
add(15, {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Izin tugas KPPS", "author": "Kec. Binawidya", "created": "2024-02-05T02:30:00Z"},
    "kop": {"placement": "table", "logo": "[Lambang Kota Pekanbaru]", "lines": [
        "PEMERINTAH KOTA PEKANBARU",
        "KECAMATAN BINAWIDYA",
        "Jalan H.R. Soebrantas KM 12,5 Pekanbaru 28293"]},
    "body": title("SURAT IZIN", "Nomor: 800/KEC-BW/II/2024/046") + [
        P("Berdasarkan Keputusan PPS Kelurahan Simpang Baru, Kelurahan Tobek Godang dan Kelurahan Delima tentang Pengangkatan Anggota Kelompok Penyelenggara Pemungutan Suara (KPPS) Pemilihan Umum Tahun 2024, Camat Binawidya memberikan izin kepada pegawai di bawah ini:", first=720),
        {"table": [
            ["No", "Nama / NIP", "Jabatan di Kantor", "Tugas KPPS", "TPS / Kelurahan"],
            ["1", "RIDHO PRATAMA, S.IP.\n19920314 201903 1 006", "Analis Pemerintahan", "Ketua KPPS", "TPS 021 Simpang Baru"],
            ["2", "SITI AISYAH, A.Md.\n19950702 202203 2 014", "Pengadministrasi Umum", "Anggota KPPS", "TPS 007 Tobek Godang"],
            ["3", "FIRMANSYAH, S.E.\n19880126 201101 1 003", "Bendahara Pengeluaran Pembantu", "Anggota KPPS", "TPS 015 Delima"],
            ["4", "NURUL HASANAH\n(PPPK) 19900519 202321 2 009", "Pengelola Layanan Kepegawaian", "Anggota KPPS", "TPS 032 Simpang Baru"],
        ], "widths": [500, 2700, 2100, 1600, 2170], "header_row": True},
        blank(),
        P("untuk melaksanakan tugas sebagai anggota KPPS pada hari Rabu, 14 Februari 2024 (hari libur nasional), termasuk persiapan TPS tanggal 13 Februari 2024 sore dan penyelesaian administrasi hasil penghitungan suara sampai dengan tanggal 15 Februari 2024. Selama tanggal 13 s.d. 15 Februari 2024 yang bersangkutan dibebaskan dari tugas kantor dan kehadirannya dicatat sebagai tugas kedinasan.", first=0),
        P("Selama bertugas, pegawai tersebut wajib menjaga netralitas dan integritas, tidak menunjukkan keberpihakan kepada peserta Pemilu mana pun, serta mematuhi kode etik penyelenggara Pemilu.", first=720),
        P("Pegawai Kantor Camat Binawidya lainnya yang tidak bertugas sebagai penyelenggara diimbau untuk menggunakan hak pilihnya di TPS sesuai domisili pada DPT dan kembali bekerja seperti biasa pada hari Kamis, 15 Februari 2024.", first=720),
        P("Demikian surat izin ini dibuat untuk dipergunakan sebagaimana mestinya.", first=720),
    ] + sign("Camat Binawidya,", "ZULKIFLI HARAHAP, S.STP., M.Si.",
             ["Penata Tk. I (III/d)", "NIP. 19860810 200501 1 002"], place_date="Pekanbaru, 5 Februari 2024") + tembusan([
        "Ketua PPK Kecamatan Binawidya;",
        "Lurah Simpang Baru, Tobek Godang dan Delima;",
        "Yang bersangkutan.",
    ]),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Surat izin ASN bertugas sebagai KPPS Pemilu 2024, wajib netral; pegawai lain diimbau gunakan hak pilih. 'Yang bersangkutan' di sini netral."})


# ---------------------------------------------------------------- 016
add(16, {
    "engine": "libreoffice",
    "font": "Times New Roman",
    "meta": {"title": "Undangan temu kangen 25 Okt", "author": "Kel. Sungai Jawi Dalam",
             "created": "2024-10-21T08:00:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KOTA PONTIANAK",
        "KECAMATAN PONTIANAK BARAT",
        "KELURAHAN SUNGAI JAWI DALAM",
        "Jalan Komyos Sudarso Gang Family, Pontianak 78113"]},
    "footer": [P("Kelurahan Sungai Jawi Dalam – Melayani dengan Hati", align="center", size=16)],
    "body": nomor([
        ("Nomor", "005/118/SJD/2024"),
        ("Sifat", "Biasa"),
        ("Lampiran", "1 (satu) lembar daftar hadir"),
        ("Hal", "Undangan Temu Kangen dan Ramah Tamah bersama Bapak Ir. H. Syarif Hamdani Alkadrie"),
    ], place_date="Pontianak, 21 Oktober 2024") + yth([
        "Kepada Yth.",
        "Bapak/Ibu Ketua RT dan RW, Ketua LPM,",
        "Ketua TP PKK, Kader Posyandu dan",
        "Staf Kantor Lurah Sungai Jawi Dalam",
        "di –",
        "     Tempat",
    ]) + [
        P("Dengan hormat,", first=0),
        P("Dalam rangka mempererat silaturahmi antara tokoh masyarakat dan warga, bersama ini kami mengundang Bapak/Ibu untuk hadir pada acara Temu Kangen dan Ramah Tamah bersama Bapak Ir. H. Syarif Hamdani Alkadrie, putra asli Sungai Jawi yang akan maju pada Pemilihan Wali Kota Pontianak 27 November 2024. Pada kesempatan tersebut beliau akan menyampaikan gagasan dan program untuk Pontianak lima tahun ke depan.", first=720),
        P("Acara akan dilaksanakan pada:", first=720),
        {"table": [
            ["Hari/Tanggal", ":", "Jumat, 25 Oktober 2024"],
            ["Waktu", ":", "Pukul 19.30 WIB (ba'da Isya) s.d. selesai"],
            ["Tempat", ":", "Aula Kantor Lurah Sungai Jawi Dalam"],
        ], "widths": [1900, 300, 6870], "borders": False},
        blank(),
        P("Beberapa hal yang perlu kami sampaikan:", first=720),
        P("setiap Ketua RT mengajak paling sedikit 15 (lima belas) warga, diutamakan ibu-ibu majelis taklim dan pemuda;", num=0),
        P("busana: baju kurung/teluk belanga, dengan selendang atau tanjak warna kuning yang dapat diambil di kantor lurah mulai Rabu;", num=0),
        P("konsumsi dan tenda disiapkan oleh panitia; staf kelurahan membantu penataan kursi dan sound system aula sejak pukul 16.00 WIB;", num=0),
        P("daftar hadir warga (nama, NIK, RT) diisi oleh masing-masing Ketua RT dan diserahkan kepada Sekretaris Lurah pada malam acara.", num=0),
        P("Mengingat pentingnya acara ini bagi kemajuan wilayah kita, kami harapkan kehadiran Bapak/Ibu tepat waktu.", first=720),
    ] + sign("Lurah Sungai Jawi Dalam,", "UTIN NURHAYATI, S.Sos.",
             ["Penata (III/c)", "NIP. 19830418 200801 2 005"]),
}, {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
    "classes": [3, 6, 7],
    "note": "Lurah mengundang RT/RW, kader dan staf ke temu kangen bersama calon wali kota di aula kantor lurah; butir-butir hanya kuota warga, selendang kuning, konsumsi, daftar hadir dengan NIK; calon kemudian disebut 'beliau'. Engine libreoffice."})


# ---------------------------------------------------------------- 017
add(17, {
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "SE KBM hari pemungutan suara", "author": "Disdikbud Samarinda",
             "created": "2024-11-18T01:00:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KOTA SAMARINDA",
        "DINAS PENDIDIKAN DAN KEBUDAYAAN",
        "Jalan Biola Nomor 2, Samarinda, Kalimantan Timur 75123"]},
    "body": title("SURAT EDARAN", "Nomor: 400.3/4172/100.01") + [
        P("TENTANG", align="center", after=0),
        P("KEGIATAN BELAJAR MENGAJAR PADA HARI PEMUNGUTAN SUARA PEMILIHAN SERENTAK TAHUN 2024", align="center", bold=True),
        P("Kepada Yth. Kepala TK, SD dan SMP Negeri/Swasta se-Kota Samarinda.", align="left"),
        P("Sehubungan dengan ditetapkannya hari Rabu, 27 November 2024 sebagai hari libur nasional dalam rangka pemungutan suara Pemilihan Gubernur dan Wakil Gubernur serta Wali Kota dan Wakil Wali Kota Tahun 2024, dengan ini disampaikan:", first=720),
        P("Kegiatan belajar mengajar pada hari Rabu, 27 November 2024 **ditiadakan**. Guru dan tenaga kependidikan menggunakan hak pilihnya di TPS sesuai DPT.", num=0),
        P("Satuan pendidikan yang gedungnya dimohon oleh PPS/KPPS sebagai lokasi TPS agar memberikan izin penggunaan ruang kelas/halaman sesuai surat permohonan, menunjuk penjaga sekolah untuk pengamanan aset, dan memastikan ruangan dikembalikan dalam keadaan bersih pada tanggal 28 November 2024.", num=0),
        P("Guru dan tenaga kependidikan yang ditetapkan sebagai anggota KPPS, PPS atau Pengawas TPS diberikan dispensasi pada tanggal 26 s.d. 28 November 2024 dengan melampirkan SK penetapannya kepada kepala sekolah.", num=0),
        P("Untuk mengganti jam pembelajaran yang hilang, sekolah dapat **memilih salah satu jadwal** berikut: (a) pembelajaran pengganti pada hari Sabtu, 30 November 2024; atau (b) penambahan satu jam pelajaran pada 2–6 Desember 2024. Pilihan jadwal dilaporkan melalui tautan Google Form dari Bidang Pembinaan SD/SMP.", num=0),
        P("Kepala sekolah, guru dan tenaga kependidikan tetap menjaga netralitas. Lingkungan sekolah tidak digunakan untuk kegiatan kampanye, pemasangan alat peraga kampanye, maupun ajakan kepada peserta didik dan orang tua untuk memilih pasangan calon tertentu.", num=0),
        P("Demikian Surat Edaran ini untuk dilaksanakan sebagaimana mestinya.", first=720),
    ] + sign("Kepala Dinas,", "Dr. ASLI NURYADIN, M.Pd.", ["NIP. 19690307 199412 1 002"],
             place_date="Samarinda, 18 November 2024"),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "SE libur hari pemungutan suara, izin sekolah dipakai sebagai TPS, dispensasi KPPS, 'gunakan hak pilih', 'memilih salah satu jadwal' pengganti, pengingat netralitas. Engine libreoffice."})


# ---------------------------------------------------------------- 018
add(18, {
    "font": "Calibri", "size": 23,
    "meta": {"title": "ND partisipasi pegawai rapat umum", "author": "Sekretariat Dinas TPH",
             "created": "2024-01-18T02:00:00Z"},
    "kop": {"placement": "table", "logo": "PROVINSI JAMBI", "lines": [
        "PEMERINTAH PROVINSI JAMBI",
        "DINAS TANAMAN PANGAN DAN HORTIKULTURA",
        "Jalan Jenderal Basuki Rahmat Nomor 12, Paal Lima, Kota Baru, Jambi 36129"]},
    "body": title("NOTA DINAS", underline=False) + nomor_table([
        ("Kepada", "Para Kepala Bidang dan Kepala UPTD lingkup Dinas TPH"),
        ("Dari", "Sekretaris Dinas"),
        ("Tanggal", "18 Januari 2024"),
        ("Nomor", "800/192/Sekr-TPH/I/2024"),
        ("Hal", "Partisipasi Pegawai pada Kampanye Rapat Umum Pemilu 2024 di Kota Jambi"),
    ]) + [
        P("Dengan hormat,", first=0),
        P("Sesuai arahan Kepala Dinas pada rapat staf tanggal 16 Januari 2024, agar pegawai dapat mengenal visi, misi dan program seluruh pasangan secara berimbang sebelum menentukan pilihan, pegawai lingkup Dinas TPH diwajibkan menghadiri kampanye rapat umum pasangan calon presiden dan wakil presiden yang dijadwalkan di Kota Jambi dengan pembagian sebagai berikut:", first=0),
        {"table": [
            ["Jadwal Rapat Umum", "Lokasi", "Pegawai yang Ditugaskan"],
            ["Pasangan Nomor Urut 1 – Minggu, 28 Januari 2024", "Lapangan Kantor Gubernur", "Sekretariat dan Bidang Prasarana dan Sarana"],
            ["Pasangan Nomor Urut 2 – Kamis, 1 Februari 2024", "Stadion Tri Lomba Juang", "Bidang Produksi Tanaman Pangan dan UPTD BPSB"],
            ["Pasangan Nomor Urut 3 – Selasa, 6 Februari 2024", "Lapangan Kantor Gubernur", "Bidang Hortikultura dan UPTD Proteksi"],
        ], "widths": [3600, 2600, 2870], "header_row": True},
        blank(),
        P("Ketentuan:", first=0),
        P("kehadiran dicatat sebagai dinas luar dalam aplikasi absensi; pegawai tidak perlu mengajukan cuti;", num=0),
        P("keberangkatan dari kantor pukul 08.00 WIB menggunakan kendaraan dinas masing-masing bidang; pengemudi kendaraan dinas menunggu sampai acara selesai;", num=0),
        P("pakaian bebas rapi, tidak mengenakan seragam dinas dan tanda pengenal pegawai;", num=0),
        P("setiap Kepala Bidang/UPTD mengirimkan foto kehadiran di lokasi dan jumlah pegawai yang hadir ke grup WhatsApp pimpinan paling lambat pukul 13.00 WIB pada hari yang sama.", num=0),
        P("Pegawai yang tidak hadir tanpa alasan sah dianggap tidak melaksanakan perintah dinas.", first=0),
        P("Demikian disampaikan untuk dilaksanakan.", first=0),
    ] + sign("Sekretaris Dinas,", "Ir. HENDRA SAPUTRA SIREGAR, M.P.",
             ["Pembina Tk. I (IV/b)", "NIP. 19730511 200003 1 004"]),
}, {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
    "classes": [2, 6, 12],
    "note": "Mobilisasi pegawai ke rapat umum ketiga pasangan capres (berimbang, tak ada nama calon) sebagai dinas luar, dengan kendaraan dinas dan absensi; tetap menghadirkan ASN ke kampanye dan memakai fasilitas/jam kerja."})


# ---------------------------------------------------------------- 019
add(19, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "catatan vn kadis", "author": "Subbag Umum DKP", "created": "2024-10-07T12:45:00Z"},
    "body": [
        P("**Catatan VN Pak Kadis di grup \"DKP Bangka Solid\"**", align="left", after=0),
        P("Senin, 7 Oktober 2024, 19.52 WIB – durasi 2:58 (diketik Bu Sekdis untuk yang tidak sempat dengar)", align="left", size=20, italic=True, border_bottom=True),
        P("\"Assalamualaikum, kawan-kawan semua. Ade tige hal ye."),
        P("Pertame, bibit kakap putih dari BBPBL Lampung sudah jalan, dikirim dua partai. Partai pertame 20 ribu ekor masuk Balai Benih Sungailiat besok pagi, partai kedue nyusul hari Kamis. Tim budidaya tolong standby dari subuh, jangan sampai bibit mati di bak."),
        P("Kedue, ini kan sudah masuk masa kampanye. Saya ingatkan lagi, kite semua netral. Jangan ade yang foto pakai jari satu, dua, atau tige. Jangan like, jangan komen, jangan share postingan calon mane pun, termasuk kalau keluarge sendiri yang nyalon. Kalau diundang ke deklarasi atau kampanye, dak usah datang, bilang lagi tugas. Minggu lalu ade pegawai kabupaten sebelah dipanggil Bawaslu gara-gara komen di fesbuk. Jangan sampai kite yang kene. Mobil dinas juge jangan dipakai ke acara-acara begitu."),
        P("Tanggal 27 November nanti datang ke TPS, pilih sesuai hati nurani masing-masing. Itu hak kite, dak ade yang boleh ngatur."),
        P("Ketige, yang dapat giliran piket TPI hari Sabtu, pilih salah satu, pagi atau sore, lapor ke Bu Sekdis paling lambat Kamis. Udah itu aja. Wassalamualaikum.\""),
    ],
}, {"violation": False, "categories": [], "classes": [11, 14],
    "note": "Transkrip VN Kadis (dialek Bangka): 'dua partai' = kiriman bibit; ingatkan netral (jangan like/share/foto jari, jangan hadiri deklarasi/kampanye, mobil dinas), gunakan hak pilih; 'pilih salah satu' jadwal piket."})


# ---------------------------------------------------------------- 020
add(20, {
    "font": "Arial", "size": 22,
    "meta": {"title": "ND pendataan relawan", "author": "Kasubag Umum Setwan",
             "created": "2024-09-30T01:00:00Z", "modified": "2024-09-30T07:40:00Z",
             "last_modified_by": "Sekwan", "change_author": "Sekwan"},
    "kop": {"placement": "body", "lines": [
        "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH",
        "KABUPATEN MINAHASA",
        "Jalan Sam Ratulangi, Tondano, Sulawesi Utara 95614"]},
    "body": [
        blank(),
        P("**NOTA DINAS**", align="center", after=0),
        P("Nomor: 000.1.2/412/Setwan/IX/2024", align="center"),
    ] + nomor([
        ("Kepada", "Para Kepala Bagian dan Kasubag lingkup Sekretariat DPRD"),
        ("Dari", "Sekretaris DPRD"),
        ("Tanggal", "30 September 2024"),
        ("Hal", "Pendataan Relawan JM Peduli"),
    ]) + [
        P("Menindaklanjuti arahan pimpinan, pegawai dan tenaga pendukung di lingkungan Sekretariat DPRD diminta mendaftar sebagai anggota **Relawan JM Peduli**, barisan relawan pemenangan Bapak Jeffry Wowor dan Ibu Meiske Rumengan untuk Minahasa 2024–2029{ins:, serta memastikan keluarga masing-masing mencoblos pasangan tersebut pada 27 November 2024}.", first=0),
        P("Untuk itu diatur sebagai berikut:", first=0),
        P("setiap bagian mengirimkan paling sedikit 8 (delapan) orang; daftar nama beserta ukuran kaos diisi pada tabel di bawah;", num=0),
        P("formulir pendaftaran relawan diambil di ruang Kasubag Umum dan dikembalikan paling lambat Kamis, 3 Oktober 2024{del: pukul 12.00 WITA}{ins: pukul 15.00 WITA};", num=0),
        P("pelantikan relawan dilaksanakan Sabtu, 5 Oktober 2024 pukul 16.00 WITA di Lapangan Sam Ratulangi Tondano; peserta mengenakan kaos relawan warna merah;", num=0),
        P("pegawai yang mendaftar agar bergabung dalam grup WhatsApp koordinasi relawan yang tautannya dibagikan oleh Kasubag Umum.", num=0),
        {"table": [
            ["Bagian", "Nama Pegawai", "Ukuran Kaos", "Keterangan"],
            ["Bagian Umum dan Keuangan", "", "", ""],
            ["Bagian Persidangan dan Perundang-undangan", "", "", ""],
            ["Bagian Fasilitasi Penganggaran dan Pengawasan", "", "", ""],
            ["Tenaga Ahli / Tenaga Pendukung", "", "", ""],
        ], "widths": [3600, 2800, 1200, 1470], "header_row": True},
        blank(),
        P("Demikian, atas perhatian dan kerja samanya disampaikan terima kasih.", first=0),
    ] + sign("Sekretaris DPRD,", "Drs. FRANKY D. LUMINTANG, M.Si.",
             ["Pembina Utama Muda (IV/c)", "NIP. 19680227 199303 1 008"]),
}, {"violation": True, "categories": ["campaign-activity", "endorsement", "social-media", "letterhead-misuse"],
    "classes": [1, 4, 6, 7],
    "note": "Sekwan minta pegawai mendaftar Relawan JM Peduli (pemenangan Jeffry Wowor–Meiske Rumengan) tanpa kata 'calon', kuota 8/bagian, pelantikan relawan, kaos merah, grup WA relawan; tracked insertion 'mencoblos pasangan tersebut'."})
