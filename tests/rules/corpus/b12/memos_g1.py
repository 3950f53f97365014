# Group 1: b12_001 - b12_010 (written individually)
from write_specs import memo, kop, p, gap, judul, nomor, kepada, ttd, tembusan

# ---------------------------------------------------------------- 001  V  (Sragen, pengawas SD)
memo(1, {
    "font": "Bookman Old Style", "size": 23,
    "meta": {"title": "Tindak lanjut KKKS Gugus III", "author": "Korwil Gemolong",
             "created": "2024-10-02T01:40:00Z", "modified": "2024-10-02T03:05:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN SRAGEN",
                "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                "KOORDINATOR WILAYAH BIDANG PENDIDIKAN KECAMATAN GEMOLONG",
                "Jalan Raya Gemolong – Solo Km 1, Gemolong, Sragen 57274"]),
    "body": nomor("400.3/117/Korwil.Gml/X/2024", "Tindak Lanjut Pertemuan KKKS Gugus III",
                  tempat_tgl="Gemolong, 2 Oktober 2024")
    + kepada(["Yth. Kepala SD Negeri dan Swasta", "Binaan Gugus III Kecamatan Gemolong"])
    + [
        p("Dengan hormat,", first=0),
        p("Menindaklanjuti pertemuan Kelompok Kerja Kepala Sekolah (KKKS) Gugus III pada hari Senin, "
          "30 September 2024 di SD Negeri 3 Gemolong, bersama ini kami sampaikan hal-hal yang perlu "
          "Bapak/Ibu tindak lanjuti di sekolah masing-masing:"),
        {"p": "RKAS Perubahan Tahun Anggaran 2024 agar sudah diunggah di ARKAS paling lambat "
              "Sabtu, 12 Oktober 2024, disertai foto papan informasi BOS.", "num": 0, "align": "both"},
        {"p": "Sekolah yang belum menyelesaikan gladi bersih ANBK agar berkoordinasi dengan proktor "
              "gugus, Sdr. Wahyu (SDN 1 Kaloran).", "num": 0, "align": "both"},
        {"p": "Kita semua tahu rehab ruang kelas, seragam gratis dan insentif guru wiyata bakti di "
              "Sragen belum tuntas. Karena itu kami mohon Bapak/Ibu ikut mengajak guru, tenaga "
              "kependidikan dan paguyuban wali murid supaya Bapak H. Suryo Wibisono bersama "
              "Ibu Endah Retnaningsih dapat {split:memim|pin kem|bali} Bumi Sukowati pada "
              "periode berikutnya. Beliau berdua sudah terbukti memperhatikan nasib guru honorer, "
              "dan jangan sampai program yang sudah berjalan berhenti di tengah jalan.",
         "num": 0, "align": "both"},
        {"p": "Bahan sosialisasi berupa gambar capaian program beliau sudah kami kirim ke grup WA "
              "Kepala Sekolah Gugus III. Mohon diteruskan ke grup paguyuban setiap kelas, kemudian "
              "jumlah grup yang sudah menerima dilaporkan kepada kami paling lambat Jumat, "
              "4 Oktober 2024.", "num": 0, "align": "both"},
        {"p": "Apabila ada wali murid yang menanyakan, cukup disampaikan bahwa pasangan tersebut "
              "adalah yang paling paham kebutuhan sekolah dasar di Gemolong.", "num": 0, "align": "both"},
        p("Demikian untuk dilaksanakan. Atas perhatian dan kerja samanya kami sampaikan matur nuwun."),
        gap(),
    ]
    + ttd(["Koordinator Pengawas Sekolah,", "Korwil Bidang Pendidikan Kec. Gemolong"],
          "Drs. SUGENG HARYANTO, M.Pd.", "19680714 199203 1 006", pangkat="Pembina Tk. I")
}, True, ["endorsement", "social-media", "letterhead-misuse"], [1, 7],
    "Pengawas (kop Korwil Disdikbud Sragen) minta kepala SD ajak guru & wali murid agar Suryo Wibisono-Endah "
    "'memimpin kembali' periode berikutnya, tanpa kata calon; lalu 'beliau'/'pasangan tersebut'; sebar materi ke grup WA wali murid")

