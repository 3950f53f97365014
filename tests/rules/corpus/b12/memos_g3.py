# Group 3: b12_021 - b12_030 (written individually)
from write_specs import memo, kop, p, gap, judul, nomor, kepada, ttd, tembusan

# ---------------------------------------------------------------- 021  V  (Karangasem, PMT diserahkan tim)
memo(21, {
    "font": "Arial", "size": 22,
    "meta": {"title": "PMT Tahap III", "author": "Seksi Gizi", "created": "2024-10-14T01:20:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN KARANGASEM", "DINAS KESEHATAN",
                "Jalan Ngurah Rai No. 1, Amlapura, Karangasem, Bali 80811"]),
    "body": nomor("400.7.8/1652/Dinkes", "Penyaluran PMT Lokal Balita Gizi Kurang dan Ibu Hamil KEK Tahap III",
                  sifat="Segera", lamp="1 (satu) lembar", tempat_tgl="Amlapura, 14 Oktober 2024")
    + kepada(["Yth. Kepala UPTD Puskesmas", "se-Kabupaten Karangasem"])
    + [
        p("Om Swastyastu,", first=0),
        p("Menindaklanjuti ketersediaan anggaran PMT lokal bersumber DAK Nonfisik BOK Tahap III, bersama "
          "ini disampaikan hal-hal sebagai berikut:"),
        {"p": "Penyaluran PMT dilaksanakan serentak di banjar sesuai jadwal terlampir, yang sudah "
              "disesuaikan dengan agenda kunjungan Bapak I Gusti Ngurah Wiratama, S.H. ke desa-desa.",
         "num": 0},
        {"p": "PMT dikemas dalam tas kain berwarna oranye dengan stiker \"Karangasem Sehat Berlanjut\" "
              "yang disiapkan oleh sekretariat tim beliau; puskesmas tidak perlu menyiapkan kemasan sendiri.",
         "num": 0},
        {"p": "Penyerahan simbolis dilakukan oleh beliau atau perwakilan timnya. Petugas gizi dan bidan "
              "desa mendampingi serta memastikan ibu-ibu penerima hadir lengkap di lokasi.", "num": 0},
        {"p": "Mohon disampaikan kepada penerima bahwa PMT ini merupakan kelanjutan program beliau semasa "
              "menjabat dan akan terus berjalan apabila beliau {split:kembali mem|impin} Karangasem.", "num": 0},
        {"p": "Dokumentasi penyerahan dikirim ke Seksi Kesehatan Keluarga dan Gizi serta ke nomor admin "
              "tim (0813-3872-5512) pada hari yang sama.", "num": 0},
        {"table": [["Desa", "Tanggal", "Agenda kunjungan", "Puskesmas"],
                   ["Bebandem", "21 Oktober 2024", "tatap muka di Balai Banjar Dukuh", "Bebandem"],
                   ["Sidemen", "23 Oktober 2024", "simakrama krama subak", "Sidemen"],
                   ["Kubu", "26 Oktober 2024", "tatap muka nelayan Tianyar", "Kubu I"],
                   ["Abang", "30 Oktober 2024", "dharma wacana di Pura Desa", "Abang I"]],
         "widths": [1700, 2000, 3700, 1800], "header_row": True},
        gap(),
        p("Demikian, atas perhatian dan kerja samanya diucapkan suksma. Om Santih, Santih, Santih, Om.", first=0),
        gap(),
    ]
    + ttd("Kepala Dinas Kesehatan,", "dr. I WAYAN SUKADANA, M.Kes.", "19710909 200112 1 004")
}, True, ["state-facility", "endorsement", "inducement", "campaign-activity", "letterhead-misuse"], [1, 7, 13],
    "PMT dari DAK BOK disalurkan mengikuti agenda kunjungan Ngurah Wiratama, kemasan warna & stiker tim, diserahkan "
    "timnya, 'kelanjutan program beliau ... apabila beliau kembali memimpin'")

