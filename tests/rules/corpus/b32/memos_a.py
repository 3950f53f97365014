# -*- coding: utf-8 -*-
# Memo 001-010. Each memo's wording is written individually.
from furniture import *

MEMOS = {}


def memo(num):
    def deco(fn):
        MEMOS[num] = fn
        return fn
    return deco


# ---------------------------------------------------------------- 001 (V) Klaten
@memo(1)
def m001():
    body = nomor_block("005/412/Kec.Wd/X/2024", "Penting", "-",
                       "Undangan Silaturahmi dan Ramah Tamah", "Wedi, 14 Oktober 2024")
    body += yth(["Kepala Desa se-Kecamatan Wedi", "Kabupaten Klaten"])
    body += [
        para("Dalam rangka mempererat tali silaturahmi antara pemerintah desa, lembaga kemasyarakatan "
             "dan tokoh masyarakat di wilayah Kecamatan Wedi, bersama ini kami mengundang Saudara "
             "beserta Ketua BPD dan 2 (dua) orang Ketua RW untuk hadir pada acara silaturahmi dan ramah "
             "tamah bersama Bapak H. Sunarto Wibowo, S.E., M.M. dan Ibu Dra. Sri Lestari Handayani, "
             "pasangan yang insyaallah kembali memimpin Kabupaten Klaten untuk periode berikutnya, yang akan "
             "dilaksanakan pada:"),
        field("Hari/tanggal", "Sabtu, 19 Oktober 2024", tabs=[[3119, "left"], [3402, "left"]], hang=3402),
        field("Waktu", "Pukul 19.30 WIB s.d. selesai", tabs=[[3119, "left"], [3402, "left"]], hang=3402),
        field("Tempat", "Pendapa Kecamatan Wedi", tabs=[[3119, "left"], [3402, "left"]], hang=3402),
        field("Acara", "Silaturahmi, ramah tamah dan paparan kelanjutan program", tabs=[[3119, "left"], [3402, "left"]], hang=3402, after=120),
        para("Mengingat beliau akan menyampaikan secara langsung rencana kelanjutan program Klaten "
             "Bersinar di desa-desa, kami mohon Saudara hadir tepat waktu dan mengajak perwakilan "
             "kelompok tani serta PKK. Konsumsi dan tenda telah disiapkan oleh Kecamatan; Saudara cukup "
             "membawa daftar nama warga yang hadir dari masing-masing desa untuk diserahkan kepada Kasi "
             "Pemerintahan."),
        para("Untuk keseragaman, Bapak/Ibu Kepala Desa dimohon mengenakan batik bernuansa hijau "
             "sebagaimana yang biasa dikenakan Pak Narto saat kunjungan kerja."),
        para("Demikian undangan ini kami sampaikan, atas perhatian dan kehadirannya diucapkan terima kasih."),
    ]
    body += signature("Camat Wedi,", "Drs. BAMBANG SETYO NUGROHO, M.Si.", "19700812 199503 1 004",
                      pangkat="Pembina Tk. I")
    spec = {"font": "Bookman Old Style", "size": 23,
            "meta": {"title": "Undangan Silaturahmi", "author": "Kec. Wedi", "created": "2024-10-14T02:10:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN KLATEN", "KECAMATAN WEDI",
                        "Jalan Raya Wedi–Bayat No. 1, Wedi, Klaten 57461 Telp. (0272) 3351xx"], "header"),
            "body": body}
    lab = {"violation": True,
           "categories": ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"],
           "classes": [1, 3, 6, 7],
           "note": "Camat mengundang kades ke silaturahmi dengan pasangan Sunarto–Sri Lestari 'kembali memimpin periode berikutnya' di pendapa kecamatan, konsumsi kecamatan, batik hijau seperti 'Pak Narto'"}
    return spec, lab


