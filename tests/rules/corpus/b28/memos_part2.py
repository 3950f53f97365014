# b28 memos 011-020.

MEMOS = []

# ------------------------------------------------------------------ 011
# NTB - Dinas Sosial, lembar disposisi: bansos hanya bagi pendukung (violating)
MEMOS.append({"n": 11, "spec": {
    "font": "Arial", "size": 21,
    "meta": {"title": "Disposisi Kadis", "author": "Umum Dinsos",
             "created": "2024-11-04T00:50:00Z", "modified": "2024-11-04T05:12:00Z"},
    "kop": kop("table", "PEMERINTAH KABUPATEN LOMBOK TENGGARA", "DINAS SOSIAL",
               "Jalan Pejanggik No. 63 Praya Timur, Nusa Tenggara Barat 83581", logo="[logo]"),
    "body": [
        {"p": "LEMBAR DISPOSISI", "align": "center", "bold": True, "size": 26, "after": 120},
        {"table": [[{"blocks": [{"p": "Surat dari : Bidang Perlindungan dan Jaminan Sosial"}], "span": 2},
                    {"blocks": [{"p": "Diterima tgl : 4 November 2024"}], "span": 2}],
                   [{"blocks": [{"p": "No. surat : 400.9.3/ 1502 /Linjamsos/XI/2024"}], "span": 2},
                    {"blocks": [{"p": "No. agenda : 1874"}], "span": 2}],
                   [{"blocks": [{"p": "Perihal : Rencana penyaluran paket sembako dan cadangan beras pemerintah (CBP) bagi KPM terdampak kekeringan tahap III"}], "span": 4}],
                   [{"blocks": [{"p": "Diteruskan kepada Sdr.:"}, {"p": "☑ Kabid Linjamsos"}, {"p": "☑ Koordinator Pendamping PKH"}, {"p": "☐ Sekretaris"}], "span": 2},
                    {"blocks": [{"p": "Dengan hormat harap:"}, {"p": "☐ Tanggapan dan saran"}, {"p": "☑ Proses lebih lanjut"}, {"p": "☑ Koordinasikan / konfirmasikan"}], "span": 2}],
                   [{"blocks": [
                       {"p": "**Isi disposisi:**"},
                       {"p": "1. Penyerahan paket tahap III dilaksanakan pada acara silaturahmi H. Lalu Zulkarnaen Hamdi, S.E. bersama warga di Lapangan Desa Kawo Selatan, Ahad 10 Nov 2024. Paket diserahkan langsung oleh beliau dan Hj. Baiq Rahmawati. Jangan didahului penyaluran oleh petugas."},
                       {"p": "2. Hanya KPM yang sudah menandatangani surat pernyataan dukungan (format dari tim Lalu Zulkarnaen, terlampir) yang mendapat paket. Pendamping PKH kumpulkan surat pernyataan + fotokopi KTP per dusun paling lambat Jumat 8 Nov."},
                       {"p": "3. Sampaikan kepada KPM yang menolak: kepesertaan di DTKS akan diverifikasi ulang setelah 27 November dan bisa dikeluarkan."},
                       {"p": "4. Karung beras pakai stiker hijau seperti contoh dari tim beliau. Angkut pakai truk dinas DA 8114 K."},
                       {"p": "5. Laporkan ke saya via WA, jangan di grup."}], "span": 4}],
                   [{"blocks": [{"p": ""}], "span": 2},
                    {"blocks": [{"p": "Praya Timur, 4-11-2024"}, {"p": "Kepala Dinas Sosial,"}, {"p": ""}, {"p": "ttd"}, {"p": "**H. MUHAMMAD SYUKRI, S.Sos., M.M.**"}], "span": 2}]],
         "widths": [2267, 2268, 2267, 2268]},
        BLANK,
        {"p": "Catatan: disposisi ini tidak diarsipkan di SRIKANDI.", "italic": True, "size": 18},
    ],
}, "label": {"violation": True, "categories": ["inducement", "endorsement", "state-facility", "letterhead-misuse"],
             "classes": [3, 8, 13],
             "note": "Disposisi Kadinsos: sembako/CBP diserahkan di silaturahmi H. Lalu Zulkarnaen Hamdi oleh beliau, hanya untuk KPM yang teken pernyataan dukungan + KTP, ancaman dikeluarkan dari DTKS, stiker tim, truk dinas."}})

