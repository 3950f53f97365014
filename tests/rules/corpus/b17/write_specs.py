#!/usr/bin/env python3
"""Batch b17: writes specs/b17_NNN.json and labels.json.

Helpers below only lay out naskah dinas furniture (kop, nomor block, nota dinas head,
signature, tembusan). Every memo's wording is written by hand in its own function.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "b17"
MEMOS = []


def memo(fn):
    MEMOS.append(fn)
    return fn


# ----------------------------------------------------------------- furniture helpers
def kop(lines, placement="header", logo=None):
    k = {"placement": placement, "lines": lines}
    if logo:
        k["logo"] = logo
    return k


def P(text, **kw):
    b = {"p": text, "align": "both", "first": 709}
    b.update(kw)
    return b


def H(text, **kw):
    b = {"p": text, "bold": True, "align": "left", "before": 120}
    b.update(kw)
    return b


def L(text, lvl=0, **kw):
    b = {"p": text, "num": lvl, "align": "both", "after": 60}
    b.update(kw)
    return b


def blank():
    return {"p": "", "after": 0}


def judul(jenis, nomor=None, tentang=None):
    out = [{"p": "__%s__" % jenis, "align": "center", "bold": True, "after": 0}]
    if nomor:
        out.append({"p": "Nomor: %s" % nomor, "align": "center", "after": 0})
    if tentang:
        out.append({"p": "TENTANG", "align": "center", "after": 0, "before": 120})
        for t in tentang.split("\n"):
            out.append({"p": t, "align": "center", "bold": True, "after": 0})
    out.append(blank())
    return out


def surat_head(tempat_tgl, nomor, sifat, lampiran, hal, kepada):
    tabs = [[1418, "left"], [1702, "left"]]
    out = [{"p": "\t\t" + tempat_tgl, "tabs": [[1418, "left"], [5670, "left"]], "after": 120, "align": "left"}]
    for k, v in (("Nomor", nomor), ("Sifat", sifat), ("Lampiran", lampiran), ("Hal", hal)):
        out.append({"p": "%s\t:\t%s" % (k, v), "tabs": tabs, "indent": 1702, "hanging": 1702,
                    "after": 0, "align": "left"})
    out.append(blank())
    for i, line in enumerate(kepada):
        out.append({"p": line, "indent": 5103, "after": 0 if i < len(kepada) - 1 else 240, "align": "left"})
    return out


def nd_head(title, rows, widths=(1800, 300, 6900)):
    out = [{"p": "__%s__" % title, "align": "center", "bold": True, "after": 120}]
    out.append({"table": [[k, ":", v] for k, v in rows], "widths": list(widths), "borders": False})
    out.append({"p": "", "after": 120, "border_bottom": True})
    return out


def ttd(jabatan, nama, nip=None, pangkat=None, tgl=None, an=None, indent=5103, gap=3):
    out = []
    if tgl:
        out.append({"p": tgl, "indent": indent, "after": 0, "align": "left"})
    if an:
        out.append({"p": an, "indent": indent, "after": 0, "align": "left"})
    for j in jabatan.split("\n"):
        out.append({"p": j, "indent": indent, "after": 0, "align": "left"})
    for _ in range(gap):
        out.append({"p": "", "indent": indent, "after": 0})
    out.append({"p": "**__%s__**" % nama, "indent": indent, "after": 0, "align": "left"})
    if pangkat:
        out.append({"p": pangkat, "indent": indent, "after": 0, "align": "left"})
    if nip:
        out.append({"p": "NIP. " + nip, "indent": indent, "after": 0, "align": "left"})
    return out


def tembusan(items, label="Tembusan:"):
    out = [{"p": label, "after": 0, "before": 240, "size": 20}]
    for it in items:
        out.append({"p": it, "num": 0, "after": 0, "size": 20, "align": "left"})
    return out


def spec(meta, body, kop_=None, **extra):
    s = {"font": extra.pop("font", "Arial"), "meta": meta, "body": body}
    if kop_:
        s["kop"] = kop_
    s.update(extra)
    return s


# =================================================================== memos 001-010
@memo
def m001():
    """V: DKP Maluku Tengah - bantuan alat tangkap as 'kelanjutan program' of the incumbent pair."""
    body = judul("SURAT EDARAN", "523/ 611 /DKP-MT/X/2024",
                 "PERCEPATAN PENYALURAN BANTUAN SARANA PENANGKAPAN IKAN\nTAHUN ANGGARAN 2024")
    body += [
        {"p": "Yth. 1. Kepala UPTD Pelabuhan Perikanan Tulehu;", "align": "left", "after": 0},
        {"p": "      2. Koordinator dan Penyuluh Perikanan se-Kabupaten Maluku Tengah;", "align": "left", "after": 0},
        {"p": "      3. Para Kepala Bidang lingkup Dinas Perikanan.", "align": "left", "after": 200},
        P("Menindaklanjuti hasil musyawarah pimpinan Dinas bersama para Koordinator Penyuluh Perikanan "
          "pada hari Kamis, 3 Oktober 2024 bertempat di ruang rapat lantai II, dengan hormat kami sampaikan "
          "beberapa hal yang perlu segera ditindaklanjuti sebagai berikut."),
        H("A. UMUM"),
        L("Bantuan TA 2024 berupa 120 unit mesin tempel 15 PK, 340 paket jaring insang dasar dan 60 unit "
          "cool box 200 liter telah diterima di gudang UPTD Tulehu dan siap disalurkan kepada Kelompok Usaha "
          "Bersama (KUB) nelayan di enam wilayah penyuluhan."),
        L("Bantuan tersebut merupakan kelanjutan program Bapak Drs. Abdullah Rumra dan Ibu Yosina "
          "Pattiasina, S.E. yang selama lima tahun terakhir nyata berpihak kepada nelayan kecil di negeri-negeri "
          "pesisir Maluku Tengah."),
        L("Forum musyawarah sepakat bahwa program ini hanya akan berlanjut apabila pasangan tersebut kembali "
          "memimpin Maluku Tengah pada periode berikutnya. Oleh karena itu seluruh jajaran Dinas diminta "
          "mengambil bagian sesuai tugas dan wilayah kerja masing-masing."),
        H("B. PELAKSANAAN PENYALURAN"),
        L("Penyerahan bantuan di setiap negeri dijadwalkan antara tanggal 14 Oktober s.d. 15 November 2024 "
          "dan dilaksanakan bersama tim Bapak Abdullah Rumra yang telah berkoordinasi dengan Sekretaris Dinas. "
          "Jadwal menyesuaikan agenda kunjungan beliau ke masing-masing kecamatan."),
        L("Spanduk dan stiker pada mesin tempel menggunakan desain warna hijau-putih yang telah dikirim oleh "
          "tim. Desain lama berlogo Dinas tidak dipakai lagi."),
        L("Prioritas penerima adalah KUB yang ketuanya sudah menandatangani surat pernyataan dukungan "
          "(format terlampir). KUB yang belum menandatangani ditunda penyalurannya sampai ada kepastian sikap."),
        L("Penyuluh menyampaikan secara langsung kepada anggota KUB bahwa kelanjutan bantuan tahun 2025 sangat "
          "bergantung pada hasil tanggal 27 November 2024."),
        L("Setiap wilayah penyuluhan memastikan sekurang-kurangnya 70% anggota KUB binaan memberikan suara "
          "kepada beliau, dengan rincian sebagai berikut:"),
        {"table": [
            ["No", "Wilayah Penyuluhan", "Jumlah KUB", "Anggota", "Target Suara (70%)", "Penanggung Jawab"],
            ["1", "Leihitu", "38", "412", "288", "Koordinator PP Leihitu"],
            ["2", "Salahutu", "31", "355", "249", "Koordinator PP Salahutu"],
            ["3", "Amahai", "22", "240", "168", "Koordinator PP Amahai"],
            ["4", "Tehoru", "19", "205", "144", "Koordinator PP Tehoru"],
            ["5", "Saparua", "27", "301", "211", "Koordinator PP Saparua"],
            ["6", "Banda", "14", "150", "105", "Koordinator PP Banda"],
            ["", "**Jumlah**", "**151**", "**1.663**", "**1.165**", ""],
        ], "widths": [500, 2000, 1100, 1100, 1700, 2600], "header_row": True},
        H("C. PELAPORAN"),
        P("Koordinator Penyuluh melaporkan rekap surat pernyataan dukungan beserta dokumentasi penyerahan "
          "setiap hari Jumat kepada Sekretaris Dinas, terakhir tanggal 22 November 2024. Laporan dibuat dua "
          "rangkap: satu untuk arsip Dinas dan satu diserahkan kepada tim beliau."),
        H("D. PENUTUP"),
        P("Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab. Atas kerja sama "
          "Saudara diucapkan terima kasih."),
        blank(),
    ]
    body += ttd("Kepala Dinas Perikanan\nKabupaten Maluku Tengah,", "Ir. HENDRIK J. SAHETAPY, M.Si.",
                "19710512 199803 1 007", "Pembina Utama Muda (IV/c)", tgl="Masohi, 7 Oktober 2024")
    body += tembusan(["Arsip."])
    s = spec({"title": "SE Penyaluran Bantuan Sarana Tangkap", "author": "Sekretariat DKP",
              "created": "2024-10-07T00:30:00Z", "company": "Dinas Perikanan Kab. Maluku Tengah"}, body,
             kop(["PEMERINTAH KABUPATEN MALUKU TENGAH", "DINAS PERIKANAN",
                  "Jalan Abdullah Soulissa No. 14 Masohi, Kode Pos 97511 - Telp. (0914) 21384"]),
             font="Bookman Old Style")
    label = {"violation": True,
             "categories": ["endorsement", "campaign-activity", "inducement", "state-facility", "letterhead-misuse"],
             "classes": [1, 7, 8, 9, 10, 13],
             "note": "SE Dinas Perikanan: bantuan alat tangkap disebut 'kelanjutan program' pasangan Rumra-Pattiasina "
                     "agar 'memimpin kembali periode berikutnya'; diserahkan bersama tim, warna tim, hanya untuk KUB "
                     "yang teken surat dukungan, ancaman bantuan 2025, target suara 70% per wilayah."}
    return s, label


@memo
def m002():
    """C: SE netralitas ASN Provinsi Kalimantan Tengah - full list of prohibitions."""
    body = judul("SURAT EDARAN", "800.1.4/ 2217 /BKD/IX/2024",
                 "NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR,\n"
                 "BUPATI DAN WAKIL BUPATI SERTA WALI KOTA DAN WAKIL WALI KOTA TAHUN 2024")
    body += [
        {"p": "Yth. Para Kepala Perangkat Daerah di lingkungan Pemerintah Provinsi Kalimantan Tengah", "align": "left",
         "after": 0},
        {"p": "di -", "align": "left", "after": 0},
        {"p": "      Palangka Raya", "align": "left", "after": 200},
        H("1. Latar Belakang"),
        P("Tahapan kampanye Pemilihan Serentak Tahun 2024 berlangsung mulai 25 September sampai dengan "
          "23 November 2024, dan pemungutan suara dilaksanakan pada Rabu, 27 November 2024. Pada masa ini "
          "potensi keterlibatan pegawai dalam kegiatan politik praktis meningkat, baik secara langsung maupun "
          "melalui media sosial. Pegawai ASN wajib menjaga netralitas sebagaimana diatur dalam peraturan "
          "perundang-undangan.{fn:1}"),
        H("2. Maksud dan Tujuan"),
        P("Surat Edaran ini dimaksudkan sebagai pedoman bagi pimpinan perangkat daerah dalam membina dan "
          "mengawasi pegawai ASN, termasuk PPPK dan pegawai non-ASN, agar pelayanan publik tetap berjalan "
          "profesional dan tidak berpihak kepada pasangan calon mana pun."),
        H("3. Ruang Lingkup"),
        P("Edaran berlaku bagi seluruh Pegawai Negeri Sipil, PPPK, dan tenaga non-ASN di lingkungan "
          "Pemerintah Provinsi Kalimantan Tengah, termasuk pegawai yang sedang tugas belajar atau "
          "diperbantukan pada instansi lain."),
        H("4. Larangan"),
        P("Pegawai ASN **dilarang**:", first=0),
        L("memberikan dukungan kepada pasangan calon, baik secara lisan, tertulis, maupun melalui simbol "
          "tangan atau gestur yang menunjukkan nomor urut;", 1),
        L("menjadi anggota atau pengurus tim kampanye, tim pemenangan, atau kelompok relawan pasangan calon;", 1),
        L("menghadiri, mengikuti, atau mengerahkan orang lain ke kampanye, deklarasi, rapat umum, "
          "konsolidasi, maupun pertemuan silaturahmi yang diselenggarakan oleh atau untuk pasangan calon;", 1),
        L("memakai, memasang, atau membagikan atribut kampanye seperti kaos, topi, stiker, spanduk, dan baliho;", 1),
        L("mengunggah, menyukai (%%like%%), mengomentari, membagikan, atau mengikuti akun dan grup media sosial "
          "pasangan calon, termasuk memasang twibbon atau bingkai foto profil bertema pasangan calon;", 1),
        L("menggunakan kendaraan dinas, rumah jabatan, gedung kantor, anggaran, peralatan, atau jam kerja "
          "untuk kegiatan pasangan calon;", 1),
        L("membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon, "
          "termasuk mengatur waktu dan tempat penyaluran bantuan pemerintah agar bersamaan dengan kegiatan "
          "pasangan calon;", 1),
        L("memberikan atau menjanjikan uang, sembako, uang transport, atau barang lain kepada pegawai dan "
          "masyarakat untuk memengaruhi pilihan, maupun mengancam akan mengurangi bantuan atau jabatan;", 1),
        L("mengumpulkan fotokopi KTP, kartu keluarga, atau surat pernyataan dukungan untuk pasangan calon;", 1),
        L("menggunakan kop surat, cap, dan akun resmi instansi untuk kepentingan pasangan calon.", 1),
        H("5. Kewajiban Pimpinan Perangkat Daerah"),
        L("menyosialisasikan Surat Edaran ini kepada seluruh pegawai melalui apel pagi dan grup internal;"),
        L("memastikan kendaraan dinas tidak dipasangi stiker atau atribut pasangan calon mana pun dan tetap "
          "berada di kantor di luar jam kerja;"),
        L("memberikan kesempatan kepada pegawai untuk menggunakan hak pilih pada 27 November 2024;"),
        L("melaporkan dugaan pelanggaran kepada Inspektorat Provinsi dan Bawaslu Provinsi Kalimantan Tengah."),
        H("6. Sanksi"),
        P("Pelanggaran terhadap ketentuan di atas dikenai hukuman disiplin dan/atau sanksi kode etik sesuai "
          "ketentuan peraturan perundang-undangan.{fn:2} Pimpinan yang membiarkan pelanggaran di unit kerjanya "
          "turut diperiksa."),
        P("Demikian untuk dilaksanakan dengan penuh tanggung jawab."),
        blank(),
    ]
    body += ttd("Sekretaris Daerah\nProvinsi Kalimantan Tengah,", "Dr. Ir. ANTONIUS DJANGGA, M.T.",
                "19680321 199403 1 004", tgl="Palangka Raya, 24 September 2024", an="a.n. Gubernur Kalimantan Tengah")
    body += tembusan(["Menteri Dalam Negeri di Jakarta;", "Kepala Badan Kepegawaian Negara di Jakarta;",
                      "Ketua Bawaslu Provinsi Kalimantan Tengah di Palangka Raya;",
                      "Inspektur Provinsi Kalimantan Tengah di Palangka Raya."])
    s = spec({"title": "SE Netralitas ASN Pilkada 2024", "author": "BKD Kalteng",
              "created": "2024-09-24T02:10:00Z", "company": "Pemprov Kalteng"}, body,
             kop(["PEMERINTAH PROVINSI KALIMANTAN TENGAH", "SEKRETARIAT DAERAH",
                  "Jalan R.T.A. Milono No. 1 Palangka Raya 73111"]),
             footnotes={
                 "1": "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara dan Peraturan Pemerintah "
                      "Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil.",
                 "2": "Lihat juga Surat Keputusan Bersama tentang Pedoman Pembinaan dan Pengawasan Netralitas "
                      "Pegawai ASN dalam Penyelenggaraan Pemilihan Umum dan Pemilihan Tahun 2024."},
             footer=[{"p": "SE Netralitas ASN - Pemprov Kalteng 2024", "align": "right", "size": 16}])
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "SE netralitas: daftar lengkap larangan (dukungan, tim, kampanye, atribut, medsos/twibbon, "
                     "fasilitas, bantuan, KTP, kop) — semua dalam bentuk larangan."}
    return s, label


@memo
def m003():
    """V: Puskesmas Bontonompo (Gowa) - WA broadcast pasted into a nota, follow/like/share, c0blos."""
    body = [
        {"p": "**NOTA DINAS**", "align": "center", "after": 120},
        {"table": [["Kepada", ":", "Seluruh Pegawai UPT Puskesmas Bontonompo (PNS, PPPK, sukarela)"],
                   ["Dari", ":", "Kepala UPT Puskesmas"],
                   ["Tanggal", ":", "30 September 2024"],
                   ["Hal", ":", "Arahan (salinan pesan grup)"]],
         "widths": [1500, 300, 7200], "borders": False},
        {"p": "", "border_bottom": True, "after": 120},
        {"p": "%%Disalin dari grup WhatsApp \"PKM BONTONOMPO KOMPAK\", Senin 30/9/2024 pukul 21.47:%%",
         "align": "left", "size": 20},
        {"p": "Assalamu alaikum wr wb. Tabe' bapak ibu semua, ini pesan dari Kapus, tolong dibaca sampai habis ya 🙏",
         "align": "left"},
        {"p": "1. Mulai malam ini semua pegawai WAJIB follow IG @andirahmat.gowa dan FB \"Andi Rahmat Mappaseng "
              "Official\". Besok pagi sy cek satu2, kirim SS ke japri sy sebelum apel.", "align": "left"},
        {"p": "2. Tiap postingan beliau di-like + komen yg bagus2 minimal 3x sehari, share ke story WA dan FB pake "
              "tagar #GowaLanjutkan #{split:ARMA|DA2Per|iode}.", "align": "left"},
        {"p": "3. Foto profil WA diganti pake twibbon yg sy kirim di bawah ini, jgn dicopot sampe tgl 27 Nov.",
         "align": "left"},
        {"p": "4. Keluarga di rumah diarahkan semua c0blos nmr 2, jgn sampe ada yg p!lih lain. Kalau Puang tdk "
              "jadi lagi kita semua yg rasa akibatnya, ingat tunjangan sama insentif BLUD.", "align": "left"},
        {"p": "Ini bukan paksaan di', tapi kita sama2 tau mi. Sy tdk mau dengar alasan. Habis baca hapus pesan ini.",
         "align": "left"},
        {"p": "— Kapus", "align": "left"},
        blank(),
        {"p": "Diteruskan untuk diketahui dan dilaksanakan.", "align": "left"},
    ]
    body += ttd("Kepala UPT Puskesmas Bontonompo,", "dr. ANDI NURFADILLAH", "19850217 201101 2 009", gap=2)
    s = spec({"title": "nota arahan", "author": "TU PKM", "created": "2024-09-30T14:00:00Z"}, body, font="Calibri")
    label = {"violation": True, "categories": ["endorsement", "social-media"],
             "classes": [1, 5, 7, 11],
             "note": "Pesan WA Kapus ditempel di nota dinas (tanpa kop): wajib follow/like/share akun Andi Rahmat "
                     "Mappaseng, tagar #ARMADA2Periode, twibbon, 'c0blos nmr 2', 'p!lih', 'Puang', ancaman tunjangan."}
    return s, label


@memo
def m004():
    """C: Satpol PP Bengkulu Utara - radiogram-style order to strip APK from office cars/government fences."""
    body = [
        {"p": "**NOTA DINAS**", "align": "center", "after": 0},
        {"p": "NOMOR: 300.1.4/ 388 /SATPOLPP/2024", "align": "center", "after": 200},
        {"table": [["KEPADA", ":", "YTH. KEPALA BIDANG PENEGAKAN PERDA DAN KABID TRANTIBUM"],
                   ["DARI", ":", "KEPALA SATUAN POLISI PAMONG PRAJA KAB. BENGKULU UTARA"],
                   ["TGL", ":", "14 OKTOBER 2024"],
                   ["SIFAT", ":", "SEGERA"],
                   ["PERIHAL", ":", "PENERTIBAN APK DAN ATRIBUT PASLON PADA KENDARAAN DINAS DAN FASILITAS PEMERINTAH"]],
         "widths": [1500, 300, 7200], "borders": False},
        {"p": "", "border_bottom": True, "after": 120},
        {"p": "BERDASARKAN SURAT BAWASLU KABUPATEN BENGKULU UTARA NOMOR 112/PP.01.02/K.BE-05/10/2024 PERIHAL "
              "REKOMENDASI PENERTIBAN ALAT PERAGA KAMPANYE TTK DIPERINTAHKAN KEPADA SAUDARA UNTUK:", "align": "both"},
        {"p": "SATU. MELEPAS SELURUH STIKER KMA MAGNET DAN ATRIBUT PASLON MANAPUN YANG TERPASANG PADA KENDARAAN "
              "DINAS RODA DUA DAN RODA EMPAT DI LINGKUNGAN PEMKAB TTK DATA NOPOL DARI BPKAD TERLAMPIR TTK",
         "indent": 360, "align": "both"},
        {"p": "DUA. MENURUNKAN BALIHO BERGAMBAR BUPATI PETAHANA BERTULISKAN \"LANJUTKAN KERJA NYATA - {split:DUA PER|IODE} "
              "UNTUK BENGKULU UTARA\" YANG TERPASANG DI PAGAR KANTOR CAMAT KETAHUN DAN DI HALAMAN PUSKESMAS LAIS "
              "TTK KANTOR PEMERINTAH BUKAN TEMPAT APK TTK", "indent": 360, "align": "both"},
        {"p": "TIGA. PENERTIBAN BERLAKU SAMA TERHADAP APK PASANGAN CALON NOMOR URUT 1 KMA 2 DAN 3 TANPA KECUALI "
              "SESUAI KEPUTUSAN KPU TENTANG LOKASI PEMASANGAN TTK", "indent": 360, "align": "both"},
        {"p": "EMPAT. APK YANG DITURUNKAN DIAMANKAN DI GUDANG SATPOL PP DAN DISERAHKAN KEPADA LO TIM KAMPANYE "
              "MASING-MASING DENGAN BERITA ACARA DISAKSIKAN PANWASCAM TTK", "indent": 360, "align": "both"},
        {"p": "LIMA. PERSONEL DILARANG BERFOTO DENGAN APK KMA MENGOMENTARI ISI APK ATAU MENGUNGGAHNYA KE "
              "MEDIA SOSIAL TTK", "indent": 360, "align": "both"},
        {"p": "ENAM. LAPORKAN HASIL PELAKSANAAN PALING LAMBAT 17 OKTOBER 2024 TTK", "indent": 360, "align": "both"},
        {"p": "LOKASI PRIORITAS:", "bold": True, "before": 120},
        {"table": [["NO", "LOKASI", "JENIS", "KETERANGAN"],
                   ["1", "PAGAR KANTOR CAMAT KETAHUN", "BALIHO 3X4 M", "PETAHANA (NO. URUT 2)"],
                   ["2", "HALAMAN PUSKESMAS LAIS", "BALIHO 2X3 M", "PETAHANA (NO. URUT 2)"],
                   ["3", "TIANG PJU DEPAN RSUD ARGA MAKMUR", "SPANDUK", "PASLON NO. URUT 1"],
                   ["4", "GERBANG SDN 04 ARGA MAKMUR", "BENDERA/UMBUL2", "PASLON NO. URUT 3"],
                   ["5", "KENDARAAN DINAS BD 8214 (DATA BPKAD)", "STIKER", "CAMPURAN"]],
         "widths": [600, 3700, 2000, 2700], "header_row": True},
        blank(),
        {"p": "DEMIKIAN UNTUK DILAKSANAKAN TTK", "align": "left"},
    ]
    body += ttd("KEPALA SATUAN POLISI PAMONG PRAJA\nKABUPATEN BENGKULU UTARA,", "DEDI HARYANTO, S.Sos., M.Si.",
                "19760804 199903 1 002", gap=2)
    body += tembusan(["BUPATI BENGKULU UTARA (SEBAGAI LAPORAN)", "KETUA BAWASLU KAB. BENGKULU UTARA",
                      "KETUA KPU KAB. BENGKULU UTARA"], label="TEMBUSAN:")
    s = spec({"title": "ND penertiban APK", "author": "Satpol PP BU", "created": "2024-10-14T01:20:00Z"}, body,
             kop(["PEMERINTAH KABUPATEN BENGKULU UTARA", "SATUAN POLISI PAMONG PRAJA",
                  "Jl. Jend. Sudirman, Arga Makmur - Bengkulu Utara 38611"], placement="table", logo="LOGO BU"),
             font="Courier New")
    label = {"violation": False, "categories": [], "classes": [14, 11],
             "note": "Nota radiogram (huruf kapital, TTK/KMA): lepas stiker paslon dari kendaraan dinas, turunkan "
                     "baliho petahana 'LANJUTKAN KERJA NYATA - DUA PERIODE' dari kantor camat; berlaku semua paslon."}
    return s, label


@memo
def m005():
    """V: Notulen K3S Kecamatan Nita (Sikka) - decisions, target suara per sekolah, KTP, honor threats."""
    body = [
        {"p": "**NOTULEN RAPAT**", "align": "center", "after": 0},
        {"p": "KELOMPOK KERJA KEPALA SEKOLAH (K3S) SD KECAMATAN NITA", "align": "center", "after": 200},
        {"table": [["Hari/Tanggal", ":", "Kamis, 10 Oktober 2024"],
                   ["Waktu", ":", "09.00 - 13.15 WITA"],
                   ["Tempat", ":", "Ruang guru SDK Nita 2"],
                   ["Pimpinan rapat", ":", "Korwil Pendidikan Kec. Nita"],
                   ["Notulis", ":", "Fransiska Ina Moa, S.Pd. (Kepsek SDI Tilang)"],
                   ["Peserta", ":", "23 kepala SD negeri dan swasta (daftar hadir terlampir)"]],
         "widths": [2000, 300, 6700], "borders": False},
        blank(),
        {"p": "**A. Evaluasi BOS Triwulan III**", "align": "left"},
        P("Laporan SPJ BOS triwulan III sudah masuk dari 19 sekolah. Empat sekolah (SDI Bloro, SDK Nele, "
          "SDN Riit, SD Inpres Wolomarang) diminta melengkapi bukti belanja paling lambat 18 Oktober.", first=0),
        {"p": "**B. Persiapan ANBK kelas V**", "align": "left"},
        P("Jadwal gladi ANBK dibagi dua sesi. Sekolah yang belum punya laptop cukup meminjam dari SDK Nita 2 dan "
          "SDN Nita Kota. Proktor harap cek koneksi seminggu sebelumnya.", first=0),
        {"p": "**C. Lain-lain: Pilkada Kab. Sikka 27 Nov 2024**", "align": "left"},
        P("Korwil menyampaikan pesan dari \"atas\" spy seluruh jajaran pendidikan Kec. Nita solid mendukung "
          "paket Y0MAN — Bapak Yoseph Da Costa Mitan dan Ibu Maria Goreti Lering — untuk melanjutkan "
          "pembangunan Sikka. Setelah diskusi, forum sepakt dan memutuskan hal2 berikut:", first=0),
        L("Seluruh kepala SD se-Kec. Nita bergabung dalam \"Relawan Guru Peduli YOMAN\". Ketua: Kepsek SDK Nita 2; "
          "sekretaris: notulis. Tiap sekolah tunjuk 2 guru sebagai koordinator."),
        L("Diputuskan target suara per sekolah (guru, tendik, komite, orang tua murid) sesuai tabel di bawah. "
          "Kepsek bertanggung jawab penuh atas pencapaian di lingkungan sekolahnya."),
        L("Tiap sekolah kumpulkan fotokopi KTP + KK orang tua murid yg siap d-u-k-u-n-g, paling lambat "
          "31 Okt 2024, serahkan ke sekretaris relawan. Utk setiap 25 lembar KTP tim memberi uang operasional "
          "Rp250.000 ke sekolah.{ins: Sambil menunggu dari tim, uang operasional relawan boleh ditalangi "
          "dulu dari kas BOS sekolah, nanti diganti.}"),
        L("Guru honor komite yang tidak ikut mendukung tidak diusulkan perpanjangan kontrak TA 2025/2026 dan "
          "tidak diikutkan pendataan PPPK."),
        L("Pertemuan relawan berikutnya sekaligus penyerahan data KTP: Sabtu, 2 Nov 2024 di rumah Ketua."),
        {"table": [["Sekolah", "Jml guru+tendik", "Komite", "Ortu murid (KK)", "Target suara"],
                   ["SDK Nita 2", "18", "7", "214", "220"],
                   ["SDN Nita Kota", "15", "7", "190", "190"],
                   ["SDI Tilang", "11", "5", "131", "135"],
                   ["SDK Nele", "12", "5", "158", "160"],
                   ["SDI Bloro", "9", "5", "102", "100"],
                   ["SD lainnya (18 sekolah)", "@ 8-12", "@ 5", "-", "@ 80"]],
         "widths": [2600, 1600, 1200, 1800, 1800], "header_row": True},
        blank(),
        P("Rapat ditutup pukul 13.15 dengan doa oleh Kepsek SDK Nele.", first=0),
        blank(),
        {"table": [[[{"p": "Pimpinan Rapat,", "align": "center"}, blank(), blank(),
                     {"p": "**__Stefanus Wodon, S.Pd.__**", "align": "center", "after": 0},
                     {"p": "NIP. 19700915 199203 1 011", "align": "center"}],
                    [{"p": "Notulis,", "align": "center"}, blank(), blank(),
                     {"p": "**__Fransiska Ina Moa, S.Pd.__**", "align": "center", "after": 0},
                     {"p": "NIP. 19820410 200604 2 015", "align": "center"}]]],
         "widths": [4500, 4500], "borders": False},
    ]
    s = spec({"title": "notulen k3s okt", "author": "Fransiska", "created": "2024-10-10T06:30:00Z",
              "last_modified_by": "Korwil Nita", "modified": "2024-10-11T01:05:00Z"}, body,
             kop(["PEMERINTAH KABUPATEN SIKKA", "DINAS PENDIDIKAN, KEPEMUDAAN DAN OLAHRAGA",
                  "KOORDINATOR WILAYAH BIDANG PENDIDIKAN KECAMATAN NITA",
                  "Jln. Raya Maumere - Ende Km 11, Nita"]), font="Times New Roman")
    label = {"violation": True,
             "categories": ["endorsement", "campaign-activity", "inducement", "state-facility", "letterhead-misuse"],
             "classes": [1, 4, 8, 9, 11],
             "note": "Notulen K3S di kop Korwil: forum 'sepakat' mendukung paket Y0MAN, kepsek gabung relawan, target "
                     "suara per sekolah, kumpul KTP dibayar Rp250rb/25 KTP, ancaman kontrak honorer; tracked insertion "
                     "talangan dari kas BOS."}
    return s, label


@memo
def m006():
    """C: Kesbangpol Kota Kendari - coordination of security/services for all pairs' rallies, equal treatment."""
    body = [
        {"p": "PEMERINTAH KOTA KENDARI", "align": "center", "bold": True, "size": 28, "after": 0},
        {"p": "BADAN KESATUAN BANGSA DAN POLITIK", "align": "center", "bold": True, "after": 0},
        {"p": "Jl. Drs. H. Abdullah Silondae No. 8, Kendari 93111", "align": "center", "after": 0, "size": 20},
        {"p": "", "border_bottom": True, "after": 200},
    ]
    body += surat_head("Kendari, 30 Oktober 2024", "200.2/ 714 /Kesbangpol/X/2024", "Penting", "1 (satu) berkas",
                       "Undangan Rapat Koordinasi Pengamanan dan\n\tPelayanan Kampanye Rapat Umum",
                       ["Yth.", "Daftar Undangan Terlampir", "di -", "     Kendari"])
    body += [
        P("Menindaklanjuti Keputusan KPU Kota Kendari tentang jadwal dan lokasi kampanye rapat umum Pemilihan "
          "Wali Kota dan Wakil Wali Kota Kendari Tahun 2024, dengan ini kami mengundang Bapak/Ibu untuk "
          "menghadiri rapat koordinasi pada:"),
        {"table": [["Hari/Tanggal", ":", "Senin, 4 November 2024"],
                   ["Pukul", ":", "09.00 WITA s.d. selesai"],
                   ["Tempat", ":", "Aula Badan Kesbangpol Kota Kendari"],
                   ["Acara", ":", "Pembagian tugas pengamanan, lalu lintas, kebersihan dan layanan kesehatan "
                                  "pada tiga kali rapat umum"]],
         "widths": [2000, 300, 6700], "borders": False, "indent": 709},
        P("Jadwal rapat umum yang telah ditetapkan KPU adalah sebagai berikut:"),
        {"table": [["Tanggal", "Pasangan Calon", "Lokasi", "Dukungan layanan Pemkot"],
                   ["10 Nov 2024", "Nomor Urut 1", "Lapangan Benu-Benua", "Satpol PP, Dishub, DLH, Dinkes (1 ambulans)"],
                   ["14 Nov 2024", "Nomor Urut 2", "Lapangan Benu-Benua", "Satpol PP, Dishub, DLH, Dinkes (1 ambulans)"],
                   ["18 Nov 2024", "Nomor Urut 3", "Lapangan Benu-Benua", "Satpol PP, Dishub, DLH, Dinkes (1 ambulans)"]],
         "widths": [1500, 2000, 2500, 3000], "header_row": True},
        P("Dukungan layanan diberikan dalam jumlah dan bentuk yang sama bagi setiap pasangan calon. Personel "
          "yang bertugas wajib mengenakan pakaian dinas lapangan, tidak memakai atau membawa atribut pasangan "
          "calon, tidak ikut bernyanyi, berfoto, maupun mengacungkan simbol nomor urut, dan hanya berada di "
          "titik tugas yang ditentukan."),
        P("Pegawai di luar daftar petugas tidak diperkenankan hadir di lokasi rapat umum, baik pada jam kerja "
          "maupun di luar jam kerja. Kendaraan dinas hanya digunakan untuk kendaraan operasional pengamanan "
          "dan ambulans siaga."),
        P("Rapat juga mengundang penghubung (LO) masing-masing tim kampanye, KPU dan Bawaslu Kota Kendari "
          "agar pengaturan teknis disepakati secara terbuka. Mengingat pentingnya acara, kehadiran pimpinan atau "
          "pejabat yang membidangi sangat diharapkan."),
        blank(),
    ]
    body += ttd("Kepala Badan Kesatuan Bangsa dan Politik\nKota Kendari,", "LA ODE MUH. SYARIFUDDIN, S.STP., M.Si.",
                "19810707 200112 1 003", "Pembina (IV/a)")
    body += [{"pagebreak": True},
             {"p": "Lampiran: Daftar Undangan", "bold": True},
             L("Kepala Satuan Polisi Pamong Praja Kota Kendari;"), L("Kepala Dinas Perhubungan Kota Kendari;"),
             L("Kepala Dinas Lingkungan Hidup Kota Kendari;"), L("Kepala Dinas Kesehatan Kota Kendari;"),
             L("Kapolresta Kendari (Kabag Ops);"), L("Ketua KPU Kota Kendari;"), L("Ketua Bawaslu Kota Kendari;"),
             L("LO Tim Kampanye Pasangan Calon Nomor Urut 1, 2 dan 3.")]
    s = spec({"title": "Undangan Rakor Pengamanan Kampanye", "author": "Kesbangpol Kdi",
              "created": "2024-10-30T00:45:00Z"}, body)
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Rakor pengamanan kampanye rapat umum: tiga paslon dilayani sama, petugas tanpa atribut, "
                     "pegawai lain dilarang hadir; umpan 'kampanye rapat umum', 'nomor urut', 'ambulans', 'dukungan layanan'."}
    return s, label


