#!/usr/bin/env python3
"""Batch b14: leaked office memos on ASN election neutrality (Pemilu 14 Feb 2024, Pilkada 27 Nov 2024).

Every memo below is written by hand. The helpers only lay out standard naskah dinas furniture
(kop, nomor block, signature, tembusan). Run from this folder:

    /usr/bin/python3 write_specs.py
    /usr/bin/python3 /work/shared/eval/make_docx.py specs docx
"""
import json
import os
from collections import Counter

BATCH = "b14"
HERE = os.path.dirname(os.path.abspath(__file__))
MEMOS = []  # (spec, label, structure-notes)


# ----------------------------------------------------------------------------- furniture helpers
def P(text, **kw):
    d = {"p": text}
    d.update(kw)
    return d


def blank():
    return {"p": "", "after": 0}


def kop(placement, lines, logo=None):
    k = {"placement": placement, "lines": lines}
    if logo:
        k["logo"] = logo
    return k


def nomor_block(rows, widths=(1500, 300, 7270)):
    return {"table": [[a, ":", b] for a, b in rows], "widths": list(widths), "borders": False}


def ttd(jabatan_lines, nama, nip=None, pangkat=None, tempat_tgl=None, indent=5103, an=None):
    out = []
    if tempat_tgl:
        out.append(P(tempat_tgl, indent=indent, after=0, align="left"))
    if an:
        out.append(P(an, indent=indent, after=0, align="left"))
    for j in jabatan_lines:
        out.append(P(j, indent=indent, after=0, align="left"))
    out += [P("", indent=indent, after=0), P("", indent=indent, after=0), P("", indent=indent, after=0)]
    out.append(P("**__%s__**" % nama, indent=indent, after=0, align="left"))
    if pangkat:
        out.append(P(pangkat, indent=indent, after=0, align="left"))
    if nip:
        out.append(P("NIP. " + nip, indent=indent, after=0, align="left"))
    return out


def tembusan(items, label="Tembusan:"):
    out = [blank(), P(label, after=0, size=20)]
    for i, t in enumerate(items, 1):
        out.append(P("%d. %s" % (i, t), after=0, size=20, indent=284))
    return out


def add(num, spec, violation, categories, classes, note, structure):
    name = "%s_%03d" % (BATCH, num)
    spec = dict(spec)
    spec["output"] = name + ".docx"
    label = {"violation": violation, "categories": categories if violation else [],
             "classes": classes, "note": note}
    MEMOS.append((name, spec, label, structure))


# ============================================================================= 001 (violating)
# Dinas Pertanian Pinrang: SE on bantuan alsintan bent to the incumbent's campaign tour.
add(1, {
    "font": "Bookman Old Style", "size": 23,
    "meta": {"title": "SE percepatan bantuan alsintan", "author": "Sekretariat Distan",
             "company": "Dinas Pertanian Kab. Pinrang", "created": "2024-10-02T01:20:00Z",
             "modified": "2024-10-02T03:05:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN PINRANG", "DINAS PERTANIAN",
                          "Jalan Jenderal Sudirman No. 41 Pinrang 91212, Telepon (0421) 922314, Pos-el distan@pinrangkab.go.id"]),
    "footer": [P("%%SE Distan 500.7/1147 — halaman 1%%", align="right", size=16, after=0)],
    "body": [
        P("Pinrang, 2 Oktober 2024", align="right", after=120),
        P("Kepada", after=0),
        P("Yth.\t1. Koordinator BPP se-Kabupaten Pinrang;", after=0, tabs=[[567, "left"]]),
        P("\t2. Penyuluh Pertanian Lapangan (PPL);", after=0, tabs=[[567, "left"]]),
        P("\t3. Ketua Gapoktan penerima CPCL 2024", after=0, tabs=[[567, "left"]]),
        P("di –", after=0),
        P("\tTempat", after=240, tabs=[[567, "left"]]),
        P("__SURAT EDARAN__", align="center", bold=True, after=0),
        P("NOMOR: 500.7/1147/Distan/X/2024", align="center", after=120),
        P("TENTANG", align="center", after=0),
        P("PERCEPATAN PENYALURAN BANTUAN ALSINTAN DAN BENIH PADI\nMUSIM TANAM OKMAR 2024/2025", align="center", bold=True, after=240),
        P("Dalam rangka menjaga kesinambungan program Pinrang Lumbung Pangan yang selama lima tahun ini dijalankan oleh "
          "Bapak H. Andi Mappasessu, S.E., M.M. dan Ibu Hj. Nurhayati Latief, S.Sos., serta agar program tersebut tetap "
          "dirasakan petani apabila keduanya memimpin kembali Kabupaten Pinrang pada periode berikutnya, dengan ini "
          "disampaikan hal-hal sebagai berikut:", align="both", first=709),
        P("Penyerahan bantuan hand traktor roda dua, pompa air 3 inci dan benih padi Inpari 32 tahun ini dilakukan langsung "
          "oleh Bapak H. Andi Mappasessu dalam rangkaian kunjungan beliau ke 12 kecamatan pada tanggal 7 s.d. 19 Oktober 2024. "
          "Jadwal penyerahan di masing-masing BPP menyesuaikan agenda beliau sebagaimana terlampir, bukan jadwal distribusi "
          "yang telah disusun Bidang PSP.", num=0, align="both", after=80),
        P("Setiap PPL menghadirkan sekurang-kurangnya 40 (empat puluh) anggota kelompok tani beserta istri/suami pada titik "
          "penyerahan di wilayah binaannya. Daftar hadir memuat nama, NIK dan nomor HP, dan diserahkan kepada petugas yang "
          "ditunjuk tim beliau di lokasi.", num=0, align="both", after=80),
        P("Kelompok tani yang ketuanya telah menyatakan siap mengawal kelanjutan program beliau mendapat prioritas pada CPCL "
          "tambahan. Kelompok yang tidak hadir pada kunjungan tersebut, usulannya ditangguhkan ke tahun anggaran 2025.",
          num=0, align="both", after=80),
        P("Karung benih, spanduk dan papan nama bantuan menggunakan warna hijau-kuning serta foto beliau sesuai contoh dari "
          "posko; logo Dinas cukup dicantumkan kecil di bagian bawah.", num=0, align="both", after=80),
        P("Koordinator BPP melaporkan rekapitulasi kehadiran dan dokumentasi paling lambat 1 (satu) hari setelah kegiatan "
          "melalui Sekretaris Dinas.", num=0, align="both", after=160),
        P("Demikian untuk dilaksanakan dengan penuh tanggung jawab.", first=709, after=240),
    ] + ttd(["Kepala Dinas Pertanian", "Kabupaten Pinrang,"], "Ir. H. MUH. SYAHRIR BACO, M.Si.",
            nip="19690814 199503 1 004", pangkat="Pembina Utama Muda (IV/c)")
      + tembusan(["Yth. Sekretaris Daerah Kabupaten Pinrang;", "Arsip."]) + [
        {"pagebreak": True},
        P("Lampiran Surat Edaran Kepala Dinas Pertanian Kabupaten Pinrang", size=20, after=0),
        P("Nomor 500.7/1147/Distan/X/2024 tanggal 2 Oktober 2024", size=20, after=200),
        P("JADWAL KUNJUNGAN BAPAK H. ANDI MAPPASESSU DAN PENYERAHAN BANTUAN", align="center", bold=True, after=120),
        {"table": [["No", "Hari/Tanggal", "Kecamatan", "Titik Penyerahan", "Jam"],
                   ["1", "Senin, 7 Oktober 2024", "Duampanua", "BPP Duampanua, Pekkabata", "08.30"],
                   ["2", "Senin, 7 Oktober 2024", "Lembang", "Lapangan Desa Binanga Karaeng", "14.00"],
                   ["3", "Rabu, 9 Oktober 2024", "Patampanua", "BPP Patampanua", "09.00"],
                   ["4", "Jumat, 11 Oktober 2024", "Mattiro Bulu", "Halaman Kantor Camat", "14.30"],
                   ["5", "Senin, 14 Oktober 2024", "Suppa", "Gudang Gapoktan Tasiwalie", "09.00"],
                   ["6", "Sabtu, 19 Oktober 2024", "Watang Sawitto", "Lapangan Lasinrang", "08.00"]],
         "widths": [600, 2300, 1700, 3270, 1200], "header_row": True},
        P("Titik kecamatan lainnya menyusul sesuai konfirmasi tim beliau.", italic=True, size=20, before=80),
    ],
}, True, ["endorsement", "campaign-activity", "inducement", "state-facility", "letterhead-misuse"], [1, 7, 8, 13],
    "SE Kadistan: bantuan alsintan/benih diserahkan oleh petahana yang disebut 'memimpin kembali ... periode berikutnya' "
    "(tanpa kata calon), jadwal mengikuti agenda beliau, wajib hadirkan 40 petani + NIK, kelompok tak hadir ditunda bantuannya, "
    "karung warna tim beliau.",
    "kop header; numbered list; table in lampiran after pagebreak; footer")


# ============================================================================= 002 (compliant)
# SE Bupati Sigi: neutrality circular listing every prohibited act.
add(2, {
    "font": "Arial", "size": 22,
    "meta": {"title": "SE Netralitas ASN Pilkada 2024", "author": "Bidang PPI BKPSDM",
             "created": "2024-09-03T00:40:00Z", "modified": "2024-09-04T06:10:00Z"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN SIGI", "SEKRETARIAT DAERAH",
                         "Jalan Poros Palu–Bangga, Bora, Kecamatan Sigi Biromaru 94364"],
               logo="[LAMBANG KABUPATEN SIGI]"),
    "body": [
        P("SURAT EDARAN BUPATI SIGI", align="center", bold=True, after=0),
        P("NOMOR 000.8/0451/BKPSDM/IX/2024", align="center", after=120),
        P("TENTANG", align="center", after=0),
        P("NETRALITAS APARATUR SIPIL NEGARA, PEGAWAI NON-ASN DAN KEPALA DESA PADA PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR "
          "SULAWESI TENGAH SERTA PEMILIHAN BUPATI DAN WAKIL BUPATI SIGI TAHUN 2024", align="center", bold=True, after=240),
        P("Yth. 1. Para Kepala Perangkat Daerah;\n       2. Para Camat;\n       3. Para Kepala Desa dan Lurah\nse-Kabupaten Sigi", after=200),
        P("**1. Latar Belakang**", after=60),
        P("Tahapan kampanye Pemilihan Serentak 2024 berlangsung sejak 25 September sampai dengan 23 November 2024, dan "
          "pemungutan suara dilaksanakan pada Rabu, 27 November 2024. Pegawai ASN wajib menjaga netralitas, bebas dari "
          "pengaruh dan intervensi semua golongan dan partai politik, serta tidak memihak kepada kepentingan siapa pun.",
          align="both", indent=360),
        P("**2. Dasar**", after=60),
        P("a. Undang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015, khususnya Pasal 70 dan Pasal 71;\n"
          "b. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;\n"
          "c. Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;\n"
          "d. Keputusan Bersama tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN{fn:1}.",
          indent=360, after=120),
        P("**3. Larangan**", after=60),
        P("Pegawai ASN dan Pegawai Non-ASN di lingkungan Pemerintah Kabupaten Sigi dilarang:", indent=360, after=60),
        P("memasang spanduk, baliho, stiker atau alat peraga lain yang mempromosikan bakal calon atau calon Gubernur, "
          "Wakil Gubernur, Bupati dan Wakil Bupati;", num=1, after=40),
        P("melakukan sosialisasi atau kampanye melalui media sosial untuk calon, termasuk mengunggah, menyukai (like), "
          "mengomentari, membagikan (share) atau mengikuti (follow) akun pemenangan, bergabung dalam grup pemenangan, dan "
          "memasang bingkai foto (twibbon) calon;", num=1, after=40),
        P("menghadiri deklarasi, kampanye, rapat umum atau pelantikan tim pemenangan, baik dengan maupun tanpa atribut, "
          "termasuk di luar jam kerja dan pada saat cuti;", num=1, after=40),
        P("menjadi anggota, pengurus atau relawan tim kampanye/tim pemenangan;", num=1, after=40),
        P("berfoto bersama calon atau tim kampanye dengan gestur tangan atau simbol yang menunjukkan keberpihakan;", num=1, after=40),
        P("memberikan dukungan kepada calon perseorangan dengan menyerahkan fotokopi KTP-el atau surat pernyataan;", num=1, after=40),
        P("menggunakan kendaraan dinas, gedung kantor, anggaran, peralatan atau jam kerja untuk kepentingan calon;", num=1, after=40),
        P("membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon;", num=1, after=40),
        P("mengadakan pertemuan, ajakan, imbauan, seruan atau pemberian barang kepada sesama ASN, keluarga dan masyarakat "
          "yang mengarah pada keberpihakan.", num=1, after=120),
        {"textbox": [P("**PERHATIAN**", align="center"),
                     P("Larangan di atas berlaku juga di luar jam kerja, pada saat cuti, dan pada akun media sosial pribadi "
                       "maupun akun keluarga yang dikelola pegawai.", align="center")],
         "width_cm": 14.5, "height_cm": 2.2},
        P("**4. Kepala Desa dan Perangkat Desa**", after=60),
        P("Kepala Desa dan perangkat desa dilarang menjadi pengurus partai politik, ikut serta atau terlibat dalam kampanye, "
          "serta membuat keputusan yang menguntungkan diri sendiri, golongan atau pihak tertentu sebagaimana diatur dalam "
          "undang-undang tentang Desa.", align="both", indent=360),
        P("**5. Sanksi dan Pengaduan**", after=60),
        P("Pelanggaran atas larangan tersebut dikenai sanksi sesuai peraturan perundang-undangan. Masyarakat dan pegawai dapat "
          "menyampaikan pengaduan melalui {link:https://www.lapor.go.id|SP4N-LAPOR!} atau langsung ke Bawaslu Kabupaten Sigi.",
          align="both", indent=360),
        P("**6. Pelaksanaan**", after=60),
        P("Kepala Perangkat Daerah dan Camat agar meneruskan Surat Edaran ini kepada seluruh pegawai dan melaporkan hasil "
          "pengawasan netralitas di unit masing-masing kepada Bupati melalui Kepala BKPSDM setiap akhir bulan.",
          align="both", indent=360, after=240),
        P("Demikian untuk dilaksanakan dengan sebaik-baiknya.", after=240),
    ] + ttd(["BUPATI SIGI,"], "ANDI LATANRO MAHMUD", tempat_tgl="Ditetapkan di Bora\npada tanggal 4 September 2024")
      + tembusan(["Penjabat Gubernur Sulawesi Tengah di Palu;", "Ketua Bawaslu Kabupaten Sigi;",
                  "Ketua KPU Kabupaten Sigi;", "Kepala Kantor Regional XIV BKN Manado."]),
    "footnotes": {"1": "Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, Ketua KASN dan Ketua Bawaslu "
                       "Tahun 2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Aparatur Sipil Negara dalam "
                       "Penyelenggaraan Pemilihan Umum dan Pemilihan."},
}, False, [], [14],
    "SE Bupati: daftar lengkap larangan netralitas (like/share/follow, deklarasi, atribut, KTP, fasilitas) — edaran kepatuhan.",
    "kop table with logo; numbered list level 1; textbox; footnote; hyperlink")


