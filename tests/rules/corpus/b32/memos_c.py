# -*- coding: utf-8 -*-
# Memo 021-030. Each memo's wording is written individually.
from furniture import *

MEMOS = {}


def memo(num):
    def deco(fn):
        MEMOS[num] = fn
        return fn
    return deco


# ---------------------------------------------------------------- 021 (V) Kolaka transkrip pesan suara camat (tanpa kop)
@memo(21)
def m021():
    body = [
        {"p": "TRANSKRIP PESAN SUARA", "bold": True, "after": 0},
        {"p": "Grup WA \u201cKec. Samaturu Bersatu\u201d \u2014 Jumat, 15/11/2024 pkl 21.14 (durasi 02:37)", "italic": True, "after": 0},
        {"p": "Diketik ulang oleh staf Sekcam atas perintah Pak Camat, untuk dibacakan pada apel Senin pagi.", "italic": True, "after": 200},
        para("\u201cAssalamualaikum, selamat malam bapak ibu semua, para kepala desa, pak lurah, staf kantor "
             "camat, kepala sekolah, kapus. Sa bicara ini kita' semua sudah tau mi, tinggal dua minggu lagi. "
             "Sa minta tolong betul, kita bantu mi Pak Andi Rahmat Sulaiman, yang nomor dua itu, karena beliau "
             "yang bawa jalan poros Samaturu sampe diaspal.", first=0),
        para("Jadi begini, tanggal 27 itu semua keluarga ta', istri, anak yang sudah 17 tahun, tolong "
             "arahkan c0blos no 2. Jangan ada lagi yang bilang \u2018nanti kita liat\u2019. Sa sudah hitung per "
             "TPS ini, kodong, kalo ada desa yang Pak AR kalah di TPS-nya, jangan salahkan sa kalo pencairan "
             "ADD tahap tiga agak lambat masuk rekomendasi kecamatan.", first=0),
        para("Buat honorer di kantor camat dengan di sekolah-sekolah, sa bilang baik-baik ji, kalo keluarganya "
             "ta' tidak ikut, kontrak tahun depan sa tinjau ulang. Itu saja. Amplop untuk ongkos warga ke TPS "
             "sa sudah titip di Pak Sekcam, tiap RT tiga ratus ribu, ambil besok di kantor jam 10. Iye, terima "
             "kasih, pokoknya p!lih yang sudah jelas kerjanya. Wassalam.\u201d", first=0),
        {"p": "", "after": 120},
        {"p": "Catatan staf: rekaman asli disimpan di HP dinas Sekcam. Bagian yang kurang jelas (menit 01:48\u201301:55) tidak diketik.", "size": 18, "italic": True},
    ]
    spec = {"font": "Calibri", "size": 22,
            "meta": {"title": "transkrip VN", "author": "Staf Sekcam", "created": "2024-11-16T00:30:00Z"},
            "body": body}
    lab = {"violation": True,
           "categories": ["endorsement", "inducement"],
           "classes": [7, 8, 11],
           "note": "Transkrip pesan suara Camat (tanpa kop): ajak keluarga 'c0blos no 2' Andi Rahmat Sulaiman/'Pak AR', ancam ADD dan kontrak honorer, amplop Rp300 ribu per RT; bahasa daerah dan ejaan samaran"}
    return spec, lab


