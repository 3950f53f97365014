from furniture import *

MEMOS = []

# 031 — V: Setwan, staf ditugaskan ke posko pemenangan partai pada jam kerja
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "surat tugas staf", "author": "Kabag Umum Setwan", "created": "2024-01-08T02:00:00Z"},
 "kop": kop("header", "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", "KOTA SUNGAI PENUH BARU", "Jl. Depati Parbo No. 2, Sungai Penuh Baru 37112"),
 "body": judul("SURAT TUGAS", "Nomor: 094/017/Setwan/I/2024") + [
  {"p": "Yang bertanda tangan di bawah ini Sekretaris DPRD Kota Sungai Penuh Baru, dengan ini menugaskan:", "first": 0},
  {"table": [["No", "Nama / NIP", "Jabatan"],
             ["1", "Depati Anwar Sani, S.E. / 19850211 201001 1 004", "Analis Persidangan"],
             ["2", "Reni Marlina, A.Md. / 19900705 201503 2 002", "Pengadministrasi Umum"],
             ["3", "Yoga Pratama (THL)", "Operator Komputer"]], "widths": [600, 5000, 3470], "header_row": True},
  blank(),
  {"p": "Untuk\t:\tMembantu administrasi dan pendataan saksi pada Posko Pemenangan Partai Amanat Nasional Daerah Pemilihan 2 di Jalan Muradi, selama masa kampanye 8 Januari s.d. 10 Februari 2024, setiap hari kerja pukul 09.00–15.00 WIB, atas permintaan Wakil Ketua DPRD yang kembali maju sebagai calon anggota DPRD;", "tabs": [[1418, "left"], [1702, "left"]], "hanging": 1702, "indent": 1702},
  {"p": "\t\tMembawa 2 (dua) unit laptop inventaris Sekretariat DPRD dan menggunakan printer serta kertas dari Bagian Umum;", "tabs": [[1418, "left"], [1702, "left"]], "hanging": 1702, "indent": 1702},
  {"p": "\t\tKehadiran yang bersangkutan di kantor dianggap dinas luar selama masa penugasan.", "tabs": [[1418, "left"], [1702, "left"]], "hanging": 1702, "indent": 1702},
  P("Demikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab dan tidak untuk dipublikasikan.", first=0),
 ] + ttd("Sekretaris DPRD\nKota Sungai Penuh Baru,", "H. ALIMUDDIN DEPATI, S.H., M.H.", "NIP. 19701215 199603 1 002", tempat="Sungai Penuh Baru, 8 Januari 2024")
},
 "label": {"violation": True, "categories": ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"], "classes": [4],
           "note": "Surat tugas Setwan: dua ASN + THL membantu posko pemenangan partai dapil 2 pada jam kerja dengan laptop/printer kantor, dicatat dinas luar"}})

