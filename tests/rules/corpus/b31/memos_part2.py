from helpers import P, blank, kop, nomor_block, kepada, title, ttd, tembusan, label

MEMOS = []

# ---------------------------------------------------------------- 011  V  Kalsel, seed aid handed over by candidate's team
MEMOS.append(({
    "font": "Arial", "size": 22,
    "meta": {"title": "Penyaluran Benih MT 2024-2025", "author": "Bidang Tanaman Pangan", "created": "2024-10-15T01:20:00Z", "revision": 5},
    "kop": kop("header", "PEMERINTAH KABUPATEN BALANGAN RAYA", "DINAS TANAMAN PANGAN, HORTIKULTURA DAN PETERNAKAN",
               "Jalan A. Yani Km. 2,5 Paringin Raya, Kalimantan Selatan 71662"),
    "body": [
        *nomor_block("500.6.2/1093/DTPHP/2024", "Segera", "1 (satu) berkas",
                     "Penyaluran Bantuan Benih Padi Unggul dan Pupuk Hayati pada Temu Tani Bersama Tim Pemenangan H. Ridwan Noor",
                     "Paringin Raya, 15 Oktober 2024"),
        *kepada("Koordinator BPP Kecamatan Halong, Juai, dan Awayan", "Penyuluh Pertanian Lapangan (PPL) Wilayah Binaan", "di –", "Tempat"),
        P("Menindaklanjuti hasil musyawarah tanggal 11 Oktober 2024 antara dinas dan para koordinator BPP, bantuan benih padi unggul varietas Inpari 32 dan Inpari 42 serta pupuk hayati cair untuk Musim Tanam Oktober 2024–Maret 2025 akan diserahkan pada kegiatan Temu Tani bersama H. Ridwan Noor, calon Bupati Balangan Raya nomor urut 1, di Lapangan Desa Halong Hilir pada Sabtu, 26 Oktober 2024 pukul 08.30 WITA.", first=709),
        P("Sehubungan dengan itu, Saudara diminta melaksanakan hal-hal berikut:", first=709),
        P("Mendata kelompok tani calon penerima yang telah menyerahkan fotokopi KTP seluruh anggotanya kepada tim pemenangan beliau melalui koordinator relawan desa; kelompok yang belum menyerahkan tidak dimasukkan dalam daftar penerima tahap ini.", num=0),
        P("Mengangkut benih dari Gudang UPTD Balai Benih ke lokasi menggunakan dua unit truk dinas pada Jumat sore, 25 Oktober 2024. Karung benih ditempeli stiker hijau \"Ridwan–Fahmi, Lanjutkan Swasembada\" yang disiapkan oleh tim.", num=0, cont=True),
        P("Mengarahkan ketua dan anggota kelompok tani hadir mengenakan baju hijau, duduk di tenda yang disediakan tim beliau.", num=0, cont=True),
        P("Dalam sambutan pembuka, Koordinator BPP menyampaikan bahwa bantuan ini merupakan kelanjutan program beliau selama lima tahun terakhir dan hanya dapat berlanjut jika beliau kembali memimpin.", num=0, cont=True),
        P("Penyerahan secara simbolis dilakukan oleh beliau kepada 5 (lima) ketua kelompok tani; penyerahan selebihnya oleh PPL setelah acara selesai.", num=0, cont=True),
        {"table": [
            ["Kecamatan", "Jumlah Poktan", "Benih (kg)", "Pupuk Hayati (liter)", "PPL Penanggung Jawab"],
            ["Halong", "14", "4.200", "560", "Muhammad Aini, S.P."],
            ["Juai", "11", "3.300", "440", "Rusdiana, A.Md."],
            ["Awayan", "9", "2.700", "360", "Ahmad Fauzi, S.P."],
            ["Jumlah", "34", "10.200", "1.360", ""],
        ], "widths": [1700, 1400, 1400, 1900, 2670], "header_row": True},
        P("**Pelaporan**", align="left"),
        P("Berita acara serah terima, daftar penerima, dan dokumentasi kegiatan disampaikan kepada Kepala Bidang Tanaman Pangan paling lambat 30 Oktober 2024 untuk dilaporkan pada aplikasi e-Bantuan Kementerian Pertanian.", first=709),
        P("Demikian disampaikan untuk dilaksanakan dengan penuh tanggung jawab.", first=709),
        blank(),
        *ttd(None, "Kepala Dinas,", "Ir. H. SYAHRUDDIN, M.P.", "19690914 199603 1 002", "Pembina Utama Muda (IV/c)"),
    ],
}, label(True, ["state-facility", "inducement", "campaign-activity", "endorsement", "letterhead-misuse"], [13, 7, 6, 10, 8],
         "Bantuan benih dinas diserahkan pada temu tani bersama tim pemenangan calon Bupati nomor 1 (selanjutnya 'beliau'), hanya untuk poktan yang setor fotokopi KTP ke tim, stiker slogan, truk dinas, 'kelanjutan program beliau'")))

