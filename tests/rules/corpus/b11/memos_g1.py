# Group 1: b11_001 .. b11_010  (each memo written individually)


def add(memo, g):
    nomor_block, nota_block, yth, title, sig, tembusan, P, LI = (
        g["nomor_block"], g["nota_block"], g["yth"], g["title"], g["sig"], g["tembusan"], g["P"], g["LI"])
    MEMO_KOP_BODY = g["MEMO_KOP_BODY"]

    # ------------------------------------------------------------------ 001
    body = title(["NOTA DINAS"], True)
    body += nota_block([
        ("Kepada", "Yth. Para Koordinator Wilayah Bidang Pendidikan Kecamatan"),
        ("Dari", "Sekretaris Dinas Pendidikan dan Kebudayaan"),
        ("Tanggal", "11 November 2024"),
        ("Nomor", "400.3/1187/Disdikbud/XI/2024"),
        ("Sifat", "Segera"),
        ("Hal", "Kampanye Akbar Pasangan Nomor Urut 2, Sabtu 16 November 2024"),
    ])
    body += [
        P("Sehubungan dengan akan dilaksanakannya Kampanye Akbar Pasangan Nomor Urut 2 di Lapangan Bukit "
          "Kelam Permai pada hari Sabtu, 16 November 2024 mulai pukul 08.00 WIB, bersama ini kami sampaikan "
          "pengaturan teknis bagi satuan pendidikan di wilayah Saudara sebagai berikut:"),
        LI("Bus sekolah milik Dinas (KB 7031 AF, KB 7032 AF dan KB 7035 AF) disiapkan untuk penjemputan guru "
           "dan tenaga kependidikan. Titik kumpul di halaman SDN 04 Sungai Durian pukul 06.30 WIB. Pengemudi "
           "sudah kami beri tahu, BBM diambil di Subbagian Umum."),
        LI("Jumlah peserta tiap korwil mengikuti tabel di bawah. Mohon disampaikan kepada kepala sekolah agar "
           "guru PNS, PPPK dan honorer ikut hadir, kecuali yang mendapat giliran jaga sekolah."),
        LI("Pakaian bebas rapi. Kaos dan topi dibagikan panitia di pintu masuk lapangan, mohon langsung dipakai."),
        LI("Konsumsi (air mineral dan nasi kotak) disiapkan Subbagian Umum dan Kepegawaian, diambil korwil "
           "masing-masing di posko belakang panggung."),
        LI("Daftar hadir per sekolah diserahkan kepada kami paling lambat Senin, 18 November 2024 sebagai bahan "
           "laporan kepada pimpinan."),
        {"p": "", "after": 0},
        {"table": [
            ["No", "Korwil Kecamatan", "Kuota Peserta", "Penanggung Jawab"],
            ["1", "Sungai Durian", "120 orang", "Yohanes Ingan, S.Pd."],
            ["2", "Kelam Permai", "150 orang", "Dra. Maria Goreti Sumbi"],
            ["3", "Binjai Hulu", "90 orang", "Abang Rusdi, S.Pd.SD"],
            ["4", "Ketungau Tengah", "60 orang", "Paulus Ajang, S.Pd."],
            ["", "**Jumlah**", "**420 orang**", ""],
        ], "widths": [600, 3000, 2000, 3470], "header_row": True},
        {"p": "", "after": 0},
        P("Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih."),
    ]
    body += sig("Sekretaris,", "Drs. AGUSTINUS LUMBANG, M.Pd.", "19700812 199503 1 004",
                pangkat="Pembina Tingkat I (IV/b)")
    memo(1, {
        "font": "Arial",
        "meta": {"title": "ND Korwil", "author": "Sekretariat Disdikbud", "created": "2024-11-11T01:10:00Z",
                 "modified": "2024-11-11T02:05:00Z", "revision": 4},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN KAPUAS RAYA",
            "DINAS PENDIDIKAN DAN KEBUDAYAAN",
            "Jalan Pahlawan Nomor 14 Sintang Baru, Kode Pos 78614, Telepon (0565) 22104"]},
        "body": body,
    }, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [6, 2, 12],
        "Nota dinas: hal menyebut Kampanye Akbar Paslon No. 2; isi hanya logistik: bus sekolah dinas, kuota guru "
        "per korwil, kaos/topi, konsumsi dari Subbag Umum, daftar hadir.")

    # ------------------------------------------------------------------ 002
    body = title(["SURAT EDARAN", "NOMOR 800.1.6/0917/BKPSDM/IX/2024",
                  "TENTANG",
                  "NETRALITAS APARATUR SIPIL NEGARA PADA PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR",
                  "SERTA BUPATI DAN WAKIL BUPATI TAHUN 2024"], True)
    body += [
        {"p": "Yth. Pimpinan Perangkat Daerah, Camat, Lurah, Kepala Sekolah dan Kepala Puskesmas se-Kabupaten Lembah Lore", "align": "left"},
        P("Memperhatikan tahapan kampanye Pemilihan Serentak Tahun 2024 yang dimulai tanggal 25 September 2024, "
          "dan masih adanya laporan masyarakat mengenai pegawai yang terlihat dalam kegiatan pasangan calon, "
          "dengan ini disampaikan kembali bahwa setiap Pegawai ASN, baik PNS maupun PPPK, dilarang:"),
        LI("menjadi anggota atau pengurus partai politik, tim kampanye, tim pemenangan, relawan, maupun "
           "simpatisan pasangan calon;"),
        LI("menghadiri atau ikut serta dalam kampanye, deklarasi dukungan, rapat umum, pertemuan terbatas, "
           "maupun silaturahmi yang diselenggarakan oleh atau bersama pasangan calon, baik dengan atau tanpa "
           "atribut;"),
        LI("memasang spanduk, baliho, stiker atau alat peraga lain milik pasangan calon di rumah, kendaraan "
           "maupun kantor;"),
        LI("mengunggah, memberi tanda suka (like), mengomentari, membagikan, atau mengikuti akun dan grup "
           "media sosial yang berisi kampanye pasangan calon, termasuk memasang twibbon;"),
        LI("berfoto bersama pasangan calon atau tim kampanye dengan mengikuti simbol gerakan tangan atau "
           "gerakan yang menunjukkan keberpihakan;"),
        LI("menggunakan kendaraan dinas, gedung, ruang rapat, anggaran, peralatan kantor, akun resmi instansi, "
           "dan jam kerja untuk kegiatan pasangan calon;"),
        LI("membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon, "
           "termasuk dalam penyaluran bantuan sosial dan program pemerintah;"),
        LI("mengadakan kegiatan yang mengarah pada keberpihakan, termasuk pemberian barang, uang atau janji "
           "kepada pegawai, keluarga, dan masyarakat; serta"),
        LI("mengumpulkan fotokopi KTP atau surat pernyataan dukungan untuk pasangan calon."),
        P("ASN tetap menggunakan hak pilihnya pada tanggal 27 November 2024 sesuai hati nurani, tanpa "
          "mengajak orang lain memilih pasangan tertentu."),
        P("Pelanggaran terhadap larangan di atas dijatuhi hukuman disiplin sesuai Peraturan Pemerintah Nomor 94 "
          "Tahun 2021 tentang Disiplin PNS dan ketentuan kode etik, serta dapat diteruskan kepada Badan "
          "Pengawas Pemilihan Umum apabila memenuhi unsur pidana pemilihan."),
        P("Pimpinan perangkat daerah wajib memantau pegawai di lingkungannya dan melaporkan setiap dugaan "
          "pelanggaran kepada BKPSDM melalui Bidang Pembinaan dan Kesejahteraan paling lambat 3 (tiga) hari "
          "kerja sejak diketahui."),
        P("Demikian Surat Edaran ini untuk dipedomani dan dilaksanakan."),
    ]
    body += sig("Ditetapkan di Tentena Baru\npada tanggal 26 September 2024\nKEPALA BADAN KEPEGAWAIAN DAN\nPENGEMBANGAN SUMBER DAYA MANUSIA,",
                "ISMAIL TAHIR LAMBARA, S.Sos., M.AP", "19740522 199903 1 006")
    body += tembusan(["Bupati Lembah Lore (sebagai laporan);", "Sekretaris Daerah;",
                      "Ketua Bawaslu Kabupaten Lembah Lore;", "Inspektur Daerah."])
    memo(2, {
        "font": "Bookman Old Style", "size": 22,
        "meta": {"title": "SE Netralitas ASN Pilkada", "author": "Bidang Bangkes", "created": "2024-09-26T00:30:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN LEMBAH LORE",
            "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
            "Jalan Pue Lamoa Nomor 3, Tentena Baru, Sulawesi Tengah 94663"]},
        "footer": [{"p": "SE Netralitas ASN Pilkada 2024 \u2013 BKPSDM Kab. Lembah Lore", "align": "right", "size": 16}],
        "body": body,
    }, False, [], [14],
        "SE BKPSDM netralitas ASN: daftar lengkap larangan (tim pemenangan, kampanye, like/share, fasilitas, KTP).")

    # ------------------------------------------------------------------ 003
    body = [
        {"p": "PEMERINTAH KABUPATEN TANETE RIAJA", "align": "center", "bold": True, "after": 0, "size": 26},
        {"p": "DINAS KESEHATAN", "align": "center", "bold": True, "after": 0, "size": 26},
        {"p": "UPT PUSKESMAS LAPPARIAJA", "align": "center", "bold": True, "after": 0, "size": 30},
        {"p": "Jl. Poros Lappariaja Km. 2, Kec. Lappariaja, Sulawesi Selatan 92763", "align": "center",
         "after": 120, "size": 18, "border_bottom": True},
        {"p": "PEMBERITAHUAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 440/212/PKM-LPR/X/2024", "align": "center", "after": 240},
        P("Kepada seluruh pegawai UPT Puskesmas Lappariaja (PNS, PPPK, tenaga kontrak dan sukarela), bersama "
          "ini diteruskan isi pesan di grup WhatsApp \u201cKELUARGA BESAR PKM LAPPARIAJA\u201d untuk menjadi "
          "perhatian, karena tidak semua pegawai aktif membuka grup:"),
        {"table": [[[
            {"p": "[09/10/24 07.12] Kapus Hj. Nurhayati: Assalamu alaikum wr wb. Info ki dari pak kadis tadi "
                  "malam, hari ahad tgl 13 jam 3 sore ada temu kangen sama Pak H. Andi Darmawan di baruga "
                  "desa Lappa. Semua staf PKM wajib hadir di\u2019, pake baju orange nah", "align": "left", "after": 60},
            {"p": "[09/10/24 07.13] Kapus Hj. Nurhayati: yg belum gabung grup relawan SAHABAT AD silahkan klik "
                  "{link:https://chat.whatsapp.com/Kx7SahabatADLpr|chat.whatsapp.com/Kx7SahabatADLpr} nanti sy "
                  "cek satu2 namanya", "align": "left", "after": 60},
            {"p": "[09/10/24 07.15] dr. Fitri Ramadhani: siap bu", "align": "left", "after": 60},
            {"p": "[09/10/24 07.15] Bidan Sumarni: Insya Allah hadir bu \U0001F64F", "align": "left", "after": 60},
            {"p": "[09/10/24 07.19] Kapus Hj. Nurhayati: ingat tgl 27 nopember c0blos no 3 di\u2019, jgn sampe "
                  "salah. kita semua ini dibantu beliau waktu bangun pustu. AD LANJUTKAN!! #AD2Periode",
             "align": "left", "after": 60},
            {"p": "[09/10/24 07.21] Kapus Hj. Nurhayati: yg tdk bisa hadir japri sy alasannya", "align": "left", "after": 0},
        ]]], "widths": [9070], "borders": True},
        {"p": "", "after": 0},
        P("Pegawai yang berhalangan hadir agar menyampaikan alasan kepada Kepala Tata Usaha paling lambat "
          "Sabtu, 12 Oktober 2024."),
        P("Demikian pemberitahuan ini untuk dilaksanakan."),
    ]
    body += sig("Lappariaja, 9 Oktober 2024\nKepala UPT Puskesmas Lappariaja,", "Hj. NURHAYATI, S.KM., M.Kes.",
                "19780403 200212 2 009")
    memo(3, {
        "font": "Calibri", "size": 22,
        "meta": {"title": "Pemberitahuan", "author": "TU PKM Lappariaja", "created": "2024-10-09T00:40:00Z"},
        "body": body,
    }, True, ["campaign-activity", "endorsement", "social-media", "letterhead-misuse"], [3, 4, 5, 11],
        "Pemberitahuan berkop Puskesmas meneruskan chat WA: wajib hadir temu kangen dengan H. Andi Darmawan "
        "berbaju oranye, gabung grup relawan SAHABAT AD, 'c0blos no 3', 'AD LANJUTKAN #AD2Periode'.")
    MEMO_KOP_BODY.add(3)

    # ------------------------------------------------------------------ 004
    body = nomor_block([
        ("Nomor", "700.1.2.3/118/Insp/XI/2024"),
        ("Sifat", "Penting/Rahasia"),
        ("Lampiran", "1 (satu) berkas"),
        ("Hal", "Panggilan Klarifikasi"),
    ], place_date="Tahuna Baru, 4 November 2024")
    body += yth(["Sdr. ROBERT TAMPI MANOPO, S.IP", "Camat Lirung Pesisir"])
    body += [
        P("Berdasarkan surat Badan Pengawas Pemilihan Umum Kabupaten Bolaang Tengah Nomor "
          "089/PP.01.02/K.SA-08/X/2024 tanggal 30 Oktober 2024 perihal Penerusan Dugaan Pelanggaran "
          "Netralitas ASN, diperoleh informasi bahwa akun Facebook atas nama \u201cRobert Tampi Manopo\u201d "
          "pada tanggal 21 Oktober 2024 mengunggah foto bersama Bapak Rudy Pangemanan disertai tulisan "
          "\u201cLanjutkan Dua Periode, Pak Rudy! Lirung Pesisir siap!\u201d dan tagar #RP2Periode, serta "
          "membagikan ulang video kegiatan pasangan calon nomor urut 2."),
        P("Untuk kepentingan pemeriksaan, Saudara diminta hadir untuk memberikan klarifikasi pada:"),
        {"table": [
            ["Hari/Tanggal", ":", "Kamis, 7 November 2024"],
            ["Pukul", ":", "09.00 WITA s.d. selesai"],
            ["Tempat", ":", "Ruang Pemeriksaan Inspektorat Daerah, Lantai 2"],
            ["Menghadap", ":", "Inspektur Pembantu Wilayah III"],
        ], "widths": [2200, 300, 6570], "borders": False},
        P("Saudara diminta membawa telepon genggam yang digunakan untuk mengakses akun tersebut, Surat "
          "Keputusan pengangkatan dalam jabatan, dan dokumen lain yang dianggap perlu. Klarifikasi ini belum "
          "merupakan penjatuhan hukuman disiplin; hasilnya akan dilaporkan kepada Pejabat Pembina Kepegawaian "
          "dan disampaikan kepada Komisi ASN/BKN sesuai ketentuan."),
        P("Apabila Saudara berhalangan, mohon memberitahukan secara tertulis paling lambat satu hari sebelum "
          "jadwal. Ketidakhadiran tanpa alasan yang sah akan dicatat dalam berita acara."),
    ]
    body += sig("Inspektur Daerah,", "Ir. HENDRIK W. LUMINTANG, M.Si.", "19690110 199603 1 002")
    body += tembusan(["Bupati Bolaang Tengah;", "Ketua Bawaslu Kabupaten Bolaang Tengah;",
                      "Kepala BKPSDM Kabupaten Bolaang Tengah."])
    memo(4, {
        "font": "Times New Roman",
        "meta": {"title": "Panggilan Klarifikasi Camat", "author": "Irban III", "created": "2024-11-04T01:00:00Z"},
        "kop": {"placement": "table", "logo": "[LAMBANG DAERAH]", "lines": [
            "PEMERINTAH KABUPATEN BOLAANG TENGAH",
            "INSPEKTORAT DAERAH",
            "Kompleks Perkantoran Tahuna Baru, Sulawesi Utara 95811, Pos-el: inspektorat@bolaangtengahkab.go.id"]},
        "body": body,
    }, False, [], [14],
        "Panggilan klarifikasi Inspektorat yang mengutip unggahan 'Lanjutkan Dua Periode' dan #RP2Periode sebagai dugaan pelanggaran.")

    # ------------------------------------------------------------------ 005
    body = nomor_block([
        ("Nomor", "460/0734/Dinsos/X/2024"),
        ("Sifat", "Segera"),
        ("Lampiran", "1 (satu) lembar"),
        ("Hal", "Penyaluran Bantuan Sembako Daerah Tahap IV"),
    ], place_date="Larantuka Baru, 14 Oktober 2024")
    body += yth(["Para Pendamping Sosial PKH dan", "TKSK se-Kabupaten Flores Pesisir"])
    body += [
        P("Bantuan Sembako Daerah Tahap IV Tahun Anggaran 2024 yang bersumber dari APBD Kabupaten Flores "
          "Pesisir (beras 10 kg, minyak goreng 2 liter, gula 1 kg per KPM) akan disalurkan serentak untuk "
          "Kecamatan Ile Bura, Wulanggitang dan Titehena pada hari Sabtu, 19 Oktober 2024, pukul 09.00 WITA "
          "di Lapangan Bola Desa Boru."),
        P("Penyaluran tahap ini dirangkaikan dengan kegiatan silaturahmi bersama Bapak Drs. Yosef Wuwur Nong, "
          "calon Bupati nomor urut 1, yang berkenan menyerahkan bantuan secara simbolis kepada perwakilan "
          "KPM. Paket akan dikemas dalam tas kain berwarna biru muda yang disiapkan oleh tim beliau.{fn:1}"),
        P("Sehubungan dengan itu, Saudara diminta:"),
        LI("mengundang seluruh KPM dampingan untuk hadir sendiri dengan membawa kartu KPM dan KTP asli;"),
        LI("mencatat KPM yang hadir pada formulir terlampir dan menyerahkannya kepada Kepala Bidang "
           "Perlindungan dan Jaminan Sosial pada hari yang sama;"),
        LI("menyampaikan bahwa KPM yang tidak hadir pada acara tersebut dianggap tidak membutuhkan bantuan "
           "dan kuotanya dialihkan kepada warga lain pada tahap berikutnya."),
        P("Kendaraan operasional Dinas Sosial (2 unit pikap) disiapkan untuk mengangkut paket dari gudang ke "
          "lokasi mulai pukul 05.00 WITA."),
        P("Demikian disampaikan untuk dilaksanakan."),
    ]
    body += sig("Kepala Dinas Sosial,", "MARSELINUS B. KELEN, S.Sos., M.Si.", "19710915 199803 1 007")
    memo(5, {
        "font": "Arial", "size": 22,
        "meta": {"title": "Penyaluran Sembako IV", "author": "Bid. Linjamsos", "created": "2024-10-14T00:20:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN FLORES PESISIR",
            "DINAS SOSIAL",
            "Jalan Soverdi Nomor 9, Larantuka Baru, Nusa Tenggara Timur 86213"]},
        "footnotes": {"1": "Mohon pendamping menjelaskan kepada KPM bahwa bantuan ini adalah kelanjutan program "
                           "Bapak Yosef. KPM yang diketahui tidak mendukung beliau tidak perlu diundang lagi pada "
                           "penyaluran Tahap V."},
        "body": body,
    }, True, ["inducement", "state-facility", "campaign-activity", "endorsement", "letterhead-misuse"], [8, 13, 3, 7],
        "Bansos APBD diserahkan calon Bupati No. 1 dalam silaturahmi, tas warna tim; KPM tak hadir kuotanya "
        "dialihkan; catatan kaki: yang tidak mendukung 'beliau' tidak diundang tahap V; pikap dinas.")

    # ------------------------------------------------------------------ 006
    body = title(["NOTA DINAS"], True)
    body += nota_block([
        ("Kepada", "Yth. Kepala Instalasi, Kepala Ruangan dan Koordinator Pelayanan"),
        ("Dari", "Wakil Direktur Umum dan Keuangan"),
        ("Tanggal", "6 Februari 2024"),
        ("Nomor", "800/0211/RSUD-TR/II/2024"),
        ("Hal", "Pengaturan Dinas Jaga dan Pemberian Kesempatan Memilih pada Hari Pemungutan Suara"),
    ])
    body += [
        P("Rabu, 14 Februari 2024 ditetapkan sebagai hari libur nasional untuk pemungutan suara Pemilihan "
          "Umum Presiden dan Wakil Presiden serta anggota DPR, DPD dan DPRD. Pelayanan IGD, rawat inap, kamar "
          "operasi, ICU, hemodialisis dan laboratorium tetap berjalan, sedangkan poliklinik rawat jalan tutup."),
        P("Agar setiap pegawai dapat menggunakan hak pilihnya, kepala ruangan diminta mengatur jadwal dengan "
          "ketentuan berikut:"),
        {"table": [
            ["Dinas", "Jam", "Ketentuan hak pilih"],
            ["Pagi", "07.00\u201314.00", "Diberi izin bergantian maksimal 60 menit antara 10.00\u201312.30 "
                                         "untuk ke TPS terdekat; minimal dua perawat tetap di ruangan."],
            ["Siang", "14.00\u201321.00", "Memilih sebelum masuk dinas (TPS buka 07.00\u201313.00)."],
            ["Malam (13/14 Feb)", "21.00\u201307.00", "Memilih setelah pulang dinas."],
        ], "widths": [1900, 1800, 5370], "header_row": True},
        {"p": "", "after": 0},
        P("Pegawai yang terdaftar di luar Kota Tepian Raya dan tidak sempat mengurus pindah memilih (formulir "
          "A-Pindah Memilih) dapat mengajukan tukar dinas paling lambat 9 Februari 2024 kepada kepala ruangan."),
        P("Pegawai yang ditetapkan sebagai anggota KPPS atau Pengawas TPS agar menyerahkan salinan surat "
          "keputusan/surat tugas kepada Subbagian Kepegawaian; yang bersangkutan dibebaskan dari jadwal dinas "
          "tanggal 13 sampai dengan 15 Februari 2024 tanpa mengurangi hak kehadiran."),
        P("Mohon diingatkan pula agar pegawai tidak mengenakan atribut peserta pemilu dan tidak berfoto dengan "
          "pose jari yang menunjuk nomor tertentu di lingkungan rumah sakit."),
        P("Atas kerja samanya diucapkan terima kasih."),
    ]
    body += sig("Wakil Direktur Umum dan Keuangan,", "GUSTI MUHAMMAD RIFANI, S.E., M.M.", "19800217 200604 1 012")
    memo(6, {
        "font": "Calibri",
        "meta": {"title": "Pengaturan jaga 14 Februari", "author": "Kepegawaian RSUD", "created": "2024-02-06T03:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KOTA TEPIAN RAYA",
            "RUMAH SAKIT UMUM DAERAH DR. H. ANSARI SALEH",
            "Jalan Brigjend H. Hasan Basry Nomor 1, Tepian Raya, Kalimantan Selatan 70124"]},
        "body": body,
    }, False, [], [14],
        "Logistik hari pemungutan suara: jadwal jaga, izin ke TPS, pindah memilih, ASN anggota KPPS.")

    # ------------------------------------------------------------------ 007
    body = [
        {"p": "PEMERINTAH KABUPATEN MAPILLI HULU", "align": "center", "bold": True, "after": 0},
        {"p": "KECAMATAN TUBBI RAYA", "align": "center", "bold": True, "size": 30, "after": 0},
        {"p": "Jalan Poros Polewali\u2013Mamasa Km 21, Tubbi Raya 91352", "align": "center", "size": 18,
         "border_bottom": True, "after": 200},
        {"p": "NOTULA RAPAT KOORDINASI KEPALA DESA", "align": "center", "bold": True, "after": 0},
        {"p": "SE-KECAMATAN TUBBI RAYA", "align": "center", "bold": True, "after": 200},
        {"table": [
            ["Hari/Tanggal", ": Selasa, 8 Oktober 2024"],
            ["Waktu", ": 09.30 \u2013 12.15 WITA"],
            ["Tempat", ": Aula Kantor Camat Tubbi Raya"],
            ["Pimpinan Rapat", ": Camat Tubbi Raya (Andi Muh. Syukri, S.STP)"],
            ["Peserta", ": 11 Kepala Desa, Sekretaris Kecamatan, Kasi Pemerintahan, Kasi PMD"],
            ["Notulis", ": Nurfaidah, Pengadministrasi Umum"],
        ], "widths": [2200, 6870], "borders": False},
        {"p": "", "after": 0},
        {"p": "**A. Pembukaan**", "align": "left"},
        P("Rapat dibuka oleh Camat pukul 09.30. Camat menyampaikan evaluasi realisasi Dana Desa tahap II; "
          "tiga desa (Ambopadang, Tapua, Rattebang) belum menyampaikan laporan pertanggungjawaban."),
        {"p": "**B. Pembahasan**", "align": "left"},
        P("Camat menyampaikan bahwa Bapak H. Andi Baso Mappatunru, calon Bupati nomor urut 1, selama menjabat "
          "telah banyak membantu desa-desa di Tubbi Raya, termasuk jalan tani dan jembatan gantung Tapua. "
          "Menurut Camat, sudah sewajarnya desa-desa membalas dengan hasil yang baik pada 27 November."),
        P("Kepala Desa Kalumammang menanyakan bagaimana cara mengatur warga tanpa melanggar aturan. Camat "
          "menjawab cukup lewat kepala dusun dan ketua RT, dan tidak perlu memakai surat resmi desa. Sekcam "
          "menambahkan agar foto kegiatan bersama beliau tidak diunggah di akun resmi desa."),
        {"p": "**C. Kesimpulan/Keputusan**", "align": "left"},
        LI("Disepakati target perolehan suara untuk pasangan tersebut paling sedikit 65% di setiap desa, "
           "dengan rincian sebagaimana tabel di bawah."),
        LI("Diputuskan kepala desa melaporkan perkembangan setiap hari Senin kepada Kasi Pemerintahan, "
           "yang akan merekap untuk Camat."),
        LI("Laporan pertanggungjawaban Dana Desa tahap II paling lambat 18 Oktober 2024."),
        {"p": "", "after": 0},
        {"table": [
            ["Desa", "DPT (orang)", "Target (65%)"],
            ["Ambopadang", "1.842", "1.197"],
            ["Tapua", "2.315", "1.505"],
            ["Rattebang", "1.076", "700"],
            ["Kalumammang", "1.530", "995"],
            ["Desa lainnya (7 desa)", "9.904", "6.438"],
        ], "widths": [3500, 2500, 3070], "header_row": True},
        {"p": "", "after": 0},
        P("Rapat ditutup pukul 12.15 WITA."),
    ]
    body += sig("Tubbi Raya, 8 Oktober 2024\nNotulis,", "NURFAIDAH", "19920511 202012 2 004", indent=0) + \
        sig("Mengetahui,\nCamat Tubbi Raya,", "ANDI MUH. SYUKRI, S.STP", "19850730 200312 1 001")
    memo(7, {
        "font": "Tahoma", "size": 22,
        "meta": {"title": "notula rakor kades okt", "author": "Kecamatan Tubbi Raya", "created": "2024-10-08T05:30:00Z"},
        "body": body,
    }, True, ["endorsement", "state-facility", "letterhead-misuse"], [9, 7],
        "Notula rakor kades di aula kecamatan: calon Bupati No. 1 diperkenalkan sekali lalu 'pasangan tersebut'/'beliau'; "
        "disepakati target suara 65% per desa, diputuskan laporan mingguan ke Kasi Pemerintahan.")
    MEMO_KOP_BODY.add(7)

    # ------------------------------------------------------------------ 008
    body = nomor_block([
        ("Nomor", "440/1033/Dikes/VII/2024"),
        ("Sifat", "Biasa"),
        ("Lampiran", "2 (dua) lembar"),
        ("Hal", "Kampanye Germas, Deklarasi Desa ODF dan BIAN 2024"),
    ], place_date="Taliwang Raya, 22 Juli 2024")
    body += yth(["Kepala Puskesmas se-Kabupaten Sumbawa Tengah"])
    body += [
        P("Dalam rangka Hari Anak Nasional dan Bulan Imunisasi Anak Nasional (BIAN) 2024, Dinas Kesehatan "
          "akan melaksanakan rangkaian kegiatan sebagai berikut:"),
        LI("**Kampanye Germas** berupa senam bersama dan pemeriksaan kesehatan gratis di setiap ibu kota "
           "kecamatan pada minggu pertama Agustus 2024. Puskesmas menyiapkan pojok cek tensi dan gula darah, "
           "serta materi penyuluhan Isi Piringku."),
        LI("**Deklarasi Desa ODF (Open Defecation Free)** bagi 14 desa yang telah lolos verifikasi STBM pilar "
           "pertama. Naskah deklarasi dibacakan oleh kepala desa dan ditandatangani tokoh masyarakat; Dinas "
           "mohon dukungan pemerintah kecamatan untuk menghadirkan perwakilan setiap dusun."),
        LI("**Pelayanan BIAN** (imunisasi MR dan polio tambahan). Setiap puskesmas membentuk \u201ctim sukses "
           "BIAN\u201d yang terdiri dari bidan desa, kader posyandu dan guru PAUD, dengan target cakupan 95%."),
        LI("**Kelas calon pengantin** bagi catin yang mendaftar di KUA bulan Agustus, bekerja sama dengan "
           "Kementerian Agama, untuk skrining anemia dan status gizi."),
        P("Rencana kegiatan dan kebutuhan logistik (vaksin, ADS, safety box, leaflet) mohon disampaikan "
          "melalui aplikasi SMILE dan surel bidang P2P paling lambat 31 Juli 2024. Jadwal senam dapat dipilih "
          "salah satu dari dua tanggal pada lampiran."),
        P("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih."),
    ]
    body += sig("Kepala Dinas Kesehatan,", "dr. LALU AHMAD ZAINURI, M.P.H.", "19760605 200501 1 010")
    body += tembusan(["Bupati Sumbawa Tengah (sebagai laporan);", "Camat se-Kabupaten Sumbawa Tengah."])
    memo(8, {
        "font": "Arial",
        "meta": {"title": "Germas ODF BIAN", "author": "Bidang Kesmas", "created": "2024-07-22T02:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN SUMBAWA TENGAH",
            "DINAS KESEHATAN",
            "Jalan Undru Nomor 5, Taliwang Raya, Nusa Tenggara Barat 84355"]},
        "body": body,
    }, False, [], [14],
        "Umpan: kampanye Germas, deklarasi desa ODF, 'dukungan' kecamatan, 'tim sukses BIAN', calon pengantin, pilih jadwal.")

    # ------------------------------------------------------------------ 009
    body = title(["SURAT PERINTAH", "NOMOR 800.1.11.1/244/SATPOLPP/X/2024"], True)
    body += [
        {"table": [
            ["Dasar", ":", [
                {"p": "Peraturan Pemerintah Nomor 16 Tahun 2018 tentang Satuan Polisi Pamong Praja;", "num": 1, "after": 0},
                {"p": "Rencana Operasi Ketenteraman dan Ketertiban Umum Masa Kampanye Pemilihan 2024.", "num": 1, "after": 0, "cont": True},
            ]],
        ], "widths": [1400, 300, 7370], "borders": False},
        {"p": "MEMERINTAHKAN:", "align": "center", "bold": True, "before": 120},
        {"table": [
            ["Kepada", ":", "Nama-nama anggota Satpol PP sebagaimana tercantum dalam lampiran (Regu I s.d. Regu IV, "
                            "berjumlah 48 orang)"],
            ["Untuk", ":", [
                {"p": "melaksanakan pengamanan dan ketertiban umum di lingkungan Kantor Bupati, Gedung DPRD dan "
                      "Taman Kota Tenggarong Seberang selama masa kampanye, 25 September s.d. 23 November 2024"
                      "{ins:; serta menghadiri seluruh kampanye rapat umum ketiga pasangan calon Bupati dan Wakil "
                      "Bupati sesuai jadwal KPU sebagai peserta, bukan sebagai petugas pengamanan, dengan "
                      "mengenakan PDL dan menggunakan kendaraan patroli dinas, agar kehadiran aparatur terlihat "
                      "merata di setiap paslon}", "num": 2, "after": 60},
                {"p": "{ins:kehadiran pada kampanye rapat umum dihitung sebagai jam dinas dan diberikan uang "
                      "makan sesuai regu; Danru membuat foto kehadiran untuk dilaporkan kepada Kepala Satuan;}",
                 "num": 2, "after": 60, "cont": True},
                {"p": "{del:selama bertugas personel dilarang menghadiri kegiatan kampanye, memakai atribut, atau "
                      "berfoto bersama pasangan calon;}", "num": 2, "after": 60, "cont": True},
                {"p": "melaksanakan perintah ini dengan penuh tanggung jawab dan melaporkan hasilnya.", "num": 2,
                 "after": 60, "cont": True},
            ]],
        ], "widths": [1400, 300, 7370], "borders": False},
    ]
    body += sig("Dikeluarkan di Tenggarong Seberang\npada tanggal 1 Oktober 2024\nKepala Satuan Polisi Pamong Praja,",
                "H. SYAHRANI NOOR, S.Sos., M.Si.", "19720819 199303 1 005", pangkat="Pembina Utama Muda (IV/c)")
    memo(9, {
        "font": "Arial", "size": 22,
        "meta": {"title": "SPRIN Kampanye", "author": "Sekretariat Satpol PP", "last_modified_by": "Kabid Trantibum",
                 "created": "2024-09-30T01:00:00Z", "modified": "2024-10-01T00:45:00Z", "revision": 7},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN MAHAKAM TENGAH",
            "SATUAN POLISI PAMONG PRAJA",
            "Jalan Wolter Monginsidi Nomor 2, Tenggarong Seberang, Kalimantan Timur 75572"]},
        "body": body,
    }, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [12],
        "Surat perintah Satpol PP; sisipan tracked: 48 anggota hadir di rapat umum KETIGA paslon sebagai peserta, "
        "ber-PDL, mobil patroli, dihitung jam dinas + uang makan; larangan menghadiri kampanye dihapus (w:del).")

    # ------------------------------------------------------------------ 010
    body = [
        {"p": "CATATAN INTERNAL BIDANG PENGADAAN, PEMBERHENTIAN DAN INFORMASI", "bold": True, "align": "left", "after": 0},
        {"p": "BKPSDM Kab. Alor Timur \u2013 salinan obrolan grup \u201cPANITIA SELEKSI PPPK 2024\u201d, 13 Nov 2024",
         "italic": True, "align": "left", "after": 200},
        {"p": "[08.02] Kabid Yakobus: selamat pagi bapa mama dong. jadwal CAT PPPK tahap 2 su keluar dari BKN. "
              "kotong pu lokasi di SMKN 1 Kalabahi Timur, 3 sesi", "align": "left", "after": 60},
        {"p": "[08.04] Kabid Yakobus: CALON PESERTA YG BELUM CETAK KARTU UJIAN SAMPE HARI INI TOLONG DIBANTU "
              "INFOKAN, JANGAN SAMPE DONG DATANG SONDE BAWA KARTU", "align": "left", "after": 60},
        {"p": "[08.06] Mery (Pengadaan): siap bapa. ada 17 org yg blm cetak, sa su telp 9", "align": "left", "after": 60},
        {"p": "[08.09] Umbu Kaleka: bapa, panitia lokal tolong pilih jadwal piket: sesi pagi ato siang? biar "
              "sa bikin daftar", "align": "left", "after": 60},
        {"p": "[08.10] Kabid Yakobus: sa pilih sesi pagi. nona Mery deng Umbu sesi siang. yg jaga genset pak "
              "Hendrik e", "align": "left", "after": 60},
        {"p": "[08.15] Hendrik Mau: siap. genset kemarin su servis. tp bbm minta dari bagian umum ee", "align": "left", "after": 60},
        {"p": "[08.17] Kabid Yakobus: ok. INGAT 27 NOV TU HARI LIBUR PILKADA, JADWAL SONDE ADA YG TABRAKAN. "
              "yg jadi KPPS lapor dolo supaya sa atur pengganti", "align": "left", "after": 60},
        {"p": "[08.19] Mery (Pengadaan): sa jadi KPPS di TPS 03 Moru bapa, su lapor di kasubag", "align": "left", "after": 200},
        {"p": "Tindak lanjut: daftar piket sesi dan daftar 17 calon peserta yang belum mencetak kartu dilampirkan "
              "untuk Kepala Badan. (ttd) Mery L. Sinlae", "align": "left"},
    ]
    memo(10, {
        "font": "Segoe UI", "size": 20,
        "meta": {"title": "catatan grup panitia pppk", "author": "mery", "created": "2024-11-13T00:30:00Z"},
        "body": body,
    }, False, [], [14, 11],
        "Informal (obrolan WA, logat Kupang, huruf kapital): 'calon peserta' PPPK, 'pilih jadwal', hari libur Pilkada, pegawai jadi KPPS.")