# ------------------------------------------------------------------ 012
# Bali - BPKAD, pencairan hibah Pilkada (compliant), libreoffice
MEMOS.append({"n": 12, "spec": {
    "engine": "libreoffice",
    "font": "Calibri",
    "meta": {"title": "ND Pencairan Hibah Pilkada Tahap II", "author": "Bidang Anggaran",
             "created": "2024-08-14T02:00:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN KARANGSARI", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
               "Jalan Udayana No. 5, Amlapura Kangin, Bali 80811"),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 120},
        fields([("Yth.", "Sekretaris Daerah Kabupaten Karangsari"),
                ("Dari", "Kepala BPKAD"),
                ("Nomor", "900.1.3/ 1.277 /BPKAD"),
                ("Tanggal", "14 Agustus 2024"),
                ("Sifat", "Biasa"),
                ("Hal", "Pencairan Tahap II Hibah Dukungan Penyelenggaraan Pemilihan Tahun 2024")],
               widths=(1500, 300, 7270)),
        {"p": "", "border_bottom": True, "after": 120},
        para("Menindaklanjuti Naskah Perjanjian Hibah Daerah (NPHD) yang ditandatangani pada November 2023, dengan hormat kami laporkan bahwa dokumen persyaratan pencairan tahap II (60 persen) telah diterima lengkap dari penerima hibah sebagai berikut:"),
        {"table": [["Penerima hibah", "Nilai NPHD (Rp)", "Tahap I 40% (Rp)", "Tahap II 60% (Rp)"],
                   ["KPU Kabupaten Karangsari", "38.600.000.000", "15.440.000.000", "23.160.000.000"],
                   ["Bawaslu Kabupaten Karangsari", "11.200.000.000", "4.480.000.000", "6.720.000.000"],
                   ["Polres Karangsari (dukungan pengamanan)", "4.150.000.000", "1.660.000.000", "2.490.000.000"],
                   ["Kodim 1623 (dukungan pengamanan)", "1.050.000.000", "420.000.000", "630.000.000"]],
         "widths": [3270, 1950, 1900, 1950], "header_row": True},
        BLANK,
        para("Dukungan anggaran tersebut bersumber dari Belanja Hibah APBD Tahun Anggaran 2024 dan disalurkan melalui transfer ke rekening hibah masing-masing penerima. BPKAD tidak menyalurkan dana kepada pasangan calon, partai politik atau tim kampanye, dan seluruh penggunaan dana dipertanggungjawabkan oleh penerima hibah sesuai ketentuan."),
        para("Sehubungan dengan itu, kami mohon persetujuan Bapak untuk menerbitkan SP2D tahap II paling lambat 23 Agustus 2024 agar tahapan pencalonan dan kampanye tidak terhambat."),
        para("Demikian untuk menjadi periksa."),
    ] + sign(None, "Kepala BPKAD,", "I NYOMAN ARTHA WIJAYA, S.E., M.Si., Ak.", "19740511 199903 1 004"),
    "footer": [{"p": "BPKAD Kab. Karangsari | Bidang Anggaran | Hal. 1", "align": "center", "size": 16}],
}, "label": {"violation": False, "categories": [], "classes": [14],
             "note": "Umpan 'dukungan': hibah dukungan penyelenggaraan kepada KPU, Bawaslu, Polres, Kodim; tegas tidak ke paslon."}})