# ============================================================================= 003 (violating)
# RSUD: nota dinas sending staff to a kampanye akbar; subject names the event, rest is logistics.
add(3, {
    "engine": "libreoffice",
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "ND Wadir Umum", "author": "Subbag Umum RSUD", "created": "2024-01-30T02:15:00Z"},
    "kop": kop("body", ["PEMERINTAH KABUPATEN GROBOGAN", "RUMAH SAKIT UMUM DAERAH KI AGENG SELO",
                        "Jl. Letjen R. Suprapto No. 7 Purwodadi 58111 Telp. (0292) 421004"]),
    "body": [
        P("NOTA DINAS", align="center", bold=True, size=26, before=120, after=120),
        nomor_block([("Kepada", "Yth. Para Kepala Instalasi dan Kepala Ruang"),
                     ("Dari", "Wakil Direktur Umum dan Keuangan"),
                     ("Tanggal", "30 Januari 2024"),
                     ("Nomor", "000.1.5/0213/RSUD/I/2024"),
                     ("Sifat", "Segera"),
                     ("Lampiran", "-"),
                     ("Hal", "**Kehadiran Pegawai pada Kampanye Akbar di Alun-Alun Purwodadi, Sabtu 3 Februari 2024**")]),
        P("", border_bottom=True, after=120),
        P("Memperhatikan arahan pimpinan pada apel pagi tanggal 29 Januari 2024, RSUD turut mengirimkan pegawai untuk "
          "menghadiri kampanye akbar (rapat umum) yang akan digelar di Alun-Alun Purwodadi pada hari Sabtu, 3 Februari 2024 "
          "pukul 08.00 WIB sampai dengan selesai. Sehubungan dengan itu disampaikan pengaturan sebagai berikut:",
          align="both", first=567),
        P("Kuota pegawai per unit:", num=0, after=60),
        {"table": [["Unit", "Kuota", "Penanggung Jawab"],
                   ["Instalasi Gawat Darurat (di luar petugas jaga)", "10", "Ka. Instalasi IGD"],
                   ["Instalasi Rawat Inap (Cempaka, Mawar, Flamboyan)", "25", "Ka. Instalasi Rawat Inap"],
                   ["Instalasi Rawat Jalan", "20", "Ka. Instalasi Rawat Jalan"],
                   ["Penunjang (Laboratorium, Radiologi, Farmasi)", "15", "Kabid Penunjang"],
                   ["Manajemen dan Bagian Umum", "30", "Kasubbag Umum"],
                   [{"p": "**Jumlah**", "align": "right"}, "**100**", ""]],
         "widths": [4700, 1100, 3270], "header_row": True},
        P("Pegawai berkumpul di halaman parkir belakang Gedung Cendana pukul 06.30 WIB. Keberangkatan menggunakan 2 (dua) "
          "bus pegawai dan 1 (satu) ambulans transport; pengemudi dari Subbag Rumah Tangga.", num=0, before=120, align="both"),
        P("Pakaian: kaos dan topi yang dibagikan Subbag Umum pada Jumat, 2 Februari 2024 pukul 13.00 WIB di ruang rapat "
          "lantai 2. Tidak mengenakan seragam dinas maupun ID card RSUD.", num=0, align="both"),
        P("Konsumsi (snack pagi dan nasi kotak) disiapkan Instalasi Gizi dan dibebankan pada kegiatan rapat koordinasi "
          "triwulan I.", num=0, align="both"),
        P("Pegawai yang berangkat dicatat sebagai dinas luar pada SIMPEG. Kepala Ruang mengatur pengganti shift pagi.",
          num=0, align="both"),
        P("Kepala Instalasi mengirim foto kehadiran unit di depan panggung ke grup \u201cManajemen RSUD\u201d paling lambat "
          "pukul 11.00 WIB.", num=0, align="both", after=160),
        P("Atas perhatian dan kerja samanya diucapkan terima kasih.", first=567, after=240),
    ] + ttd(["Wakil Direktur Umum dan Keuangan,"], "SRI WAHYUNINGSIH, S.E., M.M.", nip="19750611 200003 2 002",
            pangkat="Pembina (IV/a)"),
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6],
    "Nota dinas Wadir RSUD: hal menyebut 'Kampanye Akbar'; isi hanya logistik (kuota 100 pegawai, bus & ambulans RSUD, kaos, "
    "konsumsi dari anggaran rapat, dicatat dinas luar, foto depan panggung). Calon tidak disebut.",
    "kop as first body lines; nomor block table; quota table; numbered list; engine libreoffice")


# ============================================================================= 004 (compliant)
# Bawaslu Kota Kendari: Form A laporan hasil pengawasan quoting an ASN's partisan post.
add(4, {
    "font": "Arial Narrow", "size": 22,
    "meta": {"title": "Form A - Pengawasan Siber", "author": "Divisi PP Bawaslu Kendari",
             "created": "2024-10-14T07:00:00Z"},
    "kop": kop("header", ["BADAN PENGAWAS PEMILIHAN UMUM", "KOTA KENDARI",
                          "Jl. Bunggasi No. 12, Anduonohu, Kendari 93232"]),
    "body": [
        P("FORMULIR MODEL A", align="center", bold=True, after=0),
        P("LAPORAN HASIL PENGAWASAN PEMILIHAN", align="center", bold=True, after=0),
        P("Nomor: 118/LHP/PM.01.02/K.ST-12/10/2024", align="center", after=200),
        {"table": [[{"p": "**I. DATA PENGAWAS PEMILIHAN**", "span": 2}],
                   ["a. Tahapan yang diawasi", "Kampanye Pemilihan Wali Kota dan Wakil Wali Kota Kendari 2024"],
                   ["b. Nama pelaksana tugas pengawasan", "Wa Ode Sitti Rahmatia, S.H."],
                   ["c. Jabatan", "Koordinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa"],
                   ["d. Nomor surat perintah tugas", "044/PM.01.02/K.ST-12/09/2024"],
                   [{"p": "**II. KEGIATAN PENGAWASAN**", "span": 2}],
                   ["a. Bentuk", "Patroli pengawasan siber pada media sosial Facebook"],
                   ["b. Tujuan", "Memastikan netralitas ASN selama masa kampanye"],
                   ["c. Sasaran", "Akun Facebook atas nama \u201cLd Hamsir Sanggula\u201d, ASN pada Dinas Perhubungan Kota Kendari"],
                   ["d. Waktu dan tempat", "Senin, 14 Oktober 2024, Sekretariat Bawaslu Kota Kendari"]],
         "widths": [3300, 5770]},
        P("**III. URAIAN SINGKAT HASIL PENGAWASAN**", before=200, after=60),
        P("Pada Sabtu, 12 Oktober 2024 pukul 20.14 WITA, akun tersebut mengunggah foto bersama salah satu calon Wali Kota "
          "Kendari nomor urut 4 di sebuah rumah makan di Kecamatan Kambu, dengan keterangan sebagai berikut{fn:1}:",
          align="both"),
        P("%%\u201cKendari harus lanjut! Ayo coblos nomor 4, jangan kasih putus pembangunan. Sa sudah siap kawal sampai "
          "menang.\u201d%%", indent=720, align="both"),
        P("Sampai dengan tanggal pengawasan, unggahan tersebut disukai 213 akun, dikomentari 41 kali dan dibagikan 17 kali. "
          "Pengawas mencocokkan identitas pemilik akun dengan data kepegawaian dan memperoleh kesesuaian nama, foto serta "
          "unit kerja.", align="both"),
        P("**IV. INFORMASI DUGAAN PELANGGARAN**", before=120, after=60),
        {"table": [["Peristiwa", "Dugaan pelanggaran netralitas ASN melalui unggahan media sosial yang memuat ajakan memilih"],
                   ["Tempat kejadian", "Media sosial Facebook"],
                   ["Waktu kejadian", "12 Oktober 2024"],
                   ["Pelaku", "Ld. Hamsir Sanggula, S.T. (ASN, Dinas Perhubungan)"],
                   ["Alat bukti", "Tangkapan layar unggahan dan tautan akun; data kepegawaian"],
                   ["Uraian pasal", "Diduga melanggar Pasal 70 ayat (1) huruf b Undang-Undang Nomor 10 Tahun 2016 serta "
                                    "ketentuan netralitas dalam Undang-Undang ASN dan PP Nomor 94 Tahun 2021"]],
         "widths": [2500, 6570]},
        P("**V. TINDAK LANJUT**", before=120, after=60),
        P("Hasil pengawasan dituangkan sebagai temuan, diregistrasi, dan dikaji. Apabila terpenuhi unsur, rekomendasi "
          "diteruskan kepada Badan Kepegawaian Negara dan Pejabat Pembina Kepegawaian Kota Kendari.", align="both", after=240),
    ] + ttd(["Kendari, 14 Oktober 2024", "Pengawas Pemilihan,"], "WA ODE SITTI RAHMATIA, S.H."),
    "footnotes": {"1": "Kutipan sesuai tangkapan layar; ejaan tidak diubah."},
}, False, [], [14],
    "Laporan hasil pengawasan Bawaslu yang mengutip unggahan 'Ayo coblos nomor 4' oleh ASN — laporan, bukan ajakan.",
    "kop header; form tables with spanned rows; footnote; quoted partisan text")


