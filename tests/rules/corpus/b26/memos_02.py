# b26 memos 011-020 (each written individually)


def m011(w):
    # BKPSDM, Sumsel, Pilkada: generic nota dinas with a partisan item, Pelaporan section, footnote link
    body = []
    body += w.title("NOTA DINAS", "Nomor: 800/0614/BKPSDM.2/X/2024")
    body += w.field_rows([("Kepada", "Yth. Sekretaris dan Para Kepala Bidang di lingkungan BKPSDM"),
                          ("Dari", "Kepala BKPSDM Kabupaten Lematang Jaya"),
                          ("Tanggal", "7 Oktober 2024"),
                          ("Hal", "Tindak Lanjut Musyawarah Pimpinan")], indent=0, tab=1418)
    body += [
        P("", border_bottom=True, after=120),
        P("Menindaklanjuti hasil musyawarah pimpinan tanggal 4 Oktober 2024, dengan hormat disampaikan hal-hal "
          "sebagai berikut:", first=720),
        P("Pemutakhiran data riwayat jabatan dan pendidikan pada SIASN agar diselesaikan paling lambat "
          "31 Oktober 2024.", num=0),
        P("Apel pagi setiap Senin tetap dilaksanakan pukul 07.30 WIB, pegawai yang berhalangan wajib izin "
          "tertulis kepada atasan langsung.", num=0),
        P("Seluruh pegawai BKPSDM, termasuk PPPK dan tenaga honorer, diminta bergabung dalam grup WhatsApp "
          "\u201cASN Lematang Menang\u201d{fn:1} dan mengikuti akun Instagram @hermansyah.yanti, lalu ikut "
          "menyukseskan kemenangan pasangan Hermansyah \u2013 Yanti Marlina pada 27 November 2024. Galo-galo "
          "wong kito ini, jangan sampai ado bidang yang ketinggalan.", num=0),
        P("Sesuai kesepakatan musyawarah, setiap bidang menghadirkan paling sedikit 10 (sepuluh) orang "
          "pegawai beserta keluarga pada konsolidasi relawan kecamatan hari Sabtu, 12 Oktober 2024 di "
          "Gedung Serbaguna Pasar Lama.", num=0),
        w.blank(),
        P("**Pelaporan**", align="left"),
        P("Para Kepala Bidang melaporkan secara tertulis: (a) progres pemutakhiran SIASN; (b) daftar nama "
          "pegawai yang sudah bergabung ke grup dan mengikuti akun dimaksud, dilengkapi tangkapan layar; "
          "dan (c) daftar hadir konsolidasi, paling lambat Senin, 14 Oktober 2024 melalui Subbag Umum.",
          first=720),
        P("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.", first=720),
    ]
    body += w.ttd(None, "Kepala Badan,", "Ir. SYAIFUL ANWAR, M.Si.", nip="19700921 199703 1 003")
    spec = {
        "font": "Arial",
        "meta": {"title": "ND Tindak Lanjut Muspim", "author": "Subbag Umum BKPSDM",
                 "created": "2024-10-07T02:10:00Z", "modified": "2024-10-07T03:00:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN LEMATANG JAYA",
                      "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                      "Jl. Merdeka No. 45 Lematang Jaya, Sumatera Selatan 31315"], "header"),
        "body": body,
        "footnotes": {"1": "Tautan undangan grup: {link:https://chat.whatsapp.com/LmtgMenang2024|"
                           "chat.whatsapp.com/LmtgMenang2024}"},
    }
    w.memo(11, spec, True, ["endorsement", "social-media", "campaign-activity", "letterhead-misuse"],
           [2, 4, 9, 10],
           "Nota dinas BKPSDM 'tindak lanjut musyawarah': pegawai masuk grup WA relawan, follow IG pasangan "
           "Hermansyah-Yanti, menangkan, kuota konsolidasi relawan; bagian Pelaporan minta screenshot")


def m012(w):
    # Dishub, Jatim, Pilkada: order to remove campaign stickers from office vehicles (tracked changes)
    rows = [["No", "Nopol", "Jenis", "Pemegang", "Temuan"],
            ["1", "AG 1027 TP", "Toyota Innova", "Sekretariat", "Stiker kaca belakang \u201cPilih Nomor 2 \u2013 "
                                                              "Mas Bayu, Tulungrejo Bangkit\u201d"],
            ["2", "AG 9114 TP", "Mitsubishi L300", "Bidang LLAJ", "Stiker pintu gambar pasangan calon nomor 2"],
            ["3", "AG 8051 TP", "Honda Supra X", "UPT Terminal", "Gantungan/bendera kecil warna partai pengusung"]]
    body = []
    body += w.nomor_block("500.11/1873/35.04.410/2024", "Segera", "-",
                          "Pelepasan Stiker dan Atribut Kampanye pada Kendaraan Dinas",
                          place_date="Tulungrejo, 8 Oktober 2024")
    body += w.kepada(["Sekretaris, Kepala Bidang dan Kepala UPT", "di lingkungan Dinas Perhubungan", "di",
                      "\tTULUNGREJO"])
    body += [
        P("Berdasarkan hasil pengecekan kendaraan dinas oleh Subbagian Umum pada apel kendaraan tanggal "
          "7 Oktober 2024{ins: dan informasi awal dari Panwaslu Kecamatan Tulungrejo Kota}, ditemukan atribut "
          "kampanye terpasang pada kendaraan dinas sebagai berikut:", first=720),
        {"table": rows, "widths": [510, 1474, 1701, 1701, 3684], "header_row": True},
        w.blank(),
        P("Sehubungan dengan hal tersebut, diperintahkan:", first=720),
        w.item("1.", "Pemegang kendaraan melepas seluruh stiker, gambar dan atribut tersebut paling lambat "
               "{del:Jumat, 11}{ins:Rabu, 9} Oktober 2024 dan melaporkan foto kendaraan setelah dibersihkan."),
        w.item("2.", "Kendaraan dinas tidak boleh digunakan untuk mengangkut peserta, logistik atau alat "
               "peraga kampanye pasangan calon mana pun, termasuk di luar jam kerja."),
        w.item("3.", "Pada hari Sabtu, Minggu dan hari libur kendaraan dinas operasional wajib diparkir di "
               "kantor{ins:, kecuali yang mendapat surat tugas}."),
        w.item("4.", "Pelanggaran atas ketentuan ini akan diproses sesuai ketentuan disiplin pegawai dan "
               "kendaraan dapat ditarik dari pemegangnya."),
        P("Demikian untuk menjadi perhatian dan dilaksanakan.", first=720),
    ]
    body += w.ttd(None, "Kepala Dinas Perhubungan,", "BAMBANG TRI HARYANTO, S.T., M.T.",
                  nip="19710415 199903 1 007")
    spec = {
        "font": "Arial",
        "meta": {"title": "Pelepasan stiker randis", "author": "Subbag Umum Dishub",
                 "last_modified_by": "Sekretaris Dishub",
                 "created": "2024-10-08T01:00:00Z", "modified": "2024-10-08T03:15:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN TULUNGREJO", "DINAS PERHUBUNGAN",
                      "Jl. Panglima Sudirman No. 17 Tulungrejo, Jawa Timur 66219"], "header"),
        "body": body,
    }
    w.memo(12, spec, False, [], [14],
           "Perintah melepas stiker 'Pilih Nomor 2 - Mas Bayu' dari kendaraan dinas; larangan randis untuk kampanye")