@memo
def m007():
    """V: Kecamatan Sukodadi (Lamongan) - attendance at 'Kampanye Akbar' with office cars, quotas, attire."""
    body = surat_head("Sukodadi, 31 Januari 2024", "005/ 046 /413.321/2024", "Segera", "-",
                      "Kehadiran pada Kampanye Akbar\n\tMinggu, 4 Februari 2024",
                      ["Kepada", "Yth. 1. Sekretaris Kecamatan dan Kasi", "       2. Kepala Desa se-Kecamatan Sukodadi",
                       "di -", "       TEMPAT"])
    body += [
        P("Sehubungan dengan pelaksanaan Kampanye Akbar di Stadion Surajaya Lamongan pada hari Minggu, "
          "4 Februari 2024, bersama ini disampaikan pengaturan keberangkatan sebagai berikut:"),
        L("Titik kumpul di halaman Kantor Kecamatan Sukodadi pukul 06.00 WIB. Staf kecamatan berangkat "
          "menggunakan kendaraan dinas kecamatan (2 unit Innova dan 1 unit Elf)."),
        L("Kepala Desa mengoordinasikan keberangkatan warga dengan kendaraan operasional desa dan pikap, "
          "masing-masing desa paling sedikit 50 (lima puluh) orang."),
        L("Peserta memakai kaos putih dan celana/rok gelap. Kaos dan topi dibagikan di titik kumpul."),
        L("Konsumsi (nasi kotak dan air mineral) disiapkan oleh Kasi Kesejahteraan Sosial, dibebankan pada "
          "kegiatan rapat koordinasi kecamatan."),
        L("Daftar nama peserta tiap desa diserahkan kepada Sekretaris Kecamatan paling lambat Jumat, "
          "2 Februari 2024 pukul 15.00 WIB; absensi ulang dilakukan saat naik kendaraan dan di pintu stadion."),
        L("Rapat persiapan dengan Kepala Desa dilaksanakan Sabtu, 3 Februari 2024 pukul 09.00 WIB di "
          "Pendopo Kecamatan."),
        P("DIMOHON SEMUA HADIR TEPAT WAKTU, JANGAN SAMPAI DESA KITA KALAH JUMLAH DENGAN KECAMATAN LAIN. "
          "Monggo dikoordinasikan dengan baik."),
        P("Demikian untuk menjadi perhatian dan dilaksanakan."),
        blank(),
    ]
    body += ttd("CAMAT SUKODADI,", "Drs. MOCH. SHOLICHIN, M.M.", "19690318 199003 1 006", "Pembina Tk. I (IV/b)")
    s = spec({"title": "surat kampanye akbar", "author": "Kec. Sukodadi", "created": "2024-01-31T03:15:00Z"}, body,
             kop(["PEMERINTAH KABUPATEN LAMONGAN", "KECAMATAN SUKODADI",
                  "Jl. Raya Sukodadi No. 2 Telp. (0322) 391406 Lamongan 62253"], placement="table", logo="[logo]"),
             font="Arial")
    label = {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
             "classes": [2, 6, 11, 12],
             "note": "Surat camat (kop tabel): perihal 'Kehadiran pada Kampanye Akbar' lalu hanya logistik — kendaraan "
                     "dinas, pikap desa, kuota 50 warga/desa, kaos putih, konsumsi dari anggaran rakor, absensi. "
                     "Paslon tidak disebut."}
    return s, label


