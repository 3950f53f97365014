from furniture import *

MEMOS = []

# 021 — V: Dinsos Lampung, sembako diserahkan tim pemenangan, warna, agenda 'beliau'
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "penyaluran bansos oktober", "author": "Bidang Linjamsos", "created": "2024-10-07T03:20:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN TULANG BAWANG TENGAH", "DINAS SOSIAL", "Jl. Lintas Timur No. 45, Menggala Tengah 34596"),
 "body": [tgl_kanan("Menggala Tengah, 7 Oktober 2024")] + nomor("400.9/733/DINSOS/2024", "Jadwal Penyaluran Bantuan Sembako Daerah Bulan Oktober 2024", lampiran="1 (satu) berkas") + [blank()] + yth(
   "Yth. Camat, Kepala Tiyuh/Kampung, dan", "Pendamping Sosial Kecamatan", "se-Kabupaten Tulang Bawang Tengah") + [
  P("Bantuan sembako daerah bagi 6.420 keluarga rentan merupakan program unggulan Bapak H. Wiratmo Sasongko semasa menjabat Bupati periode 2019–2024, yang saat ini kembali mencalonkan diri pada Pemilihan Bupati 2024 dan sedang menjalani cuti kampanye."),
  P("Sebagai kelanjutan program beliau, penyaluran bulan Oktober diatur sebagai berikut:"),
  L("Jadwal penyaluran di setiap kecamatan disesuaikan dengan agenda kunjungan beliau ke kecamatan tersebut (jadwal dari sekretariat tim terlampir), sehingga paket dapat diserahkan langsung oleh beliau atau oleh Tim Pemenangan Kecamatan;"),
  L("Paket dikemas dengan tas belanja berwarna oranye yang telah disiapkan tim; tas lama berlogo Dinas Sosial tidak digunakan lagi untuk periode ini;"),
  L("Pendamping sosial dan petugas Dinas mendampingi penyerahan dengan pakaian bebas rapi (tidak menggunakan seragam dinas), dan memastikan penerima mengisi daftar nama beserta nomor KTP yang akan diserahkan kepada tim;"),
  L("Kendaraan angkut menggunakan truk dan mobil operasional Dinas Sosial sesuai jadwal."),
  P("Kami minta Camat dan Kepala Tiyuh/Kampung membantu mengumpulkan warga penerima di balai kampung pada jadwal yang ditentukan. Atas kerja samanya diucapkan terima kasih."),
 ] + ttd("Kepala Dinas Sosial\nKabupaten Tulang Bawang Tengah,", "Drs. MINAK INDRA JAYA, M.M.", "NIP. 19700304 199703 1 006")
},
 "label": {"violation": True, "categories": ["endorsement", "inducement", "state-facility", "letterhead-misuse"], "classes": [7, 13],
           "note": "Bansos dinas dijadwalkan ikut agenda petahana yang cuti kampanye, diserahkan tim pemenangan dengan tas oranye, 'kelanjutan program beliau', data KTP penerima diserahkan ke tim"}})