def m013(w):
    # Satpol PP, NTB, Pilkada: take down incumbent billboard at offices, quoting slogan in a text box
    body = []
    body += w.title("SURAT PERINTAH TUGAS", "Nomor: 300.1.4/412/SPP/IX/2024")
    body += [
        P("Dasar:", align="left", bold=True),
        w.item("a.", "Peraturan KPU Nomor 13 Tahun 2024 tentang Kampanye Pemilihan Gubernur, Bupati dan "
               "Wali Kota;"),
        w.item("b.", "Surat Bawaslu Kabupaten Rinjani Barat Nomor 211/PM.00.02/K.NB-06/09/2024 perihal "
               "Rekomendasi Penertiban Alat Peraga di Lingkungan Kantor Pemerintah;"),
        w.item("c.", "Hasil rapat koordinasi penertiban APK tanggal 25 September 2024."),
        P("MEMERINTAHKAN:", align="center", bold=True),
        P("Kepada: Tim Penertiban Satpol PP (daftar nama terlampir) dipimpin Kepala Seksi Operasi dan "
          "Pengendalian, LALU HAERUL ANAM, S.H.", align="left"),
        P("Untuk:", align="left", bold=True),
        w.item("1.", "Menurunkan baliho ukuran 4x6 m yang berdiri di depan Kantor Dinas Pekerjaan Umum, "
               "halaman Puskesmas Kopang Daye dan simpang Kantor Bupati, dengan tulisan sebagai berikut:"),
        {"textbox": [P("\u201cLANJUTKAN! Dua Periode Bersama Hj. Baiq Sri Wahyuni \u2013 Rinjani Barat "
                       "Sejahtera\u201d", align="center", bold=True),
                     P("(baliho bergambar Bupati petahana berkerudung hijau)", align="center", italic=True,
                       size=18)], "width_cm": 13, "height_cm": 2.2},
        w.item("2.", "Menurunkan juga APK pasangan calon lain apabila ditemukan di gedung pemerintah, "
               "sekolah, tempat ibadah dan fasilitas kesehatan, tanpa membedakan pasangan calon."),
        w.item("3.", "Mendokumentasikan setiap penurunan, menyimpan APK di gudang Satpol PP dan "
               "menyerahkan daftar barang kepada Bawaslu untuk diberitahukan ke tim kampanye."),
        w.item("4.", "Melaksanakan tugas dengan tertib, humanis, berkoordinasi dengan Panwaslu Kecamatan, "
               "dan melaporkan hasilnya secara tertulis."),
    ]
    body += w.ttd("Rinjani Barat, 26 September 2024", "Kepala Satuan Polisi Pamong Praja,",
                  "L. MUHAMMAD FAISAL, S.STP., M.H.", nip="19820330 200112 1 002")
    spec = {
        "font": "Times New Roman",
        "meta": {"title": "SPT penertiban APK kantor", "author": "Seksi Ops Satpol PP",
                 "created": "2024-09-26T00:50:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN RINJANI BARAT", "SATUAN POLISI PAMONG PRAJA",
                      "Jl. Gajah Mada No. 3 Rinjani Barat, Nusa Tenggara Barat 83371"], "table",
                     logo="[LOGO KAB. RINJANI BARAT]"),
        "body": body,
    }
    w.memo(13, spec, False, [], [14],
           "SPT Satpol PP menurunkan baliho petahana 'LANJUTKAN! Dua Periode ...' dari kantor pemerintah, "
           "semua paslon diperlakukan sama")