# ---------------------------------------------------------------- 022 (V) Gunungkidul DWP Kemenag pengajian + arisan caleg
@memo(22)
def m022():
    body = nomor_block("08/DWP-Kemenag.GK/I/2024", "Biasa", "-",
                       "Undangan Pengajian Rutin dan Arisan", "Wonosari, 22 Januari 2024")
    body += yth(["Ibu-ibu Anggota Dharma Wanita Persatuan", "Unit Kantor Kementerian Agama Kabupaten Gunungkidul"])
    body += [
        para("Assalamu\u2019alaikum warahmatullahi wabarakatuh."),
        para("Dengan memohon rahmat Allah SWT, bersama ini kami mengundang Ibu-ibu anggota DWP beserta pegawai "
             "putri untuk hadir pada pengajian rutin dan arisan bulan Januari yang kali ini istimewa karena akan "
             "dihadiri Ibu Hj. Rina Kusumastuti, S.Ag., putri daerah Gunungkidul yang maju ke DPRD DIY dari Partai "
             "Karya Bangsa nomor urut 5. Acara akan dilaksanakan pada:"),
        {"table": [["Hari, tanggal", ": Jumat, 26 Januari 2024"],
                   ["Waktu", ": 13.30 WIB s.d. selesai"],
                   ["Tempat", ": Aula Kantor Kementerian Agama Kabupaten Gunungkidul"],
                   ["Acara", ": Tausiyah, arisan, ramah tamah bersama Mbak Rina"]],
         "widths": [2000, 7070], "borders": False},
        para("Mbak Rina akan berbagi pengalaman dan rencana beliau memperjuangkan tunjangan guru madrasah dan "
             "penyuluh agama non-PNS. Ibu-ibu dimohon mengajak rekan pegawai dan tetangga, dan hadir memakai "
             "busana muslim warna hijau toska.", before=120),
        para("Snack dan makan siang menggunakan kas DWP dan tambahan dari mata anggaran rapat kantor yang sudah "
             "disetujui Bapak Kepala. Jangan lupa foto bersama diunggah ke Instagram dan status WA dengan tagar "
             "#BersamaMbakRina #Coblos5GunungkidulMaju."),
        para("Wassalamu\u2019alaikum warahmatullahi wabarakatuh."),
    ]
    body += [{"table": [[[{"p": "Mengetahui,"}, {"p": "Kepala Kantor,"}, {"p": ""}, {"p": ""}, {"p": "**H. MUHAMMAD ARIFIN, S.Ag., M.Pd.I.**"}, {"p": "NIP. 19700101 199803 1 011"}],
                         [{"p": "Ketua DWP Unit,"}, {"p": ""}, {"p": ""}, {"p": ""}, {"p": "**Hj. SITI NUR HIDAYATI**"}]]],
              "widths": [4535, 4535], "borders": False}]
    spec = {"font": "Times New Roman", "size": 24,
            "meta": {"title": "Undangan pengajian DWP", "author": "DWP", "created": "2024-01-22T02:00:00Z"},
            "kop": kop(["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN GUNUNGKIDUL",
                        "Jalan Sumarwi Nomor 3 Wonosari, Gunungkidul 55812"], "body"),
            "body": body}
    lab = {"violation": True,
           "categories": ["campaign-activity", "endorsement", "social-media", "state-facility", "letterhead-misuse"],
           "classes": [3, 5, 7, 13],
           "note": "Undangan DWP di kop Kemenag: pengajian/arisan bersama caleg DPRD nomor 5 'Mbak Rina' di aula kantor jam kerja, anggaran rapat kantor, tagar #Coblos5"}
    return spec, lab