# ---------------------------------------------------------------- 002 (C) Boyolali SE netralitas
@memo(2)
def m002():
    body = title("SURAT EDARAN", "000.1.7/1187/2024")
    body += [
        {"p": "TENTANG", "align": "center", "after": 0},
        {"p": "NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR JAWA TENGAH SERTA BUPATI DAN WAKIL BUPATI BOYOLALI TAHUN 2024",
         "align": "center", "bold": True, "after": 240},
        {"p": "Yth. 1. Sekretaris Daerah;\n2. Kepala Perangkat Daerah;\n3. Camat dan Lurah;\n4. Kepala Sekolah dan Kepala Puskesmas;\nse-Kabupaten Boyolali", "indent": 0, "after": 240},
        {"p": "1.\tLatar Belakang", "bold": True, "tabs": [[426, "left"]], "after": 60},
        para("Tahapan kampanye Pemilihan Tahun 2024 berlangsung mulai 25 September sampai dengan 23 November "
             "2024 dan pemungutan suara dilaksanakan pada Rabu, 27 November 2024. Pada masa ini sering terjadi "
             "permintaan kepada pegawai untuk ikut serta dalam kegiatan pasangan calon, baik secara terbuka "
             "maupun melalui grup percakapan. Untuk itu perlu ditegaskan kembali kewajiban ASN menjaga netralitas.",
             indent=426, first=0),
        {"p": "2.\tDasar", "bold": True, "tabs": [[426, "left"]], "after": 60},
        item("Undang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015, khususnya Pasal 70 dan Pasal 71;", num=1),
        item("Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;", num=1, cont=True),
        item("Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;", num=1, cont=True),
        item("Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, Ketua KASN dan Ketua Bawaslu tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan Pemilihan Umum dan Pemilihan.{fn:1}", num=1, cont=True, after=120),
        {"p": "3.\tIsi Edaran", "bold": True, "tabs": [[426, "left"]], "after": 60},
        para("Seluruh ASN, termasuk PPPK dan tenaga non-ASN yang bekerja di lingkungan Pemerintah Kabupaten "
             "Boyolali, **dilarang**:", indent=426, first=0),
        item("memasang spanduk, baliho, stiker atau alat peraga lain yang mempromosikan pasangan calon, termasuk pada kendaraan dinas dan rumah dinas;"),
        item("menghadiri deklarasi, kampanye, rapat umum, konsolidasi relawan maupun pelantikan tim pemenangan pasangan calon, dengan atau tanpa atribut;", cont=True),
        item("menjadi anggota tim kampanye, tim pemenangan atau relawan, serta menjadi pembicara atau narasumber dalam kegiatan partai politik;", cont=True),
        item("mengunggah, menyukai (like), mengomentari, membagikan atau mengikuti akun kampanye pasangan calon di media sosial, termasuk memakai twibbon dan bingkai foto profil kampanye;", cont=True),
        item("berfoto bersama pasangan calon dengan mengikuti simbol gerakan tangan yang menunjukkan keberpihakan;", cont=True),
        item("mengadakan kegiatan yang mengarah pada keberpihakan, seperti pertemuan, ajakan, seruan, atau pemberian barang kepada pegawai, keluarga dan masyarakat;", cont=True),
        item("mengumpulkan fotokopi KTP atau surat pernyataan dukungan untuk pasangan calon;", cont=True),
        item("menggunakan fasilitas yang terkait dengan jabatan, seperti kendaraan dinas, aula, pengeras suara, anggaran dan jam kerja, untuk kepentingan pasangan calon; dan", cont=True),
        item("membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon selama masa kampanye.", cont=True, after=120),
        para("Pelanggaran atas larangan tersebut dikenai hukuman disiplin sesuai ketentuan peraturan "
             "perundang-undangan dan dapat diteruskan oleh Bawaslu kepada Badan Kepegawaian Negara.", indent=426, first=0),
        {"p": "4.\tPenutup", "bold": True, "tabs": [[426, "left"]], "after": 60},
        para("Kepala Perangkat Daerah agar menyampaikan edaran ini kepada seluruh pegawai pada apel pagi dan "
             "melaporkan pelaksanaannya kepada Bupati melalui Kepala BKPSDM. ASN tetap menggunakan hak pilihnya "
             "pada 27 November 2024 di TPS masing-masing.", indent=426, first=0),
    ]
    body += signature("Pj. BUPATI BOYOLALI,", "Ir. AGUS DWI PRASETYA, M.T.", None,
                      place_date="Ditetapkan di Boyolali\npada tanggal 2 Oktober 2024")
    body = [b for b in body]
    spec = {"font": "Arial", "size": 22,
            "meta": {"title": "SE Netralitas ASN Pilkada 2024", "author": "BKPSDM Boyolali", "created": "2024-10-02T01:00:00Z"},
            "kop": kop(["BUPATI BOYOLALI", "PROVINSI JAWA TENGAH"], "header"),
            "footnotes": {"1": "Keputusan Bersama Nomor 2 Tahun 2022, Nomor 800-5474 Tahun 2022, Nomor 246 Tahun 2022, Nomor 30 Tahun 2022, Nomor 1447.1/PM.01/K.1/09/2022."},
            "body": body}
    # split the multi-line place_date into separate paragraphs
    fixed = []
    for b in spec["body"]:
        if isinstance(b, dict) and "\n" in b.get("p", "") and b.get("indent") == SIG_INDENT:
            for line in b["p"].split("\n"):
                nb = dict(b); nb["p"] = line; fixed.append(nb)
        else:
            fixed.append(b)
    spec["body"] = fixed
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "SE netralitas ASN Pilkada: daftar lengkap larangan (kampanye, tim pemenangan, twibbon, KTP, fasilitas), mengutip UU/PP/SKB"}
    return spec, lab