# ============================================================================= 005 (violating)
# Kelurahan in Makassar: Sekretaris forwards the Lurah's WhatsApp broadcast on kelurahan letterhead.
add(5, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "pemberitahuan RT RW", "author": "kel.balangbaru", "created": "2024-10-09T03:30:00Z"},
    "kop": kop("body", ["PEMERINTAH KOTA MAKASSAR", "KELURAHAN BALANG BARU",
                        "Kecamatan Tamalate – Jl. Dg. Tata Raya No. 3 Makassar 90224"]),
    "body": [
        P("Makassar, 9 Oktober 2024", align="right", before=120, after=120),
        nomor_block([("Nomor", "005/ 88 /KBB/X/2024"), ("Lampiran", "–"), ("Perihal", "Pemberitahuan")],
                    widths=(1300, 300, 7470)),
        P("", after=60),
        P("Kepada Yth.\nKetua RW 01 s.d. RW 09 dan\nKetua RT se-Kelurahan Balang Baru\ndi –\n      Tempat", after=200),
        P("Dengan hormat,", after=60),
        P("Bersama ini kami teruskan arahan Bapak Lurah yang telah disampaikan melalui grup WhatsApp \u201cRT/RW BALANG "
          "BARU\u201d pada tanggal 8 Oktober 2024, untuk diketahui oleh Ketua RT/RW yang belum bergabung di grup tersebut:",
          align="both", first=567),
        {"textbox": [
            P("[08/10/24 19.42] Lurah Balang Baru: Assalamualaikum wr wb bpk ibu RT RW sekalian. Besok malam Kamis ba'da isya "
              "ada temu kangen sama Pak Rusli Daeng Nompo di lapangan bulutangkis RW 04. Sy minta tiap RT bawa warga minimal "
              "25 org di', ibu2 majelis taklim juga diajak. Konsumsi aman ji, sudah diurus posko.", size=20),
            P("[08/10/24 19.44] Lurah Balang Baru: Sekalian tolong dikumpul fotokopi KTP sama KK warga yg siap dukung beliau, "
              "masukkan di map, antar ke kantor lurah paling lambat Sabtu. Tiap nama yg masuk nanti dapat paket sembako dari "
              "posko, berasnya 5 kilo.", size=20),
            P("[08/10/24 19.45] Lurah Balang Baru: Jgn lupa flyer di bawah di-share ke grup2 warga sama status WA, pake tagar "
              "#MakassarLanjutki {split:#Rusli|Dua|Periode}. Foto profil ganti mi pake twibbon yg sy kirim tadi siang.", size=20),
            P("[08/10/24 19.47] Lurah Balang Baru: Yg belum masuk grup Relawan Kampung Rusli klik link ini nah "
              "{link:https://chat.whatsapp.com/Kx7RlwnKampungRsl|chat.whatsapp.com/Kx7RlwnKampungRsl} masuk mi semua supaya "
              "gampang koordinasi.", size=20),
            P("[08/10/24 19.52] Ketua RW 03: Siap pak, insya Allah RW 03 aman.", size=20),
            P("[08/10/24 19.53] Lurah Balang Baru: Mantap. Ingat nah, program lanjut kalau beliau lanjut. Tabe'.", size=20),
         ], "width_cm": 15.5, "height_cm": 8.5},
        P("Demikian disampaikan, atas perhatian dan kerja sama Bapak/Ibu diucapkan terima kasih.", first=567, before=120, after=240),
    ] + ttd(["Sekretaris,"], "ANDI NURFADILLAH, S.STP.", an="a.n. LURAH BALANG BARU", nip="19900302 201208 2 001",
            pangkat="Penata (III/c)"),
}, True, ["endorsement", "campaign-activity", "social-media", "inducement", "state-facility", "letterhead-misuse"],
    [1, 3, 4, 5, 7, 8, 11],
    "Surat kelurahan meneruskan broadcast WA Lurah: temu kangen dengan 'Pak Rusli' (tanpa kata calon), kumpulkan KTP/KK "
    "pendukung di kantor lurah ditukar sembako, share flyer + tagar #RusliDuaPeriode, twibbon, gabung grup Relawan Kampung.",
    "kop as body lines; nomor block; pasted WA chat in textbox; split-run hashtag; hyperlink; Makassar dialect (ji, mi, di', tabe')")


# ============================================================================= 006 (compliant)
# BKPSDM Bone: panggilan klarifikasi to a teacher, quoting his partisan Facebook caption.
add(6, {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Panggilan klarifikasi", "author": "Bidang PPI", "created": "2024-10-10T02:00:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN BONE",
                          "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                          "Jalan Jenderal Ahmad Yani No. 2 Watampone 92711"]),
    "body": [
        {"table": [["Nomor", ": 800.1.6.4/1932/BKPSDM/X/2024", {"p": "Watampone, 10 Oktober 2024", "align": "right"}],
                   ["Sifat", ": Penting", ""],
                   ["Lampiran", ": 1 (satu) berkas", ""],
                   ["Hal", ": **Panggilan untuk Klarifikasi**", ""]],
         "widths": [1300, 4500, 3270], "borders": False},
        P("", after=120),
        P("Yth. Sdr. MUHAMMAD ARIF, S.Pd.\nNIP 19910517 201903 1 006\nGuru Ahli Pertama pada UPT SMP Negeri 3 Tellu Siattinge\ndi –\n      Tempat",
          after=200),
        P("Berdasarkan surat Bawaslu Kabupaten Bone Nomor 097/PP.00.02/K.SN-04/10/2024 tanggal 8 Oktober 2024 perihal Penerusan "
          "Dugaan Pelanggaran Netralitas Pegawai ASN, Saudara diduga pada tanggal 6 Oktober 2024 mengunggah foto di akun "
          "Facebook pribadi bersama salah satu calon Bupati Bone dengan pose mengacungkan dua jari disertai keterangan "
          "\u201cAyo menangkan nomor 2, Bone lanjut bersama Puang! #LanjutkanPembangunan\u201d. Unggahan tersebut kemudian "
          "dibagikan ulang ke grup Facebook \u201cInfo Tellu Siattinge\u201d.", align="both", first=709),
        P("Untuk kepentingan pemeriksaan sesuai Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, "
          "Saudara diminta hadir untuk memberikan klarifikasi pada:", align="both", first=709, after=60),
        nomor_block([("Hari/tanggal", "Selasa, 15 Oktober 2024"), ("Pukul", "09.00 WITA s.d. selesai"),
                     ("Tempat", "Ruang Rapat Bidang Pengadaan, Pemberhentian dan Informasi BKPSDM"),
                     ("Menghadap", "Tim Pemeriksa Netralitas ASN")], widths=(2000, 300, 6770)),
        P("Saudara diminta membawa KTP-el, SK pangkat terakhir, serta telepon genggam yang digunakan untuk mengakses akun "
          "tersebut. Apabila Saudara tidak hadir tanpa alasan yang sah, akan dilakukan pemanggilan kedua, dan selanjutnya "
          "pemeriksaan dapat dilakukan berdasarkan alat bukti dan keterangan yang tersedia.", align="both", first=709, before=120),
        P("Demikian, untuk dipenuhi.", first=709, after=240),
    ] + ttd(["Kepala Badan,"], "Drs. A. MAPPAJANCI, M.Si.", nip="19700419 199003 1 008", pangkat="Pembina Utama Muda (IV/c)")
      + tembusan(["Bupati Bone (sebagai laporan);", "Inspektur Kabupaten Bone;", "Kepala Dinas Pendidikan Kabupaten Bone;",
                  "Ketua Bawaslu Kabupaten Bone."]),
}, False, [], [14],
    "Surat panggilan klarifikasi BKPSDM yang mengutip caption 'Ayo menangkan nomor 2 ... #LanjutkanPembangunan' — penegakan disiplin.",
    "kop header; borderless nomor table with date column; schedule block")


# ============================================================================= 007 (violating)
# Kecamatan Pegandon (Kendal): notulen — camat and kades agree to join a relawan team, vote targets per desa.
add(7, {
    "font": "Tahoma", "size": 21,
    "meta": {"title": "Notulen Rakor Kades", "author": "Kasi Tapem", "created": "2024-09-30T06:00:00Z",
             "modified": "2024-10-01T01:45:00Z", "change_author": "Sekcam Pegandon"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN KENDAL", "KECAMATAN PEGANDON",
                         "Jalan Raya Pegandon No. 12 Kendal 51357, Telp. (0294) 571022"], logo="[LOGO KENDAL]"),
    "body": [
        P("NOTULEN RAPAT", align="center", bold=True, size=26, after=160),
        nomor_block([("Hari/Tanggal", "Senin, 30 September 2024"), ("Waktu", "09.00 – 11.30 WIB"),
                     ("Tempat", "Pendopo Kecamatan Pegandon"), ("Pimpinan Rapat", "Camat Pegandon"),
                     ("Notulis", "Kepala Seksi Tata Pemerintahan"),
                     ("Peserta", "Kepala Desa se-Kecamatan Pegandon (12 desa), Sekretaris Kecamatan, Ketua Paguyuban Praja"),
                     ("Acara", "Menindaklanjuti hasil musyawarah Paguyuban Praja Kecamatan Pegandon tanggal 26 September 2024")],
                    widths=(2000, 300, 6770)),
        P("**I. PEMBUKAAN**", before=200, after=60),
        P("Rapat dibuka oleh Camat pukul 09.10 WIB dengan doa, dilanjutkan penyampaian maksud rapat.", indent=360, align="both"),
        P("**II. PEMBAHASAN**", after=60),
        P("Camat menyampaikan bahwa dalam Pilkada Kendal 2024, Bapak H. Bambang Sutarjo, S.H., M.M., yang maju sebagai calon "
          "Bupati nomor urut 2, merupakan putra daerah Pegandon dan selama ini banyak membantu desa melalui bantuan keuangan "
          "khusus. Camat meminta agar para kepala desa memahami posisi kecamatan.", num=0, align="both"),
        P("Ketua Paguyuban Praja menyampaikan bahwa yang bersangkutan dijadwalkan mengunjungi desa-desa di Pegandon pada "
          "pertengahan Oktober, dan meminta desa menyiapkan tempat serta warga.", num=0, align="both"),
        P("Sekretaris Kecamatan menyampaikan teknis pendataan pemilih menggunakan formulir yang dibagikan dan contoh rekap.",
          num=0, align="both"),
        P("**III. KESIMPULAN / KEPUTUSAN**", before=120, after=60),
        P("Disepakati seluruh kepala desa {ins:dan perangkat desa }se-Kecamatan Pegandon bergabung dalam Tim Relawan "
          "\u201cSedulur Bambang\u201d tingkat kecamatan; surat keputusan relawan diterbitkan oleh koordinator kecamatan.",
          num=0, align="both"),
        P("Diputuskan target perolehan suara pasangan tersebut di masing-masing desa minimal {del:60}{ins:65} persen dari DPT, "
          "dengan rincian sebagai berikut:", num=0, align="both", after=60),
        {"table": [["No", "Desa", "DPT", "Target Suara", "Penanggung Jawab"],
                   ["1", "Pegandon", "4.812", "3.128", "Kades Pegandon"],
                   ["2", "Tegorejo", "3.276", "2.129", "Kades Tegorejo"],
                   ["3", "Penanggulan", "2.951", "1.918", "Kades Penanggulan"],
                   ["4", "Gubugsari", "2.430", "1.580", "Kades Gubugsari"],
                   ["5", "Sumbersari", "2.118", "1.377", "Kades Sumbersari"],
                   ["…", "desa lainnya sesuai lampiran", "", "", ""]],
         "widths": [600, 2700, 1300, 1700, 2770], "header_row": True},
        P("Perangkat desa melakukan pendataan warga dari rumah ke rumah menggunakan formulir dari Sekretaris Kecamatan.",
          num=0, align="both", before=120),
        P("Perangkat desa membagikan konten kegiatan yang bersangkutan ke grup WhatsApp RT/RW masing-masing dan memasang "
          "di status pribadi minimal dua kali seminggu.", num=0, align="both"),
        P("Rapat lanjutan diadakan di Pendopo Kecamatan pada Senin, 14 Oktober 2024 pukul 09.00 WIB.", num=0, align="both"),
        P("**IV. PELAPORAN**", before=120, after=60),
        P("Kepala desa melaporkan perkembangan pemenuhan target setiap hari Jumat kepada Kasi Tata Pemerintahan melalui "
          "formulir daring. Rekap kecamatan disampaikan Camat langsung kepada Pak Sutarjo.", indent=360, align="both", after=120),
        P("Rapat ditutup pukul 11.30 WIB.", indent=360, after=240),
        {"table": [[[P("Mengetahui,", align="center"), P("Camat Pegandon,", align="center"), P(""), P(""), P(""),
                     P("**__SUGIYANTO, S.Sos., M.Si.__**", align="center"), P("NIP. 19720305 199203 1 004", align="center")],
                    [P("Pegandon, 30 September 2024", align="center"), P("Notulis,", align="center"), P(""), P(""), P(""),
                     P("**__RINA KURNIASIH, S.IP.__**", align="center"), P("NIP. 19851120 201001 2 013", align="center")]]],
         "widths": [4535, 4535], "borders": False},
    ],
}, True, ["endorsement", "campaign-activity", "social-media", "state-facility", "letterhead-misuse"], [4, 7, 9, 10],
    "Notulen rapat camat–kades di pendopo kecamatan 'menindaklanjuti hasil musyawarah': disepakati kades bergabung Tim Relawan "
    "'Sedulur Bambang', diputuskan target suara pasangan tersebut per desa, perangkat share konten yang bersangkutan, "
    "bagian Pelaporan ke 'Pak Sutarjo'.",
    "kop table with logo; minutes layout; target table; tracked ins/del; two-column signature table")