# ---------------------------------------------------------------- 023 (V) Ende daftar keputusan, tracked changes
@memo(23)
def m023():
    body = [
        {"p": "DAFTAR KEPUTUSAN", "align": "center", "bold": True, "after": 0},
        {"p": "RAPAT KOORDINASI KEPALA PERANGKAT DAERAH DAN CAMAT", "align": "center", "bold": True, "after": 0},
        {"p": "Ende, 4 Oktober 2024", "align": "center", "after": 240},
        para("Menindaklanjuti hasil musyawarah pimpinan daerah tanggal 1 Oktober 2024, rapat koordinasi yang "
             "dipimpin Sekretaris Daerah di Ruang Rapat Garuda Setda Kabupaten Ende memutuskan hal-hal berikut:", first=0),
        {"table": [["No", "Keputusan", "Pelaksana", "Batas waktu"],
                   ["1", "Percepatan realisasi fisik DAK Tahun 2024 minimal 75% pada akhir Oktober.", "Seluruh PD teknis", "31 Oktober 2024"],
                   ["2", "{del:Seluruh ASN menjaga netralitas dan tidak terlibat dalam kegiatan kampanye.}{ins:Setiap perangkat daerah dan kecamatan bertanggung jawab atas perolehan suara untuk kemenangan Bapak Yoseph Rera dan Ibu Maria Goreti Woda di wilayah dan lingkungan keluarga pegawainya, dengan target minimal 60%.}", "Kepala PD dan Camat", "27 November 2024"],
                   ["3", "Pemutakhiran data penerima bantuan sosial terpadu diselesaikan sebelum penyaluran tahap IV.", "Dinas Sosial", "15 Oktober 2024"],
                   ["4", "{ins:Camat menyiapkan rumah jabatan camat sebagai posko pertemuan tokoh masyarakat untuk pemenangan Ende Sejahtera Dua Periode; daftar hadir dikirim ke Bagian Pemerintahan.}", "Camat", "Setiap minggu"],
                   ["5", "Laporan capaian IKU triwulan III disampaikan ke Bappeda.", "Seluruh PD", "10 Oktober 2024"]],
         "widths": [500, 5270, 1900, 1400], "header_row": True},
        para("Daftar keputusan ini agar menjadi pedoman pelaksanaan tugas Saudara dan dievaluasi pada rapat "
             "koordinasi berikutnya.", first=0, before=120),
    ]
    body += signature("Sekretaris Daerah Kabupaten Ende,", "Drs. AGUSTINUS G. NGASU, M.Si.", "19681105 199403 1 007")
    spec = {"font": "Arial", "size": 21,
            "meta": {"title": "Daftar keputusan rakor", "author": "Bag Pemerintahan", "last_modified_by": "Kasubag TU Pimpinan",
                     "created": "2024-10-04T06:00:00Z", "modified": "2024-10-04T11:42:00Z", "revision": 6},
            "kop": kop(["PEMERINTAH KABUPATEN ENDE", "SEKRETARIAT DAERAH", "Jl. El Tari No. 5, Ende, Nusa Tenggara Timur"], "header"),
            "body": body}
    lab = {"violation": True,
           "categories": ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"],
           "classes": [1, 6, 9, 10],
           "note": "Daftar keputusan rakor Setda (tracked changes): butir netralitas dihapus, disisipkan target suara 60% per PD untuk kemenangan Yoseph Rera–Maria Goreti Woda, rumah jabatan camat jadi posko 'Ende Sejahtera Dua Periode'"}
    return spec, lab


