from furniture import P, blank, kop, kop_lines_body, nomor_block, nomor_table, ttd, tembusan, spec

B = "b27"


def m011():
    name = B + "_011.docx"
    body = [
        P("SURAT PERINTAH TUGAS", align="center", bold=True, after=0, size=26),
        P("Nomor: 800.1.11.1/0917/Dishub-Smd/2024", align="center"),
        P("Dasar:", bold=True, after=60),
        P("Jadwal kampanye rapat umum Pemilihan Wali Kota dan Wakil Wali Kota Samarinda dari KPU Kota Samarinda;",
          num=0, align="both"),
        P("Arahan Kepala Dinas pada apel pagi Senin, 21 Oktober 2024.", num=0, align="both"),
        P("MENUGASKAN:", bold=True, align="center", before=120),
        P("Kepada\t: Pegawai Dinas Perhubungan Kota Samarinda sebagaimana daftar di bawah", tabs=[[1134, "left"]],
          hanging=1134, indent=1134),
        P("Untuk\t:", tabs=[[1134, "left"]], after=60),
        P("hadir sebagai peserta pada rapat umum ketiga pasangan calon Wali Kota dan Wakil Wali Kota Samarinda "
          "secara bergantian, masing-masing 10 (sepuluh) orang per bidang, agar dinas kita tetap dipandang "
          "dekat dengan siapa pun yang nanti terpilih;", num=0, align="both"),
        P("berangkat bersama menggunakan bus dinas KT 7090 BA dari halaman kantor pukul 13.00 WITA; waktu "
          "keberangkatan sampai selesai acara dicatat sebagai dinas luar;", num=0, align="both"),
        P("menggunakan kaos dan topi yang dibagikan panitia masing-masing pasangan di lokasi dan berada di area "
          "depan panggung;", num=0, align="both"),
        P("mengisi daftar hadir pada koordinator bidang dan mengirim foto kehadiran ke Sekretaris Dinas.", num=0,
          align="both"),
        P("Tugas pengaturan lalu lintas di sekitar lokasi tetap dilaksanakan oleh regu Bidang LLAJ sesuai surat "
          "perintah tersendiri dan tidak termasuk dalam penugasan ini.", align="both", italic=True, size=21),
        {"table": [["Tanggal", "Kegiatan", "Lokasi", "Bidang yang Hadir"],
                   ["Sabtu, 2 November 2024", "Rapat umum pasangan nomor urut 1", "GOR Segiri", "Sekretariat, Bidang Angkutan"],
                   ["Sabtu, 9 November 2024", "Rapat umum pasangan nomor urut 2", "Lapangan Kinibalu", "Bidang LLAJ (non-regu), UPTD Parkir"],
                   ["Sabtu, 16 November 2024", "Rapat umum pasangan nomor urut 3", "Taman Samarendah", "Bidang Pelayaran, UPTD PKB"]],
         "widths": [2200, 2700, 1900, 2270], "header_row": True},
        blank(),
        P("Demikian surat perintah tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.", first=709),
        blank(),
    ] + ttd("Samarinda, 25 Oktober 2024", "Kepala Dinas Perhubungan,", "Drs. H. SYAHRANI AJI MUHAMMAD, M.T.",
            "19700126 199203 1 003")
    s = spec(name, body, kop("header", [
        "PEMERINTAH KOTA SAMARINDA",
        "DINAS PERHUBUNGAN",
        "Jalan Ir. H. Juanda No. 48, Samarinda, Kalimantan Timur 75124",
    ]), meta={"title": "SPT Rapat Umum", "author": "Sekretariat Dishub", "created": "2024-10-25T01:00:00Z"},
             font="Arial", size=22, engine="libreoffice")
    lab = {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
           "classes": [2, 6, 12],
           "note": "SPT Kadishub: pegawai hadir sebagai peserta rapat umum ketiga paslon wali kota bergantian, bus dinas, "
                   "jam kerja dicatat dinas luar, pakai kaos panitia; netral antar paslon tetapi mobilisasi ASN."}
    return s, lab