def m014(w):
    # Puskesmas, NTB, Pilkada: jalan sehat & senam with candidate; ambulance, posyandu moved, hashtags
    body = []
    body += w.nomor_block("440/388/PKM-BNT/XI/2024", "Penting", "Rundown acara",
                          "Jalan Sehat dan Senam Bersama Mamiq Lalu Ahmad Sapturi, S.H.",
                          place_date="Batu Nampar Timur, 4 November 2024")
    body += w.kepada(["Bidan Desa, Perawat Pustu dan Kader Posyandu", "se-Wilayah Kerja UPTD Puskesmas "
                      "Batu Nampar Timur", "di \u2013", "\tTempat"])
    body += [
        P("Tabe' side pade,", align="left"),
        P("Dalam rangka meramaikan **Jalan Sehat dan Senam Bersama Mamiq Lalu Ahmad Sapturi, S.H.** pada "
          "hari Jumat, 8 November 2024 di Lapangan Kecamatan Batu Nampar, dengan ini disampaikan:", first=720),
        w.item("1.", "Bidan desa dan perawat pustu hadir bersama minimal 20 kader per desa, kumpul pukul 06.00 "
               "WITA di halaman Puskesmas. Pelayanan pustu hari itu ditutup sampai pukul 11.00."),
        w.item("2.", "Ambulans desa dan mobil Pusling dipakai untuk jemput kader dari dusun yang jauh; BBM "
               "diganti dari dana BOK."),
        w.item("3.", "Jadwal posyandu bulan November digeser ke tanggal 8 supaya PMT dan paket gizi balita "
               "diserahkan langsung oleh Mamiq Sapturi di panggung utama."),
        w.item("4.", "Kader pakai kaos oranye (warna beliau), bukan seragam kader biasa. Kaos dibagikan Kamis "
               "di ruang KIA."),
        w.item("5.", "Dokumentasi diupload ke FB dan IG Puskesmas dan akun pribadi nggih, pakai tagar "
               "#SapturiLanjut #SapitSehatBerlanjut, tag akun beliau."),
        {"textbox": [P("**RUNDOWN**", align="center"),
                     P("06.00  Kumpul & absen kader di Puskesmas"),
                     P("06.45  Berangkat pakai ambulans/pusling ke lapangan"),
                     P("07.00  Senam sehat dipandu instruktur dari tim beliau"),
                     P("08.00  Jalan sehat 3 km, start & finish di panggung"),
                     P("09.00  Sambutan Mamiq Sapturi + penyerahan PMT balita"),
                     P("10.00  Undian doorprize (kulkas, sepeda, kipas angin)")], "width_cm": 11, "height_cm": 4.8},
        P("Tiang nyuwun kerjasame side pade, ini juga untuk kelanjutan program kesehatan gratis beliau. "
          "Tampi asih.", first=720),
    ]
    body += w.ttd(None, "Kepala UPTD Puskesmas Batu Nampar Timur,", "Ns. BAIQ HULTIANA, S.Kep.",
                  nip="19830705 200801 2 010")
    spec = {
        "font": "Calibri",
        "meta": {"title": "jalan sehat 8 nov", "author": "TU Puskesmas", "created": "2024-11-04T03:20:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN SAPIT RAYA", "DINAS KESEHATAN",
                      "UPTD PUSKESMAS BATU NAMPAR TIMUR",
                      "Jl. Raya Batu Nampar \u2013 Jerowaru Km. 4, Lombok, NTB 83672"], "body"),
        "body": body,
    }
    w.memo(14, spec, True, ["campaign-activity", "state-facility", "social-media", "endorsement",
                            "letterhead-misuse"], [3, 5, 6, 7, 12, 13],
           "Kapus mengerahkan bidan/kader ke jalan sehat bersama Mamiq Sapturi: ambulans & BOK, posyandu digeser "
           "agar PMT diserahkan beliau, kaos oranye, tagar #SapturiLanjut")