# ---------------------------------------------------------------- 024 (V) Distrik Fakfak penyambutan, OCR
@memo(24)
def m024():
    body = [
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor : 005/ 63 /DST-KKS/XI/2024", "align": "center", "after": 200},
        para("Dlsampaikan kepada seluruh pegawal Kantor Distrik Kokas, para Kepala Kampung beserta aparat kampung "
             "se-Distnk Kokas, bahwa dalam rangka Penyambutan dan Syukuran kedatangan Bapak Samuel lba dan Bapak "
             "Ahmad Uswanas, pasangan nomor urut 3, di Distrik Kokas, akan dllaksanakan kegiatan pada:", first=0),
        field("Harl/tanggal", "Kamis, 7 November 2024", tabs=[[2268, "left"], [2552, "left"]], hang=2552),
        field("Jam", "10.00 WIT s/d selesai", tabs=[[2268, "left"], [2552, "left"]], hang=2552),
        field("Tempat", "Dermaga Kokas dilanjutkan syukuran dl halaman Kantor Distrik", tabs=[[2268, "left"], [2552, "left"]], hang=2552, after=120),
        para("Sehubungan dengan itu dlharapkan:", first=0),
        item("Pelayanan kantor distrik ditutup sementara pada hari tersebut, seluruh pegawai wajib hadir di dermaga pukul 09.30 WIT dengan kaos kunlng yang dlbagikan Sekretaris Distrik;"),
        item("Rnobil dinas distrik dan speedboat kampung dipakai menjemput tokoh adat dan warga dari kampung-kampung pesisir;", cont=True),
        item("Konsumsi syukuran (papeda, ikan kuah kuning, kue) dibebankan pada anggaran kegiatan koordinasi distrik, kampung menyumbang masing-masing 1 (satu) ekor kambing;", cont=True),
        item("Pegawai yang memegang HP agar siaran langsung (live) di Facebook selama acara memakai tagar #FakfakSatuHati03.", cont=True, after=120),
        para("Demlkian pengumuman ini untuk dilaksanakan.", first=0),
    ]
    body += signature("Kokas, 4 November 2024\nKEPALA DISTRIK KOKAS,", "ABDUL HARIS HEGEMUR, S.Sos.", "19760310 200604 1 015")
    spec = {"font": "Times New Roman", "size": 24,
            "meta": {"title": "scan0041", "author": "Scanner", "created": "2024-11-04T07:00:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN FAKFAK", "DISTRIK KOKAS", "Jalan Pelabuhan Kokas, Fakfak \u2013 Papua Barat"], "table", logo="LOGO"),
            "footer": [{"p": "#FakfakSatuHati03 \u2014 Bersatu untuk Fakfak Maju", "align": "center", "size": 16}],
            "body": body}
    lab = {"violation": True,
           "categories": ["campaign-activity", "endorsement", "state-facility", "social-media", "letterhead-misuse"],
           "classes": [3, 5, 6, 11, 12],
           "note": "Pengumuman distrik (teks OCR): penyambutan dan syukuran pasangan nomor urut 3, kantor ditutup, pegawai wajib hadir berkaos kuning, mobil dinas/speedboat, konsumsi anggaran distrik, live FB #FakfakSatuHati03"}
    return spec, lab


# ---------------------------------------------------------------- 025 (V) RSUD Jombang tim pemenangan
@memo(25)
def m025():
    body = [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 200},
        field("Kepada", "Yth. Para Kepala Bidang, Kepala Bagian dan Kepala Instalasi"),
        field("Dari", "Direktur RSUD Jombang"),
        field("Tanggal", "10 Oktober 2024"),
        field("Nomor", "000.1.5/2941/415.44/2024"),
        field("Sifat", "Terbatas"),
        field("Perihal", "Pelantikan Tim Pemenangan Tingkat Kecamatan", after=0),
        {"p": "", "border_bottom": True, "after": 120},
        para("Berdasarkan koordinasi dengan pengurus tingkat kabupaten, sejumlah pegawai RSUD telah dimasukkan "
             "dalam susunan Tim Pemenangan tingkat kecamatan sesuai domisili masing-masing. Pelantikan akan "
             "dilaksanakan pada Selasa, 15 Oktober 2024 pukul 13.00 WIB di Gedung Serbaguna Ringin Contong."),
        para("Nama-nama pegawai yang dimaksud:"),
        {"table": [["No", "Nama", "Unit", "Posisi dalam tim"],
                   ["1", "dr. Fitri Handayani, Sp.PD", "Instalasi Rawat Inap", "Wakil Ketua Kec. Jombang"],
                   ["2", "Nur Kholis, S.Kep., Ns.", "IGD", "Koordinator Desa Kepanjen"],
                   ["3", "Ahmad Zainuri, S.E.", "Bagian Keuangan", "Bendahara Kec. Diwek"],
                   ["4", "Lilik Sumarni, A.Md.Keb.", "Ruang Bersalin", "Sekretaris Kec. Peterongan"],
                   ["5", "Bagus Prasetyo, S.Kom.", "Instalasi SIMRS", "Koordinator Media Sosial"]],
         "widths": [500, 3200, 2400, 2970], "header_row": True},
        para("Kepala unit agar mengatur jadwal jaga sehingga pegawai tersebut dapat meninggalkan tugas pada jam "
             "dinas untuk mengikuti pelantikan, dan mengenakan kemeja putih. Presensi pada hari tersebut "
             "diisi \u201crapat di luar\u201d.", before=120),
        {"p": "Pelaporan", "bold": True, "after": 60},
        para("Kepala unit melaporkan kehadiran pegawai tersebut kepada Kepala Bagian Umum dan Kepegawaian pada "
             "Rabu, 16 Oktober 2024.", first=0),
        para("Atas perhatian dan kerja samanya disampaikan terima kasih."),
    ]
    body += signature("Direktur,", "dr. HENDRO WICAKSONO, M.M.R.S.", "19740822 200312 1 005")
    spec = {"font": "Arial", "size": 22, "engine": "libreoffice",
            "meta": {"title": "ND Direktur", "author": "Kepegawaian RSUD", "created": "2024-10-10T02:00:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN JOMBANG", "RUMAH SAKIT UMUM DAERAH JOMBANG",
                        "Jl. KH. Wahid Hasyim No. 52 Jombang 61411"], "header"),
            "body": body}
    lab = {"violation": True,
           "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
           "classes": [2, 4, 6, 10],
           "note": "Nota dinas Direktur RSUD: pegawai masuk struktur Tim Pemenangan kecamatan, ikut pelantikan pada jam dinas (presensi 'rapat di luar'); calon tidak disebut"}
    return spec, lab