# ---------------------------------------------------------------- 022  C  (Bangli, keputusan hukuman disiplin)
memo(22, {
    "engine": "libreoffice",
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Keputusan hukdis", "author": "BKPSDM Bangli", "created": "2024-12-09T02:00:00Z"},
    "kop": kop(["BUPATI BANGLI", "PROVINSI BALI"]),
    "body": [
        {"p": "KEPUTUSAN BUPATI BANGLI", "align": "center", "bold": True, "after": 0},
        {"p": "NOMOR 800.1.6.4/2871/BKPSDM/2024", "align": "center", "after": 120},
        {"p": "TENTANG", "align": "center", "after": 0},
        {"p": "PENJATUHAN HUKUMAN DISIPLIN TINGKAT SEDANG ATAS NAMA I KETUT S., S.Pd., M.Pd.",
         "align": "center", "bold": True},
        {"p": "BUPATI BANGLI,", "align": "center", "bold": True},
        {"p": "Menimbang\t:\ta.\tbahwa berdasarkan rekomendasi Bawaslu Kabupaten Bangli dan hasil pemeriksaan "
              "tim pemeriksa, Sdr. I Ketut S., S.Pd., M.Pd., NIP 19760214 200003 1 005, Pengawas Sekolah "
              "Ahli Madya pada Dinas Pendidikan, Pemuda dan Olahraga, terbukti pada tanggal 2 Oktober 2024 "
              "mengunggah bingkai foto (twibbon) bertuliskan \"#BangliMajuLagi – Coblos Nomor 1\" pada akun "
              "Facebook pribadinya dan membagikan ajakan memilih salah satu pasangan calon Bupati di grup "
              "Facebook \"Guru SD Bangli\";", "tabs": [[1701, "left"], [1985, "left"], [2410, "left"]],
         "indent": 2410, "hanging": 2410, "align": "both"},
        {"p": "\t\tb.\tbahwa perbuatan tersebut melanggar kewajiban menjaga netralitas ASN, sehingga perlu "
              "menetapkan Keputusan Bupati tentang Penjatuhan Hukuman Disiplin;",
         "tabs": [[1701, "left"], [1985, "left"], [2410, "left"]], "indent": 2410, "hanging": 2410, "align": "both"},
        {"p": "Mengingat\t:\t1.\tUndang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
         "tabs": [[1701, "left"], [1985, "left"], [2410, "left"]], "indent": 2410, "hanging": 2410, "align": "both"},
        {"p": "\t\t2.\tPeraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;",
         "tabs": [[1701, "left"], [1985, "left"], [2410, "left"]], "indent": 2410, "hanging": 2410, "align": "both"},
        {"p": "MEMUTUSKAN:", "align": "center", "bold": True, "before": 120},
        {"p": "Menetapkan\t:\tKEPUTUSAN BUPATI TENTANG PENJATUHAN HUKUMAN DISIPLIN TINGKAT SEDANG.",
         "tabs": [[1701, "left"], [1985, "left"]], "indent": 1985, "hanging": 1985, "align": "both"},
        {"p": "KESATU\t:\tMenjatuhkan hukuman disiplin tingkat sedang berupa pemotongan tunjangan kinerja "
              "sebesar 25% (dua puluh lima persen) selama 6 (enam) bulan kepada pegawai sebagaimana dimaksud "
              "dalam konsiderans huruf a.", "tabs": [[1701, "left"], [1985, "left"]], "indent": 1985,
         "hanging": 1985, "align": "both"},
        {"p": "KEDUA\t:\tYang bersangkutan wajib menghapus unggahan dan tidak mengulangi perbuatannya.",
         "tabs": [[1701, "left"], [1985, "left"]], "indent": 1985, "hanging": 1985, "align": "both"},
        {"p": "KETIGA\t:\tKeputusan ini mulai berlaku sejak tanggal disampaikan kepada yang bersangkutan.",
         "tabs": [[1701, "left"], [1985, "left"]], "indent": 1985, "hanging": 1985, "align": "both"},
        gap(),
    ]
    + ttd(["Ditetapkan di Bangli", "pada tanggal 9 Desember 2024", "BUPATI BANGLI,"], "I NENGAH ARTHA WIJAYA", None)
    + tembusan(["Kepala Badan Kepegawaian Negara", "Ketua Bawaslu Kabupaten Bangli",
                "Kepala Dinas Pendidikan, Pemuda dan Olahraga", "Yang bersangkutan"], title="Salinan Keputusan ini disampaikan kepada Yth.:")
}, False, [], [14],
    "Keputusan hukuman disiplin yang mengutip twibbon '#BangliMajuLagi – Coblos Nomor 1' pengawas sekolah")

