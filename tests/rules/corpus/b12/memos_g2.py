# Group 2: b12_011 - b12_020 (written individually)
from write_specs import memo, kop, p, gap, judul, nomor, kepada, ttd, tembusan

T2 = [[1418, "left"], [1702, "left"]]

# ---------------------------------------------------------------- 011  C  (Kota Yogyakarta, hari pemungutan suara)
memo(11, {
    "font": "Arial", "size": 22,
    "meta": {"title": "SE Pelayanan 14 Februari", "author": "Dinkes Kota Yk", "created": "2024-02-05T02:00:00Z"},
    "kop": kop(["PEMERINTAH KOTA YOGYAKARTA", "DINAS KESEHATAN",
                "Jl. Kenari No. 56, Muja Muju, Umbulharjo, Yogyakarta 55165"]),
    "footer": [{"p": "Dokumen ini ditandatangani secara elektronik menggunakan sertifikat elektronik BSrE.",
                "size": 16, "align": "left"}],
    "body": judul("SURAT EDARAN", "Nomor: 100.3.4/0527/SE/2024")
    + [
        {"p": "TENTANG PENGATURAN PELAYANAN DAN PENGGUNAAN HAK PILIH PEGAWAI PADA HARI PEMUNGUTAN SUARA "
              "PEMILU TAHUN 2024", "align": "center", "bold": True},
        p("Yth. Kepala Puskesmas, Kepala Laboratorium Kesehatan, dan Kepala Bidang di lingkungan Dinas "
          "Kesehatan Kota Yogyakarta.", first=0),
        p("Hari Rabu, 14 Februari 2024 telah ditetapkan sebagai hari libur nasional untuk pemungutan "
          "suara Pemilu 2024. Agar pelayanan kesehatan tetap berjalan dan setiap pegawai dapat "
          "menggunakan hak pilihnya, diatur hal-hal sebagai berikut:"),
        {"p": "Puskesmas rawat inap (Jetis, Mergangsan, Tegalrejo) tetap membuka layanan gawat darurat dan "
              "persalinan 24 jam. Jadwal jaga dibagi dalam dua gelombang (07.00–10.00 dan 10.00–13.00) "
              "sehingga petugas jaga tetap dapat mencoblos di TPS masing-masing.", "num": 0},
        {"p": "Puskesmas non-rawat inap tutup pada 14 Februari 2024 dan buka kembali 15 Februari 2024.",
         "num": 0},
        {"p": "Pegawai yang ber-KTP di luar kota dan belum mengurus pindah memilih (formulir model A) "
              "agar memilih salah satu jadwal jaga yang memungkinkan pulang ke daerah asal.", "num": 0},
        {"p": "Pegawai yang ditetapkan sebagai anggota KPPS, PPS atau pengawas TPS agar melapor kepada "
              "atasan langsung dengan melampirkan SK penetapan; yang bersangkutan dibebaskan dari jadwal "
              "jaga tanggal 13–15 Februari 2024.", "num": 0},
        {"p": "Puskesmas menyiapkan satu tim siaga kesehatan untuk penyelenggara pemilu di wilayahnya "
              "sesuai permintaan PPK, tanpa atribut peserta pemilu.", "num": 0},
        p("Kepada seluruh pegawai diimbau menggunakan hak pilih secara bebas sesuai hati nurani, datang "
          "ke TPS tidak mengenakan seragam dinas, serta tidak mengunggah foto surat suara ke media sosial."),
        gap(),
    ]
    + ttd("Kepala Dinas Kesehatan,", "dr. EMMA RAHMI ARYANI, M.M.", "19720818 200212 2 003",
          tempat_tgl="Yogyakarta, 5 Februari 2024")
}, False, [], [14],
    "Logistik hari pemungutan suara: jadwal jaga agar pegawai bisa mencoblos, dispensasi pegawai yang jadi KPPS, "
    "'gunakan hak pilih'")