# ---------------------------------------------------------------- 012  C  Riau, Satpol PP, sticker/billboard removal, informal
MEMOS.append(({
    "font": "Calibri", "size": 22,
    "meta": {"title": "tindak lanjut stiker oto dinas", "author": "Kasi Ops", "created": "2024-10-02T13:40:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN ROKAN TENGAH", "SATUAN POLISI PAMONG PRAJA",
               "Jl. Lintas Pasir Pengaraian Km. 4 Ujung Batu Tengah, Riau 28557"),
    "body": [
        P("NOTA DINAS", align="center", bold=True, after=0),
        P("Nomor: 300.1/412/Satpol-PP/X/2024", align="center", after=120),
        P("Kepada\t: Yth. Para Kepala Regu Operasional\nDari\t: Kepala Seksi Operasi dan Pengendalian\nTanggal\t: 2 Oktober 2024\nHal\t: Pencopotan stiker pada kendaraan dinas dan penurunan baliho", tabs=[[1418, "left"]], align="left"),
        P("", border_bottom=True),
        P("Bersama ini diteruskan arahan Kasat yang disampaikan di grup WA \"SATPOL PP ROKTENG\" tadi pagi, untuk segera ditindaklanjuti hari ini juga:", first=0),
        {"textbox": [
            P("[02/10/24 07.12] Kasat Pol PP: Assalamualaikum kawan2. Pasal ada surat rekomendasi Bawaslu semalam, tolong cek semua oto dinas Pemkab yg parkir di komplek perkantoran. Kalau ada stiker paslon mana pun, cabut. Yg ketemu kemarin di kaca belakang BM 1123 NP tulisannya \"DATUK AMRI LANJUTKAN! #RokanTengahMakinJaya\", itu bersihkan sampai tak berbekas."),
            P("[02/10/24 07.14] Kasat Pol PP: Satu lagi, baliho petahana di simpang depan kantor bupati yg masih tulisannya \"Bersama Datuk Amri, Rokan Tengah Makin Jaya\" turunkan malam ni jg. Itu zona larangan APK. Koordinasi dgn Panwascam & KPU, jgn jalan sendiri."),
            P("[02/10/24 07.15] Kasat Pol PP: Yg lain2 punya paslon 02 & 03 kalau ada di lokasi larangan jg sama perlakuannya ya. Jgn pilih kasih. Foto sebelum-sesudah kirim ke sini."),
        ], "width_cm": 15.5, "height_cm": 7.2},
        P("Pembagian tugas:", align="left"),
        P("Regu I: pemeriksaan kendaraan dinas di halaman Kantor Bupati, Setda, dan Dinas PUPR (pukul 09.00).", num=0),
        P("Regu II: pemeriksaan kendaraan dinas di komplek kantor camat Ujung Batu Tengah dan Puskesmas.", num=0, cont=True),
        P("Regu III: penurunan baliho di Simpang Kantor Bupati bersama Panwascam pukul 21.00, menggunakan mobil derek dan tangga hidrolik. Baliho diamankan di gudang Satpol PP dan dibuatkan berita acara.", num=0, cont=True),
        P("Setiap regu membuat berita acara pencopotan dan dokumentasi, diserahkan ke Seksi Ops paling lambat besok pukul 10.00. Petugas tidak mengenakan atribut apa pun dan tidak memberikan komentar kepada pendukung di lapangan; apabila ada keberatan, arahkan ke Bawaslu.", first=0),
        blank(),
        *ttd(None, "Kepala Seksi Operasi dan Pengendalian,", "HENDRI SAPUTRA, S.H.", "19850303 201001 1 015"),
    ],
}, label(False, [], [14, 11], "Perintah mencopot stiker paslon dari mobil dinas dan menurunkan baliho petahana (mengutip slogannya) atas rekomendasi Bawaslu; chat WA ditempel - kepatuhan")))