# ============================================================================= 008 (compliant, informal)
# Kelurahan Kadipiro (Solo): WhatsApp info on polling day, KPPS letters, 'gunakan hak pilih'.
add(8, {
    "font": "Segoe UI", "size": 21,
    "meta": {"title": "info pemilu warga", "author": "admin kelurahan", "created": "2024-02-08T00:50:00Z"},
    "body": [
        P("INFO KELURAHAN KADIPIRO", bold=True, after=0),
        P("%%(disalin dari grup WA \u201cKetua RT RW Kadipiro\u201d, Kamis 8/2/2024 07.48)%%", size=18, after=160),
        P("Sugeng enjing Bapak/Ibu Ketua RT RW. Nyuwun tulung diteruske dhateng warga nggih \U0001F64F", after=120),
        P("1) Rabu 14 Februari 2024 hari pemungutan suara dan sudah ditetapkan libur nasional. Pelayanan kelurahan tutup, "
          "surat pengantar dilayani lagi Kamis 15/2.", after=60),
        P("2) Surat pemberitahuan memilih dibagikan KPPS paling lambat H-3. Sing durung nampa, monggo tanya KPPS TPS "
          "masing-masing. Nek nama sudah ada di DPT, cukup bawa KTP-el ke TPS. Cek nama di "
          "{link:https://cekdptonline.kpu.go.id|cekdptonline.kpu.go.id}.", after=60),
        P("3) Pegawai kelurahan yang jadi KPPS/PPS/Linmas TPS sudah dibuatkan surat tugas, ambil di mejanya Pak Sekel. "
          "Tanggal 15/2 dapat dispensasi masuk jam 10.00 karena penghitungan biasanya sampai malam.", after=60),
        P("4) Warga yang kerja di luar kota dan sudah urus pindah memilih, nyoblos di TPS tujuan sesuai surat pindahnya.",
          after=60),
        P("5) Ayo gunakan hak pilih. Siapa pun pilihannya, datang ke TPS, ojo golput. Kelurahan tidak mengarahkan ke calon "
          "atau partai mana pun, dan pegawai kelurahan tetap dilarang ikut kampanye maupun pasang atribut.", after=60),
        P("6) Kerja bakti bersih-bersih lokasi TPS: Sabtu 10/2 atau Minggu 11/2, silakan pilih salah satu, konfirmasi ke "
          "Ketua RT masing-masing.", after=60),
        P("7) TPS 021 pindah ke halaman Masjid Al Ikhlas karena Balai RW 06 lagi direnovasi.", after=160),
        P("Matur nuwun.\nAdmin Kelurahan (Dimas – Seksi Pemerintahan)", after=0),
    ],
}, False, [], [11, 14],
    "Info WA kelurahan: libur hari pemungutan suara, surat tugas KPPS, 'gunakan hak pilih', 'pilih salah satu' jadwal kerja bakti.",
    "no kop; informal WA text with Javanese; numbered by hand; hyperlink")


# ============================================================================= 009 (compliant)
# Satpol PP Gowa: surat perintah to take down the incumbent's billboard and strip stickers from office cars.
add(9, {
    "font": "Arial", "size": 22,
    "meta": {"title": "SP penertiban APK", "author": "Bid Gakda", "created": "2024-10-03T01:10:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN GOWA", "SATUAN POLISI PAMONG PRAJA",
                          "Jl. Masjid Raya No. 30 Sungguminasa 92111"]),
    "body": [
        P("__SURAT PERINTAH__", align="center", bold=True, after=0),
        P("Nomor: 300.1.4/271/Satpol-PP/X/2024", align="center", after=200),
        {"table": [["Dasar", ":", "1.", "Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati, dan Wali Kota;"],
                   ["", "", "2.", "Peraturan KPU tentang Kampanye Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota;"],
                   ["", "", "3.", "Keputusan KPU Kabupaten Gowa tentang Lokasi Pemasangan Alat Peraga Kampanye;"],
                   ["", "", "4.", "Surat Bawaslu Kabupaten Gowa Nomor 211/PM.00.02/K.SN-08/10/2024 perihal Rekomendasi Penertiban Alat Peraga Kampanye;"],
                   ["", "", "5.", "Surat Sekretaris Daerah perihal Larangan Atribut Kampanye pada Kendaraan dan Gedung Milik Pemerintah Daerah."]],
         "widths": [1100, 300, 500, 7170], "borders": False},
        P("MEMERINTAHKAN:", align="center", bold=True, before=200, after=120),
        {"table": [["Kepada", ":", "Nama-nama sebagaimana tercantum dalam lampiran (Regu Penertiban I dan II)."],
                   ["Untuk", ":", ""]], "widths": [1100, 300, 7670], "borders": False},
        P("Menurunkan baliho berukuran 4 x 6 meter di sisi kiri pintu masuk halaman Kantor Bupati Gowa yang bergambar Bupati "
          "petahana (saat ini menjalani cuti di luar tanggungan negara) dengan tulisan \u201cLanjutkan! Gowa Dua Periode Bersama "
          "Karaeng Nuhung\u201d, karena dipasang di lingkungan gedung pemerintahan yang bukan lokasi APK;", num=0, align="both", indent=1400),
        P("Melepas stiker \u201cKaraeng Nuhung 2 Periode\u201d maupun stiker pasangan calon lain yang terpasang pada kendaraan "
          "dinas sebagaimana daftar di bawah, dan membersihkan sisa lem tanpa merusak cat kendaraan;", num=0, align="both", indent=1400),
        P("Menertibkan APK seluruh pasangan calon yang terpasang di luar zona yang ditetapkan KPU, tanpa membedakan "
          "pasangan calon, dengan terlebih dahulu memberitahukan kepada penghubung (LO) masing-masing pasangan;", num=0,
          align="both", indent=1400),
        P("Mendokumentasikan, membuat berita acara, dan menyimpan APK hasil penertiban di gudang Satpol PP untuk dapat "
          "diambil oleh tim pasangan calon yang bersangkutan;", num=0, align="both", indent=1400),
        P("Melaporkan pelaksanaan tugas kepada Kepala Satuan selambat-lambatnya tanggal 5 Oktober 2024.", num=0,
          align="both", indent=1400, after=120),
        {"table": [["No", "Kendaraan Dinas", "Nomor Polisi", "Pengguna"],
                   ["1", "Toyota Innova", "DD 1034 X", "Bagian Umum Setda"],
                   ["2", "Mitsubishi L300", "DD 8142 AX", "Dinas Perhubungan"],
                   ["3", "Honda Supra X", "DD 6327 AX", "Kecamatan Pallangga"],
                   ["4", "Toyota Hilux", "DD 8090 AX", "Dinas PUPR"]],
         "widths": [600, 3000, 2200, 3270], "header_row": True},
        P("Demikian surat perintah ini untuk dilaksanakan dengan penuh tanggung jawab.", before=160, after=240),
    ] + ttd(["Dikeluarkan di Sungguminasa", "pada tanggal 3 Oktober 2024", "KEPALA SATUAN POLISI PAMONG PRAJA,"],
            "H. SYAMSUL BAHRI DG. TOMPO, S.Sos., M.Si.", nip="19730211 199303 1 003", pangkat="Pembina Tk. I (IV/b)")
      + tembusan(["Penjabat Bupati Gowa;", "Ketua Bawaslu Kabupaten Gowa;", "Ketua KPU Kabupaten Gowa;", "Kapolres Gowa."]),
}, False, [], [14],
    "Surat perintah Satpol PP menurunkan baliho petahana di kantor bupati (slogan 'Lanjutkan! Gowa Dua Periode' dikutip) dan "
    "melepas stiker dari mobil dinas; penertiban berlaku sama untuk semua pasangan.",
    "kop header; dasar table; numbered list; vehicle table")


# ============================================================================= 010 (violating)
# BPBD Poso: notulen rapat staf — all staff rotate to every pair's rally, on SPT, in rescue cars.
add(10, {
    "font": "Cambria", "size": 22,
    "meta": {"title": "notulen rapat staf november", "author": "Sekretariat BPBD", "created": "2024-10-31T08:20:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN POSO", "BADAN PENANGGULANGAN BENCANA DAERAH",
                          "Jl. Pulau Sumatera No. 5 Poso 94619"]),
    "footer": [P("Notulen internal — tidak untuk disebarluaskan", align="center", size=16, italic=True, after=0)],
    "body": [
        P("NOTULEN RAPAT STAF", align="center", bold=True, after=0),
        P("PEMBAGIAN KEHADIRAN PERSONEL BPBD PADA RAPAT UMUM PASANGAN CALON BUPATI DAN WAKIL BUPATI POSO 2024",
          align="center", bold=True, after=200),
        P("Hari/tanggal: Kamis, 31 Oktober 2024 | Pukul: 13.30 WITA | Tempat: Ruang Pusdalops BPBD | Dipimpin: Kepala Pelaksana BPBD",
          size=20, after=160),
        P("Kalaksa menyampaikan bahwa masa kampanye sudah memasuki bulan terakhir. Agar BPBD tidak dicap condong ke salah "
          "satu pihak, dan siapa pun yang nanti terpilih melihat bahwa BPBD selalu hadir, staf diminta hadir bergiliran pada "
          "rapat umum ketiga pasangan calon. Setelah dibahas, rapat memutuskan hal-hal berikut.", align="both"),
        P("Diputuskan seluruh staf BPBD (ASN dan non-ASN) dibagi tiga kelompok dan hadir sebagai peserta pada rapat umum "
          "masing-masing pasangan calon sesuai jadwal:", num=0, align="both", after=60),
        {"table": [["Kelompok", "Pasangan", "Hari/Tanggal", "Lokasi", "Koordinator"],
                   ["A (Bidang Pencegahan & Kesiapsiagaan)", "Nomor urut 1", "Rabu, 6 November 2024", "Lapangan Sintuwu Maroso", "Kabid PK"],
                   ["B (Bidang Kedaruratan & Logistik)", "Nomor urut 2", "Kamis, 14 November 2024", "Lapangan Tentena", "Kabid KL"],
                   ["C (Sekretariat & Bidang RR)", "Nomor urut 3", "Selasa, 19 November 2024", "Alun-alun Poso Pesisir", "Sekretaris"]],
         "widths": [2600, 1400, 1900, 1800, 1370], "header_row": True},
        P("Personel berangkat dengan Surat Perintah Tugas dinas luar dengan keterangan \u201cmonitoring kesiapsiagaan\u201d, "
          "menggunakan mobil rescue double cabin dan truk serbaguna BPBD. BBM diambil dari jatah operasional bulan November.",
          num=0, align="both", before=120),
        P("Personel tidak memakai PDL BPBD. Pada hari pelaksanaan, personel memakai kaos/atribut pasangan yang sedang "
          "berkampanye hari itu yang dibagikan panitia di lokasi.", num=0, align="both"),
        P("Presensi e-Kinerja tetap diisi hadir di kantor. Koordinator kelompok mengirim foto kehadiran di tengah massa ke "
          "Kalaksa, bukan ke grup kantor.", num=0, align="both"),
        P("Piket Pusdalops tetap dua orang per hari; selebihnya wajib ikut.", num=0, align="both", after=160),
        P("Rapat ditutup pukul 14.40 WITA.", after=240),
    ] + ttd(["Poso, 31 Oktober 2024", "Notulis,"], "NI KETUT ARIANI, A.Md.", nip="19890907 201503 2 004"),
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [6, 9, 12],
    "Notulen BPBD: diputuskan seluruh staf hadir sebagai peserta rapat umum SEMUA pasangan calon (bergiliran), pakai atribut "
    "pasangan, SPT dinas luar fiktif, mobil rescue & BBM kantor, presensi tetap hadir — mobilisasi tanpa memihak tetap pelanggaran.",
    "kop header; title names event then logistics; schedule table; numbered decisions; footer")


