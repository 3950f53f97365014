#!/usr/bin/env python3
"""Batch b15: writes specs/b15_NNN.json and labels.json.

Helpers below only lay out naskah dinas furniture (nomor block, addressee,
signature, tembusan). Every memo's wording is written out individually.
"""
import json
import os

BATCH = "b15"
HERE = os.path.dirname(os.path.abspath(__file__))
SPEC_DIR = os.path.join(HERE, "specs")
MEMOS = []  # list of (number, spec, label)

IND = 5103
TABS_NOMOR = [[1418, "left"], [1702, "left"]]


def memo(num, spec, violation, categories, classes, note):
    spec = dict(spec)
    spec["output"] = "%s_%03d.docx" % (BATCH, num)
    MEMOS.append((num, spec, {"violation": violation,
                              "categories": sorted(categories),
                              "classes": classes, "note": note}))


def nomor(rows):
    """rows: [(label, value), ...] -> Nomor/Sifat/Lampiran/Hal lines."""
    return [{"p": "%s\t:\t%s" % (k, v), "tabs": TABS_NOMOR, "indent": 1702,
             "hanging": 1702, "after": 0} for k, v in rows]


def kepada(lines, indent=IND):
    out = [{"p": l, "indent": indent, "after": 0} for l in lines]
    out.append({"p": "", "after": 0})
    return out


def ttd(lines, name, nip=None, indent=IND, gap=3):
    out = [{"p": "", "after": 0}]
    out += [{"p": l, "indent": indent, "after": 0} for l in lines]
    out += [{"p": "", "indent": indent, "after": 0} for _ in range(gap)]
    out.append({"p": "**__%s__**" % name, "indent": indent, "after": 0})
    if nip:
        out.append({"p": nip, "indent": indent, "after": 0})
    return out


def tembusan(items, title="Tembusan:"):
    out = [{"p": "", "after": 0}, {"p": title, "after": 0, "size": 20}]
    out += [{"p": "%d.\t%s" % (i + 1, t), "indent": 360, "hanging": 360,
             "tabs": [[360, "left"]], "after": 0, "size": 20} for i, t in enumerate(items)]
    return out


def para(text, **kw):
    d = {"p": text, "align": "both", "after": 120}
    d.update(kw)
    return d


def numbered(items, indent=567, after=100):
    return [{"p": "%s\t%s" % (n, t), "indent": indent, "hanging": indent,
             "tabs": [[indent, "left"]], "align": "both", "after": after} for n, t in items]


def title(text, sub=None):
    out = [{"p": "__%s__" % text, "align": "center", "bold": True, "after": 0}]
    if sub:
        out.append({"p": sub, "align": "center", "after": 240})
    return out


# ============================================================ chunk 1 (001-005)

# 001 -- Distrik, Papua Pegunungan: rice/BLT conditioned on support letters
memo(1, {
    "font": "Arial",
    "meta": {"title": "Nota Dinas Penyaluran Beras CPP", "author": "Distrik Yelebo",
             "created": "2024-10-07T01:10:00Z", "modified": "2024-10-07T03:40:00Z",
             "last_modified_by": "Sekdis", "revision": 4},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN LEMBAH TIGI",
        "DISTRIK YELEBO",
        "Jalan Poros Yelebo–Kurulu, Kampung Yelebo Pusat"]},
    "footer": [{"p": "Nota Dinas Distrik Yelebo – untuk kalangan sendiri, jangan difoto ke grup umum",
                "align": "center", "size": 16, "italic": True}],
    "body": title("NOTA DINAS", None) + [{"p": "", "after": 0}] + nomor([
        ("Kepada", "Yth. Kepala Kampung se-Distrik Yelebo"),
        ("Dari", "Kepala Distrik Yelebo"),
        ("Tanggal", "7 Oktober 2024"),
        ("Nomor", "511.1/142/DY/X/2024"),
        ("Sifat", "Segera"),
        ("Hal", "Penyaluran Beras Cadangan Pangan dan BLT Dana Kampung Tahap IV"),
    ]) + [{"p": "", "after": 0, "border_bottom": True}, {"p": "", "after": 0}] + numbered([
        ("1.", "Menindaklanjuti arahan pimpinan pada pertemuan di rumah jabatan tanggal 4 Oktober 2024, penyaluran beras cadangan pangan pemerintah daerah (10 kg per KK) dan BLT Dana Kampung tahap IV di wilayah Distrik Yelebo dimulai hari Senin, 14 Oktober 2024."),
        ("2.", "Penyaluran didahulukan untuk kampung yang sudah mengumpulkan surat pernyataan warga mendukung Bapak Yohanis Wenda dan Bapak Markus Kogoya memimpin kembali Kabupaten Lembah Tigi periode 2025–2030. Format surat pernyataan terlampir, ditandatangani kepala keluarga dan dilampiri fotokopi KTP, lalu diserahkan ke Sekretaris Distrik."),
        ("3.", "Kampung yang sampai tanggal 11 Oktober 2024 belum setor surat pernyataan, jatah berasnya ditahan di gudang distrik sampai ada kejelasan sikap kepala kampung bersama warganya. BLT tahap IV untuk kampung tersebut juga menunggu pemberitahuan lebih lanjut."),
        ("4.", "Karung beras sudah ditempeli stiker \u201cLanjutkan Kerja Nyata\u201d yang dikirim tim dari kota. Stiker jangan dilepas waktu pembagian. Pada saat pembagian kepala kampung sampaikan ke warga bahwa beras ini adalah kelanjutan program beliau berdua, dan pasangan tersebut berharap mama-mama dan bapa-bapa tidak lupa tanggal 27 November."),
        ("5.", "Pengangkutan dari gudang distrik ke kampung memakai kendaraan dinas distrik (double cabin DS 8123 LT) dan truk Dinas Sosial yang sudah diatur. Bahan bakar dibebankan pada anggaran operasional distrik."),
        ("6.", "Laporan penyaluran berikut jumlah surat pernyataan yang masuk disampaikan setiap sore melalui Sekretaris Distrik."),
    ]) + [para("Demikian untuk dilaksanakan dengan penuh tanggung jawab.", first=567)] + ttd(
        ["Kepala Distrik Yelebo,"], "NIKOLAUS HUBI, S.IP.", "NIP. 19740312 200003 1 009"),
}, True, ["endorsement", "inducement", "state-facility", "letterhead-misuse"], [1, 7, 8, 13],
    "Kepala Distrik mensyaratkan surat dukungan + KTP bagi pasangan petahana (memimpin kembali) untuk beras CPP/BLT, menahan jatah kampung yang tidak setor, stiker slogan di karung, mobil dinas")

# 002 -- Dinas Pertanian NTT: CPCL, partai benih, pilih jadwal (compliant)
memo(2, {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Penyaluran benih jagung", "author": "Distan Waibela",
             "created": "2024-10-02T00:30:00Z", "revision": 2},
    "kop": {"placement": "table", "logo": "[LOGO KAB. WAIBELA]", "lines": [
        "PEMERINTAH KABUPATEN WAIBELA",
        "DINAS PERTANIAN DAN PERKEBUNAN",
        "Jl. El Tari No. 41 Lewoleba Baru – Telp. (0383) 21177"]},
    "body": [{"p": "\t\tWaibela, 2 Oktober 2024", "tabs": [[1418, "left"], [5670, "left"]], "after": 120}] + nomor([
        ("Nomor", "500.8.2/611/Distanbun/2024"),
        ("Sifat", "Penting"),
        ("Lampiran", "1 (satu) berkas"),
        ("Hal", "Penyaluran Benih Jagung Hibrida dan Pupuk Hayati MT 2024/2025"),
    ]) + [{"p": "", "after": 0}] + kepada([
        "Yth. Koordinator BPP Kecamatan", "se-Kabupaten Waibela", "di", "\tTempat"]) + [
        para("Dalam rangka pelaksanaan kegiatan peningkatan produksi jagung musim tanam Oktober–Maret 2024/2025, dengan hormat disampaikan hal-hal sebagai berikut:", first=709),
    ] + numbered([
        ("1.", "Benih jagung hibrida sebanyak 36 ton dan pupuk hayati cair 7.200 liter dikirim oleh penyedia dalam tiga partai. Partai pertama (12 ton) sudah tiba di gudang dinas tanggal 30 September 2024; partai kedua dan ketiga dijadwalkan tiba pertengahan dan akhir Oktober 2024."),
        ("2.", "Penerima adalah kelompok tani yang tercantum dalam daftar CPCL (calon petani calon lokasi) sesuai Keputusan Kepala Dinas Nomor 500.8.2/588/Distanbun/2024. Perubahan CPCL hanya dapat dilakukan melalui berita acara verifikasi yang ditandatangani penyuluh dan kepala desa."),
        ("3.", "Koordinator BPP diminta memilih salah satu jadwal serah terima pada tabel di bawah dan mengembalikan konfirmasi paling lambat 8 Oktober 2024. Satu jadwal hanya untuk dua kecamatan agar bongkar muat tidak menumpuk."),
        ("4.", "Dukungan kelompok tani berupa tenaga bongkar muat dan gudang sementara di desa bersifat swadaya. Tidak dibenarkan adanya pungutan dalam bentuk apa pun kepada petani penerima."),
        ("5.", "Mengingat saat ini masa kampanye Pemilihan Bupati dan Wakil Bupati, serah terima dilaksanakan oleh petugas dinas dan penyuluh saja, tidak dirangkaikan dengan kegiatan peserta pemilihan mana pun, dan karung benih tidak boleh ditempeli gambar atau atribut apa pun selain label resmi program."),
    ]) + [{"table": [
        ["Jadwal", "Tanggal", "Partai", "Kecamatan (usulan)"],
        ["I", "15–16 Oktober 2024", "Partai I", "Nubatukan Barat, Ile Ape Selatan"],
        ["II", "22–23 Oktober 2024", "Partai II", "Omesuri Hilir, Buyasuri Baru"],
        ["III", "29–30 Oktober 2024", "Partai II", "Lebatukan, Atadei Barat"],
        ["IV", "5–6 November 2024", "Partai III", "Wulandoni, Nagawutung Timur"],
    ], "widths": [1000, 2400, 1400, 4200], "borders": True, "header_row": True},
        para("Atas perhatian dan kerja sama Saudara, diucapkan terima kasih.", first=709, before=120),
    ] + ttd(["Kepala Dinas Pertanian dan Perkebunan", "Kabupaten Waibela,"],
            "Ir. YOSEF BELIDA DORE, M.Si.", "NIP. 19690817 199503 1 004") + tembusan([
        "Bupati Waibela (sebagai laporan);", "Camat se-Kabupaten Waibela;", "Arsip."]),
}, False, [], [14],
    "Umpan: benih dikirim dalam tiga 'partai', CPCL 'calon petani calon lokasi', 'memilih salah satu jadwal', 'dukungan kelompok tani', dan penegasan netral di masa kampanye")