# ---------------------------------------------------------------- 013  V  Gorontalo, desa, BLT-DD conditional, pasted WA
MEMOS.append(({
    "font": "Arial", "size": 22,
    "meta": {"title": "pengumuman KPM BLT", "author": "Operator Desa Huntu Tengah", "created": "2024-11-04T00:40:00Z"},
    "kop": kop("body", "PEMERINTAH KABUPATEN BONE PANTAI", "KECAMATAN BULANGO PANTAI", "DESA HUNTU TENGAH",
               "Jalan Poros Desa Dusun II Huntu Tengah"),
    "body": [
        P("PENGUMUMAN", align="center", bold=True, after=0),
        P("Nomor: 140/HT/112/XI/2024", align="center", after=240),
        P("Kepada seluruh Keluarga Penerima Manfaat (KPM) BLT Dana Desa Tahap IV (bulan Oktober–Desember) Desa Huntu Tengah, bersama ini diteruskan pesan Bapak Camat Bulango Pantai dari grup WhatsApp \"Kades Se-Kec. Bulango Pantai\" tanggal 3 November 2024 sebagai berikut:", first=0),
        {"table": [[[
            P("%%Asalamualaikum bpk2 kades. Sesuai torang pe rapat kemarin di kantor camat, so sepakat BLT DD tahap 4 baru dibagi SESUDAH deklarasi dukungan hari Sabtu 9/11 di lapangan Taruna jam 2 siang. Samua KPM wajib hadir, bawa FC KTP deng KK, nanti tim yg kumpul di meja depan.%%", align="left"),
            P("%%Yang tidak datang, dia pe nama coret dulu, tunda ke tahap berikut. Bo jang lupa pake baju kuning, ibu2 pake kerudung kuning. Oto desa bisa dipake angkut dari dusun. Makasih. – ti Camat%%", align="left"),
        ]]], "widths": [9070], "borders": True},
        P("Menindaklanjuti pesan tersebut, Pemerintah Desa menyampaikan:", first=0),
        P("KPM berkumpul di halaman Kantor Desa Huntu Tengah pada Sabtu, 9 November 2024 pukul 12.30 WITA. Mobil operasional desa dan bentor sewaan desa disiapkan untuk dusun I sampai IV.", num=0),
        P("Fotokopi KTP dan KK dikumpulkan kepada Kepala Dusun masing-masing paling lambat Jumat, 8 November 2024.", num=0, cont=True),
        P("Pembayaran BLT DD Tahap IV dilaksanakan Senin, 11 November 2024 di Kantor Desa hanya bagi KPM yang tercatat hadir pada kegiatan tersebut.", num=0, cont=True),
        P("Demikian pengumuman ini, mohon disebarkan kepada KPM lainnya. Bo kiapa-kiapa, tanya langsung di Sekdes.", first=0),
        blank(),
        *ttd("Huntu Tengah, 4 November 2024", "Kepala Desa Huntu Tengah,", "ARIFIN LAHATI", indent=5103),
    ],
}, label(True, ["inducement", "campaign-activity", "state-facility", "letterhead-misuse"], [11, 8, 2, 9],
         "Pengumuman desa meneruskan WA camat (dialek Gorontalo): BLT DD hanya dibayar kepada KPM yang hadir deklarasi dukungan berbaju kuning dan menyetor FC KTP ke tim; mobil desa dipakai")))

# ---------------------------------------------------------------- 014  C  Bengkulu, Dinkes, health kampanye + HKN jalan sehat
MEMOS.append(({
    "font": "Cambria", "size": 23,
    "meta": {"title": "SE Sub PIN Polio dan HKN 60", "author": "Bidang P2P", "created": "2024-10-30T02:00:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN LEBONG SELATAN", "DINAS KESEHATAN",
               "Jalan Raya Muara Aman Baru No. 17 Lebong Selatan, Bengkulu 39264"),
    "body": [
        *title("SURAT EDARAN", "400.7.5/988/Dinkes/2024", "PELAKSANAAN KAMPANYE IMUNISASI POLIO DAN JALAN SEHAT HARI KESEHATAN NASIONAL KE-60"),
        P("Yth. Kepala UPTD Puskesmas se-Kabupaten Lebong Selatan", align="left", after=240),
        P("Dalam rangka memutus transmisi virus polio tipe 2 dan memperingati Hari Kesehatan Nasional (HKN) ke-60 Tahun 2024, dengan ini disampaikan:", first=709),
        P("**A. Kampanye Imunisasi Polio (Sub PIN) Putaran II**", align="left"),
        P("Kampanye dilaksanakan 4–17 November 2024 di posyandu, PAUD, TK, dan SD dengan sasaran anak usia 0–7 tahun, target cakupan minimal 95% per desa.", num=0),
        P("Setiap Puskesmas membentuk \"Tim Sukses Imunisasi Desa\" yang terdiri atas bidan desa, kader posyandu, guru PAUD, dan perangkat desa, sesuai Petunjuk Teknis Sub PIN.", num=0, cont=True),
        P("Puskesmas dapat memilih salah satu jadwal sweeping, yaitu pekan kedua atau pekan ketiga, untuk desa yang cakupannya di bawah 80%.", num=0, cont=True),
        P("Laporan harian dikirim melalui aplikasi ASIK paling lambat pukul 20.00 WIB.", num=0, cont=True),
        P("**B. Jalan Sehat HKN ke-60**", align="left"),
        P("Jalan sehat dilaksanakan Minggu, 10 November 2024 pukul 06.30 WIB, start dan finish di halaman Dinas Kesehatan, dilepas oleh Penjabat Bupati Lebong Selatan.", num=0),
        P("Peserta adalah seluruh pegawai Dinas Kesehatan, Puskesmas, dan RSUD, mengenakan kaos HKN berwarna hijau tosca bertuliskan tema nasional \"Gerak Bersama, Sehat Bersama\". Dilarang mengenakan atau membawa atribut partai politik maupun pasangan calon dalam bentuk apa pun.", num=0, cont=True),
        P("Kegiatan diisi dengan pemeriksaan tekanan darah dan gula darah gratis serta kampanye Gerakan Masyarakat Hidup Sehat (GERMAS).", num=0, cont=True),
        P("Pendaftaran peserta melalui tautan {link:https://bit.ly/hkn60-lebsel|bit.ly/hkn60-lebsel} paling lambat 6 November 2024.", num=0, cont=True),
        P("Atas perhatian dan dukungan Saudara dalam menyukseskan kedua kegiatan ini, diucapkan terima kasih.", first=709),
        blank(),
        *ttd("Lebong Selatan, 30 Oktober 2024", "Kepala Dinas Kesehatan,", "dr. ROSDIANA PUTRI, M.Kes.", "19780615 200604 2 011", "Pembina Tingkat I (IV/b)"),
    ],
}, label(False, [], [14], "Umpan: 'kampanye imunisasi', 'Tim Sukses Imunisasi Desa', target cakupan per desa, jalan sehat HKN dilepas Pj. Bupati (bukan calon) dengan larangan atribut paslon")))