# ============================================================================= 011 (violating)
# Satpol PP Kota Palu: nota dinas carrying the Kasat's voice note — selective PKL enforcement.
add(11, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "ND tindak lanjut arahan Kasat", "author": "sekretariat satpol", "created": "2024-10-22T00:30:00Z"},
    "kop": kop("header", ["PEMERINTAH KOTA PALU", "SATUAN POLISI PAMONG PRAJA",
                          "Jl. Balai Kota Selatan No. 1 Palu 94111"]),
    "body": [
        P("NOTA DINAS", align="center", bold=True, size=26, after=160),
        nomor_block([("Kepada", "Yth. Kabid Penegakan Perda; Kabid Trantibum; Danton Regu I s.d. IV"),
                     ("Dari", "Sekretaris Satpol PP"), ("Tanggal", "22 Oktober 2024"),
                     ("Nomor", "300/412/Sekr-SPP/X/2024"),
                     ("Hal", "Tindak lanjut arahan Kasat (pesan suara 21 Oktober 2024)")]),
        P("", border_bottom=True, after=120),
        P("Bersama ini disampaikan transkrip pesan suara Bapak Kepala Satuan di grup \u201cSatpol PP Palu Inti\u201d tanggal "
          "21 Oktober 2024 pukul 22.10 WITA{fn:1} untuk dilaksanakan:", align="both"),
        P("%%\u201cHalo, assalamualaikum. Ini dengar baik-baik e, untuk semua Kabid deng Danton. Mulai besok operasi PKL di "
          "Pasar Masomba sama Pasar Inpres Manonda itu torang atur ulang. Lapak yang so pasang stiker Pak Irwan Lasimpo, calon "
          "wali kota nomor tiga, itu aman, jangan dulu ditertibkan sampe abis pencoblosan.%%", indent=567, align="both"),
        P("%%Kase tau juga ke pedagang, yang mau pasang stiker deng spanduk beliau ambil saja di posko Jalan Sungai Manonda, "
          "gratis. Nanti dari dinas pasar, retribusinya dorang kase bebas sampe Desember, so ada komitmen itu.%%",
          indent=567, align="both"),
        P("%%Yang masih pasang baliho lain, itu yang duluan torang angkat, alasannya perda ketertiban, bilang saja begitu. "
          "Terus yang ngotot, bilang lapaknya bisa dipindah ke belakang terminal. Jangan kase bocor ke wartawan e. "
          "Sudah, itu saja, makasih.\u201d%%", indent=567, align="both"),
        P("Berkenaan dengan hal tersebut:", before=120, after=60),
        P("Kabid Penegakan Perda menyesuaikan jadwal operasi penertiban PKL minggu IV Oktober sesuai arahan di atas;", num=0),
        P("Danton Regu I dan II mendata lapak yang sudah dan belum memasang stiker beliau;", num=0),
        P("Pelaksanaan dilaporkan kepada Sekretaris setiap pukul 16.00 WITA melalui japri, tidak melalui grup.", num=0, after=200),
        P("Demikian untuk menjadi perhatian.", after=240),
    ] + ttd(["Sekretaris,"], "MOH. FADLI TOMBOLOTUTU, S.STP., M.AP.", nip="19860514 200412 1 002",
            pangkat="Pembina (IV/a)"),
    "footnotes": {"1": "Ditranskripsi oleh staf Subbag Umum dari pesan suara berdurasi 1 menit 48 detik; kata-kata daerah dibiarkan sesuai aslinya."},
}, True, ["endorsement", "campaign-activity", "state-facility", "inducement", "letterhead-misuse"], [7, 8, 11],
    "Nota dinas Satpol PP berisi transkrip pesan suara Kasat (dialek Palu): lapak berstiker 'Pak Irwan' (nomor 3) tak "
    "ditertibkan, pedagang dibagi stiker beliau dengan janji bebas retribusi, baliho lain diangkat duluan, ancaman pindah lapak.",
    "kop header; nomor block; voice-note transcript in italics; footnote; Palu dialect (torang, dorang, kase, so, deng)")


# ============================================================================= 012 (compliant)
# Setda Minahasa Utara: telaahan staf on hibah 'dukungan anggaran' to KPU, Bawaslu and security.
add(12, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Telaahan staf hibah pilkada", "author": "Bag. Pemerintahan", "created": "2024-06-18T02:00:00Z"},
    "kop": kop("body", ["PEMERINTAH KABUPATEN MINAHASA UTARA", "SEKRETARIAT DAERAH",
                        "Kompleks Perkantoran Pemkab, Airmadidi 95371"]),
    "body": [
        P("TELAAHAN STAF", align="center", bold=True, before=160, after=120),
        nomor_block([("Kepada", "Yth. Sekretaris Daerah"), ("Dari", "Kepala Bagian Pemerintahan"),
                     ("Tanggal", "18 Juni 2024"),
                     ("Perihal", "Dukungan Anggaran Hibah Pemilihan Bupati dan Wakil Bupati Tahun 2024, Tahap II")]),
        P("", border_bottom=True, after=120),
        P("**A. Persoalan**", after=40),
        P("Penyaluran tahap II dana hibah Pemilihan 2024 kepada penyelenggara dan unsur pengamanan sesuai Naskah Perjanjian "
          "Hibah Daerah (NPHD) yang ditandatangani pada 10 November 2023.", indent=360, align="both"),
        P("**B. Fakta-fakta**", after=40),
        {"table": [["Penerima", "Nilai NPHD (Rp)", "Tahap I (40%)", "Usulan Tahap II (60%)"],
                   ["KPU Kabupaten Minahasa Utara", "32.450.000.000", "12.980.000.000", "19.470.000.000"],
                   ["Bawaslu Kabupaten Minahasa Utara", "12.800.000.000", "5.120.000.000", "7.680.000.000"],
                   ["Polres Minahasa Utara (pengamanan)", "3.900.000.000", "1.560.000.000", "2.340.000.000"],
                   ["Kodim 1310/Bitung (dukungan pengamanan)", "1.150.000.000", "460.000.000", "690.000.000"]],
         "widths": [3500, 1900, 1800, 1870], "header_row": True},
        P("Laporan penggunaan tahap I telah diterima dari KPU dan Bawaslu pada 7 Juni 2024 dan telah diverifikasi BPKAD.",
          indent=360, align="both", before=80),
        P("**C. Analisis**", after=40),
        P("Dukungan anggaran merupakan kewajiban pemerintah daerah untuk penyelenggaraan pemilihan dan tidak berkaitan "
          "dengan pasangan calon mana pun. Fasilitasi debat publik pasangan calon merupakan kewenangan KPU; apabila KPU "
          "mengajukan permohonan pemakaian Gedung Pertemuan Pemkab, izin diberikan dengan ketentuan yang sama untuk seluruh "
          "pasangan calon.", indent=360, align="both"),
        P("**D. Saran**", after=40),
        P("Mohon persetujuan Bapak untuk memproses pencairan tahap II melalui BPKAD paling lambat 28 Juni 2024, sebelum "
          "tahapan pendaftaran pasangan calon.", indent=360, align="both", after=240),
    ] + ttd(["Kepala Bagian Pemerintahan,"], "JEANNY M. RUNTUWENE, S.IP., M.Si.", nip="19780225 200312 2 006",
            pangkat="Pembina (IV/a)"),
}, False, [], [14],
    "Telaahan staf 'dukungan anggaran' hibah Pilkada untuk KPU/Bawaslu/pengamanan; gedung untuk debat sama bagi semua pasangan.",
    "kop as body lines; telaahan staf layout; amounts table")


# ============================================================================= 013 (compliant)
# Puskesmas Welahan I (Jepara): Sub-PIN Polio 'kampanye', deklarasi ODF, 'tim sukses' programme, like & share IG.
add(13, {
    "font": "Century Gothic", "size": 20,
    "meta": {"title": "Undangan Sub PIN Polio putaran 2", "author": "Promkes Pkm Welahan 1",
             "created": "2024-02-05T01:00:00Z", "modified": "2024-02-06T02:30:00Z", "change_author": "Kapus"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN JEPARA", "DINAS KESEHATAN\nUPTD PUSKESMAS WELAHAN I",
                          "Jl. Raya Welahan–Kalinyamatan Km 1, Jepara 59464"]),
    "body": [
        {"table": [["Nomor", ": 400.7.5/041/Pkm-Wlh1/II/2024", {"p": "Welahan, 6 Februari 2024", "align": "right"}],
                   ["Lampiran", ": 1 lembar", ""], ["Perihal", ": **Undangan Pertemuan Lintas Sektor**", ""]],
         "widths": [1300, 4700, 3070], "borders": False},
        P("", after=120),
        P("Kepada Yth.\nPetinggi Desa se-Kecamatan Welahan\nKetua TP PKK Desa\nKoordinator Kader Posyandu\ndi tempat", after=200),
        P("Dalam rangka kampanye Sub Pekan Imunisasi Nasional (Sub-PIN) Polio putaran kedua bagi anak usia 0–7 tahun, "
          "sekaligus persiapan deklarasi Desa Stop Buang Air Besar Sembarangan (ODF), kami mengundang Bapak/Ibu pada:",
          align="both", first=567, after=60),
        nomor_block([("Hari/tanggal", "{del:Senin, 12 Februari 2024}{ins:Jumat, 9 Februari 2024}"), ("Pukul", "09.00 WIB"),
                     ("Tempat", "Aula Puskesmas Welahan I"),
                     ("Acara", "Pembentukan tim sukses Sub-PIN tingkat desa, pembagian sasaran, jadwal pos imunisasi")],
                    widths=(1800, 300, 6970)),
        P("Mengingat Rabu, 14 Februari 2024 adalah hari pemungutan suara dan libur nasional, jadwal posyandu pada minggu "
          "tersebut dimajukan ke Selasa, 13 Februari 2024. Mohon dukungan Petinggi dan kader untuk menggerakkan sasaran agar "
          "cakupan imunisasi mencapai minimal 95%.", align="both", first=567, before=120),
        P("Kami juga mohon bantuan untuk menyukai dan membagikan unggahan jadwal pos imunisasi di akun Instagram "
          "{link:https://www.instagram.com/puskesmaswelahan1|@puskesmaswelahan1} ke grup WA warga, agar orang tua tidak "
          "ketinggalan informasi.", align="both", first=567),
        P("Atas perhatian dan kehadirannya kami ucapkan terima kasih.", first=567, after=240),
    ] + ttd(["Kepala UPTD Puskesmas Welahan I,"], "dr. LAILATUL FITRIYAH", nip="19830709 201001 2 015"),
}, False, [], [14],
    "Umpan: 'kampanye' Sub-PIN Polio, 'deklarasi' ODF, 'tim sukses' imunisasi, 'dukungan', like & share IG puskesmas, "
    "penyesuaian posyandu karena hari pemungutan suara.",
    "kop header (two-line unit); borderless nomor table; tracked del/ins of date; hyperlink")


# ============================================================================= 014 (violating)
# Sekretariat DPRD Bulukumba: reses budget turned into campaign sembako for the Ketua DPRD running for Senayan.
add(14, {
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "ND reses masa sidang I", "author": "Bag. Keuangan Setwan", "created": "2024-01-08T01:45:00Z"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN BULUKUMBA", "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH",
                         "Jl. Jenderal Sudirman No. 2 Bulukumba 92511"], logo="[LOGO DPRD]"),
    "footer": [P("Setwan DPRD Bulukumba  |  #ARSkeSenayan", align="center", size=16, after=0)],
    "body": [
        P("NOTA DINAS", align="center", bold=True, after=120),
        nomor_block([("Kepada", "Yth. Kepala Bagian Keuangan; Kepala Bagian Umum dan Persidangan"),
                     ("Dari", "Sekretaris DPRD"), ("Tanggal", "8 Januari 2024"),
                     ("Nomor", "005/019/Setwan/I/2024"),
                     ("Hal", "Pelaksanaan Reses Masa Persidangan I Tahun 2024 Pimpinan DPRD")]),
        P("", border_bottom=True, after=120),
        P("Sehubungan dengan pelaksanaan reses Masa Persidangan I Tahun 2024, khusus untuk Ketua DPRD, Bapak H. Andi Rahmat "
          "Sompa, S.E. (ARS), yang pada Pemilu 14 Februari 2024 maju ke DPR RI Daerah Pemilihan Sulawesi Selatan II, "
          "disampaikan pengaturan sebagai berikut:", align="both", first=567),
        P("Reses di Dapil 1 (Ujung Bulu dan Gantarang) dilaksanakan 15 s.d. 20 Januari 2024. Titik dan jam reses "
          "menyesuaikan rundown kampanye dialogis beliau yang telah dikirim oleh tim ARS.", num=0, align="both"),
        P("Paket sembako reses (beras 5 kg, minyak goreng 2 liter, gula 1 kg) sebanyak 1.500 paket dibebankan pada DPA "
          "Sekretariat DPRD sub kegiatan Fasilitasi Reses, dikemas dalam tas warna kuning dengan stiker sesuai desain di bawah.",
          num=0, align="both"),
        {"textbox": [P("**DESAIN STIKER TAS RESES**", align="center"),
                     P("BERSAMA ARS, BULUKUMBA MELAJU KE SENAYAN", align="center", size=28, bold=True),
                     P("Lanjutkan perjuangan beliau untuk Butta Panrita Lopi — Coblos Nomor Urut 3", align="center")],
         "width_cm": 13, "height_cm": 3.2},
        P("Penerima paket dicatat nama dan NIK-nya; daftar asli diserahkan kepada koordinator tim pemenangan beliau, "
          "salinannya untuk SPJ.", num=0, align="both"),
        P("Enam staf Bagian Umum ditugaskan mendampingi selama reses, membawa banner, tenda dan sound system milik "
          "Sekretariat, dengan kendaraan dinas DD 8021 B dan DD 1255 B.", num=0, align="both"),
        P("Admin akun Instagram resmi @setwan.dprdbulukumba me-repost unggahan tim beliau setiap titik reses dengan tagar "
          "#ARSkeSenayan.", num=0, align="both", after=160),
        P("Demikian untuk dilaksanakan.", first=567, after=240),
    ] + ttd(["Sekretaris DPRD Kabupaten Bulukumba,"], "Drs. ANDI MUH. YUSRAN, M.Si.", nip="19680822 199203 1 007",
            pangkat="Pembina Utama Muda (IV/c)"),
}, True, ["endorsement", "campaign-activity", "social-media", "state-facility", "inducement", "letterhead-misuse"], [1, 5, 7, 13],
    "Nota dinas Sekwan: anggaran reses dipakai untuk 1.500 paket sembako berstiker 'Bersama ARS, Bulukumba Melaju ke Senayan "
    "... Coblos Nomor Urut 3', jadwal ikut kampanye dialogis beliau, NIK penerima ke tim pemenangan, staf & mobil dinas Setwan, akun IG resmi Setwan repost.",
    "kop table with logo; nomor block; slogan in textbox; hashtag in footer")


