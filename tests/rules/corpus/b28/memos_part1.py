# b28 memos 001-010.  Helpers (kop, title, fields, sign, tembusan, para, item, BLANK)
# are injected by write_specs.py.

MEMOS = []

# ------------------------------------------------------------------ 001
# Sumatera Utara - Dinas Pertanian, violating
MEMOS.append({"n": 1, "spec": {
    "font": "Arial",
    "meta": {"title": "SE Penyaluran Benih Jagung MT 2024-2025", "author": "Sekretariat Distan",
             "company": "Distan Tapanuli Hulu", "created": "2024-10-02T02:10:00Z",
             "modified": "2024-10-02T07:45:00Z", "last_modified_by": "Bidang PSP"},
    "kop": kop("header", "PEMERINTAH KABUPATEN TAPANULI HULU", "DINAS PERTANIAN",
               "Jalan Sisingamangaraja Km. 4, Pangaribuan Baru 22483  Telp. (0633) 41127",
               "Pos-el: distan@tapanuluhulukab.go.id"),
    "body": title("SURAT EDARAN", "Nomor 500.7/1187/Distan-TH/X/2024",
                  ["TENTANG", "PENYALURAN BANTUAN BENIH JAGUNG HIBRIDA DAN PUPUK ORGANIK CAIR",
                   "MUSIM TANAM OKTOBER 2024 – MARET 2025"]) + [
        {"p": "Yth. Koordinator BPP dan Penyuluh Pertanian Lapangan se-Kabupaten Tapanuli Hulu", "after": 120},
        item("1.", "Bantuan benih jagung hibrida sebanyak 42 ton dan pupuk organik cair 9.600 liter yang bersumber dari APBD Tahun Anggaran 2024 akan disalurkan kepada 214 kelompok tani pada tanggal 14 s.d. 26 Oktober 2024."),
        item("2.", "Bantuan ini adalah hasil kerja keras Bapak Drs. Tumpal Hamonangan Sitompul, M.Si. selama memimpin Tapanuli Hulu. Supaya program benih dan pupuk gratis tidak putus di tengah jalan, para penyuluh agar menyampaikan secara langsung kepada ketua dan anggota poktan bahwa Bapak Tumpal bersama Ibu Rugun br. Nainggolan perlu kita berikan kesempatan memimpin kembali Tapanuli Hulu untuk periode berikutnya."),
        item("3.", "Penyerahan bantuan di setiap kecamatan dilaksanakan bersama tim Bapak Tumpal dan waktunya disesuaikan dengan agenda kunjungan beliau ke kecamatan sebagaimana jadwal di bawah. Penyuluh tidak menyerahkan bantuan sebelum tim beliau hadir di lokasi."),
        item("4.", "Dalam sambutan penyerahan, Koordinator BPP menegaskan bahwa kelanjutan bantuan tahun 2025 tergantung pada kelanjutan kepemimpinan beliau."),
        item("5.", "Penyuluh mencatat nama ketua poktan yang sudah menyatakan siap mengawal kemenangan beliau pada 27 November 2024, dan menyampaikan rekapnya kepada Sekretaris Dinas paling lambat 30 Oktober 2024."),
        BLANK,
        {"p": "**Jadwal penyerahan bersama Bapak Tumpal**", "after": 60},
        {"table": [["Tanggal", "Kecamatan", "Lokasi", "Jumlah Poktan"],
                   ["14 Oktober 2024", "Pangaribuan Baru", "BPP Pangaribuan", "38"],
                   ["17 Oktober 2024", "Sipahutar Julu", "Balai Desa Lumban Siagian", "29"],
                   ["21 Oktober 2024", "Garoga Hilir", "Lapangan Sibaganding", "41"],
                   ["24 Oktober 2024", "Onan Raja", "Jambur Onan Raja", "52"],
                   ["26 Oktober 2024", "Pahae Hulu", "BPP Pahae Hulu", "54"]],
         "widths": [1900, 2200, 3170, 1800], "header_row": True},
        BLANK,
        para("Demikian disampaikan untuk dilaksanakan dengan penuh tanggung jawab. Horas!"),
    ] + sign("Pangaribuan Baru, 2 Oktober 2024", "Kepala Dinas Pertanian,",
             "Ir. MARULI TUA SIREGAR, M.P.", "19700812 199803 1 006") + tembusan([
        "Sekretaris Daerah Kabupaten Tapanuli Hulu;", "Arsip."]),
    "footer": [{"p": "SE Distan TH – Penyaluran Benih MT 2024/2025", "align": "right", "size": 16}],
}, "label": {"violation": True, "categories": ["endorsement", "state-facility", "letterhead-misuse"],
             "classes": [1, 7, 13],
             "note": "Kadis Pertanian: bantuan benih APBD diserahkan bersama tim Bapak Tumpal, dijadwalkan ikut agenda beliau; minta poktan diberi tahu beliau perlu 'memimpin kembali periode berikutnya', rekap poktan yang siap mengawal kemenangan. Tanpa kata 'calon'."}})