# 003 -- Puskesmas, Maluku: pasted WA broadcast mobilising staff to a kampanye akbar
memo(3, {
    "font": "Calibri",
    "meta": {"title": "pengumuman grup", "author": "admin TU PKM",
             "created": "2024-10-17T06:02:00Z", "revision": 1},
    "kop": {"placement": "body", "lines": [
        "DINAS KESEHATAN KABUPATEN SERAM LEIHITU",
        "UPTD PUSKESMAS WAIHATU",
        "Jl. Raya Negeri Waihatu – Kec. Leihitu Utara"]},
    "body": [
        {"p": "PENGUMUMAN INTERNAL", "align": "center", "bold": True, "after": 0},
        {"p": "(diteruskan dari grup WA \u201cKELUARGA BESAR PKM WAIHATU\u201d atas perintah Kepala Puskesmas)", "align": "center", "italic": True, "size": 20, "after": 240},
        {"p": "[17/10/24 13.58] Admin TU Ona: SELAMAT SIANG BASUDARA SAMUA PEGAWAI PKM WAIHATU \U0001F64F\U0001F64F", "after": 60},
        {"p": "Hari Sabtu 19 Oktober jam 2 siang katong samua pi {split:KAM|PANYE AK|BAR} di Lapangan Merdeka Waihatu. Bapa Kapus su bicara deng tim, katong dapa tampa di muka panggung jadi jang tarlambat.", "after": 60},
        {"p": "1. Pake baju ORANYE samua, kalo seng ada bisa ambe di Usi Ona ruang TU, su ada 40 lembar dari tim.\n2. Yg piket IGD deng persalinan tetap jaga, yg laeng WAJIB ikut. Absen di grup ini pake foto selfi di lapangan, nanti beta rekap kasi Bapa Kapus.\n3. Ambulans DE 9047 KM antar jemput pegawai dari Negeri Hila deng Kaitetu jam 1 siang, kumpul di muka pustu.\n4. Abis acara upload foto di FB deng IG masing2 pake #OranyeManangSatuPutaran deng tag akun tim @oranye.leihitu. Jang sampe seng ee.", "after": 60},
        {"p": "Dangke banyak basudara, sampe katong manang! \U0001F34A\U0001F34A", "after": 200},
        {"p": "[17/10/24 14.06] Kapus: Betul. Yg seng datang tanpa alasan nanti beta panggil hari Senin.", "after": 240},
        {"p": "Dicetak untuk ditempel di papan pengumuman ruang TU.", "italic": True, "size": 18},
        {"p": "Waihatu, 17 Oktober 2024\nKa. Subbag TU,\n\n\nONA TUHUTERU", "indent": IND, "after": 0},
    ],
}, True, ["campaign-activity", "social-media", "endorsement", "state-facility", "letterhead-misuse"], [2, 5, 11],
    "WA Kapus ditempel di pengumuman berkop: wajib hadir 'kampanye akbar' tim oranye, baju oranye, ambulans antar pegawai, posting #OranyeManangSatuPutaran; calon tidak disebut nama")

# 004 -- Surat Edaran Bupati NTB: netralitas ASN (compliant)
memo(4, {
    "font": "Times New Roman",
    "meta": {"title": "SE Netralitas ASN Pemilu 2024", "author": "Bagian Hukum Setda",
             "created": "2024-01-02T02:00:00Z", "modified": "2024-01-03T07:12:00Z",
             "last_modified_by": "Kabag Hukum", "change_author": "Kabag Hukum", "revision": 6},
    "kop": {"placement": "header", "lines": [
        "BUPATI TAMBORA RAYA",
        "PROVINSI NUSA TENGGARA BARAT"]},
    "body": [{"p": "Tambora Raya, 3 Januari 2024", "indent": IND, "after": 120},
             ] + kepada(["Yth.", "1. Sekretaris Daerah;", "2. Kepala Perangkat Daerah;", "3. Camat dan Lurah;", "4. Kepala Sekolah dan Kepala Puskesmas;", "se-Kabupaten Tambora Raya"]) + title(
        "SURAT EDARAN", "NOMOR 800.1.2/003/BKPSDM/2024") + [
        {"p": "TENTANG", "align": "center", "after": 0},
        {"p": "NETRALITAS APARATUR SIPIL NEGARA PADA PEMILIHAN UMUM TAHUN 2024", "align": "center", "bold": True, "after": 240},
        para("Berdasarkan Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara, Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS, dan Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, Ketua KASN dan Ketua Bawaslu tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN, dengan ini diminta kepada seluruh ASN, termasuk PPPK dan tenaga non-ASN di lingkungan Pemerintah Kabupaten Tambora Raya, untuk menjaga netralitas dengan tidak melakukan hal-hal berikut:", first=709),
    ] + numbered([
        ("a.", "memberikan dukungan kepada calon Presiden/Wakil Presiden, calon anggota DPR, DPD dan DPRD, atau partai politik peserta Pemilu, baik secara langsung maupun melalui media sosial (membuat unggahan, memberi komentar, membagikan, menyukai, atau bergabung/mengikuti grup atau akun pemenangan);"),
        ("b.", "menghadiri deklarasi, kampanye, rapat umum, atau pertemuan yang bersifat ajakan dukungan kepada peserta Pemilu, dengan atau tanpa menggunakan atribut partai atau atribut ASN;"),
        ("c.", "menjadi anggota atau pengurus partai politik, tim kampanye, tim pemenangan, maupun relawan peserta Pemilu;"),
        ("d.", "memasang spanduk, baliho, stiker, atau alat peraga lainnya yang memuat gambar atau nama peserta Pemilu, termasuk pada rumah dinas, kantor dan kendaraan dinas;"),
        ("e.", "berfoto bersama peserta Pemilu dengan mengikuti simbol gerakan tangan atau gerakan yang menunjukkan keberpihakan;"),
        ("f.", "menggunakan fasilitas negara (kendaraan dinas, gedung, ruang rapat, anggaran, perlengkapan dan jam kerja) untuk kegiatan peserta Pemilu;"),
        ("g.", "membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu peserta Pemilu, termasuk mengaitkan pelayanan atau bantuan pemerintah dengan pilihan politik warga;"),
        ("h.", "memberikan atau menjanjikan uang, barang, atau fasilitas lain kepada pegawai maupun masyarakat, serta mengumpulkan fotokopi KTP atau surat dukungan untuk kepentingan peserta Pemilu;{ins: dan}"),
        ("i.", "{ins:menggunakan twibbon, bingkai foto profil, atau tagar yang memuat ajakan memilih peserta Pemilu tertentu.}"),
    ]) + [
        para("ASN tetap menggunakan hak pilih pada hari pemungutan suara tanggal 14 Februari 2024 di TPS masing-masing. ASN yang ditetapkan sebagai anggota KPPS, PPS atau PPK agar melaporkan diri kepada atasan langsung untuk diberikan izin sesuai ketentuan.", first=709),
        para("Pelanggaran terhadap Surat Edaran ini dikenai sanksi sesuai ketentuan peraturan perundang-undangan. Kepala Perangkat Daerah wajib melakukan pengawasan melekat dan melaporkan dugaan pelanggaran kepada Bupati melalui BKPSDM dengan tembusan kepada Bawaslu Kabupaten Tambora Raya.", first=709),
        para("Demikian Surat Edaran ini untuk dilaksanakan.", first=709),
    ] + ttd(["BUPATI TAMBORA RAYA,"], "H. SYAMSUL MUHAJIRIN") + tembusan([
        "Gubernur Nusa Tenggara Barat;", "Ketua Bawaslu Kabupaten Tambora Raya;", "Kepala Kantor Regional X BKN Denpasar."]),
}, False, [], [14],
    "SE Bupati tentang netralitas ASN yang mendaftar semua larangan (medsos, kampanye, atribut, fasilitas, KTP), dengan sisipan tracked soal twibbon; 'gunakan hak pilih', KPPS")

