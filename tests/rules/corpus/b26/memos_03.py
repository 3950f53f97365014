# b26 memos 021-030 (each written individually)


def m021(w):
    # Kecamatan, Sulsel, Pilkada: SE HUT kabupaten with slogan hashtags inserted (tracked), Pelaporan
    body = []
    body += w.title("SURAT EDARAN", "Nomor: 003.1/219/Kec.BPU/X/2024")
    body += [
        P("TENTANG", align="center", after=0),
        P("PERINGATAN HARI JADI KE-65 KABUPATEN LATIMOJONG TINGKAT KECAMATAN BUA PONRANG UTARA",
          align="center", bold=True),
        w.blank(),
        P("Yth. Lurah/Kepala Desa, Kepala UPT dan seluruh pegawai Kantor Camat Bua Ponrang Utara", align="left"),
        w.blank(),
        P("Dalam rangka memeriahkan Hari Jadi ke-65 Kabupaten Latimojong tanggal 17 Oktober 2024 dengan "
          "semangat Sipakatau, Sipakainge, Sipakalebbi, diminta kepada Saudara untuk:", first=720),
        w.item("1.", "Mengikuti upacara peringatan di halaman Kantor Camat pukul 07.30 WITA dengan pakaian "
               "adat Bugis/Luwu."),
        w.item("2.", "Memasang umbul-umbul dan spanduk Hari Jadi di kantor kelurahan/desa mulai 10 Oktober "
               "2024{ins:; spanduk memakai desain dari kecamatan bertuliskan \u201cLanjutkan Kerja Nyata \u2013 "
               "Andi Baso Mappanyukki Dua Periode\u201d}."),
        w.item("3.", "Mengikuti lomba kebersihan kantor dan lomba masakan khas daerah antar kelurahan/desa."),
        w.item("4.", "Mengunggah ucapan Selamat Hari Jadi di akun media sosial pribadi dan akun kelurahan/desa"
               "{ins: dengan tagar #Andi2Periode #LanjutkanKerjaNyata #LatimojongMaju, serta mengganti foto "
               "profil dengan bingkai yang dibagikan admin kecamatan}."),
        w.blank(),
        P("**Pelaporan**", align="left"),
        P("Lurah/Kepala Desa dan Kepala UPT melaporkan dokumentasi pemasangan spanduk serta tangkapan layar "
          "unggahan pegawai kepada Kasi Pemerintahan paling lambat 16 Oktober 2024.", first=720),
        P("Demikian Surat Edaran ini untuk dilaksanakan. Ewako Latimojong!", first=720),
    ]
    body += w.ttd("Bua Ponrang Utara, 8 Oktober 2024", "CAMAT BUA PONRANG UTARA,",
                  "ANDI MUH. RAMLI, S.STP., M.Si.", nip="19850917 200312 1 001")
    spec = {
        "font": "Times New Roman",
        "meta": {"title": "SE HUT ke-65", "author": "Kasi Pem Kec BPU", "last_modified_by": "Camat BPU",
                 "created": "2024-10-07T06:00:00Z", "modified": "2024-10-08T00:45:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN LATIMOJONG", "KECAMATAN BUA PONRANG UTARA",
                      "Jl. Poros Trans Sulawesi No. 101 Bua Ponrang Utara, Sulawesi Selatan 91993"], "header"),
        "body": body,
    }
    w.memo(21, spec, True, ["endorsement", "social-media", "campaign-activity", "letterhead-misuse"],
           [1, 5, 10],
           "SE camat HUT kabupaten; sisipan (tracked) spanduk 'Andi Baso Mappanyukki Dua Periode' dan tagar "
           "#Andi2Periode untuk akun pegawai/desa, dengan bagian Pelaporan screenshot")


