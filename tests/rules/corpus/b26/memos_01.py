# b26 memos 001-010 (each written individually)


def m001(w):
    # Desa, Jawa Tengah, Pilkada: silaturahmi with incumbent pair, never called "calon"
    body = []
    body += w.nomor_block("005/117/Ds.Kdw/X/2024", "Penting", "-", "Undangan Silaturahmi Warga",
                          place_date="Kedungwringin, 14 Oktober 2024")
    body += w.kepada(["Bapak/Ibu Ketua RT dan RW se-Desa Kedungwringin",
                      "Kader Posyandu, Pengurus PKK dan Anggota Linmas",
                      "Ketua Kelompok Tani dan Gapoktan \"Sido Makmur\"",
                      "di -", "\tTempat"])
    body += [
        P("Dengan hormat,", align="left"),
        P("Nuwun sewu, dalam rangka nguri-uri paseduluran warga Desa Kedungwringin, Pemerintah Desa "
          "badhe ngawontenaken acara **Silaturahmi Warga bersama Bapak H. Darmanto Wibisono dan Ibu Sri "
          "Lestari, S.E.** ingkang insya Allah kersa rawuh ing desa kita. Acara tersebut akan dilaksanakan pada:",
          first=720),
    ]
    body += w.field_rows([("Hari/tanggal", "Sabtu, 19 Oktober 2024"),
                          ("Waktu", "19.30 WIB s/d selesai"),
                          ("Tempat", "Pendopo Balai Desa Kedungwringin")], indent=720, tab=3119)
    body += [
        w.blank(),
        P("Sehubungan dengan hal tersebut, kami mohon bantuan Bapak/Ibu sebagai berikut:", first=720),
        P("Setiap Ketua RT ngajak paling sedikit 15 (lima belas) KK warganya, daftar hadir diserahkan ke "
          "Kasi Pemerintahan paling lambat Jumat sore.", num=0),
        P("Kader Posyandu dan Ibu-ibu PKK mbiyantu konsumsi (teh, wedang jahe, snack 250 kotak). Biaya "
          "snack diambilkan dari pos Pembinaan Kemasyarakatan APBDes 2024, nota diserahkan ke Kaur Keuangan.",
          num=0),
        P("Kaur Umum nyiapke sound system, tenda lan kursi inventaris desa; Linmas jaga parkir.", num=0),
        P("Warga dimohon ngagem busana putih-ijo, warna kesenengane beliau, supaya kompak pas foto bersama.",
          num=0),
        P("Pak Darmanto sampun kebukti mbangun desa kita: jalan usaha tani Dukuh Krajan, talud kali, lan "
          "bantuan RTLH 23 unit. Monggo sedulur sedaya ndherek nyengkuyung supados beliau saged "
          "**memimpin kembali Wanasari periode berikutnya** bareng Bu Sri. Nyuwun panjenengan sampaikan "
          "dumateng warga ing pengajian lan arisan RT.", first=720),
        P("Demikian undangan ini, atas kehadiran lan kerjasamanipun kami haturkan matur nuwun.", first=720),
    ]
    body += w.ttd(None, "Kepala Desa Kedungwringin,", "SUTARNO")
    spec = {
        "font": "Bookman Old Style",
        "meta": {"title": "Undangan Silaturahmi", "author": "Sekdes Kedungwringin",
                 "created": "2024-10-14T01:20:00Z", "modified": "2024-10-14T02:05:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN WANASARI", "KECAMATAN SENDANGAGUNG",
                      "DESA KEDUNGWRINGIN",
                      "Jl. Raya Kedungwringin No. 4, Kode Pos 58371"], "header"),
        "body": body,
    }
    w.memo(1, spec, True, ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"],
           [1, 3, 7],
           "Kades mengundang warga silaturahmi dengan petahana Darmanto-Sri (tanpa kata calon), "
           "balai desa & APBDes untuk acara, atribut warna, ajakan 'memimpin kembali periode berikutnya'")