# ---------------------------------------------------------------- 003 (C) Bawaslu Lombok Tengah laporan
@memo(3)
def m003():
    body = [
        {"p": "LAPORAN HASIL PENGAWASAN PEMILIHAN", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 091/LHP/PM.01.02/K.NB-02/XI/2024", "align": "center", "after": 240},
        {"p": "I.\tData Pengawas Pemilihan", "bold": True, "tabs": [[567, "left"]], "after": 60},
        {"table": [["Nama Pelaksana Tugas Pengawasan", "Lalu Ahmad Fauzan"],
                   ["Jabatan", "Anggota Panwaslu Kecamatan Praya Barat Daya"],
                   ["Nomor Surat Perintah Tugas", "044/ST/Panwascam-PBD/XI/2024"],
                   ["Alamat", "Jl. Raya Penujak, Praya Barat Daya"]],
         "widths": [3600, 5470]},
        {"p": "II.\tKegiatan Pengawasan", "bold": True, "tabs": [[567, "left"]], "before": 120, "after": 60},
        {"table": [["Bentuk pengawasan", "Pengawasan langsung kampanye pertemuan terbatas"],
                   ["Tujuan", "Memastikan tidak ada keterlibatan ASN, kepala desa dan perangkat desa"],
                   ["Sasaran", "Kegiatan kampanye pasangan calon Bupati dan Wakil Bupati nomor urut 1"],
                   ["Waktu dan tempat", "Minggu, 10 November 2024, pukul 15.00–17.30 WITA, Berugaq Dusun Bunut, Desa Batu Jangkih"]],
         "widths": [3600, 5470]},
        {"p": "III.\tUraian Singkat Hasil Pengawasan", "bold": True, "tabs": [[567, "left"]], "before": 120, "after": 60},
        para("Pada kegiatan tersebut pengawas mendapati dua orang yang diduga berstatus ASN, yaitu Sdr. "
             "M. Hr. (guru PNS pada SDN 4 Batu Jangkih) dan Sdr. Sp. (staf Kantor Desa), berdiri di barisan "
             "panitia dengan mengenakan kaos bergambar pasangan nomor urut 1 bertuliskan \u201cLanjutkan Dua "
             "Periode\u201d. Sdr. M. Hr. memandu yel-yel \u201cAyo menangkan nomor satu, sekali putaran\u201d dan "
             "membagikan kupon makan kepada warga yang hadir.", first=0, indent=567),
        para("Pengawas juga mencatat pengeras suara yang digunakan panitia bertuliskan inventaris desa. "
             "Dokumentasi foto dan video telah diamankan (terlampir 6 lembar).", first=0, indent=567),
        {"p": "IV.\tInformasi Dugaan Pelanggaran", "bold": True, "tabs": [[567, "left"]], "after": 60},
        {"table": [["Peristiwa", "Keterlibatan ASN dan penggunaan fasilitas desa dalam kampanye"],
                   ["Tempat kejadian", "Dusun Bunut, Desa Batu Jangkih"],
                   ["Waktu kejadian", "10 November 2024"],
                   ["Pelaku", "M. Hr. dan Sp."],
                   ["Alamat pelaku", "Desa Batu Jangkih"],
                   ["Saksi-saksi", "1. Kepala Dusun Bunut\n2. Pengawas TPS 05"],
                   ["Alat bukti", "Foto, video, kupon makan"],
                   ["Uraian singkat", "Diduga melanggar ketentuan netralitas ASN sebagaimana diatur dalam UU Nomor 20 Tahun 2023 dan Pasal 71 UU Nomor 10 Tahun 2016"]],
         "widths": [3000, 6070]},
        para("Rekomendasi: hasil pengawasan ini diteruskan kepada Bawaslu Kabupaten Lombok Tengah untuk "
             "diregistrasi sebagai temuan dan dilakukan kajian awal.", first=0, indent=567, before=120),
    ]
    body += signature("Praya Barat Daya, 11 November 2024\nPengawas,", "LALU AHMAD FAUZAN", None, blank=3)
    fixed = []
    for b in body:
        if isinstance(b, dict) and "\n" in b.get("p", "") and b.get("indent") == SIG_INDENT:
            for line in b["p"].split("\n"):
                nb = dict(b); nb["p"] = line; fixed.append(nb)
        else:
            fixed.append(b)
    spec = {"font": "Arial", "size": 21,
            "meta": {"title": "Form A LHP", "author": "Panwascam PBD", "created": "2024-11-11T06:30:00Z"},
            "kop": kop(["BADAN PENGAWAS PEMILIHAN UMUM", "PANITIA PENGAWAS PEMILIHAN KECAMATAN PRAYA BARAT DAYA",
                        "KABUPATEN LOMBOK TENGAH"], "table", logo="BAWASLU"),
            "body": fixed}
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Laporan hasil pengawasan Panwascam yang mengutip dugaan pelanggaran ('Lanjutkan Dua Periode', 'Ayo menangkan nomor satu')"}
    return spec, lab


# ---------------------------------------------------------------- 004 (V) Sleman surat tugas kampanye akbar
@memo(4)
def m004():
    T = [[1701, "left"], [1985, "left"]]
    body = title("SURAT TUGAS", "800.1.11.1/0217/Disdik/II/2024")
    body += [
        field("Dasar", "Arahan Kepala Dinas dalam Rapat Pimpinan tanggal 5 Februari 2024.", tabs=T, hang=1985, after=240),
        {"p": "MENUGASKAN:", "align": "center", "bold": True, "after": 120},
        field("Kepada", "", tabs=T, hang=1985),
        {"table": [["No", "Nama / NIP", "Jabatan"],
                   ["1", "Sugeng Riyadi, S.Pd., M.Pd.\n19750614 200003 1 006", "Pengawas Sekolah"],
                   ["2", "Heni Purwaningsih, S.E.\n19820302 201001 2 014", "Kasubag Umum dan Kepegawaian"],
                   ["3", "Aris Munandar, S.Kom.\n19880917 201503 1 002", "Pranata Komputer"],
                   ["4", "Dwi Astuti Rahayu, S.Pd.\n19860521 200902 2 007", "Pengelola Program Pendidikan"],
                   ["5", "Yohanes Bayu Kristanto\n19900108 201902 1 003", "Pengadministrasi Umum"],
                   ["6", "Siti Marfungah, A.Md.\n19910411 202012 2 005", "Pengelola Keuangan"]],
         "widths": [600, 4200, 4270], "header_row": True},
        {"p": "", "after": 60},
        field("Untuk", "1.\tMenghadiri Kampanye Akbar pada hari Kamis, 8 Februari 2024 pukul 09.00 WIB s.d. selesai di Stadion Maguwoharjo, Depok, Sleman;",
              tabs=[[1701, "left"], [1985, "left"], [2268, "left"]], hang=2268),
        {"p": "\t\t2.\tBerangkat bersama dari halaman Kantor Dinas Pendidikan menggunakan bus operasional dinas AB 7034 PA, kumpul pukul 07.30 WIB;",
         "tabs": [[1701, "left"], [1985, "left"], [2268, "left"]], "hanging": 2268, "indent": 2268, "after": 0},
        {"p": "\t\t3.\tMengenakan pakaian bebas rapi, tidak memakai seragam dinas dan tanda pengenal pegawai;",
         "tabs": [[1701, "left"], [1985, "left"], [2268, "left"]], "hanging": 2268, "indent": 2268, "after": 0},
        {"p": "\t\t4.\tKehadiran dicatat sebagai tugas luar kantor sehingga tidak mengurangi tambahan penghasilan pegawai;",
         "tabs": [[1701, "left"], [1985, "left"], [2268, "left"]], "hanging": 2268, "indent": 2268, "after": 0},
        {"p": "\t\t5.\tMengirimkan foto kehadiran di lokasi kepada Kasubag Umum dan Kepegawaian paling lambat pukul 12.00 WIB pada hari yang sama.",
         "tabs": [[1701, "left"], [1985, "left"], [2268, "left"]], "hanging": 2268, "indent": 2268, "after": 240},
        para("Demikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab."),
    ]
    body += signature("Kepala Dinas,", "Drs. WAHYU HANDOKO, M.Pd.", "19680723 199303 1 008",
                      place_date="Sleman, 6 Februari 2024", pangkat="Pembina Utama Muda (IV/c)")
    spec = {"font": "Tahoma", "size": 22,
            "meta": {"title": "ST Kampanye", "author": "Umpeg Disdik", "created": "2024-02-06T03:00:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN SLEMAN", "DINAS PENDIDIKAN",
                        "Jalan Parasamya, Beran, Tridadi, Sleman, Yogyakarta 55511",
                        "Telepon (0274) 8683xx, Laman disdik.slemankab.go.id"], "body"),
            "body": body}
    lab = {"violation": True,
           "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
           "classes": [2, 6, 12],
           "note": "Surat tugas Disdik: 6 pegawai 'Untuk' menghadiri Kampanye Akbar (tanpa nama paslon) pada jam kerja, bus dinas, dicatat tugas luar"}
    return spec, lab


