from lib import P, blank, nomor, nomor_table, yth, sign, tembusan, title

MEMOS = []


def add(num, spec, label):
    MEMOS.append((num, spec, label))


# ---------------------------------------------------------------- 001
add(1, {
    "font": "Arial",
    "meta": {"title": "Surat Kadisdik - kehadiran 17 Nov", "author": "SUBBAG UMUM DISDIK",
             "created": "2024-11-12T01:40:00Z", "modified": "2024-11-12T03:05:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN KAMPAR",
        "DINAS PENDIDIKAN",
        "Jalan Prof. M. Yamin, S.H. Nomor 87 Bangkinang Kota, Kode Pos 28412, Telp. (0762) 20119"]},
    "body": nomor([
        ("Nomor", "005/Disdik-Sekr/XI/2024/1187"),
        ("Sifat", "Penting/Segera"),
        ("Lampiran", "1 (satu) lembar"),
        ("Hal", "Kehadiran pada Rapat Umum Pasangan Nomor Urut 2 di Lapangan Merdeka Bangkinang"),
    ], place_date="Bangkinang Kota, 12 November 2024") + yth([
        "Yth. Kepala SD Negeri dan SMP Negeri",
        "se-Kecamatan Bangkinang Kota, Bangkinang,",
        "Kampar, Salo dan Kuok",
        "di -",
        "      Tempat",
    ]) + [
        P("Sehubungan dengan akan dilaksanakannya Rapat Umum Pasangan Bupati dan Wakil Bupati Nomor Urut 2 pada hari Minggu tanggal 17 November 2024 bertempat di Lapangan Merdeka Bangkinang, bersama ini kami sampaikan kepada Saudara hal-hal sebagai berikut:", first=720),
        P("Setiap SD Negeri mengirimkan sekurang-kurangnya 10 (sepuluh) orang guru dan tenaga kependidikan, sedangkan setiap SMP Negeri 15 (lima belas) orang, dengan rincian sebagaimana tercantum dalam lampiran surat ini;", num=0),
        P("Peserta berkumpul di halaman Kantor Dinas Pendidikan Kabupaten Kampar paling lambat pukul 07.00 WIB. Keberangkatan menggunakan bus sekolah dan kendaraan operasional Dinas yang telah disiapkan oleh Subbagian Umum dan Kepegawaian;", num=0),
        P("Peserta mengenakan kemeja putih lengan panjang dan celana/rok gelap. Tanda pengenal pegawai, pin Korpri dan atribut kedinasan lainnya %%tidak dipakai%% selama kegiatan;", num=0),
        P("Konsumsi peserta berupa nasi kotak dan air mineral disediakan oleh panitia di lokasi, sehingga sekolah tidak perlu menyediakan konsumsi sendiri;", num=0),
        P("Nama-nama peserta agar disampaikan kepada Sekretaris Dinas paling lambat hari Kamis tanggal 14 November 2024 melalui nomor WhatsApp 0813-7112-4409 (Sdri. Yulia, Subbag Umum). Kehadiran peserta akan dicek langsung di lokasi oleh Kasubbag Umum dan Kepegawaian.", num=0),
        P("Demikian disampaikan, atas perhatian dan kerja sama Bapak/Ibu diucapkan terima kasih.", first=720),
    ] + sign(["Kepala Dinas Pendidikan", "Kabupaten Kampar,"], "Drs. H. ZULFAHMI RASYID, M.Pd.",
             ["Pembina Utama Muda (IV/c)", "NIP. 19690814 199403 1 006"]) + [
        {"pagebreak": True},
        P("Lampiran Surat Kepala Dinas Pendidikan Kabupaten Kampar", align="left", after=0, size=20),
        P("Nomor 005/Disdik-Sekr/XI/2024/1187 tanggal 12 November 2024", align="left", size=20),
        P("**PEMBAGIAN JUMLAH PESERTA PER SATUAN PENDIDIKAN**", align="center"),
        {"table": [
            ["No", "Kecamatan", "Satuan Pendidikan", "Jumlah Peserta", "Titik Kumpul"],
            ["1", "Bangkinang Kota", "SDN 001 s.d. SDN 014", "10 orang/sekolah", "Kantor Dinas"],
            ["2", "Bangkinang Kota", "SMPN 1, SMPN 2, SMPN 3", "15 orang/sekolah", "Kantor Dinas"],
            ["3", "Bangkinang", "SDN 001 s.d. SDN 019", "10 orang/sekolah", "Kantor Dinas"],
            ["4", "Kampar", "SDN 001 s.d. SDN 022, SMPN 1 dan SMPN 2", "10/15 orang", "SMPN 1 Kampar (dijemput bus)"],
            ["5", "Salo", "SDN 001 s.d. SDN 011, SMPN 1", "10/15 orang", "SMPN 1 Salo (dijemput bus)"],
            ["6", "Kuok", "SDN 001 s.d. SDN 013, SMPN 1", "10/15 orang", "Kantor Camat Kuok"],
        ], "widths": [600, 1700, 3300, 1600, 1870], "header_row": True},
    ],
}, {"violation": True, "categories": ["campaign-activity", "state-facility", "letterhead-misuse"],
    "classes": [2, 6, 12],
    "note": "Hal surat menyebut Rapat Umum Paslon nomor urut 2; butir-butir hanya logistik (kuota guru per sekolah, bus/kendaraan Dinas, pakaian, konsumsi, absensi). Mobilisasi ASN ke kampanye satu paslon dengan kendaraan dinas."})


