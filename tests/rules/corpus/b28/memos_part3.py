# b28 memos 021-030.

MEMOS = []

IND = {"indent": 360, "hanging": 360, "tabs": [[360, "left"]]}


def li(text):
    d = {"p": text}
    d.update(IND)
    return d


# ------------------------------------------------------------------ 021
# DI Yogyakarta - Kapanewon: senam & jalan sehat bersama caleg + WA Jawa (violating)
MEMOS.append({"n": 21, "spec": {
    "font": "Arial", "size": 22,
    "meta": {"title": "Undangan senam jalan sehat", "author": "Kapanewon Playen Kidul",
             "created": "2024-01-19T04:00:00Z", "modified": "2024-01-19T04:40:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN GUNUNG SEWU", "KAPANEWON PLAYEN KIDUL",
               "Jl. Wonosari–Playen Km. 6, Gunung Sewu, Daerah Istimewa Yogyakarta 55861"),
    "body": [
        {"table": [["Nomor", ":", "400.6/ 037 /PK", "Playen Kidul, 19 Januari 2024"],
                   ["Lampiran", ":", "-", ""],
                   ["Hal", ":", "Undangan Senam Sehat dan Jalan Sehat", ""]],
         "widths": [1200, 250, 4600, 3020], "borders": False},
        BLANK,
        {"p": "Kepada Yth.\nPara Jawatan Kapanewon, Lurah Kalurahan se-Kapanewon Playen Kidul,\nKepala SD/SMP Negeri, Kepala Puskesmas Playen Kidul\ndi tempat", "after": 160},
        para("Dengan hormat, dalam rangka menjaga kebugaran sekaligus mempererat paseduluran, kami mengundang Bapak/Ibu beserta staf dan kader untuk mengikuti Senam Sehat dan Jalan Sehat bersama Mas Bagus Wicaksono, S.T., anggota DPR RI Dapil DIY yang pada 14 Februari 2024 kembali maju dari Partai Amanat Nasional, nomor urut 3, pada:"),
        {"table": [["Hari/tanggal", ":", "Minggu, 28 Januari 2024"],
                   ["Waktu", ":", "06.00 WIB"],
                   ["Start/finish", ":", "Halaman Kantor Kapanewon Playen Kidul"]],
         "widths": [1700, 300, 7070], "borders": False},
        BLANK,
        para("Setiap kalurahan dan sekolah membawa peserta paling sedikit 75 orang. Kaos senam dibagikan oleh tim Mas Bagus di meja pendaftaran. Mohon dibaca juga pesan Bapak Panewu di grup koordinasi di bawah ini:"),
        {"p": "[19/01 06.02] Pak Panewu: Sugeng enjing sedulur sedaya. Minggu ngarep senam bareng Mas Bagus nggih, {split:kupon doorpr|ize} dibagi pas absen: kulkas, sepeda, kompor gas lan 300 paket sembako. Sing ra teko ra oleh kupon 😄", "italic": True, "indent": 567, "size": 20, "after": 60},
        {"p": "[19/01 06.05] Pak Panewu: Tulung dielingke warga, beliau iki sing mbangun embung lan dalan Kalurahan Gading Lor. Tanggal 14 ojo lali {split:nyob|los} Mas Bagus, PAN nomer 3. Matur nuwun 🙏", "italic": True, "indent": 567, "size": 20, "after": 120},
        para("Demikian, atas kehadirannya kami sampaikan terima kasih."),
    ] + sign(None, "Panewu Playen Kidul,", "Drs. SUHARYANTO, M.Si.", "19700726 199203 1 005"),
}, "label": {"violation": True, "categories": ["campaign-activity", "endorsement", "inducement", "state-facility", "letterhead-misuse"],
             "classes": [3, 7, 11],
             "note": "Undangan Panewu: senam/jalan sehat start di halaman kantor kapanewon bersama Mas Bagus Wicaksono (PAN no. 3), kuota peserta, kaos dari tim; pesan WA berbahasa Jawa: kupon doorprize/sembako hanya bagi yang hadir, 'ojo lali nyoblos Mas Bagus'."}})