# ============================================================================= 015 (violating)
# BKPSDM Ngawi: SE on 'publikasi capaian' — follow, share, twibbon for Mas Wiryo, TPP cut for non-reporters.
add(15, {
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "SE optimalisasi publikasi medsos ASN", "author": "BKPSDM", "created": "2024-09-26T02:30:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN NGAWI",
                          "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                          "Jl. Teuku Umar No. 12 Ngawi 63211, Telp. (0351) 749012"]),
    "footer": [P("Tautan pelaporan: s.id/lapormedsosASN", align="left", size=16, after=0)],
    "body": [
        P("SURAT EDARAN", align="center", bold=True, after=0),
        P("Nomor: 800.1.12/2217/404.202/2024", align="center", after=120),
        P("TENTANG", align="center", after=0),
        P("OPTIMALISASI PUBLIKASI CAPAIAN PEMBANGUNAN MELALUI MEDIA SOSIAL PEGAWAI", align="center", bold=True, after=240),
        P("Yth. Seluruh Kepala Perangkat Daerah dan Pegawai ASN di lingkungan Pemerintah Kabupaten Ngawi", after=160),
        P("1.\tLatar Belakang", bold=True, after=40),
        P("Capaian pembangunan Kabupaten Ngawi selama lima tahun terakhir perlu terus diketahui masyarakat. Pegawai ASN "
          "sebagai garda terdepan pelayanan memiliki jejaring media sosial yang luas.", indent=360, align="both"),
        P("2.\tKetentuan", bold=True, after=40),
        P("Terhitung 25 September s.d. 23 November 2024 setiap pegawai ASN:", indent=360, after=40),
        P("mengikuti akun Instagram @maswiryo.ngawi dan TikTok @maswiryolanjut;", num=1),
        P("menyukai dan membagikan setiap unggahan akun tersebut ke status WhatsApp dan Facebook dengan tagar "
          "{split:#LanjutMas|Wiryo} dan #NgawiDuaPeriode;", num=1),
        P("memasang twibbon \u201cMas Wiryo Lanjut 2 Periode\u201d sebagai foto profil WhatsApp;", num=1),
        P("mengajak keluarga inti melakukan hal yang sama.", num=1, after=120),
        P("3.\tPelaporan", bold=True, after=40),
        P("Tangkapan layar diunggah setiap Jumat melalui {link:https://s.id/lapormedsosASN|formulir pelaporan} dan direkap "
          "oleh Subbag Umum masing-masing perangkat daerah.", indent=360, align="both"),
        P("4.\tEvaluasi", bold=True, after=40),
        P("Pegawai yang tidak melaporkan dua minggu berturut-turut dipertimbangkan pemotongan TPP sebesar 10% dan menjadi "
          "catatan dalam penilaian perilaku kerja.", indent=360, align="both", after=160),
        P("Demikian untuk dilaksanakan.", after=240),
    ] + ttd(["Ngawi, 26 September 2024", "Kepala Badan,"], "Dr. SUGENG PRIYADI, S.H., M.Si.",
            nip="19710117 199603 1 002", pangkat="Pembina Utama Muda (IV/c)"),
}, True, ["endorsement", "social-media", "inducement", "letterhead-misuse"], [1, 5, 8, 10],
    "SE BKPSDM dengan bagian 'Pelaporan': ASN wajib follow/like/share akun Mas Wiryo (tanpa kata calon), tagar #NgawiDuaPeriode, "
    "twibbon '2 Periode' selama masa kampanye; ancaman potong TPP 10%.",
    "kop header (BKPSDM); numbered sections; split-run hashtag; hyperlink; footer; engine libreoffice")


# ============================================================================= 016 (compliant)
# Kecamatan Unaaha (Konawe): notulen rakor with all three pairs' LOs — equal zones and schedules.
add(16, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "Notulen rakor fasilitasi kampanye", "author": "Kasi Trantib Unaaha", "created": "2024-09-27T05:00:00Z"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN KONAWE", "KECAMATAN UNAAHA",
                         "Jl. Inowa No. 8 Unaaha 93411"], logo="[LOGO KONAWE]"),
    "body": [
        P("NOTULEN RAPAT KOORDINASI", align="center", bold=True, after=0),
        P("Fasilitasi Ketertiban Kampanye Pemilihan Bupati dan Wakil Bupati Konawe 2024 di Kecamatan Unaaha",
          align="center", after=200),
        nomor_block([("Hari/tanggal", "Jumat, 27 September 2024"), ("Tempat", "Aula Kantor Camat Unaaha"),
                     ("Peserta", "Camat, PPK Unaaha, Panwascam Unaaha, Kapolsek, Danramil, Lurah/Kades, serta LO pasangan calon nomor urut 1, 2 dan 3")],
                    widths=(1700, 300, 7070)),
        P("**Pokok bahasan**", before=160, after=40),
        P("PPK menyampaikan zona pemasangan APK sesuai keputusan KPU dan Panwascam mengingatkan larangan kampanye di kantor "
          "pemerintahan, sekolah dan tempat ibadah. Camat menegaskan bahwa kecamatan hanya memfasilitasi ketertiban dan "
          "memperlakukan ketiga pasangan calon secara sama.", align="both"),
        P("**Kesepakatan**", before=120, after=40),
        P("Disepakati setiap pasangan calon memperoleh jumlah titik APK yang sama (masing-masing 6 titik) dalam zona KPU;", num=0),
        P("Diputuskan jadwal pertemuan terbatas di lapangan kecamatan dibagi bergiliran sebagaimana tabel, diundi di "
          "hadapan Panwascam;", num=0, after=60),
        {"table": [["Pekan", "Senin–Rabu", "Kamis–Sabtu", "Minggu"],
                   ["I (30/9–6/10)", "Pasangan 1", "Pasangan 2", "Pasangan 3"],
                   ["II (7/10–13/10)", "Pasangan 2", "Pasangan 3", "Pasangan 1"],
                   ["III (14/10–20/10)", "Pasangan 3", "Pasangan 1", "Pasangan 2"]],
         "widths": [2300, 2250, 2250, 2270], "header_row": True},
        P("Aula dan kendaraan dinas kecamatan tidak dipinjamkan kepada pasangan calon mana pun;", num=0, before=80),
        P("ASN kecamatan tidak menghadiri kegiatan kampanye, kecuali petugas ketertiban yang ditugaskan dengan surat "
          "perintah;", num=0),
        P("Pelanggaran dilaporkan kepada Panwascam.", num=0, after=200),
    ] + ttd(["Unaaha, 27 September 2024", "Notulis,"], "LA ODE MUH. SAFAR, S.IP.", nip="19880203 201101 1 005"),
}, False, [], [14],
    "Notulen rakor kecamatan dengan LO ketiga pasangan: 'disepakati/diputuskan' pembagian titik APK dan jadwal yang sama, "
    "fasilitas kecamatan tidak dipinjamkan — perlakuan setara.",
    "kop table with logo; minutes; rotation table; numbered list")


# ============================================================================= 017 (violating)
# Korwil Pendidikan Tempeh (Lumajang): scanned/OCR'd ALL CAPS notice — jalan sehat with 'Bunda Ratna'.
add(17, {
    "font": "Courier New", "size": 21,
    "meta": {"title": "SCAN_20241016_0932", "author": "HP LaserJet MFP", "created": "2024-10-16T02:32:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN LUMAJANG", "DINAS PENDIDlKAN",
                          "KOORDINATOR WlLAYAH BlDANG PENDIDIKAN KECAMATAN TEMPFH  Jl. Raya Tempeh No. 21"]),
    "body": [
        P("PEMBERlTAHUAN / UNDANGAN", align="center", bold=True, after=120),
        P("NO      : 421.2/ 077 /KORWlL-TMP/2024\nLAMP    : -\nPERIHAL : JALAN SEHAT & SENAM BERSAMA BUNDA RATNA", after=160),
        P("KEPADA YTH. KEPALA SDN DAN TK SE-KECAMATAN TEMPEH", after=120),
        P("DIBERITAHUKAN KEPADA SELURUH KEPALA SEK0LAH BAHWA PADA HARI MINGGU, 20 OKTOBER 2024 AKAN DILAKSANAKAN JALAN SEHAT "
          "DAN SENAM BERSAMA BUNDA RATNA ({split:P4S|LON} NO. 2). MOHON DIPERHATIKAN HAL-HAL SBB :", align="both", after=80),
        P("1. TlTIK KUMPUL HALAMAN SDN TEMPEH TENGAH 01 JAM 05.30 WIB.", after=40),
        P("2. SETIAP SEKOLAH WAJlB MENGIRIM SELURUH GURU & TENDIK + MINIMAL 30 (TIGA PULUH) WALI MURID.", after=40),
        P("3. KAOS ORANYE & TOPI DIAMBIL DI KANTOR KORWIL HARI JUMAT 18/10 JAM 10.00 (JAM SEKOLAH, MOHON DIATUR GURU PIKET).", after=40),
        P("4. SOUND SYSTEM & TENDA MILIK KORWIL DIANGKUT PAKAI MOBIL DINAS KORWIL, SOPIR PAK SLAMET.", after=40),
        P("5. ABSEN DI MEJA PANITIA PER SEKOLAH. SEKOLAH YG TIDAK MENGIRIM AKAN DICATAT DAN DILAP0RKAN KE DINAS.", after=40),
        P("6. SAMPAIKAN KE WALI MURID : PROGRAM SERAGAM & SEPATU GRATIS LANJUT KALO BUNDA LANJUT.", after=40),
        P("7. UNDANGAN INI JANGAN Dl-POSTING Dl GRUP SEKOLAH, CUKUP JAPRI.", after=160),
        P("DEMlKIAN UNTUK DILAKSANAKAN, ATAS PERHATIANNYA DISAMPAIKAN TERIMA KASlH.", after=240),
    ] + ttd(["TEMPEH, 16 OKTOBER 2024", "KOORDINATOR WILAYAH BIDANG PENDIDIKAN", "KECAMATAN TEMPEH,"],
            "SUPRAPTO, S.Pd., M.Pd.", nip="19680923 199103 1 0O6"),
}, True, ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"], [3, 6, 11],
    "Pemberitahuan Korwil (hasil scan/OCR, huruf kapital, 'P4SLON'): perihal jalan sehat & senam bersama Bunda Ratna paslon "
    "no. 2, isinya logistik (kuota guru + 30 wali murid, kaos oranye diambil jam sekolah, mobil dinas korwil, absen), "
    "'seragam gratis lanjut kalo Bunda lanjut'.",
    "OCR-damaged kop in header (l/I, 0/O); ALL CAPS; split-run dodge spelling; hand-numbered list")