@memo
def m008():
    """C: RSUD Merauke - informal WA-style memo on 14 Feb shifts, KPPS, pindah memilih, hak pilih."""
    body = [
        {"p": "**INFO BIDANG KEPERAWATAN — PEMILU 14 FEBRUARI 2024**", "align": "left", "after": 60},
        {"p": "RSUD Merauke, 5 Februari 2024 (diteruskan ke grup kepala ruangan)", "align": "left", "size": 20,
         "italic": True},
        {"p": "Selamat siang bapa ibu kepala ruangan semua 🙏", "align": "left"},
        {"p": "Sa mau sampaikan beberapa hal soal tanggal 14 Feb nanti, tolong diteruskan ke anggota di ruangan "
              "masing2:", "align": "left"},
        {"p": "1) Tgl 14 Feb itu hari libur nasional, tapi rumah sakit tetap jalan biasa. Shift pagi-sore-malam "
              "tetap ada, hanya diatur supaya semua dapat waktu pi TPS.", "align": "left"},
        {"p": "2) Silakan tiap ruangan pilih salah satu slot izin keluar mencoblos: 07.00–09.00, 09.00–11.00 atau "
              "11.00–13.00. Isi di form ini: {link:https://forms.gle/rsudmrk-slot-tps|form slot TPS RSUD}. "
              "Maksimal sepertiga anggota per slot supaya ruangan tra kosong.", "align": "left"},
        {"p": "3) Teman2 yang jadi anggota KPPS, tolong kasih masuk fotokopi SK KPPS ke bagian kepegawaian paling "
              "lambat Jumat 9 Feb, nanti diatur tukar shift. Jadi KPPS itu boleh, sudah ada surat dari Direktur.",
         "align": "left"},
        {"p": "4) Yang KTP-nya bukan Merauke dan mau pindah memilih, urus formulir pindah memilih di PPS/KPU, "
              "jangan tunggu mepet.", "align": "left"},
        {"p": "5) Kam semua diharap gunakan hak pilih, itu hak masing2. Pilih sesuai hati nurani, tra ada yang "
              "boleh arahkan.", "align": "left"},
        {"p": "6) Ingat e: di ruangan dan di grup kantor jangan kirim foto jari tinta sambil tunjuk angka, jangan "
              "pasang stiker atau bicara soal pilihan dengan pasien dan keluarga. Kita ASN netral.", "align": "left"},
        {"p": "Terima kasih, Tuhan berkati 🙏", "align": "left"},
        {"p": "— Ns. Yuliana Gebze, S.Kep., Kabid Keperawatan", "align": "left"},
    ]
    s = spec({"title": "info pemilu keperawatan", "author": "Kabid Kep", "created": "2024-02-05T03:00:00Z"}, body,
             font="Calibri", size=22)
    label = {"violation": False, "categories": [], "classes": [14, 11],
             "note": "Pesan informal bidang keperawatan: shift hari pemungutan suara, pilih slot izin ke TPS, ASN jadi "
                     "KPPS, pindah memilih, 'gunakan hak pilih', larangan foto jari/stiker; tanpa keberpihakan."}
    return s, label