# ---------------------------------------------------------------- 005 (V) Lombok Timur notulen desa
@memo(5)
def m005():
    body = [
        {"p": "NOTULEN RAPAT KOORDINASI PEMERINTAH DESA", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 005/27/DS-SKR/XI/2024", "align": "center", "after": 240},
        field("Hari/tanggal", "Selasa, 12 November 2024", tabs=[[2268, "left"], [2552, "left"]], hang=2552),
        field("Waktu", "20.00 WITA s.d. 22.45 WITA", tabs=[[2268, "left"], [2552, "left"]], hang=2552),
        field("Tempat", "Ruang rapat Kantor Desa Sukarara", tabs=[[2268, "left"], [2552, "left"]], hang=2552),
        field("Pimpinan rapat", "Kepala Desa (H. Lalu Sahnan)", tabs=[[2268, "left"], [2552, "left"]], hang=2552),
        field("Notulis", "Kaur Tata Usaha dan Umum", tabs=[[2268, "left"], [2552, "left"]], hang=2552),
        field("Peserta", "Sekretaris Desa, Kasi/Kaur, 9 Kepala Dusun, Ketua BPD, Ketua TP PKK, Pendamping PKH (hadir 17 orang)",
              tabs=[[2268, "left"], [2552, "left"]], hang=2552, after=240),
        {"p": "A. Pembukaan", "bold": True, "after": 60},
        para("Kepala Desa membuka rapat dan menyampaikan bahwa hasil pertemuan dengan tim kabupaten minggu lalu "
             "perlu segera dijalankan di tingkat dusun. Pasangan nomor urut 2, H. Lalu Muhammad Zainul, S.H. "
             "dan Hj. Baiq Nurhasanah, S.Pd. (Paket ZAHRA), disebut sudah banyak membantu desa terutama "
             "jalan usaha tani dan irigasi Bendung Sukarara.", first=0),
        {"p": "B. Pembahasan", "bold": True, "after": 60},
        item("Sekdes menyampaikan data DPT desa sebanyak 6.842 jiwa tersebar di 18 TPS."),
        item("Para kadus melaporkan kondisi dusun; Dusun Ngolang dan Dusun Lendang Re dinilai masih banyak pendukung pasangan lain.", cont=True),
        item("Pendamping PKH menyampaikan jadwal penyaluran bantuan tahap IV.", cont=True, after=120),
        {"p": "C. Keputusan Rapat", "bold": True, "after": 60},
        {"table": [["No", "Keputusan", "Penanggung jawab"],
                   ["1", "Disepakati seluruh kadus memastikan warga dusunnya memilih Paket ZAHRA, target minimal 75% suara sah di setiap TPS.", "Kadus masing-masing"],
                   ["2", "Fotokopi KTP dan KK warga yang siap mendukung dikumpulkan oleh kadus paling lambat 20 November 2024 dan diserahkan ke Sekdes.", "Kadus / Sekdes"],
                   ["3", "Penyaluran BLT Dana Desa bulan November ditunda sampai setelah 27 November; warga yang sudah menyerahkan KTP didahulukan.", "Kaur Keuangan"],
                   ["4", "Paket sembako (beras 5 kg dan minyak goreng 1 liter) dari tim nomor 2 dibagikan lewat kadus pada malam 25 dan 26 November.", "Kadus"],
                   ["5", "Kadus mengkoordinir warga hadir pada kampanye dialogis di Lapangan Desa Sukarara, Minggu 17 November 2024, dengan pick up desa.", "Kasi Pemerintahan"],
                   ["6", "Kadus yang TPS-nya tidak mencapai target akan dievaluasi pada awal Desember.", "Kepala Desa"]],
         "widths": [500, 6370, 2200], "header_row": True},
        {"p": "D. Penutup", "bold": True, "before": 120, "after": 60},
        para("Rapat ditutup pukul 22.45 WITA dengan doa bersama. Hasil rapat agar tidak disebarkan di luar forum.", first=0),
    ]
    body += [{"table": [[[{"p": "Mengetahui,"}, {"p": "Kepala Desa Sukarara,"}, {"p": ""}, {"p": ""}, {"p": "**H. LALU SAHNAN**"}],
                         [{"p": "Sukarara, 12 November 2024"}, {"p": "Notulis,"}, {"p": ""}, {"p": ""}, {"p": "**BAIQ RAHMAWATI**"}]]],
              "widths": [4535, 4535], "borders": False}]
    spec = {"font": "Calibri", "size": 22,
            "meta": {"title": "Notulen rakor desa", "author": "Kaur TU", "created": "2024-11-13T01:15:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN LOMBOK TIMUR", "KECAMATAN SAKRA", "KANTOR DESA SUKARARA",
                        "Jalan Raya Sakra–Keruak Km 2, Kode Pos 83671"], "body"),
            "body": body}
    lab = {"violation": True,
           "categories": ["endorsement", "inducement", "campaign-activity", "state-facility", "letterhead-misuse"],
           "classes": [6, 7, 8, 9],
           "note": "Notulen desa: disepakati target 75% untuk Paket ZAHRA (no. 2), kumpul KTP/KK, BLT-DD ditunda dan didahulukan pendukung, sembako tim, mobilisasi ke kampanye dialogis dengan pick up desa"}
    return spec, lab