# ------------------------------------------------------------------ 013
# Kalimantan Tengah - BPBD, surat tugas masuk tim pemenangan (violating)
MEMOS.append({"n": 13, "spec": {
    "font": "Arial",
    "meta": {"title": "ST Tim Pemenangan", "author": "Sekretariat BPBD",
             "created": "2024-09-27T03:00:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN KATINGAN HULU", "BADAN PENANGGULANGAN BENCANA DAERAH",
               "Jalan Tjilik Riwut Km. 3,5 Kasongan Hulu, Kalimantan Tengah 74413"),
    "body": title("SURAT TUGAS", "Nomor: 800.1.11.1/ 264 /BPBD-KH/IX/2024") + [
        para("Menindaklanjuti hasil musyawarah pimpinan BPBD Kabupaten Katingan Hulu tanggal 25 September 2024, Kepala Pelaksana BPBD Kabupaten Katingan Hulu dengan ini menugaskan:", first=0),
        {"table": [["No", "Nama / NIP", "Jabatan", "Penempatan"],
                   ["1", "Yohanes Dedy Ariansyah, S.T.\n19860514 201101 1 003", "Kepala Seksi Logistik", "Koordinator logistik dan posko"],
                   ["2", "Martinus Ugang\n19790920 200701 1 012", "Pengelola Sarana Prasarana", "Anggota bidang logistik"],
                   ["3", "Sri Wahyuningsih, A.Md.\n19910302 201503 2 006", "Pengadministrasi Umum", "Sekretariat posko"],
                   ["4", "Rendy Saputra Nahan\n19950717 201902 1 004", "Operator Pusdalops", "Anggota bidang media"]],
         "widths": [500, 3300, 2600, 2670], "header_row": True},
        BLANK,
        {"table": [["Untuk", ":", [
            {"p": "1.\tbergabung sebagai anggota Tim Pemenangan Pasangan Nomor Urut 3 tingkat Kabupaten Katingan Hulu sesuai penempatan di atas;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
            {"p": "2.\tmenghadiri Pelantikan Tim Pemenangan di Gedung Betang Hapakat, Sabtu, 28 September 2024 pukul 19.00 WIB, memakai kemeja putih;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
            {"p": "3.\tmenyiapkan tenda, genset dan velbed dari gudang BPBD untuk posko pemenangan di Kelurahan Kasongan Lama serta membawa kendaraan rescue double cabin KH 8073 J untuk mobilitas tim;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
            {"p": "4.\tmelaksanakan tugas ini pada hari dan jam kerja; kehadiran dicatat sebagai dinas luar.", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]}]],
                  ["Pelaporan", ":", "Pelaksanaan tugas dilaporkan secara tertulis kepada Kepala Pelaksana melalui Sekretaris BPBD setiap hari Senin."],
                  ["Waktu", ":", "28 September s.d. 23 November 2024"]],
         "widths": [1400, 300, 7370], "borders": False},
        BLANK,
        para("Surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.", first=0),
    ] + sign("Kasongan Hulu, 27 September 2024", ["Kepala Pelaksana", "BPBD Kabupaten Katingan Hulu,"],
             "Ir. BAMBANG SETIA NUGRAHA, M.T.", "19710104 199803 1 009") + tembusan(["Sekretaris BPBD;", "Arsip."]),
}, "label": {"violation": True, "categories": ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"],
             "classes": [2, 4, 10],
             "note": "Surat tugas BPBD 'menindaklanjuti hasil musyawarah' dengan bagian Pelaporan: menugaskan 4 ASN masuk Tim Pemenangan Pasangan Nomor Urut 3, hadir pelantikan tim pemenangan, peralatan gudang dan mobil rescue untuk posko, di jam kerja."}})

# ------------------------------------------------------------------ 014
# NTB - Dinas Pendidikan: calon peserta PPPK, pilih jadwal, buku datang dalam partai (compliant)
MEMOS.append({"n": 14, "spec": {
    "font": "Times New Roman",
    "meta": {"title": "ND Bidang GTK", "author": "Bidang GTK",
             "created": "2024-11-18T01:00:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN SUMBAWA TIMUR", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
               "Jalan Garuda No. 12 Empang Baru, Nusa Tenggara Barat 84376"),
    "footnotes": {"1": "Jadwal yang sudah dipilih tidak dapat diubah kecuali karena sakit yang dibuktikan surat keterangan dokter."},
    "body": [
        {"table": [["Nomor", ":", "800.1.2.2/ 3041 /Dikbud", "Empang Baru, 18 November 2024"],
                   ["Lampiran", ":", "2 (dua) berkas", ""],
                   ["Hal", ":", "Seleksi kompetensi PPPK Guru dan distribusi buku teks", ""]],
         "widths": [1200, 250, 4600, 3020], "borders": False},
        BLANK,
        {"p": "Kepada Yth.\nKepala SD dan SMP Negeri se-Kabupaten Sumbawa Timur\ndi tempat", "after": 160},
        para("Bersama ini kami sampaikan dua hal yang perlu segera ditindaklanjuti:"),
        {"p": "**1. Seleksi kompetensi PPPK Guru Tahun 2024**", "after": 60},
        para("Sebanyak 412 calon peserta dinyatakan memenuhi syarat administrasi (daftar pada lampiran 1). Setiap calon peserta wajib memilih salah satu jadwal seleksi berikut melalui akun SSCASN paling lambat 25 November 2024{fn:1}:", indent=360),
        {"table": [["Sesi", "Tanggal", "Lokasi"],
                   ["I", "2 Desember 2024, 07.30 WITA", "UPT BKN Mataram"],
                   ["II", "3 Desember 2024, 07.30 WITA", "UPT BKN Mataram"],
                   ["III", "3 Desember 2024, 13.00 WITA", "Titik lokasi mandiri SMK Negeri 1 Empang Baru"]],
         "widths": [900, 3600, 4570], "header_row": True},
        para("Kepala sekolah diminta memberi izin kepada guru honorer yang menjadi calon peserta pada hari seleksi.", indent=360, before=120),
        {"p": "**2. Distribusi buku teks Kurikulum Merdeka**", "after": 60},
        para("Buku teks kelas I, IV, VII dan VIII pengadaan DAK 2024 dikirim penyedia dalam tiga partai: partai pertama tiba 20 November, partai kedua 27 November dan partai ketiga 4 Desember 2024 di gudang dinas. Sekolah dapat memilih waktu pengambilan sesuai jadwal di lampiran 2 dan membawa surat tugas serta kendaraan sendiri.", indent=360),
        para("Atas perhatian Saudara diucapkan terima kasih.", before=120),
    ] + sign(None, ["a.n. Kepala Dinas Pendidikan dan Kebudayaan", "Kepala Bidang GTK,"],
             "SITI AISYAH RAMDHANI, S.Pd., M.Pd.", "19820115 200604 2 009"),
}, "label": {"violation": False, "categories": [], "classes": [14],
             "note": "Umpan: 'calon peserta' PPPK, 'memilih salah satu jadwal', buku dikirim dalam tiga 'partai'."}})

# ------------------------------------------------------------------ 015
# Sulawesi Utara - SMP Negeri: twibbon, follow, share, pulsa (violating)
MEMOS.append({"n": 15, "spec": {
    "font": "Calibri", "size": 23,
    "meta": {"title": "Edaran guru dan pegawai", "author": "TU SMPN 2 Langowan Raya",
             "created": "2024-10-07T23:30:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN MINAHASA RAYA", "DINAS PENDIDIKAN DAERAH",
               "SMP NEGERI 2 LANGOWAN RAYA",
               "Jl. Raya Langowan–Kawangkoan, Desa Walantakan Baru, Sulawesi Utara 95694"),
    "body": title("EDARAN KEPALA SEKOLAH", "Nomor: 421.3/ 118 /SMPN2-LR/X/2024") + [
        {"p": "Kepada Yth. Bapak/Ibu Guru dan Tenaga Kependidikan SMP Negeri 2 Langowan Raya", "after": 120},
        para("Syalom dan salam sejahtera. Kita semua sudah merasakan sendiri perhatian Bapak Fredy Mamahit dan Ibu Meiske Lumenta untuk sekolah-sekolah di Minahasa Raya: rehab ruang kelas, laptop guru dan tunjangan guru honor. Torang musti jaga supaya program ini lanjut dua periode. Oleh karena itu mulai hari ini kami minta Bapak/Ibu:"),
        {"p": "mengganti foto profil WhatsApp dan Facebook dengan {link:https://twibbon.com/torang-lanjutkan-fm|twibbon Torang Lanjutkan FM-ML};", "num": 0},
        {"p": "mengikuti akun Instagram @fredymeiske.lanjut dan halaman Facebook Torang Lanjutkan;", "num": 0, "cont": True},
        {"p": "memberi %%like%% dan membagikan setiap unggahan akun tersebut ke grup keluarga, grup jemaat dan grup orang tua murid, dengan komentar \u201cTorang Lanjutkan!\u201d dan tagar #MinahasaRayaLanjut #DuaPeriodeFM;", "num": 0, "cont": True},
        {"p": "mengirim tangkapan layar bukti unggahan ke wali kelas koordinator setiap hari Jumat.", "num": 0, "cont": True},
        para("Guru dan pegawai yang paling aktif setiap pekan mendapat pulsa Rp100.000, disiapkan dari kas kegiatan sekolah. Bapak/Ibu yang belum punya Instagram silakan dibantu operator sekolah di ruang TU pada jam istirahat."),
        para("Tuhan memberkati."),
    ] + sign("Walantakan Baru, 8 Oktober 2024", "Kepala Sekolah,", "Drs. JEMMY RORIMPANDEY", "19690908 199512 1 002"),
}, "label": {"violation": True, "categories": ["social-media", "endorsement", "inducement", "state-facility", "letterhead-misuse"],
             "classes": [1, 5],
             "note": "Kepsek minta guru pasang twibbon, follow @fredymeiske.lanjut, like/share dengan tagar #DuaPeriodeFM agar Fredy Mamahit-Meiske Lumenta 'lanjut dua periode' (tanpa kata calon), pulsa Rp100.000 dari kas kegiatan sekolah untuk yang paling aktif."}})

# ------------------------------------------------------------------ 016
# Kalimantan Tengah - Setda: undangan deklarasi kampanye damai KPU + ikrar netralitas (compliant)
MEMOS.append({"n": 16, "spec": {
    "font": "Arial", "size": 22,
    "meta": {"title": "Undangan Deklarasi Damai", "author": "Bag. Pemerintahan",
             "created": "2024-09-23T06:00:00Z"},
    "kop": kop("body", "PEMERINTAH KABUPATEN BARITO HILIR", "SEKRETARIAT DAERAH",
               "Jalan Jenderal Sudirman No. 1 Buntok Baru, Kalimantan Tengah 73751"),
    "body": [
        {"table": [["Nomor", ":", "100.3.4/ 592 /Pem", "Buntok Baru, 23 September 2024"],
                   ["Sifat", ":", "Penting", ""],
                   ["Hal", ":", "Undangan Deklarasi Kampanye Damai dan Ikrar Netralitas ASN", ""]],
         "widths": [1200, 250, 4600, 3020], "borders": False},
        BLANK,
        {"p": "Yth. Kepala Perangkat Daerah, Camat dan Lurah se-Kabupaten Barito Hilir", "after": 120},
        para("Menindaklanjuti surat KPU Kabupaten Barito Hilir Nomor 612/PL.02.4-Und/6211/2024 tentang Deklarasi Kampanye Damai Pemilihan Gubernur dan Bupati Tahun 2024, kami mengundang Saudara hadir sebagai unsur pemerintah daerah pada:"),
        {"table": [["Hari/tanggal", ":", "Selasa, 24 September 2024"],
                   ["Waktu", ":", "08.00 WIB s.d. selesai"],
                   ["Tempat", ":", "Halaman Kantor KPU Kabupaten Barito Hilir"],
                   ["Acara", ":", "Penandatanganan deklarasi kampanye damai, anti-hoaks dan anti-politik uang oleh seluruh pasangan calon, disaksikan Forkopimda; dilanjutkan ikrar netralitas ASN dan kirab budaya"]],
         "widths": [1700, 300, 7070], "borders": False},
        BLANK,
        para("Sehubungan dengan acara tersebut, mohon diperhatikan:"),
        item("1.", "Peserta dari perangkat daerah memakai PDH khaki tanpa pin, stiker atau aksesori yang berhubungan dengan pasangan calon atau partai politik."),
        item("2.", "Peserta ASN tidak berfoto bersama pasangan calon dan tidak menunjukkan simbol jari atau gestur keberpihakan; dokumentasi resmi dilakukan oleh Diskominfo."),
        item("3.", "Ikrar netralitas ASN dibacakan oleh Sekretaris Daerah dan diikuti seluruh ASN yang hadir; naskah ikrar terlampir."),
        item("4.", "Kendaraan dinas hanya digunakan untuk menghadiri acara KPU ini dan diparkir di area yang disediakan panitia."),
        para("Atas perhatiannya diucapkan terima kasih."),
    ] + sign(None, ["a.n. BUPATI BARITO HILIR", "SEKRETARIS DAERAH,"], "Drs. HENDRI SAHAY, M.Si.", "19681212 199303 1 006"),
}, "label": {"violation": False, "categories": [], "classes": [14],
             "note": "Umpan 'deklarasi': deklarasi kampanye damai KPU dengan semua paslon, ikrar netralitas ASN, larangan atribut dan pose."}})

# ------------------------------------------------------------------ 017
# Sulawesi Barat - BKPSDM: relawan ASN (violating)
MEMOS.append({"n": 17, "spec": {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "ND Tindak Lanjut Musyawarah Pimpinan", "author": "Bidang Bangrir",
             "created": "2024-10-01T02:00:00Z", "modified": "2024-10-01T08:20:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN MANDAR RAYA", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
               "Jalan Andi Depu No. 14, Majene Timur, Sulawesi Barat 91411"),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "size": 26, "after": 40},
        {"p": "Nomor: 800.1/ 977 /BKPSDM/X/2024", "align": "center", "after": 160},
        fields([("Kepada", "Yth. Kepala Perangkat Daerah di lingkungan Pemerintah Kabupaten Mandar Raya"),
                ("Dari", "Kepala BKPSDM"),
                ("Tanggal", "1 Oktober 2024"),
                ("Perihal", "Tindak lanjut hasil musyawarah pimpinan")]),
        {"p": "", "border_bottom": True, "after": 120},
        para("Menindaklanjuti hasil musyawarah pimpinan perangkat daerah di Rujab Sekda pada 28 September 2024, dengan ini kami sampaikan hal-hal yang telah disepakati bersama:"),
        item("1.", "Setiap perangkat daerah mengirimkan paling sedikit 10 (sepuluh) ASN untuk bergabung dalam **Relawan ASN Sahabat Andi Baso**, guna memenangkan kembali Dr. H. Andi Baso Mappewali, M.Si. pada pemilihan 27 November 2024."),
        item("2.", "Pegawai yang ditunjuk mengisi formulir pendaftaran relawan pada {link:https://forms.gle/sahabatAB-asn|tautan ini} dengan mencantumkan NIP dan unit kerja, lalu bergabung ke grup WhatsApp \u201cRelawan ASN Sahabat AB\u201d serta mengikuti akun Instagram @sahabat.andibaso."),
        item("3.", "Target dukungan yang disepakati: 70 persen suara di TPS tempat tinggal setiap relawan. Relawan mendata keluarga dan tetangganya yang siap memilih beliau."),
        item("4.", "Kegiatan relawan dilakukan dengan santun dan tidak memakai seragam dinas."),
        {"p": "**Pelaporan**", "before": 120, "after": 60},
        para("Kepala perangkat daerah menyampaikan daftar nama relawan kepada BKPSDM c.q. Bidang Pengembangan Karier paling lambat 7 Oktober 2024 dan rekap pendataan dukungan setiap dua pekan. Keterlambatan pelaporan akan menjadi catatan dalam penilaian kinerja kepala perangkat daerah."),
        para("Demikian untuk dilaksanakan."),
    ] + sign(None, "Kepala BKPSDM,", "Dr. MUHAMMAD ARSYAD TAHIR, S.STP., M.Si.", "19790621 199912 1 001"),
}, "label": {"violation": True, "categories": ["campaign-activity", "endorsement", "social-media", "letterhead-misuse"],
             "classes": [4, 9, 10],
             "note": "Nota dinas BKPSDM (kop BKPSDM, 'menindaklanjuti hasil musyawarah', bagian Pelaporan) berisi kesepakatan: tiap OPD kirim 10 ASN jadi Relawan ASN Sahabat Andi Baso untuk memenangkan kembali beliau, gabung grup WA dan follow IG, target 70%."}})