@memo
def m009():
    """V: Inspektorat Poso - discipline circular with a loyalty/social-media ask for the incumbent."""
    body = judul("SURAT EDARAN", "700.1/ 309 /ITDA/X/2024",
                 "PEMBINAAN DISIPLIN DAN INTEGRITAS PEGAWAI\nMENJELANG PEMILIHAN SERENTAK 2024")
    body += [
        {"p": "Kepada Yth. Seluruh Pejabat Fungsional Auditor, P2UPD dan Staf Inspektorat Kabupaten Poso", "align": "left"},
        H("1. Umum"),
        P("Dalam rangka menjaga kinerja pengawasan dan pembangunan Zona Integritas di lingkungan Inspektorat, "
          "pimpinan memandang perlu menyampaikan beberapa arahan kepada seluruh pegawai menjelang pemungutan "
          "suara tanggal 27 November 2024."),
        H("2. Disiplin Kerja"),
        L("Apel pagi wajib diikuti pukul 07.30 WITA; presensi melalui aplikasi dilakukan di area kantor."),
        L("Penugasan audit dan reviu tetap mengacu PKPT 2024, tidak ada penundaan karena alasan Pilkada."),
        L("Pegawai menjaga sikap dan tutur kata di lingkungan kerja serta di ruang publik."),
        H("3. Loyalitas kepada Pimpinan Daerah"),
        P("Sebagai keluarga besar Inspektorat, kita patut berterima kasih atas perhatian Bapak Ir. Markus "
          "Tampai, M.T. selama memimpin Kabupaten Poso. Seluruh pegawai diminta ikut menyukseskan langkah beliau "
          "melanjutkan pengabdian untuk dua periode, dimulai dari lingkungan keluarga dan tetangga masing-masing."),
        L("Setiap pegawai wajib mengikuti akun {link:https://www.instagram.com/markustampai.official|Instagram "
          "@markustampai.official} dan akun TikTok beliau."),
        L("Setiap unggahan beliau agar disukai dan dibagikan ulang dengan tagar #{split:PosoLanjut|Dua|Periode} dan "
          "#MarkusTetapUntukPoso."),
        L("Komentar negatif terhadap beliau di grup-grup Facebook Poso agar ditanggapi secara santun."),
        H("4. Pelaporan"),
        P("Kepala Subbagian Umum dan Kepegawaian merekap tangkapan layar bukti mengikuti dan membagikan unggahan "
          "setiap hari Senin dan menyampaikannya kepada Inspektur. Pegawai yang tidak menyampaikan bukti akan "
          "dipanggil untuk pembinaan."),
        H("5. Penutup"),
        P("Demikian untuk dipedomani dan dilaksanakan dengan penuh rasa tanggung jawab."),
        blank(),
    ]
    body += ttd("Inspektur Kabupaten Poso,", "Drs. YOHANES LAMPANG, M.Si.", "19690920 199503 1 002",
                "Pembina Utama Muda (IV/c)", tgl="Poso, 8 Oktober 2024")
    s = spec({"title": "SE Pembinaan Disiplin", "author": "Inspektorat Poso", "created": "2024-10-08T01:00:00Z"},
             body, kop(["PEMERINTAH KABUPATEN POSO", "INSPEKTORAT DAERAH",
                        "Jl. Pulau Sumatera No. 3 Poso, Sulawesi Tengah 94619"]), font="Tahoma")
    label = {"violation": True, "categories": ["endorsement", "social-media", "letterhead-misuse"],
             "classes": [1, 5, 7, 10],
             "note": "SE Inspektorat berkedok disiplin/ZI: 'menyukseskan langkah beliau melanjutkan dua periode', wajib "
                     "follow/like/share akun Markus Tampai dengan tagar #PosoLanjutDuaPeriode; bagian Pelaporan rekap SS."}
    return s, label