# ------------------------------------------------------------------ 022
# Maluku - Prokopim: kunjungan kerja bupati tinjau banjir (compliant), libreoffice
MEMOS.append({"n": 22, "spec": {
    "engine": "libreoffice",
    "font": "Arial",
    "meta": {"title": "Pemberitahuan Kunker Bupati", "author": "Bag. Prokopim",
             "created": "2024-07-15T00:20:00Z"},
    "kop": kop("table", "PEMERINTAH KABUPATEN BURU RAYA", "SEKRETARIAT DAERAH", "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN",
               "Jalan Pattimura No. 1 Namlea Baru, Maluku 97571", logo="LOGO"),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 120},
        fields([("Kepada", "Yth. Kepala Pelaksana BPBD, Kepala Dinas Sosial, Kepala Dinas PUPR, Camat Waeapo Hilir"),
                ("Dari", "Kepala Bagian Protokol dan Komunikasi Pimpinan"),
                ("Tanggal", "15 Juli 2024"),
                ("Nomor", "000.1.6/ 219 /Prokopim"),
                ("Hal", "Kunjungan kerja Bupati ke lokasi banjir Kecamatan Waeapo Hilir")]),
        {"p": "", "border_bottom": True, "after": 120},
        para("Bersama ini diberitahukan bahwa Bupati Buru Raya, Bapak Ir. Ismail Tuasikal Rumra, akan melakukan kunjungan kerja ke lokasi banjir di Desa Waenetat Baru dan Desa Savana Jaya Hilir pada Rabu, 17 Juli 2024 pukul 09.00 WIT, dengan agenda:"),
        {"p": "peninjauan tanggul Sungai Waeapo yang jebol dan rencana penanganan darurat oleh Dinas PUPR;", "num": 0},
        {"p": "peninjauan dapur umum dan posko pengungsian yang dikelola BPBD dan Tagana;", "num": 0, "cont": True},
        {"p": "penyerahan bantuan logistik %%buffer stock%% Dinas Sosial kepada 214 KK terdampak, berdasarkan data kaji cepat BPBD.", "num": 0, "cont": True},
        para("Perangkat daerah terkait dimohon menyiapkan bahan paparan singkat (maksimal 5 menit) serta data korban dan kebutuhan mendesak. Bantuan diserahkan atas nama Pemerintah Kabupaten Buru Raya; kemasan memakai label standar Kementerian Sosial dan BPBD tanpa tambahan foto atau nama pejabat."),
        para("Rombongan berangkat dari Kantor Bupati pukul 07.00 WIT menggunakan kendaraan dinas sesuai daftar Bagian Umum."),
    ] + sign(None, "Kepala Bagian Prokopim,", "FATIMAH LAITUPA, S.Sos., M.Si.", "19810914 200604 2 013"),
}, "label": {"violation": False, "categories": [], "classes": [14],
             "note": "Bupati melakukan tugas rutin (kunjungan banjir, penyerahan bantuan atas nama pemda, label standar) tanpa konten kampanye, Juli 2024."}})

# ------------------------------------------------------------------ 023
# Riau - WA camat diteruskan, semua ASN hadir kampanye akbar semua paslon (violating), no kop
MEMOS.append({"n": 23, "spec": {
    "font": "Courier New", "size": 21,
    "meta": {"title": "fwd info camat", "author": "Staf Trantib",
             "created": "2024-11-13T10:05:00Z"},
    "body": [
        {"p": "Diteruskan dari grup \u201cKANTOR CAMAT TJ BATU HULU\u201d \u2013 Rabu 13/11/2024 17.41", "size": 18, "italic": True, "after": 120},
        {"p": "*INFO PENTING DARI PAK CAMAT*", "bold": True, "after": 60},
        {"p": "Kpd Yth Sdr/i Sekcam, Kasi2, staf kantor camat & lurah se Kec. Tanjung Batu Hulu", "after": 60},
        {"p": "Assalamualaikum wr wb. Bsk Kamis 14/11 ada KAMPANYE AKBAR paslon gubri di lap. MTQ, Sabtu 16/11 paslon yg lain, Selasa 19/11 paslon yg satu lg. Supaya kita ADIL smua paslon kita datangi, jgn ada yg ngomong kecamatan berpihak.", "after": 60},
        {"p": "1. Smua ASN & PPPK WAJIB hadir ketiga2nya\n2. Absen pagi dl di kantor, brgkt jam 13.00 WIB naik {split:oto di|nas} & pikap trantib BM 8806 UP\n3. Kostum baju bebas rapi, blh pake kaos yg dibagi panitia\n4. Konsumsi nasi bungkus dr kantor, sdh sy sampaikan ke bendahara\n5. Lurah bw warga min 1 oto\n6. Yg tdk hadir tolong lapor ke sy lgsg, nnti kita catat di e-kinerja", "after": 60},
        {"p": "Tks. Camat Tj Batu Hulu, {split:Syahril|an} S.STP", "after": 160},
        {"p": "--------- pesan diteruskan ---------", "align": "center", "size": 18},
        {"p": "Catatan staf: mhn dicetak & ditempel di papan pengumuman. dafter hadir disiapkan di meja piket.", "size": 20, "italic": True},
    ],
}, "label": {"violation": True, "categories": ["campaign-activity", "state-facility"],
             "classes": [2, 11, 12],
             "note": "WA Camat dicetak tanpa kop: semua ASN/PPPK wajib hadir kampanye akbar ketiga paslon gubernur ('supaya adil'), mobil dinas, konsumsi kantor, jam kerja, ancaman e-kinerja; singkatan, huruf kapital."}})

