from furniture import P, blank, kop, kop_lines_body, nomor_block, nomor_table, ttd, tembusan, spec

B = "b27"


def m001():
    name = B + "_001.docx"
    body = [
        P("**SURAT EDARAN**", align="center", after=0),
        P("NOMOR : 525/412/DISBUNNAK-BLM/X/2024", align="center"),
        P("TENTANG", align="center", after=0),
        P("**PENYALURAN BANTUAN BIBIT KAKAO DAN KELAPA DALAM TAHAP II TAHUN ANGGARAN 2024**", align="center"),
        P("Yth. Koordinator Balai Penyuluhan Pertanian dan Penyuluh Pertanian Lapangan se-Kabupaten Boalemo", after=120),
        P("Sehubungan dengan telah tibanya bibit kakao klon sambung samping dan bibit kelapa dalam di kebun "
          "penampungan Desa Tabulo Selatan, bersama ini kami sampaikan hal-hal yang perlu diperhatikan dalam "
          "penyaluran tahap II kepada kelompok tani penerima:", align="both", first=709),
        P("penyaluran dilaksanakan mulai tanggal 7 sampai dengan 19 Oktober 2024 sesuai daftar CPCL yang telah "
          "diverifikasi Bidang Perkebunan;", num=0, align="both"),
        P("setiap penyerahan dibuatkan berita acara serah terima rangkap tiga, ditandatangani ketua kelompok tani "
          "dan diketahui kepala desa setempat;", num=0, align="both"),
        P("PPL mendampingi penanaman paling lambat tujuh hari setelah bibit diterima dan melaporkan persentase "
          "tumbuh pada minggu keempat;", num=0, align="both"),
        P("pada saat penyerahan, PPL menyampaikan kepada anggota kelompok bahwa bibit ini adalah kelanjutan "
          "program Bapak Rahmat Pakaya yang sudah berjalan sejak 2021. Kita semua berharap beliau bersama Ibu "
          "Nurhayati Hulinggi dapat memimpin kembali Boalemo pada periode berikutnya, supaya program bibit "
          "berlanjut sampai tahap III dan IV. Mohon hal ini disampaikan dengan bahasa yang santun di setiap "
          "titik penyerahan;", num=0, align="both"),
        P("spanduk penyerahan memakai desain yang dikirim Sekretariat, dengan foto beliau dan tulisan "
          "%%\u201cKebun Boalemo Lanjut Berbuah\u201d%%, dan dokumentasi dikirim ke nomor WA Sekretariat;", num=0,
          align="both"),
        P("bibit yang rusak atau mati di penampungan dicatat dan tidak boleh diganti dengan bibit dari sumber lain.",
          num=0, align="both"),
        P("Demikian surat edaran ini untuk dilaksanakan dengan penuh tanggung jawab.", align="both", first=709),
        blank(),
    ] + ttd("Tilamuta, 3 Oktober 2024", "Kepala Dinas Perkebunan dan Peternakan,",
            "Ir. ARIFIN DATAU, M.Si.", "19700514 199803 1 006", "Pembina Utama Muda (IV/c)") + tembusan([
        "Sekretaris Daerah Kabupaten Boalemo;",
        "Arsip.",
    ])
    s = spec(name, body, kop("header", [
        "PEMERINTAH KABUPATEN BOALEMO",
        "DINAS PERKEBUNAN DAN PETERNAKAN",
        "Jalan Jenderal Sudirman No. 14, Tilamuta, Kabupaten Boalemo, Gorontalo 96263",
    ]), meta={"title": "SE Penyaluran Bibit Tahap II", "author": "Sekretariat Disbunnak",
              "created": "2024-10-03T00:40:00Z", "company": "Pemkab Boalemo"},
             font="Bookman Old Style", size=23,
             footer=[P("SE Penyaluran Bibit Kakao/Kelapa Tahap II \u2013 Disbunnak Boalemo", size=16, align="right")])
    lab = {"violation": True, "categories": ["endorsement", "state-facility", "letterhead-misuse"],
           "classes": [1, 7, 13],
           "note": "SE Kadis Perkebunan: PPL menyampaikan bibit sebagai 'kelanjutan program' Rahmat Pakaya dan berharap "
                   "beliau dan Nurhayati Hulinggi 'memimpin kembali periode berikutnya'; spanduk bantuan pakai foto beliau "
                   "dan slogan. Tanpa kata 'calon'."}
    return s, lab