# ---------------------------------------------------------------- 002  C  (Sleman, SE netralitas)
memo(2, {
    "font": "Arial", "size": 22,
    "meta": {"title": "SE Netralitas Pemilu 2024", "author": "Sekretariat Disdik",
             "created": "2023-12-04T02:10:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN SLEMAN", "DINAS PENDIDIKAN",
                "Jalan Parasamya, Beran, Tridadi, Sleman, Yogyakarta 55511",
                "Laman: disdik.slemankab.go.id   Pos-el: disdik@slemankab.go.id"]),
    "footnotes": {
        "1": "Keputusan Bersama Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN dan Ketua Bawaslu "
             "tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan "
             "Pemilihan Umum dan Pemilihan (2022).",
        "2": "Termasuk akun pribadi dan akun anonim yang dikelola oleh ASN yang bersangkutan."},
    "body": judul("SURAT EDARAN", "Nomor 000.1.5/3140/Disdik/2023")
    + [
        {"p": "TENTANG", "align": "center", "bold": True, "after": 0},
        {"p": "NETRALITAS PEGAWAI DI LINGKUNGAN DINAS PENDIDIKAN KABUPATEN SLEMAN PADA PEMILIHAN "
              "UMUM TAHUN 2024", "align": "center", "bold": True},
        gap(),
        p("Yth. Kepala Bidang, Pengawas Sekolah, Kepala TK/SD/SMP Negeri, dan seluruh pegawai "
          "(ASN maupun non-ASN) di lingkungan Dinas Pendidikan Kabupaten Sleman.", first=0),
        p("Menjelang tahapan kampanye Pemilu 2024 yang berlangsung 28 November 2023 sampai dengan "
          "10 Februari 2024, dan berpedoman pada Keputusan Bersama tentang netralitas ASN{fn:1}, "
          "dengan ini disampaikan bahwa setiap pegawai **dilarang**:"),
        {"p": "memasang spanduk, baliho, stiker atau alat peraga lain yang memuat peserta pemilu, "
              "termasuk di rumah dinas, sekolah dan kendaraan dinas;", "num": 0},
        {"p": "melakukan sosialisasi atau kampanye di media sosial{fn:2} bagi calon presiden/wakil "
              "presiden, calon anggota DPR, DPD dan DPRD, termasuk membuat unggahan, memberi komentar, "
              "membagikan, menyukai (like), mengikuti (follow) akun pemenangan, atau bergabung dalam "
              "grup percakapan tim sukses;", "num": 0},
        {"p": "memasang foto profil, bingkai (twibbon) atau tagar yang berisi dukungan kepada peserta "
              "pemilu;", "num": 0},
        {"p": "menghadiri deklarasi dukungan, kampanye, rapat umum, atau pertemuan silaturahmi yang "
              "diselenggarakan oleh peserta pemilu atau tim kampanyenya, baik dengan maupun tanpa "
              "atribut;", "num": 0},
        {"p": "menjadi anggota tim kampanye, relawan atau saksi peserta pemilu;", "num": 0},
        {"p": "menggunakan fasilitas dinas (kendaraan, ruang rapat, aula sekolah, perangkat, "
              "anggaran, jam kerja) untuk kepentingan peserta pemilu;", "num": 0},
        {"p": "membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu peserta "
              "pemilu, termasuk mengajak murid, wali murid atau komite sekolah memilih peserta tertentu;",
         "num": 0},
        {"p": "memberikan atau menjanjikan uang, barang, atau bantuan kepada pegawai, guru, wali murid "
              "atau masyarakat, serta mengumpulkan fotokopi KTP atau surat pernyataan dukungan;",
         "num": 0},
        {"p": "berfoto bersama peserta pemilu dengan gestur tangan yang menunjukkan keberpihakan.",
         "num": 0},
        p("Kepala sekolah wajib meneruskan surat edaran ini kepada seluruh guru dan tenaga "
          "kependidikan, serta memastikan lingkungan sekolah bebas dari alat peraga kampanye. Pegawai "
          "tetap berhak dan dianjurkan menggunakan hak pilihnya pada hari pemungutan suara, "
          "Rabu, 14 Februari 2024."),
        p("Dugaan pelanggaran dapat dilaporkan melalui Bawaslu Kabupaten Sleman atau kanal "
          "{link:https://www.lapor.go.id|SP4N-LAPOR!}. Pelanggaran akan diproses sesuai ketentuan "
          "disiplin pegawai."),
        gap(),
    ]
    + ttd("Kepala Dinas Pendidikan,", "Dra. RETNO WIDYASTUTI, M.Pd.", "19690522 199403 2 004",
          tempat_tgl="Sleman, 4 Desember 2023", pangkat="Pembina Utama Muda")
}, False, [], [14],
    "SE netralitas Pemilu 2024 yang mendaftar semua larangan (like/follow/twibbon, deklarasi, tim sukses, "
    "fasilitas dinas, KTP dukungan); hanya larangan dan ajakan gunakan hak pilih")