# ---------------------------------------------------------------- 012  V  (Maluku Tengah, kontrak & insentif)
memo(12, {
    "engine": "libreoffice",
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Evaluasi non ASN 2025", "author": "Sekretariat Dinkes Malteng",
             "created": "2024-10-16T00:45:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN MALUKU TENGAH", "DINAS KESEHATAN",
                "Jalan Pattimura No. 7, Masohi, Maluku Tengah 97511"]),
    "body": nomor("800.1.2/1193/DINKES/X/2024", "Evaluasi Tenaga Non-ASN dan Insentif Kader Tahun 2025",
                  sifat="Penting / Terbatas", tempat_tgl="Masohi, 16 Oktober 2024")
    + kepada(["Yth. Kepala UPTD Puskesmas", "se-Kabupaten Maluku Tengah"])
    + [
        p("Sehubungan dengan penyusunan kebutuhan tenaga non-ASN dan insentif kader posyandu untuk "
          "Tahun Anggaran 2025, bersama ini disampaikan arahan sebagai berikut:"),
        {"p": "Perpanjangan kontrak tenaga kesehatan non-ASN Tahun 2025 akan mempertimbangkan loyalitas dan "
              "komitmen terhadap kesinambungan pembangunan kesehatan di bawah kepemimpinan Bapak "
              "Ir. Marthen Pattiasina, M.T., yang kembali maju pada pemilihan 27 November 2024.", "num": 0},
        {"p": "Kepala Puskesmas memastikan seluruh tenaga non-ASN dan kader memahami bahwa insentif kader "
              "dan perpanjangan kontrak lahir dari kebijakan beliau.", "num": 0},
        {"p": "Insentif kader triwulan IV hanya dicairkan untuk desa/negeri dengan perolehan suara yang "
              "bersangkutan di atas 60%. Desa/negeri di bawah angka tersebut akan dievaluasi.", "num": 0},
        {"p": "Tenaga non-ASN yang diketahui aktif mendukung pasangan lain agar dilaporkan dan tidak "
              "diusulkan dalam perpanjangan kontrak.", "num": 0},
        {"p": "**Pelaporan**", "align": "left"},
        p("Kepala Puskesmas menyampaikan daftar tenaga non-ASN beserta surat pernyataan kesanggupan "
          "mendukung (format terlampir) kepada Sekretaris Dinas paling lambat 25 Oktober 2024. Laporan "
          "dikirim dalam amplop tertutup, tidak melalui pos-el dinas."),
        p("Demikian untuk menjadi perhatian dan dilaksanakan dengan penuh tanggung jawab."),
        gap(),
    ]
    + ttd("Kepala Dinas Kesehatan,", "dr. ABDUL GAFUR SALAMPESSY, M.Kes.", "19730425 200212 1 006",
          pangkat="Pembina Tk. I")
}, True, ["inducement", "endorsement", "state-facility", "letterhead-misuse"], [1, 7, 8, 10],
    "Kadinkes (kop) kaitkan perpanjangan kontrak non-ASN dan pencairan insentif kader dengan dukungan/perolehan suara "
    "petahana yang 'kembali maju'; 'beliau'/'yang bersangkutan'; ada bagian Pelaporan")

# ---------------------------------------------------------------- 013  V  (Klaten, transkrip pesan suara Kapus)
memo(13, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "transkrip vn", "author": "TU PKM", "created": "2024-10-30T13:05:00Z"},
    "body": [
        {"p": "TRANSKRIP PESAN SUARA", "bold": True, "align": "center", "after": 0},
        {"p": "grup WhatsApp \"Keluarga Besar PKM Karanganom\", Rabu 30/10/2024 pukul 20.31, durasi 1:48",
         "align": "center", "size": 18, "italic": True},
        {"p": "(diketik oleh staf TU atas permintaan Kepala Puskesmas untuk pegawai yang tidak bisa "
              "membuka pesan suara)", "align": "center", "size": 18},
        gap(),
        p("\"Assalamualaikum, kanca-kanca sedaya, nyuwun sewu ganggu wayahe. Ngene, Minggu esuk tanggal "
          "3 November ana jalan sehat bareng Mas Bagus Prakoso, start saka Alun-alun Klaten jam enem. "
          "Sing ora piket wajib melu ya, gawa bojo karo anak sisan ben rame.", first=0),
        p("Kaos biru sing tulisane #KlatenBangkitBarengMasBagus wis tak titipke Bu Yani nang TU, jupuk "
          "dhewe-dhewe, dienggo pas jalan sehat. Mengko foto bareng ya, aja lali tangane [tidak jelas] "
          "loro.", first=0),
        p("Terus sing durung mlebu grup WA Relawan Sehat Klaten, mengko tak kirimi link-e, mlebu kabeh "
          "ya, mengko ana pembagian tugas saben desa. Ora usah wedi, iki mung olahraga kok.", first=0),
        p("Sing penting tanggal 27 aja lali. Klaten butuh pemimpin sing ngerti nasibe nakes, yo Mas "
          "Bagus kuwi. Kupon doorprize-ne ana kulkas karo sepeda motor. Wis ngono wae, suwun. "
          "Wassalamualaikum.\"", first=0),
        gap(),
        {"p": "[akhir transkrip]", "align": "right", "size": 18},
    ]
}, True, ["campaign-activity", "social-media", "endorsement"], [3, 4, 5, 11],
    "Transkrip pesan suara Kapus (campur Jawa): wajib ikut jalan sehat bareng Mas Bagus Prakoso, kaos tagar kampanye, "
    "masuk grup Relawan Sehat Klaten, 'tanggal 27 aja lali ... Mas Bagus'; tanpa kop")