# ---------------------------------------------------------------- 006 (C) Bawaslu Donggala klarifikasi
@memo(6)
def m006():
    body = nomor_block("264/PP.01.02/K.ST-03/X/2024", "Segera", "-",
                       "Undangan Klarifikasi", "Donggala, 22 Oktober 2024")
    body += yth(["Sdr. Rahmat Hidayat, S.T.", "Staf pada Dinas Perhubungan Kabupaten Donggala"])
    body += [
        para("Berdasarkan laporan yang telah diregistrasi dengan Nomor 011/Reg/LP/PB/Kab/26.03/X/2024 "
             "tanggal 21 Oktober 2024 mengenai dugaan pelanggaran netralitas Aparatur Sipil Negara, Bawaslu "
             "Kabupaten Donggala meminta kehadiran Saudara untuk memberikan keterangan, pada:"),
        field("Hari/tanggal", "Jumat, 25 Oktober 2024", tabs=[[2552, "left"], [2835, "left"]], hang=2835),
        field("Pukul", "09.00 WITA s.d. selesai", tabs=[[2552, "left"], [2835, "left"]], hang=2835),
        field("Tempat", "Ruang Sentra Gakkumdu Bawaslu Kabupaten Donggala, Jl. Trans Sulawesi, Banawa", tabs=[[2552, "left"], [2835, "left"]], hang=2835),
        field("Untuk", "Memberikan klarifikasi sebagai Terlapor", tabs=[[2552, "left"], [2835, "left"]], hang=2835, after=120),
        para("Adapun pokok laporan adalah unggahan akun Facebook atas nama Saudara pada tanggal 17 Oktober "
             "2024 yang memuat foto Saudara dengan bingkai twibbon bertuliskan \u201c#DonggalaBerlari Bersama "
             "03\u201d disertai keterangan \u201cTeman-teman kantor, jangan lupa tanggal 27 kita pilih yang "
             "pasti-pasti\u201d, serta ajakan bergabung ke grup WhatsApp relawan kecamatan."),
        para("Saudara diminta membawa kartu identitas dan dokumen lain yang berkaitan. Klarifikasi ini "
             "dilakukan untuk memperoleh keterangan dan belum merupakan kesimpulan atas laporan. Apabila "
             "berhalangan hadir, mohon menyampaikan pemberitahuan tertulis sebelum jadwal."),
        para("Atas perhatian Saudara disampaikan terima kasih."),
    ]
    body += signature("Ketua Bawaslu Kabupaten Donggala,", "MOH. SYARIF LATADJI, S.H.", None)
    body += tembusan(["Ketua Bawaslu Provinsi Sulawesi Tengah", "Kepala Dinas Perhubungan Kabupaten Donggala", "Arsip"])
    spec = {"font": "Arial", "size": 22,
            "meta": {"title": "Undangan Klarifikasi", "author": "Bawaslu Donggala", "created": "2024-10-22T05:00:00Z"},
            "kop": kop(["BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN DONGGALA",
                        "Jalan Trans Sulawesi, Kelurahan Gunung Bale, Kecamatan Banawa"], "header"),
            "body": body}
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Panggilan klarifikasi Bawaslu ('Untuk: memberikan klarifikasi') yang mengutip twibbon #DonggalaBerlari Bersama 03 dan ajakan terlapor"}
    return spec, lab


