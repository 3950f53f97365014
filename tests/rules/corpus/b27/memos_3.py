from furniture import P, blank, kop, kop_lines_body, nomor_block, nomor_table, ttd, tembusan, spec

B = "b27"


def m021():
    name = B + "_021.docx"
    body = [
        P("TRANSKRIP PESAN SUARA DIREKTUR", bold=True, align="center", after=0),
        P("(diketik ulang oleh Sekretariat untuk kepala ruangan yang tidak masuk grup)", italic=True, align="center",
          size=20),
    ] + nomor_block([("Sumber", "Pesan suara grup WA \u201cKaru & Kains RSUD\u201d, 3 menit 41 detik"),
                     ("Tanggal", "Selasa, 29 Oktober 2024, 21.07 WIT"),
                     ("Diketik", "Staf Sekretariat (Yuliana M.)")], tab=1418) + [
        P("", border_bottom=True),
        P("\u201cSelamat malam bapa ibu kepala ruangan samua. Sa langsung saja e. Ko dong su tau to, tanggal dua "
          "puluh tujuh nanti kitong pu pilihan tu nomor tiga, Bapa Hengky Rumbiak. Sa tra mau ulang-ulang lagi. "
          "Beliau ini yang dulu kasih masuk anggaran gedung rawat inap baru, jadi kitong tahu balas budi.",
          align="both", italic=True),
        P("Jadi begini. Setiap kepala ruangan data ko pu staf samua, perawat, bidan, cleaning service, "
          "sopir, masukkan nama di Barisan Relawan Hengky\u2013[tidak jelas] yang Sekretariat pegang. Hari Jumat sa "
          "mau lihat daftar lengkap.", align="both", italic=True),
        P("Yang tra mau masuk relawan, yang tra dukung bapa tua, sa kasih tahu saja: jasa pelayanan bulan November "
          "Desember sa tahan dulu, kitong evaluasi. Kalau masih bakepala batu, bulan Januari sa usul pindah ke "
          "puskesmas di Masni atau Sidey. Sa serius ini.", align="both", italic=True),
        P("Terus, hari Minggu pagi ada ibadah syukur sekaligus tatap muka dengan yang bersangkutan di gereja "
          "dekat Sanggeng, staf yang lepas dinas wajib datang pakai baju kuning. Ambulans dua jangan dipakai, pakai "
          "oto pribadi saja biar aman. Su itu saja, terima kasih, Tuhan berkati.\u201d", align="both", italic=True),
        P("", border_bottom=True),
        P("Catatan sekretariat: daftar nama relawan per ruangan dikumpulkan ke meja Sekretariat paling lambat Jumat, "
          "1 November 2024 pukul 12.00.", size=20),
    ]
    s = spec(name, body, None, meta={"title": "transkrip vn", "author": "Sekretariat RSUD",
                                     "created": "2024-10-29T13:30:00Z"}, font="Calibri", size=22)
    lab = {"violation": True, "categories": ["endorsement", "inducement", "campaign-activity"],
           "classes": [4, 7, 8, 11],
           "note": "Transkrip pesan suara Direktur RSUD (dialek Papua): pilih nomor tiga Hengky Rumbiak ('beliau', 'bapa tua'), "
                   "daftarkan staf ke barisan relawan, ancam tahan jaspel dan mutasi, wajib hadiri tatap muka berbaju kuning."}
    return s, lab