# ---------------------------------------------------------------- 026 (C) Teluk Wondama cuti kampanye bupati
@memo(26)
def m026():
    body = nomor_block("100.3.4/392/SETDA/IX/2024", "Penting", "1 (satu) berkas",
                       "Pemberitahuan Cuti di Luar Tanggungan Negara Bupati Teluk Wondama", "Rasiei, 23 September 2024")
    body += yth(["Kepala Perangkat Daerah", "Kepala Distrik", "se-Kabupaten Teluk Wondama"])
    body += [
        para("Berdasarkan Keputusan Menteri Dalam Negeri tentang pemberian cuti di luar tanggungan negara, Bupati "
             "Teluk Wondama yang ditetapkan sebagai pasangan calon dalam Pemilihan Bupati dan Wakil Bupati Teluk "
             "Wondama Tahun 2024 menjalani cuti selama masa kampanye, terhitung 25 September sampai dengan "
             "23 November 2024. Selama masa cuti, tugas dan wewenang Bupati dilaksanakan oleh Pelaksana Tugas "
             "yang ditunjuk Menteri Dalam Negeri."),
        para("Sehubungan dengan hal tersebut, disampaikan:"),
        item("selama cuti, Bupati tidak menggunakan kendaraan dinas, rumah jabatan untuk kegiatan kampanye, ajudan, protokol maupun fasilitas pengamanan yang melekat pada jabatan;"),
        item("perangkat daerah tidak menerbitkan undangan, surat, maupun agenda yang menghadirkan Bupati dalam kapasitas jabatan, dan seluruh naskah dinas ditandatangani oleh Pelaksana Tugas;", cont=True),
        item("ASN dilarang mendampingi, menghadiri atau memfasilitasi kegiatan kampanye Bupati maupun pasangan calon lainnya, termasuk meminjamkan sound system, tenda atau aula milik daerah;", cont=True),
        item("kendaraan dinas jabatan Bupati disimpan di pool Bagian Umum dan kuncinya diserahkan kepada Kepala Bagian Umum sampai masa cuti berakhir.", cont=True, after=120),
        para("Salinan keputusan cuti kami lampirkan. Atas perhatian dan kerja sama Saudara diucapkan terima kasih."),
    ]
    body += signature("SEKRETARIS DAERAH\nKABUPATEN TELUK WONDAMA,", "Drs. DEMIANUS WAROPEN, M.Si.", "19690928 199503 1 002",
                      pangkat="Pembina Utama Madya (IV/d)")
    body += tembusan(["Bupati Teluk Wondama", "Ketua Bawaslu Kabupaten Teluk Wondama", "Inspektur Kabupaten Teluk Wondama"])
    spec = {"font": "Bookman Old Style", "size": 22,
            "meta": {"title": "Pemberitahuan cuti", "author": "Bag Umum Setda", "created": "2024-09-23T01:00:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN TELUK WONDAMA", "SEKRETARIAT DAERAH", "Jalan Trikora, Rasiei, Teluk Wondama, Papua Barat"], "header"),
            "body": body}
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Petahana cuti di luar tanggungan negara selama kampanye; fasilitas jabatan dicabut, ASN dilarang mendampingi kampanye pasangan mana pun"}
    return spec, lab


