#!/usr/bin/env python3
"""Batch b21: writes specs/b21_NNN.json and labels.json.

Each memo's wording is written out by hand below. The helpers only lay out the
standard naskah dinas furniture (kop, nomor/hal block, signature, tembusan).
"""
import json
import os

BATCH = "b21"
HERE = os.path.dirname(os.path.abspath(__file__))
MEMOS = []  # (number, spec, label)


# --------------------------------------------------------------- furniture only
def kop(placement, lines, logo=None):
    k = {"placement": placement, "lines": list(lines)}
    if logo:
        k["logo"] = logo
    return k


def blank():
    return {"p": "", "after": 0}


def judul(title, nomor=None, sub=None, underline=True):
    out = [{"p": ("__%s__" % title) if underline else title, "align": "center", "bold": True, "after": 0}]
    if nomor:
        out.append({"p": "Nomor: %s" % nomor, "align": "center", "after": 0})
    if sub:
        for s in ([sub] if isinstance(sub, str) else sub):
            out.append({"p": s, "align": "center", "bold": True, "after": 0})
    out.append(blank())
    return out


def kepala_surat(tempat_tgl, rows, kepada=None):
    """Nomor / Sifat / Lampiran / Hal block + addressee."""
    out = [{"p": tempat_tgl, "align": "right", "after": 120}]
    out.append({"table": [[r[0], ":", r[1]] for r in rows], "widths": [1500, 300, 7270], "borders": False})
    out.append(blank())
    if kepada:
        for k, line in enumerate(kepada):
            out.append({"p": line, "align": "left", "after": 0, "indent": 0 if k == 0 else 360})
        out.append(blank())
    return out


def ttd(tempat_tgl, jabatan, nama, pangkat=None, nip=None, indent=5103):
    lines = []
    if tempat_tgl:
        lines.append(tempat_tgl)
    lines += jabatan if isinstance(jabatan, list) else [jabatan]
    out = [blank()]
    for l in lines:
        out.append({"p": l, "indent": indent, "align": "left", "after": 0})
    for _ in range(3):
        out.append({"p": "", "indent": indent, "after": 0})
    out.append({"p": "**__%s__**" % nama, "indent": indent, "align": "left", "after": 0})
    if pangkat:
        out.append({"p": pangkat, "indent": indent, "align": "left", "after": 0})
    if nip:
        out.append({"p": "NIP. %s" % nip, "indent": indent, "align": "left", "after": 0})
    return out


def tembusan(items, label="Tembusan:"):
    out = [blank(), {"p": label, "align": "left", "after": 0, "size": 20}]
    for k, it in enumerate(items, 1):
        out.append({"p": "%d. %s" % (k, it), "align": "left", "after": 0, "size": 20, "indent": 0})
    return out


def add(num, spec, label):
    name = "%s_%03d" % (BATCH, num)
    spec = dict(spec)
    spec["output"] = name + ".docx"
    MEMOS.append((num, spec, label))


def L(violation, categories, classes, note):
    return {"violation": violation, "categories": sorted(categories), "classes": classes, "note": note}


# =============================================================== MEMOS
# ---------------------------------------------------------------- 001
add(1, {
    "font": "Bookman Old Style", "size": 23,
    "meta": {"title": "Penyaluran Bantuan MT I", "author": "Sekretariat Distan", "company": "Distan Loteng",
             "created": "2024-10-07T01:12:00Z", "modified": "2024-10-07T03:40:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN LOMBOK TENGAH", "DINAS PERTANIAN",
                          "Jalan Gajah Mada No. 17 Praya, Lombok Tengah 83511 - Telp. (0370) 653127",
                          "Pos-el: distan@lomboktengahkab.go.id"]),
    "body": kepala_surat("Praya, 7 Oktober 2024", [
        ("Nomor", "520/1187/Distan/X/2024"), ("Sifat", "Segera"), ("Lampiran", "1 (satu) berkas"),
        ("Hal", "**Penyaluran Bantuan Benih dan Alsintan MT I 2024/2025**")],
        ["Yth. Koordinator BPP se-Kabupaten Lombok Tengah", "di -", "Tempat"]) + [
        {"p": "Sehubungan dengan telah tersedianya bantuan benih padi inbrida varietas Inpari 32, benih jagung "
              "hibrida, dan 46 unit hand tractor yang bersumber dari APBD Kabupaten Lombok Tengah Tahun Anggaran "
              "2024, bersama ini disampaikan hal-hal sebagai berikut:", "first": 709},
        {"p": "Data CPCL (calon petani calon lokasi) agar diverifikasi kembali oleh Koordinator BPP bersama PPL "
              "wilayah binaan dan disampaikan kepada Bidang Prasarana dan Sarana Pertanian paling lambat tanggal "
              "18 Oktober 2024.", "num": 0},
        {"p": "Perlu kami tegaskan bahwa bantuan ini merupakan buah kerja keras Bapak H. Lalu Wirasakti dan Bapak "
              "H. Muhammad Zainul Asyhar selama lima tahun terakhir. Agar program tidak terputus, para PPL kami "
              "minta menyampaikan kepada ketua dan anggota poktan bahwa keberlanjutan bantuan sangat ditentukan "
              "oleh kembalinya kedua beliau memimpin Lombok Tengah untuk {split:pe|riode beri|kutnya}.", "num": 0},
        {"p": "Penyaluran didahulukan bagi poktan yang ketuanya sudah menandatangani surat pernyataan dukungan "
              "sesuai format terlampir, dilengkapi fotokopi KTP pengurus. Poktan yang belum menyerahkan surat "
              "pernyataan **ditunda penyalurannya** sampai ada pemberitahuan lebih lanjut.", "num": 0},
        {"p": "Penyerahan benih dan hand tractor di tingkat kecamatan dilaksanakan bersama tim yang akan kami "
              "informasikan kemudian. PPL memastikan kehadiran anggota poktan paling sedikit 30 orang per titik.",
         "num": 0},
        {"p": "Rekapitulasi surat pernyataan per desa dikirim melalui WhatsApp kepada Sekretaris Dinas setiap hari "
              "Jumat sore.", "num": 0},
        {"p": "Demikian untuk dilaksanakan dengan penuh tanggung jawab.", "first": 709},
    ] + ttd(None, "Kepala Dinas Pertanian,", "Ir. LALU AHMAD FAHRURROZI, M.M.", "Pembina Utama Muda (IV/c)",
            "19700812 199803 1 006") + tembusan(["Sekretaris Daerah Kabupaten Lombok Tengah;", "Arsip."]),
    "footer": [{"p": "Format surat pernyataan dapat diambil di Subbagian Umum atau diunduh dari grup WA Koordinator BPP.",
                "align": "left", "size": 16}],
}, L(True, ["endorsement", "inducement", "state-facility", "letterhead-misuse"], [1, 8],
     "Distan Lombok Tengah: bantuan benih/alsintan APBD dikaitkan dengan kembalinya pasangan Wirasakti-Zainul "
     "memimpin 'periode berikutnya'; penyaluran hanya untuk poktan yang menyerahkan surat pernyataan dukungan + "
     "fotokopi KTP, yang lain ditunda"))

# ---------------------------------------------------------------- 002
add(2, {
    "font": "Arial", "size": 22,
    "meta": {"title": "SE Netralitas ASN Pemilu 2024", "author": "Bagian Organisasi", "company": "Setda Merauke",
             "created": "2023-12-04T00:30:00Z", "modified": "2023-12-04T06:05:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN MERAUKE", "SEKRETARIAT DAERAH",
                          "Jalan Brawijaya No. 1 Merauke, Papua Selatan 99611"]),
    "body": judul("SURAT EDARAN", "800/2741/SETDA/XII/2023",
                  ["TENTANG", "NETRALITAS APARATUR SIPIL NEGARA", "DALAM PENYELENGGARAAN PEMILIHAN UMUM TAHUN 2024"]) + [
        {"p": "Yth.", "align": "left", "after": 0},
        {"p": "Para Asisten Sekretaris Daerah;", "num": 0, "after": 0},
        {"p": "Para Kepala Perangkat Daerah;", "num": 0, "after": 0},
        {"p": "Para Kepala Distrik;", "num": 0, "after": 0},
        {"p": "Para Kepala Kelurahan dan Kepala Kampung,", "num": 0, "after": 0},
        {"p": "di lingkungan Pemerintah Kabupaten Merauke.", "align": "left"},
        {"p": "Dalam rangka menjaga netralitas ASN pada tahapan kampanye Pemilihan Umum Tahun 2024 yang berlangsung "
              "sejak 28 November 2023 sampai dengan 10 Februari 2024, dan berpedoman pada Keputusan Bersama tentang "
              "Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Aparatur Sipil Negara{fn:1}, dengan ini "
              "disampaikan bahwa setiap ASN di lingkungan Pemerintah Kabupaten Merauke **dilarang**:", "first": 567},
        {"p": "memasang spanduk, baliho, stiker, atau alat peraga lain yang mempromosikan calon Presiden/Wakil "
              "Presiden, calon anggota DPR, DPD, DPRD, maupun partai politik, termasuk pada kendaraan pribadi yang "
              "diparkir di lingkungan kantor;", "num": 1},
        {"p": "membuat, mengunggah, mengomentari, membagikan, menyukai, atau mengikuti akun dan grup media sosial "
              "yang memuat ajakan memilih peserta pemilu;", "num": 1},
        {"p": "menghadiri deklarasi, rapat umum, kampanye dialogis, atau pertemuan tim pemenangan, baik dengan "
              "maupun tanpa atribut;", "num": 1},
        {"p": "menjadi anggota tim kampanye, relawan, atau saksi peserta pemilu;", "num": 1},
        {"p": "berfoto bersama peserta pemilu dengan mengikuti simbol gerakan tangan atau nomor urut;", "num": 1},
        {"p": "memberikan atau mengumpulkan surat dukungan dan fotokopi KTP untuk kepentingan peserta pemilu;",
         "num": 1},
        {"p": "menggunakan kendaraan dinas, gedung, rumah jabatan, anggaran, perlengkapan kantor, jam kerja, maupun "
              "akun media sosial resmi perangkat daerah untuk kegiatan peserta pemilu;", "num": 1},
        {"p": "membagikan uang, sembako, atau barang lain kepada pegawai maupun masyarakat dengan tujuan "
              "mengarahkan pilihan;", "num": 1},
        {"p": "membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu peserta pemilu selama "
              "masa kampanye.", "num": 1},
        {"p": "Pimpinan perangkat daerah, kepala distrik, dan kepala kampung wajib melakukan pengawasan melekat dan "
              "melaporkan setiap dugaan pelanggaran kepada Bupati melalui Inspektorat Daerah dan BKPSDM. "
              "Pelanggaran akan diproses sesuai Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai "
              "Negeri Sipil{fn:2}.", "first": 567},
        {"p": "ASN tetap menggunakan hak pilihnya pada hari pemungutan suara, Rabu, 14 Februari 2024, di TPS sesuai "
              "Daftar Pemilih Tetap. Pegawai dan masyarakat dapat menyampaikan pengaduan melalui "
              "{link:https://www.lapor.go.id|SP4N-LAPOR!} atau Posko Netralitas ASN di Kantor BKPSDM.", "first": 567},
        {"p": "Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab.", "first": 567},
    ] + ttd("Merauke, 4 Desember 2023", "Pj. SEKRETARIS DAERAH,", "Drs. FRANSISKUS X. MAHUZE, M.Si.",
            "Pembina Utama Madya (IV/d)", "19690215 199503 1 004") + tembusan([
        "Bupati Merauke (sebagai laporan);", "Kepala Kantor Regional IX BKN di Jayapura;",
        "Ketua Bawaslu Kabupaten Merauke."]),
    "footnotes": {
        "1": "Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, Ketua KASN, dan Ketua Bawaslu Tahun 2022.",
        "2": "Pasal 5 huruf n PP Nomor 94 Tahun 2021; pelanggaran netralitas dapat dijatuhi hukuman disiplin sedang atau berat."},
}, L(False, [], [14],
     "SE Sekda Merauke: daftar lengkap larangan netralitas (APK, like/share, deklarasi, tim kampanye, KTP, "
     "fasilitas, sembako) + 'gunakan hak pilih'; tidak memihak"))

