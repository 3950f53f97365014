# b22 memos 001-010 (each written individually)

# ---------------------------------------------------------------- 001  V
add(1, {
 "font": "Bookman Old Style", "size": 23,
 "meta": {"title": "Nota Dinas Tindak Lanjut MKKS", "author": "Subbag Umum Dikbud", "company": "Dikbud Kab. Sumbawa",
          "created": "2024-10-14T01:20:00Z", "modified": "2024-10-14T03:05:00Z"},
 "kop": kop("header", ["PEMERINTAH KABUPATEN SUMBAWA", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                       "Jalan Garuda No. 88 Sumbawa Besar, Nusa Tenggara Barat 84312",
                       "Telepon (0371) 21907 - Pos-el: dikbud@sumbawakab.go.id"]),
 "footer": [{"p": "Dikbud Sumbawa | Nota Dinas 400.3/1187", "align": "right", "size": 16}],
 "body": [
  title("NOTA DINAS"),
  blank(120),
 ] + nomor([("Kepada", "Yth. Kepala SD Negeri dan SMP Negeri se-Kabupaten Sumbawa"),
            ("Dari", "Kepala Dinas Pendidikan dan Kebudayaan"),
            ("Tanggal", "14 Oktober 2024"),
            ("Nomor", "400.3/1187/Dikbud/X/2024"),
            ("Sifat", "Penting"),
            ("Hal", "Tindak Lanjut Musyawarah Kerja Kepala Sekolah")]) + [
  {"p": "", "border_bottom": True, "after": 120},
  {"p": "Menindaklanjuti hasil musyawarah kerja kepala sekolah (MKKS SMP dan K3S SD) yang dilaksanakan pada Rabu, 9 Oktober 2024 di Aula Dinas Pendidikan dan Kebudayaan, bersama ini kami sampaikan hal-hal yang perlu Saudara laksanakan di satuan pendidikan masing-masing:", "first": 709},
  {"p": "Pemutakhiran data Dapodik semester ganjil agar diselesaikan paling lambat 31 Oktober 2024, terutama data rombongan belajar dan tugas tambahan guru.", "num": 0},
  {"p": "Sekolah sasaran ANBK jenjang SD menyiapkan proktor dan teknisi; jadwal gladi akan disampaikan oleh Bidang Pembinaan SD.", "num": 0},
  {"p": "Program seragam gratis, Beasiswa Sumbawa Cerdas dan rehab ruang kelas yang sudah dirasakan sekolah kita adalah hasil kerja keras Bapak H. Syamsuddin Lalu Kadir dan Ibu Dra. Rahmawati Lestari. Supaya program ini tidak terputus, kepala sekolah kami minta menyampaikan kepada seluruh guru, tenaga kependidikan dan pengurus komite bahwa keluarga besar Dikbud menghendaki beliau berdua memimpin kembali Kabupaten Sumbawa untuk periode berikutnya. Hal yang sama agar disampaikan kepada orang tua murid pada rapat komite bulan Oktober dan November.", "num": 0},
  {"p": "Kegiatan lomba gerak jalan dan pentas seni memperingati Hari Guru Nasional tetap dilaksanakan sesuai petunjuk teknis yang akan menyusul.", "num": 0},
  {"p": "**Pelaporan**", "before": 120},
  {"p": "Kepala sekolah melaporkan pelaksanaan angka 1 sampai dengan angka 3 kepada Koordinator Wilayah Pendidikan Kecamatan paling lambat 25 Oktober 2024, termasuk jumlah guru dan orang tua murid yang telah diberi penjelasan sebagaimana angka 3. Korwil merekap dan meneruskan laporan kepada Sekretaris Dinas.", "first": 709},
  {"p": "Demikian untuk dilaksanakan dengan penuh tanggung jawab.", "first": 709},
 ] + ttd("Kepala Dinas,", "Drs. H. MUHAMMAD ZAINUL ARIFIN, M.Pd.", "19690412 199403 1 007", indent=5387)
   + tembusan(["Sekretaris Dinas Pendidikan dan Kebudayaan", "Korwil Pendidikan Kecamatan se-Kabupaten Sumbawa"]),
}, {"violation": True, "categories": ["endorsement", "letterhead-misuse"], "classes": [1, 10],
    "note": "Nota dinas Kadis Dikbud: di tengah butir MKKS rutin meminta kepala sekolah menyampaikan ke guru dan orang tua murid agar pasangan H. Syamsuddin - Dra. Rahmawati 'memimpin kembali ... periode berikutnya'; ada bagian Pelaporan jumlah yang sudah diberi penjelasan"})