def m012():
    name = B + "_012.docx"
    body = kop_lines_body([
        "PEMERINTAH KABUPATEN KAPUAS HULU",
        "SMP NEGERI 1 PUTUSSIBAU",
        "Jl. Kom. Yos Sudarso No. 7, Putussibau Utara \u2013 NPSN 30102536",
    ]) + [
        P("PENGUMUMAN", align="center", bold=True, after=0, size=26),
        P("Nomor: 421.3/041/SMPN1-PSB/2024", align="center"),
        P("Diberitahukan kepada seluruh guru, tenaga kependidikan, peserta didik dan orang tua/wali peserta didik "
          "SMP Negeri 1 Putussibau hal-hal sebagai berikut:", align="both", first=709),
        P("Hari Rabu, 14 Februari 2024 adalah hari libur nasional dalam rangka pemungutan suara Pemilihan Umum "
          "Presiden dan Wakil Presiden, DPR, DPD dan DPRD. Kegiatan belajar mengajar diliburkan dan masuk kembali "
          "Kamis, 15 Februari 2024.", num=0, align="both"),
        P("Guru dan tenaga kependidikan yang telah ditetapkan sebagai anggota KPPS atau PTPS agar menyerahkan "
          "salinan SK kepada Tata Usaha paling lambat 9 Februari 2024 untuk dibuatkan surat izin dan pengaturan "
          "jadwal mengajar pengganti pada 15 Februari.", num=0, align="both"),
        P("Bapak/Ibu guru dan pegawai yang telah memiliki hak pilih dimohon menggunakan hak pilihnya di TPS "
          "masing-masing sesuai undangan (formulir C Pemberitahuan). Sekolah tidak mengarahkan pilihan siapa "
          "pun.", num=0, align="both"),
        P("Ujian remedial Matematika dan IPA kelas IX dilaksanakan dua gelombang; peserta didik memilih salah satu "
          "jadwal: Sabtu, 10 Februari atau Sabtu, 17 Februari 2024, pukul 08.00 WIB.", num=0, align="both"),
        P("Pendaftaran calon peserta didik baru jalur prestasi tahun pelajaran 2024/2025 dibuka mulai 1 Maret "
          "2024; informasi lengkap menyusul.", num=0, align="both"),
        {"textbox": [
            P("**Catatan untuk wali kelas**", size=20),
            P("Mohon pengumuman ini dibacakan di kelas dan diteruskan ke grup paguyuban orang tua. Selama masa "
              "tenang, grup kelas tidak dipakai untuk membagikan materi kampanye dari pihak mana pun.", size=20),
        ], "width_cm": 15, "height_cm": 2.4},
        P("Demikian pengumuman ini untuk diketahui.", first=709),
        blank(),
    ] + ttd("Putussibau, 5 Februari 2024", "Kepala Sekolah,", "YOHANES BAYAU, S.Pd., M.Pd.", "19740630 199802 1 002")
    s = spec(name, body, None, meta={"title": "Pengumuman libur pemilu", "author": "TU SMPN 1",
                                     "created": "2024-02-05T00:40:00Z"}, font="Times New Roman", size=24,
             footer=[P("Alamat surel: smpn1putussibau@gmail.com", align="center", size=16)])
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Pengumuman sekolah: libur 14 Feb, guru anggota KPPS, 'gunakan hak pilih', 'memilih salah satu jadwal', "
                   "'calon peserta didik'; logistik pemilu biasa."}
    return s, lab


