#!/usr/bin/env python3
"""Batch b19: writes specs/b19_NNN.json and labels.json.

Helpers below only lay out standard naskah dinas furniture (nomor block, signature,
tembusan). Every memo's wording is written individually in its own function.
"""
import json
import os

BATCH = "b19"
HERE = os.path.dirname(os.path.abspath(__file__))
SPEC_DIR = os.path.join(HERE, "specs")

MEMOS = []


def memo(fn):
    MEMOS.append(fn)
    return fn


# ----------------------------------------------------------------- furniture helpers
def blank():
    return {"p": "", "after": 0}


def fields(rows, tab=1701, colon=1985):
    """Nomor / Sifat / Lampiran / Hal block as tab-aligned lines."""
    return [{"p": "%s\t:\t%s" % (k, v), "tabs": [[tab, "left"], [colon, "left"]],
             "indent": colon, "hanging": colon, "after": 0} for k, v in rows]


def ttd(lines, name, nip=None, indent=5103):
    out = [blank()]
    out += [{"p": l, "indent": indent, "after": 0, "align": "left"} for l in lines]
    out += [{"p": "", "indent": indent, "after": 0}] * 3
    out.append({"p": "**__%s__**" % name, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items, title="Tembusan:"):
    out = [blank(), {"p": title, "after": 0}]
    out += [{"p": "%d.\t%s" % (i + 1, t), "indent": 360, "hanging": 360, "tabs": [[360, "left"]],
             "after": 0} for i, t in enumerate(items)]
    return out


def num(items, indent=567, start=1, fmt="%d.", after=80):
    return [{"p": (fmt % (i + start)) + "\t" + t, "indent": indent, "hanging": indent,
             "tabs": [[indent, "left"]], "after": after, "align": "both"} for i, t in enumerate(items)]


def let(items, indent=567, after=60):
    return [{"p": "%s.\t%s" % (chr(97 + i), t), "indent": indent, "hanging": 425,
             "tabs": [[indent, "left"]], "after": after, "align": "both"} for i, t in enumerate(items)]


def para(t, **kw):
    d = {"p": t, "align": "both", "after": 120}
    d.update(kw)
    return d


def center(t, bold=True, **kw):
    d = {"p": t, "align": "center", "bold": bold, "after": 0}
    d.update(kw)
    return d


def LBL(violation, cats, classes, note):
    return {"violation": violation, "categories": cats if violation else [], "classes": classes, "note": note}


# ================================================================= memos 001-010
@memo
def m001():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "Jadwal penyaluran benih MT I", "author": "Bid. Tanaman Pangan",
                 "company": "DKPTPH Lamteng", "created": "2024-10-03T01:40:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN LAMPUNG TENGAH",
            "DINAS KETAHANAN PANGAN, TANAMAN PANGAN DAN HORTIKULTURA",
            "Jalan Raya Gunung Sugih Km. 3, Gunung Sugih 34161 Telp. (0725) 529417"]},
        "footer": [{"p": "Dipindai dengan CamScanner", "align": "right", "size": 14, "italic": True}],
        "body": [
            center("NOTA DINAS", size=26),
            blank(),
        ] + fields([
            ("Kepada", "Yth. Para Koordinator BPP se-Kabupaten Lampung Tengah"),
            ("Dari", "Kepala Dinas"),
            ("Tembusan", "Sekretaris Dinas; Kabid Tanaman Pangan"),
            ("Tanggal", "3 Oktober 2024"),
            ("Nomor", "521.1/ 7l4 /D.4/X/2024"),
            ("Sifat", "Segera"),
            ("Lampiran", "1 (satu) berkas CPCL"),
            ("Hal", "Jadwal Penyaluran Bantuan Benih Padi Inbrida dan Pupuk Organik Cair MT I 2024/2025"),
        ]) + [
            {"p": "", "border_bottom": True, "after": 120},
            para("Dalam rangka pelaksanaan DPA Dinas Tahun Anggaran 2024 pada Sub Kegiatan Penyediaan "
                 "Benih/Bibit Tanaman Pangan, bersama ini disampaikan jadwal penyaluran bantuan benih padi "
                 "inbrida varietas Inpari 32 dan pupuk organik cair (POC) kepada kelompok tani penerima sesuai "
                 "CPCL yang telah diverifikasi, dengan rincian sebagai berikut:"),
            {"table": [
                ["No", "Kecamatan", "Poktan", "Benih (kg)", "POC (liter)", "Waktu dan Tempat Penyerahan"],
                ["1", "Trimurjo", "14", "3.500", "700", "Selasa, 8 Oktober 2024 pkl. 09.00, Gudang BPP Trimurjo"],
                ["2", "Punggur", "11", "2.750", "550", "Rabu, 9 Oktober 2024 pkl. 09.00, Balai Kampung Tanggul Angin"],
                ["3", "Terbanggi Besar", "16", "4.000", "800",
                 "Sabtu, 12 Oktober 2024 pkl. O9.00, Lapangan Kampung Bandar Jaya Barat – diserahkan langsung "
                 "oIeh Pak Ardiansyah bersama tim pemenang an ARDI–WAYAN sesudah kampanye dia1ogis; ketua dan "
                 "anggota poktan hadir berbaju hijau, fotokopi KTP anggota dikumpul di meja posko relawan"],
                ["4", "Seputih Raman", "12", "3.000", "600", "Senin, 14 Oktober 2024 pkl. 08.30, Gudang BPP Seputih Raman"],
                ["5", "Kota Gajah", "9", "2.250", "450", "Selasa, 15 Oktober 2024 pkl. 09.00, Balai Kampung Kota Gajah Timur"],
                [{"p": "Jumlah", "span": 2, "align": "center"}, "62", "15.500", "3.100", ""],
            ], "widths": [550, 1450, 780, 930, 950, 4410], "header_row": True},
            blank(),
            para("Sehubungan dengan hal tersebut, diminta kepada Saudara untuk:", before=120),
        ] + num([
            "mengoordinasikan kehadiran ketua kelompok tani penerima pada waktu dan tempat sebagaimana tercantum di atas;",
            "memastikan kelengkapan berkas berupa SK pengukuhan poktan, RDKK, serta fotokopi KTP ketua dan anggota poktan rangkap 2 (dua);",
            "menyiapkan berita acara serah terima (BAST), tanda terima per poktan dan dokumentasi penyerahan.",
        ]) + [
            para("**Pelaporan**", after=40),
            para("Koordinator BPP menyampaikan laporan realisasi penyaluran beserta BAST paling lambat 7 (tujuh) "
                 "hari kerja setelah penyerahan kepada Bidang Tanaman Pangan."),
            para("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih."),
        ] + ttd(["Kepala Dinas Ketahanan Pangan,", "Tanaman Pangan dan Hortikultura", "Kabupaten Lampung Tengah,"],
                "Ir. SUPARMAN HADI, M.M.", "NIP. 19700812 199803 1 006"),
    }
    return spec, LBL(True, ["campaign-activity", "state-facility", "inducement", "letterhead-misuse"], [13, 8, 6, 10, 11],
                     "Nota dinas jadwal bantuan benih (APBD) yang wajar, tetapi satu sel tabel: bantuan diserahkan Pak Ardiansyah "
                     "bersama tim pemenangan ARDI-WAYAN sesudah kampanye dialogis, poktan berbaju hijau, KTP anggota dikumpulkan "
                     "di posko relawan. Teks OCR (oIeh, dia1ogis, pemenang an).")


@memo
def m002():
    spec = {
        "font": "Times New Roman", "size": 24,
        "meta": {"title": "Pengumuman OSIS dan Pemilu", "author": "TU SMPN 9", "created": "2024-02-01T00:30:00Z"},
        "kop": {"placement": "body", "lines": [
            "PEMERINTAH KOTA KENDARI", "DINAS PENDIDIKAN DAN KEBUDAYAAN", "SMP NEGERI 9 KENDARI",
            "Jalan Chairil Anwar No. 21 Kendari 93117, Pos-el: smpn9kendari@gmail.com"]},
        "body": [
            center("__PENGUMUMAN__", before=120),
            center("Nomor: 421.3/047/SMPN9/II/2024", bold=False),
            center("tentang", bold=False),
            center("PEMILIHAN KETUA OSIS MASA BAKTI 2024/2025 DAN KEGIATAN SEKOLAH", after=0),
            center("PADA HARI PEMUNGUTAN SUARA PEMILU 2024", after=200),
            para("Diberitahukan kepada seluruh peserta didik, Bapak/Ibu guru dan tenaga kependidikan SMP Negeri 9 "
                 "Kendari hal-hal sebagai berikut:"),
            para("**A. Pemilihan Ketua OSIS**", after=60),
        ] + num([
            "Berdasarkan hasil seleksi MPK, ditetapkan 3 (tiga) calon ketua OSIS, yaitu nomor urut 1 Muh. Fadli "
            "Ramadhan (VIII-2), nomor urut 2 Nur Aisyah Lestari (VIII-5), dan nomor urut 3 La Ode Aldi Saputra (VIII-1).",
            "Kampanye calon ketua OSIS hanya dilakukan pada jam istirahat di area yang ditentukan panitia. Poster "
            "kampanye paling besar ukuran A3 dan hanya ditempel di papan pengumuman kelas.",
            "Setiap calon boleh dibantu tim sukses paling banyak 5 (lima) siswa. Calon dan tim sukses dilarang "
            "membagikan jajanan, uang atau hadiah kepada pemilih.",
            "Jadwal kegiatan pemilihan:",
        ]) + [
            {"table": [
                ["Kegiatan", "Waktu", "Tempat"],
                ["Masa kampanye calon", "Senin–Rabu, 5–7 Februari 2024", "Lingkungan sekolah"],
                ["Debat calon ketua OSIS", "Kamis, 8 Februari 2024, 08.00–10.00", "Aula sekolah"],
                ["Pemungutan dan penghitungan suara", "Jumat, 9 Februari 2024, 07.30–11.00", "Aula sekolah"],
            ], "widths": [3200, 3400, 2400], "header_row": True},
            para("Bilik dan kotak suara untuk pemilihan OSIS dipinjam dari KPU Kota Kendari sebagai bagian dari "
                 "sosialisasi pemilih pemula; siswa memilih dengan cara mencoblos surat suara.", before=120),
            para("**B. Hari Pemungutan Suara Pemilu, Rabu 14 Februari 2024**", after=60),
        ] + num([
            "Sesuai Keputusan Presiden Nomor 10 Tahun 2024, tanggal 14 Februari 2024 merupakan hari libur nasional. "
            "Kegiatan belajar mengajar diliburkan dan dilanjutkan Kamis, 15 Februari 2024.",
            "Guru dan tenaga kependidikan yang ditetapkan sebagai anggota KPPS atau PPS agar menyerahkan fotokopi SK "
            "ke Tata Usaha paling lambat 9 Februari 2024 untuk pengaturan jam mengajar pada 13 dan 15 Februari 2024.",
            "Bapak/Ibu yang terdaftar dalam DPT dimohon menggunakan hak pilihnya di TPS masing-masing.",
            "Sebagai ASN, guru wajib menjaga netralitas: tidak mengarahkan peserta didik maupun orang tua untuk memilih "
            "calon atau partai tertentu, tidak memasang alat peraga kampanye di lingkungan sekolah, dan tidak membahas "
            "pilihan politik di dalam kelas.",
        ]) + [
            para("Demikian pengumuman ini untuk diperhatikan dan dilaksanakan.", before=120),
        ] + ttd(["Kendari, 1 Februari 2024", "Kepala Sekolah,"], "Hj. WA ODE SITTI RAHMA, S.Pd., M.Pd.",
                "NIP. 19720415 199702 2 003"),
    }
    return spec, LBL(False, [], [14],
                     "Umpan: pemilihan ketua OSIS (calon, kampanye, tim sukses, mencoblos) dan logistik Pemilu (libur, KPPS, hak pilih, netralitas guru).")