# ---------------------------------------------------------------- 023  V  (SBB, ALL CAPS kumpul KTP)
memo(23, {
    "font": "Courier New", "size": 22,
    "meta": {"title": "PENGUMUMAN", "author": "UPTD KAIRATU", "created": "2024-04-29T04:00:00Z"},
    "body": [
        {"p": "PENGUMUMAN PENTING !!!", "align": "center", "bold": True},
        {"p": "KEPADA YTH. KEPALA SD DAN SMP SE-KECAMATAN KAIRATU", "align": "left", "after": 0},
        {"p": "DARI : KEPALA UPTD PENDIDIKAN KECAMATAN KAIRATU", "align": "left", "after": 0},
        {"p": "TGL  : 29 APRIL 2024", "align": "left", "after": 200},
        {"p": "SEHUBUNGAN DENGAN TAHAPAN PENYERAHAN DUKUNGAM BAKAL PASANGAN PERSEORANGAN BUPATI DAN WAKIL "
              "BUPATI SERAM BAGIAN BARAT, DIMINTA KEPADA SETIAP KEPALA SEKOIAH UNTUK :", "align": "both"},
        {"p": "1. MENGUMPULKAN F0TOKOPI KTP-EL DAN KK GURU, PEGAWAI, KOMITE DAN 0RANG TUA MURID MINIMAL "
              "25 (DUA PULUH LIMA) LEMBAR PER SEKOLAH.", "align": "both", "indent": 360},
        {"p": "2. MEMINTA YANG BERSANGKUTAN MENANDATANGANI FORMULIR MODEL B.1-KWK PERSEORANGAN ATAS NAMA "
              "BPK. YOHANIS LATUPEIRISSA – BPK. ABDULLAH WAEL (BERKAS KOSONG TERLAMPIR).", "align": "both",
         "indent": 360},
        {"p": "3. MENYERAHKAN KE KANTOR UPTD PALlNG LAMBAT SABTU 4 MEI 2024 JAM 12.00 WIT.", "align": "both",
         "indent": 360},
        {"p": "SEKOLAH YANG TIDAK MENYETOR ATAU KURANG DARI TARGET AKAN DICATAT DAN PENCAIRAN DANA BOSDA "
              "TAHAP II DITUNDA SAMPAI ADA PENJELASAN.", "align": "both", "bold": True},
        {"p": "INGAT BASUDARA : BPK. YOHANIS ITU ANAK NEGERI SENDIRI, KATONG HARUS BANTU SUPAYA BELIAU BISA "
              "MAJU. HAL INI TIDAK PERLU DIBAHAS DI GRUP WA.", "align": "both"},
        {"p": "DEMIKIAN, DANKE.", "align": "left"},
        gap(),
        {"p": "KA. UPTD PENDIDIKAN KEC. KAIRATU", "indent": 4820, "align": "left", "after": 0},
        {"p": "TTD", "indent": 4820, "align": "left", "after": 0},
        {"p": "FREDRIK H. TUANAKOTTA, S.PD", "indent": 4820, "align": "left", "after": 0},
    ]
}, True, ["inducement", "endorsement", "state-facility"], [7, 8, 11],
    "ALL CAPS + salah ketik OCR: Ka. UPTD Pendidikan minta kepsek kumpulkan fotokopi KTP/KK guru & wali murid dan "
    "formulir dukungan B.1-KWK untuk pasangan perseorangan; ancam tunda BOSDA; tanpa kop")