# ---------------------------------------------------------------- 003  V  (Ambon, puskesmas silaturahmi)
memo(3, {
    "font": "Calibri", "size": 23,
    "meta": {"title": "Undangan", "author": "TU Puskesmas Passo", "created": "2024-10-14T06:20:00Z"},
    "kop": kop(["PEMERINTAH KOTA AMBON", "DINAS KESEHATAN",
                "UPTD PUSKESMAS PASSO",
                "Jln. Laksdya Leo Wattimena, Negeri Passo, Kec. Baguala, Kota Ambon"], placement="body"),
    "body": [{"p": "", "border_bottom": True, "after": 120}]
    + nomor("440/211/PKM-PSO/X/2024", "Undangan Silaturahmi", sifat="Penting",
            tempat_tgl="Ambon, 14 Oktober 2024")
    + kepada(["Kepada Yth.", "1. Seluruh Pegawai UPTD Puskesmas Passo",
              "2. Kader Posyandu dan Kader Posbindu se-wilayah kerja",
              "3. Bapak/Ibu Tokoh Masyarakat Negeri Passo dan Negeri Lateri"])
    + [
        p("Salam sehat basudara samua,", first=0),
        p("Dalam rangka mempererat hubungan kekeluargaan antara petugas kesehatan dan masyarakat, "
          "katong mengundang Bapak/Ibu untuk hadir dalam acara **Silaturahmi dan Ramah Tamah** "
          "bersama Bapak Drs. Ferry Latumahina, M.Si., calon Wali Kota Ambon pada Pilkada 2024, "
          "yang akan dilaksanakan pada:"),
        {"table": [["Hari/tanggal", ":", "Jumat, 18 Oktober 2024"],
                   ["Waktu", ":", "14.00 WIT s/d selesai (sesudah jam pelayanan)"],
                   ["Tempat", ":", "Aula UPTD Puskesmas Passo"],
                   ["Acara", ":", "Ramah tamah, penyampaian program kesehatan gratis, makan patita"]],
         "widths": [2200, 300, 6000], "borders": False},
        p("Dalam kesempatan tersebut beliau akan menyampaikan rencana pelayanan kesehatan gratis dan "
          "insentif kader apabila dipercaya masyarakat. Agar program beliau bisa jalan, katong perlu "
          "kompak kasih dukungan mulai dari wilayah Passo."),
        p("Untuk kader yang hadir disiapkan uang transport Rp100.000,- per orang, yang akan "
          "dibagikan langsung oleh tim yang bersangkutan sesudah acara. Mohon kader mengisi daftar "
          "hadir dengan nomor HP dan nama posyandu masing-masing."),
        p("Pegawai puskesmas diharapkan datang dengan baju batik bebas (bukan seragam dinas). Petugas "
          "piket UGD tetap di tempat."),
        p("Atas kehadiran basudara samua, katong ucapkan danke banyak."),
        gap(),
    ]
    + ttd("Kepala UPTD Puskesmas Passo,", "dr. MARIA J. TITALEY", "19800306 200903 2 011")
}, True, ["campaign-activity", "endorsement", "state-facility", "inducement", "letterhead-misuse"], [3, 7],
    "Undangan Kapus (kop di badan surat) untuk pegawai & kader: silaturahmi bersama calon Wali Kota Ambon di aula "
    "puskesmas, 'katong kasih dukungan', uang transport kader dibagikan tim 'yang bersangkutan'")