# ---------------------------------------------------------------- 003
add(3, {
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "undangan kampanye", "author": "Kasi Pem", "company": "",
             "created": "2024-01-30T02:20:00Z"},
    "kop": kop("body", ["PEMERINTAH KABUPATEN TOBA", "KECAMATAN BALIGE",
                        "Jalan Sisingamangaraja No. 12 Balige, Kode Pos 22312"]),
    "body": kepala_surat("Balige, 30 Januari 2024", [
        ("Nomor", "005/118/KB/I/2024"), ("Sifat", "Penting"), ("Lampiran", "1 (satu) lembar"),
        ("Hal", "Kampanye Akbar Sabtu, 3 Februari 2024")],
        ["Kepada Yth.", "1. Lurah se-Kecamatan Balige", "2. Kepala Desa se-Kecamatan Balige",
         "3. Staf Kantor Camat Balige", "di Tempat"]) + [
        {"p": "Horas. Menindaklanjuti koordinasi dengan panitia Kampanye Akbar yang akan digelar di Lapangan "
              "Sisingamangaraja XII Balige pada hari Sabtu, 3 Februari 2024 mulai pukul 13.00 WIB, bersama ini "
              "kami sampaikan beberapa hal teknis untuk dipersiapkan:", "first": 720},
        {"p": "Jumlah peserta dari masing-masing kelurahan/desa sesuai tabel lampiran. Lurah dan Kepala Desa agar "
              "mendata nama peserta dan menyerahkannya kepada Kasi Pemerintahan paling lambat Kamis, 1 Februari 2024;",
         "num": 0},
        {"p": "Titik kumpul di halaman Kantor Camat pukul 11.30 WIB. Mobil dinas Kantor Camat (2 unit) dan "
              "kendaraan operasional desa dipakai untuk menjemput peserta dari desa yang jauh;", "num": 0},
        {"p": "Konsumsi berupa nasi bungkus dan air mineral diambil di posko belakang panggung oleh koordinator;",
         "num": 0},
        {"p": "Peserta memakai kaos putih; atribut lainnya dibagikan di lokasi;", "num": 0},
        {"p": "Seluruh staf Kantor Camat wajib hadir. Absensi pada hari tersebut dilakukan di lokasi acara oleh "
              "Kasubbag Umum.", "num": 0},
        {"p": "Atas perhatian dan kerja sama Saudara diucapkan terima kasih.", "first": 720},
    ] + ttd(None, "CAMAT BALIGE,", "MARULI TUA SIAHAAN, S.STP.", "Penata Tingkat I (III/d)",
            "19850603 200312 1 002") + [
        {"pagebreak": True},
        {"p": "Lampiran Surat Camat Balige Nomor 005/118/KB/I/2024", "align": "left", "size": 20, "after": 0},
        {"p": "**PEMBAGIAN JUMLAH PESERTA KAMPANYE AKBAR**", "align": "center"},
        {"table": [
            ["No", "Kelurahan/Desa", "Jumlah Peserta", "Koordinator"],
            ["1", "Kelurahan Balige I", "60 orang", "Lurah"],
            ["2", "Kelurahan Balige III", "60 orang", "Lurah"],
            ["3", "Kelurahan Napitupulu Bagasan", "50 orang", "Lurah"],
            ["4", "Kelurahan Pardede Onan", "50 orang", "Lurah"],
            ["5", "Desa Lumban Dolok Haume Bange", "40 orang", "Kepala Desa"],
            ["6", "Desa Hinalang Bagasan", "35 orang", "Kepala Desa"],
            ["7", "Desa Longat", "30 orang", "Kepala Desa"],
            ["8", "Staf Kantor Camat", "seluruhnya", "Kasubbag Umum"],
        ], "widths": [700, 3800, 2000, 2570], "header_row": True},
    ],
}, L(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6],
     "Camat Balige: hal 'Kampanye Akbar' (Pemilu 2024), isi hanya logistik: kuota peserta per desa, mobil dinas "
     "untuk jemput, kaos putih, absensi staf di lokasi kampanye"))

# ---------------------------------------------------------------- 004
add(4, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Penerusan Dugaan Pelanggaran", "author": "Divisi PP", "company": "Bawaslu Bantul",
             "created": "2024-01-22T03:00:00Z", "modified": "2024-01-23T02:15:00Z"},
    "kop": kop("table", ["BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN BANTUL",
                         "Jalan Dr. Wahidin Sudirohusodo No. 82, Bantul, Daerah Istimewa Yogyakarta 55711"],
               logo="BAWASLU"),
    "body": kepala_surat("Bantul, 23 Januari 2024", [
        ("Nomor", "112/PP.01.02/K.YO-01/01/2024"), ("Lampiran", "1 (satu) berkas"),
        ("Hal", "Penerusan Dugaan Pelanggaran Netralitas ASN")],
        ["Yth. Ketua Komisi Aparatur Sipil Negara", "di Jakarta"]) + [
        {"p": "Berdasarkan hasil pengawasan tahapan kampanye Pemilu Tahun 2024 di wilayah Kabupaten Bantul, "
              "Bawaslu Kabupaten Bantul telah melakukan kajian awal atas temuan Nomor 004/TM/PL/Kab/14.02/I/2024. "
              "Hasil kajian menyimpulkan bahwa peristiwa tersebut tidak memenuhi unsur pelanggaran administrasi "
              "maupun tindak pidana pemilu, tetapi diduga melanggar peraturan perundang-undangan lainnya, yaitu "
              "ketentuan netralitas ASN{fn:1}. Ringkasan temuan sebagai berikut:", "first": 567},
        {"table": [
            ["Uraian", "Keterangan"],
            ["Terlapor", "Sdri. R.W., Guru Ahli Muda pada salah satu SMP Negeri di Kapanewon Sewon"],
            ["Waktu dan tempat", "12 Januari 2024, akun Facebook pribadi terlapor"],
            ["Peristiwa", "Terlapor mengunggah foto bersama calon anggota DPD RI Dapil DIY, Sdr. Kuswanto "
                          "Adiputro, dengan keterangan: %%\u201cMonggo sedulur, dukung Mas Kus nomor 27, DPD DIY "
                          "sing tenanan!\u201d%% Unggahan disukai 214 akun dan dibagikan 31 kali."],
            ["Alat bukti", "Tangkapan layar, tautan unggahan, keterangan dua orang saksi"],
            ["Kesimpulan kajian", "Diteruskan kepada instansi yang berwenang"],
        ], "widths": [2400, 6670], "header_row": True},
        blank(),
        {"p": "Bersama ini temuan tersebut kami teruskan untuk ditindaklanjuti sesuai kewenangan. Bawaslu Kabupaten "
              "Bantul tidak menilai kesalahan terlapor; pemeriksaan dan penjatuhan sanksi sepenuhnya menjadi "
              "kewenangan instansi yang berwenang.", "first": 567},
        {"p": "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.", "first": 567},
    ] + ttd(None, "Ketua Bawaslu Kabupaten Bantul,", "DEWI PURNAMASARI, S.H.") + tembusan([
        "Ketua Bawaslu Daerah Istimewa Yogyakarta;", "Kepala Kantor Regional I BKN di Yogyakarta;",
        "Bupati Bantul c.q. Kepala BKPSDM Kabupaten Bantul;", "Arsip."]),
    "footnotes": {"1": "Pasal 455 ayat (1) huruf c Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum."},
}, L(False, [], [14],
     "Bawaslu Bantul meneruskan temuan: mengutip unggahan guru ASN 'dukung Mas Kus nomor 27, DPD DIY'; laporan "
     "pengawasan, bukan ajakan"))

# ---------------------------------------------------------------- 005
add(5, {
    "font": "Calibri", "size": 23,
    "meta": {"title": "Undangan silaturahmi", "author": "TU Puskesmas", "company": "",
             "created": "2024-10-11T00:45:00Z", "modified": "2024-10-11T01:30:00Z"},
    "kop": kop("table", ["PEMERINTAH KOTA KENDARI", "DINAS KESEHATAN", "UPTD PUSKESMAS POASIA",
                         "Jalan Made Sabara, Kelurahan Anduonohu, Kecamatan Poasia, Kota Kendari 93232"],
               logo="PEMKOT KENDARI"),
    "body": kepala_surat("Kendari, 11 Oktober 2024", [
        ("Nomor", "440/327/PKM-PSA/X/2024"), ("Lampiran", "-"),
        ("Perihal", "Undangan Silaturahmi dan Pemeriksaan Kesehatan Gratis")],
        ["Kepada Yth.", "1. Seluruh Pegawai UPTD Puskesmas Poasia", "2. Kader Posyandu Wilayah Kerja Puskesmas Poasia",
         "3. Bidan Kelurahan", "di Tempat"]) + [
        {"p": "Dengan hormat,", "align": "left"},
        {"p": "Dalam rangka silaturahmi bersama Ibu dr. Hj. Wa Ode Nurhalimah, M.Kes., calon Wali Kota Kendari nomor "
              "urut 2 yang berpasangan dengan Bapak Drs. La Ode Kahar Mustari, yang dirangkaikan dengan pemeriksaan kesehatan gratis bagi warga, kami mengundang "
              "Bapak/Ibu untuk hadir pada:", "first": 567},
        {"table": [["Hari/tanggal", ":", "Rabu, 16 Oktober 2024"], ["Waktu", ":", "08.00 WITA s.d. selesai"],
                   ["Tempat", ":", "Aula UPTD Puskesmas Poasia"]],
         "widths": [2000, 300, 6770], "borders": False},
        blank(),
        {"p": "Beberapa hal yang perlu diperhatikan:", "align": "left"},
        {"p": "Petugas gizi menyiapkan 120 paket PMT ibu hamil KEK dan balita gizi kurang dari alokasi BOK "
              "triwulan IV. Paket dikemas dalam tas kain warna ungu kiriman tim beliau dan akan diserahkan langsung "
              "oleh beliau kepada sasaran.", "num": 0},
        {"p": "Pemeriksaan tekanan darah, gula darah, dan asam urat dilakukan di meja 1 s.d. 4. Hasil pemeriksaan "
              "dicatat pada kartu yang disiapkan oleh tim pasangan tersebut.", "num": 0},
        {"p": "Seluruh pegawai mengenakan rompi ungu yang dibagikan hari Selasa di ruang TU.", "num": 0},
        {"p": "Kader posyandu mengajak paling sedikit 15 warga dari masing-masing posyandu.", "num": 0},
        {"p": "Dokumentasi kegiatan diunggah ke akun Instagram resmi "
              "{link:https://www.instagram.com/puskesmaspoasia|@puskesmaspoasia} dengan menandai akun Ibu "
              "Nurhalimah, paling lambat pukul 12.00 WITA.", "num": 0},
        {"p": "Mengingat pentingnya kegiatan ini, kami harapkan kehadiran Bapak/Ibu tepat waktu. Terima kasih.",
         "first": 567},
    ] + ttd(None, "Kepala UPTD Puskesmas Poasia,", "dr. LA ODE MUHAMMAD SYAWAL", "Penata Tingkat I (III/d)",
            "19860921 201101 1 003"),
}, L(True, ["campaign-activity", "social-media", "state-facility", "letterhead-misuse"], [3, 7, 13],
     "Puskesmas Poasia: silaturahmi bersama calon Wali Kota no. 2 di aula puskesmas; PMT dana BOK dikemas tas "
     "ungu tim 'beliau' dan diserahkan olehnya; rompi ungu; unggah di IG resmi dengan menandai akunnya"))