def m022():
    name = B + "_022.docx"
    body = kop_lines_body([
        "PEMERINTAH KABUPATEN TELUK BINTUNI",
        "DINAS KESEHATAN",
        "UPTD PUSKESMAS BINTUNI",
        "Jalan Raya Bintuni Km. 3, Bintuni Timur, Papua Barat 98364",
    ]) + [
        P("NOTULEN LOKAKARYA MINI BULANAN", align="center", bold=True, after=0),
        P("Bulan November 2024", align="center"),
    ] + nomor_block([("Hari/Tanggal", "Senin, 4 November 2024"), ("Tempat", "Ruang Pertemuan Puskesmas"),
                     ("Pimpinan", "Kepala Puskesmas"), ("Peserta", "31 orang (daftar hadir terlampir)")], tab=1985) + [
        blank(),
        P("1. Capaian Oktober 2024", bold=True, after=60),
        P("Cakupan imunisasi dasar lengkap 68% (target bulanan 80%). Kampung Banjar Ausoy dan Korano Jaya belum "
          "terjangkau karena jalan putus akibat hujan.", align="both", indent=284),
        P("2. Kesepakatan", bold=True, after=60),
        P("Peserta lokmin sepakat:", indent=284, after=60),
        P("menetapkan target imunisasi per kampung untuk November minimal 85%, dengan penanggung jawab bidan kampung "
          "masing-masing;", num=0, align="both"),
        P("pemeriksaan kesehatan calon pengantin (catin) dilaksanakan setiap Kamis bekerja sama dengan KUA dan "
          "klasis gereja;", num=0, align="both"),
        P("meminta dukungan logistik vaksin dan %%cold chain%% tambahan kepada Dinas Kesehatan melalui surat Kepala "
          "Puskesmas;", num=0, align="both"),
        P("pegawai yang ditetapkan sebagai anggota KPPS pada 27 November 2024 diberikan dispensasi sehari setelah "
          "pemungutan suara; jadwal jaga UGD disusun ulang oleh Koordinator Pelayanan;", num=0, align="both"),
        P("selama masa kampanye, petugas tidak memakai atribut pasangan calon mana pun saat pelayanan dan "
          "posyandu, dan ruang tunggu puskesmas bersih dari brosur kampanye.", num=0, align="both"),
        P("3. Rencana Tindak Lanjut", bold=True, after=60),
        {"table": [["Kegiatan", "Waktu", "Penanggung Jawab"],
                   ["Sweeping imunisasi Banjar Ausoy", "12\u201314 November", "Bidan Kampung, Promkes"],
                   ["Kelas catin", "Setiap Kamis", "Pengelola KIA"],
                   ["Surat permintaan vaksin", "6 November", "Pengelola Obat"],
                   ["Penyusunan ulang jadwal jaga", "20 November", "Koordinator Pelayanan"]],
         "widths": [4000, 2200, 2870], "header_row": True},
        blank(),
    ] + ttd("Bintuni, 4 November 2024", "Notulis,", "Maria Kawab, A.Md.Keb.", None, indent=0) + [
        P("Mengetahui,", indent=5103, after=0),
    ] + ttd(None, "Kepala UPTD Puskesmas Bintuni,", "dr. Obed Wanma", "19850911 201101 1 005")
    s = spec(name, body, None, meta={"title": "notulen lokmin nov", "author": "TU Puskesmas",
                                     "created": "2024-11-04T08:00:00Z"}, font="Arial", size=22)
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Notulen lokmin puskesmas: 'sepakat', 'target per kampung' untuk imunisasi, 'calon pengantin', 'dukungan logistik', "
                   "dispensasi KPPS, larangan atribut paslon; urusan kantor biasa."}
    return s, lab


def m023():
    name = B + "_023.docx"
    body = [
        nomor_table([("Nomor", "400.8/288/Kesra/X/2024"), ("Sifat", "Penting"), ("Lampiran", "\u2013"),
                     ("Perihal", "Jalan Sehat Kerukunan Umat Beragama")], right="Oelamasi, 14 Oktober 2024"),
        blank(),
        P("Kepada Yth.", after=0),
        P("Para Camat se-Kabupaten Kupang", after=0),
        P("di \u2013 Tempat"),
        P("Dalam rangka mempererat kerukunan antarumat beragama sekaligus menyambut Bapak Yohanis Lakapu dan Ibu "
          "Maria Bria, S.H. yang akan melanjutkan pengabdian untuk periode kedua, Bagian Kesejahteraan Rakyat "
          "menyelenggarakan **Jalan Sehat Kerukunan** pada Minggu, 27 Oktober 2024 pukul 06.00 WITA, start dan "
          "finis di Lapangan Oelamasi.", align="both", first=709),
        P("Sehubungan dengan itu kami mohon bantuan Saudara:", first=709, after=60),
        P("mengirim peserta paling sedikit 50 orang per kecamatan, terdiri atas tokoh agama, majelis jemaat, "
          "remaja masjid dan pemuda gereja;", num=0, align="both"),
        P("peserta memakai kaos putih-merah bergambar kedua beliau yang akan dibagikan di titik kumpul "
          "kecamatan;", num=0, align="both"),
        P("setiap peserta mendapat kupon undian dan uang transport Rp50.000, dibebankan pada pos belanja hibah "
          "kerukunan umat beragama Bagian Kesra; camat menandatangani daftar penerimaan;", num=0, align="both"),
        P("angkutan peserta menggunakan kendaraan dinas kecamatan dan bus sekolah milik Dinas Pendidikan;", num=0,
          align="both"),
        P("pada sesi sambutan, Bapak Yohanis Lakapu akan menyampaikan terima kasih kepada tokoh agama; peserta "
          "diharapkan menyambut dengan yel-yel %%\u201cLanjutkan, dua periode!\u201d%%.", num=0, align="both"),
        P("Daftar nama peserta per kecamatan kami terima paling lambat Senin, 21 Oktober 2024.", align="both",
          first=709),
        P("Demikian, atas kerja samanya kami ucapkan terima kasih.", first=709),
        blank(),
    ] + ttd(None, ["a.n. SEKRETARIS DAERAH", "Asisten Pemerintahan dan Kesra", "u.b. Kepala Bagian Kesra,"],
            "Pdt. (Em.) Drs. SEM NOPE TEFA", "19690119 199603 1 004")
    s = spec(name, body, kop("table", [
        "PEMERINTAH KABUPATEN KUPANG",
        "SEKRETARIAT DAERAH",
        "BAGIAN KESEJAHTERAAN RAKYAT",
        "Jalan Timor Raya, Oelamasi, Nusa Tenggara Timur 85362",
    ], logo="[LOGO]"), meta={"title": "Jalan sehat kerukunan", "author": "Kesra", "created": "2024-10-14T00:30:00Z"},
             font="Times New Roman", size=24, engine="libreoffice")
    lab = {"violation": True,
           "categories": ["campaign-activity", "endorsement", "inducement", "state-facility", "letterhead-misuse"],
           "classes": [1, 3, 7, 13],
           "note": "Kesra: jalan sehat menyambut Yohanis Lakapu dan Maria Bria 'melanjutkan pengabdian periode kedua', kaos "
                   "bergambar 'kedua beliau', uang transport dari hibah kerukunan, kendaraan dinas, yel 'dua periode'. Tanpa 'calon'."}
    return s, lab