def m002():
    name = B + "_002.docx"
    body = [
        P("SURAT EDARAN", align="center", bold=True, after=0),
        P("Nomor 800.1.2/1177/BKPSDM/2024", align="center", after=0),
        P("TENTANG", align="center", after=0),
        P("NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR GORONTALO SERTA PEMILIHAN "
          "BUPATI DAN WAKIL BUPATI POHUWATO TAHUN 2024", align="center", bold=True),
        P("Yth.\tPara Kepala Perangkat Daerah, Camat dan Lurah, Kepala Puskesmas, Kepala Sekolah, serta seluruh "
          "Pegawai ASN (PNS dan PPPK) di lingkungan Pemerintah Kabupaten Pohuwato", hanging=567, indent=567),
        P("1.\tLatar Belakang", bold=True, after=60),
        P("Tahapan kampanye Pemilihan Serentak Tahun 2024 berlangsung sejak 25 September sampai dengan 23 November "
          "2024 dan pemungutan suara dilaksanakan pada Rabu, 27 November 2024. ASN wajib menjaga netralitas dan "
          "tidak berpihak dari segala bentuk pengaruh mana pun{fn:1}.", align="both", indent=567),
        P("2.\tLarangan", bold=True, after=60),
        P("Setiap Pegawai ASN dilarang:", indent=567, after=60),
        P("memberikan dukungan kepada pasangan calon, baik secara langsung maupun melalui ajakan, himbauan, seruan "
          "atau pemberian barang;", num=0, align="both"),
        P("menghadiri atau menjadi peserta kampanye, rapat umum, kampanye dialogis, deklarasi dukungan, maupun "
          "kegiatan relawan, dengan atau tanpa menggunakan atribut pasangan calon;", num=0, align="both"),
        P("menjadi anggota tim kampanye, tim pemenangan atau relawan pasangan calon;", num=0, align="both"),
        P("memasang spanduk, baliho, stiker atau alat peraga lain yang memuat gambar atau nama pasangan calon di "
          "rumah dinas, kendaraan dinas maupun kantor;", num=0, align="both"),
        P("mengunggah, menanggapi (%%like%%), mengomentari, membagikan, atau mengikuti akun media sosial pasangan "
          "calon, serta memakai %%twibbon%% atau foto profil bergambar pasangan calon;", num=0, align="both"),
        P("berfoto bersama pasangan calon dengan mengacungkan jari atau membuat simbol yang menunjukkan "
          "keberpihakan;", num=0, align="both"),
        P("menggunakan kendaraan dinas, gedung, anggaran, peralatan atau jam kerja untuk kepentingan pasangan "
          "calon;", num=0, align="both"),
        P("membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon, termasuk "
          "mengaitkan penyaluran bantuan dengan pilihan politik;", num=0, align="both"),
        P("mengadakan pertemuan, ajakan, atau pemberian barang kepada ASN dalam lingkungan unit kerja, anggota "
          "keluarga, dan masyarakat yang mengarah pada keberpihakan;", num=0, align="both"),
        P("mengumpulkan fotokopi KTP atau surat dukungan bagi pasangan calon mana pun.", num=0, align="both"),
        P("3.\tKewajiban Pimpinan Unit Kerja", bold=True, after=60),
        P("Pimpinan unit kerja wajib melakukan pengawasan melekat, menurunkan APK yang terpasang di aset pemerintah "
          "daerah, dan melaporkan dugaan pelanggaran melalui kanal {link:https://lapor.pohuwatokab.go.id|"
          "lapor.pohuwatokab.go.id} paling lambat 2 x 24 jam sejak diketahui.", align="both", indent=567),
        P("4.\tSanksi", bold=True, after=60),
        P("Pelanggaran terhadap ketentuan di atas dikenai hukuman disiplin sesuai Peraturan Pemerintah Nomor 94 "
          "Tahun 2021{fn:2} dan sanksi kode etik sesuai rekomendasi Badan Kepegawaian Negara.", align="both",
          indent=567),
        P("5.\tHak Pilih", bold=True, after=60),
        P("ASN tetap menggunakan hak pilihnya secara bebas dan rahasia di TPS masing-masing pada 27 November 2024.",
          align="both", indent=567),
        P("Demikian surat edaran ini untuk dipedomani dan dilaksanakan.", align="both", first=567),
        blank(),
    ] + ttd("Marisa, 27 September 2024", ["a.n. BUPATI POHUWATO", "Sekretaris Daerah,"],
            "Dr. YUSRIN KATILI, M.Pd.", "19691103 199403 1 008", "Pembina Utama Madya (IV/d)")
    s = spec(name, body, kop("header", [
        "PEMERINTAH KABUPATEN POHUWATO",
        "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "Kompleks Perkantoran Blok Plan Perkantoran, Marisa 96266, Telp. (0443) 210458",
    ]), meta={"title": "SE Netralitas ASN Pilkada 2024", "author": "Bidang Disiplin BKPSDM",
              "created": "2024-09-26T07:15:00Z"},
             footnotes={"1": "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara, Pasal 24 ayat (1) huruf f; "
                             "SKB Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN dan Ketua Bawaslu Tahun 2022.",
                        "2": "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, Pasal 5 huruf n."})
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "SE netralitas BKPSDM yang mendaftar semua larangan (kampanye, like/share, twibbon, KTP, fasilitas); kepatuhan."}
    return s, lab