# ------------------------------------------------------------------ 024
# Jawa Tengah - Dinas Kesehatan: PMT balita dikemas warna & slogan petahana (violating)
MEMOS.append({"n": 24, "spec": {
    "font": "Calibri",
    "meta": {"title": "ND Distribusi PMT Lokal Okt 2024", "author": "Seksi Gizi",
             "created": "2024-10-09T02:00:00Z", "modified": "2024-10-10T01:00:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN KEDU SELATAN", "DINAS KESEHATAN",
               "Jl. Diponegoro No. 58 Purworejan, Jawa Tengah 54117  Telp. (0275) 321 660"),
    "footnotes": {"1": "Foto penyerahan diunggah di akun Instagram dan status WA pribadi petugas gizi dengan tagar #LanjutkanBuRatna #KeduSelatanSehatTerus; tautan unggahan dilaporkan ke Seksi Gizi."},
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 120},
        fields([("Kepada", "Yth. Kepala Puskesmas se-Kabupaten Kedu Selatan"),
                ("Dari", "Kepala Dinas Kesehatan"),
                ("Tanggal", "9 Oktober 2024"),
                ("Nomor", "440/ 5116 /Kes"),
                ("Hal", "Distribusi PMT lokal balita gizi kurang bulan Oktober–November 2024")]),
        {"p": "", "border_bottom": True, "after": 120},
        para("Program pemberian makanan tambahan (PMT) lokal bagi balita gizi kurang dan ibu hamil KEK yang dirintis dr. Ratna Kusumawardani, M.Kes. sejak 2020 telah menurunkan prevalensi stunting Kedu Selatan dari 27 menjadi 16 persen. Supaya capaian ini berlanjut pada periode kedua beliau, distribusi PMT tahap akhir tahun 2024 diatur sebagai berikut:"),
        item("1.", "Paket PMT (APBD, sub kegiatan Pengelolaan Pelayanan Kesehatan Gizi Masyarakat) dikemas dalam kotak merah muda bertuliskan \u201cBersama Bu Ratna, Gizi Anak Terjaga \u2013 Lanjutkan!\u201d. Desain kotak dari tim Bu Ratna sudah dikirim ke penyedia."),
        item("2.", "Penyerahan di posyandu disesuaikan dengan jadwal safari Bu Ratna ke desa (kotak di bawah) dan diserahkan oleh relawan tim beliau, didampingi bidan desa dan petugas gizi puskesmas."),
        item("3.", "Petugas gizi mendokumentasikan setiap penyerahan{fn:1}."),
        item("4.", "Posyandu yang tidak masuk jadwal safari menerima paket setelah 27 November 2024."),
        {"textbox": [
            {"p": "**Jadwal safari Bu Ratna – penyerahan PMT**", "size": 20, "after": 40},
            {"p": "14 Okt  : Puskesmas Bagelen Wetan (Posyandu Melati I–IV)\n17 Okt  : Puskesmas Kutoarjan (Posyandu Anggrek, Mawar)\n22 Okt  : Puskesmas Loano Lor (7 posyandu)\n29 Okt  : Puskesmas Banyuurip Kidul (5 posyandu)\n5 Nov   : Puskesmas Gebang Wetan (9 posyandu)", "size": 20, "after": 0}],
         "width_cm": 14, "height_cm": 3.6},
        BLANK,
        para("Kepala Puskesmas bertanggung jawab atas kelancaran distribusi ini."),
    ] + sign(None, "Kepala Dinas Kesehatan,", "dr. HARI SETYAWAN, M.P.H.", "19750202 200312 1 006"),
    "footer": [{"p": "Dinkes Kedu Selatan \u2022 Seksi Kesehatan Keluarga dan Gizi", "align": "left", "size": 16}],
}, "label": {"violation": True, "categories": ["state-facility", "endorsement", "social-media", "letterhead-misuse"],
             "classes": [1, 5, 13],
             "note": "PMT APBD dikemas dengan slogan 'Bersama Bu Ratna ... Lanjutkan!', diserahkan relawan tim beliau mengikuti jadwal safari (kotak teks), 'periode kedua beliau'; catatan kaki: unggah dengan #LanjutkanBuRatna. Tanpa kata calon."}})