# ---------------------------------------------------------------- 024  C  (Jembrana, guru KPPS & sekolah TPS)
memo(24, {
    "font": "Calibri", "size": 23,
    "meta": {"title": "Pendataan guru KPPS", "author": "Korwil Negara", "created": "2024-10-28T02:30:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN JEMBRANA", "DINAS PENDIDIKAN, KEPEMUDAAN DAN OLAHRAGA",
                "KOORDINATOR WILAYAH PENDIDIKAN KECAMATAN NEGARA",
                "Jalan Surapati No. 1, Negara, Jembrana"], placement="body"),
    "body": [{"p": "", "border_bottom": True, "after": 120}]
    + nomor("400.3/311/Korwil-Ngr/2024",
            "Pendataan Guru Anggota KPPS dan Penggunaan Gedung Sekolah sebagai TPS",
            tempat_tgl="Negara, 28 Oktober 2024")
    + kepada(["Yth. Kepala TK, SD dan SMP", "se-Kecamatan Negara"])
    + [
        p("Om Swastyastu,", first=0),
        p("Menjelang pemungutan suara Pemilihan Gubernur dan Wakil Gubernur Bali serta Bupati dan Wakil "
          "Bupati Jembrana pada Rabu, 27 November 2024, kami sampaikan hal-hal berikut:"),
        {"p": "Guru dan tenaga kependidikan yang ditetapkan sebagai anggota KPPS atau PPS agar didata pada "
              "tabel di bawah dan dikirim paling lambat 4 November 2024. Calon anggota KPPS yang masih "
              "menunggu pengumuman juga dicantumkan dengan keterangan \"proses\".", "num": 0},
        {"p": "Yang bersangkutan diberi dispensasi mengikuti bimbingan teknis KPU dan bertugas pada "
              "26–28 November 2024; kepala sekolah mengatur guru pengganti.", "num": 0},
        {"p": "Gedung sekolah yang diajukan PPS sebagai TPS dipinjamkan sesuai permohonan tertulis. Kepala "
              "sekolah memastikan ruang kelas bersih, tidak ada alat peraga kampanye di lingkungan sekolah, "
              "dan mengamankan dokumen sekolah sebelum serah terima.", "num": 0},
        {"p": "Tanggal 27 November 2024 adalah hari libur; seluruh warga sekolah yang telah memiliki hak "
              "pilih diimbau menggunakan hak pilihnya di TPS masing-masing.", "num": 0},
        {"table": [["No", "Nama guru/tendik", "NIP/NUPTK", "Tugas (KPPS/PPS)", "Desa/Kelurahan", "Status"],
                   ["1", "", "", "", "", ""], ["2", "", "", "", "", ""], ["3", "", "", "", "", ""]],
         "widths": [500, 2400, 1800, 1500, 1700, 1300], "header_row": True},
        gap(),
        p("Guru yang bertugas sebagai KPPS tetap terikat ketentuan netralitas ASN. Atas perhatiannya, "
          "kami ucapkan suksma."),
        gap(),
    ]
    + ttd("Koordinator Wilayah,", "I GEDE PUTU MERTAYASA, S.Pd., M.Pd.", "19700305 199301 1 002")
}, False, [], [14],
    "Logistik pemilihan: data guru KPPS/PPS (termasuk 'calon anggota KPPS'), sekolah dipinjam sebagai TPS, libur, "
    "'gunakan hak pilih'")