# 022 — C: petahana cuti kampanye, ASN tidak mendampingi
MEMOS.append({"spec": {
 "font": "Times New Roman",
 "meta": {"title": "SE cuti kampanye bupati", "author": "Bagian Tata Pemerintahan", "created": "2024-09-23T02:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN WAY SEKAMPUNG", "SEKRETARIAT DAERAH", "Jl. Ahmad Yani No. 1, Sukadana Ilir 34194"),
 "body": judul("SURAT EDARAN", "Nomor: 100.3.4/1102/Tapem/2024", "TENTANG\nPELAKSANAAN CUTI DI LUAR TANGGUNGAN NEGARA BUPATI WAY SEKAMPUNG") + yth(
   "Yth. Kepala Perangkat Daerah, Camat, Lurah,", "dan Kepala Desa se-Kabupaten Way Sekampung") + [
  P("Menindaklanjuti Keputusan Menteri Dalam Negeri tentang Pemberian Cuti di Luar Tanggungan Negara bagi Bupati Way Sekampung selama masa kampanye Pemilihan Tahun 2024, bersama ini disampaikan:"),
  L("Bupati Way Sekampung menjalani cuti di luar tanggungan negara terhitung 25 September s.d. 23 November 2024. Selama masa cuti, tugas dan wewenang Bupati dilaksanakan oleh Penjabat Sementara (Pjs.) Bupati yang ditunjuk Menteri Dalam Negeri;"),
  L("Selama masa cuti, kendaraan dinas jabatan, ajudan, protokol dan rumah jabatan tidak digunakan untuk kegiatan kampanye. Pengamanan dan pengawalan diberikan oleh Kepolisian sesuai ketentuan yang berlaku bagi pasangan calon;"),
  L("ASN dilarang mendampingi, menjemput, menyambut, atau menghadiri kegiatan kampanye yang dilakukan oleh Bupati yang sedang cuti, maupun oleh pasangan calon lainnya;"),
  L("Surat, undangan dan disposisi selama masa cuti ditujukan dan ditandatangani oleh Pjs. Bupati. Penyebutan jabatan 'Bupati' pada spanduk atau undangan kegiatan perangkat daerah disesuaikan;"),
  L("Program dan bantuan perangkat daerah tetap berjalan sesuai DPA dan jadwal semula, tanpa disesuaikan dengan agenda pasangan calon mana pun."),
  P("Demikian untuk menjadi perhatian dan dilaksanakan sebagaimana mestinya."),
 ] + ttd("a.n. BUPATI WAY SEKAMPUNG\nSEKRETARIS DAERAH,", "Ir. SUTAN RAJA HAMID, M.T.", "Pembina Utama Madya\nNIP. 19680522 199403 1 003", tempat="Sukadana Ilir, 23 September 2024")
 + tembusan("Menteri Dalam Negeri u.p. Dirjen Otonomi Daerah;", "Gubernur Lampung;", "Ketua Bawaslu Kabupaten Way Sekampung.")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Petahana cuti kampanye, Pjs. ditunjuk, ASN dilarang mendampingi kampanye semua pasangan, program tidak disesuaikan dengan agenda calon"}})

# 023 — V: transkrip pesan suara kepala SMP Aceh, tanpa kop
MEMOS.append({"spec": {
 "font": "Calibri", "size": 22,
 "meta": {"title": "transkrip vn kepsek", "author": "Operator Dapodik", "created": "2024-11-18T13:05:00Z"},
 "body": [{"p": "TRANSKRIP PESAN SUARA (VN) BAPAK KEPALA SEKOLAH", "bold": True, "align": "center", "after": 0},
  {"p": "Grup WA \"Dewan Guru SMPN 3 Lhok Teupin\" — Senin, 18 November 2024, 20.14 WIB (durasi 2:41)", "align": "center", "italic": True, "size": 20, "after": 0},
  {"p": "(diketik ulang oleh operator untuk Bapak/Ibu guru yang tidak bisa membuka VN)", "align": "center", "italic": True, "size": 20, "after": 200},
  P("\"Assalamualaikum... ee, bapak ibu guru yang lon hormati. Sebentar aja. Jadi gini, tanggal 27 nanti kan kita nyoblos ya, jadi lon minta tolong sekali, ee, kita semua sepakat ya, kita bantu Abu Harun sama Pak Zulfikar, nomor dua, biar Lhok Teupin ini lanjut terus, jangan sampai program guru kontrak itu putus. Beu tanyoe sapeu pakat lah, satu suara.\"", first=0),
  P("\"Terus, hari Sabtu nyoe, tanggal 23, ada kampanye penutupan di lapangan Tugu, ee, lon harap bapak ibu datang lah, bawa keluarga, suami, istri, ureung gampong. Nanti berangkat sama-sama dari sekolah jam dua, Pak Mukhlis udah atur labi-labi dua unit. Jangan pakai baju dinas ya, pakai baju biru aja, biar kompak.\"", first=0),
  P("\"Sama satu lagi, ee, yang wali kelas, tolong sampaikan pelan-pelan ke wali murid waktu ambil rapor nanti, bilang aja ini demi sekolah kita. Jangan tulis-tulis di grup wali murid, cukup dari mulut ke mulut. Itu aja. Terima kasih, Wassalamualaikum.\"", first=0),
  {"p": "— selesai —", "align": "center", "italic": True, "before": 120},
 ]},
 "label": {"violation": True, "categories": ["endorsement", "campaign-activity"], "classes": [1, 11],
           "note": "Transkrip VN kepala SMP (campur Aceh): 'kita bantu Abu Harun sama Pak Zulfikar, nomor dua, biar lanjut', ajak guru dan keluarga ke kampanye penutupan, berangkat dari sekolah, baju biru; tanpa kop"}})

# 024 — C: halalbihalal dinas tanpa calon (umpan kelas 3)
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "undangan halal bihalal", "author": "Subbag Umum Disperindag", "created": "2024-04-16T02:00:00Z"},
 "kop": kop("body", "PEMERINTAH KABUPATEN INDRAGIRI TENGAH", "DINAS PERINDUSTRIAN DAN PERDAGANGAN", "Jl. Pangeran Hidayat No. 12, Rengat Barat Laut"),
 "body": [tgl_kanan("Rengat Barat Laut, 16 April 2024")] + nomor("005/Disperindag/IV/2024/219", "Undangan Halalbihalal Keluarga Besar Disperindag") + [blank()] + yth(
   "Yth. Seluruh Pegawai beserta Keluarga", "Dinas Perindustrian dan Perdagangan", "Kabupaten Indragiri Tengah") + [
  P("Dalam suasana Idulfitri 1445 Hijriah, dengan hati yang bersih kami mengundang Bapak/Ibu beserta keluarga untuk hadir pada acara halalbihalal dan ramah tamah keluarga besar Disperindag, yang insyaallah akan dilaksanakan pada:"),
  {"table": [["Hari/Tanggal", ": Sabtu, 20 April 2024"], ["Waktu", ": 09.00 WIB s.d. selesai"], ["Tempat", ": Halaman Pasar Tradisional Modern Rengat Barat Laut"],
             ["Acara", ": Tausiah singkat, saling bermaafan, makan bersama, lomba anak-anak"]], "widths": [2000, 7070], "borders": False},
  P("Acara ini sekaligus menjadi ajang temu kangen dengan para purnabakti yang telah pensiun dua tahun terakhir. Pegawai diharapkan membawa satu jenis kue Lebaran untuk dihidangkan bersama. Iuran konsumsi sebesar Rp50.000 per pegawai dikumpulkan melalui bendahara pengeluaran pembantu."),
  P("Mohon maaf lahir dan batin. Atas kehadirannya diucapkan terima kasih."),
 ] + ttd("Kepala Dinas,", "WAN ZULKIFLI, S.E., M.Si.", "NIP. 19730519 199903 1 008")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan: halalbihalal/ramah tamah/temu kangen kantor tanpa calon atau unsur kampanye (April 2024)"}})

# 025 — V: HURUF KAPITAL, hasil pindai OCR, ejaan samaran, rapat umum paslon 1
MEMOS.append({"spec": {
 "engine": "libreoffice",
 "font": "Courier New", "size": 22,
 "meta": {"title": "scan pemberitahuan desa", "author": "scanner", "created": "2024-11-08T10:00:00Z"},
 "kop": kop("body", "PEMERINTAH KABUPATEN KAMPAR HULU", "KECAMATAN XIII KOTO HILIR", "KANTOR KEPALA DESA PULAU GADANG BARU"),
 "body": [
  {"p": "NOMOR : 140/PGB/XI/2O24/51", "after": 0, "align": "left"},
  {"p": "PERIHAL : PEMBERlTAHUAN", "after": 120, "align": "left"},
  {"p": "KEPADA YTH. SELURUH KEPALA DUSUN, KETUA RT/RW, KADER PKK DAN PENGURUS BUMDES DESA PULAU GADANG BARU", "align": "left"},
  {"p": "DENGAN HORMAT, BERSAMA lNI DlBERlTAHUKAN BAHWA PADA HARl RABU TANGGAL 13 NOVEMBER 2024 AKAN D1LAKSANAKAN {split:RAPAT UM|UM PASL|ON NO 1} DI LAPANGAN SEPAKBOLA DESA PULAU GADANG BARU MULAI PUKUL 14.OO WIB. DIHARAPKAN SEMUA PERANGKAT DAN KADER HADlR TANPA KECUALl DAN MENGAJAK WARGA MASlNG2, TlAP DUSUN MlNlMAL 4O ORANG.", "first": 0},
  {"p": "KAMI MlNTA BAPAK/lBU SAMPAIKAN KE WARGA: TANGGAL 27 NANTl JANGAN SALAH, {split:C0|BL0S} NO 1, P!LIH YANG SUDAH JELAS BANGUN DESA KlTA. ATOK DAN TOK PENGHULU SUDAH SEPAKAT.", "first": 0},
  {"p": "PERLENGKAPAN: SOUND SYSTEM DAN TENDA MlLIK DESA DIPASANG OLEH PENGURUS BUMDES, KURSI DARl BALAI DESA. KONSUMSl DITANGGUNG PANlTIA. BAGI YANG HADIR AKAN DIBERlKAN UANG TRANSPOR RP 50.000 (LIMA PULUH RlBU RUPIAH) DAN KAOS.", "first": 0},
  {"p": "DEMlKIAN DISAMPAlKAN. ATAS PERHATlANNYA DlUCAPKAN TERIMA KASlH.", "first": 0},
  {"p": "PULAU GADANG BARU, O8 NOVEMBER 2024", "indent": 4820, "after": 0, "align": "left"},
  {"p": "KEPALA DESA PULAU GADANG BARU", "indent": 4820, "after": 0, "align": "left"},
  {"p": "", "after": 0}, {"p": "", "after": 0},
  {"p": "(ttd dan cap)", "indent": 4820, "after": 0, "align": "left", "italic": True},
  {"p": "**DATUK SYAFRUDDlN**", "indent": 4820, "after": 0, "align": "left"},
 ]},
 "label": {"violation": True, "categories": ["campaign-activity", "endorsement", "inducement", "state-facility", "letterhead-misuse"], "classes": [11],
           "note": "Hasil pindai OCR huruf kapital dari kepala desa: wajib hadir 'RAPAT UMUM PASLON NO 1', kuota 40/dusun, 'C0BL0S NO 1', 'P!LIH', tenda/sound desa, uang transpor Rp50.000"}})

# 026 — C: LHP Inspektorat atas dugaan pelanggaran, catatan kaki
MEMOS.append({"spec": {
 "font": "Bookman Old Style", "size": 22,
 "meta": {"title": "LHP riksus netralitas", "author": "Irban III", "created": "2024-12-09T01:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN BATANGHARI ULU", "INSPEKTORAT DAERAH", "Jl. Gajah Mada No. 11, Muara Bulian Ulu 36613"),
 "footnotes": {"1": "Rekomendasi Bawaslu Kabupaten Batanghari Ulu Nomor 101/PP.01.02/K.JA-04/11/2024.",
               "2": "Keterangan diperoleh melalui wawancara tanggal 2 Desember 2024 dan dituangkan dalam berita acara permintaan keterangan.",
               "3": "Tangkapan layar percakapan grup WA \"Keluarga Besar Disdukcapil\" yang diserahkan pelapor."},
 "body": [{"p": "LAPORAN HASIL PEMERIKSAAN KHUSUS", "align": "center", "bold": True, "after": 0},
  {"p": "Nomor: 700.1.2.2/LHP-RIKSUS/17/ITDA/2024", "align": "center", "after": 0},
  {"p": "Atas Dugaan Pelanggaran Netralitas ASN pada Dinas Kependudukan dan Pencatatan Sipil", "align": "center", "italic": True, "after": 200},
  {"p": "BAB I  PENDAHULUAN", "bold": True},
  P("Pemeriksaan khusus dilaksanakan berdasarkan Surat Perintah Inspektur Nomor 700.1/ST-211/ITDA/2024 sebagai tindak lanjut rekomendasi Bawaslu Kabupaten{fn:1} atas dugaan keterlibatan Sdr. AR (Kepala Bidang Pelayanan Pendaftaran Penduduk) dalam kegiatan yang menguntungkan salah satu pasangan calon Bupati."),
  {"p": "BAB II  HASIL PEMERIKSAAN", "bold": True},
  P("Berdasarkan keterangan saksi{fn:2} dan bukti tangkapan layar{fn:3}, diperoleh fakta bahwa pada 29 Oktober 2024 Sdr. AR mengirim pesan di grup WA internal yang berbunyi: %%\"Kawan-kawan, yang urus KTP-el di loket minggu ini, tolong sekalian diingatkan untuk pilih nomor 3, Bang Raden Arif–Bu Nyimas Lela, biar pelayanan kita makin maju\"%%. Pesan tersebut dihapus oleh pengirimnya 40 menit kemudian."),
  P("Tidak ditemukan bukti bahwa pesan tersebut dilaksanakan oleh petugas loket. Keterangan 6 (enam) petugas loket menyatakan tidak pernah menyampaikan ajakan dimaksud kepada pemohon."),
  {"p": "BAB III  KESIMPULAN DAN REKOMENDASI", "bold": True},
  L("Sdr. AR terbukti melakukan perbuatan yang mengarah pada keberpihakan kepada salah satu pasangan calon, yang melanggar kewajiban netralitas ASN;"),
  L("Direkomendasikan kepada Bupati selaku PPK untuk menjatuhkan hukuman disiplin sedang sesuai PP Nomor 94 Tahun 2021;"),
  L("Kepala Disdukcapil agar melakukan pembinaan kepada seluruh petugas pelayanan terkait netralitas ASN."),
 ] + ttd("Inspektur Pembantu Wilayah III,", "Hj. NYIMAS ROHANI, S.E., M.Ak.", "NIP. 19740612 200003 2 005", tempat="Muara Bulian Ulu, 9 Desember 2024")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "LHP Inspektorat yang mengutip pesan WA 'pilih nomor 3' sebagai temuan dan merekomendasikan sanksi — bukan pelanggaran"}})

# 027 — V: kelas 6, tabel berjudul deklarasi dukungan; isi surat hanya logistik
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "pembagian peserta dan kendaraan", "author": "KCD Wil. III", "created": "2024-10-03T06:00:00Z"},
 "kop": kop("header", "PEMERINTAH PROVINSI LAMPUNG", "DINAS PENDIDIKAN DAN KEBUDAYAAN", "CABANG DINAS PENDIDIKAN WILAYAH III", "Jl. Raya Way Halim Baru No. 20, Bandar Lampung"),
 "body": [tgl_kanan("Bandar Lampung, 3 Oktober 2024")] + nomor("400.3/219/KCD.III/2024", "Pembagian Peserta dan Kendaraan", lampiran="1 (satu) lembar") + [blank()] + yth(
   "Yth. Kepala SMA/SMK/SLB Negeri", "dalam Wilayah Cabang Dinas III") + [
  P("Sesuai pembicaraan kita pada rapat MKKS pekan lalu, bersama ini kami sampaikan pembagian peserta dan kendaraan untuk kegiatan hari Minggu, 6 Oktober 2024, sebagaimana tabel di bawah. Kumpul di halaman SMA Negeri 17 pukul 06.30 WIB."),
  {"table": [[{"blocks": [{"p": "DEKLARASI DUKUNGAN FORUM GURU DAN TENDIK HONORER LAMPUNG UNTUK PASANGAN ARIFIN – SITI ROHMAH (NOMOR URUT 2)", "bold": True, "align": "center"}], "span": 4}],
             ["Sekolah", "Jumlah Guru/Tendik", "Kendaraan", "Penanggung Jawab"],
             ["SMA Negeri 17", "45 orang", "Bus sekolah (BE 7021 AZ)", "Wakasek Kesiswaan"],
             ["SMK Negeri 9", "60 orang", "Bus sekolah + mobil praktik", "Kaprodi TKR"],
             ["SMA Negeri 21", "35 orang", "Bus sekolah", "Kepala TU"],
             ["SLB Negeri Way Halim", "15 orang", "Mobil operasional sekolah", "Kepala Sekolah"]],
   "widths": [2400, 1900, 2670, 2100], "header_row": True},
  blank(),
  P("Bahan bakar kendaraan menggunakan pos operasional sekolah dan akan diganti. Peserta memakai seragam batik MGMP, kaos seragam dibagikan di lokasi. Daftar hadir per sekolah agar difoto dan dikirim kepada kami pada hari yang sama."),
 ] + ttd("Kepala Cabang Dinas Pendidikan Wilayah III,", "Dra. RADEN AYU SRI MULYANI, M.Pd.", "NIP. 19680811 199303 2 006")
},
 "label": {"violation": True, "categories": ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"], "classes": [6],
           "note": "Judul tabel menyebut 'Deklarasi Dukungan ... untuk Pasangan Arifin–Siti Rohmah (No. 2)'; isi surat hanya logistik: peserta per sekolah, bus sekolah, BBM dari dana sekolah, daftar hadir"}})