def m002(w):
    # SE Pj Bupati, Lampung: netralitas ASN, all prohibitions listed
    body = []
    body += w.title("SURAT EDARAN", "NOMOR 800.1.3/1442/BKPSDM/2024")
    body += [
        P("TENTANG", align="center", after=0),
        P("NETRALITAS APARATUR SIPIL NEGARA, PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA, KEPALA DESA DAN "
          "PERANGKAT DESA DALAM PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR LAMPUNG SERTA PEMILIHAN BUPATI DAN "
          "WAKIL BUPATI WAY SEKAMPUNG TAHUN 2024", align="center", bold=True),
        w.blank(),
        P("Yth. Kepala Perangkat Daerah, Camat, Lurah dan Kepala Desa se-Kabupaten Way Sekampung", align="left"),
        w.blank(),
        w.item("1.", "Latar Belakang"),
        P("Tahapan kampanye Pemilihan Serentak Tahun 2024 berlangsung tanggal 25 September s.d. 23 November "
          "2024 dan pemungutan suara dilaksanakan tanggal 27 November 2024. Untuk menjaga pelayanan publik "
          "tetap berjalan tanpa keberpihakan, perlu ditegaskan kembali kewajiban netralitas{fn:1}.",
          indent=567),
        w.item("2.", "Larangan"),
        P("Aparatur Sipil Negara, PPPK, kepala desa dan perangkat desa dilarang:", indent=567),
        P("menjadi anggota atau pengurus partai politik, tim kampanye, tim pemenangan maupun relawan "
          "pasangan calon;", num=0, indent=1134, hanging=425),
        P("menghadiri, menjadi peserta atau pembicara dalam kampanye, rapat umum, deklarasi dukungan, "
          "maupun pertemuan yang diselenggarakan pasangan calon atau tim kampanyenya;", num=0, indent=1134,
          hanging=425),
        P("memasang spanduk, baliho, stiker atau alat peraga kampanye lainnya serta mengenakan atribut "
          "pasangan calon;", num=0, indent=1134, hanging=425),
        P("mengunggah, menanggapi (like), mengomentari, membagikan (share), mengikuti akun, atau "
          "menggunakan twibbon/foto profil yang berkaitan dengan pasangan calon di media sosial;", num=0,
          indent=1134, hanging=425),
        P("berfoto bersama pasangan calon dengan mengikuti simbol gerakan tangan yang menunjukkan "
          "keberpihakan;", num=0, indent=1134, hanging=425),
        P("menggunakan kendaraan dinas, gedung kantor, anggaran, peralatan dan jam kerja untuk kegiatan "
          "pasangan calon atau partai politik;", num=0, indent=1134, hanging=425),
        P("membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon, "
          "termasuk mengaitkan penyaluran bantuan sosial dengan pilihan politik;", num=0, indent=1134,
          hanging=425),
        P("memberikan atau menjanjikan uang, barang, sembako atau bentuk lain kepada pegawai maupun "
          "masyarakat, serta mengumpulkan fotokopi KTP atau surat dukungan untuk pasangan calon.", num=0,
          indent=1134, hanging=425),
        w.item("3.", "Kewajiban"),
        P("Setiap pegawai tetap menggunakan hak pilihnya di TPS masing-masing, melaksanakan tugas pelayanan "
          "sesuai jam kerja, dan melaporkan dugaan pelanggaran kepada atasan langsung, Bawaslu Kabupaten "
          "atau Inspektorat.", indent=567),
        w.item("4.", "Sanksi"),
        P("Pelanggaran terhadap Surat Edaran ini dikenakan hukuman disiplin sesuai Peraturan Pemerintah "
          "Nomor 94 Tahun 2021 dan/atau sanksi sesuai ketentuan perundang-undangan pemilihan{fn:2}.",
          indent=567),
        P("Kepala Perangkat Daerah dan Camat agar meneruskan Surat Edaran ini kepada seluruh pegawai di "
          "lingkungan masing-masing.", first=567),
    ]
    body += w.ttd("Ditetapkan di Gunung Sugih Baru\npada tanggal 23 September 2024",
                  "Pj. BUPATI WAY SEKAMPUNG,", "Drs. ALI IMRON SOBRI, M.Si.")
    body += w.tembusan(["Menteri Dalam Negeri di Jakarta;", "Gubernur Lampung di Bandar Lampung;",
                        "Ketua Bawaslu Kabupaten Way Sekampung;", "Inspektur Kabupaten Way Sekampung."])
    spec = {
        "font": "Arial",
        "meta": {"title": "SE Netralitas ASN Pilkada 2024", "author": "Bidang PPI BKPSDM",
                 "created": "2024-09-20T03:00:00Z", "modified": "2024-09-23T01:40:00Z", "revision": 7},
        "kop": w.kop(["PEMERINTAH KABUPATEN WAY SEKAMPUNG", "SEKRETARIAT DAERAH",
                      "Jl. Lintas Timur Km. 3 Gunung Sugih Baru Telp. (0725) 552210"], "header"),
        "body": body,
        "footnotes": {
            "1": "Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, Ketua KASN dan Ketua "
                 "Bawaslu tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam "
                 "Penyelenggaraan Pemilihan Umum dan Pemilihan.",
            "2": "Lihat juga Pasal 71 dan Pasal 188 Undang-Undang Nomor 1 Tahun 2015 sebagaimana telah "
                 "beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2020.",
        },
    }
    w.memo(2, spec, False, [], [14],
           "SE netralitas ASN Pilkada yang mendaftar semua larangan (kampanye, medsos, fasilitas, bansos, KTP)")