# ---------------------------------------------------------------- 025  V  (Pekalongan, pegawai ke rapat umum semua partai)
memo(25, {
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "ND pengiriman pegawai rapat umum", "author": "Sekretariat Dinkes",
             "created": "2024-01-18T02:00:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN PEKALONGAN", "DINAS KESEHATAN",
                "Jl. Mandurorejo, Kajen, Kabupaten Pekalongan 51161"]),
    "body": judul("NOTA DINAS", "Nomor: 000.1.4/0184/2024")
    + [
        {"p": "Kepada\t:\tKepala Puskesmas se-Kabupaten Pekalongan", "tabs": [[1418, "left"], [1702, "left"]],
         "after": 0, "align": "left"},
        {"p": "Dari\t:\tKepala Dinas Kesehatan", "tabs": [[1418, "left"], [1702, "left"]], "after": 0,
         "align": "left"},
        {"p": "Tanggal\t:\t18 Januari 2024", "tabs": [[1418, "left"], [1702, "left"]], "after": 0, "align": "left"},
        {"p": "Hal\t:\tPengiriman Pegawai pada Rapat Umum Partai Politik Peserta Pemilu 2024",
         "tabs": [[1418, "left"], [1702, "left"]], "indent": 1702, "hanging": 1702, "after": 120,
         "align": "left", "border_bottom": True},
        {"table": [[{"blocks": [{"p": "JADWAL PENGERAHAN PEGAWAI KE RAPAT UMUM PARTAI POLITIK PESERTA PEMILU 2024",
                                 "bold": True, "align": "center"}], "span": 4}],
                   ["Tanggal", "Partai", "Lokasi", "Puskesmas pengirim"],
                   ["23 Januari 2024", "PKB", "Lapangan Kajen", "Kajen I, Kajen II, Kesesi I"],
                   ["27 Januari 2024", "Partai Gerindra", "Stadion Widya Manggala Krida", "Wiradesa, Wonopringgo"],
                   ["31 Januari 2024", "PDI Perjuangan", "Alun-alun Kajen", "Bojong I, Kedungwuni I"],
                   ["4 Februari 2024", "Partai Golkar", "Lapangan Wiradesa", "Tirto I, Buaran"],
                   ["7 Februari 2024", "Partai NasDem", "GOR Kajen", "Doro I, Talun, Karanganyar"]],
         "widths": [2000, 2100, 2800, 2400]},
        gap(),
        p("Setiap puskesmas pengirim menugaskan 15 (lima belas) pegawai sesuai jadwal di atas, dengan "
          "ketentuan:"),
        {"p": "berangkat dari puskesmas pukul 07.30 WIB menggunakan mobil puskesmas keliling;", "num": 1},
        {"p": "pegawai tidak mengenakan seragam dinas dan mengikuti acara sampai selesai;", "num": 1},
        {"p": "uang makan Rp50.000,- per orang dibebankan pada kegiatan rapat koordinasi lintas sektor;",
         "num": 1},
        {"p": "kehadiran dicatat sebagai dinas luar; daftar nama dikirim ke Subbag Umum H-1.", "num": 1},
        p("Pengiriman dilakukan bergiliran kepada semua partai agar tidak ada kesan memihak dan suasana "
          "rapat umum di Kabupaten Pekalongan tetap semarak. Demikian untuk dilaksanakan."),
        gap(),
    ]
    + ttd("Kepala Dinas Kesehatan,", "dr. SETIAWAN DWI ANTORO", "19751020 200501 1 010")
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6, 12],
    "Tabel berjudul 'JADWAL PENGERAHAN PEGAWAI KE RAPAT UMUM PARTAI POLITIK'; pegawai dikirim bergiliran ke rapat umum "
    "semua partai dengan mobil pusling, uang makan APBD, dinas luar")

# ---------------------------------------------------------------- 026  C  (Denpasar, rakor layanan kesehatan kampanye)
memo(26, {
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "Notulen rakor yankes kampanye", "author": "Bidang Yankes", "created": "2024-09-20T06:00:00Z"},
    "kop": kop(["PEMERINTAH KOTA DENPASAR", "DINAS KESEHATAN",
                "Jalan Maruti No. 2, Denpasar, Bali 80239"]),
    "body": judul("NOTULEN RAPAT KOORDINASI",
                  "Dukungan Pelayanan Kesehatan pada Tahapan Kampanye dan Debat Publik Pemilihan 2024")
    + [
        {"table": [["Hari/tanggal", ": Jumat, 20 September 2024"],
                   ["Tempat", ": Ruang Rapat Dinas Kesehatan Kota Denpasar"],
                   ["Peserta", ": KPU Kota Denpasar, Bawaslu Kota Denpasar, Polresta Denpasar, RSUD Wangaya, "
                               "Kepala Puskesmas se-Kota Denpasar, Bidang Yankes"]],
         "widths": [1900, 7300], "borders": False},
        gap(),
        {"p": "**Pokok bahasan**", "align": "left"},
        p("KPU Kota Denpasar menyampaikan jadwal kampanye rapat umum dan debat publik Pemilihan Gubernur dan "
          "Wakil Gubernur Bali serta Wali Kota dan Wakil Wali Kota Denpasar, dan meminta dukungan pos "
          "kesehatan pada setiap kegiatan tersebut sesuai standar pengamanan kegiatan massal."),
        {"p": "**Kesepakatan**", "align": "left"},
        {"p": "Tim siaga (1 ambulans, 1 dokter, 2 perawat) disiapkan dengan komposisi yang sama untuk setiap "
              "rapat umum dan debat publik kedua pasangan calon, hanya berdasarkan jadwal resmi dari KPU.",
         "num": 0},
        {"p": "Permintaan langsung dari tim kampanye pasangan calon mana pun di luar jadwal KPU tidak "
              "dilayani dan diarahkan ke KPU.", "num": 0},
        {"p": "Petugas bertugas di pos kesehatan, tidak mengenakan atribut, tidak ikut yel-yel, tidak berfoto "
              "dengan pasangan calon, dan tidak mengunggah kegiatan kampanye di media sosial pribadi.", "num": 0},
        {"p": "Petugas yang tidak sedang bertugas siaga tidak dikirim ke lokasi kampanye.", "num": 0},
        {"p": "Kejadian kesehatan dilaporkan kepada KPU, Bawaslu dan Polresta melalui Bidang Yankes.", "num": 0},
        p("Rapat ditutup pukul 11.30 WITA."),
        gap(),
    ]
    + ttd("Notulis,", "NI MADE ARI PRATIWI, S.Kep., Ns.", "19880415 201101 2 007", blank=2)
}, False, [], [14],
    "Rakor yang memperlakukan kedua paslon sama: pos kesehatan siaga di rapat umum/debat atas jadwal KPU, petugas netral; "
    "'disepakati', 'kampanye', 'tim kampanye' hanya konteks pengamanan kesehatan")

