#!/usr/bin/env python3
"""Batch b24: writes specs/b24_NNN.json and labels.json.

Helpers below only lay out standard naskah dinas furniture (kop, nomor block,
Yth. block, signature, tembusan). Every memo's wording is written by hand in
its own function further down.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "b24"
TABS_NOMOR = [[1418, "left"], [1702, "left"]]


# ----------------------------------------------------------------- furniture
def kop(placement, lines, logo=None):
    k = {"placement": placement, "lines": lines}
    if logo is not None:
        k["logo"] = logo
    return k


def blank():
    return {"p": "", "after": 0}


def nomor_block(nomor, sifat, lampiran, hal, place_date=None, labels=("Nomor", "Sifat", "Lampiran", "Hal")):
    out = []
    if place_date:
        out.append({"p": "\t\t" + place_date, "tabs": [[1418, "left"], [5670, "left"]], "after": 120, "align": "left"})
    for lab, val in zip(labels, (nomor, sifat, lampiran, hal)):
        if val is None:
            continue
        out.append({"p": "%s\t:\t%s" % (lab, val), "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702,
                    "after": 0, "align": "left"})
    out.append(blank())
    return out


def yth(lines, indent=5103, di_tempat=True):
    out = [{"p": "Yth.", "indent": indent, "after": 0, "align": "left"}]
    for ln in lines:
        out.append({"p": ln, "indent": indent, "after": 0, "align": "left"})
    if di_tempat:
        out.append({"p": "di", "indent": indent, "after": 0, "align": "left"})
        out.append({"p": "\tTempat", "indent": indent, "tabs": [[indent + 567, "left"]], "after": 240, "align": "left"})
    else:
        out.append({"p": "", "after": 120})
    return out


def ttd(jabatan, nama, nip=None, place_date=None, indent=5103, extra_top=None):
    out = [blank()]
    if place_date:
        out.append({"p": place_date, "indent": indent, "after": 0, "align": "left"})
    for ln in (extra_top or []):
        out.append({"p": ln, "indent": indent, "after": 0, "align": "left"})
    for ln in (jabatan if isinstance(jabatan, list) else [jabatan]):
        out.append({"p": ln, "indent": indent, "after": 0, "align": "left"})
    out += [{"p": "", "indent": indent, "after": 0, "align": "left"} for _ in range(3)]
    out.append({"p": "**__%s__**" % nama, "indent": indent, "after": 0, "align": "left"})
    if nip:
        for ln in (nip if isinstance(nip, list) else [nip]):
            out.append({"p": ln, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items, title="Tembusan:"):
    out = [blank(), {"p": title, "after": 0, "align": "left", "size": 20}]
    for it in items:
        out.append({"p": it, "num": 0, "after": 0, "size": 20})
    return out


def P(text, **kw):
    d = {"p": text}
    d.setdefault("first", 709)
    d.update(kw)
    return d


def L(text, lvl=0, **kw):
    d = {"p": text, "num": lvl, "after": 60}
    d.update(kw)
    return d


def meta(title, author, created, modified=None, **kw):
    m = {"title": title, "author": author, "created": created}
    if modified:
        m["modified"] = modified
    m.update(kw)
    return m


MEMOS = []


def memo(fn):
    MEMOS.append(fn)
    return fn


# =================================================================== memos
# ---------------------------------------------------------------- 001
@memo
def m001():
    spec = {
        "font": "Bookman Old Style",
        "meta": meta("Nota Dinas Raker Kepsek", "Disdikbud LK", "2024-10-02T02:10:00Z", "2024-10-03T07:45:00Z"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN LIMA KOTO",
                              "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                              "Jalan Bagindo Aziz Chan No. 14 Sarilamak, Telepon (0752) 7310xx, Pos 26271"]),
        "body": [
            {"p": "**NOTA DINAS**", "align": "center", "after": 0},
            {"p": "Nomor: 400.3/1187/Disdikbud-LK/X/2024", "align": "center", "after": 240},
            {"p": "Kepada\t:\tYth. Kepala SD Negeri dan SMP Negeri se-Kabupaten Lima Koto", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Dari\t:\tKepala Dinas Pendidikan dan Kebudayaan", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Tembusan\t:\tKoordinator Wilayah Pendidikan Kecamatan", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Tanggal\t:\t3 Oktober 2024", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Perihal\t:\tRapat Kerja Kepala Sekolah Semester Ganjil", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left", "border_bottom": True},
            blank(),
            P("Menindaklanjuti hasil musyawarah Kelompok Kerja Kepala Sekolah (K3S) dan MKKS SMP tanggal 26 September 2024, bersama ini kami undang Saudara mengikuti Rapat Kerja Kepala Sekolah yang akan dilaksanakan pada:"),
            {"p": "hari/tanggal\t:\tSelasa, 8 Oktober 2024", "indent": 1418, "tabs": [[3402, "left"], [3686, "left"]], "after": 0, "align": "left"},
            {"p": "pukul\t:\t08.00 WIB s.d. selesai", "indent": 1418, "tabs": [[3402, "left"], [3686, "left"]], "after": 0, "align": "left"},
            {"p": "tempat\t:\tGedung Pertemuan Balai Adat Sarilamak", "indent": 1418, "tabs": [[3402, "left"], [3686, "left"]], "after": 120, "align": "left"},
            P("dengan susunan acara sebagai berikut:"),
            {"table": [
                ["Waktu", "Materi", "Penanggung Jawab"],
                ["08.00–08.30", "Registrasi peserta dan pengumpulan laporan realisasi BOSP tahap II", "Subbag Umum dan Kepegawaian"],
                ["08.30–09.00", "Pembukaan, arahan Kepala Dinas", "Kepala Dinas"],
                ["09.00–10.00", "Evaluasi hasil Asesmen Nasional 2024 dan rencana tindak lanjut rapor pendidikan", "Bidang Pembinaan SD/SMP"],
                ["10.00–10.45", "Penguatan komunikasi sekolah dengan komite dan wali murid: kepala sekolah menyampaikan dalam rapat komite bahwa seragam, sepatu dan tas gratis yang diterima murid tiga tahun terakhir adalah program Bupati H. Syafrizal Dt. Rajo Mudo, sehingga orang tua murid kita ajak bersama-sama agar beliau memimpin kembali Lima Koto periode 2025–2030 dan program ini tidak terputus", "Sekretaris Dinas"],
                ["10.45–11.30", "Persiapan ANBK susulan dan sinkronisasi data Dapodik", "Operator Dinas"],
                ["11.30–12.00", "Tanya jawab, penutup", "Moderator"],
            ], "widths": [1500, 5200, 2300], "header_row": True},
            blank(),
            P("Kepada peserta diminta membawa laptop, data Dapodik terakhir, dan notula rapat komite bulan September. Hasil penyampaian kepada komite pada acara ke-4 dilaporkan secara lisan oleh masing-masing kepala sekolah kepada Koordinator Wilayah paling lambat 25 Oktober 2024."),
            P("Demikian disampaikan, atas perhatian dan kehadiran Saudara diucapkan terima kasih."),
        ] + ttd("Kepala Dinas,", "Drs. HENDRI MARTIAS, M.Pd.", "NIP 19690812 199403 1 004"),
        "footer": [{"p": "Disdikbud Lima Koto — Bersama Membangun Pendidikan Nagari", "size": 16, "align": "center"}],
    }
    label = {"violation": True, "categories": ["endorsement", "letterhead-misuse"], "classes": [1, 10],
             "note": "Nota dinas raker kepsek ('Menindaklanjuti hasil musyawarah K3S'); acara ke-4 di tabel minta kepsek mengajak wali murid agar Bupati H. Syafrizal 'memimpin kembali periode 2025-2030' (petahana, kata 'calon' tidak dipakai)"}
    return spec, label


# ---------------------------------------------------------------- 002
@memo
def m002():
    spec = {
        "font": "Arial",
        "meta": meta("SE Netralitas ASN Pilkada 2024", "BKPSDM Cibeureum", "2024-09-09T01:00:00Z", "2024-09-10T03:20:00Z"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN CIBEUREUM",
                              "SEKRETARIAT DAERAH",
                              "Jalan Raya Siliwangi No. 1 Cibeureum 46211 — Laman: cibeureumkab.go.id"]),
        "body": [
            {"p": "Cibeureum, 10 September 2024", "align": "right", "after": 240},
            {"p": "**SURAT EDARAN BUPATI CIBEUREUM**", "align": "center", "after": 0},
            {"p": "NOMOR 800.1.2.4/2291/BKPSDM", "align": "center", "after": 0},
            {"p": "TENTANG", "align": "center", "after": 0},
            {"p": "**NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR JAWA BARAT SERTA BUPATI DAN WAKIL BUPATI CIBEUREUM TAHUN 2024**", "align": "center", "after": 240},
            {"p": "Yth. Kepala Perangkat Daerah, Camat, Lurah, Kepala Sekolah, dan Kepala Puskesmas se-Kabupaten Cibeureum", "align": "left"},
            P("Sehubungan dengan tahapan Pemilihan Serentak Tahun 2024 yang pemungutan suaranya dilaksanakan pada tanggal 27 November 2024, dan memperhatikan Keputusan Bersama tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN{fn:1}, dengan ini disampaikan bahwa setiap Pegawai ASN (PNS dan PPPK) di lingkungan Pemerintah Kabupaten Cibeureum **dilarang**:"),
            L("memasang spanduk, baliho, alat peraga atau atribut lain yang mempromosikan bakal calon atau calon Gubernur/Wakil Gubernur dan Bupati/Wakil Bupati, termasuk pada kendaraan pribadi maupun kendaraan dinas;"),
            L("menjadi anggota, pengurus atau relawan tim kampanye/tim pemenangan, serta menghadiri deklarasi, kampanye, rapat umum, atau pertemuan terbatas salah satu pasangan calon, kecuali sebagai penyelenggara atau pengawas yang ditugaskan;"),
            L("membuat unggahan, memberi tanda suka (%%like%%), mengomentari, membagikan, atau mengikuti akun kampanye pasangan calon di media sosial, termasuk memasang bingkai foto (%%twibbon%%) dan gambar profil bertema pasangan calon;", cont=True),
            L("berfoto bersama bakal calon atau calon dengan mengikuti simbol gerakan tangan atau pose yang menunjukkan keberpihakan;", cont=True),
            L("menggunakan kendaraan dinas, gedung kantor, anggaran, peralatan, atau jam kerja untuk kegiatan yang menguntungkan salah satu pasangan calon;", cont=True),
            L("membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon selama masa kampanye, termasuk penyaluran bantuan yang dikaitkan dengan pilihan politik;", cont=True),
            L("mengadakan kegiatan yang mengarah kepada keberpihakan, meliputi pertemuan, ajakan, imbauan, seruan, atau pemberian barang kepada ASN dalam lingkungan unit kerjanya, anggota keluarga, dan masyarakat;", cont=True),
            L("mengumpulkan fotokopi KTP atau surat dukungan untuk kepentingan bakal calon atau calon.", cont=True),
            P("Pegawai ASN tetap menggunakan hak pilihnya secara bebas dan rahasia di TPS tempat terdaftar. Bagi ASN yang ditetapkan sebagai anggota KPPS, PPS, atau Pengawas TPS, kepala perangkat daerah memberikan izin sesuai surat keputusan penyelenggara."),
            P("Pelanggaran terhadap ketentuan di atas dikenai hukuman disiplin sesuai peraturan perundang-undangan. Dugaan pelanggaran dapat dilaporkan melalui Bawaslu Kabupaten Cibeureum atau kanal pengaduan BKPSDM {link:https://bkpsdm.cibeureumkab.go.id/lapor-netralitas|bkpsdm.cibeureumkab.go.id/lapor-netralitas}."),
            P("Kepala perangkat daerah agar menyampaikan surat edaran ini kepada seluruh pegawai dan menempelkannya pada papan pengumuman kantor."),
        ] + ttd(["BUPATI CIBEUREUM,"], "H. ASEP SOLIHIN, S.IP., M.Si.") + tembusan([
            "Penjabat Gubernur Jawa Barat;", "Ketua Bawaslu Kabupaten Cibeureum;", "Inspektur Kabupaten Cibeureum."]),
        "footnotes": {"1": "Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, Ketua KASN, dan Ketua Bawaslu Tahun 2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Aparatur Sipil Negara dalam Penyelenggaraan Pemilihan Umum dan Pemilihan."},
    }
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "SE netralitas yang mendaftar semua larangan (atribut, tim kampanye, like/share, twibbon, fasilitas dinas, KTP); 'gunakan hak pilih', izin KPPS"}
    return spec, label


# ---------------------------------------------------------------- 003
@memo
def m003():
    spec = {
        "engine": "libreoffice",
        "font": "Calibri",
        "meta": meta("ND Direktur - pegawai rapat umum", "Bagian Umum RSUD", "2024-10-28T00:40:00Z", "2024-10-28T06:15:00Z"),
        "kop": kop("table", ["PEMERINTAH KABUPATEN WONOREJA",
                             "RUMAH SAKIT UMUM DAERAH dr. R. SOEDJATI",
                             "Jl. Pahlawan No. 77 Wonoreja, Jawa Tengah 58312 · Telp. (0291) 6850xx · IGD 24 jam"], logo="[logo RSUD]"),
        "body": [
            {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
            {"p": "Nomor: 000.1.5/0954/RSUD", "align": "center", "after": 240},
            {"p": "Kepada Yth.\t:\tKepala Bidang Keperawatan; Kepala Bidang Penunjang Medik; Kepala Bagian Umum dan Keuangan", "tabs": [[1701, "left"], [1985, "left"]], "hanging": 1985, "indent": 1985, "after": 0, "align": "left"},
            {"p": "Dari\t:\tDirektur", "tabs": [[1701, "left"], [1985, "left"]], "hanging": 1985, "indent": 1985, "after": 0, "align": "left"},
            {"p": "Hal\t:\tKehadiran Pegawai pada Rapat Umum Kampanye Pemilihan Bupati Wonoreja", "tabs": [[1701, "left"], [1985, "left"]], "hanging": 1985, "indent": 1985, "after": 240, "align": "left"},
            P("Menjelang berakhirnya masa kampanye, KPU Kabupaten Wonoreja telah menetapkan jadwal rapat umum untuk ketiga pasangan calon. Agar rumah sakit tidak dianggap condong ke salah satu pihak dan tetap diterima siapa pun yang nanti memimpin, Direktur meminta setiap bidang mengirimkan pegawai untuk **hadir dan meramaikan seluruh rapat umum tersebut secara bergiliran**, dengan pengaturan sebagai berikut."),
            {"table": [
                ["Tanggal", "Rapat umum", "Lokasi", "Kuota pegawai", "Angkutan"],
                ["Kamis, 14 November 2024", "Pasangan nomor urut 1", "Alun-alun Wonoreja", "Keperawatan 25, Penunjang 10", "Bus RSUD H 7161 VC"],
                ["Sabtu, 16 November 2024", "Pasangan nomor urut 2", "Lapangan Desa Tegalrejo", "Keperawatan 25, Umum 10", "Bus RSUD + Elf operasional"],
                ["Selasa, 19 November 2024", "Pasangan nomor urut 3", "GOR Satria Wonoreja", "Penunjang 15, Umum 20", "Bus RSUD H 7161 VC"],
            ], "widths": [1900, 1800, 2000, 2000, 1500], "header_row": True},
            blank(),
            L("Pegawai yang ditunjuk berangkat dari halaman parkir belakang pukul 12.30 WIB. Pada hari tersebut pegawai dicatat **dinas luar**; presensi sidik jari diisi oleh Kasubag Kepegawaian."),
            L("Pakaian bebas rapi, tidak memakai seragam dinas maupun name tag RSUD. Atribut dari panitia rapat umum boleh dikenakan di lokasi.", cont=True),
            L("Makan siang dan air mineral dibebankan pada pos konsumsi rapat Bagian Umum. Bahan bakar bus diambil dari jatah BBM kendaraan operasional bulan November.", cont=True),
            L("Jadwal jaga ruangan disesuaikan oleh kepala ruang; pelayanan IGD, ICU dan kamar bersalin tidak boleh kosong.", cont=True),
            L("Daftar nama pegawai per tanggal diserahkan ke Bagian Umum paling lambat Senin, 11 November 2024.", cont=True),
            P("Demikian untuk dilaksanakan dengan penuh tanggung jawab."),
        ] + ttd(["Wonoreja, 28 Oktober 2024", "Direktur,"], "dr. BAMBANG SETYO UTOMO, Sp.PD., M.Kes.", "NIP 19740521 200312 1 006"),
    }
    label = {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"], "classes": [2, 6, 12],
             "note": "Direktur RSUD mengerahkan kuota pegawai ke rapat umum ketiga paslon bergiliran (tidak memihak siapa pun), dinas luar, bus RSUD, BBM dan konsumsi kantor; perihal menyebut rapat umum, sisanya logistik"}
    return spec, label


# ---------------------------------------------------------------- 004
@memo
def m004():
    spec = {
        "font": "Times New Roman",
        "meta": meta("LHP Form A", "Bawaslu Seluma Ilir", "2024-01-22T03:00:00Z"),
        "kop": kop("table", ["BADAN PENGAWAS PEMILIHAN UMUM",
                             "KABUPATEN SELUMA ILIR",
                             "Jalan Lintas Barat Km. 3 Tais Baru, Bengkulu 38576"], logo="BAWASLU"),
        "body": [
            {"p": "**LAPORAN HASIL PENGAWASAN PEMILU**", "align": "center", "after": 0},
            {"p": "Nomor: 041/LHP/PM.01.02/01/2024", "align": "center", "after": 240},
            {"p": "**I. Data Pengawas Pemilu**", "align": "left"},
            {"table": [
                ["Tahapan yang diawasi", "Kampanye Pemilu 2024"],
                ["Nama pelaksana tugas pengawasan", "Rini Apriyanti, S.Sos."],
                ["Jabatan", "Anggota Bawaslu Kabupaten Seluma Ilir, Koordinator Divisi Penanganan Pelanggaran"],
                ["Nomor surat perintah tugas", "117/PM.01.02/01/2024"],
            ], "widths": [3600, 5400], "borders": True},
            blank(),
            {"p": "**II. Kegiatan Pengawasan**", "align": "left"},
            P("Pengawasan melekat terhadap grup WhatsApp \"Guru SDN Gugus III Sukaraja\" berdasarkan informasi awal dari Panwaslu Kecamatan Sukaraja tanggal 18 Januari 2024, serta klarifikasi langsung di SD Negeri 47 Seluma Ilir pada 20 Januari 2024."),
            {"p": "**III. Uraian Singkat Hasil Pengawasan**", "align": "left"},
            {"table": [
                ["No", "Waktu", "Peristiwa", "Pihak"],
                ["1", "17-01-2024, 20.41 WIB", "Pesan di grup: \"Assalamualaikum bapak ibu, jangan lupo tanggal 14 coblos caleg DPRD nomor 5 Partai Bintang Rakyat, Pak Darmawi Yusuf, beliau urang kito dewek. Tolong ajak wali murid jugo.\"", "Terlapor MS, PNS guru SDN 47 (admin grup)"],
                ["2", "17-01-2024, 21.03 WIB", "Tiga anggota grup membalas dengan stiker jempol; satu anggota menanyakan apakah ini \"perintah dari UPT\" dan dijawab terlapor \"idak, pribadi bae\".", "Anggota grup (PNS dan PPPK guru)"],
                ["3", "20-01-2024", "Terlapor membenarkan pesan tersebut dan menyatakan telah menghapusnya pada 19 Januari 2024.", "Terlapor"],
            ], "widths": [600, 1900, 4700, 1800], "header_row": True},
            blank(),
            {"p": "**IV. Dugaan Pelanggaran**", "align": "left"},
            P("Peristiwa nomor 1 patut diduga melanggar ketentuan netralitas ASN sebagaimana diatur dalam Pasal 280 ayat (2) huruf f dan Pasal 282 Undang-Undang Nomor 7 Tahun 2017 serta Pasal 5 huruf n Peraturan Pemerintah Nomor 94 Tahun 2021."),
            {"p": "**V. Tindak Lanjut**", "align": "left"},
            P("Merekomendasikan penerusan dugaan pelanggaran netralitas ASN kepada Badan Kepegawaian Negara melalui sistem pelaporan, dengan tembusan kepada Pejabat Pembina Kepegawaian Kabupaten Seluma Ilir. Bukti tangkapan layar terlampir."),
        ] + ttd(["Tais Baru, 22 Januari 2024", "Pengawas Pemilu,"], "RINI APRIYANTI, S.Sos."),
        "footer": [{"p": "LHP Form A — dokumen pengawasan, bukan putusan", "size": 16, "align": "left"}],
    }
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Laporan hasil pengawasan Bawaslu yang mengutip pesan WA 'coblos caleg DPRD nomor 5' dari guru PNS; dokumen pengawasan, bukan ajakan"}
    return spec, label


# ---------------------------------------------------------------- 005
@memo
def m005():
    wa = [
        {"p": "[11/10 19.52] Danru B Hasbi: Assalamualaikum kawan2 regu B 🙏", "size": 20},
        {"p": "[11/10 19.52] Danru B Hasbi: ada titipan dari atas. yg lepas piket hari Ahad 13/10 tolong merapat ke Gedung Serbaguna Tanjung Sengkuang jam 3 petang. ade DEKLARASI r3lawan Sahabat Datok, acare besar, die nak tengok ramai", "size": 20},
        {"p": "[11/10 19.53] Danru B Hasbi: pakai baju putih polos ye, jgn pakai PDL, jgn bawa motor patroli, parkir jauh sikit", "size": 20},
        {"p": "[11/10 19.55] Danru B Hasbi: yg belum masuk grup relawan, masuk dulu lewat link ni, nanti dibagi ID card, isi nama + no HP + kecamatan. skrg baru 9 org regu kite yg masuk, malu kite", "size": 20},
        {"p": "{link:https://chat.whatsapp.com/Kx7relawanSDtk|chat.whatsapp.com/Kx7relawanSDtk}", "size": 20},
        {"p": "[11/10 19.57] Danru B Hasbi: absen ke japri saye ye. yg tak datang tanpa kabar, jgn harap masuk jadwal lembur akhir bulan 😅", "size": 20},
        {"p": "[11/10 20.04] Rizal Satpol: siap ndan", "size": 20},
        {"p": "[11/10 20.05] Yogi Kasim: izin ndan sy jaga anak, istri dinas malam", "size": 20},
        {"p": "[11/10 20.06] Danru B Hasbi: cari ganti la yogi, ni penting utk kite semua", "size": 20},
    ]
    spec = {
        "font": "Segoe UI",
        "meta": meta("arsip seksi ops", "ops2", "2024-10-12T01:30:00Z"),
        "body": [
            {"p": "Seksi Operasi dan Pengendalian", "bold": True, "align": "left", "after": 0},
            {"p": "Satuan Polisi Pamong Praja Kabupaten Pulau Sebintan", "align": "left", "after": 0},
            {"p": "CATATAN DISPOSISI – 12/10/2024", "align": "left", "after": 240, "border_bottom": True},
            P("Diteruskan kepada Danru A, B dan C untuk dilaksanakan sesuai arahan pimpinan. Salinan pesan Danru B di bawah ini dipakai sebagai acuan bagi regu lain; mohon pola yang sama dijalankan di regu masing-masing dan rekap kehadiran dikirim ke Kasi paling lambat Ahad pukul 14.00.", first=0),
            {"textbox": wa, "width_cm": 15.5, "height_cm": 9.2},
            P("Catatan Kasi: ID card relawan diambil di ruang Seksi Ops hari Sabtu. Jangan diforward ke grup besar kantor.", first=0, italic=True),
            {"p": "Kasi Ops,", "indent": 5103, "after": 0, "align": "left"},
            {"p": "ttd", "indent": 5103, "after": 0, "align": "left"},
            {"p": "T. Zulkifli Hamid", "indent": 5103, "after": 0, "align": "left"},
        ],
    }
    label = {"violation": True, "categories": ["campaign-activity", "social-media", "inducement"], "classes": [2, 4, 11],
             "note": "Disposisi Kasi Ops Satpol PP meneruskan broadcast WA: hadiri 'DEKLARASI r3lawan Sahabat Datok', masuk grup relawan via tautan, ID card relawan; ancaman tidak dapat jadwal lembur. Tanpa kop"}
    return spec, label


# ---------------------------------------------------------------- 006
@memo
def m006():
    spec = {
        "engine": "libreoffice",
        "font": "Arial",
        "meta": meta("Panggilan Klarifikasi", "Irban IV", "2024-02-19T02:00:00Z", "2024-02-19T04:00:00Z"),
        "kop": kop("header", ["PEMERINTAH KOTA KEDUNGREJO",
                              "INSPEKTORAT DAERAH",
                              "Jl. Raya Darmo Permai No. 5 Kedungrejo 61234 · inspektorat@kedungrejokota.go.id"]),
        "body": nomor_block("700.1.2.3/212/436.5/2024", "Segera / Rahasia", "1 (satu) berkas", "Panggilan Klarifikasi",
                            place_date="Kedungrejo, 19 Februari 2024") + yth([
            "Sdr. Agus Priyambodo, S.E.", "NIP 19850317 201001 1 012", "Pengelola Data Pasar, Dinas Perdagangan"]) + [
            P("Berdasarkan penerusan laporan dari Bawaslu Kota Kedungrejo Nomor 088/PP.00.02/K.JI-27/02/2024 tanggal 15 Februari 2024 mengenai dugaan pelanggaran netralitas ASN, Inspektorat Daerah perlu meminta keterangan Saudara terkait unggahan pada akun Facebook \"Agus Priyambodo Kdr\" tanggal 9 Februari 2024 yang memuat foto Saudara bersama pasangan calon nomor urut 1 dengan pose satu jari disertai tulisan:"),
            {"p": "%%\"Tgl 14 jangan salah coblos, nomer 1 wes paling pas buat kota kita. #LanjutkanKedungrejoMaju #SatuHatiSatuArah\"%%", "indent": 1134, "align": "left"},
            P("Sehubungan dengan hal tersebut, Saudara kami minta hadir untuk memberikan klarifikasi pada:"),
            {"p": "hari, tanggal\t:\tRabu, 21 Februari 2024", "indent": 1134, "tabs": [[3402, "left"], [3686, "left"]], "after": 0, "align": "left"},
            {"p": "pukul\t:\t09.00 WIB", "indent": 1134, "tabs": [[3402, "left"], [3686, "left"]], "after": 0, "align": "left"},
            {"p": "tempat\t:\tRuang Irban IV, Lantai 2 Inspektorat Daerah", "indent": 1134, "tabs": [[3402, "left"], [3686, "left"]], "after": 0, "align": "left"},
            {"p": "menghadap\t:\tTim Pemeriksa Khusus", "indent": 1134, "tabs": [[3402, "left"], [3686, "left"]], "after": 120, "align": "left"},
            P("Saudara diminta membawa kartu identitas pegawai dan telepon seluler yang digunakan untuk mengakses akun tersebut. Pemanggilan ini belum merupakan penjatuhan hukuman; apabila Saudara berhalangan hadir tanpa alasan yang sah, pemeriksaan dilanjutkan berdasarkan bukti yang ada."),
            P("Demikian untuk menjadi perhatian."),
        ] + ttd("Inspektur Daerah,", "Ir. SRI WAHYUNINGSIH, M.M.", ["Pembina Utama Muda", "NIP 19680725 199303 2 007"]) + tembusan([
            "Wali Kota Kedungrejo (sebagai laporan);", "Kepala Dinas Perdagangan;", "Kepala BKPSDM."]),
    }
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Surat panggilan klarifikasi Inspektorat yang mengutip unggahan 'coblos nomer 1 #LanjutkanKedungrejoMaju'; dokumen penegakan"}
    return spec, label


# ---------------------------------------------------------------- 007
@memo
def m007():
    spec = {
        "font": "Tahoma",
        "meta": meta("Surat Korkab PKH P2K2 Okt", "Dinsos WS", "2024-10-07T03:00:00Z"),
        "kop": kop("body", ["PEMERINTAH KABUPATEN WAY SEKAMPUNG",
                            "DINAS SOSIAL",
                            "Jalan Raden Intan No. 8 Sukadana Baru, Lampung 34194"]),
        "body": nomor_block("400.9/611/Dinsos/2024", "Penting", "1 (satu) lembar", "Pelaksanaan P2K2 Bulan Oktober 2024",
                            place_date="Sukadana Baru, 7 Oktober 2024") + yth([
            "Koordinator Kecamatan dan Pendamping", "Sosial PKH se-Kabupaten Way Sekampung"]) + [
            P("Dalam rangka pelaksanaan Pertemuan Peningkatan Kemampuan Keluarga (P2K2) bulan Oktober 2024, bersama ini kami sampaikan hal-hal sebagai berikut:"),
            L("Modul yang disampaikan bulan ini adalah Modul Kesehatan dan Gizi sesi 3 (gizi ibu hamil dan balita) dan Modul Ekonomi sesi 2 (mengelola keuangan keluarga)."),
            L("Untuk kecamatan Sukadana Baru, Labuhan Ratu dan Marga Tiga, P2K2 bulan ini digabung dalam **Silaturahmi Akbar Keluarga Penerima Manfaat** bersama Ibu Hj. Ratna Juwita Hasan, S.E., calon Bupati nomor urut 1, pada Kamis, 17 Oktober 2024 pukul 08.00 WIB di Lapangan Merdeka Sukadana Baru.{fn:1}", cont=True),
            L("Pendamping mengatur kehadiran KPM per kelompok dengan kendaraan yang dikoordinasikan panitia. Bu Ratna akan menyampaikan langsung rencana penambahan kuota PKH dan BPNT daerah; mohon KPM diberi pemahaman bahwa program ini hanya dapat berlanjut bila beliau mendapat dukungan penuh pada 27 November nanti.", cont=True),
            L("Kecamatan lain melaksanakan P2K2 seperti biasa di kelompok masing-masing; materi tambahan berupa profil dan program beliau dibagikan dalam bentuk lembaran (terlampir) untuk dibacakan di akhir pertemuan.", cont=True),
            L("Laporan kehadiran KPM dan dokumentasi dikirim melalui aplikasi e-PKH dan salinannya ke Bidang Perlindungan dan Jaminan Sosial paling lambat 21 Oktober 2024.", cont=True),
            P("Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih."),
        ] + ttd("Kepala Dinas Sosial,", "Drs. M. ALFIAN SYAHPUTRA, M.M.", "NIP 19700614 199703 1 003"),
        "footnotes": {"1": "KPM yang tidak hadir tanpa keterangan dicatat oleh pendamping dan diusulkan untuk verifikasi ulang kelayakan kepesertaan pada pemutakhiran DTKS bulan Desember."},
    }
    label = {"violation": True, "categories": ["endorsement", "campaign-activity", "inducement", "letterhead-misuse"], "classes": [3, 7, 8],
             "note": "Dinsos menggabungkan P2K2 PKH dengan 'Silaturahmi Akbar' bersama calon Bupati no. 1 (disebut sekali, lalu 'Bu Ratna'/'beliau'); program berlanjut bila beliau didukung; catatan kaki: KPM yang tidak hadir diverifikasi ulang kepesertaannya"}
    return spec, label


# ---------------------------------------------------------------- 008
@memo
def m008():
    spec = {
        "font": "Bookman Old Style",
        "meta": meta("Kep Hukdis an. RS", "BKPSDM OIT", "2024-12-16T02:00:00Z"),
        "kop": kop("body", ["BUPATI OGAN ILIR TIMUR", "PROVINSI SUMATERA SELATAN"]),
        "body": [
            blank(),
            {"p": "KEPUTUSAN BUPATI OGAN ILIR TIMUR", "align": "center", "bold": True, "after": 0},
            {"p": "NOMOR 800.1.6.4/KPTS/BKPSDM/2024", "align": "center", "after": 120},
            {"p": "TENTANG", "align": "center", "after": 120},
            {"p": "PENJATUHAN HUKUMAN DISIPLIN SEDANG BERUPA PEMOTONGAN TUNJANGAN KINERJA", "align": "center", "bold": True, "after": 240},
            {"p": "BUPATI OGAN ILIR TIMUR,", "align": "center", "after": 240},
            {"p": "Menimbang\t:\ta.\tbahwa berdasarkan Laporan Hasil Pemeriksaan Tim Pemeriksa Nomor 700.1.2/47/LHP-Insp/XI/2024 tanggal 28 November 2024, Sdr. Rudi Saputra, S.Kom., NIP 19900304 201503 1 002, Pranata Komputer Ahli Pertama pada Dinas Komunikasi dan Informatika, terbukti pada tanggal 5 Oktober 2024 menghadiri deklarasi dukungan salah satu pasangan calon Bupati dan Wakil Bupati Ogan Ilir Timur di Gedung Wanita Indralaya Timur dengan mengenakan kaos bertuliskan \"OIT Bangkit Nomor 2\", serta memasang bingkai foto (twibbon) \"Bangkit Bersama\" sebagai gambar profil akun media sosial pribadinya;", "tabs": [[1560, "left"], [1843, "left"], [2268, "left"]], "hanging": 2268, "indent": 2268, "align": "both"},
            {"p": "\t\tb.\tbahwa perbuatan sebagaimana dimaksud huruf a melanggar kewajiban menjaga netralitas dan larangan memberikan dukungan kepada calon kepala daerah, sehingga perlu menetapkan Keputusan Bupati tentang Penjatuhan Hukuman Disiplin Sedang;", "tabs": [[1560, "left"], [1843, "left"], [2268, "left"]], "hanging": 2268, "indent": 2268, "align": "both"},
            {"p": "Mengingat\t:\t1.\tUndang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;", "tabs": [[1560, "left"], [1843, "left"], [2268, "left"]], "hanging": 2268, "indent": 2268, "align": "both", "after": 0},
            {"p": "\t\t2.\tUndang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015;", "tabs": [[1560, "left"], [1843, "left"], [2268, "left"]], "hanging": 2268, "indent": 2268, "align": "both", "after": 0},
            {"p": "\t\t3.\tPeraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;", "tabs": [[1560, "left"], [1843, "left"], [2268, "left"]], "hanging": 2268, "indent": 2268, "align": "both", "after": 240},
            {"p": "MEMUTUSKAN:", "align": "center", "bold": True},
            {"p": "Menetapkan\t:", "tabs": [[1560, "left"], [1843, "left"]], "align": "left"},
            {"p": "KESATU\t:\tMenjatuhkan hukuman disiplin sedang berupa pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama 9 (sembilan) bulan kepada Sdr. Rudi Saputra, S.Kom., NIP 19900304 201503 1 002.", "tabs": [[1560, "left"], [1843, "left"]], "hanging": 1843, "indent": 1843},
            {"p": "KEDUA\t:\tHukuman disiplin sebagaimana dimaksud Diktum KESATU berlaku sejak tanggal keputusan ini disampaikan kepada yang bersangkutan.", "tabs": [[1560, "left"], [1843, "left"]], "hanging": 1843, "indent": 1843},
            {"p": "KETIGA\t:\tApabila yang bersangkutan keberatan, dapat mengajukan upaya administratif sesuai ketentuan peraturan perundang-undangan.", "tabs": [[1560, "left"], [1843, "left"]], "hanging": 1843, "indent": 1843},
        ] + ttd(["Ditetapkan di Indralaya Timur", "pada tanggal 16 Desember 2024", "BUPATI OGAN ILIR TIMUR,"], "H. MUHAMMAD NAWAWI, S.H.") + tembusan([
            "Kepala Badan Kepegawaian Negara;", "Ketua Bawaslu Kabupaten Ogan Ilir Timur;", "Kepala Dinas Komunikasi dan Informatika;", "Yang bersangkutan."]),
    }
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Keputusan hukuman disiplin yang mengutip pelanggaran (hadir deklarasi dukungan, kaos 'OIT Bangkit Nomor 2', twibbon); penegakan, bukan ajakan"}
    return spec, label


# ---------------------------------------------------------------- 009
@memo
def m009():
    spec = {
        "font": "Arial Narrow",
        "size": 23,
        "meta": meta("ND silaturahmi penyuluh", "Subbag TU Kemenag Pasirwetan", "2024-10-14T01:00:00Z", "2024-10-15T09:12:00Z",
                     change_author="Kasubbag TU"),
        "kop": kop("header", ["KEMENTERIAN AGAMA REPUBLIK INDONESIA",
                              "KANTOR KEMENTERIAN AGAMA KABUPATEN PASIRWETAN",
                              "Jalan KH. Hasyim Asy'ari No. 31 Pasirwetan 67182 · Telepon (0343) 4211xx"]),
        "body": [
            {"p": "**NOTA DINAS**", "align": "center", "after": 0},
            {"p": "Nomor B-2318/Kk.15.27/1/HM.00/10/2024", "align": "center", "after": 240},
            {"p": "Yth.\t:\tKasi Bimas Islam, Kasi Pendidikan Madrasah, Kepala KUA se-Kabupaten Pasirwetan", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Dari\t:\tKepala Kantor", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Hal\t:\tSilaturahmi dan Pengajian Akbar Penyuluh Agama bersama Paslon Nomor Urut 2", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Tanggal\t:\t15 Oktober 2024", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 240, "align": "left"},
            P("Dalam rangka silaturahmi dan pengajian akbar bersama KH. Anwar Mubarok dan Dr. Ir. Sugeng Wicaksono, pasangan calon Bupati dan Wakil Bupati Pasirwetan nomor urut 2, kami mohon bantuan Saudara untuk menyiapkan hal-hal berikut."),
            {"p": "**1. Waktu dan tempat**", "align": "left", "after": 60},
            P("Ahad, 27 Oktober 2024, pukul 08.00 WIB s.d. selesai, Aula Kantor Kementerian Agama Kabupaten Pasirwetan (lantai 1 dan halaman depan). Tenda tambahan dipasang di halaman parkir."),
            {"p": "**2. Peserta**", "align": "left", "after": 60},
            P("Penyuluh Agama Islam PNS dan non-PNS, penghulu, guru madrasah negeri, pengurus majelis taklim binaan KUA, dan pengurus BKMT kecamatan. Setiap KUA menghadirkan minimal 40 orang. {ins:Penyuluh non-PNS membawa jamaah masing-masing paling sedikit 10 orang, dan dokumentasi kegiatan mohon diunggah di akun pribadi dengan menandai akun @kyaianwar.official serta tagar #PasirwetanBerkah02.}"),
            {"p": "**3. Kebutuhan dan pembiayaan**", "align": "left", "after": 60},
            {"table": [
                ["No", "Uraian", "Volume", "Harga satuan (Rp)", "Jumlah (Rp)", "Sumber"],
                ["1", "Konsumsi kotak peserta", "600 kotak", "25.000", "15.000.000", "DIPA 2024 akun 521211"],
                ["2", "Snack tamu VIP", "60 porsi", "35.000", "2.100.000", "DIPA 2024 akun 521211"],
                ["3", "Sewa tenda dan kursi", "1 paket", "4.500.000", "4.500.000", "DIPA 2024 akun 522141"],
                ["4", "Sound system dan layar", "1 paket", "3.000.000", "3.000.000", "Swadaya KUA"],
                ["", "**Jumlah**", "", "", "**24.600.000**", ""],
            ], "widths": [500, 2700, 1200, 1500, 1500, 2000], "header_row": True},
            blank(),
            {"p": "**4. Lain-lain**", "align": "left", "after": 60},
            P("Peserta berpakaian muslim/muslimah warna hijau. {del:Kegiatan dilaksanakan di luar kantor.}Daftar hadir per KUA diserahkan kepada Subbag Tata Usaha sebelum acara dimulai. Kasubbag TU berkoordinasi dengan tim beliau mengenai susunan acara dan sambutan."),
            P("Demikian, atas kerja samanya disampaikan terima kasih."),
        ] + ttd("Kepala Kantor,", "H. MOH. ZAINURI, S.Ag., M.Pd.I.", "NIP 19710203 199803 1 002"),
    }
    label = {"violation": True, "categories": ["campaign-activity", "state-facility", "social-media", "letterhead-misuse"], "classes": [3, 6, 13],
             "note": "Kemenag kab. menggelar silaturahmi/pengajian akbar bersama paslon no. 2 di aula kantor, kuota peserta per KUA, konsumsi dan tenda dari DIPA; sisipan tracked: unggah dan tandai @kyaianwar.official #PasirwetanBerkah02"}
    return spec, label


# ---------------------------------------------------------------- 010
@memo
def m010():
    spec = {
        "font": "Arial",
        "meta": meta("SE Sekda libur pungut suara", "Bag. Organisasi", "2024-11-18T02:00:00Z"),
        "kop": kop("header", ["PEMERINTAH KOTA TIRTA SARI",
                              "SEKRETARIAT DAERAH",
                              "Jalan Puputan Margarana No. 2 Tirta Sari, Bali 80361"]),
        "body": [
            {"p": "Tirta Sari, 18 November 2024", "align": "right", "after": 120},
            {"p": "**SURAT EDARAN**", "align": "center", "after": 0},
            {"p": "NOMOR 000.8.3/3317/Org", "align": "center", "after": 0},
            {"p": "TENTANG HARI LIBUR DAN PELAKSANAAN TUGAS PADA HARI PEMUNGUTAN SUARA PEMILIHAN SERENTAK TAHUN 2024", "align": "center", "bold": True, "after": 240},
            {"p": "Kepada Yth. Kepala Perangkat Daerah, Camat, Perbekel/Lurah, dan Direktur RSUD di lingkungan Pemerintah Kota Tirta Sari", "align": "left"},
            P("Menindaklanjuti Keputusan Presiden Nomor 19 Tahun 2024 tentang Hari Pemungutan Suara Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota Serentak Tahun 2024 sebagai Hari Libur Nasional, dengan ini disampaikan:"),
            L("Rabu, 27 November 2024 adalah hari libur nasional. Pelayanan kantor ditiadakan, kecuali unit pelayanan dasar (RSUD, puskesmas rawat inap, pemadam kebakaran, dan Satpol PP piket) yang mengatur jadwal jaga sedemikian rupa sehingga setiap petugas tetap dapat menggunakan hak pilihnya."),
            L("Seluruh ASN dan Non ASN diimbau menggunakan hak pilih di TPS tempat terdaftar. Pegawai dapat memeriksa status terdaftar melalui {link:https://cekdptonline.kpu.go.id|cekdptonline.kpu.go.id}.", cont=True),
            L("Pegawai yang ditetapkan sebagai anggota KPPS, PPS, PPK atau Pengawas TPS diberikan izin tidak masuk kerja pada hari pelatihan dan satu hari setelah pemungutan suara (28 November 2024) dengan melampirkan SK penyelenggara kepada atasan langsung.", cont=True),
            L("Pada hari pemungutan suara, ASN tidak mengenakan pakaian atau atribut yang bergambar pasangan calon, tidak mengarahkan keluarga atau warga banjar untuk memilih pasangan tertentu, dan tidak melakukan dokumentasi surat suara di bilik.", cont=True),
            L("Apel pagi dan presensi tanggal 28 November 2024 dilaksanakan seperti biasa pukul 07.30 WITA.", cont=True),
            P("Demikian untuk dilaksanakan dan disebarluaskan kepada seluruh pegawai."),
        ] + ttd(["a.n. WALI KOTA TIRTA SARI", "SEKRETARIS DAERAH,"], "Dr. I GUSTI NGURAH PUTU WIRAWAN, S.T., M.T.", ["Pembina Utama Madya", "NIP 19690913 199503 1 004"]),
        "footer": [{"p": "Ngiring sareng-sareng nyukseang Pilkada 2024 sane aman lan damai", "size": 16, "italic": True, "align": "center"}],
    }
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "SE Sekda tentang libur hari pemungutan suara, 'gunakan hak pilih', izin ASN yang menjadi KPPS/PPS; larangan atribut. Logistik pemilu netral"}
    return spec, label



# ---------------------------------------------------------------- 011
@memo
def m011():
    spec = {
        "engine": "libreoffice",
        "font": "Calibri",
        "meta": meta("notulen rapat bagian umum 15-01", "staf umum setwan", "2024-01-15T08:10:00Z"),
        "body": [
            {"p": "NOTULEN RAPAT INTERNAL", "bold": True, "align": "center", "after": 0},
            {"p": "BAGIAN UMUM DAN KEUANGAN SEKRETARIAT DPRD KABUPATEN ROKAN TENGAH", "bold": True, "align": "center", "after": 240},
            {"p": "Hari/tanggal\t: Senin, 15 Januari 2024", "tabs": [[2268, "left"]], "after": 0, "align": "left"},
            {"p": "Tempat\t: Ruang Rapat Banggar lantai 2", "tabs": [[2268, "left"]], "after": 0, "align": "left"},
            {"p": "Pimpinan rapat\t: Kabag Umum dan Keuangan (Syafrudin, S.E.)", "tabs": [[2268, "left"]], "after": 0, "align": "left"},
            {"p": "Peserta\t: Kasubag Rumah Tangga, Kasubag Keuangan, Kasubag Perlengkapan, staf PNS dan PPPK (22 orang)", "tabs": [[2268, "left"]], "hanging": 2268, "indent": 2268, "after": 0, "align": "left"},
            {"p": "Notulis\t: Dewi Rahmawati", "tabs": [[2268, "left"]], "after": 240, "align": "left"},
            {"p": "**Pembahasan dan keputusan**", "align": "left"},
            L("**Persiapan reses masa sidang I.** Jadwal reses 29 Januari – 3 Februari 2024. SPPD anggota disiapkan Subbag Keuangan paling lambat 24 Januari. Sepakat pendamping reses tetap 1 staf per dapil."),
            L("**Pemeliharaan kendaraan.** Dua unit Innova pimpinan masuk bengkel; bus sekretariat BM 7021 KP siap jalan. Diputuskan servis rutin bus dimajukan ke minggu ini.", cont=True),
            L("**Kehadiran staf pada kampanye rapat umum.** Kabag menyampaikan bahwa hampir seluruh anggota dewan maju kembali dari berbagai partai, dan sekretariat jangan sampai dinilai hanya dekat dengan satu fraksi. Setelah diskusi, **diputuskan**:", cont=True),
            L("staf dibagi menjadi enam kelompok dan setiap kelompok wajib hadir di rapat umum partai yang kadernya duduk di DPRD Rokan Tengah sesuai jadwal KPU (21 Januari – 10 Februari 2024), tanpa membedakan partai;", 1),
            L("keberangkatan menggunakan bus sekretariat dari halaman kantor pukul 13.00 WIB; staf yang ikut diberi SPT dinas luar dalam kota oleh Kabag, sehingga tidak dihitung tidak masuk kerja;", 1, cont=True),
            L("setiap kelompok mengambil foto kehadiran di lokasi dan mengirimkannya ke grup \"Umum Setwan\" sebagai bukti untuk dilaporkan kepada Sekwan;", 1, cont=True),
            L("uang makan kelompok dibebankan pada kegiatan penyediaan jasa penunjang urusan pemerintahan (rapat dan koordinasi).", 1, cont=True),
            L("**Lain-lain.** Kasubag Perlengkapan mengingatkan inventarisasi BMD semester II belum selesai. Sepakat diselesaikan sebelum 31 Januari 2024.", cont=True),
            P("Rapat ditutup pukul 11.40 WIB.", first=0),
            {"table": [
                ["Pembagian kelompok (ringkas)", "", ""],
                ["Kelompok", "Koordinator", "Jumlah staf"],
                ["I dan II", "Hendra Gunawan", "8"],
                ["III dan IV", "Sri Mulyati", "7"],
                ["V dan VI", "Rio Pratama", "7"],
            ], "widths": [3000, 3500, 2500], "borders": True},
            {"p": "Rokan Tengah, 15 Januari 2024", "indent": 5103, "after": 0, "align": "left", "before": 240},
            {"p": "Notulis,", "indent": 5103, "after": 600, "align": "left"},
            {"p": "Dewi Rahmawati", "indent": 5103, "after": 0, "align": "left"},
            {"p": "Mengetahui, Kabag Umum dan Keuangan: Syafrudin, S.E.", "align": "left", "before": 240, "size": 20},
        ],
    }
    label = {"violation": True, "categories": ["campaign-activity", "state-facility"], "classes": [9, 12],
             "note": "Notulen Setwan (tanpa kop): 'diputuskan' staf wajib hadir rapat umum semua partai bergiliran, bus sekretariat, SPT dinas luar, uang makan dari anggaran rapat"}
    return spec, label


# ---------------------------------------------------------------- 012
@memo
def m012():
    spec = {
        "font": "Arial",
        "meta": meta("Sprin penertiban APK", "Satpol PP Grobogan Selatan", "2024-10-02T02:00:00Z"),
        "kop": kop("table", ["PEMERINTAH KABUPATEN GROBOGAN SELATAN",
                             "SATUAN POLISI PAMONG PRAJA",
                             "Jalan Gajah Mada No. 19 Purwodadi Kidul, Jawa Tengah 58115"], logo="[lambang daerah]"),
        "body": [
            {"p": "**SURAT PERINTAH**", "align": "center", "after": 0},
            {"p": "Nomor: 300.1/0612/SPP/2024", "align": "center", "after": 240},
            {"p": "Dasar\t:\t1.\tPeraturan KPU Nomor 13 Tahun 2024 tentang Kampanye Pemilihan;", "tabs": [[1418, "left"], [1702, "left"], [2127, "left"]], "hanging": 2127, "indent": 2127, "after": 0, "align": "left"},
            {"p": "\t\t2.\tKeputusan KPU Kabupaten Grobogan Selatan tentang Lokasi Pemasangan Alat Peraga Kampanye;", "tabs": [[1418, "left"], [1702, "left"], [2127, "left"]], "hanging": 2127, "indent": 2127, "after": 0, "align": "left"},
            {"p": "\t\t3.\tSurat Bawaslu Kabupaten Grobogan Selatan Nomor 221/PM.00.02/K.JT-14/09/2024 perihal Rekomendasi Penertiban APK.", "tabs": [[1418, "left"], [1702, "left"], [2127, "left"]], "hanging": 2127, "indent": 2127, "after": 240, "align": "left"},
            {"p": "MEMERINTAHKAN:", "align": "center", "bold": True},
            {"p": "Kepada\t:\tKepala Bidang Penegakan Perda beserta 2 (dua) regu anggota sebagaimana daftar terlampir.", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "align": "left"},
            {"p": "Untuk\t:\tMelaksanakan penertiban alat peraga kampanye dan atribut yang terpasang di kantor pemerintah, kendaraan dinas, dan fasilitas umum yang dilarang, pada lokasi berikut:", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "align": "both"},
            {"table": [
                ["No", "Lokasi", "Temuan", "Tindakan"],
                ["1", "Pagar depan Kantor Kecamatan Gubug Lor", "Baliho 4x6 m bergambar Bupati petahana, tulisan \"Lanjutkan Bersama Pak Darmo — Grobogan Selatan Makmur Tenan\"", "Diturunkan, diserahkan ke Bawaslu"],
                ["2", "Halaman Puskesmas Karangrayung II", "Dua umbul-umbul pasangan calon nomor urut 1 dan satu spanduk nomor urut 2", "Diturunkan"],
                ["3", "Mobil dinas Dinas Pertanian K 9043 GX", "Stiker kaca belakang \"Dulur Darmo 2 Periode\"", "Dilepas di tempat, pengemudi dicatat"],
                ["4", "Tiang PJU Jl. Ahmad Yani depan SMP Negeri 2", "Bendera partai dan poster caleg sisa Pemilu Februari", "Diturunkan"],
            ], "widths": [500, 2700, 3800, 2000], "header_row": True},
            blank(),
            {"textbox": [
                {"p": "**Catatan pelaksanaan**", "size": 20},
                {"p": "Petugas tidak membawa atau mengenakan atribut apa pun. Setiap penurunan didokumentasikan (foto sebelum-sesudah), disaksikan Panwascam setempat, dan barang hasil penertiban dicatat dalam berita acara lalu diserahkan ke Bawaslu Kabupaten. Penertiban berlaku sama untuk semua pasangan calon.", "size": 20},
            ], "width_cm": 15.5, "height_cm": 3.2},
            {"p": "Waktu\t:\tKamis–Jumat, 3–4 Oktober 2024, pukul 08.00 WIB s.d. selesai.", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "align": "left"},
            P("Setelah melaksanakan perintah ini agar segera melaporkan hasilnya kepada Kepala Satuan."),
        ] + ttd(["Dikeluarkan di Purwodadi Kidul", "pada tanggal 2 Oktober 2024", "Kepala Satuan Polisi Pamong Praja,"], "SUGIYANTO, S.Sos., M.M.", "NIP 19720408 199803 1 005"),
    }
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Surat perintah Satpol PP menurunkan APK di kantor/kendaraan dinas, mengutip slogan baliho petahana 'Lanjutkan Bersama Pak Darmo' dan stiker '2 Periode'; penegakan untuk semua paslon"}
    return spec, label


# ---------------------------------------------------------------- 013
@memo
def m013():
    spec = {
        "font": "Century Gothic",
        "size": 22,
        "meta": meta("pengumuman jalsehat", "kel sukamaju kidul", "2024-10-21T04:00:00Z"),
        "kop": kop("body", ["PEMERINTAH KOTA CIBANTEN",
                            "KECAMATAN WALANTAKA RAYA",
                            "KELURAHAN SUKAMAJU KIDUL",
                            "Jl. Raya Petir–Walantaka Km. 4, Cibanten 42183"]),
        "body": [
            blank(),
            {"p": "**PENGUMUMAN**", "align": "center", "after": 0},
            {"p": "Nomor: 005/217/Kel.SMK/X/2024", "align": "center", "after": 240},
            {"p": "Kepada Yth. Bapak/Ibu Ketua RW 01–09, Ketua RT, Ketua LPM, Kader Posyandu dan Ketua Majelis Taklim se-Kelurahan Sukamaju Kidul", "align": "left"},
            P("Sampurasun. Dengan hormat, dalam rangka mempererat silaturahmi warga, Kelurahan bersama panitia akan mengadakan **Jalan Sehat Bareng Kang Haji Endang Suherman**, calon Wali Kota Cibanten nomor urut 3, dengan ketentuan:"),
            L("Hari Minggu, 3 November 2024, kumpul jam 06.00 WIB di halaman Kantor Kelurahan, rute Kelurahan – Pasar Petir – Lapangan Bola Kampung Kadu (± 4 km)."),
            L("Setiap RT mengirimkan **minimal 50 warga**. Mangga ketua RT mendata warganya; daftar nama diserahkan ke Kasi Pemerintahan paling lambat Kamis, 31 Oktober.", cont=True),
            L("Kupon doorprize dan paket sembako (beras 5 kg + minyak 1 liter) **hanya diberikan kepada warga yang menyerahkan fotokopi KTP dan KK** ke meja registrasi. Fotokopi dikumpulkan per RT dalam map, jangan dicampur.", cont=True),
            L("Peserta memakai kaos putih; kaos dan topi dari panitia dibagikan di lokasi. Hayu urang rame-rame, sing kompak, tunjukkan Sukamaju Kidul dukung Kang Haji!", cont=True),
            L("Kader posyandu membantu di pos air minum; Linmas kelurahan mengatur jalan.", cont=True),
            {"textbox": [
                {"p": "KUPON JALAN SEHAT — No. ......", "bold": True, "align": "center"},
                {"p": "Nama: ..............................  RT/RW: ......./.......", "align": "left"},
                {"p": "Tukarkan di meja registrasi dengan fotokopi KTP + KK. Kupon diundi setelah sambutan Kang Haji.", "align": "left", "size": 18},
            ], "width_cm": 12, "height_cm": 2.6},
            P("Atas perhatian dan partisipasinya, hatur nuhun."),
        ] + ttd(["Sukamaju Kidul, 21 Oktober 2024", "Lurah Sukamaju Kidul,"], "RAHMAT HIDAYATULLOH, S.STP.", "NIP 19880615 201001 1 003"),
    }
    label = {"violation": True, "categories": ["endorsement", "campaign-activity", "inducement", "letterhead-misuse"], "classes": [3, 8, 11],
             "note": "Pengumuman lurah: jalan sehat bersama calon wali kota no. 3, kuota 50 warga per RT; sembako/kupon hanya untuk yang menyerahkan fotokopi KTP+KK; 'dukung Kang Haji' (sisipan bahasa Sunda)"}
    return spec, label


# ---------------------------------------------------------------- 014
@memo
def m014():
    spec = {
        "font": "Arial",
        "meta": meta("ND pencairan NPHD tahap II", "Bidang Anggaran", "2024-08-26T02:00:00Z", "2024-08-27T08:40:00Z",
                     change_author="Kabid Anggaran"),
        "kop": kop("header", ["PEMERINTAH KOTA BUKIT GADANG",
                              "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
                              "Jalan Sudirman No. 40 Bukit Gadang, Sumatera Barat 26115"]),
        "body": [
            {"p": "**NOTA DINAS**", "align": "center", "after": 240},
            {"p": "Yth.\t:\tSekretaris Daerah Kota Bukit Gadang", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Dari\t:\tKepala BPKAD", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Nomor\t:\t900.1.15/884/BPKAD/2024", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Tanggal\t:\t27 Agustus 2024", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Hal\t:\tPencairan Tahap II Hibah Dukungan Anggaran Pemilihan Wali Kota dan Wakil Wali Kota Tahun 2024", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 240, "align": "left", "border_bottom": True},
            P("Sesuai Naskah Perjanjian Hibah Daerah (NPHD) yang ditandatangani pada 10 November 2023, dukungan anggaran Pemerintah Kota Bukit Gadang untuk penyelenggaraan dan pengawasan Pemilihan Tahun 2024 disalurkan dalam dua tahap (40% dan 60%). Tahap I telah dicairkan pada Desember 2023. Untuk tahap II, kami laporkan kesiapan sebagai berikut:"),
            {"table": [
                ["Penerima hibah", "Nilai NPHD (Rp)", "Tahap I (Rp)", "Tahap II (Rp)", "Status dokumen"],
                ["KPU Kota Bukit Gadang", "21.450.000.000", "8.580.000.000", "{del:12.780.000.000}{ins:12.870.000.000}", "Lengkap; laporan penggunaan tahap I diterima 19-08-2024"],
                ["Bawaslu Kota Bukit Gadang", "7.300.000.000", "2.920.000.000", "4.380.000.000", "Menunggu rekening hibah yang diperbarui"],
                ["Polres Bukit Gadang (pengamanan)", "2.100.000.000", "—", "2.100.000.000", "Sekaligus, sesuai NPHD pengamanan"],
            ], "widths": [2300, 1700, 1600, 1700, 1700], "header_row": True},
            blank(),
            P("Kas daerah tersedia untuk pencairan pada minggu pertama September 2024. Kami mohon persetujuan Bapak agar SP2D diterbitkan segera setelah Bawaslu menyampaikan rekening baru{ins:, paling lambat 6 September 2024}."),
            P("Sebagai catatan, dukungan ini bersifat hibah kepada penyelenggara dan pengawas, bukan kepada peserta pemilihan, sehingga tidak ada perlakuan berbeda terhadap bakal pasangan calon mana pun."),
        ] + ttd("Kepala BPKAD,", "YULIANA SYAFITRI, S.E., Ak., M.Si.", "NIP 19750911 200003 2 002"),
    }
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Nota dinas BPKAD pencairan hibah 'dukungan anggaran' NPHD ke KPU, Bawaslu, Polres; tracked change pada angka; bukan dukungan peserta"}
    return spec, label


# ---------------------------------------------------------------- 015
@memo
def m015():
    spec = {
        "font": "Calibri",
        "meta": meta("ND jadwal riksa TW IV", "Sekretariat Inspektorat", "2024-10-01T01:30:00Z", "2024-10-01T03:05:00Z"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN BATANG MERANGIN",
                              "INSPEKTORAT DAERAH",
                              "Jalan Jenderal Sudirman Km. 2 Bangko Hilir, Jambi 37311"]),
        "body": [
            {"p": "**NOTA DINAS**", "align": "center", "after": 0},
            {"p": "Nomor: 700/405/INSP/2024", "align": "center", "after": 240},
            {"p": "Kepada\t:\tPara Inspektur Pembantu, Auditor dan P2UPD", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Dari\t:\tSekretaris Inspektorat", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Perihal\t:\tJadwal Pemeriksaan Reguler Triwulan IV dan Tertib Pelaporan", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 240, "align": "left"},
            {"p": "**A. Jadwal**", "align": "left"},
            {"table": [
                ["Minggu", "Objek pemeriksaan", "Tim"],
                ["7–11 Oktober", "Dinas PUPR, Dinas Perkim", "Irban I"],
                ["14–18 Oktober", "Kecamatan Tabir Ulu, Pamenang Selatan", "Irban II"],
                ["21–25 Oktober", "RSUD Kolonel Abunjani Hilir", "Irban III"],
                ["28 Okt – 1 Nov", "Dana Desa sampel 12 desa", "Irban IV"],
            ], "widths": [2000, 4800, 2200], "header_row": True},
            blank(),
            {"p": "**B. Pelaporan**", "align": "left"},
            L("Konsep LHP diunggah ke SIMWAS paling lambat 5 hari kerja setelah pemeriksaan lapangan selesai."),
            L("Temuan kerugian daerah langsung dikoordinasikan dengan Irban terkait untuk TLHP.", cont=True),
            L("Rekap tindak lanjut triwulan III disampaikan ke Subbag Evaluasi dan Pelaporan paling lambat 15 Oktober 2024.", cont=True),
            {"p": "**C. Lain-lain**", "align": "left"},
            P("Menindaklanjuti arahan pimpinan dalam rapat staf tanggal 30 September 2024, seluruh auditor dan P2UPD diminta bergabung dengan {split:Relawan Dig|ital Meran|gin Lanjut} dan setiap hari membagikan minimal dua konten dari akun {link:https://www.instagram.com/meranginlanjut.id|@meranginlanjut.id} ke story dan grup keluarga masing-masing, dengan tagar **#MeranginLanjut** dan **#DuaPeriodeBangFauzi**. Pendaftaran relawan melalui Kasubbag Umum; tangkapan layar bagikan dikirim setiap Jumat bersama laporan kinerja harian."),
            P("Demikian disampaikan untuk dilaksanakan."),
        ] + ttd("Sekretaris,", "HERMANSYAH, S.E., M.Ak., CGCAE", "NIP 19781123 200604 1 009"),
        "footer": [{"p": "Inspektorat Batang Merangin | Integritas · Profesional · Independen", "size": 16, "align": "center"}],
    }
    label = {"violation": True, "categories": ["social-media", "campaign-activity", "endorsement", "letterhead-misuse"], "classes": [4, 5, 10],
             "note": "Nota dinas Inspektorat (jadwal riksa + 'Pelaporan'), bagian Lain-lain: auditor gabung 'Relawan Digital Merangin Lanjut', bagikan konten @meranginlanjut.id dengan #MeranginLanjut #DuaPeriodeBangFauzi"}
    return spec, label


# ---------------------------------------------------------------- 016
@memo
def m016():
    spec = {
        "font": "Arial",
        "meta": meta("Notulen rakor lalin kampanye", "Sudinhub JU", "2024-11-05T07:00:00Z"),
        "kop": kop("header", ["PEMERINTAH PROVINSI DAERAH KHUSUS JAKARTA",
                              "SUKU DINAS PERHUBUNGAN KOTA ADMINISTRASI JAKARTA UTARA",
                              "Jalan Yos Sudarso No. 27, Jakarta 14320"]),
        "body": [
            {"p": "**NOTULA RAPAT KOORDINASI**", "align": "center", "after": 0},
            {"p": "Pengaturan Lalu Lintas pada Kampanye Rapat Umum Pemilihan Gubernur dan Wakil Gubernur 2024", "align": "center", "after": 240},
            {"p": "Waktu: Selasa, 5 November 2024, 09.00–11.30 WIB · Tempat: Ruang Rapat Sudinhub · Hadir: Kasudin, Kasatpel Kecamatan, Satlantas Polres Metro Jakarta Utara, Satpol PP Kota, perwakilan KPU dan Bawaslu Kota, LO ketiga tim kampanye pasangan calon.", "align": "left"},
            {"p": "**Hasil rapat**", "align": "left"},
            L("Jadwal dan lokasi rapat umum mengikuti keputusan KPU Provinsi. Di wilayah Jakarta Utara terdapat satu rapat umum untuk setiap pasangan calon; pola pengaturan lalu lintas dan jumlah personel dibuat **sama** untuk ketiganya."),
            {"table": [
                ["Tanggal", "Pasangan calon", "Lokasi", "Personel Dishub", "Rekayasa lalu lintas"],
                ["10-11-2024", "Nomor urut 1", "Lapangan JIS sisi barat", "40", "Pengalihan arus Jl. Sunter Permai"],
                ["13-11-2024", "Nomor urut 2", "Lapangan JIS sisi barat", "40", "Pengalihan arus Jl. Sunter Permai"],
                ["16-11-2024", "Nomor urut 3", "Lapangan JIS sisi barat", "40", "Pengalihan arus Jl. Sunter Permai"],
            ], "widths": [1400, 1600, 2300, 1400, 2300], "header_row": True},
            blank(),
            L("Personel Dishub bertugas di titik pengaturan dengan seragam PDL dan rompi; tidak masuk ke area panggung, tidak mengenakan atau menerima atribut, kaos, maupun makanan dari tim kampanye mana pun.", cont=True),
            L("Parkir bus peserta diatur di kantong parkir yang disepakati dengan LO; permintaan tambahan dari satu tim diberikan kepada tim lain dengan porsi yang sama.", cont=True),
            L("Kendaraan derek dan mobil patroli Dishub hanya digunakan untuk penanganan lalu lintas; dilarang dipakai mengangkut peserta atau logistik kampanye.", cont=True),
            L("Laporan pelaksanaan disampaikan ke Dinas Perhubungan Provinsi paling lambat H+1.", cont=True),
            P("Notula ini dibuat untuk dipergunakan sebagaimana mestinya.", first=0),
        ] + ttd(["Jakarta, 5 November 2024", "Kepala Suku Dinas Perhubungan", "Kota Administrasi Jakarta Utara,"], "ANDREAS MANURUNG, S.SiT., M.T.", "NIP 19790214 200212 1 001"),
    }
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Rakor pengaturan lalu lintas rapat umum, porsi sama untuk ketiga paslon; petugas bertugas, dilarang atribut dan dilarang angkut peserta. Umpan 'kampanye rapat umum'"}
    return spec, label


# ---------------------------------------------------------------- 017
@memo
def m017():
    spec = {
        "font": "Times New Roman",
        "meta": meta("Evaluasi TPP TW IV", "Bidang PKAP", "2024-11-04T02:00:00Z", "2024-11-04T10:20:00Z"),
        "kop": kop("table", ["PEMERINTAH KABUPATEN KARANGSARI",
                             "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                             "Jalan Ngurah Rai No. 9 Karangsari, Bali 80811 · bkpsdm@karangsarikab.go.id"], logo="[logo]"),
        "body": nomor_block("800.1.3/1502/BKPSDM", "Penting", "-", "Evaluasi Kinerja dan TPP Triwulan IV Tahun 2024",
                            place_date="Karangsari, 4 November 2024") + yth([
            "Kepala Perangkat Daerah dan Camat", "se-Kabupaten Karangsari"]) + [
            P("Om Swastyastu. Menindaklanjuti arahan Bapak Bupati I Wayan Sukerta, S.H. dalam rapat pimpinan tanggal 1 November 2024, bersama ini kami sampaikan ketentuan evaluasi kinerja dan Tambahan Penghasilan Pegawai (TPP) triwulan IV:"),
            L("Penilaian kinerja bulanan tetap melalui e-Kinerja BKN; pengisian SKP dan realisasi paling lambat tanggal 5 bulan berikutnya."),
            L("Kehadiran dan disiplin apel tetap menjadi komponen pengurang TPP sesuai Peraturan Bupati Nomor 7 Tahun 2024.", cont=True),
            L("Mengingat program Karangsari Santhi Desa yang telah berjalan lima tahun perlu dilanjutkan, pimpinan berharap Bapak Wayan dapat {split:memim|pin kemb|ali} Karangsari periode 2025–2030. Untuk itu kepala perangkat daerah dan camat memastikan pegawai beserta keluarganya berada dalam satu barisan dengan beliau pada 27 November 2024. Rapat pimpinan telah memutuskan target perolehan minimal 70% di setiap desa/kelurahan, dan target tersebut dibebankan kepada camat serta kepala perangkat daerah sesuai domisili pegawainya.", cont=True),
            L("Perolehan suara di desa/kelurahan tempat pegawai berdomisili akan dicermati bersama hasil e-Kinerja. **TPP bulan Desember bagi pegawai yang diketahui tidak sejalan akan ditangguhkan** sampai ada klarifikasi dari kepala perangkat daerah, dan camat yang wilayahnya tertinggal akan dievaluasi pada mutasi awal tahun.", cont=True),
            L("Rekap nama pegawai per desa domisili dikirim ke Bidang Penilaian Kinerja dan Penghargaan paling lambat 15 November 2024 melalui surel dinas.", cont=True),
            P("Demikian disampaikan untuk menjadi perhatian. Om Santih, Santih, Santih, Om."),
        ] + ttd("Kepala BKPSDM,", "I NYOMAN ARTA WIGUNA, S.Sos., M.AP.", "NIP 19760517 199603 1 002"),
        "footer": [{"p": "Dokumen internal — tidak untuk disebarluaskan", "size": 16, "align": "right", "italic": True}],
    }
    label = {"violation": True, "categories": ["endorsement", "inducement", "letterhead-misuse"], "classes": [1, 8, 9, 10],
             "note": "Surat BKPSDM (kop BKPSDM, 'Menindaklanjuti arahan'): bupati diharapkan 'memimpin kembali'; pegawai dan keluarga satu barisan; rapim memutuskan target 70% per desa; TPP Desember ditangguhkan bagi yang tidak sejalan, camat dievaluasi mutasi"}
    return spec, label


# ---------------------------------------------------------------- 018
@memo
def m018():
    spec = {
        "font": "Segoe UI",
        "size": 21,
        "meta": meta("bc PIN polio", "P2P Dinkes", "2024-07-15T01:00:00Z"),
        "body": [
            {"p": "Teruskan ke grup puskesmas — dari Bidang P2P Dinkes Lingga Timur", "italic": True, "align": "left", "size": 18},
            {"p": "*INFO PENTING PIN POLIO PUTARAN 2* 📢", "bold": True, "align": "left"},
            {"p": "Assalamualaikum wr wb, salam sehat kawan² puskesmas 🙏", "align": "left"},
            {"p": "Mengingatkan, putaran kedua Pekan Imunisasi Nasional Polio dimulai Senin 22 Juli s/d 28 Juli. Target cakupan kite minimal 95% anak 0–7 th. Putaran 1 kemarin Puskesmas Dabo Timur dan Senayang Laut masih 88%, mohon dikejar ye 💪", "align": "left"},
            {"p": "Beberape hal:", "align": "left"},
            {"p": "1. Tiap puskesmas bentuk *tim sukses PIN* (bidan desa + kader + 1 staf promkes) yg tugasnya sweeping anak yg belum diimunisasi. Nama tim kirim ke sy paling lambat Jumat.", "align": "left"},
            {"p": "2. Kampanye PIN lewat masjid & gereja tolong dilanjutkan, naskah pengumuman ada di drive.", "align": "left"},
            {"p": "3. Poster digital sila dishare di status WA & FB masing² + akun puskesmas. Link poster: {link:https://bit.ly/PINpolioLinggaTimur|bit.ly/PINpolioLinggaTimur}", "align": "left"},
            {"p": "4. Jadwal pos PIN di pulau² kecil sila pilih salah satu: Selasa atau Kamis, sesuai jadwal pompong. Kabari ke sy biar kapal dinkes bisa diatur.", "align": "left"},
            {"p": "5. Kalau ade kegiatan kampanye paslon di desa pada hari yg sama, pos PIN jangan digabung dgn acara tsb, cari tempat lain. Petugas jgn pakai kaos paslon waktu bertugas ye.", "align": "left"},
            {"p": "Terima kasih atas dukungan semue. Sehat selalu 🙏", "align": "left"},
            {"p": "— Nurhayati, SKM (Sub Koord. Imunisasi)", "align": "left", "italic": True},
        ],
    }
    label = {"violation": False, "categories": [], "classes": [14, 11],
             "note": "Broadcast WA Dinkes: 'tim sukses PIN', 'kampanye PIN', share poster imunisasi, 'pilih salah satu' jadwal; justru melarang gabung dengan kampanye paslon"}
    return spec, label


# ---------------------------------------------------------------- 019
@memo
def m019():
    spec = {
        "font": "Arial",
        "meta": meta("ST guru kampanye dialogis", "TU SMKN 4", "2024-10-09T00:30:00Z"),
        "kop": kop("header", ["PEMERINTAH DAERAH PROVINSI JAWA BARAT",
                              "DINAS PENDIDIKAN — CABANG DINAS PENDIDIKAN WILAYAH XIV",
                              "SMK NEGERI 4 CISALAK",
                              "Jl. Raya Cagak–Cisalak No. 88, Kabupaten Cisalak 41283 · smkn4cisalak.sch.id"]),
        "body": [
            {"p": "**SURAT TUGAS**", "align": "center", "after": 0},
            {"p": "Nomor: 800.1.11.1/231-SMKN4.CSL/2024", "align": "center", "after": 240},
            P("Dalam rangka pendidikan politik bagi pemilih pemula dan agar warga sekolah dapat menilai visi dan misi secara berimbang, Kepala SMK Negeri 4 Cisalak menugaskan guru dan pengurus OSIS berikut untuk **menghadiri kampanye dialogis ketiga pasangan calon Gubernur dan Wakil Gubernur Jawa Barat** di wilayah Kabupaten Cisalak:"),
            {"table": [
                ["No", "Nama", "Jabatan", "Tanggal / kampanye dialogis"],
                ["1", "Dra. Euis Komalasari", "Guru PPKn", "Rabu 16-10-2024, paslon nomor urut 1, Gedung PGRI Cisalak"],
                ["2", "Asep Saepudin, S.Pd.", "Wakasek Kesiswaan", "Rabu 16-10-2024, paslon nomor urut 1; Selasa 22-10-2024, paslon nomor urut 2"],
                ["3", "Nenden Sri Rahayu, S.Pd.", "Guru Sejarah", "Selasa 22-10-2024, paslon nomor urut 2, Aula Desa Cikadu"],
                ["4", "Dedi Kurniawan, S.T.", "Guru TKR", "Senin 28-10-2024, paslon nomor urut 3, Lapangan Pasir Eurih"],
                ["5", "Pengurus OSIS kelas XII (10 siswa)", "Pemilih pemula", "Seluruh jadwal di atas, didampingi Wakasek Kesiswaan"],
            ], "widths": [500, 2700, 1900, 3900], "header_row": True},
            blank(),
            P("Ketentuan pelaksanaan:"),
            L("Tugas dilaksanakan pada jam sekolah (berangkat pukul 09.30 WIB) dan dicatat sebagai dinas luar; jam mengajar yang ditinggalkan diisi guru piket dengan tugas mandiri."),
            L("Berangkat bersama menggunakan mobil operasional sekolah (Elf D 7719 UC); BBM dan uang makan dibebankan pada pos kegiatan kesiswaan BOSP.", cont=True),
            L("Peserta mengenakan seragam batik sekolah agar mudah dikenali panitia, dan membawa spanduk kecil nama sekolah untuk sesi foto.", cont=True),
            L("Wakasek Kesiswaan membuat laporan singkat dan dokumentasi untuk dibahas di kelas XII.", cont=True),
            P("Demikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab."),
        ] + ttd(["Cisalak, 9 Oktober 2024", "Kepala Sekolah,"], "Drs. H. ODING SETIAWAN, M.M.Pd.", ["Pembina Tk. I", "NIP 19680302 199412 1 003"]),
    }
    label = {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"], "classes": [12, 6],
             "note": "Surat tugas kepala SMK: guru dan siswa OSIS hadir di kampanye dialogis ketiga paslon gubernur (berimbang) pada jam sekolah, dinas luar, mobil sekolah, BBM dari BOSP, berseragam sekolah"}
    return spec, label


# ---------------------------------------------------------------- 020
@memo
def m020():
    spec = {
        "engine": "libreoffice",
        "font": "Times New Roman",
        "meta": meta("Undangan Deklarasi ZI", "Subbag TU Kemenag Pidie Tengah", "2024-06-03T02:00:00Z"),
        "kop": kop("body", ["KEMENTERIAN AGAMA REPUBLIK INDONESIA",
                            "KANTOR KEMENTERIAN AGAMA KABUPATEN PIDIE TENGAH",
                            "Jalan Banda Aceh–Medan Km. 112 Beureunuen Baroh, Aceh 24173"]),
        "body": nomor_block("B-1044/Kk.01.19/1/KP.00/06/2024", "Biasa", "1 (satu) lembar", "Undangan Deklarasi Zona Integritas dan Kampanye Anti-Gratifikasi",
                            place_date="Beureunuen Baroh, 3 Juni 2024") + yth([
            "Kepala KUA Kecamatan, Kepala MIN/MTsN/MAN,", "dan Pengawas se-Kabupaten Pidie Tengah"]) + [
            P("Assalamu'alaikum warahmatullahi wabarakatuh."),
            P("Dalam rangka pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) Tahun 2024, Kantor Kementerian Agama Kabupaten Pidie Tengah akan melaksanakan **Deklarasi Zona Integritas** sekaligus pencanangan kampanye anti-gratifikasi pada layanan nikah dan layanan madrasah, yang insyaallah dilaksanakan pada:"),
            {"p": "hari/tanggal\t:\tKamis, 13 Juni 2024", "indent": 1134, "tabs": [[3119, "left"], [3402, "left"]], "after": 0, "align": "left"},
            {"p": "waktu\t:\t08.30 WIB s.d. selesai", "indent": 1134, "tabs": [[3119, "left"], [3402, "left"]], "after": 0, "align": "left"},
            {"p": "tempat\t:\tAula Kantor Kementerian Agama Kabupaten Pidie Tengah", "indent": 1134, "tabs": [[3119, "left"], [3402, "left"]], "after": 120, "align": "left"},
            P("Acara meliputi pembacaan ikrar oleh seluruh pegawai, penandatanganan pakta integritas, penandatanganan komitmen netralitas ASN menghadapi Pilkada 2024, serta pemasangan banner layanan bebas pungutan di setiap KUA. Kami mohon dukungan Saudara dengan hadir tepat waktu dan mengenakan pakaian dinas harian."),
            {"textbox": [
                {"p": "**IKRAR ZONA INTEGRITAS**", "align": "center"},
                {"p": "Kami pegawai Kantor Kementerian Agama Kabupaten Pidie Tengah berikrar: tidak menerima gratifikasi dalam bentuk apa pun, melayani masyarakat tanpa membeda-bedakan, dan menjaga netralitas sebagai aparatur negara.", "align": "both"},
            ], "width_cm": 14, "height_cm": 3},
            P("Demikian, atas perhatian dan kehadirannya diucapkan terima kasih. Wassalam."),
        ] + ttd("Kepala,", "Dr. TGK. H. MUHAMMAD YASIR, S.Ag., M.A.", "NIP 19720818 199903 1 004"),
    }
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Undangan 'Deklarasi Zona Integritas' dan 'kampanye anti-gratifikasi', 'mohon dukungan', ikrar netralitas; umpan deklarasi/kampanye/dukungan"}
    return spec, label



# ---------------------------------------------------------------- 021
@memo
def m021():
    spec = {
        "font": "Arial",
        "meta": meta("Pengumuman lokasi SKD", "Bidang Pengadaan BKPSDM", "2024-10-18T03:00:00Z"),
        "kop": kop("table", ["PEMERINTAH KABUPATEN KAMPAR HILIR",
                             "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                             "Jalan Prof. M. Yamin No. 3 Bangkinang Hilir, Riau 28411"], logo="[lambang]"),
        "body": [
            {"p": "**PENGUMUMAN**", "align": "center", "after": 0},
            {"p": "Nomor: 800.1.2.2/1733/BKPSDM/2024", "align": "center", "after": 0},
            {"p": "tentang", "align": "center", "after": 0},
            {"p": "**PEMILIHAN LOKASI DAN JADWAL SELEKSI KOMPETENSI DASAR CALON PEGAWAI NEGERI SIPIL TAHUN ANGGARAN 2024**", "align": "center", "after": 240},
            P("Menindaklanjuti pengumuman hasil seleksi administrasi pengadaan Calon Pegawai Negeri Sipil (CPNS) Pemerintah Kabupaten Kampar Hilir Tahun Anggaran 2024, dengan ini diumumkan kepada para calon peserta Seleksi Kompetensi Dasar (SKD) hal-hal sebagai berikut:"),
            L("Calon peserta yang dinyatakan memenuhi syarat wajib memilih salah satu lokasi ujian melalui akun SSCASN masing-masing pada 21–23 Oktober 2024. Calon peserta yang tidak memilih akan ditempatkan pada titik lokasi utama."),
            {"table": [
                ["Titik lokasi", "Alamat", "Kapasitas per sesi"],
                ["Titik lokasi utama: Gedung Serba Guna Bangkinang Hilir", "Jl. Lingkar Kantor Bupati", "300"],
                ["Titik lokasi mandiri: UPT CAT BKN Pekanbaru", "Jl. Sudirman, Pekanbaru", "200"],
                ["Titik lokasi luar negeri", "Sesuai pilihan di SSCASN", "—"],
            ], "widths": [3600, 3400, 2000], "header_row": True},
            blank(),
            L("Jadwal sesi ujian dan nomor peserta dapat dicetak mulai 28 Oktober 2024 melalui {link:https://sscasn.bkn.go.id|sscasn.bkn.go.id}.", cont=True),
            L("Calon peserta membawa kartu ujian dan KTP-el asli; tidak diperkenankan membawa alat komunikasi ke ruang ujian.", cont=True),
            L("Panitia tidak memungut biaya apa pun. Segala bentuk tawaran bantuan kelulusan adalah penipuan dan dapat dilaporkan ke BKPSDM.", cont=True),
            P("Demikian pengumuman ini disampaikan untuk menjadi perhatian."),
        ] + ttd(["Bangkinang Hilir, 18 Oktober 2024", "Ketua Panitia Seleksi Daerah,"], "Ir. ZULFAHMI, M.Si.", "NIP 19700919 199603 1 002"),
    }
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Pengumuman seleksi CPNS: 'calon peserta', 'memilih salah satu lokasi'; bisnis kepegawaian biasa di tahun pilkada"}
    return spec, label


# ---------------------------------------------------------------- 022
@memo
def m022():
    spec = {
        "font": "Calibri",
        "meta": meta("Jadwal PMT Oktober-November", "TU Puskesmas Sipirok Hilir", "2024-10-04T01:00:00Z", "2024-10-04T08:30:00Z",
                     change_author="KaPus"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN TAPANULI HILIR",
                              "DINAS KESEHATAN",
                              "UPTD PUSKESMAS SIPIROK HILIR",
                              "Jl. Merdeka No. 12 Sipirok Hilir, Sumatera Utara 22742 · Telp. (0634) 41287"]),
        "body": nomor_block("440/388/PKM-SH/2024", "Segera", "1 (satu) berkas", "Jadwal Penyaluran PMT Lokal Balita dan Bumil KEK",
                            place_date="Sipirok Hilir, 4 Oktober 2024") + yth([
            "Bidan Desa dan Kader Posyandu", "Wilayah Kerja UPTD Puskesmas Sipirok Hilir"]) + [
            P("Horas. Bersama ini kami sampaikan jadwal penyaluran Pemberian Makanan Tambahan (PMT) lokal bagi balita gizi kurang dan ibu hamil KEK yang bersumber dari DAK Nonfisik Bantuan Operasional Kesehatan Tahun 2024."),
            P("Sesuai koordinasi dengan Ibu dr. Rosdiana Lubis, M.Kes., Wakil Bupati yang saat ini calon Bupati nomor urut 2, penyerahan PMT di setiap posyandu akan dilakukan oleh tim Ibu Rosdiana agar masyarakat mengetahui bahwa PMT ini merupakan kelanjutan program beliau sejak 2021.{fn:1}"),
            {"table": [
                ["Tanggal", "Posyandu / Desa", "Sasaran", "Penyerah"],
                ["Sel, 15-10-2024", "Anggrek – Desa Bunga Bondar", "18 balita, 4 bumil", "Tim Ibu Rosdiana"],
                ["Kam, 17-10-2024", "Melati – Desa Huta Baru", "22 balita, 3 bumil", "Tim Ibu Rosdiana"],
                ["Sel, 22-10-2024", "Kenanga – Desa Pargarutan", "15 balita, 6 bumil", "Tim Ibu Rosdiana"],
                ["Kam, 24-10-2024", "Mawar – Kelurahan Pasar Sipirok", "27 balita, 5 bumil", "Ibu Rosdiana langsung (konfirmasi ajudan)"],
            ], "widths": [1700, 3000, 2200, 2100], "header_row": True},
            blank(),
            P("Paket PMT dikemas dalam kantong warna ungu yang sudah disiapkan tim beliau; stiker puskesmas cukup ditempel di bagian bawah. Bidan desa menyiapkan daftar sasaran by name by address dan memastikan ibu-ibu hadir pada jam penyerahan.{ins: Dokumentasi diunggah ke FB dan IG posyandu dengan tagar #TapHilirSehatBersamaRosdiana dan menandai akun tim beliau.}"),
            P("Pencatatan dan pelaporan PMT tetap melalui e-PPGBM paling lambat tanggal 5 bulan berikutnya."),
        ] + ttd("Kepala UPTD Puskesmas Sipirok Hilir,", "dr. MARULI TUA SIREGAR", "NIP 19820411 201001 1 014"),
        "footnotes": {"1": "Jadwal penyerahan dapat bergeser mengikuti agenda Ibu Rosdiana; perubahan akan diinformasikan melalui grup bidan desa."},
    }
    label = {"violation": True, "categories": ["state-facility", "endorsement", "social-media", "letterhead-misuse"], "classes": [13, 7, 5],
             "note": "Puskesmas: PMT dari DAK BOK diserahkan tim calon Bupati no. 2 (disebut sekali lalu 'Ibu Rosdiana'/'beliau'), 'kelanjutan program beliau', kemasan warna tim, jadwal ikut agendanya (catatan kaki); sisipan tracked tagar #TapHilirSehatBersamaRosdiana"}
    return spec, label


# ---------------------------------------------------------------- 023
@memo
def m023():
    spec = {
        "font": "Arial",
        "size": 22,
        "meta": meta("info pupuk & benih", "uptd gudang", "2024-11-11T02:00:00Z"),
        "body": [
            {"p": "UPTD Gudang dan Sarana Pertanian — Dinas Pertanian Kab. Tulang Bawang Hulu", "bold": True, "align": "left", "after": 0},
            {"p": "Memo internal utk PPL & ketua poktan (mohon diteruskan)", "italic": True, "align": "left", "after": 240},
            P("Bapak2 PPL yth, menginfokan bantuan benih padi inbrida varietas Inpari 32 dan pupuk organik cair utk MT I 2024/2025 sudah mulai masuk gudang. Barang dari penyedia dikirim dalam **tiga partai**:", first=0),
            L("Partai I (tiba 8 Nov): benih 12 ton → Kec. Banjar Agung Hulu dan Menggala Ulu."),
            L("Partai II (perkiraan 18 Nov): benih 15 ton + POC 3.000 liter → Kec. Gedung Aji Baru, Penawar Tama Ulu.", cont=True),
            L("Partai III (perkiraan awal Des): sisa kuota, tergantung hasil uji lab benih{fn:1}.", cont=True),
            P("Utk pengambilan partai I, poktan sila **pilih jadwal** Selasa 12/11 atau Kamis 14/11 jam 08.00–14.00, bawa surat pengantar PPL + CPCL yg sdh diverifikasi. Mohon jgn datang diluar jadwal krn petugas gudang cuma 3 org.", first=0),
            P("Catatan: mendekati tgl 27 Nov, pengambilan barang tdk boleh diwakilkan ke pihak lain selain pengurus poktan, tdk boleh ada foto2 penyerahan dgn tokoh/tim manapun, dan karung jangan ditempeli stiker apa pun. Penyaluran tetap sesuai CPCL yg ditetapkan dinas, tdk ada tambahan kuota di luar itu.", first=0),
            P("Terima ksh atas kerjasamanya. Kl ada kendala telp sy di 0812-7405-3318.", first=0),
            {"p": "Suparman, A.Md. — Ka. UPTD", "align": "left", "italic": True},
        ],
        "footnotes": {"1": "Uji mutu oleh UPTD BPSB Provinsi Lampung; benih yang tidak lulus daya tumbuh dikembalikan ke penyedia."},
    }
    label = {"violation": False, "categories": [], "classes": [14, 11],
             "note": "Memo informal gudang pertanian: 'partai' = kiriman barang, 'pilih jadwal'; melarang foto penyerahan dengan tim mana pun menjelang 27 Nov. Singkatan/informal"}
    return spec, label


# ---------------------------------------------------------------- 024
@memo
def m024():
    spec = {
        "engine": "libreoffice",
        "font": "Arial",
        "meta": meta("ND penyaluran logistik banjir", "Bidang Darlog", "2024-10-30T04:00:00Z"),
        "kop": kop("table", ["PEMERINTAH KABUPATEN MUSI RAWAS HULU",
                             "BADAN PENANGGULANGAN BENCANA DAERAH",
                             "Jalan Lintas Sumatera Km. 7 Muara Beliti Hulu, Sumatera Selatan 31661"], logo="BPBD"),
        "body": [
            {"p": "**NOTA DINAS**", "align": "center", "after": 0},
            {"p": "Nomor: 360/512/BPBD/2024", "align": "center", "after": 240},
            {"p": "Kepada\t:\tKepala Seksi Logistik; Koordinator Pusdalops; Kepala Gudang", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Dari\t:\tKepala Pelaksana BPBD", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 0, "align": "left"},
            {"p": "Hal\t:\tPenyaluran Bantuan Banjir Bersamaan Kampanye Dialogis di Kecamatan Tuah Negeri Hulu", "tabs": TABS_NOMOR, "hanging": 1702, "indent": 1702, "after": 240, "align": "left"},
            P("Penyaluran bantuan logistik tahap II bagi warga terdampak banjir di Kecamatan Tuah Negeri Hulu kita satukan waktunya dengan kampanye dialogis yang digelar tim pemenangan petahana di Lapangan Desa Sukakarya, Sabtu, 9 November 2024. Bantuan diserahkan secara simbolis oleh koordinator tim pemenangan kecamatan setelah acara dialog. Rincian pelaksanaan:"),
            {"table": [
                ["No", "Jenis bantuan", "Jumlah", "Kemasan", "Keterangan"],
                ["1", "Beras", "400 karung @10 kg", "Karung merah dari panitia", "Gudang BPBD, muat Jumat sore"],
                ["2", "Mi instan", "400 dus", "Apa adanya", "Stok CSR bank daerah"],
                ["3", "Selimut dan tikar", "250 paket", "Plastik merah", "Sisa stok tahap I"],
                ["4", "Air mineral", "150 dus", "—", "Untuk peserta acara"],
            ], "widths": [500, 2100, 1900, 2300, 2200], "header_row": True},
            blank(),
            L("Angkutan: truk logistik BG 8214 NZ dan mobil rescue double cabin; berangkat pukul 06.00 WIB."),
            L("Penerima: warga yang tercatat di data kaji cepat **dan** hadir di lapangan; kupon dibagikan oleh panitia di pintu masuk. Warga yang tidak hadir tidak diantar ke rumah pada hari itu.", cont=True),
            L("Personel: 12 orang TRC dengan kaos bebas, rompi BPBD dilepas selama acara.", cont=True),
            L("Berita acara serah terima memakai format penyaluran reguler tahap I dan ditandatangani kepala desa setelah acara selesai.", cont=True),
            P("Laksanakan dan laporkan."),
        ] + ttd(["Muara Beliti Hulu, 30 Oktober 2024", "Kepala Pelaksana,"], "Ir. SUHARDI JAYA, M.T.", "NIP 19720101 199803 1 011"),
    }
    label = {"violation": True, "categories": ["state-facility", "inducement", "campaign-activity", "letterhead-misuse"], "classes": [13, 2, 6],
             "note": "BPBD menyatukan penyaluran bantuan banjir dengan 'kampanye dialogis' tim pemenangan petahana; diserahkan koordinator tim, kemasan merah, hanya untuk warga yang hadir; truk BPBD. Perihal menyebut acara, sisanya logistik"}
    return spec, label


# ---------------------------------------------------------------- 025
@memo
def m025():
    spec = {
        "font": "Courier New",
        "size": 22,
        "meta": meta("RADIOGRAM", "kec kuala meurandeh", "2024-09-30T08:00:00Z"),
        "kop": kop("body", ["PEMERINTAH KABUPATEN ACEH PESISIR",
                            "KECAMATAN KUALA MEURANDEH",
                            "Jalan Teuku Umar No. 3 Kuala Meurandeh, Kode Pos 23681"]),
        "body": [
            blank(),
            {"p": "RADIOGRAM / SURAT KILAT", "bold": True, "align": "center", "after": 120},
            {"table": [
                ["DARI : CAMAT KUALA MEURANDEH", "NOMOR : 005/277/KM/IX/2024"],
                ["KEPADA : YTH. KEUCHIK SE-KEC. KUALA MEURANDEH", "DERAJAT : KILAT"],
            ], "widths": [5200, 3800], "borders": True},
            blank(),
            {"p": "SATU. MENINDAKLANJUTI RAPAT KOORDINASI KECAMATAN TGL 28 SEPTEMBER 2024, KEPADA KEUCHIK DIMINTA PEUGAH BAK UREUENG GAMPONG BAHWA PEMBANGUNAN JALAN PRODUKSI DAN MEUNASAH YANG SUDAH SIAP ADALAH HASIL KERJA BUPATI TGK. H. RAZALI USMAN, MAKA WAJIB KITA LANJUTKAN DUA PERIODE.", "align": "left", "caps": False},
            {"p": "DUA. KEUCHIK MEMASANG SPANDUK \"ACEH PESISIR MEUSEURAYA — LANJUTKAN!\" DI KANTOR KEUCHIK, MEUNASAH DAN SIMPANG GAMPONG PALING LAMBAT 5 OKTOBER 2024. SPANDUK DIAMBIL DI KANTOR CAMAT SEKSI PMG.", "align": "left"},
            {"p": "TIGA. TUHA PEUET DAN PERANGKAT GAMPONG DIAJAK SATU SUARA. BIAYA PEMASANGAN DARI POS OPERASIONAL PEMERINTAH GAMPONG.", "align": "left"},
            {"p": "EMPAT. LAPOR PELAKSANAAN DENGAN FOTO KE SEKCAM VIA WA. DEMIKIAN UNTUK DILAKSANAKAN, JANGAN ADA GAMPONG YANG TINGGAI. HABIS.", "align": "left"},
            blank(),
        ] + ttd(["KUALA MEURANDEH, 30 SEPTEMBER 2024", "CAMAT KUALA MEURANDEH,"], "T. MUHAMMAD NASIR, S.STP., M.Si.", "NIP 19830707 200212 1 002"),
    }
    label = {"violation": True, "categories": ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"], "classes": [1, 5, 11],
             "note": "Radiogram camat ALL CAPS, kata Aceh ('peugah bak ureueng gampong'): Bupati Tgk. Razali 'wajib kita lanjutkan dua periode', pasang spanduk slogan 'Aceh Pesisir Meuseuraya — Lanjutkan!' di kantor keuchik/meunasah, biaya dari operasional gampong"}
    return spec, label


# ---------------------------------------------------------------- 026
@memo
def m026():
    spec = {
        "font": "Bookman Old Style",
        "size": 23,
        "meta": meta("SE cuti bupati kampanye", "Bag. Pemerintahan", "2024-09-23T02:00:00Z"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN NGAWEN LOR",
                              "SEKRETARIAT DAERAH",
                              "Jalan Panglima Sudirman No. 1 Ngawen Lor, Jawa Timur 63251"]),
        "body": [
            {"p": "Ngawen Lor, 23 September 2024", "align": "right", "after": 240},
            {"p": "**SURAT EDARAN**", "align": "center", "after": 0},
            {"p": "NOMOR 100.3.4/2460/411.020/2024", "align": "center", "after": 0},
            {"p": "TENTANG PELAKSANAAN TUGAS PEMERINTAHAN SELAMA BUPATI MENJALANI CUTI DI LUAR TANGGUNGAN NEGARA", "align": "center", "bold": True, "after": 240},
            {"p": "Kepada Yth. Kepala Perangkat Daerah, Camat, dan Kepala Desa/Lurah se-Kabupaten Ngawen Lor", "align": "left"},
            P("Sehubungan dengan ditetapkannya H. Subagyo Wiryawan, S.H., M.M. sebagai pasangan calon Bupati Ngawen Lor pada Pemilihan Tahun 2024, yang bersangkutan menjalani cuti di luar tanggungan negara selama masa kampanye, 25 September s.d. 23 November 2024{fn:1}. Untuk menjamin penyelenggaraan pemerintahan tetap berjalan dan ASN tetap netral, disampaikan hal-hal sebagai berikut:"),
            L("Selama masa cuti, tugas dan wewenang Bupati dilaksanakan oleh Penjabat Sementara (Pjs.) Bupati yang ditunjuk Menteri Dalam Negeri, Drs. Eko Prasetyo Nugroho, M.Si. Naskah dinas yang biasanya ditandatangani Bupati dialamatkan kepada Pjs. Bupati."),
            L("Kendaraan dinas jabatan, rumah dinas fasilitas kantor, ajudan, dan staf protokol tidak digunakan untuk kegiatan kampanye. Kendaraan dinas jabatan Bupati diserahkan ke Bagian Umum pada 24 September 2024.", cont=True),
            L("ASN tidak mendampingi, menyambut, atau menghadiri kegiatan kampanye Bupati nonaktif maupun pasangan calon lain, termasuk di luar jam kerja, kecuali bertugas sebagai penyelenggara atau pengawas.", cont=True),
            L("Kegiatan resmi perangkat daerah (peresmian, penyerahan bantuan, pencanangan program) tidak dijadwalkan bersamaan dengan agenda kampanye pasangan calon mana pun dan tidak menampilkan gambar Bupati nonaktif.", cont=True),
            L("Baliho dan materi publikasi perangkat daerah yang memuat foto Bupati nonaktif diganti dengan materi tanpa foto paling lambat 30 September 2024.", cont=True),
            P("Setelah masa kampanye berakhir dan cuti selesai, Bupati kembali melaksanakan tugas sesuai ketentuan. Demikian untuk dilaksanakan."),
        ] + ttd(["SEKRETARIS DAERAH,"], "Dr. Ir. HARI SANTOSO, M.T.", ["Pembina Utama Madya", "NIP 19680515 199403 1 006"]) + tembusan([
            "Gubernur Jawa Timur;", "Ketua KPU dan Ketua Bawaslu Kabupaten Ngawen Lor;", "Inspektur Kabupaten."]),
        "footnotes": {"1": "Pasal 70 ayat (3) Undang-Undang Nomor 10 Tahun 2016; Peraturan Menteri Dalam Negeri tentang cuti di luar tanggungan negara bagi kepala daerah yang mencalonkan diri."},
    }
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "SE Sekda: bupati petahana cuti di luar tanggungan negara, Pjs. Bupati, fasilitas dinas dan ASN tidak dipakai/ikut kampanye; nama petahana disebut secara sah"}
    return spec, label


# ---------------------------------------------------------------- 027
@memo
def m027():
    spec = {
        "font": "Arial",
        "meta": meta("Rundown kunker bupati", "Prokopim Tebo Hulu", "2024-08-05T03:00:00Z"),
        "kop": kop("body", ["PEMERINTAH KABUPATEN TEBO HULU",
                            "SEKRETARIAT DAERAH — BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN",
                            "Komplek Perkantoran Bupati, Jl. Lintas Tengah Km. 11 Muara Tebo Hulu, Jambi 37571"]),
        "body": nomor_block("000.1.3/402/Prokopim/2024", "Segera", "Susunan acara", "Kunjungan Kerja Bupati ke Kecamatan Rimbo Ulu Baru",
                            place_date="Muara Tebo Hulu, 5 Agustus 2024") + yth([
            "Camat Rimbo Ulu Baru;", "Kepala Dinas Kesehatan;", "Kepala Dinas PUPR"]) + [
            P("Bersama ini disampaikan bahwa Bupati Tebo Hulu, Drs. H. Syamsul Bahri, M.Si., dijadwalkan melaksanakan kunjungan kerja ke Kecamatan Rimbo Ulu Baru pada Rabu, 14 Agustus 2024, dengan susunan acara:"),
            {"table": [
                ["Waktu", "Kegiatan", "Tempat", "Penanggung jawab"],
                ["08.30", "Peresmian gedung UPTD Puskesmas Rimbo Ulu Baru (DAK Fisik 2024)", "Puskesmas", "Dinas Kesehatan"],
                ["09.30", "Peninjauan pekerjaan jalan poros Desa Sungai Alai", "Desa Sungai Alai", "Dinas PUPR"],
                ["10.30", "Dialog dengan kepala desa tentang penanganan karhutla", "Aula Kantor Camat", "Camat"],
                ["12.00", "Ishoma, kembali ke Muara Tebo Hulu", "—", "Prokopim"],
            ], "widths": [1000, 4200, 1900, 1900], "header_row": True},
            blank(),
            P("Mengingat tahapan Pemilihan 2024 sedang berjalan, mohon diperhatikan:"),
            L("Kegiatan bersifat kedinasan. Tidak ada spanduk, umbul-umbul, kaos, atau atribut partai politik maupun bakal pasangan calon di lokasi, dan tidak ada yel-yel atau ajakan memilih dalam sambutan."),
            L("Spanduk kegiatan cukup memuat nama kegiatan dan logo Pemerintah Kabupaten, tanpa foto pejabat.", cont=True),
            L("Tidak ada pembagian barang atau uang kepada warga di luar program yang sudah dianggarkan dan berdasarkan data penerima yang ditetapkan.", cont=True),
            L("Undangan peserta sebatas unsur terkait (kepala desa, tenaga kesehatan, tokoh masyarakat setempat), tanpa mobilisasi massa.", cont=True),
            P("Atas perhatian dan kerja samanya diucapkan terima kasih."),
        ] + ttd(["a.n. SEKRETARIS DAERAH", "Kepala Bagian Protokol dan Komunikasi Pimpinan,"], "NOVITA SARI, S.IP., M.Si.", "NIP 19850310 200801 2 004"),
        "footer": [{"p": "Bagian Prokopim Setda Kabupaten Tebo Hulu — prokopim@tebohulukab.go.id", "size": 16, "align": "center"}],
    }
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Kunjungan kerja bupati (sebelum masa kampanye) untuk tugas rutin: peresmian puskesmas, tinjau jalan; eksplisit melarang atribut, ajakan memilih, pembagian barang, mobilisasi"}
    return spec, label


# ---------------------------------------------------------------- 028
@memo
def m028():
    spec = {
        "font": "Calibri",
        "meta": meta("notulen rakor juru pungut", "admin uptd pasar", "2024-01-08T06:00:00Z", "2024-01-09T02:15:00Z",
                     change_author="Ka UPTD"),
        "body": [
            {"p": "NOTULEN RAPAT KOORDINASI", "bold": True, "align": "center", "after": 0},
            {"p": "UPTD Pengelolaan Pasar Daerah — Dinas Perdagangan Kota Kartosari", "align": "center", "after": 240},
            {"p": "Senin Pon, 8 Januari 2024, pukul 13.00 WIB, Kantor UPTD Pasar Legi Kartosari. Hadir: Kepala UPTD, Lurah Pasar (6 pasar), juru pungut retribusi, petugas kebersihan koordinator. Total 31 orang.", "align": "left"},
            {"p": "**1. Evaluasi retribusi Desember 2023**", "align": "left"},
            P("Realisasi 91% dari target. Pasar Kranggan dan Pasar Sentul masih di bawah 85% karena banyak kios tutup setelah banjir. Sepakat penagihan tunggakan dilakukan bertahap."),
            {"p": "**2. Tim pemenangan dan data pedagang**", "align": "left"},
            P("Kepala UPTD menyampaikan bahwa Mas Bayu Aji Pamungkas, caleg DPRD Kota nomor urut 1 dapil Kartosari II, banyak membantu revitalisasi los Pasar Legi. Rapat **sepakat**:", first=709),
            L("seluruh lurah pasar dan juru pungut mendaftar sebagai anggota Tim Pemenangan Mas Bayu tingkat pasar {del:secara sukarela}{ins:(wajib, formulir dari UPTD)};"),
            L("juru pungut mengumpulkan fotokopi KTP pedagang sekaligus saat menarik retribusi harian, sesuai target pada tabel;", cont=True),
            L("pedagang yang menyerahkan KTP mendapat keringanan retribusi kios bulan Februari 50%, dicatat sebagai \"kios terdampak\";", cont=True),
            L("target suara tiap pasar minimal sama dengan jumlah KTP yang terkumpul; rekap dikirim ke Kepala UPTD tiap Sabtu.", cont=True),
            {"table": [
                ["Pasar", "Lurah pasar", "Target fotokopi KTP", "Batas"],
                ["Pasar Legi", "Sri Hartini", "350", "20 Januari"],
                ["Pasar Kranggan", "Wahyu Nugroho", "200", "20 Januari"],
                ["Pasar Sentul", "Eko Susilo", "150", "27 Januari"],
                ["Pasar Demangan, Pasar Pathuk, Pasar Telo", "Koordinator: Tri Astuti", "300 (gabungan)", "27 Januari"],
            ], "widths": [2800, 2400, 2000, 1800], "header_row": True},
            blank(),
            {"p": "**3. Lain-lain**", "align": "left"},
            P("Jadwal kerja bakti pasar tiap Jumat Kliwon tetap. {ins:Kaos tim dibagikan Rabu, dipakai saat penarikan retribusi hari Kamis.}"),
            {"p": "Notulis: Fajar Setiawan", "align": "left", "before": 240},
        ],
    }
    label = {"violation": True, "categories": ["campaign-activity", "inducement", "endorsement", "state-facility"], "classes": [4, 9],
             "note": "Notulen UPTD Pasar (tanpa kop): 'sepakat' lurah pasar/juru pungut wajib masuk Tim Pemenangan caleg no. 1, kumpulkan fotokopi KTP pedagang saat tarik retribusi, keringanan retribusi 50% bagi yang menyerahkan KTP, target suara per pasar; kaos tim (sisipan tracked)"}
    return spec, label


# ---------------------------------------------------------------- 029
@memo
def m029():
    spec = {
        "font": "Calibri",
        "size": 22,
        "meta": meta("wa kalurahan", "carik", "2024-08-01T12:00:00Z"),
        "body": [
            {"p": "Salinan pesan grup \"Pamong Kalurahan Sidomulyo Wetan\" — arsip Carik", "italic": True, "size": 18, "align": "left"},
            {"p": "Sugeng dalu Bapak/Ibu pamong lan Dukuh sedaya 🙏", "align": "left"},
            {"p": "Badhe ngaturi pirsa agenda Agustusan Kalurahan Sidomulyo Wetan, Kapanewon Gedangan:", "align": "left"},
            {"p": "1. Kerja bakti resik-resik kampung Minggu 4/8, kumpul jam 06.30 wonten balai kalurahan. Ngasta sapu lan arit nggih.", "align": "left"},
            {"p": "2. JALAN SEHAT HUT RI ke-79 Minggu 11/8, start balai kalurahan, doorprize saking kas kalurahan lan sumbangan UMKM. Kaos panitia warna abang putih.", "align": "left"},
            {"p": "3. Nobar Timnas U-19 final Piala AFF (menawi lolos 😁) wonten pendopo, proyektor nyilih PKK.", "align": "left"},
            {"p": "4. Tirakatan 16/8 per padukuhan, tumpeng swadaya.", "align": "left"},
            {"p": "Tim sukses Agustusan: Mas Anton (seksi lomba), Bu Warsini (konsumsi), Pak Dukuh Karang (keamanan). Mangga menawi wonten usulan langsung japri kula.", "align": "left"},
            {"p": "Nyuwun kawigatosan: sedaya kegiatan menika kegiatan warga, dados mboten sah ngagem kaos utawi atribut partai, caleg, utawi calon bupati, lan mboten wonten sambutan saking tiyang politik. Bawaslu sampun ngengetke kalurahan.", "align": "left"},
            {"p": "Matur nuwun. Salam, Carik — Wahyu Dwi Prasetya", "align": "left", "italic": True},
        ],
    }
    label = {"violation": False, "categories": [], "classes": [14, 11],
             "note": "Pesan WA pamong kalurahan (bahasa Jawa): kerja bakti, jalan sehat HUT RI, nobar Timnas, 'tim sukses Agustusan'; melarang atribut partai/calon. Umpan jalan sehat/nobar/tim sukses"}
    return spec, label


# ---------------------------------------------------------------- 030
@memo
def m030():
    spec = {
        "font": "Times New Roman",
        "meta": meta("ND konten akun resmi", "Bid IKP", "2024-01-29T02:00:00Z"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN BANGKA TIMUR LAUT",
                              "DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN",
                              "Jalan Jenderal Sudirman No. 21 Belinyu Laut, Kepulauan Bangka Belitung 33253"]),
        "body": [
            {"p": "N0TA D1NAS", "bold": True, "align": "center", "after": 0},
            {"p": "Nomor : 5OO.12/O47/Diskominfo/2O24", "align": "center", "after": 240},
            {"p": "Kepada\t: Yth. Ketua Tim Kerja IKP dan Admin Media Sosial Resmi Pemkab", "tabs": [[1418, "left"]], "after": 0, "align": "left"},
            {"p": "Dari\t: Kepala Dinas", "tabs": [[1418, "left"]], "after": 0, "align": "left"},
            {"p": "Perihal\t: Pengelolaan Konten Akun Resmi Bulan Februari 2O24", "tabs": [[1418, "left"]], "after": 240, "align": "left"},
            P("Dalam rangka rneningkatkan keterlibatan warganet pada akun resmi Pemerintah Kabupaten (Instagram @pemkab.batila, Facebook Pemkab Bangka Timur Laut, dan kanal YouTube Batila TV), bersarna ini disampaikan arahan pengelolaan konten:"),
            L("Konten rutin (layanan publik, cuaca laut, jadwal kapal, harga timah dan lada) tetap tayang setiap hari pukul 07.00 dan 16.00 WIB."),
            L("Hj. Maryam Salsabila, S.E., anggota DPD RI yang kembali maju pada Pemilu 14 Februari 2024, banyak membantu program beasiswa dan perbaikan darmaga nelayan kita. Konten kegiatan yang bersangkutan dari akun {link:https://www.instagram.com/maryamsalsabila.babel|@maryamsalsabila.babel} agar di-repost di akun resmi paling sedikit tiga kali seminggu sampai 10 Februari.", cont=True),
            L("Admin menyisipkan ajakan halus pada keterangan unggahan, misalnya: \"Ayo d-u-k-u-n-g putri daerah, Ibu Maryam, untuk Babel yang lebih maju\" dan tagar #BabelBersamaMaryam #P1lihMaryam. Hindari kata \"kampanye\" dan nomor urut agar tidak diturunkan platform.", cont=True),
            L("Komentar negatif tentang Ibu Maryam di akun resmi disembunyikan; komentar positif disematkan.", cont=True),
            {"textbox": [
                {"p": "Contoh keterangan unggahan (dapat disesuaikan):", "bold": True, "size": 20},
                {"p": "\"Terima kasih Ibu Maryam atas perjuangan beasiswa anak nelayan Batila 🙏 Perjuangan belum selesai, kite kawal bersama tanggal 14! #BabelBersamaMaryam\"", "italic": True, "size": 20},
            ], "width_cm": 15, "height_cm": 2.6},
            P("Laporan jangkauan (%%reach%%) dan interaksi konten poin 2–4 disampaikan kepada saya setiap Senin. Derniklan untuk dilaksanakan."),
        ] + ttd(["Belinyu Laut, 29 Januari 2O24", "Kepala Dinas,"], "H. AZWAR HAMIDI, S.Kom., M.M.", "NIP 19751207 2OO212 1 OO3"),
    }
    label = {"violation": True, "categories": ["social-media", "state-facility", "endorsement", "letterhead-misuse"], "classes": [5, 7, 11],
             "note": "Nota Diskominfo (teks rusak OCR: O/0, rn/m): akun resmi pemkab repost konten calon DPD petahana (disebut sekali, lalu 'yang bersangkutan'/'Ibu Maryam'), ajakan 'd-u-k-u-n-g', #BabelBersamaMaryam #P1lihMaryam, sembunyikan komentar negatif"}
    return spec, label


# =================================================================== build
def main():
    os.makedirs(os.path.join(HERE, "specs"), exist_ok=True)
    labels = {}
    keep = set()
    for i, fn in enumerate(MEMOS, 1):
        name = "%s_%03d" % (BATCH, i)
        assert fn.__name__ == "m%03d" % i, (fn.__name__, i)
        spec, label = fn()
        spec["output"] = name + ".docx"
        path = os.path.join(HERE, "specs", name + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(spec, f, ensure_ascii=False, indent=1)
        keep.add(name + ".json")
        if not label["violation"]:
            assert label["categories"] == [] and 14 in label["classes"]
        else:
            assert label["categories"] and 14 not in label["classes"]
            if "kop" in spec:
                assert "letterhead-misuse" in label["categories"], name
            else:
                assert "letterhead-misuse" not in label["categories"], name
        labels[name + ".docx"] = label
    for fn in os.listdir(os.path.join(HERE, "specs")):
        if fn.endswith(".json") and fn not in keep:
            os.remove(os.path.join(HERE, "specs", fn))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print("wrote", len(labels), "specs")


if __name__ == "__main__":
    main()