@memo
def m003():
    spec = {
        "font": "Calibri", "size": 22,
        "meta": {"title": "", "author": "Yayah", "created": "2024-10-14T00:15:00Z"},
        "header": [{"p": "Diteruskan dari WhatsApp – 14/10/24 07.12", "size": 16, "italic": True}],
        "body": [
            {"p": "*Fwd: dari grup KAPUS – punten diteruskeun ka sadaya pagawe*", "bold": True, "after": 120},
            "Assalamualaikum wr.wb. Wilujeng enjing rekan2 PKM Cikajang sadayana 🙏",
            "Ngawitan dinten ieu punten sadayana pegawai (PNS, PPPK, honorer, sukwan) follow IG "
            "{link:https://www.instagram.com/kangasep.garut|@kangasep.garut} sareng @asepeuis_ngahiji, tiap "
            "postingan di like + share ka status WA masing2.",
            "PP WA diganti ku twibbon ASEP–EUIS GARUT NGAHIJI, link na di handap. Paling lambat Jumat, screenshot "
            "kirim japri ka Bu Yayah (TU), nu teu acan ganti bakal didata.",
            "{link:https://www.twibbonize.com/asepeuisngahiji|twibbonize.com/asepeuisngahiji}",
            "Para bidan desa tolong wargi2 binaan sareng kader ogé diajak, sampaikeun Kang Asep téh nu paling "
            "merhatoskeun puskesmas urang. Ulah hilap tgl 27 Nopember c0blos nomer 2 nya, lanjutkeun!!",
            "INGET, ULAH DIPOSTING DI GRUP RESMI DINKES, cukup japri wungkul.",
            "Hatur nuhun. – Kapus",
        ],
    }
    return spec, LBL(True, ["social-media", "endorsement"], [11, 5, 1],
                     "Siaran WA Kepala Puskesmas: pegawai wajib follow/like/share akun Kang Asep, twibbon ASEP-EUIS, "
                     "ajak warga binaan 'c0blos nomer 2'. Tanpa kop.")


@memo
def m004():
    dilarang = [
        "memasang spanduk, baliho, stiker atau alat peraga lain yang mempromosikan pasangan calon;",
        "melakukan sosialisasi atau kampanye melalui media sosial, termasuk mengunggah, menanggapi (like), "
        "mengomentari, membagikan (share) dan mengikuti (follow) akun pasangan calon atau tim kampanye, serta "
        "memakai twibbon atau foto profil bergambar pasangan calon;",
        "menghadiri deklarasi pasangan calon, baik dengan maupun tanpa menggunakan atribut;",
        "ikut serta sebagai pelaksana atau peserta kampanye, baik rapat umum, kampanye dialogis maupun pertemuan terbatas;",
        "mengikuti silaturahmi, ramah tamah, jalan sehat, senam bersama atau nonton bareng yang diselenggarakan "
        "pasangan calon atau tim pemenangannya;",
        "berfoto bersama pasangan calon dengan mengikuti simbol gerakan tangan yang menunjukkan keberpihakan;",
        "menjadi anggota tim kampanye, tim pemenangan, relawan atau saksi pasangan calon;",
        "menggunakan fasilitas negara berupa kendaraan dinas, gedung kantor, rumah dinas, anggaran, peralatan kantor "
        "dan akun media sosial resmi perangkat daerah, serta jam kerja, untuk kepentingan pasangan calon;",
        "membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon selama masa kampanye;",
        "memberikan atau menjanjikan uang, barang, sembako, bantuan sosial atau fasilitas lain kepada pegawai, "
        "keluarga maupun masyarakat agar memilih pasangan calon tertentu;",
        "mengumpulkan fotokopi KTP atau surat pernyataan dukungan bagi bakal pasangan calon maupun pasangan calon.",
    ]
    spec = {
        "font": "Bookman Old Style", "size": 24,
        "meta": {"title": "SE Netralitas ASN Pilkada 2024", "author": "Bag. Hukum", "company": "Pemkab Sidoarjo",
                 "created": "2024-09-30T03:00:00Z"},
        "kop": {"placement": "header", "lines": ["BUPATI SIDOARJO", "PROVINSI JAWA TIMUR"]},
        "footer": [{"p": "Dokumen ini juga tersedia di JDIH Kabupaten Sidoarjo", "size": 16, "align": "center"}],
        "body": [
            {"p": "Sidoarjo, 30 September 2024", "align": "right", "after": 120},
            {"p": "Yth.", "after": 0},
        ] + num(["Sekretaris Daerah;", "Asisten dan Staf Ahli Bupati;", "Kepala Perangkat Daerah;",
                 "Camat dan Lurah;", "Kepala Sekolah dan Kepala Puskesmas"], indent=425, after=0) + [
            {"p": "se-Kabupaten Sidoarjo", "indent": 425, "after": 200},
            center("SURAT EDARAN"),
            center("NOMOR 000.1.5/ 2187 /438.1.1.3/2024", bold=False),
            center("TENTANG", bold=False),
            center("NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR JAWA TIMUR "
                   "SERTA BUPATI DAN WAKIL BUPATI SIDOARJO TAHUN 2024", after=200),
        ] + num([
            "Dasar: Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati dan Wali Kota; Undang-Undang "
            "Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara; Peraturan Pemerintah Nomor 94 Tahun 2021 tentang "
            "Disiplin PNS; serta Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, Ketua KASN dan "
            "Ketua Bawaslu tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN.",
            "Setiap ASN (PNS dan PPPK) di lingkungan Pemerintah Kabupaten Sidoarjo dilarang:",
        ]) + let(dilarang, indent=992) + num([
            "Kepala Perangkat Daerah, Camat dan Kepala Sekolah wajib mengawasi netralitas pegawai di unit kerjanya "
            "dan melaporkan setiap dugaan pelanggaran kepada BKPSDM. Pelanggaran dikenai hukuman disiplin sesuai "
            "Peraturan Pemerintah Nomor 94 Tahun 2021.",
            "ASN tetap menggunakan hak pilihnya pada hari pemungutan suara, Rabu 27 November 2024, di TPS sesuai DPT.",
            "Pengaduan masyarakat dapat disampaikan melalui "
            "{link:https://bkpsdm.sidoarjokab.go.id/netralitas|kanal pengaduan netralitas ASN} atau Bawaslu Kabupaten Sidoarjo.",
        ], start=3) + [
            para("Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab.", before=120),
        ] + ttd(["BUPATI SIDOARJO,"], "H. MOCH. ARIFIN HIDAYAT", None, indent=5670) + tembusan([
            "Menteri Dalam Negeri di Jakarta;", "Kepala Badan Kepegawaian Negara di Jakarta;",
            "Gubernur Jawa Timur di Surabaya;", "Ketua Bawaslu Kabupaten Sidoarjo."]),
    }
    return spec, LBL(False, [], [14], "Surat edaran netralitas ASN Pilkada 2024 yang memuat semua larangan (twibbon, deklarasi, KTP, fasilitas).")


@memo
def m005():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "Agenda Pekan II Oktober", "author": "Sekcam", "created": "2024-10-07T00:05:00Z"},
        "kop": {"placement": "table", "logo": "LOGO KOTA MAKASSAR", "lines": [
            "PEMERINTAH KOTA MAKASSAR", "KECAMATAN RAPPOCINI",
            "Jalan Tidung Raya No. 9 Makassar 90222 Telp. (0411) 861204"]},
        "body": [
            center("NOTA DINAS", before=200, after=120),
        ] + fields([
            ("Kepada", "Yth. Para Lurah se-Kecamatan Rappocini"),
            ("Dari", "Camat Rappocini"),
            ("Tanggal", "7 Oktober 2024"),
            ("Nomor", "000.1.2/ 311 /KR/X/2024"),
            ("Sifat", "Penting"),
            ("Hal", "Agenda Kegiatan Kecamatan Pekan II Oktober 2024"),
        ]) + [
            {"p": "", "border_bottom": True, "after": 120},
            para("Bersama ini disampaikan agenda kegiatan Kecamatan Rappocini untuk pekan kedua bulan Oktober 2024 "
                 "sebagai berikut:"),
            {"table": [
                ["Hari/Tanggal", "Kegiatan", "Tempat", "Peserta/Keterangan"],
                ["Senin, 7 Okt 2024 pkl. 07.30", "Apel pagi dan pengarahan Camat", "Halaman Kantor Kecamatan",
                 "Seluruh ASN dan non-ASN kecamatan"],
                ["Selasa, 8 Okt 2024 pkl. 09.00", "Rapat koordinasi percepatan penurunan stunting", "Aula Kantor Kecamatan",
                 "Lurah, Ketua TP PKK kelurahan, Kepala Puskesmas Kassi-Kassi"],
                ["Rabu, 9 Okt 2024 pkl. 08.00", "Penilaian lomba Lorong Wisata tingkat kecamatan", "Kelurahan Gunung Sari",
                 "Tim penilai, lurah dan ketua RT setempat"],
                ["Kamis, 10 Okt 2024 pkl. 19.30", "Silaturahmi dan ramah tamah bersama Ibu Andi Nurhayati Sau', S.E. – "
                 "\"Makassar Lanjut Dua Periode\"", "Gedung Serbaguna Kecamatan",
                 "Lurah dan staf kelurahan wajib hadir berbaju putih; tiap kelurahan membawa 30 warga (ketua RT/RW, "
                 "kader); dokumentasi diunggah di akun Instagram kelurahan dengan tagar #MakassarLanjutDuaPeriode"],
                ["Jumat, 11 Okt 2024 pkl. 07.00", "Senam sehat dan Jumat bersih", "Halaman Kantor Kecamatan",
                 "Seluruh pegawai kecamatan dan kelurahan"],
            ], "widths": [1700, 2600, 1800, 2970], "header_row": True},
            para("Lurah agar menyampaikan daftar nama peserta setiap kegiatan kepada Sekretaris Camat paling lambat "
                 "Senin, 7 Oktober 2024 pukul 14.00 WITA.", before=120),
            para("Demikian disampaikan untuk dilaksanakan."),
        ] + ttd(["Camat Rappocini,"], "ANDI M. YUSRAN, S.STP., M.Si.", "NIP. 19830304 200212 1 002"),
    }
    return spec, LBL(True, ["endorsement", "campaign-activity", "social-media", "state-facility", "letterhead-misuse"],
                     [3, 1, 5, 12],
                     "Agenda rutin kecamatan; satu baris: ramah tamah bersama Ibu Andi Nurhayati 'Makassar Lanjut Dua Periode', "
                     "lurah/staf wajib hadir berbaju putih bawa warga, gedung kecamatan, unggah di IG kelurahan dengan tagar.")


