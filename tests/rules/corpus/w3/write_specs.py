#!/usr/bin/env python3
"""Writer w3: builds specs/w3_NNN.json and labels.json. Each memo's text is written by hand below."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
MEMOS = []

def add(violation, cats, classes, note, spec):
    if violation:
        assert cats, note
        if spec.get("kop"):
            assert "letterhead-misuse" in cats, note
        else:
            assert "letterhead-misuse" not in cats, note
    else:
        assert not cats
    MEMOS.append((violation, cats, classes, note, spec))

def kop(placement, *lines, logo=None):
    d = {"placement": placement, "lines": list(lines)}
    if placement == "table":
        d["logo"] = logo or "LOGO"
    return d

def ttd(*lines, indent=4820):
    out = []
    for k, l in enumerate(lines):
        out.append({"p": l, "align": "left", "indent": indent, "after": 0, "bold": (k == len(lines) - 2 and l.isupper())})
    return out

def meta(author, created, company="", title="", revision=2, last=None):
    return {"author": author, "created": created, "modified": created.replace("T08", "T10"),
            "company": company, "title": title, "revision": revision,
            "last_modified_by": last or author}

def hdr(nomor, sifat, lampiran, hal, tabs=1700):
    return [{"p": "Nomor\t: " + nomor, "tabs": [[tabs, "left"]], "after": 0, "align": "left"},
            {"p": "Sifat\t: " + sifat, "tabs": [[tabs, "left"]], "after": 0, "align": "left"},
            {"p": "Lampiran\t: " + lampiran, "tabs": [[tabs, "left"]], "after": 0, "align": "left"},
            {"p": "Hal\t: " + hal, "tabs": [[tabs, "left"]], "after": 200, "align": "left", "hanging": tabs, "indent": tabs}]

# ======================================================================
# VIOLATING MEMOS
# ======================================================================

# V01 class 1: pair + "kembali memimpin" / "periode berikutnya", no "calon"
add(True, ["endorsement", "letterhead-misuse"], [1],
    "Nota dinas Kabid Bina Marga meminta pejabat mengarahkan keluarga memberi suara kepada pasangan Yohanis Leu Tallo - Petrus Lamawuran agar 'kembali memimpin NTT periode berikutnya'; kata calon tidak muncul.",
    {"kop": kop("header", "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                "Jalan Basuki Rahmat No. 1, Kupang 85111, Telepon (0380) 831xxx, Pos-el: dpupr@nttprov.go.id"),
     "meta": meta("Bidang Bina Marga", "2024-10-07T08:12:00Z", "Dinas PUPR Provinsi NTT"),
     "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 600.1/412/BM/X/2024", "align": "center", "after": 240},
        {"p": "Kepada\t: Yth. Para Kepala Seksi dan Koordinator Fungsional Bidang Bina Marga\nDari\t: Kepala Bidang Bina Marga\nTanggal\t: 7 Oktober 2024\nHal\t: Arahan Menjelang Akhir Tahun Anggaran", "tabs": [[1700, "left"]], "align": "left"},
        "Dengan hormat, bersama ini kami sampaikan beberapa hal yang perlu mendapat perhatian menjelang penutupan tahun anggaran 2024, khususnya untuk paket pekerjaan preservasi jalan provinsi ruas Kefamenanu - Eban dan Soe - Niki-Niki yang progres fisiknya masih di bawah 60 persen.",
        {"p": "Percepatan pekerjaan fisik agar dikoordinasikan dengan penyedia setiap hari Senin, dengan laporan foto 0, 50 dan 100 persen diunggah ke aplikasi monitoring paling lambat hari Jumat.", "num": 0},
        {"p": "Surat perintah pembayaran termin terakhir hanya diproses setelah berita acara pemeriksaan ditandatangani lengkap oleh PPK dan pengawas lapangan.", "num": 0, "cont": True},
        {"p": "Kita semua tahu bahwa program jalan mantap yang sudah berjalan lima tahun ini hanya dapat diteruskan apabila Bapak Drs. Yohanis Leu Tallo, M.Si. bersama Bapak Ir. Petrus Lamawuran kembali memimpin Nusa Tenggara Timur untuk periode berikutnya. Oleh karena itu saya minta setiap kepala seksi dan koordinator mengarahkan keluarga, tukang dan mandor binaan masing-masing agar memberikan suaranya kepada beliau berdua pada tanggal 27 November 2024.", "num": 0, "cont": True},
        {"p": "Absensi lapangan petugas pengawas tetap dilakukan secara daring melalui aplikasi presensi provinsi.", "num": 0, "cont": True},
        "Demikian untuk dilaksanakan dengan penuh tanggung jawab.",
        *ttd("Kepala Bidang Bina Marga,", "", "", "Ir. Markus Adu Lado, M.T.", "NIP 19700312 199803 1 007"),
     ]})

# V02 class 3 + 11: WA broadcast, silaturahmi with caleg DPR RI
add(True, ["campaign-activity", "endorsement"], [3, 11],
    "Siaran WA sekretaris camat (Ambon) mengajak staf ikut silaturahmi dan makan patita bersama caleg DPR RI Abdul Gani Rumakat serta 'bantu beliau di dapil'; bahasa Melayu Ambon dan singkatan.",
    {"meta": meta("Sekcam Nusaniwe", "2024-01-18T08:40:00Z"),
     "body": [
        {"p": "Tangkapan layar pesan grup “STAF KECAMATAN NUSANIWE OFFICIAL” (disalin untuk arsip)", "italic": True, "align": "left"},
        {"p": "[18/01/24 07.52] Sekcam Nus: Slamat pagi basudara samua 🙏", "align": "left", "after": 60},
        {"p": "[18/01/24 07.53] Sekcam Nus: Info pnting. Hari Sabtu tgl 20 jam 4 sore katong ada silaturahmi dgn Bpk Abdul Gani Rumakat, caleg DPR RI dapil Maluku no urut 2 dr Partai Nusa Raya, di rumah keluarga Latuconsina di Amahusu. Ada makan patita jg.", "align": "left", "after": 60},
        {"p": "[18/01/24 07.55] Sekcam Nus: Mhn staf seksi pemerintahan, trantib, kesos samua hadir ya, pake baju putih. Nanti abis acara ada foto bersama, jang ada yg pulang duluan 😁", "align": "left", "after": 60},
        {"p": "[18/01/24 07.56] Sekcam Nus: Beliau ini orang baik, su banyak bantu katong pung kecamatan. Tolong bantu beliau di dapil, ajak keluarga di kampung masing2. Dong seng lupa orang yg bantu dong.", "align": "left", "after": 60},
        {"p": "[18/01/24 08.01] Kasi Trantib: Siap ibu 👍", "align": "left", "after": 60},
        {"p": "[18/01/24 08.03] Staf Kesos Yuli: Ok ibu, beta bawa mama jg boleh ko?", "align": "left", "after": 60},
        {"p": "[18/01/24 08.04] Sekcam Nus: Bole skali. Makin banyak makin bae 👍👍", "align": "left", "after": 60},
     ]})

# V03 class 3 + 6: subject names ramah tamah with cagub; later logistics from RSUD
add(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [3, 6],
    "Perihal undangan RSUD menyebut ramah tamah bersama calon gubernur Bali nomor urut 2; paragraf berikutnya hanya mengatur aula RSUD, konsumsi dari anggaran rumah tangga, kehadiran pegawai pada jam dinas.",
    {"kop": kop("body", "PEMERINTAH KABUPATEN GIANYAR", "RUMAH SAKIT UMUM DAERAH SRI WEDARI", "Jalan Ciung Wanara No. 2, Gianyar, Bali 80511 - Telp. (0361) 943xxx"),
     "meta": meta("Bag. Umum RSUD", "2024-10-14T08:05:00Z", "RSUD"),
     "body": [
        {"p": "Gianyar, 14 Oktober 2024", "align": "right"},
        *hdr("005/1187/RSUD/2024", "Segera", "1 (satu) lembar jadwal", "Undangan Ramah Tamah Bersama Bapak I Gusti Ngurah Ardana Putra, Calon Gubernur Bali Nomor Urut 2"),
        {"p": "Yth. Para Kepala Instalasi, Kepala Ruangan, dan Koordinator Pelayanan\ndi lingkungan RSUD", "align": "left"},
        "Om Swastyastu,",
        "Sehubungan dengan hal tersebut pada pokok surat, dengan hormat kami mengundang Saudara untuk hadir pada:",
        {"table": [["Hari/tanggal", ": Kamis, 17 Oktober 2024"], ["Waktu", ": 13.00 WITA s.d. selesai"], ["Tempat", ": Aula Wiswa Sabha, Lantai 3 Gedung Manajemen RSUD"], ["Pakaian", ": Kemeja putih, kamen adat madya"]], "widths": [2200, 6800], "borders": False},
        "Setiap instalasi agar mengirimkan paling sedikit 10 (sepuluh) orang pegawai; pelayanan di ruangan diatur sedemikian rupa sehingga pegawai dapat meninggalkan ruangan selama kegiatan berlangsung.",
        "Penyediaan konsumsi 250 kotak dibebankan pada kegiatan rapat koordinasi Subbagian Rumah Tangga. Sound system, LCD dan dekorasi panggung disiapkan oleh Instalasi Pemeliharaan Sarana RSUD paling lambat Rabu sore.",
        "Daftar hadir per instalasi diserahkan kepada Subbagian Umum setelah acara untuk dilaporkan kepada Direktur.",
        "Atas perhatian dan kehadirannya kami ucapkan terima kasih.",
        "Om Santih, Santih, Santih, Om.",
        *ttd("Direktur,", "", "", "dr. I Made Wirajaya, M.Kes.", "NIP 19720519 200212 1 004"),
     ]})

# V04 class 13: lansia sembako timed to cabup visit, candidate's colours
add(True, ["state-facility", "endorsement", "inducement", "letterhead-misuse"], [13],
    "Surat Dinas Sosial mengatur penyaluran sembako lansia dari APBD bertepatan dengan kunjungan H. Lalu Muhammad Zainuddin, dikemas kantong hijau-kuning warna pasangan dan dikaitkan dengan 'kelanjutan kepemimpinan beliau'.",
    {"kop": kop("table", "PEMERINTAH KABUPATEN LOMBOK TIMUR", "DINAS SOSIAL", "Jalan Prof. M. Yamin No. 57, Selong, NTB 83612", logo="[Lambang Daerah]"),
     "meta": meta("Bidang Linjamsos", "2024-10-21T08:30:00Z"),
     "body": [
        {"p": "Selong, 21 Oktober 2024", "align": "right"},
        *hdr("460/893/Dinsos/2024", "Penting", "Daftar penerima", "Penyaluran Bantuan Permakanan Lanjut Usia Tahap IV"),
        {"p": "Kepada Yth.\nPara Koordinator TKSK Kecamatan Sakra, Sakra Barat dan Keruak\ndi Tempat", "align": "left"},
        "Dalam rangka penyaluran bantuan permakanan bagi lanjut usia terlantar Tahap IV Tahun Anggaran 2024 yang bersumber dari APBD Kabupaten, bersama ini kami sampaikan hal-hal sebagai berikut:",
        {"p": "Jadwal penyaluran yang semula 4 November dimajukan menjadi Sabtu, 26 Oktober 2024, menyesuaikan jadwal kunjungan Bapak H. Lalu Muhammad Zainuddin, S.E., M.M. ke Kecamatan Sakra, Sakra Barat dan Keruak.", "num": 0},
        {"p": "Paket permakanan dikemas ulang dalam kantong hijau-kuning yang telah disiapkan oleh tim beliau, dan diserahkan langsung oleh beliau atau anggota timnya kepada para lansia di halaman kantor desa.", "num": 0, "cont": True},
        {"p": "Pada saat penyerahan, koordinator TKSK menyampaikan kepada keluarga penerima bahwa bantuan ini akan terus berlanjut seiring kelanjutan kepemimpinan beliau di Lombok Timur.", "num": 0, "cont": True},
        {"p": "Dokumentasi penyerahan dikirim ke Bidang Linjamsos pada hari yang sama untuk kebutuhan publikasi.", "num": 0, "cont": True},
        "Demikian disampaikan untuk dilaksanakan sebaik-baiknya.",
        *ttd("Kepala Dinas Sosial,", "", "", "Drs. H. Muh. Juaini, M.Si.", "Pembina Utama Muda (IV/c)", "NIP 19690808 199403 1 011"),
     ]})

# V05 class 9: notulen UPTD pasar, target suara per blok
add(True, ["endorsement", "campaign-activity"], [9],
    "Notulen rapat UPTD Pasar: rapat sepakat memenangkan pasangan nomor urut 1 dan menetapkan target suara per blok pasar serta petugas retribusi sebagai penggerak.",
    {"meta": meta("Staf TU UPTD Pasar", "2024-09-30T08:00:00Z"),
     "body": [
        {"p": "NOTULEN RAPAT", "align": "center", "bold": True, "after": 0},
        {"p": "UPTD Pengelolaan Pasar Mardika", "align": "center", "after": 240},
        {"table": [["Hari/Tanggal", "Senin, 30 September 2024"], ["Tempat", "Ruang Kepala UPTD, Lantai 2 Gedung Pasar Mardika"], ["Pimpinan Rapat", "Kepala UPTD (Sdr. Hendrik Tahapary, S.E.)"], ["Notulis", "Sdri. Nona Sahetapy"], ["Peserta", "Koordinator blok A-F, petugas retribusi, petugas kebersihan (17 orang)"]], "widths": [2500, 6500]},
        {"p": "Pembahasan", "bold": True, "before": 200},
        {"p": "Kepala UPTD menyampaikan laporan realisasi retribusi bulan September sebesar 71 persen dari target triwulan III; penurunan terjadi di Blok D karena perbaikan atap.", "num": 0},
        {"p": "Koordinator kebersihan meminta tambahan 2 unit gerobak sampah dan jadwal angkut pagi dimajukan ke pukul 05.00 WIT.", "num": 0, "cont": True},
        {"p": "Kepala UPTD menyampaikan bahwa pasangan nomor urut 1 Pilkada Wali Kota Ambon telah berjanji menyelesaikan relokasi pedagang Blok D dan karena itu meminta dukungan seluruh jajaran.", "num": 0, "cont": True},
        {"p": "Kesimpulan/Keputusan", "bold": True, "before": 200},
        {"p": "Rapat sepakat seluruh jajaran UPTD memenangkan pasangan nomor urut 1 di wilayah Pasar Mardika.", "num": 0},
        {"p": "Disepakati target suara per blok: Blok A-B 400 suara, Blok C-D 350 suara, Blok E-F 300 suara; koordinator blok bertanggung jawab atas pencapaiannya.", "num": 0, "cont": True},
        {"p": "Petugas retribusi sekaligus mendata pedagang yang sudah menyatakan ikut, dilaporkan setiap Sabtu kepada Kepala UPTD.", "num": 0, "cont": True},
        {"p": "Pengadaan 2 unit gerobak sampah diusulkan dalam perubahan anggaran.", "num": 0, "cont": True},
        {"p": "Rapat ditutup pukul 11.40 WIT.", "before": 200},
        *ttd("Notulis,", "", "", "Nona Sahetapy", indent=5600),
     ]})

# V06 class 5: PTN circular, profile picture twibbon with slogan hashtag
add(True, ["social-media", "endorsement", "state-facility", "letterhead-misuse"], [5],
    "Surat Wakil Rektor meminta dosen dan tendik memasang twibbon dan tagar #MalukuMajuLanjutkan #SatuPutaranBersamaAbdi di akun pribadi dan akun resmi fakultas selama masa kampanye gubernur.",
    {"kop": kop("header", "KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI", "UNIVERSITAS NEGERI KEPULAUAN SERAM", "Jalan Ir. M. Putuhena, Kampus Poka, Ambon 97233 | Laman: www.unks.ac.id"),
     "meta": meta("WR III", "2024-10-02T08:15:00Z", "UNKS"),
     "body": [
        *hdr("2217/UN.KS/KM/2024", "Biasa", "1 (satu) berkas bingkai", "Penyeragaman Foto Profil dan Tagar Sivitas Akademika"),
        {"p": "Yth.\n1. Para Dekan\n2. Para Ketua Lembaga dan Kepala UPT\n3. Pengelola Akun Media Sosial Fakultas\ndi lingkungan Universitas Negeri Kepulauan Seram", "align": "left"},
        "Dalam rangka memperkuat kebersamaan sivitas akademika dan citra universitas di media sosial selama bulan Oktober-November 2024, dengan ini disampaikan:",
        {"p": "Seluruh dosen dan tenaga kependidikan agar mengganti foto profil WhatsApp, Facebook dan Instagram dengan bingkai (twibbon) terlampir yang memuat foto Bapak Abdi Tuasikal bersama wakilnya dan tulisan “Maluku Maju, Lanjutkan!”.", "num": 0},
        {"p": "Setiap unggahan akun resmi fakultas dan program studi menyertakan tagar #MalukuMajuLanjutkan dan #SatuPutaranBersamaAbdi.", "num": 0, "cont": True},
        {"p": "Pengelola akun melaporkan tangkapan layar kepada Bagian Humas setiap hari Jumat.", "num": 0, "cont": True},
        "Atas perhatian dan kerja samanya diucapkan terima kasih.",
        *ttd("a.n. Rektor", "Wakil Rektor Bidang Kemahasiswaan dan Alumni,", "", "", "Dr. Yusuf Latupono, M.Pd.", "NIP 19750203 200112 1 002"),
     ]})

# V07 class 8: bantuan seragam only for support letter + KTP
add(True, ["inducement", "endorsement", "letterhead-misuse"], [8],
    "Dinas Pendidikan mensyaratkan surat pernyataan dukungan kepada pasangan Frans-Maria dan fotokopi KTP orang tua untuk bantuan seragam gratis; yang tidak menyerahkan dicoret.",
    {"kop": kop("table", "PEMERINTAH KABUPATEN SIKKA", "DINAS PENDIDIKAN DAN KEBUDAYAAN", "Jalan El Tari No. 8, Maumere 86111", logo="LOGO"),
     "meta": meta("Bid. SD", "2024-10-09T08:20:00Z"),
     "body": [
        {"p": "Maumere, 9 Oktober 2024", "align": "right"},
        *hdr("420/1533/PK/2024", "Penting", "2 (dua) lembar format", "Verifikasi Penerima Bantuan Seragam dan Sepatu Sekolah Gratis"),
        {"p": "Yth. Kepala SD dan SMP Negeri se-Kabupaten Sikka\ndi tempat", "align": "left"},
        "Bersama ini kami sampaikan bahwa verifikasi akhir penerima bantuan seragam dan sepatu sekolah gratis Tahun Anggaran 2024 dilaksanakan dengan ketentuan sebagai berikut.",
        {"p": "Orang tua/wali murid calon penerima mengisi format A (data siswa) dan format B (surat pernyataan) sebagaimana terlampir.", "num": 0},
        {"p": "Format B memuat pernyataan orang tua bahwa keluarga mendukung Bapak Frans Nong Lamen dan Ibu Maria Goreti Nahak pada Pilkada Bupati Sikka tanggal 27 November 2024, dilampiri fotokopi KTP ayah dan ibu.", "num": 0, "cont": True},
        {"p": "Siswa yang orang tuanya belum menyerahkan format B sampai 25 Oktober 2024 dicoret dari daftar penerima dan kuotanya dialihkan ke sekolah lain.", "num": 0, "cont": True},
        {"p": "Berkas dikumpulkan oleh kepala sekolah dan diantar langsung ke Bidang Pembinaan SD/SMP, tidak melalui pos.", "num": 0, "cont": True},
        "Demikian untuk menjadi perhatian dan dilaksanakan.",
        *ttd("Kepala Dinas,", "", "", "Yoseph Da Cunha, S.Pd., M.Si.", "NIP 19680912 199303 1 009"),
        {"p": "Lampiran format B: SURAT PERNYATAAN DUKUNGAN ... (tanda tangan orang tua, bermeterai bila diminta).", "size": 18, "before": 240, "italic": True},
     ]})

# V08 class 7: caleg introduced once, then beliau / yang bersangkutan
add(True, ["endorsement"], [7],
    "Memo Lurah memperkenalkan sekali caleg DPRD Kota Jayapura Semuel Rumbiak, lalu meminta ketua RT/RW membantu 'beliau' dan 'yang bersangkutan' memperoleh suara di TPS masing-masing.",
    {"meta": meta("Lurah Entrop", "2024-01-09T08:10:00Z"),
     "body": [
        {"p": "MEMO", "align": "center", "bold": True, "size": 28},
        {"p": "Untuk\t: Para Ketua RT/RW Kelurahan Entrop\nDari\t: Lurah Entrop\nTanggal\t: 9 Januari 2024", "tabs": [[1400, "left"]], "align": "left", "border_bottom": True},
        "Bapak/Ibu Ketua RT dan RW yang saya hormati,",
        "Terima kasih atas kerja keras Bapak/Ibu dalam kegiatan kerja bakti Natal dan pembersihan saluran di Jalan Baru kemarin. Kelurahan kita dapat pujian dari Distrik.",
        "Pada kesempatan ini saya perkenalkan kembali Bapak Semuel Rumbiak, S.Sos., warga asli Entrop yang sekarang menjadi caleg DPRD Kota Jayapura Dapil 2 dari Partai Suara Timur.",
        "Beliau sudah lama membantu kelurahan, termasuk pengadaan tenda dan kursi untuk kedukaan warga. Saya minta Bapak/Ibu ketua RT/RW membantu beliau supaya mendapat suara yang baik di TPS masing-masing. Warga yang masih ragu boleh diarahkan ke kantor kelurahan, nanti kami jelaskan program yang bersangkutan.",
        "Nama-nama warga yang sudah pasti memilih beliau dicatat di buku masing-masing RT dan diserahkan ke saya paling lambat 5 Februari.",
        "Tuhan Yesus memberkati.",
        {"p": "Lurah Entrop,\n\n\nYakob Hamadi, S.IP.", "align": "left", "indent": 5200},
     ]})

# V09 class 12: surat tugas, all pairs' rallies, office cars, duty hours
add(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [12],
    "Surat perintah tugas menugaskan staf Dishub menghadiri kampanye terbuka SEMUA pasangan pada jam dinas dengan mobil dinas, 'untuk menjaga kesan netral'; tetap mobilisasi ASN ke kampanye.",
    {"kop": kop("body", "PEMERINTAH KOTA KUPANG", "DINAS PERHUBUNGAN", "Jalan S.K. Lerik, Kelapa Lima, Kupang 85228"),
     "meta": meta("Sekretariat Dishub", "2024-10-24T08:00:00Z"),
     "body": [
        {"p": "SURAT PERINTAH TUGAS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 094/ 611 /Dishub/X/2024", "align": "center", "after": 200},
        {"p": "Dasar\t: Arahan Kepala Dinas dalam apel pagi tanggal 24 Oktober 2024.", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400},
        {"p": "MEMERINTAHKAN", "align": "center", "bold": True},
        {"p": "Kepada\t: Nama-nama sebagaimana tercantum dalam tabel di bawah ini", "tabs": [[1400, "left"]]},
        {"table": [["No", "Nama", "Jabatan", "Kegiatan"], ["1", "Roby Manafe", "Kasi Lalu Lintas", "Kampanye terbuka Paslon 1, Lapangan Palapa, 28 Okt"], ["2", "Ariance Bessie", "Staf Angkutan", "Kampanye terbuka Paslon 2, GOR Oepoi, 2 Nov"], ["3", "Dominggus Seran", "Staf Sarpras", "Kampanye terbuka Paslon 3, Pantai Lasiana, 9 Nov"]], "widths": [600, 2300, 2100, 4100], "header_row": True},
        {"p": "Untuk\t: 1. Hadir dan mengikuti kegiatan kampanye terbuka masing-masing pasangan sebagaimana tabel, dari awal sampai selesai, pada jam kerja;\n2. Menggunakan kendaraan dinas operasional DH 1093 A secara bergantian;\n3. Hadir di semua kampanye supaya dinas tidak dinilai condong ke salah satu pasangan;\n4. Melaporkan suasana dan jumlah massa kepada Kepala Dinas.", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400},
        "Demikian surat perintah ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.",
        *ttd("Kupang, 24 Oktober 2024", "Kepala Dinas Perhubungan,", "", "", "Ir. Stefanus Lalo, M.T.", "NIP 19710616 199703 1 006"),
     ]})

# V10 class 2 + 6, libreoffice, subject names konsolidasi relawan; logistics later; uang transport
add(True, ["campaign-activity", "state-facility", "inducement", "letterhead-misuse"], [2, 6],
    "Hal nota dinas BUMD: persiapan konsolidasi relawan pemenangan; paragraf selanjutnya mengatur gedung serbaguna perumda, genset, 40 karyawan dan uang transport Rp150.000 tanpa menyebut lagi acaranya.",
    {"engine": "libreoffice",
     "kop": kop("table", "PERUSAHAAN UMUM DAERAH AIR MINUM TIRTA DANU", "KABUPATEN BULELENG", "Jalan Ngurah Rai No. 54, Singaraja, Bali 81113", logo="TM"),
     "meta": meta("Bagian Umum Perumda", "2024-10-11T08:45:00Z"),
     "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: ND/178/PAM-TM/X/2024", "align": "center", "after": 200},
        {"p": "Kepada\t: Kepala Bagian Umum dan Kepala Bagian Hubungan Langganan\nDari\t: Direktur Umum\nHal\t: Persiapan Konsolidasi Relawan Pemenangan Tingkat Kabupaten, Minggu 13 Oktober 2024", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400, "align": "left"},
        "Menindaklanjuti pembicaraan kita kemarin sore, bersama ini saya sampaikan pembagian tugas sebagai berikut:",
        {"p": "Gedung serbaguna perumda di Jalan Ngurah Rai disiapkan sejak Sabtu siang, termasuk kursi 300 buah, panggung dan genset kantor 30 kVA.", "num": 0},
        {"p": "Bagian Hubungan Langganan menunjuk 40 (empat puluh) karyawan untuk hadir, diutamakan pembaca meter dan petugas penagihan yang mengenal pelanggan di tiap desa.", "num": 0, "cont": True},
        {"p": "Setiap karyawan yang hadir diberikan uang transport Rp150.000 yang dicairkan melalui pos kegiatan sosialisasi pelanggan.", "num": 0, "cont": True},
        {"p": "Dua unit mobil tangki dan satu pikap operasional disiagakan untuk penjemputan peserta dari Kecamatan Sawan dan Kubutambahan.", "num": 0, "cont": True},
        {"p": "Daftar hadir dibuat terpisah dari daftar hadir kantor dan diserahkan kepada saya pada Senin pagi.", "num": 0, "cont": True},
        "Mohon dikerjakan dengan rapi dan tidak perlu disebarluaskan di luar yang bertugas.",
        *ttd("Direktur Umum,", "", "", "I Ketut Suarjana, S.E.", indent=5200),
     ]})

# V11 class 11: voice-note transcript, Kupang Malay, coblos DPD no 27
add(True, ["endorsement"], [11],
    "Transkrip pesan suara Kepala UPT (dialek Kupang) meminta seluruh staf dan keluarga mencoblos calon DPD nomor 27 Yance Tefa; informal dan tanpa kop.",
    {"meta": meta("Admin UPT", "2024-02-06T08:30:00Z"),
     "body": [
        {"p": "Transkrip pesan suara (voice note) Kepala UPT Balai Benih Ikan Noekele ke grup “UPT BBI NOEKELE”, Selasa 6 Februari 2024 pukul 19.12, durasi 1:48", "italic": True, "align": "left"},
        {"p": "“Selamat malam bapa mama dong samua. Beta cuma mau omong sedikit sa. Besok pagi jadwal pemberian pakan kolam tiga sampe kolam tujuh tetap jalan biasa, sonde ada yang libur e. Trus, ini yang penting, tanggal empat belas nanti beta minta katong samua, kelurga juga, pilih Om Yance Tefa, DPD nomor dua puluh tujuh. Dia yang bantu katong dapat induk nila dari pusat tu. Jadi sonde usah pikir lai, {split:cob|los nomor dua pu|luh tujuh} sa. Nanti beta cek di TPS dekat balai, jang sampai suara di sini kalah. Ok, terima kasih, Tuhan berkati.”", "align": "both"},
        {"p": "Ditranskrip oleh: Melki (staf administrasi), untuk arsip grup.", "size": 20, "align": "left"},
     ]})

# V12 class 3: camat invites kades to jalan sehat with caleg DPRD Bali; start at kantor camat
add(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [3],
    "Undangan camat kepada perbekel: jalan sehat bersama caleg DPRD Provinsi Bali Ni Luh Made Sukarini, start di halaman kantor camat, staf kecamatan sebagai panitia.",
    {"kop": kop("header", "PEMERINTAH KABUPATEN TABANAN", "KECAMATAN KEDIRI", "Jalan Raya Kediri No. 1, Tabanan 82121"),
     "meta": meta("Kasi Pemerintahan", "2024-01-22T08:00:00Z"),
     "body": [
        {"p": "Kediri, 22 Januari 2024", "align": "right"},
        *hdr("005/088/Kec.Kdr", "Segera", "-", "Undangan"),
        {"p": "Kepada Yth.\nPara Perbekel dan Lurah se-Kecamatan Kediri\ndi -\nTempat", "align": "left"},
        "Om Swastyastu,",
        "Dalam rangka mempererat kebersamaan masyarakat dan menjaga kebugaran, kami mengundang Bapak/Ibu beserta perangkat dan warga untuk mengikuti Jalan Sehat Bersama Ibu Ni Luh Made Sukarini, S.H., caleg DPRD Provinsi Bali Dapil Tabanan, yang akan dilaksanakan pada:",
        {"p": "Hari/tanggal\t: Minggu, 28 Januari 2024\nWaktu\t: 06.30 WITA\nStart/finish\t: Halaman Kantor Camat Kediri", "tabs": [[2000, "left"]], "indent": 720, "align": "left"},
        "Setiap desa/kelurahan diharapkan membawa paling sedikit 50 peserta. Kupon undian disediakan oleh panitia dari staf kecamatan dan dibagikan di meja registrasi. Ibu Sukarini akan menyampaikan sambutan dan menyerahkan hadiah utama.",
        "Demikian undangan ini kami sampaikan, atas kehadiran Bapak/Ibu diucapkan terima kasih.",
        "Om Santih, Santih, Santih, Om.",
        *ttd("Camat Kediri,", "", "", "I Wayan Sudiarsa, S.Sos., M.Si.", "NIP 19740101 199803 1 010"),
     ]})

# V13 class 10: report-like follow up, plain directive to put up APK at offices
add(True, ["campaign-activity", "state-facility"], [10],
    "Bergaya tindak lanjut hasil rapat dengan bagian 'Pelaporan', tetapi memerintahkan kepala UPT memasang baliho dan bendera pasangan nomor urut 3 di halaman kantor masing-masing.",
    {"meta": meta("Sekretariat Dinas Pertanian", "2024-10-03T08:00:00Z"),
     "body": [
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 01/Sekr-Distan/X/2024", "align": "center", "after": 240},
        "Menindaklanjuti hasil musyawarah pimpinan Dinas Pertanian Kabupaten Maluku Tengah tanggal 1 Oktober 2024 tentang evaluasi pelaksanaan kegiatan triwulan III, bersama ini disampaikan hal-hal sebagai berikut:",
        {"p": "A. Evaluasi", "bold": True},
        "Realisasi fisik kegiatan optimasi lahan di Kecamatan Amahai dan Teon Nila Serua telah mencapai 82 persen. Distribusi benih padi gogo ke Kelompok Tani di Pulau Haruku tertunda karena cuaca.",
        {"p": "B. Tindak Lanjut", "bold": True},
        "Kepala UPT Balai Penyuluhan Pertanian di setiap kecamatan agar {del:memperbarui papan informasi kegiatan dan }{ins:memasang baliho pasangan nomor urut 3 Pilkada Bupati Maluku Tengah yang akan diantar tim pada Jumat ini di halaman kantor BPP, beserta bendera di pagar depan. }Pemasangan menggunakan tiang bekas papan nama kegiatan yang ada di gudang UPT.",
        "Penyuluh lapangan agar memastikan baliho tidak dirusak dan tetap terpasang sampai 23 November 2024.",
        {"p": "C. Pelaporan", "bold": True},
        "Foto pemasangan dikirim ke nomor WhatsApp Sekretaris Dinas paling lambat Sabtu, 5 Oktober 2024, dengan keterangan nama BPP.",
        *ttd("Masohi, 3 Oktober 2024", "Sekretaris Dinas,", "", "", "Abdullah Tuanaya, S.P., M.Si."),
     ]})

# V14 class 13: farm grants handed at kampanye dialogis, by candidate team
add(True, ["state-facility", "endorsement", "inducement", "letterhead-misuse"], [13],
    "Penyerahan bantuan bibit dan pupuk APBD dijadwalkan dalam kampanye dialogis petahana dan diserahkan timnya; petani diingatkan bahwa bantuan berikutnya bergantung pada kemenangannya.",
    {"kop": kop("header", "PEMERINTAH KABUPATEN MANGGARAI BARAT", "DINAS PERTANIAN DAN KETAHANAN PANGAN", "Jalan Frans Nala, Labuan Bajo 86554"),
     "meta": meta("Bid. Tanaman Pangan", "2024-10-16T08:10:00Z"),
     "body": [
        {"p": "Labuan Bajo, 16 Oktober 2024", "align": "right"},
        *hdr("520/742/DPKP/2024", "Penting", "-", "Penyerahan Bantuan Benih Jagung Hibrida dan Pupuk Organik"),
        {"p": "Yth. Koordinator Penyuluh Pertanian Kecamatan Lembor dan Lembor Selatan", "align": "left"},
        "Dengan hormat, bantuan benih jagung hibrida 6 ton dan pupuk organik 40 ton untuk 32 kelompok tani Tahun Anggaran 2024 telah tiba di gudang dinas.",
        "Penyerahan tidak dilakukan di gudang dinas seperti biasa, tetapi dalam acara kampanye dialogis Bapak Drs. Wilfridus Ndoi Sarong di Lapangan Lembor pada Selasa, 22 Oktober 2024. Barang diangkut dengan truk dinas pada pagi hari dan diserahkan kepada ketua kelompok oleh tim pemenangan beliau di atas panggung.",
        "Para penyuluh agar menyampaikan kepada ketua kelompok bahwa bantuan tahun depan sangat ditentukan oleh kemenangan beliau, sehingga anggota kelompok diarahkan mendukung.",
        "Berita acara serah terima tetap dibuat atas nama dinas dan ditandatangani ketua kelompok.",
        "Demikian, atas perhatiannya diucapkan terima kasih.",
        *ttd("Kepala Dinas,", "", "", "Ir. Fransiskus Jehadu", "NIP 19660504 199303 1 014"),
     ]})

# V15 class 1: "yang maju sebagai calon" once, then just name; Papua Pegunungan
add(True, ["endorsement", "campaign-activity", "letterhead-misuse"], [1],
    "Surat Kadis Pendidikan menyebut sekali Yulianus Wenda 'yang maju sebagai calon bupati', lalu hanya nama: kepala sekolah diminta menggerakkan guru agar Pak Yulianus Wenda memimpin dua periode dan hadir di acaranya.",
    {"kop": kop("table", "PEMERINTAH KABUPATEN JAYAWIJAYA", "DINAS PENDIDIKAN DAN PENGAJARAN", "Jalan Yos Sudarso, Wamena, Papua Pegunungan", logo="LAMBANG"),
     "meta": meta("Kadis", "2024-10-05T08:00:00Z"),
     "body": [
        {"p": "Wamena, 5 Oktober 2024", "align": "right"},
        *hdr("421/908/DP/2024", "Penting", "-", "Pembinaan Kepala Sekolah Distrik Kurulu dan Asologaima"),
        {"p": "Yth. Para Kepala SD dan SMP di Distrik Kurulu dan Asologaima", "align": "left"},
        "Syalom dan salam sejahtera.",
        "Pertama, kami sampaikan terima kasih atas pelaksanaan ANBK yang berjalan lancar walaupun jaringan terbatas. Sekolah yang belum mengirim berita acara ANBK agar segera mengirim ke bidang.",
        "Kedua, dalam pertemuan gereja di Kurulu minggu lalu, Bapak Yulianus Wenda, S.Sos. yang maju sebagai calon bupati menyampaikan rencana asrama guru di setiap distrik. Hal ini sangat membantu guru-guru kita di pedalaman.",
        "Untuk itu saya minta kepala sekolah menggerakkan guru dan komite sekolah supaya Pak Yulianus Wenda memimpin Jayawijaya dua periode. Guru-guru juga diharapkan hadir bersama komite ketika Pak Yulianus Wenda datang ke distrik masing-masing.",
        "Ketiga, laporan dana BOS tahap II disampaikan paling lambat 31 Oktober 2024.",
        "Demikian, Tuhan memberkati kita semua.",
        *ttd("Kepala Dinas,", "", "", "Nikolaus Itlay, S.Pd., M.M.", "NIP 19731010 199903 1 005"),
     ]})

# V16 class 4: disposition sheet; partisan part only in table cell
add(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [4],
    "Lembar disposisi berkop Bapenda: catatan disposisi di sel tabel memerintahkan memfasilitasi posko pemenangan Pak Frans di ruang bekas gudang kantor, listrik dan meja kantor; bagian lain rutin.",
    {"kop": kop("table", "PEMERINTAH KABUPATEN FLORES TIMUR", "BADAN PENDAPATAN DAERAH", "Jalan Soekarno-Hatta, Larantuka 86213", logo="FLOTIM"),
     "meta": meta("Agendaris", "2024-10-08T08:00:00Z"),
     "body": [
        {"p": "LEMBAR DISPOSISI", "align": "center", "bold": True, "size": 28},
        {"table": [["Surat dari", "Ketua RT 07 Kelurahan Sarotari"], ["Nomor surat", "07/RT/IX/2024"], ["Tanggal surat", "30 September 2024"], ["Diterima tanggal", "2 Oktober 2024"], ["No. agenda", "1944"], ["Perihal", "Permohonan pinjam tempat"]], "widths": [2600, 6400]},
        {"p": "", "after": 0},
        {"table": [["Diteruskan kepada", "Isi disposisi"], ["[x] Sekretaris\n[x] Kasubbag Umum\n[ ] Kabid Pajak Daerah\n[ ] Kabid Retribusi", "Ruang bekas gudang arsip di belakang kantor dipakai untuk posko pemenangan Pak Frans Kedang di kelurahan ini sampai hari pencoblosan. Kasubbag Umum siapkan kunci, 4 meja, 10 kursi plastik dan sambungan listrik kantor. Staf yang piket sore bantu jaga posko. Jangan dicatat di buku pinjam barang."], ["Tanggal", "8/10/2024 - paraf Kaban"]], "widths": [3000, 6000], "header_row": True},
        {"p": "Catatan: disposisi harap dikembalikan ke agendaris setelah ditindaklanjuti.", "size": 18, "italic": True, "before": 200},
     ]})

# V17 class 5: slogan in footer of a mundane memo, kop header
add(True, ["endorsement", "letterhead-misuse"], [5],
    "Memo rutin tentang perjalanan dinas, tetapi footer surat berkop memuat slogan petahana 'Bersama Pak Lalu Satria, Lombok Tengah Lanjut Dua Periode!' pada masa kampanye.",
    {"kop": kop("header", "PEMERINTAH KABUPATEN LOMBOK TENGAH", "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH", "Jalan Gajah Mada No. 52, Praya 83511"),
     "footer": [{"p": "Bersama Pak Lalu Satria, Lombok Tengah Lanjut Dua Periode! #LotengBerkahLanjutkan", "align": "center", "size": 18, "italic": True}],
     "meta": meta("Sekretariat Bappeda", "2024-10-29T08:00:00Z"),
     "body": [
        {"p": "Praya, 29 Oktober 2024", "align": "right"},
        *hdr("000.1.2/322/Bapp/2024", "Biasa", "-", "Penyampaian Laporan Perjalanan Dinas"),
        {"p": "Yth. Para Kepala Bidang\ndi lingkungan Bappeda", "align": "left"},
        "Dalam rangka tertib administrasi pertanggungjawaban keuangan, setiap pelaksana perjalanan dinas wajib menyampaikan laporan hasil perjalanan paling lambat 5 (lima) hari kerja setelah kembali, dilengkapi tiket, boarding pass, bukti penginapan dan surat perintah tugas yang telah ditandatangani pejabat di tempat tujuan.",
        "Laporan yang terlambat tidak dapat diproses pembayarannya oleh Bendahara Pengeluaran dan akan dikembalikan kepada bidang.",
        "Demikian disampaikan untuk diperhatikan.",
        *ttd("Kepala Bappeda,", "", "", "Dr. H. Lalu Wira Sakti, S.T., M.T.", "NIP 19720707 199903 1 008"),
     ]})

# V18 class 9: RSUD notulen, rapat sepakat memenangkan, target per instalasi
add(True, ["endorsement", "letterhead-misuse"], [9],
    "Notulen rapat manajemen RSUD: disepakati seluruh pegawai memenangkan pasangan nomor urut 1 dan target suara per instalasi dilaporkan kepala ruangan.",
    {"kop": kop("header", "PEMERINTAH PROVINSI MALUKU UTARA", "RUMAH SAKIT UMUM DAERAH KIE RAHA", "Jalan Cempaka, Ternate 97721"),
     "meta": meta("Sekretaris Rapat", "2024-10-10T08:00:00Z"),
     "body": [
        {"p": "NOTULA RAPAT MANAJEMEN", "align": "center", "bold": True},
        {"p": "Hari/tanggal: Kamis, 10 Oktober 2024 | Pukul 09.00-11.15 WIT | Ruang Rapat Direksi", "align": "center", "size": 20},
        {"p": "Hadir: Direktur, Wadir Pelayanan, Wadir Umum dan Keuangan, Kabid Keperawatan, 14 Kepala Instalasi/Ruangan.", "align": "left"},
        {"p": "1. Laporan klaim BPJS", "bold": True},
        "Klaim pending bulan Agustus sebanyak 312 berkas; tim casemix diminta menyelesaikan sebelum 20 Oktober.",
        {"p": "2. Kesiapan akreditasi", "bold": True},
        "Dokumen pokja PMKP belum lengkap. Wadir Pelayanan akan memimpin telusur internal minggu depan.",
        {"p": "3. Arahan Direktur terkait Pilkada", "bold": True},
        "Direktur menyampaikan bahwa pembangunan gedung rawat inap tahap II sangat bergantung pada pimpinan provinsi ke depan. Rapat sepakat seluruh pegawai RSUD, termasuk tenaga kontrak dan keluarga, memenangkan pasangan nomor urut 1 Pilkada Gubernur Maluku Utara.",
        "Disepakati target minimal 80 persen pegawai per instalasi; kepala ruangan mencatat pegawai yang sudah menyatakan ikut dan melaporkannya secara lisan kepada Wadir Umum, tidak melalui surat.",
        {"p": "4. Lain-lain", "bold": True},
        "Perbaikan lift gedung B dijadwalkan 14-16 Oktober.",
        *ttd("Notulis,", "", "", "Ns. Rahma Abd. Gafur, S.Kep."),
     ]})

# V19 class 8 + 11: lurah WA, threaten RTLH cut
add(True, ["inducement", "endorsement"], [8, 11],
    "Pesan WA lurah kepada RT: calon penerima bedah rumah (RTLH) yang tidak mendukung pasangan Gusti-Luh dicoret dari usulan; ancaman pemotongan bantuan.",
    {"meta": meta("Kelurahan", "2024-11-04T08:00:00Z"),
     "body": [
        {"p": "Teruskan ke ketua RT/RW (dr grup Lurah - Kaling Banjar)", "italic": True, "align": "left"},
        {"p": "Om Swastyastu bapak2 kaling & ketua RT. Mhn perhatian utk usulan bedah rumah (RTLH) thn 2025 yg kmrn sdh didata. Daftar final ditetapkan stlh tgl 27 Nov.", "align": "left"},
        {"p": "Yg masuk daftar HANYA KK yg jelas dukung Pak Gusti Rai Wirawan & Bu Luh Sri no urut 2. Kl ada yg pasang stiker paslon lain atau ikut kampanye sebelah, coret sj dr usulan, ganti dgn KK lain. Tolong kaling cek langsung ke rumah2.", "align": "left"},
        {"p": "Data yg sdh dicek kirim ke sy pribadi, jgn di grup ya. Suksma 🙏", "align": "left"},
        {"p": "- Lurah Pedungan", "align": "left"},
     ]})

# V20 class 10: Inspektorat kop, report-looking, but directive to vote incumbent
add(True, ["endorsement", "letterhead-misuse"], [10, 1],
    "Berkop Inspektorat dan berbentuk laporan hasil monitoring, tetapi bagian tindak lanjut meminta seluruh auditor memilih dan mengajak keluarga memilih bupati petahana agar program berlanjut.",
    {"kop": kop("body", "PEMERINTAH KABUPATEN MERAUKE", "INSPEKTORAT DAERAH", "Jalan Raya Mandala No. 16, Merauke 99611"),
     "meta": meta("Irban II", "2024-10-18T08:00:00Z"),
     "body": [
        {"p": "LAPORAN HASIL MONITORING", "align": "center", "bold": True, "after": 0},
        {"p": "Tindak Lanjut Rekomendasi Hasil Pemeriksaan Semester I Tahun 2024", "align": "center", "after": 240},
        {"p": "I. Pendahuluan", "bold": True},
        "Monitoring dilaksanakan terhadap 18 perangkat daerah pada 1-15 Oktober 2024 berdasarkan Surat Tugas Inspektur Nomor 700.1.2/214/Insp/2024.",
        {"p": "II. Hasil Monitoring", "bold": True},
        {"table": [["Status", "Jumlah rekomendasi", "Persentase"], ["Selesai", "143", "71,5%"], ["Dalam proses", "41", "20,5%"], ["Belum ditindaklanjuti", "16", "8,0%"]], "widths": [3500, 3000, 2500], "header_row": True},
        {"p": "III. Tindak Lanjut Internal Inspektorat", "bold": True},
        {"p": "Para Inspektur Pembantu agar mempercepat reviu atas 16 rekomendasi yang belum ditindaklanjuti.", "num": 0},
        {"p": "Mengingat program penataan kampung dan beasiswa putra daerah yang kita awasi saat ini adalah program Bapak Bupati Benediktus Mahuze, seluruh auditor dan staf Inspektorat agar memilih beliau pada 27 November 2024 dan mengajak keluarga masing-masing, agar program tersebut dapat dilanjutkan lima tahun lagi.", "num": 0, "cont": True},
        {"p": "IV. Pelaporan", "bold": True},
        "Hasil monitoring ini dilaporkan kepada Bupati dengan tembusan kepada Sekretaris Daerah.",
        *ttd("Merauke, 18 Oktober 2024", "Inspektur,", "", "", "Drs. Paulus Kaize, M.Si."),
     ]})

# V21 class 6: subject = pelantikan tim pemenangan; then logistics only
add(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [6],
    "Hal: pelantikan tim pemenangan kecamatan pasangan Sam-Kornelis; isi surat hanya mengatur ruang rapat lantai 2, LCD, kursi, mobil dinas jemputan dan konsumsi tanpa menyebut lagi acaranya.",
    {"kop": kop("body", "PEMERINTAH KABUPATEN BIAK NUMFOR", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH", "Jalan Imam Bonjol, Biak 98111"),
     "meta": meta("Sekretaris Dinas", "2024-09-27T08:00:00Z"),
     "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 500.3/277/Kop/2024", "align": "center", "after": 200},
        {"p": "Yth.\t: Kepala Subbagian Umum dan Kepegawaian\nDari\t: Sekretaris Dinas\nTanggal\t: 27 September 2024\nHal\t: Persiapan Pelantikan Tim Pemenangan Tingkat Distrik Pasangan Sam Rumaropen - Kornelis Mambrasar", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400, "align": "left"},
        "Sehubungan dengan hal tersebut di atas, mohon disiapkan:",
        {"p": "Ruang rapat lantai 2 kantor dinas, ditata untuk 80 orang, pada Sabtu 28 September 2024 mulai pukul 15.00 WIT.", "num": 0},
        {"p": "LCD proyektor, layar, pengeras suara dan dua mikrofon nirkabel milik dinas.", "num": 0, "cont": True},
        {"p": "Mobil dinas PA 8041 K dan PA 8077 K untuk menjemput peserta dari Distrik Biak Barat dan Yendidori, sopir dari staf umum.", "num": 0, "cont": True},
        {"p": "Konsumsi snack dan makan malam 80 porsi, dipesan di Rumah Makan Mansinam atas nama kegiatan rapat pembinaan koperasi.", "num": 0, "cont": True},
        {"p": "Petugas kebersihan dan satpam kantor bertugas sampai acara selesai.", "num": 0, "cont": True},
        "Atas perhatiannya, terima kasih.",
        *ttd("Sekretaris,", "", "", "Yohana Rumbewas, S.E.", indent=5400),
     ]})

# V22 class 7 + tracked insertion: undangan with inserted visi-misi paslon, then beliau
add(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [7],
    "Undangan rapat koordinasi kecamatan; sisipan terlacak menambahkan pemaparan visi-misi calon wali kota Alfons Tuhuteru, lalu peserta diminta membawa warga dan mendengarkan 'beliau' di aula kantor camat.",
    {"kop": kop("header", "PEMERINTAH KOTA AMBON", "KECAMATAN SIRIMAU", "Jalan A.Y. Patty, Ambon 97124"),
     "meta": {"author": "Kasi Pem", "last_modified_by": "Camat Sirimau", "change_author": "Camat Sirimau", "created": "2024-10-15T08:00:00Z", "modified": "2024-10-15T11:20:00Z", "revision": 5},
     "body": [
        {"p": "Ambon, 15 Oktober 2024", "align": "right"},
        *hdr("005/523/Kec-Srm", "Penting", "-", "Undangan Rapat Koordinasi"),
        {"p": "Yth. Para Lurah dan Kepala Desa/Negeri se-Kecamatan Sirimau", "align": "left"},
        "Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri rapat koordinasi penanganan sampah dan kebersihan lingkungan menjelang musim hujan{ins:, sekaligus mendengarkan pemaparan visi dan misi Bapak Drs. Alfons Tuhuteru, calon Wali Kota Ambon}, pada:",
        {"p": "Hari/tanggal\t: Jumat, 18 Oktober 2024\nPukul\t: 14.00 WIT\nTempat\t: Aula Kantor Camat Sirimau", "tabs": [[2000, "left"]], "indent": 720, "align": "left"},
        "{ins:Setiap lurah dan kepala negeri membawa 10 orang tokoh masyarakat dan ketua RT. Beliau akan berdialog langsung dengan peserta, karena itu mohon disiapkan pertanyaan yang baik tentang kebutuhan warga.}",
        "Mengingat pentingnya acara tersebut, diharapkan hadir tepat waktu.",
        *ttd("Camat Sirimau,", "", "", "Ronald Lekatompessy, S.STP.", "NIP 19830412 200212 1 003"),
     ]})

# V23 class 5: Kominfo orders official IG posts with slogan hashtags
add(True, ["social-media", "state-facility", "endorsement", "letterhead-misuse"], [5],
    "Diskominfo memerintahkan admin akun resmi pemda memakai tagar #SatuPutaranSaja #LanjutkanNTBMakmur dan menyukai serta membagikan unggahan akun pasangan petahana.",
    {"kop": kop("table", "PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK", "Jalan Udayana No. 4, Mataram 83122", logo="NTB"),
     "meta": meta("Bidang IKP", "2024-10-01T08:00:00Z"),
     "body": [
        {"p": "Mataram, 1 Oktober 2024", "align": "right"},
        *hdr("480/1021/Kominfotik/2024", "Penting", "1 (satu) lembar", "Pedoman Konten Akun Resmi Oktober-November 2024"),
        {"p": "Yth. Pengelola Akun Media Sosial Perangkat Daerah Provinsi NTB", "align": "left"},
        "Dalam rangka keseragaman konten akun resmi perangkat daerah, bersama ini disampaikan pedoman sebagai berikut:",
        {"table": [["No", "Ketentuan"], ["1", "Unggahan minimal 3 kali seminggu, format 1080x1350 piksel."], ["2", "Setiap keterangan unggahan ditutup dengan tagar #NTBMakmur #SatuPutaranSaja #LanjutkanNTBMakmur."], ["3", "Akun resmi perangkat daerah wajib menyukai dan membagikan ulang (repost) unggahan akun kampanye pasangan nomor urut 1, @hamdan.sahril.official, paling lambat 2 jam setelah tayang."], ["4", "Komentar negatif pada akun resmi tidak dihapus, dijawab sopan oleh admin."]], "widths": [700, 8300], "header_row": True},
        "Kepatuhan pengelola akun akan dipantau oleh Bidang IKP setiap minggu.",
        *ttd("Kepala Dinas,", "", "", "Drs. H. Baiq Najmul Akhyar", "NIP 19680412 199303 1 012"),
     ]})

# V24 class 12, libreoffice: Kecamatan all rallies on duty with office car
add(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [12],
    "Camat mewajibkan staf bergiliran menghadiri rapat umum setiap pasangan calon gubernur pada jam kerja dan berangkat dengan mobil dinas agar 'adil'; tetap mobilisasi ASN dan fasilitas.",
    {"engine": "libreoffice",
     "kop": kop("header", "PEMERINTAH KABUPATEN HALMAHERA UTARA", "KECAMATAN TOBELO", "Jalan Kemakmuran, Tobelo 97762"),
     "meta": meta("Camat", "2024-11-01T08:00:00Z"),
     "body": [
        {"p": "SURAT EDARAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 800/212/KT/XI/2024", "align": "center", "after": 200},
        {"p": "TENTANG\nKEHADIRAN STAF PADA RAPAT UMUM PILKADA GUBERNUR", "align": "center", "bold": True},
        "Mengingat wilayah Kecamatan Tobelo menjadi tempat rapat umum seluruh pasangan calon Gubernur Maluku Utara pada bulan November 2024, dengan ini disampaikan:",
        {"p": "Setiap seksi mengirim 3 (tiga) orang staf untuk menghadiri setiap rapat umum pasangan calon yang dilaksanakan di Tobelo, tanpa kecuali.", "num": 0},
        {"p": "Staf berangkat bersama dari kantor camat pukul 13.00 WIT dengan mobil dinas kecamatan, dan kembali ke kantor untuk absen pulang.", "num": 0, "cont": True},
        {"p": "Kehadiran di semua rapat umum dimaksudkan supaya kecamatan tidak dianggap memihak pasangan tertentu.", "num": 0, "cont": True},
        {"p": "Staf yang hadir mencatat janji-janji pasangan calon untuk bahan laporan kepada camat.", "num": 0, "cont": True},
        "Demikian untuk dilaksanakan.",
        *ttd("Tobelo, 1 November 2024", "Camat Tobelo,", "", "", "Hein Tjiong, S.Sos.", "NIP 19790909 200501 1 006"),
     ]})

# V25 class 3: halalbihalal with caleg DPR RI at Balai Diklat, DIPA funded
add(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [3],
    "Balai Diklat kementerian menyelenggarakan halalbihalal bersama caleg DPR RI petahana, di aula balai dan dibiayai DIPA, pegawai wajib hadir; dalam masa kampanye Pileg 2024 (8 Desember 2023).",
    {"kop": kop("table", "KEMENTERIAN AGAMA REPUBLIK INDONESIA", "BALAI DIKLAT KEAGAMAAN WILAYAH BALI NUSRA", "Jalan Trengguli No. 7, Denpasar 80237", logo="KEMENAG"),
     "meta": meta("Subbag TU", "2023-12-04T08:00:00Z"),
     "body": [
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: B-1420/Bd.Dps/KP.01/12/2023", "align": "center", "after": 200},
        "Diberitahukan kepada seluruh pegawai Balai Diklat Keagamaan Wilayah Bali Nusra bahwa pada Jumat, 8 Desember 2023 pukul 15.30 WITA akan dilaksanakan Silaturahmi dan Ramah Tamah Akhir Tahun bersama Bapak H. Muhammad Said Rahadian, Lc., anggota Komisi VIII DPR RI yang kembali maju sebagai caleg DPR RI Dapil Bali nomor urut 1.",
        "Acara bertempat di Aula Utama Balai. Konsumsi dan cenderamata disiapkan dari DIPA Balai Tahun 2023 akun belanja rapat. Seluruh pegawai dan widyaiswara wajib hadir dan mengisi daftar hadir; bagi yang berhalangan agar izin tertulis kepada Kepala Subbagian Tata Usaha.",
        "Dalam acara tersebut Bapak Said Rahadian akan menyampaikan pesan-pesan serta program beliau untuk lima tahun ke depan. Pegawai diharapkan memakai baju koko/kebaya putih.",
        *ttd("Denpasar, 4 Desember 2023", "Kepala Balai,", "", "", "Dr. H. Zainal Arifin, M.Pd.I."),
     ]})

# V26 class 2 + 11: kampanye akbar, no candidate named, transport money and kaos
add(True, ["campaign-activity", "inducement"], [2, 11],
    "Pesan WA Kasubbag: staf ikut 'kampanye akbar hari Sabtu' dengan uang transport Rp100 ribu dan kaos, berangkat dari kantor; calon tidak disebut namanya.",
    {"meta": meta("Kasubbag Umum", "2024-02-01T08:00:00Z"),
     "body": [
        {"p": "Salinan pesan grup WA “ASN SETWAN KAB. ALOR”", "bold": True, "align": "left"},
        {"p": "Kasubbag Umum: Slamat siang tmn2. Sabtu ini tgl 3 ada KAMPANYE AKBAR di lapangan Mini Kalabahi. Kumpul di kantor jam 7 pagi, nanti naik bus yg sdh disiapkan. Ada uang transport 100rb/org + kaos, ambil di ruang sy hari Jumat sore. Yg honor jg wajib ikut. Kaos langsung dipake dr kantor biar rapi. Jgn lupa bawa keluarga, tambah org tambah bagus 💪", "align": "left"},
        {"p": "Staf Persidangan: Izin pak, kl sy tgs jaga kantor hari Sabtu gmn?", "align": "left"},
        {"p": "Kasubbag Umum: Kantor tutup sj dl, semua ke lapangan. Absen hadir di bus ya.", "align": "left"},
     ]})

# V27 class 13: pasar murah timed to kampanye dialogis, kupon with candidate photo
add(True, ["state-facility", "endorsement", "letterhead-misuse"], [13],
    "Pasar murah Disperindag yang disubsidi APBD digelar berdampingan dengan kampanye dialogis calon gubernur, kupon berisi foto dan nomor urutnya, dibagikan oleh relawan.",
    {"kop": kop("header", "PEMERINTAH PROVINSI MALUKU", "DINAS PERINDUSTRIAN DAN PERDAGANGAN", "Jalan Pattimura No. 9, Ambon 97124"),
     "meta": meta("Bid. Perdagangan", "2024-10-22T08:00:00Z"),
     "header": [{"p": "Pasar Murah Bersama Bapak Julius Latuheru - Maluku Sejahtera, Coblos Nomor 1!", "align": "right", "size": 16, "italic": True}],
     "body": [
        {"p": "Ambon, 22 Oktober 2024", "align": "right"},
        *hdr("510/1288/Disperindag/2024", "Segera", "Desain kupon", "Pelaksanaan Pasar Murah Bersubsidi di Kabupaten Seram Bagian Barat"),
        {"p": "Yth. Kepala Bidang Perdagangan Dalam Negeri\nYth. Kepala UPTD Metrologi Legal", "align": "left"},
        "Pasar murah bersubsidi beras, minyak goreng dan gula pasir Tahun Anggaran 2024 untuk Kabupaten Seram Bagian Barat dilaksanakan di Piru pada Rabu, 30 Oktober 2024, bersamaan dengan kampanye dialogis Bapak Julius Latuheru di lokasi yang sama.",
        {"table": [["Komoditas", "Harga pasar", "Harga subsidi", "Jumlah paket"], ["Beras 5 kg", "Rp75.000", "Rp40.000", "1.500"], ["Minyak goreng 2 L", "Rp38.000", "Rp20.000", "1.500"], ["Gula pasir 1 kg", "Rp18.000", "Rp9.000", "1.500"]], "widths": [2600, 2100, 2100, 2200], "header_row": True},
        "Kupon pembelian dicetak sesuai desain terlampir, memuat foto beliau dan nomor urut 1, serta dibagikan oleh relawan beliau di lokasi kepada warga yang hadir pada acara dialog. Petugas dinas melayani penjualan setelah acara dialog selesai.",
        "Seluruh biaya distribusi tetap dibebankan pada DPA Bidang Perdagangan Dalam Negeri.",
        *ttd("Kepala Dinas,", "", "", "Ir. Elsye Matitaputty, M.Si.", "NIP 19690315 199503 2 004"),
     ]})

# V28 class 4: surat tugas to staff as secretariat of relawan posko
add(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [4],
    "Surat tugas Badan Kesbangpol menugaskan dua staf menjadi sekretariat posko relawan 'Sahabat Marthinus' selama jam kerja dengan laptop kantor.",
    {"kop": kop("body", "PEMERINTAH KABUPATEN TIMOR TENGAH SELATAN", "BADAN KESATUAN BANGSA DAN POLITIK", "Jalan Gajah Mada, SoE 85511"),
     "meta": meta("Kaban", "2024-09-26T08:00:00Z"),
     "body": [
        {"p": "SURAT TUGAS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 800.1.11.1/155/Kesbangpol/2024", "align": "center", "after": 200},
        "Yang bertanda tangan di bawah ini Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Timor Tengah Selatan, menugaskan:",
        {"table": [["No", "Nama/NIP", "Jabatan"], ["1", "Oktovianus Nenobais / 19880211 201101 1 003", "Analis Kebijakan"], ["2", "Selfiana Boimau / 19910503 201503 2 002", "Pengadministrasi Umum"]], "widths": [700, 5000, 3300], "header_row": True},
        "untuk membantu kesekretariatan Posko Relawan “Sahabat Marthinus”, relawan pemenangan pasangan Marthinus Tse - Yakob Banunaek, di Jalan Kartini, SoE, meliputi pencatatan relawan, penyusunan jadwal kunjungan dan rekap data pemilih binaan, terhitung 1 Oktober s.d. 23 November 2024 pada hari dan jam kerja.",
        "Kepada yang ditugaskan diberikan pinjaman 1 (satu) unit laptop dan printer milik kantor. Kehadiran di posko dihitung sebagai kehadiran dinas.",
        *ttd("SoE, 26 September 2024", "Kepala Badan,", "", "", "Drs. Ferdinand Tanaem"),
     ]})

# V29 class 9 + 8: notulen kepsek, diputuskan setor KTP
add(True, ["inducement", "endorsement"], [9, 8],
    "Notulen rapat K3S: diputuskan setiap sekolah menyetor 25 fotokopi KTP orang tua pendukung pasangan nomor 2 dan sekolah yang tidak memenuhi tidak diprioritaskan bantuan rehab.",
    {"meta": meta("Sekretaris K3S", "2024-10-12T08:00:00Z"),
     "body": [
        {"p": "NOTULEN RAPAT KELOMPOK KERJA KEPALA SEKOLAH (K3S)", "align": "center", "bold": True, "after": 0},
        {"p": "Gugus III Kecamatan Wewewa Barat, Kabupaten Sumba Barat Daya", "align": "center", "after": 200},
        "Hari/tanggal: Sabtu, 12 Oktober 2024; tempat: SD Negeri Waimangura; hadir: 14 kepala SD dan pengawas pembina.",
        {"p": "Pokok bahasan:", "bold": True},
        {"p": "Persiapan asesmen sumatif akhir semester dan jadwal kegiatan KKG.", "num": 0},
        {"p": "Arahan pengawas pembina tentang dukungan sekolah dalam Pilkada.", "num": 0, "cont": True},
        {"p": "Keputusan rapat:", "bold": True},
        {"p": "KKG kelas tinggi dilaksanakan setiap Kamis minggu kedua dan keempat.", "num": 0},
        {"p": "Diputuskan setiap sekolah menyetor paling sedikit 25 fotokopi KTP orang tua murid yang mendukung pasangan nomor urut 2 Pilkada Bupati Sumba Barat Daya, dikumpulkan kepada pengawas paling lambat 26 Oktober.", "num": 0, "cont": True},
        {"p": "Sekolah yang tidak memenuhi jumlah tersebut tidak diprioritaskan dalam usulan rehabilitasi ruang kelas tahun 2025.", "num": 0, "cont": True},
        *ttd("Sekretaris,", "", "", "Lukas Bulu Lede, S.Pd.SD"),
     ]})

# V30 class 1: Pilpres pair + "memimpin Indonesia lima tahun ke depan", kanwil
add(True, ["endorsement", "letterhead-misuse"], [1],
    "Surat Kepala Kanwil kepada kepala kantor kabupaten: arahkan pegawai agar pasangan Ardiansyah Putra - Dr. Hasan Basri Lubis memimpin Indonesia lima tahun ke depan; kata calon tidak muncul.",
    {"kop": kop("header", "KEMENTERIAN KETENAGAKERJAAN REPUBLIK INDONESIA", "KANTOR WILAYAH PAPUA BARAT DAYA", "Jalan Basuki Rahmat Km. 9, Sorong 98416"),
     "meta": meta("Kakanwil", "2024-01-29T08:00:00Z"),
     "body": [
        {"p": "Sorong, 29 Januari 2024", "align": "right"},
        *hdr("B-77/KW-PBD/I/2024", "Terbatas", "-", "Arahan Pimpinan"),
        {"p": "Yth. Para Kepala Unit Kerja\ndi lingkungan Kantor Wilayah", "align": "left"},
        "Menindaklanjuti pertemuan terbatas pimpinan unit pada tanggal 26 Januari 2024, bersama ini saya tegaskan kembali arahan sebagai berikut.",
        "Capaian penempatan tenaga kerja lokal Papua Barat Daya dan pelatihan vokasi di BLK Sorong merupakan hasil kerja keras kita bersama di bawah kebijakan pemerintah saat ini. Agar kebijakan tersebut berlanjut, saya minta kepala unit mengarahkan seluruh pegawai, pegawai pemerintah non-PNS dan keluarga agar Bapak Ardiansyah Putra dan Bapak Dr. Hasan Basri Lubis dapat memimpin Indonesia lima tahun ke depan.",
        "Arahan ini cukup disampaikan secara lisan di unit masing-masing dan tidak perlu dibuatkan surat turunan.",
        *ttd("Kepala Kantor Wilayah,", "", "", "Marthen L. Sapulete, S.H., M.H."),
     ]})

# V31 class 7 + footnote: the ask only in the footnote
add(True, ["endorsement", "letterhead-misuse"], [7],
    "Undangan pelatihan BPBD tampak netral; catatan kaki menyebut 'tokoh masyarakat' adalah caleg DPRD Provinsi Papua Barat Daya Daniel Ulimpa dan meminta peserta mendukung beliau pada 14 Februari.",
    {"kop": kop("header", "PEMERINTAH KABUPATEN RAJA AMPAT", "BADAN PENANGGULANGAN BENCANA DAERAH", "Jalan Raya Waisai, Waisai 98482"),
     "meta": meta("Bidang PK", "2024-01-30T08:00:00Z"),
     "footnotes": {"1": "Tokoh masyarakat yang dimaksud adalah Bapak Daniel Ulimpa, S.Pi., caleg DPRD Provinsi Papua Barat Daya Dapil Raja Ampat. Peserta diharapkan mendukung beliau pada tanggal 14 Februari 2024, mengingat jasa yang bersangkutan bagi kampung-kampung pesisir."},
     "body": [
        {"p": "Waisai, 30 Januari 2024", "align": "right"},
        *hdr("360/047/BPBD-RA/2024", "Biasa", "-", "Undangan Pelatihan Kesiapsiagaan Tsunami Kampung Pesisir"),
        {"p": "Yth. Kepala Kampung Saonek, Friwen, Yenbeser dan Sawinggrai", "align": "left"},
        "Dalam rangka meningkatkan kesiapsiagaan masyarakat kampung pesisir terhadap gempa dan tsunami, BPBD Kabupaten Raja Ampat menyelenggarakan pelatihan kesiapsiagaan pada Sabtu, 3 Februari 2024 di Balai Kampung Saonek.",
        "Setiap kampung mengutus 5 (lima) orang, terdiri atas aparat kampung, ketua pemuda, dan unsur perempuan. Pelatihan akan dibuka oleh Kepala Pelaksana BPBD dan menghadirkan tokoh masyarakat{fn:1} yang akan memberikan motivasi kepada peserta.",
        "Materi meliputi pengenalan tanda bahaya, jalur evakuasi dan simulasi evakuasi mandiri. Peserta membawa perahu kampung untuk simulasi.",
        "Atas perhatian dan kehadirannya diucapkan terima kasih.",
        *ttd("Kepala Pelaksana BPBD,", "", "", "Yusuf Mayor, S.Sos."),
     ]})

# V32 class 6 + textbox: textbox names the deklarasi, body only logistics
add(True, ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"], [6],
    "Kotak teks di atas surat: 'Deklarasi Dukungan ASN Kabupaten Kepulauan Tanimbar untuk Paslon 02'; isi surat hanya mengatur seragam, kuota per OPD, bus dinas dan daftar hadir.",
    {"kop": kop("table", "PEMERINTAH KABUPATEN KEPULAUAN TANIMBAR", "SEKRETARIAT DAERAH", "Jalan Ir. Soekarno, Saumlaki 97664", logo="LOGO"),
     "meta": meta("Bagian Umum Setda", "2024-09-30T08:00:00Z"),
     "body": [
        {"textbox": [{"p": "AGENDA: DEKLARASI DUKUNGAN ASN KABUPATEN KEPULAUAN TANIMBAR UNTUK PASLON 02", "bold": True, "align": "center"}, {"p": "Sabtu, 5 Oktober 2024 - Lapangan Mandriak, Saumlaki", "align": "center", "size": 20}], "width_cm": 15, "height_cm": 2.2},
        {"p": "Saumlaki, 30 September 2024", "align": "right", "before": 200},
        *hdr("000.1.5/615/Setda", "Penting", "Pembagian kuota", "Pengaturan Kehadiran"),
        {"p": "Yth. Kepala Perangkat Daerah se-Kabupaten Kepulauan Tanimbar", "align": "left"},
        "Sehubungan dengan agenda sebagaimana tercantum di atas, bersama ini disampaikan pengaturan sebagai berikut:",
        {"table": [["Perangkat Daerah", "Kuota", "Titik kumpul"], ["Dinas Pendidikan", "120 orang", "Halaman Kantor Bupati"], ["Dinas Kesehatan", "80 orang", "Halaman RSUD"], ["Dinas PUPR", "50 orang", "Halaman Kantor Bupati"], ["Perangkat daerah lainnya", "masing-masing 25 orang", "Halaman Kantor Bupati"]], "widths": [3800, 2400, 2800], "header_row": True},
        "Peserta mengenakan kemeja putih lengan panjang dan celana/rok hitam, berkumpul pukul 07.30 WIT. Tiga bus dinas Pemkab disiapkan Bagian Umum. Daftar hadir per perangkat daerah ditandatangani kepala perangkat daerah dan diserahkan ke Bagian Umum pada hari yang sama.",
        *ttd("a.n. Sekretaris Daerah", "Asisten Administrasi Umum,", "", "", "Drs. Petrus Fatlolon Ulukyanan"),
     ]})

# V33 class 11: OCR-damaged all caps, c0blos, Gubemur
add(True, ["endorsement"], [11],
    "Teks hasil pindai (OCR) rusak, huruf kapital: pesan berantai Kacabdis: kepala SMA/SMK 'WAJIB MENGARAHKAN GURU ... UNTUK C0BLOS N0 URUT 3' pada Pilkada Gubernur NTB; ejaan rusak (Pl1KADA GUBEMUR, A$N, l untuk I).",
    {"meta": meta("scan", "2024-11-12T08:00:00Z", title="hasil scan"),
     "body": [
        {"p": "[hasil pindai - teks OCR, belum dikoreksi]", "italic": True, "size": 18, "align": "left"},
        {"p": "PESAN BERANTAI UNTUK KEPALA SMA/SMK NEGERl", "align": "center"},
        {"p": "MENJELANG Pl1KADA GUBEMUR NTB 27 NOVEMBER, SELURUH KEPALA SEKOLAH WAJIB MENGARAHKAN GURU, TENAGA KEPENDlDlKAN DAN A$N Dl SEKOLAH MASlNG-MASlNG UNTUK {split:C0B|L0S N0 UR|UT 3} (BPK. DR. ARYA WlRABUANA - H. SYAMSUL BAHRl). lNl DEMl KELANJUTAN TUNJANGAN DAERAH GURU.", "align": "both"},
        {"p": "KEPALA SEKOLAH MELAP0RKAN JUMLAH GURU YG SUDAH SlAP KEPADA KACABDlS PALlNG LAMBAT 20 N0VEMBER. JANGAN DlSEBAR Dl GRUP UMUM.", "align": "both"},
        {"p": "TTD\nKACABDlS WlL. SUMBAWA", "align": "left"},
     ]})

# V34 class 13: fishing aid handed by candidate's team, boats painted his colour
add(True, ["state-facility", "endorsement", "inducement", "letterhead-misuse"], [13],
    "Bantuan perahu dan mesin ketinting dari DKP dicat oranye sesuai warna pasangan, diserahkan oleh tim pasangan Amir Umasugi pada kunjungan kampanyenya; dikaitkan dengan dukungan nelayan.",
    {"kop": kop("body", "PEMERINTAH KABUPATEN KEPULAUAN SULA", "DINAS KELAUTAN DAN PERIKANAN", "Jalan Soekarno-Hatta, Sanana 97795"),
     "meta": meta("Bidang Perikanan Tangkap", "2024-10-19T08:00:00Z"),
     "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 200},
        {"p": "Kepada\t: Kepala Bidang Perikanan Tangkap\nDari\t: Kepala Dinas\nTanggal\t: 19 Oktober 2024\nHal\t: Penyaluran Bantuan Sarana Penangkapan Ikan TA 2024", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400, "align": "left"},
        "Bantuan 24 unit perahu fiber 1 GT beserta mesin ketinting untuk kelompok nelayan di Desa Fatcei, Wai Ipa dan Pohea disalurkan dengan ketentuan berikut.",
        {"p": "Sebelum diserahkan, perahu dicat ulang warna oranye dengan garis putih, sama dengan warna pasangan Bapak Amir Umasugi, dan diberi nomor lambung sesuai desain dari tim beliau.", "num": 0},
        {"p": "Penyerahan dilaksanakan pada saat kunjungan kampanye beliau ke pesisir Sanana Utara, Kamis 24 Oktober 2024, dan diserahkan oleh tim pemenangan kepada ketua kelompok.", "num": 0, "cont": True},
        {"p": "Kepala Bidang menyampaikan kepada kelompok nelayan bahwa perahu ini adalah bukti perhatian beliau dan nelayan diharapkan membalasnya dengan dukungan pada 27 November.", "num": 0, "cont": True},
        {"p": "Berita acara serah terima dan foto dokumentasi tetap disiapkan sesuai ketentuan hibah barang.", "num": 0, "cont": True},
        *ttd("Kepala Dinas,", "", "", "Ir. Ahmad Fokaaya, M.Si."),
     ]})

# V35 class 3: nonton bareng with caleg at aula, spanduk
add(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [3],
    "Kantor Lurah mengundang warga nonton bareng final sepak bola bersama caleg DPRD Kota Mataram Baiq Rina Damayanti di aula kelurahan, spanduk beliau dipasang di panggung.",
    {"kop": kop("header", "PEMERINTAH KOTA MATARAM", "KELURAHAN AMPENAN TENGAH", "Jalan Saleh Sungkar, Ampenan"),
     "meta": meta("Kasi Kesos", "2024-01-24T08:00:00Z"),
     "body": [
        {"p": "PENGUMUMAN", "align": "center", "bold": True},
        "Diumumkan kepada seluruh warga Kelurahan Ampenan Tengah bahwa akan diadakan Nonton Bareng Final Piala Asia bersama Ibu Baiq Rina Damayanti, S.E., caleg DPRD Kota Mataram Dapil Ampenan dari Partai Amanat Samudra, pada:",
        {"p": "Hari/tanggal\t: Sabtu, 10 Februari 2024\nPukul\t: 21.00 WITA\nTempat\t: Aula Kantor Lurah Ampenan Tengah", "tabs": [[2000, "left"]], "indent": 720, "align": "left"},
        "Tersedia kopi, jagung rebus dan doorprize. Spanduk Ibu Rina dipasang di panggung aula dan pengeras suara kelurahan digunakan untuk sambutan beliau sebelum pertandingan. Staf kelurahan bertugas sebagai penerima tamu.",
        *ttd("Ampenan, 24 Januari 2024", "Lurah Ampenan Tengah,", "", "", "Lalu Ahmad Muzakir, S.Sos."),
     ]})

# V36 class 10: report structure with Pelaporan; report number of staff who joined WA group of relawan
add(True, ["social-media", "letterhead-misuse"], [10],
    "Berformat laporan bulanan dengan bagian 'Pelaporan', tetapi mewajibkan kepala bidang melaporkan jumlah pegawai yang sudah bergabung di grup WhatsApp dan mengikuti akun Instagram 'Relawan Sahabat Semuel'.",
    {"kop": kop("table", "PEMERINTAH PROVINSI PAPUA", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "Jalan Soa Siu Dok II, Jayapura 99111", logo="PAPUA"),
     "meta": meta("Sekretariat BPKAD", "2024-10-07T08:00:00Z"),
     "body": [
        {"p": "MEMO INTERNAL", "align": "center", "bold": True, "after": 0},
        {"p": "Perihal: Format Laporan Bulanan Bidang - Oktober 2024", "align": "center", "after": 200},
        "Menindaklanjuti rapat staf tanggal 4 Oktober 2024, format laporan bulanan bidang disederhanakan menjadi tiga bagian.",
        {"p": "1. Capaian Kinerja", "bold": True},
        "Realisasi belanja bidang sampai akhir bulan, kendala pencairan dan rencana penyerapan bulan berikutnya.",
        {"p": "2. Pengelolaan Aset", "bold": True},
        "Hasil inventarisasi barang milik daerah, termasuk kendaraan dinas yang rusak berat dan usulan penghapusan.",
        {"p": "3. Pelaporan", "bold": True},
        "Setiap kepala bidang melaporkan jumlah pegawai di bidangnya yang sudah bergabung dalam grup WhatsApp “Relawan Sahabat Semuel” dan mengikuti akun Instagram @sahabatsemuel.papua, pendukung pasangan Semuel Wonda - Agus Kogoya, beserta tangkapan layarnya. Target seluruh pegawai bergabung sebelum 15 Oktober.",
        *ttd("Jayapura, 7 Oktober 2024", "Sekretaris BPKAD,", "", "", "Yan Piter Rumbiak, S.E., M.Si."),
     ]})

# V37 class 5: HUT kabupaten banners carry incumbent's campaign slogan
add(True, ["endorsement", "state-facility", "letterhead-misuse"], [5],
    "Panitia HUT kabupaten di masa kampanye memerintahkan spanduk dan gapura resmi (dana APBD) mencantumkan slogan petahana 'Sekali Lagi! Lanjutkan Bersama Pak Yosef' dan salam dua jari.",
    {"kop": kop("header", "PEMERINTAH KABUPATEN ENDE", "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN SETDA", "Jalan El Tari, Ende 86318"),
     "meta": meta("Protokol", "2024-10-17T08:00:00Z"),
     "body": [
        {"p": "Ende, 17 Oktober 2024", "align": "right"},
        *hdr("003/311/Prokopim/2024", "Segera", "Desain spanduk", "Materi Spanduk dan Gapura HUT Kabupaten Ende"),
        {"p": "Yth. Para Camat dan Kepala Perangkat Daerah se-Kabupaten Ende", "align": "left"},
        "Dalam rangka memeriahkan Hari Ulang Tahun Kabupaten Ende, setiap perangkat daerah dan kecamatan memasang spanduk ucapan dan gapura di depan kantor masing-masing mulai 25 Oktober 2024, dengan biaya dari pos kegiatan masing-masing.",
        "Materi spanduk wajib memuat: (a) logo HUT; (b) foto Bapak Bupati Yosef Ngga Mbani dengan salam dua jari; (c) tulisan “Sekali Lagi! Lanjutkan Bersama Pak Yosef”; (d) nama perangkat daerah di bagian bawah.",
        "Desain terlampir tidak boleh diubah. Spanduk dipasang sampai akhir November 2024.",
        *ttd("Kepala Bagian,", "", "", "Fransiskus Xaverius Lena, S.Sos."),
     ]})

# V38 class 8: Dinsos to pendamping: KPM told aid continues only for supporters; kop body
add(True, ["inducement", "state-facility", "endorsement", "letterhead-misuse"], [8],
    "Dinas Sosial menginstruksikan pendamping menyampaikan kepada KPM bahwa bantuan sosial daerah lanjutan hanya untuk keluarga yang memilih pasangan petahana, dan mendata yang menolak.",
    {"kop": kop("body", "PEMERINTAH KABUPATEN BURU", "DINAS SOSIAL", "Jalan Ahmad Yani, Namlea 97571"),
     "meta": meta("Kabid Dayasos", "2024-11-05T08:00:00Z"),
     "body": [
        {"p": "Namlea, 5 November 2024", "align": "right"},
        *hdr("400.9/417/Dinsos/2024", "Rahasia", "Format pendataan", "Pendataan Ulang Keluarga Penerima Bantuan Sosial Daerah"),
        {"p": "Yth. Para Pendamping Sosial Kecamatan\ndi Kabupaten Buru", "align": "left"},
        "Dengan hormat, dalam kunjungan rumah minggu ini para pendamping agar menyampaikan kepada setiap keluarga penerima manfaat (KPM) bantuan sosial daerah bahwa bantuan tahun 2025 hanya dilanjutkan bagi keluarga yang memilih pasangan nomor urut 2, Bapak Ramly Umasugi Wael dan Ibu Hasna Nurlette.",
        "KPM yang menyatakan tidak bersedia, atau terlihat memasang atribut pasangan lain, dicatat pada kolom keterangan format terlampir untuk dievaluasi kepesertaannya setelah Pilkada.",
        "Format diserahkan kepada Kepala Bidang Pemberdayaan Sosial secara langsung, paling lambat 18 November 2024.",
        *ttd("Kepala Dinas Sosial,", "", "", "Drs. Abdul Gani Tomia"),
     ]})

# V39 class 9 + 1: notulen camat: rapat memutuskan mendukung X dua periode
add(True, ["endorsement"], [9, 1],
    "Notulen rapat koordinasi distrik: rapat memutuskan seluruh kepala kampung dan staf distrik mendukung Bapak Kornelius Tabuni memimpin Kabupaten Puncak Jaya dua periode; tanpa kata calon.",
    {"engine": "libreoffice",
     "meta": meta("Sekretaris Distrik", "2024-09-20T08:00:00Z"),
     "body": [
        {"p": "NOTULEN RAPAT KOORDINASI DISTRIK MULIA", "align": "center", "bold": True},
        {"table": [["Waktu", "Jumat, 20 September 2024, pukul 10.00 WIT"], ["Tempat", "Kantor Distrik Mulia"], ["Pimpinan rapat", "Kepala Distrik Mulia"], ["Peserta", "Kepala kampung se-Distrik Mulia, staf distrik, Babinsa, Bhabinkamtibmas"]], "widths": [2400, 6600], "borders": False},
        {"p": "Jalannya rapat", "bold": True, "before": 200},
        "Kepala Distrik membuka rapat dan menyampaikan laporan penyaluran dana kampung tahap II. Sebanyak 11 kampung sudah menyampaikan laporan penggunaan, 4 kampung belum.",
        "Babinsa dan Bhabinkamtibmas menyampaikan situasi keamanan yang kondusif dan meminta kepala kampung melaporkan orang baru yang masuk kampung.",
        {"p": "Keputusan", "bold": True},
        {"p": "Empat kampung yang belum melapor menyerahkan laporan paling lambat 30 September 2024.", "num": 0},
        {"p": "Rapat memutuskan seluruh kepala kampung dan staf distrik mendukung Bapak Kornelius Tabuni, S.IP. memimpin Kabupaten Puncak Jaya dua periode, dan menyampaikan keputusan ini kepada warga di kampung masing-masing.", "num": 0, "cont": True},
        {"p": "Rapat berikutnya dilaksanakan bulan Oktober.", "num": 0, "cont": True},
        *ttd("Mulia, 20 September 2024", "Notulis,", "", "", "Herman Telenggen"),
     ]})

# V40 class 2 + 6, libreoffice: SE subject kampanye terbuka; later uniforms & attendance on duty hours
add(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6],
    "Hal surat edaran: 'Kampanye Terbuka di Lapangan Merdeka Kota Ternate'; isi berikutnya mengatur jam pulang dimajukan, absensi di lokasi, seragam putih dan kendaraan dinas tanpa menyebut lagi acaranya.",
    {"engine": "libreoffice",
     "kop": kop("body", "PEMERINTAH KOTA TERNATE", "DINAS LINGKUNGAN HIDUP", "Jalan Ahmad Yani No. 2, Ternate 97712"),
     "meta": meta("Kadis DLH", "2024-11-11T08:00:00Z"),
     "body": [
        {"p": "SURAT EDARAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 660/402/DLH/XI/2024", "align": "center", "after": 200},
        {"p": "Hal: Kampanye Terbuka di Lapangan Merdeka Kota Ternate, Rabu 13 November 2024", "bold": True, "align": "left"},
        "Berkenaan dengan hal tersebut di atas, kepada seluruh pegawai Dinas Lingkungan Hidup disampaikan:",
        {"p": "Pada hari Rabu, 13 November 2024, jam pelayanan kantor berakhir pukul 12.00 WIT.", "num": 0},
        {"p": "Pegawai berkumpul di Lapangan Merdeka pukul 13.00 WIT mengenakan kemeja putih dan topi yang dibagikan Subbag Umum.", "num": 0, "cont": True},
        {"p": "Absensi sore dilakukan di lokasi oleh petugas kepegawaian menggunakan daftar hadir manual.", "num": 0, "cont": True},
        {"p": "Armada truk sampah dan mobil operasional dinas yang tidak bertugas digunakan untuk mengangkut pegawai dan petugas kebersihan.", "num": 0, "cont": True},
        {"p": "Petugas kebersihan harian lepas turut hadir dan tetap dihitung bekerja.", "num": 0, "cont": True},
        "Demikian untuk dilaksanakan dengan tertib.",
        *ttd("Kepala Dinas,", "", "", "Syarif Abdurrahman Tidore, S.T., M.T."),
     ]})

# V41 class 12: UPT all pairs, seragam dinas, bergiliran; no kop
add(True, ["campaign-activity", "state-facility"], [12],
    "Memo Kepala UPT Puskesmas: pegawai dijadwalkan bergiliran menghadiri kampanye setiap pasangan dengan seragam dinas pada jam kerja supaya 'seimbang'; mobilisasi ASN tetap pelanggaran.",
    {"meta": meta("Ka UPT", "2024-10-25T08:00:00Z"),
     "body": [
        {"p": "MEMO INTERNAL", "align": "center", "bold": True},
        {"p": "Dari: Kepala UPT Puskesmas Oesapa | Untuk: seluruh pegawai | Jumat, 25 Oktober 2024", "align": "center", "size": 20},
        "Teman-teman sekalian, supaya Puskesmas kita tidak dituduh berpihak, mulai minggu depan kita atur kehadiran di kampanye semua pasangan wali kota secara seimbang. Setiap pasangan yang berkampanye di wilayah Oesapa dan Lasiana akan didatangi 4 orang dari Puskesmas.",
        {"table": [["Tanggal", "Pasangan", "Petugas"], ["29 Okt", "Nomor urut 1", "Poli umum (2), Gizi (1), Kesling (1)"], ["5 Nov", "Nomor urut 2", "KIA (2), Farmasi (1), Laboratorium (1)"], ["12 Nov", "Nomor urut 3", "Poli gigi (1), Promkes (2), TU (1)"]], "widths": [1800, 2600, 4600], "header_row": True},
        "Petugas berangkat dari Puskesmas pukul 14.00 dengan seragam dinas supaya kelihatan mewakili Puskesmas, dan kembali ke Puskesmas setelah acara untuk absen pulang. Pelayanan sore ditutup lebih awal pada hari tersebut.",
        {"p": "dr. Imelda Kapitan", "align": "right"},
     ]})

# V42 class 4: Rector assigns lecturers to tim kampanye as tim pakar
add(True, ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"], [4],
    "Surat Rektor PTN menugaskan lima dosen ASN bergabung dalam Tim Kampanye pasangan calon gubernur sebagai tim pakar penyusun visi-misi dan juru debat.",
    {"kop": kop("header", "KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI", "UNIVERSITAS NEGERI LAUT ARAFURU", "Kampus Mopah, Merauke 99614"),
     "meta": meta("Rektorat", "2024-09-23T08:00:00Z"),
     "body": [
        {"p": "Merauke, 23 September 2024", "align": "right"},
        *hdr("1109/UN.LA/TU/2024", "Penting", "-", "Penugasan Dosen"),
        {"p": "Yth.\n1. Dr. Agustinus Maturbongs, S.E., M.Si.\n2. Dr. Rosalina Ndiken, S.H., M.H.\n3. Ir. Silas Gebze, M.P.\n4. Yoseph Mahuze, S.Pd., M.Pd.\n5. Dr. Maria Kamsy, S.Sos., M.A.", "align": "left"},
        "Menindaklanjuti permintaan Ketua Tim Kampanye Provinsi pasangan Dr. Heribertus Kaize - Drs. Lukas Ayomi, dengan ini Saudara ditugaskan bergabung dalam Tim Kampanye tersebut sebagai tim pakar, dengan tugas menyusun naskah visi, misi dan program unggulan bidang ekonomi, hukum, pertanian, pendidikan dan sosial, serta mendampingi pasangan tersebut dalam debat publik.",
        "Penugasan berlaku sejak tanggal surat ini sampai dengan pemungutan suara. Jadwal mengajar Saudara diatur ulang oleh ketua jurusan masing-masing. Keberhasilan pasangan ini akan sangat menentukan dukungan pemerintah provinsi bagi pengembangan kampus kita.",
        *ttd("Rektor,", "", "", "Prof. Dr. Ir. Beatus Tambaip, M.Sc."),
     ]})

# V43 class 3 + 11: penyambutan candidate at airport; Papuan Malay WA
add(True, ["campaign-activity", "state-facility"], [3, 11],
    "Pesan WA Kabag Umum: staf kantor bupati wajib ikut penyambutan calon bupati Otto Rumfabe di Bandara Frans Kaisiepo dengan mobil dinas dan seragam; bahasa Melayu Papua, singkatan.",
    {"meta": meta("Kabag Umum", "2024-09-26T08:00:00Z"),
     "body": [
        {"p": "Diteruskan dari grup “PEGAWAI SETDA BIAK”", "italic": True, "align": "left"},
        {"p": "Selamat pagi bapa ibu. Besok Jumat jam 10 pesawat dari Jkt sampe, bpk Otto Rumfabe dtg sesudah penetapan paslon. Kitorang semua pegawai setda wajib ikut penyambutan di Bandara Frans Kaisiepo. Pake baju PDH, bawa bendera kecil yg sdh dibagi. Mobil dinas yg ada di kantor smua dipake jemput staf dari kantor jam 9. Yang tra ikut sa catat ee. Trima kasih.", "align": "left"},
        {"p": "Ket: pesan di atas dikirim 26/9/2024 pukul 18.40 oleh Kabag Umum Setda.", "size": 18, "align": "left"},
     ]})

# V44 class 7 + 13: PMT posyandu distributed at candidate visit in her colours
add(True, ["state-facility", "endorsement", "letterhead-misuse"], [7, 13],
    "Dinas Kesehatan memperkenalkan sekali calon gubernur dr. Wilhelmina Tapilatu, lalu mengatur agar paket PMT posyandu dibagikan saat kunjungan 'beliau', dibungkus kantong biru-kuning warna beliau.",
    {"kop": kop("table", "PEMERINTAH KABUPATEN MALUKU BARAT DAYA", "DINAS KESEHATAN", "Jalan Pendidikan, Tiakur, Pulau Moa", logo="MBD"),
     "meta": meta("Bidang Kesmas", "2024-10-28T08:00:00Z"),
     "body": [
        {"p": "Tiakur, 28 Oktober 2024", "align": "right"},
        *hdr("440/619/Dinkes/2024", "Penting", "-", "Distribusi PMT Lokal Balita dan Ibu Hamil Bulan November"),
        {"p": "Yth. Kepala Puskesmas Moa, Kaiwatu, Lakor dan Letti", "align": "left"},
        "Pada minggu pertama November 2024, ibu dr. Wilhelmina Tapilatu, Sp.A., calon Gubernur Maluku, dijadwalkan mengunjungi Pulau Moa dan Letti.",
        "Sehubungan dengan itu, distribusi PMT lokal bulan November yang semula dilakukan di posyandu dipusatkan di titik-titik yang akan dikunjungi beliau. Paket PMT dikemas dalam kantong biru-kuning yang diantar tim beliau ke Puskesmas, dan penyerahannya dilakukan langsung oleh yang bersangkutan kepada ibu-ibu.",
        "Kader posyandu diminta menghadirkan sasaran sejak pukul 08.00 WIT dan menyampaikan kepada ibu-ibu bahwa perhatian beliau pada gizi anak perlu didukung pada 27 November.",
        "Laporan distribusi dikirim seperti biasa melalui aplikasi.",
        *ttd("Kepala Dinas,", "", "", "dr. Yermias Lekipera, M.Kes."),
     ]})

# V45 class 1 + social media: 'terpilih kembali' video share; no calon word
add(True, ["social-media", "endorsement", "letterhead-misuse"], [1],
    "Surat sekretaris dinas meminta pegawai membagikan video 'Pak Made Sudarsana Terpilih Kembali' di status WA dan Facebook dan berkomentar dukungan; tanpa kata calon.",
    {"kop": kop("header", "PEMERINTAH KABUPATEN KLUNGKUNG", "DINAS PARIWISATA", "Jalan Untung Surapati No. 3, Semarapura 80711"),
     "meta": meta("Sekretaris Dinas", "2024-11-08T08:00:00Z"),
     "body": [
        {"p": "Semarapura, 8 November 2024", "align": "right"},
        *hdr("556/288/Dispar/2024", "Biasa", "Tautan video", "Publikasi Video Capaian Pembangunan Pariwisata"),
        {"p": "Yth. Seluruh Pegawai Dinas Pariwisata", "align": "left"},
        "Om Swastyastu. Video capaian pembangunan pariwisata Nusa Penida berjudul “Lima Tahun Bukti Nyata, Pak Made Sudarsana Terpilih Kembali” telah tersedia pada {link:https://drive.example.go.id/dispar/video-capaian|tautan ini}.",
        "Setiap pegawai agar membagikan video tersebut di status WhatsApp dan akun Facebook pribadi paling lambat Senin, 11 November 2024, serta memberi komentar dukungan agar Pak Made Sudarsana bersama Ibu Komang Ayu Sriani {split:terpi|lih kem|bali} memimpin Klungkung. Tangkapan layar dikirim ke admin kepegawaian.",
        "Om Santih, Santih, Santih, Om.",
        *ttd("Sekretaris,", "", "", "Ni Wayan Merta Dewi, S.E., M.Si."),
     ]})

# ======================================================================
# COMPLIANT MEMOS
# ======================================================================

# C01 neutrality circular quoting every forbidden act (Balai, central govt)
add(False, [], [14],
    "Surat edaran netralitas Balai Wilayah Sungai yang mengutip rinci semua larangan (foto dengan simbol jari, like/share, kampanye, atribut, fasilitas negara); hanya pengingat.",
    {"kop": kop("header", "KEMENTERIAN PEKERJAAN UMUM DAN PERUMAHAN RAKYAT", "DIREKTORAT JENDERAL SUMBER DAYA AIR", "BALAI WILAYAH SUNGAI NUSA TENGGARA II", "Jalan Palapa No. 9, Oebobo, Kupang 85111"),
     "meta": meta("Subbag Umum BWS", "2024-09-24T08:00:00Z"),
     "body": [
        {"p": "SURAT EDARAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: SE.04/BWS-NT2/2024", "align": "center", "after": 0},
        {"p": "TENTANG\nMENJAGA NETRALITAS PEGAWAI PADA PEMILIHAN GUBERNUR, BUPATI DAN WALI KOTA TAHUN 2024", "align": "center", "bold": True},
        "Dalam rangka pelaksanaan Pemilihan Kepala Daerah serentak tanggal 27 November 2024, dan memperhatikan Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara, Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS serta Keputusan Bersama tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN, dengan ini diingatkan kepada seluruh pegawai Balai, termasuk PPNPN dan tenaga pendamping, bahwa pegawai DILARANG:",
        {"p": "memberikan dukungan kepada calon kepala daerah dan wakil kepala daerah dalam bentuk apa pun, termasuk mengajak keluarga, tetangga atau petani P3A untuk memilih pasangan tertentu;", "num": 0},
        {"p": "menghadiri kampanye, deklarasi, rapat umum, kampanye dialogis, konsolidasi relawan atau pelantikan tim pemenangan, baik dengan maupun tanpa atribut;", "num": 0, "cont": True},
        {"p": "menjadi anggota tim sukses, tim kampanye, relawan pemenangan atau pengurus posko;", "num": 0, "cont": True},
        {"p": "memasang spanduk, baliho, stiker atau alat peraga kampanye di kantor, rumah dinas, kendaraan dinas, bendung dan kantor pengamat;", "num": 0, "cont": True},
        {"p": "berfoto bersama calon atau tim kampanye dengan mengikuti simbol gerakan tangan (misalnya jari satu, dua atau tiga) atau dengan latar atribut kampanye;", "num": 0, "cont": True},
        {"p": "mengunggah, menanggapi (memberi tanda suka atau komentar), membagikan ulang, mengikuti atau bergabung dalam akun dan grup media sosial calon, memasang twibbon atau foto profil bertema pasangan calon;", "num": 0, "cont": True},
        {"p": "menggunakan kendaraan dinas, alat berat, gudang, ruang rapat, anggaran, jam kerja atau bantuan program (misalnya rehabilitasi jaringan irigasi tersier) untuk kepentingan calon;", "num": 0, "cont": True},
        {"p": "memberikan atau menjanjikan uang, barang, atau mengumpulkan fotokopi KTP untuk dukungan calon.", "num": 0, "cont": True},
        "Pegawai tetap wajib menggunakan hak pilihnya di TPS masing-masing. Pelanggaran terhadap ketentuan di atas akan dilaporkan kepada Direktorat Jenderal dan dapat dikenai hukuman disiplin.",
        *ttd("Kupang, 24 September 2024", "Kepala Balai,", "", "", "Ir. Agus Sulistyo Wibowo, M.T.", "NIP 19740218 200003 1 002"),
     ]})

# C02 Inspektorat LHP on a camat who posted partisan content, quoting it
add(False, [], [14],
    "Laporan hasil pemeriksaan khusus Inspektorat atas camat yang mengunggah 'Ayo menangkan Bapak Daud Manuhutu dua periode'; kutipan bukti dalam laporan, rekomendasi sanksi.",
    {"kop": kop("body", "PEMERINTAH KABUPATEN MALUKU TENGGARA", "INSPEKTORAT DAERAH", "Jalan Jenderal Sudirman, Langgur 97611"),
     "meta": meta("Irbansus", "2024-11-20T08:00:00Z"),
     "footnotes": {"1": "Tangkapan layar unggahan dan ketiga video yang dibagikan ulang tersimpan sebagai Lampiran I; tautan asli: facebook.com/... (telah dihapus oleh pemilik akun)."},
     "body": [
        {"p": "LAPORAN HASIL PEMERIKSAAN KHUSUS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 700.1.2.2/LHP-Sus/09/2024", "align": "center", "after": 200},
        {"p": "A. Dasar Pemeriksaan", "bold": True},
        "Surat Rekomendasi Bawaslu Kabupaten Maluku Tenggara Nomor 112/PP.01.02/K.MA-04/11/2024 perihal penerusan dugaan pelanggaran netralitas ASN, dan Surat Tugas Inspektur Nomor 700.1.2/118/Insp/2024.",
        {"p": "B. Pihak yang Diperiksa", "bold": True},
        "Sdr. B.R., S.STP., jabatan Camat Kei Kecil Barat, Pembina (IV/a).",
        {"p": "C. Uraian Fakta", "bold": True},
        "Pada tanggal 2 November 2024 yang bersangkutan mengunggah di akun Facebook pribadinya foto bersama pasangan calon nomor urut 1 dengan keterangan “Ayo menangkan Bapak Daud Manuhutu dua periode! Kei Kecil Barat solid!” dan membagikan ulang tiga video kampanye pasangan tersebut{fn:1}. Unggahan telah dihapus pada 5 November 2024 setelah diklarifikasi Panwaslu Kecamatan.",
        "Dalam permintaan keterangan, yang bersangkutan mengakui mengunggah foto tersebut, dan menyatakan tidak mengetahui bahwa membagikan ulang video kampanye termasuk pelanggaran.",
        {"p": "D. Simpulan", "bold": True},
        "Perbuatan yang bersangkutan memenuhi unsur pelanggaran Pasal 5 huruf n angka 5 Peraturan Pemerintah Nomor 94 Tahun 2021 (memberikan dukungan kepada calon melalui media sosial).",
        {"p": "E. Rekomendasi", "bold": True},
        "Kepada Pejabat Pembina Kepegawaian direkomendasikan menjatuhkan hukuman disiplin sedang sesuai ketentuan, dan menyampaikan tindak lanjutnya kepada Bawaslu dan Badan Kepegawaian Negara.",
        *ttd("Langgur, 20 November 2024", "Inspektur,", "", "", "Drs. Yohanes Rahanra, M.Si."),
     ]})

# C03 sanction decision quoting deklarasi attendance
add(False, [], [14],
    "Keputusan hukuman disiplin bagi ASN yang menghadiri deklarasi dukungan dan berfoto dengan simbol jari; konsiderans mengutip pelanggaran. Dokumen penjatuhan sanksi.",
    {"kop": kop("table", "BUPATI LEMBATA", "PROVINSI NUSA TENGGARA TIMUR", logo="GARUDA"),
     "meta": meta("BKPSDM", "2024-12-09T08:00:00Z"),
     "body": [
        {"p": "KEPUTUSAN BUPATI LEMBATA\nNOMOR 800.1.6.4/412/BKPSDM/2024\nTENTANG\nPENJATUHAN HUKUMAN DISIPLIN SEDANG", "align": "center", "bold": True},
        {"p": "BUPATI LEMBATA,", "align": "center", "bold": True},
        {"p": "Menimbang\t: a. bahwa berdasarkan Laporan Hasil Pemeriksaan Tim Pemeriksa tanggal 25 November 2024, Sdr. Y.K.L., NIP 19850412 201001 1 004, Penata Tingkat I (III/d), Kepala Seksi pada Dinas Perikanan, terbukti pada tanggal 29 September 2024 menghadiri acara “Deklarasi Dukungan Masyarakat Nelayan untuk Paslon Nomor Urut 3” di Pantai Harnus, Lewoleba, dan berfoto bersama pasangan calon sambil menunjukkan tiga jari;\nb. bahwa perbuatan tersebut melanggar kewajiban menjaga netralitas sebagaimana dimaksud dalam Pasal 5 huruf n Peraturan Pemerintah Nomor 94 Tahun 2021;\nc. bahwa berdasarkan pertimbangan sebagaimana dimaksud huruf a dan b perlu menetapkan Keputusan Bupati tentang Penjatuhan Hukuman Disiplin Sedang;", "tabs": [[1800, "left"]], "hanging": 1800, "indent": 1800},
        {"p": "Mengingat\t: 1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;\n2. Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;", "tabs": [[1800, "left"]], "hanging": 1800, "indent": 1800},
        {"p": "MEMUTUSKAN:", "align": "center", "bold": True},
        {"p": "Menetapkan\t: KESATU: Menjatuhkan hukuman disiplin sedang berupa pemotongan tunjangan kinerja sebesar 25% selama 6 (enam) bulan kepada Sdr. Y.K.L.\nKEDUA: Keputusan ini mulai berlaku pada tanggal ditetapkan.", "tabs": [[1800, "left"]], "hanging": 1800, "indent": 1800},
        *ttd("Ditetapkan di Lewoleba", "pada tanggal 9 Desember 2024", "BUPATI LEMBATA,", "", "", "THOMAS A. KOLIN"),
     ]})

# C04 Bawaslu Panwascam report quoting WA broadcast, informal quote
add(False, [], [14, 11],
    "Laporan hasil pengawasan Panwaslu Kecamatan mengutip pesan WA kepala sekolah 'mhn guru2 coblos no 2' sebagai temuan; dokumen pengawasan, bukan ajakan.",
    {"kop": kop("header", "BADAN PENGAWAS PEMILIHAN UMUM", "PANITIA PENGAWAS PEMILIHAN KECAMATAN KOTA KOMBA", "Waelengga, Kabupaten Manggarai Timur"),
     "meta": meta("Panwascam", "2024-11-14T08:00:00Z"),
     "body": [
        {"p": "FORMULIR MODEL A", "align": "right", "bold": True, "size": 18},
        {"p": "LAPORAN HASIL PENGAWASAN PEMILIHAN", "align": "center", "bold": True},
        {"table": [["I. Data Pengawas", ""], ["Nama pelaksana tugas", "Maria Yasinta Jelita"], ["Jabatan", "Anggota Panwaslu Kecamatan Kota Komba"], ["Bentuk pengawasan", "Penelusuran informasi media sosial"], ["Waktu dan tempat", "13 November 2024, Waelengga"]], "widths": [3500, 5500]},
        {"p": "II. Uraian Singkat Hasil Pengawasan", "bold": True, "before": 200},
        "Pengawas menerima tangkapan layar dari masyarakat berupa pesan di grup WhatsApp “GURU SDN WAELENGGA” yang dikirim akun atas nama kepala sekolah berinisial F.D. pada 12 November 2024 pukul 20.14, berbunyi:",
        {"p": "“slmt mlm bpk ibu guru, mhn guru2 dan kel. coblos no 2 tgl 27 ya, demi kita punya sekolah dapat rehab. jgn share keluar.”", "italic": True, "indent": 720},
        "Pengawas telah meminta keterangan pengelola grup dan memperoleh salinan percakapan lengkap. Yang bersangkutan berstatus PNS.",
        {"p": "III. Informasi Dugaan Pelanggaran", "bold": True},
        "Peristiwa tersebut diduga melanggar ketentuan netralitas ASN dan akan diteruskan kepada Bawaslu Kabupaten Manggarai Timur untuk diregistrasi sebagai temuan dan direkomendasikan kepada Badan Kepegawaian Negara.",
        *ttd("Waelengga, 14 November 2024", "Pengawas,", "", "", "Maria Yasinta Jelita"),
     ]})

# C05 order to remove stickers from office cars, quoting slogans
add(False, [], [14],
    "Perintah Kasubbag Umum mencopot stiker caleg dari mobil dinas, mengutip isi stiker 'Coblos No. 5 Alfons Pattiasina - Pasti Bisa!'; penertiban, bukan kampanye.",
    {"kop": kop("header", "PEMERINTAH KABUPATEN SERAM BAGIAN TIMUR", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Jalan Poros Bula, Bula 97554"),
     "meta": meta("Kasubbag Umum", "2024-01-10T08:00:00Z"),
     "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 027/033/PUPR-SBT/I/2024", "align": "center", "after": 200},
        {"p": "Kepada\t: Para Pemegang Kendaraan Dinas\nDari\t: Kepala Subbagian Umum dan Kepegawaian\nHal\t: Pencopotan Stiker Peserta Pemilu dari Kendaraan Dinas", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400, "align": "left"},
        "Dalam pemeriksaan kendaraan dinas pada apel Senin, 8 Januari 2024, ditemukan tiga kendaraan dinas yang ditempeli stiker peserta Pemilu, yaitu:",
        {"table": [["Nomor polisi", "Jenis", "Isi stiker"], ["DE 1042 Q", "Pikap", "“Coblos No. 5 Alfons Pattiasina - Pasti Bisa!” (caleg DPRD Kabupaten)"], ["DE 1017 Q", "Minibus", "Gambar caleg DPR RI bertuliskan “Bersama Kita Menang”"], ["DE 2291 Q", "Sepeda motor", "Stiker partai pada sayap kiri"]], "widths": [1900, 1700, 5400], "header_row": True},
        "Pemegang kendaraan tersebut agar mencopot seluruh stiker paling lambat Rabu, 10 Januari 2024 dan membersihkan bekas lemnya, kemudian melapor kepada Subbagian Umum dengan foto kendaraan setelah dibersihkan. Kendaraan dinas tidak boleh ditempeli atribut peserta Pemilu dalam bentuk apa pun.",
        "Apabila stiker ditempel oleh pihak lain tanpa sepengetahuan pemegang kendaraan, agar dilaporkan untuk dicatat.",
        *ttd("Kepala Subbagian Umum dan Kepegawaian,", "", "", "Nurlela Rumalutur, S.E.", indent=4400),
     ]})

# C06 take down incumbent billboard quoting slogan from office yard
add(False, [], [14],
    "Perintah sekda menurunkan baliho petahana bertuliskan 'Lanjutkan Dua Periode - Bersama Pak Yakobus' dari halaman kantor sejak bupati ditetapkan sebagai calon; penertiban.",
    {"kop": kop("table", "PEMERINTAH KABUPATEN NGADA", "SEKRETARIAT DAERAH", "Jalan Soekarno-Hatta, Bajawa 86413", logo="NGADA"),
     "meta": meta("Setda", "2024-09-23T08:00:00Z"),
     "body": [
        {"p": "Bajawa, 23 September 2024", "align": "right"},
        *hdr("300.1/822/Setda/2024", "Segera", "-", "Penertiban Baliho dan Gambar di Lingkungan Kantor Pemerintah"),
        {"p": "Yth.\n1. Kepala Perangkat Daerah\n2. Para Camat\nse-Kabupaten Ngada", "align": "left"},
        "Menindaklanjuti penetapan pasangan calon Bupati dan Wakil Bupati Ngada oleh KPU Kabupaten tanggal 22 September 2024, dan surat imbauan Bawaslu Kabupaten Ngada, disampaikan hal-hal sebagai berikut:",
        {"p": "Baliho, spanduk dan papan informasi di halaman kantor pemerintah yang memuat gambar Bupati bersama tulisan “Lanjutkan Dua Periode - Bersama Pak Yakobus” atau kalimat sejenis agar diturunkan paling lambat {del:30 September 2024}{ins:25 September 2024}.", "num": 0},
        {"p": "Papan kegiatan proyek yang memuat foto Bupati dan Wakil Bupati diganti dengan papan yang hanya memuat informasi proyek sesuai ketentuan.", "num": 0, "cont": True},
        {"p": "Hal yang sama berlaku bagi gambar atau atribut seluruh pasangan calon; tidak ada pengecualian bagi pasangan mana pun.", "num": 0, "cont": True},
        {"p": "Pelaksanaan dilaporkan kepada Bagian Umum disertai foto sebelum dan sesudah penurunan.", "num": 0, "cont": True},
        *ttd("Sekretaris Daerah,", "", "", "Drs. Theodorus Dopo Meo, M.Si."),
     ]})

# C07 NPHD hibah dukungan to KPU Provinsi
add(False, [], [14],
    "Nota dinas BPKAD tentang pencairan hibah 'dukungan' anggaran penyelenggaraan Pilkada Gubernur kepada KPU Provinsi sesuai NPHD; kata dukungan dan pasangan calon dalam konteks penyelenggara.",
    {"kop": kop("body", "PEMERINTAH PROVINSI PAPUA SELATAN", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "Jalan Brawijaya, Merauke 99611"),
     "meta": meta("Bidang Anggaran", "2024-06-11T08:00:00Z"),
     "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 900.1.3/207/BPKAD/2024", "align": "center", "after": 200},
        {"p": "Kepada\t: Yth. Sekretaris Daerah\nDari\t: Kepala BPKAD\nHal\t: Pencairan Tahap II Hibah Dukungan Penyelenggaraan Pemilihan Gubernur dan Wakil Gubernur", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400, "align": "left"},
        "Berdasarkan Naskah Perjanjian Hibah Daerah (NPHD) antara Pemerintah Provinsi Papua Selatan dan KPU Provinsi Papua Selatan tanggal 10 November 2023, total hibah dukungan penyelenggaraan Pemilihan Gubernur dan Wakil Gubernur Tahun 2024 sebesar Rp210.000.000.000, dengan rincian pencairan:",
        {"table": [["Tahap", "Persentase", "Nilai (Rp)", "Status"], ["I", "40%", "84.000.000.000", "Sudah cair (Desember 2023)"], ["II", "60%", "126.000.000.000", "Diusulkan Juni 2024"]], "widths": [1300, 1700, 3000, 3000], "header_row": True},
        "KPU Provinsi telah menyampaikan laporan penggunaan tahap I dan rencana kebutuhan tahap II untuk pencalonan, kampanye yang difasilitasi KPU (debat publik pasangan calon, alat peraga kampanye dan bahan kampanye), pemungutan dan penghitungan suara.",
        "Hibah yang sama untuk Bawaslu Provinsi dan dukungan pengamanan Polda diproses melalui nota dinas tersendiri. Mohon arahan Bapak untuk penerbitan SP2D.",
        *ttd("Kepala BPKAD,", "", "", "Drs. Martinus Kandam, M.Si."),
     ]})

# C08 Hibah to Bawaslu Kabupaten, libreoffice
add(False, [], [14],
    "Surat Bupati kepada Bawaslu kabupaten tentang penandatanganan NPHD dukungan anggaran pengawasan Pilkada; hibah ke penyelenggara.",
    {"engine": "libreoffice",
     "kop": kop("header", "BUPATI SUMBA TIMUR", "", "Jalan Adam Malik No. 1, Waingapu 87112"),
     "meta": meta("Bag. Pemerintahan", "2023-11-06T08:00:00Z"),
     "body": [
        {"p": "Waingapu, 6 November 2023", "align": "right"},
        *hdr("900/1176/Pem/2023", "Penting", "1 (satu) berkas", "Penandatanganan NPHD Dukungan Anggaran Pengawasan Pemilihan 2024"),
        {"p": "Yth. Ketua Bawaslu Kabupaten Sumba Timur\ndi Waingapu", "align": "left"},
        "Menindaklanjuti surat Saudara Nomor 044/KU.01/K.NT-06/10/2023 dan hasil pembahasan bersama Tim Anggaran Pemerintah Daerah, dengan hormat kami sampaikan bahwa Pemerintah Kabupaten Sumba Timur memberikan dukungan anggaran hibah untuk pengawasan Pemilihan Bupati dan Wakil Bupati Tahun 2024 sebesar Rp11.750.000.000 (sebelas miliar tujuh ratus lima puluh juta rupiah).",
        "Penandatanganan Naskah Perjanjian Hibah Daerah dijadwalkan pada Jumat, 10 November 2023 di Ruang Rapat Bupati. Pencairan dilakukan dalam dua tahap sesuai ketentuan Peraturan Menteri Dalam Negeri tentang hibah pemilihan.",
        "Kami berharap pengawasan seluruh tahapan, termasuk kampanye seluruh pasangan calon, berjalan dengan baik dan berintegritas.",
        *ttd("BUPATI SUMBA TIMUR,", "", "", "Ir. Umbu Ndapa Hunggu, M.T."),
     ]})

# C09 Equal-treatment debate logistics (Kesbangpol/Kominfo support to KPU)
add(False, [], [14],
    "Notulen rapat teknis fasilitasi debat publik KPU: kursi, waktu, pendukung dan akses sama untuk ketiga pasangan; Pemda hanya menyediakan gedung atas permintaan KPU.",
    {"kop": kop("header", "PEMERINTAH KOTA SORONG", "BADAN KESATUAN BANGSA DAN POLITIK", "Jalan Basuki Rahmat Km. 8, Sorong"),
     "meta": meta("Kesbangpol", "2024-10-30T08:00:00Z"),
     "body": [
        {"p": "NOTULEN RAPAT TEKNIS FASILITASI DEBAT PUBLIK PASANGAN CALON WALI KOTA DAN WAKIL WALI KOTA SORONG", "align": "center", "bold": True},
        {"p": "Rabu, 30 Oktober 2024 | Ruang Rapat Kesbangpol | Dipimpin Kepala Badan", "align": "center", "size": 20},
        "Hadir: Ketua dan anggota KPU Kota Sorong, Bawaslu Kota Sorong, Polresta Sorong Kota, Dinas Kominfo, Satpol PP, penghubung tim kampanye pasangan nomor urut 1, 2 dan 3.",
        {"p": "Hasil rapat:", "bold": True},
        {"p": "Debat publik kedua diselenggarakan KPU pada 9 November 2024 di Gedung Lambert Jitmau atas permohonan pinjam pakai KPU; Pemerintah Kota hanya menyediakan gedung, listrik dan kebersihan sesuai permohonan tersebut.", "num": 0},
        {"p": "Setiap pasangan calon mendapat kuota pendukung yang sama, 150 orang, dengan pintu masuk dan tribun terpisah yang ditentukan melalui undian oleh KPU.", "num": 0, "cont": True},
        {"p": "Durasi bicara, urutan tampil dan posisi podium ditentukan KPU dengan undian di hadapan penghubung ketiga pasangan.", "num": 0, "cont": True},
        {"p": "Dinas Kominfo hanya menyiarkan sinyal siaran resmi KPU tanpa komentar dan tanpa potongan khusus pasangan mana pun.", "num": 0, "cont": True},
        {"p": "ASN Pemkot yang bertugas hanya petugas teknis gedung dan Satpol PP pengamanan, berseragam dinas, dilarang mengenakan atau membawa atribut pasangan calon mana pun.", "num": 0, "cont": True},
        *ttd("Notulis,", "", "", "Fransina Kambu, S.Sos."),
     ]})

# C10 polling-day leave & use right to vote
add(False, [], [14],
    "Pengumuman libur nasional hari pemungutan suara 14 Februari 2024 dan ajakan menggunakan hak pilih di TPS masing-masing; logistik pemilu.",
    {"kop": kop("table", "KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA", "KANTOR WILAYAH NUSA TENGGARA BARAT", "Jalan Majapahit No. 44, Mataram", logo="KEMENKUMHAM"),
     "meta": meta("Bagian Umum Kanwil", "2024-02-09T08:00:00Z"),
     "body": [
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: W.21-UM.01.01-218", "align": "center", "after": 200},
        "Berdasarkan Keputusan Presiden Nomor 10 Tahun 2024 tentang Hari Pemungutan Suara Pemilihan Umum Tahun 2024 sebagai Hari Libur Nasional, diumumkan kepada seluruh pegawai Kantor Wilayah dan UPT di lingkungan Kantor Wilayah Nusa Tenggara Barat:",
        {"p": "Rabu, 14 Februari 2024 adalah hari libur nasional. Layanan kantor ditutup, kecuali layanan pada Lapas, Rutan dan LPKA yang tetap berjalan dengan pengaturan regu jaga.", "num": 0},
        {"p": "Pegawai diimbau menggunakan hak pilihnya di TPS sesuai DPT. Pegawai yang sedang dinas luar dan sudah mengurus pindah memilih (formulir A) menggunakan hak pilih di TPS tujuan.", "num": 0, "cont": True},
        {"p": "Petugas regu jaga Lapas/Rutan diberi kesempatan bergantian ke TPS; Kepala UPT mengatur jadwalnya agar tidak ada petugas yang kehilangan hak pilih.", "num": 0, "cont": True},
        {"p": "Pegawai tetap menjaga netralitas dan tidak mengunggah foto surat suara yang telah dicoblos.", "num": 0, "cont": True},
        *ttd("Mataram, 9 Februari 2024", "Kepala Kantor Wilayah,", "", "", "Drs. Hendra Wisnu Nugroho, S.H., M.H."),
     ]})

# C11 ASN appointed KPPS - dispensation
add(False, [], [14],
    "Surat izin dispensasi bagi pegawai RSUD yang ditetapkan sebagai anggota KPPS/PPS; tugas penyelenggara, bukan partisan.",
    {"kop": kop("header", "PEMERINTAH KABUPATEN FAKFAK", "RUMAH SAKIT UMUM DAERAH FAKFAK", "Jalan Salasa Namudat, Fakfak 98611"),
     "meta": meta("Kepegawaian RSUD", "2024-11-18T08:00:00Z"),
     "body": [
        {"p": "Fakfak, 18 November 2024", "align": "right"},
        *hdr("800/611/RSUD/2024", "Biasa", "1 (satu) lembar", "Dispensasi Pegawai yang Bertugas sebagai KPPS dan PPS"),
        {"p": "Yth. Kepala Bidang Pelayanan, Kepala Bidang Keperawatan dan Kepala Bagian Umum", "align": "left"},
        "Berdasarkan Surat Keputusan PPS dan PPK yang disampaikan pegawai, terdapat 9 (sembilan) pegawai RSUD yang ditetapkan sebagai anggota KPPS, PPS dan petugas ketertiban TPS pada Pemilihan Bupati dan Wakil Bupati Fakfak dan Pemilihan Gubernur Papua Barat tanggal 27 November 2024 (daftar terlampir).",
        "Kepada pegawai tersebut diberikan dispensasi pada 26 November 2024 (persiapan TPS) dan 28 November 2024 (setelah penghitungan suara). Kepala ruangan agar menyesuaikan jadwal dinas dan menugaskan pengganti, khususnya di IGD dan ruang bersalin.",
        "{ins:Pegawai yang bertugas sebagai KPPS tetap wajib bersikap netral, melayani semua pemilih dan saksi pasangan calon secara sama, dan melaksanakan tugas sesuai bimbingan teknis KPU.}",
        *ttd("Direktur,", "", "", "dr. Abdul Rahman Hindom, Sp.PD."),
     ]})

# C12 sitting governor inaugurates RSUD wing; protocol
add(False, [], [14],
    "Rundown peresmian gedung rawat inap oleh Gubernur yang sedang menjabat di luar masa kampanye; tidak ada atribut, ajakan atau muatan kampanye. Tindakan jabatan resmi.",
    {"kop": kop("table", "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "RUMAH SAKIT UMUM DAERAH DR. HERMAN Z. FANGGIDAE", "Jalan Dr. Moch. Hatta No. 19, Kupang", logo="NTT"),
     "meta": meta("Humas RSUD", "2024-05-27T08:00:00Z"),
     "body": [
        {"p": "SUSUNAN ACARA", "align": "center", "bold": True, "after": 0},
        {"p": "Peresmian Gedung Rawat Inap Kelas Rawat Inap Standar (KRIS) oleh Gubernur Nusa Tenggara Timur", "align": "center", "after": 0},
        {"p": "Senin, 3 Juni 2024, pukul 09.00 WITA, Halaman Gedung KRIS", "align": "center", "after": 200},
        {"table": [["Waktu", "Acara", "Petugas"], ["08.30", "Kedatangan undangan", "Protokol RSUD"], ["09.00", "Kedatangan Gubernur NTT, pengalungan selendang tenun", "Direktur, Ketua Komite Medik"], ["09.10", "Menyanyikan Indonesia Raya; doa", "Rohaniwan RSUD"], ["09.20", "Laporan Direktur RSUD", "Direktur"], ["09.35", "Sambutan Gubernur NTT", "-"], ["09.55", "Penandatanganan prasasti dan pengguntingan pita", "Gubernur, didampingi Kadis Kesehatan"], ["10.05", "Peninjauan ruang rawat inap", "Kabid Pelayanan"], ["10.30", "Ramah tamah di Aula RSUD; selesai", "Bagian Umum"]], "widths": [1200, 5200, 2600], "header_row": True},
        {"p": "Catatan protokol: undangan berpakaian batik/tenun daerah; spanduk hanya bertuliskan nama kegiatan dan logo Pemerintah Provinsi; dokumentasi diunggah akun resmi RSUD dengan keterangan kegiatan peresmian.", "size": 20},
     ]})

# C13 health kampanye cuci tangan, Puskesmas
add(False, [], [14],
    "Kampanye Cuci Tangan Pakai Sabun oleh Puskesmas: kata kampanye, 'sukseskan', 'posko' dan 'deklarasi' dalam konteks kesehatan; umpan.",
    {"meta": meta("Promkes", "2024-10-08T08:00:00Z"),
     "body": [
        {"p": "UPT PUSKESMAS WAIRASA - KABUPATEN SUMBA TENGAH", "align": "center", "bold": True, "after": 0},
        {"p": "Jalan Poros Waibakul - Anakalang", "align": "center", "size": 20, "border_bottom": True},
        {"p": "PEMBERITAHUAN", "align": "center", "bold": True, "before": 200},
        "Dalam rangka Hari Cuci Tangan Pakai Sabun Sedunia 15 Oktober 2024, Puskesmas Wairasa menggelar Kampanye Cuci Tangan Pakai Sabun di 6 sekolah dasar wilayah kerja. Mari sukseskan kampanye ini bersama guru dan orang tua.",
        {"table": [["Tanggal", "Sekolah", "Petugas"], ["14 Okt", "SDN Wairasa, SDI Lenang", "Promkes, Kesling"], ["15 Okt", "SDN Umbu Riri, SDM Wangga", "Promkes, Gizi"], ["16 Okt", "SDN Praimadita, SDK Anakalang", "Kesling, UKS"]], "widths": [1500, 4500, 3000], "header_row": True},
        "Setiap sekolah diminta menyediakan posko cuci tangan sederhana (ember keran dan sabun) di depan kelas. Acara ditutup dengan deklarasi siswa “Tangan Bersih, Sehat Selalu” yang dipimpin ketua OSIS/ketua kelas.",
        {"p": "Kepala UPT Puskesmas Wairasa,\n\n\nRambu Ana Lomi, S.ST.", "align": "left", "indent": 5200},
     ]})

# C14 anti-drug kampanye + deklarasi at school
add(False, [], [14],
    "BNN Kabupaten: kampanye dan deklarasi 'Sekolah Bersih Narkoba', kaos kampanye dan tagar #SikkaBersinar; umpan kampanye/deklarasi/tagar non-politik.",
    {"kop": kop("header", "BADAN NARKOTIKA NASIONAL KABUPATEN SIKKA", "", "Jalan Gajah Mada, Maumere 86112"),
     "meta": meta("Seksi P2M", "2024-06-10T08:00:00Z"),
     "body": [
        {"p": "Maumere, 10 Juni 2024", "align": "right"},
        *hdr("B/214/VI/Ka/PM.00/2024/BNNK-Sikka", "Biasa", "Jadwal", "Kampanye dan Deklarasi Sekolah Bersih Narkoba"),
        {"p": "Yth. Kepala SMA/SMK Negeri dan Swasta se-Kabupaten Sikka", "align": "left"},
        "Memperingati Hari Anti Narkotika Internasional (HANI) 26 Juni 2024, BNN Kabupaten Sikka menyelenggarakan kampanye “Stop Narkoba, Selamatkan Generasi Nian Tana” di sekolah-sekolah dan deklarasi Sekolah Bersih Narkoba (Bersinar).",
        "Kami mohon setiap sekolah menghadirkan 100 siswa dan 10 guru. Panitia menyediakan kaos kampanye HANI, brosur, dan spanduk deklarasi untuk ditandatangani siswa. Siswa juga diajak mengunggah foto kegiatan dengan tagar #SikkaBersinar dan #HANI2024 serta mengikuti akun Instagram @bnnk.sikka.",
        "Jadwal per sekolah dan nama penyuluh terlampir.",
        *ttd("Kepala BNN Kabupaten Sikka,", "", "", "AKBP Stefanus Nong Wini, S.H."),
     ]})

# C15 deklarasi stop BABS kelurahan
add(False, [], [14],
    "Undangan lurah untuk Deklarasi Kelurahan Stop Buang Air Besar Sembarangan (ODF) bersama Puskesmas; 'deklarasi', 'menang' lomba sanitasi; umpan.",
    {"kop": kop("body", "PEMERINTAH KABUPATEN ROTE NDAO", "KELURAHAN METINA", "Kecamatan Lobalain"),
     "meta": meta("Kelurahan Metina", "2024-08-12T08:00:00Z"),
     "body": [
        {"p": "Metina, 12 Agustus 2024", "align": "right"},
        *hdr("005/71/KLM/VIII/2024", "Biasa", "-", "Undangan Deklarasi Kelurahan ODF"),
        {"p": "Yth. Ketua RT/RW, tokoh agama, tokoh adat, ketua PKK dan kader posyandu se-Kelurahan Metina", "align": "left"},
        "Puji Tuhan, hasil verifikasi Dinas Kesehatan menyatakan seluruh rumah tangga di Kelurahan Metina telah memiliki akses jamban sehat. Untuk itu kami mengundang Bapak/Ibu menghadiri Deklarasi Kelurahan Metina Stop Buang Air Besar Sembarangan (Open Defecation Free) pada Kamis, 22 Agustus 2024 pukul 09.00 WITA di halaman Kantor Lurah.",
        "Deklarasi akan disaksikan Camat Lobalain dan Kepala Puskesmas Baa. Kelurahan Metina juga diusulkan mengikuti lomba kelurahan sehat tingkat kabupaten; mari kita menangkan lomba tersebut dengan menjaga jamban dan lingkungan tetap bersih.",
        *ttd("Lurah Metina,", "", "", "Yunus Ndun, S.Sos."),
     ]})

# C16 calon peserta diklat / calon penerima beasiswa
add(False, [], [14],
    "Pengumuman calon peserta pelatihan kepemimpinan dan calon penerima tugas belajar; kata calon, pilih, dan 'nomor urut' dalam konteks seleksi pegawai; umpan.",
    {"kop": kop("table", "PEMERINTAH KABUPATEN ALOR", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jalan Diponegoro, Kalabahi 85811", logo="ALOR"),
     "meta": meta("BKPSDM", "2024-03-04T08:00:00Z"),
     "body": [
        {"p": "PENGUMUMAN\nNomor: 800.2.3/104/BKPSDM/2024\nTENTANG\nCALON PESERTA PELATIHAN KEPEMIMPINAN PENGAWAS (PKP) ANGKATAN II TAHUN 2024", "align": "center", "bold": True},
        "Berdasarkan hasil seleksi administrasi dan uji kompetensi, berikut nama-nama calon peserta PKP Angkatan II yang dinyatakan memenuhi syarat:",
        {"table": [["No urut", "Nama", "Jabatan", "Unit kerja"], ["1", "Adriana Maure, S.E.", "Kasubbag Keuangan", "Dinas Kesehatan"], ["2", "Markus Lakapu, S.T.", "Kasi Jalan", "Dinas PUPR"], ["3", "Hasan Blegur, S.Pd.", "Kasi Kurikulum SMP", "Dinas Pendidikan"], ["4", "Yosefina Lopis, S.IP.", "Kasi Pemerintahan", "Kecamatan Teluk Mutiara"]], "widths": [1000, 2800, 2600, 2600], "header_row": True},
        "Calon peserta wajib memilih salah satu jadwal pembekalan (12 atau 14 Maret 2024) melalui formulir daring dan menyerahkan surat izin atasan. Pengumuman calon penerima tugas belajar S-2 tahun 2024 akan disampaikan terpisah.",
        *ttd("Kalabahi, 4 Maret 2024", "Kepala BKPSDM,", "", "", "Drs. Imanuel Kameng"),
     ]})

# C17 relawan bencana, banjir bandang
add(False, [], [14],
    "Ajakan BPBD menjadi relawan bencana banjir bandang dan posko pengungsian; 'relawan', 'posko', 'dukungan logistik' dalam konteks bencana; umpan.",
    {"meta": meta("Pusdalops", "2024-04-05T08:00:00Z"),
     "body": [
        {"p": "BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN FLORES TIMUR", "align": "center", "bold": True, "after": 0},
        {"p": "PUSAT PENGENDALIAN OPERASI (PUSDALOPS)", "align": "center", "after": 0, "border_bottom": True},
        {"p": "SIARAN INFORMASI NO. 07/PUSDALOPS/IV/2024", "align": "center", "bold": True, "before": 200},
        "Pascabanjir bandang di Desa Nelelamadike dan sekitarnya, Kecamatan Ile Boleng, Posko Utama Tanggap Darurat membuka pendaftaran relawan untuk dapur umum, trauma healing anak, pendataan pengungsi dan distribusi logistik.",
        {"p": "Relawan mendaftar di posko utama Kantor Camat Ile Boleng atau melalui koordinator Tagana, dengan membawa KTP dan surat keterangan sehat.", "num": 0},
        {"p": "ASN yang ingin menjadi relawan agar mendapat izin tertulis dari kepala perangkat daerah; kehadiran di posko dapat diperhitungkan sebagai penugasan.", "num": 0, "cont": True},
        {"p": "Dukungan logistik (beras, air mineral, selimut, pembalut, susu balita) diterima di gudang BPBD Larantuka setiap hari pukul 08.00-20.00 WITA.", "num": 0, "cont": True},
        "Informasi lebih lanjut: Pusdalops BPBD Flores Timur, telepon (0383) 21xxx.",
     ]})

# C18 tim sukses akreditasi puskesmas
add(False, [], [14],
    "SK pembentukan 'Tim Sukses Akreditasi' dan target 'menang' paripurna untuk puskesmas; tim sukses program, umpan.",
    {"kop": kop("header", "PEMERINTAH KOTA DENPASAR", "UPT PUSKESMAS II DENPASAR SELATAN", "Jalan Danau Buyan, Sanur"),
     "meta": meta("Mutu Puskesmas", "2024-04-22T08:00:00Z"),
     "body": [
        {"p": "KEPUTUSAN KEPALA UPT PUSKESMAS II DENPASAR SELATAN\nNOMOR 445/117/PKM-IIDS/2024\nTENTANG\nTIM SUKSES AKREDITASI PUSKESMAS TAHUN 2024", "align": "center", "bold": True},
        {"p": "Menimbang\t: bahwa untuk mempersiapkan survei akreditasi puskesmas oleh lembaga penyelenggara akreditasi pada bulan Agustus 2024, perlu membentuk tim yang bertugas mengawal pemenuhan standar;", "tabs": [[1800, "left"]], "hanging": 1800, "indent": 1800},
        {"p": "MEMUTUSKAN", "align": "center", "bold": True},
        {"p": "KESATU\t: Membentuk Tim Sukses Akreditasi Puskesmas dengan susunan sebagaimana tercantum dalam Lampiran.\nKEDUA\t: Tim bertugas menyusun dokumen, melakukan telusur internal, dan memastikan Puskesmas memenangkan predikat Paripurna.\nKETIGA\t: Biaya kegiatan dibebankan pada dana BLUD Puskesmas.", "tabs": [[1800, "left"]], "hanging": 1800, "indent": 1800},
        *ttd("Ditetapkan di Denpasar", "pada tanggal 22 April 2024", "Kepala UPT,", "", "", "dr. Ni Putu Eka Widiantari"),
     ]})

# C19 dukungan for sports team at Porprov
add(False, [], [14],
    "Surat dukungan Dispora untuk kontingen Porprov: 'dukung', 'menangkan', nonton bareng final sepak takraw; olahraga, umpan.",
    {"kop": kop("body", "PEMERINTAH KABUPATEN BIMA", "DINAS PEMUDA DAN OLAHRAGA", "Jalan Soekarno-Hatta, Woha"),
     "meta": meta("Dispora", "2023-09-05T08:00:00Z"),
     "body": [
        {"p": "Woha, 5 September 2023", "align": "right"},
        *hdr("426/390/Dispora/2023", "Biasa", "-", "Dukungan terhadap Kontingen Porprov NTB XI"),
        {"p": "Yth. Para Kepala Perangkat Daerah dan Camat se-Kabupaten Bima", "align": "left"},
        "Kontingen Kabupaten Bima akan bertanding pada Pekan Olahraga Provinsi NTB XI. Final sepak takraw putra, cabang andalan kita, dijadwalkan Sabtu 16 September 2023.",
        "Kami mengajak Bapak/Ibu memberikan dukungan moril kepada atlet, antara lain melalui nonton bareng di kantor masing-masing di luar jam kerja, ucapan semangat di media sosial dengan tagar #BimaJuara, serta doa bersama. Mari kita menangkan medali emas untuk Dou Mbojo!",
        *ttd("Kepala Dinas,", "", "", "Drs. H. Muhammad Saleh Ahmad"),
     ]})

# C20 pilih salah satu jadwal vaksinasi
add(False, [], [14],
    "Pemberitahuan memilih salah satu jadwal vaksinasi HPV; 'pilih' dan 'nomor' tak bermuatan politik; umpan.",
    {"meta": meta("Dinkes", "2024-08-01T08:00:00Z"),
     "body": [
        {"p": "PEMBERITAHUAN KEPADA ORANG TUA/WALI SISWA KELAS 5 DAN 6", "align": "center", "bold": True},
        {"p": "SD Inpres Oebufu, Kota Kupang", "align": "center", "after": 200},
        "Bapak/Ibu yang terkasih, dalam rangka Bulan Imunisasi Anak Sekolah (BIAS), Puskesmas Oebobo akan memberikan imunisasi HPV bagi siswi kelas 5 dan 6. Silakan pilih salah satu jadwal di bawah ini dengan mencentang dan mengembalikan lembar ini kepada wali kelas:",
        {"table": [["Pilihan", "Hari/tanggal", "Jam"], ["[ ] Nomor 1", "Selasa, 13 Agustus 2024", "08.00-10.00 WITA"], ["[ ] Nomor 2", "Kamis, 15 Agustus 2024", "08.00-10.00 WITA"]], "widths": [2500, 4000, 2500], "header_row": True},
        "Siswi sebaiknya sarapan terlebih dahulu. Terima kasih atas dukungan Bapak/Ibu.",
        {"p": "Kepala Sekolah,\n\n\nMaria Fatima Tunti, S.Pd.", "align": "left", "indent": 5200},
     ]})

# C21 partai = consignment (rumput laut)
add(False, [], [14],
    "Berita acara serah terima 'partai' bibit rumput laut (satu partai = satu kiriman) di Balai Karantina; 'partai' bermakna muatan barang; umpan.",
    {"kop": kop("table", "BADAN KARANTINA INDONESIA", "BALAI KARANTINA HEWAN, IKAN DAN TUMBUHAN NUSA TENGGARA TIMUR", "Jalan Siliwangi, Kupang", logo="BARANTIN"),
     "meta": meta("Karantina", "2024-07-15T08:00:00Z"),
     "body": [
        {"p": "BERITA ACARA PEMERIKSAAN DAN PELEPASAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: BA-0712/KI.15/VII/2024", "align": "center", "after": 200},
        "Pada hari ini Senin, 15 Juli 2024, petugas karantina telah melakukan pemeriksaan terhadap media pembawa berupa bibit rumput laut %%Kappaphycus alvarezii%% dengan rincian sebagai berikut:",
        {"table": [["Partai", "Asal", "Tujuan", "Berat", "Hasil"], ["Partai I", "Tablolong, Kupang Barat", "Pelabuhan Bima", "4.200 kg", "Bebas OPTK, dilepas"], ["Partai II", "Semau", "Pelabuhan Bima", "3.850 kg", "Bebas OPTK, dilepas"], ["Partai III", "Rote", "Pelabuhan Bima", "2.100 kg", "Ditahan, dokumen kurang"]], "widths": [1300, 2300, 1900, 1500, 2000], "header_row": True},
        "Partai III ditahan sampai pemilik melengkapi surat keterangan asal dari dinas setempat. Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.",
        *ttd("Pejabat Karantina,", "", "", "drh. Gregorius Ratu Ama"),
     ]})

# C22 lomba desa, menang
add(False, [], [14],
    "Surat camat tentang persiapan lomba desa: 'menangkan', 'dukungan', 'tim'; umpan lomba.",
    {"kop": kop("header", "PEMERINTAH KABUPATEN BANGLI", "KECAMATAN KINTAMANI", "Jalan Raya Kintamani, Bangli"),
     "meta": meta("Camat", "2024-05-13T08:00:00Z"),
     "body": [
        {"p": "Kintamani, 13 Mei 2024", "align": "right"},
        *hdr("414/216/Kec.Ktm", "Penting", "-", "Persiapan Lomba Desa Tingkat Provinsi"),
        {"p": "Yth. Perbekel Desa Pinggan\ndi Tempat", "align": "left"},
        "Om Swastyastu. Desa Pinggan ditetapkan mewakili Kabupaten Bangli dalam Lomba Desa dan Kelurahan Tingkat Provinsi Bali Tahun 2024. Tim penilai provinsi akan hadir pada 4 Juni 2024.",
        "Kami mohon perbekel membentuk tim persiapan yang melibatkan PKK, LPM, sekaa teruna dan kelian banjar, merapikan administrasi desa, dan menyiapkan paparan inovasi desa. Kecamatan akan memberikan dukungan pendampingan setiap Selasa dan Jumat. Mari kita menangkan lomba ini untuk nama baik Bangli.",
        "Om Santih, Santih, Santih, Om.",
        *ttd("Camat Kintamani,", "", "", "I Nyoman Gde Suryawan, S.STP., M.Si."),
     ]})

# C23 non-political social media share for festival
add(False, [], [14],
    "Permintaan Dinas Pariwisata agar pegawai menyukai dan membagikan unggahan festival budaya dan memakai twibbon festival; media sosial non-politik.",
    {"kop": kop("body", "PEMERINTAH PROVINSI MALUKU UTARA", "DINAS PARIWISATA", "Sofifi, Kota Tidore Kepulauan"),
     "meta": meta("Bidang Pemasaran", "2024-04-02T08:00:00Z"),
     "body": [
        {"p": "Sofifi, 2 April 2024", "align": "right"},
        *hdr("556/182/Dispar-MU/2024", "Biasa", "Tautan twibbon", "Promosi Festival Legu Gam dan Festival Teluk Jailolo"),
        {"p": "Yth. Pimpinan Perangkat Daerah Provinsi Maluku Utara", "align": "left"},
        "Untuk mendukung promosi kalender event pariwisata Maluku Utara 2024, kami mohon bantuan Bapak/Ibu agar pegawai di lingkungan masing-masing:",
        {"p": "menyukai, mengomentari dan membagikan unggahan akun Instagram {link:https://www.instagram.com/wonderfulmalut|@wonderfulmalut} dan @dispar.malut tentang festival;", "num": 0},
        {"p": "memasang twibbon resmi festival pada foto profil selama bulan April; dan", "num": 0, "cont": True},
        {"p": "menggunakan tagar #FestivalTelukJailolo2024 dan #PesonaMalut pada unggahan pribadi tentang festival.", "num": 0, "cont": True},
        "Atas dukungan Bapak/Ibu kami sampaikan terima kasih.",
        *ttd("Kepala Dinas,", "", "", "Dr. Nurhasanah Djae, M.Si."),
     ]})

# C24 PTN neutrality circular quoting prohibitions incl social media
add(False, [], [14],
    "Edaran Rektor PTN tentang netralitas dosen/tendik ASN dan larangan kampanye di kampus, mengutip rinci larangan (like, share, twibbon, tim kampanye, fasilitas kampus).",
    {"kop": kop("header", "KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI", "UNIVERSITAS NEGERI NUSA LONTAR", "Jalan Adi Sucipto, Penfui, Kupang"),
     "meta": meta("Rektorat", "2023-11-27T08:00:00Z"),
     "body": [
        {"p": "SURAT EDARAN REKTOR\nNOMOR 41/UN.NL/SE/2023\nTENTANG\nNETRALITAS SIVITAS AKADEMIKA BERSTATUS ASN PADA PEMILIHAN UMUM TAHUN 2024", "align": "center", "bold": True},
        "Sehubungan dengan dimulainya masa kampanye Pemilihan Umum Presiden dan Wakil Presiden, DPR, DPD dan DPRD pada 28 November 2023, seluruh dosen dan tenaga kependidikan berstatus ASN di lingkungan universitas diingatkan untuk menjaga netralitas dengan tidak:",
        {"p": "menjadi anggota tim kampanye, tim sukses, relawan, juru kampanye, tim pakar atau penyusun visi-misi peserta Pemilu;", "num": 0},
        {"p": "menghadiri kampanye, deklarasi dukungan, ramah tamah, silaturahmi atau acara serupa yang diselenggarakan peserta Pemilu atau tim kampanyenya;", "num": 0, "cont": True},
        {"p": "membuat unggahan, memberi tanda suka, berkomentar, membagikan, atau mengikuti akun kampanye capres-cawapres, caleg dan partai politik, termasuk memasang twibbon dan tagar kampanye;", "num": 0, "cont": True},
        {"p": "mengizinkan penggunaan gedung, auditorium, kendaraan, akun resmi, laboratorium, maupun forum perkuliahan untuk kampanye;", "num": 0, "cont": True},
        {"p": "mengarahkan mahasiswa untuk memilih peserta Pemilu tertentu.", "num": 0, "cont": True},
        "Kegiatan akademik tentang kepemiluan (seminar pemilih pemula, kajian kebijakan) tetap dapat dilaksanakan dengan menghadirkan seluruh peserta secara berimbang atau tanpa menghadirkan peserta Pemilu, setelah mendapat izin Wakil Rektor.",
        *ttd("Kupang, 27 November 2023", "Rektor,", "", "", "Prof. Dr. Yohanes Boli Kewuan, M.Si."),
     ]})

# C25 camat neutrality reminder, WA informal
add(False, [], [14, 11],
    "Pesan WA camat (bahasa Melayu Ambon) mengingatkan staf jangan ikut kampanye, jangan pasang stiker, jangan like/share paslon; informal tetapi pengingat netralitas.",
    {"meta": meta("Camat Leihitu", "2024-09-25T08:00:00Z"),
     "body": [
        {"p": "Salinan pesan grup “KEC. LEIHITU - INFO DINAS”, 25/09/2024", "italic": True, "align": "left"},
        {"p": "Camat Leihitu: Slamat sore basudara ASN kecamatan & kades/raja negeri. Mulai hari ini su masuk masa kampanye Pilkada. Beta ingatkan lai:\n1. Seng boleh iko kampanye paslon mana sa, biar cuma dudu di balakang.\n2. Seng boleh pasang stiker, bendera, baliho paslon di kantor, motor dinas, oto dinas.\n3. Seng boleh foto deng paslon pake jari 1/2/3.\n4. Seng boleh like, komen, share postingan paslon di FB/IG/TikTok. Grup WA tim paslon kalau ada, kaluar sa.\n5. Kantor seng boleh dipake par acara paslon.\nSapa yg langgar, beta lapor ke Bupati & BKPSDM. Tapi tgl 27 Nov samua wajib pi TPS e, gunakan hak pilih. Danke 🙏", "align": "left"},
     ]})

# C26 Forkopimda notulen, all pairs equal, "disepakati" neutral
add(False, [], [14],
    "Notulen rapat Forkopimda pengamanan Pilkada: 'disepakati' hal pengamanan dan jadwal kampanye dari KPU untuk semua pasangan, ASN dilarang hadir kampanye; keputusan netral.",
    {"kop": kop("table", "PEMERINTAH KABUPATEN MIMIKA", "SEKRETARIAT DAERAH", "Jalan Cenderawasih, Timika", logo="MIMIKA"),
     "meta": meta("Bag. Pemerintahan", "2024-09-19T08:00:00Z"),
     "body": [
        {"p": "NOTULEN RAPAT KOORDINASI FORKOPIMDA\nKESIAPAN PENGAMANAN TAHAPAN KAMPANYE PEMILIHAN 2024", "align": "center", "bold": True},
        "Kamis, 19 September 2024, Ruang Rapat Bupati. Dipimpin Penjabat Sekda; hadir Kapolres, Dandim, Ketua KPU, Ketua Bawaslu, Kaban Kesbangpol, Kasatpol PP.",
        {"p": "Paparan", "bold": True},
        "Ketua KPU memaparkan jadwal kampanye 25 September - 23 November 2024, zonasi rapat umum yang diundi untuk ketiga pasangan calon bupati dan keempat pasangan calon gubernur, serta lokasi yang dilarang untuk kampanye (kantor pemerintah, sekolah, rumah ibadah, fasilitas kesehatan).",
        {"p": "Kesepakatan rapat", "bold": True},
        {"p": "Disepakati pengamanan rapat umum diberikan dengan kekuatan yang sama bagi setiap pasangan calon sesuai zonasi KPU.", "num": 0},
        {"p": "Disepakati Satpol PP bersama Bawaslu menertibkan APK yang terpasang di kantor pemerintah dan fasilitas umum tanpa membedakan pasangan.", "num": 0, "cont": True},
        {"p": "Pemerintah daerah menerbitkan surat edaran larangan bagi ASN dan kepala kampung menghadiri kampanye, memakai atribut, atau menggunakan fasilitas dinas untuk pasangan mana pun.", "num": 0, "cont": True},
        {"p": "Rapat evaluasi dilaksanakan setiap dua minggu.", "num": 0, "cont": True},
        *ttd("Notulis,", "", "", "Elisabeth Beanal, S.Sos."),
     ]})

# C27 BKPSDM report to BKN quoting violation
add(False, [], [14],
    "Laporan BKPSDM kepada BKN tentang tindak lanjut rekomendasi netralitas, mengutip perbuatan pegawai (hadir kampanye akbar, kaos 'Lanjut Dua Periode'); laporan sanksi.",
    {"kop": kop("header", "PEMERINTAH KABUPATEN DOMPU", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jalan Syech Muhammad, Dompu 84211"),
     "meta": meta("Bid. Disiplin", "2024-12-16T08:00:00Z"),
     "body": [
        {"p": "Dompu, 16 Desember 2024", "align": "right"},
        *hdr("800.1.6/903/BKPSDM/2024", "Penting", "3 (tiga) berkas", "Laporan Tindak Lanjut Rekomendasi Pelanggaran Netralitas ASN"),
        {"p": "Yth. Kepala Kantor Regional X Badan Kepegawaian Negara\ndi Denpasar", "align": "left"},
        "Menindaklanjuti rekomendasi Badan Kepegawaian Negara atas penerusan Bawaslu Kabupaten Dompu, bersama ini kami laporkan tindak lanjut terhadap 3 (tiga) PNS sebagai berikut:",
        {"table": [["No", "Inisial/Jabatan", "Perbuatan sebagaimana rekomendasi", "Tindak lanjut"], ["1", "M.S., guru SMPN", "Hadir pada kampanye akbar pasangan calon nomor urut 1 di Lapangan Manggelewa, mengenakan kaos bertuliskan “Lanjut Dua Periode”", "Hukuman disiplin sedang, SK Bupati No. 800.1.6.4/211/2024"], ["2", "N.H., staf kecamatan", "Membagikan ulang unggahan akun pasangan calon nomor urut 2 dengan komentar “Pasti menang, satu putaran!”", "Hukuman disiplin ringan (teguran tertulis)"], ["3", "A.R., Kasi pada Dinas Pertanian", "Menjadi admin grup WhatsApp “Relawan Sahabat Kaharuddin”", "Hukuman disiplin sedang, SK Bupati No. 800.1.6.4/214/2024"]], "widths": [600, 2200, 3900, 2300], "header_row": True},
        "Salinan keputusan dan berita acara pemeriksaan terlampir.",
        *ttd("Kepala BKPSDM,", "", "", "H. Ahmad Yani Abdullah, S.Sos., M.M."),
     ]})

# C28 incumbent bupati takes cuti kampanye; Plh handover
add(False, [], [14],
    "Nota dinas Bagian Pemerintahan tentang cuti di luar tanggungan negara bupati petahana yang maju kembali sebagai calon dan penunjukan Pjs; administrasi, tanpa dukungan.",
    {"kop": kop("body", "PEMERINTAH KABUPATEN MANOKWARI SELATAN", "SEKRETARIAT DAERAH - BAGIAN PEMERINTAHAN", "Ransiki, Manokwari Selatan"),
     "meta": meta("Kabag Pem", "2024-09-20T08:00:00Z"),
     "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 100.2/288/Pem/2024", "align": "center", "after": 200},
        {"p": "Kepada\t: Yth. Sekretaris Daerah\nDari\t: Kepala Bagian Pemerintahan\nHal\t: Pelaksanaan Cuti Kampanye Bupati dan Penyerahan Tugas kepada Penjabat Sementara", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400, "align": "left"},
        "Sehubungan dengan penetapan Bupati dan Wakil Bupati sebagai pasangan calon pada Pemilihan Bupati dan Wakil Bupati Manokwari Selatan Tahun 2024, keduanya wajib menjalani cuti di luar tanggungan negara selama masa kampanye, 25 September - 23 November 2024.",
        "Sehubungan dengan itu kami mohon arahan untuk hal-hal berikut:",
        {"p": "Penyerahan kendaraan dinas jabatan, ajudan dan fasilitas rumah jabatan kepada Bagian Umum paling lambat 24 September 2024;", "num": 0},
        {"p": "Serah terima tugas kepada Penjabat Sementara Bupati yang ditunjuk Menteri Dalam Negeri melalui Gubernur Papua Barat;", "num": 0, "cont": True},
        {"p": "Penegasan kepada perangkat daerah bahwa selama cuti, Bupati dan Wakil Bupati tidak dijadwalkan dalam acara kedinasan dan tidak difasilitasi protokol, ajudan atau kendaraan dinas.", "num": 0, "cont": True},
        *ttd("Kepala Bagian Pemerintahan,", "", "", "Yustus Mandacan, S.IP., M.Si."),
     ]})

# C29 Dishub traffic management at KPU request for all rallies
add(False, [], [14],
    "Surat perintah Dishub: petugas pengatur lalu lintas di persimpangan saat rapat umum semua pasangan atas permintaan KPU/Polres; tugas pokok, dilarang ikut acara atau beratribut.",
    {"kop": kop("header", "PEMERINTAH KABUPATEN LOMBOK BARAT", "DINAS PERHUBUNGAN", "Jalan Soekarno-Hatta, Giri Menang, Gerung"),
     "meta": meta("Bid. Lalu Lintas", "2024-10-18T08:00:00Z"),
     "body": [
        {"p": "SURAT PERINTAH\nNomor: 800.1.11.1/512/Dishub/2024", "align": "center", "bold": True},
        {"p": "Dasar\t: 1. Surat KPU Kabupaten Lombok Barat Nomor 611/PL.02.4-SD/5201/2024 tentang jadwal rapat umum pasangan calon;\n2. Surat Kapolres Lombok Barat tentang permintaan dukungan personel pengaturan lalu lintas.", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400},
        {"p": "MEMERINTAHKAN", "align": "center", "bold": True},
        "Kepada 12 (dua belas) petugas LLAJ sebagaimana terlampir untuk melaksanakan pengaturan lalu lintas di simpang Gerung, simpang Kediri dan simpang Lembar pada setiap jadwal rapat umum pasangan calon yang ditetapkan KPU, yaitu 2, 9 dan 16 November 2024.",
        {"p": "Ketentuan\t: a. Petugas bertugas di titik persimpangan dan jalur pengalihan, tidak memasuki area acara;\nb. Berseragam dinas lengkap tanpa atribut pasangan calon mana pun;\nc. Tidak menerima pemberian apa pun dari tim kampanye;\nd. Perlakuan sama bagi arus kendaraan semua pasangan.", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400},
        *ttd("Gerung, 18 Oktober 2024", "Kepala Dinas Perhubungan,", "", "", "Lalu Ahmad Zaini, S.T., M.Eng."),
     ]})

# C30 RSUD medical check of calon gubernur (KPU designation)
add(False, [], [14],
    "RSUD ditunjuk KPU untuk pemeriksaan kesehatan bakal calon gubernur; nama calon disebut dalam jadwal pemeriksaan; tugas resmi, perlakuan sama.",
    {"kop": kop("table", "PEMERINTAH PROVINSI BALI", "RUMAH SAKIT UMUM DAERAH BALI MANDARA", "Jalan By Pass Ngurah Rai No. 548, Sanur", logo="BALI"),
     "meta": meta("Komite Medik", "2024-08-27T08:00:00Z"),
     "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 200},
        {"p": "Kepada\t: Ketua Tim Pemeriksa Kesehatan Pemilihan 2024\nDari\t: Direktur\nHal\t: Jadwal Pemeriksaan Kesehatan Bakal Pasangan Calon Gubernur dan Wakil Gubernur Bali", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400, "align": "left"},
        "Berdasarkan Keputusan KPU Provinsi Bali tentang penetapan rumah sakit pemeriksa kesehatan, RSUD ditunjuk melaksanakan pemeriksaan kesehatan jasmani, rohani dan bebas narkotika bagi bakal pasangan calon. Jadwal yang ditetapkan KPU:",
        {"table": [["Tanggal", "Bakal pasangan calon"], ["31 Agustus 2024", "I Gusti Ngurah Ardana Putra dan Dr. Ketut Sumarjaya"], ["1 September 2024", "Ir. Made Arimbawa dan Ni Kadek Sri Utami, S.H."]], "widths": [2600, 6400], "header_row": True},
        "Pemeriksaan dilakukan dengan protokol dan waktu yang sama untuk setiap bakal pasangan calon. Hasil bersifat rahasia dan hanya diserahkan kepada KPU Provinsi. Petugas dilarang berfoto bersama bakal calon atau mengunggah kegiatan pemeriksaan ke media sosial.",
        *ttd("Direktur,", "", "", "dr. I Ketut Suarjaya Putra, M.P.H."),
     ]})

# C31 university refuses campaign team request, quoting request
add(False, [], [14],
    "Surat Rektor menolak permohonan tim kampanye memakai auditorium untuk 'Dialog Kebangsaan bersama Capres'; mengutip permohonan; penolakan, patuh.",
    {"kop": kop("header", "KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI", "UNIVERSITAS NEGERI PAPUA TENGAH", "Jalan Poros Nabire - Topo, Nabire"),
     "meta": meta("Rektorat", "2024-01-08T08:00:00Z"),
     "body": [
        {"p": "Nabire, 8 Januari 2024", "align": "right"},
        *hdr("42/UN.PT/HK/2024", "Biasa", "-", "Jawaban atas Permohonan Penggunaan Auditorium"),
        {"p": "Yth. Koordinator Tim Kampanye Daerah Papua Tengah\nPasangan Calon Presiden dan Wakil Presiden Nomor Urut 3\ndi Nabire", "align": "left"},
        "Menanggapi surat Saudara tanggal 3 Januari 2024 perihal permohonan penggunaan Auditorium Kampus untuk kegiatan “Dialog Kebangsaan dan Deklarasi Dukungan Mahasiswa Papua Tengah bersama Capres Nomor Urut 3” pada 13 Januari 2024, dengan hormat kami sampaikan bahwa permohonan tersebut tidak dapat kami kabulkan.",
        "Fasilitas kampus tidak digunakan untuk kegiatan kampanye peserta Pemilu. Hal yang sama telah kami sampaikan kepada tim kampanye pasangan nomor urut 1 dan 2 yang mengajukan permohonan serupa.",
        *ttd("Rektor,", "", "", "Prof. Dr. Pieter Dogopia, M.Sc."),
        {"p": "Tembusan: Bawaslu Kabupaten Nabire.", "size": 18, "before": 200},
     ]})

# C32 BUMD bank: neutrality + no promo with candidates
add(False, [], [14],
    "Edaran direksi bank daerah (BUMD): larangan karyawan dan kantor cabang dipakai kampanye, larangan materi promosi bersama calon; mengutip contoh; pengingat.",
    {"kop": kop("body", "PT BANK PEMBANGUNAN DAERAH MALUKU DAN MALUKU UTARA (PERSERODA)", "KANTOR PUSAT", "Jalan Raya Pattimura No. 9, Ambon"),
     "meta": meta("Divisi SDM", "2024-09-24T08:00:00Z"),
     "body": [
        {"p": "SURAT EDARAN DIREKSI\nNomor: SE/089/DIR/IX/2024\nTentang\nSikap Perusahaan Selama Masa Kampanye Pilkada 2024", "align": "center", "bold": True},
        "Sebagai badan usaha milik daerah, perusahaan wajib bersikap netral terhadap seluruh pasangan calon. Kepada seluruh karyawan, pemimpin cabang dan pemimpin kantor kas ditegaskan:",
        {"p": "Kantor, ATM center, baliho promosi, seragam dan akun media sosial perusahaan tidak boleh memuat foto, nama, nomor urut, warna khas atau jargon pasangan calon mana pun (misalnya “Lanjutkan!”, “Satu Putaran”, atau salam jari).", "num": 0},
        {"p": "Perusahaan tidak memberikan sponsor, hadiah, atau program kredit khusus yang diumumkan bersama pasangan calon atau tim kampanye.", "num": 0, "cont": True},
        {"p": "Karyawan tidak diperkenankan menjadi anggota tim kampanye atau menghadiri kampanye dengan atribut perusahaan; pelanggaran diproses sesuai Peraturan Perusahaan.", "num": 0, "cont": True},
        {"p": "Permintaan penggunaan ruang pertemuan oleh tim kampanye ditolak secara sopan dan dilaporkan ke Divisi Sekretariat Perusahaan.", "num": 0, "cont": True},
        *ttd("Ambon, 24 September 2024", "Direktur Utama,", "", "", "Ir. Charles Pattikawa, M.M."),
     ]})

# C33 dinas reply to Bawaslu clarification quoting photo with candidate
add(False, [], [14],
    "Jawaban kepala dinas atas permintaan klarifikasi Bawaslu tentang foto pegawai bersama calon bupati; menjelaskan kronologi dan melampirkan data; dokumen klarifikasi.",
    {"kop": kop("header", "PEMERINTAH KABUPATEN SUMBAWA BARAT", "DINAS KESEHATAN", "Komplek KTC, Taliwang"),
     "meta": meta("Kadis", "2024-10-21T08:00:00Z"),
     "body": [
        {"p": "Taliwang, 21 Oktober 2024", "align": "right"},
        *hdr("440/1172/Dikes/2024", "Penting", "2 (dua) berkas", "Klarifikasi atas Dugaan Pelanggaran Netralitas"),
        {"p": "Yth. Ketua Bawaslu Kabupaten Sumbawa Barat\ndi Taliwang", "align": "left"},
        "Menindaklanjuti surat Saudara Nomor 201/PM.00.02/K.NB-07/10/2024 perihal permintaan klarifikasi atas foto yang beredar di media sosial, dengan ini kami sampaikan:",
        {"p": "Foto tiga bidan Puskesmas Seteluk bersama Sdr. H. Rusdiansyah Adi Putra (calon bupati nomor urut 2) diambil pada 14 Oktober 2024 di Posyandu Desa Rempe, saat yang bersangkutan datang tanpa undangan ketika pelayanan posyandu berlangsung.", "num": 0},
        {"p": "Dalam foto, salah satu bidan terlihat mengacungkan dua jari. Yang bersangkutan telah kami panggil dan diperiksa oleh atasan langsung; berita acara terlampir.", "num": 0, "cont": True},
        {"p": "Kami telah menerbitkan teguran dan mengingatkan kembali seluruh Puskesmas agar menolak kegiatan pasangan calon di tempat pelayanan kesehatan.", "num": 0, "cont": True},
        "Kami siap memberikan keterangan tambahan apabila diperlukan.",
        *ttd("Kepala Dinas,", "", "", "dr. Carlof Rahman, M.Kes."),
     ]})

# C34 Lend warehouse to KPU for logistics (pinjam pakai)
add(False, [], [14],
    "Persetujuan pinjam pakai gudang dinas kepada KPU untuk penyimpanan logistik surat suara; fasilitas untuk penyelenggara, bukan peserta.",
    {"engine": "libreoffice",
     "kop": kop("table", "PEMERINTAH KABUPATEN KEPULAUAN ARU", "DINAS PERTANIAN", "Jalan Yos Sudarso, Dobo", logo="ARU"),
     "meta": meta("Distan Aru", "2023-12-18T08:00:00Z"),
     "body": [
        {"p": "Dobo, 18 Desember 2023", "align": "right"},
        *hdr("027/340/Distan/2023", "Biasa", "Berita acara", "Persetujuan Pinjam Pakai Gudang untuk Logistik Pemilu"),
        {"p": "Yth. Ketua KPU Kabupaten Kepulauan Aru\ndi Dobo", "align": "left"},
        "Menanggapi surat Saudara tentang permohonan tempat penyimpanan logistik Pemilu 2024, kami menyetujui pinjam pakai Gudang Benih Dinas Pertanian di Jalan Yos Sudarso seluas 400 m2 terhitung 20 Desember 2023 sampai dengan 31 Maret 2024.",
        "Kunci gudang diserahkan kepada Sekretaris KPU melalui berita acara. Pengamanan, penataan surat suara dan kotak suara menjadi tanggung jawab KPU bersama aparat keamanan. Pegawai dinas tidak ikut membuka atau menata logistik kecuali diminta secara resmi oleh KPU.",
        *ttd("Kepala Dinas,", "", "", "Ir. Johanis Gaite"),
     ]})

# C35 voter education for first-time voters at SMA, gunakan hak pilih
add(False, [], [14],
    "Dinas Pendidikan memfasilitasi sosialisasi pemilih pemula oleh KPU di SMA; ajakan gunakan hak pilih, tanpa peserta Pemilu; logistik.",
    {"kop": kop("header", "PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "CABANG DINAS PENDIDIKAN WILAYAH KOTA BIMA", "Jalan Gajah Mada, Kota Bima"),
     "meta": meta("Cabdis", "2024-01-15T08:00:00Z"),
     "body": [
        {"p": "Bima, 15 Januari 2024", "align": "right"},
        *hdr("420/77/Cabdis-KB/2024", "Biasa", "Jadwal", "Sosialisasi Pemilih Pemula oleh KPU Kota Bima"),
        {"p": "Yth. Kepala SMA/SMK/SLB Negeri se-Kota Bima", "align": "left"},
        "KPU Kota Bima akan melaksanakan sosialisasi pemilih pemula bagi siswa kelas XII yang telah berusia 17 tahun sesuai jadwal terlampir. Sekolah agar menyiapkan ruang pertemuan dan menghadirkan siswa.",
        "Materi meliputi cara mengecek DPT, tata cara pencoblosan, dan ajakan menggunakan hak pilih pada 14 Februari 2024. Sosialisasi tidak menghadirkan peserta Pemilu, dan guru maupun siswa tidak diperkenankan menampilkan atribut atau ajakan memilih peserta tertentu.",
        *ttd("Kepala Cabang Dinas,", "", "", "Drs. Syarifuddin Ahmad, M.Pd."),
     ]})

# C36 health standby for KPPS, "posko kesehatan"
add(False, [], [14],
    "Dinas Kesehatan menyiagakan posko kesehatan bagi petugas KPPS dan pemeriksaan kesehatan KPPS; 'posko', 'dukungan'; logistik pemilu.",
    {"meta": meta("Dinkes Jayapura", "2024-02-05T08:00:00Z"),
     "body": [
        {"p": "DINAS KESEHATAN KABUPATEN JAYAPURA", "align": "center", "bold": True, "after": 0},
        {"p": "INSTRUKSI KEPALA DINAS NOMOR 3 TAHUN 2024", "align": "center", "bold": True, "after": 0},
        {"p": "TENTANG SIAGA KESEHATAN PEMUNGUTAN SUARA", "align": "center", "bold": True},
        "Untuk mencegah kejadian sakit dan meninggalnya petugas KPPS seperti pada Pemilu sebelumnya, Kepala Puskesmas se-Kabupaten Jayapura diinstruksikan:",
        {"p": "Membuka posko kesehatan di Puskesmas 24 jam pada 13-16 Februari 2024;", "num": 0},
        {"p": "Melakukan skrining tekanan darah dan gula darah bagi anggota KPPS di wilayah kerja, sesuai daftar dari PPS;", "num": 0, "cont": True},
        {"p": "Menyiapkan tim mobile untuk TPS di Sentani Timur, Waibu dan Ravenirara yang jauh dari Puskesmas;", "num": 0, "cont": True},
        {"p": "Melaporkan setiap petugas KPPS yang sakit melalui grup WhatsApp Siaga Pemilu.", "num": 0, "cont": True},
        "Dukungan obat dan BMHP diambil di Instalasi Farmasi Kabupaten.",
        {"p": "Sentani, 5 Februari 2024\nKepala Dinas Kesehatan,\n\n\ndr. Khairul Lie, M.Kes.", "align": "left", "indent": 5000},
     ]})

# C37 Satpol PP APK removal at Bawaslu request, quoting banners
add(False, [], [14],
    "Surat perintah Satpol PP menertibkan APK semua peserta di zona terlarang atas rekomendasi Bawaslu; tabel mengutip isi spanduk ('Pilih No. 4 - Pasti Berkah'); penertiban.",
    {"kop": kop("header", "PEMERINTAH KOTA BIMA", "SATUAN POLISI PAMONG PRAJA", "Jalan Soekarno-Hatta, Kota Bima"),
     "meta": meta("Satpol PP", "2024-01-22T08:00:00Z"),
     "body": [
        {"p": "SURAT PERINTAH\nNomor: 300.1.4/57/Satpol-PP/2024", "align": "center", "bold": True},
        {"p": "Dasar\t: Rekomendasi Bawaslu Kota Bima Nomor 031/PP.00.02/K.NB-09/01/2024 tentang penertiban alat peraga kampanye yang melanggar ketentuan.", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400},
        {"p": "MEMERINTAHKAN", "align": "center", "bold": True},
        "Regu I dan Regu II Satpol PP, didampingi Panwaslu Kecamatan, untuk menurunkan alat peraga kampanye berikut pada Selasa, 23 Januari 2024:",
        {"table": [["Lokasi", "Jenis/isi APK", "Peserta"], ["Pagar Kantor Kelurahan Paruga", "Spanduk “Pilih No. 4 - Pasti Berkah”", "Caleg DPRD Kota"], ["Tiang PJU depan SMPN 1", "Baliho “Bersama Kita Menang, Coblos Partai Nomor 9”", "Partai politik"], ["Halaman Puskesmas Mpunda", "Bendera partai (5 buah)", "Partai politik"], ["Pohon depan Masjid Raya", "Poster caleg DPR RI", "Caleg DPR RI"]], "widths": [3200, 3800, 2000], "header_row": True},
        "APK yang diturunkan diinventarisasi, disimpan di Kantor Satpol PP dan diserahkan kepada Bawaslu dengan berita acara. Penertiban dilakukan sama terhadap seluruh peserta Pemilu.",
        *ttd("Kepala Satuan,", "", "", "Syahrial Nuryadin, S.STP."),
     ]})

# C38 Governor (sitting) official visit to balai irrigation inauguration
add(False, [], [14],
    "Nota dinas balai tentang peresmian bendung oleh Gubernur yang menjabat (Juli 2024, sebelum penetapan calon); tamu dari semua unsur, tanpa atribut atau ajakan.",
    {"kop": kop("table", "KEMENTERIAN PEKERJAAN UMUM DAN PERUMAHAN RAKYAT", "BALAI WILAYAH SUNGAI MALUKU", "Jalan Dr. J. Leimena, Passo, Ambon", logo="PUPR"),
     "meta": meta("Tata Usaha BWS", "2024-07-08T08:00:00Z"),
     "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 200},
        {"p": "Kepada\t: Kepala Bidang Pelaksanaan Jaringan Sumber Air\nDari\t: Kepala Balai\nHal\t: Persiapan Peresmian Bendung Waeapo Hulu", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400, "align": "left"},
        "Gubernur Maluku dijadwalkan meresmikan Bendung Waeapo Hulu di Kabupaten Buru pada Selasa, 16 Juli 2024, bersama Direktur Bendungan dan Danau. Mohon disiapkan:",
        {"p": "Tenda, panggung dan prasasti atas nama Kementerian PUPR dan Pemerintah Provinsi Maluku;", "num": 0},
        {"p": "Undangan bagi Bupati Buru, Forkopimda, tokoh adat, P3A dan kelompok tani penerima manfaat;", "num": 0, "cont": True},
        {"p": "Bahan laporan singkat capaian fisik dan luas layanan irigasi 3.200 ha.", "num": 0, "cont": True},
        "Spanduk dan materi publikasi hanya memuat nama kegiatan dan logo instansi. Tidak dipasang foto pejabat atau tulisan lain di luar informasi kegiatan.",
        *ttd("Kepala Balai,", "", "", "Ir. Reinhard Sopacua, M.T."),
     ]})

# C39 lurah lomba kebersihan, pilih juri, menang
add(False, [], [14],
    "Pengumuman lomba kebersihan antar-RT, warga memilih RT terbaik lewat formulir dan RT yang menang dapat hadiah; umpan 'pilih', 'menang', 'nomor'.",
    {"meta": meta("Kelurahan", "2024-08-01T08:00:00Z"),
     "body": [
        {"p": "PENGUMUMAN LOMBA KEBERSIHAN DAN PENGHIJAUAN ANTAR-RT\nKELURAHAN OEBUFU, KOTA KUPANG\nDALAM RANGKA HUT KE-79 RI", "align": "center", "bold": True},
        {"p": "Penilaian dilakukan tim juri dari Kelurahan, PKK dan Puskesmas pada 12-14 Agustus 2024.", "num": 0},
        {"p": "Selain penilaian juri, warga dapat memilih RT favorit dengan mengisi kupon di kantor kelurahan; satu KK satu pilihan.", "num": 0, "cont": True},
        {"p": "RT yang menang juara I mendapat uang pembinaan Rp2.500.000 dan piala bergilir Lurah; juara II dan III mendapat Rp1.500.000 dan Rp1.000.000.", "num": 0, "cont": True},
        {"p": "Nomor urut penilaian RT diundi pada rapat RT/RW tanggal 5 Agustus 2024.", "num": 0, "cont": True},
        {"p": "Oebufu, 1 Agustus 2024 - Lurah Oebufu", "align": "right", "before": 200},
     ]})

# C40 koperasi pegawai chairman election (calon ketua, coblos)
add(False, [], [14],
    "Pengumuman pemilihan ketua koperasi pegawai: calon ketua, nomor urut, surat suara dan 'coblos' dalam konteks RAT koperasi; umpan.",
    {"kop": kop("header", "KOPERASI PEGAWAI REPUBLIK INDONESIA (KPRI) “SEHATI”", "DINAS PENDIDIKAN KABUPATEN TIMOR TENGAH UTARA", "Badan Hukum No. 217/BH/XIV/1998, Kefamenanu"),
     "meta": meta("Pengurus KPRI", "2024-03-11T08:00:00Z"),
     "body": [
        {"p": "PENGUMUMAN PANITIA PEMILIHAN PENGURUS\nMASA BAKTI 2024-2028", "align": "center", "bold": True},
        "Berdasarkan hasil verifikasi panitia, calon Ketua Pengurus KPRI Sehati yang memenuhi syarat adalah:",
        {"table": [["Nomor urut", "Nama calon ketua", "Unit"], ["1", "Yohanes Kefi, S.Pd.", "SMPN 1 Kefamenanu"], ["2", "Agustina Taena, S.Pd.SD", "SDI Sasi"], ["3", "Drs. Simon Lake", "Bidang SMP Dinas Pendidikan"]], "widths": [1800, 4200, 3000], "header_row": True},
        "Pemilihan dilaksanakan pada Rapat Anggota Tahunan, Sabtu 23 Maret 2024 di Aula SMPN 1 Kefamenanu. Anggota mencoblos satu nama pada surat suara; satu anggota satu suara. Calon yang memperoleh suara terbanyak ditetapkan sebagai ketua terpilih.",
        *ttd("Kefamenanu, 11 Maret 2024", "Ketua Panitia,", "", "", "Maria Bano, S.Pd."),
     ]})

# C41 vote for duta wisata finalist (non-political)
add(False, [], [14],
    "Ajakan dinas untuk mendukung finalis Putri Pariwisata asal kabupaten lewat voting aplikasi dan like; kontes non-politik, umpan 'dukung', 'vote', 'menang'.",
    {"kop": kop("body", "PEMERINTAH KABUPATEN MALUKU TENGAH", "DINAS PARIWISATA DAN KEBUDAYAAN", "Jalan Abdullah Soulissa, Masohi"),
     "meta": meta("Dispar Malteng", "2024-06-20T08:00:00Z"),
     "body": [
        {"p": "Masohi, 20 Juni 2024", "align": "right"},
        *hdr("556/211/Disparbud/2024", "Biasa", "-", "Dukungan untuk Finalis Putri Pariwisata Indonesia Asal Maluku Tengah"),
        {"p": "Yth. Pimpinan Perangkat Daerah se-Kabupaten Maluku Tengah", "align": "left"},
        "Saudari Nona Siwabessy, Duta Wisata Maluku Tengah 2023, lolos sebagai finalis Putri Pariwisata Indonesia 2024 mewakili Provinsi Maluku. Salah satu penilaian adalah voting publik melalui aplikasi resmi penyelenggara dan jumlah suka pada unggahan profil finalis.",
        "Kami mengajak pegawai di lingkungan Bapak/Ibu memberikan dukungan dengan mengunduh aplikasi, memberikan vote untuk finalis nomor 17, serta menyukai dan membagikan unggahan profilnya di Instagram. Semoga Nona Siwabessy menang dan mengharumkan nama Maluku Tengah.",
        *ttd("Kepala Dinas,", "", "", "Jopie Latumahina, S.Sos."),
     ]})

# C42 BKPSDM: ASN wishing to become caleg must resign (process)
add(False, [], [14],
    "Surat BKPSDM tentang proses pemberhentian PNS yang mengundurkan diri karena dicalonkan sebagai anggota DPRD; administrasi kepegawaian.",
    {"kop": kop("table", "PEMERINTAH KABUPATEN SERAM BAGIAN BARAT", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jalan Trans Seram, Piru", logo="SBB"),
     "meta": meta("Bid. Mutasi", "2023-05-02T08:00:00Z"),
     "body": [
        {"p": "Piru, 2 Mei 2023", "align": "right"},
        *hdr("800.1.6.3/188/BKPSDM/2023", "Penting", "Daftar nama", "Pemberhentian PNS yang Mencalonkan Diri sebagai Anggota Legislatif"),
        {"p": "Yth. Kepala Perangkat Daerah se-Kabupaten Seram Bagian Barat", "align": "left"},
        "Sesuai ketentuan Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum dan Peraturan KPU tentang pencalonan anggota DPR dan DPRD, PNS yang dicalonkan partai politik sebagai bakal calon anggota DPRD wajib mengundurkan diri dan tidak dapat ditarik kembali.",
        "Sampai saat ini BKPSDM menerima 4 (empat) surat pengunduran diri PNS sebagaimana daftar terlampir. Kepala perangkat daerah agar: (a) memastikan pegawai tersebut tidak lagi menerima tugas kedinasan sejak surat pengunduran diri diajukan; (b) menarik kendaraan dinas dan barang milik daerah yang dikuasai; (c) menyampaikan surat keterangan dari partai dan KPU kepada BKPSDM untuk penerbitan keputusan pemberhentian.",
        *ttd("Kepala BKPSDM,", "", "", "Drs. Abraham Tuhuteru"),
     ]})

# C43 Bawaslu report on aid timed to candidate visit (mirror of class 13)
add(False, [], [14],
    "Laporan Bawaslu kabupaten tentang dugaan penyaluran bansos beras bersamaan kunjungan calon bupati, dibungkus warna pasangan; mengutip temuan dan merekomendasikan ke BKN/KASN.",
    {"kop": kop("header", "BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN SUMBA BARAT DAYA", "Jalan Timotius Tako Geli, Tambolaka"),
     "meta": meta("Div. Penanganan Pelanggaran", "2024-11-09T08:00:00Z"),
     "body": [
        {"p": "KAJIAN AWAL DUGAAN PELANGGARAN\nNomor Temuan: 009/TM/PB/Kab/19.14/XI/2024", "align": "center", "bold": True},
        {"p": "1. Peristiwa", "bold": True},
        "Pada 1 November 2024 di Desa Kalembu Kuni, petugas Dinas Sosial berinisial P.L. dan S.M. menyalurkan bantuan cadangan beras pemerintah daerah bersamaan dengan kunjungan calon bupati nomor urut 1. Beras dikemas ulang dalam karung merah-putih bergambar pasangan calon tersebut dan diserahkan oleh anggota tim kampanye di depan petugas dinas.",
        {"p": "2. Keterangan saksi", "bold": True},
        "Kepala desa menerangkan menerima pemberitahuan dari Dinas Sosial bahwa jadwal penyaluran diubah “menyesuaikan jadwal bapak yang datang kampanye”.",
        {"p": "3. Analisis", "bold": True},
        "Perbuatan tersebut patut diduga melanggar Pasal 71 ayat (3) Undang-Undang Nomor 10 Tahun 2016 dan ketentuan netralitas ASN karena program pemerintah daerah digunakan untuk menguntungkan pasangan calon.",
        {"p": "4. Rekomendasi", "bold": True},
        "Temuan diregistrasi. Pelanggaran netralitas ASN direkomendasikan kepada Badan Kepegawaian Negara; dugaan tindak pidana diteruskan ke Sentra Gakkumdu.",
        *ttd("Tambolaka, 9 November 2024", "Ketua Bawaslu Kabupaten Sumba Barat Daya,", "", "", "Ignasius Bili Ngongo"),
     ]})

# C44 Sanction letter to lurah who distributed sembako with sticker
add(False, [], [14],
    "Surat teguran Wali Kota kepada lurah yang membagikan sembako berstiker caleg 'Pilih Pak Rudi, Pasti Peduli'; teguran disiplin mengutip pelanggaran.",
    {"kop": kop("body", "WALI KOTA AMBON", "", "Jalan Sultan Hairun No. 1, Ambon"),
     "meta": meta("BKPSDM Ambon", "2024-02-26T08:00:00Z"),
     "footnotes": {"1": "Pelanggaran dilaporkan oleh Panwaslu Kelurahan Benteng dalam Formulir Model A tanggal 4 Februari 2024 dan diteruskan Bawaslu Kota Ambon."},
     "body": [
        {"p": "Ambon, 26 Februari 2024", "align": "right"},
        *hdr("800.1.6.4/119/BKPSDM", "Rahasia", "-", "Hukuman Disiplin Ringan berupa Teguran Tertulis"),
        {"p": "Yth. Sdr. J.T., S.STP.\nLurah Benteng\ndi Ambon", "align": "left"},
        "Berdasarkan hasil pemeriksaan tanggal 20 Februari 2024 dan rekomendasi Badan Kepegawaian Negara, Saudara terbukti pada 3 Februari 2024 membagikan 60 paket sembako di halaman Kantor Lurah Benteng yang ditempeli stiker bertuliskan “Pilih Pak Rudi, Pasti Peduli - Caleg DPRD Kota Ambon No. 3”{fn:1}.",
        "Perbuatan tersebut bertentangan dengan kewajiban menjaga netralitas dan larangan menggunakan fasilitas jabatan untuk kepentingan peserta Pemilu. Dengan ini Saudara dijatuhi hukuman disiplin ringan berupa teguran tertulis. Saudara wajib tidak mengulangi perbuatan tersebut; pengulangan akan dikenai hukuman yang lebih berat.",
        *ttd("WALI KOTA AMBON,", "", "", "Drs. Paulus Latumalea"),
     ]})

# C45 Deklarasi netralitas ASN / pakta integritas ceremony
add(False, [], [14],
    "Undangan apel dan 'Deklarasi Netralitas ASN' serta penandatanganan pakta integritas; deklarasi untuk netral; umpan deklarasi.",
    {"kop": kop("header", "PEMERINTAH KABUPATEN MANGGARAI", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jalan Motang Rua, Ruteng"),
     "meta": meta("BKPSDM Manggarai", "2024-09-16T08:00:00Z"),
     "body": [
        {"p": "Ruteng, 16 September 2024", "align": "right"},
        *hdr("800/702/BKPSDM/2024", "Segera", "Naskah ikrar", "Apel Siaga dan Deklarasi Netralitas ASN"),
        {"p": "Yth. Kepala Perangkat Daerah, Camat dan Lurah se-Kabupaten Manggarai", "align": "left"},
        "Menjelang tahapan kampanye Pemilihan 2024, Pemerintah Kabupaten Manggarai bersama Bawaslu akan melaksanakan Apel Siaga dan Deklarasi Netralitas ASN pada Senin, 23 September 2024 pukul 07.30 WITA di Lapangan Motang Rua.",
        {"textbox": [{"p": "IKRAR NETRALITAS ASN KABUPATEN MANGGARAI", "bold": True, "align": "center"}, {"p": "Kami ASN Kabupaten Manggarai berikrar: tidak memihak, tidak berkampanye, tidak memakai atribut, tidak mengunggah dukungan, dan tidak menyalahgunakan fasilitas negara untuk pasangan calon mana pun.", "align": "center", "size": 20}], "width_cm": 15, "height_cm": 3},
        "Setiap perangkat daerah menghadirkan seluruh ASN. Dalam apel akan dibacakan ikrar netralitas, antara lain: tidak memihak pasangan calon mana pun, tidak menghadiri kampanye, tidak memasang atribut, tidak menggunakan media sosial untuk mendukung calon, dan tidak menyalahgunakan fasilitas negara. Kepala perangkat daerah menandatangani pakta integritas netralitas di hadapan Bupati dan Ketua Bawaslu.",
        *ttd("Kepala BKPSDM,", "", "", "Fransiskus Gero, S.Sos., M.Si."),
     ]})

# C46 immunisation kampanye, sukseskan
add(False, [], [14],
    "Surat Dinkes 'Sukseskan Sub PIN Polio' dan kampanye imunisasi; 'sukseskan', 'kampanye', 'target', 'menangkan' dalam konteks kesehatan; umpan.",
    {"kop": kop("table", "PEMERINTAH KABUPATEN NABIRE", "DINAS KESEHATAN", "Jalan Merdeka, Nabire", logo="NABIRE"),
     "meta": meta("Seksi Imunisasi", "2024-07-10T08:00:00Z"),
     "body": [
        {"p": "Nabire, 10 Juli 2024", "align": "right"},
        *hdr("443.1/488/Dinkes/2024", "Segera", "Target per distrik", "Sukseskan Sub Pekan Imunisasi Nasional (Sub PIN) Polio Putaran Kedua"),
        {"p": "Yth. Kepala Distrik dan Kepala Puskesmas se-Kabupaten Nabire", "align": "left"},
        "Sub PIN Polio putaran kedua dilaksanakan 22 Juli - 4 Agustus 2024 dengan sasaran anak usia 0-7 tahun. Kami mohon dukungan kepala distrik untuk menggerakkan kepala kampung, tokoh agama dan kader agar seluruh anak dibawa ke pos imunisasi.",
        "Puskesmas melaksanakan kampanye imunisasi melalui pengeras suara keliling, gereja dan masjid, serta media sosial dengan tagar #NabireBebasPolio. Target cakupan per distrik terlampir; mari kita menangkan perlawanan terhadap polio dengan cakupan minimal 95 persen.",
        *ttd("Kepala Dinas Kesehatan,", "", "", "dr. Frans Sayori, M.Kes."),
     ]})

# C47 kampanye gemar makan ikan, deklarasi, libreoffice
add(False, [], [14],
    "Gerakan Memasyarakatkan Makan Ikan (Gemarikan): kampanye, deklarasi ibu-ibu PKK, tim penggerak; umpan non-politik.",
    {"engine": "libreoffice",
     "kop": kop("header", "PEMERINTAH PROVINSI MALUKU", "DINAS KELAUTAN DAN PERIKANAN", "Jalan Wolter Monginsidi, Lateri, Ambon"),
     "meta": meta("Bid. Penguatan Daya Saing", "2024-05-06T08:00:00Z"),
     "body": [
        {"p": "Ambon, 6 Mei 2024", "align": "right"},
        *hdr("523/401/DKP/2024", "Biasa", "-", "Kampanye Gemarikan dan Lomba Masak Serba Ikan"),
        {"p": "Yth. Ketua TP PKK Kabupaten/Kota se-Provinsi Maluku", "align": "left"},
        "Dalam rangka menurunkan angka stunting, Dinas Kelautan dan Perikanan Provinsi Maluku bersama TP PKK Provinsi menggelar kampanye Gerakan Memasyarakatkan Makan Ikan (Gemarikan) dan Lomba Masak Serba Ikan tingkat provinsi pada 28 Mei 2024 di Lapangan Merdeka Ambon.",
        "Acara diawali deklarasi “Ibu Maluku Gemar Makan Ikan” oleh ibu-ibu PKK, pembagian ikan segar untuk balita, dan penampilan tim penggerak Gemarikan dari setiap kabupaten/kota. Tim yang menang lomba masak akan mewakili Maluku di tingkat nasional.",
        *ttd("Kepala Dinas,", "", "", "Ir. Erawan Asikin, M.Si."),
     ]})

# C48 PPDB calon peserta didik
add(False, [], [14],
    "Pengumuman PPDB: calon peserta didik, pilihan sekolah, jalur afirmasi, hasil seleksi 'terpilih'; umpan.",
    {"meta": meta("Panitia PPDB", "2024-06-03T08:00:00Z"),
     "body": [
        {"p": "PANITIA PENERIMAAN PESERTA DIDIK BARU (PPDB)\nSMA NEGERI 2 MANOKWARI TAHUN PELAJARAN 2024/2025", "align": "center", "bold": True, "border_bottom": True},
        {"p": "PENGUMUMAN", "align": "center", "bold": True, "before": 200},
        "Calon peserta didik baru dapat mendaftar secara daring pada 10-15 Juni 2024. Setiap calon boleh memilih paling banyak dua sekolah pilihan dalam satu zona.",
        {"table": [["Jalur", "Kuota", "Keterangan"], ["Zonasi", "50%", "Berdasarkan jarak rumah ke sekolah"], ["Afirmasi OAP dan keluarga tidak mampu", "30%", "Melampirkan surat keterangan"], ["Perpindahan orang tua", "5%", "Surat tugas orang tua"], ["Prestasi", "15%", "Nilai rapor dan sertifikat lomba"]], "widths": [3800, 1400, 3800], "header_row": True},
        "Calon peserta didik yang terpilih diumumkan 20 Juni 2024 dan wajib daftar ulang paling lambat 24 Juni 2024.",
        {"p": "Ketua Panitia,\n\n\nMarthen Wanma, S.Pd.", "align": "left", "indent": 5200},
     ]})

# C49 RTLH verification neutral, explicit no political criteria
add(False, [], [14],
    "Verifikasi calon penerima bedah rumah (RTLH) berdasar data DTKS dan kriteria teknis; tegas tanpa melihat pilihan politik, dilarang atribut; kebalikan kelas 8.",
    {"kop": kop("header", "PEMERINTAH KOTA DENPASAR", "DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN", "Jalan Majapahit, Niti Mandala, Denpasar"),
     "meta": meta("Bid. Perumahan", "2024-10-14T08:00:00Z"),
     "body": [
        {"p": "Denpasar, 14 Oktober 2024", "align": "right"},
        *hdr("600.2.4/877/Perkim/2024", "Penting", "Format verifikasi", "Verifikasi Lapangan Calon Penerima Bantuan RTLH Tahun 2025"),
        {"p": "Yth. Para Lurah dan Perbekel se-Kota Denpasar", "align": "left"},
        "Verifikasi lapangan calon penerima bantuan rehabilitasi rumah tidak layak huni (RTLH) tahun 2025 dilaksanakan 21 Oktober - 15 November 2024 oleh tim teknis dinas bersama kaling/kadus.",
        "Penetapan calon penerima semata-mata berdasarkan data DTKS, status kepemilikan lahan, dan kondisi fisik rumah sesuai format terlampir. Petugas dilarang menanyakan atau mencatat pilihan politik warga, dan dilarang membawa atau memasang atribut pasangan calon mana pun pada saat verifikasi. Hasil verifikasi diumumkan terbuka di kantor desa/kelurahan setelah 1 Desember 2024.",
        "Pengaduan dapat disampaikan melalui layanan pengaduan dinas.",
        *ttd("Kepala Dinas,", "", "", "Ir. I Gede Anom Sayoga, M.T."),
     ]})

# C50 tim pemenangan lomba inovasi (KIPP)
add(False, [], [14],
    "Pembentukan 'Tim Pemenangan' Kompetisi Inovasi Pelayanan Publik; 'pemenangan', 'strategi menang', 'dukungan'; umpan lomba inovasi.",
    {"kop": kop("body", "PEMERINTAH KABUPATEN BULELENG", "BAGIAN ORGANISASI SEKRETARIAT DAERAH", "Jalan Pahlawan No. 1, Singaraja"),
     "meta": meta("Bag. Organisasi", "2024-03-18T08:00:00Z"),
     "body": [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 200},
        {"p": "Kepada\t: Yth. Sekretaris Daerah\nDari\t: Kepala Bagian Organisasi\nHal\t: Pembentukan Tim Pemenangan KIPP 2024", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400, "align": "left"},
        "Tiga inovasi Kabupaten Buleleng, yaitu “Sigap Ambulans Desa”, “Subak Digital” dan “Perpus Keliling Pantai”, masuk Top 99 Kompetisi Inovasi Pelayanan Publik (KIPP) Kementerian PANRB 2024.",
        "Untuk menghadapi tahap presentasi dan wawancara, kami mengusulkan pembentukan Tim Pemenangan KIPP yang terdiri atas pengelola inovasi, Bagian Organisasi dan Diskominfosanti, dengan tugas menyusun strategi presentasi, video, dan simulasi tanya jawab. Dukungan anggaran diusulkan dari DPA Bagian Organisasi.",
        *ttd("Kepala Bagian Organisasi,", "", "", "Made Dwi Adnyana, S.Sos."),
     ]})

# C51 WA broadcast polling day TPS info, informal
add(False, [], [14, 11],
    "Siaran WA kasubbag kepegawaian: hari libur pencoblosan, cek lokasi TPS, yang jadi KPPS lapor, jangan foto surat suara; singkatan; logistik pemilu.",
    {"meta": meta("Kepegawaian Balai", "2024-02-12T08:00:00Z"),
     "body": [
        {"p": "Disalin dari grup WA “PEGAWAI BPTP NTB”", "italic": True, "align": "left"},
        {"p": "Assalamualaikum wr wb, slmt pagi bpk/ibu. Info:\n1) Rabu 14/2 LIBUR NASIONAL utk pencoblosan. Kantor tutup, piket satpam tetap.\n2) Mhn cek lokasi TPS msg2 di cekdptonline.kpu.go.id, jgn sampe ga tau TPS nya.\n3) Yg jd KPPS/saksi?? tdk ada saksi ya, ASN ga boleh jd saksi paslon. Yg jd KPPS mhn lapor ke sy utk surat dispensasi Kamis 15/2.\n4) Jgn foto surat suara yg sdh dicoblos & jgn posting dukungan apapun.\n5) Kamis masuk spt biasa jam 07.30.\nTks 🙏 - Kasubbag TU", "align": "left"},
     ]})

# C52 voice note: kepala balai reminding not to attend kampanye, Kupang dialect
add(False, [], [14, 11],
    "Transkrip pesan suara kepala balai (dialek Kupang) mengingatkan staf 'sonde boleh' ikut kampanye, pasang stiker atau share paslon; pengingat netralitas informal.",
    {"meta": meta("Balai Pelatihan", "2024-09-27T08:00:00Z"),
     "body": [
        {"p": "Transkrip voice note Kepala UPTD Balai Latihan Kerja Kupang, grup “BLK KUPANG”, 27/09/2024 pukul 07.02 (1 menit 31 detik)", "italic": True, "align": "left"},
        {"p": "“Selamat pagi bapa mama, kaka adik dong samua. Beta mau ingatkan, sekarang su masuk kampanye gubernur deng wali kota. Katong ASN sonde boleh iko kampanye, biar cuma pi lia-lia sa. Sonde boleh pasang stiker di motor dinas, sonde boleh foto deng paslon pake jari, sonde boleh share, like, komen dong pung postingan. Kalo ada yang ajak masuk grup tim sukses, tolak sa. Ruang pelatihan ju sonde boleh dipinjam par acara paslon, sapa sa yang minta, bilang harus surat ke beta dan beta pasti tolak. Nanti tanggal dua puluh tujuh November baru katong samua pi TPS, pilih sesuai hati masing-masing, rahasia. Okeh, danke, selamat bekerja.”", "align": "both"},
     ]})

# C53 Kominfo: official accounts neutral, list forbidden hashtags (footnote)
add(False, [], [14],
    "Edaran Diskominfo: akun resmi dilarang menyukai/membagikan konten pasangan calon; catatan kaki mengutip contoh tagar terlarang (#LanjutkanAmbon, #SatuPutaran); pengingat.",
    {"kop": kop("header", "PEMERINTAH KOTA AMBON", "DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN", "Jalan Sultan Hairun, Ambon"),
     "meta": meta("Bid. IKP", "2024-09-26T08:00:00Z"),
     "footnotes": {"1": "Contoh tagar dan jargon yang tidak boleh digunakan: #LanjutkanAmbon, #AmbonDuaPeriode, #SatuPutaran, #MenangBersama, “Pasti Menang”, serta tagar nama atau nomor urut pasangan calon mana pun."},
     "body": [
        {"p": "Ambon, 26 September 2024", "align": "right"},
        *hdr("480/512/Kominfo/2024", "Penting", "-", "Pengelolaan Akun Media Sosial Resmi Selama Masa Kampanye"),
        {"p": "Yth. Admin Akun Media Sosial Perangkat Daerah, Kecamatan dan Kelurahan se-Kota Ambon", "align": "left"},
        "Selama masa kampanye Pemilihan Wali Kota dan Wakil Wali Kota Ambon (25 September - 23 November 2024), akun resmi pemerintah:",
        {"p": "tidak mengunggah, menyukai, mengomentari, membagikan ulang atau mengikuti konten dan akun pasangan calon maupun tim kampanyenya;", "num": 0},
        {"p": "tidak menggunakan tagar, jargon, warna atau simbol jari yang identik dengan pasangan calon{fn:1};", "num": 0, "cont": True},
        {"p": "tetap mempublikasikan informasi layanan publik dan informasi tahapan pemilihan yang bersumber dari KPU dan Bawaslu.", "num": 0, "cont": True},
        "Pelanggaran akan dilaporkan kepada Sekretaris Daerah dan Bawaslu Kota Ambon.",
        *ttd("Kepala Dinas,", "", "", "Joy Adriaansz, S.STP."),
     ]})

# C54 Camat report to bupati on campaign situation, libreoffice
add(False, [], [14],
    "Laporan camat kepada bupati tentang situasi kampanye di wilayahnya: daftar rapat umum tiap pasangan dan jumlah massa, temuan APK di kantor desa sudah dicopot; pelaporan.",
    {"engine": "libreoffice",
     "kop": kop("table", "PEMERINTAH KABUPATEN HALMAHERA BARAT", "KECAMATAN JAILOLO", "Jalan Raya Jailolo", logo="HALBAR"),
     "meta": meta("Camat Jailolo", "2024-11-25T08:00:00Z"),
     "body": [
        {"p": "Jailolo, 25 November 2024", "align": "right"},
        *hdr("300/318/Kec-Jll/2024", "Penting", "-", "Laporan Situasi Masa Kampanye Pemilihan 2024"),
        {"p": "Yth. Bupati Halmahera Barat\nc.q. Kepala Badan Kesbangpol\ndi Jailolo", "align": "left"},
        "Dengan hormat, kami laporkan situasi wilayah Kecamatan Jailolo selama masa kampanye yang berakhir 23 November 2024:",
        {"table": [["Tanggal", "Kegiatan (menurut pemberitahuan ke kepolisian)", "Perkiraan massa", "Situasi"], ["12 Okt", "Rapat umum pasangan calon gubernur nomor urut 2", "± 3.000", "Aman"], ["26 Okt", "Rapat umum pasangan calon bupati nomor urut 1", "± 2.500", "Aman"], ["9 Nov", "Rapat umum pasangan calon bupati nomor urut 3", "± 2.000", "Kemacetan ringan"], ["16 Nov", "Kampanye dialogis pasangan calon bupati nomor urut 2", "± 400", "Aman"]], "widths": [1100, 4300, 1700, 1900], "header_row": True},
        "Pada 5 November ditemukan dua baliho pasangan calon di pagar Kantor Desa Gamtala; atas koordinasi dengan Panwaslu Kecamatan, baliho tersebut telah diturunkan pada hari yang sama. Tidak ada laporan keterlibatan ASN kecamatan dalam kegiatan kampanye.",
        *ttd("Camat Jailolo,", "", "", "Rusdi Hi. Ibrahim, S.Sos."),
     ]})

# C55 PPS training in kelurahan hall (lent to PPS)
add(False, [], [14],
    "Lurah meminjamkan aula kelurahan kepada PPS untuk bimtek KPPS; fasilitas untuk penyelenggara; kata 'dukungan', 'tim', 'pemungutan suara'.",
    {"kop": kop("body", "PEMERINTAH KOTA KUPANG", "KELURAHAN OESAPA BARAT", "Kecamatan Kelapa Lima"),
     "meta": meta("Kelurahan OB", "2024-11-12T08:00:00Z"),
     "body": [
        {"p": "Kupang, 12 November 2024", "align": "right"},
        *hdr("005/166/Kel.OB/XI/2024", "Biasa", "-", "Persetujuan Penggunaan Aula Kelurahan"),
        {"p": "Yth. Ketua PPS Kelurahan Oesapa Barat\ndi Tempat", "align": "left"},
        "Menanggapi surat Saudara tentang permohonan tempat bimbingan teknis KPPS, kami menyetujui penggunaan Aula Kantor Kelurahan Oesapa Barat pada Sabtu-Minggu, 16-17 November 2024 pukul 08.00-17.00 WITA untuk bimtek 126 anggota KPPS.",
        "Staf kelurahan hanya membantu membuka dan menutup aula serta kebersihan. Dukungan kelurahan terbatas pada tempat; materi, konsumsi dan perlengkapan bimtek menjadi tanggung jawab PPS.",
        *ttd("Lurah Oesapa Barat,", "", "", "Dominggus Nalle, S.Sos."),
     ]})

# C56 exam schedule moved due to Pemilu; pilih jadwal
add(False, [], [14],
    "Pengumuman fakultas: jadwal UAS digeser karena hari pemungutan suara, mahasiswa memilih sesi ujian susulan, diimbau pulang mencoblos; logistik.",
    {"kop": kop("header", "UNIVERSITAS NEGERI NUSA LONTAR", "FAKULTAS PERTANIAN", "Kampus Penfui, Kupang"),
     "meta": meta("Akademik Faperta", "2024-01-29T08:00:00Z"),
     "body": [
        {"p": "PENGUMUMAN\nNomor: 88/UN.NL.4/AK/2024", "align": "center", "bold": True},
        "Sehubungan dengan penetapan Rabu, 14 Februari 2024 sebagai hari libur nasional pemungutan suara, ujian akhir semester yang dijadwalkan pada tanggal tersebut dipindahkan ke Sabtu, 17 Februari 2024.",
        "Mahasiswa yang pulang ke daerah asal untuk menggunakan hak pilih dan tidak dapat kembali tepat waktu dapat memilih salah satu sesi ujian susulan (21 atau 22 Februari 2024) melalui SIAKAD paling lambat 12 Februari 2024.",
        "Dosen dan mahasiswa diingatkan agar tidak melakukan kegiatan kampanye dalam bentuk apa pun di lingkungan kampus.",
        *ttd("Kupang, 29 Januari 2024", "a.n. Dekan", "Wakil Dekan Bidang Akademik,", "", "", "Dr. Ir. Maria Lobo Bunga, M.P."),
     ]})

# C57 festival volunteers (relawan) non-political
add(False, [], [14],
    "Perekrutan relawan festival budaya (Festival Pesona Meti Kei); 'relawan', 'posko', 'tim'; non-politik; umpan.",
    {"meta": meta("Panitia Festival", "2024-09-02T08:00:00Z"),
     "body": [
        {"p": "OPEN RECRUITMENT RELAWAN FESTIVAL PESONA METI KEI 2024", "align": "center", "bold": True, "size": 28},
        {"p": "Dinas Pariwisata Kabupaten Maluku Tenggara", "align": "center"},
        {"textbox": [{"p": "Dibutuhkan 60 relawan: pemandu wisata, penerjemah, petugas kesehatan, dokumentasi, kebersihan pantai.", "align": "center", "bold": True}, {"p": "Pendaftaran 2-14 September 2024 di posko panitia, Kantor Dinas Pariwisata, Langgur.", "align": "center", "size": 20}], "width_cm": 15, "height_cm": 2.6},
        "Relawan mendapat kaos, sertifikat dan konsumsi selama festival 10-14 Oktober 2024. Syarat: usia 18-35 tahun, sehat, dan bersedia mengikuti pembekalan pada 5 Oktober 2024.",
        "Informasi: Sekretariat Panitia, WA 0812-4xxx-xxxx.",
     ]})

# C58 DLH gerakan menanam with hashtag
add(False, [], [14],
    "Dinas Lingkungan Hidup: gerakan serentak menanam pohon, kampanye '#BaliHijauLestari', unggah foto dan tandai akun dinas; media sosial non-politik.",
    {"kop": kop("table", "PEMERINTAH PROVINSI BALI", "DINAS KEHUTANAN DAN LINGKUNGAN HIDUP", "Jalan Dharma Giri, Denpasar", logo="BALI"),
     "meta": meta("Bid. PPKL", "2024-11-25T08:00:00Z"),
     "body": [
        {"p": "Denpasar, 25 November 2024", "align": "right"},
        *hdr("660/2011/DKLH/2024", "Biasa", "-", "Gerakan Serentak Menanam Pohon Hari Menanam Pohon Indonesia"),
        {"p": "Yth. Kepala Perangkat Daerah Provinsi Bali", "align": "left"},
        "Dalam rangka Hari Menanam Pohon Indonesia 28 November 2024, seluruh perangkat daerah diajak melaksanakan gerakan menanam 10 bibit pohon per kantor. Bibit disediakan UPTD Persemaian Permanen.",
        "Dokumentasi penanaman diunggah ke media sosial pegawai dengan tagar #BaliHijauLestari dan #HMPI2024 serta menandai akun @dklh.baliprov. Kampanye ini bertujuan meningkatkan kesadaran menjaga ruang terbuka hijau.",
        *ttd("Kepala Dinas,", "", "", "Ir. I Made Teja, M.M."),
     ]})

# C59 sitting bupati (before candidate stage) at HUT RI ceremony; protocol; libreoffice
add(False, [], [14],
    "Surat edaran upacara HUT RI yang dipimpin bupati menjabat (Agustus 2024, sebelum penetapan calon); larangan atribut dan yel-yel peserta pemilihan; tindakan jabatan.",
    {"engine": "libreoffice",
     "kop": kop("header", "PEMERINTAH KABUPATEN SORONG SELATAN", "SEKRETARIAT DAERAH", "Teminabuan, Papua Barat Daya"),
     "meta": meta("Prokopim", "2024-08-09T08:00:00Z"),
     "body": [
        {"p": "SURAT EDARAN\nNomor: 003.2/214/Setda/2024\nTentang\nPelaksanaan Upacara Peringatan HUT Ke-79 Proklamasi Kemerdekaan RI", "align": "center", "bold": True},
        "Upacara peringatan HUT Ke-79 Proklamasi Kemerdekaan RI tingkat Kabupaten Sorong Selatan dilaksanakan Sabtu, 17 Agustus 2024 pukul 08.00 WIT di Lapangan Upacara Kantor Bupati, dengan Bupati Sorong Selatan sebagai inspektur upacara.",
        {"p": "Peserta: seluruh ASN, TNI/Polri, pelajar dan organisasi kemasyarakatan; pakaian KORPRI lengkap bagi ASN.", "num": 0},
        {"p": "Mengingat tahapan pendaftaran pasangan calon Pemilihan 2024 akan segera dimulai, peserta dan undangan dilarang membawa atribut, bendera, kaos atau yel-yel bakal calon dan partai politik mana pun selama upacara dan ramah tamah.", "num": 0, "cont": True},
        {"p": "Dokumentasi upacara pada akun resmi pemerintah daerah hanya memuat informasi kegiatan kenegaraan.", "num": 0, "cont": True},
        *ttd("Teminabuan, 9 Agustus 2024", "Sekretaris Daerah,", "", "", "Dance Nauw, S.Sos., M.Si."),
     ]})

# C60 RSUD SPI clarification report: ambulance rumour not proven
add(False, [], [14],
    "Laporan SPI RSUD atas isu ambulans dipakai mengangkut massa kampanye; mengutip unggahan warganet, hasil: tidak terbukti, log kendaraan terlampir; laporan klarifikasi.",
    {"kop": kop("body", "PEMERINTAH KABUPATEN LOMBOK UTARA", "RUMAH SAKIT UMUM DAERAH TANJUNG", "Jalan Raya Tanjung - Bayan, Tanjung"),
     "meta": meta("SPI RSUD", "2024-11-08T08:00:00Z"),
     "body": [
        {"p": "LAPORAN HASIL KLARIFIKASI SATUAN PEMERIKSAAN INTERNAL", "align": "center", "bold": True, "after": 200},
        {"p": "Latar belakang", "bold": True},
        "Pada 3 November 2024 beredar unggahan di Facebook berbunyi “Ambulans RSUD dipakai angkut massa kampanye paslon 2 ke Lapangan Gondang!!” disertai foto ambulans di pinggir lapangan.",
        {"p": "Hasil klarifikasi", "bold": True},
        {"p": "Log kendaraan dan rekaman GPS menunjukkan ambulans DR 9083 LU berada di lokasi karena siaga kesehatan atas permintaan tertulis KPU Kabupaten untuk seluruh jadwal rapat umum, sesuai surat KPU tanggal 20 Oktober 2024.", "num": 0},
        {"p": "Ambulans yang sama juga siaga pada rapat umum pasangan nomor urut 1 dan 3; tidak ditemukan penumpang selain petugas medis.", "num": 0, "cont": True},
        {"p": "Tidak ditemukan atribut kampanye pada kendaraan dan petugas.", "num": 0, "cont": True},
        {"p": "Simpulan", "bold": True},
        "Isu tidak terbukti. Disarankan Humas RSUD menyampaikan klarifikasi publik dan salinan laporan disampaikan kepada Bawaslu Kabupaten Lombok Utara.",
        *ttd("Tanjung, 8 November 2024", "Ketua SPI,", "", "", "Lalu Muh. Fathurrahman, S.E., Ak."),
     ]})

# C61 Inspektorat surat tugas to investigate complaint (quotes complaint)
add(False, [], [14],
    "Surat tugas Inspektur untuk pemeriksaan pengaduan bahwa kepala dinas 'mengarahkan pegawai mendukung paslon nomor 1 dua periode'; penugasan pemeriksaan.",
    {"kop": kop("table", "PEMERINTAH PROVINSI PAPUA BARAT", "INSPEKTORAT", "Jalan Siliwangi, Manokwari", logo="PB"),
     "meta": meta("Inspektorat PB", "2024-10-31T08:00:00Z"),
     "body": [
        {"p": "SURAT TUGAS\nNomor: 700.1.1/ST-288/Insp/2024", "align": "center", "bold": True},
        {"p": "Dasar\t: Pengaduan masyarakat tanggal 28 Oktober 2024 melalui kanal SP4N-LAPOR! yang menyebutkan bahwa “Kepala Dinas ... dalam apel pagi mengarahkan pegawai mendukung paslon nomor 1 agar gubernur dua periode” beserta rekaman suara.", "tabs": [[1400, "left"]], "hanging": 1400, "indent": 1400},
        {"p": "MENUGASKAN", "align": "center", "bold": True},
        {"table": [["No", "Nama", "Peran"], ["1", "Drs. Hengky Mandacan", "Pengendali Teknis"], ["2", "Sarah Rumfabe, S.E., Ak.", "Ketua Tim"], ["3", "Yulius Saiba, S.H.", "Anggota"]], "widths": [700, 5000, 3300], "header_row": True},
        "untuk melakukan pemeriksaan khusus atas pengaduan tersebut, meminta keterangan pihak terkait, dan menyampaikan laporan hasil pemeriksaan kepada Inspektur paling lambat 14 (empat belas) hari kerja.",
        *ttd("Manokwari, 31 Oktober 2024", "Inspektur,", "", "", "Dr. Frits Ainusi, M.Si."),
     ]})

# C62 notulen: sepakat menolak permintaan tim kampanye (class-9 trap), libreoffice
add(False, [], [14],
    "Notulen rapat pimpinan dinas: 'rapat sepakat' MENOLAK permintaan tim kampanye memakai gedung dan kendaraan, 'disepakati' teguran bagi pegawai di grup paslon; keputusan netral.",
    {"engine": "libreoffice",
     "meta": meta("Sekretariat Disdik", "2024-10-04T08:00:00Z"),
     "body": [
        {"p": "NOTULEN RAPAT PIMPINAN\nDINAS PENDIDIKAN KABUPATEN BURU SELATAN", "align": "center", "bold": True},
        "Jumat, 4 Oktober 2024, pukul 09.00 WIT, Ruang Kepala Dinas. Dipimpin Kepala Dinas; hadir Sekretaris, tiga Kepala Bidang, Kasubbag Umum.",
        {"p": "Pembahasan", "bold": True},
        "Kasubbag Umum melaporkan surat dari tim kampanye salah satu pasangan calon bupati yang meminta meminjam aula dinas dan dua mobil operasional untuk acara temu guru pada 12 Oktober 2024. Kabid SD melaporkan beberapa guru tergabung dalam grup WhatsApp relawan pasangan calon.",
        {"p": "Keputusan", "bold": True},
        {"p": "Rapat sepakat menolak permintaan tersebut secara tertulis; aula dan kendaraan dinas tidak dipinjamkan kepada pasangan calon atau tim kampanye mana pun.", "num": 0},
        {"p": "Disepakati kepala bidang menyampaikan teguran lisan kepada guru yang tergabung dalam grup relawan, dan meminta mereka keluar dari grup.", "num": 0, "cont": True},
        {"p": "Diputuskan menerbitkan surat edaran netralitas kepada seluruh satuan pendidikan paling lambat 7 Oktober 2024.", "num": 0, "cont": True},
        {"p": "Notulis: Saleha Solissa", "align": "right", "before": 200},
     ]})

# C63 student BEM election (calon ketua, kampanye, debat)
add(False, [], [14],
    "Undangan debat calon ketua BEM di kampus PTN; 'kampanye', 'debat kandidat', 'pasangan calon nomor urut', 'coblos' dalam pemilihan mahasiswa; umpan.",
    {"meta": meta("KPU Mahasiswa", "2024-04-15T08:00:00Z"),
     "body": [
        {"p": "KOMISI PEMILIHAN UMUM MAHASISWA (KPUM)\nUNIVERSITAS NEGERI KEPULAUAN SERAM", "align": "center", "bold": True, "border_bottom": True},
        {"p": "UNDANGAN DEBAT KANDIDAT", "align": "center", "bold": True, "before": 200},
        "KPUM mengundang seluruh mahasiswa menghadiri debat pasangan calon Ketua dan Wakil Ketua BEM Universitas periode 2024/2025 pada Rabu, 24 April 2024, pukul 13.00 WIT di Auditorium Kampus Poka.",
        {"table": [["Nomor urut", "Pasangan calon", "Fakultas"], ["1", "Rizal Tuanaya - Meyske Pattinama", "FKIP - Hukum"], ["2", "Fandy Latuconsina - Grace Talakua", "Teknik - Perikanan"]], "widths": [1800, 4600, 2600], "header_row": True},
        "Masa kampanye berlangsung 20-27 April 2024 di area yang ditentukan KPUM. Pemungutan suara (coblos) dilaksanakan 29 April 2024 di setiap fakultas.",
     ]})

# C64 leave request to go home to vote (pindah memilih)
add(False, [], [14],
    "Permohonan cuti tahunan pegawai untuk pulang kampung menggunakan hak pilih di TPS asal; logistik pemilu.",
    {"kop": kop("header", "KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN MIMIKA", "Jalan Cenderawasih, Timika"),
     "meta": meta("Pegawai", "2024-02-01T08:00:00Z"),
     "body": [
        {"p": "Timika, 1 Februari 2024", "align": "right"},
        {"p": "Yth. Kepala Kantor Kementerian Agama Kabupaten Mimika\ndi Timika", "align": "left"},
        {"p": "Perihal: Permohonan Cuti Tahunan", "bold": True, "align": "left"},
        "Yang bertanda tangan di bawah ini, Kristina Ohoiwutun, S.Ag., NIP 19860714 201101 2 006, Penyuluh Agama Katolik Ahli Muda, dengan ini mengajukan permohonan cuti tahunan selama 4 (empat) hari kerja, 12-16 Februari 2024.",
        "Cuti ini saya perlukan untuk pulang ke Langgur, Maluku Tenggara, karena nama saya terdaftar dalam DPT TPS 04 Desa Ohoijang dan saya ingin menggunakan hak pilih pada 14 Februari 2024. Selama cuti, tugas penyuluhan dialihkan kepada rekan sesuai jadwal terlampir.",
        *ttd("Hormat saya,", "", "", "Kristina Ohoiwutun, S.Ag."),
     ]})

# C65 textbox poster: Tolak Politik Uang, desa anti politik uang deklarasi
add(False, [], [14],
    "Undangan lurah untuk Deklarasi Kampung Anti Politik Uang bersama Bawaslu; kotak teks berisi slogan 'Tolak Politik Uang, Pilih dengan Hati'; netral.",
    {"kop": kop("table", "PEMERINTAH KABUPATEN BIAK NUMFOR", "DISTRIK SAMOFA - KELURAHAN SAMAU", "Biak", logo="BIAK"),
     "meta": meta("Kelurahan Samau", "2024-10-10T08:00:00Z"),
     "body": [
        {"p": "Biak, 10 Oktober 2024", "align": "right"},
        *hdr("005/48/Kel-Smu/2024", "Biasa", "-", "Undangan Deklarasi Kampung Anti Politik Uang"),
        {"p": "Yth. Ketua RT/RW, tokoh gereja, tokoh adat, pemuda dan PKK Kelurahan Samau", "align": "left"},
        "Bersama Bawaslu Kabupaten Biak Numfor, Kelurahan Samau akan mendeklarasikan diri sebagai Kampung Anti Politik Uang dan Anti Politisasi SARA pada Sabtu, 19 Oktober 2024 pukul 16.00 WIT di halaman Gereja Imanuel Samau.",
        {"textbox": [{"p": "TOLAK POLITIK UANG, PILIH DENGAN HATI", "bold": True, "align": "center", "size": 30}, {"p": "Suara kita tidak dijual. Laporkan pemberian uang atau barang ke Bawaslu.", "align": "center", "size": 20}], "width_cm": 14, "height_cm": 2.4},
        "Deklarasi tidak menghadirkan pasangan calon atau tim kampanye mana pun. Warga diajak tetap datang ke TPS pada 27 November 2024.",
        *ttd("Lurah Samau,", "", "", "Ruben Mansoben, S.Sos."),
     ]})

# ======================================================================
def main():
    rng = random.Random(3303)
    order = list(range(len(MEMOS)))
    rng.shuffle(order)
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for f in os.listdir(spec_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(spec_dir, f))
    labels = {}
    for n, idx in enumerate(order, 1):
        v, cats, classes, note, spec = MEMOS[idx]
        name = "w3_%03d" % n
        spec = dict(spec)
        spec["output"] = name + ".docx"
        with open(os.path.join(spec_dir, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = {"violation": v, "categories": cats, "classes": sorted(classes), "note": note}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(len(MEMOS), "memos;", sum(1 for m in MEMOS if m[0]), "violating")

if __name__ == "__main__":
    main()
