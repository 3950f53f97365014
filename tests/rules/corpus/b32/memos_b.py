# -*- coding: utf-8 -*-
# Memo 011-020. Each memo's wording is written individually.
from furniture import *

MEMOS = {}


def memo(num):
    def deco(fn):
        MEMOS[num] = fn
        return fn
    return deco


# ---------------------------------------------------------------- 011 (C) Satpol PP Kab. Kupang copot stiker & baliho
@memo(11)
def m011():
    body = title("SURAT PERINTAH", "300.1/214/SPP/IX/2024")
    body += [
        {"table": [["Dasar", ":", [
            item("Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati dan Wali Kota;"),
            item("Peraturan KPU Nomor 13 Tahun 2024 tentang Kampanye Pemilihan;", cont=True),
            item("Surat Edaran Penjabat Bupati Kupang tentang Netralitas ASN dan Penertiban Alat Peraga pada Fasilitas Pemerintah;", cont=True),
            item("Surat Bawaslu Kabupaten Kupang Nomor 101/PM.00.02/K.NT-06/IX/2024 perihal rekomendasi penertiban alat peraga.", cont=True)]]],
         "widths": [1400, 300, 7370], "borders": False},
        {"p": "MEMERINTAHKAN", "align": "center", "bold": True, "before": 120, "after": 120},
        {"table": [["Kepada", ":", "Kepala Bidang Penegakan Perda beserta 2 (dua) regu Satuan Polisi Pamong Praja (daftar nama terlampir)"],
                   ["Untuk", ":", [
            item("melepas seluruh stiker bertuliskan \u201c#KorinusLanjut\u201d dan stiker bergambar pasangan calon yang masih menempel pada kaca dan bodi kendaraan dinas roda dua maupun roda empat di lingkungan Kantor Bupati dan perangkat daerah di Oelamasi;", num=1),
            item("menurunkan baliho ukuran 4 x 6 meter di sisi kanan gerbang Kantor Bupati yang memuat foto Bupati periode sebelumnya disertai tulisan \u201cLanjutkan Kerja Nyata! Korinus Dua Periode\u201d, karena berada di lingkungan gedung pemerintah yang dilarang menjadi lokasi alat peraga;", num=1, cont=True),
            item("mencatat nomor polisi kendaraan dinas yang ditempeli stiker dan menyerahkan daftarnya kepada Inspektorat untuk ditindaklanjuti sesuai ketentuan disiplin;", num=1, cont=True),
            item("menyimpan baliho dan stiker yang diturunkan di gudang Satpol PP sebagai barang bukti sampai ada permintaan dari Bawaslu;", num=1, cont=True),
            item("melaksanakan tugas secara persuasif, tidak merusak barang milik pihak lain, dan melaporkan hasilnya secara tertulis paling lambat 30 September 2024.", num=1, cont=True)]]],
         "widths": [1400, 300, 7370], "borders": False},
        para("Demikian surat perintah ini dibuat untuk dilaksanakan.", before=120),
    ]
    body += signature("Dikeluarkan di Oelamasi\npada tanggal 26 September 2024\nKEPALA SATUAN POLISI PAMONG PRAJA\nKABUPATEN KUPANG,",
                      "YOSEF B. NAKMOFA, S.H.", "19760820 200212 1 003", pangkat="Pembina (IV/a)")
    body += tembusan(["Penjabat Bupati Kupang (sebagai laporan)", "Ketua Bawaslu Kabupaten Kupang", "Inspektur Kabupaten Kupang"])
    spec = {"font": "Arial", "size": 22,
            "meta": {"title": "SP Penertiban APK", "author": "Satpol PP Kab Kupang", "created": "2024-09-26T01:00:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN KUPANG", "SATUAN POLISI PAMONG PRAJA", "Jalan Timor Raya, Oelamasi"], "header"),
            "body": body}
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Perintah Satpol PP melepas stiker #KorinusLanjut dari mobil dinas dan menurunkan baliho 'Korinus Dua Periode' (mengutip slogan untuk ditertibkan)"}
    return spec, lab