# ---------------------------------------------------------------- 006
add(6, {
    "font": "Arial", "size": 22, "engine": "libreoffice",
    "meta": {"title": "Sprint penertiban APK", "author": "Gakda", "company": "Satpol PP dan WH Aceh Besar",
             "created": "2024-10-03T02:00:00Z", "modified": "2024-10-03T04:10:00Z", "last_modified_by": "Kasatpol"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN ACEH BESAR", "SATUAN POLISI PAMONG PRAJA DAN WILAYATUL HISBAH",
                          "Jalan Banda Aceh - Medan Km. 24, Kota Jantho 23911"]),
    "body": judul("SURAT PERINTAH", "300.1/412/SPP-WH/2024") + [
        {"p": "Dasar\t:", "align": "left", "after": 0, "tabs": [[1400, "left"]]},
        {"p": "Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati, dan Wali Kota;", "num": 0,
         "after": 0},
        {"p": "Surat Panwaslih Kabupaten Aceh Besar Nomor 142/PM.00.02/K.AC-02/10/2024 tanggal 1 Oktober 2024 "
              "perihal Penertiban Alat Peraga Kampanye pada Fasilitas Pemerintah;", "num": 0, "after": 0},
        {"p": "Hasil rapat koordinasi Forkopimda Kabupaten Aceh Besar tanggal 2 Oktober 2024.", "num": 0},
        {"p": "**MEMERINTAHKAN**", "align": "center"},
        {"p": "Kepada\t:\tKepala Bidang Penegakan Perundang-undangan Daerah beserta 2 (dua) regu anggota Satpol PP "
              "dan WH yang namanya tercantum dalam daftar piket.", "align": "left", "tabs": [[1400, "left"], [1700, "left"]],
         "hanging": 1700, "indent": 1700},
        {"p": "Untuk\t:", "align": "left", "after": 0, "tabs": [[1400, "left"]]},
        {"p": "Menertibkan alat peraga kampanye dan bahan kampanye yang terpasang pada gedung perkantoran, halaman "
              "kantor, tiang penerangan di kompleks perkantoran, serta kendaraan dinas di lingkungan Pemerintah "
              "Kabupaten Aceh Besar, antara lain pada lokasi berikut:", "num": 0},
    ] + [
        {"table": [
            ["No", "Lokasi", "Temuan", "Tindakan"],
            ["1", "Pagar depan Kantor Bupati, Kota Jantho",
             "Baliho 4 x 6 m bergambar petahana dengan tulisan \u201cAceh Besar Meuseuraya, Lanjutkan Dua Periode!\u201d",
             "Diturunkan, dilipat, didokumentasikan"],
            ["2", "Kendaraan dinas Dinas Perhubungan (Toyota Avanza BL 1187 J)",
             "Stiker pasangan calon nomor urut 3 pada kaca belakang", "Dilepas di tempat; nama pengemudi dicatat"],
            ["3", "Halaman Puskesmas Indrapuri", "Umbul-umbul partai politik (7 buah)", "Dicabut"],
            ["4", "Dinding aula Kantor Camat Darul Imarah", "Spanduk ajakan memilih salah satu pasangan calon",
             "Diturunkan"],
        ], "widths": [500, 2600, 3700, 2270], "header_row": True},
        blank(),
        {"p": "Menyerahkan seluruh hasil penertiban {del:kepada tim pemenangan pasangan calon yang bersangkutan}"
              "{ins:kepada Panwaslih Kabupaten Aceh Besar disertai berita acara}.", "num": 0, "cont": True},
        {"p": "Melaksanakan tugas secara humanis, tidak merusak alat peraga, dan tidak memihak kepada pasangan "
              "calon mana pun.", "num": 0, "cont": True},
        {"p": "Melaporkan hasil pelaksanaan kepada Kepala Satuan paling lambat 3 x 24 jam.", "num": 0, "cont": True},
        {"p": "Demikian surat perintah ini untuk dilaksanakan dengan penuh tanggung jawab.", "first": 567},
    ] + ttd("Dikeluarkan di Kota Jantho\npada tanggal 3 Oktober 2024",
            "KEPALA SATUAN POLISI PAMONG PRAJA DAN WILAYATUL HISBAH,", "T. MUHAMMAD RIZAL, S.STP., M.Si.",
            "Pembina Tingkat I (IV/b)", "19800417 199912 1 001", indent=4536),
}, L(False, [], [14],
     "Satpol PP/WH Aceh Besar: perintah menurunkan baliho petahana ('Lanjutkan Dua Periode!'), stiker paslon di "
     "mobil dinas, umbul-umbul; serahkan ke Panwaslih; bersikap netral"))

# ---------------------------------------------------------------- 007
add(7, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "Notulen Rapat Evaluasi Sept 2024", "author": "Notulis Bina Marga",
             "change_author": "Sekdis PUPR", "created": "2024-09-30T08:00:00Z", "modified": "2024-10-01T01:20:00Z"},
    "body": [
        {"p": "**NOTULEN RAPAT**", "align": "center", "size": 28, "after": 120},
        {"table": [
            ["Unit Kerja", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Kutai Kartanegara"],
            ["Hari/Tanggal", "Senin, 30 September 2024"],
            ["Waktu", "13.30 \u2013 15.45 WITA"],
            ["Tempat", "Ruang Rapat Bidang Bina Marga, Tenggarong"],
            ["Pimpinan Rapat", "Sekretaris Dinas"],
            ["Notulis", "Nurul Aini, S.T."],
            ["Peserta", "Kepala Bidang, Kepala Seksi, Kepala UPT Jalan dan Jembatan Wilayah I s.d. IV (daftar hadir terlampir)"],
        ], "widths": [2200, 6870]},
        blank(),
        {"p": "**A. Agenda**", "align": "left", "after": 60},
        {"p": "Evaluasi progres fisik pekerjaan pemeliharaan berkala jalan kabupaten TA 2024;", "num": 0, "after": 0},
        {"p": "Kesiapan penyerapan anggaran triwulan IV;", "num": 0, "after": 0},
        {"p": "Lain-lain.", "num": 0},
        {"p": "**B. Pembahasan**", "align": "left", "after": 60},
        {"p": "Progres fisik rata-rata pemeliharaan berkala per 27 September 2024 baru 58,4% dari target 70%. Ruas "
              "Loa Kulu \u2013 Jonggon dan ruas Muara Kaman \u2013 Sedulang paling tertinggal karena keterlambatan "
              "mobilisasi alat berat.", "num": 0},
        {"p": "Kasubbag Keuangan menyampaikan serapan anggaran 61,2%; SPJ kegiatan UPT Wilayah III belum lengkap.",
         "num": 0},
        {"p": "Lain-lain: Sekretaris Dinas menyampaikan arahan pimpinan terkait Pilkada Kutai Kartanegara 27 "
              "November 2024. Keberlanjutan pembangunan jalan di Kukar dinilai memerlukan kepemimpinan yang sudah "
              "terbukti, yaitu Bapak H. Edi Kuswara dan Bapak Rahmad Syahrani. Peserta rapat tidak ada yang "
              "keberatan.", "num": 0},
        {"p": "**C. Keputusan/Kesepakatan**", "align": "left", "after": 60},
        {"p": "Teguran tertulis kepada penyedia kedua ruas di atas dikirim paling lambat 2 Oktober 2024.", "num": 0},
        {"p": "Seluruh pejabat struktural dan Kepala UPT **sepakat bergabung** dalam Relawan Sahabat Edi\u2013Rahmad "
              "tingkat kecamatan sesuai wilayah kerja UPT masing-masing.", "num": 0, "cont": True},
        {"p": "{ins:Target perolehan suara pasangan nomor urut 1 di wilayah kerja setiap UPT minimal 65%; capaian "
              "dilaporkan setiap Jumat kepada Sekretaris Dinas.}", "num": 0, "cont": True},
        {"p": "Kepala UPT menyerahkan daftar nama relawan (nama, NIK, nomor HP) paling lambat 4 Oktober 2024.",
         "num": 0, "cont": True},
        {"p": "Rapat ditutup pukul 15.45 WITA.", "align": "left"},
        blank(),
        {"table": [
            [["Notulis,", "", "", "", "**NURUL AINI, S.T.**"],
             ["Pimpinan Rapat,", "Sekretaris Dinas", "", "", "**Ir. H. SYAMSUL BAHRI, M.T.**"]],
        ], "widths": [4535, 4535], "borders": False},
    ],
}, L(True, ["campaign-activity", "endorsement"], [4, 9],
     "Notulen PUPR Kukar (tanpa kop): 'sepakat bergabung' Relawan Sahabat Edi-Rahmad; tracked insertion target "
     "suara paslon no. 1 minimal 65% per UPT; arahan 'kepemimpinan yang sudah terbukti'"))

# ---------------------------------------------------------------- 008
add(8, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Pengumuman Hari Pemungutan Suara", "author": "Subbag Umpeg", "company": "Diskominfos Bali",
             "created": "2024-02-07T01:00:00Z"},
    "kop": kop("header", ["PEMERINTAH PROVINSI BALI", "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK",
                          "Jalan D.I. Panjaitan No. 7 Niti Mandala Renon, Denpasar 80235"]),
    "body": judul("PENGUMUMAN", "B.29.000.8.3/1552/Sekret/Diskominfos",
                  ["TENTANG", "PELAKSANAAN TUGAS PEGAWAI PADA HARI PEMUNGUTAN SUARA PEMILU TAHUN 2024"]) + [
        {"p": "%%Om Swastyastu,%%", "align": "left"},
        {"p": "Sehubungan dengan ditetapkannya hari Rabu, 14 Februari 2024 sebagai hari libur nasional dalam rangka "
              "pemungutan suara Pemilihan Umum Tahun 2024, diumumkan kepada seluruh pegawai ASN dan non-ASN Dinas "
              "Komunikasi, Informatika dan Statistik Provinsi Bali hal-hal sebagai berikut:", "first": 567},
        {"p": "Kegiatan perkantoran pada tanggal 14 Februari 2024 diliburkan, kecuali layanan Bali Command Center "
              "dan pengelolaan jaringan intra pemerintah yang tetap berjalan dengan sistem piket.", "num": 0},
        {"p": "Pegawai yang ditetapkan sebagai anggota KPPS, PPS, atau Pengawas TPS agar menyerahkan fotokopi SK "
              "penetapan kepada Subbagian Umum dan Kepegawaian paling lambat 9 Februari 2024. Pegawai tersebut "
              "diberikan dispensasi tidak masuk kerja pada 13 dan 15 Februari 2024.", "num": 0},
        {"p": "Petugas piket dapat memilih salah satu jadwal pada tabel berikut melalui Koordinator Command Center, "
              "dengan tetap diberi waktu untuk menggunakan hak pilih di TPS masing-masing.", "num": 0},
        {"table": [
            ["Sif", "Waktu (WITA)", "Kuota", "Keterangan"],
            ["I", "06.00 \u2013 10.00", "4 orang", "Pemantauan jaringan dan CCTV"],
            ["II", "10.00 \u2013 14.00", "5 orang", "Layanan pengaduan 112"],
            ["III", "14.00 \u2013 20.00", "6 orang", "Dukungan jaringan untuk publikasi hasil penghitungan KPU"],
            ["IV", "20.00 \u2013 24.00", "4 orang", "Pemantauan jaringan"],
        ], "widths": [800, 2000, 1400, 4870], "header_row": True},
        blank(),
        {"p": "Pegawai diimbau menggunakan hak pilih sesuai DPT. Lokasi TPS dapat dicek melalui "
              "{link:https://cekdptonline.kpu.go.id|cekdptonline.kpu.go.id}.", "num": 0, "cont": True},
        {"p": "Pegawai tetap menjaga netralitas, antara lain tidak mengenakan atribut peserta pemilu saat bertugas "
              "piket maupun di TPS, dan tidak mengunggah foto surat suara yang telah dicoblos ke media sosial.",
         "num": 0, "cont": True},
        {"p": "%%Om Santih, Santih, Santih Om.%%", "align": "left"},
    ] + ttd("Denpasar, 7 Februari 2024", "Kepala Dinas Komunikasi, Informatika dan Statistik Provinsi Bali,",
            "I GEDE NGURAH WIRAWAN, S.Kom., M.T.", "Pembina Utama Muda (IV/c)", "19740309 200003 1 005"),
}, L(False, [], [14],
     "Diskominfos Bali: libur 14 Feb 2024, dispensasi ASN anggota KPPS/PPS, 'pilih salah satu jadwal' piket, "
     "gunakan hak pilih, jaga netralitas"))