def m003(w):
    # Kecamatan, Lampung: Kampanye Akbar, candidate unnamed, quotas and logistics
    rows = [["No", "Desa", "Peserta", "Armada", "Penanggung Jawab"],
            ["1", "Bumi Agung", "60 org", "Mobil siaga desa + 1 pick up", "Kades / Kasi Kesra"],
            ["2", "Sukabanjar", "45 org", "Dump truck kecamatan (DT-02)", "Kades / Kaur Umum"],
            ["3", "Negeri Ratu", "75 org", "2 unit elf sewa (dibayar kec.)", "Kades / Sekdes"],
            ["4", "Tanjung Harapan", "40 org", "Mobil siaga desa", "Kades"],
            ["5", "Srimulyo", "55 org", "Dump truck kecamatan (DT-01)", "Kades / Ketua BPD"],
            ["", "**JUMLAH**", "**275 org**", "", ""]]
    body = []
    body += w.nomor_block("300/218/BAJ/XI/2024", "Segera", "1 (satu) berkas", "Kampanye Akbar 17 November 2024",
                          place_date="Bumi Agung Jaya, 11 November 2024")
    body += w.kepada(["Kepala Desa se-Kecamatan Bumi Agung Jaya", "di -", "\tTempat"])
    body += [
        P("Tabik pun,", align="left"),
        P("Dalam rangka menyukseskan **Kampanye Akbar** yang akan digelar di Lapangan Merdeka Sukadana "
          "pada hari Minggu, 17 November 2024 pukul 08.00 WIB, bersama ini kami sampaikan pembagian jumlah "
          "peserta dan armada dari masing-masing desa sebagai berikut:", first=720),
        {"table": rows, "widths": [567, 1985, 1134, 3119, 2265], "header_row": True},
        w.blank(),
        P("Hal-hal yang perlu diperhatikan:", align="left"),
        w.item("a.", "Titik kumpul seluruh peserta di halaman Kantor Camat pukul 06.30 WIB, berangkat "
               "bersama dikawal Trantib kecamatan."),
        w.item("b.", "Konsumsi nasi bungkus dan air mineral disiapkan kecamatan, diambil Kasi Kesra "
               "masing-masing desa pada Sabtu sore."),
        w.item("c.", "Peserta memakai kaos dan topi yang sudah dibagikan; kaos dari desa diambil di Aula "
               "Kecamatan mulai Kamis."),
        w.item("d.", "BBM dump truck dan mobil siaga diisi dari jatah BBM operasional masing-masing, "
               "kwitansi dikumpulkan ke Bendahara Kecamatan."),
        w.item("e.", "Kepala Desa melaporkan jumlah peserta riil melalui WA ke Kasi Pemerintahan paling "
               "lambat pukul 12.00 WIB pada hari pelaksanaan, lengkap dengan foto rombongan."),
        P("Atas perhatian dan kerjasama Saudara, kami ucapkan terima kasih. Tabik.", first=720),
    ]
    body += w.ttd(None, "CAMAT BUMI AGUNG JAYA,", "HERMANSYAH, S.IP., M.M.",
                  nip="19760512 199803 1 004", extra=["Pembina Tk. I (IV/b)"])
    spec = {
        "engine": "libreoffice",
        "font": "Times New Roman",
        "meta": {"title": "kampanye akbar", "author": "kasi pem", "created": "2024-11-11T00:40:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN SUKADANA ILIR", "KECAMATAN BUMI AGUNG JAYA",
                      "Jl. Pesirah No. 1 Bumi Agung Jaya, Kode Pos 34196"], "table", logo="[LAMBANG DAERAH]"),
        "body": body,
    }
    w.memo(3, spec, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6, 12],
           "Camat membagi kuota peserta Kampanye Akbar per desa; dump truck kecamatan, BBM operasional, "
           "konsumsi kecamatan; calon tidak disebut, hanya logistik")