def m013():
    name = B + "_013.docx"
    body = [
        P("BERITA ACARA", align="center", bold=True, after=0, size=26),
        P("HASIL RAPAT PERANGKAT DESA DAN KETUA RT", align="center", bold=True, after=0),
        P("Nomor: 140/27/BA/SK-MJ/X/2024", align="center"),
        P("Menindaklanjuti hasil musyawarah tokoh masyarakat Desa Sungai Kapas pada 29 September 2024, pada hari ini "
          "Kamis, 3 Oktober 2024 bertempat di Balai Desa Sungai Kapas telah dilaksanakan rapat perangkat desa dan "
          "ketua RT yang dipimpin Kepala Desa, dihadiri 19 orang sebagaimana daftar hadir terlampir.",
          align="both", first=709),
        P("Setelah mendengar pandangan peserta, rapat memutuskan:", align="both", first=709, after=60),
        P("perangkat desa dan ketua RT bergabung dalam Tim Pemenangan Pasangan Nomor Urut 2 tingkat Desa Sungai "
          "Kapas dengan susunan sebagaimana tabel di bawah;", num=0, align="both"),
        P("pelantikan tim pemenangan tingkat desa dilaksanakan Sabtu, 12 Oktober 2024 pukul 19.30 WIB di Balai Desa, "
          "dihadiri koordinator kecamatan;", num=0, align="both"),
        P("kursi, tenda dan pengeras suara milik desa dipinjamkan untuk pelantikan dan konsolidasi relawan "
          "berikutnya; konsumsi ditanggung koordinator kecamatan;", num=0, align="both"),
        P("setiap koordinator dusun menargetkan minimal 80% pemilih di dusunnya dan melaporkan perkembangan setiap "
          "Senin malam kepada Sekretaris Desa.", num=0, align="both"),
        {"table": [["No", "Nama", "Jabatan di Desa", "Jabatan di Tim"],
                   ["1", "Syaiful Anwar", "Sekretaris Desa", "Ketua Tim Desa"],
                   ["2", "M. Ridwan", "Kaur Keuangan", "Bendahara"],
                   ["3", "Nurlela", "Kasi Kesejahteraan", "Sekretaris"],
                   ["4", "Abdul Hadi", "Kepala Dusun I", "Koordinator Dusun I"],
                   ["5", "Ismail Datuk Sati", "Kepala Dusun II", "Koordinator Dusun II"],
                   ["6", "Hendri Saputra", "Ketua RT 04", "Koordinator Saksi TPS 01\u201303"]],
         "widths": [500, 2800, 2800, 2970], "header_row": True},
        blank(),
        P("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.", first=709),
        blank(),
    ] + ttd("Sungai Kapas, 3 Oktober 2024", "Kepala Desa Sungai Kapas,", "H. ZULKIFLI ARSYAD", None) + [
        blank(),
        P("Notulis: Nurlela", size=20),
    ]
    s = spec(name, body, kop("table", [
        "PEMERINTAH KABUPATEN MUARO JAMBI",
        "KECAMATAN SEKERNAN",
        "KANTOR KEPALA DESA SUNGAI KAPAS",
        "Jalan Lintas Jambi\u2013Suak Kandis RT 02, Kode Pos 36381",
    ], logo="(logo)"), meta={"title": "BA rapat", "author": "Desa Sungai Kapas", "created": "2024-10-03T14:00:00Z"},
             font="Arial", size=22)
    lab = {"violation": True, "categories": ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"],
           "classes": [2, 4, 6, 9, 10],
           "note": "Berita acara desa ('Menindaklanjuti hasil musyawarah'): diputuskan perangkat desa dan RT masuk Tim "
                   "Pemenangan Paslon 2, pelantikan tim di balai desa dengan kursi/tenda desa, target 80% per dusun."}
    return s, lab


def m014():
    name = B + "_014.docx"
    body = [nomor_table([("Nomor", "000.1.5/466/Bappeda/X/2024"), ("Sifat", "Biasa"),
                        ("Lampiran", "2 (dua) berkas"),
                        ("Hal", "Undangan Rapat Penyusunan Rancangan Teknokratik RPJMD 2025\u20132029")],
                       right="Kuala Tungkal, {del:7}{ins:9} Oktober 2024")] + [
        blank(),
        P("Yth. Kepala Perangkat Daerah di lingkungan Pemerintah Kabupaten Tanjung Jabung Barat", after=0),
        P("di Kuala Tungkal"),
        P("Dalam rangka penyusunan rancangan teknokratik RPJMD Tahun 2025\u20132029 sebagaimana diamanatkan "
          "Permendagri Nomor 86 Tahun 2017, bersama ini kami mengundang Saudara atau pejabat yang membidangi "
          "perencanaan untuk hadir pada rapat kelompok kerja dengan ketentuan berikut:", align="both", first=709),
        P("Rapat dilaksanakan dua sesi; setiap perangkat daerah memilih salah satu jadwal: Selasa, "
          "{del:15}{ins:22} Oktober 2024 atau Kamis, {del:17}{ins:24} Oktober 2024, pukul 09.00 WIB di Ruang Rapat "
          "Bappeda.", num=0, align="both"),
        P("Bahan yang dibahas meliputi evaluasi capaian RPJMD 2021\u20132026, isu strategis daerah, serta "
          "ringkasan visi, misi dan program **seluruh pasangan calon** Bupati dan Wakil Bupati sebagaimana "
          "diumumkan KPU Kabupaten (Lampiran II). Ringkasan disusun dalam format yang sama untuk setiap pasangan, "
          "tanpa penilaian, agar rancangan teknokratik siap diselaraskan dengan visi-misi siapa pun yang "
          "dilantik.", num=0, align="both"),
        P("Perangkat daerah menyampaikan usulan calon lokasi prioritas (lokus) kemiskinan ekstrem dan stunting "
          "dalam format Lampiran I.", num=0, align="both"),
        P("{ins:Peserta rapat tidak diperkenankan membawa atau membagikan materi kampanye, dan pembahasan tidak "
          "mengarah pada penilaian terhadap pasangan calon tertentu.}", num=0, align="both"),
        {"table": [["Sesi", "Kelompok Perangkat Daerah", "Narasumber"],
                   ["I", "Urusan wajib pelayanan dasar", "Bidang Perencanaan Pembangunan Manusia"],
                   ["II", "Urusan wajib non-pelayanan dasar dan urusan pilihan", "Bidang Perekonomian dan SDA"]],
         "widths": [800, 4800, 3470], "header_row": True},
        blank(),
        P("Atas perhatian Saudara diucapkan terima kasih.", first=709),
        blank(),
    ] + ttd(None, "Kepala Bappeda,", "Ir. H. SUPRIYADI HASAN, M.E.", "19710823 199703 1 005") + tembusan(
        ["Pj. Bupati Tanjung Jabung Barat;", "Sekretaris Daerah."])
    s = spec(name, body, kop("header", [
        "PEMERINTAH KABUPATEN TANJUNG JABUNG BARAT",
        "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
        "Jalan Prof. Dr. Sri Soedewi MS, SH, Kuala Tungkal, Jambi 36513",
    ]), meta={"title": "Undangan Rancangan Teknokratik", "author": "Bidang Litbang",
              "last_modified_by": "Sekretaris Bappeda", "created": "2024-10-07T02:00:00Z",
              "modified": "2024-10-09T01:15:00Z"}, font="Bookman Old Style", size=22)
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Undangan Bappeda: ringkasan visi-misi seluruh paslon diperlakukan sama untuk RPJMD teknokratik; 'memilih salah "
                   "satu jadwal', 'calon lokasi'; tracked changes hanya tanggal dan larangan materi kampanye."}
    return s, lab