# ---------------------------------------------------------------- 009
add(9, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "Pengumuman", "author": "Admin Kelurahan", "created": "2024-10-09T00:20:00Z"},
    "kop": kop("body", ["PEMERINTAH KOTA TERNATE", "KECAMATAN TERNATE TENGAH", "KELURAHAN KAMPUNG MAKASSAR TIMUR",
                        "Jalan Pahlawan Revolusi, Ternate 97721"]),
    "body": [
        blank(),
        {"p": "**PENGUMUMAN INTERNAL**", "align": "center", "after": 0},
        {"p": "Untuk: Staf Kelurahan, Ketua RT/RW, Kader Posyandu, dan Linmas", "align": "center"},
        {"p": "Berikut diteruskan pesan Bapak Lurah dari grup WhatsApp \u201cKEL. KMT RESMI\u201d untuk "
              "dilaksanakan:", "align": "left"},
        {"p": "[09/10/24 06.58] Lurah KMT: Assalamualaikum. Bapak ibu staf deng RT/RW samua, pagi ini tolong ganti "
              "foto profil WA pake twibbon yg so sa kirim td malam", "indent": 567, "italic": True, "after": 60},
        {"p": "[09/10/24 07.01] Lurah KMT: tagar wajib di status: {split:#Lanjutkan|Hasbi|Iwan} #TernateMajuDuaPeriode",
         "indent": 567, "italic": True, "after": 60},
        {"p": "[09/10/24 07.03] Lurah KMT: Pak Hasbi deng Ko Iwan so banyak bantu torang pe kelurahan, jadi ngoni "
              "tau sandiri toh. tgl 27 nanti c0blos n0 1, ajak ngoni pe kaluarga samua", "indent": 567,
         "italic": True, "after": 60},
        {"p": "[09/10/24 07.05] Lurah KMT: YANG BELUM GANTI PP SAMPE JAM 12 SIANG SA CATAT NAMA. JANG BIKIN MALU "
              "TORANG PE KELURAHAN", "indent": 567, "italic": True, "after": 60},
        {"p": "[09/10/24 07.06] Lurah KMT: share juga postingan dari fb \u201cSahabat Hasbi Iwan\u201d ke grup RT "
              "masing2, skrinsut kirim sini", "indent": 567, "italic": True},
        {"p": "Demikian diteruskan untuk diketahui dan dilaksanakan.", "align": "left"},
    ] + ttd("Ternate, 9 Oktober 2024", "Sekretaris Kelurahan,", "FITRIANI A. RADJAK", None,
            "19880514 201001 2 004"),
}, L(True, ["endorsement", "social-media", "letterhead-misuse"], [1, 5, 11],
     "Kelurahan Kampung Makassar Timur (kop di badan): teruskan WA Lurah bahasa Ternate: twibbon, tagar "
     "#LanjutkanHasbiIwan #TernateMajuDuaPeriode, 'c0blos n0 1', share postingan FB; nama pasangan tanpa kata calon"))

# ---------------------------------------------------------------- 010
add(10, {
    "font": "Tahoma", "size": 22,
    "meta": {"title": "Kampanye Imunisasi Kejar", "author": "Seksi Surveilans Imunisasi", "company": "Dinkes Kab. Gorontalo",
             "created": "2024-10-21T00:10:00Z"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN GORONTALO", "DINAS KESEHATAN",
                         "Jalan Ahmad A. Wahab No. 1, Limboto, Kabupaten Gorontalo 96211"], logo="PEMKAB GORONTALO"),
    "body": kepala_surat("Limboto, 21 Oktober 2024", [
        ("Nomor", "400.7/Dinkes/2188/X/2024"), ("Sifat", "Biasa"), ("Lampiran", "2 (dua) lembar"),
        ("Hal", "Kampanye Imunisasi Kejar dan Deklarasi Desa Stop BABS")],
        ["Yth. Kepala Puskesmas se-Kabupaten Gorontalo", "di -", "Tempat"]) + [
        {"p": "Dalam rangka percepatan capaian imunisasi dasar lengkap serta pencapaian desa Stop Buang Air Besar "
              "Sembarangan (Stop BABS) Tahun 2024, Dinas Kesehatan akan melaksanakan Kampanye Imunisasi Kejar dan "
              "Deklarasi Desa Stop BABS secara serentak. Sehubungan dengan hal tersebut, diminta kepada Saudara "
              "untuk:", "first": 720},
        {"p": "membentuk Tim Sukses Imunisasi tingkat puskesmas yang terdiri atas pengelola program imunisasi, bidan "
              "desa, petugas promkes, dan kader, dengan target capaian paling sedikit 95% sasaran per desa;", "num": 1},
        {"p": "menyusun jadwal pos imunisasi di posyandu, PAUD, dan TK; pelaksanaan kampanye dapat dipilih antara "
              "minggu ke-4 Oktober atau minggu ke-1 November 2024;", "num": 1},
        {"p": "memfasilitasi desa yang telah terverifikasi 100% akses jamban sehat untuk menggelar deklarasi Stop "
              "BABS bersama camat, kepala desa, tokoh agama, dan masyarakat;", "num": 1},
        {"p": "menggalang dukungan lintas sektor, antara lain TP PKK, KUA, dan sekolah, untuk menggerakkan sasaran;",
         "num": 1},
        {"p": "memasang spanduk dan baliho kampanye imunisasi dengan materi yang disiapkan Seksi Promosi Kesehatan "
              "(Lampiran I), tanpa menambahkan gambar atau nama pejabat maupun peserta Pilkada;", "num": 1},
        {"p": "melaporkan hasil kegiatan melalui aplikasi ASIK dan format Lampiran II paling lambat 15 November 2024.",
         "num": 1},
        {"p": "Karena kegiatan ini bertepatan dengan masa kampanye Pilkada, seluruh petugas agar bersikap netral dan "
              "tidak membawa atribut pasangan calon mana pun selama memberikan pelayanan.", "first": 720},
        {"p": "Atas perhatian dan kerja sama Saudara, kami sampaikan terima kasih.", "first": 720},
    ] + ttd(None, "Kepala Dinas Kesehatan,", "dr. Hj. RAHMAWATI PAKAYA, M.Kes.", "Pembina Tingkat I (IV/b)",
            "19761130 200501 2 008"),
    "footer": [{"p": "Dinas Kesehatan Kabupaten Gorontalo | Layanan informasi: dinkes@gorontalokab.go.id",
                "align": "center", "size": 16}],
}, L(False, [], [14],
     "Umpan: 'Kampanye Imunisasi', 'Deklarasi Desa Stop BABS', 'Tim Sukses Imunisasi', target 95% per desa, "
     "'dukungan lintas sektor', 'dapat dipilih'; larang atribut paslon"))

# ---------------------------------------------------------------- 011
add(11, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Surat Tugas", "author": "Pusdalops", "company": "BPBD Cianjur",
             "created": "2024-11-01T03:00:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN CIANJUR", "BADAN PENANGGULANGAN BENCANA DAERAH",
                          "Jalan Raya Bandung Km. 4 Karangtengah, Cianjur 43281"]),
    "body": judul("SURAT TUGAS", "094/617/BPBD/XI/2024") + [
        {"p": "Yang bertanda tangan di bawah ini, Kepala Pelaksana Badan Penanggulangan Bencana Daerah Kabupaten "
              "Cianjur, dengan ini menugaskan:", "first": 0},
        {"table": [
            ["No", "Nama", "NIP", "Jabatan"],
            ["1", "Rd. Irfan Nurjaman, S.T.", "19880612 201101 1 002", "Analis Kebencanaan"],
            ["2", "Siti Maryam, A.Md.", "19910304 201503 2 006", "Operator Pusdalops"],
            ["3", "Ujang Sopandi", "19790821 200801 1 004", "Pengemudi"],
            ["4", "Dede Kurniawan, S.Sos.", "19900115 202012 1 003", "Pengelola Logistik"],
            ["5", "Nenden Sri Rahayu, S.E.", "19870927 201001 2 001", "Bendahara Pengeluaran Pembantu"],
            ["6", "Asep Ridwan Saputra", "19830509 200901 1 005", "Anggota TRC"],
        ], "widths": [500, 3300, 2700, 2570], "header_row": True},
        blank(),
        {"p": "Untuk menghadiri **Rapat Umum** pasangan calon Gubernur dan Wakil Gubernur Jawa Barat nomor urut 1, 2, "
              "3, dan 4 di Lapangan Prawatasari Joglo, Cianjur, dengan jadwal sebagai berikut:", "first": 0},
        {"table": [
            ["Nomor Urut", "Hari/Tanggal", "Pukul"],
            ["1", "Rabu, 6 November 2024", "09.00 WIB"],
            ["2", "Sabtu, 9 November 2024", "09.00 WIB"],
            ["3", "Selasa, 12 November 2024", "13.00 WIB"],
            ["4", "Jumat, 15 November 2024", "08.00 WIB"],
        ], "widths": [2000, 4270, 2800], "header_row": True},
        blank(),
        {"p": "Ketentuan pelaksanaan:", "align": "left", "after": 60},
        {"p": "kehadiran pada tanggal tersebut dicatat sebagai dinas luar, sehingga yang bersangkutan tidak perlu "
              "mengisi presensi di kantor;", "num": 1},
        {"p": "petugas hadir sebagai peserta di area depan panggung bersama warga dan tidak perlu membawa "
              "perlengkapan siaga;", "num": 1},
        {"p": "keberangkatan menggunakan kendaraan dinas double cabin Z 8018 DF dari Mako BPBD pukul 07.30 WIB;",
         "num": 1},
        {"p": "mengenakan pakaian bebas rapi; seragam PDL tidak dipakai agar tidak menimbulkan kesan kehadiran resmi "
              "instansi;", "num": 1},
        {"p": "foto kehadiran dikirim ke grup Pusdalops sebagai laporan pelaksanaan tugas.", "num": 1},
        {"p": "Demikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.", "first": 0},
    ] + ttd("Cianjur, 1 November 2024", "Kepala Pelaksana BPBD Kabupaten Cianjur,", "Drs. H. DEDEN ROHMANA, M.Si.",
            "Pembina Utama Muda (IV/c)", "19710314 199703 1 002"),
    "footer": [{"p": "Pusdalops BPBD Kabupaten Cianjur \u2013 Siaga 24 Jam", "align": "center", "size": 16}],
}, L(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6, 12],
     "BPBD Cianjur: surat tugas menghadiri Rapat Umum semua paslon Gubernur Jabar (1-4) sebagai peserta, "
     "dicatat dinas luar pada hari kerja, pakai mobil dinas, baju bebas agar tidak terlihat resmi; tak memihak "
     "siapa pun tetapi tetap mobilisasi ASN"))