def m004(w):
    # Panwaslu Kecamatan, Sulsel, Pemilu 2024: laporan hasil pengawasan quoting a kades
    rows = [
        ["I.", "Data Pengawas", ""],
        ["", "Nama Pelapor/Pengawas", "ANDI ASRIANI, S.Sos. (PKD Desa Lempa Riaja)"],
        ["", "Jabatan", "Pengawas Kelurahan/Desa"],
        ["II.", "Peristiwa", ""],
        ["", "Bentuk Pengawasan", "Pengawasan langsung / pencegahan"],
        ["", "Waktu", "Sabtu, 27 Januari 2024, pukul 20.15 WITA"],
        ["", "Tempat", "Rumah warga Dusun Bontoe, Desa Lempa Riaja"],
        ["", "Uraian Singkat",
         [P("Dalam acara mappacci (malam pacar) warga, Kepala Desa Lempa Riaja Sdr. A. Mappiasse "
            "memberikan sambutan dan mengatakan dalam bahasa Bugis yang diterjemahkan: \u201cpilih ki "
            "nomor urut 4 untuk DPRD Kabupaten, keluargata itu, supaya jalan tani dilanjutkan\u201d. "
            "Sambutan direkam oleh PKD dan disaksikan sekitar 60 orang.", align="both"),
          P("Tidak ditemukan pembagian barang atau uang pada saat kejadian.", align="both")]],
        ["III.", "Dugaan Pelanggaran", ""],
        ["", "Ketentuan yang dilanggar",
         "Pasal 280 ayat (2) huruf h dan ayat (3) jo. Pasal 490 UU No. 7 Tahun 2017 (dugaan keterlibatan "
         "kepala desa dalam kampanye)"],
        ["", "Tindak lanjut",
         "Diteruskan ke Bawaslu Kabupaten untuk kajian awal; saksi dan bukti rekaman terlampir"],
    ]
    body = []
    body += w.title("LAPORAN HASIL PENGAWASAN PEMILU", "Nomor: 021/LHP/PM.01.02/Kec-LR/I/2024")
    body += [
        P("Tahapan yang diawasi: Kampanye Pemilu Anggota DPR, DPD, DPRD dan Presiden/Wakil Presiden Tahun 2024",
          align="left"),
        {"table": rows, "widths": [737, 2835, 5498]},
        w.blank(),
        P("Laporan ini diunggah juga melalui aplikasi SIWASLU dan dapat dicek pada "
          "{link:https://siwaslu.bawaslu.go.id|siwaslu.bawaslu.go.id}. Pengawas memberikan imbauan lisan "
          "kepada yang bersangkutan di lokasi sesuai fungsi pencegahan.", first=0),
    ]
    body += w.ttd("Lempa, 28 Januari 2024", ["Panwaslu Kecamatan Lempa Riaja", "Koordinator Divisi HPPH,"],
                  "MUH. ILHAM SYAMSUDDIN")
    spec = {
        "font": "Arial Narrow",
        "meta": {"title": "LHP form A kec lempa riaja", "author": "staf panwascam",
                 "created": "2024-01-28T05:00:00Z"},
        "kop": w.kop(["BADAN PENGAWAS PEMILIHAN UMUM", "PANITIA PENGAWAS PEMILIHAN UMUM KECAMATAN LEMPA RIAJA",
                      "KABUPATEN SIDENRENG HILIR \u2013 PROVINSI SULAWESI SELATAN",
                      "Sekretariat: Jl. Poros Lempa No. 12"], "table", logo="[LOGO BAWASLU]"),
        "body": body,
    }
    w.memo(4, spec, False, [], [14],
           "LHP Panwascam yang mengutip ajakan kades 'pilih ki nomor urut 4' sebagai dugaan pelanggaran")


def m005(w):
    # SD Negeri, Jawa Barat: WA broadcast pasted; twibbon, follow, like/share, hashtag
    body = [
        P("PEMERINTAH KABUPATEN SUKAMANAH", align="center", bold=True, after=0),
        P("DINAS PENDIDIKAN", align="center", bold=True, after=0),
        P("SD NEGERI 2 CIKADU", align="center", bold=True, size=30, after=0),
        P("Kp. Cikadu RT 02/04 Desa Cikadu Kec. Cisaat  NPSN 20204417", align="center", size=18,
          border_bottom=True, after=200),
        P("__PEMBERITAHUAN__", align="center", bold=True, after=0),
        P("No: 421.2/045/SDN2-CKD/2024", align="center", after=200),
        P("Kepada Yth. Bapak/Ibu Guru dan Tenaga Kependidikan SDN 2 Cikadu (PNS, PPPK, honorer)", align="left"),
        P("Diteruskan dari grup WA \u201cKepsek Korwil Cisaat\u201d tanggal 3 Oktober 2024, mohon dilaksanakan:",
          align="left"),
        {"textbox": [
            P("[03/10 19.42] Pa Korwil Cisaat: Assalamualaikum wr wb, punten bapak ibu kepsek sadayana \U0001F64F",
              size=20),
            P("mangga diteruskeun ka guru-guru nya, sadaya guru WAJIB ganti foto profil WA nganggo twibbon "
              "ieu: {link:https://twb.nz/lanjutkanamburina|twb.nz/lanjutkanamburina}", size=20),
            P("terus follow IG @amburina.official sareng FB Ambu Rina Sukamanah, like + share + komen "
              "postingan nu enggal, pake tagar {split:#Lanjut|kan|AmbuRina} #SukamanahMakinNgaronjat", size=20),
            P("Ambu Rina teh tos seueur ngabantosan sakola urang (rehab kelas, seragam gratis), ayeuna "
              "waktosna urang bales, supados Ambu tiasa neraskeun dua periode. Screenshot kirim ka abdi "
              "paling lambat Jumaah. Nuhun \U0001F64F\U0001F64F", size=20),
        ], "width_cm": 15.5, "height_cm": 6.2},
        w.blank(),
        P("Sehubungan hal tsb, bukti screenshot (foto profil + share) dikumpulkan ke Bu Operator paling "
          "lambat Jumat 4 Okt 2024 jam 10.00, karena kepsek harus rekap ke Korwil. Yang tidak kirim "
          "nanti dipanggil ke ruang kepala sekolah.", first=0),
        P("Hatur nuhun kana perhatosanana.", first=0),
    ]
    body += w.ttd("Cikadu, 3 Oktober 2024", "Kepala Sekolah,", "ENDANG SURYANA, S.Pd.SD.",
                  nip="19700304 199403 1 006")
    spec = {
        "font": "Calibri", "size": 22,
        "meta": {"title": "pemberitahuan guru", "author": "OPS SDN2CKD", "created": "2024-10-03T13:10:00Z"},
        "_kop_in_body": True,
        "body": body,
    }
    w.memo(5, spec, True, ["social-media", "endorsement", "letterhead-misuse"], [1, 5, 11],
           "Kepsek meneruskan broadcast WA: guru wajib twibbon, follow/like/share akun Ambu Rina, "
           "tagar #LanjutkanAmbuRina, 'dua periode'; kop sekolah di baris pertama badan surat")