@memo
def m006():
    spec = {
        "engine": "libreoffice",
        "font": "Arial", "size": 22,
        "meta": {"title": "ND hibah Pilgub tahap II", "author": "Bid. Anggaran", "company": "BPKAD Provinsi Jambi",
                 "created": "2024-07-15T02:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH PROVINSI JAMBI", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
            "Jalan Jenderal Ahmad Yani No. 1 Telanaipura, Jambi 36122"]},
        "footnotes": {
            "1": "Permendagri Nomor 54 Tahun 2019 tentang Pendanaan Kegiatan Pemilihan Gubernur, Bupati dan Wali Kota "
                 "yang Bersumber dari APBD, sebagaimana telah diubah dengan Permendagri Nomor 41 Tahun 2020.",
            "2": "Pencairan tahap II sebesar 60% dilakukan paling lambat 4 (empat) bulan sebelum hari pemungutan suara.",
        },
        "body": [
            center("NOTA DINAS", size=26, after=120),
        ] + fields([
            ("Kepada", "Yth. Sekretaris Daerah Provinsi Jambi"),
            ("Dari", "Kepala BPKAD Provinsi Jambi"),
            ("Tanggal", "15 Juli 2024"),
            ("Nomor", "900.1.3/ 1462 /BPKAD"),
            ("Sifat", "Segera"),
            ("Lampiran", "1 (satu) berkas"),
            ("Hal", "Penyaluran Tahap II Belanja Hibah Pendanaan Pemilihan Gubernur dan Wakil Gubernur Jambi Tahun 2024"),
        ]) + [
            {"p": "", "border_bottom": True, "after": 120},
        ] + num([
            "Berdasarkan Naskah Perjanjian Hibah Daerah (NPHD) yang ditandatangani pada 10 November 2023, Pemerintah "
            "Provinsi Jambi memberikan dukungan anggaran penyelenggaraan dan pengawasan Pemilihan Gubernur dan Wakil "
            "Gubernur Jambi Tahun 2024 kepada KPU Provinsi Jambi dan Bawaslu Provinsi Jambi, serta dukungan pengamanan "
            "kepada Polda Jambi dan Korem 042/Garuda Putih.{fn:1}",
            "Tahap I sebesar 40% telah disalurkan pada bulan Desember 2023. Tahap II sebesar 60% wajib disalurkan "
            "paling lambat 27 Juli 2024{fn:2}, dengan rincian sebagai berikut:",
        ]) + [
            {"table": [
                ["No", "Penerima Hibah", "Nilai NPHD (Rp)", "Tahap I 40% (Rp)", "Tahap II 60% (Rp)"],
                ["1", "KPU Provinsi Jambi", "165.000.000.000", "66.000.000.000", "99.000.000.000"],
                ["2", "Bawaslu Provinsi Jambi", "65.000.000.000", "26.000.000.000", "39.000.000.000"],
                ["3", "Polda Jambi (pengamanan)", "40.000.000.000", "16.000.000.000", "24.000.000.000"],
                ["4", "Korem 042/Gapu (dukungan pengamanan)", "9.000.000.000", "3.600.000.000", "5.400.000.000"],
                [{"p": "Jumlah", "span": 2, "align": "center"}, "279.000.000.000", "111.600.000.000", "167.400.000.000"],
            ], "widths": [500, 2870, 1900, 1900, 1900], "header_row": True},
            blank(),
        ] + num([
            "Dana tahap II pada KPU antara lain digunakan untuk fasilitasi kampanye berupa pencetakan alat peraga "
            "kampanye dan bahan kampanye bagi seluruh pasangan calon secara setara, penyelenggaraan debat publik "
            "pasangan calon, serta pengadaan logistik pemungutan suara. Bawaslu menggunakannya untuk pengawasan tahapan "
            "kampanye dan honorarium Pengawas TPS.",
            "Sehubungan dengan hal tersebut, kami mohon persetujuan Bapak untuk penerbitan SP2D tahap II setelah "
            "penerima hibah menyampaikan laporan penggunaan dana tahap I dan surat permohonan pencairan.",
        ], start=3) + [
            para("Demikian disampaikan, mohon arahan Bapak."),
        ] + ttd(["Kepala Badan Pengelolaan Keuangan", "dan Aset Daerah Provinsi Jambi,"], "Drs. SYAHRIAL EFENDI, M.Si.",
                "NIP. 19690307 199203 1 004"),
    }
    return spec, LBL(False, [], [14], "Hibah/dukungan anggaran Pilgub kepada KPU, Bawaslu, aparat; fasilitasi kampanye setara oleh KPU.")


@memo
def m007():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "ND fasilitasi kegiatan 13 Jan", "author": "Setwan Sulteng", "created": "2024-01-08T07:20:00Z"},
        "kop": {"placement": "header", "lines": [
            "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", "PROVINSI SULAWESI TENGAH",
            "Jalan Sam Ratulangi No. 11 Palu 94111"]},
        "body": [
            center("NOTA DINAS", size=26, after=120),
        ] + fields([
            ("Kepada", "1. Kepala Bagian Umum dan Keuangan\n2. Kepala Subbagian Rumah Tangga\n3. Kepala Bagian Persidangan"),
            ("Dari", "Sekretaris DPRD"),
            ("Tanggal", "8 Januari 2024"),
            ("Nomor", "000.1.5/ 024 /Setwan"),
            ("Sifat", "Segera / Terbatas"),
            ("Hal", "Pelantikan Tim Pemenangan dan Konsolidasi Relawan Partai Gerakan Rakyat Sejahtera (PGRS) "
                    "Tingkat Provinsi Sulawesi Tengah"),
        ]) + [
            {"p": "", "border_bottom": True, "after": 120},
            para("Menindaklanjuti arahan Pimpinan, dengan hormat disampaikan hal-hal sebagai berikut:"),
        ] + num([
            "Kegiatan dilaksanakan pada Sabtu, 13 Januari 2024 pukul 19.30 WITA s.d. selesai, bertempat di Ruang Sidang "
            "Utama Gedung DPRD Provinsi Sulawesi Tengah.",
            "Kepala Bagian Umum dan Keuangan agar menyiapkan sound system dan 6 (enam) mikrofon nirkabel, 350 kursi, "
            "layar LED dan proyektor, genset cadangan, serta pengaturan parkir di halaman gedung.",
            "Kepala Subbagian Rumah Tangga menyiapkan 4 (empat) unit kendaraan dinas operasional untuk penjemputan "
            "peserta dari Kabupaten Sigi, Donggala dan Parigi Moutong pada siang hari, dengan BBM dari persediaan kantor.",
            "Konsumsi 350 kotak nasi dan snack dibebankan pada Sub Kegiatan Penyelenggaraan Rapat Alat Kelengkapan Dewan.",
            "Kepala Bagian Persidangan menugaskan 10 (sepuluh) orang staf sebagai penerima tamu dan petugas registrasi. "
            "Kehadiran staf dicatat sebagai kerja lembur.",
            "Spanduk dan backdrop disiapkan oleh panitia; petugas kebersihan membantu pemasangan mulai Jumat, "
            "12 Januari 2024 pukul 16.00 WITA.",
        ]) + [
            para("Demikian disampaikan untuk dilaksanakan dengan penuh tanggung jawab.", before=120),
        ] + ttd(["Sekretaris DPRD", "Provinsi Sulawesi Tengah,"], "Drs. MUH. RIZAL LAMASITUDJU, M.Si.",
                "NIP. 19680921 199403 1 005"),
    }
    return spec, LBL(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6, 12],
                     "Hal: pelantikan tim pemenangan & konsolidasi relawan partai PGRS; isi hanya logistik: ruang sidang DPRD, "
                     "mobil dinas, BBM kantor, konsumsi dari anggaran rapat, staf sebagai penerima tamu (lembur).")


@memo
def m008():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "LHP Khusus netralitas Camat", "author": "Irban Wilayah III", "company": "Inspektorat Provinsi Sulsel",
                 "created": "2024-12-09T01:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH PROVINSI SULAWESI SELATAN", "INSPEKTORAT DAERAH",
            "Jalan Urip Sumoharjo No. 269 Makassar 90231"]},
        "body": [
            center("LAPORAN HASIL PEMERIKSAAN KHUSUS"),
            center("Nomor: 700.1.2.2/ 118 /LHP-KHUSUS/ITPROV/XII/2024", bold=False),
            center("Dugaan Pelanggaran Netralitas ASN dalam Pemilihan Bupati dan Wakil Bupati Wajo Tahun 2024",
                   bold=False, after=200),
            para("**I. DASAR**", after=60),
        ] + num([
            "Surat Bawaslu Kabupaten Wajo Nomor 142/PP.01.02/K.SN-17/10/2024 perihal Penerusan Dugaan Pelanggaran "
            "Peraturan Perundang-undangan Lainnya (netralitas ASN).",
            "Surat Perintah Tugas Inspektur Daerah Nomor 700.1.2.1/1987/ITPROV tanggal 4 November 2024.",
        ]) + [
            para("**II. IDENTITAS TERPERIKSA**", after=60),
            {"table": [
                ["Nama", "Drs. MUH. RIDWAN PATIROI"],
                ["NIP", "19720611 199303 1 008"],
                ["Pangkat/Golongan", "Pembina Tingkat I / IV.b"],
                ["Jabatan", "Camat Tanasitolo, Kabupaten Wajo"],
            ], "widths": [2800, 6270], "borders": False},
            para("**III. URAIAN FAKTA**", before=120, after=60),
        ] + num([
            "Pada 14 Oktober 2024 pukul 20.41 WITA Terperiksa mengirim pesan pada grup WhatsApp \"Kades & Lurah "
            "Tanasitolo\" yang berbunyi: %%\"Bapak/Ibu kades, mari kita kawal Pak Haji Baso memimpin kembali Wajo "
            "dua periode. Kumpulkan fotokopi KTP warga minimal 100 per desa, setor ke kantor camat hari Sabtu.\"%%",
            "Pesan tersebut disertai foto Terperiksa bersama pasangan calon nomor urut 2 sambil mengacungkan simbol dua jari.",
            "Tiga kepala desa yang diperiksa sebagai saksi membenarkan menerima pesan tersebut; dua di antaranya telah "
            "menyerahkan fotokopi KTP warga ke kantor camat pada 19 Oktober 2024.",
            "Dalam permintaan keterangan tanggal 11 November 2024, Terperiksa mengakui mengirim pesan dan foto tersebut.",
        ]) + [
            para("**IV. KESIMPULAN**", after=60),
            para("Terperiksa terbukti tidak menjaga netralitas sebagaimana diatur dalam Pasal 9 ayat (2) Undang-Undang "
                 "Nomor 20 Tahun 2023 tentang ASN dan melanggar Pasal 5 huruf n Peraturan Pemerintah Nomor 94 Tahun "
                 "2021 tentang Disiplin PNS."),
            para("**V. REKOMENDASI**", after=60),
        ] + num([
            "Bupati Wajo selaku Pejabat Pembina Kepegawaian menjatuhkan hukuman disiplin berat berupa pembebasan dari "
            "jabatan menjadi jabatan pelaksana selama 12 (dua belas) bulan.",
            "Fotokopi KTP warga yang telah terkumpul di kantor camat dikembalikan kepada kepala desa masing-masing dan "
            "dibuatkan berita acara.",
            "Inspektorat Kabupaten Wajo melakukan pemantauan tindak lanjut dan melaporkannya dalam 30 hari.",
        ]) + ttd(["Makassar, 9 Desember 2024", "Inspektur Daerah", "Provinsi Sulawesi Selatan,"],
                 "Dr. H. ANDI MUHAMMAD ARSYAD, M.Si.", "NIP. 19700514 199503 1 002"),
    }
    return spec, LBL(False, [], [14], "LHP Inspektorat yang mengutip pesan pelanggaran (kawal Pak Haji Baso dua periode, kumpulkan KTP) dan merekomendasikan sanksi.")