# ---------------------------------------------------------------- 002  C
add(2, {
 "font": "Arial", "size": 22,
 "meta": {"title": "SE Netralitas ASN Pilkada 2024", "author": "Bagian Hukum Setda", "company": "Pemkab Sleman",
          "created": "2024-09-20T02:00:00Z", "modified": "2024-09-23T07:40:00Z"},
 "kop": kop("header", ["BUPATI SLEMAN", "DAERAH ISTIMEWA YOGYAKARTA"]),
 "footer": [{"p": "Surat edaran ini juga dapat diunduh melalui laman JDIH Kabupaten Sleman.", "align": "center", "size": 16}],
 "footnotes": {
   "1": "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara, Pasal 24 ayat (1) huruf h.",
   "2": "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, Pasal 5 huruf n.",
   "3": "Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, Ketua KASN dan Ketua Bawaslu tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan Pemilihan Umum dan Pemilihan (2022)."},
 "body": [
  title("SURAT EDARAN"),
  centre("NOMOR 100.3.4/0742/SE/2024"),
  blank(120),
  centre("TENTANG", bold=True),
  centre("NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR SERTA BUPATI DAN WAKIL BUPATI TAHUN 2024", bold=True, after=240),
  {"p": "Yth. Kepala Perangkat Daerah, Camat, Panewu, Lurah, Kepala Sekolah dan seluruh Pegawai ASN (PNS dan PPPK) di lingkungan Pemerintah Kabupaten Sleman", "align": "left"},
  {"p": "Sehubungan dengan tahapan kampanye Pemilihan Tahun 2024 yang berlangsung mulai 25 September sampai dengan 23 November 2024 dan pemungutan suara pada 27 November 2024, serta dengan memperhatikan ketentuan peraturan perundang-undangan mengenai netralitas ASN{fn:1}{fn:2}{fn:3}, dengan ini diminta kepada seluruh Pegawai ASN untuk tidak melakukan perbuatan sebagai berikut:", "first": 709},
  {"p": "memasang spanduk, baliho, stiker atau alat peraga lainnya yang mempromosikan pasangan calon di kantor, rumah dinas maupun kendaraan dinas;", "num": 0},
  {"p": "ikut sebagai pelaksana, peserta, atau anggota tim kampanye dan tim pemenangan pasangan calon, termasuk menghadiri kampanye dengan atau tanpa atribut;", "num": 0},
  {"p": "mengunggah, menanggapi (like, komentar), membagikan (share), atau mengikuti akun media sosial dan grup percakapan pemenangan pasangan calon;", "num": 0},
  {"p": "berfoto bersama pasangan calon dengan menirukan simbol gerakan tangan atau gestur yang menunjukkan keberpihakan;", "num": 0},
  {"p": "menghadiri deklarasi, silaturahmi, jalan sehat, atau acara lain yang diselenggarakan pasangan calon dan tim pemenangannya;", "num": 0},
  {"p": "menggunakan kendaraan dinas, ruang rapat, anggaran, peralatan kantor, akun resmi instansi atau jam kerja untuk kepentingan pasangan calon;", "num": 0},
  {"p": "membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon, termasuk mengarahkan penyaluran bantuan;", "num": 0},
  {"p": "memberikan atau menjanjikan uang, barang atau fasilitas kepada pegawai maupun masyarakat, serta mengumpulkan fotokopi KTP atau surat dukungan untuk pasangan calon.", "num": 0},
  {"p": "Pegawai ASN tetap menggunakan hak pilihnya di TPS sesuai domisili. Pelanggaran terhadap ketentuan di atas akan diproses sesuai peraturan disiplin. Informasi dugaan pelanggaran dapat disampaikan kepada Inspektorat Daerah atau melalui {link:https://lapor.go.id|lapor.go.id}.", "first": 709},
  {"p": "Kepala Perangkat Daerah wajib menyosialisasikan surat edaran ini pada apel pagi dan memastikan tidak ada atribut kampanye di lingkungan kerja masing-masing.", "first": 709},
 ] + ttd("BUPATI SLEMAN,", "dr. HJ. ANDHINI PRATIWI RAHAYU", None, place_date="Ditetapkan di Sleman\npada tanggal 23 September 2024", indent=5103),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "SE netralitas Bupati yang mendaftar semua larangan (APK, tim kampanye, like/share, simbol jari, fasilitas, bantuan, KTP) dan menganjurkan gunakan hak pilih"})