def m024():
    name = B + "_024.docx"
    body = [
        P("KEPUTUSAN BUPATI SIKKA", align="center", bold=True, after=0),
        P("NOMOR 800.1.6.4/1319/HK/2024", align="center", after=0),
        P("TENTANG", align="center", after=0),
        P("PENJATUHAN HUKUMAN DISIPLIN TINGKAT SEDANG", align="center", bold=True, after=0),
        P("BUPATI SIKKA,", align="center", bold=True, before=120),
        {"table": [["Menimbang", ":", [
            P("a.\tbahwa berdasarkan Rekomendasi Badan Kepegawaian Negara Nomor 5217/R-AK.02.02/SD/K/2024 dan "
              "Laporan Hasil Pemeriksaan Inspektorat Daerah, Sdr. FRANSISKUS XAVERIUS DA GOMEZ, S.IP., NIP "
              "19860412 201001 1 003, Analis Pemerintahan Desa pada Dinas PMD, terbukti pada 2 Oktober 2024 di Aula "
              "Kantor Desa Nita menyampaikan kepada para kepala desa %%\u201cmari kita menangkan paslon nomor urut 1, "
              "dana desa tahun depan pasti aman\u201d%% dan membagikan kalender bergambar pasangan calon tersebut;",
              hanging=425, indent=425, align="both"),
            P("b.\tbahwa perbuatan tersebut melanggar kewajiban menjaga netralitas sebagaimana dimaksud dalam Pasal 5 "
              "huruf n Peraturan Pemerintah Nomor 94 Tahun 2021;", hanging=425, indent=425, align="both"),
            P("c.\tbahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
              "Keputusan Bupati tentang Penjatuhan Hukuman Disiplin Tingkat Sedang;", hanging=425, indent=425,
              align="both")]],
            ["Mengingat", ":", [
                P("1.\tUndang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;", hanging=425, indent=425),
                P("2.\tPeraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;", hanging=425,
                  indent=425),
                P("3.\tPeraturan BKN Nomor 6 Tahun 2022 tentang Peraturan Pelaksanaan PP 94/2021.", hanging=425,
                  indent=425)]]],
         "widths": [1500, 300, 7270], "borders": False},
        P("MEMUTUSKAN:", align="center", bold=True, before=120),
        {"table": [["Menetapkan", ":", ""],
                   ["KESATU", ":", P("Menjatuhkan hukuman disiplin tingkat sedang berupa pemotongan tunjangan kinerja "
                                     "sebesar 25% selama {del:9 (sembilan)}{ins:6 (enam)} bulan kepada PNS sebagaimana "
                                     "dimaksud dalam diktum Menimbang huruf a.", align="both")],
                   ["KEDUA", ":", P("Hukuman disiplin mulai berlaku pada tanggal Keputusan ini disampaikan kepada yang "
                                    "bersangkutan.", align="both")],
                   ["KETIGA", ":", P("Keputusan ini mulai berlaku pada tanggal ditetapkan.", align="both")]],
         "widths": [1500, 300, 7270], "borders": False},
        blank(),
    ] + ttd("Ditetapkan di Maumere\npada tanggal 18 November 2024", "BUPATI SIKKA,", "ROBERTUS DIOGO PARERA",
            None) + tembusan(["Kepala BKN di Jakarta;", "Ketua Bawaslu Kabupaten Sikka;", "Kepala Dinas PMD;",
                               "Kepala BKPSDM;", "Yang bersangkutan."])
    s = spec(name, body, kop("header", [
        "PEMERINTAH KABUPATEN SIKKA",
        "Jalan El Tari No. 2, Maumere, Nusa Tenggara Timur 86111",
    ]), meta={"title": "Kepbup hukdis", "author": "Bagian Hukum", "last_modified_by": "Kabag Hukum",
              "created": "2024-11-15T01:00:00Z", "modified": "2024-11-18T03:00:00Z"}, font="Bookman Old Style", size=22)
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Keputusan Bupati menjatuhkan hukuman disiplin; mengutip ajakan 'menangkan paslon nomor urut 1' dan kalender "
                   "paslon sebagai pelanggaran yang dihukum; kepatuhan."}
    return s, lab