# 005 -- Kecamatan NTT: surat perintah staf hadir rapat umum semua paslon, jam kerja, mobil dinas
memo(5, {
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "SPT rapat umum", "author": "Kecamatan Lamaknen Utara",
             "created": "2024-10-21T00:45:00Z", "revision": 3},
    "kop": {"placement": "body", "lines": [
        "PEMERINTAH KABUPATEN BELU SELATAN",
        "KECAMATAN LAMAKNEN UTARA",
        "Jalan Weluli–Fulur, Kode Pos 85772"]},
    "body": title("SURAT PERINTAH TUGAS", "Nomor: 094/217/KLU/X/2024") + [
        {"p": "Dasar\t:\tArahan Camat pada apel pagi tanggal 21 Oktober 2024.", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702, "after": 120},
        {"p": "MEMERINTAHKAN", "align": "center", "bold": True, "after": 120},
        {"p": "Kepada\t:\tNama-nama pegawai sebagaimana tersebut dalam tabel di bawah ini.", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702, "after": 120},
        {"p": "Untuk\t:\tHadir dan mengikuti kegiatan rapat umum kampanye ketiga pasangan calon Bupati dan Wakil Bupati Belu Selatan yang dilaksanakan di wilayah Kecamatan Lamaknen Utara, sesuai jadwal berikut. Kehadiran pegawai kecamatan dimaksudkan supaya lapangan ramai dan tidak ada paslon yang merasa dianaktirikan oleh kecamatan. Pegawai hadir sampai acara selesai.", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702, "align": "both", "after": 120},
        {"table": [
            ["No", "Tanggal / Jam", "Kegiatan", "Pegawai", "Kendaraan"],
            ["1", "Selasa, 29 Okt 2024 / 09.00", "Rapat umum Paslon Nomor Urut 1, Lapangan Weluli", "Seksi Pemerintahan (4 orang)", "Mobil dinas DH 1204 BS"],
            ["2", "Kamis, 7 Nov 2024 / 10.00", "Rapat umum Paslon Nomor Urut 2, Lapangan Fulur", "Seksi Trantib (3 orang), Seksi PMD (2 orang)", "Mobil dinas DH 1204 BS + motor dinas"],
            ["3", "Rabu, 13 Nov 2024 / 09.30", "Rapat umum Paslon Nomor Urut 3, Pasar Lama Weluli", "Seluruh staf umum dan keuangan", "Mobil dinas DH 1204 BS"],
        ], "widths": [500, 2100, 2900, 2300, 1700], "borders": True, "header_row": True},
        para("Pegawai yang bertugas dicatat dinas luar pada daftar hadir elektronik dan diberikan uang harian sesuai standar biaya kecamatan. Bagi yang tidak bertugas, pelayanan di kantor tetap berjalan sampai jam 14.00 WITA.", before=120),
        para("Selesai melaksanakan tugas agar melaporkan jumlah massa dan situasi kepada Camat secara lisan."),
        {"p": "Dikeluarkan di\t:\tWeluli", "tabs": [[IND, "left"], [IND + 1700, "left"], [IND + 1900, "left"]], "indent": IND, "after": 0},
        {"p": "Pada tanggal\t:\t21 Oktober 2024", "indent": IND, "after": 0},
    ] + ttd(["CAMAT LAMAKNEN UTARA,"], "MARSELINUS BRIA, S.Sos.", "Pembina Tk. I (IV/b)\nNIP. 19720518 199803 1 006"),
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6, 12],
    "Camat memerintahkan staf hadir rapat umum kampanye ketiga paslon pada jam kerja sebagai dinas luar dengan uang harian dan mobil dinas 'supaya lapangan ramai' (tidak berpihak, tetap pengerahan)")


# ============================================================ chunk 2 (006-010)

# 006 -- SMA Negeri, Kupang: WA kepsek about pemilihan ketua OSIS (compliant, informal)
memo(6, {
    "font": "Calibri",
    "meta": {"title": "info grup guru", "author": "wakasek kesiswaan",
             "created": "2023-10-09T11:20:00Z", "revision": 1},
    "body": [
        {"p": "Salinan pesan grup WA \u201cGURU & PEGAWAI SMAN 4 OESAO BARU\u201d", "bold": True, "after": 0},
        {"p": "disalin untuk buku agenda kesiswaan, Senin 9 Oktober 2023", "italic": True, "size": 20, "after": 200},
        {"p": "[09/10/23 18.41] Bpk Kepsek Yance: Selamat malam bapa ibu guru samua. Beta mau info sadiki e:", "after": 80},
        {"p": "1) Minggu depan ni katong pu pemilihan ketua OSIS periode 2023/2024. Calon ketua OSIS su ada 3 pasang, su lolos seleksi pembina.\n2) Kampanye calon ketua OSIS di aula hari Senin 16 Okt jam 10 abis upacara, tiap pasang dapa 10 menit. Tim sukses tiap calon paling banyak 5 orang siswa sa, sonde boleh lebe.\n3) Jang ada calon yang kasi permen, pulsa ko uang ke siswa lain, kalo ada langsung gugur. Ini katong ajar demokrasi yang bae.\n4) Bapa ibu guru SONDE BOLEH dukung calon tertentu, guru netral. Wali kelas cukup pastikan samua siswa pi pilih di TPS OSIS hari Kamis 19 Okt di ruang perpustakaan.\n5) Nilai tengah semester paling lambat Jumat 20 Okt su masuk di operator. Jang lupa ee.", "after": 80},
        {"p": "Terima kasih, Tuhan berkati.", "after": 160},
        {"p": "[09/10/23 18.47] Ibu Welmince (Pembina OSIS): Siap Bapa. Kotak suara deng bilik pinjam dari Pramuka. Surat suara cetak di TU 700 lembar.", "after": 80},
        {"p": "[09/10/23 18.52] Bpk Kepsek Yance: Oke. Tambahan: siswa kelas XII yang su 17 tahun tahun depan su ikut pemilu beneran, suru dong cek nama di {link:https://cekdptonline.kpu.go.id|cekdptonline.kpu.go.id}. Cuma cek sa, bukan ajak pilih siapa-siapa.", "after": 80},
        {"p": "[09/10/23 18.53] Pak Daud BK: \U0001F44D\U0001F44D", "after": 80},
    ],
}, False, [], [14, 11],
    "Informal (Melayu Kupang): pemilihan ketua OSIS—'calon ketua OSIS', 'kampanye calon', 'tim sukses', 'pi pilih', guru diminta netral; cek DPT tanpa ajakan memilih")

# 007 -- Dinas Sosial, Maluku Utara: pendamping PKH collect KTP + pernyataan dukungan, threat of graduasi
memo(7, {
    "font": "Arial", "size": 22,
    "meta": {"title": "ND pemutakhiran data KPM", "author": "Dinsos Halpes",
             "created": "2024-09-30T02:15:00Z", "modified": "2024-10-01T00:50:00Z", "revision": 5},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN HALMAHERA PESISIR",
        "DINAS SOSIAL",
        "Jl. Kie Raha No. 7 Sofifi Lama, Telp. (0921) 312 550"]},
    "body": title("NOTA DINAS") + [{"p": "", "after": 0}] + nomor([
        ("Kepada", "Yth. Koordinator Kabupaten PKH, Pendamping PKH dan TKSK se-Kabupaten Halmahera Pesisir"),
        ("Dari", "Kepala Dinas Sosial"),
        ("Tanggal", "1 Oktober 2024"),
        ("Nomor", "400.9/377/Dinsos"),
        ("Sifat", "Terbatas"),
        ("Hal", "Pemutakhiran Data KPM dan Pengumpulan Dokumen Pendukung"),
    ]) + [{"p": "", "after": 0, "border_bottom": True}, {"p": "", "after": 0},
        para("Menindaklanjuti hasil rapat terbatas di ruang kerja Kepala Dinas tanggal 27 September 2024, bersama ini disampaikan langkah yang harus dilaksanakan oleh seluruh pendamping sebelum penyaluran bansos tahap IV:", first=709),
    ] + numbered([
        ("1.", "Setiap pendamping mengumpulkan fotokopi KTP dan KK seluruh KPM PKH dan BPNT dampingannya, ditambah surat pernyataan kesediaan mendukung Pasangan Calon Gubernur dan Wakil Gubernur Nomor Urut 3, Bapak H. Sofyan Kadir dan Bapak Yulius Lalamafu, sesuai format terlampir."),
        ("2.", "Surat pernyataan ditandatangani KPM di hadapan pendamping pada saat pertemuan kelompok (P2K2) bulan Oktober, sehingga tidak perlu kunjungan rumah tersendiri."),
        ("3.", "KPM yang tidak bersedia menandatangani dicatat pada kolom keterangan dan diusulkan untuk verifikasi ulang kelayakan (graduasi) kepesertaan PKH dan BPNT pada pemutakhiran DTKS bulan November 2024."),
        ("4.", "Pendamping agar menyampaikan kepada KPM bahwa bantuan yang mereka terima selama ini tidak lepas dari perhatian beliau berdua, sehingga sudah sepantasnya dibalas pada 27 November 2024."),
    ]) + [
        {"p": "**Pelaporan**", "after": 60},
    ] + numbered([
        ("a.", "Rekap jumlah KPM, jumlah KTP terkumpul dan jumlah surat pernyataan per desa diinput melalui formulir daring yang dibagikan Korkab paling lambat 25 Oktober 2024."),
        ("b.", "Dokumen fisik diserahkan ke Bidang Perlindungan dan Jaminan Sosial dalam map tertutup, tidak melalui ekspedisi."),
    ]) + [
        {"textbox": ["**PERHATIAN:** Nota dinas ini bersifat terbatas. Tidak untuk diteruskan ke grup WA pendamping maupun grup KPM. Pertanyaan langsung ke Korkab."], "width_cm": 15, "height_cm": 2},
        para("Demikian untuk dilaksanakan.", first=709, before=120),
    ] + ttd(["Kepala Dinas Sosial", "Kabupaten Halmahera Pesisir,"], "Drs. ABDULLAH R. MAHMUD", "NIP. 19700405 199603 1 003"),
}, True, ["inducement", "endorsement", "state-facility", "letterhead-misuse"], [8, 10],
    "Kadinsos (kop, 'Menindaklanjuti hasil rapat', bagian Pelaporan) memerintahkan pendamping PKH kumpulkan KTP + pernyataan dukung paslon gubernur no. 3; KPM yang menolak diusulkan graduasi")