@memo
def m010():
    """C: Puskesmas Wewewa Timur (Sumba Barat Daya) - health campaign bait words."""
    body = surat_head("Waimangura, 21 Oktober 2024", "440/ 212 /PKM-WT/X/2024", "Biasa", "1 (satu) lembar",
                      "Pelaksanaan Kampanye Imunisasi dan\n\tDeklarasi Desa Stop BABS",
                      ["Kepada", "Yth. Kepala Desa se-Kecamatan Wewewa Timur", "di -", "      Tempat"])
    body += [
        P("Dalam rangka kampanye imunisasi kejar dan percepatan desa Stop Buang Air Besar Sembarangan (BABS), "
          "Puskesmas Wewewa Timur memohon dukungan Bapak/Ibu Kepala Desa untuk kegiatan berikut."),
        L("**Kampanye imunisasi kejar** bagi anak usia 12–59 bulan yang belum lengkap imunisasinya. Vaksin MR dan "
          "DPT-HB-Hib dari Dinas Kesehatan datang dalam dua partai: partai pertama 28 Oktober, partai kedua "
          "11 November 2024."),
        L("**Deklarasi Desa Stop BABS** di Desa Kalembu Weri dan Desa Tema Tana, ditandai penandatanganan komitmen "
          "oleh kepala desa, tokoh adat dan tokoh gereja."),
        L("**Tim sukses imunisasi desa** terdiri atas bidan desa, dua kader posyandu dan satu perwakilan PKK. Tim "
          "inilah yang mendata sasaran dari rumah ke rumah."),
        L("Pemeriksaan kesehatan **calon pengantin** (catin) tetap dilayani setiap Kamis di ruang KIA."),
        P("Mohon Bapak/Ibu memilih salah satu jadwal pada lampiran untuk pelaksanaan di desa masing-masing dan "
          "mengabarkannya kepada bidan koordinator. Desa dengan cakupan tertinggi akan diusulkan mengikuti lomba "
          "desa sehat tingkat kabupaten; mari kita menangkan bersama."),
        {"textbox": [{"p": "**Pilihan jadwal (pilih satu):**", "after": 60},
                     {"p": "A. Selasa, 29 Oktober 2024 — Posyandu Kalembu Weri", "after": 0},
                     {"p": "B. Kamis, 31 Oktober 2024 — Posyandu Tema Tana", "after": 0},
                     {"p": "C. Selasa, 12 November 2024 — Posyandu Weelima", "after": 0},
                     {"p": "Kader memakai kaos kader posyandu warna kuning. Tidak ada pungutan biaya.", "after": 0,
                      "italic": True}],
         "width_cm": 14, "height_cm": 3.6},
        P("Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih."),
        blank(),
    ]
    body += ttd("Kepala Puskesmas Wewewa Timur,", "MARIA D. KONDA, S.KM.", "19800611 200604 2 018")
    s = spec({"title": "kampanye imunisasi", "author": "PKM Wewewa Timur", "created": "2024-10-21T01:00:00Z"}, body,
             kop(["PEMERINTAH KABUPATEN SUMBA BARAT DAYA", "DINAS KESEHATAN",
                  "UPTD PUSKESMAS WEWEWA TIMUR", "Waimangura, Kecamatan Wewewa Timur"]),
             engine="libreoffice")
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Umpan kata: 'kampanye imunisasi', 'deklarasi Stop BABS', 'tim sukses imunisasi', 'calon pengantin', "
                     "vaksin 'dua partai', 'memilih salah satu jadwal', 'menangkan' lomba, 'dukungan' kepala desa."}
    return s, label


# =================================================================== memos 011-016
@memo
def m011():
    """V: BPBD Pesisir Selatan - flood aid timed to a candidate's silaturahmi, his colours, transport money."""
    body = nd_head("NOTA DINAS", [
        ("Kepada", "Yth. Kepala Bidang Kedaruratan dan Logistik"),
        ("Dari", "Kepala Pelaksana BPBD Kabupaten Pesisir Selatan"),
        ("Tembusan", "Sekretaris BPBD"),
        ("Tanggal", "16 Oktober 2024"),
        ("Nomor", "360/ 377 /BPBD-PS/X/2024"),
        ("Sifat", "Segera"),
        ("Lampiran", "1 (satu) lembar"),
        ("Hal", "Dukungan Logistik Kunjungan Silaturahmi Calon Bupati H. Syafrizal Dt. Rajo Mudo ke Posko "
                "Banjir Lengayang"),
    ])
    body += [
        P("Menindaklanjuti pembicaraan kita kemarin sore, kunjungan silaturahmi Bapak H. Syafrizal Dt. Rajo Mudo "
          "ke posko pengungsian banjir di Kecamatan Lengayang dijadwalkan pada Sabtu, 19 Oktober 2024 pukul "
          "14.00 WIB. Agar kegiatan berjalan lancar, mohon Saudara menyiapkan hal-hal berikut:"),
        L("Penyerahan bantuan tahap II (450 paket sembako, 120 lembar terpal dan 300 selimut dari stok gudang "
          "BPBD) ditunda dari jadwal semula 17 Oktober dan diserahkan langsung oleh beliau pada saat kunjungan."),
        L("Paket bantuan dikemas ulang dalam kantong warna oranye dan ditempeli stiker \"Basamo Mambangun "
          "Pesisia\" yang sudah disiapkan tim. Logo BPBD pada kemasan tidak perlu ditonjolkan."),
        L("Staf Bidang Kedaruratan membantu penyambutan, mengatur barisan warga dan menyiapkan tenda komando "
          "serta pengeras suara posko untuk sambutan beliau."),
        L("Warga yang hadir didata nama dan NIK-nya di meja registrasi oleh staf BPBD. Setiap kepala keluarga "
          "yang hadir menerima uang transport Rp50.000 dari tim; daftar penerima diserahkan kepada koordinator "
          "tim kecamatan setelah acara."),
        L("Satu unit truk logistik dan satu unit mobil rescue dipakai mengangkut bantuan dan tenda ke lokasi; "
          "BBM dibebankan pada anggaran operasional tanggap darurat."),
        P("Kesempatan ini penting agar masyarakat terdampak tahu siapa yang sungguh peduli kepada mereka dan "
          "tidak salah pilih pada 27 November nanti. Mohon dijaga agar tidak ada pihak lain yang memanfaatkan "
          "posko pada hari yang sama."),
        P("Demikian disampaikan, atas perhatian Saudara diucapkan terima kasih."),
        blank(),
    ]
    body += ttd("Kepala Pelaksana,", "Ir. ZULHENDRI, M.T.", "19730426 199903 1 005", gap=3)
    s = spec({"title": "ND dukungan logistik kunjungan", "author": "Kalaksa BPBD", "created": "2024-10-16T04:00:00Z"},
             body, kop(["PEMERINTAH KABUPATEN PESISIR SELATAN", "BADAN PENANGGULANGAN BENCANA DAERAH",
                        "Jl. H. Ilyas Yakub, Painan - Sumatera Barat 25611"]),
             footer=[{"p": "BPBD Pesisir Selatan | Siaga - Tangguh - Peduli", "align": "center", "size": 16}])
    label = {"violation": True,
             "categories": ["endorsement", "campaign-activity", "inducement", "state-facility", "letterhead-misuse"],
             "classes": [3, 6, 7, 8, 13],
             "note": "ND BPBD: bantuan banjir ditunda agar diserahkan calon bupati saat silaturahmi, dikemas warna/stiker "
                     "tim, staf urus penyambutan, uang transport Rp50rb dari tim dengan data NIK, truk & BBM dinas, "
                     "'tidak salah pilih'."}
    return s, label


@memo
def m012():
    """C: Bawaslu Halmahera Selatan - laporan penerusan dugaan pelanggaran netralitas, quoting the message."""
    body = judul("LAPORAN HASIL PENGAWASAN", "045/PP.01.02/K.MU-04/XI/2024",
                 "PENERUSAN DUGAAN PELANGGARAN NETRALITAS PEGAWAI ASN\nPADA PEMILIHAN BUPATI DAN WAKIL BUPATI "
                 "HALMAHERA SELATAN TAHUN 2024")
    body += [
        H("I. Pendahuluan"),
        P("Bawaslu Kabupaten Halmahera Selatan menerima laporan masyarakat pada tanggal 21 Oktober 2024 "
          "(Nomor Registrasi 007/Reg/LP/PB/Kab/32.04/X/2024) mengenai dugaan keterlibatan seorang kepala "
          "sekolah berstatus PNS dalam kegiatan politik praktis. Laporan memenuhi syarat formal dan materiel "
          "dan ditindaklanjuti dengan klarifikasi.{fn:1}"),
        H("II. Identitas Terlapor"),
        {"table": [["Nama", ":", "AMR (inisial)"],
                   ["Jabatan", ":", "Kepala SD Negeri di Kecamatan Bacan Timur"],
                   ["Status", ":", "PNS, Penata Tk. I (III/d)"],
                   ["Instansi", ":", "Dinas Pendidikan Kabupaten Halmahera Selatan"]],
         "widths": [1800, 300, 6900], "borders": False},
        H("III. Uraian Peristiwa dan Alat Bukti"),
        {"table": [["No", "Peristiwa", "Alat bukti", "Keterangan"],
                   ["1", "Pada 12 Oktober 2024 terlapor mengirim pesan ke grup WhatsApp \"Guru & Komite SDN ...\" "
                         "yang berbunyi: \"Tabea, mari torang samua coblos nomor 2 supaya Bapak lanjut dua periode. "
                         "Sapa yang tara ikut, nanti BOSDA tara cair.\"",
                    "Tangkapan layar (3 lembar) dan keterangan 2 saksi", "Diakui terlapor saat klarifikasi"],
                   ["2", "Pada 15 Oktober 2024 terlapor menghadiri deklarasi dukungan di Lapangan Labuha dengan "
                         "mengenakan kaos bergambar pasangan calon nomor urut 2.",
                    "Foto dan video 1 menit 12 detik", "Terlapor menyatakan hadir di luar jam kerja"]],
         "widths": [500, 4600, 2200, 1700], "header_row": True},
        H("IV. Kajian"),
        P("Perbuatan pada angka 1 memuat ajakan memilih pasangan calon tertentu disertai ancaman terhadap "
          "pencairan dana operasional sekolah, sedangkan perbuatan pada angka 2 merupakan keikutsertaan dalam "
          "kegiatan kampanye dengan atribut pasangan calon. Keduanya bertentangan dengan kewajiban netralitas "
          "pegawai ASN.{fn:2}"),
        H("V. Kesimpulan dan Rekomendasi"),
        L("Terlapor patut diduga melanggar ketentuan netralitas pegawai ASN."),
        L("Bawaslu merekomendasikan kepada Badan Kepegawaian Negara dan Pejabat Pembina Kepegawaian Kabupaten "
          "Halmahera Selatan untuk menjatuhkan sanksi sesuai ketentuan."),
        L("Dinas Pendidikan diminta memastikan tidak ada penahanan dana BOSDA terhadap sekolah mana pun."),
        blank(),
    ]
    body += ttd("Ketua Bawaslu\nKabupaten Halmahera Selatan,", "RAHMAT HI. UMAR, S.H.", tgl="Labuha, 4 November 2024")
    body += tembusan(["Ketua Bawaslu Provinsi Maluku Utara;", "Kepala Badan Kepegawaian Negara;",
                      "Bupati Halmahera Selatan selaku PPK."])
    s = spec({"title": "LHP netralitas ASN", "author": "Bawaslu Halsel", "created": "2024-11-04T02:30:00Z"}, body,
             kop(["BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN HALMAHERA SELATAN",
                  "Jl. Oesman Syah, Labuha, Bacan - Maluku Utara 97791"]),
             footnotes={"1": "Peraturan Bawaslu tentang Penanganan Pelanggaran Pemilihan Gubernur, Bupati, dan Wali Kota.",
                        "2": "Pasal 71 ayat (1) Undang-Undang Nomor 10 Tahun 2016 dan ketentuan disiplin PNS."},
             font="Cambria")
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Laporan Bawaslu yang mengutip pesan 'coblos nomor 2 supaya Bapak lanjut dua periode ... BOSDA tara "
                     "cair' dan kehadiran di deklarasi dukungan; laporan pengawasan, bukan ajakan."}
    return s, label