# ---------------------------------------------------------------- 007 (V) Puskesmas Kupang WA twibbon
@memo(7)
def m007():
    body = [
        {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 120},
        field("Kepada", "Yth. Penanggung Jawab Program dan Kepala Ruangan"),
        field("Dari", "Kepala Puskesmas Oesapa"),
        field("Tanggal", "7 Oktober 2024"),
        field("Nomor", "PKM.OSP/400.7/188/X/2024"),
        field("Perihal", "Tindak lanjut pesan koordinator", after=0),
        {"p": "", "border_bottom": True, "after": 120},
        para("Bersama ini kami teruskan pesan Bapak Kepala Dinas yang disampaikan pada grup WhatsApp "
             "Koordinator Puskesmas se-Kota Kupang pagi ini, untuk dilaksanakan oleh seluruh pegawai di unit "
             "Saudara:"),
        {"textbox": [
            {"p": "%%[07/10/24 07.12] Kadis Kes:%%", "after": 0},
            {"p": "%%Selamat pagi bpk/ibu kapus sekalian \U0001F64F Sesuai arahan kemarin, mohon bantu semua pegawai puskesmas mulai hari ini ganti foto profil WA sm FB pake twibbon yg sy kirim di bawah. Kita semua tau Bapak Jeffry A. Ndolu sdh banyak bantu nakes, sekarang giliran kita bantu beliau.%%", "after": 0},
            {"p": "%%Link twibbon: {link:https://www.twibbonize.com/kupangmajulagi|twibbonize.com/kupangmajulagi}%%", "after": 0},
            {"p": "%%Jgn lupa follow IG @jeffry.ndolu.official, like + share tiap postingan Pak Jeff, komen yg positif2. Hastag wajib: #Kupang{split:Maju|Lagi} #Jeff{split:Lan|jut}%%", "after": 0},
            {"p": "%%Kapus tolong rekap nama yg sdh ganti pp paling lambat Jumat, sy cek satu2. Tuhan berkati \U0001F64F%%", "after": 0},
        ], "width_cm": 15.5, "height_cm": 5.2},
        {"p": "", "after": 60},
        para("Penanggung jawab program dan kepala ruangan agar memastikan seluruh staf, termasuk tenaga "
             "kontrak dan bidan desa, telah memasang twibbon dimaksud dan mengikuti akun tersebut. Rekapitulasi "
             "nama beserta tangkapan layar foto profil diserahkan ke Subbag Tata Usaha paling lambat Kamis, "
             "10 Oktober 2024 pukul 12.00 WITA."),
        para("Demikian untuk dilaksanakan."),
    ]
    body += signature("Kepala Puskesmas Oesapa,", "drg. MARIA IMACULATA SERAN", "19790916 200604 2 011")
    spec = {"font": "Calibri", "size": 22,
            "meta": {"title": "Nota dinas", "author": "TU PKM Oesapa", "created": "2024-10-07T00:40:00Z"},
            "kop": kop(["PEMERINTAH KOTA KUPANG", "DINAS KESEHATAN", "UPTD PUSKESMAS OESAPA",
                        "Jl. Timor Raya, Kelurahan Oesapa, Kecamatan Kelapa Lima"], "header"),
            "body": body}
    lab = {"violation": True,
           "categories": ["social-media", "endorsement", "letterhead-misuse"],
           "classes": [5, 7, 11],
           "note": "Nota dinas Puskesmas meneruskan WA Kadis: pasang twibbon #KupangMajuLagi #JeffLanjut, follow/like/share akun Jeffry A. Ndolu ('bantu beliau'), rekap kepatuhan"}
    return spec, lab