# ------------------------------------------------------------------ 002
# Sumatera Barat - SE Bupati netralitas ASN, compliant
MEMOS.append({"n": 2, "spec": {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "SE Netralitas ASN Pilkada 2024", "author": "BKPSDM Pasaman Tengah",
             "created": "2024-09-03T01:30:00Z", "modified": "2024-09-04T03:00:00Z"},
    "kop": kop("table", "PEMERINTAH KABUPATEN PASAMAN TENGAH", "BUPATI PASAMAN TENGAH",
               "Jalan Jenderal Sudirman No. 1 Koto Baringin, Kode Pos 26371", logo="[LAMBANG DAERAH]"),
    "footnotes": {
        "1": "Keputusan Bersama Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN dan Ketua Bawaslu tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Aparatur Sipil Negara dalam Penyelenggaraan Pemilihan Umum dan Pemilihan (2022).",
        "2": "Laporan dapat disampaikan melalui BKPSDM atau langsung kepada Bawaslu Kabupaten; identitas pelapor dirahasiakan."},
    "body": title("SURAT EDARAN", "NOMOR 800.1.2/ 311 /BKPSDM/IX/2024",
                  ["TENTANG", "NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR",
                   "SERTA BUPATI DAN WAKIL BUPATI TAHUN 2024"]) + [
        {"p": "Yth.\n1. Sekretaris Daerah;\n2. Kepala Perangkat Daerah;\n3. Camat dan Lurah;\n4. Kepala Sekolah dan Kepala Puskesmas\ndi lingkungan Pemerintah Kabupaten Pasaman Tengah", "after": 160},
        para("Memperhatikan Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara, Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan, Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil serta Keputusan Bersama tentang Pedoman Netralitas ASN{fn:1}, dengan ini ditegaskan bahwa setiap ASN wajib menjaga netralitas dan dilarang:"),
        {"p": "memberikan dukungan kepada pasangan calon, termasuk ajakan, imbauan, seruan atau pemberian barang kepada pegawai, keluarga dan masyarakat;", "num": 0},
        {"p": "menjadi anggota atau pengurus partai politik, tim kampanye, tim pemenangan, relawan, atau saksi pasangan calon;", "num": 0, "cont": True},
        {"p": "menghadiri kampanye, deklarasi, pertemuan, silaturahmi atau kegiatan lain yang mengarah pada keberpihakan, baik di dalam maupun di luar jam kerja;", "num": 0, "cont": True},
        {"p": "memakai atau memasang atribut pasangan calon dan partai politik, termasuk pada kendaraan pribadi yang dipakai ke kantor;", "num": 0, "cont": True},
        {"p": "mengunggah, menanggapi (%%like%%, komentar dan sejenisnya), membagikan, mengikuti akun atau bergabung dalam grup pemenangan, serta memasang foto profil atau %%twibbon%% pasangan calon di media sosial;", "num": 0, "cont": True},
        {"p": "berfoto bersama pasangan calon dengan mengikuti simbol gerakan tangan atau gestur yang menunjukkan keberpihakan;", "num": 0, "cont": True},
        {"p": "menggunakan fasilitas negara (kendaraan dinas, gedung, anggaran, perlengkapan kantor, jam kerja) untuk kepentingan pasangan calon;", "num": 0, "cont": True},
        {"p": "membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon selama masa kampanye, termasuk mengaitkan penyaluran bantuan pemerintah dengan pilihan politik;", "num": 0, "cont": True},
        {"p": "mengumpulkan fotokopi KTP-el, Kartu Keluarga atau surat pernyataan dukungan bagi pasangan calon.", "num": 0, "cont": True},
        para("Kepala Perangkat Daerah wajib menyosialisasikan surat edaran ini kepada seluruh pegawai, termasuk PPPK dan tenaga non-ASN, serta melaporkan dugaan pelanggaran yang diketahuinya{fn:2}. Pelanggaran terhadap ketentuan ini dikenai sanksi sesuai peraturan perundang-undangan."),
        para("ASN tetap memiliki hak memilih dan diimbau menggunakan hak pilihnya di TPS masing-masing pada tanggal 27 November 2024."),
    ] + sign("Koto Baringin, 3 September 2024", "BUPATI PASAMAN TENGAH,", "H. YULIZAR DATUAK MARAJO, S.Sos.", None) + tembusan([
        "Gubernur Sumatera Barat di Padang;", "Ketua Bawaslu Kabupaten Pasaman Tengah;", "Ketua DPRD Kabupaten Pasaman Tengah."]),
}, "label": {"violation": False, "categories": [], "classes": [14],
             "note": "SE netralitas Bupati yang mendaftar semua larangan (dukungan, tim, kampanye, atribut, medsos, fasilitas, KTP); imbauan gunakan hak pilih."}})

