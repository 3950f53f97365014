# Group 2: b11_011 .. b11_020  (each memo written individually)


def add(memo, g):
    nomor_block, nota_block, yth, title, sig, tembusan, P, LI = (
        g["nomor_block"], g["nota_block"], g["yth"], g["title"], g["sig"], g["tembusan"], g["P"], g["LI"])
    MEMO_KOP_BODY = g["MEMO_KOP_BODY"]

    # ------------------------------------------------------------------ 011
    body = title(["SURAT EDARAN", "Nomor: 000.8/1455/PUPR/X/2024"], True)
    body += [
        {"p": "Kepada Yth. Para Kepala Bidang, Kepala UPTD dan seluruh pegawai Dinas PUPR Kabupaten Lombok Selatan",
         "align": "left"},
        {"p": "Perihal: Peringatan Hari Jadi Kabupaten Lombok Selatan ke-66", "align": "left", "bold": True},
        P("Hari Jadi Kabupaten Lombok Selatan ke-66 jatuh pada tanggal 21 Oktober 2024. Sebagai bentuk rasa "
          "syukur atas pembangunan jalan, irigasi dan air bersih yang telah kita nikmati lima tahun terakhir, "
          "seluruh unit kerja di lingkungan Dinas PUPR diminta melaksanakan hal-hal berikut:"),
        LI("memasang spanduk ucapan ukuran 1 x 3 meter di pagar depan kantor bidang/UPTD masing-masing dengan "
           "tulisan: %%\u201cBersama H. Lalu Sahnan dan Hj. Baiq Rukmini, Lanjutkan Pembangunan Dua Periode. "
           "Dirgahayu Lombok Selatan ke-66\u201d%%. Desain spanduk dapat diminta di Subbagian Umum;"),
        LI("mengunggah foto kegiatan kerja bakti dan apel pagi tanggal 21 Oktober di akun media sosial pribadi "
           "dengan tagar #SahnanRukminiLanjutkan dan #LombokSelatanMajuTerus, serta menandai akun "
           "@sahnanrukmini.official;"),
        LI("menyebarkan video capaian pembangunan yang dikirim melalui grup WhatsApp dinas ke grup keluarga "
           "dan grup warga masing-masing, paling sedikit 5 (lima) grup;"),
        LI("menyampaikan tautan unggahan kepada Sekretariat untuk direkap paling lambat 23 Oktober 2024."),
        P("Kita semua tahu program yang baik harus diteruskan supaya tidak putus di tengah jalan. Mari tunjukkan "
          "bahwa keluarga besar PUPR tahu berterima kasih, agar H. Lalu Sahnan dapat memimpin kembali periode "
          "berikutnya."),
        P("Demikian untuk dilaksanakan dengan penuh kesadaran."),
    ]
    body += sig("Praya Timur, 14 Oktober 2024\nKepala Dinas Pekerjaan Umum dan Penataan Ruang,",
                "Ir. LALU MUHAMMAD HAKIM, M.T.", "19700304 199603 1 008")
    memo(11, {
        "font": "Arial",
        "meta": {"title": "SE Hari Jadi", "author": "Sekretariat PUPR", "created": "2024-10-14T02:30:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN LOMBOK SELATAN",
            "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
            "Jalan Gajah Mada Nomor 88, Praya Timur, Nusa Tenggara Barat 83581"]},
        "body": body,
    }, True, ["endorsement", "social-media", "campaign-activity", "state-facility", "letterhead-misuse"], [1, 5],
        "SE HUT kabupaten: spanduk di pagar kantor 'Bersama H. Lalu Sahnan dan Hj. Baiq Rukmini, Lanjutkan "
        "Pembangunan Dua Periode', tagar #SahnanRukminiLanjutkan, tandai akun kandidat, 'memimpin kembali periode berikutnya'; tanpa kata calon.")

    # ------------------------------------------------------------------ 012
    body = nomor_block([
        ("Nomor", "100.3.4/2207/Setda/X/2024"),
        ("Sifat", "Sangat Segera"),
        ("Lampiran", "-"),
        ("Hal", "Pelepasan Stiker dan Penurunan Alat Peraga di Lingkungan Perkantoran"),
    ], place_date="Tanah Grogot Hulu, 2 Oktober 2024")
    body += yth(["Kepala Perangkat Daerah", "se-Kabupaten Paser Hulu"])
    body += [
        P("Berdasarkan hasil pengawasan bersama Bawaslu Kabupaten Paser Hulu dan Satpol PP tanggal 30 September "
          "2024, masih ditemukan stiker pasangan calon pada kaca belakang 7 (tujuh) kendaraan dinas roda empat "
          "dan 12 (dua belas) kendaraan dinas roda dua, serta satu baliho di pagar samping Kantor Bupati yang "
          "bertuliskan sebagai berikut:"),
        {"textbox": [
            {"p": "Temuan pengawasan (kutipan sesuai aslinya):", "bold": True, "align": "left", "after": 60},
            {"p": "\u201cTERUSKAN KERJA NYATA \u2013 Bersama Bapak Abdul Gafur Sahrani, Dua Periode untuk Paser "
                  "Hulu Sejahtera\u201d (baliho 3 x 5 m, pagar samping Kantor Bupati)", "align": "left", "after": 60},
            {"p": "Stiker bulat \u201cAGS Lanjut!\u201d warna kuning (kendaraan dinas Dinas Perhubungan, DLH, "
                  "Disdukcapil, Kecamatan Long Ikis Hulu)", "align": "left", "after": 0},
        ], "width_cm": 15.5, "height_cm": 3.4},
        {"p": "", "after": 0},
        P("Sehubungan dengan itu, diminta kepada Saudara untuk:"),
        LI("melepas seluruh stiker dan atribut pasangan calon mana pun dari kendaraan dinas di unit kerja "
           "Saudara paling lambat 4 Oktober 2024, dan memastikan pemegang kendaraan tidak memasang kembali;"),
        LI("tidak mengizinkan pemasangan baliho, spanduk atau bendera pasangan calon di gedung, pagar dan "
           "halaman kantor sesuai Peraturan KPU tentang Kampanye dan peraturan daerah tentang ketertiban umum;"),
        LI("mengirimkan foto kendaraan setelah stiker dilepas kepada Bagian Umum Setda melalui pos-el "
           "umum.setda@paserhulukab.go.id."),
        P("Baliho di pagar samping Kantor Bupati telah diturunkan oleh Satpol PP pada 1 Oktober 2024 dan "
          "diserahkan kepada Bawaslu. Pemegang kendaraan yang tidak melaksanakan edaran ini akan diminta "
          "mengembalikan kendaraan dan dilaporkan kepada BKPSDM untuk pemeriksaan disiplin."),
    ]
    body += sig("a.n. BUPATI PASER HULU\nSekretaris Daerah,", "Drs. H. MUHAMMAD ARSYAD, M.Si.", "19680624 199203 1 007")
    body += tembusan(["Ketua Bawaslu Kabupaten Paser Hulu;", "Kepala Satpol PP Kabupaten Paser Hulu;",
                      "Kepala BKPSDM Kabupaten Paser Hulu."])
    memo(12, {
        "font": "Times New Roman",
        "meta": {"title": "Pelepasan stiker kendaraan dinas", "author": "Bagian Umum", "created": "2024-10-02T01:15:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN PASER HULU",
            "SEKRETARIAT DAERAH",
            "Jalan Jenderal Sudirman Nomor 27, Tanah Grogot Hulu, Kalimantan Timur 76251"]},
        "body": body,
    }, False, [], [14],
        "Perintah Sekda melepas stiker paslon dari kendaraan dinas; kotak teks mengutip slogan baliho petahana "
        "'Dua Periode' dan stiker 'AGS Lanjut!' sebagai temuan yang sudah diturunkan.")

    # ------------------------------------------------------------------ 013
    body = nomor_block([
        ("Nomor", "500.8/0622/Distan/X/2024"),
        ("Sifat", "Penting"),
        ("Lampiran", "1 (satu) lembar"),
        ("Hal", "Jadwal Penyerahan Bantuan Alsintan dan Benih Padi Tahun 2024"),
    ], place_date="Andoolo Baru, 3 Oktober 2024")
    body += yth(["Koordinator BPP dan Penyuluh Pertanian Lapangan", "se-Kabupaten Konawe Pesisir"])
    body += [
        P("Bantuan hand tractor, pompa air dan benih padi inbrida bersumber dari APBD Perubahan Tahun Anggaran "
          "2024 telah tiba di gudang Dinas. Sesuai arahan pimpinan, penyerahan kepada kelompok tani akan "
          "dilaksanakan bersama Bapak H. Ruslan Lapodi, S.P., calon Bupati nomor urut 2, yang dahulu "
          "menggagas program \u201cSatu Kelompok Satu Traktor\u201d."),
        P("Penyerahan disesuaikan dengan agenda kunjungan Pak Ruslan ke kecamatan sebagaimana tabel berikut:"),
        {"table": [
            ["Tanggal", "Kecamatan / Lokasi", "Paket Bantuan", "Keterangan"],
            ["Sabtu, 12 Okt 2024", "Laeya \u2013 Lapangan Desa Ambesea", "8 hand tractor, 4 pompa",
             "bersamaan dialog tani beliau"],
            ["Rabu, 16 Okt 2024", "Lainea \u2013 Balai Desa Pamandati", "5 hand tractor, 3 ton benih",
             "diserahkan oleh tim beliau"],
            ["Sabtu, 26 Okt 2024", "Tinanggea \u2013 Pasar Lama", "6 hand tractor, 6 pompa", "panggung utama"],
        ], "widths": [1900, 2800, 2300, 2070], "header_row": True},
        {"p": "", "after": 0},
        P("Penyuluh diminta memperhatikan hal-hal berikut:"),
        LI("unit hand tractor telah diberi stiker hijau bertuliskan \u201cKelanjutan Program Pak Ruslan\u201d oleh "
           "tim beliau; stiker tidak boleh dilepas sampai acara selesai;"),
        LI("kelompok tani yang sudah menyerahkan daftar anggota beserta fotokopi KTP sebagai tanda dukungan "
           "kepada koordinator tim di kecamatan diprioritaskan menerima bantuan;"),
        LI("ketua kelompok tani membawa minimal 20 anggota ke lokasi penyerahan; transportasi menggunakan truk "
           "Dinas DT 8017 K dan DT 8019 K;"),
        LI("penyuluh mengenakan seragam PDH Dinas supaya jelas bahwa program ini adalah program pemerintah "
           "yang dilanjutkan oleh beliau."),
        P("Berita acara serah terima ditandatangani oleh Kepala Bidang Prasarana dan Sarana Pertanian setelah "
          "acara."),
    ]
    body += sig("Kepala Dinas Pertanian,", "Ir. LA ODE MUH. SYAFRUDDIN, M.P.", "19691203 199503 1 003")
    memo(13, {
        "font": "Calibri",
        "meta": {"title": "Jadwal penyerahan alsintan", "author": "Bid. PSP", "created": "2024-10-03T00:50:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN KONAWE PESISIR",
            "DINAS PERTANIAN",
            "Jalan Poros Andoolo\u2013Tinanggea Km 3, Sulawesi Tenggara 93819"]},
        "body": body,
    }, True, ["state-facility", "inducement", "endorsement", "letterhead-misuse"], [13, 7, 8],
        "Bantuan alsintan APBD diserahkan bersama calon Bupati No. 2 sesuai agenda kunjungannya, stiker "
        "'Kelanjutan Program Pak Ruslan', prioritas bagi poktan yang serahkan KTP dukungan, truk dinas angkut massa.")

    # ------------------------------------------------------------------ 014
    body = title(["NOTA DINAS"], True)
    body += nota_block([
        ("Kepada", "Yth. Sekretaris Daerah Kabupaten Banggai Pesisir"),
        ("Dari", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah"),
        ("Tembusan", "Inspektur Daerah"),
        ("Tanggal", "19 Agustus 2024"),
        ("Nomor", "900.1.3/0488/BPKAD/VIII/2024"),
        ("Hal", "Pencairan Tahap II Hibah Pilkada kepada KPU dan Bawaslu"),
    ])
    body += [
        P("Bersama ini kami laporkan progres dukungan anggaran Pemerintah Daerah untuk penyelenggaraan dan "
          "pengawasan Pemilihan Gubernur dan Wakil Gubernur serta Bupati dan Wakil Bupati Tahun 2024 sesuai "
          "Naskah Perjanjian Hibah Daerah (NPHD) yang ditandatangani tanggal 10 November 2023:"),
        {"table": [
            ["Penerima", "Nilai NPHD (Rp)", "Tahap I 40% (cair)", "Tahap II 60% (diajukan)"],
            ["KPU Kabupaten Banggai Pesisir", "38.500.000.000", "15.400.000.000", "23.100.000.000"],
            ["Bawaslu Kabupaten Banggai Pesisir", "11.200.000.000", "4.480.000.000", "6.720.000.000"],
            ["Pengamanan (Polres/Kodim) \u2013 belanja hibah", "4.300.000.000", "1.720.000.000", "2.580.000.000"],
        ], "widths": [3170, 2000, 1900, 2000], "header_row": True},
        {"p": "", "after": 0},
        P("Dokumen permohonan Tahap II dari KPU dan Bawaslu telah lengkap (laporan penggunaan Tahap I, "
          "rencana kebutuhan biaya, dan pakta integritas). Dana dijadwalkan ditransfer ke rekening hibah "
          "masing-masing pada minggu pertama September 2024, sebelum tahapan kampanye."),
        P("Kami mohon arahan Bapak untuk penandatanganan SP2D. Sisa dana hibah yang tidak terpakai wajib "
          "dikembalikan ke Kas Daerah paling lambat tiga bulan setelah tahapan pemilihan berakhir."),
    ]
    body += sig("Kepala Badan,", "MOH. RIZAL LAMATO, S.E., M.Ak.", "19790107 200312 1 006")
    memo(14, {
        "font": "Arial", "size": 22,
        "meta": {"title": "Pencairan hibah pilkada tahap II", "author": "Bidang Anggaran", "created": "2024-08-19T02:00:00Z"},
        "kop": {"placement": "table", "logo": "LOGO", "lines": [
            "PEMERINTAH KABUPATEN BANGGAI PESISIR",
            "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
            "Jalan Ahmad Yani Nomor 12, Luwuk Timur, Sulawesi Tengah 94711"]},
        "body": body,
    }, False, [], [14],
        "Umpan: 'dukungan anggaran' / hibah NPHD kepada KPU dan Bawaslu untuk Pilkada.")

    # ------------------------------------------------------------------ 015
    body = title(["NOTA DINAS"], True)
    body += nota_block([
        ("Kepada", "Yth. Para Kepala Bidang, Kasubbag dan seluruh Pegawai BKPSDM"),
        ("Dari", "Sekretaris BKPSDM"),
        ("Tanggal", "30 September 2024"),
        ("Nomor", "800/613/BKPSDM-Sekr/IX/2024"),
        ("Hal", "Tindak Lanjut Hasil Musyawarah Forum Pegawai"),
    ])
    body += [
        {"p": "**A. Dasar**", "align": "left"},
        P("Menindaklanjuti hasil musyawarah Forum Pegawai BKPSDM pada hari Jumat, 27 September 2024 di ruang "
          "rapat lantai 2, dan arahan pimpinan pada apel pagi Senin, 30 September 2024."),
        {"p": "**B. Hasil Musyawarah**", "align": "left"},
        LI("Forum sepakat seluruh pegawai BKPSDM, baik PNS, PPPK maupun tenaga kontrak, mendaftarkan diri "
           "sebagai anggota Relawan Sahabat Marthen\u2013Ferdi, untuk memenangkan Bapak Drs. Marthen Lede Tallo "
           "dan Bapak Ferdinand Sau pada Pilkada 27 November 2024."),
        LI("Setiap pegawai menyerahkan fotokopi KTP dan KK beserta 10 (sepuluh) fotokopi KTP keluarga atau "
           "tetangga yang bersedia mendukung, dikumpulkan pada Subbagian Umum dan Kepegawaian."),
        LI("Pegawai bergiliran hadir di Posko Relawan Jalan El Tari Nomor 5 setiap Sabtu pukul 16.00 WITA "
           "sesuai jadwal piket yang disusun Subbagian Umum."),
        {"p": "**C. Pelaksanaan**", "align": "left"},
        P("Kepala Bidang memastikan seluruh pegawai di bidangnya telah mengisi formulir pendaftaran relawan "
          "paling lambat Jumat, 4 Oktober 2024. Formulir dapat diambil di meja resepsionis."),
        {"p": "**D. Pelaporan**", "align": "left"},
        P("Rekapitulasi jumlah relawan dan KTP dukungan per bidang dilaporkan kepada Sekretaris setiap hari "
          "Senin. Pegawai yang berhalangan agar menyampaikan secara lisan kepada Kepala Bidang."),
        P("Demikian untuk menjadi perhatian."),
    ]
    body += sig("Sekretaris,", "YULIANA N. BENU, S.H., M.H.", "19810412 200501 2 011")
    memo(15, {
        "font": "Cambria", "size": 22,
        "meta": {"title": "tindak lanjut forum pegawai", "author": "Sekretariat BKPSDM", "created": "2024-09-30T03:10:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN TIMOR TENGAH BARAT",
            "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
            "Jalan Basuki Rahmat Nomor 1, Kefa Barat, Nusa Tenggara Timur 85613"]},
        "body": body,
    }, True, ["campaign-activity", "inducement", "endorsement", "letterhead-misuse"], [4, 10, 9],
        "Nota dinas berkop BKPSDM 'menindaklanjuti hasil musyawarah' dengan bagian Pelaporan: sepakat semua "
        "pegawai jadi Relawan Sahabat Marthen-Ferdi untuk memenangkan pasangan itu, kumpulkan KTP dukungan, piket di posko.")

    # ------------------------------------------------------------------ 016
    body = title(["KEPUTUSAN BUPATI DOMPU RAYA", "NOMOR 800.1.6.4/271/BKPSDM/2024", "TENTANG",
                  "PENJATUHAN HUKUMAN DISIPLIN SEDANG BERUPA PEMOTONGAN TUNJANGAN KINERJA"], True)
    body += [
        {"table": [
            ["Menimbang", ":", [
                {"p": "bahwa berdasarkan Laporan Hasil Pemeriksaan Tim Pemeriksa Nomor 800.1.6.3/09/TP/2024 "
                      "tanggal 2 Desember 2024, Saudara MUHAMMAD NUR SALEH, S.Pd., NIP 19860920 201001 1 013, "
                      "Guru Ahli Muda pada SMP Negeri 3 Kempo Raya, terbukti pada tanggal 5 Oktober 2024 menghadiri "
                      "deklarasi dukungan pasangan calon Bupati dan Wakil Bupati nomor urut 1 di Lapangan Sori "
                      "Utu dengan mengenakan kaos pasangan tersebut, dan mengunggah foto dengan tulisan "
                      "\u201cPilih nomor 1, Dompu Raya Berkah\u201d pada akun Facebook pribadinya;{fn:1}",
                 "num": 1, "after": 60},
                {"p": "bahwa perbuatan tersebut melanggar kewajiban menjaga netralitas sebagaimana dimaksud "
                      "dalam Pasal 9 ayat (2) Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara "
                      "dan larangan dalam Pasal 5 huruf n Peraturan Pemerintah Nomor 94 Tahun 2021;",
                 "num": 1, "after": 60, "cont": True},
            ]],
            ["Mengingat", ":", [
                {"p": "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;", "num": 0, "after": 0},
                {"p": "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;{fn:2}",
                 "num": 0, "after": 0, "cont": True},
            ]],
        ], "widths": [1500, 300, 7270], "borders": False},
        {"p": "MEMUTUSKAN:", "align": "center", "bold": True, "before": 120},
        {"table": [
            ["Menetapkan", ":", "KEPUTUSAN BUPATI TENTANG PENJATUHAN HUKUMAN DISIPLIN SEDANG."],
            ["KESATU", ":", "Menjatuhkan hukuman disiplin sedang berupa pemotongan tunjangan kinerja sebesar 25% "
                            "(dua puluh lima persen) selama 6 (enam) bulan kepada Saudara MUHAMMAD NUR SALEH, S.Pd."],
            ["KEDUA", ":", "Apabila yang bersangkutan keberatan, dapat mengajukan banding administratif kepada "
                           "Badan Pertimbangan ASN dalam jangka waktu 14 (empat belas) hari kerja sejak keputusan "
                           "ini diterima."],
            ["KETIGA", ":", "Keputusan ini mulai berlaku pada tanggal disampaikan kepada yang bersangkutan."],
        ], "widths": [1500, 300, 7270], "borders": False},
    ]
    body += sig("Ditetapkan di Dompu Raya\npada tanggal 9 Desember 2024\nBUPATI DOMPU RAYA,",
                "H. MUHAMMAD ILHAM YASIN")
    body += tembusan(["Kepala Badan Kepegawaian Negara di Jakarta;", "Ketua Bawaslu Kabupaten Dompu Raya;",
                      "Kepala Dinas Pendidikan dan Kebudayaan;", "Yang bersangkutan."])
    memo(16, {
        "font": "Bookman Old Style", "size": 22,
        "meta": {"title": "SK Hukdis MNS", "author": "Bidang PPI BKPSDM", "created": "2024-12-09T01:00:00Z"},
        "kop": {"placement": "header", "lines": ["BUPATI DOMPU RAYA", "PROVINSI NUSA TENGGARA BARAT"]},
        "footnotes": {
            "1": "Bukti: tangkapan layar unggahan tanggal 5 Oktober 2024 pukul 19.42 WITA dan surat penerusan Bawaslu "
                 "Kabupaten Dompu Raya Nomor 112/PP.01.02/K.NB-05/X/2024.",
            "2": "Pasal 8 ayat (3) PP 94/2021 mengatur jenis hukuman disiplin sedang, termasuk pemotongan tunjangan kinerja."},
        "body": body,
    }, False, [], [14],
        "Keputusan hukuman disiplin yang mengutip pelanggaran (hadir deklarasi dukungan paslon 1, unggahan 'Pilih nomor 1'); catatan kaki bukti.")

    # ------------------------------------------------------------------ 017
    body = nomor_block([
        ("Nomor", "094/318/Kec-KH/X/2024"),
        ("Lampiran", "1 (satu) lembar"),
        ("Hal", "Kehadiran Pegawai pada Kampanye Pertemuan Terbatas Pasangan Calon Bupati"),
    ], place_date="Kasongan Hulu, 7 Oktober 2024")
    body += yth(["Sekretaris Kecamatan, para Kepala Seksi,", "Lurah dan Staf Kantor Camat Katingan Hulu"])
    body += [
        P("Memperhatikan jadwal kampanye pertemuan terbatas dari KPU Kabupaten, dan supaya aparatur kecamatan "
          "tidak dicap berpihak kepada salah satu pasangan, pegawai kecamatan dibagi hadir secara bergiliran di "
          "kampanye seluruh pasangan calon. Pengaturannya sebagai berikut:"),
        {"table": [
            ["Tanggal", "Pasangan", "Lokasi", "Pegawai yang hadir", "Kendaraan"],
            ["Jum'at, 11 Okt", "Nomor urut 1", "Balai Basara Tumbang Samba", "Seksi Pemerintahan + Kelurahan Samba (8 org)", "KH 1427 R"],
            ["Selasa, 15 Okt", "Nomor urut 2", "Gedung Serbaguna Petak Bahandang", "Seksi Trantib + Seksi PMD (7 org)", "KH 1427 R"],
            ["Sabtu, 19 Okt", "Nomor urut 3", "Lapangan Tumbang Kaman", "Sekretariat + Seksi Kesos (9 org)", "KH 1431 R, pikap"],
        ], "widths": [1300, 1300, 2400, 2700, 1370], "header_row": True},
        {"p": "", "after": 0},
        LI("Pegawai berangkat dari kantor camat pukul 08.00 WIB dan diberikan Surat Perintah Tugas serta SPPD "
           "dalam daerah; kehadiran pada hari tersebut dicatat sebagai dinas luar."),
        LI("Pegawai duduk di barisan tamu undangan dan menerima atribut dari panitia masing-masing pasangan "
           "(kaos/topi) untuk dipakai selama acara, supaya tidak canggung."),
        LI("Koordinator giliran mengambil foto dan membuat catatan singkat isi kampanye untuk diserahkan kepada "
           "Camat."),
        LI("Pelayanan di kantor tetap dibuka dengan piket minimal 3 orang."),
        P("Demikian untuk dilaksanakan."),
    ]
    body += sig("Camat Katingan Hulu,", "YOHANES DAMBUNG, S.Sos., M.Si.", "19770514 200212 1 006")
    memo(17, {
        "engine": "libreoffice",
        "font": "Liberation Sans", "size": 22,
        "meta": {"title": "Kehadiran pegawai kampanye", "author": "Kec. Katingan Hulu", "created": "2024-10-07T02:20:00Z"},
        "kop": {"placement": "body", "lines": [
            "PEMERINTAH KABUPATEN KATINGAN HULU",
            "KECAMATAN KATINGAN HULU",
            "Jalan Tjilik Riwut Nomor 4, Kasongan Hulu, Kalimantan Tengah 74461"]},
        "body": body,
    }, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [12, 6],
        "Hal dan tabel menyebut kampanye pertemuan terbatas; pegawai kecamatan digilir hadir di kampanye SEMUA "
        "paslon dengan SPT/SPPD, mobil dinas, jam kerja, memakai kaos/topi paslon. Netral antar paslon tapi tetap mobilisasi.")

    # ------------------------------------------------------------------ 018
    body = title(["UNDANGAN"], False)
    body += nomor_block([
        ("Nomor", "300.1.4/0751/Kesbangpol/X/2024"),
        ("Sifat", "Penting"),
        ("Lampiran", "-"),
        ("Hal", "Rapat Koordinasi Penertiban Alat Peraga Kampanye"),
    ], place_date="Teluk Tomini, 21 Oktober 2024")
    body += yth(["Daftar undangan terlampir"])
    body += [
        P("Menindaklanjuti surat KPU Kota Teluk Tomini tentang penetapan lokasi pemasangan Alat Peraga Kampanye "
          "(APK) dan laporan masyarakat mengenai baliho yang menutup rambu lalu lintas, kami mengundang "
          "Bapak/Ibu untuk hadir pada:"),
        {"table": [
            ["Hari/Tanggal", ": Kamis, 24 Oktober 2024"],
            ["Pukul", ": 13.30 WITA"],
            ["Tempat", ": Ruang Rapat Mapalus, Kantor Badan Kesbangpol"],
            ["Acara", ": Kesepakatan jadwal dan titik penertiban APK yang melanggar"],
        ], "widths": [2000, 7070], "borders": False},
        P("Daftar undangan:"),
        LI("Ketua KPU Kota Teluk Tomini;"),
        LI("Ketua Bawaslu Kota Teluk Tomini;"),
        LI("Kepala Satuan Polisi Pamong Praja dan Kepala Dinas Perhubungan;"),
        LI("Penghubung (LO) tim kampanye pasangan calon Wali Kota nomor urut 1, nomor urut 2, nomor urut 3 dan "
           "nomor urut 4, masing-masing 2 (dua) orang;"),
        LI("Camat se-Kota Teluk Tomini."),
        P("Setiap tim kampanye diberi kesempatan yang sama untuk menurunkan sendiri APK yang melanggar sebelum "
          "penertiban oleh Satpol PP. Penertiban akan dilakukan serentak terhadap APK semua pasangan, tanpa "
          "membedakan nomor urut, dan hasilnya diumumkan bersama oleh Bawaslu."),
        P("Mengingat pentingnya acara ini, kehadiran Bapak/Ibu tepat waktu sangat kami harapkan."),
    ]
    body += sig("Kepala Badan Kesatuan Bangsa dan Politik,", "STEVANUS R. RUMENGAN, S.IP., M.Si.",
                "19750919 199703 1 002")
    memo(18, {
        "font": "Arial", "size": 22,
        "meta": {"title": "Undangan rakor APK", "author": "Kesbangpol", "created": "2024-10-21T03:30:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KOTA TELUK TOMINI",
            "BADAN KESATUAN BANGSA DAN POLITIK",
            "Jalan Sam Ratulangi Nomor 40, Teluk Tomini, Gorontalo 96128"]},
        "body": body,
    }, False, [], [14],
        "Rakor penertiban APK dengan LO keempat paslon, KPU, Bawaslu; semua pasangan diperlakukan sama.")

    # ------------------------------------------------------------------ 019
    body = [
        {"p": "TRANSKRIP PESAN SUARA (VN) KEPALA SEKOLAH", "bold": True, "align": "center", "after": 0},
        {"p": "Grup WA \u201cGURU & PEGAWAI SMPN 2 AMARASI TIMUR\u201d \u2013 Sabtu, 2 November 2024, 18.47 WITA (durasi 2:13)",
         "align": "center", "italic": True, "after": 0},
        {"p": "diketik ulang oleh operator sekolah untuk bapa ibu yang HP-nya sonde bisa putar VN",
         "align": "center", "italic": True, "size": 18, "after": 240},
        {"p": "\u201cSelamat malam bapa ibu guru dong, pegawai, semua. Beta omong sadiki sa e. Kotong semua tahu to, "
              "ruang kelas baru, lab komputer, pagar sekolah, itu semua dari Bapa Yeskiel pu perhatian. Bapa "
              "Yeskiel deng Bapa Okto tu su kerja baik, jadi tanggal 27 ini kotong balas budi. Yeskiel\u2013Okto "
              "LANJUT DUA PERIODE, sonde ada tawar-tawar lai.", "align": "left", "after": 120},
        {"p": "Guru honor dong, dengar bae-bae. Beta su catat nama-nama. Yang sonde datang di acara di rumah "
              "bapa RT Oebelo hari Minggu, yang sonde bawa dia pu keluarga, tahun depan SK honor beta sonde "
              "tanda tangan lai. Ini bukan beta ancam e, ini beta ingatkan sa. Kotong satu keluarga, jadi harus "
              "satu suara. Nanti tanggal 27 foto dolo surat suara di bilik, kirim japri beta, biar beta tau sapa "
              "yang setia.", "align": "left", "after": 120},
        {"p": "Oke, itu sa. Tuhan berkati. Salam dua jari \u270c\u201d", "align": "left", "after": 240},
        {"p": "[transkrip selesai \u2013 ada bunyi motor di detik 1:05, satu kalimat sonde jelas]", "italic": True,
         "size": 18, "align": "left"},
    ]
    memo(19, {
        "font": "Calibri", "size": 22,
        "meta": {"title": "transkrip VN kepsek", "author": "operator smpn2", "created": "2024-11-02T11:30:00Z"},
        "body": body,
    }, True, ["endorsement", "inducement"], [11, 1, 8],
        "Transkrip VN kepsek (logat Kupang): 'Yeskiel-Okto LANJUT DUA PERIODE', guru honor yang tak hadir/tak bawa "
        "keluarga SK honornya tidak diteken, minta foto surat suara. Tanpa kop.")

    # ------------------------------------------------------------------ 020
    body = title(["NOTA DINAS"], True)
    body += nota_block([
        ("Kepada", "Yth. Kepala Perangkat Daerah dan Camat se-Kabupaten Barito Hilir"),
        ("Dari", "Kepala Bagian Protokol dan Komunikasi Pimpinan"),
        ("Tanggal", "23 September 2024"),
        ("Nomor", "000.1.5/0402/Prokopim/IX/2024"),
        ("Hal", "Cuti Kampanye Bupati dan Pengaturan Agenda Resmi"),
    ])
    body += [
        P("Bupati Barito Hilir menjalani cuti di luar tanggungan negara selama masa kampanye Pemilihan 2024, "
          "terhitung 25 September s.d. 23 November 2024, berdasarkan persetujuan Menteri Dalam Negeri. Selama "
          "masa cuti, tugas dan wewenang Bupati dilaksanakan oleh Penjabat Sementara (Pjs.) Bupati yang "
          "ditunjuk Menteri Dalam Negeri."),
        P("Sehubungan dengan itu, kami sampaikan:"),
        LI("undangan acara resmi pemerintah daerah (peresmian, penyerahan bantuan, rapat koordinasi, upacara) "
           "selama masa cuti ditujukan kepada Pjs. Bupati, bukan kepada Bupati;"),
        LI("kendaraan dinas jabatan, ajudan dan fasilitas rumah jabatan tidak digunakan untuk kegiatan Bupati "
           "selama cuti, kecuali pengamanan yang melekat sesuai ketentuan;"),
        LI("foto dan nama Bupati tidak dicantumkan pada spanduk, baliho dan publikasi kegiatan perangkat daerah "
           "yang dibiayai APBD selama masa cuti;"),
        LI("setelah masa cuti berakhir, Bupati kembali melaksanakan tugas pemerintahan sehari-hari. Pada "
           "tanggal 25 November 2024 Bupati dijadwalkan memimpin rapat kesiapsiagaan banjir bersama BPBD dan "
           "camat di Aula Setda, tanpa sambutan atau materi yang berkaitan dengan pemilihan."),
        P("Perangkat daerah agar menyesuaikan jadwal kegiatannya dan menginformasikan perubahan kepada Bagian "
          "Prokopim paling lambat dua hari sebelum pelaksanaan."),
    ]
    body += sig("Kepala Bagian,", "GUSTI RAHMAN FIRDAUS, S.STP., M.Si.", "19860228 200412 1 002")
    memo(20, {
        "font": "Arial",
        "meta": {"title": "Cuti kampanye bupati", "author": "Prokopim", "created": "2024-09-23T04:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN BARITO HILIR",
            "SEKRETARIAT DAERAH",
            "Jalan Pangeran Antasari Nomor 1, Marabahan Hilir, Kalimantan Selatan 70513"]},
        "footer": [{"p": "Prokopim Setda Barito Hilir | Halaman 1", "align": "center", "size": 16}],
        "body": body,
    }, False, [], [14],
        "Bupati petahana cuti kampanye; agenda resmi ke Pjs, fasilitas tidak dipakai; setelah cuti tugas rutin tanpa konten pemilihan.")