# ---------------------------------------------------------------- 027 (C) Konawe Selatan peresmian pasar
@memo(27)
def m027():
    body = nomor_block("005/1418/Disperindag/VII/2024", "Biasa", "-",
                       "Undangan Peresmian Pasar Rakyat Lapuko", "Andoolo, 22 Juli 2024")
    body += yth(["Daftar undangan terlampir"], di="Tempat")
    body += [
        para("Dalam rangka peningkatan sarana perdagangan rakyat yang dibangun melalui Dana Alokasi Khusus "
             "Tahun Anggaran 2023, Pemerintah Kabupaten Konawe Selatan akan melaksanakan peresmian Pasar "
             "Rakyat Lapuko oleh Bupati Konawe Selatan. Untuk itu kami mengundang Bapak/Ibu untuk hadir pada:"),
        {"table": [["Hari/tanggal", ":", "Kamis, 1 Agustus 2024"],
                   ["Waktu", ":", "09.00 WITA s.d. selesai"],
                   ["Tempat", ":", "Pasar Rakyat Lapuko, Kecamatan Moramo"],
                   ["Acara", ":", "Peresmian pasar, penyerahan kunci kios kepada pedagang dan peninjauan lapak"]],
         "widths": [1800, 300, 6970], "borders": False},
        para("Kegiatan ini merupakan agenda pemerintahan. Susunan acara hanya memuat laporan Kepala Dinas, "
             "sambutan Bupati tentang pengelolaan pasar dan retribusi, serta penandatanganan prasasti. Panitia "
             "tidak menyediakan tempat untuk spanduk atau atribut pihak mana pun, dan pedagang penerima kios "
             "ditetapkan berdasarkan hasil undian terbuka tanggal 15 Juli 2024.", before=120),
        para("Mengingat terbatasnya tempat, setiap perangkat daerah cukup diwakili 1 (satu) orang pejabat. "
             "Pakaian: Pakaian Dinas Harian."),
        para("Atas perhatian dan kehadiran Bapak/Ibu diucapkan terima kasih."),
    ]
    body += signature("Kepala Dinas Perindustrian\ndan Perdagangan,", "LA ODE MUHAMMAD SALIHIN, S.E., M.Si.", "19750617 200112 1 004")
    spec = {"font": "Calibri", "size": 23,
            "meta": {"title": "Undangan peresmian", "author": "Disperindag", "created": "2024-07-22T02:00:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN KONAWE SELATAN", "DINAS PERINDUSTRIAN DAN PERDAGANGAN",
                        "Kompleks Perkantoran Pemda, Andoolo"], "body"),
            "body": body}
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Bupati menjalankan tugas rutin (peresmian pasar) sebelum masa kampanye, tanpa konten kampanye; kios dibagi lewat undian terbuka"}
    return spec, lab