# ---------------------------------------------------------------- 015  V  Maluku Utara, SMA, voice-note transcript
MEMOS.append(({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "transkrip VN kepsek", "author": "TU SMAN 4", "created": "2024-09-30T05:15:00Z"},
    "kop": kop("header", "PEMERINTAH PROVINSI MALUKU UTARA", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
               "SMA NEGERI 4 HALMAHERA LINGKAR", "Jalan Trans Halmahera, Desa Goal Lingkar, Kode Pos 97762"),
    "body": [
        P("CATATAN ARAHAN KEPALA SEKOLAH", align="center", bold=True, after=0),
        P("(transkrip pesan suara di grup WA \"Dewan Guru SMAN 4\", Senin 30 September 2024, durasi 3:42)", align="center", italic=True, size=20, after=240),
        P("Disalin oleh staf TU atas permintaan Kepala Sekolah untuk diteruskan kepada guru yang belum bergabung di grup.", italic=True, size=20),
        P("\"Assalamualaikum, selamat siang bapak ibu guru samua. Kita mo sampaikan sadiki hal penting. Torang pe sekolah ini kan so banyak dapa bantuan dari Pak Gubernur yang dulu, Pak Drs. Hasan Umaternate, yang sekarang maju lagi. Ruang lab komputer, rehab WC, itu samua dari beliau. Jadi torang tara boleh lupa kacang pada kulitnya.\"", align="left"),
        P("\"Kong, kita minta ngoni samua gabung di relawan 'Guru Bersatu Lanjutkan'. Nanti Pak Wakasek Kurikulum kirim link Google Form, isi nama, NIP kalau ada, nomor HP. Abis itu ngoni otomatis masuk di grup WA relawan, di situ ada arahan dari tim beliau.\"", align="left"),
        P("\"Hari Sabtu depan ada pertemuan relawan se-kecamatan di rumah makan Sabua Raha, jam empat sore. Guru-guru laki-laki tolong datang, pake baju putih. Yang perempuan kalau bisa ikut juga.\"", align="left"),
        P("\"Satu lagi, kita bicara terus terang saja ee, guru honor yang tara mau gabung, tahun depan kita pikir-pikir dulu dia pe SK. Bukan kita ancam, cuma torang harus satu barisan. Kalau beliau menang, sekolah ini pasti dapa perhatian lagi. Itu saja, makasih, assalamualaikum.\"", align="left"),
        blank(),
        P("Mengetahui,", align="left", indent=5103, after=0),
        *ttd(None, "Kepala SMA Negeri 4 Halmahera Lingkar,", "Drs. ABDUL GANI SYAHBUDIN, M.Pd.", "19720205 199803 1 008"),
    ],
}, label(True, ["campaign-activity", "endorsement", "social-media", "inducement", "letterhead-misuse"], [11, 4, 7, 8],
         "Transkrip pesan suara kepala sekolah (dialek Maluku Utara): guru diminta gabung relawan dan grup WA tim Pak Hasan (lalu 'beliau'), hadir pertemuan relawan, guru honor yang menolak diancam SK-nya")))