@memo
def m009():
    spec = {
        "font": "Calibri", "size": 22,
        "meta": {"title": "Notulen rakor PKH TKSK 26092024", "author": "Linjamsos", "company": "Dinsos Kota Medan",
                 "created": "2024-09-26T10:10:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KOTA MEDAN", "DINAS SOSIAL", "Jalan Pinang Baris No. 114 Medan 20128"]},
        "body": [
            center("NOTULEN RAPAT", size=26, after=120),
            {"table": [
                ["Hari/Tanggal", ": Kamis, 26 September 2024"],
                ["Waktu", ": 14.00 – 16.30 WIB"],
                ["Tempat", ": Ruang Rapat Lantai 2 Dinas Sosial Kota Medan"],
                ["Pimpinan Rapat", ": Kepala Dinas Sosial"],
                ["Peserta", ": Kabid Perlindungan dan Jaminan Sosial, Koordinator Kota PKH, pendamping PKH "
                            "21 kecamatan, TKSK"],
                ["Acara", ": Evaluasi penyaluran bantuan sosial Triwulan III dan tindak lanjut"],
            ], "widths": [2200, 6870], "borders": False},
            para("**A. Pembukaan**", before=120, after=60),
            para("Menindaklanjuti hasil musyawarah pimpinan tanggal 23 September 2024, Kepala Dinas membuka rapat dan "
                 "menyampaikan apresiasi atas penyaluran BPNT tahap III yang telah mencapai 97,4%."),
            para("**B. Pembahasan**", after=60),
        ] + num([
            "Koordinator Kota PKH melaporkan 3.112 KPM belum melakukan pemutakhiran data nomor rekening dan domisili.",
            "Kabid Linjamsos menyampaikan jadwal verifikasi lapangan DTKS pada bulan Oktober 2024.",
            "Kepala Dinas menyampaikan bahwa Bapak H. Rahmat Hidayat Siregar, S.E., pasangan nomor urut 1 pada Pilkada "
            "Kota Medan, yang selama ini banyak membantu program perlindungan sosial, akan menggelar deklarasi "
            "dukungan dan konsolidasi relawan pada Minggu, 6 Oktober 2024 di Lapangan Merdeka.",
        ]) + [
            para("**C. Kesepakatan**", after=60),
        ] + let([
            "Pemutakhiran data KPM diselesaikan paling lambat 31 Oktober 2024.",
            "Pendamping PKH dan TKSK mengarahkan KPM dampingannya hadir pada deklarasi tersebut dengan membawa KTP; "
            "setiap pendamping ditargetkan minimal 40 KPM.",
            "Pendamping PKH dan TKSK didaftarkan sebagai relawan beliau di kecamatan masing-masing.",
            "Target suara bagi beliau di basis KPM minimal 65% per kelurahan.",
            "KPM yang tidak hadir dan tidak mendukung dicatat untuk dipertimbangkan dalam usulan graduasi atau "
            "penangguhan bantuan periode berikutnya.",
        ]) + [
            para("**D. Pelaporan**", before=60, after=60),
            para("Rekap kehadiran KPM dan rekap pemutakhiran data disampaikan setiap Jumat kepada Koordinator Kota "
                 "melalui grup koordinasi."),
            para("Rapat ditutup pukul 16.30 WIB."),
            {"table": [
                [["Mengetahui,", "Kepala Dinas Sosial Kota Medan,", "", "", "", "**__Drs. TIGOR P. NAINGGOLAN, M.AP.__**",
                  "NIP. 19710228 199603 1 003"],
                 ["Notulis,", "", "", "", "", "**__NURHAYATI LUBIS, S.Sos.__**", "NIP. 19850917 201001 2 009"]],
            ], "widths": [4535, 4535], "borders": False},
        ],
    }
    return spec, LBL(True, ["endorsement", "campaign-activity", "inducement", "state-facility", "letterhead-misuse"],
                     [9, 8, 10, 7, 2, 4],
                     "Notulen rakor bansos: kesepakatan arahkan KPM ke deklarasi dukungan Rahmat Hidayat Siregar (no. 1), "
                     "pendamping jadi relawan beliau, target suara 65%, KPM yang tidak mendukung diusulkan graduasi/penangguhan.")


@memo
def m010():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "Undangan Germas & KTR", "author": "Promkes", "created": "2024-01-19T02:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN KULON PROGO", "DINAS KESEHATAN", "UPT PUSKESMAS PENGASIH I",
            "Jalan Wates–Kalibawang Km. 4, Pengasih, Kulon Progo 55652"]},
        "body": [
            {"p": "Pengasih, 19 Januari 2024", "align": "right", "after": 120},
        ] + fields([
            ("Nomor", "440/ 061 /PKM.Pgs.I/I/2024"),
            ("Lampiran", "1 (satu) lembar"),
            ("Hal", "Undangan Kampanye Germas dan Deklarasi Kalurahan Bebas Asap Rokok"),
        ], tab=1418, colon=1701) + [
            blank(),
            {"p": "Yth.", "after": 0},
            {"p": "1. Lurah Kalurahan Karangsari", "indent": 284, "after": 0},
            {"p": "2. Ketua TP PKK Kalurahan Karangsari", "indent": 284, "after": 0},
            {"p": "3. Kader kesehatan padukuhan se-Kalurahan Karangsari", "indent": 284, "after": 0},
            {"p": "di tempat", "after": 120},
            para("Dalam rangka Kampanye Gerakan Masyarakat Hidup Sehat (Germas) serta dukungan terhadap program "
                 "percepatan penurunan stunting, UPT Puskesmas Pengasih I bersama Pemerintah Kalurahan Karangsari akan "
                 "menyelenggarakan kegiatan pada:"),
            {"table": [
                ["Hari, tanggal", ": Sabtu, 27 Januari 2024"],
                ["Waktu", ": 06.30 – 11.00 WIB"],
                ["Tempat", ": Lapangan Kalurahan Karangsari"],
                ["Acara", ": senam bersama, cek kesehatan gratis (tensi, gula darah, IVA), Deklarasi Kalurahan Bebas "
                          "Asap Rokok, dan pengukuhan Tim Sukses Program Kalurahan Bebas Stunting"],
            ], "widths": [2000, 7070], "borders": False},
            para("Mengingat kegiatan berlangsung pada masa kampanye Pemilu 2024, kami tegaskan bahwa kegiatan ini murni "
                 "kegiatan kesehatan masyarakat. Panitia dan peserta tidak diperkenankan membawa atau memakai atribut "
                 "partai politik maupun calon, dan tidak ada penyampaian materi politik.", before=120),
            {"textbox": [
                {"p": "**KELAS CALON PENGANTIN (CATIN)**", "align": "center", "after": 60},
                {"p": "Bagi calon pengantin yang akan menikah pada Februari–Maret 2024, silakan pilih salah satu jadwal "
                      "kelas catin: Selasa, 30 Januari 2024 atau Kamis, 1 Februari 2024, pukul 09.00 WIB di Aula "
                      "Puskesmas. Membawa fotokopi KTP untuk pendaftaran skrining kesehatan catin.", "after": 0},
            ], "width_cm": 15, "height_cm": 3},
            para("Atas perhatian dan kehadiran Bapak/Ibu, kami sampaikan terima kasih.", before=120),
        ] + ttd(["Kepala UPT Puskesmas Pengasih I,"], "dr. RETNO WULANDARI", "NIP. 19810623 201001 2 014"),
    }
    return spec, LBL(False, [], [14],
                     "Umpan: kampanye Germas, deklarasi bebas asap rokok, tim sukses program, dukungan, calon pengantin, pilih salah satu jadwal, fotokopi KTP untuk skrining.")


# ================================================================= memos 011-024
@memo
def m011():
    spec = {
        "font": "Calibri", "size": 23,
        "meta": {"title": "Pengumuman Jalan Sehat HUT", "author": "Panitia HUT", "last_modified_by": "Waka Humas",
                 "change_author": "Waka Humas", "created": "2024-10-12T03:00:00Z", "modified": "2024-10-14T01:20:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA",
            "DINAS PENDIDIKAN, PEMUDA, DAN OLAHRAGA", "SMA NEGERI 7 YOGYAKARTA",
            "Jalan MT Haryono No. 47 Yogyakarta 55141 Telp. (0274) 377818"]},
        "body": [
            center("PENGUMUMAN", size=26),
            center("Nomor: 400.3.11/ 219 /SMA.7/X/2024", bold=False, after=120),
            center("JALAN SEHAT DALAM RANGKA HARI ULANG TAHUN SEKOLAH", after=200),
            para("Dalam rangka memeriahkan Hari Ulang Tahun sekolah, dengan ini diumumkan kepada seluruh warga "
                 "sekolah bahwa akan diselenggarakan Jalan Sehat Keluarga Besar SMA Negeri 7 Yogyakarta dengan "
                 "ketentuan sebagai berikut:"),
        ] + num([
            "Waktu: Minggu, 20 Oktober 2024, berkumpul pukul 05.45 WIB, start pukul 06.15 WIB.",
            "Start dan finis di halaman sekolah, rute ±5 km melalui Jalan MT Haryono – Jalan Parangtritis – "
            "Jalan Sugiyono – kembali ke sekolah.",
            "Peserta: seluruh peserta didik, guru, karyawan, alumni dan orang tua peserta didik. Kupon doorprize "
            "dibagikan gratis melalui wali kelas mulai Rabu, 16 Oktober 2024.",
            "Guru dan karyawan mengenakan {del:kaos seragam HUT berwarna biru}{ins:kaos putih bertuliskan \"Jogja "
            "Tetap Istimewa Bareng Mas Hendro\" yang dibagikan di pos satpam pada Sabtu sore}; peserta didik "
            "mengenakan kaos olahraga sekolah.",
            "{ins:Di garis finis, jalan sehat sekaligus menyambut kehadiran Bapak Hendro Wibisono beserta tim. Waka "
            "Humas mengatur barisan guru di depan panggung; doorprize utama berupa sepeda diserahkan langsung oleh beliau.}",
            "Konsumsi berupa snack dan air mineral disediakan panitia; peserta diimbau membawa botol minum sendiri.",
            "Wali kelas mendata siswa yang berhalangan hadir dan menyerahkan datanya kepada panitia paling lambat "
            "Jumat, 18 Oktober 2024.",
        ]) + [
            para("Demikian pengumuman ini disampaikan. Atas perhatian dan partisipasinya diucapkan terima kasih.", before=120),
        ] + ttd(["Yogyakarta, 14 Oktober 2024", "Kepala Sekolah,"], "Drs. BAMBANG SUPRIYADI, M.Pd.",
                "NIP. 19680710 199403 1 009"),
    }
    return spec, LBL(True, ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"], [3, 5, 7, 13],
                     "Pengumuman jalan sehat HUT sekolah; sisipan tracked: guru memakai kaos 'Jogja Tetap Istimewa Bareng Mas Hendro', "
                     "menyambut Hendro Wibisono beserta tim di halaman sekolah, doorprize diserahkan 'beliau'.")