# ---------------------------------------------------------------- 028 (C) SMPN Kota Malang WA informal netralitas
@memo(28)
def m028():
    body = [
        {"p": "Catatan Kepala TU \u2014 diteruskan dari grup \u201cKeluarga Besar SMPN 14\u201d untuk arsip dan papan pengumuman ruang guru", "italic": True, "size": 20, "after": 120},
        {"textbox": [
            {"p": "[09/02/24 19.40] Pak Kepsek:", "bold": True, "after": 0},
            {"p": "Assalamualaikum, bpk ibu sdr semua. Ngapunten, sy ngingetke maneh soale kemarin ada laporan dr wali murid:", "after": 60},
            {"p": "1. Tgl 14 Feb libur nasional, TIDAK ada KBM. Monggo gunakan hak pilih di TPS masing2 sesuai surat pemberitahuan (C6), jgn golput \U0001F64F", "after": 0},
            {"p": "2. Sing dadi KPPS (Bu Endah, Pak Yusuf, Mas Rizal) tgl 15 boleh masuk siang, tolong lapor ke piket.", "after": 0},
            {"p": "3. Tolong JANGAN share2 konten paslon/caleg manapun di grup sekolah & grup wali murid, jgn pasang twibbon, jgn foto pose jari2 pas acara sekolah. Sudah ada yg ditegur Panwascam lho.", "after": 0},
            {"p": "4. Anak2 jangan diajak ngomongin pilihan, kalo murid tanya jawab aja itu rahasia.", "after": 0},
            {"p": "Suwun, sehat2 semua.", "after": 0},
        ], "width_cm": 15.5, "height_cm": 6},
        {"p": "", "after": 120},
        {"p": "Malang, 10 Februari 2024", "indent": 5103, "after": 0},
        {"p": "Kepala Tata Usaha,", "indent": 5103, "after": 600},
        {"p": "**Sri Handayani**", "indent": 5103, "after": 0},
    ]
    spec = {"font": "Calibri", "size": 22,
            "meta": {"title": "pengumuman ruang guru", "author": "TU", "created": "2024-02-10T01:00:00Z"},
            "body": body}
    lab = {"violation": False, "categories": [], "classes": [11, 14],
           "note": "WA kepala sekolah (bahasa Jawa campur): libur 14 Feb, gunakan hak pilih, KPPS, larangan share konten paslon/twibbon; informal tapi netral"}
    return spec, lab


# ---------------------------------------------------------------- 029 (C) BKPSDM Palu deklarasi netralitas & CPNS
@memo(29)
def m029():
    body = nomor_block("800.1.2.5/1563/BKPSDM/IX/2024", "Penting", "1 (satu) lembar",
                       "Undangan Apel dan Deklarasi Netralitas ASN", "Palu, 18 September 2024")
    body += yth(["Kepala Perangkat Daerah", "Camat dan Lurah", "se-Kota Palu"])
    body += [
        para("Menjelang tahapan kampanye Pemilihan Gubernur dan Wakil Gubernur Sulawesi Tengah serta Wali Kota "
             "dan Wakil Wali Kota Palu Tahun 2024, Pemerintah Kota Palu bersama Bawaslu Kota Palu akan "
             "melaksanakan Apel dan Deklarasi Netralitas ASN, dirangkaikan dengan penandatanganan pakta integritas "
             "anti korupsi, pada:"),
        {"table": [["Hari/tanggal", "Selasa, 24 September 2024"],
                   ["Waktu", "07.30 WITA s.d. selesai"],
                   ["Tempat", "Halaman Kantor Wali Kota Palu, Jl. Balai Kota Selatan"],
                   ["Pakaian", "Seragam Korpri lengkap"]],
         "widths": [2000, 7070]},
        para("Setiap perangkat daerah mengirimkan seluruh pejabat struktural dan fungsional serta 10 (sepuluh) "
             "orang staf. Camat dan lurah hadir langsung. Ikrar netralitas akan dibacakan oleh perwakilan ASN "
             "dan ditirukan oleh seluruh peserta.", before=120),
        para("Pada kesempatan yang sama, peserta calon pegawai (CPNS dan calon PPPK formasi 2024) yang telah "
             "mengikuti pembekalan diwajibkan hadir untuk menerima materi singkat tentang larangan keterlibatan "
             "dalam kegiatan politik praktis. Calon peserta latihan dasar diminta memilih salah satu jadwal "
             "orientasi (gelombang I 30 September atau gelombang II 7 Oktober 2024) melalui tautan "
             "{link:https://bkpsdm.palukota.go.id/orientasi|bkpsdm.palukota.go.id/orientasi}."),
        para("Daftar nama peserta dari unit Saudara agar dikirim ke BKPSDM paling lambat 21 September 2024. "
             "Atas perhatiannya diucapkan terima kasih."),
    ]
    body += signature("Kepala BKPSDM Kota Palu,", "Dr. IRWAN LAMARAUNA, S.STP., M.Si.", "19800412 199912 1 001")
    spec = {"font": "Arial", "size": 22,
            "meta": {"title": "Undangan deklarasi netralitas", "author": "BKPSDM Palu", "created": "2024-09-18T02:00:00Z"},
            "kop": kop(["PEMERINTAH KOTA PALU", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                        "Jl. Balai Kota Selatan No. 1 Palu"], "header"),
            "body": body}
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan: 'deklarasi netralitas', 'anti korupsi', 'calon pegawai/calon peserta', 'memilih salah satu jadwal'; pengerahan ASN ke apel netralitas (bukan kampanye)"}
    return spec, lab