# ---------------------------------------------------------------- 002
add(2, {
    "font": "Bookman Old Style", "size": 23,
    "meta": {"title": "SE Netralitas ASN Pilkada Siak 2024", "author": "Bagian Organisasi Setda Siak",
             "created": "2024-09-23T02:00:00Z", "modified": "2024-09-24T06:10:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KABUPATEN SIAK",
        "SEKRETARIAT DAERAH",
        "Komplek Perkantoran Tanjung Agung, Jalan Raja Kecik, Siak Sri Indrapura 28773"]},
    "footer": [P("SE Netralitas ASN - halaman 1", align="right", size=16)],
    "body": title("SURAT EDARAN", "Nomor: 800.1.6/BKPSDM/SE/2024/412") + [
        P("TENTANG", align="center", after=0, bold=True),
        P("NETRALITAS PEGAWAI APARATUR SIPIL NEGARA DALAM PEMILIHAN BUPATI DAN WAKIL BUPATI SIAK TAHUN 2024", align="center", bold=True),
        P("Yth. 1. Kepala Perangkat Daerah;\n        2. Camat se-Kabupaten Siak;\n        3. Kepala Satuan Pendidikan dan Kepala Puskesmas;\n        4. Pegawai ASN (PNS dan PPPK) di lingkungan Pemerintah Kabupaten Siak.", align="left"),
        P("Dalam rangka menjaga netralitas Pegawai Aparatur Sipil Negara pada tahapan kampanye Pemilihan Bupati dan Wakil Bupati Siak Tahun 2024 yang berlangsung sejak tanggal 25 September sampai dengan 23 November 2024, serta dengan memperhatikan Keputusan Bersama tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan Pemilu dan Pemilihan{fn:1}, dengan ini disampaikan hal-hal sebagai berikut:", first=720),
        P("Pegawai ASN wajib bersikap netral, tidak berpihak dari segala bentuk pengaruh manapun dan tidak memihak kepada kepentingan pasangan calon, partai politik maupun tim kampanye.", num=0),
        P("Pegawai ASN **dilarang**:", num=0),
        P("memasang spanduk, baliho, stiker atau alat peraga lainnya terkait pasangan calon, termasuk pada kendaraan pribadi yang dibawa ke kantor dan kendaraan dinas;", num=1),
        P("melakukan sosialisasi atau kampanye melalui media sosial, antara lain membuat unggahan, memberikan komentar, membagikan ulang (share), memberikan tanda suka (like), mengikuti (follow) atau bergabung dalam akun maupun grup pemenangan pasangan calon;", num=1),
        P("menghadiri deklarasi, kampanye, rapat umum, konsolidasi relawan atau kegiatan sejenis, baik di dalam maupun di luar jam kerja, kecuali dalam rangka tugas pengamanan atau tugas kedinasan yang sah;", num=1),
        P("berfoto bersama pasangan calon atau tim kampanye dengan mengikuti simbol gerakan tangan atau gestur yang menunjukkan keberpihakan, dan mengunggah foto tersebut;", num=1),
        P("menjadi anggota tim kampanye, tim pemenangan, relawan atau saksi pasangan calon;", num=1),
        P("menggunakan fasilitas yang terkait dengan jabatan, antara lain kendaraan dinas, gedung dan ruang rapat kantor, peralatan, anggaran dan jam kerja, untuk kepentingan pasangan calon;", num=1),
        P("mengumpulkan fotokopi KTP-el, Kartu Keluarga atau surat pernyataan dukungan untuk pasangan calon;", num=1),
        P("membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon, termasuk mengaitkan penyaluran bantuan pemerintah dengan pilihan warga;", num=1),
        P("mengadakan kegiatan yang mengarah kepada keberpihakan, meliputi pertemuan, ajakan, imbauan, seruan atau pemberian barang, uang maupun fasilitas lain kepada pegawai di lingkungan unit kerja, anggota keluarga dan masyarakat.", num=1),
        P("Pegawai ASN tetap menggunakan hak pilihnya pada hari pemungutan suara tanggal 27 November 2024 dan tidak mengajak pihak lain untuk memilih atau tidak memilih pasangan calon tertentu.", num=0),
        P("Pimpinan Perangkat Daerah dan Camat wajib melakukan pengawasan terhadap pegawai di lingkungannya, dan melaporkan dugaan pelanggaran kepada BKPSDM Kabupaten Siak atau melalui kanal pengaduan {link:https://www.lapor.go.id|www.lapor.go.id}. Pelanggaran netralitas dikenai hukuman disiplin sesuai Peraturan Pemerintah Nomor 94 Tahun 2021.", num=0),
        P("Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab.", first=720),
    ] + sign(["a.n. BUPATI SIAK", "SEKRETARIS DAERAH,"], "Dr. H. ARFAN USMAN, M.Si.",
             ["Pembina Utama Madya (IV/d)", "NIP. 19710506 199603 1 004"],
             place_date="Ditetapkan di Siak Sri Indrapura\npada tanggal 24 September 2024") + tembusan([
        "Bupati Siak (sebagai laporan);",
        "Ketua Bawaslu Kabupaten Siak;",
        "Inspektur Kabupaten Siak.",
    ]),
    "footnotes": {"1": "Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, Ketua KASN dan Ketua Bawaslu Tahun 2022."},
}, {"violation": False, "categories": [], "classes": [14],
    "note": "SE netralitas yang mendaftar seluruh larangan (spanduk, like/share/follow, deklarasi, tim pemenangan, fasilitas, KTP, bantuan); kop pada memo patuh bukan pelanggaran."})