# 032 — C: Satpol PP turunkan baliho petahana di halaman kantor (kutip slogan)
MEMOS.append({"spec": {
 "font": "Times New Roman",
 "meta": {"title": "SPRIN penertiban baliho", "author": "Bidang Trantibum", "created": "2024-09-26T01:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN LABUHAN DELI", "SATUAN POLISI PAMONG PRAJA", "Jl. Tengku Raja Muda No. 5, Perbaungan Lama"),
 "body": judul("SURAT PERINTAH TUGAS", "Nomor: 300.1/516/Satpol-PP/2024") + [
  {"p": "Dasar\t:\t1. Peraturan KPU Nomor 13 Tahun 2024 tentang Kampanye Pemilihan;\n\t\t2. Surat Bawaslu Kabupaten Labuhan Deli Nomor 211/PM.00.02/K.SU-22/09/2024 perihal Penertiban APK di Fasilitas Pemerintah;\n\t\t3. Disposisi Pj. Sekretaris Daerah tanggal 25 September 2024.", "tabs": [[1418, "left"], [1702, "left"]], "hanging": 1702, "indent": 1702},
  {"p": "MEMERINTAHKAN", "align": "center", "bold": True, "before": 120},
  {"p": "Kepada\t:\tKepala Seksi Operasi dan Pengendalian beserta 12 (dua belas) personel Regu II.", "tabs": [[1418, "left"], [1702, "left"]], "hanging": 1702, "indent": 1702},
  {"p": "Untuk\t:\t1. Menurunkan baliho ukuran 4 x 6 meter bergambar Bupati petahana dengan tulisan %%\"Terus Bekerja, Labuhan Deli Maju – Lanjutkan!\"%% yang terpasang di halaman Kantor Camat Pantai Labu Hilir dan pagar Puskesmas Bagan Serdang, serta seluruh alat peraga kampanye pasangan calon mana pun yang berada di gedung dan halaman kantor pemerintah;\n\t\t2. Membuat berita acara penurunan dengan dokumentasi foto, disaksikan Panwascam setempat;\n\t\t3. Menyimpan APK hasil penertiban di gudang Satpol PP untuk diambil oleh tim kampanye yang bersangkutan;\n\t\t4. Melaporkan pelaksanaan tugas kepada Kepala Satuan paling lambat 28 September 2024.", "tabs": [[1418, "left"], [1702, "left"]], "hanging": 1702, "indent": 1702},
  P("Demikian surat perintah tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.", first=0),
 ] + ttd("Kepala Satuan Polisi Pamong Praja,", "BINSAR TAMBUNAN, S.STP., M.AP.", "NIP. 19830704 200112 1 002", tempat="Perbaungan Lama, 26 September 2024")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Perintah menurunkan baliho petahana 'Terus Bekerja ... Lanjutkan!' dan APK semua paslon dari kantor pemerintah — penertiban"}})

# 033 — V: RSUD SE HUT, twibbon dan slogan di kaki halaman
MEMOS.append({"spec": {
 "font": "Calibri", "size": 22,
 "meta": {"title": "SE HUT RSUD ke-38", "author": "Humas RSUD", "created": "2024-10-30T03:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN ASAHAN HILIR", "RUMAH SAKIT UMUM DAERAH H. ABDUL MANAN", "Jl. Sisingamangaraja No. 315, Kisaran Hilir"),
 "footer": [{"p": "#AsahanHilirDuaPeriode  •  #BangTaufikLanjutkan  •  RSUD H. Abdul Manan — Melayani dengan Hati", "align": "center", "size": 16, "bold": True}],
 "body": judul("SURAT EDARAN", "Nomor: 445/2104/RSUD/X/2024", "TENTANG\nPERINGATAN HARI JADI KE-38 RSUD H. ABDUL MANAN") + yth(
   "Yth. Seluruh Pegawai RSUD H. Abdul Manan", "(ASN, BLUD dan tenaga kontrak)") + [
  P("Dalam rangka memeriahkan Hari Jadi ke-38 RSUD H. Abdul Manan pada 5 November 2024, kami mengajak seluruh keluarga besar rumah sakit untuk turut berpartisipasi dalam rangkaian kegiatan berikut:"),
  L("Lomba kebersihan ruangan antarinstalasi, penilaian 1–4 November 2024;"),
  L("Bakti sosial pengobatan gratis di Kecamatan Air Joman Hilir, Sabtu 2 November 2024;"),
  L("Seluruh pegawai mengganti foto profil WhatsApp, Facebook dan Instagram dengan twibbon Hari Jadi yang memuat foto Bapak Taufik Hidayat Nasution dan Bapak Robert Manurung dengan tulisan \"Lanjutkan Dua Periode\", tautan twibbon dibagikan melalui grup unit;"),
  L("Setiap unggahan twibbon menandai akun @bangtaufik.official dan memakai tagar di bawah halaman ini, bukti unggahan dikirim ke Humas paling lambat 4 November 2024."),
  P("Bapak Taufik Hidayat Nasution adalah tokoh yang membangun gedung rawat inap baru kita, sehingga sudah sepantasnya kita keluarga besar RSUD memberikan dukungan agar beliau kembali memimpin. Atas partisipasinya diucapkan terima kasih."),
 ] + ttd("Direktur,", "dr. MARLINA SIMANJUNTAK, M.Kes.", "NIP. 19760223 200502 2 003", tempat="Kisaran Hilir, 30 Oktober 2024")
},
 "label": {"violation": True, "categories": ["endorsement", "social-media", "letterhead-misuse"], "classes": [1, 5],
           "note": "SE HUT RSUD: wajib twibbon bergambar pasangan 'Lanjutkan Dua Periode', tandai akun @bangtaufik.official; tagar #AsahanHilirDuaPeriode di kaki halaman; ajakan 'kembali memimpin'"}})

# 034 — C: 'partai' = kiriman barang, benih jagung
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "pengiriman benih jagung", "author": "Bidang TPH", "created": "2024-03-04T02:00:00Z"},
 "kop": kop("table", "PEMERINTAH KABUPATEN SAROLANGUN HULU", "DINAS TANAMAN PANGAN, HORTIKULTURA DAN PETERNAKAN", "Jl. Lintas Sumatera Km. 4, Pauh Hulu", logo="LOGO"),
 "body": [tgl_kanan("Pauh Hulu, 4 Maret 2024")] + nomor("521.2/188/TPHP/2024", "Jadwal Penerimaan Benih Jagung Hibrida Bantuan Kementerian Pertanian") + [blank()] + yth(
   "Yth. Koordinator BPP Kecamatan Pauh Hulu,", "Mandiangin Ulu, dan Limun Hulu") + [
  P("Berdasarkan pemberitahuan dari penyedia, benih jagung hibrida bantuan Kementerian Pertanian untuk luas tanam 1.850 hektare akan dikirim dalam 3 (tiga) partai sebagai berikut:"),
  {"table": [["Partai", "Tanggal Tiba", "Jumlah", "Tujuan"],
             ["Partai I", "11 Maret 2024", "9.250 kg", "Gudang BPP Pauh Hulu"],
             ["Partai II", "18 Maret 2024", "11.100 kg", "Gudang BPP Mandiangin Ulu"],
             ["Partai III", "25 Maret 2024", "7.400 kg", "Gudang BPP Limun Hulu"]], "widths": [1400, 2200, 1800, 3670], "header_row": True},
  blank(),
  P("Koordinator BPP agar menyiapkan tenaga bongkar, memeriksa label dan tanggal kedaluwarsa benih setiap partai yang diterima, serta menandatangani berita acara serah terima. Apabila terdapat partai benih yang rusak atau tidak sesuai spesifikasi, segera dilaporkan untuk diretur kepada penyedia."),
  P("Penyaluran kepada kelompok tani dilakukan sesuai CPCL yang telah ditetapkan, tanpa pungutan biaya apa pun."),
 ] + ttd("Kepala Dinas,", "Ir. KEMAS SYAFRIL, M.Si.", "NIP. 19690901 199503 1 002")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan: 'partai' dalam arti kiriman benih (Partai I–III), bantuan sesuai CPCL"}})

# 035 — V: berita acara rakor kepala pekon: target suara per pekon, ancaman dana desa
MEMOS.append({"spec": {
 "font": "Times New Roman",
 "meta": {"title": "BA rakor peratin", "author": "Kasi Tapem Kec", "created": "2024-11-02T08:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN PESISIR TELUK", "KECAMATAN KOTA AGUNG HILIR", "Jl. Samudera No. 9, Kota Agung Hilir 35384"),
 "body": judul("BERITA ACARA", "Nomor: 005/BA/KAH/XI/2024", "RAPAT KOORDINASI PERATIN SE-KECAMATAN KOTA AGUNG HILIR") + [
  P("Pada hari ini Sabtu tanggal dua bulan November tahun dua ribu dua puluh empat, bertempat di Aula Kantor Camat Kota Agung Hilir, telah dilaksanakan Rapat Koordinasi Peratin yang dihadiri Camat, Sekretaris Camat, 18 (delapan belas) Peratin dan pendamping desa, dengan hasil sebagai berikut:"),
  {"p": "Diputuskan:", "bold": True},
  L("Setiap pekon menargetkan sekurang-kurangnya 300 (tiga ratus) suara untuk pasangan nomor urut 1 pada pemungutan suara tanggal 27 November 2024;"),
  L("Peratin membentuk tim kecil di tiap pemangku yang terdiri dari kepala pemangku, ketua RT dan kader posyandu untuk mendata warga yang sudah pasti memilih;"),
  L("Pekon yang mencapai target akan didahulukan dalam pencairan Dana Desa tahap III dan usulan pembangunan jalan lingkungan melalui Musrenbang Kecamatan 2025;"),
  L("Pekon yang perolehan suaranya di bawah target akan dilakukan evaluasi terhadap penggunaan Dana Desa dan kinerja aparatur pekon oleh kecamatan;"),
  L("Rekap pendataan disampaikan kepada Sekretaris Camat setiap hari Senin sampai dengan 25 November 2024."),
  P("Demikian berita acara ini dibuat dan ditandatangani bersama untuk dilaksanakan."),
  {"table": [["Camat Kota Agung Hilir,\n\n\n\n**Drs. RADEN MAS SURYADI**", "Perwakilan Peratin,\n\n\n\n**BAHRUL GELAR BATIN MANGKU**"]], "widths": [4535, 4535], "borders": False},
 ]},
 "label": {"violation": True, "categories": ["endorsement", "inducement", "state-facility", "letterhead-misuse"], "classes": [8, 9],
           "note": "BA rakor peratin: diputuskan target 300 suara/pekon untuk paslon no. 1; pekon capai target didahulukan Dana Desa, yang tidak diancam evaluasi"}})

# 036 — C: rakor Kesbangpol dengan LO ketiga pasangan secara setara
MEMOS.append({"spec": {
 "engine": "libreoffice",
 "font": "Arial", "size": 22,
 "meta": {"title": "undangan rakor kampanye", "author": "Kesbangpol Prov", "created": "2024-09-16T02:00:00Z"},
 "kop": kop("header", "PEMERINTAH PROVINSI JAMBI", "BADAN KESATUAN BANGSA DAN POLITIK", "Jl. Jenderal A. Yani No. 1 Telanaipura, Jambi"),
 "body": [tgl_kanan("Jambi, 16 September 2024")] + nomor("200.2/1442/Kesbangpol/2024", "Undangan Rapat Koordinasi Fasilitasi Tempat Kampanye", sifat="Penting") + [blank()] + yth(
   "Yth. Daftar Undangan Terlampir", "di –", "      Tempat") + [
  P("Dalam rangka memfasilitasi pelaksanaan kampanye Pemilihan Gubernur dan Wakil Gubernur Jambi Tahun 2024 yang dimulai 25 September 2024, Pemerintah Provinsi Jambi sesuai Pasal 57 PKPU Nomor 13 Tahun 2024 menyediakan fasilitas umum yang dapat digunakan secara bergiliran oleh seluruh pasangan calon."),
  P("Untuk itu kami mengundang Bapak/Ibu pada rapat koordinasi yang akan dilaksanakan:"),
  {"table": [["Hari/tanggal", ": Kamis, 19 September 2024"], ["Pukul", ": 09.00 WIB s.d. selesai"], ["Tempat", ": Ruang Rapat Kesbangpol Provinsi Jambi"],
             ["Agenda", ": Pengundian jadwal penggunaan lapangan dan gedung milik Pemprov; tata tertib penggunaan; pengamanan"]], "widths": [2000, 7070], "borders": False},
  {"p": "Daftar undangan:", "bold": True, "before": 120},
  L("KPU Provinsi Jambi;"), L("Bawaslu Provinsi Jambi;"), L("Polda Jambi (Biro Ops);"),
  L("Liaison Officer (LO) Pasangan Calon Nomor Urut 1, 2 dan 3, masing-masing 2 (dua) orang;"),
  L("Kepala Biro Umum dan Kepala Satpol PP Provinsi Jambi."),
  P("Pengundian dilakukan di hadapan seluruh LO dan penyelenggara. Setiap pasangan mendapat jumlah hari dan lokasi yang sama; tidak ada biaya sewa yang dikenakan, dan perangkat daerah tidak menyediakan konsumsi, kendaraan atau perlengkapan bagi pasangan calon mana pun."),
 ] + ttd("Kepala Badan,", "Drs. H. ABDUL MALIK, M.Si.", "NIP. 19680404 199303 1 005")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Rakor Kesbangpol dengan LO ketiga pasangan: pengundian jadwal fasilitas umum secara setara sesuai PKPU 13/2024, tanpa fasilitas tambahan"}})

# 037 — V: Dispora Sumut, jalan sehat bersama calon gubernur, hadiah dari DPA
MEMOS.append({"spec": {
 "font": "Cambria", "size": 23,
 "meta": {"title": "jalan sehat", "author": "Bidang Olahraga", "created": "2024-10-10T05:00:00Z"},
 "kop": kop("header", "PEMERINTAH KOTA TEBING MARBAU", "DINAS PEMUDA DAN OLAHRAGA", "Jl. Gatot Subroto No. 41, Tebing Marbau"),
 "body": [tgl_kanan("Tebing Marbau, 10 Oktober 2024")] + nomor("400.14/322/Dispora/X/2024", "Jalan Sehat Bersama Keluarga Besar ASN") + [blank()] + yth(
   "Yth. Kepala Perangkat Daerah, Camat dan Lurah", "se-Kota Tebing Marbau") + [
  P("Dengan hormat, kami beritahukan bahwa Dinas Pemuda dan Olahraga akan menyelenggarakan Jalan Sehat Bersama Bapak Edy Saragih, S.E., M.M., calon Gubernur Sumatera Utara nomor urut 1, pada:"),
  {"table": [["Hari/Tanggal", ": Minggu, 20 Oktober 2024"], ["Start/Finish", ": Lapangan Merdeka Tebing Marbau"], ["Pukul", ": 06.00 WIB"], ["Rute", ": Jl. Sudirman – Jl. Sutomo – Jl. Imam Bonjol (5 km)"]], "widths": [2000, 7070], "borders": False},
  P("Sehubungan dengan itu kami mohon bantuan Bapak/Ibu untuk:"),
  L("mengirimkan pegawai masing-masing unit kerja minimal 50 orang dengan memakai kaos jalan sehat warna kuning yang dibagikan di lokasi;"),
  L("Camat dan Lurah menggerakkan warga, terutama kelompok senam dan majelis taklim;"),
  L("mengizinkan mobil dinas bak terbuka dipakai mengangkut sound system dan tenda."),
  P("Hadiah utama sepeda motor, kulkas dan 100 doorprize lainnya disediakan dari anggaran kegiatan Dispora (Sub Kegiatan Pembudayaan Olahraga Masyarakat) dan akan diundi langsung oleh beliau. Kupon undian hanya dibagikan kepada peserta yang mengenakan kaos acara."),
 ] + ttd("Kepala Dinas Pemuda dan Olahraga,", "RAHMAT HIDAYAT DAMANIK, S.Pd., M.Pd.", "NIP. 19791129 200501 1 006")
},
 "label": {"violation": True, "categories": ["campaign-activity", "inducement", "state-facility", "letterhead-misuse"], "classes": [3],
           "note": "Dispora gelar 'Jalan Sehat Bersama' calon gubernur no. 1, kuota 50 pegawai/unit, mobil dinas, doorprize dari anggaran dinas diundi calon"}})

# 038 — C: Disdukcapil, 'pilih jadwal' perekaman KTP-el pemilih pemula
MEMOS.append({"spec": {
 "font": "Calibri", "size": 22,
 "meta": {"title": "jemput bola ktp-el", "author": "Bidang PIAK", "created": "2024-08-05T03:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN TULANG BAWANG TENGAH", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "Jl. Cendana No. 7 Menggala Tengah"),
 "body": [tgl_kanan("Menggala Tengah, 5 Agustus 2024")] + nomor("470/611/Disdukcapil/2024", "Layanan Jemput Bola Perekaman KTP-el Pemilih Pemula") + [blank()] + yth(
   "Yth. Kepala SMA/SMK/MA Negeri dan Swasta", "se-Kabupaten Tulang Bawang Tengah") + [
  P("Dalam rangka memastikan seluruh warga yang genap berusia 17 tahun pada atau sebelum 27 November 2024 telah memiliki KTP-el, Disdukcapil akan melaksanakan layanan jemput bola perekaman ke sekolah-sekolah."),
  P("Kepala sekolah dimohon memilih salah satu jadwal di bawah ini dan mengonfirmasi melalui operator sekolah kepada Bidang PIAK paling lambat 12 Agustus 2024:"),
  {"table": [["Gelombang", "Tanggal", "Kecamatan"], ["I", "19–23 Agustus 2024", "Menggala Tengah, Tulang Bawang Udik"],
             ["II", "26–30 Agustus 2024", "Gunung Terang Baru, Way Kenanga Ilir"], ["III", "2–6 September 2024", "Tumijajar Tengah, Pagar Dewa Baru"]],
   "widths": [1500, 3000, 4570], "header_row": True},
  blank(),
  P("Siswa yang akan direkam membawa fotokopi Kartu Keluarga dan akta kelahiran. Data hasil perekaman hanya digunakan untuk administrasi kependudukan dan tidak diserahkan kepada pihak mana pun selain yang diatur peraturan perundang-undangan. Layanan tidak dipungut biaya."),
 ] + ttd("Kepala Dinas,", "SUPRIYADI, S.Sos., M.M.", "NIP. 19720610 199803 1 005")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan: 'memilih salah satu jadwal', 'pemilih pemula', fotokopi KK — perekaman KTP-el biasa"}})

# 039 — V: SD Riau, penyambutan calon bupati oleh guru dan siswa
MEMOS.append({"spec": {
 "font": "Times New Roman",
 "meta": {"title": "pemberitahuan penyambutan", "author": "Kepala SD", "created": "2024-10-22T00:40:00Z"},
 "kop": kop("body", "PEMERINTAH KABUPATEN ROKAN TENGAH", "DINAS PENDIDIKAN", "SD NEGERI 009 KUALA SENGKUANG", "Jl. Datuk Bendahara, Kuala Sengkuang"),
 "body": [tgl_kanan("Kuala Sengkuang, 22 Oktober 2024")] + nomor("421.2/074/SDN009/2024", "Penyambutan Kunjungan") + [blank()] + yth(
   "Kepada Yth.", "Bapak/Ibu Dewan Guru dan Tenaga Kependidikan", "SD Negeri 009 Kuala Sengkuang") + [
  P("Kami beritahukan bahwa pada hari Kamis, 24 Oktober 2024 sekitar pukul 09.00 WIB, rombongan Bapak H. Datuk Marzuki, calon Bupati Rokan Tengah nomor urut 2, akan melintas dan singgah sebentar di depan sekolah kita dalam perjalanan menuju Desa Pasir Utama."),
  P("Untuk menyambut kedatangan beliau, kami minta:"),
  L("Kegiatan belajar jam ke-2 dan ke-3 ditiadakan. Siswa kelas 3 s.d. 6 dibariskan di sepanjang pagar sekolah dengan membawa bendera kertas warna merah-putih dan bendera kecil berwarna hijau yang telah disiapkan;"),
  L("Guru kelas 5 menyiapkan 10 siswa untuk tari persembahan dan pengalungan selempang;"),
  L("Guru PJOK mengatur barisan dan menyiapkan pengeras suara sekolah;"),
  L("Komite sekolah dan wali murid yang berkenan dipersilakan ikut menyambut."),
  P("Foto dan video penyambutan agar dikirim ke kepala sekolah untuk diteruskan kepada tim beliau. Demikian, atas kerja samanya diucapkan terima kasih."),
 ] + ttd("Kepala Sekolah,", "WAN NURAINI, S.Pd.SD", "NIP. 19740303 199802 2 002")
},
 "label": {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"], "classes": [3],
           "note": "Kepala SD liburkan jam pelajaran agar siswa dan guru berbaris menyambut calon bupati no. 2 dengan bendera hijau, tari persembahan, foto dikirim ke tim"}})

# 040 — C: deklarasi pemilu damai dan anti-hoaks di SMA (kotak teks)
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "deklarasi pemilu damai", "author": "Waka Kesiswaan", "created": "2024-01-22T02:00:00Z"},
 "kop": kop("header", "PEMERINTAH ACEH", "DINAS PENDIDIKAN", "SMA NEGERI 2 LHOK TEUPIN", "Jl. Pocut Baren No. 12, Lhok Teupin"),
 "body": [tgl_kanan("Lhok Teupin, 22 Januari 2024")] + nomor("421.3/057/SMAN2/2024", "Deklarasi Pemilu Damai dan Anti-Hoaks Pemilih Pemula") + [blank()] + yth(
   "Yth. Wali Kelas XII dan Pembina OSIS", "SMA Negeri 2 Lhok Teupin") + [
  P("Bekerja sama dengan KIP Kota Lhok Teupin dan Panwaslih Kota, sekolah akan melaksanakan sosialisasi pemilih pemula dan Deklarasi Pemilu Damai dan Anti-Hoaks pada Sabtu, 27 Januari 2024, pukul 08.00 WIB di lapangan upacara. Seluruh siswa kelas XII yang telah terdaftar dalam DPT diwajibkan hadir."),
  P("Naskah deklarasi yang akan dibacakan oleh Ketua OSIS dan diikuti seluruh siswa:"),
  {"textbox": [{"p": "DEKLARASI PEMILIH PEMULA SMA NEGERI 2 LHOK TEUPIN", "bold": True, "align": "center"},
               "1. Kami akan datang ke TPS pada 14 Februari 2024 dan menggunakan hak pilih secara langsung, umum, bebas dan rahasia.",
               "2. Kami menolak politik uang dan tidak akan menjual suara kami.",
               "3. Kami tidak akan menyebarkan hoaks, ujaran kebencian dan fitnah terhadap peserta pemilu mana pun.",
               "4. Kami menjaga sekolah bebas dari kampanye dan atribut peserta pemilu."], "width_cm": 15.5, "height_cm": 4.6},
  P("Wali kelas agar mendata siswa yang belum masuk DPT untuk dibantu pengecekan melalui {link:https://cekdptonline.kpu.go.id|cekdptonline.kpu.go.id}. Guru dan siswa tidak diperkenankan mengenakan atau membawa atribut peserta pemilu pada kegiatan ini."),
 ] + ttd("Kepala Sekolah,", "Drs. TEUKU MAHYIDDIN", "NIP. 19680929 199412 1 001")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan: 'deklarasi' pemilu damai/anti-hoaks bersama KIP dan Panwaslih, ajakan gunakan hak pilih, menolak politik uang"}})
