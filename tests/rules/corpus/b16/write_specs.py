#!/usr/bin/env python3
"""Batch b16: writes specs/b16_NNN.json and labels.json.

Every memo's wording is written by hand below. The helpers only lay out the
standard naskah dinas furniture (nomor block, signature block, tembusan).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "b16"
MEMOS = []  # (spec, label)


def memo(spec, violation, categories, classes, note):
    MEMOS.append((spec, {"violation": violation, "categories": sorted(categories),
                         "classes": sorted(classes), "note": note}))


# ------------------------------------------------------------------ furniture helpers
def nomor_block(rows, widths=(1700, 300, 7000)):
    """Nomor / Sifat / Lampiran / Hal block as a borderless table."""
    return [{"table": [[k, ":", v] for k, v in rows], "widths": list(widths), "borders": False}]


def nomor_lines(rows):
    """Same block as tabbed paragraphs."""
    return [{"p": "%s\t: %s" % (k, v), "after": 0, "tabs": [[1418, "left"]]} for k, v in rows]


def sig(place_date, jabatan, name, nip=None, indent=5103, extra_top=None):
    out = [{"p": "", "after": 0}]
    if place_date:
        out.append({"p": place_date, "indent": indent, "after": 0})
    for j in ([jabatan] if isinstance(jabatan, str) else jabatan):
        out.append({"p": j, "indent": indent, "after": 0})
    out += [{"p": "", "indent": indent, "after": 0}] * 3
    out.append({"p": "**__%s__**" % name, "indent": indent, "after": 0})
    if nip:
        out.append({"p": nip, "indent": indent, "after": 0})
    return out


def tembusan(items, title="Tembusan:"):
    out = [{"p": "", "after": 0}, {"p": "__%s__" % title, "after": 0, "size": 20}]
    for i, t in enumerate(items, 1):
        out.append({"p": "%d.\t%s" % (i, t), "after": 0, "size": 20, "indent": 360, "hanging": 360,
                    "tabs": [[360, "left"]]})
    return out


def title(t, nomor=None):
    out = [{"p": "__%s__" % t, "align": "center", "bold": True, "after": 0}]
    if nomor:
        out.append({"p": nomor, "align": "center", "after": 0})
    out.append({"p": "", "after": 0})
    return out


def para(t, **kw):
    d = {"p": t, "align": "both", "first": 709}
    d.update(kw)
    return d


def item(n, t, indent=1134, hanging=425, **kw):
    d = {"p": "%s\t%s" % (n, t), "align": "both", "indent": indent, "hanging": hanging,
         "tabs": [[indent, "left"]], "after": 60}
    d.update(kw)
    return d


# ================================================================== memos
# ---- 001: Disdik Garut, SE, pair named once without "calon", later "beliau"/"pasangan tersebut"
memo({
    "font": "Bookman Old Style", "size": 23,
    "meta": {"title": "SE Penguatan Peran Satdik", "author": "Sekretariat Disdik",
             "created": "2024-10-02T01:15:00Z", "modified": "2024-10-03T03:40:00Z", "revision": 6},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN GARUT", "DINAS PENDIDIKAN",
        "Jalan Pembangunan No. 181 Tarogong Kidul, Garut 44151 Telp. (0262) 233417"]},
    "body": title("SURAT EDARAN", "Nomor : 400.3.1/ 2817 /Disdik/2024") + [
        {"p": "TENTANG", "align": "center", "after": 0},
        {"p": "PENGUATAN PERAN SATUAN PENDIDIKAN DALAM MENJAGA KESINAMBUNGAN PROGRAM GARUT CERDAS",
         "align": "center", "bold": True},
        {"p": "Yth. Kepala SD Negeri, SMP Negeri dan Koordinator Wilayah Bidang Pendidikan se-Kabupaten Garut", "after": 120},
        para("Program Garut Cerdas yang selama lima tahun terakhir memberikan seragam gratis, beasiswa anak "
             "yatim dan rehabilitasi ruang kelas telah dirasakan langsung oleh sekolah Saudara. Program ini lahir "
             "dari kepemimpinan Bapak H. Rd. Aceng Supriadi, M.Si. dan Ibu Hj. Euis Nurlaela, S.Pd., yang "
             "insya Allah kembali memimpin Garut untuk periode berikutnya."),
        para("Agar apa yang sudah dibangun tidak berhenti di tengah jalan, bersama ini kami minta Saudara:"),
        item("1.", "menyampaikan kepada guru dan tenaga kependidikan bahwa keberlanjutan seragam gratis dan beasiswa "
                   "sangat bergantung pada kepemimpinan beliau berdua;"),
        item("2.", "memanfaatkan rapat komite dan pertemuan paguyuban orang tua pada bulan Oktober dan November 2024 "
                   "untuk mengajak wali murid menitipkan amanahnya kepada pasangan tersebut pada tanggal 27 November 2024;"),
        item("3.", "meneruskan flyer %%Garut Cerdas Lanjutkan%% (terlampir) ke grup WhatsApp paguyuban kelas dan "
                   "akun media sosial sekolah dengan tagar #GarutCerdasLanjutkan #AcengEuisDeui;"),
        item("4.", "mengisi tautan pelaporan {link:https://s.id/laporGC24|s.id/laporGC24} paling lambat setiap hari "
                   "Sabtu, memuat jumlah grup yang sudah menerima flyer dan tangkapan layarnya.{fn:1}"),
        para("Koordinator Wilayah agar memantau pelaksanaan surat edaran ini dan menyampaikan sekolah yang belum "
             "melaksanakan kepada Sekretaris Dinas."),
        para("Demikian, atas perhatian dan kerja sama Saudara diucapkan terima kasih."),
    ] + sig("Garut, 2 Oktober 2024", "Kepala Dinas Pendidikan", "Drs. H. TATANG SUHERMAN, M.M.Pd.",
            "NIP. 19690812 199303 1 006") + tembusan(["Yth. Sekretaris Daerah Kabupaten Garut (sebagai laporan);",
                                                       "Arsip."]),
    "footnotes": {"1": "Bagi sekolah di wilayah yang sinyalnya terbatas, laporan dapat dikirim melalui Korwil masing-masing."},
}, True, ["endorsement", "social-media", "letterhead-misuse"], [1, 5, 7],
    "SE Kadisdik Garut: pasangan petahana disebut sekali (tanpa kata calon, 'kembali memimpin periode berikutnya'), "
    "lalu 'beliau berdua'/'pasangan tersebut'; minta ajak wali murid pilih 27 Nov, sebar flyer + tagar ke grup WA & akun sekolah")

# ---- 002: Politeknik, SE netralitas listing every prohibited act (compliant)
memo({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "SE Netralitas Pegawai", "author": "Bagian Umum dan Kepegawaian",
             "created": "2024-09-23T02:00:00Z", "revision": 4},
    "kop": {"placement": "table", "logo": "[LOGO POLINKRA]", "lines": [
        "KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI",
        "POLITEKNIK NEGERI KRAKATAU",
        "Jl. Raya Anyer Km. 9 Ciwandan, Cilegon, Banten 42447 | laman: polinkra.ac.id"]},
    "body": title("SURAT EDARAN DIREKTUR", "Nomor: 2210/PL41/KP.09/2024") + [
        {"p": "tentang Netralitas Pegawai Politeknik Negeri Krakatau pada Pemilihan Gubernur dan Wakil Gubernur "
              "Banten serta Pemilihan Wali Kota dan Wakil Wali Kota Cilegon Tahun 2024", "align": "center", "after": 200},
        para("Dalam rangka menjaga netralitas Aparatur Sipil Negara sebagaimana diatur dalam Undang-Undang Nomor 20 "
             "Tahun 2023 tentang ASN dan Keputusan Bersama Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN dan Ketua "
             "Bawaslu tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN,{fn:1} dengan ini disampaikan "
             "bahwa dosen, tenaga kependidikan, dan pegawai non-ASN di lingkungan Politeknik Negeri Krakatau "
             "**dilarang**:"),
        item("a.", "menjadi anggota atau pengurus partai politik, tim kampanye, tim pemenangan, atau kelompok relawan pasangan calon;"),
        item("b.", "memasang spanduk, baliho, stiker atau alat peraga lainnya yang memuat pasangan calon di rumah dinas, kendaraan dinas maupun kampus;"),
        item("c.", "menghadiri deklarasi, kampanye, rapat umum, atau pertemuan yang diselenggarakan pasangan calon atau tim kampanyenya, kecuali bertugas sebagai penyelenggara atau pengawas;"),
        item("d.", "mengunggah, menanggapi (like, comment), membagikan (share), atau mengikuti akun media sosial pasangan calon dalam rangka kampanye, termasuk memasang twibbon atau foto profil bergambar pasangan calon;"),
        item("e.", "berfoto bersama pasangan calon dengan menirukan simbol jari, tangan, atau gerakan yang menunjukkan keberpihakan;"),
        item("f.", "menggunakan ruang kuliah, aula, kendaraan, anggaran atau perlengkapan kampus untuk kegiatan pasangan calon;"),
        item("g.", "membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon, termasuk memberikan barang atau uang kepada mahasiswa dan masyarakat dengan maksud mengarahkan pilihan;"),
        item("h.", "mengumpulkan fotokopi KTP atau surat pernyataan dukungan untuk pasangan calon."),
        para("Pegawai yang menjadi Anggota KPPS atau Pengawas TPS wajib memberitahukan kepada atasan langsung dan "
             "melampirkan surat keputusan penugasannya. Seluruh pegawai dianjurkan menggunakan hak pilihnya pada "
             "hari pemungutan suara tanggal 27 November 2024 yang telah ditetapkan sebagai hari libur nasional."),
        para("Dugaan pelanggaran dapat dilaporkan kepada Satuan Pengawasan Internal melalui surel "
             "{link:mailto:spi@polinkra.ac.id|spi@polinkra.ac.id}. Pelanggaran terhadap surat edaran ini dikenai "
             "sanksi sesuai Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS."),
    ] + sig("Cilegon, 23 September 2024", "Direktur,", "Dr. Ir. BAMBANG HERMAWAN, M.T.",
            "NIP 197103151998021001"),
    "footnotes": {"1": "SKB Nomor 2 Tahun 2022, Nomor 800-5474 Tahun 2022, Nomor 246 Tahun 2022, Nomor 30 Tahun 2022, Nomor 1447.1/PM.01/K.1/09/2022."},
    "footer": [{"p": "Dokumen ini telah ditandatangani secara elektronik.", "size": 16, "align": "center"}],
}, False, [], [14], "SE Direktur politeknik tentang netralitas: hanya daftar larangan (tim kampanye, like/share, twibbon, fasilitas, KTP), himbauan gunakan hak pilih")
# ---- 003: pasted WA broadcast, Kelurahan (Bekasi), Betawi flavour, follow/like/share/twibbon
memo({
    "font": "Calibri", "size": 22,
    "meta": {"title": "fwd grup kelurahan", "author": "Staf Pem Kel", "created": "2024-10-07T03:20:00Z", "revision": 2},
    "body": [
        {"p": "Salinan chat grup WA “KEL. MARGAHAYU SOLID” (dicopy utk arsip sekret, jangan disebar keluar)", "italic": True, "size": 20},
        {"p": "", "after": 0},
        {"p": "[07/10/24 08.14] Pak Lurah Margahayu: Assalamualaikum wr wb. Pagi bapak ibu staf kelurahan, ketua RT RW, kader posyandu, LPM smuanya 🙏", "after": 60},
        {"p": "[07/10/24 08.15] Pak Lurah Margahayu: Nih aye titip ye, mulai ari ini tolong pada follow IG {link:https://instagram.com/bangjalu.bekasi|@bangjalu.bekasi} ame tiktoknya @bangjalu_official. Tiap ada postingan baru dilike, dikomen yg bagus2, trus dishare ke grup RT masing2. Jangan cuman dibaca doang 😁", "after": 60},
        {"p": "[07/10/24 08.17] Pak Lurah Margahayu: Twibbon udah aye kirim di atas. PP WA ame IG diganti pake itu, captionnya #BekasiKerenBarengBangJalu #LanjutBangJalu. Bang Jalu ntu udah banyak bantu kelurahan kite, jalan gang diaspal, posyandu dibenerin, masa kite diem aje", "after": 60},
        {"p": "[07/10/24 08.18] Pak Lurah Margahayu: Tgl 27 Nopember ntar jgn ampe salah c0blos ye, nomer 2. Kasih tau keluarga di rumah juga", "after": 60},
        {"p": "[07/10/24 08.20] Rini Kasi Pem: Siap pak lurah 👍 Format laporan SS: Nama – RT/RW – link postingan yg udah dishare. Kirim japri ke saya plg lambat jumat", "after": 60},
        {"p": "[07/10/24 08.22] Pak Lurah Margahayu: Betul. Sekalian yg blom masuk grup relawan gabung dimari ye {link:https://chat.whatsapp.com/Jx8bangjalu2024|chat.whatsapp.com/Jx8bangjalu2024}. Rekapnya aye bawa pas rapat ama pak camat senen", "after": 60},
        {"p": "[07/10/24 08.25] Bu Ety Kader: Siaaap pak 🙏🙏", "after": 60},
        {"p": "[07/10/24 08.31] H. Mursid RW 07: Insya Allah RW 07 udah ganti PP smua pak", "after": 60},
        {"p": "", "after": 0},
        {"p": "—— rekap sementara (diisi Kasi Pem) ——", "size": 20, "align": "center"},
        {"table": [["RW", "Jml staf/RT sudah ganti PP", "Jml link share", "Ket"],
                   ["01", "9", "14", "-"], ["03", "6", "8", "RT 4 blm"], ["07", "11", "21", "lengkap"],
                   ["Staf kelurahan", "12 org", "12", "2 org blm (cuti)"]],
         "widths": [1800, 2800, 2000, 2470], "header_row": True},
    ],
}, True, ["endorsement", "social-media"], [1, 4, 5, 11],
    "Broadcast WA Lurah (tanpa kop): staf, RT/RW, kader diminta follow/like/share akun Bang Jalu, pasang twibbon + tagar, "
    "gabung grup relawan, 'jgn salah c0blos nomer 2'; ada rekap SS")

# ---- 004: Satpol PP Kota Serang, surat perintah penertiban APK + billboard petahana + stiker mobil dinas (compliant)
memo({
    "font": "Arial", "size": 22,
    "meta": {"title": "SPT Penertiban APK", "author": "Bid Trantibum", "created": "2024-10-21T00:30:00Z", "revision": 3},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KOTA SERANG", "SATUAN POLISI PAMONG PRAJA",
        "Jl. Jenderal Sudirman No. 5 Cipocok Jaya, Kota Serang, Banten 42121"]},
    "body": title("SURAT PERINTAH", "NOMOR : 300.1.4/ 611 /Satpol PP/X/2024") + [
        {"table": [
            ["Dasar", ":", [
                {"p": "1.\tUndang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati, dan Wali Kota;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
                {"p": "2.\tPeraturan KPU Nomor 13 Tahun 2024 tentang Kampanye Pemilihan;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
                {"p": "3.\tSurat Bawaslu Kota Serang Nomor 211/PP.01.02/K.BN-07/10/2024 perihal Rekomendasi Penertiban Alat Peraga Kampanye;", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]},
                {"p": "4.\tHasil Rapat Koordinasi Penertiban APK bersama KPU, Bawaslu, Polresta dan Kodim 0602 tanggal 18 Oktober 2024.", "indent": 360, "hanging": 360, "tabs": [[360, "left"]]}]]],
            "widths": [1300, 300, 7470], "borders": False},
        {"p": "MEMERINTAHKAN", "align": "center", "bold": True, "before": 120},
        {"table": [["Kepada", ":", "Kepala Bidang Ketentraman dan Ketertiban Umum beserta 3 (tiga) regu Pleton Pengendalian Massa (daftar nama terlampir)"]],
         "widths": [1300, 300, 7470], "borders": False},
        {"p": "Untuk", "bold": True, "before": 120, "after": 0},
        item("1.", "melaksanakan penertiban alat peraga kampanye seluruh pasangan calon Wali Kota dan Wakil Wali Kota "
                   "Serang yang dipasang di luar zona yang ditetapkan KPU, tanpa membedakan pasangan calon, pada "
                   "tanggal 22 s.d. 24 Oktober 2024;"),
        item("2.", "menurunkan baliho di pagar Kantor Kecamatan Taktakan bertuliskan %%“Serang Madani Lanjut Dua Periode – "
                   "Bersama H. Ahmad Rifa’i”%% yang dipasang di gedung milik pemerintah, sesuai rekomendasi Bawaslu angka 3 "
                   "huruf b;"),
        item("3.", "berkoordinasi dengan Bagian Umum Setda untuk melepas stiker %%“Coblos No. 1”%% dan %%“Pilih 3 Serang "
                   "Berkah”%% yang ditemukan pada 4 (empat) kendaraan dinas roda dua di lingkungan kecamatan, serta "
                   "mencatat nomor polisinya;"),
        item("4.", "mendokumentasikan setiap penertiban, menyimpan APK hasil penertiban di gudang Satpol PP, dan "
                   "menyerahkannya kepada tim kampanye masing-masing melalui Bawaslu;"),
        item("5.", "melaporkan hasil pelaksanaan tugas kepada Kepala Satuan paling lambat 25 Oktober 2024."),
        para("Surat perintah ini dilaksanakan dengan penuh tanggung jawab dan bersikap netral."),
        {"p": "Lokasi prioritas", "bold": True, "before": 120},
        {"table": [["No", "Lokasi", "Jenis APK", "Keterangan"],
                   ["1", "Pagar Kantor Kecamatan Taktakan", "Baliho 3x5 m", "Gedung pemerintah"],
                   ["2", "Jl. Ki Mas Jong (depan SDN 3)", "Spanduk, umbul-umbul paslon 1, 2, 3", "Fasilitas pendidikan"],
                   ["3", "Alun-alun Barat", "Bendera dan banner paslon 2", "Luar zona"],
                   ["4", "Parkir Kantor Kec. Kasemen", "Stiker pada motor dinas", "Kendaraan dinas"]],
         "widths": [600, 3200, 2900, 2370], "header_row": True},
    ] + sig("Serang, 21 Oktober 2024", "Kepala Satuan Polisi Pamong Praja Kota Serang,",
            "H. MUHAMAD JAYADI, S.Sos., M.Si.", "Pembina Utama Muda / NIP. 19720406 199203 1 003"),
}, False, [], [14], "Surat perintah penertiban APK semua paslon sesuai rekomendasi Bawaslu; menurunkan baliho petahana (slogan dikutip) dan stiker di kendaraan dinas")
# ---- 005: Setwan DPRD Banten, nota dinas: subject names kampanye akbar, rest logistics (bus dinas, konsumsi, kuota, jam kerja)
memo({
    "font": "Arial", "size": 22,
    "meta": {"title": "ND Kehadiran 17 Nov", "author": "Bagian Umum Setwan", "created": "2024-11-12T06:10:00Z", "revision": 5},
    "kop": {"placement": "body", "lines": [
        "DEWAN PERWAKILAN RAKYAT DAERAH PROVINSI BANTEN", "SEKRETARIAT DPRD",
        "Kawasan Pusat Pemerintahan Provinsi Banten (KP3B) Jl. Syech Nawawi Al Bantani, Curug, Kota Serang"]},
    "body": title("NOTA DINAS") + nomor_block([
        ("Kepada", "Yth. Para Kepala Bagian di lingkungan Sekretariat DPRD Provinsi Banten"),
        ("Dari", "Sekretaris DPRD Provinsi Banten"),
        ("Tanggal", "12 November 2024"),
        ("Nomor", "000.1.2/ 1904 -Setwan/2024"),
        ("Sifat", "Segera"),
        ("Hal", "**Kehadiran Pegawai pada Kampanye Akbar Rapat Umum, Minggu 17 November 2024, Stadion Maulana Yusuf**")]) + [
        {"p": "", "border_bottom": True, "after": 120},
        para("Sehubungan dengan hal tersebut di atas, bersama ini disampaikan pengaturan teknis sebagai berikut:"),
        item("1.", "Pegawai berkumpul di halaman Gedung DPRD KP3B pukul 06.30 WIB dan diberangkatkan bersama dengan "
                   "2 (dua) unit bus Sekretariat DPRD dan kendaraan operasional Bagian Umum."),
        item("2.", "Pakaian: kemeja putih lengan panjang, celana/rok gelap, tidak memakai seragam dan tanda pengenal dinas."),
        item("3.", "Konsumsi (sarapan dan makan siang) disiapkan oleh Subbagian Rumah Tangga dan dibebankan pada kegiatan "
                   "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah."),
        item("4.", "Kuota per bagian sesuai tabel di bawah; kepala bagian bertanggung jawab atas kehadiran pegawainya, "
                   "termasuk tenaga PPPK dan non-ASN."),
        item("5.", "Bagi pegawai yang berhalangan agar menyampaikan alasan tertulis kepada Kepala Bagian Umum paling lambat "
                   "Jumat, 15 November 2024 pukul 14.00 WIB."),
        item("6.", "Absensi kehadiran di lokasi dilakukan oleh petugas Subbagian Kepegawaian dengan barcode dan "
                   "diperhitungkan sebagai kehadiran kerja."),
        {"p": "Daftar Kuota Peserta Kampanye Akbar 17 November 2024", "bold": True, "align": "center", "before": 120},
        {"table": [["No", "Unit Kerja", "Kuota", "Koordinator", "Kendaraan"],
                   ["1", "Bagian Umum dan Keuangan", "35 orang", "Kasubbag Rumah Tangga", "Bus 1"],
                   ["2", "Bagian Persidangan dan Perundang-undangan", "25 orang", "Kasubbag Risalah", "Bus 1"],
                   ["3", "Bagian Fasilitasi Penganggaran dan Pengawasan", "25 orang", "Kasubbag Anggaran", "Bus 2"],
                   ["4", "Bagian Humas, Protokol dan Publikasi", "20 orang + tim dokumentasi", "Kasubbag Protokol", "Bus 2 / Innova B 1187 WQ"],
                   ["", "Jumlah", "105 orang", "", ""]],
         "widths": [500, 3400, 1800, 1900, 1470], "header_row": True},
        para("Demikian untuk dilaksanakan dengan penuh tanggung jawab.", before=120),
    ] + sig(None, "SEKRETARIS DPRD PROVINSI BANTEN,", "Drs. H. DEDE RUKMANA, M.Si.",
            "Pembina Utama Madya, NIP 19681120 199003 1 004"),
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6, 12],
    "Nota dinas Setwan: hal menyebut kehadiran pada kampanye akbar rapat umum; isi hanya logistik: bus dinas, konsumsi dari anggaran, "
    "kuota per bagian, absensi dihitung jam kerja (paslon tidak disebut)")


# ---- 006: Bawaslu Kota Bandar Lampung, laporan hasil pengawasan quoting a violation (compliant)
memo({
    "font": "Arial", "size": 21,
    "meta": {"title": "Form A Hasil Pengawasan", "author": "Panwascam Kedaton", "created": "2024-02-06T08:00:00Z", "revision": 2},
    "kop": {"placement": "header", "lines": [
        "BADAN PENGAWAS PEMILIHAN UMUM", "KOTA BANDAR LAMPUNG",
        "Jl. Pulau Morotai No. 12 Sukarame, Bandar Lampung 35131"]},
    "body": [
        {"p": "FORMULIR MODEL A", "align": "center", "bold": True, "after": 0},
        {"p": "LAPORAN HASIL PENGAWASAN PEMILU", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 014/LHP/PM.01.02/LPG-05/02/2024", "align": "center", "after": 160},
        {"p": "I. Data Pengawas", "bold": True},
        {"table": [["Tahapan yang diawasi", ":", "Kampanye Pemilu Tahun 2024"],
                   ["Nama Pelaksana Tugas", ":", "Rahmat Hidayat, S.H. (Koordinator Divisi Penanganan Pelanggaran Panwascam Kedaton)"],
                   ["Jabatan", ":", "Anggota Panwaslu Kecamatan"],
                   ["Alamat", ":", "Sekretariat Panwascam Kedaton, Jl. Teuku Umar No. 40"]],
         "widths": [2900, 300, 5870], "borders": False},
        {"p": "II. Kegiatan Pengawasan", "bold": True, "before": 120},
        {"table": [["Bentuk pengawasan", ":", "Penelusuran informasi awal atas tangkapan layar yang beredar"],
                   ["Tujuan", ":", "Memastikan netralitas ASN di satuan pendidikan"],
                   ["Sasaran", ":", "Grup WhatsApp “Guru SDN 2 Labuhan Ratu”"],
                   ["Waktu dan Tempat", ":", "Senin, 5 Februari 2024, SDN 2 Labuhan Ratu"]],
         "widths": [2900, 300, 5870], "borders": False},
        {"p": "III. Uraian Singkat Hasil Pengawasan", "bold": True, "before": 120},
        para("Pada tanggal 3 Februari 2024 pukul 20.41 WIB akun atas nama “Bu Kepsek SD2” mengirim pesan ke grup "
             "WhatsApp guru yang berbunyi: %%“Bpk/ibu jgn lupa tgl 14 coblos no 5 Pak Wayan Sudarsa DPRD Kota dapil 3, "
             "beliau yg bantu rehab wc sekolah kita. Yg honor nanti diperhatikan.”%% Pesan tersebut disertai gambar "
             "contoh surat suara."),
        para("Hasil klarifikasi awal kepada Operator Sekolah membenarkan bahwa nomor tersebut milik Kepala Sekolah "
             "yang berstatus PNS. Terduga menyatakan pesan dikirim tanpa maksud memengaruhi dan telah dihapus, "
             "namun tangkapan layar telah diamankan sebagai alat bukti."),
        {"p": "IV. Informasi Dugaan Pelanggaran", "bold": True, "before": 120},
        {"table": [["Peristiwa", "Dugaan pelanggaran netralitas ASN (ajakan memilih calon anggota DPRD Kota)"],
                   ["Tempat kejadian", "Media sosial (grup WhatsApp guru)"],
                   ["Waktu kejadian", "Sabtu, 3 Februari 2024"],
                   ["Pelaku", "Inisial S.M., Kepala SDN 2 Labuhan Ratu"],
                   ["Alamat pelaku", "Kec. Kedaton, Kota Bandar Lampung"],
                   ["Fakta dan keterangan", "Tangkapan layar pesan; keterangan 2 (dua) orang guru"],
                   ["Analisa dan rekomendasi", "Diduga melanggar Pasal 280 ayat (2) huruf f UU 7/2017 jo. ketentuan netralitas ASN; "
                                               "diteruskan kepada BKN/Pejabat Pembina Kepegawaian Kota Bandar Lampung{fn:1}"]],
         "widths": [2600, 6470], "borders": True},
    ] + sig("Bandar Lampung, 6 Februari 2024", "Pengawas Pemilu,", "RAHMAT HIDAYAT, S.H.", None),
    "footnotes": {"1": "Sejak 2024 penanganan netralitas ASN yang semula pada KASN diteruskan sesuai ketentuan yang berlaku."},
}, False, [], [14], "Formulir hasil pengawasan Bawaslu/Panwascam yang mengutip ajakan 'coblos no 5' dari kepsek; laporan, bukan ajakan")

# ---- 007: Notulen rakor camat & kepala kampung, Lampung Tengah: caleg introduced once, target suara, aid for supporters, KTP
memo({
    "font": "Tahoma", "size": 21,
    "meta": {"title": "Notulen Rakor 22 Jan", "author": "Kasi Pemerintahan", "created": "2024-01-22T09:30:00Z", "revision": 3},
    "kop": {"placement": "body", "lines": [
        "PEMERINTAH KABUPATEN LAMPUNG TENGAH", "KECAMATAN TERBANGGI BESAR",
        "Jl. Lintas Sumatera No. 88 Bandar Jaya, Kode Pos 34163"]},
    "body": title("NOTULEN RAPAT") + nomor_lines([
        ("Hari/Tanggal", "Senin, 22 Januari 2024"), ("Waktu", "09.00 – 12.15 WIB"),
        ("Tempat", "Aula Kantor Kecamatan Terbanggi Besar"),
        ("Pimpinan rapat", "Camat Terbanggi Besar"), ("Notulis", "Suyatno, Kasi Pemerintahan"),
        ("Peserta", "Sekcam, para Kasi, Kepala Kampung se-Kecamatan (10 orang), pendamping desa (daftar hadir terlampir)"),
        ("Acara", "1. Evaluasi penyaluran BLT Dana Desa dan bantuan bibit Tw. IV 2023; 2. Situasi menjelang 14 Februari 2024")]) + [
        {"p": "", "after": 0},
        {"p": "A. Pengantar Camat", "bold": True},
        para("Camat menyampaikan terima kasih atas penyaluran BLT DD yang tepat waktu. Camat memperkenalkan tamu yang hadir "
             "pada sesi kedua, Bapak H. Suryadi Wiratama, S.E., putra daerah Bandar Jaya yang maju sebagai calon anggota "
             "DPRD Provinsi Lampung Dapil Lampung Tengah nomor urut 4 dari Partai Gema Nusantara. Menurut Camat, selama ini "
             "Pak Suryadi banyak membantu pengusulan jalan produksi dan embung ke provinsi."),
        {"p": "B. Pembahasan", "bold": True},
        item("1.", "Kepala Kampung Poncowati menanyakan kelanjutan bantuan bibit jagung hibrida 2024. Dijawab Camat bahwa "
                   "usulan kelompok tani 2024 akan dikawal oleh yang bersangkutan apabila terpilih."),
        item("2.", "Kepala Kampung Adi Jaya menyampaikan bahwa sebagian warga sudah punya pilihan sendiri. Camat meminta "
                   "pendekatan dilakukan lewat kader posyandu, ketua RT dan ketua kelompok tani."),
        {"p": "C. Kesimpulan / Keputusan", "bold": True},
        item("1.", "Disepakati seluruh kepala kampung mengarahkan perangkat dan warga untuk mendukung Pak Suryadi (No. 4) "
                   "pada 14 Februari 2024, dengan target suara per kampung sebagaimana tabel."),
        item("2.", "Penerima bantuan bibit dan sarana produksi tahun 2024 diprioritaskan bagi kelompok tani yang anggotanya "
                   "menyerahkan fotokopi KTP dan KK sebagai tanda dukungan; dikumpulkan melalui Kasi Kesra paling lambat "
                   "5 Februari 2024."),
        item("3.", "Kampung yang perolehan suaranya jauh di bawah target akan menjadi bahan evaluasi Camat dalam "
                   "rekomendasi pencairan ADD tahap berikutnya."),
        item("4.", "Rapat lanjutan dilaksanakan Senin, 29 Januari 2024 di tempat yang sama."),
        {"p": "Target Suara per Kampung (Pemilu DPRD Provinsi 14 Februari 2024)", "bold": True, "align": "center", "before": 120},
        {"table": [["No", "Kampung", "DPT", "Target", "PJ"],
                   ["1", "Bandar Jaya Barat", "6.214", "1.500", "Kakam + Ketua LPMK"],
                   ["2", "Bandar Jaya Timur", "5.870", "1.400", "Kakam"],
                   ["3", "Poncowati", "4.905", "1.200", "Kakam + Gapoktan"],
                   ["4", "Adi Jaya", "3.112", "800", "Kakam"],
                   ["5", "Terbanggi Besar", "3.986", "1.000", "Kakam + Kader PKK"],
                   ["", "Jumlah (5 dari 10 kampung)", "", "5.900", ""]],
         "widths": [500, 3000, 1300, 1300, 2970], "header_row": True},
        {"p": "", "after": 0},
        {"table": [[["Mengetahui,", "Camat Terbanggi Besar", "", "", "", "**__MUHAMMAD SYAFEI, S.STP., M.M.__**", "NIP. 19830722 200212 1 003"],
                    ["Bandar Jaya, 22 Januari 2024", "Notulis,", "", "", "", "**__SUYATNO__**", "NIP. 19750611 200801 1 011"]]],
         "widths": [4535, 4535], "borders": False},
    ],
}, True, ["endorsement", "inducement", "state-facility", "letterhead-misuse"], [7, 8, 9, 13],
    "Notulen rakor camat: caleg DPRD Prov diperkenalkan sekali lalu 'Pak Suryadi'/'yang bersangkutan'; disepakati target suara per kampung, "
    "bantuan bibit hanya untuk yang serahkan KTP/KK, ancaman evaluasi ADD")

# ---- 008: BUMD Perumda air minum Bekasi, WA broadcast Betawi: polling-day shifts, KPPS, gunakan hak pilih (compliant, informal)
memo({
    "font": "Segoe UI", "size": 21,
    "meta": {"title": "info piket 27 nov", "author": "HRD", "created": "2024-11-22T10:05:00Z", "revision": 1},
    "body": [
        {"p": "*INFO DARI BAGIAN SDM – PERUMDA AIR MINUM TIRTA PATRIOT* (diteruskan dr grup Koordinator Unit)", "bold": True, "size": 21},
        {"p": "", "after": 0},
        {"p": "Met sore rekan2 smua 🙏 nyambung info kemaren soal Rabu 27 Nopember (Pilkada), ini rinciannye ye:", "after": 80},
        {"p": "1️⃣ Tgl 27 Nov libur nasional, kantor pusat & loket pembayaran TUTUP. Yg shift IPA (instalasi) ama tim gangguan tetep masuk sesuai jadwal piket yg udah dibagi, jadwalnya ada di file excel di atas. Bole tukeran shift tp lapor korlap dulu, jgn asal tuker", "after": 80},
        {"p": "2️⃣ Yg piket pagi pulangnye jam 12, yg piket siang masuk jam 12 – jadi smua kebagian waktu ke TPS. Pilih aja mau nyoblos sebelom ato sesudah piket, atur ama temen seregu", "after": 80},
        {"p": "3️⃣ Buat yg jadi anggota KPPS / linmas TPS, tolong kirim fotokopi SK dari PPS ke bu Yanti SDM paling lambat senen, biar dikasih dispensasi 27–28 Nov & ga dihitung mangkir", "after": 80},
        {"p": "4️⃣ Ke TPS jangan pake seragam ato rompi Tirta Patriot ye, apalagi foto2 gaya jari trus diposting pake logo kantor. Kite perusahaan daerah, kudu netral, pilihan masing2 urusan pribadi & rahasia", "after": 80},
        {"p": "5️⃣ Mobil tangki & mobil operasional ga boleh dipinjem buat anter2 warga ke TPS ato acara apapun, kecuali drop air bersih atas permintaan resmi KPU/kelurahan buat TPS yg kekeringan", "after": 80},
        {"p": "Intinya gunain hak pilih, dateng ke TPS, abis itu balik kerja buat yg piket 😄 Makasih rekan2", "after": 80},
        {"p": "— Yanti, Staf SDM (ext. 214)", "italic": True},
    ],
}, False, [], [11, 14], "Broadcast WA BUMD (Betawi): pengaturan piket hari pemungutan suara, dispensasi KPPS, larangan seragam/gaya jari/mobil dinas, gunakan hak pilih")
# ---- 009: Sundanese voice-note transcript, Kepala Puskesmas (Tasikmalaya): silaturahmi w/ candidate, ambulans, SPT dinas luar
memo({
    "font": "Calibri", "size": 22,
    "meta": {"title": "transkrip VN kapus", "author": "TU PKM", "created": "2024-10-14T02:45:00Z", "revision": 1},
    "body": [
        {"p": "TRANSKRIP PESAN SUARA (VN) KEPALA PUSKESMAS", "bold": True, "after": 0},
        {"p": "Grup WA “PKM SUKARAJA SAUYUNAN” · Senin 14/10/2024 · 07.52 · durasi 2:47", "size": 20, "after": 0},
        {"p": "%%Diketik ulang ku TU kanggo rerencangan nu teu acan lebet grup (bidan desa anyar & kader).%%", "size": 20},
        {"p": "", "after": 0},
        {"textbox": [
            {"p": "“Assalamualaikum, wilujeng enjing sadayana. Bapa ibu, ieu bade ngawartosan, engke dinten Saptu kaping "
                  "salapan welas, urang aya acara silaturahmi sareng Pa Haji Dede Sopandi di aula pasantren Al-Barokah "
                  "Cibodas, tabuh dalapan. Nu teu acan terang, anjeunna teh nu kamari nyumbang ambulans desa tea, ayeuna "
                  "nuju maju di Pilkada, nomer hiji.", "align": "both"},
            {"p": "Janten sadaya pagawe puskesmas, bidan desa, perawat, sami kader, kedah hadir nya, ulah aya nu absen. "
                  "Pakeanna bodas, kerudung biru. Kader posyandu unggal desa bawa sapuluh urang ibu-ibu, engke data "
                  "namina kintunkeun ka Teh Imas.", "align": "both"},
            {"p": "Mobil pusling sareng ambulans nu dua dianggo ngajemput kader ti desa nu tebih, Pa Asep supirna tos "
                  "dibejaan. Absen mah teu kedah hariwang, dianggap dinas luar, SPT-na ku abdi diurus. Nu piket UGD "
                  "mah kantun dua urang wae.", "align": "both"},
            {"p": "Engke pas Pa Haji nyarios, urang kedah semangat, ulah ngan cicing, foto-foto sareng beliau oge "
                  "mangga. Pokona mah urang dukung beliau sadayana, da beliau nu bakal nambihan insentif kader sareng "
                  "honor sukwan. Sakitu ti abdi, hatur nuhun. Wassalamualaikum.”", "align": "both"},
        ], "width_cm": 15.5, "height_cm": 11},
        {"p": "", "after": 0},
        {"p": "Catetan TU: daptar kader per desa dikintun ka Imas (0813-5520-2291) paling lambat Kemis 17/10.", "size": 20},
    ],
}, True, ["campaign-activity", "endorsement", "state-facility"], [3, 7, 11],
    "Transkrip VN (Sunda) Kapus: wajib hadir silaturahmi dengan Pa Haji Dede (maju Pilkada no 1), ambulans/pusling jemput kader, "
    "SPT dinas luar, 'urang dukung beliau'")

# ---- 010: OCR-damaged letter, Dinas Pertanian Lampung Selatan: benih dikirim dalam tiga partai, CPCL, pilih jadwal (compliant)
memo({
    "engine": "libreoffice",
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "scan_surat_benih_0312", "author": "scanner", "created": "2024-03-12T04:00:00Z", "revision": 1},
    "kop": {"placement": "body", "lines": [
        "PEMERlNTAH KABUPATEN LAMPUNG SELATAN", "DlNAS PERTANlAN",
        "JI. Lintas Sumatera Km. 52 Kalianda , Te1p. (0727) 32l 864"]},
    "body": [
        {"p": "Kalianda, 12 Maret 2024", "align": "right"},
        {"p": "Nomor\t: 52l.1/ 4l7 /IV.02/2024\nLampiran\t: l (satu) berkas\nPeriha1\t: Penyaluran Bantuan Benih Jagung Hibrida TA. 2024",
         "tabs": [[1418, "left"]]},
        {"p": "", "after": 0},
        {"p": "Kepada Yth.\nKoordinator BPP dan Ketua Gapoktan\nse-Kabupaten Lampung Selatan\ndi -\n      Tempat", "after": 160},
        para("Menindak1anjuti a1okasi bantuan benih jagung hibrida dari Direktorat Jenderal Tanaman Pangan untuk "
             "Kabupaten Lampung Se1atan seluas 3.500 ha, dengan ini disampaikan ha1-hal sebagai berikut :"),
        item("1.", "Benih akan dikirim o1eh penyedia dalam 3 (tiga) partai. Partai I (1.200 ha) tiba minggu ke-4 Maret, "
                   "Partai II (1.300 ha) minggu ke-2 Apri1 dan Partai III (l.000 ha) menyesuaikan jadwa1 penyedia."),
        item("2.", "Penerima adalah ke1ompok tani yang telah ditetapkan da1am CPCL (Ca1on Petani Ca1on Lokasi) hasil "
                   "verifikasi BPP. Perubahan CPCL hanya dapat di1akukan dengan berita acara."),
        item("3.", "Ketua Gapoktan dimohon memi1ih sa1ah satu jadwal pengambilan di gudang BPP (Se1asa atau Kamis) dan "
                   "menginformasikannya kepada Koordinator BPP."),
        item("4.", "Dukungan swadaya ke1ompok berupa pupuk kandang dan tenaga tanam agar disiapkan sebelum benih "
                   "diterima, sehingga penanaman dapat serentak."),
        item("5.", "Bantuan ini tidak dipungut biaya apapun. Setiap bentuk pungutan dapat di1aporkan ke Bidang Tanaman Pangan."),
        para("Demikian disampaikan, atas perhatian dan kerjasamanya diucapkan terima kasih."),
    ] + sig(None, ["a.n. KEPALA DINAS PERTANIAN", "Kabid Tanaman Pangan,"], "Ir. WAHYU SETIAWAN, M.P.",
            "NIP. l9700505 l99803 l 0O2") + tembusan(["Kepala Dinas Pertanian (sbg. laporan)", "Arsip"]),
}, False, [], [11, 14], "Scan OCR rusak: benih dikirim dalam tiga 'partai', CPCL 'calon petani calon lokasi', 'pilih salah satu jadwal', 'dukungan swadaya'")


# ---- 011: BPBD Lebak, surat tugas ALL CAPS: staf bergiliran hadiri rapat umum SEMUA paslon, jam dinas, mobil dinas
memo({
    "font": "Courier New", "size": 22,
    "meta": {"title": "ST KAMPANYE", "author": "UMPEG BPBD", "created": "2024-10-29T01:00:00Z", "revision": 2},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN LEBAK", "BADAN PENANGGULANGAN BENCANA DAERAH",
        "Jl. Multatuli No. 3 Rangkasbitung 42311 Telp/Fax (0252) 204417"]},
    "body": title("SURAT TUGAS", "NOMOR : 800.1.11.1/ 377 /BPBD/2024") + [
        {"table": [["DASAR", ":", "HASIL RAPAT PIMPINAN BPBD KAB. LEBAK TANGGAL 28 OKTOBER 2024."]],
         "widths": [1500, 300, 7270], "borders": False},
        {"p": "MENUGASKAN :", "align": "center", "bold": True, "before": 120},
        {"table": [["NO", "NAMA / NIP", "JABATAN", "JADWAL"],
                   ["1", "ENDANG SUPRIATNA, S.SOS / 19780303 200604 1 009", "KABID KEDARURATAN DAN LOGISTIK", "RAPAT UMUM PASLON 1 – 3 NOV 2024"],
                   ["2", "RAHMAT MULYADI / 19850912 201001 1 004", "ANALIS KEBENCANAAN", "RAPAT UMUM PASLON 1 – 3 NOV 2024"],
                   ["3", "SITI MAEMUNAH, A.MD / 19900115 201503 2 002", "PENGADMINISTRASI UMUM", "RAPAT UMUM PASLON 2 – 10 NOV 2024"],
                   ["4", "DEDI JUNAEDI / 19820707 200901 1 012", "PENGEMUDI", "RAPAT UMUM PASLON 2 – 10 NOV 2024"],
                   ["5", "ANISA RAHMAWATI, S.T. / 19930420 201903 2 008", "PENYUSUN PROGRAM", "RAPAT UMUM PASLON 3 – 16 NOV 2024"],
                   ["6", "12 (DUA BELAS) ORANG ANGGOTA TRC DAN TENAGA KONTRAK", "-", "BERGILIRAN, SESUAI JADWAL"]],
         "widths": [500, 3700, 2500, 2370], "header_row": True},
        {"p": "UNTUK :", "bold": True, "before": 120},
        item("1.", "MENGHADIRI RAPAT UMUM KAMPANYE SELURUH PASANGAN CALON GUBERNUR DAN WAKIL GUBERNUR BANTEN YANG "
                   "DISELENGGARAKAN DI ALUN-ALUN RANGKASBITUNG SESUAI JADWAL DI ATAS, GUNA MEMERIAHKAN PESTA DEMOKRASI "
                   "DAN MENUNJUKKAN BAHWA BPBD HADIR UNTUK SEMUA PASANGAN;"),
        item("2.", "BERANGKAT DARI KANTOR PUKUL 08.00 WIB MENGGUNAKAN KENDARAAN DINAS DOUBLE CABIN A 8117 Q DAN "
                   "MOBIL RESCUE A 8023 Q, DENGAN SERAGAM PDL BPBD;"),
        item("3.", "KEHADIRAN DIHITUNG SEBAGAI HARI KERJA DAN TIDAK PERLU MENGISI ABSENSI ELEKTRONIK PADA HARI TERSEBUT;"),
        item("4.", "MEMBAWA DOKUMENTASI FOTO KEHADIRAN DI AREA PANGGUNG DAN MELAPORKANNYA KEPADA SEKRETARIS BPBD."),
        para("DEMIKIAN SURAT TUGAS INI DIBUAT UNTUK DILAKSANAKAN DENGAN PENUH TANGGUNG JAWAB.", first=0),
    ] + sig("RANGKASBITUNG, 29 OKTOBER 2024", "KEPALA PELAKSANA BPBD KABUPATEN LEBAK,", "H. ASEP SAEPUDIN, S.IP., M.SI.",
            "NIP. 19711009 199503 1 002"),
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [11, 12],
    "Surat tugas (ALL CAPS) BPBD: pegawai bergiliran hadiri rapat umum semua paslon gubernur pada jam kerja dengan mobil dinas & seragam; "
    "tidak memihak tapi tetap mobilisasi ASN ke kampanye")

# ---- 012: BPKAD Pandeglang, nota dinas pencairan hibah Pilkada KPU/Bawaslu, dukungan anggaran pengamanan, tracked changes (compliant)
memo({
    "font": "Arial", "size": 22,
    "meta": {"title": "ND Pencairan Hibah Pilkada Tahap II", "author": "Bidang Anggaran", "last_modified_by": "Kabid Perbendaharaan",
             "created": "2024-06-03T02:00:00Z", "modified": "2024-06-04T07:12:00Z", "revision": 9},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN PANDEGLANG", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
        "Jl. Mayor Widagdo No. 1 Pandeglang 42212"]},
    "body": title("NOTA DINAS") + nomor_block([
        ("Kepada", "Yth. Bupati Pandeglang"), ("Melalui", "Sekretaris Daerah"),
        ("Dari", "Kepala BPKAD"), ("Tanggal", "4 Juni 2024"),
        ("Nomor", "900.1.3/ 1122 /BPKAD/2024"), ("Hal", "Pencairan Tahap II Hibah Penyelenggaraan Pemilihan Bupati dan Wakil Bupati Pandeglang Tahun 2024")]) + [
        {"p": "", "border_bottom": True, "after": 120},
        item("1.", "Berdasarkan Naskah Perjanjian Hibah Daerah (NPHD) yang ditandatangani tanggal 10 November 2023, "
                   "Pemerintah Kabupaten Pandeglang memberikan dukungan anggaran penyelenggaraan Pemilihan 2024 sebagai berikut:", hanging=425, indent=425),
        {"table": [["Penerima hibah", "Nilai NPHD", "Tahap I (40%)", "Tahap II (60%)"],
                   ["KPU Kabupaten Pandeglang", "Rp 54.600.000.000", "Rp 21.840.000.000", "Rp {del:32.670.000.000}{ins:32.760.000.000}"],
                   ["Bawaslu Kabupaten Pandeglang", "Rp 17.250.000.000", "Rp 6.900.000.000", "Rp 10.350.000.000"],
                   ["Pengamanan (Polres & Kodim 0601)", "Rp 5.100.000.000", "Rp 2.040.000.000", "Rp 3.060.000.000"]],
         "widths": [3070, 2000, 2000, 2000], "header_row": True},
        item("2.", "Sesuai ketentuan Permendagri Nomor 54 Tahun 2019 sebagaimana diubah dengan Permendagri Nomor 41 Tahun 2020, "
                   "pencairan tahap II paling lambat 1 (satu) bulan sebelum hari pemungutan suara. Ketersediaan kas daerah "
                   "{del:belum mencukupi}{ins:mencukupi setelah penerimaan DAU bulan Juni} untuk pencairan sekaligus.", hanging=425, indent=425, before=120),
        item("3.", "Selain dukungan anggaran, KPU mengajukan dukungan fasilitasi berupa pinjam pakai Gedung Eks-Disperindag "
                   "sebagai gudang logistik surat suara dan 6 (enam) unit kendaraan untuk distribusi logistik ke PPK. "
                   "Pinjam pakai barang milik daerah kepada penyelenggara dituangkan dalam perjanjian tersendiri.", hanging=425, indent=425),
        item("4.", "Mohon arahan Bapak untuk menerbitkan SP2D tahap II{ins: setelah laporan penggunaan dana tahap I diverifikasi Inspektorat}.", hanging=425, indent=425),
        para("Demikian kami sampaikan, mohon petunjuk lebih lanjut."),
    ] + sig(None, "Kepala BPKAD,", "Drs. UJANG RUSDIANA, M.Si.", "NIP. 19700211 199203 1 005"),
}, False, [], [14], "Nota dinas BPKAD: 'dukungan anggaran' hibah Pilkada untuk KPU/Bawaslu/pengamanan, pinjam pakai gedung/kendaraan untuk penyelenggara; tracked changes")
# ---- 013: Inspektorat Kota Cilegon, nota dinas w/ generic furniture (musyawarah, Pelaporan): join relawan/tim pemenangan, pelantikan
memo({
    "font": "Arial Narrow", "size": 23,
    "meta": {"title": "ND Tindak Lanjut Musyawarah Internal", "author": "Sekretariat Inspektorat", "created": "2024-09-30T03:00:00Z", "revision": 4},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KOTA CILEGON", "INSPEKTORAT DAERAH",
        "Jl. Jend. Ahmad Yani No. 1 Cilegon 42414 · inspektorat.cilegon.go.id"]},
    "body": title("NOTA DINAS") + nomor_lines([
        ("Kepada", "Yth. Para Inspektur Pembantu, Auditor dan P2UPD"),
        ("Dari", "Inspektur Daerah Kota Cilegon"),
        ("Tanggal", "30 September 2024"),
        ("Nomor", "700.1.2/ 508 /Insp"),
        ("Lampiran", "1 (satu) lembar formulir"),
        ("Hal", "Tindak Lanjut Hasil Musyawarah Internal 27 September 2024")]) + [
        {"p": "", "border_bottom": True, "after": 120},
        {"p": "**A. Latar Belakang**"},
        para("Menindaklanjuti hasil musyawarah internal pimpinan Inspektorat pada tanggal 27 September 2024 mengenai "
             "penguatan soliditas pegawai menjelang Pemilihan Wali Kota dan Wakil Wali Kota Cilegon, diputuskan bahwa "
             "Inspektorat mengambil peran aktif mendukung H. Rudi Hartono Saleh, S.E. dan Hj. Lilis Suryani yang selama ini "
             "menjadi mitra kerja pengawasan internal yang baik."),
        {"p": "**B. Hal-hal yang perlu dilaksanakan**"},
        item("1.", "Setiap Irban menunjuk paling sedikit 3 (tiga) orang auditor/P2UPD untuk bergabung sebagai pengurus "
                   "{split:Relawan Sa|habat Ru|di} tingkat kecamatan dan mengisi formulir keanggotaan terlampir."),
        item("2.", "Seluruh pegawai hadir pada Pelantikan Tim Pemenangan dan Relawan tingkat kota, Sabtu 5 Oktober 2024 "
                   "pukul 19.30 WIB di Gedung Juang, dengan kemeja batik merah."),
        item("3.", "Pegawai mengikuti akun Instagram @sahabatrudi.clg dan bergabung di kanal WhatsApp relawan agar "
                   "informasi kegiatan beliau cepat tersampaikan."),
        item("4.", "Agenda pemeriksaan reguler minggu pertama Oktober dijadwal ulang agar tidak berbenturan dengan kegiatan "
                   "tersebut."),
        {"p": "**C. Pelaporan**"},
        para("Irban menyampaikan daftar nama pegawai yang sudah bergabung beserta nomor kartu relawan kepada Sekretaris "
             "Inspektorat paling lambat 4 Oktober 2024. Laporan bersifat internal dan tidak dimasukkan dalam SIMPEG."),
        para("Demikian untuk menjadi perhatian dan dilaksanakan."),
    ] + sig(None, "Inspektur Daerah,", "Dr. HERU PRASETYO, S.E., M.Ak., CA.", "NIP. 19760418 200003 1 002"),
}, True, ["campaign-activity", "endorsement", "social-media", "letterhead-misuse"], [2, 4, 7, 9, 10],
    "Nota dinas Inspektorat (kop, 'Menindaklanjuti hasil musyawarah', bagian Pelaporan): diputuskan dukung pasangan Rudi–Lilis, "
    "auditor jadi pengurus relawan, hadir pelantikan tim pemenangan, follow akun relawan")

# ---- 014: Kesbangpol Provinsi Lampung, notulen rakor with LO all three pairs (compliant), libreoffice engine
memo({
    "engine": "libreoffice",
    "font": "Cambria", "size": 22,
    "meta": {"title": "Notulen Rakor Fasilitasi Kampanye", "author": "Bid. Politik Dalam Negeri", "created": "2024-09-26T08:00:00Z", "revision": 3},
    "kop": {"placement": "table", "logo": "[lambang daerah]", "lines": [
        "PEMERINTAH PROVINSI LAMPUNG", "BADAN KESATUAN BANGSA DAN POLITIK",
        "Jl. Wolter Monginsidi No. 69 Teluk Betung Utara, Bandar Lampung 35215"]},
    "body": title("NOTULA RAPAT KOORDINASI") + [
        {"p": "Fasilitasi Pelaksanaan Kampanye Pemilihan Gubernur dan Wakil Gubernur Lampung Tahun 2024", "align": "center", "italic": True},
        {"table": [["Hari/tanggal", "Kamis, 26 September 2024"],
                   ["Tempat", "Ruang Rapat Kesbangpol Lantai 2"],
                   ["Peserta", "KPU Provinsi, Bawaslu Provinsi, Polda Lampung (Dit Intelkam), Korem 043/Gatam, Satpol PP Provinsi, "
                               "Dinas Perhubungan, Liaison Officer (LO) Paslon Nomor Urut 1, 2 dan 3"]],
         "widths": [2000, 7070]},
        {"p": "Pokok-pokok pembahasan", "bold": True, "before": 160},
        item("1.", "KPU Provinsi memaparkan jadwal rapat umum: setiap pasangan calon mendapat 2 (dua) kali kesempatan rapat umum "
                   "di tingkat provinsi dengan pengaturan zona dan tanggal secara bergiliran hasil undian."),
        item("2.", "Bawaslu mengingatkan larangan pelibatan ASN, kepala desa, perangkat desa dan penggunaan fasilitas pemerintah "
                   "dalam kampanye, serta akan menempatkan pengawas di setiap lokasi."),
        item("3.", "LO Paslon 2 meminta kepastian penggunaan Lapangan Saburai; disampaikan bahwa lapangan milik Pemprov "
                   "tidak dapat digunakan untuk kampanye oleh pasangan calon mana pun, dan LO Paslon 1 dan 3 menyatakan setuju."),
        item("4.", "Dinas Perhubungan dan Polda menyiapkan rekayasa lalu lintas yang sama untuk setiap rapat umum."),
        {"p": "Kesepakatan", "bold": True, "before": 120},
        item("a.", "Disepakati jadwal dan zona kampanye sebagaimana lampiran Keputusan KPU, tanpa perubahan sepihak."),
        item("b.", "Disepakati Deklarasi Kampanye Damai bersama ketiga pasangan calon pada 30 September 2024 di halaman Kantor KPU Provinsi."),
        item("c.", "Pemerintah Provinsi hanya memfasilitasi koordinasi keamanan dan ketertiban, dengan perlakuan yang sama bagi semua pasangan calon."),
        {"p": "", "after": 0},
        {"table": [[["Notulis,", "", "", "**RENI ANGGRAINI, S.IP.**", "Analis Kebijakan Ahli Muda"],
                    ["Pimpinan Rapat,", "Kabid Politik Dalam Negeri", "", "**Drs. BUDI SANTOSO, M.H.**", "NIP. 19690304 199403 1 006"]]],
         "widths": [4535, 4535], "borders": False},
    ],
}, False, [], [14], "Notulen Kesbangpol: koordinasi kampanye dengan LO ketiga paslon, perlakuan sama, 'disepakati' jadwal dan deklarasi kampanye damai")
# ---- 015: Dinsos Provinsi Lampung: bansos handed over with candidate's agenda, colours, team; penyambutan; KPM threatened
memo({
    "font": "Arial", "size": 22,
    "meta": {"title": "Penyaluran Bansos Tahap III", "author": "Bid Linjamsos", "created": "2024-10-08T04:00:00Z", "revision": 7},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH PROVINSI LAMPUNG", "DINAS SOSIAL",
        "Jl. Basuki Rahmat No. 72 Teluk Betung, Bandar Lampung 35215"]},
    "header": [{"p": "SEGERA / TERBATAS", "align": "right", "bold": True, "size": 18}],
    "body": [{"p": "Bandar Lampung, 8 Oktober 2024", "align": "right"}] + nomor_block([
        ("Nomor", "400.9.2/ 2261 /V.13/2024"), ("Sifat", "Segera"), ("Lampiran", "1 (satu) berkas"),
        ("Hal", "Penyaluran Bansos Sembako Program Lampung Berjaya Tahap III")]) + [
        {"p": "Yth. Kepala Dinas Sosial Kabupaten/Kota se-Provinsi Lampung\ndi\n      tempat", "before": 120, "after": 160},
        para("Program Lampung Berjaya yang diinisiasi Bapak Ir. H. Marzuki Hasan, M.M. sejak 2019 telah menjangkau lebih dari "
             "120 ribu keluarga. Sebagai kelanjutan program beliau, penyaluran tahap III Oktober–November 2024 diatur sebagai berikut:"),
        item("1.", "Penyerahan dilaksanakan bersamaan dengan agenda kunjungan Bapak Marzuki ke kabupaten/kota; jadwal diperoleh "
                   "dari tim relawan beliau dan dapat berubah sewaktu-waktu."),
        item("2.", "Paket sembako dikemas dalam tas warna oranye bertuliskan “Lanjut Berjaya” yang disediakan oleh tim; logo "
                   "Dinas Sosial tidak perlu dicantumkan."),
        item("3.", "Penyerahan simbolis dilakukan oleh beliau atau perwakilan tim relawan. Pendamping PKH dan TKSK menghadirkan "
                   "KPM dan menyambut kedatangan rombongan di lokasi."),
        item("4.", "KPM yang tidak hadir pada acara penyerahan dianggap mengundurkan diri dan kuotanya dialihkan kepada warga "
                   "yang diusulkan tim."),
        item("5.", "Biaya angkut dan bongkar muat dibebankan pada DPA Dinas Sosial Provinsi sub kegiatan Penyediaan Permakanan."),
        {"p": "Jadwal Penyerahan Bersama Tim Relawan Sahabat Marzuki", "bold": True, "align": "center", "before": 160},
        {"table": [["Tanggal", "Kabupaten/Kota", "Lokasi", "Paket", "Keterangan"],
                   ["15 Okt 2024", "Pesawaran", "Lapangan Way Lima", "3.000", "bersamaan kampanye dialogis"],
                   ["19 Okt 2024", "Lampung Timur", "GOR Sukadana", "4.500", "menunggu konfirmasi tim"],
                   ["26 Okt 2024", "Tulang Bawang", "Balai Adat Menggala", "2.800", "-"],
                   ["2 Nov 2024", "Kota Metro", "Taman Merdeka", "2.200", "penyambutan oleh KPM"]],
         "widths": [1400, 1800, 2300, 1000, 2570], "header_row": True},
        para("Atas perhatian dan kerja samanya diucapkan terima kasih.", before=120),
    ] + sig(None, "KEPALA DINAS SOSIAL PROVINSI LAMPUNG,", "Drs. ARIS MUNANDAR, M.Si.", "Pembina Utama Muda / NIP 19680817 199003 1 005")
      + tembusan(["Sekretaris Daerah Provinsi Lampung", "Arsip"]),
}, True, ["campaign-activity", "endorsement", "inducement", "state-facility", "letterhead-misuse"], [3, 6, 7, 8, 13],
    "Dinsos Prov: bansos 'kelanjutan program beliau' diserahkan oleh kandidat/tim relawan, tas warna & slogan tim, jadwal ikut agenda kampanye, "
    "KPM tidak hadir dicoret, biaya angkut APBD; tabel 'bersama Tim Relawan Sahabat Marzuki'")


# ---- 016: BKPSDM Cianjur, surat panggilan pemeriksaan quoting a post from a deklarasi (compliant)
memo({
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Panggilan I Pemeriksaan Disiplin", "author": "Bid Pengembangan & Disiplin", "created": "2024-10-17T02:30:00Z", "revision": 3},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN CIANJUR", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "Jl. Siliwangi No. 123 Cianjur 43211 Telp. (0263) 264417"]},
    "body": [{"p": "RAHASIA", "align": "center", "bold": True}] + title("SURAT PANGGILAN I", "Nomor : 800.1.6.3/ 1486 /BKPSDM/2024") + [
        para("Yang bertanda tangan di bawah ini:", first=0),
        {"table": [["Nama", ":", "H. IWAN KURNIAWAN, S.H., M.Si."], ["NIP", ":", "19720514 199803 1 004"],
                   ["Jabatan", ":", "Kepala BKPSDM Kabupaten Cianjur (selaku atasan langsung yang ditunjuk)"]],
         "widths": [1800, 300, 6970], "borders": False},
        para("dengan ini memanggil Saudara:", first=0, before=120),
        {"table": [["Nama", ":", "Y.S."], ["NIP", ":", "19810309 200501 1 004"],
                   ["Pangkat/Gol", ":", "Penata Tk. I (III/d)"], ["Jabatan", ":", "Sekretaris Kecamatan Cugenang"]],
         "widths": [1800, 300, 6970], "borders": False},
        para("untuk menghadap kepada Tim Pemeriksa pada hari Rabu, 23 Oktober 2024 pukul 09.00 WIB di Ruang Rapat BKPSDM, "
             "guna diperiksa sehubungan dengan dugaan pelanggaran kewajiban menjaga netralitas sebagaimana dimaksud dalam "
             "Pasal 5 huruf n Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS.", before=120),
        para("Pemanggilan ini didasarkan pada Rekomendasi Bawaslu Kabupaten Cianjur Nomor 047/PP.01.02/K.JB-09/10/2024, yang "
             "memuat temuan bahwa Saudara menghadiri acara deklarasi dukungan di Lapangan Cugenang pada 6 Oktober 2024 dan "
             "mengunggah foto di akun Facebook pribadi dengan keterangan %%“Siap menangkeun Kang Wahyu – Teh Rina, Cianjur "
             "Manjur Deui! 💪”%%, disertai pose dua jari.{fn:1}"),
        para("Saudara dapat membawa dokumen atau keterangan yang dianggap perlu. Apabila Saudara tidak memenuhi panggilan ini, "
             "akan dilakukan pemanggilan kedua paling lambat 7 (tujuh) hari kerja sejak tanggal seharusnya diperiksa."),
        para("Demikian untuk dilaksanakan."),
    ] + sig("Cianjur, 17 Oktober 2024", "Kepala BKPSDM,", "H. IWAN KURNIAWAN, S.H., M.Si.", "NIP. 19720514 199803 1 004")
      + tembusan(["Bupati Cianjur (sebagai laporan)", "Inspektur Kabupaten Cianjur", "Ketua Bawaslu Kabupaten Cianjur", "Camat Cugenang"]),
    "footnotes": {"1": "Tangkapan layar unggahan tersimpan dalam berkas rekomendasi Bawaslu (Lampiran II)."},
}, False, [], [14], "Surat panggilan pemeriksaan disiplin BKPSDM yang mengutip unggahan 'Siap menangkeun ...' dan kehadiran deklarasi dukungan; penegakan, bukan ajakan")

# ---- 017: RSUD Kab. Tangerang, OCR-damaged scan: honorer must hand in KTP + pernyataan dukungan for DPD candidate, contract threat (tracked insertion)
memo({
    "font": "Times New Roman", "size": 23,
    "meta": {"title": "scan0117_rsud", "author": "Bag. Kepegawaian", "last_modified_by": "Kasubag Kepeg",
             "created": "2024-01-17T02:00:00Z", "modified": "2024-01-18T01:20:00Z", "revision": 5},
    "kop": {"placement": "body", "lines": [
        "PEMERlNTAH KABUPATEN TANGERANG", "RUMAH SAKlT UMUM DAERAH BALARAJA",
        "JI. Rumah Sakit Umum No. 88 Ba1araja, Kab. Tangerang 15610 Te1p. (021) 5954417"]},
    "body": title("SURAT EDARAN", "Nornor : 800/ 094 -Kepeg/RSUD-BLJ/I/2024") + [
        {"p": "Kepada Yth. Seluruh Tenaga Non ASN / Pegawai BLUD RSUD Ba1araja", "after": 120},
        para("Sehubungan dengan akan berakhirnya masa kontrak Tenaga Non ASN pada 31 Maret 2024 serta dalam rangka "
             "pendataan ulang pegawai BLUD, dengan ini disampaikan hal-hal sbb :"),
        item("1.", "Setiap pegawai wajib menyerahkan fotokopi KTP-el dan KK sebanyak 2 (dua) lembar ke Bagian Kepegawaian."),
        item("2.", "Bersamaan dengan itu pegawai mengisi dan menandatangani surat pernyataan d-u-k-u-n-g-a-n kepada Ibu Hj. "
                   "Ratu Nurhasanah, S.E., ca1on anggota DPD Rl dapil Banten nomor urut 2l, yang se1ama ini sangat membantu "
                   "pengembangan gedung rawat inap RSUD Balaraja."),
        item("3.", "Pegawai juga diharapkan mengajak min. 5 (lima) anggota keluarga untuk memi1ih beliau pada 14 Februari 2O24, "
                   "dibuktikan dengan fotokopi KTP keluarga yang bersangkutan."),
        item("4.", "{ins:Kelengkapan berkas angka 1 s.d. 3 menjadi salah satu pertimbangan perpanjangan kontrak periode April 2024. "
                   "Pegawai yang tidak mengumpulkan dianggap tidak bersedia diperpanjang.}"),
        {"p": "**PELAPORAN**", "before": 120},
        para("Kepala Ruangan / Koordinator Instalasi merekap berkas pegawai di unitnya dan menyerahkan kepada Kasubag "
             "Kepegawaian pa1ing lambat Rabu, 24 Januari 2024. Rekap dikirim juga da1am bentuk excel ke "
             "{link:mailto:kepeg.rsudblj@gmail.com|kepeg.rsudblj@gmai1.com}."),
        para("Demikian untuk dipatuhi."),
    ] + sig("Ba1araja, 17 Januari 2024", "Direktur RSUD Ba1araja,", "dr. H. AGUS SALIM RIYADI, M.Kes.", "NIP. 19730212 200312 1 0O3"),
    "footer": [{"p": "hal 1/1 · dipindai dgn CamScanner", "size": 14, "align": "right"}],
}, True, ["endorsement", "inducement", "letterhead-misuse"], [8, 10, 11],
    "SE Direktur RSUD (scan OCR, 'd-u-k-u-n-g-a-n'): honorer wajib serahkan KTP/KK + surat pernyataan dukungan calon DPD, ajak keluarga memilih; "
    "tracked insertion: perpanjangan kontrak bergantung berkas; bagian PELAPORAN")
# ---- 018: Puskesmas (Sumedang), undangan BIAN: kampanye imunisasi, deklarasi ODF, tim sukses program, calon peserta, pilih jadwal (compliant)
memo({
    "font": "Calibri", "size": 22,
    "meta": {"title": "Undangan Lokmin BIAN", "author": "PKM Tanjungsari", "created": "2024-07-08T01:30:00Z", "revision": 2},
    "kop": {"placement": "table", "logo": "[logo Dinkes]", "lines": [
        "PEMERINTAH KABUPATEN SUMEDANG", "DINAS KESEHATAN — UPTD PUSKESMAS TANJUNGSARI",
        "Jl. Raya Tanjungsari No. 201 Kec. Tanjungsari, Sumedang 45362 · pkmtanjungsari@gmail.com"]},
    "body": [{"p": "Tanjungsari, 8 Juli 2024", "align": "right"}] + nomor_block([
        ("Nomor", "440/ 233 /PKM-TS/VII/2024"), ("Sifat", "Biasa"), ("Lampiran", "1 (satu) lembar"),
        ("Hal", "Undangan Lokakarya Mini Lintas Sektor dan Kampanye Bulan Imunisasi Anak Nasional (BIAN) 2024")]) + [
        {"p": "Yth. Kepala Desa, Ketua TP PKK Desa, Bidan Desa dan Koordinator Kader se-Kecamatan Tanjungsari", "before": 120, "after": 160},
        para("Dalam rangka mensukseskan Bulan Imunisasi Anak Nasional dan percepatan Stop Buang Air Besar Sembarangan, kami "
             "mengundang Bapak/Ibu pada Lokakarya Mini Lintas Sektor Triwulan III, yang akan dilaksanakan:"),
        {"table": [["Hari/Tanggal", ":", "Selasa, 16 Juli 2024"], ["Waktu", ":", "08.30 WIB s.d. selesai"],
                   ["Tempat", ":", "Aula Kantor Kecamatan Tanjungsari"]], "widths": [1800, 300, 6970], "borders": False},
        {"p": "Acara:", "bold": True, "before": 120},
        item("1.", "Peluncuran kampanye BIAN tingkat kecamatan dan pembagian materi KIE (spanduk, leaflet dan video pendek untuk "
                   "grup WhatsApp posyandu);"),
        item("2.", "Deklarasi Desa ODF (Open Defecation Free) oleh Desa Gudang dan Desa Kadakajaya;"),
        item("3.", "Pembentukan Tim Sukses BIAN desa: kepala desa, bidan desa, satu orang kader dan guru PAUD;"),
        item("4.", "Penetapan calon peserta pelatihan kader posyandu tingkat kabupaten (2 orang per desa)."),
        para("Untuk pelaksanaan sweeping imunisasi, setiap desa dimohon memilih salah satu jadwal pada formulir terlampir "
             "(minggu ke-3 atau ke-4 Agustus) dan mengisinya melalui {link:https://forms.gle/bian-tanjungsari|tautan ini}. "
             "Dukungan pemerintah desa berupa konsumsi posyandu dan transport kader agar dianggarkan dari Dana Desa bidang kesehatan.", before=120),
        para("Mengingat pentingnya acara, dimohon kehadiran tepat waktu. Atas perhatiannya kami ucapkan hatur nuhun."),
    ] + sig(None, "Kepala UPTD Puskesmas Tanjungsari,", "drg. NENG SITI ROHMAH", "NIP. 19800927 200901 2 004"),
}, False, [], [14], "Undangan puskesmas: 'kampanye BIAN', 'deklarasi desa ODF', 'tim sukses BIAN', 'calon peserta pelatihan', 'pilih salah satu jadwal', 'dukungan pemerintah desa'")

# ---- 019: Satpol PP Kab. Bogor, lembar disposisi: official accounts & staff repost incumbent's content with campaign hashtags, on duty time
memo({
    "font": "Arial", "size": 21,
    "meta": {"title": "Lembar Disposisi 1903", "author": "Sekretariat Satpol PP", "created": "2024-10-11T00:45:00Z", "revision": 2},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN BOGOR", "SATUAN POLISI PAMONG PRAJA",
        "Jl. Tegar Beriman, Cibinong, Kabupaten Bogor 16914"]},
    "body": [
        {"p": "LEMBAR DISPOSISI", "align": "center", "bold": True, "size": 26},
        {"table": [
            ["Surat dari", ": Kepala Satuan (arahan lisan rapat staf)", "Diterima tgl", ": 11 Oktober 2024"],
            ["No. Surat", ": -", "No. Agenda", ": 1903"],
            ["Tgl. Surat", ": 10 Oktober 2024", "Sifat", ": ☐ Sangat segera  ☑ Segera  ☐ Rahasia"],
            [{"blocks": ["Perihal : Pengelolaan konten media sosial kantor dan partisipasi personel"], "span": 4}],
            [{"blocks": ["Diteruskan kepada Sdr.:",
                         "☑ Sekretaris   ☑ Kabid Trantibum   ☑ Kasubag Umum & Kepegawaian   ☑ Admin Medsos (Humas)",
                         "Dengan hormat harap: ☑ Tanggapan dan saran  ☐ Proses lebih lanjut  ☑ Koordinasi/konfirmasikan"], "span": 4}],
            [{"blocks": [
                "**Isi Disposisi:**",
                "1. Admin medsos: akun IG & FB @satpolpp.kabbogor agar repost konten kegiatan Kang Hendra minimal 2x sehari "
                "(foto tinjauan lapangan, video sambutan). Caption wajib pakai #BogorTeguhDuaPeriode #KangHendraLanjut.",
                "2. Seluruh personel (PNS, PPPK, Linmas) like dan komen positif di akun resmi beliau @kanghendra.bogor; "
                "komentar negatif dari warga tolong dibalas/diredam, jangan dibiarkan.",
                "3. Posting dikerjakan pada jam dinas menggunakan HP operasional dan wifi kantor; tidak perlu izin atasan.",
                "4. Kasubag Umum rekap screenshot per regu tiap Jumat, lapor ke saya. Regu dengan partisipasi rendah "
                "dievaluasi saat pembagian jadwal piket.",
                "", "Cibinong, 11-10-2024", "Sekretaris Satpol PP,", "", "(paraf)", "**R. DENI MULYANA, S.STP.**"], "span": 4}]],
         "widths": [1500, 3035, 1500, 3035]},
    ],
    "footer": [{"p": "Lembar disposisi ini tidak untuk disebarluaskan", "size": 16, "align": "center", "italic": True}],
}, True, ["endorsement", "social-media", "state-facility", "letterhead-misuse"], [1, 5],
    "Lembar disposisi Satpol PP: akun resmi kantor repost konten Kang Hendra dengan tagar '#BogorTeguhDuaPeriode #KangHendraLanjut', "
    "personel like/komen, pakai jam dinas & HP/wifi kantor; nama tanpa kata calon")

# ---- 020: Setda Tanggamus, SE: incumbent bupati's cuti kampanye, Plt, peresmian pasar before cuti without campaign content (compliant)
memo({
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "SE Cuti Kampanye Bupati", "author": "Bagian Prokopim", "created": "2024-09-19T03:00:00Z", "revision": 4},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN TANGGAMUS", "SEKRETARIAT DAERAH",
        "Jl. Ir. H. Juanda No. 01 Kota Agung, Tanggamus 35384"]},
    "body": title("SURAT EDARAN", "Nomor : 100.3.4/ 715 /01/2024") + [
        {"p": "TENTANG PELAKSANAAN TUGAS PEMERINTAHAN SELAMA CUTI DI LUAR TANGGUNGAN NEGARA BUPATI TANGGAMUS",
         "align": "center", "bold": True},
        {"p": "Yth. Kepala Perangkat Daerah, Camat dan Kepala Pekon se-Kabupaten Tanggamus", "after": 120},
        item("1.", "Bupati Tanggamus sebagai pasangan calon pada Pemilihan Bupati dan Wakil Bupati Tanggamus Tahun 2024 "
                   "menjalani cuti di luar tanggungan negara selama masa kampanye, 25 September s.d. 23 November 2024, "
                   "sesuai Keputusan Gubernur Lampung.{fn:1}"),
        item("2.", "Selama masa cuti, tugas pemerintahan dilaksanakan oleh Pelaksana Tugas Bupati yang ditunjuk Menteri Dalam "
                   "Negeri. Seluruh naskah dinas yang memerlukan tanda tangan Bupati ditujukan kepada Plt. Bupati."),
        item("3.", "Selama cuti, pegawai ASN, ajudan, protokol dan pengemudi tidak mendampingi Bupati dalam kegiatan apa pun "
                   "yang berkaitan dengan kampanye. Kendaraan dinas jabatan dan rumah dinas tidak digunakan untuk kegiatan "
                   "tersebut, dan pengawalan hanya sesuai ketentuan pengamanan pasangan calon oleh Polri."),
        item("4.", "Peresmian Pasar Rakyat Gisting pada Senin, 23 September 2024 tetap dilaksanakan sebagai agenda pemerintahan "
                   "sebelum masa cuti. Bagian Prokopim memastikan tidak ada atribut, yel-yel, nomor urut, warna atau simbol "
                   "pasangan calon mana pun di lokasi, dan sambutan hanya memuat laporan pembangunan pasar."),
        item("5.", "Perangkat daerah yang menerima permintaan fasilitas, data atau kehadiran dari tim kampanye mana pun "
                   "agar menolak dan melaporkannya kepada Sekretaris Daerah."),
        para("Demikian untuk menjadi perhatian dan dilaksanakan dengan sebaik-baiknya."),
    ] + sig("Kota Agung, 19 September 2024", "SEKRETARIS DAERAH,", "Drs. SUHARTONO, M.M.", "Pembina Utama Muda, NIP. 19670721 199203 1 003")
      + tembusan(["Gubernur Lampung", "Ketua KPU dan Ketua Bawaslu Kabupaten Tanggamus", "Inspektur Kabupaten Tanggamus"]),
    "footnotes": {"1": "Cuti kampanye diatur dalam Pasal 70 ayat (3) UU Nomor 10 Tahun 2016 dan PKPU tentang Kampanye Pemilihan."},
}, False, [], [14], "SE Sekda: bupati petahana cuti kampanye, Plt menjalankan tugas, ASN dilarang mendampingi; peresmian pasar sebelum cuti tanpa atribut paslon")


# ================================================================== output
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