# ---------------------------------------------------------------- 003
add(3, {
    "font": "Calibri", "size": 22,
    "meta": {"title": "transkrip vn", "author": "Staf Pemerintahan", "created": "2024-10-14T14:30:00Z"},
    "body": [
        P("**TRANSKRIP PESAN SUARA (VN)**", align="left", after=0),
        P("Grup WA: %%Kades & Lurah Kec. Tellu Siattinge%%", align="left", after=0, size=20),
        P("Pengirim: Pak Camat  |  14/10/2024 21.07  |  durasi 3:41", align="left", after=0, size=20),
        P("(diketik ulang untuk Bapak/Ibu yang tidak bisa buka VN, mohon maaf kalau ada yang kurang jelas)", align="left", italic=True, size=20, border_bottom=True),
        P("\"Assalamualaikum warahmatullahi wabarakatuh. Tabe' semua Pak Desa, Pak Lurah. Ini saya mau sampaikan hasil pertemuan tadi sore di rujab, karena banyak yang tidak datang. Jadi begini, kita semua sudah tau to, jalan tani sampai ke dusun-dusun, irigasi di Lappae, semua itu dari Puang Andi Baso Mappaturi. Jadi kita mau beliau lanjut periode berikutnya, itu sudah harga mati di'. [suara kurang jelas]"),
        P("Mulai besok Pak Desa kumpulkan fotokopi KTP warganya, minimal dua ratus lembar tiap desa, kelurahan tiga ratus. Serahkan ke Pak Sekcam paling lambat hari Sabtu. Jangan kirim foto KTP lewat grup ini, bawa langsung saja map-nya, kasih nama desanya di luar."),
        P("Untuk kader yang kumpul, ada uang bensin. Lima puluh ribu per sepuluh KTP. Itu sudah disiapkan, ambil di Pak Sekcam juga pas setor. Iye."),
        P("Terus satu lagi, itu bantuan bibit jagung sama pupuk yang masuk bulan depan, prioritaskan dulu yang sudah setor KTP na. Yang belum, belakangan saja, bilang datanya masih diverifikasi. Kita harus tau siapa yang sama kita.\""),
        P("[VN kedua, 0:22] \"Oh, sama... kalau ada warga tanya, bilang saja dari Sahabat ABM, jangan bilang dari kecamatan. Hapus VN ini kalau sudah didengar. Wassalam.\""),
        P("--- selesai ---", align="center", size=20),
    ],
}, {"violation": True, "categories": ["endorsement", "inducement"], "classes": [1, 7, 8, 11],
    "note": "Transkrip VN Camat: ingin Andi Baso Mappaturi 'lanjut periode berikutnya', kumpulkan fotokopi KTP 200/desa, uang bensin per 10 KTP, bantuan bibit/pupuk diprioritaskan bagi yang setor KTP. Tanpa kop."})