def m006(w):
    # Inspektorat, Jabar, Pilkada: undangan klarifikasi quoting a FB post
    body = []
    body += w.nomor_block("700.1.2/0931/Insp/2024", "Rahasia", "1 (satu) lembar",
                          "Undangan Klarifikasi", place_date="Pasirwangi, 21 Oktober 2024")
    body += w.kepada(["Sdr. DEDI SUPRIADI, S.Pd., M.Pd.", "Kepala SMP Negeri 3 Pasirwangi", "di", "\tTempat"])
    body += [
        P("Menindaklanjuti surat Bawaslu Kabupaten Pasirwangi Nomor 118/PP.01.02/K.JB-19/10/2024 tanggal "
          "17 Oktober 2024 perihal Penerusan Dugaan Pelanggaran Netralitas ASN, dengan ini Saudara diminta "
          "hadir untuk memberikan klarifikasi pada:", first=720),
    ]
    body += w.field_rows([("hari/tanggal", "Kamis, 24 Oktober 2024"), ("pukul", "09.00 WIB"),
                          ("tempat", "Ruang Rapat Irban Khusus, Kantor Inspektorat"),
                          ("membawa", "KTP, SK jabatan terakhir, telepon genggam yang digunakan")],
                         indent=720, tab=3119)
    body += [
        w.blank(),
        P("Adapun hal yang akan diklarifikasi adalah unggahan pada akun Facebook atas nama "
          "\u201cDedi Supriadi Kusnadi\u201d tanggal 12 Oktober 2024 berupa foto Saudara bersama "
          "pasangan calon Bupati nomor urut 1 dengan keterangan \u201c{split:#Lanjutkan|PakBupati}, hayu urang kawal "
          "dua periode!\u201d yang dibagikan ulang ke grup \u201cGuru Pasirwangi Bersatu\u201d.", first=720),
        P("Klarifikasi ini bukan merupakan penjatuhan hukuman disiplin. Apabila Saudara berhalangan, agar "
          "memberitahukan secara tertulis paling lambat satu hari sebelumnya kepada Sekretaris Inspektorat.",
          first=720),
        P("Demikian untuk dilaksanakan.", first=720),
    ]
    body += w.ttd(None, ["a.n. INSPEKTUR KABUPATEN PASIRWANGI", "Inspektur Pembantu Khusus,"],
                  "Hj. NENG ROSITA, S.E., M.Ak.", nip="19751120 200212 2 003")
    body += w.tembusan(["Pj. Bupati Pasirwangi (sebagai laporan);", "Ketua Bawaslu Kabupaten Pasirwangi;",
                        "Kepala Dinas Pendidikan;", "Kepala BKPSDM."])
    spec = {
        "font": "Arial",
        "meta": {"title": "Undangan Klarifikasi DS", "author": "Irbansus", "created": "2024-10-21T02:30:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN PASIRWANGI", "INSPEKTORAT DAERAH",
                      "Jl. Siliwangi No. 88 Pasirwangi 44172 \u2013 inspektorat@pasirwangikab.go.id"], "header"),
        "body": body,
    }
    w.memo(6, spec, False, [], [14],
           "Undangan klarifikasi Inspektorat yang mengutip unggahan '#LanjutkanPakBupati ... dua periode'")