def m022(w):
    # SMA (KCD Jabar), Pemilu: deklarasi pemilu damai, pemilih pemula, pilih jadwal; hyperlink
    body = []
    body += w.nomor_block("400.3/077/SMAN1-CBG/I/2024", "Biasa", "-",
                          "Deklarasi Pemilu Damai dan Sosialisasi Pemilih Pemula",
                          place_date="Cibeber Girang, 15 Januari 2024")
    body += w.kepada(["Bapak/Ibu Orang Tua/Wali Peserta Didik Kelas XII", "SMA Negeri 1 Cibeber Girang",
                      "di tempat"])
    body += [
        P("Wilujeng enjing. Dengan hormat, bersama ini kami beritahukan bahwa sekolah bekerja sama dengan "
          "KPU Kabupaten Sindangkasih akan menyelenggarakan **Deklarasi Pemilu Damai dan Anti-Hoaks** "
          "serta sosialisasi pemilih pemula bagi peserta didik kelas XII yang sudah berusia 17 tahun.",
          first=720),
        w.item("1.", "Kegiatan dilaksanakan di Aula sekolah; orang tua dipersilakan memilih salah satu jadwal "
               "pendampingan: Senin, 22 Januari atau Rabu, 24 Januari 2024 pukul 08.00\u201310.00 WIB."),
        w.item("2.", "Narasumber dari KPU dan Bawaslu. Tidak ada peserta pemilu, calon anggota legislatif "
               "maupun tim kampanye yang diundang, dan sekolah tidak menerima atribut dalam bentuk apa pun."),
        w.item("3.", "Peserta didik diimbau mengecek status daftar pemilih di "
               "{link:https://cekdptonline.kpu.go.id|cekdptonline.kpu.go.id} dan datang ke TPS untuk "
               "menggunakan hak pilih tanggal 14 Februari 2024 sesuai pilihan hati masing-masing."),
        w.item("4.", "Bagi calon peserta Olimpiade Sains Nasional tingkat kabupaten, jadwal pembinaan "
               "digeser ke hari Kamis agar tidak bentrok."),
        P("Atas perhatian dan dukungan Bapak/Ibu, kami sampaikan hatur nuhun.", first=720),
    ]
    body += w.ttd(None, "Kepala Sekolah,", "Dra. Hj. IIS ROSMIATI, M.Pd.", nip="19680521 199303 2 004")
    spec = {
        "font": "Calibri",
        "meta": {"title": "undangan deklarasi pemilu damai", "author": "Waka Kesiswaan",
                 "created": "2024-01-15T01:00:00Z"},
        "kop": w.kop(["PEMERINTAH DAERAH PROVINSI JAWA BARAT", "DINAS PENDIDIKAN",
                      "CABANG DINAS PENDIDIKAN WILAYAH VI", "SMA NEGERI 1 CIBEBER GIRANG",
                      "Jl. Raya Cibeber Girang No. 12, Kab. Sindangkasih 43262"], "body"),
        "body": body,
    }
    w.memo(22, spec, False, [], [14],
           "Undangan sekolah: deklarasi pemilu damai, pemilih pemula, 'pilih salah satu jadwal', 'calon peserta' "
           "OSN, gunakan hak pilih; tanpa peserta pemilu")