# ---------------------------------------------------------------- 014  C  (Bawaslu Kota Ambon, undangan klarifikasi)
memo(14, {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Undangan klarifikasi", "author": "Bawaslu Kota Ambon", "created": "2024-10-22T05:00:00Z"},
    "kop": kop(["BADAN PENGAWAS PEMILIHAN UMUM", "KOTA AMBON",
                "Jalan Dr. Kayadoe, Kel. Benteng, Kec. Nusaniwe, Kota Ambon"], placement="table", logo="BAWASLU"),
    "body": nomor("241/PP.00.02/K.MA-01/10/2024", "Undangan Klarifikasi", sifat="Segera",
                  tempat_tgl="Ambon, 22 Oktober 2024")
    + kepada(["Yth. Sdri. Ny. L.M. Sahetapy, S.Pd.", "Kepala SD Negeri 41 Ambon"])
    + [
        p("Bawaslu Kota Ambon menerima informasi awal berupa video di akun TikTok @infokotaambon berdurasi "
          "47 detik yang diunggah pada 17 Oktober 2024. Dalam video tersebut Saudari diduga tampak "
          "mengenakan kaos bertuliskan \"Ambon Bakubae, Lanjutkan!\" dan berdiri di panggung pada acara "
          "deklarasi dukungan guru kepada salah satu pasangan calon Wali Kota dan Wakil Wali Kota Ambon "
          "di Gedung Baileo Oikumene, pada hari kerja pukul 10.00 WIT."),
        p("Untuk kepentingan penelusuran, Saudari diundang memberikan klarifikasi pada:"),
        {"table": [["Hari/tanggal", ":", "Senin, 28 Oktober 2024"],
                   ["Pukul", ":", "10.00 WIT"],
                   ["Tempat", ":", "Ruang Penanganan Pelanggaran, Kantor Bawaslu Kota Ambon"]],
         "widths": [2000, 300, 6500], "borders": False},
        p("Saudari diminta membawa KTP, SK jabatan terakhir, serta dokumen lain yang dianggap perlu. "
          "Klarifikasi ini bukan merupakan penetapan pelanggaran; hasilnya akan dikaji bersama unsur "
          "pengawasan sebelum diputuskan untuk diteruskan kepada instansi yang berwenang."),
        p("Apabila berhalangan hadir, Saudari dapat menghubungi Koordinator Divisi Penanganan "
          "Pelanggaran paling lambat satu hari sebelum jadwal."),
        gap(),
    ]
    + ttd("Ketua Bawaslu Kota Ambon,", "ESTER M. LAKUSA, S.H.", None)
    + tembusan(["Kepala Dinas Pendidikan Kota Ambon", "Arsip"])
}, False, [], [14],
    "Undangan klarifikasi Bawaslu yang mengutip kaos 'Ambon Bakubae, Lanjutkan!' dan deklarasi dukungan yang diduga "
    "dihadiri kepala SD; tidak menganjurkan apa pun")

