#!/usr/bin/env python3
"""Batch b23: writes specs/b23_NNN.json and labels.json.

Every memo's wording is written by hand below.  The helpers only lay out
standard naskah dinas furniture (nomor block, Yth. block, signature, tembusan).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "b23"
MEMOS = []  # (number, spec, label)


# --------------------------------------------------------------- furniture
def nomor_block(rows, date_line=None):
    out = []
    if date_line:
        out.append({"p": "\t\t" + date_line, "tabs": [[1418, "left"], [5670, "left"]],
                    "after": 120, "align": "left"})
    for k, v in rows:
        out.append({"p": "%s\t:\t%s" % (k, v), "tabs": [[1418, "left"], [1702, "left"]],
                    "hanging": 1702, "indent": 1702, "after": 0, "align": "left"})
    out.append({"p": "", "after": 0})
    return out


def yth(lines, indent=5103):
    out = [{"p": "Yth.", "indent": indent, "after": 0, "align": "left"}]
    for ln in lines:
        out.append({"p": ln, "indent": indent, "after": 0, "align": "left"})
    out.append({"p": "di", "indent": indent, "after": 0, "align": "left"})
    out.append({"p": "\tTempat", "indent": indent, "tabs": [[indent + 567, "left"]],
                "after": 240, "align": "left"})
    return out


def ttd(jabatan_lines, nama, nip=None, place_date=None, indent=5103, blank=3):
    out = [{"p": "", "after": 0}]
    if place_date:
        out.append({"p": place_date, "indent": indent, "after": 0, "align": "left"})
    for j in jabatan_lines:
        out.append({"p": j, "indent": indent, "after": 0, "align": "left"})
    for _ in range(blank):
        out.append({"p": "", "indent": indent, "after": 0, "align": "left"})
    out.append({"p": "**__%s__**" % nama, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items, title="Tembusan:"):
    out = [{"p": "", "after": 0}, {"p": title, "after": 0, "align": "left", "size": 20}]
    for i, t in enumerate(items, 1):
        out.append({"p": "%d. %s" % (i, t), "after": 0, "align": "left", "size": 20, "indent": 284})
    return out


def P(text, **kw):
    d = {"p": text, "first": 709}
    d.update(kw)
    return d


def L(text, lvl=0, **kw):
    d = {"p": text, "num": lvl, "after": 60}
    d.update(kw)
    return d


def C(text, **kw):
    d = {"p": text, "align": "center", "after": 0}
    d.update(kw)
    return d


def add(num, spec, violation, categories, classes, note):
    name = "%s_%03d" % (BATCH, num)
    spec = dict(spec)
    spec["output"] = name + ".docx"
    if violation and spec.get("kop") and "letterhead-misuse" not in categories:
        raise SystemExit("%s: violating memo on kop must carry letterhead-misuse" % name)
    if not violation:
        assert categories == [] and 14 in classes, name
    MEMOS.append((num, spec, {"violation": violation, "categories": sorted(categories),
                              "classes": sorted(classes), "note": note}))


# =====================================================================
# 001  Desa, NTT - undangan silaturahmi petahana bupati (V)
# =====================================================================
add(1, {
    "font": "Bookman Old Style", "size": 23,
    "meta": {"title": "Undangan Silaturahmi", "author": "Sekdes Ili Mandiri",
             "created": "2024-10-15T01:10:00Z", "modified": "2024-10-15T02:05:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN FLORES TIMUR RAYA",
        "KECAMATAN LEWOTOBI BARAT",
        "KANTOR KEPALA DESA ILI MANDIRI",
        "Jalan Trans Larantuka - Maumere Km 42, Ili Mandiri"]},
    "body": nomor_block([("Nomor", "005/118/DIM/X/2024"), ("Sifat", "Penting"),
                         ("Lampiran", "-"), ("Perihal", "Undangan Silaturahmi")],
                        "Ili Mandiri, 15 Oktober 2024")
    + yth(["Kepala Dusun I s.d. IV,", "Ketua RT/RW, Ketua BPD,", "Kader Posyandu dan",
           "Ketua Kelompok Tani", "se-Desa Ili Mandiri"])
    + [
        P("Dengan hormat,", first=0),
        P("Bersama ini kami mengundang Bapak/Ibu/Saudara untuk hadir pada acara silaturahmi bersama "
          "Bapak Drs. Yosef Laga Tukan dan Bapak Andreas Boli Kelen, S.H. yang akan dilaksanakan pada:"),
        {"p": "Hari/tanggal\t:\tSabtu, 19 Oktober 2024", "tabs": [[2835, "left"], [3119, "left"]], "indent": 709, "after": 0},
        {"p": "Waktu\t:\tPukul 16.00 WITA s.d. selesai", "tabs": [[2835, "left"], [3119, "left"]], "indent": 709, "after": 0},
        {"p": "Tempat\t:\tAula Kantor Desa Ili Mandiri", "tabs": [[2835, "left"], [3119, "left"]], "indent": 709, "after": 120},
        P("Lima tahun ini kita sudah rasakan sendiri: jalan rabat beton sudah sampai Dusun Watowiti, "
          "air bersih sudah masuk ke rumah-rumah, dan jembatan Kali Wai Lolong sudah bisa dilewati oto. "
          "Supaya pembangunan ini tidak putus di tengah jalan, mari kita sama-sama pastikan Bapak Yosef "
          "memimpin kembali Flores Timur Raya untuk periode berikutnya. Dalam acara nanti beliau akan "
          "menyampaikan rencana lima tahun ke depan dan mendengar langsung usulan dari warga."),
        P("Setiap Kepala Dusun kami minta membawa paling sedikit 25 (dua puluh lima) orang warga. Bagi yang "
          "hadir disiapkan uang transport Rp50.000,- per orang dan makan malam bersama. Daftar nama peserta "
          "per dusun diserahkan kepada Sekretaris Desa paling lambat hari Kamis, 17 Oktober 2024."),
        P("Atas perhatian dan kehadiran Bapak/Ibu, kami ucapkan terima kasih."),
    ]
    + ttd(["Kepala Desa Ili Mandiri,"], "PAULUS KEWA ARAKIAN"),
}, True, ["endorsement", "campaign-activity", "inducement", "state-facility", "letterhead-misuse"],
    [1, 3, 7],
    "Undangan kepala desa: silaturahmi dengan Yosef Laga Tukan di aula kantor desa, 'memimpin kembali ... periode berikutnya', kuota 25 warga per dusun, uang transport Rp50.000")

# =====================================================================
# 002  Kecamatan, Sulawesi Barat - SE netralitas (C)
# =====================================================================
add(2, {
    "font": "Arial", "size": 22,
    "meta": {"title": "SE Netralitas Pilkada 2024", "author": "Kasi Pemerintahan",
             "created": "2024-09-20T00:30:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN POLEWALI RAYA",
        "KECAMATAN TUBBI HULU",
        "Jalan Poros Mambi Km 9, Tubbi Hulu, Kode Pos 91353"]},
    "footer": [{"p": "SE Camat Tubbi Hulu - Netralitas Pilkada 2024 | hal. 1", "align": "right", "size": 16}],
    "footnotes": {
        "1": "Keputusan Bersama Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN dan Ketua Bawaslu Tahun 2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan Pemilu dan Pemilihan.",
        "2": "Termasuk grup WhatsApp, Facebook, Instagram dan TikTok, baik akun pribadi maupun akun resmi kantor/desa."},
    "body": [
        C("**SURAT EDARAN**"),
        C("NOMOR 100.3.4/077/Kec-TH/IX/2024"),
        C(""),
        C("TENTANG", bold=True),
        C("NETRALITAS APARATUR SIPIL NEGARA, KEPALA DESA DAN PERANGKAT DESA", bold=True),
        C("PADA PEMILIHAN GUBERNUR DAN BUPATI SERENTAK TAHUN 2024", bold=True, after=240),
        P("Dalam rangka menjaga netralitas pada Pemilihan Gubernur dan Wakil Gubernur Sulawesi Barat serta "
          "Bupati dan Wakil Bupati Polewali Raya tanggal 27 November 2024, dan berpedoman pada Undang-Undang "
          "Nomor 10 Tahun 2016 Pasal 70 dan Pasal 71, Undang-Undang Nomor 20 Tahun 2023 tentang ASN, "
          "Undang-Undang Nomor 6 Tahun 2014 tentang Desa Pasal 29 dan Pasal 51, serta Keputusan Bersama "
          "lima instansi{fn:1}, dengan ini kami tegaskan bahwa ASN lingkup Kantor Camat, UPTD, Kepala Desa "
          "dan Perangkat Desa se-Kecamatan Tubbi Hulu **dilarang**:"),
        L("menjadi tim kampanye, tim pemenangan, relawan atau juru kampanye pasangan calon mana pun;"),
        L("menghadiri deklarasi, kampanye, rapat umum, pertemuan terbatas atau tatap muka pasangan calon, "
          "termasuk kegiatan yang dikemas sebagai silaturahmi, arisan atau jalan sehat;"),
        L("memakai, memasang atau membagikan atribut pasangan calon (kaos, stiker, spanduk, baliho);"),
        L("mengunggah, menanggapi (like, komentar), membagikan atau mengikuti akun dan grup kampanye di media sosial{fn:2}, "
          "serta memasang twibbon atau foto profil pasangan calon;"),
        L("berfoto bersama pasangan calon atau tim kampanye dengan mengikuti simbol gerakan tangan nomor urut;"),
        L("menggunakan kendaraan dinas, aula kantor, balai desa, anggaran, peralatan atau jam kerja untuk kegiatan pasangan calon;"),
        L("membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon, "
          "termasuk mengaitkan bantuan sosial, BLT Dana Desa atau pelayanan dengan pilihan politik warga;"),
        L("mengumpulkan fotokopi KTP atau surat pernyataan dukungan, serta memberikan uang atau barang kepada warga untuk memengaruhi pilihan."),
        P("ASN dan perangkat desa tetap menggunakan hak pilihnya di TPS masing-masing. Pelanggaran terhadap "
          "ketentuan ini akan dilaporkan kepada Bawaslu Kabupaten Polewali Raya, BKPSDM dan Inspektorat untuk "
          "diproses sesuai ketentuan peraturan perundang-undangan."),
        P("Demikian untuk dipedomani dan dilaksanakan dengan penuh tanggung jawab."),
    ]
    + ttd(["Camat Tubbi Hulu,"], "MUHAMMAD ARIFIN TANDILINTIN, S.STP., M.Si.",
          "NIP. 19840612 200312 1 002", "Tubbi Hulu, 20 September 2024")
    + tembusan(["Bupati Polewali Raya (sebagai laporan);", "Ketua Bawaslu Kabupaten Polewali Raya;",
                "Kepala BKPSDM Kabupaten Polewali Raya;", "Panwaslu Kecamatan Tubbi Hulu."]),
}, False, [], [14],
    "Surat edaran camat yang mendaftar seluruh larangan netralitas (tim kampanye, atribut, medsos, fasilitas, KTP)")

# =====================================================================
# 003  Puskesmas, Sulawesi Tengah - nota dinas kendaraan kampanye dialogis (V)
# =====================================================================
add(3, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "Nota Dinas Kendaraan", "author": "TU Puskesmas",
             "created": "2024-10-14T03:00:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN TELUK TOMINI",
        "DINAS KESEHATAN",
        "UPTD PUSKESMAS AMPIBABO RAYA",
        "Jl. Trans Sulawesi No. 7, Desa Sidole Baru, Kode Pos 94471"]},
    "body": [
        C("**NOTA DINAS**", after=120),
        {"table": [["Kepada", ":", "Koordinator Puskesmas Keliling; Penanggung Jawab Pustu Tombi dan Pustu Lemo"],
                   ["Dari", ":", "Kepala UPTD Puskesmas Ampibabo Raya"],
                   ["Tanggal", ":", "14 Oktober 2024"],
                   ["Nomor", ":", "440/217/PKM-AR/X/2024"],
                   ["Hal", ":", "**Dukungan Kendaraan dan Petugas untuk Kampanye Dialogis, Sabtu 19 Oktober 2024**"]],
         "widths": [1400, 300, 7370], "borders": False},
        {"p": "", "border_bottom": True, "after": 120},
        P("Sehubungan dengan kampanye dialogis yang akan digelar di Lapangan Desa Sidole Baru pada hari Sabtu, "
          "19 Oktober 2024 mulai pukul 14.00 WITA, bersama ini disampaikan pembagian kendaraan dan petugas sebagai berikut:"),
        {"table": [["No", "Kendaraan", "Pengemudi", "Tugas / rute", "Ket."],
                   ["1", "Ambulans DN 8031 K", "Rudi Lamasitudju", "Jemput warga Desa Tombi - Lapangan Sidole (2 rit)", "Berangkat 12.30"],
                   ["2", "Mobil Pusling DN 8117 K", "Amir Tahir", "Jemput warga Desa Lemo dan Ogoalas", "Berangkat 12.30"],
                   ["3", "Motor dinas Promkes (3 unit)", "Petugas promkes", "Antar spanduk dan air mineral ke lokasi", "Pagi hari"],
                   ["4", "Tenda dan kursi plastik Puskesmas", "Cleaning service", "Dipasang di sisi timur lapangan", "Dikembalikan Minggu"]],
         "widths": [500, 2300, 1700, 3270, 1300], "header_row": True},
        {"p": "", "after": 60},
        L("BBM kendaraan dibebankan pada sisa anggaran BOK bulan Oktober; bendahara BOK mencatatnya sebagai kegiatan kunjungan rumah."),
        L("Petugas P2P, promkes dan kesling yang tidak bertugas jaga UGD hadir di lokasi mulai pukul 13.00 WITA dengan pakaian bebas rapi."),
        L("Pelayanan poli umum dan KIA hari Sabtu ditutup pukul 11.30 WITA."),
        L("Air mineral 20 (dua puluh) dus dan snack disiapkan oleh bendahara pengeluaran."),
        L("Daftar hadir petugas di lokasi diserahkan ke Kasubag TU hari Senin, 21 Oktober 2024."),
        P("Demikian untuk dilaksanakan."),
    ]
    + ttd(["Kepala UPTD Puskesmas Ampibabo Raya,"], "dr. SITTI RAHMAWATI LAMAKAMPALI",
          "NIP. 19850317 201101 2 004"),
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6, 12],
    "Hal menyebut kampanye dialogis; sisanya logistik: ambulans dan mobil pusling jemput warga, BBM dari BOK, poli ditutup, petugas hadir")

# =====================================================================
# 004  SMP, Maluku - pesan WA kepsek ditempel ke pengumuman (V)
# =====================================================================
add(4, {
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Pengumuman", "author": "Wakasek", "created": "2024-10-04T00:15:00Z"},
    "kop": {"placement": "body", "lines": [
        "PEMERINTAH KABUPATEN LEASE RAYA",
        "DINAS PENDIDIKAN DAN KEBUDAYAAN",
        "SMP NEGERI 4 SAPARUA UTARA",
        "Jalan Pattimura, Negeri Ouw Baru, Kecamatan Saparua Utara"]},
    "body": [
        {"p": "", "after": 0},
        C("**PENGUMUMAN**"),
        C("untuk Bapak/Ibu Guru dan Pegawai", after=240),
        P("Berikut kami teruskan pesan Bapak Kepala Sekolah di grup WhatsApp \u201cKeluarga Besar SMPN 4 SU\u201d "
          "tanggal 3 Oktober 2024 untuk diketahui dan dilaksanakan:", first=0),
        {"table": [[[
            {"p": "[03/10/24 20.14] Pak Kepsek Yakob: Selamat malam bapa ibu guru samua. Sabtu 5 Oktober tong samua "
                  "iko rapat umum paslon nomor 2 di Lapangan Merdeka Saparua. Kumpul di sekolah jam 09.30, "
                  "jam pelajaran 4 sampe 6 seng usah masuk, ana2 kasih tugas saja.", "italic": True, "align": "left"},
            {"p": "[03/10/24 20.16] Pak Kepsek Yakob: Pake kaos putih yg kemarin dibagi tu. Jang lupa foto sama-sama "
                  "trus posting di FB/IG masing2 pake tagar #MalukuNaikKelas #Nomor2Pasti, nanti beta cek satu-satu ee",
             "italic": True, "align": "left"},
            {"p": "[03/10/24 20.17] Pak Kepsek Yakob: Yang seng bisa datang kasih tau alasan ke beta langsung. "
                  "Speedboat sekolah jemput guru dari Nolloth jam 09.00. Danke banya", "italic": True, "align": "left"},
        ]]], "widths": [9070], "borders": True},
        {"p": "", "after": 0},
        P("Daftar guru yang berangkat dengan speedboat dapat dilihat di papan pengumuman ruang guru."),
        P("Demikian untuk menjadi perhatian."),
    ]
    + ttd(["Saparua Utara, 4 Oktober 2024", "Wakil Kepala Sekolah Bidang Kesiswaan,"],
          "HENDRIK J. PATTINASARANY, S.Pd.", "NIP. 19790822 200604 1 011"),
}, True, ["campaign-activity", "social-media", "endorsement", "state-facility", "letterhead-misuse"],
    [2, 5, 11, 12],
    "Pesan WA kepsek (dialek Ambon) ditempel: guru ikut rapat umum paslon nomor 2 di jam pelajaran, speedboat sekolah, posting tagar #Nomor2Pasti")

# =====================================================================
# 005  Panwaslu Kecamatan, Maluku Tenggara - laporan hasil pengawasan (C)
# =====================================================================
add(5, {
    "font": "Arial", "size": 21,
    "meta": {"title": "LHP Kampanye", "author": "Panwascam Kei Kecil Utara",
             "created": "2024-01-22T06:40:00Z"},
    "kop": {"placement": "table", "logo": "[logo Bawaslu]", "lines": [
        "BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN MALUKU TENGGARA RAYA",
        "PANITIA PENGAWAS PEMILIHAN UMUM KECAMATAN KEI KECIL UTARA",
        "Ohoi Ngabub Baru, Kecamatan Kei Kecil Utara"]},
    "body": [
        C("**LAPORAN HASIL PENGAWASAN PEMILU**"),
        C("Nomor: 07/LHP/PM.01.02/Kec-KKU/I/2024", after=240),
        {"table": [["I.", "Data Pengawas", ""],
                   ["", "Nama", "Agustinus Rahanra"],
                   ["", "Jabatan", "Anggota Panwaslu Kecamatan, Koordinator Divisi Penanganan Pelanggaran"],
                   ["", "Tahapan", "Kampanye Pemilu 2024"],
                   ["II.", "Waktu dan tempat", "Minggu, 21 Januari 2024, pukul 11.30 WIT, halaman gereja Ohoi Ngabub Baru"]],
         "widths": [600, 2300, 6170], "borders": True},
        {"p": "", "after": 60},
        {"p": "**III. Uraian singkat hasil pengawasan**", "after": 60},
        P("Setelah ibadah syukur panen, Kepala Ohoi Ngabub Baru, Sdr. Y.L. (yang juga berstatus ASN guru SD), "
          "menyampaikan sambutan di hadapan sekitar 150 warga. Dalam sambutan tersebut yang bersangkutan "
          "mengatakan: %%\u201cOhoi ini harus kompak, tanggal 14 nanti kasih habis di nomor dua, supaya bantuan "
          "perahu tahun depan lancar.\u201d%% Pernyataan itu direkam oleh Pengawas Kelurahan/Desa (PKD) dengan telepon seluler."),
        P("Setelah sambutan, dibagikan kalender bergambar seorang calon anggota DPRD Kabupaten dari partai nomor urut 2 "
          "kepada warga yang hadir. Pembagian dilakukan oleh dua orang staf kantor ohoi."),
        {"p": "**IV. Analisis dugaan pelanggaran**", "after": 60},
        P("Perbuatan tersebut diduga melanggar Pasal 280 ayat (2) huruf f dan h dan Pasal 282 Undang-Undang Nomor 7 "
          "Tahun 2017 tentang Pemilu, serta ketentuan netralitas ASN dalam Undang-Undang Nomor 20 Tahun 2023."),
        {"p": "**V. Tindak lanjut**", "after": 60},
        L("Hasil pengawasan dijadikan temuan dan diteruskan kepada Bawaslu Kabupaten Maluku Tenggara Raya beserta rekaman video dan foto;"),
        L("Panwaslu Kecamatan akan mengundang Kepala Ohoi dan dua staf kantor ohoi untuk klarifikasi;"),
        L("Rekomendasi pelanggaran netralitas ASN disampaikan melalui Bawaslu Kabupaten kepada BKN."),
    ]
    + ttd(["Ngabub Baru, 22 Januari 2024", "Pengawas Pemilu,"], "AGUSTINUS RAHANRA"),
}, False, [], [14],
    "Laporan Panwascam yang mengutip sambutan partisan kepala ohoi ('kasih habis di nomor dua') sebagai temuan")

# =====================================================================
# 006  Desa, NTT - pengumuman libur pemungutan suara, perangkat jadi KPPS (C)
# =====================================================================
add(6, {
    "engine": "libreoffice",
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Pengumuman Hari Pemungutan Suara", "author": "Desa Oesena Baru",
             "created": "2024-02-08T02:00:00Z"},
    "kop": {"placement": "body", "lines": [
        "PEMERINTAH KABUPATEN KUPANG TIMUR RAYA",
        "KECAMATAN AMABI OEFETO BARAT",
        "PEMERINTAH DESA OESENA BARU",
        "Jalan Timor Raya Km 51, Oesena Baru"]},
    "body": [
        {"p": "", "after": 0},
        C("**PENGUMUMAN**"),
        C("Nomor: 140/27/DOB/II/2024", after=240),
        P("Sehubungan dengan pemungutan suara Pemilihan Umum Presiden dan Wakil Presiden, DPR, DPD, DPRD Provinsi "
          "dan DPRD Kabupaten pada hari **Rabu, 14 Februari 2024** yang telah ditetapkan sebagai hari libur nasional, "
          "dengan ini kami umumkan kepada seluruh masyarakat Desa Oesena Baru:"),
        L("Pelayanan administrasi di Kantor Desa ditiadakan pada tanggal 14 Februari 2024 dan dibuka kembali "
          "Kamis, 15 Februari 2024 pukul 08.00 WITA. Untuk surat keterangan yang mendesak (misalnya kematian), "
          "silakan menghubungi Kaur Umum, Sdr. Yeremias Tefa, di nomor 0812-3745-2961."),
        L("Perangkat desa yang bertugas sebagai anggota KPPS diberi dispensasi tugas pada tanggal 13-15 Februari 2024, yaitu:"),
        {"table": [["Nama", "Jabatan di desa", "Tugas pemilu"],
                   ["Margaretha Nubatonis", "Kaur Keuangan", "Ketua KPPS TPS 002"],
                   ["Daniel Sanam", "Kepala Dusun II", "Anggota KPPS TPS 004"],
                   ["Rince Bani", "Staf Pelayanan", "Anggota KPPS TPS 001"]],
         "widths": [3000, 2800, 3270], "header_row": True},
        {"p": "", "after": 60},
        L("Warga yang sudah menerima surat pemberitahuan memilih (formulir C Pemberitahuan) diharapkan datang ke TPS "
          "masing-masing dengan membawa KTP-el. TPS dibuka pukul 07.00 dan ditutup pukul 13.00 WITA. Mari gunakan hak pilih "
          "dengan bebas sesuai hati nurani masing-masing."),
        L("Pemerintah Desa tidak mengarahkan warga kepada pasangan calon, calon atau partai mana pun. Apabila ada pihak "
          "yang menjanjikan uang atau barang untuk memilih, silakan laporkan kepada PKD Oesena Baru atau Panwaslu Kecamatan."),
        P("Demikian pengumuman ini untuk diketahui bersama."),
    ]
    + ttd(["Oesena Baru, 8 Februari 2024", "Kepala Desa Oesena Baru,"], "ELISABETH SELAN"),
}, False, [], [14],
    "Pengumuman libur hari pemungutan suara, dispensasi perangkat desa sebagai KPPS, ajakan gunakan hak pilih secara bebas")

# =====================================================================
# 007  Dinas Pertanian, Kalimantan Tengah - SE penyaluran alsintan (V)
# =====================================================================
add(7, {
    "font": "Arial", "size": 22,
    "meta": {"title": "SE Penyaluran Alsintan 2024", "author": "Sekretariat Distan",
             "created": "2024-09-24T01:30:00Z", "revision": 6},
    "kop": {"placement": "table", "logo": "LAMBANG DAERAH", "lines": [
        "PEMERINTAH KABUPATEN KAPUAS HILIR",
        "DINAS PERTANIAN DAN KETAHANAN PANGAN",
        "Jalan Tjilik Riwut Km 3, Kuala Hilir 73514, Telepon (0513) 21447"]},
    "footer": [{"p": "Dokumen ini hanya untuk internal BPP/PPL", "align": "center", "size": 16, "italic": True}],
    "body": [
        {"p": "", "border_bottom": True, "after": 120},
        C("**SURAT EDARAN**"),
        C("Nomor: 520/412/Distan-KH/IX/2024"),
        C("tentang"),
        C("**PENYALURAN BANTUAN HAND TRACTOR DAN POMPA AIR TAHUN ANGGARAN 2024**", after=240),
        P("Menindaklanjuti hasil musyawarah pimpinan Dinas tanggal 23 September 2024, bersama ini disampaikan kepada "
          "Koordinator BPP dan Penyuluh Pertanian Lapangan (PPL) se-Kabupaten Kapuas Hilir hal-hal sebagai berikut:"),
        L("Bantuan 48 (empat puluh delapan) unit hand tractor dan 60 (enam puluh) unit pompa air TA 2024 merupakan "
          "kelanjutan program Bapak H. Ahmad Rusdiansyah, S.Sos. selama memimpin Kapuas Hilir. Penyerahan akan dilakukan "
          "langsung oleh beliau bersama tim pada rangkaian kunjungan ke desa tanggal 1-15 Oktober 2024, dengan "
          "spanduk dan rompi oranye yang disiapkan tim."),
        L("Kelompok tani penerima diprioritaskan yang telah menyerahkan surat pernyataan dukungan kepada pasangan "
          "Rusdiansyah - Yanti beserta fotokopi KTP seluruh anggota kelompok."),
        L("Usulan kelompok yang ketuanya diketahui memasang baliho pasangan lain agar ditunda ke tahun anggaran berikutnya."),
        L("PPL mendampingi kelompok pada saat penyerahan dan memastikan seluruh anggota hadir."),
        {"p": "**Pelaporan**", "after": 60, "before": 120},
        P("Koordinator BPP melaporkan rekap kelompok penerima, jumlah surat pernyataan dan jumlah KTP yang terkumpul "
          "setiap hari Jumat kepada Sekretaris Dinas melalui surel distan.kapuashilir@gmail.com."),
        P("Demikian untuk dilaksanakan dengan penuh tanggung jawab."),
    ]
    + ttd(["Kuala Hilir, 24 September 2024", "Kepala Dinas,"], "Ir. DARMAWAN SAHAY, M.P.",
          "NIP. 19690511 199403 1 007")
    + tembusan(["Sekretaris Daerah Kabupaten Kapuas Hilir;", "Arsip."]),
}, True, ["endorsement", "inducement", "state-facility", "letterhead-misuse"], [7, 8, 10, 13],
    "SE Distan: alsintan 'kelanjutan program' Rusdiansyah diserahkan oleh beliau dan tim, prioritas bagi kelompok yang menyerahkan surat dukungan + KTP, tunda bagi pemasang baliho lawan; bagian Pelaporan")

# =====================================================================
# 008  Kantor Camat, NTB - notulen rapat koordinasi kades (V)
# =====================================================================
add(8, {
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "Notulen Rakor Kades September", "author": "Baiq Rina",
             "created": "2024-09-30T07:00:00Z"},
    "kop": {"placement": "body", "lines": [
        "PEMERINTAH KABUPATEN RINJANI TIMUR",
        "KECAMATAN PRINGGASELA UTARA",
        "Jalan Raya Pringgasela No. 12, Kode Pos 83661"]},
    "body": [
        {"p": "", "after": 0},
        C("**NOTULEN RAPAT KOORDINASI KEPALA DESA**", after=120),
        {"table": [["Hari/tanggal", "Senin, 30 September 2024"],
                   ["Waktu", "09.00 - 12.15 WITA"],
                   ["Tempat", "Aula Kantor Camat Pringgasela Utara"],
                   ["Pimpinan rapat", "Camat, Lalu Muhammad Zulkarnain, S.STP."],
                   ["Notulis", "Baiq Rina Hartati (Staf Seksi Pemerintahan)"],
                   ["Peserta", "11 Kepala Desa, Sekretaris Camat, Kasi Pemerintahan, Kasi Trantib"]],
         "widths": [2400, 6670], "borders": False},
        {"p": "**A. Pembahasan**", "before": 120, "after": 60},
        L("Camat membuka rapat dan menyampaikan evaluasi penyaluran BLT Dana Desa triwulan III serta persiapan Musrenbang Desa."),
        L("Camat menyampaikan bahwa jalan usaha tani, irigasi Pancor Dao dan beasiswa santri adalah hasil kerja "
          "Bapak H. Lalu Syamsul Hadi. \u201cSudah terbukti, tinggal kita pastikan beliau dua periode,\u201d kata Camat."),
        L("Kepala Desa Aik Dewa Baru menanyakan apakah kepala desa boleh ikut. Camat menjawab bahwa yang bergerak "
          "adalah tim, kepala desa cukup mengoordinasikan kadus dan RT."),
        {"p": "**B. Kesepakatan / Keputusan**", "before": 120, "after": 60},
        L("Disepakati dibentuk Tim Pemenangan tingkat kecamatan dengan Kasi Pemerintahan sebagai koordinator; "
          "setiap Kepala Desa menjadi penanggung jawab posko di desanya."),
        L("Diputuskan target perolehan suara H. Lalu Syamsul Hadi dan pasangannya minimal 70% di setiap desa; "
          "desa yang mencapai target didahulukan usulannya pada Musrenbang Kecamatan 2025."),
        L("Rekap nama relawan per dusun (minimal 10 orang per dusun) diserahkan kepada Kasi Pemerintahan paling lambat 7 Oktober 2024."),
        L("Rapat lanjutan dilaksanakan di aula ini setiap Senin setelah apel."),
        {"p": "Rapat ditutup pukul 12.15 WITA.", "before": 120},
    ]
    + ttd(["Mengetahui,", "Camat Pringgasela Utara,"], "LALU MUHAMMAD ZULKARNAIN, S.STP.",
          "NIP. 19860903 200501 1 003", indent=0)
    + ttd(["Notulis,"], "BAIQ RINA HARTATI", "NIP. 19920714 201503 2 006"),
}, True, ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"], [1, 4, 9],
    "Notulen rakor camat: 'pastikan beliau dua periode', disepakati bentuk tim pemenangan kecamatan, target 70% suara per desa, prioritas Musrenbang")

# =====================================================================
# 009  Dinas Perikanan, Kalimantan Barat - penertiban stiker & baliho (C)
# =====================================================================
add(9, {
    "font": "Cambria", "size": 23,
    "meta": {"title": "ND Penertiban Atribut", "author": "Sekretaris Diskan",
             "created": "2024-10-16T02:20:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN KAYONG PESISIR",
        "DINAS PERIKANAN",
        "Jalan Pelabuhan Teluk Batang No. 4, Kayong Pesisir 78856"]},
    "body": [
        C("**__NOTA DINAS__**", after=120),
        {"table": [["Kepada Yth.", ":", "1. Kepala Bidang Perikanan Tangkap\n2. Kepala UPTD BBI Teluk Batang\n3. Kepala Subbagian Umum dan Kepegawaian"],
                   ["Dari", ":", "Kepala Dinas Perikanan"],
                   ["Nomor", ":", "800/311/Diskan/X/2024"],
                   ["Tanggal", ":", "16 Oktober 2024"],
                   ["Sifat", ":", "Segera"],
                   ["Perihal", ":", "Penertiban Stiker dan Alat Peraga Kampanye pada Aset Dinas"]],
         "widths": [1700, 300, 7070], "borders": False},
        {"p": "", "border_bottom": True, "after": 120},
        P("Berdasarkan hasil pemantauan Subbagian Umum pada 14-15 Oktober 2024 dan informasi dari Panwaslu Kecamatan "
          "Teluk Batang, ditemukan alat peraga kampanye pada aset Dinas Perikanan sebagai berikut:"),
        L("stiker bergambar pasangan calon nomor urut 3 bertuliskan \u201cKayong Pesisir Bangkit Lagi!\u201d pada kaca "
          "belakang kendaraan dinas KB 1042 U dan pada lambung speedboat pengawas \u201cBawal 02\u201d;"),
        L("baliho petahana bertuliskan \u201cLanjutkan Kerja Nyata - Dua Periode\u201d yang diikat pada pagar depan "
          "kantor UPTD BBI Teluk Batang."),
        P("Aset dinas tidak boleh menjadi tempat pemasangan alat peraga pasangan calon mana pun. Sehubungan dengan itu, "
          "Saudara diminta:"),
        L("melepas seluruh stiker dan baliho tersebut paling lambat Sabtu, 19 Oktober 2024, dan mendokumentasikannya "
          "(foto sebelum dan sesudah);"),
        L("menyerahkan baliho yang dilepas kepada Satpol PP Kabupaten untuk diteruskan kepada tim kampanye yang bersangkutan;"),
        L("mencatat pemegang kendaraan dan juru mudi speedboat dan meminta keterangan tertulis siapa yang memasang stiker;"),
        L("mengingatkan seluruh pegawai bahwa ASN wajib netral dan dilarang memasang atau membiarkan atribut kampanye pada "
          "kendaraan, kapal, gedung dan peralatan kantor."),
        P("Laporan pelaksanaan disampaikan kepada kami paling lambat Senin, 21 Oktober 2024."),
    ]
    + ttd(["Kepala Dinas Perikanan,"], "SYARIF HAMDANI ALKADRIE, S.Pi., M.Si.", "NIP. 19741108 199903 1 004")
    + tembusan(["Ketua Bawaslu Kabupaten Kayong Pesisir;", "Panwaslu Kecamatan Teluk Batang."]),
}, False, [], [14],
    "Perintah melepas stiker paslon nomor 3 dan baliho petahana ('Lanjutkan Kerja Nyata - Dua Periode') dari mobil, speedboat dan pagar kantor")

# =====================================================================
# 010  BPBD, Papua Barat Daya - notulen rapat staf, hadir semua kampanye (V)
# =====================================================================
add(10, {
    "font": "Tahoma", "size": 21,
    "meta": {"title": "Notulen Rapat Staf Oktober", "author": "Sekretariat BPBD",
             "created": "2024-10-14T05:30:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN SORONG PESISIR",
        "BADAN PENANGGULANGAN BENCANA DAERAH",
        "Jalan Klamono Raya No. 5, Aimas Baru"]},
    "footnotes": {
        "1": "SPT kolektif per tanggal kampanye; uang harian dibayarkan dari DPA Sekretariat sub kegiatan koordinasi dan sinkronisasi.",
        "2": "Double cabin PB 8204 S dan truk rescue PB 9011 S. Sopir piket bergantian."},
    "body": [
        C("**NOTULEN RAPAT STAF BPBD**"),
        C("Senin, 14 Oktober 2024 | Ruang Pusdalops | 08.30 - 10.00 WIT", after=240),
        {"p": "**Pimpinan rapat:** Kepala Pelaksana BPBD, Frans Yoku Sawaki, S.Sos.", "after": 0},
        {"p": "**Hadir:** Sekretaris, 3 Kepala Bidang, 27 staf dan anggota TRC (daftar hadir terlampir)", "after": 120},
        {"p": "**Arahan Kalaksa**", "after": 60},
        P("Masa kampanye Pilkada Gubernur Papua Barat Daya dan Bupati Sorong Pesisir sudah berjalan. Kalaksa menyampaikan bahwa "
          "BPBD tidak boleh dicap berpihak, \u201cjadi kita hadir di semua, adil untuk semua paslon, biar semua kenal kita.\u201d"),
        {"p": "**Kesepakatan**", "after": 60},
        L("Seluruh staf BPBD wajib menghadiri rapat umum setiap pasangan calon bupati (nomor urut 1, 2 dan 3) sesuai jadwal "
          "KPU, termasuk yang jatuh pada hari kerja."),
        L("Kehadiran dicatat sebagai dinas luar dan dibuatkan SPT oleh Sekretaris{fn:1}."),
        L("Kendaraan operasional rescue dipakai untuk antar jemput staf dari kantor ke lokasi kampanye{fn:2}."),
        L("Staf hadir memakai PDL BPBD supaya terlihat kompak dan dikenali masyarakat."),
        L("Piket Pusdalops tetap 2 orang selama staf berada di lokasi kampanye."),
        {"p": "Notulis: Ribka Mambrasar", "align": "right", "before": 240},
    ],
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [9, 12],
    "Notulen BPBD: disepakati seluruh staf hadir di rapat umum semua paslon pada jam kerja, SPT dinas luar, mobil rescue, memakai PDL")



# =====================================================================
# 011  Bawaslu Kabupaten, Kalimantan Barat - undangan klarifikasi (C)
# =====================================================================
add(11, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Undangan Klarifikasi", "author": "Divisi PP Bawaslu",
             "created": "2024-10-17T03:00:00Z"},
    "kop": {"placement": "header", "lines": [
        "BADAN PENGAWAS PEMILIHAN UMUM",
        "KABUPATEN SINTANG HULU",
        "Jalan Lintas Melawi No. 22, Nanga Serawai Baru, Kalimantan Barat"]},
    "footer": [{"p": "Bawaslu tidak memungut biaya apa pun dalam proses penanganan pelanggaran.", "align": "center", "size": 16}],
    "body": nomor_block([("Nomor", "045/PP.01.02/K.KB-10/X/2024"), ("Sifat", "Segera"),
                         ("Lampiran", "-"), ("Hal", "Undangan Klarifikasi")],
                        "Nanga Serawai Baru, 17 Oktober 2024")
    + yth(["Sdr. dr. Imanuel Jelahu", "Kepala UPTD Puskesmas Tanjung Lintang", "Kabupaten Sintang Hulu"])
    + [
        P("Berdasarkan laporan yang diterima dan diregistrasi dengan Nomor 003/Reg/LP/PB/Kab/20.08/X/2024 tanggal "
          "15 Oktober 2024, tentang dugaan penggunaan mobil ambulans UPTD Puskesmas Tanjung Lintang (KB 8127 V) untuk "
          "mengangkut peserta pertemuan terbatas pasangan calon Bupati dan Wakil Bupati nomor urut 2 di Dusun Riam Panjang "
          "pada Sabtu, 12 Oktober 2024, Bawaslu Kabupaten Sintang Hulu meminta kehadiran Saudara untuk memberikan keterangan "
          "dan klarifikasi pada:"),
        {"p": "Hari/tanggal\t:\tSelasa, 22 Oktober 2024", "tabs": [[2835, "left"], [3119, "left"]], "indent": 709, "after": 0},
        {"p": "Pukul\t:\t09.00 WIB s.d. selesai", "tabs": [[2835, "left"], [3119, "left"]], "indent": 709, "after": 0},
        {"p": "Tempat\t:\tRuang Sidang Bawaslu Kabupaten Sintang Hulu", "tabs": [[2835, "left"], [3119, "left"]], "indent": 709, "after": 120},
        P("Saudara diminta membawa:", first=0),
        L("KTP-el dan salinan surat keputusan jabatan;"),
        L("buku catatan penggunaan (log book) ambulans bulan Oktober 2024;"),
        L("surat tugas pengemudi ambulans tanggal 12 Oktober 2024, apabila ada."),
        P("Klarifikasi ini merupakan bagian dari penanganan dugaan pelanggaran Pasal 71 ayat (1) dan ayat (3) "
          "Undang-Undang Nomor 10 Tahun 2016 serta ketentuan netralitas ASN. Ketidakhadiran Saudara tidak menghentikan "
          "proses penanganan pelanggaran. Untuk konfirmasi kehadiran dapat menghubungi Staf Penanganan Pelanggaran, "
          "Sdri. Veronika Ansi, di nomor 0852-4510-7734."),
        P("Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih."),
    ]
    + ttd(["Ketua Bawaslu Kabupaten Sintang Hulu,"], "YOHANES ANYANG, S.H."),
}, False, [], [14],
    "Undangan klarifikasi Bawaslu kepada kepala puskesmas atas dugaan ambulans dipakai mengangkut peserta kampanye paslon 2")

# =====================================================================
# 012  Inspektorat, Sulawesi Utara - tindak lanjut musyawarah, medsos (V)
# =====================================================================
add(12, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Tindak Lanjut Musyawarah", "author": "Sekretaris Itda",
             "created": "2024-01-05T00:45:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN BOLAANG TIMUR",
        "INSPEKTORAT DAERAH",
        "Jalan Bogani No. 3, Tutuyan Baru, Kode Pos 95783"]},
    "body": nomor_block([("Nomor", "700.1/019/Itda-BT/I/2024"), ("Sifat", "Biasa"),
                         ("Lampiran", "-"), ("Hal", "Tindak Lanjut Hasil Musyawarah Keluarga Besar Inspektorat")],
                        "Tutuyan Baru, 5 Januari 2024")
    + yth(["Para Auditor, P2UPD dan Staf", "Inspektorat Daerah", "Kabupaten Bolaang Timur"])
    + [
        P("Menindaklanjuti hasil musyawarah keluarga besar Inspektorat Daerah pada tanggal 4 Januari 2024 di rumah "
          "jabatan Inspektur, bersama ini disampaikan hal-hal sebagai berikut:"),
        L("Ibu Meiske Rondonuwu, S.E., istri Bapak Inspektur, maju untuk DPRD Provinsi Sulawesi Utara Dapil Bolmong Raya "
          "dengan nomor urut 4. Beliau adalah bagian dari keluarga besar kita sehingga membutuhkan dukungan kita semua "
          "sampai 14 Februari 2024."),
        L("Setiap pegawai mengikuti (follow) akun Instagram {link:https://www.instagram.com/meiske.torangpesuara|@meiske.torangpesuara} "
          "dan TikTok @meiske4sulut, memberi tanda suka pada setiap unggahan dan membagikannya ke story masing-masing paling lambat "
          "1 x 24 jam."),
        L("Foto profil WhatsApp diganti dengan twibbon \u201c{split:Torang Pi|lih Mei|ske, Bolmong Raya Ma|ju}\u201d yang dapat diunduh "
          "melalui {link:https://twb.nz/torangpilihmeiske|twb.nz/torangpilihmeiske}."),
        L("Seluruh pegawai bergabung di grup WhatsApp \u201cSahabat Meiske Bolaang Timur\u201d; tautan grup dibagikan oleh Kasubbag Umum."),
        {"p": "**Pelaporan**", "before": 120, "after": 60},
        P("Setiap hari Jumat pukul 15.00 WITA Kasubbag Umum dan Kepegawaian menghimpun tangkapan layar bukti follow, like "
          "dan share dari setiap pegawai dan melaporkannya kepada Sekretaris Inspektorat. Pegawai yang belum mengirimkan "
          "bukti akan dipanggil secara langsung."),
        P("Demikian untuk dilaksanakan dengan penuh kekeluargaan."),
    ]
    + ttd(["a.n. Inspektur", "Sekretaris,"], "RONNY W. MOKODOMPIT, S.E., M.Si.", "NIP. 19780303 200501 1 009"),
}, True, ["social-media", "endorsement", "letterhead-misuse"], [5, 10],
    "Surat Inspektorat 'menindaklanjuti hasil musyawarah': follow/like/share akun Meiske Rondonuwu (DPRD Provinsi nomor urut 4), twibbon 'Torang Pilih Meiske', grup WA, bagian Pelaporan screenshot")

# =====================================================================
# 013  Desa, Maluku Utara - draf catatan kades, ancaman BLT/RTLH (V)
# =====================================================================
add(13, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "catatan rapat perangkat", "author": "Kades", "created": "2024-10-10T11:20:00Z"},
    "body": [
        {"p": "catatan rapat perangkat desa Gamlamo Pante - kamis 10 okt 2024", "bold": True, "align": "left"},
        {"p": "(draf, jang kase kaluar dari grup perangkat)", "italic": True, "align": "left", "after": 240},
        {"p": "hadir: Kades, Sekdes, Kaur Kesra (Ibu Hasna), Kaur Umum, Kadus 1, 2, 3. Kadus 4 tra datang.", "align": "left"},
        L("Data calon penerima BLT-DD 2025 torang verifikasi ulang bulan depan. Ngoni sampaikan baik-baik ke warga: "
          "yang kase pasang baliho paslon lain di depan rumah, so pasti tara masuk daftar."),
        L("Bantuan seng deng semen RTLH tahap 2 (32 KK) cuma untuk keluarga yang so tanda tangan form dukungan paslon 01 "
          "Bpk. Rahmat Hi. Salim - Ibu Nurlaila Abd. Karim. Form ada di Kaur Kesra, sekalian ambe fotokopi KTP deng KK."),
        L("Kadus masing-masing catat sapa-sapa yang iko kampanye sebelah hari Minggu kemarin di Jailolo. Nama kase ke Sekdes."),
        L("Honor imam masjid, guru ngaji deng pegawai syara kalau ada yang terang-terangan bakampanye lawan, tahan dulu "
          "sampai abis pilkada."),
        L("Pak Kades bilang: \u201ctorang ini dapa bantuan dari atas karena pak Rahmat, jadi jang lupa diri.\u201d"),
        {"p": "lain2: kerja bakti saluran air hari sabtu jam 7 pagi, bawa parang deng pacul sendiri.", "align": "left", "before": 120},
        {"p": "- ditulis Sekdes (Iksan)", "align": "right", "italic": True},
    ],
}, True, ["inducement", "endorsement"], [8, 11],
    "Draf catatan kades (dialek Ternate): BLT-DD dan bantuan RTLH hanya untuk pendukung paslon 01 Rahmat Hi. Salim, ancam coret/tahan honor pendukung lawan, kumpulkan KTP")

# =====================================================================
# 014  BPBD, Maluku - pinjam pakai speedboat untuk logistik KPU (C)
# =====================================================================
add(14, {
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Persetujuan Pinjam Pakai", "author": "BPBD Aru Selatan",
             "created": "2024-11-08T02:10:00Z"},
    "kop": {"placement": "table", "logo": "LOGO PEMDA", "lines": [
        "PEMERINTAH KABUPATEN KEPULAUAN ARU SELATAN",
        "BADAN PENANGGULANGAN BENCANA DAERAH",
        "Jalan Pelabuhan Rakyat No. 9, Benjina Baru"]},
    "footnotes": {
        "1": "Naskah Perjanjian Hibah Daerah (NPHD) Pemerintah Kabupaten Kepulauan Aru Selatan dengan KPU Kabupaten Kepulauan Aru Selatan Tahun 2023-2024 untuk penyelenggaraan Pemilihan Bupati dan Wakil Bupati."},
    "body": nomor_block([("Nomor", "360/188/BPBD-KAS/XI/2024"), ("Sifat", "Penting"),
                         ("Lampiran", "1 (satu) berkas"), ("Hal", "Persetujuan Pinjam Pakai Speedboat dan Gudang")],
                        "Benjina Baru, 8 November 2024")
    + yth(["Ketua Komisi Pemilihan Umum", "Kabupaten Kepulauan Aru Selatan"])
    + [
        P("Menanggapi surat Saudara Nomor 612/PL.02.1-SD/8107/2024 tanggal 4 November 2024 perihal permohonan dukungan sarana "
          "distribusi logistik Pemilihan Serentak 2024, dengan ini kami sampaikan bahwa BPBD menyetujui pinjam pakai:"),
        L("2 (dua) unit speedboat rescue (\u201cSiaga Aru 1\u201d dan \u201cSiaga Aru 2\u201d) untuk distribusi logistik pemungutan "
          "suara ke 14 desa pulau, tanggal 20-26 November 2024, dan penarikan kembali kotak suara tanggal 28-30 November 2024;"),
        L("1 (satu) gudang logistik BPBD di Benjina Baru sebagai tempat transit kotak suara sebelum diberangkatkan."),
        P("Pinjam pakai dilaksanakan dengan ketentuan:", first=0),
        L("biaya BBM dan pelumas ditanggung KPU Kabupaten dari dana hibah penyelenggaraan pemilihan{fn:1};"),
        L("juru mudi dan ABK tetap dari BPBD dengan surat perintah tugas Kepala Pelaksana, dan melaksanakan tugas hanya untuk "
          "pengangkutan logistik bersama petugas PPK dan pengawalan Polri;"),
        L("apabila terjadi kejadian bencana atau cuaca ekstrem, BPBD berhak menarik satu unit speedboat untuk operasi "
          "penyelamatan setelah berkoordinasi dengan KPU;"),
        L("serah terima dituangkan dalam berita acara dan dilampiri foto kondisi kapal."),
        P("Dukungan ini kami berikan semata-mata untuk kelancaran tugas penyelenggara pemilihan. Sarana yang sama juga "
          "tersedia bagi Bawaslu Kabupaten untuk keperluan pengawasan distribusi atas permintaan tertulis."),
    ]
    + ttd(["Kepala Pelaksana BPBD,"], "SEMUEL GAITE, S.Sos., M.Si.", "NIP. 19751219 200212 1 003")
    + tembusan(["Penjabat Bupati Kepulauan Aru Selatan;", "Ketua Bawaslu Kabupaten Kepulauan Aru Selatan;", "Kapolres Kepulauan Aru Selatan."]),
}, False, [], [14],
    "Umpan fasilitas: pinjam pakai speedboat dan gudang BPBD kepada KPU untuk distribusi logistik, BBM dari hibah ('dukungan' kepada penyelenggara)")

# =====================================================================
# 015  Puskesmas, NTT - kampanye imunisasi kejar, tim sukses program (C)
# =====================================================================
add(15, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "Undangan Tim Sukses Imunisasi", "author": "Bikor Puskesmas",
             "created": "2024-10-21T01:00:00Z"},
    "kop": {"placement": "body", "lines": [
        "PEMERINTAH KABUPATEN MANGGARAI PESISIR",
        "DINAS KESEHATAN",
        "UPTD PUSKESMAS REKAS BARU",
        "Jl. Ruteng - Reo Km 18, Rekas Baru, Email: pkmrekasbaru@gmail.com"]},
    "body": [{"p": "", "after": 0}]
    + nomor_block([("Nomor", "PKM.RB/445/088/X/2024"), ("Lampiran", "1 lembar"),
                   ("Perihal", "Rapat Pembentukan Tim Sukses Kampanye Imunisasi Kejar")],
                  "Rekas Baru, 21 Oktober 2024")
    + yth(["Kepala Desa se-Wilayah Kerja", "Puskesmas Rekas Baru"])
    + [
        P("Cakupan imunisasi dasar lengkap di wilayah kerja Puskesmas Rekas Baru sampai September 2024 baru mencapai 71%, "
          "dan masih ada 143 anak usia 12-59 bulan yang belum mendapat imunisasi campak-rubela dan polio. Untuk itu Puskesmas "
          "akan melaksanakan **kampanye imunisasi kejar** di seluruh posyandu pada 4-30 November 2024."),
        P("Agar kampanye berhasil, di setiap desa perlu dibentuk **tim sukses imunisasi** yang terdiri dari kepala desa, "
          "bidan desa, dua orang kader posyandu, tokoh agama dan ketua PKK. Tim sukses bertugas mendata anak sasaran, mengajak "
          "orang tua datang ke posyandu dan menjemput anak di kampung-kampung yang jauh."),
        P("Sehubungan dengan itu kami mengundang Bapak/Ibu Kepala Desa atau yang mewakili pada:"),
        {"textbox": [
            {"p": "**Hari/tanggal:** Senin, 28 Oktober 2024", "align": "left", "after": 0},
            {"p": "**Pukul:** 09.00 WITA", "align": "left", "after": 0},
            {"p": "**Tempat:** Aula Puskesmas Rekas Baru", "align": "left", "after": 0},
            {"p": "**Acara:** pembentukan tim sukses imunisasi desa, pembagian rompi kader dan jadwal posyandu, "
                  "serta penandatanganan deklarasi Desa Sadar Imunisasi", "align": "left", "after": 0}],
         "width_cm": 15, "height_cm": 3.2},
        P("Dukungan Bapak/Ibu Kepala Desa sangat menentukan. Pada rapat tersebut setiap desa juga diminta memilih satu "
          "tanggal sweeping imunisasi dari jadwal terlampir. Desa dengan cakupan tertinggi akan mendapat piagam dari Kepala "
          "Dinas Kesehatan pada Hari Kesehatan Nasional."),
        P("Atas perhatian dan kehadiran Bapak/Ibu kami ucapkan terima kasih."),
    ]
    + ttd(["Kepala UPTD Puskesmas Rekas Baru,"], "MARIA IMAKULATA JEHAMAT, S.ST., M.Kes.", "NIP. 19820904 200604 2 012"),
}, False, [], [14],
    "Umpan: 'kampanye imunisasi kejar', 'tim sukses imunisasi', 'deklarasi Desa Sadar Imunisasi', 'dukungan', 'memilih satu tanggal'")

# =====================================================================
# 016  Korwil Pendidikan, NTT - transkrip pesan suara (V)
# =====================================================================
add(16, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Transkrip VN Korwil", "author": "Operator Korwil",
             "created": "2024-10-08T06:10:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN MANUPEU",
        "DINAS PENDIDIKAN, KEPEMUDAAN DAN OLAHRAGA",
        "KOORDINATOR WILAYAH BIDANG PENDIDIKAN KECAMATAN UMBU RATU SELATAN",
        "Jalan Waibakul - Lewa Km 12, Umbu Ratu Selatan"]},
    "body": [
        {"p": "Kepada Yth.", "align": "left", "after": 0},
        {"p": "Kepala SD Negeri/SD Inpres/SD Swasta", "align": "left", "after": 0},
        {"p": "se-Kecamatan Umbu Ratu Selatan", "align": "left", "after": 240},
        {"p": "Hal: Tindak lanjut arahan Korwil (transkrip pesan suara)", "bold": True, "align": "left"},
        P("Untuk menghindari salah tangkap karena sinyal di beberapa sekolah putus-putus, berikut kami tuliskan ulang pesan "
          "suara Bapak Korwil di grup \u201cKepsek SD Umbu Ratu\u201d tanggal 8 Oktober 2024 pukul 13.42 (durasi 1 menit 26 detik):"),
        {"p": "\u201cSelamat siang bapa mama kepala sekolah. Eee... ini saya sampaikan langsung saja e. Untuk guru honor komite "
               "dengan guru PPPK paruh waktu yang SK-nya mau diperpanjang Januari, itu wajib masuk relawan Sahabat Umbu Data "
               "di desa masing-masing, toh. Nama-nama nanti saya kirim ke ketua relawan di kecamatan. Terus, ee, tiap sekolah "
               "kumpul fotokopi KTP orang tua murid, minimal lima puluh lembar satu sekolah, bawa ke kantor korwil hari Senin, "
               "nanti tim yang ambil. Yang tidak mau... ya nanti kita lihat saja SK-nya tahun depan. Kita ini harus tahu balas "
               "budi, sekolah-sekolah baru dibangun di jaman beliau. Itu saja, terima kasih, Tuhan berkati.\u201d",
         "italic": True, "indent": 709, "align": "both"},
        P("Mohon Bapak/Ibu Kepala Sekolah mengirimkan daftar nama guru yang sudah bergabung dan jumlah fotokopi KTP yang "
          "terkumpul melalui operator korwil paling lambat Jumat, 11 Oktober 2024."),
    ]
    + ttd(["Umbu Ratu Selatan, 8 Oktober 2024", "Operator Korwil,"], "YULIANA RAMBU ATA"),
}, True, ["campaign-activity", "inducement", "endorsement", "letterhead-misuse"], [4, 8, 11],
    "Transkrip pesan suara Korwil: guru honor/PPPK wajib masuk relawan 'Sahabat Umbu Data' atau SK tidak diperpanjang, kumpulkan 50 KTP orang tua per sekolah")

# =====================================================================
# 017  Dinas Perikanan, Sulawesi Tenggara - undangan penyerahan, tracked (V)
# =====================================================================
add(17, {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Undangan Penyerahan Bantuan", "author": "Kabid Tangkap",
             "last_modified_by": "Sekdis", "change_author": "Sekdis",
             "created": "2024-10-02T01:00:00Z", "modified": "2024-10-03T08:40:00Z", "revision": 9},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN BUTON SELATAN RAYA",
        "DINAS PERIKANAN",
        "Jalan Poros Batauga No. 18, Batauga Baru 93762"]},
    "body": nomor_block([("Nomor", "523/274/DKP-BSR/X/2024"), ("Sifat", "Penting"),
                         ("Lampiran", "1 (satu) lembar"), ("Perihal", "Undangan Penyerahan Bantuan Mesin Ketinting dan Cool Box")],
                        "Batauga Baru, 3 Oktober 2024")
    + yth(["Ketua Kelompok Usaha Bersama (KUB) Nelayan", "Penerima Bantuan TA 2024", "(daftar terlampir)"])
    + [
        P("Dalam rangka penyaluran bantuan sarana penangkapan ikan Tahun Anggaran 2024 yang bersumber dari APBD Kabupaten "
          "Buton Selatan Raya, kami mengundang Ketua dan anggota KUB penerima untuk hadir pada:"),
        {"p": "Hari/tanggal\t:\tKamis, 10 Oktober 2024", "tabs": [[2835, "left"], [3119, "left"]], "indent": 709, "after": 0},
        {"p": "Pukul\t:\t15.30 WITA", "tabs": [[2835, "left"], [3119, "left"]], "indent": 709, "after": 0},
        {"p": "Tempat\t:\tTempat Pendaratan Ikan (TPI) Lapara Baru", "tabs": [[2835, "left"], [3119, "left"]], "indent": 709, "after": 120},
        P("{del:Penyerahan bantuan dilakukan oleh Kepala Dinas Perikanan dan disaksikan oleh Camat Lapara.}"
          "{ins:Penyerahan bantuan akan dirangkaikan dengan temu kangen nelayan bersama Bapak La Ode Muh. Arsyad, S.E., "
          "yang pada 27 November nanti bersama pasangannya memohon doa restu masyarakat pesisir. Bantuan diserahkan langsung "
          "oleh beliau, sehingga seluruh anggota KUB diharapkan hadir memakai kaos biru yang dibagikan tim beliau di lokasi.}"),
        P("Ketua KUB agar membawa stempel kelompok, KTP dan berita acara serah terima yang telah disiapkan oleh penyuluh "
          "perikanan masing-masing.{ins: Bagi kelompok yang hadir lengkap, beliau juga menyiapkan tambahan es balok dan "
          "solar 20 liter per KUB sebagai tanda terima kasih. Mohon kelompok menyampaikan dukungannya kepada beliau.}"),
        P("Demikian undangan ini, atas kehadirannya diucapkan terima kasih."),
    ]
    + ttd(["Kepala Dinas Perikanan,"], "Ir. LA ODE ABDUL GAFUR, M.Si.", "NIP. 19700214 199603 1 005"),
}, True, ["state-facility", "campaign-activity", "inducement", "endorsement", "letterhead-misuse"], [3, 7, 13],
    "Perubahan terlacak: penyerahan bantuan APBD dipindah ke temu kangen dengan La Ode Muh. Arsyad (pilkada 27 Nov), kaos biru tim beliau, solar 20 L, 'sampaikan dukungan'")

# =====================================================================
# 018  SD Negeri, Kalimantan Selatan - pesan WA wali kelas (C, informal)
# =====================================================================
add(18, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "info grup ortu", "author": "Operator SD", "created": "2024-11-18T09:00:00Z"},
    "body": [
        {"p": "SD NEGERI 2 MARTAPURA HULU - Kab. Banjar Hulu Raya", "bold": True, "align": "left", "after": 0},
        {"p": "Salinan pesan di grup WA \u201cOrtu Kelas 4A\u201d, 18/11/2024, utk arsip komite", "italic": True, "align": "left", "after": 240},
        {"p": "[18/11 19.02] Bu Wali Kelas Rusmiati: Assalamualaikum pian barataan, ulun handak menyampaikan beberapa hal lah:", "align": "left"},
        {"p": "1) Rapat komite triwulan, pian pilih salah satu jadwal: Selasa 26/11 jam 10 atau Kamis 28/11 jam 14. "
              "Tolong jawab di polling di bawah ini kena.", "align": "left", "indent": 360},
        {"p": "2) Tgl 27/11 (Rabu) SEKOLAH LIBUR, hari pemungutan suara Pilkada. Ruang kelas 4A & 4B dipakai gasan TPS 05, "
              "jadi Selasa sore meja kursi diatur petugas KPPS. Anak-anak kada usah datang.", "align": "left", "indent": 360},
        {"p": "3) Bagi abah mama nang ada adik, pendaftaran calon peserta didik baru kelas 1 tahun ajaran 2025/2026 "
              "dibuka bulan Januari, bawa KK wan akta lahir.", "align": "left", "indent": 360},
        {"p": "4) Sekolah lagi kampanye gemar membaca 15 menit sebelum belajar. Mohon dukungan abah mama di rumah, "
              "bacakan buku gasan anak sebelum tidur. Nang handak jadi relawan pojok baca, japri ulun.", "align": "left", "indent": 360},
        {"p": "Makasih banyak, mohon maaf kalau ada salah kata \U0001F64F", "align": "left", "indent": 360},
        {"p": "[18/11 19.05] Mama Raihan: Kamis aja bu, Selasa ulun bagawi", "align": "left"},
        {"p": "[18/11 19.06] Abah Nabila: Setuju kamis bu", "align": "left"},
        {"p": "Disalin oleh: Operator sekolah (Fahmi)", "align": "right", "italic": True, "before": 240},
    ],
}, False, [], [11, 14],
    "Umpan informal (bahasa Banjar): 'pilih salah satu jadwal', sekolah dipakai TPS, 'calon peserta didik', 'kampanye gemar membaca', 'dukungan', 'relawan'")

# =====================================================================
# 019  Kelurahan, Kalimantan Timur - jalan sehat & senam, twibbon (V)
# =====================================================================
add(19, {
    "font": "Century Gothic", "size": 21,
    "meta": {"title": "Undangan Jalan Sehat", "author": "Kelurahan BCI",
             "created": "2024-10-11T02:00:00Z"},
    "kop": {"placement": "table", "logo": "LAMBANG KOTA", "lines": [
        "PEMERINTAH KOTA SANGATTA BARU",
        "KECAMATAN TANJUNG LAUT",
        "KELURAHAN BATU CERMIN ILIR",
        "Jalan Poros Bengalon No. 31, Sangatta Baru"]},
    "body": nomor_block([("Nomor", "400.3/142/Kel-BCI/X/2024"), ("Sifat", "Biasa"),
                         ("Lampiran", "-"), ("Perihal", "Undangan Jalan Sehat dan Senam Bersama")],
                        "Sangatta Baru, 11 Oktober 2024")
    + yth(["Ketua RT 01 s.d. RT 24,", "Ketua LPM, Ketua PKK dan", "Kader Posyandu Kelurahan Batu Cermin Ilir"])
    + [
        P("Dalam rangka memeriahkan Minggu sehat sekaligus mempererat kebersamaan warga, Kelurahan Batu Cermin Ilir akan "
          "mengadakan jalan sehat dan senam bersama Ibu Hj. Rahmawati Daeng Masikki, S.E., Wali Kota Sangatta Baru periode "
          "2019-2024, pada Minggu, 20 Oktober 2024 pukul 06.30 WITA, start dan finis di halaman Kantor Kelurahan."),
        {"textbox": [
            {"p": "**RUTE:** Kantor Kelurahan - Jl. Yos Sudarso - Pasar Induk - kembali ke Kantor Kelurahan (4 km)", "align": "left", "after": 0},
            {"p": "**DRESSCODE:** kaos ungu \u201cRAHMA untuk Sangatta\u201d (diambil di rumah Ketua RT masing-masing)", "align": "left", "after": 0},
            {"p": "**YEL-YEL:** \u201cSangatta Hebat, Rahma Lanjutkan!\u201d", "align": "left", "after": 0}],
         "width_cm": 15.5, "height_cm": 2.6},
        P("Setiap Ketua RT dimohon menghadirkan minimal 30 warga. Setelah senam, Ibu Rahma akan berdialog dengan warga mengenai "
          "program lima tahun ke depan, dan beliau akan menyerahkan langsung bantuan alat kebersihan untuk setiap RT."),
        P("Ketua RT dan kader mohon mengunggah foto kegiatan di Facebook dan Instagram dengan bingkai (twibbon) yang akan "
          "dikirim admin kelurahan, serta tagar #RahmaLanjutkan #SangattaHebat, dan menandai akun @rahma.sangattabaru."),
        P("Demikian undangan ini kami sampaikan, atas perhatian dan partisipasinya kami ucapkan terima kasih."),
    ]
    + ttd(["Lurah Batu Cermin Ilir,"], "ANDI SYAMSUDDIN PATANGARI, S.Sos.", "NIP. 19810726 200801 1 014"),
}, True, ["campaign-activity", "social-media", "endorsement", "state-facility", "letterhead-misuse"], [3, 5, 7],
    "Undangan lurah: jalan sehat & senam bersama mantan wali kota Rahmawati di halaman kelurahan, kaos 'RAHMA', yel-yel 'Rahma Lanjutkan', twibbon dan tagar #RahmaLanjutkan")

# =====================================================================
# 020  Kecamatan, Gorontalo - notulen rakor fasilitasi kampanye, semua paslon setara (C)
# =====================================================================
add(20, {
    "font": "Arial", "size": 21,
    "meta": {"title": "Notulen Rakor Kampanye", "author": "Seksi Trantib",
             "created": "2024-09-23T08:00:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN BOALEMO RAYA",
        "KECAMATAN TILAMUTA BARAT",
        "Jalan Trans Sulawesi No. 101, Tilamuta Barat"]},
    "footer": [{"p": "Notulen Rakor Forkopimcam - 23 September 2024", "align": "left", "size": 16}],
    "body": [
        C("**NOTULEN**"),
        C("RAPAT KOORDINASI PENGAMANAN DAN FASILITASI TAHAPAN KAMPANYE", bold=True),
        C("PEMILIHAN BUPATI DAN WAKIL BUPATI BOALEMO RAYA TAHUN 2024", bold=True, after=240),
        {"p": "Hari/tanggal: Senin, 23 September 2024, pukul 10.00 WITA, Ruang Rapat Kantor Camat", "align": "left", "after": 0},
        {"p": "Peserta: Camat, Kapolsek, Danramil, Ketua PPK, Ketua Panwaslu Kecamatan, Kasi Trantib, 9 Kepala Desa, "
              "penghubung (LO) tim kampanye pasangan calon nomor urut 1, 2 dan 3.", "align": "left", "after": 120},
        {"p": "**Hasil rapat:**", "after": 60},
        L("Jadwal rapat umum di wilayah Kecamatan Tilamuta Barat mengikuti Keputusan KPU Kabupaten. Lokasi yang disepakati "
          "adalah Lapangan Taruna Desa Hungayo, dengan pembagian yang sama untuk setiap pasangan calon:"),
        {"table": [["Pasangan calon", "Tanggal rapat umum", "Lokasi", "Pengamanan"],
                   ["Nomor urut 1", "Sabtu, 26 Oktober 2024", "Lapangan Taruna", "Polsek, Koramil"],
                   ["Nomor urut 2", "Sabtu, 2 November 2024", "Lapangan Taruna", "Polsek, Koramil"],
                   ["Nomor urut 3", "Sabtu, 9 November 2024", "Lapangan Taruna", "Polsek, Koramil"]],
         "widths": [2200, 2600, 2200, 2070], "header_row": True},
        {"p": "", "after": 60},
        L("Kantor camat, kantor desa, sekolah, puskesmas, pustu dan rumah ibadah tidak boleh dipakai untuk kampanye oleh "
          "pasangan calon mana pun. Permohonan izin yang masuk ke kecamatan akan dijawab sama untuk semua."),
        L("APK tidak boleh dipasang di pagar kantor pemerintahan, pohon pelindung jalan dan tiang listrik. Penertiban dilakukan "
          "bersama Panwaslu Kecamatan dan Satpol PP, dengan pemberitahuan lebih dahulu kepada LO masing-masing pasangan calon."),
        L("Camat mengingatkan ASN kecamatan, kepala desa dan perangkat desa untuk netral, tidak hadir sebagai peserta kampanye "
          "dan tidak memberi komentar atau tanda suka di akun kampanye pasangan calon mana pun."),
        L("Ketua Panwaslu Kecamatan meminta LO tim kampanye menyampaikan pemberitahuan setiap pertemuan terbatas paling lambat "
          "H-1 kepada Polsek dengan tembusan Panwaslu."),
        {"p": "Rapat ditutup pukul 12.00 WITA dengan kesepakatan menjaga kampanye damai.", "before": 120},
    ]
    + ttd(["Notulis,"], "SRI WAHYUNI DJAFAR, S.IP.", "NIP. 19890321 201101 2 003"),
}, False, [], [14],
    "Notulen rakor kecamatan: jadwal dan lokasi rapat umum sama untuk paslon 1-3, larangan kampanye di kantor pemerintahan, ASN netral")


# =====================================================================
# 021  Distrik, Papua Pegunungan - pelantikan tim pemenangan, logistik (V)
# =====================================================================
add(21, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Surat Kepala Distrik", "author": "Sekretaris Distrik",
             "created": "2024-10-09T23:30:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN JAYAWIJAYA UTARA",
        "DISTRIK KURULU HILIR",
        "Jalan Poros Wamena - Kurulu, Kampung Jiwika Baru"]},
    "body": nomor_block([("Nomor", "100/061/DKH/X/2024"), ("Sifat", "Penting/Segera"),
                         ("Lampiran", "1 (satu) berkas"), ("Hal", "Pelantikan Tim Pemenangan Tingkat Distrik")],
                        "Jiwika Baru, 10 Oktober 2024")
    + yth(["Kepala Kampung dan Ketua Bamuskam", "se-Distrik Kurulu Hilir"])
    + [
        P("Sehubungan dengan pelantikan tim pemenangan tingkat distrik dan koordinator kampung yang akan dilaksanakan pada "
          "hari Rabu, 16 Oktober 2024 pukul 10.00 WIT, bersama ini kami sampaikan pengaturan kegiatan sebagai berikut:"),
        {"table": [["No", "Uraian", "Penanggung jawab", "Keterangan"],
                   ["1", "Tempat: Aula Kantor Distrik Kurulu Hilir", "Sekretaris Distrik", "Kursi ditambah dari gudang distrik"],
                   ["2", "Tenda, genset dan sound system", "Kasi Trantib", "Milik distrik, dipasang Selasa sore"],
                   ["3", "Konsumsi 300 nasi kotak dan 20 ekor babi untuk bakar batu", "Bendahara Distrik", "Dari dana operasional distrik, dipertanggungjawabkan sebagai rapat koordinasi"],
                   ["4", "Jemputan kepala kampung dari Kampung Umpagalo dan Kampung Yalekha", "Pengemudi distrik", "Mobil dinas distrik dan 2 motor trail"],
                   ["5", "Daftar hadir dan pas foto 3x4 calon koordinator kampung", "Kasi Pemerintahan", "Masing-masing kampung 5 orang"]],
         "widths": [500, 3400, 2000, 3170], "header_row": True},
        {"p": "", "after": 60},
        P("Setiap Kepala Kampung diharapkan hadir sendiri dan membawa 15 (lima belas) orang warga serta 5 (lima) orang yang "
          "akan dilantik sebagai koordinator kampung. Peserta memakai kemeja putih. Kepala Kampung yang berhalangan agar "
          "memberi tahu Sekretaris Distrik paling lambat Senin, 14 Oktober 2024."),
        P("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih."),
    ]
    + ttd(["Kepala Distrik Kurulu Hilir,"], "YONAS WETIPO, S.IP.", "NIP. 19800505 200701 1 021"),
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 4, 6],
    "Hal: pelantikan tim pemenangan tingkat distrik; isi hanya logistik: aula distrik, genset, dana operasional untuk konsumsi, mobil dinas, koordinator kampung dilantik")

# =====================================================================
# 022  Dinas Pertanian, Sulawesi Tenggara - partai pupuk & deklarasi ZI (C)
# =====================================================================
add(22, {
    "engine": "libreoffice",
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Pemberitahuan Distribusi Pupuk", "author": "Bidang PSP",
             "created": "2024-10-28T00:50:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN KOLAKA HULU",
        "DINAS PERTANIAN, PERKEBUNAN DAN PETERNAKAN",
        "Jalan Poros Kolaka - Kendari Km 22, Lalolae Baru"]},
    "footer": [{"p": "Melayani dengan hati, tanpa pungutan | www.distan.kolakahulu.go.id", "align": "center", "size": 16}],
    "body": nomor_block([("Nomor", "521.3/619/Distanbunnak/X/2024"), ("Sifat", "Biasa"),
                         ("Lampiran", "1 (satu) lembar"), ("Perihal", "Distribusi Pupuk Bersubsidi MT Oktober-Maret dan Deklarasi Zona Integritas")],
                        "Lalolae Baru, 28 Oktober 2024")
    + yth(["Koordinator BPP", "se-Kabupaten Kolaka Hulu"])
    + [
        P("Bersama ini kami sampaikan bahwa alokasi pupuk bersubsidi untuk musim tanam Oktober 2024 - Maret 2025 di Kabupaten "
          "Kolaka Hulu sebanyak 1.840 ton Urea dan 1.215 ton NPK akan dikirim oleh distributor dalam 3 (tiga) partai, yaitu:"),
        L("partai pertama (Urea 600 ton, NPK 400 ton) tiba di gudang lini III Lalolae pada minggu pertama November 2024;"),
        L("partai kedua (Urea 640 ton, NPK 415 ton) pada minggu ketiga Desember 2024;"),
        L("partai ketiga (sisa alokasi) pada minggu kedua Februari 2025, setelah evaluasi serapan."),
        P("Penebusan oleh petani hanya dapat dilakukan oleh calon penerima yang terdaftar dalam e-RDKK dengan menunjukkan KTP "
          "di kios resmi. Koordinator BPP diminta memastikan penyuluh mendampingi verifikasi dan melaporkan kekurangan stok."),
        P("Selain itu, seluruh Koordinator BPP dan penyuluh diundang mengikuti **Deklarasi dan Penandatanganan Pakta Integritas "
          "Pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK)** pada Senin, 4 November 2024 pukul 08.00 WITA di "
          "halaman kantor dinas. Peserta memakai PDH Korpri. Koordinator BPP dapat memilih salah satu perwakilan penyuluh dari "
          "setiap BPP untuk membacakan ikrar."),
        P("Demikian untuk dilaksanakan."),
    ]
    + ttd(["Kepala Dinas,"], "Ir. H. MUSTAMIN LAMBALI, M.M.", "NIP. 19680812 199403 1 006"),
}, False, [], [14],
    "Umpan: 'partai' untuk kiriman pupuk, 'calon penerima', 'deklarasi' zona integritas, 'memilih salah satu perwakilan' (mesin LibreOffice)")

# =====================================================================
# 023  Puskesmas, NTB - broadcast WA huruf kapital ke kader (V)
# =====================================================================
add(23, {
    "font": "Courier New", "size": 20,
    "meta": {"title": "arsip pesan grup kader", "author": "HP Bikor", "created": "2024-10-27T12:00:00Z"},
    "body": [
        {"p": "ARSIP PESAN GRUP \u201cKADER POSYANDU PKM WOJA BARAT\u201d", "bold": True, "align": "left", "after": 0},
        {"p": "(disalin dari HP Bidan Koordinator, 27/10/2024 19.48)", "align": "left", "after": 240},
        {"p": "ASSALAMUALAIKUM IBU2 KADER POSYANDU SE WILAYAH PKM WOJA BARAT. NAHU MINTA TOLONG DIBACA SAMPE HABIS YA.", "align": "left"},
        {"p": "1. TGL 27 NOP NANTI KITA SEMUA WAJIB {split:C0BL|0S} NO 3 BPK H. SYAHRIR M. AMIN. BELIAU YG NAIKKAN INSENTIF "
              "KADER JD 150RB/BLN. KITA HRS BALAS BUDI, BELIAU HRS 2 PERIODE!!", "align": "left"},
        {"p": "2. SETIAP KADER KUMPULKAN FC KTP MINIMAL 10 ORG (KELUARGA / TETANGGA) YG SIAP D-U-K-U-N-G BELIAU, SETOR KE "
              "BIDAN DESA PALING LAMBAT TGL 5 NOP. YG SETOR 10 KTP DAPAT PAKET SEMBAKO (BERAS 10KG, MINYAK 2LTR, GULA 1KG) "
              "DR TIM BPK SYAHRIR.", "align": "left"},
        {"p": "3. FLYER YG NAHU KIRIM DIATAS TOLONG DI FWD KE MINIMAL 5 GRUP KELUARGA, PASANG DI STATUS WA JUGA. "
              "TULIS: \u201cP!LIH NO 3, DOMPU RAYA TETAP MAJU\u201d", "align": "left"},
        {"p": "4. YG TDK MAU IKUT, INSENTIF BLN DEPAN NAHU EVALUASI BERSAMA KAPUS.", "align": "left"},
        {"p": "SALAM SEHAT, HJ. ST. AMINAH, AMD.KEB (BIKOR)", "align": "left"},
        {"p": "[27/10 19.51] Kader Ds Mbawi: siap bu", "align": "left", "before": 120},
        {"p": "[27/10 19.53] Kader Ds Tolokalo: insyaallah bu, ktp bsk nahu antar", "align": "left"},
    ],
}, True, ["endorsement", "inducement", "social-media"], [1, 7, 8, 11],
    "Broadcast huruf kapital bidan koordinator: 'c0bl0s no 3' Syahrir M. Amin, '2 periode', kumpulkan 10 KTP ditukar sembako, forward flyer, ancam insentif kader")

# =====================================================================
# 024  BPBD, Kalimantan Utara - kunjungan kerja bupati, murni kedinasan (C)
# =====================================================================
add(24, {
    "font": "Arial", "size": 22,
    "meta": {"title": "ND Persiapan Kunker Bupati", "author": "Kabid KL",
             "created": "2024-08-02T01:40:00Z"},
    "kop": {"placement": "body", "lines": [
        "PEMERINTAH KABUPATEN BULUNGAN HILIR",
        "BADAN PENANGGULANGAN BENCANA DAERAH",
        "Jalan Sengkawit No. 40, Tanjung Selor Hilir"]},
    "body": [
        {"p": "", "after": 0},
        C("**NOTA DINAS**"),
        C("Nomor: 360/204/BPBD-BH/VIII/2024", after=120),
        {"p": "Kepada\t: Kepala Bidang Kedaruratan dan Logistik; Kepala Seksi Rehabilitasi", "align": "left", "after": 0},
        {"p": "Dari\t: Kepala Pelaksana BPBD", "align": "left", "after": 0},
        {"p": "Hal\t: Persiapan Kunjungan Kerja Bupati ke Lokasi Banjir Desa Salimbatu Hulu", "align": "left", "after": 120, "border_bottom": True},
        P("Bupati Bulungan Hilir dijadwalkan meninjau lokasi banjir di Desa Salimbatu Hulu dan Desa Tanah Kuning Baru pada "
          "Selasa, 6 Agustus 2024 pukul 09.00 WITA, didampingi Kepala Dinas Sosial, Kepala Dinas PUPR dan Camat. Agenda kunjungan: "
          "peninjauan tanggul yang jebol, dialog dengan pengungsi di posko SDN 004, dan penyerahan bantuan logistik darurat."),
        P("Mengingat tahun 2024 adalah tahun pemilihan, kegiatan ini harus tetap murni kedinasan. Untuk itu Saudara diminta:", first=0),
        L("menyiapkan bantuan (beras, selimut, matras, perlengkapan bayi) sesuai data pengungsi hasil kaji cepat BPBD dan Dinsos, "
          "dibagikan kepada semua keluarga terdampak tanpa membedakan siapa pun;"),
        L("memastikan kemasan bantuan hanya berlogo BPBD/Pemerintah Kabupaten, tanpa foto, warna, stiker atau tulisan pribadi "
          "pejabat mana pun, dan tidak ada spanduk selain spanduk posko resmi;"),
        L("mengingatkan petugas dan relawan PMI yang bertugas agar tidak memakai atribut partai atau pasangan calon, dan tidak "
          "mengajak foto dengan simbol jari;"),
        L("mempublikasikan dokumentasi hanya melalui akun resmi BPBD dan Diskominfo dengan keterangan berupa informasi "
          "penanganan bencana."),
        P("Apabila ada pihak di luar rombongan resmi yang hendak membagikan barang bermerek kegiatan politik di lokasi "
          "pengungsian, petugas agar menolak dengan sopan dan melaporkannya kepada kami."),
    ]
    + ttd(["Kepala Pelaksana,"], "HERMANUS LAING, S.T., M.Si.", "NIP. 19770418 200312 1 008", "Tanjung Selor Hilir, 2 Agustus 2024"),
}, False, [], [14],
    "Kunjungan kerja rutin bupati ke lokasi banjir (Agustus, sebelum kampanye) diatur murni kedinasan: bantuan untuk semua, tanpa atribut/foto pribadi")

# =====================================================================
# 025  MKKS SMP, Sulawesi Selatan - notulen, BOS untuk spanduk, twibbon (V)
# =====================================================================
add(25, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "Notulen MKKS Oktober", "author": "Sekretaris MKKS",
             "created": "2024-10-05T06:00:00Z"},
    "body": [
        C("**NOTULEN RAPAT PENGURUS DAN ANGGOTA**"),
        C("**MUSYAWARAH KERJA KEPALA SEKOLAH (MKKS) SMP KABUPATEN BULUKUMBA TIMUR**", after=120),
        {"p": "Sabtu, 5 Oktober 2024, pukul 09.00 WITA, Ruang Pertemuan SMP Negeri 1 Kajang Timur", "align": "center", "italic": True, "after": 240},
        {"p": "Hadir 34 kepala SMP negeri dan swasta (daftar hadir terlampir). Rapat dipimpin Ketua MKKS, Drs. Andi Baso Tenri, M.Pd.", "align": "left"},
        {"p": "**Pembuka**", "after": 60},
        P("Ketua menyampaikan: menindaklanjuti hasil musyawarah pengurus MKKS minggu lalu, sudah waktunya sekolah-sekolah "
          "menunjukkan terima kasih kepada Bapak H. Andi Mappasessu Daeng Ngerang yang selama lima tahun membangun 41 ruang "
          "kelas baru dan mengangkat guru honor menjadi PPPK."),
        {"p": "**Kesepakatan rapat**", "after": 60},
        L("Setiap sekolah memasang dua spanduk ucapan selamat HUT Kabupaten bergambar Bapak Andi Mappasessu dengan tulisan "
          "\u201cLanjutkan! Bulukumba Timur Berkah\u201d di pagar sekolah. Biaya dari dana BOS, dicatat pada komponen "
          "kegiatan kesiswaan."),
        L("Guru PNS dan PPPK mengganti foto profil WhatsApp dan Facebook dengan twibbon #AndiLanjut2Periode dan membagikan "
          "video kampanye beliau yang dikirim admin MKKS setiap minggu."),
        L("Target: 80% guru, pegawai dan keluarga memilih Andi Mappasessu - Sitti Rahmah pada 27 November 2024. Kepala sekolah "
          "mendata guru yang belum jelas pilihannya."),
        L("Setiap sekolah menunjuk 2 (dua) guru honorer untuk masuk relawan \u201cSahabat Andi Bersatu\u201d tingkat kecamatan."),
        {"p": "**Lain-lain**", "after": 60},
        L("Jadwal ANBK gelombang 2 dan pembagian proktor akan dibahas pada rapat bulan depan."),
        {"p": "Notulis: Hasnawati, S.Pd. (Kepala SMP Negeri 3 Herlang Timur)", "align": "right", "before": 240},
    ],
}, True, ["endorsement", "social-media", "state-facility", "campaign-activity"], [4, 5, 9, 10, 13],
    "Notulen MKKS: spanduk 'Lanjutkan!' bergambar Andi Mappasessu dari dana BOS, twibbon #AndiLanjut2Periode, target 80% suara, guru honor masuk relawan")

# =====================================================================
# 026  Inspektorat, Papua Tengah - ringkasan LHP dan rekomendasi sanksi (C)
# =====================================================================
add(26, {
    "font": "Arial", "size": 21,
    "meta": {"title": "Ringkasan LHP Netralitas", "author": "Irban III",
             "created": "2024-11-12T04:00:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN MIMIKA PANTAI",
        "INSPEKTORAT DAERAH",
        "Jalan Cenderawasih No. 14, Timika Pantai"]},
    "footer": [{"p": "RAHASIA - hanya untuk pejabat yang berwenang menghukum", "align": "center", "size": 16, "bold": True}],
    "footnotes": {"1": "Tangkapan layar diserahkan oleh Bawaslu Kabupaten Mimika Pantai bersama penerusan pelanggaran nomor 017/PP.01.02/K.PT-04/X/2024."},
    "body": nomor_block([("Nomor", "700.1.2/144/Itda-MP/XI/2024"), ("Sifat", "Rahasia"),
                         ("Lampiran", "1 (satu) berkas LHP"), ("Hal", "Ringkasan Hasil Pemeriksaan Khusus dan Rekomendasi Hukuman Disiplin")],
                        "Timika Pantai, 12 November 2024")
    + yth(["Penjabat Bupati Mimika Pantai", "selaku Pejabat Pembina Kepegawaian"])
    + [
        P("Menindaklanjuti penerusan dugaan pelanggaran netralitas ASN dari Bawaslu Kabupaten, Inspektorat telah melaksanakan "
          "pemeriksaan khusus terhadap Sdr. M.K., NIP. 19830214 200801 1 0xx, Kepala SMP Negeri 5 Mimika Pantai, pada 4-8 November 2024."),
        {"p": "**1. Fakta yang ditemukan**", "after": 60},
        P("Pada 13 Oktober 2024 yang bersangkutan mengunggah foto bersama pasangan calon Bupati nomor urut 1 di akun Facebook "
          "pribadinya dengan keterangan sebagai berikut{fn:1}:"),
        {"textbox": [{"p": "%%\u201cMari torang kawal Mama Yosina dua periode! Guru-guru SMP 5 siap menangkan. "
                            "#MimikaPantaiLanjut #Nomor1Mantap\u201d%%", "align": "left"}],
         "width_cm": 14, "height_cm": 1.8},
        P("Unggahan tersebut dibagikan ulang 46 kali dan masih dapat diakses sampai 15 Oktober 2024. Dalam pemeriksaan "
          "yang bersangkutan mengakui mengunggah foto tersebut dan menyatakan tidak mengetahui larangannya."),
        {"p": "**2. Kesimpulan**", "after": 60},
        P("Perbuatan tersebut melanggar kewajiban netralitas sebagaimana Pasal 9 ayat (2) Undang-Undang Nomor 20 Tahun 2023 "
          "dan Pasal 5 huruf n Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS."),
        {"p": "**3. Rekomendasi**", "after": 60},
        L("menjatuhkan hukuman disiplin sedang berupa pemotongan tunjangan kinerja sebesar 25% selama 6 (enam) bulan;"),
        L("memerintahkan yang bersangkutan menghapus unggahan dan membuat pernyataan tertulis untuk bersikap netral;"),
        L("meminta Dinas Pendidikan melakukan sosialisasi netralitas ASN kepada seluruh kepala sekolah, dengan merujuk "
          "{link:https://www.bkn.go.id|laman BKN} dan Keputusan Bersama lima instansi."),
    ]
    + ttd(["Inspektur,"], "Drs. OKTOVIANUS MAGAI, M.Si.", "NIP. 19701022 199603 1 002")
    + tembusan(["Kepala BKN Kantor Regional IX Jayapura;", "Ketua Bawaslu Kabupaten Mimika Pantai;", "Kepala BKPSDM Kabupaten Mimika Pantai."]),
}, False, [], [14],
    "Ringkasan LHP Inspektorat mengutip unggahan partisan kepala SMP ('kawal Mama Yosina dua periode', #MimikaPantaiLanjut) dan merekomendasikan hukuman disiplin")

# =====================================================================
# 027  Dinas Pertanian, Maluku - safari dialogis, jadwal temu tani (V, LO)
# =====================================================================
add(27, {
    "engine": "libreoffice",
    "font": "Arial", "size": 21,
    "meta": {"title": "ND Jadwal Temu Tani", "author": "Kabid Penyuluhan",
             "created": "2024-10-01T02:30:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN SERAM UTARA RAYA",
        "DINAS PERTANIAN",
        "Jalan Trans Seram No. 3, Wahai Baru"]},
    "body": [
        C("**NOTA DINAS**", after=120),
        {"table": [["Kepada", ": Para Koordinator BPP se-Kabupaten Seram Utara Raya"],
                   ["Dari", ": Kepala Bidang Penyuluhan"],
                   ["Tanggal", ": 1 Oktober 2024"],
                   ["Nomor", ": 500.8/233/Distan-SUR/X/2024"],
                   ["Hal", ": Jadwal Temu Tani Bulan Oktober 2024"]],
         "widths": [1500, 7570], "borders": False},
        {"p": "", "border_bottom": True, "after": 120},
        P("Sesuai arahan Bapak Kepala Dinas, kegiatan temu tani, panen perdana demplot padi dan penyerahan bibit pala dan "
          "cengkeh bulan Oktober dirangkaikan dengan safari kampanye dialogis Bapak Drs. Abdullah Ohorella ke kecamatan-kecamatan, "
          "supaya petani mendengar langsung bahwa program bibit ini dilanjutkan bila beliau memimpin kembali pada periode berikutnya."),
        P("Jadwal dan pembagian tugas:", first=0),
        {"table": [["Tanggal", "Kecamatan", "Kegiatan", "Lokasi", "Kendaraan"],
                   ["8 Okt", "Seram Utara Timur", "Panen perdana demplot padi", "Desa Pasahari Baru", "Mobil BPP + truk dinas"],
                   ["12 Okt", "Seram Utara Barat", "Penyerahan 4.000 bibit pala", "Balai Desa Saleman Baru", "Mobil BPP"],
                   ["17 Okt", "Teluk Elpaputih Utara", "Temu tani dan penyerahan bibit cengkeh", "Halaman BPP Elpaputih", "Mobil BPP + 2 motor"],
                   ["24 Okt", "Wahai Baru", "Temu tani kabupaten", "Aula Dinas Pertanian", "Semua kendaraan dinas"]],
         "widths": [900, 2000, 2700, 2000, 1470], "header_row": True},
        {"p": "", "after": 60},
        L("PPL hadir pada jam kerja dengan surat tugas dari Koordinator BPP; daftar hadir kelompok tani dibuat rangkap dua, "
          "satu untuk dinas dan satu untuk tim Pak Abdullah."),
        L("Setiap BPP menghadirkan minimal 150 petani anggota poktan, dan ketua poktan duduk di barisan depan."),
        L("Spanduk kegiatan memakai warna hijau-putih sesuai contoh dari tim; logo dinas dicantumkan di pojok kanan."),
        L("Bibit diserahkan secara simbolis oleh beliau kepada ketua poktan; sisa bibit dibagikan PPL setelah acara."),
    ]
    + ttd(["Kepala Bidang Penyuluhan,"], "MARTHA LATUPERISSA, S.P., M.Si.", "NIP. 19800129 200501 2 010"),
}, True, ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"], [1, 3, 6, 12, 13],
    "Nota dinas Distan (LibreOffice): temu tani dan bibit dirangkaikan dengan safari dialogis Abdullah Ohorella 'memimpin kembali periode berikutnya'; sisanya jadwal, kendaraan dinas, kuota petani, daftar hadir untuk tim")

# =====================================================================
# 028  Panwaslu Distrik, Papua Barat - pesan WA ke pengawas kampung (C, informal)
# =====================================================================
add(28, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "instruksi masa tenang", "author": "Panwas Distrik", "created": "2024-11-23T10:00:00Z"},
    "body": [
        {"p": "PANWASLU DISTRIK BABO TIMUR - KAB. TELUK BINTUNI RAYA", "bold": True, "align": "left", "after": 0},
        {"p": "Arsip pesan WA grup \u201cPKD Babo Timur\u201d (untuk lampiran laporan pengawasan masa tenang)", "italic": True, "align": "left", "after": 240},
        {"p": "[23/11/24 18.30] Ketua Panwas Distrik (Kornelis): Selamat malam sodara-sodara PKD semua. Besok tanggal 24 "
              "sampe 26 itu masa tenang, jadi sa minta tolong kam patroli di kampung masing-masing, pagi deng malam.", "align": "left"},
        {"p": "1. Kalau masih ada baliho, spanduk deng bendera paslon yang belum dikasi turun, foto, catat titiknya, "
              "kirim ke sa. Tong turunkan sama-sama deng Satpol PP hari Minggu pagi.", "align": "left", "indent": 360},
        {"p": "2. Kalau dapa ASN, guru, kepala kampung atau aparat kampung yang bagi-bagi uang, sembako, atau kumpul KTP "
              "untuk paslon mana saja, jang tegur sendiri e. Ambil foto/video, catat jam deng tempat, trus langsung kasi tau sa.", "align": "left", "indent": 360},
        {"p": "3. Form A hasil pengawasan kam isi tiap hari, kirim foto formnya ke grup ini paling lambat jam 9 malam.", "align": "left", "indent": 360},
        {"p": "4. Tanggal 27 kam tugas di TPS, pastikan kam sendiri juga su pake hak pilih di TPS terdekat.", "align": "left", "indent": 360},
        {"p": "Jaga kesehatan, hati-hati di jalan, hujan terus ini. Tuhan berkati.", "align": "left", "indent": 360},
        {"p": "[23/11/24 18.41] PKD Kampung Irarutu Baru: Siap pak ketua", "align": "left"},
        {"p": "[23/11/24 18.44] PKD Kampung Modan: siap, baliho di depan pasar su sa foto tadi sore", "align": "left"},
    ],
}, False, [], [11, 14],
    "Pesan WA ketua Panwaslu Distrik (dialek Papua): patroli masa tenang, turunkan APK semua paslon, laporkan ASN yang bagi uang atau kumpul KTP")

# =====================================================================
# 029  SMP, Sulawesi Utara - izin guru sebagai KPPS, perubahan terlacak (C)
# =====================================================================
add(29, {
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Surat Izin Tugas KPPS", "author": "TU SMPN 2",
             "last_modified_by": "Kepala Sekolah", "change_author": "Kepala Sekolah",
             "created": "2024-02-09T01:00:00Z", "modified": "2024-02-09T03:15:00Z", "revision": 4},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN MINAHASA UTARA RAYA",
        "DINAS PENDIDIKAN DAN KEBUDAYAAN",
        "SMP NEGERI 2 LIKUPANG RAYA",
        "Jalan Raya Likupang - Wori, Desa Maen Baru"]},
    "body": [
        C("**__SURAT KETERANGAN IZIN TUGAS__**"),
        C("Nomor: 421.3/046/SMPN2-LR/II/2024", after=240),
        P("Yang bertanda tangan di bawah ini, Kepala SMP Negeri 2 Likupang Raya, memberikan izin kepada guru dan pegawai berikut "
          "untuk melaksanakan tugas sebagai anggota Kelompok Penyelenggara Pemungutan Suara (KPPS) pada Pemilu Tahun 2024:", first=0),
        {"table": [["No", "Nama", "Jabatan", "Tugas", "Tanggal tidak mengajar"],
                   ["1", "Jeane M. Sumampouw, S.Pd.", "Guru IPA", "Ketua KPPS TPS 003 Desa Maen Baru", "13 dan 15 Februari 2024"],
                   ["2", "Ferdinand Lumingkewas", "Staf Tata Usaha", "Anggota KPPS TPS 011 Desa Likupang Dua Baru", "13 dan 15 Februari 2024"],
                   ["3", "{ins:Grace Pangemanan, S.Pd.}", "{ins:Guru Bahasa Inggris}", "{ins:Anggota KPPS TPS 007 Desa Wori Baru}", "{ins:15 Februari 2024}"]],
         "widths": [500, 2600, 1600, 2700, 1670], "header_row": True},
        {"p": "", "after": 60},
        P("Jam pelajaran guru yang bersangkutan pada tanggal tersebut digantikan oleh guru piket sesuai jadwal yang diatur "
          "Wakasek Kurikulum{del:, dan siswa diberi tugas mandiri}. Tanggal 14 Februari 2024 sekolah libur nasional."),
        P("{ins:Selama bertugas, guru dan pegawai yang bersangkutan bekerja sebagai penyelenggara yang netral sesuai sumpah/janji "
          "anggota KPPS dan tidak boleh menunjukkan dukungan kepada peserta pemilu mana pun. }Surat keterangan ini diberikan "
          "untuk dipergunakan sebagaimana mestinya."),
    ]
    + ttd(["Likupang Raya, 9 Februari 2024", "Kepala Sekolah,"], "Drs. JOHNY A. KALANGI", "NIP. 19690707 199512 1 001"),
}, False, [], [14],
    "Izin tugas guru sebagai KPPS (dengan perubahan terlacak menambah nama dan pengingat netralitas)")

# =====================================================================
# 030  Kampung, Papua Selatan - notulen musyawarah RKP, frasa partisan dihapus (C, informal)
# =====================================================================
add(30, {
    "font": "Arial", "size": 22,
    "meta": {"title": "notulen muskam", "author": "Sekkam", "last_modified_by": "Kepala Kampung",
             "change_author": "Kepala Kampung",
             "created": "2024-09-12T07:00:00Z", "modified": "2024-09-13T00:20:00Z", "revision": 3},
    "body": [
        {"p": "PEMERINTAH KAMPUNG KUPRIK BARU - DISTRIK SEMANGGA HILIR - KAB. MERAUKE TIMUR RAYA", "bold": True, "align": "center", "after": 0},
        {"p": "Notulen Musyawarah Kampung Penyusunan RKP Kampung Tahun 2025", "bold": True, "align": "center", "after": 240},
        {"p": "hari kamis 12 sept 2024, jam 10 pagi, di balai kampung. hadir: kepala kampung, bamuskam 5 org, sekkam, "
              "kaur keuangan, ketua PKK, tokoh adat marind, tokoh agama, perwakilan petani sawah dan nelayan, pendamping desa. "
              "total 46 orang (daftar hadir terlampir).", "align": "left"},
        {"p": "**hasil pembahasan:**", "align": "left", "after": 60},
        L("usulan prioritas dari dusun: (a) rehab saluran irigasi tersier blok C; (b) pengadaan 2 unit mesin perontok padi "
          "untuk poktan Sejahtera dan Bina Tani; (c) penambahan lampu jalan tenaga surya 12 titik; (d) insentif kader posyandu."),
        L("pendamping desa ingatkan porsi ketahanan pangan minimal 20% dari dana desa sesuai aturan 2025."),
        L("bamuskam minta perbaikan dermaga kecil di kali Kumbe masuk daftar, tapi karena dana terbatas disepakati masuk "
          "usulan ke musrenbang distrik."),
        L("kepala kampung sampaikan: pembahasan RKP ini untuk semua warga{del:, sekalian kitorang semua dukung Bapak Wempi "
          "Gebze supaya dua periode, karena dia yang bantu kampung ini}. usulan yang masuk dinilai dari kebutuhan, bukan dari "
          "pilihan orang di pilkada nanti."),
        L("disepakati rancangan RKP dibahas lagi tgl 26 september dengan daftar harga dari pendamping teknik."),
        {"p": "musyawarah selesai jam 13.15, ditutup doa oleh bapak pendeta.", "align": "left", "before": 120},
        {"p": "notulis: Agustina Mahuze (sekkam)", "align": "right", "italic": True},
    ],
}, False, [], [11, 14],
    "Notulen musyawarah kampung (ketikan santai); frasa dukungan 'Wempi Gebze dua periode' ada hanya sebagai penghapusan terlacak (w:del) - teks final netral")

# --------------------------------------------------------------- write
def main():
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for f in os.listdir(spec_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(spec_dir, f))
    labels = {}
    seen = set()
    for num, spec, label in sorted(MEMOS, key=lambda m: m[0]):
        assert num not in seen, num
        seen.add(num)
        name = "%s_%03d" % (BATCH, num)
        with open(os.path.join(spec_dir, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(labels))


if __name__ == "__main__":
    main()
