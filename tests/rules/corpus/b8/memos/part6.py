from furniture import *

MEMOS = []

# 051 — V: Kemenag, penyuluh agama ke konsolidasi relawan dan kampanye dialogis (calon tidak disebut)
MEMOS.append({"spec": {
 "font": "Times New Roman",
 "meta": {"title": "pemberitahuan penyuluh", "author": "Seksi Bimas Islam", "created": "2024-01-17T02:00:00Z"},
 "kop": kop("header", "KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN TABIR RAYA", "Jl. Lintas Bangko–Kerinci Km. 3, Rantau Panjang Baru, Telp. (0746) 32xxx"),
 "body": [tgl_kanan("Rantau Panjang Baru, 17 Januari 2024")] + nomor("B-214/Kk.05.11/2/BA.00/01/2024", "Pemberitahuan Kegiatan Penyuluh") + [blank()] + yth(
   "Yth. Kepala KUA Kecamatan", "dan Penyuluh Agama Islam PNS/Non-PNS", "se-Kabupaten Tabir Raya") + [
  P("Assalamu'alaikum warahmatullahi wabarakatuh."),
  P("Sehubungan dengan permintaan pengurus yang telah dikoordinasikan dengan pimpinan, kami beritahukan dua kegiatan yang perlu diikuti oleh para penyuluh menjelang 14 Februari 2024:"),
  {"table": [["Kegiatan", "Waktu dan Tempat", "Keterangan"],
             ["Konsolidasi Relawan Majelis Taklim Dapil Jambi", "Sabtu, 20 Januari 2024, 14.00 WIB, Gedung Serbaguna Rantau Panjang Baru", "Penyuluh membawa masing-masing 10 pengurus majelis taklim binaan"],
             ["Kampanye Dialogis bersama tokoh agama", "Sabtu, 3 Februari 2024, 09.00 WIB, Lapangan MTQ Tabir", "Penyuluh duduk di barisan depan, memakai gamis/baju koko putih"]],
   "widths": [2800, 3200, 3070], "header_row": True},
  blank(),
  P("Kehadiran penyuluh non-PNS akan menjadi bahan pertimbangan dalam perpanjangan SK penyuluh tahun 2024. Kepala KUA diminta mengirimkan nama penyuluh dan pengurus majelis taklim yang hadir ke Seksi Bimas Islam melalui WA paling lambat H-2 setiap kegiatan."),
  P("Wassalamu'alaikum warahmatullahi wabarakatuh."),
 ] + ttd("Kepala Kantor,", "Dr. H. MUHAMMAD YUNUS, M.Ag.", "NIP. 19700817 199703 1 002")
},
 "label": {"violation": True, "categories": ["campaign-activity", "inducement", "letterhead-misuse"], "classes": [2, 8],
           "note": "Kankemenag minta penyuluh agama hadiri 'Konsolidasi Relawan' dan 'Kampanye Dialogis' bawa 10 pengurus majelis taklim; kehadiran jadi pertimbangan perpanjangan SK; calon tidak disebut"}})

# 052 — C: Kantor Pertanahan: 'calon penerima', 'tim sukses PTSL', 'pilih loket' (umpan)
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "undangan penyerahan sertipikat", "author": "Seksi Penetapan Hak", "created": "2024-06-10T02:00:00Z"},
 "kop": kop("table", "KEMENTERIAN AGRARIA DAN TATA RUANG/", "BADAN PERTANAHAN NASIONAL", "KANTOR PERTANAHAN KABUPATEN PESISIR TELUK", "Jl. Ir. H. Juanda No. 10, Kota Agung Hilir", logo="ATR/BPN"),
 "body": [tgl_kanan("Kota Agung Hilir, 10 Juni 2024")] + nomor("IP.02.01/611-18.06/VI/2024", "Penyerahan Sertipikat PTSL Tahun 2024") + [blank()] + yth(
   "Yth. Peratin Pekon Way Nipah Baru,", "Pekon Tanjung Anom Hilir dan Pekon Sukabumi Teluk") + [
  P("Sehubungan dengan selesainya penerbitan 1.140 bidang sertipikat Pendaftaran Tanah Sistematis Lengkap (PTSL) Tahun 2024, kami mohon bantuan Peratin untuk menyampaikan kepada calon penerima sertipikat agar hadir pada penyerahan yang dijadwalkan 18 Juni 2024 di Balai Pekon Way Nipah Baru."),
  P("Calon penerima dapat memilih salah satu loket sesuai pekon asal (Loket A: Way Nipah Baru; Loket B: Tanjung Anom Hilir; Loket C: Sukabumi Teluk) dan membawa KTP asli, bukti pembayaran BPHTB bila terutang, serta surat kuasa bermeterai jika diwakilkan."),
  P("Kami juga menyampaikan terima kasih kepada Tim Sukses PTSL Pekon (Pokmas dan satgas yuridis) yang telah membantu pengumpulan data fisik dan yuridis sehingga target tahun ini tercapai. Tidak ada pungutan apa pun di luar ketentuan SKB Tiga Menteri."),
 ] + ttd("Kepala Kantor Pertanahan\nKabupaten Pesisir Teluk,", "SUTAN MARDIANSYAH, S.SiT., M.H.", "NIP. 19781012 200003 1 001")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan: 'calon penerima sertipikat', 'memilih salah satu loket', 'Tim Sukses PTSL', bawa KTP asli — urusan pertanahan biasa"}})