# ------------------------------------------------------------------ 025
# Jawa Timur - Kelurahan: pengumuman libur Pilkada dari WA lurah (compliant, informal)
MEMOS.append({"n": 25, "spec": {
    "font": "Arial", "size": 22,
    "meta": {"title": "Pengumuman libur 27 Nov", "author": "Kel. Sumberasih",
             "created": "2024-11-25T02:00:00Z"},
    "kop": kop("body", "PEMERINTAH KABUPATEN BANYUASIH", "KECAMATAN KALIWATES TIMUR", "KELURAHAN SUMBERASIH",
               "Jl. Mastrip No. 40 Sumberasih, Jawa Timur 68131"),
    "body": [
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "size": 26, "after": 0},
        {"p": "Nomor: 400.10/ 88 /35.09.21.1004/2024", "align": "center", "after": 160},
        para("Disampaikan kepada seluruh pegawai Kelurahan Sumberasih pesan Bapak Lurah dari grup WA kantor, untuk diketahui dan dilaksanakan:", first=0),
        {"p": "\u201cRek, INFO: TGL 27 NOPEMBER LIBUR NASIONAL PILKADA, KANTOR TUTUP. Sing dadi KPPS / PTPS wis oleh surat tugas, gawanen pas bertugas. Liyane ojo lali nyoblos nang TPS dewe2, gawa undangan (C pemberitahuan) karo KTP-el. Pilihen sesuai ati nurani, gak usah takon2an pilihan nang kantor. OJO nganggo kaos utowo atribut paslon, ojo foto pose jari nang medsos, ojo melu grup2 tim. Tgl 28 mlebu normal, apel 07.30. Suwun.\u201d", "italic": True, "indent": 567, "align": "both", "after": 120},
        para("Informasi lokasi TPS dapat dicek melalui {link:https://cekdptonline.kpu.go.id|cekdptonline.kpu.go.id} dengan memasukkan NIK.", first=0),
    ] + sign("Sumberasih, 25 November 2024", "Sekretaris Kelurahan,", "NUR HIDAYATI, S.AP.", "19850617 201001 2 021"),
}, "label": {"violation": False, "categories": [], "classes": [11, 14],
             "note": "Pengumuman informal dari WA lurah (huruf kapital, bahasa Jawa): libur pilkada, KPPS, 'nyoblos nang TPS', larangan atribut/pose/grup tim; tautan cek DPT."}})