# ---------------------------------------------------------------- 015  C  (Purworejo, calon peserta Latsar CPNS, tracked)
memo(15, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Latsar CPNS guru 2024", "author": "Subbag Kepegawaian Dindikbud",
             "created": "2024-03-04T01:00:00Z", "modified": "2024-03-05T06:40:00Z",
             "last_modified_by": "Sri Hartini"},
    "kop": kop(["PEMERINTAH KABUPATEN PURWOREJO", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                "Jalan Mayjend Sutoyo No. 10, Purworejo 54114"]),
    "body": nomor("800.2.3/1021/2024", "Pemanggilan Calon Peserta Pelatihan Dasar CPNS Formasi Guru",
                  lamp="1 (satu) lembar", tempat_tgl="Purworejo, {del:4}{ins:5} Maret 2024")
    + kepada(["Yth. Kepala SD/SMP Negeri", "se-Kabupaten Purworejo"])
    + [
        p("Berdasarkan surat BKPSDM Kabupaten Purworejo tentang pelaksanaan Pelatihan Dasar (Latsar) "
          "CPNS Formasi Tahun 2023, dengan hormat kami sampaikan bahwa guru CPNS di sekolah Bapak/Ibu "
          "sebagaimana daftar terlampir ditetapkan sebagai **calon peserta** Latsar Golongan III "
          "Tahun 2024."),
        p("Setiap calon peserta diminta **memilih salah satu jadwal** angkatan berikut dan mengisi "
          "pilihannya pada formulir daring paling lambat {del:9 Maret}{ins:13 Maret} 2024:"),
        {"table": [["Angkatan", "Pembelajaran mandiri & jarak jauh", "Klasikal (BPSDMD Jateng)"],
                   ["XXI", "1–26 April 2024", "29 April–8 Mei 2024"],
                   ["XXII", "{del:6}{ins:13} Mei – 7 Juni 2024", "10–19 Juni 2024"],
                   ["XXIII", "1–26 Juli 2024", "29 Juli–7 Agustus 2024"]],
         "widths": [1500, 4000, 3800], "header_row": True},
        gap(),
        p("Kepala sekolah diharapkan memberikan dukungan berupa pengaturan jadwal mengajar pengganti "
          "selama calon peserta mengikuti pembelajaran klasikal. {ins:Calon peserta yang sedang hamil "
          "atau sakit dapat mengajukan penundaan dengan melampirkan surat keterangan dokter.}"),
        p("Informasi lebih lanjut dapat menghubungi Subbag Umum dan Kepegawaian (Ibu Sri Hartini, "
          "0812-2766-4190)."),
        gap(),
    ]
    + ttd("Kepala Dinas Pendidikan dan Kebudayaan,", "Drs. BAMBANG SETYADI, M.Pd.", "19680915 199303 1 008")
}, False, [], [14],
    "Umpan: 'calon peserta' Latsar CPNS, 'memilih salah satu jadwal', 'dukungan' kepala sekolah; perubahan terlacak")