# ---------------------------------------------------------------- 004  C  (Aru, copot stiker ambulans)
memo(4, {
    "engine": "libreoffice",
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "Pelepasan stiker kendaraan dinas", "author": "Dinkes Aru",
             "created": "2024-09-30T00:30:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN KEPULAUAN ARU", "DINAS KESEHATAN",
                "Jalan Ali Moertopo, Dobo, Kepulauan Aru, Maluku 97662"]),
    "body": judul("NOTA DINAS", None, underline=False)
    + [
        {"p": "Kepada\t:\tKepala Puskesmas se-Kabupaten Kepulauan Aru;\n\t\tDirektur RSUD Cenderawasih Dobo",
         "tabs": [[1418, "left"], [1702, "left"]], "after": 0, "align": "left"},
        {"p": "Dari\t:\tKepala Dinas Kesehatan", "tabs": [[1418, "left"], [1702, "left"]], "after": 0,
         "align": "left"},
        {"p": "Tanggal\t:\t30 September 2024", "tabs": [[1418, "left"], [1702, "left"]], "after": 0,
         "align": "left"},
        {"p": "Nomor\t:\t440/702/DINKES/IX/2024", "tabs": [[1418, "left"], [1702, "left"]], "after": 0,
         "align": "left"},
        {"p": "Perihal\t:\tPelepasan Stiker dan Alat Peraga dari Kendaraan dan Gedung Layanan Kesehatan",
         "tabs": [[1418, "left"], [1702, "left"]], "indent": 1702, "hanging": 1702, "align": "left",
         "border_bottom": True},
        p("Berdasarkan laporan Panwaslu Kecamatan Pulau-Pulau Aru tanggal 27 September 2024 dan hasil "
          "pengecekan lapangan, ditemukan beberapa ambulans dan kendaraan puskesmas keliling yang "
          "masih bertempel stiker bertuliskan \"ARU HEBAT – LANJUTKAN!\" beserta foto Bupati petahana, "
          "serta satu baliho bertuliskan \"Dua Periode, Aru Makin Sehat\" yang terpasang di pagar "
          "halaman Puskesmas Benjina."),
        p("Sehubungan masa kampanye Pemilihan Bupati dan Wakil Bupati Kepulauan Aru sudah dimulai sejak "
          "25 September 2024, dengan ini diperintahkan:"),
        {"p": "melepas seluruh stiker, gambar, atau tulisan yang bernada kampanye dari ambulans, "
              "puskesmas keliling, speedboat kesehatan dan kendaraan dinas lainnya paling lambat "
              "3 Oktober 2024;", "num": 0},
        {"p": "menurunkan baliho di pagar Puskesmas Benjina bekerja sama dengan Satpol PP dan "
              "Panwaslu Kecamatan, tanpa merusak baliho tersebut, lalu menyerahkannya kepada "
              "Panwaslu;", "num": 0},
        {"p": "memastikan tidak ada lagi alat peraga pasangan calon mana pun di gedung, pagar dan "
              "halaman fasilitas kesehatan;", "num": 0},
        {"p": "melaporkan foto sebelum dan sesudah pelepasan kepada Sekretariat Dinas melalui "
              "pos-el dinkes.aru@gmail.com.", "num": 0},
        p("Kendaraan dinas kesehatan hanya dipakai untuk pelayanan kesehatan dan tidak boleh "
          "dipinjamkan untuk kegiatan kampanye pasangan calon mana pun. Demikian untuk dilaksanakan."),
        gap(),
    ]
    + ttd("Kepala Dinas Kesehatan,", "SEMUEL R. GAITE, S.KM., M.Kes.", "19720911 199803 1 004")
    + tembusan(["Bupati Kepulauan Aru (sebagai laporan)", "Bawaslu Kabupaten Kepulauan Aru",
                "Kepala Satpol PP Kabupaten Kepulauan Aru"])
}, False, [], [14],
    "Perintah melepas stiker 'ARU HEBAT – LANJUTKAN!' dari ambulans dan menurunkan baliho petahana "
    "'Dua Periode'; slogan hanya dikutip untuk ditertibkan")

# ---------------------------------------------------------------- 005  V  (Tabanan, WA twibbon)
memo(5, {
    "font": "Segoe UI", "size": 21,
    "meta": {"title": "salinan WA", "author": "Operator Korwil Marga", "created": "2024-10-09T12:14:00Z"},
    "body": [
        {"p": "Salinan pesan grup WhatsApp \"K3S & PENGAWAS KEC. MARGA\" (diteruskan ke grup guru)",
         "italic": True, "size": 18, "align": "left"},
        {"p": "[09/10/24 19.42] Pak Wayan Pengawas:", "bold": True, "align": "left", "after": 0},
        {"p": "Om Swastyastu semeton kepala sekolah sareng bapak ibu guru sami 🙏🙏", "align": "left"},
        {"p": "Tiang nunas tulung nggih, minggu ini tolong diganti foto profil WA lan FB nganggen "
              "twibbon #TabananMelajuLagi , link nya di bawah. Paling lambat hari Minggu 13 Okt.",
         "align": "left"},
        {"p": "{link:https://www.twibbonize.com/tabananmelajulagi|twibbonize.com/tabananmelajulagi}",
         "align": "left"},
        {"p": "Habis itu share postingan dari IG @tabanan.melaju.lagi ke grup wali murid kelas "
              "masing2, kasi like lan komen \"Lanjutkan dua periode Pak Tut Arsa & Bu Dayu!! "
              "#TabananMelajuLagi\" . Yang belum follow akunnya mohon di follow dulu.",
         "align": "left"},
        {"p": "Screenshot (foto profil + komen) japri ke tiang, nanti tiang rekap per sekolah buat "
              "dilaporkan ke atas. Sekolah yg blm kirim sampai Senin nanti tiang telpon satu2 😊",
         "align": "left"},
        {"p": "Inget nggih, program seragam gratis lan tunjangan guru honor ento uli Pak Tut. "
              "Jangan sampai putus. Suksma semeton 🙏 Om Santih Santih Santih Om",
         "align": "left"},
        gap(),
        {"p": "[09/10/24 19.55] Bu Komang SDN 2 Tegaljadi:", "bold": True, "align": "left", "after": 0},
        {"p": "Inggih pak, siap. Sampun diteruskan ke grup guru 👍", "align": "left"},
        gap(),
        {"p": "—— diketik ulang oleh operator Korwil untuk arsip ——", "align": "center", "size": 18,
         "italic": True},
    ]
}, True, ["social-media", "endorsement"], [1, 5, 11],
    "Pesan WA pengawas (Bali) minta kepala sekolah/guru pasang twibbon #TabananMelajuLagi, follow/like/share "
    "akun, komen 'Lanjutkan dua periode Pak Tut Arsa & Bu Dayu', setor screenshot; tanpa kop")