def m003():
    name = B + "_003.docx"
    body = [
        nomor_table([("Nomor", "005/037/Kec.Dolo/II/2024"), ("Sifat", "Penting"), ("Lampiran", "1 (satu) lembar"),
                     ("Perihal", "**Kehadiran pada Rapat Umum Kampanye Pemilu 2024**")], right="Dolo, 2 Februari 2024"),
        blank(),
        P("Kepada Yth.", after=0),
        P("1. Sekretaris Kecamatan dan para Kasi;", after=0, indent=284),
        P("2. Para Kepala Desa se-Kecamatan Dolo;", after=0, indent=284),
        P("di \u2013", after=0),
        P("Tempat", indent=567),
        blank(),
        P("Menjelang berakhirnya masa kampanye, ketiga pasangan calon Presiden dan Wakil Presiden akan menggelar rapat "
          "umum di Kota Palu dan sekitarnya. Agar Kecamatan Dolo tidak dinilai condong ke salah satu pihak, kami minta "
          "seluruh staf kecamatan dan kepala desa **hadir secara bergiliran pada rapat umum ketiga pasangan** sesuai "
          "jadwal terlampir.", align="both", first=709),
        P("Untuk kelancaran, diatur sebagai berikut:", first=709, after=60),
        P("keberangkatan dari halaman Kantor Camat pukul 12.30 WITA menggunakan mobil operasional kecamatan "
          "(DN 8031 Z) dan pick-up desa, bahan bakar ditanggung dari pos belanja operasional kantor;", num=0,
          align="both"),
        P("staf yang ditugaskan diberikan Surat Perintah Tugas dinas luar sehingga tidak perlu mengisi absen "
          "sore;", num=0, align="both"),
        P("setiap desa membawa paling sedikit 15 orang warga; konsumsi air mineral dan nasi kotak disiapkan "
          "Sekretariat Kecamatan;", num=0, align="both"),
        P("peserta memakai pakaian bebas rapi dan menyesuaikan atribut yang dibagikan panitia di lokasi;", num=0,
          align="both"),
        P("daftar hadir per desa diserahkan kepada Kasi Pemerintahan paling lambat satu hari setelah kegiatan.",
          num=0, align="both"),
        P("Atas perhatian dan kerja samanya diucapkan terima kasih.", first=709),
        blank(),
    ] + ttd(None, "CAMAT DOLO,", "MOH. RIZAL LASAHIDO, S.STP., M.Si.", "19830917 200212 1 003",
            "Penata Tingkat I (III/d)") + [
        {"pagebreak": True},
        P("Lampiran Surat Camat Dolo Nomor 005/037/Kec.Dolo/II/2024", size=20, after=0),
        P("JADWAL KEHADIRAN RAPAT UMUM", bold=True, align="center"),
        {"table": [["No", "Hari/Tanggal", "Kegiatan", "Lokasi", "Petugas Kecamatan", "Kendaraan"],
                   ["1", "Senin, 5 Februari 2024", "Rapat umum pasangan nomor urut 1", "Lapangan Vatulemo, Palu",
                    "Kasi Pemerintahan + 4 staf", "Mobil operasional"],
                   ["2", "Rabu, 7 Februari 2024", "Rapat umum pasangan nomor urut 2", "Stadion Gawalise, Palu",
                    "Kasi Trantib + 4 staf", "Mobil operasional"],
                   ["3", "Jumat, 9 Februari 2024", "Rapat umum pasangan nomor urut 3", "Lapangan Desa Kalukubula",
                    "Kasi Kesos + 4 staf", "Pick-up Desa Kotarindau"]],
         "widths": [500, 1700, 2000, 1800, 1700, 1370], "header_row": True},
    ]
    s = spec(name, body, kop("table", [
        "PEMERINTAH KABUPATEN SIGI",
        "KECAMATAN DOLO",
        "Jalan Poros Palu\u2013Kulawi Km. 12, Kotarindau, Kode Pos 94361",
    ], logo="[LAMBANG KAB. SIGI]"), meta={"title": "Undangan", "author": "Kasi Pem Dolo",
                                           "created": "2024-02-02T01:10:00Z"}, font="Arial", size=22)
    lab = {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
           "classes": [2, 6, 12],
           "note": "Camat mengerahkan staf dan kepala desa (plus warga) ke rapat umum ketiga paslon capres secara bergiliran, "
                   "dengan mobil dinas, BBM kantor dan SPT dinas luar; tidak memihak tetapi tetap mobilisasi."}
    return s, lab