def m025():
    name = B + "_025.docx"
    body = [
        P("NOTA DINAS INTERNAL", align="center", bold=True, after=0, size=26),
        P("Nomor: 700/045/Itda-Klk/I/2024", align="center"),
    ] + nomor_block([("Kepada", "Para Inspektur Pembantu, Auditor dan P2UPD"), ("Dari", "Inspektur Daerah"),
                     ("Tanggal", "22 Januari 2024"),
                     ("Hal", "Tindak Lanjut Rapat Internal 19 Januari 2024")]) + [
        P("", border_bottom=True),
        P("Menindaklanjuti hasil rapat internal Jumat lalu, berikut hal-hal yang perlu dilaksanakan:", first=709),
        P("I. PROGRAM KERJA PENGAWASAN", bold=True, after=60),
        P("PKPT 2024 telah ditetapkan; surat tugas pemeriksaan reguler triwulan I diterbitkan minggu ini.", num=0,
          align="both"),
        P("Reviu laporan keuangan 2023 dimulai 29 Januari 2024; tim menyiapkan kertas kerja.", num=0, align="both"),
        P("II. PEMILU 14 FEBRUARI", bold=True, after=60),
        P("Sebagaimana disepakati dalam rapat, keluarga besar Inspektorat mendukung Ibu Hj. Sitti Rahmah Lapoase, "
          "S.E., calon anggota DPD RI dari Sulawesi Tenggara nomor urut 27, yang merupakan senior kita. Target "
          "yang disepakati 150 suara per Irbanwil dan 50 suara dari Sekretariat.", num=0, align="both"),
        P("Setiap auditor dan P2UPD mengumpulkan fotokopi KTP keluarga dan tetangga yang siap memilih Ibu Sitti "
          "Rahmah Lapoase, minimal 20 lembar per orang.", num=0, align="both"),
        P("Pada saat monev Dana Desa di kecamatan, tim menitipkan kalender dan stiker Ibu Sitti Rahmah Lapoase "
          "kepada kepala desa dan perangkatnya.", num=0, align="both"),
        P("Auditor yang tidak memenuhi target tidak diikutkan dalam tim pemeriksaan dengan perjalanan dinas pada "
          "triwulan II.", num=0, align="both"),
        P("III. PELAPORAN", bold=True, after=60),
        P("Rekap KTP per Irban disampaikan ke Sekretaris Inspektorat setiap Senin dan Kamis sampai 10 Februari 2024.",
          align="both", indent=360),
        P("Nota dinas ini bersifat internal dan tidak untuk diarsipkan di sistem persuratan elektronik.",
          italic=True, size=20),
        blank(),
    ] + ttd("Kolaka, 22 Januari 2024", "Inspektur Daerah,", "Ir. LA ODE MUHAMMAD SYUKUR, M.Si.",
            "19680805 199403 1 009")
    s = spec(name, body, kop("table", [
        "PEMERINTAH KABUPATEN KOLAKA",
        "INSPEKTORAT DAERAH",
        "Jalan Pemuda No. 63, Kolaka, Sulawesi Tenggara 93511",
    ], logo="LAMBANG KOLAKA"), meta={"title": "ND internal", "author": "Sekretariat Itda",
                                     "created": "2024-01-22T01:00:00Z"}, font="Arial", size=22,
             footer=[P("Inspektorat Daerah Kabupaten Kolaka \u2013 Internal", align="center", size=16)])
    lab = {"violation": True, "categories": ["endorsement", "inducement", "state-facility", "letterhead-misuse"],
           "classes": [8, 9, 10],
           "note": "Nota dinas Inspektur (kop Inspektorat, bagian Pelaporan): disepakati dukung calon DPD nomor 27, target suara "
                   "per Irban, kumpulkan KTP, titip kalender saat monev, ancam tidak diikutkan perjalanan dinas."}
    return s, lab