# 008 -- Satpol PP Papua Barat Daya: penertiban baliho petahana & stiker mobil dinas (compliant)
memo(8, {
    "font": "Arial",
    "meta": {"title": "Sprint penertiban APK", "author": "Satpol PP",
             "created": "2024-10-03T05:00:00Z", "revision": 2},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN TELUK KAYUMERA",
        "SATUAN POLISI PAMONG PRAJA",
        "Jalan Sorong–Kayumera Km. 12, Kayumera"]},
    "body": title("SURAT PERINTAH", "Nomor: 300.1.4/088/SPP/X/2024") + [
        {"p": "Dasar\t:", "tabs": TABS_NOMOR, "after": 0},
    ] + numbered([
        ("1.", "Peraturan KPU Nomor 15 Tahun 2023 tentang Kampanye Pemilihan Umum serta Peraturan KPU tentang Kampanye Pemilihan Gubernur, Bupati dan Wali Kota;"),
        ("2.", "Surat Bawaslu Kabupaten Teluk Kayumera Nomor 112/PM.01.02/K.PBD-04/10/2024 perihal Penertiban Alat Peraga Kampanye;"),
        ("3.", "Hasil rapat koordinasi penertiban APK bersama KPU, Bawaslu dan Polres tanggal 2 Oktober 2024."),
    ], indent=2268) + [
        {"p": "MEMERINTAHKAN", "align": "center", "bold": True, "before": 120, "after": 120},
        {"p": "Kepada\t:\tKepala Bidang Penegakan Perda beserta 2 (dua) regu anggota Satpol PP", "tabs": TABS_NOMOR, "indent": 1702, "hanging": 1702, "after": 120},
        {"p": "Untuk\t:", "tabs": TABS_NOMOR, "after": 0},
    ] + numbered([
        ("1.", "Menurunkan baliho bergambar Bupati yang juga pasangan calon petahana bertuliskan \u201cLANJUTKAN! BUPATI KITA DUA PERIODE – TERUS BANGUN KAYUMERA\u201d yang terpasang di pagar Kantor Bupati, halaman Kantor Distrik Kayumera dan depan RSUD, karena kantor pemerintah dan fasilitas kesehatan bukan lokasi pemasangan APK;"),
        ("2.", "Mendata dan meminta pelepasan stiker \u201cNomor 1 Pasti Menang\u201d maupun stiker pasangan calon lainnya yang tertempel pada kendaraan dinas Dinas PUPR (PB 8041 KM) dan Dinas Perhubungan; pengemudi atau pemegang kendaraan dicatat namanya untuk dilaporkan kepada BKPSDM;"),
        ("3.", "Memperlakukan APK semua pasangan calon secara sama: seluruh APK di zona larangan diturunkan tanpa memandang nomor urut, disimpan di gudang Satpol PP dan diserahkan kepada tim kampanye masing-masing dengan berita acara;"),
        ("4.", "Melaksanakan tugas bersama Panwaslu Distrik setempat, mendokumentasikan kegiatan, dan melaporkan hasilnya paling lambat 7 Oktober 2024."),
    ], indent=2268) + [
        para("Demikian surat perintah ini untuk dilaksanakan dengan penuh tanggung jawab.", first=709, before=120),
        {"p": "Dikeluarkan di Kayumera, 3 Oktober 2024", "indent": IND, "after": 0},
    ] + ttd(["Kepala Satuan Polisi Pamong Praja,"], "OKTOVIANUS SAFKAUR, S.STP., M.Si.", "NIP. 19810214 200212 1 003"),
}, False, [], [14],
    "Perintah Satpol PP menurunkan baliho petahana yang dikutip ('LANJUTKAN! ... DUA PERIODE') di kantor pemerintah dan melepas stiker 'Nomor 1 Pasti Menang' dari mobil dinas; semua paslon diperlakukan sama")

# 009 -- Notulen rapat desa, Sumba: tim pemenangan desa, target suara per dusun
memo(9, {
    "font": "Times New Roman",
    "meta": {"title": "Notulen rapat perangkat", "author": "Sekdes Kambaniru Atas",
             "created": "2024-10-05T09:30:00Z", "revision": 2},
    "kop": {"placement": "body", "lines": [
        "PEMERINTAH KABUPATEN SUMBA LAUTAN",
        "KECAMATAN HAHARU SELATAN",
        "DESA KAMBANIRU ATAS",
        "Alamat: Jl. Umbu Tipuk, Kambaniru Atas"]},
    "body": [
        {"p": "NOTULEN RAPAT", "align": "center", "bold": True, "after": 0},
        {"p": "PERANGKAT DESA, BPD DAN KETUA RT/RW", "align": "center", "bold": True, "after": 200},
        {"table": [
            ["Hari / tanggal", ": Sabtu, 5 Oktober 2024"],
            ["Waktu", ": 16.00 WITA s.d. selesai"],
            ["Tempat", ": Balai Desa Kambaniru Atas"],
            ["Pimpinan rapat", ": Kepala Desa, Bapak Umbu Ndapa Lewa"],
            ["Acara", ": Persiapan desa menghadapi Pilkada 27 November 2024"],
            ["Hadir", ": 23 orang (daftar hadir terlampir)"],
        ], "widths": [2400, 6600], "borders": False},
        {"p": "**I. Pengantar**", "before": 160, "after": 60},
        para("Kepala Desa membuka rapat dan menyampaikan bahwa salah satu calon bupati, yaitu Bapak Umbu Kristofel Hina Malo (nomor urut 2), adalah anak asli desa kita dan sudah banyak membantu waktu beliau masih di DPRD. Kepala Desa bilang ini kesempatan untuk Kambaniru Atas, jadi desa harus satu suara."),
        {"p": "**II. Tanggapan peserta**", "after": 60},
        para("Ketua BPD (Bapak Yohanes Kaborang) setuju, tetapi minta supaya jangan sampai ada warga yang tersinggung. Ketua RT 04 (Ibu Rambu Hada) tanya apakah perangkat desa boleh ikut terang-terangan. Kepala Desa jawab, \u201cUmbu Kris sudah sampaikan langsung, asal kerja rapi.\u201d"),
        {"p": "**III. Hasil rapat / kesepakatan**", "after": 60},
    ] + numbered([
        ("1.", "Disepakati seluruh perangkat desa dan ketua RT/RW masuk dalam Tim Pemenangan Tingkat Desa. Ketua tim adalah Sekretaris Desa; SK tim ditandatangani ketua tim kecamatan."),
        ("2.", "Target suara untuk Umbu Kris minimal 85% per dusun sesuai tabel di bawah. Kepala dusun bertanggung jawab atas pencapaian di dusunnya."),
        ("3.", "Setiap ketua RT membuat grup WA warga dan memasukkan nomor warga ke grup relawan \u201cSahabat Umbu Kris Kambaniru\u201d paling lambat 12 Oktober 2024."),
        ("4.", "Biaya konsumsi pertemuan warga di tiap dusun diambil dari pos kegiatan pembinaan kemasyarakatan APBDes 2024, dicatat sebagai \u201csosialisasi Pilkada\u201d."),
        ("5.", "Rapat evaluasi pencapaian dilaksanakan setiap Sabtu sore di balai desa."),
    ]) + [
        {"table": [
            ["Dusun", "DPT", "Target (orang)", "Penanggung jawab"],
            ["Dusun I Lai Watu", "412", "350", "Kadus I – Umbu Djawa"],
            ["Dusun II Prai Kalu", "367", "312", "Kadus II – Lukas Ndjuka"],
            ["Dusun III Kanatang", "298", "253", "Kadus III – Rambu Lika"],
            ["Jumlah", "1.077", "915", ""],
        ], "widths": [2800, 1200, 1800, 3200], "borders": True, "header_row": True},
        para("Rapat ditutup pukul 18.20 WITA dengan doa oleh Bapak Pendeta Markus Lede.", before=120),
        {"table": [
            [[{"p": "Pimpinan Rapat,", "align": "center"}, {"p": ""}, {"p": "**UMBU NDAPA LEWA**", "align": "center"}],
             [{"p": "Notulis,", "align": "center"}, {"p": ""}, {"p": "**DOMINGGUS TARAP**", "align": "center"}]],
        ], "widths": [4500, 4500], "borders": False},
    ],
}, True, ["endorsement", "campaign-activity", "social-media", "state-facility", "letterhead-misuse"], [4, 7, 9],
    "Notulen berkop desa: calon no. 2 diperkenalkan sekali lalu disebut 'Umbu Kris'/'beliau'; sepakat perangkat jadi tim pemenangan, target suara 85% per dusun, grup WA relawan, konsumsi dari APBDes")