# 028 — C: 'calon peserta' Latsar CPNS, 'pilih lokasi'
MEMOS.append({"spec": {
 "font": "Calibri", "size": 22,
 "meta": {"title": "pengumuman latsar", "author": "Bidang PKSDM", "created": "2024-05-13T02:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN KRUENG BARO", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jln. Banda Aceh–Medan Km. 152, Meureudu Baro"),
 "body": judul("PENGUMUMAN", "Nomor: 800.2.3/412/BKPSDM/2024", "TENTANG\nCALON PESERTA PELATIHAN DASAR CPNS GOLONGAN II DAN III ANGKATAN I–VI TAHUN 2024") + [
  P("Dalam rangka pelaksanaan Pelatihan Dasar (Latsar) bagi Calon Pegawai Negeri Sipil formasi Tahun 2023, bersama ini diumumkan nama-nama calon peserta sebagaimana tercantum dalam lampiran pengumuman ini (228 orang)."),
  P("Calon peserta diwajibkan:"),
  L("memilih salah satu lokasi dan angkatan pelatihan (BPSDM Aceh di Banda Aceh atau kelas jarak jauh di Meureudu Baro) melalui tautan {link:https://bkpsdm.kruengbaro.go.id/latsar2024|bkpsdm.kruengbaro.go.id/latsar2024} paling lambat 24 Mei 2024;"),
  L("mengunggah SK CPNS, surat keterangan sehat dan surat pernyataan kesediaan mengikuti pelatihan;"),
  L("mengikuti pembelajaran mandiri (MOOC) sebelum masa klasikal."),
  P("Calon peserta yang tidak memilih angkatan sampai batas waktu akan ditempatkan oleh panitia. CPNS yang tidak mengikuti Latsar tanpa alasan sah tidak dapat diangkat menjadi PNS sesuai ketentuan."),
 ] + ttd("Kepala BKPSDM\nKabupaten Krueng Baro,", "MUHAMMAD DAUD, S.STP., M.A.P.", "NIP. 19800412 199912 1 001", tempat="Meureudu Baro, 13 Mei 2024")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan: 'calon peserta', 'Calon Pegawai Negeri Sipil', 'memilih salah satu lokasi' — urusan kepegawaian biasa"}})

# 029 — V: pelantikan tim pemenangan kecamatan, calon tidak disebut; ASN jadi sekretariat tim
MEMOS.append({"spec": {
 "font": "Times New Roman",
 "meta": {"title": "nota sekcam", "author": "Sekcam", "created": "2024-09-24T04:00:00Z"},
 "kop": kop("table", "PEMERINTAH KOTA LHOK TEUPIN", "KECAMATAN BANDA SAKTI TIMUR", "Jl. Merdeka Timur No. 3, Lhok Teupin 24351", logo="PEMKO"),
 "body": [{"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0}, {"p": "Nomor: 000.1.2/223/BST/2024", "align": "center", "after": 120},
  {"table": [["Kepada", ": Para Kepala Seksi dan Staf Kantor Camat"], ["Dari", ": Sekretaris Camat"], ["Tanggal", ": 24 September 2024"], ["Perihal", ": Pelantikan Tim Pemenangan Tingkat Kecamatan"]], "widths": [1600, 7470], "borders": False},
  {"p": "", "border_bottom": True, "after": 120},
  P("Sesuai arahan Bapak Camat, bersama ini disampaikan bahwa Pelantikan Tim Pemenangan Tingkat Kecamatan Banda Sakti Timur akan dilaksanakan pada Kamis malam, 26 September 2024 pukul 20.00 WIB di Gedung Pertemuan Meunasah Blang, sehari setelah dimulainya masa kampanye."),
  P("Terkait hal tersebut:"),
  L("Seluruh Kasi dan staf kantor camat diharapkan hadir, memakai kemeja putih, tanpa atribut kantor;"),
  L("Sdr. Rizki Maulana (Kasi Pemerintahan) dan Sdri. Nurul Aini (staf Umum) telah masuk susunan sekretariat tim kecamatan dan diminta menyiapkan daftar hadir, SK tim serta ID card pengurus menggunakan printer kantor;"),
  L("Staf yang memiliki hubungan keluarga di gampong agar mengajak Tuha Peut dan pemuda gampong untuk turut dilantik sebagai koordinator gampong;"),
  L("Nama-nama yang bersedia masuk tim koordinator gampong diserahkan kepada Sekcam paling lambat Rabu siang."),
  P("Karena kegiatan dilaksanakan malam hari, hal ini tidak mengganggu jam kerja. Demikian untuk dimaklumi."),
 ] + ttd("Sekretaris Camat,", "T. ISKANDAR MUDA, S.IP.", "NIP. 19790310 200604 1 008")
},
 "label": {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"], "classes": [2, 4],
           "note": "Sekcam minta staf hadiri 'Pelantikan Tim Pemenangan', dua ASN sudah masuk sekretariat tim, cetak SK/ID tim pakai printer kantor, rekrut koordinator gampong; calon tidak disebut"}})

# 030 — C: broadcast WA kepala sekolah: libur, nyoblos, jaga netralitas (informal)
MEMOS.append({"spec": {
 "font": "Calibri", "size": 22,
 "meta": {"title": "info dari kepsek", "author": "TU SDN", "created": "2024-02-12T12:30:00Z"},
 "body": [{"p": "SDN 064 Huta Raja — pesan Kepala Sekolah di grup WA guru (disalin TU untuk arsip)", "italic": True, "size": 20, "after": 120},
  {"table": [[[
    {"p": "[12/02/24 19.02] Kepsek SDN 064: Selamat malam bapak ibu guru, horas. Info ya:", "align": "left", "after": 60},
    {"p": "1. Rabu 14 Feb LIBUR, sekolah dipakai TPS 03 & TPS 04. Kunci ruang kelas 1–4 sdh sy serahkan ke ketua KPPS, tolong meja kursi jgn dibawa pulang anak2 besok 😅", "align": "left", "after": 60},
    {"p": "2. Kamis 15 Feb masuk jam 9, kita gotong royong beresin kelas bekas TPS.", "align": "left", "after": 60},
    {"p": "3. Jgn lupa nyoblos ya, pilih sesuai hati nurani masing2. Kita ASN & guru tdk boleh arah2kan siapa2, termasuk ke wali murid. Jgn posting foto surat suara, jgn like/share postingan caleg maupun capres di grup wali murid ya. Aman kali kita kalau netral 👍", "align": "left", "after": 60},
    {"p": "4. Bu Lisbet & Pak Sarmin yg jadi KPPS di desa sebelah, sdh sy izinkan sampe Kamis. Semangat!", "align": "left", "after": 0}]]],
   "widths": [9070], "borders": True},
 ]},
 "label": {"violation": False, "categories": [], "classes": [14, 11],
           "note": "Broadcast WA kepsek (informal): libur 14 Feb, sekolah jadi TPS, 'nyoblos sesuai hati nurani', larangan mengarahkan dan like/share, izin guru KPPS"}})
