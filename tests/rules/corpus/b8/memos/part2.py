from furniture import *

MEMOS = []

# 011 — V: Notulen rapat kepala sekolah, Jambi — disepakati target suara
MEMOS.append({"spec": {
 "engine": "libreoffice",
 "font": "Times New Roman",
 "meta": {"title": "notulen rakor kasek", "author": "Korwil", "created": "2024-10-19T09:00:00Z"},
 "body": kop_lines("PEMERINTAH KABUPATEN TEBO ILIR", "DINAS PENDIDIKAN", "KOORDINATOR WILAYAH PENDIDIKAN KECAMATAN SUMAY HILIR",
                   "Jalan Lintas Tengah Sumatera, Dusun Teluk Kuali Baru") + [
  {"p": "NOTULEN RAPAT", "align": "center", "bold": True, "after": 0},
  {"p": "Rapat Koordinasi Kepala SD Negeri se-Kecamatan Sumay Hilir", "align": "center", "after": 120},
  {"table": [["Hari/tanggal", ": Sabtu, 19 Oktober 2024"], ["Tempat", ": Ruang Guru SDN 112/VIII Teluk Kuali"],
             ["Pimpinan rapat", ": Koordinator Wilayah Pendidikan (Drs. Kgs. M. Ridwan)"],
             ["Peserta", ": 23 kepala sekolah (daftar hadir terlampir)"], ["Notulis", ": Nyimas Endang Lestari, S.Pd."]],
   "widths": [2300, 6770], "borders": False},
  {"p": "A. Pembahasan", "bold": True, "before": 120},
  L("Korwil menyampaikan bahwa tunjangan guru honor daerah dan bantuan seragam gratis hanya bisa dilanjutkan apabila Bapak Kemas Hairul Anwar dan Ibu Suryani memimpin Tebo Ilir lima tahun ke depan. Kepala sekolah diminta tidak ragu-ragu karena ini menyangkut nasib guru honor kita sendiri."),
  L("Kepala SDN 087 menanyakan apakah ada surat resmi. Dijawab Korwil: cukup notulen ini, tidak perlu surat dari Dinas."),
  L("Dibahas pembagian wilayah TPS di sekitar sekolah, karena sebagian besar sekolah menjadi lokasi TPS pada 27 November 2024."),
  {"p": "B. Kesepakatan", "bold": True, "before": 120},
  P("Setelah musyawarah, peserta rapat **sepakat**:", first=0),
  L("Target suara untuk pasangan nomor urut 1 di TPS yang berlokasi di sekolah minimal 70% dari DPT;"),
  L("Setiap guru PNS, PPPK maupun honorer bertanggung jawab membawa sedikitnya 10 (sepuluh) pemilih dari keluarga dan wali murid, nama-nama dicatat pada format yang dibagikan;"),
  L("Kepala sekolah memantau pelaksanaan dan menyerahkan rekap nama pemilih kepada Korwil paling lambat 10 November 2024;"),
  L("Hasil perolehan suara per TPS akan dievaluasi Korwil bersama kepala sekolah pada rapat bulan Desember."),
  P("Rapat ditutup pukul 12.10 WIB dengan doa.", first=0),
  {"table": [["Mengetahui,\nKoordinator Wilayah Pendidikan\n\n\n\n**Drs. Kgs. M. RIDWAN**\nNIP. 19670914 199203 1 004",
              "Teluk Kuali, 19 Oktober 2024\nNotulis,\n\n\n\n**NYIMAS ENDANG LESTARI, S.Pd.**\nNIP. 19880520 201001 2 011"]],
   "widths": [4535, 4535], "borders": False},
 ]},
 "kop_in_body": True,
 "label": {"violation": True, "categories": ["endorsement", "campaign-activity", "letterhead-misuse"], "classes": [1, 9],
           "note": "Notulen rakor kepala sekolah (kop Korwil di baris awal): sepakat target 70% untuk pasangan no. 1 (Kemas Hairul Anwar–Suryani 'memimpin lima tahun ke depan'), tiap guru bawa 10 pemilih"}})

