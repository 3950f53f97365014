#!/usr/bin/env python3
"""w1 memo specs: written by hand, one memo per call to add().
Voice: former staff of an Inspektorat Provinsi (Sumatra / Kalimantan)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
SPECS = os.path.join(HERE, "specs")
MEMOS = []

def F(label, value, pos=2000):
    return {"p": "%s\t: %s" % (label, value), "tabs": [[pos, "left"]], "after": 0}

def sig(*lines, align="left", indent=5200):
    out = []
    for i, l in enumerate(lines):
        out.append({"p": l, "indent": indent, "after": 0, "before": 240 if i == 0 else 0})
    return out

def kop(placement, lines, logo=None):
    k = {"placement": placement, "lines": lines}
    if logo:
        k["logo"] = logo
    return k

def add(n, violation, cats, classes, note, body, kop=None, header=None, footer=None,
        footnotes=None, engine=None, meta=None, font=None, size=None):
    name = "w1_%03d" % n
    cats = list(cats)
    if violation and kop and "letterhead-misuse" not in cats:
        cats.append("letterhead-misuse")
    assert violation or not cats, name
    assert not (not kop and "letterhead-misuse" in cats), name
    spec = {"output": name + ".docx"}
    if engine:
        spec["engine"] = engine
    if font:
        spec["font"] = font
    if size:
        spec["size"] = size
    spec["meta"] = meta or {}
    if kop:
        spec["kop"] = kop
    if header:
        spec["header"] = header
    if footer:
        spec["footer"] = footer
    spec["body"] = body
    if footnotes:
        spec["footnotes"] = footnotes
    MEMOS.append((name, spec, {"violation": violation, "categories": cats,
                               "classes": sorted(classes), "note": note}))

# ===================================================================== 001-020

add(1, True, ["endorsement"], [1],
    "Kadisdik meminta kepala sekolah mengarahkan guru dan komite mendukung pasangan petahana agar 'kembali memimpin' periode 2025-2030; kata calon tidak muncul di dekat nama.",
    kop=kop("header", ["PEMERINTAH KABUPATEN TAPIAN SUNGAI", "DINAS PENDIDIKAN",
                       "Jalan Sisingamangaraja Nomor 14 Sipirok Baru, Kode Pos 22742",
                       "Telepon (0634) 41127, Pos-el disdik@tapiansungaikab.go.id"]),
    meta={"author": "Sahat Pane", "company": "Disdik Kab. Tapian Sungai", "created": "2024-10-03T08:12:00Z"},
    body=[
        {"p": "SURAT EDARAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 800/1123/Disdik/X/2024", "align": "center"},
        {"p": "TENTANG", "align": "center", "after": 0},
        {"p": "PENGUATAN PERAN KELUARGA BESAR PENDIDIKAN DALAM MENJAGA KESINAMBUNGAN PROGRAM SEKOLAH GRATIS", "align": "center", "bold": True},
        "Yth. Kepala SD, SMP Negeri dan Swasta se-Kabupaten Tapian Sungai",
        {"p": "Dalam rangka menjaga kesinambungan program sekolah gratis, seragam gratis dan insentif guru honorer yang telah berjalan sejak tahun 2020, bersama ini disampaikan hal-hal sebagai berikut:", "align": "both"},
        {"p": "Program-program tersebut merupakan hasil kerja nyata Bapak Drs. H. Syamsuddin Harahap dan Ibu Ir. Rosmaini Daulay, sehingga sudah sepatutnya keluarga besar pendidikan memberikan dukungan penuh agar keduanya kembali memimpin Kabupaten Tapian Sungai untuk periode 2025–2030.", "num": 1, "align": "both"},
        {"p": "Kepala Sekolah agar menyampaikan hal tersebut kepada seluruh guru, tenaga kependidikan dan pengurus komite sekolah dalam rapat dewan guru bulan Oktober.", "num": 1, "align": "both"},
        {"p": "Guru wali kelas diharapkan ikut mengingatkan orang tua murid pada saat pembagian rapor tengah semester bahwa kelanjutan sekolah gratis bergantung pada pilihan mereka tanggal 27 November 2024.", "num": 1, "align": "both"},
        {"p": "Kepala Sekolah menyampaikan jumlah guru dan pegawai yang telah menyatakan kesediaan mendukung kepada Kepala Bidang Pembinaan Ketenagaan paling lambat 25 Oktober 2024.", "num": 1, "align": "both"},
        {"p": "Demikian disampaikan untuk dilaksanakan dengan penuh tanggung jawab.", "align": "both"},
    ] + sig("Sipirok Baru, 3 Oktober 2024", "Kepala Dinas Pendidikan,", "", "", "**Drs. MANGARAJA SIREGAR, M.Pd.**", "Pembina Utama Muda (IV/c)", "NIP 19690412 199403 1 006"))

add(2, True, ["campaign-activity", "state-facility"], [2, 6],
    "Perihal menyebut kampanye akbar; paragraf berikutnya mengatur kumpul di kantor, ambulans/mobil operasional, uang transport dari DPA penyuluhan, kuota per puskesmas tanpa menyebut acaranya lagi.",
    kop=kop("table", ["PEMERINTAH KOTA MUARA BELIDA", "DINAS KESEHATAN", "Jalan Jenderal Sudirman KM 4,5 Muara Belida 30129 · Telp. (0711) 352 881"], logo="LOGO KOTA"),
    meta={"author": "Sekretariat Dinkes", "created": "2024-11-12T02:40:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True, "size": 28},
        F("Kepada", "Yth. Kepala Puskesmas se-Kota Muara Belida"),
        F("Dari", "Sekretaris Dinas Kesehatan"),
        F("Tanggal", "12 November 2024"),
        F("Nomor", "440/2217/Sekr/2024"),
        F("Sifat", "Segera"),
        {"p": "Hal\t: Persiapan Kehadiran pada Kampanye Akbar di Stadion Rawa Indah, Sabtu 16 November 2024", "tabs": [[2000, "left"]], "border_bottom": True},
        {"p": "Sehubungan dengan hal tersebut di atas, dengan hormat kami sampaikan pengaturan sebagai berikut:", "align": "both"},
        {"p": "Setiap puskesmas mengirimkan paling sedikit 15 (lima belas) orang pegawai, diutamakan tenaga kesehatan berstatus PNS dan PPPK.", "num": 1},
        {"p": "Peserta berkumpul di halaman Kantor Dinas Kesehatan pukul 06.30 WIB dengan mengenakan kaos putih polos dan celana gelap.", "num": 1},
        {"p": "Keberangkatan menggunakan 3 (tiga) unit mobil operasional dinas dan ambulans puskesmas yang tidak sedang bertugas; pengemudi agar standby sampai acara selesai.", "num": 1},
        {"p": "Uang transport sebesar Rp75.000,00 per orang dibayarkan oleh bendahara pengeluaran pembantu dan dibebankan pada sub kegiatan Penyuluhan dan Pemberdayaan Masyarakat.", "num": 1},
        {"p": "Kepala puskesmas mengisi daftar hadir terlampir dan mengirimkan foto keberangkatan ke grup koordinasi sebelum pukul 08.00 WIB.", "num": 1},
        {"p": "Atas perhatian dan kerja samanya diucapkan terima kasih.", "align": "both"},
    ] + sig("Sekretaris,", "", "", "**dr. RISMA ANGGRAINI, M.K.M.**", "NIP 19780921 200501 2 011"))

add(3, True, ["campaign-activity", "endorsement"], [3, 11],
    "Pesan WA staf kecamatan ditempel ke memo: undangan ramah tamah dengan cawako nomor urut 2, baju putih, foto untuk dokumentasi tim, 'tunjukkan dukungan kantor camat'; singkatan mhn/sdh/utk/cawako.",
    meta={"author": "Kasubbag Umum", "created": "2024-10-17T11:03:00Z"},
    body=[
        {"p": "MEMO INTERNAL", "bold": True},
        F("Untuk", "Seluruh staf Kantor Camat Sungai Rambai"),
        F("Dari", "Kasubbag Umum dan Kepegawaian"),
        F("Tanggal", "17 Oktober 2024"),
        {"p": "Bersama ini kami teruskan pesan dari grup koordinasi agar dibaca seluruh staf, karena tidak semua sudah bergabung di grup tersebut:", "before": 200},
        {"textbox": [
            {"p": "Assalamualaikum wr wb bpk/ibu staf kecamatan yg sy hormati 🙏", "after": 0},
            {"p": "Mhn kehadirannya pd acara ramah tamah bersama Bu Hj. Rahmawati Said (cawako no urut 2) Kamis malam 24 Okt ba'da isya di kediaman H. Darwis, Jl. Kenanga Ujung.", "after": 0},
            {"p": "Sdh disiapkan makan malam, jd ga usah makan di rumah 😁. Pakai baju putih ya, nanti ada foto bersama utk dokumentasi tim.", "after": 0},
            {"p": "Ini kesempatan kita tunjukkan dukungan kantor camat ke beliau. Yg berhalangan mhn japri sy. Tks", "after": 0},
        ], "width_cm": 15, "height_cm": 5},
        {"p": "Staf yang akan hadir agar mendaftarkan nama kepada saya paling lambat Rabu siang untuk pengaturan tempat duduk.", "before": 200},
        {"p": "Sri Wahyuni, S.Sos.", "indent": 5200, "before": 360},
    ])

add(4, True, ["endorsement", "state-facility"], [9],
    "Notulen rapat camat dengan kasi dan kepala desa di aula kantor camat: rapat sepakat memenangkan paslon nomor urut 3 dan menetapkan target suara 65% per desa.",
    kop=kop("body", ["PEMERINTAH KABUPATEN TAPIAN SUNGAI", "KECAMATAN BATANG ONANG BARU", "Jalan Lintas Gunungtua KM 12, Pasar Batang Onang"]),
    meta={"author": "Kasi Pemerintahan", "created": "2024-10-08T07:15:00Z"},
    body=[
        {"p": "NOTULEN RAPAT", "align": "center", "bold": True, "after": 0},
        {"p": "Rapat Koordinasi Pemerintahan Kecamatan Bulan Oktober 2024", "align": "center"},
        F("Hari/Tanggal", "Senin, 7 Oktober 2024"),
        F("Waktu", "09.00 s.d. 12.30 WIB"),
        F("Tempat", "Aula Kantor Camat Batang Onang Baru"),
        F("Pimpinan Rapat", "Camat Batang Onang Baru"),
        F("Peserta", "Sekretaris Camat, para Kasi, 14 Kepala Desa, Ketua BPD"),
        {"p": "**A. Pembukaan**", "before": 200},
        {"p": "Camat membuka rapat dan menyampaikan evaluasi penyaluran dana desa tahap II serta rencana pelaksanaan MTQ tingkat kecamatan.", "align": "both"},
        {"p": "**B. Pembahasan**"},
        {"p": "Setelah mendengar masukan para kepala desa, rapat sepakat memenangkan pasangan Bonar Siregar, S.E. – Marlina Sembiring, S.H. (nomor urut 3) di seluruh wilayah kecamatan.", "num": 1, "align": "both"},
        {"p": "Disepakati target suara paling sedikit 65% di setiap desa; Kasi Pemerintahan merekap perkiraan suara per TPS setiap hari Jumat.", "num": 1, "align": "both"},
        {"p": "Kepala desa yang wilayahnya belum mencapai target akan dipanggil untuk evaluasi bersama Sekretaris Camat.", "num": 1, "align": "both"},
        {"p": "Pelaksanaan MTQ tingkat kecamatan dijadwalkan 2–4 Desember 2024.", "num": 1, "align": "both"},
        {"p": "**C. Penutup**"},
        {"p": "Rapat ditutup pukul 12.30 WIB. Notulen ini disampaikan kepada peserta sebagai pedoman pelaksanaan."},
        {"table": [["Notulis,", "Mengetahui,\nCamat Batang Onang Baru,"], ["\n\n**Rizky Harahap, S.IP.**", "\n\n**Drs. PAHOTAN NASUTION**"]], "borders": False, "widths": [4500, 4500]},
    ])

add(5, True, ["campaign-activity", "state-facility"], [12],
    "Surat perintah tugas BPBD menugaskan staf hadir sebagai peserta kampanye terbuka ketiga paslon (berimbang) pada jam kerja dengan kendaraan dinas; tetap pelanggaran.",
    kop=kop("header", ["PEMERINTAH KABUPATEN KAPUAS SEBERANG", "BADAN PENANGGULANGAN BENCANA DAERAH", "Jalan Rahadi Usman Nomor 3, Sungai Raya Hulu, Kalimantan Barat"]),
    meta={"author": "Umum BPBD", "created": "2024-10-21T03:00:00Z"},
    body=[
        {"p": "SURAT PERINTAH TUGAS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 094/318/BPBD-KS/X/2024", "align": "center"},
        {"p": "Dasar\t: Arahan Kepala Pelaksana pada apel pagi tanggal 21 Oktober 2024.", "tabs": [[1600, "left"]], "hanging": 1600, "indent": 1600},
        {"p": "MEMERINTAHKAN", "align": "center", "bold": True, "before": 200},
        {"p": "Kepada\t: Nama-nama pegawai sebagaimana tercantum dalam lampiran (24 orang).", "tabs": [[1600, "left"]]},
        {"p": "Untuk\t: 1. Hadir sebagai peserta pada kampanye terbuka pasangan calon Bupati dan Wakil Bupati Kapuas Seberang nomor urut 1, 2 dan 3 sesuai jadwal di bawah, agar pegawai memperoleh gambaran utuh visi dan misi setiap pasangan secara berimbang.", "tabs": [[1600, "left"]], "hanging": 1900, "indent": 1900, "align": "both"},
        {"p": "\t2. Berangkat dari kantor pada jam kerja menggunakan kendaraan dinas KB 8012 S dan KB 8017 S; kehadiran dicatat sebagai tugas kedinasan.", "tabs": [[1600, "left"]], "hanging": 1900, "indent": 1900},
        {"p": "\t3. Melaporkan kehadiran kepada Kepala Seksi Kedaruratan setelah kegiatan.", "tabs": [[1600, "left"]], "hanging": 1900, "indent": 1900},
        {"table": [["No", "Hari/Tanggal", "Pasangan", "Lokasi"],
                   ["1", "Selasa, 29 Oktober 2024", "Nomor urut 1", "Lapangan Bola Desa Sungai Ambawang Hulu"],
                   ["2", "Kamis, 31 Oktober 2024", "Nomor urut 2", "Gedung Serbaguna Kecamatan Pinoh Seberang"],
                   ["3", "Selasa, 5 November 2024", "Nomor urut 3", "Halaman Pasar Lama Sungai Raya Hulu"]],
         "header_row": True, "widths": [600, 2600, 2000, 3800]},
        {"p": "Demikian surat perintah tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.", "before": 200},
    ] + sig("Dikeluarkan di Sungai Raya Hulu", "pada tanggal 21 Oktober 2024", "Kepala Pelaksana BPBD,", "", "", "**Ir. ANTONIUS JELAWAT, M.Si.**"))

add(6, True, ["state-facility", "endorsement", "inducement"], [13, 7],
    "Bantuan benih dan handtraktor Distan diserahkan cabup nomor urut 1 dan timnya, karung warna oranye dengan stiker 'Lanjutkan', kelanjutan bantuan dikaitkan dengan kelanjutan kepemimpinan beliau.",
    kop=kop("table", ["PEMERINTAH KABUPATEN BUKIT SERAMPAS", "DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA", "Kompleks Perkantoran Bukit Tinggi Baru, Jambi 37261"], logo="[lambang daerah]"),
    meta={"author": "Bidang PSP", "created": "2024-10-14T01:20:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Yth.", "Koordinator BPP se-Kabupaten Bukit Serampas"),
        F("Dari", "Kepala Bidang Prasarana dan Sarana Pertanian"),
        F("Nomor", "521/0907/PSP/2024"),
        F("Hal", "Penyaluran Bantuan Benih Padi Inpari 32 dan Handtraktor Tahap II"),
        {"p": "Menindaklanjuti ketersediaan bantuan tahap II Tahun Anggaran 2024, penyaluran kepada kelompok tani diatur sebagai berikut:", "before": 200, "align": "both"},
        {"p": "Penyerahan simbolis dilaksanakan bersamaan dengan kunjungan Bapak H. Abdul Gafur Lubis, S.H., calon Bupati Bukit Serampas nomor urut 1, ke kecamatan masing-masing pada 20–26 Oktober 2024; jadwal menyesuaikan agenda tim beliau.", "num": 1, "align": "both"},
        {"p": "Benih dikemas ulang dalam karung berwarna oranye yang telah disediakan tim, dengan stiker \"Lanjutkan Bukit Serampas Sejahtera\" di sisi depan.", "num": 1, "align": "both"},
        {"p": "Penyuluh menyampaikan kepada ketua kelompok tani bahwa bantuan ini adalah wujud komitmen beliau, dan bantuan tahap berikutnya hanya dapat dipastikan apabila kepemimpinan beliau berlanjut.", "num": 1, "align": "both"},
        {"p": "Daftar kelompok penerima yang hadir pada acara penyerahan disampaikan kepada Bidang PSP dan kepada koordinator tim beliau di kecamatan.", "num": 1, "align": "both"},
        {"p": "Demikian untuk dilaksanakan."},
    ] + sig("Kepala Bidang PSP,", "", "", "**MUHAMMAD NASIR, S.P., M.M.**"))

add(7, True, ["endorsement"], [7],
    "Direktur RSUD memperkenalkan sekali dr. Yulia sebagai calon bupati, lalu meminta dukungan untuk 'beliau' dan 'yang bersangkutan' tanpa kata calon lagi.",
    kop=kop("body", ["PEMERINTAH KABUPATEN LAHAT ILIR", "RUMAH SAKIT UMUM DAERAH BESEMAH RAYA", "Jl. Mayor Ruslan Nomor 88, Tanjung Sakti Ilir, Sumatera Selatan"]),
    meta={"author": "Sekretariat Direksi", "created": "2024-09-30T06:41:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Para Kepala Bidang, Kepala Instalasi dan Kepala Ruangan"),
        F("Dari", "Direktur RSUD Besemah Raya"),
        F("Tanggal", "30 September 2024"),
        F("Hal", "Arahan Direktur"),
        {"p": "Sebagaimana telah diketahui bersama, dr. Yulia Fitriani, Sp.OG, mantan Kepala Instalasi Kebidanan kita, telah ditetapkan KPU sebagai calon Bupati Lahat Ilir.", "before": 200, "align": "both"},
        {"p": "Selama bertugas di rumah sakit ini beliau dikenal dekat dengan perawat dan bidan, dan banyak pengadaan alat kesehatan yang kita nikmati sekarang adalah hasil perjuangan beliau di tingkat provinsi.", "align": "both"},
        {"p": "Oleh karena itu saya minta para kepala ruangan memastikan perawat, bidan dan keluarganya memberikan dukungan kepada yang bersangkutan pada hari pemungutan suara. Mohon disampaikan secara lisan saja dalam operan jaga, tidak perlu dibuat tertulis.", "align": "both"},
        {"p": "Kepala bidang keperawatan melaporkan perkembangan dukungan di setiap ruangan pada rapat direksi hari Senin.", "align": "both"},
        {"p": "Terima kasih atas perhatian dan loyalitas Saudara-saudara.", "align": "both"},
    ] + sig("Direktur,", "", "", "**dr. HERU PRASETYO, M.Kes.**"))

add(8, True, ["inducement", "endorsement"], [8],
    "Dinsos menginstruksikan pendamping PKH mencatat KPM yang memasang APK pasangan lain untuk dievaluasi kepesertaannya dan menyampaikan bahwa program berlanjut bila paslon nomor urut 2 menang.",
    kop=kop("header", ["PEMERINTAH KABUPATEN TANAH LINTANG", "DINAS SOSIAL", "Jalan Basuki Rahmat Nomor 21 Manna Hulu, Bengkulu"]),
    meta={"author": "Bidang Linjamsos", "created": "2024-11-04T04:05:00Z"},
    body=[
        {"p": "Nomor\t: 460/771/Dinsos/2024", "tabs": [[1500, "left"]], "after": 0},
        {"p": "Lampiran\t: -", "tabs": [[1500, "left"]], "after": 0},
        {"p": "Perihal\t: Pemutakhiran Data KPM PKH dan Penerima BPNT Triwulan IV", "tabs": [[1500, "left"]]},
        {"p": "Kepada Yth.\nKoordinator Kabupaten dan Pendamping PKH\ndi Tempat", "before": 200},
        {"p": "Dalam rangka pemutakhiran data Keluarga Penerima Manfaat (KPM) Triwulan IV Tahun 2024, pendamping PKH agar melaksanakan kunjungan rumah ke seluruh KPM dampingan pada 5–20 November 2024.", "align": "both"},
        {"p": "Pada saat kunjungan, pendamping mencatat KPM yang di rumahnya terpasang alat peraga atau stiker pasangan selain pasangan H. Zainal Arifin Nasution – Dedi Irawan (nomor urut 2). KPM tersebut dimasukkan dalam daftar evaluasi kepesertaan (graduasi) untuk tahun 2025.", "align": "both"},
        {"p": "Pendamping juga menyampaikan kepada KPM bahwa PKH daerah dan bantuan beras cadangan pangan hanya dapat dipertahankan apabila pasangan nomor urut 2 memenangkan Pilkada 27 November 2024.", "align": "both"},
        {"p": "Hasil kunjungan dilaporkan dalam format Excel yang akan dibagikan melalui grup pendamping.", "align": "both"},
        {"p": "Demikian disampaikan, atas kerja samanya diucapkan terima kasih.", "align": "both"},
    ] + sig("Kepala Dinas Sosial,", "", "", "**Hj. YUSNIMAR, S.Sos., M.Si.**"))

add(9, True, ["campaign-activity", "endorsement"], [4],
    "Kabid Bina Marga meminta staf mendaftar sebagai relawan pemenangan dan piket posko paslon nomor urut 1.",
    meta={"author": "Kabid Bina Marga", "created": "2024-09-27T09:30:00Z"},
    body=[
        {"p": "Memo", "bold": True, "size": 28},
        {"p": "Kepada: Rekan-rekan Bidang Bina Marga Dinas PUPR\nDari: Kabid Bina Marga\nTgl: 27 September 2024"},
        {"p": "Rekan-rekan sekalian,"},
        {"p": "Mulai minggu depan Posko Pemenangan Pasangan Ir. Wayan Sudarsa – Hj. Umi Kalsum (nomor urut 1) di Jalan Ki Hajar Dewantara dibuka setiap hari pukul 16.00 sampai 22.00. Saya minta setiap seksi mengirim minimal 3 orang untuk mendaftar sebagai relawan pemenangan dan ikut piket posko bergiliran.", "align": "both"},
        {"p": "Formulir pendaftaran relawan saya titipkan ke Pak Ketut di ruang tata usaha. Nama yang sudah mendaftar nanti dapat kartu relawan dan rompi.", "align": "both"},
        {"p": "Kalau ada yang keberatan silakan bicara langsung ke saya, jangan di grup.", "align": "both"},
        {"p": "Terima kasih.\nI Made Arsana"},
    ])

add(10, True, ["social-media", "endorsement", "state-facility"], [5, 1],
    "Humas Dishub memerintahkan akun resmi dinas dan staf mengunggah konten dengan tagar #DuaPeriodeBangHendra dan #LanjutkanTanjungSeruai untuk wali kota petahana.",
    kop=kop("table", ["PEMERINTAH KOTA TANJUNG SERUAI", "DINAS PERHUBUNGAN", "Jalan Hang Tuah Nomor 7, Tanjung Seruai, Riau 28811"], logo="LAMBANG"),
    meta={"author": "Subbag Humas Dishub", "created": "2024-10-09T02:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Para Kepala Bidang dan Kepala UPT"),
        F("Dari", "Kasubbag Umum dan Humas"),
        F("Hal", "Konten Media Sosial Dinas Bulan Oktober–November 2024"),
        {"p": "Dalam rangka meningkatkan publikasi capaian pembangunan transportasi kota, bersama ini disampaikan arahan konten media sosial sebagai berikut:", "before": 200, "align": "both"},
        {"p": "Akun Instagram dan Facebook resmi @dishub.tanjungseruai mengunggah minimal satu konten per hari tentang halte, trayek bus kota dan penerangan jalan yang dibangun pada masa kepemimpinan Bang Hendra.", "num": 1, "align": "both"},
        {"p": "Setiap unggahan wajib mencantumkan tagar #DuaPeriodeBangHendra dan #LanjutkanTanjungSeruai.", "num": 1, "align": "both"},
        {"p": "Seluruh pegawai membagikan ulang unggahan tersebut ke akun pribadi dan grup WhatsApp keluarga paling lambat pukul 21.00 setiap hari.", "num": 1, "align": "both"},
        {"p": "Kepala bidang mengumpulkan tangkapan layar bukti berbagi dari stafnya setiap hari Jumat.", "num": 1, "align": "both"},
        {"p": "Demikian untuk dilaksanakan."},
    ] + sig("Kasubbag Umum dan Humas,", "", "", "**Nurul Aini, S.I.Kom.**"))

add(11, True, ["inducement", "endorsement"], [10],
    "Memo berkop Inspektorat dengan bahasa tindak lanjut dan bagian 'Pelaporan' yang sebenarnya memerintahkan auditor mengumpulkan fotokopi KTP keluarga untuk surat dukungan paslon nomor urut 1.",
    kop=kop("header", ["PEMERINTAH KABUPATEN ROKAN TENGAH", "INSPEKTORAT DAERAH", "Jalan Tuanku Tambusai Nomor 2, Pasir Pengaraian Baru, Riau"]),
    meta={"author": "Sekretariat Inspektorat", "created": "2024-10-02T03:33:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Para Inspektur Pembantu dan Auditor/P2UPD"),
        F("Dari", "Sekretaris Inspektorat"),
        F("Nomor", "700/412/Itda/2024"),
        F("Hal", "Tindak Lanjut Hasil Musyawarah Keluarga Besar Inspektorat"),
        {"p": "Menindaklanjuti hasil musyawarah keluarga besar Inspektorat Daerah pada 30 September 2024, dengan ini disampaikan:", "before": 200, "align": "both"},
        {"p": "**1. Pelaksanaan**"},
        {"p": "Setiap pegawai mengumpulkan fotokopi KTP dan Kartu Keluarga milik anggota keluarga yang telah berhak memilih, paling sedikit 5 (lima) lembar per pegawai, untuk dilampirkan pada surat pernyataan dukungan kepada pasangan H. Rusdi Effendi – Ir. Tengku Mahyuddin (nomor urut 1).", "indent": 360, "align": "both"},
        {"p": "Blanko surat pernyataan dukungan dapat diambil pada Subbagian Umum.", "indent": 360},
        {"p": "**2. Pelaporan**"},
        {"p": "Inspektur Pembantu melaporkan rekapitulasi jumlah fotokopi KTP yang terkumpul dari wilayahnya kepada Sekretaris paling lambat 15 Oktober 2024, dalam amplop tertutup.", "indent": 360, "align": "both"},
        {"p": "**3. Penutup**"},
        {"p": "Demikian untuk dilaksanakan dengan sebaik-baiknya.", "indent": 360},
    ] + sig("Sekretaris,", "", "", "**ZULKARNAIN, S.E., M.Ak.**"))

add(12, True, ["social-media", "endorsement"], [11, 5],
    "Broadcast WA huruf kapital dari kabid Disdik: guru diminta share postingan paslon 02 'Bersama Bu Noor', ganti foto profil twibbon; salah ketik OCR (Gubemur, pi1kada).",
    meta={"author": "Bid. Dikdas", "created": "2024-10-25T13:20:00Z"},
    body=[
        {"p": "Salinan pesan berantai (diteruskan dari grup \"KEPSEK SD KEC. MARTAPURA HILIR\")", "italic": True},
        {"p": "YTH SLURUH KEPSEK & GURU2 SD/SMP SE KEC MARTAPURA HILIR", "bold": True},
        {"p": "ASSLMKM. MHN DGN HORMAT UTK MEMBANTU MENSUKSESKAN PI1KADA GUBEMUR KALSEL DGN CARA BERIKUT:"},
        {"p": "1. SHARE POSTINGAN PASLON 02 \"BERSAMA BU NOOR\" DI FB, IG & STATUS WA TIAP HARI\n2. GANTI FOTO PROFIL DGN TWIBBON #BersamaBuNoor (LINK DI BAWAH)\n3. KOMEN POSITIF DI AKUN @noorhayati.fahmi MIN 3X SEMINGGU\n4. SCREENSHOT KIRIM KE KORWIL SBLM SABTU"},
        {"p": "{link:https://twibbonize.com/bersamabunoor|twibbonize.com/bersamabunoor}"},
        {"p": "INGAT PAK IBU, BU NOOR YG PERJUANGKAN TUNJANGAN GURU KITA. JGN SAMPE KALAH. TKS 🙏🙏"},
        {"p": "- Kabid Dikdas (via korwil)", "italic": True},
    ])

add(13, True, ["state-facility", "campaign-activity"], [6, 2],
    "Lembar disposisi: tabel pertama menyebut pelantikan tim pemenangan kecamatan paslon 2; instruksi sesudahnya mengatur aula, LCD, sound system, konsumsi dari DPA kecamatan dan daftar hadir tanpa menyebut acaranya.",
    kop=kop("body", ["PEMERINTAH KABUPATEN BARITO HILIR", "KECAMATAN DUSUN SELATAN BARU", "Jalan Pahlawan Nomor 1, Buntok Hilir, Kalimantan Tengah"]),
    meta={"author": "Sekcam", "created": "2024-10-04T00:50:00Z"},
    body=[
        {"p": "LEMBAR DISPOSISI", "align": "center", "bold": True},
        {"table": [["Surat dari", "Sekretariat Tim Pemenangan Kecamatan (nomor urut 2)"],
                   ["Perihal", "Permohonan fasilitasi Pelantikan Tim Pemenangan Kecamatan Pasangan Nomor Urut 2, Rabu 9 Oktober 2024"],
                   ["Diterima tanggal", "3 Oktober 2024"],
                   ["Sifat", "Penting"]], "widths": [2400, 6600]},
        {"p": "Diteruskan kepada:", "bold": True, "before": 200},
        {"p": "Kasubbag Umum: aula kantor kecamatan disiapkan sejak pukul 07.00, termasuk LCD, layar dan sound system milik kecamatan.", "num": 1},
        {"p": "Kasubbag Keuangan: konsumsi 150 kotak nasi dan snack dibebankan pada DPA kecamatan, kode rekening rapat koordinasi.", "num": 1},
        {"p": "Kasi Trantib: parkir diatur oleh staf Trantib, gerbang depan dibuka penuh.", "num": 1},
        {"p": "Seluruh staf hadir dan mengisi daftar hadir; absensi sore dilakukan di aula.", "num": 1},
        {"p": "Catatan Camat: laksanakan, koordinasi dengan Sekcam.", "italic": True, "before": 200},
        {"p": "Paraf: ttd   Tgl: 3/10/2024"},
    ])

add(14, True, ["campaign-activity", "state-facility"], [2],
    "Kepala sekolah mewajibkan guru hadir pada 'Deklarasi Dukungan Guru dan Tenaga Kependidikan' (acara deklarasi politik tanpa nama calon), seragam putih, bus sekolah, jam pelajaran diganti tugas.",
    kop=kop("table", ["PEMERINTAH PROVINSI KALIMANTAN TIMUR", "DINAS PENDIDIKAN DAN KEBUDAYAAN", "SMA NEGERI 4 MAHAKAM HILIR", "Jalan Poros Tenggarong Seberang KM 21"], logo="TUT WURI HANDAYANI"),
    meta={"author": "TU SMAN 4", "created": "2024-10-15T02:10:00Z"},
    body=[
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 421.3/219/SMAN4-MH/2024", "align": "center"},
        {"p": "Diberitahukan kepada seluruh guru PNS, PPPK dan tenaga kependidikan SMA Negeri 4 Mahakam Hilir bahwa pada hari Sabtu, 19 Oktober 2024 akan dilaksanakan Deklarasi Dukungan Guru dan Tenaga Kependidikan se-Kalimantan Timur di GOR Kadrie Oening Baru.", "align": "both"},
        {"p": "Sehubungan dengan itu:", "after": 0},
        {"p": "Seluruh guru dan tenaga kependidikan wajib hadir mengenakan kemeja putih dan celana/rok hitam.", "num": 1},
        {"p": "Keberangkatan pukul 06.00 WITA dari halaman sekolah menggunakan bus sekolah; Pak Rahmadi selaku pengemudi agar mengisi BBM sehari sebelumnya.", "num": 1},
        {"p": "Jam pelajaran Sabtu diganti dengan tugas mandiri siswa melalui Google Classroom.", "num": 1},
        {"p": "Guru yang berhalangan wajib memberi tahu wakasek kesiswaan disertai alasan tertulis.", "num": 1},
        {"p": "Demikian untuk menjadi perhatian."},
    ] + sig("Tenggarong Seberang, 15 Oktober 2024", "Kepala Sekolah,", "", "", "**Dra. SITI MAEMUNAH, M.Pd.**"))

add(15, False, [], [14],
    "Surat edaran netralitas ASN yang mengutip seluruh larangan (hadir kampanye, deklarasi, APK, like/share, fasilitas dinas); patuh.",
    kop=kop("header", ["PEMERINTAH PROVINSI JAMBI", "SEKRETARIAT DAERAH", "Jalan Jenderal Ahmad Yani Nomor 1, Telanaipura, Jambi 36122"]),
    meta={"author": "Biro Organisasi", "created": "2024-09-20T01:00:00Z"},
    body=[
        {"p": "SURAT EDARAN SEKRETARIS DAERAH PROVINSI JAMBI", "align": "center", "bold": True, "after": 0},
        {"p": "NOMOR 800.1.4/2291/BKD/2024", "align": "center", "after": 0},
        {"p": "TENTANG\nPENEGAKAN NETRALITAS APARATUR SIPIL NEGARA PADA PEMILIHAN GUBERNUR, BUPATI DAN WALI KOTA TAHUN 2024", "align": "center", "bold": True},
        {"p": "Dalam rangka menjaga netralitas ASN sesuai Undang-Undang Nomor 20 Tahun 2023 tentang ASN, Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS, serta Keputusan Bersama tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN,{fn:1} dengan ini diminta kepada seluruh Kepala Perangkat Daerah agar memastikan setiap ASN di lingkungannya tidak melakukan perbuatan berikut:", "align": "both"},
        {"p": "memberikan dukungan kepada pasangan calon, baik secara langsung maupun melalui media sosial, termasuk memasang spanduk, baliho atau alat peraga kampanye lainnya;", "num": 1, "align": "both"},
        {"p": "menghadiri kampanye, deklarasi, pelantikan tim pemenangan, atau kegiatan yang mengarah pada keberpihakan, serta menjadi anggota tim sukses atau relawan pemenangan;", "num": 1, "align": "both"},
        {"p": "mengunggah, menanggapi (seperti like, komentar, share), membagikan atau mengikuti akun dan grup pemenangan pasangan calon, termasuk memakai twibbon;", "num": 1, "align": "both"},
        {"p": "menggunakan kendaraan dinas, gedung kantor, anggaran atau jam kerja untuk kegiatan pasangan calon atau partai politik;", "num": 1, "align": "both"},
        {"p": "membuat keputusan atau tindakan yang menguntungkan atau merugikan pasangan calon, termasuk memberikan barang atau uang kepada pegawai dan masyarakat;", "num": 1, "align": "both"},
        {"p": "berfoto bersama pasangan calon dengan mengikuti simbol gerakan tangan yang menunjukkan keberpihakan.", "num": 1, "align": "both"},
        {"p": "Pelanggaran atas ketentuan di atas dikenai sanksi sesuai peraturan perundang-undangan. ASN tetap menggunakan hak pilihnya pada 27 November 2024 secara bebas dan rahasia.", "align": "both"},
        {"p": "Demikian Surat Edaran ini untuk dilaksanakan."},
    ] + sig("Ditetapkan di Jambi", "pada tanggal 20 September 2024", "SEKRETARIS DAERAH,", "", "", "**Dr. Ir. H. SUDIRMAN HASIBUAN, M.Si.**"),
    footnotes={"1": "Keputusan Bersama Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN dan Ketua Bawaslu Tahun 2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan Pemilihan Umum dan Pemilihan."})

add(16, False, [], [14],
    "Laporan hasil pemeriksaan khusus Inspektorat Provinsi yang mengutip notulen 'rapat sepakat memenangkan' sebagai temuan dan merekomendasikan sanksi; patuh.",
    kop=kop("table", ["PEMERINTAH PROVINSI KALIMANTAN TENGAH", "INSPEKTORAT", "Jalan Tjilik Riwut KM 3,5 Palangka Raya 73112"], logo="LOGO"),
    meta={"author": "Irban IV", "created": "2024-12-09T07:00:00Z"},
    body=[
        {"p": "LAPORAN HASIL PEMERIKSAAN KHUSUS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: LHP-PK/27/Itprov/XII/2024", "align": "center"},
        {"p": "**I. Dasar Pemeriksaan**"},
        {"p": "Surat Rekomendasi Bawaslu Kabupaten Barito Hilir Nomor 071/PP.01.02/K.KT-05/11/2024 tentang penerusan dugaan pelanggaran netralitas ASN, dan Surat Tugas Inspektur Nomor 700/884/Itprov/2024.", "align": "both"},
        {"p": "**II. Uraian Temuan**"},
        {"p": "Tim memperoleh salinan notulen rapat di sebuah kantor kecamatan tanggal 14 Oktober 2024 yang memuat kalimat:{fn:1} \"%%rapat sepakat memenangkan pasangan nomor urut 2 dan menetapkan target suara 70% per desa%%\". Notulen ditandatangani Sekretaris Camat selaku pimpinan rapat.", "align": "both"},
        {"p": "Hasil wawancara dengan 6 (enam) orang peserta rapat menunjukkan bahwa poin tersebut dibacakan dan tidak ada peserta yang menolak. Rapat dilaksanakan pada jam kerja di aula kantor kecamatan.", "align": "both"},
        {"p": "**III. Simpulan**"},
        {"p": "Perbuatan tersebut memenuhi unsur pelanggaran netralitas sebagaimana Pasal 5 huruf n Peraturan Pemerintah Nomor 94 Tahun 2021.", "align": "both"},
        {"p": "**IV. Rekomendasi**"},
        {"p": "Bupati Barito Hilir selaku PPK menjatuhkan hukuman disiplin sedang kepada yang bersangkutan dan melaporkan pelaksanaannya kepada Inspektorat Provinsi dan BKN dalam 30 hari.", "align": "both"},
    ] + sig("Palangka Raya, 9 Desember 2024", "Ketua Tim,", "", "", "**MARIATI DEWI, S.E., Ak., M.Si.**", "Auditor Madya"),
    footnotes={"1": "Salinan notulen diperoleh dari pelapor dan dikonfirmasi keasliannya oleh notulis rapat; dokumen asli disimpan dalam kertas kerja pemeriksaan."})

add(17, False, [], [14],
    "Perintah mencopot stiker paslon (mengutip slogan 'Pak Jafar Lanjutkan!') dari kendaraan dinas; patuh.",
    kop=kop("body", ["PEMERINTAH KABUPATEN MAHAKAM HILIR", "SEKRETARIAT DAERAH", "Jalan Wolter Monginsidi Nomor 1, Tenggarong Seberang, Kalimantan Timur"]),
    meta={"author": "Bagian Umum Setda", "created": "2024-10-07T00:30:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Kepala Subbagian Rumah Tangga dan Perlengkapan"),
        F("Dari", "Kepala Bagian Umum"),
        F("Hal", "Pembersihan Stiker pada Kendaraan Dinas"),
        {"p": "Berdasarkan pemeriksaan di pool kendaraan pada 4 Oktober 2024, ditemukan 3 (tiga) unit kendaraan dinas yang kaca belakangnya ditempeli stiker bertuliskan \"Pak Jafar Lanjutkan! Mahakam Maju 2 Periode\" beserta nomor urut pasangan.", "before": 200, "align": "both"},
        {"p": "Sehubungan dengan itu, Saudara agar:", "after": 0},
        {"p": "mencopot seluruh stiker pasangan calon mana pun dari kendaraan dinas, termasuk kendaraan yang dipegang pejabat, paling lambat 8 Oktober 2024;", "num": 1},
        {"p": "mendata pemegang kendaraan yang bersangkutan dan menyampaikannya kepada saya untuk diteruskan kepada Inspektorat;", "num": 1},
        {"p": "memeriksa ulang seluruh kendaraan setiap hari Senin selama masa kampanye.", "num": 1},
        {"p": "Kendaraan dinas tidak boleh digunakan untuk kegiatan kampanye pasangan calon mana pun.", "align": "both"},
    ] + sig("Kepala Bagian Umum,", "", "", "**H. ADRIANSYAH, S.Sos.**"))

add(18, False, [], [14],
    "Keputusan bupati tentang hibah 'dukungan' penyelenggaraan Pilkada kepada KPU dan Bawaslu kabupaten; umpan kata dukungan, patuh.",
    kop=kop("header", ["BUPATI SINTANG HULU", "PROVINSI KALIMANTAN BARAT"]),
    engine="libreoffice",
    meta={"author": "Bagian Hukum", "created": "2024-01-22T03:00:00Z"},
    body=[
        {"p": "KEPUTUSAN BUPATI SINTANG HULU", "align": "center", "bold": True, "after": 0},
        {"p": "NOMOR 100.3.3.2/44/HK/2024", "align": "center", "after": 0},
        {"p": "TENTANG", "align": "center", "after": 0},
        {"p": "PENERIMA DAN BESARAN HIBAH DUKUNGAN PENYELENGGARAAN PEMILIHAN BUPATI DAN WAKIL BUPATI SINTANG HULU TAHUN 2024", "align": "center", "bold": True},
        {"p": "Menimbang\t: bahwa untuk mendukung kelancaran penyelenggaraan Pemilihan Bupati dan Wakil Bupati Tahun 2024, perlu menetapkan penerima dan besaran hibah kepada penyelenggara pemilihan;", "tabs": [[1800, "left"]], "hanging": 1800, "indent": 1800, "align": "both"},
        {"p": "Mengingat\t: Peraturan Menteri Dalam Negeri Nomor 54 Tahun 2019 tentang Pendanaan Kegiatan Pemilihan yang Bersumber dari APBD;", "tabs": [[1800, "left"]], "hanging": 1800, "indent": 1800, "align": "both"},
        {"p": "MEMUTUSKAN:", "align": "center", "bold": True},
        {"p": "KESATU\t: Menetapkan penerima hibah dukungan penyelenggaraan pemilihan sebagai berikut:", "tabs": [[1800, "left"]], "hanging": 1800, "indent": 1800},
        {"table": [["No", "Penerima", "Besaran (Rp)"], ["1", "KPU Kabupaten Sintang Hulu", "38.450.000.000"], ["2", "Bawaslu Kabupaten Sintang Hulu", "11.200.000.000"], ["3", "Pengamanan (Polres Sintang Hulu)", "4.750.000.000"]], "header_row": True, "widths": [700, 5300, 3000]},
        {"p": "KEDUA\t: Hibah disalurkan melalui Naskah Perjanjian Hibah Daerah dan digunakan sesuai rencana kebutuhan penyelenggara.", "tabs": [[1800, "left"]], "hanging": 1800, "indent": 1800, "before": 200},
        {"p": "KETIGA\t: Keputusan ini mulai berlaku pada tanggal ditetapkan.", "tabs": [[1800, "left"]], "hanging": 1800, "indent": 1800},
    ] + sig("Ditetapkan di Sintang Hulu", "pada tanggal 22 Januari 2024", "BUPATI SINTANG HULU,", "", "", "**YOHANES DAU**"))

add(19, False, [], [14],
    "Undangan Kesbangpol rapat koordinasi penataan APK dengan LO ketiga paslon, kuota dan zona sama untuk semua; patuh.",
    kop=kop("table", ["PEMERINTAH KOTA BANJAR SEBERANG", "BADAN KESATUAN BANGSA DAN POLITIK", "Jalan Lambung Mangkurat Nomor 40, Banjar Seberang"], logo="[logo]"),
    meta={"author": "Kesbangpol", "created": "2024-09-23T02:00:00Z"},
    body=[
        {"p": "Nomor\t: 200.1/318/Kesbangpol/IX/2024\nSifat\t: Penting\nLampiran\t: 1 (satu) berkas\nHal\t: Undangan Rapat Koordinasi Penataan Alat Peraga Kampanye", "tabs": [[1500, "left"]]},
        {"p": "Yth.\n1. Ketua KPU Kota Banjar Seberang\n2. Ketua Bawaslu Kota Banjar Seberang\n3. Kepala Satpol PP\n4. Liaison Officer (LO) Pasangan Calon Nomor Urut 1, 2 dan 3\ndi Banjar Seberang", "before": 200},
        {"p": "Dalam rangka menjaga ketertiban dan keindahan kota selama masa kampanye, kami mengundang Bapak/Ibu pada rapat koordinasi penataan Alat Peraga Kampanye (APK) yang akan dilaksanakan pada:", "align": "both"},
        {"p": "Hari/tanggal\t: Kamis, 26 September 2024\nPukul\t: 09.00 WITA s.d. selesai\nTempat\t: Ruang Rapat Kesbangpol", "tabs": [[2200, "left"]], "indent": 720},
        {"p": "Agenda rapat adalah penetapan zona larangan pemasangan APK (kantor pemerintah, sekolah, rumah ibadah, fasilitas kesehatan) dan pembagian titik pemasangan dalam jumlah yang sama untuk setiap pasangan calon, sesuai Keputusan KPU Kota.", "align": "both"},
        {"p": "Setiap pasangan calon diharapkan mengirim paling banyak 2 (dua) orang perwakilan. Mengingat pentingnya acara, kami harapkan kehadiran tepat waktu.", "align": "both"},
    ] + sig("Kepala Badan,", "", "", "**Drs. H. M. RIFANI, M.AP.**"))

add(20, False, [], [],
    "Umpan: 'kampanye' imunisasi dan 'deklarasi' Desa Stop BABS dari Dinkes, tanpa konteks politik.",
    kop=kop("header", ["PEMERINTAH KABUPATEN BELITUNG SELATAN", "DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA", "Jalan Depati Gegedek Nomor 5, Manggar Selatan, Bangka Belitung"]),
    meta={"author": "Bidang P2P", "created": "2024-07-29T01:00:00Z"},
    body=[
        {"p": "Nomor\t: 443/1190/Dinkes/2024\nHal\t: Pelaksanaan Kampanye Imunisasi dan Deklarasi Desa Stop BABS", "tabs": [[1300, "left"]]},
        {"p": "Kepada Yth. Kepala Puskesmas se-Kabupaten Belitung Selatan", "before": 200},
        {"p": "Menindaklanjuti Surat Edaran Kepala Dinas Kesehatan Provinsi tentang Bulan Imunisasi Anak Nasional, puskesmas agar melaksanakan kegiatan berikut:", "align": "both"},
        {"p": "Kampanye imunisasi polio dan campak-rubela di sekolah dan posyandu mulai 5 Agustus 2024, dengan target cakupan 95%.", "num": 1, "align": "both"},
        {"p": "Deklarasi Desa Stop Buang Air Besar Sembarangan (Stop BABS) di 4 desa yang telah terverifikasi ODF, disaksikan camat dan kepala desa.", "num": 1, "align": "both"},
        {"p": "Pemasangan spanduk kampanye cuci tangan pakai sabun di pasar dan sekolah; desain spanduk dapat diunduh di laman dinas.", "num": 1, "align": "both"},
        {"p": "Laporan cakupan dikirim setiap minggu melalui aplikasi ASIK.", "align": "both"},
    ] + sig("Kepala Dinas,", "", "", "**dr. FIRMANSYAH, M.Kes.**"))

add(21, False, [], [14],
    "Undangan Prokopim peresmian jembatan oleh bupati yang menjabat (Maret 2024, belum masa pendaftaran), tanpa muatan kampanye; patuh.",
    kop=kop("header", ["PEMERINTAH KABUPATEN PASAMAN HULU", "SEKRETARIAT DAERAH", "Jalan Soekarno-Hatta Nomor 1, Lubuk Sikaping Hulu, Sumatera Barat"]),
    meta={"author": "Prokopim", "created": "2024-03-04T02:00:00Z"},
    body=[
        {"p": "Nomor\t: 005/211/Prokopim/2024\nSifat\t: Biasa\nHal\t: Undangan Peresmian Jembatan Batang Sumpur II", "tabs": [[1300, "left"]]},
        {"p": "Yth.\nKepala Dinas PUPR, Camat Rao Hulu, Wali Nagari Sumpur Kudus Barat dan Ninik Mamak Nagari\ndi tempat", "before": 200},
        {"p": "Dengan hormat, mengharapkan kehadiran Bapak/Ibu pada acara Peresmian Jembatan Batang Sumpur II oleh Bupati Pasaman Hulu, Bapak Firdaus Jamal Dt. Rajo Mudo, yang akan dilaksanakan pada:", "align": "both"},
        {"p": "Hari/Tanggal\t: Selasa, 12 Maret 2024\nPukul\t: 09.00 WIB\nTempat\t: Ujung Jembatan Batang Sumpur II, Jorong Koto Tuo", "tabs": [[2200, "left"]], "indent": 720},
        {"p": "Susunan acara meliputi laporan Kepala Dinas PUPR tentang pelaksanaan pembangunan, sambutan Bupati, pengguntingan pita dan peninjauan jembatan. Pakaian: PDH.", "align": "both"},
        {"p": "Atas kehadiran Bapak/Ibu diucapkan terima kasih."},
    ] + sig("a.n. Bupati Pasaman Hulu", "Sekretaris Daerah,", "", "", "**Ir. HENDRA YULIANTO, M.T.**"))

add(22, False, [], [],
    "Logistik hari pemungutan suara: hari libur, dispensasi bagi ASN anggota KPPS, ajakan menggunakan hak pilih; patuh.",
    kop=kop("body", ["PEMERINTAH KABUPATEN GAYO LESTARI", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jalan Yos Sudarso Nomor 9, Takengon Lestari, Aceh"]),
    meta={"author": "BKPSDM", "created": "2024-11-18T02:00:00Z"},
    body=[
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 800/2450/BKPSDM/2024", "align": "center"},
        {"p": "Sehubungan dengan Keputusan Presiden Nomor 25 Tahun 2024 tentang Hari Pemungutan Suara Pemilihan Serentak sebagai Hari Libur Nasional, disampaikan:", "align": "both"},
        {"p": "Rabu, 27 November 2024 adalah hari libur; pelayanan publik yang bersifat darurat (RSUD, puskesmas rawat inap, damkar) diatur piket oleh pimpinan unit.", "num": 1, "align": "both"},
        {"p": "ASN yang ditetapkan sebagai anggota KPPS, PPS atau Pantarlih diberikan dispensasi pada hari pelatihan dan sehari setelah pemungutan suara dengan melampirkan SK penetapan.", "num": 1, "align": "both"},
        {"p": "Seluruh ASN diimbau menggunakan hak pilihnya di TPS masing-masing sesuai DPT dan tetap menjaga netralitas.", "num": 1, "align": "both"},
        {"p": "Absensi elektronik pada 28 November 2024 dibuka mulai pukul 07.30 WIB.", "num": 1},
    ] + sig("Takengon Lestari, 18 November 2024", "Kepala BKPSDM,", "", "", "**Tgk. SAIFUL BAHRI, S.STP., M.Si.**"))

add(23, False, [], [],
    "Umpan: pendaftaran 'relawan' dan 'posko' penanganan banjir BPBD, 'tim' lapangan, tidak ada konteks politik.",
    meta={"author": "Pusdalops", "created": "2024-12-02T22:10:00Z"},
    engine="libreoffice",
    body=[
        {"p": "NOTA DINAS", "bold": True, "align": "center"},
        F("Kepada", "Yth. Kepala Pelaksana BPBD Kabupaten Barito Hilir"),
        F("Dari", "Kepala Seksi Kedaruratan dan Logistik"),
        F("Hal", "Pembukaan Posko dan Pendaftaran Relawan Banjir"),
        {"p": "Melaporkan bahwa debit Sungai Barito di Pos Jelapat naik 1,2 meter dalam 24 jam terakhir dan 3 desa di Kecamatan Dusun Hilir telah tergenang. Untuk itu diusulkan:", "before": 200, "align": "both"},
        {"p": "Membuka posko utama di Balai Desa Sungai Jaya dan dua posko pembantu;", "num": 1},
        {"p": "Membuka pendaftaran relawan dari Tagana, PMI, pramuka dan organisasi kepemudaan, dengan pembekalan singkat pukul 16.00;", "num": 1},
        {"p": "Membentuk tim evakuasi (2 perahu karet) dan tim dapur umum;", "num": 1},
        {"p": "Mengajukan permintaan logistik: 300 paket sembako, 200 lembar terpal, 150 selimut.", "num": 1},
        {"p": "Mohon arahan dan persetujuan Bapak.", "before": 120},
        {"p": "Kasi Kedaruratan dan Logistik,\n\n\n**Yusran Effendi, S.T.**", "indent": 5200},
    ])

add(24, False, [], [11, 14],
    "Pesan WA informal (bahasa Banjar) dari sekcam mengingatkan staf agar tidak ikut kampanye, tidak foto gaya jari, tidak like/share akun paslon mana pun; patuh.",
    meta={"author": "Sekcam", "created": "2024-09-26T12:00:00Z"},
    body=[
        {"p": "Catatan: pesan berikut sudah disampaikan di grup staf kecamatan dan disalin di sini sebagai arsip.", "italic": True},
        {"textbox": [{"p": "Assalamualaikum pian barataan 🙏\nSekadar mengingatkan lah, masa kampanye sudah mulai. Kita ni ASN, jadi:\n- jangan umpat kampanye paslon manapun walau diajak keluarga\n- jangan bepoto gaya jari nomor urut\n- jangan like, komen, share postingan paslon, jangan masuk grup tim2an\n- mobil dinas jangan dipinjamkan ke siapa haja gasan kampanye\n- stiker paslon di motor dinas lekas dicabut\nKalau ada nang minta, bilang haja dilarang aturan. Hari coblosan tetap datang ke TPS, pilih sesuai hati masing2, rahasia. Makasih lah 🙏"}], "width_cm": 15, "height_cm": 7},
        {"p": "Sekretaris Camat Martapura Hilir\nAhmad Syarkawi", "before": 240},
    ])

add(25, False, [], [],
    "Umpan: Dispora memberi 'dukungan' kepada klub sepak bola daerah untuk 'menang' di Liga 3 dan mengatur nobar; tidak ada calon.",
    kop=kop("table", ["PEMERINTAH KABUPATEN BARITO HILIR", "DINAS PEMUDA, OLAHRAGA DAN PARIWISATA", "Jalan Pramuka Nomor 17, Buntok Hilir"], logo="[logo]"),
    meta={"author": "Dispora", "created": "2024-01-15T02:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Kepala Bidang Olahraga"),
        F("Dari", "Kepala Dinas"),
        F("Hal", "Dukungan bagi Persibah Barito pada Babak 32 Besar Liga 3 Nasional"),
        {"p": "Persibah Barito telah lolos ke babak 32 besar Liga 3 Nasional di Bekasi. Agar tim dapat menang dan lolos ke babak berikutnya, diminta Saudara:", "before": 200, "align": "both"},
        {"p": "menyalurkan dukungan anggaran pembinaan klub sesuai NPHD yang telah ditandatangani;", "num": 1},
        {"p": "memfasilitasi nonton bareng di halaman Dispora pada setiap pertandingan, bekerja sama dengan kelompok suporter;", "num": 1},
        {"p": "mengunggah jadwal pertandingan dan ucapan semangat di akun resmi dinas dengan tagar #AyoPersibah.", "num": 1},
        {"p": "Demikian untuk dilaksanakan."},
    ] + sig("Kepala Dinas,", "", "", "**RAHMAT HIDAYAT, S.Pd., M.M.**"))

add(26, False, [], [14, 11],
    "Surat panggilan klarifikasi Inspektorat yang mengutip transkrip pesan suara kadis (dugaan ajakan memilih); kutipan laporan, patuh.",
    kop=kop("header", ["PEMERINTAH KABUPATEN TANAH LINTANG", "INSPEKTORAT DAERAH", "Jalan Ir. Soekarno Nomor 3, Manna Hulu, Bengkulu"]),
    meta={"author": "Irban II", "created": "2024-11-07T03:00:00Z"},
    body=[
        {"p": "Nomor\t: 700.1.2/219/Itda/2024\nSifat\t: Rahasia\nHal\t: Permintaan Klarifikasi", "tabs": [[1300, "left"]]},
        {"p": "Yth. Sdr. Kepala Dinas Ketahanan Pangan Kabupaten Tanah Lintang\ndi Manna Hulu", "before": 200},
        {"p": "Berdasarkan penerusan laporan dari Bawaslu Kabupaten Tanah Lintang tanggal 4 November 2024, terdapat rekaman pesan suara yang diduga berasal dari Saudara dan beredar di grup WhatsApp penyuluh. Transkrip rekaman sebagaimana dilampirkan pelapor berbunyi antara lain:", "align": "both"},
        {"p": "\"%%...jadi kawan-kawan penyuluh, kito ni kan tahu siapo yang bantu kito selamo ini. Tanggal 27 tu jangan lupo, nomor duo. Sampaikan ke kelompok tani...%%\"", "indent": 720, "align": "both"},
        {"p": "Untuk kepentingan pemeriksaan, Saudara diminta hadir memberikan klarifikasi pada Senin, 11 November 2024 pukul 09.00 WIB di Ruang Irban II Inspektorat dengan membawa telepon genggam yang digunakan.", "align": "both"},
        {"p": "Klarifikasi ini belum merupakan kesimpulan atas kebenaran laporan.", "align": "both"},
    ] + sig("Inspektur,", "", "", "**Drs. MUSTOPA KAMAL, M.Si.**"))

add(27, True, ["campaign-activity"], [3],
    "Undangan jalan sehat bersama cagub nomor urut 1 pada masa kampanye; ASN bidang wajib ikut, kaos dan kupon dari tim, absensi di garis finis.",
    kop=kop("header", ["PEMERINTAH PROVINSI KALIMANTAN TENGAH", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Jalan Tjilik Riwut KM 5,5 Palangka Raya"]),
    meta={"author": "Bidang SDA", "created": "2024-10-28T05:00:00Z"},
    body=[
        {"p": "UNDANGAN", "align": "center", "bold": True},
        {"p": "Kepada Yth.\nSeluruh Pegawai Bidang Sumber Daya Air\ndi Palangka Raya"},
        {"p": "Dengan hormat, dalam rangka mempererat kebersamaan, Saudara diundang mengikuti Jalan Sehat Bersama Ir. H. Sabran Ahmadi, calon Gubernur Kalimantan Tengah nomor urut 1, yang akan dilaksanakan pada:", "align": "both"},
        {"p": "Hari\t: Minggu, 3 November 2024\nKumpul\t: 05.45 WIB, Bundaran Besar Palangka Raya\nRute\t: Bundaran Besar – Jalan Yos Sudarso – Taman Kota", "tabs": [[1600, "left"]], "indent": 720},
        {"p": "Kaos dan topi peserta serta kupon doorprize dibagikan oleh tim beliau di titik kumpul. Mohon kaos langsung dipakai agar barisan pegawai dinas tampak seragam.", "align": "both"},
        {"p": "Kehadiran dicatat oleh Kasi Operasi dan Pemeliharaan di garis finis. Pegawai yang tidak hadir tanpa keterangan akan dipanggil.", "align": "both"},
    ] + sig("Palangka Raya, 28 Oktober 2024", "Kepala Bidang SDA,", "", "", "**Ir. BENNY SAHAY, M.T.**"))

add(28, True, ["endorsement"], [1, 11],
    "Transkrip pesan suara kadis (bahasa Minang) meminta penyuluh mengajak petani agar Uda Firdaus dan Pak Yusmar 'duo periode', 'lanjuik limo taun lai'; tanpa kata calon.",
    meta={"author": "Staf TU Distan", "created": "2024-11-10T14:00:00Z"},
    body=[
        {"p": "Transkrip Pesan Suara", "bold": True, "after": 0},
        {"p": "Grup WA \"Penyuluh Pertanian Kab. Pasaman Hulu\" – Ahad, 10 November 2024, 20.14", "italic": True},
        {"p": "(Disalin oleh staf tata usaha atas permintaan Kepala Dinas untuk dibacakan ulang pada rapat penyuluh Senin pagi)", "italic": True, "size": 20},
        {"p": "\"Assalamualaikum dunsanak penyuluh sadonyo. Ambo Kadis, sakadar maingekkan se. Urang awak alah raso baa program pupuak jo alsintan tigo tahun ko kan. Tu dek itu, Uda Firdaus jo Pak Yusmar tu harus duo periode. Tolong sampaikan ka kalompok tani masiang-masiang, ka ketua-ketua poktan, biar lanjuik limo taun lai. Jan lupo yo, tanggal 27 pagi tu ka TPS basamo keluarga. Nan indak namuah bantu, ambo caliak beko di evaluasi kinerja.\"", "align": "both", "indent": 360},
        {"p": "(durasi 0:58)", "italic": True, "size": 18},
    ])

add(29, True, ["campaign-activity", "state-facility"], [2, 6],
    "Perihal menyebut konsolidasi relawan pemenangan Pilkada; paragraf berikutnya mengatur ruang rapat lantai 2, LCD, konsumsi dari DPA, 4 mobil dinas, kuota staf tanpa menyebut acara atau calon.",
    kop=kop("table", ["PEMERINTAH KABUPATEN TULANG BAWANG HULU", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Jalan Lintas Timur KM 34, Menggala Hulu, Lampung"], logo="LOGO"),
    meta={"author": "Sekretariat PUPR", "created": "2024-10-18T01:00:00Z"},
    body=[
        {"p": "Nomor\t: 600/1502/PUPR/2024\nLampiran\t: 1 lembar\nPerihal\t: Persiapan Konsolidasi Relawan Pemenangan Pilkada Tingkat Kabupaten", "tabs": [[1500, "left"]]},
        {"p": "Kepada Yth.\nPara Kepala Bidang dan Kepala UPTD\ndi lingkungan Dinas PUPR", "before": 200},
        {"p": "Menindaklanjuti arahan pimpinan, disampaikan hal-hal berikut:", "align": "both"},
        {"p": "Kegiatan dilaksanakan Jumat, 25 Oktober 2024 pukul 13.30 WIB di Ruang Rapat Lantai 2 Kantor Dinas PUPR.", "num": 1, "align": "both"},
        {"p": "Subbagian Umum menyiapkan LCD proyektor, pengeras suara, 200 kursi, serta konsumsi yang dibebankan pada kegiatan Rapat Koordinasi Teknis.", "num": 1, "align": "both"},
        {"p": "Empat unit kendaraan dinas operasional (BE 1087 Y, BE 1091 Y, BE 1102 Y, BE 1104 Y) digunakan untuk menjemput peserta dari kecamatan.", "num": 1, "align": "both"},
        {"p": "Setiap bidang mengirim 10 orang staf dan setiap UPTD 5 orang; nama dikirim ke Sekretaris paling lambat Rabu.", "num": 1, "align": "both"},
        {"p": "Peserta mengenakan pakaian bebas rapi, tidak mengenakan seragam dinas.", "num": 1, "align": "both"},
        {"p": "Demikian untuk dilaksanakan."},
    ] + sig("Kepala Dinas,", "", "", "**Ir. NYOMAN SUKRAWAN, M.T.**"))

add(30, True, ["endorsement"], [7],
    "Sekda menyebut sekali Agustinus Lawing 'yang maju sebagai calon bupati', lalu meminta kepala OPD memastikan ASN mendukung 'Pak Agustinus'/'beliau'; rekap di catatan kaki.",
    kop=kop("body", ["PEMERINTAH KABUPATEN KAPUAS SEBERANG", "SEKRETARIAT DAERAH", "Jalan Rahadi Usman Nomor 1, Sungai Raya Hulu"]),
    meta={"author": "Setda", "created": "2024-10-11T07:20:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Kepala Perangkat Daerah (daftar terlampir)"),
        F("Dari", "Sekretaris Daerah"),
        F("Sifat", "Terbatas"),
        F("Hal", "Arahan Pimpinan"),
        {"p": "Sebagaimana kita ketahui, Bapak Agustinus Lawing, S.Sos., yang pernah menjabat Kepala Bappeda dan kini maju sebagai calon Bupati Kapuas Seberang, telah banyak membantu kelancaran program perangkat daerah selama ini.", "before": 200, "align": "both"},
        {"p": "Dalam beberapa pertemuan, Pak Agustinus menyampaikan komitmen untuk mempertahankan tambahan penghasilan pegawai dan mempercepat pengangkatan PPPK. Karena itu saya minta Saudara memastikan pegawai di lingkungan masing-masing memberikan dukungan kepada beliau pada tanggal 27 November 2024.{fn:1}", "align": "both"},
        {"p": "Arahan ini agar disampaikan secara lisan dalam rapat internal, tidak melalui surat atau grup WhatsApp.", "align": "both"},
        {"p": "Terima kasih."},
    ] + sig("Sekretaris Daerah,", "", "", "**Drs. MARKUS ENGKAMAT, M.Si.**"),
    footnotes={"1": "Perkiraan jumlah pegawai dan keluarga yang mendukung beliau agar disampaikan kepada Asisten Administrasi Umum setiap akhir bulan."})

add(31, True, ["endorsement", "state-facility"], [9],
    "Berita acara K3S: diputuskan setiap sekolah menyisihkan dana ekstrakurikuler (BOS) untuk tim pemenangan paslon nomor urut 2 dan disepakati setiap guru membawa 10 pemilih.",
    meta={"author": "Ketua K3S", "created": "2024-10-05T09:00:00Z"},
    body=[
        {"p": "BERITA ACARA KESEPAKATAN", "align": "center", "bold": True, "after": 0},
        {"p": "Rapat Kelompok Kerja Kepala Sekolah (K3S) SD Gugus III Kecamatan Sungai Lilin Hulu", "align": "center"},
        {"p": "Pada hari ini Sabtu tanggal lima bulan Oktober tahun dua ribu dua puluh empat, bertempat di SD Negeri 7 Sungai Lilin Hulu, telah dilaksanakan rapat K3S yang dihadiri 12 kepala sekolah, dengan hasil sebagai berikut:", "align": "both"},
        {"p": "Diputuskan bahwa setiap sekolah menyisihkan Rp500.000,00 dari pos kegiatan ekstrakurikuler dana BOS triwulan IV untuk mendukung kegiatan Tim Pemenangan Pasangan H. Rizal Kurniawan – Hj. Septa Wulandari (nomor urut 2) di kecamatan.", "num": 1, "align": "both"},
        {"p": "Disepakati setiap guru PNS dan PPPK membawa paling sedikit 10 (sepuluh) pemilih dari lingkungan keluarga dan wali murid untuk pasangan tersebut.", "num": 1, "align": "both"},
        {"p": "Kepala sekolah menyerahkan daftar nama pemilih kepada Ketua K3S paling lambat 1 November 2024.", "num": 1, "align": "both"},
        {"p": "Pembayaran iuran KKG dan penyusunan soal PAS semester ganjil dibahas pada rapat berikutnya.", "num": 1, "align": "both"},
        {"p": "Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya."},
        {"table": [["Ketua K3S Gugus III,", "Sekretaris,"], ["\n\n**Sumarni, S.Pd.SD**", "\n\n**Ahmad Yani, S.Pd.**"]], "borders": False},
    ])

add(32, True, ["campaign-activity", "state-facility"], [12],
    "Lurah menugaskan staf kelurahan dan linmas menghadiri setiap rapat umum semua paslon untuk 'meramaikan', memakai mobil siaga kelurahan pada jam kerja.",
    kop=kop("header", ["PEMERINTAH KOTA MUARA BELIDA", "KECAMATAN ILIR TIMUR BARU", "KELURAHAN SUNGAI BUAH HULU", "Jalan Mayor Zen Lorong Sehati Nomor 2"]),
    engine="libreoffice",
    meta={"author": "Kelurahan", "created": "2024-10-01T01:30:00Z"},
    body=[
        {"p": "SURAT TUGAS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 800/117/SBH/2024", "align": "center"},
        {"p": "Yang bertanda tangan di bawah ini Lurah Sungai Buah Hulu menugaskan seluruh staf kelurahan dan anggota Linmas kelurahan untuk:", "align": "both"},
        {"p": "menghadiri setiap rapat umum pasangan calon Wali Kota dan Wakil Wali Kota Muara Belida yang diselenggarakan di wilayah Kecamatan Ilir Timur Baru, tanpa membedakan pasangan, agar kegiatan tampak ramai dan kelurahan tidak dianggap memihak;", "num": 1, "align": "both"},
        {"p": "berangkat bersama dari kantor kelurahan menggunakan mobil siaga kelurahan, meskipun kegiatan dilaksanakan pada jam kerja;", "num": 1, "align": "both"},
        {"p": "mengajak ketua RT dan warga sekitar ikut serta;", "num": 1},
        {"p": "mengisi absensi kegiatan yang disediakan Kasi Pemerintahan.", "num": 1},
        {"p": "Surat tugas ini berlaku selama masa kampanye 25 September s.d. 23 November 2024.", "align": "both"},
    ] + sig("Muara Belida, 1 Oktober 2024", "Lurah Sungai Buah Hulu,", "", "", "**Kgs. M. AMIN, S.STP.**"))

add(33, True, ["state-facility", "endorsement", "inducement"], [13, 7],
    "Pasar murah Disperindag dijadwalkan mengikuti kunjungan cawako nomor urut 2, kantong hijau bergambar beliau, diserahkan tim, warga diingatkan harga murah berkat beliau dan tanggal 27.",
    kop=kop("table", ["PEMERINTAH KOTA MUARA BELIDA", "DINAS PERINDUSTRIAN DAN PERDAGANGAN", "Jalan Kapten A. Rivai Nomor 50, Muara Belida"], logo="LOGO"),
    meta={"author": "Bidang Perdagangan", "created": "2024-10-16T02:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Kepala Bidang Perdagangan"),
        F("Dari", "Kepala Dinas"),
        F("Hal", "Jadwal Operasi Pasar Murah Bulan Oktober–November 2024"),
        {"p": "Berkenaan dengan pelaksanaan operasi pasar murah yang anggarannya bersumber dari APBD Perubahan 2024, disampaikan:", "before": 200, "align": "both"},
        {"p": "Jadwal dan lokasi operasi pasar disesuaikan dengan agenda kunjungan Ibu Hj. Rahmawati Said, calon Wali Kota nomor urut 2, yang diterima dari tim beliau setiap minggu.", "num": 1, "align": "both"},
        {"p": "Paket beras 5 kg, minyak goreng 2 liter dan gula 1 kg dimasukkan ke dalam kantong berwarna hijau bergambar beliau yang disediakan tim.", "num": 1, "align": "both"},
        {"p": "Penyerahan paket pertama kepada warga dilakukan oleh tim beliau; petugas dinas hanya melayani pembayaran.", "num": 1, "align": "both"},
        {"p": "Petugas menyampaikan kepada warga bahwa harga murah ini berkat perjuangan beliau dan mengingatkan warga untuk datang ke TPS pada 27 November.", "num": 1, "align": "both"},
        {"p": "Demikian untuk dilaksanakan."},
    ] + sig("Kepala Dinas,", "", "", "**Ir. Hj. NYIMAS SUHARTINI**"))

add(34, True, ["campaign-activity", "endorsement"], [4],
    "Kepala puskesmas meminta staf bergabung ke tim kampanye caleg DPRD Provinsi dari Partai Harapan Nusantara Raya dan piket di posko (Pileg 2024).",
    kop=kop("body", ["PEMERINTAH KABUPATEN TAPIAN SUNGAI", "DINAS KESEHATAN", "UPTD PUSKESMAS AEK HORAS", "Jalan Lintas Sibolga KM 8"]),
    meta={"author": "Ka. Puskesmas", "created": "2024-01-08T03:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Seluruh Staf UPTD Puskesmas Aek Horas"),
        F("Dari", "Kepala UPTD Puskesmas"),
        F("Tanggal", "8 Januari 2024"),
        F("Hal", "Pembentukan Tim Kampanye Wilayah Aek Horas"),
        {"p": "Dr. Ferdinand Sitorus, dokter senior yang pernah bertugas di puskesmas kita, maju sebagai calon anggota DPRD Provinsi Sumatera Utara dari Partai Harapan Nusantara Raya nomor urut 3 Daerah Pemilihan Sumut 7.", "before": 200, "align": "both"},
        {"p": "Untuk itu dibentuk Tim Kampanye Wilayah Aek Horas yang beranggotakan staf puskesmas dan kader posyandu. Saya minta setiap penanggung jawab program (KIA, gizi, P2P, promkes) masuk sebagai anggota tim dan ikut piket di posko beliau di Simpang Aek Horas setiap Sabtu–Minggu.", "align": "both"},
        {"p": "Susunan tim terlampir. Rapat perdana tim diadakan Jumat, 12 Januari 2024 pukul 19.30 WIB di posko.", "align": "both"},
    ] + sig("Kepala UPTD Puskesmas,", "", "", "**Rosdiana Lumbantobing, S.K.M.**"))

add(35, True, ["endorsement", "state-facility", "campaign-activity"], [5],
    "Upacara HUT kabupaten dengan backdrop bertuliskan 'Satu Putaran! Bersama Pak Gafur' dan yel-yel 'menang' oleh pegawai; slogan kampanye di acara resmi.",
    kop=kop("header", ["PEMERINTAH KABUPATEN BUKIT SERAMPAS", "SEKRETARIAT DAERAH – BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN", "Kompleks Perkantoran Bukit Tinggi Baru, Jambi"]),
    meta={"author": "Prokopim", "created": "2024-10-10T02:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Panitia Pelaksana HUT ke-25 Kabupaten Bukit Serampas"),
        F("Dari", "Kepala Bagian Prokopim"),
        F("Hal", "Penyempurnaan Tata Upacara dan Dekorasi"),
        {"p": "Menindaklanjuti rapat panitia tanggal 9 Oktober 2024, disampaikan penyempurnaan berikut:", "before": 200},
        {"table": [["No", "Unsur", "Ketentuan"],
                   ["1", "Backdrop panggung utama", "Tulisan \"HUT ke-25 Bukit Serampas\" di atas; di bawahnya \"Satu Putaran! Bersama Pak Gafur\" dengan warna oranye"],
                   ["2", "Barisan peserta upacara", "Seluruh OPD, seragam KORPRI, membawa bendera kecil warna oranye"],
                   ["3", "Yel-yel penutup", "Dipandu MC: \"Bukit Serampas?\" dijawab \"Menang satu putaran!\" sebanyak tiga kali"],
                   ["4", "Dokumentasi", "Diunggah ke akun resmi Pemkab sore hari"]],
         "header_row": True, "widths": [600, 2600, 5800]},
        {"p": "Kepala OPD agar memastikan seluruh pegawai menghafal yel-yel dimaksud sebelum gladi bersih.", "before": 200, "align": "both"},
    ] + sig("Kepala Bagian Prokopim,", "", "", "**RIDWAN SAPUTRA, S.IP.**"))

add(36, True, ["inducement", "endorsement"], [8],
    "Beasiswa daerah diprioritaskan bagi anak yang orang tuanya menandatangani surat dukungan paslon nomor urut 1 dan menyerahkan fotokopi KTP.",
    kop=kop("header", ["PEMERINTAH KABUPATEN ROKAN TENGAH", "DINAS PENDIDIKAN", "Jalan Diponegoro Nomor 12, Pasir Pengaraian Baru"]),
    meta={"author": "Bidang SMP", "created": "2024-10-23T02:00:00Z"},
    body=[
        {"p": "Nomor\t: 420/1877/Disdik/2024\nHal\t: Seleksi Penerima Beasiswa Rokan Tengah Cerdas Tahun 2024", "tabs": [[1300, "left"]]},
        {"p": "Yth. Kepala SMP Negeri se-Kabupaten Rokan Tengah", "before": 200},
        {"p": "Dalam rangka penyaluran Beasiswa Rokan Tengah Cerdas Tahun 2024 bagi 1.200 siswa SMP dari keluarga kurang mampu, kepala sekolah agar mengusulkan calon penerima dengan ketentuan tambahan sebagai berikut:", "align": "both"},
        {"p": "usulan diprioritaskan bagi siswa yang orang tuanya telah menandatangani surat pernyataan dukungan kepada pasangan H. Rusdi Effendi – Ir. Tengku Mahyuddin (nomor urut 1);", "num": 1, "align": "both"},
        {"p": "berkas usulan dilengkapi fotokopi KTP kedua orang tua untuk diserahkan kepada koordinator tim di kecamatan;{fn:1}", "num": 1, "align": "both"},
        {"p": "siswa yang orang tuanya diketahui aktif mendukung pasangan lain tidak diusulkan pada tahap ini.", "num": 1, "align": "both"},
        {"p": "Usulan disampaikan paling lambat 8 November 2024. Pencairan dijadwalkan setelah 27 November 2024.", "align": "both"},
    ] + sig("Kepala Dinas Pendidikan,", "", "", "**H. SYAFRIZAL, S.Pd., M.Pd.**"),
    footnotes={"1": "Blanko surat pernyataan dukungan kepada pasangan nomor urut 1 tersedia di Bidang SMP; satu blanko untuk setiap keluarga siswa yang diusulkan."})

add(37, True, ["campaign-activity", "state-facility", "endorsement"], [10],
    "Laporan kegiatan UPTD pasar dengan bagian 'Tindak Lanjut' yang memerintahkan memasang baliho paslon nomor urut 3 di kantor UPTD dan los pasar.",
    kop=kop("body", ["PEMERINTAH KOTA BANJAR SEBERANG", "DINAS PERDAGANGAN", "UPTD PENGELOLAAN PASAR", "Jalan Pasar Lama Nomor 1, Banjar Seberang"]),
    meta={"author": "UPTD Pasar", "created": "2024-10-21T08:00:00Z"},
    body=[
        {"p": "LAPORAN PELAKSANAAN KEGIATAN", "align": "center", "bold": True, "after": 0},
        {"p": "Penertiban Pedagang Kaki Lima dan Penagihan Retribusi Bulan Oktober 2024", "align": "center"},
        {"p": "**A. Pelaksanaan**"},
        {"p": "Penertiban PKL di sekitar Pasar Lama dilaksanakan 14–18 Oktober 2024 bersama Satpol PP. Sebanyak 47 lapak dipindahkan ke area relokasi. Penagihan retribusi mencapai Rp86.450.000,00 atau 91% dari target bulanan.", "align": "both"},
        {"p": "**B. Kendala**"},
        {"p": "Sebagian pedagang menolak dipindahkan karena area relokasi belum beratap.", "align": "both"},
        {"p": "**C. Tindak Lanjut**"},
        {"p": "Kepala UPTD menginstruksikan koordinator pasar memasang baliho pasangan H. Gusti Iskandar – Ahmad Riduan (nomor urut 3) di pagar kantor UPTD dan di setiap los pasar paling lambat 25 Oktober 2024, serta mengajak pedagang memilih pasangan tersebut. Baliho diambil di gudang UPTD.", "num": 1, "align": "both"},
        {"p": "Pengadaan terpal atap sementara area relokasi diajukan pada anggaran perubahan.", "num": 1, "align": "both"},
        {"p": "**D. Pelaporan**"},
        {"p": "Laporan ini disampaikan kepada Kepala Dinas Perdagangan sebagai bahan evaluasi.", "align": "both"},
    ] + sig("Banjar Seberang, 21 Oktober 2024", "Kepala UPTD Pengelolaan Pasar,", "", "", "**M. FAUZI RAHMAN, S.E.**"))

add(38, True, ["campaign-activity", "state-facility"], [11, 12],
    "Surat kadis PMD hasil pindai (salah OCR: A$N, pi1kada, kampanye dipecah antar-run) mewajibkan ASN menghadiri kampanye semua paslon secara bergiliran pada jam kerja dengan kendaraan dinas.",
    kop=kop("header", ["PEMERINTAH KABUPATEN TAP1AN SUNGAI", "D1NAS PEMBERDAYAAN MASYARAKAT DAN DESA", "Ja1an Sisingamangaraja No. 22 Sipirok Baru"]),
    meta={"author": "scan0041", "created": "2024-10-02T01:00:00Z"},
    body=[
        {"p": "Nomor : 400.10/ 6l2 /DPMD/X/2024", "after": 0},
        {"p": "Hal : Kehadiran A$N pada Tahapan Pi1kada 2024"},
        {"p": "Kepada Yth. Sdr/i Kepala Bidang, Pendamping Desa dan seluruh A$N DPMD"},
        {"p": "Dengan horrnat, da1am rangka mendukung suksesnya pi1kada Bupati dan Wakil Bupati 27 Nopember 2024 dan agar DPMD tidak dinilai berpihak, seluruh A$N DPMD diwajibkan menghadiri {split:kam|panye} terbuka ketiga paslon cabup-cawabup secara bergi1iran sesuai jadwal KPU, masing-masing bidang minimal 8 orang.", "align": "both"},
        {"p": "Keberangkatan dari kantor pada jam kerja dengan kendaraan dinas roda empat DPMD (BB 1170 F dan BB 1174 F). Kehadiran dicatat sebagai dinas 1uar dan di1aporkan kepada Sekretaris dengan foto di 1okasi.", "align": "both"},
        {"p": "Demikian, atas perhatian diucapkan terirna kasih."},
        {"p": "Kepala Dinas,\n\nttd\n\nIr. PARULIAN HUTAGALUNG", "indent": 5200},
    ])

add(39, True, ["campaign-activity", "endorsement"], [3],
    "Kadis mengajak para kabid makan siang bersama caleg DPRD Provinsi (Pileg 2024) dan membawa keluarga untuk 'dikenalkan' serta mendukung beliau.",
    meta={"author": "Kadis", "created": "2024-02-01T03:00:00Z"},
    body=[
        {"p": "Pesan singkat Kepala Dinas kepada para Kepala Bidang (dicetak untuk arsip sekretariat)", "italic": True},
        {"p": "Bapak/Ibu Kabid yth,"},
        {"p": "Sabtu 3 Februari jam 12.00 kita makan siang bersama Ibu Hj. Nurbaiti Rosyid, S.E., caleg DPRD Provinsi Sumatera Selatan dari Partai Suara Bangsa nomor urut 2 Dapil Sumsel 4, di Rumah Makan Pindang Meranjat, Jalan Demang Lebar Daun.", "align": "both"},
        {"p": "Beliau yang selama ini banyak membantu usulan anggaran kita di provinsi. Mohon masing-masing bawa istri/suami dan anak yang sudah punya hak pilih supaya bisa dikenalkan langsung, dan kita tunjukkan bahwa keluarga besar dinas ada di belakang beliau tanggal 14 nanti.", "align": "both"},
        {"p": "Konfirmasi jumlah orang ke Bu Lina (sekretariat) sebelum Jumat siang. Terima kasih.", "align": "both"},
        {"p": "Salam,\nHendri Kusuma"},
    ])

add(40, True, ["campaign-activity", "inducement"], [2],
    "Camat memerintahkan kasi dan kepala dusun mengerahkan warga ke kampanye dialogis (tanpa nama calon) dengan uang transport Rp50.000 per orang dari panitia dan mendata hadir.",
    kop=kop("table", ["PEMERINTAH KABUPATEN MAHAKAM HILIR", "KECAMATAN LOA HULU", "Jalan Poros Samarinda–Tenggarong KM 14"], logo="LOGO"),
    meta={"author": "Kantor Camat Loa Hulu", "created": "2024-11-06T00:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Kasi Pemerintahan dan Kasi Pemberdayaan Masyarakat"),
        F("Dari", "Camat Loa Hulu"),
        F("Hal", "Kampanye Dialogis di Balai Pertemuan Desa Loa Raya"),
        {"p": "Sehubungan dengan rencana kampanye dialogis di Balai Pertemuan Desa Loa Raya pada Sabtu, 9 November 2024 pukul 14.00 WITA, Saudara diminta:", "before": 200, "align": "both"},
        {"p": "mengoordinasikan kepala desa dan kepala dusun agar mendatangkan sekurang-kurangnya 300 warga, diutamakan ibu-ibu majelis taklim dan pemuda;", "num": 1, "align": "both"},
        {"p": "memastikan setiap warga yang hadir menerima uang transport Rp50.000,00 dari panitia setelah mengisi daftar hadir dengan nomor KTP;", "num": 1, "align": "both"},
        {"p": "hadir bersama staf kecamatan dan duduk di barisan depan.", "num": 1, "align": "both"},
        {"p": "Laporkan jumlah kehadiran kepada saya pada hari itu juga."},
    ] + sig("Camat Loa Hulu,", "", "", "**ABDUL MUIS, S.Sos., M.Si.**"))

add(41, True, ["endorsement", "state-facility"], [1],
    "Naskah sambutan kadis untuk peresmian puskesmas pembantu memuat ajakan mendukung agar Ir. Hendra Saputra dan H. Yusuf Arif 'terpilih kembali'; acara dinas dipakai.",
    kop=kop("header", ["PEMERINTAH KOTA TANJUNG SERUAI", "DINAS KESEHATAN", "Jalan Hang Jebat Nomor 3, Tanjung Seruai"]),
    meta={"author": "Subbag Umum Dinkes", "created": "2024-10-30T04:00:00Z"},
    body=[
        {"p": "NASKAH SAMBUTAN KEPALA DINAS KESEHATAN", "align": "center", "bold": True, "after": 0},
        {"p": "pada Peresmian Puskesmas Pembantu Kelurahan Tanjung Uncang Baru, 2 November 2024", "align": "center", "italic": True},
        "Assalamualaikum warahmatullahi wabarakatuh,",
        "Yang kami hormati Bapak Camat, Lurah, tokoh masyarakat, kader posyandu dan warga yang berbahagia,",
        {"p": "Alhamdulillah hari ini pustu yang kita tunggu sejak tahun 2019 telah berdiri. Pustu ini melayani imunisasi, pemeriksaan ibu hamil dan lansia enam hari dalam seminggu.", "align": "both"},
        {"p": "Semua ini tidak lepas dari perhatian Bapak Ir. Hendra Saputra, M.T. dan Bapak H. Yusuf Arif. Karena itu, marilah kita doakan dan dukung bersama agar keduanya terpilih kembali, supaya pembangunan pustu di kelurahan lain dapat dilanjutkan.", "align": "both"},
        {"p": "Kepada kader posyandu, saya titip pesan ini untuk disampaikan kepada ibu-ibu di posyandu masing-masing.", "align": "both"},
        "Wassalamualaikum warahmatullahi wabarakatuh.",
        {"p": "Catatan Subbag Umum: naskah dibacakan Kepala Dinas; salinan dibagikan kepada kader bersama bingkisan acara.", "italic": True, "size": 20, "before": 200},
    ])

add(42, True, ["endorsement", "state-facility"], [7, 13],
    "Kesra memperkenalkan sekali pasangan yang maju sebagai calon bupati, lalu mengaitkan penyaluran insentif imam meunasah dengan ajakan memilih 'pasangan tersebut'.",
    kop=kop("table", ["PEMERINTAH KABUPATEN GAYO LESTARI", "SEKRETARIAT DAERAH – BAGIAN KESEJAHTERAAN RAKYAT", "Jalan Yos Sudarso Nomor 1, Takengon Lestari"], logo="[lambang]"),
    meta={"author": "Kesra", "created": "2024-10-24T03:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Para Koordinator Imam Mukim"),
        F("Dari", "Kepala Bagian Kesra"),
        F("Hal", "Penyaluran Insentif Imam Meunasah dan Bilal Triwulan IV"),
        {"p": "Insentif imam meunasah dan bilal triwulan IV Tahun 2024 akan disalurkan secara tunai pada 11–15 November 2024 di kantor mukim masing-masing.", "before": 200, "align": "both"},
        {"p": "Sebagaimana diketahui, Tgk. H. Mukhlis Aman dan Ir. Zulfikar Daud yang maju sebagai calon Bupati dan Wakil Bupati Gayo Lestari adalah penggagas insentif ini sejak tahun 2019.", "align": "both"},
        {"p": "Pada saat penyerahan, koordinator menyampaikan kepada para imam bahwa pasangan tersebut yang akan menjamin insentif ini tetap ada, dan meminta para imam mengajak jamaah memilih pasangan tersebut pada 27 November 2024.", "align": "both"},
        {"p": "Amplop insentif dimasukkan dalam map berlogo nomor urut pasangan tersebut yang dapat diambil di Bagian Kesra.", "align": "both"},
    ] + sig("Kepala Bagian Kesra,", "", "", "**Tgk. M. NASIR, S.Ag., M.A.**"))

add(43, True, ["campaign-activity", "state-facility"], [12],
    "Kepala SMK mewajibkan guru PNS/PPPK menghadiri kampanye dialogis seluruh cagub secara berimbang pada jam sekolah dengan bus sekolah.",
    kop=kop("table", ["PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS PENDIDIKAN DAN KEBUDAYAAN", "SMK NEGERI 2 SINTANG HULU", "Jalan Lintas Melawi KM 3"], logo="LOGO SMK"),
    engine="libreoffice",
    meta={"author": "TU SMKN 2", "created": "2024-10-07T01:00:00Z"},
    body=[
        {"p": "SURAT TUGAS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 800/145/SMKN2-SH/X/2024", "align": "center"},
        {"p": "Kepala SMK Negeri 2 Sintang Hulu menugaskan guru PNS dan PPPK yang namanya tercantum dalam lampiran untuk menghadiri kampanye dialogis seluruh pasangan calon Gubernur dan Wakil Gubernur Kalimantan Barat yang dilaksanakan di Kabupaten Sintang Hulu, dengan ketentuan:", "align": "both"},
        {"p": "Tujuan penugasan adalah agar guru memahami program pendidikan kejuruan setiap pasangan secara adil dan tidak berat sebelah.", "num": 1, "align": "both"},
        {"p": "Guru berangkat pada jam sekolah menggunakan bus sekolah KB 7015 W; jam mengajar diganti tugas terstruktur.", "num": 1, "align": "both"},
        {"p": "Setiap guru membuat ringkasan tertulis satu halaman setelah kegiatan.", "num": 1, "align": "both"},
        {"table": [["Tanggal", "Pasangan", "Tempat"], ["10 Oktober 2024", "Nomor urut 1", "Aula Hotel Bukit Raya"], ["17 Oktober 2024", "Nomor urut 2", "Gedung Pancasila Sintang Hulu"], ["24 Oktober 2024", "Nomor urut 3", "Balai Betang Tampun Juah"]], "header_row": True},
    ] + sig("Sintang Hulu, 7 Oktober 2024", "Kepala Sekolah,", "", "", "**YULIANUS DAWAN, S.Pd., M.Pd.**"))

add(44, True, ["endorsement", "campaign-activity"], [9],
    "Notulen rapat pimpinan PUPR: diputuskan setiap bidang menyetor 25 pemilih loyal untuk paslon nomor urut 1 dan disepakati (sisipan tracked) kontraktor mitra memasang baliho paslon.",
    kop=kop("header", ["PEMERINTAH KABUPATEN TULANG BAWANG HULU", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Jalan Lintas Timur KM 34, Menggala Hulu"]),
    meta={"author": "Notulis Rapim", "created": "2024-10-14T08:00:00Z", "change_author": "Sekretaris Dinas", "modified": "2024-10-15T01:00:00Z"},
    body=[
        {"p": "NOTULEN RAPAT PIMPINAN", "align": "center", "bold": True},
        F("Hari/Tanggal", "Senin, 14 Oktober 2024"),
        F("Tempat", "Ruang Kepala Dinas"),
        F("Peserta", "Kepala Dinas, Sekretaris, 4 Kepala Bidang, 3 Kepala UPTD"),
        {"p": "**Hasil Rapat**", "before": 200},
        {"p": "Progres fisik paket jalan Menggala Hulu–Gedung Aji Baru mencapai 72%; Bidang Bina Marga menyurati penyedia terkait keterlambatan.", "num": 1, "align": "both"},
        {"p": "Diputuskan setiap bidang menyetor data 25 (dua puluh lima) pemilih loyal beserta NIK untuk pasangan Ir. Wayan Sudarsa – Hj. Umi Kalsum (nomor urut 1) kepada Sekretaris paling lambat 21 Oktober 2024.", "num": 1, "align": "both"},
        {"p": "{ins:Disepakati kontraktor mitra dinas diminta memasang baliho pasangan nomor urut 1 di lokasi proyek masing-masing.}", "num": 1, "align": "both"},
        {"p": "Rapat evaluasi berikutnya dilaksanakan Senin, 28 Oktober 2024.", "num": 1},
        {"p": "Notulis,\n\n**Desi Rahmawati, S.T.**", "before": 240},
    ])

add(45, True, ["state-facility", "campaign-activity"], [6, 2],
    "Tabel logistik dengan baris judul 'Kampanye Akbar Paslon Nomor Urut 3'; paragraf memo hanya meminta tenda, kursi, genset dan personel Satpol PP disiapkan 'sesuai tabel' tanpa menyebut acaranya.",
    kop=kop("body", ["PEMERINTAH KOTA BANJAR SEBERANG", "SATUAN POLISI PAMONG PRAJA", "Jalan Pangeran Antasari Nomor 77, Banjar Seberang"]),
    meta={"author": "Bidang Linmas", "created": "2024-11-12T02:30:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Kepala Seksi Sarana dan Prasarana"),
        F("Dari", "Kepala Satuan Polisi Pamong Praja"),
        F("Tanggal", "12 November 2024"),
        F("Hal", "Penyiapan Perlengkapan"),
        {"p": "Bersama ini diminta Saudara menyiapkan perlengkapan dan personel sesuai tabel di bawah. Barang diangkut dengan truk dinas Satpol PP pada malam sebelumnya dan dibongkar kembali setelah kegiatan selesai.", "before": 200, "align": "both"},
        {"table": [[{"blocks": [{"p": "KEBUTUHAN LOGISTIK KAMPANYE AKBAR PASLON NOMOR URUT 3 – LAPANGAN MURJANI, MINGGU 17 NOVEMBER 2024", "bold": True, "align": "center"}], "span": 4}],
                   ["No", "Barang/Personel", "Jumlah", "Asal"],
                   ["1", "Tenda sarnafil 6x12 m", "8 unit", "Gudang Satpol PP"],
                   ["2", "Kursi lipat", "600 buah", "Gudang Satpol PP dan Bagian Umum Setda"],
                   ["3", "Genset 20 kVA", "2 unit", "Seksi Sarpras"],
                   ["4", "Personel berpakaian bebas (pengatur barisan)", "25 orang", "Regu I dan II"]],
         "widths": [600, 4200, 1400, 2800]},
        {"p": "Personel tidak mengenakan seragam dinas selama kegiatan. Laporan pelaksanaan disampaikan secara lisan.", "before": 200, "align": "both"},
    ] + sig("Kepala Satuan,", "", "", "**H. SYAHRIL ANSHARI, S.H.**"))

add(46, True, ["state-facility", "endorsement", "campaign-activity"], [13, 7],
    "Bantuan mesin ketinting Dinas Perikanan diserahterimakan di kampanye dialogis cabup petahana, penyuluh hadir dan menyebut bantuan sebagai program beliau yang harus dilanjutkan.",
    kop=kop("header", ["PEMERINTAH KABUPATEN BULUNGAN HILIR", "DINAS KELAUTAN DAN PERIKANAN", "Jalan Sengkawit Nomor 9, Tanjung Selor Hilir, Kalimantan Utara"]),
    meta={"author": "Bidang Perikanan Tangkap", "created": "2024-10-19T06:00:00Z"},
    body=[
        {"p": "Nomor\t: 523/611/DKP/2024\nHal\t: Serah Terima Bantuan Mesin Ketinting dan Alat Tangkap", "tabs": [[1300, "left"]]},
        {"p": "Yth. Koordinator Penyuluh Perikanan Kecamatan Tanjung Palas Hilir dan Sekatak Baru", "before": 200},
        {"p": "Bantuan 40 unit mesin ketinting 13 PK dan 120 set jaring insang bagi nelayan kecil Tahun Anggaran 2024 telah tiba di gudang dinas. Serah terima kepada kelompok nelayan diatur sebagai berikut:", "align": "both"},
        {"p": "Serah terima dilaksanakan di sela kampanye dialogis Bapak H. Aji Mursyid, calon Bupati Bulungan Hilir nomor urut 1, di Dermaga Sekatak Baru pada Kamis, 24 Oktober 2024 pukul 15.00 WITA.", "num": 1, "align": "both"},
        {"p": "Penyuluh mendampingi kelompok nelayan penerima dan memastikan seluruh anggota kelompok hadir.", "num": 1, "align": "both"},
        {"p": "Dalam pengarahan kepada kelompok, penyuluh menyampaikan bahwa bantuan ini adalah program beliau yang harus dilanjutkan lima tahun ke depan.", "num": 1, "align": "both"},
        {"p": "Berita acara serah terima ditandatangani setelah acara.", "num": 1},
    ] + sig("Kepala Dinas,", "", "", "**Ir. SAMSUL BAHRI, M.Si.**"))

add(47, True, ["campaign-activity", "state-facility"], [3],
    "Penyambutan kedatangan cagub nomor urut 2 di bandara dalam rangkaian kampanye: pegawai Disparbud ber-PDH, sanggar tari dinas dan bus dinas dikerahkan.",
    kop=kop("table", ["PEMERINTAH KABUPATEN SINTANG HULU", "DINAS PARIWISATA DAN KEBUDAYAAN", "Jalan Sultan Syahrir Nomor 4, Sintang Hulu"], logo="[logo]"),
    meta={"author": "Disparbud", "created": "2024-10-26T02:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Kabid Kebudayaan, Kabid Destinasi, Kasubbag Umum"),
        F("Dari", "Kepala Dinas"),
        F("Hal", "Penyambutan Kedatangan Bapak Martinus Apui"),
        {"p": "Bapak Martinus Apui, calon Gubernur Kalimantan Barat nomor urut 2, dijadwalkan tiba di Bandara Tebelian Hulu pada Selasa, 29 Oktober 2024 pukul 10.40 WIB dalam rangkaian kampanye di wilayah timur.", "before": 200, "align": "both"},
        {"p": "Untuk penyambutan, diatur:", "after": 0},
        {"p": "Sanggar Tari Binaan Dinas menampilkan Tari Penyambutan Dayak dan pengalungan manik di pintu kedatangan;", "num": 1},
        {"p": "seluruh pegawai berkumpul di bandara pukul 09.30 mengenakan PDH batik daerah dan membentuk barisan sepanjang jalur keluar;", "num": 1},
        {"p": "bus dinas pariwisata mengangkut pegawai dan penari;", "num": 1},
        {"p": "Kasubbag Umum menyiapkan air mineral dan snack dari persediaan kantor.", "num": 1},
        {"p": "Harap dilaksanakan dengan sebaik-baiknya."},
    ] + sig("Kepala Dinas,", "", "", "**ELISABETH IDANG, S.Sos., M.M.**"))

add(48, True, ["endorsement"], [5, 1],
    "Pengumuman rutin jadwal piket kebersihan, tetapi footer memuat slogan 'Salam Dua Periode – Lanjutkan Bersama Pak Aji! Coblos No. 1'.",
    kop=kop("header", ["PEMERINTAH KABUPATEN BULUNGAN HILIR", "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH", "Jalan Kolonel Soetadji Nomor 2, Tanjung Selor Hilir"]),
    footer=[{"p": "Salam Dua Periode – Lanjutkan Bersama Pak Aji! Coblos No. 1 tanggal 27 November", "align": "center", "italic": True, "size": 18}],
    meta={"author": "Subbag Umum Bappeda", "created": "2024-11-01T00:30:00Z"},
    body=[
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 050/388/Bappeda/XI/2024", "align": "center"},
        {"p": "Diberitahukan kepada seluruh pegawai Bappeda bahwa jadwal piket kebersihan dan Jumat Bersih bulan November 2024 adalah sebagai berikut:", "align": "both"},
        {"table": [["Minggu", "Tanggal", "Bidang Penanggung Jawab"], ["I", "1 November", "Sekretariat"], ["II", "8 November", "Bidang Perencanaan Ekonomi"], ["III", "15 November", "Bidang Infrastruktur dan Kewilayahan"], ["IV", "22 November", "Bidang Sosial Budaya"], ["V", "29 November", "Bidang Litbang"]], "header_row": True},
        {"p": "Peralatan kebersihan dapat diambil di gudang Subbagian Umum. Kegiatan dimulai pukul 07.30 WITA.", "before": 200},
    ] + sig("Tanjung Selor Hilir, 1 November 2024", "Sekretaris,", "", "", "**NURHAYATI, S.E., M.Si.**"))

add(49, True, ["campaign-activity", "state-facility"], [12],
    "Surat camat tentang gotong royong; perubahan terlacak (w:ins) menambahkan kewajiban staf dan perangkat desa menghadiri kampanye terbuka ketiga paslon secara bergiliran pada jam kerja dengan mobil operasional kecamatan.",
    kop=kop("body", ["PEMERINTAH KABUPATEN BELITUNG SELATAN", "KECAMATAN GANTUNG BARU", "Jalan Raya Gantung Nomor 1"]),
    meta={"author": "Kasi Trantib", "created": "2024-10-22T01:00:00Z", "change_author": "Camat Gantung Baru", "modified": "2024-10-22T07:45:00Z"},
    body=[
        {"p": "Nomor\t: 140/402/Kec.GB/2024\nHal\t: Gotong Royong Pembersihan Saluran Air", "tabs": [[1300, "left"]]},
        {"p": "Yth. Kepala Desa se-Kecamatan Gantung Baru dan Staf Kantor Camat", "before": 200},
        {"p": "Menghadapi musim hujan, akan dilaksanakan gotong royong pembersihan saluran air pada {del:Jumat, 25 Oktober}{ins:Sabtu, 26 Oktober} 2024 pukul 07.00 WIB, dimulai dari depan Kantor Camat hingga Pasar Gantung.", "align": "both"},
        {"p": "Peserta membawa cangkul, parang dan karung. Konsumsi disiapkan oleh PKK kecamatan.{ins: Selain itu, selama masa kampanye seluruh staf kecamatan dan perangkat desa wajib menghadiri kampanye terbuka ketiga pasangan calon Bupati secara bergiliran pada hari Selasa dan Kamis pukul 09.00 WIB, berangkat bersama dengan mobil operasional kecamatan, supaya kecamatan terlihat hadir untuk semua pasangan. Absensi dilakukan di lokasi.}", "align": "both"},
        {"p": "Demikian, atas partisipasinya diucapkan terima kasih."},
    ] + sig("Camat Gantung Baru,", "", "", "**ZULKIFLI, S.Sos.**"))

add(50, True, ["campaign-activity", "state-facility", "endorsement"], [13],
    "Kepala UPT meminta penyuluh membagikan brosur dan kalender caleg DPRD Kabupaten dalam pertemuan rutin kelompok tani program dinas (Pileg 2024).",
    meta={"author": "UPT BPP", "created": "2024-01-19T02:00:00Z"},
    body=[
        {"p": "MEMO KEPALA UPT BALAI PENYULUHAN PERTANIAN KECAMATAN SUNGAI LILIN HULU", "bold": True},
        {"p": "Untuk: Para Penyuluh Pertanian Lapangan (PPL)\nTanggal: 19 Januari 2024"},
        {"p": "Mulai pekan depan, dalam setiap pertemuan rutin kelompok tani (SL-PTT, sekolah lapang IPM dan penyaluran pupuk bersubsidi), PPL agar membagikan brosur dan kalender Bapak Hasan Basri, S.Pd., calon anggota DPRD Kabupaten dari Partai Suara Bangsa nomor urut 4 Dapil 2.", "align": "both"},
        {"p": "Brosur dan kalender sudah ada di ruang UPT, 50 eksemplar per PPL. Sampaikan juga kepada ketua poktan bahwa beliau yang akan memperjuangkan tambahan kuota pupuk di DPRD.", "align": "both"},
        {"p": "Laporan pembagian dimasukkan dalam laporan kunjungan mingguan seperti biasa.", "align": "both"},
        {"p": "Ka. UPT,\nSuparno, S.P."},
    ])

add(51, True, ["endorsement", "social-media"], [7, 11],
    "Transkrip pesan suara (bahasa Banjar) kabid: sekali menyebut Gusti Iskandar 'nang maju jadi calon wali kota', selanjutnya 'beliau'/'Pak Gusti'; minta staf memilih dan membagikan video beliau.",
    meta={"author": "TU Bidang Cipta Karya", "created": "2024-11-02T13:00:00Z"},
    body=[
        {"p": "TRANSKRIP PESAN SUARA – GRUP \"CIPTA KARYA BJS\"", "bold": True},
        {"p": "Pengirim: Kabid Cipta Karya | 2 November 2024, 19.41 WITA | 1 menit 22 detik", "italic": True, "size": 20},
        {"p": "\"Assalamualaikum kawan-kawan barataan. Ulun handak bapadah sadikit haja. Pian tahu lah Pak Gusti Iskandar, nang dahulu Kadis kita, wayahini maju jadi calon wali kota. Beliau tu urangnya baik banar, bubuhan kita diangkat PPPK tu jua berkat beliau. Jadi ulun minta, tanggal 27 kaina pilih beliau lah, ajak jua bini laki, anak, mintuha. Lawan satu lagi, video beliau nang ulun kirim di atas tuh tolong dibagi ka status WA wan fesbuk, biar urang banyak tahu. Kaina ulun cek status pian barataan, lah. Makasih.\"", "align": "both", "indent": 360},
        {"p": "[transkrip dibuat oleh staf TU untuk arsip bidang]", "italic": True, "size": 18},
    ])

add(52, True, ["endorsement"], [1],
    "Kepala Bappeda meminta bidang menyosialisasikan kepada masyarakat saat musrenbang agar Bupati-Wabup kembali dipercaya 'lima tahun lagi'; nama tanpa kata calon.",
    kop=kop("table", ["PEMERINTAH KABUPATEN BULUNGAN HILIR", "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH", "Jalan Kolonel Soetadji Nomor 2, Tanjung Selor Hilir"], logo="LOGO"),
    meta={"author": "Ka. Bappeda", "created": "2024-10-03T02:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Para Kepala Bidang"),
        F("Dari", "Kepala Bappeda"),
        F("Hal", "Arah Penyusunan Rancangan Awal RPJMD 2025–2029"),
        {"p": "Rancangan teknokratik RPJMD 2025–2029 disusun dengan melanjutkan visi \"Bulungan Hilir Maju, Mandiri dan Berdaya Saing\" serta program unggulan yang telah berjalan.", "before": 200, "align": "both"},
        {"p": "Pada forum konsultasi publik dan musrenbang kecamatan bulan Oktober–November, kepala bidang dan fasilitator agar menyampaikan kepada peserta bahwa program unggulan hanya dapat dituntaskan apabila Bapak H. Aji Mursyid dan Ibu Hj. Fatimah Zahra dipercaya memimpin lima tahun lagi, dan mengajak peserta memberikan kepercayaan itu pada 27 November.", "align": "both"},
        {"p": "Materi paparan tiap bidang agar diserahkan ke Sekretariat paling lambat 10 Oktober 2024 untuk diseragamkan.", "align": "both"},
    ] + sig("Kepala Bappeda,", "", "", "**Dr. ANDI MAPPASESSU, M.Si.**"))

add(53, True, ["campaign-activity", "state-facility"], [2, 6],
    "Jadwal dengan baris judul 'Rapat Umum Terbuka, Lapangan Dharma Praja'; paragraf sesudahnya mengatur kumpul di kantor, ambulans dinas, seragam kaos putih, daftar hadir dan uang makan dari kas kegiatan.",
    kop=kop("header", ["PEMERINTAH PROVINSI KALIMANTAN SELATAN", "DINAS KESEHATAN", "Jalan Belitung Darat Nomor 118, Banjarmasin"]),
    meta={"author": "Sekretariat Dinkes Prov", "created": "2024-11-13T03:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Kepala UPTD Laboratorium Kesehatan dan Kepala UPTD Pelatihan Kesehatan"),
        F("Dari", "Sekretaris Dinas"),
        F("Hal", "Jadwal Kegiatan Sabtu, 16 November 2024"),
        {"table": [[{"blocks": [{"p": "RAPAT UMUM TERBUKA – LAPANGAN DHARMA PRAJA, SABTU 16 NOVEMBER 2024", "bold": True, "align": "center"}], "span": 3}],
                   ["Waktu", "Kegiatan", "Penanggung jawab"],
                   ["06.30", "Kumpul di halaman kantor dinas", "Kasubbag Umum"],
                   ["07.00", "Berangkat", "Koordinator UPTD"],
                   ["08.00–11.30", "Mengikuti acara", "Masing-masing UPTD"]],
         "widths": [1600, 4600, 2800]},
        {"p": "Sehubungan dengan jadwal di atas, setiap UPTD mengirim 20 orang pegawai berkaos putih. Dua ambulans dinas ikut untuk mengangkut pegawai dan parkir di sisi timur lapangan.", "before": 200, "align": "both"},
        {"p": "Daftar hadir ditandatangani di bus dan diserahkan kepada Kasubbag Umum. Uang makan Rp40.000 per orang dibayarkan dari kas kegiatan pelatihan.", "align": "both"},
    ] + sig("Sekretaris,", "", "", "**H. MUHAMMAD RIFQI, S.K.M., M.Kes.**"))

add(54, True, ["campaign-activity", "endorsement"], [3, 7],
    "Undangan temu kangen alumni sekolah perawat bersama cawagub nomor urut 1 pada masa kampanye, disebar kepada perawat RSUD, dengan pernyataan dukungan alumni.",
    kop=kop("body", ["PEMERINTAH PROVINSI SUMATERA SELATAN", "RUMAH SAKIT UMUM DAERAH SITI FATIMAH BARU", "Jalan Kolonel H. Burlian KM 6, Palembang"]),
    meta={"author": "Bidang Keperawatan", "created": "2024-10-12T05:00:00Z"},
    body=[
        {"p": "Nomor\t: 445/2091/RSUD-SFB/2024\nHal\t: Undangan Temu Kangen Alumni", "tabs": [[1300, "left"]]},
        {"p": "Yth. Kepala Ruangan dan Perawat Pelaksana\nRSUD Siti Fatimah Baru", "before": 200},
        {"p": "Dalam rangka mempererat silaturahmi alumni SPK Depkes Palembang, Bidang Keperawatan mengundang Saudara pada Temu Kangen Alumni bersama Ibu Hj. Septa Wulandari, S.E., calon Wakil Gubernur Sumatera Selatan nomor urut 2, yang juga alumni angkatan 1994.", "align": "both"},
        {"p": "Hari/tanggal: Minggu, 20 Oktober 2024\nPukul: 09.00 WIB – selesai\nTempat: Ballroom Hotel Swarna Dwipa Baru", "indent": 720},
        {"p": "Pada acara tersebut akan dibacakan pernyataan dukungan keluarga besar alumni kepada beliau. Kepala ruangan agar mengatur dinas jaga sehingga minimal 5 orang per ruangan dapat hadir.", "align": "both"},
    ] + sig("Kepala Bidang Keperawatan,", "", "", "**Ns. RATNA DEWI, S.Kep., M.Kep.**"))

add(55, True, ["campaign-activity", "state-facility"], [12],
    "Kadis pertanian menugaskan penyuluh membawa kelompok tani ke rapat umum setiap paslon 'supaya adil', dengan mobil dinas BPP dan dihitung hari kerja.",
    kop=kop("table", ["PEMERINTAH KABUPATEN HULU SUNGAI TENGGARA", "DINAS PERTANIAN", "Jalan Brigjen H. Hasan Basry Nomor 14, Kandangan Hulu"], logo="[logo]"),
    meta={"author": "Distan HST", "created": "2024-10-09T00:00:00Z"},
    body=[
        {"p": "SURAT EDARAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 500.8/802/Distan/2024", "align": "center"},
        {"p": "Kepada Yth. Koordinator BPP dan seluruh Penyuluh Pertanian"},
        {"p": "Agar tidak ada anggapan dinas berpihak, disampaikan bahwa setiap penyuluh wajib membawa perwakilan kelompok tani binaannya (minimal 10 orang) ke rapat umum setiap pasangan calon Bupati dan Wakil Bupati yang diselenggarakan di wilayah kerjanya.", "align": "both"},
        {"p": "Mobil dinas BPP dan sepeda motor dinas penyuluh dapat digunakan untuk keperluan tersebut, dan hari pelaksanaan dicatat sebagai hari kunjungan kerja dalam e-RDKK.", "align": "both"},
        {"p": "Koordinator BPP melaporkan jumlah petani yang dibawa ke setiap rapat umum, per pasangan, agar terlihat berimbang.", "align": "both"},
    ] + sig("Kandangan Hulu, 9 Oktober 2024", "Kepala Dinas,", "", "", "**Ir. H. AHMAD JUNAIDI, M.P.**"))

add(56, True, ["endorsement"], [9],
    "Notulen forum kepala puskesmas: disepakati menggalang suara untuk paslon nomor urut 2, target per wilayah kerja diputuskan, kepala puskesmas bertanggung jawab.",
    kop=kop("header", ["PEMERINTAH KABUPATEN HULU SUNGAI TENGGARA", "DINAS KESEHATAN", "Jalan Aluh Idut Nomor 3, Kandangan Hulu"]),
    meta={"author": "Notulis Forum", "created": "2024-10-29T08:00:00Z"},
    body=[
        {"p": "NOTULA", "align": "center", "bold": True, "after": 0},
        {"p": "Pertemuan Forum Kepala Puskesmas Triwulan IV", "align": "center"},
        {"p": "Tanggal: 29 Oktober 2024 | Tempat: Aula Puskesmas Kandangan Hulu | Pimpinan: Kepala Dinas Kesehatan"},
        {"table": [["No", "Pokok bahasan", "Hasil"],
                   ["1", "Capaian SPM bidang kesehatan", "Imunisasi dasar lengkap 88%; perlu sweeping di 3 wilayah"],
                   ["2", "Persiapan akreditasi 2025", "Puskesmas Padang Batung Hulu dan Telaga Langsat didahulukan"],
                   ["3", "Pilkada 27 November 2024", "Disepakati seluruh puskesmas menggalang suara untuk pasangan Hj. Noorhayati Fahmi – H. Aulia Rahman (nomor urut 2). Diputuskan target 60% di setiap wilayah kerja; kepala puskesmas bertanggung jawab atas pencapaiannya."],
                   ["4", "Lain-lain", "Pengadaan BMHP semester I dibahas di bidang SDK"]],
         "header_row": True, "widths": [600, 2800, 5600]},
        {"p": "Notulis: Rahmah, S.K.M.", "before": 240},
    ])

add(57, True, ["state-facility", "endorsement", "inducement"], [13],
    "Bantuan permakanan lansia Dinsos diserahkan tim pemenangan paslon nomor urut 1, dikemas warna biru paslon, dan dikaitkan dengan 'kelanjutan kepemimpinan beliau'.",
    kop=kop("body", ["PEMERINTAH KABUPATEN TULANG BAWANG HULU", "DINAS SOSIAL", "Jalan Cemara Nomor 8, Menggala Hulu"]),
    engine="libreoffice",
    meta={"author": "Bidang Rehsos", "created": "2024-10-31T02:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Para Pendamping Program Asistensi Rehabilitasi Sosial Lanjut Usia"),
        F("Dari", "Kepala Bidang Rehabilitasi Sosial"),
        F("Hal", "Penyaluran Permakanan Lansia Tahap IV"),
        {"p": "Penyaluran bantuan permakanan bagi 2.450 lansia tunggal Tahap IV Tahun 2024 diatur sebagai berikut:", "before": 200, "align": "both"},
        {"p": "paket dikemas dalam kardus berwarna biru dengan tulisan \"Peduli Lansia – Wayan & Umi\" yang disediakan tim pemenangan pasangan nomor urut 1;", "num": 1, "align": "both"},
        {"p": "penyerahan ke rumah lansia dilakukan bersama relawan tim pemenangan, pendamping cukup membawa daftar penerima;", "num": 1, "align": "both"},
        {"p": "pendamping menyampaikan kepada keluarga lansia bahwa program ini dapat terus berjalan sebagai bagian dari kelanjutan kepemimpinan beliau.", "num": 1, "align": "both"},
        {"p": "Jadwal penyaluran 4–22 November 2024. Foto penyerahan diunggah ke grup pendamping.", "align": "both"},
    ] + sig("Kepala Bidang,", "", "", "**Hj. SITI KHODIJAH, S.Sos.**"))

add(58, True, ["inducement", "state-facility", "endorsement"], [8, 11],
    "Pesan WA informal koordinator pendamping BPNT (ASN dinsos) mengancam KPM dicoret jika tidak memilih paslon nomor 3; singkatan dan bahasa campuran.",
    meta={"author": "Korkab BPNT", "created": "2024-11-15T12:30:00Z"},
    body=[
        {"p": "Lampiran 2 – tangkapan teks pesan grup \"PENDAMPING SEMBAKO KAB. KAPUAS SEBERANG\" (disalin apa adanya)", "italic": True, "size": 20},
        {"textbox": [
            {"p": "[15/11 20:02] Korkab Sembako: Rekan2 pendamping, tlg sampaikan ke KPM masing2 ya. Yg kmrn ikut acara paslon lain, sdh sy catat namanya.", "after": 60},
            {"p": "[15/11 20:03] Korkab Sembako: Bilang ke mrk, kalo tgl 27 ga coblos no 3, bulan Desember bantuan sembakonya sy usulkan dicoret. Ga usah takut, data ada di kita.", "after": 60},
            {"p": "[15/11 20:05] Korkab Sembako: Yg setia pilih no 3 nanti dpt tambahan paket beras akhir tahun. Ok ya, mksh 👍", "after": 60},
        ], "width_cm": 15.5, "height_cm": 4.5},
        {"p": "Pesan di atas dikirim oleh Koordinator Kabupaten (ASN Dinas Sosial) dan diteruskan oleh pendamping kepada KPM di wilayah masing-masing sesuai arahan.", "before": 200, "size": 20},
    ])

add(59, True, ["social-media"], [10, 9],
    "Memo 'menindaklanjuti hasil rapat evaluasi' dengan bagian Pelaporan yang mewajibkan ASN mengikuti akun Instagram paslon nomor urut 2, bergabung grup WA relawan, dan melapor tangkapan layar.",
    kop=kop("table", ["PEMERINTAH KABUPATEN LAHAT ILIR", "BADAN PENDAPATAN DAERAH", "Jalan Mayor Ruslan Nomor 20, Tanjung Sakti Ilir"], logo="LOGO"),
    meta={"author": "Bapenda", "created": "2024-10-08T03:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Para Kepala Bidang dan Kepala UPT Pendapatan"),
        F("Dari", "Kepala Badan"),
        F("Hal", "Tindak Lanjut Rapat Evaluasi Kinerja Triwulan III"),
        {"p": "Menindaklanjuti hasil rapat evaluasi kinerja triwulan III tanggal 7 Oktober 2024, disampaikan hal-hal berikut:", "before": 200, "align": "both"},
        {"p": "**a. Capaian PAD.** Realisasi pajak daerah sampai September 64,3%. UPT diminta mengintensifkan penagihan PBB-P2 di 5 kecamatan.", "align": "both"},
        {"p": "**b. Media sosial.** Rapat memutuskan seluruh pegawai mengikuti akun Instagram @yuliafitriani.official dan @ayojayalahatilir, serta bergabung ke grup WhatsApp \"Relawan Yulia–Darmawan Bapenda\".", "align": "both"},
        {"p": "**c. Pelaporan.** Kepala bidang dan kepala UPT melaporkan tangkapan layar akun pegawai yang telah mengikuti dan bergabung sebagaimana huruf b paling lambat 14 Oktober 2024, bersamaan dengan laporan realisasi PAD mingguan.", "align": "both"},
    ] + sig("Kepala Badan,", "", "", "**H. AMRULLAH, S.E., M.M.**"))

add(60, True, ["campaign-activity", "endorsement"], [4, 9],
    "Surat keputusan internal kepala dinas membentuk 'Tim Sukses Dapil 3' caleg DPRD Kabupaten dengan pegawai dinas sebagai anggota (Pileg 2024).",
    meta={"author": "Disnakertrans", "created": "2024-01-03T02:00:00Z"},
    body=[
        {"p": "SUSUNAN TIM SUKSES DAPIL 3", "align": "center", "bold": True, "after": 0},
        {"p": "Bapak Darwin Nainggolan, S.H. – Calon Anggota DPRD Kabupaten Tapian Sungai, Partai Gerakan Rakyat Mandiri, Nomor Urut 1", "align": "center"},
        {"p": "Berdasarkan kesepakatan pegawai Dinas Tenaga Kerja dan Transmigrasi yang berdomisili di Dapil 3, disusun tim sukses sebagai berikut:", "align": "both", "before": 200},
        {"table": [["Jabatan dalam tim", "Nama", "Jabatan di dinas"],
                   ["Ketua", "Robert Simanjuntak, S.E.", "Kabid Penempatan Tenaga Kerja"],
                   ["Sekretaris", "Lisbet Manurung, S.Sos.", "Kasubbag Program"],
                   ["Koordinator Kec. Angkola Hulu", "Binsar Tambunan", "Pengantar Kerja Ahli Muda"],
                   ["Koordinator Kec. Sayur Matinggi Baru", "Rina Harahap, A.Md.", "Pranata Komputer"],
                   ["Logistik", "Jonni Situmorang", "Pengemudi"]],
         "header_row": True, "widths": [3000, 3000, 3000]},
        {"p": "Tim bertugas memasang alat peraga, mendata pemilih dan mengawal suara pada 14 Februari 2024. Rapat tim setiap Kamis malam di rumah Ketua.", "before": 200, "align": "both"},
        {"p": "Mengetahui,\nKepala Dinas\n\n\n**Drs. TUMPAL SIAHAAN**", "indent": 5200},
    ])

add(61, True, ["social-media", "endorsement", "state-facility"], [5],
    "Admin akun resmi Disdukcapil diperintah memakai caption 'Satu Putaran Bersama Pak Rizal' dan #SumselSatuPutaran, pegawai mengganti foto profil WA dengan bingkai paslon; header halaman juga memuat slogan.",
    header=[{"p": "MENANG SATU PUTARAN – #SumselSatuPutaran", "align": "right", "size": 16, "italic": True}],
    kop=kop("header", ["PEMERINTAH KABUPATEN LAHAT ILIR", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "Jalan Mayor Ruslan Nomor 41, Tanjung Sakti Ilir"]),
    meta={"author": "Disdukcapil", "created": "2024-11-05T01:00:00Z"},
    body=[
        {"p": "MEMO INTERNAL", "bold": True, "align": "center"},
        {"p": "Untuk: Admin Media Sosial dan seluruh pegawai\nDari: Kepala Dinas\nTanggal: 5 November 2024"},
        {"p": "Mulai hari ini setiap unggahan layanan jemput bola KTP-el di akun Instagram dan Facebook resmi dinas memakai kalimat penutup \"Satu Putaran Bersama Pak Rizal\" dan tagar #SumselSatuPutaran #RizalSepta.", "align": "both"},
        {"p": "Seluruh pegawai mengganti foto profil WhatsApp dengan bingkai \"Satu Putaran\" nomor urut 2 yang dikirim di grup kantor, paling lambat Kamis.", "align": "both"},
        {"p": "Tolong kerja sama semua, menang kita satu putaran.", "align": "both"},
    ])

add(62, True, ["campaign-activity", "state-facility", "endorsement"], [6, 3],
    "Judul lampiran (tabel) menyebut silaturahmi dan ramah tamah bersama cabup nomor urut 2; nota dinas mengatur pendopo, sound system, konsumsi, kuota pegawai dan seragam tanpa menyebut acaranya lagi.",
    kop=kop("table", ["PEMERINTAH KABUPATEN TANAH LINTANG", "SEKRETARIAT DAERAH – BAGIAN UMUM", "Jalan Ir. Soekarno Nomor 1, Manna Hulu"], logo="LOGO"),
    meta={"author": "Bagian Umum", "created": "2024-11-14T02:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Kasubbag Rumah Tangga; Kasubbag Perlengkapan"),
        F("Dari", "Kepala Bagian Umum"),
        F("Hal", "Persiapan Kegiatan Sabtu Malam"),
        {"table": [[{"blocks": [{"p": "Lampiran: Susunan Acara Silaturahmi dan Ramah Tamah ASN bersama H. Zainal Arifin Nasution (Cabup Nomor Urut 2)", "bold": True}], "span": 2}],
                   ["19.30", "Pembukaan dan doa"], ["19.45", "Sambutan dan penyampaian program beliau"], ["20.30", "Ramah tamah, foto bersama"]],
         "widths": [1500, 7500]},
        {"p": "Untuk kegiatan tersebut disiapkan:", "before": 200, "after": 0},
        {"p": "Pendopo rumah dinas Sekda beserta sound system dan kursi dari gudang Setda;", "num": 1},
        {"p": "Konsumsi 250 porsi dibebankan pada belanja rapat Bagian Umum;", "num": 1},
        {"p": "Setiap bagian di Setda mengirim 15 orang pegawai berbaju koko/kebaya putih;", "num": 1},
        {"p": "Daftar hadir dan dokumentasi diserahkan kepada saya pada Senin pagi.", "num": 1},
    ] + sig("Kepala Bagian Umum,", "", "", "**YUSRI ANDIKA, S.STP., M.Si.**"))

add(63, False, [], [14],
    "Keputusan hukuman disiplin yang mengutip perbuatan terhukum (hadir kampanye, twibbon paslon); dokumen sanksi, patuh.",
    kop=kop("header", ["BUPATI HULU SUNGAI TENGGARA", "PROVINSI KALIMANTAN SELATAN"]),
    meta={"author": "BKPSDM HST", "created": "2025-01-14T02:00:00Z"},
    body=[
        {"p": "KEPUTUSAN BUPATI HULU SUNGAI TENGGARA", "align": "center", "bold": True, "after": 0},
        {"p": "NOMOR 800.1.6.4/12/BKPSDM/2025", "align": "center", "after": 0},
        {"p": "TENTANG\nPENJATUHAN HUKUMAN DISIPLIN TINGKAT SEDANG BERUPA PEMOTONGAN TUNJANGAN KINERJA", "align": "center", "bold": True},
        {"p": "Menimbang\t: a. bahwa berdasarkan Laporan Hasil Pemeriksaan Inspektorat Nomor 700/LHP-31/Itda/XII/2024, Sdr. H. Ramli Effendi, S.Pd., NIP 19750602 200012 1 004, Kepala SMP Negeri 3 Kandangan Hulu, terbukti{fn:1} menghadiri kampanye terbuka salah satu pasangan calon pada 9 November 2024 pada jam kerja, mengenakan kaos bergambar pasangan calon, serta memasang twibbon pasangan calon sebagai foto profil akun Facebook pribadinya;", "tabs": [[1800, "left"]], "hanging": 1800, "indent": 1800, "align": "both"},
        {"p": "\tb. bahwa perbuatan tersebut melanggar Pasal 5 huruf n Peraturan Pemerintah Nomor 94 Tahun 2021;", "tabs": [[1800, "left"]], "hanging": 1800, "indent": 1800, "align": "both"},
        {"p": "MEMUTUSKAN:", "align": "center", "bold": True},
        {"p": "KESATU\t: Menjatuhkan hukuman disiplin tingkat sedang berupa pemotongan tunjangan kinerja sebesar 25% selama 9 (sembilan) bulan kepada pegawai tersebut.", "tabs": [[1800, "left"]], "hanging": 1800, "indent": 1800, "align": "both"},
        {"p": "KEDUA\t: Keputusan ini disampaikan kepada yang bersangkutan untuk dilaksanakan dan dapat diajukan upaya administratif sesuai ketentuan.", "tabs": [[1800, "left"]], "hanging": 1800, "indent": 1800, "align": "both"},
    ] + sig("Ditetapkan di Kandangan Hulu", "pada tanggal 14 Januari 2025", "BUPATI HULU SUNGAI TENGGARA,", "", "", "**H. ABDUL LATIF**"),
    footnotes={"1": "Bukti berupa foto, tangkapan layar akun Facebook dan keterangan dua orang saksi sebagaimana tercantum dalam Berita Acara Pemeriksaan tanggal 18 Desember 2024."})

add(64, False, [], [14],
    "Surat perintah Satpol PP menurunkan baliho petahana di pagar kantor pemerintah, mengutip slogannya 'Lanjutkan Dua Periode Bang Hendra'; penertiban, patuh.",
    kop=kop("table", ["PEMERINTAH KOTA TANJUNG SERUAI", "SATUAN POLISI PAMONG PRAJA", "Jalan Engku Putri Nomor 11, Tanjung Seruai"], logo="SATPOL PP"),
    meta={"author": "Satpol PP", "created": "2024-10-02T01:00:00Z"},
    body=[
        {"p": "SURAT PERINTAH", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 300.1/274/Satpol-PP/2024", "align": "center"},
        {"p": "Dasar\t: 1. Peraturan KPU Nomor 13 Tahun 2024 tentang Kampanye Pemilihan;\n\t  2. Surat Bawaslu Kota Tanjung Seruai Nomor 112/PM.00.02/K.RI-07/10/2024 perihal penertiban APK.", "tabs": [[1400, "left"]]},
        {"p": "MEMERINTAHKAN", "align": "center", "bold": True},
        {"p": "Kepada\t: Regu Penegakan Perda I dan II", "tabs": [[1400, "left"]]},
        {"p": "Untuk\t: Menurunkan baliho berukuran 4x6 meter bertuliskan \"Lanjutkan Dua Periode Bang Hendra – Tanjung Seruai Gemilang\" yang terpasang di pagar Kantor Kecamatan Batu Ampar Hulu dan di depan Puskesmas Sekupang Baru, serta seluruh alat peraga pasangan calon mana pun yang terpasang di kantor pemerintah, sekolah dan fasilitas kesehatan, pada 3–5 Oktober 2024.", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400, "align": "both"},
        {"p": "\tBarang hasil penertiban dicatat dalam berita acara dan diserahkan kepada Bawaslu Kota.", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400},
    ] + sig("Tanjung Seruai, 2 Oktober 2024", "Kepala Satuan,", "", "", "**RAJA AZHAR, S.H., M.H.**"))

add(65, False, [], [14],
    "Surat edaran larangan pemakaian kendaraan dinas untuk kampanye dan kewajiban mengandangkan kendaraan di luar jam kerja; patuh.",
    kop=kop("body", ["PEMERINTAH KABUPATEN ROKAN TENGAH", "SEKRETARIAT DAERAH", "Jalan Tuanku Tambusai Nomor 1, Pasir Pengaraian Baru"]),
    engine="libreoffice",
    meta={"author": "Bagian Umum Setda", "created": "2024-09-24T02:00:00Z"},
    body=[
        {"p": "SURAT EDARAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 000.2.3/1140/Umum/2024", "align": "center", "after": 0},
        {"p": "tentang Penggunaan Kendaraan Dinas Selama Masa Kampanye Pemilihan Tahun 2024", "align": "center", "italic": True},
        {"p": "Yth. Kepala Perangkat Daerah, Camat dan Lurah se-Kabupaten Rokan Tengah", "before": 200},
        {"p": "Selama masa kampanye 25 September s.d. 23 November 2024, masa tenang dan hari pemungutan suara, diberlakukan ketentuan berikut:", "align": "both"},
        {"p": "kendaraan dinas operasional dan jabatan dilarang digunakan untuk menghadiri, mengangkut peserta atau logistik kampanye pasangan calon mana pun;", "num": 1, "align": "both"},
        {"p": "kendaraan dinas operasional wajib dikandangkan di kantor masing-masing di luar jam kerja dan pada hari libur;", "num": 1, "align": "both"},
        {"p": "kendaraan dinas tidak boleh ditempeli stiker atau atribut pasangan calon;", "num": 1, "align": "both"},
        {"p": "pelanggaran dilaporkan kepada Inspektorat dan Bawaslu Kabupaten.", "num": 1, "align": "both"},
        {"p": "Demikian untuk dipedomani dan dilaksanakan."},
    ] + sig("Sekretaris Daerah,", "", "", "**H. ZULFAHMI, S.H., M.Si.**"))

add(66, False, [], [14],
    "Nota dinas administrasi cuti kampanye bupati petahana: kendaraan jabatan dan ajudan ditarik, Plh ditunjuk; tidak ada dukungan, patuh.",
    kop=kop("header", ["PEMERINTAH KABUPATEN PASAMAN HULU", "SEKRETARIAT DAERAH", "Jalan Soekarno-Hatta Nomor 1, Lubuk Sikaping Hulu"]),
    meta={"author": "Asisten III", "created": "2024-09-23T04:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Kepala Bagian Umum; Kepala Bagian Prokopim"),
        F("Dari", "Sekretaris Daerah"),
        F("Hal", "Pelaksanaan Cuti Kampanye Bupati"),
        {"p": "Sehubungan dengan persetujuan cuti di luar tanggungan negara bagi Bupati Pasaman Hulu selama masa kampanye (25 September s.d. 23 November 2024) karena mencalonkan diri kembali, dan penunjukan Pelaksana Harian oleh Gubernur Sumatera Barat, diminta Saudara:", "before": 200, "align": "both"},
        {"p": "menarik kendaraan jabatan BA 1 PH dan kendaraan pengawal ke pool Setda mulai 25 September 2024;", "num": 1, "align": "both"},
        {"p": "menghentikan pendampingan ajudan, protokol dan fotografer Prokopim terhadap kegiatan pribadi Bupati selama cuti;", "num": 1, "align": "both"},
        {"p": "memastikan rumah dinas tidak digunakan untuk pertemuan kampanye;", "num": 1, "align": "both"},
        {"p": "mengalihkan agenda kedinasan kepada Plh. Bupati.", "num": 1},
    ] + sig("Sekretaris Daerah,", "", "", "**Ir. HENDRA YULIANTO, M.T.**"))

add(67, False, [], [14],
    "Surat jawaban menolak permohonan peminjaman gedung serbaguna milik pemda untuk deklarasi partai selama masa kampanye; patuh.",
    kop=kop("body", ["PEMERINTAH KABUPATEN BELITUNG SELATAN", "DINAS PEMUDA DAN OLAHRAGA", "Jalan Jenderal Sudirman Nomor 30, Manggar Selatan"]),
    meta={"author": "Dispora Belsel", "created": "2024-10-04T03:00:00Z"},
    body=[
        {"p": "Nomor\t: 000.2/233/Dispora/2024\nHal\t: Jawaban atas Permohonan Peminjaman Gedung", "tabs": [[1300, "left"]]},
        {"p": "Yth. Ketua DPC Partai Bintang Persatuan Kabupaten Belitung Selatan\ndi Manggar Selatan", "before": 200},
        {"p": "Menjawab surat Saudara Nomor 41/DPC-PBP/X/2024 tanggal 1 Oktober 2024 perihal permohonan peminjaman Gedung Serbaguna Tanjung Pandan Selatan untuk kegiatan deklarasi dukungan kepada pasangan calon, dengan ini kami sampaikan bahwa permohonan tersebut tidak dapat kami penuhi.", "align": "both"},
        {"p": "Selama masa kampanye, gedung milik pemerintah daerah yang dikelola Dispora hanya digunakan untuk kegiatan kedinasan, olahraga dan kemasyarakatan yang tidak bermuatan politik praktis, sesuai Surat Edaran Bupati tentang Netralitas ASN dan Penggunaan Aset Daerah.", "align": "both"},
        {"p": "Demikian disampaikan, atas pengertiannya diucapkan terima kasih."},
    ] + sig("Kepala Dinas,", "", "", "**HERMAN SYAH, S.Pd.**"))

add(68, False, [], [14],
    "Nota dinas fasilitasi gedung kepada KPU untuk debat publik resmi seluruh paslon berdasarkan permohonan KPU; penyelenggara, bukan paslon; patuh.",
    kop=kop("table", ["PEMERINTAH PROVINSI RIAU", "SEKRETARIAT DAERAH – BIRO UMUM", "Jalan Jenderal Sudirman Nomor 460, Pekanbaru"], logo="[lambang]"),
    meta={"author": "Biro Umum", "created": "2024-10-20T03:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Kepala Bagian Rumah Tangga"),
        F("Dari", "Kepala Biro Umum"),
        F("Hal", "Fasilitasi Gedung Daerah untuk Debat Publik KPU Provinsi"),
        {"p": "Menindaklanjuti surat KPU Provinsi Riau Nomor 1420/PL.02.4-SD/14/2024 tentang permohonan fasilitasi tempat Debat Publik Kedua Pasangan Calon Gubernur dan Wakil Gubernur, diminta Saudara menyiapkan Balai Serindit untuk penyelenggaraan oleh KPU pada 2 November 2024.", "before": 200, "align": "both"},
        {"p": "Fasilitasi hanya berupa ruangan, listrik dan kebersihan. Penataan panggung, undangan dan tata tertib debat sepenuhnya menjadi kewenangan KPU. Seluruh pasangan calon mendapat perlakuan yang sama sesuai ketentuan KPU.", "align": "both"},
        {"p": "Pegawai Biro Umum yang bertugas teknis tidak mengenakan atribut apa pun dan tidak ikut bertepuk tangan atau menyatakan dukungan selama acara.", "align": "both"},
    ] + sig("Kepala Biro Umum,", "", "", "**T. SYAHRIAL, S.Sos., M.Si.**"))

add(69, False, [], [14],
    "Notulen rapat desk Pilkada: pengamanan TPS, jadwal kampanye dari KPU, semua paslon diperlakukan sama, ASN dilarang hadir kampanye; patuh.",
    kop=kop("header", ["PEMERINTAH KABUPATEN KAPUAS SEBERANG", "BADAN KESATUAN BANGSA DAN POLITIK", "Jalan Rahadi Usman Nomor 9, Sungai Raya Hulu"]),
    meta={"author": "Desk Pilkada", "created": "2024-09-27T07:00:00Z"},
    body=[
        {"p": "NOTULEN RAPAT DESK PILKADA KABUPATEN KAPUAS SEBERANG", "align": "center", "bold": True},
        {"p": "Hari/tanggal: Jumat, 27 September 2024 | Tempat: Ruang Rapat Kesbangpol | Pimpinan: Asisten Pemerintahan"},
        {"p": "Peserta: KPU, Bawaslu, Polres, Kodim, Satpol PP, Dinas Kominfo, Dinas Perhubungan, Kesbangpol."},
        {"p": "**Pembahasan dan kesepakatan:**"},
        {"p": "Jadwal kampanye rapat umum ketiga pasangan calon mengikuti Keputusan KPU; Pemda tidak menerbitkan izin atau fasilitas tambahan kepada pasangan mana pun.", "num": 1, "align": "both"},
        {"p": "Polres dan Satpol PP menyiapkan pengamanan dengan jumlah personel yang sama untuk setiap rapat umum.", "num": 1, "align": "both"},
        {"p": "Dinas Kominfo hanya menyebarkan informasi tahapan dari KPU dan tidak mengunggah konten pasangan calon.", "num": 1, "align": "both"},
        {"p": "Kepala OPD kembali mengingatkan bahwa ASN dilarang menghadiri kampanye, berfoto dengan pasangan calon dan memberi dukungan di media sosial.", "num": 1, "align": "both"},
        {"p": "Rapat sepakat desk Pilkada melapor ke Pj. Bupati setiap minggu.", "num": 1, "align": "both"},
        {"p": "Notulis: Hendrikus Ajun, S.IP.", "before": 200},
    ])

add(70, False, [], [],
    "Umpan: pemilihan ketua OSIS dengan 'kampanye calon ketua', 'coblos', 'tim sukses', 'menang'; kegiatan sekolah, patuh.",
    kop=kop("table", ["PEMERINTAH PROVINSI BENGKULU", "DINAS PENDIDIKAN DAN KEBUDAYAAN", "SMA NEGERI 2 TANAH LINTANG", "Jalan Pendidikan Nomor 5, Manna Hulu"], logo="LOGO"),
    engine="libreoffice",
    meta={"author": "Kesiswaan", "created": "2024-08-12T02:00:00Z"},
    body=[
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
        {"p": "Jadwal Pemilihan Ketua OSIS Periode 2024/2025", "align": "center"},
        {"p": "Diberitahukan kepada seluruh siswa dan wali kelas bahwa pemilihan Ketua OSIS dilaksanakan dengan jadwal berikut:", "align": "both"},
        {"table": [["Tahapan", "Tanggal"], ["Pendaftaran calon ketua OSIS", "12–14 Agustus 2024"], ["Kampanye calon (poster di mading, orasi di lapangan upacara)", "19–23 Agustus 2024"], ["Debat kandidat", "24 Agustus 2024"], ["Pemungutan suara (coblos di bilik aula)", "26 Agustus 2024"]], "header_row": True},
        {"p": "Setiap calon boleh membentuk tim sukses paling banyak 5 siswa. Kampanye tidak boleh mengganggu jam pelajaran dan dilarang menjelekkan calon lain. Calon yang menang dilantik pada upacara 2 September 2024.", "before": 200, "align": "both"},
    ] + sig("Wakasek Kesiswaan,", "", "", "**Eka Putri Lestari, S.Pd.**"))

add(71, False, [], [],
    "Umpan: 'calon peserta' Latsar CPNS dan 'pilih salah satu jadwal' pelatihan; patuh.",
    meta={"author": "BKPSDM", "created": "2024-06-10T02:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "bold": True, "align": "center"},
        F("Kepada", "Yth. Kepala Perangkat Daerah"),
        F("Dari", "Kepala Bidang Pengembangan Kompetensi BKPSDM"),
        F("Hal", "Pendataan Calon Peserta Latsar CPNS Formasi 2023"),
        {"p": "Dalam rangka pelaksanaan Pelatihan Dasar CPNS Formasi 2023 bekerja sama dengan BPSDM Provinsi Kalimantan Barat, mohon Saudara mendata calon peserta dari unit kerja masing-masing.", "before": 200, "align": "both"},
        {"p": "Setiap calon peserta diminta memilih salah satu jadwal angkatan berikut dan mengisi formulir daring:", "align": "both"},
        {"p": "Angkatan I: 1 Juli – 20 Agustus 2024\nAngkatan II: 5 Agustus – 24 September 2024\nAngkatan III: 2 September – 22 Oktober 2024", "indent": 720},
        {"p": "Kuota tiap angkatan 40 orang. Pilihan jadwal yang melebihi kuota akan dialihkan ke angkatan berikutnya.", "align": "both"},
        {"p": "Kabid Bangkom,\n\n**Stefanus Ngadiman, S.Sos.**", "indent": 5200, "before": 240},
    ])

add(72, False, [], [],
    "Umpan media sosial non-politik: Diskominfo meminta pegawai like/share video lomba inovasi dan memasang twibbon Hari Jadi kabupaten.",
    kop=kop("header", ["PEMERINTAH KABUPATEN MAHAKAM HILIR", "DINAS KOMUNIKASI DAN INFORMATIKA", "Jalan Kartanegara Nomor 2, Tenggarong Seberang"]),
    meta={"author": "Diskominfo", "created": "2024-08-20T02:00:00Z"},
    body=[
        {"p": "SURAT EDARAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 400.14/612/Diskominfo/2024", "align": "center"},
        {"p": "Yth. Seluruh Kepala Perangkat Daerah", "before": 120},
        {"p": "Dalam rangka Hari Jadi ke-242 Kota Tenggarong Seberang dan penilaian Kompetisi Inovasi Pelayanan Publik (KIPP) tingkat nasional, dimohon kepada seluruh ASN:", "align": "both"},
        {"p": "menyukai (like) dan membagikan video inovasi \"SI-PEKAT Mahakam\" di kanal YouTube resmi Pemkab, karena jumlah penonton menjadi salah satu unsur penilaian;", "num": 1, "align": "both"},
        {"p": "memasang twibbon Hari Jadi ke-242 pada foto profil media sosial selama 20–30 September 2024 melalui {link:https://twibbonize.com/harijadimahakam242|tautan resmi Diskominfo};", "num": 1, "align": "both"},
        {"p": "mengikuti akun Instagram @mahakamhilirkab untuk informasi layanan publik.", "num": 1, "align": "both"},
        {"p": "Atas partisipasinya diucapkan terima kasih."},
    ] + sig("Kepala Dinas,", "", "", "**AJI SAPRUDDIN, S.Kom., M.M.**"))

add(73, False, [], [],
    "Umpan: 'satu partai' pupuk sebagai kiriman barang, 'calon penerima', 'menang' tender; dinas pertanian, patuh.",
    kop=kop("body", ["PEMERINTAH KABUPATEN HULU SUNGAI TENGGARA", "DINAS PERTANIAN", "Jalan Brigjen H. Hasan Basry Nomor 14, Kandangan Hulu"]),
    meta={"author": "Bidang PSP", "created": "2024-04-02T02:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Kepala Gudang Dinas Pertanian"),
        F("Dari", "Kepala Bidang Prasarana dan Sarana Pertanian"),
        F("Hal", "Penerimaan Pupuk Organik Cair Tahap I"),
        {"p": "CV Tani Jaya Makmur yang menang tender pengadaan pupuk organik cair Tahun Anggaran 2024 akan mengirimkan partai pertama sebanyak 4.000 liter pada Kamis, 4 April 2024.", "before": 200, "align": "both"},
        {"p": "Mohon Saudara memeriksa kesesuaian spesifikasi dan jumlah sebelum menandatangani berita acara penerimaan. Partai kedua (6.000 liter) dijadwalkan akhir April.", "align": "both"},
        {"p": "Pupuk akan disalurkan kepada calon penerima, yaitu kelompok tani yang telah diverifikasi dalam e-RDKK, setelah seluruh partai diterima.", "align": "both"},
    ] + sig("Kepala Bidang PSP,", "", "", "**Hj. NORLIANI, S.P.**"))

add(74, False, [], [],
    "Umpan: 'Tim Sukses Akreditasi' puskesmas dan 'target menang' penilaian; tidak ada politik.",
    meta={"author": "Puskesmas", "created": "2024-05-06T02:00:00Z"},
    body=[
        {"p": "Memo Kepala Puskesmas Sungai Ambawang Hulu", "bold": True},
        {"p": "Kepada seluruh pegawai,"},
        {"p": "Survei akreditasi puskesmas oleh LPA dijadwalkan 3–4 Juni 2024. Untuk itu saya bentuk Tim Sukses Akreditasi dengan susunan:", "align": "both"},
        {"p": "Ketua: dr. Maria Goreti\nSekretaris: Ns. Yuliana, S.Kep.\nPokja Admen: Agus Salim, S.K.M.\nPokja UKM: Fransiska Lia, A.Md.Keb.\nPokja UKP: drg. Hendra Wijaya", "indent": 720},
        {"p": "Tim rapat setiap Selasa sore. Target kita paripurna, jangan sampai kalah dari puskesmas tetangga yang tahun lalu menang lomba puskesmas berprestasi. Semangat!", "align": "both"},
        {"p": "dr. Benediktus Nyangun", "indent": 5200},
    ])

add(75, False, [], [],
    "Umpan: seleksi 'calon penerima' beasiswa dan 'calon siswa' dengan kriteria akademik dan ekonomi murni, tanpa muatan politik.",
    kop=kop("table", ["PEMERINTAH KABUPATEN GAYO LESTARI", "DINAS PENDIDIKAN", "Jalan Lebe Kader Nomor 4, Takengon Lestari"], logo="[logo]"),
    meta={"author": "Disdik Gayo", "created": "2024-07-01T02:00:00Z"},
    body=[
        {"p": "Nomor\t: 420/901/Disdik/2024\nHal\t: Usulan Calon Penerima Beasiswa Gayo Lestari Cerdas", "tabs": [[1300, "left"]]},
        {"p": "Yth. Kepala SMP dan SMA/SMK se-Kabupaten Gayo Lestari", "before": 200},
        {"p": "Dalam rangka penyaluran Beasiswa Gayo Lestari Cerdas Tahun 2024, kepala sekolah diminta mengusulkan calon penerima dengan kriteria:", "align": "both"},
        {"p": "rata-rata nilai rapor dua semester terakhir paling rendah 80,00;", "num": 1},
        {"p": "berasal dari keluarga penerima PKH, terdaftar dalam DTKS, atau memiliki surat keterangan tidak mampu dari keuchik;", "num": 1},
        {"p": "tidak sedang menerima beasiswa lain dari APBD.", "num": 1},
        {"p": "Seleksi dilakukan oleh tim verifikasi dinas secara terbuka; hasil diumumkan di laman resmi dinas. Usulan calon siswa baru penerima beasiswa afirmasi mengikuti jadwal PPDB.", "align": "both"},
    ] + sig("Kepala Dinas,", "", "", "**Drs. IRWAN SYAHPUTRA, M.Pd.**"))

add(76, False, [], [],
    "Umpan kelas 3: halalbihalal keluarga besar dinas (April 2024) tanpa calon atau muatan politik.",
    kop=kop("header", ["PEMERINTAH KABUPATEN ROKAN TENGAH", "DINAS KESEHATAN", "Jalan Diponegoro Nomor 30, Pasir Pengaraian Baru"]),
    meta={"author": "Dinkes Rokteng", "created": "2024-04-16T02:00:00Z"},
    body=[
        {"p": "UNDANGAN", "align": "center", "bold": True},
        {"p": "Yth. Seluruh Pegawai Dinas Kesehatan dan Kepala Puskesmas beserta keluarga"},
        {"p": "Dalam suasana Idulfitri 1445 H, kami mengundang Bapak/Ibu pada Halalbihalal Keluarga Besar Dinas Kesehatan Kabupaten Rokan Tengah:", "align": "both"},
        {"p": "Hari/tanggal\t: Sabtu, 20 April 2024\nPukul\t: 09.00 WIB\nTempat\t: Aula Dinas Kesehatan\nTausiah\t: Ustaz H. Abdul Somad Lubis, Lc.", "tabs": [[2000, "left"]], "indent": 720},
        {"p": "Acara diisi silaturahmi, saling bermaafan, tausiah dan ramah tamah. Iuran sukarela untuk konsumsi dikoordinasikan oleh Dharma Wanita Persatuan.", "align": "both"},
    ] + sig("Kepala Dinas,", "", "", "**dr. H. MUHAMMAD ARIF, M.Kes.**"))

add(77, False, [], [14],
    "Jalan sehat Hari Kesehatan/Hari Jadi dilepas bupati yang menjabat (Mei 2024, sebelum pencalonan), tanpa muatan kampanye; patuh.",
    kop=kop("table", ["PEMERINTAH KABUPATEN BULUNGAN HILIR", "DINAS KESEHATAN", "Jalan Katamso Nomor 7, Tanjung Selor Hilir"], logo="LOGO"),
    meta={"author": "Dinkes Bulungan Hilir", "created": "2024-05-13T02:00:00Z"},
    body=[
        {"p": "Nomor\t: 440/377/Dinkes/2024\nHal\t: Partisipasi Jalan Sehat Gerakan Masyarakat Hidup Sehat", "tabs": [[1300, "left"]]},
        {"p": "Yth. Kepala Puskesmas se-Kabupaten Bulungan Hilir", "before": 200},
        {"p": "Dalam rangka Gerakan Masyarakat Hidup Sehat (Germas) dan Hari Hipertensi Sedunia, akan dilaksanakan Jalan Sehat Germas yang dilepas oleh Bupati Bulungan Hilir, Bapak H. Aji Mursyid, pada Minggu, 19 Mei 2024 pukul 06.30 WITA di Lapangan Agatis.", "align": "both"},
        {"p": "Puskesmas diminta membuka pos pemeriksaan tekanan darah dan gula darah gratis di garis finis dan mengirim 10 petugas berseragam Germas.", "align": "both"},
        {"p": "Kegiatan ini murni program kesehatan; tidak diperkenankan membawa atribut selain atribut Germas.", "align": "both"},
    ] + sig("Kepala Dinas,", "", "", "**dr. RATNA SARI, M.Kes.**"))

add(78, False, [], [],
    "Umpan: pengumuman 'calon pemenang' dan 'pemenang' tender PUPR; tidak ada pemilihan.",
    kop=kop("body", ["PEMERINTAH KABUPATEN BARITO HILIR", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Jalan Tumenggung Surapati Nomor 12, Buntok Hilir"]),
    meta={"author": "Pokja Pemilihan", "created": "2024-03-21T02:00:00Z"},
    body=[
        {"p": "PENGUMUMAN PEMENANG", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 027/PK-04/Pokja-PUPR/III/2024", "align": "center"},
        {"p": "Pokja Pemilihan pada Bagian Pengadaan Barang/Jasa mengumumkan hasil evaluasi paket Rehabilitasi Jalan Buntok Hilir–Pararapak (kode tender 10928371) sebagai berikut:", "align": "both"},
        {"table": [["Urutan", "Nama Penyedia", "Harga Terkoreksi (Rp)", "Keterangan"], ["1", "PT Barito Karya Utama", "14.287.500.000", "Pemenang"], ["2", "CV Dayak Konstruksi", "14.610.000.000", "Cadangan I"], ["3", "PT Sungai Jaya Mandiri", "14.955.200.000", "Cadangan II"]], "header_row": True},
        {"p": "Calon pemenang telah lulus pembuktian kualifikasi. Peserta yang keberatan dapat mengajukan sanggah melalui SPSE dalam 5 hari kalender.", "before": 200, "align": "both"},
    ] + sig("Buntok Hilir, 21 Maret 2024", "Ketua Pokja,", "", "", "**Ir. GUSTI RAHMAN**"))

add(79, False, [], [14],
    "Laporan triwulan pengawasan netralitas Inspektorat Provinsi: tabel kasus yang mengutip pesan 'coblos no 2', pelantikan tim pemenangan, twibbon, beserta tindak lanjut; patuh.",
    kop=kop("table", ["PEMERINTAH PROVINSI KALIMANTAN BARAT", "INSPEKTORAT", "Jalan Ahmad Yani Nomor 3, Pontianak 78124"], logo="LOGO"),
    engine="libreoffice",
    meta={"author": "Irban Khusus", "created": "2024-12-20T02:00:00Z"},
    body=[
        {"p": "LAPORAN PENGAWASAN NETRALITAS ASN TRIWULAN IV TAHUN 2024", "align": "center", "bold": True},
        {"p": "Sampai dengan 15 Desember 2024, Inspektorat menerima 23 penerusan dugaan pelanggaran netralitas dari Bawaslu dan KASN/BKN. Rincian kasus yang telah selesai diperiksa:", "align": "both"},
        {"table": [["No", "Unit", "Uraian dugaan (sebagaimana laporan)", "Status"],
                   ["1", "Dinas X Kab. Sintang Hulu", "Kepala bidang mengirim pesan di grup kantor \"besok coblos no 2 ya, jangan lupa ajak keluarga\"", "Terbukti, rekomendasi hukuman sedang"],
                   ["2", "Kecamatan Y Kab. Kapuas Seberang", "Aula kantor camat dipakai untuk pelantikan tim pemenangan pasangan calon", "Terbukti, hukuman sedang kepada camat"],
                   ["3", "SMA Negeri Z", "Guru PPPK memasang twibbon pasangan calon di Facebook", "Terbukti, teguran tertulis"],
                   ["4", "RSUD W", "Dugaan pengerahan perawat pada kampanye akbar", "Tidak terbukti"]],
         "header_row": True, "widths": [500, 2400, 4300, 1800]},
        {"p": "Inspektorat merekomendasikan agar PPK segera menjatuhkan hukuman dan melaporkan tindak lanjut melalui aplikasi SIPANAS.", "before": 200, "align": "both"},
    ] + sig("Pontianak, 20 Desember 2024", "Inspektur Provinsi,", "", "", "**Dr. HERKULANUS ROMAN, M.Si.**"))

add(80, False, [], [14],
    "BKPSDM meneruskan rekomendasi Bawaslu yang mengutip dugaan ASN hadir deklarasi dukungan berkaos paslon, meminta atasan memeriksa; patuh.",
    kop=kop("header", ["PEMERINTAH KOTA MUARA BELIDA", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jalan Merdeka Nomor 1, Muara Belida"]),
    meta={"author": "BKPSDM", "created": "2024-10-28T03:00:00Z"},
    body=[
        {"p": "Nomor\t: 800.1.6/1882/BKPSDM/2024\nSifat\t: Segera/Rahasia\nHal\t: Penerusan Rekomendasi Bawaslu", "tabs": [[1300, "left"]]},
        {"p": "Yth. Kepala Dinas Perhubungan Kota Muara Belida", "before": 200},
        {"p": "Bersama ini kami teruskan Rekomendasi Bawaslu Kota Muara Belida Nomor 98/PP.00.02/K.SS-11/10/2024, yang pada pokoknya menyatakan terdapat 3 (tiga) pegawai Dinas Perhubungan yang diduga menghadiri \"Deklarasi Dukungan Komunitas Ojek Online\" pada 19 Oktober 2024 dengan mengenakan kaos bergambar salah satu pasangan calon.", "align": "both"},
        {"p": "Saudara selaku atasan langsung diminta membentuk tim pemeriksa bersama BKPSDM dan Inspektorat, memeriksa pegawai yang bersangkutan paling lambat 7 hari kerja, dan menyampaikan berita acara pemeriksaan kepada kami.", "align": "both"},
    ] + sig("Kepala BKPSDM,", "", "", "**Hj. MEUTHIA RAHMA, S.H., M.Si.**"))

add(81, False, [], [],
    "Sosialisasi pemilih pemula bersama KPU di sekolah, tanpa menyebut paslon, ajakan menggunakan hak pilih; logistik pemilu, patuh.",
    meta={"author": "Kesiswaan SMAN 1", "created": "2024-10-14T02:00:00Z"},
    body=[
        {"p": "PEMBERITAHUAN KEPADA ORANG TUA/WALI", "align": "center", "bold": True},
        {"p": "Yth. Orang tua/wali siswa kelas XII SMA Negeri 1 Banjar Seberang"},
        {"p": "Kami beritahukan bahwa pada Kamis, 17 Oktober 2024 pukul 08.00–10.00 WITA, KPU Kota Banjar Seberang akan melaksanakan Sosialisasi Pemilih Pemula di aula sekolah bagi siswa yang telah berusia 17 tahun.", "align": "both"},
        {"p": "Materi meliputi cara mengecek DPT, tata cara mencoblos di TPS dan menjaga pemilu bebas politik uang. Sekolah tidak mengundang pasangan calon atau tim kampanye mana pun.", "align": "both"},
        {"p": "Kami mengajak Bapak/Ibu mendorong putra-putri menggunakan hak pilihnya pada 27 November 2024 sesuai hati nurani.", "align": "both"},
        {"p": "Kepala Sekolah,\n\n**Drs. H. Fahrurrazi**", "indent": 5200, "before": 240},
    ])

add(82, False, [], [14],
    "Nota dinas BKPSDM memproses pemberhentian PNS yang mengundurkan diri karena 'yang bersangkutan maju sebagai calon'; administrasi, patuh (perangkap kelas 7).",
    kop=kop("body", ["PEMERINTAH KABUPATEN SINTANG HULU", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jalan Lintas Melawi Nomor 2, Sintang Hulu"]),
    meta={"author": "BKPSDM Sintang Hulu", "created": "2024-08-26T02:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Sekretaris Daerah"),
        F("Dari", "Kepala BKPSDM"),
        F("Hal", "Pemberhentian dengan Hormat atas Permintaan Sendiri"),
        {"p": "Sdr. Paulus Lejiu, S.Hut., M.Si., NIP 19710815 199803 1 005, Kepala Dinas Lingkungan Hidup, telah mengajukan pengunduran diri sebagai PNS karena yang bersangkutan maju sebagai calon Wakil Bupati Sintang Hulu pada Pemilihan 2024.", "before": 200, "align": "both"},
        {"p": "Sesuai Pasal 7 ayat (2) huruf t UU Nomor 10 Tahun 2016, pernyataan pengunduran diri beliau telah disampaikan kepada KPU. Kami mengusulkan: (1) penerbitan keputusan pemberhentian; (2) penunjukan Plt. Kepala Dinas Lingkungan Hidup; (3) penarikan kendaraan dinas dan laptop inventaris dari yang bersangkutan paling lambat 30 Agustus 2024.", "align": "both"},
        {"p": "Sejak tanggal pengunduran diri, yang bersangkutan tidak lagi diberi akses ke ruang kerja dan sistem informasi kepegawaian.", "align": "both"},
    ] + sig("Kepala BKPSDM,", "", "", "**ANDREAS BUNTING, S.Sos., M.AP.**"))

add(83, False, [], [],
    "Umpan kelas 3: nonton bareng timnas dan makan malam pegawai bersama kepala dinas, tanpa calon atau politik.",
    meta={"author": "Korpri unit", "created": "2024-12-27T09:00:00Z"},
    body=[
        {"p": "Pemberitahuan Pengurus KORPRI Unit Dinas PUPR", "bold": True},
        {"p": "Kawan-kawan pegawai,"},
        {"p": "Ahad malam 29 Desember kita nonton bareng final Piala AFF antara Indonesia dan Thailand di halaman belakang kantor, mulai pukul 19.00 WIB. Pak Kadis ikut bergabung dan menyumbang makan malam (nasi kebuli) untuk 120 orang.", "align": "both"},
        {"p": "Silakan bawa keluarga dan pakai kaos merah-putih. Layar dan proyektor disiapkan pengurus KORPRI, listrik dari meteran kantin. Semoga timnas menang!", "align": "both"},
        {"p": "Salam,\nKetua KORPRI Unit"},
    ])

add(84, False, [], [],
    "Umpan: 'kampanye' anti-narkoba dan 'deklarasi' sekolah bersih narkoba bersama BNNK; patuh.",
    kop=kop("header", ["PEMERINTAH KABUPATEN PASAMAN HULU", "DINAS PENDIDIKAN", "Jalan Prof. Hamka Nomor 3, Lubuk Sikaping Hulu"]),
    meta={"author": "Disdik Pasaman Hulu", "created": "2024-06-03T02:00:00Z"},
    body=[
        {"p": "Nomor\t: 421/744/Disdik/2024\nHal\t: Kampanye Anti-Narkoba dan Deklarasi Sekolah Bersinar", "tabs": [[1300, "left"]]},
        {"p": "Yth. Kepala SMP Negeri dan Swasta se-Kabupaten Pasaman Hulu", "before": 200},
        {"p": "Dalam rangka Hari Anti Narkotika Internasional 26 Juni 2024, Dinas Pendidikan bersama BNN Kabupaten Pasaman Hulu menyelenggarakan kampanye anti-narkoba di sekolah. Kepala sekolah diminta:", "align": "both"},
        {"p": "menyediakan satu jam pelajaran pada 17–21 Juni 2024 untuk penyuluhan oleh petugas BNNK;", "num": 1},
        {"p": "melaksanakan Deklarasi Sekolah Bersih Narkoba (Bersinar) yang dibacakan ketua OSIS dan disaksikan komite sekolah;", "num": 1},
        {"p": "memasang spanduk kampanye \"Hidup Sehat Tanpa Narkoba\" di gerbang sekolah;", "num": 1},
        {"p": "mengunggah dokumentasi dengan tagar #SekolahBersinar #HANI2024.", "num": 1},
    ] + sig("Kepala Dinas,", "", "", "**Dra. YUSNIDAR, M.Pd.**"))

add(85, False, [], [14],
    "Notulen rapat Satpol PP dan Bawaslu tentang jadwal penertiban APK semua paslon secara serentak dan sama; patuh.",
    meta={"author": "Satpol PP Tulang Bawang Hulu", "created": "2024-11-22T06:00:00Z"},
    body=[
        {"p": "NOTULEN RAPAT", "align": "center", "bold": True, "after": 0},
        {"p": "Persiapan Penertiban Alat Peraga Kampanye Menjelang Masa Tenang", "align": "center"},
        {"p": "Waktu: Jumat, 22 November 2024, 14.00 WIB | Tempat: Markas Satpol PP Kabupaten Tulang Bawang Hulu"},
        {"p": "Hadir: Bawaslu Kabupaten, KPU Kabupaten, Polres, Satpol PP, Dinas Perhubungan, LO Pasangan Calon Nomor Urut 1 dan 2."},
        {"p": "Hasil rapat:", "bold": True},
        {"p": "Penertiban APK dilaksanakan serentak pada 24 November 2024 pukul 00.01 WIB di 15 kecamatan.", "num": 1, "align": "both"},
        {"p": "Seluruh APK pasangan nomor urut 1 dan nomor urut 2 ditertibkan dengan perlakuan yang sama; LO dipersilakan menyaksikan.", "num": 1, "align": "both"},
        {"p": "APK hasil penertiban disimpan di gudang Satpol PP dan dapat diambil LO setelah 27 November 2024 dengan berita acara.", "num": 1, "align": "both"},
        {"p": "Dishub menyediakan 4 truk angkut; biaya dari DPA Satpol PP kegiatan penegakan perda.", "num": 1, "align": "both"},
        {"p": "Notulis: Made Wiratama", "before": 200},
    ])

add(86, False, [], [],
    "Umpan: 'Kampanye Gemar Makan Ikan' dengan TP-PKK dan 'calon pengantin'; program kesehatan, patuh.",
    kop=kop("body", ["PEMERINTAH KABUPATEN BULUNGAN HILIR", "DINAS KESEHATAN", "Jalan Katamso Nomor 7, Tanjung Selor Hilir"]),
    meta={"author": "Seksi Gizi", "created": "2024-08-05T02:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Kepala Puskesmas se-Kabupaten"),
        F("Dari", "Kepala Bidang Kesehatan Masyarakat"),
        F("Hal", "Kampanye Gemar Makan Ikan dan Pencegahan Stunting"),
        {"p": "Dalam rangka percepatan penurunan stunting, Dinas Kesehatan bersama Dinas Kelautan dan Perikanan serta TP-PKK menyelenggarakan Kampanye Gemarikan pada Agustus–September 2024.", "before": 200, "align": "both"},
        {"p": "Puskesmas menyasar ibu hamil, ibu balita dan calon pengantin dengan demo masak olahan ikan di posyandu, pemberian tablet tambah darah, dan penyuluhan gizi seimbang.", "align": "both"},
        {"p": "Laporan jumlah sasaran yang dijangkau dikirim melalui e-PPGBM paling lambat 5 Oktober 2024.", "align": "both"},
    ] + sig("Kepala Bidang Kesmas,", "", "", "**Ns. HALIMAH, S.Kep., M.Kes.**"))

add(87, False, [], [],
    "Logistik: RSUD mengatur TPS lokasi khusus bagi pasien dan pegawai yang menjadi KPPS, tanpa paslon; patuh.",
    kop=kop("table", ["PEMERINTAH KABUPATEN LAHAT ILIR", "RUMAH SAKIT UMUM DAERAH BESEMAH RAYA", "Jl. Mayor Ruslan Nomor 88, Tanjung Sakti Ilir"], logo="RSUD"),
    engine="libreoffice",
    meta={"author": "Bidang Pelayanan", "created": "2024-11-20T02:00:00Z"},
    body=[
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
        {"p": "Pelaksanaan Pemungutan Suara di Lingkungan RSUD, 27 November 2024", "align": "center"},
        {"p": "Berdasarkan koordinasi dengan PPS Kelurahan Besemah Hulu, disampaikan:", "align": "both"},
        {"p": "Pasien rawat inap dan keluarga penunggu yang telah mengurus formulir pindah memilih dapat memilih di TPS khusus 901 (lobi poliklinik) pukul 07.00–13.00 WIB; petugas KPPS mendatangi pasien tirah baring.", "num": 1, "align": "both"},
        {"p": "Pegawai yang bertugas jaga pada hari itu diberi izin bergantian untuk memilih di TPS domisili, diatur kepala ruangan.", "num": 1, "align": "both"},
        {"p": "Pegawai yang ditetapkan sebagai anggota KPPS menyerahkan salinan SK kepada Subbag Kepegawaian untuk pengaturan jadwal jaga.", "num": 1, "align": "both"},
        {"p": "Di lingkungan rumah sakit tidak diperkenankan ada atribut pasangan calon mana pun.", "num": 1, "align": "both"},
    ] + sig("Direktur,", "", "", "**dr. HERU PRASETYO, M.Kes.**"))

add(88, False, [], [],
    "Umpan: seleksi terbuka JPT dengan 'calon peserta', 'panitia seleksi', 'tim'; tidak ada pemilihan umum.",
    kop=kop("header", ["PEMERINTAH KABUPATEN BARITO HILIR", "PANITIA SELEKSI TERBUKA JABATAN PIMPINAN TINGGI PRATAMA", "Sekretariat: BKPSDM, Jalan Pahlawan Nomor 4, Buntok Hilir"]),
    meta={"author": "Pansel JPT", "created": "2024-02-26T02:00:00Z"},
    body=[
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 03/Pansel-JPT/II/2024", "align": "center"},
        {"p": "Panitia Seleksi mengumumkan calon peserta yang lulus seleksi administrasi untuk jabatan Kepala Dinas Pertanian dan Kepala Bappeda sebagaimana lampiran.", "align": "both"},
        {"p": "Calon peserta diminta mengikuti uji kompetensi (assessment) pada 4–5 Maret 2024 dan memilih salah satu sesi wawancara yang tersedia pada aplikasi seleksi. Peserta dengan nilai tertinggi akan diusulkan kepada Bupati sebagai tiga besar.", "align": "both"},
        {"p": "Keputusan Panitia Seleksi bersifat final dan tidak dapat diganggu gugat.", "align": "both"},
    ] + sig("Buntok Hilir, 26 Februari 2024", "Ketua Panitia Seleksi,", "", "", "**Dr. H. NORHADI, M.Si.**"))

add(89, False, [], [],
    "Umpan: pemilihan ketua RT difasilitasi kelurahan dengan 'calon ketua RT', 'kampanye', 'coblos', 'menang'; bukan pemilu/pilkada, patuh.",
    kop=kop("body", ["PEMERINTAH KOTA BANJAR SEBERANG", "KECAMATAN BANJAR SEBERANG TIMUR", "KELURAHAN PEKAPURAN HULU"]),
    meta={"author": "Kelurahan Pekapuran Hulu", "created": "2025-02-03T02:00:00Z"},
    body=[
        {"p": "PENGUMUMAN", "align": "center", "bold": True},
        {"p": "Kepada warga RT 014 Kelurahan Pekapuran Hulu", "after": 0},
        {"p": "Sehubungan berakhirnya masa bakti pengurus RT 014 periode 2022–2025, Kelurahan memfasilitasi pemilihan ketua RT baru dengan tahapan:", "align": "both"},
        {"p": "Pendaftaran calon ketua RT: 5–8 Februari 2025 di sekretariat RT;\nPerkenalan calon (kampanye) di musala Al-Ikhlas: 12 Februari 2025 ba'da isya;\nPencoblosan: Ahad, 16 Februari 2025 pukul 08.00–12.00 WITA di pos ronda.", "indent": 720},
        {"p": "Calon yang menang dengan suara terbanyak ditetapkan dengan Keputusan Lurah. Warga yang sudah berusia 17 tahun dan ber-KTP RT 014 berhak memilih.", "align": "both"},
    ] + sig("Lurah Pekapuran Hulu,", "", "", "**Muhammad Hafiz, S.STP.**"))

add(90, False, [], [14],
    "Notulen rapat Inspektorat tentang tindak lanjut temuan netralitas yang mengutip kasus twibbon dan pelantikan tim pemenangan; patuh.",
    kop=kop("header", ["PEMERINTAH PROVINSI SUMATERA BARAT", "INSPEKTORAT", "Jalan Jenderal Sudirman Nomor 47, Padang"]),
    meta={"author": "Itprov Sumbar", "created": "2025-01-09T06:00:00Z"},
    body=[
        {"p": "NOTULEN RAPAT EVALUASI TINDAK LANJUT PELANGGARAN NETRALITAS ASN", "align": "center", "bold": True},
        {"p": "Kamis, 9 Januari 2025 | Ruang Rapat Inspektur | Dipimpin Inspektur Pembantu Khusus"},
        {"p": "Inspektur Pembantu Khusus memaparkan 11 kasus di 4 kabupaten yang telah diperiksa, antara lain: (a) camat yang mengizinkan aula kantornya dipakai untuk pelantikan tim pemenangan pasangan calon; (b) guru yang mengganti foto profil dengan twibbon pasangan calon disertai tulisan \"menang satu putaran\"; (c) penyuluh yang membagikan kalender caleg di pertemuan kelompok tani.", "align": "both"},
        {"p": "Rapat menyepakati:", "after": 0},
        {"p": "menyurati bupati yang belum menjatuhkan hukuman disiplin dalam 14 hari;", "num": 1},
        {"p": "menyusun kertas kerja pencegahan untuk Pilkada berikutnya;", "num": 1},
        {"p": "mengusulkan pemuatan materi netralitas dalam Latsar CPNS.", "num": 1},
        {"p": "Notulis: Yessi Marlina, S.E.", "before": 200},
    ])

add(91, False, [], [14],
    "Keputusan bantuan keuangan partai politik berdasarkan perolehan suara untuk semua partai peraih kursi; umpan kata partai/bantuan, patuh.",
    kop=kop("table", ["PEMERINTAH KABUPATEN TAPIAN SUNGAI", "BADAN KESATUAN BANGSA DAN POLITIK", "Jalan Sisingamangaraja Nomor 30, Sipirok Baru"], logo="LOGO"),
    meta={"author": "Kesbangpol Tapsung", "created": "2024-07-15T02:00:00Z"},
    body=[
        {"p": "Nomor\t: 200.2/501/Kesbangpol/2024\nHal\t: Penyaluran Bantuan Keuangan Partai Politik Tahun 2024", "tabs": [[1300, "left"]]},
        {"p": "Yth. Ketua DPC/DPD Partai Politik Peraih Kursi DPRD Kabupaten Tapian Sungai Hasil Pemilu 2019", "before": 200},
        {"p": "Berdasarkan Peraturan Pemerintah Nomor 1 Tahun 2018 tentang Bantuan Keuangan kepada Partai Politik, bantuan keuangan Tahun 2024 diberikan sebesar Rp1.200,00 per suara sah kepada setiap partai politik peraih kursi secara proporsional, tanpa pembedaan.", "align": "both"},
        {"p": "Partai politik agar melengkapi proposal, laporan pertanggungjawaban tahun sebelumnya yang telah diaudit BPK, dan rekening atas nama partai paling lambat 31 Juli 2024. Bantuan diprioritaskan untuk pendidikan politik bagi anggota dan masyarakat.", "align": "both"},
    ] + sig("Kepala Badan,", "", "", "**Drs. BURHANUDDIN RITONGA**"))

add(92, False, [], [11, 14],
    "Pesan WA informal kasatpol (Melayu Riau) memerintahkan mencopot semua baliho di pagar kantor, termasuk baliho petahana bertuliskan 'Lanjutkan'; penertiban, patuh.",
    engine="libreoffice",
    meta={"author": "Kasatpol", "created": "2024-10-01T00:40:00Z"},
    body=[
        {"p": "Salinan perintah melalui grup \"REGU PENEGAKAN PERDA\" – 1 Oktober 2024 07.40", "italic": True, "size": 20},
        {"p": "Pagi kawan². Hari ni kite turun copot semue baliho & spanduk paslon yg terpasang di pagar kantor pemerintah, sekolah, puskesmas. Tak pandang bulu ye, termasuk baliho Pak Wako yg tulisan \"LANJUTKAN! Bang Hendra 2 Periode\" depan kantor lurah Sei Harapan Baru tu. Jgn ade yg pilih kasih, semue paslon same. Foto sebelum-sesudah, catat di berita acare, barang dibawa ke gudang markas. Kalau ade tim yg protes, suruh die ke Bawaslu. Tks."},
        {"p": "– Kasatpol PP Kota Tanjung Seruai", "italic": True},
    ])

add(93, False, [], [],
    "Umpan media sosial: 'pilih' finalis Duta Baca favorit dengan like di Instagram perpustakaan daerah; non-politik.",
    kop=kop("table", ["PEMERINTAH KABUPATEN BELITUNG SELATAN", "DINAS PERPUSTAKAAN DAN KEARSIPAN", "Jalan Kampit Raya Nomor 6, Manggar Selatan"], logo="[logo]"),
    meta={"author": "Dispusip", "created": "2024-09-02T02:00:00Z"},
    body=[
        {"p": "Nomor\t: 041/288/Dispusip/2024\nHal\t: Dukungan Pemilihan Duta Baca Favorit 2024", "tabs": [[1300, "left"]]},
        {"p": "Yth. Kepala Perangkat Daerah se-Kabupaten Belitung Selatan", "before": 200},
        {"p": "Pemilihan Duta Baca Kabupaten Belitung Selatan 2024 memasuki babak final dengan 10 finalis pelajar. Kategori Duta Baca Favorit ditentukan oleh jumlah suka (like) pada foto finalis di akun Instagram @dispusip.belsel.", "align": "both"},
        {"p": "Mohon dukungan Bapak/Ibu agar mengajak pegawai mengikuti akun tersebut dan memilih finalis favoritnya dengan menekan suka pada 2–9 September 2024. Finalis yang menang akan mewakili kabupaten ke tingkat provinsi.", "align": "both"},
    ] + sig("Kepala Dinas,", "", "", "**SRI MULYATI, S.Sos.**"))

add(94, False, [], [],
    "Umpan: 'Deklarasi Kampung Organik' dan 'Tim Sukses Swasembada' program pertanian, 'calon lokasi'; patuh.",
    kop=kop("header", ["PEMERINTAH KABUPATEN BUKIT SERAMPAS", "DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA", "Kompleks Perkantoran Bukit Tinggi Baru"]),
    meta={"author": "Distan Bukit Serampas", "created": "2024-03-11T02:00:00Z"},
    body=[
        {"p": "Nomor\t: 520/233/Distan/2024\nHal\t: Deklarasi Kampung Organik dan Pembentukan Tim Sukses Swasembada Beras", "tabs": [[1300, "left"]]},
        {"p": "Yth. Camat dan Koordinator BPP se-Kabupaten Bukit Serampas", "before": 200},
        {"p": "Menindaklanjuti program nasional pertanian organik, tiga desa calon lokasi Kampung Organik yang telah lolos verifikasi (Desa Rantau Ikil, Muara Siau Hulu dan Lubuk Napal) akan melaksanakan Deklarasi Kampung Organik pada 25 Maret 2024, dihadiri Kepala Dinas.", "align": "both"},
        {"p": "Di setiap kecamatan juga dibentuk Tim Sukses Swasembada Beras yang terdiri atas PPL, mantri tani dan ketua gapoktan, bertugas mengawal luas tanam dan provitas musim tanam gadu.", "align": "both"},
    ] + sig("Kepala Dinas,", "", "", "**Ir. JAMALUDDIN, M.P.**"))

add(95, False, [], [14],
    "Surat perintah Satpol PP membantu pengamanan rapat umum semua paslon atas permintaan Polres, berseragam, dilarang memakai atribut atau ikut yel-yel; tugas ketertiban, bukan peserta (kontras kelas 12).",
    kop=kop("body", ["PEMERINTAH KABUPATEN HULU SUNGAI TENGGARA", "SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN", "Jalan Jenderal Sudirman Nomor 2, Kandangan Hulu"]),
    meta={"author": "Satpol PP HST", "created": "2024-10-04T02:00:00Z"},
    body=[
        {"p": "SURAT PERINTAH", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 300/188/Satpol-PP.Damkar/2024", "align": "center"},
        {"p": "Dasar: Surat Kapolres Hulu Sungai Tenggara Nomor B/1021/X/2024 tentang permintaan bantuan personel pengamanan kampanye Pemilihan 2024, dan Rencana Pengamanan (Renpam) Operasi Mantap Praja.", "align": "both"},
        {"p": "MEMERINTAHKAN", "align": "center", "bold": True},
        {"p": "Kepada 30 personel Satpol PP (daftar terlampir) untuk membantu Polres dalam pengaturan ketertiban umum dan lalu lintas di sekitar lokasi rapat umum pasangan calon nomor urut 1, 2 dan 3 sesuai jadwal KPU, dengan ketentuan:", "align": "both"},
        {"p": "mengenakan PDL Satpol PP lengkap dan berada di bawah kendali operasi Polres;", "num": 1},
        {"p": "ditempatkan di luar area massa, pada titik parkir dan persimpangan;", "num": 1},
        {"p": "dilarang mengenakan atribut, berfoto, bertepuk tangan atau ikut yel-yel pasangan calon mana pun;", "num": 1},
        {"p": "kendaraan patroli digunakan hanya untuk patroli ketertiban, tidak mengangkut peserta atau logistik kampanye.", "num": 1},
    ] + sig("Kepala Satuan,", "", "", "**H. RUSMADI, S.Sos.**"))

add(96, False, [], [14],
    "Surat edaran tentang ASN yang anggota keluarganya menjadi calon: tetap dilarang ikut kampanye, memakai atribut, atau memberi fasilitas; patuh.",
    kop=kop("header", ["PEMERINTAH PROVINSI KALIMANTAN TENGAH", "BADAN KEPEGAWAIAN DAERAH", "Jalan Imam Bonjol Nomor 4, Palangka Raya"]),
    meta={"author": "BKD Kalteng", "created": "2024-09-12T02:00:00Z"},
    body=[
        {"p": "SURAT EDARAN KEPALA BADAN KEPEGAWAIAN DAERAH", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor 800.1.4/3310/BKD/2024", "align": "center"},
        {"p": "Yth. Kepala Perangkat Daerah Provinsi Kalimantan Tengah", "before": 200},
        {"p": "Sehubungan dengan adanya ASN yang suami/istri, orang tua atau saudara kandungnya ditetapkan sebagai calon pada Pemilihan 2024, ditegaskan bahwa hubungan keluarga tidak menghapus kewajiban netralitas. ASN tersebut:", "align": "both"},
        {"p": "tidak boleh hadir di panggung kampanye, deklarasi atau pelantikan tim pemenangan, termasuk mendampingi anggota keluarganya;", "num": 1, "align": "both"},
        {"p": "tidak boleh memakai atribut, mengunggah atau membagikan materi kampanye, maupun menjadi admin akun pemenangan;", "num": 1, "align": "both"},
        {"p": "tidak boleh meminjamkan kendaraan dinas, rumah dinas atau peralatan kantor;", "num": 1, "align": "both"},
        {"p": "tetap boleh menghadiri kegiatan keluarga yang tidak bermuatan kampanye dan menggunakan hak pilih.", "num": 1, "align": "both"},
        {"p": "Kepala Perangkat Daerah agar mendata ASN dimaksud dan menyampaikan surat pernyataan netralitas yang bersangkutan.", "align": "both"},
    ] + sig("Kepala BKD,", "", "", "**Drs. LEONARD S. AMPUNG, M.Si.**"))

add(97, False, [], [14],
    "Pinjam pakai gudang pemda kepada KPU untuk menyimpan logistik pemilihan; dukungan kepada penyelenggara, patuh.",
    kop=kop("table", ["PEMERINTAH KABUPATEN GAYO LESTARI", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "Jalan Qurata Aini Nomor 5, Takengon Lestari"], logo="LOGO"),
    meta={"author": "Bidang Aset", "created": "2024-09-30T02:00:00Z"},
    body=[
        {"p": "NOTA DINAS", "align": "center", "bold": True},
        F("Kepada", "Yth. Sekretaris Daerah"),
        F("Dari", "Kepala BPKAD"),
        F("Hal", "Usulan Pinjam Pakai Gudang Aset untuk Logistik KPU"),
        {"p": "KPU Kabupaten Gayo Lestari melalui surat Nomor 612/PL.02.1-SD/1117/2024 memohon dukungan fasilitas gudang untuk penyimpanan logistik pemilihan (surat suara, kotak dan bilik suara) periode 1 Oktober – 31 Desember 2024.", "before": 200, "align": "both"},
        {"p": "Kami mengusulkan Gudang Aset eks-Dinas Perhubungan di Blang Kolak dipinjampakaikan kepada KPU berdasarkan Permendagri 19 Tahun 2016, dengan perjanjian pinjam pakai dan berita acara serah terima. Pengamanan gudang menjadi tanggung jawab KPU bersama Polres.", "align": "both"},
        {"p": "Mohon persetujuan Bapak.", "align": "both"},
    ] + sig("Kepala BPKAD,", "", "", "**T. RIZAL FAHMI, S.E., M.Si.**"))

add(98, False, [], [],
    "Umpan kelas 9: notulen 'rapat sepakat memenangkan' lomba desa dan 'target nilai' per desa; bukan pemilihan.",
    kop=kop("header", ["PEMERINTAH KABUPATEN KAPUAS SEBERANG", "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA", "Jalan Rahadi Usman Nomor 15, Sungai Raya Hulu"]),
    meta={"author": "DPMD Kapuas Seberang", "created": "2024-05-20T06:00:00Z"},
    body=[
        {"p": "NOTULEN RAPAT PERSIAPAN LOMBA DESA TINGKAT PROVINSI 2024", "align": "center", "bold": True},
        {"p": "Senin, 20 Mei 2024 | Aula DPMD | Peserta: Kabid PMD, Camat Pinoh Seberang, Kepala Desa Sungai Ambawang Hulu, TP-PKK"},
        {"p": "Rapat sepakat memenangkan Lomba Desa dan Kelurahan tingkat Provinsi Kalimantan Barat tahun 2024 dengan mengandalkan inovasi bank sampah dan BUMDes ekowisata.", "num": 1, "align": "both"},
        {"p": "Disepakati target nilai minimal 85 pada aspek pemerintahan, ekonomi dan kemasyarakatan; tim desa memperbaiki profil desa dan papan data.", "num": 1, "align": "both"},
        {"p": "Diputuskan gladi penilaian dilaksanakan 10 Juni 2024 dengan tim juri internal kabupaten.", "num": 1, "align": "both"},
        {"p": "Notulis: Agustina Sari, S.IP.", "before": 200},
    ])

add(99, False, [], [14],
    "Surat edaran netralitas ASN dengan perubahan terlacak yang menambahkan larangan twibbon, like/share dan pose jari; patuh.",
    kop=kop("body", ["PEMERINTAH KOTA MUARA BELIDA", "SEKRETARIAT DAERAH", "Jalan Merdeka Nomor 1, Muara Belida"]),
    engine="libreoffice",
    meta={"author": "Bagian Organisasi", "created": "2024-09-18T02:00:00Z", "change_author": "Asisten Administrasi Umum", "modified": "2024-09-19T04:00:00Z"},
    body=[
        {"p": "SURAT EDARAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 800/2011/Org/2024 tentang Netralitas ASN pada Pemilihan Wali Kota dan Wakil Wali Kota Tahun 2024", "align": "center"},
        {"p": "Yth. Kepala Perangkat Daerah, Camat dan Lurah se-Kota Muara Belida", "before": 200},
        {"p": "Dalam rangka menjaga netralitas ASN, setiap ASN dilarang:", "align": "both"},
        {"p": "menjadi anggota tim kampanye, tim pemenangan atau relawan pasangan calon;", "num": 1},
        {"p": "menghadiri kampanye, deklarasi dan silaturahmi atau ramah tamah yang diadakan pasangan calon atau timnya;", "num": 1},
        {"p": "memasang, membagikan atau memakai alat peraga dan atribut pasangan calon;", "num": 1},
        {"p": "{ins:memasang twibbon, menyukai, mengomentari atau membagikan unggahan pasangan calon, serta berpose dengan simbol jari nomor urut;}", "num": 1},
        {"p": "menggunakan fasilitas, anggaran dan jam kerja untuk kepentingan pasangan calon{del: tertentu}.", "num": 1},
        {"p": "ASN yang mengetahui pelanggaran dapat melapor kepada Inspektorat atau Bawaslu Kota.", "align": "both"},
    ] + sig("a.n. Wali Kota Muara Belida", "Sekretaris Daerah,", "", "", "**Drs. H. SAMSUL HADI, M.M.**"))

add(100, False, [], [14],
    "Disposisi kepala dinas menolak undangan tim pemenangan ke pelantikan tim: 'tidak dihadiri, ASN dilarang', tidak ada logistik; patuh (perangkap kelas 6).",
    kop=kop("table", ["PEMERINTAH KABUPATEN TULANG BAWANG HULU", "DINAS KETAHANAN PANGAN", "Jalan Lintas Timur KM 36, Menggala Hulu"], logo="LOGO"),
    meta={"author": "TU DKP", "created": "2024-10-10T02:00:00Z"},
    body=[
        {"p": "LEMBAR DISPOSISI", "align": "center", "bold": True},
        {"table": [["Surat dari", "Tim Pemenangan Pasangan Nomor Urut 2 Kecamatan Menggala Hulu"],
                   ["Perihal", "Undangan Pelantikan Tim Pemenangan, Sabtu 12 Oktober 2024"],
                   ["Tgl diterima", "10 Oktober 2024"],
                   ["Disposisi Kepala Dinas", "Tidak dihadiri. ASN dilarang menghadiri pelantikan tim pemenangan pasangan calon mana pun. Tidak ada fasilitas kantor yang boleh dipinjamkan. Sekretaris: arsipkan dan sampaikan kepada seluruh pegawai sebagai pengingat."]],
         "widths": [2400, 6600]},
        {"p": "Paraf: ttd   Tgl: 10/10/2024", "before": 200},
    ])

# ===================================================================== build
if __name__ == "__main__":
    os.makedirs(SPECS, exist_ok=True)
    for f in os.listdir(SPECS):
        if f.endswith(".json"):
            os.remove(os.path.join(SPECS, f))
    labels = {}
    names = [m[0] for m in MEMOS]
    assert len(names) == len(set(names)), "duplicate"
    for name, spec, lab in MEMOS:
        with open(os.path.join(SPECS, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(MEMOS), "specs written")