@memo
def m012():
    spec = {
        "font": "Calibri", "size": 22,
        "meta": {"title": "", "author": "Sekel", "created": "2024-11-20T23:40:00Z"},
        "header": [{"p": "Pesan diteruskan – grup STAF KEL. HELEDULAA", "size": 16, "italic": True}],
        "body": [
            "Assalamu'alaikum, selamat pagi ngoni samua staf kelurahan 🙏",
            "Ini info dari Pak Lurah soal Pilkada 27 Nov, tolong baca sampe abis:",
            "1. Yang so dapa SK jadi KPPS/PPS, bawa fotokopi SK ke Ibu Sekel paling lambat Jumat, supaya torang atur "
            "piket kantor tgl 26 sampe 28.",
            "2. Undangan memilih (C6) dibagi oleh KPPS mulai Sabtu. Kalo ada warga yg belum dapa, arahkan ke PPS, "
            "jang torang yg bagi sendiri.",
            "3. Tgl 27 libur, SAMUA gunakan hak pilih di TPS masing2 ya, jang golput.",
            "4. Ingat, ASN deng honorer JANG iko kampanye paslon mana saja, jang pasang foto paslon di status WA/FB, "
            "jang like, jang komen, jang pake twibbon. Bawaslu ada pantau, so ada teguran di kelurahan sebelah.",
            "5. Stiker paslon yg masih ada di motor dinas Kasi Trantib tolong kase lepas hari ini juga.",
            "6. Kalo ada yg dapa tawaran doi ato sembako dari tim mana saja, tolak jo, lapor ke PKD.",
            "Makase banyak. Salam,",
            "Sekel (atas nama Lurah Heledulaa)",
        ],
    }
    return spec, LBL(False, [], [14, 11],
                     "Siaran WA informal kelurahan (Gorontalo): KPPS, C6, hak pilih, larangan kampanye/medsos, lepas stiker dari motor dinas, tolak politik uang.")


@memo
def m013():
    spec = {
        "engine": "libreoffice",
        "font": "Arial", "size": 22,
        "meta": {"title": "SE kehadiran ASN rapat umum", "author": "Sekretariat PUPR", "company": "Dinas PUPR Kab. Bone",
                 "created": "2024-09-23T01:30:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN BONE", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
            "Jalan Jenderal Sudirman No. 18 Watampone 92711"]},
        "body": [
            center("SURAT EDARAN", size=26),
            center("Nomor: 600.1/ 1207 /PUPR/IX/2024", bold=False),
            center("TENTANG", bold=False),
            center("KEHADIRAN PEGAWAI PADA RAPAT UMUM KAMPANYE PASANGAN CALON BUPATI DAN WAKIL BUPATI BONE TAHUN 2024",
                   after=200),
            para("Menindaklanjuti hasil rapat staf Dinas PUPR tanggal 20 September 2024, disepakati bahwa seluruh "
                 "pegawai diberi kesempatan yang sama untuk mengenal visi dan misi setiap pasangan calon. Untuk itu "
                 "diminta kepada seluruh ASN dan tenaga honorer lingkup Dinas PUPR Kabupaten Bone untuk:"),
        ] + num([
            "menghadiri rapat umum kampanye ketiga pasangan calon secara bergiliran sesuai pembagian berikut:",
        ]) + [
            {"table": [
                ["Pasangan Calon", "Hari/Tanggal", "Lokasi", "Kelompok Pegawai"],
                ["Nomor urut 1", "Sabtu, 19 Oktober 2024 pkl. 14.00", "Lapangan Merdeka Watampone", "Sekretariat dan Bidang Bina Marga"],
                ["Nomor urut 2", "Rabu, 30 Oktober 2024 pkl. 13.00", "Stadion Lapatau", "Bidang Sumber Daya Air dan Bidang Cipta Karya"],
                ["Nomor urut 3", "Kamis, 14 November 2024 pkl. 14.00", "Lapangan Tanete Riattang", "Bidang Penataan Ruang dan seluruh UPTD"],
            ], "widths": [1900, 2500, 2400, 2270], "header_row": True},
        ] + num([
            "berkumpul di halaman kantor paling lambat 1 (satu) jam sebelum acara; keberangkatan menggunakan bus kantor "
            "dan kendaraan dinas operasional bidang masing-masing;",
            "kehadiran pada hari kerja dicatat sebagai Dinas Luar pada aplikasi presensi, dan Kepala Bidang menyerahkan "
            "daftar hadir kepada Sekretaris paling lambat satu hari setelah kegiatan;",
            "uang makan peserta dibebankan pada Sub Kegiatan Koordinasi dan Sinkronisasi Perencanaan;",
            "pegawai yang berhalangan wajib mengajukan izin tertulis kepada Kepala Bidang.",
        ], start=2) + [
            para("Demikian untuk dilaksanakan dengan penuh tanggung jawab.", before=120),
        ] + ttd(["Watampone, 23 September 2024", "Kepala Dinas,"], "Ir. ANDI SYAMSUL ALAM, M.T.",
                "NIP. 19710319 199803 1 007"),
    }
    return spec, LBL(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [12, 2, 6, 9],
                     "SE Kadis PUPR mewajibkan ASN/honorer hadir di rapat umum ketiga paslon bergiliran (tidak memihak), jam kerja "
                     "dicatat dinas luar, bus/mobil dinas, uang makan dari anggaran; 'disepakati' rapat staf.")


@memo
def m014():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "Panggilan I klarifikasi", "author": "Bid. Pembinaan", "company": "BKPSDM Kota Palembang",
                 "created": "2024-10-28T02:15:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KOTA PALEMBANG", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
            "Jalan Merdeka No. 1 Palembang 30131"]},
        "body": [
            {"p": "Palembang, 28 Oktober 2024", "align": "right", "after": 120},
        ] + fields([
            ("Nomor", "800.1.6.3/ 894 /BKPSDM/2024"),
            ("Sifat", "Rahasia"),
            ("Lampiran", "1 (satu) berkas"),
            ("Hal", "Panggilan I Permintaan Klarifikasi"),
        ], tab=1418, colon=1701) + [
            blank(),
            {"p": "Yth. Sdr. RIZKY AMALIA PUTRI, S.E.", "after": 0},
            {"p": "NIP 19910512 201903 2 011", "after": 0},
            {"p": "Analis Keuangan pada Dinas Perhubungan Kota Palembang", "after": 0},
            {"p": "di Palembang", "after": 120},
            para("Berdasarkan surat Bawaslu Kota Palembang Nomor 211/PP.01.02/K.SS-11/10/2024 perihal Penerusan "
                 "Dugaan Pelanggaran Netralitas ASN, Saudara diduga:"),
        ] + let([
            "pada 12 Oktober 2024 mengunggah di akun Facebook pribadi foto bersama pasangan calon Wali Kota nomor "
            "urut 3 dengan keterangan %%\"Palembang Maju Terus! Ayo coblos nomor 3, Kgs. Firmansyah–Yulianti pilihan "
            "wong kito\"%%;",
            "membagikan (share) 14 konten dari akun tim kampanye @firmanyuli.plg dan memberikan tanda suka (like) "
            "pada konten tersebut;",
            "menggunakan twibbon pasangan calon nomor urut 3 sebagai foto profil WhatsApp sejak 5 Oktober 2024.",
        ]) + [
            para("Untuk kepentingan pemeriksaan, Saudara diminta hadir pada:", before=120),
            {"table": [
                ["Hari/tanggal", ": Senin, 4 November 2024"],
                ["Pukul", ": 09.00 WIB"],
                ["Tempat", ": Ruang Pemeriksaan Bidang Pembinaan dan Kesejahteraan, BKPSDM Kota Palembang"],
                ["Menghadap", ": Tim Pemeriksa"],
                ["Membawa", ": Kartu Pegawai/KTP dan perangkat telepon yang memuat akun media sosial Saudara"],
            ], "widths": [2000, 7070], "borders": False},
            para("Apabila Saudara tidak memenuhi panggilan ini tanpa alasan yang sah, akan dilakukan panggilan kedua "
                 "sesuai Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS. Pemeriksaan ini bersifat "
                 "tertutup.", before=120),
        ] + ttd(["Kepala BKPSDM Kota Palembang,"], "Dr. H. M. FAJRI HANAFI, S.STP., M.Si.",
                "NIP. 19790825 199912 1 001") + tembusan([
            "Pj. Wali Kota Palembang (sebagai laporan);", "Inspektur Kota Palembang;",
            "Kepala Dinas Perhubungan Kota Palembang;", "Ketua Bawaslu Kota Palembang."]),
    }
    return spec, LBL(False, [], [14], "Panggilan klarifikasi BKPSDM yang mengutip unggahan 'Ayo coblos nomor 3', share dan twibbon paslon.")