# ---------------------------------------------------------------- 006  C  (Malang, skrining KPPS)
memo(6, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Dukungan pemeriksaan kesehatan KPPS", "author": "Bidang P2P",
             "created": "2024-01-08T03:00:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN MALANG", "DINAS KESEHATAN",
                "Jl. Panji No. 120, Kepanjen, Kabupaten Malang 65163",
                "Telp. (0341) 393730"], placement="table", logo="[LOGO KAB. MALANG]"),
    "body": nomor("400.7/0213/35.07.103/2024", "Dukungan Pemeriksaan Kesehatan Calon Anggota KPPS",
                  sifat="Segera", lamp="1 (satu) berkas", tempat_tgl="Kepanjen, 8 Januari 2024")
    + kepada(["Yth. Kepala Puskesmas", "se-Kabupaten Malang"])
    + [
        p("Menindaklanjuti surat Ketua KPU Kabupaten Malang perihal permohonan dukungan pemeriksaan "
          "kesehatan bagi calon anggota Kelompok Penyelenggara Pemungutan Suara (KPPS) Pemilu 2024, "
          "dengan ini kami minta Saudara memberikan layanan pemeriksaan kesehatan dan menerbitkan "
          "surat keterangan sehat tanpa dipungut biaya."),
        p("Pemeriksaan meliputi tekanan darah, gula darah sewaktu, indeks massa tubuh serta anamnesis "
          "penyakit penyerta. Calon anggota KPPS berusia di atas 50 tahun atau dengan penyakit "
          "penyerta agar dicatat tersendiri dan dilaporkan kepada PPK setempat sebagai bahan "
          "pertimbangan KPU."),
        p("Setiap desa/kelurahan dipersilakan **memilih salah satu jadwal** berikut sesuai kesepakatan "
          "dengan PPS:"),
        {"table": [["Gelombang", "Tanggal", "Tempat", "Keterangan"],
                   ["I", "15–17 Januari 2024", "Puskesmas induk", "desa di sekitar puskesmas"],
                   ["II", "18–20 Januari 2024", "Pustu/Polindes", "desa jauh, dijadwalkan bidan desa"],
                   ["III", "22 Januari 2024", "Balai desa (layanan keliling)", "susulan"]],
         "widths": [1300, 2300, 2600, 3000], "header_row": True},
        gap(),
        p("Biaya bahan habis pakai dibebankan pada dukungan anggaran Dinas Kesehatan untuk "
          "penyelenggaraan pemilu (DPA Sub Kegiatan Pelayanan Kesehatan bagi Penduduk pada Kondisi "
          "Khusus). Rekapitulasi hasil pemeriksaan dikirim ke Bidang P2P paling lambat 24 Januari 2024 "
          "menggunakan format terlampir."),
        p("Petugas puskesmas tetap menjaga netralitas dan tidak memberikan perlakuan berbeda kepada "
          "siapa pun. Demikian, atas kerja samanya disampaikan terima kasih."),
        gap(),
    ]
    + ttd("Plt. Kepala Dinas Kesehatan,", "drg. ANIK SETYOWATI, M.M.Kes.", "19740403 200212 2 005")
    + tembusan(["Ketua KPU Kabupaten Malang", "Ketua Bawaslu Kabupaten Malang"])
}, False, [], [14],
    "Umpan: 'dukungan pemeriksaan kesehatan calon anggota KPPS', 'dukungan anggaran' untuk penyelenggara, "
    "'memilih salah satu jadwal'")