# ------------------------------------------------------------------ 003
# Jawa Tengah - Kecamatan, mobilisasi ke kampanye rapat umum semua peserta (violating, nobody favoured)
MEMOS.append({"n": 3, "spec": {
    "font": "Times New Roman",
    "meta": {"title": "ND Kampanye Akbar Lapangan Gondang", "author": "Kasi Trantib",
             "created": "2024-01-24T02:00:00Z", "modified": "2024-01-24T04:20:00Z"},
    "kop": kop("table", "PEMERINTAH KABUPATEN WONOSARI KULON", "KECAMATAN GONDANGREJO WETAN",
               "Jl. Raya Gondang – Sukoharjan Km. 2  Telp. (0271) 760 225", logo="LOGO KAB."),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "size": 28, "after": 120},
        fields([("Kepada", "Yth. Sekretaris Kecamatan, Para Kepala Seksi dan Kepala Desa se-Kecamatan Gondangrejo Wetan"),
                ("Dari", "Camat Gondangrejo Wetan"),
                ("Tanggal", "24 Januari 2024"),
                ("Nomor", "000.1.5/71/2024"),
                ("Hal", "**Kampanye Akbar Rapat Umum Peserta Pemilu 2024 di Lapangan Gondang**")]),
        {"p": "", "border_bottom": True, "after": 120},
        para("Sesuai jadwal kampanye rapat umum yang telah ditetapkan KPU Kabupaten, Lapangan Gondang menjadi lokasi kampanye akbar sejumlah peserta Pemilu pada 28 Januari s.d. 10 Februari 2024. Supaya kecamatan kita tidak dinilai condong ke salah satu peserta, semua kampanye akbar tersebut kita ramaikan dengan porsi yang sama. Untuk itu diatur sebagai berikut:"),
        item("1.", "Pada setiap hari jadwal kampanye, seluruh pegawai kantor kecamatan hadir di lapangan pukul 13.00 WIB. Apel sore ditiadakan dan daftar hadir pegawai dipindahkan ke meja panitia di sisi panggung."),
        item("2.", "Setiap desa mengirimkan peserta paling sedikit 30 orang (perangkat desa, kader PKK, linmas). Pengangkutan memakai mobil siaga desa dan dua unit mobil dinas kecamatan (AD 9021 HZ dan AD 9037 HZ)."),
        item("3.", "Konsumsi nasi kotak dan air mineral bagi peserta dari kecamatan dibebankan pada pos belanja makan minum rapat Sekretariat Kecamatan."),
        item("4.", "Pakaian bebas rapi dan menyesuaikan warna peserta kampanye hari itu agar barisan terlihat kompak."),
        item("5.", "Kepala desa menyerahkan daftar nama peserta kepada Kasi Trantib H-1 dan rekap kehadiran H+1."),
        BLANK,
        {"table": [["Tanggal", "Peserta kampanye rapat umum (sesuai jadwal KPU)", "Kontingen desa"],
                   ["Minggu, 28 Januari 2024", "Partai Kebangkitan Bangsa", "Sukoharjan, Kedunggede, Plosorejo"],
                   ["Rabu, 31 Januari 2024", "Partai Gerakan Indonesia Raya", "Ngasem, Tegalwaru, Banjarsari"],
                   ["Sabtu, 3 Februari 2024", "PDI Perjuangan", "Gondang, Pucangan, Karangmojo"],
                   ["Selasa, 6 Februari 2024", "Partai Golongan Karya", "Sukoharjan, Ngasem, Pucangan"],
                   ["Sabtu, 10 Februari 2024", "Partai NasDem", "Kedunggede, Tegalwaru, Karangmojo"]],
         "widths": [2300, 3970, 2800], "header_row": True},
        BLANK,
        para("Harap dilaksanakan dan tidak ada desa yang absen."),
    ] + sign(None, "Camat Gondangrejo Wetan,", "SUGENG RAHARJO, S.Sos., M.M.", "19721109 199303 1 004") + tembusan(["Arsip."]),
}, "label": {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
             "classes": [6, 12],
             "note": "Camat mengerahkan pegawai dan perangkat desa meramaikan kampanye rapat umum semua partai di jam kerja, mobil dinas, konsumsi dari anggaran rapat; perihal menyebut kampanye akbar, isi logistik saja; tidak memihak satu peserta."}})

# ------------------------------------------------------------------ 004
# Riau - Dinas Kesehatan, kampanye imunisasi (compliant bait)
MEMOS.append({"n": 4, "spec": {
    "font": "Calibri", "size": 23,
    "meta": {"title": "SE PIN Polio Rokan Tengah", "author": "Bidang P2P",
             "created": "2024-07-08T03:00:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN ROKAN TENGAH", "DINAS KESEHATAN",
               "Jalan Tuanku Tambusai No. 27, Pasir Pengarayan Hulu, Riau 28557"),
    "footnotes": {"1": "Cakupan dihitung dari jumlah sasaran anak usia 0–7 tahun 11 bulan 29 hari menurut data Pusdatin dan pendataan kader."},
    "body": title("SURAT EDARAN", "Nomor: 443.1/ 2207 /P2P/VII/2024",
                  "TENTANG PELAKSANAAN KAMPANYE PEKAN IMUNISASI NASIONAL (PIN) POLIO PUTARAN KEDUA") + [
        {"p": "Kepada Yth. Kepala UPT Puskesmas se-Kabupaten Rokan Tengah", "after": 120},
        para("Dalam rangka menuntaskan kampanye PIN Polio, putaran kedua dilaksanakan serentak mulai 5 Agustus 2024 dengan target cakupan minimal 95 persen{fn:1}. Sehubungan dengan itu, Kepala Puskesmas diminta:"),
        item("a.", "membentuk **Tim Sukses PIN Polio** tingkat kecamatan yang terdiri atas pengelola program imunisasi, bidan desa, kader posyandu dan guru UKS;"),
        item("b.", "menggalang dukungan lintas sektor (camat, penghulu, pengurus masjid, TK/PAUD) agar orang tua membawa anaknya ke pos PIN;"),
        item("c.", "memasang spanduk dan baliho kampanye PIN Polio di kantor desa, pasar dan sekolah, serta mengumumkan jadwal melalui pengeras suara masjid;"),
        item("d.", "mempersilakan orang tua memilih salah satu pos pelayanan terdekat (posyandu, sekolah, atau puskesmas pembantu) tanpa harus sesuai domisili;"),
        item("e.", "mengunggah dokumentasi kegiatan di akun media sosial puskesmas dengan tagar #PINPolioRokanTengah dan mengajak masyarakat membagikannya;"),
        item("f.", "melaporkan cakupan harian melalui aplikasi ASIK setiap pukul 16.00 WIB."),
        para("Mari kita sukseskan PIN Polio sehingga Rokan Tengah terbebas dari polio. Puskesmas dengan cakupan tertinggi akan diumumkan pada rapat evaluasi bulan September."),
    ] + sign("Pasir Pengarayan Hulu, 8 Juli 2024", "Kepala Dinas Kesehatan,", "dr. ERNI SUSANTI HARAHAP, M.Kes.", "19780318 200501 2 014") + tembusan(["Bupati Rokan Tengah (sebagai laporan);", "Camat se-Kabupaten Rokan Tengah."]),
}, "label": {"violation": False, "categories": [], "classes": [14],
             "note": "Umpan: 'kampanye' PIN Polio, 'Tim Sukses PIN', 'dukungan lintas sektor', 'memilih salah satu pos', tagar non-politik, 'sukseskan'."}})