def m015(w):
    # Kelurahan, Jatim, Pemilu: voice-note transcript, caps, dodge spelling, no kop
    body = [
        P("TRANSKRIP PESAN SUARA (VN) PAK LURAH", align="center", bold=True, after=0),
        P("grup WA \u201cStaf Kel. Kebonsari Kidul\u201d \u2013 Sabtu 6/1/2024 jam 21.14 (diketik ulang oleh Sie "
          "Umum utk yg gak bisa buka VN)", align="center", italic=True, size=20),
        w.blank(),
        P("\u201cAssalamualaikum rek, konco-konco staf kabeh. Iki penting yo, tolong dirungokno.", align="left"),
        P("Sesuk Minggu tanggal pitu awak dewe kabeh MELU PELANTIKAN TIM PEMENANGAN Mas Yudha Prasetya, "
          "sing maju DPR RI dapil Jatim iki lho, nang gedung Graha Kencana. SERAGAM PUTIH, KUMPUL NANG "
          "KANTOR JAM 7 ISUK. Mobil dinas Grand Max kelurahan digawe ngangkut konco-konco, kuncine jupuk nang "
          "Pak Nur.", align="left"),
        P("Pak Kasi Pem, sampeyan wis tak daftarno dadi koordinator tim tingkat kelurahan, mengko SK ne "
          "diwenehno pas pelantikan. Bu Kasi Kesra karo Mbak Rina dadi admin relawan RW.", align="left"),
        P("Senen jam sepuluh, jam kantor gak popo, konsolidasi relawan nang balai RW 05, undangane wis tak "
          "kirim. Sing jaga pelayanan cukup loro wae.", align="left"),
        P("Terus kabeh foto-foto upload nang story WA karo FB, tag akune Mas Yudha, pake #YudhaSenayan "
          "karo #Pil1hYudha. Ojo lali yo, Mas Yudha iki sing wis mbantu paving gang lan renovasi kantor "
          "kelurahan, dadi wajib awak dewe dukung. Pokok e JANGAN ADA YANG ABSEN. Suwun rek.\u201d",
          align="left"),
        w.blank(),
        P("NB: konfirmasi hadir japri Sie Umum paling lambat jam 22.00 malam ini. yg gak bisa hadir lapor "
          "alasan ke Pak Lurah langsung.", align="left", size=20),
    ]
    spec = {
        "font": "Calibri", "size": 22,
        "meta": {"title": "vn pak lurah", "author": "sie umum", "created": "2024-01-06T14:30:00Z"},
        "body": body,
    }
    w.memo(15, spec, True, ["campaign-activity", "social-media", "state-facility", "endorsement"],
           [2, 4, 5, 7, 11, 12],
           "Transkrip VN lurah: staf wajib ikut pelantikan tim pemenangan & konsolidasi relawan Mas Yudha "
           "(caleg) pada jam kerja, mobil dinas, posting #Pil1hYudha; tanpa kop")


