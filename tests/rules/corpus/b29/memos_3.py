from lib import P, blank, nomor, nomor_table, yth, sign, tembusan, title

MEMOS = []


def add(num, spec, label):
    MEMOS.append((num, spec, label))


# ---------------------------------------------------------------- 021
add(21, {
    "font": "Times New Roman",
    "meta": {"title": "LHP Khusus Netralitas ASN", "author": "Irbansus", "created": "2024-11-04T02:00:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN KOLAKA",
        "INSPEKTORAT DAERAH",
        "Jalan Pemuda Nomor 44, Kolaka, Sulawesi Tenggara 93511"]},
    "footer": [P("RAHASIA – LHP Khusus Nomor 700.1.2.1/27/LHP-K/XI/2024", align="left", size=16)],
    "body": [
        P("**LAPORAN HASIL PEMERIKSAAN KHUSUS**", align="center", after=0),
        P("**DUGAAN PELANGGARAN NETRALITAS ASN**", align="center", after=0),
        P("Nomor: 700.1.2.1/27/LHP-K/XI/2024", align="center"),
        P("**BAB I. DASAR PEMERIKSAAN**", align="left"),
        P("Rekomendasi Bawaslu Kabupaten Kolaka Nomor 061/PP.01.02/K.SG-05/10/2024 tanggal 21 Oktober 2024{fn:1};", num=0),
        P("Surat Tugas Inspektur Kabupaten Kolaka Nomor 700.1.2/419/Insp/2024 tanggal 24 Oktober 2024.", num=0),
        P("**BAB II. IDENTITAS TERPERIKSA**", align="left"),
        {"table": [
            ["Nama", ":", "ANDI SYAMSUL RIJAL, S.Pi."],
            ["NIP", ":", "19810709 200604 1 012"],
            ["Jabatan", ":", "Kepala Bidang Perikanan Budidaya, Dinas Perikanan Kabupaten Kolaka"],
        ], "widths": [1900, 300, 6870], "borders": False},
        P("**BAB III. HASIL PEMERIKSAAN**", align="left", before=120),
        P("Berdasarkan permintaan keterangan terhadap terperiksa dan 3 (tiga) orang saksi serta penelitian dokumen, diperoleh fakta sebagai berikut:", first=0),
        {"table": [
            ["No", "Fakta", "Bukti"],
            ["1", "Pada Minggu, 13 Oktober 2024 terperiksa hadir dan berdiri di panggung acara **\"Deklarasi Dukungan Nelayan dan Pembudidaya untuk Laode–Nurhayati\"** di TPI Lapai, mengenakan kaos bertuliskan \"KOLAKA LANJUT JILID 2\".", "Foto dan video (BB-01, BB-02), keterangan saksi"],
            ["2", "Pada hari yang sama terperiksa mengunggah foto acara di akun Facebook pribadi dengan keterangan: %%\"Ayo {split:menang|kan} nomor 2! Kolaka Hebat berlanjut #KolakaLanjut{split:Jil|id2}\"%%, yang dibagikan ulang 47 kali.", "Tangkapan layar (BB-03)"],
            ["3", "Terperiksa mengakui kehadiran dan unggahan tersebut, dengan alasan diundang sebagai tokoh kelompok pembudidaya dan tidak mengetahui bahwa acara tersebut merupakan kegiatan kampanye.", "BAP permintaan keterangan"],
        ], "widths": [500, 5870, 2700], "header_row": True},
        P("**BAB IV. KESIMPULAN**", align="left", before=120),
        P("Terperiksa terbukti melanggar kewajiban menjaga netralitas sebagaimana dimaksud dalam Pasal 5 huruf n Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, yaitu memberikan dukungan kepada pasangan calon dengan ikut dalam kegiatan kampanye dan melalui media sosial.", first=0),
        P("**BAB V. REKOMENDASI**", align="left"),
        P("Kepada Bupati Kolaka selaku Pejabat Pembina Kepegawaian agar menjatuhkan hukuman disiplin sedang berupa pemotongan tunjangan kinerja sebesar 25% selama 9 (sembilan) bulan kepada terperiksa;", num=0),
        P("Kepada Kepala Dinas Perikanan agar meningkatkan pengawasan melekat terhadap pegawai selama sisa masa kampanye dan masa tenang;", num=0),
        P("Menyampaikan tembusan laporan ini kepada Bawaslu Kabupaten Kolaka dan Badan Kepegawaian Negara.", num=0),
    ] + sign(["Kolaka, 4 November 2024", "Inspektur Daerah,"], "Ir. MUH. NASRUN DAHLAN, M.M.",
             ["Pembina Utama Muda (IV/c)", "NIP. 19701122 199603 1 003"]),
    "footnotes": {"1": "Rekomendasi atas dugaan pelanggaran netralitas ASN hasil pengawasan tahapan kampanye Pemilihan Bupati dan Wakil Bupati Kolaka Tahun 2024."},
}, {"violation": False, "categories": [], "classes": [14],
    "note": "LHP Inspektorat yang mengutip pelanggaran (hadir 'Deklarasi Dukungan ... Laode–Nurhayati', caption 'Ayo menangkan nomor 2!', #KolakaLanjutJilid2) dan merekomendasikan hukuman disiplin."})