def m023(w):
    # K3S / Korwil pendidikan, Jateng, Pilkada: notulen with decisions; tracked deletion; footnote; no kop
    body = [
        P("Notulen Rapat Rutin K3S Kec. Kedungtuban Wetan", align="left", bold=True, after=200),
    ]
    body += w.field_rows([("Hari, tanggal", "Rabu, 2 Oktober 2024"), ("Tempat", "SD Negeri 1 Kedungtuban Wetan"),
                          ("Hadir", "Korwil, Pengawas TK/SD, 27 Kepala SD dan 4 Kepala TK (daftar hadir terlampir)"),
                          ("Acara", "1. Persiapan ANBK; 2. Dana BOSP tahap II; 3. Lain-lain")],
                         indent=0, tab=1985)
    body += [
        w.blank(),
        P("**1. Persiapan ANBK** \u2013 simulasi tanggal 14\u201316 Oktober, proktor menyiapkan laptop.", align="left"),
        P("**2. BOSP tahap II** \u2013 laporan ARKAS paling lambat akhir Oktober.", align="left"),
        P("**3. Lain-lain** \u2013 Pak Korwil menyampaikan arahan{fn:1} \u201cmonggo kita kompak, ampun sampai "
          "sekolah kita ketinggalan\u201d. Setelah diskusi, **diputuskan**:", align="left"),
        w.item("a.", "Setiap sekolah menargetkan minimal 80% suara guru, tendik dan wali murid untuk "
               "{del:pasangan nomor urut 2 Pak Giyanto \u2013 Mbak Dewi}{ins:pasangan yang sudah kita sepakati "
               "bersama} pada 27 November 2024."),
        w.item("b.", "Kepala sekolah mengumpulkan fotokopi KTP dan KK wali murid melalui paguyuban kelas; "
               "anak yang wali muridnya sudah setor diprioritaskan dalam usulan PIP dan bantuan seragam."),
        w.item("c.", "Sdr. Sugeng Riyadi, S.Pd. (Kepala SDN 3) dan Ibu Tri Handayani, S.Pd. (Kepala SDN 5) "
               "masuk tim pemenangan tingkat kecamatan bidang pendidikan."),
        w.item("d.", "Ruang kelas SDN 1 dipakai posko pertemuan relawan setiap Minggu pagi; kunci dipegang "
               "penjaga sekolah."),
        w.item("e.", "Rekap KTP diserahkan ke Korwil tiap Jumat{fn:2}."),
        w.blank(),
        P("Rapat ditutup pukul 12.15 WIB.", align="left"),
    ]
    body += w.ttd("Kedungtuban Wetan, 2 Oktober 2024", "Sekretaris K3S / Notulis,", "SITI MUNAWAROH, S.Pd.SD.")
    spec = {
        "font": "Times New Roman",
        "meta": {"title": "notulen k3s okt", "author": "sekretaris k3s", "last_modified_by": "Korwil",
                 "created": "2024-10-02T06:00:00Z", "modified": "2024-10-03T00:30:00Z"},
        "body": body,
        "footnotes": {"1": "Arahan disampaikan lisan, tidak dibagikan tertulis.",
                      "2": "Map rekap diberi label \u201cdata paguyuban\u201d, jangan dikirim lewat grup WA."},
    }
    w.memo(23, spec, True, ["endorsement", "inducement", "campaign-activity", "state-facility"],
           [4, 8, 9],
           "Notulen K3S: diputuskan target 80% suara untuk pasangan Giyanto-Dewi (teks dihapus diganti 'yang "
           "sudah kita sepakati'), kumpul KTP wali murid dengan imbalan PIP, kepsek masuk tim pemenangan, "
           "ruang kelas jadi posko; tanpa kop")


def m024(w):
    # UPTD Balai Benih Ikan, Sumsel: informal WA, 'partai benih', 'dukungan pakan', 'calon penerima'; no kop
    body = [
        P("Salinan pesan Kepala UPTD BBI Sungai Lebak ke grup \u201cPetugas BBI & Penyuluh Perikanan\u201d",
          align="left", bold=True),
        P("Rabu, 16 Oktober 2024", align="left", italic=True, size=20),
        P("Assalamualaikum kanca-kanca. Kabar dari provinsi, **partai pertama** benih patin 50 ribu ekor "
          "masuk hari Senin pagi, partai kedua benih nila minggu depannyo. Kagek yang piket Senin tolong "
          "siapke kolam karantina, cek oksigen, jangan sampe mati galo cak bulan kemaren.", align="left"),
        {"textbox": [P("**Rencana distribusi partai I (patin)**", size=20),
                     P("- Pokdakan Sinar Lebak, Ds. Tanjung Sari : 15.000 ekor", size=20),
                     P("- Pokdakan Mina Rambutan, Ds. Muara Dua Ulu : 12.000 ekor", size=20),
                     P("- Pokdakan Serumpun, Kel. Pasar Baru : 10.000 ekor", size=20),
                     P("- Cadangan/penyulaman BBI : 13.000 ekor", size=20)], "width_cm": 13, "height_cm": 3.4},
        P("Dukungan pakan 2 ton dari DKP provinsi jugo la ado, dicatat di buku gudang. Untuk **calon penerima** "
          "bantuan kolam terpal tahun depan, penyuluh tolong verifikasi lapangan, foto lokasi samo KTP ketua "
          "kelompok, kirim ke admin paling lambat akhir bulan.", align="left"),
        P("Terakhir, pas penyerahan benih ke pokdakan jangan ado yang foto pake kaos atau stiker paslon "
          "manapun, jangan jugo ngajak milih siapo-siapo. Ini program pemerintah, bukan punyo calon. Kalu "
          "ado tim kampanye nak numpang acara di BBI, tolak bae, laporke ke aku. Makasih nian.", align="left"),
        w.blank(),
        P("\u2014 Ir. M. Zulkarnain, Kepala UPTD", align="right"),
    ]
    spec = {
        "font": "Segoe UI", "size": 21,
        "meta": {"title": "wa kepala uptd bbi", "author": "admin bbi", "created": "2024-10-16T04:00:00Z"},
        "body": body,
    }
    w.memo(24, spec, False, [], [11, 14],
           "Pesan WA UPTD BBI: 'partai' benih ikan, 'dukungan pakan', 'calon penerima' bantuan, larangan "
           "atribut paslon saat penyerahan")