@memo
def m015():
    spec = {
        "font": "Times New Roman", "size": 24,
        "meta": {"title": "Undangan manasik kabupaten", "author": "Seksi PHU", "created": "2024-01-25T01:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN MAROS",
            "Jalan Jenderal Sudirman No. 31 Maros 90511 Telp. (0411) 371089"]},
        "footer": [{"p": "Salinan – diterima via WA grup Calon Jemaah 1445 H", "size": 15, "italic": True}],
        "footnotes": {
            "1": "Selesai manasik, peserta diarahkan tetap di Aula untuk silaturahmi bersama H. Andi Mappasessu, Lc., "
                 "putra daerah Maros yang maju DPR RI Dapil Sulsel II nomor urut 3. Mohon doa restu dan dukungan untuk "
                 "beliau pada 14 Februari; bingkisan dan uang transport peserta disiapkan oleh tim beliau.",
        },
        "body": [
            {"p": "Maros, 25 Januari 2024", "align": "right", "after": 120},
        ] + fields([
            ("Nomor", "B-0214/Kk.21.09/2/HJ.00/01/2024"),
            ("Sifat", "Biasa"),
            ("Lampiran", "1 (satu) lembar"),
            ("Hal", "Undangan Bimbingan Manasik Haji Tingkat Kabupaten Tahun 1445 H/2024 M"),
        ], tab=1418, colon=1701) + [
            blank(),
            {"p": "Yth. Calon Jemaah Haji Kabupaten Maros Tahun 1445 H", "after": 0},
            {"p": "(daftar nama terlampir)", "after": 0},
            {"p": "di tempat", "after": 120},
            {"p": "%%Assalamu'alaikum warahmatullahi wabarakatuh.%%", "after": 120},
            para("Dalam rangka pembinaan calon jemaah haji, Kantor Kementerian Agama Kabupaten Maros menyelenggarakan "
                 "Bimbingan Manasik Haji Tingkat Kabupaten yang akan dilaksanakan pada:"),
            {"table": [
                ["Hari/tanggal", ": Sabtu, 3 Februari 2024"],
                ["Pukul", ": 08.00 WITA s.d. selesai"],
                ["Tempat", ": Aula Kantor Kementerian Agama Kabupaten Maros"],
                ["Narasumber", ": Kepala Seksi PHU, Kepala KUA, dan Pembimbing KBIHU"],
            ], "widths": [2000, 7070], "borders": False},
            para("Peserta{fn:1} diharapkan hadir tepat waktu, berpakaian muslim/muslimah rapi, serta membawa buku "
                 "paket manasik dan alat tulis. Bagi calon jemaah lanjut usia dapat didampingi satu orang keluarga.",
                 before=120),
            para("Demikian undangan ini, atas perhatian dan kehadirannya diucapkan terima kasih."),
            {"p": "%%Wassalamu'alaikum warahmatullahi wabarakatuh.%%", "after": 0},
        ] + ttd(["Kepala,"], "H. MUHAMMAD SALEH DAENG MARUSU, S.Ag., M.Pd.I.", "NIP. 19700601 199803 1 004") + tembusan([
            "Kepala Kanwil Kementerian Agama Provinsi Sulawesi Selatan;", "Kepala KUA se-Kabupaten Maros."]),
    }
    return spec, LBL(True, ["endorsement", "campaign-activity", "inducement", "state-facility", "letterhead-misuse"],
                     [3, 7, 8, 13],
                     "Undangan manasik haji yang biasa; catatan kaki: silaturahmi di Aula Kemenag bersama caleg DPR RI no. 3, "
                     "mohon dukungan 'beliau' 14 Februari, bingkisan dan uang transport dari tim beliau.")


@memo
def m016():
    spec = {
        "engine": "libreoffice",
        "font": "Arial", "size": 22,
        "meta": {"title": "ND cuti Bupati masa kampanye", "author": "Bag. Pemerintahan", "last_modified_by": "Kabag Umum",
                 "change_author": "Kabag Umum", "created": "2024-09-20T02:00:00Z", "modified": "2024-09-21T04:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN PESISIR SELATAN", "SEKRETARIAT DAERAH",
            "Jalan Ilyas Yakub No. 1 Painan 25611"]},
        "body": [
            center("NOTA DINAS", size=26, after=120),
        ] + fields([
            ("Kepada", "Yth. Kepala Perangkat Daerah dan Camat se-Kabupaten Pesisir Selatan"),
            ("Dari", "Sekretaris Daerah"),
            ("Tanggal", "21 September 2024"),
            ("Nomor", "000.1.2/ 1788 /Pem-2024"),
            ("Sifat", "Penting"),
            ("Hal", "Cuti di Luar Tanggungan Negara Bupati dan Penunjukan Penjabat Sementara Bupati"),
        ]) + [
            {"p": "", "border_bottom": True, "after": 120},
        ] + num([
            "Berdasarkan Peraturan Menteri Dalam Negeri Nomor 74 Tahun 2016 sebagaimana telah diubah dengan "
            "Permendagri Nomor 1 Tahun 2018, Bupati Pesisir Selatan, H. Darmawan Syahrial, S.H., yang ditetapkan KPU "
            "Kabupaten Pesisir Selatan sebagai pasangan calon Bupati nomor urut 2, menjalani cuti di luar tanggungan "
            "negara selama masa kampanye, 25 September s.d. 23 November 2024.",
            "Menteri Dalam Negeri telah menunjuk Penjabat Sementara (Pjs.) Bupati. Serah terima dilaksanakan pada "
            "{del:Selasa, 24 September 2024}{ins:Rabu, 25 September 2024} pukul 08.00 WIB di Ruang Rapat Bupati.",
            "Selama masa cuti:",
        ]) + let([
            "kendaraan dinas jabatan Bupati dan kendaraan pengawal dikembalikan ke Bagian Umum dan tidak digunakan "
            "untuk kegiatan kampanye;",
            "ajudan, protokol dan petugas pengamanan rumah dinas tidak mendampingi kegiatan kampanye;",
            "rumah dinas dan pendopo tidak digunakan untuk kegiatan kampanye maupun pertemuan tim pemenangan;",
            "seluruh naskah dinas ditandatangani oleh Pjs. Bupati.",
        ], indent=992) + num([
            "Perangkat daerah tidak mengagendakan kegiatan kedinasan yang menghadirkan Bupati selama masa cuti, dan "
            "ASN dilarang menghadiri kegiatan kampanye pasangan calon mana pun.",
            "Bupati kembali melaksanakan tugas {ins:pada hari Senin, }25 November 2024.",
        ], start=4) + [
            para("Demikian disampaikan untuk menjadi perhatian.", before=120),
        ] + ttd(["Sekretaris Daerah", "Kabupaten Pesisir Selatan,"], "Drs. MAWARDI ROSKA, M.M.",
                "NIP. 19690812 199403 1 006"),
    }
    return spec, LBL(False, [], [14], "Petahana cuti di luar tanggungan negara; mobil dinas dan protokol ditarik; tracked changes hanya koreksi tanggal.")


@memo
def m017():
    spec = {
        "font": "Calibri", "size": 22,
        "meta": {"title": "transkrip VN pak lurah", "author": "Kasi Pem", "created": "2024-11-02T05:00:00Z"},
        "kop": {"placement": "body", "lines": [
            "PEMERINTAH KOTA SURABAYA", "KECAMATAN TAMBAKSARI", "KELURAHAN PLOSO",
            "Jalan Ploso Timur No. 40 Surabaya 60133"]},
        "body": [
            center("TRANSKRIP ARAHAN LURAH", before=120),
            center("(pesan suara di grup WA \"RT RW KADER PLOSO\", Sabtu 2 November 2024, durasi 3:41)", bold=False,
                   after=200),
            para("Assalamualaikum, selamat pagi poro ketua RT, RW, kader KSH sedoyo. Ngene rek, aku ate nyampekno "
                 "sithik ae, tolong dirungokno sampek mari."),
            para("Sampeyan kabeh wis ngerti, Pak Bambang Sutrisno iku sing mbangun balai RW lan mbenakno saluran nang "
                 "Ploso Timur. {split:Pa|sang|an Bambang–Rini} iki sing kudu menang tanggal 27, gawe Suroboyo, gawe "
                 "Ploso pisan."),
            para("Mulai Senin, saben RT ngumpulno fotokopi KTP warga minimal 50, lengkap karo surat pernyataan "
                 "dukung4n sing formate wis tak kirim nang grup. Setorno nang kantor kelurahan, ruangane Kasi "
                 "Pemerintahan, paling lambat Jumat."),
            para("RT SING TEMBUS 50 KTP OLEH PAKET SEMBAKO 30 BIJI GAWE WARGANE, BERAS LIMANG KILO, MINYAK KARO GULA. "
                 "Iku titipane beliau, dudu teko kelurahan, dadi ojok diomongno nang grup liyane."),
            para("Sing gelem dadi relawan, daftaro nang Bu Kasi, mengko oleh kaos karo ID card. Targete saben RW "
                 "minimal sepuluh relawan."),
            para("Sing ngumpulno KTP ojok nganggo seragam dinas yo. Wis ngono ae, matur suwun, wassalamualaikum."),
            {"p": "[transkrip diketik oleh staf Kasi Pemerintahan; bagian yang tidak jelas ditandai ...]",
             "italic": True, "size": 18, "before": 120},
        ],
    }
    return spec, LBL(True, ["inducement", "endorsement", "campaign-activity", "state-facility", "letterhead-misuse"],
                     [11, 8, 7, 9, 4],
                     "Transkrip VN Lurah (Suroboyoan) di kop kelurahan: pasangan Bambang-Rini harus menang, kumpulkan 50 KTP + surat "
                     "dukungan per RT di kantor kelurahan, imbalan paket sembako dari 'beliau', rekrut relawan dengan target per RW.")


@memo
def m018():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "SP penertiban APK kantor pemerintah", "author": "Bid. Trantibum", "company": "Satpol PP Banyumas",
                 "created": "2024-10-12T06:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN BANYUMAS", "SATUAN POLISI PAMONG PRAJA",
            "Jalan Kabupaten No. 2 Purwokerto 53114"]},
        "body": [
            center("SURAT PERINTAH", size=26),
            center("Nomor: 300.1.4/ 512 /X/2024", bold=False, after=200),
            {"p": "Dasar\t:", "tabs": [[1418, "left"]], "after": 0},
        ] + num([
            "Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati dan Wali Kota;",
            "Peraturan KPU Nomor 13 Tahun 2024 tentang Kampanye Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil "
            "Bupati, serta Wali Kota dan Wakil Wali Kota;",
            "Surat Bawaslu Kabupaten Banyumas Nomor 077/PM.00.02/K.JT-04/10/2024 perihal Rekomendasi Penertiban Alat "
            "Peraga Kampanye di Tempat yang Dilarang.",
        ], indent=851, after=0) + [
            center("MEMERINTAHKAN:", before=200, after=120),
            {"p": "Kepada\t:\tnama-nama sebagaimana tercantum dalam lampiran Surat Perintah ini.", "tabs": [[1418, "left"], [1701, "left"]], "after": 120},
            {"p": "Untuk\t:", "tabs": [[1418, "left"]], "after": 0},
        ] + num([
            "melaksanakan penertiban alat peraga kampanye dan atribut pasangan calon yang terpasang di kantor "
            "pemerintah, fasilitas kesehatan, sekolah dan kendaraan dinas pada 14–15 Oktober 2024 bersama Bawaslu dan "
            "Panwaslu Kecamatan, pada lokasi berikut:",
        ], indent=851, after=60) + [
            {"table": [
                ["No", "Lokasi", "Temuan", "Tindakan"],
                ["1", "Depan Kantor Kecamatan Sokaraja", "Baliho 4 x 6 m bertuliskan \"Lanjutkan! Banyumas Makin Mantap "
                 "Bareng Pak Wisnu – Nomor 1\"", "Diturunkan; diserahkan kepada LO tim kampanye dengan berita acara"],
                ["2", "Ambulans desa Puskesmas Kembaran I", "Stiker pasangan calon nomor urut 2 \"Ayo Coblos Loro, "
                 "Banyumas Mbangun\"", "Dilepas di tempat, disaksikan Kepala Puskesmas"],
                ["3", "Pagar SD Negeri 2 Karanglewas", "Spanduk ucapan selamat bergambar pasangan calon nomor urut 1",
                 "Diturunkan"],
                ["4", "Halaman Balai Desa Ledug", "Bendera dan umbul-umbul pasangan calon nomor urut 2", "Diturunkan"],
            ], "widths": [500, 2500, 3500, 2570], "header_row": True},
        ] + num([
            "melaksanakan penertiban secara humanis dan netral terhadap seluruh pasangan calon, serta mendokumentasikan "
            "setiap tindakan;",
            "menyimpan APK hasil penertiban yang tidak diambil tim kampanye di gudang Satpol PP;",
            "melaporkan hasil pelaksanaan kepada Kepala Satuan Polisi Pamong Praja paling lambat 16 Oktober 2024.",
        ], start=2, indent=851, after=60) + [
            para("Demikian Surat Perintah ini untuk dilaksanakan dengan penuh tanggung jawab.", before=120),
        ] + ttd(["Dikeluarkan di Purwokerto", "pada tanggal 12 Oktober 2024", "KEPALA SATUAN POLISI PAMONG PRAJA",
                 "KABUPATEN BANYUMAS,"], "Drs. TRI JOKO WALUYO, M.M.", "NIP. 19700905 199003 1 004"),
    }
    return spec, LBL(False, [], [14], "Surat perintah Satpol PP menurunkan baliho petahana ('Lanjutkan! ... Bareng Pak Wisnu') dan stiker paslon dari ambulans/kantor, netral untuk semua paslon.")