def m015():
    name = B + "_015.docx"
    body = [
        P("Nomor\t: 400.10/219/Kel.PH/X/2024", tabs=[[1418, "left"]], after=0),
        P("Lampiran\t: \u2013", tabs=[[1418, "left"]], after=0),
        P("Perihal\t: **Penguatan Informasi Warga melalui Media Sosial**", tabs=[[1418, "left"]]),
        P("Kepada Yth.", after=0),
        P("Ketua RT/RW, Kader Posyandu, Pengurus LPM dan Staf Kelurahan Padang Harapan", after=0),
        P("di Tempat"),
        P("Dengan hormat,", before=120),
        P("Menindaklanjuti arahan pada rapat koordinasi kelurahan Senin kemarin, agar informasi kegiatan di wilayah "
          "kita tersebar luas, kami mohon Bapak/Ibu melakukan hal-hal berikut menggunakan akun pribadi "
          "masing-masing:", align="both", first=709),
        P("mengikuti (%%follow%%) akun Instagram {link:https://www.instagram.com/bangrio.bengkulu|@bangrio.bengkulu} "
          "dan halaman Facebook \u201cBang Rio Sahabat Warga\u201d, lalu menyukai dan membagikan minimal tiga unggahan "
          "setiap hari;", num=0, align="both"),
        P("memasang %%twibbon%% bertuliskan {split:#Bengkulu|Lanjut|kan} {split:#Bang|Rio|DuaKali} pada foto profil "
          "WhatsApp dan Facebook sampai tanggal 27 November;", num=0, align="both"),
        P("bergabung ke grup WhatsApp \u201cSahabat Bang Rio Kel. Padang Harapan\u201d melalui tautan "
          "{link:https://chat.whatsapp.com/K8qZxSahabatRio|chat.whatsapp.com/K8qZxSahabatRio} dan mengajak "
          "minimal 10 warga di RT masing-masing ikut masuk grup;", num=0, align="both"),
        P("mengirim tangkapan layar bukti %%share%% ke Kasi Pemerintahan setiap Jumat.", num=0, align="both"),
        P("Kita semua sudah merasakan jalan lingkungan dan drainase yang dibangun lima tahun ini; sudah sepantasnya "
          "Bang Rio melanjutkan kerja untuk Bengkulu. Bantuan Bapak/Ibu sangat berarti.", align="both", first=709),
        P("Atas kerja samanya diucapkan terima kasih.", first=709),
        blank(),
    ] + ttd("Bengkulu, 7 Oktober 2024", "Lurah Padang Harapan,", "HENDRA SAPUTRA RAHMAN, S.STP.",
            "19870415 200601 1 002")
    s = spec(name, body, kop("header", [
        "PEMERINTAH KOTA BENGKULU",
        "KECAMATAN GADING CEMPAKA",
        "KELURAHAN PADANG HARAPAN",
        "Jl. Merapi Raya No. 2, Kota Bengkulu 38225",
    ]), meta={"title": "Surat kelurahan medsos", "author": "Kasi Pem", "created": "2024-10-07T03:00:00Z"},
             font="Calibri", size=23)
    lab = {"violation": True, "categories": ["social-media", "endorsement", "campaign-activity", "letterhead-misuse"],
           "classes": [1, 4, 5, 10],
           "note": "Surat lurah ('Menindaklanjuti arahan rapat'): follow/like/share akun Bang Rio, twibbon #BengkuluLanjutkan "
                   "#BangRioDuaKali, gabung dan rekrut ke grup 'Sahabat Bang Rio'; 'melanjutkan kerja'. Tanpa kata 'calon'."}
    return s, lab