# 053 — V: perihal dan kalimat pembuka ditambah lewat tracked insertion; isi logistik
MEMOS.append({"spec": {
 "font": "Calibri", "size": 22,
 "meta": {"title": "sosialisasi bedah rumah", "author": "Bidang Perumahan", "created": "2024-10-16T01:00:00Z", "last_modified_by": "Kadis", "change_author": "Kadis Perkim", "modified": "2024-10-16T04:20:00Z", "revision": 5},
 "kop": kop("header", "PEMERINTAH KABUPATEN WAY SEMANGKA", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN", "Jl. Raya Pekon Gisting Baru No. 77, Way Semangka"),
 "body": [tgl_kanan("Way Semangka, 16 Oktober 2024")] + nomor("600.3/291/Perkim/2024", "{ins:Kampanye Dialogis Pasangan Nomor Urut 3 dan }Sosialisasi Program Bedah Rumah") + [blank()] + yth(
   "Yth. Kepala Bidang Perumahan, Kepala Seksi,", "dan Tenaga Fasilitator Lapangan (TFL)") + [
  P("Sehubungan dengan kegiatan {ins:kampanye dialogis pasangan nomor urut 3 yang dirangkai dengan }sosialisasi program bedah rumah di Pekon Gisting Baru pada Sabtu, 19 Oktober 2024 pukul 13.30 WIB, bersama ini disampaikan pembagian tugas:"),
  {"table": [["Tugas", "Pelaksana"],
             ["Tenda 2 unit dan 200 kursi lipat inventaris Dinas", "Seksi Sarana Prasarana, dipasang Jumat sore"],
             ["Data calon penerima RTLH per pekon (nama dan NIK)", "TFL, diserahkan ke panitia di lokasi"],
             ["Mengundang 150 warga calon penerima bantuan", "TFL bersama kepala pemangku"],
             ["Dokumentasi dan unggahan", "Staf Subbag Umum"],
             ["Kendaraan", "Mobil operasional Bidang Perumahan (BE 1284 YT)"]], "widths": [5000, 4070], "header_row": True},
  blank(),
  P("Pegawai yang bertugas tidak memakai seragam dinas. Demikian untuk dilaksanakan."),
 ] + ttd("Kepala Dinas,", "Ir. RADEN ARYA PUTRA, M.T.", "NIP. 19730930 199903 1 003")
},
 "label": {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"], "classes": [6],
           "note": "Tracked insertion menambah 'Kampanye Dialogis Pasangan Nomor Urut 3' pada perihal dan pembuka; isi hanya logistik: tenda/kursi dinas, data NIK calon penerima RTLH, 150 warga, mobil dinas"}})

# 054 — C: Satpol PP dan WH, pengamanan TPS netral (Aceh)
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "pengamanan TPS", "author": "Satpol PP WH", "created": "2024-11-20T02:00:00Z"},
 "kop": kop("header", "PEMERINTAH KOTA LHOK TEUPIN", "SATUAN POLISI PAMONG PRAJA DAN WILAYATUL HISBAH", "Jl. Samudera Pasai No. 14, Lhok Teupin"),
 "body": judul("SURAT PERINTAH", "Nomor: 300/612/SPPWH/2024") + [
  {"p": "Dasar\t:\tSurat KIP Kota Lhok Teupin tentang Permintaan Dukungan Pengamanan Pemungutan dan Penghitungan Suara Pemilihan Tahun 2024.", "tabs": [[1418, "left"], [1702, "left"]], "hanging": 1702, "indent": 1702},
  {"p": "MEMERINTAHKAN:", "align": "center", "bold": True, "before": 120},
  {"p": "Kepada\t:\t48 (empat puluh delapan) personel Satpol PP dan WH sebagaimana daftar terlampir.", "tabs": [[1418, "left"], [1702, "left"]], "hanging": 1702, "indent": 1702},
  {"p": "Untuk\t:", "tabs": [[1418, "left"], [1702, "left"]], "after": 0},
  L("membantu pengamanan TPS di 4 kecamatan bersama Linmas gampong dan Polri pada 26–28 November 2024, berdiri di luar radius TPS sesuai arahan Ketua KPPS;"),
  L("bersikap netral, tidak mengenakan atau membawa atribut pasangan calon mana pun, tidak berfoto dengan simbol jari, dan tidak mengarahkan pemilih;"),
  L("menggunakan hak pilih di TPS domisili sebelum atau sesudah bertugas secara bergantian, dengan izin komandan regu;"),
  L("melaporkan setiap gangguan keamanan atau dugaan politik uang kepada PTPS dan Panwaslih setempat."),
  P("Surat perintah ini berlaku sejak tanggal ditetapkan sampai dengan selesainya rekapitulasi tingkat kecamatan.", first=0),
 ] + ttd("Kepala Satuan Polisi Pamong Praja\ndan Wilayatul Hisbah,", "T. RIZAL FAHMI, S.STP., M.Si.", "NIP. 19810808 200212 1 002", tempat="Lhok Teupin, 20 November 2024")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Pengamanan TPS atas permintaan KIP, netral terhadap semua paslon, gunakan hak pilih bergantian, lapor politik uang"}})