# ---------------------------------------------------------------- 022
add(22, {
    "font": "Courier New", "size": 22,
    "meta": {"title": "scan pengumuman", "author": "TU SMAN2", "created": "2024-10-11T06:30:00Z"},
    "kop": {"placement": "body", "lines": [
        "PEMERINTAH PROVINSI SUMATERA BARAT",
        "DINAS PENDlDlKAN",
        "SMA NEGERI 2 LUBUK BASUNG",
        "JL. RAYA LUBUK BASUNG - TIKU KM 3 , KAB. AGAM 26415"]},
    "body": [
        blank(),
        P("PENGUMUMAN", align="center", bold=True, after=0),
        P("NOMOR : 421.3 / 2l8 / SMAN2-LB / X / 2024", align="center"),
        P("SEHUBUNGAN DENGAN AKAN HADlRNYA BAPAK DR. H. IRWAN SUTAN MARAJO KE SMA NEGERI 2 LUBUK BASUNG PADA HARI SENIN TANGGAL 14 OKTOBER 2024 PUKUL 09.00 WlB, DENGAN lNl DlSAMPAlKAN KEPADA SELURUH GURU, TENAGA KEPENDIDlKAN DAN PENGURUS OSlS :", align="both"),
        P("1.  JAM PELAJARAN KE-3 SAMPAl KE-6 DlTlADAKAN. SELURUH PESERTA DlDlK KELAS X DAN Xl BERBARlS Dl SEPANJANG JALAN MASUK SEKOLAH UNTUK PENYAMBUTAN BEllAU.", indent=360),
        P("2.  GURU DAN TENDlK MEMAKAl BAJU KURUNG / BATlK NUANSA BlRU. PENGURUS OSlS MEMBAWAKAN PANTUN DAN TARl PASAMBAHAN.", indent=360),
        P("3.  SPANDUK \"SELAMAT DATANG BAPAK GUBERNUR KITO, SUMBAR BASAMO LANJUlK BALlAK !\" Dl PASANG Dl DEPAN GERBANG OLEH WAKA SARPRAS.", indent=360),
        P("4.  SETELAH ACARA, WALl KELAS MENGlNGATKAN PESERTA DlDlK YANG SUDAH BERUSlA 17 TAHUN AGAR {split:C0B|LOS} NO. 1 TANGGAL 27 NOV, DAN MENYAMPAlKAN KE ORANG TUA AGAR {split:D-U-K-U-|N-G} BEllAU LANJUlK DUO PARlODE.", indent=360),
        P("5.  FOTO DAN VlDEO KEGlATAN DlUNGGAH KE lG SEKOLAH @sman2lubukbasung DENGAN TAGAR #LanjuikBasamo #SumbarBasamo.", indent=360),
        P("DEMlKlAN PENGUMUMAN lNl, ATAS PERHATlAN DlUCAPKAN TERlMA KASlH.", align="both"),
        blank(),
        P("LUBUK BASUNG, 11 OKTOBER 2024", indent=5103, after=0, align="left"),
        P("KEPALA SEKOLAH,", indent=5103, after=0, align="left"),
        blank(), blank(),
        P("DRS. YULHENDRI, M.Pd", indent=5103, after=0, align="left", bold=True),
        P("NlP. 19700623 199702 1 003", indent=5103, after=0, align="left"),
    ],
}, {"violation": True, "categories": ["campaign-activity", "endorsement", "social-media", "state-facility", "letterhead-misuse"],
    "classes": [1, 3, 5, 7, 11],
    "note": "Pengumuman kepsek (OCR, ALL CAPS, l/I tertukar): penyambutan Dr. H. Irwan Sutan Marajo di sekolah pada jam pelajaran, spanduk 'LANJUIK BALIAK', wali kelas minta siswa 17 th 'C0BLOS NO. 1' dan orang tua 'd-u-k-u-n-g' beliau 'duo pariode', unggah IG sekolah dengan #LanjuikBasamo."})