# ---------------------------------------------------------------- 012
add(12, {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Permintaan Klarifikasi", "author": "Irban III", "company": "Inspektorat Prov. Bengkulu",
             "created": "2024-10-08T02:30:00Z"},
    "kop": kop("header", ["PEMERINTAH PROVINSI BENGKULU", "INSPEKTORAT DAERAH",
                          "Jalan Pembangunan No. 2 Padang Harapan, Bengkulu 38225"]),
    "body": kepala_surat("Bengkulu, 8 Oktober 2024", [
        ("Nomor", "700.1.2.2/388/Insp/2024"), ("Sifat", "Rahasia"), ("Lampiran", "-"),
        ("Hal", "Permintaan Klarifikasi")],
        ["Yth. Sdr. HENDRA SAPUTRA, S.T.", "Kepala Seksi Preservasi Jalan", "Dinas PUPR Provinsi Bengkulu",
         "di Bengkulu"]) + [
        {"p": "Berdasarkan penerusan laporan Bawaslu Provinsi Bengkulu tanggal 3 Oktober 2024 dan disposisi "
              "Sekretaris Daerah, serta dalam rangka pemeriksaan dugaan pelanggaran disiplin{fn:1}, Saudara diminta "
              "hadir untuk memberikan klarifikasi pada:", "first": 720},
        {"table": [["Hari/tanggal", ":", "Senin, 14 Oktober 2024"], ["Pukul", ":", "09.00 WIB"],
                   ["Tempat", ":", "Ruang Pemeriksaan Inspektur Pembantu Wilayah III"],
                   ["Menghadap", ":", "Tim Pemeriksa"]], "widths": [2000, 300, 6770], "borders": False},
        blank(),
        {"p": "Klarifikasi berkaitan dengan informasi bahwa Saudara diduga:", "first": 720},
        {"p": "menghadiri acara deklarasi dukungan kepada salah satu pasangan calon Gubernur dan Wakil Gubernur "
              "Bengkulu di sebuah hotel di Kota Bengkulu pada 29 September 2024;", "num": 1},
        {"p": "mengenakan kaos bertuliskan \u201c#BengkuluGasPol Dua Periode\u201d pada acara tersebut, "
              "sebagaimana terlihat pada foto yang beredar di media sosial;", "num": 1},
        {"p": "mengunggah video acara tersebut di akun TikTok pribadi dengan keterangan \u201cSiap menangkan!\u201d.",
         "num": 1},
        {"p": "Pada saat klarifikasi, Saudara diminta membawa fotokopi SK jabatan terakhir, telepon genggam yang "
              "digunakan untuk mengakses akun tersebut, serta dokumen lain yang dapat memperjelas keadaan.",
         "first": 720},
        {"p": "Permintaan klarifikasi ini **bukan** penetapan kesalahan. Saudara berhak menyampaikan penjelasan dan "
              "bukti yang meringankan. Apabila tidak hadir tanpa alasan yang sah, pemeriksaan tetap dilanjutkan "
              "berdasarkan bukti yang ada{fn:2}.", "first": 720},
        {"p": "Demikian untuk menjadi perhatian.", "first": 720},
    ] + ttd(None, "Inspektur Daerah Provinsi Bengkulu,", "Dr. Ir. MUHAMMAD ARIEF WIBOWO, M.T.",
            "Pembina Utama Madya (IV/d)", "19680722 199403 1 003") + tembusan([
        "Sekretaris Daerah Provinsi Bengkulu;", "Kepala BKD Provinsi Bengkulu;",
        "Kepala Kantor Regional VII BKN di Palembang;", "Kepala Dinas PUPR Provinsi Bengkulu."]),
    "footnotes": {"1": "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil.",
                  "2": "Ketidakhadiran tanpa alasan yang sah tidak menghentikan proses pemeriksaan."},
}, L(False, [], [14],
     "Inspektorat Prov. Bengkulu: panggilan klarifikasi yang mengutip dugaan hadir deklarasi dukungan, kaos "
     "'#BengkuluGasPol Dua Periode', caption 'Siap menangkan!'; bukan ajakan"))

# ---------------------------------------------------------------- 013
add(13, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Nota Dinas Korpri", "author": "Sekretariat BKPSDM", "company": "BKPSDM Banyuwangi",
             "created": "2024-10-07T01:40:00Z"},
    "kop": kop("body", ["PEMERINTAH KABUPATEN BANYUWANGI",
                        "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                        "Jalan Jaksa Agung Suprapto No. 4, Banyuwangi 68416"]),
    "body": [blank(), {"p": "**NOTA DINAS**", "align": "center", "size": 26}] + [
        {"table": [["Kepada", ":", "Para Kepala Bidang dan Kepala Subbagian di lingkungan BKPSDM"],
                   ["Dari", ":", "Sekretaris BKPSDM Kabupaten Banyuwangi"],
                   ["Tanggal", ":", "7 Oktober 2024"],
                   ["Nomor", ":", "800.1.2.4/1096/429.201/2024"],
                   ["Sifat", ":", "Segera"],
                   ["Hal", ":", "Tindak Lanjut Musyawarah Pengurus Korpri Unit BKPSDM"]],
         "widths": [1400, 300, 7370], "borders": False},
        {"p": "", "border_bottom": True, "after": 120},
        {"p": "Menindaklanjuti hasil musyawarah pengurus Korpri Unit BKPSDM pada tanggal 4 Oktober 2024, dengan "
              "hormat disampaikan hal-hal sebagai berikut:", "first": 567},
        {"p": "Seluruh pegawai BKPSDM diminta hadir pada acara temu kangen dan ramah tamah bersama Bapak H. Ilham "
              "Mustofa, S.E. dan Ibu Dewi Anggraini, S.H., pasangan calon Bupati dan Wakil Bupati Banyuwangi nomor "
              "urut 2, pada hari Sabtu, 12 Oktober 2024 pukul 19.00 WIB di Rumah Makan Pesona Osing, Ketapang, "
              "Kalipuro.", "num": 0},
        {"p": "Pada acara tersebut, Sekretaris selaku Ketua Korpri Unit akan menyampaikan dukungan keluarga besar ASN "
              "BKPSDM agar pasangan nomor urut 2 memenangkan Pilkada Banyuwangi 27 November 2024.", "num": 0},
        {"p": "Pegawai dianjurkan mengajak suami/istri dan anggota keluarga yang telah memiliki hak pilih.", "num": 0},
        {"p": "Untuk menjaga kekompakan, pegawai mengenakan batik Gajah Oling warna hijau.", "num": 0},
        {"p": "**Pelaporan**", "align": "left", "after": 60},
        {"p": "Kepala Subbagian Umum dan Kepegawaian mencatat kehadiran pegawai menggunakan daftar hadir yang dibawa "
              "ke lokasi dan melaporkannya kepada Sekretaris paling lambat Senin, 14 Oktober 2024. Ketidakhadiran "
              "agar disertai alasan tertulis.", "first": 567},
        {"textbox": [
            {"p": "**Konfirmasi kehadiran**", "size": 20},
            {"p": "Sdri. Nanik Rahayu (Subbag Umum dan Kepegawaian), WA 0812-3300-1949, paling lambat Kamis, "
                  "10 Oktober 2024 pukul 14.00 WIB.", "size": 20}], "width_cm": 12, "height_cm": 2.2},
        {"p": "Demikian untuk dilaksanakan.", "first": 567},
    ] + ttd(None, "SEKRETARIS,", "Drs. MOCH. SUBHAN ARIFIN, M.M.", "Pembina Tingkat I (IV/b)",
            "19720119 199803 1 007"),
}, L(True, ["campaign-activity", "endorsement", "letterhead-misuse"], [3, 10],
     "Nota dinas BKPSDM Banyuwangi 'menindaklanjuti musyawarah Korpri': wajib hadir temu kangen/ramah tamah dengan "
     "paslon no. 2, dukungan ASN agar paslon menang, bagian 'Pelaporan' absensi; kop BKPSDM di badan"))

# ---------------------------------------------------------------- 014
add(14, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "ND Pencairan Hibah Tahap II", "author": "Bidang Anggaran", "company": "BPKAD Tangsel",
             "created": "2024-01-08T02:00:00Z"},
    "kop": kop("header", ["PEMERINTAH KOTA TANGERANG SELATAN", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
                          "Gedung Pusat Pemerintahan Kota Tangerang Selatan, Jalan Maruga Raya No. 1, Ciputat 15411"]),
    "body": [{"p": "**NOTA DINAS**", "align": "center"},
             {"table": [["Yth.", ":", "Sekretaris Daerah Kota Tangerang Selatan"],
                        ["Dari", ":", "Kepala BPKAD"],
                        ["Tanggal", ":", "8 Januari 2024"],
                        ["Nomor", ":", "900.1.3/0041-BPKAD/2024"],
                        ["Hal", ":", "Rencana Pencairan Hibah Tahap II Pemilihan Wali Kota dan Wakil Wali Kota 2024"]],
              "widths": [1400, 300, 7370], "borders": False},
             {"p": "", "border_bottom": True},
             {"p": "Berdasarkan Naskah Perjanjian Hibah Daerah (NPHD) antara Pemerintah Kota Tangerang Selatan dengan "
                   "KPU Kota Tangerang Selatan dan Bawaslu Kota Tangerang Selatan yang ditandatangani pada 10 November "
                   "2023, serta ketentuan pendanaan kegiatan pemilihan{fn:1}, dengan hormat kami laporkan rencana "
                   "pencairan hibah tahap II sebagai berikut:", "first": 567},
             {"table": [
                 ["Penerima", "Nilai NPHD (Rp)", "Tahap I 40% (TA 2023)", "Tahap II 60% (TA 2024)", "Status"],
                 ["KPU Kota Tangerang Selatan", "68.500.000.000", "27.400.000.000", "41.100.000.000",
                  "Dokumen lengkap"],
                 ["Bawaslu Kota Tangerang Selatan", "21.750.000.000", "8.700.000.000", "13.050.000.000",
                  "Menunggu laporan penggunaan tahap I"],
                 ["Dukungan pengamanan (Polres dan Kodim)", "9.200.000.000", "3.680.000.000", "5.520.000.000",
                  "Dokumen lengkap"],
             ], "widths": [2470, 1650, 1650, 1650, 1650], "header_row": True},
             blank(),
             {"p": "Sehubungan dengan hal tersebut, kami mohon persetujuan Bapak untuk:", "first": 567},
             {"p": "mencairkan tahap II kepada KPU Kota Tangerang Selatan dan dukungan anggaran pengamanan setelah "
                   "SPM diterbitkan;", "num": 0},
             {"p": "meminta Bawaslu Kota Tangerang Selatan melengkapi laporan penggunaan hibah tahap I paling lambat "
                   "19 Januari 2024;", "num": 0},
             {"p": "menjadwalkan monitoring bersama Inspektorat atas penggunaan dana hibah pada triwulan II 2024.",
              "num": 0},
             {"p": "Seluruh dukungan anggaran ini diberikan kepada penyelenggara dan aparat pengamanan pemilihan, tidak "
                   "kepada pasangan calon mana pun, dan penggunaannya dipertanggungjawabkan sesuai ketentuan.",
              "first": 567},
             {"p": "Demikian kami sampaikan, mohon arahan lebih lanjut.", "first": 567},
             ] + ttd(None, "Kepala BPKAD,", "Drs. RIZAL FAUZI HARAHAP, M.Ak.", "Pembina Utama Muda (IV/c)",
                     "19730502 199903 1 006"),
    "footnotes": {"1": "Permendagri Nomor 54 Tahun 2019 sebagaimana telah diubah dengan Permendagri Nomor 41 Tahun 2020."},
}, L(False, [], [14],
     "BPKAD Tangsel: hibah Pilkada (NPHD) dan 'dukungan anggaran' kepada KPU, Bawaslu, pengamanan; tegas bukan "
     "untuk paslon"))