# ---------------------------------------------------------------- 004
add(4, {
    "font": "Tahoma", "size": 22,
    "meta": {"title": "ND pencairan hibah tahap II", "author": "Bidang Anggaran BPKAD",
             "created": "2024-07-08T00:50:00Z", "modified": "2024-07-08T04:12:00Z",
             "last_modified_by": "Kabid Anggaran"},
    "kop": {"placement": "table", "logo": "[LOGO KOTA PALU]", "lines": [
        "PEMERINTAH KOTA PALU",
        "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
        "Jalan Balaikota Selatan Nomor 1 Palu, Sulawesi Tengah 94111"]},
    "body": title("NOTA DINAS", underline=False) + nomor_table([
        ("Kepada", "Yth. Wali Kota Palu"),
        ("Melalui", "Sekretaris Daerah Kota Palu"),
        ("Dari", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah"),
        ("Tanggal", "8 Juli 2024"),
        ("Nomor", "900.1.3/1486/BPKAD"),
        ("Sifat", "Segera"),
        ("Lampiran", "-"),
        ("Hal", "Pencairan Tahap II Dana Hibah Pemilihan Wali Kota dan Wakil Wali Kota Palu Tahun 2024"),
    ]) + [
        P("Dengan hormat, bersama ini kami laporkan perkembangan penyaluran dukungan anggaran Pemerintah Kota Palu untuk penyelenggaraan Pemilihan Wali Kota dan Wakil Wali Kota Palu Tahun 2024, sebagai berikut:", first=0),
        P("Naskah Perjanjian Hibah Daerah (NPHD) telah ditandatangani pada tanggal 10 November 2023 antara Pemerintah Kota Palu dengan KPU Kota Palu, Bawaslu Kota Palu, Polresta Palu dan Kodim 1306/Kota Palu.", num=0),
        P("Tahap I sebesar 40% telah disalurkan ke rekening hibah masing-masing penerima pada bulan Desember 2023. Sesuai ketentuan Permendagri Nomor 54 Tahun 2019 sebagaimana telah diubah dengan Permendagri Nomor 41 Tahun 2020, sisa 60% disalurkan paling lambat 4 (empat) bulan sebelum hari pemungutan suara.", num=0),
        P("Rincian penyaluran:", num=0),
        {"table": [
            ["Penerima", "Nilai NPHD (Rp)", "Tahap I 40% (Rp)", "Tahap II 60% (Rp)"],
            ["KPU Kota Palu", "31.250.000.000", "12.500.000.000", "18.750.000.000"],
            ["Bawaslu Kota Palu", "11.400.000.000", "4.560.000.000", "6.840.000.000"],
            ["Polresta Palu (pengamanan)", "3.800.000.000", "1.520.000.000", "2.280.000.000"],
            ["Kodim 1306/Kota Palu (pengamanan)", "1.200.000.000", "480.000.000", "720.000.000"],
            ["**Jumlah**", "**47.650.000.000**", "**19.060.000.000**", "**28.590.000.000**"],
        ], "widths": [3070, 2000, 2000, 2000], "header_row": True},
        P("SP2D Tahap II untuk KPU dan Bawaslu Kota Palu dijadwalkan terbit tanggal 15 Juli 2024 setelah penerima menyampaikan laporan penggunaan Tahap I{ins: dan pakta integritas penggunaan dana hibah}. Untuk Polresta dan Kodim, pencairan menunggu kelengkapan rencana kebutuhan biaya pengamanan tahapan kampanye dan pemungutan suara.", num=0, cont=True),
        P("Mohon arahan Bapak Wali Kota agar penyaluran dapat dilaksanakan tepat waktu sehingga seluruh tahapan, termasuk pencalonan dan penetapan pasangan calon, tidak terhambat karena keterlambatan dukungan pendanaan.", num=0, cont=True),
        P("Demikian disampaikan, mohon petunjuk lebih lanjut.", first=0),
    ] + sign("Kepala Badan,", "MOH. RIZAL LAMAKARATE, S.E., M.M.",
             ["Pembina Tk. I (IV/b)", "NIP. 19760222 200212 1 003"]),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Umpan: 'dukungan anggaran' hibah Pilkada ke KPU/Bawaslu/pengamanan; 'penetapan pasangan calon' netral; ada tracked insertion netral."})


# ---------------------------------------------------------------- 005
add(5, {
    "font": "Times New Roman",
    "meta": {"title": "Notulen Rakor Kades 8 Okt", "author": "Kasi Pemerintahan",
             "created": "2024-10-08T07:20:00Z"},
    "kop": {"placement": "table", "logo": "LOGO KUKAR", "lines": [
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA",
        "KECAMATAN TENGGARONG SEBERANG",
        "Jalan Poros Samarinda-Tenggarong KM 16, Tenggarong Seberang 75572"]},
    "body": [
        P("**NOTULEN RAPAT**", align="center", after=200),
        {"table": [
            ["Hari/Tanggal", ":", "Selasa, 8 Oktober 2024"],
            ["Waktu", ":", "09.00 WITA s.d. 12.15 WITA"],
            ["Tempat", ":", "Aula Kantor Camat Tenggarong Seberang"],
            ["Pimpinan Rapat", ":", "Camat Tenggarong Seberang"],
            ["Notulis", ":", "Kasi Pemerintahan"],
            ["Peserta", ":", "Kepala Desa se-Kecamatan Tenggarong Seberang (16 dari 18 hadir), Sekretaris Camat, para Kasi"],
            ["Acara", ":", "Rapat Koordinasi Kepala Desa Triwulan IV"],
        ], "widths": [2000, 300, 6770], "borders": False},
        blank(),
        P("**I. PEMBUKAAN**", align="left"),
        P("Rapat dibuka oleh Camat pukul 09.10 WITA. Camat menyampaikan terima kasih atas kehadiran para Kepala Desa dan mengingatkan laporan realisasi Dana Desa tahap II yang harus masuk paling lambat 20 Oktober.", first=0),
        P("**II. PEMBAHASAN**", align="left"),
        P("Evaluasi realisasi Dana Desa dan ADD: 11 desa sudah di atas 70%, 5 desa masih di bawah 50% (Separi, Embalut, Loa Lepu, Bukit Raya, Kerta Buana).", num=0),
        P("Camat menyampaikan bahwa Ibu Hj. Rahmawati Aziz selama menjabat telah banyak membantu desa-desa di Tenggarong Seberang, antara lain semenisasi jalan usaha tani dan bantuan alsintan. \"Kita semua punya kepentingan supaya beliau memimpin kembali Kukar lima tahun ke depan, jangan sampai program yang sudah jalan terputus,\" kata Camat.", num=0),
        P("Kades Bangun Rejo menanyakan bagaimana teknis di lapangan karena banyak warga transmigran yang belum kenal pasangan Ibu Rahmawati dengan H. Syamsul Bahri. Camat menjawab akan dibentuk relawan sampai tingkat RT.", num=0),
        P("Kades Separi mengingatkan adanya pengawas kecamatan (Panwascam). Sekcam menyarankan kegiatan relawan dilakukan sore/malam dan tidak memakai kop desa.", num=0),
        P("**III. KESIMPULAN / KEPUTUSAN RAPAT**", align="left"),
        P("Rapat **sepakat** setiap desa menargetkan perolehan suara minimal **65%** untuk pasangan Rahmawati Aziz – H. Syamsul Bahri pada 27 November 2024, dengan rincian target per desa sebagaimana tabel di bawah.", num=0),
        P("**Diputuskan** dibentuk Relawan Desa sebanyak 10 orang per desa dengan koordinator Sekretaris Desa. Nama relawan diserahkan ke Sekcam paling lambat Senin, 14 Oktober 2024.", num=0, cont=True),
        P("Balai desa dapat digunakan sebagai posko pertemuan relawan pada malam hari. Biaya konsumsi pertemuan dibebankan pada pos rapat koordinasi desa.", num=0, cont=True),
        P("Perkembangan dilaporkan setiap hari Senin pada saat apel di kantor camat.", num=0, cont=True),
        {"table": [
            ["Desa", "DPT (perkiraan)", "Target (65%)", "Koordinator"],
            ["Bangun Rejo", "4.820", "3.133", "Sekdes Bangun Rejo"],
            ["Bukit Pariaman", "3.110", "2.022", "Sekdes Bukit Pariaman"],
            ["Embalut", "2.640", "1.716", "Kades Embalut"],
            ["Manunggal Jaya", "3.905", "2.538", "Sekdes Manunggal Jaya"],
            ["Separi", "2.215", "1.440", "Sekdes Separi"],
            ["Sukamaju", "3.470", "2.256", "Sekdes Sukamaju"],
            ["... (desa lainnya menyusul)", "", "", ""],
        ], "widths": [2600, 2000, 2000, 2470], "header_row": True},
        blank(),
        P("**IV. PENUTUP**", align="left"),
        P("Rapat ditutup pukul 12.15 WITA dengan doa.", first=0),
        {"table": [
            [["Mengetahui,", "Camat Tenggarong Seberang,", "", "", "**__H. M. NOOR ARIFIN, S.Sos.__**", "NIP. 19730310 199803 1 007"],
             ["Notulis,", "Kasi Pemerintahan,", "", "", "**__DESY WULANDARI, S.IP.__**", "NIP. 19880917 201001 2 004"]],
        ], "widths": [4535, 4535], "borders": False},
    ],
}, {"violation": True, "categories": ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"],
    "classes": [1, 4, 7, 9],
    "note": "Notulen rakor kades: 'beliau memimpin kembali Kukar', rapat sepakat target suara 65% per desa untuk pasangan Rahmawati–Syamsul, bentuk relawan desa, balai desa jadi posko, konsumsi dari pos rapat desa. Kop tabel."})


# ---------------------------------------------------------------- 006
add(6, {
    "font": "Arial", "size": 22,
    "meta": {"title": "info PIN polio", "author": "PKM Baamang I", "created": "2024-07-16T23:15:00Z"},
    "kop": {"placement": "body", "lines": [
        "PEMERINTAH KABUPATEN KOTAWARINGIN TIMUR",
        "DINAS KESEHATAN",
        "UPT PUSKESMAS BAAMANG I",
        "Jalan Tidar Nomor 14, Sampit 74312  -  email: pkmbaamang1@gmail.com"]},
    "body": [
        blank(),
        P("**PENGUMUMAN INTERNAL**", align="center", after=0),
        P("(disalin dari broadcast WA Kepala Puskesmas, Rabu 17 Juli 2024)", align="center", italic=True, size=20),
        P("*INFO PENTING* 📢📢\nAssalamualaikum & selamat pagi rekan2 nakes dan kader sekalian 🙏"),
        P("Sesuai surat Dinkes, PIN POLIO PUTARAN KE-2 dimulai *Selasa 23 Juli s/d Senin 29 Juli 2024*. Target kita 95% anak usia 0-7 th di wilayah kerja, jangan sampe ada yg ketinggalan!!"),
        P("Utk itu kita bikin *KAMPANYE AKBAR* 2 tetes polio hari Sabtu 20 Juli jam 7 pagi di Taman Kota Sampit, sekalian senam bareng & jalan santai keliling taman. Semua pegawai wajib hadir ya, pakai seragam putih + rompi PIN. Kader posyandu tolong ajak ibu2 balita sebanyak2nya."),
        P("Tiap kelurahan dibentuk *TIM SUKSES PIN* (bidan kelurahan + 3 kader + 1 petugas promkes). Tim sukses yg capaian paling tinggi dapat hadiah dari Kapus 🏆😄"),
        P("Bantu juga sebar flyer di status WA & FB masing2, like dan share postingan IG resmi puskesmas @pkm.baamang1 supaya jangkauan luas. Kalau ada hoaks soal vaksin polio langsung lapor ke grup, jangan dibalas sendiri."),
        P("Dukungan lintas sektor sudah ada: Pak Lurah & ketua RT siap bantu woro-woro di masjid/musala."),
        P("Jadwal pos PIN silakan *pilih salah satu jadwal* sesuai posyandu binaan (pagi 08.00-11.00 atau sore 14.00-16.00), isi di link bit.ly/jadwalPINbaamang paling lambat Jumat."),
        P("Ayo sukseskan PIN Polio, lindungi anak2 kita! 💪💉\n~ dr. Wahyu Kusumaningrum, Kapus"),
        blank(),
        P("Sampit, 17 Juli 2024", indent=5103, after=0, align="left"),
        P("Tata Usaha UPT Puskesmas Baamang I", indent=5103, after=0, align="left"),
    ],
}, {"violation": False, "categories": [], "classes": [11, 14],
    "note": "Umpan informal: 'kampanye akbar' imunisasi polio, 'tim sukses PIN', 'sukseskan', target 95%, like/share IG puskesmas, 'pilih salah satu jadwal'. Tidak ada unsur politik."})


# ---------------------------------------------------------------- 007
add(7, {
    "font": "Calibri",
    "meta": {"title": "ND Direktur baksos Girian", "author": "Bagian Umum RSUD",
             "created": "2024-10-14T02:00:00Z", "modified": "2024-10-15T00:30:00Z"},
    "kop": {"placement": "header", "lines": [
        "PEMERINTAH KOTA BITUNG",
        "RUMAH SAKIT UMUM DAERAH KOTA BITUNG",
        "Jalan Sam Ratulangi, Kelurahan Girian Weru Satu, Kecamatan Girian, Bitung 95544"]},
    "body": title("NOTA DINAS", underline=True) + nomor([
        ("Kepada", "Kabid Pelayanan Medik; Kabid Penunjang; Kasubag Umum dan Perlengkapan"),
        ("Dari", "Direktur"),
        ("Tanggal", "14 Oktober 2024"),
        ("Nomor", "440/RSUD-BTG/ND/1092/X/2024"),
        ("Hal", "Pelaksanaan Bakti Sosial Pemeriksaan Kesehatan Gratis di Kelurahan Girian Permai"),
    ]) + [
        P("Menindaklanjuti hasil koordinasi dengan Koordinator Relawan %%Sahabat Maxi%% pendukung Bapak Drs. Maximilian Rondonuwu, M.Si., pada hari Jumat tanggal 11 Oktober 2024, bersama ini diminta Saudara menyiapkan pelaksanaan bakti sosial pemeriksaan kesehatan gratis dengan ketentuan:", first=0),
        P("Waktu dan tempat: Sabtu, 19 Oktober 2024, pukul 08.00 WITA s.d. selesai, di lapangan Kelurahan Girian Permai.", num=0),
        P("Kabid Pelayanan Medik menunjuk 2 (dua) dokter umum, 6 (enam) perawat dan 2 (dua) petugas laboratorium untuk pemeriksaan tensi, gula darah, asam urat dan kolesterol.", num=0),
        P("Kabid Penunjang menyiapkan obat-obatan dasar dari gudang farmasi RSUD serta reagen strip untuk ±400 pasien. Pencatatan pemakaian dibuat seperti kegiatan pelayanan luar gedung biasa.", num=0),
        P("Kasubag Umum menyiapkan 1 (satu) unit ambulans beserta sopir, mobil operasional, 2 (dua) tenda, 100 kursi dan pengeras suara milik RSUD.", num=0),
        P("Seluruh petugas mengenakan rompi oranye yang disiapkan oleh pihak relawan, tidak memakai jas/seragam RSUD.", num=0),
        P("Beliau direncanakan hadir pukul 10.00 WITA untuk memberikan sambutan dan menyapa warga. Petugas diminta membantu mengatur warga untuk foto bersama yang bersangkutan sebelum beliau meninggalkan lokasi.", num=0),
        P("Daftar warga yang diperiksa (nama, alamat, nomor HP) dibuat rangkap dua; satu rangkap diserahkan kepada koordinator relawan.", num=0),
        P("Demikian untuk dilaksanakan dengan penuh tanggung jawab.", first=0),
    ] + sign("Direktur,", "dr. FERDINAND KAWENGIAN, M.Kes.",
             ["Pembina Tk. I (IV/b)", "NIP. 19750613 200502 1 001"]),
}, {"violation": True, "categories": ["state-facility", "campaign-activity", "letterhead-misuse"],
    "classes": [6, 7, 13],
    "note": "Direktur RSUD mengerahkan dokter/perawat, obat gudang farmasi, ambulans, tenda RSUD untuk baksos relawan 'Sahabat Maxi' pada masa kampanye; calon disebut sekali lalu 'beliau'/'yang bersangkutan'; rompi relawan, foto bersama, data warga ke relawan."})


# ---------------------------------------------------------------- 008
add(8, {
    "font": "Arial", "size": 22,
    "meta": {"title": "Undangan Klarifikasi", "author": "Bawaslu Polman", "created": "2024-10-07T06:00:00Z"},
    "kop": {"placement": "header", "lines": [
        "BADAN PENGAWAS PEMILIHAN UMUM",
        "KABUPATEN POLEWALI MANDAR",
        "Jalan Jenderal Sudirman Nomor 31, Polewali, Sulawesi Barat 91311"]},
    "body": nomor([
        ("Nomor", "214/PP.01.02/K.SR-04/10/2024"),
        ("Sifat", "Penting"),
        ("Lampiran", "-"),
        ("Hal", "Undangan Klarifikasi"),
    ], place_date="Polewali, 7 Oktober 2024") + yth([
        "Kepada Yth.",
        "Sdr. MUHAMMAD IDRIS, S.Pd.",
        "Kepala UPTD SDN 014 Wonomulyo",
        "di -",
        "     Tempat",
    ]) + [
        P("Dalam rangka penanganan Temuan Nomor 004/TM/PB/Kab/33.04/X/2024 tentang dugaan pelanggaran netralitas Aparatur Sipil Negara pada Pemilihan Bupati dan Wakil Bupati Polewali Mandar Tahun 2024, Bawaslu Kabupaten Polewali Mandar mengundang Saudara untuk hadir memberikan keterangan/klarifikasi pada:", first=720),
        {"table": [
            ["Hari/Tanggal", ":", "Kamis, 10 Oktober 2024"],
            ["Waktu", ":", "10.00 WITA s.d. selesai"],
            ["Tempat", ":", "Ruang Penanganan Pelanggaran Kantor Bawaslu Kabupaten Polewali Mandar"],
        ], "widths": [1900, 300, 6870], "borders": False},
        blank(),
        P("Adapun temuan dimaksud berkaitan dengan pesan berantai pada grup WhatsApp %%\"Guru SD Gugus III Wonomulyo\"%% tanggal 3 Oktober 2024 pukul 20.14 WITA yang diduga dikirimkan oleh Saudara, berbunyi:", first=720),
        {"textbox": [P("%%\"Bapak ibu guru, mari kita kawal Pak Haji Andi Ruslan dua periode. Hari Sabtu kita kumpul di lapangan Sidodadi jam 3 sore, pakai baju hijau. Yang tdk hadir nanti sy catat namanya.\"%%", align="both")], "width_cm": 14.5, "height_cm": 2.4},
        P("Pesan tersebut disertai foto spanduk bertuliskan \"POLMAN LANJUT 2 PERIODE\". Tangkapan layar pesan diperoleh Pengawas Kelurahan/Desa pada saat pengawasan melekat tahapan kampanye.", first=720),
        P("Untuk keperluan klarifikasi, Saudara diminta membawa:", first=720),
        P("KTP-el asli;", num=0),
        P("SK jabatan terakhir;", num=0),
        P("telepon genggam yang digunakan pada grup WhatsApp tersebut.", num=0),
        P("Klarifikasi ini bukan merupakan penetapan bersalah dan merupakan kesempatan bagi Saudara untuk menyampaikan keterangan. Apabila Saudara berhalangan hadir, mohon memberitahukan kepada Koordinator Divisi Penanganan Pelanggaran (Sdr. Nurhayati, 0852-4210-6637) paling lambat satu hari sebelumnya.", first=720),
        P("Demikian undangan ini disampaikan, atas perhatian dan kehadiran Saudara diucapkan terima kasih.", first=720),
    ] + sign("Ketua Bawaslu Kabupaten Polewali Mandar,", "SUPRIADI AMIR") + tembusan([
        "Ketua Bawaslu Provinsi Sulawesi Barat;",
        "Kepala BKPSDM Kabupaten Polewali Mandar;",
        "Arsip.",
    ]),
}, {"violation": False, "categories": [], "classes": [14],
    "note": "Undangan klarifikasi Bawaslu yang mengutip broadcast partisan ('kawal Pak Haji Andi Ruslan dua periode', baju hijau, 'POLMAN LANJUT 2 PERIODE') sebagai objek temuan."})


# ---------------------------------------------------------------- 009
add(9, {
    "font": "Century Gothic", "size": 21,
    "meta": {"title": "ND konten medsos Okt-Nov", "author": "Kominfo Banjar",
             "created": "2024-09-30T03:00:00Z", "modified": "2024-10-01T01:10:00Z"},
    "kop": {"placement": "table", "logo": "[logo]", "lines": [
        "PEMERINTAH KABUPATEN BANJAR",
        "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK",
        "Jalan Menteri Empat, Martapura, Kalimantan Selatan 70614"]},
    "body": [
        P("**NOTA DINAS**", align="center", after=0),
        P("Nomor: 555/0871/DISKOMINFOSTAT/2024", align="center"),
        {"table": [
            ["Yth.", ":", "Kepala Bidang Informasi dan Komunikasi Publik; Pengelola Akun Media Sosial Resmi Pemerintah Kabupaten Banjar"],
            ["Dari", ":", "Kepala Dinas"],
            ["Tanggal", ":", "1 Oktober 2024"],
            ["Hal", ":", "Penguatan Konten Media Sosial Periode Oktober s.d. November 2024"],
        ], "widths": [1300, 300, 7470], "borders": False},
        P("", border_bottom=True, after=120),
        P("Dalam rangka menjaga kesinambungan informasi pembangunan yang telah dicapai Bapak H. Rusdiansyah Noor, S.Sos., M.AP. selama lima tahun terakhir, agar dilaksanakan hal-hal berikut:", first=0),
        P("Akun resmi @pemkabbanjar dan @diskominfostatbanjar setiap hari mengunggah ulang (repost/collab) paling sedikit 2 (dua) konten dari akun {link:https://www.instagram.com/sahabatbanjarmaju|@sahabatbanjarmaju}.", num=0),
        P("Setiap caption wajib mencantumkan tagar **#BanjarMajuLanjutkan** dan **#DuaPeriodeBarokah**.", num=0),
        P("Seluruh pegawai Diskominfostat (PNS, PPPK dan tenaga kontrak) mengikuti akun tersebut serta memberikan like dan komentar positif pada setiap unggahan dalam waktu 1 jam setelah tayang.", num=0),
        P("Komentar warganet yang menyerang Bapak Bupati agar disembunyikan (hide); sedangkan unggahan yang memuat kegiatan pasangan lain tidak perlu dibagikan.", num=0),
        P("Pekerjaan ini dilakukan pada jam kerja menggunakan perangkat kantor di ruang Media Center. Tangkapan layar hasil kerja dikirim ke Kabid IKP setiap hari pukul 15.00 WITA.", num=0),
        P("Demikian, agar dilaksanakan dan tidak disebarluaskan di luar internal dinas.", first=0),
    ] + sign("Kepala Dinas,", "Ir. AHMAD FAUZAN RIDHANI, M.T.", ["NIP. 19720419 199903 1 005"]),
}, {"violation": True, "categories": ["social-media", "state-facility", "endorsement", "letterhead-misuse"],
    "classes": [1, 5, 7],
    "note": "Kadis Kominfo memerintahkan akun resmi pemkab repost akun @sahabatbanjarmaju dengan tagar #BanjarMajuLanjutkan #DuaPeriodeBarokah, pegawai wajib follow/like/komen, pada jam kerja dengan perangkat kantor; petahana H. Rusdiansyah Noor lalu 'Bapak Bupati'."})


# ---------------------------------------------------------------- 010
add(10, {
    "font": "Arial", "size": 22,
    "meta": {"title": "pemberitahuan", "author": "TU PKM", "created": "2024-01-15T04:00:00Z"},
    "kop": {"placement": "body", "lines": [
        "PEMERINTAH KABUPATEN DELI SERDANG",
        "DINAS KESEHATAN",
        "UPT PUSKESMAS TANJUNG MORAWA",
        "Jl. Sultan Serdang No. 45, Tanjung Morawa 20362"]},
    "body": [
        blank(),
        P("**PEMBERITAHUAN**", align="center", after=0),
        P("Nomor: 440/  /PKM-TM/I/2024", align="center"),
        P("Kepada Yth. Bidan Desa, Petugas Promkes dan Koordinator Kader Posyandu di wilayah kerja UPT Puskesmas Tanjung Morawa.", align="left"),
        P("Bersama ini diteruskan pesan Kepala UPT Puskesmas sebagai berikut:", first=0),
        {"textbox": [
            P("Slmt siang bpk/ibu smua. Minggu tgl 21 Jan kita ikut JALAN SEHAT bareng abangda dr. Hotman Sinaga, no 5 DPRD Provsu dapil Sumut 4, start dr lapangan Tj Morawa jam 6.30.", after=60),
            P("Bidan desa n koord kader WAJIB hadir, masing2 bawa min 10 org ibu2 dr desa binaan. Kaos biru no 5 sdh ada di ruang TU, ambil hari jumat sore.", after=60),
            P("Yg hadir nanti dpt kupon sembako & doorprize, kuponnya dibagi di lokasi. Absen sy yg pegang. Tolong jgn di share keluar grup ya 🙏", after=60),
        ], "width_cm": 15.5, "height_cm": 4.6},
        P("Hal-hal teknis:", first=0),
        P("Pendaftaran ibu-ibu peserta (nama dan nomor HP) disetor ke TU paling lambat Sabtu, 20 Januari 2024 pukul 12.00 WIB;", num=0),
        P("Kaos peserta diambil oleh masing-masing bidan desa sesuai jumlah yang didaftarkan;", num=0),
        P("Ambulans puskesmas standby di garis finis;", num=0),
        P("Pelayanan Posyandu Minggu pagi ditunda ke hari Senin.", num=0),
        P("Atas perhatiannya diucapkan terima kasih.", first=0),
        blank(),
        P("Tanjung Morawa, 15 Januari 2024", indent=5103, after=0, align="left"),
        P("Kasubbag Tata Usaha,", indent=5103, after=0, align="left"),
        blank(), blank(),
        P("**__ROSMAWATI BR. GINTING, S.K.M.__**", indent=5103, after=0, align="left"),
        P("NIP. 19800212 200604 2 011", indent=5103, after=0, align="left"),
    ],
}, {"violation": True, "categories": ["campaign-activity", "inducement", "state-facility", "letterhead-misuse"],
    "classes": [3, 6, 11],
    "note": "Pesan WA Kapus (dalam text box) mewajibkan bidan/kader hadir jalan sehat bersama caleg dr. Hotman Sinaga no. 5, bawa 10 ibu, kaos biru no 5, kupon sembako; butir teknis hanya logistik; ambulans puskesmas dipakai."})