# ------------------------------------------------------------------ 005
# Jawa Timur - Puskesmas, WA broadcast + voice note (violating)
MEMOS.append({"n": 5, "spec": {
    "font": "Arial", "size": 22,
    "meta": {"title": "nota dinas tindak lanjut", "author": "TU Pusk Sumberwaru",
             "created": "2024-01-22T06:40:00Z", "modified": "2024-01-22T06:58:00Z"},
    "kop": kop("body", "PEMERINTAH KABUPATEN PANDANWANGI", "DINAS KESEHATAN", "UPT PUSKESMAS SUMBERWARU",
               "Jl. Raya Sumberwaru No. 88, Kec. Wongsorejo Kidul – Telp. (0333) 517 402"),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 80},
    ] + fields_tab([("Kepada", "Seluruh pegawai UPT Puskesmas Sumberwaru (bidan desa, perawat, nakes, TU)"),
                    ("Dari", "Kepala UPT Puskesmas Sumberwaru"),
                    ("Tanggal", "22 Januari 2024"),
                    ("Perihal", "Tindak lanjut pesan grup koordinasi")]) + [
        {"p": "", "border_bottom": True, "after": 120},
        para("Bersama ini kami teruskan pesan dari grup WA koordinasi beserta transkrip pesan suara saya kemarin sore, mohon dibaca dan **dilaksanakan**:", first=0),
        {"textbox": [
            {"p": "[21/01/24 19.12] Bu Kapus Sumberwaru:", "italic": True, "size": 18, "after": 40},
            {"p": "ASSALAMUALAIKUM DULUR2 NAKES SUMBERWARU 🙏 TGL 14 PEBRUARI JGN SAMPE KELIRU YA. {split:C0BL|OS} PKB NO 1, TRUS BU HJ. SITI MAS'UDAH NO 2 DAPIL 4 DPRD KAB. BELIAU YG MPERJUANGKAN INSENTIF NAKES DESA, DADI KUDU DIBALES.", "size": 20, "after": 60},
            {"p": "Tiap bidan desa ngumpulno fotokopi KTP+KK keluarga & ibu2 kelas bumil, min 25 lembar per desa, setor mbak Rina TU paling telat Jumat. Ono uang bensin 50rb tiap 5 KTP, diambil pas setor.", "size": 20, "after": 60},
            {"p": "Poster terlampir tolong disebar ning grup RT, grup posyandu, status WA. Caption e: %%Bu Mas'udah Amanah, Nakes Sejahtera%% #MasudahAmanah #NakesPilihMasudah", "size": 20, "after": 0},
        ], "width_cm": 15.5, "height_cm": 6.2},
        BLANK,
        {"p": "**Transkrip pesan suara (0:52)**", "after": 40},
        {"p": "\u201cYo wis, pokok e ojo ono sing ora setor. Sing wis setor KTP tak catet. Sing ora gelem, engko tak evaluasi pas penilaian kinerja akhir taun, lan jatah jaga poned e tak kurangi. Iki demi insentif e awak dewe dhewe, rek.\u201d", "italic": True, "indent": 567, "align": "both"},
        para("Rekap setoran KTP per desa dilaporkan ke saya langsung, tidak usah lewat grup kantor.", first=0),
    ] + sign("Sumberwaru, 22 Januari 2024", "Kepala UPT Puskesmas Sumberwaru,", "drg. LILIK MUNAWAROH", "19800607 200903 2 011"),
}, "label": {"violation": True, "categories": ["endorsement", "inducement", "social-media", "letterhead-misuse"],
             "classes": [5, 8, 11],
             "note": "Nota dinas Kapus meneruskan WA berhuruf kapital/Jawa: 'c0blos PKB no 1' dan caleg Hj. Siti Mas'udah, kumpulkan KTP+KK dengan uang bensin, sebar poster dan tagar #MasudahAmanah, ancaman penilaian kinerja bagi yang tidak setor."}})