# ------------------------------------------------------------------ 018
# Sulawesi Utara - Inspektorat: panggilan klarifikasi atas unggahan FB (compliant)
MEMOS.append({"n": 18, "spec": {
    "font": "Arial",
    "meta": {"title": "Panggilan Klarifikasi", "author": "Irban IV",
             "created": "2024-01-29T01:00:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN BOLAANG TIMUR", "INSPEKTORAT DAERAH",
               "Jalan Trans Sulawesi, Kompleks Perkantoran Tutuyan Baru, Sulawesi Utara 95783"),
    "footnotes": {"1": "Surat Bawaslu Kabupaten Bolaang Timur Nomor 044/PP.01.02/K.SA-08/01/2024 perihal Penerusan Pelanggaran Hukum Lainnya (Netralitas ASN).",
                  "2": "Pemanggilan ini belum merupakan penjatuhan hukuman disiplin; terperiksa berhak memberikan keterangan dan bukti yang meringankan."},
    "body": [
        {"table": [["Nomor", ":", "700.1.2.1/ 57 /Insp", "Tutuyan Baru, 29 Januari 2024"],
                   ["Sifat", ":", "Rahasia", ""],
                   ["Hal", ":", "Panggilan untuk klarifikasi", ""]],
         "widths": [1200, 250, 4600, 3020], "borders": False},
        BLANK,
        {"p": "Yth. Sdr. Reinhard Pangemanan, S.Pd.\nGuru Ahli Muda pada SD Negeri 1 Kotabunan Baru\ndi tempat", "after": 160},
        para("Berdasarkan penerusan dari Bawaslu Kabupaten Bolaang Timur{fn:1}, Saudara diduga melanggar ketentuan netralitas ASN sebagaimana diatur dalam Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS. Dugaan pelanggaran tersebut adalah:"),
        {"table": [["Waktu", "Media", "Uraian yang dilaporkan"],
                   ["19 Januari 2024", "Akun Facebook \u201cReinhard Pange\u201d", "Mengunggah foto bersama tim kampanye calon presiden dengan tulisan \u201cCoblos 02, Torang Pe Pilihan!\u201d dan mengajak rekan guru memakai bingkai profil pasangan tersebut."],
                   ["21 Januari 2024", "Grup WhatsApp guru gugus III", "Membagikan poster caleg DPRD Kabupaten dengan pesan \u201csupaya jang lupa\u201d."]],
         "widths": [1700, 2300, 5070], "header_row": True},
        BLANK,
        para("Untuk kepentingan pemeriksaan, Saudara diminta hadir pada:"),
        {"table": [["Hari/tanggal", ":", "Senin, 5 Februari 2024"],
                   ["Pukul", ":", "09.00 WITA"],
                   ["Tempat", ":", "Ruang Irban IV Inspektorat Daerah"],
                   ["Menghadap", ":", "Tim Pemeriksa (Sdr. Novita Mokoginta, S.E. dan Sdr. Ramdan Paputungan, S.H.)"]],
         "widths": [1700, 300, 7070], "borders": False},
        BLANK,
        para("Saudara diminta membawa KTP-el, kartu pegawai dan dokumen lain yang dianggap perlu{fn:2}. Apabila Saudara tidak hadir tanpa alasan yang sah, pemeriksaan dilanjutkan berdasarkan bukti yang ada."),
    ] + sign(None, "Inspektur Daerah,", "JOUDY W. LONTOH, S.E., M.Si.", "19730305 199803 1 010") + tembusan(["Bupati Bolaang Timur;", "Ketua Bawaslu Kabupaten Bolaang Timur;", "Kepala BKPSDM;", "Kepala Dinas Pendidikan."]),
}, "label": {"violation": False, "categories": [], "classes": [14],
             "note": "Panggilan klarifikasi Inspektorat yang mengutip dugaan pelanggaran ('Coblos 02, Torang Pe Pilihan!')."}})