# ------------------------------------------------------------------ 026
# Sumatera Utara - RSUD: notulen rapat manajemen dengan sisipan terlacak (violating)
MEMOS.append({"n": 26, "spec": {
    "font": "Times New Roman",
    "meta": {"title": "Notulen Rapat Manajemen September", "author": "Bagian Umum RSUD", "change_author": "Kabag TU",
             "created": "2024-09-30T07:00:00Z", "modified": "2024-10-01T02:15:00Z"},
    "kop": kop("header", "PEMERINTAH KOTA BATANG SERANGAN", "RUMAH SAKIT UMUM DAERAH KOTA BATANG SERANGAN",
               "Jalan Gatot Subroto No. 119, Batang Serangan, Sumatera Utara 20752"),
    "body": [
        {"p": "NOTULEN RAPAT MANAJEMEN", "align": "center", "bold": True, "after": 120},
        {"table": [["Hari/tanggal", ":", "Senin, 30 September 2024"],
                   ["Tempat", ":", "Ruang Rapat Direksi lantai 3"],
                   ["Pimpinan rapat", ":", "Direktur RSUD"],
                   ["Peserta", ":", "Wadir Pelayanan, Wadir Umum dan Keuangan, Kabid/Kabag, Kepala Instalasi, Komite Medik, Komite Keperawatan"]],
         "widths": [1900, 300, 6870], "borders": False},
        BLANK,
        {"p": "**1. Klaim BPJS Kesehatan**", "after": 40},
        para("Klaim pending bulan Juli sebanyak 312 berkas (Rp1,94 M). Disepakati tim casemix menyelesaikan revisi koding paling lambat 15 Oktober.", indent=360, first=0),
        {"p": "**2. Persiapan survei akreditasi**", "after": 40},
        para("Survei simulasi dijadwalkan 11–12 November 2024. Pokja PMKP menyerahkan dokumen indikator mutu ke Komite Mutu pekan depan.", indent=360, first=0),
        {"p": "**3. Lain-lain**", "after": 40},
        para("Direktur menyampaikan bahwa mantan Direktur RSUD, dr. Rizal Efendi Lubis, Sp.PD, yang membangun gedung IGD terpadu dan memperjuangkan remunerasi pegawai, ikut dalam pemilihan Wali Kota 27 November 2024.{ins: Rapat memutuskan: (a) setiap instalasi mengirim 5 pegawai untuk bergabung dalam relawan \u201cSahabat dr. Rizal\u201d; (b) seluruh pejabat struktural bergabung ke grup WhatsApp relawan dan mengikuti akun Instagram @sahabat.drrizal; (c) target, seluruh keluarga pegawai RSUD memilih beliau.}", indent=360, first=0),
        para("{del:Tidak ada pembahasan lain.}{ins:Kepala Instalasi menyerahkan nama relawan kepada Kabag Umum paling lambat 4 Oktober 2024.}", indent=360, first=0),
        para("Rapat ditutup pukul 15.20 WIB.", first=0, before=120),
        {"table": [[[{"p": "Notulis,"}, {"p": ""}, {"p": ""}, {"p": "**ROSMAWATI SIMBOLON, S.Kep.**"}, {"p": "NIP. 19880122 201101 2 004"}],
                    [{"p": "Direktur RSUD Kota Batang Serangan,"}, {"p": ""}, {"p": ""}, {"p": "**dr. HENDRA MARPAUNG, M.Kes.**"}, {"p": "NIP. 19760610 200312 1 003"}]]],
         "widths": [4535, 4535], "borders": False},
    ],
}, "label": {"violation": True, "categories": ["campaign-activity", "endorsement", "social-media", "letterhead-misuse"],
             "classes": [4, 7, 9],
             "note": "Notulen RSUD; sisipan terlacak (w:ins): rapat memutuskan tiap instalasi kirim 5 pegawai ke relawan 'Sahabat dr. Rizal', pejabat gabung grup WA relawan dan follow IG, target keluarga pegawai memilih 'beliau'."}})