def m004():
    name = B + "_004.docx"
    body = kop_lines_body([
        "PEMERINTAH KOTA KENDARI",
        "DINAS KESEHATAN",
        "Jl. Balai Kota No. 3, Kendari 93111 \u2013 Pos-el: dinkes@kendarikota.go.id",
    ]) + nomor_block([("Nomor", "440/2318/Dinkes/X/2024"), ("Lampiran", "1 berkas"),
                      ("Hal", "Pelaksanaan Kampanye Gerakan 3M Plus dan Deklarasi Kelurahan Bebas Jentik")]) + [
        blank(),
        P("Yth. Kepala Puskesmas se-Kota Kendari", after=0),
        P("di Tempat"),
        P("Memasuki musim hujan dan meningkatnya kasus demam berdarah dengue di Kecamatan Kambu, Baruga dan Poasia, "
          "Dinas Kesehatan akan melaksanakan **kampanye Gerakan 3M Plus** serentak pada 14\u201326 Oktober 2024. Untuk itu "
          "kami minta Saudara:", align="both", first=709),
        P("membentuk tim sukses 3M Plus tingkat puskesmas yang terdiri atas petugas kesling, promkes dan kader "
          "jumantik, dengan target Angka Bebas Jentik minimal 95%;", num=0, align="both"),
        P("mengusulkan calon kader jumantik baru dari setiap RT yang belum memiliki kader, paling lambat 10 Oktober "
          "2024;", num=0, align="both"),
        P("memfasilitasi deklarasi Kelurahan Bebas Jentik bersama lurah, tokoh agama dan ketua RT pada minggu "
          "kedua kegiatan;", num=0, align="both"),
        P("menggalang dukungan lintas sektor (kecamatan, sekolah, PKK) untuk kerja bakti Jumat bersih.", num=0,
          align="both"),
        {"textbox": [
            P("**JADWAL KAMPANYE 3M PLUS**", align="center"),
            P("Senin\u2013Rabu\t: penyuluhan di sekolah dan posyandu", tabs=[[2268, "left"]]),
            P("Kamis\t: pemeriksaan jentik rumah ke rumah", tabs=[[2268, "left"]]),
            P("Jumat\t: kerja bakti dan abatesasi", tabs=[[2268, "left"]]),
            P("Sabtu\t: deklarasi kelurahan dan pelaporan", tabs=[[2268, "left"]]),
        ], "width_cm": 14, "height_cm": 3.4},
        P("Mengingat kegiatan ini berlangsung pada masa kampanye Pilkada, seluruh materi penyuluhan hanya memakai "
          "logo Pemerintah Kota Kendari dan Kementerian Kesehatan, tanpa atribut pihak mana pun.", align="both",
          first=709),
        P("Laporan hasil kegiatan disampaikan melalui aplikasi SIDAKO paling lambat 30 Oktober 2024.", first=709),
        blank(),
    ] + ttd("Kendari, 4 Oktober 2024", "Kepala Dinas Kesehatan,", "dr. HASNAWATI LA ODE BAHARI, M.Kes.",
            "19760228 200502 2 004") + tembusan(["Wali Kota Kendari (sebagai laporan);", "Camat se-Kota Kendari."])
    s = spec(name, body, None, meta={"title": "Kampanye 3M Plus", "author": "Seksi P2P",
                                     "created": "2024-10-04T02:00:00Z"}, font="Calibri", size=23)
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan: kampanye kesehatan 3M Plus, 'tim sukses 3M Plus', 'calon kader', 'deklarasi Kelurahan Bebas Jentik', "
                   "'dukungan lintas sektor'; menegaskan tanpa atribut."}
    return s, lab


def m005():
    name = B + "_005.docx"
    chat = [
        ("19/10/24 06.52", "Kapus Lainea (Hj. Rosnani)", "Assalamualaikum tmn2 sy yg sehat2 smua \U0001F64F"),
        ("19/10/24 06.53", "Kapus Lainea (Hj. Rosnani)",
         "sabtu bsk pagi jam 6.30 kita semua ikut SENAM SEHAT di lapangan kecamatan ya, nanti ada ibu Wa Ode Sitti "
         "Marlina hadir sama pasangannya. kita sama2 tau to beliau yg nomor 2 itu \U0001F609"),
        ("19/10/24 06.55", "Kapus Lainea (Hj. Rosnani)",
         "pake baju oranye smua, sdh sy titip di bu Ana 40 lembar. yg lain jgn pake biru dulu e \U0001F605"),
        ("19/10/24 06.57", "Kapus Lainea (Hj. Rosnani)",
         "abis senam foto bareng beliau, lgsg uplod di status WA sm FB masing2, pake tagar #KonselOranye #Lanjut2 "
         "biar rame. sy cek nnt siapa yg blm uplod"),
        ("19/10/24 07.03", "Ners Fitri", "siap bu kapus"),
        ("19/10/24 07.05", "Bidan Yanti", "ijin bu sy jaga IGD sabtu pagi"),
        ("19/10/24 07.09", "Kapus Lainea (Hj. Rosnani)",
         "yg jaga IGD gantian sm dr. Ikhsan jam 9, pokoknya yg lepas dinas wajib datang smua. absen sy pegang sndiri"),
        ("19/10/24 07.11", "Pak Jufri (Sopir Ambulans)", "sy bawa ambulans kah bu buat angkut tmn2?"),
        ("19/10/24 07.12", "Kapus Lainea (Hj. Rosnani)", "iya bawa, parkir agak jauh sj dr panggung"),
    ]
    body = [
        P("Teruskan ke grup: **Info Kegiatan Sabtu, 26 Oktober 2024**", size=22),
        P("(salinan percakapan Grup WA \u201cKeluarga Besar PKM Lainea\u201d, disimpan oleh TU)", italic=True, size=18),
    ]
    for ts, who, msg in chat:
        body.append(P("[%s] **%s**: %s" % (ts, who, msg), after=60, size=21))
    body += [blank(), P("Dicetak oleh: Ana (TU) \u2013 untuk ditempel di papan pengumuman ruang jaga", size=18, italic=True)]
    s = spec(name, body, None, meta={"title": "info grup", "author": "TU PKM Lainea",
                                     "created": "2024-10-19T00:20:00Z"}, font="Segoe UI", size=21)
    lab = {"violation": True, "categories": ["campaign-activity", "endorsement", "social-media", "state-facility"],
           "classes": [3, 5, 11],
           "note": "Salinan WA Kepala Puskesmas: wajibkan pegawai ikut senam bersama Wa Ode Sitti Marlina ('beliau yg nomor 2'), "
                   "baju oranye, foto dan unggah dengan tagar #KonselOranye #Lanjut2; ambulans dipakai mengangkut."}
    return s, lab