# ------------------------------------------------------------------ 006
# Sumatera Barat - Notulen rapat koordinasi kecamatan, no kop (violating)
MEMOS.append({"n": 6, "spec": {
    "font": "Calibri",
    "meta": {"title": "Notulen Rakor 14 Okt", "author": "Kasi Pemerintahan",
             "created": "2024-10-14T08:30:00Z"},
    "body": [
        {"p": "NOTULEN RAPAT KOORDINASI KECAMATAN IV KOTO MUDIAK", "align": "center", "bold": True, "after": 0},
        {"p": "Kabupaten Agam Timur", "align": "center", "after": 160},
        {"table": [["Hari / tanggal", ":", "Senin, 14 Oktober 2024, pukul 09.00–12.10 WIB"],
                   ["Tempat", ":", "Aula Kantor Camat IV Koto Mudiak"],
                   ["Pimpinan rapat", ":", "Camat IV Koto Mudiak, Drs. Afrizal Dt. Bandaro Putiah"],
                   ["Peserta", ":", "Sekcam, Kepala UPT Pendidikan Kecamatan, Kepala Puskesmas Lubuak Aua, Koordinator BPP, 7 (tujuh) Wali Nagari, Kasi Pemerintahan"],
                   ["Notulis", ":", "Rahmi Elvira, S.IP."]],
         "widths": [1900, 300, 6870], "borders": False},
        BLANK,
        {"p": "**A. Pembukaan**", "after": 60},
        para("Camat membuka rapat dan menyampaikan bahwa jalan usaha tani Lubuak Aua–Padang Kuok dan irigasi Batang Kuok dapat diselesaikan berkat kedekatan kecamatan dengan Buya H. Darmansyah Dt. Rajo Mangkuto ketika beliau masih di provinsi. Pada Pemilihan Gubernur 27 November 2024 Buya Darmansyah maju berpasangan dengan Ir. Hj. Nofriyenti, M.T."),
        {"p": "**B. Pembahasan**", "after": 60},
        para("Para wali nagari menyampaikan kondisi masing-masing. Kepala UPT Pendidikan menyatakan guru-guru SD siap membantu asal ada arahan tertulis. Kepala Puskesmas mengingatkan agar kegiatan tidak dilakukan di dalam gedung puskesmas."),
        {"p": "**C. Kesimpulan dan keputusan rapat**", "after": 60},
        item("1.", "Forum **sepakat** memenangkan pasangan tersebut di seluruh nagari dalam Kecamatan IV Koto Mudiak."),
        item("2.", "Diputuskan target suara minimal 65 persen di setiap nagari sebagaimana tabel di bawah; penanggung jawab adalah wali nagari dibantu kepala sekolah dan bidan nagari."),
        item("3.", "Kepala UPT Pendidikan dan Kepala Puskesmas menyampaikan kepada guru dan tenaga kesehatan agar mengarahkan keluarga dan pasien masing-masing untuk memilih beliau."),
        item("4.", "Nagari yang mencapai target diprioritaskan dalam usulan Musrenbang 2025 dan bantuan keuangan provinsi; wali nagari yang jauh di bawah target akan dievaluasi oleh Camat."),
        item("5.", "Setiap nagari mengirimkan 50 orang pada kampanye dialogis Buya di GOR Lubuak Aua, Ahad 3 November 2024; pengangkutan diatur oleh masing-masing nagari."),
        BLANK,
        {"table": [["Nagari", "DPT", "Target suara (65%)", "Penanggung jawab"],
                   ["Lubuak Aua", "6.412", "4.168", "Wali Nagari Lubuak Aua"],
                   ["Padang Kuok", "3.980", "2.587", "Wali Nagari Padang Kuok"],
                   ["Koto Tangah Mudiak", "4.205", "2.733", "Wali Nagari Koto Tangah Mudiak"],
                   ["Sungai Janiah", "2.871", "1.866", "Wali Nagari Sungai Janiah"],
                   ["Batu Bajanjang", "3.344", "2.174", "Wali Nagari Batu Bajanjang"],
                   ["Tanjuang Alam", "2.509", "1.631", "Wali Nagari Tanjuang Alam"],
                   ["Aia Angek Ketek", "1.997", "1.298", "Wali Nagari Aia Angek Ketek"]],
         "widths": [2400, 1400, 2200, 3070], "header_row": True},
        BLANK,
        para("Rapat ditutup pukul 12.10 WIB dengan doa.", first=0),
        {"table": [[[{"p": "Mengetahui,"}, {"p": "Camat IV Koto Mudiak,"}, {"p": ""}, {"p": ""}, {"p": "**Drs. AFRIZAL DT. BANDARO PUTIAH**"}, {"p": "NIP. 19690214 199203 1 003"}],
                    [{"p": "Notulis,"}, {"p": ""}, {"p": ""}, {"p": ""}, {"p": "**RAHMI ELVIRA, S.IP.**"}, {"p": "NIP. 19930405 201503 2 002"}]]],
         "widths": [4535, 4535], "borders": False},
    ],
}, "label": {"violation": True, "categories": ["endorsement", "campaign-activity", "inducement"],
             "classes": [7, 8, 9],
             "note": "Notulen rakor camat tanpa kop: sepakat memenangkan 'pasangan tersebut' (Buya Darmansyah), target 65% per nagari, guru/nakes arahkan pilihan, nagari capai target diprioritaskan bantuan dan wali nagari diancam evaluasi, kirim massa ke kampanye dialogis."}})