def m016():
    name = B + "_016.docx"
    body = kop_lines_body([
        "PEMERINTAH KABUPATEN REJANG LEBONG",
        "INSPEKTORAT DAERAH",
        "Jalan S. Sukowati No. 60, Curup, Bengkulu 39112",
    ]) + [
        P("Curup, 14 Oktober 2024", align="right"),
    ] + nomor_block([("Nomor", "700.1.2.1/388/Itda/2024"), ("Sifat", "Rahasia"), ("Lampiran", "1 (satu) lembar"),
                     ("Perihal", "**Panggilan Klarifikasi**")]) + [
        blank(),
        P("Yth. Sdr. R.S., S.Sos.", after=0),
        P("Camat Bermani Ulu Raya", after=0),
        P("di Tempat"),
        P("Menindaklanjuti penerusan laporan dari Bawaslu Kabupaten Rejang Lebong Nomor "
          "112/PP.01.02/K.BE-05/10/2024 tentang dugaan pelanggaran netralitas ASN, dengan ini Saudara diminta hadir "
          "untuk memberikan klarifikasi pada:", align="both", first=709),
    ] + nomor_block([("Hari/tanggal", "Kamis, 17 Oktober 2024"), ("Pukul", "09.00 WIB s.d. selesai"),
                     ("Tempat", "Ruang Klarifikasi Inspektorat Daerah"),
                     ("Tim Pemeriksa", "Irban Wilayah II")], tab=2127) + [
        blank(),
        P("Adapun pokok laporan adalah unggahan pada akun Facebook atas nama Saudara tanggal 6 Oktober 2024 berupa "
          "foto bersama salah satu pasangan calon Bupati sambil mengacungkan dua jari, dengan keterangan "
          "%%\u201cSatu hati, #LanjutkanRL2, demi Rejang Lebong\u201d%%, yang telah dibagikan 47 kali (tangkapan layar "
          "terlampir).", align="both", first=709),
        P("Saudara diminta membawa telepon genggam yang digunakan, kartu identitas pegawai, dan dokumen lain yang "
          "dianggap perlu. Apabila tidak hadir tanpa alasan yang sah, pemeriksaan dilanjutkan berdasarkan bukti yang "
          "ada sesuai Peraturan Pemerintah Nomor 94 Tahun 2021.", align="both", first=709),
        P("Demikian untuk menjadi perhatian.", first=709),
        blank(),
    ] + ttd(None, "Inspektur,", "Drs. EFFENDI MASAGUS, M.M.", "19690912 199503 1 004") + tembusan(
        ["Bupati Rejang Lebong;", "Kepala BKPSDM Kabupaten Rejang Lebong;", "Ketua Bawaslu Kabupaten Rejang Lebong."])
    s = spec(name, body, None, meta={"title": "Panggilan klarifikasi", "author": "Irban II",
                                     "created": "2024-10-14T04:00:00Z"}, font="Arial", size=22)
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Panggilan klarifikasi Inspektorat yang mengutip unggahan camat ('#LanjutkanRL2', dua jari); pengawasan, bukan ajakan."}
    return s, lab


