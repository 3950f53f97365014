#!/usr/bin/env python3
"""Batch b13: writes specs/b13_NNN.json and labels.json.

Helpers below only lay out naskah dinas furniture (kop, nomor block, addressee,
signature, tembusan). Every memo's wording is written by hand in its own function.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "b13"
MEMOS = []  # (fn) each returns (spec, label)


def memo(fn):
    MEMOS.append(fn)
    return fn


# ------------------------------------------------------------------ furniture
def P(text, **kw):
    d = {"p": text}
    d.update(kw)
    return d


def blank():
    return {"p": "", "after": 0}


def C(text, bold=False, **kw):
    d = {"p": text, "align": "center", "bold": bold, "after": 0}
    d.update(kw)
    return d


def kop(lines, placement="header", logo=None):
    k = {"placement": placement, "lines": lines}
    if logo:
        k["logo"] = logo
    return k


def nomor(rows, tab=1560):
    """Nomor / Sifat / Lampiran / Hal block with aligned colons."""
    out = []
    for label, val in rows:
        out.append({"p": "%s\t: %s" % (label, val), "tabs": [[tab, "left"]], "after": 0,
                    "indent": tab + 200, "hanging": tab + 200})
    return out


def kepada(lines, indent=0):
    return [{"p": l, "after": 0, "indent": indent} for l in lines]


def sig(place_date, jabatan, name, nip=None, indent=5103, gap=3):
    out = []
    if place_date:
        out.append({"p": place_date, "indent": indent, "after": 0, "align": "left"})
    for j in (jabatan if isinstance(jabatan, list) else [jabatan]):
        out.append({"p": j, "indent": indent, "after": 0, "align": "left"})
    out += [{"p": "", "indent": indent, "after": 0} for _ in range(gap)]
    out.append({"p": "**__%s__**" % name, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items, head="Tembusan Yth.:"):
    out = [blank(), {"p": head, "after": 0, "size": 20}]
    for i, t in enumerate(items, 1):
        out.append({"p": "%d.\t%s" % (i, t), "after": 0, "size": 20, "indent": 360, "hanging": 360,
                    "tabs": [[360, "left"]]})
    return out


def item(n, text, indent=567, after=120):
    return {"p": "%s\t%s" % (n, text), "indent": indent, "hanging": 567 if indent >= 567 else indent,
            "tabs": [[indent, "left"]], "after": after, "align": "both"}


def label(violation, categories, classes, note):
    return {"violation": violation, "categories": sorted(categories) if violation else [],
            "classes": classes, "note": note}


# ================================================================== memos 001-008

@memo
def m001():
    spec = {
        "font": "Bookman Old Style", "size": 22,
        "meta": {"title": "Tindak lanjut musyawarah koordinator BPP", "author": "Sekretariat DTPHP",
                 "company": "Pemkab Batang Semangus", "created": "2024-10-07T01:40:00Z",
                 "modified": "2024-10-08T03:05:00Z", "revision": 5},
        "kop": kop(["PEMERINTAH KABUPATEN BATANG SEMANGUS",
                    "DINAS TANAMAN PANGAN, HORTIKULTURA DAN PERKEBUNAN",
                    "Jalan Lintas Sumatera Km. 4 Muara Semangus, Telp. (0745) 71208",
                    "Pos-el: dtphp.batangsemangus@gmail.com"]),
        "body": [P("Muara Semangus, 7 Oktober 2024", align="right", after=120)]
        + nomor([("Nomor", "521/ 614 /DTPHP-Sekr/X/2024"), ("Sifat", "Penting"),
                 ("Lampiran", "1 (satu) berkas"), ("Hal", "Tindak Lanjut Hasil Musyawarah Koordinator BPP")])
        + [blank()]
        + kepada(["Yth. Koordinator Balai Penyuluhan Pertanian", "se-Kabupaten Batang Semangus", "di -",
                  "\tTempat"])
        + [blank(),
           P("Menindaklanjuti hasil musyawarah Kepala Dinas bersama para Koordinator BPP pada hari Kamis, "
             "3 Oktober 2024 di Aula Dinas, dengan ini disampaikan beberapa hal sebagai berikut:", align="both",
             first=567),
           item("1.", "Program cetak sawah baru, bantuan alsintan, dan subsidi benih padi yang berjalan sejak "
                "tahun 2021 adalah hasil kerja keras Bapak H. Ruslan Effendi, S.H. bersama Ibu Darmawati, S.E. "
                "Agar program tersebut tidak terputus di tengah jalan, kita semua berkepentingan supaya beliau "
                "berdua memimpin kembali Kabupaten Batang Semangus untuk periode berikutnya."),
           item("2.", "Penyuluh Pertanian Lapangan (PPL) agar memanfaatkan jadwal kunjungan kelompok tani bulan "
                "Oktober dan November 2024 untuk menyampaikan pesan tersebut kepada ketua dan anggota "
                "poktan/gapoktan, termasuk mengingatkan bahwa tanggal 27 November nanti pilihan yang tepat adalah "
                "yang sudah terbukti bekerja untuk petani."),
           item("3.", "Leaflet capaian program \u201c3 Tahun Bertani Bersama Ruslan\u2013Darmawati\u201d "
                "(terlampir) dapat diambil di Sekretariat Dinas mulai Senin, 14 Oktober 2024 dengan menggunakan "
                "kendaraan operasional BPP masing-masing, dan dibagikan pada setiap pertemuan poktan."),
           item("4.", "Penyaluran bantuan alsintan tahap II agar diserahkan pada saat kunjungan lapangan beliau "
                "ke kecamatan, sebagai kelanjutan program beliau, dan didokumentasikan dengan baik."),
           item("5.", "Koordinator BPP melaporkan jumlah poktan yang telah dikunjungi beserta tanggapan anggota "
                "paling lambat tanggal 20 setiap bulan melalui Sekretaris Dinas."),
           P("Demikian disampaikan untuk dilaksanakan dengan penuh tanggung jawab. Atas perhatiannya diucapkan "
             "terima kasih.", align="both", first=567),
           blank()]
        + sig(None, ["Kepala Dinas,"], "Ir. SYAFRIZAL, M.Si.", "Pembina Utama Muda (IV/c)\nNIP. 19690812 199603 1 004")
        + tembusan(["Sekretaris Daerah Kabupaten Batang Semangus", "Arsip"]),
    }
    return spec, label(True, ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"],
                       [1, 10, 13],
                       "Kop Dinas; 'memimpin kembali ... periode berikutnya' untuk Ruslan-Darmawati tanpa kata calon; "
                       "PPL dikerahkan lewat kunjungan dinas, kendaraan BPP, alsintan diserahkan saat kunjungan beliau")


@memo
def m002():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "SE Netralitas ASN Pilkada 2024", "author": "Bagian Hukum",
                 "company": "Setda Tanjung Belimbing", "created": "2024-09-02T02:10:00Z"},
        "kop": kop(["PEMERINTAH KABUPATEN TANJUNG BELIMBING", "SEKRETARIAT DAERAH",
                    "Jl. Jenderal Sudirman No. 1 Tanjung Belimbing, Kalimantan Barat 78761"], placement="body"),
        "body": [blank(),
                 C("__SURAT EDARAN__", True),
                 C("NOMOR 800.1.6/ 211 /BKPSDM/2024"),
                 blank(),
                 C("TENTANG", True),
                 C("NETRALITAS APARATUR SIPIL NEGARA DALAM PENYELENGGARAAN", True),
                 C("PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR SERTA BUPATI DAN WAKIL BUPATI TAHUN 2024", True),
                 blank(),
                 P("Dalam rangka menjaga netralitas Aparatur Sipil Negara (ASN) pada Pemilihan Serentak tanggal 27 "
                   "November 2024, dan berpedoman pada Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil "
                   "Negara serta Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, Ketua KASN, dan "
                   "Ketua Bawaslu tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN, bersama ini "
                   "disampaikan kepada seluruh PNS dan PPPK di lingkungan Pemerintah Kabupaten Tanjung Belimbing "
                   "bahwa pegawai **dilarang**:", align="both"),
                 P("memasang spanduk, baliho, stiker, atau alat peraga lain yang mempromosikan bakal calon atau "
                   "calon kepala daerah;", num=0),
                 P("melakukan sosialisasi atau kampanye melalui media sosial, termasuk membuat unggahan, "
                   "mengomentari, membagikan, menyukai, mengikuti akun, atau bergabung dalam grup pemenangan "
                   "pasangan calon;", num=0),
                 P("menghadiri deklarasi, kampanye, atau kegiatan pasangan calon, serta berfoto bersama calon "
                   "dengan mengikuti simbol gerakan tangan yang menunjukkan keberpihakan;", num=0),
                 P("menjadi anggota atau pengurus partai politik, tim kampanye, tim sukses, maupun relawan "
                   "pemenangan;", num=0),
                 P("menggunakan kendaraan dinas, ruang kantor, anggaran, atau fasilitas jabatan lain untuk "
                   "kegiatan pasangan calon;", num=0),
                 P("membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon "
                   "selama masa kampanye;", num=0),
                 P("memberikan atau menjanjikan uang, barang, atau bantuan kepada pegawai maupun masyarakat untuk "
                   "mempengaruhi pilihan; dan", num=0),
                 P("mengumpulkan fotokopi KTP atau surat dukungan bagi bakal calon perseorangan maupun pasangan "
                   "calon mana pun.", num=0),
                 P("Kepala Perangkat Daerah, Camat, dan Lurah wajib melakukan pengawasan melekat terhadap "
                   "bawahannya. Pelanggaran terhadap ketentuan ini dikenakan hukuman disiplin sesuai Peraturan "
                   "Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS, dan bagi PPPK sesuai perjanjian kerja.",
                   align="both"),
                 P("Pegawai tetap menggunakan hak pilihnya di TPS sesuai hati nurani dan tidak menunjukkan "
                   "pilihan tersebut di depan umum.", align="both"),
                 P("Demikian Surat Edaran ini untuk dipedomani dan dilaksanakan.", align="both"),
                 blank()]
        + sig("Ditetapkan di Tanjung Belimbing\npada tanggal 2 September 2024",
              ["Pj. BUPATI TANJUNG BELIMBING,"], "H. ABDUL MUTHALIB, S.Sos., M.AP")
        + tembusan(["Gubernur Kalimantan Barat di Pontianak", "Ketua Bawaslu Kabupaten Tanjung Belimbing",
                    "Inspektur Kabupaten Tanjung Belimbing"]),
    }
    return spec, label(False, [], [14],
                       "SE Pj. Bupati tentang netralitas: daftar lengkap larangan (spanduk, like/share, "
                       "deklarasi, tim sukses, fasilitas, KTP) - bukan ajakan")


@memo
def m003():
    chat = [
        "[12/10/24 19.41] Kapus dr. Yuliana: Assalamualaikum wr wb rekan2 nakes & staf PKM Sei Rengas \U0001F64F",
        "[12/10/24 19.42] Kapus dr. Yuliana: bsk Minggu 13 Okt ada JALAN SEHAT BERSAMA BANG FIKRI ALKADRIE, "
        "walkot kite ke depan insyaallah no urut 2. Start depan Taman Alun Kapuas jam 06.30. Semua wajib hadir "
        "ye, kumpul di halaman pkm jam 05.45 jgn telat",
        "[12/10/24 19.44] Kapus dr. Yuliana: kaos biru yg dibagi kmrn tolong dipake, jgn pake seragam dinas. "
        "Topi + bendera kecik ambil di ruang TU",
        "[12/10/24 19.45] Kapus dr. Yuliana: lansia binaan prolanis boleh diajak, jemput pakai ambulans & "
        "pusling, koordinasi dgn pak Herman sopir. BBM pakai yg biasa dulu nanti sy ganti",
        "[12/10/24 19.47] Kapus dr. Yuliana: foto2 upload ke fb/ig masing2 ye pake #FikriDuaJari "
        "#TepianBaruSehatBersamaFikri, tag @bangfikri.official. Yg blm follow tolong follow",
        "[12/10/24 19.48] Kapus dr. Yuliana: yg tdk bs hadir japri sy alasannya. Makaseh \U0001F64F\U0001F64F",
        "[12/10/24 19.52] Ns. Rahmi: siap bu",
        "[12/10/24 19.53] Apt. Dedi: Siap dok, sy bawa anak bini sekalian",
    ]
    spec = {
        "font": "Calibri", "size": 22,
        "meta": {"title": "pengumuman", "author": "TU PKM", "created": "2024-10-12T13:05:00Z"},
        "body": [P("**PENGUMUMAN INTERNAL**", align="center", after=0),
                 P("(salinan pesan grup WA \u201cPKM SEI RENGAS KOMPAK\u201d \u2013 mohon dicetak & ditempel di "
                   "ruang istirahat pegawai)", align="center", italic=True, size=20),
                 blank()]
        + [P(c, after=60, size=21) for c in chat]
        + [blank(),
           P("Catatan TU: daftar hadir diisi di lokasi start, koordinator tiap ruangan: KIA (Bd. Sari), "
             "Poli Umum (Ns. Rahmi), Farmasi/Lab (Apt. Dedi), Pusling (Herman)."),
           P("ttd. Kasubag TU", align="right")],
    }
    return spec, label(True, ["endorsement", "campaign-activity", "social-media", "state-facility"],
                       [3, 5, 11],
                       "WA Kapus ditempel: wajib ikut jalan sehat bersama Bang Fikri (no urut 2), kaos/topi, "
                       "ambulans & pusling jemput lansia, tagar #FikriDuaJari dan follow akun; tanpa kop")


@memo
def m004():
    spec = {
        "font": "Times New Roman", "size": 24,
        "meta": {"title": "SE Libur Pemungutan Suara", "author": "Disdikbud",
                 "created": "2024-02-06T01:00:00Z", "modified": "2024-02-07T02:30:00Z",
                 "change_author": "Kabid Dikdas"},
        "kop": kop(["PEMERINTAH KABUPATEN LUBUK SERINGGIT", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                    "Komplek Perkantoran Bukit Sirih, Lubuk Seringgit \u2013 Jambi 37262"],
                   placement="table", logo="LOGO"),
        "body": [blank(),
                 C("**SURAT EDARAN**"),
                 C("Nomor: 400.3/ 117 /Disdikbud/2024"),
                 blank(),
                 P("Yth. Kepala SD, SMP Negeri/Swasta dan Satuan PAUD se-Kabupaten Lubuk Seringgit", after=120),
                 P("Sehubungan dengan Keputusan Presiden Nomor 10 Tahun 2024 yang menetapkan hari Rabu, 14 "
                   "Februari 2024 sebagai hari libur nasional dalam rangka pemungutan suara Pemilihan Umum Tahun "
                   "2024, dengan ini disampaikan hal-hal sebagai berikut:", align="both"),
                 P("Kegiatan belajar mengajar pada tanggal 14 Februari 2024 diliburkan, dan hari tersebut tidak "
                   "diganti dengan hari lain.", num=0),
                 P("Sekolah yang gedungnya dipinjam sebagai Tempat Pemungutan Suara (TPS) agar menyerahkan kunci "
                   "ruang kelas kepada Ketua KPPS setempat paling lambat 13 Februari 2024 pukul 14.00 WIB dan "
                   "memastikan ruangan kembali bersih sebelum 16 Februari 2024.", num=0),
                 P("Guru dan tenaga kependidikan yang ditetapkan sebagai anggota KPPS, PPS, atau Pengawas TPS "
                   "diberikan dispensasi tugas pada tanggal 13 Februari 2024{ins: dan 15 Februari 2024} dengan "
                   "melampirkan salinan SK penetapan dari PPS/Panwaslu Kelurahan-Desa.", num=0),
                 P("Seluruh guru dan tenaga kependidikan diimbau menggunakan hak pilihnya di TPS masing-masing, "
                   "tetap menjaga netralitas, dan tidak membawa pembicaraan pilihan politik ke dalam kelas maupun "
                   "grup orang tua murid.", num=0),
                 P("Kepala sekolah melaporkan nama pegawai yang bertugas sebagai penyelenggara ad hoc melalui "
                   "tautan {link:https://bit.ly/ad-hoc-disdikbud-ls|formulir pendataan} paling lambat 9 Februari "
                   "2024.", num=0),
                 P("Demikian disampaikan untuk dilaksanakan.", align="both"),
                 blank()]
        + sig("Lubuk Seringgit, 6 Februari 2024", ["Kepala Dinas Pendidikan dan Kebudayaan,"],
              "Drs. M. NASIR HAMZAH, M.Pd.", "NIP. 19680305 199303 1 007"),
    }
    return spec, label(False, [], [14],
                       "Logistik pemilu: libur 14 Feb, gedung sekolah jadi TPS, dispensasi guru KPPS/PPS, "
                       "imbauan gunakan hak pilih dan netral")


@memo
def m005():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "Notulen Rakor Kades Oktober", "author": "Kasi Pemerintahan",
                 "company": "Kecamatan Air Mendidih", "created": "2024-10-15T06:20:00Z"},
        "kop": kop(["PEMERINTAH KABUPATEN RANTAU BERINGIN", "KECAMATAN AIR MENDIDIH",
                    "Jalan Poros Desa Sukarami No. 02 Kode Pos 31382"], placement="body"),
        "body": [blank(),
                 C("**NOTULEN RAPAT KOORDINASI KEPALA DESA**"),
                 C("**SE-KECAMATAN AIR MENDIDIH**"),
                 blank(),
                 {"table": [["Hari / Tanggal", ": Senin, 14 Oktober 2024"],
                            ["Waktu", ": 09.00 WIB s.d. selesai"],
                            ["Tempat", ": Aula Kantor Camat Air Mendidih"],
                            ["Pimpinan Rapat", ": Camat Air Mendidih"],
                            ["Peserta", ": 16 Kepala Desa, Sekcam, Kasi PMD, Kasi Pemerintahan, Pendamping Desa"],
                            ["Acara", ": Evaluasi penyaluran BLT-DD triwulan III dan persiapan menghadapi 27 November"]],
                  "widths": [2400, 6600], "borders": False},
                 blank(),
                 P("**A. Pengarahan Camat**"),
                 P("Camat menyampaikan bahwa kecamatan kita selama ini banyak terbantu oleh program pasangan "
                   "nomor urut 1, Bapak Hendra Saputra dan Bapak M. Yamin, terutama jalan usaha tani dan "
                   "tambahan ADD. Camat meminta para kades \u201ctahu sama tahu\u201d dan jangan sampai suara desa "
                   "lari ke tempat lain.", align="both"),
                 P("**B. Hasil Rapat / Kesepakatan**"),
                 item("1.", "Disepakati seluruh desa se-Kecamatan Air Mendidih mengamankan suara untuk pasangan "
                      "nomor urut 1 dengan target minimal 70% per desa. Desa dengan capaian tertinggi diusulkan "
                      "mendapat tambahan ADD tahun anggaran 2025."),
                 item("2.", "Kepala Desa menugaskan Kepala Dusun dan Ketua RT mendata warga pendukung beserta "
                      "fotokopi KTP dan KK, diserahkan ke Kasi Pemerintahan paling lambat 31 Oktober 2024."),
                 item("3.", "Penyaluran BLT-DD triwulan IV dan bantuan bibit karet dari kecamatan diprioritaskan "
                      "bagi warga yang sudah terdata sebagai pendukung. Warga yang belum terdata agar didekati "
                      "lebih dahulu oleh Kadus sebelum namanya dimasukkan daftar penerima."),
                 item("4.", "Kades yang desanya di bawah target akan dievaluasi dalam rapat minggon kecamatan "
                      "setiap hari Senin."),
                 P("Rapat ditutup pukul 11.40 WIB dengan doa.", align="both"),
                 blank(),
                 {"table": [[[P("Mengetahui,", align="center", after=0), P("Camat Air Mendidih,", align="center", after=0),
                              blank(), blank(), P("**__ZULKIFLI ANWAR, S.STP., M.Si.__**", align="center", after=0),
                              P("NIP. 19850621 200312 1 002", align="center", after=0)],
                             [P("Notulis,", align="center", after=0), blank(), blank(), blank(),
                              P("**__RINA MARLINA, S.IP.__**", align="center", after=0),
                              P("NIP. 19910914 201503 2 001", align="center", after=0)]]],
                  "widths": [4500, 4500], "borders": False}],
    }
    return spec, label(True, ["endorsement", "inducement", "state-facility", "letterhead-misuse"],
                       [8, 9],
                       "Notulen rakor camat-kades (kop kecamatan): disepakati target suara 70% untuk paslon no 1, "
                       "pendataan KTP/KK pendukung, BLT-DD & bibit karet diprioritaskan untuk pendukung, bonus ADD")


@memo
def m006():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "Undangan Klarifikasi", "author": "Bawaslu MLT", "created": "2024-10-21T03:00:00Z"},
        "kop": kop(["BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN MUARA LINTANG",
                    "Jl. Pangeran Antasari No. 17 Muara Lintang, Kalimantan Selatan 71552"]),
        "footer": [P("Bawaslu Kabupaten Muara Lintang \u2013 Bersama Rakyat Awasi Pemilihan", align="center", size=16)],
        "footnotes": {"1": "Tangkapan layar diterima Bawaslu melalui laporan masyarakat Nomor "
                           "012/LP/PB/Kab/22.09/X/2024 tanggal 18 Oktober 2024."},
        "body": [P("Muara Lintang, 21 Oktober 2024", align="right")]
        + nomor([("Nomor", "088/PP.01.02/K.KS-09/10/2024"), ("Sifat", "Segera"), ("Lampiran", "-"),
                 ("Perihal", "Undangan Klarifikasi")])
        + [blank()]
        + kepada(["Yth. Sdr. RAHMAT SYARIF, S.Sos.", "Kepala Seksi Ketenteraman dan Ketertiban Umum",
                  "Kecamatan Sungai Tabuk Hulu", "di \u2013", "\tTempat"])
        + [blank(),
           P("Dalam rangka penanganan dugaan pelanggaran netralitas Aparatur Sipil Negara pada Pemilihan Bupati "
             "dan Wakil Bupati Muara Lintang Tahun 2024, Bawaslu Kabupaten Muara Lintang menerima informasi "
             "bahwa akun Facebook atas nama \u201cRahmat Syarif Banjar\u201d pada tanggal 16 Oktober 2024 "
             "membagikan ulang poster bertuliskan \u201c**#LanjutkanDuaPeriode Amran\u2013Yusuf**\u201d disertai "
             "komentar \u201cwajib menang, bubuhan kecamatan kita harus solid\u201d.{fn:1}", align="both", first=567),
           P("Sehubungan dengan hal tersebut, Saudara diminta hadir untuk memberikan keterangan/klarifikasi "
             "pada:", align="both", first=567),
           {"table": [["Hari/Tanggal", ": Kamis, 24 Oktober 2024"], ["Pukul", ": 09.00 WITA s.d. selesai"],
                      ["Tempat", ": Ruang Penanganan Pelanggaran Bawaslu Kabupaten Muara Lintang"],
                      ["Keterangan", ": Membawa KTP dan kartu pegawai"]],
            "widths": [2200, 6800], "borders": False},
           P("Klarifikasi ini tidak merupakan penetapan bahwa Saudara bersalah. Hasil klarifikasi akan dikaji "
             "dan apabila terbukti, direkomendasikan kepada Badan Kepegawaian Negara sesuai ketentuan "
             "peraturan perundang-undangan.", align="both", first=567),
           P("Demikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.", first=567),
           blank()]
        + sig(None, ["Ketua,"], "MUHAMMAD HATTA RIFANI, S.H.")
        + tembusan(["Ketua Bawaslu Provinsi Kalimantan Selatan", "Inspektur Kabupaten Muara Lintang",
                    "Kepala BKPSDM Kabupaten Muara Lintang", "Camat Sungai Tabuk Hulu"]),
    }
    return spec, label(False, [], [14],
                       "Undangan klarifikasi Bawaslu yang mengutip unggahan '#LanjutkanDuaPeriode Amran-Yusuf' "
                       "sebagai dugaan pelanggaran")


@memo
def m007():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "ND Kabag Umum", "author": "Setwan", "company": "Sekretariat DPRD Ulu Semayang",
                 "created": "2024-01-30T07:15:00Z"},
        "kop": kop(["SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", "KABUPATEN ULU SEMAYANG",
                    "Jl. Gajah Mada No. 5 Tenggarong Seberang Hulu \u2013 Kalimantan Timur"],
                   placement="table", logo="[lambang daerah]"),
        "body": [blank(),
                 C("**NOTA DINAS**", size=26),
                 blank()]
        + nomor([("Kepada", "Yth. Kepala Bagian Umum dan Keuangan; Kepala Bagian Persidangan; Kepala Bagian "
                  "Fasilitasi Penganggaran dan Pengawasan"),
                 ("Dari", "Sekretaris DPRD"), ("Tanggal", "30 Januari 2024"),
                 ("Nomor", "000.1.2/ 041 /Setwan"), ("Sifat", "Segera"),
                 ("Hal", "**Kampanye Rapat Umum Partai Karya Bangsa Nusantara, Sabtu 3 Februari 2024**")])
        + [{"p": "", "border_bottom": True, "after": 120},
           P("Menindaklanjuti arahan Pimpinan, bersama ini disampaikan pembagian tugas untuk kegiatan sebagaimana "
             "tersebut pada pokok surat, dengan rincian sebagai berikut:", align="both"),
           {"table": [["No", "Kebutuhan", "Penanggung Jawab", "Keterangan"],
                      ["1", "Bus operasional Setwan 2 unit (KT 7031 G dan KT 7032 G)", "Kabag Umum",
                       "Berangkat dari halaman Gedung DPRD pukul 07.30 WITA"],
                      ["2", "Konsumsi 300 kotak + air mineral", "Bendahara",
                       "Dibebankan pada sub kegiatan rapat koordinasi dan konsultasi"],
                      ["3", "Peserta 40 orang per bagian (PNS, PPPK, tenaga kontrak)", "Para Kabag",
                       "Daftar nama diserahkan paling lambat Kamis, 1 Februari 2024"],
                      ["4", "Pakaian", "Masing-masing", "Kemeja kuning, celana/rok gelap, tanpa PDH"],
                      ["5", "Absensi", "Subbag Kepegawaian", "Di pintu masuk Lapangan Kinibalu, jam kerja "
                       "Sabtu dicatat sebagai kegiatan kedinasan"]],
            "widths": [500, 3300, 1900, 3300], "header_row": True},
           blank(),
           P("Tenaga kontrak yang tidak hadir tanpa keterangan akan menjadi bahan evaluasi perpanjangan kontrak "
             "tahun berjalan.", align="both"),
           P("Demikian untuk dilaksanakan.", align="both"),
           blank()]
        + sig(None, ["SEKRETARIS DPRD,"], "H. ARDIANSYAH NOOR, S.Sos., M.M.",
              "Pembina Utama Muda\nNIP. 19700101 199403 1 018"),
    }
    return spec, label(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6, 12],
                       "Nota dinas Setwan: hal = kampanye rapat umum satu partai; isi hanya logistik (bus dinas, "
                       "konsumsi dari anggaran, kuota 40 orang/bagian, kemeja kuning, absensi, ancaman kontrak)")


@memo
def m008():
    spec = {
        "font": "Calibri", "size": 22,
        "meta": {"title": "SE PIN Polio", "author": "Seksi Surveilans & Imunisasi",
                 "created": "2024-07-10T01:30:00Z"},
        "kop": kop(["PEMERINTAH KABUPATEN KAHAYAN ILIR", "DINAS KESEHATAN",
                    "Jalan Tjilik Riwut Km. 3, Pulang Pisau Hilir \u2013 Kalimantan Tengah 74811"]),
        "footer": [P("Dinkes Kahayan Ilir \u2022 Dua Tetes Lindungi Generasi", align="center", size=16)],
        "body": [C("**SURAT EDARAN**"),
                 C("Nomor: 443.1/ 352 /P2P/VII/2024"),
                 C("tentang"),
                 C("**Pelaksanaan Kampanye Pekan Imunisasi Nasional (PIN) Polio Tahun 2024**"),
                 blank(),
                 P("Yth. Kepala Puskesmas se-Kabupaten Kahayan Ilir", after=120),
                 P("Dalam rangka pelaksanaan kampanye PIN Polio putaran pertama tanggal 23 Juli s.d. 29 Juli 2024 "
                   "bagi seluruh anak usia 0\u20137 tahun, bersama ini kami minta Saudara untuk:", align="both"),
                 P("Membentuk tim sukses PIN tingkat desa yang terdiri atas bidan desa, kader posyandu, guru "
                   "PAUD/TK, dan perangkat desa, dengan target cakupan minimal 95% di setiap desa.", num=0),
                 P("Menyiapkan calon vaksinator tambahan dari tenaga honorer terlatih; daftar calon vaksinator "
                   "dikirim ke Seksi Imunisasi paling lambat 15 Juli 2024.", num=0),
                 P("Mengikuti orientasi petugas. Silakan pilih salah satu jadwal: Selasa 16 Juli (gelombang I) "
                   "atau Rabu 17 Juli 2024 (gelombang II) di Aula Dinas Kesehatan.", num=0),
                 P("Menggalang dukungan lintas sektor (camat, kepala desa, KUA, TP-PKK) untuk penggerakan sasaran "
                   "dan sweeping anak yang belum diimunisasi.", num=0),
                 P("Memanfaatkan akun media sosial puskesmas untuk mengunggah dan membagikan poster PIN dengan "
                   "tagar #PINPolio2024 #KahayanIlirBebasPolio; mohon ajak masyarakat menyukai dan membagikan "
                   "informasi jadwal pos PIN.", num=0),
                 P("Melaporkan hasil cakupan harian melalui aplikasi ASIK setiap pukul 16.00 WIB.", num=0),
                 P("Atas perhatian dan kerja sama Saudara diucapkan terima kasih.", align="both"),
                 blank()]
        + sig("Pulang Pisau Hilir, 10 Juli 2024", ["Kepala Dinas Kesehatan,"], "dr. MARIA GORETTI SIHOMBING, M.Kes.",
              "NIP. 19760214 200312 2 006"),
    }
    return spec, label(False, [], [14],
                       "Umpan kesehatan: kampanye PIN Polio, 'tim sukses PIN', 'calon vaksinator', 'pilih salah "
                       "satu jadwal', dukungan lintas sektor, tagar non-politik")



# ================================================================== memos 009-016

@memo
def m009():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "ND penguatan konten", "author": "Bidang IKP", "company": "Diskominfo Katingan Raya",
                 "created": "2024-10-01T04:10:00Z", "modified": "2024-10-01T06:00:00Z"},
        "kop": kop(["PEMERINTAH KABUPATEN KATINGAN RAYA",
                    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
                    "Jl. Cilik Riwut No. 88 Kasongan Baru \u2013 Kalimantan Tengah | diskominfo@katinganraya.go.id"]),
        "body": [C("**NOTA DINAS**"), blank()]
        + nomor([("Yth.", "Para Admin Media Sosial Perangkat Daerah dan Kecamatan"),
                 ("Dari", "Kepala Bidang Informasi dan Komunikasi Publik"),
                 ("Tanggal", "1 Oktober 2024"), ("Nomor", "500.12/ 207 /IKP/2024"),
                 ("Hal", "Penguatan Konten Positif Daerah")])
        + [{"p": "", "border_bottom": True, "after": 120},
           P("Sehubungan dengan telah ditetapkannya Ibu Hj. Reni Satriani, S.E. sebagai calon Bupati Katingan "
             "Raya nomor urut 3 oleh KPU, dan mengingat banyaknya informasi negatif yang beredar tentang "
             "capaian pembangunan selama beliau menjabat Wakil Bupati, para admin diminta melaksanakan hal "
             "berikut:", align="both"),
           P("Akun resmi perangkat daerah/kecamatan membagikan ulang (repost) minimal 2 (dua) konten per hari "
             "dari akun {link:https://www.instagram.com/renisatriani.official|@renisatriani.official}, "
             "terutama video kunjungan yang bersangkutan ke desa-desa.", num=0),
           P("Seluruh admin dan staf memasang twibbon "
             "**{split:#Katingan|RayaBerseri|BersamaReni}** pada foto profil WhatsApp dan Facebook pribadi, "
             "melalui {link:https://twibbonize.com/berserisamareni|twibbonize.com/berserisamareni}.", num=0),
           P("Memberi tanda suka dan komentar positif pada setiap unggahan beliau, dan membalas komentar "
             "bernada menyerang dengan data capaian dari bidang kami.", num=0),
           P("Admin bergabung dalam grup WhatsApp \u201cRelawan Digital RS3\u201d (tautan undangan akan "
             "dikirim japri) untuk koordinasi materi harian.", num=0),
           P("Rekap tangkapan layar dikirim setiap Jumat pukul 15.00 WIB ke Subbid Pengelolaan Opini Publik.",
             num=0),
           P("Kegiatan ini dilaksanakan pada jam kerja menggunakan perangkat dan kuota internet kantor. "
             "Mohon dijalankan dengan bijak dan tidak perlu diumumkan.", align="both"),
           blank()]
        + sig(None, ["Kepala Bidang IKP,"], "YOHANES DAMBUNG, S.Kom., M.M.", "NIP. 19820617 200902 1 003"),
    }
    return spec, label(True, ["endorsement", "social-media", "campaign-activity", "state-facility",
                              "letterhead-misuse"], [4, 5, 7],
                       "Diskominfo: repost akun calon no 3 (lalu disebut 'beliau', 'yang bersangkutan') dari akun "
                       "resmi OPD, twibbon #KatinganRayaBerseriBersamaReni, like/komentar, gabung grup Relawan "
                       "Digital RS3, jam kerja & kuota kantor")


@memo
def m010():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "SPT penertiban APK", "author": "Satpol PP", "created": "2024-10-28T01:00:00Z"},
        "kop": kop(["PEMERINTAH KABUPATEN ROKAN TENGAH", "SATUAN POLISI PAMONG PRAJA",
                    "Jl. Tuanku Tambusai No. 21 Pasir Tengah \u2013 Riau 28557"]),
        "footnotes": {"1": "Rekomendasi Bawaslu Kabupaten Rokan Tengah Nomor 041/PM.00.02/K.RI-07/10/2024 "
                           "tanggal 25 Oktober 2024 tentang penertiban alat peraga kampanye di lokasi terlarang."},
        "body": [C("__**SURAT PERINTAH**__"),
                 C("Nomor: 300.1.4/ 389 /Satpol PP/2024"),
                 blank(),
                 {"table": [["Dasar", ":", [P("1.\tPeraturan Daerah Kabupaten Rokan Tengah Nomor 3 Tahun 2019 "
                                              "tentang Ketertiban Umum;", after=0, hanging=360, indent=360,
                                              tabs=[[360, "left"]]),
                                            P("2.\tKeputusan KPU Kabupaten Rokan Tengah tentang lokasi "
                                              "pemasangan alat peraga kampanye Pemilihan Bupati dan Wakil "
                                              "Bupati Tahun 2024;", after=0, hanging=360, indent=360,
                                              tabs=[[360, "left"]]),
                                            P("3.\tRekomendasi Bawaslu Kabupaten Rokan Tengah.{fn:1}", after=0,
                                              hanging=360, indent=360, tabs=[[360, "left"]])]]],
                  "widths": [1300, 300, 7400], "borders": False},
                 C("**MEMERINTAHKAN**", before=120, after=120),
                 {"table": [["Kepada", ":", "Daftar nama personel terlampir (2 regu, 18 orang)."],
                            ["Untuk", ":", [P("1.\tMelepas seluruh stiker dan atribut pasangan calon yang "
                                              "menempel pada kendaraan dinas roda dua dan roda empat di "
                                              "lingkungan Pemerintah Kabupaten Rokan Tengah, termasuk stiker "
                                              "nomor urut pada kaca belakang mobil operasional kecamatan;",
                                              after=60, hanging=360, indent=360, tabs=[[360, "left"]]),
                                            P("2.\tMenurunkan baliho ukuran 4 x 6 meter di halaman depan "
                                              "Kantor Bupati yang memuat foto Bupati petahana dengan tulisan "
                                              "\u201cZAINAL LANJUTKAN! Rokan Tengah Gemilang 2 Periode\u201d, "
                                              "serta spanduk sejenis di pagar Puskesmas Pasir Tengah dan SDN 004 "
                                              "Ujung Batu Hilir;", after=60, hanging=360, indent=360,
                                              tabs=[[360, "left"]]),
                                            P("3.\tMengamankan atribut yang diturunkan ke gudang Satpol PP dan "
                                              "menyerahkannya kepada tim kampanye yang bersangkutan dengan berita "
                                              "acara, disaksikan Panwaslu Kecamatan;", after=60, hanging=360,
                                              indent=360, tabs=[[360, "left"]]),
                                            P("4.\tMelaksanakan tugas dengan humanis, tidak memihak, dan "
                                              "memperlakukan atribut semua pasangan calon secara sama;",
                                              after=60, hanging=360, indent=360, tabs=[[360, "left"]]),
                                            P("5.\tMelaporkan hasil pelaksanaan kepada Kepala Satuan paling "
                                              "lambat 30 Oktober 2024.", after=60, hanging=360, indent=360,
                                              tabs=[[360, "left"]])]]],
                  "widths": [1300, 300, 7400], "borders": False},
                 P("Demikian Surat Perintah ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.",
                   before=120),
                 blank()]
        + sig("Dikeluarkan di Pasir Tengah\npada tanggal 28 Oktober 2024", ["KEPALA SATUAN POLISI PAMONG PRAJA,"],
              "T. ARIFIN NASUTION, S.STP., M.Si.", "NIP. 19840507 200212 1 001"),
    }
    return spec, label(False, [], [14],
                       "Surat perintah Satpol PP melepas stiker paslon dari mobil dinas dan menurunkan baliho "
                       "petahana (mengutip slogan 'ZAINAL LANJUTKAN! ... 2 Periode'), netral ke semua paslon")


@memo
def m011():
    spec = {
        "font": "Times New Roman", "size": 24,
        "meta": {"title": "undangan temu kangen (draft)", "author": "Operator SD", "created": "2024-10-22T08:30:00Z",
                 "modified": "2024-10-23T00:45:00Z", "change_author": "Kepsek"},
        "kop": kop(["PEMERINTAH KABUPATEN SEBAYAN", "DINAS PENDIDIKAN", "SD NEGERI 07 SUNGAI BETUNG",
                    "Jl. Parit Haji Usman, Desa Sungai Betung Kec. Teluk Keramat Hulu, NPSN 30105127"],
                   placement="body"),
        "body": [{"p": "", "border_bottom": True},
                 P("Nomor\t: 421.2/ 058 /SDN07-SB/X/2024", tabs=[[1400, "left"]], after=0),
                 P("Lamp.\t: -", tabs=[[1400, "left"]], after=0),
                 P("Hal\t: **Undangan Temu Kangen Guru, Alumni dan Wali Murid Bersama Ibu Hj. Nurlela "
                   "Hasibuan, S.Pd.**", tabs=[[1400, "left"]], after=200, indent=1400, hanging=1400),
                 P("Kepada Yth. Bapak/Ibu Wali Murid Kelas I \u2013 VI", after=0),
                 P("di Tempat", after=200),
                 P("Dengan hormat, bersama ini kami mengundang Bapak/Ibu pada acara temu kangen bersama Ibu "
                   "Hj. Nurlela Hasibuan, S.Pd., mantan guru SDN 07 yang sekarang maju sebagai calon Wakil Bupati "
                   "Sebayan nomor urut 2, yang insyaallah dilaksanakan pada:", align="both"),
                 {"table": [["Hari/tgl", ": Sabtu, 2 November 2024"], ["Jam", ": 08.00 WIB s/d selesai"],
                            ["Tempat", ": Halaman & ruang kelas SDN 07 Sungai Betung"],
                            ["Pakaian", ": Bebas rapi, ibu-ibu diharapkan pakai jilbab warna hijau"]],
                  "widths": [1600, 7000], "borders": False},
                 P("Bagi wali murid yang hadir akan mendapat paket seragam dan tas sekolah gratis dari tim "
                   "beliau{ins:, mohon membawa fotokopi KTP dan KK untuk pendataan}.", align="both"),
                 P("Demikian undangan ini, atas kehadirannya diucapkan terima kasih.", align="both"),
                 blank()]
        + sig("Sungai Betung, 22 Oktober 2024", ["Kepala Sekolah,"], "SUPARDI, S.Pd.SD",
              "NIP. 19700815 199403 1 009", indent=4800)
        + [blank(), {"p": "", "border_bottom": True},
           P("%%[catatan operator \u2013 ketikan dari VN pak kepsek di grup guru, jangan ikut dicetak]%%",
             size=20),
           P("%%\u201c...iya bu guru, pak guru, undangan tu tolong dibagi lewat anak-anak hari Senin, satu anak "
             "satu. Wali kelas masing-masing kumpulkan fotokopi KTP wali murid, minimal tiga puluh per kelas, "
             "itu untuk data dukungan ke tim beliau, nanti beliau cek langsung. Yang datang dapat seragam, yang "
             "ndak datang ya kite catat lah. Kursi pinjam dari kelas, sound sistem pakai punya sekolah aja. "
             "Ingat ye, Bu Nurlela ni orang kite, jangan sampai kalah di TPS Sungai Betung...\u201d%%",
             size=20, align="both")],
    }
    return spec, label(True, ["endorsement", "campaign-activity", "inducement", "state-facility",
                              "letterhead-misuse"], [3, 6, 7, 8, 11],
                       "Kop SDN: temu kangen bersama calon Wabup no 2 di halaman sekolah, seragam gratis bagi yang "
                       "hadir, kumpul fotokopi KTP 'data dukungan' (tracked ins + transkrip VN), 'orang kite'")


@memo
def m012():
    spec = {
        "font": "Arial", "size": 22, "engine": "libreoffice",
        "meta": {"title": "Pencairan Hibah Pilkada Tahap II", "author": "BPKAD", "created": "2024-09-09T02:00:00Z"},
        "kop": kop(["PEMERINTAH KABUPATEN TEBING SIRING",
                    "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
                    "Jl. Merdeka No. 3 Tebing Siring, Bengkulu 38571 Telp. (0736) 91122"]),
        "body": [P("Tebing Siring, 9 September 2024", align="right")]
        + nomor([("Nomor", "900.1.3/ 1044 /BPKAD/2024"), ("Sifat", "Biasa"), ("Lampiran", "1 (satu) lembar"),
                 ("Hal", "Dukungan Anggaran Hibah Pemilihan Tahap II")])
        + [blank()]
        + kepada(["Yth.", "1. Ketua KPU Kabupaten Tebing Siring", "2. Ketua Bawaslu Kabupaten Tebing Siring",
                  "di \u2013 Tebing Siring"])
        + [blank(),
           P("Berdasarkan Naskah Perjanjian Hibah Daerah (NPHD) yang ditandatangani pada 10 November 2023, "
             "Pemerintah Kabupaten Tebing Siring memberikan dukungan anggaran penyelenggaraan dan pengawasan "
             "Pemilihan Bupati dan Wakil Bupati Tahun 2024. Bersama ini disampaikan bahwa hibah tahap II "
             "(60%) telah dapat dicairkan dengan rincian sebagai berikut:", align="both", first=567),
           {"table": [["Penerima Hibah", "Nilai NPHD (Rp)", "Tahap I 40% (Rp)", "Tahap II 60% (Rp)"],
                      ["KPU Kabupaten Tebing Siring", "31.500.000.000", "12.600.000.000", "18.900.000.000"],
                      ["Bawaslu Kabupaten Tebing Siring", "11.250.000.000", "4.500.000.000", "6.750.000.000"],
                      ["Jumlah", "42.750.000.000", "17.100.000.000", "25.650.000.000"]],
            "widths": [3200, 1900, 1900, 2000], "header_row": True},
           blank(),
           P("Selain dukungan anggaran, Pemerintah Daerah juga memberikan dukungan personel (pegawai yang "
             "diperbantukan pada sekretariat PPK dan Panwaslu Kecamatan) dan dukungan sarana berupa pinjam "
             "pakai Gedung Serbaguna untuk gudang logistik KPU sampai dengan 31 Desember 2024.",
             align="both", first=567),
           {"textbox": [P("**Persyaratan pencairan:**", after=40),
                        P("\u2013 Surat permohonan pencairan ditandatangani Ketua/Sekretaris;", after=0),
                        P("\u2013 Laporan penggunaan hibah tahap I;", after=0),
                        P("\u2013 Rekening khusus hibah pemilihan atas nama penerima;", after=0),
                        P("\u2013 Pakta integritas penggunaan dana.", after=0)],
            "width_cm": 15, "height_cm": 3.2},
           P("Demikian disampaikan, atas kerja samanya diucapkan terima kasih.", align="both", first=567),
           blank()]
        + sig(None, ["Kepala Badan,"], "Hj. YUSNANI ROSADI, S.E., M.Ak.", "NIP. 19741122 199903 2 004")
        + tembusan(["Bupati Tebing Siring (sebagai laporan)", "Inspektur Kabupaten Tebing Siring"]),
    }
    return spec, label(False, [], [14],
                       "Dukungan anggaran hibah (NPHD) kepada KPU dan Bawaslu, dukungan personel dan pinjam pakai "
                       "gedung untuk logistik KPU; kotak teks")


@memo
def m013():
    spec = {
        "font": "Calibri", "size": 22,
        "meta": {"title": "Notulen rapat staf", "author": "Kasubag Umpeg", "company": "Kecamatan Teluk Pinang",
                 "created": "2024-11-04T05:00:00Z"},
        "kop": kop(["PEMERINTAH KABUPATEN PASER HULU", "KECAMATAN TELUK PINANG",
                    "Jl. Poros Kandilo No. 12 Teluk Pinang, Kalimantan Timur 76281"]),
        "body": [C("**NOTULEN RAPAT STAF**"),
                 C("Senin, 4 November 2024 \u2013 Ruang Rapat Camat"),
                 blank(),
                 P("Peserta: Camat, Sekcam, para Kasi, Kasubag, staf PNS, PPPK dan tenaga honorer (32 orang).",
                   after=120),
                 P("**1. Arahan Camat**"),
                 P("Camat menyampaikan bahwa masa kampanye tinggal tiga minggu dan ketiga pasangan calon Bupati "
                   "Paser Hulu akan menggelar kampanye rapat umum di lapangan Teluk Pinang. Menurut Camat, "
                   "supaya tidak ada pasangan yang merasa dianaktirikan oleh kecamatan, kantor akan mengirim "
                   "peserta secara merata ke ketiga rapat umum tersebut.", align="both"),
                 P("**2. Diputuskan:**"),
                 P("Seluruh staf hadir pada kampanye rapat umum Paslon 01 (Rabu, 13 Nov), Paslon 02 (Sabtu, 16 "
                   "Nov) dan Paslon 03 (Selasa, 19 Nov), masing-masing pukul 09.00 WITA.", num=0),
                 P("Kehadiran pada hari kerja dicatat sebagai dinas luar; Kasubag Umpeg menerbitkan SPT kolektif "
                   "\u201cmonitoring kegiatan masyarakat\u201d.", num=0),
                 P("Angkutan memakai mobil dinas Camat, mobil operasional Kasi Trantib, dan pick-up kecamatan.",
                   num=0),
                 P("Staf berpakaian PDH agar terlihat kehadiran kantor; dilarang membawa atribut dari rumah "
                   "supaya tetap adil, atribut dari panitia masing-masing paslon silakan dipakai di lokasi.", num=0),
                 P("Kasi Trantib membuat dokumentasi kehadiran dan mengirimkan ke Camat di setiap kegiatan.",
                   num=0),
                 P("**3. Lain-lain**"),
                 P("Pelayanan KTP-el dan surat pengantar pada tanggal tersebut ditutup pukul 08.30 WITA.",
                   align="both"),
                 blank(),
                 {"table": [[[P("Mengetahui,", align="center", after=0), P("Camat Teluk Pinang", align="center",
                                                                            after=0), blank(), blank(),
                              P("**__Drs. HAMDANI__**", align="center", after=0)],
                             [P("Notulen,", align="center", after=0), blank(), blank(), blank(),
                              P("**__NURUL HIKMAH__**", align="center", after=0)]]],
                  "widths": [4500, 4500], "borders": False}],
    }
    return spec, label(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 9, 12],
                       "Notulen rapat staf kecamatan: diputuskan semua staf hadir kampanye rapat umum ketiga paslon "
                       "pada hari kerja (SPT dinas luar), mobil dinas, PDH, atribut panitia boleh dipakai")


@memo
def m014():
    wa = [
        "[08/02/24 20.14] Pak Lurah Syamsul: Assalamualaikum. Info utk kawan2 kelurahan ya \U0001F447",
        "[08/02/24 20.15] Pak Lurah Syamsul: 1. Tgl 14 libur nasional, kantor tutup. Piket tetap 2 org "
        "(jadwal dr bu Sekel)",
        "[08/02/24 20.16] Pak Lurah Syamsul: 2. Yg jadi KPPS/PPS/PTPS tolong kirim foto SK ke sy paling lambat "
        "Sabtu, biar sy buatkan surat dispensasi tgl 13 & 15",
        "[08/02/24 20.17] Pak Lurah Syamsul: 3. Jgn lupa nyoblos, pilih sesuai hati nurani masing2. Tdk usah "
        "cerita pilihan di kantor ato di grup",
        "[08/02/24 20.18] Pak Lurah Syamsul: 4. Status WA/FB jgn ada posting paslon atau caleg manapun, like "
        "jg jgn. Kemarin Bawaslu sdh ingatkan. Kita netral",
        "[08/02/24 20.20] Pak Lurah Syamsul: 5. Stiker caleg di motor dinas yg plat merah tolong dicopot "
        "sebelum senin, sy cek nanti. Yg pasang stiker itu bukan kita tp tetap kita yg tanggung jawab",
        "[08/02/24 20.21] Pak Lurah Syamsul: Mksh. Sehat2 semua",
        "[08/02/24 20.25] Kasi Pem Ema: Siap pak, SK KPPS sy sdh kirim japri",
    ]
    spec = {
        "font": "Calibri", "size": 22,
        "meta": {"title": "Arsip WA Lurah", "author": "Sekel", "created": "2024-02-09T01:00:00Z"},
        "body": [P("KELURAHAN TALANG BANJAR \u2013 ARSIP INFORMASI PIMPINAN", bold=True, after=0),
                 P("(dipindahkan dari grup WA \u201cKeluarga Besar Kel. Talang Banjar\u201d, utk lampiran "
                   "laporan kesiapan pemilu ke kecamatan)", italic=True, size=20),
                 blank()]
        + [P(w, after=60) for w in wa]
        + [blank(), P("Diketik ulang oleh: Sekretaris Lurah, 9/2/2024", align="right", size=20)],
    }
    return spec, label(False, [], [11, 14],
                       "WA Lurah (informal): libur 14 Feb, dispensasi KPPS/PPS, nyoblos sesuai hati nurani, "
                       "larangan posting/like paslon, copot stiker caleg dari motor dinas")


@memo
def m015():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "Penyaluran bansos lansia", "author": "Dinsos", "company": "Pemkab Musi Ulu",
                 "created": "2024-10-09T03:20:00Z"},
        "kop": kop(["PEMERINTAH KABUPATEN MUSI ULU", "DINAS SOSIAL",
                    "Jalan Merdeka Nomor 44 Muara Kelingi Baru \u2013 Sumatera Selatan 31663"],
                   placement="table", logo="PEMKAB"),
        "body": [blank()]
        + nomor([("Nomor", "400.9/ 772 /Dinsos/2024"), ("Lampiran", "1 (satu) berkas"),
                 ("Perihal", "Penyaluran Paket Sembako Program Sayang Lansia Tahap III")])
        + [blank()]
        + kepada(["Yth. 1. Para Camat se-Kabupaten Musi Ulu", "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a02. "
                  "TKSK Kecamatan", "di \u2013 Tempat"])
        + [blank(),
           P("Dalam rangka penyaluran Program Sayang Lansia yang dibiayai APBD Tahun Anggaran 2024, dengan ini "
             "disampaikan bahwa paket sembako tahap III sebanyak 4.200 paket siap didistribusikan. Program ini "
             "merupakan gagasan Bapak H. Darmansyah Putra, S.E. yang saat ini sedang menjalani cuti di luar "
             "tanggungan negara dalam rangka kampanye.", align="both", first=567),
           P("Agar penyaluran tepat sasaran dan sejalan dengan kelanjutan program beliau, mohon diperhatikan:",
             align="both", first=567),
           item("a.", "Paket diserahkan langsung oleh Pak Darmansyah pada rangkaian kunjungan beliau ke desa-desa "
                "sesuai jadwal terlampir; TKSK dan pendamping hadir di titik kumpul 30 menit sebelumnya."),
           item("b.", "Paket dikemas dalam tas belanja warna oranye dan ditempeli stiker \u201cLanjutkan Sayang "
                "Lansia\u201d yang disiapkan oleh Dinas."),
           item("c.", "Data penerima diverifikasi ulang bersama relawan di masing-masing desa; lansia yang "
                "keluarganya diketahui tidak mendukung ditunda ke tahap IV."),
           item("d.", "Dokumentasi penyerahan dikirim ke Bidang Linjamsos untuk dipublikasikan."),
           blank(),
           P("**Lampiran: Jadwal Penyaluran**", after=60),
           {"table": [["Tanggal", "Kecamatan/Desa", "Titik Kumpul", "Keterangan"],
                      ["12 Okt 2024", "Muara Kelingi / Desa Tanah Periuk", "Balai Desa",
                       "bersamaan silaturahmi tim Pak Darmansyah"],
                      ["15 Okt 2024", "Tugu Mulyo Ulu / Desa Sri Mulyo", "Masjid Al-Ikhlas",
                       "setelah acara dialogis"],
                      ["19 Okt 2024", "Suka Karya / Desa Karya Jaya", "Lapangan voli", "bersamaan jalan sehat"]],
            "widths": [1500, 2900, 1800, 2800], "header_row": True},
           blank()]
        + sig("Muara Kelingi Baru, 9 Oktober 2024", ["Plt. Kepala Dinas Sosial,"], "HERMANSYAH, S.Sos., M.Si.",
              "NIP. 19781003 200501 1 011"),
    }
    return spec, label(True, ["endorsement", "inducement", "state-facility", "letterhead-misuse"], [1, 7, 13],
                       "Dinsos: sembako APBD diserahkan oleh petahana yang cuti kampanye (lalu 'beliau', 'Pak "
                       "Darmansyah'), tas oranye + stiker 'Lanjutkan', dijadwalkan ikut agenda kampanye, penerima "
                       "tidak mendukung ditunda")


@memo
def m016():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "ND Agenda Pimpinan Sept-Nov", "author": "Bag. Prokopim", "created": "2024-09-16T02:45:00Z"},
        "kop": kop(["PEMERINTAH KABUPATEN HULU BARITO RAYA", "SEKRETARIAT DAERAH",
                    "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN"]),
        "footer": [P("Halaman 1 dari 1 \u2013 ND Prokopim/IX/2024", align="right", size=16)],
        "body": [C("**NOTA DINAS**"), blank()]
        + nomor([("Kepada", "Yth. Sekretaris Daerah"), ("Dari", "Kepala Bagian Protokol dan Komunikasi Pimpinan"),
                 ("Tanggal", "16 September 2024"), ("Nomor", "000.1.5/ 96 /Prokopim"),
                 ("Hal", "Penyesuaian Agenda dan Fasilitas Pimpinan Selama Masa Kampanye")])
        + [{"p": "", "border_bottom": True, "after": 120},
           P("Sehubungan dengan penetapan Bupati Hulu Barito Raya, H. Syahrani Akbar, S.Hut., sebagai calon "
             "Bupati pada Pemilihan Tahun 2024 dan dimulainya masa kampanye tanggal 25 September s.d. 23 "
             "November 2024, dengan hormat kami laporkan hal-hal berikut:", align="both"),
           P("Sampai dengan 24 September 2024 Bupati masih melaksanakan agenda kedinasan reguler, yaitu Rapat "
             "Koordinasi Percepatan Penurunan Stunting (18 September), penyerahan SK PPPK formasi 2023 (20 "
             "September), dan peresmian Puskesmas Rawat Inap Tanjung Jawa (23 September). Sambutan disiapkan "
             "Bagian Prokopim dan hanya memuat materi program pemerintah, tanpa atribut, nomor urut, maupun "
             "ajakan terkait pencalonan.", num=0),
           P("Selama cuti di luar tanggungan negara, Bupati tidak menggunakan kendaraan dinas, rumah jabatan "
             "untuk kegiatan kampanye, ajudan, maupun pengawalan protokoler. Kendaraan dinas KB 1 HB dan KB 1 "
             "HB-A diserahkan ke Bagian Umum pada 24 September 2024 sore.", num=0),
           P("Agenda pemerintahan selama masa cuti dilaksanakan oleh Pelaksana Tugas Bupati yang ditunjuk "
             "Menteri Dalam Negeri. Seluruh perangkat daerah agar mengalihkan undangan acara resmi kepada Plt. "
             "Bupati.", num=0),
           P("Akun media sosial resmi Pemkab tidak memuat unggahan kegiatan Bupati selama masa cuti, dan tidak "
             "membagikan konten dari akun pribadi calon mana pun.", num=0),
           P("Demikian kami sampaikan, mohon arahan lebih lanjut.", align="both"),
           blank()]
        + sig(None, ["Kepala Bagian,"], "RISKA AMELIA PUTRI, S.I.Kom.", "NIP. 19870412 201001 2 003"),
    }
    return spec, label(False, [], [14],
                       "Petahana bertindak sah: agenda kedinasan reguler tanpa muatan kampanye sebelum cuti; "
                       "penyerahan kendaraan dinas, Plt Bupati, akun resmi tidak memuat konten calon")


# ================================================================== memos 017-024

@memo
def m017():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "ND pendataan pegawai", "author": "Sekretariat BKPSDM", "company": "BKPSDM Merangin Hilir",
                 "created": "2024-10-03T02:25:00Z"},
        "kop": kop(["PEMERINTAH KABUPATEN MERANGIN HILIR",
                    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                    "Jl. Jenderal Sudirman Km. 2 Bangko Hilir, Jambi 37313"], placement="table", logo="BKPSDM"),
        "body": [blank(), C("**NOTA DINAS**"), blank()]
        + nomor([("Yth.", "Kepala Bidang Mutasi; Kepala Bidang Pengembangan SDM; Kepala Bidang Penilaian "
                  "Kinerja dan Penghargaan"),
                 ("Dari", "Sekretaris BKPSDM"), ("Tanggal", "3 Oktober 2024"), ("Nomor", "800/ 1311 /BKPSDM-Sekr"),
                 ("Hal", "Pendataan Pegawai")])
        + [{"p": "", "border_bottom": True, "after": 120},
           P("**I. Umum**"),
           P("Dalam rangka menyukseskan Bapak H. Yusran Hakim, S.E., M.M., calon Gubernur Jambi nomor urut 1, "
             "yang dalam kampanyenya telah berkomitmen memperjuangkan kesejahteraan pegawai dan tenaga honorer, "
             "Pimpinan meminta dukungan dari unsur BKPSDM secara terukur dan tidak mencolok.", align="both"),
           P("**II. Yang perlu dilaksanakan**"),
           item("1.", "Setiap bidang mengusulkan sekurang-kurangnya 3 (tiga) orang pegawai, diutamakan PPPK dan "
                "tenaga non-ASN, untuk bergabung dalam Relawan \u201cSahabat Yusran\u201d tingkat Kabupaten "
                "Merangin Hilir."),
           item("2.", "Pegawai yang diusulkan menghadiri pelantikan tim relawan dan konsolidasi relawan pada Minggu, "
                "13 Oktober 2024 pukul 14.00 WIB di Gedung Pertemuan Sepucuk Jambi Sembilan Lurah."),
           item("3.", "Pegawai yang bergabung akan menjadi prioritas dalam usulan pengangkatan PPPK tahap II dan "
                "diklat kepemimpinan tahun 2025, sebagai bentuk penghargaan dari yang bersangkutan."),
           P("**III. Pelaporan**"),
           item("1.", "Nama, NIP/NIK, nomor HP, dan kecamatan domisili pegawai disampaikan dalam format Excel ke "
                "Subbag Umum dan Kepegawaian paling lambat Selasa, 8 Oktober 2024."),
           item("2.", "Laporan disampaikan langsung (tidak melalui aplikasi persuratan resmi)."),
           P("Demikian disampaikan untuk dapat dilaksanakan.", align="both"),
           blank()]
        + sig(None, ["Sekretaris,"], "Hj. ELVI SUSANTI, S.Sos., M.Si.", "NIP. 19750819 199803 2 005"),
    }
    return spec, label(True, ["endorsement", "campaign-activity", "inducement", "letterhead-misuse"], [2, 4, 7, 10],
                       "Kop BKPSDM + bagian Pelaporan: 'menyukseskan' calon Gubernur no 1, kuota pegawai masuk "
                       "Relawan Sahabat Yusran, hadir pelantikan/konsolidasi relawan, janji prioritas PPPK/diklat")


@memo
def m018():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "Laporan Hasil Pemeriksaan Khusus", "author": "Irban III", "company": "Inspektorat Landak Hulu",
                 "created": "2024-12-10T03:00:00Z"},
        "kop": kop(["PEMERINTAH KABUPATEN LANDAK HULU", "INSPEKTORAT DAERAH",
                    "Jl. Raya Pahauman Km. 1 Ngabang Hulu, Kalimantan Barat 79357"]),
        "body": [P("Ngabang Hulu, 10 Desember 2024", align="right")]
        + nomor([("Nomor", "700.1.2.3/ 64 /Irban III/2024"), ("Sifat", "Rahasia"), ("Lampiran", "1 (satu) berkas LHP"),
                 ("Hal", "Laporan Hasil Pemeriksaan Khusus atas Dugaan Pelanggaran Netralitas ASN")])
        + [blank()]
        + kepada(["Yth. Bupati Landak Hulu", "selaku Pejabat Pembina Kepegawaian", "di \u2013", "\tNgabang Hulu"])
        + [blank(),
           P("Menindaklanjuti rekomendasi Bawaslu Kabupaten Landak Hulu Nomor 077/PP.01.02/K.KB-08/11/2024, "
             "Inspektorat telah melaksanakan pemeriksaan khusus terhadap Sdr. **Markus Jalong, S.Pd.**, NIP "
             "19790322 200501 1 006, guru SMP Negeri 2 Menjalin Hulu. Ringkasan hasil pemeriksaan sebagai "
             "berikut:", align="both", first=567),
           {"table": [["Fakta yang ditemukan", "Bukti", "Ketentuan yang dilanggar"],
                      ["Menghadiri deklarasi dukungan pasangan calon Bupati nomor urut 2 di Balai Adat Menjalin "
                       "pada Senin, 4 November 2024 pukul 10.00 (hari kerja, tanpa izin atasan)",
                       "Foto dan video dari pelapor; keterangan kepala sekolah",
                       "UU 20/2023 Pasal 24 ayat (1) huruf f; PP 94/2021 Pasal 5 huruf n"],
                      ["Berfoto bersama calon dengan simbol dua jari dan memakai kaos bertuliskan \u201cLanjut Bang "
                       "Iwan!\u201d", "Tangkapan layar status Facebook yang bersangkutan",
                       "PP 94/2021 Pasal 5 huruf n angka 4"],
                      ["Menyampaikan di grup WA orang tua murid \u201cmari kita menangkan no 2\u201d", "Tangkapan "
                       "layar grup; pengakuan terperiksa dalam BAP", "PP 94/2021 Pasal 5 huruf n angka 5"]],
            "widths": [3600, 2700, 2700], "header_row": True},
           blank(),
           P("Berdasarkan fakta tersebut, Inspektorat merekomendasikan:", first=567),
           P("Penjatuhan hukuman disiplin sedang berupa pemotongan tunjangan kinerja sebesar 25% selama 6 bulan "
             "kepada yang bersangkutan;", num=0),
           P("Kepala Dinas Pendidikan melakukan pembinaan netralitas kepada seluruh kepala sekolah; dan", num=0),
           P("Hasil penjatuhan hukuman dilaporkan kepada Badan Kepegawaian Negara.", num=0),
           P("Demikian disampaikan sebagai bahan pertimbangan.", first=567),
           blank()]
        + sig(None, ["Inspektur,"], "Ir. PAULUS ANYEK, M.T.", "NIP. 19700611 199703 1 003")
        + tembusan(["Kepala BKPSDM Kabupaten Landak Hulu", "Ketua Bawaslu Kabupaten Landak Hulu"]),
    }
    return spec, label(False, [], [14],
                       "LHP Inspektorat mengutip pelanggaran (deklarasi dukungan, dua jari, 'Lanjut Bang Iwan!', "
                       "'menangkan no 2') dan merekomendasikan sanksi")


@memo
def m019():
    spec = {
        "font": "Courier New", "size": 22,
        "meta": {"title": "scan0047", "author": "ADMIN-DESA", "created": "2024-11-05T09:10:00Z"},
        "kop": kop(["PEMERlNTAH KABUPATEN BANJAR HULU SUNGAI", "KECAMATAN MARTAPURA T1MUR HULU",
                    "PEMERINTAH DESA SUNGAI RAYA DALAM", "Jl. Handil Bakti RT.04 Kode Pos 7I651"], placement="body"),
        "body": [{"p": "", "border_bottom": True},
                 P("N0MOR : 140/ 38 /DS-SRD/XI/2024", caps=True, after=0),
                 P("PERIHAL : PEMBERITAHUAN KEPADA WARGA", after=200),
                 P("KEPADA YTH. KETUA RT 01 S/D 09, KETUA KELOMPOK PKH DAN KADER POSYANDU DESA SUNGAI RAYA DALAM",
                   after=200),
                 P("ASSALAMUALAIKUM WR. WB.", after=120),
                 P("SEHUBUNGAN DGN AKAN DILAKSANAKANNYA PILKADA TGL 27 NOPEMBER 2024, DIHARAPKAN KEPADA BUBUHAN "
                   "PIAN SEKALIAN UNTUK {split:C0|BLOS} N0 1 H. ANANG SYAKHRANI \u2013 HJ. MASLIANI, SUPAYA ABAH "
                   "ANANG PANG MEMIMPIN KEMBALI BANJAR HULU SUNGAI DUA PERIODE. JASA BELIAU GASAN DESA KITA SUDAH "
                   "BANYAK, JALAN HANDIL WAN JEMBATAN ULIN ITU BUKTINYA.", align="both"),
                 P("WARGA PENERIMA PKH, BPNT WAN BANTUAN BEDAH RUMAH YG KADA D-U-K-U-N-G, BANTUANNYA TAHUN DEPAN "
                   "KAMI USULKAN DICORET DARI DTKS. KAMI KADA MAIN-MAIN.", align="both"),
                 P("KETUA RT MENGUMPULKAN FC KTP WAN KK WARGA YG SIAP {split:P1|LIH} N0 1 DI RUMAH KADES PALING "
                   "LAMBAT HARI SABTU 16 NOP 2024. SETIAP KK YG MENYERAHKAN DAPAT BERAS 5 KG.", align="both"),
                 P("DEMIKIAN, ATAS PERHATIAN BUBUHAN PIAN DIUCAPKAN TERIMA KASIH.", align="both"),
                 P("WASSALAM.", after=200),
                 P("SUNGAI RAYA DALAM, 5 NOP 2024", indent=5103, after=0),
                 P("KEPALA DESA SUNGAI RAYA DALAM", indent=5103, after=0),
                 blank(), blank(),
                 P("**H. IJUM RUSDIANSYAH**", indent=5103, after=0),
                 P("cap/ttd", indent=5103, italic=True, size=18)],
    }
    return spec, label(True, ["endorsement", "inducement", "state-facility", "letterhead-misuse"], [1, 8, 11],
                       "Surat Kades hasil scan (kop desa di body, OCR, huruf kapital, bahasa Banjar): 'c0blos no 1', "
                       "'memimpin kembali dua periode', ancaman coret PKH/BPNT, kumpul FC KTP, beras 5 kg")


@memo
def m020():
    spec = {
        "font": "Arial", "size": 22, "engine": "libreoffice",
        "meta": {"title": "Pengiriman bibit sawit", "author": "Bidang Perkebunan", "created": "2024-08-19T02:00:00Z"},
        "kop": kop(["PEMERINTAH KABUPATEN INDRAGIRI TENGAH", "DINAS PERKEBUNAN DAN PETERNAKAN",
                    "Jl. Lintas Timur No. 9 Rengat Baru, Riau 29351"]),
        "body": [P("Rengat Baru, 19 Agustus 2024", align="right")]
        + nomor([("Nomor", "525/ 488 /Disbunak/2024"), ("Lampiran", "1 (satu) berkas"),
                 ("Hal", "Jadwal Pengiriman Benih Kelapa Sawit Program PSR")])
        + [blank()]
        + kepada(["Yth. Ketua Kelompok Tani/KUD Penerima Program", "Peremajaan Sawit Rakyat (PSR) Tahun 2024",
                  "di \u2013 Tempat"])
        + [blank(),
           P("Menindaklanjuti penetapan Calon Petani Calon Lokasi (CPCL) program Peremajaan Sawit Rakyat Tahun "
             "2024, bersama ini disampaikan bahwa benih kelapa sawit bersertifikat sebanyak 68.640 batang akan "
             "dikirim oleh penyedia dalam 3 (tiga) partai sebagai berikut:", align="both", first=567),
           {"table": [["Partai", "Jumlah Batang", "Kecamatan Tujuan", "Perkiraan Tiba"],
                      ["I", "24.000", "Batang Cenaku Hilir, Kelayang Baru", "2 \u2013 4 September 2024"],
                      ["II", "22.320", "Peranap Hulu, Batang Peranap", "16 \u2013 18 September 2024"],
                      ["III", "22.320", "Lirik Tengah, Pasir Penyu Hulu", "30 September \u2013 2 Oktober 2024"]],
            "widths": [1000, 1800, 3600, 2600], "header_row": True},
           blank(),
           P("Sehubungan dengan hal tersebut:", first=567),
           item("1.", "Kelompok tani dipersilakan memilih salah satu titik bongkar (gudang KUD atau kebun "
                "pembibitan kelompok) dan menyampaikannya kepada petugas lapangan paling lambat 27 Agustus 2024."),
           item("2.", "Calon penerima yang namanya belum tercantum dalam SK CPCL tidak dapat menerima benih pada "
                "partai ini dan akan diusulkan kembali tahun berikutnya."),
           item("3.", "Penerimaan benih dituangkan dalam berita acara serah terima yang ditandatangani ketua "
                "kelompok, penyedia, dan petugas Dinas."),
           item("4.", "Kelompok menyiapkan tenaga bongkar muat dan lahan penampungan sementara yang teduh."),
           P("Atas dukungan dan kerja sama Saudara diucapkan terima kasih.", first=567),
           blank()]
        + sig(None, ["Kepala Dinas,"], "Ir. H. SYAMSUL BAHRI LUBIS, M.P.", "NIP. 19690420 199503 1 002")
        + tembusan(["Bupati Indragiri Tengah", "Direktur Penyaluran Dana BPDPKS", "Camat terkait"]),
    }
    return spec, label(False, [], [14],
                       "Urusan kantor biasa: 'partai' = kiriman benih sawit, 'Calon Petani Calon Lokasi', 'calon "
                       "penerima', 'memilih salah satu titik', 'dukungan'")


@memo
def m021():
    spec = {
        "font": "Cambria", "size": 22,
        "meta": {"title": "SE Direktur", "author": "Bagian Umum RSUD", "created": "2024-10-08T01:15:00Z",
                 "modified": "2024-10-08T04:40:00Z", "change_author": "Kabag TU", "revision": 7},
        "kop": kop(["PEMERINTAH KOTA BENGKULU SELATAN", "RUMAH SAKIT UMUM DAERAH dr. M. YUNUS HILIR",
                    "Jl. Bhayangkara No. 7 Sidomulyo Baru, Telp. (0736) 52004"]),
        "body": [C("**SURAT EDARAN DIREKTUR**"),
                 C("Nomor: 445/ 903 /RSUD/2024"),
                 C("Tentang Tindak Lanjut Rapat Manajemen Bulan Oktober"),
                 blank(),
                 P("Berdasarkan hasil rapat manajemen RSUD pada hari Senin, 7 Oktober 2024 yang dihadiri Direktur, "
                   "para Kepala Bidang/Bagian dan Kepala Instalasi, telah diputuskan hal-hal sebagai berikut:",
                   align="both"),
                 P("Manajemen RSUD sepakat mendukung penuh pasangan Azhari\u2013Zamzami (AZAM) yang telah "
                   "berkomitmen menaikkan jasa pelayanan dan insentif tenaga kesehatan.", num=0),
                 P("{del:Seluruh pegawai wajib}{ins:Pegawai diharapkan} mengenakan pin \u201cAZAM Menang Satu "
                   "Putaran\u201d pada saat apel pagi dan selama jam pelayanan mulai 14 Oktober 2024.", num=0),
                 P("Pegawai mengganti foto profil WhatsApp dengan twibbon "
                   "**{split:#KotaKito|Bangkit|BersamaAZAM}** dan membagikan flyer program kesehatan AZAM ke grup "
                   "keluarga masing-masing.", num=0),
                 P("Aula Diklat lantai 3 disiapkan untuk kegiatan dialog tenaga kesehatan bersama Bapak Azhari pada "
                   "Kamis, 17 Oktober 2024 pukul 13.30 WIB; seluruh perawat dan bidan yang tidak bertugas jaga "
                   "wajib hadir.", num=0),
                 P("Pegawai yang bersedia bergabung dalam Relawan Nakes AZAM mendaftar ke Kepala Bagian Tata Usaha.",
                   num=0),
                 P("Kepala ruangan bertanggung jawab atas pelaksanaan edaran ini di unit masing-masing.",
                   align="both"),
                 blank()]
        + sig("Bengkulu Selatan, 8 Oktober 2024", ["Direktur,"], "dr. HENDRIK SIMANJUNTAK, Sp.PD.",
              "Pembina Tk. I (IV/b)\nNIP. 19731109 200212 1 004"),
    }
    return spec, label(True, ["endorsement", "campaign-activity", "social-media", "state-facility",
                              "letterhead-misuse"], [4, 5, 9],
                       "SE Direktur RSUD: hasil rapat 'sepakat mendukung penuh' AZAM, pin 'AZAM Menang Satu "
                       "Putaran' (tracked del/ins), twibbon #KotaKitoBangkitBersamaAZAM, aula untuk dialog dengan "
                       "calon, daftar Relawan Nakes AZAM")


@memo
def m022():
    spec = {
        "font": "Arial", "size": 22, "engine": "libreoffice",
        "meta": {"title": "Notulen Rakor Pengamanan Kampanye", "author": "Kesbangpol", "created": "2024-09-27T07:00:00Z"},
        "kop": kop(["PEMERINTAH KABUPATEN SEKAYAM RAYA", "BADAN KESATUAN BANGSA DAN POLITIK",
                    "Jl. Lintas Malindo Km. 1 Balai Karangan Baru, Kalimantan Barat 78556"]),
        "body": [C("**NOTULEN RAPAT KOORDINASI**"),
                 C("**Pengamanan dan Kesiapsiagaan Masa Kampanye Pemilihan Tahun 2024**"),
                 blank(),
                 {"table": [["Hari/Tanggal", "Jumat, 27 September 2024"],
                            ["Tempat", "Ruang Rapat Bupati"],
                            ["Peserta", "Pj. Bupati, Kapolres, Dandim, Kajari, Ketua KPU, Ketua Bawaslu, Kalaksa "
                             "BPBD, Kasatpol PP, Kadis Kesehatan, Kaban Kesbangpol, LO ketiga pasangan calon"]],
                  "widths": [2000, 7000]},
                 blank(),
                 P("**Pokok bahasan dan hasil:**"),
                 item("1.", "KPU menyampaikan jadwal kampanye rapat umum yang telah diundi: Pasangan Calon Nomor "
                      "Urut 1 (12 Oktober dan 9 November), Nomor Urut 2 (19 Oktober dan 16 November), Nomor Urut 3 "
                      "(26 Oktober dan 21 November), seluruhnya di Lapangan Sepakat. Jadwal diterima oleh LO "
                      "ketiga pasangan tanpa keberatan."),
                 item("2.", "Polres dan Kodim menyiapkan pengamanan dengan kekuatan yang sama untuk setiap rapat "
                      "umum. BPBD dan Dinas Kesehatan menyiagakan masing-masing 1 ambulans dan 1 tim medis di "
                      "pos kesehatan di luar area panggung sesuai SOP keramaian, dengan pola yang sama untuk semua "
                      "pasangan."),
                 item("3.", "Personel ASN yang ditugaskan hanya bertugas pada pos pengamanan/kesehatan, memakai "
                      "seragam dinas, tidak berada di area peserta, tidak memakai atau menerima atribut, dan tidak "
                      "berfoto dengan calon maupun tim kampanye."),
                 item("4.", "ASN di luar petugas tersebut dilarang menghadiri kampanye pasangan mana pun. Bawaslu "
                      "akan menempatkan pengawas di setiap kegiatan."),
                 item("5.", "Satpol PP bersama Bawaslu menertibkan APK di fasilitas pemerintah, sekolah, dan "
                      "rumah ibadah tanpa membedakan pasangan calon."),
                 P("Rapat ditutup pukul 11.15 WIB.", before=120),
                 blank()]
        + sig("Balai Karangan Baru, 27 September 2024", ["Notulis,", "Kabid Politik Dalam Negeri"],
              "AGUSTINUS RIKO, S.IP.", "NIP. 19860923 201001 1 002"),
    }
    return spec, label(False, [], [14],
                       "Rakor Forkopimda yang memperlakukan ketiga paslon sama: jadwal rapat umum dari KPU, "
                       "pengamanan/ambulans sesuai SOP untuk semua, ASN dilarang hadir sebagai peserta")


@memo
def m023():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "ND penyambutan", "author": "Sekretariat BPBD", "company": "BPBD Kuantan Hilir",
                 "created": "2024-11-11T00:40:00Z", "modified": "2024-11-11T03:20:00Z", "change_author": "Sekban"},
        "kop": kop(["PEMERINTAH KABUPATEN KUANTAN HILIR", "BADAN PENANGGULANGAN BENCANA DAERAH",
                    "Jl. Proklamasi No. 15 Teluk Kuantan Hilir, Riau 29562 \u2013 Call Center 112"]),
        "body": [C("**NOTA DINAS**"), blank()]
        + nomor([("Kepada", "Yth. Kabid Kedaruratan dan Logistik; Kabid Rehabilitasi dan Rekonstruksi; Kepala "
                  "Pusdalops"),
                 ("Dari", "Kepala Pelaksana BPBD"), ("Tanggal", "11 November 2024"),
                 ("Nomor", "360/ 512 /BPBD/2024"),
                 ("Hal", "**Persiapan Penyambutan Kunjungan Calon Gubernur Riau Nomor Urut 2 di Posko Pengungsian "
                  "Desa Pulau Aro Hilir**")])
        + [{"p": "", "border_bottom": True, "after": 120},
           P("Menindaklanjuti arahan via telepon, kunjungan sebagaimana pada pokok surat dijadwalkan Rabu, 13 "
             "November 2024 pukul 10.00 WIB. Kebutuhan disiapkan sebagai berikut:", align="both"),
           P("Tenda pengungsi 2 unit dan tenda komando dipasang menghadap jalan, dilengkapi genset dan sound "
             "system dari gudang BPBD.", num=0),
           P("Perahu karet 2 unit beserta operator disiapkan untuk rombongan menuju titik banjir yang akan "
             "diliput media.", num=0),
           P("Paket logistik (buffer stock) 350 paket disusun di depan tenda untuk diserahkan langsung oleh "
             "beliau kepada pengungsi; karung paket {del:polos}{ins:ditempel stiker nomor urut 2 sesuai "
             "arahan tim}.", num=0),
           P("Seluruh personel TRC dan Pusdalops yang tidak piket hadir mengenakan PDL, berbaris menyambut "
             "kedatangan, dicatat sebagai tugas lapangan.", num=0),
           P("Dokumentasi diserahkan kepada tim media yang bersangkutan, tidak diunggah di akun resmi BPBD.",
             num=0),
           {"textbox": [P("**PELAPORAN**", after=40),
                        P("Kesiapan masing-masing bidang dilaporkan kepada Sekretaris BPBD paling lambat Selasa, "
                          "12 November 2024 pukul 16.00 WIB.", after=0)], "width_cm": 14, "height_cm": 2.2},
           P("Demikian untuk dilaksanakan.", align="both"),
           blank()]
        + sig(None, ["Kepala Pelaksana,"], "RAHMAD HIDAYAT, S.T., M.Si.", "NIP. 19791205 200604 1 008"),
    }
    return spec, label(True, ["campaign-activity", "state-facility", "inducement", "letterhead-misuse"],
                       [3, 6, 10, 12, 13],
                       "Kop BPBD: hal = penyambutan calon gubernur no 2; isi logistik (tenda, genset, perahu karet, "
                       "personel PDL berbaris), buffer stock diserahkan oleh 'beliau' dengan stiker nomor urut 2 (tracked ins)")


@memo
def m024():
    spec = {
        "font": "Times New Roman", "size": 24,
        "meta": {"title": "Undangan Apel Deklarasi", "author": "Subbag TU Kemenag", "created": "2024-01-05T02:00:00Z"},
        "kop": kop(["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN OGAN LEBAK",
                    "Jalan Lintas Sumatera Km. 5 Baturaja Lebak 32113", "Telepon (0735) 320114; Website: "
                    "oganlebak.kemenag.go.id"], placement="table", logo="KEMENAG"),
        "footnotes": {"1": "Peserta dari MAN, MTsN dan MIN memakai seragam Korpri; guru non-ASN memakai batik."},
        "body": [blank(), P("Baturaja Lebak, 5 Januari 2024", align="right")]
        + nomor([("Nomor", "B-0041/Kk.06.14/1/KP.01.1/01/2024"), ("Sifat", "Penting"), ("Lampiran", "-"),
                 ("Hal", "Apel dan Deklarasi Netralitas ASN serta Orientasi CPNS")])
        + [blank()]
        + kepada(["Yth.", "1. Kepala KUA Kecamatan se-Kabupaten Ogan Lebak",
                  "2. Kepala MAN, MTsN, dan MIN se-Kabupaten Ogan Lebak", "3. Para Kepala Seksi/Penyelenggara"])
        + [blank(),
           P("Dalam rangka menjaga netralitas ASN Kementerian Agama pada Pemilu 14 Februari 2024, Kantor "
             "Kementerian Agama Kabupaten Ogan Lebak akan melaksanakan Apel dan Deklarasi Netralitas ASN sekaligus "
             "Deklarasi Anti-Korupsi Zona Integritas, pada:", align="both", first=567),
           {"table": [["Hari/Tanggal", ": Jumat, 12 Januari 2024"], ["Waktu", ": 07.30 WIB s.d. selesai"],
                      ["Tempat", ": Halaman Kantor Kementerian Agama Kabupaten Ogan Lebak"],
                      ["Pakaian", ": Seragam Korpri{fn:1}"]], "widths": [2200, 6800], "borders": False},
           P("Deklarasi memuat komitmen untuk tidak berpihak kepada peserta pemilu mana pun, tidak menggunakan "
             "rumah ibadah, madrasah, dan majelis taklim sebagai tempat kampanye, serta tidak mengunggah atau "
             "membagikan konten kampanye di media sosial.", align="both", first=567),
           P("Setelah apel, 17 orang calon pegawai negeri sipil (CPNS) formasi 2023 mengikuti orientasi tugas. "
             "CPNS dipersilakan memilih salah satu jadwal latihan dasar yang tersedia melalui {link:"
             "https://s.id/latsar-kemenag-ol|formulir daring} paling lambat 10 Januari 2024.", align="both",
             first=567),
           P("Mengingat pentingnya acara ini, para kepala satuan kerja diharapkan hadir tepat waktu.",
             align="both", first=567),
           blank()]
        + sig(None, ["Kepala,"], "H. AHMAD FAUZAN, S.Ag., M.Pd.I.", "NIP. 19720707 199803 1 005"),
    }
    return spec, label(False, [], [14],
                       "Umpan: 'deklarasi netralitas' dan 'deklarasi anti-korupsi', 'calon pegawai negeri sipil', "
                       "'memilih salah satu jadwal'; komitmen tidak berpihak")


# ================================================================== main (keep last)
def main():
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for f in os.listdir(spec_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(spec_dir, f))
    labels = {}
    for i, fn in enumerate(MEMOS, 1):
        spec, lab = fn()
        name = "%s_%03d" % (BATCH, i)
        assert fn.__name__ == "m%03d" % i, (fn.__name__, i)
        spec["output"] = name + ".docx"
        with open(os.path.join(spec_dir, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(labels))


if __name__ == "__main__":
    main()