# ------------------------------------------------------------------ 007
# Jawa Tengah - SE Sekda hari pemungutan suara (compliant)
MEMOS.append({"n": 7, "spec": {
    "font": "Arial",
    "meta": {"title": "SE Hari Pemungutan Suara 14 Feb 2024", "author": "Bag. Organisasi",
             "created": "2024-02-06T02:00:00Z"},
    "kop": kop("body", "PEMERINTAH KABUPATEN SINDORO KULON", "SEKRETARIAT DAERAH",
               "Jalan Pahlawan No. 2 Parakan Lor, Jawa Tengah 56254"),
    "body": title("SURAT EDARAN", "Nomor 000.8.3/0419/Org",
                  ["TENTANG", "PENGATURAN KERJA PEGAWAI PADA HARI PEMUNGUTAN SUARA PEMILU 14 FEBRUARI 2024"]) + [
        para("Sehubungan dengan ditetapkannya hari pemungutan suara Pemilihan Umum Tahun 2024 sebagai hari libur nasional, bersama ini disampaikan hal-hal sebagai berikut:"),
        item("1.", "Pada Rabu, 14 Februari 2024, kantor perangkat daerah ditutup untuk pelayanan umum, kecuali unit yang wajib beroperasi terus-menerus."),
        item("2.", "RSUD, Puskesmas rawat inap, Damkar, BPBD dan Command Center tetap melayani dengan pengaturan piket bergilir, sehingga setiap petugas memperoleh waktu yang cukup untuk menggunakan hak pilih di TPS tempat ia terdaftar."),
        item("3.", "Pegawai ASN yang ditetapkan sebagai anggota PPK, PPS, KPPS atau Pengawas TPS diberikan dispensasi pada hari pemungutan dan penghitungan suara dengan melampirkan salinan SK penetapan kepada atasan langsung."),
        item("4.", "Pegawai diimbau datang ke TPS membawa surat pemberitahuan pemungutan suara dan KTP-el, menggunakan hak pilih sesuai hati nurani, tidak memakai atribut peserta Pemilu, serta tidak mengambil gambar di dalam bilik suara."),
        item("5.", "Pegawai yang pada hari tersebut berada di luar daerah dapat mengurus pindah memilih sesuai ketentuan KPU."),
        BLANK,
        {"table": [["Unit", "Piket I (06.00–10.00)", "Piket II (10.00–14.00)", "Piket III (14.00–18.00)"],
                   ["IGD RSUD Parakan Lor", "Regu A", "Regu B", "Regu C"],
                   ["Pos Damkar Induk", "Regu Merah", "Regu Biru", "Regu Merah"],
                   ["Pusdalops BPBD", "2 orang", "2 orang", "2 orang"]],
         "widths": [2870, 2066, 2067, 2067], "header_row": True},
        BLANK,
        para("Kepala perangkat daerah menyampaikan jadwal piket kepada Bagian Organisasi paling lambat 9 Februari 2024."),
    ] + sign("Parakan Lor, 6 Februari 2024", "SEKRETARIS DAERAH,", "Drs. BAMBANG TRI WIBOWO, M.Si.", "19680930 199203 1 008") + tembusan(["Bupati Sindoro Kulon;", "Kepala Perangkat Daerah se-Kabupaten Sindoro Kulon."]),
}, "label": {"violation": False, "categories": [], "classes": [14],
             "note": "Logistik hari pemungutan suara: libur, piket agar bisa memilih, dispensasi ASN jadi KPPS/PPS, 'gunakan hak pilih', larangan atribut di TPS."}})