def m007(w):
    # BPP, Sulsel, Pemilu 2024: benih/pompa tied to caleg; KTP collection; threats; PPL target
    rows = [["No", "Kelompok Tani", "Desa", "Anggota", "Target KTP", "PPL"],
            ["1", "Sipakainge", "Tellu Boccoe", "32", "32", "Hasnawati"],
            ["2", "Mattirowalie", "Tellu Boccoe", "25", "25", "Hasnawati"],
            ["3", "Assamaturukeng", "Pallime", "41", "41", "Syamsul Rijal"],
            ["4", "Tunas Harapan", "Pallime", "28", "28", "Syamsul Rijal"],
            ["5", "Sipatuo", "Watang Cenrana", "36", "36", "Nurhayati"]]
    body = []
    body += w.nomor_block("520/012/BPP-LRT/I/2024", "Penting", "1 lembar",
                          "Penyaluran Bantuan Benih Padi dan Pompa Air Tahun 2024",
                          place_date="Lappariaja Timur, 30 Januari 2024")
    body += w.kepada(["Ketua Gapoktan/Poktan se-Kecamatan Lappariaja Timur", "PPL/THL-TBPP Wilayah Binaan",
                      "di\u2013", "\tTempat"])
    body += [
        P("Tabe', dengan hormat,", align="left"),
        P("Bersama ini kami sampaikan bahwa bantuan benih padi inbrida 12 ton dan 9 unit pompa air untuk "
          "MT Oktober-Maret sudah masuk di gudang BPP. Bantuan ini adalah hasil perjuangan Bapak "
          "**H. Andi Tenri Sau, S.P.** yang maju kembali ke DPRD Kabupaten dari Dapil III nomor urut 1.",
          first=720),
        P("Berdasarkan hasil rapat PPL tanggal 29 Januari 2024, **disepakati** hal-hal berikut:", first=720),
        w.item("1.", "Penyerahan bantuan dilakukan langsung oleh beliau di halaman BPP pada hari Sabtu, "
               "3 Februari 2024, semua ketua poktan wajib hadir dengan minimal 10 anggota."),
        w.item("2.", "Setiap poktan mengumpulkan fotokopi KTP dan KK seluruh anggota ke PPL masing-masing "
               "paling lambat 5 Februari 2024 sebagai data penerima sekaligus data pendukung Puang Tenri "
               "(target pada tabel di bawah)."),
        w.item("3.", "Target setiap PPL minimal 70% suara di TPS wilayah binaannya; rekap dikirim ke "
               "Koordinator BPP."),
        w.item("4.", "Poktan yang anggotanya tidak mendukung, jatah pompa airnya dialihkan ke kelompok "
               "lain dan usulan alsintan tahun depan ditunda dulu. Iye, ini sudah arahan."),
        w.item("5.", "Kegiatan ini merupakan kelanjutan program beliau, jadi mohon disampaikan ke petani "
               "supaya dikawal sampai 14 Februari."),
        w.blank(),
        {"table": rows, "widths": [510, 1985, 1700, 1134, 1247, 2494], "header_row": True},
        w.blank(),
        P("Demikian, atas kerja samanya diucapkan terima kasih. Ewako!", first=720),
    ]
    body += w.ttd(None, "Koordinator BPP Kec. Lappariaja Timur,", "ANDI SYAHRIR, S.P.",
                  nip="19740618 200501 1 009")
    spec = {
        "font": "Arial",
        "meta": {"title": "bantuan benih 2024", "author": "BPP LRT", "created": "2024-01-30T06:00:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN BULU SIAPE", "DINAS TANAMAN PANGAN, HORTIKULTURA DAN PERKEBUNAN",
                      "BALAI PENYULUHAN PERTANIAN KECAMATAN LAPPARIAJA TIMUR",
                      "Jl. Poros Bulu Siape \u2013 Lappariaja Km. 7"], "table", logo="[LOGO]"),
        "footer": [P("BPP Lappariaja Timur \u2013 Petani Maju, Pangan Terjamin", align="center", size=16)],
        "body": body,
    }
    w.memo(7, spec, True, ["endorsement", "campaign-activity", "inducement", "state-facility",
                           "letterhead-misuse"], [7, 8, 9, 13],
           "BPP menyalurkan benih/pompa sebagai 'hasil perjuangan' caleg Andi Tenri Sau, kumpul KTP petani, "
           "target suara PPL, ancaman alihkan pompa bagi poktan yang tidak mendukung")