def m017():
    name = B + "_017.docx"
    body = [
        P("NOTA DINAS", align="center", bold=True, after=0, size=26),
        P("Nomor: 523/{del:___}{ins:604}/DKP-Bateng/X/2024", align="center"),
    ] + nomor_block([("Kepada", "Kepala Bidang Perikanan Tangkap"), ("Dari", "Kepala Dinas Kelautan dan Perikanan"),
                     ("Tembusan", "Sekretaris Dinas"), ("Tanggal", "{del:14}{ins:16} Oktober 2024"),
                     ("Perihal", "Penyerahan Bantuan Sarana Penangkapan Ikan TA 2024")]) + [
        P("", border_bottom=True),
        P("Berkenaan dengan telah selesainya pengadaan bantuan sarana penangkapan ikan Tahun Anggaran 2024 berupa "
          "48 unit mesin ketinting 15 PK, 120 piece jaring insang dan 60 unit %%cool box%%, dengan ini disampaikan "
          "arahan pelaksanaan penyerahan sebagai berikut.", align="both", first=709),
        P("Penerima adalah kelompok usaha bersama (KUB) nelayan yang telah ditetapkan dengan Keputusan Kepala "
          "Dinas{ins: dan tercantum dalam daftar pendukung yang disusun bersama koordinator kecamatan. Kelompok yang "
          "belum menyatakan dukungan kepada Bapak H. Rusli Hamzah, S.E. ditunda penyerahannya sampai setelah 27 "
          "November}.", num=0, align="both"),
        P("{del:Penyerahan dilakukan oleh Kepala Dinas atau pejabat yang ditunjuk di kantor UPTD Pelabuhan "
          "Perikanan.}{ins:Penyerahan dirangkaikan dengan acara temu kangen nelayan bersama beliau di TPI "
          "Kurau, Sabtu 26 Oktober 2024, dan diserahkan langsung oleh beliau atau tim beliau.}", num=0,
          align="both"),
        P("Bidang menyiapkan berita acara serah terima, foto dokumentasi dan daftar hadir penerima.{ins: Spanduk "
          "dan kemasan bantuan memakai warna hijau tosca sesuai arahan tim, tanpa logo dinas.}", num=0,
          align="both"),
        P("{ins:Penyuluh perikanan memastikan setiap KUB penerima mantap mendukung beliau pada hari pemungutan "
          "suara.}", num=0, align="both"),
        P("Barang bantuan yang belum diserahkan disimpan di gudang UPTD dan dicatat dalam buku persediaan.", num=0,
          align="both"),
        P("Demikian untuk dilaksanakan.", first=709),
        blank(),
    ] + ttd("Koba, {del:14}{ins:16} Oktober 2024", "Kepala Dinas,", "Ir. SUHARDI AKIONG, M.Si.",
            "19710207 199803 1 009")
    s = spec(name, body, kop("header", [
        "PEMERINTAH KABUPATEN BANGKA TENGAH",
        "DINAS KELAUTAN DAN PERIKANAN",
        "Kompleks Perkantoran Terpadu Pemkab Bangka Tengah, Koba 33681",
    ]), meta={"title": "ND Penyerahan Bantuan Sarana Tangkap", "author": "Bidang Tangkap",
              "last_modified_by": "Kadis DKP", "created": "2024-10-14T02:00:00Z",
              "modified": "2024-10-16T07:40:00Z"}, font="Arial", size=22)
    lab = {"violation": True,
           "categories": ["inducement", "state-facility", "campaign-activity", "endorsement", "letterhead-misuse"],
           "classes": [3, 7, 8, 13],
           "note": "Nota dinas DKP dengan tracked insertions: bantuan mesin/jaring ditunda bagi kelompok yang belum mendukung "
                   "H. Rusli Hamzah, diserahkan 'beliau atau tim beliau' saat temu kangen, warna tim, pastikan mendukung."}
    return s, lab


def m018():
    name = B + "_018.docx"
    chat = [
        ("08/01/2024, 08.14", "Kabid UKM Diskop Beltim",
         "Slmt pagi bpk ibu pelaku UMKM binaan \U0001F64F info penting:"),
        ("08/01/2024, 08.15", "Kabid UKM Diskop Beltim",
         "1) satu partai lada putih 2 ton dr KUD Simpang Pesak sdh masuk gudang Koperasi Serumpun, yg mau ambil utk "
         "diolah silakan daftar ke pak Aliong paling lambat jumat"),
        ("08/01/2024, 08.16", "Kabid UKM Diskop Beltim",
         "2) pelatihan kemasan & label halal dibagi 2 gelombang, silakan PILIH salah satu jadwal: tgl 16 atau 23 "
         "januari, jam 9 di aula dinas. kuota 25 org per gelombang"),
        ("08/01/2024, 08.18", "Kabid UKM Diskop Beltim",
         "3) utk calon peserta bazar UMKM HUT Beltim bulan depan, kirim foto produk & harga ke sy, nanti dikurasi"),
        ("08/01/2024, 08.19", "Kabid UKM Diskop Beltim",
         "4) tgl 14 feb libur pemilu, kantor tutup. tolong jgn pasang stiker/spanduk caleg di stand bazar ya, "
         "bazar itu acara pemda, hrs bersih dr atribut siapapun \U0001F64F"),
        ("08/01/2024, 08.31", "Bu Yuliana (Kue Rintak)", "sy pilih tgl 23 pak, 2 org ya"),
        ("08/01/2024, 08.40", "Acong Kerupuk Ikan", "lada partai itu harga brp per kilo pak"),
        ("08/01/2024, 08.42", "Kabid UKM Diskop Beltim", "hrg ikut KUD, nnt pak Aliong infokan lgsg"),
    ]
    body = [P("Rekap info grup WA \u201cUMKM Binaan Diskop Beltim\u201d \u2013 untuk arsip Bidang UKM", bold=True, size=22),
            blank()]
    for ts, who, msg in chat:
        body.append(P("%s - %s: %s" % (ts, who, msg), after=80, size=21))
    body += [blank(), P("Disalin oleh: staf Bidang UKM, 8 Januari 2024", italic=True, size=18)]
    s = spec(name, body, None, meta={"title": "rekap WA", "author": "staf UKM", "created": "2024-01-08T02:00:00Z"},
             font="Calibri", size=21)
    lab = {"violation": False, "categories": [], "classes": [14, 11],
           "note": "Salinan WA dinas koperasi: 'satu partai lada', 'pilih salah satu jadwal', 'calon peserta bazar', libur pemilu, "
                   "larangan stiker caleg di bazar; informal tetapi patuh."}
    return s, lab