# ---------------------------------------------------------------- 016  C  Maluku Utara, disposition sheet: KPU deklarasi kampanye damai
MEMOS.append(({
    "font": "Arial", "size": 20,
    "meta": {"title": "Lembar Disposisi", "author": "Sekretariat Bupati", "created": "2024-09-23T00:30:00Z"},
    "body": [
        {"table": [
            [{"blocks": [P("PEMERINTAH KABUPATEN KAO RAYA", bold=True, align="center"), P("SEKRETARIAT DAERAH", bold=True, align="center"), P("LEMBAR DISPOSISI", bold=True, align="center", size=24)], "span": 4}],
            ["Surat dari", "KPU Kabupaten Kao Raya", "Diterima tgl.", "23 September 2024"],
            ["No. Surat", "1412/PL.02.4-Und/8210/2024", "No. Agenda", "2871"],
            ["Tgl. Surat", "20 September 2024", "Sifat", "Segera"],
            [{"blocks": [P("**Perihal:** Undangan Deklarasi Kampanye Damai dan Pemilihan Berintegritas Pemilihan Gubernur dan Wakil Gubernur Maluku Utara serta Bupati dan Wakil Bupati Kao Raya Tahun 2024, Selasa 24 September 2024 pukul 15.00 WIT, Lapangan Sultan Kao Raya. Hadir seluruh pasangan calon (nomor urut 1, 2, dan 3), tim kampanye, Bawaslu, dan Forkopimda.", align="left")], "span": 4}],
            [{"blocks": [P("**Diteruskan kepada:**", align="left"), P("[v] Asisten Pemerintahan dan Kesra", align="left"), P("[v] Kaban Kesbangpol", align="left"), P("[v] Kabag Prokopim", align="left"), P("[ ] .....", align="left")], "span": 2},
             {"blocks": [P("**Isi Disposisi:**", align="left"),
                         P("1. Hadiri mewakili Pj. Bupati; Pj. Bupati hadir jika agenda Jakarta selesai.", align="left"),
                         P("2. Pakaian PDH Khaki, tanpa atribut apa pun. Tidak ikut berfoto dengan gaya jari/simbol paslon.", align="left"),
                         P("3. Kesbangpol siapkan bahan sambutan netral: ajakan kampanye santun, tolak hoaks dan politik uang, ASN netral.", align="left"),
                         P("4. Prokopim koordinasi tempat duduk dengan KPU; perlakuan sama untuk semua paslon.", align="left")], "span": 2}],
            [{"blocks": [P("Sofifi Lingkar, 23-9-2024", align="right"), P("Sekda,", align="right"), P(""), P("paraf", align="right", italic=True), P("Dr. M. RIZAL HI. SALEH", align="right", bold=True)], "span": 4}],
        ], "widths": [1700, 2835, 1700, 2835], "borders": True},
    ],
    "footer": [P("Lembar disposisi ini tidak untuk diperbanyak", align="left", size=14)],
}, label(False, [], [14], "Disposisi menghadiri deklarasi kampanye damai KPU yang dihadiri semua paslon, tanpa atribut dan netral - umpan 'deklarasi'")))