def m006():
    name = B + "_006.docx"
    body = [
        P("SURAT PERINTAH", align="center", bold=True, after=0, size=26),
        P("Nomor : 300.1/214/SP/Satpol-PP/X/2024", align="center"),
        P("Dasar\t:", tabs=[[1134, "left"]], after=0),
        P("Peraturan KPU Nomor 13 Tahun 2024 tentang Kampanye Pemilihan Gubernur dan Wakil Gubernur, Bupati dan "
          "Wakil Bupati, serta Wali Kota dan Wakil Wali Kota;", num=0, align="both"),
        P("Keputusan KPU Kabupaten Malinau tentang lokasi pemasangan alat peraga kampanye;", num=0, align="both"),
        P("Surat Bawaslu Kabupaten Malinau Nomor 089/PM.01.02/K.KU-03/10/2024 perihal penertiban APK di fasilitas "
          "pemerintah.", num=0, align="both"),
        P("MEMERINTAHKAN", align="center", bold=True, before=120),
        P("Kepada\t: Kepala Bidang Penegakan Perda beserta 12 (dua belas) personel Regu Penertiban", tabs=[[1134, "left"]],
          hanging=1134, indent=1134),
        P("Untuk\t:", tabs=[[1134, "left"]], after=0),
        P("menurunkan baliho bergambar Bupati Malinau yang memuat tulisan %%\u201cMALINAU MANTAP, LANJUT DUA "
          "PERIODE\u201d%% yang terpasang di pagar Kantor Bupati, halaman Puskesmas Malinau Kota dan Gedung Olahraga "
          "Padan Liu Burung, karena lokasi tersebut merupakan fasilitas pemerintah;", num=0, align="both"),
        P("melepas stiker pasangan calon mana pun yang menempel pada kendaraan dinas roda dua dan roda empat milik "
          "Pemerintah Kabupaten Malinau sesuai daftar temuan di bawah;", num=0, align="both"),
        P("mendokumentasikan setiap penertiban, menyimpan APK yang diturunkan di gudang Satpol PP untuk diambil tim "
          "kampanye yang bersangkutan, dan membuat berita acara bersama Panwaslu Kecamatan;", num=0, align="both"),
        P("melaksanakan perintah ini dengan penuh tanggung jawab dan memperlakukan APK semua pasangan calon secara "
          "sama.", num=0, align="both"),
        {"table": [["No", "Lokasi/Objek", "Jenis Temuan", "Keterangan"],
                   ["1", "Pagar Kantor Bupati", "Baliho 4 x 6 m", "Slogan \u201cLanjut Dua Periode\u201d"],
                   ["2", "Puskesmas Malinau Kota", "Spanduk 1 x 3 m", "Foto petahana"],
                   ["3", "KB 1442 MA (mobil dinas Dinas PUPR)", "Stiker kaca belakang", "Stiker paslon nomor urut 1"],
                   ["4", "KB 2871 ML (motor dinas Kelurahan Tanjung Keranjang)", "Stiker tangki", "Stiker paslon nomor urut 2"]],
         "widths": [500, 3500, 2200, 2870], "header_row": True},
        blank(),
    ] + ttd("Malinau, 9 Oktober 2024", "Kepala Satuan Polisi Pamong Praja,", "DATU ISKANDAR LAHAI, S.Sos., M.AP.",
            "19750811 199903 1 004") + tembusan(["Bupati Malinau;", "Ketua Bawaslu Kabupaten Malinau;",
                                                   "Ketua KPU Kabupaten Malinau."])
    s = spec(name, body, kop("table", [
        "PEMERINTAH KABUPATEN MALINAU",
        "SATUAN POLISI PAMONG PRAJA",
        "Jalan Raja Pandita, Malinau Kota, Kalimantan Utara 77554",
    ], logo="LOGO"), meta={"title": "SP Penertiban APK", "author": "Bid Gakda", "created": "2024-10-09T03:00:00Z"},
             font="Tahoma", size=22)
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Surat perintah Satpol PP menurunkan baliho petahana bersloga 'Lanjut Dua Periode' dari fasilitas "
                   "pemerintah dan stiker paslon dari kendaraan dinas; kepatuhan."}
    return s, lab