def m025(w):
    # Prokopim Setda, Jatim, Pilkada: incumbent Bupati cuti kampanye; agenda to Pjs; footer
    body = []
    body += w.title("NOTA DINAS", "Nomor: 000.1.2/611/35.22.1.3/2024")
    body += w.field_rows([("Yth.", "Sekretaris Daerah Kabupaten Pandanwangi"),
                          ("Dari", "Kepala Bagian Protokol dan Komunikasi Pimpinan"),
                          ("Tembusan", "Para Asisten; Kepala Bagian Umum"),
                          ("Tanggal", "20 September 2024"),
                          ("Hal", "Penyesuaian Agenda Pimpinan selama Cuti Kampanye Bupati")], indent=0, tab=1701)
    body += [
        P("", border_bottom=True, after=120),
        P("Sehubungan dengan ditetapkannya Bupati Pandanwangi sebagai pasangan calon peserta Pemilihan Bupati "
          "dan Wakil Bupati Tahun 2024, serta Keputusan Menteri Dalam Negeri tentang cuti di luar tanggungan "
          "negara bagi Bupati selama masa kampanye tanggal 25 September s.d. 23 November 2024, kami laporkan:",
          first=720),
        P("Seluruh agenda kedinasan mulai 25 September 2024 (peresmian, rapat koordinasi, upacara HUT "
          "Provinsi, kunjungan kerja) dialihkan kepada Penjabat Sementara (Pjs.) Bupati yang ditunjuk Gubernur "
          "Jawa Timur.", num=0),
        P("Kendaraan dinas jabatan, ajudan, dan staf protokol Bupati dikembalikan ke Bagian Umum terhitung "
          "24 September 2024 pukul 24.00 WIB, kecuali pengamanan melekat sesuai ketentuan.", num=0),
        P("Akun media sosial resmi Pemerintah Kabupaten dan Prokopim hanya memuat kegiatan kedinasan Pjs. "
          "Bupati dan perangkat daerah; kegiatan kampanye pasangan calon mana pun tidak diunggah atau "
          "dibagikan ulang.", num=0),
        P("Undangan masyarakat yang ditujukan kepada Bupati selama masa cuti dijawab dengan pemberitahuan "
          "bahwa Bupati sedang cuti dan diteruskan kepada Pjs. Bupati sesuai sifat acaranya.", num=0),
        P("Setelah masa cuti berakhir, agenda Bupati kembali dijadwalkan oleh Prokopim setelah serah terima "
          "dari Pjs. Bupati.", num=0),
        P("Demikian untuk menjadi maklum dan mohon arahan lebih lanjut.", first=720),
    ]
    body += w.ttd(None, "Kepala Bagian Protokol dan Komunikasi Pimpinan,", "RIZKY ARDIANSYAH, S.Sos., M.I.Kom.",
                  nip="19871203 200903 1 002")
    spec = {
        "font": "Bookman Old Style", "size": 22,
        "meta": {"title": "ND agenda cuti kampanye", "author": "Subbag Protokol",
                 "created": "2024-09-20T02:40:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN PANDANWANGI", "SEKRETARIAT DAERAH",
                      "Jl. Alun-Alun Utara No. 1 Pandanwangi, Jawa Timur 68411"], "header"),
        "footer": [P("Dokumen ini untuk keperluan internal Sekretariat Daerah \u2013 Prokopim/2024",
                     align="center", size=16, italic=True)],
        "body": body,
    }
    w.memo(25, spec, False, [], [14],
           "Nota dinas Prokopim: Bupati petahana cuti kampanye, agenda dialihkan ke Pjs, randis/ajudan ditarik, "
           "akun resmi tidak memuat kampanye")