def m008(w):
    # BKPSDM, Kalsel, after Pemilu: penyampaian keputusan hukuman disiplin quoting the violation
    body = []
    body += w.nomor_block("800.1.6.4/287/BKPSDM/III/2024", "Segera", "1 (satu) eksemplar SK",
                          "Penyampaian Keputusan Hukuman Disiplin", place_date="Banua Anyar, 18 Maret 2024")
    body += w.kepada(["Sdr. AHMAD RIFANI, S.P.", "NIP 19880211 201503 1 002",
                      "Penyuluh Pertanian Ahli Pertama pada Dinas Pertanian", "di", "\tBanua Anyar"])
    body += [
        P("Berdasarkan Laporan Hasil Pemeriksaan Tim Pemeriksa tanggal 4 Maret 2024 dan rekomendasi Komisi "
          "Aparatur Sipil Negara Nomor B-0711/KASN/2/2024, Saudara terbukti:", first=720),
        w.item("a.", "menghadiri deklarasi dukungan kepada salah satu calon anggota DPR RI Dapil Kalimantan "
               "Selatan di Gedung Serbaguna Desa Hantakan pada 20 Januari 2024 pada hari kerja;"),
        w.item("b.", "berfoto bersama calon tersebut dengan mengacungkan simbol jari nomor urut dan "
               "mengunggahnya ke akun Facebook pribadi dengan keterangan \u201cKami siap memenangkan, "
               "Banua pasti maju!\u201d."),
        P("Perbuatan tersebut melanggar kewajiban menjaga netralitas sebagaimana dimaksud dalam Pasal 9 ayat "
          "(2) Undang-Undang Nomor 20 Tahun 2023 tentang ASN dan Pasal 5 huruf n Peraturan Pemerintah "
          "Nomor 94 Tahun 2021.", first=720),
        P("Sehubungan dengan hal tersebut, bersama ini disampaikan Keputusan Bupati Banua Anyar Nomor "
          "800.1.6.4/094/2024 tentang Penjatuhan Hukuman Disiplin Sedang berupa pemotongan tunjangan "
          "kinerja sebesar 25% (dua puluh lima persen) selama 6 (enam) bulan. Saudara dapat mengajukan "
          "upaya administratif dalam jangka waktu 15 (lima belas) hari kerja sejak keputusan diterima.",
          first=720),
        P("Demikian disampaikan untuk dilaksanakan.", first=720),
    ]
    body += w.ttd(None, ["KEPALA BADAN KEPEGAWAIAN DAN", "PENGEMBANGAN SUMBER DAYA MANUSIA,"],
                  "Drs. H. MUHAMMAD NOOR HIDAYAT, M.AP.", nip="19690707 199003 1 011")
    body += w.tembusan(["Bupati Banua Anyar;", "Ketua KASN di Jakarta;", "Kepala Dinas Pertanian;",
                        "Ketua Bawaslu Kabupaten Banua Anyar."])
    spec = {
        "font": "Bookman Old Style", "size": 22,
        "meta": {"title": "Penyampaian SK HD - A. Rifani", "author": "Bid. Penilaian Kinerja",
                 "created": "2024-03-18T02:00:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN BANUA ANYAR",
                      "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                      "Jl. A. Yani Km. 2,5 Banua Anyar Kalimantan Selatan 71211"], "header"),
        "body": body,
    }
    w.memo(8, spec, False, [], [14],
           "Surat BKPSDM penyampaian hukuman disiplin yang mengutip deklarasi dukungan dan unggahan 'siap memenangkan'")


def m009(w):
    # Dinsos, Kalsel, Pilkada gubernur: notulen pendamping PKH with decisions
    dec = [["No", "Keputusan / Kesepakatan", "PJ"],
           ["1", "Disepakati seluruh pendamping PKH dan TKSK bergabung dalam relawan \u201cSahabat Banua\u201d "
                 "pasangan H. Rusdiansyah \u2013 Hj. Norlaila; SK relawan dibagikan minggu depan.", "Korkab PKH"],
           ["2", "Target suara KPM PKH per kecamatan minimal 70%, dilaporkan tiap Senin.", "Korcam"],
           ["3", "Konsolidasi relawan di tiap kecamatan setiap Jumat sore bertempat di kantor UPT/sekretariat "
                 "PKH kecamatan.", "Korcam"],
           ["4", "Pertemuan P2K2 bulan Oktober\u2013November disisipi sesi pengenalan pasangan; KPM yang tidak "
                 "hadir dicatat dan diusulkan masuk daftar evaluasi graduasi.", "Pendamping"],
           ["5", "Pendamping mengumpulkan fotokopi KTP KPM beserta nomor HP paling lambat 15 Oktober 2024.",
            "Pendamping"]]
    body = []
    body += w.title("NOTULEN RAPAT KOORDINASI PENDAMPING SOSIAL")
    body += w.field_rows([("Hari/Tanggal", "Kamis, 3 Oktober 2024"), ("Waktu", "14.00 \u2013 16.30 WITA"),
                          ("Tempat", "Aula Dinas Sosial Kabupaten Batang Alai"),
                          ("Pimpinan Rapat", "Kepala Bidang Perlindungan dan Jaminan Sosial"),
                          ("Peserta", "34 pendamping PKH, 12 TKSK, 4 korcam (daftar hadir terlampir)")],
                         indent=0, tab=2268)
    body += [
        w.blank(),
        P("**Jalannya rapat:**", align="left"),
        w.item("1.", "Pimpinan rapat menyampaikan bahwa \u201cpian barataan sudah tahu lah siapa yang "
               "membantu Banua selama ini\u201d dan meminta pendamping kompak."),
        w.item("2.", "Sdr. Fahriannor (Korcam Haur Gading) bertanya apakah pendamping boleh ikut; dijawab "
               "\u201ckada usah takutan, ulun yang tanggung jawab, asal jangan pakai baju dinas\u201d."),
        w.item("3.", "Sdri. Jumiati menyampaikan KPM di desanya sudah banyak yang condong ke pasangan lain; "
               "disarankan didatangi rumah ke rumah bersama ketua kelompok KPM."),
        w.blank(),
        P("**Keputusan rapat:**", align="left"),
        {"table": dec, "widths": [567, 6804, 1700], "header_row": True},
        w.blank(),
        P("Rapat ditutup pukul 16.30 WITA dengan doa.", align="left"),
    ]
    body += w.ttd("Batang Alai, 3 Oktober 2024", "Notulis,", "RAHMAWATI, S.Sos.")
    spec = {
        "font": "Arial", "size": 22,
        "meta": {"title": "notulen rakor pendamping okt", "author": "sekre bid linjamsos",
                 "created": "2024-10-03T09:00:00Z"},
        "kop": w.kop(["PEMERINTAH KABUPATEN BATANG ALAI", "DINAS SOSIAL",
                      "Jl. Murakata No. 21 Batang Alai \u2013 Kalimantan Selatan"], "table", logo="[LOGO KAB]"),
        "body": body,
    }
    w.memo(9, spec, True, ["endorsement", "campaign-activity", "inducement", "state-facility",
                           "letterhead-misuse"], [2, 4, 8, 9],
           "Notulen Dinsos: disepakati pendamping PKH jadi relawan pasangan Rusdiansyah-Norlaila, target suara "
           "KPM 70%, konsolidasi di kantor UPT, ancaman graduasi, kumpul KTP KPM")


def m010(w):
    # RSUD, Banten, Pemilu: jadwal dinas hari pemungutan suara, KPPS dispensasi
    body = [
        P("PEMERINTAH KABUPATEN LEBAK WANGI", align="center", bold=True, after=0),
        P("RUMAH SAKIT UMUM DAERAH SUMUR BATU", align="center", bold=True, size=30, after=0),
        P("Jl. Raya Sumur Batu Km. 1, Lebak Wangi, Banten 42381 \u2013 Telp. (0252) 208 114", align="center",
          size=18, border_bottom=True, after=200),
    ]
    body += w.title("NOTA DINAS", "Nomor: 800/212/RSUD-SB/II/2024")
    body += w.field_rows([("Kepada", "Yth. Para Kepala Bidang, Kepala Instalasi dan Kepala Ruangan"),
                          ("Dari", "Direktur RSUD Sumur Batu"),
                          ("Tanggal", "5 Februari 2024"),
                          ("Perihal", "Pengaturan Jadwal Dinas pada Hari Pemungutan Suara 14 Februari 2024")],
                         indent=0, tab=1418)
    body += [
        P("", border_bottom=True, after=120),
        P("Sehubungan dengan ditetapkannya hari Rabu, 14 Februari 2024 sebagai hari libur nasional dalam "
          "rangka Pemilihan Umum, dengan ini disampaikan:", first=720),
        P("Pelayanan IGD, rawat inap, ICU, kamar bersalin, hemodialisa dan farmasi tetap berjalan 24 jam; "
          "poliklinik rawat jalan tutup.", num=0),
        P("Kepala Ruangan mengatur pertukaran jadwal sehingga setiap pegawai memperoleh waktu paling sedikit "
          "3 (tiga) jam untuk **menggunakan hak pilih** di TPS masing-masing.", num=0),
        P("Pegawai yang ditetapkan sebagai anggota KPPS/PPS/Pengawas TPS agar menyerahkan fotokopi SK "
          "penetapan ke Bagian Kepegawaian paling lambat 9 Februari 2024 untuk diberikan dispensasi "
          "tanggal 13\u201315 Februari 2024.", num=0),
        P("Pasien rawat inap dan keluarga penunggu yang ingin memilih difasilitasi melalui TPS keliling "
          "KPU; petugas ruangan hanya membantu pendataan formulir pindah memilih tanpa mengarahkan pilihan "
          "apa pun.", num=0),
        P("Selama masa tenang dan hari pemungutan suara, seluruh pegawai tetap menjaga netralitas, tidak "
          "memakai atribut peserta pemilu di lingkungan rumah sakit, dan tidak membahas pilihan politik "
          "dengan pasien.", num=0),
        P("Demikian untuk dilaksanakan dengan penuh tanggung jawab.", first=720),
    ]
    body += w.ttd(None, "Direktur,", "dr. RATNA JUWITA SARI, M.Kes.", nip="19790101 200604 2 015")
    spec = {
        "font": "Tahoma", "size": 22,
        "meta": {"title": "ND jadwal dinas pemilu", "author": "Bag. Umum & Kepegawaian RSUD",
                 "created": "2024-02-05T01:30:00Z"},
        "_kop_in_body": True,
        "footer": [P("RSUD Sumur Batu \u2013 Terakreditasi Paripurna | Melayani dengan Hati", align="center",
                     size=16)],
        "body": body,
    }
    w.memo(10, spec, False, [], [14],
           "Nota dinas RSUD: jadwal dinas 14 Feb agar pegawai gunakan hak pilih, dispensasi KPPS, netralitas")


def build(w):
    globals()["P"] = w.P
    for f in (m001, m002, m003, m004, m005, m006, m007, m008, m009, m010):
        f(w)