def m007():
    name = B + "_007.docx"
    body = kop_lines_body([
        "PEMERINTAH KABUPATEN SANGGAU",
        "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
        "Jalan Jenderal Sudirman No. 5, Sanggau, Kalimantan Barat 78511",
    ]) + [
        P("NOTA DINAS", align="center", bold=True, after=0, size=26),
        P("Nomor: 460/1502/Dinsos-P3A/2024", align="center"),
    ] + nomor_block([("Kepada", "Koordinator Kabupaten Pendamping PKH dan TKSK se-Kabupaten Sanggau"),
                     ("Dari", "Kepala Dinas"),
                     ("Tanggal", "15 Oktober 2024"),
                     ("Perihal", "Penyaluran Bantuan Sembako Daerah Triwulan IV")]) + [
        P("", border_bottom=True, after=120),
        P("Penyaluran Bantuan Sembako Daerah triwulan IV akan dilaksanakan di 15 kecamatan pada 28 Oktober s.d. "
          "8 November 2024. Agar pelaksanaannya tertib, mohon perhatian hal-hal berikut.", align="both", first=709),
        P("Data KPM mengacu pada DTKS pemutakhiran September 2024; pendamping memastikan KPM membawa KKS dan KTP asli.",
          num=0, align="both"),
        P("Di setiap titik salur akan didahului silaturahmi bersama Bapak Drs. Yakobus Limin, M.Si., sekaligus "
          "kesempatan bagi KPM mendengar langsung rencana beliau untuk lima tahun ke depan. Acara dipandu pendamping, "
          "paling lama satu jam sebelum pembagian.", num=0, align="both"),
        P("Kehadiran KPM pada silaturahmi tersebut agar dicatat dalam daftar hadir tersendiri. KPM yang tidak hadir "
          "tanpa alasan jelas diusulkan untuk **verifikasi ulang kepesertaan** pada pemutakhiran Desember.", num=0,
          align="both"),
        P("Pendamping menyampaikan kepada KPM bahwa bantuan daerah ini dapat terus berjalan apabila yang bersangkutan "
          "kembali dipercaya masyarakat Sanggau pada 27 November nanti.", num=0, align="both"),
        P("Rekap daftar hadir silaturahmi dan berita acara penyaluran diserahkan ke Bidang Linjamsos paling lambat "
          "dua hari setelah penyaluran di masing-masing kecamatan.", num=0, align="both"),
        P("Demikian untuk dilaksanakan.", first=709),
        blank(),
    ] + ttd(None, "Kepala Dinas,", "Dra. MARIA GORETTI ANJAN", "19680402 199303 2 007")
    s = spec(name, body, None, meta={"title": "ND Penyaluran Sembako Daerah TW IV", "author": "Linjamsos",
                                     "created": "2024-10-15T01:30:00Z"}, font="Times New Roman", size=24)
    lab = {"violation": True, "categories": ["inducement", "campaign-activity", "endorsement", "letterhead-misuse"],
           "classes": [3, 7, 8],
           "note": "Nota dinas Kadinsos: penyaluran sembako didahului silaturahmi bersama Yakobus Limin ('beliau', 'yang "
                   "bersangkutan'); KPM tidak hadir diancam verifikasi ulang; bantuan berlanjut bila ia dipercaya lagi."}
    return s, lab