@memo
def m013():
    """V: Cabdisdik Kaltim - staff sent in turns to both pairs' rallies on duty time as dinas luar, school bus."""
    body = surat_head("Samarinda, 7 November 2024", "400.3/ 1184 /CDW-I/XI/2024", "Penting", "-",
                      "Penugasan Kehadiran pada Kampanye\n\tRapat Umum Pemilihan Gubernur",
                      ["Yth. Kepala SMA/SMK/SLB Negeri", "di wilayah Cabang Dinas Wilayah I", "di -", "      Tempat"])
    body += [
        P("Menindaklanjuti hasil musyawarah Forum Kepala Sekolah tanggal 4 November 2024, dan sehubungan "
          "dengan pelaksanaan kampanye rapat umum Pemilihan Gubernur dan Wakil Gubernur Kalimantan "
          "Timur di Kota Samarinda, Cabang Dinas memandang perlu kehadiran unsur pendidikan agar kegiatan "
          "berlangsung semarak dan tertib. Supaya tidak dianggap berpihak, penugasan dilakukan **bergiliran "
          "dan berimbang untuk kedua pasangan calon**, dengan ketentuan:"),
        {"table": [["Tanggal", "Rapat umum", "Lokasi", "Utusan tiap sekolah"],
                   ["Selasa, 12 Nov 2024", "Pasangan Calon Nomor Urut 1", "GOR Segiri", "10 guru + 5 tendik"],
                   ["Kamis, 14 Nov 2024", "Pasangan Calon Nomor Urut 2", "Stadion Madya Sempaja", "10 guru + 5 tendik"]],
         "widths": [2000, 2600, 2300, 2100], "header_row": True},
        L("Utusan diterbitkan Surat Perintah Tugas oleh kepala sekolah dan dicatat sebagai dinas luar, sehingga "
          "presensi hari tersebut tidak dipotong."),
        L("Keberangkatan pukul 08.00 WITA menggunakan bus sekolah atau kendaraan dinas sekolah; jam pelajaran "
          "yang ditinggalkan diganti dengan penugasan mandiri bagi siswa."),
        L("Peserta memakai pakaian bebas rapi. Kepala sekolah mengirimkan foto kehadiran rombongan ke grup "
          "Kepala Sekolah Cabdis Wilayah I sebagai bukti."),
        L("Sekolah yang tidak mengirim utusan pada salah satu tanggal diminta memberikan penjelasan tertulis."),
        H("Pelaporan"),
        P("Rekap nama utusan dan SPT dikirim ke Subbagian Tata Usaha Cabang Dinas paling lambat 11 November 2024 "
          "melalui surel resmi sekolah."),
        P("Demikian untuk dilaksanakan. Atas perhatian Bapak/Ibu diucapkan terima kasih."),
        blank(),
    ]
    body += ttd("Kepala Cabang Dinas Pendidikan\nWilayah I Provinsi Kalimantan Timur,", "Dra. SITI RAHMAWATI, M.Pd.",
                "19680812 199303 2 006", "Pembina Tk. I (IV/b)")
    s = spec({"title": "penugasan rapat umum", "author": "Cabdisdik W1", "created": "2024-11-07T00:20:00Z"}, body,
             kop(["PEMERINTAH PROVINSI KALIMANTAN TIMUR", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                  "CABANG DINAS PENDIDIKAN WILAYAH I", "Jl. Basuki Rahmat No. 56 Samarinda 75117"]),
             engine="libreoffice")
    label = {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
             "classes": [2, 6, 10, 12],
             "note": "Cabdisdik menugaskan guru/tendik hadir di rapat umum kedua paslon 'berimbang' pada jam kerja, "
                     "SPT dinas luar, bus/kendaraan dinas sekolah, bukti foto: mobilisasi ASN tanpa memihak tetap pelanggaran."}
    return s, label