# ---------------------------------------------------------------- 008 (C) Kulon Progo keputusan hukdis
@memo(8)
def m008():
    body = [
        {"p": "KEPUTUSAN BUPATI KULON PROGO", "align": "center", "bold": True, "after": 0},
        {"p": "NOMOR 800.1.6.4/112/2024", "align": "center", "after": 120},
        {"p": "TENTANG", "align": "center", "after": 0},
        {"p": "PENJATUHAN HUKUMAN DISIPLIN TINGKAT SEDANG BERUPA PEMOTONGAN TUNJANGAN KINERJA", "align": "center", "bold": True, "after": 120},
        {"p": "BUPATI KULON PROGO,", "align": "center", "bold": True, "after": 120},
        {"table": [["Menimbang", ":", [
            item("bahwa berdasarkan rekomendasi Bawaslu Kabupaten Kulon Progo Nomor 078/PP.01.02/K.YO-03/II/2024 dan hasil pemeriksaan Tim Pemeriksa tanggal 21 Maret 2024, Sdr. Eko Santosa, S.Pd. terbukti menghadiri kampanye rapat umum calon anggota DPR RI di Lapangan Kenteng, Nanggulan pada Sabtu, 27 Januari 2024 dengan mengenakan kaos partai, serta mengunggah foto di akun Instagram pribadinya disertai tulisan \u201cCoblos nomor 3, pasti amanah\u201d;", num=1),
            item("bahwa perbuatan sebagaimana dimaksud huruf a merupakan pelanggaran terhadap kewajiban menjaga netralitas dan larangan bagi PNS;", num=1, cont=True),
            item("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Bupati.", num=1, cont=True)]],
                   ["Mengingat", ":", [
            item("Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;"),
            item("Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;", cont=True),
            item("Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil.", cont=True)]]],
         "widths": [1500, 300, 7270], "borders": False},
        {"p": "MEMUTUSKAN:", "align": "center", "bold": True, "before": 120, "after": 120},
        {"table": [["Menetapkan", ":", "KEPUTUSAN BUPATI TENTANG PENJATUHAN HUKUMAN DISIPLIN TINGKAT SEDANG BERUPA PEMOTONGAN TUNJANGAN KINERJA."],
                   ["KESATU", ":", "Menjatuhkan hukuman disiplin tingkat sedang berupa pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama 6 (enam) bulan kepada:\nNama: Eko Santosa, S.Pd.\nNIP: 19840712 200904 1 003\nPangkat/golongan: Penata Tk. I (III/d)\nJabatan: Guru Ahli Muda pada SMP Negeri 2 Nanggulan."],
                   ["KEDUA", ":", "Hukuman disiplin ini berlaku sejak tanggal keputusan diterima oleh yang bersangkutan."],
                   ["KETIGA", ":", "Apabila yang bersangkutan keberatan, dapat mengajukan upaya administratif sesuai ketentuan peraturan perundang-undangan."],
                   ["KEEMPAT", ":", "Keputusan ini mulai berlaku pada tanggal ditetapkan."]],
         "widths": [1500, 300, 7270], "borders": False},
    ]
    body += signature("Ditetapkan di Wates\npada tanggal 15 April 2024\nBUPATI KULON PROGO,", "Drs. H. SUTEDJO WIRYOSUDARMO", None)
    fixed = []
    for b in body:
        if isinstance(b, dict) and "\n" in b.get("p", "") and b.get("indent") == SIG_INDENT:
            for line in b["p"].split("\n"):
                nb = dict(b); nb["p"] = line; fixed.append(nb)
        else:
            fixed.append(b)
    fixed += tembusan(["Kepala Badan Kepegawaian Negara", "Kepala BKPSDM Kabupaten Kulon Progo", "Kepala Dinas Pendidikan Pemuda dan Olahraga", "Yang bersangkutan"],
                      label="Salinan Keputusan ini disampaikan kepada Yth")
    spec = {"font": "Bookman Old Style", "size": 22,
            "meta": {"title": "Kep Hukdis", "author": "BKPSDM KP", "created": "2024-04-15T02:00:00Z"},
            "body": fixed}
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Keputusan hukuman disiplin sedang yang mengutip pelanggaran (hadir rapat umum, 'Coblos nomor 3, pasti amanah')"}
    return spec, lab


# ---------------------------------------------------------------- 009 (C) Sumbawa surat tugas KPPS
@memo(9)
def m009():
    T = [[1560, "left"], [1843, "left"], [2127, "left"]]
    body = title("SURAT TUGAS", "800.1.11.1/077/PUPR/II/2024")
    body += [
        {"p": "Dasar\t:\t1.\tKeputusan Ketua PPS Desa Labuhan Sumbawa Nomor 14/PP.04.1-Kpt/5204/PPS-LS/I/2024 tentang Penetapan Anggota KPPS;",
         "tabs": T, "hanging": 2127, "indent": 2127, "after": 0},
        {"p": "\t\t2.\tSurat permohonan izin Sdr. Ilham Syafruddin tanggal 23 Januari 2024.",
         "tabs": T, "hanging": 2127, "indent": 2127, "after": 240},
        {"p": "MEMBERI TUGAS", "align": "center", "bold": True, "after": 120},
        {"p": "Kepada\t:\tNama\t: Ilham Syafruddin, S.T.", "tabs": [[1560, "left"], [1843, "left"], [3686, "left"]], "after": 0},
        {"p": "\t\tNIP\t: 19890305 201503 1 004", "tabs": [[1560, "left"], [1843, "left"], [3686, "left"]], "after": 0},
        {"p": "\t\tJabatan\t: Teknik Jalan dan Jembatan Ahli Pertama", "tabs": [[1560, "left"], [1843, "left"], [3686, "left"]], "after": 120},
        {"p": "Untuk\t:\t1.\tMelaksanakan tugas sebagai Ketua KPPS pada TPS 011 Desa Labuhan Sumbawa, Kecamatan Labuhan Badas, pada pemungutan dan penghitungan suara Pemilu tanggal 14 Februari 2024;",
         "tabs": T, "hanging": 2127, "indent": 2127, "after": 0},
        {"p": "\t\t2.\tMengikuti bimbingan teknis KPPS yang diselenggarakan PPK Labuhan Badas pada tanggal 5 Februari 2024;",
         "tabs": T, "hanging": 2127, "indent": 2127, "after": 0},
        {"p": "\t\t3.\tMenjaga netralitas sebagai ASN dan penyelenggara ad hoc, tidak mengenakan atribut peserta pemilu serta tidak mengarahkan pemilih;",
         "tabs": T, "hanging": 2127, "indent": 2127, "after": 0},
        {"p": "\t\t4.\tTugas ini dilaksanakan tanpa mengganggu tugas pokok; hari Rabu 14 Februari 2024 merupakan hari libur nasional, sedangkan tanggal 15 Februari 2024 yang bersangkutan diberi dispensasi masuk kerja karena penghitungan suara berlanjut hingga dini hari;",
         "tabs": T, "hanging": 2127, "indent": 2127, "after": 0},
        {"p": "\t\t5.\tMelaporkan pelaksanaan tugas secara tertulis kepada Kepala Bidang Bina Marga setelah tugas selesai.",
         "tabs": T, "hanging": 2127, "indent": 2127, "after": 240},
        para("Pegawai lainnya di lingkungan Dinas PUPR agar tetap menggunakan hak pilih di TPS sesuai yang "
             "tercantum dalam formulir C Pemberitahuan masing-masing."),
    ]
    body += signature("Kepala Dinas Pekerjaan Umum\ndan Penataan Ruang,", "Ir. MUHAMMAD JAYADI, M.T.", "19710402 199803 1 007",
                      place_date="Sumbawa Besar, 26 Januari 2024", pangkat="Pembina Tk. I (IV/b)")
    spec = {"font": "Times New Roman", "size": 24, "engine": "libreoffice",
            "meta": {"title": "ST KPPS", "author": "Sekretariat PUPR", "created": "2024-01-26T02:30:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN SUMBAWA", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                        "Jalan Garuda No. 100 Sumbawa Besar 84312"], "table", logo="LOGO"),
            "body": body}
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Surat tugas ASN sebagai Ketua KPPS ('Untuk' melaksanakan tugas KPPS), jaga netralitas, gunakan hak pilih"}
    return spec, lab