# ---------------------------------------------------------------- 003  V
add(3, {
 "font": "Times New Roman", "size": 24,
 "meta": {"title": "Undangan Kampanye Akbar", "author": "Kasi Trantib", "company": "Kecamatan Kedaton",
          "created": "2024-01-29T03:10:00Z"},
 "kop": kop("table", ["PEMERINTAH KOTA BANDAR LAMPUNG", "KECAMATAN KEDATON",
                      "Jl. Teuku Umar No. 41 Kedaton, Bandar Lampung 35148"], logo="[LAMBANG KOTA]"),
 "body": [
  {"p": "\t\tBandar Lampung, 29 Januari 2024", "tabs": [[1418, "left"], [5670, "left"]], "align": "left"},
 ] + nomor([("Nomor", "005/061/IV.21/I/2024"), ("Sifat", "Segera"), ("Lampiran", "1 (satu) berkas"),
            ("Hal", "**Kehadiran pada Kampanye Akbar, Sabtu 3 Februari 2024**")]) + [
  blank(),
 ] + yth(["Yth. Lurah se-Kecamatan Kedaton", "di-", "\tTempat"]) + [
  {"p": "Dalam rangka Kampanye Akbar yang akan digelar di Lapangan Saburai pada hari Sabtu, 3 Februari 2024 mulai pukul 08.00 WIB, bersama ini kami minta Saudara Lurah menyiapkan peserta dari kelurahan masing-masing dengan jumlah sebagaimana tabel di bawah ini.", "first": 709},
  {"table": [["**No**", "**Kelurahan**", "**Staf Kelurahan**", "**Ketua RT**", "**Kader PKK/Posyandu**", "**Kendaraan**"],
             ["1", "Kedaton", "8", "15", "10", "1 mobil dinas kelurahan"],
             ["2", "Sukamenanti", "6", "12", "10", "1 mobil dinas kelurahan"],
             ["3", "Sidodadi", "6", "14", "8", "1 mobil dinas kelurahan"],
             ["4", "Surabaya", "7", "12", "10", "gabung bus kecamatan"],
             ["5", "Sukamenanti Baru", "5", "10", "8", "gabung bus kecamatan"],
             ["6", "Penengahan", "6", "11", "8", "1 mobil dinas kelurahan"],
             ["7", "Penengahan Raya", "5", "9", "8", "gabung bus kecamatan"]],
   "widths": [500, 2000, 1300, 1100, 1700, 2500], "borders": True, "header_row": True},
  blank(120),
  {"p": "Ketentuan teknis:", "bold": True},
  {"p": "peserta berkumpul di halaman Kantor Camat Kedaton pukul 06.30 WIB;", "num": 0},
  {"p": "mobil dinas kelurahan dan bus operasional kecamatan digunakan untuk pengangkutan peserta pulang-pergi, bahan bakar diambil dari alokasi BBM bulan Februari;", "num": 0},
  {"p": "konsumsi berupa nasi kotak dan air mineral disiapkan oleh Seksi Umum dan Kepegawaian;", "num": 0},
  {"p": "pakaian bebas rapi, tidak memakai seragam dinas maupun tanda pengenal ASN;", "num": 0},
  {"p": "daftar hadir ditandatangani di lokasi dan diserahkan kepada Sekretaris Camat pada hari yang sama.", "num": 0},
  {"p": "Atas perhatian dan kerja sama Saudara diucapkan terima kasih.", "first": 709},
 ] + ttd("CAMAT KEDATON,", "Drs. HERMANSYAH RIDWAN, M.M.", "19700822 199103 1 004",
         extra=["Pembina Tk. I (IV/b)"]),
}, {"violation": True, "categories": ["campaign-activity", "letterhead-misuse", "state-facility"], "classes": [2, 6, 12],
    "note": "Camat mengerahkan staf kelurahan, RT dan kader ke 'Kampanye Akbar' (hal surat), sisanya logistik: kuota per kelurahan, mobil dinas, BBM kantor, konsumsi, daftar hadir; calon tidak disebut"})