# ---------------------------------------------------------------- 012 (V) Setwan Kendari disposisi konsolidasi relawan
@memo(12)
def m012():
    body = [
        {"p": "LEMBAR DISPOSISI", "align": "center", "bold": True, "size": 28, "after": 120},
        {"table": [["Surat dari", "Tim Pemenangan Paslon SUKA Nomor Urut 4 Kota Kendari", "Diterima tgl", "4 November 2024"],
                   ["No. Surat", "017/TP-SUKA/XI/2024", "No. Agenda", "1.284"],
                   ["Tgl. Surat", "3 November 2024", "Sifat", "\u2610 Sangat segera  \u2611 Segera  \u2610 Biasa"],
                   [{"blocks": [{"p": "Perihal: Permohonan penggunaan Aula Lantai II Gedung DPRD untuk kegiatan Konsolidasi Relawan se-Kota Kendari"}], "span": 4}]],
         "widths": [1600, 3600, 1600, 2270]},
        {"p": "", "after": 60},
        {"table": [["Diteruskan kepada Sdr.:", "Isi disposisi:"],
                   [[{"p": "\u2611 Kabag Umum dan Keuangan"}, {"p": "\u2610 Kabag Persidangan"}, {"p": "\u2610 Kabag Fasilitasi Penganggaran"}, {"p": "\u2611 Kasubag Rumah Tangga"}],
                    [{"p": "%%Kabag Umum \u2014 fasilitasi ya. Aula lt. II + sound system + 200 kursi utk kons. relawan tgl 9/11 jam 19.00 s/d selesai. Tdk usah dipungut sewa. Listrik & kebersihan bebankan ke keg. pemeliharaan gedung kantor.%%", "after": 60},
                     {"p": "%%Koordinasikan dgn ajudan Pak Ketua, beliau hadir membuka. Staf protokol 4 org standby, pakai PDH.%%", "after": 60},
                     {"p": "%%\u2014 Sekwan, 4/11%%", "align": "right", "after": 120},
                     {"p": "%%Kasubag RT: siapkan. AC nyala dari jam 17.00, genset cadangan, konsumsi snack 200 kotak ambil dari mamin rapat. Spanduk mereka pasang sendiri.%%", "after": 60},
                     {"p": "%%\u2014 Kabag Umum, 5/11%%", "align": "right", "after": 0}]]],
         "widths": [3000, 6070], "header_row": True},
        {"p": "", "after": 60},
        {"p": "Sesudah digunakan, harap dikembalikan kepada: Subbagian Tata Usaha dan Kepegawaian", "size": 18, "italic": True},
    ]
    spec = {"font": "Arial", "size": 21,
            "meta": {"title": "Disposisi 1284", "author": "TU Setwan", "created": "2024-11-04T03:20:00Z"},
            "kop": kop(["SEKRETARIAT DPRD KOTA KENDARI", "Jalan Drs. H. Abdullah Silondae No. 8, Kendari, Sulawesi Tenggara"], "header"),
            "body": body}
    lab = {"violation": True,
           "categories": ["state-facility", "campaign-activity", "letterhead-misuse"],
           "classes": [2, 6, 11, 13],
           "note": "Disposisi Sekwan: fasilitasi aula DPRD, sound system, kursi, tanpa sewa, listrik/kebersihan dan snack dari anggaran kantor, staf protokol untuk Konsolidasi Relawan tim pemenangan paslon nomor 4"}
    return spec, lab