def m026(w):
    # KUA (Kemenag), Kalsel, Pilkada: ramah tamah with a candidate, logistics; Banjar; footer; kop table
    body = []
    body += w.nomor_block("B-214/Kua.17.09.04/PW.01/10/2024", "Biasa", "1 lembar flyer",
                          "Undangan Silaturahmi dan Ramah Tamah bersama Abah H. Syahrani Noor, S.E.",
                          place_date="Amuntai Hulu, 1 Oktober 2024")
    body += w.kepada(["Penghulu dan Penyuluh Agama Islam (PNS & Non-PNS)", "Pengurus Majelis Taklim Binaan",
                      "Imam dan Pembakal se-Kecamatan Amuntai Hulu", "di \u2013 Tempat"])
    body += [
        P("Assalamu\u2019alaikum Wr. Wb.", align="left"),
        P("Dengan mengharap rida Allah SWT, kami mengundang bubuhan pian hadir pada acara **Silaturahmi dan "
          "Ramah Tamah bersama Abah H. Syahrani Noor, S.E.** yang insya Allah dilaksanakan:", first=720),
    ]
    body += w.field_rows([("hari/tanggal", "Sabtu, 5 Oktober 2024"), ("waktu", "Ba\u2019da Ashar s.d. Maghrib"),
                          ("tempat", "Aula Balai Nikah KUA Kecamatan Amuntai Hulu")], indent=720, tab=3119)
    body += [
        w.blank(),
        P("Teknis acara:", align="left", bold=True),
        w.item("-", "Setiap penyuluh membawa 15 orang jamaah majelis taklim binaannya; daftar nama diserahkan "
               "ke staf KUA paling lambat Jumat.", indent=720, hanging=360),
        w.item("-", "Konsumsi (kue Banjar dan teh) disiapkan ibu-ibu DWP KUA, sound system dan kursi memakai "
               "inventaris balai nikah.", indent=720, hanging=360),
        w.item("-", "Flyer acara terlampir, mohon dibagikan ke grup WA majelis taklim dan status masing-masing "
               "supaya rami.", indent=720, hanging=360),
        w.item("-", "Busana muslim warna hijau muda, seragam dengan rombongan beliau.", indent=720, hanging=360),
        P("Abah Syahrani ini urang kita jua, banyak membantu pembangunan langgar dan TPA. Yang bersangkutan "
          "mohon doa restu bubuhan ulama wan jamaah, mudahan beliau kawa diberi amanah memimpin Balangan "
          "Hilir lima tahun ke depan. Jangan kada datang lah.", first=720),
        P("Wassalamu\u2019alaikum Wr. Wb.", align="left"),
    ]
    body += w.ttd(None, "Kepala KUA Kecamatan Amuntai Hulu,", "H. MUHAMMAD JAPERI, S.H.I.",
                  nip="19780216 200501 1 005")
    spec = {
        "font": "Arial",
        "meta": {"title": "undangan ramah tamah", "author": "staf kua", "created": "2024-10-01T03:00:00Z"},
        "kop": w.kop(["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN BALANGAN HILIR",
                      "KANTOR URUSAN AGAMA KECAMATAN AMUNTAI HULU",
                      "Jl. Basuki Rahmat No. 8 Amuntai Hulu, Kalimantan Selatan 71471"], "table",
                     logo="[LOGO KEMENAG]"),
        "footer": [P("KUA Amuntai Hulu \u2013 Melayani dengan Ikhlas \u2013 kua.amuntaihulu@kemenag.go.id",
                     align="center", size=16)],
        "body": body,
    }
    w.memo(26, spec, True, ["campaign-activity", "endorsement", "state-facility", "social-media",
                            "letterhead-misuse"], [1, 3, 6, 7],
           "Kepala KUA mengundang penyuluh & jamaah ramah tamah bersama Abah Syahrani (tanpa kata calon), aula "
           "& inventaris KUA, sebar flyer ke grup WA, 'memimpin ... lima tahun ke depan'")