def m026():
    name = B + "_026.docx"
    lines = [
        "*INFO PILKADA \u2013 KELURAHAN DUTULANAA*",
        "Asslm wr wb bpk/ibu warga kelurahan kita yg sy hormati \U0001F64F",
        "1. hari RABU 27 NOV 2024 adalah hari pencoblosan Pilgub Gorontalo & Pilbup Bone Bolango. hr itu libur "
        "nasional, kantor kelurahan tutup tp piket tetap ada",
        "2. TPS 03 *pindah* ke halaman Masjid Al-Muhajirin (bkn lg di SD) krn SD dipake ujian. TPS 01, 02, 04 tetap",
        "3. bawa KTP-el + surat C Pemberitahuan. kalo blm dapat C, cek nama di "
        "{link:https://cekdptonline.kpu.go.id|cekdptonline.kpu.go.id} atau tny ke PPS",
        "4. gunakan hak pilih dgn baik, pilih sesuai hati nurani. tdk ada yg boleh mengarahkan pilihan "
        "bpk/ibu, trmsk aparat kelurahan",
        "5. staf kelurahan yg jd KPPS (Ka Nining, Pak Udin, Ka Rahmat) sdh dpt izin lurah, jd tgl 27-28 tdk masuk "
        "kantor",
        "6. lansia & disabilitas yg perlu dijemput ke TPS hub petugas PPS, bkn kendaraan kelurahan ya \U0001F64F",
        "trm ksh \u2013 Lurah Dutulanaa",
    ]
    body = [P("Salinan pesan siaran WA kelurahan (dikirim 24/11/2024 16.02)", italic=True, size=18)]
    for ln in lines:
        body.append(P(ln, after=80, size=22))
    s = spec(name, body, None, meta={"title": "broadcast", "author": "Kasi Pem Kel. Dutulanaa",
                                     "created": "2024-11-24T08:10:00Z"}, font="Arial", size=22)
    lab = {"violation": False, "categories": [], "classes": [14, 11],
           "note": "Siaran WA lurah: libur 27 Nov, pindah TPS, bawa C Pemberitahuan, 'gunakan hak pilih', staf jadi KPPS; "
                   "informal tetapi netral."}
    return s, lab