# ============================================================================= 018 (compliant)
# Dinas Perdagangan Wajo: 'satu partai' beras SPHP, 'calon pembeli', 'pilih salah satu jadwal', 'dukungan' Bulog.
add(18, {
    "font": "Arial", "size": 22,
    "meta": {"title": "ND operasi pasar SPHP", "author": "Bid. Perdagangan", "created": "2024-08-12T01:30:00Z"},
    "kop": kop("body", ["PEMERINTAH KABUPATEN WAJO", "DINAS PERDAGANGAN",
                        "Jl. Rusa No. 11 Sengkang 90915"]),
    "body": [
        P("NOTA DINAS", align="center", bold=True, before=160, after=120),
        nomor_block([("Kepada", "Yth. Kepala Dinas Perdagangan"), ("Dari", "Kepala Bidang Perdagangan"),
                     ("Tanggal", "12 Agustus 2024"), ("Nomor", "500.2/318/Disdag/VIII/2024"),
                     ("Hal", "Penerimaan Beras SPHP dan Jadwal Gerakan Pangan Murah")]),
        P("", border_bottom=True, after=120),
        P("Dengan hormat, bersama ini kami laporkan hal-hal berikut:", after=60),
        P("Perum Bulog Kantor Cabang Sengkang telah menyatakan dukungan untuk Gerakan Pangan Murah (GPM) bulan Agustus–"
          "September 2024. Satu partai beras SPHP sebanyak 24 ton tiba di gudang Bulog Tempe pada 10 Agustus 2024 dan telah "
          "diperiksa bersama (berita acara terlampir). Partai kedua sebanyak 16 ton dijadwalkan akhir Agustus.", num=0, align="both"),
        P("Calon pembeli dibatasi maksimal 2 karung @5 kg per KTP agar merata; data calon pembeli dicatat oleh petugas "
          "kecamatan hanya untuk pelaporan volume.", num=0, align="both"),
        P("Camat diminta memilih salah satu jadwal GPM yang tersedia (Selasa atau Kamis, minggu ke-3 dan ke-4 Agustus) "
          "paling lambat 16 Agustus 2024, sebagaimana tabel:", num=0, align="both", after=60),
        {"table": [["Kelompok", "Kecamatan", "Pilihan jadwal"],
                   ["I", "Tempe, Tanasitolo, Maniangpajo", "20 atau 22 Agustus"],
                   ["II", "Sabbangparu, Pammana, Bola", "27 atau 29 Agustus"],
                   ["III", "Majauleng, Penrang, Takkalalla", "3 atau 5 September"]],
         "widths": [1300, 4700, 3070], "header_row": True},
        P("Mohon arahan Bapak untuk penandatanganan surat kepada para Camat.", before=120, after=240),
    ] + ttd(["Kepala Bidang Perdagangan,"], "HJ. ST. HASNAWATI, S.E., M.M.", nip="19760405 200212 2 004"),
}, False, [], [14],
    "Umpan: 'satu partai beras' (kiriman barang), 'dukungan' Bulog, 'calon pembeli', 'memilih salah satu jadwal' — urusan dinas biasa.",
    "kop as body lines; nomor block; numbered list; schedule table")


# ============================================================================= 019 (compliant)
# RSUD Minahasa: regent's official visit (before campaign) with no campaign content; rules for campaign-period leave.
add(19, {
    "font": "Cambria", "size": 22,
    "meta": {"title": "Pemberitahuan kunker bupati", "author": "Bagian Umum RSUD", "created": "2024-07-29T00:15:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN MINAHASA", "RUMAH SAKIT UMUM DAERAH",
                          "Jl. Sam Ratulangi No. 55 Tondano 95611"]),
    "footer": [P("RSUD Kabupaten Minahasa — Melayani dengan Kasih", align="center", size=16, after=0)],
    "body": [
        P("SURAT EDARAN DIREKTUR", align="center", bold=True, after=0),
        P("Nomor: 400.7/0977/RSUD/VII/2024", align="center", after=200),
        P("Yth. Para Kepala Bidang, Kepala Instalasi dan Kepala Ruangan", after=160),
        P("Bupati Minahasa dijadwalkan melakukan kunjungan kerja ke RSUD pada Senin, 5 Agustus 2024 pukul 10.00 WITA untuk "
          "meresmikan Unit Hemodialisa dan meninjau layanan rawat jalan peserta JKN. Kegiatan ini adalah acara kedinasan "
          "dan diatur sebagai berikut:", align="both", first=709),
        P("Yang hadir pada peresmian hanya pejabat struktural, petugas unit hemodialisa dan undangan; pelayanan pasien "
          "berjalan seperti biasa.", num=0, align="both"),
        P("Tidak diperkenankan memasang spanduk ucapan, papan bunga atau banner yang memuat ajakan dukungan, nomor, slogan "
          "atau foto yang berkaitan dengan Pemilihan 2024, serta tidak ada yel-yel atau pose jari saat foto bersama.", num=0,
          align="both"),
        P("Sambutan Direktur dan materi paparan hanya memuat capaian layanan rumah sakit.", num=0, align="both"),
        P("Publikasi di akun resmi RSUD hanya memuat informasi kedinasan peresmian unit.", num=0, align="both"),
        P("Apabila Bupati ditetapkan sebagai pasangan calon dan menjalani cuti di luar tanggungan negara selama masa "
          "kampanye (25 September–23 November 2024), kunjungan dalam kapasitas tersebut tidak dilayani sebagai kunjungan "
          "dinas dan tidak dapat menggunakan area rumah sakit; seluruh urusan kedinasan ditangani Pelaksana Tugas.", num=0,
          align="both", after=160),
        P("Demikian untuk menjadi perhatian.", first=709, after=240),
    ] + ttd(["Tondano, 29 Juli 2024", "Direktur,"], "dr. FRANKY J. MANOPPO, Sp.PD.", nip="19740618 200502 1 003"),
}, False, [], [14],
    "Kunjungan kerja bupati (sebelum masa kampanye) meresmikan unit HD tanpa muatan kampanye; larangan atribut; aturan cuti kampanye.",
    "kop header; numbered list; footer")


# ============================================================================= 020 (violating)
# Kemenag Pati: invitation to a silaturahmi; tracked insertions turn it into a deklarasi dukungan + relawan registration.
add(20, {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Undangan silaturahmi penyuluh", "author": "Seksi Bimas Islam", "created": "2024-01-10T02:00:00Z",
             "modified": "2024-01-11T07:40:00Z", "change_author": "Kasubbag TU"},
    "kop": kop("header", ["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN PATI",
                          "Jalan Panglima Sudirman No. 62 Pati 59113, Telepon (0295) 381047"]),
    "body": [
        {"table": [["Nomor", ": B-0187/Kk.11.18/5/HM.00/01/2024", {"p": "11 Januari 2024", "align": "right"}],
                   ["Sifat", ": Penting", ""], ["Lampiran", ": -", ""], ["Hal", ": Undangan", ""]],
         "widths": [1300, 5000, 2770], "borders": False},
        P("", after=120),
        P("Yth.\n1. Kepala KUA Kecamatan se-Kabupaten Pati\n2. Penyuluh Agama Islam PNS dan Non-PNS\ndi tempat", after=200),
        P("Assalamu\u2019alaikum Wr. Wb.", after=60),
        P("Menindaklanjuti hasil musyawarah Forum Komunikasi Penyuluh Agama Islam (FKPAI) Kabupaten Pati tanggal 6 Januari "
          "2024, dengan hormat kami mengundang Saudara untuk hadir pada:", align="both", first=709, after=60),
        nomor_block([("Hari/tanggal", "Sabtu, 20 Januari 2024"), ("Pukul", "08.00 WIB s.d. selesai"),
                     ("Tempat", "Aula Kantor Kementerian Agama Kabupaten Pati"),
                     ("Acara", "Silaturahmi Penyuluh Agama dan Guru Ngaji se-Kabupaten Pati{ins: sekaligus Deklarasi "
                               "Dukungan Penyuluh dan Guru Ngaji kepada pasangan yang telah disepakati pada musyawarah FKPAI}")],
                    widths=(1800, 300, 6970)),
        P("Peserta diharapkan {ins:mengenakan baju koko/gamis putih dan }membawa {ins:fotokopi KTP 2 (dua) lembar untuk "
          "pendaftaran anggota Relawan Santri Bergerak serta }buku kegiatan penyuluhan.", align="both", first=709, before=120),
        P("Setiap KUA mengirimkan penyuluh non-PNS dan minimal 10 (sepuluh) guru ngaji binaan{ins:; biaya transport guru "
          "ngaji Rp100.000 per orang diberikan panitia relawan di lokasi}. Kehadiran menjadi bahan penilaian kinerja "
          "bulanan penyuluh non-PNS.", align="both", first=709),
        P("{ins:Peserta diminta mengikuti akun Instagram @relawansantribergerak.pati dan mengunggah foto deklarasi ke "
          "status masing-masing.}", align="both", first=709),
        P("**Pelaporan:** Kepala KUA menyampaikan daftar nama peserta kepada Seksi Bimas Islam paling lambat Kamis, "
          "18 Januari 2024.", align="both", first=709),
        P("Atas perhatian dan kehadiran Saudara, kami ucapkan terima kasih.", first=709, after=60),
        P("Wassalamu\u2019alaikum Wr. Wb.", after=240),
    ] + ttd(["Kepala,"], "H. MUH. ZAINUDDIN, S.Ag., M.Pd.I.", nip="19720812 199803 1 003"),
}, True, ["endorsement", "campaign-activity", "social-media", "state-facility", "inducement", "letterhead-misuse"],
    [2, 4, 10],
    "Undangan Kemenag 'menindaklanjuti hasil musyawarah' dengan sisipan tracked: deklarasi dukungan kepada 'pasangan yang "
    "telah disepakati' (tidak disebut), fotokopi KTP untuk Relawan Santri Bergerak, uang transport Rp100.000, follow akun "
    "relawan, di aula Kemenag.",
    "kop header; borderless nomor table; partisan text only in tracked insertions (w:ins); 'Pelaporan' paragraph")


# ============================================================================= 021 (violating)
# Dinas Sosial Blora: lembar disposisi with the Kadis's handwritten note (transcribed, Javanese).
add(21, {
    "font": "Arial", "size": 21,
    "meta": {"title": "disposisi BPNT tahap IV", "author": "TU Dinsos", "created": "2024-11-04T03:10:00Z"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN BLORA", "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
                         "Jl. Pemuda No. 16 Blora 58214"], logo="[LOGO BLORA]"),
    "body": [
        P("LEMBAR DISPOSISI", align="center", bold=True, size=26, after=120),
        {"table": [["Surat dari", "Direktorat Jenderal Perlindungan dan Jaminan Sosial Kemensos", "Diterima tgl", "4 November 2024"],
                   ["No. Surat", "S-1182/3/BS.02.02/10/2024", "No. Agenda", "1427"],
                   ["Tgl. Surat", "30 Oktober 2024", "Sifat", "\u2611 Segera   \u2610 Rahasia"],
                   [{"p": "Perihal", "align": "left"}, {"blocks": [P("Jadwal Penyaluran Bantuan Pangan Non Tunai (BPNT) Tahap IV Tahun 2024")], "span": 3}],
                   [{"blocks": [P("**Diteruskan kepada Sdr.:**"),
                                P("\u2611 Kabid Perlindungan dan Jaminan Sosial"),
                                P("\u2610 Kabid Rehabilitasi Sosial"),
                                P("\u2610 Sekretaris")], "span": 2},
                    {"blocks": [P("**Isi disposisi:**"),
                                P("%%Kabid Linjamsos — tolong koordinasi karo pendamping PKH & TKSK:%%"),
                                P("%%1) Penyaluran tahap IV diundur, dibarengke kunjungan Pak Harjo tgl 12/11 nang Kec. Cepu. "
                                  "Paket tambahan nganggo tas biru sing wis disiapke tim.%%"),
                                P("%%2) KPM sing ketok melu acara sebelah (foto2 wis tak kirim nang grup) diusulke graduasi / "
                                  "dicoret saka DTKS pemutakhiran Desember.%%"),
                                P("%%3) KPM sing siap nyoblos Pak Harjo\u2013Bu Lestari ben lanjut periode kedua, usulan PBI-JK "
                                  "karo RTLH diprioritaske.%%"),
                                P("%%Lapor aku. — (paraf) 4/11%%")], "span": 2}]],
         "widths": [1600, 3500, 1600, 2370]},
        P("%%Catatan TU: isi disposisi diketik ulang dari tulisan tangan Kepala Dinas untuk keperluan arsip.%%", size=18, before=120),
    ],
}, True, ["endorsement", "inducement", "state-facility", "letterhead-misuse"], [1, 8, 11, 13],
    "Disposisi Kadinsos (bahasa Jawa): BPNT tahap IV diundur agar dibagikan bersama kunjungan 'Pak Harjo' dengan tas biru tim, "
    "KPM yang ikut acara lawan dicoret dari DTKS, pendukung 'Pak Harjo–Bu Lestari ben lanjut periode kedua' diprioritaskan "
    "PBI-JK/RTLH.",
    "kop table with logo; disposisi form table with spans and checkboxes; handwritten note transcribed in italics; Javanese")