# ---------------------------------------------------------------- 004  C
add(4, {
 "font": "Calibri", "size": 24,
 "meta": {"title": "Nota Dinas layanan KTP-el menjelang pemungutan suara", "author": "Sekretariat Disdukcapil",
          "company": "Pemkot Bekasi", "created": "2024-02-02T01:00:00Z", "modified": "2024-02-05T04:12:00Z",
          "last_modified_by": "Kabid PIAK"},
 "kop": kop("header", ["PEMERINTAH KOTA BEKASI", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
                       "Jl. Ir. H. Juanda No. 100, Bekasi Timur 17113"]),
 "body": [
  title("NOTA DINAS", under=False),
  blank(),
 ] + nomor([("Kepada", "Para Kepala Bidang, Kepala UPTD dan Koordinator Pelayanan Kecamatan"),
            ("Dari", "Kepala Dinas Kependudukan dan Pencatatan Sipil"),
            ("Nomor", "470/218/Disdukcapil"),
            ("Tanggal", "{del:2}{ins:5} Februari 2024"),
            ("Perihal", "Layanan Kependudukan Menjelang Pemungutan Suara dan Dispensasi Petugas KPPS")]) + [
  {"p": "", "border_bottom": True},
  {"p": "Dalam rangka memastikan warga Kota Bekasi dapat menggunakan hak pilihnya pada pemungutan suara Pemilu tanggal 14 Februari 2024, dengan ini disampaikan pengaturan sebagai berikut:", "first": 567},
  {"p": "**Layanan akhir pekan.** Perekaman dan pencetakan KTP-el dibuka pada Sabtu dan Minggu, {del:10-11}{ins:3-4 dan 10-11} Februari 2024 pukul 08.00-14.00 WIB di kantor dinas dan 12 kantor kecamatan, diprioritaskan bagi pemilih pemula yang genap berusia 17 tahun pada hari pemungutan suara serta warga yang KTP-elnya rusak atau hilang.", "num": 0},
  {"p": "**Hari pemungutan suara.** Sesuai Keputusan Presiden Nomor 10 Tahun 2024, tanggal 14 Februari 2024 merupakan hari libur nasional. Seluruh pegawai diimbau menggunakan hak pilih di TPS sesuai DPT masing-masing.", "num": 0},
  {"p": "**Pegawai yang menjadi anggota KPPS, PPS atau pengawas TPS** diberikan dispensasi kerja pada 13 Februari 2024 (persiapan TPS) dan 15 Februari 2024 (setelah penghitungan suara) dengan melampirkan salinan SK penetapan dari KPU/Bawaslu kepada Subbagian Umum dan Kepegawaian.", "num": 0},
  {"p": "**Netralitas.** Petugas layanan tidak mengenakan atribut peserta pemilu, tidak memberi keterangan yang mengarahkan pilihan warga, dan menolak titipan berkas dari pihak mana pun di luar antrean resmi.", "num": 0},
  {"p": "Koordinator pelayanan kecamatan melaporkan jumlah KTP-el yang dicetak setiap hari melalui grup koordinasi dinas paling lambat pukul 16.00 WIB.", "first": 567},
 ] + ttd("Kepala Dinas,", "Ir. TAUFIK HIDAYATULLAH, M.Si.", "19720315 199803 1 006", indent=5670),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Logistik pemilu: layanan KTP-el akhir pekan, libur 14 Feb, imbauan gunakan hak pilih, dispensasi pegawai yang jadi KPPS/PPS; ada tracked changes"})

# ---------------------------------------------------------------- 005  V
add(5, {
 "font": "Calibri", "size": 22,
 "meta": {"title": "salinan grup wa", "author": "admin pkm", "created": "2024-10-12T00:30:00Z"},
 "body": [
  {"p": "**Salinan pesan grup WhatsApp \"PKM BONTONOMPO BERSATU\"** (disalin untuk arsip oleh petugas TU, 12/10/2024)", "align": "left"},
  {"p": "", "border_bottom": True},
  {"p": "[07.12, 12/10/2024] Kapus Hj. Sitti Aminah: Assalamu alaikum warahmatullah.. tmn2 pegawai PKM Bontonompo yg sy sayangi, info penting ya 🙏", "align": "left"},
  {"p": "Ahad bsk jam 6 pagi ada *SENAM SEHAT BERSAMA* bu Andi Nurfitri & pak Taufik Rahman (no urut 2) di lapangan Syekh Yusuf. Sy harap smua hadir, yg PNS maupun yg honor/sukarela, pake kaos ungu yg dibagi kemarin sore di ruang KIA. Jgn pake seragam nah, kaos saja biar tdk kelihatan sekali.", "align": "left"},
  {"p": "Absen sy cek langsung di sana 📋 Yg sdh janji bawa keluarga, bawami juga.", "align": "left"},
  {"p": "Abis senam foto2 dgn beliau lalu up di story IG & FB masing2, tag {split:@nur|fitri.taufik|02} dan pake tagar {split:#Gowa|Makin|Sehat02} #LanjutNurfitri. Skrinsut postingan kirim di grup ini paling lambat jam 12 siang. Yg tdk kirim sy anggap tdk d-u-k-u-n-g program kita 😊", "align": "left"},
  {"p": "Mks, jgn ada yg bolos di, ini utk kita smua juga..", "align": "left"},
  {"p": "[07.15, 12/10/2024] dr. Rini Kartika: siap bu 🙏🙏", "align": "left"},
  {"p": "[07.16, 12/10/2024] Bidan Ira: Siap bu kapus", "align": "left"},
  {"p": "[07.20, 12/10/2024] Kapus Hj. Sitti Aminah: yg jaga UGD sm rawat inap tetap jaga, yg lain wajib datang. Nanti sy kirim titik kumpul, kita brgkt sama2 dr puskesmas pake ambulans sm mobil pusling", "align": "left"},
  {"p": "[07.21, 12/10/2024] Pak Anca (sopir): siap ibu, sy panasi mobil jam 5", "align": "left"},
 ],
}, {"violation": True, "categories": ["campaign-activity", "endorsement", "social-media", "state-facility"], "classes": [3, 5, 11],
    "note": "WA Kapus ditempel sebagai arsip: wajib hadir 'senam sehat bersama' pasangan no urut 2 berkaos ungu, unggah foto dengan tag/tagar #LanjutNurfitri, berangkat pakai ambulans dan mobil pusling; tanpa kop"})

# ---------------------------------------------------------------- 006  C
add(6, {
 "font": "Arial", "size": 22,
 "meta": {"title": "Undangan Orientasi Tim Sukses Imunisasi", "author": "Seksi Surveilans dan Imunisasi",
          "company": "Dinkes Kab. Agam", "created": "2024-07-08T02:30:00Z"},
 "kop": kop("header", ["PEMERINTAH KABUPATEN AGAM", "DINAS KESEHATAN",
                       "Jl. Sudirman No. 5 Lubuk Basung, Sumatera Barat 26415"]),
 "body": [
 ] + nomor([("Nomor", "400.7.5/1306/Dinkes/2024"), ("Lampiran", "1 (satu) lembar"),
            ("Perihal", "Orientasi Tim Sukses Kampanye Imunisasi Polio (Sub PIN) Putaran II")]) + [
  blank(),
 ] + yth(["Kepada Yth.", "1. Kepala Puskesmas se-Kabupaten Agam", "2. Wali Nagari se-Kabupaten Agam", "di", "\tTempat"], indent=0) + [
  {"p": "Dengan hormat,", "align": "left"},
  {"p": "Menindaklanjuti pelaksanaan Kampanye Imunisasi Polio putaran pertama yang telah mencapai cakupan 91,4%, Dinas Kesehatan akan melaksanakan putaran kedua pada 22 Juli sampai dengan 4 Agustus 2024. Untuk itu perlu dibentuk **tim sukses imunisasi** di setiap nagari yang terdiri atas bidan desa, kader posyandu, guru PAUD dan perwakilan wali nagari.", "first": 709},
  {"p": "Sehubungan dengan itu kami mengundang calon peserta orientasi (dua orang dari setiap puskesmas dan satu orang dari setiap nagari) untuk mengikuti orientasi tim sukses imunisasi. Saudara dapat **memilih salah satu jadwal** berikut:", "first": 709},
  {"table": [["**Gelombang**", "**Hari/Tanggal**", "**Tempat**", "**Wilayah**"],
             ["I", "Senin, 15 Juli 2024", "Aula Dinas Kesehatan", "Puskesmas Lubuk Basung, Tiku, Manggopoh, Garagahan"],
             ["II", "Selasa, 16 Juli 2024", "Aula Puskesmas Biaro", "Puskesmas Biaro, Baso, Padang Tarok, Kamang"],
             ["III", "Rabu, 17 Juli 2024", "Aula Puskesmas Maninjau", "Puskesmas Maninjau, Bayur, Lawang, Matur"]],
   "widths": [1200, 2200, 2400, 3400], "borders": True, "header_row": True},
  blank(120),
  {"p": "Kami juga mengharapkan dukungan Wali Nagari untuk menggerakkan orang tua balita melalui pengumuman di masjid dan surau, serta mengizinkan kantor wali nagari dipakai sebagai pos imunisasi tambahan. Pilihan jadwal mohon diisi melalui {link:https://forms.gle/agamsubpin2024|formulir pendaftaran orientasi} paling lambat 12 Juli 2024.", "first": 709},
  {"p": "Bahan kampanye (spanduk, leaflet dan stiker \"Ayo Imunisasi Polio\") akan dibagikan pada saat orientasi.", "first": 709},
 ] + ttd("Kepala Dinas Kesehatan,", "dr. HENDRI YUSRIZAL, M.K.M.", "19760224 200604 1 011"),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Umpan: 'kampanye imunisasi polio', 'tim sukses imunisasi', 'calon peserta orientasi', 'memilih salah satu jadwal', 'dukungan Wali Nagari'"})

# ---------------------------------------------------------------- 007  V
add(7, {
 "font": "Arial", "size": 22,
 "meta": {"title": "Notulen Rapat Perangkat Desa", "author": "Sekdes Sukamanah", "created": "2024-10-21T12:00:00Z"},
 "kop": kop("body", ["PEMERINTAH KABUPATEN CIANJUR", "KECAMATAN CUGENANG", "KANTOR KEPALA DESA SUKAMANAH",
                     "Jl. Raya Cugenang Km. 7 Kode Pos 43252"]),
 "body": [
  blank(),
  title("NOTULEN RAPAT"),
  blank(120),
  {"table": [["Hari/Tanggal", ": Senin, 21 Oktober 2024"],
             ["Waktu", ": 19.30 WIB s.d. selesai"],
             ["Tempat", ": Aula Kantor Desa Sukamanah"],
             ["Pimpinan Rapat", ": H. Ujang Sopandi (Kepala Desa)"],
             ["Notulis", ": Dede Kurniawan (Sekretaris Desa)"],
             ["Peserta", ": Kaur, Kasi, Kepala Dusun I-III, Ketua RW 01-09, pendamping PKH desa"],
             ["Acara", ": Persiapan Pilkada 27 November 2024"]],
   "widths": [2200, 7000], "borders": False},
  blank(120),
  {"p": "**Pembahasan**", "align": "left"},
  {"p": "Kepala Desa menyampaikan bahwa bantuan jalan lingkungan dan sarana air bersih ke Sukamanah tahun ini banyak dibantu oleh Provinsi, sehingga desa wajib membalas budi kepada pasangan H. Asep Saepudin dan Hj. Rina Marlina, calon Gubernur dan Wakil Gubernur Jawa Barat nomor urut 3. Beberapa ketua RW menyampaikan kekhawatiran soal warga yang sudah didatangi tim paslon lain.", "first": 567},
  {"p": "**Keputusan Rapat**", "align": "left"},
  {"p": "Disepakati seluruh perangkat desa dan ketua RW mendukung dan memenangkan pasangan nomor urut 3 di Desa Sukamanah.", "num": 0},
  {"p": "Target perolehan suara per dusun ditetapkan sebagaimana tabel di bawah; kepala dusun bertanggung jawab atas pencapaiannya.", "num": 0},
  {"p": "Ketua RW mengumpulkan fotokopi KTP warga yang siap mendukung dan menyerahkannya kepada Sekdes paling lambat 15 November 2024.", "num": 0},
  {"p": "Penerima BLT Dana Desa tahap IV dan calon penerima RTLH 2025 diutamakan warga yang namanya masuk daftar dukungan. Warga yang menolak didata tersendiri untuk dievaluasi kelayakannya.", "num": 0},
  {"p": "Rapat evaluasi berikutnya tanggal 4 November 2024 di tempat yang sama.", "num": 0},
  {"table": [["**Dusun**", "**Jumlah DPT**", "**Target Suara No. 3**", "**Penanggung Jawab**"],
             ["Dusun I (Babakan)", "1.412", "75%", "Kadus I, Sdr. Oman"],
             ["Dusun II (Pasirhuni)", "1.198", "70%", "Kadus II, Sdr. Cecep"],
             ["Dusun III (Cijedil)", "1.306", "80%", "Kadus III, Sdr. Iwan"]],
   "widths": [2600, 1800, 2400, 2600], "borders": True, "header_row": True},
  blank(),
  {"p": "Rapat ditutup pukul 22.10 WIB.", "align": "left"},
  {"table": [[[{"p": "Mengetahui,", "align": "center", "after": 0}, {"p": "Kepala Desa Sukamanah", "align": "center", "after": 0}, blank(), blank(), {"p": "**H. UJANG SOPANDI**", "align": "center", "after": 0}],
              [{"p": "Notulis,", "align": "center", "after": 0}, {"p": "Sekretaris Desa", "align": "center", "after": 0}, blank(), blank(), {"p": "**DEDE KURNIAWAN**", "align": "center", "after": 0}]]],
   "widths": [4600, 4600], "borders": False},
 ],
}, {"violation": True, "categories": ["endorsement", "inducement", "letterhead-misuse", "state-facility"], "classes": [8, 9],
    "note": "Notulen desa: disepakati memenangkan paslon gubernur no 3, target suara per dusun, kumpulkan fotokopi KTP pendukung, BLT-DD/RTLH diutamakan bagi pendukung dan penolak 'dievaluasi'"})

# ---------------------------------------------------------------- 008  C
add(8, {
 "font": "Times New Roman", "size": 24,
 "meta": {"title": "Penerusan dugaan pelanggaran netralitas", "author": "Divisi PPPS Bawaslu Buleleng",
          "company": "Bawaslu Kabupaten Buleleng", "created": "2024-10-30T06:00:00Z"},
 "kop": kop("body", ["BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN BULELENG",
                     "Jl. Pahlawan No. 9 Singaraja, Bali 81113 | buleleng.bawaslu.go.id"]),
 "body": [
  {"p": "", "border_bottom": True},
 ] + nomor([("Nomor", "188/PP.01.02/K.BA-07/10/2024"), ("Sifat", "Penting"), ("Lampiran", "1 (satu) berkas"),
            ("Hal", "Penerusan Dugaan Pelanggaran Netralitas Pegawai ASN")]) + [
  blank(),
 ] + yth(["Yth. Kepala Badan Kepegawaian Negara", "c.q. Deputi Bidang Pengawasan dan Pengendalian", "di Jakarta"], indent=0) + [
  {"p": "Berdasarkan hasil kajian terhadap Laporan Nomor 011/Reg/LP/PB/Kab/17.08/X/2024 yang telah diregistrasi pada 18 Oktober 2024, Bawaslu Kabupaten Buleleng menyimpulkan bahwa peristiwa yang dilaporkan bukan merupakan tindak pidana pemilihan, namun patut diduga sebagai pelanggaran terhadap ketentuan netralitas Pegawai ASN. Dengan ini kami teruskan untuk ditindaklanjuti sesuai kewenangan.", "first": 709},
  {"table": [["**Uraian**", "**Keterangan**"],
             ["Terlapor", "I Made S., S.Pd., Kepala SD Negeri 3 Kalibukbuk, PNS golongan III/d"],
             ["Peristiwa", "Mengunggah foto bersama pasangan calon Bupati nomor urut 2 pada akun Facebook pribadi tanggal 12 Oktober 2024 dengan keterangan \"Ayo menangkan paslon nomor urut 2, Buleleng Lanjut!\" dan meminta rekan guru membagikannya."],
             ["Bukti", "Tangkapan layar unggahan, tautan akun, keterangan dua orang saksi, klarifikasi terlapor tanggal 24 Oktober 2024"],
             ["Ketentuan yang diduga dilanggar", "Pasal 24 ayat (1) huruf h UU Nomor 20 Tahun 2023 tentang ASN; Pasal 5 huruf n PP Nomor 94 Tahun 2021"],
             ["Rekomendasi", "Pemeriksaan dan penjatuhan sanksi sesuai ketentuan oleh Pejabat Pembina Kepegawaian"]],
   "widths": [2600, 6600], "borders": True, "header_row": True},
  blank(120),
  {"p": "Kami mohon hasil tindak lanjut dapat disampaikan kepada Bawaslu Kabupaten Buleleng paling lambat 14 hari kerja setelah surat ini diterima.", "first": 709},
 ] + ttd("Ketua,", "NI KETUT ARI WIDIASTUTI, S.H.", None, place_date="Singaraja, 30 Oktober 2024")
   + tembusan(["Ketua Bawaslu Provinsi Bali", "Bupati Buleleng selaku Pejabat Pembina Kepegawaian", "Kepala BKPSDM Kabupaten Buleleng", "Arsip"]),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Surat Bawaslu meneruskan dugaan pelanggaran; mengutip unggahan 'Ayo menangkan paslon nomor urut 2, Buleleng Lanjut!' sebagai peristiwa yang dilaporkan"})

# ---------------------------------------------------------------- 009  V
add(9, {
 "font": "Arial", "size": 22,
 "meta": {"title": "Sprint pengamanan", "author": "Bidang Trantibum", "company": "Satpol PP Kota Medan",
          "created": "2024-10-17T04:00:00Z"},
 "kop": kop("table", ["PEMERINTAH KOTA MEDAN", "SATUAN POLISI PAMONG PRAJA",
                      "Jl. Arief Rahman Hakim No. 55 Medan 20217"], logo="LOGO PEMKO"),
 "body": [
  title("SURAT PERINTAH"),
  centre("Nomor: 800.1.11.1/2291/SPP/X/2024", after=240),
  {"p": "Dasar\t:\tArahan pimpinan pada rapat staf tanggal 16 Oktober 2024.", "tabs": [[1134, "left"], [1418, "left"]], "hanging": 1418, "indent": 1418, "align": "left"},
  centre("MEMERINTAHKAN:", bold=True, after=120),
  {"p": "Kepada\t:\tNama-nama personel sebagaimana tersebut di bawah ini:", "tabs": [[1134, "left"], [1418, "left"]], "hanging": 1418, "indent": 1418, "align": "left"},
  {"table": [["**No**", "**Nama**", "**Pangkat/Gol**", "**Jabatan dalam tugas**"],
             ["1", "Rudi Hartono Siregar", "Penata (III/c)", "Komandan Regu"],
             ["2", "Benny Sitompul", "Pengatur (II/c)", "Anggota"],
             ["3", "Faisal Nasution", "Pengatur Muda Tk. I (II/b)", "Anggota"],
             ["4", "Lia Anggraini", "PPPK", "Anggota / dokumentasi"],
             ["5", "Syahrul Daulay", "PPPK", "Pengemudi"],
             ["6", "Ahmad Ridho", "Tenaga harian lepas", "Pengemudi"]],
   "widths": [600, 3400, 2600, 2600], "borders": True, "header_row": True},
  blank(120),
  {"p": "Untuk\t:\t1. Melaksanakan pendampingan dan pengamanan kegiatan silaturahmi dan ramah tamah Bapak Drs. Darmansyah Lubis, calon Wali Kota Medan nomor urut 1, bersama warga di Lapangan Kelurahan Pangkalan Mashyur, Kecamatan Medan Johor, Sabtu 19 Oktober 2024 pukul 14.00 WIB s.d. selesai.", "tabs": [[1134, "left"], [1418, "left"]], "hanging": 1701, "indent": 1701, "align": "left"},
  {"p": "2. Berangkat dari Mako Satpol PP pukul 12.30 WIB dengan 2 (dua) unit mobil patroli dan 1 (satu) unit truk dalmas, dan setiba di lokasi melapor kepada ajudan Pak Darman.", "indent": 1701, "hanging": 284, "align": "left"},
  {"p": "3. Membantu tim beliau menata tenda, kursi dan panggung, serta membagikan kalender dan kaos yang sudah disiapkan tim kepada warga yang hadir.", "indent": 1701, "hanging": 284, "align": "left"},
  {"p": "4. Selama mendampingi yang bersangkutan, personel mengenakan pakaian sipil dan kaos putih-hijau yang dibagikan di lokasi, tidak memakai PDL maupun atribut Satpol PP.", "indent": 1701, "hanging": 284, "align": "left"},
  {"p": "5. Selesai acara, mengawal rombongan beliau menuju posko di Jl. Karya Wisata.", "indent": 1701, "hanging": 284, "align": "left"},
  {"p": "6. Kegiatan ini dicatat sebagai tugas pengamanan pada jam dinas; melaporkan hasil pelaksanaan kepada Kepala Bidang Trantibum secara lisan.", "indent": 1701, "hanging": 284, "align": "left"},
  {"p": "Demikian surat perintah ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.", "first": 709, "before": 120},
 ] + ttd(["Dikeluarkan di Medan", "pada tanggal 17 Oktober 2024", "KEPALA SATUAN POLISI PAMONG PRAJA,"],
         "Drs. M. ZULKARNAIN HARAHAP, M.AP.", "19710518 199203 1 003"),
}, {"violation": True, "categories": ["campaign-activity", "letterhead-misuse", "state-facility"], "classes": [3, 7, 12],
    "note": "Sprint Satpol PP: personel dan mobil patroli/truk dalmas, jam dinas, untuk 'silaturahmi dan ramah tamah' calon wali kota no 1; sesudahnya hanya 'Pak Darman', 'beliau', 'yang bersangkutan'; bagikan kalender/kaos tim"})

# ---------------------------------------------------------------- 010  C
add(10, {
 "font": "Calibri", "size": 23,
 "meta": {"title": "ND penertiban stiker", "author": "Kasubbag Rumah Tangga", "created": "2024-10-07T02:10:00Z"},
 "body": [
  {"p": "**NOTA DINAS**", "align": "left", "size": 28, "after": 60},
  {"p": "Bagian Umum Sekretariat Daerah Kabupaten Jember", "align": "left", "after": 240},
 ] + nomor([("Yth.", "Kepala Perangkat Daerah dan Camat se-Kabupaten Jember"),
            ("Dari", "Kepala Bagian Umum Setda"),
            ("Nomor", "000.2.3/889/35.09.1.2/2024"),
            ("Tanggal", "7 Oktober 2024"),
            ("Hal", "Penertiban Stiker dan Alat Peraga pada Kendaraan Dinas dan Gedung Pemerintah")]) + [
  {"p": "", "border_bottom": True},
  {"p": "Menindaklanjuti surat Bawaslu Kabupaten Jember Nomor 231/PM.00.02/K.JI-11/10/2024 perihal imbauan penertiban alat peraga di fasilitas pemerintah, dengan ini kami sampaikan hal-hal berikut.", "first": 567},
  {"p": "Dari hasil pengecekan di area parkir Pemkab, masih ditemukan stiker bergambar pasangan calon pada kendaraan dinas dan baliho di pagar kantor. Sesuai Pasal 70 UU Nomor 10 Tahun 2016 dan PKPU tentang Kampanye, fasilitas pemerintah tidak boleh dipakai untuk kampanye. Daftar temuan:", "first": 567},
  {"table": [["**No**", "**Objek**", "**Lokasi/Nopol**", "**Isi yang terpasang**"],
             ["1", "Kijang Innova dinas", "P 1187 EP - Dinas Koperasi", "stiker kaca belakang \"LANJUTKAN! JEMBER MAKMUR BERSAMA H. SULTHON\""],
             ["2", "Mobil operasional kecamatan", "P 1402 EP - Kec. Ambulu", "stiker pintu bergambar pasangan calon nomor urut 1"],
             ["3", "Sepeda motor dinas", "P 6621 EP - Kel. Kebonsari", "stiker spakbor \"Sulthon-Ririn Dua Periode\""],
             ["4", "Baliho 3x4 m", "pagar depan Kantor Kecamatan Kaliwates", "foto petahana dengan tulisan \"LANJUTKAN! JEMBER MAKMUR\""]],
   "widths": [500, 2300, 2800, 3600], "borders": True, "header_row": True},
  blank(120),
  {"p": "Sehubungan dengan itu kami minta:", "first": 567},
  {"p": "stiker pada kendaraan dinas dilepas oleh pemegang kendaraan paling lambat 9 Oktober 2024, dan kendaraan difoto ulang sebagai bukti;", "num": 0},
  {"p": "baliho di pagar kantor kecamatan diturunkan bersama Satpol PP dan disimpan untuk diserahkan kepada Bawaslu, bukan dipindahkan ke lokasi lain;", "num": 0},
  {"p": "pemegang kendaraan dinas tidak menerima pemasangan stiker, bendera atau atribut peserta pemilihan dari pihak mana pun;", "num": 0},
  {"p": "laporan penertiban dikirim ke Bagian Umum untuk kami teruskan kepada Bawaslu.", "num": 0},
  {"p": "Terima kasih.", "first": 567},
 ] + ttd("Kepala Bagian Umum,", "ENDAH SUSILOWATI, S.Sos., M.Si.", "19780911 200501 2 014", indent=5103, gap=2),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Perintah melepas stiker dari mobil dinas dan menurunkan baliho petahana atas imbauan Bawaslu; mengutip slogan 'LANJUTKAN! JEMBER MAKMUR BERSAMA H. SULTHON' dan 'Dua Periode'; tanpa kop"})