# ---------------------------------------------------------------- 013 (V) Inspektorat Manokwari relawan
@memo(13)
def m013():
    body = [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 700.1.2/146/INSP/X/2024", "align": "center", "after": 200},
        field("Kepada Yth.", "Para Inspektur Pembantu Wilayah I s.d. IV", tabs=[[1701, "left"], [1985, "left"]], hang=1985),
        field("Dari", "Inspektur Kabupaten Manokwari", tabs=[[1701, "left"], [1985, "left"]], hang=1985),
        field("Tembusan", "Sekretaris Inspektorat", tabs=[[1701, "left"], [1985, "left"]], hang=1985),
        field("Tanggal", "3 Oktober 2024", tabs=[[1701, "left"], [1985, "left"]], hang=1985),
        field("Perihal", "Tindak lanjut musyawarah keluarga besar Inspektorat", tabs=[[1701, "left"], [1985, "left"]], hang=1985),
        {"p": "", "border_bottom": True, "after": 120},
        para("Menindaklanjuti hasil musyawarah keluarga besar Inspektorat Kabupaten Manokwari pada Senin, "
             "30 September 2024 di rumah jabatan Inspektur, dengan hormat disampaikan hal-hal sebagai berikut:"),
        item("Seluruh auditor, P2UPD dan staf administrasi diminta mendaftar sebagai anggota **Relawan Sahabat YORA** di distrik tempat tinggal masing-masing. Formulir pendaftaran dapat diambil pada Sekretariat Inspektorat (Sdri. Yuliana Mansim)."),
        item("Kita semua tahu Bapak Yohanis Rumbiak sudah membuka jalan bagi banyak pegawai di kantor ini. Sudah sepantasnya kita berdiri di belakang beliau supaya pembangunan Manokwari bisa lanjut lima tahun lagi.", cont=True),
        item("Pelantikan pengurus relawan tingkat distrik dilaksanakan Sabtu, 12 Oktober 2024 pukul 16.00 WIT di Gedung Pertemuan Sanggeng. Inspektur Pembantu memastikan minimal 10 orang dari wilayahnya hadir.", cont=True),
        item("Agar tidak menjadi temuan, kegiatan ini tidak dicatat dalam agenda resmi dan tidak menggunakan kendaraan dinas.", cont=True, after=120),
        {"p": "Pelaporan", "bold": True, "after": 60},
        para("Inspektur Pembantu menyampaikan daftar nama pegawai yang telah terdaftar sebagai relawan beserta "
             "nomor kartu anggota kepada Inspektur melalui Sekretaris paling lambat Rabu, 9 Oktober 2024.", first=0),
        para("Demikian untuk menjadi perhatian dan dilaksanakan."),
    ]
    body += signature("Inspektur,", "Dr. MARTHINUS WONDIWOI, S.E., M.Si., Ak.", "19720506 199803 1 009")
    spec = {"font": "Century Gothic", "size": 21,
            "meta": {"title": "ND Inspektur", "author": "Sekretariat Inspektorat", "created": "2024-10-03T06:00:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN MANOKWARI", "INSPEKTORAT DAERAH",
                        "Jalan Merdeka No. 41, Manokwari, Papua Barat 98311"], "table", logo="LAMBANG"),
            "body": body}
    lab = {"violation": True,
           "categories": ["campaign-activity", "endorsement", "letterhead-misuse"],
           "classes": [1, 2, 4, 7, 10],
           "note": "Nota dinas Inspektur (kop Inspektorat, 'Menindaklanjuti hasil musyawarah', bagian Pelaporan): auditor daftar Relawan Sahabat YORA, dukung Yohanis Rumbiak 'lanjut lima tahun lagi', hadir pelantikan relawan"}
    return spec, lab


# ---------------------------------------------------------------- 014 (C) BPKAD Poso hibah KPU/Bawaslu
@memo(14)
def m014():
    body = [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 200},
        field("Yth.", "Penjabat Bupati Poso"),
        field("Dari", "Kepala BPKAD"),
        field("Tembusan", "Sekretaris Daerah"),
        field("Tanggal", "9 Agustus 2024"),
        field("Nomor", "900.1.3/611/BPKAD"),
        field("Sifat", "Penting"),
        field("Hal", "Pencairan tahap II dana hibah Pemilihan Tahun 2024", after=0),
        {"p": "", "border_bottom": True, "after": 120},
        para("Sehubungan dengan Naskah Perjanjian Hibah Daerah (NPHD) yang telah ditandatangani pada 10 November "
             "2023 serta surat permohonan dari KPU Kabupaten Poso dan Bawaslu Kabupaten Poso, bersama ini kami "
             "laporkan rencana pencairan tahap II dukungan pendanaan penyelenggaraan Pemilihan Gubernur dan Wakil "
             "Gubernur Sulawesi Tengah serta Bupati dan Wakil Bupati Poso Tahun 2024 sebagai berikut:"),
        {"table": [["Penerima hibah", "Nilai NPHD (Rp)", "Tahap I 40% (Rp)", "Tahap II 60% (Rp)", "Keterangan"],
                   ["KPU Kabupaten Poso", "38.450.000.000", "15.380.000.000", "23.070.000.000", "Laporan penggunaan tahap I sudah diterima"],
                   ["Bawaslu Kabupaten Poso", "14.200.000.000", "5.680.000.000", "8.520.000.000", "Menunggu perbaikan RAB"],
                   ["Pengamanan (Polres Poso)", "4.750.000.000", "1.900.000.000", "2.850.000.000", "Sesuai NPHD pengamanan"]],
         "widths": [2300, 1700, 1700, 1700, 1670], "header_row": True},
        para("Selain dukungan anggaran, Pemerintah Kabupaten juga memberikan dukungan sarana berupa pinjam pakai "
             "gudang logistik eks Dinas Perindag kepada KPU dan penugasan pegawai sekretariat sesuai permintaan "
             "penyelenggara.{ins: Dukungan ini ditujukan kepada penyelenggara pemilihan, bukan kepada peserta, dan "
             "penggunaannya diaudit sesuai ketentuan.}", before=120),
        para("Mohon petunjuk dan persetujuan Bapak untuk proses penerbitan SP2D tahap II. Atas perhatian Bapak "
             "kami ucapkan terima kasih."),
    ]
    body += signature("Kepala Badan Pengelolaan Keuangan\ndan Aset Daerah,", "HARDIANTO TOLAMPA, S.E., M.Ak.", "19780211 200501 1 012")
    spec = {"font": "Arial", "size": 21,
            "meta": {"title": "ND hibah pilkada", "author": "Bid Anggaran", "created": "2024-08-09T02:00:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN POSO", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
                        "Jl. P. Sumatera No. 9, Poso"], "header"),
            "body": body}
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan 'dukungan pendanaan/anggaran': hibah NPHD kepada KPU, Bawaslu dan pengamanan"}
    return spec, lab