# ---------------------------------------------------------------- 027  V  (Buleleng SD, paruman + ramah tamah, tracked)
memo(27, {
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Undangan paruman komite", "author": "TU SDN 3 Seririt",
             "created": "2024-10-14T03:00:00Z", "modified": "2024-10-15T02:12:00Z",
             "last_modified_by": "Kepala Sekolah"},
    "kop": kop(["PEMERINTAH KABUPATEN BULELENG", "DINAS PENDIDIKAN, PEMUDA DAN OLAHRAGA",
                "SD NEGERI 3 SERIRIT", "Jalan Gajah Mada, Seririt, Buleleng"], placement="table", logo="TUT WURI HANDAYANI"),
    "body": nomor("400.3.1/088/SDN3/X/2024", "Undangan", tempat_tgl="Seririt, 15 Oktober 2024")
    + kepada(["Yth. Bapak/Ibu Orang Tua/Wali Murid", "Kelas I s.d. VI SD Negeri 3 Seririt"])
    + [
        p("Om Swastyastu,", first=0),
        p("Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada Paruman Komite Sekolah yang akan "
          "dilaksanakan pada:"),
        {"table": [["Hari/tanggal", ": Sabtu, 19 Oktober 2024"],
                   ["Pukul", ": 09.00 WITA s.d. selesai"],
                   ["Tempat", ": Wantilan SD Negeri 3 Seririt"]],
         "widths": [2000, 7200], "borders": False},
        {"p": "Acara:", "align": "left", "after": 0},
        {"p": "Laporan kegiatan sekolah semester I;", "num": 0},
        {"p": "Rencana perbaikan toilet siswa;", "num": 0},
        {"p": "{ins:Ramah tamah bersama Bapak I Made Sudarsana, S.E., calon Bupati Buleleng nomor urut 1.}",
         "num": 0},
        p("{ins:Dalam acara ramah tamah, bantuan seragam adat dan tas sekolah dari dana BOS Kinerja 2024 akan "
          "diserahkan langsung oleh beliau sebagai kelanjutan program beliau selama di DPRD. Mohon "
          "Bapak/Ibu hadir lengkap dan memberikan dukungan kepada yang bersangkutan pada 27 November nanti.}"),
        p("{del:Mengingat pentingnya acara tersebut, kehadiran Bapak/Ibu sangat kami harapkan.}"
          "Atas perhatian Bapak/Ibu kami ucapkan suksma."),
        p("Om Santih, Santih, Santih, Om.", first=0),
        gap(),
    ]
    + ttd("Kepala SD Negeri 3 Seririt,", "NI LUH PUTU SRIASIH, S.Pd.SD.", "19760722 199903 2 004")
}, True, ["campaign-activity", "endorsement", "state-facility", "inducement", "letterhead-misuse"], [3, 7, 13],
    "Undangan paruman (kop tabel SD); sisipan terlacak: ramah tamah dengan calon Bupati no. 1 di wantilan sekolah, "
    "bantuan BOS diserahkan 'beliau', minta dukungan 'yang bersangkutan'")