# ------------------------------------------------------------------ 027
# Sumatera Utara - Panwascam: laporan hasil pengawasan (compliant)
MEMOS.append({"n": 27, "spec": {
    "font": "Arial", "size": 21,
    "meta": {"title": "Form A Laporan Hasil Pengawasan", "author": "Panwascam Sipoholon Julu",
             "created": "2024-10-26T09:00:00Z"},
    "kop": kop("header", "BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN HUMBANG RAYA",
               "PANITIA PENGAWAS PEMILIHAN KECAMATAN SIPOHOLON JULU",
               "Jl. Balige–Tarutung Km. 12, Sipoholon Julu, Sumatera Utara 22452"),
    "body": [
        {"p": "FORMULIR MODEL A", "align": "right", "bold": True, "size": 18, "after": 0},
        {"p": "LAPORAN HASIL PENGAWASAN PEMILIHAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 019/LHP/PM.01.02/K.SU-17.08/X/2024", "align": "center", "after": 160},
        {"table": [["I.", "Data pengawas", "Ketua Panwascam Sipoholon Julu, Sdr. Parlindungan Hutagalung"],
                   ["II.", "Tahapan yang diawasi", "Kampanye Pemilihan Bupati dan Wakil Bupati Humbang Raya"],
                   ["III.", "Bentuk pengawasan", "Pengawasan langsung dan penelusuran media sosial"],
                   ["IV.", "Waktu dan tempat", "Jumat, 25 Oktober 2024, pukul 19.30 WIB, Jambur Desa Lobu Siregar"]],
         "widths": [600, 2600, 5870]},
        BLANK,
        {"p": "**V. Uraian singkat hasil pengawasan**", "after": 60},
        para("Pengawas menghadiri acara yang disebut panitia sebagai \u201cdeklarasi dukungan masyarakat\u201d kepada pasangan calon nomor urut 2. Di antara peserta terdapat Sdr. JS, guru ASN pada SMP Negeri 2 Sipoholon Julu, dan Sdr. MT, staf kantor camat, yang duduk di barisan depan mengenakan kaos bertuliskan \u201cLanjutkan Dua Periode, Bang Jonner!\u201d. Sdr. JS juga menyampaikan sambutan mewakili guru dengan kalimat \u201cmari kita menangkan kembali\u201d. Dokumentasi video berdurasi 2 menit 14 detik dan 11 foto terlampir.", indent=360),
        {"p": "**VI. Informasi dugaan pelanggaran**", "after": 60},
        {"table": [["Peristiwa", "Dugaan pelanggaran netralitas ASN (keterlibatan dalam kegiatan kampanye dan penggunaan atribut)"],
                   ["Terduga", "Sdr. JS (guru ASN) dan Sdr. MT (staf kecamatan)"],
                   ["Ketentuan", "Pasal 70 ayat (1) huruf b dan Pasal 71 UU 10/2016; PP 94/2021"],
                   ["Rekomendasi", "Dilaporkan ke Bawaslu Kabupaten untuk diregister sebagai temuan dan diteruskan kepada BKN"]],
         "widths": [2000, 7070]},
    ] + sign("Sipoholon Julu, 26 Oktober 2024", "Ketua Panwascam Sipoholon Julu,", "PARLINDUNGAN HUTAGALUNG", None),
}, "label": {"violation": False, "categories": [], "classes": [14],
             "note": "LHP Panwascam mengutip pelanggaran (deklarasi dukungan, kaos 'Lanjutkan Dua Periode, Bang Jonner!', 'mari kita menangkan kembali')."}})

# ------------------------------------------------------------------ 028
# Riau - Inspektorat: pengawasan dana desa + ajakan dua periode (violating), libreoffice
MEMOS.append({"n": 28, "spec": {
    "engine": "libreoffice",
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "ND Pengawasan Dana Desa TW IV", "author": "Sekretariat Inspektorat",
             "created": "2024-10-15T01:00:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN SIAK HULU", "INSPEKTORAT DAERAH",
               "Jalan Sultan Syarif Kasim No. 22, Perawang Hulu, Riau 28772"),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 120},
        fields([("Kepada", "Yth. Para Inspektur Pembantu dan Ketua Tim Pemeriksa"),
                ("Dari", "Inspektur Daerah"),
                ("Tanggal", "15 Oktober 2024"),
                ("Nomor", "700.1.2/ 403 /Insp"),
                ("Hal", "Pengawasan pengelolaan Dana Desa triwulan IV Tahun 2024")]),
        {"p": "", "border_bottom": True, "after": 120},
        para("Sesuai Program Kerja Pengawasan Tahunan 2024, pemeriksaan reguler pengelolaan Dana Desa triwulan IV dilaksanakan di 48 desa mulai 21 Oktober 2024. Untuk itu disampaikan arahan sebagai berikut:"),
        item("1.", "Tim memeriksa realisasi BLT Dana Desa, ketahanan pangan 20 persen dan penyertaan modal BUMDes, serta memastikan SPJ diunggah pada Siskeudes."),
        item("2.", "Pada setiap kunjungan, ketua tim menyampaikan kepada kepala desa dan perangkat bahwa Bapak H. Marzuki Effendi, S.H., M.H. perlu dilanjutkan dua periode agar pembinaan desa tidak berganti arah. Sampaikan bahwa beliau selama ini tidak pernah mempersulit desa."),
        item("3.", "Desa yang kepala desanya sudah menyatakan mendukung beliau cukup diberi catatan pembinaan; temuan administratif tidak perlu dituangkan dalam LHP. Desa yang menolak diperiksa sesuai standar penuh."),
        item("4.", "Selama masa pemeriksaan, auditor memasang status WhatsApp dengan gambar pada kotak di bawah."),
        {"textbox": [{"p": "SIAK HULU BERMARWAH \u2013 LANJUTKAN!", "align": "center", "bold": True, "size": 28, "after": 40},
                     {"p": "#TetapMarzuki  #DuaPeriodeMarwah", "align": "center", "size": 22, "after": 0}],
         "width_cm": 12, "height_cm": 2.2},
        BLANK,
        {"p": "**Pelaporan**", "after": 60},
        para("Ketua tim melaporkan hasil pemeriksaan beserta daftar desa yang telah menyatakan {split:duk|ungan} kepada Inspektur melalui Sekretaris paling lambat 22 November 2024."),
    ] + sign(None, "Inspektur Daerah,", "Drs. ZULFAHMI ARIFIN, M.Si., CGCAE", "19690717 199303 1 002"),
}, "label": {"violation": True, "categories": ["endorsement", "social-media", "state-facility", "letterhead-misuse"],
             "classes": [1, 5, 7, 10],
             "note": "Nota dinas Inspektorat (kop Inspektorat, bagian Pelaporan): auditor menyampaikan ke kades bahwa H. Marzuki Effendi 'perlu dilanjutkan dua periode', temuan desa pendukung tidak dimasukkan LHP (keputusan menguntungkan), status WA 'Lanjutkan! #TetapMarzuki' (kotak teks)."}})