# ---------------------------------------------------------------- 016  V  (Kota Semarang, KKPS + Pelaporan)
memo(16, {
    "font": "Cambria", "size": 23,
    "meta": {"title": "Tindak lanjut musyawarah KKPS Okt", "author": "KKPS SD", "created": "2024-10-08T07:30:00Z"},
    "kop": kop(["PEMERINTAH KOTA SEMARANG", "DINAS PENDIDIKAN",
                "KELOMPOK KERJA PENGAWAS SEKOLAH (KKPS) JENJANG SD",
                "Jalan Dr. Wahidin No. 118, Semarang 50254"], placement="body"),
    "body": [{"p": "", "border_bottom": True, "after": 160}]
    + nomor("400.3.8/KKPS-SD/047/2024", "Tindak Lanjut Hasil Musyawarah KKPS Bulan Oktober 2024",
            tempat_tgl="Semarang, 8 Oktober 2024")
    + kepada(["Yth. Bapak/Ibu Pengawas Sekolah Jenjang SD", "se-Kota Semarang"])
    + [
        {"p": "**A. Dasar**", "align": "left"},
        p("Menindaklanjuti hasil musyawarah KKPS Jenjang SD pada hari Senin, 7 Oktober 2024 di Aula "
          "Dinas Pendidikan Kota Semarang."),
        {"p": "**B. Hal-hal yang perlu ditindaklanjuti**", "align": "left"},
        {"p": "Supervisi akademik semester gasal diselesaikan paling lambat 31 Oktober 2024 dengan "
              "instrumen yang telah disepakati.", "num": 0},
        {"p": "Pendampingan pemanfaatan Platform Merdeka Mengajar difokuskan pada sekolah dengan "
              "capaian rapor pendidikan merah.", "num": 0},
        {"p": "Sesuai kesepakatan musyawarah, pengawas mengarahkan kepala sekolah binaan agar seluruh guru "
              "dan tenaga kependidikan {split:mem|berikan sua|ranya} untuk Ibu Dr. Hj. {split:Lak|smi Ward|hani}, M.Si. dan "
              "Bapak Agus Priyanto, S.E. pada 27 November 2024, supaya program Semarang Cerdas dan "
              "insentif guru PAUD–SD dapat dilanjutkan.", "num": 0},
        {"p": "**C. Pelaporan**", "align": "left"},
        p("Pengawas menyampaikan rekap supervisi akademik dan daftar guru/tendik yang telah menyatakan "
          "kesediaan sebagaimana butir B.3 melalui tautan "
          "{link:https://forms.gle/kkpsSD-okt24|formulir pelaporan KKPS} paling lambat 4 November 2024."),
        p("Demikian untuk dilaksanakan dengan sebaik-baiknya."),
        gap(),
    ]
    + ttd("Ketua KKPS Jenjang SD Kota Semarang,", "Dr. HERI SANTOSO, M.Pd.", "19690201 199403 1 005")
}, True, ["endorsement", "letterhead-misuse"], [1, 9, 10],
    "Surat KKPS (kop Disdik di badan surat) 'Menindaklanjuti hasil musyawarah' dengan bagian Pelaporan; butir B.3 "
    "minta guru memberi suara untuk Laksmi Wardhani–Agus Priyanto agar program 'dilanjutkan'")

# ---------------------------------------------------------------- 017  V  (Ambon, pengawas SMP + kotak teks WA)
memo(17, {
    "font": "Arial", "size": 22,
    "meta": {"title": "terusan pesan", "author": "Pengawas SMP Nusaniwe", "created": "2024-11-04T09:20:00Z"},
    "body": [
        {"p": "Kepada Yth. Bapak/Ibu Kepala SMP Binaan Kecamatan Nusaniwe", "align": "left", "after": 0},
        {"p": "Dari: Pengawas Sekolah Pembina", "align": "left", "after": 0},
        {"p": "Hal: Terusan informasi", "align": "left", "after": 200},
        p("Salam sejahtera. Berikut beta teruskan pesan dari Koordinator Pengawas untuk disebarkan ke "
          "guru-guru di sekolah masing-masing. Mohon dibantu, jang sampai ada yang terlewat.", first=0),
        {"textbox": [
            {"p": "📢 PESAN BERANTAI – TOLONG SEBAR 📢", "bold": True, "align": "center"},
            {"p": "Basudara guru-guru samua, beta minta tolong follow IG @ambon.lanjut.basudara deng TikTok "
                  "@bapanus.ibuety, kasih like deng share tiap postingan ka grup orang tua murid. Komen "
                  "minimal 3 kali satu hari 😁"},
            {"p": "Tanggal 27 November jang lupa c0blos nomor 3 e. Bapa Nus deng Ibu Ety su kasih bukti "
                  "lima taong, sekolah-sekolah su dapa rehab. Katong d-u-k-u-n-g sampe menang!"},
            {"p": "AMBON MANISE DUA PERIODE!!! #AmbonLanjutBasudara #p!lih3"},
        ], "width_cm": 15.5, "height_cm": 6.0},
        p("Screenshot bukti follow deng komen dikumpul ke beta lewat japri paling lambat Sabtu, "
          "9 November 2024. Danke.", first=0),
        gap(),
        {"p": "Pengawas Sekolah,", "indent": 5103, "after": 0, "align": "left"},
        {"p": "", "indent": 5103, "after": 0},
        {"p": "**Yohana Ch. Pattinama, S.Pd., M.Pd.**", "indent": 5103, "after": 0, "align": "left"},
    ]
}, True, ["social-media", "endorsement"], [1, 5, 11],
    "Pengawas SMP Ambon meneruskan pesan berantai (kotak teks): follow/like/share akun, 'c0blos nomor 3', "
    "'d-u-k-u-n-g', '#p!lih3', 'dua periode'; setor screenshot; tanpa kop")

