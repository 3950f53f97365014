#!/usr/bin/env python3
"""Batch b25: writes specs/b25_NNN.json and labels.json.

Every memo below is written by hand. The helpers only lay out standard naskah dinas
furniture (kop, nomor block, addressee block, signature, tembusan); all wording of the
memos themselves is individual.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "b25"
MEMOS = []  # (spec, label)

# --------------------------------------------------------------------------- furniture
TABS_NOMOR = [[1418, "left"], [1702, "left"]]


def kop(lines, placement="header", logo=None):
    k = {"placement": placement, "lines": lines}
    if logo:
        k["logo"] = logo
    return k


def nomor_block(rows, place_date=None):
    """rows: list of (label, value). Optional place/date line right-aligned above."""
    out = []
    if place_date:
        out.append({"p": place_date, "indent": 5670, "align": "left", "after": 120})
    for lab, val in rows:
        out.append({"p": "%s\t:\t%s" % (lab, val), "tabs": TABS_NOMOR, "indent": 1702,
                    "hanging": 1702, "after": 0, "align": "left"})
    out.append({"p": "", "after": 0})
    return out


def yth(lines, indent=5103):
    out = [{"p": "Yth.", "indent": indent, "after": 0, "align": "left"}]
    for ln in lines:
        out.append({"p": ln, "indent": indent, "after": 0, "align": "left"})
    out.append({"p": "", "after": 120})
    return out


def ttd(jabatan, nama, nip=None, place_date=None, indent=5103, an=None):
    out = [{"p": "", "after": 0}]
    if place_date:
        out.append({"p": place_date, "indent": indent, "after": 0, "align": "left"})
    if an:
        out.append({"p": an, "indent": indent, "after": 0, "align": "left"})
    out.append({"p": jabatan, "indent": indent, "after": 0, "align": "left"})
    for _ in range(3):
        out.append({"p": "", "indent": indent, "after": 0, "align": "left"})
    out.append({"p": "**__%s__**" % nama, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items):
    out = [{"p": "", "after": 0}, {"p": "Tembusan:", "after": 0, "align": "left", "size": 20}]
    for i, t in enumerate(items, 1):
        out.append({"p": "%d. %s" % (i, t), "after": 0, "align": "left", "size": 20})
    return out


def P(text, **kw):
    b = {"p": text, "first": 709}
    b.update(kw)
    return b


def title(text, nomor=None):
    out = [{"p": "__%s__" % text, "align": "center", "bold": True, "after": 0}]
    if nomor:
        out.append({"p": nomor, "align": "center", "after": 240})
    return out


def add(spec, violation, categories, classes, note):
    MEMOS.append((spec, {"violation": violation, "categories": categories,
                         "classes": classes, "note": note}))


# =========================================================================== batch 1
# 001 V -- Kantor Camat, Riau. Class 1 + 7. Nota dinas camat ke lurah/kades.
add({
    "font": "Bookman Old Style", "size": 23,
    "meta": {"title": "Nota Dinas Camat", "author": "Kasi Pemerintahan", "created": "2024-10-02T02:10:00Z",
             "modified": "2024-10-02T06:45:00Z", "last_modified_by": "Camat"},
    "kop": kop(["PEMERINTAH KABUPATEN KUANTAN HILIR", "KECAMATAN SUNGAI LEMPAI",
                "Jalan Datuk Bandar No. 14 Telp. (0765) 331207 Sungai Lempai 29566"]),
    "body": title("NOTA DINAS") + nomor_block([
        ("Kepada", "Lurah Lempai Jaya dan Kepala Desa se-Kecamatan Sungai Lempai"),
        ("Dari", "Camat Sungai Lempai"),
        ("Tanggal", "2 Oktober 2024"),
        ("Nomor", "100.3.4/412/Pem/X/2024"),
        ("Sifat", "Segera"),
        ("Hal", "Persiapan Musrenbang Desa dan Penguatan Partisipasi Warga"),
    ]) + [
        {"p": "", "border_bottom": True, "after": 120},
        P("Sehubungan dengan akan dimulainya tahapan Musrenbang Desa Tahun 2025, bersama ini kami sampaikan beberapa hal yang perlu menjadi perhatian Saudara."),
        P("Selama lima tahun terakhir Bapak H. Rusli Darwis bersama Ibu Hj. Nur Aisyah telah menuntaskan jalan poros Lempai–Teluk Sirih, membangun dua puskesmas pembantu dan menambah insentif guru mengaji. Capaian ini tidak boleh berhenti di tengah jalan. Oleh karena itu kami minta Saudara:"),
        {"p": "pada setiap pertemuan RT/RW, pengajian dan posyandu {del:mengajak warga memenangkan}{ins:menyampaikan kepada warga pentingnya} Bapak H. Rusli Darwis dan Ibu Hj. Nur Aisyah memimpin kembali Kuantan Hilir untuk periode berikutnya;", "num": 0},
        {"p": "menegaskan bahwa usulan Musrenbang yang sudah disepakati hanya dapat dilanjutkan apabila beliau berdua kembali dipercaya masyarakat pada 27 November 2024;", "num": 0},
        {"p": "mendata tokoh masyarakat, ketua kelompok tani dan ketua majelis taklim yang siap membantu menyosialisasikan keberhasilan beliau;", "num": 0},
        {"p": "melaporkan perkembangan di desa masing-masing kepada Kasi Pemerintahan setiap hari Jumat.", "num": 0},
        P("Kami yakin Saudara memahami maksud nota dinas ini dan dapat melaksanakannya dengan bijak tanpa perlu diumumkan secara terbuka."),
        P("Demikian untuk dilaksanakan."),
    ] + ttd("CAMAT SUNGAI LEMPAI,", "DRS. ZULKARNAIN EFFENDI, M.Si.", "NIP. 19710812 199703 1 004"),
}, True, ["endorsement", "letterhead-misuse"], [1, 7],
    "Camat meminta lurah/kades menyampaikan ke warga agar H. Rusli Darwis–Hj. Nur Aisyah (petahana, tanpa kata 'calon') 'memimpin kembali ... periode berikutnya'; selanjutnya hanya 'beliau'; kop di header")

# 002 C -- Kantor Camat, Jawa Tengah. Libur Pemilu, KPPS, gunakan hak pilih.
add({
    "font": "Arial", "size": 22,
    "meta": {"title": "Pengumuman Hari Pemungutan Suara", "author": "Sekcam", "created": "2024-02-07T01:30:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN TEGALSARI", "KECAMATAN WONOREJO KULON",
                "Jl. Raya Wonorejo No. 2, Tegalsari 52471 — Telp. (0283) 415562"], placement="body"),
    "body": [{"p": "", "after": 0}] + title("PENGUMUMAN", "Nomor: 800.1.6/097/2024") + [
        {"p": "TENTANG", "align": "center", "after": 0},
        {"p": "PELAKSANAAN TUGAS PEGAWAI PADA HARI PEMUNGUTAN SUARA PEMILU TAHUN 2024", "align": "center", "bold": True, "after": 240},
        P("Berkenaan dengan ditetapkannya hari Rabu, 14 Februari 2024 sebagai hari libur nasional untuk pemungutan suara Pemilihan Umum Presiden dan Wakil Presiden, DPR, DPD dan DPRD, dengan ini diumumkan kepada seluruh ASN dan non-ASN di lingkungan Kantor Kecamatan Wonorejo Kulon hal-hal sebagai berikut:"),
        {"p": "Kantor Kecamatan tutup pada tanggal 14 Februari 2024. Pelayanan kembali normal pada Kamis, 15 Februari 2024 pukul 07.30 WIB.", "num": 0},
        {"p": "Seluruh pegawai diimbau menggunakan hak pilihnya di TPS sesuai domisili yang tercantum dalam DPT dan datang sebelum pukul 13.00 WIB.", "num": 0},
        {"p": "Pegawai yang ditetapkan sebagai anggota KPPS, PPS atau Pengawas TPS agar menyerahkan fotokopi SK penetapannya ke Subbagian Umum paling lambat 9 Februari 2024. Yang bersangkutan diberikan dispensasi tidak masuk kerja pada 15 Februari 2024 apabila penghitungan suara di TPS berlangsung sampai dini hari.", "num": 0},
        {"p": "Pegawai yang akan mencoblos di luar domisili (pindah memilih) dan belum mengurus formulir A agar segera berkoordinasi dengan PPS kelurahan masing-masing.", "num": 0},
        {"p": "Petugas piket Seksi Pelayanan tetap siaga pada 12–13 Februari 2024 untuk melayani warga yang memerlukan surat keterangan domisili atau pengantar perekaman KTP-el bagi pemilih pemula.", "num": 0},
        P("Pegawai tetap menjaga netralitas sebelum, pada saat dan sesudah pemungutan suara, termasuk tidak mengunggah foto surat suara yang telah dicoblos."),
        P("Demikian pengumuman ini untuk diketahui dan dilaksanakan."),
    ] + ttd("Camat Wonorejo Kulon,", "SUPRIYANTO, S.STP., M.M.", "NIP. 19800415 200212 1 003",
            place_date="Wonorejo Kulon, 7 Februari 2024"),
}, False, [], [14],
    "Logistik hari pemungutan suara: libur, hak pilih, dispensasi KPPS, pindah memilih; netral")

# 003 V -- Puskesmas, Banten. WA broadcast tempel, kampanye akbar tanpa nama, pusling, twibbon.
add({
    "font": "Calibri", "size": 22,
    "meta": {"title": "memo internal", "author": "TU Puskesmas", "created": "2024-01-31T12:20:00Z"},
    "body": [
        {"p": "MEMO INTERNAL — PUSKESMAS CIBEUREUM HILIR", "bold": True, "align": "left", "after": 0},
        {"p": "Untuk: Seluruh pegawai (PNS, PPPK, BLUD)   |   Dari: Kasubag TU   |   31 Jan 2024", "align": "left", "size": 20, "border_bottom": True},
        P("Bersama ini kami teruskan pesan Ibu Kepala Puskesmas di grup WA \"KELUARGA BESAR PKM CBR\" tadi sore, untuk dicetak dan ditempel di ruang pendaftaran:", first=0),
        {"textbox": [
            {"p": "[31/1 16.42] Kapus Hj. Euis: Assalamualaikum bapak ibu 🙏 info penting yaa", "size": 20, "align": "left"},
            {"p": "Sabtu 3 Feb kita semua ikut {split:kampa|nye ak|bar} di lapang Stadion Ciberang. Kumpul di PKM jam 06.30, brgkt bareng pake mobil pusling sama ambulans (ambulans 1 tetep stanby di IGD ya). Pusling muat 12 org, sisanya nebeng mobil Pak Dede.", "size": 20, "align": "left"},
            {"p": "Kaos putih yg kmrn dibagiin dipake, jgn lupa topinya. Foto profil WA hari jumat-sabtu ganti pake twibbon kampanye yg sy share di bawah ini, nanti sy cek satu2 😊", "size": 20, "align": "left"},
            {"p": "Poli umum & KIA tutup jam 10, pasien diarahin balik senin. Yg ga bisa ikut japri sy lgsg, jgn cuma diem. Makasih semua 🙏🙏", "size": 20, "align": "left"},
        ], "width_cm": 15.5, "height_cm": 6.2},
        P("Menindaklanjuti pesan tersebut, TU menyiapkan daftar hadir keberangkatan (terlampir). Koordinator ruangan menyerahkan nama pegawai yang ikut paling lambat Jumat, 2 Februari 2024 pukul 12.00.", first=0),
        P("Pengemudi pusling (Sdr. Asep) agar mengisi BBM Jumat sore menggunakan kupon operasional.", first=0),
        {"p": "", "after": 0},
        {"p": "Kasubag TU,", "indent": 5103, "align": "left", "after": 480},
        {"p": "Neneng Rohaeni, A.Md.Keb.", "indent": 5103, "align": "left", "after": 0},
    ],
}, True, ["campaign-activity", "state-facility", "social-media"], [2, 6, 11, 12],
    "Pesan WA kapus yang ditempel di memo: seluruh pegawai wajib ikut kampanye akbar (kandidat tidak disebut), berangkat pakai pusling/ambulans, poli ditutup, foto profil twibbon kampanye; TU menyiapkan daftar hadir dan BBM")

# 004 C -- Inspektorat, Sulawesi Utara. LHP khusus yang mengutip pelanggaran.
add({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "LHP Khusus Netralitas", "author": "Irban III", "created": "2024-11-12T03:00:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN BOLAANG UTARA", "INSPEKTORAT DAERAH",
                "Jl. Trans Sulawesi Km. 3, Boroko Timur 95765, Telp. (0434) 22190"], placement="table", logo="[LOGO]"),
    "body": [{"p": "", "after": 0}] + title("LAPORAN HASIL PEMERIKSAAN KHUSUS", "Nomor: 700.1.2.2/LHP-K/17/Itda/XI/2024") + [
        {"p": "Dugaan Pelanggaran Netralitas ASN a.n. Sdr. R.P. (Kepala Seksi Ekonomi dan Pembangunan Kecamatan Pinogaluman Barat)", "align": "center", "italic": True, "after": 240},
        {"p": "**A. Dasar**", "align": "left"},
        P("Surat Bawaslu Kabupaten Bolaang Utara Nomor 061/PM.00.02/K.SA-07/X/2024 tentang penerusan pelanggaran hukum lainnya{fn:1} dan Surat Tugas Inspektur Nomor 700.1.2.2/ST/233/Itda/2024."),
        {"p": "**B. Uraian Fakta**", "align": "left"},
        P("Berdasarkan tangkapan layar yang diserahkan pelapor, pada 14 Oktober 2024 terperiksa mengirim pesan ke grup WhatsApp \"Pemuda Desa Tuntung Raya\" yang berbunyi: %%\"Mari torang kase menang Om Freddy deng Tante Lina, biar dorang bisa lanjut dua periode. Kalo butuh kaos, ambe di kita pe rumah.\"%% Pesan tersebut disertai gambar salah satu pasangan calon bupati dan wakil bupati."),
        P("Dalam permintaan keterangan tanggal 5 November 2024 terperiksa mengakui mengirim pesan tersebut menggunakan telepon genggam pribadi di luar jam kerja, dan menyatakan tidak mengetahui bahwa perbuatan tersebut termasuk pelanggaran."),
        {"table": [
            ["No", "Fakta", "Bukti", "Ketentuan"],
            ["1", "Ajakan memilih salah satu pasangan calon di grup WA", "Tangkapan layar, BAPK", "Pasal 5 huruf n angka 5 PP 94/2021"],
            ["2", "Menawarkan kaos bergambar pasangan calon", "Tangkapan layar", "SKB Netralitas ASN 2022, Lampiran huruf B"],
        ], "widths": [600, 3600, 2200, 2670], "header_row": True},
        {"p": "", "after": 0},
        {"p": "**C. Simpulan**", "align": "left"},
        P("Terperiksa terbukti melakukan pelanggaran netralitas ASN berupa ajakan dan pemberian dukungan kepada pasangan calon melalui media sosial."),
        {"p": "**D. Rekomendasi**", "align": "left"},
        {"p": "Kepada Bupati selaku PPK agar menjatuhkan hukuman disiplin sedang kepada terperiksa sesuai PP Nomor 94 Tahun 2021.", "num": 0},
        {"p": "Kepada Camat Pinogaluman Barat agar melakukan pembinaan netralitas kepada seluruh pegawai kecamatan.", "num": 0},
        {"p": "Menyampaikan hasil ini kepada Bawaslu Kabupaten dan BKN Kantor Regional XI Manado.", "num": 0},
    ] + ttd("Inspektur Daerah,", "Ir. JOHANIS F. WUNTU, M.Si.", "NIP. 19690321 199503 1 002",
            place_date="Boroko Timur, 12 November 2024"),
    "footnotes": {"1": "Penerusan dilakukan karena dugaan pelanggaran netralitas ASN bukan merupakan tindak pidana pemilihan, sehingga ditangani oleh instansi pembina."},
}, False, [], [14],
    "LHP Inspektorat yang mengutip ajakan 'kase menang ... lanjut dua periode' sebagai fakta pelanggaran; rekomendasi sanksi")

# 005 C -- Puskesmas, Sulawesi Tengah. WA broadcast: kampanye imunisasi, deklarasi STBM, tim sukses program.
add({
    "font": "Calibri", "size": 22,
    "meta": {"title": "info kader", "author": "Promkes PKM", "created": "2024-07-18T23:50:00Z"},
    "body": [
        {"p": "Puskesmas Lembah Bulili – Kab. Tojo Lore", "bold": True, "align": "left", "after": 0},
        {"p": "Catatan Promkes: teks di bawah disalin dari broadcast grup WA \"Kader Posyandu Se-Lembah\" supaya bisa diarsipkan.", "italic": True, "align": "left", "size": 20},
        {"p": "", "after": 0},
        {"p": "*INFO UNTUK KADER & BIDAN DESA* 📢", "align": "left"},
        {"p": "Selamat pagi semua 🙏 mulai Senin 22 Juli kita mulai *kampanye imunisasi polio putaran 2*. Sasaran anak 0–7 tahun, tidak peduli sudah imunisasi lengkap atau belum, tetap dikasih tetes ya.", "align": "left"},
        {"p": "Tiap desa silakan *pilih salah satu jadwal*: Senin pagi, Rabu pagi atau Sabtu pagi. Kirim pilihan ke sy paling lambat Jumat.", "align": "left"},
        {"p": "Desa Sintuwu & Desa Watutau sudah siap *deklarasi Stop BAB Sembarangan (ODF)* tgl 29 Juli di balai desa. Pak Camat dan Kadinkes rencana hadir. Kader dimohon bantu dukungan konsumsi (snack saja, ada anggaran BOK).", "align": "left"},
        {"p": "Buat yg kemarin tanya: *tim sukses* program Posyandu Aktif itu artinya kader + bidan + perangkat desa yg ditunjuk di SK Kades, bukan tim lain2 ya 😄", "align": "left"},
        {"p": "Mohon TIDAK bawa atribut apa pun selain rompi kader. Lokasi posyandu jangan dipakai tempel stiker, baliho atau spanduk selain materi kesehatan. Makasih banyak 💚", "align": "left"},
        {"p": "— Nurhayati, SKM (Promkes)", "align": "left"},
        {"p": "", "after": 0},
        {"textbox": [
            {"p": "AYO IMUNISASI!", "bold": True, "align": "center", "size": 28},
            {"p": "Dua tetes polio, anak sehat, desa kuat.", "align": "center"},
        ], "width_cm": 9, "height_cm": 2.2},
    ],
}, False, [], [14, 11],
    "Umpan: 'kampanye imunisasi', 'pilih salah satu jadwal', 'deklarasi Stop BABS', 'dukungan konsumsi', 'tim sukses program'; informal WA")

# 006 V -- Dinas Ketahanan Pangan, Kalimantan Selatan. Bantuan CPPD diserahkan bersama tim, KTP ke posko. LibreOffice.
add({
    "engine": "libreoffice",
    "font": "Tahoma", "size": 22,
    "meta": {"title": "Nota Dinas Penyaluran CPPD", "author": "Bid. Distribusi", "created": "2024-10-15T01:00:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN BATANG ALAI", "DINAS KETAHANAN PANGAN",
                "Jl. A. Yani Km. 2,5 Barabai Hilir 71311 – Pos-el: dkp@batangalai.go.id"], placement="table", logo="LOGO"),
    "body": [{"p": "", "after": 0}] + title("NOTA DINAS") + nomor_block([
        ("Yth.", "Kepala Bidang Distribusi dan Cadangan Pangan"),
        ("Dari", "Kepala Dinas Ketahanan Pangan"),
        ("Nomor", "500.7.4/388/DKP/2024"),
        ("Tanggal", "15 Oktober 2024"),
        ("Hal", "Penyaluran Cadangan Pangan Pemerintah Daerah Tahap III"),
    ]) + [
        P("Menindaklanjuti arahan pimpinan, penyaluran CPPD tahap III bagi keluarga rawan pangan di Kecamatan Haruyan dan Kecamatan Pandawan agar dilaksanakan dengan ketentuan berikut:"),
        {"p": "Beras 10 kg per KPM dikemas ulang dalam karung oranye bergambar padi dan tulisan \"Bersama Abah Syamsul\" yang telah dikirim oleh tim pemenangan H. Syamsul Bahri ke gudang kita. Karung bawaan Bulog tidak digunakan.", "num": 0},
        {"p": "Jadwal penyerahan di empat desa disesuaikan dengan agenda kampanye dialogis beliau (jadwal dari tim terlampir). Petugas distribusi hadir di lokasi 30 menit sebelum beliau tiba dan ikut dalam penyambutan.", "num": 0},
        {"p": "Penerima diprioritaskan yang namanya ada di daftar relawan desa yang dikirim tim. Kuota sisa baru diberikan kepada KPM lain.", "num": 0},
        {"p": "Petugas mengumpulkan fotokopi KTP setiap penerima, lalu menyerahkan rekapnya ke posko pemenangan di Jl. Hasan Basry, bukan ke bidang.", "num": 0},
        {"p": "Truk dinas KH 8127 DA dan dua mobil pikap bidang digunakan untuk pengangkutan; BBM dibebankan pada DPA kegiatan distribusi pangan.", "num": 0},
        P("Dokumentasi serah terima cukup foto beliau bersama penerima; tidak perlu dipublikasikan di akun resmi dinas."),
        P("Demikian untuk dilaksanakan dengan penuh tanggung jawab."),
    ] + ttd("Kepala Dinas,", "H. MUHAMMAD ARSYAD, S.P., M.M.", "NIP. 19740607 199903 1 006"),
}, True, ["state-facility", "inducement", "campaign-activity", "letterhead-misuse"], [13, 8, 3, 7],
    "CPPD (APBD) dikemas karung 'Bersama Abah Syamsul' dari tim pemenangan, diserahkan pada kampanye dialogis beliau, prioritas relawan, KTP penerima ke posko, truk dinas; kop tabel")

# 007 V -- Korwil Pendidikan, NTT. Notulen: target suara per sekolah, KTP orang tua, ancaman SK honor.
add({
    "font": "Arial", "size": 21,
    "meta": {"title": "Notulen Rapat KS", "author": "Korwil", "created": "2024-10-21T07:40:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN LEMBOR RAYA", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                "KOORDINATOR WILAYAH PENDIDIKAN KECAMATAN WOLOMERI", "Jl. Nangapanda No. 7 Wolomeri"], placement="body"),
    "body": [{"p": "", "border_bottom": True, "after": 120}] + title("NOTULEN RAPAT KEPALA SEKOLAH SD/SMP SE-KECAMATAN WOLOMERI") + [
        {"table": [
            ["Hari/Tanggal", ": Sabtu, 19 Oktober 2024"],
            ["Waktu", ": 09.00 – 12.15 WITA"],
            ["Tempat", ": Aula SDI Wolomeri 1"],
            ["Pimpinan rapat", ": Korwil, Bapak Kornelis Bata, S.Pd."],
            ["Peserta", ": 23 kepala sekolah (daftar hadir terlampir)"],
        ], "widths": [2200, 6870], "borders": False},
        {"p": "", "after": 0},
        {"p": "**Pembahasan**", "align": "left"},
        P("Korwil menyampaikan bahwa Bapak Yosef Lamak dan Ibu Maria Goreti Nona (nomor urut 2) adalah pihak yang selama ini memperjuangkan tunjangan guru daerah terpencil, sehingga sekolah-sekolah di Wolomeri wajib 'tahu balas budi'. Beberapa kepala sekolah mengusulkan agar target tidak terlalu tinggi karena banyak orang tua murid berasal dari kampung pendukung pasangan lain."),
        {"p": "**Keputusan rapat**", "align": "left"},
        {"p": "Disepakati setiap sekolah menargetkan minimal 80% suara guru, tenaga kependidikan dan orang tua murid untuk pasangan nomor urut 2 di TPS sekitar sekolah.", "num": 0},
        {"p": "Kepala sekolah mengumpulkan fotokopi KTP dan KK orang tua murid yang sudah menyatakan dukungan, diserahkan ke Korwil paling lambat 5 November 2024.", "num": 0},
        {"p": "Guru honor komite yang tidak ikut mendukung tidak diusulkan perpanjangan SK honor tahun 2025.", "num": 0},
        {"p": "Rapat pertemuan orang tua (paguyuban kelas) bulan November digunakan untuk menyampaikan program pasangan nomor urut 2.", "num": 0},
        {"table": [
            ["No", "Gugus", "Jumlah sekolah", "Target suara (orang)", "Penanggung jawab"],
            ["1", "Gugus I Wolomeri", "8", "640", "Kepala SDI Wolomeri 1"],
            ["2", "Gugus II Nuabosi", "7", "515", "Kepala SDK Nuabosi"],
            ["3", "Gugus III Ratewati", "8", "590", "Kepala SMPN 2 Wolomeri"],
        ], "widths": [600, 2300, 1600, 2200, 2370], "header_row": True},
        {"p": "", "after": 0},
        P("Rapat ditutup pukul 12.15 dengan doa."),
        {"table": [
            [["Notulis,", "", "", "**Agnes Dhiu, S.Pd.**"], ["Pimpinan Rapat,", "", "", "**Kornelis Bata, S.Pd.**", "NIP. 19760505 200003 1 011"]],
        ], "widths": [4535, 4535], "borders": False},
    ],
}, True, ["endorsement", "inducement", "letterhead-misuse"], [9, 8],
    "Notulen korwil: disepakati target 80% suara untuk pasangan nomor urut 2, kumpulkan KTP/KK orang tua pendukung, ancaman SK honor tidak diperpanjang; kop di baris awal badan")

# 008 C -- Surat Edaran Bupati netralitas, Kalimantan Timur.
add({
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "SE Netralitas ASN Pilkada 2024", "author": "BKPSDM", "created": "2024-09-02T01:00:00Z"},
    "kop": kop(["BUPATI MAHAKAM HILIR", "PROVINSI KALIMANTAN TIMUR"]),
    "footer": [{"p": "SE Netralitas ASN Pilkada 2024 — disebarluaskan melalui BKPSDM dan perangkat daerah", "size": 16, "align": "center"}],
    "body": [{"p": "", "after": 0}] + yth(["1. Sekretaris Daerah;", "2. Kepala Perangkat Daerah;", "3. Camat dan Lurah;", "4. Kepala Sekolah dan Kepala Puskesmas", "se-Kabupaten Mahakam Hilir"], indent=4536) + title("SURAT EDARAN", "NOMOR 100.3.4/1127/BKPSDM/2024") + [
        {"p": "TENTANG", "align": "center", "after": 0},
        {"p": "NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN GUBERNUR, BUPATI DAN WALI KOTA TAHUN 2024", "align": "center", "bold": True, "after": 240},
        P("Dalam rangka menjaga netralitas ASN pada Pemilihan Serentak 27 November 2024, dan berpedoman pada Undang-Undang Nomor 20 Tahun 2023 tentang ASN, Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS, serta Keputusan Bersama tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN, dengan ini ditegaskan bahwa setiap ASN dilarang:"),
        {"p": "memasang spanduk, baliho, stiker atau alat peraga lainnya terkait bakal calon atau pasangan calon;", "num": 0},
        {"p": "melakukan sosialisasi atau kampanye di media sosial, termasuk membuat unggahan, mengomentari, membagikan, menyukai, dan bergabung atau mengikuti akun/grup pemenangan pasangan calon;", "num": 0},
        {"p": "menghadiri deklarasi, kampanye atau kegiatan pasangan calon, serta menjadi anggota tim kampanye atau relawan;", "num": 0},
        {"p": "mengenakan atribut pasangan calon atau partai politik dan berfoto dengan gestur yang menunjukkan keberpihakan;", "num": 0},
        {"p": "menggunakan kendaraan dinas, gedung kantor, anggaran, peralatan atau jam kerja untuk kepentingan pasangan calon;", "num": 0},
        {"p": "membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon selama masa kampanye;", "num": 0},
        {"p": "memberikan atau menjanjikan uang, barang, bantuan sosial atau jabatan kepada pegawai maupun masyarakat untuk mendukung pasangan calon;", "num": 0},
        {"p": "mengumpulkan fotokopi KTP atau surat dukungan bagi bakal calon perseorangan maupun pasangan calon.", "num": 0},
        P("Kepala perangkat daerah wajib mengawasi pelaksanaan Surat Edaran ini dan melaporkan dugaan pelanggaran kepada Inspektorat Daerah dan BKPSDM. Pelanggaran akan dikenai hukuman disiplin sesuai ketentuan peraturan perundang-undangan."),
        P("ASN tetap memiliki hak pilih dan dianjurkan menggunakannya pada hari pemungutan suara."),
    ] + ttd("BUPATI MAHAKAM HILIR,", "H. ABDUL RAHMAN SALEH", None, place_date="Ditetapkan di Tenggarong Hilir\npada tanggal 2 September 2024", indent=4536),
}, False, [], [14],
    "SE netralitas yang mendaftar seluruh larangan (APK, medsos like/share/follow, deklarasi, atribut, fasilitas, keputusan, pemberian, KTP)")

# 009 V -- Sekretariat DPRD, Sulawesi Tenggara. Surat perintah: ruang paripurna & mobil dinas untuk pelantikan tim pemenangan partai.
add({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Sprint Bagian Umum", "author": "Bag. Umum Setwan", "created": "2024-01-09T02:00:00Z"},
    "kop": kop(["SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", "KABUPATEN KONAWE PESISIR",
                "Jl. Poros Lasolo No. 1, Lapulu Baru 93352"], placement="body"),
    "body": [{"p": "", "border_bottom": True, "after": 120}] + title("SURAT PERINTAH TUGAS", "Nomor: 094/021/Setwan/I/2024") + [
        {"p": "Dasar\t:\tPermintaan Ketua Fraksi Partai Bintang Nusantara tanggal 8 Januari 2024 perihal Pelantikan Tim Pemenangan Calon Anggota DPRD Dapil 1–4.", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702, "align": "left"},
        {"p": "MEMERINTAHKAN", "align": "center", "bold": True},
        {"p": "Kepada\t:\tNama-nama sebagaimana tabel di bawah.", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702, "align": "left"},
        {"p": "Untuk\t:\tMelaksanakan persiapan dan pelayanan kegiatan pada Sabtu, 13 Januari 2024 di Ruang Rapat Paripurna DPRD.", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702, "align": "left"},
        {"table": [
            ["No", "Nama / NIP", "Tugas"],
            ["1", "La Ode Muhammad Ridwan / 19780304 200604 1 009", "Penataan ruang paripurna, backdrop dan sound system sekretariat; Jumat 12 Jan mulai pukul 13.00"],
            ["2", "Wa Ode Sitti Hasnia / 19860917 201001 2 004", "Meja registrasi, daftar hadir dan pembagian rompi tim"],
            ["3", "Andi Rahmat Hidayat / 19900122 201503 1 002", "Koordinator kendaraan: Innova DT 1045 KP, Hilux DT 8021 KP dan bus sekretariat menjemput peserta dari Kec. Lasolo dan Sawa"],
            ["4", "Sitti Marlina / 19821111 200901 2 006", "Konsumsi 350 kotak, dibebankan pada kegiatan rapat-rapat alat kelengkapan dewan"],
        ], "widths": [600, 3700, 4770], "header_row": True},
        {"p": "", "after": 0},
        P("Seluruh petugas mengenakan kemeja putih dan hadir sampai acara selesai. Persiapan pada Jumat dilakukan dalam jam kerja; absen sore diisi oleh Kasubag Umum."),
        P("Surat perintah ini tidak perlu diteruskan ke luar Sekretariat."),
    ] + ttd("Sekretaris DPRD,", "Drs. H. LA ODE SAFRUDDIN, M.Si.", "NIP. 19680808 199403 1 012",
            place_date="Lapulu Baru, 9 Januari 2024"),
}, True, ["state-facility", "campaign-activity", "letterhead-misuse"], [2, 6, 12],
    "Sprint Setwan: pelantikan tim pemenangan caleg partai di ruang paripurna, sound system, 3 kendaraan dinas, konsumsi dari anggaran, staf bertugas pada jam kerja; kop di badan")

# 010 C -- SMA Negeri, DIY. Umpan: calon peserta didik, pilih jadwal, pemilihan OSIS, kampanye anti-perundungan.
add({
    "font": "Arial", "size": 22,
    "meta": {"title": "Surat untuk Orang Tua", "author": "Humas SMA", "created": "2024-01-19T04:00:00Z"},
    "kop": kop(["PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA", "DINAS PENDIDIKAN, PEMUDA, DAN OLAHRAGA",
                "SMA NEGERI 3 GUNUNGSARI", "Jl. Wonosari Km. 14, Gunungsari, Telp. (0274) 390118"]),
    "body": nomor_block([
        ("Nomor", "400.3/059/SMA3/2024"),
        ("Lampiran", "1 lembar"),
        ("Hal", "Kegiatan Siswa Semester Genap"),
    ], place_date="Gunungsari, 19 Januari 2024") + yth(["Bapak/Ibu Orang Tua/Wali Peserta Didik", "Kelas X dan XI", "di tempat"], indent=0) + [
        P("Dengan hormat, bersama ini kami sampaikan rencana kegiatan peserta didik pada semester genap Tahun Pelajaran 2023/2024:"),
        {"p": "**Pemilihan Ketua OSIS** dilaksanakan Selasa, 6 Februari 2024. Kampanye calon ketua OSIS hanya boleh di lingkungan sekolah pada 29 Januari–2 Februari dan tidak boleh membawa nama atau lambang partai politik. Siswa mencoblos di bilik suara kelas yang disiapkan MPK.", "num": 0},
        {"p": "**Kampanye anti-perundungan** \"Sekolahku Ramah\" bersama Polsek dan psikolog puskesmas setiap Jumat pekan ketiga.", "num": 0},
        {"p": "**Pembekalan calon peserta** Olimpiade Sains Nasional tingkat kabupaten. Orang tua dimohon memilih salah satu jadwal bimbingan tambahan (Senin/Kamis sore atau Sabtu pagi) melalui formulir terlampir.", "num": 0},
        {"p": "**Libur 14 Februari 2024.** Sekolah libur karena hari pemungutan suara Pemilu. Guru yang menjadi anggota KPPS mendapat dispensasi pada 15 Februari; pembelajaran kelas yang bersangkutan diganti tugas mandiri.", "num": 0},
        P("Dukungan Bapak/Ibu sangat berarti agar seluruh kegiatan berjalan lancar. Peserta didik kelas XII yang sudah berusia 17 tahun kami ingatkan untuk mengecek namanya di DPT melalui laman resmi KPU."),
        P("Atas perhatian dan kerja samanya kami sampaikan terima kasih."),
    ] + ttd("Kepala Sekolah,", "Dra. SRI HANDAYANI, M.Pd.", "NIP. 19700224 199512 2 001"),
}, False, [], [14],
    "Umpan: pemilihan/kampanye calon ketua OSIS, mencoblos di bilik kelas, kampanye anti-perundungan, calon peserta OSN, pilih salah satu jadwal, dukungan orang tua, libur pemilu")


# =========================================================================== batch 2
# 011 V -- Dinas Perhubungan, Maluku. Notulen: staf hadir di kampanye semua paslon, jam dinas, mobil dinas.
add({
    "font": "Arial Narrow", "size": 23,
    "meta": {"title": "Notulen Rapat Staf Dishub", "author": "Sekretariat Dishub", "created": "2024-10-04T08:00:00Z"},
    "kop": kop(["PEMERINTAH KOTA HATUHAHA", "DINAS PERHUBUNGAN",
                "Jl. Pattimura No. 33, Hatuhaha 97128 – Telp. (0911) 352 440"], placement="body"),
    "footer": [{"p": "Notulen Rapat Staf Dishub Kota Hatuhaha – 4 Oktober 2024 – untuk kalangan internal", "size": 16, "align": "right"}],
    "body": [{"p": "", "border_bottom": True, "after": 120}] + title("NOTULEN RAPAT STAF") + [
        {"p": "Hari/tanggal: Jumat, 4 Oktober 2024, pukul 08.30 WIT · Tempat: Ruang Rapat Kepala Dinas · Pimpinan: Kepala Dinas, Bapak Johan Latuheru, S.T., M.T. · Peserta: para kepala bidang, kepala UPTD Terminal dan UPTD PKB, 14 staf.", "align": "left"},
        {"p": "1. Pengantar pimpinan", "bold": True, "align": "left"},
        P("Kepala Dinas menyampaikan bahwa masa kampanye Pemilihan Wali Kota sudah berjalan dan ketiga pasangan akan menggelar rapat umum di Lapangan Merdeka, Lapangan Tantui dan Pantai Natsepa sepanjang Oktober–November. Menurut pimpinan, Dishub perlu 'terlihat ada' di setiap acara supaya siapa pun yang menang nanti tidak menganggap dinas ini berseberangan."),
        {"p": "2. Keputusan", "bold": True, "align": "left"},
        {"p": "Diputuskan bahwa setiap rapat umum dan kampanye akbar ketiga pasangan dihadiri paling sedikit 10 staf Dishub, bergiliran per bidang, dengan memakai pakaian bebas rapi tanpa seragam.", "num": 0},
        {"p": "Staf yang hadir dicatat sebagai dinas luar pada hari itu; surat tugas dibuat oleh Sekretariat dengan keterangan \"pemantauan lalu lintas\".", "num": 0},
        {"p": "Dua unit mobil operasional (DE 1172 AM dan DE 1190 AM) dipakai mengangkut staf dari kantor ke lokasi kampanye dan kembali.", "num": 0},
        {"p": "Setiap koordinator bidang mengirim foto kehadiran stafnya di lokasi kampanye ke grup WA pimpinan paling lambat pukul 18.00 pada hari yang sama.", "num": 0},
        {"table": [
            ["Tanggal", "Acara", "Lokasi", "Bidang bertugas"],
            ["12 Okt", "Rapat umum pasangan nomor 1", "Lapangan Merdeka", "Bidang Lalu Lintas"],
            ["26 Okt", "Rapat umum pasangan nomor 2", "Lapangan Tantui", "Bidang Angkutan"],
            ["9 Nov", "Kampanye akbar pasangan nomor 3", "Pantai Natsepa", "UPTD Terminal"],
            ["16–20 Nov", "Kampanye akbar penutup (ketiga pasangan)", "Menyesuaikan jadwal KPU", "Semua bidang"],
        ], "widths": [1400, 3400, 2270, 2000], "header_row": True},
        {"p": "", "after": 0},
        {"p": "3. Lain-lain", "bold": True, "align": "left"},
        P("Pengaturan lalu lintas resmi di sekitar lokasi tetap dilakukan oleh regu PKB sesuai permintaan Polresta; staf yang ditugaskan menghadiri kampanye tidak termasuk regu tersebut."),
        {"table": [[["Notulis,", "", "", "**Yohana Sahetapy**"], ["Mengetahui,", "Kepala Dinas,", "", "", "**Johan Latuheru, S.T., M.T.**"]]],
         "widths": [4535, 4535], "borders": False},
    ],
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [12, 9, 6],
    "Notulen: diputuskan staf Dishub hadir di rapat umum/kampanye akbar ketiga pasangan (tanpa berpihak), dicatat dinas luar, diangkut mobil operasional, foto kehadiran; kop di badan")

# 012 C -- Satpol PP, Sumatera Selatan. Penertiban APK dari kendaraan dinas & baliho petahana (mengutip slogan).
add({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Surat Perintah Penertiban APK", "author": "Kabid Trantibum", "created": "2024-09-26T03:00:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN MUSI HULU RAYA", "SATUAN POLISI PAMONG PRAJA",
                "Jl. Lintas Sumatera Km. 4 Sekayu Ulu 30711"], placement="body"),
    "body": [{"p": "", "border_bottom": True, "after": 120}] + title("SURAT PERINTAH", "Nomor: 300.1.4/176/Satpol PP/2024") + [
        {"p": "Dasar\t:\t1. Peraturan KPU tentang Kampanye Pemilihan Gubernur, Bupati dan Wali Kota;\n2. Rekomendasi Bawaslu Kabupaten Musi Hulu Raya Nomor 118/PP.01.02/K.SS-11/IX/2024 tanggal 25 September 2024;\n3. Hasil rapat koordinasi penertiban APK bersama KPU, Bawaslu, Polres dan Kodim tanggal 25 September 2024.", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702, "align": "left"},
        {"p": "MEMERINTAHKAN:", "align": "center", "bold": True},
        {"p": "Kepada\t:\tKepala Seksi Operasi dan Pengendalian beserta 2 (dua) regu penertiban.", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702, "align": "left"},
        {"p": "Untuk\t:", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702, "align": "left"},
        {"p": "Melepas stiker dan gambar pasangan calon yang ditemukan menempel pada kendaraan dinas roda dua dan roda empat di lingkungan Pemerintah Kabupaten, terutama di halaman parkir Kantor Bupati, Dinas PUPR dan RSUD, lalu mencatat nomor polisi kendaraan beserta perangkat daerah pemegangnya.", "num": 0, "indent": 2062},
        {"p": "Menurunkan baliho ukuran 4×6 meter di Simpang Empat Pasar Sekayu Ulu dan di depan Kantor Camat Babat Hilir yang memuat foto Bupati petahana dengan tulisan \"Lanjutkan Bersama Bang Hendra — Dua Periode Makin Maju\", karena berdiri di luar zona APK yang ditetapkan KPU dan sebagian menempel pada fasilitas pemerintah.", "num": 0, "indent": 2062},
        {"p": "Menertibkan APK seluruh pasangan calon yang terpasang di pohon, tiang listrik, jembatan dan pagar sekolah tanpa membedakan nomor urut, dan menyimpannya di gudang Satpol PP untuk diambil oleh tim masing-masing dengan berita acara.", "num": 0, "indent": 2062},
        {"p": "Mendokumentasikan setiap penertiban dan melaporkan hasilnya kepada Kepala Satuan serta Bawaslu paling lambat 1 x 24 jam.", "num": 0, "indent": 2062},
        P("Anggota dilarang membuat komentar atau unggahan apa pun di media sosial terkait penertiban ini dan wajib bersikap sama terhadap semua pasangan calon."),
        P("Surat perintah ini berlaku 26 September s.d. 10 Oktober 2024."),
    ] + ttd("Kepala Satuan Polisi Pamong Praja,", "RIZAL EFENDI, S.H., M.H.", "NIP. 19730515 199903 1 005",
            place_date="Sekayu Ulu, 26 September 2024"),
}, False, [], [14],
    "Perintah melepas stiker paslon dari kendaraan dinas dan menurunkan baliho petahana (mengutip slogan 'Lanjutkan ... Dua Periode'); semua paslon diperlakukan sama")

# 013 C -- Sekretariat DPRD, Maluku Utara. Nota dinas: dukungan anggaran hibah Pilkada KPU/Bawaslu.
add({
    "font": "Cambria", "size": 23,
    "meta": {"title": "ND Banggar hibah pilkada", "author": "Bag. Persidangan", "created": "2023-10-30T01:00:00Z"},
    "kop": kop(["SEKRETARIAT DPRD KABUPATEN HALMAHERA TENGGARA", "Jl. Sultan Nuku No. 9, Weda Baru 97853"]),
    "body": title("NOTA DINAS") + nomor_block([
        ("Kepada", "Yth. Ketua DPRD Kabupaten Halmahera Tenggara"),
        ("Dari", "Sekretaris DPRD"),
        ("Nomor", "900.1.3/144/Setwan/X/2023"),
        ("Tanggal", "30 Oktober 2023"),
        ("Hal", "Jadwal Rapat Banggar tentang Dukungan Anggaran Pemilihan 2024"),
    ]) + [
        P("Bersama ini kami laporkan bahwa Tim Anggaran Pemerintah Daerah telah menyampaikan rancangan dukungan anggaran berupa hibah Pemilihan Bupati dan Wakil Bupati Tahun 2024 kepada KPU Kabupaten sebesar Rp 41,6 miliar dan kepada Bawaslu Kabupaten sebesar Rp 14,2 miliar, serta dukungan pengamanan kepada Polres dan Kodim{fn:1}."),
        P("Sesuai ketentuan, Naskah Perjanjian Hibah Daerah (NPHD) harus ditandatangani paling lambat 10 November 2023. Untuk itu kami mengusulkan Rapat Badan Anggaran bersama TAPD, KPU dan Bawaslu pada:"),
        {"table": [
            ["Hari/tanggal", "Kamis, 2 November 2023"],
            ["Waktu", "10.00 WIT – selesai"],
            ["Tempat", "Ruang Rapat Banggar, Lantai 2 Gedung DPRD"],
            ["Agenda", "Pembahasan besaran hibah dan tahapan pencairan (40% tahun 2023, 60% tahun 2024)"],
        ], "widths": [2000, 7070]},
        {"p": "", "after": 0},
        P("Kami juga menyampaikan bahwa KPU meminta dukungan fasilitasi ruang rapat paripurna untuk rapat pleno terbuka penetapan rekapitulasi hasil, yang akan dijadwalkan tersendiri setelah tahapan ditetapkan."),
        P("Demikian disampaikan, mohon arahan Bapak."),
    ] + ttd("Sekretaris DPRD,", "Drs. IBRAHIM HI. ABDULLAH, M.Si.", "NIP. 19700119 199803 1 007"),
    "footnotes": {"1": "Berdasarkan ketentuan pendanaan kegiatan pemilihan gubernur, bupati dan wali kota yang bersumber dari APBD."},
}, False, [], [14],
    "Umpan: 'dukungan anggaran' hibah Pilkada untuk KPU/Bawaslu, NPHD, fasilitasi pleno KPU; netral")

# 014 V -- Kelurahan, Jawa Barat. Instruksi medsos: bagikan unggahan akun, tagar, twibbon.
add({
    "font": "Calibri", "size": 22,
    "meta": {"title": "Arahan Lurah", "author": "Kelurahan Sukamulya", "created": "2024-10-11T02:15:00Z"},
    "kop": kop(["PEMERINTAH KOTA CIBEUREUM RAYA", "KECAMATAN CIPEDES HILIR", "KELURAHAN SUKAMULYA",
                "Jl. Letjen Mashudi No. 40 Sukamulya 46151"]),
    "body": nomor_block([
        ("Nomor", "400.10/231/Kel-SM/2024"),
        ("Sifat", "Penting"),
        ("Lampiran", "-"),
        ("Hal", "Penyebarluasan Informasi Keberhasilan Pembangunan"),
    ], place_date="Sukamulya, 11 Oktober 2024") + yth(["Seluruh Staf Kelurahan, Ketua RW,", "Kader PKK dan Linmas", "di Kelurahan Sukamulya"], indent=0) + [
        P("Dalam rangka mendukung keterbukaan informasi, kami minta Saudara ikut aktif menyebarkan capaian pembangunan Kota Cibeureum Raya lima tahun terakhir di bawah kepemimpinan Bang Rudi Hermawan."),
        P("Setiap staf dan ketua RW diminta:"),
        {"p": "mengikuti akun Instagram {link:https://instagram.com/bangrudi.lanjut|@bangrudi.lanjut} dan akun TikTok @rudihermawan.official;", "num": 0},
        {"p": "membagikan minimal dua unggahan dari akun tersebut setiap hari ke story WhatsApp, Instagram dan Facebook pribadi, dengan tagar **#RudiLanjutDuaPeriode** dan **#CibeureumMakinKeren**;", "num": 0},
        {"p": "memasang twibbon \"Lanjut Bang Rudi\" sebagai foto profil selama bulan Oktober dan November;", "num": 0},
        {"p": "mengirim tangkapan layar unggahan ke Sekretaris Kelurahan setiap Senin untuk direkap.", "num": 0},
        {"textbox": [
            {"p": "Contoh keterangan unggahan:", "bold": True, "align": "left", "size": 20},
            {"p": "\"Jalan mulus, taman ramai, UMKM naik kelas. Jangan sampai berhenti di tengah jalan! Lanjut dua periode bareng Bang Rudi 💪 #RudiLanjutDuaPeriode\"", "italic": True, "align": "left", "size": 20},
        ], "width_cm": 14, "height_cm": 2.8},
        P("Staf yang belum memiliki akun media sosial agar dibantu pembuatannya oleh operator kelurahan."),
        P("Atas perhatian dan kerja samanya diucapkan terima kasih."),
    ] + ttd("LURAH SUKAMULYA,", "DEDEN SOMANTRI, S.IP.", "NIP. 19791020 200604 1 008"),
}, True, ["social-media", "endorsement", "letterhead-misuse"], [5, 1],
    "Lurah menyuruh staf/RW/kader follow @bangrudi.lanjut, share unggahan dengan #RudiLanjutDuaPeriode, twibbon 'Lanjut Bang Rudi' (petahana tanpa kata 'calon'); kop header")

# 015 V -- MTs Negeri, Sulawesi Selatan. Undangan silaturahmi dengan caleg DPR di aula madrasah; 'beliau'.
add({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Undangan silaturahmi", "author": "TU MTsN", "created": "2024-01-22T01:45:00Z"},
    "kop": kop(["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "MADRASAH TSANAWIYAH NEGERI 4 BONE SELATAN",
                "Jl. Poros Bone–Sinjai Km. 27, Kajuara Timur 92776"], placement="table", logo="[logo Kemenag]"),
    "body": [{"p": "", "after": 0}] + nomor_block([
        ("Nomor", "B-041/Mts.21.04/PP.00.5/01/2024"),
        ("Lampiran", "-"),
        ("Perihal", "Undangan Silaturahmi dan Ramah Tamah"),
    ], place_date="Kajuara Timur, 22 Januari 2024") + yth(["Bapak/Ibu Guru dan Pegawai", "Ketua dan Pengurus Komite Madrasah", "Orang Tua/Wali Siswa Kelas IX", "di tempat"], indent=0) + [
        {"p": "Assalamu'alaikum warahmatullahi wabarakatuh.", "italic": True, "align": "left"},
        P("Dengan memohon rahmat Allah SWT, kami mengundang Bapak/Ibu untuk hadir pada acara Silaturahmi dan Ramah Tamah bersama putra daerah kita, Bapak Dr. H. Andi Fadlan Rasyid, M.Si.{fn:1}, yang insya Allah pada 14 Februari mendatang akan kita antar bersama-sama menuju Senayan, pada:"),
        {"table": [
            ["Hari/tanggal", ": Sabtu, 27 Januari 2024"],
            ["Waktu", ": 09.00 WITA – selesai (kegiatan belajar mengajar hari itu berakhir pukul 08.30)"],
            ["Tempat", ": Aula Serbaguna MTsN 4 Bone Selatan"],
        ], "widths": [2000, 7070], "borders": False},
        {"p": "", "after": 0},
        P("Pada kesempatan tersebut beliau akan menyampaikan visi dan program untuk pendidikan madrasah serta bantuan sarana bagi madrasah yang mendukung perjuangan beliau. Guru dan pegawai diharapkan hadir lengkap memakai baju putih, dan wali kelas IX mengajak orang tua siswa masing-masing."),
        P("Mengingat pentingnya acara ini, kehadiran Bapak/Ibu sangat kami harapkan."),
        {"p": "Wassalamu'alaikum warahmatullahi wabarakatuh.", "italic": True, "align": "left"},
    ] + ttd("Kepala Madrasah,", "Drs. H. MUHAMMAD YUSUF, M.Pd.I.", "NIP. 19690712 199403 1 003"),
    "footnotes": {"1": "Beliau nomor urut 4 daftar calon DPR RI Dapil Sulawesi Selatan II. Mohon doa dan dukungannya."},
}, True, ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"], [3, 7],
    "Kamad mengundang guru, komite dan wali murid ke silaturahmi dengan caleg DPR RI di aula madrasah, KBM dipersingkat; 'akan kita antar ke Senayan'; dukungan di catatan kaki; kemudian hanya 'beliau'")

# 016 C -- BKPSDM, Jambi. Surat panggilan klarifikasi yang mengutip unggahan; tracked deletion.
add({
    "font": "Arial", "size": 22,
    "meta": {"title": "Panggilan Klarifikasi", "author": "Bid. Pengembangan & Disiplin", "created": "2024-10-28T02:00:00Z",
             "modified": "2024-10-28T04:10:00Z", "last_modified_by": "Kabid PKD"},
    "kop": kop(["PEMERINTAH KABUPATEN BATANGHARI HULU", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                "Jl. Jend. Sudirman No. 19, Muara Tembesi Ulu 36654"]),
    "body": nomor_block([
        ("Nomor", "800.1.6.4/612/BKPSDM/2024"),
        ("Sifat", "Rahasia"),
        ("Lampiran", "1 (satu) berkas"),
        ("Hal", "Panggilan Klarifikasi"),
    ], place_date="Muara Tembesi Ulu, 28 Oktober 2024") + yth(["Sdr. H.S., S.Pd.", "Guru SMP Negeri 7 Batanghari Hulu", "di Muara Tembesi Ulu"], indent=0) + [
        P("Berdasarkan surat Bawaslu Kabupaten Batanghari Hulu tentang penerusan dugaan pelanggaran netralitas ASN, Saudara diduga pada 19 Oktober 2024 mengunggah di akun Facebook pribadi foto bersama salah satu pasangan calon bupati dengan keterangan %%\"Sudah saatnya kito lanjutkan! #LanjutkanDuaPeriode\"%% dan membagikan ulang unggahan akun tim kampanye pasangan tersebut."),
        P("Sehubungan dengan hal tersebut, Saudara diminta hadir untuk memberikan klarifikasi pada:"),
        {"p": "Hari/tanggal\t: {del:Rabu, 30 Oktober 2024}{ins:Kamis, 31 Oktober 2024}", "tabs": [[2268, "left"]], "indent": 709, "align": "left", "after": 0},
        {"p": "Pukul\t: 09.00 WIB", "tabs": [[2268, "left"]], "indent": 709, "align": "left", "after": 0},
        {"p": "Tempat\t: Ruang Pemeriksaan BKPSDM, Lantai 2", "tabs": [[2268, "left"]], "indent": 709, "align": "left", "after": 0},
        {"p": "Menghadap\t: Tim Pemeriksa (Kepala Bidang Pengembangan dan Disiplin)", "tabs": [[2268, "left"]], "indent": 709, "align": "left"},
        P("Saudara diminta membawa kartu identitas pegawai dan dapat menyerahkan bukti atau keterangan tertulis yang dianggap perlu. Apabila Saudara tidak hadir tanpa alasan yang sah, pemeriksaan dilanjutkan berdasarkan bukti yang ada sesuai Peraturan Pemerintah Nomor 94 Tahun 2021."),
        P("Demikian untuk dilaksanakan."),
    ] + ttd("Kepala BKPSDM,", "Dr. RAHMAT HIDAYAT, S.Sos., M.Si.", "NIP. 19760303 200003 1 004") + tembusan([
        "Bupati Batanghari Hulu (sebagai laporan);", "Inspektur Daerah;", "Kepala Dinas Pendidikan;", "Ketua Bawaslu Kabupaten Batanghari Hulu."]),
}, False, [], [14],
    "Panggilan klarifikasi BKPSDM mengutip unggahan '#LanjutkanDuaPeriode' sebagai dugaan pelanggaran; tanggal diubah dengan tracked change")

# 017 C -- UPT air minum (PDAM-like), Gorontalo. Berita acara serah terima 'partai' pipa; 'dukungan teknis'.
add({
    "font": "Arial", "size": 21,
    "meta": {"title": "BAST pipa HDPE", "author": "UPT SPAM", "created": "2024-08-14T06:00:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN BONE PANTAI", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                "UPT SISTEM PENYEDIAAN AIR MINUM (SPAM) TILAMUTA UTARA", "Jl. Pelabuhan Lama No. 3, Tilamuta Utara 96263"], placement="table", logo="LOGO"),
    "body": [{"p": "", "after": 0}] + title("BERITA ACARA SERAH TERIMA BARANG", "Nomor: 600.3.1/BAST/041/UPT-SPAM/VIII/2024") + [
        P("Pada hari ini Rabu tanggal empat belas bulan Agustus tahun dua ribu dua puluh empat, kami yang bertanda tangan di bawah ini:"),
        {"table": [
            ["1.", "Nama: Rudy Hasan Lamato\nJabatan: Direktur CV Tirta Hulondalo\nselanjutnya disebut PIHAK PERTAMA"],
            ["2.", "Nama: Ir. Sri Wahyuni Datau\nJabatan: Kepala UPT SPAM Tilamuta Utara\nselanjutnya disebut PIHAK KEDUA"],
        ], "widths": [500, 8570], "borders": False},
        {"p": "", "after": 0},
        P("PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA partai kedua pengiriman pipa HDPE untuk pekerjaan perluasan jaringan distribusi Desa Bulota dan Desa Hungayo, dengan rincian:"),
        {"table": [
            ["No", "Uraian", "Satuan", "Partai I (Juli)", "Partai II (Agustus)", "Keterangan"],
            ["1", "Pipa HDPE PN-10 Ø 110 mm", "batang", "120", "80", "Baik"],
            ["2", "Pipa HDPE PN-10 Ø 63 mm", "batang", "200", "150", "Baik"],
            ["3", "Fitting electrofusion Ø 63 mm", "buah", "60", "40", "2 buah retak, diganti"],
            ["4", "Meter air 1/2 inci", "unit", "-", "250", "Baik"],
        ], "widths": [500, 3000, 1000, 1400, 1600, 1570], "header_row": True},
        {"p": "", "after": 0},
        P("Sisa pengiriman (partai ketiga) dijadwalkan paling lambat 5 September 2024. PIHAK PERTAMA juga memberikan dukungan teknis berupa pendampingan penyambungan electrofusion selama dua hari kepada petugas UPT."),
        P("Barang telah diperiksa oleh Tim Pemeriksa dan dinyatakan sesuai kontrak Nomor 600.3.1/SPK/019/UPT-SPAM/2024."),
        {"table": [[["PIHAK PERTAMA,", "", "", "**RUDY HASAN LAMATO**"], ["PIHAK KEDUA,", "", "", "**Ir. SRI WAHYUNI DATAU**", "NIP. 19750926 200212 2 003"]]],
         "widths": [4535, 4535], "borders": False},
    ],
}, False, [], [14],
    "Umpan: 'partai' sebagai kiriman barang (pipa HDPE), 'dukungan teknis'; BAST biasa")

# 018 V -- BPBD, Kalimantan Tengah. Transkrip voice note: bantuan banjir bareng relawan Pak Bupati, non-pendukung belakangan.
add({
    "font": "Calibri", "size": 22,
    "meta": {"title": "catatan posko", "author": "posko banjir", "created": "2024-11-06T13:10:00Z"},
    "body": [
        {"p": "Catatan Posko Tanggap Darurat Banjir – Kec. Katingan Hilir Timur", "bold": True, "align": "left", "after": 0},
        {"p": "Rabu, 6 November 2024 · ditulis oleh operator posko untuk TRC dan petugas logistik", "align": "left", "size": 20, "border_bottom": True},
        P("Berikut transkrip pesan suara Kepala Pelaksana di grup \"TRC BPBD KATINGAN RAYA\" pukul 19.22 (durasi 1:48), disalin apa adanya supaya semua paham:", first=0),
        {"p": "%%\"Halo, kawan-kawan TRC, dengar baik-baik lah. Besok paket sembako sama terpal yang datang dari gudang provinsi itu jangan dibagi dulu di Desa Tumbang Manggu. Tunggu rombongan relawan Pak Bupati, jam sepuluh itu beliau sampai, jadi serahkan barengan tim beliau, biar warga tahu ini dari siapa. Kaos biru yang dibawa tim itu dipakai ja sama anak-anak kita pas foto. Trus yang di daftar kemarin, yang bukan pendukung, yang pasang bendera nomor sebelah itu, nanti belakangan aja, sisa-sisa ja. Kalau ada yang protes bilang stok habis. Perahu karet dua unit siapkan untuk antar tim beliau ke Dusun Hiang. Sudah lah, paham kan? Jangan dishare ke luar grup ini.\"%%", "align": "both", "indent": 567},
        P("Tindak lanjut posko:", first=0),
        {"p": "Paket 460 sembako + 120 terpal ditahan di gudang desa sampai Kamis 10.00.", "num": 0},
        {"p": "Daftar KK yang ditandai \"bukan pendukung\" (87 KK) dipisah, dibagi setelah kunjungan selesai.", "num": 0},
        {"p": "Perahu karet BPBD 02 & 04 + BBM siaga antar rombongan ke Dusun Hiang.", "num": 0},
        {"p": "Kaos biru dibagi ke 15 personel TRC sebelum foto serah terima.", "num": 0},
        {"p": "— operator posko, Rahmadani", "align": "right"},
    ],
}, True, ["inducement", "state-facility", "campaign-activity"], [11, 13, 8, 7],
    "Transkrip voice note Kalaksa BPBD: bantuan banjir diserahkan bersama relawan Pak Bupati, warga 'bukan pendukung' dibagi belakangan, perahu karet antar tim beliau, TRC pakai kaos tim; tanpa kop")

# 019 V -- Inspektorat, Papua. 'Menindaklanjuti hasil musyawarah', daftar relawan, follow akun; bagian Pelaporan. LibreOffice.
add({
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "SE Inspektur", "author": "Sekretariat Itda", "created": "2024-09-30T00:30:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN TELUK WONDAMA HULU", "INSPEKTORAT DAERAH",
                "Jl. Trikora No. 5, Wasior Barat 98362"]),
    "body": title("SURAT EDARAN", "Nomor: 700.1.1/093/ITDA/IX/2024") + [
        {"p": "TENTANG PENGUATAN SINERGI APARATUR PENGAWASAN DALAM MENYONGSONG PILKADA 2024", "align": "center", "bold": True, "after": 240},
        {"p": "1. Latar Belakang", "bold": True, "align": "left"},
        P("Menindaklanjuti hasil musyawarah pimpinan Inspektorat bersama para Inspektur Pembantu pada 27 September 2024, dan dalam rangka menjaga stabilitas pembangunan di Teluk Wondama Hulu, perlu disampaikan arahan kepada seluruh auditor, P2UPD dan staf Inspektorat."),
        {"p": "2. Arahan", "bold": True, "align": "left"},
        {"p": "Seluruh auditor dan staf agar mendaftarkan diri sebagai anggota Relawan Sahabat Obet–Yakob, pendukung pasangan Obet Sawaki dan Yakob Rumbiak, melalui formulir {link:https://forms.gle/sahabatobetyakob2024|pendaftaran relawan} paling lambat 5 Oktober 2024.", "num": 0},
        {"p": "Setiap pegawai mengikuti akun Instagram dan Facebook @sahabatobetyakob serta bergabung dalam grup WhatsApp relawan distrik tempat tinggal masing-masing.", "num": 0},
        {"p": "Para Inspektur Pembantu menjadi koordinator relawan untuk distrik wilayah pengawasannya dan menghadiri konsolidasi relawan setiap Sabtu malam.", "num": 0},
        {"p": "3. Pelaporan", "bold": True, "align": "left"},
        P("Sekretaris Inspektorat merekap nama pegawai yang telah terdaftar dan melaporkannya kepada Inspektur setiap Senin. Pegawai yang belum mendaftar dipanggil untuk diberi pembinaan."),
        {"p": "4. Penutup", "bold": True, "align": "left"},
        P("Demikian Surat Edaran ini untuk dilaksanakan dengan penuh kesadaran dan tanggung jawab."),
    ] + ttd("INSPEKTUR,", "Drs. PAULUS MANSAWAN, M.Si.", "NIP. 19670409 199303 1 006",
            place_date="Wasior Barat, 30 September 2024"),
}, True, ["campaign-activity", "social-media", "endorsement", "letterhead-misuse"], [10, 4],
    "SE Inspektur berbingkai 'Menindaklanjuti hasil musyawarah' + bagian Pelaporan: pegawai wajib daftar Relawan Sahabat Obet–Yakob, follow akun dan gabung grup relawan, Irban jadi koordinator relawan; kop Inspektorat")

# 020 C -- Kantor Camat, Papua Barat Daya. Notulen rakor memperlakukan semua paslon sama. LibreOffice.
add({
    "engine": "libreoffice",
    "font": "Times New Roman", "size": 23,
    "meta": {"title": "Notulen Rakor Kampanye", "author": "Kasi Trantib", "created": "2024-09-20T06:30:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN TAMBRAUW PESISIR", "DISTRIK SAUSAPOR BARAT",
                "Jl. Pantai Utara No. 2, Sausapor Barat 98464"], placement="body"),
    "body": [{"p": "", "border_bottom": True, "after": 120}] + title("NOTULEN RAPAT KOORDINASI PELAKSANAAN KAMPANYE PEMILIHAN 2024 TINGKAT DISTRIK") + [
        {"p": "Kamis, 19 September 2024 · Aula Kantor Distrik · Dipimpin Kepala Distrik", "align": "center", "italic": True, "after": 200},
        {"p": "Peserta: PPD Sausapor Barat, Panwaslu Distrik, Kapolsek, Danramil, para kepala kampung, perwakilan tim kampanye pasangan calon nomor urut 1, 2 dan 3 (masing-masing 2 orang).", "align": "left"},
        {"p": "Pokok bahasan dan kesepakatan:", "bold": True, "align": "left"},
        {"p": "Panwaslu Distrik menyampaikan jadwal kampanye pertemuan terbatas yang diterima dari KPU. Ketiga tim mendapat kesempatan yang sama; jadwal di Kampung Werur dan Kampung Emaos digilir agar tidak berbenturan.", "num": 0},
        {"p": "Disepakati bahwa kantor distrik, kantor kampung, sekolah, puskesmas dan gereja/masjid tidak dipakai untuk kampanye oleh pasangan mana pun.", "num": 0},
        {"p": "Kepala kampung dan aparatur kampung yang berstatus ASN tidak menjadi tim kampanye, tidak memakai atribut dan tidak hadir sebagai peserta kampanye.", "num": 0},
        {"p": "Kendaraan dinas distrik hanya dipakai untuk distribusi logistik PPD dan patroli Panwaslu, bukan untuk tim kampanye.", "num": 0},
        {"p": "Pemasangan APK mengikuti zona yang ditetapkan KPU; pelanggaran dilaporkan ke Panwaslu, bukan diturunkan sendiri oleh warga.", "num": 0},
        {"table": [
            ["Pasangan", "Titik kampanye terbatas yang diajukan", "Tanggal"],
            ["Nomor urut 1", "Kampung Werur", "5 Oktober 2024"],
            ["Nomor urut 2", "Kampung Emaos", "12 Oktober 2024"],
            ["Nomor urut 3", "Kampung Sausapor Pantai", "19 Oktober 2024"],
        ], "widths": [2500, 4070, 2500], "header_row": True},
        {"p": "", "after": 0},
        P("Rapat ditutup pukul 12.40 WIT dengan penandatanganan kesepakatan kampanye damai oleh perwakilan ketiga tim."),
        {"table": [[["Notulis,", "", "", "**Maria Yesnath**"], ["Kepala Distrik Sausapor Barat,", "", "", "**Yohanis Baru, S.Sos.**", "NIP. 19780101 200502 1 009"]]],
         "widths": [4535, 4535], "borders": False},
    ],
}, False, [], [14],
    "Notulen rakor distrik yang memperlakukan ketiga paslon setara, melarang fasilitas pemerintah untuk kampanye; umpan 'disepakati', 'tim kampanye'")


# =========================================================================== batch 3
# 021 C -- Dinas PUPR, Kalimantan Barat. Bupati petahana cuti kampanye; Pjs; peresmian ditunda. Tracked insertion.
add({
    "font": "Arial", "size": 22,
    "meta": {"title": "ND Kadis PUPR", "author": "Sekretariat PUPR", "created": "2024-09-24T01:20:00Z",
             "modified": "2024-09-24T03:05:00Z", "last_modified_by": "Sekdis"},
    "kop": kop(["PEMERINTAH KABUPATEN KAPUAS HULU SELATAN", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                "Jl. Lintas Selatan No. 88, Nanga Semitau 78768"]),
    "footer": [{"p": "Dinas PUPR Kab. Kapuas Hulu Selatan · pupr.kapuashuluselatan.go.id", "size": 16, "align": "center"}],
    "body": title("NOTA DINAS") + nomor_block([
        ("Kepada", "Para Kepala Bidang dan Kepala UPT di lingkungan Dinas PUPR"),
        ("Dari", "Kepala Dinas"),
        ("Nomor", "600.1/947/PUPR-Sek/IX/2024"),
        ("Tanggal", "24 September 2024"),
        ("Hal", "Penandatanganan Dokumen dan Agenda Kegiatan Selama Masa Kampanye"),
    ]) + [
        {"p": "", "border_bottom": True, "after": 120},
        P("Diberitahukan bahwa Bupati Kapuas Hulu Selatan, Bapak Drs. Martinus Anyang, menjalani cuti di luar tanggungan negara selama masa kampanye Pemilihan 25 September s.d. 23 November 2024, karena yang bersangkutan mencalonkan diri kembali. Selama masa tersebut tugas pemerintahan dilaksanakan oleh Penjabat Sementara (Pjs) Bupati yang ditunjuk Menteri Dalam Negeri."),
        P("Sehubungan dengan itu:"),
        {"p": "Dokumen yang sebelumnya memerlukan persetujuan Bupati (pengesahan kontrak di atas Rp 5 miliar, rekomendasi izin, persetujuan perubahan kegiatan) diajukan melalui Sekretaris Daerah kepada Pjs Bupati.", "num": 0},
        {"p": "Peresmian Jembatan Sungai Embaloh dan jalan lingkar Nanga Semitau ditunda sampai setelah penetapan hasil pemilihan. {ins:Tidak ada seremoni, pemasangan prasasti atau spanduk yang memuat foto pasangan calon mana pun di lokasi proyek.}", "num": 0},
        {"p": "Papan proyek dan baliho informasi pembangunan hanya memuat logo pemerintah daerah, nama kegiatan, nilai dan sumber dana, tanpa foto atau nama kepala daerah.", "num": 0},
        {"p": "Pegawai tidak melayani permintaan data proyek dari tim kampanye pasangan mana pun; permintaan data publik disalurkan melalui PPID.", "num": 0},
        {"p": "Kendaraan dinas dan alat berat tidak boleh dipinjamkan untuk kegiatan kampanye.", "num": 0},
        P("Setelah masa cuti berakhir dan Bupati kembali menjalankan tugas, agenda yang tertunda akan dijadwalkan ulang melalui Bagian Protokol."),
        P("Demikian untuk menjadi perhatian."),
    ] + ttd("Kepala Dinas,", "Ir. ANTONIUS SELAMAT, M.T.", "NIP. 19720420 199803 1 010"),
}, False, [], [14],
    "Bupati petahana cuti di luar tanggungan negara karena mencalonkan diri kembali; Pjs; peresmian ditunda; larangan fasilitas untuk semua paslon")

# 022 V -- Dinas Koperasi & UMKM, Jawa Timur. Bantuan modal dengan KTP + surat pernyataan dukungan; 'kelanjutan program beliau'; Pelaporan.
add({
    "font": "Arial", "size": 21,
    "meta": {"title": "Petunjuk Pendataan BMU", "author": "Bid. UMKM", "created": "2024-10-08T02:00:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN PANARUKAN BARAT", "DINAS KOPERASI DAN USAHA MIKRO",
                "Jl. Raya Situbondo–Bondowoso Km. 5, Panarukan Barat 68371"]),
    "header": [{"p": "Bersama ARIF–SUKMA, UMKM Naik Kelas", "size": 16, "italic": True, "align": "right"}],
    "body": nomor_block([
        ("Nomor", "500.3/522/Diskop-UM/2024"),
        ("Sifat", "Segera"),
        ("Lampiran", "2 (dua) lembar"),
        ("Hal", "Pendataan Calon Penerima Bantuan Modal Usaha Mikro Tahap II"),
    ], place_date="Panarukan Barat, 8 Oktober 2024") + yth(["Para Pendamping UMKM dan", "Petugas Lapangan Koperasi", "se-Kabupaten Panarukan Barat"], indent=0) + [
        P("Bantuan Modal Usaha Mikro (BMU) tahap II sebesar Rp 2.500.000 per pelaku usaha merupakan kelanjutan program beliau, Bapak H. Arifin Zainuri, yang bersama Ibu Sukmawati kini kembali maju dengan nomor urut 1. Agar program ini tetap berjalan setelah 27 November, pendataan dilakukan dengan ketentuan berikut:"),
        {"table": [
            ["No", "Berkas yang dikumpulkan", "Keterangan"],
            ["1", "Fotokopi KTP dan KK pelaku usaha", "2 lembar, untuk rekap tim"],
            ["2", "Surat pernyataan dukungan kepada pasangan ARIF–SUKMA (format terlampir)", "Ditandatangani di atas meterai"],
            ["3", "Foto tempat usaha dengan stiker nomor urut 1", "Stiker dibagikan pendamping"],
            ["4", "Fotokopi buku tabungan", "Untuk transfer pencairan"],
        ], "widths": [600, 5000, 3470], "header_row": True},
        {"p": "", "after": 0},
        P("Pelaku usaha yang menolak menandatangani surat pernyataan dukungan tidak dimasukkan dalam daftar penerima tahap II dan dialihkan ke tahun anggaran 2025."),
        {"p": "**Pelaporan**", "align": "left"},
        P("Pendamping menyerahkan rekap data dan berkas asli kepada Kepala Bidang Usaha Mikro paling lambat 25 Oktober 2024. Pencairan dijadwalkan serentak pada 16 November 2024 di Pendopo Kecamatan Panarukan."),
    ] + ttd("Kepala Dinas,", "Drs. MOH. SYAIFUL ANAM, M.M.", "NIP. 19710114 199603 1 003"),
}, True, ["inducement", "endorsement", "state-facility", "campaign-activity", "letterhead-misuse"], [8, 13, 10, 5],
    "Bantuan modal APBD 'kelanjutan program beliau' disyaratkan KTP/KK + surat pernyataan dukungan ARIF–SUKMA dan foto usaha berstiker nomor 1; yang menolak dicoret; slogan di header; bagian Pelaporan; kop header")

# 023 V -- Dinas Kesehatan, Sumatera Barat. Lembar disposisi: ambulans & nakes untuk jalan sehat/senam dengan paslon; kaos, tagar, tag IG.
add({
    "font": "Arial", "size": 20,
    "meta": {"title": "Lembar Disposisi", "author": "Sekretariat Dinkes", "created": "2024-10-24T03:00:00Z"},
    "kop": kop(["PEMERINTAH KOTA BUKIT TANJUNG", "DINAS KESEHATAN",
                "Jl. Sudirman No. 61, Bukit Tanjung 26136"], placement="table", logo="LOGO"),
    "footer": [{"p": "Lembar disposisi ini harus dikembalikan ke Sekretariat setelah ditindaklanjuti", "size": 16, "align": "center", "italic": True}],
    "body": [{"p": "", "after": 0}, {"p": "LEMBAR DISPOSISI", "bold": True, "align": "center", "size": 26, "after": 120},
        {"table": [
            ["Surat dari", "Sdr. Ferdi (Koord. Relawan Sehat Bersama Rina–Fauzi)", "Diterima tgl", "23-10-2024"],
            ["No. surat", "07/RSB-RF/X/2024", "No. agenda", "1418"],
            ["Tgl surat", "22-10-2024", "Sifat", "Segera"],
            ["Perihal", {"blocks": ["Permohonan dukungan tenaga kesehatan dan ambulans pada Jalan Sehat dan Senam Gembira bersama Ibu dr. Hj. Rina Marlina, Sp.A. dan Bapak Fauzi Datuak Rajo (No. 2), Minggu 3 November 2024, Lapangan Kantin"], "span": 3}],
        ], "widths": [1600, 4000, 1600, 1870]},
        {"p": "", "after": 0},
        {"table": [
            ["Diteruskan kepada", "Isi disposisi"],
            [["☑ Sekretaris", "☑ Kabid Yankes", "☑ Kabid P2P", "☐ Kabid Kesmas", "☑ Ka. UPT Labkesda"],
             [{"p": "Yankes: siapkan 2 ambulans (AGD 118 & ambulans PKM Mandiangin) + 10 nakes, stand by di lokasi jam 06.00 s.d. selesai. Ambil dari jadwal piket, catat sbg kegiatan pelayanan.", "align": "left"},
              {"p": "Sekretaris: semua staf yg hadir pakai kaos biru #RinaHatiRakyat, ambil di ruang saya Jumat.", "align": "left"},
              {"p": "Staf yg belum masuk Relawan Sehat Bersama Rina–Fauzi agar daftar ke Sdr. Ferdi.", "align": "left"},
              {"p": "Sesudah acara unggah foto ke IG masing2, tag @rina.hatirakyat. Jgn pakai akun dinas.", "align": "left"},
              {"p": "— Kadis, 24/10 (paraf)", "align": "right", "italic": True}]],
        ], "widths": [2600, 6470], "header_row": True},
    ],
}, True, ["state-facility", "campaign-activity", "social-media", "letterhead-misuse"], [3, 5, 4, 6],
    "Disposisi Kadinkes: 2 ambulans + nakes piket untuk jalan sehat/senam bersama paslon No. 2, staf pakai kaos #RinaHatiRakyat, daftar relawan, unggah foto tag @rina.hatirakyat; kop tabel")

# 024 C -- Dinas Ketahanan Pangan, Bengkulu. Transkrip voice note: pasar murah, larangan atribut, libur pilkada.
add({
    "font": "Calibri", "size": 22,
    "meta": {"title": "pesan kabid", "author": "Bid. Distribusi DKP", "created": "2024-11-13T10:00:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN SELUMA RAYA", "DINAS KETAHANAN PANGAN"], placement="body"),
    "body": [
        {"p": "", "border_bottom": True, "after": 120},
        {"p": "Ringkasan pesan suara Kabid Distribusi di grup \"Tim GPM DKP\" (13/11/2024, 17.05), dibuat oleh staf Sekretariat untuk arsip:", "italic": True, "align": "left"},
        {"p": "%%\"Assalamualaikum, kawan-kawan. Untuk Gerakan Pangan Murah minggu depan, kito pilih lokasi dulu, Pasar Tais atau halaman kantor camat Sukaraja, nanti aku kabari pagi. Beras SPHP lima kilo, minyak, gula, telur, harga sesuai daftar dari provinsi, dak boleh dinaikkan. Terus penting nian, kalau ado yang datang pakai kaos atau bawa stiker calon bupati, siapa pun nomornyo, tolong dengan sopan minta dilepas atau jangan masuk area stand. Jangan foto-foto dengan tim siapa pun. Kito ni dinas, harus sama ke semua. Kamis tanggal 21 itu stand buka, Rabu 27 libur karena pencoblosan, jadi jangan jadwal kegiatan hari itu. Yang jadi KPPS silakan lapor ke aku, biar diatur gantinyo. Makasih ya.\"%%", "indent": 567},
        {"p": "Tindak lanjut:", "bold": True, "align": "left"},
        {"p": "Sekretariat menyiapkan surat pemberitahuan lokasi ke camat setelah lokasi dipilih.", "num": 0},
        {"p": "Daftar harga dan kuota dicetak dan ditempel di setiap stand.", "num": 0},
        {"p": "Daftar pegawai yang menjadi KPPS: 3 orang (Sdr. Hendri, Sdri. Yuli, Sdr. Ramadhan).", "num": 0},
        {"p": "Seluma Raya, 13 November 2024 — Staf Sekretariat, **Desi Anggraini**", "align": "right"},
    ],
}, False, [], [14, 11],
    "Voice note Kabid: GPM pasar murah, pilih lokasi, larang atribut calon siapa pun, netral, libur pencoblosan, pegawai KPPS; informal, kop di badan")

# 025 V -- RSUD, NTB. Deklarasi dukungan nakes & konsolidasi relawan (nomor urut DPD), logistik; bus RSUD, aula.
add({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "ND Direktur", "author": "Bag. Umum RSUD", "created": "2024-01-25T02:30:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN LOMBOK TENGGARA", "RUMAH SAKIT UMUM DAERAH PRAYA TIMUR",
                "Jl. Gajah Mada No. 12, Praya Timur 83511 · Telp. (0370) 654 118"]),
    "body": title("NOTA DINAS") + nomor_block([
        ("Kepada", "Para Kepala Bidang, Kepala Instalasi dan Kepala Ruangan"),
        ("Dari", "Direktur RSUD Praya Timur"),
        ("Nomor", "445/071/RSUD-PT/I/2024"),
        ("Tanggal", "25 Januari 2024"),
        ("Hal", "Deklarasi Dukungan Tenaga Kesehatan dan Konsolidasi Relawan Nakes untuk Nomor Urut 27 DPD"),
    ]) + [
        {"p": "", "border_bottom": True, "after": 120},
        P("Sehubungan dengan rencana Deklarasi Dukungan Tenaga Kesehatan se-Lombok Tenggara kepada senator dari kalangan kesehatan, nomor urut 27 surat suara DPD, yang dirangkai dengan konsolidasi relawan nakes, bersama ini disampaikan pengaturan sebagai berikut:"),
        {"table": [
            ["Hal", "Pengaturan"],
            ["Waktu & tempat", "Minggu, 4 Februari 2024, 08.00 WITA, Aula Lantai 3 RSUD (gladi Sabtu 15.00)"],
            ["Peserta", "Seluruh dokter, perawat, bidan dan tenaga penunjang yang tidak berdinas pagi; tiap ruangan minimal 8 orang"],
            ["Pakaian", "Snelli/seragam putih, selempang hijau dari panitia"],
            ["Transportasi", "Bus karyawan RSUD menjemput dari Puskesmas Sengkol, Mujur dan Ganti pukul 07.00"],
            ["Konsumsi", "400 kotak, disiapkan instalasi gizi"],
            ["Pendaftaran relawan", "Formulir relawan nakes diisi di meja registrasi, sekalian fotokopi STR"],
            ["Dokumentasi", "Peserta mengunggah foto deklarasi dengan tagar #NakesPilih27 di akun pribadi"],
        ], "widths": [2200, 6870], "header_row": True},
        {"p": "", "after": 0},
        P("Kepala ruangan menyerahkan daftar nama peserta ke Bagian Umum paling lambat Kamis, 1 Februari 2024."),
    ] + ttd("Direktur,", "dr. LALU MUHAMMAD SOPIAN, M.Kes.", "NIP. 19730811 200212 1 005"),
}, True, ["campaign-activity", "endorsement", "state-facility", "social-media", "letterhead-misuse"], [2, 6, 4, 5],
    "Nota dinas direktur RSUD: hal menyebut deklarasi dukungan nakes dan konsolidasi relawan untuk nomor urut 27 DPD; isi hanya logistik (aula, bus RSUD, konsumsi gizi, kuota per ruangan, formulir relawan, tagar #NakesPilih27); kop header")

# 026 C -- BKPSDM, Kepulauan Riau. Pengumuman seleksi CPNS/PPPK: 'calon', 'pilih formasi', link SSCASN. LibreOffice.
add({
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "Pengumuman Seleksi CASN 2024", "author": "BKPSDM", "created": "2024-08-19T01:00:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN LINGGA UTARA", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                "Jl. Datuk Laksamana No. 4, Daik Utara 29872"], placement="table", logo="LOGO"),
    "body": [{"p": "", "after": 0}] + title("PENGUMUMAN", "Nomor: 800.1.2.2/388/BKPSDM/VIII/2024") + [
        {"p": "TENTANG SELEKSI PENGADAAN CALON PEGAWAI NEGERI SIPIL DAN PPPK TAHUN ANGGARAN 2024", "align": "center", "bold": True, "after": 240},
        P("Pemerintah Kabupaten Lingga Utara membuka kesempatan bagi Warga Negara Indonesia untuk mengikuti seleksi calon PNS dan PPPK Tahun Anggaran 2024 sesuai formasi yang ditetapkan Menteri PANRB."),
        {"p": "Pendaftaran dilakukan secara daring melalui {link:https://sscasn.bkn.go.id|sscasn.bkn.go.id} pada 20 Agustus s.d. 6 September 2024.", "num": 0},
        {"p": "Setiap pelamar hanya boleh memilih satu formasi dan satu jabatan. Pelamar diminta membaca persyaratan jabatan sebelum memilih.", "num": 0},
        {"p": "Dokumen pendukung (ijazah, transkrip, surat pernyataan, dan surat keterangan sehat) diunggah dalam format PDF.", "num": 0},
        {"p": "Calon peserta yang dinyatakan memenuhi syarat administrasi akan mengikuti Seleksi Kompetensi Dasar berbasis CAT di Titik Lokasi Tanjungpinang.", "num": 0},
        {"p": "Seluruh tahapan tidak dipungut biaya. Waspadai penipuan yang mengatasnamakan panitia atau pejabat daerah.", "num": 0},
        P("Pelamar yang bertugas sebagai penyelenggara Pemilihan (PPK/PPS) tetap dapat mendaftar dan mengikuti jadwal seleksi yang telah ditetapkan; mohon dicatat bahwa jadwal SKD tidak bertepatan dengan hari pemungutan suara 27 November 2024."),
        P("Informasi lebih lanjut dapat diperoleh melalui layanan helpdesk BKPSDM pada jam kerja."),
    ] + ttd("Kepala BKPSDM,", "RAJA ZULKIFLI, S.STP., M.Si.", "NIP. 19821205 200112 1 002",
            place_date="Daik Utara, 19 Agustus 2024"),
}, False, [], [14],
    "Umpan: 'calon PNS', 'calon peserta', 'memilih satu formasi', 'dokumen pendukung'; pengumuman CASN biasa")

# 027 V -- UPTD Pasar, Sumatera Utara. Pengumuman ALL CAPS, typo OCR, ejaan samaran: keringanan retribusi bagi pendukung + KTP.
add({
    "font": "Courier New", "size": 22,
    "meta": {"title": "PENGUMUMAN PEDAGANG", "author": "UPTD PASAR", "created": "2024-11-01T00:40:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN TAPANULI PESISIR", "DINAS PERDAGANGAN", "UPTD PASAR INPRES SIBOLANG"], placement="body"),
    "body": [
        {"p": "", "border_bottom": True, "after": 120},
        {"p": "P E N G U M U M A N", "align": "center", "bold": True, "size": 28},
        {"p": "DIBERITAHUKAN KEPADA SELURUH PEDAGANG LOS DAN KIOS PASAR INPRES SIBOLANG:", "align": "left", "bold": True},
        {"p": "1. RETRIBUSI LAPAK BULAN NOPEMBER DAN DESEMBER DIRINGANKAN 50 % KHUSUS BAGI PEDAGANG YG SIAP {split:D-U-K|-U-N-G} BAPAK MARBUN - SIREGAR SUPAYA PASAR YG SUDAH DI BANGUN BISA LANJUT 2 PERIODE.", "align": "left"},
        {"p": "2. SYARATNYA SERAHKAN FOTO C0PY KTP + KK KE KANT0R UPTD PALING LAMBAT TGL 10 NOPEMBER 2O24, TANYA SAMA BANG TIGOR (PETUGAS KEBERSIHAN).", "align": "left"},
        {"p": "3. PADA TGL 27 JANGAN LUPA {split:C0B|LOS} NO. 3. YG TIDAK {split:P!|LIH} NANTI KETAHUAN DARI HASIL TPS 04 DAN 05, LAPAKNYA DI EVALUASI TAHUN DEPAN.", "align": "left"},
        {"p": "4. SPANDUK \"MARBUN LANJUTKAN !!\" WAJIB DIPASANG DI DEPAN KIOS MASING2, SUDAH DISEDIAKAN DI KANTOR.", "align": "left"},
        {"p": "DEMIKIAN DI SAMPAIKAN UNTUK DI MAKLUMI BERSAMA. HORAS !", "align": "left"},
        {"p": "", "after": 0},
        {"p": "SIBOLANG, 1 NOPEMBER 2024", "indent": 5103, "align": "left", "after": 0},
        {"p": "KEPALA UPTD PASAR INPRES SIBOLANG", "indent": 5103, "align": "left", "after": 480},
        {"p": "BONAR HUTAGALUNG", "indent": 5103, "align": "left", "bold": True, "after": 0},
    ],
}, True, ["inducement", "endorsement", "campaign-activity", "letterhead-misuse"], [11, 8, 1, 5],
    "Pengumuman huruf kapital dengan ejaan samaran (D-U-K-U-N-G, C0BLOS, P!LIH): diskon retribusi untuk pendukung MARBUN–SIREGAR, setor KTP+KK, ancaman evaluasi lapak, wajib pasang spanduk 'MARBUN LANJUTKAN'; kop di badan")

# 028 C -- Kantor Kemenag, Sulawesi Barat. Deklarasi Pemilu damai FKUB, semua pasangan diundang setara.
add({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Undangan Deklarasi Damai", "author": "Seksi Bimas Islam", "created": "2024-09-18T02:00:00Z"},
    "kop": kop(["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN MAMASA TIMUR",
                "Jl. Poros Mamasa–Mambi No. 15, Mambi Timur 91362"]),
    "body": nomor_block([
        ("Nomor", "B-1622/Kk.32.06/1/BA.00/09/2024"),
        ("Sifat", "Biasa"),
        ("Lampiran", "-"),
        ("Hal", "Undangan Deklarasi Pilkada Damai Lintas Agama"),
    ], place_date="Mambi Timur, 18 September 2024") + yth(["1. Ketua FKUB Kabupaten Mamasa Timur;", "2. Para Penyuluh Agama Islam, Kristen dan Katolik;", "3. Kepala KUA se-Kabupaten;", "4. Perwakilan tim kampanye pasangan calon nomor urut 1, 2 dan 3", "di tempat"], indent=0) + [
        P("Dalam rangka menciptakan suasana sejuk menjelang Pemilihan Bupati dan Wakil Bupati Tahun 2024, Kantor Kementerian Agama bersama FKUB dan KPU Kabupaten akan menyelenggarakan Deklarasi Pilkada Damai Lintas Agama, pada:"),
        {"p": "Hari/tanggal\t: Rabu, 25 September 2024", "tabs": [[2268, "left"]], "indent": 709, "after": 0, "align": "left"},
        {"p": "Waktu\t: 09.00 WITA", "tabs": [[2268, "left"]], "indent": 709, "after": 0, "align": "left"},
        {"p": "Tempat\t: Gedung Serbaguna Mambi Timur", "tabs": [[2268, "left"]], "indent": 709, "align": "left"},
        P("Ketiga pasangan calon diundang dengan kedudukan yang sama dan akan menandatangani pakta kampanye tanpa politisasi SARA dan tempat ibadah. Tidak ada sambutan atau penyampaian visi-misi dari pasangan calon pada acara ini, dan peserta dimohon tidak membawa atribut kampanye."),
        P("Para penyuluh agama diminta menyampaikan pesan damai dan kampanye moderasi beragama dalam khutbah dan ibadah pekan berikutnya, tanpa menyebut atau mengarahkan dukungan kepada pasangan mana pun."),
        P("Atas perhatian dan kehadirannya kami ucapkan terima kasih."),
    ] + ttd("Kepala,", "Dr. H. SYAMSUL BAHRI MANDAR, M.Ag.", "NIP. 19700505 199803 1 004"),
}, False, [], [14],
    "Umpan: 'deklarasi' damai lintas agama, 'kampanye moderasi beragama', semua pasangan diundang setara, tanpa atribut; netral")

# 029 V -- BKPSDM, Aceh. 'Menindaklanjuti hasil musyawarah', disepakati; dukungan petahana disisipkan sebagai tracked insertion.
add({
    "font": "Arial", "size": 22,
    "meta": {"title": "Hasil Musyawarah Pembinaan ASN", "author": "Bid. Pembinaan BKPSDM", "created": "2024-10-17T02:00:00Z",
             "modified": "2024-10-17T08:40:00Z", "last_modified_by": "Kaban", "change_author": "Kaban"},
    "kop": kop(["PEMERINTAH KABUPATEN ACEH PIDIE BARAT", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                "Jl. Banda Aceh–Medan Km. 112, Kota Bakti Barat 24172"]),
    "body": nomor_block([
        ("Nomor", "800.1/1804/BKPSDM/2024"),
        ("Sifat", "Penting"),
        ("Lampiran", "-"),
        ("Hal", "Tindak Lanjut Hasil Musyawarah Pembinaan Pegawai"),
    ], place_date="Kota Bakti Barat, 17 Oktober 2024") + yth(["Kepala Bidang dan Kepala Subbagian", "di lingkungan BKPSDM", "Kabupaten Aceh Pidie Barat"], indent=0) + [
        P("Menindaklanjuti hasil musyawarah pimpinan BKPSDM pada 15 Oktober 2024 tentang pembinaan disiplin dan kinerja pegawai, bersama ini disampaikan hal-hal yang telah disepakati:"),
        {"p": "Apel pagi setiap Senin dan Kamis wajib diikuti seluruh pegawai; rekap kehadiran e-absen dikirim ke Sekretaris setiap akhir pekan.", "num": 0},
        {"p": "Penyelesaian usulan kenaikan pangkat periode Desember paling lambat 31 Oktober 2024.", "num": 0},
        {"p": "{ins:Disepakati pula bahwa setiap kepala bidang menyampaikan kepada pegawai dan keluarganya bahwa H. Teuku Razali dan Cut Fitriani sudah terbukti membawa perubahan, sehingga yang bersangkutan layak melanjutkan pembangunan pada periode kedua. Kepala bidang mendata pegawai yang siap memilih pasangan tersebut pada 27 November dan menyerahkan daftar kepada Kepala Badan secara langsung, tidak melalui surat.}", "num": 0},
        {"p": "Pelayanan konsultasi kepegawaian tetap dibuka pukul 08.00–16.00 WIB, termasuk layanan SIASN.", "num": 0},
        P("Demikian untuk dilaksanakan dengan sebaik-baiknya."),
    ] + ttd("Kepala Badan,", "Ir. TEUKU MUKHLIS, M.Si.", "NIP. 19720202 199803 1 008") + tembusan(["Sekretaris Daerah Kabupaten Aceh Pidie Barat."]),
}, True, ["endorsement", "letterhead-misuse"], [10, 9, 1, 7],
    "Surat BKPSDM berbingkai 'Menindaklanjuti hasil musyawarah'; butir 3 (tracked insertion) menyepakati kabid mengajak pegawai dan keluarga mendukung H. Teuku Razali–Cut Fitriani 'periode kedua' dan mendata yang siap memilih; kop BKPSDM")

# 030 C -- RSUD, Kalimantan Utara. Keputusan hukuman disiplin yang mengutip pelanggaran.
add({
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "SK Hukdis", "author": "Subbag Kepegawaian RSUD", "created": "2024-12-09T02:00:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN BULUNGAN HILIR", "RUMAH SAKIT UMUM DAERAH TANJUNG SELOR BARAT",
                "Jl. Kolonel Soetadji No. 10, Tanjung Selor Barat 77212"], placement="table", logo="RSUD"),
    "body": [{"p": "", "after": 0}] + title("KEPUTUSAN DIREKTUR RSUD TANJUNG SELOR BARAT", "NOMOR 800.1.6.4/221/RSUD/XII/2024") + [
        {"p": "TENTANG PENJATUHAN HUKUMAN DISIPLIN TEGURAN TERTULIS", "align": "center", "bold": True, "after": 240},
        {"p": "Menimbang\t:\tbahwa berdasarkan Laporan Hasil Pemeriksaan tanggal 2 Desember 2024, Sdri. N.A., S.Kep., Ns., NIP. 19900611 201503 2 004, perawat pelaksana Ruang Rawat Inap Anggrek, terbukti pada 15 November 2024 menempelkan stiker bertuliskan \"Coblos No. 1 – Bersama Kita Lanjutkan\" di meja nurse station serta mengenakan kaos bergambar salah satu pasangan calon gubernur pada saat jam dinas, dan perbuatan tersebut melanggar kewajiban menjaga netralitas;", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702},
        {"p": "Mengingat\t:\t1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;\n2. Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702},
        {"p": "MEMUTUSKAN:", "align": "center", "bold": True},
        {"p": "KESATU\t:\tMenjatuhkan hukuman disiplin ringan berupa teguran tertulis kepada Sdri. N.A., S.Kep., Ns.", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702},
        {"p": "KEDUA\t:\tMemerintahkan kepala ruangan memastikan stiker telah dilepas dan tidak ada atribut pasangan calon mana pun di area pelayanan.", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702},
        {"p": "KETIGA\t:\tKeputusan ini mulai berlaku pada tanggal ditetapkan dan disampaikan kepada yang bersangkutan.", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702},
    ] + ttd("Direktur,", "dr. YUSTINA LUSI, Sp.PD.", "NIP. 19760930 200501 2 007",
            place_date="Ditetapkan di Tanjung Selor Barat\npada tanggal 9 Desember 2024") + tembusan([
        "Bupati Bulungan Hilir;", "Kepala BKPSDM;", "Inspektur Daerah;", "Yang bersangkutan."]),
}, False, [], [14],
    "SK hukuman disiplin yang mengutip stiker 'Coblos No. 1 – Bersama Kita Lanjutkan' dan kaos paslon sebagai pelanggaran; netral")


# =========================================================================== main
def main():
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for f in os.listdir(spec_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(spec_dir, f))
    labels = {}
    for i, (spec, label) in enumerate(MEMOS, 1):
        name = "%s_%03d" % (BATCH, i)
        spec = dict(spec)
        spec["output"] = name + ".docx"
        with open(os.path.join(spec_dir, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(MEMOS))


if __name__ == "__main__":
    main()