def m008():
    name = B + "_008.docx"
    rows = [["No", "Uraian", "Keterangan"],
            ["1", "Tahapan yang diawasi", "Kampanye Pemilihan Bupati dan Wakil Bupati Poso 2024"],
            ["2", "Nama Pelaksana Tugas Pengawasan", "Irwan Labalado, S.H. (Anggota Panwaslu Kecamatan Lage)"],
            ["3", "Waktu dan tempat kejadian", "Kamis, 17 Oktober 2024, pukul 10.15 WITA, Balai Desa Tambarana"],
            ["4", "Uraian singkat hasil pengawasan",
             [P("Dalam rapat penyaluran BLT Dana Desa, terlapor Sdr. Y.L. (Kepala Desa) menyampaikan kepada warga: "
                "%%\u201cKita semua pilih nomor 3 supaya jalan tani dilanjutkan, yang lain belum tentu.\u201d%% "
                "Pernyataan disampaikan di hadapan kurang lebih 60 warga penerima BLT.", align="both"),
              P("Terlapor kedua, Sdr. M.T. (ASN, Kasi Kesejahteraan Kantor Camat Lage), hadir dan memegang pengeras "
                "suara, namun tidak menyampaikan ajakan.", align="both")]],
            ["5", "Bukti", "Rekaman video 2 menit 14 detik; foto; keterangan 3 orang saksi"],
            ["6", "Dugaan pelanggaran", "Pasal 71 ayat (1) UU 10/2016 (kepala desa) dan ketentuan netralitas ASN"],
            ["7", "Tindak lanjut", "Diteruskan ke Bawaslu Kabupaten Poso untuk kajian awal; ASN diteruskan ke BKN"]]
    body = [
        P("FORMULIR MODEL A", align="right", bold=True, size=18, after=0),
        P("**LAPORAN HASIL PENGAWASAN PEMILIHAN**", align="center", after=0),
        P("Nomor: 041/LHP/PM.01.02/K.ST-07.05/X/2024", align="center"),
        {"table": rows, "widths": [500, 3000, 5570], "header_row": True},
        blank(),
        P("Laporan ini disusun sebagai bahan kajian dan belum merupakan putusan mengenai terbukti atau tidaknya "
          "pelanggaran.", italic=True, size=20),
    ] + ttd("Lage, 18 Oktober 2024", "Pengawas,", "IRWAN LABALADO, S.H.", None)
    s = spec(name, body, kop("header", [
        "BADAN PENGAWAS PEMILIHAN UMUM",
        "PANITIA PENGAWAS PEMILIHAN KECAMATAN LAGE",
        "Kabupaten Poso, Sulawesi Tengah",
    ]), meta={"title": "LHP Model A", "author": "Panwascam Lage", "created": "2024-10-18T06:00:00Z"},
             font="Arial", size=21)
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Laporan hasil pengawasan Panwascam yang mengutip ajakan 'pilih nomor 3' oleh kepala desa; laporan, bukan ajakan."}
    return s, lab


def m009():
    name = B + "_009.docx"
    body = [
        P("NOTULEN RAPAT", align="center", bold=True, after=0, size=26),
        P("KOORDINASI KEPALA SATUAN PENDIDIKAN JENJANG SD DAN SMP", align="center", bold=True),
    ] + nomor_block([("Hari/Tanggal", "Selasa, 8 Oktober 2024"), ("Waktu", "14.00 \u2013 16.30 WITA"),
                     ("Tempat", "Aula Dinas Pendidikan, Tanjung Selor"),
                     ("Pimpinan Rapat", "Sekretaris Dinas Pendidikan"),
                     ("Peserta", "Kepala SD/SMP Negeri se-Kabupaten Bulungan (62 orang) dan Korwil Pendidikan")], tab=2127) + [
        blank(),
        P("A. PEMBUKAAN", bold=True, after=60),
        P("Menindaklanjuti hasil musyawarah pimpinan dinas pada 3 Oktober 2024, Sekretaris Dinas membuka rapat dan "
          "menyampaikan evaluasi pelaksanaan ANBK serta kesiapan penyaluran BOSP tahap II.", align="both"),
        P("B. PEMBAHASAN", bold=True, after=60),
        P("Rekap ANBK: 4 sekolah belum sinkronisasi; operator diminta hadir di ruang server Kamis.", num=0, align="both"),
        P("BOSP tahap II: laporan realisasi tahap I wajib diunggah sebelum 20 Oktober.", num=0, align="both"),
        P("Pilkada 27 November: Sekretaris menyampaikan bahwa %%\u201ckeluarga besar pendidikan harus solid di "
          "belakang pasangan nomor urut 2 yang selama ini memperhatikan tunjangan guru\u201d%%.", num=0, align="both"),
        P("C. KESEPAKATAN", bold=True, after=60),
        P("Peserta rapat sepakat:", after=60),
        P("target suara pasangan nomor urut 2 di lingkungan setiap satuan pendidikan paling sedikit 75% dari guru, "
          "tenaga kependidikan dan wali murid;", num=0, align="both"),
        P("setiap kepala sekolah mengumpulkan fotokopi KTP guru, tenaga honorer dan wali murid yang siap mendukung, "
          "diserahkan ke Korwil;", num=0, align="both"),
        P("wali kelas meneruskan flyer program pasangan nomor urut 2 ke grup WhatsApp paguyuban wali murid;", num=0,
          align="both"),
        P("hal ini tidak dituangkan dalam surat resmi dan disampaikan secara lisan kepada guru.", num=0, align="both"),
        P("D. PELAPORAN", bold=True, after=60),
        P("Korwil melaporkan capaian pengumpulan KTP setiap Jumat sesuai tabel berikut:", after=60),
        {"table": [["Korwil", "Jumlah Sekolah", "Target KTP", "Penanggung Jawab"],
                   ["Tanjung Selor", "21", "1.400", "Korwil I"],
                   ["Tanjung Palas", "14", "850", "Korwil II"],
                   ["Sekatak\u2013Bunyu", "15", "700", "Korwil III"],
                   ["Peso\u2013Peso Hilir", "12", "500", "Korwil IV"]],
         "widths": [2600, 1800, 1800, 2870], "header_row": True},
        P("Rapat ditutup pukul 16.30 WITA.", before=120),
        blank(),
    ] + ttd("Tanjung Selor, 8 Oktober 2024", "Notulis,", "RAHMAWATI DATU ALAM, S.Pd.", "19880712 201101 2 009",
            indent=0) + [
        P("Mengetahui,", after=0, indent=5103),
    ] + ttd(None, "Sekretaris Dinas Pendidikan,", "H. ABDUL MUIS BASRI, S.Pd., M.M.", "19740305 199903 1 011")
    s = spec(name, body, kop("header", [
        "PEMERINTAH KABUPATEN BULUNGAN",
        "DINAS PENDIDIKAN",
        "Jalan Sengkawit, Tanjung Selor, Kalimantan Utara 77212",
    ]), meta={"title": "Notulen Rakor Kasek", "author": "Subbag Umum Disdik", "created": "2024-10-08T09:00:00Z"},
             font="Arial", size=22)
    lab = {"violation": True, "categories": ["endorsement", "inducement", "social-media", "letterhead-misuse"],
           "classes": [9, 10],
           "note": "Notulen Disdik (dibuka 'Menindaklanjuti hasil musyawarah', ada bagian Pelaporan): sepakat target suara 75% "
                   "untuk paslon nomor urut 2, kumpulkan KTP pendukung, sebar flyer ke grup WA wali murid."}
    return s, lab