# 012 — C: Keputusan hukuman disiplin mengutip pelanggaran
MEMOS.append({"spec": {
 "font": "Bookman Old Style", "size": 22,
 "meta": {"title": "SK hukdis", "author": "BKPSDM Bidang Pembinaan", "created": "2024-03-18T02:30:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN SIPIROK RAYA", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jl. Kihajar Dewantara No. 9, Sipirok Raya 22742"),
 "body": judul("KEPUTUSAN BUPATI SIPIROK RAYA", "NOMOR 800.1.6.4/071/BKPSDM/2024", "TENTANG\nPENJATUHAN HUKUMAN DISIPLIN SEDANG") + [
  {"p": "Menimbang\t:\tbahwa berdasarkan Rekomendasi Bawaslu Kabupaten Sipirok Raya Nomor 044/PP.00.02/K.SU-19/01/2024 dan hasil pemeriksaan Tim Pemeriksa tanggal 4 Maret 2024, Saudara yang namanya tersebut dalam diktum KESATU terbukti melakukan pelanggaran disiplin;", "tabs": [[1701, "left"], [1985, "left"]], "hanging": 1985, "indent": 1985},
  {"p": "Mengingat\t:\t1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;\n\t\t2. Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;", "tabs": [[1701, "left"], [1985, "left"]], "hanging": 1985, "indent": 1985},
  {"p": "MEMUTUSKAN:", "align": "center", "bold": True, "before": 120},
  {"p": "KESATU\t:\tMenjatuhkan hukuman disiplin sedang berupa pemotongan tunjangan kinerja sebesar 25% selama 6 (enam) bulan kepada Sdr. **Parlindungan Hasibuan, S.Sos.**, NIP 19810306 200801 1 012, Kepala Seksi Pemberdayaan Masyarakat pada Kecamatan Angkola Tonga;", "tabs": [[1701, "left"], [1985, "left"]], "hanging": 1985, "indent": 1985},
  {"p": "KEDUA\t:\tHukuman disiplin sebagaimana diktum KESATU dijatuhkan karena yang bersangkutan pada tanggal 21 Januari 2024 menghadiri acara %%\"Deklarasi Dukungan Masyarakat Angkola Tonga untuk Caleg DPRD Dapil III\"%% di Wisma Martabe, mengenakan kaos bertuliskan nama dan nomor urut salah satu calon anggota DPRD, serta naik ke panggung untuk membacakan naskah deklarasi, sehingga melanggar kewajiban menjaga netralitas;", "tabs": [[1701, "left"], [1985, "left"]], "hanging": 1985, "indent": 1985},
  {"p": "KETIGA\t:\tKeputusan ini mulai berlaku pada tanggal ditetapkan, dan apabila dikemudian hari terdapat kekeliruan akan diadakan perbaikan sebagaimana mestinya.", "tabs": [[1701, "left"], [1985, "left"]], "hanging": 1985, "indent": 1985},
 ] + ttd("BUPATI SIPIROK RAYA,", "Ir. H. SAHAT MARAJA PANE", tempat="Ditetapkan di Sipirok Raya\npada tanggal 18 Maret 2024")
 + tembusan("Kepala Badan Kepegawaian Negara di Jakarta;", "Ketua Bawaslu Kabupaten Sipirok Raya;", "Camat Angkola Tonga;", "Yang bersangkutan.")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "SK hukuman disiplin yang mengutip kehadiran ASN di 'Deklarasi Dukungan ... Caleg DPRD' — sanksi, bukan pelanggaran"}})

# 013 — V: Kepala Desa Sumut, bantuan hanya untuk pendukung; daftar hadir kampanye
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "pengumuman kades", "author": "Kaur Umum", "created": "2024-10-25T07:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN TAPANULI LINTONG", "KECAMATAN SIBORONG HULU", "KANTOR KEPALA DESA LUMBAN SIAGIAN", "Huta Lumban Siagian, Kode Pos 22474"),
 "body": [{"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
  {"p": "Nomor: 141/27/LS/X/2024", "align": "center", "after": 120},
  P("Horas! Kepada seluruh warga Desa Lumban Siagian, khususnya para calon penerima bantuan bedah rumah, bantuan pupuk dan bibit kopi tahun anggaran 2024/2025, dengan ini kami umumkan hal-hal berikut:"),
  L("Berdasarkan hasil rapat perangkat desa, penetapan penerima bantuan tahap berikutnya akan {split:diutama|kan bagi war|ga yang mendu|kung} Pasangan Nomor Urut 3, Bapak Tigor Panggabean dan Bapak Ronald Simatupang, karena program bedah rumah adalah program yang beliau bawa ke desa kita;"),
  L("Syarat tambahan: warga yang diusulkan wajib tercatat pada daftar hadir Kampanye Dialogis Pasangan Nomor Urut 3 di Balai Desa Lumban Siagian tanggal 2 November 2024. Daftar hadir dipegang Kepala Dusun masing-masing;"),
  L("Warga yang sudah terdaftar sebagai penerima tetapi diketahui aktif di tim pasangan lain, namanya akan ditinjau kembali oleh desa;"),
  L("Pengambilan kaos dan stiker bagi penerima bantuan dilakukan di kantor desa mulai Senin, 28 Oktober 2024 pada jam kerja."),
  P("Demikian pengumuman ini disampaikan agar diketahui dan dipahami oleh seluruh warga. Mauliate."),
 ] + ttd("KEPALA DESA LUMBAN SIAGIAN,", "JANTER SIAGIAN", tempat="Lumban Siagian, 25 Oktober 2024")
},
 "label": {"violation": True, "categories": ["campaign-activity", "endorsement", "inducement", "state-facility", "letterhead-misuse"], "classes": [8],
           "note": "Pengumuman kades: bantuan bedah rumah/pupuk diutamakan bagi pendukung paslon no. 3, syarat hadir kampanye dialogis di balai desa, ancaman tinjau ulang penerima pendukung pasangan lain"}})