@memo
def m014():
    """C: BKPSDM Musi Banyuasin - summons for clarification quoting an ASN's Instagram post."""
    body = surat_head("Sekayu, 9 Oktober 2024", "800.1.6.3/ 522 /BKPSDM/2024", "Rahasia", "-",
                      "Panggilan Klarifikasi",
                      ["Yth. Sdr. RIZKY PRATAMA, S.E.", "NIP. 19930517 201903 1 004", "Analis Keuangan pada Dinas "
                       "Perhubungan", "di -", "      Sekayu"])
    body += [
        P("Berdasarkan penerusan laporan Bawaslu Kabupaten Musi Banyuasin tanggal 7 Oktober 2024, Saudara "
          "diduga mengunggah konten pada akun Instagram pribadi yang berbunyi \"Muba harus lanjut! Yuk dukung & "
          "coblos no. 1 #MubaLanjutkan\" disertai bingkai foto (twibbon) pasangan calon nomor urut 1, serta "
          "menyukai dan membagikan ulang unggahan akun tim kampanye."),
        P("Untuk kepentingan klarifikasi, Saudara diminta hadir pada:"),
        {"table": [["Hari/Tanggal", ":", "Senin, 14 Oktober 2024"], ["Pukul", ":", "09.00 WIB"],
                   ["Tempat", ":", "Ruang Bidang Pembinaan dan Penghargaan BKPSDM"],
                   ["Menghadap", ":", "Kepala Bidang Pembinaan dan Penghargaan"]],
         "widths": [2000, 300, 6700], "borders": False},
        P("Saudara diminta membawa telepon genggam yang digunakan untuk mengakses akun tersebut. Panggilan ini "
          "bukan penjatuhan hukuman. Apabila Saudara tidak hadir tanpa alasan yang sah, pemeriksaan dilanjutkan "
          "berdasarkan bukti yang ada."),
        blank(),
    ]
    body += ttd("Kepala BKPSDM\nKabupaten Musi Banyuasin,", "H. ARIANSYAH, S.H., M.Si.", "19720103 199803 1 010")
    body += tembusan(["Kepala Dinas Perhubungan Kab. Musi Banyuasin;", "Ketua Bawaslu Kab. Musi Banyuasin."])
    s = spec({"title": "panggilan klarifikasi", "author": "BKPSDM Muba", "created": "2024-10-09T03:00:00Z"}, body,
             kop(["PEMERINTAH KABUPATEN MUSI BANYUASIN",
                  "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                  "Jl. Kolonel Wahid Udin, Kompleks Perkantoran Pemkab, Sekayu 30711"], placement="body"))
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Surat panggilan klarifikasi BKPSDM yang mengutip unggahan 'Yuk dukung & coblos no. 1 #MubaLanjutkan' "
                     "dan twibbon; kop pada surat patuh."}
    return s, label


@memo
def m015():
    """V: Kelurahan in Jayapura - voice-note transcript: KTP collection, beras for supporters, cut RT incentives."""
    body = [
        {"p": "**CATATAN ARAHAN LURAH**", "align": "center", "after": 0},
        {"p": "(transkrip pesan suara di grup \"RT/RW & Staf Kel. Ardipura\", 2 Oktober 2024, durasi 2:41)",
         "align": "center", "italic": True, "size": 20, "after": 200},
        {"p": "Selamat malam bapa ibu ketua RT, ketua RW, sama staf kelurahan semua. Sa langsung saja e, "
              "supaya tra panjang. Bapak yang kitong dukung untuk wali kota — sa tra sebut nama di grup, kam "
              "semua su tau to — minggu lalu su ketemu sa dan beliau minta kitong di Ardipura bantu. Jadi begini:", "align": "both"},
        {"p": "Satu. Tiap RT kumpul fotokopi KTP warga yang mau ikut Bapak. Minimal tiga puluh lembar satu RT, "
              "antar ke kantor kelurahan, kasih sama Ibu Sekretaris Lurah, paling lambat tanggal sepuluh.",
         "align": "both"},
        {"p": "Dua. Yang KTP su masuk nanti dapat beras sepuluh kilo. Beras itu dari Bapak pu tim, nanti dong "
              "drop di kelurahan, staf yang bagi. Yang tra kumpul, jangan harap e.", "align": "both"},
        {"p": "Tiga. Ketua RT yang sampe akhir bulan tra ada hasil, insentif RT triwulan empat sa tahan dulu. "
              "Sa tra main-main ini. [suara tidak jelas] ... ", "align": "both"},
        {"p": "Empat. Bapa ibu RT otomatis jadi koordinator relawan di RT masing-masing, nanti ada baju dan "
              "kartu relawan dari tim. Staf kelurahan bantu data.", "align": "both"},
        {"p": "Lima. Sabtu tanggal dua belas ada pelantikan tim pemenangan tingkat distrik di GOR Waringin, "
              "jam sembilan pagi. Staf kelurahan dan RT semua wajib hadir, nanti mobil kelurahan jemput di "
              "depan kantor jam delapan.", "align": "both"},
        {"p": "Ini untuk kitong semua, kalau beliau jadi wali kota, Ardipura pasti diperhatikan. Sudah e, "
              "terima kasih, Tuhan berkati.", "align": "both"},
        blank(),
        {"p": "Ditranskrip oleh: Kasi Pemerintahan dan Trantib, 3 Oktober 2024", "align": "left", "size": 20},
        {"p": "Untuk ditindaklanjuti oleh Ketua RT/RW dan staf kelurahan.", "align": "left", "size": 20},
    ]
    s = spec({"title": "arahan lurah", "author": "Kasi Pem", "created": "2024-10-03T01:40:00Z"}, body,
             kop(["PEMERINTAH KOTA JAYAPURA", "DISTRIK JAYAPURA SELATAN", "KELURAHAN ARDIPURA",
                  "Jl. Baru Ardipura, Jayapura 99221"], placement="body"), font="Calibri")
    label = {"violation": True,
             "categories": ["endorsement", "campaign-activity", "inducement", "state-facility", "letterhead-misuse"],
             "classes": [2, 4, 8, 11, 12],
             "note": "Transkrip pesan suara lurah di kop kelurahan: kumpul KTP pendukung 'Bapak' (nama sengaja tak disebut) "
                     "calon wali kota, beras 10 kg bagi yang setor KTP, tahan insentif RT, RT jadi koordinator relawan, "
                     "wajib hadir pelantikan tim pemenangan dengan mobil kelurahan."}
    return s, label


@memo
def m016():
    """C: Setda Bone - incumbent regent's campaign leave arrangements; regular duty before campaign, no content."""
    body = nd_head("NOTA DINAS", [
        ("Kepada", "Yth. 1. Kepala Bagian Protokol dan Komunikasi Pimpinan\n       2. Kepala Bagian Umum\n"
                   "       3. Kepala Dinas Komunikasi dan Informatika"),
        ("Dari", "Sekretaris Daerah Kabupaten Bone"),
        ("Tanggal", "19 September 2024"),
        ("Nomor", "000.1.2.3/ 1406 /Setda"),
        ("Sifat", "Penting"),
        ("Hal", "Pengaturan Kegiatan Pimpinan dan Fasilitas Selama Cuti Kampanye Bupati"),
    ])
    body += [
        P("Sehubungan dengan penetapan Bupati Bone sebagai pasangan calon pada Pemilihan Bupati dan Wakil Bupati "
          "Bone Tahun 2024, dan memperhatikan kewajiban cuti di luar tanggungan negara selama masa kampanye "
          "25 September s.d. 23 November 2024, bersama ini disampaikan pengaturan sebagai berikut."),
        H("A. Kegiatan sebelum masa cuti"),
        P("Pada Senin, 23 September 2024 Bupati dijadwalkan meresmikan gedung rawat inap Puskesmas Tanete Riattang "
          "sebagai kegiatan kedinasan biasa. Bagian Protokol memastikan:"),
        L("susunan acara hanya berisi laporan kepala dinas, sambutan Bupati tentang layanan kesehatan, dan "
          "penandatanganan prasasti;"),
        L("tidak ada spanduk, warna, tagar, yel-yel atau gestur nomor urut, dan tidak ada undangan bagi tim "
          "kampanye maupun partai pengusung;"),
        L("tidak ada pembagian barang atau uang kepada warga dalam acara tersebut."),
        H("B. Selama masa cuti"),
        L("Kendaraan dinas jabatan, kendaraan pengawal dan perlengkapan protokol dikembalikan kepada Bagian Umum "
          "paling lambat 24 September 2024 pukul 16.00 WITA."),
        L("Ajudan, staf protokol dan sopir berstatus ASN/PPPK tidak mendampingi kegiatan kampanye dan kembali "
          "bertugas di unit masing-masing."),
        L("Rumah jabatan tidak digunakan untuk pertemuan tim kampanye, konsolidasi, atau kegiatan sejenis."),
        L("Akun media sosial resmi Pemerintah Kabupaten tidak memuat, membagikan, atau menanggapi konten kampanye "
          "pasangan calon mana pun; Diskominfo memublikasikan kegiatan Penjabat Sementara Bupati secara wajar."),
        L("Surat, undangan dan disposisi pimpinan selama masa cuti ditujukan kepada Penjabat Sementara Bupati."),
        H("C. Pelaporan"),
        P("Kepala Bagian melaporkan pelaksanaan pengaturan ini secara tertulis kepada Sekretaris Daerah paling "
          "lambat 27 September 2024. Apabila terdapat permintaan fasilitas di luar ketentuan dari pihak mana pun, "
          "agar ditolak dan dilaporkan."),
        blank(),
    ]
    body += ttd("Sekretaris Daerah,", "Drs. ANDI ISKANDAR MAPPIASSE, M.Si.", "19680130 199203 1 006", gap=3)
    s = spec({"title": "ND cuti kampanye bupati", "author": "Bag. Pemerintahan", "created": "2024-09-19T06:00:00Z"},
             body, kop(["PEMERINTAH KABUPATEN BONE", "SEKRETARIAT DAERAH",
                        "Jl. Ahmad Yani No. 1 Watampone 92713"]), font="Bookman Old Style")
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Petahana sah: kegiatan kedinasan biasa sebelum kampanye tanpa konten kampanye; selama cuti fasilitas, "
                     "ajudan, rumah jabatan, akun resmi tidak dipakai; umpan 'pasangan calon', 'cuti kampanye'."}
    return s, label


# =================================================================== memos 017-022
@memo
def m017():
    """V: RSUD Deli Serdang - jalan sehat with a candidate, numbered shirts, ambulance/tents, hashtag posts."""
    body = surat_head("Lubuk Pakam, 28 Oktober 2024", "800/ 2931 /RSUD-DS/X/2024", "Biasa", "1 (satu) lembar",
                      "Jalan Sehat dan Senam Bersama\n\tKeluarga Besar RSUD",
                      ["Yth. Para Kepala Bidang, Kepala Instalasi,", "Kepala Ruangan dan seluruh pegawai",
                       "RSUD Drs. H. Amri Tambunan", "di -", "      Lubuk Pakam"])
    body += [
        P("Dalam rangka mempererat silaturahmi, RSUD akan melaksanakan Jalan Sehat dan Senam Bersama Keluarga "
          "Besar RSUD bersama mantan Direktur kita, Bapak dr. H. Ramlan Sitepu, Sp.OG, pada hari Minggu, "
          "3 November 2024, start pukul 06.30 WIB dari halaman RSUD menuju Lapangan Segitiga Lubuk Pakam."),
        P("Kegiatan ini sekaligus wujud dukungan dan doa keluarga besar RSUD agar beliau diberi amanah memimpin "
          "Deli Serdang lima tahun ke depan. Untuk itu mohon diperhatikan:"),
        L("Setiap instalasi dan ruangan mengutus paling sedikit 30 orang pegawai beserta keluarga; daftar nama "
          "diserahkan ke Bagian Umum paling lambat Kamis, 31 Oktober 2024."),
        L("Peserta memakai kaos biru bertuliskan angka 2 yang dibagikan di Bagian Umum mulai Jumat siang."),
        L("Dua unit ambulans, tenda peleton, sound system dan meja registrasi milik RSUD disiapkan oleh Instalasi "
          "Pemeliharaan Sarana; petugas registrasi dari Bagian Umum."),
        L("Peserta diminta mengunggah foto kegiatan ke Instagram/Facebook dengan tagar #JalanSehatBersamaRamlan "
          "#DeliSerdangSehat dan menandai akun @ramlansitepu.ds."),
        {"textbox": [{"p": "**SUSUNAN ACARA**", "after": 60},
                     {"p": "06.30  Pelepasan peserta oleh Direktur RSUD", "after": 0},
                     {"p": "07.30  Senam bersama (instruktur dari tim beliau)", "after": 0},
                     {"p": "08.15  Sambutan dan harapan Bapak dr. H. Ramlan Sitepu untuk Deli Serdang", "after": 0},
                     {"p": "08.45  Foto bersama, salam dua jari, pembagian doorprize", "after": 0}],
         "width_cm": 14, "height_cm": 3.4},
        P("Atas perhatian dan partisipasi Bapak/Ibu diucapkan terima kasih."),
        blank(),
    ]
    body += ttd("Direktur RSUD Drs. H. Amri Tambunan\nKabupaten Deli Serdang,", "dr. SURYANI BR. GINTING, M.Kes.",
                "19760330 200502 2 004")
    s = spec({"title": "undangan jalan sehat", "author": "Bag Umum RSUD", "created": "2024-10-28T02:00:00Z"}, body,
             kop(["PEMERINTAH KABUPATEN DELI SERDANG", "RSUD DRS. H. AMRI TAMBUNAN",
                  "Jl. Mh. Thamrin No. 126 Lubuk Pakam 20514 - Telp. (061) 7951283"], placement="table",
                 logo="RSUD"))
    label = {"violation": True,
             "categories": ["endorsement", "campaign-activity", "social-media", "state-facility", "letterhead-misuse"],
             "classes": [3, 5, 7],
             "note": "Undangan RSUD (kop tabel): jalan sehat bersama dr. Ramlan Sitepu 'wujud dukungan ... memimpin Deli "
                     "Serdang', kaos angka 2, kuota 30/instalasi, ambulans/tenda RSUD, unggah dengan tagar & tag akun; "
                     "susunan acara di text box ('salam dua jari')."}
    return s, label


@memo
def m018():
    """C: BPKAD Jawa Tengah - hibah/dukungan anggaran for KPU, Bawaslu, security; tracked amount changes."""
    body = nd_head("NOTA DINAS", [
        ("Kepada", "Yth. Sekretaris Daerah Provinsi Jawa Tengah"),
        ("Dari", "Kepala Badan Pengelola Keuangan dan Aset Daerah"),
        ("Tanggal", "12 Agustus 2024"),
        ("Nomor", "900.1.3/ 4471"),
        ("Sifat", "Segera"),
        ("Lampiran", "1 (satu) berkas"),
        ("Hal", "Pencairan Tahap II Hibah Pemilihan Gubernur dan Wakil Gubernur Tahun 2024"),
    ])
    body += [
        P("Menindaklanjuti Naskah Perjanjian Hibah Daerah (NPHD) yang ditandatangani pada November 2023 dan "
          "surat permohonan dari KPU Provinsi dan Bawaslu Provinsi Jawa Tengah, dengan hormat kami laporkan "
          "kesiapan pencairan tahap II dukungan anggaran penyelenggaraan Pemilihan Gubernur dan Wakil Gubernur "
          "Tahun 2024 sebagai berikut:"),
        {"table": [["No", "Penerima", "Nilai NPHD", "Tahap II (60%)", "Keterangan"],
                   ["1", "KPU Provinsi Jawa Tengah", "{del:Rp 1.002.000.000.000}{ins:Rp 1.001.420.000.000}",
                    "{del:Rp 601.200.000.000}{ins:Rp 600.852.000.000}", "Sesuai addendum NPHD"],
                   ["2", "Bawaslu Provinsi Jawa Tengah", "Rp 450.000.000.000", "Rp 270.000.000.000", "-"],
                   ["3", "Dukungan pengamanan Polda Jawa Tengah", "Rp 95.000.000.000", "Rp 57.000.000.000",
                    "Hibah pengamanan"]],
         "widths": [500, 2900, 2100, 2000, 1500], "header_row": True},
        P("Selain hibah uang, dukungan fasilitasi berupa pinjam pakai 14 unit kendaraan dinas roda empat dan "
          "ruang gudang di Kompleks Kantor Gubernur untuk logistik KPU Provinsi telah dituangkan dalam berita "
          "acara serah terima. Kendaraan dikembalikan paling lambat 31 Desember 2024 dan tidak dipakai untuk "
          "kegiatan peserta pemilihan."),
        P("Sehubungan dengan hal tersebut, kami mohon persetujuan Bapak untuk menerbitkan SP2D tahap II "
          "{ins:setelah KPU dan Bawaslu menyampaikan laporan penggunaan tahap I}."),
        blank(),
    ]
    body += ttd("Kepala BPKAD\nProvinsi Jawa Tengah,", "Dr. SUGENG RIYANTO, S.E., M.Si.", "19700609 199603 1 003")
    s = spec({"title": "ND hibah pilgub tahap II", "author": "Bid Anggaran", "created": "2024-08-12T02:00:00Z",
              "last_modified_by": "Kabid Anggaran", "change_author": "Kabid Anggaran",
              "modified": "2024-08-12T07:45:00Z"}, body,
             kop(["PEMERINTAH PROVINSI JAWA TENGAH", "BADAN PENGELOLA KEUANGAN DAN ASET DAERAH",
                  "Jl. Pemuda No. 127-133 Semarang 50132"]))
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Hibah/dukungan anggaran dan pinjam pakai kendaraan untuk KPU/Bawaslu/pengamanan; tracked changes "
                     "hanya angka; umpan 'dukungan', 'kendaraan dinas', 'peserta pemilihan'."}
    return s, label


@memo
def m019():
    """V: Kemenag Kampar - silaturahmi penyuluh with a DPR candidate in the office hall; ins adds deklarasi."""
    body = surat_head("Bangkinang, 15 Januari 2024", "B-0142/Kk.04.06/1/BA.00/01/2024", "Biasa", "-",
                      "Undangan Silaturahmi dan Doa Bersama",
                      ["Yth. 1. Kepala KUA Kecamatan se-Kabupaten Kampar", "       2. Penyuluh Agama Islam PNS dan Non-PNS",
                       "di -", "      Tempat"])
    body += [
        P("Assalamu'alaikum warahmatullahi wabarakatuh."),
        P("Dengan hormat, kami mengundang Bapak/Ibu menghadiri Silaturahmi dan Doa Bersama Penyuluh Agama se-"
          "Kabupaten Kampar bersama Ustaz H. Zulkifli Abbas, Lc., M.A., putra daerah Kampar yang kini berjuang "
          "melalui Partai Karya Umat untuk DPR RI Dapil Riau II{ins:, sekaligus deklarasi dukungan penyuluh agama "
          "untuk beliau}, pada:"),
        {"table": [["Hari/Tanggal", ":", "Senin, 22 Januari 2024"], ["Pukul", ":", "09.00 WIB s.d. selesai"],
                   ["Tempat", ":", "Aula H. Abdul Malik, Kantor Kementerian Agama Kabupaten Kampar"]],
         "widths": [2000, 300, 6700], "borders": False},
        L("Kepala KUA menerbitkan surat tugas bagi penyuluh di wilayahnya dan memfasilitasi keberangkatan dengan "
          "kendaraan operasional KUA."),
        L("Penyuluh diharapkan mendaftar sebagai relawan \"Sahabat Ustaz Zul\" melalui tautan "
          "{link:https://bit.ly/sahabatustazzul|bit.ly/sahabatustazzul} sebelum hari H."),
        L("Mohon memasang twibbon #KamparBersamaUstazZul sebagai foto profil WhatsApp dan Facebook mulai hari ini."),
        L("Berpakaian muslim/muslimah warna putih."),
        P("Insyaallah dengan doa dan ikhtiar kita bersama, Kampar punya wakil di Senayan yang memahami umat dan "
          "para penyuluh. Atas kehadiran Bapak/Ibu kami ucapkan terima kasih."),
        P("Wassalamu'alaikum warahmatullahi wabarakatuh."),
        blank(),
    ]
    body += ttd("Kepala,", "H. MUHAMMAD NASIR, S.Ag., M.Pd.I.", "19720814 199903 1 003")
    s = spec({"title": "undangan silaturahmi penyuluh", "author": "Subbag TU", "created": "2024-01-15T02:00:00Z",
              "last_modified_by": "Kasubbag TU", "change_author": "Kasubbag TU", "modified": "2024-01-15T08:10:00Z"},
             body, kop(["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN KAMPAR",
                        "Jl. Prof. M. Yamin, S.H. No. 55 Bangkinang 28412"]))
    label = {"violation": True,
             "categories": ["endorsement", "campaign-activity", "social-media", "state-facility", "letterhead-misuse"],
             "classes": [2, 3, 4, 5, 12],
             "note": "Undangan Kemenag: silaturahmi penyuluh dengan caleg DPR RI di aula kantor, SPT + kendaraan KUA, "
                     "daftar relawan 'Sahabat Ustaz Zul', twibbon; tracked insertion 'deklarasi dukungan'."}
    return s, label