def m027():
    name = B + "_027.docx"
    body = [
        P("PEMERINTAH KABUPATEN KETAPAN6", align="center", bold=True, after=0),
        P("8ADAN PENANGGULANGAN BENCANA DAERAH", align="center", bold=True, after=0),
        P("JL. LET. JEND. R. SUPRAPTO NO. I2 KETAPANG 7881I", align="center", size=18, border_bottom=True),
        blank(),
        P("MEMO KALAKSA", bold=True, after=0),
        P("KPD : KABID KEDARURATAN & LOGISTIK / KASI LOGISTIK / KOORD. GUDANG", after=0),
        P("TGL : 30-I0-2024", after=0),
        P("HAL : PERGESERAN STOK BUFFER", after=120),
        P("SEHUBUNGAN DGN AKAN DILAKSANAKANNYA DEKLARASI DUKUNGAN RELAWAN DI DESA SUKABANGUN DALAM HR SABTU "
          "2 NOV 2024 JAM I9.00, DGN INI DIMINTA:", align="both"),
        P("I. STOK BUFFER SEMBAKO GUDANG (BERAS 5 KG, MINYAK, GULA, MI) SEBANYAK I50 PAKET DIGESER KE LOKASI "
          "DEKLARASI, DICATAT SBG %%\u201cDISTRIBUSI KESIAPSIAGAAN BANJIR\u201d%%.", align="both"),
        P("2. PAKET DIBAGIKAN KPD WARGA YG HADIR & SDH ISI FORMULIR DUKUNGAN, ATAS NAMA TIM, BUKAN ATAS NAMA "
          "BPBD. STIKER LOGO BPBD DI KARUNG DICOPOT DULU.", align="both"),
        P("3. DI SETIAP PAKET DITEMPEL STIKER {split:C0B|LOS NO |2} \u2013 {split:KETAPANG BANG|KIT JILID DUA}.",
          align="both"),
        P("4. TRUK LOGISTIK KB 8I22 QA & 2 ORG TRC BANTU ANGKUT, BERANGKAT DR GUDANG JAM I6.00.", align="both"),
        P("5. FOTO PEMBAGIAN DISEBAR KE STATUS WA & FB MASING2 PAKE TAGAR {split:#KetapangBang|kitJilid2}.",
          align="both"),
        P("6. KALAU ADA YG TANYA, BILANG SAJA SIMULASI DISTRIBUSI.", align="both"),
        P("MOHON DILAKS. TRM KSH.", before=120),
        blank(),
        P("KALAKSA BPBD", indent=5103, after=0),
        P("", indent=5103, after=0),
        P("ttd", indent=5103, after=0, italic=True),
        P("", indent=5103, after=0),
        P("SY4RIF HAMDANI URAY, S.SOS", indent=5103, after=0, bold=True),
        P("(dokumen hasil pindai \u2013 teks dikenali otomatis)", size=16, italic=True, before=240),
    ]
    s = spec(name, body, None, meta={"title": "scan memo", "author": "scanner", "created": "2024-10-31T03:00:00Z"},
             font="Courier New", size=21)
    lab = {"violation": True,
           "categories": ["inducement", "state-facility", "endorsement", "campaign-activity", "social-media",
                          "letterhead-misuse"],
           "classes": [2, 5, 11, 13],
           "note": "Memo Kalaksa BPBD hasil pindai (OCR, huruf kapital, 'C0BLOS'): stok buffer sembako digeser ke deklarasi "
                   "dukungan, dibagi ke pengisi formulir dukungan, stiker 'coblos no 2 Ketapang Bangkit Jilid Dua', truk BPBD, tagar."}
    return s, lab


def m028():
    name = B + "_028.docx"
    body = [
        P("SURAT EDARAN", align="center", bold=True, after=0, size=26),
        P("Nomor: 400.3/0211/Disdik/I/2024", align="center", after=0),
        P("tentang", align="center", after=0),
        P("KAMPANYE SEKOLAH BERSIH NARKOBA DAN DEKLARASI ANTI PERUNDUNGAN", align="center", bold=True),
        P("Kepada Yth. Kepala SD dan SMP Negeri/Swasta se-Kabupaten Parigi Moutong", after=120),
        P("Dalam rangka Hari Anti Narkotika tingkat kabupaten dan penguatan sekolah ramah anak, Dinas Pendidikan "
          "bersama BNN Kabupaten Parigi Moutong melaksanakan **kampanye Sekolah Bersih Narkoba** pada 22 Januari "
          "sampai 3 Februari 2024. Kepala sekolah diminta:", align="both", first=709),
        P("menjadwalkan penyuluhan BNN di sekolah masing-masing sesuai lampiran dan menyediakan ruang kelas atau "
          "aula;", num=0, align="both"),
        P("melaksanakan deklarasi anti perundungan dan anti narkoba oleh peserta didik, guru dan komite pada upacara "
          "Senin, 29 Januari 2024;", num=0, align="both"),
        P("mengikutsertakan calon guru PPPK formasi 2023 yang sedang menjalani orientasi sebagai fasilitator "
          "kelas;", num=0, align="both"),
        P("mengirim dokumentasi ke akun resmi Dinas Pendidikan dengan tagar #ParimoSekolahBersih.", num=0,
          align="both"),
        P("Menjelang pemungutan suara 14 Februari 2024, kegiatan ini tidak boleh dirangkaikan dengan kegiatan "
          "peserta pemilu, dan spanduk maupun materi tidak memuat gambar, nama atau nomor urut calon mana pun.",
          align="both", first=709),
        P("Dukungan pembiayaan kegiatan bersumber dari DPA Dinas Pendidikan dan hibah BNN; sekolah tidak memungut "
          "biaya dari orang tua.", align="both", first=709),
        P("Demikian untuk dilaksanakan.", first=709),
        blank(),
    ] + ttd("Parigi, 15 Januari 2024", "Kepala Dinas Pendidikan,", "Dr. MOH. IQBAL LAMAKARATE, M.Pd.",
            "19730308 199802 1 004") + tembusan(["Bupati Parigi Moutong;", "Kepala BNN Kabupaten Parigi Moutong."])
    s = spec(name, body, kop("header", [
        "PEMERINTAH KABUPATEN PARIGI MOUTONG",
        "DINAS PENDIDIKAN DAN KEBUDAYAAN",
        "Jalan Kampali, Parigi, Sulawesi Tengah 94371",
    ]), meta={"title": "SE Sekolah Bersih Narkoba", "author": "Bidang Dikdas", "created": "2024-01-15T02:00:00Z"},
             font="Arial", size=22, engine="libreoffice")
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Umpan: 'kampanye Sekolah Bersih Narkoba', 'deklarasi anti perundungan', 'calon guru PPPK', tagar program "
                   "dinas, 'dukungan pembiayaan'; menegaskan tanpa atribut peserta pemilu."}
    return s, lab