# 010 -- Puskesmas NTB: kampanye imunisasi, deklarasi Stop BABS, tim sukses (compliant)
memo(10, {
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "Undangan pencanangan", "author": "PKM Pringgasela Selatan",
             "created": "2024-07-15T01:00:00Z", "revision": 3},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN RINJANI SELATAN",
        "DINAS KESEHATAN",
        "UPT BLUD PUSKESMAS PRINGGASELA SELATAN",
        "Jl. Raya Pringgasela – Timbanuh, e-mail: pkm.pringgaselaselatan@gmail.com"]},
    "body": [{"p": "\t\tPringgasela Selatan, 15 Juli 2024", "tabs": [[1418, "left"], [5670, "left"]], "after": 120}] + nomor([
        ("Nomor", "400.7.4/219/PKM-PS/VII/2024"),
        ("Lampiran", "1 (satu) lembar"),
        ("Perihal", "Undangan Pencanangan Kampanye Imunisasi Polio dan Deklarasi Desa Stop BABS"),
    ]) + [{"p": "", "after": 0}] + kepada([
        "Yth. Kepala Desa se-wilayah kerja", "UPT BLUD Puskesmas Pringgasela Selatan", "di\u2013", "\tTempat"]) + [
        para("Dalam rangka Pekan Imunisasi Nasional (PIN) Polio putaran kedua dan percepatan Sanitasi Total Berbasis Masyarakat, Puskesmas Pringgasela Selatan akan melaksanakan pencanangan kampanye imunisasi polio sekaligus deklarasi Desa Stop Buang Air Besar Sembarangan (Stop BABS) untuk Desa Timbanuh Lauq dan Desa Aik Dewa Baru.", first=709),
        para("Sehubungan dengan itu, kami mohon kehadiran Bapak/Ibu Kepala Desa beserta tim sukses PIN tingkat desa (kader posyandu, TP-PKK, tokoh agama dan tokoh masyarakat) pada:", first=709),
        {"table": [["Hari / tanggal", ": Senin, 22 Juli 2024"], ["Waktu", ": 08.00 WITA s.d. selesai"], ["Tempat", ": Halaman Posyandu Melati, Desa Timbanuh Lauq"]],
         "widths": [2400, 6000], "borders": False},
    ] + numbered([
        ("1.", "Kader dan relawan kesehatan diharapkan memakai atribut rompi kader posyandu agar mudah dikenali masyarakat."),
        ("2.", "Dukungan Pemerintah Desa yang kami harapkan: penyebarluasan informasi melalui pengeras suara masjid dan akun media sosial desa, serta penyediaan meja pendaftaran. Poster digital dapat diunduh pada {link:https://drive.google.com/drive/folders/pin-polio-pkm-ps|tautan berikut}; mohon dibagikan di akun desa."),
        ("3.", "Sasaran imunisasi adalah seluruh anak usia 0–7 tahun 11 bulan tanpa memandang status imunisasi sebelumnya."),
    ], after=80) + [
        {"textbox": ["**Susunan acara:** 08.00 registrasi – 08.30 sambutan Kepala Puskesmas – 08.45 pembacaan dan penandatanganan deklarasi Stop BABS oleh kepala desa dan tokoh masyarakat – 09.00 pemberian tetes polio perdana oleh Camat – 09.30 pelayanan imunisasi massal."], "width_cm": 15, "height_cm": 2.2},
        para("Atas perhatian dan kerja samanya kami ucapkan terima kasih.", first=709, before=120),
    ] + ttd(["Kepala UPT BLUD Puskesmas", "Pringgasela Selatan,"], "dr. LALU ILHAM PRAYUDI", "NIP. 19860721 201403 1 002"),
}, False, [], [14],
    "Umpan kesehatan: 'kampanye imunisasi', 'deklarasi Desa Stop BABS', 'tim sukses PIN', 'relawan', 'atribut rompi kader', 'dukungan Pemerintah Desa', bagikan di medsos desa")


# ============================================================ chunk 3 (011-015)

# 011 -- Dinas Pertanian, Lombok: alsintan handed over at the incumbent-candidate's dialog event
memo(11, {
    "font": "Arial",
    "meta": {"title": "Penyerahan bantuan alsintan", "author": "Bidang PSP",
             "created": "2024-10-04T03:00:00Z", "modified": "2024-10-05T01:25:00Z",
             "last_modified_by": "Kabid PSP", "change_author": "Kadis", "revision": 7},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN SEGARA ANAK",
        "DINAS PERTANIAN DAN PETERNAKAN",
        "Jl. Gajah Mada No. 19 Praya Daya, Telp. (0370) 654 221"]},
    "body": [{"p": "\t\tPraya Daya, 5 Oktober 2024", "tabs": [[1418, "left"], [5670, "left"]], "after": 120}] + nomor([
        ("Nomor", "500.8/1047/Distanak/2024"),
        ("Sifat", "Penting"),
        ("Lampiran", "Daftar penerima"),
        ("Hal", "Penyerahan Bantuan Alsintan dan Benih Padi Tahun Anggaran 2024"),
    ]) + [{"p": "", "after": 0}] + kepada([
        "Yth.", "1. Koordinator BPP Kecamatan Janapria Timur dan Kopang Baru;", "2. Ketua Gapoktan penerima bantuan;", "di \u2013", "\tTempat"]) + [
        para("Bersama ini disampaikan bahwa bantuan hand tractor 12 unit, pompa air 20 unit dan benih padi inbrida 15 ton yang bersumber dari APBD Kabupaten Segara Anak Tahun Anggaran 2024 akan diserahkan kepada kelompok tani penerima pada:", first=709),
        {"table": [["Hari / tanggal", ": Sabtu, 12 Oktober 2024"], ["Pukul", ": 09.00 WITA"], ["Tempat", ": Lapangan Desa Lendang Ara, Kecamatan Janapria Timur"]],
         "widths": [2400, 6200], "borders": False},
        para("Penyerahan dirangkaikan dengan kegiatan dialogis Bapak H. Lalu Muhir Wirasakti, calon Bupati Segara Anak nomor urut 1 yang saat ini sedang menjalani cuti kampanye, bersama para petani. Bantuan akan diserahkan secara simbolis oleh beliau didampingi Ketua Tim Pemenangan Lalu Muhir (TPLM) Kecamatan Janapria Timur.", first=709, before=120),
        para("Untuk kelancaran kegiatan dimohon perhatian hal-hal berikut:", first=709),
    ] + numbered([
        ("1.", "Spanduk dan backdrop penyerahan menggunakan warna hijau-kuning sesuai warna pasangan, desain dikirim oleh tim media TPLM. Logo dinas cukup di pojok kanan bawah."),
        ("2.", "Ketua Gapoktan dalam sambutannya menyampaikan bahwa bantuan ini merupakan kelanjutan program Mamiq Muhir selama lima tahun, dan petani berharap program tersebut tidak terputus.{ins: Mohon anggota kelompok diarahkan agar tidak salah pilih tanggal 27 November.}"),
        ("3.", "Kelompok tani yang anggotanya hadir lengkap akan diprioritaskan pada penyaluran bantuan tahap berikutnya (pupuk organik dan bibit sapi) bulan November 2024; daftar hadir dibuat per kelompok."),
        ("4.", "Tenda, kursi dan konsumsi 400 kotak dibebankan pada DPA kegiatan Penyediaan Sarana Pertanian. Hand tractor diangkut dengan truk dinas dan dua mobil dinas bidang disiapkan untuk penjemputan tamu."),
        ("5.", "Penyuluh pertanian seluruh BPP terkait hadir memakai kemeja putih, {del:tidak menggunakan atribut apa pun}{ins:boleh memakai pin pasangan yang akan dibagikan di lokasi}."),
    ]) + [
        para("Atas perhatian dan kerja samanya diucapkan terima kasih.", first=709, before=120),
    ] + ttd(["Kepala Dinas Pertanian dan Peternakan", "Kabupaten Segara Anak,"], "Ir. H. LALU SAPARUDIN, M.M.", "NIP. 19680911 199403 1 007") + tembusan([
        "Sekretaris Daerah Kabupaten Segara Anak;", "Camat Janapria Timur;", "Arsip."]),
}, True, ["state-facility", "inducement", "endorsement", "campaign-activity", "letterhead-misuse"], [2, 3, 7, 8, 13],
    "Alsintan APBD diserahkan dalam kegiatan dialogis calon bupati no. 1 (cuti) oleh beliau dan tim pemenangan, warna pasangan, 'kelanjutan program Mamiq Muhir', prioritas bantuan bagi yang hadir, sisipan tracked 'jangan salah pilih', pin pasangan")