@memo
def m020():
    """C: SMA Negeri 1 Pontianak - OSIS election schedule (kampanye, tim sukses, coblos, nomor urut)."""
    body = judul("PENGUMUMAN", "400.3.6/ 188 /SMAN1-PTK/2024",
                 "TAHAPAN PEMILIHAN KETUA DAN WAKIL KETUA OSIS\nMASA BAKTI 2024/2025")
    body += [
        P("Dalam rangka pendidikan demokrasi di sekolah, Panitia Pemilihan Ketua OSIS bersama Wakasek Kesiswaan "
          "mengumumkan tahapan pemilihan sebagai berikut:"),
        {"table": [["Tahapan", "Waktu", "Keterangan"],
                   ["Pendaftaran bakal calon", "5–9 Agustus 2024", "Formulir di ruang OSIS, rapor semester terakhir"],
                   ["Pengumuman calon & pengundian nomor urut", "12 Agustus 2024", "Aula sekolah"],
                   ["Masa kampanye", "13–21 Agustus 2024", "Di luar jam pelajaran"],
                   ["Debat kandidat", "22 Agustus 2024", "Aula, dimoderatori guru PPKn"],
                   ["Pemungutan suara (coblos)", "26 Agustus 2024", "Bilik suara pinjaman KPU Kota Pontianak"]],
         "widths": [3300, 2500, 3200], "header_row": True},
        H("Ketentuan kampanye"),
        L("Setiap pasangan calon boleh membentuk tim sukses paling banyak 5 (lima) siswa."),
        L("Poster kampanye hanya ditempel di papan mading yang disediakan, ukuran paling besar A3."),
        L("Akun Instagram resmi OSIS memuat profil dan visi-misi semua pasangan calon secara sama; calon dilarang "
          "memakai akun resmi OSIS untuk ajakan memilih dirinya."),
        L("Dilarang membagikan makanan, uang, atau hadiah untuk memengaruhi pemilih."),
        L("Guru dan tenaga kependidikan bersikap netral terhadap seluruh pasangan calon.{fn:1}"),
        P("Seluruh siswa kelas X–XII diharapkan menggunakan hak pilihnya. Mari sukseskan Pemilos 2024 dengan "
          "jujur, riang dan damai."),
        blank(),
    ]
    body += ttd("Kepala SMA Negeri 1 Pontianak,", "Drs. HERMAN SUSILO, M.Pd.", "19690203 199412 1 002",
                tgl="Pontianak, 1 Agustus 2024")
    s = spec({"title": "Pengumuman Pemilos 2024", "author": "Kesiswaan", "created": "2024-08-01T01:00:00Z"}, body,
             kop(["PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                  "SMA NEGERI 1 PONTIANAK", "Jl. Gusti Johan Idrus No. 1 Pontianak 78121"]),
             footnotes={"1": "Pemilihan ketua OSIS adalah kegiatan pembinaan kesiswaan dan tidak berkaitan dengan "
                             "pemilihan umum maupun pemilihan kepala daerah."},
             footer=[{"p": "Panitia Pemilos SMAN 1 Pontianak", "align": "left", "size": 16}])
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Pemilihan ketua OSIS: umpan 'masa kampanye', 'tim sukses', 'pasangan calon', 'nomor urut', 'coblos', "
                     "'ajakan memilih', 'hak pilih', 'sukseskan' — bukan pemilu/pilkada."}
    return s, label


@memo
def m021():
    """V: Satpol PP Banjarmasin - APK clean-up that spares and repairs the incumbent pair's billboards."""
    body = judul("SURAT PERINTAH TUGAS", "300.1/ 941 /Sat.PolPP/XI/2024")
    body += [
        {"table": [["Dasar", ":", [L("Peraturan Daerah Kota Banjarmasin tentang Ketertiban Umum;"),
                                  L("Hasil rapat koordinasi internal Satpol PP tanggal 1 November 2024.{fn:1}")]]],
         "widths": [1500, 300, 7200], "borders": False},
        {"p": "**MEMERINTAHKAN**", "align": "center", "before": 120},
        {"table": [["Kepada", ":", "Regu Penertiban I dan II Bidang Trantibum (daftar nama terlampir)"],
                   ["Untuk", ":", [L("melaksanakan penertiban spanduk, baliho dan umbul-umbul di ruas Jl. A. Yani, "
                                     "Jl. Lambung Mangkurat dan kawasan Siring Pierre Tendean pada 4–6 November 2024;"),
                                   L("mendahulukan alat peraga pasangan nomor urut 2 dan 3 yang dinilai melanggar;"),
                                   L("baliho dan spanduk Bapak H. Fahrurrazi – Hj. Noorlatifah tidak termasuk sasaran "
                                     "penertiban;"),
                                   L("melaporkan hasil kepada Kepala Bidang Trantibum.")]]],
         "widths": [1500, 300, 7200], "borders": False},
        {"textbox": [{"p": "**Catatan Kabid (jangan dicetak di SPT salinan regu):** baliho pasangan tersebut yang "
                           "rusak kena angin di Simpang Empat Sudimampir dan depan Pasar Lama dipasang ulang oleh "
                           "regu dengan mobil derek Satpol PP. Sudah koordinasi dengan tim beliau. Ini demi "
                           "kelanjutan kepemimpinan beliau yang selama ini mendukung anggaran Satpol PP.",
                      "after": 0}],
         "width_cm": 15, "height_cm": 3},
        P("Demikian Surat Perintah Tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.", first=0),
        blank(),
    ]
    body += ttd("Kepala Satuan Polisi Pamong Praja\nKota Banjarmasin,", "H. MUHAMMAD RIDHANI, S.Sos., M.AP.",
                "19750102 199803 1 008", tgl="Banjarmasin, 2 November 2024")
    s = spec({"title": "SPT penertiban", "author": "Trantibum", "created": "2024-11-02T01:15:00Z"}, body,
             kop(["PEMERINTAH KOTA BANJARMASIN", "SATUAN POLISI PAMONG PRAJA",
                  "Jl. Kapten Pierre Tendean No. 1 Banjarmasin 70231"]),
             footnotes={"1": "Rapat memutuskan penertiban difokuskan pada APK nomor urut 2 dan 3; APK petahana "
                             "menunggu arahan pimpinan."})
    label = {"violation": True, "categories": ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"],
             "classes": [1, 7, 9, 10, 13],
             "note": "SPT Satpol PP: penertiban hanya APK paslon 2 dan 3, baliho pasangan Fahrurrazi–Noorlatifah "
                     "dikecualikan dan dipasang ulang dengan mobil derek dinas 'demi kelanjutan kepemimpinan beliau' "
                     "(text box); footnote hasil rapat 'memutuskan'."}
    return s, label


@memo
def m022():
    """C: Keputusan Bupati Lombok Timur - disciplinary sanction quoting the violation."""
    body = [
        {"p": "**KEPUTUSAN BUPATI LOMBOK TIMUR**", "align": "center", "after": 0},
        {"p": "NOMOR 800.1.6.4/ 27 /BKPSDM/2025", "align": "center", "after": 120},
        {"p": "TENTANG", "align": "center", "after": 0},
        {"p": "**PENJATUHAN HUKUMAN DISIPLIN SEDANG**", "align": "center", "after": 200},
        {"p": "BUPATI LOMBOK TIMUR,", "align": "center", "after": 200},
        {"table": [["Menimbang", ":", [
            L("bahwa Sdr. LALU AHMAD ZAKI, A.Md., NIP. 19890722 201503 1 002, Penyuluh Pertanian Terampil pada "
              "Dinas Pertanian, berdasarkan Laporan Hasil Pemeriksaan tanggal 9 Desember 2024 terbukti pada "
              "20 Oktober 2024 menghadiri deklarasi dukungan pasangan calon Bupati dan Wakil Bupati di Selong "
              "dengan mengenakan kaos bergambar pasangan calon, serta mengunggah foto kegiatan dengan tagar "
              "#LotimJuara2024;", 1),
            L("bahwa perbuatan tersebut melanggar kewajiban menjaga netralitas, sehingga perlu menetapkan "
              "Keputusan Bupati tentang Penjatuhan Hukuman Disiplin Sedang;", 1)]],
            ["Mengingat", ":", [L("Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;", 0),
                                L("Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS.", 0)]]],
         "widths": [1600, 300, 7100], "borders": False},
        {"p": "**MEMUTUSKAN:**", "align": "center", "before": 120},
        {"table": [["Menetapkan", ":", "KEPUTUSAN BUPATI TENTANG PENJATUHAN HUKUMAN DISIPLIN SEDANG."],
                   ["KESATU", ":", "Menjatuhkan hukuman disiplin sedang berupa pemotongan tunjangan kinerja sebesar "
                                   "25% (dua puluh lima persen) selama 9 (sembilan) bulan kepada pegawai sebagaimana "
                                   "dimaksud dalam diktum Menimbang huruf a."],
                   ["KEDUA", ":", "Keputusan ini mulai berlaku pada tanggal ditetapkan."]],
         "widths": [1600, 300, 7100], "borders": False},
        blank(),
    ]
    body += ttd("Pj. BUPATI LOMBOK TIMUR,", "H. LALU GDE WIRAJAYA, S.H., M.H.", tgl="Ditetapkan di Selong\npada tanggal 13 Januari 2025")
    body += tembusan(["Kepala Badan Kepegawaian Negara;", "Kepala Dinas Pertanian Kab. Lombok Timur;",
                      "Yang bersangkutan."])
    s = spec({"title": "SK hukdis", "author": "BKPSDM Lotim", "created": "2025-01-13T01:00:00Z"}, body,
             kop(["BUPATI LOMBOK TIMUR"], placement="header"), font="Bookman Old Style",
             engine="libreoffice")
    label = {"violation": False, "categories": [], "classes": [14],
             "note": "Keputusan hukuman disiplin yang mengutip pelanggaran (hadir deklarasi dukungan, kaos paslon, tagar "
                     "#LotimJuara2024); surat sanksi patuh."}
    return s, label


# =================================================================== main
def main():
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for f in os.listdir(spec_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(spec_dir, f))
    labels = {}
    for i, fn in enumerate(MEMOS, 1):
        s, lab = fn()
        name = "%s_%03d" % (BATCH, i)
        s["output"] = name + ".docx"
        with open(os.path.join(spec_dir, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(s, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = {"violation": lab["violation"], "categories": sorted(lab["categories"]),
                                  "classes": lab["classes"], "note": lab["note"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(labels))


if __name__ == "__main__":
    main()