# ------------------------------------------------------------------ 029
# Maluku - Keputusan Bupati hukuman disiplin (compliant)
MEMOS.append({"n": 29, "spec": {
    "font": "Times New Roman",
    "meta": {"title": "Keputusan Hukdis", "author": "Bidang Disiplin BKPSDM", "change_author": "Kabid Disiplin",
             "created": "2024-12-16T02:00:00Z", "modified": "2024-12-17T00:45:00Z"},
    "kop": kop("header", "BUPATI MALUKU TENGGARA RAYA"),
    "body": [
        {"p": "KEPUTUSAN BUPATI MALUKU TENGGARA RAYA", "align": "center", "bold": True, "after": 0},
        {"p": "NOMOR 800.1.6.4/ 27 /HUKDIS/2024", "align": "center", "after": 120},
        {"p": "TENTANG", "align": "center", "bold": True, "after": 0},
        {"p": "PENJATUHAN HUKUMAN DISIPLIN TINGKAT SEDANG", "align": "center", "bold": True, "after": 120},
        {"p": "BUPATI MALUKU TENGGARA RAYA,", "align": "center", "bold": True, "after": 120},
        {"table": [["Menimbang", ":", [
            li("a.\tbahwa berdasarkan rekomendasi Badan Kepegawaian Negara atas penerusan Bawaslu Kabupaten serta hasil pemeriksaan tim, Sdr. ALBERTUS RENYAAN, S.Sos., NIP 19840411 201001 1 009, Penata Tingkat I (III/d), Analis Pemerintahan pada Kantor Kecamatan Kei Besar Hilir, terbukti menghadiri kegiatan deklarasi dukungan kepada salah satu pasangan calon Bupati pada 12 Oktober 2024 di Desa Ohoiwait Baru dan mengunggah foto kegiatan tersebut di akun Facebook pribadinya dengan keterangan \u201cSatu hati, lanjutkan! #LanjutkanBungNus\u201d;"),
            li("b.\tbahwa perbuatan tersebut melanggar kewajiban menjaga netralitas dan larangan sebagaimana diatur dalam Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil{ins: dan tidak ditemukan hal yang meringankan selain pengakuan terperiksa};"),
            li("c.\tbahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Bupati tentang Penjatuhan Hukuman Disiplin Tingkat Sedang;")]],
                   ["Mengingat", ":", [
            li("1.\tUndang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;"),
            li("2.\tUndang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati, dan Wali Kota;"),
            li("3.\tPeraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil.")]]],
         "widths": [1900, 300, 6870], "borders": False},
        {"p": "MEMUTUSKAN:", "align": "center", "bold": True, "before": 120, "after": 120},
        {"table": [["Menetapkan", ":", ""],
                   ["KESATU", ":", "Menjatuhkan hukuman disiplin tingkat sedang berupa pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama {del:6 (enam)}{ins:9 (sembilan)} bulan kepada Sdr. ALBERTUS RENYAAN, S.Sos."],
                   ["KEDUA", ":", "Terhadap keputusan ini yang bersangkutan dapat mengajukan upaya administratif sesuai ketentuan peraturan perundang-undangan."],
                   ["KETIGA", ":", "Keputusan ini mulai berlaku pada tanggal ditetapkan."]],
         "widths": [1900, 300, 6870], "borders": False},
    ] + sign("Ditetapkan di Langgur Baru\npada tanggal 17 Desember 2024", "BUPATI MALUKU TENGGARA RAYA,", "Drs. YOSEPH ELUBUN", None) + tembusan([
        "Kepala Badan Kepegawaian Negara;", "Ketua Bawaslu Kabupaten Maluku Tenggara Raya;", "Camat Kei Besar Hilir;", "Yang bersangkutan."]),
    "footer": [{"p": "Salinan sesuai dengan aslinya – Kepala Bagian Hukum", "align": "left", "size": 16}],
}, "label": {"violation": False, "categories": [], "classes": [14],
             "note": "Keputusan hukuman disiplin yang mengutip pelanggaran (hadir deklarasi dukungan, unggahan '#LanjutkanBungNus'); revisi terlacak."}})