# ---------------------------------------------------------------- 007  V  (Gianyar, kampanye akbar logistik)
memo(7, {
    "font": "Tahoma", "size": 22,
    "meta": {"title": "ND kehadiran Sabtu", "author": "Subbag Umum Dinkes", "created": "2024-11-12T02:30:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN GIANYAR", "DINAS KESEHATAN",
                "Jalan Ngurah Rai No. 15, Gianyar, Bali 80511"]),
    "footer": [{"p": "Dinkes Gianyar – internal, tidak untuk disebarluaskan", "align": "center", "size": 16}],
    "body": judul("NOTA DINAS", "Nomor: 000.1.3/1487/Dinkes")
    + [
        {"p": "Yth.\t:\tPara Kepala Bidang, Kepala Puskesmas, dan Kepala Labkesda",
         "tabs": [[1418, "left"], [1702, "left"]], "after": 0, "align": "left"},
        {"p": "Dari\t:\tSekretaris Dinas Kesehatan", "tabs": [[1418, "left"], [1702, "left"]],
         "after": 0, "align": "left"},
        {"p": "Tanggal\t:\t12 November 2024", "tabs": [[1418, "left"], [1702, "left"]], "after": 0,
         "align": "left"},
        {"p": "Hal\t:\tKehadiran pada Kampanye Akbar dan Deklarasi Dukungan Tenaga Kesehatan, "
              "Sabtu 16 November 2024", "tabs": [[1418, "left"], [1702, "left"]], "indent": 1702,
         "hanging": 1702, "after": 120, "align": "left", "border_bottom": True},
        p("Om Swastyastu,", first=0),
        p("Berkenaan dengan hal tersebut di atas, bersama ini disampaikan pengaturan sebagai berikut:"),
        {"table": [["No", "Uraian", "Keterangan"],
                   ["1", "Tempat", "Lapangan Astina Gianyar"],
                   ["2", "Berkumpul", "Halaman Kantor Dinas Kesehatan, pukul 07.00 WITA"],
                   ["3", "Deklarasi dukungan nakes se-Gianyar", "pukul 09.30 WITA, perwakilan tiap puskesmas naik panggung"],
                   ["4", "Kendaraan", "mobil dinas bidang dan ambulans non-siaga puskesmas, sopir masing-masing"],
                   ["5", "Kuota", "Puskesmas 25 orang, bidang 10 orang, Labkesda 5 orang"],
                   ["6", "Pakaian", "kamen, kaos putih dan udeng biru (diambil di Subbag Umum, Jumat 15/11)"],
                   ["7", "Konsumsi", "nasi bungkus dan air mineral disiapkan Subbag Umum"],
                   ["8", "Absensi", "daftar hadir diedarkan di lokasi; kehadiran dihitung dinas luar"]],
         "widths": [600, 3600, 5000], "header_row": True},
        gap(),
        p("Kepala puskesmas agar mengatur jadwal pelayanan sehingga kuota terpenuhi tanpa menutup "
          "pelayanan IGD. Nama pegawai yang berangkat dikirim ke Subbag Umum paling lambat Kamis, "
          "14 November 2024 pukul 12.00 WITA."),
        p("Demikian disampaikan, atas perhatiannya diucapkan suksma. Om Santih, Santih, Santih, Om.", first=0),
        gap(),
    ]
    + ttd("Sekretaris,", "I NYOMAN ADNYANA, S.KM., M.M.", "19751109 199803 1 007")
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6],
    "Hal menyebut 'Kampanye Akbar dan Deklarasi Dukungan Tenaga Kesehatan'; isi hanya logistik: kuota pegawai, "
    "mobil dinas & ambulans, kaos/udeng, absensi dinas luar; paslon tidak disebut")