# 055 — V: surat geuchik hasil pindai (OCR rusak), kumpul KTP untuk bakal calon perseorangan
MEMOS.append({"spec": {
 "font": "Times New Roman",
 "meta": {"title": "scan surat geuchik", "author": "scan", "created": "2024-04-22T08:00:00Z"},
 "body": kop_lines("PEMERINTAH KABUPATEN KRUENG BARO", "KECAMATAN MEURAH DUA BARO", "GAMPONG BLANG CUT MEUNASAH") + [
  {"p": "Nomor : 140/ 41 /BCM/IV/2024", "after": 0, "align": "left"},
  {"p": "Lamp  : 1 (satu) lernbar", "after": 0, "align": "left"},
  {"p": "Hal   : Pengumpulan Fotokopi KTP", "after": 160, "align": "left"},
  {"p": "Kepada Yth.\nKepala Dusun, Tuha Peut dan Imum Meunasah\nGampong Blang Cut Meunasah", "after": 160, "align": "left"},
  P("Dengan hormat, Sehubungan dengan persiapan pencalonan Tgk. H. Mukhtar Ilyas dan Teuku Fadhil sebagai bakal pasangan calon perseorangan Bupati dan Wakil Bupati Krueng Baro, bersama ini Geuchik rneminta kepada Kepala Dusun untuk mengumpulkan fotokopi KTP-el dan kartu keluarga warga yang sudah berumur 17 tahun ke atas, masing-rnasing dusun rninimal 120 lernbar."),
  P("Warga yang menyerahkan {split:fotoko|pi KTP} dan menandatangani formulir {split:du|kung|an} (B.1-KWK) akan diberi uang pengganti fotokopi dan transport Rp 25.000,- per orang yang dibayarkan melalui Bendahara Gampong. Bagi warga penerirna BLT Dana Desa, kami harapkan semuanya ikut rnenyerahkan, karena penetapan penerima tahun depan akan dimusyawarahkan kembali."),
  P("Berkas dikurnpulkan di Kantor Keuchik paling larnbat Sabtu, 27 April 2024 sebelum diserahkan kepada tim bakal calon. Dernikian, atas perhatiannya diucapkan terima kasih."),
  {"p": "Blang Cut Meunasah, 22 April 2024", "indent": 5103, "after": 0, "align": "left"},
  {"p": "Geuchik Blang Cut Meunasah,", "indent": 5103, "after": 0, "align": "left"},
  {"p": "", "after": 0}, {"p": "[cap gampong]", "indent": 5103, "italic": True, "after": 0, "align": "left"},
  {"p": "**ZAINUDDIN HS**", "indent": 5103, "after": 0, "align": "left"},
 ]},
 "kop_in_body": True,
 "label": {"violation": True, "categories": ["endorsement", "inducement", "letterhead-misuse"], "classes": [8, 11],
           "note": "Surat geuchik hasil pindai (typo OCR 'rneminta', 'lernbar'): kumpulkan fotokopi KTP dan formulir dukungan B.1-KWK untuk bakal calon perseorangan, bayar Rp25.000, ancam tinjau BLT DD"}})