# ------------------------------------------------------------------ 019
# Maluku - Dinas Perhubungan: hadir kampanye rapat umum semua paslon (violating), libreoffice
MEMOS.append({"n": 19, "spec": {
    "engine": "libreoffice",
    "font": "Times New Roman",
    "meta": {"title": "Surat Perintah Kehadiran", "author": "Sekretariat Dishub",
             "created": "2024-11-05T00:30:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN SERAM TENGAH", "DINAS PERHUBUNGAN",
               "Jalan Pelabuhan Amahai Baru No. 3, Masohi Timur, Maluku 97516"),
    "body": title("SURAT PERINTAH", "Nomor: 800.1.11.1/ 431 /Dishub-ST/XI/2024") + [
        {"table": [["Dasar", ":", "Jadwal kampanye rapat umum Pemilihan Gubernur dan Wakil Gubernur Maluku di Kabupaten Seram Tengah yang diterbitkan KPU."]],
         "widths": [1400, 300, 7370], "borders": False},
        {"p": "MEMERINTAHKAN:", "align": "center", "bold": True, "before": 120, "after": 120},
        {"table": [["Kepada", ":", "Seluruh pegawai ASN dan PPPK Dinas Perhubungan Kabupaten Seram Tengah"],
                   ["Untuk", ":", [
                       {"p": "1.\tmenghadiri kampanye rapat umum ketiga pasangan calon gubernur secara bergantian sesuai jadwal di bawah, supaya pegawai mendengar langsung visi misi semua pasangan dan tidak ada yang merasa dianaktirikan;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
                       {"p": "2.\tberkumpul di halaman kantor pukul 13.30 WIT dan berangkat bersama menggunakan bus dinas DE 7071 AM dan mobil patroli;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
                       {"p": "3.\tkehadiran dihitung sebagai dinas luar; pegawai yang tidak ikut tanpa izin dianggap tidak masuk kerja;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
                       {"p": "4.\tuang makan diberikan dari pos perjalanan dinas dalam daerah.", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]}]]],
         "widths": [1400, 300, 7370], "borders": False},
        BLANK,
        {"table": [[{"blocks": [{"p": "JADWAL KEHADIRAN PEGAWAI PADA KAMPANYE RAPAT UMUM"}], "span": 3}],
                   [{"blocks": [{"p": "**Tanggal**"}]}, {"blocks": [{"p": "**Pasangan calon**"}]}, {"blocks": [{"p": "**Lokasi**"}]}],
                   ["Rabu, 6 November 2024", "Nomor urut 1", "Lapangan Nusantara Masohi Timur"],
                   ["Selasa, 12 November 2024", "Nomor urut 2", "Lapangan Nusantara Masohi Timur"],
                   ["Senin, 18 November 2024", "Nomor urut 3", "Pantai Lapangan Amahai Baru"]],
         "widths": [3000, 2600, 3470], "header_row": True},
        BLANK,
        para("Demikian surat perintah ini untuk dilaksanakan.", first=0),
    ] + sign("Masohi Timur, 5 November 2024", "Kepala Dinas Perhubungan,", "ABDUL RAHMAN LATUCONSINA, S.T., M.T.", "19750808 200003 1 007") ,
}, "label": {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
             "classes": [2, 6, 12],
             "note": "Kadishub memerintahkan semua pegawai hadir kampanye rapat umum ketiga paslon gubernur bergiliran, bus dinas dan mobil patroli, dihitung dinas luar, uang makan dari pos perjalanan dinas; tidak memihak satu paslon. Tabel berjudul jadwal kampanye."}})

# ------------------------------------------------------------------ 020
# Sulawesi Barat - Setda: bupati cuti kampanye (compliant), tracked changes
MEMOS.append({"n": 20, "spec": {
    "font": "Arial", "size": 22,
    "meta": {"title": "ND Cuti Bupati", "author": "Bag. Tapem", "last_modified_by": "Kabag Tapem",
             "created": "2024-09-19T02:00:00Z", "modified": "2024-09-20T01:10:00Z"},
    "kop": kop("header", "PEMERINTAH KABUPATEN MAMUJU SELATAN", "SEKRETARIAT DAERAH",
               "Jalan Ahmad Kirang No. 2 Pasangkayu Raya, Sulawesi Barat 91571"),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 120},
        fields([("Kepada", "Yth. Para Asisten, Staf Ahli, Kepala Perangkat Daerah dan Camat"),
                ("Dari", "Sekretaris Daerah"),
                ("Nomor", "100.2.2/ 818 /Tapem"),
                ("Tanggal", "{del:19}{ins:20} September 2024"),
                ("Hal", "Cuti Bupati di luar tanggungan negara selama masa kampanye")]),
        {"p": "", "border_bottom": True, "after": 120},
        para("Berdasarkan Keputusan Menteri Dalam Negeri tentang pemberian cuti di luar tanggungan negara, Bupati Mamuju Selatan, Bapak H. Syamsul Rijal Pasande, S.E., yang ditetapkan KPU sebagai calon Bupati, menjalani cuti selama masa kampanye mulai 25 September s.d. 23 November 2024. Selama masa cuti, tugas Bupati dilaksanakan oleh Wakil Bupati sebagai {del:pelaksana harian}{ins:pelaksana tugas} sesuai penunjukan Gubernur Sulawesi Barat."),
        para("Sehubungan dengan hal tersebut, disampaikan:"),
        item("1.", "Perangkat daerah tidak menjadwalkan kegiatan kedinasan, peresmian atau penyerahan bantuan yang menghadirkan Bupati selama masa cuti; undangan kedinasan ditujukan kepada Plt. Bupati."),
        item("2.", "Kendaraan dinas jabatan, rumah jabatan, ajudan, protokol dan pengamanan dalam (pamdal) tidak digunakan untuk kegiatan kampanye Bupati selama cuti, kecuali pengamanan yang diatur kepolisian{ins: sesuai ketentuan bagi calon petahana}."),
        item("3.", "Akun media sosial resmi Pemerintah Kabupaten tidak mengunggah kegiatan kampanye pasangan calon mana pun."),
        item("4.", "ASN yang menerima ajakan menghadiri kegiatan kampanye agar menolak dan melaporkan kepada atasan atau Bawaslu."),
        para("Demikian untuk diperhatikan dan dilaksanakan."),
    ] + sign(None, "SEKRETARIS DAERAH,", "Ir. ANDI MUH. NASRUN, M.M.", "19690312 199503 1 004"),
}, "label": {"violation": False, "categories": [], "classes": [14],
             "note": "Petahana cuti di luar tanggungan negara; larangan memakai fasilitas dinas dan jadwal kedinasan untuknya; revisi terlacak."}})