# ---------------------------------------------------------------- 030 (C) Teluk Bintuni disposisi tolak
@memo(30)
def m030():
    body = [
        {"p": "LEMBAR DISPOSISI", "align": "center", "bold": True, "size": 28, "after": 120},
        {"table": [["Surat dari", "Tim Kampanye Pasangan Nomor Urut 1 Kab. Teluk Bintuni", "Diterima tgl", "14 Oktober 2024"],
                   ["No. Surat", "22/TK-01/X/2024", "No. Agenda", "0731"],
                   ["Tgl. Surat", "12 Oktober 2024", "Sifat", "Segera"],
                   [{"blocks": [{"p": "Perihal: Permohonan pinjam pakai 2 unit ambulans, tenda dan sound system untuk kampanye akbar di Lapangan Bintuni tanggal 20 Oktober 2024"}], "span": 4}]],
         "widths": [1600, 3600, 1600, 2270]},
        {"p": "", "after": 60},
        {"table": [["Diteruskan kepada Sdr.:", "Isi disposisi:"],
                   [[{"p": "\u2611 Sekretaris Dinas"}, {"p": "\u2611 Kasubag Umum"}, {"p": "\u2610 Kabid Yankes"}],
                    [{"p": "%%Sekdis: TOLAK. Buat surat balasan: ambulans, tenda & sound system milik dinas tdk dapat dipinjamkan utk kegiatan kampanye pasangan mana pun (SE Pj. Bupati ttg netralitas & Pasal 71 UU 10/2016). Tembuskan Bawaslu.%%", "after": 60},
                     {"p": "%%Ambulans hanya utk siaga kesehatan bila diminta resmi oleh panitia KPU/Polres, bukan oleh tim.%%", "after": 60},
                     {"p": "%%\u2014 Kadis, 14/10%%", "align": "right", "after": 120},
                     {"p": "%%Kasubag Umum: sdh dibuat konsep balasan no. 443/812, mohon paraf. Tembusan Bawaslu & Inspektorat.%%", "after": 60},
                     {"p": "%%\u2014 Sekdis, 15/10%%", "align": "right", "after": 0}]]],
         "widths": [3000, 6070], "header_row": True},
    ]
    spec = {"font": "Arial", "size": 21,
            "meta": {"title": "Disposisi 0731", "author": "TU Dinkes", "created": "2024-10-14T05:00:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN TELUK BINTUNI", "DINAS KESEHATAN", "Jl. Raya Bintuni Km 3, Teluk Bintuni, Papua Barat"], "header"),
            "body": body}
    lab = {"violation": False, "categories": [], "classes": [11, 14],
           "note": "Disposisi Kadis menolak permohonan tim kampanye pinjam ambulans/tenda/sound system; balasan ditembuskan Bawaslu (cermin dari b32_012)"}
    return spec, lab