def m029():
    name = B + "_029.docx"
    body = [
        P("NOTA DINAS", align="center", bold=True, after=0, size=26),
    ] + nomor_block([("Kepada", "Kepala UPTD Taman Budaya; Kasi Kesenian; Ketua Sanggar Binaan Dinas"),
                     ("Dari", "Kepala Bidang Pemasaran dan Kebudayaan"),
                     ("Tanggal", "30 September 2024"),
                     ("Perihal", "**Penampilan Kesenian pada Kampanye Rapat Umum Pasangan Calon Bupati Berau**")]) + [
        P("", border_bottom=True),
        P("Sesuai jadwal kampanye rapat umum yang ditetapkan KPU Kabupaten Berau, ketiga pasangan calon Bupati dan "
          "Wakil Bupati meminta penampilan tari penyambutan dari Dinas. Supaya adil, ketiganya kita layani sama "
          "rata{fn:1}. Pengaturannya sebagai berikut:", align="both", first=709),
        {"table": [["Tanggal", "Rapat Umum", "Tampilan", "Petugas Dinas"],
                   ["Sabtu, 19 Oktober", "Pasangan nomor urut 1, Lapangan Pemuda", "Tari Jepen, 12 penari",
                    "Kasi Kesenian + 4 staf"],
                   ["Sabtu, 2 November", "Pasangan nomor urut 2, Tepian Sungai Segah", "Tari Jepen, 12 penari",
                    "Kasi Kesenian + 4 staf"],
                   ["Sabtu, 16 November", "Pasangan nomor urut 3, Lapangan Gayam", "Tari Jepen, 12 penari",
                    "Kasi Kesenian + 4 staf"]],
         "widths": [1800, 3300, 1900, 2070], "header_row": True},
        blank(),
        P("Penari dari pegawai UPTD Taman Budaya dan sanggar binaan; gladi bersih dilakukan hari Jumat pukul "
          "14.00 di Taman Budaya pada jam kerja.", num=0, align="both"),
        P("Kostum, gamelan dan %%sound system%% milik Dinas dibawa dengan mobil boks KT 8512 DB; bahan bakar dari "
          "anggaran operasional bidang.", num=0, align="both"),
        P("Staf yang bertugas tetap berada di area panggung sampai acara selesai{fn:2}.", num=0, align="both"),
        P("Honor penari mengikuti standar pementasan Dinas dan dibayar dari DPA kegiatan promosi budaya.", num=0,
          align="both"),
        P("Demikian untuk dilaksanakan.", first=709),
        blank(),
    ] + ttd("Tanjung Redeb, 30 September 2024", "Kepala Bidang,", "AJI RAHMAN SYARIFUDDIN, S.Sn.",
            "19820117 200801 1 004")
    s = spec(name, body, None, meta={"title": "ND kesenian rapat umum", "author": "Bidang Pemasaran",
                                     "created": "2024-09-30T03:00:00Z"}, font="Calibri", size=22,
             footnotes={"1": "Permintaan pasangan nomor urut 1 dan 3 sudah disampaikan lisan oleh LO masing-masing; "
                             "pasangan nomor urut 2 melalui surat tim kampanye.",
                        "2": "Staf memakai kaos tim pasangan yang tampil pada hari itu saat sesi foto bersama, sesuai "
                             "permintaan panitia; setelah foto boleh kembali memakai seragam dinas."},
             footer=[P("Dinas Kebudayaan dan Pariwisata Kabupaten Berau", align="right", size=16)])
    lab = {"violation": True, "categories": ["campaign-activity", "state-facility"],
           "classes": [2, 6, 12],
           "note": "Nota dinas Kabid (tanpa kop): pegawai dan sanggar dinas tampil di rapat umum ketiga paslon, gladi pada jam "
                   "kerja, mobil/gamelan/BBM/DPA dinas; catatan kaki: staf pakai kaos tim paslon saat foto."}
    return s, lab


