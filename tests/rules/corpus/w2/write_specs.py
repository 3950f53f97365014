#!/usr/bin/env python3
"""w2 memo specs for the Netral blind evaluation corpus (writer w2).

Every memo below is written by hand; the helpers only wrap kop/signature layout.
Run: /usr/bin/python3 write_specs.py  -> specs/*.json and labels.json
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SPECS = os.path.join(HERE, "specs")
MEMOS = []
CATS = {"endorsement", "campaign-activity", "social-media", "state-facility",
        "inducement", "letterhead-misuse"}


def kop(place, *lines, logo=None):
    k = {"placement": place, "lines": list(lines)}
    if logo:
        k["logo"] = logo
    return k


def P(text, **kw):
    d = {"p": text}
    d.update(kw)
    return d


def C(text, **kw):
    return P(text, align="center", **kw)


def B(text, **kw):
    return P(text, bold=True, **kw)


def N(text, lvl=0, **kw):
    return P(text, num=lvl, **kw)


def sign(text, **kw):
    return P(text, indent=4800, align="left", **kw)


def memo(n, label, body, kop=None, cats=(), classes=(), note="", engine=None,
         header=None, footer=None, footnotes=None, meta=None, font=None, size=None):
    name = "w2_%03d" % n
    spec = {"output": name + ".docx"}
    if engine:
        spec["engine"] = engine
    if font:
        spec["font"] = font
    if size:
        spec["size"] = size
    if meta:
        spec["meta"] = meta
    if kop:
        spec["kop"] = kop
    if header:
        spec["header"] = header
    if footer:
        spec["footer"] = footer
    spec["body"] = body
    if footnotes:
        spec["footnotes"] = footnotes
    viol = label == "V"
    cats = list(cats)
    assert all(c in CATS for c in cats), (name, cats)
    if viol:
        assert cats, name
        if kop and "letterhead-misuse" not in cats:
            cats.append("letterhead-misuse")
        if not kop:
            assert "letterhead-misuse" not in cats, name
    else:
        assert not cats, name
    MEMOS.append((name, spec, {"violation": viol, "categories": cats,
                               "classes": sorted(classes), "note": note}))


# ===================================================================== 001-025
memo(1, "V", kop=kop("body", "PEMERINTAH KABUPATEN GUNUNGREJO",
                     "DINAS PENDIDIKAN DAN KEBUDAYAAN", "SD NEGERI 2 KEDUNGSARI",
                     "Jl. Raya Kedungsari No. 14, Kec. Wonotirto, Telp. (0342) 551208"),
     meta={"author": "Suprapti", "created": "2024-01-22T06:40:00Z"},
     body=[
         C("MEMO INTERNAL", bold=True, size=26),
         P("Kepada\t: Bpk/Ibu Guru dan Tendik (PNS, PPPK, Honorer)\nDari\t: Kepala Sekolah\nTanggal\t: 22 Januari 2024", align="left", tabs=[[1600, "left"]]),
         "Bapak/Ibu yth, berikut saya teruskan pesan dari grup K3S Kecamatan Wonotirto, mohon dibaca sampai habis dan dilaksanakan:",
         P("\u201cAssalamualaikum bpk/ibu \U0001F64F Mhn utk guru2 terutama yg honorer, mulai Sabtu ini ikut jaga posko relawan pemenangan Paslon 02 Pak Bambang Sukardi \u2013 Pak Andi Rahmat di pertigaan Pasar Kedungsari. Jadwal piket sdh dibagi per sekolah, SD 2 kebagian Sabtu & Minggu jam 16.00\u201321.00 \u2705\u201d", italic=True, indent=567),
         P("\u201cJgn lupa pakai kaos biru yg dibagikan kemarin, foto kehadiran kirim ke sy. Poster paslon yg sy kirim td mhn dipasang di status WA masing2 tiap hr smp tgl 14 ya. Yel-yel kita: SATU PUTARAN, 02 MENANG! \U0001F4AA\U0001F499\u201d", italic=True, indent=567),
         "Nama yang piket Sabtu: Bu Wiwik, Pak Darsono, Mbak Lilis (honorer kelas 3). Minggu: Pak Yanto, Bu Endang, Mas Fajar (operator). Bagi yang berhalangan mohon konfirmasi langsung ke saya paling lambat Jumat.",
         "Demikian, atas kekompakan Bapak/Ibu saya ucapkan matur nuwun.",
         sign("Kepala SD Negeri 2 Kedungsari,\n\n\nSuprapti, S.Pd.SD\nNIP 19700312 199303 2 007"),
     ],
     cats=["endorsement", "campaign-activity", "social-media"], classes=[4, 5, 11],
     note="Kepala SD meneruskan WA: guru honorer wajib piket di posko relawan pemenangan Paslon 02, pakai kaos, pasang poster paslon di status WA, yel 'satu putaran 02 menang'; di kop sekolah.")

memo(2, "C", kop=kop("header", "PEMERINTAH KABUPATEN BONTOLOE", "DINAS KESEHATAN",
                     "UPT PUSKESMAS TAMALATEA", "Jl. Poros Malino Km 7, Tamalatea, Telp. (0411) 882301"),
     body=[
         P("Nomor\t: 440/112/PKM-TML/III/2024\nLampiran\t: 1 (satu) berkas\nPerihal\t: Pelaksanaan Kampanye Cuci Tangan Pakai Sabun dan Deklarasi Desa ODF", align="left", tabs=[[1400, "left"]]),
         P("Kepada Yth.\nKepala Desa se-Wilayah Kerja UPT Puskesmas Tamalatea\ndi \u2013\n      Tempat", align="left"),
         "Dalam rangka peringatan Hari Air Sedunia dan percepatan Sanitasi Total Berbasis Masyarakat (STBM), UPT Puskesmas Tamalatea akan melaksanakan kampanye Cuci Tangan Pakai Sabun (CTPS) di sekolah dasar dan madrasah, yang dirangkai dengan deklarasi Desa Bontomanai sebagai desa Open Defecation Free (ODF).",
         "Sehubungan dengan itu kami mohon kepada Bapak/Ibu Kepala Desa:",
         N("Menunjuk paling sedikit 5 (lima) relawan kader kesehatan per desa untuk membantu petugas sanitarian selama kampanye;"),
         N("Memberikan dukungan berupa tempat dan pengeras suara pada saat deklarasi ODF di lapangan Desa Bontomanai, Kamis, 21 Maret 2024 pukul 08.30 WITA;"),
         N("Mengusulkan calon peserta lomba jamban sehat tingkat kecamatan; desa yang menang akan diusulkan ke tingkat kabupaten."),
         "Jadwal kunjungan per sekolah terlampir. Atas perhatian dan kerja samanya diucapkan terima kasih.",
         sign("Kepala UPT Puskesmas Tamalatea,\n\n\ndr. Andi Nurhidayah\nNIP 19850407 201101 2 012"),
     ],
     note="Umpan: 'kampanye' CTPS, 'deklarasi' desa ODF, 'relawan' kader, 'dukungan' tempat, 'calon peserta', 'menang' lomba; tidak ada unsur politik.")

memo(3, "V", kop=kop("table", "PEMERINTAH KABUPATEN AJATAPPARENG", "KECAMATAN MARITENGNGAE",
                     "DESA ALLAKUANG", "Jl. Poros Rappang No. 45", logo="[LOGO KAB]"),
     body=[
         C("NOTULEN RAPAT KOORDINASI PERANGKAT DESA", bold=True),
         P("Hari/Tanggal\t: Senin, 7 Oktober 2024\nTempat\t: Ruang Rapat Kantor Desa Allakuang\nPimpinan Rapat\t: Kepala Desa Allakuang\nPeserta\t: Sekdes, Kaur, Kasi, Kepala Dusun I\u2013IV, Ketua RT/RW (daftar hadir terlampir)", align="left", tabs=[[1900, "left"]]),
         B("I. Pembahasan"),
         N("Progres fisik Dana Desa tahap II (talud Dusun Lapajung) telah mencapai 80 persen; Kaur Keuangan diminta menyiapkan SPJ."),
         N("Pemutakhiran data stunting dan jadwal posyandu bulan November."),
         N("Menghadapi Pilkada 27 November 2024, Kepala Desa menyampaikan bahwa pembangunan Allakuang lima tahun terakhir banyak dibantu oleh H. Sahrul Mappiare, sehingga sudah sepantasnya desa \u201cbalas budi\u201d."),
         B("II. Kesimpulan/Keputusan"),
         N("Rapat sepakat seluruh perangkat desa, kepala dusun, dan ketua RT/RW bergerak bersama memenangkan pasangan H. Sahrul Mappiare \u2013 Andi Nurlela, S.E. di Desa Allakuang.", 0),
         N("Disepakati target suara minimal 70 persen per dusun; dusun yang tidak mencapai target akan menjadi catatan dalam penilaian kinerja perangkat.", 0, cont=True),
         N("Setiap kepala dusun menyerahkan daftar nama pemilih yang sudah \u201caman\u201d kepada Sekdes paling lambat 15 November 2024.", 0, cont=True),
         "Rapat ditutup pukul 12.10 WITA dengan doa.",
         P("Notulis,\n\n\nMuh. Ikhsan\nKaur Umum dan Perencanaan", align="left"),
     ],
     cats=["endorsement"], classes=[9],
     note="Notulen desa: 'rapat sepakat memenangkan' pasangan Pilkada dan target suara 70% per dusun; di kop desa.")

memo(4, "C", kop=kop("header", "PEMERINTAH KABUPATEN SUMBERWARAS", "KECAMATAN NGADIREJO",
                     "Jl. Pahlawan No. 3 Ngadirejo, Kode Pos 63472"),
     body=[
         C("SURAT EDARAN\nNomor: 800/045/404.212/2024", bold=True),
         C("TENTANG\nNETRALITAS ASN, KEPALA DESA, DAN PERANGKAT DESA\nPADA PEMILIHAN UMUM TAHUN 2024", bold=True),
         "Berdasarkan Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara, Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS, Undang-Undang Nomor 6 Tahun 2014 tentang Desa, serta Surat Keputusan Bersama tentang Pedoman Pengawasan Netralitas Pegawai ASN, dengan ini diingatkan kepada seluruh ASN, kepala desa, dan perangkat desa di wilayah Kecamatan Ngadirejo bahwa DILARANG:",
         N("ikut serta sebagai pelaksana, peserta, atau tim kampanye/tim sukses/relawan pemenangan calon presiden, calon anggota legislatif, maupun partai politik;"),
         N("menghadiri deklarasi, kampanye terbuka, rapat umum, atau pertemuan yang mengarah pada keberpihakan kepada peserta pemilu;"),
         N("memasang spanduk, baliho, stiker, atau alat peraga kampanye lainnya di kantor, kendaraan dinas, maupun rumah dinas;"),
         N("mengunggah, menyukai (like), membagikan (share), mengomentari, atau mengikuti akun peserta pemilu, serta memasang twibbon atau foto profil bergambar pasangan calon;"),
         N("berfoto bersama pasangan calon dengan mengikuti simbol jari atau gerakan yang menunjukkan keberpihakan;"),
         N("menggunakan kendaraan dinas, gedung, anggaran, atau jam kerja untuk kegiatan kampanye;"),
         N("mengumpulkan fotokopi KTP atau surat dukungan, serta memberikan uang, sembako, atau barang kepada masyarakat dengan maksud mengarahkan pilihan."),
         "Pelanggaran terhadap ketentuan tersebut akan dilaporkan kepada Bawaslu, Komisi ASN/BKN, dan Bupati untuk dijatuhi sanksi sesuai ketentuan. Kepada seluruh ASN dan perangkat desa tetap diimbau menggunakan hak pilihnya pada 14 Februari 2024.",
         sign("Ngadirejo, 3 Januari 2024\nCAMAT NGADIREJO,\n\n\nDrs. Bambang Triyono, M.Si.\nPembina Tk. I\nNIP 19680822 199403 1 004"),
     ],
     classes=[14],
     note="Edaran netralitas yang mengutip semua larangan (tim sukses, kampanye, APK, like/share, twibbon, mobil dinas, KTP); patuh.")

memo(5, "V", kop=kop("body", "PEMERINTAH KABUPATEN LAS0LO RAYA",
                     "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSlA",
                     "Jl. Poros Andoolo No. 1l, Telp (0401) 3l2209"),
     font="Courier New",
     body=[
         C("SURAT EDARAN\nNomor : 800.1/2l7/BKPSDM/X/2O24", bold=True),
         P("Kepada Yth.\nSeluruh A$N di Iingkungan\nPemerintah Kabupaten Las0lo Raya\ndi-\n   Tempat", align="left"),
         "Dalam rangka menjaga kesinambungan pembangunan daerah yang te1ah berjalan baik se1ama ini, diharapkan kepada seluruh A$N untuk mendukung Bapak Gubemur H. La Ode Masrun, S.Sos. bersama Bapak Drs. Amiruddin Tahir, M.Si. agar dapat memimpin kembali Provinsi Sulawesi Tenggara pada periode 2O24-2O29.",
         "Kepala Perangkat Daerah agar mengarahkan staf dan kelu~arga masing-masing untuk menggunakan hak pi1ih demi kesinambungan tersebut pada tangga1 27 N0vember 2O24, serta memastikan tidak ada pegawai yang [tidak terbaca] ke pihak lain.",
         "Demikian untuk dimak1umi dan di1aksanakan dengan penuh tanggung jawab.",
         sign("Andoolo, l4 Oktober 2O24\nKEPALA BADAN,\n\nttd\n\nIr. Hasanuddin Rauf, M.M.\nNIP l9690305 l99503 l 0O2"),
         P("%%Salinan sesuai aslinya (hasil pindai)%%", size=18, align="left"),
     ],
     cats=["endorsement"], classes=[1, 11],
     note="Salinan OCR rusak (A$N, Gubemur, pi1ih): BKPSDM minta ASN dukung gubernur petahana dan wakilnya 'memimpin kembali periode 2024-2029' tanpa kata 'calon'; di kop.")

memo(6, "C", kop=kop("header", "PERUSAHAAN UMUM DAERAH AIR MINUM TIRTA SEKAR WANGI",
                     "KABUPATEN PURBASARI", "Jl. Letjen Suprapto No. 88 Purbasari, Telp. (0281) 633410"),
     body=[
         C("NOTA DINAS", bold=True, size=26),
         P("Kepada\t: Kepala Bagian Umum dan Aset\nDari\t: Direktur Umum\nTanggal\t: 11 Januari 2024\nNomor\t: 027/ND/DU/I/2024\nHal\t: Pencopotan Stiker Peserta Pemilu pada Kendaraan Dinas", align="left", tabs=[[1300, "left"]]),
         "Berdasarkan surat imbauan Panwaslu Kecamatan Purbasari Kota tanggal 9 Januari 2024 dan laporan petugas keamanan, terdapat empat kendaraan operasional perusahaan yang ditempeli stiker bergambar pasangan calon bertuliskan \u201c#LanjutkanKerjaNyata \u2013 Coblos Nomor 1\u201d. Penempelan tersebut tidak sesuai dengan ketentuan larangan penggunaan fasilitas milik BUMD untuk kampanye dan harus segera diakhiri.",
         "Sehubungan dengan itu diminta agar Bagian Umum dan Aset:",
         N("mencopot seluruh stiker tersebut paling lambat 2 x 24 jam sejak nota dinas ini diterima dan mendokumentasikan kondisi sebelum dan sesudah pencopotan;"),
         N("mengingatkan pengemudi dan pemegang kendaraan bahwa kendaraan perusahaan tidak boleh ditempeli atribut peserta pemilu mana pun;"),
         N("melaporkan hasilnya kepada Direksi dengan tembusan ke Satuan Pengawas Internal."),
         {"table": [["No", "Nomor Polisi", "Jenis", "Unit Pemegang", "Keterangan"],
                    ["1", "R 9012 PA", "Pikap", "Cabang Kembaran", "stiker di kaca belakang"],
                    ["2", "R 9017 PA", "Pikap", "Cabang Sokaraja", "stiker di pintu kiri"],
                    ["3", "R 1881 PA", "Minibus", "Kantor Pusat", "stiker di kaca depan"],
                    ["4", "R 6203 PA", "Sepeda motor", "Unit Distribusi", "stiker di tebeng"]],
          "widths": [600, 1800, 1500, 2400, 2770], "header_row": True},
         sign("Direktur Umum,\n\n\nIr. Wahyu Setiadi"),
     ],
     classes=[14],
     note="Perintah mencopot stiker paslon dari kendaraan BUMD, mengutip slogan '#LanjutkanKerjaNyata - Coblos Nomor 1'; patuh.")

memo(7, "V", engine="libreoffice",
     kop=kop("header", "PT BANK DAERAH TADULAKO (PERSERODA)", "KANTOR CABANG UTAMA PALU",
             "Jl. Sam Ratulangi No. 41 Palu, Sulawesi Tengah"),
     body=[
         C("MEMO", bold=True, size=28),
         P("No.\t: M.112/KCU-PLU/IX/2024\nKepada\t: Seluruh Pegawai KCU Palu dan Kantor Kas\nDari\t: Pemimpin Cabang\nHal\t: Aktivasi Media Sosial Pegawai", align="left", tabs=[[1200, "left"]]),
         "Sehubungan dengan pelaksanaan Pilkada Gubernur Sulawesi Tengah 2024 dan arahan pemegang saham pengendali, manajemen meminta kesediaan seluruh pegawai, termasuk pegawai alih daya, untuk ikut aktif di media sosial dengan ketentuan sebagai berikut:",
         N("mengikuti (follow) akun Instagram @bersamapakrusdi dan TikTok @rusdi.mangge.lanjut;"),
         N("membagikan ulang (repost) minimal 2 (dua) konten per hari dari akun tersebut ke story masing-masing;"),
         N("memasang twibbon \u201cSatu Putaran Bersama Pak Rusdi\u201d sebagai foto profil WhatsApp dan Instagram sampai dengan 27 November 2024;"),
         N("menyertakan tagar #RusdiLanjutkan dan #SatuPutaran pada setiap unggahan pribadi yang berkaitan dengan Sulawesi Tengah."),
         "Koordinator masing-masing unit merekap tangkapan layar setiap hari Jumat dan mengirimkannya ke Sekretariat Cabang. Partisipasi pegawai akan menjadi bahan pertimbangan dalam penilaian kinerja semester II.",
         sign("Palu, 30 September 2024\nPemimpin Cabang,\n\n\nMoh. Fadli Lamasitudju"),
     ],
     cats=["social-media", "endorsement"], classes=[5],
     note="Bank daerah (BUMD) wajibkan pegawai follow/repost akun paslon, twibbon 'Satu Putaran Bersama Pak Rusdi', tagar #RusdiLanjutkan; di kop.")

memo(8, "C", kop=kop("body", "PT BANK DAERAH TADULAKO (PERSERODA)", "DIVISI CORPORATE SECRETARY",
                     "Jl. Sam Ratulangi No. 41 Palu"),
     body=[
         C("PENGUMUMAN INTERNAL\nNo. P.045/CORSEC/VIII/2024", bold=True),
         P("Hal: Dukungan Pegawai untuk Kampanye Literasi Keuangan \u201cAyo Menabung\u201d", bold=True, align="left"),
         "Dalam rangka Bulan Inklusi Keuangan, Divisi Corporate Secretary menyelenggarakan kampanye literasi keuangan \u201cAyo Menabung Sejak Dini\u201d melalui kanal media sosial resmi bank. Untuk memperluas jangkauan, pegawai diharapkan berpartisipasi secara sukarela:",
         N("mengikuti akun resmi @bankdaerahtadulako di Instagram, Facebook, dan TikTok;"),
         N("menyukai dan membagikan unggahan edukasi tabungan pelajar (SimPel) dengan tagar #AyoMenabung dan #BulanInklusiKeuangan;"),
         N("mengajak keluarga mengikuti kuis berhadiah; nasabah yang menang undian akan diumumkan pada 31 Oktober 2024."),
         "Konten yang dibagikan hanya konten produk dan edukasi resmi bank. Pegawai tidak diperkenankan menambahkan komentar bernuansa politik atau yang berkaitan dengan peserta Pilkada pada akun resmi.",
         sign("Palu, 26 Agustus 2024\nCorporate Secretary,\n\n\nNi Made Ayu Lestari"),
     ],
     note="Umpan media sosial non-politik: follow/like/share akun resmi bank untuk kampanye literasi keuangan, tagar program, 'menang' undian.")

memo(9, "V",
     body=[
         B("TRANSKRIP PESAN SUARA (VN) \u2013 GRUP WA \u201cPERANGKAT & RT KARANGLOR\u201d"),
         P("Pengirim: Kades Karanglor | Sabtu, 3 Februari 2024, 20.14 | durasi 2:37", italic=True, size=20, align="left"),
         "\u201cNggih, assalamualaikum. Kulo nyuwun tulung njenengan sedaya, Pak RT, Pak Kadus. Niki BLT Dana Desa tahap kaping kalih mangke kulo cairke bar coblosan, ora sakdurunge. Sing nampa yo sing jelas milih Pak Haryo Sasongko, caleg DPRD kabupaten dapil 4, nomer urut 3 Partai Lumbung Rakyat. Iku wis jelas nggih.\u201d",
         "\u201cSing ketok ora melu, sing omahe dipasangi gambar liyane, jenenge dicoret disik, diganti warga liyane sing gelem. Aku ra gelem krungu alesan. Pak RT tulung didata: sopo sing wis janji, sopo sing isih mbalelo. Rekap kirim ning Mas Sekdes paling telat Senin.\u201d",
         "\u201cKaro meneh, sing lansia-lansia kae diterke wae menyang TPS, ben ora kleru nyoblos. [suara tidak jelas] \u2026 Wis ngono wae, matur nuwun, wassalamualaikum.\u201d",
         P("Ditranskrip dari rekaman grup; ejaan mengikuti ucapan.", italic=True, size=18),
     ],
     cats=["inducement", "state-facility", "endorsement"], classes=[8, 11],
     note="VN kepala desa berbahasa Jawa: BLT Dana Desa hanya untuk pemilih caleg nomor 3, nama yang tidak mendukung dicoret; tanpa kop.")

memo(10, "C", kop=kop("table", "PEMERINTAH KABUPATEN GUNUNGREJO", "DINAS PERTANIAN DAN PANGAN",
                      "UPT PERTANIAN KECAMATAN WONOTIRTO", "Jl. Raya Wonotirto Km 2", logo="[LOGO]"),
     body=[
         C("PENGUMUMAN\nNomor: 521/38/UPT-WNT/2024", bold=True),
         "Diberitahukan kepada ketua kelompok tani di wilayah Kecamatan Wonotirto bahwa bantuan benih padi inbrida dan pupuk hayati program tahun 2024 akan disalurkan mulai 6 Mei 2024. Penyaluran didasarkan pada daftar Calon Petani Calon Lokasi (CPCL) yang telah diverifikasi penyuluh.",
         {"table": [["Desa", "Kelompok Tani", "Benih (kg)", "Pupuk Hayati (liter)", "Jadwal"],
                    ["Kedungsari", "Sri Rejeki", "375", "50", "Senin, 6 Mei"],
                    ["Tambakrejo", "Ngudi Makmur", "300", "40", "Selasa, 7 Mei"],
                    ["Ngadipuro", "Tani Maju", "450", "60", "Rabu, 8 Mei"]],
          "widths": [1700, 2000, 1400, 2100, 1870], "header_row": True},
         "Pupuk hayati tiba dalam dua partai pengiriman; partai kedua diperkirakan masuk gudang UPT pada 10 Mei. Ketua kelompok diminta membawa surat pengantar dan stempel kelompok. Bantuan tidak dipungut biaya apa pun; apabila ada pihak yang meminta imbalan, mohon dilaporkan ke UPT.",
         sign("Kepala UPT Pertanian Wonotirto,\n\n\nIr. Sugeng Rahardjo"),
     ],
     note="Umpan: 'calon petani calon lokasi', 'partai' pengiriman pupuk; bantuan pertanian netral.")

memo(11, "C", kop=kop("header", "BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN BULU SIPONG",
                      "Jl. Jenderal Sudirman No. 17, Bulu Sipong, Sulawesi Selatan"),
     body=[
         C("LAPORAN HASIL PENGAWASAN PEMILU\n(Form Model A)", bold=True),
         P("Nomor\t: 021/LHP/PM.01.02/K.SN-17/02/2024", align="left", tabs=[[1300, "left"]]),
         B("I. Data Pengawas"),
         "Nama Pelaksana Tugas Pengawasan: Andi Muh. Yusran, S.H.; Jabatan: Anggota Bawaslu Kabupaten, Koordinator Divisi Penanganan Pelanggaran.",
         B("II. Uraian Singkat Hasil Pengawasan"),
         "Pada Rabu, 7 Februari 2024 sekitar pukul 15.30 WITA, di Baruga Desa Tamangapa, Kepala Desa Tamangapa berinisial HS menyampaikan kepada sekitar 60 warga yang hadir dalam pembagian pupuk bersubsidi kalimat \u201cseluruh warga Tamangapa wajib coblos nomor 3, jangan sampai salah kertas\u201d sambil mengacungkan tiga jari. Peristiwa terekam dalam video berdurasi 1 menit 12 detik yang diperoleh pengawas desa.",
         B("III. Analisis Dugaan Pelanggaran"),
         "Perbuatan tersebut diduga melanggar Pasal 280 ayat (2) huruf h dan Pasal 282 Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum, serta Pasal 29 huruf j Undang-Undang Nomor 6 Tahun 2014 tentang Desa, dengan ancaman pidana sebagaimana diatur dalam Pasal 490.",
         B("IV. Tindak Lanjut"),
         N("Temuan diregistrasi sebagai dugaan pelanggaran Nomor 004/Reg/TM/PL/Kab/27.17/II/2024;"),
         N("Dilakukan klarifikasi terhadap terlapor dan dua orang saksi pada 9 Februari 2024;"),
         N("Hasil kajian diteruskan kepada Sentra Gakkumdu dan Bupati Bulu Sipong untuk pembinaan kepala desa."),
         sign("Bulu Sipong, 8 Februari 2024\nPengawas Pemilu,\n\n\nAndi Muh. Yusran, S.H."),
     ],
     classes=[14],
     note="Laporan Bawaslu mengutip ucapan kepala desa 'wajib coblos nomor 3' sebagai dugaan pelanggaran; patuh.")

memo(12, "V", kop=kop("header", "PEMERINTAH KABUPATEN CIKADU", "DINAS PENDIDIKAN",
                      "Jl. Siliwangi No. 21 Cikadu 43211, Telp. (0263) 261771"),
     body=[
         C("SURAT TUGAS\nNomor: 800.1.11.1/0931/Disdik/2024", bold=True),
         P("Dasar\t: 1. Jadwal kampanye rapat umum Pemilu 2024 yang ditetapkan KPU;\n\t  2. Arahan Kepala Dinas dalam rapat staf tanggal 22 Januari 2024.", align="left", tabs=[[1200, "left"]]),
         C("MENUGASKAN", bold=True),
         {"table": [["No", "Nama / NIP", "Jabatan"],
                    ["1", "Dede Kurniawan, S.Pd. / 19780311 200501 1 006", "Pengawas SD Kec. Cibeber"],
                    ["2", "Neng Siti Rohmah, S.Pd. / 19850620 200902 2 003", "Guru SDN Sukajadi 1"],
                    ["3", "Asep Saepudin, M.Pd. / 19740109 199802 1 002", "Kepala SMPN 3 Cikadu"],
                    ["4", "Yayan Sopyan / PPPK", "Operator Bidang Dikdas"]],
          "widths": [600, 5000, 3470], "header_row": True},
         P("Untuk\t: 1. Menghadiri rapat umum ketiga pasangan calon Presiden dan Wakil Presiden di Lapangan Merdeka Cikadu sesuai jadwal terlampir (25 Januari, 1 Februari, dan 8 Februari 2024) pada jam dinas, sebagai bentuk keterlibatan insan pendidikan dalam pesta demokrasi;\n\t  2. Berangkat bersama menggunakan kendaraan dinas Bidang Dikdas Z 1043 K dan Z 1051 K;\n\t  3. Mengenakan seragam PDH agar mudah dikenali sebagai utusan Dinas.", align="left", tabs=[[1200, "left"]], hanging=1200, indent=1200),
         B("Pelaporan"),
         "Petugas menyampaikan laporan kehadiran beserta dokumentasi foto kepada Sekretariat Dinas paling lambat satu hari setelah kegiatan. Biaya perjalanan dibebankan pada DPA Sekretariat Dinas Pendidikan Tahun Anggaran 2024.",
         sign("Cikadu, 23 Januari 2024\nKepala Dinas Pendidikan,\n\n\nDr. H. Endang Suherman, M.Pd.\nNIP 19660415 198903 1 011"),
     ],
     cats=["campaign-activity", "state-facility"], classes=[10, 12],
     note="Surat tugas guru/pengawas hadir rapat umum SEMUA paslon Pilpres pada jam dinas dengan mobil dinas dan biaya DPA; tetap pelanggaran walau tidak memihak; ada bagian 'Pelaporan'.")

memo(13, "C", kop=kop("body", "KEMENTERIAN AGAMA REPUBLIK INDONESIA",
                      "KANTOR URUSAN AGAMA KECAMATAN CIBEBER",
                      "Jl. Raya Cibeber No. 7, Kabupaten Cikadu"),
     body=[
         C("PENGUMUMAN\nNomor: B-118/Kua.10.17.5/PW.01/05/2024", bold=True),
         "Dalam rangka pelaksanaan Bimbingan Perkawinan (Bimwin) bagi calon pengantin, diberitahukan kepada calon pengantin yang telah mendaftarkan kehendak nikah pada bulan Mei dan Juni 2024 agar mengikuti bimbingan dengan ketentuan:",
         N("Bimbingan dilaksanakan Selasa\u2013Rabu, 21\u201322 Mei 2024, pukul 08.00 s.d. 15.00 WIB di Aula KUA Cibeber;"),
         N("Calon pengantin hadir berpasangan dengan membawa fotokopi KTP dan bukti pendaftaran nikah;"),
         N("Calon pengantin dapat memilih salah satu dari dua angkatan apabila berhalangan pada jadwal pertama."),
         "Peserta yang telah mengikuti bimbingan akan menerima sertifikat Bimwin sebagai salah satu persyaratan pencatatan nikah. Tidak dipungut biaya.",
         sign("Cibeber, 6 Mei 2024\nKepala KUA Kecamatan Cibeber,\n\n\nH. Ujang Jamaludin, S.Ag."),
     ],
     note="Umpan: 'calon pengantin', 'fotokopi KTP' untuk pencatatan nikah, 'memilih' angkatan; urusan KUA biasa.")

memo(14, "V", kop=kop("header", "KEMENTERIAN AGAMA REPUBLIK INDONESIA",
                      "KANTOR KEMENTERIAN AGAMA KABUPATEN GUNUNGREJO",
                      "KANTOR URUSAN AGAMA KECAMATAN WONOTIRTO", "Jl. Masjid Agung No. 2 Wonotirto"),
     body=[
         P("Nomor\t: B-031/Kua.11.15.3/BA.01/01/2024\nSifat\t: Segera\nHal\t: Tindak Lanjut Rapat Koordinasi Penyuluh Agama Islam", align="left", tabs=[[1100, "left"]]),
         P("Yth. Penyuluh Agama Islam Fungsional dan Non-PNS\nse-Kecamatan Wonotirto", align="left"),
         "Menindaklanjuti hasil rapat koordinasi penyuluh agama Islam tanggal 5 Januari 2024 di Aula KUA, dengan ini disampaikan hal-hal sebagai berikut:",
         N("Jadwal pembinaan majelis taklim bulan Januari\u2013Februari 2024 terlampir; setiap penyuluh membina sekurang-kurangnya empat kelompok;"),
         N("Dalam setiap materi pengajian, penyuluh agar menyisipkan pesan bahwa umat wajib memilih pemimpin yang amanah dan dekat dengan ulama, yaitu pasangan nomor urut 3 Prof. Darmawan Saleh \u2013 Hj. Nurul Aini, dan mengajak jamaah hadir di TPS pada 14 Februari 2024;"),
         N("Penyuluh menginventarisasi jumlah jamaah aktif per kelompok beserta nomor kontak ketua majelis."),
         B("Pelaporan"),
         "Laporan bulanan (lapbul) penyuluh memuat jumlah jamaah yang telah menerima pesan sebagaimana butir 2, disampaikan ke KUA paling lambat tanggal 5 bulan berikutnya.",
         sign("Kepala KUA Kecamatan Wonotirto,\n\n\nH. Muhammad Sholeh, S.H.I."),
     ],
     cats=["endorsement", "state-facility"], classes=[10],
     note="KUA 'menindaklanjuti rapat' memerintahkan penyuluh menyisipkan ajakan memilih paslon 03 dalam pengajian binaan dan melaporkannya di lapbul; di kop.")

memo(15, "C", kop=kop("table", "PEMERINTAH KOTA MAPPAKASUNGGU", "DINAS KESEHATAN",
                      "Jl. Veteran Selatan No. 9, Telp. (0411) 871045", logo="[LAMBANG]"),
     body=[
         C("SURAT EDARAN\nNomor: 800/0412/Dinkes/II/2024\nTENTANG\nPELAYANAN KESEHATAN DAN PEMBERIAN KESEMPATAN MENGGUNAKAN HAK PILIH\nPADA HARI PEMUNGUTAN SUARA 14 FEBRUARI 2024", bold=True),
         "Sehubungan dengan Keputusan Presiden Nomor 1 Tahun 2024 tentang Hari Pemungutan Suara Pemilihan Umum Tahun 2024 sebagai Hari Libur Nasional, disampaikan kepada Kepala Puskesmas, Kepala Labkesda, dan Kepala UPT di lingkungan Dinas Kesehatan hal-hal sebagai berikut:",
         N("Pelayanan IGD dan persalinan puskesmas rawat inap tetap dibuka 24 jam; jadwal piket diatur bergiliran agar setiap petugas tetap dapat menggunakan hak pilihnya;"),
         N("Petugas yang bertugas sebagai anggota KPPS, PPS, atau pengawas TPS diberikan izin/dispensasi dengan melampirkan SK penugasan dari KPU atau Bawaslu;"),
         N("Petugas yang terdaftar di DPT luar daerah agar mengurus pindah memilih (formulir model A) ke PPS sesuai ketentuan;"),
         N("Puskesmas menyiapkan tim kesehatan siaga untuk petugas KPPS di wilayah kerjanya berkoordinasi dengan PPK."),
         "Seluruh pegawai diimbau menggunakan hak pilih secara bebas dan rahasia serta tetap menjaga netralitas.",
         sign("Mappakasunggu, 5 Februari 2024\nKepala Dinas Kesehatan,\n\n\ndr. Hj. St. Maryam Daeng Baji, M.Kes."),
     ],
     note="Logistik hari pemungutan suara: libur, piket, izin KPPS, pindah memilih, 'gunakan hak pilih'; patuh.")

memo(16, "C", kop=kop("body", "PEMERINTAH KOTA SURAPATI", "KECAMATAN KEJAKSAN LOR",
                      "KELURAHAN PEKALANGAN", "Jl. Pekalangan Raya No. 12"),
     body=[
         C("UNDANGAN\nNomor: 005/114/Kel-Pkl/VII/2024", bold=True),
         P("Kepada Yth.\n1. Ketua RW 01 s.d. RW 09\n2. Ketua LPM dan PKK Kelurahan\n3. Tokoh agama dan tokoh masyarakat\ndi Kelurahan Pekalangan", align="left"),
         "Dengan hormat, sehubungan dengan berakhirnya masa tugas Bapak Drs. Nanang Kosasih sebagai Lurah Pekalangan dan dilantiknya Ibu Rini Hendrawati, S.STP. sebagai lurah yang baru, kami mengundang Bapak/Ibu untuk hadir dalam acara silaturahmi dan ramah tamah pisah sambut lurah pada:",
         P("Hari/tanggal\t: Jumat, 19 Juli 2024\nWaktu\t: 13.30 WIB s.d. selesai\nTempat\t: Aula Kantor Kelurahan Pekalangan\nAcara\t: Pisah sambut dan perkenalan program kelurahan", align="left", tabs=[[1800, "left"]], indent=567),
         "Mengingat pentingnya acara tersebut, dimohon hadir tepat waktu. Atas perhatiannya kami ucapkan terima kasih.",
         sign("Sekretaris Kelurahan,\n\n\nAhmad Fauzi, S.E."),
     ],
     note="Umpan: 'silaturahmi', 'ramah tamah' di aula kelurahan, tetapi untuk pisah sambut lurah; tidak ada calon.")

memo(17, "V",
     body=[
         P("[Pesan diteruskan \u2013 grup \u201cRT RW SE-KEL. TAMALANREA JAYA\u201d]", italic=True, size=18, align="left"),
         P("INFO PENTING!!! \U0001F4E2\U0001F4E2", bold=True, align="left"),
         P("SELURUH KETUA RT DAN RW SE-KELURAHAN TAMALANREA JAYA WAJIB HADIR KAMPANYE AKBAR HARI MINGGU 4 FEBRUARI 2024 DI LAPANGAN KAREBOSI. SETIAP RT MEMBAWA MINIMAL 10 (SEPULUH) WARGA, DIUTAMAKAN IBU-IBU MAJELIS TAKLIM DAN PEMUDA.", align="left"),
         P("UANG TRANSPORT RP 50.000 PER ORANG DIBAGIKAN DI PINTU MASUK OLEH KOORDINATOR KELURAHAN, NAMA WARGA DIKIRIM KE SAYA SEBELUM SABTU JAM 12 SIANG. KUMPUL JAM 06.30 DI LAPANGAN RW 05, TRUK SUDAH DISIAPKAN.", align="left"),
         P("YG TIDAK HADIR HARAP LAPOR ALASANNYA, JANGAN SAMPAI SAYA TAU DARI ORANG LAIN. TABE, TERIMA KASIH \U0001F64F", align="left"),
         P("TTD\nKASI PEMERINTAHAN KEL. TAMALANREA JAYA\nDAENG NAI (081342xxxxxx)", align="left"),
     ],
     cats=["campaign-activity", "inducement"], classes=[2, 11],
     note="Broadcast WA HURUF BESAR dari Kasi Pemerintahan kelurahan: RT/RW wajib hadir 'kampanye akbar' bawa warga, uang transport Rp50.000 per orang; calon tidak disebut.")

memo(18, "C", engine="libreoffice",
     kop=kop("header", "PEMERINTAH KABUPATEN PURBASARI", "DINAS KOMUNIKASI DAN INFORMATIKA",
             "Jl. Jenderal Soedirman No. 2 Purbasari"),
     body=[
         P("Nomor\t: 481/206/Diskominfo/2024\nHal\t: Penyebarluasan Informasi Program Pemerintah Daerah melalui Media Sosial", align="left", tabs=[[1100, "left"]]),
         P("Yth. Kepala Perangkat Daerah se-Kabupaten Purbasari", align="left"),
         "Dalam rangka meningkatkan jangkauan informasi publik, kami mohon bantuan Bapak/Ibu agar pegawai di lingkungan masing-masing mengikuti (follow) akun resmi Pemerintah Kabupaten Purbasari di Instagram @pemkabpurbasari dan kanal YouTube Purbasari TV, serta menyukai dan membagikan unggahan berikut:",
         N("informasi jadwal vaksinasi HPV bagi siswi SD kelas 5 dan 6;"),
         N("pendaftaran Lomba Desa Wisata 2024 (tagar #DesaWisataPurbasari);"),
         N("layanan pengaduan SP4N-LAPOR! dan Mal Pelayanan Publik."),
         "Akun resmi Pemerintah Daerah tidak memuat konten peserta pemilu. Pegawai diminta tidak menautkan atau mengomentari akun tersebut dengan materi yang berkaitan dengan calon atau partai politik, sesuai ketentuan netralitas ASN.",
         sign("Kepala Dinas Komunikasi dan Informatika,\n\n\nTri Hastuti Rahayu, S.Sos., M.Si."),
     ],
     note="Permintaan media sosial non-politik (follow/like/share akun resmi pemda untuk vaksinasi, lomba desa); justru melarang konten politik.")

memo(19, "V", kop=kop("header", "PEMERINTAH KABUPATEN PURBASARI", "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
                      "Jl. Gatot Subroto No. 30 Purbasari, Telp. (0281) 630552"),
     body=[
         C("NOTA DINAS", bold=True, size=26),
         P("Kepada\t: Kepala Subbagian Umum dan Kepegawaian\nDari\t: Sekretaris Dinas\nTanggal\t: 9 September 2024\nHal\t: Persiapan Deklarasi Dukungan Relawan Sahabat Meilani (Bakal Calon Bupati Purbasari 2024)", align="left", tabs=[[1200, "left"]], hanging=1200, indent=1200),
         "Sehubungan dengan hal tersebut di atas, bersama ini disampaikan kebutuhan yang harus disiapkan oleh Subbagian Umum dan Kepegawaian:",
         N("Aula Lantai 2 kantor dinas untuk hari Sabtu, 14 September 2024 pukul 08.00 s.d. 13.00 WIB, termasuk penataan kursi untuk 250 orang;"),
         N("LCD proyektor, layar, dan sound system milik dinas, beserta operator;"),
         N("dua unit mobil dinas (R 1212 A dan R 1219 A) untuk penjemputan tamu kehormatan dari pendopo;"),
         N("konsumsi 250 kotak, dibebankan pada kegiatan Rapat Koordinasi Pemberdayaan Lembaga Kemasyarakatan Desa;"),
         N("daftar hadir, meja registrasi, dan kaos seragam putih bagi pegawai yang bertugas sebagai penerima tamu;"),
         N("tenaga harian lepas sebanyak enam orang untuk kebersihan dan parkir."),
         "Kebutuhan agar siap paling lambat Jumat sore. Pegawai yang ditugaskan dicatat sebagai kegiatan dinas luar.",
         sign("Sekretaris Dinas,\n\n\nHeru Prasetyo, S.IP., M.Si."),
     ],
     cats=["campaign-activity", "state-facility", "endorsement"], classes=[6],
     note="Hal menyebut deklarasi dukungan relawan bakal calon bupati; paragraf berikutnya mengatur aula, LCD, mobil dinas, konsumsi dari anggaran rapat, pegawai penerima tamu.")

memo(20, "C", kop=kop("table", "PEMERINTAH KABUPATEN SIDOMUKTI", "INSPEKTORAT DAERAH",
                      "Jl. Diponegoro No. 40 Sidomukti", logo="[LOGO]"),
     body=[
         C("LAPORAN HASIL PEMERIKSAAN KHUSUS\nNomor: 700.1.2.1/LHP-04/Insp/III/2024", bold=True),
         B("A. Latar Belakang"),
         "Pemeriksaan dilaksanakan berdasarkan rekomendasi Bawaslu Kabupaten Sidomukti Nomor 112/PP.00.02/K.JT-29/03/2024 atas dugaan pelanggaran netralitas oleh Sdr. AR, Camat Bojongsari.",
         B("B. Temuan"),
         "Terlapor terbukti menerbitkan pesan berantai kepada kepala desa yang berbunyi \u201cmohon dikumpulkan fotokopi KTP warga minimal 200 lembar per desa untuk Bu Caleg, nanti ada bingkisan\u201d. Terkumpul 1.460 lembar fotokopi KTP yang disimpan di ruang kerja Kasi Pemerintahan.",
         B("C. Kesimpulan dan Rekomendasi"),
         N("Perbuatan terlapor memenuhi unsur pelanggaran Pasal 5 huruf n angka 3 dan 5 PP Nomor 94 Tahun 2021 tentang Disiplin PNS;"),
         N("Direkomendasikan penjatuhan hukuman disiplin berat berupa pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan;"),
         N("Fotokopi KTP yang terkumpul diserahkan kepada Bawaslu sebagai barang bukti dan tidak dimanfaatkan untuk kepentingan apa pun."),
         sign("Sidomukti, 18 Maret 2024\nInspektur Daerah,\n\n\nDrs. Priyo Santoso, M.M."),
     ],
     classes=[14],
     note="LHP Inspektorat mengutip pesan camat mengumpulkan KTP untuk caleg sebagai temuan dan merekomendasikan sanksi; patuh.")

memo(21, "V", kop=kop("table", "MUSYAWARAH KERJA KEPALA SEKOLAH (MKKS) SMP",
                      "KABUPATEN BONTOLOE", "Sekretariat: SMP Negeri 1 Bontoloe, Jl. Ahmad Yani No. 5", logo="[LOGO MKKS]"),
     body=[
         C("NOTULA RAPAT MKKS SMP\nRayon II Kecamatan Tamalatea\u2013Bajeng", bold=True),
         P("Hari, tanggal: Kamis, 11 Januari 2024\nTempat: Ruang Multimedia SMPN 2 Tamalatea\nHadir: 14 kepala SMP negeri dan swasta", align="left"),
         B("Agenda 1: Persiapan ANBK dan Asesmen Sumatif Akhir Jenjang"),
         "Proktor dan server sudah siap di 12 sekolah; SMP Tunas Bangsa dan MTs Al-Ikhlas menumpang di SMPN 2.",
         B("Agenda 2: Menyikapi Pemilu 14 Februari 2024"),
         "Ketua MKKS menyampaikan bahwa Dra. Hj. Sitti Rahmawati, M.Si., caleg DPR RI Dapil Sulsel I nomor urut 2 Partai Cahaya Bangsa, adalah alumni dan pembina pendidikan di Bontoloe. Setelah diskusi, rapat memutuskan:",
         N("setiap sekolah membentuk tim sukses internal beranggotakan lima guru, dikoordinasi wakasek kesiswaan, untuk memenangkan Ibu Sitti Rahmawati;"),
         N("tim sukses sekolah mendata orang tua siswa kelas IX yang sudah memiliki hak pilih dan melaporkan perkembangannya di grup MKKS setiap Senin;"),
         N("disepakati target 150 suara per sekolah di wilayah Rayon II."),
         B("Agenda 3: Lain-lain"),
         "Iuran MKKS semester genap Rp250.000 per sekolah.",
         P("Notulis: Nurhaedah, S.Pd. (Kepala SMPN 4 Bajeng)", align="left"),
     ],
     cats=["endorsement", "campaign-activity"], classes=[4, 9],
     note="Notula MKKS: rapat memutuskan tiap sekolah membentuk tim sukses guru untuk memenangkan caleg DPR RI dan target suara; di kop MKKS.")

memo(22, "C", kop=kop("header", "PEMERINTAH PROVINSI JAWA TENGAH", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                      "SMA NEGERI 1 WONOHARJO", "Jl. Pemuda No. 77 Wonoharjo, Telp. (0291) 421133"),
     body=[
         C("PENGUMUMAN\nNomor: 400.3/215/SMAN1-WHJ/2024", bold=True),
         "Diberitahukan kepada seluruh warga sekolah hal-hal sebagai berikut:",
         N("Tim Sukses Akreditasi sekolah dibentuk dengan Keputusan Kepala Sekolah Nomor 11 Tahun 2024; anggota tim diminta melengkapi delapan standar instrumen akreditasi paling lambat 30 Juni 2024."),
         N("Selamat kepada tim futsal putra yang menang di final Piala Bupati dan akan mewakili kabupaten di tingkat provinsi. Sekolah memberikan dukungan uang pembinaan dan mengajak seluruh siswa hadir memberi dukungan di GOR Ki Ageng pada 14 Juli 2024."),
         N("Kampanye \u201cSekolah Bebas Sampah Plastik\u201d dimulai Senin depan; setiap kelas memilih dua duta lingkungan."),
         N("Calon peserta didik baru jalur prestasi diumumkan di laman resmi sekolah."),
         sign("Kepala SMA Negeri 1 Wonoharjo,\n\n\nDrs. Agus Widodo, M.Pd."),
     ],
     note="Umpan: 'tim sukses' akreditasi, 'menang' dan 'dukungan' tim futsal, 'kampanye' bebas plastik, 'calon peserta didik'.")

memo(23, "C",
     body=[
         P("*Info Jalan Sehat HUT Kabupaten Gunungrejo ke-215* \U0001F3C3\u200D\u2642\uFE0F\U0001F3C3\u200D\u2640\uFE0F", bold=True, align="left"),
         P("Selamat pagi bpk/ibu pegawai Kecamatan Wonotirto \U0001F64F mhn disebarkan ke keluarga & warga ya", align="left"),
         P("\U0001F4C5 Minggu, 18 Agustus 2024\n\u23F0 Start 06.00 dr Alun-alun Kecamatan\n\U0001F455 Kaos jalan sehat diambil di Kasi Kesos mulai Kamis (gratis, pakai kupon)\n\U0001F381 Doorprize kulkas, sepeda, 3 kambing, hadiah utama sepeda motor", align="left"),
         P("Sekalian ada kampanye Germas \u201cAyo Bergerak 30 Menit\u201d dr Puskesmas + cek tensi & gula darah gratis. Jgn lupa bawa botol minum sendiri, kita lagi kampanye kurangi sampah plastik \u267B\uFE0F", align="left"),
         P("Yg mau jd relawan panitia (parkir, konsumsi) japri Mbak Ratih ya gaes. Suwun \U0001F60A", align="left"),
         P("~ Sekcam Wonotirto", italic=True, align="left"),
     ],
     classes=[11],
     note="Broadcast WA informal jalan sehat HUT kabupaten: 'kampanye' Germas, 'relawan' panitia, kaos gratis; tidak ada calon atau partai.")

memo(24, "C", kop=kop("body", "PERUMDA AIR MINUM WAE SAMBI", "KOTA MAPPAKASUNGGU",
                      "Jl. Dr. Ratulangi No. 3, Telp. (0411) 853322"),
     body=[
         C("SURAT PERINTAH\nNomor: 690/SP-017/Dir/IX/2024", bold=True),
         "Menimbang bahwa pada pagar dan menara reservoir Kantor Cabang Panakkukang terpasang baliho berukuran 4 x 6 meter bergambar Wali Kota petahana dengan tulisan \u201cLanjutkan Dua Periode \u2013 Kota Bersih, Air Mengalir\u201d, dan bahwa baliho tersebut merupakan alat peraga yang tidak boleh dipasang di aset milik BUMD selama tahapan Pilkada 2024, maka Direktur Utama:",
         C("MEMERINTAHKAN", bold=True),
         P("Kepada\t: Kepala Cabang Panakkukang dan Kepala Bagian Umum\nUntuk\t: 1. Menurunkan baliho tersebut paling lambat Senin, 30 September 2024;\n\t  2. Menyerahkan baliho yang diturunkan kepada Panwaslu Kecamatan Panakkukang dengan berita acara;\n\t  3. Memastikan tidak ada lagi alat peraga pasangan calon mana pun di aset perusahaan.", align="left", tabs=[[1100, "left"]], hanging=1100, indent=1100),
         "Pelaksanaan surat perintah ini dilaporkan kepada Direktur Utama dengan dokumentasi.",
         sign("Mappakasunggu, 27 September 2024\nDirektur Utama,\n\n\nIr. H. Syamsuddin Bakri, M.T."),
     ],
     classes=[14],
     note="Perintah menurunkan baliho petahana 'Lanjutkan Dua Periode' dari aset PDAM dan menyerahkannya ke Panwaslu; patuh.")

memo(25, "V", engine="libreoffice",
     kop=kop("header", "PEMERINTAH KABUPATEN SIDOMUKTI", "DINAS KESEHATAN",
             "UPTD PUSKESMAS BOJONGSARI", "Jl. Raya Bojongsari No. 101, Telp. (0285) 412009"),
     body=[
         P("Nomor\t: 445/203/PKM-BJS/X/2024\nHal\t: Pelaksanaan Posyandu Lansia Terpadu Bulan Oktober", align="left", tabs=[[1100, "left"]]),
         P("Yth. Bidan Desa dan Koordinator Kader Posyandu Lansia\nse-Wilayah Kerja Puskesmas Bojongsari", align="left"),
         "Sehubungan dengan kunjungan Bapak H. Haris Munandar, S.E., mantan Ketua DPRD yang maju sebagai calon Bupati Sidomukti, ke wilayah Bojongsari pada pekan kedua Oktober, pelaksanaan posyandu lansia bulan ini kami satukan menjadi posyandu lansia terpadu di Balai Desa Karangsari.",
         "Paket makanan tambahan (PMT) lansia, kacamata baca, dan tongkat yang bersumber dari anggaran BOK tahun 2024 akan diserahkan langsung oleh Pak Haris. Paket agar dikemas dalam tas kain warna hijau-kuning yang disediakan tim beliau, dan setiap paket ditempeli stiker \u201cSehat Bersama Pak Haris\u201d.",
         "Bidan desa mengundang lansia beserta satu pendamping keluarga. Kader diminta mencatat nama dan nomor HP pendamping dan menyerahkan daftar tersebut kepada staf beliau setelah acara.",
         P("Hari/tanggal\t: Rabu, 9 Oktober 2024\nWaktu\t: 08.00 WIB s.d. selesai\nTempat\t: Balai Desa Karangsari", align="left", tabs=[[1600, "left"]], indent=567),
         sign("Kepala UPTD Puskesmas Bojongsari,\n\n\ndr. Yulia Kartikasari"),
     ],
     cats=["state-facility", "endorsement"], classes=[7, 13],
     note="Calon bupati disebut sekali ('yang maju sebagai calon Bupati'), lalu hanya 'Pak Haris'/'beliau'; PMT lansia dari BOK diserahkan olehnya dengan stiker 'Sehat Bersama Pak Haris', data pendamping untuk timnya.")

# ===================================================================== 026-050
memo(26, "C", kop=kop("table", "PEMERINTAH KABUPATEN POSO BARAT", "KECAMATAN LORE TENGAH",
                      "DESA WATUMAETA", "Jl. Trans Sulawesi Km 81", logo="[LOGO DESA]"),
     body=[
         C("UNDANGAN\nNomor: 140/27/DS-WTM/VI/2024", bold=True),
         "Dalam rangka memperingati Hari Anti Narkotika Internasional (HANI) 2024, Pemerintah Desa Watumaeta bersama BNN Kabupaten Poso Barat dan Polsek Lore Tengah akan menyelenggarakan Deklarasi Desa Bersih Narkoba (Desa Bersinar) yang dirangkai dengan kampanye anti narkoba bagi pelajar dan pemuda.",
         P("Hari/tanggal\t: Rabu, 26 Juni 2024\nWaktu\t: 09.00 WITA\nTempat\t: Lapangan Desa Watumaeta\nPakaian\t: Bebas rapi, pelajar berseragam", align="left", tabs=[[1600, "left"]], indent=567),
         "Kami mengharapkan dukungan Bapak/Ibu kepala dusun, ketua BPD, tokoh adat, dan pimpinan jemaat untuk hadir serta mengutus masing-masing lima orang relawan anti narkoba yang akan dilatih oleh BNN. Calon relawan didaftarkan ke Kaur Umum paling lambat 20 Juni 2024.",
         "Demikian undangan ini, atas kehadirannya diucapkan terima kasih.",
         sign("Kepala Desa Watumaeta,\n\n\nYohanis Tandiabang"),
     ],
     note="Umpan: 'deklarasi' Desa Bersinar, 'kampanye' anti narkoba, 'relawan', 'dukungan', 'calon relawan'.")

memo(27, "V", kop=kop("header", "PEMERINTAH KOTA SURAPATI", "KECAMATAN HARJAMUKTI",
                      "KELURAHAN KALIJAGA UTARA", "Jl. Kalijaga No. 56 Surapati 45144"),
     body=[
         P("Nomor\t: 470/061/Kel-KJU/I/2024\nLampiran\t: 1 (satu) lembar format\nHal\t: Pendataan Warga", align="left", tabs=[[1300, "left"]]),
         P("Kepada Yth.\nKetua RT dan Ketua RW se-Kelurahan Kalijaga Utara", align="left"),
         "Dalam rangka menyukseskan program kepedulian sosial menjelang Pemilu 14 Februari 2024, bersama ini kami minta bantuan Bapak/Ibu Ketua RT/RW untuk mengumpulkan fotokopi KTP dan Kartu Keluarga warga di lingkungan masing-masing, minimal 40 (empat puluh) lembar per RT, dengan menggunakan format terlampir.",
         "Data tersebut akan diteruskan kepada tim Ibu Hj. Ratna Juwita, S.H., calon anggota DPRD Kota Surapati Dapil 1 nomor urut 5, sebagai dasar pembagian paket sembako dan kupon kesehatan gratis pada awal Februari. Warga yang telah menyerahkan fotokopi KTP akan diprioritaskan menerima paket.",
         "Fotokopi KTP/KK dikumpulkan di meja Kasi Kesejahteraan Sosial kantor kelurahan paling lambat Jumat, 26 Januari 2024. Ketua RT yang memenuhi kuota akan mendapat uang operasional Rp200.000.",
         "Atas perhatian dan kerja samanya diucapkan terima kasih.",
         sign("Surapati, 15 Januari 2024\nLurah Kalijaga Utara,\n\n\nDedi Mulyadi, S.Sos."),
     ],
     cats=["inducement", "endorsement", "state-facility"], classes=[8],
     note="Lurah memerintahkan RT/RW mengumpulkan fotokopi KTP/KK untuk tim caleg DPRD nomor 5, dengan imbalan sembako dan uang RT; kantor kelurahan sebagai tempat pengumpulan; di kop.")

memo(28, "C", kop=kop("header", "BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN SUMBERWARAS",
                      "Jl. Ahmad Yani No. 66 Sumberwaras"),
     body=[
         P("Nomor\t: 047/PM.00.02/K.JI-31/01/2024\nSifat\t: Penting\nHal\t: Imbauan Pencegahan Pelanggaran Netralitas Kepala Desa dan Perangkat Desa", align="left", tabs=[[1100, "left"]], hanging=1100, indent=1100),
         P("Yth. Kepala Desa se-Kabupaten Sumberwaras", align="left"),
         "Dalam rangka pencegahan pelanggaran pada masa kampanye Pemilu 2024, Bawaslu Kabupaten Sumberwaras mengimbau kepala desa dan perangkat desa untuk tidak melakukan perbuatan berikut:",
         N("membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu peserta pemilu, termasuk menahan atau mempercepat penyaluran BLT Dana Desa, PKH, dan bansos lainnya berdasarkan pilihan politik warga;"),
         N("menjadi pelaksana atau tim kampanye, relawan, atau saksi peserta pemilu;"),
         N("menggunakan balai desa, mobil siaga desa, atau anggaran desa untuk kegiatan kampanye, termasuk pertemuan yang dikemas sebagai silaturahmi atau sosialisasi bersama calon;"),
         N("mengajak warga memilih atau tidak memilih calon tertentu, baik secara langsung maupun melalui grup WhatsApp RT/RW;"),
         N("mengumpulkan fotokopi KTP warga untuk kepentingan dukungan calon."),
         "Pelanggaran atas larangan tersebut dapat dikenai sanksi pidana sebagaimana diatur dalam Pasal 490 dan Pasal 494 Undang-Undang Nomor 7 Tahun 2017. Masyarakat yang mengetahui dugaan pelanggaran dapat melapor ke Posko Pengaduan Bawaslu.",
         sign("Ketua Bawaslu Kabupaten Sumberwaras,\n\n\nMoch. Anwar Fauzi, S.H.I."),
     ],
     classes=[14],
     note="Imbauan Bawaslu kepada kepala desa yang mengutip larangan (bansos sesuai pilihan, balai desa untuk kampanye, KTP); patuh.")

memo(29, "C", kop=kop("body", "PEMERINTAH KABUPATEN WONOHARJO", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH",
                      "Jl. Slamet Riyadi No. 19 Wonoharjo"),
     body=[
         C("SURAT EDARAN\nNomor: 500.3/144/Dinkop/2024\nTENTANG\nPARTISIPASI PEGAWAI DALAM PROMOSI EXPO UMKM 2024", bold=True),
         "Dalam rangka menyukseskan Expo UMKM Wonoharjo 2024 yang akan digelar di Alun-alun Wonoharjo pada 5\u20138 September 2024, seluruh pegawai dinas diminta ikut mempromosikan kegiatan melalui akun media sosial pribadi dengan cara:",
         N("membagikan poster resmi expo dan video profil 30 pelaku UMKM binaan;"),
         N("menggunakan tagar #BanggaBuatanWonoharjo dan #ExpoUMKM2024 serta menandai akun @dinkopumkm.wonoharjo;"),
         N("memasang bingkai foto (twibbon) resmi Expo UMKM 2024 yang dapat diunduh melalui tautan di laman dinas."),
         "Tim media akan memilih tiga unggahan terbaik; pemenang mendapatkan paket produk UMKM. Materi promosi tidak boleh memuat gambar atau atribut partai politik maupun peserta pemilihan.",
         sign("Wonoharjo, 20 Agustus 2024\nKepala Dinas,\n\n\nSri Handayani, S.E., M.M."),
     ],
     note="Umpan media sosial: tagar dan twibbon untuk Expo UMKM, bukan kandidat; melarang atribut partai.")

memo(30, "C", kop=kop("header", "PEMERINTAH KABUPATEN TOMPOBULU", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
                      "Jl. Poros Bulukumba\u2013Sinjai Km 3"),
     body=[
         C("NOTA DINAS", bold=True, size=26),
         P("Kepada\t: Bupati Tompobulu\nMelalui\t: Sekretaris Daerah\nDari\t: Kepala BPKAD\nHal\t: Pencairan Hibah Dukungan Penyelenggaraan Pilkada 2024 Tahap II", align="left", tabs=[[1200, "left"]], hanging=1200, indent=1200),
         "Berdasarkan Naskah Perjanjian Hibah Daerah (NPHD) yang ditandatangani pada 10 November 2023, Pemerintah Kabupaten Tompobulu memberikan hibah dukungan penyelenggaraan Pemilihan Bupati dan Wakil Bupati Tahun 2024 kepada KPU Kabupaten, Bawaslu Kabupaten, serta dukungan pengamanan kepada Polres dan Kodim.",
         {"table": [["Penerima Hibah", "Nilai NPHD (Rp)", "Tahap I (40%)", "Tahap II (60%)"],
                    ["KPU Kabupaten Tompobulu", "38.500.000.000", "15.400.000.000", "23.100.000.000"],
                    ["Bawaslu Kabupaten Tompobulu", "14.200.000.000", "5.680.000.000", "8.520.000.000"],
                    ["Pengamanan Polres/Kodim", "6.000.000.000", "2.400.000.000", "3.600.000.000"]],
          "widths": [3270, 2000, 1900, 1900], "header_row": True},
         "Dokumen persyaratan tahap II (laporan penggunaan tahap I dan rencana kebutuhan) telah kami verifikasi lengkap. Mohon persetujuan Bapak untuk pencairan tahap II paling lambat akhir Juni 2024 sesuai ketentuan Permendagri Nomor 54 Tahun 2019.",
         sign("Kepala BPKAD,\n\n\nAndi Muh. Arsyad, S.E., M.Si."),
     ],
     classes=[14],
     note="Hibah 'dukungan' penyelenggaraan Pilkada kepada KPU/Bawaslu dan pengamanan; patuh.")

memo(31, "V",
     body=[
         B("Transkrip VN Kepala UPT Pengelolaan Jalan Wilayah III \u2013 grup \u201cKELUARGA BESAR UPT WIL III\u201d"),
         P("Diterima Jumat, 11 Oktober 2024, 21.02 WIB (1 menit 58 detik)", italic=True, size=18, align="left"),
         "\u201cWilujeng wengi sadayana. Ieu abdi bade nepikeun, mangga didangukeun. Kapungkur teh tos dibahas di rapat, urang sadayana kudu ngadukung Kang Dadang Suhendar nomer dua, sabab anjeunna anu bakal ngurus jalan-jalan urang.\u201d",
         "\u201cMimitian Saptu payun, nu mandor sareng staf lapangan dibagi piket jaga di posko pemenangan Kang Dadang di Simpang Cikawung, ti jam opat sonten dugi ka jam sapuluh wengi. Daptarna engke ku Teh Euis dikintunkeun. Kaos jeung iket anu warnana oranye tos aya di gudang UPT, cokot masing-masing. Poto profil WA ge gentos ku twibbon Kang Dadang nu ku abdi dikintunkeun tadi sonten, sing kompak.\u201d",
         "\u201cNu teu bisa piket, wartosan abdi langsung, ulah ngaleungit. Hatur nuhun, punten bilih aya kalepatan.\u201d",
         P("[transkrip ditulis ulang oleh admin grup; istilah Sunda tidak diterjemahkan]", italic=True, size=18),
     ],
     cats=["endorsement", "campaign-activity", "social-media"], classes=[4, 11],
     note="VN berbahasa Sunda: kepala UPT minta semua staf dukung 'Kang Dadang nomer dua', piket di posko pemenangan, ambil kaos dari gudang UPT; tanpa kop.")

memo(32, "C", kop=kop("body", "PEMERINTAH KABUPATEN AJATAPPARENG", "KECAMATAN PANCA RIJANG",
                      "Jl. Jend. Sudirman No. 8 Panca Rijang"),
     body=[
         C("NOTULEN RAPAT KOORDINASI FORKOPIMCAM\nPERSIAPAN MASA KAMPANYE PILKADA 2024", bold=True),
         P("Hari/Tanggal: Selasa, 24 September 2024 | Tempat: Aula Kantor Camat | Pimpinan: Camat Panca Rijang\nHadir: Kapolsek, Danramil, Ketua PPK, Ketua Panwaslu Kecamatan, LO pasangan calon nomor urut 1, 2, dan 3", align="left"),
         B("Pokok Bahasan dan Kesepakatan"),
         N("Jadwal kampanye tatap muka di kecamatan mengikuti jadwal KPU; ketiga pasangan calon mendapat kesempatan yang sama dan lokasi diundi oleh PPK dengan disaksikan LO masing-masing."),
         N("Zona larangan pemasangan APK meliputi kantor pemerintahan, sekolah, puskesmas, dan tempat ibadah; Satpol PP kecamatan bersama Panwaslu akan menertibkan APK pasangan mana pun yang melanggar."),
         N("Gedung dan kendaraan milik pemerintah kecamatan dan desa tidak dipinjamkan kepada pasangan calon mana pun."),
         N("ASN, kepala desa, dan perangkat desa dilarang hadir sebagai peserta kampanye; camat akan menerbitkan surat pengingat."),
         N("Pengamanan kampanye: Polsek dan Koramil menyiapkan personel sesuai jadwal."),
         "Rapat berjalan tertib dan ditutup pukul 11.45 WITA.",
         P("Notulis: Hasnawati, S.Sos. (Kasi Trantib)", align="left"),
     ],
     classes=[14],
     note="Rapat koordinasi memperlakukan ketiga paslon sama (undian lokasi, zona APK, larangan fasilitas dan ASN); patuh.")

memo(33, "V", kop=kop("header", "PEMERINTAH KABUPATEN TELUK DALAM", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                      "Jl. Pelabuhan Lama No. 4, Teluk Dalam, Sulawesi Barat"),
     body=[
         C("SURAT EDARAN\nNomor: 600/318/DPUPR/IX/2024", bold=True),
         P("Yth. Kepala Bidang, Kepala UPTD, dan seluruh pegawai\nDinas PUPR Kabupaten Teluk Dalam", align="left"),
         "Menindaklanjuti hasil rapat pimpinan Dinas PUPR tanggal 16 September 2024 dan memperhatikan kelanjutan program jalan poros desa yang sedang berjalan, dengan ini disampaikan:",
         N("Setiap bidang dan UPTD mengirimkan sekurang-kurangnya lima pegawai untuk bergabung dalam Relawan Pemenangan Andi Mappanyukki \u2013 Hj. Sri Wahyuni (Relawan AMAN) tingkat kabupaten;"),
         N("Pegawai yang ditunjuk mengikuti pembekalan relawan di Posko AMAN, Jl. Andi Depu No. 12, pada Sabtu, 21 September 2024 pukul 19.30 WITA;"),
         N("Pegawai honorer dan THL diharapkan ikut serta untuk membantu pemasangan atribut di ruas jalan kabupaten."),
         B("Pelaporan"),
         "Kepala bidang melaporkan nama pegawai yang telah bergabung beserta nomor kartu relawan kepada Sekretaris Dinas paling lambat 20 September 2024. Format laporan terlampir.",
         sign("Teluk Dalam, 17 September 2024\nKepala Dinas,\n\n\nIr. Muh. Tahir Lamba, M.T."),
     ],
     cats=["campaign-activity", "endorsement"], classes=[4, 10],
     note="Edaran 'menindaklanjuti rapat' dengan bagian 'Pelaporan': pegawai wajib bergabung Relawan Pemenangan pasangan, ikut pembekalan di posko, pasang atribut; di kop.")

memo(34, "C", kop=kop("body", "PEMERINTAH KABUPATEN BULU SIPONG", "BADAN PENANGGULANGAN BENCANA DAERAH",
                      "Jl. Poros Pangkep\u2013Barru Km 4"),
     body=[
         C("SURAT TUGAS\nNomor: 360/77/BPBD/I/2024", bold=True),
         "Sehubungan dengan banjir yang melanda Kecamatan Segeri dan Mandalle sejak 2 Januari 2024, Kepala Pelaksana BPBD Kabupaten Bulu Sipong menugaskan Tim Reaksi Cepat beserta relawan berikut untuk melakukan evakuasi, pendataan, dan pelayanan di posko pengungsian:",
         {"table": [["No", "Nama", "Unsur", "Lokasi Posko"],
                    ["1", "Syamsul Alam", "TRC BPBD", "Posko Utama Kantor Camat Segeri"],
                    ["2", "Nurul Fadhilah", "Relawan PMI", "Posko Masjid Nurul Huda"],
                    ["3", "Arman Kahar", "Relawan Tagana", "Posko SDN 12 Mandalle"],
                    ["4", "Fitriani", "Relawan Desa Tangguh Bencana", "Dapur umum Desa Bawasalo"]],
          "widths": [600, 2500, 2600, 3370], "header_row": True},
         "Tim melaporkan jumlah pengungsi, kebutuhan logistik, dan kelompok rentan setiap pukul 18.00 WITA. Dukungan logistik dari dinas sosial dan donatur dicatat di posko utama.",
         sign("Kepala Pelaksana BPBD,\n\n\nAndi Irwan Hamid, S.STP."),
     ],
     note="Umpan: 'relawan', 'posko', 'dukungan logistik' untuk bencana banjir.")

memo(35, "C", kop=kop("header", "PT BANK PEMBANGUNAN DAERAH JATI WANGI", "KANTOR CABANG CIKADU",
                      "Jl. Siliwangi No. 90 Cikadu"),
     body=[
         C("MEMO INTERNAL\nNo. 091/MI/KC-CKD/VI/2024", bold=True),
         P("Kepada: Seluruh Account Officer Mikro dan Kepala Unit\nHal: Target Penyaluran KUR Semester II", align="left"),
         "Sesuai rencana bisnis bank, target penyaluran Kredit Usaha Rakyat (KUR) Kantor Cabang Cikadu semester II tahun 2024 sebesar Rp48 miliar untuk 2.100 debitur. Pemerintah Kabupaten memberikan dukungan melalui program subsidi bunga tambahan bagi pelaku UMKM binaan dinas.",
         "Untuk mencapai target tersebut, setiap AO diminta menjaring calon debitur melalui kelompok usaha di pasar tradisional dan sentra kerajinan, melakukan kampanye pemasaran di hari pasar, serta melakukan verifikasi kelayakan sesuai SOP. Kelayakan debitur semata-mata berdasarkan analisis usaha; bank tidak mengaitkan persetujuan kredit dengan afiliasi atau pilihan politik siapa pun.",
         "Kepala unit yang menang dalam kompetisi penyaluran terbaik triwulan III akan mendapat penghargaan dari Direksi.",
         sign("Pemimpin Cabang,\n\n\nRudi Hermawan"),
     ],
     note="Umpan: 'dukungan' pemda, 'calon debitur', 'kampanye' pemasaran, 'menang' kompetisi; kredit tegas tidak dikaitkan pilihan politik.")

memo(36, "C", kop=kop("table", "PEMERINTAH PROVINSI SULAWESI SELATAN", "DINAS PENDIDIKAN",
                      "SMA NEGERI 5 MAPPAKASUNGGU", "Jl. Sultan Alauddin No. 45", logo="[LOGO SEKOLAH]"),
     body=[
         C("PENGUMUMAN\nPEMILIHAN KETUA DAN WAKIL KETUA OSIS MASA BAKTI 2024/2025", bold=True),
         "Berdasarkan hasil verifikasi panitia pemilihan OSIS, ditetapkan tiga pasangan calon ketua dan wakil ketua OSIS dengan nomor urut sebagai berikut:",
         {"table": [["Nomor Urut", "Calon Ketua", "Calon Wakil Ketua"],
                    ["1", "Muh. Fadil Ramadhan (XI IPA 2)", "Nur Aisyah (X-4)"],
                    ["2", "Andi Zahra Putri (XI IPS 1)", "Rizky Maulana (X-7)"],
                    ["3", "Ahmad Dzaki (XI IPA 5)", "Sitti Rahma (X-2)"]],
          "widths": [1500, 3785, 3785], "header_row": True},
         "Masa kampanye calon OSIS berlangsung 5\u20139 Agustus 2024 di lingkungan sekolah, termasuk debat visi-misi di aula pada Kamis, 8 Agustus. Poster kampanye hanya boleh ditempel di papan pengumuman kelas.",
         "Pemungutan suara dilaksanakan Senin, 12 Agustus 2024; setiap siswa mencoblos satu pasangan di bilik suara yang disediakan panitia. Pasangan yang menang dilantik pada upacara 17 Agustus.",
         sign("Kepala Sekolah,\n\n\nDrs. H. Abdul Rahman, M.Pd."),
     ],
     note="Umpan pemilihan OSIS: 'pasangan calon', 'nomor urut', 'kampanye', 'mencoblos', 'menang' — bukan pemilu politik.")

memo(37, "V", kop=kop("header", "PEMERINTAH PROVINSI SULAWESI TENGGARA", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                      "SMA NEGERI 3 LASOLO RAYA", "Jl. Poros Kendari\u2013Andoolo Km 30"),
     body=[
         C("NOTA DINAS\nNomor: 800/112/SMAN3-LSR/X/2024", bold=True),
         P("Kepada\t: Guru Honorer dan Tenaga Administrasi Non-ASN\nDari\t: Kepala Sekolah\nHal\t: Perpanjangan SK Penugasan Tahun Anggaran 2025", align="left", tabs=[[1200, "left"]]),
         "Dengan hormat, sehubungan dengan akan berakhirnya SK penugasan guru honorer dan tenaga administrasi non-ASN pada 31 Desember 2024, perlu kami sampaikan bahwa perpanjangan SK tahun 2025 akan mempertimbangkan loyalitas kepada pimpinan daerah.",
         "Dalam kaitan itu, Bapak/Ibu diminta memastikan diri, keluarga, dan lingkungan masing-masing memberikan suara kepada pasangan H. La Ode Masrun \u2013 Amiruddin Tahir (nomor urut 1) pada Pilgub 27 November 2024. Bukti dukungan berupa daftar nama keluarga yang telah menyatakan dukungan diserahkan kepada Wakasek Kurikulum paling lambat 20 November 2024.",
         "Guru honorer dan tenaga administrasi yang tidak menyerahkan daftar tersebut atau diketahui aktif mendukung pasangan lain tidak akan diusulkan perpanjangan SK-nya, dan jam mengajarnya dialihkan kepada guru lain.",
         "Demikian untuk diperhatikan dengan sungguh-sungguh.",
         sign("Kepala SMA Negeri 3 Lasolo Raya,\n\n\nLa Ode Hamiru, S.Pd., M.Pd.\nNIP 19720815 199802 1 003"),
     ],
     cats=["inducement", "endorsement"], classes=[8],
     note="Ancaman: SK guru honorer tidak diperpanjang bila tidak mendukung pasangan nomor 1; kumpulkan daftar dukungan keluarga; di kop sekolah.")

memo(38, "C", engine="libreoffice",
     kop=kop("table", "PEMERINTAH KOTA SURAPATI", "KECAMATAN KEJAKSAN LOR",
             "Jl. Cipto Mangunkusumo No. 20 Surapati", logo="[LOGO]"),
     body=[
         C("SURAT PERINTAH\nNomor: 300/41/Kec-KL/I/2024", bold=True),
         P("Dasar\t: 1. Peraturan KPU Nomor 15 Tahun 2023 tentang Kampanye Pemilihan Umum;\n\t  2. Surat Panwaslu Kecamatan Kejaksan Lor Nomor 012/PM.00.02/I/2024.", align="left", tabs=[[1000, "left"]], hanging=1000, indent=1000),
         C("MEMERINTAHKAN", bold=True),
         P("Kepada\t: Kasi Trantib dan anggota Satpol PP Kecamatan (daftar terlampir)", align="left", tabs=[[1000, "left"]]),
         "Untuk menertibkan alat peraga kampanye (APK) yang terpasang di lingkungan kantor kecamatan, kantor kelurahan, puskesmas, dan sekolah, antara lain:",
         N("spanduk \u201cCoblos No. 2 \u2013 Bersama Bung Taufik, Surapati Juara\u201d di pagar Kantor Kelurahan Pekalangan;"),
         N("baliho caleg DPRD Provinsi Dapil Jabar XII Partai Nusa Raya di halaman SDN Kebon Baru 3;"),
         N("stiker pasangan calon presiden di tiang depan Puskesmas Kejaksan."),
         "Penertiban dilakukan bersama Panwaslu Kecamatan pada Kamis, 18 Januari 2024 mulai pukul 09.00 WIB, dengan berita acara dan dokumentasi. APK hasil penertiban diserahkan ke Panwaslu.",
         sign("Surapati, 16 Januari 2024\nCamat Kejaksan Lor,\n\n\nDrs. Yusuf Permana"),
     ],
     classes=[14],
     note="Surat perintah menertibkan APK di kantor pemerintah, mengutip slogan 'Coblos No. 2 - Bersama Bung Taufik'; patuh.")

memo(39, "V", kop=kop("header", "PEMERINTAH KABUPATEN WONOHARJO", "DINAS LINGKUNGAN HIDUP",
                      "Jl. Lingkar Timur No. 11 Wonoharjo, Telp. (0291) 430088"),
     body=[
         C("UNDANGAN\nNomor: 005/221/DLH/I/2024", bold=True),
         P("Kepada Yth.\nSeluruh PNS, PPPK, dan tenaga kontrak DLH\nKabupaten Wonoharjo", align="left"),
         "Dengan hormat, senam pagi rutin hari Jumat, 26 Januari 2024 akan dilaksanakan secara istimewa bersama Bapak H. Wiranto Hadi, S.E., calon anggota DPR RI Dapil Jawa Tengah III nomor urut 1 dari Partai Suara Tani, yang berkenan hadir dan memimpin senam bersama.",
         P("Waktu\t: 06.30 WIB s.d. selesai\nTempat\t: Halaman Kantor Dinas Lingkungan Hidup\nPakaian\t: Kaos hijau bergambar Pak Wiranto (dibagikan Kamis sore di ruang Subbag Umum)", align="left", tabs=[[1200, "left"]], indent=567),
         "Setelah senam akan dilanjutkan sarapan bersama dan penyampaian aspirasi kepada beliau. Kehadiran pegawai dicatat melalui presensi pagi. Mohon seluruh pegawai membawa serta keluarga agar suasana semakin meriah.",
         sign("Kepala Dinas Lingkungan Hidup,\n\n\nIr. Bambang Sulistyo, M.Si."),
     ],
     cats=["campaign-activity", "state-facility", "endorsement"], classes=[3],
     note="Senam rutin kantor dijadikan senam bersama caleg DPR RI di halaman dinas, kaos bergambar caleg, presensi; di kop.")

memo(40, "C", kop=kop("body", "PEMERINTAH KABUPATEN CIKADU", "DINAS PENDIDIKAN",
                      "Jl. Siliwangi No. 21 Cikadu 43211"),
     body=[
         C("SURAT EDARAN\nNomor: 800.1.6/1107/Disdik/X/2024\nTENTANG\nMENJAGA NETRALITAS SATUAN PENDIDIKAN\nPADA PEMILIHAN BUPATI DAN WAKIL BUPATI TAHUN 2024", bold=True),
         "Menjelang pemungutan suara 27 November 2024, kepala satuan pendidikan, guru, dan tenaga kependidikan (ASN maupun non-ASN) diingatkan bahwa sekolah adalah ruang yang netral. Oleh karena itu dilarang:",
         N("menggunakan lingkungan sekolah, ruang kelas, dan upacara untuk kampanye atau mengajak siswa dan orang tua memilih pasangan tertentu;"),
         N("menjadi anggota tim kampanye, tim sukses, atau relawan pemenangan, serta menghadiri deklarasi dan kampanye pasangan calon;"),
         N("mengunggah, membagikan, menyukai, atau mengomentari konten pasangan calon, termasuk memakai tagar kampanye seperti #LanjutkanX atau #SatuPutaran dan memasang twibbon di akun pribadi;"),
         N("memasang atau membiarkan APK terpasang di pagar dan halaman sekolah;"),
         N("mengaitkan bantuan PIP, beasiswa, atau seragam gratis dengan dukungan kepada pasangan calon."),
         "Kepala sekolah wajib menyampaikan edaran ini dalam rapat dewan guru dan melaporkan bila menemukan pelanggaran kepada Dinas dan Panwaslu Kecamatan.",
         sign("Kepala Dinas Pendidikan,\n\n\nDr. H. Endang Suherman, M.Pd."),
     ],
     classes=[14],
     note="Edaran netralitas sekolah mengutip larangan (tim sukses, deklarasi, tagar #SatuPutaran, twibbon, APK, bantuan dikaitkan dukungan); patuh.")

memo(41, "V",
     body=[
         B("Salinan chat grup \u201cPEGAWAI DINSOS KAB. SIDOMUKTI \U0001F1EE\U0001F1E9\u201d (admin: Sekretariat)"),
         P("[08/01/24 07.12] Sekdin Dinsos: Selamat pagi gaes \u2600\uFE0F sdh pd ganti PP {split:twib|bon} 01 blm? Utk grup dinas ini wajib ya, mulai hr ini smp 14 Feb. Link twibbon \u201cSIDOMUKTI PILIH 01 \u2013 HARTONO-LAILA\u201d sy kirim di bwh \U0001F447", align="left"),
         P("[08/01/24 07.13] Sekdin Dinsos: https://twb.nz/hartonolaila01", align="left"),
         P("[08/01/24 07.15] Sekdin Dinsos: Jgn lupa tiap malam like & komen postingan Pak Hartono di FB & IG, minimal 1 komen positif. Yg blm follow @hartonowibisono.official mhn segera. Screenshot kirim japri ke sy ya bpk/ibu, {split:nan|ti sy re|kap} utk laporan ke Pak Kadis \U0001F64F", align="left"),
         P("[08/01/24 07.20] Bu Tini Linjamsos: siap bu \U0001F44D", align="left"),
         P("[08/01/24 07.31] Mas Joko PPKS: nggih bu, sampun \u2705", align="left"),
     ],
     cats=["social-media", "endorsement"], classes=[5, 11],
     note="Chat grup dinas: Sekretaris Dinas wajibkan pegawai ganti foto profil twibbon 'PILIH 01', follow, like dan komen akun capres; teks dipecah run; tanpa kop.")

memo(42, "C",
     body=[
         P("*BROADCAST PUSKESMAS BONTOMARANNU* \U0001F489\U0001F476", bold=True, align="left"),
         P("Assalamualaikum bpk/ibu kader & warga yth \U0001F64F", align="left"),
         P("Mhn bantuannya share info ini ke grup RT/RW, majelis taklim & grup ortu murid ya. Mulai Senin 22 Juli sdh dimulai kampanye Sub PIN Polio putaran ke-2 utk anak usia 0\u20137 th. Tdk perlu daftar, cukup dtg ke posyandu terdekat atau SD/TK tempat anak sekolah \u2705", align="left"),
         P("Jgn khawatir, vaksin aman & halal, sdh dpt fatwa MUI. Anak yg sdh ikut putaran 1 tetap wajib ikut putaran 2 ya \u203C\uFE0F", align="left"),
         P("Tolong jg like & share postingan IG @pkm.bontomarannu biar makin byk yg tau. Kader yg paling byk ajak anak nnt dpt bingkisan dr Puskesmas \U0001F381", align="left"),
         P("Tabe, terima kasih banyak \U0001F60A\n~ Promkes PKM Bontomarannu", align="left"),
     ],
     classes=[11],
     note="Broadcast WA informal kampanye imunisasi polio, minta like/share akun puskesmas; tidak ada unsur politik.")

memo(43, "V", kop=kop("header", "PEMERINTAH KABUPATEN TOMPOBULU", "SEKRETARIAT DAERAH",
                      "BAGIAN ORGANISASI", "Jl. Poros Bulukumba\u2013Sinjai Km 2, Tompobulu"),
     body=[
         P("Nomor\t: 065/287/Org/X/2024\nHal\t: Penguatan Budaya Kerja dan Kesinambungan Pembangunan", align="left", tabs=[[1100, "left"]]),
         P("Yth. Kepala Perangkat Daerah, Camat, dan Lurah\nse-Kabupaten Tompobulu", align="left"),
         "Capaian reformasi birokrasi Kabupaten Tompobulu dalam lima tahun terakhir, antara lain predikat WTP tujuh kali berturut-turut dan Indeks RB kategori BB, tidak lepas dari kepemimpinan Bapak H. Syamsul Rijal, S.H. dan Bapak Ir. Andi Baso Tenri, M.M.",
         "Agar capaian tersebut tidak terputus, setiap pimpinan unit kerja diminta membangun kesadaran pegawai dan keluarganya bahwa Tompobulu masih membutuhkan duet Syamsul\u2013Andi Baso untuk lima tahun lagi. Pesan \u201cTompobulu Lanjut, Dua Periode Lebih Hebat\u201d agar disampaikan dalam apel pagi dan rapat staf hingga akhir November. Setiap pegawai juga memasang bingkai foto “Tompobulu Lanjut” pada foto profil WhatsApp dan membagikan video capaian duet Syamsul–Andi Baso di status masing-masing setiap Jumat.",
         "Kepala perangkat daerah melaporkan pelaksanaan arahan ini dalam rapat evaluasi kinerja bulanan.",
         sign("Tompobulu, 7 Oktober 2024\na.n. Sekretaris Daerah\nKepala Bagian Organisasi,\n\n\nMuh. Ridwan Tahir, S.STP., M.Si."),
     ],
     cats=["endorsement", "social-media"], classes=[1, 5],
     note="Tanpa kata 'calon': pasangan petahana disebut untuk 'lima tahun lagi', slogan 'Dua Periode Lebih Hebat' wajib disampaikan di apel, bingkai foto profil dan share video duet; di kop Setda.")

memo(44, "C",
     body=[
         C("SUSUNAN ACARA\nPERESMIAN JEMBATAN GANTUNG DESA PAMBOANG\nKECAMATAN BANGGAE TIMUR", bold=True),
         P("Hari/tanggal: Kamis, 13 Juni 2024 | Pukul 09.00 WITA | Lokasi: Ujung timur jembatan, Dusun Lembang", align="left"),
         {"table": [["Waktu", "Acara", "Petugas"],
                    ["09.00", "Kedatangan Bupati Teluk Dalam dan rombongan", "Protokol Setda"],
                    ["09.10", "Pembukaan, menyanyikan Indonesia Raya", "MC / Dirigen SDN 7"],
                    ["09.20", "Laporan Kepala Dinas PUPR tentang pembangunan jembatan (APBD 2023, panjang 84 m)", "Kadis PUPR"],
                    ["09.35", "Sambutan Bupati Teluk Dalam", "Bupati"],
                    ["09.55", "Penandatanganan prasasti dan pengguntingan pita", "Bupati, Ketua DPRD"],
                    ["10.05", "Doa dan peninjauan jembatan", "Imam Desa"]],
          "widths": [1100, 5470, 2500], "header_row": True},
         "Catatan protokol: acara bersifat kedinasan. Tidak ada pemasangan spanduk, atribut, atau foto pihak mana pun selain papan nama proyek dan prasasti resmi. Undangan terdiri atas Forkopimcam, kepala desa, dan warga penerima manfaat.",
         P("Bagian Protokol dan Komunikasi Pimpinan Setda Kabupaten Teluk Dalam", italic=True, align="left"),
     ],
     classes=[14],
     note="Bupati menjabat meresmikan jembatan dalam acara kedinasan tanpa muatan kampanye; patuh.")

memo(45, "V", engine="libreoffice",
     kop=kop("body", "PEMERINTAH KABUPATEN GUNUNGREJO", "KECAMATAN WONOTIRTO",
             "Jl. Raya Wonotirto No. 1, Telp. (0342) 551100"),
     body=[
         C("SURAT PERINTAH TUGAS\nNomor: 094/063/405.20/2024", bold=True),
         "Dalam rangka memeriahkan pesta demokrasi dan agar kecamatan dipandang adil oleh semua pihak, Camat Wonotirto memerintahkan seluruh pegawai kantor kecamatan untuk hadir pada kampanye terbuka setiap pasangan calon Bupati dan Wakil Bupati Gunungrejo yang dilaksanakan di wilayah Wonotirto, dengan pembagian sebagai berikut:",
         {"table": [["Tanggal", "Pasangan", "Lokasi", "Regu Pegawai"],
                    ["Selasa, 15 Oktober 2024", "Nomor Urut 1", "Lapangan Kedungsari", "Regu A (Seksi Pemerintahan, Trantib)"],
                    ["Kamis, 24 Oktober 2024", "Nomor Urut 2", "Pasar Hewan Ngadipuro", "Regu B (Seksi Kesos, PMD)"],
                    ["Rabu, 6 November 2024", "Nomor Urut 3", "Alun-alun Kecamatan", "Regu C (Sekretariat, Pelayanan)"]],
          "widths": [2200, 1700, 2200, 2970], "header_row": True},
         "Kegiatan dilaksanakan pada jam kerja dan dicatat sebagai dinas luar. Pegawai berangkat dari kantor kecamatan pukul 12.30 WIB menggunakan mobil dinas kecamatan AG 1027 XP dan ambulans desa yang sedang tidak digunakan. Setiap regu mengenakan seragam batik Korpri agar terlihat sebagai perwakilan kecamatan.",
         "Kepala seksi bertanggung jawab atas kehadiran regunya.",
         sign("Wonotirto, 10 Oktober 2024\nCamat Wonotirto,\n\n\nSlamet Riyanto, S.Sos., M.M."),
     ],
     cats=["campaign-activity", "state-facility"], classes=[12],
     note="Camat menugaskan semua pegawai menghadiri kampanye terbuka ketiga paslon bergiliran, jam kerja, mobil dinas dan ambulans desa; tetap pelanggaran meski tidak memihak.")

memo(46, "C",
     body=[
         P("Kabar gembira dari Kantor Desa Sukamaju, bapak-ibu sekalian! \U0001F389", bold=True, align="left"),
         P("Alhamdulillah, desa urang menang juara 1 Lomba Desa tingkat Kabupaten Cikadu 2024, euy! Ieu hasil kerja bareng kabeh: kader posyandu, PKK, Karang Taruna, linmas, jeung warga nu ngadukung sapenuhna.", align="left"),
         P("Minggu payun ada tim penilai provinsi datang. Mohon dukungan warga:\n1) kerja bakti Sabtu 27 Juli jam 07.00, bawa arit & sapu lidi\n2) pekarangan dipasangi tanaman toga, pan kita teh lagi kampanye Kampung Sehat\n3) relawan penerima tamu kumpul di balai desa Jumat sore", align="left"),
         P("Sing kompak nya, urang pertahankeun gelar juara! Nuhun pisan \U0001F64F\n\u2014 Pak Kades & perangkat Desa Sukamaju", align="left"),
     ],
     classes=[11],
     note="Pengumuman chatty berbahasa Sunda: 'menang', 'dukungan', 'kampanye' Kampung Sehat, 'relawan' lomba desa; tidak politis.")

memo(47, "V", kop=kop("table", "PERUSAHAAN UMUM DAERAH AIR MINUM TIRTA LEMBAH KARANG",
                      "KABUPATEN LEMBAH KARANG", "Jl. Ahmad Yani No. 120, Telp. (0293) 788100", logo="[LOGO PERUMDA]"),
     body=[
         C("NOTULEN RAPAT DIREKSI DAN KEPALA CABANG", bold=True),
         P("Hari/tanggal: Senin, 8 Januari 2024\nTempat: Ruang Rapat Direksi Lantai 2\nPeserta: Direktur Utama, Direktur Teknik, Direktur Umum, 9 Kepala Cabang, Kepala SPI", align="left"),
         B("1. Kinerja Desember 2023"),
         "Tingkat kehilangan air turun menjadi 27,4 persen; penagihan tunggakan pelanggan niaga perlu dipercepat.",
         B("2. Pemilu 2024"),
         "Direktur Utama menyampaikan bahwa perusahaan perlu \u201cberterima kasih\u201d kepada Partai Nusa Raya yang memperjuangkan penyertaan modal daerah. Setelah pembahasan, disepakati:",
         N("memasang baliho caleg DPRD Kabupaten Partai Nusa Raya Dapil 2, Sdr. Budi Santosa, S.T., di halaman dan pagar kantor cabang Kaliwungu, Sukorejo, dan Patean;"),
         N("menetapkan target suara 30 orang per kantor cabang dari pegawai dan keluarga, direkap oleh Kepala Bagian SDM;"),
         N("menyelipkan brosur Sdr. Budi Santosa pada lembar tagihan rekening air bulan Februari 2024 untuk pelanggan di Dapil 2."),
         B("3. Lain-lain"),
         "Rencana perbaikan pipa transmisi Jalur Curug dijadwalkan pekan ketiga Januari.",
         P("Notulis: Dwi Astuti, S.E. (Sekretaris Direksi)", align="left"),
     ],
     cats=["endorsement", "campaign-activity", "state-facility"], classes=[9],
     note="Notulen direksi PDAM: disepakati memasang baliho caleg di kantor cabang, target suara per cabang, brosur caleg di tagihan air; di kop BUMD.")

memo(48, "C", kop=kop("table", "PEMERINTAH KABUPATEN LEMBAH KARANG", "DINAS PENDIDIKAN",
                      "Jl. Pemuda No. 8 Lembah Karang", logo="[LOGO]"),
     body=[
         C("LEMBAR DISPOSISI", bold=True),
         {"table": [["Surat dari", "Panwaslu Kecamatan Sukorejo", "Diterima tgl", "29 Januari 2024"],
                    ["No. Surat", "021/PM.00.02/K.JT-24.12/I/2024", "No. Agenda", "0447"],
                    ["Perihal", {"blocks": ["Pemberitahuan APK caleg dan spanduk \u201cCoblos Nomor 3, Pasti Menang\u201d di pagar SDN Sukorejo 2 dan SMPN 1 Sukorejo"], "span": 3}],
                    ["Diteruskan kepada", {"blocks": ["Kabid Pembinaan SD; Kabid Pembinaan SMP; Korwil Pendidikan Kec. Sukorejo"], "span": 3}],
                    ["Isi disposisi", {"blocks": ["1. Segera koordinasi dengan kepala sekolah untuk menurunkan APK dari pagar sekolah hari ini juga.\n2. Serahkan APK ke Panwaslu dengan berita acara.\n3. Ingatkan seluruh kepala sekolah: lingkungan sekolah bebas atribut peserta pemilu mana pun.\n4. Laporkan hasilnya paling lambat 31 Januari."], "span": 3}]],
          "widths": [1900, 3000, 1600, 2570]},
         sign("Kepala Dinas,\n\n\nparaf\nDrs. Suharto, M.Pd."),
     ],
     classes=[14],
     note="Disposisi menindaklanjuti surat Panwaslu: turunkan APK 'Coblos Nomor 3, Pasti Menang' dari pagar sekolah; patuh.")

memo(49, "V", kop=kop("header", "PEMERINTAH KABUPATEN BONTOLOE", "DINAS SOSIAL",
                      "Jl. Mannuruki No. 14, Bontoloe"),
     body=[
         P("Nomor\t: 460/072/Dinsos/I/2024\nHal\t: Kehadiran KPM PKH dan BPNT pada Kegiatan Kampanye Dialogis", align="left", tabs=[[1100, "left"]], hanging=1100, indent=1100),
         P("Yth. Pendamping PKH dan TKSK se-Kecamatan Bajeng dan Bajeng Barat", align="left"),
         "Pada Sabtu, 27 Januari 2024 pukul 14.00 WITA di Gedung Serbaguna Kalebajeng akan diselenggarakan kampanye dialogis Bapak Drs. H. Burhanuddin Sese, calon anggota DPRD Provinsi Sulawesi Selatan nomor urut 4, yang selama ini memperjuangkan tambahan kuota bansos bagi Bontoloe.",
         "Sebagai bentuk terima kasih, pendamping agar menghadirkan Keluarga Penerima Manfaat (KPM) PKH dan BPNT di wilayah dampingan masing-masing, minimal 30 KPM per pendamping, dan mengajak mereka memberikan dukungan pada 14 Februari.",
         "KPM yang tidak hadir tanpa alasan yang jelas agar dicatat. Nama-nama tersebut akan dievaluasi dalam verifikasi komitmen dan dapat diusulkan untuk dikeluarkan dari data penerima pada pemutakhiran berikutnya.",
         "Pendamping mengirimkan daftar hadir KPM kepada Kabid Linjamsos paling lambat Senin, 29 Januari 2024.",
         sign("Kepala Dinas Sosial,\n\n\nHj. Andi Sitti Aminah, S.Sos., M.Si."),
     ],
     cats=["inducement", "campaign-activity", "endorsement"], classes=[8],
     note="Dinsos wajibkan KPM PKH/BPNT hadir kampanye dialogis caleg dan mendukungnya; yang absen diancam dikeluarkan dari data penerima; di kop.")

memo(50, "C",
     body=[
         B("Transkrip rekaman arahan Lurah Kampung Rawa Bebek saat apel pagi, Senin 5 Februari 2024"),
         "\u201cPagi, pagi semua. Aye mau ngomong dikit aje, kagak lama. Ini kan udah mau coblosan, tanggal empat belas. Aye ingetin ye, kite ini pegawai kelurahan, kudu netral. Kagak boleh ikut-ikutan kampanye, kagak boleh pasang gambar caleg di kantor, kagak boleh ngasih jempol atau komen di status calon di FB, IG, apa TikTok. Foto pake jari-jari kode nomor juga jangan, nanti kena semprit Bawaslu, repot kite semua.\u201d",
         "\u201cYang rumahnya ditempelin stiker sama tim sukses, itu urusan pribadi, tapi jangan dibawa ke kantor. Mobil kelurahan kagak ada yang boleh dipinjem buat acara partai, siapa pun yang minta, bilang aje kata Pak Lurah kagak boleh.\u201d",
         "\u201cNah, yang jadi KPPS, Bang Roni, Mpok Ida, Mas Teguh, surat tugasnye kasih ke Bu Sekel biar dapet izin. Pas hari H kantor libur, semua dateng ke TPS masing-masing, pake hak pilih. Udah, gitu aje. Bubar.\u201d",
         P("[ditranskrip oleh staf Seksi Pemerintahan untuk arsip]", italic=True, size=18),
     ],
     classes=[11, 14],
     note="Transkrip arahan lurah berbahasa Betawi yang melarang kampanye, stiker, like/komen, simbol jari, pinjam mobil; urus izin KPPS; patuh.")

# ===================================================================== 051-075
memo(51, "V", kop=kop("header", "PEMERINTAH KABUPATEN SUMBERWARAS", "DINAS PERHUBUNGAN",
                      "Jl. Raya Madiun\u2013Ponorogo Km 5 Sumberwaras"),
     body=[
         P("Nomor\t: 005/019/404.310/2024\nHal\t: Rapat Kerja Awal Tahun 2024", align="left", tabs=[[1100, "left"]]),
         P("Yth. Kepala Bidang, Kepala UPT Terminal, Kepala UPT PKB\ndi lingkungan Dinas Perhubungan", align="left"),
         "Dengan hormat, rapat kerja awal tahun akan dilaksanakan Rabu, 17 Januari 2024 pukul 08.00 WIB di Aula Terminal Tipe A Sumberwaras. Materi rapat: evaluasi target PAD retribusi, rencana uji KIR keliling, dan persiapan angkutan lebaran.",
         "Subbagian Umum diminta menyiapkan backdrop panggung, banner, dan kaos peserta dengan desain sebagaimana kotak di bawah. Biaya cetak dibebankan pada DPA Sekretariat kegiatan Rapat Koordinasi dan Konsultasi.",
         {"textbox": [
             C("DESAIN BACKDROP & KAOS RAKER 2024", bold=True, size=20),
             C("RAKER DISHUB SUMBERWARAS 2024", bold=True, size=28),
             C("SATU PUTARAN \u2013 BERSAMA 02 KITA MENANG!", bold=True, size=32),
             C("(latar biru muda, foto Pak Bambang Sukardi \u2013 Pak Andi Rahmat di sisi kanan)", italic=True, size=18),
         ], "width_cm": 15, "height_cm": 4.5},
         "Peserta diwajibkan memakai kaos tersebut selama raker dan pada kegiatan lapangan sampai dengan 14 Februari 2024.",
         sign("Kepala Dinas Perhubungan,\n\n\nAgus Prasetyo, S.T., M.T."),
     ],
     cats=["endorsement", "state-facility", "campaign-activity"], classes=[5],
     note="Kotak teks desain backdrop/kaos raker: 'SATU PUTARAN - BERSAMA 02 KITA MENANG' dengan foto paslon, biaya DPA, kaos wajib dipakai; di kop.")

memo(52, "C", kop=kop("header", "PEMERINTAH KABUPATEN SUMBERWARAS", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM",
                      "Jl. Pahlawan No. 21 Sumberwaras"),
     body=[
         P("Nomor\t: 800.1.6/044/404.102/2024\nHal\t: Apel Kebangsaan dan Ikrar Netralitas ASN", align="left", tabs=[[1100, "left"]]),
         "Dalam rangka menjaga netralitas ASN pada Pemilu 2024, seluruh ASN di lingkungan Pemerintah Kabupaten Sumberwaras diminta mengikuti apel kebangsaan dan pembacaan ikrar netralitas pada Senin, 8 Januari 2024 pukul 07.30 WIB di Alun-alun Sumberwaras.",
         "Perangkat daerah memasang banner imbauan netralitas di ruang pelayanan dengan desain sebagai berikut:",
         {"textbox": [
             C("ASN NETRAL, PEMILU BERMARTABAT", bold=True, size=32),
             C("Tidak ikut kampanye \u2022 Tidak pasang atribut \u2022 Tidak like, share, atau komen akun peserta pemilu \u2022 Tidak pakai fasilitas dinas", size=20),
             C("Laporkan pelanggaran: Bawaslu Kab. Sumberwaras 0812-3300-xxxx", italic=True, size=18),
         ], "width_cm": 15, "height_cm": 4},
         "Pakaian apel: Korpri lengkap. Kepala perangkat daerah bertanggung jawab atas kehadiran pegawainya.",
         sign("Kepala BKPSDM,\n\n\nDra. Endah Sulistyowati, M.M."),
     ],
     classes=[14],
     note="Kotak teks banner netralitas yang menyebut larangan (kampanye, atribut, like/share); apel ikrar netralitas; patuh.")

memo(53, "V", kop=kop("table", "PEMERINTAH KABUPATEN BONTOLOE", "DINAS PEMUDA DAN OLAHRAGA",
                      "Jl. Andi Mallombasang No. 9", logo="[LOGO]"),
     body=[
         C("JADWAL KONSOLIDASI RELAWAN KECAMATAN \u2013 OKTOBER 2024", bold=True),
         "Berikut pembagian tugas staf Dispora untuk rangkaian kegiatan sebagaimana judul di atas. Staf yang namanya tercantum hadir 30 menit sebelum acara dan membawa perlengkapan yang telah ditentukan.",
         {"table": [["Tanggal", "Kecamatan / Tempat", "PIC Staf", "Perlengkapan dari Dinas"],
                    ["Sabtu, 5 Okt", "Bajeng \u2013 GOR Kalebajeng", "Irfan, Sukma", "Tenda 2 unit, sound system"],
                    ["Minggu, 6 Okt", "Tamalatea \u2013 Lapangan Bontomanai", "Akbar, Fitri", "Kursi 200, genset"],
                    ["Sabtu, 12 Okt", "Bontonompo \u2013 Stadion Mini", "Rahmat, Yuyun", "Panggung portabel, LCD"],
                    ["Minggu, 13 Okt", "Pallangga \u2013 Gedung Pemuda", "Syahrul, Dewi", "Sound system, kendaraan Elf dinas DD 7021 K"]],
          "widths": [1600, 3000, 1900, 2570], "header_row": True},
         "Uang makan dan transport staf diberikan melalui bendahara pengeluaran dan dipertanggungjawabkan pada kegiatan Pembinaan Organisasi Kepemudaan. Staf agar tidak mengenakan seragam dinas di lokasi.",
         sign("Sekretaris Dinas,\n\n\nAndi Mappiare, S.Pd., M.Si."),
     ],
     cats=["campaign-activity", "state-facility"], classes=[2, 6],
     note="Judul/tabel menyebut konsolidasi relawan (acara kampanye, calon tidak disebut); paragraf lain mengatur staf, tenda, sound, mobil dinas, uang makan dari anggaran; di kop.")

memo(54, "C", kop=kop("table", "PEMERINTAH KABUPATEN LEMBAH KARANG", "DINAS KESEHATAN",
                      "UPTD PUSKESMAS KALIWUNGU", "Jl. Raya Kaliwungu No. 17", logo="[LOGO]"),
     body=[
         C("JADWAL KAMPANYE SEHAT DAN POSBINDU PTM\nTRIWULAN III TAHUN 2024", bold=True),
         "Dalam rangka Gerakan Masyarakat Hidup Sehat (Germas), Puskesmas Kaliwungu menyelenggarakan kampanye sehat dan skrining penyakit tidak menular. Calon peserta skrining adalah warga usia 15 tahun ke atas.",
         {"table": [["Tanggal", "Desa", "Kegiatan Kampanye Sehat", "Petugas"],
                    ["2 Juli 2024", "Kumpulrejo", "Cek tekanan darah, edukasi diet rendah garam", "Bidan Siti, Perawat Wahyu"],
                    ["9 Juli 2024", "Sarirejo", "Skrining gula darah, senam prolanis", "dr. Anisa, Nutrisionis Lia"],
                    ["16 Juli 2024", "Mororejo", "Kampanye berhenti merokok, cek CO napas", "Promkes Hendra"],
                    ["23 Juli 2024", "Protomulyo", "Deteksi dini kanker serviks (IVA)", "Bidan Endah"]],
          "widths": [1500, 1700, 3570, 2300], "header_row": True},
         "Kader posyandu diminta mengumumkan jadwal melalui masjid dan grup RT. Warga boleh memilih jadwal di desa tetangga apabila berhalangan.",
         sign("Kepala UPTD Puskesmas Kaliwungu,\n\n\ndr. Rizal Fahmi"),
     ],
     note="Umpan tabel: 'kampanye sehat', 'calon peserta', 'memilih jadwal'; kegiatan kesehatan murni.")

memo(55, "V", kop=kop("header", "PEMERINTAH KOTA SURAPATI", "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
                      "Jl. Kartini No. 33 Surapati"),
     meta={"author": "Lina Marlina", "last_modified_by": "Kadis DP3A", "modified": "2024-10-21T10:05:00Z"},
     body=[
         C("NOTA DINAS\nNomor: 400.2/308/DP3A/X/2024", bold=True),
         P("Kepada\t: Ketua Tim Penggerak PKK Kecamatan se-Kota Surapati\nDari\t: Kepala Dinas DP3A\nHal\t: Laporan Tindak Lanjut Rapat Koordinasi Kader PKK dan Posyandu", align="left", tabs=[[1200, "left"]], hanging=1200, indent=1200),
         "Menindaklanjuti hasil rapat koordinasi kader PKK dan posyandu tanggal 18 Oktober 2024, bersama ini kami sampaikan beberapa hal sebagai berikut:",
         N("Pendataan balita stunting di 22 kelurahan agar diselesaikan paling lambat 31 Oktober 2024 dan diinput pada aplikasi e-PPGBM;"),
         N("Pelatihan kader tentang pemberian makanan bayi dan anak (PMBA) dilaksanakan bergilir per kecamatan sesuai jadwal terlampir;{ins: sekaligus, dalam setiap pelatihan kader diminta mengarahkan ibu-ibu binaan untuk mendukung pasangan Bu Sekar Arum \u2013 Pak Arif Budiman pada 27 November, karena program posyandu gratis akan dilanjutkan oleh beliau berdua}"),
         N("Laporan kegiatan PKK triwulan III dikirim ke dinas melalui surel resmi."),
         B("Pelaporan"),
         "Ketua TP PKK kecamatan melaporkan pelaksanaan butir 1 sampai dengan 3 dalam rapat bulanan berikutnya.",
         sign("Kepala Dinas DP3A,\n\n\nDra. Hj. Euis Komariah, M.Si."),
     ],
     cats=["endorsement", "state-facility"], classes=[10],
     note="Nota dinas bergaya laporan tindak lanjut rapat; sisipan tracked change meminta kader PKK mengarahkan ibu binaan mendukung pasangan Pilwalkot dalam pelatihan dinas; di kop.")

memo(56, "C", kop=kop("header", "PEMERINTAH KOTA SURAPATI", "BADAN KESATUAN BANGSA DAN POLITIK",
                      "Jl. Siliwangi No. 5 Surapati"),
     meta={"author": "Staf Kesbangpol", "last_modified_by": "Kaban Kesbangpol", "modified": "2024-09-30T08:00:00Z"},
     body=[
         C("SURAT EDARAN\nNomor: 200.1.4/211/Kesbangpol/IX/2024", bold=True),
         "Dalam rangka pelaksanaan Pemilihan Wali Kota dan Wakil Wali Kota Surapati Tahun 2024, disampaikan kepada seluruh pegawai Badan Kesbangpol agar menjaga netralitas dengan memperhatikan hal-hal berikut:",
         N("tidak menghadiri kampanye, deklarasi, atau pertemuan pasangan calon{ins:, termasuk yang dikemas sebagai silaturahmi, jalan sehat, atau nonton bareng};"),
         N("tidak menggunakan fasilitas kantor untuk kepentingan pasangan calon{ins: mana pun, baik kendaraan, ruang rapat, maupun perangkat komputer};"),
         N("tidak mengunggah, menyukai, atau membagikan konten pasangan calon di media sosial{ins:, serta tidak memasang twibbon atau foto profil bergambar pasangan calon};"),
         N("{ins:melaporkan kepada atasan langsung apabila menerima ajakan atau tekanan untuk mendukung pasangan calon tertentu.}"),
         "Pelanggaran akan diproses sesuai PP Nomor 94 Tahun 2021.",
         sign("Kepala Badan,\n\n\nDrs. Hendra Gunawan, M.Si."),
     ],
     classes=[14],
     note="Edaran netralitas dengan sisipan tracked change yang menambah larangan (silaturahmi, nobar, twibbon); patuh.")

memo(57, "V",
     body=[
         P("Fwd dr Pak Kabid Penyuluhan \u2013 grup \u201cPPL DISTAN LEMBAH KARANG\u201d", italic=True, size=18, align="left"),
         P("Assalamualaikum rekan2 PPL \U0001F64F Sesuai arahan pimpinan, minggu dpn kita wajib hadir {split:kam|pa|nye} terbuka semua paslon Bupati biar adil, jgn sampai dinas dibilang berat sebelah \U0001F60A", align="left"),
         P("Jadwalnya:\n\u25AA\uFE0F Senin 28/10 paslon 1 di Lap. Patean\n\u25AA\uFE0F Rabu 30/10 paslon 2 di GOR Kaliwungu\n\u25AA\uFE0F Jumat 1/11 paslon 3 di Alun2 Sukorejo", align="left"),
         P("Semua acara jam 13.00, jd absen siang cukup dr lokasi (foto + share loc). Berangkat bareng pakai {split:mo|bil di|nas} Distan, 2 Innova & 1 double cabin, kumpul di BPP jam 12.00. Pakai seragam PPL biar kliatan kompak.", align="left"),
         P("Yg gk ikut tanpa izin dianggap mangkir ya. Mksh \U0001F64F", align="left"),
     ],
     cats=["campaign-activity", "state-facility"], classes=[11, 12],
     note="WA diteruskan: PPL wajib hadir kampanye semua paslon bupati pada jam kerja dengan mobil dinas, absen dari lokasi; kata dipecah run; tetap pelanggaran walau 'biar adil'.")

memo(58, "C", kop=kop("body", "PEMERINTAH KABUPATEN TELUK DALAM", "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH",
                      "Jl. Abdul Malik Pattana Endeng No. 1"),
     body=[
         C("UNDANGAN\nNomor: 005/144/Bapperida/VIII/2024", bold=True),
         P("Yth. Tim Seleksi Beasiswa Teluk Dalam Cerdas 2024", align="left"),
         "Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri rapat pleno penetapan calon penerima Beasiswa Teluk Dalam Cerdas jenjang S1 dan D3 tahun 2024 pada:",
         P("Hari/tanggal\t: Selasa, 20 Agustus 2024\nWaktu\t: 09.00 WITA\nTempat\t: Ruang Rapat Bapperida Lantai 2", align="left", tabs=[[1600, "left"]], indent=567),
         "Agenda rapat: (1) pemaparan hasil verifikasi 412 berkas pendaftar; (2) pemeringkatan berdasarkan IPK, kondisi ekonomi, dan asal daerah terpencil; (3) memilih 150 calon penerima dan 20 cadangan; (4) penandatanganan berita acara. Penetapan dilakukan semata-mata berdasarkan skor seleksi.",
         sign("Kepala Bapperida,\n\n\nDr. Ir. Hasbullah Sulaiman, M.Si."),
     ],
     note="Umpan: 'calon penerima' beasiswa, 'memilih' penerima berdasarkan skor; tidak politis.")

memo(59, "V", kop=kop("header", "PEMERINTAH KABUPATEN WONOHARJO", "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
                      "Jl. Diponegoro No. 50 Wonoharjo"),
     body=[
         P("Nomor\t: 460/198/Dinsos-P3A/I/2024\nHal\t: Penyaluran Bantuan Alat Bantu Disabilitas Tahun 2024", align="left", tabs=[[1100, "left"]]),
         P("Yth. Camat dan Kepala Desa\ndi wilayah Kecamatan Ngawen dan Kedungjati", align="left"),
         "Bersama ini kami sampaikan bahwa bantuan alat bantu disabilitas (kursi roda, kruk, alat bantu dengar) dari APBD Kabupaten Wonoharjo Tahun Anggaran 2024 bagi 86 penerima di Kecamatan Ngawen dan Kedungjati akan disalurkan pada Kamis, 1 Februari 2024 di Pendopo Kecamatan Ngawen.{fn:1}",
         "Kepala desa diminta menghadirkan penerima beserta pendamping, membawa fotokopi KTP dan KK, serta surat keterangan dari puskesmas. Penerima yang berhalangan dapat diwakili keluarga dengan surat kuasa.",
         "Transportasi penerima dari desa ke pendopo difasilitasi dengan kendaraan dinas Dinsos dan ambulans desa.",
         sign("Kepala Dinas,\n\n\nDra. Retno Kusumawati, M.M."),
     ],
     footnotes={"1": "Penyerahan secara simbolis dilakukan oleh Bapak Ir. Sutrisno Adi (calon anggota DPRD Kabupaten Dapil 3 nomor urut 4) bersama timnya. Mohon kepala desa mengingatkan penerima dan keluarga bahwa bantuan ini hasil perjuangan beliau, agar tidak lupa mencoblos nomor 4 pada 14 Februari."},
     cats=["state-facility", "endorsement"], classes=[13],
     note="Bantuan alat disabilitas dari APBD diserahkan caleg; catatan kaki meminta kepala desa mengingatkan penerima mencoblos nomor 4; di kop.")

memo(60, "C", kop=kop("header", "PEMERINTAH PROVINSI SULAWESI BARAT", "SEKRETARIAT DAERAH",
                      "Jl. Abdul Malik Pattana Endeng, Rangas, Mamuju"),
     body=[
         C("SURAT EDARAN GUBERNUR SULAWESI BARAT\nNomor: 800.1.6/4410/X/2024\nTENTANG\nNETRALITAS APARATUR SIPIL NEGARA DALAM PILKADA SERENTAK 2024", bold=True),
         "Dalam rangka menjamin penyelenggaraan Pemilihan Gubernur, Bupati, dan Wali Kota Tahun 2024 yang jujur dan adil, setiap ASN wajib menjaga netralitas sebagaimana diatur dalam peraturan perundang-undangan.{fn:1}",
         "ASN dilarang memberikan dukungan kepada calon kepala daerah, antara lain dengan ikut kampanye, menggunakan atribut pasangan calon, mengikuti deklarasi, membuat keputusan yang menguntungkan pasangan tertentu, serta melakukan kegiatan yang mengarah kepada keberpihakan sebelum, selama, dan sesudah masa kampanye.{fn:2}",
         "Larangan tersebut juga berlaku pada media sosial: membuat unggahan, mengomentari, membagikan, menyukai, atau bergabung dalam grup pemenangan pasangan calon.{fn:3}",
         "Kepala perangkat daerah bertanggung jawab atas penegakan edaran ini dan melaporkan setiap dugaan pelanggaran kepada BKD dan Bawaslu.",
         sign("Mamuju, 1 Oktober 2024\nPj. GUBERNUR SULAWESI BARAT,\n\n\nDr. Ir. Akhmad Zulkarnain, M.Si."),
     ],
     footnotes={"1": "Pasal 9 ayat (2) UU Nomor 20 Tahun 2023 tentang ASN; Pasal 70 ayat (1) huruf b dan Pasal 71 ayat (1) UU Nomor 10 Tahun 2016.",
                "2": "Pasal 5 huruf n PP Nomor 94 Tahun 2021 tentang Disiplin PNS.",
                "3": "SKB Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN, dan Ketua Bawaslu Tahun 2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas ASN."},
     classes=[14],
     note="Edaran netralitas dengan catatan kaki dasar hukum; mengutip larangan kampanye, atribut, grup pemenangan; patuh.")

memo(61, "V", kop=kop("header", "PEMERINTAH KABUPATEN POSO BARAT", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
                      "Jl. Pulau Sumatera No. 27, Poso Barat"),
     footer=[C("Bangun Rumah Layak Huni Bersama Pak Rahmat Lamadjido \u2013 Poso Barat Lanjut 2 Periode! #RahmatLanjut", italic=True, size=18)],
     body=[
         P("Nomor\t: 648/233/Perkim/IX/2024\nHal\t: Verifikasi Lapangan Penerima Bantuan Stimulan Perumahan Swadaya (BSPS)", align="left", tabs=[[1100, "left"]], hanging=1100, indent=1100),
         P("Yth. Kepala Desa penerima alokasi BSPS Tahun 2024\ndi Kecamatan Lore Tengah dan Pamona Utara", align="left"),
         "Dalam rangka pelaksanaan program BSPS tahun 2024 untuk 140 unit rumah tidak layak huni, Tim Teknis Dinas Perkim akan melakukan verifikasi lapangan mulai 1 Oktober 2024. Kepala desa diminta mendampingi tim serta menyiapkan data calon penerima yang telah diusulkan melalui musyawarah desa.",
         "Tim fasilitator lapangan akan memotret kondisi rumah (0 persen), mengukur luas, dan memeriksa status kepemilikan lahan. Calon penerima wajib hadir di rumah masing-masing saat verifikasi.",
         "Seluruh dokumen verifikasi, spanduk lokasi, dan papan nama kegiatan menggunakan templat dinas terbaru sebagaimana tertera pada bagian bawah surat ini.",
         sign("Kepala Dinas Perkim,\n\n\nIr. Yusuf Tandirerung, M.T."),
     ],
     cats=["endorsement", "state-facility"], classes=[1, 5],
     note="Footer surat dinas dan templat spanduk program BSPS memuat 'Bersama Pak Rahmat Lamadjido - Lanjut 2 Periode! #RahmatLanjut' (petahana, tanpa kata 'calon'); di kop.")

memo(62, "C", kop=kop("body", "PEMERINTAH KABUPATEN LASOLO RAYA", "KECAMATAN ANDOOLO",
                      "Jl. Poros Andoolo No. 3"),
     footer=[C("Sukseskan Pemilihan Serentak 27 November 2024 \u2013 Datang ke TPS, Gunakan Hak Pilih, Jaga Netralitas", italic=True, size=18)],
     body=[
         C("PENGUMUMAN\nNomor: 470/88/Kec-ADL/XI/2024", bold=True),
         "Dalam rangka kelancaran pemungutan suara Pemilihan Gubernur dan Bupati pada Rabu, 27 November 2024, diumumkan bahwa:",
         N("Pelayanan administrasi kependudukan dan PTSP kecamatan ditutup pada hari pemungutan suara dan dibuka kembali 28 November 2024;"),
         N("Aula kecamatan digunakan sebagai gudang transit logistik PPK sesuai surat pinjam pakai dengan KPU Kabupaten;"),
         N("Pegawai yang menjadi anggota PPK, PPS, atau KPPS agar menyerahkan salinan SK kepada Sekcam untuk diberikan dispensasi."),
         sign("Camat Andoolo,\n\n\nLa Ode Muh. Sabaruddin, S.Sos."),
     ],
     note="Logistik pemilu: libur pelayanan, aula untuk logistik KPU, dispensasi PPK/KPPS; footer slogan 'Sukseskan Pemilihan' netral.")

memo(63, "V", kop=kop("table", "KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN SUMBERWARAS",
                      "Jl. Basuki Rahmat No. 17 Sumberwaras", logo="[LOGO KEMENAG]"),
     body=[
         P("Nomor\t: B-0214/Kk.13.31/5/PP.00/01/2024\nHal\t: Pengajian Akbar dan Silaturahmi Keluarga Besar Madrasah", align="left", tabs=[[1100, "left"]], hanging=1100, indent=1100),
         P("Yth. Kepala MI, MTs, dan MA Negeri/Swasta se-Kabupaten Sumberwaras", align="left"),
         "Kami sampaikan bahwa KH. Ahmad Fauzan Syamsuri, S.Ag., M.Pd.I., pengasuh Pondok Pesantren Darul Ulum Kedungrejo yang maju sebagai calon anggota DPD RI daerah pemilihan Jawa Timur, berkenan hadir dalam pengajian akbar dan silaturahmi keluarga besar madrasah.",
         P("Hari/tanggal\t: Ahad, 28 Januari 2024\nWaktu\t: 08.00 WIB s.d. selesai\nTempat\t: Halaman MAN 1 Sumberwaras", align="left", tabs=[[1600, "left"]], indent=567),
         "Setiap madrasah agar menghadirkan seluruh guru, pegawai, komite, dan sedikitnya 50 orang tua siswa. Rombongan diberangkatkan menggunakan bus madrasah masing-masing.",
         "Dalam acara tersebut beliau akan menyampaikan tausiyah sekaligus program perjuangannya untuk madrasah. Kalender dan stiker yang bersangkutan agar dibagikan kepada orang tua siswa, dan guru dimohon membantu mengingatkan jamaah akan nomor beliau di surat suara DPD.",
         sign("Kepala Kantor,\n\n\nDr. H. Mochamad Nasrullah, M.Ag."),
     ],
     cats=["campaign-activity", "endorsement", "state-facility"], classes=[3, 7],
     note="Calon DPD disebut sekali ('yang maju sebagai calon'), lalu 'beliau'/'yang bersangkutan'; guru dan orang tua dikerahkan ke pengajian akbar bersamanya, bus madrasah, bagikan kalender, ingatkan nomornya; di kop Kemenag.")

memo(64, "C", kop=kop("header", "KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KOTA MAPPAKASUNGGU",
                      "Jl. Urip Sumoharjo No. 72"),
     body=[
         P("Nomor\t: B-1187/Kk.21.27/BA.01/10/2024\nHal\t: Imbauan Menjaga Rumah Ibadah dari Politik Praktis", align="left", tabs=[[1100, "left"]]),
         P("Yth. Kepala KUA, Penyuluh Agama, Pengurus Masjid, dan Khatib\nse-Kota Mappakasunggu", align="left"),
         "Menjelang pemungutan suara Pilkada 27 November 2024, kami mengimbau agar mimbar masjid dan majelis taklim tetap menjadi ruang yang menyejukkan. Oleh karena itu:",
         N("khatib dan penceramah tidak menyampaikan ajakan memilih atau tidak memilih pasangan calon tertentu, termasuk menyebut nomor urut atau slogan kampanye;"),
         N("pengurus masjid tidak menerima pemasangan spanduk, baliho, atau stiker pasangan calon di lingkungan masjid dan tidak meminjamkan masjid untuk kampanye;"),
         N("penyuluh agama berstatus ASN dan non-ASN tidak hadir sebagai peserta kampanye, tidak menjadi tim sukses, dan tidak membagikan materi pasangan calon dalam kegiatan binaan;"),
         N("bantuan yang masuk ke masjid tidak boleh disertai syarat dukungan kepada pasangan calon mana pun."),
         "Khatib dipersilakan mengajak jamaah menggunakan hak pilih dengan jujur dan menjaga persaudaraan.",
         sign("Kepala Kantor,\n\n\nH. Muhammad Arsyad Daeng Tiro, S.Ag., M.Pd."),
     ],
     classes=[14],
     note="Imbauan Kemenag: larangan ajakan memilih di mimbar, APK di masjid, penyuluh jadi tim sukses, bantuan bersyarat; patuh.")

memo(65, "V", kop=kop("header", "PEMERINTAH KABUPATEN LEMBAH KARANG", "DINAS PERDAGANGAN, KOPERASI DAN UKM",
                      "Jl. Soekarno\u2013Hatta No. 71 Lembah Karang"),
     body=[
         P("Nomor\t: 510/062/Disdagkop/I/2024\nHal\t: Tindak Lanjut Rapat TPID \u2013 Operasi Pasar Murah Januari 2024", align="left", tabs=[[1100, "left"]], hanging=1100, indent=1100),
         "Menindaklanjuti hasil rapat Tim Pengendalian Inflasi Daerah (TPID) tanggal 4 Januari 2024, operasi pasar murah beras SPHP, minyak goreng, dan gula dilaksanakan di 10 kecamatan dengan subsidi harga dari APBD sebesar Rp1,2 miliar.",
         "Sesuai arahan pimpinan, pelaksanaan di lapangan mengikuti ketentuan berikut:",
         N("paket dikemas dalam kantong hijau-putih yang disediakan Relawan Nusantara Adil (relawan pasangan 03) dan di dalamnya diselipkan selebaran \u201cHarga Stabil, Pilih 03\u201d;"),
         N("jadwal operasi pasar disesuaikan dengan jadwal kunjungan tim kampanye pasangan 03 di tiap kecamatan agar penyerahan paket pertama dapat dilakukan oleh juru kampanye;"),
         N("petugas dinas membagikan kupon prioritas kepada warga yang datang bersama koordinator relawan."),
         B("Pelaporan"),
         "Koordinator lapangan melaporkan jumlah paket terjual dan dokumentasi penyerahan paling lambat H+1 setiap kegiatan.",
         sign("Kepala Dinas,\n\n\nDrs. Hari Wibowo, M.M."),
     ],
     cats=["state-facility", "endorsement", "inducement"], classes=[10, 13],
     note="Operasi pasar murah APBD 'menindaklanjuti rapat TPID' dikemas warna relawan paslon 03 dengan selebaran 'Pilih 03', dijadwalkan mengikuti tim kampanye; di kop.")

memo(66, "C", kop=kop("table", "PEMERINTAH KABUPATEN AJATAPPARENG", "DINAS PERDAGANGAN",
                      "Jl. Lasinrang No. 10", logo="[LOGO]"),
     body=[
         C("PENGUMUMAN\nPASAR MURAH RAMADAN 1445 H", bold=True),
         "Dalam rangka menjaga stabilitas harga bahan pokok menjelang Ramadan, Dinas Perdagangan bekerja sama dengan Bulog Cabang Ajatappareng menyelenggarakan pasar murah di empat lokasi pada 4\u20137 Maret 2024.",
         "Beras SPHP kemasan 5 kg dijual Rp52.000, gula pasir Rp15.500/kg, dan minyak goreng Rp14.000/liter, maksimal dua paket per KTP. Partai pertama beras sebanyak 20 ton telah tiba di gudang Bulog; partai kedua menyusul pada 5 Maret.",
         "Pasar murah terbuka untuk seluruh warga tanpa syarat apa pun. Tidak diperkenankan pemasangan atribut partai, calon, maupun organisasi lain di lokasi.",
         sign("Kepala Dinas Perdagangan,\n\n\nAndi Muh. Nasir, S.E., M.Si."),
     ],
     note="Umpan: pasar murah netral, 'partai' beras sebagai kiriman, KTP hanya pembatas pembelian; melarang atribut partai.")

memo(67, "V",
     body=[
         P("\U0001F4E3 *INFO RT 04 / RW 02 KEL. LAPPA* \U0001F4E3", bold=True, align="left"),
         P("Tabe bapak ibu warga RT 04 yth. Alhamdulillah sdh datang paket sembako (beras 5 kg, minyak 2 L, gula 1 kg) titipan Ibu Hj. Andi Suryani, caleg DPRD Kab. Dapil 1 no urut 2 Partai Amanat Desa \U0001F64F", align="left"),
         P("Syaratnya gampang ji: 1) serahkan fotokopi KTP & KK ke rumah sy paling lambat Sabtu, 2) tgl 14 Feb pas di bilik suara FOTO surat suara yg sdh dicoblos no 2, kirim ke sy. Yg kirim foto dpt tambahan amplop Rp100rb stlh pencoblosan \U0001F4B5", align="left"),
         P("Yg tdk mau ikut, paket dialihkan ke warga lain nah, jgn protes belakangan. Trims \U0001F64F\n~ Ketua RT 04 (merangkap Kaur Pemerintahan Kel. Lappa)", align="left"),
     ],
     cats=["inducement", "endorsement"], classes=[8, 11],
     note="Broadcast WA ketua RT (merangkap perangkat kelurahan): sembako caleg ditukar KTP dan foto surat suara nomor 2, amplop Rp100 ribu; tanpa kop.")

memo(68, "C", kop=kop("body", "PEMERINTAH KOTA MAPPAKASUNGGU", "KECAMATAN TAMALANREA",
                      "KELURAHAN TAMALANREA JAYA", "Jl. Perintis Kemerdekaan Km 10"),
     body=[
         C("PENGUMUMAN\nNomor: 460/37/Kel-TJ/II/2024", bold=True),
         "Sehubungan dengan banjir yang merendam RW 03, RW 05, dan RW 07 sejak 21 Februari 2024, Kelurahan Tamalanrea Jaya bersama Dinas Sosial dan relawan Taruna Siaga Bencana membuka dapur umum dan membagikan paket sembako bagi warga terdampak.",
         N("Pembagian sembako dilakukan Sabtu, 24 Februari 2024 pukul 09.00 WITA di halaman kantor kelurahan, berdasarkan data warga terdampak yang dihimpun ketua RT;"),
         N("Warga cukup menunjukkan KTP atau KK; bantuan tidak dipungut biaya dan tidak terkait dengan pihak mana pun;"),
         N("Masyarakat yang ingin menjadi relawan dapur umum dapat mendaftar ke Kasi Kesejahteraan Sosial."),
         sign("Lurah Tamalanrea Jaya,\n\n\nMuh. Syahrir, S.STP."),
     ],
     note="Umpan: sembako banjir, 'relawan' dapur umum, KTP sebagai bukti warga terdampak; tidak terkait calon.")

memo(69, "V", engine="libreoffice",
     kop=kop("header", "PEMERINTAH KABUPATEN CIKADU", "KECAMATAN CIBEBER", "DESA SUKAMANAH",
             "Jl. Desa Sukamanah No. 1, Kode Pos 43262"),
     body=[
         C("KEPUTUSAN KEPALA DESA SUKAMANAH\nNOMOR 141/Kep.27/Ds-Skm/IX/2024\nTENTANG\nPEMBENTUKAN TIM KOORDINATOR PEMENANGAN TINGKAT DESA", bold=True),
         P("Menimbang\t: bahwa untuk menjamin kelanjutan pembangunan desa dan menyukseskan pasangan H. Asep Mulyana \u2013 Hj. Nia Kurniasih pada Pemilihan Bupati Cikadu Tahun 2024, perlu membentuk tim koordinator pemenangan tingkat desa;", align="left", tabs=[[1600, "left"]], hanging=1600, indent=1600),
         P("Mengingat\t: Undang-Undang Nomor 6 Tahun 2014 tentang Desa dan peraturan pelaksanaannya;", align="left", tabs=[[1600, "left"]], hanging=1600, indent=1600),
         C("MEMUTUSKAN", bold=True),
         P("KESATU\t: Membentuk Tim Koordinator Pemenangan Tingkat Desa Sukamanah dengan susunan: Ketua: Sekretaris Desa (Dadan Ramdani); Wakil: Kasi Pemerintahan (Ujang Sobari); Anggota: Kepala Dusun I\u2013IV, Ketua RW 01\u201308, dan Ketua Kader Posyandu.", align="left", tabs=[[1600, "left"]], hanging=1600, indent=1600),
         P("KEDUA\t: Tim bertugas membentuk koordinator di setiap RT, menggelar pertemuan warga, memasang atribut pasangan di wilayah dusun, dan mengawal suara di TPS.", align="left", tabs=[[1600, "left"]], hanging=1600, indent=1600),
         P("KETIGA\t: Keputusan ini berlaku sejak ditetapkan sampai dengan selesainya penetapan hasil Pemilihan Bupati 2024.", align="left", tabs=[[1600, "left"]], hanging=1600, indent=1600),
         sign("Ditetapkan di Sukamanah\npada tanggal 23 September 2024\nKEPALA DESA SUKAMANAH,\n\n\nH. Engkos Kosasih"),
     ],
     cats=["campaign-activity", "endorsement"], classes=[4],
     note="SK kepala desa membentuk tim koordinator pemenangan pasangan bupati dari perangkat desa dan RW; pasang atribut; di kop desa.")

memo(70, "C", kop=kop("table", "PEMERINTAH KABUPATEN CIKADU", "KECAMATAN CIBEBER", "DESA MEKARSARI",
                      "Jl. Mekarsari No. 3", logo="[LOGO DESA]"),
     body=[
         C("KEPUTUSAN KEPALA DESA MEKARSARI\nNOMOR 141/Kep.12/Ds-Mks/III/2024\nTENTANG\nTIM PERCEPATAN PENURUNAN STUNTING DESA", bold=True),
         P("Menimbang\t: bahwa untuk menyukseskan target penurunan prevalensi stunting di bawah 14 persen, perlu dibentuk tim percepatan tingkat desa;", align="left", tabs=[[1600, "left"]], hanging=1600, indent=1600),
         C("MEMUTUSKAN", bold=True),
         P("KESATU\t: Membentuk Tim Percepatan Penurunan Stunting Desa Mekarsari yang diketuai Sekretaris Desa, dengan anggota bidan desa, kader KPM, kader posyandu, PKK, dan Babinsa.", align="left", tabs=[[1600, "left"]], hanging=1600, indent=1600),
         P("KEDUA\t: Tim bertugas melakukan rembuk stunting, pendampingan keluarga berisiko, kampanye gizi seimbang dan ASI eksklusif, serta pemantauan calon pengantin dan ibu hamil.", align="left", tabs=[[1600, "left"]], hanging=1600, indent=1600),
         P("KETIGA\t: Biaya kegiatan dibebankan pada APBDes Tahun Anggaran 2024 bidang kesehatan.", align="left", tabs=[[1600, "left"]], hanging=1600, indent=1600),
         sign("Ditetapkan di Mekarsari\npada tanggal 4 Maret 2024\nKEPALA DESA MEKARSARI,\n\n\nIwan Setiawan"),
     ],
     note="Umpan SK tim desa: 'menyukseskan' target stunting, 'kampanye' gizi, 'calon pengantin'; tidak politis.")

memo(71, "V", kop=kop("header", "PEMERINTAH KABUPATEN TOMPOBULU", "INSPEKTORAT DAERAH",
                      "Jl. Poros Bulukumba\u2013Sinjai Km 1, Tompobulu"),
     header=[P("Inspektorat Melayani, Tompobulu Lanjut \u2013 Bersama Pak Syamsul!", align="right", italic=True, size=16)],
     body=[
         P("Nomor\t: 700/411/Insp/X/2024\nSifat\t: Penting\nHal\t: Hasil Evaluasi Kinerja Triwulan III dan Tindak Lanjut", align="left", tabs=[[1100, "left"]]),
         P("Yth. Seluruh Auditor, P2UPD, dan Staf Inspektorat Daerah", align="left"),
         "Berdasarkan hasil evaluasi kinerja triwulan III tahun 2024, capaian pemeriksaan reguler Inspektorat telah mencapai 78 persen dari target PKPT. Untuk triwulan IV, beban pemeriksaan akan difokuskan pada dana desa dan BOS.",
         "Di samping itu, sesuai hasil rapat pimpinan, seluruh pegawai Inspektorat diminta mendaftarkan diri sebagai anggota Relawan Sahabat Syamsul Rijal dan mengikuti apel siaga relawan pada Minggu, 13 Oktober 2024 di Lapangan Pemuda Tompobulu. Kartu anggota relawan dapat diambil di ruang Sekretaris, dan setiap pegawai wajib mengikuti akun Instagram @sahabatsyamsulrijal serta bergabung di grup WhatsApp relawan kecamatan masing-masing.",
         "Pegawai yang bertugas di lapangan diharapkan membantu menyampaikan keberhasilan program pemerintahan beliau kepada aparat desa yang diperiksa.",
         B("Pelaporan"),
         "Kasubbag Umum merekap daftar pegawai yang telah memiliki kartu relawan dan melaporkannya kepada Inspektur paling lambat 11 Oktober 2024.",
         sign("Inspektur Daerah,\n\n\nDrs. Abdul Latief, M.Si."),
     ],
     cats=["campaign-activity", "endorsement", "social-media"], classes=[4, 5, 10],
     note="Kop Inspektorat dan format 'hasil evaluasi/Pelaporan', tetapi pegawai diminta daftar Relawan Sahabat Syamsul Rijal dan ikut apel siaga relawan; slogan partisan di header.")

memo(72, "C", kop=kop("header", "PEMERINTAH KABUPATEN TELUK DALAM", "INSPEKTORAT DAERAH",
                      "Jl. Poros Majene No. 14, Teluk Dalam"),
     body=[
         C("SURAT REKOMENDASI\nNomor: 700.1.2/112/Insp/XI/2024", bold=True),
         P("Kepada Yth.\nBupati Teluk Dalam\nselaku Pejabat Pembina Kepegawaian", align="left"),
         "Menindaklanjuti rekomendasi Bawaslu Kabupaten Teluk Dalam Nomor 241/PP.01.02/K.SR-04/10/2024, Inspektorat telah memeriksa Sdr. MT, Kepala Dinas PUPR, atas dugaan pelanggaran netralitas berupa penerbitan surat edaran yang mewajibkan pegawai bergabung dalam relawan pemenangan salah satu pasangan calon dan mengikuti pembekalan di posko pasangan tersebut.",
         "Hasil pemeriksaan menyimpulkan bahwa surat edaran tersebut benar diterbitkan dan ditandatangani terperiksa, serta 23 pegawai telah mendaftar sebagai relawan. Perbuatan tersebut melanggar Pasal 9 ayat (2) UU Nomor 20 Tahun 2023 dan Pasal 5 huruf n PP Nomor 94 Tahun 2021.",
         "Inspektorat merekomendasikan: (1) penjatuhan hukuman disiplin berat kepada terperiksa; (2) pencabutan surat edaran dimaksud; (3) pembinaan kepada 23 pegawai yang telah mendaftar sebagai relawan.",
         sign("Teluk Dalam, 4 November 2024\nInspektur,\n\n\nHj. Nurhayati Saleh, S.E., M.Ak."),
     ],
     classes=[14],
     note="Rekomendasi sanksi Inspektorat yang menguraikan edaran wajib gabung relawan pemenangan sebagai pelanggaran; patuh.")

memo(73, "V",
     body=[
         B("Transkrip VN Kepala SMPN 2 Tanete \u2013 grup \u201cGURU & STAF SMPN 2 TANETE\u201d"),
         P("Selasa, 12 November 2024, 19.47 WITA", italic=True, size=18, align="left"),
         "\u201cAssalamualaikum, tabe' bapak ibu sekalian. Saya mau sampaikan sedikit ini di', jangan ki tersinggung nah. Kita semua tahu mi, Puang Haji Amiruddin nomor satu itu yang banyak bantu sekolah ta, rehab WC, pagar, semua mi itu beliau. Jadi tanggal 27 ta'bantu'ki, pilih ki nomor satu, ajak juga keluarga ta di kampung.\u201d",
         "\u201cIye, untuk guru-guru honorer, saya tidak mau dengar ada yang lain pilihannya. Kalau ada yang ketahuan pilih yang lain, jam mengajar ta' saya kurangi semester depan, honor dari BOS juga saya tinjau ulang. Itu saja ji, bukan ancaman, tapi demi kebaikan sekolah ta.\u201d",
         "\u201cKirim ki nama keluarga yang sudah siap pilih nomor satu ke Bu Sumarni paling lambat Jumat. Tabe', assalamualaikum.\u201d",
         P("[transkrip dari rekaman yang beredar; logat Bugis dipertahankan]", italic=True, size=18),
     ],
     cats=["inducement", "endorsement"], classes=[8, 11],
     note="VN kepala SMP berlogat Bugis: guru wajib pilih 'Puang Haji Amiruddin nomor satu', honorer diancam jam mengajar dikurangi dan honor BOS ditinjau; setor nama keluarga; tanpa kop.")

memo(74, "C", engine="libreoffice",
     body=[
         C("UNDANGAN RAPAT ORANG TUA/WALI SISWA KELAS VI\nSD NEGERI 5 KALIWUNGU", bold=True),
         P("Yth. Bapak/Ibu Orang Tua/Wali Siswa Kelas VI A dan VI B", align="left"),
         "Dengan hormat, dalam rangka persiapan akhir tahun pelajaran 2023/2024, kami mengundang Bapak/Ibu untuk hadir pada rapat bersama komite sekolah:",
         P("Hari/tanggal\t: Sabtu, 20 April 2024\nWaktu\t: 09.00 WIB\nTempat\t: Ruang kelas VI A", align="left", tabs=[[1600, "left"]], indent=567),
         "Acara: (1) penjelasan jadwal asesmen sumatif dan perpisahan; (2) dukungan komite untuk kegiatan kampanye literasi \u201cSatu Siswa Satu Buku\u201d; (3) informasi penerimaan calon peserta didik di SMP negeri terdekat; (4) pemilihan pengurus paguyuban kelas VI yang baru.",
         "Mengingat pentingnya acara, dimohon hadir tepat waktu. Terima kasih.",
         sign("Kaliwungu, 15 April 2024\nKepala Sekolah,\n\n\nSiti Maesaroh, S.Pd."),
     ],
     note="Umpan sekolah: 'dukungan' komite, 'kampanye' literasi, 'calon peserta didik', 'pemilihan' pengurus paguyuban.")

memo(75, "V", kop=kop("table", "PEMERINTAH KABUPATEN SIDOMUKTI", "DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN",
                      "Jl. Gajah Mada No. 25 Sidomukti", logo="[LOGO]"),
     body=[
         C("SURAT TUGAS\nNomor: 094/0117/Perkimtan/I/2024", bold=True),
         "Kepala Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kabupaten Sidomukti menugaskan:",
         {"table": [["No", "Nama", "Jabatan", "Posko"],
                    ["1", "Taufik Hidayat, S.T.", "Pengawas Lapangan", "Posko Pemenangan 03 Kec. Bojongsari"],
                    ["2", "Dian Puspitasari", "Staf Perencanaan", "Posko Pemenangan 03 Kec. Bojongsari"],
                    ["3", "Sugiharto", "Pengemudi", "Posko Pemenangan 03 Kec. Karangsari"],
                    ["4", "Wawan Setiadi", "Tenaga Teknis (PPPK)", "Posko Pemenangan 03 Kec. Karangsari"]],
          "widths": [600, 2600, 2300, 3570], "header_row": True},
         "Untuk membantu administrasi, input data pemilih, dan penyiapan logistik di posko pemenangan pasangan Darmawan Saleh \u2013 Nurul Aini sebagaimana tercantum di atas, setiap hari kerja pukul 13.00 s.d. 16.00 WIB mulai 22 Januari sampai dengan 10 Februari 2024.",
         "Petugas membawa laptop inventaris dinas dan dicatat hadir penuh pada presensi. Petugas wajib bersikap ramah dan mengenakan atribut posko selama bertugas.",
         sign("Sidomukti, 19 Januari 2024\nKepala Dinas,\n\n\nIr. Bagus Wicaksono, M.T."),
     ],
     cats=["campaign-activity", "state-facility", "endorsement"], classes=[4],
     note="Surat tugas staf dinas mengawal posko pemenangan paslon 03 pada jam kerja dengan laptop inventaris, memakai atribut posko; di kop.")

# ===================================================================== 076-100
memo(76, "C", kop=kop("table", "PEMERINTAH KABUPATEN GUNUNGREJO", "RUMAH SAKIT UMUM DAERAH dr. SOEDONO WONOTIRTO",
                      "Jl. Dr. Soetomo No. 59, Telp. (0342) 552020", logo="[LOGO RSUD]"),
     body=[
         C("SURAT IZIN\nNomor: 800.1.5/214/RSUD/II/2024", bold=True),
         "Direktur RSUD dr. Soedono Wonotirto memberikan izin kepada pegawai di bawah ini yang telah ditetapkan sebagai anggota Kelompok Penyelenggara Pemungutan Suara (KPPS) atau Pengawas TPS Pemilu 2024:",
         {"table": [["No", "Nama", "Unit Kerja", "Tugas Pemilu", "Dasar"],
                    ["1", "Ns. Rina Wulandari", "Ruang Melati", "Ketua KPPS TPS 07 Kedungsari", "SK PPS Kedungsari No. 12/2024"],
                    ["2", "Agus Salim, A.Md.Kes.", "Laboratorium", "Anggota KPPS TPS 03 Tambakrejo", "SK PPS Tambakrejo No. 09/2024"],
                    ["3", "Hendra Kurniawan", "IPSRS", "Pengawas TPS 11 Wonotirto", "SK Panwascam No. 31/2024"]],
          "widths": [500, 2200, 1600, 2570, 2200], "header_row": True},
         "untuk tidak masuk kerja pada 13\u201315 Februari 2024 guna melaksanakan tugas penyelenggaraan pemilu. Kepala ruangan mengatur pengganti jaga. Pegawai lain yang tidak bertugas agar mengatur jadwal shift sehingga dapat menggunakan hak pilih di TPS masing-masing.",
         sign("Direktur,\n\n\ndr. Hari Purnomo, Sp.PD., M.Kes."),
     ],
     note="Logistik pemilu: izin pegawai RSUD sebagai KPPS/pengawas TPS, pengaturan shift agar semua memilih; patuh.")

memo(77, "V", kop=kop("header", "PEMERINTAH PROVINSI SULAWESI SELATAN", "DINAS PENDIDIKAN",
                      "SMA NEGERI 11 BONTOLOE", "Jl. Poros Limbung\u2013Takalar Km 4"),
     body=[
         P("Nomor\t: 421.3/188/SMAN11-BTL/I/2024\nHal\t: Penyerahan Seragam dan Perlengkapan Sekolah bagi Siswa Kurang Mampu", align="left", tabs=[[1100, "left"]], hanging=1100, indent=1100),
         P("Yth. Wali Kelas X, XI, dan XII\nSMA Negeri 11 Bontoloe", align="left"),
         "Bersama ini diberitahukan bahwa bantuan seragam, sepatu, dan tas bagi 120 siswa kurang mampu yang dianggarkan dari dana BOSP dan sumbangan komite tahun 2024 akan diserahkan pada Sabtu, 3 Februari 2024. Penyerahan disesuaikan dengan jadwal kunjungan Ibu Hj. Nurhayati Karaeng Bau, S.H., alumni angkatan 1992 yang maju sebagai calon anggota DPRD Provinsi Sulawesi Selatan Dapil 2.",
         "Penyerahan dilakukan langsung oleh Ibu Nurhayati di lapangan sekolah. Wali kelas agar menghadirkan siswa penerima beserta orang tua/wali yang sudah memiliki hak pilih, karena beliau akan menyampaikan sambutan dan menyapa orang tua secara langsung.",
         "Seragam telah dikemas dalam tas berwarna merah marun bertuliskan \u201cDari Bunda Nurhayati untuk Pendidikan Bontoloe\u201d yang disiapkan oleh tim yang bersangkutan. Dokumentasi penyerahan akan digunakan oleh tim beliau.",
         sign("Kepala Sekolah,\n\n\nDrs. Muh. Yunus Dg. Sila, M.Pd."),
     ],
     cats=["state-facility", "endorsement"], classes=[7, 13],
     note="Bantuan seragam dari dana BOSP dijadwalkan mengikuti kunjungan calon DPRD, diserahkan olehnya dalam tas bertuliskan namanya, orang tua pemilih dihadirkan; calon disebut sekali lalu 'beliau'; di kop sekolah.")

memo(78, "C", kop=kop("body", "PEMERINTAH KABUPATEN AJATAPPARENG", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                      "Jl. Jend. Ahmad Yani No. 22"),
     body=[
         C("UNDANGAN\nNomor: 005/611/Disdikbud/VII/2024", bold=True),
         P("Yth. Kepala SD dan SMP Penerima Bantuan Seragam Sekolah Gratis", align="left"),
         "Dalam rangka awal tahun pelajaran 2024/2025, Pemerintah Kabupaten Ajatappareng melalui APBD Tahun Anggaran 2024 menyalurkan bantuan seragam sekolah gratis bagi 4.250 siswa baru SD dan SMP. Penyerahan secara simbolis akan dilakukan oleh Bupati Ajatappareng pada:",
         P("Hari/tanggal\t: Senin, 15 Juli 2024\nWaktu\t: 08.00 WITA (bersamaan dengan upacara hari pertama sekolah)\nTempat\t: Lapangan SDN 3 Maritengngae", align="left", tabs=[[1600, "left"]], indent=567),
         "Seragam dikemas dalam kantong polos berlogo Pemerintah Kabupaten dan Tut Wuri Handayani, tanpa foto atau nama pejabat. Kepala sekolah menghadirkan lima siswa penerima per sekolah beserta guru pendamping; orang tua tidak perlu diundang.",
         sign("Kepala Dinas Pendidikan dan Kebudayaan,\n\n\nDr. H. Syamsul Bahri, M.Pd."),
     ],
     classes=[14],
     note="Bupati menyerahkan bantuan seragam APBD dalam acara kedinasan, kemasan polos tanpa nama/foto, di luar masa kampanye; patuh.")

memo(79, "V",
     body=[
         C("NOTULEN RAPAT PENGURUS RW 06 KELURAHAN KARANGANYAR", bold=True),
         P("Malam Minggu, 3 Februari 2024, pukul 19.30\u201322.00 WIB, di rumah Ketua RW\nHadir: Ketua RW, Ketua RT 01\u201309, Bendahara RW, Ketua Karang Taruna, Bapak Lurah (undangan)", align="left"),
         B("1. Pembuka"),
         "Ketua RW menyampaikan terima kasih atas kehadiran Bapak Lurah yang memberi arahan terkait Pemilu 14 Februari.",
         B("2. Arahan Lurah dan pembahasan"),
         "Bapak Lurah menyampaikan bahwa Sdr. H. Jufri Santoso, caleg DPRD Kota Dapil 3 nomor urut 1, telah membantu pengaspalan gang dan perlu didukung bersama.",
         B("3. Kesepakatan"),
         N("Rapat sepakat RW 06 memenangkan Pak Jufri di TPS 21, 22, dan 23."),
         N("Disepakati setiap RT wajib mengumpulkan minimal 50 suara; Ketua RT yang mencapai target menerima Rp1.000.000 dari tim Pak Jufri, dan setiap warga yang terdata mendapat Rp50.000 pada H-1."),
         N("Bendahara RW menerima dan membagikan dana dari tim, serta mencatat nama warga penerima."),
         B("4. Penutup"),
         "Rapat ditutup dengan doa. Notulen dibuat untuk pegangan bersama.",
         P("Notulis: Sekretaris RW 06, Bambang Hermanto", align="left"),
     ],
     cats=["endorsement", "inducement"], classes=[8, 9],
     note="Notulen RW dengan arahan lurah: rapat sepakat memenangkan caleg, target 50 suara per RT, uang Rp1 juta per RT dan Rp50 ribu per pemilih; tanpa kop.")

memo(80, "C", kop=kop("table", "PEMERINTAH KABUPATEN POSO BARAT", "KECAMATAN PAMONA UTARA", "DESA TENTENA JAYA",
                      "Jl. Danau Poso No. 9", logo="[LOGO DESA]"),
     body=[
         C("BERITA ACARA DAN NOTULEN MUSYAWARAH DESA\nPENYUSUNAN RKP DESA TAHUN 2025", bold=True),
         P("Hari/tanggal: Kamis, 12 September 2024 | Tempat: Balai Desa Tentena Jaya | Peserta: 64 orang (BPD, perangkat, tokoh agama, perempuan, pemuda)", align="left"),
         B("Hasil Musyawarah"),
         N("Musyawarah memilih tiga prioritas kegiatan: (a) rabat beton jalan Dusun III sepanjang 450 m; (b) penambahan sambungan air bersih 60 KK; (c) pelatihan pemandu wisata danau."),
         N("Calon lokasi pembangunan rabat beton disepakati di ruas Lengkeka\u2013Sawidago; calon penerima sambungan air diverifikasi oleh BPD."),
         N("Karang Taruna menyampaikan tim futsal desa menang di turnamen kecamatan dan mengusulkan dukungan anggaran pembinaan Rp15 juta; disepakati Rp10 juta."),
         N("Jadwal musyawarah penetapan APBDes akan dipilih antara 14 atau 21 November 2024, menunggu pagu indikatif."),
         "Berita acara ditandatangani oleh Ketua BPD, Kepala Desa, dan wakil masyarakat.",
         sign("Notulis,\n\n\nMarthen Lumeno"),
     ],
     note="Umpan musdes: 'memilih' prioritas, 'calon lokasi', 'calon penerima', 'menang', 'dukungan anggaran'; tidak politis.")

memo(81, "V", engine="libreoffice",
     kop=kop("header", "PEMERINTAH KOTA SURAPATI", "DINAS PERHUBUNGAN",
             "Jl. Brigjen Dharsono No. 2, Telp. (0231) 200115"),
     body=[
         P("Nomor\t: 551/091/Dishub/I/2024\nHal\t: Partisipasi Pegawai pada Kampanye Rapat Umum Pilpres 2024", align="left", tabs=[[1100, "left"]], hanging=1100, indent=1100),
         P("Yth. Kepala Bidang, Kepala UPTD Terminal, dan Kepala UPTD Parkir", align="left"),
         "Dalam rangka menunjukkan partisipasi aktif Dinas Perhubungan dalam pesta demokrasi tanpa memihak, setiap bidang dan UPTD diminta mengirimkan 15 pegawai untuk menghadiri kampanye rapat umum ketiga pasangan calon Presiden dan Wakil Presiden di Stadion Bima, yaitu pasangan nomor urut 1 (Sabtu, 27 Januari), nomor urut 2 (Jumat, 2 Februari), dan nomor urut 3 (Kamis, 8 Februari 2024).",
         "Untuk keperluan tersebut disiapkan dua bus dinas Trans Surapati yang ditarik dari trayek koridor 3 pada hari pelaksanaan. Pegawai yang ditugaskan dibebaskan dari piket dan tetap dibayarkan uang lembur sesuai ketentuan.",
         "Kepala bidang menyampaikan nama pegawai kepada Subbag Umum paling lambat 25 Januari 2024.",
         sign("Kepala Dinas Perhubungan,\n\n\nIr. Achmad Sodikin, M.T."),
     ],
     cats=["campaign-activity", "state-facility"], classes=[12],
     note="Dishub mengirim pegawai ke rapat umum ketiga paslon Pilpres dengan bus dinas yang ditarik dari trayek dan uang lembur; mobilisasi tetap pelanggaran walau tidak memihak.")

memo(82, "C", kop=kop("header", "PEMERINTAH KOTA MAPPAKASUNGGU", "DINAS PERHUBUNGAN",
                      "Jl. Andi Pangerang Pettarani No. 88"),
     body=[
         C("SURAT PERINTAH TUGAS\nNomor: 800.1.11.1/306/Dishub/X/2024", bold=True),
         P("Dasar\t: 1. Jadwal kampanye Pilwalkot 2024 yang ditetapkan KPU Kota;\n\t  2. Permintaan pengamanan lalu lintas dari Polrestabes Nomor B/1412/X/2024.", align="left", tabs=[[1000, "left"]], hanging=1000, indent=1000),
         "Kepala Dinas Perhubungan menugaskan 24 personel Bidang Lalu Lintas (daftar terlampir) untuk melakukan pengaturan dan rekayasa lalu lintas di sekitar lokasi kampanye rapat umum seluruh pasangan calon Wali Kota dan Wakil Wali Kota, sesuai jadwal KPU, bersama Satlantas Polrestabes.",
         "Personel bertugas di persimpangan dan kantong parkir di luar area kampanye, tidak memasuki arena, tidak mengenakan atau membawa atribut pasangan calon, dan tidak berfoto dengan peserta kampanye. Pelayanan diberikan sama kepada semua pasangan. Kendaraan patroli Dishub hanya digunakan untuk pengaturan lalu lintas.",
         "Laporan kondisi lalu lintas disampaikan kepada Kepala Bidang Lalu Lintas setiap selesai kegiatan.",
         sign("Kepala Dinas Perhubungan,\n\n\nDrs. Muh. Ilyas Daeng Nai, M.Si."),
     ],
     classes=[14],
     note="Tugas pengaturan lalu lintas di sekitar kampanye semua paslon atas permintaan polisi, di luar arena, tanpa atribut; tugas kedinasan sah, patuh.")

memo(83, "V", kop=kop("body", "PEMERINTAH KABUPATEN LEMBAH KARANG", "DINAS KESEHATAN",
                      "UPTD PUSKESMAS PATEAN", "Jl. Raya Patean No. 4"),
     body=[
         C("MEMO KEPALA PUSKESMAS\nNomor: 440/15/PKM-PTN/I/2024", bold=True),
         P("Kepada: Bidan Desa, Koordinator Posyandu, dan Petugas Promkes\nHal: Tindak Lanjut Arahan Kepala Dinas \u2013 Posyandu Bulan Januari", align="left"),
         "Menindaklanjuti arahan Kepala Dinas Kesehatan pada rapat koordinasi kepala puskesmas tanggal 5 Januari 2024, disampaikan hal-hal berikut:",
         N("Cakupan penimbangan balita Desember 2023 baru 74 persen; bidan desa agar melakukan sweeping balita yang tidak datang."),
         N("Pemberian vitamin A dan obat cacing dilaksanakan pada posyandu bulan Februari."),
         N("Pada setiap posyandu bulan Januari, bidan dan kader membagikan kalender 2024 bergambar dr. Laksmi Pratiwi, Sp.A. (caleg DPRD Provinsi Dapil Jateng VI nomor urut 3) bersama buku KIA, sebanyak 40 eksemplar per posyandu. Kalender diambil di ruang Promkes."),
         N("Saat penyuluhan, petugas promkes menyampaikan bahwa program PMT lokal akan diperjuangkan oleh dr. Laksmi di provinsi."),
         B("Pelaporan"),
         "Bidan desa melaporkan jumlah kalender yang telah dibagikan bersamaan dengan laporan bulanan (LB3 KIA) paling lambat 5 Februari 2024.",
         sign("Kepala UPTD Puskesmas Patean,\n\n\ndr. Agung Wibisono"),
     ],
     cats=["state-facility", "campaign-activity", "endorsement"], classes=[10, 13],
     note="Memo 'menindaklanjuti arahan' dengan bagian Pelaporan: bidan/kader membagikan kalender bergambar caleg di posyandu dan menyampaikan programnya; di kop puskesmas.")

memo(84, "C", kop=kop("header", "PEMERINTAH KABUPATEN BONTOLOE", "DINAS KESEHATAN",
                      "Jl. Mannuruki No. 2, Bontoloe"),
     body=[
         C("LAPORAN PELAKSANAAN KAMPANYE GIZI SEIMBANG\nDAN PEKAN ASI SEDUNIA 2024", bold=True),
         B("1. Pendahuluan"),
         "Kampanye gizi seimbang dilaksanakan 1\u20137 Agustus 2024 di 18 puskesmas dengan tema \u201cIsi Piringku untuk Cegah Stunting\u201d, melibatkan 612 kader dan relawan gizi desa.",
         B("2. Hasil"),
         {"table": [["Indikator", "Target", "Realisasi"],
                    ["Ibu hamil dan ibu balita yang mengikuti penyuluhan", "4.000", "4.386"],
                    ["Posyandu yang melaksanakan demo masak PMT lokal", "350", "341"],
                    ["Deklarasi desa pendukung ASI eksklusif", "20 desa", "23 desa"]],
          "widths": [5270, 1900, 1900], "header_row": True},
         B("3. Kendala dan Rekomendasi"),
         "Ketersediaan bahan pangan lokal di wilayah kepulauan terbatas. Direkomendasikan dukungan anggaran PMT lokal tahun 2025 dan pelatihan calon fasilitator gizi di setiap desa. Puskesmas Tamalatea menang penghargaan inovasi \u201cDapur Sehat Atasi Stunting\u201d tingkat provinsi.",
         sign("Kepala Bidang Kesehatan Masyarakat,\n\n\nHj. Rosmiati, S.KM., M.Kes."),
     ],
     note="Umpan laporan kesehatan: 'kampanye gizi', 'relawan gizi', 'deklarasi desa pendukung ASI', 'dukungan anggaran', 'calon fasilitator', 'menang'.")

memo(85, "V", kop=kop("body", "PEMERINTAH KABUPATEN TELUK DALAM", "KECAMATAN BANGGAE TIMUR",
                      "Jl. Poros Majene\u2013Mamuju Km 6"),
     font="Courier New",
     body=[
         C("SURAT PEMBERITAHUAN\nNomor : 3OO/2l4/Kec-BT/X/2O24", bold=True),
         P("Kepada Yth.\nKepala Desa/Lurah se-Kecamatan Banggae Timur\ndi -\n   Tempat", align="left"),
         "Berdasarkan arahan pimpinan, pada hari Sabtu tangga1 l9 Oktober 2O24 akan dilaksanakan kampanve akbar pasangan caIon Bupatl dan Wakil Bupatl Teluk Dalam nomor urut 2 di Lapangan Prajurit Majene. Sehubungan dengan hal tersebut, Kepala Desa/Lurah agar mengerahkan warga sekurang-kurangnya l00 (seratus) orang per desa/ke1urahan untuk memberikan dukungan.",
         "Angkutan warga menggunakan 4 (empat) unit bus milik Dinas Perhubungan yang akan menjemput di kantor desa masing-masing mulai pukul O7.OO WITA. Konsumsi ditanggung pani~tia pi1kada pasangan nomor 2.",
         "Perangkat desa agar mengenakan kaos warna kuning yang sudah dibagikan dan hadir bersama warga. Daftar nama warga diserahkan ke Kasi Pemerintahan paling 1ambat Kamis, l7 Oktober 2O24.",
         "Demikian untuk dilaksanakan.",
         sign("Banggae Timur, l4 Oktober 2O24\nCAMAT BANGGAE TIMUR,\n\nttd\n\nAndi Muh. Rusli, S.STP., M.Si."),
         P("%%dokumen hasil pindai; beberapa karakter tidak terbaca%%", size=16, align="left"),
     ],
     cats=["campaign-activity", "endorsement", "state-facility"], classes=[2, 11],
     note="Salinan OCR rusak ('kampanve', 'caIon Bupatl', 'pi1kada'): camat memerintahkan kades mengerahkan 100 warga ke kampanye akbar paslon nomor 2, bus Dishub, kaos; di kop.")

memo(86, "C", kop=kop("body", "PEMERINTAH KABUPATEN GUNUNGREJO", "SEKRETARIAT DAERAH",
                      "Jl. Panglima Sudirman No. l Gunungrejo"),
     font="Courier New",
     body=[
         C("SURAT EDARAN BUPATl GUNUNGREJO\nNomor : 8OO.l/2O33/4O5.O7/2O24\nTENTANG\nNETRALlTAS A$N PADA PEMlLlHAN BUPATl DAN WAKlL BUPATl 2O24", bold=True),
         "Sehubungan dengan ta hapan Pi1kada Serentak 2O24, seluruh A$N dan non-A$N di 1ingkungan Pemerintah Kabupaten Gunungrejo DILARANG:",
         N("ikut kampanve, menjadi tim pemenangan, re1awan, atau saksi pasangan caIon;"),
         N("menghadiri dek1arasi, si1aturahmi, atau ramah tamah yang di gelar pasangan caIon;"),
         N("memasang, menyukai, membagikan, atau mengomentari konten pasangan caIon di media sosia1, termasuk twibbon dan tagar kampanve;"),
         N("menggunakan kendaraan dinas, gedung, anggaran, dan jam kerja untuk kepentingan pasangan caIon;"),
         N("memberikan atau menjanjikan uang dan barang serta mengumpu1kan fotokopi KTP untuk dukungan pasangan caIon."),
         "Pe1anggaran akan dikenai hukuman disip1in sesuai PP 94 Tahun 2O2l. A$N tetap diimbau menggunakan hak pi1ih pada 27 November 2O24.",
         sign("Gunungrejo, 2 September 2O24\nBUPATl GUNUNGREJO,\n\nttd\n\nDrs. H. Sudarsono, M.M."),
     ],
     classes=[11, 14],
     note="Salinan OCR rusak dari edaran netralitas yang mengutip semua larangan ('kampanve', 'A$N', 'caIon'); patuh.")

memo(87, "V", kop=kop("header", "PEMERINTAH KABUPATEN SIDOMUKTI", "KECAMATAN KARANGSARI",
                      "Jl. Raya Karangsari No. 2, Telp. (0285) 410331"),
     body=[
         P("Nomor\t: 005/077/Kec-KRS/IX/2024\nHal\t: Pelantikan Tim Pemenangan Kecamatan Pasangan Nomor Urut 2 (H. Bayu Aji \u2013 dr. Rahmawati)", align="left", tabs=[[1100, "left"]], hanging=1100, indent=1100),
         P("Yth. Sekretaris Kecamatan dan Kepala Seksi\ndi lingkungan Kantor Kecamatan Karangsari", align="left"),
         "Berkenaan dengan hal tersebut pada pokok surat, disampaikan pembagian tugas sebagai berikut:",
         N("Acara dilaksanakan Minggu, 29 September 2024 pukul 09.00 WIB di Pendopo Kecamatan; Kasi Trantib menyiapkan tenda, 300 kursi, dan sound system inventaris kecamatan;"),
         N("Konsumsi 300 kotak dan air mineral dibebankan pada kegiatan Rapat Koordinasi Forkopimcam Triwulan III;"),
         N("Kasi Pelayanan menyiapkan meja registrasi, daftar hadir, dan papan nama undangan;"),
         N("Kasi PMD dan Kasi Kesos tercantum sebagai pengurus bidang penggalangan desa dan bidang logistik; keduanya dilantik bersama pengurus lainnya dan mengenakan jaket merah yang telah dibagikan;"),
         N("Mobil dinas camat digunakan untuk menjemput ketua tim kabupaten dari Sidomukti."),
         "Mohon seluruh pegawai hadir pukul 07.30 WIB untuk persiapan.",
         sign("Camat Karangsari,\n\n\nEko Prasetyo, S.STP., M.Si."),
     ],
     cats=["campaign-activity", "state-facility", "endorsement"], classes=[4, 6],
     note="Perihal menyebut pelantikan tim pemenangan paslon 2; butir berikutnya atur pendopo, inventaris, konsumsi dari anggaran rapat, mobil dinas, dua kasi dilantik jadi pengurus tim; di kop.")

memo(88, "C",
     body=[
         C("UNDANGAN\nPELANTIKAN PENGURUS KARANG TARUNA \u201cTUNAS MUDA\u201d\nKELURAHAN PEKALANGAN MASA BAKTI 2024\u20132029", bold=True),
         P("Kepada Yth.\nBapak/Ibu Ketua RW, LPM, PKK, dan tokoh pemuda\nKelurahan Pekalangan", align="left"),
         "Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada pelantikan pengurus Karang Taruna Tunas Muda yang akan dilantik oleh Lurah Pekalangan selaku pembina.",
         P("Hari/tanggal\t: Sabtu, 17 Agustus 2024 (malam tirakatan)\nWaktu\t: 19.30 WIB\nTempat\t: Aula Kelurahan Pekalangan", align="left", tabs=[[1600, "left"]], indent=567),
         "Panitia menyiapkan kursi 150, konsumsi dari iuran pengurus dan kas Karang Taruna, serta sound system sewaan. Pengurus baru mengenakan kemeja putih dan peci/kerudung hitam. Daftar hadir disiapkan di pintu masuk.",
         sign("Ketua Panitia,\n\n\nRizki Ramadhan"),
     ],
     note="Umpan kelas 6: pelantikan pengurus Karang Taruna dengan logistik aula, kursi, konsumsi, seragam; bukan tim pemenangan.")

memo(89, "V", kop=kop("table", "PEMERINTAH KOTA MAPPAKASUNGGU", "KECAMATAN PANAKKUKANG",
                      "KELURAHAN PANDANG", "Jl. Pandang Raya No. 17", logo="[LOGO KOTA]"),
     body=[
         P("Nomor\t: 005/093/Kel-Pdg/X/2024\nHal\t: Temu Kangen Warga Kelurahan Pandang", align="left", tabs=[[1100, "left"]]),
         P("Yth. Ketua RT dan RW se-Kelurahan Pandang", align="left"),
         "Dr. Ir. Sarifuddin Daeng Lau, M.T., mantan Kepala Bappeda yang maju sebagai calon Wali Kota Mappakasunggu, akan mengadakan temu kangen dengan warga Kelurahan Pandang di lapangan RW 04 pada Minggu, 20 Oktober 2024 pukul 16.00 WITA.",
         "Sehubungan dengan itu, setiap RT agar menghadirkan sedikitnya 25 warga, diutamakan ibu-ibu dan pemuda. Pak Sarif berharap dapat mendengar langsung keluhan warga tentang banjir dan drainase.",
         "Ketua RW diminta memastikan warga yang hadir memahami bahwa perbaikan drainase Pandang hanya bisa dilanjutkan bila beliau dipercaya memimpin kota. Kaos dan kartu nama yang bersangkutan akan dibagikan di lokasi.",
         "Staf kelurahan membantu pendaftaran hadirin di meja yang disediakan.",
         sign("Lurah Pandang,\n\n\nAndi Fitriani, S.STP."),
     ],
     cats=["campaign-activity", "endorsement"], classes=[3, 7],
     note="Calon wali kota disebut sekali ('yang maju sebagai calon'), lalu 'Pak Sarif'/'beliau'/'yang bersangkutan'; lurah mengerahkan RT/RW ke temu kangen, kaos dibagikan, staf kelurahan membantu; di kop.")

memo(90, "C",
     body=[
         C("UNDANGAN HALALBIHALAL\nKELUARGA BESAR BAGIAN UMUM SETDA KABUPATEN LASOLO RAYA", bold=True),
         "Assalamualaikum warahmatullahi wabarakatuh.",
         "Dalam suasana Idulfitri 1445 H, kami mengundang Bapak/Ibu pegawai beserta keluarga untuk hadir dalam acara silaturahmi dan halalbihalal keluarga besar Bagian Umum:",
         P("Hari/tanggal\t: Sabtu, 20 April 2024\nWaktu\t: 10.00 WITA\nTempat\t: Rumah Bapak Kabag Umum, BTN Andoolo Permai Blok C/7", align="left", tabs=[[1600, "left"]], indent=567),
         "Acara diisi tausiyah singkat oleh Ustaz La Ode Husein, saling bermaafan, dan makan siang bersama. Iuran sukarela dikoordinasikan oleh Ibu Wa Ode Nurhaya. Tidak ada tamu undangan dari luar Bagian Umum.",
         "Minal aidin wal faizin, mohon maaf lahir dan batin.",
         P("Panitia,\nFadli, Sitti, dan Rahman", align="left"),
     ],
     note="Umpan 'silaturahmi', 'halalbihalal', 'makan siang' antarpegawai tanpa calon.")

memo(91, "V",
     body=[
         C("MEMO INTERNAL DIREKTUR", bold=True, size=26),
         P("Kepada\t: Kepala Instalasi, Kepala Ruangan, dan Koordinator Pelayanan RSUD Kota Surapati\nTanggal\t: 18 November 2024\nPerihal\t: Penguatan Pelayanan Menjelang Akhir Tahun", align="left", tabs=[[1300, "left"]], hanging=1300, indent=1300),
         "Rekan-rekan sejawat yang saya hormati,",
         "Dalam lima tahun terakhir RSUD kita naik kelas menjadi tipe B, gedung IGD baru berdiri, dan insentif tenaga kesehatan dibayar tepat waktu. Semua itu terwujud berkat perhatian Pak Wahyu Hidayat dan Bu Sinta Maharani selama memimpin Kota Surapati.",
         "Saya minta para kepala ruangan menyampaikan kepada staf, tanpa perlu tertulis, bahwa kesinambungan itu hanya terjaga bila Pak Wahyu dan Bu Sinta kembali dipercaya untuk periode berikutnya. Pastikan keluarga besar perawat, bidan, dan tenaga penunjang memberikan suaranya untuk keduanya pada hari Rabu, 27 November.",
         "Hal-hal teknis pelayanan akhir tahun (stok obat, jadwal cuti bersama, dan akreditasi) akan saya sampaikan terpisah.",
         P("Salam sehat,\n\ndr. Bambang Irawan, M.Kes.\nDirektur", align="left"),
     ],
     cats=["endorsement"], classes=[1],
     note="Memo direktur RSUD tanpa kop: pasangan petahana disebut dengan 'kembali dipercaya untuk periode berikutnya' dan minta suara keluarga staf, tanpa kata 'calon'.")

memo(92, "C", engine="libreoffice",
     kop=kop("header", "PT BANK DAERAH SULAWESI UTARA MAESAAN (PERSERODA)", "DIVISI SUMBER DAYA MANUSIA",
             "Jl. Sam Ratulangi No. 9 Manado"),
     body=[
         C("PENGUMUMAN\nNo. 088/PENG/SDM/XI/2024", bold=True),
         P("Hal: Layanan Operasional dan Kesempatan Memilih pada Pilkada 27 November 2024", bold=True, align="left"),
         "Sehubungan dengan Keputusan Presiden Nomor 27 Tahun 2024 yang menetapkan hari pemungutan suara Pemilihan Serentak Rabu, 27 November 2024 sebagai hari libur nasional, diumumkan hal-hal berikut:",
         N("Seluruh kantor cabang, kantor cabang pembantu, dan kantor kas tutup pada 27 November 2024; layanan ATM dan mobile banking tetap beroperasi;"),
         N("Pegawai yang terjadwal piket di unit TI dan pengelolaan ATM diberikan waktu minimal tiga jam untuk menggunakan hak pilih di TPS;"),
         N("Pegawai yang ditetapkan sebagai anggota KPPS atau pengawas TPS mendapatkan dispensasi pada 26\u201328 November 2024 dengan melampirkan SK penugasan."),
         "Manajemen mengingatkan seluruh pegawai agar bersikap netral, tidak menggunakan fasilitas bank untuk kegiatan pasangan calon mana pun, dan menggunakan hak pilih sesuai hati nurani.",
         sign("Kepala Divisi SDM,\n\n\nJeane Wowor, S.E., M.M."),
     ],
     note="Logistik Pilkada di bank daerah: libur, waktu memilih bagi piket, dispensasi KPPS, imbauan netral; patuh.")

memo(93, "V", kop=kop("header", "PEMERINTAH PROVINSI SULAWESI SELATAN", "DINAS KEBUDAYAAN DAN KEPARIWISATAAN",
                      "Jl. Sultan Alauddin No. 105, Makassar"),
     body=[
         P("Nomor\t: 556/1408/Disbudpar/X/2024\nHal\t: Nonton Bareng Laga Timnas Indonesia", align="left", tabs=[[1100, "left"]]),
         P("Yth. Seluruh ASN, PPPK, dan pegawai non-ASN Dinas Kebudayaan dan Kepariwisataan", align="left"),
         "Dalam rangka mempererat kebersamaan, dinas menyelenggarakan nonton bareng laga Timnas Indonesia pada Selasa, 15 Oktober 2024 pukul 19.00 WITA di Aula Lagaligo kantor dinas. Acara ini akan dihadiri Bapak H. Andi Rahman Pawellangi, calon Gubernur Sulawesi Selatan nomor urut 2, yang juga akan menyapa pegawai di sela pertandingan.",
         "Pegawai diminta hadir mengenakan kaos merah putih bertuliskan \u201cGas Pol Bersama ARP\u201d yang dibagikan di pintu masuk. Layar LED dan sound system menggunakan inventaris dinas; konsumsi disiapkan Subbag Umum.",
         "Setelah acara, setiap pegawai mengunggah foto nobar ke Instagram pribadi dengan tagar #GasPolBersamaARP dan #Sulsel02Menang serta menandai akun @andirahman.official.",
         sign("Kepala Dinas,\n\n\nDr. H. Muh. Jufri Tahir, M.Si."),
     ],
     cats=["campaign-activity", "state-facility", "endorsement", "social-media"], classes=[3, 5],
     note="Nobar di aula dinas dihadiri calon gubernur nomor 2, kaos slogan, inventaris dinas, wajib unggah dengan tagar #Sulsel02Menang dan tandai akun calon; di kop.")

memo(94, "C", kop=kop("body", "PEMERINTAH KABUPATEN GUNUNGREJO", "KECAMATAN WONOTIRTO", "DESA TAMBAKREJO",
                      "Jl. Pantai Tambakrejo No. 5"),
     body=[
         C("PENGUMUMAN", bold=True),
         "Diberitahukan kepada seluruh warga Desa Tambakrejo bahwa Pemerintah Desa bersama Karang Taruna menyelenggarakan nonton bareng pertandingan Timnas Indonesia U-23 di Balai Desa Tambakrejo pada Kamis, 25 April 2024 pukul 00.30 WIB.",
         "Mari berikan dukungan penuh untuk Garuda Muda! Warga diharapkan membawa tikar sendiri; kopi dan jagung bakar disediakan dari swadaya pemuda. Layar proyektor dipinjam dari SDN Tambakrejo 1 atas izin kepala sekolah.",
         "Demi ketertiban, tidak diperkenankan membawa minuman keras, petasan, maupun spanduk atau atribut partai politik. Semoga Indonesia menang!",
         sign("Kepala Desa Tambakrejo,\n\n\nSuwarno"),
     ],
     note="Umpan: nobar Timnas di balai desa, 'dukungan' untuk tim sepak bola, 'menang'; melarang atribut partai.")

memo(95, "V",
     body=[
         P("Pesan dr Kepsek SDN 4 Bojongsari di grup \u201cGURU SDN 4 BJS\u201d, Sen 21 Okt 2024", italic=True, size=18, align="left"),
         P("Bpk/ibu guru, khususnya yg honorer & PPPK \U0001F64F mulai mgg ini kt bagi jadwal hadir kampanye semua paslon bupati ya, biar sekolah kita ga dicap pilih kasih. Perintah ini dr atas, jd mhn dilaksanakan.", align="left"),
         P("\u27A1\uFE0F Selasa 22/10: Bu Ani, Pak Dimas \u2192 paslon 1 (Lap. Karangsari)\n\u27A1\uFE0F Kamis 24/10: Bu Yuli, Mas Rafi \u2192 paslon 2 (GOR Bojongsari)\n\u27A1\uFE0F Senin 28/10: Bu Nining, Pak Anto \u2192 paslon 3 (Pasar Lama)", align="left"),
         P("Acaranya jam 10 pagi, jd kelas yg ditinggal dikasih tugas mandiri aja, nanti sy yg isi jurnal. Utk bensin motor diganti dr kas BOS pos transport Rp25rb. Foto selfie di lokasi kirim ke grup sbg bukti hadir ya \U0001F4F8", align="left"),
         P("Mksh bpk/ibu, sehat2 selalu \U0001F64F", align="left"),
     ],
     cats=["campaign-activity", "state-facility"], classes=[11, 12],
     note="WA kepala sekolah: guru honorer/PPPK dijadwalkan hadir kampanye semua paslon bupati pada jam mengajar, bensin dari dana BOS, selfie bukti hadir; tanpa kop.")

memo(96, "C", kop=kop("table", "PEMERINTAH PROVINSI JAWA TIMUR", "CABANG DINAS PENDIDIKAN WILAYAH SUMBERWARAS",
                      "Jl. Hayam Wuruk No. 40 Sumberwaras", logo="[LOGO PROV]"),
     body=[
         C("SURAT EDARAN\nNomor: 000.1.5/712/101.6.11/2024\nTENTANG\nLARANGAN KETERLIBATAN SATUAN PENDIDIKAN DALAM KAMPANYE PEMILU 2024", bold=True),
         "Memperhatikan maraknya ajakan kepada guru untuk menghadiri kampanye pada jam sekolah, disampaikan kepada kepala SMA, SMK, dan SLB negeri/swasta bahwa:",
         N("Guru dan tenaga kependidikan, baik ASN maupun honorer, dilarang menghadiri kampanye pasangan calon atau partai mana pun pada jam kerja, dan ASN dilarang menjadi peserta kampanye dalam kondisi apa pun;"),
         N("Kepala sekolah dilarang menugaskan guru atau siswa untuk menghadiri kampanye, meskipun dibagi merata ke semua pasangan calon;"),
         N("Dana BOSP, kendaraan sekolah, dan fasilitas sekolah dilarang digunakan untuk transportasi atau kegiatan kampanye;"),
         N("Guru dilarang memakai atribut, membagikan materi, atau mengunggah konten kampanye di grup kelas dan grup orang tua siswa."),
         "Kepala sekolah yang melanggar akan diproses sesuai ketentuan disiplin dan dilaporkan kepada Bawaslu.",
         sign("Kepala Cabang Dinas,\n\n\nDrs. Mochamad Yasin, M.Pd."),
     ],
     classes=[14],
     note="Edaran yang melarang penugasan guru ke kampanye 'meskipun dibagi merata ke semua pasangan', dana BOSP, atribut; patuh.")

memo(97, "V", kop=kop("header", "PEMERINTAH KABUPATEN POSO BARAT", "DINAS TANAMAN PANGAN DAN HORTIKULTURA",
                      "Jl. Pulau Kalimantan No. 3, Poso Barat"),
     body=[
         P("Nomor\t: 520/301/DTPH/X/2024\nHal\t: Apel Akbar Konsolidasi Relawan Pemenangan Pilkada 2024 se-Kabupaten Poso Barat", align="left", tabs=[[1100, "left"]], hanging=1100, indent=1100),
         P("Yth. Kepala Bidang, Kepala UPTD, dan Koordinator PPL", align="left"),
         "Memperhatikan hal tersebut pada pokok surat, bersama ini disampaikan:",
         N("Setiap bidang dan UPTD mengirimkan minimal 10 pegawai, termasuk PPL dan tenaga kontrak, dengan total peserta 80 orang;"),
         N("Peserta berkumpul di halaman kantor dinas pada Minggu, 20 Oktober 2024 pukul 06.00 WITA dan diberangkatkan ke Lapangan Kasintuwu menggunakan tiga kendaraan dinas (double cabin) dan satu truk UPTD Benih;"),
         N("Uang transport Rp75.000 per peserta dibayarkan bendahara pengeluaran dan dipertanggungjawabkan melalui kegiatan Pembinaan Kelompok Tani;"),
         N("Daftar hadir ditandatangani di lokasi dan diserahkan ke Subbag Umum pada Senin pagi."),
         "Demikian disampaikan untuk dilaksanakan.",
         sign("Kepala Dinas,\n\n\nIr. Frans Tadjuddin, M.Si."),
     ],
     cats=["campaign-activity", "state-facility"], classes=[2, 6],
     note="Hal menyebut apel akbar konsolidasi relawan pemenangan (calon tidak disebut); butir berikutnya atur peserta, mobil dinas, truk UPTD, uang transport dari anggaran kelompok tani; di kop.")

memo(98, "C", kop=kop("header", "BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN LEMBAH KARANG",
                      "Jl. Pemuda No. 61, Lembah Karang"),
     body=[
         C("UNDANGAN\nNomor: 188/PM.00.01/K.JT-24/X/2024", bold=True),
         P("Yth. Sekretaris Daerah, Kepala Perangkat Daerah, Camat, dan Kepala Desa\nse-Kabupaten Lembah Karang", align="left"),
         "Dalam rangka pencegahan pelanggaran netralitas pada Pemilihan Bupati dan Wakil Bupati 2024, Bawaslu Kabupaten Lembah Karang bersama Pemerintah Kabupaten menyelenggarakan Apel Siaga Pengawasan dan Deklarasi Netralitas ASN, Kepala Desa, dan Perangkat Desa.",
         P("Hari/tanggal\t: Senin, 7 Oktober 2024\nWaktu\t: 07.30 WIB\nTempat\t: Alun-alun Lembah Karang", align="left", tabs=[[1600, "left"]], indent=567),
         "Dalam deklarasi tersebut peserta akan membacakan ikrar untuk tidak ikut kampanye, tidak menjadi tim sukses atau relawan pasangan calon, tidak menggunakan fasilitas negara, dan tidak memberikan dukungan melalui media sosial. Mohon kehadiran pimpinan beserta lima perwakilan pegawai dengan pakaian dinas harian.",
         sign("Ketua Bawaslu Kabupaten Lembah Karang,\n\n\nMuhammad Khoirul Anam, S.H."),
     ],
     classes=[14],
     note="Umpan 'deklarasi' dan 'apel siaga' yang justru deklarasi netralitas ASN bersama Bawaslu; ikrar mengutip larangan; patuh.")

memo(99, "V", engine="libreoffice",
     kop=kop("header", "PEMERINTAH KABUPATEN BULU SIPONG", "DINAS SOSIAL",
             "Jl. Kemakmuran No. 12, Bulu Sipong"),
     body=[
         P("Nomor\t: 460/287/Dinsos/X/2024\nHal\t: Penyaluran Bantuan Permakanan dan Tongkat bagi Lansia Terlantar", align="left", tabs=[[1100, "left"]], hanging=1100, indent=1100),
         P("Yth. Camat dan Kepala Desa Penerima Program\ndi Kecamatan Segeri, Mandalle, dan Ma'rang", align="left"),
         "Program Bantuan Permakanan Lansia Tahun Anggaran 2024 bagi 620 lansia terlantar akan disalurkan mulai Senin, 21 Oktober 2024. Program ini merupakan program unggulan Bupati H. Anwar Sadat Pallawa yang akan terus dilanjutkan.",
         "Agar masyarakat memahami asal bantuan, seluruh paket dikemas dalam kardus biru bertuliskan \u201cBersama Pak Anwar, Lansia Sejahtera \u2013 Lanjutkan!\u201d dan disertai kartu ucapan bergambar Pak Anwar dan Ibu Hj. Rosmini.",
         "Kepala desa dan pendamping sosial diminta menyampaikan kepada lansia dan keluarganya bahwa keberlanjutan bantuan sangat bergantung pada kelanjutan kepemimpinan beliau pada periode mendatang. Penyerahan paket pertama di setiap kecamatan dijadwalkan bersamaan dengan kunjungan tim beliau.",
         sign("Kepala Dinas Sosial,\n\n\nAndi Hasmawati, S.Sos., M.Si."),
     ],
     cats=["state-facility", "endorsement"], classes=[5, 13],
     note="Bantuan lansia APBD dikemas slogan 'Bersama Pak Anwar ... Lanjutkan!', dikaitkan 'kelanjutan kepemimpinan beliau', diserahkan bersama timnya; di kop.")

memo(100, "C", kop=kop("body", "PEMERINTAH KABUPATEN BULU SIPONG", "DINAS SOSIAL",
                       "Jl. Kemakmuran No. 12, Bulu Sipong"),
     body=[
         C("LAPORAN EVALUASI PROGRAM BANTUAN PERMAKANAN LANSIA\nSEMESTER I TAHUN 2024", bold=True),
         B("A. Gambaran Umum"),
         "Program permakanan lansia menjangkau 580 lansia terlantar di 9 kecamatan, dengan pemberian makanan siap saji dua kali sehari selama 150 hari. Pelaksana lapangan adalah 18 pendamping sosial dan 42 relawan dari LKS lanjut usia.",
         B("B. Capaian"),
         {"table": [["Indikator", "Target", "Realisasi", "Keterangan"],
                    ["Lansia penerima", "600", "580", "20 meninggal/pindah"],
                    ["Hari distribusi", "150", "146", "4 hari terkendala banjir"],
                    ["Kepuasan penerima (survei)", "80%", "88%", "\u2013"]],
          "widths": [3000, 1300, 1300, 3470], "header_row": True},
         B("C. Rekomendasi"),
         "Diperlukan pemutakhiran data calon penerima semester II melalui verifikasi DTKS dan musyawarah desa. Kemasan paket tetap menggunakan kardus polos berlabel Kementerian Sosial/Dinas Sosial tanpa nama atau foto pejabat, sesuai ketentuan menjelang tahapan Pilkada.",
         sign("Kepala Bidang Rehabilitasi Sosial,\n\n\nMuh. Akbar, S.ST."),
     ],
     note="Laporan evaluasi bantuan lansia netral: 'relawan' LKS, 'calon penerima', kemasan polos tanpa nama pejabat.")


# ===================================================================== write
def main():
    os.makedirs(SPECS, exist_ok=True)
    for f in os.listdir(SPECS):
        if f.endswith(".json"):
            os.remove(os.path.join(SPECS, f))
    labels = {}
    seen = set()
    for name, spec, label in MEMOS:
        assert name not in seen, name
        seen.add(name)
        with open(os.path.join(SPECS, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(MEMOS), "specs")


if __name__ == "__main__":
    main()