def m016(w):
    # BPKAD, Sumsel, Pilkada: hibah NPHD & dukungan anggaran pengamanan (kop as first body lines, LO)
    rows = [["No", "Penerima", "Nilai NPHD (Rp)", "Tahap I (40%)", "Tahap II (60%)"],
            ["1", "KPU Kabupaten Sungai Rambang", "38.500.000.000", "15.400.000.000", "23.100.000.000"],
            ["2", "Bawaslu Kabupaten Sungai Rambang", "14.200.000.000", "5.680.000.000", "8.520.000.000"],
            ["3", "Polres Sungai Rambang (pengamanan)", "6.750.000.000", "2.700.000.000", "4.050.000.000"],
            ["4", "Kodim 0417/SR (dukungan pengamanan)", "1.900.000.000", "760.000.000", "1.140.000.000"]]
    body = []
    body += w.title("NOTA DINAS", "Nomor: 900.1.3.2/0277/BPKAD/2024")
    body += w.field_rows([("Kepada", "Yth. Bapak Pj. Bupati Sungai Rambang"),
                          ("Melalui", "Sekretaris Daerah"),
                          ("Dari", "Kepala BPKAD"),
                          ("Tanggal", "2 September 2024"),
                          ("Hal", "Pencairan Tahap II Hibah Pemilihan Bupati dan Wakil Bupati Tahun 2024")],
                         indent=0, tab=1418)
    body += [
        P("", border_bottom=True, after=120),
        P("Berdasarkan Naskah Perjanjian Hibah Daerah (NPHD) yang ditandatangani tanggal 10 November 2023 dan "
          "surat permohonan dari masing-masing penerima, dengan hormat kami laporkan rencana pencairan tahap II "
          "dukungan anggaran penyelenggaraan dan pengamanan Pemilihan Tahun 2024{fn:1} sebagai berikut:",
          first=720),
        {"table": rows, "widths": [510, 3118, 1814, 1814, 1814], "header_row": True},
        w.blank(),
        P("Dana telah tersedia pada Rekening Kas Umum Daerah dan pencairan dapat dilakukan setelah penerima "
          "menyampaikan laporan penggunaan tahap I{fn:2}. Mohon arahan dan persetujuan Bapak.", first=720),
    ]
    body += w.ttd(None, "Kepala Badan Pengelolaan Keuangan dan Aset Daerah,", "Hj. ERNA WATI, S.E., M.Si., Ak.",
                  nip="19720114 199503 2 002")
    spec = {
        "engine": "libreoffice",
        "font": "Arial",
        "meta": {"title": "ND pencairan hibah pilkada tahap II", "author": "Bid. Anggaran",
                 "created": "2024-09-02T02:00:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN SUNGAI RAMBANG", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
                      "Komplek Perkantoran Pemkab, Jl. Lintas Sumatera Km. 9, Sungai Rambang 30871"], "body"),
        "body": body,
        "footnotes": {
            "1": "Permendagri Nomor 54 Tahun 2019 tentang Pendanaan Kegiatan Pemilihan Gubernur, Bupati, dan "
                 "Wali Kota yang Bersumber dari APBD, sebagaimana diubah dengan Permendagri Nomor 41 Tahun 2020.",
            "2": "Laporan tahap I KPU dan Bawaslu telah diterima tanggal 26 dan 28 Agustus 2024.",
        },
    }
    w.memo(16, spec, False, [], [14],
           "Nota dinas BPKAD pencairan hibah/dukungan anggaran Pilkada ke KPU, Bawaslu, pengamanan")