# ---------------------------------------------------------------- 028  C  (Kota Tual, WA pengawas ANBK)
memo(28, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "info ANBK", "author": "pengawas sd tual", "created": "2024-08-19T10:00:00Z"},
    "footer": [{"p": "Ain ni ain – Korwil Pendidikan Dullah Selatan", "align": "right", "size": 16, "italic": True}],
    "body": [
        {"p": "Pesan grup WA \"KEPSEK BINAAN DULLAH SELATAN\" – disalin untuk arsip", "italic": True,
         "size": 18, "align": "left"},
        {"p": "[19/08/2024 17.05] Ibu Pengawas Marselina:", "bold": True, "align": "left", "after": 0},
        {"p": "Selamat sore bapa ibu kepsek samua 🙏", "align": "left"},
        {"p": "1) ANBK SD gelombang 1 tanggal 26–29 Agustus. Tolong pilih sesi 1 atau sesi 2 untuk sekolah "
              "masing2, kasih tau di grup paling lambat hari Rabu. Jang samua pilih sesi 1 e, server seng "
              "kuat 😅", "align": "left"},
        {"p": "2) Mari katong sukseskan ANBK! Operator sekolah tolong didukung, kasih izin dong dari mengajar "
              "selama gladi.", "align": "left"},
        {"p": "3) Kampanye literasi \"Tual Membaca 15 Menit\" jalan terus. Tolong guru-guru like deng share "
              "postingan lomba literasi di IG resmi {link:https://www.instagram.com/disdik.kotatual|@disdik.kotatual}, "
              "supaya orang tua tahu.", "align": "left"},
        {"p": "4) Deklarasi sekolah ramah anak deng anti-perundungan tanggal 2 September di SD Inpres Dullah. "
              "Kepsek deng ketua komite hadir e.", "align": "left"},
        {"p": "Danke banyak, Tuhan berkati. Ain ni ain 💪", "align": "left"},
        gap(),
        {"p": "[19/08/2024 17.21] Pak Kepsek SD Negeri 4 Tual:", "bold": True, "align": "left", "after": 0},
        {"p": "Siap ibu, katong pilih sesi 2 sa.", "align": "left"},
    ]
}, False, [], [14, 11],
    "Informal (WA, Maluku): ANBK 'pilih sesi', 'sukseskan', operator 'didukung', 'kampanye literasi', like/share akun "
    "resmi dinas, 'deklarasi sekolah ramah anak' – bukan politik")

# ---------------------------------------------------------------- 029  V  (Kediri, berita acara K3S caleg DPR RI)
memo(29, {
    "font": "Arial", "size": 22,
    "meta": {"title": "BA rapat K3S Januari", "author": "Sekretaris K3S Pare", "created": "2024-01-12T08:40:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN KEDIRI", "DINAS PENDIDIKAN",
                "KOORDINATOR WILAYAH BIDANG PENDIDIKAN KECAMATAN PARE",
                "Jl. Pahlawan Kusuma Bangsa No. 5, Pare, Kediri"]),
    "footer": [{"p": "BA K3S Kec. Pare – Januari 2024 – hal. 1", "align": "center", "size": 16}],
    "body": judul("BERITA ACARA RAPAT", "Kelompok Kerja Kepala Sekolah (K3S) SD Kecamatan Pare")
    + [
        p("Pada hari ini Jumat tanggal dua belas bulan Januari tahun dua ribu dua puluh empat, bertempat di "
          "Ruang Pertemuan Korwil Pendidikan Kecamatan Pare, telah dilaksanakan rapat K3S SD Kecamatan Pare "
          "yang dipimpin oleh Koordinator Wilayah dan dihadiri 38 kepala sekolah."),
        p("Menindaklanjuti hasil musyawarah pengurus K3S tanggal 8 Januari 2024, rapat **memutuskan**:"),
        {"p": "Iuran K3S semester genap sebesar Rp75.000,- per sekolah dibayarkan paling lambat 31 Januari 2024.",
         "num": 0},
        {"p": "Seluruh kepala SD se-Kecamatan Pare {split:men|du|kung} Ibu Dra. Sri Wahyuningsih, M.Pd., calon anggota "
              "DPR RI Daerah Pemilihan Jawa Timur VI nomor urut 2 dari Partai Karya Nusantara, karena beliau "
              "telah memperjuangkan tunjangan guru dan sertifikasi.", "num": 0},
        {"p": "Setiap sekolah memenuhi target perolehan suara bagi beliau sebagaimana tercantum dalam kotak di "
              "bawah ini, dihitung dari guru, tendik, komite dan keluarga.", "num": 0},
        {"p": "Kepala sekolah mengoordinasikan kehadiran guru pada kampanye dialogis beliau, Minggu, "
              "28 Januari 2024 pukul 09.00 WIB di Gedung Serbaguna Pare.", "num": 0},
        {"textbox": [
            {"p": "TARGET SUARA PER SEKOLAH", "bold": True, "align": "center"},
            {"p": "SDN Pare 1–3\t: 40 suara per sekolah", "tabs": [[4400, "left"]]},
            {"p": "SDN Tulungrejo 1–4\t: 35 suara per sekolah", "tabs": [[4400, "left"]]},
            {"p": "SDN Pelem, Tertek, Gedangsewu\t: 30 suara per sekolah", "tabs": [[4400, "left"]]},
            {"p": "SD swasta\t: 20 suara per sekolah", "tabs": [[4400, "left"]]},
        ], "width_cm": 13, "height_cm": 3.6},
        {"p": "**Pelaporan**", "align": "left"},
        p("Rekap nama pendukung per sekolah diserahkan kepada Sekretaris K3S paling lambat 5 Februari 2024 "
          "dalam bentuk cetak, tidak dikirim melalui grup WA."),
        p("Demikian berita acara ini dibuat untuk dilaksanakan."),
        gap(),
        {"table": [[[{"p": "Koordinator Wilayah,", "align": "center"}, gap(), gap(),
                     {"p": "**Drs. MOCHAMAD ROFIQ**", "align": "center"},
                     {"p": "NIP. 19670530 199003 1 011", "align": "center"}],
                    [{"p": "Ketua K3S,", "align": "center"}, gap(), gap(),
                     {"p": "**SITI MUDRIKAH, S.Pd., M.Pd.**", "align": "center"},
                     {"p": "NIP. 19720304 199802 2 006", "align": "center"}]]],
         "widths": [4600, 4600], "borders": False},
    ]
}, True, ["endorsement", "campaign-activity", "letterhead-misuse"], [7, 9, 10],
    "Berita acara K3S (kop Korwil): 'Menindaklanjuti hasil musyawarah ... memutuskan' kepsek dukung caleg DPR RI no. 2, "
    "target suara per sekolah (kotak teks), hadirkan guru ke kampanye dialogis beliau, bagian Pelaporan")