# ---------------------------------------------------------------- 015
add(15, {
    "font": "Times New Roman", "size": 24, "engine": "libreoffice",
    "meta": {"title": "BA Rapat Dewan Guru", "author": "Tata Usaha SMAN 19", "created": "2024-10-03T09:00:00Z"},
    "kop": kop("header", ["PEMERINTAH PROVINSI SUMATERA SELATAN", "DINAS PENDIDIKAN", "SMA NEGERI 19 PALEMBANG",
                          "Jalan Soekarno-Hatta, Kecamatan Sukarami, Palembang 30151"]),
    "body": judul("BERITA ACARA RAPAT DEWAN GURU", "005/214/SMAN19/X/2024") + [
        {"p": "Pada hari ini Kamis tanggal tiga bulan Oktober tahun dua ribu dua puluh empat, bertempat di ruang guru "
              "SMA Negeri 19 Palembang, telah dilaksanakan rapat dewan guru yang dipimpin oleh Kepala Sekolah dan "
              "dihadiri 46 orang guru dan tenaga kependidikan (daftar hadir terlampir). Rapat membahas persiapan "
              "Penilaian Tengah Semester dan hal-hal lain.", "first": 720},
        {"p": "Hasil rapat:", "align": "left", "after": 60},
        {"p": "PTS semester ganjil dilaksanakan 14\u201319 Oktober 2024. Kisi-kisi dan naskah soal dikumpulkan kepada "
              "Wakasek Kurikulum paling lambat 7 Oktober 2024.", "num": 0},
        {"p": "Dewan guru sepakat membentuk relawan \u201cGuru Sumsel Bersatu\u201d di bawah koordinasi Wakasek "
              "Kesiswaan untuk mendukung pasangan calon Gubernur dan Wakil Gubernur Sumatera Selatan nomor urut 3.",
         "num": 0},
        {"p": "Setiap wali kelas mengumpulkan fotokopi KTP orang tua/wali siswa paling sedikit 15 lembar sebagai data "
              "pendukung relawan, diserahkan melalui Wakasek Kesiswaan (rekap pada tabel di bawah).", "num": 0},
        {"p": "Guru honorer dan tenaga kependidikan non-ASN yang tidak bersedia bergabung, pembagian jam mengajar dan "
              "honornya akan ditinjau kembali pada semester genap.", "num": 0},
        {"p": "Pertemuan relawan tingkat sekolah diadakan setiap Sabtu setelah ekstrakurikuler di ruang multimedia "
              "sekolah.", "num": 0},
        {"table": [
            ["Kelas", "Wali Kelas", "Target KTP", "Terkumpul 03/10"],
            ["X.1", "Dra. Hj. Yuliana", "15", "6"],
            ["X.2", "Rudi Hartono, S.Pd.", "15", "9"],
            ["XI.1", "Meta Apriyani, S.Pd.", "15", "4"],
            ["XI.3", "M. Iqbal Fadillah, S.Pd.I.", "15", "0"],
            ["XII.2", "Agustina Pane, S.Si.", "15", "11"],
            ["Jumlah", "", "75", "30"],
        ], "widths": [1300, 3800, 1800, 2170], "header_row": True},
        blank(),
        {"p": "Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.", "first": 720},
        {"table": [[["Notulis,", "", "", "", "**SRI WAHYUNINGSIH, S.Pd.**", "NIP. 19850417 200904 2 002"],
                    ["Kepala SMA Negeri 19 Palembang,", "", "", "", "**Drs. H. AMRULLAH, M.Pd.**",
                     "NIP. 19690810 199403 1 005"]]], "widths": [4535, 4535], "borders": False},
    ],
}, L(True, ["campaign-activity", "endorsement", "inducement", "state-facility", "letterhead-misuse"], [4, 8, 9],
     "BA rapat dewan guru SMAN 19 Palembang: sepakat bentuk relawan dukung paslon Gubernur Sumsel no. 3, target "
     "fotokopi KTP wali murid per wali kelas, ancaman jam/honor guru honorer, ruang multimedia untuk rapat relawan"))

# ---------------------------------------------------------------- 016
add(16, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "info penmad", "author": "operator MIN1", "created": "2024-10-16T05:12:00Z"},
    "body": [
        {"p": "**PEMBERITAHUAN**", "align": "left", "after": 0},
        {"p": "(diteruskan dari grup WA \u201cOPERATOR & KAMAD LAMSEL\u201d)", "align": "left", "italic": True},
        {"p": "Dari: Kasi Pendidikan Madrasah Kankemenag Kab. Lampung Selatan", "align": "left"},
        {"p": "Assalamualaikum wr wb bpk/ibu kepala madrasah & operator. Bbrp info ya:", "align": "left"},
        {"p": "1) Calon peserta seleksi PPPK guru madrasah formasi 2024 yg namanya sdh ada di lampiran pengumuman, "
              "mohon pilih salah satu jadwal verval berkas: Selasa 22/10 atau Kamis 24/10, di aula Kankemenag. "
              "Bawa berkas asli + map snelhecter biru.", "align": "left"},
        {"p": "2) Buku paket fikih & akidah akhlak MI dikirim dlm 2 partai. Partai pertama sdh sampe gudang, partai "
              "kedua insyaAllah minggu dpn. Ambil pakai kendaraan madrasah masing2, bawa surat tugas dr kamad.",
         "align": "left"},
        {"p": "3) INI PENTING: skrg msh masa kampanye pilkada. Guru ASN & P3K jgn ikut2 kampanye, jgn pasang foto "
              "paslon di status, jgn like/komen/share postingan paslon manapun, jgn bawa atribut ke madrasah. Ruang "
              "kelas & aula madrasah TDK BOLEH dipinjamkan utk kegiatan paslon. Kalo ada yg ngajak, tolak baik2 aja.",
         "align": "left"},
        {"p": "4) Tgl 27 Nov libur, silakan gunakan hak pilih di TPS masing2. Yg jd KPPS lapor kamad utk dispensasi.",
         "align": "left"},
        {"p": "Tks, wassalam.\n\u2014 Kasi Penmad", "align": "left"},
    ],
    "footer": [{"p": "diteruskan oleh operator MIN 1 Lampung Selatan, 16/10/2024", "align": "right", "size": 16}],
}, L(False, [], [14, 11],
     "WA Kasi Penmad Kemenag Lampung Selatan (informal): 'calon peserta' PPPK, 'pilih salah satu jadwal', buku "
     "dikirim dalam 2 'partai', larangan kampanye/like/share paslon, gunakan hak pilih"))

# ---------------------------------------------------------------- 017
add(17, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Penyaluran Makassar Peduli Tahap IV", "author": "Bidang Linjamsos", "company": "Dinsos Makassar",
             "created": "2024-10-15T01:00:00Z"},
    "kop": kop("header", ["PEMERINTAH KOTA MAKASSAR", "DINAS SOSIAL",
                          "Jalan Arief Rate No. 8, Makassar 90111 - Telepon (0411) 873205"]),
    "body": kepala_surat("Makassar, 15 Oktober 2024", [
        ("Nomor", "460/2904/Dinsos/X/2024"), ("Lampiran", "1 (satu) berkas"),
        ("Perihal", "Penyaluran Bantuan Paket Sembako Program Makassar Peduli Tahap IV")],
        ["Kepada Yth.", "1. Camat se-Kota Makassar", "2. Koordinator TKSK dan Pendamping Sosial", "di -",
         "Makassar"]) + [
        {"p": "Dalam rangka penyaluran bantuan paket sembako Program Makassar Peduli Tahap IV Tahun Anggaran 2024 bagi "
              "12.400 keluarga penerima manfaat (KPM) di 15 kecamatan, dengan ini disampaikan hal-hal berikut.",
         "first": 720},
        {"p": "Program Makassar Peduli adalah program unggulan Bapak Drs. H. Andi Mappaujung Rahman, M.Si. yang telah "
              "dirasakan warga kota selama lima tahun. Agar manfaatnya terus berlanjut, petugas diharapkan "
              "menyampaikan kepada KPM bahwa program ini hanya akan berlanjut apabila beliau kembali memimpin Kota "
              "Makassar periode 2025\u20132030.{fn:1}", "first": 720},
        {"p": "Jadwal penyerahan di setiap kecamatan mengikuti agenda kunjungan beliau ke wilayah. Jadwal diterima dari "
              "Sdr. Irwan Baso selaku koordinator lapangan tim yang bersangkutan dan diteruskan Bidang Perlindungan "
              "dan Jaminan Sosial kepada camat paling lambat H-2.", "first": 720},
        {"p": "Petugas di lapangan agar:", "align": "left", "after": 60},
        {"p": "memverifikasi KPM berdasarkan DTKS dan daftar nominatif yang telah ditetapkan;", "num": 1},
        {"p": "mengemas paket sesuai ketentuan dalam kotak di bawah;", "num": 1},
        {"p": "mengatur barisan KPM pada saat penyerahan simbolis oleh beliau, serta menyiapkan dokumentasi;",
         "num": 1},
        {"p": "mengirim foto penyerahan ke grup WhatsApp \u201cKoordinasi Penyaluran\u201d pada hari yang sama.",
         "num": 1},
        {"textbox": [
            {"p": "**KETENTUAN KEMASAN**", "align": "center"},
            {"p": "Paket beras 5 kg, minyak goreng 1 liter, gula 1 kg, dan telur 10 butir dimasukkan ke dalam kantong "
                  "warna oranye bersablon \u201cMakassar Tetap Peduli \u2013 2\u201d. Kantong disediakan oleh tim yang "
                  "bersangkutan dan diambil di Gudang Dinas Sosial mulai 21 Oktober 2024."}],
         "width_cm": 15, "height_cm": 3.2},
        {"p": "Demikian untuk dilaksanakan dengan penuh tanggung jawab.", "first": 720},
    ] + ttd(None, "Kepala Dinas Sosial Kota Makassar,", "Dr. H. MUH. ASRI SAMAD, S.Sos., M.Si.",
            "Pembina Utama Muda (IV/c)", "19740828 199903 1 004"),
    "footnotes": {"1": "Petugas mencatat KPM yang menolak menerima kantong atau menyatakan tidak mendukung, untuk "
                       "dievaluasi pada penyaluran tahap berikutnya."},
}, L(True, ["endorsement", "inducement", "state-facility", "letterhead-misuse"], [1, 7, 8, 13],
     "Dinsos Makassar: sembako APBD disebut program 'beliau' yang hanya berlanjut bila beliau 'kembali memimpin' "
     "(tanpa kata calon); jadwal ikut agenda kunjungannya, kantong oranye tim 'yang bersangkutan' bernomor 2; "
     "catatan kaki: KPM tak mendukung dievaluasi"))

# ---------------------------------------------------------------- 018
add(18, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Undangan Rakor Kampanye", "author": "Kesbangpol", "company": "Pemkab Manokwari",
             "created": "2024-09-24T00:00:00Z"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN MANOKWARI", "BADAN KESATUAN BANGSA DAN POLITIK",
                         "Jalan Merdeka No. 35, Manokwari, Papua Barat 98312"], logo="PEMKAB MANOKWARI"),
    "body": kepala_surat("Manokwari, 24 September 2024", [
        ("Nomor", "200.1/317/Kesbangpol/IX/2024"), ("Sifat", "Penting"), ("Lampiran", "1 (satu) lembar"),
        ("Hal", "Undangan Rapat Koordinasi Fasilitasi dan Pengamanan Kampanye")],
        ["Yth.", "1. Ketua KPU Kabupaten Manokwari", "2. Ketua Bawaslu Kabupaten Manokwari",
         "3. Kapolres Manokwari", "4. Dandim 1801/Manokwari", "5. Kepala Satpol PP dan Kepala Dinas Perhubungan",
         "6. Penghubung (LO) Pasangan Calon Nomor Urut 1, 2, dan 3", "di Manokwari"]) + [
        {"p": "Dalam rangka kelancaran tahapan kampanye Pemilihan Bupati dan Wakil Bupati Manokwari Tahun 2024 yang "
              "berlangsung 25 September s.d. 23 November 2024, kami mengundang Bapak/Ibu untuk menghadiri rapat "
              "koordinasi pada Kamis, 26 September 2024 pukul 10.00 WIT di Ruang Rapat Kesbangpol.", "first": 720},
        {"p": "Rapat akan membahas:", "align": "left", "after": 60},
        {"p": "pengaturan zona dan jadwal kampanye yang bergiliran dan setara bagi ketiga pasangan calon sesuai "
              "keputusan KPU (rancangan terlampir);", "num": 0},
        {"p": "rencana pengamanan, pengaturan lalu lintas, dan posko terpadu;", "num": 0},
        {"p": "larangan penggunaan gedung, kendaraan, dan fasilitas pemerintah untuk kegiatan kampanye, termasuk "
              "larangan ASN hadir sebagai peserta kampanye;", "num": 0},
        {"p": "mekanisme penanganan gangguan keamanan dan laporan masyarakat.", "num": 0},
        {"p": "Pemerintah daerah tidak memberikan fasilitas kepada pasangan calon mana pun di luar yang diatur oleh "
              "KPU. Setiap LO diharapkan hadir agar jadwal disepakati bersama.", "first": 720},
        {"p": "Atas perhatian dan kehadirannya disampaikan terima kasih.", "first": 720},
    ] + ttd(None, "Kepala Badan Kesatuan Bangsa dan Politik,", "YOHANES M. MANDACAN, S.Sos., M.Si.",
            "Pembina (IV/a)", "19780612 200604 1 009") + [
        {"pagebreak": True},
        {"p": "**Lampiran: Rancangan Pembagian Zona Kampanye (bergiliran)**", "align": "left"},
        {"table": [
            ["Pekan", "Zona A (Manokwari Barat, Manokwari Utara)", "Zona B (Manokwari Timur, Manokwari Selatan)",
             "Zona C (Prafi, Warmare, Masni)"],
            ["I", "Paslon 1", "Paslon 2", "Paslon 3"],
            ["II", "Paslon 2", "Paslon 3", "Paslon 1"],
            ["III", "Paslon 3", "Paslon 1", "Paslon 2"],
            ["IV\u2013VIII", "Rotasi berulang", "Rotasi berulang", "Rotasi berulang"],
        ], "widths": [1200, 2620, 2630, 2620], "header_row": True},
    ],
}, L(False, [], [14],
     "Kesbangpol Manokwari: rakor pengamanan kampanye, jadwal/zona bergiliran setara untuk ketiga paslon, "
     "larangan fasilitas pemerintah dan ASN sebagai peserta"))