# ---------------------------------------------------------------- 015 (C) Kesbangpol Buton notulen rakor semua paslon
@memo(15)
def m015():
    body = [
        {"p": "NOTULA", "align": "center", "bold": True, "after": 0},
        {"p": "RAPAT KOORDINASI PENGAMANAN DAN KETERTIBAN MASA KAMPANYE", "align": "center", "bold": True, "after": 0},
        {"p": "PEMILIHAN BUPATI DAN WAKIL BUPATI BUTON TAHUN 2024", "align": "center", "bold": True, "after": 240},
        {"table": [["Hari, tanggal", "Kamis, 19 September 2024"],
                   ["Tempat", "Ruang Rapat Badan Kesbangpol, Pasarwajo"],
                   ["Pimpinan", "Kepala Badan Kesbangpol Kabupaten Buton"],
                   ["Hadir", "KPU Kab. Buton, Bawaslu Kab. Buton, Polres Buton, Kodim 1413, Satpol PP, Dinas Perhubungan, serta penghubung (LO) pasangan calon nomor urut 1, 2 dan 3"]],
         "widths": [2200, 6870], "borders": False},
        {"p": "Jalannya rapat", "bold": True, "before": 120, "after": 60},
        item("KPU memaparkan jadwal kampanye 25 September s.d. 23 November 2024 dan pembagian zona kampanye rapat umum per kecamatan yang diundi di hadapan LO ketiga pasangan."),
        item("Bawaslu mengingatkan bahwa gedung pemerintah, sekolah dan tempat ibadah tidak boleh digunakan oleh pasangan mana pun, serta ASN, kepala desa dan perangkat desa dilarang dilibatkan.", cont=True),
        item("Polres menyampaikan kebutuhan pemberitahuan tertulis paling lambat 3 hari sebelum kegiatan.", cont=True),
        item("LO pasangan nomor urut 2 menanyakan mekanisme penggantian jadwal apabila cuaca buruk; KPU menjawab penggantian dilakukan dengan persetujuan LO pasangan lain.", cont=True, after=120),
        {"p": "Kesepakatan", "bold": True, "after": 60},
        {"table": [["No", "Hal yang disepakati"],
                   ["1", "Disepakati jadwal rapat umum digilir sehingga setiap pasangan mendapat jumlah hari yang sama di setiap zona."],
                   ["2", "Disepakati Pemda tidak meminjamkan aula, kendaraan maupun pengeras suara milik daerah kepada pasangan mana pun selama masa kampanye."],
                   ["3", "Dinas Perhubungan mengatur lalu lintas dengan perlakuan yang sama untuk seluruh pasangan."],
                   ["4", "Pertemuan koordinasi berikutnya dilaksanakan setiap dua minggu dengan mengundang LO ketiga pasangan."]],
         "widths": [600, 8470], "header_row": True},
        para("Rapat ditutup pukul 12.10 WITA.", first=0, before=120),
    ]
    body += signature("Notulis,", "WA ODE SITTI MARLIA, S.IP.", "19870624 201101 2 004", place_date="Pasarwajo, 19 September 2024")
    spec = {"font": "Calibri", "size": 22,
            "meta": {"title": "Notula rakor kampanye", "author": "Kesbangpol Buton", "created": "2024-09-19T05:00:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN BUTON", "BADAN KESATUAN BANGSA DAN POLITIK", "Kompleks Perkantoran Takawa, Pasarwajo"], "body"),
            "body": body}
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Notula rakor Kesbangpol dengan LO semua paslon: 'disepakati' jadwal bergilir dan perlakuan sama, larangan fasilitas untuk semua"}
    return spec, lab