# ---------------------------------------------------------------- 030  C  (Ponorogo, transkrip pesan suara netralitas)
memo(30, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "transkrip vn kapus", "author": "TU PKM Sukorejo", "created": "2024-10-01T11:00:00Z"},
    "body": [
        {"p": "Transkrip pesan suara Kepala Puskesmas Sukorejo", "bold": True, "align": "left", "after": 0},
        {"p": "grup WA \"PKM SUKOREJO\", Selasa 1 Oktober 2024 pukul 19.12 (1 menit 52 detik)", "align": "left",
         "size": 18, "italic": True},
        gap(),
        p("\"Assalamualaikum. Kanca-kanca, aku mung arep ngelingke. Saiki wis mlebu masa kampanye Pilkada. "
          "Kabeh pegawai, ASN utawa sing kontrak, kudu netral.", first=0),
        p("Aja melu kampanye, aja melu jalan sehat utawa senam sing digawe calon, sanajan diajak tanggane. "
          "Aja like, aja share, aja komen status paslon ngendi wae, lan aja pasang twibbon. Stiker nang "
          "montor dinas karo ambulans dicopot, sapa wae gambare.", first=0),
        p("Yen ana tim sukses teka nang puskesmas nggawa sembako utawa amplop, ditolak alus, terus laporno "
          "aku, mengko tak terusno Panwascam.", first=0),
        p("Senin 7 Oktober esuk ana deklarasi netralitas ASN nang Pendopo Agung, kabeh teken pakta "
          "integritas, nganggo seragam Korpri. Tanggal 27 November prei, gunakan hak pilih, nyoblos sesuai "
          "ati nurani, aja lali nggawa surat pemberitahuan saka KPPS. Wis, suwun. Wassalamualaikum.\"",
          first=0),
        gap(),
        {"p": "(diketik ulang oleh TU untuk papan pengumuman)", "align": "right", "size": 18},
    ]
}, False, [], [14, 11],
    "Informal (transkrip pesan suara, Jawa): larangan kampanye/jalan sehat/like/twibbon/stiker, tolak sembako tim sukses, "
    "deklarasi netralitas ASN, gunakan hak pilih")