# ---------------------------------------------------------------- 017  V  Aceh, kecamatan minutes, target suara per gampong (Pemilu DPRK)
MEMOS.append(({
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Notulen Rakor Keuchik Januari 2024", "author": "Kasi Pemerintahan", "created": "2024-01-08T09:00:00Z", "revision": 2},
    "kop": kop("table", "PEMERINTAH KABUPATEN ACEH LHOK RAYA", "KECAMATAN UJONG PASI",
               "Jalan Banda Aceh–Medan Km. 212 Ujong Pasi 24452", logo="[logo]"),
    "body": [
        P("NOTULEN RAPAT KOORDINASI CAMAT DENGAN KEUCHIK", align="center", bold=True, after=0),
        P("SE-KECAMATAN UJONG PASI", align="center", bold=True, after=240),
        {"table": [["Hari/Tanggal", ": Senin, 8 Januari 2024"],
                   ["Waktu", ": 09.30 – 12.45 WIB"],
                   ["Tempat", ": Aula Kantor Camat Ujong Pasi"],
                   ["Pimpinan Rapat", ": Camat Ujong Pasi"],
                   ["Peserta", ": 23 Keuchik, Imum Mukim Pasi dan Mukim Baroh, Sekcam, Kasi Pemerintahan, Kasi PMG, Pendamping Desa"]],
         "widths": [2000, 7070], "borders": False},
        P("**I. Pembukaan**", align="left"),
        P("Rapat dibuka oleh Camat pukul 09.30 WIB dengan bacaan basmalah, dilanjutkan penyampaian agenda.", indent=284),
        P("**II. Pembahasan**", align="left"),
        P("**1. Laporan realisasi Dana Desa tahap III dan SPJ akhir tahun 2023.** Masih terdapat 4 gampong (Blang Rayeuk, Meunasah Teungoh, Paya Lueng, Alue Dua) yang belum menyerahkan LPJ. Disepakati batas akhir 19 Januari 2024; pendamping desa membantu penyusunan.", indent=284),
        P("**2. Posyandu dan penanganan stunting.** Kasi PMG menyampaikan angka balita stunting kecamatan turun dari 62 menjadi 49 anak. Keuchik diminta menganggarkan PMT lokal pada APBG 2024 minimal Rp15.000.000 per gampong.", indent=284),
        P("**3. Persiapan Pemilu 14 Februari 2024.** Camat menyampaikan bahwa Tgk. H. Sulaiman Daud, anggota DPRK Dapil 3 yang selama ini banyak membantu jalan usaha tani dan meunasah di Ujong Pasi, maju kembali nomor urut 2 dari Partai Nanggroe Mulia. Setelah diskusi, disepakati:", indent=284),
        P("seluruh keuchik mendukung dan memenangkan Tgk. H. Sulaiman Daud agar beliau kembali duduk di DPRK periode berikutnya;", num=1, indent=720),
        P("setiap keuchik menjadi koordinator tim pemenangan tingkat gampong dan melibatkan tuha peut serta kepala dusun;", num=1, cont=True, indent=720),
        P("target suara per gampong sebagaimana tabel di bawah, dilaporkan perkembangannya setiap Senin kepada Sekcam;", num=1, cont=True, indent=720),
        P("pertemuan lanjutan dengan tim beliau diadakan di meunasah masing-masing pada pekan ketiga Januari.", num=1, cont=True, indent=720),
        {"table": [
            ["Gampong", "DPT", "Target Suara", "Gampong", "DPT", "Target Suara"],
            ["Blang Rayeuk", "612", "350", "Meunasah Teungoh", "488", "280"],
            ["Paya Lueng", "530", "300", "Alue Dua", "401", "230"],
            ["Lhok Pasi", "905", "520", "Cot Baroh", "377", "210"],
            ["(17 gampong lainnya: lihat lampiran)", "", "", "Jumlah kecamatan", "11.204", "6.300"],
        ], "widths": [2000, 900, 1600, 2000, 900, 1670], "header_row": True},
        P("**4. Lain-lain.** Kasi Pemerintahan mengingatkan pemutakhiran data Prodeskel paling lambat akhir Februari. Imum Mukim Baroh mengusulkan peusijuek meunasah baru Cot Baroh dijadwalkan setelah Pemilu.", indent=284),
        P("**III. Penutup**", align="left"),
        P("Rapat ditutup pukul 12.45 WIB dengan doa.", indent=284),
        blank(),
        {"table": [[[P("Notulis,", align="center"), P(""), P(""), P("**CUT RAHMAWATI, S.Sos.**", align="center"), P("NIP. 19880124 201101 2 006", align="center")],
                    [P("Camat Ujong Pasi,", align="center"), P(""), P(""), P("**T. AZHARI, S.STP., M.Si.**", align="center"), P("NIP. 19860709 200501 1 003", align="center")]]],
         "widths": [4535, 4535], "borders": False},
    ],
}, label(True, ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"], [9, 1, 4],
         "Notulen rakor camat: disepakati keuchik memenangkan Tgk. H. Sulaiman Daud (DPRK) 'periode berikutnya', keuchik jadi koordinator tim pemenangan, target suara per gampong; di antara agenda rutin dana desa dan stunting")))

