#!/usr/bin/env python3
"""Batch b18: writes specs/b18_NNN.json and labels.json.

Every memo's wording is written out by hand below. The helpers only lay out
standard naskah dinas furniture (kop, nomor block, addressee, signature, tembusan).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "b18"
MEMOS = []  # (number, spec, label)


# ------------------------------------------------------------------ furniture helpers
def kop(placement, lines, logo=None):
    k = {"placement": placement, "lines": lines}
    if logo:
        k["logo"] = logo
    return k


def nomor_block(rows, tab=1418):
    """rows: [(field, value), ...] -> 'Nomor : ...' lines."""
    out = []
    for field, value in rows:
        out.append({"p": "%s\t:\t%s" % (field, value), "tabs": [[tab, "left"], [tab + 284, "left"]],
                    "indent": tab + 284, "hanging": tab + 284, "after": 0, "align": "left"})
    return out


def addressee(lines, indent=0):
    out = [{"p": l, "indent": indent, "after": 0, "align": "left"} for l in lines]
    out.append({"p": "", "after": 0})
    return out


def signature(place_date, roles, name, nip=None, extra=(), indent=5103, blank=3):
    out = [{"p": "", "after": 0}]
    if place_date:
        out.append({"p": place_date, "indent": indent, "after": 0, "align": "left"})
    for r in roles:
        out.append({"p": r, "indent": indent, "after": 0, "align": "left"})
    for _ in range(blank):
        out.append({"p": "", "indent": indent, "after": 0, "align": "left"})
    out.append({"p": "**__%s__**" % name, "indent": indent, "after": 0, "align": "left"})
    for e in extra:
        out.append({"p": e, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": "NIP. %s" % nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items, label="Tembusan:"):
    out = [{"p": "", "after": 0}, {"p": "__%s__" % label, "after": 0, "size": 20}]
    for i, t in enumerate(items, 1):
        out.append({"p": "%d.\t%s" % (i, t), "tabs": [[360, "left"]], "indent": 360, "hanging": 360,
                    "after": 0, "size": 20})
    return out


def item(text, label, indent=567, after=60):
    """A hand-numbered paragraph: label + tab + text with a hanging indent."""
    return {"p": "%s\t%s" % (label, text), "indent": indent, "hanging": 567 if indent >= 567 else indent,
            "tabs": [[indent, "left"]], "after": after, "align": "both"}


def para(text, **kw):
    d = {"p": text, "align": "both", "first": 0}
    d.update(kw)
    return d


def blank():
    return {"p": "", "after": 0}


def add(num, spec, label):
    MEMOS.append((num, spec, label))


# ====================================================================== memos
# ---------------------------------------------------------------- 001 (V) kepala desa, undangan
add(1, {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Undangan Silaturahmi", "author": "Operator Desa", "company": "Pemdes Sungai Pelita",
             "created": "2024-10-14T02:10:00Z", "modified": "2024-10-14T03:02:00Z"},
    "kop": kop("body", ["PEMERINTAH KABUPATEN KAYONG HILIR", "KECAMATAN TELUK BAYUR",
                        "KANTOR KEPALA DESA SUNGAI PELITA",
                        "Jalan Parit Haji Muhammad Km. 4, Sungai Pelita, Kode Pos 78853"]),
    "body": [
        {"p": "", "after": 0},
        {"p": "\tSungai Pelita, 14 Oktober 2024", "tabs": [[5103, "left"]], "after": 120},
        *nomor_block([("Nomor", "005/118/DS-SP/X/2024"), ("Sifat", "Penting"), ("Lampiran", "-"),
                      ("Perihal", "**Undangan Silaturahmi dan Ramah Tamah**")]),
        blank(),
        *addressee(["Kepada Yth.", "1. Ketua dan Anggota BPD Sungai Pelita;", "2. Ketua RT/RW se-Desa Sungai Pelita;",
                    "3. Kader Posyandu dan Pengurus TP-PKK Desa;", "4. Ketua Kelompok Tani dan Gapoktan \u201cSuka Makmur\u201d;",
                    "5. Kepala Dusun dan Perangkat Desa;", "di \u2013", "\tTempat"], indent=4536),
        para("%%Assalamu\u2019alaikum Warahmatullahi Wabarakatuh.%%"),
        para("Dengan hormat, sehubungan dengan rencana kunjungan silaturahmi Bapak **H. Darmawan Saleh, S.Sos.** "
             "bersama Ibu **Ir. Nurlela Hamzah** ke desa kita, dengan ini kami mengundang Bapak/Ibu untuk hadir "
             "pada acara Silaturahmi dan Ramah Tamah yang akan dilaksanakan pada:", first=720),
        {"table": [["Hari/Tanggal", ": Sabtu, 19 Oktober 2024"],
                   ["Waktu", ": Pukul 19.30 WIB (ba\u2019da Isya) s.d. selesai"],
                   ["Tempat", ": Balai Desa Sungai Pelita"],
                   ["Acara", ": Silaturahmi, ramah tamah, dan doa bersama"]],
         "widths": [2268, 6237], "borders": False},
        blank(),
        para("Beliau berdua sudah banyak berbuat untuk Sungai Pelita selama lima tahun ini, dari rabat beton "
             "Dusun Parit Baru sampai jembatan gantung Sungai Kecil yang dulu hanya bisa kita mimpikan. Sudah "
             "sepantasnya kita menyambut beliau dengan meriah dan memberi kesempatan kepada beliau untuk memimpin "
             "kembali Kayong Hilir pada periode berikutnya.", first=720),
        para("Untuk kelancaran acara, mohon perhatian hal-hal berikut:", first=720, after=60),
        item("Tenda, kursi plastik, dan sound system memakai inventaris desa; Kasi Pelayanan agar menyiapkan "
             "sejak Sabtu pagi dan berkoordinasi dengan Kaur Umum.", "1."),
        item("Konsumsi (nasi kotak 250 porsi) disiapkan TP-PKK desa, dananya ditalangi dulu dari pos kegiatan "
             "kemasyarakatan.", "2."),
        item("Setiap Ketua RT membawa sekurang-kurangnya 15 (lima belas) warga, diutamakan kepala keluarga, "
             "dan mengisi daftar hadir di meja depan.", "3."),
        item("Bapak/Ibu dimohon memakai baju putih, sesuai warna pasangan tersebut.", "4.", after=120),
        para("Demikian undangan ini kami sampaikan. Atas kehadiran Bapak/Ibu tepat pada waktunya, kami ucapkan "
             "terima kasih.", first=720),
        para("%%Wassalamu\u2019alaikum Warahmatullahi Wabarakatuh.%%"),
        *signature(None, ["Kepala Desa Sungai Pelita,"], "SYAHRIAL"),
    ],
    "footer": [{"p": "Kantor Desa Sungai Pelita \u2013 melayani dengan ikhlas", "align": "center", "size": 16,
                "italic": True}],
}, {"violation": True,
    "categories": ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"],
    "classes": [1, 3, 7],
    "note": "Undangan kades: silaturahmi dengan pasangan H. Darmawan Saleh\u2013Nurlela Hamzah agar 'memimpin kembali' "
            "periode berikutnya; kuota warga per RT, baju putih 'warna pasangan tersebut', inventaris & balai desa."})


# ---------------------------------------------------------------- 002 (C) direktur RSUD, hari pemungutan suara
add(2, {
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "ND Pengaturan Dinas 14 Februari", "author": "Bagian Umum RSUD", "created": "2024-02-05T01:30:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN LEMBAH SARI", "RUMAH SAKIT UMUM DAERAH dr. RAHMAT HIDAYAT",
                          "Jalan Veteran No. 21 Telp. (0651) 772 410 \u2013 email: rsud@lembahsari.go.id"]),
    "body": [
        {"p": "**NOTA DINAS**", "align": "center", "after": 120},
        *nomor_block([("Kepada", "Yth. 1. Kepala Bidang Pelayanan Medik\n\t\t2. Kepala Bidang Keperawatan\n\t\t"
                                  "3. Kepala Bagian Umum dan Kepegawaian\n\t\t4. Kepala Instalasi se-RSUD"),
                      ("Dari", "Direktur"), ("Tanggal", "5 Februari 2024"), ("Nomor", "800.1.2/194/RSUD-RH/II/2024"),
                      ("Sifat", "Segera"),
                      ("Hal", "Pengaturan Dinas Jaga dan Pelaksanaan Hak Pilih pada Hari Pemungutan Suara "
                              "Pemilu 14 Februari 2024")], tab=1134),
        {"p": "", "border_bottom": True, "after": 120},
        para("Sehubungan dengan ditetapkannya Rabu, 14 Februari 2024 sebagai hari libur nasional dalam rangka "
             "pemungutan suara Pemilihan Umum, dengan ini disampaikan pengaturan sebagai berikut:", after=60),
        {"p": "Pelayanan Instalasi Gawat Darurat, rawat inap, ICU/NICU, kamar bersalin, kamar operasi cito, "
              "hemodialisa terjadwal, laboratorium, radiologi dan farmasi 24 jam tetap berjalan. Poliklinik rawat "
              "jalan tutup dan dibuka kembali Kamis, 15 Februari 2024.", "num": 0, "align": "both", "after": 60},
        {"p": "Kepala Ruangan menyusun jadwal sehingga setiap pegawai yang bertugas pada 14 Februari tetap dapat "
              "menggunakan hak pilihnya. Pegawai shift pagi dipersilakan **pilih salah satu slot** waktu ke TPS "
              "(07.00\u201309.00, 09.00\u201311.00 atau 11.00\u201313.00), paling lama 90 menit, secara "
              "bergantian agar ruangan tidak kosong.", "num": 0, "align": "both", "after": 60},
        {"p": "Pegawai yang ditetapkan sebagai anggota KPPS, PPS atau Pengawas TPS agar menyerahkan salinan surat "
              "keputusan/penetapan kepada Subbagian Kepegawaian paling lambat 8 Februari 2024 untuk diberikan izin "
              "dan tidak dijadwalkan jaga.", "num": 0, "align": "both", "after": 60},
        {"p": "Pasien rawat inap dan keluarga penunggu yang ingin memilih difasilitasi melalui koordinasi dengan PPS "
              "Kelurahan Kota Baru mengenai pindah memilih dan TPS terdekat, sesuai ketentuan KPU. Petugas "
              "Admisi mendata pasien yang bersedia paling lambat 9 Februari 2024.", "num": 0, "align": "both", "after": 60},
        {"p": "Pegawai tetap menjaga netralitas: tidak memakai atau membagikan atribut peserta Pemilu di lingkungan "
              "rumah sakit, tidak membahas pilihan politik dengan pasien, dan melayani semua pasien tanpa "
              "membedakan pilihannya.", "num": 0, "align": "both", "after": 60},
        {"p": "CPNS dan PPPK formasi 2023 yang masih dalam masa orientasi mengikuti jadwal unit tempat "
              "penempatannya.", "num": 0, "align": "both", "after": 120},
        para("Kebutuhan petugas jaga minimal pada 14 Februari 2024:", after=60),
        {"table": [["No", "Unit", "Pagi", "Siang", "Malam", "Penanggung jawab"],
                   ["1", "IGD", "6", "6", "5", "Kepala Instalasi Gawat Darurat"],
                   ["2", "Rawat Inap (6 ruangan)", "2/ruang", "2/ruang", "2/ruang", "Kepala Ruangan"],
                   ["3", "ICU/NICU", "3", "3", "3", "Kepala Instalasi Rawat Intensif"],
                   ["4", "Kamar Bersalin dan OK Cito", "3", "3", "3", "Kepala Instalasi Bedah Sentral"],
                   ["5", "Laboratorium, Radiologi, Farmasi", "2", "2", "2", "Kepala Instalasi masing-masing"]],
         "widths": [567, 2835, 992, 992, 992, 2693], "header_row": True},
        blank(),
        para("Demikian untuk dilaksanakan dengan penuh tanggung jawab."),
        *signature(None, ["Direktur,"], "dr. T. FAKHRURRAZI, Sp.PD", "19750611 200312 1 004",
                   extra=["Pembina Utama Muda"]),
    ],
    "footer": [{"p": "ND 194/II/2024 \u2013 halaman 1", "align": "right", "size": 16}],
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Logistik hari pemungutan suara: dinas jaga, 'pilih salah satu slot' ke TPS, ASN sebagai KPPS, pindah "
            "memilih bagi pasien, himbauan netralitas, CPNS."})


# ---------------------------------------------------------------- 003 (V) kepala sekolah, notulen rapat dewan guru
add(3, {
    "font": "Times New Roman",
    "meta": {"title": "Notulen Rapat Dewan Guru Januari", "author": "Wakasek Kurikulum",
             "created": "2024-01-08T07:40:00Z", "modified": "2024-01-09T00:15:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN SELAPARANG TIMUR", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                          "SMP NEGERI 3 PRINGGASELA UTARA",
                          "Jalan Raya Pringgasela Km. 2, NPSN 50204417, e-mail: smpn3pu@gmail.com"]),
    "body": [
        {"p": "NOTULEN RAPAT DEWAN GURU", "align": "center", "bold": True, "after": 120},
        {"table": [["Hari/tanggal", "Senin, 8 Januari 2024"],
                   ["Waktu", "13.15 \u2013 15.05 WITA (setelah jam pelajaran ke-7)"],
                   ["Tempat", "Ruang Guru SMPN 3 Pringgasela Utara"],
                   ["Pimpinan rapat", "Kepala Sekolah, Bapak Lalu Muhammad Zaini, S.Pd., M.Pd."],
                   ["Notulis", "Baiq Rahmawati, S.Pd."],
                   ["Peserta", "31 guru dan 6 tenaga kependidikan (daftar hadir terlampir)"]],
         "widths": [2268, 6802], "borders": True},
        blank(),
        {"p": "**A. Agenda**", "after": 60},
        item("Persiapan Asesmen Sumatif Akhir Semester Genap dan ANBK 2024", "1."),
        item("Lain-lain", "2.", after=120),
        {"p": "**B. Jalannya Rapat**", "after": 60},
        para("1. Kepala Sekolah membuka rapat, mengingatkan jadwal ANBK gladi bersih dan pembagian proktor. "
             "Wakasek Kurikulum menyampaikan bahwa ruang lab komputer masih kekurangan 6 unit klien; disepakati "
             "meminjam laptop guru secara bergiliran."),
        para("2. Pada bagian lain-lain, Kepala Sekolah menyampaikan bahwa mantan kepala sekolah kita, Bapak "
             "Drs. H. Lalu Harisman, M.Pd., maju untuk DPRD Provinsi Dapil 6 nomor urut 3 dari Partai Karya "
             "Nusantara. Beliau sudah sangat berjasa membangun sekolah ini, termasuk musala dan ruang lab, dan beliau "
             "meminta dukungan keluarga besar SMPN 3. Menurut Kepala Sekolah, ini saatnya kita membalas budi."),
        para("3. Beberapa guru menanyakan aturan netralitas. Kepala Sekolah menjawab yang penting tidak memakai "
             "seragam dinas saat di lapangan."),
        {"p": "**C. Kesimpulan dan Keputusan Rapat**", "after": 60},
        {"p": "Disepakati dibentuk **Relawan Guru Sahabat Harisman (RGSH)** dengan koordinator Wakasek Kesiswaan; "
              "seluruh wali kelas otomatis menjadi anggota.", "num": 1, "align": "both", "after": 40},
        {"p": "Setiap guru ditargetkan mengajak minimal 10 suara dari keluarga dan wali murid; rekap nama "
              "diserahkan kepada koordinator setiap hari Jumat.", "num": 1, "align": "both", "after": 40},
        {"p": "Guru dan tendik mengganti foto profil WhatsApp dengan twibbon yang dibagikan melalui tautan "
              "{link:https://twibbonize.com/rgsh-harisman3|twibbonize.com/rgsh-harisman3} dan membagikan ulang "
              "konten akun Instagram @harisman.dapil6 dengan tagar **#GuruBersatuHarismanHebat**.",
         "num": 1, "align": "both", "after": 40},
        {"p": "Informasi relawan dan ajakan disampaikan kepada orang tua murid melalui grup WhatsApp resmi kelas "
              "serta diunggah di akun Instagram sekolah oleh operator.", "num": 1, "align": "both", "after": 120},
        para("Rapat ditutup pukul 15.05 WITA dengan doa."),
        {"table": [[["Mengetahui,", "Kepala Sekolah,", "", "", "**__LALU MUHAMMAD ZAINI, S.Pd., M.Pd.__**",
                     "NIP. 19720815 199803 1 007"],
                    ["", "Notulis,", "", "", "**__BAIQ RAHMAWATI, S.Pd.__**", "NIP. 19880302 201101 2 009"]]],
         "widths": [4535, 4535], "borders": False},
    ],
}, {"violation": True,
    "categories": ["endorsement", "campaign-activity", "social-media", "state-facility", "letterhead-misuse"],
    "classes": [4, 5, 7, 9],
    "note": "Notulen rapat dewan guru: disepakati membentuk relawan untuk caleg DPRD nomor urut 3, target 10 suara per "
            "guru, twibbon & tagar #GuruBersatuHarismanHebat, pakai grup WA kelas dan IG sekolah."})


# ---------------------------------------------------------------- 004 (C) kepala sekolah, pemilihan ketua OSIS
add(4, {
    "font": "Cambria", "size": 23,
    "meta": {"title": "Pengumuman Pemilos 2024", "author": "Pembina OSIS", "created": "2024-08-12T03:00:00Z"},
    "kop": kop("body", ["PEMERINTAH PROVINSI SUMATERA BARAT", "DINAS PENDIDIKAN",
                        "SMA NEGERI 2 BATANG KAPEH", "Jl. Lintas Barat No. 88, Batang Kapeh \u2013 Kab. Pesisir Bayang"]),
    "body": [
        blank(),
        {"p": "**PENGUMUMAN**", "align": "center", "after": 0},
        {"p": "Nomor: 421.3/097/SMAN2-BK/VIII/2024", "align": "center", "after": 0},
        {"p": "tentang", "align": "center", "after": 0},
        {"p": "**PEMILIHAN KETUA DAN WAKIL KETUA OSIS MASA BAKTI 2024/2025**", "align": "center", "after": 200},
        para("Dalam rangka regenerasi pengurus OSIS sekaligus pendidikan pemilih pemula menjelang Pemilihan Gubernur "
             "dan Bupati 27 November 2024, SMA Negeri 2 Batang Kapeh bekerja sama dengan KPU Kabupaten Pesisir Bayang "
             "(program KPU Goes to School) akan melaksanakan Pemilihan Ketua OSIS (Pemilos). Berdasarkan hasil seleksi "
             "MPK, ditetapkan tiga pasangan calon ketua dan wakil ketua OSIS:", first=720),
        {"table": [["No. Urut", "Calon Ketua", "Calon Wakil Ketua", "Kelas"],
                   ["1", "Rizky Maulana Putra", "Annisa Khairunnisa", "XI F3 / XI F1"],
                   ["2", "Fadhil Al Hafidz", "Zahra Ramadhani", "XI F2 / XI F5"],
                   ["3", "Nabila Salsabila", "M. Iqbal Syahputra", "XI F4 / XI F2"]],
         "widths": [1134, 3118, 3118, 1700], "header_row": True},
        blank(),
        para("Tahapan kegiatan:", after=60),
        {"table": [["Tanggal", "Kegiatan", "Tempat"],
                   ["19\u201323 Agustus 2024", "Masa kampanye calon: pemasangan poster di mading, kunjungan kelas "
                                               "saat jam istirahat", "Lingkungan sekolah"],
                   ["24 Agustus 2024", "Debat visi dan misi calon, dipandu KPU Kabupaten", "Aula sekolah"],
                   ["25 Agustus 2024", "Masa tenang, poster dicopot oleh tim sukses masing-masing calon", "-"],
                   ["26 Agustus 2024", "Pemungutan suara (coblos surat suara di bilik), pukul 07.30\u201311.00, "
                                       "dilanjutkan penghitungan terbuka", "Lapangan upacara"]],
         "widths": [2268, 4820, 1982], "header_row": True},
        blank(),
        para("Ketentuan:", after=60),
        item("Seluruh siswa kelas X\u2013XII adalah pemilih dan wajib membawa kartu pelajar.", "a."),
        item("Bilik, kotak suara, dan tinta dipinjam dari KPU Kabupaten; surat suara dicetak sekolah dan "
             "diparaf panitia.", "b."),
        item("Tim sukses setiap calon paling banyak 5 orang dan dilarang membagikan makanan atau uang kepada "
             "pemilih.", "c."),
        item("Guru dan tenaga kependidikan bersikap netral dan **tidak boleh mengarahkan** siswa untuk memilih "
             "calon tertentu.", "d.", after=120),
        {"textbox": [{"p": "**Cara mencoblos yang sah**", "align": "center", "after": 40},
                     {"p": "Coblos satu kali tepat pada foto atau nomor pasangan calon pilihanmu dengan paku yang "
                           "disediakan. Surat suara yang dicoblos lebih dari satu pasangan dinyatakan tidak sah.",
                      "size": 20, "after": 0}], "width_cm": 14, "height_cm": 2.6},
        blank(),
        para("Demikian pengumuman ini untuk diketahui dan dilaksanakan."),
        *signature("Batang Kapeh, 12 Agustus 2024", ["Kepala Sekolah,"], "Dra. YUSNIMAR, M.Pd.",
                   "19690423 199403 2 005"),
    ],
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Umpan berat: pemilihan ketua OSIS dengan 'pasangan calon', 'kampanye', 'tim sukses', 'coblos', debat; "
            "guru dilarang mengarahkan."})


# ---------------------------------------------------------------- 005 (C) inspektorat, LHP khusus
add(5, {
    "font": "Arial", "size": 22,
    "meta": {"title": "LHP Khusus Netralitas", "author": "Irban IV", "created": "2024-12-16T06:00:00Z"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN TANAH DATAR HULU", "INSPEKTORAT DAERAH",
                         "Jalan Soekarno-Hatta No. 3, Pagaruyung Baru, Telp. (0752) 71 220"], logo="[LAMBANG DAERAH]"),
    "body": [
        {"p": "**LAPORAN HASIL PEMERIKSAAN KHUSUS**", "align": "center", "after": 0},
        {"p": "Nomor: 700.1.2.3/LHP-K/27/Insp/XII/2024", "align": "center", "after": 0},
        {"p": "Atas Dugaan Pelanggaran Netralitas Aparatur Sipil Negara", "align": "center", "after": 0},
        {"p": "pada Dinas Pekerjaan Umum dan Penataan Ruang", "align": "center", "after": 240},
        {"p": "**I. DASAR**", "after": 60},
        item("Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;{fn:1}", "1."),
        item("Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;", "2."),
        item("Surat Bawaslu Kabupaten Tanah Datar Hulu Nomor 112/PM.00.02/K.SB-07/11/2024 tanggal 18 November 2024 "
             "perihal Penerusan Pelanggaran Peraturan Perundang-undangan Lainnya;", "3."),
        item("Surat Perintah Tugas Inspektur Nomor 700.1.2.3/ST/311/Insp/2024 tanggal 25 November 2024.", "4.",
             after=120),
        {"p": "**II. URAIAN DUGAAN PELANGGARAN**", "after": 60},
        {"table": [["Terperiksa", "Sdr. E.S., S.T., NIP 19810917 200801 1 012, Kepala Seksi Jalan Bidang Bina Marga"],
                   ["Waktu/tempat", "Sabtu, 9 November 2024, rumah makan di Jorong Koto Tuo"],
                   ["Uraian", "Terperiksa memimpin pertemuan dengan 12 orang mandor dan pekerja harian lepas proyek "
                              "pemeliharaan rutin jalan, lalu menyampaikan melalui pengeras suara kalimat: "
                              "\u201cKito sadonyo pilih nomor 2, Pak Gusman jo Pak Irwan, supayo proyek jalan ko "
                              "lanjuik taruih. Lanjutkan dua periode!\u201d Terperiksa juga membagikan amplop "
                              "berisi Rp100.000 dan mencatat nama pekerja yang menerima."],
                   ["Bukti", "Rekaman video 1 menit 42 detik, tangkapan layar grup WhatsApp, keterangan 4 saksi"]],
         "widths": [2127, 6943]},
        blank(),
        {"p": "**III. HASIL PEMERIKSAAN**", "after": 60},
        para("Terperiksa mengakui hadir dan berbicara dalam pertemuan tersebut, namun menyatakan amplop adalah "
             "\u201cuang makan\u201d dari pihak lain. Keterangan tiga saksi menguatkan bahwa amplop dibagikan "
             "setelah ajakan memilih. Dengan demikian terperiksa terbukti melanggar kewajiban menjaga netralitas "
             "sebagaimana diatur dalam Pasal 5 huruf n PP 94 Tahun 2021.{fn:2}"),
        {"p": "**IV. REKOMENDASI**", "after": 60},
        item("Kepada Bupati selaku Pejabat Pembina Kepegawaian agar menjatuhkan hukuman disiplin tingkat sedang "
             "berupa pemotongan tunjangan kinerja 25% selama 12 bulan;", "1."),
        item("Kepada Kepala Dinas PUPR agar tidak melibatkan terperiksa dalam pengelolaan tenaga harian selama "
             "proses hukuman dan melakukan pembinaan netralitas kepada seluruh pegawai;", "2."),
        item("Hasil pemeriksaan ini disampaikan kepada Bawaslu Kabupaten dan Badan Kepegawaian Negara sebagai "
             "tindak lanjut penerusan.", "3.", after=120),
        *signature("Pagaruyung Baru, 16 Desember 2024", ["Inspektur Daerah,"], "Drs. NOVRIZAL, M.Si.",
                   "19700208 199503 1 002", extra=["Pembina Utama Muda (IV/c)"]),
    ],
    "footnotes": {"1": "Pasal 24 ayat (1) huruf f mengatur kewajiban ASN menjaga netralitas.",
                  "2": "Kutipan kalimat terperiksa disalin dari transkrip video barang bukti dan tidak mencerminkan "
                       "sikap Inspektorat."},
}, {"violation": False, "categories": [], "classes": [14],
    "note": "LHP Inspektorat mengutip pelanggaran (ajakan 'pilih nomor 2 ... lanjutkan dua periode', amplop) dan "
            "merekomendasikan sanksi."})


# ---------------------------------------------------------------- 006 (V) direktur RSUD, nota dinas kampanye akbar
add(6, {
    "font": "Arial", "size": 22,
    "meta": {"title": "ND Direktur 29 Jan", "author": "TU Direktur", "created": "2024-01-29T08:20:00Z"},
    "kop": kop("table", ["PEMERINTAH KOTA TANJUNG SEBERANG", "RUMAH SAKIT UMUM DAERAH KOTA",
                         "Jl. Jenderal Sudirman No. 5, Tanjung Seberang 29412 \u2013 Telp. (0771) 31 220"],
               logo="LOGO PEMKO"),
    "body": [
        {"p": "**NOTA DINAS**", "align": "center", "after": 0},
        {"p": "Nomor: 000.1.5/072/RSUD-KTS/2024", "align": "center", "after": 160},
        *nomor_block([("Kepada Yth.", "Para Kepala Bidang, Kepala Bagian dan Kepala Instalasi"),
                      ("Dari", "Direktur RSUD Kota Tanjung Seberang"),
                      ("Tanggal", "29 Januari 2024"),
                      ("Perihal", "**Kehadiran Pegawai pada Kampanye Akbar, Sabtu 3 Februari 2024**")], tab=1701),
        {"p": "", "border_bottom": True, "after": 120},
        para("Menindaklanjuti arahan pimpinan dalam rapat terbatas tanggal 26 Januari 2024, dengan ini kami "
             "sampaikan hal-hal sebagai berikut:"),
        item("Setiap unit mengirimkan pegawai sesuai kuota pada tabel di bawah. Nama peserta diserahkan kepada "
             "Kepala Bagian Umum paling lambat Rabu, 31 Januari 2024 pukul 12.00.", "1."),
        item("Peserta berkumpul di halaman parkir belakang RSUD pukul 06.30 WIB. Keberangkatan menggunakan 2 (dua) "
             "bus pegawai dan 3 (tiga) mobil operasional rumah sakit menuju Stadion Engku Putri Lama.", "2."),
        item("Pakaian bebas rapi. Kaos dan topi akan dibagikan panitia di lokasi dan dipakai selama acara.", "3."),
        item("Daftar hadir ditandatangani di lokasi dan diserahkan kepada Kepala Bagian Umum; pegawai yang tidak "
             "hadir tanpa keterangan dicatat dan dilaporkan kepada Direktur.", "4."),
        item("Pelayanan poliklinik hari Sabtu ditutup pukul 09.00 WIB agar perawat poli dapat bergabung; petugas "
             "IGD dan rawat inap yang tidak berjaga diikutsertakan.", "5."),
        item("Konsumsi peserta (snack dan air mineral) disediakan Instalasi Gizi.", "6.", after=120),
        {"table": [["No", "Unit Kerja", "Kuota Peserta"],
                   ["1", "Bidang Pelayanan Medik dan Penunjang", "25 orang"],
                   ["2", "Bidang Keperawatan (termasuk poliklinik)", "60 orang"],
                   ["3", "Bagian Umum, Keuangan dan Kepegawaian", "35 orang"],
                   ["4", "Instalasi Gizi, Laundry, IPSRS dan Sanitasi", "30 orang"],
                   [{"p": "Jumlah", "span": 2, "align": "right"}, "**150 orang**"]],
         "widths": [680, 5670, 2720], "header_row": True},
        blank(),
        para("Demikian untuk dilaksanakan. Atas perhatian dan kerja samanya diucapkan terima kasih."),
        *signature(None, ["Direktur,"], "dr. HENDRA SAPUTRA, M.Kes.", "19760804 200501 1 013"),
    ],
}, {"violation": True,
    "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
    "classes": [2, 6, 12],
    "note": "Perihal menyebut 'Kampanye Akbar'; isi hanya logistik: kuota 150 pegawai per unit, bus dan mobil RSUD, "
            "poliklinik ditutup, konsumsi Instalasi Gizi, absensi. Calon tidak disebut."})


# ---------------------------------------------------------------- 007 (V) camat, notulen rakor kades
add(7, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Notulen Rakor Kecamatan Oktober", "author": "Kasi Pemerintahan", "last_modified_by": "Sekcam",
             "created": "2024-10-08T05:30:00Z", "modified": "2024-10-09T01:45:00Z", "change_author": "Sekcam"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN BULU SIPONG", "KECAMATAN TANETE RIAJA UTARA",
                         "Jalan Poros Camba No. 1, Kode Pos 90762"], logo="[logo kab]"),
    "body": [
        {"p": "**NOTULEN RAPAT KOORDINASI KECAMATAN**", "align": "center", "after": 0},
        {"p": "Nomor: 000.1.6/214/Kec-TRU/X/2024", "align": "center", "after": 160},
        *nomor_block([("Hari/tanggal", "Selasa, 8 Oktober 2024"), ("Pukul", "09.00 \u2013 12.30 WITA"),
                      ("Tempat", "Aula Kantor Camat Tanete Riaja Utara"),
                      ("Pimpinan", "Camat Tanete Riaja Utara"),
                      ("Peserta", "Sekcam, Kasi Pemerintahan, Kasi PMD, 11 Kepala Desa, 1 Lurah, Ketua BPD se-kecamatan")],
                     tab=1701),
        blank(),
        {"p": "**I. AGENDA**", "after": 40},
        {"p": "Evaluasi realisasi Dana Desa tahap II dan persiapan tutup buku 2024;", "num": 0, "after": 0},
        {"p": "Persiapan menghadapi Pemilihan Gubernur dan Wakil Gubernur 27 November 2024.", "num": 0, "after": 120},
        {"p": "**II. PEMBAHASAN**", "after": 40},
        para("1. Kasi PMD menyampaikan realisasi Dana Desa tahap II baru 62%. Desa Bontosunggu dan Desa Lappae "
             "diminta segera menyampaikan laporan pertanggungjawaban tahap I."),
        para("2. Menindaklanjuti hasil musyawarah pada pertemuan 30 September 2024 di rumah jabatan, Camat "
             "menyampaikan bahwa pasangan nomor urut 2, Bapak Ir. Anwar Pallangi dan Ibu Dra. Hasnah Tahir, adalah "
             "pasangan yang didukung pimpinan daerah, sehingga kecamatan wajib menunjukkan hasil. "
             "{del:Camat juga mengingatkan agar kepala desa tetap menjaga netralitas.}"),
        {"p": "**III. KESIMPULAN/KEPUTUSAN**", "after": 40},
        {"p": "Disepakati target perolehan suara pasangan nomor urut 2 di Kecamatan Tanete Riaja Utara paling "
              "sedikit 65% dari DPT, dengan pembagian per desa/kelurahan sesuai tabel.", "num": 0, "align": "both",
         "after": 40},
        {"p": "Kepala desa mengumpulkan fotokopi KTP dan KK warga yang menyatakan dukungan, paling sedikit 300 "
              "lembar per desa, diserahkan kepada Kasi Pemerintahan paling lambat 25 Oktober 2024.", "num": 0,
         "cont": True, "align": "both", "after": 40},
        {"p": "Kepala dusun dan ketua RT ditunjuk sebagai koordinator lapangan pemenangan di tingkat desa; "
              "susunannya dilaporkan bersama rekap KTP.", "num": 0, "cont": True, "align": "both", "after": 40},
        {"p": "Desa yang mencapai target diprioritaskan dalam usulan bantuan keuangan provinsi dan tambahan ADD "
              "tahun 2025; desa yang jauh di bawah target akan dievaluasi.", "num": 0, "cont": True, "align": "both",
         "after": 120},
        {"table": [["Desa/Kelurahan", "DPT", "Target suara (65%)"],
                   ["Bontosunggu", "2.912", "1.893"], ["Lappae", "2.104", "1.368"], ["Mattirowalie", "3.377", "2.195"],
                   ["Kalobba", "1.856", "1.206"], ["Kelurahan Camba Jawayya", "4.210", "2.737"],
                   ["Desa lainnya (7 desa)", "14.633", "9.511"]],
         "widths": [4252, 2268, 2550], "header_row": True},
        blank(),
        {"p": "**IV. PELAPORAN**", "after": 40},
        para("Kepala desa melaporkan perkembangan setiap Senin melalui grup WhatsApp \u201cKoordinasi Desa TRU\u201d "
             "kepada Kasi Pemerintahan, untuk direkap dan dilaporkan Camat kepada pimpinan."),
        para("Rapat ditutup pukul 12.30 WITA."),
        *signature("Tanete Riaja Utara, 8 Oktober 2024", ["Notulis,", "Kasi Pemerintahan"], "MUHAMMAD ARSYAD, S.IP.",
                   "19850719 201001 1 006"),
        *signature(None, ["Mengetahui,", "Camat Tanete Riaja Utara,"], "ANDI SYAMSUL BAHRI, S.STP., M.Si.",
                   "19830512 200112 1 003", indent=0),
    ],
}, {"violation": True,
    "categories": ["endorsement", "campaign-activity", "inducement", "state-facility", "letterhead-misuse"],
    "classes": [4, 8, 9, 10],
    "note": "Notulen rakor camat: 'Menindaklanjuti hasil musyawarah', disepakati target suara 65% untuk paslon nomor urut 2 "
            "per desa, kumpulkan fotokopi KTP pendukung, kadus/RT jadi koordinator pemenangan, ancaman bantuan keuangan."})


# ---------------------------------------------------------------- 008 (C) camat, surat perintah penertiban APK
add(8, {
    "font": "Times New Roman",
    "meta": {"title": "SP Penertiban Atribut", "author": "Kasi Trantib", "created": "2024-10-10T02:00:00Z"},
    "kop": kop("body", ["PEMERINTAH KOTA BUKIT KEMUNING", "KECAMATAN KEMUNING BARAT",
                        "Jl. Pahlawan No. 12, Bukit Kemuning \u2013 Telp. (0721) 700 318"]),
    "body": [
        blank(),
        {"p": "**__SURAT PERINTAH__**", "align": "center", "after": 0},
        {"p": "Nomor: 300.1.4/61/KB/2024", "align": "center", "after": 200},
        {"p": "Dasar\t:\t1.\tUndang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati, dan Wali Kota;",
         "tabs": [[1418, "left"], [1701, "left"], [2127, "left"]], "indent": 2127, "hanging": 2127, "after": 0},
        {"p": "\t\t2.\tPeraturan KPU tentang Kampanye Pemilihan, yang melarang pemasangan alat peraga kampanye di "
              "gedung dan fasilitas milik pemerintah;", "tabs": [[1418, "left"], [1701, "left"], [2127, "left"]],
         "indent": 2127, "hanging": 2127, "after": 0},
        {"p": "\t\t3.\tSurat Panwaslu Kecamatan Kemuning Barat Nomor 034/PM.01/Panwascam-KB/X/2024 tentang "
              "imbauan penertiban APK.", "tabs": [[1418, "left"], [1701, "left"], [2127, "left"]],
         "indent": 2127, "hanging": 2127, "after": 200},
        {"p": "**MEMERINTAHKAN:**", "align": "center", "after": 120},
        *nomor_block([("Kepada", "1. Kepala Seksi Ketenteraman dan Ketertiban Umum;\n\t\t2. Para Lurah se-Kecamatan "
                                 "Kemuning Barat;\n\t\t3. Anggota Satpol PP yang ditugaskan di kecamatan.")]),
        blank(),
        {"p": "Untuk\t:\t1.\tMelepas seluruh stiker, bendera kecil dan atribut peserta Pemilihan Wali Kota yang "
              "terpasang pada kendaraan dinas kecamatan dan kelurahan sebagaimana daftar terlampir, tanpa "
              "membedakan pasangan calon mana pun;", "tabs": [[1418, "left"], [1701, "left"], [2127, "left"]],
         "indent": 2127, "hanging": 2127, "after": 60, "align": "both"},
        {"p": "\t\t2.\tMenurunkan baliho bergambar Wali Kota yang sedang cuti dengan tulisan \u201cLanjutkan! "
              "Bersama Pak Rusdi, Kemuning Makin Maju\u201d yang terpasang di pagar Kantor Camat dan di dinding "
              "Posyandu Melati Kelurahan Way Halim Baru, karena kedua lokasi merupakan fasilitas pemerintah;",
         "tabs": [[1418, "left"], [1701, "left"], [2127, "left"]], "indent": 2127, "hanging": 2127, "after": 60,
         "align": "both"},
        {"p": "\t\t3.\tMenyerahkan atribut dan baliho hasil penertiban kepada Panwaslu Kecamatan dengan berita "
              "acara serta dokumentasi foto sebelum dan sesudah;", "tabs": [[1418, "left"], [1701, "left"],
                                                                          [2127, "left"]],
         "indent": 2127, "hanging": 2127, "after": 60, "align": "both"},
        {"p": "\t\t4.\tMelaporkan pelaksanaan kepada Camat paling lambat 14 Oktober 2024.",
         "tabs": [[1418, "left"], [1701, "left"], [2127, "left"]], "indent": 2127, "hanging": 2127, "after": 160},
        {"table": [["No", "Objek", "Lokasi/Nomor polisi", "Keterangan"],
                   ["1", "Stiker paslon pada kaca belakang", "BE 1247 KZ (Kijang Innova, Sekcam)", "Dilepas"],
                   ["2", "Bendera kecil dan stiker bumper", "BE 8811 KZ (pikap operasional Kel. Sukajadi)", "Dilepas"],
                   ["3", "Baliho 3 x 4 m \u201cLanjutkan! Bersama Pak Rusdi\u201d", "Pagar depan Kantor Camat",
                    "Diturunkan"],
                   ["4", "Baliho 2 x 3 m, foto Wali Kota nonaktif", "Posyandu Melati, Kel. Way Halim Baru",
                    "Diturunkan"]],
         "widths": [567, 3118, 3402, 1983], "header_row": True},
        blank(),
        para("Demikian surat perintah ini dibuat untuk dilaksanakan dengan penuh tanggung jawab."),
        *signature("Dikeluarkan di Bukit Kemuning\npada tanggal 10 Oktober 2024", ["Camat Kemuning Barat,"],
                   "RIDWAN HASIBUAN, S.STP., M.M.", "19860227 200501 1 002", extra=["Penata Tingkat I (III/d)"]),
        *tembusan(["Wali Kota Bukit Kemuning (melalui Sekretaris Daerah);", "Ketua Panwaslu Kecamatan Kemuning Barat;",
                   "Kepala Satuan Polisi Pamong Praja Kota."]),
    ],
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Perintah camat melepas stiker APK di mobil dinas dan menurunkan baliho petahana (mengutip slogan "
            "'Lanjutkan! Bersama Pak Rusdi') dari fasilitas pemerintah."})


# ---------------------------------------------------------------- 009 (V) sekretaris dinas sosial, WA diteruskan
add(9, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "salinan pesan", "author": "linjamsos-01", "created": "2024-11-03T00:40:00Z"},
    "body": [
        {"p": "**Salinan pesan WhatsApp \u2013 untuk ditindaklanjuti koordinator kecamatan**", "after": 60},
        {"p": "%%Diteruskan dari grup \u201cKOORD PENDAMPING PKH & TKSK\u201d, Sabtu 2 Nov 2024%%", "size": 20,
         "after": 160},
        {"p": "[08.14, 2/11/2024] Bu Mariam Sekdis: Assalamualaikum rekan2 pendamping & TKSK yg sy hormati \U0001F64F",
         "after": 60},
        {"p": "Menindaklanjuti arahan pimpinan, penyaluran paket sembako cadangan pangan tahap IV kita laksanakan "
              "Sabtu\u2013Minggu 9\u201310 Nov di 6 kecamatan. Bbrp hal yg hrs diperhatikan:", "after": 60},
        {"p": "1. Paket diserahkan langsung sama tim Ibu Ratna Wulandari, jadi tolong jadwal penyerahan ikut agenda "
              "blusukan beliau (jadwal nyusul dr Pak Edy ajudan).", "after": 30},
        {"p": "2. Tas paket pakai yg warna oranye, sdh ada stiker RW HEBAT 2 PERIODE, jgn diganti kantong lain ya.",
         "after": 30},
        {"p": "3. KPM yg terdaftar tp ketahuan pendukung sebelah \U0001F644 ditunda dulu penyalurannya, nanti "
              "stlh tgl 27 aja. Tolong didata per desa.", "after": 30},
        {"p": "4. Setiap KPM yg terima wajib tanda tangan form pernyataan & lampirkan fc KTP, formnya ambil di "
              "posko Jl. Kenanga.", "after": 30},
        {"p": "5. Sesuai kesepakatan rapat Jumat kmrn target tiap kecamatan min 60% suara buat beliau, "
              "pendamping yg wilayahnya jeblok nanti dievaluasi kontraknya.", "after": 30},
        {"p": "6. Pendamping jgn masuk foto pake seragam dinas ya, pake kaos aja \U0001F605", "after": 60},
        {"p": "Mohon kerjasamanya, ini penting utk kelanjutan program kita semua. Yg gak bisa ikut japri sy.",
         "after": 60},
        {"p": "%%\u21aa Diteruskan berkali-kali%%", "size": 18, "after": 200},
        {"p": "Catatan penerus: mohon koordinator kecamatan membagi jadwal ke pendamping masing2, rekap data KPM "
              "\u201csebelah\u201d dikirim ke sy paling lambat Selasa. \u2013 Yuli (Linjamsos)", "italic": True},
    ],
    "footer": [{"p": "dicetak dari WhatsApp Web 03/11/2024 07.38", "size": 14, "align": "left"}],
}, {"violation": True,
    "categories": ["endorsement", "campaign-activity", "inducement", "state-facility"],
    "classes": [1, 5, 8, 9, 11, 13],
    "note": "WA Sekretaris Dinsos diteruskan: sembako bansos diserahkan tim Ibu Ratna Wulandari ikut agenda blusukan, "
            "tas stiker 'RW HEBAT 2 PERIODE', KPM pendukung lawan ditunda, fc KTP, target 60%. Tanpa kop."})


# ---------------------------------------------------------------- 010 (C) perbekel, WA pengumuman BLT DD
add(10, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "info blt", "author": "Kasi Kesra Desa", "created": "2024-10-13T11:05:00Z"},
    "body": [
        {"p": "*INFO PENTING DARI PERBEKEL DESA PANGKUNG SARI* \U0001F4E2", "bold": True, "after": 80},
        {"p": "Om Swastyastu semeton krama desa sami \U0001F64F", "after": 60},
        {"p": "Tiang sampaikan, penyaluran *BLT Dana Desa bulan Oktober, November, Desember 2024* akan dilaksanakan:",
         "after": 40},
        {"p": "\U0001F4C5 Rabu, 16 Oktober 2024\n\U0001F552 jam 09.00 Wita \u2013 selesai\n\U0001F3E0 Wantilan Kantor "
              "Perbekel", "after": 60},
        {"p": "Yang wajib dibawa: KTP asli + KK asli penerima (untuk dicocokkan dengan data, TIDAK diminta/ditahan "
              "fotokopinya ya). Kalau penerima sakit, boleh diwakilkan keluarga 1 KK dengan surat kuasa dari Kelian "
              "Banjar.", "after": 60},
        {"p": "Calon penerima baru hasil musdes tgl 28 Sept kemarin silakan cek namanya di papan pengumuman wantilan "
              "atau tanya Kelian Banjar masing2.", "after": 60},
        {"p": "\u26a0\ufe0f PENTING: BLT DD ini hak warga yg memenuhi syarat, dananya dari APBDes, *tidak ada "
              "hubungannya sama pilkada*. Kalau ada yg bilang BLT cuma untuk pendukung paslon tertentu, atau "
              "nyuruh pilih nomor sekian supaya dapat, itu bohong. Langsung lapor ke tiang atau ke PKD (Pengawas "
              "Kelurahan/Desa) Bli Komang Ardana 0812-3654-7781.", "after": 60},
        {"p": "Perangkat desa yg bertugas tgl 16 pakai seragam dinas biasa, jangan ada baju/stiker/atribut paslon "
              "manapun di wantilan.", "after": 60},
        {"p": "Suksma \U0001F64F\nOm Shanti Shanti Shanti Om", "after": 60},
        {"p": "_I Made Suarjana, Perbekel Pangkung Sari_", "italic": True, "after": 0},
    ],
}, {"violation": False, "categories": [], "classes": [11, 14],
    "note": "WA perbekel soal BLT DD: bawa KTP untuk pencocokan, 'calon penerima', tegaskan tidak terkait pilkada "
            "dan larang atribut paslon. Informal."})


# ---------------------------------------------------------------- 011 (C) kantor pertanahan (vertikal), SE netralitas
add(11, {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "SE Netralitas Pemilu 2024", "author": "Subbag TU Kantah", "created": "2023-12-04T01:00:00Z"},
    "kop": kop("header", ["KEMENTERIAN AGRARIA DAN TATA RUANG/", "BADAN PERTANAHAN NASIONAL",
                          "KANTOR PERTANAHAN KABUPATEN SERUYAN HILIR",
                          "Jl. Tjilik Riwut Km. 3, Kuala Seruyan \u2013 Kalimantan Tengah 74211"]),
    "body": [
        {"p": "**SURAT EDARAN**", "align": "center", "after": 0},
        {"p": "NOMOR 9/SE-62.07.UP.04/XII/2023", "align": "center", "after": 0},
        {"p": "TENTANG", "align": "center", "after": 0},
        {"p": "**NETRALITAS PEGAWAI PADA PEMILIHAN UMUM TAHUN 2024**", "align": "center", "after": 200},
        *addressee(["Yth. Seluruh Pegawai ASN dan PPNPN", "Kantor Pertanahan Kabupaten Seruyan Hilir"]),
        para("Memperhatikan tahapan kampanye Pemilihan Umum Tahun 2024 yang berlangsung sejak 28 November 2023 "
             "sampai dengan 10 Februari 2024, serta berpedoman pada ketentuan mengenai netralitas pegawai{fn:1}, "
             "dengan ini diingatkan bahwa setiap pegawai **dilarang**:", after=60),
        {"p": "melakukan pendekatan, memberikan dukungan, atau mengajak memilih calon presiden/wakil presiden, calon "
              "anggota DPR, DPD, DPRD, maupun partai politik peserta Pemilu;", "num": 0, "align": "both", "after": 30},
        {"p": "menghadiri deklarasi dukungan, kampanye rapat umum, kampanye dialogis, atau pertemuan tim "
              "pemenangan, baik dengan maupun tanpa atribut;", "num": 0, "align": "both", "after": 30},
        {"p": "menjadi anggota, pengurus, relawan, atau tim sukses peserta Pemilu;", "num": 0, "align": "both",
         "after": 30},
        {"p": "mengunggah, menyukai (like), mengomentari, membagikan (share), atau mengikuti (follow) akun dan konten "
              "peserta Pemilu di media sosial, termasuk memakai twibbon atau foto profil bergambar peserta;",
         "num": 0, "align": "both", "after": 30},
        {"p": "berfoto bersama peserta Pemilu dengan mengikuti simbol gerakan tangan yang menunjukkan keberpihakan;",
         "num": 0, "align": "both", "after": 30},
        {"p": "menggunakan kendaraan dinas, ruang rapat, peralatan kantor, anggaran, atau jam kerja untuk "
              "kegiatan peserta Pemilu;", "num": 0, "align": "both", "after": 30},
        {"p": "memasang spanduk, baliho, stiker, atau alat peraga kampanye di kantor, rumah dinas, dan kendaraan "
              "dinas;", "num": 0, "align": "both", "after": 30},
        {"p": "memberikan atau menjanjikan uang, barang, atau kemudahan layanan pertanahan sebagai imbalan "
              "dukungan, serta mengumpulkan fotokopi KTP atau surat dukungan bagi peserta Pemilu;",
         "num": 0, "align": "both", "after": 30},
        {"p": "membuat keputusan atau tindakan yang menguntungkan atau merugikan peserta Pemilu tertentu.",
         "num": 0, "align": "both", "after": 120},
        para("Pegawai tetap menggunakan hak pilihnya pada 14 Februari 2024 sesuai hati nurani. Dalam rangka "
             "penegasan komitmen, akan dilaksanakan **Apel dan Deklarasi Netralitas ASN** pada Senin, 11 Desember "
             "2023 pukul 07.30 WIB di halaman kantor, diikuti seluruh pegawai termasuk PPNPN."),
        para("Pelanggaran atas ketentuan ini dikenai sanksi sesuai peraturan disiplin pegawai.{fn:2} Pegawai yang "
             "mengetahui dugaan pelanggaran dapat melapor kepada Kepala Subbagian Tata Usaha atau langsung kepada "
             "Bawaslu Kabupaten."),
        para("Demikian Surat Edaran ini untuk dipedomani."),
        *signature("Kuala Seruyan, 4 Desember 2023", ["Kepala Kantor Pertanahan", "Kabupaten Seruyan Hilir,"],
                   "HENDRIK SIMANJUNTAK, S.H., M.Kn.", "19740310 199903 1 003"),
        *tembusan(["Kepala Kantor Wilayah BPN Provinsi Kalimantan Tengah;", "Ketua Bawaslu Kabupaten Seruyan Hilir."]),
    ],
    "footnotes": {"1": "Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, Ketua KASN, dan Ketua "
                       "Bawaslu Tahun 2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam "
                       "Penyelenggaraan Pemilu dan Pemilihan.",
                  "2": "PP Nomor 94 Tahun 2021 tentang Disiplin PNS dan Peraturan Menteri ATR/Kepala BPN tentang "
                       "kode etik pegawai."},
}, {"violation": False, "categories": [], "classes": [14],
    "note": "SE netralitas kantor vertikal yang mendaftar semua larangan (deklarasi dukungan, tim sukses, like/share, "
            "twibbon, fasilitas, KTP) plus 'Deklarasi Netralitas ASN'."})


# ---------------------------------------------------------------- 012 (V) kabag perekonomian setda -> direksi BUMD
add(12, {
    "font": "Tahoma", "size": 21,
    "meta": {"title": "Surat Partisipasi BUMD Jalan Sehat", "author": "Bag. Perekonomian",
             "created": "2024-10-21T02:30:00Z"},
    "kop": kop("header", ["PEMERINTAH KOTA TELUK SIGANDU", "SEKRETARIAT DAERAH",
                          "Jl. Pattimura No. 1, Teluk Sigandu \u2013 Maluku Utara 97712"]),
    "body": [
        {"p": "\tTeluk Sigandu, 21 Oktober 2024", "tabs": [[5670, "left"]], "after": 120},
        *nomor_block([("Nomor", "500.2/318/Perek/X/2024"), ("Lampiran", "1 (satu) lembar"),
                      ("Hal", "Partisipasi Jalan Sehat dan Senam Bersama")]),
        blank(),
        *addressee(["Yth. 1. Direktur Utama Perumda Air Minum Tirta Sigandu", "      2. Direktur Perumda Pasar Sigandu Jaya",
                    "      3. Direktur Utama PT BPR Sigandu (Perseroda)", "di", "      Teluk Sigandu"]),
        para("Salam sejahtera. Bersama ini kami sampaikan bahwa pada Minggu, 3 November 2024 pukul 06.00 WIT akan "
             "diadakan **Jalan Sehat dan Senam Bersama Bang Yusran** dengan tema \u201c**Yusran Lanjut, Sigandu Lebih "
             "Hebat**\u201d, start dan finis di Lapangan Merdeka. Bapak H. Yusran Mahmud, S.E. akan memimpin langsung "
             "senam dan menyapa warga.", first=720),
        para("Mengingat BUMD selama ini merupakan mitra strategis dalam menyukseskan program-program beliau, kami "
             "mohon kiranya Bapak/Ibu Direksi berkenan:", first=720, after=60),
        item("mengikutsertakan karyawan beserta keluarga, paling sedikit 100 orang per BUMD, dengan memakai kaos "
             "merah yang akan kami antar ke kantor masing-masing;", "a."),
        item("menyisihkan dana TJSL/CSR untuk doorprize: Perumda Air Minum 2 unit sepeda motor, Perumda Pasar "
             "5 unit kulkas, dan PT BPR 20 buku tabungan masing-masing Rp500.000;", "b."),
        item("membuka stand layanan (pasang baru sambungan air dan pembukaan rekening) dengan spanduk program "
             "\u201cAir Bersih untuk Semua\u201d yang merupakan gagasan beliau;", "c."),
        item("mengunggah foto kegiatan di akun resmi masing-masing BUMD dengan tagar #YusranLanjut dan menandai "
             "akun @bangyusran.official.", "d.", after=120),
        {"textbox": [{"p": "**Ketentuan peserta (lampiran)**", "after": 40},
                     {"p": "1. Registrasi di meja panitia mulai 05.30 WIT.", "size": 19, "after": 0},
                     {"p": "2. Kupon doorprize ditukar dengan fotokopi KTP; satu KTP satu kupon.", "size": 19,
                      "after": 0},
                     {"p": "3. Kupon hanya berlaku bagi peserta yang memakai kaos merah panitia.", "size": 19,
                      "after": 0},
                     {"p": "4. Fotokopi KTP dikumpulkan oleh koordinator BUMD dan diserahkan ke Bagian Perekonomian.",
                      "size": 19, "after": 0}], "width_cm": 15, "height_cm": 3.4},
        blank(),
        para("Konfirmasi jumlah peserta dapat disampaikan kepada Sdr. Fadli (0821-9037-4410) paling lambat 28 Oktober "
             "2024. Atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih.", first=720),
        *signature(None, ["a.n. Sekretaris Daerah", "Asisten Perekonomian dan Pembangunan", "u.b.",
                          "Kepala Bagian Perekonomian dan SDA,"], "SAIFUL BAHRI UMASUGI, S.E., M.Si.",
                   "19800115 200604 1 009"),
    ],
}, {"violation": True,
    "categories": ["endorsement", "campaign-activity", "social-media", "state-facility", "inducement",
                   "letterhead-misuse"],
    "classes": [3, 5, 7, 8, 13],
    "note": "Kabag Perekonomian Setda minta direksi BUMD kerahkan karyawan ke jalan sehat 'Yusran Lanjut', dana "
            "TJSL untuk doorprize, kupon ditukar fc KTP khusus kaos merah, unggah dengan #YusranLanjut."})


# ---------------------------------------------------------------- 013 (C) sekretaris diskominfo, sosialisasi KPU
add(13, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Dukungan Sosialisasi Pilkada", "author": "Bidang IKP", "last_modified_by": "Sekretaris Dinas",
             "created": "2024-10-02T03:00:00Z", "modified": "2024-10-02T06:40:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN PAKPAK HULU", "DINAS KOMUNIKASI DAN INFORMATIKA",
                          "Jl. Sisingamangaraja No. 40, Salak Baru \u2013 Sumatera Utara 22272, laman diskominfo.pakpakhulu.go.id"]),
    "body": [
        {"p": "\tSalak Baru, 2 Oktober 2024", "tabs": [[5670, "left"]], "after": 120},
        *nomor_block([("Nomor", "500.12/441/Kominfo/2024"), ("Sifat", "Biasa"), ("Lampiran", "-"),
                      ("Hal", "Dukungan Penyebarluasan Informasi Tahapan Pemilihan Serentak 2024")]),
        blank(),
        *addressee(["Yth. Kepala Perangkat Daerah", "se-Kabupaten Pakpak Hulu", "(u.p. Admin Media Sosial)", "di \u2013",
                    "    Tempat"]),
        para("Menindaklanjuti surat KPU Kabupaten Pakpak Hulu perihal permohonan dukungan sosialisasi, dan sebagai "
             "bagian dari dukungan Pemerintah Kabupaten terhadap penyelenggaraan Pemilihan Bupati dan Wakil Bupati "
             "serta Gubernur dan Wakil Gubernur Tahun 2024 \u2013 di samping dukungan anggaran melalui hibah NPHD "
             "kepada KPU{ins: dan Bawaslu} Kabupaten \u2013 dengan ini kami mohon bantuan Saudara:", first=720, after=60),
        item("Admin akun resmi perangkat daerah mengikuti (follow) akun resmi penyelenggara, yaitu "
             "{link:https://www.instagram.com/kpu_pakpakhulu|@kpu_pakpakhulu} dan "
             "{link:https://www.instagram.com/bawaslu_pakpakhulu|@bawaslu_pakpakhulu}, lalu membagikan ulang "
             "infografis tahapan, cara cek DPT, dan ajakan \u201cAyo ke TPS 27 November 2024\u201d.", "1."),
        item("Pegawai yang berkenan dapat memakai bingkai foto resmi KPU \u201cSaya Pemilih Cerdas\u201d melalui "
             "{link:https://twibbonize.com/pemilihcerdaskpupakpakhulu|tautan resmi KPU}; sifatnya sukarela.", "2."),
        item("Materi yang dibagikan **hanya** berasal dari akun resmi KPU dan Bawaslu. Akun OPD dan pegawai "
             "dilarang membagikan, menyukai, atau mengomentari konten pasangan calon mana pun, termasuk konten "
             "\u201ccapaian program\u201d yang diunggah tim pasangan calon.", "3."),
        item("Rekap unggahan dilaporkan setiap Jumat melalui {link:https://s.id/rekapsosialisasi2024|formulir "
             "daring}{del: kepada Bidang IKP} untuk bahan laporan kepada Pj. Bupati.", "4.", after=120),
        para("Demikian disampaikan, atas kerja samanya diucapkan terima kasih.", first=720),
        *signature(None, ["a.n. Kepala Dinas Komunikasi dan Informatika", "Sekretaris,"],
                   "ROSTINA BR. BERUTU, S.Kom., M.M.", "19820604 200604 2 011"),
    ],
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Umpan media sosial: follow/repost akun KPU & Bawaslu, twibbon resmi KPU, 'dukungan anggaran' hibah NPHD; "
            "larangan membagikan konten paslon mana pun."})


# ---------------------------------------------------------------- 014 (V) kankemenag (vertikal), lembar disposisi
add(14, {
    "font": "Arial", "size": 21,
    "meta": {"title": "Disposisi 0187", "author": "Agendaris", "created": "2024-01-16T02:10:00Z"},
    "kop": kop("table", ["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN TEBING RANTAU",
                         "Jl. Lintas Riau\u2013Sumbar Km. 2, Tebing Rantau, Telp. (0761) 41 007"], logo="[logo Kemenag]"),
    "body": [
        {"p": "**LEMBAR DISPOSISI**", "align": "center", "after": 120},
        {"table": [["Surat dari", "Tim Kampanye Daerah (TKD) Pasangan Harun Wiratama \u2013 Sulastri Dewi "
                                  "Kabupaten Tebing Rantau"],
                   ["No. Surat", "021/TKD-HS/I/2024"],
                   ["Tgl. Surat", "15 Januari 2024"],
                   ["Diterima tgl.", "16 Januari 2024\t\tNo. Agenda: 0187"],
                   ["Sifat", "\u2610 Sangat Segera   \u2612 Segera   \u2610 Rahasia   \u2610 Biasa"],
                   ["Perihal", "**Undangan Deklarasi Dukungan Guru Madrasah dan Penyuluh Agama untuk Pasangan Nomor "
                               "Urut 2, Minggu 21 Januari 2024, GOR Datuk Bandar**"],
                   ["Diteruskan kepada Sdr.", "\u2612 Kasubbag TU\n\u2612 Kasi Pendidikan Madrasah\n"
                                              "\u2612 Penyelenggara Bimas Islam\n\u2612 Kepala KUA se-Kabupaten\n"
                                              "\u2610 Kasi PHU"],
                   ["Dengan hormat harap", "\u2610 Tanggapan dan saran   \u2610 Proses lebih lanjut\n"
                                           "\u2612 Koordinasikan/konfirmasikan   \u2612 Hadir dan sukseskan"],
                   ["Catatan", [{"p": "%%Sgr dikoordinasikn. Kita dukung penuh paslon 02. Kerahkan guru MIN/MTsN/MAN "
                                      "& penyuluh non-PNS min 200 org, pakai batik bebas (jgn PDH). Pkai 2 mobdin + "
                                      "bus MAN 1, brgkt dr halaman kantor jam 07.00. Hari Jumat 19/1 jam 14.00 rapat "
                                      "persiapan di aula. Absen hadir serahkan ke sy Senin.%%", "after": 60},
                                {"p": "%%ttd 16/1%%", "align": "right"}]]],
         "widths": [2410, 6660]},
        blank(),
        {"table": [["Paraf Kasubbag TU", "Paraf Kasi Pendma", "Paraf Bimas Islam"],
                   [["", "", "(paraf)"], ["", "", "(paraf)"], ["", "", ""]]], "widths": [3023, 3023, 3024],
         "header_row": True},
        *signature(None, ["Kepala Kantor,"], "H. ABDUL GAFUR, S.Ag., M.Pd.I.", "19710506 199803 1 002", blank=2),
    ],
}, {"violation": True,
    "categories": ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"],
    "classes": [2, 6, 11, 12],
    "note": "Disposisi Kakankemenag atas undangan TKD: 'Kita dukung penuh paslon 02', kerahkan 200 guru madrasah & "
            "penyuluh ke deklarasi dukungan, mobil dinas dan bus MAN, rapat di aula. Singkatan tulisan tangan."})


# ---------------------------------------------------------------- 015 (C) bagian perekonomian setda -> perumda, partai
add(15, {
    "font": "Times New Roman",
    "meta": {"title": "Pengiriman pipa SR MBR", "author": "Subbag BUMD", "created": "2024-09-09T02:00:00Z"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN TOJO LAUT", "SEKRETARIAT DAERAH",
                         "Kompleks Perkantoran Bukit Halimun, Ampana Baru \u2013 Sulawesi Tengah 94683"],
               logo="LAMBANG"),
    "body": [
        {"p": "\tAmpana Baru, 9 September 2024", "tabs": [[5670, "left"]], "after": 120},
        *nomor_block([("Nomor", "500.2.2/207/Perek"), ("Sifat", "Penting"), ("Lampiran", "1 (satu) berkas"),
                      ("Hal", "Pengiriman Material Program SR MBR dan Persiapan Peresmian SPAM IKK Tojo Laut")]),
        blank(),
        *addressee(["Yth. Direktur Perumda Air Minum Wae Tojo", "di \u2013", "    Ampana Baru"]),
        para("Menindaklanjuti berita acara serah terima dari Balai Prasarana Permukiman Wilayah Sulawesi Tengah, "
             "dengan hormat kami sampaikan hal-hal sebagai berikut:", first=720, after=60),
        item("Material program Sambungan Rumah bagi Masyarakat Berpenghasilan Rendah (SR MBR), berupa pipa HDPE "
             "\u00d8 63 mm sepanjang 4.800 meter dan 1.000 unit meter air, dikirim dalam **tiga partai**: partai "
             "pertama tanggal 16 September 2024, partai kedua 23 September 2024, dan partai ketiga paling lambat "
             "4 Oktober 2024 ke gudang Perumda di Jl. Sultan Hasanuddin. Mohon disiapkan tim penerima dan berita "
             "acara untuk setiap partai.", "1."),
        item("Daftar calon pelanggan MBR hasil verifikasi kelurahan (terlampir) agar dicocokkan dengan data "
             "survei Perumda. Calon pelanggan yang tidak memenuhi kriteria diganti dari daftar tunggu, bukan "
             "berdasarkan usulan perorangan.", "2."),
        item("Peresmian SPAM IKK Tojo Laut dijadwalkan Rabu, 18 September 2024 oleh Bapak Bupati, sebelum masa "
             "kampanye dan cuti di luar tanggungan negara yang dimulai 25 September 2024. Mengingat Bapak Bupati "
             "telah terdaftar sebagai bakal calon pada Pemilihan 2024, acara agar murni kedinasan: tanpa atribut, "
             "jargon, nomor urut, atau penyampaian visi-misi; tidak ada pembagian barang kepada warga; dan "
             "dokumentasi hanya dipublikasikan melalui kanal resmi Pemerintah Kabupaten dan Perumda.", "3."),
        item("Untuk rapat persiapan, mohon Saudara **pilih salah satu jadwal**: Rabu, 11 September 2024 pukul 09.00 "
             "WITA atau Kamis, 12 September 2024 pukul 13.30 WITA, di Ruang Rapat Asisten II.", "4."),
        item("Usulan dukungan penyertaan modal daerah Tahun Anggaran 2025 beserta analisis investasinya agar "
             "disampaikan paling lambat 30 September 2024.", "5.", after=120),
        para("Demikian disampaikan, atas perhatian dan kerja sama Saudara diucapkan terima kasih.", first=720),
        *signature(None, ["a.n. Sekretaris Daerah", "Kepala Bagian Perekonomian dan SDA,"],
                   "MOH. RIZAL LAPASERE, S.E., M.M.", "19810820 200902 1 004"),
        *tembusan(["Bupati Tojo Laut (sebagai laporan);", "Asisten Perekonomian dan Pembangunan;",
                   "Dewan Pengawas Perumda Air Minum Wae Tojo."]),
    ],
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Umpan: 'dikirim dalam tiga partai', 'calon pelanggan', 'pilih salah satu jadwal', 'dukungan penyertaan "
            "modal'; bupati bakal calon meresmikan SPAM sebelum cuti, ditegaskan murni kedinasan."})


# ---------------------------------------------------------------- 016 (V) kepala puskesmas, transkrip pesan suara
add(16, {
    "font": "Arial", "size": 22,
    "meta": {"title": "transkrip VN kapus", "author": "TU PKM", "created": "2024-11-19T00:50:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN BONTO LEMBANG", "DINAS KESEHATAN",
                          "UPTD PUSKESMAS BONTOA", "Jl. Poros Bontoa No. 17, Kec. Bontoa, Kode Pos 90554"]),
    "body": [
        {"p": "**TRANSKRIP PESAN SUARA KEPALA PUSKESMAS**", "align": "center", "after": 0},
        {"p": "Grup WA \u201cKELUARGA BESAR PKM BONTOA\u201d \u2013 Senin, 18/11/2024 pukul 21.12 (durasi 2:47)",
         "align": "center", "size": 19, "after": 0},
        {"p": "%%diketik ulang oleh admin TU untuk teman-teman yang tidak bisa putar VN%%", "align": "center",
         "size": 19, "after": 200},
        para("\u201cASSALAMUALAIKUM TEMAN2 SEMUWA, INI SAYA DOKTER RINI. BESOK MALAM KITA NOBAR DEBAT TERAHIR DI "
             "WARKOP DAENG LIRA SAMPING PASAR, PAK ANDl BAHTlAR LANGSUNG HADIR KI, JADI TOLONG SEMUA YANG TIDAK JAGA "
             "DATANG NAH, PAKE BAJU KUNING."),
        para("MOBIL PUSLING DIPAKE JEMPUT TEMAN2 DARI PUSTU PALLANTIKANG SAMA PUSTU BORONGLOE, SOPIRNYA DAENG NAI, "
             "BENSINNYA NANTI SAYA GANTI DARI KAS KEGIATAN."),
        para("DI LOKASI FOTO2 KI TERUS UPLOAD DI STORY, TAG AKUNNYA BELIAU @andibahtiar.official, TAGARNYA "
             "#BAHTIAR2PERIODE, JANGAN ADA YANG LUPA."),
        para("SAYA INGATKAN LAGI, TGL 27 NANTI {split:C0|BLOS} N0MOR SATU DI\u2019, KITA INI HARUS TAU BALAS BUDI, "
             "PUSTU BARU SAMA AMBULANS ITU DARI BELIAU SEMUA. KALAU BELIAU LANJUT, INSENTIF JUGA AMAN."),
        para("YANG TIDAK DATANG BESOK SAYA TAU MI SIAPA ORANGNYA, JANGAN SAMPE NAMANYA KELUAR DARI DAFTAR PIKET "
             "BERBAYAR BULAN DEPAN. OKE MAKASIH, WASSALAM.\u201d", after=200),
        para("Demikian disampaikan untuk menjadi perhatian. Daftar nama yang ikut mobil pusling mohon dikirim ke "
             "TU paling lambat Selasa jam 12.00."),
        *signature(None, ["a.n. Kepala UPTD Puskesmas Bontoa", "Kepala Subbagian Tata Usaha,"],
                   "NURHAYATI, S.K.M.", "19870913 201101 2 004"),
    ],
}, {"violation": True,
    "categories": ["endorsement", "campaign-activity", "social-media", "state-facility", "inducement",
                   "letterhead-misuse"],
    "classes": [1, 3, 7, 8, 11],
    "note": "Transkrip VN Kapus (huruf kapital, typo OCR 'ANDl BAHTlAR', 'C0BLOS N0MOR SATU'): nobar debat bersama "
            "Pak Andi Bahtiar pakai baju kuning, mobil pusling, tag akun & #BAHTIAR2PERIODE, ancaman daftar piket."})


# ---------------------------------------------------------------- 017 (C) kankemenag, undangan peresmian (Pjs bupati)
add(17, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Undangan Peresmian Balai Nikah", "author": "Subbag TU", "created": "2024-10-07T03:00:00Z"},
    "kop": kop("header", ["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN OGAN TENGAH",
                          "Jalan Merdeka No. 9, Baturaja Ilir \u2013 Sumatera Selatan 32115"]),
    "body": [
        {"p": "\tBaturaja Ilir, 7 Oktober 2024", "tabs": [[5670, "left"]], "after": 120},
        *nomor_block([("Nomor", "B-2741/Kk.06.14/1/HM.00/10/2024"), ("Sifat", "Biasa"), ("Lampiran", "1 (satu) lembar"),
                      ("Hal", "Undangan")]),
        blank(),
        *addressee(["Yth. Bapak/Ibu (daftar terlampir)", "di \u2013", "    Tempat"]),
        para("%%Assalamu\u2019alaikum warahmatullahi wabarakatuh.%%"),
        para("Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri Peresmian Gedung Balai Nikah dan Manasik "
             "Haji KUA Kecamatan Lubuk Batang serta Penyerahan Sertifikat Tanah Wakaf, pada:", first=720, after=60),
        {"table": [["hari, tanggal", ": Kamis, 17 Oktober 2024"], ["pukul", ": 08.30 WIB s.d. selesai"],
                   ["tempat", ": KUA Kecamatan Lubuk Batang, Jl. Lintas Sumatera Km. 14"]],
         "widths": [2268, 6802], "borders": False},
        blank(),
        para("Gedung akan diresmikan oleh Penjabat Sementara (Pjs.) Bupati Ogan Tengah, Bapak Drs. Heriansyah "
             "Kurniawan, M.Si., mengingat Bupati Ogan Tengah, Bapak H. Syamsul Ma\u2019arif, sedang menjalani cuti di "
             "luar tanggungan negara selama masa kampanye Pemilihan 2024.{fn:1} Rangkaian acara meliputi sambutan "
             "Kepala Kantor, sambutan Pjs. Bupati, penyerahan 23 sertifikat tanah wakaf kepada nazir, dan manasik "
             "perdana bagi calon jemaah haji tahun 1446 H.", first=720),
        para("Acara ini bersifat kedinasan dan keagamaan. Hadirin dimohon tidak membawa atau mengenakan atribut "
             "peserta Pemilihan, tidak menyampaikan yel-yel atau simbol jari, dan panitia tidak menyediakan waktu "
             "sambutan bagi pasangan calon maupun tim kampanye.", first=720),
        para("Demikian undangan ini, atas kehadiran Bapak/Ibu kami ucapkan terima kasih.", first=720),
        para("%%Wassalamu\u2019alaikum warahmatullahi wabarakatuh.%%"),
        *signature(None, ["Kepala,"], "H. M. YAMIN NASUTION, S.Ag., M.H.I.", "19700321 199703 1 001"),
    ],
    "footnotes": {"1": "Cuti kepala daerah yang menjadi calon diatur dalam Peraturan Menteri Dalam Negeri tentang "
                       "Cuti di Luar Tanggungan Negara bagi Kepala Daerah; masa kampanye berlangsung 25 September "
                       "s.d. 23 November 2024."},
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Undangan kantor vertikal; bupati petahana disebut sedang cuti kampanye, acara diresmikan Pjs. Bupati, "
            "'calon jemaah haji', larangan atribut."})


# ---------------------------------------------------------------- 018 (V) sekretaris DPRD, SPT ke semua rapat umum
add(18, {
    "engine": "libreoffice",
    "font": "Times New Roman",
    "meta": {"title": "SPT Rapat Umum Pilgub", "author": "Subbag Umum Setwan", "created": "2024-11-11T02:00:00Z"},
    "kop": kop("body", ["DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN HULU KAPUAS RAYA", "SEKRETARIAT DPRD",
                        "Jalan Lintas Selatan No. 2, Putussibau Baru \u2013 Kalimantan Barat 78711"]),
    "body": [
        blank(),
        {"p": "**__SURAT PERINTAH TUGAS__**", "align": "center", "after": 0},
        {"p": "Nomor: 000.1.2.3/388/Setwan/XI/2024", "align": "center", "after": 200},
        {"p": "Dasar\t:\tArahan Sekretaris DPRD dalam rapat staf tanggal 8 November 2024 tentang partisipasi "
              "Sekretariat DPRD dalam pesta demokrasi Pemilihan Gubernur dan Wakil Gubernur Kalimantan Barat.",
         "tabs": [[1418, "left"], [1701, "left"]], "indent": 1701, "hanging": 1701, "after": 200, "align": "both"},
        {"p": "**MEMERINTAHKAN:**", "align": "center", "after": 120},
        {"p": "Kepada\t:", "tabs": [[1418, "left"]], "after": 60},
        {"table": [["No", "Nama / NIP", "Jabatan"],
                   ["1", "Yohanes Ding, S.Sos. / 19790422 200501 1 011", "Kasubbag Umum"],
                   ["2", "Rahmawati, S.E. / 19880103 201001 2 014", "Analis Keuangan"],
                   ["3", "Agustinus Lawing / 19830917 200903 1 006", "Pengadministrasi Umum"],
                   ["4", "Siti Aminah, A.Md. / 19920611 201503 2 002", "Pengelola Risalah Rapat"],
                   ["5", "17 orang staf Bagian Umum dan Persidangan", "(daftar terlampir)"]],
         "widths": [680, 5103, 3287], "header_row": True},
        blank(),
        {"p": "Untuk\t:\t1.\tMenghadiri dan memeriahkan kampanye rapat umum **seluruh** pasangan calon Gubernur "
              "dan Wakil Gubernur sebagai wujud netralitas Sekretariat DPRD, yaitu:",
         "tabs": [[1418, "left"], [1701, "left"], [2127, "left"]], "indent": 2127, "hanging": 2127, "after": 40,
         "align": "both"},
        {"p": "\t\t\ta.\tPasangan Nomor Urut 1: Sabtu, 16 November 2024, Lapangan Kapuas Indah;",
         "tabs": [[1418, "left"], [1701, "left"], [2127, "left"], [2552, "left"]], "indent": 2552, "hanging": 2552,
         "after": 0},
        {"p": "\t\t\tb.\tPasangan Nomor Urut 2: Selasa, 19 November 2024, Stadion Pangsuma Lama;",
         "tabs": [[1418, "left"], [1701, "left"], [2127, "left"], [2552, "left"]], "indent": 2552, "hanging": 2552,
         "after": 0},
        {"p": "\t\t\tc.\tPasangan Nomor Urut 3: Kamis, 21 November 2024, Lapangan Tugu Khatulistiwa Mini;",
         "tabs": [[1418, "left"], [1701, "left"], [2127, "left"], [2552, "left"]], "indent": 2552, "hanging": 2552,
         "after": 60},
        {"p": "\t\t2.\tBerangkat bersama dari halaman Kantor DPRD pukul 08.00 WIB menggunakan bus dan 2 (dua) unit "
              "minibus dinas Sekretariat DPRD;", "tabs": [[1418, "left"], [1701, "left"], [2127, "left"]],
         "indent": 2127, "hanging": 2127, "after": 40, "align": "both"},
        {"p": "\t\t3.\tPada hari kerja, pegawai yang ditugaskan berstatus dinas luar; biaya perjalanan dibebankan "
              "pada DPA Sekretariat DPRD Tahun Anggaran 2024;{fn:1}", "tabs": [[1418, "left"], [1701, "left"],
                                                                              [2127, "left"]],
         "indent": 2127, "hanging": 2127, "after": 40, "align": "both"},
        {"p": "\t\t4.\tMendokumentasikan kehadiran di setiap lokasi dan melaporkannya kepada Sekretaris DPRD.",
         "tabs": [[1418, "left"], [1701, "left"], [2127, "left"]], "indent": 2127, "hanging": 2127, "after": 160,
         "align": "both"},
        para("Demikian surat perintah tugas ini untuk dilaksanakan dengan penuh tanggung jawab."),
        *signature("Dikeluarkan di Putussibau Baru\npada tanggal 11 November 2024", ["Sekretaris DPRD,"],
                   "Drs. MARTINUS BUJANG, M.Si.", "19710808 199203 1 005", extra=["Pembina Utama Muda (IV/c)"]),
    ],
    "footnotes": {"1": "Uang harian dan transpor lokal dibayarkan sesuai standar biaya masukan; foto kehadiran "
                       "dilampirkan pada laporan perjalanan dinas."},
}, {"violation": True,
    "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
    "classes": [2, 6, 12],
    "note": "SPT Sekwan memerintahkan 21 pegawai menghadiri dan memeriahkan rapat umum ketiga paslon gubernur "
            "'sebagai wujud netralitas', dengan bus dinas, status dinas luar dan SPPD DPA. Tidak memihak, tetap "
            "pengerahan."})


# ---------------------------------------------------------------- 019 (C) kesbangpol, notulen rakor kampanye
add(19, {
    "engine": "libreoffice",
    "font": "Calibri", "size": 22,
    "meta": {"title": "Notula Rakor Rapat Umum", "author": "Kesbangpol", "created": "2024-11-06T07:00:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN MANGGARAI PESISIR", "BADAN KESATUAN BANGSA DAN POLITIK",
                          "Jl. Ahmad Yani No. 7, Labuan Sari \u2013 Nusa Tenggara Timur 86754"]),
    "body": [
        {"p": "**NOTULA**", "align": "center", "after": 0},
        {"p": "RAPAT KOORDINASI PENGATURAN DAN PENGAMANAN KAMPANYE RAPAT UMUM", "align": "center", "bold": True,
         "after": 0},
        {"p": "PEMILIHAN BUPATI DAN WAKIL BUPATI MANGGARAI PESISIR TAHUN 2024", "align": "center", "bold": True,
         "after": 160},
        {"table": [["Waktu", "Rabu, 6 November 2024, 10.00\u201312.45 WITA"],
                   ["Tempat", "Ruang Rapat Kesbangpol"],
                   ["Peserta", "KPU Kabupaten, Bawaslu Kabupaten, Polres, Kodim, Satpol PP, Dinas Perhubungan, "
                               "Dinas Kesehatan, serta penghubung (LO) tim kampanye Pasangan Calon Nomor Urut 1, 2 "
                               "dan 3"]],
         "widths": [1701, 7369], "borders": False},
        blank(),
        {"p": "**Pokok bahasan dan kesepakatan**", "after": 60},
        {"p": "KPU menyampaikan bahwa setiap pasangan calon mendapat satu kali kampanye rapat umum sesuai hasil "
              "pengundian jadwal. Disepakati jadwal sebagai berikut, tanpa perubahan kecuali melalui KPU:",
         "num": 0, "align": "both", "after": 40},
        {"table": [["Paslon", "Nama pasangan", "Tanggal", "Lokasi"],
                   ["01", "Fransiskus Jehalu \u2013 H. Abdul Rasyid", "Sabtu, 16 November 2024", "Lapangan Motang Rua"],
                   ["02", "Maria Goreti Ndolu \u2013 Kornelis Tunggal", "Senin, 18 November 2024", "Lapangan Kota Lama"],
                   ["03", "Yoseph Nggarang \u2013 Aloysius Danggur", "Rabu, 20 November 2024", "Lapangan Motang Rua"]],
         "widths": [850, 3686, 2410, 2124], "header_row": True},
        blank(),
        {"p": "Polres dan Kodim menyiapkan personel pengamanan dengan jumlah yang sama untuk ketiga kegiatan; "
              "Dinas Perhubungan mengatur rekayasa lalu lintas; Dinas Kesehatan menyiagakan pos kesehatan umum "
              "atas permintaan KPU, dengan pola yang sama untuk setiap paslon.", "num": 0, "align": "both",
         "after": 40},
        {"p": "Bawaslu mengingatkan larangan pelibatan ASN, kepala desa dan perangkat desa sebagai peserta kampanye. "
              "ASN yang bertugas pengamanan atau pelayanan kesehatan memakai seragam tugas dan tidak ikut yel-yel "
              "maupun berfoto dengan simbol paslon.", "num": 0, "align": "both", "after": 40},
        {"p": "Satpol PP bersama Bawaslu menertibkan APK yang terpasang di kantor pemerintah, sekolah dan tempat "
              "ibadah **tanpa membedakan paslon**; LO ketiga paslon sepakat memindahkan APK secara mandiri paling "
              "lambat 9 November 2024.", "num": 0, "align": "both", "after": 40},
        {"p": "Seluruh LO menandatangani kesepakatan kampanye damai dan anti-hoaks yang difasilitasi KPU.",
         "num": 0, "align": "both", "after": 120},
        para("Rapat ditutup pukul 12.45 WITA. Notula ini dibagikan kepada seluruh peserta rapat."),
        *signature("Labuan Sari, 6 November 2024", ["Notulis,"], "KATARINA S. JEHAMAT, S.IP.",
                   "19900726 201503 2 003"),
    ],
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Umpan berat: notula rakor dengan 'disepakati', jadwal kampanye rapat umum dan nama ketiga paslon, "
            "semua diperlakukan sama; larangan pelibatan ASN; penertiban APK."})


# ---------------------------------------------------------------- 020 (V) sekretaris dinas pertanian, SE + tracked ins
add(20, {
    "font": "Arial", "size": 22,
    "meta": {"title": "SE Penyaluran Benih MT I", "author": "Bidang PSP", "last_modified_by": "Sekretaris Distan",
             "change_author": "Sekretaris Distan", "created": "2024-10-11T01:00:00Z",
             "modified": "2024-10-14T04:20:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN WANASARI", "DINAS PERTANIAN DAN KETAHANAN PANGAN",
                          "Jl. Raya Purwodadi\u2013Blora Km. 5, Wanasari \u2013 Jawa Tengah 58171"]),
    "body": [
        {"p": "**SURAT EDARAN**", "align": "center", "after": 0},
        {"p": "Nomor 500.6.1/1092/Distanpan/2024", "align": "center", "after": 0},
        {"p": "tentang", "align": "center", "after": 0},
        {"p": "**PENYALURAN BANTUAN BENIH PADI INBRIDA DAN PUPUK HAYATI MUSIM TANAM I 2024/2025**", "align": "center",
         "after": 200},
        *addressee(["Yth. 1. Koordinator BPP se-Kabupaten Wanasari;", "       2. Penyuluh Pertanian Lapangan;",
                    "       3. Ketua Gapoktan/Kelompok Tani penerima."]),
        {"p": "**A. Dasar**", "after": 40},
        para("DPA Dinas Pertanian dan Ketahanan Pangan Tahun Anggaran 2024 sub kegiatan Penyediaan Benih Tanaman "
             "Pangan, dengan alokasi 62 ton benih padi untuk 2.480 hektare dan 24.800 liter pupuk hayati."),
        {"p": "**B. Ketentuan Penyaluran**", "after": 40},
        item("Penerima adalah kelompok tani yang terdaftar di SIMLUHTAN dan tercantum dalam CPCL yang telah "
             "diverifikasi PPL dan disahkan Kepala Dinas.", "1."),
        item("Setiap anggota menerima benih 25 kg/ha dan pupuk hayati 10 liter/ha, paling luas 2 hektare per "
             "anggota.", "2."),
        item("{ins:Prioritas diberikan kepada kelompok tani yang seluruh anggotanya telah menandatangani surat "
             "pernyataan dukungan kepada pasangan Bapak H. Sahabuddin dan Ibu Rina Marlina, sebagai wujud terima "
             "kasih petani dan agar program ini dapat dilanjutkan beliau pada periode berikutnya. Surat pernyataan "
             "dilampirkan bersama CPCL.}", "3."),
        item("Penyerahan bantuan dilaksanakan secara simbolis {ins:oleh Bapak H. Sahabuddin }pada acara Temu Tani "
             "di BPP Kecamatan Gabus Wetan, Sabtu 2 November 2024{del: oleh Kepala Dinas}; PPL menghadirkan ketua "
             "dan sekretaris kelompok{ins: beserta anggota yang memakai kaos hijau}.", "4."),
        item("Benih disalurkan paling lambat 15 November 2024, menyesuaikan jadwal tanam setempat.", "5.", after=120),
        {"p": "**C. Pelaporan**", "after": 40},
        para("Koordinator BPP melaporkan realisasi penyaluran beserta berita acara serah terima, foto, dan "
             "lampiran CPCL kepada Sekretaris Dinas paling lambat 20 November 2024."),
        para("Demikian untuk dilaksanakan sebaik-baiknya."),
        *signature("Wanasari, 14 Oktober 2024", ["a.n. Kepala Dinas Pertanian dan Ketahanan Pangan", "Sekretaris,"],
                   "Ir. BAMBANG SUPRIYADI, M.P.", "19720309 199803 1 006"),
    ],
}, {"violation": True,
    "categories": ["endorsement", "campaign-activity", "inducement", "state-facility", "letterhead-misuse"],
    "classes": [1, 7, 8, 10, 13],
    "note": "SE Sekretaris Distan; sisipan tracked (w:ins): prioritas benih bagi poktan yang teken pernyataan dukungan "
            "ke pasangan Sahabuddin\u2013Rina Marlina 'periode berikutnya', penyerahan oleh Sahabuddin, kaos hijau."})


# ---------------------------------------------------------------- 021 (C) kepala puskesmas, WA info program
add(21, {
    "font": "Segoe UI", "size": 21,
    "meta": {"title": "info kegiatan juli", "author": "promkes", "created": "2024-07-15T23:30:00Z"},
    "body": [
        {"p": "*INFO DARI KAPUS \u2013 mohon dibaca sampai habis nggih* \U0001F64F", "bold": True, "after": 80},
        {"p": "Assalamualaikum, selamat pagi bapak ibu staf Puskesmas Gabus Wetan dan para kader semua \U0001F33B",
         "after": 60},
        {"p": "1\ufe0f\u20e3 Minggu depan (22\u201327 Juli) kita mulai *Kampanye Imunisasi* putaran kedua. Sasaran "
              "semua anak 0\u20137 th, tanpa melihat status imunisasi sebelumnya. Pos di tiap posyandu + SD/TK. "
              "Kader tolong sweeping yg belum datang.", "after": 50},
        {"p": "2\ufe0f\u20e3 Kamis 25 Juli jam 09.00 *Deklarasi Desa ODF (Stop BABS)* Desa Sumbermulyo di balai desa, "
              "hadir Pak Camat & Kabid Kesmas. Tim sanitarian monggo siapkan banner & berita acara verifikasi.",
         "after": 50},
        {"p": "3\ufe0f\u20e3 Minggu 28 Juli HUT Puskesmas: *jalan sehat + senam bersama* start 06.00 dari halaman "
              "puskesmas. Staf & kader pakai kaos hijau seragam kader yg tahun lalu ya. Doorprize dari koperasi "
              "karyawan \U0001F381", "after": 50},
        {"p": "4\ufe0f\u20e3 Rapat persiapan: pilih salah satu jadwal, Selasa 16 jam 13.00 atau Rabu 17 jam 08.00, "
              "balas di japri Bu Endah (promkes).", "after": 50},
        {"p": "5\ufe0f\u20e3 Tolong poster kampanye imunisasi di-share ke status WA, dan like/follow IG puskesmas "
              "{link:https://www.instagram.com/pkm.gabuswetan|@pkm.gabuswetan} biar jangkauannya luas. Relawan yg mau "
              "bantu bikin konten japri Mas Dimas.", "after": 50},
        {"p": "Catatan: semua kegiatan ini kegiatan kesehatan ya, bukan acara politik. Kalau ada bakal calon atau "
              "timsesnya yg mau numpang sambutan/bagi kaos di jalan sehat, sampaikan baik2 tidak bisa \U0001F64F",
         "after": 60},
        {"p": "Matur nuwun \U0001F64F\n\u2013 dr. Endang Wahyuningsih, Kapus", "after": 0},
    ],
}, {"violation": False, "categories": [], "classes": [11, 14],
    "note": "WA Kapus: 'kampanye imunisasi', 'deklarasi desa ODF', jalan sehat & senam, kaos seragam kader, "
            "'pilih salah satu jadwal', share/like akun puskesmas; menolak titipan bakal calon. Informal."})


# ---------------------------------------------------------------- 022 (V) kepala BKPSDM, nota dinas media sosial
add(22, {
    "font": "Arial", "size": 22,
    "meta": {"title": "ND Optimalisasi Publikasi", "author": "Subbag Umum BKPSDM", "created": "2024-10-01T01:20:00Z"},
    "kop": kop("header", ["PEMERINTAH KOTA SUNGAI RAYA BARU",
                          "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                          "Jl. Adisucipto No. 11, Sungai Raya Baru \u2013 Riau 28293"]),
    "header": [{"p": "%%ASN BerAKHLAK \u2013 Melayani Sepenuh Hati%%", "align": "right", "size": 16}],
    "body": [
        {"p": "**NOTA DINAS**", "align": "center", "after": 120},
        *nomor_block([("Kepada", "Yth. Sekretaris dan para Kepala Bidang"), ("Dari", "Kepala BKPSDM"),
                      ("Tembusan", "Para Kepala Subbagian"), ("Tanggal", "1 Oktober 2024"),
                      ("Nomor", "800.1/0917/BKPSDM/2024"),
                      ("Hal", "Optimalisasi Publikasi Capaian Pembangunan")]),
        {"p": "", "border_bottom": True, "after": 120},
        para("Menindaklanjuti arahan pimpinan dalam rapat staf tanggal 30 September 2024, dan dalam rangka mengawal "
             "keberlanjutan program unggulan Ibu dr. Widyastuti Harahap, M.K.M. yang saat ini sedang menjalani cuti "
             "di luar tanggungan negara, diminta kepada seluruh pegawai BKPSDM (ASN, PPPK dan non-ASN) untuk:",
             after=60),
        item("mengikuti (follow) akun Instagram {link:https://www.instagram.com/widya.lanjutkan|@widya.lanjutkan} "
             "dan TikTok @sahabatwidya serta mengaktifkan notifikasi;", "1."),
        item("menyukai (like), memberi komentar positif, dan membagikan paling sedikit 2 (dua) unggahan beliau "
             "setiap hari ke status WhatsApp atau story;", "2."),
        item("bergabung dalam komunitas WhatsApp \u201cSahabat Widya ASN Kota\u201d melalui "
             "{link:https://chat.whatsapp.com/Hx7sahabatwidyaASN|tautan undangan};", "3."),
        item("memasang bingkai foto profil sebagaimana contoh di bawah selama masa kampanye.", "4.", after=80),
        {"textbox": [{"p": "**CONTOH BINGKAI PROFIL**", "align": "center", "after": 20},
                     {"p": "{split:WIDYA LAN|JUT 2 PERI|ODE}", "align": "center", "size": 28, "bold": True, "after": 0},
                     {"p": "#KotaHebatLanjutkan", "align": "center", "size": 20, "after": 0}],
         "width_cm": 9, "height_cm": 2.4},
        blank(),
        {"p": "**Pelaksanaan dan pelaporan**", "after": 40},
        para("Kegiatan di atas dapat dilakukan pada jam kerja dengan memanfaatkan jaringan internet kantor. Operator "
             "setiap bidang merekap tangkapan layar dan menyampaikannya ke Subbagian Umum setiap Jumat pukul 14.00. "
             "Kepatuhan pegawai menjadi bahan pertimbangan penilaian perilaku kerja dalam SKP dan pembayaran TPP "
             "triwulan IV."),
        para("Demikian untuk dilaksanakan."),
        *signature(None, ["Kepala BKPSDM,"], "H. ZULKIFLI ARSYAD, S.Sos., M.Si.", "19750201 199703 1 004"),
    ],
    "footer": [{"p": "Dokumen internal BKPSDM \u2013 tidak untuk disebarluaskan", "align": "center", "size": 16}],
}, {"violation": True,
    "categories": ["endorsement", "social-media", "state-facility", "inducement", "letterhead-misuse"],
    "classes": [1, 4, 5, 8, 10],
    "note": "Nota dinas Kepala BKPSDM: follow/like/share akun @widya.lanjutkan (petahana cuti), gabung komunitas "
            "'Sahabat Widya', bingkai 'WIDYA LANJUT 2 PERIODE', di jam kerja; kepatuhan dikaitkan SKP & TPP."})


# ====================================================================== write out
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
        spec = dict(spec)
        spec["output"] = name + ".docx"
        with open(os.path.join(spec_dir, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        assert set(label) == {"violation", "categories", "classes", "note"}, name
        assert label["violation"] == bool(label["categories"]), name
        labels[name + ".docx"] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(labels))


if __name__ == "__main__":
    main()