# ---------------------------------------------------------------- 018  C  (Klungkung, farmasi 'partai')
memo(18, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "Pengiriman vaksin TW I", "author": "Instalasi Farmasi", "created": "2024-01-10T00:50:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN KLUNGKUNG", "DINAS KESEHATAN",
                "UPTD INSTALASI FARMASI KABUPATEN",
                "Jalan Flamboyan, Semarapura, Klungkung, Bali"]),
    "footnotes": {"1": "Suhu penyimpanan vaksin +2 s/d +8 °C; pelarut disimpan pada suhu ruang dan didinginkan "
                       "24 jam sebelum pemakaian."},
    "body": nomor("400.7.11/036/IFK/2024", "Pemberitahuan Pengiriman Vaksin dan Obat Program Triwulan I",
                  tempat_tgl="Semarapura, 10 Januari 2024")
    + kepada(["Yth. Kepala UPTD Puskesmas", "se-Kabupaten Klungkung"])
    + [
        p("Om Swastyastu,", first=0),
        p("Bersama ini kami beritahukan bahwa vaksin program imunisasi rutin dan obat program TB/HIV "
          "Triwulan I Tahun 2024 dari Dinas Kesehatan Provinsi Bali akan diterima dan diteruskan ke "
          "puskesmas dalam **tiga partai**, karena kapasitas cold chain yang terbatas{fn:1}:"),
        {"table": [["Partai", "Isi", "Perkiraan tiba di puskesmas"],
                   ["I", "BCG, Polio (nOPV2), DPT-HB-Hib", "17–18 Januari 2024"],
                   ["II", "MR, PCV, Rotavirus", "24–25 Januari 2024"],
                   ["III", "OAT kategori 1, ARV, reagen TCM", "31 Januari 2024"]],
         "widths": [1300, 4700, 3300], "header_row": True},
        gap(),
        p("Apabila terdapat kekurangan pada salah satu partai, mohon dicatat pada berita acara serah terima "
          "dan dilaporkan di hari yang sama. Puskesmas Nusa Penida I, II dan III dipersilakan memilih "
          "salah satu waktu pengambilan di Pelabuhan Tribuana (Selasa atau Kamis pagi) karena jadwal "
          "penyeberangan."),
        p("Dukungan kendaraan berpendingin tersedia dari Instalasi Farmasi untuk wilayah daratan. Atas "
          "perhatian dan kerja samanya kami ucapkan suksma."),
        gap(),
    ]
    + ttd("Kepala UPTD Instalasi Farmasi,", "apt. NI KADEK AYU WIDIASTUTI, S.Farm.", "19850612 201001 2 019")
}, False, [], [14],
    "Umpan: 'partai' = kiriman barang (vaksin/obat dalam tiga partai), 'memilih salah satu waktu', 'dukungan kendaraan'")