def m019():
    name = B + "_019.docx"
    body = [
        P("NOTA DINAS", align="center", bold=True, after=0, size=26),
        P("Nomor: 000.1.2.3/311/Prokopim/XI/2024", align="center"),
    ] + nomor_block([("Kepada", "Para Kasubbag pada Bagian Prokopim; Kepala Bidang IKP Diskominfo"),
                     ("Dari", "Kepala Bagian Protokol dan Komunikasi Pimpinan"),
                     ("Tanggal", "5 November 2024"),
                     ("Hal", "Penyambutan dan Ramah Tamah, Sabtu 9 November 2024")]) + [
        P("", border_bottom=True),
        P("Sehubungan dengan rencana kedatangan Bapak Ir. Elias Tumaka, M.Si. bersama rombongan dari rangkaian "
          "kampanye di wilayah Kao dan Malifut, kami minta jajaran Prokopim menyiapkan penyambutan dan ramah tamah "
          "dengan ketentuan berikut:", align="both", first=709),
        P("penjemputan di Bandara Kuabang menggunakan dua kendaraan dinas Bagian Umum (DG 1 A cadangan dan DG 8 "
          "TB); ajudan lama beliau tetap mendampingi walaupun beliau sedang cuti;", num=0, align="both"),
        P("ramah tamah di pendopo rumah dinas, konsumsi 300 kotak dibebankan pada kegiatan rapat koordinasi "
          "pimpinan Bagian Prokopim;", num=0, align="both"),
        P("tim dokumentasi Prokopim meliput dan mengunggah ke akun resmi @prokopim.halut dan Facebook Pemkab "
          "dengan narasi %%\u201cPak Elias pulang, program berlanjut\u201d%%;", num=0, align="both"),
        P("Diskominfo menyiapkan %%sound system%% dan layar LED milik dinas.", num=0, align="both"),
        {"textbox": [
            P("**SUSUNAN ACARA (draf)**", align="center"),
            P("15.30\tKedatangan beliau di Bandara Kuabang, pengalungan bunga", tabs=[[1134, "left"]]),
            P("16.30\tArak-arakan menuju pendopo", tabs=[[1134, "left"]]),
            P("17.00\tSambutan tokoh adat Hibualamo; sambutan yang bersangkutan", tabs=[[1134, "left"]]),
            P("18.00\tRamah tamah dan foto bersama relawan", tabs=[[1134, "left"]]),
        ], "width_cm": 15, "height_cm": 4.8},
        P("Hal-hal teknis dikoordinasikan dengan Kasubbag Protokol. Mohon tidak disebarluaskan di luar grup "
          "kerja.", align="both", first=709),
        blank(),
    ] + ttd(None, "Kepala Bagian,", "YOEL MAKATITA, S.Sos., M.Si.", "19800304 200501 1 010")
    s = spec(name, body, kop("header", [
        "PEMERINTAH KABUPATEN HALMAHERA UTARA",
        "SEKRETARIAT DAERAH",
        "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN",
        "Jalan Kemakmuran, Tobelo, Maluku Utara 97762",
    ]), meta={"title": "ND penyambutan", "author": "Prokopim Halut", "created": "2024-11-05T05:00:00Z"},
             font="Cambria", size=23)
    lab = {"violation": True,
           "categories": ["state-facility", "social-media", "campaign-activity", "letterhead-misuse"],
           "classes": [3, 7, 13],
           "note": "Nota dinas Prokopim: penyambutan dan ramah tamah Elias Tumaka (sedang cuti kampanye) dengan mobil dinas, "
                   "pendopo, anggaran rakor, unggah akun resmi dengan narasi 'program berlanjut'; 'beliau', 'yang bersangkutan'."}
    return s, lab