def m010():
    name = B + "_010.docx"
    body = [
        P("NOTA DINAS", align="center", bold=True, after=0, size=26),
    ] + nomor_block([("Yth.", "Bupati Kutai Kartanegara"), ("Melalui", "Sekretaris Daerah"),
                     ("Dari", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah"),
                     ("Nomor", "900.1.3/3321/BPKAD/IX/2024"), ("Tanggal", "10 September 2024"),
                     ("Sifat", "Segera"),
                     ("Hal", "Pencairan Tahap II Dukungan Anggaran Hibah Pemilihan Serentak 2024")], tab=1560) + [
        P("", border_bottom=True),
        P("Sesuai Naskah Perjanjian Hibah Daerah (NPHD) yang ditandatangani pada 10 November 2023, Pemerintah Kabupaten "
          "Kutai Kartanegara memberikan dukungan anggaran penyelenggaraan dan pengawasan Pemilihan Bupati dan Wakil "
          "Bupati Tahun 2024 serta dukungan pengamanan. Pencairan tahap I (40%) telah dilaksanakan pada Januari 2024. "
          "Bersama ini kami laporkan rencana pencairan tahap II (60%) sebagai berikut:", align="both", first=709),
        {"table": [["No", "Penerima Hibah", "Nilai NPHD (Rp)", "Tahap I (Rp)", "Tahap II (Rp)"],
                   ["1", "KPU Kabupaten Kutai Kartanegara", "98.450.000.000", "39.380.000.000", "59.070.000.000"],
                   ["2", "Bawaslu Kabupaten Kutai Kartanegara", "41.200.000.000", "16.480.000.000", "24.720.000.000"],
                   ["3", "Polres Kutai Kartanegara (pengamanan)", "12.600.000.000", "5.040.000.000", "7.560.000.000"],
                   ["4", "Kodim 0906/Kutai Kartanegara (pengamanan)", "4.300.000.000", "1.720.000.000", "2.580.000.000"],
                   [{"p": "**Jumlah**", "span": 2}, "**156.550.000.000**", "**62.620.000.000**", "**93.930.000.000**"]],
         "widths": [500, 3300, 1800, 1750, 1720], "header_row": True},
        blank(),
        P("Dana tahap II bersumber dari Dana Cadangan Pemilihan yang telah dicairkan ke Kas Daerah berdasarkan Perda "
          "Nomor 4 Tahun 2022. Penerima hibah telah menyampaikan laporan penggunaan tahap I dan telah direviu "
          "Inspektorat.", align="both", first=709),
        P("Mohon persetujuan Bapak untuk penerbitan SP2D tahap II paling lambat 20 September 2024, sehingga tidak "
          "mengganggu tahapan kampanye dan pengadaan logistik.", align="both", first=709),
        P("Demikian disampaikan, mohon petunjuk.", first=709),
        blank(),
    ] + ttd(None, "Kepala BPKAD,", "AWANG HERMANSYAH, S.E., M.Si.", "19720919 199603 1 002")
    s = spec(name, body, kop("header", [
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA",
        "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
        "Jalan Wolter Monginsidi No. 1, Tenggarong, Kalimantan Timur 75511",
    ]), meta={"title": "ND Pencairan Hibah Tahap II", "author": "Bidang Anggaran", "created": "2024-09-10T02:30:00Z"},
             font="Arial", size=22,
             footer=[P("Halaman 1 dari 1 \u2013 BPKAD Kukar", align="center", size=16)])
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Nota dinas BPKAD tentang pencairan 'dukungan anggaran' hibah ke KPU, Bawaslu dan pengamanan; urusan keuangan biasa."}
    return s, lab


MEMOS = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010]