# 012 -- BKPSDM Maluku: hukuman disiplin quoting a guru's FB post (compliant)
memo(12, {
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Surat hukuman disiplin", "author": "Bidang PPI BKPSDM",
             "created": "2024-03-18T02:40:00Z", "revision": 3},
    "kop": {"placement": "table", "logo": "[LAMBANG DAERAH]", "lines": [
        "PEMERINTAH KABUPATEN BURU PESISIR",
        "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "Jl. Pattimura No. 3 Namlea Baru"]},
    "footnotes": {
        "1": "Pasal 5 huruf n angka 1 dan angka 5 Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil.",
        "2": "Tangkapan layar unggahan terlampir dalam rekomendasi Bawaslu; nama akun disamarkan dalam surat ini."},
    "body": title("KEPUTUSAN BUPATI BURU PESISIR", "NOMOR 800.1.6.4/071/BKPSDM/2024") + [
        {"p": "TENTANG", "align": "center", "after": 0},
        {"p": "PENJATUHAN HUKUMAN DISIPLIN TINGKAT SEDANG", "align": "center", "bold": True, "after": 240},
        {"p": "Menimbang\t:", "tabs": TABS_NOMOR, "after": 0},
    ] + numbered([
        ("a.", "bahwa berdasarkan Rekomendasi Bawaslu Kabupaten Buru Pesisir Nomor 031/PP.01.02/K.MA-06/02/2024 dan Berita Acara Pemeriksaan tanggal 4 Maret 2024, Sdr. SAMUEL PESULIMA, S.Pd., NIP. 19850623 201001 1 012, guru SD Negeri 2 Waeapo Hilir, terbukti pada tanggal 3 Februari 2024 mengunggah pada akun Facebook pribadinya foto bersama calon anggota DPRD Kabupaten dengan keterangan \u201cMari coblos Bung Anton No. 3 Dapil Buru Pesisir 2, pasti manang!\u201d{fn:2}, membagikan ulang unggahan halaman pemenangan calon tersebut, serta mengenakan kaos bergambar calon pada kegiatan tatap muka di Desa Waelo;"),
        ("b.", "bahwa perbuatan sebagaimana dimaksud dalam huruf a melanggar kewajiban menjaga netralitas dan larangan memberikan dukungan kepada calon anggota legislatif{fn:1};"),
        ("c.", "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Bupati tentang Penjatuhan Hukuman Disiplin Tingkat Sedang;"),
    ], indent=2268) + [
        {"p": "MEMUTUSKAN:", "align": "center", "bold": True, "before": 120, "after": 120},
        {"p": "KESATU\t:\tMenjatuhkan hukuman disiplin tingkat sedang berupa pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama 6 (enam) bulan kepada Sdr. SAMUEL PESULIMA, S.Pd.", "tabs": [[1702, "left"], [1985, "left"]], "indent": 1985, "hanging": 1985, "align": "both", "after": 100},
        {"p": "KEDUA\t:\tKepala Dinas Pendidikan dan Kebudayaan melakukan pembinaan dan memastikan yang bersangkutan tidak mengulangi perbuatannya.", "tabs": [[1702, "left"], [1985, "left"]], "indent": 1985, "hanging": 1985, "align": "both", "after": 100},
        {"p": "KETIGA\t:\tKeputusan ini mulai berlaku pada tanggal ditetapkan.", "tabs": [[1702, "left"], [1985, "left"]], "indent": 1985, "hanging": 1985, "after": 100},
        {"p": "Ditetapkan di Namlea Baru\npada tanggal 18 Maret 2024", "indent": IND, "after": 0, "before": 120},
    ] + ttd(["BUPATI BURU PESISIR,"], "Drs. HASAN WAEL, M.Si.") + tembusan([
        "Kepala Kantor Regional XIV BKN Manado;", "Ketua Bawaslu Kabupaten Buru Pesisir;", "Inspektur Kabupaten Buru Pesisir;", "Yang bersangkutan."]),
}, False, [], [14],
    "Keputusan hukuman disiplin yang mengutip pelanggaran guru (unggahan 'Mari coblos Bung Anton No. 3', share halaman pemenangan, kaos calon) sesuai rekomendasi Bawaslu")

# 013 -- Transkrip voice note Kades, Lombok: pelantikan tim pemenangan caleg, uang bensin, dodge spelling
memo(13, {
    "font": "Calibri",
    "meta": {"title": "transkrip vn", "author": "Kaur Umum",
             "created": "2024-01-10T12:05:00Z", "revision": 1},
    "body": [
        {"p": "TRANSKRIP PESAN SUARA (VN) BPK KADES", "bold": True, "after": 0},
        {"p": "grup WA \u201cPERANGKAT DESA PEMEPEK DAYE\u201d, Rabu 10/01/2024 jam 19.12, durasi 2:47", "size": 20, "italic": True, "after": 0},
        {"p": "diketik oleh Kaur Umum krn ada yg hp nya tdk bisa putar VN", "size": 20, "italic": True, "after": 240},
        {"p": "\u201cAssalamualaikum warahmatullahi wabarakatuh. Side-side perangkat desa samian, kadus, kepala wilayah. Tiang mau sampaikan sedikit nggih.", "after": 80},
        {"p": "Besok malam Jumat ba\u2019da isya kita semua hadir di acara pelantikan tim pemenangan Mamiq Haji Sahnan untuk DPRD kabupaten, di berugak rumah beliau di Dasan Tengak. Ndek boleh ndek datang, tiang sudah janji sama beliau perangkat desa kita lengkap.", "after": 80},
        {"p": "Semua perangkat masuk jadi korlap dusun, nama-nama sudah tiang setor ke tim tadi siang, jadi nanti dipanggil namanya satu-satu waktu dilantik, pakai baju putih kopiah hitam.", "after": 80},
        {"p": "Terus tiap kadus bawa 20 orang warga, inaq-inaq juga boleh. Uang bensin 50 ribu per orang nanti dari tim, ambil di tiang habis acara. Lamun warga tanya pilih siapa, bilang {split:c0b|los} Mamiq Sahnan, n0mer urut 2, partai n0mer 5, jangan salah kotak, yg hijau itu kotak DPRD kabupaten.", "after": 80},
        {"p": "Oh iya, yang ambil foto-foto, kirim ke Kaur Umum buat laporan ke tim. Sudah itu saja. Matur tampiasih. Wassalamualaikum.\u201d", "after": 200},
        {"p": "--- selesai ---", "align": "center", "size": 20},
        {"p": "ctt: bagian menit 1:40 kurang jelas, ada suara motor. YG DITULIS DIATAS SUDAH SESUAI YG TERDENGAR.", "size": 18, "caps": False},
    ],
}, True, ["campaign-activity", "endorsement", "inducement"], [2, 4, 11],
    "Transkrip VN Kades (bahasa Sasak campur): perangkat wajib hadir 'pelantikan tim pemenangan' caleg, jadi korlap dusun, bawa warga dgn uang bensin 50 rb, 'c0blos ... n0mer urut 2'; tanpa kop")

# 014 -- Distrik, Papua: WA pengumuman hari pemungutan suara (compliant, informal)
memo(14, {
    "font": "Arial",
    "meta": {"title": "pengumuman 14 feb", "author": "Sekretaris Distrik",
             "created": "2024-02-09T07:30:00Z", "revision": 1},
    "body": [
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
        {"p": "untuk seluruh pegawai Kantor Distrik Kemtuk Hilir", "align": "center", "after": 0},
        {"p": "(isi sama dengan yang sudah dikirim di grup WA \u201cPEGAWAI DISTRIK KEMTUK HILIR\u201d)", "align": "center", "italic": True, "size": 20, "after": 240},
        {"p": "Selamat siang bapa mama ade kaka pegawai distrik samua. Sa mau kasi ingat beberapa hal untuk hari Rabu, 14 Februari 2024:", "after": 100},
        {"p": "1. Tanggal 14 itu hari libur nasional (Keppres No. 10 Tahun 2024), kantor tutup. Kitorang samua pi TPS masing-masing, jang golput, gunakan hak pilih dengan baik.\n2. Yang jadi anggota KPPS, PPS deng PPD su dapa surat dispensasi dari Kepala Distrik, tanggal 13 sampe 15 Februari tra usah masuk kantor, tapi kasi tau sa kalo tugas su selesai.\n3. Yang terdaftar di luar Kemtuk Hilir (kampung asal) dan tra sempat urus pindah memilih (A5), cek dulu di {link:https://cekdptonline.kpu.go.id|cekdptonline.kpu.go.id} TPS ko di mana.\n4. Kitong ASN harus netral. Jang pake baju partai atau kaos calon ke TPS, jang foto surat suara di bilik, jang suruh keluarga ato tetangga pilih ini pilih itu. Pilihan itu rahasia masing-masing.\n5. Tanggal 15 Februari kantor buka biasa jam 08.00 WIT, apel pagi seperti biasa.", "after": 160},
        {"p": "Kalo ada yang bingung, telpon sa sja. Tuhan Yesus berkati, trima kasih.", "after": 240},
        {"p": "Kemtuk Hilir, 9 Februari 2024", "indent": IND, "after": 0},
        {"p": "Sekretaris Distrik,", "indent": IND, "after": 480},
        {"p": "YAKOBUS SORONTOU, S.Sos.", "indent": IND, "bold": True, "after": 0},
    ],
}, False, [], [14, 11],
    "Informal (Melayu Papua): libur 14 Feb, 'gunakan hak pilih', dispensasi ASN yg jadi KPPS/PPS/PPD, cek DPT, larangan atribut; tanpa kop")

# 015 -- Dinas Pertanian, Kota Kei Raya: temu kangen penyuluh bersama calon wali kota (logistics only)
memo(15, {
    "font": "Tahoma", "size": 20,
    "meta": {"title": "Temu kangen penyuluh", "author": "Sekretariat Distan",
             "created": "2024-11-04T00:20:00Z", "revision": 2},
    "kop": {"placement": "table", "logo": "[LOGO KOTA KEI RAYA]", "lines": [
        "PEMERINTAH KOTA KEI RAYA",
        "DINAS PERTANIAN DAN KETAHANAN PANGAN",
        "Jl. Jenderal Sudirman, Langgur Baru – Kode Pos 97611"]},
    "body": [{"p": "\t\tLanggur Baru, 4 November 2024", "tabs": [[1418, "left"], [5670, "left"]], "after": 120}] + nomor([
        ("Nomor", "520/418/Distan-KR/XI/2024"),
        ("Sifat", "Segera"),
        ("Hal", "Temu Kangen Penyuluh dan Kelompok Tani bersama Bung Rudy"),
    ]) + [{"p": "", "after": 0}] + kepada([
        "Yth. Koordinator Penyuluh BPP", "se-Kota Kei Raya", "di", "\tLanggur Baru"]) + [
        para("Dalam rangka temu kangen penyuluh pertanian dan kelompok tani bersama Bung Rudy Renhoran, calon Wali Kota Kei Raya nomor urut 2, yang akan dilaksanakan pada hari Sabtu, 9 November 2024 pukul 15.00 WIT di Ohoi Ngilngof, bersama ini disampaikan pengaturan sebagai berikut:", first=709),
        {"table": [
            ["No", "Uraian", "Pengaturan"],
            ["1", "Peserta", "Setiap BPP membawa 5 penyuluh dan 25 anggota kelompok tani binaan; BPP Kei Kecil Barat 40 orang"],
            ["2", "Status penyuluh", "Dinas luar dengan SPPD dalam daerah; daftar hadir ditandatangani di lokasi"],
            ["3", "Kendaraan", "2 mobil dinas bidang penyuluhan dan 1 pick-up dinas angkut hasil panen untuk pameran"],
            ["4", "Pakaian", "Penyuluh kemeja PDL dinas, kelompok tani kaos biru yang dibagikan di lokasi"],
            ["5", "Konsumsi", "Dibebankan pada DPA kegiatan Penguatan Kelembagaan Petani TA 2024"],
            ["6", "Acara", "Sambutan Kepala Dinas, arahan beliau, dialog keluhan petani, foto bersama beliau"],
            ["7", "Dokumentasi", "Foto dan video dikirim ke Sekretariat Dinas paling lambat Senin, 11 November 2024"],
        ], "widths": [500, 2200, 6300], "borders": True, "header_row": True},
        para("Koordinator penyuluh agar memastikan jumlah peserta terpenuhi dan menyampaikan daftar nama paling lambat Kamis, 7 November 2024. Mengingat yang bersangkutan hanya sebentar di lokasi, peserta sudah duduk paling lambat pukul 14.30 WIT.", first=709, before=120),
    ] + ttd(["Plt. Kepala Dinas Pertanian dan", "Ketahanan Pangan Kota Kei Raya,"], "PAULUS RAHAYAAN, S.P., M.Si.", "NIP. 19760128 200312 1 005"),
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [3, 6, 7, 12, 13],
    "Surat berkop: 'temu kangen' penyuluh & kelompok tani dengan calon wali kota no. 2 (disebut sekali, lalu 'beliau'/'yang bersangkutan'); selanjutnya hanya logistik: SPPD dinas luar, mobil dinas, konsumsi DPA")


# ============================================================ chunk 4 (016-020)

# 016 -- BPKAD Papua Barat Daya: pencairan hibah Pilkada ke KPU/Bawaslu (compliant)
memo(16, {
    "font": "Arial", "size": 22,
    "meta": {"title": "ND pencairan hibah pilkada", "author": "Bidang Anggaran BPKAD",
             "created": "2024-06-10T01:30:00Z", "revision": 2},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN TAMBRAUW PESISIR",
        "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
        "Kompleks Perkantoran Bukit Werur, Tambrauw Pesisir"]},
    "footer": [{"p": "ND BPKAD 900.1.3/214 – halaman 1", "align": "right", "size": 16}],
    "body": title("NOTA DINAS") + [{"p": "", "after": 0}] + nomor([
        ("Kepada", "Yth. Sekretaris Daerah Kabupaten Tambrauw Pesisir"),
        ("Dari", "Kepala BPKAD"),
        ("Tanggal", "10 Juni 2024"),
        ("Nomor", "900.1.3/214/BPKAD/VI/2024"),
        ("Lampiran", "1 (satu) berkas"),
        ("Hal", "Pencairan Tahap II Dukungan Anggaran Pilkada Tahun 2024"),
    ]) + [{"p": "", "after": 0, "border_bottom": True}, {"p": "", "after": 0},
        para("Menindaklanjuti Naskah Perjanjian Hibah Daerah (NPHD) yang ditandatangani pada tanggal 10 November 2023, dengan hormat kami laporkan rencana pencairan tahap II dukungan anggaran penyelenggaraan Pemilihan Bupati dan Wakil Bupati serta Pemilihan Gubernur dan Wakil Gubernur Tahun 2024, sebagai berikut:", first=709),
        {"table": [
            ["Penerima", "Nilai NPHD (Rp)", "Tahap I 40% (telah cair)", "Tahap II 60% (rencana)"],
            ["KPU Kabupaten Tambrauw Pesisir", "38.500.000.000", "15.400.000.000", "23.100.000.000"],
            ["Bawaslu Kabupaten Tambrauw Pesisir", "14.200.000.000", "5.680.000.000", "8.520.000.000"],
            ["Polres (dukungan pengamanan)", "6.000.000.000", "2.400.000.000", "3.600.000.000"],
            ["Kodim (dukungan pengamanan)", "2.500.000.000", "1.000.000.000", "1.500.000.000"],
        ], "widths": [3200, 1900, 2000, 2000], "borders": True, "header_row": True},
    ] + numbered([
        ("1.", "Pencairan tahap II dilakukan setelah penerima menyampaikan laporan penggunaan tahap I dan permohonan pencairan yang ditandatangani ketua atau kepala satuan kerja."),
        ("2.", "Dana ditransfer ke rekening hibah masing-masing penerima dan tidak boleh dipindahkan ke rekening lain; sisa dana wajib dikembalikan ke kas daerah paling lambat tiga bulan setelah tahapan selesai."),
        ("3.", "Dukungan anggaran ini semata-mata untuk kelancaran tahapan penyelenggaraan dan pengamanan pemilihan, dan tidak berkaitan dengan pasangan calon mana pun."),
    ], after=80) + [
        para("Sebagai bagian dari upaya menyukseskan Pilkada Serentak 2024 yang jujur, adil dan damai di Tambrauw Pesisir, kami mohon persetujuan Bapak untuk proses penerbitan SP2D tahap II.", first=709, before=120),
    ] + ttd(["Kepala Badan Pengelolaan Keuangan", "dan Aset Daerah,"], "ABRAHAM YESNATH, S.E., M.Ak.", "NIP. 19780905 200502 1 001"),
}, False, [], [14],
    "Umpan: 'dukungan anggaran' hibah Pilkada kepada KPU, Bawaslu, Polres, Kodim; 'menyukseskan Pilkada'; netral terhadap paslon")