def m027(w):
    # Kantor Desa, NTB, Pemilu: OCR-damaged scan, dodge spellings, sembako tied to support
    body = [
        P("PEMER1NTAH KABUPATEN SELAPARAN6", align="center", bold=True, after=0),
        P("KECAMATAN SURALAGA", align="center", bold=True, after=0),
        P("KANT0R DESA SURALAGA DAYA", align="center", bold=True, size=30, after=0),
        P("Jln. Raya Suralaga Daya No. 1l , Kode P0s 83652", align="center", size=18, border_bottom=True,
          after=200),
        P("SURAT PEMBER1TAHUAN", align="center", bold=True, after=0),
        P("N0mor : 47O / 09 / DS-SRD / II / 2024", align="center", after=200),
        P("Kpd Yth. Para Kepala Dusun, Ketua RT dan warga penerima bantuan pangan desa", align="left"),
        P("Dengan h0rmat, berdasarkan program ketahanan pangan desa tahun 2024, beras 1O kg dan minyak "
          "goreng 2 liter akan dibagikan pada hari Sabtu tgl 1O Februari 2024 jam O8.OO di halaman kant0r "
          "desa. Paket dibagikan bersama kalender dan kartu nama Ust. H. Ahmad Sahnan, caleg DPD NTB.",
          first=720),
        P("Mohon disampaikan kepada warga:", align="left"),
        w.item("1.", "Tgl 14 Februari {split:c0b|los} n0m0r 27 kertas DPD (warna merah), Ust. Sahnan sudah "
               "banyak bantu masjid dan musala di desa kita. Tiang harap semeton bareng "
               "{split:d-u-k|-u-n-g}."),
        w.item("2.", "Kadus mencatat warga yg sudah terima paket dan yg {split:p!l|ih} beliau, daftar "
               "diserahkan ke Sekdes."),
        w.item("3.", "Bagi warga yg tdk d-u-k-u-n-g, bantuan beras bln Maret dan April ditunda dulu "
               "smpe ada evaluasi."),
        w.item("4.", "Paket dibagikan dalam kantong warna kuning sesuai warna beliau, stok kantong ada di "
               "gudang desa."),
        P("Demikian, atas perhatian semeton sami tiang ucapkan tampiasih.", first=720),
        P("Suralaga Daya, 7 Februar1 2024", indent=5103, align="left", after=0),
        P("Kepala Desa Suralaga Daya,", indent=5103, align="left", after=0),
        P("[ttd + stempel]", indent=5103, align="left", after=0, italic=True),
        P("**L. MUHAMAD SUHAIRI**", indent=5103, align="left", after=0),
    ]
    spec = {
        "font": "Courier New", "size": 22,
        "meta": {"title": "scan_pemberitahuan_0207.pdf", "author": "Scanner", "created": "2024-02-08T09:00:00Z"},
        "_kop_in_body": True,
        "body": body,
    }
    w.memo(27, spec, True, ["inducement", "endorsement", "state-facility", "letterhead-misuse"],
           [8, 11, 13],
           "Hasil OCR surat desa: paket beras/minyak program desa dibagikan dengan kartu nama caleg DPD, "
           "'c0blos n0m0r 27', 'd-u-k-u-n-g', bantuan ditunda bagi yang tidak mendukung; kop OCR di badan surat")