# ------------------------------------------------------------------ 008
# DI Yogyakarta - Satpol PP penertiban APK (compliant)
MEMOS.append({"n": 8, "spec": {
    "font": "Arial", "size": 22,
    "meta": {"title": "Sprint Penertiban APK", "author": "Satpol PP Menoreh",
             "created": "2024-10-21T01:15:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN MENOREH", "SATUAN POLISI PAMONG PRAJA",
               "Jl. Suronatan No. 9 Wates Kidul, Daerah Istimewa Yogyakarta 55611"),
    "body": title("SURAT PERINTAH", "Nomor: 300.1.4/ 688 /X/2024") + [
        {"table": [["Dasar", ":", [{"p": "1.\tPeraturan KPU Nomor 13 Tahun 2024 tentang Kampanye Pemilihan Gubernur, Bupati dan Wali Kota;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
                                   {"p": "2.\tSurat Bawaslu Kabupaten Menoreh Nomor 112/PP.00.02/K.YO-04/10/2024 perihal Rekomendasi Penertiban Alat Peraga Kampanye;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
                                   {"p": "3.\tHasil rapat koordinasi penertiban APK bersama KPU, Bawaslu dan Polres tanggal 18 Oktober 2024.", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]}]]],
         "widths": [1500, 300, 7270], "borders": False},
        {"p": "MEMERINTAHKAN:", "align": "center", "bold": True, "before": 120, "after": 120},
        {"table": [["Kepada", ":", "Kepala Bidang Penegakan Perda beserta 2 (dua) regu penertiban (daftar terlampir)"],
                   ["Untuk", ":", [{"p": "1.\tMenurunkan baliho di pagar depan Kompleks Kantor Bupati yang memuat foto Bupati Drs. Harjono Wibisono dengan tulisan \u201cMenoreh Tambah Maju – Terusno Pak Harjo!\u201d, karena dipasang di lingkungan kantor pemerintah yang dilarang menjadi lokasi APK;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
                                    {"p": "2.\tMenertibkan seluruh APK pasangan calon nomor urut 1, 2 dan 3 yang terpasang di gedung perangkat daerah, sekolah, puskesmas dan tempat ibadah menurut daftar lokasi dari Bawaslu;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
                                    {"p": "3.\tMemeriksa kendaraan dinas di halaman parkir Kompleks Kantor Bupati dan melepas stiker peserta pemilihan yang ditemukan, serta mencatat nomor polisi kendaraannya;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
                                    {"p": "4.\tMenyerahkan APK hasil penertiban ke gudang Satpol PP dengan berita acara, untuk diambil oleh tim kampanye masing-masing;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
                                    {"p": "5.\tMelaporkan pelaksanaan tugas kepada Kepala Satuan disertai dokumentasi.", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]}]],
                   ["Waktu", ":", "22–24 Oktober 2024"]],
         "widths": [1500, 300, 7270], "borders": False},
        BLANK,
        {"p": "**Lokasi prioritas**", "after": 60},
        {"table": [["No", "Lokasi", "Jenis APK", "Keterangan"],
                   ["1", "Pagar Kompleks Kantor Bupati", "Baliho 4 × 6 m", "petahana, nomor urut 2"],
                   ["2", "SMP Negeri 3 Wates Kidul", "Spanduk", "nomor urut 1"],
                   ["3", "Puskesmas Galur Lor", "Umbul-umbul (12 buah)", "nomor urut 3"],
                   ["4", "Halaman parkir Dinas PUPR", "Stiker pada 2 kendaraan dinas", "nomor urut 2"]],
         "widths": [600, 3200, 2700, 2570], "header_row": True},
    ] + sign("Wates Kidul, 21 Oktober 2024", "KEPALA SATUAN POLISI PAMONG PRAJA,", "AGUS SETIAWAN NUGROHO, S.H., M.H.", "19751103 199903 1 005") + tembusan(["Bupati Menoreh;", "Ketua Bawaslu Kabupaten Menoreh;", "Ketua KPU Kabupaten Menoreh."]),
    "footer": [{"p": "Satpol PP Kabupaten Menoreh – Penertiban APK Pilkada 2024", "align": "center", "size": 16}],
}, "label": {"violation": False, "categories": [], "classes": [14],
             "note": "Perintah menurunkan baliho petahana (mengutip slogan 'Terusno Pak Harjo!') dan APK semua paslon dari kantor, melepas stiker di kendaraan dinas."}})

# ------------------------------------------------------------------ 009
# Bali - Dinas Kebudayaan, undangan simakrama bersama kandidat (violating)
MEMOS.append({"n": 9, "spec": {
    "font": "Times New Roman",
    "meta": {"title": "Undangan Simakrama", "author": "Sekretariat Disbud Giri Sari",
             "created": "2024-10-10T01:00:00Z", "modified": "2024-10-10T02:35:00Z"},
    "kop": kop("table", "PEMERINTAH KABUPATEN GIRI SARI", "DINAS KEBUDAYAAN",
               "Jalan Gajah Mada No. 41, Semarapura Kaja, Bali 80714  Telp. (0366) 21 904", logo="LAMBANG"),
    "body": [
        {"table": [["Nomor", ":", "005/ 913 /Disbud", "Semarapura Kaja, 10 Oktober 2024"],
                   ["Sifat", ":", "Penting", ""],
                   ["Lampiran", ":", "-", ""],
                   ["Hal", ":", "**Undangan Simakrama dan Ramah Tamah bersama Bapak I Gusti Ngurah Arsa Wiguna, S.H.**", ""]],
         "widths": [1200, 250, 4500, 3120], "borders": False},
        BLANK,
        {"p": "Yth.\nKepala UPTD Taman Budaya, Para Kepala Bidang, Pamong Budaya Kecamatan,\nserta Ketua Sekaa Gong dan Sanggar Binaan Dinas Kebudayaan\ndi tempat", "after": 160},
        para("%%Om Swastyastu,%%", first=0),
        para("Bapak I Gusti Ngurah Arsa Wiguna, S.H., yang selama ini sangat memperhatikan pelestarian seni budaya Giri Sari, akan kembali berjuang pada 27 November 2024 bersama Ibu Ni Made Sukarmini. Sebagai wujud bakti dan dukungan kita kepada beliau, dengan hormat kami mengundang Bapak/Ibu/Saudara pada simakrama dan ramah tamah yang akan dilaksanakan pada:"),
        {"table": [["Hari/tanggal", ":", "Sabtu, 19 Oktober 2024"],
                   ["Waktu", ":", "pukul 16.00 WITA s.d. selesai"],
                   ["Tempat", ":", "Wantilan Kantor Dinas Kebudayaan Kabupaten Giri Sari"]],
         "widths": [1700, 300, 7070], "borders": False, },
        BLANK,
        {"p": "Hal-hal teknis:", "after": 60},
        {"p": "Busana adat madya; pria memakai udeng dan saput kuning, wanita memakai selendang kuning, menyesuaikan warna yang dipakai tim beliau.", "num": 0},
        {"p": "Setiap UPTD dan bidang menghadirkan paling sedikit 20 orang; daftar hadir diserahkan kepada Sekretariat paling lambat Jumat, 18 Oktober 2024.", "num": 0, "cont": True},
        {"p": "Sekaa Gong Dharma Kerti dan Sanggar Tari Cahya Mas menampilkan tabuh penyambutan; honor penabuh dan konsumsi dibebankan pada kegiatan Pembinaan Kesenian Tradisional tahun 2024.", "num": 0, "cont": True},
        {"p": "Bus dan dua mobil operasional dinas menjemput pengurus sekaa dari kecamatan mulai pukul 14.00 WITA.", "num": 0, "cont": True},
        {"p": "Pemasangan tenda, sound system dan dekorasi wantilan dikerjakan staf Bidang Sarana pada jam kerja Jumat.", "num": 0, "cont": True},
        para("Atas perhatian dan kehadirannya kami ucapkan terima kasih.", before=120),
        para("%%Om Santih, Santih, Santih Om.%%", first=0),
    ] + sign(None, "Kepala Dinas Kebudayaan,", "I WAYAN SUDIARTA, S.Sn., M.Si.", "19710225 199703 1 007"),
}, "label": {"violation": True, "categories": ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"],
             "classes": [3, 6, 7],
             "note": "Undangan Kadisbud: simakrama bersama I Gusti Ngurah Arsa Wiguna 'yang akan kembali berjuang 27 November' sebagai 'dukungan kepada beliau'; sisanya logistik: wantilan kantor, anggaran pembinaan kesenian, mobil dinas, busana warna tim, kuota 20 orang."}})

# ------------------------------------------------------------------ 010
# Jawa Timur - Bakesbangpol, rakor pengamanan kampanye semua paslon setara (compliant)
MEMOS.append({"n": 10, "spec": {
    "font": "Tahoma", "size": 21,
    "meta": {"title": "Undangan Rakor Kesiapan Kampanye", "author": "Bakesbangpol Lereng Kelud",
             "created": "2024-09-20T02:30:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN LERENG KELUD", "BADAN KESATUAN BANGSA DAN POLITIK",
               "Jl. Panglima Sudirman No. 17, Ngancar Wetan, Jawa Timur 64291 – Telp. (0354) 399 012"),
    "body": [
        {"table": [["Nomor", ":", "000.1.5/ 455 /418.54/2024", "Ngancar Wetan, 20 September 2024"],
                   ["Sifat", ":", "Segera", ""],
                   ["Lampiran", ":", "1 (satu) lembar", ""],
                   ["Perihal", ":", "Undangan Rapat Koordinasi Kesiapan Masa Kampanye Pemilihan Bupati dan Wakil Bupati Tahun 2024", ""]],
         "widths": [1200, 250, 4600, 3020], "borders": False},
        BLANK,
        {"p": "Kepada Yth. (daftar terlampir)\ndi –\n\tTEMPAT", "after": 160},
        para("Menjelang dimulainya masa kampanye pada 25 September 2024, kami mengundang Bapak/Ibu untuk hadir dalam rapat koordinasi yang akan dilaksanakan pada hari Selasa, 24 September 2024, pukul 09.00 WIB, bertempat di Ruang Rapat Bakesbangpol, dengan acara:"),
        {"p": "pemaparan jadwal dan zonasi kampanye oleh KPU Kabupaten;", "num": 1},
        {"p": "pemaparan pengawasan kampanye dan netralitas ASN oleh Bawaslu Kabupaten;", "num": 1, "cont": True},
        {"p": "pemetaan kerawanan dan pengamanan oleh Polres dan Kodim;", "num": 1, "cont": True},
        {"p": "tanggapan penghubung (LO) tim kampanye pasangan calon nomor urut 1, 2 dan 3, masing-masing diberi waktu 10 menit dengan urutan sesuai nomor urut.", "num": 1, "cont": True},
        para("Undangan disampaikan kepada ketiga tim kampanye dengan isi dan waktu yang sama. Pemerintah Kabupaten tidak menyediakan fasilitas apa pun bagi salah satu pasangan calon di luar yang diatur KPU."),
        {"p": "**Lampiran – Daftar undangan**", "before": 120, "after": 60},
        {"table": [["No", "Unsur", "Jumlah"],
                   ["1", "Ketua KPU Kabupaten Lereng Kelud", "2 orang"],
                   ["2", "Ketua Bawaslu Kabupaten Lereng Kelud", "2 orang"],
                   ["3", "Kapolres Lereng Kelud / Kabag Ops", "1 orang"],
                   ["4", "Dandim 0823 / Pasi Intel", "1 orang"],
                   ["5", "Kepala Satpol PP", "1 orang"],
                   ["6", "LO Tim Kampanye Pasangan Calon Nomor Urut 1", "2 orang"],
                   ["7", "LO Tim Kampanye Pasangan Calon Nomor Urut 2", "2 orang"],
                   ["8", "LO Tim Kampanye Pasangan Calon Nomor Urut 3", "2 orang"]],
         "widths": [600, 6270, 2200], "header_row": True},
    ] + sign(None, "KEPALA BADAN KESATUAN BANGSA DAN POLITIK,", "Drs. HERU PRASETYO, M.AP.", "19700419 199503 1 002",
             pangkat="Pembina Utama Muda"),
}, "label": {"violation": False, "categories": [], "classes": [14],
             "note": "Rakor kesiapan kampanye yang mengundang LO ketiga paslon dengan waktu dan perlakuan sama; tidak ada mobilisasi."}})