# ---------------------------------------------------------------- 016 (V) Dinkes Banyuwangi senam bersama
@memo(16)
def m016():
    body = nomor_block("400.7/3312/429.114/2024", "Segera", "1 (satu) lembar",
                       "Senam Sehat dan Jalan Sehat Bersama Ibu Hj. Ratna Ayu Kusumawardani", "Banyuwangi, 30 September 2024")
    body += yth(["Kepala UPTD Puskesmas", "se-Kabupaten Banyuwangi"])
    body += [
        para("Dalam rangka memasyarakatkan Gerakan Masyarakat Hidup Sehat, Dinas Kesehatan akan melaksanakan "
             "Senam Sehat dan Jalan Sehat bersama Ibu Hj. Ratna Ayu Kusumawardani, S.H., M.M. yang akan "
             "memaparkan langsung arah program kesehatan Banyuwangi lima tahun ke depan. Kegiatan dilaksanakan pada:"),
        field("Hari/tanggal", "Minggu, 13 Oktober 2024", tabs=[[2268, "left"], [2552, "left"]], hang=2552),
        field("Waktu", "05.30 WIB s.d. selesai", tabs=[[2268, "left"], [2552, "left"]], hang=2552),
        field("Tempat", "Taman Blambangan, start/finish depan Pendopo", tabs=[[2268, "left"], [2552, "left"]], hang=2552, after=120),
        para("Sehubungan dengan hal tersebut, dimohon kepada Saudara untuk:"),
        item("mengirimkan paling sedikit 25 (dua puluh lima) orang peserta dari unsur pegawai puskesmas, kader posyandu dan kelompok prolanis;"),
        item("memastikan peserta mengenakan kaos merah muda yang akan dibagikan di lokasi, sama dengan warna yang dipakai Bu Ratna dan rombongan;", cont=True),
        item("mengangkut peserta dengan ambulans desa/pusling masing-masing puskesmas; BBM dapat dipertanggungjawabkan pada kegiatan promosi kesehatan;", cont=True),
        item("mengisi daftar peserta pada lampiran dan mengirimkannya ke Bidang Kesehatan Masyarakat paling lambat 9 Oktober 2024.", cont=True, after=120),
        para("Konsumsi, doorprize dan panggung dibiayai dari DPA kegiatan Germas Dinas Kesehatan. Mohon para "
             "peserta tidak pulang sebelum sesi foto bersama Bu Ratna, dan diingatkan kembali tanggal 27 "
             "November nanti untuk nomor 1. Dokumentasi kegiatan agar diunggah di akun Instagram resmi "
             "masing-masing puskesmas dengan tagar #SehatBarengBuRatna."),
        para("Atas perhatian dan kerja samanya diucapkan terima kasih."),
    ]
    body += signature("Kepala Dinas Kesehatan\nKabupaten Banyuwangi,", "dr. HERU SISWANTO, M.Kes.", "19710918 200112 1 002",
                      pangkat="Pembina Utama Muda")
    spec = {"font": "Arial", "size": 22,
            "meta": {"title": "Undangan senam", "author": "Kesmas Dinkes", "created": "2024-09-30T04:00:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN BANYUWANGI", "DINAS KESEHATAN", "Jl. Letkol Istiqlah No. 42 Banyuwangi 68411"], "header"),
            "footer": [{"p": "#SehatBarengBuRatna", "align": "right", "size": 16, "italic": True}],
            "body": body}
    lab = {"violation": True,
           "categories": ["campaign-activity", "endorsement", "state-facility", "social-media", "letterhead-misuse"],
           "classes": [3, 5, 6, 7, 13],
           "note": "Dinkes: senam/jalan sehat bersama Ratna Ayu (paparan program lima tahun ke depan), kaos warna paslon, ambulans/pusling dan DPA Germas, 'tanggal 27 November nanti untuk nomor 1', unggah di IG resmi puskesmas dengan #SehatBarengBuRatna"}
    return spec, lab