@memo
def m019():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "ND jadwal reviu TW III", "author": "Sekretariat Itda", "company": "Inspektorat Kab. Banyuasin",
                 "created": "2024-10-01T01:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN BANYUASIN", "INSPEKTORAT DAERAH",
            "Komplek Perkantoran Pemkab Banyuasin, Jalan Sekojo, Pangkalan Balai 30753"]},
        "footer": [{"p": "Scanned with CamScanner", "align": "center", "size": 14}],
        "body": [
            center("NOTA DINAS", size=26, after=120),
        ] + fields([
            ("Kepada", "Yth. Para Inspektur Pembantu, Auditor dan P2UPD"),
            ("Dari", "Inspektur Daerah"),
            ("Tanggal", "1 Oktober 2024"),
            ("Nomor", "700.1.1/ 633 /ITDA/2024"),
            ("Sifat", "Biasa"),
            ("Hal", "Jadwal Reviu dan Pelaporan Triwulan III Tahun 2024"),
        ]) + [
            {"p": "", "border_bottom": True, "after": 120},
        ] + num([
            "Dalam rangka penyusunan laporan pengawasan Triwulan III Tahun 2024, disampaikan jadwal penugasan sebagai berikut:",
        ]) + [
            {"table": [
                ["Kegiatan", "Waktu", "Penanggung Jawab"],
                ["Reviu RKA Perangkat Daerah Perubahan 2024", "2 – 9 Oktober 2024", "Irban I dan II"],
                ["Evaluasi SAKIP perangkat daerah", "7 – 18 Oktober 2024", "Irban III"],
                ["Pemantauan tindak lanjut hasil pemeriksaan BPK", "14 – 25 Oktober 2024", "Irban IV"],
                ["Reviu penggunaan Dana Desa tahap II", "21 – 31 Oktober 2024", "Irban Khusus"],
            ], "widths": [4200, 2500, 2370], "header_row": True},
            para("**Pelaporan**", before=120, after=40),
        ] + num([
            "Hasil reviu dan evaluasi disampaikan dalam bentuk konsep laporan kepada Inspektur paling lambat 5 (lima) "
            "hari kerja setelah penugasan berakhir, melalui Sekretaris.",
            "Di luar jadwal di atas, sesuai arahan yang telah kita sepakati bersama, auditor dan staf yang berdomisili di "
            "Kecamatan Talang Kelapa, Sembawa dan Banyuasin III agar bergabung dalam Tim Relawan \"Banyuasin Bangkit "
            "Lagi\" dan grup WA koordinasinya melalui tautan "
            "{link:https://chat.whatsapp.com/BbLrelawan24kec|grup Relawan BBL Kecamatan}, serta bersedia menjadi "
            "koordinator saksi di TPS tempat tinggal masing-masing untuk pasangan Heri–Zainal. Nama yang sudah bergabung "
            "diserahkan kepada Sekretaris paling lambat 10 Oktober 2024.",
            "Permohonan cuti selama masa penugasan agar dikoordinasikan dengan Irban masing-masing.",
        ], start=2) + [
            para("Demikian disampaikan untuk dilaksanakan.", before=120),
        ] + ttd(["Inspektur Daerah", "Kabupaten Banyuasin,"], "H. AZWAR HANAFIAH, S.E., M.Si., Ak.",
                "NIP. 19711130 199803 1 003"),
    }
    return spec, LBL(True, ["campaign-activity", "social-media", "endorsement", "letterhead-misuse"], [10, 4, 5],
                     "Nota dinas jadwal reviu Inspektorat dengan bagian Pelaporan; satu butir: auditor bergabung Tim Relawan "
                     "'Banyuasin Bangkit Lagi' dan grup WA-nya, jadi koordinator saksi untuk pasangan Heri-Zainal.")


@memo
def m020():
    spec = {
        "engine": "libreoffice",
        "font": "Calibri", "size": 23,
        "meta": {"title": "ND operasi pasar beras SPHP", "author": "Bid. Perdagangan", "company": "Disperindag Pekanbaru",
                 "created": "2024-11-11T02:30:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KOTA PEKANBARU", "DINAS PERINDUSTRIAN DAN PERDAGANGAN",
            "Jalan Abdul Rahman Hamid, Komplek Perkantoran Tenayan Raya, Pekanbaru 28286"]},
        "body": [
            center("NOTA DINAS", size=26, after=120),
        ] + fields([
            ("Kepada", "Yth. Kepala Bidang Perdagangan; Kepala Seksi Stabilisasi Harga"),
            ("Dari", "Kepala Dinas"),
            ("Tanggal", "11 November 2024"),
            ("Nomor", "500.2/ 1375 /Disperindag/XI/2024"),
            ("Hal", "Pelaksanaan Operasi Pasar Beras SPHP Minggu IV November 2024"),
        ]) + [
            {"p": "", "border_bottom": True, "after": 120},
        ] + num([
            "Perum Bulog Kantor Wilayah Riau dan Kepulauan Riau telah menyetujui penyaluran satu partai beras SPHP "
            "sebanyak 20 ton untuk operasi pasar di Kota Pekanbaru. Partai pertama (10 ton) dapat diambil di Gudang "
            "Bulog mulai 15 November 2024 dan partai kedua menyusul setelah realisasi partai pertama mencapai 80%.",
            "Camat diminta memilih salah satu jadwal berikut dan mengonfirmasikannya paling lambat 14 November 2024:",
        ]) + [
            {"table": [
                ["Jadwal", "Tanggal", "Kuota"],
                ["Jadwal A", "Senin–Selasa, 18–19 November 2024", "2 ton per kecamatan"],
                ["Jadwal B", "Rabu–Kamis, 20–21 November 2024", "2 ton per kecamatan"],
                ["Jadwal C", "Jumat, 22 November 2024", "1,5 ton per kecamatan"],
            ], "widths": [2000, 4500, 2570], "header_row": True},
        ] + num([
            "Pengangkutan dilakukan oleh calon penyedia jasa angkutan yang telah lulus evaluasi pada e-katalog lokal. "
            "Dukungan Satpol PP dan Dinas Perhubungan diminta untuk pengamanan serta pengaturan lalu lintas di lokasi.",
            "Pembelian dibatasi paling banyak 2 (dua) kemasan 5 kg per orang dengan menunjukkan KTP; KTP tidak "
            "difotokopi dan tidak dikumpulkan.",
            "Petugas membagikan leaflet kampanye belanja bijak \"Belanja Secukupnya, Harga Terjaga\".",
            "Mengingat pelaksanaan bertepatan dengan tahapan Pemilihan Wali Kota, petugas hanya mengenakan seragam dinas, "
            "lokasi operasi pasar harus bebas dari atribut pasangan calon, dan tidak dibenarkan keterlibatan tim "
            "kampanye dalam bentuk apa pun.",
        ], start=3) + [
            para("Demikian disampaikan untuk dilaksanakan.", before=120),
        ] + ttd(["Kepala Dinas Perindustrian dan Perdagangan", "Kota Pekanbaru,"], "IHSAN FAHRUDDIN, S.E., M.Si.",
                "NIP. 19760214 200112 1 002"),
    }
    return spec, LBL(False, [], [14], "Umpan: 'satu partai beras', 'pilih salah satu jadwal', 'calon penyedia', 'dukungan Satpol PP', 'kampanye belanja bijak', KTP tidak dikumpulkan.")


@memo
def m021():
    spec = {
        "font": "Arial", "size": 21,
        "meta": {"title": "Kalender konten 14-19 Okt", "author": "Bid IKP", "company": "Diskominfo Kota Manado",
                 "created": "2024-10-11T08:45:00Z"},
        "kop": {"placement": "table", "logo": "LOGO PEMKOT MANADO", "lines": [
            "PEMERINTAH KOTA MANADO", "DINAS KOMUNIKASI DAN INFORMATIKA",
            "Jalan Balai Kota No. 1 Tikala, Manado 95124"]},
        "body": [
            center("NOTA DINAS", before=200, after=120),
        ] + fields([
            ("Kepada", "Yth. Admin Media Sosial dan Pengelola Konten Bidang IKP"),
            ("Dari", "Kepala Bidang Informasi dan Komunikasi Publik"),
            ("Tanggal", "11 Oktober 2024"),
            ("Nomor", "400.14.1/ 488 /Kominfo/X/2024"),
            ("Hal", "Kalender Konten Media Sosial Resmi Pemerintah Kota Manado, 14–19 Oktober 2024"),
        ]) + [
            {"p": "", "border_bottom": True, "after": 120},
            para("Bersama ini disampaikan kalender konten akun resmi Pemerintah Kota Manado untuk minggu depan:"),
            {"table": [
                ["Hari", "Platform", "Materi", "Keterangan"],
                ["Senin, 14 Okt", "IG & FB @pemkotmanado", "Jadwal pelayanan Dukcapil keliling di Kecamatan Bunaken", "Desain tim grafis"],
                ["Selasa, 15 Okt", "IG, TikTok", "Imbauan waspada banjir dan longsor dari BPBD", "Repost akun BPBD"],
                ["Rabu, 16 Okt", "IG, FB, X",
                 "Repost video \"Manado Hebat, Lanjutkan!\" dari akun "
                 "{link:https://www.instagram.com/andre.sofie2024|@andre.sofie2024}, caption dengan tagar "
                 "#LanjutkanManadoHebat #{split:AndreSofie|DuaPeriode}, aktifkan fitur kolaborasi",
                 "Admin OPD ikut like & share dari akun pribadi"],
                ["Kamis, 17 Okt", "IG", "Info pendaftaran seleksi PPPK 2024", "Bahan dari BKPSDM"],
                ["Jumat, 18 Okt", "FB", "Dokumentasi Jumat bersih kelurahan", "Kiriman kelurahan"],
                ["Sabtu, 19 Okt", "TikTok", "Promosi festival kuliner di Kawasan Megamas", "Video pendek 30 detik"],
            ], "widths": [1400, 1700, 3900, 2070], "header_row": True},
            para("Konten diunggah pukul 09.00 dan 19.00 WITA. Laporan engagement mingguan disampaikan setiap Senin "
                 "kepada Kepala Bidang.", before=120),
            para("Demikian untuk dilaksanakan."),
        ] + ttd(["Kepala Bidang IKP,"], "STEVEN R. MANOPPO, S.Kom., M.Si.", "NIP. 19840722 200903 1 004"),
    }
    return spec, LBL(True, ["social-media", "endorsement", "state-facility", "letterhead-misuse"], [5, 13, 1],
                     "Kalender konten akun resmi Pemkot; satu sel: repost video 'Manado Hebat, Lanjutkan!' dari akun @andre.sofie2024 "
                     "dengan tagar #AndreSofieDuaPeriode, admin OPD like & share.")