def m017(w):
    # Dinas Perikanan, Banten, Pilkada gubernur: all staff to every pair's rally as dinas luar (LO)
    rows = [["Tanggal", "Kegiatan", "Lokasi", "Bidang yang hadir"],
            ["Selasa, 12 Nov 2024", "Rapat umum kampanye Paslon Gubernur nomor urut 1",
             "Alun-alun Cibungur", "Sekretariat, Bidang Perikanan Tangkap"],
            ["Kamis, 14 Nov 2024", "Rapat umum kampanye Paslon Gubernur nomor urut 2",
             "Stadion Maulana Yusuf", "Bidang Budidaya, UPT PPI Sukanagara"],
            ["Senin, 18 Nov 2024", "Rapat umum kampanye Paslon Gubernur nomor urut 3",
             "Lapangan Cikasungka", "Bidang Pengolahan & Pemasaran, UPT BBI"]]
    body = []
    body += w.title("SURAT PERINTAH", "Nomor: 800.1.11.1/734/Diskan/XI/2024")
    body += [
        P("Dalam rangka **menghadiri rapat umum kampanye** seluruh pasangan calon Gubernur dan Wakil Gubernur "
          "Banten Tahun 2024, dengan ini Kepala Dinas Perikanan Kabupaten Cibungur memerintahkan:", first=720),
        P("Kepada: seluruh ASN, PPPK dan THL Dinas Perikanan sesuai bidang pada jadwal di bawah.", align="left"),
        P("Untuk:", align="left", bold=True),
        w.item("1.", "Hadir pada rapat umum sesuai jadwal berikut, mulai pukul 09.00 WIB:"),
        {"table": rows, "widths": [1984, 3402, 1984, 1700], "header_row": True},
        w.blank(),
        w.item("2.", "Kehadiran dicatat sebagai dinas luar (DL) sehingga tidak mengurangi TPP; pelayanan "
               "kantor cukup dijaga satu orang per bidang."),
        w.item("3.", "Berangkat bersama dari kantor menggunakan kendaraan dinas bidang masing-masing, BBM dari "
               "anggaran operasional."),
        w.item("4.", "Pakaian bebas rapi. Dengan hadir di semua rapat umum, pegawai dapat mengenal visi misi "
               "setiap pasangan secara adil dan tidak ada pasangan yang diistimewakan."),
        P("**Pelaporan**", align="left"),
        P("Kepala Bidang/Kepala UPT menyampaikan daftar hadir dan foto kegiatan di lokasi rapat umum "
          "kepada Sekretaris paling lambat satu hari setelah kegiatan.", first=720),
        P("Demikian surat perintah ini untuk dilaksanakan dengan penuh tanggung jawab.", first=720),
    ]
    body += w.ttd("Cibungur, 8 November 2024", "Kepala Dinas Perikanan,", "Ir. ASEP SAEFULLOH, M.P.",
                  nip="19690412 199603 1 005")
    spec = {
        "engine": "libreoffice",
        "font": "Arial",
        "meta": {"title": "SP hadir rapat umum", "author": "Sekretariat Diskan",
                 "created": "2024-11-08T01:00:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN CIBUNGUR", "DINAS PERIKANAN",
                      "Jl. Raya Labuan Km. 5 Cibungur, Banten 42264"], "table", logo="[LOGO]"),
        "footer": [P("Dinas Perikanan Kab. Cibungur \u2013 diskan@cibungurkab.go.id \u2013 Hal. 1/1",
                     align="right", size=16)],
        "body": body,
    }
    w.memo(17, spec, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [6, 10, 12],
           "Surat perintah Kadis Perikanan: semua pegawai hadir rapat umum kampanye semua paslon sebagai DL, "
           "pakai randis & BBM operasional (netral antar paslon, tetap mobilisasi)")