def m020():
    name = B + "_020.docx"
    body = [
        P("NOTA DINAS", align="center", bold=True, after=0, size=26),
    ] + nomor_block([("Kepada Yth.", "Sekretaris Daerah Kota Ternate"), ("Dari", "Kepala Bagian Umum"),
                     ("Nomor", "000.2.3/1024/Umum/IX/2024"), ("Tanggal", "23 September 2024"),
                     ("Hal", "Pengaturan Kendaraan Dinas Jabatan dan Rumah Dinas selama Cuti Kampanye")], tab=1701) + [
        P("", border_bottom=True),
        P("Sehubungan dengan ditetapkannya Wali Kota Ternate sebagai pasangan calon dalam Pemilihan Wali Kota dan "
          "Wakil Wali Kota Ternate 2024 dan akan menjalani cuti di luar tanggungan negara selama masa kampanye "
          "25 September s.d. 23 November 2024{fn:1}, dengan hormat kami laporkan pengaturan sebagai berikut:",
          align="both", first=709),
        P("kendaraan dinas jabatan Wali Kota dan satu kendaraan pengawal diserahkan kembali ke Bagian Umum pada "
          "24 September 2024 pukul 16.00 WIT dengan berita acara, untuk selanjutnya dipakai Penjabat Sementara "
          "(Pjs.) Wali Kota;", num=0, align="both"),
        P("selama cuti, ajudan, sopir dan staf protokol tidak ditugaskan mendampingi kegiatan pasangan calon; "
          "pengamanan pribadi mengikuti ketentuan kepolisian;", num=0, align="both"),
        P("rumah dinas tetap dihuni keluarga, tetapi pendopo dan halaman rumah dinas tidak dipinjamkan untuk "
          "pertemuan, rapat tim atau kegiatan kampanye pasangan calon mana pun;", num=0, align="both"),
        P("kegiatan kedinasan rutin yang telah terjadwal (penyerahan SK PPPK, rapat TAPD) dialihkan kepada "
          "Pjs. Wali Kota atau Sekretaris Daerah;", num=0, align="both"),
        P("setelah masa cuti berakhir, kendaraan dikembalikan dengan berita acara yang sama.", num=0, align="both"),
        {"table": [["No", "Kendaraan", "Nomor Polisi", "Pengguna selama Cuti"],
                   ["1", "Toyota Land Cruiser", "DG 1 T", "Pjs. Wali Kota"],
                   ["2", "Toyota Fortuner (pengawal)", "DG 1014 T", "Pool Bagian Umum"],
                   ["3", "Toyota Innova (protokol)", "DG 1033 T", "Protokol Pjs. Wali Kota"]],
         "widths": [500, 3300, 2000, 3270], "header_row": True},
        blank(),
        P("Demikian kami laporkan, mohon arahan lebih lanjut.", first=709),
        blank(),
    ] + ttd(None, "Kepala Bagian Umum,", "SAHMIRI SOAMOLE, S.E., M.M.", "19781021 200312 1 006")
    s = spec(name, body, kop("header", [
        "PEMERINTAH KOTA TERNATE",
        "SEKRETARIAT DAERAH",
        "Jalan Pahlawan Revolusi No. 1, Ternate, Maluku Utara 97714",
    ]), meta={"title": "ND kendaraan cuti kampanye", "author": "Bagian Umum", "created": "2024-09-23T06:00:00Z"},
             font="Arial", size=22,
             footnotes={"1": "Pasal 70 ayat (3) Undang-Undang Nomor 10 Tahun 2016 dan Peraturan KPU Nomor 13 Tahun 2024; "
                             "cuti ditetapkan dengan Keputusan Menteri Dalam Negeri."},
             footer=[P("Bagian Umum Setda Kota Ternate", align="left", size=16)])
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Bagian Umum menarik kendaraan dinas dan melarang pendopo/ajudan dipakai selama cuti kampanye petahana; kepatuhan."}
    return s, lab


MEMOS = [m011, m012, m013, m014, m015, m016, m017, m018, m019, m020]