# ---------------------------------------------------------------- 017 (V) Dinsos Bima sembako
@memo(17)
def m017():
    body = nomor_block("400.9/1027/DINSOS/X/2024", "Penting", "Jadwal penyaluran",
                       "Penyaluran Bantuan Pangan Bima Peduli Tahap III", "Woha, 8 Oktober 2024")
    body += yth(["Koordinator Kabupaten PKH", "Tenaga Kesejahteraan Sosial Kecamatan (TKSK)", "se-Kabupaten Bima"])
    body += [
        para("Menindaklanjuti ketersediaan cadangan pangan pemerintah daerah Tahun Anggaran 2024, penyaluran "
             "bantuan pangan Program Bima Peduli Tahap III sebanyak 12.600 paket akan dilaksanakan pada bulan "
             "Oktober–November 2024."),
        para("Program Bima Peduli merupakan program unggulan Bapak H. Ahmad Syafruddin, S.E. dan H. Muhtar "
             "Ishaka, M.Pd. (Paket AMANAH) sejak periode lalu. Agar masyarakat memahami bahwa bantuan ini "
             "merupakan kelanjutan program beliau, penyaluran diatur sebagai berikut:"),
        item("jadwal penyaluran di setiap kecamatan disesuaikan dengan agenda kunjungan Paket AMANAH sebagaimana lampiran, dan penyerahan simbolis dilakukan oleh tim pemenangan kecamatan;"),
        item("paket bantuan dikemas dalam tas kuning bertuliskan \u201cBima Peduli \u2013 Lanjutkan AMANAH\u201d yang disiapkan oleh tim;", cont=True),
        item("penerima diprioritaskan warga yang telah terdata dalam daftar pendukung dari koordinator desa{fn:1}; KPM yang tercatat aktif di posko pasangan lain ditunda penyalurannya;", cont=True),
        item("TKSK mendampingi kegiatan dengan seragam dinas dan mendokumentasikan penyerahan untuk dikirim ke admin media sosial tim.", cont=True, after=120),
        para("Biaya distribusi dari gudang ke titik bagi tetap dibebankan pada DPA Dinas Sosial Tahun Anggaran 2024."),
        para("Demikian untuk dilaksanakan dengan penuh tanggung jawab."),
    ]
    body += signature("KEPALA DINAS SOSIAL\nKABUPATEN BIMA,", "Drs. H. SYAMSUDDIN ABDULLAH, M.M.", "19690303 199403 1 010")
    body += [{"pagebreak": True},
             {"p": "Lampiran: Jadwal Penyaluran Bantuan Pangan Tahap III", "bold": True, "after": 120},
             {"table": [["Kecamatan", "Tanggal", "Titik bagi", "Agenda"],
                        ["Woha", "14 Oktober 2024", "Lapangan Talabiu", "Kunjungan Paket AMANAH"],
                        ["Bolo", "19 Oktober 2024", "Pasar Tente", "Dialog dengan petani bersama Paket AMANAH"],
                        ["Sape", "26 Oktober 2024", "Pelabuhan Sape", "Silaturahmi nelayan"],
                        ["Wera", "2 November 2024", "Kantor Camat Wera", "Kampanye dialogis"]],
              "widths": [1800, 1900, 2400, 2970], "header_row": True}]
    spec = {"font": "Bookman Old Style", "size": 22,
            "meta": {"title": "Penyaluran bantuan pangan", "author": "Linjamsos", "created": "2024-10-08T02:00:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN BIMA", "DINAS SOSIAL", "Jalan Lintas Sumbawa, Woha, Bima"], "header"),
            "footnotes": {"1": "Daftar pendukung per desa diserahkan koordinator desa Paket AMANAH kepada TKSK paling lambat H-3 penyaluran; warga yang belum ada dalam daftar agar diarahkan mendaftar ke posko terlebih dahulu."},
            "body": body}
    lab = {"violation": True,
           "categories": ["state-facility", "inducement", "endorsement", "campaign-activity", "letterhead-misuse"],
           "classes": [1, 7, 8, 13],
           "note": "Dinsos: bantuan pangan APBD dijadwalkan ikut agenda Paket AMANAH, diserahkan tim pemenangan, tas 'Lanjutkan AMANAH', diprioritaskan pendukung, KPM pendukung lawan ditunda"}
    return spec, lab