def m018(w):
    # Kecamatan, Jateng, Pilkada: rakor fasilitasi kampanye, all pairs equal; tracked changes
    rows = [["No", "Pasangan Calon", "Jadwal Lapangan Kecamatan", "Zona APK"],
            ["1", "Nomor urut 1", "Sabtu, 12 Oktober 2024", "Zona A (Jl. Raya Ngampel \u2013 Pasar)"],
            ["2", "Nomor urut 2", "{del:Sabtu, 19}{ins:Minggu, 20} Oktober 2024", "Zona B (Jl. Wonosegoro)"],
            ["3", "Nomor urut 3", "Sabtu, 26 Oktober 2024", "Zona C (Jl. Lingkar Utara)"]]
    body = []
    body += w.title("NOTULEN", "Rapat Koordinasi Fasilitasi Tahapan Kampanye Pemilihan Bupati dan Wakil Bupati "
                    "Karangmojo Raya Tahun 2024")
    body += w.field_rows([("Hari/tanggal", "Senin, 30 September 2024"), ("Tempat", "Pendopo Kecamatan Ngampel Kulon"),
                          ("Pimpinan", "Camat Ngampel Kulon"),
                          ("Hadir", "Panwaslu Kecamatan, PPK, Kapolsek, Danramil, para Kepala Desa, LO Paslon 1, "
                                    "LO Paslon 2, LO Paslon 3")], indent=0, tab=1701)
    body += [
        w.blank(),
        P("Hasil pembahasan:", align="left", bold=True),
        P("Disepakati penggunaan Lapangan Kecamatan untuk rapat umum dijadwalkan bergiliran sesuai jadwal KPU "
          "dengan kesempatan yang sama bagi ketiga pasangan calon, sebagai berikut:", num=0),
        {"table": rows, "widths": [510, 2268, 3118, 3174], "header_row": True},
        P("Disepakati kantor kecamatan, balai desa, sekolah dan puskesmas tidak dipinjamkan untuk kegiatan "
          "kampanye pasangan calon mana pun, dan APK dilarang dipasang di lingkungan tersebut.", num=0, cont=True),
        P("ASN kecamatan dan perangkat desa tidak menghadiri kampanye dan tidak menjadi panitia; camat "
          "mengingatkan kembali SE Bupati tentang netralitas{ins: dan pakta integritas yang sudah "
          "ditandatangani kepala desa}.", num=0),
        P("LO masing-masing paslon menyampaikan pemberitahuan kegiatan ke Polsek paling lambat H-3 dengan "
          "tembusan Panwaslu Kecamatan.", num=0),
        P("Panwaslu Kecamatan mengingatkan larangan politik uang dan membuka posko aduan di kantor Panwascam.",
          num=0),
        w.blank(),
        P("Rapat selesai pukul 11.40 WIB. Daftar hadir dan dokumentasi terlampir.", align="left"),
    ]
    body += w.ttd("Ngampel Kulon, 30 September 2024", "Notulis,", "WAHYU SETYANINGSIH",
                  nip="19860808 201001 2 014")
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "notulen rakor kampanye", "author": "Kasi Trantib Kec. Ngampel Kulon",
                 "last_modified_by": "Sekcam", "created": "2024-09-30T05:00:00Z",
                 "modified": "2024-10-01T01:20:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN KARANGMOJO RAYA", "KECAMATAN NGAMPEL KULON",
                      "Jl. Raya Ngampel No. 2, Karangmojo Raya 57252"], "table", logo="[LOGO]"),
        "body": body,
    }
    w.memo(18, spec, False, [], [14],
           "Notulen rakor kecamatan: jadwal lapangan bergiliran dan setara untuk 3 paslon, fasilitas kantor "
           "tidak dipinjamkan, ASN netral ('disepakati' sebagai umpan)")


def m019(w):
    # Pekon (desa), Lampung, Pemilu: BLT-DD handed over at temu kangen with caleg; WA pasted; threats
    body = []
    body += w.nomor_block("412.6/021/PKN-TA/I/2024", "Penting", "-", "Penyaluran BLT Dana Desa Bulan Januari 2024",
                          place_date="Tanjung Anom, 22 Januari 2024")
    body += w.kepada(["Aparatur Pekon Tanjung Anom", "Ketua RT/Pemangku se-Pekon Tanjung Anom",
                      "Keluarga Penerima Manfaat BLT-DD", "di Tempat"])
    body += [
        P("Bersama ini diberitahukan bahwa penyaluran BLT Dana Desa bulan Januari 2024 untuk 48 KPM akan "
          "dilaksanakan bersamaan dengan acara **Temu Kangen Warga bersama Bang Rizal Effendi**, caleg DPRD "
          "Provinsi Lampung, pada Sabtu 27 Januari 2024 pukul 14.00 WIB di Balai Pekon. Untuk lebih jelasnya "
          "berikut pesan yang sudah disebar ke grup RT:", first=720),
        {"textbox": [
            P("*INFO BLT-DD JANUARI* \U0001F4E2", size=20),
            P("bpk/ibu KPM yth, BLT bln jan diserahkan lgsg oleh TIM BANG RIZAL, seragam oren. wajib dtg "
              "sndiri bawa KTP asli + KK. stlh terima uang foto bareng sama stiker bang rizal ya, fotonya "
              "dikumpul ke pak RT.", size=20),
            P("inget, BLT ini bisa lanjut trs karna perjuangan beliau di provinsi. jd tgl 14 feb jgn lupa "
              "balas budi, nmr urut 3 \U0001F44D", size=20),
            P("yg gak dtg di acara, BLT nya dipending dulu smp bln depan. tks \u2013 sekretaris pekon", size=20),
        ], "width_cm": 14.5, "height_cm": 5.0},
        w.blank(),
        P("Aparatur pekon diminta menyiapkan tenda, kursi dan pengeras suara milik pekon, serta konsumsi yang "
          "dibebankan pada kegiatan musyawarah pekon. Kasi Kesejahteraan menyiapkan daftar tanda terima dan "
          "mencatat KPM yang tidak hadir.", first=720),
        P("Demikian untuk dilaksanakan. Tabik pun.", first=720),
    ]
    body += w.ttd(None, "Kepala Pekon Tanjung Anom,", "SUHAIMI")
    spec = {
        "font": "Cambria",
        "meta": {"title": "penyaluran BLT januari", "author": "operator pekon",
                 "created": "2024-01-22T08:00:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN PESISIR SEMAKA", "KECAMATAN WAY BATU", "PEKON TANJUNG ANOM",
                      "Jl. Lintas Barat Pekon Tanjung Anom, Kode Pos 35385"], "header"),
        "body": body,
    }
    w.memo(19, spec, True, ["inducement", "state-facility", "endorsement", "campaign-activity",
                            "letterhead-misuse"], [3, 7, 8, 11, 13],
           "Kepala pekon: BLT-DD diserahkan tim caleg Bang Rizal di temu kangen, foto dengan stiker, 'balas budi "
           "nmr urut 3', BLT dipending bagi yang tidak datang; fasilitas pekon")