# ---------------------------------------------------------------- 019
add(19, {
    "font": "Courier New", "size": 21,
    "meta": {"title": "transkrip VN kadis", "author": "subbag umum", "created": "2024-10-15T00:30:00Z"},
    "body": [
        {"p": "TRANSKRIP PESAN SUARA", "align": "left", "bold": True},
        {"p": "Sumber: grup WhatsApp \u201cKAPUS & KABID DINKES KOTA KPG\u201d, Senin 14 Oktober 2024 pukul 21.17 WITA, "
              "durasi 2 menit 41 detik. Ditranskrip oleh staf Subbag Umum atas permintaan Kepala Dinas untuk "
              "diteruskan ke seluruh puskesmas.", "align": "left", "size": 19},
        {"p": "----------------------------------------------------------------", "align": "left"},
        {"p": "\u201cSelamat malam bapa mama dong samua. Beta omong satu kali sa, jadi dengar bae-bae. (jeda)",
         "align": "left"},
        {"p": "Mulai besok pagi, tiap puskesmas wajib posting di Facebook deng Instagram puskesmas minimal tiga kali "
              "satu hari. Tagar harus ada: #KupangSehatLanjut, #JemmyFransLagi, deng #DuaPeriodeSehat. Postingan "
              "dari akun \u2018Jemmy Frans Kupang Sehat\u2019 juga wajib dong share ke grup-grup kader.",
         "align": "left"},
        {"p": "Kepala puskesmas pastikan semua nakes ganti foto profil pake bingkai yang nanti Kasubbag kirim. Yang "
              "sonde mau share, sonde usah harap insentif jasa pelayanan bulan depan cair. Beta sonde main-main "
              "(tidak jelas) ...", "align": "left"},
        {"p": "Kapus yang puskesmasnya posting paling sedikit, nanti beta usul ke atas untuk evaluasi jabatan. Su "
              "tahu to?", "align": "left"},
        {"p": "Terakhir, rekap skrinsut tiap hari Jumat kirim ke Kasubbag Umum. Makasih, Tuhan berkati.\u201d",
         "align": "left"},
        {"p": "[akhir rekaman]", "align": "left", "italic": True},
    ],
}, L(True, ["endorsement", "inducement", "social-media", "state-facility"], [5, 8, 11],
     "Transkrip VN Kadinkes Kota Kupang (dialek Kupang, tanpa kop): wajib posting di akun resmi puskesmas dengan "
     "tagar #JemmyFransLagi #DuaPeriodeSehat, share akun pasangan, bingkai foto profil; ancam insentif jaspel dan "
     "evaluasi jabatan"))

# ---------------------------------------------------------------- 020
add(20, {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Penyampaian Keputusan Hukdis", "author": "Bidang PPI", "company": "BKPSDM HST",
             "created": "2024-04-22T02:00:00Z", "modified": "2024-04-23T01:00:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN HULU SUNGAI TENGAH",
                          "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                          "Jalan Perwira No. 3, Barabai, Kalimantan Selatan 71312"]),
    "body": kepala_surat("Barabai, 23 April 2024", [
        ("Nomor", "800.1.6.4/219/BKPSDM/2024"), ("Sifat", "Rahasia"), ("Lampiran", "1 (satu) eksemplar"),
        ("Hal", "Penyampaian Keputusan Hukuman Disiplin")],
        ["Yth. Kepala Dinas Perhubungan", "Kabupaten Hulu Sungai Tengah", "di Barabai"]) + [
        {"p": "Menindaklanjuti hasil pemeriksaan Tim Pemeriksa atas laporan dugaan pelanggaran netralitas ASN pada "
              "Pemilu 14 Februari 2024, bersama ini kami sampaikan Keputusan Bupati Hulu Sungai Tengah tentang "
              "Penjatuhan Hukuman Disiplin terhadap pegawai pada unit kerja Saudara dengan rincian sebagai berikut:",
         "first": 720},
        {"table": [
            ["Nama / NIP", "Sdr. AHMAD RIFANI, S.E. / 19860209 201001 1 005"],
            ["Jabatan", "Pengelola Sarana dan Prasarana Terminal"],
            ["Pelanggaran yang terbukti",
             ["menjadi anggota Tim Pemenangan salah satu calon anggota DPRD Kabupaten Hulu Sungai Tengah Dapil 2, "
              "sebagaimana tercantum dalam SK tim pemenangan yang bersangkutan;",
              "mengunggah ajakan \u201cCoblos Nomor 5, Kawal Sampai Menang!\u201d di akun Facebook pribadinya pada "
              "18 Januari 2024;",
              "hadir dalam kampanye pertemuan terbatas di Kecamatan Pandawan pada 20 Januari 2024."]],
            ["Dasar", "Pasal 5 huruf n PP Nomor 94 Tahun 2021 tentang Disiplin PNS"],
            ["Hukuman", "Hukuman disiplin sedang berupa pemotongan tunjangan kinerja sebesar 25% selama 9 (sembilan) "
                        "bulan"],
            ["TMT", "1 Mei 2024"],
        ], "widths": [2600, 6470]},
        blank(),
        {"p": "Sehubungan dengan hal tersebut, kami minta Saudara:", "first": 720},
        {"p": "menyampaikan keputusan tersebut secara langsung kepada yang bersangkutan paling lambat 14 (empat belas) "
              "hari kerja sejak diterima, dan membuat berita acara penyampaian;", "num": 0},
        {"p": "memberitahukan bahwa yang bersangkutan berhak mengajukan upaya administratif sesuai ketentuan;",
         "num": 0},
        {"p": "melakukan pembinaan dan pengawasan agar pelanggaran serupa tidak terulang pada Pemilihan Kepala "
              "Daerah 27 November 2024.", "num": 0},
        {"p": "Demikian disampaikan untuk dilaksanakan.", "first": 720},
    ] + ttd(None, "Kepala BKPSDM,", "H. MUHAMMAD NOOR FADILLAH, S.Sos., M.AP.", "Pembina Tingkat I (IV/b)",
            "19750611 199603 1 002") + tembusan([
        "Bupati Hulu Sungai Tengah (sebagai laporan);", "Inspektur Kabupaten Hulu Sungai Tengah;",
        "Kepala Kantor Regional VIII BKN di Banjarmasin;", "Ketua Bawaslu Kabupaten Hulu Sungai Tengah;",
        "Yang bersangkutan."]),
}, L(False, [], [14],
     "BKPSDM HST: penyampaian hukuman disiplin yang mengutip pelanggaran (tim pemenangan caleg, 'Coblos Nomor 5, "
     "Kawal Sampai Menang!', hadir kampanye); surat sanksi, bukan ajakan"))

# ---------------------------------------------------------------- 021
add(21, {
    "font": "Arial", "size": 22,
    "meta": {"title": "ND Reviu RKA dan kegiatan akhir pekan", "author": "Sekretariat Inspektorat",
             "change_author": "Sekretaris Inspektorat", "company": "Inspektorat Pessel",
             "created": "2024-10-01T01:30:00Z", "modified": "2024-10-02T07:45:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN PESISIR SELATAN", "INSPEKTORAT DAERAH",
                          "Jalan Ilyas Yakub No. 5, Painan, Sumatera Barat 25611"]),
    "body": [{"p": "**NOTA DINAS**", "align": "center"},
             {"table": [["Kepada", ":", "Para Inspektur Pembantu, Auditor, dan P2UPD"],
                        ["Dari", ":", "Inspektur Daerah Kabupaten Pesisir Selatan"],
                        ["Tanggal", ":", "2 Oktober 2024"],
                        ["Nomor", ":", "700/241/Insp-PS/X/2024"],
                        ["Hal", ":", "Pelaksanaan Reviu RKA-SKPD 2025 dan Kegiatan Akhir Pekan"]],
              "widths": [1400, 300, 7370], "borders": False},
             {"p": "", "border_bottom": True},
             {"p": "Menindaklanjuti hasil rapat pimpinan Inspektorat tanggal 30 September 2024, dengan ini "
                   "disampaikan hal-hal sebagai berikut:", "first": 567},
             {"p": "Reviu RKA-SKPD Tahun Anggaran 2025 dilaksanakan 7\u201318 Oktober 2024 oleh tim sesuai Surat "
                   "Perintah Tugas Inspektur. Kertas kerja reviu menggunakan format terbaru dari BPKP Perwakilan "
                   "Sumatera Barat.", "num": 0},
             {"p": "Pemantauan tindak lanjut hasil pemeriksaan BPK semester I dilakukan bersamaan dengan target "
                   "penyelesaian 85%.", "num": 0},
             {"p": "Pada hari Minggu, 6 Oktober 2024, seluruh auditor, P2UPD, dan staf sekretariat diminta hadir pada "
                   "**Deklarasi Dukungan dan Konsolidasi Relawan** tingkat kabupaten di Gedung Olahraga Painan pukul "
                   "08.00 WIB. {ins:Keberangkatan menggunakan kendaraan dinas masing-masing irban dari halaman kantor "
                   "pukul 07.15 WIB.}", "num": 0},
             {"p": "Pakaian: kemeja putih, celana/rok hitam, tanpa tanda pengenal dinas.", "num": 0},
             {"p": "**Pelaporan**", "align": "left", "after": 60},
             {"p": "Setiap Inspektur Pembantu melaporkan kehadiran anggota timnya berikut foto di lokasi kepada "
                   "Sekretaris Inspektorat paling lambat pukul 12.00 WIB pada hari yang sama. Laporan reviu RKA "
                   "disampaikan sesuai jadwal dalam SPT.", "first": 567},
             {"textbox": [
                 {"p": "%%Catatan Inspektur:%%", "size": 20},
                 {"p": "Kehadiran pada 6 Oktober 2024 dihitung sebagai kegiatan kedinasan dan dimasukkan dalam SPT "
                       "kolektif. Pegawai yang berhalangan wajib mengajukan izin tertulis.", "size": 20}],
              "width_cm": 14, "height_cm": 2.4},
             {"p": "Demikian untuk dilaksanakan.", "first": 567},
             ] + ttd(None, "Inspektur Daerah,", "Drs. H. ZULKIFLI RAHMAN, Ak., M.M.", "Pembina Utama Muda (IV/c)",
                     "19720930 199803 1 003"),
}, L(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 10],
     "Inspektorat Pesisir Selatan: nota dinas reviu RKA yang menyisipkan wajib hadir 'Deklarasi Dukungan dan "
     "Konsolidasi Relawan' (calon tidak disebut), bagian 'Pelaporan' foto kehadiran, tracked insertion mobil dinas, "
     "kotak teks: dihitung kegiatan kedinasan/SPT"))

