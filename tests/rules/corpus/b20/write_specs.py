#!/usr/bin/env python3
"""Batch b20: writes specs/b20_NNN.json and labels.json.

Every memo below is worded by hand.  The helpers only lay out standard naskah
dinas furniture (kop, nomor block, signature block, tembusan); they never
generate memo content.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC_DIR = os.path.join(HERE, "specs")
BATCH = "b20"

MEMOS = []      # list of (spec_dict, label_dict)


# ----------------------------------------------------------------- furniture
def kop(lines, placement="header", logo=None):
    k = {"placement": placement, "lines": lines}
    if logo is not None:
        k["logo"] = logo
    return k


def title(text, sub=None):
    out = [{"p": "__%s__" % text, "align": "center", "bold": True, "after": 0}]
    if sub:
        out.append({"p": sub, "align": "center", "after": 0})
    out.append({"p": "", "after": 0})
    return out


def nomor(rows, right=None, widths=(1400, 280, 4200, 3190)):
    """Nomor / Sifat / Lampiran / Hal block as a borderless table; `right`
    is the place-date / addressee column shown next to it."""
    tab = []
    for i, (k, v) in enumerate(rows):
        r = [k, ":", v]
        r.append(right[i] if right and i < len(right) else "")
        tab.append(r)
    return [{"table": tab, "widths": list(widths), "borders": False}, {"p": "", "after": 0}]


def sig(date_line, jabatan, name, nip=None, an=None, indent=5103, extra=None):
    out = [{"p": "", "after": 0}]
    if date_line:
        out.append({"p": date_line, "indent": indent, "after": 0, "align": "left"})
    if an:
        out.append({"p": an, "indent": indent, "after": 0, "align": "left"})
    for j in jabatan.split("\n"):
        out.append({"p": j, "indent": indent, "after": 0, "align": "left"})
    out += [{"p": "", "indent": indent, "after": 0, "align": "left"} for _ in range(3)]
    out.append({"p": "**__%s__**" % name, "indent": indent, "after": 0, "align": "left"})
    if extra:
        out.append({"p": extra, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": "NIP. " + nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items):
    out = [{"p": "", "after": 0}, {"p": "__Tembusan__ Yth.:", "after": 0, "align": "left"}]
    for it in items:
        out.append({"p": it, "num": 0, "after": 0, "align": "left"})
    return out


def P(text, **kw):
    d = {"p": text}
    d.setdefault("first", 709)
    d.update(kw)
    return d


def add(spec, violation, categories, classes, note):
    MEMOS.append((spec, {"violation": violation, "categories": sorted(categories),
                         "classes": classes, "note": note}))


# =================================================================== memos
# ---------------------------------------------------------------- 001  V
add({
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Disposisi", "author": "TU Distan", "created": "2024-10-04T01:12:00Z", "revision": 2},
    "kop": kop(["PEMERINTAH KABUPATEN MUARA RUNGAN",
                "DINAS PERTANIAN DAN KETAHANAN PANGAN",
                "Jl. Tjilik Riwut Km. 4 Kuala Rungan, Kalimantan Tengah 74411"],
               placement="table", logo="[LOGO PEMKAB]"),
    "body": [
        {"p": "LEMBAR DISPOSISI", "align": "center", "bold": True, "size": 26, "after": 60},
        {"table": [
            ["Surat dari", "Panitia Silaturahmi Petani Rungan bersama H. Rusdiansyah – Hj. Norhayati"],
            ["No. Surat", "01/PAN-SIL/X/2024"],
            ["Tgl. Surat", "2 Oktober 2024"],
            ["Diterima tgl.", "3 Oktober 2024                No. Agenda: 1187"],
            ["Sifat", "☐ Sangat Segera   ☒ Segera   ☐ Biasa"],
            ["Perihal", "Undangan Silaturahmi dan Ramah Tamah Kelompok Tani, Sabtu 12 Oktober 2024, Halaman BPP Rungan Hilir"],
        ], "widths": [2100, 6970]},
        {"p": "", "after": 0},
        {"table": [
            [{"blocks": [{"p": "**Diteruskan kepada Sdr.:**"},
                         "☒ Sekretaris", "☒ Kabid Prasarana dan Sarana Pertanian",
                         "☐ Kabid Tanaman Pangan", "☒ Koord. BPP Rungan Hilir, Rungan Tengah, Sepang",
                         "☐ UPT Benih"]},
             {"blocks": [{"p": "**Dengan hormat harap:**"},
                         "☐ Tanggapan dan saran", "☐ Proses lebih lanjut", "☒ Koordinasi/konfirmasikan",
                         "☒ Hadir", "☐ Arsip"]}],
            [{"span": 2, "blocks": [
                {"p": "**Catatan / isi disposisi:**"},
                {"p": "Tolong dikoordinir. Tiap BPP bawa minimal 30 ketua/anggota poktan, ibu-ibu KWT juga diajak. "
                      "Berangkat pakai Hilux BPP masing-masing, BBM pakai jatah operasional penyuluh bulan ini."},
                {"p": "Konsumsi tambahan ambil dari kegiatan temu lapang yang belum terserap, nanti SPJ-nya saya yang atur."},
                {"p": "Sampaikan ke poktan pelan-pelan saja: bantuan hand tractor dan pompa air tahun depan aman "
                      "asal Abah Rusdi lanjut dua periode. Yang kemarin dapat combine jangan sampai lupa."},
                {"p": "Penyuluh pakai baju bebas rapi, jangan pakai PDH."},
                {"p": "", "after": 0},
                {"p": "Paraf Kadis: ttd            4/10/24", "align": "right"},
            ]}],
        ], "widths": [4535, 4535]},
    ],
}, True, ["endorsement", "campaign-activity", "state-facility", "inducement", "letterhead-misuse"], [1, 3, 8, 13],
    "Disposisi Kadis Pertanian: kerahkan poktan ke silaturahmi H. Rusdiansyah, mobil dinas & BBM penyuluh, konsumsi dari temu lapang, bantuan alsintan 'aman asal Abah Rusdi lanjut dua periode'")

# ---------------------------------------------------------------- 002  C
add({
    "font": "Bookman Old Style", "size": 23,
    "meta": {"title": "SE Netralitas ASN Pilkada 2024", "author": "Bag. Hukum Setda", "created": "2024-09-02T03:00:00Z",
             "company": "Pemkab Kayong Hilir", "revision": 7},
    "kop": kop(["PENJABAT BUPATI KAYONG HILIR", "PROVINSI KALIMANTAN BARAT"], placement="header"),
    "footer": [{"p": "SE Netralitas ASN – Pemilihan Serentak 2024", "align": "right", "size": 16}],
    "footnotes": {
        "1": "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara, yang antara lain menegaskan ASN bebas dari pengaruh dan intervensi semua golongan dan partai politik.",
        "2": "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, Pasal 5 huruf n.",
        "3": "Keputusan Bersama Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN dan Ketua Bawaslu Tahun 2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan Pemilu dan Pemilihan.",
        "4": "Termasuk pegawai pemerintah dengan perjanjian kerja (PPPK) dan tenaga non-ASN yang dibiayai APBD sepanjang diatur dalam perjanjian kerjanya.",
    },
    "body": title("SURAT EDARAN", "NOMOR 800.1.3/214/BKPSDM-KH/2024") + [
        {"p": "TENTANG", "align": "center", "after": 0},
        {"p": "NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR KALIMANTAN BARAT SERTA BUPATI DAN WAKIL BUPATI KAYONG HILIR TAHUN 2024",
         "align": "center", "bold": True},
        {"p": "Yth.", "after": 0, "align": "left"},
        {"p": "Sekretaris Daerah, Asisten, Staf Ahli, Kepala Perangkat Daerah, Camat, Lurah, Kepala Sekolah, Kepala Puskesmas dan Direktur RSUD di lingkungan Pemerintah Kabupaten Kayong Hilir",
         "indent": 426, "align": "left"},
        {"p": "di –", "indent": 426, "after": 0, "align": "left"},
        {"p": "Tempat", "indent": 851, "align": "left"},
        {"p": "**1. Latar Belakang**", "align": "left"},
        P("Pemungutan suara Pemilihan Serentak akan dilaksanakan pada Rabu, 27 November 2024, dengan masa kampanye 25 September sampai dengan 23 November 2024. Pegawai ASN wajib menjaga netralitas sebagaimana diamanatkan peraturan perundang-undangan{fn:1}, sehingga pelayanan publik tetap berjalan adil bagi seluruh warga tanpa memandang pilihan politiknya."),
        {"p": "**2. Maksud dan Tujuan**", "align": "left"},
        P("Surat Edaran ini dimaksudkan sebagai pedoman bagi seluruh pegawai ASN{fn:4} agar tidak terlibat dalam kegiatan politik praktis, serta sebagai dasar bagi pimpinan unit kerja dalam melakukan pembinaan dan pengawasan."),
        {"p": "**3. Larangan bagi Pegawai ASN**", "align": "left"},
        P("Pegawai ASN dilarang memberikan dukungan kepada calon Gubernur/Wakil Gubernur dan calon Bupati/Wakil Bupati{fn:2}{fn:3}, antara lain dengan:", first=0),
        {"p": "memasang spanduk, baliho, stiker, bendera atau alat peraga lainnya yang memuat gambar atau nama pasangan calon, termasuk pada rumah dinas, kendaraan dinas dan kendaraan pribadi yang digunakan untuk kedinasan;", "num": 0},
        {"p": "menghadiri deklarasi, kampanye akbar, rapat umum, kampanye dialogis, pelantikan tim pemenangan atau konsolidasi relawan, baik pada hari kerja maupun hari libur, kecuali sebagai petugas pengamanan atau penyelenggara yang ditugaskan resmi;", "num": 0, "cont": True},
        {"p": "menjadi anggota atau pengurus tim kampanye, tim pemenangan, relawan atau kelompok pendukung pasangan calon;", "num": 0, "cont": True},
        {"p": "mengunggah, memberi tanda suka (like), mengomentari, membagikan (share), mengikuti (follow) atau bergabung dalam akun dan grup media sosial pasangan calon maupun tim kampanyenya, serta memasang twibbon atau foto profil bergambar pasangan calon;", "num": 0, "cont": True},
        {"p": "berfoto bersama pasangan calon dengan mengikuti simbol tangan atau gerakan yang mencerminkan keberpihakan;", "num": 0, "cont": True},
        {"p": "menggunakan kendaraan dinas, gedung kantor, aula, rumah jabatan, peralatan, anggaran maupun jam kerja untuk kegiatan pasangan calon atau partai politik;", "num": 0, "cont": True},
        {"p": "membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon, termasuk mengatur waktu penyaluran bantuan sosial agar bersamaan dengan agenda pasangan calon;", "num": 0, "cont": True},
        {"p": "mengadakan kegiatan yang mengarah kepada keberpihakan, meliputi pertemuan, ajakan, himbauan, seruan atau pemberian barang kepada pegawai, anggota keluarga dan masyarakat;", "num": 0, "cont": True},
        {"p": "memberikan atau menjanjikan uang, sembako, voucer, uang transport, maupun mengancam mengurangi bantuan, insentif atau jabatan agar seseorang memilih pasangan tertentu;", "num": 0, "cont": True},
        {"p": "mengumpulkan fotokopi KTP/KK, surat pernyataan atau formulir dukungan untuk kepentingan pasangan calon.", "num": 0, "cont": True},
        {"p": "**4. Kewajiban Pimpinan Unit Kerja**", "align": "left"},
        P("Setiap pimpinan unit kerja wajib menyampaikan Surat Edaran ini kepada seluruh pegawai, melakukan pemantauan, serta menurunkan atau meminta penurunan alat peraga kampanye yang terpasang di lingkungan kantor. Pimpinan dilarang menggunakan forum apel, rapat, pengajian atau grup percakapan kantor untuk mengarahkan pilihan pegawai."),
        {"p": "**5. Hak Pilih**", "align": "left"},
        P("Pegawai ASN tetap menggunakan hak pilihnya pada hari pemungutan suara. Pegawai yang ditetapkan sebagai anggota KPPS, PPS atau pengawas TPS agar melaporkan surat keputusan penetapannya kepada atasan langsung untuk diberikan izin."),
        {"p": "**6. Pelaporan dan Sanksi**", "align": "left"},
        P("Dugaan pelanggaran dapat dilaporkan kepada Badan Kepegawaian dan Pengembangan SDM melalui layanan pengaduan {link:https://lapor.go.id|lapor.go.id} atau kepada Bawaslu Kabupaten Kayong Hilir. Pegawai yang terbukti melanggar dijatuhi hukuman disiplin sesuai tingkat pelanggarannya."),
        P("Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab."),
    ] + sig("Ditetapkan di Sukadana Hilir", "pada tanggal 2 September 2024\nPENJABAT BUPATI KAYONG HILIR,", "Dr. ANDREAS TIMOTIUS, M.Si.") + [
        {"pagebreak": True},
        {"p": "LAMPIRAN SURAT EDARAN NOMOR 800.1.3/214/BKPSDM-KH/2024", "bold": True, "align": "left", "after": 0},
        {"p": "FORMAT LAPORAN PEMANTAUAN NETRALITAS ASN (disampaikan setiap tanggal 5 dan 20)", "align": "left"},
        {"table": [["No", "Unit Kerja", "Jumlah Pegawai", "Sosialisasi SE (tgl)", "Dugaan Pelanggaran", "Tindak Lanjut"],
                   ["1", "", "", "", "ada / tidak ada", ""],
                   ["2", "", "", "", "ada / tidak ada", ""]],
         "widths": [600, 2400, 1300, 1600, 1600, 1570], "header_row": True},
    ],
}, False, [], [14],
    "SE Pj Bupati netralitas ASN Pilkada: daftar lengkap larangan (APK, deklarasi, tim pemenangan, like/share, fasilitas, sembako, KTP) — bukan ajakan")

# ---------------------------------------------------------------- 003  V
add({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "undangan perbekel", "author": "kasi pem", "created": "2024-10-07T02:30:00Z", "revision": 4},
    "kop": kop(["PEMERINTAH KABUPATEN BUKIT SARI", "KECAMATAN TEGALSARI KANGIN",
                "Jalan Raya Tegalsari No. 8, Telp. (0361) 889120, Bali 80362"], placement="header"),
    "footer": [{"p": "Om Santih, Santih, Santih Om", "align": "center", "italic": True, "size": 18}],
    "body": [
        {"table": [["Nomor", ":", "005/412/Kec.TK/2024", "Tegalsari, 7 Oktober 2024"],
                   ["Sifat", ":", "Penting", ""],
                   ["Lampiran", ":", "1 (satu) berkas", "Kepada"],
                   ["Hal", ":", "**Persiapan Kampanye Dialogis dan Pelantikan Tim Pemenangan Tingkat Kecamatan**", "Yth. Perbekel se-Kecamatan Tegalsari Kangin dan Staf Kantor Camat"]],
         "widths": [1100, 280, 4300, 3390], "borders": False},
        {"p": "", "after": 0},
        {"p": "Om Swastyastu,", "align": "left"},
        P("Menindaklanjuti arahan pimpinan dan hasil paruman kami bersama para Bendesa Adat pada Soma, 30 September 2024, kegiatan sebagaimana pokok surat di atas akan dilaksanakan pada:"),
        {"table": [["Hari/tanggal", ":", "Redite (Minggu), 13 Oktober 2024"],
                   ["Waktu", ":", "pukul 15.00 WITA s.d. selesai"],
                   ["Tempat", ":", "Wantilan Kantor Camat Tegalsari Kangin"]],
         "widths": [2000, 280, 6790], "borders": False},
        {"p": "", "after": 0},
        P("Pasangan yang kita dukung bersama sudah sama-sama kita ketahui, sehingga tidak perlu lagi dijelaskan dalam surat ini. Untuk kelancaran acara kami sampaikan hal-hal sebagai berikut:"),
        {"p": "Setiap desa mengirimkan peserta sesuai kuota pada lampiran, terdiri atas perangkat desa, kelian banjar dinas, kader PKK dan pemuda/sekaa teruna.", "num": 0},
        {"p": "Peserta mengenakan pakaian adat madya: kamen dan udeng putih, saput merah. Kaos dan pin dari panitia dibagikan di pintu masuk dan dipakai di luar baju.", "num": 0, "cont": True},
        {"p": "Tenda, kursi, sound system dan genset memakai inventaris kantor camat; petugas Trantib kecamatan mengatur parkir.", "num": 0, "cont": True},
        {"p": "Konsumsi (nasi kotak dan snack 450 porsi) dibebankan pada DPA Kecamatan kegiatan Rapat Koordinasi Pemerintahan Desa Triwulan IV; bendahara agar menyesuaikan SPJ.", "num": 0, "cont": True},
        {"p": "Staf kantor camat dan perbekel yang namanya tercantum pada lampiran ditetapkan sebagai pengurus tim pemenangan tingkat kecamatan dan akan dilantik pada acara tersebut. Mohon hadir pukul 14.00 WITA untuk gladi.", "num": 0, "cont": True},
        {"p": "Daftar hadir per desa diserahkan kepada Kasi Pemerintahan paling lambat Senin, 14 Oktober 2024.", "num": 0, "cont": True},
        P("Mengingat pentingnya acara ini, kami mohon tidak ada perbekel yang berhalangan. Atas perhatian dan kerja samanya kami ucapkan terima kasih."),
        {"p": "Om Santih, Santih, Santih Om", "align": "left"},
    ] + sig(None, "CAMAT TEGALSARI KANGIN,", "I NYOMAN SURYAWAN, S.STP., M.AP.", "19800611 200212 1 004", extra="Pembina Tk. I") + [
        {"pagebreak": True},
        {"p": "Lampiran Surat Camat Tegalsari Kangin Nomor 005/412/Kec.TK/2024", "bold": True, "align": "left"},
        {"table": [["No", "Desa", "Kuota Peserta", "Pengurus Tim (dilantik)"],
                   ["1", "Tegalsari Kangin", "80", "Perbekel, Sekdes"],
                   ["2", "Bongkasa Kaja", "70", "Perbekel, Kasi Kesra"],
                   ["3", "Munggu Sari", "70", "Perbekel"],
                   ["4", "Penarungan Kelod", "60", "Perbekel, Kaur Umum"],
                   ["5", "Kantor Camat", "25", "Sekcam, Kasi Pemerintahan, Kasi Trantib"]],
         "widths": [600, 2800, 1800, 3870], "header_row": True},
    ],
}, True, ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"], [2, 4, 6, 10],
    "Surat camat: hal 'Kampanye Dialogis dan Pelantikan Tim Pemenangan'; isi hanya logistik (kuota desa, inventaris, konsumsi DPA), staf/perbekel dilantik jadi pengurus tim; 'pasangan yang kita dukung'")

# ---------------------------------------------------------------- 004  C (informal)
add({
    "font": "Calibri", "size": 22,
    "meta": {"title": "info pemilu", "author": "Kasubbag Umum", "created": "2024-02-09T06:41:00Z", "revision": 1},
    "body": [
        {"p": "%%Diteruskan dari grup WA \"INFO DIKBUD SUMBAWA TENGGARA\" – Jumat 9/2/2024 14.41%%", "size": 18, "align": "left"},
        {"p": "Assalamualaikum wr wb, selamat siang Bapak/Ibu sekalian 🙏", "align": "left"},
        {"p": "Sekedar info utk Pemilu hari Rabu tgl 14 Februari 2024:", "align": "left"},
        {"p": "1. Hari Rabu 14/2 itu LIBUR NASIONAL sesuai Keppres ttg hari pemungutan suara, jadi kantor & sekolah tutup. Kamis 15/2 masuk seperti biasa.", "align": "left", "after": 40},
        {"p": "2. Bpk/Ibu yg ditetapkan jd anggota KPPS, PPS atau Pengawas TPS mohon kirim foto SK nya ke japri sy paling lambat Senin, nanti dibuatkan surat izin dari Kadis utk tgl 13 & 15 (hari H-1 persiapan TPS & H+1 rekap).", "align": "left", "after": 40},
        {"p": "3. Jangan lupa gunakan hak pilih ya, bawa surat C Pemberitahuan (yg dulu namanya C6) + KTP-el. Yg lagi tugas di luar daerah dan sdh urus pindah memilih (form A pindahan) silakan ke TPS tujuan.", "align": "left", "after": 40},
        {"p": "4. Titip jg ya, kita ASN wajib netral. Grup kantor ini bukan tempat share2 konten paslon/caleg manapun, sudah ada teguran dr inspektorat ke kab sebelah gara2 itu. Klo ada yg kirim poster \"coblos no sekian\" di grup, admin hapus aja tanpa mengurangi rasa hormat 🙏🙏", "align": "left", "after": 40},
        {"p": "5. Piket kantor tgl 14 tdk ada, kunci gedung dipegang Pak Satpam Amaq Sahnan.", "align": "left", "after": 40},
        {"p": "Terima kasih, tabe'", "align": "left"},
        {"p": "~ Baiq Nurul Aini, Kasubbag Umum & Kepegawaian", "align": "left", "italic": True},
    ],
}, False, [], [14, 11],
    "Forward WA Kasubbag Umum: libur 14 Feb, izin ASN KPPS/PPS, 'gunakan hak pilih', larangan share konten paslon — umpan 'coblos no sekian' dikutip sebagai larangan")

# ---------------------------------------------------------------- 005  V (informal, no kop)
add({
    "font": "Calibri", "size": 22,
    "meta": {"title": "Pesan diteruskan", "author": "Admin TU", "created": "2024-01-22T11:05:00Z", "revision": 1},
    "body": [
        {"p": "%%[Pesan diteruskan berkali-kali]%%", "size": 18, "align": "left"},
        {"p": "*Dari: Kak Ros KaPus* | Grup: NAKES PKM OENAEK KERE 💉", "align": "left", "size": 20},
        {"p": "Shalom bapa mama samua nakes dan staf TU yang beta sayang 🙏", "align": "left"},
        {"p": "Tanggal 14 Februari nanti jang lupa, kotong pung mama {split:dr. Ma|ria Goreti |Lado} yang su banya bantu ambulans deng alat USG di ini puskesmas, maju ke DPRD Provinsi dapil Timor Tengah nomor urut 3 dari Partai NasDem. Beliau ini orang kesehatan, jadi kalo sonde kotong yang bantu, sapa lai?", "align": "left"},
        {"p": "Jadi beta minta tolong e:", "align": "left"},
        {"p": "1️⃣ Follow IG deng FB {link:https://instagram.com/mamagoreti.official|@mamagoreti.official}, like samua postingan, komen yang bae-bae.", "align": "left", "after": 40},
        {"p": "2️⃣ Share poster yang beta kirim tadi ke status WA sampe hari H, pake tagar #MamaGoretiSehatkanTimor #C0bl0s3", "align": "left", "after": 40},
        {"p": "3️⃣ Bidan desa deng perawat posyandu tolong kumpul fotokopi KTP pasien prolanis deng ibu hamil, minimal 15 orang satu kepala, kasi ke Kak Yuli di loket. Nanti beliau pung tim kasi paket beras 5 kg plus minyak 1 liter per KTP.", "align": "left", "after": 40},
        {"p": "4️⃣ Kalo ada pasien tanya, bilang sa \"p1lih mama dokter, nanti pelayanan tambah bae\".", "align": "left", "after": 40},
        {"p": "Sonde usah takut, ini kotong pung orang sandiri. Yang su kumpul KTP tolong lapor di grup pake emot 👍 biar beta rekap. Tuhan Yesus berkati 🙏🙏", "align": "left"},
        {"p": "", "after": 0},
        {"p": "%%(diketik ulang oleh admin TU dari tangkapan layar, 22/1/2024)%%", "size": 18, "align": "left"},
    ],
}, True, ["endorsement", "social-media", "inducement"], [5, 7, 11],
    "Broadcast WA Kepala Puskesmas (bahasa Kupang): dukung dr. Maria Goreti Lado (caleg DPRD Prov NasDem no 3, 'beliau'), follow/like/share + tagar, kumpulkan KTP pasien ditukar paket beras; tanpa kop")

# ---------------------------------------------------------------- 006  C
add({
    "font": "Arial", "size": 21,
    "meta": {"title": "Form A Hasil Pengawasan", "author": "PKD/Panwascam", "created": "2024-10-16T09:20:00Z", "revision": 3},
    "kop": kop(["BADAN PENGAWAS PEMILIHAN UMUM", "PANITIA PENGAWAS PEMILIHAN KECAMATAN MENGWI TENGAH",
                "KABUPATEN BUKIT SARI – Sekretariat: Jl. Ayodya No. 3, Mengwi Tengah"],
               placement="table", logo="BAWASLU"),
    "body": [
        {"p": "FORMULIR MODEL A", "align": "center", "bold": True, "after": 0},
        {"p": "LAPORAN HASIL PENGAWASAN PEMILIHAN", "align": "center", "bold": True},
        {"p": "**I. Data Pengawas Pemilihan**", "align": "left"},
        {"table": [["Tahapan yang diawasi", ":", "Kampanye Pemilihan Bupati dan Wakil Bupati Bukit Sari Tahun 2024"],
                   ["Nama Pelaksana Tugas", ":", "Ni Luh Putu Ayu Lestari, S.H."],
                   ["Jabatan", ":", "Anggota Panwaslu Kecamatan, Koordinator Divisi Penanganan Pelanggaran"],
                   ["Nomor Surat Perintah Tugas", ":", "ST-041/PM.01/K.BA-07.03/10/2024"]],
         "widths": [3000, 280, 5790], "borders": False},
        {"p": "", "after": 0},
        {"p": "**II. Kegiatan Pengawasan**", "align": "left"},
        {"table": [["Kegiatan", ":", "Patroli pengawasan media sosial (siber) dan pengecekan lapangan"],
                   ["Tujuan", ":", "Memastikan netralitas ASN, perbekel dan perangkat desa"],
                   ["Sasaran", ":", "Akun media sosial aparatur di wilayah Kecamatan Mengwi Tengah"],
                   ["Waktu dan Tempat", ":", "Senin–Selasa, 14–15 Oktober 2024; Desa Kekeran Kaja dan Desa Gulingan Kelod"]],
         "widths": [3000, 280, 5790], "borders": False},
        {"p": "", "after": 0},
        {"p": "**III. Uraian Singkat Hasil Pengawasan**", "align": "left"},
        P("Pada Senin, 14 Oktober 2024 pukul 19.10 WITA, pengawas menemukan unggahan akun Facebook \"Made Sukerta Kekeran\" yang diketahui milik I Made Sukerta, Perbekel Desa Kekeran Kaja. Unggahan berupa foto yang bersangkutan bersama pasangan calon Bupati dan Wakil Bupati nomor urut 1 dalam acara simakrama di Banjar Kaja, dengan keterangan (caption) sebagai berikut:", first=0),
        {"p": "%%\"Astungkara, Gung Rai – Pak Kadek lanjut dua periode! Bukit Sari Santhi Jagadhita. #GungRaiLagi #TetapBersamaSatu\"%%", "indent": 720, "align": "left"},
        P("Unggahan tersebut telah mendapat 214 tanda suka dan dibagikan 37 kali, antara lain oleh akun \"Komang Ari Guru\" yang diduga milik seorang guru PNS di SD Negeri 2 Gulingan Kelod. Tangkapan layar, tautan dan waktu unggah telah didokumentasikan dan diunggah ke aplikasi SIGAPLAPOR. Pada 15 Oktober 2024 unggahan pertama masih dapat diakses, sedangkan unggahan ulang oleh akun guru tersebut telah dihapus.", first=0),
        {"p": "**IV. Informasi Dugaan Pelanggaran**", "align": "left"},
        {"table": [["Peristiwa", "Perbekel dan diduga ASN (guru) mengunggah/membagikan konten dukungan kepada pasangan calon nomor urut 1"],
                   ["Tempat kejadian", "Media sosial Facebook; foto diambil di Balai Banjar Kaja, Desa Kekeran Kaja"],
                   ["Waktu kejadian", "Minggu, 13 Oktober 2024 (foto); Senin, 14 Oktober 2024 (unggah)"],
                   ["Pelaku", "1. I Made Sukerta (Perbekel)  2. Pemilik akun \"Komang Ari Guru\" (dalam penelusuran)"],
                   ["Alat bukti", "Tangkapan layar (4 lembar), tautan unggahan, keterangan saksi pengawas desa"],
                   ["Dugaan pasal", "Pasal 71 ayat (1) UU 10/2016; ketentuan netralitas ASN dalam UU 20/2023 jo. PP 94/2021 (untuk guru ASN)"]],
         "widths": [2600, 6470]},
        {"p": "", "after": 0},
        {"p": "**V. Tindak Lanjut**", "align": "left"},
        P("Temuan dicatat sebagai temuan dugaan pelanggaran dan diteruskan kepada Bawaslu Kabupaten Bukit Sari untuk kajian awal. Terhadap dugaan pelanggaran netralitas oleh ASN akan direkomendasikan kepada instansi berwenang di bidang kepegawaian setelah identitas pemilik akun dipastikan.", first=0),
    ] + sig("Mengwi Tengah, 16 Oktober 2024", "Pengawas,", "NI LUH PUTU AYU LESTARI, S.H.") ,
}, False, [], [14],
    "Form A Panwascam: mengutip unggahan perbekel 'Gung Rai lanjut dua periode #GungRaiLagi' dan share oleh guru sebagai dugaan pelanggaran — laporan pengawasan, tidak partisan")

# ---------------------------------------------------------------- 007  V (long notulen)
add({
    "font": "Arial", "size": 22,
    "meta": {"title": "Notulen Rakor Kepala Kampung", "author": "Sekretaris Distrik", "created": "2024-10-10T07:30:00Z", "revision": 5},
    "kop": kop(["PEMERINTAH KABUPATEN LEMBAH MAMBERAMO", "DISTRIK WANIMO",
                "Jalan Trikora, Wanimo – Papua Pegunungan"], placement="body"),
    "footer": [{"p": "Notulen Rakor Kepala Kampung se-Distrik Wanimo – 10 Oktober 2024", "size": 16, "align": "left"}],
    "body": [
        {"p": "", "after": 0},
        {"p": "NOTULEN RAPAT KOORDINASI", "align": "center", "bold": True, "after": 0},
        {"p": "KEPALA KAMPUNG SE-DISTRIK WANIMO", "align": "center", "bold": True},
        {"table": [["Hari / tanggal", ":", "Kamis, 10 Oktober 2024"],
                   ["Waktu", ":", "10.00 – 14.30 WIT"],
                   ["Tempat", ":", "Aula Kantor Distrik Wanimo"],
                   ["Pimpinan rapat", ":", "Kepala Distrik Wanimo, Elias Wonda, S.IP."],
                   ["Notulis", ":", "Yulianus Tabuni (Kasi Pemerintahan Kampung)"],
                   ["Peserta", ":", "14 Kepala Kampung, Ketua Bamuskam, bendahara kampung, Kepala Suku Besar Wilayah Wanimo, 3 orang pendeta/gembala, staf distrik (daftar hadir terlampir)"]],
         "widths": [2200, 280, 6590], "borders": False},
        {"p": "", "after": 0},
        {"p": "**A. PEMBUKAAN**", "align": "left"},
        P("Rapat dibuka pukul 10.15 WIT dengan doa oleh Pdt. Amos Kogoya, S.Th. Kepala Distrik menyampaikan terima kasih atas kehadiran para kepala kampung walaupun jalan dari Kampung Yugum dan Kampung Eragi masih putus akibat longsor minggu lalu."),
        {"p": "**B. PEMBAHASAN**", "align": "left"},
        {"p": "**1. Evaluasi penyaluran Dana Kampung tahap II**", "align": "left"},
        P("Bendahara distrik melaporkan bahwa 11 dari 14 kampung telah menyampaikan laporan realisasi tahap II. Kampung Eragi, Yugum dan Kelila Atas belum menyerahkan LPJ karena kendala jaringan dan pendamping yang belum kembali dari Wamena. Kepala Distrik meminta LPJ diserahkan paling lambat 25 Oktober 2024 agar pencairan tahap III tidak terlambat."),
        {"p": "**2. Persiapan Natal Bersama dan perbaikan jalan setapak**", "align": "left"},
        P("Disepakati panitia Natal Bersama distrik diketuai oleh Kepala Kampung Wanimo Kota. Perbaikan jalan setapak Wanimo–Yugum dikerjakan secara padat karya mulai minggu ketiga Oktober."),
        {"p": "**3. Pemilihan Bupati dan Wakil Bupati 27 November 2024**", "align": "left"},
        P("Menindaklanjuti hasil musyawarah para kepala suku dan tokoh gereja di Honai Adat Wanimo pada 5 Oktober 2024, Kepala Distrik menyampaikan bahwa masyarakat Wanimo sudah satu suara mendukung Bapak Yance Tabuni, S.Sos. dan Bapak Nikolas Kogoya, S.E. untuk memimpin kembali Lembah Mamberamo lima tahun ke depan. Menurut Kepala Distrik, jalan, jembatan gantung dan rumah sehat yang sekarang dinikmati kampung-kampung adalah hasil kerja Bapak Yance, sehingga \"kita harus balas budi\"."),
        P("Kepala Suku Besar, Bapak Ones Wonda, menyampaikan bahwa suara kampung akan diikat melalui kesepakatan adat seperti pemilu sebelumnya. Beberapa kepala kampung (Kelila Atas, Eragi) bertanya bagaimana dengan warga yang punya pilihan lain; Kepala Distrik menjawab bahwa hal tersebut akan diatur sesudah rapat ini oleh masing-masing kepala kampung."),
        {"p": "**C. KESIMPULAN DAN KEPUTUSAN RAPAT**", "align": "left"},
        P("Setelah mendengar masukan peserta, rapat memutuskan dan menyepakati hal-hal berikut:", first=0),
        {"p": "Seluruh kepala kampung sepakat memenangkan Bapak Yance Tabuni dan Bapak Nikolas Kogoya di semua TPS dalam wilayah Distrik Wanimo, dengan target suara per kampung sebagaimana tabel di bawah.", "num": 0},
        {"p": "BLT Dana Kampung tahap III diserahkan sesudah tanggal 27 November 2024 dan diprioritaskan bagi kepala keluarga yang namanya sudah masuk daftar dukungan yang dibuat oleh kepala kampung.", "num": 0, "cont": True},
        {"p": "Kepala kampung dan aparat kampung yang wilayahnya tidak mencapai target akan dievaluasi dan dapat diusulkan untuk diganti pada awal tahun 2025.", "num": 0, "cont": True},
        {"p": "Untuk kampanye dialogis di Lapangan Distrik Wanimo tanggal 2 November 2024, setiap kampung membawa warga minimal 50 orang. Angkutan memakai dua truk distrik dan biaya bahan bakar dibebankan pada dana operasional pemerintah kampung.", "num": 0, "cont": True},
        {"p": "Staf distrik yang bertugas di kampung mengumpulkan daftar nama dan fotokopi KTP warga pendukung, diserahkan kepada Kasi Pemerintahan Kampung paling lambat 31 Oktober 2024.", "num": 0, "cont": True},
        {"pagebreak": True},
        {"p": "**Tabel Target Suara per Kampung (Lampiran Keputusan Butir 1)**", "align": "left"},
        {"table": [["No", "Kampung", "DPT (perkiraan)", "Target suara", "Penanggung jawab"],
                   ["1", "Wanimo Kota", "1.240", "100%", "Kepala Kampung Wanimo Kota"],
                   ["2", "Yugum", "610", "100%", "Kepala Kampung Yugum"],
                   ["3", "Eragi", "585", "95%", "Kepala Kampung Eragi"],
                   ["4", "Kelila Atas", "702", "95%", "Kepala Kampung Kelila Atas"],
                   ["5", "Kimbim", "498", "100%", "Kepala Kampung Kimbim"],
                   ["6", "Pugima Baru", "455", "100%", "Kepala Kampung Pugima Baru"],
                   ["7–14", "Kampung lainnya", "3.870", "min. 90%", "Masing-masing kepala kampung"]],
         "widths": [700, 2200, 1800, 1500, 2870], "header_row": True},
        {"p": "", "after": 0},
        {"p": "**D. PENUTUP**", "align": "left"},
        P("Rapat ditutup pukul 14.30 WIT dengan doa oleh Gembala Yakob Wenda. Notulen ini dibuat untuk dipergunakan sebagaimana mestinya dan dibagikan kepada seluruh kepala kampung."),
        {"table": [[{"blocks": ["Notulis,", "", "", "", "**YULIANUS TABUNI**", "NIP. 19880412 201101 1 003"]},
                    {"blocks": ["Mengetahui,", "Kepala Distrik Wanimo,", "", "", "**ELIAS WONDA, S.IP.**", "NIP. 19790825 200604 1 009"]}]],
         "widths": [4535, 4535], "borders": False},
    ],
}, True, ["endorsement", "campaign-activity", "state-facility", "inducement", "letterhead-misuse"], [1, 8, 9, 10, 13],
    "Notulen rakor distrik: 'memimpin kembali', diputuskan memenangkan Yance Tabuni–Nikolas Kogoya, target suara per kampung, BLT hanya untuk pendukung, ancaman ganti aparat, truk distrik ke kampanye, kumpul KTP")

# ---------------------------------------------------------------- 008  C
add({
    "font": "Arial", "size": 23,
    "meta": {"title": "Undangan klarifikasi", "author": "Irban IV", "created": "2024-10-21T01:00:00Z", "revision": 2},
    "kop": kop(["PEMERINTAH KABUPATEN TELUK SARERA", "INSPEKTORAT DAERAH",
                "Jl. Pantai Wosi No. 17, Teluk Sarera, Papua Barat 98312"], placement="header"),
    "body": nomor([("Nomor", "700.1.2.1/388/ITDA/2024"), ("Sifat", "Rahasia"), ("Lampiran", "-"),
                   ("Hal", "Permintaan Klarifikasi")],
                  right=["Teluk Sarera, 21 Oktober 2024", "", "Kepada Yth.", "Sdr. Marthen Rumbewas, S.Pd."]) + [
        {"p": "Guru SD Inpres 14 Wosi Hilir", "indent": 5103, "after": 0, "align": "left"},
        {"p": "di –", "indent": 5103, "after": 0, "align": "left"},
        {"p": "Tempat", "indent": 5529, "align": "left"},
        {"p": "", "after": 0},
        P("Menindaklanjuti surat Bawaslu Kabupaten Teluk Sarera Nomor 112/PP.01.02/K.PB-09/10/2024 tanggal 15 Oktober 2024 perihal Penerusan Pelanggaran Peraturan Perundang-undangan Lainnya, dengan ini kami minta Saudara hadir untuk memberikan keterangan/klarifikasi atas dugaan pelanggaran netralitas ASN, yaitu:"),
        {"textbox": [{"p": "Uraian dugaan (sesuai kajian Bawaslu):", "bold": True},
                     {"p": "Saudara diduga menghadiri kegiatan deklarasi dukungan relawan \"Sahabat Nomor Satu\" kepada pasangan calon Bupati dan Wakil Bupati Teluk Sarera nomor urut 1 pada Sabtu, 5 Oktober 2024 di Gedung Sarera Convention Hall, mengenakan kaos bertuliskan \"SARERA BANGKIT, LANJUTKAN!\" serta berfoto di panggung sambil mengacungkan satu jari. Foto tersebut beredar di grup WhatsApp \"Guru Wosi Hilir\"."}],
         "width_cm": 15.5, "height_cm": 3.6},
        {"p": "", "after": 0},
        P("Klarifikasi akan dilaksanakan pada:", first=0),
        {"table": [["Hari/tanggal", ":", "Senin, 28 Oktober 2024"],
                   ["Pukul", ":", "09.00 WIT s.d. selesai"],
                   ["Tempat", ":", "Ruang Irban IV, Kantor Inspektorat Daerah"],
                   ["Membawa", ":", "KTP-el, SK pengangkatan terakhir, dan dokumen lain yang dianggap perlu"]],
         "widths": [2000, 280, 6790], "borders": False},
        {"p": "", "after": 0},
        P("Klarifikasi ini merupakan bagian dari pemeriksaan dan dilaksanakan dengan menjunjung asas praduga tak bersalah. Saudara berhak menyampaikan keterangan dan bukti yang meringankan. Apabila Saudara tidak hadir tanpa alasan yang sah, pemeriksaan tetap dilanjutkan berdasarkan bahan yang ada."),
        P("Demikian disampaikan, atas perhatian Saudara diucapkan terima kasih."),
    ] + sig(None, "INSPEKTUR DAERAH\nKABUPATEN TELUK SARERA,", "YOHANA M. SAWAKI, S.E., M.M.", "19720318 199803 2 006") + tembusan([
        "Penjabat Bupati Teluk Sarera (sebagai laporan);", "Ketua Bawaslu Kabupaten Teluk Sarera;",
        "Kepala BKPSDM Kabupaten Teluk Sarera;", "Kepala Dinas Pendidikan dan Kebudayaan."]),
}, False, [], [14],
    "Undangan klarifikasi Inspektorat: mengutip dugaan guru hadir deklarasi dukungan paslon no 1, kaos 'LANJUTKAN!', satu jari — pemeriksaan, bukan dukungan")

# ---------------------------------------------------------------- 009  V (BKPSDM kop, pelaporan, libreoffice)
add({
    "engine": "libreoffice",
    "font": "Tahoma", "size": 22,
    "meta": {"title": "SE Apel dan Jalan Sehat", "author": "Bidang PKA", "created": "2024-10-03T02:15:00Z", "revision": 6},
    "kop": kop(["PEMERINTAH KOTA TIRTOMULYO", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                "Jl. Pemuda No. 45 Tirtomulyo, Jawa Tengah 57122 – bkpsdm@tirtomulyokota.go.id"], placement="header"),
    "footnotes": {"1": "Rekap kehadiran per perangkat daerah akan menjadi salah satu bahan pertimbangan dalam penilaian perilaku kerja (SKP) triwulan IV serta usulan rotasi dan promosi jabatan awal 2025."},
    "body": title("SURAT EDARAN", "Nomor: 800.1.6/1721/BKPSDM/2024") + [
        {"p": "Yth. Kepala Perangkat Daerah, Camat dan Lurah", "align": "left", "after": 0},
        {"p": "se-Kota Tirtomulyo", "align": "left"},
        {"p": "**Hal: Apel Pagi dan Jalan Sehat Bersama ASN Kota Tirtomulyo**", "align": "left"},
        P("Dalam rangka mempererat tali silaturahmi keluarga besar ASN Kota Tirtomulyo dengan Bapak dr. H. Agus Salim Widodo, Sp.PD. dan Ibu Hj. Retno Palupi, S.E., yang insya Allah akan kembali melanjutkan pengabdian bagi Tirtomulyo untuk periode 2025–2030, bersama ini disampaikan hal-hal sebagai berikut:"),
        {"p": "Apel pagi hari Jumat, 11 Oktober 2024 dipindahkan dari halaman perangkat daerah masing-masing ke Alun-Alun Kota Tirtomulyo pukul 06.30 WIB, dilanjutkan jalan sehat rute Alun-Alun – Jl. Pemuda – Stadion Wiradharma.", "num": 0},
        {"p": "Presensi e-Kinerja pada hari tersebut dilakukan secara geotagging di titik Alun-Alun; presensi dari kantor tidak akan terbaca.", "num": 0, "cont": True},
        {"p": "Kaos putih bertuliskan \"AGUS–RETNO LANJUTKAN\" dan topi telah didistribusikan melalui Kasubbag Umum masing-masing perangkat daerah dan wajib dikenakan.", "num": 0, "cont": True},
        {"p": "Kendaraan dinas operasional dapat digunakan untuk mengangkut pegawai dari kantor ke titik kumpul.", "num": 0, "cont": True},
        {"p": "Setiap pegawai mengunggah foto kegiatan di akun Instagram/Facebook pribadi dengan tagar #TirtomulyoLanjutkan #AgusRetnoDuaPeriode dan menandai akun @agusretno.official.", "num": 0, "cont": True},
        {"p": "**Pelaporan**", "align": "left"},
        P("Kepala perangkat daerah menyampaikan rekap kehadiran pegawai beserta tautan unggahan media sosial kepada BKPSDM paling lambat Senin, 14 Oktober 2024 pukul 12.00 WIB melalui tautan {link:https://s.id/rekapJalanSehatASN|s.id/rekapJalanSehatASN}.{fn:1}"),
        P("Demikian untuk menjadi perhatian dan dilaksanakan."),
    ] + sig("Tirtomulyo, 3 Oktober 2024", "KEPALA BADAN KEPEGAWAIAN DAN\nPENGEMBANGAN SUMBER DAYA MANUSIA,", "Drs. BAMBANG HERU SANTOSO, M.M.", "19690704 199203 1 008"),
}, True, ["endorsement", "campaign-activity", "social-media", "state-facility", "inducement", "letterhead-misuse"], [1, 3, 5, 8, 10],
    "SE BKPSDM: apel jam kerja dipindah ke jalan sehat bersama Agus–Retno 'melanjutkan pengabdian 2025–2030', kaos LANJUTKAN, mobil dinas, unggah #AgusRetnoDuaPeriode, kehadiran jadi bahan rotasi jabatan (catatan kaki)")

# ---------------------------------------------------------------- 010  C (APK removal, quotes slogans)
add({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Sprint penertiban APK", "author": "Satpol PP", "created": "2024-10-28T00:45:00Z", "revision": 3},
    "kop": kop(["PEMERINTAH KABUPATEN KEDUNGJATI", "SATUAN POLISI PAMONG PRAJA",
                "Jl. Panglima Sudirman No. 9 Kedungjati, Jawa Timur 64172"], placement="body"),
    "body": [
        {"p": "", "after": 0},
        {"p": "__SURAT PERINTAH__", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 300.1/577/SPP/2024", "align": "center"},
        {"table": [["Dasar", ":", "1.", "Peraturan KPU Nomor 13 Tahun 2024 tentang Kampanye Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota;"],
                   ["", "", "2.", "Keputusan KPU Kabupaten Kedungjati tentang Lokasi Pemasangan Alat Peraga Kampanye;"],
                   ["", "", "3.", "Surat Bawaslu Kabupaten Kedungjati Nomor 207/PM.00.02/K.JI-19/10/2024 perihal Rekomendasi Penertiban APK."]],
         "widths": [1200, 280, 450, 7140], "borders": False},
        {"p": "", "after": 0},
        {"p": "MEMERINTAHKAN", "align": "center", "bold": True},
        {"table": [["Kepada", ":", "Regu Penegakan Perda I dan II (daftar nama terlampir)"],
                   ["Untuk", ":", "1. Bersama Panwaslu Kecamatan dan PPK setempat menertibkan alat peraga kampanye yang dipasang di luar lokasi yang ditetapkan KPU, di gedung dan pagar kantor pemerintah, sekolah, puskesmas serta tempat ibadah, sebagaimana daftar di bawah;"],
                   ["", "", "2. Melepas stiker pasangan calon pada kendaraan dinas berplat merah yang ditemukan di halaman kantor dan mencatat nomor polisinya untuk dilaporkan kepada Inspektorat;"],
                   ["", "", "3. Memperlakukan alat peraga semua pasangan calon secara sama, tidak merusak, dan menyerahkan hasil penertiban ke gudang Satpol PP dengan berita acara;"],
                   ["", "", "4. Melaksanakan perintah ini dengan penuh tanggung jawab dan melaporkan hasilnya kepada Kepala Satuan."]],
         "widths": [1200, 280, 7590], "borders": False},
        {"p": "", "after": 0},
        {"p": "Daftar lokasi hasil pengawasan Bawaslu:", "align": "left", "bold": True},
        {"table": [["No", "Lokasi", "Jenis APK / teks yang tertulis", "Keterangan"],
                   ["1", "Pagar Kantor Kecamatan Ngasem Lor", "Baliho 4x6 m: \"LANJUTKAN 2 PERIODE! Bersama Mas Dhani, Kedungjati Tambah Makmur\" (memakai logo Pemkab)", "Gedung pemerintah; logo pemda dilarang"],
                   ["2", "Depan SDN 3 Sumberagung", "Spanduk \"Coblos Nomor 2 – Bu Endang Pasti Peduli\"", "Lingkungan sekolah"],
                   ["3", "Halaman Puskesmas Wates Kidul", "Umbul-umbul pasangan nomor urut 1 (12 buah)", "Fasilitas kesehatan"],
                   ["4", "Parkir Dinas PUPR", "Stiker \"Mas Dhani Lagi\" pada mobil dinas AG 8031 LP", "Kendaraan dinas – catat & laporkan"],
                   ["5", "Pertigaan Masjid Al-Ikhlas Ngasem", "Bendera partai dan poster \"#EndangUntukKedungjati\"", "Tempat ibadah"]],
         "widths": [500, 2500, 3900, 2170], "header_row": True},
    ] + sig("Dikeluarkan di Kedungjati", "pada tanggal 28 Oktober 2024\nKEPALA SATUAN POLISI PAMONG PRAJA,", "AGUS PRIYAMBODO, S.Sos., M.Si.", "19760902 199703 1 002") + tembusan([
        "Penjabat Bupati Kedungjati;", "Ketua Bawaslu Kabupaten Kedungjati;", "Ketua KPU Kabupaten Kedungjati;", "Inspektur Kabupaten Kedungjati."]),
}, False, [], [14],
    "Surat perintah Satpol PP: turunkan baliho petahana 'LANJUTKAN 2 PERIODE! Bersama Mas Dhani' dan stiker di mobil dinas, semua paslon diperlakukan sama — umpan kuat")



# ---------------------------------------------------------------- 011  V (ALL CAPS, all pairs)
add({
    "font": "Courier New", "size": 22,
    "meta": {"title": "NOTA DINAS KASAT", "author": "Sekretariat Satpol PP", "created": "2024-01-24T23:50:00Z", "revision": 2},
    "kop": kop(["PEMERINTAH KOTA MUARA BADAK PERMAI", "SATUAN POLISI PAMONG PRAJA",
                "JL. BHAYANGKARA NO. 2 MUARA BADAK PERMAI, KALIMANTAN TIMUR 75383"], placement="body"),
    "body": [
        {"p": "", "after": 0},
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
        {"p": "NOMOR: 300/046/SATPOLPP/I/2024", "align": "center"},
        {"table": [["KEPADA", ":", "KABID TRANTIBUM, KASI OPS, PARA DANRU A/B/C"],
                   ["DARI", ":", "KEPALA SATUAN"],
                   ["TANGGAL", ":", "25 JANUARI 2024"],
                   ["PERIHAL", ":", "**PENGERAHAN ANGGOTA KE RAPAT UMUM PASLON PRESIDEN DI STADION TEPIAN MAHAKAM BARU**"]],
         "widths": [1600, 280, 7190], "borders": False, "caps": True},
        {"p": "", "after": 0, "border_bottom": True},
        {"p": "1. MENINDAKLANJUTI ARAHAN PIMPINAN DALAM RAPAT STAF TGL 24 JANUARI 2024, DISAMPAIKAN JADWAL: PASLON 01 SABTU 27/1, PASLON 02 SABTU 3/2, PASLON 03 SELASA 6/2, SEMUA PUKUL 09.00 WITA.", "align": "left", "after": 80},
        {"p": "2. SETIAP REGU MENGIRIM 20 (DUA PULUH) ANGGOTA SEBAGAI PESERTA, BUKAN PENGAMANAN. PENGAMANAN TETAP OLEH POLRES. TUJUANNYA SUPAYA TRIBUN KELIHATAN PENUH DAN KOTA KITA TIDAK MALU.", "align": "left", "after": 80},
        {"p": "3. SUPAYA ADIL, ANGGOTA YANG SAMA HADIR BERGILIRAN DI KETIGA RAPAT UMUM. TIDAK ADA PASLON YANG DIANAKTIRIKAN, KITA NETRAL TAPI HARUS KELIHATAN HADIR.", "align": "left", "after": 80},
        {"p": "4. BERANGKAT DARI MAKO PUKUL 08.00 WITA MEMAKAI 2 UNIT TRUK DALMAS DAN MOBIL PATROLI KT 8127 D. BBM DARI JATAH OPERASIONAL PATROLI.", "align": "left", "after": 80},
        {"p": "5. PAKAIAN BEBAS RAPI, TIDAK MEMAKAI PDL DAN TIDAK MEMBAWA ATRIBUT SATPOL PP. ATRIBUT DARI PANITIA MASING-MASING PASLON BOLEH DIPAKAI DI LOKASI.", "align": "left", "after": 80},
        {"p": "6. KEHADIRAN DICATAT DINAS LUAR DALAM ABSENSI, TIDAK DIHITUNG CUTI. DANRU LAPOR JUMLAH ANGGOTA KE KASI OPS PALING LAMBAT JUMAT 26/1 PUKUL 15.00.", "align": "left", "after": 80},
        {"p": "7. NOTA INI TIDAK UNTUK DIBAGIKAN KE GRUP UMUM.", "align": "left", "after": 80},
        {"p": "DEMIKIAN UNTUK DILAKSANAKAN.", "align": "left"},
    ] + sig(None, "KEPALA SATUAN POLISI PAMONG PRAJA\nKOTA MUARA BADAK PERMAI,", "H. SYAHRANI NOOR, S.SOS., M.AP.", "19730519 199403 1 005"),
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6, 11, 12],
    "Nota dinas Kasatpol PP huruf kapital: anggota dikerahkan sebagai peserta rapat umum ketiga paslon presiden secara bergiliran, truk dalmas & BBM dinas, dicatat dinas luar — tidak memihak tetapi mobilisasi")

# ---------------------------------------------------------------- 012  C (hibah/dukungan anggaran, libreoffice)
add({
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "Nota Dinas NPHD Tahap II", "author": "Bid. Anggaran", "created": "2024-08-19T03:20:00Z", "revision": 4},
    "kop": kop(["PEMERINTAH KABUPATEN BANUA LIMA", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
                "Jl. Jenderal A. Yani Km. 2 Paringin Hulu, Kalimantan Selatan 71661"], placement="header"),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
        {"p": "", "after": 0},
        {"table": [["Kepada", ":", "Yth. Sekretaris Daerah Kabupaten Banua Lima"],
                   ["Dari", ":", "Kepala BPKAD"],
                   ["Tembusan", ":", "Inspektur Daerah; Kepala Badan Kesbangpol"],
                   ["Tanggal", ":", "19 Agustus 2024"],
                   ["Nomor", ":", "900.1.3.2/1044/BPKAD"],
                   ["Sifat", ":", "Segera"],
                   ["Lampiran", ":", "1 (satu) berkas"],
                   ["Hal", ":", "Penyaluran Dana Hibah Pemilihan Tahap II dan Dukungan Sarana kepada Penyelenggara"]],
         "widths": [1600, 280, 7190], "borders": False},
        {"p": "", "after": 0, "border_bottom": True},
        P("Bersama ini kami laporkan perkembangan penyaluran hibah Pemilihan Gubernur dan Wakil Gubernur serta Bupati dan Wakil Bupati Tahun 2024 berdasarkan Naskah Perjanjian Hibah Daerah (NPHD) yang ditandatangani pada 10 November 2023, dengan rincian sebagai berikut:"),
        {"table": [["No", "Penerima Hibah", "Nilai NPHD (Rp)", "Tahap I 40% (telah disalurkan)", "Tahap II 60% (diusulkan)"],
                   ["1", "KPU Kabupaten Banua Lima", "38.450.000.000", "15.380.000.000", "23.070.000.000"],
                   ["2", "Bawaslu Kabupaten Banua Lima", "14.200.000.000", "5.680.000.000", "8.520.000.000"],
                   ["3", "Pengamanan (Polres)", "6.750.000.000", "2.700.000.000", "4.050.000.000"],
                   ["4", "Pengamanan (Kodim)", "2.100.000.000", "840.000.000", "1.260.000.000"]],
         "widths": [500, 2700, 1900, 2000, 1970], "header_row": True},
        {"p": "", "after": 0},
        P("Sehubungan dengan hal tersebut, kami sampaikan beberapa hal untuk mendapat persetujuan:"),
        {"p": "Pencairan tahap II dapat dilaksanakan paling lambat 30 Agustus 2024, setelah penerima hibah menyampaikan laporan penggunaan tahap I dan rekening khusus hibah telah diverifikasi;", "num": 0},
        {"p": "Sebagai dukungan sarana kepada Bawaslu Kabupaten untuk pengawasan tahapan kampanye dan pemungutan suara, diusulkan pinjam pakai 4 (empat) unit kendaraan roda empat dan 10 (sepuluh) unit roda dua dari aset yang tidak dipergunakan, dengan berita acara serah terima dan jangka waktu sampai 31 Desember 2024;", "num": 0, "cont": True},
        {"p": "Kendaraan pinjam pakai hanya digunakan untuk keperluan penyelenggaraan dan pengawasan, tidak boleh digunakan oleh pasangan calon, tim kampanye atau partai politik, serta dilepas dari stiker atau logo selain logo penyelenggara;", "num": 0, "cont": True},
        {"p": "Biaya kampanye pasangan calon tidak termasuk dalam hibah ini dan sepenuhnya menjadi tanggung jawab pasangan calon sesuai ketentuan dana kampanye;", "num": 0, "cont": True},
        {"p": "Perangkat daerah yang menerima permintaan dukungan dari peserta pemilihan (tenda, sound system, kendaraan, ruang rapat) agar menolak dan melaporkannya kepada Sekretaris Daerah.", "num": 0, "cont": True},
        P("Demikian kami sampaikan, mohon arahan dan persetujuan Bapak."),
    ] + sig(None, "KEPALA BADAN PENGELOLAAN KEUANGAN\nDAN ASET DAERAH,", "Hj. NOOR LAILA, S.E., M.Si.", "19750221 200003 2 003"),
}, False, [], [14],
    "Nota dinas BPKAD: hibah NPHD tahap II ke KPU/Bawaslu/pengamanan dan pinjam pakai kendaraan ke Bawaslu; 'dukungan' kepada penyelenggara, larangan untuk paslon")

# ---------------------------------------------------------------- 013  V (tracked changes, aid timed to candidate)
add({
    "font": "Cambria", "size": 23,
    "meta": {"title": "Penyaluran Permakanan Tahap IV", "author": "Bid. Linjamsos", "last_modified_by": "Kadis Sosial",
             "created": "2024-10-11T02:00:00Z", "modified": "2024-10-14T08:12:00Z", "revision": 9},
    "kop": kop(["PEMERINTAH KABUPATEN KARANGSUWUNG", "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
                "Jl. Ngurah Rai No. 61 Semarapura Kaja, Bali 80761"], placement="header"),
    "body": nomor([("Nomor", "400.9/2318/Dinsos P3A"), ("Lampiran", "1 (satu) lembar"),
                   ("Hal", "Penyaluran Bantuan Permakanan Lansia dan Penyandang Disabilitas Tahap IV")],
                  right=["Semarapura Kaja, 14 Oktober 2024", "", "Yth. Koordinator PKH, TKSK dan Pendamping se-Kab. Karangsuwung"]) + [
        P("Om Swastyastu. Berdasarkan DPA Dinas Sosial, P3A Tahun Anggaran 2024 kegiatan Rehabilitasi Sosial Dasar Lanjut Usia dan Penyandang Disabilitas, bantuan permakanan tahap IV (Oktober–Desember) bagi 1.480 penerima akan disalurkan dengan ketentuan sebagai berikut:"),
        {"p": "Paket berisi beras 10 kg, minyak goreng 2 liter, gula 2 kg, telur 30 butir dan susu lansia.{ins: Paket dikemas dalam tas kain warna kuning-hijau yang telah disiapkan oleh Tim Relawan Satya Dharma.}", "num": 0},
        {"p": "Penyaluran dilakukan {del:oleh pendamping langsung ke rumah penerima}{ins:secara simbolis di balai banjar, bersamaan dengan agenda simakrama Ida I Gusti Ngurah Adnyana, S.H., Bupati Karangsuwung periode 2019–2024 yang kembali maju tahun ini, sesuai jadwal pada lampiran}.", "num": 0, "cont": True},
        {"p": "{ins:Penyerahan dilakukan langsung oleh beliau atau relawan Satya Dharma. Pendamping menyampaikan kepada penerima bahwa bantuan ini merupakan kelanjutan program beliau dan akan bertambah apabila Gung Aji kembali memimpin.}", "num": 0, "cont": True},
        {"p": "{ins:Pendamping PKH dan TKSK didaftarkan sebagai anggota relawan Satya Dharma tingkat kecamatan dan hadir mengenakan kaos relawan.}", "num": 0, "cont": True},
        {"p": "{ins:Penerima yang tidak hadir pada acara simakrama dianggap mengundurkan diri dan paketnya dialihkan ke warga yang sudah terdaftar sebagai pendukung di banjar masing-masing.}", "num": 0, "cont": True},
        {"p": "Berita acara serah terima dan dokumentasi disampaikan kepada Bidang Linjamsos paling lambat 7 hari setelah penyaluran.", "num": 0, "cont": True},
        P("Demikian disampaikan untuk dilaksanakan. Om Santih, Santih, Santih Om."),
    ] + sig(None, "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN\nDAN PERLINDUNGAN ANAK,", "Dra. NI WAYAN SRI ARTINI, M.Si.", "19700112 199503 2 004") + [
        {"pagebreak": True},
        {"p": "Lampiran: Jadwal penyaluran {ins:(disesuaikan dengan agenda simakrama beliau)}", "bold": True, "align": "left"},
        {"table": [["Tanggal", "Kecamatan", "Tempat", "Penerima"],
                   ["Sabtu, 19 Oktober 2024", "Dawan Kaja", "Balai Banjar Pikat", "310"],
                   ["Minggu, 27 Oktober 2024", "Banjarangkan Kelod", "Wantilan Desa Tusan", "420"],
                   ["Sabtu, 2 November 2024", "Klungkung Kauh", "Balai Banjar Gelgel", "395"],
                   ["Minggu, 10 November 2024", "Nusa Kangin", "Wantilan Pura Dalem Ped", "355"]],
         "widths": [2600, 2200, 2800, 1470], "header_row": True},
    ],
}, True, ["endorsement", "campaign-activity", "state-facility", "inducement", "letterhead-misuse"], [4, 7, 8, 13],
    "Sisipan terlacak: bantuan permakanan APBD diserahkan saat simakrama I Gusti Ngurah Adnyana ('beliau', 'Gung Aji'), tas kuning-hijau relawan, 'kelanjutan program beliau', pendamping jadi relawan, paket dialihkan ke pendukung")

# ---------------------------------------------------------------- 014  C (coordination, equal treatment)
add({
    "font": "Arial", "size": 22,
    "meta": {"title": "Notulen Rakor Kampanye", "author": "Kesbangpol", "created": "2024-09-20T05:00:00Z", "revision": 3},
    "kop": kop(["PEMERINTAH KABUPATEN LEMBOR RAYA", "BADAN KESATUAN BANGSA DAN POLITIK",
                "Jl. Ahmad Yani No. 12 Lembor Raya, Nusa Tenggara Timur 86752"], placement="header"),
    "body": [
        {"p": "NOTULEN", "align": "center", "bold": True, "after": 0},
        {"p": "RAPAT KOORDINASI PENJADWALAN DAN PENGAMANAN KAMPANYE", "align": "center", "bold": True, "after": 0},
        {"p": "PEMILIHAN BUPATI DAN WAKIL BUPATI LEMBOR RAYA TAHUN 2024", "align": "center", "bold": True},
        {"table": [["Hari/Tanggal", ":", "Jumat, 20 September 2024"],
                   ["Tempat", ":", "Ruang Rapat Badan Kesbangpol"],
                   ["Pimpinan Rapat", ":", "Kepala Badan Kesbangpol, Benediktus Jehadu, S.Sos."],
                   ["Hadir", ":", "Ketua dan Anggota KPU Kabupaten; Ketua Bawaslu Kabupaten; Kabag Ops Polres; Pasi Ops Kodim; Kasat Pol PP; Kadis Perhubungan; Liaison Officer (LO) Pasangan Calon Nomor Urut 1, 2 dan 3"]],
         "widths": [2000, 280, 6790], "borders": False},
        {"p": "", "after": 0},
        {"p": "**Pokok Bahasan dan Kesepakatan**", "align": "left"},
        {"p": "KPU menyampaikan bahwa Deklarasi Kampanye Damai akan dilaksanakan pada Selasa, 24 September 2024 di Aula Kantor KPU, dihadiri ketiga pasangan calon, Forkopimda dan tokoh agama. Pemda hadir sebatas undangan resmi Forkopimda; ASN lainnya tidak dikerahkan.", "num": 0},
        {"p": "Disepakati jadwal rapat umum (kampanye akbar) dilaksanakan bergiliran sesuai Keputusan KPU dan hasil undian, dengan zonasi sebagaimana tabel. Setiap pasangan calon mendapat jumlah hari dan lokasi yang sama.", "num": 0, "cont": True},
        {"p": "Penggunaan lapangan milik pemerintah daerah untuk rapat umum hanya berdasarkan jadwal KPU dan diberikan secara setara kepada semua pasangan calon; pemda tidak menyediakan tenda, kursi, genset, konsumsi atau kendaraan bagi kegiatan pasangan calon mana pun.", "num": 0, "cont": True},
        {"p": "Polres dan Kodim menyiapkan pengamanan; Satpol PP membantu pengaturan lalu lintas dan penertiban APK berdasarkan rekomendasi Bawaslu. Anggota yang bertugas tidak boleh mengenakan atribut pasangan calon.", "num": 0, "cont": True},
        {"p": "Bawaslu mengingatkan bahwa ASN, kepala desa dan perangkat desa dilarang hadir sebagai peserta kampanye, menjadi tim kampanye, atau mengikuti konvoi. LO ketiga pasangan calon menyatakan memahami dan akan menyampaikan kepada tim masing-masing.", "num": 0, "cont": True},
        {"p": "Dinas Perhubungan menyiapkan rekayasa lalu lintas dan melarang penggunaan kendaraan dinas atau truk milik pemda untuk mengangkut massa.", "num": 0, "cont": True},
        {"p": "**Tabel Jadwal Rapat Umum (hasil undian KPU)**", "align": "left"},
        {"table": [["Minggu ke-", "Zona I (Lembor – Lapangan Ketentang)", "Zona II (Welak – Lapangan Nangalili)", "Zona III (Satarmese Hilir – Lapangan Pagal)"],
                   ["1 (5–6 Nov)", "Paslon 1", "Paslon 2", "Paslon 3"],
                   ["2 (12–13 Nov)", "Paslon 3", "Paslon 1", "Paslon 2"],
                   ["3 (19–20 Nov)", "Paslon 2", "Paslon 3", "Paslon 1"]],
         "widths": [1700, 2460, 2450, 2460], "header_row": True},
        {"p": "", "after": 0},
        P("Rapat ditutup pukul 12.15 WITA. Notulen ini disampaikan kepada seluruh peserta rapat, termasuk LO ketiga pasangan calon, untuk ditindaklanjuti sesuai tugas masing-masing."),
        {"table": [[{"blocks": ["Notulis,", "", "", "**MARIA YASINTA NGGOANG, S.IP.**", "NIP. 19900305 201503 2 001"]},
                    {"blocks": ["Kepala Badan Kesbangpol,", "", "", "**BENEDIKTUS JEHADU, S.Sos.**", "NIP. 19740620 199803 1 006"]}]],
         "widths": [4535, 4535], "borders": False},
    ],
}, False, [], [14],
    "Notulen rakor Kesbangpol: 'disepakati' jadwal rapat umum bergilir setara untuk paslon 1/2/3, deklarasi kampanye damai KPU, pemda tidak memfasilitasi paslon — umpan 'sepakat', 'kampanye akbar', lapangan pemda")

# ---------------------------------------------------------------- 015  V (school, relawan, twibbon in textbox)
add({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Pengumuman Guru", "author": "TU SMPN 3", "created": "2024-01-10T01:30:00Z", "revision": 3},
    "kop": kop(["PEMERINTAH KABUPATEN RINJANI TIMUR", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                "SMP NEGERI 3 PRINGGASELA TIMUR", "Jl. Pendidikan No. 3 Pringgasela Timur, NTB 83661 – NPSN 50203117"],
               placement="table", logo="TUT WURI HANDAYANI"),
    "body": [
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 421.3/019/SMPN3-PT/I/2024", "align": "center"},
        {"p": "Kepada Yth. Bapak/Ibu Guru dan Tenaga Kependidikan SMP Negeri 3 Pringgasela Timur", "align": "left"},
        P("Assalamualaikum warahmatullahi wabarakatuh. Sebagaimana kita ketahui bersama, guru kita di masa lalu sekaligus tokoh pendidikan Lombok, TGH. Lalu Fadli Hamzani, M.Pd.I., insya Allah akan berangkat ke Senayan mewakili NTB di DPD RI pada 14 Februari nanti. Beliau yang memperjuangkan tunjangan guru honorer dan bantuan mushala sekolah kita tahun lalu, sehingga sudah sepantasnya keluarga besar SMPN 3 membalas kebaikan itu."),
        P("Untuk itu, dimohon kesediaan Bapak/Ibu:", first=0),
        {"p": "bergabung dalam \"Relawan Guru Sahabat TGH Fadli\" dengan mengisi formulir pendaftaran di ruang TU paling lambat Sabtu, 13 Januari 2024;", "num": 0},
        {"p": "mengenakan kaos hijau relawan setiap Jumat pada kegiatan senam pagi dan Jumat bersih sampai tanggal 9 Februari 2024;", "num": 0, "cont": True},
        {"p": "membagikan stiker dan kalender kepada wali murid pada rapat komite di aula sekolah, Sabtu 27 Januari 2024;", "num": 0, "cont": True},
        {"p": "memasang twibbon sebagaimana kotak di bawah ini.", "num": 0, "cont": True},
        {"textbox": [{"p": "TWIBBON GURU", "bold": True, "align": "center"},
                     {"p": "Pasang di foto profil WA, Facebook dan Instagram paling lambat 20 Januari:"},
                     {"p": "\"Bersama TGH Fadli – NTB Bermartabat\" #GuruUntukTGHFadli"},
                     {"p": "Link: {link:https://twibbonize.com/gurusahabattghfadli|twibbonize.com/gurusahabattghfadli}"},
                     {"p": "Screenshot kirim ke Bu Hj. Baiq Rohani (WA 0819-1720-5836) untuk didata."}],
         "width_cm": 14.5, "height_cm": 3.4},
        {"p": "", "after": 0},
        P("Atas partisipasi dan kekompakan Bapak/Ibu, kami ucapkan terima kasih. Wassalamualaikum warahmatullahi wabarakatuh."),
    ] + sig("Pringgasela Timur, 10 Januari 2024", "Kepala Sekolah,", "H. LALU MUHAMMAD SAPTAJI, S.Pd., M.Pd.", "19720814 199702 1 003"),
}, True, ["endorsement", "campaign-activity", "social-media", "state-facility", "letterhead-misuse"], [1, 4, 5],
    "Pengumuman kepala SMP: dukung TGH. Lalu Fadli Hamzani ke DPD RI (tanpa kata calon), gabung 'Relawan Guru', kaos relawan, stiker ke wali murid di rapat komite, twibbon #GuruUntukTGHFadli (kotak teks)")

# ---------------------------------------------------------------- 016  C (health kampanye, bait words)
add({
    "font": "Calibri", "size": 23,
    "meta": {"title": "Kampanye Imunisasi", "author": "PKM Waibhu Hilir", "created": "2024-10-01T00:30:00Z", "revision": 2},
    "kop": kop(["PEMERINTAH KABUPATEN CYCLOOP", "DINAS KESEHATAN", "UPTD PUSKESMAS WAIBHU HILIR",
                "Jl. Raya Kemiri, Waibhu Hilir – Papua 99352"], placement="table", logo="BAKTI HUSADA"),
    "body": nomor([("Nomor", "440/217/PKM-WH/X/2024"), ("Lampiran", "1 (satu) lembar"),
                   ("Hal", "Kampanye Imunisasi Kejar dan Deklarasi Kampung Stop BABS")],
                  right=["Waibhu Hilir, 1 Oktober 2024", "", "Yth. Kepala Kampung, Ketua PKK Kampung dan Kader Posyandu"]) + [
        P("Shalom dan salam sehat. Cakupan imunisasi dasar lengkap di wilayah kerja Puskesmas Waibhu Hilir baru mencapai 71%, jauh di bawah target 95%. Karena itu Puskesmas akan melaksanakan Kampanye Imunisasi Kejar selama bulan Oktober 2024, dirangkai dengan Deklarasi Kampung Stop Buang Air Besar Sembarangan (Stop BABS) di tiga kampung yang telah terverifikasi."),
        {"p": "Setiap kampung membentuk \"Tim Sukses Imunisasi\" yang terdiri atas kader posyandu, guru PAUD dan tokoh gereja. Tim ini bertugas mendata balita yang belum lengkap imunisasinya dan mengajak orang tua datang ke pos.", "num": 0},
        {"p": "Orang tua dapat memilih salah satu jadwal pos imunisasi yang paling dekat (jadwal terlampir). Balita yang datang mendapat PMT biskuit dan kartu menuju sehat baru.", "num": 0, "cont": True},
        {"p": "Relawan kader mengenakan rompi kuning Puskesmas sebagai atribut petugas. Kegiatan ini murni program kesehatan; karena bertepatan dengan masa kampanye Pilkada, mohon tidak ada spanduk, kaos atau atribut partai maupun pasangan calon di lokasi pos.", "num": 0, "cont": True},
        {"p": "Deklarasi Kampung Stop BABS dilaksanakan di Kampung Doyo Hilir, Sabtu 26 Oktober 2024, disaksikan Kepala Distrik dan Dinas Kesehatan.", "num": 0, "cont": True},
        {"p": "Mohon bantuan menyebarkan poster di bawah ke grup WA kampung, serta follow, like dan share akun Instagram resmi Puskesmas.", "num": 0, "cont": True},
        {"textbox": [{"p": "AYO LENGKAPI IMUNISASI ANAK!", "bold": True, "align": "center", "size": 28},
                     {"p": "Campak–Rubela • DPT-HB-Hib • Polio • PCV", "align": "center"},
                     {"p": "Pos terdekat: Balai Kampung / Gereja / PAUD – pukul 09.00–13.00 WIT", "align": "center"},
                     {"p": "Info: {link:https://instagram.com/pkm.waibhuhilir|@pkm.waibhuhilir}", "align": "center"}],
         "width_cm": 13.5, "height_cm": 3.2},
        {"p": "", "after": 0},
        P("Kampung dengan kenaikan cakupan tertinggi akan diusulkan sebagai pemenang lomba Kampung Sehat tingkat kabupaten. Atas dukungan Bapak/Ibu kami ucapkan terima kasih."),
    ] + sig(None, "Kepala UPTD Puskesmas Waibhu Hilir,", "dr. SELFINA H. YOKHU", "19860929 201101 2 004"),
}, False, [], [14],
    "Umpan kesehatan: 'kampanye imunisasi', 'deklarasi Stop BABS', 'Tim Sukses Imunisasi', 'pilih salah satu jadwal', rompi atribut, target 95%, follow/like/share akun Puskesmas, PMT; larangan atribut paslon")

# ---------------------------------------------------------------- 017  V (voice-note transcript, Javanese)
add({
    "font": "Arial", "size": 22,
    "meta": {"title": "transkrip vn pak lurah", "author": "staf kelurahan", "created": "2024-10-24T13:22:00Z", "revision": 1},
    "kop": kop(["PEMERINTAH KOTA PRINGGODANI", "KECAMATAN KARANGREJO", "KELURAHAN SUMBERWARAS",
                "Jl. Raya Sumberwaras No. 17 Pringgodani, Jawa Timur 65147"], placement="header"),
    "body": [
        {"p": "TRANSKRIP PESAN SUARA BAPAK LURAH", "align": "center", "bold": True, "after": 0},
        {"p": "%%(untuk diteruskan ke Ketua RW 01–07, Ketua RT, Kader dan Staf Kelurahan)%%", "align": "center"},
        {"p": "[VN 1 – 02:41, Kamis 24/10/2024 20.05]", "bold": True, "align": "left"},
        {"p": "\"Sugeng dalu bapak ibu sedoyo, nuwun sewu ganggu. Ngeten, mbenjing malem Minggu tanggal 26, wonten nobar debat kaping kalih teng pendopo kelurahan. Proyektor karo layar kantor wis tak kon nyiapke Mas Anton, sound sing anyar niku ugi. Konsumsi teh, kopi, gorengan, mangke saking kelurahan, kula sing tanggung jawab.\"", "align": "left"},
        {"p": "[VN 2 – 01:58]", "bold": True, "align": "left"},
        {"p": "\"Sing penting warga saben RT minimal limolas tiyang, ngagem kaos biru ingkang diparingi Mas Bayu wingi. Lha niku lho, Mas Bayu Aji Pratama, putrane almarhum Mbah Kaji Darmo, sing ajeng maju dados wali kota. Panjenengane niku sampun janji, nek dadi, kelurahan kita sing pertama diaspal kabeh gang-gange. [tidak jelas] ... dadi nggih sampun, kita kompak mawon, pokoke sing biru.\"", "align": "left"},
        {"p": "[VN 3 – 01:10]", "bold": True, "align": "left"},
        {"p": "\"Terus sing rawuh mangke angsal uang transport seket ewu, diparingke Bu Seklur pas absen. Streaming-e ugi tulung di-share teng grup RT-RT, niki link-e: {link:https://youtube.com/live/biru-pringgodani-debat2|youtube.com/live/biru-pringgodani-debat2} , njenengan like lan komen 'Mas Bayu Top' ngoten mawon. Ampun ngantos bocor teng Panwas nggih, hehe. Matur nuwun.\"", "align": "left"},
        {"p": "", "after": 0},
        {"p": "Ditranskrip oleh: Dwi Rahmawati (staf Seksi Pemerintahan), 24/10/2024", "align": "left", "italic": True, "size": 20},
    ],
}, True, ["endorsement", "campaign-activity", "social-media", "state-facility", "inducement", "letterhead-misuse"], [3, 7, 11, 13],
    "Transkrip VN Lurah (bahasa Jawa) di kop kelurahan: nobar debat di pendopo dengan proyektor & konsumsi kelurahan, kaos biru Mas Bayu Aji Pratama ('panjenengane'), uang transport Rp50 ribu, share streaming & komen 'Mas Bayu Top'")

# ---------------------------------------------------------------- 018  C (partai = consignment, CPCL)
add({
    "font": "Arial", "size": 22,
    "meta": {"title": "Distribusi benih MT I", "author": "Bid. TPH", "created": "2024-10-22T02:40:00Z", "revision": 3},
    "kop": kop(["PEMERINTAH KABUPATEN KARANGSUWUNG", "DINAS PERTANIAN DAN PANGAN",
                "Jl. Gajah Mada No. 30 Semarapura Kaja, Bali 80711"], placement="header"),
    "footer": [{"p": "Distan Karangsuwung – Gerakan Tanam Serentak MT I 2024/2025", "size": 16, "align": "center"}],
    "body": nomor([("Nomor", "500.6.2.3/1602/Distan"), ("Sifat", "Segera"), ("Lampiran", "1 (satu) berkas"),
                   ("Hal", "Pengiriman Benih Padi dan Pupuk Hayati MT I")],
                  right=["Semarapura Kaja, 22 Oktober 2024", "", "Yth. Koordinator BPP dan", "Pekaseh Subak penerima bantuan"]) + [
        P("Sebagai kelanjutan program bantuan benih dari Kementerian Pertanian untuk Musim Tanam I 2024/2025, bersama ini kami sampaikan bahwa benih padi varietas Inpari 32 sebanyak 37,5 ton dan pupuk hayati cair 3.000 liter akan dikirim oleh penyedia dalam 3 (tiga) partai sebagai berikut:"),
        {"table": [["Partai", "Tanggal tiba (perkiraan)", "Isi", "Gudang tujuan"],
                   ["Partai I", "28 Oktober 2024", "Benih 15 ton, pupuk hayati 1.200 liter", "Gudang BPP Dawan Kaja"],
                   ["Partai II", "4 November 2024", "Benih 12,5 ton, pupuk hayati 1.000 liter", "Gudang BPP Banjarangkan Kelod"],
                   ["Partai III", "11 November 2024", "Benih 10 ton, pupuk hayati 800 liter", "Gudang BPP Klungkung Kauh"]],
         "widths": [1200, 2300, 3300, 2270], "header_row": True},
        {"p": "", "after": 0},
        {"p": "Penerima adalah subak yang telah ditetapkan dalam daftar Calon Petani Calon Lokasi (CPCL) hasil verifikasi tim teknis; subak yang belum masuk CPCL tidak dapat dilayani dari partai ini.", "num": 0},
        {"p": "Subak yang lokasinya berada di antara dua gudang dipersilakan memilih salah satu gudang pengambilan dan memberitahukannya kepada koordinator BPP paling lambat 25 Oktober 2024.", "num": 0, "cont": True},
        {"p": "Setiap partai diperiksa oleh tim penerima barang bersama penyuluh; benih yang label sertifikasinya rusak atau kadaluwarsa dikembalikan kepada penyedia.", "num": 0, "cont": True},
        {"p": "Penyerahan kepada pekaseh dilakukan di gudang BPP dengan berita acara, tanpa seremoni dan tanpa melibatkan pihak lain di luar dinas, mengingat saat ini masa kampanye Pilkada.", "num": 0, "cont": True},
        {"p": "Penyuluh mendampingi Kampanye Gerakan Tanam Serentak di masing-masing subak setelah benih diterima.", "num": 0, "cont": True},
        P("Atas dukungan dan kerja sama Saudara, kami ucapkan terima kasih."),
    ] + sig(None, "Kepala Dinas Pertanian dan Pangan,", "Ir. I KETUT WIRATAMA, M.P.", "19680503 199403 1 007"),
}, False, [], [14],
    "Umpan: benih dikirim dalam tiga 'partai', 'Calon Petani Calon Lokasi', 'memilih salah satu gudang', 'kelanjutan program' Kementan, 'kampanye gerakan tanam'; penyerahan tanpa seremoni karena masa kampanye")

# ---------------------------------------------------------------- 019  V (RSUD, KTP honorer, minutes, pelaporan, footnote threat)
add({
    "font": "Arial", "size": 22,
    "meta": {"title": "Tindak lanjut rapat manajemen", "author": "Bag. Umum RSUD", "created": "2024-01-09T04:10:00Z", "revision": 4},
    "kop": kop(["PEMERINTAH KABUPATEN CYCLOOP", "RUMAH SAKIT UMUM DAERAH dr. FRANS RUMBIAK",
                "Jl. Kemiri Raya No. 1 Sentani Hilir, Papua 99351 – Telp. (0967) 591100"], placement="header"),
    "footnotes": {"1": "Bagi tenaga kontrak/honorer dan tenaga alih daya (outsourcing) yang tidak menyerahkan berkas, hal tersebut dicatat dalam evaluasi kontrak Maret 2024 dan menjadi pertimbangan perpanjangan kontrak."},
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 445/071/RSUD-FR/I/2024", "align": "center"},
        {"table": [["Kepada", ":", "Para Kepala Instalasi, Kepala Ruangan dan Koordinator Tenaga Alih Daya"],
                   ["Dari", ":", "Direktur"],
                   ["Tanggal", ":", "9 Januari 2024"],
                   ["Hal", ":", "Tindak Lanjut Rapat Manajemen 8 Januari 2024"]],
         "widths": [1600, 280, 7190], "borders": False},
        {"p": "", "after": 0, "border_bottom": True},
        P("Menindaklanjuti hasil rapat manajemen pada Senin, 8 Januari 2024, dengan ini disampaikan hal-hal yang telah disepakati sebagai berikut:"),
        {"p": "**1. Akreditasi dan pelayanan.** Persiapan survei verifikasi akreditasi dilanjutkan; kelengkapan dokumen SPO tiap instalasi diserahkan ke Komite Mutu paling lambat 31 Januari 2024.", "align": "left"},
        {"p": "**2. Dukungan keluarga besar RSUD.** Rapat sepakat bahwa keluarga besar RSUD mendukung mantan Kepala Ruangan ICU kita, Ibu Agustina Rumbiak, S.Kep., Ns., yang maju ke DPRD Kabupaten Cycloop dari Partai Golkar, dapil 2 nomor urut 4. Untuk itu:", "align": "left"},
        {"p": "setiap tenaga kontrak, honorer dan alih daya (cleaning service, security, laundry, dapur) menyerahkan fotokopi KTP dan KK serta menandatangani surat pernyataan dukungan kepada yang bersangkutan (format dari Bagian Umum);", "num": 1},
        {"p": "kepala ruangan memastikan jumlah berkas sesuai kuota pada tabel di bawah;", "num": 1, "cont": True},
        {"p": "kalender dan kartu nama Ibu Agus diletakkan di meja loket pendaftaran dan ruang tunggu poli, dan petugas loket membagikannya kepada pasien rawat jalan yang berdomisili di dapil 2.", "num": 1, "cont": True},
        {"table": [["Unit", "Kuota berkas KTP + pernyataan", "Penanggung jawab"],
                   ["IGD", "25", "Ka. Instalasi Gawat Darurat"],
                   ["Rawat Inap (Anggrek, Matoa, Cendrawasih)", "60", "Kepala Ruangan"],
                   ["ICU / OK", "20", "Kepala Ruangan"],
                   ["Penunjang (Lab, Radiologi, Farmasi)", "30", "Ka. Instalasi"],
                   ["Alih daya (CS, security, laundry, dapur)", "70", "Koordinator Alih Daya"]],
         "widths": [3800, 2600, 2670], "header_row": True},
        {"p": "", "after": 0},
        {"p": "**3. Pelaporan.** Berkas dikumpulkan kepada Kepala Bagian Umum paling lambat Jumat, 26 Januari 2024; rekap per unit dilaporkan kepada Direktur setiap Senin.{fn:1}", "align": "left"},
        P("Demikian untuk dilaksanakan dan tidak disebarluaskan di luar grup manajemen."),
    ] + sig(None, "Direktur,", "dr. HENDRIK O. WANGGAI, M.Kes.", "19750611 200502 1 002"),
}, True, ["endorsement", "inducement", "state-facility", "letterhead-misuse"], [7, 8, 9, 10],
    "Nota dinas Direktur RSUD: 'rapat sepakat' mendukung Agustina Rumbiak (caleg Golkar, lalu 'yang bersangkutan'/'Ibu Agus'), kumpul KTP/KK + surat pernyataan honorer per kuota, ancaman kontrak (catatan kaki), kalender dibagikan petugas loket ke pasien")

# ---------------------------------------------------------------- 020  C (incumbent on leave, lawful)
add({
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "ND Cuti Bupati", "author": "Bag. Umum Setda", "last_modified_by": "Sekda",
             "created": "2024-09-18T01:00:00Z", "modified": "2024-09-19T03:40:00Z", "revision": 6},
    "kop": kop(["PEMERINTAH KABUPATEN CIKARET RAYA", "SEKRETARIAT DAERAH",
                "Jl. Raya Pemda No. 1 Cikaret, Jawa Barat 45611"], placement="header"),
    "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 800.1.11/911/Umum", "align": "center"},
        {"table": [["Yth.", ":", "Para Asisten, Kepala Perangkat Daerah, Kepala Bagian dan Camat"],
                   ["Dari", ":", "Sekretaris Daerah"],
                   ["Tanggal", ":", "19 September 2024"],
                   ["Hal", ":", "Pelaksanaan Cuti di Luar Tanggungan Negara Bupati selama Masa Kampanye"]],
         "widths": [1400, 280, 7390], "borders": False},
        {"p": "", "after": 0, "border_bottom": True},
        P("Sehubungan dengan ditetapkannya Bupati Cikaret Raya, Drs. H. Cecep Mulyana, M.Si., sebagai calon Bupati pada Pemilihan Bupati dan Wakil Bupati Cikaret Raya Tahun 2024, dan sesuai ketentuan yang mewajibkan petahana menjalani cuti di luar tanggungan negara selama masa kampanye, disampaikan hal-hal sebagai berikut:"),
        {"p": "Bupati menjalani cuti sejak 25 September sampai dengan 23 November 2024. Selama masa cuti, tugas dan wewenang Bupati dilaksanakan oleh Penjabat Sementara (Pjs) Bupati yang ditunjuk Menteri Dalam Negeri.", "num": 0},
        {"p": "Kendaraan dinas jabatan, ajudan, protokol dan pengawalan Bupati ditarik sejak 25 September 2024 dan ditempatkan pada Bagian Umum untuk mendukung Pjs Bupati. {ins:Rumah jabatan tidak digunakan untuk pertemuan, rapat atau kegiatan kampanye dalam bentuk apa pun.}", "num": 0, "cont": True},
        {"p": "Agenda peresmian, penyerahan bantuan dan kunjungan kerja yang semula dijadwalkan bagi Bupati dialihkan kepada Pjs Bupati atau dijadwalkan ulang. Perangkat daerah tidak mengundang Bupati yang sedang cuti dalam kapasitas apa pun pada kegiatan kedinasan.", "num": 0, "cont": True},
        {"p": "Materi publikasi program pemda (baliho, spanduk, video, unggahan akun resmi) selama masa kampanye tidak memuat foto, nama atau slogan Bupati{ins: maupun pasangan calon lainnya}; baliho program yang telah terpasang diganti dengan materi tanpa foto kepala daerah.", "num": 0, "cont": True},
        {"p": "Kegiatan rutin yang masih dihadiri Bupati sebelum 25 September 2024 (peresmian Jembatan Cisalak pada 20 September dan rapat paripurna APBD Perubahan) tetap berjalan sebagai kegiatan kedinasan biasa; sambutan disusun Bagian Prokopim dan hanya memuat materi program pemerintah.", "num": 0, "cont": True},
        {"p": "Seluruh ASN menjaga netralitas, tidak menghadiri kegiatan kampanye petahana maupun pasangan calon lain, dan melaporkan kepada Inspektorat apabila menerima permintaan fasilitas untuk kegiatan kampanye.", "num": 0, "cont": True},
        P("Demikian untuk dilaksanakan dengan sebaik-baiknya."),
    ] + sig(None, "SEKRETARIS DAERAH,", "Dr. Hj. YENI ROSTIANA, S.H., M.H.", "19700808 199603 2 002") + tembusan([
        "Gubernur Jawa Barat;", "Bupati Cikaret Raya;", "Ketua Bawaslu Kabupaten Cikaret Raya;", "Inspektur Daerah."]),
}, False, [], [14],
    "Nota Sekda: petahana cuti di luar tanggungan negara, fasilitas ditarik, agenda dialihkan ke Pjs, publikasi tanpa foto bupati; kegiatan rutin pra-kampanye tanpa muatan kampanye — umpan petahana sah")

# ---------------------------------------------------------------- 021  V (Setwan, surat tugas to all pairs' rallies, libreoffice)
add({
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "ST kampanye akbar", "author": "Bag. Umum Setwan", "created": "2024-10-30T02:00:00Z", "revision": 3},
    "kop": kop(["SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", "KABUPATEN KAPUAS RAYA",
                "Jl. Diponegoro No. 3 Putussibau Hilir, Kalimantan Barat 78711"], placement="body"),
    "body": [
        {"p": "", "after": 0},
        {"p": "__SURAT TUGAS__", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 000.1.2.3/388/Setwan/2024", "align": "center"},
        {"table": [["Dasar", ":", "Hasil rapat staf Sekretariat DPRD tanggal 29 Oktober 2024, yang menyepakati bahwa Sekretariat DPRD hadir secara bergiliran pada kampanye akbar/rapat umum seluruh pasangan calon Gubernur dan Wakil Gubernur serta Bupati dan Wakil Bupati, sebagai bentuk penghormatan lembaga yang sama kepada semua pasangan."]],
         "widths": [1200, 280, 7590], "borders": False},
        {"p": "", "after": 0},
        {"p": "MENUGASKAN:", "align": "center", "bold": True},
        {"table": [["No", "Nama / NIP", "Jabatan", "Jadwal kehadiran"],
                   ["1", "Yohanes Ading, S.Sos. / 19810304 200801 1 007", "Kabag Umum dan Keuangan", "Rapat umum Paslon Gubernur 1 & 2 (Pontianak Hulu, 2 & 9 Nov)"],
                   ["2", "Nurhayati, S.E. / 19850517 201001 2 011", "Kasubbag Perencanaan", "Rapat umum Paslon Bupati 1 (Lap. Kedamin, 5 Nov)"],
                   ["3", "Antonius Jaweng / 19870922 201101 1 004", "Pengadministrasi Umum", "Rapat umum Paslon Bupati 2 (Lap. Melapi, 12 Nov)"],
                   ["4", "Sri Wahyuni, A.Md. / 19900101 201403 2 006", "Pengelola Keuangan", "Rapat umum Paslon Bupati 3 (Lap. Sibau, 16 Nov)"],
                   ["5", "Seluruh staf PPPK dan tenaga kontrak", "–", "Mengikuti jadwal Kabag Umum, minimal 15 orang tiap rapat umum"]],
         "widths": [500, 3300, 2200, 3070], "header_row": True},
        {"p": "", "after": 0},
        {"p": "Untuk:", "bold": True, "align": "left"},
        {"p": "Hadir sebagai peserta pada kampanye akbar/rapat umum sesuai jadwal di atas, dengan pakaian bebas rapi;", "num": 0},
        {"p": "Perjalanan dilaksanakan sebagai dinas luar dengan SPPD; uang harian dan transport dibebankan pada DPA Sekretariat DPRD kegiatan Fasilitasi Penyerapan Aspirasi Masyarakat (Reses) Tahun 2024;", "num": 0, "cont": True},
        {"p": "Menggunakan kendaraan dinas KB 1076 PH dan bus operasional Sekretariat DPRD;", "num": 0, "cont": True},
        {"p": "Tidak menunjukkan keberpihakan kepada pasangan calon tertentu dan berfoto hanya sebagai dokumentasi kehadiran;", "num": 0, "cont": True},
        {"p": "Melaporkan pelaksanaan tugas kepada Sekretaris DPRD paling lambat 3 hari setelah kegiatan.", "num": 0, "cont": True},
        P("Demikian Surat Tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab."),
    ] + sig("Putussibau Hilir, 30 Oktober 2024", "SEKRETARIS DPRD\nKABUPATEN KAPUAS RAYA,", "Drs. PETRUS SINTANG, M.Si.", "19680915 199303 1 010"),
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6, 9, 12],
    "Surat tugas Setwan: staf dan PPPK ditugaskan hadir sebagai peserta rapat umum semua paslon gubernur/bupati dengan SPPD dana reses dan kendaraan dinas — tidak memihak tetapi mobilisasi dengan fasilitas negara")

# ---------------------------------------------------------------- 022  C (jalan sehat HUT, pilih rute, hak pilih)
add({
    "font": "Calibri", "size": 23,
    "meta": {"title": "Pengumuman Jalan Sehat HUT Kelurahan", "author": "Kelurahan Pekapuran Hulu", "created": "2024-10-15T03:00:00Z", "revision": 2},
    "kop": kop(["PEMERINTAH KOTA BANJAR BAIMAN", "KECAMATAN BANJAR BAIMAN TIMUR", "KELURAHAN PEKAPURAN HULU",
                "Jl. Pekapuran Raya No. 40, Kalimantan Selatan 70235"], placement="body"),
    "body": [
        {"p": "", "after": 0},
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 003/118/Kel-PH/X/2024", "align": "center"},
        P("Dalam rangka Hari Jadi ke-25 Kelurahan Pekapuran Hulu, kami mengundang bubuhan warga, pengurus RT, kader posyandu dan pegawai kelurahan untuk meramaikan:"),
        {"table": [["Kegiatan", ":", "Jalan Sehat dan Senam Bersama Hari Jadi Kelurahan"],
                   ["Hari/Tanggal", ":", "Minggu, 3 November 2024, pukul 06.30 WITA"],
                   ["Start/Finish", ":", "Halaman Kantor Kelurahan Pekapuran Hulu"],
                   ["Rute", ":", "Pian dipersilakan memilih salah satu rute: 3 km (keluarga/lansia) atau 7 km (umum)"]],
         "widths": [1800, 280, 6990], "borders": False},
        {"p": "", "after": 0},
        {"p": "Ketentuan:", "bold": True, "align": "left"},
        {"p": "Pendaftaran gratis di kantor kelurahan atau melalui ketua RT; setiap peserta mendapat kupon doorprize dari sponsor UMKM binaan dan Bank Kalsel.", "num": 0},
        {"p": "Karena kegiatan bertepatan dengan masa kampanye Pilkada, peserta, panitia dan sponsor tidak diperkenankan membawa atau memakai atribut, kaos, bendera maupun ucapan dukungan kepada pasangan calon atau partai mana pun. Tamu yang diundang hanya Camat dan unsur Tripika.", "num": 0, "cont": True},
        {"p": "Senam dipandu instruktur dari Puskesmas Pekapuran Hulu, dilanjutkan pemeriksaan tekanan darah dan gula darah gratis.", "num": 0, "cont": True},
        {"p": "Panitia juga mengingatkan: Rabu, 27 November 2024 adalah hari pemungutan suara Pilkada. Ayo datang ke TPS dan gunakan hak pilih pian, bawa KTP-el dan surat pemberitahuan dari KPPS.", "num": 0, "cont": True},
        P("Mari kita sukseskan Hari Jadi kelurahan dan jaga kampung kita tetap bersih, aman dan rukun."),
    ] + sig("Pekapuran Hulu, 15 Oktober 2024", "LURAH PEKAPURAN HULU,", "MUHAMMAD RIFANI, S.STP.", "19890712 201108 1 002"),
}, False, [], [14],
    "Umpan: jalan sehat & senam HUT kelurahan tanpa kandidat, 'memilih salah satu rute', doorprize sponsor, larangan atribut paslon, ajakan ke TPS/gunakan hak pilih")

# ---------------------------------------------------------------- 023  V (OCR-damaged village letter + tracked changes)
add({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "SCAN_undangan rapat desa_OCR", "author": "operator desa", "last_modified_by": "Sekdes",
             "created": "2024-10-28T07:00:00Z", "modified": "2024-10-29T01:35:00Z", "revision": 5},
    "kop": kop(["PEMERlNTAH KABUPATEN FLORES TENGAH", "KECAMATAN WOLOJITA BARAT", "DESA WOLOROWA BARU",
                "Alamat : Jln. Trans Flores Km. 27 Wolorowa Baru"], placement="header"),
    "body": [
        {"table": [["Nomor", ":", "005/ 61 /DS-WRB/X/2024", "Wolorowa Baru, 28 0ktober 2024"],
                   ["Lampiran", ":", "-", ""],
                   ["Perihal", ":", "Undangan Rapat Persiapan Penyarnbutan", "Kepada Yth."]],
         "widths": [1300, 280, 4200, 3290], "borders": False},
        {"p": "1. Ketua dan anggota BPD", "indent": 5103, "after": 0, "align": "left"},
        {"p": "2. Para Kepala Dusun / RT / RW", "indent": 5103, "after": 0, "align": "left"},
        {"p": "3. Ketua TP-PKK, Kader Posyandu", "indent": 5103, "after": 0, "align": "left"},
        {"p": "4. Penerima PKH dan BLT-DD", "indent": 5103, "after": 0, "align": "left"},
        {"p": "di- Tempat", "indent": 5103, "align": "left"},
        {"p": "", "after": 0},
        P("Dengan horrnat, sehubungan dengan rencana {del:kunjungan kerja}{ins:kunjungan silaturahmi} {ins:Bapak Drs. Fransiskus Wolo (Om Frans) yang akan memimpin kembali Flores Tengah untuk periode berikutnya} ke Desa Wolorowa Baru pada hari Sabtu, 9 Novernber 2024, rnaka kami mengundang Bapak/lbu untuk hadir pada rapat persiapan yang akan dilaksanakan pada :"),
        {"table": [["Hari / tanggal", ":", "Kamis, 31 0ktober 2024"],
                   ["Jam", ":", "16.00 Wita s/d selesai"],
                   ["Tempat", ":", "Aula Kantor Desa Wolorowa Baru"],
                   ["Acara", ":", "Pembagian tugas penyarnbutan (tarian adat, pengalungan selendang, konsurnsi, tenda)"]],
         "widths": [2000, 280, 6790], "borders": False},
        {"p": "", "after": 0},
        {"p": "Catatan :", "bold": True, "align": "left"},
        {"p": "a. Konsurnsi rapat dan acara penyarnbutan dibebankan pada pos kegiatan Musyawarah Desa dalam APBDes 2024; tenda dan kursi rnilik desa dipasang oleh Linmas.", "indent": 360, "align": "left"},
        {"p": "b. {split:Seluruh pene|rima PKH |dan BLT-DD} wajib hadir pada rapat dan pada hari penyarnbutan. {ins:Yang tidak hadir narnanya akan dievaluasi pada musdes pemutakhiran data penerima bantuan bulan Desember.}", "indent": 360, "align": "left"},
        {"p": "c. {ins:Ibu-ibu PKK rnengenakan kain tenun motif yang sama dengan selendang Om Frans; bapak-bapak rnemakai kaos yang dibagikan tim beliau.}", "indent": 360, "align": "left"},
        {"p": "d. Mohon hadir tepat waktu karena rapat sangat penting.", "indent": 360, "align": "left"},
        P("Dernikian undangan ini, atas kehadiran Bapak/lbu diucapkan terima kasih."),
    ] + sig(None, "Kepala Desa Wolorowa Baru,", "YOSEF MBIPI NDORI"),
}, True, ["endorsement", "campaign-activity", "state-facility", "inducement", "letterhead-misuse"], [1, 3, 8, 11, 13],
    "Undangan desa hasil OCR + sisipan terlacak: penyambutan 'Om Frans' Fransiskus Wolo yang 'akan memimpin kembali periode berikutnya', konsumsi APBDes, penerima PKH/BLT wajib hadir atau dievaluasi, kaos tim beliau")

# ---------------------------------------------------------------- 024  C (short informal disposisi, BPBD)
add({
    "font": "Calibri", "size": 22,
    "meta": {"title": "disposisi kalak", "author": "Sekretariat BPBD", "created": "2024-02-07T00:50:00Z", "revision": 1},
    "kop": kop(["PEMERINTAH KABUPATEN TAMBORA", "BADAN PENANGGULANGAN BENCANA DAERAH",
                "Jl. Lintas Sumbawa No. 88 Dompu Hilir, NTB 84217"], placement="table", logo="BPBD"),
    "body": [
        {"p": "LEMBAR DISPOSISI", "align": "center", "bold": True, "after": 60},
        {"table": [["Dari", "PPK Kecamatan Pekat Hilir – Permohonan bantuan tenda & genset utk TPS rawan banjir"],
                   ["Tgl surat / No. agenda", "5 Feb 2024 / 0219"],
                   ["Diteruskan kpd", "Kabid Kedaruratan & Logistik; Kasi Logistik; Koord. TRC"]],
         "widths": [2600, 6470]},
        {"p": "", "after": 0},
        {"textbox": [{"p": "Isi disposisi Kalak (tulisan tangan, diketik ulang):", "italic": True, "size": 18},
                     {"p": "- Siapkan 6 tenda peleton + 3 genset utk TPS 04, 07, 11 Desa Nangakara (rawan banjir). Pinjam pakai ke PPK pakai BAST, kembali tgl 16/2."},
                     {"p": "- Tenda jangan ada stiker/spanduk apapun, cuma logo BPBD."},
                     {"p": "- TRC + relawan siaga bencana standby di posko 13–15 Feb. Yg jd KPPS boleh, lapor Kasubag dulu, atur piket penggantinya."},
                     {"p": "- Tgl 14 semua tetap nyoblos dulu baru ke posko ya."},
                     {"p": "ttd. 7/2"}],
         "width_cm": 15.5, "height_cm": 4.2},
    ],
}, False, [], [14, 11],
    "Disposisi singkat Kalak BPBD: pinjam pakai tenda/genset ke PPK untuk TPS rawan banjir, tanpa stiker, relawan siaga bencana, izin KPPS, 'nyoblos dulu' — logistik pemilu")


# =================================================================== output
def main():
    os.makedirs(SPEC_DIR, exist_ok=True)
    for f in os.listdir(SPEC_DIR):
        if f.endswith(".json"):
            os.remove(os.path.join(SPEC_DIR, f))
    labels = {}
    for i, (spec, lab) in enumerate(MEMOS, 1):
        name = "%s_%03d" % (BATCH, i)
        spec = dict(spec)
        spec["output"] = name + ".docx"
        with open(os.path.join(SPEC_DIR, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(MEMOS))


if __name__ == "__main__":
    main()