# ------------------------------------------------------------------ 030
# Sumatera Barat - SD: transkrip voice note kepala sekolah (compliant, informal)
MEMOS.append({"n": 30, "spec": {
    "font": "Calibri", "size": 23,
    "meta": {"title": "catatan pesan suara kepsek", "author": "Operator SDN 04",
             "created": "2024-06-10T08:10:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN TANAH DATAR UTARA", "DINAS PENDIDIKAN",
               "SD NEGERI 04 SUNGAI PUA HILIR", "Jorong Galuang, Nagari Sungai Pua Hilir, Sumatera Barat 26181"),
    "body": [
        {"p": "CATATAN ARAHAN KEPALA SEKOLAH", "align": "center", "bold": True, "after": 0},
        {"p": "(transkrip pesan suara di grup guru, Senin 10 Juni 2024, durasi 2:31)", "align": "center", "italic": True, "size": 20, "after": 160},
        {"p": "\u201cAssalamualaikum, Bapak Ibu guru sadonyo. Ado babarapo hal, tolong dicatat yo.", "italic": True, "align": "both"},
        {"p": "Partamo, pendaftaran calon siswa baru kelas I dibukak 24 Juni sampai 6 Juli. Calon siswa nan alah umua 7 tahun didahulukan, baru 6 tahun. Bu Yenni jo Pak Rudi jadi panitia.", "italic": True, "align": "both"},
        {"p": "Kaduo, rapek komite untuak rehab WC murid. Bapak Ibu pilih salah satu jadwal, Kamih 13 atau Sabtu 15 Juni, isi di grup. Semen alah datang satu partai, 40 sak, kini di gudang; partai kaduo datang minggu muko.", "italic": True, "align": "both"},
        {"p": "Katigo, bulan Juli kito ado kampanye anti-perundungan jo Puskesmas. Tiok kelas buek poster, pasang di mading. Jan lupo foto kegiatan untuak laporan.", "italic": True, "align": "both"},
        {"p": "Kaampek, tim sukses akreditasi \u2013 Pak Afdal, Bu Nelvi, Bu Yenni \u2013 kumpua Rabu sore, lengkapi dokumen standar proses. Kito targetkan nilai A baliak. Jan ado nan mangaluah, yo.", "italic": True, "align": "both"},
        {"p": "Itu sajo dulu. Tarimo kasih, wassalam.\u201d", "italic": True, "align": "both", "after": 160},
        para("Ditranskrip oleh operator sekolah untuk arsip dan bagi guru yang tidak dapat memutar pesan suara.", first=0, size=20),
        {"p": "Mengetahui,", "indent": 5103, "after": 0, "before": 120},
    ] + sign(None, "Kepala SD Negeri 04 Sungai Pua Hilir,", "DESMAWATI, S.Pd.SD", "19720504 199802 2 003")[1:],
}, "label": {"violation": False, "categories": [], "classes": [11, 14],
             "note": "Transkrip pesan suara berbahasa Minang; umpan: 'calon siswa', 'pilih salah satu jadwal', semen satu 'partai', 'kampanye anti-perundungan', 'tim sukses akreditasi', 'target'."}})