# 056 — C: Puskesmas Lampung, kampanye GERMAS: jalan sehat, senam, temu kangen (umpan)
MEMOS.append({"spec": {
 "font": "Calibri", "size": 22,
 "meta": {"title": "undangan germas", "author": "Promkes", "created": "2024-09-09T02:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN TULANG BAWANG TENGAH", "DINAS KESEHATAN", "UPTD PUSKESMAS GUNUNG TERANG BARU", "Tiyuh Gunung Terang Baru, Kec. Gunung Terang Baru"),
 "body": [tgl_kanan("Gunung Terang Baru, 9 September 2024")] + nomor("440/318/PKM-GTB/IX/2024", "Kampanye GERMAS dan Peringatan Hari Jantung Sedunia") + [blank()] + yth(
   "Yth. Kepala Tiyuh, Ketua TP-PKK Tiyuh,", "Kader Posyandu dan Kader Posbindu PTM", "se-Wilayah Kerja UPTD Puskesmas Gunung Terang Baru") + [
  P("Dalam rangka kampanye Gerakan Masyarakat Hidup Sehat (GERMAS) dan peringatan Hari Jantung Sedunia, Puskesmas mengundang masyarakat untuk mengikuti jalan sehat 3 km dan senam jantung sehat pada Minggu, 29 September 2024 pukul 06.30 WIB, start di halaman Puskesmas."),
  P("Rangkaian kegiatan meliputi pemeriksaan tekanan darah dan gula darah gratis, edukasi gizi seimbang, serta temu kangen kader posyandu teladan tahun 2019–2023. Hadiah hiburan berupa timbangan badan dan termos air disediakan dari dana BOK untuk peserta yang melakukan pemeriksaan kesehatan."),
  P("Kami mohon Kepala Tiyuh dapat mengajak warga, khususnya lansia dan penderita hipertensi yang terdaftar di Posbindu. Kegiatan ini tidak berkaitan dengan kegiatan politik mana pun; peserta dimohon tidak membawa atribut selain kaos olahraga bebas."),
 ] + ttd("Kepala UPTD Puskesmas\nGunung Terang Baru,", "Ns. SRI WAHYUNINGSIH, S.Kep., M.Kes.", "NIP. 19780404 200212 2 004")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan: 'kampanye GERMAS', jalan sehat, senam, temu kangen, hadiah dari BOK untuk pemeriksaan kesehatan — tanpa calon"}})

# 057 — V: Distanbun Riau, bibit sawit diikutkan agenda calon; 'menindaklanjuti hasil musyawarah' + pelaporan
MEMOS.append({"spec": {
 "engine": "libreoffice",
 "font": "Arial", "size": 22,
 "meta": {"title": "penyaluran bibit sawit", "author": "Bidang Perkebunan", "created": "2024-10-18T03:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN KAMPAR HULU", "DINAS PERTANIAN DAN PERKEBUNAN", "Jl. Datuk Tabano No. 19, Bangkinang Hulu"),
 "body": [tgl_kanan("Bangkinang Hulu, 18 Oktober 2024")] + nomor("525/Distanbun/X/2024/744", "Penyaluran Bantuan Bibit Kelapa Sawit dan Pupuk Tahap II", lampiran="Jadwal") + [blank()] + yth(
   "Yth. Koordinator Penyuluh dan Kepala UPT Perkebunan", "se-Kabupaten Kampar Hulu") + [
  {"p": "1. Dasar", "bold": True},
  P("Menindaklanjuti hasil musyawarah pimpinan Dinas dengan Ketua Tim Pemenangan Kabupaten pada 15 Oktober 2024."),
  {"p": "2. Pelaksanaan", "bold": True},
  L("Penyaluran 48.000 batang bibit sawit DxP dan 120 ton pupuk NPK tahap II, yang sejatinya dijadwalkan Desember, dimajukan dan diselaraskan dengan jadwal safari Bapak Datuk H. Syamsul Bahri ke 14 kecamatan (jadwal terlampir);"),
  L("Bibit dan pupuk diserahkan oleh beliau atau koordinator timnya di lokasi, dengan spanduk penyerahan berwarna biru dongker bertuliskan \"Kebun Rakyat Berlanjut\";"),
  L("Kelompok tani yang didahulukan adalah kelompok yang ketuanya telah menyatakan kesediaan menjadi saksi atau koordinator suara; daftar kelompok diserahkan oleh tim;"),
  L("Penyuluh hadir dan memastikan anggota kelompok tani mengenakan kaos yang dibagikan."),
  {"p": "3. Pelaporan", "bold": True},
  P("Koordinator penyuluh melaporkan jumlah bibit yang telah diserahkan dan jumlah anggota kelompok tani yang hadir pada setiap titik, dilengkapi foto, kepada Kepala Bidang Perkebunan paling lambat satu hari setelah penyerahan."),
 ] + ttd("Kepala Dinas,", "Ir. DATUK MAHYUDIN, M.P.", "NIP. 19690622 199503 1 004")
},
 "label": {"violation": True, "categories": ["endorsement", "inducement", "state-facility", "letterhead-misuse"], "classes": [10, 13],
           "note": "Dasar 'hasil musyawarah' dengan ketua tim pemenangan; bibit sawit/pupuk dinas dimajukan mengikuti safari calon, diserahkan beliau/tim berspanduk slogan, prioritas kelompok yang jadi saksi; ada bagian Pelaporan"}})

# 058 — C: Bappeda, surat dukungan untuk proposal dan 'tim sukses' program stunting
MEMOS.append({"spec": {
 "font": "Times New Roman",
 "meta": {"title": "surat dukungan proposal", "author": "Bidang Litbang", "created": "2024-05-21T02:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN TAPANULI LINTONG", "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH", "Jl. D.I. Panjaitan No. 4, Tarutung Lintong"),
 "body": [tgl_kanan("Tarutung Lintong, 21 Mei 2024")] + nomor("000.9/407/Bappelitbangda/2024", "Surat Dukungan Proposal Hibah Penelitian") + [blank()] + yth(
   "Yth. Ketua LPPM Universitas HKBP Lintong", "di –", "      Tarutung Lintong") + [
  P("Menanggapi surat Saudara tanggal 14 Mei 2024 perihal permohonan surat dukungan, Pemerintah Kabupaten Tapanuli Lintong melalui Bappelitbangda menyatakan mendukung proposal penelitian berjudul \"Model Pendampingan Keluarga Berisiko Stunting Berbasis Gereja dan Huta di Tapanuli Lintong\" yang diajukan kepada skema hibah Kemendikbudristek Tahun 2025."),
  P("Dukungan yang dapat kami berikan meliputi akses data Elsimil dan e-PPGBM, fasilitasi koordinasi dengan Tim Percepatan Penurunan Stunting (TPPS) kabupaten, serta keterlibatan \"Tim Sukses Zero Stunting\" kecamatan sebagai mitra lapangan. Dukungan ini tidak disertai komitmen pendanaan dari APBD."),
  P("Kami berharap hasil penelitian dapat menjadi masukan bagi penyusunan RPJMD 2025–2029. Demikian surat dukungan ini dibuat untuk dipergunakan sebagaimana mestinya."),
 ] + ttd("Kepala Bappelitbangda,", "Dr. Ir. JONNER SIHOMBING, M.Si.", "NIP. 19700120 199603 1 003")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan: 'surat dukungan' untuk proposal penelitian dan 'Tim Sukses Zero Stunting' — urusan perencanaan biasa"}})

# 059 — V: Puskesmas Jambi, staf jadi 'Relawan Sehat' paslon, ambulans siaga di kampanye
MEMOS.append({"spec": {
 "font": "Calibri", "size": 22,
 "meta": {"title": "ND relawan sehat", "author": "Kapus", "created": "2024-10-01T05:00:00Z"},
 "kop": kop("body", "PEMERINTAH KABUPATEN SAROLANGUN HULU", "DINAS KESEHATAN", "UPTD PUSKESMAS PAUH HULU", "Jl. Lintas Sumatera, Pauh Hulu"),
 "body": [{"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0}, {"p": "Nomor: 440/166/PKM-PH/X/2024", "align": "center", "after": 120},
  {"table": [["Kepada", ": dr. Fitri, Ns. Edi, Bd. Maya, Bd. Nurul, Sdr. Anton (sopir ambulans)"], ["Dari", ": Kepala UPTD Puskesmas"], ["Perihal", ": Relawan Sehat"]], "widths": [1600, 7470], "borders": False},
  {"p": "", "border_bottom": True, "after": 120},
  P("Saudara-saudara yang namanya tersebut di atas telah kami daftarkan sebagai anggota **Relawan Sehat Kemas–Yuli** (pasangan nomor urut 1) Kecamatan Pauh Hulu, sesuai permintaan koordinator relawan. Tugas Saudara:"),
  L("membuka pos pemeriksaan tensi dan gula darah gratis di setiap kampanye pasangan tersebut di wilayah Kecamatan Pauh Hulu, menggunakan alat dan BMHP Puskesmas;"),
  L("mengenakan rompi Relawan Sehat yang dibagikan koordinator, di atas pakaian bebas;"),
  L("ambulans Puskesmas (BH 9012 RZ) siaga di lokasi kampanye akbar 10 November 2024 dengan stiker yang disediakan tim; bila ada panggilan rujukan, ambulans cadangan dari Pustu dipakai;"),
  L("membagikan brosur \"Berobat Gratis Lanjut Terus\" kepada warga yang diperiksa."),
  P("Jadwal kampanye akan dikirim melalui grup WA. Terima kasih atas kesediaannya."),
 ] + ttd("Kepala UPTD Puskesmas Pauh Hulu,", "dr. RADEN HENDRA WIJAYA", "NIP. 19840510 201001 1 006", tempat="Pauh Hulu, 1 Oktober 2024")
},
 "label": {"violation": True, "categories": ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"], "classes": [4, 13],
           "note": "Kapus daftarkan staf sebagai 'Relawan Sehat' paslon no. 1, pos periksa gratis di kampanye pakai alat/BMHP puskesmas, ambulans berstiker tim siaga di kampanye akbar, brosur slogan"}})

# 060 — C: laporan tindak lanjut Pj. Bupati ke Bawaslu, mengutip pelanggaran
MEMOS.append({"spec": {
 "font": "Bookman Old Style", "size": 22,
 "meta": {"title": "tindak lanjut rekomendasi", "author": "BKPSDM", "created": "2024-12-16T02:00:00Z"},
 "kop": kop("header", "PENJABAT BUPATI ROKAN TENGAH", "PROVINSI RIAU"),
 "body": [tgl_kanan("Pasir Pengaraian Baru, 16 Desember 2024")] + nomor("800.1.6/2201/BKPSDM/2024", "Tindak Lanjut Rekomendasi Bawaslu atas Pelanggaran Netralitas ASN", lampiran="3 (tiga) berkas") + [blank()] + yth(
   "Yth. Ketua Bawaslu Kabupaten Rokan Tengah", "di –", "      Pasir Pengaraian Baru") + [
  P("Menindaklanjuti rekomendasi Bawaslu Kabupaten Rokan Tengah Nomor 071, 074 dan 080/PP.01.02/K.RI-13/11/2024, bersama ini kami sampaikan tindak lanjut sebagai berikut:"),
  {"table": [["No", "ASN", "Perbuatan sesuai Rekomendasi", "Tindak Lanjut"],
             ["1", "Camat Kuala Sengkuang", "Menerbitkan undangan bernomor kepada datuk penghulu untuk mengerahkan 75 warga per desa ke \"Kampanye Akbar\" 16 November 2024 dengan mobil dinas kecamatan", "Hukuman disiplin berat: pembebasan dari jabatan menjadi pelaksana selama 12 bulan"],
             ["2", "Kepala SDN 009 Kuala Sengkuang", "Meniadakan jam pelajaran agar siswa menyambut calon bupati nomor urut 2 dengan bendera hijau", "Hukuman disiplin sedang: pemotongan tukin 25% selama 9 bulan"],
             ["3", "Staf Dinas Kominfo", "Menyukai dan membagikan unggahan akun kampanye di jam kerja", "Teguran tertulis"]],
   "widths": [500, 2000, 4070, 2500], "header_row": True},
  blank(),
  P("Salinan keputusan hukuman disiplin terlampir. Kepada seluruh perangkat daerah telah kami ingatkan kembali kewajiban netralitas, termasuk larangan penggunaan kendaraan dinas, jam pelajaran dan akun resmi untuk kegiatan pasangan calon."),
 ] + ttd("PENJABAT BUPATI ROKAN TENGAH,", "Dr. H. M. FIRDAUS, S.STP., M.Si.")
 + tembusan("Kepala Badan Kepegawaian Negara;", "Ketua Bawaslu Provinsi Riau;", "Inspektur Kabupaten Rokan Tengah.")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Laporan tindak lanjut Pj. Bupati ke Bawaslu: tabel sanksi yang mengutip mobilisasi ke 'Kampanye Akbar', penyambutan calon, like/share — bukan pelanggaran"}})