# 017 -- BKPSDM NTT: loyalitas pejabat, target suara per OPD, twibbon, ancaman non-job
memo(17, {
    "font": "Arial", "size": 22,
    "meta": {"title": "ND evaluasi jabatan", "author": "Bidang Mutasi",
             "created": "2024-09-26T02:00:00Z", "modified": "2024-09-27T08:10:00Z",
             "last_modified_by": "Kaban", "change_author": "Kaban BKPSDM", "revision": 9},
    "kop": {"placement": "body", "lines": [
        "PEMERINTAH KABUPATEN MANGGARAI TENGGARA",
        "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "Jl. Motang Rua No. 12, Borong Baru"]},
    "body": [{"p": "", "after": 0, "border_bottom": True}] + title("NOTA DINAS") + [{"p": "", "after": 0}] + nomor([
        ("Yth.", "Kepala Perangkat Daerah se-Kabupaten Manggarai Tenggara"),
        ("Dari", "Kepala BKPSDM"),
        ("Tanggal", "27 September 2024"),
        ("Nomor", "800.1.3/902/BKPSDM/IX/2024"),
        ("Sifat", "Rahasia"),
        ("Hal", "Evaluasi Kinerja dan Penataan Jabatan Awal Tahun 2025"),
    ]) + [{"p": "", "after": 0},
        para("Menindaklanjuti hasil rapat pimpinan tanggal 25 September 2024 yang dipimpin Bapak Bupati Drs. Fransiskus Jehaut, M.Si., bersama ini disampaikan hal-hal sebagai berikut:", first=709),
    ] + numbered([
        ("1.", "Evaluasi kinerja pejabat administrator dan pengawas untuk penataan jabatan awal tahun 2025 akan memperhatikan {del:capaian sasaran kinerja pegawai}{ins:loyalitas pejabat dalam mendukung Bapak Fransiskus Jehaut melanjutkan kepemimpinan dua periode}."),
        ("2.", "Dalam rapat tersebut disepakati target suara di TPS domisili pegawai masing-masing perangkat daerah minimal 80%. Hasil per TPS akan dicocokkan dengan data domisili pegawai pada SIMPEG."),
        ("3.", "Pejabat yang unit kerjanya berada di bawah target {del:akan diberikan pembinaan}{ins:masuk daftar evaluasi dan dapat tidak diusulkan kembali dalam jabatan (non-job)}."),
        ("4.", "Seluruh pegawai di lingkungan perangkat daerah mengganti foto profil WhatsApp dengan twibbon \u201cLanjut Bersama Pak Frans\u201d paling lambat 1 Oktober 2024. Kepala perangkat daerah memeriksa grup WA kantor masing-masing."),
    ]) + [
        {"p": "**Pelaporan**", "after": 60, "before": 120},
        para("Kepala Subbagian Umum dan Kepegawaian pada setiap perangkat daerah melaporkan daftar pegawai beserta alamat TPS dan kepatuhan penggantian foto profil kepada BKPSDM paling lambat 4 Oktober 2024, dalam amplop tertutup."),
        para("Demikian untuk menjadi perhatian.", first=709),
    ] + ttd(["Kepala BKPSDM", "Kabupaten Manggarai Tenggara,"], "KORNELIS NGADUT, S.H., M.H.", "NIP. 19710304 199803 1 011"),
}, True, ["endorsement", "social-media", "state-facility", "letterhead-misuse"], [1, 5, 8, 9, 10],
    "Nota dinas BKPSDM berkop ('Menindaklanjuti hasil rapat', bagian Pelaporan): penataan jabatan berdasar loyalitas mendukung bupati 'dua periode' (sisipan tracked), target suara 80% per OPD, ancaman non-job, twibbon 'Lanjut Bersama Pak Frans'")

# 018 -- Notulen rakor kecamatan Maluku Utara dengan KPU/Panwascam dan ketiga tim kampanye (compliant)
memo(18, {
    "engine": "libreoffice",
    "font": "Times New Roman",
    "meta": {"title": "notulen rakor kampanye", "author": "Kasi Pemerintahan",
             "created": "2024-09-24T08:00:00Z", "revision": 2},
    "body": [
        {"p": "NOTULEN RAPAT KOORDINASI", "align": "center", "bold": True, "after": 0},
        {"p": "PELAKSANAAN KAMPANYE PILKADA 2024 DI KECAMATAN OBA SELATAN RAYA", "align": "center", "bold": True, "after": 200},
        {"table": [
            ["Hari/Tanggal", "Selasa, 24 September 2024, pukul 10.00 WIT"],
            ["Tempat", "Aula Kantor Camat Oba Selatan Raya"],
            ["Pimpinan", "Camat Oba Selatan Raya"],
            ["Peserta", "PPK, Panwaslu Kecamatan, Kapolsek, Danramil, LO tim kampanye Paslon Gubernur 1, 2, 3 dan 4, LO tim kampanye Paslon Bupati 1, 2 dan 3, para kepala desa"],
        ], "widths": [2200, 6800], "borders": True},
        {"p": "Pokok bahasan dan hasil:", "bold": True, "before": 160, "after": 80},
    ] + numbered([
        ("1.", "PPK menyampaikan jadwal kampanye 25 September–23 November 2024. Penggunaan Lapangan Payahe dan Lapangan Kaiyasa diatur bergiliran: setiap pasangan calon mendapat jatah yang sama, diundi di hadapan semua LO. Hasil undian terlampir dan ditandatangani seluruh LO."),
        ("2.", "Zona pemasangan APK disepakati sama untuk semua pasangan calon. APK dilarang dipasang di kantor camat, kantor desa, sekolah, puskesmas, rumah ibadah dan pohon sepanjang jalan trans Halmahera."),
        ("3.", "Panwaslu Kecamatan mengingatkan kepala desa, perangkat desa dan ASN kecamatan tidak boleh hadir sebagai peserta kampanye, tidak boleh masuk tim, dan tidak boleh ikut membagikan bahan kampanye. Balai desa tidak dipinjamkan kepada tim kampanye mana pun."),
        ("4.", "LO Paslon Bupati 2 meminta agar pemberitahuan kampanye tatap muka cukup H-3. Disepakati berlaku untuk semua tim: pemberitahuan tertulis ke Polsek dan Panwaslu Kecamatan paling lambat 3 hari sebelum kegiatan."),
        ("5.", "Camat menegaskan kecamatan hanya memfasilitasi koordinasi dan keamanan, tidak memihak. Keluhan dari tim mana pun disampaikan lewat Panwaslu Kecamatan."),
    ], after=80) + [
        para("Rapat selesai pukul 12.15 WIT dalam suasana kondusif, ditutup dengan penandatanganan komitmen kampanye damai oleh seluruh LO.", before=120),
        {"p": "Oba Selatan Raya, 24 September 2024", "indent": IND, "after": 0, "before": 120},
        {"p": "Notulis,", "indent": IND, "after": 480},
        {"p": "**RAHMAT SOLEMAN**", "indent": IND, "after": 0},
        {"p": "Kasi Pemerintahan", "indent": IND, "after": 0},
    ],
}, False, [], [14],
    "Notulen rakor kecamatan yang memperlakukan semua paslon setara (undian lapangan, zona APK, pemberitahuan H-3), mengingatkan ASN/kades tidak ikut kampanye; tanpa kop")

# 019 -- SMP Negeri, Papua Barat: senam sehat bersama caleg DPR, kaos, posting & tag
memo(19, {
    "font": "Calibri",
    "meta": {"title": "Edaran senam minggu", "author": "TU SMPN 3",
             "created": "2024-01-22T03:20:00Z", "modified": "2024-01-23T00:40:00Z",
             "last_modified_by": "Kepsek", "change_author": "Kepsek", "revision": 4},
    "kop": {"placement": "table", "logo": "[LOGO TUT WURI]", "lines": [
        "PEMERINTAH KABUPATEN ARFAK PESISIR",
        "DINAS PENDIDIKAN DAN KEBUDAYAAN",
        "SMP NEGERI 3 ARFAK PESISIR",
        "Jl. Trikora Kampung Sowi Baru – NPSN 60404417"]},
    "footnotes": {"1": "Kaos, air mineral dan snack disiapkan tim beliau. Kehadiran guru dicatat pada daftar hadir sekolah dan menjadi bahan penilaian kedisiplinan."},
    "body": [{"p": "PENGUMUMAN / EDARAN KEPALA SEKOLAH", "align": "center", "bold": True, "after": 0},
             {"p": "Nomor: 421.3/014/SMPN3-AP/I/2024", "align": "center", "after": 240},
        para("Kepada Yth. Bapak/Ibu Guru dan Pegawai SMP Negeri 3 Arfak Pesisir."),
        para("Dengan hormat, bersama ini disampaikan bahwa pada hari Minggu, 28 Januari 2024 pukul 06.30 WIT akan dilaksanakan Senam Sehat Bersama Mama Tina di Lapangan Borarsi. Ibu Agustina Mandacan adalah calon anggota DPR RI Dapil Papua Barat nomor urut 1, anak daerah yang sudah banyak membantu sekolah kita lewat aspirasi.", first=709),
        para("Sehubungan dengan itu:", first=709),
    ] + numbered([
        ("1.", "Seluruh guru dan pegawai wajib hadir memakai kaos kuning yang dibagikan hari Jumat di ruang TU{fn:1}, boleh membawa keluarga."),
        ("2.", "Siswa kelas IX pengurus OSIS dan sanggar tari membawakan tarian penyambutan untuk Mama Tina; latihan Jumat dan Sabtu sore di sekolah, dipandu Ibu Yuliana Ullo."),
        ("3.", "Setelah acara, setiap guru mengunggah minimal 2 foto di Facebook atau Instagram dengan menandai akun {link:https://instagram.com/mamatinauntukpapuabarat|@MamaTinaUntukPapuaBarat} dan tagar #MamaTinaKeSenayan.{ins: Tangkapan layar unggahan dikirim ke wali kelas IX paling lambat Senin.}"),
        ("4.", "Pengeras suara dan tenda sekolah dipinjamkan untuk acara; petugas angkut Bapak Daniel Saiba dan Bapak Yoel Mansim dengan kendaraan operasional sekolah."),
    ]) + [
        para("Atas perhatian dan kehadirannya diucapkan terima kasih.", first=709, before=120),
    ] + ttd(["Sowi Baru, 23 Januari 2024", "Kepala Sekolah,"], "MARTHEN L. INDOW, S.Pd., M.Pd.", "NIP. 19750611 200012 1 004"),
}, True, ["campaign-activity", "social-media", "endorsement", "state-facility", "letterhead-misuse"], [3, 5, 7],
    "Edaran Kepsek berkop: guru wajib hadir 'Senam Sehat Bersama Mama Tina' (caleg DPR no. 1) berkaos kuning, siswa menari penyambutan, posting + tag akun & #MamaTinaKeSenayan, tenda/kendaraan sekolah")

# 020 -- Setda Maluku: Bupati petahana cuti di luar tanggungan negara (compliant)
memo(20, {
    "font": "Arial",
    "meta": {"title": "SE cuti kampanye bupati", "author": "Bagian Umum dan Protokol",
             "created": "2024-09-23T01:00:00Z", "revision": 3},
    "kop": {"placement": "body", "lines": [
        "PEMERINTAH KABUPATEN ARU SELATAN",
        "SEKRETARIAT DAERAH",
        "Jl. Yos Sudarso No. 1, Dobo Baru"]},
    "body": [{"p": "", "after": 0, "border_bottom": True},
             {"p": "Dobo Baru, 23 September 2024", "indent": IND, "after": 120}] + kepada([
        "Yth. Kepala Perangkat Daerah, Camat,", "dan Pimpinan BUMD", "se-Kabupaten Aru Selatan"]) + title(
        "SURAT EDARAN", "Nomor: 100.3.4/318/Setda/IX/2024") + [
        {"p": "Hal: Pelaksanaan Cuti di Luar Tanggungan Negara Bupati Aru Selatan selama Masa Kampanye", "align": "center", "bold": True, "after": 240},
    ] + numbered([
        ("1.", "Bupati Aru Selatan, Bapak Ir. Yosias Gaite, yang ditetapkan KPU sebagai pasangan calon dalam Pemilihan Bupati dan Wakil Bupati 2024, menjalani cuti di luar tanggungan negara selama masa kampanye terhitung 25 September sampai dengan 23 November 2024 sesuai izin Menteri Dalam Negeri."),
        ("2.", "Selama masa cuti, tugas dan wewenang Bupati dilaksanakan oleh Penjabat Sementara (Pjs.) Bupati yang ditunjuk Menteri Dalam Negeri. Seluruh undangan, naskah dinas dan permohonan audiensi yang ditujukan kepada Bupati dialamatkan kepada Pjs. Bupati."),
        ("3.", "Selama cuti, Bupati tidak menggunakan fasilitas yang melekat pada jabatan. Kendaraan dinas jabatan, ajudan, pengawal dan staf protokol ditarik ke Bagian Umum; rumah jabatan tidak boleh dipakai untuk kegiatan kampanye atau pertemuan tim."),
        ("4.", "Perangkat daerah tidak memfasilitasi, mengundang, atau menjadwalkan kegiatan dinas yang melibatkan pasangan calon mana pun, termasuk penyerahan bantuan, peresmian dan kunjungan kerja."),
        ("5.", "Seleksi kompetensi penerimaan calon ASN (CPNS dan PPPK) Tahun 2024 tetap berjalan sesuai jadwal BKN; calon peserta yang berhalangan hadir mengikuti ketentuan panitia seleksi nasional."),
        ("6.", "ASN tetap bersikap netral dan melaporkan kepada atasan apabila menerima permintaan fasilitas dari pihak mana pun yang berkaitan dengan kampanye."),
    ]) + [para("Demikian untuk menjadi perhatian dan dilaksanakan.", first=567, before=120)] + ttd(
        ["SEKRETARIS DAERAH,"], "Drs. JOHANIS UBRO, M.Si.", "Pembina Utama Madya (IV/d)\nNIP. 19680215 199303 1 008") + tembusan([
        "Menteri Dalam Negeri di Jakarta;", "Gubernur Maluku di Ambon;", "Ketua KPU dan Ketua Bawaslu Kabupaten Aru Selatan."]),
}, False, [], [14],
    "Bupati petahana (paslon) cuti di luar tanggungan negara; fasilitas jabatan ditarik, OPD tidak memfasilitasi paslon mana pun; umpan 'calon ASN/CPNS', 'calon peserta'")


# ============================================================ writer
def main():
    os.makedirs(SPEC_DIR, exist_ok=True)
    want = set()
    labels = {}
    for num, spec, label in sorted(MEMOS, key=lambda m: m[0]):
        name = "%s_%03d" % (BATCH, num)
        want.add(name + ".json")
        with open(os.path.join(SPEC_DIR, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(spec, f, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = label
    for fn in os.listdir(SPEC_DIR):
        if fn.endswith(".json") and fn not in want:
            os.remove(os.path.join(SPEC_DIR, fn))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(labels))


if __name__ == "__main__":
    main()