def m028(w):
    # BPP, Jateng, Pemilu: voice-note transcript, e-RDKK schedule, 'pilih salah siji', neutral; LO; no kop
    body = [
        P("Transkrip VN Koordinator BPP Kec. Pucakwangi Lor", align="left", bold=True, after=0),
        P("grup \u201cPPL Pucakwangi Lor\u201d, Senin 8 Januari 2024, 06.51 (1:48 menit)", align="left",
          italic=True, size=20),
        w.blank(),
        P("\u201cAssalamualaikum, konco-konco PPL. Niki ngabari, pendataan e-RDKK 2024 kudu rampung akhir "
          "Januari. Sekolah lapang pengendalian hama terpadu diwiwiti Februari, monggo pilih salah siji "
          "tanggal: Selasa 6 utawa Kamis 8 Februari, mengko aku rekap.", align="left"),
        P("Dukungan benih jagung saka provinsi kanggo MT II wis disetujui, calon petani penerima kudu "
          "terdaftar nang Simluhtan lan duwe lahan minimal seprapat hektar. Data KTP lan KK mung kanggo "
          "CPCL, ora kanggo liyane.", align="left"),
        P("Siji maneh, saiki mangsa kampanye. Nek ana caleg utawa tim ne njaluk ketemu poktan nang BPP, "
          "utawa nitip kaos, stiker, kalender nang BPP, ora oleh nggih, tolak alus. BPP netral. Sing dadi "
          "KPPS nang desane monggo lapor aku, mengko tak aturke jadwal penggantine tanggal 13 nganti 15. "
          "Tanggal 14 kabeh nyoblos nang TPS e dewe-dewe. Suwun.\u201d", align="left"),
        w.blank(),
        P("diketik ulang: Admin BPP (Nur Khasanah)", align="right", size=18),
    ]
    spec = {
        "engine": "libreoffice",
        "font": "Calibri", "size": 22,
        "meta": {"title": "transkrip vn koord bpp", "author": "admin bpp", "created": "2024-01-08T01:10:00Z"},
        "body": body,
    }
    w.memo(28, spec, False, [], [11, 14],
           "Transkrip VN koordinator BPP: 'pilih salah siji tanggal', 'dukungan benih', 'calon petani penerima', "
           "tolak caleg/atribut di BPP, KPPS, nyoblos di TPS")


def m029(w):
    # Desa, Banten, Pemilu: WA from sekdes pasted under kop; KPPS, hak pilih, 'tim sukses PBB'; balai = TPS
    body = []
    body += w.title("PEMBERITAHUAN", "Nomor: 140/015/Ds.Kbl/II/2024", underline=False)
    body += [
        P("Kepada perangkat desa, ketua RT/RW dan linmas Desa Kebalen Ilir. Berikut isi pesan Sekdes di "
          "grup \u201cPerangkat Desa Kebalen\u201d tanggal 5 Februari 2024, dicetak untuk ditempel di papan "
          "pengumuman kantor desa:", align="left"),
        {"textbox": [
            P("Assalamualaikum, punten sire kabeh. Info penting menjelang 14 Februari:", size=20),
            P("1. Perangkat sing dadi KPPS ikut bimtek Kamis jam 13.00 di aula kecamatan, absen kantor diganti "
              "surat tugas KPPS.", size=20),
            P("2. Balai desa dipake TPS 03 tgl 13\u201314 Feb sesuai surat PPS. Selain TPS, balai desa "
              "TIDAK dipinjamkan ke tim kampanye sapa bae, kite kudu netral.", size=20),
            P("3. Tanggal 14 libur nasional, kabeh gunakan hak pilih, ajak warga teka ning TPS, milih sesuai "
              "hati masing-masing.", size=20),
            P("4. Tim sukses PBB desa (Pak Jaenudin, Kang Udin, Bu Enok) tetep keliling nagih PBB abis pemilu "
              "bae, target 85% bulan Maret.", size=20),
            P("5. Linmas siaga di TPS mulai jam 06.00. Nuhun.", size=20)], "width_cm": 15, "height_cm": 6},
        w.blank(),
        P("Demikian pemberitahuan ini untuk diketahui dan dilaksanakan.", first=720),
    ]
    body += w.ttd("Kebalen Ilir, 5 Februari 2024", "a.n. Kepala Desa Kebalen Ilir\nSekretaris Desa,",
                  "AHMAD SYAFEI")
    spec = {
        "font": "Arial",
        "meta": {"title": "pemberitahuan perangkat", "author": "kaur umum", "created": "2024-02-05T07:30:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN CIRUAS RAYA", "KECAMATAN PONTANG HILIR", "DESA KEBALEN ILIR",
                      "Kp. Kebalen RT 01/02, Kabupaten Ciruas Raya, Banten 42192"], "header"),
        "body": body,
    }
    w.memo(29, spec, False, [], [11, 14],
           "Pesan WA sekdes: perangkat jadi KPPS, balai desa jadi TPS dan tidak dipinjamkan ke tim kampanye, "
           "gunakan hak pilih, 'tim sukses PBB'")