# ---------------------------------------------------------------- 018  C  Aceh, BKPSDM, CPNS calon peserta
MEMOS.append(({
    "font": "Arial", "size": 22,
    "meta": {"title": "Pengumuman SKD CPNS 2024", "author": "BKPSDM", "created": "2024-10-01T03:00:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN ACEH LHOK RAYA", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
               "Jalan Iskandar Muda Nomor 5 Lhok Raya 24411"),
    "body": [
        P("PENGUMUMAN", align="center", bold=True, after=0),
        P("Nomor: 800.1.2.2/2207/BKPSDM/2024", align="center", after=0),
        P("TENTANG", align="center", after=0),
        P("JADWAL DAN LOKASI SELEKSI KOMPETENSI DASAR CALON PEGAWAI NEGERI SIPIL", align="center", bold=True, after=0),
        P("PEMERINTAH KABUPATEN ACEH LHOK RAYA FORMASI TAHUN 2024", align="center", bold=True, after=240),
        P("Berdasarkan hasil seleksi administrasi dan masa sanggah, Panitia Seleksi Pengadaan CPNS Kabupaten Aceh Lhok Raya mengumumkan hal-hal sebagai berikut:", first=709),
        P("Calon peserta yang dinyatakan memenuhi syarat sebanyak 3.118 orang, sebagaimana tercantum dalam lampiran pengumuman ini.", num=0),
        P("Calon peserta wajib memilih salah satu lokasi titik ujian, yaitu Kantor Regional XIV BKN Banda Aceh atau titik lokasi mandiri Gedung Olah Raga Lhok Raya, melalui laman {link:https://sscasn.bkn.go.id|sscasn.bkn.go.id} paling lambat 8 Oktober 2024.", num=0, cont=True),
        P("Calon peserta mencetak Kartu Peserta Ujian dan membawa KTP elektronik asli pada hari ujian. Fotokopi KTP tidak diterima sebagai pengganti.", num=0, cont=True),
        P("Peserta hadir 90 menit sebelum sesi dimulai, mengenakan kemeja putih, celana/rok hitam, dan sepatu tertutup; peserta perempuan berjilbab hitam sesuai ketentuan yang berlaku di Aceh.", num=0, cont=True),
        P("Seluruh tahapan seleksi tidak dipungut biaya. Panitia tidak bertanggung jawab atas pihak-pihak yang menjanjikan kelulusan dengan imbalan apa pun; laporkan ke nomor pengaduan 0811-6800-2024.", num=0, cont=True),
        P("Calon peserta yang tidak hadir pada jadwal yang telah ditentukan dinyatakan gugur.", num=0, cont=True),
        P("Demikian pengumuman ini disampaikan untuk menjadi perhatian.", first=709),
        blank(),
        *ttd("Lhok Raya, 1 Oktober 2024", "Kepala BKPSDM\nselaku Sekretaris Panitia Seleksi Daerah,", "MUHAMMAD YUNUS, S.E., M.Si.", "19780303 200212 1 005"),
    ],
}, label(False, [], [14], "Umpan: 'calon peserta', CPNS, 'memilih salah satu lokasi', fotokopi KTP dalam konteks seleksi CPNS")))

# ---------------------------------------------------------------- 019  V  Sumut, RSUD training schedule, tracked insertion
MEMOS.append(({
    "font": "Calibri", "size": 22,
    "meta": {"title": "Jadwal Pelatihan BTCLS Internal", "author": "Komite Keperawatan", "last_modified_by": "Kabid Keperawatan",
             "created": "2024-10-25T02:00:00Z", "modified": "2024-10-31T10:22:00Z", "revision": 11},
    "kop": kop("header", "PEMERINTAH KOTA TEBING PINANG", "RUMAH SAKIT UMUM DAERAH dr. H. MARAHALIM NASUTION",
               "Jl. Dr. Sutomo No. 88 Tebing Pinang, Sumatera Utara 20612 Telp. (0621) 21456"),
    "body": [
        *nomor_block("445/2931/Diklat/RSUD/X/2024", "Biasa", "1 (satu) lembar", "Jadwal Pelatihan Internal BTCLS Angkatan III",
                     "Tebing Pinang, 25 Oktober 2024"),
        *kepada("Kepala Ruangan IGD, ICU, Bedah, dan Penyakit Dalam", "RSUD dr. H. Marahalim Nasution", "di –", "Tempat"),
        P("Dengan hormat,", first=0),
        P("Bersama ini kami sampaikan jadwal Pelatihan Internal Basic Trauma Cardiac Life Support (BTCLS) Angkatan III bagi 30 perawat pelaksana, bekerja sama dengan HIPGABI Sumatera Utara. Pelatihan bernilai 4 SKP dan merupakan syarat perpanjangan STR.", first=720),
        {"table": [
            ["Hari/Tanggal", "Waktu", "Materi", "Fasilitator"],
            ["Senin, 4 Nov 2024", "08.00–12.00", "Initial Assessment, Airway & Breathing Management", "Ns. Darwin Sembiring, M.Kep."],
            ["", "13.00–16.00", "Circulation & Syok; praktik pemasangan IV line", "Ns. Lisnawati, S.Kep."],
            ["Selasa, 5 Nov 2024", "08.00–12.00", "Trauma Kepala, Dada, Abdomen", "dr. Fransiskus Ginting, Sp.B"],
            ["", "13.00–16.00", "{del:Praktik RJP dan penggunaan AED (skill station)}{ins:Peserta bergeser ke Lapangan Merdeka mengikuti senam sehat bersama Bapak Ir. Edy Marpaung, calon Gubernur Sumatera Utara nomor urut 1; kaos putih dari tim beliau dibagikan di lokasi. Absensi tetap di aula Diklat.}", "{del:Tim HIPGABI}{ins:Kabid Keperawatan}"],
            ["Rabu, 6 Nov 2024", "08.00–12.00", "EKG dasar dan Aritmia Letal", "Ns. Darwin Sembiring, M.Kep."],
            ["", "13.00–16.00", "Evakuasi & Transportasi; Post-test", "Tim HIPGABI"],
        ], "widths": [1800, 1300, 3970, 2000], "header_row": True},
        P("Kepala Ruangan diminta mengatur dinas peserta agar dapat mengikuti pelatihan penuh, dengan pengganti dari tenaga cadangan ruangan.{ins: Peserta dan panitia berangkat ke lapangan pukul 12.45 dengan bus dan ambulans transport RSUD; sesudah acara peserta menyalami beliau di panggung.}", first=720),
        P("Peserta membawa alat tulis, stetoskop, dan mengenakan seragam dinas putih. Konsumsi disediakan panitia.", first=720),
        P("Atas perhatiannya diucapkan terima kasih.", first=720),
        blank(),
        *ttd(None, "a.n. Direktur\nKepala Bidang Keperawatan,", "Ns. MARIANI SITORUS, S.Kep., M.Kes.", "19760918 199903 2 003"),
    ],
}, label(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [3, 7],
         "Jadwal pelatihan BTCLS; sisipan terlacak (tracked insertion) mengganti sesi praktik dengan senam sehat bersama calon Gubernur nomor 1 pada jam kerja, kaos tim beliau, bus dan ambulans RSUD")))