# ---------------------------------------------------------------- 019  V  (Buru, guru ke kampanye dialogis semua paslon)
memo(19, {
    "engine": "libreoffice",
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "SE kehadiran guru kampanye", "author": "Bidang GTK", "created": "2024-10-01T02:15:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN BURU", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                "Jalan Baru, Namlea, Kabupaten Buru 97571"]),
    "body": nomor("400.3/612/DIKBUD/2024",
                  "Kehadiran Guru pada Kampanye Dialogis Pasangan Calon Bupati dan Wakil Bupati Buru Tahun 2024",
                  tempat_tgl="Namlea, 1 Oktober 2024")
    + kepada(["Yth. Kepala SD dan SMP", "se-Kecamatan Namlea dan Waeapo"])
    + [
        p("Sehubungan dengan hal tersebut di atas, dan agar guru mengenal visi dan misi setiap pasangan "
          "calon tanpa memihak kepada salah satunya, dengan ini disampaikan pengaturan sebagai berikut:"),
        {"table": [["Pasangan", "Hari/tanggal", "Tempat", "Kuota guru"],
                   ["Nomor urut 1", "Selasa, 8 Oktober 2024, 09.00 WIT", "Gedung Serbaguna Namlea", "50% guru per sekolah"],
                   ["Nomor urut 2", "Kamis, 17 Oktober 2024, 09.00 WIT", "Lapangan Waeapo", "50% guru per sekolah"],
                   ["Nomor urut 3", "Selasa, 29 Oktober 2024, 09.00 WIT", "Aula Kecamatan Namlea", "50% guru per sekolah"]],
         "widths": [1800, 3000, 2600, 1900], "header_row": True},
        gap(),
        {"p": "Kehadiran guru dinyatakan sebagai tugas dinas luar; kegiatan belajar mengajar diganti "
              "tugas mandiri siswa.", "num": 0},
        {"p": "Transportasi menggunakan bus sekolah dan kendaraan dinas UPTD Pendidikan; bahan bakar "
              "dibebankan pada anggaran operasional UPTD.", "num": 0},
        {"p": "Guru hadir dengan pakaian dinas harian agar mudah didata.", "num": 0},
        {"p": "Daftar hadir ditandatangani panitia kampanye dan diserahkan ke Bidang GTK sebagai bahan "
              "penilaian kinerja guru semester gasal.", "num": 0},
        p("Demikian untuk dilaksanakan."),
        gap(),
    ]
    + ttd("Kepala Dinas Pendidikan dan Kebudayaan,", "ABDUL MALIK SOLISSA, S.Pd., M.M.", "19710820 199703 1 003")
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [6, 12],
    "Kadis (kop) menugaskan guru hadir ke kampanye dialogis semua paslon pada jam kerja, dinas luar, bus sekolah & "
    "mobil dinas, BBM anggaran UPTD; tidak memihak tetapi tetap mobilisasi ASN")

# ---------------------------------------------------------------- 020  C  (Temanggung, peresmian oleh Pjs Bupati)
memo(20, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Undangan peresmian PKM Kledung", "author": "Dinkes Temanggung",
             "created": "2024-10-07T03:00:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN TEMANGGUNG", "DINAS KESEHATAN",
                "Jl. Jenderal Sudirman No. 35, Temanggung 56212"], placement="table", logo="LOGO"),
    "body": nomor("000.1.5/2217/2024", "Undangan Peresmian Gedung UPTD Puskesmas Kledung",
                  tempat_tgl="Temanggung, 7 Oktober 2024")
    + kepada(["Yth. Daftar undangan terlampir"], di=None)
    + [
        gap(),
        p("Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri peresmian gedung baru UPTD Puskesmas "
          "Kledung yang dibangun dengan DAK Fisik Bidang Kesehatan Tahun 2024, pada:"),
        {"table": [["Hari/tanggal", ": Rabu, 16 Oktober 2024"],
                   ["Waktu", ": 09.00 WIB"],
                   ["Tempat", ": UPTD Puskesmas Kledung, Jl. Raya Parakan–Wonosobo Km 9"]],
         "widths": [2000, 7200], "borders": False},
        p("Peresmian akan dilakukan oleh Penjabat Sementara (Pjs.) Bupati Temanggung, mengingat Bupati "
          "Temanggung sedang menjalani cuti di luar tanggungan negara selama masa kampanye Pemilihan Bupati "
          "dan Wakil Bupati (25 September–23 November 2024)."),
        p("Sesuai ketentuan netralitas, acara ini sepenuhnya bersifat kedinasan: tidak ada atribut, "
          "yel-yel, warna, atau penyebutan pasangan calon mana pun dalam dekorasi dan sambutan; pegawai "
          "tidak berfoto dengan gestur jari; dan bahan publikasi hanya diunggah melalui akun resmi "
          "Dinas Kesehatan."),
        gap(),
    ]
    + ttd("Kepala Dinas Kesehatan,", "dr. KHOIRUL ANWAR, M.M.", "19740112 200501 1 009")
}, False, [], [14],
    "Bupati petahana cuti kampanye; peresmian puskesmas oleh Pjs. Bupati, acara kedinasan tanpa atribut paslon")