def m030():
    name = B + "_030.docx"
    body = [
        nomor_table([("Nomor", "800.1.12/327/Kec.Sbt/XI/2024"), ("Sifat", "Biasa"), ("Lampiran", "1 (satu) lembar"),
                     ("Perihal", "Izin ASN sebagai Anggota PPS/KPPS dan Pengaturan Jam Kerja Pemungutan Suara")]),
        blank(),
        P("Kepada Yth. Kepala Puskesmas Sungai Nyamuk, Kepala Sekolah SD/SMP se-Kecamatan Sebatik, dan Lurah/Kepala "
          "Desa se-Kecamatan Sebatik", after=120),
        P("Berdasarkan Keputusan Presiden Nomor 19 Tahun 2024 tentang Hari Pemungutan Suara Pemilihan Serentak "
          "sebagai Hari Libur Nasional, Rabu 27 November 2024 adalah hari libur. Sehubungan dengan itu kami sampaikan:",
          align="both", first=709),
        P("ASN yang telah dilantik sebagai anggota PPS atau KPPS sebagaimana lampiran diberikan izin tertulis "
          "dari atasan langsung dan dispensasi kerja pada 26 dan 28 November 2024 untuk persiapan dan penghitungan "
          "suara;", num=0, align="both"),
        P("pelayanan puskesmas tetap buka untuk gawat darurat pada 27 November dengan jadwal piket yang tidak "
          "bertabrakan dengan tugas KPPS;", num=0, align="both"),
        P("seluruh ASN diimbau menggunakan hak pilih di TPS sesuai C Pemberitahuan, dan selaku penyelenggara "
          "wajib bersikap netral terhadap semua pasangan calon;", num=0, align="both"),
        P("gedung sekolah yang dipakai sebagai TPS diserahkan kepada KPPS pada 26 November pukul 14.00 WITA dan "
          "dikembalikan dalam keadaan bersih pada 28 November.", num=0, align="both"),
        P("Demikian untuk diketahui dan dilaksanakan.", first=709),
        blank(),
    ] + ttd("Sebatik, 18 November 2024", "Camat Sebatik,", "MUHAMMAD TAHIR DAENG MASIGA, S.Sos.",
            "19790621 200501 1 008") + [
        {"pagebreak": True},
        P("LAMPIRAN: DAFTAR ASN ANGGOTA PPS/KPPS", bold=True, align="center"),
        {"table": [["No", "Nama", "Unit Kerja", "Tugas", "Lokasi"],
                   ["1", "Nurhidayah, A.Md.Kep.", "Puskesmas Sungai Nyamuk", "Ketua KPPS", "TPS 05 Desa Tanjung Karang"],
                   ["2", "Agus Salim, S.Pd.", "SDN 003 Sebatik", "Anggota PPS", "Desa Tanjung Aru"],
                   ["3", "Rosmini, S.Pd.", "SMPN 1 Sebatik", "Anggota KPPS", "TPS 02 Desa Sungai Nyamuk"],
                   ["4", "Hasanuddin", "Kantor Desa Bukit Aru Indah", "Sekretaris PPS", "Desa Bukit Aru Indah"]],
         "widths": [500, 2300, 2300, 1600, 2370], "header_row": True},
    ]
    s = spec(name, body, kop("header", [
        "PEMERINTAH KABUPATEN NUNUKAN",
        "KECAMATAN SEBATIK",
        "Jalan Ahmad Yani, Sungai Nyamuk, Sebatik, Kalimantan Utara 77483",
    ]), meta={"title": "Izin ASN PPS KPPS", "author": "Kasi Pem Sebatik", "created": "2024-11-18T01:00:00Z"},
             font="Arial", size=22, engine="libreoffice")
    lab = {"violation": False, "categories": [], "classes": [14],
           "note": "Surat camat: izin ASN sebagai PPS/KPPS, libur 27 November, 'gunakan hak pilih', serah terima gedung TPS; logistik pemilu."}
    return s, lab


MEMOS = [m021, m022, m023, m024, m025, m026, m027, m028, m029, m030]