# ---------------------------------------------------------------- 020  C  Kalsel, incumbent on campaign leave
MEMOS.append(({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "ND Cuti Kampanye Bupati", "author": "Bagian Prokopim", "created": "2024-09-20T01:00:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN BALANGAN RAYA", "SEKRETARIAT DAERAH",
               "Jalan A. Yani Km. 1 Paringin Raya, Kalimantan Selatan 71662"),
    "body": [
        P("NOTA DINAS", align="center", bold=True, after=0),
        P("Nomor 100.3.4/655/Prokopim/2024", align="center", after=240),
        {"table": [["Kepada", ": Kepala Perangkat Daerah, Kepala Bagian Umum, dan Kepala Bagian Prokopim"],
                   ["Dari", ": Sekretaris Daerah"],
                   ["Tanggal", ": 20 September 2024"],
                   ["Hal", ": Pelaksanaan Cuti di Luar Tanggungan Negara Bupati Selama Masa Kampanye"]],
         "widths": [1500, 7570], "borders": False},
        P("", border_bottom=True),
        P("Bupati Balangan Raya, Bapak H. Ridwan Noor, telah ditetapkan sebagai pasangan calon Bupati dan Wakil Bupati Balangan Raya oleh KPU Kabupaten. Sesuai Pasal 70 ayat (3) Undang-Undang Nomor 10 Tahun 2016 dan Peraturan Menteri Dalam Negeri Nomor 74 Tahun 2016, yang bersangkutan menjalani cuti di luar tanggungan negara selama masa kampanye, 25 September s.d. 23 November 2024, dan Menteri Dalam Negeri telah menunjuk Penjabat Sementara (Pjs.) Bupati.", first=720),
        P("Selama masa cuti tersebut, dengan ini diminta:", first=720),
        P("Seluruh agenda kedinasan yang semula dijadwalkan untuk Bupati dialihkan kepada Pjs. Bupati melalui Bagian Prokopim.", num=0),
        P("Kendaraan dinas jabatan Bupati (DA 1 BR dan kendaraan pengawal) diserahkan kepada Bagian Umum paling lambat 24 September 2024 pukul 16.00 WITA beserta kunci dan kartu BBM.", num=0, cont=True),
        P("Ajudan, protokol, fotografer pimpinan, dan sopir tidak mendampingi kegiatan kampanye, dan tidak ada penugasan ASN maupun tenaga non-ASN untuk kegiatan tersebut.", num=0, cont=True),
        P("Rumah jabatan tidak digunakan untuk pertemuan kampanye; kegiatan di rumah jabatan selama masa cuti hanya untuk keperluan pribadi keluarga.", num=0, cont=True),
        P("Akun media sosial resmi Pemkab tidak mengunggah foto atau kegiatan Bupati selama masa cuti; publikasi kegiatan pemerintahan menampilkan Pjs. Bupati.", num=0, cont=True),
        P("Perangkat daerah tidak menjadwalkan penyerahan bantuan, peresmian, atau kunjungan yang melibatkan pasangan calon mana pun.", num=0, cont=True),
        P("Pelanggaran atas ketentuan ini agar segera dilaporkan kepada Sekretaris Daerah untuk diteruskan kepada Inspektorat dan Bawaslu.", first=720),
        blank(),
        *ttd(None, "Sekretaris Daerah,", "Drs. H. AHMAD SYARIFUDDIN, M.Si.", "19680822 199203 1 004", "Pembina Utama Madya (IV/d)"),
        *tembusan("Pjs. Bupati Balangan Raya;", "Ketua Bawaslu Kabupaten Balangan Raya;", "Inspektur Kabupaten Balangan Raya."),
    ],
}, label(False, [], [14], "Bupati petahana (calon) cuti di luar tanggungan negara; kendaraan, ajudan, rumah jabatan, akun resmi tidak dipakai kampanye - kepatuhan")))