# ============================================================================= 022 (compliant)
# Setwan DPRD Wonogiri: nota dinas with weekly agenda — paripurna fraksi order, PPPK 'calon peserta' choose schedule.
add(22, {
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "ND agenda minggu ke-2 November", "author": "Sekwan", "created": "2024-11-08T01:00:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN WONOGIRI", "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH",
                          "Jl. Kabupaten No. 3 Wonogiri 57612"]),
    "footer": [P("Arsip Sekretariat DPRD — ND/Setwan/XI/2024", align="right", size=16, after=0)],
    "body": [
        P("NOTA DINAS", align="center", bold=True, after=120),
        nomor_block([("Kepada", "Yth. Kepala Bagian Persidangan dan Perundang-undangan; Kepala Bagian Umum dan Keuangan"),
                     ("Dari", "Sekretaris DPRD"), ("Tanggal", "8 November 2024"),
                     ("Nomor", "000.1.5/644/Setwan/XI/2024"), ("Hal", "Persiapan Agenda Minggu Kedua November 2024")]),
        P("", border_bottom=True, after=120),
        P("**1. Rapat Paripurna Pemandangan Umum Fraksi atas Raperda APBD Tahun Anggaran 2025**", after=40),
        P("Rapat paripurna dilaksanakan Senin, 11 November 2024 pukul 09.00 WIB di Ruang Paripurna. Urutan penyampaian "
          "pemandangan umum sesuai kesepakatan Badan Musyawarah:", align="both", indent=360, after=60),
        {"table": [["No", "Fraksi", "Juru Bicara"],
                   ["1", "Fraksi PDI Perjuangan", "ditunjuk fraksi"],
                   ["2", "Fraksi Partai Golkar", "ditunjuk fraksi"],
                   ["3", "Fraksi Partai Gerindra", "ditunjuk fraksi"],
                   ["4", "Fraksi Kebangkitan Bangsa", "ditunjuk fraksi"],
                   ["5", "Fraksi Gabungan Amanat Keadilan Sejahtera", "ditunjuk fraksi"]],
         "widths": [700, 5200, 3170], "header_row": True},
        P("Bagian Persidangan menyiapkan naskah, daftar hadir dan risalah. Sesuai tata tertib dan ketentuan netralitas "
          "pegawai, ruang sidang dan fasilitas Sekretariat tidak digunakan untuk atribut atau kegiatan kampanye Pemilihan "
          "2024 oleh pihak mana pun.", align="both", indent=360, before=80),
        P("**2. Seleksi PPPK Tahun 2024**", after=40),
        P("Pegawai non-ASN Sekretariat yang terdaftar sebagai calon peserta seleksi PPPK agar memilih salah satu jadwal "
          "seleksi kompetensi yang tersedia di akun SSCASN paling lambat 13 November 2024 dan melapor ke Subbag Umum untuk "
          "pengaturan tugas.", align="both", indent=360),
        P("**3. Kunjungan Kerja Komisi C**", after=40),
        P("Kunjungan kerja Komisi C ke Waduk Gajah Mungkur dijadwalkan Kamis, 14 November 2024; Bagian Umum menyiapkan "
          "kendaraan dan SPT sesuai DPA.", align="both", indent=360, after=240),
    ] + ttd(["Sekretaris DPRD,"], "Drs. BAMBANG SETYA NUGRAHA, M.M.", nip="19690304 199503 1 005",
            pangkat="Pembina Utama Muda (IV/c)"),
}, False, [], [14],
    "Urusan Setwan biasa: urutan fraksi (nama partai) pada paripurna APBD, 'calon peserta' PPPK 'memilih salah satu jadwal', "
    "kunker komisi; pengingat netralitas.",
    "kop header; nomor block; fraksi table; footer")


# ============================================================================= 023 (violating, no kop)
# Hukum Tua Desa Tincep (Minahasa): WhatsApp chat pasted into a document — villagers sent to every pair's rally.
add(23, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "chat grup perangkat", "author": "sekdes tincep", "created": "2024-11-03T11:00:00Z"},
    "body": [
        P("Salinan percakapan grup WhatsApp \u201cPERANGKAT DESA TINCEP\u201d", bold=True, after=0),
        P("%%diekspor Sabtu 2 November 2024%%", size=18, after=160),
        P("[02/11/24 20.05] Hukum Tua Tincep: Slamat malam ngoni samua perangkat deng kepala jaga. Ini hasil rapat tadi siang "
          "di kantor desa, torang so sepakat:", after=60),
        P("1. Tiap jaga musti kirim 20 orang ke samua kampanye rapat umum paslon gubernur. Paslon 1 hari Rabu 6/11 di "
          "Tondano, paslon 2 Jumat 8/11 di Lapangan KONI Sario, paslon 3 Selasa 12/11 di Tomohon.", indent=360, after=40),
        P("2. Oto pick-up desa deng ambulans desa dipake for angkut orang. Bensin ambe dari dana operasional desa, so kase tau "
          "bendahara.", indent=360, after=40),
        P("3. Hari itu kantor desa tutup jo, perangkat samua iko.", indent=360, after=40),
        P("4. Kalo ada paslon mo datang ka Tincep, warga baris di jalan for penyambutan, pake baju warna paslon yang datang. "
          "Balai desa torang kase pinjam for ramah tamah deng dorang.", indent=360, after=40),
        P("5. Nobar debat kandidat di balai desa, pake tv deng sound desa, samua perangkat wajib datang.", indent=360, after=60),
        P("Biar sapa-sapa yang mo menang, Tincep nda dilupakan. Jang ada yang bilang torang pilih kasih.", indent=360, after=120),
        P("[02/11/24 20.09] Kepala Jaga 3: Siap Hukum Tua \U0001F44D", after=60),
        P("[02/11/24 20.11] Sekdes: Bendahara so dapa info. Kwitansi nanti torang bekeng \u201ctransport kegiatan sosialisasi\u201d.",
          after=60),
        P("[02/11/24 20.12] Hukum Tua Tincep: Oke. Ingat, nda usah posting di FB desa.", after=0),
    ],
}, True, ["campaign-activity", "state-facility"], [2, 3, 9, 11, 12],
    "Chat Hukum Tua (dialek Manado): 'so sepakat' tiap jaga kirim 20 orang ke rapat umum SEMUA paslon gubernur, pick-up & "
    "ambulans desa, BBM dana operasional desa (kwitansi disamarkan), kantor desa tutup, penyambutan & ramah tamah paslon di "
    "balai desa — mobilisasi tanpa memihak.",
    "no kop; pasted WhatsApp export; Manado dialect (ngoni, torang, so, jo, for, bekeng)")


# ============================================================================= 024 (compliant, informal)
# Inspektorat Kota Bitung: undangan apel deklarasi netralitas & anti-korupsi, with the Inspektur's voice note.
add(24, {
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "undangan apel deklarasi", "author": "Sekretariat Inspektorat", "created": "2024-09-20T07:30:00Z"},
    "kop": kop("header", ["PEMERINTAH KOTA BITUNG", "INSPEKTORAT DAERAH",
                          "Jl. Sam Ratulangi No. 44 Bitung 95512"]),
    "body": [
        P("PENGUMUMAN INTERNAL", align="center", bold=True, after=0),
        P("Nomor: 700.1.2/219/Insp/IX/2024", align="center", after=200),
        P("Diberitahukan kepada seluruh pegawai Inspektorat Daerah bahwa apel Deklarasi Netralitas ASN pada Pemilihan 2024 "
          "sekaligus Deklarasi Anti-Korupsi dan Pencanangan Zona Integritas dilaksanakan pada Senin, 23 September 2024 pukul "
          "07.30 WITA di halaman kantor. Pakaian: seragam KORPRI.", align="both", first=709),
        P("Berikut kami lampirkan transkrip pesan suara Bapak Inspektur di grup kantor sebagai penjelasan:", first=709, after=60),
        {"textbox": [
            P("%%\u201cBapak ibu, selamat sore. Senin pagi torang apel deklarasi netralitas, sekalian deklarasi anti korupsi "
              "deng pencanangan ZI. Pake Korpri e, jangan ada yang pake baju warna-warni paslon. Foto bersama nanti pose biasa "
              "jo, jangan angka satu dua tiga deng jari.%%"),
            P("%%Trus ingat, jangan like-like postingan kandidat di FB, jangan share, jangan masuk grup tim-tim. Torang ini "
              "Inspektorat yang periksa orang, jangan sampe torang yang diperiksa. Yang mo jadi KPPS, silakan, asal lapor dulu "
              "ke Sekretaris for surat izin. Hari coblos tanggal 27, datang memilih, itu hak. Makase.\u201d%%"),
        ], "width_cm": 15, "height_cm": 5.2},
        P("Pegawai yang berhalangan hadir agar memberi tahu Subbag Umum.", first=709, before=120, after=240),
    ] + ttd(["Bitung, 20 September 2024", "Sekretaris,"], "MARLINE F. LUMINGKEWAS, S.E., M.Ak.",
            nip="19790911 200604 2 008"),
}, False, [], [11, 14],
    "Umpan 'deklarasi' (netralitas, anti-korupsi); pesan suara Inspektur (dialek Manado) melarang atribut, pose jari, like/share, "
    "grup tim; izin KPPS; ajakan memakai hak pilih.",
    "kop header; voice-note transcript in textbox; Manado dialect; engine libreoffice")


# ----------------------------------------------------------------------------- writer
def main():
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for f in os.listdir(spec_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(spec_dir, f))
    labels = {}
    for name, spec, label, _ in MEMOS:
        with open(os.path.join(spec_dir, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    write_readme(labels)
    print("wrote %d specs" % len(MEMOS))


UNSURE = {
    "b14_011.docx": "inducement rests on a promised retribusi waiver for stalls showing the candidate's sticker plus a threat "
                    "to relocate stalls; the selective enforcement itself is labelled state-facility.",
    "b14_017.docx": "endorsement rests on one line ('seragam gratis lanjut kalo Bunda lanjut'); state-facility on the Korwil "
                    "office car and collecting shirts during school hours.",
    "b14_005.docx": "state-facility rests on the kantor lurah being the drop-off point for supporters' KTP copies.",
    "b14_007.docx": "state-facility rests on the partisan meeting being held at the pendopo kecamatan in working hours.",
    "b14_001.docx": "campaign-activity rests on PPL having to bring 40 farmers to each handover point on the incumbent's tour.",
    "b14_020.docx": "all partisan content is in tracked insertions (w:ins); the accepted text is what is labelled.",
    "b14_010.docx / b14_023.docx": "class 12: staff/villagers mobilised to every pair's rally (favours nobody) — labelled "
                    "violating; 023 has no kop so no letterhead-misuse, and its author is a kepala desa (Hukum Tua).",
    "b14_019.docx": "compliant: an incumbent regent inaugurating a hospital unit before the campaign period, with campaign "
                    "content expressly barred.",
}


def write_readme(labels):
    n = len(labels)
    viol = sum(1 for v in labels.values() if v["violation"])
    cats = Counter(c for v in labels.values() for c in v["categories"])
    classes = Counter(c for v in labels.values() for c in v["classes"])
    lines = ["# Batch %s" % BATCH, "",
             "Leaked-memo style batch (Java and Sulawesi offices). Built with "
             "`/usr/bin/python3 write_specs.py && /usr/bin/python3 /work/shared/eval/make_docx.py specs docx`.", "",
             "## Counts", "", "- memos: %d" % n, "- violating: %d" % viol, "- compliant: %d" % (n - viol), "",
             "| category | memos |", "| --- | --- |"]
    for c in ["endorsement", "campaign-activity", "social-media", "state-facility", "inducement", "letterhead-misuse"]:
        lines.append("| %s | %d |" % (c, cats.get(c, 0)))
    lines += ["", "| class | memos |", "| --- | --- |"]
    for k in sorted(classes):
        lines.append("| %d | %d |" % (k, classes[k]))
    kops = Counter((spec.get("kop") or {}).get("placement", "none") for _, spec, _, _ in MEMOS)
    engines = Counter(spec.get("engine", "native") for _, spec, _, _ in MEMOS)
    lines += ["", "Kop placement: " + ", ".join("%s %d" % kv for kv in sorted(kops.items())) +
              ". Engines: " + ", ".join("%s %d" % kv for kv in sorted(engines.items())) + "."]
    lines += ["", "## Memos and structures", "", "| file | violation | classes | structure |", "| --- | --- | --- | --- |"]
    for name, spec, label, structure in MEMOS:
        lines.append("| %s.docx | %s | %s | %s |" % (name, "yes" if label["violation"] else "no",
                                                    ",".join(map(str, label["classes"])), structure))
    lines += ["", "## Least-certain labels", ""]
    if UNSURE:
        for k, v in UNSURE.items():
            lines.append("- **%s**: %s" % (k, v))
    else:
        lines.append("- none so far")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