# ---------------------------------------------------------------- 023
add(23, {
    "font": "Arial", "size": 21,
    "meta": {"title": "Notulen Rakor Jadwal Rapat Umum", "author": "Bidang Poldagri Kesbangpol",
             "created": "2024-11-06T08:10:00Z"},
    "kop": {"placement": "table", "logo": "[LOGO KALTARA]", "lines": [
        "PEMERINTAH PROVINSI KALIMANTAN UTARA",
        "BADAN KESATUAN BANGSA DAN POLITIK",
        "Jalan Kolonel Soetadji, Tanjung Selor, Bulungan 77212"]},
    "body": [
        P("**NOTULEN**", align="center", after=0),
        P("**RAPAT KOORDINASI FASILITASI PENGAMANAN KAMPANYE RAPAT UMUM**", align="center", after=0),
        P("**PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR KALIMANTAN UTARA TAHUN 2024**", align="center"),
        {"table": [
            ["Hari/Tanggal", ":", "Rabu, 6 November 2024"],
            ["Tempat", ":", "Ruang Rapat Kesbangpol Provinsi Kalimantan Utara"],
            ["Pimpinan", ":", "Kepala Badan Kesbangpol"],
            ["Peserta", ":", "KPU Provinsi, Bawaslu Provinsi, Polda Kaltara (Biro Ops), Korem 092/Maharajalila, Satpol PP Provinsi, Dinas Perhubungan, Dinas Kesehatan, serta Penghubung (LO) tim kampanye Pasangan Nomor Urut 1, 2 dan 3"],
        ], "widths": [1800, 300, 6970], "borders": False},
        blank(),
        P("**A. Pokok Bahasan**", align="left"),
        P("KPU Provinsi menyampaikan bahwa kampanye rapat umum dapat dilaksanakan sejak 10 sampai dengan 23 November 2024, paling banyak 2 (dua) kali untuk setiap pasangan calon gubernur, dengan jadwal dan zona yang telah diundi bersama LO pada tanggal 4 November 2024.", num=0),
        P("Bawaslu mengingatkan larangan pelibatan ASN, kepala desa dan perangkat desa dalam kampanye, larangan penggunaan fasilitas pemerintah, tempat ibadah dan tempat pendidikan, serta larangan pembagian uang atau barang kepada peserta rapat umum.", num=0),
        P("Polda Kaltara menyampaikan kebutuhan personel pengamanan sebanyak 450 personel per kegiatan rapat umum, dibantu Korem dan Satpol PP dalam hal penertiban.", num=0),
        P("Dinas Kesehatan menyiagakan 2 unit ambulans di setiap lokasi rapat umum untuk pelayanan kegawatdaruratan, tanpa membedakan pasangan calon.", num=0),
        P("**B. Kesepakatan**", align="left"),
        P("Rapat **sepakat** jadwal rapat umum sebagai berikut, dan tidak diubah kecuali melalui keputusan KPU Provinsi:", num=0),
        {"table": [
            ["Tanggal", "Lokasi", "Pasangan"],
            ["16 November 2024", "Lapangan Agatis, Tanjung Selor", "Nomor Urut 1"],
            ["17 November 2024", "Lapangan Agatis, Tanjung Selor", "Nomor Urut 2"],
            ["19 November 2024", "Stadion Datu Adil, Tarakan", "Nomor Urut 3"],
            ["20 November 2024", "Stadion Datu Adil, Tarakan", "Nomor Urut 1"],
            ["21 November 2024", "Lapangan Tugu Ruhui Rahayu, Nunukan", "Nomor Urut 2"],
            ["22 November 2024", "Lapangan Agatis, Tanjung Selor", "Nomor Urut 3"],
        ], "widths": [2400, 4270, 2400], "header_row": True},
        P("Fasilitas umum lapangan yang dipakai diberikan secara sama kepada setiap pasangan melalui KPU; tidak ada fasilitasi tambahan berupa tenda, panggung, kursi atau kendaraan dari pemerintah daerah kepada tim kampanye.", num=0, cont=True),
        P("Pegawai Satpol PP dan Dinas Perhubungan yang bertugas hadir dengan surat perintah tugas pengamanan dan pengaturan lalu lintas, mengenakan seragam dinas lengkap dan tidak mengenakan atribut pasangan calon mana pun. Pegawai yang tidak bertugas dilarang hadir.", num=0, cont=True),
        P("Satpol PP bersama Bawaslu menertibkan APK di luar zona yang ditetapkan sehari setelah setiap rapat umum.", num=0, cont=True),
        P("Rapat ditutup pukul 12.40 WITA.", first=0, before=120),
    ] + sign("Notulis,", "RIA ANGGRAENI, S.Sos.", ["NIP. 19900604 201503 2 002"], gap=2),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Notulen rakor pengamanan kampanye yang memperlakukan ketiga paslon setara; 'sepakat' jadwal rapat umum; ASN hanya hadir bila bertugas dengan surat perintah, tanpa atribut; larangan fasilitasi."})


# ---------------------------------------------------------------- 024
add(24, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Surat Kakankemenag - silaturahmi", "author": "Subbag TU Kemenag Barru",
             "created": "2024-01-08T02:00:00Z"},
    "kop": {"placement": "header", "lines": [
        "KEMENTERIAN AGAMA REPUBLIK INDONESIA",
        "KANTOR KEMENTERIAN AGAMA KABUPATEN BARRU",
        "Jalan Sultan Hasanuddin Nomor 5, Barru, Sulawesi Selatan 90711"]},
    "body": nomor([
        ("Nomor", "B-0041/Kk.21.11/1/KP.01/01/2024"),
        ("Sifat", "Biasa"),
        ("Lampiran", "-"),
        ("Hal", "Penguatan Silaturahmi Keluarga Besar Kemenag Barru"),
    ], place_date="Barru, 8 Januari 2024") + yth([
        "Yth. 1. Kepala KUA Kecamatan se-Kabupaten Barru;",
        "        2. Kepala Madrasah Negeri se-Kabupaten Barru;",
        "        3. Penyuluh Agama Islam PNS dan Non-PNS",
        "di –",
        "     Tempat",
    ], indent=3969) + [
        P("Assalamu'alaikum warahmatullahi wabarakatuh.", first=0),
        P("Mengawali tahun 2024, kami mengajak seluruh keluarga besar Kantor Kementerian Agama Kabupaten Barru untuk terus memperkuat silaturahmi dan kepedulian kepada putra-putri terbaik daerah yang sedang berjuang di tingkat nasional, salah satunya Dr. H. Muh. Yusran Lagaligo, Lc., M.A., alumni MAN Barru yang kini maju untuk DPR RI Daerah Pemilihan Sulawesi Selatan II dengan nomor urut 4{fn:1}.", first=720),
        P("Sehubungan dengan hal tersebut, kami sampaikan beberapa hal yang dapat Bapak/Ibu tindak lanjuti:", first=720),
        {"textbox": [
            P("1. Penyuluh agama menyisipkan profil dan rekam jejak yang bersangkutan pada pengajian majelis taklim binaan masing-masing, minimal satu kali sebulan sampai 10 Februari 2024.", after=60),
            P("2. Kepala madrasah mengajak guru dan pegawai bergabung dalam grup WhatsApp \"Sahabat Yusran Barru\" serta membagikan flyer beliau di status WA dan Facebook dengan tagar #BarruKeSenayan #YusranUntukUmmat. Bagi yang bersedia, nama dapat didaftarkan sebagai relawan Sahabat Yusran tingkat kecamatan melalui Kasubbag TU.", after=60),
            P("3. Kepala KUA menyampaikan kepada calon pengantin dan keluarganya saat bimbingan perkawinan bahwa beliau adalah satu-satunya putra Barru di nomor urut 4.", after=60),
        ], "width_cm": 15.5, "height_cm": 5.2},
        P("Semoga ikhtiar kecil ini menjadi amal jariyah bagi kita semua. Atas perhatian Bapak/Ibu diucapkan terima kasih.", first=720),
        P("Wassalamu'alaikum warahmatullahi wabarakatuh.", first=0),
    ] + sign("Kepala,", "H. ABD. RAHMAN SIBE, S.Ag., M.Pd.I.", ["NIP. 19711204 199803 1 003"]),
    "footnotes": {"1": "Daftar Calon Tetap Anggota DPR RI Pemilu 2024, KPU RI."},
}, {"violation": True, "categories": ["endorsement", "social-media", "letterhead-misuse"],
    "classes": [4, 5, 7],
    "note": "Kakankemenag: caleg DPR RI Dr. H. Muh. Yusran Lagaligo nomor urut 4 disebut sekali, lalu 'yang bersangkutan'/'beliau' dalam text box: penyuluh sisipkan profil di majelis taklim, guru gabung grup WA 'Sahabat Yusran Barru', share flyer #BarruKeSenayan, daftar relawan Sahabat Yusran, KUA ke calon pengantin."})