def m020(w):
    # Puskesmas, Sulsel: informal WA from bidan koordinator about PIN polio campaign; bait words; no kop
    body = [
        P("CATATAN GRUP WA \u201cBIDAN DESA PKM MACCINI BARU\u201d", align="left", bold=True, after=0),
        P("(disalin utk arsip TU, Senin 15 Juli 2024)", align="left", italic=True, size=18),
        w.blank(),
        P("[08.02] Bd. Koordinator (Hj. St. Aisyah): Tabe' semua bidan desa, iye, mulai tgl 23 Juli kita "
          "masuk **Kampanye PIN Polio putaran kedua** di semua posyandu dan sekolah. Sasaran 0\u20137 tahun, "
          "jgn ada yg kelewatan dih.", align="left"),
        P("[08.05] Bd. Koordinator: tiap desa bentuk \u201c{split:tim suk|ses PIN}\u201d isi bidan desa, 2 kader, "
          "guru UKS sama imam dusun. Tim sukses ini yg sweeping anak yg blm datang.", align="left"),
        P("[08.07] Bd. Koordinator: utk pelatihan pencatatan ASIK, **calon peserta** 1 org per desa, kirim "
          "nama ki paling lambat Rabu. Silahkan pilih salah satu jadwal: Kamis 18 atau Jumat 19 Juli.",
          align="left"),
        P("[08.10] Bd. Nurhaedah (Ds. Bontosunggu): iye bu, kami pilih hari Kamis. Dukungan vaksin sama "
          "cool box dr dinkes sdh datang kah?", align="left"),
        P("[08.12] Bd. Koordinator: sdh, ambil di gudang farmasi mulai hari ini. Sekalian infonya, desa "
          "Maccini Baru mau deklarasi Desa ODF (stop BABS) tgl 1 Agustus, bidan desa sekitar diundang.",
          align="left"),
        P("[08.15] Bd. Koordinator: satu lagi, mulai Agustus sudah masuk tahapan pilkada. kalau ada yg "
          "datang bawa stiker/kalender paslon ke posyandu, tolak baik2 ya, posyandu harus bersih dari "
          "atribut siapa pun. Makasih semuanya \U0001F64F", align="left"),
    ]
    spec = {
        "font": "Arial", "size": 21,
        "meta": {"title": "arsip wa bidan juli", "author": "TU PKM Maccini Baru",
                 "created": "2024-07-15T03:30:00Z"},
        "footer": [P("Arsip TU UPT Puskesmas Maccini Baru \u2013 Kab. Tanete Riattang Hulu", align="left", size=16)],
        "body": body,
    }
    w.memo(20, spec, False, [], [11, 14],
           "Catatan WA bidan: 'kampanye PIN Polio', 'tim sukses PIN', 'calon peserta', 'pilih salah satu "
           "jadwal', 'deklarasi ODF', tolak atribut paslon")


def build(w):
    globals()["P"] = w.P
    for f in (m011, m012, m013, m014, m015, m016, m017, m018, m019, m020):
        f(w)