# ---------------------------------------------------------------- 018 (C) Puskesmas Wonosobo Sub PIN polio
@memo(18)
def m018():
    T = [[1418, "left"], [1702, "left"], [1985, "left"]]
    body = title("SURAT TUGAS", "445/027/PKM-KTK/I/2024")
    body += [
        para("Dalam rangka pelaksanaan Kampanye Imunisasi Polio melalui Sub Pekan Imunisasi Nasional (Sub PIN) "
             "Putaran Pertama di Kabupaten Wonosobo, Kepala UPTD Puskesmas Kertek menugaskan:", first=0),
        {"p": "Kepada\t:\tBidan desa, perawat dan kader sebagaimana daftar terlampir", "tabs": T, "hanging": 1702, "indent": 1702, "after": 60},
        {"p": "Untuk\t:\t1.\tMelaksanakan pemberian imunisasi nOPV2 kepada seluruh anak usia 0\u20137 tahun di wilayah kerja pada 15\u201321 Januari 2024;",
         "tabs": T, "hanging": 1985, "indent": 1985, "after": 0},
        {"p": "\t\t2.\tMelakukan sweeping dari rumah ke rumah bagi sasaran yang belum datang ke pos;", "tabs": T, "hanging": 1985, "indent": 1985, "after": 0},
        {"p": "\t\t3.\tMengikuti pencanangan dan jalan sehat bersama Kepala Dinas Kesehatan di Alun-alun Kertek, Senin 15 Januari 2024 pukul 06.30 WIB;", "tabs": T, "hanging": 1985, "indent": 1985, "after": 0},
        {"p": "\t\t4.\tMelaporkan cakupan harian melalui aplikasi dan grup koordinasi paling lambat pukul 16.00 WIB.", "tabs": T, "hanging": 1985, "indent": 1985, "after": 120},
        para("Setiap desa membentuk tim sukses Sub PIN yang terdiri dari bidan desa, kader posyandu, guru PAUD "
             "dan perangkat desa. Keberhasilan tim diukur dari cakupan minimal 95% sasaran."),
        para("Untuk mendukung penyebaran informasi, petugas dipersilakan memasang twibbon resmi Kemenkes "
             "\u201cAyo Imunisasi Polio\u201d ({link:https://www.twibbonize.com/subpinpoliojateng|twibbonize.com/subpinpoliojateng}) "
             "dan membagikan poster dengan tagar #SubPINPolio #WonosoboBebasPolio. Dilarang memasang atribut "
             "atau foto peserta pemilu pada pos imunisasi."),
        para("Demikian surat tugas ini untuk dilaksanakan dengan penuh tanggung jawab."),
    ]
    body += signature("Kepala UPTD Puskesmas Kertek,", "dr. ANISA RAHMAWATI", "19850713 201101 2 009",
                      place_date="Kertek, 10 Januari 2024")
    spec = {"font": "Times New Roman", "size": 24,
            "meta": {"title": "ST Sub PIN Polio", "author": "PKM Kertek", "created": "2024-01-10T01:00:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN WONOSOBO", "DINAS KESEHATAN", "UPTD PUSKESMAS KERTEK",
                        "Jl. Raya Parakan Km 6, Kertek, Wonosobo 56371"], "table", logo="LOGO"),
            "body": body}
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan: 'kampanye imunisasi', 'tim sukses Sub PIN', twibbon dan tagar imunisasi, jalan sehat dengan Kadinkes, surat tugas 'Untuk'"}
    return spec, lab


# ---------------------------------------------------------------- 019 (C) Dinas Pertanian Ngawi partai pupuk
@memo(19)
def m019():
    body = nomor_block("500.6.2/874/404.101/2024", "Biasa", "1 (satu) berkas",
                       "Pengiriman Benih Padi dan Pupuk Organik Bantuan Tahun 2024", "Ngawi, 5 Agustus 2024")
    body += yth(["Koordinator Penyuluh Pertanian", "Ketua Kelompok Tani penerima bantuan", "se-Kecamatan Paron dan Kedunggalar"])
    body += [
        para("Bersama ini kami sampaikan bahwa bantuan benih padi inbrida varietas Inpari 32 dan pupuk organik "
             "cair bagi kelompok tani yang telah lolos verifikasi Calon Petani Calon Lokasi (CPCL) akan dikirim "
             "oleh penyedia dalam 3 (tiga) partai, yaitu:"),
        {"table": [["Partai", "Isi", "Perkiraan tiba di gudang BPP"],
                   ["I", "Benih 18 ton (kemasan 5 kg)", "19 Agustus 2024"],
                   ["II", "Benih 14 ton dan pupuk organik cair 2.000 liter", "26 Agustus 2024"],
                   ["III", "Sisa benih 9 ton", "2 September 2024"]],
         "widths": [1200, 4500, 3370], "header_row": True},
        para("Apabila partai kedua terlambat karena antrean di gudang penyedia, penyaluran partai ketiga tetap "
             "berjalan sesuai jadwal.", before=120),
        para("Ketua kelompok tani dimohon memilih salah satu jadwal pengambilan di BPP Paron atau BPP "
             "Kedunggalar (Selasa atau Kamis, pukul 08.00\u201314.00 WIB) dan menyampaikannya kepada penyuluh "
             "pendamping paling lambat 14 Agustus 2024. Pengambilan wajib membawa surat kuasa kelompok dan "
             "fotokopi SK pengukuhan kelompok."),
        para("Bantuan ini tidak dipungut biaya apa pun. Setiap laporan pungutan dapat disampaikan ke nomor "
             "pengaduan Dinas 0351-749xxx."),
    ]
    body += signature("a.n. Kepala Dinas Pertanian\nKepala Bidang Tanaman Pangan,", "Ir. SRI WAHYUNINGSIH, M.P.", "19700415 199603 2 003")
    spec = {"font": "Arial", "size": 22,
            "meta": {"title": "Pengiriman benih", "author": "Bid TP", "created": "2024-08-05T02:00:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN NGAWI", "DINAS PERTANIAN", "Jl. Ahmad Yani No. 12 Ngawi"], "header"),
            "body": body}
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan: 'partai' kiriman barang, 'Calon Petani Calon Lokasi', 'memilih salah satu jadwal'"}
    return spec, lab