# ---------------------------------------------------------------- 010 (V) BPBD Sigi semua paslon
@memo(10)
def m010():
    body = title("SURAT PERINTAH TUGAS", "000.1.2.3/318/BPBD/X/2024")
    body += [
        para("Menindaklanjuti hasil rapat staf BPBD Kabupaten Sigi tanggal 30 September 2024 dan dalam rangka "
             "menjaga hubungan baik instansi dengan seluruh pasangan calon Bupati dan Wakil Bupati Sigi, "
             "dengan ini Kepala Pelaksana BPBD memerintahkan:", first=0),
        field("Kepada", "Pegawai sebagaimana tercantum dalam kolom petugas pada jadwal di bawah ini", tabs=[[1418, "left"], [1702, "left"]], hang=1702),
        field("Untuk", "Hadir sebagai peserta pada kampanye rapat umum setiap pasangan calon sesuai jadwal berikut, bergantian mengisi barisan depan agar tidak ada pasangan yang merasa BPBD berpihak:",
              tabs=[[1418, "left"], [1702, "left"]], hang=1702, after=120),
        {"table": [["Hari/tanggal", "Kegiatan", "Lokasi", "Petugas", "Kendaraan"],
                   ["Rabu, 9 Oktober 2024\n09.00 WITA", "Rapat umum paslon nomor urut 1", "Lapangan Bora, Sigi Biromaru", "Seksi Kedaruratan (8 orang)", "Double cabin DN 8112 E"],
                   ["Selasa, 15 Oktober 2024\n09.00 WITA", "Rapat umum paslon nomor urut 2", "Lapangan Desa Kalukubula", "Seksi Rehabilitasi (7 orang)", "Double cabin DN 8112 E"],
                   ["Kamis, 24 Oktober 2024\n13.30 WITA", "Rapat umum paslon nomor urut 3", "Alun-alun Dolo", "Sekretariat (9 orang)", "Rescue DN 8047 E"]],
         "widths": [1900, 2000, 1900, 1800, 1470], "header_row": True},
        {"p": "Ketentuan:", "bold": True, "before": 120, "after": 60},
        item("Petugas berangkat dari kantor pukul 08.00 WITA setelah apel pagi dan kembali ke kantor setelah acara selesai;"),
        item("Petugas mengenakan pakaian bebas, tidak membawa atribut BPBD dan tidak memakai atribut pasangan mana pun;", cont=True),
        item("Kehadiran dicatat dalam daftar hadir sebagai dinas luar dalam daerah;", cont=True),
        item("Biaya BBM kendaraan dibebankan pada DPA Sekretariat BPBD Tahun Anggaran 2024.", cont=True, after=120),
        {"p": "Pelaporan:", "bold": True, "after": 60},
        para("Koordinator setiap rombongan menyampaikan laporan singkat disertai dokumentasi kehadiran kepada "
             "Kepala Pelaksana paling lambat 1 (satu) hari kerja setelah kegiatan.", first=0),
        para("Surat perintah tugas ini dilaksanakan dengan penuh tanggung jawab."),
    ]
    body += signature("KEPALA PELAKSANA\nBADAN PENANGGULANGAN BENCANA DAERAH\nKABUPATEN SIGI,",
                      "ARIFIN LAHAMANI, S.Sos., M.Si.", "19740115 199903 1 006", place_date="Sigi, 2 Oktober 2024",
                      pangkat="Pembina (IV/a)")
    spec = {"font": "Arial", "size": 21,
            "meta": {"title": "SPT Rapat Umum", "author": "Sekretariat BPBD", "created": "2024-10-02T00:50:00Z"},
            "kop": kop(["PEMERINTAH KABUPATEN SIGI", "BADAN PENANGGULANGAN BENCANA DAERAH",
                        "Kompleks Perkantoran Bumi Bulava, Sigi Biromaru"], "header"),
            "body": body}
    lab = {"violation": True,
           "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
           "classes": [6, 10, 12],
           "note": "SPT BPBD: pegawai diperintah hadir sebagai peserta rapat umum semua paslon (netral ke semua, tetap mobilisasi) pada jam kerja, mobil dinas, BBM DPA; ada bagian Pelaporan"}
    return spec, lab