@memo
def m022():
    spec = {
        "font": "Arial", "size": 21,
        "meta": {"title": "Jadwal Bupati minggu II Sept", "author": "Prokopim", "company": "Setda Kabupaten Klaten",
                 "created": "2024-09-06T07:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN KLATEN", "SEKRETARIAT DAERAH – BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN",
            "Jalan Pemuda No. 294 Klaten 57424"]},
        "body": [
            center("JADWAL KEGIATAN BUPATI KLATEN"),
            center("Senin, 9 September s.d. Jumat, 13 September 2024", bold=False, after=200),
            {"table": [
                ["Hari/Tanggal", "Waktu", "Kegiatan", "Tempat", "OPD Terkait"],
                ["Senin, 9 Sept", "08.00", "Apel Kesadaran Nasional", "Halaman Setda", "Bagian Umum"],
                ["Senin, 9 Sept", "10.00", "Rapat Pengendalian Inflasi Daerah (daring bersama Kemendagri)", "Ruang Rapat Sekda",
                 "Disdagkop UKM, Bagian Perekonomian"],
                ["Selasa, 10 Sept", "09.00", "Peresmian Gedung Rawat Inap Puskesmas Wedi", "Puskesmas Wedi", "Dinas Kesehatan"],
                ["Rabu, 11 Sept", "13.00", "Penyerahan SK PPPK Formasi 2023", "Pendopo Kabupaten", "BKPSDM"],
                ["Kamis, 12 Sept", "09.00", "Rapat Paripurna DPRD: Penyampaian Raperda Perubahan APBD 2024", "Gedung DPRD",
                 "Setwan, BPKPAD"],
                ["Jumat, 13 Sept", "11.30", "Safari Jumat", "Masjid Agung Al-Aqsha Klaten", "Bagian Kesra"],
            ], "widths": [1500, 800, 3270, 1900, 1600], "header_row": True},
            para("**Catatan:**", before=160, after=40),
        ] + num([
            "Bupati telah terdaftar sebagai bakal calon Bupati pada Pemilihan 2024. Seluruh kegiatan di atas merupakan "
            "kegiatan kedinasan; OPD penyelenggara tidak memasang atribut atau materi yang berkaitan dengan pencalonan "
            "dan tidak mengundang tim pemenangan.",
            "Naskah sambutan disusun Bagian Prokopim dan hanya memuat materi kedinasan, tanpa penyampaian visi-misi "
            "atau ajakan memilih.",
            "Dokumentasi diunggah melalui akun resmi Pemerintah Kabupaten Klaten dengan narasi kegiatan pemerintahan.",
            "Sesuai jadwal KPU, Bupati menjalani cuti di luar tanggungan negara mulai 25 September 2024; agenda "
            "setelah tanggal tersebut dikoordinasikan dengan Pjs. Bupati.",
        ], indent=425) + ttd(["Klaten, 6 September 2024", "Kepala Bagian Protokol dan", "Komunikasi Pimpinan,"],
                             "SRI HANDAYANI, S.Sos., M.M.", "NIP. 19780407 200501 2 012"),
    }
    return spec, LBL(False, [], [14], "Jadwal dinas rutin Bupati petahana (bakal calon) sebelum masa kampanye, tanpa atribut/visi-misi; cuti mulai 25 September.")


@memo
def m023():
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "ND persiapan survei akreditasi", "author": "Bid. Pelayanan", "company": "RSUD Pariaman",
                 "created": "2024-10-18T03:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH PROVINSI SUMATERA BARAT", "RUMAH SAKIT UMUM DAERAH PARIAMAN",
            "Jalan Prof. M. Yamin SH No. 5 Pariaman 25514 Telp. (0751) 91428"]},
        "header": [{"p": "Fwd: dr. Direktur → grup Karu/Kains", "align": "right", "size": 14, "italic": True}],
        "body": [
            center("NOTA DINAS", size=26, after=120),
        ] + fields([
            ("Kepada", "Yth. Kepala Bidang Pelayanan, Kepala Bidang Keperawatan, para Kepala Instalasi dan Kepala Ruangan"),
            ("Dari", "Direktur"),
            ("Tanggal", "18 Oktober 2024"),
            ("Nomor", "445/ 2043 /RSUD-PRM/X/2024"),
            ("Hal", "Persiapan Survei Verifikasi Akreditasi dan Pemeliharaan Genset"),
        ]) + [
            {"p": "", "border_bottom": True, "after": 120},
        ] + num([
            "Survei verifikasi akreditasi oleh lembaga independen pelaksana akreditasi dijadwalkan pada 4–5 November "
            "2024. Kepala instalasi agar melengkapi dokumen rekomendasi hasil survei sebelumnya paling lambat 28 Oktober 2024.",
            "Pemeliharaan genset utama dilaksanakan Minggu, 27 Oktober 2024 pukul 06.00–08.00 WIB. Selama pemeliharaan, "
            "ruang operasi dan ICU menggunakan UPS dan genset cadangan.",
            "Jadwal jaga IGD, ICU dan kamar bersalin bulan November 2024 diserahkan kepada Bidang Keperawatan paling "
            "lambat 25 Oktober 2024.",
        ]) + [
            {"textbox": [
                {"p": "**INFO INTERNAL** (mohon diteruskan ke kepala ruangan)", "after": 40},
                {"p": "Mulai Senin, 21 Oktober 2024 kalender meja dan kaos \"Buya Syahrial Pimpin Sumbar Lagi\" dibagikan "
                      "kepada pasien rawat jalan di loket pendaftaran dan keluarga pasien di ruang tunggu. Perawat diminta "
                      "menyampaikan salam beliau dan mengingatkan tanggal 27 November. Stok disimpan di gudang farmasi "
                      "lantai 1.", "after": 0},
            ], "width_cm": 15, "height_cm": 4},
            para("Demikian disampaikan untuk dilaksanakan.", before=120),
        ] + ttd(["Direktur,"], "dr. H. YULIZAR RAHMAN, Sp.PD., M.Kes.", "NIP. 19700921 199903 1 002"),
    }
    return spec, LBL(True, ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"], [1, 13, 7],
                     "Nota dinas rutin RSUD (akreditasi, genset); kotak teks: bagikan kalender/kaos 'Buya Syahrial Pimpin Sumbar Lagi' "
                     "ke pasien di loket, perawat sampaikan salam beliau, stok di gudang farmasi.")


@memo
def m024():
    spec = {
        "font": "Calibri", "size": 22,
        "meta": {"title": "Notulen rakor fasilitasi kampanye", "author": "Kesbangpol", "company": "Pemkot Bitung",
                 "created": "2024-09-23T09:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KOTA BITUNG", "BADAN KESATUAN BANGSA DAN POLITIK",
            "Jalan Sam Ratulangi No. 52 Bitung 95512"]},
        "body": [
            center("NOTULEN RAPAT KOORDINASI"),
            center("FASILITASI TAHAPAN KAMPANYE PEMILIHAN GUBERNUR SULAWESI UTARA DAN WALI KOTA BITUNG 2024", after=160),
            {"table": [
                ["Hari/Tanggal", ": Senin, 23 September 2024"],
                ["Tempat", ": Ruang Rapat Kesbangpol Kota Bitung"],
                ["Peserta", ": KPU Kota Bitung, Bawaslu Kota Bitung, Polres Bitung, Kodim 1310/Bitung, Satpol PP, "
                            "Dinas Perhubungan, Bagian Umum Setda, serta LO pasangan calon nomor urut 1, 2 dan 3"],
            ], "widths": [2000, 7070], "borders": False},
            para("**Pembahasan**", before=120, after=40),
        ] + num([
            "KPU menyampaikan masa kampanye 25 September – 23 November 2024 dan jadwal rapat umum yang ditetapkan "
            "berdasarkan hasil undian bersama LO ketiga pasangan calon.",
            "Bawaslu mengingatkan larangan penggunaan fasilitas pemerintah, tempat ibadah dan sekolah untuk kampanye, "
            "serta larangan pelibatan ASN, kepala lingkungan dan perangkat kelurahan.",
            "Polres menyampaikan rencana pengamanan dan kewajiban LO menyampaikan pemberitahuan kegiatan kampanye.",
        ], indent=425) + [
            para("**Kesepakatan**", before=80, after=40),
        ] + let([
            "Jadwal rapat umum: pasangan calon nomor urut 1 di Lapangan Wangurer (9 November 2024), nomor urut 2 di "
            "Lapangan Kadoodan (12 November 2024), nomor urut 3 di Lapangan Girian (16 November 2024).",
            "Satpol PP dan Dinas Perhubungan menugaskan personel pengamanan dan pengaturan lalu lintas berdasarkan surat "
            "tugas, tanpa atribut pasangan calon, dengan jumlah yang sama untuk setiap rapat umum.",
            "ASN di luar petugas yang ditugaskan tidak menghadiri kegiatan kampanye pasangan calon mana pun.",
            "Gedung kantor pemerintah, sekolah, puskesmas dan rumah ibadah tidak digunakan untuk kegiatan kampanye.",
            "Pemberitahuan kegiatan kampanye disampaikan LO kepada Polres, tembusan Bawaslu dan Kesbangpol, paling lambat "
            "3 (tiga) hari sebelum pelaksanaan.",
        ], indent=425) + [
            para("Rapat ditutup pukul 12.15 WITA.", before=120),
        ] + ttd(["Notulis,"], "GRACE M. TUMBELAKA, S.IP.", "NIP. 19880316 201101 2 007"),
    }
    return spec, LBL(False, [], [14], "Notulen rakor Kesbangpol: 'disepakati' jadwal rapat umum ketiga paslon secara setara, petugas pengamanan bertugas, ASN lain dilarang hadir.")


# ----------------------------------------------------------------- main
def main():
    os.makedirs(SPEC_DIR, exist_ok=True)
    for f in os.listdir(SPEC_DIR):
        if f.endswith(".json"):
            os.remove(os.path.join(SPEC_DIR, f))
    labels = {}
    for i, fn in enumerate(MEMOS, 1):
        spec, label = fn()
        name = "%s_%03d" % (BATCH, i)
        spec["output"] = name + ".docx"
        with open(os.path.join(SPEC_DIR, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(MEMOS))


if __name__ == "__main__":
    main()