# ---------------------------------------------------------------- 020 (V) SMA Grabag ALL CAPS KTP relawan
@memo(20)
def m020():
    body = [
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "size": 28, "after": 0},
        {"p": "NOMOR: 400.3/071/SMA.GRB/I/2024", "align": "center", "after": 240},
        {"p": "DITUJUKAN KEPADA BAPAK/IBU GURU DAN TENAGA KEPENDIDIKAN (TERMASUK GTT/PTT) SMA NEGERI 1 GRABAG.", "after": 120},
        {"p": "SESUAI KESEPAKATAN RAPAT DEWAN GURU HARI SENIN TANGGAL 8 JANUARI 2024, DISAMPAIKAN HAL-HAL SBB:", "after": 120},
        item("SETIAP GURU DAN TENDIK MENGUMPULKAN FOTOKOPI KTP 2 (DUA) LEMBAR DAN NOMOR HP YANG AKTIF KE RUANG TU (BU WIWIK) PALING LAMBAT KAMIS 11 JANUARI 2024 UNTUK PENDATAAN RELAWAN."),
        item("BAGI YANG BERKENAN, KELUARGA DI RUMAH (SUAMI/ISTRI/ANAK YANG SUDAH PUNYA HAK PILIH) JUGA BOLEH DIDAFTARKAN. SATU KTP DIHARGAI RP 50.000.", cont=True),
        item("KONSOLIDASI RELAWAN TINGKAT KECAMATAN DILAKSANAKAN MINGGU 14 JANUARI 2024 JAM 09.00 DI GOR DESA GRABAG. BERANGKAT BARENG DARI SEKOLAH JAM 08.15, YANG HADIR DAPAT UANG TRANSPORT RP 100.000 DAN NASI KOTAK.", cont=True),
        item("MOHON TIDAK DIBAHAS DI GRUP WA SEKOLAH. KONFIRMASI LANGSUNG KE WAKA HUMAS.", cont=True, after=240),
        {"p": "DEMIKIAN PENGUMUMAN INI UNTUK DIPERHATIKAN. TERIMA KASIH.", "after": 120},
    ]
    body += signature("GRABAG, 9 JANUARI 2024\nKEPALA SEKOLAH,", "Drs. SUPRIYANTO, M.Pd.", "19680915 199412 1 002")
    spec = {"font": "Arial", "size": 22,
            "meta": {"title": "PENGUMUMAN", "author": "TU SMAN 1 Grabag", "created": "2024-01-09T03:30:00Z"},
            "kop": kop(["PEMERINTAH PROVINSI JAWA TENGAH", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                        "SEKOLAH MENENGAH ATAS NEGERI 1 GRABAG", "Jl. Raya Grabag–Ngablak Km 1, Grabag, Kabupaten Magelang"], "header"),
            "body": body}
    lab = {"violation": True,
           "categories": ["inducement", "campaign-activity", "letterhead-misuse"],
           "classes": [2, 4, 8, 9, 11],
           "note": "Pengumuman ALL CAPS kepala SMA: 'kesepakatan rapat dewan guru', kumpul fotokopi KTP untuk pendataan relawan (Rp50.000/KTP), konsolidasi relawan dengan uang transport; tanpa nama calon"}
    return spec, lab
