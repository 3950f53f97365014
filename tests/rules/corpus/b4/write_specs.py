#!/usr/bin/env python3
"""Writer b4 (blind final batch): election-supervisor voice. Each memo text written individually."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
MEMOS = []  # (spec, label)


def add(spec, violation, cats, classes, note):
    MEMOS.append((spec, {"violation": violation, "categories": cats if violation else [],
                         "classes": classes, "note": note}))


def kop(placement, lines, logo=None):
    k = {"placement": placement, "lines": lines}
    if logo:
        k["logo"] = logo
    return k


def sig(*lines, align="left", indent=5040):
    return [{"p": l, "align": align, "indent": indent, "after": 0} for l in lines]


def meta(author, created, company="", title="", rev=2):
    return {"author": author, "created": created, "modified": created, "company": company,
            "title": title, "last_modified_by": author, "revision": rev}

# =============================================================== VIOLATING
# V1 class 1: pair + term of office, no "calon"; partisan line in tracked insertion
add({
    "meta": meta("sekretariat.pupr", "2024-11-04T08:10:00Z", "Dinas PUPR Kabupaten Garut"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN GARUT", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                          "Jalan Raya Samarang No. 117 Tarogong Kaler, Garut 44151 Telp. (0262) 233xxx"]),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "size": 28},
        {"p": "Kepada\t: Para Kepala Bidang dan Kepala UPT Pengelolaan Jalan\nDari\t: Kepala Dinas\nTanggal\t: 4 November 2024\nNomor\t: 600/1187/Sekr\nSifat\t: Segera\nHal\t: Arahan Pimpinan Menjelang Akhir Tahun Anggaran", "align": "left", "tabs": [[1440, "left"]]},
        {"p": "Sehubungan dengan akan berakhirnya Tahun Anggaran 2024, bersama ini kami sampaikan beberapa arahan yang perlu menjadi perhatian Saudara:", "first": 720},
        {"p": "Seluruh paket pekerjaan peningkatan jalan dan rehabilitasi jaringan irigasi agar diselesaikan dan diserahterimakan (PHO) paling lambat 15 Desember 2024.", "num": 0},
        {"p": "Pengajuan SPP-LS termin terakhir dilengkapi dokumentasi 0%, 50% dan 100% serta berita acara pemeriksaan.", "num": 0},
        {"p": "Capaian pembangunan jalan kabupaten lima tahun terakhir adalah hasil kerja bersama yang harus dijaga. Kita semua berkepentingan agar Bapak H. Dadang Suherman, S.IP. dan Ibu Hj. Lilis Nurhasanah kembali memimpin Kabupaten Garut untuk periode berikutnya. {ins:Para Kepala Bidang dan Kepala UPT agar memastikan seluruh pegawai, tenaga harian lepas beserta keluarganya mencoblos pasangan tersebut pada tanggal 27 November 2024.}", "num": 0},
        {"p": "Laporan kemajuan fisik dan keuangan disampaikan setiap hari Jumat kepada Subbagian Perencanaan.", "num": 0},
        "Demikian untuk dilaksanakan dengan penuh tanggung jawab.",
        *sig("Kepala Dinas,", "", "", "Ir. H. Ruslan Effendi, M.T.", "NIP 19700812 199603 1 004"),
    ],
}, True, ["endorsement", "letterhead-misuse"], [1],
    "Nota dinas berkop meminta agar pasangan H. Dadang-Hj. Lilis 'kembali memimpin periode berikutnya' dan pegawai mencoblos pasangan tersebut (sisipan tracked change); kata 'calon' tidak muncul.")

# V2 class 2: kampanye akbar, no candidate named, transport money; kop body; libreoffice
add({
    "engine": "libreoffice",
    "meta": meta("kec.cibeber", "2024-11-18T10:00:00Z", "Kecamatan Cibeber"),
    "kop": kop("body", ["PEMERINTAH KOTA CILEGON", "KECAMATAN CIBEBER",
                        "Jl. Cibeber Raya No. 5, Cilegon, Banten 42426"]),
    "body": [
        {"p": "Cilegon, 18 November 2024", "align": "right"},
        {"p": "Nomor\t: 005/214/Kec.Cbr/2024\nSifat\t: Penting\nLampiran\t: -\nPerihal\t: **Undangan**", "align": "left", "tabs": [[1440, "left"]]},
        {"p": "Kepada Yth.\nPara Lurah se-Kecamatan Cibeber\nbeserta staf kelurahan\ndi Tempat", "align": "left"},
        "Dengan hormat,",
        {"p": "Dalam rangka menyemarakkan Kampanye Akbar pada pekan terakhir masa kampanye Pilkada Kota Cilegon Tahun 2024, dengan ini kami mengundang Saudara beserta seluruh staf kelurahan, ketua RT/RW dan kader PKK untuk hadir pada:", "first": 720},
        {"p": "Hari/Tanggal\t: Sabtu, 23 November 2024\nPukul\t: 07.30 WIB s.d. selesai\nTempat\t: Lapangan Bonakarta, Kelurahan Kedaleman\nTitik kumpul\t: Halaman Kantor Kecamatan, pukul 06.30 WIB", "indent": 720, "align": "left", "tabs": [[2880, "left"]]},
        {"p": "Setiap kelurahan diharapkan membawa peserta paling sedikit 75 (tujuh puluh lima) orang. Kepada setiap peserta akan diberikan uang transport sebesar Rp150.000,- beserta kaos yang dibagikan panitia di meja registrasi.", "first": 720},
        {"p": "Daftar nama peserta mohon dikirimkan kepada Kasi Pemerintahan paling lambat Kamis, 21 November 2024, untuk keperluan penyiapan amplop transport.", "first": 720},
        "Atas perhatian dan kehadiran Saudara diucapkan terima kasih.",
        *sig("CAMAT CIBEBER,", "", "", "H. MUHAMAD SAHRONI, S.Sos., M.Si.", "Pembina Tk. I", "NIP 19751103 199803 1 002"),
    ],
}, True, ["campaign-activity", "inducement", "letterhead-misuse"], [2],
    "Camat mengundang lurah, staf dan kader ke 'Kampanye Akbar' Pilkada (tanpa nama paslon) dengan kuota peserta dan uang transport Rp150.000.")

# V3 classes 5, 11: WA broadcast pasted, twibbon + hashtag, kop body
add({
    "meta": meta("subbag.umum", "2024-11-18T08:00:00Z", "RSUD Hamparan Perak"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN DELI SERDANG", "RUMAH SAKIT UMUM DAERAH HAMPARAN PERAK",
                        "Jl. Titi Payung Km 3, Hamparan Perak, Deli Serdang 20374"]),
    "body": [
        {"p": "MEMO INTERNAL", "align": "center", "bold": True},
        {"p": "Kepada\t: Kepala Instalasi dan Kepala Ruangan\nDari\t: Kasubbag Umum dan Kepegawaian\nPerihal\t: Penerusan pesan pimpinan", "align": "left", "tabs": [[1440, "left"]]},
        "Bersama ini kami teruskan pesan Bapak Wakil Direktur Umum yang disampaikan di grup WhatsApp manajemen pagi ini, untuk dibaca dan ditindaklanjuti di unit masing-masing:",
        {"p": "[07.12, 18/11/2024] Wadir Umum: Slmt pagi rekan2 kabid/kasi/karu. Mhn bantuannya utk {split:sha|re} postingan paslon cabup-cawabup no 2 Bang Herman Sitepu - Ustadz Fahmi Lubis di story WA & FB masing2, minimal 1x sehari smp tgl 27. Pakai twibbon #DeliSerdangMajuBersama02 yg sdh sy kirim td.\n[07.13, 18/11/2024] Wadir Umum: Karu tolong pastikan perawat2 di ruangan jg ikut ya, nanti sy cek satu2\n[07.15, 18/11/2024] Wadir Umum: Jgn pake FB rumah sakit ya, akun pribadi aja biar aman", "italic": True, "indent": 567, "align": "left"},
        "Kepala ruangan agar mengirimkan tangkapan layar story masing-masing anggota tim kepada Subbagian Umum setiap sore sebelum pukul 16.00 WIB.",
        "Terima kasih atas kerja samanya.",
        *sig("Kasubbag Umum dan Kepegawaian,", "", "Rosmawati Br. Ginting, S.E.", "NIP 19800214 200604 2 011"),
    ],
}, True, ["social-media", "endorsement", "letterhead-misuse"], [5, 11],
    "Memo berkop RSUD meneruskan WA pimpinan: share postingan paslon no 2, pakai twibbon #DeliSerdangMajuBersama02, lapor tangkapan layar.")

# V4 classes 9, 7: notulen, decision to win, target table
add({
    "meta": meta("sekretariat.dikbud", "2024-11-06T14:00:00Z", "Dinas Pendidikan Kabupaten Bima"),
    "kop": kop("table", ["PEMERINTAH KABUPATEN BIMA", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                         "Jl. Lintas Sumbawa, Woha, Kabupaten Bima, NTB 84171"], logo="[LAMBANG DAERAH]"),
    "body": [
        {"p": "NOTULEN RAPAT KOORDINASI KEPALA SEKOLAH", "align": "center", "bold": True},
        {"p": "Hari/Tanggal\t: Rabu, 6 November 2024\nTempat\t: Aula Dinas Pendidikan dan Kebudayaan\nPimpinan Rapat\t: Sekretaris Dinas\nPeserta\t: 42 orang Kepala SD/SMP dan Korwil (daftar hadir terlampir)\nAcara\t: Evaluasi Triwulan III dan Persiapan ANBK", "align": "left", "tabs": [[2160, "left"]]},
        {"p": "**A. Pembahasan**", "align": "left"},
        {"p": "Evaluasi penyaluran Dana BOS tahap II: 11 sekolah belum mengunggah laporan realisasi ke aplikasi ARKAS.", "num": 0},
        {"p": "Persiapan ANBK jenjang SD: simulasi dijadwalkan minggu kedua November, sekolah tanpa perangkat menumpang di SMP terdekat.", "num": 0},
        {"p": "Lain-lain: Sekretaris Dinas menyampaikan bahwa pasangan H. Syamsuddin Ahmad, S.Pd. - Drs. Arif Rahman, M.Si. (nomor urut 3) telah berkomitmen menaikkan insentif guru honorer apabila diberi amanah. Peserta menyambut baik hal tersebut.", "num": 0},
        {"p": "**B. Kesimpulan/Keputusan**", "align": "left"},
        {"p": "Laporan realisasi BOS tahap II wajib diunggah paling lambat 30 November 2024.", "num": 0},
        {"p": "Rapat sepakat seluruh kepala sekolah menggerakkan guru, tenaga kependidikan dan komite sekolah untuk memenangkan pasangan tersebut pada 27 November 2024.", "num": 0, "cont": True},
        {"p": "Disepakati target perolehan suara per korwil sebagai berikut, dan korwil melaporkan perkembangan setiap Senin:", "num": 0, "cont": True},
        {"table": [["Korwil", "Jumlah Sekolah", "Target Suara", "Penanggung Jawab"],
                   ["Woha", "18", "1.500", "Korwil Woha"],
                   ["Bolo", "21", "1.750", "Korwil Bolo"],
                   ["Monta", "15", "1.200", "Korwil Monta"],
                   ["Sape", "24", "2.000", "Korwil Sape"]],
         "header_row": True, "widths": [2000, 2000, 2000, 3070]},
        {"p": "Notulis,\n\nNurhayati, S.Pd.", "align": "left"},
    ],
}, True, ["endorsement", "letterhead-misuse"], [9, 7],
    "Notulen dinas: pasangan no 3 disebut sekali, lalu 'rapat sepakat ... memenangkan pasangan tersebut' dan disepakati target suara per korwil.")

# V5 class 12: all pairs' rallies, office cars, duty time
add({
    "meta": meta("dishub.medan", "2024-10-21T09:00:00Z", "Dinas Perhubungan Kota Medan"),
    "kop": kop("header", ["PEMERINTAH KOTA MEDAN", "DINAS PERHUBUNGAN",
                          "Jl. Pinang Baris No. 114 Medan 20127 Telp. (061) 845xxxx"]),
    "body": [
        {"p": "SURAT TUGAS", "align": "center", "bold": True, "size": 28},
        {"p": "Nomor: 800.1.11.1/2281/DISHUB/2024", "align": "center"},
        {"p": "Dasar\t: Arahan Kepala Dinas dalam rapat staf tanggal 18 Oktober 2024.", "align": "left", "tabs": [[1440, "left"]]},
        {"p": "MENUGASKAN", "align": "center", "bold": True},
        {"p": "Kepada\t: Nama-nama pegawai sebagaimana tercantum dalam lampiran (24 orang)", "align": "left", "tabs": [[1440, "left"]]},
        {"p": "Untuk\t: Menghadiri kampanye terbuka seluruh pasangan calon Wali Kota dan Wakil Wali Kota Medan sesuai jadwal di bawah ini, sebagai wujud dukungan Dinas Perhubungan terhadap seluruh pasangan secara adil dan merata.", "align": "left", "tabs": [[1440, "left"]], "hanging": 1440, "indent": 1440},
        {"table": [["Tanggal", "Kegiatan", "Lokasi", "Kendaraan"],
                   ["Sabtu, 26 Oktober 2024", "Kampanye terbuka Paslon Nomor Urut 1", "Lapangan Merdeka", "BK 1082 Q, BK 1517 Q"],
                   ["Sabtu, 9 November 2024", "Kampanye terbuka Paslon Nomor Urut 2", "Stadion Teladan", "BK 1082 Q, BK 1517 Q"],
                   ["Rabu, 20 November 2024", "Kampanye terbuka Paslon Nomor Urut 3", "Lapangan Benteng", "BK 1082 Q, BK 1517 Q"]],
         "header_row": True, "widths": [2200, 2900, 2000, 1970]},
        {"p": "Pegawai yang ditugaskan hadir di area peserta dengan pakaian bebas rapi dan menempati barisan depan. Pengaturan lalu lintas di sekitar lokasi tetap dilaksanakan oleh Bidang Lalu Lintas sesuai surat perintah tersendiri.", "first": 720},
        {"p": "Keberangkatan dari kantor pukul 08.00 WIB menggunakan kendaraan dinas di atas; kehadiran dihitung sebagai jam kerja (dinas dalam).", "first": 720},
        "Demikian surat tugas ini dibuat untuk dilaksanakan.",
        *sig("Medan, 21 Oktober 2024", "Kepala Dinas Perhubungan,", "", "", "Drs. Parlindungan Hutagalung, M.AP.", "NIP 19690505 199303 1 006"),
    ],
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [12],
    "Surat tugas berkop: 24 pegawai hadir sebagai peserta kampanye terbuka SEMUA paslon, jam kerja dan mobil dinas; tetap pelanggaran walau tidak memihak satu paslon.")

# V6 classes 6, 3: subject names the visit, later logistics without naming it
add({
    "meta": meta("kec.ciruas", "2024-10-14T07:30:00Z", "Kecamatan Ciruas"),
    "kop": kop("table", ["PEMERINTAH KABUPATEN SERANG", "KECAMATAN CIRUAS",
                         "Jl. Raya Serang - Jakarta Km 9, Ciruas 42182"], logo="[LOGO KAB. SERANG]"),
    "body": [
        {"p": "Ciruas, 14 Oktober 2024", "align": "right"},
        {"p": "Nomor\t: 003/412/Kec.Crs/X/2024\nSifat\t: Penting\nPerihal\t: Penyambutan Kunjungan Kampanye Cagub Banten Drs. H. Ruhiyat Subakti", "align": "left", "tabs": [[1440, "left"]]},
        {"p": "Kepada Yth.\n1. Sekretaris Kecamatan\n2. Para Kepala Seksi\n3. Para Kepala Desa se-Kecamatan Ciruas\ndi Tempat", "align": "left"},
        {"p": "Berkenaan dengan hal tersebut pada pokok surat, kegiatan dijadwalkan pada hari Kamis, 17 Oktober 2024 pukul 09.00 WIB bertempat di Pendopo Kecamatan Ciruas. Untuk kelancarannya, dengan ini kami sampaikan pembagian tugas sebagai berikut:", "first": 720},
        {"p": "Kasi Trantib menyiapkan area parkir, jalur masuk rombongan dan pengamanan pendopo bersama Linmas.", "num": 0},
        {"p": "Kasubag Umum menyiapkan 250 kursi, tenda, sound system, LCD proyektor dan layar, serta konsumsi 300 kotak snack dan 50 kotak makan siang untuk tamu VIP, dibebankan pada anggaran rapat koordinasi kecamatan.", "num": 0},
        {"p": "Para Kepala Desa masing-masing membawa paling sedikit 25 warga; daftar hadir disiapkan di meja registrasi per desa.", "num": 0},
        {"p": "Seluruh ASN dan tenaga kontrak kecamatan hadir mengenakan batik, sudah berada di pendopo pukul 08.00 WIB.", "num": 0},
        "Demikian untuk dilaksanakan sebaik-baiknya.",
        *sig("CAMAT CIRUAS,", "", "", "Drs. TB. Hasanudin, M.M.", "NIP 19720317 199203 1 003"),
    ],
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [6, 3],
    "Perihal menyebut penyambutan kunjungan kampanye cagub; isi surat hanya mengatur pendopo, kursi, konsumsi dari anggaran kecamatan, kuota warga, ASN wajib hadir.")

# V7 class 8: BLT only for supporters, KTP
add({
    "meta": meta("desa.lendangbengkel", "2024-10-28T09:00:00Z", "Pemerintah Desa Lendang Bengkel"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN LOMBOK TENGAH", "KECAMATAN JANAPRIA",
                          "KANTOR DESA LENDANG BENGKEL", "Jl. Raya Janapria - Sengkol, Lombok Tengah 83554"]),
    "body": [
        {"p": "Nomor\t: 140/117/LB/X/2024\nLampiran\t: 1 (satu) berkas\nPerihal\t: Penyaluran BLT Dana Desa Tahap Akhir", "align": "left", "tabs": [[1440, "left"]]},
        {"p": "Kepada Yth.\nPara Kepala Dusun se-Desa Lendang Bengkel\ndi Tempat", "align": "left"},
        "Dengan hormat,",
        {"p": "Penyaluran BLT Dana Desa bulan November dan Desember 2024 akan dilaksanakan sekaligus pada tanggal 25 November 2024 di Kantor Desa. Sehubungan dengan itu, para Kepala Dusun diminta melakukan hal-hal berikut:", "first": 720},
        {"p": "Mendatangi setiap KPM di dusun masing-masing dan mengumpulkan fotokopi KTP seluruh anggota keluarga yang sudah memiliki hak pilih beserta fotokopi KK.", "num": 0},
        {"p": "Meminta KPM menandatangani surat pernyataan dukungan kepada pasangan nomor urut 1, Lalu Muhammad Irwan - Hj. Baiq Sumiati, sesuai format terlampir.", "num": 0},
        {"p": "KPM yang tidak bersedia menandatangani pernyataan tersebut ditunda penyalurannya dan akan dievaluasi kembali kelayakannya untuk tahun 2025.", "num": 0},
        {"p": "Berkas diserahkan kepada Kaur Kesra paling lambat 20 November 2024.", "num": 0},
        "Demikian disampaikan untuk dilaksanakan.",
        *sig("Kepala Desa Lendang Bengkel,", "", "", "LALU SUPARMAN"),
    ],
}, True, ["inducement", "endorsement", "letterhead-misuse"], [8],
    "BLT Dana Desa dikaitkan dengan surat pernyataan dukungan paslon no 1 dan pengumpulan KTP; KPM yang menolak ditunda bantuannya.")

# V8 class 13: pasar murah timed to the candidate's safari, packed in colours, handed by team
add({
    "meta": meta("dkp.sukabumi", "2024-10-30T10:00:00Z", "Dinas Ketahanan Pangan Kabupaten Sukabumi"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN SUKABUMI", "DINAS KETAHANAN PANGAN",
                        "Jl. Raya Karangtengah No. 27 Cibadak, Sukabumi 43351"]),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        {"p": "Kepada\t: Kepala Bidang Distribusi dan Cadangan Pangan\nDari\t: Kepala Dinas\nTanggal\t: 30 Oktober 2024\nHal\t: Jadwal Gerakan Pangan Murah November 2024", "align": "left", "tabs": [[1440, "left"]]},
        {"p": "Gerakan Pangan Murah (GPM) bulan November 2024 dilaksanakan di enam kecamatan dengan anggaran subsidi harga beras, minyak goreng dan gula dari DPA Dinas Tahun 2024.", "first": 720},
        {"p": "Lokasi dan waktu pelaksanaan GPM disesuaikan dengan jadwal safari pasangan nomor urut 2, H. Yayan Sopyan - Iis Rosita, S.H., agar manfaat program dapat dirasakan langsung bersamaan dengan kehadiran beliau, dengan rincian:", "first": 720},
        {"table": [["No", "Tanggal", "Lokasi GPM", "Agenda Safari Pasangan No. 2"],
                   ["1", "4 Nov 2024", "Lapangan Desa Cicantayan", "Dialog warga Cicantayan"],
                   ["2", "8 Nov 2024", "Pasar Parungkuda", "Blusukan pasar"],
                   ["3", "12 Nov 2024", "Alun-alun Jampang Kulon", "Kampanye dialogis"],
                   ["4", "15 Nov 2024", "GOR Cisaat", "Silaturahmi tokoh masyarakat"],
                   ["5", "19 Nov 2024", "Halaman Kantor Kecamatan Surade", "Tatap muka nelayan"],
                   ["6", "22 Nov 2024", "Lapangan Cikembar", "Jalan sehat"]],
         "header_row": True, "widths": [600, 1600, 3300, 3570]},
        {"p": "Paket dikemas dalam tas berwarna hijau-kuning sesuai warna pasangan dan diserahkan secara simbolis oleh Tim Pemenangan sebelum penjualan dibuka. Petugas dinas tidak perlu mengenakan seragam pada saat kegiatan.", "first": 720},
        "Mohon dikoordinasikan dengan distributor dan penyedia tas kemasan.",
        *sig("Kepala Dinas,", "", "", "Ir. Hj. Nining Rusmiati, M.P."),
    ],
}, True, ["state-facility", "inducement", "endorsement", "letterhead-misuse"], [13],
    "GPM bersubsidi APBD dijadwalkan mengikuti safari paslon no 2, paket berwarna pasangan, diserahkan Tim Pemenangan.")

# V9 class 4: SK appointing teachers to a winning team for a caleg; libreoffice
add({
    "engine": "libreoffice",
    "meta": meta("smpn3kng", "2024-01-08T09:00:00Z", "SMP Negeri 3 Ciawigebang"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN KUNINGAN", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                          "SMP NEGERI 3 CIAWIGEBANG", "Jl. Raya Ciawigebang - Luragung, Kuningan 45591"]),
    "body": [
        {"p": "KEPUTUSAN KEPALA SMP NEGERI 3 CIAWIGEBANG\nNOMOR: 421.3/014/SMPN3/2024", "align": "center", "bold": True},
        {"p": "TENTANG\nPENUNJUKAN GURU DAN TENAGA KEPENDIDIKAN SEBAGAI RELAWAN PEMENANGAN\nHj. RUKMINI, S.Pd. DI WILAYAH KECAMATAN CIAWIGEBANG", "align": "center", "bold": True},
        {"p": "Menimbang\t: bahwa untuk mengoptimalkan perolehan suara Hj. Rukmini, S.Pd., caleg DPRD Kabupaten Kuningan Dapil 3 dari Partai Bulan Pertiwi nomor urut 2, yang juga merupakan alumni dan mantan Ketua Komite sekolah, perlu menunjuk relawan pemenangan dari lingkungan sekolah;", "align": "both", "tabs": [[1700, "left"]], "hanging": 1700, "indent": 1700},
        {"p": "MEMUTUSKAN", "align": "center", "bold": True},
        {"p": "KESATU\t: Menunjuk nama-nama sebagaimana tercantum dalam lampiran sebagai Relawan Pemenangan tingkat desa.", "tabs": [[1700, "left"]], "hanging": 1700, "indent": 1700},
        {"p": "KEDUA\t: Relawan bertugas mendata pemilih di lingkungan tempat tinggal, membagikan bahan sosialisasi dan kalender, serta menghadiri rapat posko setiap Sabtu.", "tabs": [[1700, "left"]], "hanging": 1700, "indent": 1700},
        {"p": "KETIGA\t: Keputusan ini berlaku sejak ditetapkan sampai dengan 14 Februari 2024.", "tabs": [[1700, "left"]], "hanging": 1700, "indent": 1700},
        {"table": [["No", "Nama", "Jabatan", "Desa Tugas"],
                   ["1", "Dede Suryana, S.Pd.", "Guru IPS", "Ciawigebang"],
                   ["2", "Iis Nurjanah, S.Pd.", "Guru Bahasa Indonesia", "Kadurama"],
                   ["3", "Asep Rohendi", "Operator Dapodik", "Pamijahan"],
                   ["4", "Neneng Hasanah, S.Pd.I.", "Guru PAI", "Cihaur"]],
         "header_row": True, "widths": [600, 3200, 2900, 2370]},
        *sig("Ditetapkan di Ciawigebang", "pada tanggal 8 Januari 2024", "Kepala Sekolah,", "", "", "Drs. Endang Sukmara", "NIP 19680721 199403 1 005"),
    ],
}, True, ["campaign-activity", "endorsement", "letterhead-misuse"], [4],
    "SK kepala sekolah berkop menunjuk guru sebagai relawan pemenangan caleg DPRD.")

# V10 class 5: official accounts with campaign hashtags, slogan in page header
add({
    "meta": meta("kominfo.krw", "2024-09-30T08:00:00Z", "Diskominfo Kabupaten Karawang"),
    "kop": kop("table", ["PEMERINTAH KABUPATEN KARAWANG", "DINAS KOMUNIKASI DAN INFORMATIKA",
                         "Jl. Jenderal Ahmad Yani No. 1 Karawang 41315"], logo="[LOGO]"),
    "header": [{"p": "Karawang Juara, Lanjut Dua Periode!", "align": "right", "italic": True, "size": 16}],
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        {"p": "Kepada\t: Kepala Bidang Informasi dan Komunikasi Publik\nTembusan\t: Admin media sosial seluruh perangkat daerah\nHal\t: Penyeragaman identitas unggahan akun resmi", "align": "left", "tabs": [[1440, "left"]]},
        {"p": "Terhitung mulai 1 Oktober 2024 setiap unggahan pada akun resmi Pemerintah Kabupaten Karawang (Instagram, Facebook, TikTok dan X) serta akun resmi perangkat daerah wajib mencantumkan tagar {split:#Karawang|JuaraDuaPeriode} dan #LanjutBarengKangJajang di akhir keterangan.", "first": 720},
        {"p": "Tagar tersebut sama dengan yang dipakai tim kampanye, sehingga jangkauannya saling menguatkan. Bingkai visual berwarna biru bertuliskan \"Juara Dua Periode\" sudah dikirim ke grup admin dan wajib dipakai untuk setiap poster kegiatan.", "first": 720},
        {"p": "Admin yang tidak melaksanakan akan dievaluasi pada penilaian kinerja bulanan.", "first": 720},
        *sig("Kepala Dinas,", "", "", "Drs. H. Wawan Gunawan, M.Si."),
    ],
}, True, ["social-media", "state-facility", "endorsement", "letterhead-misuse"], [5],
    "Akun resmi pemda diwajibkan memakai tagar kampanye #LanjutBarengKangJajang/#KarawangJuaraDuaPeriode dan bingkai 'Juara Dua Periode'; slogan juga di header halaman.")
# V11 classes 7, 1: "yang maju sebagai calon" once, then name / beliau
add({
    "meta": meta("bapenda.siantar", "2024-10-09T09:00:00Z", "Bapenda Kota Pematangsiantar"),
    "kop": kop("body", ["PEMERINTAH KOTA PEMATANGSIANTAR", "BADAN PENDAPATAN DAERAH",
                        "Jl. Merdeka No. 6 Pematangsiantar 21112"]),
    "body": [
        {"p": "NOTA DINAS\nNomor: 900.1/771/Bapenda/X/2024", "align": "center", "bold": True},
        {"p": "Yth.\t: Para Kepala Bidang, Kepala UPT dan Koordinator Juru Pungut\nDari\t: Sekretaris Badan\nHal\t: Arahan", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Sebagaimana kita ketahui, Bapak Bonar Siregar, S.H., M.H., mantan Kepala Badan kita, saat ini maju sebagai calon Wali Kota Pematangsiantar dengan nomor urut 2.", "first": 720},
        {"p": "Selama memimpin Bapenda, Pak Bonar telah membawa PAD Kota naik dua kali lipat dan memperjuangkan tambahan penghasilan pegawai. Sudah sepantasnya keluarga besar Bapenda membalas kebaikan beliau.", "first": 720},
        {"p": "Untuk itu para Kepala Bidang dan Koordinator Juru Pungut diminta:", "first": 720},
        {"p": "menghadiri kampanye dialogis yang bersangkutan di Gedung Serba Guna Jl. Sutomo pada Sabtu, 19 Oktober 2024 bersama staf masing-masing;", "num": 0},
        {"p": "menyampaikan kepada wajib pajak yang dikunjungi bahwa Bang Bonar adalah figur yang paling memahami pelayanan pajak daerah;", "num": 0},
        {"p": "mengajak keluarga dan tetangga memberikan suara untuk beliau pada 27 November 2024.", "num": 0},
        "Atas perhatiannya diucapkan terima kasih.",
        *sig("Sekretaris,", "", "", "Marihot Sinaga, S.E., M.M."),
    ],
}, True, ["endorsement", "campaign-activity", "letterhead-misuse"], [7, 1],
    "Bonar Siregar disebut sekali 'maju sebagai calon', lalu hanya 'Pak Bonar', 'beliau', 'yang bersangkutan': hadir kampanye dialogis dan ajak memberi suara.")

# V12 class 10: follow-up wording + Pelaporan section, KTP collection; footnote
add({
    "meta": meta("desa.cimanuk", "2024-10-16T08:00:00Z", "Pemerintah Desa Gunungcupu"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN PANDEGLANG", "KECAMATAN CIMANUK",
                          "DESA GUNUNGCUPU", "Kp. Babakan RT 002/001 Desa Gunungcupu, Pandeglang 42271"]),
    "body": [
        {"p": "Nomor\t: 141/088/Ds.Gc/2024\nPerihal\t: Tindak Lanjut Hasil Musyawarah FKKD", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Kepada Yth.\nPara Kepala Kampung, Ketua RT dan Ketua RW\nse-Desa Gunungcupu", "align": "left"},
        {"p": "Menindaklanjuti hasil musyawarah Forum Komunikasi Kepala Desa (FKKD) Kecamatan Cimanuk tanggal 12 Oktober 2024, bersama ini kami sampaikan hal-hal sebagai berikut:", "first": 720},
        {"p": "**I. Pelaksanaan**", "align": "left"},
        {"p": "Setiap Kepala Kampung dan Ketua RT wajib mengumpulkan paling sedikit 50 (lima puluh) lembar fotokopi KTP warga yang siap mendukung pasangan calon Bupati nomor urut 1, Ir. H. Tubagus Ramdani - Hj. Euis Maryam.", "num": 0},
        {"p": "Fotokopi KTP dilengkapi nomor HP aktif dan tanda tangan warga pada formulir dukungan.{fn:1}", "num": 0},
        {"p": "Warga yang menyerahkan KTP akan didata sebagai penerima paket sembako dari tim pada minggu ketiga November.", "num": 0},
        {"p": "**II. Pelaporan**", "align": "left"},
        {"p": "Rekapitulasi jumlah KTP yang terkumpul dilaporkan setiap hari Sabtu kepada Sekretaris Desa, dan Sekretaris Desa menyampaikan rekap desa kepada Ketua FKKD setiap hari Senin.", "first": 720},
        "Demikian, atas kerja samanya diucapkan terima kasih.",
        *sig("Kepala Desa Gunungcupu,", "", "", "H. ENDANG SUPRIATNA"),
    ],
    "footnotes": {"1": "Format formulir dukungan dan rekapitulasi sebagaimana lampiran surat ini."},
}, True, ["inducement", "endorsement", "letterhead-misuse"], [10],
    "Surat 'tindak lanjut musyawarah' dengan bagian Pelaporan berisi perintah mengumpulkan 50 KTP pendukung paslon no 1, dijanjikan sembako.")

# V13 classes 11, 8: voice-note transcript, aid only for supporters; no kop
add({
    "meta": meta("admin.ppl", "2024-11-02T13:00:00Z"),
    "body": [
        {"p": "Transkrip pesan suara (VN) Kabid Penyuluhan di grup WhatsApp \"PPL LOBAR BERSATU\", Sabtu 2 November 2024 pukul 12.41. Diketik ulang oleh admin untuk rekan yang tidak bisa membuka VN.", "italic": True, "align": "left"},
        {"p": "\"Assalamualaikum, semeton PPL sekalian, tiang minta waktunya sebentar nggih. Ini penting. Bantuan benih jagung hibrida sama pupuk organik yang tahap dua itu, yang dari DPA kita, tolong diprioritaskan ke kelompok tani yang jelas-jelas pilih nomor satu, Pak Haji Lalu Sahnan. Itu dulu yang didahulukan.", "align": "left"},
        {"p": "Nah kelompok yang kemarin ikut ke posko sebelah, yang ketuanya pasang baliho lawan itu, tunda dulu. Bilang aja datanya belum masuk e-RDKK, belum diverifikasi. Jangan ribut-ribut, pelan-pelan aja ngomongnya.", "align": "left"},
        {"p": "Mun ndek ta menang Pak Haji, program ne juga ndek jalan tahun depan, paham nggih semeton. Jadi sampaikan ke ketua poktan masing-masing, benih itu ada karena beliau. Tiang tunggu laporannya paling lambat Senin, daftar poktan mana yang sudah aman. Wassalamualaikum.\"", "align": "left"},
        {"p": "(VN 2 menit 14 detik)", "italic": True, "align": "right"},
    ],
}, True, ["inducement", "state-facility", "endorsement"], [11, 8],
    "Transkrip VN berlogat Sasak: bantuan benih/pupuk diprioritaskan untuk poktan pendukung Lalu Sahnan, poktan pendukung lawan ditunda; tanpa kop.")

# V14 class 3: jalan sehat with a candidate
add({
    "meta": meta("dinkes.tng", "2024-10-22T08:30:00Z", "Dinas Kesehatan Kabupaten Tangerang"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN TANGERANG", "DINAS KESEHATAN",
                        "Jl. Abdul Hamid No. 3 Tigaraksa, Kabupaten Tangerang 15720"]),
    "body": [
        {"p": "Tigaraksa, 22 Oktober 2024", "align": "right"},
        {"p": "Nomor\t: 440/3318-Sekr/2024\nPerihal\t: Undangan Jalan Sehat dan Senam Bersama", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Yth. Kepala UPT Puskesmas se-Kabupaten Tangerang\ndi Tempat", "align": "left"},
        {"p": "Dengan hormat, bersama ini kami sampaikan bahwa akan dilaksanakan Jalan Sehat dan Senam Bersama Bapak dr. H. Fadli Rasyid, Sp.OG., Calon Bupati Tangerang nomor urut 2, yang juga pernah mengabdi sebagai dokter di RSUD kita, pada:", "first": 720},
        {"p": "Hari/tanggal\t: Minggu, 3 November 2024\nWaktu\t: 06.00 WIB s.d. selesai\nStart/finish\t: Lapangan Maulana Yudha Kusuma, Tigaraksa", "indent": 720, "align": "left", "tabs": [[2600, "left"]]},
        {"p": "Setiap puskesmas mengirimkan 20 orang pegawai (dokter, bidan, perawat, tenaga administrasi). Kaos putih bertuliskan nomor 2 akan dibagikan di lokasi dan dipakai selama kegiatan. Kepala Puskesmas agar mengirimkan daftar nama peserta melalui Subbag Umum paling lambat 30 Oktober 2024; kehadiran akan diabsen per puskesmas.", "first": 720},
        "Demikian disampaikan, atas perhatiannya diucapkan terima kasih.",
        *sig("Sekretaris Dinas Kesehatan,", "", "", "dr. Hj. Ratna Juwita, M.K.M."),
    ],
}, True, ["campaign-activity", "letterhead-misuse"], [3],
    "Undangan berkop dinas: pegawai puskesmas dikirim ikut jalan sehat dan senam bersama cabup no 2, memakai kaos nomor 2, kehadiran diabsen.")

# V15 class 2: rapat umum, no candidate named, puskesmas vehicles; libreoffice
add({
    "engine": "libreoffice",
    "meta": meta("pkm.perdagangan", "2024-11-12T07:45:00Z", "UPT Puskesmas Perdagangan"),
    "kop": kop("table", ["PEMERINTAH KABUPATEN SIMALUNGUN", "DINAS KESEHATAN",
                         "UPT PUSKESMAS PERDAGANGAN", "Jl. Sisingamangaraja No. 40 Perdagangan, Simalungun 21184"], logo="[LOGO]"),
    "body": [
        {"p": "SURAT PERINTAH\nNomor: 445/219/PKM-PDG/XI/2024", "align": "center", "bold": True},
        {"p": "Kepala UPT Puskesmas Perdagangan dengan ini memerintahkan kepada seluruh pegawai ASN, PPPK dan tenaga honorer UPT Puskesmas Perdagangan untuk:", "first": 720},
        {"p": "Mengikuti Rapat Umum (kampanye terbuka) Pilkada Simalungun 2024 pada Sabtu, 16 November 2024 pukul 13.00 WIB di Stadion Mini Perdagangan;", "num": 0},
        {"p": "Berkumpul di halaman puskesmas pukul 12.00 WIB. Mobil Puskesmas Keliling dan dua unit kendaraan operasional digunakan untuk antar-jemput pegawai dari pustu;", "num": 0},
        {"p": "Pelayanan rawat jalan hari itu ditutup pukul 11.30 WIB; IGD tetap dijaga oleh petugas jaga sesuai jadwal;", "num": 0},
        {"p": "Kehadiran pegawai dicatat oleh Kasubbag TU dan menjadi bahan penilaian disiplin bulan November.", "num": 0},
        "Demikian surat perintah ini untuk dilaksanakan dengan penuh tanggung jawab.",
        *sig("Perdagangan, 12 November 2024", "Kepala UPT Puskesmas Perdagangan,", "", "", "dr. Hotma Purba", "NIP 19810926 201001 2 009"),
    ],
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2],
    "Surat perintah berkop: semua pegawai ikut 'Rapat Umum (kampanye terbuka)' tanpa nama paslon, diantar mobil pusling, pelayanan ditutup, absensi disiplin.")

# V16 class 1: Pileg incumbent "kembali duduk", no "calon"
add({
    "meta": meta("kemenag.lebak", "2024-01-29T09:00:00Z", "Kantor Kementerian Agama Kabupaten Lebak"),
    "kop": kop("header", ["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN LEBAK",
                          "Jl. Siliwangi No. 2 Rangkasbitung 42311 Telp. (0252) 201xxx"]),
    "body": [
        {"p": "Nomor\t: B-0412/Kk.28.02/1/PP.00/01/2024\nSifat\t: Biasa\nHal\t: Silaturahmi dan arahan pimpinan", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Yth.\nKepala MIN, MTsN dan MAN se-Kabupaten Lebak\nPara Kepala KUA Kecamatan", "align": "left"},
        {"p": "Assalamu'alaikum warahmatullahi wabarakatuh.", "italic": True},
        {"p": "Puji syukur kita panjatkan ke hadirat Allah SWT. Bersama ini kami sampaikan terima kasih atas kerja keras Bapak/Ibu dalam pelaksanaan program madrasah dan layanan KUA selama tahun 2023.", "first": 720},
        {"p": "Kita patut bersyukur karena bantuan rehab ruang kelas madrasah, sertifikasi guru dan revitalisasi KUA di Lebak dapat terwujud berkat perjuangan Ibu Hj. Nurlela Fitriani, M.A. di Komisi VIII. Sudah sepatutnya keluarga besar Kementerian Agama Lebak memastikan beliau kembali duduk di Senayan untuk periode 2024-2029.", "first": 720},
        {"p": "Untuk itu Bapak/Ibu Kepala Madrasah dan Kepala KUA dimohon menyampaikan kepada guru, penyuluh, penghulu dan keluarga masing-masing agar pada 14 Februari 2024 mencoblos nama beliau pada surat suara DPR RI Dapil Banten I.", "first": 720},
        {"p": "Wassalamu'alaikum warahmatullahi wabarakatuh.", "italic": True},
        *sig("Kepala,", "", "", "H. Ahmad Syarifudin, S.Ag., M.Pd."),
    ],
}, True, ["endorsement", "letterhead-misuse"], [1],
    "Surat berkop Kemenag meminta madrasah/KUA memastikan anggota DPR petahana Hj. Nurlela 'kembali duduk di Senayan periode 2024-2029' dan mencoblosnya.")

# V17 classes 6, 2: subject names konsolidasi relawan; logistics afterwards
add({
    "meta": meta("diskop.cianjur", "2024-10-02T09:00:00Z", "Dinas Koperasi dan UKM Kabupaten Cianjur"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN CIANJUR", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH",
                          "Jl. Raya Bandung Km 3, Karangtengah, Cianjur 43281"]),
    "body": [
        {"p": "MEMO", "align": "center", "bold": True},
        {"p": "Untuk\t: Kasubag Umum dan Kepegawaian\nDari\t: Sekretaris Dinas\nTgl\t: 2 Oktober 2024\nHal\t: Pelaksanaan Konsolidasi Relawan Pemenangan Tingkat Kabupaten", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Menindaklanjuti arahan pimpinan, kegiatan dilaksanakan pada Jumat, 11 Oktober 2024 pukul 13.30 WIB. Mohon disiapkan hal-hal sebagai berikut:", "first": 720},
        {"p": "Aula Gedung Koperasi lantai 2 beserta 300 kursi dan sound system;", "num": 0},
        {"p": "Konsumsi rapat 300 kotak {del:dari pihak ketiga}{ins:menggunakan pagu rapat koordinasi triwulan IV};", "num": 0},
        {"p": "Dua unit mobil dinas untuk penjemputan koordinator kecamatan di terminal Rawabango;", "num": 0},
        {"p": "Staf Subbag Umum dan Bidang Kelembagaan bertugas sebagai panitia registrasi dan pengisi daftar hadir (jam kerja hari Jumat disesuaikan);", "num": 0},
        {"p": "Spanduk dan backdrop dikirim langsung oleh sekretariat, cukup dipasang pada Kamis sore.", "num": 0},
        "Mohon dilaksanakan dan dilaporkan kesiapannya.",
        *sig("Sekretaris,", "", "Hj. Euis Sulastri, S.E., M.M."),
    ],
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [6, 2],
    "Hal memo menyebut konsolidasi relawan pemenangan; isinya aula, konsumsi dari pagu dinas, mobil dinas, staf panitia pada jam kerja.")

# V18 class 9: notula without kop, "diputuskan" target for Pilpres pair
add({
    "meta": meta("bag.umum", "2024-01-22T15:00:00Z"),
    "body": [
        {"p": "NOTULA RAPAT STAF BAGIAN UMUM", "align": "center", "bold": True},
        {"p": "Senin, 22 Januari 2024, pukul 13.00 - 14.30 WITA, ruang rapat Kabag Umum Setda Dompu", "align": "center", "italic": True},
        {"p": "Hadir: Kabag Umum (pimpinan rapat), Kasubag Rumah Tangga, Kasubag Tata Usaha Pimpinan, Kasubag Perlengkapan, 14 staf.", "align": "left"},
        {"p": "1. Persiapan pengadaan ATK triwulan I: usulan disampaikan paling lambat 31 Januari.\n2. Pemeliharaan kendaraan pimpinan: dua unit masuk bengkel minggu ini.\n3. Pemilu 14 Februari 2024: Kabag Umum menyampaikan bahwa pasangan Capres-Cawapres nomor urut 3, Ir. Bambang Prakoso - Dr. Ratna Dewi Anggraini, adalah pasangan yang paling memperhatikan daerah timur dan perlu dibantu.", "align": "left"},
        {"p": "**Diputuskan:**", "align": "left"},
        {"p": "Setiap Kasubag bertanggung jawab memastikan paling sedikit 20 suara dari keluarga dan lingkungan tempat tinggal staf subbagiannya untuk pasangan nomor urut 3.", "num": 0},
        {"p": "Daftar nama pemilih yang sudah dihubungi disetor kepada Kasubag Tata Usaha Pimpinan paling lambat 10 Februari 2024.", "num": 0},
        {"p": "Usulan ATK dikompilasi oleh Kasubag Perlengkapan.", "num": 0},
        {"p": "Notulis: Sri Wahyuni", "align": "right"},
    ],
}, True, ["endorsement"], [9],
    "Notula tanpa kop: 'Diputuskan' tiap kasubag memastikan 20 suara untuk capres-cawapres no 3; tidak ada kop sehingga tanpa letterhead-misuse.")

# V19 classes 4, 11: WA forward, join posko relawan; no kop
add({
    "meta": meta("gugus3", "2024-10-05T19:00:00Z"),
    "body": [
        {"p": "Diteruskan dari grup WA \"KKG GUGUS III ALAS\" (5/10/2024)", "italic": True, "align": "left", "size": 20},
        {"p": "Ass.wr.wb. Yth bpk/ibu guru SD se-gugus III, info dr pak korwil:\n\n1) Yg blm daftar relawan POSKO PEMENANGAN Bunda Nurul (cabup no 1) mhn sgr isi form di {link:https://forms.gle/posko-bundanurul-alas|link ini} paling lambat Senin.\n2) Posko di rmh H. Mansyur, Jl. Garuda depan masjid. Piket malam bergiliran per sekolah, jadwal nyusul.\n3) Tiap sekolah minimal 3 org, kepsek tlg koordinir.\n4) Ini arahan atasan ya bpk ibu, jgn sampe sekolah kita nol. Nanti ada pembekalan relawan hr Sabtu jam 2 di posko.\n\nTrims. Wss.", "align": "left"},
        {"p": "- Korwil Pendidikan Kec. Alas (via Sekretaris Gugus)", "align": "right", "size": 20},
    ],
}, True, ["campaign-activity", "endorsement"], [4, 11],
    "Pesan WA korwil pendidikan: guru wajib daftar relawan posko pemenangan 'Bunda Nurul (cabup no 1)', minimal 3 per sekolah; tanpa kop.")

# V20 class 12: teachers to every pair's kampanye dialogis, duty time, dinas funds
add({
    "meta": meta("disdik.langkat", "2024-10-15T08:00:00Z", "Dinas Pendidikan Kabupaten Langkat"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN LANGKAT", "DINAS PENDIDIKAN",
                        "Jl. Tengku Amir Hamzah No. 1 Stabat 20811"]),
    "body": [
        {"p": "Stabat, 15 Oktober 2024", "align": "right"},
        {"p": "Nomor\t: 400.3/5120/Disdik/2024\nLampiran\t: Jadwal\nHal\t: Pengutusan Guru", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Kepada Yth.\nKepala SMP Negeri se-Kabupaten Langkat", "align": "left"},
        {"p": "Dalam rangka menumbuhkan pemahaman dunia pendidikan terhadap visi dan misi para kontestan Pilkada Langkat 2024, setiap SMP Negeri diminta mengutus 5 (lima) orang guru untuk hadir pada kampanye dialogis seluruh pasangan calon Bupati dan Wakil Bupati sesuai jadwal terlampir.", "first": 720},
        {"p": "Guru yang diutus diberikan dispensasi tidak mengajar pada hari tersebut, jam pelajaran diisi tugas mandiri siswa. Biaya perjalanan guru dibebankan pada anggaran perjalanan dinas Bidang Pembinaan SMP dan dipertanggungjawabkan dengan surat tugas kepala sekolah.", "first": 720},
        {"p": "Kehadiran guru di setiap kegiatan merupakan bentuk dukungan dunia pendidikan terhadap suksesnya pesta demokrasi, sehingga para guru diharapkan aktif bertanya dan menyambut setiap pasangan dengan antusias.", "first": 720},
        {"table": [["Pasangan", "Tanggal", "Tempat"],
                   ["Nomor urut 1", "Selasa, 22 Oktober 2024", "Gedung Pemuda Stabat"],
                   ["Nomor urut 2", "Selasa, 29 Oktober 2024", "Aula Kecamatan Tanjung Pura"],
                   ["Nomor urut 3", "Rabu, 6 November 2024", "Balai Desa Pantai Cermin"]],
         "header_row": True, "widths": [2500, 3300, 3270]},
        *sig("Kepala Dinas Pendidikan,", "", "", "Drs. Syahrul Efendi Tarigan, M.Pd."),
    ],
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [12],
    "Dinas mengutus guru ke kampanye dialogis SEMUA paslon pada jam mengajar dengan biaya perjalanan dinas; pengerahan ASN tetap pelanggaran walau merata.")
# V21 class 13: elderly aid handed at the candidate's event, "kelanjutan kepemimpinan beliau"
add({
    "meta": meta("dinsos.tsm", "2024-10-24T10:00:00Z", "Dinas Sosial Kota Tasikmalaya"),
    "kop": kop("table", ["PEMERINTAH KOTA TASIKMALAYA", "DINAS SOSIAL",
                         "Jl. Letnan Harun No. 1 Kota Tasikmalaya 46112"], logo="[LOGO KOTA]"),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        {"p": "Kepada\t: Kabid Rehabilitasi Sosial; Koordinator TKSK\nDari\t: Kepala Dinas Sosial\nTanggal\t: 24 Oktober 2024\nHal\t: Penyaluran Bantuan Permakanan Lansia Triwulan IV", "align": "left", "tabs": [[1440, "left"]]},
        {"p": "Bantuan permakanan dan paket nutrisi bagi 1.200 lansia tunggal triwulan IV yang bersumber dari APBD Kota Tahun 2024 disalurkan dengan ketentuan sebagai berikut:", "first": 720},
        {"p": "penyaluran dilakukan serentak pada kegiatan tatap muka Bapak H. Dindin Wahyudin, Wali Kota petahana yang kembali maju dengan nomor urut 1, di setiap kecamatan sesuai jadwal tim;", "num": 0},
        {"p": "setiap paket disertai kartu ucapan bertuliskan \"Terima kasih atas doa dan dukungan bagi kelanjutan kepemimpinan beliau\" yang disiapkan Bidang Rehsos, dan dibungkus kain berwarna merah marun;", "num": 0},
        {"p": "TKSK dan pendamping lansia wajib hadir mendampingi penerima dan memastikan penerima ikut berfoto bersama beliau;", "num": 0},
        {"p": "berita acara serah terima ditandatangani seperti biasa dan foto kegiatan diunggah ke aplikasi pelaporan.", "num": 0},
        "Demikian untuk dilaksanakan.",
        *sig("Kepala Dinas Sosial,", "", "", "Drs. H. Cecep Rahmat, M.Si."),
    ],
}, True, ["state-facility", "inducement", "endorsement", "letterhead-misuse"], [13],
    "Bantuan lansia APBD disalurkan pada tatap muka wali kota petahana no 1, dengan kartu 'kelanjutan kepemimpinan beliau' dan bungkus warna pasangan.")

# V22 class 7: pair introduced once, later "pasangan tersebut"; tracked insertion
add({
    "meta": meta("kec.cikarangutara", "2024-10-07T09:00:00Z", "Kecamatan Cikarang Utara"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN BEKASI", "KECAMATAN CIKARANG UTARA",
                          "Jl. Raya Industri No. 2 Cikarang Utara, Bekasi 17530"]),
    "body": [
        {"p": "Cikarang, 7 Oktober 2024", "align": "right"},
        {"p": "Nomor\t: 100.3/603/Kec.CU\nHal\t: Penyampaian", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Kepada Yth.\nPara Kepala Desa se-Kecamatan Cikarang Utara", "align": "left"},
        {"p": "Sebagaimana telah ditetapkan KPU Kabupaten Bekasi, pasangan Drs. H. Asep Saepudin - Hj. Nenden Sumiati memperoleh nomor urut 4 dalam Pilkada Kabupaten Bekasi 2024.", "first": 720},
        {"p": "Sehubungan dengan itu, bersama surat ini kami kirimkan 1.500 lembar stiker dan 40 lembar spanduk pasangan tersebut untuk masing-masing desa. Para Kepala Desa kami minta:", "first": 720},
        {"p": "menempelkan stiker pada sepeda motor dan pintu rumah seluruh perangkat desa serta anggota BPD;", "num": 0},
        {"p": "memasang spanduk di setiap dusun pada titik yang mudah dilihat warga{ins:, termasuk pagar balai desa dan pos ronda};", "num": 0},
        {"p": "melaporkan dokumentasi pemasangan melalui Kasi Pemerintahan kecamatan paling lambat 14 Oktober 2024.", "num": 0},
        "Atas perhatian Saudara diucapkan terima kasih.",
        *sig("CAMAT CIKARANG UTARA,", "", "", "H. DARIP SUHENDAR, S.IP., M.Si."),
    ],
}, True, ["campaign-activity", "endorsement", "letterhead-misuse"], [7],
    "Pasangan no 4 disebut sekali sebagai info KPU, lalu 'pasangan tersebut': camat membagikan stiker & spanduk, perangkat desa wajib memasangnya.")

# V23 class 10: Inspektorat kop, follow-up report shape, partisan instruction inside; footnote
add({
    "meta": meta("irban2", "2024-10-10T08:00:00Z", "Inspektorat Kabupaten Asahan"),
    "kop": kop("table", ["PEMERINTAH KABUPATEN ASAHAN", "INSPEKTORAT DAERAH",
                         "Jl. Sisingamangaraja No. 5 Kisaran 21216"], logo="[LOGO]"),
    "body": [
        {"p": "NOTA DINAS\nNomor: 700/412/Irban-II/2024", "align": "center", "bold": True},
        {"p": "Kepada\t: Tim Auditor Wilayah II\nDari\t: Inspektur Pembantu Wilayah II\nHal\t: Tindak Lanjut Hasil Pemeriksaan Reguler Desa Tahun 2024", "align": "left", "tabs": [[1440, "left"]]},
        {"p": "**1. Dasar.** Program Kerja Pengawasan Tahunan Inspektorat Tahun 2024{fn:1} dan Laporan Hasil Pemeriksaan reguler atas 38 desa di wilayah II.", "align": "left"},
        {"p": "**2. Temuan.** Sebanyak 17 desa belum menindaklanjuti rekomendasi pengembalian kelebihan bayar honorarium dan pajak yang belum disetor.", "align": "left"},
        {"p": "**3. Tindak lanjut.** Auditor melakukan kunjungan monitoring ke desa-desa tersebut pada 14-25 Oktober 2024. Pada saat kunjungan, auditor agar sekaligus menyampaikan kepada kepala desa dan perangkat bahwa pimpinan mengharapkan dukungan penuh desa kepada pasangan nomor urut 2, H. Zulham Nasution - Rina Damanik, S.Pd., serta menitipkan kalender dan stiker pasangan tersebut untuk dipasang di kantor desa. Desa yang kooperatif akan diberi kelonggaran waktu tindak lanjut.", "align": "both"},
        {"p": "**4. Pelaporan.** Hasil monitoring dan jumlah kalender yang telah dibagikan dilaporkan paling lambat 28 Oktober 2024.", "align": "left"},
        *sig("Inspektur Pembantu Wilayah II,", "", "", "Rahmad Syahputra, S.E., M.Ak."),
    ],
    "footnotes": {"1": "Peraturan Bupati Asahan tentang PKPT Tahun 2024."},
}, True, ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"], [10],
    "Nota Inspektorat berformat tindak lanjut/pelaporan, tetapi memerintahkan auditor meminta dukungan desa untuk paslon no 2 dan memasang kalender di kantor desa.")

# V24 class 11: ALL CAPS OCR-damaged village circular; libreoffice
add({
    "engine": "libreoffice",
    "meta": meta("scan_ocr", "2024-10-19T11:00:00Z"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN TAPANUL1 UTARA", "KECAMATAN SIPOHOLON",
                        "KANTOR KEPALA DESA HUTA BARAT", "JL. SIPOHOLON - TARUTUNG KM 4"]),
    "body": [
        {"p": "SURAT EDARAN\nN0M0R : 141/27/HB/X/2O24", "align": "center", "bold": True},
        {"p": "KEPADA SELURUH PERANGKAT DESA, KEPALA DUSUN, DAN STAF KANTOR DESA HUTA BARAT.", "align": "left"},
        {"p": "SEHUBUNGAN DENGAN PELAKSANAAN PI1KADA SERENTAK 27 NOVEMBER 2O24, DENGAN INI DISAMPAIKAN:", "align": "left"},
        {"p": "1. SELURUH PERANGKAT DESA DIWAJIBKAN UNTUK MENDUKUNG DAN MEMENANGKAN PASLON GUBEMUR N0. URUT 1 DAN PASL0N BUPAT1 N0. URUT 2 DI DESA HUTA BARAT.\n2. SETIAP RUMAH PERANGKAT DESA WAJIB MEMASANG STIKER DAN BENDERA PASLON TERSEBUT PALING LAMBAT 25 0KTOBER 2O24.\n3. KADUS MENDATA WARGA YANG BELUM MENDUKUNG DAN MELAP0RKAN KEPADA KADES.\n4. PERANGKAT YANG TIDAK MELAKSANAKAN EDARAN INI AKAN DI EVALUAS1 JABATANNYA.", "align": "left"},
        {"p": "DEMIKIAN SURAT EDARAN INI DIBUAT UNTUK DILAKSANAKAN DENGAN PENUH TANGGUNG JAWAB.", "align": "left"},
        *sig("HUTA BARAT, 19 0KTOBER 2O24", "KEPALA DESA HUTA BARAT", "", "", "J0NNER S1MANJUNTAK"),
    ],
}, True, ["endorsement", "campaign-activity", "letterhead-misuse"], [11],
    "Salinan OCR huruf kapital rusak ('GUBEMUR', 'PI1KADA'): kades mewajibkan perangkat memenangkan paslon, pasang stiker/bendera, ancaman evaluasi jabatan.")

# V25 class 3: ramah tamah & lunch with a caleg in the hospital hall
add({
    "meta": meta("rsud.rantau", "2024-01-23T09:00:00Z", "RSUD Rantauprapat"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN LABUHANBATU", "RUMAH SAKIT UMUM DAERAH RANTAUPRAPAT",
                          "Jl. Kampung Baru No. 1 Rantauprapat 21418"]),
    "body": [
        {"p": "UNDANGAN INTERNAL", "align": "center", "bold": True},
        {"p": "Nomor: 005/188/RSUD/I/2024", "align": "center"},
        {"p": "Yth. Para Kepala Bidang, Kepala Instalasi dan Kepala Ruangan\nRSUD Rantauprapat", "align": "left"},
        {"p": "Dengan hormat, kami mengundang Bapak/Ibu beserta staf yang sedang tidak bertugas jaga untuk menghadiri Ramah Tamah dan Makan Siang bersama Bapak H. Tengku Rizal Azhari, S.E., caleg DPRD Provinsi Sumatera Utara Dapil Labuhanbatu dari Partai Nusantara Raya, pada:", "first": 720},
        {"p": "Hari/Tanggal\t: Jumat, 26 Januari 2024\nPukul\t: 11.30 WIB s.d. selesai\nTempat\t: Aula Lantai 3 RSUD Rantauprapat", "indent": 720, "align": "left", "tabs": [[2600, "left"]]},
        {"p": "Dalam kesempatan tersebut beliau akan menyampaikan program kesehatan yang akan diperjuangkan di DPRD Provinsi, termasuk insentif tenaga kesehatan. Kehadiran Bapak/Ibu sangat kami harapkan; masing-masing ruangan mengirim paling sedikit 5 orang.", "first": 720},
        "Atas perhatiannya diucapkan terima kasih.",
        *sig("Direktur,", "", "", "dr. Syafrizal Harahap, M.Kes."),
    ],
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [3],
    "Undangan berkop RSUD: ramah tamah & makan siang dengan caleg DPRD di aula RSUD, kuota 5 staf per ruangan.")

# V26 class 5: yel-yel / "Satu Putaran" slogan at office sports week; textbox; no kop
add({
    "meta": meta("panitia.porseni", "2024-01-25T16:00:00Z"),
    "body": [
        {"p": "PEMBERITAHUAN PANITIA PEKAN OLAHRAGA PEGAWAI", "align": "center", "bold": True},
        {"p": "Kepada seluruh kontingen bidang. Menjelang pembukaan Pekan Olahraga Pegawai hari Kamis, 1 Februari 2024, panitia menyampaikan beberapa ketentuan defile dan yel-yel.", "first": 720},
        {"p": "Setiap kontingen membawakan yel-yel wajib di bawah ini saat melewati panggung kehormatan dan mengenakan kaos seragam bertuliskan \"SATU PUTARAN\" di bagian punggung (kaos diambil di sekretariat panitia).", "first": 720},
        {"textbox": [{"p": "YEL-YEL WAJIB", "align": "center", "bold": True},
                     {"p": "\"Satu putaran! Satu putaran!\nAMANAH menang, rakyat senang!\nProf. Haris - Dr. Yusuf, pilihan kita semua!\"", "align": "center"}],
         "width_cm": 13, "height_cm": 3.5},
        {"p": "Video yel-yel terbaik diunggah ke akun Instagram masing-masing anggota kontingen dengan tagar #SatuPutaranAmanah dan menandai akun panitia. Video dengan penonton terbanyak mendapat tambahan nilai lomba.", "first": 720},
        {"p": "Panitia Pekan Olahraga Pegawai\nSekretaris, Dewi Anggraeni", "align": "right"},
    ],
}, True, ["campaign-activity", "endorsement", "social-media"], [5],
    "Panitia olahraga pegawai mewajibkan yel-yel 'Satu putaran, AMANAH menang' untuk pasangan capres fiktif, kaos 'SATU PUTARAN' dan unggahan #SatuPutaranAmanah; tanpa kop.")

# V27 class 6: table header names the event; body generic
add({
    "meta": meta("desa.nae", "2024-11-04T10:00:00Z", "Pemerintah Desa Nae"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN BIMA", "KECAMATAN SAPE", "KANTOR DESA NAE",
                        "Jl. Lintas Sape No. 14, Bima, NTB 84182"]),
    "body": [
        {"p": "Nomor\t: 005/61/DN/XI/2024\nPerihal\t: Pembagian tugas kegiatan", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Kepada Yth. Sekretaris Desa, Kaur, Kasi dan Kepala Dusun se-Desa Nae", "align": "left"},
        {"p": "Bersama ini kami sampaikan rincian kebutuhan dan penanggung jawab kegiatan sebagaimana tabel berikut untuk ditindaklanjuti masing-masing. Semua kebutuhan harus siap sehari sebelum kegiatan.", "first": 720},
        {"table": [[{"blocks": [{"p": "RINCIAN KEBUTUHAN KAMPANYE DIALOGIS PASANGAN NOMOR URUT 2 - DESA NAE, SABTU 9 NOVEMBER 2024", "bold": True, "align": "center"}], "span": 3}],
                   ["Kebutuhan", "Sumber", "Penanggung Jawab"],
                   ["Tempat: Balai Desa Nae", "Aset desa", "Sekretaris Desa"],
                   ["150 kursi dan 4 meja", "Inventaris kantor desa", "Kaur Umum"],
                   ["Genset dan pengeras suara", "Milik desa", "Kasi Pelayanan"],
                   ["Mobil siaga desa untuk jemput warga dusun atas", "Aset desa", "Kadus Oi Maci"],
                   ["Konsumsi 200 bungkus", "Dana operasional pemerintah desa", "Kaur Keuangan"],
                   ["Penerima tamu", "Perangkat desa (seragam PDH)", "Kasi Pemerintahan"]],
         "widths": [3800, 2900, 2370]},
        "Demikian untuk dilaksanakan.",
        *sig("Kepala Desa Nae,", "", "", "M. SALEH H. YASIN"),
    ],
}, True, ["state-facility", "campaign-activity", "letterhead-misuse"], [6],
    "Hanya judul tabel yang menyebut kampanye dialogis paslon no 2; isi mengatur balai desa, kursi, genset, mobil siaga, dana operasional desa, perangkat jadi penerima tamu.")

# V28 class 8: PIP processed only for parents who sign support for a caleg
add({
    "meta": meta("sdn.pagaden", "2024-01-15T07:30:00Z", "SD Negeri Pagaden 2"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN SUBANG", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                          "SD NEGERI PAGADEN 2", "Jl. Raya Pagaden No. 88, Subang 41252"]),
    "body": [
        {"p": "Pagaden, 15 Januari 2024", "align": "right"},
        {"p": "Nomor\t: 421.2/009/SDN-P2/2024\nHal\t: Pemberitahuan kepada orang tua/wali murid", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Kepada Yth. Bapak/Ibu Orang Tua/Wali Murid kelas I-VI", "align": "left"},
        {"p": "Dengan hormat, bersama ini kami beritahukan bahwa pengusulan Program Indonesia Pintar (PIP) dan bantuan seragam tahun 2024 akan segera dibuka.", "first": 720},
        {"p": "Mengingat kuota terbatas, pengusulan hanya akan diproses bagi siswa yang orang tuanya mengisi formulir dukungan untuk Bapak Drs. Ujang Sopandi, caleg DPRD Kabupaten Subang nomor urut 5 dari Partai Kebangkitan Tani, yang selama ini membantu sekolah kita. Formulir dikembalikan bersama fotokopi KTP kedua orang tua kepada wali kelas.", "first": 720},
        {"p": "Siswa yang sudah menerima PIP tahun lalu tetapi orang tuanya tidak mengembalikan formulir, tidak akan diusulkan kembali pada tahun ini.", "first": 720},
        "Atas perhatian dan kerja sama Bapak/Ibu diucapkan terima kasih.",
        *sig("Kepala Sekolah,", "", "", "Hj. Iis Aisyah, S.Pd.SD.", "NIP 19700406 199203 2 004"),
    ],
}, True, ["inducement", "endorsement", "letterhead-misuse"], [8],
    "Sekolah mensyaratkan formulir dukungan caleg + KTP orang tua untuk usulan PIP, dan mengancam tidak mengusulkan ulang penerima lama.")

# V29 classes 9, 4: BUMD board minutes, agreed win target, internal relawan team, customer data
add({
    "meta": meta("sekper.tirtagemah", "2024-10-08T16:00:00Z", "Perumda Air Minum Tirta Gemah"),
    "kop": kop("table", ["PERUSAHAAN UMUM DAERAH AIR MINUM", "TIRTA GEMAH KABUPATEN PURWAKARTA",
                         "Jl. Ibrahim Singadilaga No. 49 Purwakarta 41113"], logo="[LOGO PERUMDA]"),
    "body": [
        {"p": "NOTULEN RAPAT DIREKSI DAN KEPALA BAGIAN", "align": "center", "bold": True},
        {"p": "Selasa, 8 Oktober 2024 | Ruang Rapat Direksi | Dipimpin Direktur Utama", "align": "center", "italic": True},
        {"p": "**Pokok bahasan:** (1) tingkat kebocoran air triwulan III; (2) penagihan tunggakan pelanggan niaga; (3) arahan Direktur Utama terkait Pilkada Purwakarta.", "align": "left"},
        {"p": "Pada bahasan ketiga Direktur Utama menyampaikan bahwa keberlangsungan penyertaan modal perusahaan bergantung pada kepemimpinan daerah ke depan, dan pasangan H. Rudi Gunawan - Hj. Sri Wulandari (nomor urut 1) dinilai paling berpihak pada PDAM.", "first": 720},
        {"p": "**Kesepakatan rapat:**", "align": "left"},
        {"p": "Kebocoran ditargetkan turun menjadi 28% pada Desember 2024.", "num": 0},
        {"p": "Rapat sepakat seluruh karyawan ikut memenangkan pasangan nomor urut 1 dengan target perolehan suara 70% di setiap wilayah pelayanan cabang.", "num": 0},
        {"p": "Setiap kepala cabang membentuk tim relawan internal beranggotakan 10 karyawan yang bertugas door to door bersamaan dengan pembacaan meter.", "num": 0},
        {"p": "Bagian Hubungan Langganan menyiapkan data nomor HP pelanggan untuk pengiriman pesan ajakan memilih pada masa tenang.", "num": 0},
        {"p": "Notulis: Sekretaris Perusahaan", "align": "right"},
    ],
}, True, ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"], [9, 4],
    "Notulen BUMD berkop: rapat sepakat memenangkan paslon no 1 target 70% per cabang, bentuk tim relawan internal, pakai data HP pelanggan.")

# V30 class 1: internal note, no kop, pair + "terpilih kembali / lima tahun lagi"; split + insertion
add({
    "meta": meta("kabid.ukm", "2024-11-08T20:00:00Z"),
    "body": [
        {"p": "Catatan untuk Rapat Staf Bidang UKM, Senin 11 November 2024", "bold": True, "align": "left"},
        {"p": "(disiapkan Kabid, dibacakan di awal rapat)", "italic": True, "align": "left"},
        {"p": "Pendampingan sertifikasi halal 60 pelaku usaha mikro harus tuntas minggu depan; berkas yang belum lengkap dikembalikan ke pendamping.", "num": 0},
        {"p": "Bazar UMKM akhir tahun di halaman Balai Kota: pendaftaran tenant dibuka sampai 22 November.", "num": 0},
        {"p": "Soal tanggal 27: kita semua sudah merasakan bagaimana UMKM dibantu lima tahun ini. Jadi saya minta teman-teman ikut mengawal supaya Pak Haji Sofyan Hadi dan Bu Meilani {split:terpilih kem|bali}, lima tahun lagi untuk Tangsel. {ins:Ajak keluarga, tetangga, dan pelaku UMKM binaan masing-masing; sampaikan bahwa program pendampingan bisa berlanjut kalau beliau berdua kembali.}", "num": 0},
        {"p": "Laporan realisasi anggaran bidang diserahkan ke Sekretariat paling lambat 29 November.", "num": 0},
    ],
}, True, ["endorsement"], [1],
    "Catatan rapat staf tanpa kop: kabid meminta staf mengawal agar pasangan Sofyan Hadi-Meilani 'terpilih kembali, lima tahun lagi', mengajak UMKM binaan.")
# V31 classes 2, 6: disposisi sheet, deklarasi dukungan, office cars + uang saku from kas
add({
    "meta": meta("tu.dlh", "2024-10-08T11:00:00Z", "Dinas Lingkungan Hidup Kabupaten Lombok Timur"),
    "kop": kop("table", ["PEMERINTAH KABUPATEN LOMBOK TIMUR", "DINAS LINGKUNGAN HIDUP",
                         "Jl. Prof. M. Yamin No. 56 Selong 83612"], logo="[LOGO]"),
    "body": [
        {"p": "LEMBAR DISPOSISI", "align": "center", "bold": True, "size": 28},
        {"table": [["Surat dari", "Sekretariat Panitia Deklarasi"],
                   ["Tanggal surat / diterima", "5 Oktober 2024 / 7 Oktober 2024"],
                   ["No. agenda", "1184"],
                   ["Hal", "Undangan Deklarasi Dukungan Relawan se-Kabupaten, Sabtu 12 Oktober 2024, Lapangan Nasional Selong"],
                   ["Diteruskan kepada", "Sekretaris; Kasubag Umum; para Kabid"],
                   ["Isi disposisi", [{"p": "1. Kasubag Umum siapkan 2 unit mobil dinas (Elf DR 7012 G dan Innova DR 1350 G) untuk antar-jemput staf, berangkat pkl 07.00 dari kantor.", "align": "left"},
                                      {"p": "2. Uang saku Rp100.000/orang, ambil dari kas kegiatan sekretariat, dibagikan di bus.", "align": "left"},
                                      {"p": "3. Semua staf bidang WAJIB hadir, pakai kaos putih. Absen dibuat Kasubag Umum, laporkan yang tidak ikut.", "align": "left"}]],
                   ["Paraf / tanggal", "Kadis, 8/10/2024"]],
         "widths": [2600, 6470], "borders": True},
    ],
}, True, ["campaign-activity", "state-facility", "inducement", "letterhead-misuse"], [2, 6],
    "Lembar disposisi berkop: Hal menyebut deklarasi dukungan relawan; disposisi mengatur mobil dinas, uang saku dari kas kegiatan, wajib hadir.")

# V32 class 4: staff assigned to a posko pemenangan during working hours
add({
    "meta": meta("disperindag.srg", "2024-10-04T08:00:00Z", "Disperindag Kabupaten Serang"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN SERANG", "DINAS PERINDUSTRIAN DAN PERDAGANGAN",
                          "Jl. Veteran No. 1 Serang, Banten 42111"]),
    "body": [
        {"p": "SURAT TUGAS", "align": "center", "bold": True, "size": 28},
        {"p": "Nomor: 094/1127/Disperindag/2024", "align": "center"},
        {"p": "Yang bertanda tangan di bawah ini Kepala Dinas Perindustrian dan Perdagangan Kabupaten Serang menugaskan:", "first": 720},
        {"table": [["No", "Nama / NIP", "Jabatan"],
                   ["1", "Rina Mardiana, S.Kom. / 19890311 201503 2 002", "Pranata Komputer"],
                   ["2", "Ahmad Fauzi / 19850702 200901 1 004", "Pengadministrasi Umum"],
                   ["3", "Lia Kurniasih, A.Md. / 19920915 202012 2 001", "Pengelola Data"]],
         "header_row": True, "widths": [600, 5200, 3270]},
        {"p": "Untuk bertugas sebagai tenaga administrasi dan pengolah data pemilih pada Posko Pemenangan Pasangan Nomor Urut 3, Jl. Raya Serang - Cilegon Km 5, terhitung 7 Oktober s.d. 23 November 2024 setiap hari kerja pukul 08.00-16.00 WIB.", "first": 720},
        {"p": "Selama penugasan, yang bersangkutan tetap dicatat hadir dengan keterangan dinas luar dan menerima TPP penuh. Laptop inventaris bidang dapat dibawa ke posko.", "first": 720},
        *sig("Serang, 4 Oktober 2024", "Kepala Dinas,", "", "", "H. Ujang Suhendi, S.E., M.M."),
    ],
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [4],
    "Surat tugas berkop menempatkan 3 ASN di posko pemenangan paslon no 3 pada jam kerja, dicatat dinas luar, membawa laptop kantor.")

# V33 classes 13, 3: farm machinery handed at a caleg's silaturahmi
add({
    "meta": meta("distan.mjl", "2024-01-10T09:00:00Z", "Dinas Pertanian Kabupaten Majalengka"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN MAJALENGKA", "DINAS PERTANIAN DAN PERIKANAN",
                        "Jl. KH. Abdul Halim No. 233 Majalengka 45418"]),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        {"p": "Kepada\t: Kabid Prasarana dan Sarana Pertanian; Koordinator BPP\nDari\t: Kepala Dinas\nTanggal\t: 10 Januari 2024\nHal\t: Penyerahan bantuan alsintan tahun 2023 (luncuran)", "align": "left", "tabs": [[1440, "left"]]},
        {"p": "Bantuan 12 unit hand traktor dan 20 unit pompa air untuk kelompok tani di Kecamatan Jatiwangi, Ligung dan Sumberjaya akan diserahkan pada acara Silaturahmi Petani bersama Ir. H. Kosasih Permana, caleg DPR RI Dapil Jawa Barat IX nomor urut 7 dari Partai Amanat Tani, pada Sabtu, 20 Januari 2024 di lapangan Desa Ligung.", "first": 720},
        {"p": "Spanduk latar bertuliskan \"Bantuan ini berkat perjuangan Kang Kosasih - Coblos Nomor 7\" disediakan oleh tim beliau. Alsintan agar sudah diangkut ke lokasi sehari sebelumnya menggunakan truk dinas.", "first": 720},
        {"p": "Koordinator BPP dan PPL memastikan ketua dan anggota poktan penerima hadir, minimal 15 orang per poktan. Berita acara serah terima ditandatangani setelah acara.", "first": 720},
        *sig("Kepala Dinas,", "", "", "Ir. Hj. Siti Maryam, M.Si."),
    ],
}, True, ["state-facility", "endorsement", "campaign-activity", "letterhead-misuse"], [13, 3],
    "Bantuan alsintan APBD diserahkan di silaturahmi caleg DPR dengan spanduk 'berkat perjuangan Kang Kosasih - Coblos No 7', truk dinas, petani dikerahkan.")

# V34 classes 10, 5: evaluation follow-up shape, follow candidate accounts; slogan in footer
add({
    "meta": meta("bkpsdm.karo", "2024-10-01T08:00:00Z", "BKPSDM Kabupaten Karo"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN KARO", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                          "Jl. Letjen Jamin Ginting No. 17 Kabanjahe 22111"]),
    "footer": [{"p": "#SumutBangkitBersamaBangTigor", "align": "center", "size": 16}],
    "body": [
        {"p": "NOTA DINAS\nNomor: 800.1.6/1905/BKPSDM/2024", "align": "center", "bold": True},
        {"p": "Kepada\t: Kepala Bidang dan Kasubbag di lingkungan BKPSDM\nDari\t: Kepala Badan\nHal\t: Tindak lanjut hasil evaluasi kinerja triwulan III", "align": "left", "tabs": [[1440, "left"]]},
        {"p": "**I. Dasar**\nHasil rapat evaluasi kinerja triwulan III tanggal 27 September 2024.", "align": "left"},
        {"p": "**II. Hasil evaluasi**\nCapaian SKP pegawai rata-rata 86%; pemutakhiran data SIASN baru 71%.", "align": "left"},
        {"p": "**III. Tindak lanjut**", "align": "left"},
        {"p": "Pemutakhiran data SIASN diselesaikan paling lambat 31 Oktober 2024.", "num": 0},
        {"p": "Seluruh pegawai agar mengikuti akun Instagram dan TikTok @bangtigor.untuksumut milik Ir. Tigor Simanjuntak, calon Gubernur Sumatera Utara nomor urut 1, menyukai serta membagikan setiap unggahannya ke story masing-masing.", "num": 0},
        {"p": "**IV. Pelaporan**\nKasubbag melaporkan rekap capaian SIASN dan tangkapan layar story pegawai setiap Jumat.", "align": "left"},
        *sig("Kepala Badan,", "", "", "Drs. Jusua Sembiring, M.Si."),
    ],
}, True, ["social-media", "endorsement", "letterhead-misuse"], [10, 5],
    "Nota 'tindak lanjut evaluasi' dengan bagian Pelaporan memerintahkan follow/like/share akun cagub no 1; tagar kampanye di footer.")

# V35 classes 11, 3: Sundanese WA from lurah pasted under kop
add({
    "meta": meta("kel.cijerah", "2024-11-12T21:00:00Z", "Kelurahan Cijerah"),
    "kop": kop("body", ["PEMERINTAH KOTA BANDUNG", "KECAMATAN BANDUNG KULON", "KELURAHAN CIJERAH",
                        "Jl. Cijerah No. 112 Bandung 40213"]),
    "body": [
        {"p": "Salinan pesan Bapak Lurah di grup \"STAF KEL. CIJERAH\", Selasa 12/11/2024 pkl 20.47:", "italic": True, "align": "left"},
        {"p": "Punten wargi staf kelurahan sadaya. Ahad payun, 17 Nov, urang ngariung di bumi Kang Deden Supriatna, paslon wali kota nomer 3, di Gg. Sukaasih Jl. Cijerah. Tabuh 9 enjing nya. Wajib hadir sadayana, ulah aya nu teu sumping, bari nganggo kaos nu tos dibagikeun kamari. Engke aya bekel kanggo transport ti panitia.\nUrang menangkeun Kang Deden, da anjeunna nu apal kana kaayaan urang Cijerah. Hatur nuhun. \U0001f64f", "align": "left", "indent": 567},
        {"p": "Catatan Sekretaris Lurah: daftar hadir diedarkan di lokasi; staf yang berhalangan lapor langsung ke Pak Lurah.", "align": "left", "size": 20},
    ],
}, True, ["campaign-activity", "endorsement", "inducement", "letterhead-misuse"], [11, 3],
    "Pesan WA berbahasa Sunda dari lurah (di bawah kop kelurahan): staf wajib ngariung di rumah paslon no 3, pakai kaos, ada 'bekel transport', 'urang menangkeun Kang Deden'.")

# V36 class 12: duty roster to every pair's rally in uniform with SPPD; PS line
add({
    "meta": meta("dispora.binjai", "2024-10-17T08:00:00Z", "Dispora Kota Binjai"),
    "kop": kop("table", ["PEMERINTAH KOTA BINJAI", "DINAS PEMUDA DAN OLAHRAGA",
                         "Jl. Jenderal Sudirman No. 6 Binjai 20712"], logo="[LOGO]"),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        {"p": "Kepada\t: Para Kepala Bidang\nDari\t: Sekretaris Dinas\nHal\t: Jadwal piket kehadiran", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Sesuai arahan Kepala Dinas agar Dispora terlihat hadir dan netral di tengah masyarakat, disusun jadwal piket pegawai untuk menghadiri kampanye terbuka setiap pasangan calon Wali Kota Binjai secara bergantian, sebagai berikut:", "first": 720},
        {"table": [["Tanggal", "Pasangan", "Bidang yang piket", "Jumlah"],
                   ["25 Okt 2024", "Paslon 1", "Bidang Kepemudaan", "8 orang"],
                   ["1 Nov 2024", "Paslon 2", "Bidang Olahraga", "8 orang"],
                   ["8 Nov 2024", "Paslon 3", "Bidang Sarpras", "8 orang"],
                   ["15 Nov 2024", "Paslon 1, 2, 3 (debat publik nobar)", "Sekretariat", "10 orang"]],
         "header_row": True, "widths": [1700, 3300, 2600, 1470]},
        {"p": "Pegawai piket mengenakan PDH Dispora, berangkat dari kantor pukul 13.00 WIB dan diberikan SPPD dalam kota. Bukti kehadiran berupa foto di lokasi kampanye dikirim ke grup kantor.", "first": 720},
        {"p": "NB: jangan ada yang bawa atribut paslon mana pun, cukup PDH saja biar kelihatan semua didukung.", "italic": True, "size": 20},
        *sig("Sekretaris,", "", "", "Rahmawati Lubis, S.Sos."),
    ],
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [12],
    "Jadwal piket pegawai menghadiri kampanye terbuka semua paslon dengan PDH dan SPPD: pengerahan ASN ke kampanye walau tidak memihak.")

# V37 classes 7, 3: temu kangen with former head who runs; later only "beliau"
add({
    "meta": meta("dispusip.bks", "2024-10-03T10:00:00Z", "Dinas Perpustakaan Kota Bekasi"),
    "kop": kop("header", ["PEMERINTAH KOTA BEKASI", "DINAS PERPUSTAKAAN DAN KEARSIPAN",
                          "Jl. Ir. H. Juanda No. 100 Bekasi 17112"]),
    "body": [
        {"p": "Bekasi, 3 Oktober 2024", "align": "right"},
        {"p": "Nomor\t: 005/744/Dispusip\nPerihal\t: Undangan Temu Kangen Keluarga Besar Dispusip", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Yth. Seluruh Pegawai Dinas Perpustakaan dan Kearsipan Kota Bekasi", "align": "left"},
        {"p": "Dengan hormat, dalam rangka mempererat silaturahmi, kami mengundang Bapak/Ibu untuk hadir pada Temu Kangen Keluarga Besar Dispusip bersama mantan Kepala Dinas kita, Bapak H. Iwan Kurniadi, S.T., M.Si., yang saat ini maju sebagai calon Wakil Wali Kota Bekasi.", "first": 720},
        {"p": "Acara dilaksanakan Sabtu, 12 Oktober 2024 pukul 09.00 WIB di Rumah Makan Saung Kuring, Jl. Kalimalang.", "first": 720},
        {"p": "Dalam acara tersebut beliau akan menyampaikan harapan dan program untuk lima tahun ke depan. Sebagai keluarga yang pernah dipimpin yang bersangkutan, kami mohon Bapak/Ibu memberikan dukungan penuh dan mengajak pasangan serta anak yang sudah memiliki hak pilih.", "first": 720},
        {"p": "Mohon konfirmasi kehadiran kepada Subbag Umum. Seragam: batik bebas.", "first": 720},
        *sig("Sekretaris Dinas,", "", "", "Dra. Hj. Yuyun Yuningsih"),
        {"p": "PS: Foto bersama beliau nanti jangan diunggah ke media sosial kantor ya.", "italic": True, "size": 20, "align": "left"},
    ],
}, True, ["campaign-activity", "endorsement", "letterhead-misuse"], [7, 3],
    "Undangan temu kangen dengan mantan kadis yang maju sebagai calon wawali (disebut sekali), lalu 'beliau', 'yang bersangkutan': mohon dukungan penuh.")

# V38 classes 5, 11: MC script transcript with campaign yel-yel; no kop
add({
    "meta": meta("protokol.dispar", "2024-11-04T06:00:00Z"),
    "body": [
        {"p": "Transkrip rekaman apel pagi gabungan, halaman kantor Dinas Pariwisata Kota Mataram, Senin 4 November 2024 (dari rekaman HP Sdr. Protokol)", "italic": True, "align": "left"},
        {"p": "MC: \"...baik, apel selesai. Sebelum bubar, sesuai arahan bapak pimpinan tadi, kita tutup dengan yel-yel kita bersama. Semua ikuti ya. Saya bilang 'Mataram', bapak ibu jawab 'Menang!'\"", "align": "left"},
        {"p": "Peserta: \"Mataram - MENANG! Mataram - MENANG!\"", "align": "left"},
        {"p": "MC: \"Bersama Pak Haji Zulkifli...\" Peserta: \"SATU PUTARAN!\" MC: \"Lanjutkan...\" Peserta: \"DUA PERIODE!\"", "align": "left"},
        {"p": "MC: \"Mantap. Jangan lupa ya bapak ibu, kita doakan Pak Haji Zulkifli yang sedang berjuang di Pilkada, tanggal 27 kita semua tau harus ke mana. Video yel-yel ini nanti diunggah admin ke IG dan TikTok dinas pakai #MataramMenangBersamaZul. Bubar, jalan!\"", "align": "left"},
    ],
}, True, ["campaign-activity", "endorsement", "social-media", "state-facility"], [5, 11],
    "Transkrip apel kantor: yel-yel 'Bersama Pak Haji Zulkifli - satu putaran - dua periode' dan unggahan ke akun dinas dengan tagar kampanye; tanpa kop.")

# V39 classes 8, 10: follow-up memo, kader incentive cut for non-supporters, Pelaporan
add({
    "meta": meta("pkm.cibadak", "2024-10-21T08:00:00Z", "UPT Puskesmas Cibadak"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN LEBAK", "DINAS KESEHATAN", "UPT PUSKESMAS CIBADAK",
                        "Jl. Raya Rangkasbitung - Pandeglang Km 6, Lebak 42357"]),
    "body": [
        {"p": "Nomor\t: 440/311/PKM-CBD/2024\nHal\t: Tindak lanjut rapat evaluasi posyandu", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Kepada Yth. Bidan Desa dan Koordinator Kader Posyandu se-wilayah UPT Puskesmas Cibadak", "align": "left"},
        {"p": "Menindaklanjuti rapat evaluasi program gizi dan posyandu tanggal 18 Oktober 2024, bersama ini disampaikan hal-hal sebagai berikut:", "first": 720},
        {"p": "Cakupan penimbangan balita (D/S) bulan September 64%, agar ditingkatkan menjadi minimal 80%.", "num": 0},
        {"p": "Insentif kader posyandu triwulan IV hanya dibayarkan kepada kader yang ikut memenangkan pasangan nomor urut 1 di wilayah posyandunya masing-masing.", "num": 0},
        {"p": "Kader yang kedapatan mengikuti kegiatan pasangan lain dicoret dari daftar penerima insentif dan digantikan kader baru.", "num": 0},
        {"p": "**Pelaporan.** Bidan desa melaporkan daftar kader yang aktif mendukung beserta nomor KTP paling lambat 10 November 2024.", "align": "left"},
        *sig("Kepala UPT Puskesmas Cibadak,", "", "", "dr. Ade Permana"),
    ],
}, True, ["inducement", "state-facility", "endorsement", "letterhead-misuse"], [8, 10],
    "Surat 'tindak lanjut evaluasi posyandu' berkop: insentif kader hanya untuk yang memenangkan paslon no 1, kader pendukung lain dicoret.")

# V40 classes 13, 9: BUMDes minutes, agreed sembako with pair stickers; no kop
add({
    "meta": meta("bumdes.kempo", "2024-11-10T17:00:00Z"),
    "body": [
        {"p": "NOTULEN RAPAT PENGURUS BUMDES \"MBOJO SEJAHTERA\" DAN PEMERINTAH DESA", "align": "center", "bold": True},
        {"p": "Minggu, 10 November 2024, Kantor BUMDes, Desa Soro, Kec. Kempo, Kab. Dompu", "align": "center", "italic": True},
        {"p": "Hadir: Kepala Desa, Sekretaris Desa, Direktur dan Bendahara BUMDes, Ketua BPD, 6 Kepala Dusun.", "align": "left"},
        {"p": "Bendahara melaporkan saldo keuntungan unit usaha air minum isi ulang dan sewa alat pertanian per Oktober sebesar Rp47.800.000.", "first": 720},
        {"p": "Setelah musyawarah, **disepakati**:", "align": "left"},
        {"p": "Sebesar Rp30.000.000 dari keuntungan BUMDes dialokasikan untuk paket sembako 600 KK yang dibagikan 20-24 November 2024.", "num": 0},
        {"p": "Setiap paket dikemas dengan stiker pasangan nomor urut 2, Drs. H. Abdul Karim - Siti Hajar, S.Pd., dan kartu \"Jangan lupa 27 November, coblos nomor 2\".", "num": 0},
        {"p": "Kepala Dusun membagikan paket dan mencatat KK yang menerima; KK yang dikenal sebagai pendukung pasangan lain tidak diprioritaskan.", "num": 0},
        {"p": "Pembagian dilaksanakan malam hari oleh perangkat dusun.", "num": 0},
        {"p": "Notulis: Sekretaris BUMDes", "align": "right"},
    ],
}, True, ["state-facility", "inducement", "endorsement"], [13, 9],
    "Notulen tanpa kop: disepakati dana BUMDes untuk sembako berstiker paslon no 2 dengan ajakan coblos; KK pendukung lain tidak diprioritaskan.")
# =============================================================== COMPLIANT
# C1 neutrality circular quoting every prohibition; libreoffice; footnote
add({
    "engine": "libreoffice",
    "meta": meta("bkpsdm.lotim", "2024-09-20T08:00:00Z", "Pemerintah Kabupaten Lombok Timur"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN LOMBOK TIMUR", "SEKRETARIAT DAERAH",
                          "Jl. Prof. M. Yamin No. 57 Selong 83612"]),
    "body": [
        {"p": "SURAT EDARAN\nNomor: 800.1.6/221/BKPSDM/2024\nTENTANG\nNETRALITAS APARATUR SIPIL NEGARA PADA PEMILIHAN GUBERNUR, BUPATI DAN WAKIL BUPATI TAHUN 2024", "align": "center", "bold": True},
        {"p": "Dalam rangka menjaga netralitas ASN sebagaimana diatur dalam UU Nomor 20 Tahun 2023 tentang ASN, PP Nomor 94 Tahun 2021 tentang Disiplin PNS{fn:1} dan SKB tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN, dengan ini diingatkan bahwa setiap ASN di lingkungan Pemerintah Kabupaten Lombok Timur DILARANG:", "first": 720},
        {"p": "memasang spanduk, baliho, stiker atau alat peraga lain yang mempromosikan pasangan calon;", "num": 0},
        {"p": "menghadiri deklarasi, kampanye, rapat umum atau pertemuan yang diselenggarakan pasangan calon maupun tim kampanye, termasuk menggunakan atribut pasangan calon;", "num": 0},
        {"p": "menjadi anggota tim pemenangan, tim sukses atau relawan pasangan calon;", "num": 0},
        {"p": "mengunggah, menanggapi (like, komentar), membagikan, atau mengikuti akun dan grup pemenangan pasangan calon di media sosial, termasuk memakai twibbon;", "num": 0},
        {"p": "berfoto bersama pasangan calon dengan mengikuti simbol gerakan tangan yang menunjukkan keberpihakan;", "num": 0},
        {"p": "menggunakan fasilitas jabatan, kendaraan dinas, gedung kantor atau anggaran untuk kegiatan pasangan calon;", "num": 0},
        {"p": "membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon, termasuk memberikan barang atau bantuan yang dikaitkan dengan dukungan.", "num": 0},
        {"p": "ASN yang melanggar akan dikenai hukuman disiplin sesuai ketentuan. Kepala Perangkat Daerah bertanggung jawab mengawasi pegawainya dan melaporkan setiap indikasi pelanggaran kepada BKPSDM.", "first": 720},
        *sig("Selong, 20 September 2024", "SEKRETARIS DAERAH,", "", "", "Drs. H. Lalu Hamdi, M.Si."),
    ],
    "footnotes": {"1": "Pasal 5 huruf n PP 94/2021 mengatur larangan memberikan dukungan kepada calon."},
}, False, [], [14], "Surat edaran netralitas yang mengutip seluruh larangan (spanduk, kampanye, tim sukses, like/share, pose jari, fasilitas, keputusan).")

# C2 Bawaslu report quoting a hashtag post; split runs
add({
    "meta": meta("bawaslu.pdg", "2024-10-29T13:00:00Z", "Bawaslu Kabupaten Pandeglang"),
    "kop": kop("table", ["BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN PANDEGLANG",
                         "Jl. Raya Labuan Km 2, Pandeglang, Banten 42212"], logo="[LOGO BAWASLU]"),
    "body": [
        {"p": "LAPORAN HASIL PENGAWASAN PEMILIHAN\n(Formulir Model A)", "align": "center", "bold": True},
        {"table": [["Tahapan yang diawasi", "Kampanye Pemilihan Bupati dan Wakil Bupati Pandeglang 2024"],
                   ["Pelaksana tugas pengawasan", "Panwaslu Kecamatan Cadasari"],
                   ["Waktu dan tempat", "Sabtu, 26 Oktober 2024; media sosial Facebook"],
                   ["Uraian singkat", "Akun Facebook atas nama Kepala Desa Kaungcaang mengunggah foto bersama pasangan calon nomor urut 2 dengan keterangan \"Warga Kaungcaang siap {split:#Lanjutkan|BersamaPakHendra}, dua periode!\" Unggahan memperoleh 214 tanda suka dan 37 komentar."]],
         "widths": [3000, 6070]},
        {"p": "**Analisis.** Perbuatan tersebut diduga melanggar Pasal 71 ayat (1) UU Nomor 10 Tahun 2016 mengenai larangan kepala desa membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon.", "align": "both"},
        {"p": "**Tindak lanjut.** Temuan diregistrasi dan dilakukan klarifikasi terhadap yang bersangkutan; tangkapan layar telah diarsipkan. Hasil kajian akan diteruskan kepada Pj. Bupati Pandeglang sebagai rekomendasi.", "align": "both"},
        *sig("Pandeglang, 29 Oktober 2024", "Koordinator Divisi Penanganan Pelanggaran,", "", "", "Nurul Fadilah, S.H."),
    ],
}, False, [], [14], "Laporan pengawasan Bawaslu yang mengutip unggahan kades '#LanjutkanBersamaPakHendra, dua periode' sebagai dugaan pelanggaran.")

# C3 health "kampanye" and ODF "deklarasi"
add({
    "meta": meta("pkm.sukaresmi", "2024-10-08T08:00:00Z", "UPT Puskesmas Sukaresmi"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN CIANJUR", "DINAS KESEHATAN", "UPT PUSKESMAS SUKARESMI",
                        "Jl. Raya Sukaresmi No. 3, Cianjur 43254"]),
    "body": [
        {"p": "Nomor\t: 440/198/PKM-SKR/2024\nPerihal\t: Undangan Deklarasi Desa ODF dan Kampanye CTPS", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Yth. Kepala Desa Sukaresmi, Ketua TP PKK, Kader Kesehatan dan Kepala Sekolah SD se-Desa Sukaresmi", "align": "left"},
        {"p": "Dengan hormat, setelah verifikasi oleh Dinas Kesehatan, Desa Sukaresmi dinyatakan memenuhi kriteria Stop Buang Air Besar Sembarangan (ODF). Sehubungan dengan itu kami mengundang Bapak/Ibu pada acara Deklarasi Desa ODF sekaligus Kampanye Cuci Tangan Pakai Sabun (CTPS) dalam rangka Hari Cuci Tangan Sedunia.", "first": 720},
        {"p": "Hari/Tanggal\t: Selasa, 15 Oktober 2024\nWaktu\t: 08.00 WIB - selesai\nTempat\t: Lapangan SDN Sukaresmi 1", "indent": 720, "align": "left", "tabs": [[2600, "left"]]},
        {"p": "Setiap sekolah membawa 30 siswa untuk praktik CTPS enam langkah. Kader diharapkan mengenakan seragam kader dan membawa spanduk kampanye kesehatan yang telah dibagikan.", "first": 720},
        *sig("Kepala UPT Puskesmas,", "", "", "drg. Lia Amalia"),
    ],
}, False, [], [], "Umpan: 'deklarasi' desa ODF dan 'kampanye' cuci tangan, bukan politik.")

# C4 polling-day arrangements, tracked deletion
add({
    "meta": meta("setda.simalungun", "2024-11-20T08:00:00Z", "Pemerintah Kabupaten Simalungun"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN SIMALUNGUN", "SEKRETARIAT DAERAH",
                          "Jl. Sutomo No. 1 Pamatang Raya 21162"]),
    "body": [
        {"p": "SURAT EDARAN\nNomor: 000.8.3/4410/Setda/2024\nTENTANG\nPEMBERIAN KESEMPATAN KEPADA PEGAWAI UNTUK MENGGUNAKAN HAK PILIH", "align": "center", "bold": True},
        {"p": "Sehubungan dengan penetapan hari Rabu, 27 November 2024 sebagai hari libur nasional dalam rangka pemungutan suara Pilkada Serentak, disampaikan kepada seluruh Kepala Perangkat Daerah hal-hal sebagai berikut:", "first": 720},
        {"p": "Pegawai ASN, PPPK dan non-ASN diberi kesempatan menggunakan hak pilihnya di TPS masing-masing.", "num": 0},
        {"p": "Unit pelayanan yang tetap beroperasi (RSUD, puskesmas rawat inap, damkar) mengatur jadwal jaga {del:secara bergilir }sehingga setiap petugas dapat datang ke TPS.", "num": 0},
        {"p": "Pegawai yang menjadi anggota KPPS, PPS atau Pengawas TPS diberikan dispensasi pada hari pelaksanaan bimbingan teknis dan sehari setelah pemungutan suara.", "num": 0},
        {"p": "Pegawai tetap menjaga netralitas dan tidak mengarahkan pilihan pihak mana pun.", "num": 0},
        {"p": "Gunakan hak pilih Anda, datang ke TPS, karena satu suara menentukan masa depan daerah.", "first": 720, "italic": True},
        *sig("Pamatang Raya, 20 November 2024", "SEKRETARIS DAERAH,", "", "", "Ir. Mixnon Andreas Simamora"),
    ],
}, False, [], [14], "Logistik pemungutan suara: libur, hak pilih, dispensasi KPPS/PPS, 'gunakan hak pilih'.")

# C5 Panwascam duty to supervise every pair's rally (trap for class 12)
add({
    "meta": meta("panwascam.alas", "2024-10-20T09:00:00Z", "Panwaslu Kecamatan Alas"),
    "kop": kop("table", ["BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUMBAWA", "PANITIA PENGAWAS PEMILIHAN KECAMATAN ALAS",
                         "Jl. Datu Bala No. 8, Alas, Sumbawa 84353"], logo="[LOGO]"),
    "body": [
        {"p": "SURAT TUGAS\nNomor: 041/PM.01.02/K.NB-04/ALAS/X/2024", "align": "center", "bold": True},
        {"p": "Ketua Panwaslu Kecamatan Alas menugaskan anggota dan staf sekretariat di bawah ini untuk melakukan pengawasan melekat terhadap kegiatan kampanye pasangan calon Bupati dan Wakil Bupati Sumbawa di wilayah Kecamatan Alas:", "first": 720},
        {"table": [["Tanggal", "Kegiatan yang diawasi", "Lokasi", "Petugas"],
                   ["26 Okt 2024", "Kampanye terbuka Paslon 1", "Lapangan Alas", "Anggota Div. HPPH + 2 PKD"],
                   ["2 Nov 2024", "Kampanye terbuka Paslon 2", "Lapangan Alas", "Anggota Div. PP + 2 PKD"],
                   ["9 Nov 2024", "Kampanye terbuka Paslon 3", "Pantai Labuhan Alas", "Ketua + 2 PKD"]],
         "header_row": True, "widths": [1500, 2900, 2200, 2470]},
        {"p": "Petugas mengawasi kesesuaian jadwal dengan STTP, keterlibatan ASN, kepala desa dan perangkat desa, pelibatan anak, penggunaan fasilitas pemerintah serta dugaan politik uang; hasilnya dituangkan dalam Formulir Model A paling lambat 1x24 jam.", "first": 720},
        {"p": "Petugas wajib mengenakan rompi dan tanda pengenal pengawas serta tidak menunjukkan keberpihakan.", "first": 720},
        *sig("Alas, 20 Oktober 2024", "Ketua Panwaslu Kecamatan Alas,", "", "", "Sri Rahayu Ningsih, S.Pd."),
    ],
}, False, [], [14], "Surat tugas pengawas: hadir di kampanye semua paslon untuk MENGAWASI (tugas Panwascam), bukan mengerahkan ASN.")

# C6 OSIS election bait
add({
    "meta": meta("osis.sman2", "2024-08-12T08:00:00Z", "SMA Negeri 2 Kota Bima"),
    "kop": kop("header", ["PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                          "SMA NEGERI 2 KOTA BIMA", "Jl. Gajah Mada No. 21 Kota Bima 84116"]),
    "body": [
        {"p": "PENGUMUMAN\nNomor: 421.3/212/SMAN2/VIII/2024", "align": "center", "bold": True},
        {"p": "Tentang Jadwal Pemilihan Ketua OSIS Masa Bakti 2024/2025", "align": "center"},
        {"p": "Berdasarkan hasil seleksi administrasi oleh MPK, telah ditetapkan tiga calon ketua OSIS: Nadia Rahmawati (XI IPA 2), M. Fikri Ramadhan (XI IPS 1) dan Siti Aisyah (XI IPA 4).", "first": 720},
        {"table": [["Kegiatan", "Waktu"],
                   ["Masa kampanye calon (poster di mading, orasi kelas)", "19-23 Agustus 2024"],
                   ["Debat kandidat di aula", "Sabtu, 24 Agustus 2024"],
                   ["Pemungutan suara (e-voting di lab komputer)", "Senin, 26 Agustus 2024"],
                   ["Pengumuman pemenang", "Senin, 26 Agustus 2024 pukul 14.00"]],
         "header_row": True, "widths": [5500, 3570]},
        {"p": "Seluruh siswa wajib memilih salah satu calon. Calon yang menang dilantik pada upacara 2 September 2024. Poster kampanye tidak boleh ditempel di luar papan yang disediakan.", "first": 720},
        *sig("Pembina OSIS,", "", "", "Rahmat Hidayat, S.Pd."),
    ],
}, False, [], [], "Umpan: pemilihan ketua OSIS (calon, kampanye, debat kandidat, pilih, menang).")

# C7 Inspektorat report quoting a PIP threat (trap for class 8)
add({
    "meta": meta("irbansus", "2024-02-28T10:00:00Z", "Inspektorat Daerah Kabupaten Subang"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN SUBANG", "INSPEKTORAT DAERAH",
                        "Jl. Dewi Sartika No. 2 Subang 41211"]),
    "body": [
        {"p": "LAPORAN HASIL PEMERIKSAAN KHUSUS\nNomor: 700.1.2.2/LHP-07/Irbansus/2024", "align": "center", "bold": True},
        {"p": "**1. Dasar pemeriksaan.** Rekomendasi Bawaslu Kabupaten Subang tanggal 2 Februari 2024 tentang dugaan pelanggaran netralitas ASN oleh Kepala SD Negeri di Kecamatan Pagaden.", "align": "left"},
        {"p": "**2. Fakta.** Terperiksa menerbitkan surat kepada orang tua murid yang memuat kalimat \"pengusulan PIP hanya akan diproses bagi siswa yang orang tuanya mengisi formulir dukungan\" untuk seorang caleg DPRD, disertai permintaan fotokopi KTP. Sebanyak 74 formulir telah terkumpul di wali kelas.", "align": "both"},
        {"p": "**3. Simpulan.** Perbuatan terperiksa terbukti bertentangan dengan Pasal 5 huruf n PP 94/2021 dan mengaitkan program bantuan pendidikan dengan dukungan politik.", "align": "both"},
        {"p": "**4. Rekomendasi.** (a) Penjatuhan hukuman disiplin tingkat sedang kepada terperiksa; (b) Dinas Pendidikan memastikan pengusulan PIP dilakukan berdasarkan data DTKS tanpa syarat lain; (c) formulir yang terkumpul dimusnahkan dengan berita acara.", "align": "both"},
        *sig("Subang, 28 Februari 2024", "Inspektur Daerah,", "", "", "Drs. H. Asep Nuroni, M.Si."),
    ],
}, False, [], [14], "LHP Inspektorat yang mengutip ancaman PIP bersyarat dukungan caleg sebagai temuan dan merekomendasikan sanksi.")

# C8 disposisi: remove stickers, take down billboard with slogan; libreoffice
add({
    "engine": "libreoffice",
    "meta": meta("tu.dinkes.garut", "2024-09-30T09:00:00Z", "Dinas Kesehatan Kabupaten Garut"),
    "kop": kop("table", ["PEMERINTAH KABUPATEN GARUT", "DINAS KESEHATAN",
                         "Jl. Proklamasi No. 7 Tarogong Kidul, Garut 44151"], logo="[LOGO]"),
    "body": [
        {"p": "LEMBAR DISPOSISI", "align": "center", "bold": True},
        {"table": [["Surat dari", "Panwaslu Kecamatan Tarogong Kidul"],
                   ["Hal", "Imbauan penertiban atribut peserta pemilihan di lingkungan kantor pemerintah"],
                   ["Diteruskan kepada", "Sekretaris; Kasubag Umum; Kepala UPT Puskesmas"],
                   ["Isi disposisi", [{"p": "1. Lepas semua stiker paslon yang masih menempel di kaca mobil dinas dan ambulans, paling lambat besok. Cek juga motor dinas PKM.", "align": "left"},
                                      {"p": "2. Baliho \"Lanjutkan Dua Periode - Bersama Kang Usep\" di pagar samping kantor diturunkan hari ini; koordinasi dengan Satpol PP.", "align": "left"},
                                      {"p": "3. Laporkan dengan foto sebelum-sesudah ke Panwascam sebagai tindak lanjut imbauan.", "align": "left"}]],
                   ["Paraf", "Kadis, 30/9/2024"]],
         "widths": [2600, 6470]},
    ],
}, False, [], [14], "Disposisi perintah MELEPAS stiker paslon dari mobil dinas dan menurunkan baliho bertuliskan slogan petahana.")

# C9 disaster relawan and posko (bait)
add({
    "meta": meta("bpbd.kabbdg", "2024-03-05T06:00:00Z", "BPBD Kabupaten Bandung"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN BANDUNG", "BADAN PENANGGULANGAN BENCANA DAERAH",
                          "Jl. Raya Soreang Km 17, Soreang 40912"]),
    "body": [
        {"p": "SURAT PERINTAH TUGAS\nNomor: 360/188/BPBD/III/2024", "align": "center", "bold": True},
        {"p": "Sehubungan dengan banjir luapan Sungai Citarum yang merendam Kecamatan Dayeuhkolot, Baleendah dan Bojongsoang sejak 4 Maret 2024, dengan ini diperintahkan:", "first": 720},
        {"p": "Tim Reaksi Cepat (TRC) mendirikan posko utama di halaman Kantor Kecamatan Baleendah dan posko pendukung di GOR Dayeuhkolot.", "num": 0},
        {"p": "Koordinator relawan mendata relawan dari Tagana, PMI, Pramuka dan komunitas yang bergabung, dan membagi tugas evakuasi, dapur umum serta layanan kesehatan.", "num": 0},
        {"p": "Perahu karet dan truk logistik disiagakan 24 jam; dukungan logistik dari Dinas Sosial diterima di posko utama.", "num": 0},
        {"p": "Laporan situasi (sitrep) disampaikan setiap pukul 07.00 dan 19.00 WIB.", "num": 0},
        *sig("Soreang, 5 Maret 2024", "Kepala Pelaksana BPBD,", "", "", "Uka Suska Puji Utama, S.IP."),
    ],
}, False, [], [], "Umpan: 'relawan', 'posko', 'tim', 'dukungan logistik' untuk penanganan banjir.")

# C10 non-political social-media request
add({
    "meta": meta("kominfo.kng", "2024-08-26T08:00:00Z", "Diskominfo Kabupaten Kuningan"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN KUNINGAN", "DINAS KOMUNIKASI DAN INFORMATIKA",
                        "Jl. Aruji Kartawinata No. 15 Kuningan 45511"]),
    "body": [
        {"p": "Kuningan, 26 Agustus 2024", "align": "right"},
        {"p": "Nomor\t: 500.12/614/Diskominfo\nHal\t: Dukungan publikasi HUT Kuningan ke-526", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Yth. Kepala Perangkat Daerah se-Kabupaten Kuningan", "align": "left"},
        {"p": "Dalam rangka memeriahkan Hari Jadi Kuningan ke-526 dan Festival Kuda Kuningan tanggal 1 September 2024, kami mohon bantuan Bapak/Ibu agar pegawai di lingkungan masing-masing ikut menyukai, mengomentari dan membagikan unggahan akun resmi @kuningankab tentang rangkaian acara, serta memakai twibbon Hari Jadi yang dapat diunduh di laman resmi.", "first": 720},
        {"p": "Mohon tidak mengunggah materi yang bermuatan politik praktis pada akun perangkat daerah selama tahapan Pilkada berlangsung.", "first": 720},
        *sig("Kepala Dinas,", "", "", "Dr. Wahyu Hidayah, M.Si."),
    ],
}, False, [], [], "Umpan: permintaan like/share dan twibbon untuk Hari Jadi daerah, non-politik.")
# C11 hibah "dukungan" to KPU and Bawaslu
add({
    "meta": meta("bkad.lebak", "2024-06-03T09:00:00Z", "BKAD Kabupaten Lebak"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN LEBAK", "BADAN KEUANGAN DAN ASET DAERAH",
                          "Jl. Abdi Negara No. 3 Rangkasbitung 42312"]),
    "body": [
        {"p": "Rangkasbitung, 3 Juni 2024", "align": "right"},
        {"p": "Nomor\t: 900.1.3/1215/BKAD\nLampiran\t: 2 berkas\nHal\t: Pencairan Tahap II Dana Hibah Pemilihan", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Kepada Yth.\n1. Ketua KPU Kabupaten Lebak\n2. Ketua Bawaslu Kabupaten Lebak", "align": "left"},
        {"p": "Menindaklanjuti Naskah Perjanjian Hibah Daerah (NPHD) tanggal 10 November 2023 sebagai bentuk dukungan Pemerintah Kabupaten Lebak terhadap penyelenggaraan Pemilihan Bupati dan Wakil Bupati Tahun 2024, bersama ini kami sampaikan bahwa dana hibah tahap II akan ditransfer ke rekening hibah masing-masing:", "first": 720},
        {"table": [["Penerima", "Nilai NPHD", "Tahap II (60%)"],
                   ["KPU Kabupaten Lebak", "Rp58.400.000.000", "Rp35.040.000.000"],
                   ["Bawaslu Kabupaten Lebak", "Rp21.750.000.000", "Rp13.050.000.000"]],
         "header_row": True, "widths": [3500, 2800, 2770]},
        {"p": "Mohon disampaikan laporan penggunaan tahap I sesuai Permendagri Nomor 54 Tahun 2019 sebagai syarat pencairan.", "first": 720},
        *sig("Kepala BKAD,", "", "", "H. Dedi Rahmat, S.E., M.Si."),
    ],
}, False, [], [14], "Hibah 'dukungan' anggaran pemda kepada KPU dan Bawaslu untuk penyelenggaraan pemilihan.")

# C12 equal-treatment coordination with all pairs' LOs; tracked insertion
add({
    "meta": meta("kec.medanjohor", "2024-09-27T15:00:00Z", "Kecamatan Medan Johor"),
    "kop": kop("table", ["PEMERINTAH KOTA MEDAN", "KECAMATAN MEDAN JOHOR",
                         "Jl. Karya Jaya No. 1 Medan 20144"], logo="[LOGO]"),
    "body": [
        {"p": "NOTULEN RAPAT KOORDINASI PERSIAPAN KAMPANYE", "align": "center", "bold": True},
        {"p": "Jumat, 27 September 2024, Aula Kantor Camat. Hadir: Camat, Kapolsek, Danramil, Ketua PPK, Ketua Panwascam, para Lurah, dan penghubung (LO) tim kampanye Paslon 1, 2 dan 3.", "align": "left"},
        {"p": "Ketua PPK menyampaikan jadwal kampanye dan zona pemasangan APK yang ditetapkan KPU Kota Medan; setiap pasangan memperoleh jumlah titik APK dan jadwal pertemuan terbatas yang sama.", "num": 0},
        {"p": "Camat menegaskan bahwa kantor camat, kantor lurah, sekolah dan puskesmas tidak boleh digunakan untuk kampanye pasangan mana pun, dan ASN kecamatan tidak hadir pada kegiatan kampanye.", "num": 0},
        {"p": "Panwascam mengingatkan LO agar tidak melibatkan lurah, kepling dan ASN dalam kegiatan tim{ins:, serta melaporkan setiap pertemuan terbatas untuk penerbitan STTP}.", "num": 0},
        {"p": "Kesepakatan: pemberitahuan kegiatan kampanye disampaikan paling lambat H-3 kepada Polsek dengan tembusan Panwascam; perlakuan terhadap ketiga pasangan setara.", "num": 0},
        {"p": "Notulis: Kasi Pemerintahan", "align": "right"},
    ],
}, False, [], [14], "Rapat koordinasi Forkopimcam dengan LO semua paslon, perlakuan setara, larangan fasilitas dan ASN.")

# C13 Panwascam WA broadcast reminder, abbreviations
add({
    "meta": meta("ptps.ciruas", "2024-11-22T19:00:00Z"),
    "body": [
        {"p": "Broadcast grup \"ASN & PERANGKAT DESA KEC. CIRUAS\" dari Panwaslu Kecamatan (diarsipkan sebagai bahan sosialisasi)", "italic": True, "align": "left", "size": 20},
        {"p": "📢 *PENGINGAT NETRALITAS* 📢\nYth bpk/ibu ASN, PPPK, kades & perangkat desa se-Kec. Ciruas.\nMjlg masa tenang (24-26 Nov) & hari H 27 Nov, mhn DIPERHATIKAN:\n❌ JGN like/komen/share postingan paslon mana pun, termasuk di grup WA keluarga\n❌ JGN pasang twibbon / foto profil paslon\n❌ JGN foto pose jari nomor urut\n❌ JGN ikut bagi2 sembako/amplop atas nama paslon\n❌ Mobil dinas & kantor desa TDK BOLEH dipake kegiatan paslon\n✅ Silakan datang ke TPS & gunakan hak pilih sesuai hati nurani\nKlo ada info pelanggaran, lapor ke Panwascam (posko di kantor kec.) atau PKD desa masing2.\nTks 🙏 - Panwascam Ciruas", "align": "left"},
    ],
}, False, [], [11, 14], "Broadcast WA Panwascam berisi larangan (like/share, twibbon, pose jari, sembako, mobil dinas) dan ajakan gunakan hak pilih.")

# C14 sitting regent inaugurates a bridge, no campaign content
add({
    "meta": meta("pupr.sbw", "2024-03-18T09:00:00Z", "Dinas PUPR Kabupaten Sumbawa"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN SUMBAWA", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                          "Jl. Garuda No. 100 Sumbawa Besar 84312"]),
    "body": [
        {"p": "Sumbawa Besar, 18 Maret 2024", "align": "right"},
        {"p": "Nomor\t: 005/389/PUPR/2024\nSifat\t: Penting\nPerihal\t: Undangan Peresmian Jembatan Brang Biji II", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Kepada Yth. Camat Sumbawa, Camat Labuhan Badas, Kepala Desa terkait, dan pimpinan perangkat daerah", "align": "left"},
        {"p": "Dengan hormat, kami mengundang Bapak/Ibu menghadiri peresmian Jembatan Brang Biji II oleh Bupati Sumbawa pada Senin, 25 Maret 2024 pukul 09.00 WITA di ujung timur jembatan.", "first": 720},
        {"p": "Susunan acara: laporan Kepala Dinas PUPR, sambutan Bupati, penandatanganan prasasti, pengguntingan pita dan peninjauan jembatan. Jembatan sepanjang 60 meter ini dibangun dengan DAK Tahun 2023 untuk menghubungkan Kelurahan Brang Biji dengan jalur lingkar utara.", "first": 720},
        {"p": "Pakaian: PDH khaki. Konfirmasi kehadiran kepada Bidang Bina Marga.", "first": 720},
        *sig("Kepala Dinas,", "", "", "Ir. Syarafuddin Jarot, M.T."),
    ],
}, False, [], [14], "Bupati menjabat meresmikan jembatan dalam kapasitas resmi, tanpa muatan kampanye (Maret 2024).")

# C15 "partai" consignment, "menang", "dukungan" for sports team
add({
    "meta": meta("ops.bnm", "2024-07-15T09:00:00Z", "PT Banten Niaga Mandiri (Perseroda)"),
    "kop": kop("body", ["PT BANTEN NIAGA MANDIRI (PERSERODA)", "BADAN USAHA MILIK DAERAH PROVINSI BANTEN",
                        "Jl. Syech Nawawi Al-Bantani, Serang 42171"]),
    "body": [
        {"p": "MEMO INTERNAL No. 117/BNM-OPS/VII/2024", "align": "center", "bold": True},
        {"p": "Kepada: Manajer Gudang; Manajer SDM\nDari: Direktur Operasional\nHal: Penerimaan barang dan kegiatan karyawan", "align": "left"},
        {"p": "Satu partai beras medium sebanyak 80 ton dari mitra di Subang tiba Rabu, 17 Juli 2024. Manajer Gudang agar menyiapkan dua gudang di Cikande dan melakukan uji sampel kadar air sebelum bongkar. Partai berikutnya (gula pasir 40 ton) dijadwalkan akhir Juli.", "first": 720},
        {"p": "Tim futsal karyawan lolos ke semifinal Turnamen Futsal BUMD se-Banten. Manajemen memberikan dukungan berupa sewa bus dan konsumsi bagi suporter karyawan pada Sabtu, 20 Juli 2024. Semoga tim kita menang dan membawa pulang piala.", "first": 720},
        {"p": "Manajer SDM mendata karyawan yang akan ikut menjadi suporter paling lambat Kamis.", "first": 720},
        *sig("Direktur Operasional,", "", "", "Ir. Fauzan Hakim"),
    ],
}, False, [], [], "Umpan: 'satu partai beras' (kiriman barang), 'dukungan' tim futsal, 'menang' turnamen.")

# C16 minutes with "disepakati target" for immunisation and "tim sukses" stunting (trap for class 9)
add({
    "meta": meta("p2p.dinkes", "2024-05-14T15:00:00Z"),
    "body": [
        {"p": "NOTULEN RAPAT EVALUASI PROGRAM IMUNISASI DAN PERCEPATAN PENURUNAN STUNTING", "align": "center", "bold": True},
        {"p": "Selasa, 14 Mei 2024, ruang rapat Bidang P2P Dinas Kesehatan Kabupaten Karawang. Peserta: Kabid P2P, Kabid Kesmas, pengelola program dari 50 puskesmas.", "align": "left"},
        {"p": "Cakupan imunisasi dasar lengkap sampai April 2024 baru 27%; tiga puskesmas di bawah 20%.", "num": 0},
        {"p": "Pembentukan 'tim sukses' percepatan penurunan stunting di tingkat desa yang terdiri dari bidan desa, kader, TP PKK dan relawan pendamping keluarga.", "num": 0},
        {"p": "**Disepakati**: target cakupan IDL per puskesmas minimal 45% pada Juni 2024; sweeping sasaran dilakukan setiap Kamis; puskesmas yang menang lomba inovasi stunting tingkat kabupaten mewakili ke tingkat provinsi.", "num": 0},
        {"p": "**Diputuskan**: laporan mingguan melalui aplikasi ASIK setiap Senin.", "num": 0},
        {"p": "Notulis: Siti Nurjanah, S.K.M.", "align": "right"},
    ],
}, False, [], [], "Umpan: 'disepakati target', 'tim sukses' penurunan stunting, 'menang lomba' dalam notulen kesehatan.")

# C17 disciplinary decision quoting the act; footnote
add({
    "meta": meta("bkpsdm.tapsel", "2024-12-16T09:00:00Z", "Pemerintah Kabupaten Tapanuli Utara"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN TAPANULI UTARA", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                          "Jl. Letjen Suprapto No. 1 Tarutung 22411"]),
    "body": [
        {"p": "KEPUTUSAN BUPATI TAPANULI UTARA\nNOMOR 800.1.6.4/112/KPTS/2024\nTENTANG\nPENJATUHAN HUKUMAN DISIPLIN", "align": "center", "bold": True},
        {"p": "Menimbang\t: bahwa berdasarkan Berita Acara Pemeriksaan tanggal 2 Desember 2024, Sdr. R.H., NIP 1978xxxx, jabatan Kepala Seksi pada Kecamatan Sipoholon, terbukti mengikuti kampanye terbuka salah satu pasangan calon pada 16 November 2024 dengan mengenakan kaos bergambar pasangan calon dan mengunggah foto berpose jari nomor urut dengan keterangan \"Menang satu putaran!\" pada akun Facebook pribadinya;{fn:1}", "tabs": [[1700, "left"]], "hanging": 1700, "indent": 1700},
        {"p": "MEMUTUSKAN", "align": "center", "bold": True},
        {"p": "KESATU\t: Menjatuhkan hukuman disiplin sedang berupa pemotongan tunjangan kinerja sebesar 25% selama 6 (enam) bulan kepada yang bersangkutan.", "tabs": [[1700, "left"]], "hanging": 1700, "indent": 1700},
        {"p": "KEDUA\t: Keputusan ini mulai berlaku pada tanggal ditetapkan dan disampaikan kepada yang bersangkutan untuk dilaksanakan.", "tabs": [[1700, "left"]], "hanging": 1700, "indent": 1700},
        *sig("Ditetapkan di Tarutung", "pada tanggal 16 Desember 2024", "BUPATI TAPANULI UTARA,", "", "", "(nama dan tanda tangan)"),
    ],
    "footnotes": {"1": "Rekomendasi Bawaslu Kabupaten Tapanuli Utara Nomor 044/PP.01.02/K.SU-26/11/2024."},
}, False, [], [14], "Keputusan hukuman disiplin yang mengutip perbuatan ASN (ikut kampanye, kaos paslon, 'Menang satu putaran').")

# C18 Bawaslu socialisation invitation with agenda table; libreoffice
add({
    "engine": "libreoffice",
    "meta": meta("bawaslu.karo", "2024-09-09T09:00:00Z", "Bawaslu Kabupaten Karo"),
    "kop": kop("table", ["BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN KARO",
                         "Jl. Veteran No. 45 Kabanjahe 22115"], logo="[LOGO BAWASLU]"),
    "body": [
        {"p": "Nomor\t: 118/PM.00.02/K.SU-08/09/2024\nSifat\t: Segera\nHal\t: Undangan Sosialisasi Netralitas ASN, TNI/Polri dan Kepala Desa", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Yth. Sekretaris Daerah, Kepala Perangkat Daerah, Camat dan Kepala Desa se-Kabupaten Karo", "align": "left"},
        {"p": "Dalam rangka pencegahan pelanggaran pada tahapan kampanye Pemilihan 2024, Bawaslu Kabupaten Karo mengundang Bapak/Ibu pada kegiatan sosialisasi dengan susunan acara:", "first": 720},
        {"table": [["Waktu", "Materi", "Narasumber"],
                   ["09.00-09.30", "Pembukaan", "Ketua Bawaslu Kab. Karo"],
                   ["09.30-10.30", "Bentuk pelanggaran netralitas: kampanye, media sosial, penggunaan fasilitas, keputusan yang menguntungkan paslon", "Koordinator Divisi Pencegahan"],
                   ["10.30-11.30", "Sanksi disiplin ASN dan pidana pemilihan (Pasal 71 dan 188 UU 10/2016)", "BKPSDM & Gakkumdu"],
                   ["11.30-12.00", "Penandatanganan pakta integritas netralitas", "Seluruh peserta"]],
         "header_row": True, "widths": [1600, 4800, 2670]},
        {"p": "Kegiatan dilaksanakan Kamis, 19 September 2024 di Aula Hotel Sinabung, Berastagi. Mohon kehadiran tepat waktu.", "first": 720},
        *sig("Ketua,", "", "", "Eva Juliani Pane, S.H."),
    ],
}, False, [], [14], "Undangan sosialisasi netralitas oleh Bawaslu, agenda menyebut jenis pelanggaran dan sanksi.")

# C19 routine pasar murah with explicit no-attribute rule (trap for class 13)
add({
    "meta": meta("disperindag.mdn", "2024-11-01T09:00:00Z", "Disperindag Kota Medan"),
    "kop": kop("header", ["PEMERINTAH KOTA MEDAN", "DINAS PERINDUSTRIAN DAN PERDAGANGAN",
                          "Jl. Jenderal Gatot Subroto No. 28 Medan 20112"]),
    "body": [
        {"p": "Medan, 1 November 2024", "align": "right"},
        {"p": "Nomor\t: 500.2/3381/Disperindag\nHal\t: Pelaksanaan Pasar Murah November 2024", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Yth. Camat se-Kota Medan", "align": "left"},
        {"p": "Dalam rangka stabilisasi harga bahan pokok akhir tahun, Dinas Perindustrian dan Perdagangan melaksanakan pasar murah di 21 kecamatan sesuai jadwal terlampir, dengan paket beras 5 kg, minyak goreng 2 liter dan gula 1 kg seharga Rp75.000.", "first": 720},
        {"p": "Mengingat pelaksanaan bertepatan dengan masa kampanye Pilkada, kami tegaskan: (a) lokasi dan jadwal pasar murah ditetapkan dinas dan tidak disesuaikan dengan agenda pasangan calon mana pun; (b) kemasan polos berlogo Pemko tanpa warna atau gambar peserta pemilihan; (c) tidak diperkenankan ada atribut, sambutan atau penyerahan oleh pasangan calon maupun tim kampanye di lokasi.", "first": 720},
        {"p": "Camat diminta menyiapkan lokasi dan mengoordinasikan lurah untuk penyebaran informasi kepada warga.", "first": 720},
        *sig("Kepala Dinas,", "", "", "Drs. Benny Sinomba Siregar, M.Si."),
    ],
}, False, [], [14], "Pasar murah rutin dengan penegasan tidak mengikuti agenda paslon, kemasan polos, tanpa atribut.")

# C20 BLT "calon penerima", explicitly decoupled from Pilkada
add({
    "meta": meta("desa.sukamulya", "2024-10-14T08:00:00Z", "Pemerintah Desa Sukamulya"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN TASIKMALAYA", "KECAMATAN SINGAPARNA", "DESA SUKAMULYA",
                        "Jl. Raya Singaparna No. 45, Tasikmalaya 46417"]),
    "body": [
        {"p": "PENGUMUMAN\nNomor: 141/54/Ds.Skm/X/2024", "align": "center", "bold": True},
        {"p": "Berdasarkan hasil Musyawarah Desa Khusus tanggal 10 Oktober 2024, telah ditetapkan 64 calon penerima BLT Dana Desa triwulan IV yang daftarnya ditempel di papan pengumuman kantor desa dan masjid di setiap dusun.", "first": 720},
        {"p": "Warga yang keberatan atau mengetahui calon penerima yang tidak memenuhi kriteria (miskin ekstrem, kehilangan mata pencaharian, anggota keluarga berpenyakit kronis) dapat menyampaikan sanggahan paling lambat 21 Oktober 2024.", "first": 720},
        {"p": "BLT Dana Desa tidak ada kaitannya dengan pilihan politik dalam Pilkada. Apabila ada pihak yang mengaitkan bantuan dengan dukungan kepada pasangan calon atau meminta fotokopi KTP untuk kepentingan tersebut, mohon dilaporkan kepada PKD atau Panwaslu Kecamatan.", "first": 720},
        *sig("Kepala Desa Sukamulya,", "", "", "ENDANG KOSASIH"),
    ],
}, False, [], [14], "Pengumuman BLT DD ('calon penerima') yang menegaskan bantuan tidak terkait Pilkada dan meminta pelaporan.")
# C21 KPPS bimtek minutes, "calon anggota KPPS", "pilih"
add({
    "meta": meta("pps.gerung", "2024-11-18T16:00:00Z"),
    "body": [
        {"p": "NOTULEN BIMBINGAN TEKNIS KPPS DESA BANYU URIP", "align": "center", "bold": True},
        {"p": "Senin, 18 November 2024, Balai Desa Banyu Urip, Kec. Gerung, Lombok Barat. Diselenggarakan PPS Desa Banyu Urip bersama PPK Gerung.", "align": "center", "italic": True},
        {"p": "Ketua PPS menyampaikan bahwa dari 98 calon anggota KPPS yang mendaftar, 77 orang telah dilantik untuk 11 TPS; dua orang di antaranya ASN guru yang telah memperoleh izin atasan.", "num": 0},
        {"p": "Anggota KPPS di setiap TPS memilih ketua di antara mereka; hasil pemilihan ketua dilaporkan ke PPS paling lambat 20 November.", "num": 0},
        {"p": "Materi bimtek: penyiapan TPS ramah disabilitas, pengisian formulir Model C.Hasil, penanganan pemilih DPTb, serta larangan KPPS menunjukkan dukungan kepada pasangan calon mana pun.", "num": 0},
        {"p": "Simulasi pemungutan suara: pemilih memilih dengan mencoblos satu kotak pasangan calon pada surat suara gubernur dan surat suara bupati.", "num": 0},
        {"p": "Notulis: Sekretariat PPS", "align": "right"},
    ],
}, False, [], [14], "Logistik pemilu: bimtek KPPS, 'calon anggota KPPS', ASN sebagai KPPS dengan izin, simulasi mencoblos.")

# C22 Satpol PP removal of APK per Bawaslu recommendation, quoting slogans
add({
    "meta": meta("satpolpp.garut", "2024-11-24T07:00:00Z", "Satpol PP Kabupaten Garut"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN GARUT", "SATUAN POLISI PAMONG PRAJA",
                        "Jl. Patriot No. 12 Garut 44112"]),
    "body": [
        {"p": "SURAT PERINTAH\nNomor: 300.1/877/Satpol PP/2024", "align": "center", "bold": True},
        {"p": "Dasar: Rekomendasi Bawaslu Kabupaten Garut tentang penertiban alat peraga kampanye pada masa tenang, dan surat KPU Kabupaten Garut tentang lokasi pemasangan APK.", "align": "left"},
        {"p": "Memerintahkan Regu Penertiban I dan II untuk menurunkan seluruh APK pasangan calon yang masih terpasang pada masa tenang 24-26 November 2024, termasuk yang berada di lingkungan perkantoran pemerintah, antara lain:", "first": 720},
        {"table": [["Lokasi", "Jenis dan bunyi APK"],
                   ["Pagar Kantor Kecamatan Tarogong Kaler", "Baliho \"Lanjutkan! Bersama Kang Usep, Garut Juara Dua Periode\""],
                   ["Simpang Lima Garut", "Spanduk \"Pilih No. 1, Garut Berubah!\""],
                   ["Depan SMPN 1 Garut", "Umbul-umbul paslon nomor urut 3"]],
         "header_row": True, "widths": [3800, 5270]},
        {"p": "APK yang diturunkan dicatat dalam berita acara dan diserahkan ke gudang Satpol PP untuk diambil oleh tim kampanye masing-masing. Penertiban dilakukan tanpa membedakan pasangan calon dan didampingi Panwaslu Kecamatan.", "first": 720},
        *sig("Garut, 24 November 2024", "Kepala Satuan,", "", "", "Drs. Ade Sudrajat"),
    ],
}, False, [], [14], "Perintah Satpol PP menurunkan APK semua paslon per rekomendasi Bawaslu, mengutip bunyi slogan baliho.")

# C23 Betawi-flavoured voice-note from puskesmas head, telling staff to stay neutral
add({
    "meta": meta("pkm.ciputat", "2024-10-01T10:00:00Z", "UPT Puskesmas Ciputat Timur"),
    "kop": kop("body", ["PEMERINTAH KOTA TANGERANG SELATAN", "DINAS KESEHATAN", "UPT PUSKESMAS CIPUTAT TIMUR",
                        "Jl. Pahlawan No. 7, Ciputat Timur 15411"]),
    "body": [
        {"p": "Transkrip arahan lisan Kepala Puskesmas dalam apel pagi 1 Oktober 2024 (dicatat Kasubbag TU untuk diedarkan ke pustu)", "italic": True, "align": "left"},
        {"p": "\"Ya bapak ibu, aye cuma mau ngingetin nih, mumpung udah mulai musim kampanye. Kagak ada yang pake kaos paslon ke kantor ye, biar kata dikasih gratis di pasar. Di pustu juga, kalo ada tim sukses mau nempel stiker di pintu, bilang aja kagak boleh, ini kantor pemerintah.", "align": "left"},
        {"p": "Terus di hape, jangan ikut-ikutan nge-like, nge-share, apalagi komen di postingan calon, grup keluarga juga ati-ati. Foto pose jari juga kagak usah. Ada yang ngajak jadi relawan, tolak baek-baek. Kite ini ASN, netral. Nanti tanggal 27 silakan nyoblos, itu hak masing-masing, rahasia.", "align": "left"},
        {"p": "Mobil pusling juga kagak boleh dipinjem siapa-siapa buat acara begituan. Udah, gitu aje. Makasih.\"", "align": "left"},
    ],
}, False, [], [11, 14], "Transkrip berlogat Betawi: kepala puskesmas MELARANG kaos paslon, stiker, like/share, relawan, pinjam mobil; ajakan nyoblos sesuai hak.")

# C24 OCR-damaged neutrality circular; libreoffice; textbox
add({
    "engine": "libreoffice",
    "meta": meta("scan_ocr2", "2024-10-02T09:00:00Z"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN DOMPU", "SEKRETARIAT DAERAH", "JL. BAKAU N0. 1 D0MPU 84211"]),
    "body": [
        {"p": "SURAT EDARAN N0M0R: 800/1O2/SETDA/2O24\nTENTANG NETRALITAS A$N DALAM PI1KADA SERENTAK TAHUN 2O24", "align": "center", "bold": True},
        {"p": "Dalarn rangka pelaksanaan Pemilihan Gubemur dan Wakil Gubemur NTB serta Bupati dan Wakil Bupati Dompu, diminta kepada seluruh A$N untuk menjaga netralitas dengan tidak:", "align": "left"},
        {"p": "a. rnenghadiri kampanye atau deklarasi pasangan ca1on;\nb. rnenjadi tim sukses, tim kampanye atau re1awan pasangan calon;\nc. mernasang atribut, stiker atau spanduk pasangan ca1on;\nd. rnenyukai, rnembagikan atau rnengomentari unggahan pasangan calon di media sosia1;\ne. rnenggunakan kendaraan dinas dan fasi1itas kantor untuk kepentingan pasangan ca1on;\nf. rnemberikan barang, uang atau bantuan yang dikaitkan dengan dukungan.", "align": "left"},
        {"textbox": [{"p": "PERHATIAN: pe1anggaran dapat di1aporkan ke Bawas1u Kab. Dompu atau Panwas1u Kecamatan setempat.", "align": "center", "bold": True}], "width_cm": 14, "height_cm": 1.8},
        *sig("D0MPU, 2 0KT0BER 2O24", "SEKRETARIS DAERAH,", "", "ttd", "Drs. H. Muhammad Syahroni"),
    ],
}, False, [], [11, 14], "Salinan OCR rusak ('A$N', 'Gubemur', 'pi1kada') dari edaran netralitas yang mengutip semua larangan.")

# C25 PPDB bait: "calon peserta didik", "pilih jalur", "dukungan orang tua"
add({
    "meta": meta("smpn1.pdg", "2024-05-20T08:00:00Z", "SMP Negeri 1 Labuan"),
    "kop": kop("table", ["PEMERINTAH KABUPATEN PANDEGLANG", "DINAS PENDIDIKAN DAN KEBUDAYAAN", "SMP NEGERI 1 LABUAN",
                         "Jl. Raya Labuan - Carita Km 1, Pandeglang 42264"], logo="[LOGO SEKOLAH]"),
    "body": [
        {"p": "PENGUMUMAN PENERIMAAN PESERTA DIDIK BARU (PPDB) TAHUN AJARAN 2024/2025", "align": "center", "bold": True},
        {"p": "Calon peserta didik dapat memilih salah satu jalur pendaftaran: zonasi (50%), afirmasi (15%), perpindahan tugas orang tua (5%) dan prestasi (30%). Setiap calon hanya boleh memilih satu jalur.", "first": 720},
        {"p": "Pendaftaran daring 3-8 Juni 2024; verifikasi berkas di sekolah 10-12 Juni 2024; pengumuman 15 Juni 2024.", "first": 720},
        {"p": "Tim sukses PPDB sekolah (panitia dan operator) siap membantu orang tua yang kesulitan mendaftar di ruang TU setiap hari kerja pukul 08.00-14.00. Kami mengharapkan dukungan orang tua agar seluruh proses berjalan jujur dan transparan.", "first": 720},
        *sig("Kepala Sekolah,", "", "", "H. Sukandi, S.Pd., M.Pd."),
    ],
}, False, [], [], "Umpan PPDB: 'calon peserta didik', 'memilih jalur', 'tim sukses PPDB', 'dukungan orang tua'.")

# C26 health campaign hashtags and twibbon (trap for class 5)
add({
    "meta": meta("promkes.dinkes", "2024-11-04T08:00:00Z", "Dinas Kesehatan Kabupaten Lombok Barat"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN LOMBOK BARAT", "DINAS KESEHATAN",
                          "Jl. Soekarno-Hatta, Giri Menang, Gerung 83363"]),
    "body": [
        {"p": "Gerung, 4 November 2024", "align": "right"},
        {"p": "Nomor\t: 440/2207/Dikes\nHal\t: Kampanye Hari Kesehatan Nasional ke-60", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Yth. Kepala UPT Puskesmas dan Direktur RSUD Tripat", "align": "left"},
        {"p": "Dalam rangka Hari Kesehatan Nasional 12 November 2024 dengan tema \"Gerak Bersama, Sehat Bersama\", kami mohon seluruh tenaga kesehatan ikut menyemarakkan kampanye di media sosial dengan:", "first": 720},
        {"p": "memasang twibbon HKN ke-60 sebagai foto profil selama 5-15 November;", "num": 0},
        {"p": "mengunggah kegiatan posyandu, imunisasi dan senam pagi dengan tagar #HKN60 #AyoImunisasi #LombokBaratSehat;", "num": 0},
        {"p": "membagikan unggahan akun resmi @dikes.lobar tentang imunisasi campak-rubela.", "num": 0},
        {"p": "Unggahan tidak boleh memuat gambar, atribut atau nomor urut peserta Pilkada.", "first": 720},
        *sig("Kepala Dinas,", "", "", "dr. H. Lalu Hadi Wijaya"),
    ],
}, False, [], [], "Umpan: twibbon, tagar dan share untuk kampanye Hari Kesehatan Nasional, bukan politik.")

# C27 hall for PPK recapitulation (trap for class 6)
add({
    "meta": meta("kec.woha", "2024-11-25T08:00:00Z", "Kecamatan Woha"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN BIMA", "KECAMATAN WOHA",
                          "Jl. Lintas Sumbawa, Woha, Bima 84171"]),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        {"p": "Kepada\t: Kasubag Umum dan Kepegawaian\nDari\t: Sekretaris Kecamatan\nHal\t: Penggunaan Aula untuk Rapat Pleno Rekapitulasi PPK", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Menindaklanjuti surat PPK Woha tanggal 22 November 2024 tentang permohonan pinjam pakai aula kecamatan sebagai tempat rapat pleno terbuka rekapitulasi hasil penghitungan suara tingkat kecamatan, mohon disiapkan:", "first": 720},
        {"p": "Aula kantor camat pada 28 November - 2 Desember 2024, termasuk ruang penyimpanan kotak suara yang dapat dikunci dan disegel;", "num": 0},
        {"p": "LCD proyektor, layar dan genset cadangan; konsumsi ditanggung PPK dari anggaran KPU;", "num": 0},
        {"p": "Pegawai kecamatan tidak terlibat dalam proses rekapitulasi kecuali yang ditugaskan sebagai sekretariat PPK berdasarkan SK KPU.", "num": 0},
        {"p": "Kursi saksi disediakan sama untuk setiap pasangan calon, dan meja Panwaslu Kecamatan di sisi depan.", "num": 0},
        *sig("Sekretaris Kecamatan,", "", "", "Muhammad Amin, S.Sos."),
    ],
}, False, [], [14], "Pinjam pakai aula untuk rapat pleno rekapitulasi PPK (penyelenggara pemilu), kursi saksi setara; bukan kegiatan partisan.")

# C28 Bawaslu clarification summons quoting the alleged act
add({
    "meta": meta("bawaslu.lotim", "2024-10-16T09:00:00Z", "Bawaslu Kabupaten Lombok Timur"),
    "kop": kop("table", ["BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN LOMBOK TIMUR",
                         "Jl. TGH. Zainuddin Abdul Madjid, Selong 83612"], logo="[LOGO BAWASLU]"),
    "body": [
        {"p": "Nomor\t: 203/PP.01.02/K.NB-03/10/2024\nSifat\t: Penting\nHal\t: Undangan Klarifikasi", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Yth. Sdr. Kepala Dinas Lingkungan Hidup Kabupaten Lombok Timur\ndi Selong", "align": "left"},
        {"p": "Bawaslu Kabupaten Lombok Timur menerima laporan Nomor 014/LP/PB/Kab/19.03/X/2024 tentang dugaan pengerahan pegawai Dinas Lingkungan Hidup ke kegiatan \"Deklarasi Dukungan Relawan se-Kabupaten\" pada 12 Oktober 2024 di Lapangan Nasional Selong, menggunakan dua unit kendaraan dinas dan pemberian uang saku kepada pegawai.", "first": 720},
        {"p": "Untuk itu Saudara diundang memberikan keterangan pada Jumat, 18 Oktober 2024 pukul 09.00 WITA di Kantor Bawaslu Kabupaten Lombok Timur dengan membawa dokumen terkait (lembar disposisi dan daftar hadir pegawai).", "first": 720},
        {"p": "Klarifikasi ini merupakan bagian dari penanganan pelanggaran dan belum merupakan kesimpulan.", "first": 720},
        *sig("Ketua,", "", "", "Retno Sirnopati, S.H."),
    ],
}, False, [], [14], "Undangan klarifikasi Bawaslu yang mengutip dugaan pengerahan pegawai ke deklarasi dukungan.")

# C29 hospital duty roster on polling day, staff as KPPS
add({
    "meta": meta("yanmed.rsud", "2024-02-05T08:00:00Z", "RSUD Cianjur"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN CIANJUR", "RUMAH SAKIT UMUM DAERAH SAYANG",
                        "Jl. Dr. Hamidin No. 11 Cianjur 43211"]),
    "body": [
        {"p": "PENGUMUMAN\nNomor: 445/318/RSUD/II/2024", "align": "center", "bold": True},
        {"p": "Sehubungan dengan pemungutan suara Pemilu Presiden dan Wakil Presiden serta Anggota Legislatif pada Rabu, 14 Februari 2024 (libur nasional), disampaikan pengaturan pelayanan sebagai berikut:", "first": 720},
        {"table": [["Unit", "Pengaturan"],
                   ["IGD, ICU, rawat inap, kamar bersalin", "Berjalan normal; jaga pagi diberi waktu ke TPS bergantian pukul 07.00-10.00"],
                   ["Poliklinik rawat jalan", "Tutup; buka kembali Kamis, 15 Februari 2024"],
                   ["Pegawai yang menjadi KPPS/Pengawas TPS", "Melapor ke Bagian SDM dengan SK KPPS untuk dispensasi 13-15 Februari"],
                   ["Pasien rawat inap", "Pemungutan suara oleh KPPS keliling sesuai koordinasi dengan PPS Kelurahan Sayang"]],
         "header_row": True, "widths": [3300, 5770]},
        {"p": "Seluruh pegawai diimbau menggunakan hak pilihnya dan tetap menjaga netralitas di lingkungan rumah sakit.", "first": 720},
        *sig("Direktur,", "", "", "dr. Ira Ratnasari, Sp.PK."),
    ],
}, False, [], [14], "Pengaturan layanan RSUD pada hari pemungutan suara, dispensasi pegawai KPPS, TPS keliling untuk pasien.")

# C30 anti-drug declaration and anti-bullying campaign at school; no kop
add({
    "meta": meta("bk.smk", "2024-09-02T08:00:00Z"),
    "body": [
        {"p": "SURAT PEMBERITAHUAN KEPADA ORANG TUA/WALI SISWA", "align": "center", "bold": True},
        {"p": "Dengan hormat, kami sampaikan bahwa pada Senin, 9 September 2024, sekolah bersama BNN Kabupaten Serang dan Polsek Kramatwatu akan menyelenggarakan Deklarasi Sekolah Bersih Narkoba dan Kampanye Stop Perundungan.", "first": 720},
        {"p": "Seluruh siswa kelas X-XII mengikuti apel deklarasi, membacakan ikrar anti narkoba, dan dilanjutkan penyuluhan di kelas. Perwakilan OSIS akan menjadi duta kampanye anti perundungan selama satu semester dan mengajak teman-temannya memilih untuk peduli.", "first": 720},
        {"p": "Kami mohon dukungan Bapak/Ibu untuk membicarakan materi ini di rumah. Tes urine acak akan dilakukan oleh petugas BNN dengan persetujuan orang tua (formulir terlampir).", "first": 720},
        {"p": "Guru Bimbingan Konseling\nSMK Negeri 3 Kramatwatu", "align": "right"},
    ],
}, False, [], [], "Umpan: 'deklarasi' sekolah bersih narkoba, 'kampanye' stop perundungan, 'duta', 'dukungan'.")
# C31 HUT Korpri jalan sehat with Pj Bupati, explicit no-attribute rule (trap for class 3)
add({
    "meta": meta("korpri.sbw", "2024-11-15T09:00:00Z", "Dewan Pengurus KORPRI Kabupaten Sumbawa"),
    "kop": kop("header", ["DEWAN PENGURUS KORPS PEGAWAI REPUBLIK INDONESIA", "KABUPATEN SUMBAWA",
                          "Jl. Bungur No. 1 Sumbawa Besar 84312"]),
    "body": [
        {"p": "Nomor\t: 12/DP-KORPRI/XI/2024\nHal\t: Jalan Sehat HUT KORPRI ke-53", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Yth. Kepala Perangkat Daerah, Camat dan Kepala Sekolah se-Kabupaten Sumbawa", "align": "left"},
        {"p": "Dalam rangka HUT KORPRI ke-53, Dewan Pengurus KORPRI Kabupaten Sumbawa menyelenggarakan Jalan Sehat bersama Pj. Bupati Sumbawa dan Sekretaris Daerah pada Jumat, 29 November 2024 pukul 06.30 WITA, start dan finish di Lapangan Pahlawan.", "first": 720},
        {"p": "Setiap perangkat daerah mengirimkan peserta sesuai kuota dengan mengenakan kaos KORPRI. Doorprize disediakan dari iuran anggota KORPRI dan sponsor BUMD.", "first": 720},
        {"p": "Mengingat masih dalam rangkaian tahapan Pilkada, peserta dilarang membawa atau mengenakan atribut, simbol, warna khas atau nomor urut pasangan calon mana pun, dan tidak ada sambutan dari peserta pemilihan.", "first": 720},
        *sig("Ketua Dewan Pengurus KORPRI,", "", "", "Drs. H. Budi Prasetiyo, M.AP."),
    ],
}, False, [], [14], "Jalan sehat HUT KORPRI bersama Pj Bupati (bukan peserta pemilihan), dengan larangan atribut paslon.")

# C32 forwarding KPU determination of pairs for information, neutral
add({
    "meta": meta("kesbangpol.sgs", "2024-09-24T09:00:00Z", "Badan Kesbangpol Kabupaten Sukabumi"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN SUKABUMI", "BADAN KESATUAN BANGSA DAN POLITIK",
                        "Jl. Raya Karangtengah, Cibadak, Sukabumi 43351"]),
    "body": [
        {"p": "Nomor\t: 200.2/718/Kesbangpol\nHal\t: Penyampaian informasi penetapan pasangan calon", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Yth. Camat se-Kabupaten Sukabumi", "align": "left"},
        {"p": "Bersama ini kami teruskan salinan Keputusan KPU Kabupaten Sukabumi tentang Penetapan Pasangan Calon dan Nomor Urut Pasangan Calon Bupati dan Wakil Bupati Sukabumi Tahun 2024, sebagai bahan informasi dalam penyusunan peta kerawanan dan pengamanan wilayah:", "first": 720},
        {"table": [["Nomor urut", "Pasangan calon", "Jalur"],
                   ["1", "H. Yayan Sopyan - Iis Rosita, S.H.", "Gabungan partai politik"],
                   ["2", "Dr. Firman Hidayat - Hj. Popon Suparni", "Gabungan partai politik"],
                   ["3", "Asep Jamaludin, S.T. - Nunung Nurhayati", "Perseorangan"]],
         "header_row": True, "widths": [1600, 4500, 2970]},
        {"p": "Informasi ini tidak dimaksudkan untuk kepentingan pasangan mana pun. Camat agar memastikan aparatur kecamatan dan desa tetap netral serta berkoordinasi dengan Panwaslu Kecamatan.", "first": 720},
        *sig("Kepala Badan,", "", "", "Drs. Dede Suherlan, M.Si."),
    ],
}, False, [], [14], "Meneruskan informasi KPU penetapan paslon dan nomor urut secara setara untuk peta kerawanan; menegaskan netral.")

# C33 Kanwil Kemenag circular on neutrality in madrasah and houses of worship
add({
    "meta": meta("kanwil.sumut", "2024-09-25T09:00:00Z", "Kanwil Kemenag Provinsi Sumatera Utara"),
    "kop": kop("header", ["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR WILAYAH PROVINSI SUMATERA UTARA",
                          "Jl. Gatot Subroto No. 200 Medan 20118"]),
    "body": [
        {"p": "SURAT EDARAN\nNomor: B-9921/Kw.02/1/KP.01/09/2024\nTENTANG\nMENJAGA NETRALITAS ASN DAN FUNGSI SATUAN PENDIDIKAN SERTA RUMAH IBADAH PADA PILKADA 2024", "align": "center", "bold": True},
        {"p": "Kepada seluruh Kepala Kantor Kemenag Kabupaten/Kota, Kepala Madrasah, Kepala KUA dan penyuluh agama se-Sumatera Utara diminta memperhatikan hal-hal berikut:", "first": 720},
        {"p": "Madrasah, KUA dan rumah ibadah tidak digunakan sebagai tempat kampanye, deklarasi dukungan, pembagian bahan kampanye atau pemasangan alat peraga pasangan calon.", "num": 0},
        {"p": "Penyuluh agama dan guru tidak menyampaikan ajakan memilih atau tidak memilih pasangan calon tertentu dalam ceramah, khutbah maupun kegiatan belajar.", "num": 0},
        {"p": "ASN tidak menjadi anggota tim kampanye atau relawan, tidak mengunggah dukungan di media sosial, dan tidak menggunakan fasilitas kantor untuk kepentingan pasangan calon.", "num": 0},
        {"p": "Penyuluh agama didorong menyampaikan pesan pemilihan yang damai, menolak politik uang, dan mengajak umat menggunakan hak pilih.", "num": 0},
        *sig("Medan, 25 September 2024", "Kepala Kantor Wilayah,", "", "", "H. Ahmad Qosbi, S.Ag., M.M."),
    ],
}, False, [], [14], "Edaran Kanwil Kemenag tentang netralitas madrasah, KUA, rumah ibadah dan ASN; mengutip larangan.")

# C34 "tim pemenangan" for a village competition (trap for class 4)
add({
    "meta": meta("desa.cibatu", "2024-06-10T09:00:00Z", "Pemerintah Desa Cibatu"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN SUKABUMI", "KECAMATAN CISAAT", "DESA CIBATU",
                        "Jl. Raya Cibatu No. 2, Cisaat, Sukabumi 43152"]),
    "body": [
        {"p": "KEPUTUSAN KEPALA DESA CIBATU\nNOMOR 141/Kep.12/2024\nTENTANG PEMBENTUKAN TIM PEMENANGAN LOMBA DESA TINGKAT PROVINSI JAWA BARAT", "align": "center", "bold": True},
        {"p": "Menimbang bahwa Desa Cibatu telah ditetapkan sebagai juara I Lomba Desa tingkat Kabupaten Sukabumi dan akan mewakili kabupaten pada penilaian tingkat Provinsi Jawa Barat bulan Juli 2024, perlu membentuk tim pemenangan lomba desa.", "first": 720},
        {"p": "Tim bertugas menyiapkan dokumen profil desa, data administrasi kependudukan, inovasi posyandu, bank sampah dan BUMDes, serta menyiapkan lokasi kunjungan tim penilai provinsi.", "first": 720},
        {"p": "Seluruh lembaga kemasyarakatan dan warga diharapkan memberikan dukungan dan menjadi relawan kebersihan lingkungan agar Desa Cibatu menang di tingkat provinsi.", "first": 720},
        *sig("Ditetapkan di Cibatu, 10 Juni 2024", "Kepala Desa Cibatu,", "", "", "H. MAMAN SURYAMAN"),
    ],
}, False, [], [], "Umpan: 'tim pemenangan' lomba desa, 'menang', 'relawan', 'dukungan' - bukan pemilihan.")

# C35 Bawaslu plenary minutes quoting a village "sepakat memenangkan" (trap for class 9); footnote
add({
    "meta": meta("bawaslu.bima", "2024-11-14T16:00:00Z", "Bawaslu Kabupaten Bima"),
    "kop": kop("table", ["BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN BIMA",
                         "Jl. Gajah Mada, Woha, Bima 84171"], logo="[LOGO BAWASLU]"),
    "body": [
        {"p": "NOTULEN RAPAT PLENO PEMBAHASAN KAJIAN AWAL", "align": "center", "bold": True},
        {"p": "Kamis, 14 November 2024, ruang rapat Bawaslu Kabupaten Bima. Hadir: Ketua dan 4 Anggota, Koordinator Sekretariat, staf penanganan pelanggaran.", "align": "left"},
        {"p": "Divisi Penanganan Pelanggaran memaparkan temuan Panwaslu Kecamatan Woha berupa notulen rapat koordinasi kepala sekolah di dinas pendidikan yang memuat kalimat \"Rapat sepakat seluruh kepala sekolah menggerakkan guru ... untuk memenangkan pasangan tersebut\" dan tabel target suara per korwil.{fn:1}", "num": 0},
        {"p": "Pleno menilai temuan memenuhi syarat formil dan materiel.", "num": 0},
        {"p": "**Diputuskan**: temuan diregistrasi sebagai dugaan pelanggaran netralitas ASN, dilakukan klarifikasi terhadap Sekretaris Dinas dan notulis, dan hasilnya direkomendasikan kepada BKN melalui Pj. Bupati Bima.", "num": 0},
        {"p": "Notulis: Staf Penanganan Pelanggaran", "align": "right"},
    ],
    "footnotes": {"1": "Salinan notulen diterima dari pelapor dan telah diautentikasi oleh pengawas kecamatan."},
}, False, [], [14], "Notulen pleno Bawaslu yang mengutip 'rapat sepakat ... memenangkan' dari dokumen terlapor; keputusan meregistrasi temuan.")

# C36 circular forbidding office vehicles for campaigns
add({
    "meta": meta("bpkad.langkat", "2024-09-23T09:00:00Z", "Pemerintah Kabupaten Langkat"),
    "kop": kop("header", ["PEMERINTAH KABUPATEN LANGKAT", "SEKRETARIAT DAERAH",
                          "Jl. Tengku Amir Hamzah No. 1 Stabat 20811"]),
    "body": [
        {"p": "SURAT EDARAN\nNomor: 000.2.3/3109/BPKAD/2024\nTENTANG PENGGUNAAN BARANG MILIK DAERAH SELAMA TAHAPAN KAMPANYE PILKADA 2024", "align": "center", "bold": True},
        {"p": "Dalam rangka mencegah penyalahgunaan barang milik daerah selama masa kampanye 25 September - 23 November 2024, dengan ini ditegaskan:", "first": 720},
        {"p": "Kendaraan dinas operasional dan jabatan tidak boleh digunakan untuk mengangkut peserta, atribut, atau logistik kampanye pasangan calon mana pun, termasuk di luar jam kerja.", "num": 0},
        {"p": "Gedung, aula, halaman kantor, GOR dan sarana milik daerah tidak dipinjamkan untuk kegiatan kampanye, deklarasi dukungan atau posko pemenangan.", "num": 0},
        {"p": "Pengurus barang wajib mencatat pemakaian kendaraan dalam buku jalan dan memastikan kendaraan berada di pool kantor pada akhir pekan.", "num": 0},
        {"p": "Kepala Perangkat Daerah yang mengetahui pelanggaran agar melaporkannya kepada Inspektorat dan Bawaslu Kabupaten Langkat.", "num": 0},
        *sig("Stabat, 23 September 2024", "SEKRETARIS DAERAH,", "", "", "Amril, S.Sos., M.AP."),
    ],
}, False, [], [14], "Edaran larangan penggunaan kendaraan dinas dan gedung untuk kampanye; daftar larangan.")

# C37 incumbent's campaign leave and Plh (trap for classes 1/7)
add({
    "meta": meta("tapem.tsm", "2024-09-23T14:00:00Z", "Sekretariat Daerah Kota Tasikmalaya"),
    "kop": kop("header", ["PEMERINTAH KOTA TASIKMALAYA", "SEKRETARIAT DAERAH",
                          "Jl. Letnan Harun No. 1 Kota Tasikmalaya 46112"]),
    "body": [
        {"p": "Tasikmalaya, 23 September 2024", "align": "right"},
        {"p": "Nomor\t: 100.2.1.3/1820/Tapem\nSifat\t: Penting\nHal\t: Cuti di luar tanggungan negara Wali Kota selama masa kampanye", "align": "left", "tabs": [[1200, "left"]]},
        {"p": "Yth. Kepala Perangkat Daerah, Camat dan Lurah se-Kota Tasikmalaya", "align": "left"},
        {"p": "Berdasarkan Keputusan Gubernur Jawa Barat, Wali Kota Tasikmalaya H. Dindin Wahyudin yang ditetapkan sebagai pasangan calon dalam Pemilihan Wali Kota 2024 menjalani cuti di luar tanggungan negara selama masa kampanye, 25 September s.d. 23 November 2024. Selama masa cuti, Pelaksana Harian Wali Kota dijabat oleh Sekretaris Daerah.", "first": 720},
        {"p": "Selama masa cuti, yang bersangkutan tidak menggunakan fasilitas jabatan (kendaraan dinas, rumah dinas untuk kegiatan kampanye, ajudan dan protokol). Seluruh surat dan disposisi ditujukan kepada Plh. Wali Kota.", "first": 720},
        {"p": "Perangkat daerah dilarang memfasilitasi, menghadiri atau mengerahkan pegawai pada kegiatan kampanye beliau maupun pasangan calon lain, dan tidak menyalurkan bantuan pemerintah dalam acara pasangan calon mana pun.", "first": 720},
        *sig("Sekretaris Daerah,", "", "", "Drs. H. Ivan Dicksan Hasannudin, M.Si."),
    ],
}, False, [], [14], "Pemberitahuan cuti kampanye wali kota petahana dan Plh; melarang fasilitas dan pengerahan ASN (perangkap nama petahana + 'beliau').")

# C38 football watch party at the hall (trap for class 3); no kop
add({
    "meta": meta("korpri.kel", "2024-10-08T10:00:00Z"),
    "body": [
        {"p": "PENGUMUMAN INTERNAL - PAGUYUBAN PEGAWAI KANTOR KECAMATAN SUMBAWA", "align": "center", "bold": True},
        {"p": "Yth. rekan-rekan pegawai dan keluarga,", "align": "left"},
        {"p": "Paguyuban mengadakan nonton bareng pertandingan Kualifikasi Piala Dunia Bahrain vs Indonesia pada Kamis, 10 Oktober 2024 pukul 23.00 WITA di teras belakang kantor (di luar jam kerja, atas izin Camat). Kopi dan gorengan dari iuran paguyuban.", "first": 720},
        {"p": "Ayo dukung Timnas Garuda! Semoga Indonesia menang dan lolos ke putaran berikutnya. Silakan memakai jersey merah putih. Mohon tetap menjaga kebersihan dan tidak bersorak berlebihan karena berdekatan dengan permukiman.", "first": 720},
        {"p": "Koordinator: Pak Hendra (Kasi Trantib) - 0812-37xx-xxxx", "align": "left"},
    ],
}, False, [], [], "Umpan: nonton bareng, 'dukung Timnas', 'menang', jersey - bukan kampanye.")

# C39 social-media neutrality circular with quoted examples in a textbox (trap for class 5)
add({
    "meta": meta("kominfo.serang", "2024-10-01T08:00:00Z", "Diskominfosatik Kabupaten Serang"),
    "kop": kop("body", ["PEMERINTAH KABUPATEN SERANG", "DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK",
                        "Jl. Veteran No. 1 Serang 42111"]),
    "body": [
        {"p": "SURAT EDARAN\nNomor: 480/1412/Diskominfosatik/2024\nTENTANG PENGELOLAAN AKUN MEDIA SOSIAL RESMI DAN PRIBADI ASN SELAMA PILKADA 2024", "align": "center", "bold": True},
        {"p": "Akun resmi perangkat daerah hanya memuat informasi layanan publik dan program pemerintah, dan tidak boleh memuat tagar, bingkai, warna khas, gambar atau slogan yang identik dengan pasangan calon.", "num": 0},
        {"p": "ASN dilarang mengunggah, menyukai, mengomentari, membagikan atau mengikuti akun kampanye pasangan calon, serta memasang twibbon atau foto profil dukungan.", "num": 0},
        {"p": "Admin akun resmi wajib menghapus komentar warganet yang berisi ajakan memilih pasangan tertentu pada kolom komentar akun pemerintah.", "num": 0},
        {"textbox": [{"p": "Contoh muatan yang DILARANG di akun resmi maupun akun pribadi ASN:", "bold": True, "align": "left"},
                     {"p": "\"#LanjutkanDuaPeriode\", \"Satu putaran saja!\", \"Bersama Kang Jaka, Serang Menang\", bingkai foto bernomor urut, video yel-yel pasangan calon.", "italic": True, "align": "left"}],
         "width_cm": 15, "height_cm": 3},
        *sig("Serang, 1 Oktober 2024", "Sekretaris Daerah,", "", "", "(ttd)"),
    ],
}, False, [], [14], "Edaran media sosial yang mengutip contoh slogan/tagar kampanye sebagai muatan terlarang (kotak teks).")

# C40 Panwascam patrol report during masa tenang quoting a WA broadcast
add({
    "meta": meta("panwascam.pagaden", "2024-11-26T21:00:00Z", "Panwaslu Kecamatan Pagaden"),
    "kop": kop("header", ["BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUBANG", "PANITIA PENGAWAS PEMILIHAN KECAMATAN PAGADEN",
                          "Jl. Raya Pagaden No. 14, Subang 41252"]),
    "body": [
        {"p": "LAPORAN PATROLI PENGAWASAN MASA TENANG", "align": "center", "bold": True},
        {"p": "Periode 24-26 November 2024 | Disusun oleh Koordinator Divisi Pencegahan", "align": "center", "italic": True},
        {"p": "**1. Patroli lapangan.** Tim bersama PKD menyisir 16 desa; ditemukan 43 APK yang belum diturunkan dan telah diserahkan ke Satpol PP untuk ditertibkan.", "align": "left"},
        {"p": "**2. Patroli siber.** Ditemukan pesan berantai di grup WhatsApp \"GURU SD PAGADEN\" yang diteruskan oleh seorang ASN dengan isi: \"Bpk ibu, besok jgn lupa coblos 02 ya, biar menang satu putaran, nanti ada uang bensin dr tim\". Tangkapan layar diamankan sebagai informasi awal.", "align": "both"},
        {"p": "**3. Tindak lanjut.** Informasi pada angka 2 diteruskan ke Bawaslu Kabupaten Subang untuk ditelusuri sebagai dugaan pelanggaran netralitas dan politik uang.", "align": "left"},
        *sig("Pagaden, 26 November 2024", "Koordinator Divisi Pencegahan,", "", "", "Yeni Mulyani, S.Pd."),
    ],
}, False, [], [14], "Laporan patroli Panwascam yang mengutip pesan WA berantai ASN ('coblos 02 ... satu putaran ... uang bensin') sebagai dugaan pelanggaran.")


# =============================================================== OUTPUT
def main():
    order = list(range(len(MEMOS)))
    random.Random(4044).shuffle(order)
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for f in os.listdir(spec_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(spec_dir, f))
    labels = {}
    for n, idx in enumerate(order, 1):
        spec, label = MEMOS[idx]
        name = "b4_%03d" % n
        spec = dict(spec, output=name + ".docx")
        has_kop = "kop" in spec
        cats = label["categories"]
        if label["violation"]:
            assert cats, name
            assert ("letterhead-misuse" in cats) == has_kop, (name, cats, has_kop)
        else:
            assert not cats
        with open(os.path.join(spec_dir, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(len(labels), "specs written")


if __name__ == "__main__":
    main()