# ---------------------------------------------------------------- 022
add(22, {
    "font": "Times New Roman", "size": 24, "engine": "libreoffice",
    "meta": {"title": "ND Keprotokolan Cuti Kampanye", "author": "Bagian Prokopim", "change_author": "Kabag Prokopim",
             "company": "Setda Bangka", "created": "2024-09-20T02:00:00Z", "modified": "2024-09-21T03:30:00Z"},
    "kop": kop("body", ["PEMERINTAH KABUPATEN BANGKA", "SEKRETARIAT DAERAH",
                        "Jalan Ahmad Yani, Jalur Dua, Sungailiat, Kepulauan Bangka Belitung 33215"]),
    "body": [blank(), {"p": "**NOTA DINAS**", "align": "center"},
             {"table": [["Kepada", ":", "Yth. Sekretaris Daerah Kabupaten Bangka"],
                        ["Dari", ":", "Kepala Bagian Protokol dan Komunikasi Pimpinan"],
                        ["Tanggal", ":", "20 September 2024"],
                        ["Nomor", ":", "000.1.5/188/Prokopim/2024"],
                        ["Hal", ":", "Pengaturan Keprotokolan Selama Bupati Menjalani Cuti Kampanye"]],
              "widths": [1400, 300, 7370], "borders": False},
             {"p": "", "border_bottom": True},
             {"p": "Sehubungan dengan Bupati Bangka, yang juga peserta Pemilihan Bupati dan Wakil Bupati Bangka Tahun "
                   "2024, akan menjalani cuti di luar tanggungan negara selama masa kampanye 25 September s.d. 23 "
                   "November 2024{fn:1}, dan telah ditunjuknya Penjabat Sementara (Pjs.) Bupati oleh Menteri Dalam "
                   "Negeri, dengan hormat kami laporkan pengaturan keprotokolan sebagai berikut:", "first": 720},
             {"p": "Seluruh agenda kedinasan Bupati selama masa cuti dialihkan kepada Pjs. Bupati. Undangan yang "
                   "ditujukan kepada Bupati diteruskan kepada Pjs. Bupati.", "num": 0},
             {"p": "Kendaraan dinas jabatan Bupati dan kendaraan pengawal dikembalikan ke pool Bagian Umum paling "
                   "lambat 24 September 2024 pukul 24.00 WIB.{del: Kendaraan tetap dapat dipinjam untuk kegiatan "
                   "Bupati di luar kedinasan.}", "num": 0},
             {"p": "Ajudan dan staf protokol tidak mendampingi kegiatan Bupati selama masa cuti. Pengamanan pribadi "
                   "mengikuti ketentuan kepolisian.", "num": 0},
             {"p": "Akun media sosial dan laman resmi Pemerintah Kabupaten Bangka tidak memuat kegiatan kampanye "
                   "pasangan calon mana pun; publikasi hanya untuk kegiatan Pjs. Bupati dan perangkat daerah.",
              "num": 0},
             {"p": "Rumah jabatan tidak digunakan untuk pertemuan kampanye atau kegiatan tim pasangan calon.",
              "num": 0},
             {"p": "Setelah masa cuti berakhir, Bupati kembali melaksanakan tugas mulai 24 November 2024 dan agenda "
                   "kedinasan disusun seperti biasa.", "num": 0},
             {"p": "Demikian kami laporkan, mohon petunjuk Bapak.", "first": 720},
             ] + ttd(None, "Kepala Bagian Protokol dan Komunikasi Pimpinan,", "RINA SEPTIANI, S.IP., M.Si.",
                     "Pembina (IV/a)", "19830914 200604 2 003"),
    "footnotes": {"1": "Pasal 70 ayat (3) Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati, "
                       "dan Wali Kota."},
}, L(False, [], [14],
     "Prokopim Setda Bangka: bupati petahana cuti di luar tanggungan negara, Pjs. Bupati, kendaraan/ajudan/akun "
     "resmi tidak untuk kampanye; satu kalimat bermasalah dihapus (tracked deletion)"))

# ---------------------------------------------------------------- 023
add(23, {
    "font": "Courier New", "size": 22,
    "meta": {"title": "Scan_20240117_0931", "author": "scanner", "created": "2024-01-17T02:31:00Z"},
    "kop": kop("body", ["PEMERINTAH PROVINSI KALIMANTAN BARAT", "SEKRETAR1AT DPRD",
                        "J4LAN A. YANI PONT1ANAK 78124 TELP. (0561) 73629l"]),
    "body": [blank(), {"p": "NOTA D1NAS", "align": "center", "bold": True},
             {"table": [["KEPADA", ":", "1. KEPALA BAG1AN UMUM DAN KEUANGAN\n2. KEPALA BAGIAN PERS1DANGAN\n"
                                        "3. KEPALA BAGIAN FASILITASI PENGANGGARAN DAN PENGAWASAN"],
                        ["DARI", ":", "SEKRETAR1S DPRD"],
                        ["TANGGAL", ":", "17 JANUARI 2O24"],
                        ["NOMOR", ":", "005/ 064 /SETWAN-B/2024"],
                        ["PERIHAL", ":", "KEHADIRAN PADA KAMPANVE RAPAT UMUM PASANGAN CALON PRES1DEN DAN WAKIL "
                                         "PRESIDEN"]],
              "widths": [1500, 300, 7270], "borders": False},
             {"p": "", "border_bottom": True},
             {"p": "SEHUBUNGAN DENGAN AKAN DILAKSANAKANNYA KAMPANVE RAPAT UMUM PASANGAN CALON PRESIDEN DAN WAKIL "
                   "PRES1DEN Dl KOTA PONTIANAK, DIMINTA KEPADA SAUDARA UNTUK MENUGASKAN SELURUH STAF PADA BAGIAN "
                   "MASING-MASING HADIR PADA KETIGA RAPAT UMUM TERSEBUT DENGAN KETENTUAN:", "first": 0},
             {"p": "1. KEHADIRAN DIHITUNG SEBAGAI JAM KERJA DAN TIDAK PERLU MENGAJUKAN CUTI;", "indent": 360},
             {"p": "2. BUS 0PERASIONAL SEKRETARIAT (2 UNIT) DISIAPKAN Dl HALAMAN KANTOR PUKUL O7.00 WIB;",
              "indent": 360},
             {"p": "3. STAF DUDUK BERKELOMPOK PER BAGIAN DAN MENGISI DAFTAR HADIR YANG DIBAWA KASUBBAG TU;",
              "indent": 360},
             {"p": "4. SNACK DAN AIR MINERAL DIBEBANKAN PADA KEGIATAN RAPAT KOORD1NASI BAGIAN UMUM.", "indent": 360},
             {"table": [
                 ["PASLON", "HARI/TANGGAL", "TEMPAT"],
                 ["NO. URUT 1", "SABTU, 27 JANUARI 2024", "STADION SULTAN SYARIF ABDURRAHMAN"],
                 ["NO. URUT 2", "SELASA, 30 JANUARI 2024", "LAPANGAN KEBOEN SAJOEK"],
                 ["NO. URUT 3", "KAMIS, 1 FEBRUARI 2O24", "TAMAN ALUN KAPUAS"],
             ], "widths": [2000, 3300, 3770], "header_row": True},
             blank(),
             {"p": "DEMIKIAN UNTUK D1LAKSANAKAN.", "first": 0},
             ] + ttd(None, "SEKRETARIS DPRD,", "Drs. H. SY. ABDUL HAL1M, M.Si", "PEMBINA UTAMA MUDA (IV/c)",
                     "19690311 l99403 1 OO7"),
    "footer": [{"p": "Scan_20240117_0931.pdf \u2013 hasil OCR, mohon dicocokkan dengan aslinya", "align": "left",
                "size": 16}],
}, L(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [11, 12],
     "Setwan DPRD Kalbar (hasil pindai/OCR, huruf kapital, typo 'KAMPANVE', 'PRES1DEN'): semua staf wajib hadir "
     "rapat umum ketiga paslon Presiden, dihitung jam kerja, bus operasional, snack dari anggaran rapat; tak memihak "
     "satu paslon tetapi mobilisasi ASN dengan fasilitas negara"))

# ---------------------------------------------------------------- 024
add(24, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "ND Penerimaan Obat TW IV", "author": "Instalasi Farmasi", "company": "RSUD dr. M. Haulussy",
             "created": "2024-11-05T00:50:00Z"},
    "kop": kop("header", ["PEMERINTAH PROVINSI MALUKU", "RUMAH SAKIT UMUM DAERAH dr. M. HAULUSSY",
                          "Jalan Dr. Kayadoe, Kudamati, Ambon 97116"]),
    "body": [{"p": "**NOTA DINAS**", "align": "center"},
             {"table": [["Kepada", ":", "Yth. Direktur RSUD dr. M. Haulussy"],
                        ["Dari", ":", "Kepala Instalasi Farmasi"],
                        ["Tanggal", ":", "5 November 2024"],
                        ["Nomor", ":", "445/IFRS/1137/XI/2024"],
                        ["Hal", ":", "Penerimaan Obat dan BMHP Triwulan IV serta Jadwal Stock Opname"]],
              "widths": [1400, 300, 7370], "borders": False},
             {"p": "", "border_bottom": True},
             {"p": "Dengan hormat, bersama ini kami laporkan perkembangan penerimaan obat dan bahan medis habis pakai "
                   "(BMHP) hasil e-purchasing triwulan IV Tahun 2024. Karena keterbatasan armada kapal, distributor "
                   "mengirimkan barang dalam dua partai:", "first": 567},
             {"table": [
                 ["No", "Nama Barang", "Partai I (diterima 4/11)", "Partai II (rencana 18/11)", "Keterangan"],
                 ["1", "Ceftriaxone 1 g inj.", "1.200 vial", "800 vial", "Sesuai kontrak"],
                 ["2", "Ringer Laktat 500 ml", "2.400 botol", "1.600 botol", "Sebagian kemasan penyok, diretur"],
                 ["3", "Spuit 3 cc", "5.000 pcs", "5.000 pcs", "Sesuai kontrak"],
                 ["4", "Handscoon steril no. 7", "\u2013", "3.000 pasang", "Menunggu partai II"],
             ], "widths": [500, 2600, 2000, 2000, 1970], "header_row": True},
             blank(),
             {"p": "Beberapa hal yang perlu mendapat perhatian:", "first": 567},
             {"p": "Untuk paket pengadaan langsung reagen laboratorium, dua calon penyedia telah melampirkan surat "
                   "dukungan dari distributor resmi; satu di antaranya belum mencantumkan masa berlaku sehingga kami "
                   "mintakan perbaikan kepada Pejabat Pengadaan.", "num": 0},
             {"p": "Stock opname akhir tahun dilaksanakan per depo. Kepala ruangan dapat memilih salah satu jadwal: "
                   "9\u201310 Desember atau 16\u201317 Desember 2024.", "num": 0},
             {"p": "Poster kampanye penggunaan antibiotik secara bijak dari Kementerian Kesehatan telah diterima dan "
                   "akan dipasang di depo rawat jalan dan IGD.", "num": 0},
             {"p": "Pada hari pemungutan suara Pilkada, 27 November 2024, layanan farmasi IGD dan rawat inap tetap "
                   "buka dengan petugas piket; jadwal piket diatur sehingga setiap petugas dapat menggunakan hak "
                   "pilihnya.", "num": 0},
             {"p": "Demikian kami sampaikan, mohon arahan Bapak Direktur.", "first": 567},
             ] + ttd(None, "Kepala Instalasi Farmasi,", "apt. MARTHA J. LATUMAHINA, S.Farm., M.Kes.",
                     "Penata Tingkat I (III/d)", "19840225 201001 2 011"),
    "footer": [{"p": "Instalasi Farmasi RSUD dr. M. Haulussy \u2013 dokumen internal", "align": "right", "size": 16}],
}, L(False, [], [14],
     "Umpan RSUD Haulussy: barang dikirim dalam dua 'partai', 'calon penyedia', 'surat dukungan' distributor, "
     "'pilih salah satu jadwal' stock opname, 'kampanye' antibiotik bijak, piket hari pencoblosan"))

# =============================================================== END MEMOS


def main():
    os.makedirs(os.path.join(HERE, "specs"), exist_ok=True)
    labels = {}
    nums = [m[0] for m in MEMOS]
    assert len(nums) == len(set(nums)), "duplicate memo number"
    keep = set()
    for num, spec, label in sorted(MEMOS, key=lambda m: m[0]):
        name = "%s_%03d" % (BATCH, num)
        with open(os.path.join(HERE, "specs", name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        keep.add(name + ".json")
        if label["violation"]:
            assert label["categories"], name
        else:
            assert not label["categories"] and 14 in label["classes"], name
        labels[name + ".docx"] = label
    for f in os.listdir(os.path.join(HERE, "specs")):
        if f.endswith(".json") and f not in keep:
            os.remove(os.path.join(HERE, "specs", f))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs, %d violating" % (len(labels), sum(v["violation"] for v in labels.values())))


if __name__ == "__main__":
    main()