# ---------------------------------------------------------------- 025
add(25, {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Undangan apel deklarasi netralitas", "author": "BKPSDM Tanbu",
             "created": "2024-09-18T01:30:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN TANAH BUMBU",
        "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "Jalan Dharma Praja, Gunung Tinggi, Batulicin 72271"]},
    "body": nomor([
        ("Nomor", "800.1.6/0873/BKPSDM/2024"),
        ("Sifat", "Penting"),
        ("Lampiran", "1 (satu) lembar"),
        ("Hal", "Undangan Apel Siaga dan Deklarasi Netralitas ASN"),
    ], place_date="Batulicin, 18 September 2024") + yth([
        "Kepada Yth.",
        "Kepala Perangkat Daerah dan Camat",
        "se-Kabupaten Tanah Bumbu",
        "di –",
        "     Tempat",
    ]) + [
        P("Dalam rangka menyukseskan Pemilihan Serentak Tahun 2024 yang jujur, adil dan damai, serta sebagai wujud dukungan Pemerintah Kabupaten Tanah Bumbu terhadap pengawasan netralitas ASN oleh Bawaslu, akan dilaksanakan Apel Siaga dan Deklarasi Netralitas ASN pada:", first=720),
        {"table": [
            ["Hari/Tanggal", ":", "Selasa, 24 September 2024"],
            ["Waktu", ":", "07.30 WITA s.d. selesai"],
            ["Tempat", ":", "Halaman Kantor Bupati Tanah Bumbu"],
            ["Pakaian", ":", "Pakaian Dinas Harian (PDH) dan rompi Korpri"],
        ], "widths": [1900, 300, 6870], "borders": False},
        blank(),
        P("Rangkaian kegiatan meliputi pembacaan ikrar netralitas ASN, penandatanganan pakta integritas oleh seluruh Kepala Perangkat Daerah dan Camat, serta pengarahan dari Ketua Bawaslu Kabupaten Tanah Bumbu tentang larangan ASN dalam masa kampanye.", first=720),
        P("Sehubungan dengan hal tersebut, mohon Saudara menugaskan pegawai di lingkungan masing-masing sesuai jumlah pada lampiran, dan menyampaikan nama petugas pembawa papan nama unit kerja paling lambat Senin, 23 September 2024.", first=720),
        P("Deklarasi ini bersifat kelembagaan dan tidak berkaitan dengan pasangan calon mana pun. Peserta tidak diperkenankan membawa atau mengenakan atribut partai politik maupun pasangan calon.", first=720),
        P("Demikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.", first=720),
    ] + sign("Kepala Badan,", "H. RAHMAT HIDAYAT, S.STP., M.Si.",
             ["Pembina Tk. I (IV/b)", "NIP. 19810228 200003 1 001"]) + [
        P("**Lampiran – Jumlah Peserta Apel per Unit Kerja**", align="left", before=240),
        {"table": [
            ["Unit Kerja", "Jumlah Peserta"],
            ["Sekretariat Daerah dan Sekretariat DPRD", "60 orang"],
            ["Dinas/Badan (masing-masing)", "15 orang"],
            ["Kecamatan (masing-masing)", "10 orang"],
            ["RSUD dr. H. Andi Abdurrahman Noor", "20 orang"],
        ], "widths": [6000, 3070], "header_row": True},
    ],
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Umpan: 'deklarasi' netralitas ASN, 'menyukseskan', 'dukungan' terhadap Bawaslu, kuota peserta per unit kerja, pakaian; acara kelembagaan netral tanpa paslon."})


# ---------------------------------------------------------------- 026
add(26, {
    "font": "Calibri", "size": 23,
    "meta": {"title": "penyaluran logistik banjir", "author": "Bidang Darlog BPBD",
             "created": "2024-11-05T04:00:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN KAPUAS HULU",
        "BADAN PENANGGULANGAN BENCANA DAERAH",
        "Jalan Kom Yos Sudarso Nomor 3, Putussibau, Kalimantan Barat 78711"]},
    "body": title("NOTA DINAS", "Nomor: 360/211/BPBD-KH/XI/2024") + nomor([
        ("Kepada", "Kepala Bidang Kedaruratan dan Logistik"),
        ("Dari", "Kepala Pelaksana BPBD"),
        ("Tanggal", "5 November 2024"),
        ("Hal", "Penyaluran Bantuan Logistik Korban Banjir Kecamatan Bunut Hilir dan Embaloh Hilir"),
    ]) + [
        P("Sehubungan dengan banjir yang melanda 14 desa di Kecamatan Bunut Hilir dan Embaloh Hilir sejak 29 Oktober 2024, penyaluran bantuan logistik dari gudang BPBD (beras, mi instan, air mineral, selimut dan terpal) agar diatur sebagai berikut:", first=0),
        P("Penyaluran dilaksanakan bertepatan dengan agenda kunjungan Bapak Drs. Antonius Lejo, M.Si. (pasangan nomor urut 2 Pemilihan Bupati Kapuas Hulu) ke wilayah tersebut pada tanggal 9 dan 10 November 2024.", num=0),
        P("Penyerahan secara simbolis dilakukan oleh beliau, didampingi tim beliau. Petugas BPBD cukup membantu bongkar muat dan tidak perlu memberikan sambutan.", num=0),
        P("Setiap paket ditempeli stiker \"Peduli Bersama AL\" yang sudah diantar tim ke gudang BPBD; stiker BPBD tidak perlu dipasang.", num=0),
        P("Angkutan menggunakan truk logistik dan 2 (dua) unit longboat BPBD. BBM dibebankan pada anggaran operasional kedaruratan.", num=0),
        P("Desa yang tidak masuk dalam rute kunjungan yang bersangkutan, penyalurannya menunggu jadwal kunjungan beliau berikutnya.", num=0),
        P("Dokumentasi penyerahan dikirim kepada admin tim beliau untuk publikasi; tidak diunggah di akun BPBD.", num=0),
        P("Demikian agar dilaksanakan dan dilaporkan hasilnya.", first=0),
    ] + sign("Kepala Pelaksana,", "YOHANES DANIEL SIMANJUNTAK, S.T.",
             ["Pembina (IV/a)", "NIP. 19800314 200604 1 009"]),
}, {"violation": True, "categories": ["state-facility", "inducement", "letterhead-misuse"],
    "classes": [6, 7, 8, 13],
    "note": "Bantuan logistik banjir dari gudang BPBD diserahkan oleh paslon nomor urut 2 (Antonius Lejo, lalu 'beliau'/'yang bersangkutan'), stiker 'Peduli Bersama AL', truk/longboat dan BBM BPBD, desa di luar rute kunjungan ditunda."})


# ---------------------------------------------------------------- 027
add(27, {
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "penyaluran benih MT Okt-Mar", "author": "Bidang PSP Distan",
             "created": "2024-10-07T03:00:00Z"},
    "kop": {"placement": "table", "logo": "LOGO PINRANG", "lines": [
        "PEMERINTAH KABUPATEN PINRANG",
        "DINAS PERTANIAN, TANAMAN PANGAN DAN HORTIKULTURA",
        "Jalan Jenderal Sudirman Nomor 77, Pinrang, Sulawesi Selatan 91212"]},
    "body": nomor([
        ("Nomor", "500.8.2/1029/Distan/X/2024"),
        ("Sifat", "Segera"),
        ("Lampiran", "1 (satu) berkas"),
        ("Hal", "Penyaluran Benih Padi dan Pupuk Hayati MT Oktober 2024–Maret 2025"),
    ], place_date="Pinrang, 7 Oktober 2024") + yth([
        "Yth. Koordinator BPP dan Penyuluh Pertanian",
        "se-Kabupaten Pinrang",
        "di –",
        "     Tempat",
    ]) + [
        P("Menindaklanjuti alokasi bantuan benih padi inbrida dan pupuk hayati dari Kementerian Pertanian untuk Musim Tanam Oktober 2024–Maret 2025, bersama ini disampaikan:", first=720),
        P("Verifikasi **Calon Petani Calon Lokasi (CPCL)** dilakukan oleh penyuluh bersama ketua kelompok tani berdasarkan data e-RDKK, dan hasilnya diserahkan ke Bidang PSP paling lambat 14 Oktober 2024.", num=0),
        P("Benih dikirim oleh penyedia dalam 3 (tiga) partai: partai pertama 62 ton untuk Kecamatan Patampanua, Cempa dan Duampanua (16 Oktober); partai kedua 48 ton untuk Lanrisang, Mattiro Bulu dan Watang Sawitto (23 Oktober); partai ketiga 40 ton untuk kecamatan lainnya (30 Oktober).", num=0),
        P("Di setiap kecamatan dibentuk Tim Sukses Percepatan Tanam yang terdiri atas Koordinator BPP, penyuluh, Babinsa dan ketua gapoktan untuk memastikan target tanam serentak tercapai.", num=0),
        P("Kelompok tani memilih salah satu jadwal pengambilan benih di gudang BPP (pagi 08.00–12.00 atau siang 13.00–16.00 WITA) dan mengisi berita acara serah terima.", num=0),
        P("Penyaluran bantuan merupakan program pemerintah dan tidak boleh dikaitkan dengan kegiatan pemilihan. Penyerahan tidak dilakukan oleh atau bersama pasangan calon maupun tim kampanye, dan tidak disertai atribut apa pun selain logo Kementerian Pertanian dan Pemerintah Kabupaten Pinrang.", num=0),
        P("Demikian disampaikan untuk dilaksanakan.", first=720),
    ] + sign("Kepala Dinas,", "Ir. ANDI MAPPANYOMPA, M.P.", ["NIP. 19690519 199403 1 004"]),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Umpan: 'Calon Petani Calon Lokasi', benih dikirim dalam tiga 'partai', 'Tim Sukses Percepatan Tanam', 'memilih salah satu jadwal'; tegas penyaluran tidak dikaitkan pemilihan. Engine libreoffice."})


# ---------------------------------------------------------------- 028
add(28, {
    "font": "Times New Roman",
    "meta": {"title": "tindak lanjut rapat staf PUPR", "author": "Sekretariat PUPR",
             "created": "2024-10-14T02:30:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KOTA KENDARI",
        "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
        "Jalan Drs. H. Abdullah Silondae Nomor 8, Kendari 93111"]},
    "body": nomor([
        ("Nomor", "600/1544/PUPR/X/2024"),
        ("Sifat", "Penting"),
        ("Lampiran", "-"),
        ("Hal", "Tindak Lanjut Hasil Rapat Staf tanggal 11 Oktober 2024"),
    ], place_date="Kendari, 14 Oktober 2024") + yth([
        "Kepada Yth.",
        "Para Kepala Bidang, Kepala UPTD dan",
        "Pejabat Fungsional lingkup Dinas PUPR",
        "di –",
        "     Kendari",
    ]) + [
        P("Menindaklanjuti hasil musyawarah dalam rapat staf Dinas PUPR Kota Kendari tanggal 11 Oktober 2024, dengan ini disampaikan keputusan rapat sebagai berikut:", first=720),
        P("**Pertama**, laporan progres fisik pekerjaan jalan lingkungan dan drainase Triwulan III disampaikan ke Sekretariat paling lambat 18 Oktober 2024.", first=720),
        P("**Kedua**, diputuskan bahwa pegawai Dinas PUPR menghadiri kampanye dialogis yang diselenggarakan oleh masing-masing pasangan wali kota di Kecamatan Poasia, Kambu dan Baruga selama bulan Oktober–November 2024, agar pegawai mengetahui rencana program infrastruktur yang ditawarkan. Setiap kegiatan dihadiri paling sedikit 20 (dua puluh) pegawai sesuai giliran bidang.", first=720),
        P("**Ketiga**, karena kampanye dialogis umumnya berlangsung siang hari, kehadiran pegawai dicatat sebagai tugas luar kantor. Pegawai berangkat bersama menggunakan mobil operasional dan kendaraan pikap Dinas; uang makan peserta dibebankan pada kegiatan Koordinasi dan Sinkronisasi Program.", first=720),
        P("**Keempat**, pegawai hadir mengenakan pakaian bebas dan mencatat hal-hal penting dari setiap kegiatan.", first=720),
        P("**Pelaporan**", align="left", after=60),
        P("Kepala Bidang yang mendapat giliran menyampaikan daftar hadir pegawai dan catatan singkat hasil kegiatan kepada Sekretaris Dinas paling lambat satu hari kerja setelah kegiatan.", first=720),
        P("Demikian untuk dilaksanakan.", first=720),
    ] + sign("Kepala Dinas,", "Ir. LA ODE MUH. SALIHIN, M.T.",
             ["Pembina Utama Muda (IV/c)", "NIP. 19700809 199603 1 005"]) + tembusan(["Wali Kota Kendari;", "Arsip."]),
}, {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
    "classes": [2, 9, 10, 12],
    "note": "Di antara butir rutin 'hasil musyawarah' rapat staf, diputuskan pegawai PUPR wajib hadir kampanye dialogis semua pasangan (tanpa nama), kuota 20 pegawai, tugas luar pada jam kerja, mobil dinas, uang makan dari anggaran kegiatan, ada bagian Pelaporan."})


# ---------------------------------------------------------------- 029
add(29, {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "SE Sekda cuti kampanye Bupati", "author": "Bagian Pemerintahan Setda OI",
             "created": "2024-09-23T01:00:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN OGAN ILIR",
        "SEKRETARIAT DAERAH",
        "Komplek Perkantoran Terpadu Tanjung Senai, Indralaya 30862"]},
    "body": title("SURAT EDARAN", "Nomor: 100.3.4/0932/Pem/2024") + [
        P("TENTANG", align="center", after=0),
        P("PELAKSANAAN TUGAS PEMERINTAHAN SELAMA BUPATI MENJALANI CUTI DI LUAR TANGGUNGAN NEGARA PADA MASA KAMPANYE", align="center", bold=True),
        P("Yth. Kepala Perangkat Daerah, Camat dan Kepala Unit Kerja di lingkungan Pemerintah Kabupaten Ogan Ilir.", align="left"),
        P("Sehubungan dengan ditetapkannya Bupati Ogan Ilir, H. Ardani Kusuma, S.E., M.M., sebagai pasangan calon pada Pemilihan Bupati dan Wakil Bupati Ogan Ilir Tahun 2024, yang bersangkutan wajib menjalani cuti di luar tanggungan negara selama masa kampanye tanggal 25 September s.d. 23 November 2024{fn:1}. Untuk itu disampaikan hal-hal sebagai berikut:", first=720),
        P("Selama masa cuti, tugas dan wewenang Bupati dilaksanakan oleh Pelaksana Tugas Bupati yang ditunjuk sesuai ketentuan. Surat dan naskah dinas yang memerlukan tanda tangan Bupati ditujukan kepada Pelaksana Tugas.", num=0),
        P("Fasilitas jabatan berupa kendaraan dinas, ajudan, staf protokol dan rumah dinas tidak digunakan untuk kegiatan kampanye. Pengamanan dan pengawalan diberikan sebatas yang diatur dalam peraturan perundang-undangan.", num=0),
        P("ASN, termasuk staf Bagian Protokol dan Komunikasi Pimpinan, tidak mendampingi, memfasilitasi atau mendokumentasikan kegiatan kampanye yang bersangkutan maupun pasangan calon lainnya.", num=0),
        P("Akun media sosial dan laman resmi Pemerintah Kabupaten Ogan Ilir tidak memuat kegiatan kampanye, foto atau ucapan dari pasangan calon mana pun selama masa kampanye dan masa tenang.", num=0),
        P("Perangkat Daerah tidak menjadwalkan peresmian, penyerahan bantuan atau kegiatan seremonial yang menghadirkan pasangan calon selama masa kampanye.", num=0),
        P("Pelanggaran atas ketentuan ini dilaporkan kepada Inspektorat Kabupaten dan dapat diteruskan kepada Bawaslu.", num=0),
        P("Demikian Surat Edaran ini disampaikan untuk dipedomani.", first=720),
    ] + sign(["Sekretaris Daerah,"], "Drs. H. MUHAMMAD ISA ANSHORI, M.Si.",
             ["Pembina Utama Madya (IV/d)", "NIP. 19690417 199003 1 005"],
             place_date="Indralaya, 23 September 2024") + tembusan([
        "Gubernur Sumatera Selatan;",
        "Ketua KPU dan Ketua Bawaslu Kabupaten Ogan Ilir;",
        "Inspektur Kabupaten Ogan Ilir.",
    ]),
    "footnotes": {"1": "Ketentuan cuti di luar tanggungan negara bagi kepala daerah yang mencalonkan diri kembali di daerah yang sama, sebagaimana diatur dalam undang-undang pemilihan dan peraturan pelaksanaannya."},
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Petahana menjalani cuti kampanye; SE Sekda menata Plt, melarang fasilitas jabatan, ASN, akun resmi dan seremoni dipakai untuk kampanye. Nama petahana dan 'yang bersangkutan' muncul dalam konteks patuh."})


# ---------------------------------------------------------------- 030
add(30, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "VN Sekcam", "author": "op kec", "created": "2024-10-16T15:10:00Z"},
    "body": [
        P("**Teruskan ke Geuchik yang belum masuk grup** – isi VN Pak Sekcam di grup \"Aparatur Gampong Kec. Ingin Jaya\", Rabu 16/10/24 pukul 22.04 (2:47)", align="left", border_bottom=True),
        P("\"Assalamualaikum. Bapak-bapak Geuchik dan Sekdes, droeneuh mandum. Nyoe lon peugah sikit, beh."),
        P("Malam Jumat minggu depan, tanggal 24, na pelantikan tim pemenangan tingkat kecamatan di meunasah Lambaro. Mulai ba'da Isya. Yang kita dukung sama-sama itu, bapak-bapak kan udah tau lah, nggak usah lon sebut di sini."),
        P("Tiep gampong bawa dua puluh ureung. Geuchik, tuha peut, ketua pemuda wajib hadir. Pakai baju putih, jangan ada yang pakai seragam aparatur."),
        P("Untuk jemput warga, pick-up kantor camat bisa dipakai, koordinasi sama Bang Mukhlis. Ambulans gampong juga boleh, asal jangan nyalakan sirene."),
        P("Uang transport seratus ribu per ureung, dibagi di lokasi, jadi daftar nama sama nomor KTP bawa pas datang. Yang tidak kirim orang, nanti kita bicarakan lagi soal pencairan dana operasional geuchik tahap berikut, beh."),
        P("Itu saja. Jangan dibagi keluar grup. Assalamualaikum.\""),
        P("[Ket: VN sudah dihapus dari grup oleh pengirim pukul 22.31]", italic=True, size=20),
    ],
}, {"violation": True, "categories": ["campaign-activity", "inducement", "state-facility"],
    "classes": [2, 6, 8, 11],
    "note": "Transkrip VN Sekcam (campur Aceh): kerahkan 20 warga/gampong ke pelantikan tim pemenangan (calon tak disebut), pick-up kantor camat dan ambulans gampong, uang transport Rp100 ribu + nomor KTP, ancaman pencairan dana operasional geuchik. Tanpa kop."})