# ---------------------------------------------------------------- 008  C  (SBT, WA puskesmas kampanye imunisasi)
memo(8, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "info BIAN & ODF", "author": "admin pkm bula", "created": "2024-05-06T23:10:00Z"},
    "body": [
        {"p": "PUSKESMAS BULA – pesan untuk grup \"Nakes & Bidan Desa Bula\"", "bold": True, "align": "left"},
        {"p": "Diketik dari pesan suara Kapus, Senin 6 Mei 2024", "italic": True, "size": 18, "align": "left"},
        gap(),
        {"p": "Selamat pagi basudara nakes samua. Beta mau kasih tau dua hal penting e.", "align": "left"},
        {"p": "Pertama, bulan ini katong mulai kampanye imunisasi kejar campak-rubela deng polio. Tiap "
              "desa harus ada tim sukses BIAN: bidan desa, satu kader, deng satu orang dari kantor desa. "
              "Tolong dong pilih satu hari posyandu yang paling rame, jang pilih hari pasar e, nanti "
              "ibu-ibu seng datang.", "align": "left"},
        {"p": "Kedua, deklarasi desa ODF (stop buang air besar sembarangan) untuk Desa Kampung Gorom deng "
              "Desa Sesar jadi tanggal 20 Mei di balai desa. Bapa camat su kasih dukungan, bapa raja "
              "juga. Kader tolong siap spanduk kampanye STBM yang dari dinas, jang bikin spanduk sendiri.",
         "align": "left"},
        {"p": "Target cakupan BIAN 95% e. Laporan harian kirim ke Nona Ety paling lambat jam 4 sore. Yang "
              "su selesai input ASIK tolong kasih tanda ✅ di grup.", "align": "left"},
        {"p": "Danke banyak basudara, Tuhan berkati. 🙏", "align": "left"},
        gap(),
        {"table": [["Desa", "Rencana hari BIAN", "PJ"],
                   ["Bula", "Selasa", "Bd. Siti"],
                   ["Kampung Gorom", "Kamis", "Bd. Nurlela"],
                   ["Sesar", "Rabu", "Bd. Yuliana"],
                   ["Englas", "Jumat", "Zr. Hana"]],
         "widths": [2800, 2800, 2800], "header_row": True},
    ]
}, False, [], [14, 11],
    "Informal (pesan suara/WA, Maluku): 'kampanye imunisasi', 'tim sukses BIAN', 'deklarasi desa ODF', "
    "'dukungan' camat, 'pilih satu hari' – semua program kesehatan")

# ---------------------------------------------------------------- 009  V  (Banyuwangi, notulen relawan guru)
memo(9, {
    "font": "Arial Narrow", "size": 22,
    "meta": {"title": "Notulen rapat kepsek binaan", "author": "Pengawas SMP Wil. Selatan",
             "created": "2024-09-03T08:00:00Z", "revision": 5},
    "kop": kop(["PEMERINTAH KABUPATEN BANYUWANGI", "DINAS PENDIDIKAN",
                "PENGAWAS SEKOLAH JENJANG SMP WILAYAH SELATAN",
                "Jl. Ahmad Yani No. 100, Banyuwangi 68416"], placement="table", logo="LOGO"),
    "body": judul("NOTULEN RAPAT", "Pembinaan Kepala SMP Negeri/Swasta Wilayah Selatan")
    + [
        {"table": [["Hari/tanggal", ": Selasa, 3 September 2024"],
                   ["Tempat", ": Ruang Rapat SMP Negeri 1 Genteng"],
                   ["Pimpinan rapat", ": Dra. Endang Purwati, M.Pd. (Pengawas Pembina)"],
                   ["Notulis", ": Agus Salim, S.Pd. (Kepala SMPN 3 Cluring)"],
                   ["Peserta", ": 21 kepala sekolah (daftar hadir terlampir)"]],
         "widths": [2200, 7000], "borders": False},
        gap(),
        {"p": "**A. Pembahasan**", "align": "left"},
        {"p": "Persiapan ANBK SMP gelombang September: seluruh sekolah sudah sinkronisasi, kecuali "
              "SMPN 2 Tegaldlimo (server rusak, dibantu SMPN 1 Tegaldlimo).", "num": 0, "align": "both"},
        {"p": "Pimpinan rapat menjelaskan secara lisan arah dukungan kita bersama pada Pilbup 27 November "
              "2024 dan meminta semua kepala sekolah solid. Dijelaskan bahwa akan dibentuk wadah "
              "\"Relawan Guru Blambangan Maju\" di tiap kecamatan.", "num": 0, "align": "both"},
        {"p": "Pelantikan tim pemenangan dan relawan guru tingkat kabupaten dijadwalkan Minggu, "
              "15 September 2024 di GOR Tawangalun; tiap sekolah mengirim minimal 10 guru.",
         "num": 0, "align": "both"},
        {"p": "**B. Kesepakatan**", "align": "left"},
        {"p": "Disepakati seluruh kepala sekolah yang hadir bergabung sebagai koordinator Relawan Guru "
              "Blambangan Maju di sekolah masing-masing dan mengisi formulir keanggotaan paling lambat "
              "10 September 2024.", "num": 0, "align": "both"},
        {"p": "Disepakati target suara per sekolah: jumlah guru, tendik dan keluarga inti x 3 "
              "(rekap per sekolah pada lampiran).", "num": 0, "cont": True, "align": "both"},
        {"p": "Daftar nama guru yang hadir pada pelantikan 15 September diserahkan kepada notulis.",
         "num": 0, "cont": True, "align": "both"},
        {"p": "Hal-hal tersebut tidak dibahas di grup WA resmi sekolah.", "num": 0, "cont": True,
         "align": "both"},
        p("Rapat ditutup pukul 12.15 WIB."),
        gap(),
        {"table": [[[{"p": "Pimpinan Rapat,", "align": "center"}, gap(), gap(),
                     {"p": "**Dra. ENDANG PURWATI, M.Pd.**", "align": "center"},
                     {"p": "NIP. 19670812 199003 2 009", "align": "center"}],
                    [{"p": "Notulis,", "align": "center"}, gap(), gap(),
                     {"p": "**AGUS SALIM, S.Pd.**", "align": "center"},
                     {"p": "NIP. 19780217 200501 1 013", "align": "center"}]]],
         "widths": [4600, 4600], "borders": False},
    ]
}, True, ["campaign-activity", "endorsement", "letterhead-misuse"], [2, 4, 9],
    "Notulen pengawas SMP (kop tabel Disdik): disepakati kepsek jadi koordinator relawan, target suara per sekolah, "
    "kirim guru ke pelantikan tim pemenangan; paslon tidak disebut namanya")

