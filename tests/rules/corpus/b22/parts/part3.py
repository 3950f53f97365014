# b22 memos 018-024 (each written individually)

# ---------------------------------------------------------------- 018  C
add(18, {
 "engine": "libreoffice",
 "font": "Arial", "size": 22,
 "meta": {"title": "Penerimaan benih jagung hibrida", "author": "Bidang Tanaman Pangan", "company": "Distan Konsel",
          "created": "2024-06-05T01:00:00Z"},
 "kop": kop("body", ["PEMERINTAH KABUPATEN KONAWE SELATAN", "DINAS PERTANIAN",
                     "Jl. Poros Andoolo, Kompleks Perkantoran Pemda, Andoolo 93381"]),
 "body": [
  {"p": "", "border_bottom": True},
 ] + nomor([("Nomor", "521.1/614/Distan/VI/2024"), ("Lampiran", "1 (satu) berkas CPCL"),
            ("Hal", "Penerimaan dan Penyaluran Benih Jagung Hibrida APBN TA 2024")]) + [
  {"p": "Andoolo, 5 Juni 2024", "align": "right", "before": 120},
 ] + yth(["Yth. Kepala BPP dan Koordinator PPL", "se-Kabupaten Konawe Selatan", "di -", "\tTempat"], indent=0) + [
  {"p": "Bersama ini kami beritahukan bahwa bantuan benih jagung hibrida dari Direktorat Jenderal Tanaman Pangan sebanyak 42 ton untuk luas tanam 2.800 hektare akan dikirim oleh penyedia dalam 3 (tiga) partai, yaitu:", "first": 709},
  {"p": "partai pertama 15 ton, diperkirakan tiba 10 Juni 2024 di gudang Distan Andoolo, untuk BPP Konda, Ranomeeto dan Landono;", "num": 0},
  {"p": "partai kedua 15 ton, diperkirakan tiba 17 Juni 2024, untuk BPP Lainea, Kolono dan Tinanggea;", "num": 0},
  {"p": "partai ketiga 12 ton, diperkirakan tiba 24 Juni 2024, untuk BPP Palangga, Moramo dan Laeya.", "num": 0},
  {"p": "Setiap partai diperiksa oleh tim pemeriksa barang bersama petugas BPSB sebelum berita acara serah terima ditandatangani. Benih hanya disalurkan kepada kelompok tani yang tercantum dalam daftar CPCL (calon petani calon lokasi) yang telah ditetapkan dengan Keputusan Kepala Dinas, dengan menyertakan foto lahan dan titik koordinat.", "first": 709},
  {"p": "Calon PPPK formasi penyuluh pertanian yang mulai bertugas Juli 2024 agar dilibatkan dalam pendampingan tanam di wilayah BPP masing-masing.", "first": 709},
  {"textbox": ["**Deklarasi Janji Kinerja dan Anti-Gratifikasi**", "Seluruh pegawai Dinas Pertanian, termasuk PPL dan THL-TBPP, menandatangani deklarasi anti-korupsi pada apel Senin, 17 Juni 2024. PPL dilarang meminta atau menerima imbalan dalam bentuk apa pun dari kelompok tani penerima bantuan."],
   "width_cm": 15, "height_cm": 3},
  {"p": "Demikian untuk menjadi perhatian dan dilaksanakan.", "first": 709, "before": 120},
 ] + ttd("Kepala Dinas Pertanian,", "Ir. LA ODE MUH. SYUKUR, M.P.", "19700417 199803 1 006"),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Urusan dinas biasa dengan umpan: benih dikirim dalam tiga 'partai', 'CPCL (calon petani calon lokasi)', 'calon PPPK', 'deklarasi' anti-gratifikasi; dibangun ulang lewat LibreOffice"})

# ---------------------------------------------------------------- 019  V
add(19, {
 "engine": "libreoffice",
 "font": "Arial", "size": 22,
 "meta": {"title": "SE jadwal kehadiran rapat umum", "author": "Sekretariat Dishub", "company": "Dishub Kota Surabaya",
          "created": "2024-01-18T02:20:00Z"},
 "kop": kop("header", ["PEMERINTAH KOTA SURABAYA", "DINAS PERHUBUNGAN",
                       "Jalan Dukuh Menanggal No. 1 Surabaya 60234"]),
 "body": [
  title("SURAT EDARAN"),
  centre("Nomor: 000.8.3/0219/436.7.11/2024", after=240),
  {"p": "Kepada Yth. Para Kepala Bidang, Kepala UPTD dan Koordinator Satuan Pelayanan di lingkungan Dinas Perhubungan Kota Surabaya", "align": "left"},
  {"p": "Agar pegawai memperoleh gambaran yang berimbang mengenai visi, misi dan program ketiga pasangan calon Presiden dan Wakil Presiden serta partai-partai peserta Pemilu 2024, Kepala Dinas menugaskan pegawai untuk menghadiri kampanye rapat umum secara bergiliran sesuai jadwal di bawah ini.", "first": 709},
  {"table": [[{"blocks": [{"p": "**JADWAL KAMPANYE RAPAT UMUM DAN PENUGASAN PEGAWAI DINAS PERHUBUNGAN**", "align": "center", "after": 0}], "span": 5}],
             ["**Tanggal**", "**Lokasi**", "**Penyelenggara**", "**Bidang yang ditugaskan**", "**Kendaraan**"],
             ["Minggu, 28 Januari 2024", "Stadion Gelora 10 November", "Pasangan calon nomor urut 1", "Bidang Lalu Lintas, UPTD Terminal Purabaya", "Bus Suroboyo cadangan 2 unit"],
             ["Sabtu, 3 Februari 2024", "Lapangan Thor, Jl. Pahlawan", "Pasangan calon nomor urut 2", "Bidang Angkutan, UPTD Parkir", "Bus operasional Dishub 2 unit"],
             ["Rabu, 7 Februari 2024", "Jatim Expo, Jl. Ahmad Yani", "Pasangan calon nomor urut 3", "Bidang Sarana Prasarana, Sekretariat", "Bus operasional Dishub 2 unit"]],
   "widths": [1900, 2000, 1800, 2100, 1700], "borders": True, "header_row": True},
  blank(120),
  {"p": "Ketentuan pelaksanaan:", "bold": True},
  {"p": "pegawai yang ditugaskan dicatat **dinas luar (DL)** pada e-presensi pada hari yang bersangkutan, termasuk hari Rabu;", "num": 0},
  {"p": "peserta berkumpul di halaman kantor Dishub pukul 12.00 WIB dan berangkat bersama dengan kendaraan yang tercantum dalam tabel; pengemudi dari Seksi Operasional;", "num": 0},
  {"p": "uang makan peserta dibebankan pada kegiatan koordinasi bidang masing-masing;", "num": 0},
  {"p": "setiap kepala bidang memastikan jumlah pegawai yang hadir paling sedikit 40 orang dan menyerahkan daftar hadir bertanda tangan ke Sekretariat keesokan harinya.", "num": 0},
  {"p": "Demikian untuk dilaksanakan.", "first": 709},
 ] + ttd(["Surabaya, 18 Januari 2024", "KEPALA DINAS PERHUBUNGAN", "KOTA SURABAYA,"], "Ir. TRI HANDOKO SUSANTO, M.T.", "19730226 199903 1 005"),
}, {"violation": True, "categories": ["campaign-activity", "letterhead-misuse", "state-facility"], "classes": [2, 6, 12],
    "note": "SE Dishub menugaskan pegawai menghadiri kampanye rapat umum ketiga paslon bergiliran: status DL di jam kerja, bus dinas, uang makan dari anggaran, kuota 40 orang; tidak memihak siapa pun tetapi memobilisasi ASN; judul tabel memuat acara, sisanya logistik"})

# ---------------------------------------------------------------- 020  C
add(20, {
 "engine": "libreoffice",
 "font": "Bookman Old Style", "size": 22,
 "meta": {"title": "Keputusan hukuman disiplin", "author": "Bidang Pengembangan dan Disiplin", "company": "BKPSDM Kab. Banjar",
          "created": "2024-04-22T03:00:00Z"},
 "kop": kop("table", ["BUPATI BANJAR", "PROVINSI KALIMANTAN SELATAN"], logo="[GARUDA]"),
 "footnotes": {"1": "Hasil pemeriksaan Tim Pemeriksa tanggal 2 April 2024 berdasarkan penerusan Bawaslu Kabupaten Banjar.",
               "2": "Hukuman disiplin sedang berupa pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama 6 (enam) bulan."},
 "body": [
  centre("KEPUTUSAN BUPATI BANJAR", bold=True),
  centre("NOMOR 800.1.6.4/188/BKPSDM/2024", after=120),
  centre("TENTANG", bold=True),
  centre("PENJATUHAN HUKUMAN DISIPLIN SEDANG", bold=True),
  centre("ATAS NAMA SDR. AHMAD RIFANI, S.Pd.", bold=True, after=240),
  {"table": [["Menimbang", ":", "a. bahwa berdasarkan hasil pemeriksaan{fn:1}, Sdr. Ahmad Rifani, S.Pd., NIP 19850314 201001 1 012, Guru Ahli Muda pada SMP Negeri 2 Martapura, terbukti menghadiri kampanye rapat umum salah satu partai politik peserta Pemilu 2024 di Lapangan Murjani pada 4 Februari 2024 dengan mengenakan kaos dan topi partai tersebut, serta mengunggah foto kegiatan itu dengan keterangan \"Siap menangkan nomor urut 9 di Dapil Banjar 1\";\nb. bahwa perbuatan tersebut melanggar kewajiban menjaga netralitas sebagaimana dimaksud dalam Pasal 5 huruf n Peraturan Pemerintah Nomor 94 Tahun 2021;\nc. bahwa berdasarkan pertimbangan huruf a dan b, perlu menetapkan Keputusan Bupati tentang Penjatuhan Hukuman Disiplin Sedang;"],
             ["Mengingat", ":", "1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;\n2. Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;\n3. Peraturan Badan Kepegawaian Negara Nomor 6 Tahun 2022 tentang Peraturan Pelaksanaan PP 94 Tahun 2021;"]],
   "widths": [1600, 300, 7300], "borders": False},
  centre("MEMUTUSKAN:", bold=True, after=120),
  {"table": [["Menetapkan", ":", ""],
             ["KESATU", ":", "Menjatuhkan hukuman disiplin sedang{fn:2} kepada Sdr. Ahmad Rifani, S.Pd., karena melanggar ketentuan netralitas Pegawai ASN dalam Pemilihan Umum Tahun 2024."],
             ["KEDUA", ":", "Hukuman disiplin sebagaimana dimaksud dalam Diktum KESATU berlaku sejak bulan Mei 2024."],
             ["KETIGA", ":", "Apabila yang bersangkutan keberatan, dapat mengajukan upaya administratif sesuai ketentuan peraturan perundang-undangan dalam jangka waktu 14 (empat belas) hari kalender sejak keputusan ini diterima."],
             ["KEEMPAT", ":", "Keputusan ini mulai berlaku pada tanggal ditetapkan."]],
   "widths": [1600, 300, 7300], "borders": False},
 ] + ttd("BUPATI BANJAR,", "H. SYAHRIAL MAULANA, S.H., M.H.", None,
         place_date="Ditetapkan di Martapura\npada tanggal 22 April 2024")
   + tembusan(["Kepala Kantor Regional VIII BKN Banjarmasin", "Ketua Bawaslu Kabupaten Banjar", "Inspektur Kabupaten Banjar", "Kepala Dinas Pendidikan Kabupaten Banjar", "Yang bersangkutan"], head="Salinan Keputusan ini disampaikan kepada Yth.:"),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Keputusan sanksi disiplin (BKPSDM) yang mengutip pelanggaran: hadir kampanye rapat umum berkaos partai, unggahan 'Siap menangkan nomor urut 9'; LibreOffice"})

# ---------------------------------------------------------------- 021  V
add(21, {
 "font": "Courier New", "size": 22,
 "meta": {"title": "SCAN0042", "author": "scanner", "created": "2024-01-16T00:50:00Z"},
 "kop": kop("body", ["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANT0R KEMENTER1AN AGAMA KABUPATEN LEBAK",
                     "JALAN MULTATULI N0. 7 RANGKASB1TUNG 42311"]),
 "body": [
  {"p": "", "border_bottom": True},
  {"p": "N0MOR\t: B-0214/Kk.28.02/1/BA.01/01/2024\tRANGKASBITUNG, 15 JANUAR1 2024", "tabs": [[1418, "left"], [6237, "left"]], "align": "left", "after": 0},
  {"p": "LAMP.\t: -", "tabs": [[1418, "left"]], "align": "left", "after": 0},
  {"p": "PERIHAL\t: PEMBINAAN PENYULUH AGAMA 1SLAM N0N PNS", "tabs": [[1418, "left"]], "align": "left", "after": 240},
  {"p": "KEPADA YTH.\nKEPALA KUA KECAMATAN SE-KABUPATEN LEBAK\nD1 TEMPAT", "align": "left"},
  {"p": "ASSALAMUALAIKUM WR. WB.", "align": "left"},
  {"p": "MEN1NDAKLANJUTI RAPAT K00RDINASI PENYULUH TANGGAL 11 JANUARI 2024 DI AULA KANTOR, D1SAMPAIKAN HAL-HAL SEBAGA1 BERIKUT :", "align": "left"},
  {"p": "1. PENYULUH AGAMA ISLAM NON PNS AGAR MENGARAHKAN JAMAAH MAJEL1S TAKLIM BINAANNYA UNTUK {split:C0B|LOS} PARTAI PERSATUAN KARYA BANGSA N0M0R URUT 25 DAN H. ENDANG SUHENDAR N0MOR 4 DAP1L LEBAK 2 PADA HAR1 RABU 14 FEBRUAR1 2024.", "align": "left", "indent": 360, "hanging": 360},
  {"p": "2. PERPANJANGAN SK PENYULUH N0N PNS TAHUN 2024 AKAN MEMPERHAT1KAN PER0LEHAN SUARA D1 W1LAYAH BINAAN MAS1NG-MAS1NG. PENYULUH YANG W1LAYAHNYA KALAH AKAN D1EVALUAS1.", "align": "left", "indent": 360, "hanging": 360},
  {"p": "3. 1NSENT1F PENYULUH TRIWULAN 1 D1BAYARKAN SETELAH REKAP SUARA TPS D1TERIMA KAS1 BIMAS.", "align": "left", "indent": 360, "hanging": 360},
  {"p": "4. PELAP0RAN : KEPALA KUA MENYAMPA1KAN DAFTAR JAMAAH YANG SUDAH MENYATAKAN S1AP MEM1L1H (NAMA, N1K, ALAMAT, F0TOK0PI KTP) PAL1NG LAMBAT 5 FEBRUAR1 2024.", "align": "left", "indent": 360, "hanging": 360},
  {"p": "DEMIK1AN, ATAS PERHAT1AN DAN KERJASAMANYA D1UCAPKAN TER1MA KAS1H.\nWASSALAMUALAIKUM WR. WB.", "align": "left"},
 ] + ttd("KEPALA,", "H. A. MUHYIDIN, S.Ag., M.Si.", "19710903 199803 1 002", indent=5670, gap=2),
}, {"violation": True, "categories": ["endorsement", "inducement", "letterhead-misuse"], "classes": [8, 10, 11],
    "note": "Surat Kemenag hasil pindai (huruf kapital, typo OCR 0/1, 'C0BLOS'): penyuluh arahkan jamaah coblos partai no 25 dan caleg H. Endang; perpanjangan SK dan insentif bergantung perolehan suara; 'PELAPORAN' daftar jamaah + fotokopi KTP"})

# ---------------------------------------------------------------- 022  C
add(22, {
 "font": "Arial", "size": 22,
 "meta": {"title": "ND penyesuaian agenda pimpinan", "author": "Bagian Prokopim", "company": "Setda Kab. Kutai Kartanegara",
          "created": "2024-09-23T01:30:00Z", "modified": "2024-09-24T02:10:00Z", "change_author": "Kabag Prokopim"},
 "kop": kop("body", ["PEMERINTAH KABUPATEN KUTAI KARTANEGARA", "SEKRETARIAT DAERAH",
                     "Jl. Wolter Monginsidi No. 1 Tenggarong, Kalimantan Timur 75512"]),
 "body": [
  {"p": "", "border_bottom": True},
  title("NOTA DINAS"),
  blank(),
 ] + nomor([("Kepada", "Yth. Para Asisten, Staf Ahli, Kepala Perangkat Daerah dan Camat se-Kukar"),
            ("Dari", "Kepala Bagian Protokol dan Komunikasi Pimpinan"),
            ("Tanggal", "23 September 2024"),
            ("Nomor", "000.1.5/1388/Prokopim"),
            ("Hal", "Penyesuaian Agenda Pimpinan Selama Masa Kampanye")]) + [
  {"p": "", "border_bottom": True},
  {"p": "Sehubungan dengan penetapan Bupati Kutai Kartanegara, Bapak H. Syahrani Fadli, sebagai pasangan calon pada Pemilihan Bupati dan Wakil Bupati Tahun 2024, dan berdasarkan Keputusan Menteri Dalam Negeri tentang cuti di luar tanggungan negara, Bupati menjalani cuti kampanye terhitung 25 September sampai dengan 23 November 2024. Tugas dan wewenang Bupati selama masa cuti dilaksanakan oleh Penjabat Sementara (Pjs.) Bupati yang ditunjuk Menteri Dalam Negeri.", "first": 567},
  {"p": "Sehubungan dengan itu, kami sampaikan:", "first": 567},
  {"p": "undangan acara kedinasan selama masa cuti ditujukan kepada Pjs. Bupati dan dikoordinasikan melalui Bagian Prokopim;", "num": 0},
  {"p": "Bagian Prokopim tidak menjadwalkan, meliput atau memublikasikan kegiatan Bupati yang sedang cuti melalui akun resmi Pemerintah Kabupaten, dan ajudan serta kendaraan dinas jabatan tidak digunakan selama cuti;", "num": 0},
  {"p": "spanduk, backdrop dan bahan publikasi kegiatan perangkat daerah selama masa kampanye tidak memuat foto Bupati dan Wakil Bupati;", "num": 0},
  {"p": "peresmian Jembatan Loa Kulu dan penyerahan SK PPPK formasi 2023 tetap dilaksanakan oleh Bupati pada 24 September 2024 sebagai kegiatan kedinasan biasa, sebelum masa cuti dimulai, tanpa sambutan bermuatan kampanye dan tanpa atribut pasangan calon;", "num": 0},
  {"p": "{del:Bupati}{ins:Pjs. Bupati} dijadwalkan menghadiri upacara HUT Kota Tenggarong ke-242 pada 28 September 2024 sebagai inspektur upacara.", "num": 0},
  {"p": "Demikian untuk menjadi perhatian dan pedoman bersama.", "first": 567},
 ] + ttd("Kepala Bagian Protokol dan Komunikasi Pimpinan,", "RAHMAT HIDAYAT, S.STP., M.Si.", "19850611 200312 1 002", indent=4536),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Bupati petahana yang menjadi calon menjalani cuti kampanye; agenda dialihkan ke Pjs., tidak ada publikasi/fasilitas; tugas kedinasan biasa sebelum cuti tanpa muatan kampanye; ada tracked change"})

# ---------------------------------------------------------------- 023  V
add(23, {
 "font": "Times New Roman", "size": 24,
 "meta": {"title": "ND penyambutan", "author": "Bagian Umum RSUD", "company": "RSUD Abepura",
          "created": "2024-10-31T00:40:00Z", "modified": "2024-10-31T05:20:00Z", "change_author": "Kabag Umum"},
 "kop": kop("table", ["PEMERINTAH PROVINSI PAPUA", "RUMAH SAKIT UMUM DAERAH ABEPURA",
                      "Jl. Kesehatan No. 1 Abepura, Kota Jayapura 99351"], logo="RSUD"),
 "footer": [{"p": "RSUD Abepura - Melayani dengan Kasih | Halaman 1", "align": "center", "size": 16}],
 "body": [
  title("NOTA DINAS"),
  blank(),
 ] + nomor([("Kepada", "Yth. Wakil Direktur, Kepala Bagian, Kepala Bidang dan Kepala Instalasi"),
            ("Dari", "Direktur RSUD Abepura"),
            ("Tanggal", "31 Oktober 2024"),
            ("Nomor", "445/2107/RSUD-ABE/X/2024"),
            ("Hal", "**Penyambutan dan Ramah Tamah Calon Gubernur Papua Nomor Urut 1, Bapak Markus Rumbewas, S.H., M.Si.**")]) + [
  {"p": "", "border_bottom": True},
  {"p": "Sehubungan dengan hal tersebut di atas yang akan berlangsung pada Senin, 4 November 2024 pukul 10.00 WIT, dengan ini disampaikan pengaturan sebagai berikut:", "first": 567},
  {"p": "Tempat: Aula lantai 3 Gedung Manajemen; dekorasi, layar dan sound system disiapkan Instalasi Diklat.", "num": 0},
  {"p": "Pegawai non-pelayanan (manajemen, administrasi, gizi, laundry dan IPSRS) berbaris di lobi utama mulai pukul 09.30 WIT, memakai batik motif Papua berwarna kuning.", "num": 0},
  {"p": "Konsumsi 200 kotak dan air mineral dibebankan pada belanja makan minum rapat Bagian Umum.", "num": 0},
  {"p": "{del:Bakti sosial pemeriksaan kesehatan gratis dalam rangka HUT RSUD tetap dilaksanakan tanggal 9 November 2024.}{ins:Bakti sosial pemeriksaan kesehatan gratis dalam rangka HUT RSUD dimajukan menjadi 4 November 2024 di halaman depan agar bersamaan dengan kunjungan beliau. Obat dan vitamin dibagikan dalam kantong kuning bernomor 1 yang disediakan tim.}", "num": 0},
  {"p": "Kepala ruangan memastikan tidak ada antrean di poliklinik pada saat rombongan lewat.", "num": 0},
  {"p": "Daftar hadir pegawai dikumpulkan Kasubbag Kepegawaian paling lambat pukul 12.00 WIT.", "num": 0},
  {"p": "Demikian untuk dilaksanakan.", "first": 567},
 ] + ttd("Direktur,", "dr. YAKOBUS WOMSIWOR, Sp.PD.", "19720519 200312 1 006"),
}, {"violation": True, "categories": ["campaign-activity", "inducement", "letterhead-misuse", "state-facility"], "classes": [3, 6, 7, 13],
    "note": "Hal nota dinas: penyambutan dan ramah tamah calon gubernur no 1; isi hanya logistik (aula, pegawai berbaris berbatik kuning, konsumsi dari anggaran RSUD); sisipan tracked: baksos HUT dimajukan ke hari kunjungan, obat dalam kantong bernomor 1"})

# ---------------------------------------------------------------- 024  C
add(24, {
 "font": "Calibri", "size": 23,
 "meta": {"title": "lampiran absensi - pesan lurah", "author": "Sekel Gamalama", "created": "2024-02-13T08:20:00Z"},
 "body": [
  {"p": "Pesan siaran Ibu Lurah di grup \"STAF KEL. GAMALAMA\" (13/02/2024, 16.05 WIT) - disimpan sebagai lampiran absensi piket", "italic": True, "align": "left"},
  {"p": "", "border_bottom": True},
  {"p": "Selamat sore ngoni samua staf kelurahan 🙏 Ada beberapa info for besok:", "align": "left"},
  {"p": "1. Besok 14 Feb libur nasional, kantor tutup. Yang piket cuma Pak Ridwan deng Ibu Nona, jaga kantor sampe jam 12, abis itu pigi coblos.", "align": "left"},
  {"p": "2. Yang jadi KPPS deng PPS (Rahma, Fadli, Ci Ida) so dapa izin dari tanggal 13 sampe 15. Surat tugas dari KPU tolong kase masuk di Ibu Sekel kalo belum.", "align": "left"},
  {"p": "3. Torang samua wajib pigi kase suara di TPS masing-masing, jang golput e. Bawa KTP deng surat pemberitahuan C6.", "align": "left"},
  {"p": "4. Ingat, torang ASN harus netral. Jang pake baju partai, jang ikut foto pose jari, jang like atau share postingan caleg deng capres di grup ini ataupun di FB. Kalo ada yang kirim stiker atau gambar calon di grup kantor, kita hapus langsung.", "align": "left"},
  {"p": "5. Tanggal 15 kantor buka biasa, apel jam 8 pagi.", "align": "left"},
  {"p": "Makase banyak, semoga Pemilu aman deng damai di Ternate 🇮🇩", "align": "left"},
  {"p": "[16.07] Rahma: siap ibu lurah 🙏", "align": "left", "size": 20},
  {"p": "[16.09] Fadli: siap, surat tugas so kase masuk kemarin bu", "align": "left", "size": 20},
  {"p": "[16.12] Nona: siap bu, besok sa buka kantor jam 7", "align": "left", "size": 20},
 ],
}, {"violation": False, "categories": [], "classes": [11, 14],
    "note": "Pesan WA lurah (logat Ternate): libur 14 Feb, izin petugas KPPS/PPS, ajakan pakai hak pilih, larangan atribut/pose jari/like-share; informal tapi patuh"})