def m030(w):
    # Inspektorat, Jatim, Pilkada: audit memo with tracked insertion asking for support letters; Pelaporan
    body = []
    body += w.title("NOTA DINAS", "Nomor: 700/1298/35.19.7/2024")
    body += w.field_rows([("Kepada", "Yth. Para Inspektur Pembantu Wilayah I\u2013IV"),
                          ("Dari", "Inspektur Kabupaten Kalisongo"),
                          ("Tanggal", "30 September 2024"),
                          ("Hal", "Pemeriksaan Reguler Dana Desa Tahap II Tahun 2024")], indent=0, tab=1418)
    body += [
        P("", border_bottom=True, after=120),
        P("Menindaklanjuti hasil musyawarah pimpinan Inspektorat tanggal 27 September 2024, bersama ini "
          "disampaikan arahan pelaksanaan pemeriksaan reguler Dana Desa Tahap II sebagai berikut:", first=720),
        w.item("1.", "Pemeriksaan dilaksanakan tanggal 7 Oktober s.d. 15 November 2024 terhadap 42 desa obyek "
               "sesuai PKPT, dengan fokus BLT-DD, ketahanan pangan dan belanja modal."),
        w.item("2.", "Tim wajib menggunakan aplikasi Siswaskeudes dan menyusun KKP sesuai standar."),
        w.item("3.", "Dalam sesi pembinaan, tim menyampaikan kepada kepala desa bahwa keberlanjutan program "
               "desa sangat bergantung pada Bapak Bupati H. Wahyu Santosa, S.H.{ins: Kepala desa diminta "
               "mengumpulkan surat pernyataan dukungan dari perangkat desa, BPD dan ketua RT/RW untuk "
               "Pak Wahyu, diserahkan kepada ketua tim pada hari exit meeting.}"),
        w.item("4.", "{ins:Desa yang sudah menyerahkan surat dukungan, temuan administratif cukup dibina "
               "tanpa dituangkan dalam LHP. Desa yang menolak, pemeriksaan diperdalam.}"),
        w.item("5.", "Tim menjaga integritas dan tidak menerima pemberian dalam bentuk apa pun dari auditi."),
        w.blank(),
        P("**Pelaporan**", align="left"),
        P("Irban menyampaikan laporan progres pemeriksaan setiap Jumat, dilampiri rekap jumlah surat "
          "pernyataan yang sudah terkumpul per desa, kepada Sekretaris Inspektorat.", first=720),
    ]
    body += w.ttd(None, "Inspektur,", "Drs. EKO BUDI PRASETYO, M.M., CGCAE.", nip="19680825 199403 1 006")
    spec = {
        "font": "Arial",
        "meta": {"title": "ND Pemeriksaan DD Tahap II", "author": "Sekretariat Inspektorat",
                 "last_modified_by": "Inspektur", "created": "2024-09-30T01:00:00Z",
                 "modified": "2024-09-30T07:20:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN KALISONGO", "INSPEKTORAT DAERAH",
                      "Jl. Pahlawan No. 27 Kalisongo, Jawa Timur 65171 \u2013 Telp. (0341) 391 220"], "header"),
        "body": body,
    }
    w.memo(30, spec, True, ["endorsement", "inducement", "state-facility", "letterhead-misuse"],
           [1, 7, 8, 10],
           "ND Inspektorat 'menindaklanjuti musyawarah': sisipan minta kades kumpulkan surat dukungan untuk Bupati "
           "Wahyu Santosa, temuan audit dilunakkan bagi desa yang mendukung; bagian Pelaporan rekap surat")


def build(w):
    globals()["P"] = w.P
    for f in (m021, m022, m023, m024, m025, m026, m027, m028, m029, m030):
        f(w)