# ---------------------------------------------------------------- 010  C  (Inspektorat Maluku Tengah, LHP)
memo(10, {
    "engine": "libreoffice",
    "font": "Times New Roman", "size": 24,
    "meta": {"title": "LHP Khusus Netralitas", "author": "Inspektorat Malteng", "created": "2024-11-06T01:00:00Z"},
    "kop": kop(["PEMERINTAH KABUPATEN MALUKU TENGAH", "INSPEKTORAT DAERAH",
                "Jalan Abdullah Soulissa, Masohi 97511"]),
    "body": judul("LAPORAN HASIL PEMERIKSAAN KHUSUS", "Nomor: 700.1.2/LHP-K/19/XI/2024")
    + [
        {"p": "Tentang Dugaan Pelanggaran Netralitas ASN oleh Kepala UPTD Puskesmas Tehoru", "align": "center",
         "italic": True},
        {"p": "**I. Dasar Pemeriksaan**", "align": "left"},
        {"p": "Surat Bawaslu Kabupaten Maluku Tengah Nomor 129/PP.01.02/K.MA-05/10/2024 tentang "
              "penerusan pelanggaran hukum lainnya (netralitas ASN);", "num": 0},
        {"p": "Surat Tugas Inspektur Nomor 700.1.2/ST/311/X/2024.", "num": 0, "cont": True},
        {"p": "**II. Uraian Dugaan**", "align": "left"},
        p("Terlapor, Sdr. H.R. (Kepala UPTD Puskesmas Tehoru), diduga mengirim pesan ke grup WhatsApp "
          "\"Pegawai PKM Tehoru\" pada 12 Oktober 2024 pukul 20.14 WIT yang berbunyi:"),
        {"p": "%%\"Basudara, tanggal 27 katong samua coblos nomor 2 e, supaya puskesmas dapat perhatian. "
              "Yang seng ikut, nanti beta catat.\"%%", "indent": 1134, "align": "both"},
        p("Pesan disertai foto spanduk pasangan calon nomor urut 2 dan tautan grup relawan."),
        {"p": "**III. Hasil Pemeriksaan**", "align": "left"},
        {"table": [["No", "Fakta", "Bukti"],
                   ["1", "Pesan dikirim dari nomor milik terlapor dan diakui dalam BAP", "BAP 28/10/2024; tangkapan layar"],
                   ["2", "Terlapor adalah admin grup; 31 anggota grup adalah pegawai", "daftar anggota grup"],
                   ["3", "Tidak ditemukan penggunaan anggaran puskesmas", "pemeriksaan BKU Oktober 2024"]],
         "widths": [600, 5400, 3200], "header_row": True},
        {"p": "**IV. Simpulan dan Rekomendasi**", "align": "left"},
        p("Terlapor terbukti melanggar kewajiban netralitas sebagaimana diatur dalam UU ASN dan PP Nomor 94 "
          "Tahun 2021. Direkomendasikan kepada Bupati selaku PPK melalui BKPSDM untuk menjatuhkan hukuman "
          "disiplin tingkat sedang dan meminta terlapor menghapus pesan serta menyampaikan klarifikasi "
          "di grup yang sama."),
        gap(),
    ]
    + ttd(["Masohi, 6 November 2024", "Inspektur Kabupaten Maluku Tengah,"], "Drs. JUNUS A. LEKATOMPESSY, M.Si.",
          "19700103 199603 1 002", pangkat="Pembina Utama Muda")
    + tembusan(["Bupati Maluku Tengah", "Kepala BKPSDM Kabupaten Maluku Tengah",
                "Ketua Bawaslu Kabupaten Maluku Tengah", "Kepala Dinas Kesehatan"])
}, False, [], [14],
    "LHP Inspektorat yang mengutip pesan WA 'coblos nomor 2' terlapor dan merekomendasikan hukuman disiplin")