# 014 — C: Nota dinas Sekda: copot stiker di mobil dinas (mengutip slogan)
MEMOS.append({"spec": {
 "font": "Arial",
 "meta": {"title": "ND pencopotan stiker", "author": "Bagian Umum Setda", "created": "2024-10-01T01:30:00Z", "last_modified_by": "Kabag Umum", "modified": "2024-10-01T03:10:00Z"},
 "kop": kop("table", "PEMERINTAH KABUPATEN SIAK SRI MEDANG", "SEKRETARIAT DAERAH", "Jalan Sultan Syarif Kasim No. 1, Siak Sri Medang 28773", logo="LOGO"),
 "body": [{"p": "NOTA DINAS", "align": "center", "bold": True, "after": 120},
  {"table": [["Kepada Yth.", ": Para Kepala Perangkat Daerah dan Camat se-Kabupaten Siak Sri Medang"], ["Dari", ": Sekretaris Daerah"],
             ["Tanggal", ": 1 Oktober 2024"], ["Nomor", ": 000.2.3/1840/Umum"], ["Hal", ": Penertiban Stiker pada Kendaraan Dinas"]],
   "widths": [1900, 7170], "borders": False},
  {"p": "", "border_bottom": True, "after": 120},
  P("Berdasarkan pemantauan Bagian Umum dan surat imbauan Bawaslu Kabupaten tanggal 27 September 2024, ditemukan sejumlah kendaraan dinas roda empat dan roda dua yang masih terpasang stiker bertuliskan %%\"Lanjutkan! Dua Periode Bersama Wan Harun\"%% dan stiker bergambar salah satu pasangan calon, antara lain pada kendaraan BM 1127 FP, BM 1340 FP dan BM 6211 FS."),
  P("Sehubungan dengan telah dimulainya masa kampanye pada 25 September 2024, diminta kepada Saudara untuk:"),
  L("mencopot seluruh stiker, gambar, atau tulisan yang berkaitan dengan pasangan calon mana pun dari kendaraan dinas, rumah dinas dan ruang kantor di lingkungan unit kerja Saudara{ins: paling lambat 3 Oktober 2024}; "),
  L("memastikan kendaraan dinas tidak digunakan untuk mengangkut peserta, logistik atau atribut kampanye;"),
  L("melaporkan pelaksanaannya dengan foto sebelum dan sesudah pencopotan kepada Bagian Umum Setda."),
  P("Kendaraan dinas yang masih ditemukan memasang stiker setelah batas waktu akan ditarik sementara dan pemegangnya diproses sesuai ketentuan disiplin."),
 ] + ttd("SEKRETARIS DAERAH,", "Drs. T. ZULKARNAIN, M.Si.", "NIP. 19680101 199303 1 012")
 + tembusan("Bupati Siak Sri Medang;", "Ketua Bawaslu Kabupaten Siak Sri Medang.")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Perintah copot stiker 'Lanjutkan! Dua Periode Bersama Wan Harun' dari kendaraan dinas — penertiban, bukan pelanggaran"}})

# 015 — V: Distan, calon diperkenalkan sekali lalu 'beliau/yang bersangkutan/pasangan tersebut'
MEMOS.append({"spec": {
 "font": "Cambria", "size": 23,
 "meta": {"title": "surat kadistan ke penyuluh", "author": "Distan", "created": "2024-09-27T02:45:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN SIPIROK RAYA", "DINAS PERTANIAN DAN KETAHANAN PANGAN", "Jl. Merdeka No. 22 Sipirok Raya, Telp. (0634) 41xxx"),
 "body": [tgl_kanan("Sipirok Raya, 27 September 2024")] + nomor("500.8/902/Distan/2024", "Temu Tani Kecamatan", lampiran="Jadwal") + [blank()] + yth(
   "Yth. Koordinator BPP dan Penyuluh Pertanian Lapangan", "se-Kabupaten Sipirok Raya", "di –", "      Tempat") + [
  P("Sebagaimana Bapak/Ibu ketahui, Bapak H. Bonar Halomoan Siregar, S.H., M.H., mantan Kepala Dinas kita, telah ditetapkan KPU sebagai calon Bupati Sipirok Raya dan mengambil nomor urut 2 bersama pasangannya."),
  P("Selama menjabat, beliau yang memperjuangkan tambahan kuota pupuk bersubsidi, alsintan untuk 140 kelompok tani, serta embung di Arse dan Saipar Dolok Hole. Agar program tersebut tidak berhenti, yang bersangkutan berkenan bertemu langsung dengan para petani dalam acara Temu Tani di setiap kecamatan sesuai jadwal terlampir."),
  P("Untuk itu kami minta Koordinator BPP dan PPL:"),
  L("mengundang ketua dan anggota kelompok tani, KWT dan Gapoktan di wilayah binaan, minimal 100 orang per kecamatan;"),
  L("menyiapkan tempat di Balai Penyuluhan Pertanian serta pengeras suara milik BPP;"),
  L("menyampaikan kepada petani bahwa bantuan alsintan dan pupuk tahun depan akan lebih terjamin apabila pasangan tersebut mendapat dukungan penuh dari kelompok tani;"),
  L("mendokumentasikan kehadiran dan mengirimkan foto ke nomor WA Sekretaris Dinas."),
  P("Demikian disampaikan untuk dilaksanakan dengan sebaik-baiknya."),
 ] + ttd("Plt. Kepala Dinas Pertanian dan Ketahanan Pangan,", "Ir. SORTA ULI HARAHAP, M.P.", "NIP. 19731017 199903 2 002")
},
 "label": {"violation": True, "categories": ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"], "classes": [3, 7],
           "note": "Calon Bupati no. 2 disebut sekali, lalu 'beliau', 'yang bersangkutan', 'pasangan tersebut'; PPL diminta kumpulkan 100 petani/kecamatan di BPP untuk temu tani dan minta dukungan"}})

# 016 — C: RSUD izin pegawai yang menjadi KPPS
MEMOS.append({"spec": {
 "font": "Calibri", "size": 22,
 "meta": {"title": "izin KPPS", "author": "Bagian SDM RSUD", "created": "2024-02-05T04:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN INDRAGIRI TENGAH", "RUMAH SAKIT UMUM DAERAH PURI SELASIH", "Jl. Lintas Timur Km. 3, Rengat Barat Laut"),
 "body": [tgl_kanan("5 Februari 2024")] + nomor("800/RSUD-PS/II/2024/118", "Pemberian Izin Pegawai yang Bertugas sebagai KPPS dan PPS") + [blank()] + yth(
   "Yth. Kepala Bidang Pelayanan, Kepala Bidang Keperawatan", "dan Kepala Instalasi", "di Lingkungan RSUD Puri Selasih") + [
  P("Berdasarkan surat Ketua PPS di beberapa desa dan kelurahan dalam wilayah Kecamatan Rengat Barat Laut, terdapat 7 (tujuh) pegawai RSUD Puri Selasih yang ditetapkan sebagai anggota KPPS dan 1 (satu) orang sebagai Sekretariat PPS pada Pemilu 14 Februari 2024, sebagaimana daftar berikut:"),
  {"table": [["No", "Nama", "Unit", "Tugas"],
             ["1", "Ns. Rika Oktaviani, S.Kep.", "Rawat Inap Melati", "Ketua KPPS TPS 04 Kel. Kampung Besar"],
             ["2", "Wan Fadli Hamzah, A.Md.Kep.", "IGD", "Anggota KPPS TPS 11 Desa Pekan Heran"],
             ["3", "Nurjanah, A.Md.Keb.", "Kamar Bersalin", "Anggota KPPS TPS 02 Desa Sungai Dawu"],
             ["4", "dr. Andi Saputra", "Poli Umum", "Anggota KPPS TPS 07 Kel. Sekip Hilir"],
             ["5", "Deri Kurniawan", "Rekam Medis", "Anggota KPPS TPS 15 Kel. Kampung Besar"],
             ["6", "Siti Rahmah, S.Farm.", "Farmasi", "Anggota KPPS TPS 03 Desa Pematang Reba"],
             ["7", "M. Iqbal, S.Kom.", "SIMRS", "Anggota KPPS TPS 09 Desa Pekan Heran"],
             ["8", "Yulia Fitri, S.E.", "Keuangan", "Sekretariat PPS Kel. Kampung Besar"]],
   "widths": [500, 3000, 2000, 3570], "header_row": True},
  blank(),
  P("Kepada pegawai tersebut diberikan izin tidak masuk kerja pada tanggal 13–15 Februari 2024 tanpa mengurangi hak cuti tahunan. Kepala Bidang/Instalasi agar mengatur pertukaran jadwal dinas, terutama pada IGD dan Kamar Bersalin, sehingga pelayanan 24 jam tidak terganggu."),
  P("Pegawai yang bertugas sebagai penyelenggara wajib menjaga netralitas dan mematuhi kode etik penyelenggara pemilu. Pegawai lain yang berdinas pada 14 Februari 2024 diberi waktu bergantian untuk menggunakan hak pilih."),
 ] + ttd("Direktur RSUD Puri Selasih,", "dr. H. TENGKU AZHARI, Sp.PD.", "NIP. 19720115 200212 1 003")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Izin pegawai RSUD yang menjadi anggota KPPS/PPS dan pengaturan jadwal agar bisa memilih — logistik pemilu"}})

# 017 — V: Kop Inspektorat, 'Menindaklanjuti hasil musyawarah', bagian Pelaporan, ajakan partisan
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "ND Inspektur", "author": "Sekretariat Inspektorat", "created": "2024-11-04T02:00:00Z"},
 "kop": kop("table", "PEMERINTAH KABUPATEN WAY SEKAMPUNG", "INSPEKTORAT DAERAH", "Jl. Ahmad Yani No. 17, Sukadana Ilir 34194", logo="[logo kab]"),
 "body": [{"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0}, {"p": "Nomor: 700.1/388/ITDA/2024", "align": "center", "after": 120},
  {"table": [["Yth.", ": Irban I s.d. IV, Auditor, P2UPD dan Staf Sekretariat"], ["Dari", ": Inspektur Daerah"],
             ["Perihal", ": Tindak Lanjut Musyawarah Keluarga Besar Inspektorat"]], "widths": [1600, 7470], "borders": False},
  {"p": "", "border_bottom": True, "after": 120},
  {"p": "1. Dasar", "bold": True},
  P("Menindaklanjuti hasil musyawarah keluarga besar Inspektorat Daerah pada acara makan siang bersama hari Jumat, 1 November 2024 di rumah dinas Inspektur."),
  {"p": "2. Isi", "bold": True},
  P("Sesuai kesepakatan dalam musyawarah tersebut, setiap pegawai diminta mengarahkan suami/istri, anak yang sudah memiliki hak pilih, serta keluarga di rumah agar mencoblos pasangan **Raden Ahmad Fauzi – Suparmin** (nomor urut 1) pada 27 November 2024. Pimpinan menyadari ini di luar tugas pokok, namun kita semua berkepentingan agar pembinaan pengawasan yang sudah berjalan baik tidak berubah arah."),
  {"p": "3. Pelaporan", "bold": True},
  P("Jumlah anggota keluarga yang telah diarahkan dilaporkan kepada Sekretaris Inspektorat menggunakan format berikut paling lambat 20 November 2024:"),
  {"table": [["Nama Pegawai", "Jabatan", "Jumlah Anggota Keluarga Berhak Pilih", "Sudah Diarahkan (Ya/Tidak)", "Keterangan"], ["", "", "", "", ""], ["", "", "", "", ""]],
   "widths": [2200, 1600, 1900, 1700, 1670], "header_row": True},
  blank(),
  {"p": "4. Penutup", "bold": True},
  P("Nota dinas ini bersifat internal dan tidak untuk diperbanyak. Terima kasih atas kekompakan seluruh keluarga besar Inspektorat."),
 ] + ttd("INSPEKTUR DAERAH,", "Drs. BANDARSYAH, M.M., CGCAE", "NIP. 19690225 199603 1 002", tempat="Sukadana Ilir, 4 November 2024")
},
 "label": {"violation": True, "categories": ["endorsement", "letterhead-misuse"], "classes": [9, 10],
           "note": "Kop Inspektorat, 'Menindaklanjuti hasil musyawarah' + bagian Pelaporan, tetapi isinya minta pegawai mengarahkan keluarga mencoblos pasangan no. 1 dan melapor jumlahnya"}})

# 018 — C: Setwan, jadwal pelantikan DPRD terpilih (urusan kantor biasa)
MEMOS.append({"spec": {
 "font": "Times New Roman",
 "meta": {"title": "undangan gladi pelantikan", "author": "Bagian Persidangan", "created": "2024-08-20T03:00:00Z"},
 "kop": kop("header", "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", "KABUPATEN KAMPAR HULU", "Jalan Prof. M. Yamin No. 5 Bangkinang Hulu 28461"),
 "body": [tgl_kanan("Bangkinang Hulu, 20 Agustus 2024")] + nomor("005/Setwan/Pers/2024/611", "Gladi dan Pelaksanaan Rapat Paripurna Pengucapan Sumpah/Janji Anggota DPRD Masa Jabatan 2024–2029", lampiran="1 (satu) berkas") + [blank()] + yth(
   "Yth. Para Kepala Bagian dan Kepala Subbagian", "di Lingkungan Sekretariat DPRD", "Kabupaten Kampar Hulu") + [
  P("Berdasarkan Keputusan Gubernur Riau tentang Peresmian Pengangkatan Anggota DPRD Kabupaten Kampar Hulu Masa Jabatan 2024–2029, Rapat Paripurna Istimewa Pengucapan Sumpah/Janji akan dilaksanakan pada Rabu, 4 September 2024 pukul 09.00 WIB di Ruang Rapat Paripurna DPRD."),
  P("Sehubungan dengan itu, kami minta Saudara hadir pada gladi bersih Selasa, 3 September 2024 pukul 14.00 WIB dan menyiapkan hal-hal berikut sesuai bidang tugas:"),
  L("Bagian Persidangan: susunan acara, naskah sumpah/janji, rohaniwan dan urutan tempat duduk 40 anggota terpilih;"),
  L("Bagian Umum: undangan Forkopimda, tamu, dekorasi, sound system dan konsumsi sesuai DPA;"),
  L("Bagian Keuangan: pembayaran hak keuangan anggota sejak tanggal pelantikan serta pengembalian kelengkapan anggota masa jabatan 2019–2024;"),
  L("Subbagian Humas: peliputan, siaran langsung kanal YouTube DPRD dan rilis pers."),
  P("Seluruh pegawai Sekretariat DPRD mengenakan Pakaian Dinas Harian Khusus pada hari pelaksanaan. Demikian disampaikan untuk dilaksanakan."),
 ] + ttd("Sekretaris DPRD\nKabupaten Kampar Hulu,", "H. DATUK RAHMAN HAKIM, S.H., M.H.", "NIP. 19710707 199803 1 005")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Urusan kantor biasa: persiapan pelantikan anggota DPRD terpilih 2024–2029"}})

# 019 — V: BPBD, pegawai hadiri kampanye semua paslon bergiliran, SPT dinas luar, mobil dinas
MEMOS.append({"spec": {
 "font": "Arial", "size": 22,
 "meta": {"title": "surat perintah BPBD", "author": "Sekretariat BPBD", "created": "2024-10-14T01:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN MERANGIN TINGGI", "BADAN PENANGGULANGAN BENCANA DAERAH", "Jl. Jenderal Sudirman Km. 2, Bangko Tinggi 37313"),
 "body": judul("SURAT PERINTAH", "Nomor: 800.1.11.1/144/BPBD/2024") + [
  {"p": "Dasar\t:\tArahan Kepala Pelaksana BPBD pada apel pagi Senin, 14 Oktober 2024.", "tabs": [[1418, "left"], [1702, "left"]], "hanging": 1702, "indent": 1702},
  {"p": "MEMERINTAHKAN:", "align": "center", "bold": True, "before": 120},
  {"p": "Kepada\t:\tSeluruh pegawai BPBD (PNS, PPPK dan THL) sesuai pembagian regu pada lampiran.", "tabs": [[1418, "left"], [1702, "left"]], "hanging": 1702, "indent": 1702},
  {"p": "Untuk\t:\t1. Menghadiri kampanye terbuka/rapat umum ketiga pasangan calon Bupati dan Wakil Bupati Merangin Tinggi secara bergiliran sesuai jadwal dari KPU Kabupaten, agar BPBD dikenal hadir dan netral bagi semua pasangan;\n\t\t2. Berangkat dari kantor menggunakan kendaraan dinas rescue dan double cabin BPBD, dengan mengenakan seragam lapangan BPBD;\n\t\t3. Kehadiran di lokasi kampanye dicatat sebagai dinas luar dan dibuatkan SPT oleh Subbagian Umum, sehingga tidak dihitung sebagai ketidakhadiran;\n\t\t4. Regu yang bertugas wajib mengirim foto kehadiran di tengah peserta kampanye ke grup WA BPBD.", "tabs": [[1418, "left"], [1702, "left"]], "hanging": 1702, "indent": 1702},
  {"table": [["Regu", "Pasangan", "Tanggal", "Lokasi"], ["Regu A", "Nomor Urut 1", "19 Oktober 2024", "Lapangan Pancasila Bangko Tinggi"],
             ["Regu B", "Nomor Urut 2", "26 Oktober 2024", "GOR Tabir"], ["Regu C", "Nomor Urut 3", "2 November 2024", "Lapangan Sepak Bola Pamenang"]],
   "widths": [1400, 2200, 2300, 3170], "header_row": True},
  blank(),
  P("Demikian surat perintah ini untuk dilaksanakan dengan penuh tanggung jawab.", first=0),
 ] + ttd("Kepala Pelaksana BPBD\nKabupaten Merangin Tinggi,", "ZULHELMI, S.Sos., M.Si.", "NIP. 19760616 199803 1 004", tempat="Bangko Tinggi, 14 Oktober 2024")
},
 "label": {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"], "classes": [12],
           "note": "SPRIN BPBD: pegawai wajib hadir kampanye ketiga paslon bergiliran, naik kendaraan dinas, berseragam, dicatat dinas luar — mobilisasi meski tidak memihak"}})

# 020 — C: Dinkes PIN Polio: 'kampanye', 'tim sukses PIN'
MEMOS.append({"spec": {
 "font": "Calibri", "size": 22,
 "meta": {"title": "SE PIN Polio", "author": "Bidang P2P", "created": "2024-07-10T02:00:00Z"},
 "kop": kop("header", "PEMERINTAH KABUPATEN ACEH SEULAWAH", "DINAS KESEHATAN", "Jalan Tgk. Chik Di Tiro No. 8, Seulimeum Baru"),
 "footer": [{"p": "Ayo imunisasi! Dua tetes, lindungi buah hati dari polio.", "align": "center", "italic": True, "size": 18}],
 "body": [tgl_kanan("Seulimeum Baru, 10 Juli 2024")] + nomor("443.2/1511/P2P/2024", "Pelaksanaan Kampanye Sub PIN Polio Putaran Kedua") + [blank()] + yth(
   "Yth. Kepala Puskesmas", "se-Kabupaten Aceh Seulawah") + [
  P("Menindaklanjuti surat Dinas Kesehatan Aceh tentang Sub Pekan Imunisasi Nasional (Sub PIN) Polio putaran kedua, dengan ini kami minta Saudara melaksanakan kampanye imunisasi polio novel OPV2 bagi seluruh anak usia 0–7 tahun pada tanggal 23 Juli s.d. 6 Agustus 2024."),
  P("Untuk mendukung keberhasilan kampanye, setiap puskesmas agar:"),
  L("membentuk Tim Sukses PIN tingkat puskesmas yang terdiri dari pengelola imunisasi, bidan desa, promkes dan kader, dengan melibatkan Keuchik dan Tuha Peut gampong;"),
  L("melakukan sweeping ke meunasah, dayah dan PAUD bagi anak yang belum mendapat dua tetes vaksin;"),
  L("menggunakan spanduk dan leaflet kampanye yang telah didistribusikan, serta mengunggah kegiatan di akun media sosial puskesmas dengan tagar #SubPINPolioAceh;"),
  L("melaporkan cakupan harian melalui aplikasi ASIK paling lambat pukul 20.00 WIB."),
  P("Target cakupan minimal 95% per gampong. Puskesmas dengan cakupan tertinggi akan mendapat penghargaan pada peringatan Hari Kesehatan Nasional."),
 ] + ttd("Kepala Dinas Kesehatan\nKabupaten Aceh Seulawah,", "dr. CUT NURHAYATI, M.Kes.", "NIP. 19750808 200312 2 004")
},
 "label": {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan: 'kampanye' imunisasi polio, 'Tim Sukses PIN', tagar kesehatan, target cakupan"}})
