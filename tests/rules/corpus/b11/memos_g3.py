# Group 3: b11_021 .. b11_030  (each memo written individually)


def add(memo, g):
    nomor_block, nota_block, yth, title, sig, tembusan, P, LI = (
        g["nomor_block"], g["nota_block"], g["yth"], g["title"], g["sig"], g["tembusan"], g["P"], g["LI"])
    MEMO_KOP_BODY = g["MEMO_KOP_BODY"]

    # ------------------------------------------------------------------ 021
    body = title(["NOTA DINAS"], True)
    body += nota_block([
        ("Kepada", "Yth. Admin Media Sosial Perangkat Daerah dan Kecamatan (grup Humas Banua)"),
        ("Dari", "Kepala Bidang Informasi dan Komunikasi Publik"),
        ("Tanggal", "30 Oktober 2024"),
        ("Nomor", "400.14.1/588/Diskominfo/X/2024"),
        ("Hal", "Konten Akun Resmi Minggu Terakhir Oktober"),
    ])
    body += [
        P("Assalamualaikum. Ulun sampaikan arahan yang tadi disampaikan lisan waktu rapat admin, supaya pian "
          "semua kada salah tangkap:"),
        LI("Mulai hari ini sampai 23 November, foto profil akun Instagram dan Facebook resmi OPD/kecamatan "
           "diganti twibbon {split:BANUA MA|JU BERSA|MA AMANAH} yang bisa diunduh di "
           "{link:https://twibbonize.com/banuamajuamanah|twibbonize.com/banuamajuamanah}."),
        LI("Setiap hari minimal 2 (dua) konten dari akun @amanah.banua di-repost ke story akun resmi, lalu "
           "akun resmi mem-follow akun tersebut kalau belum."),
        LI("Caption konten capaian pembangunan pakai tagar #AmanahDuaPeriode dan #L4njutk4nAm4nah (sengaja "
           "pakai angka supaya kada kena turunkan sistem). Jangan tulis kata paslon atau nomor urut."),
        LI("AMANAH itu singkatan H. Ahmad Mukhlis \u2013 Hj. Nanah Hairiyah, jadi kalau ada warga bertanya "
           "jawab saja \u201cprogram beliau berdua harus dilanjutkan\u201d."),
        LI("Tangkapan layar story dikirim ke grup paling lambat jam 16.00 tiap hari, yang kada mengirim "
           "ulun laporkan ke kepala OPD masing-masing."),
        P("Lakasi dikerjakan lah, jangan sampai ulun menagih terus. Terima kasih."),
    ]
    body += sig("Kepala Bidang IKP,", "MUHAMMAD NORHALIS, S.Kom.", "19880316 201101 1 005")
    memo(21, {
        "font": "Calibri", "size": 22,
        "meta": {"title": "konten akun resmi", "author": "Bidang IKP", "created": "2024-10-30T06:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN BANUA ANYAR",
            "DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN",
            "Jalan Jenderal A. Yani Km 5, Martapura Anyar, Kalimantan Selatan 70614"]},
        "body": body,
    }, True, ["social-media", "endorsement", "state-facility", "letterhead-misuse"], [5, 11, 1],
        "Nota Diskominfo (logat Banjar): akun resmi OPD pasang twibbon 'BANUA MAJU BERSAMA AMANAH', repost/follow "
        "@amanah.banua, tagar #AmanahDuaPeriode/#L4njutk4nAm4nah (ejaan penghindar), AMANAH = pasangan kandidat, 'dilanjutkan'.")

    # ------------------------------------------------------------------ 022
    body = nomor_block([
        ("Nomor", "400.14.2/0903/Diskominfo/XI/2024"),
        ("Sifat", "Biasa"),
        ("Lampiran", "-"),
        ("Hal", "Penyebaran Informasi Cek DPT dan Kampanye Anti-Hoaks Pilkada"),
    ], place_date="Amurang Pesisir, 4 November 2024")
    body += yth(["Kepala Perangkat Daerah, Camat dan Hukum Tua", "se-Kabupaten Minahasa Pesisir"])
    body += [
        P("Menjelang pemungutan suara Pemilihan Gubernur dan Bupati tanggal 27 November 2024, Dinas Kominfo "
          "bersama KPU dan Bawaslu Kabupaten Minahasa Pesisir menjalankan kampanye literasi digital "
          "\u201cTorang Cerdas, Tolak Hoaks\u201d. Kami mohon bantuan admin akun resmi instansi untuk:"),
        LI("membagikan tautan pengecekan daftar pemilih {link:https://cekdptonline.kpu.go.id|cekdptonline.kpu.go.id} "
           "dan info lokasi TPS dari KPU setempat;"),
        LI("membagikan ulang infografis anti-hoaks dan cara melapor konten provokatif ke "
           "{link:https://aduankonten.id|aduankonten.id}, tanpa menambahkan komentar tentang pasangan calon mana pun;"),
        LI("menyukai dan mengikuti akun resmi KPU Kabupaten dan Bawaslu Kabupaten agar informasi tahapan "
           "cepat tersebar;"),
        LI("tidak membagikan konten, foto, atau video yang berisi ajakan memilih, ucapan dukungan, atau "
           "simbol pasangan calon, termasuk dari akun pribadi pejabat."),
        P("Materi dapat diunduh dari folder bersama Dinas Kominfo. Pertanyaan teknis dapat disampaikan kepada "
          "Bidang IKP melalui nomor layanan 0430-22117."),
    ]
    body += sig("Kepala Dinas Komunikasi dan Informatika,", "JEFRY F. WOWOR, S.T., M.Si.", "19781109 200502 1 001")
    memo(22, {
        "font": "Arial", "size": 22,
        "meta": {"title": "Cek DPT dan anti hoaks", "author": "Bidang IKP", "created": "2024-11-04T01:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN MINAHASA PESISIR",
            "DINAS KOMUNIKASI DAN INFORMATIKA",
            "Kompleks Kantor Bupati, Amurang Pesisir, Sulawesi Utara 95355"]},
        "body": body,
    }, False, [], [14],
        "Umpan media sosial non-politik: bagikan cek DPT, 'kampanye' anti-hoaks, follow akun KPU/Bawaslu; larangan konten paslon.")

    # ------------------------------------------------------------------ 023
    body = [
        {"p": "PEMERINTAH KABUPATEN ADONARA TIMUR", "align": "center", "bold": True, "after": 0},
        {"p": "KECAMATAN ILE BOLENG", "align": "center", "bold": True, "after": 0},
        {"p": "KANTOR KEPALA DESA LEWOTOBI LAMA", "align": "center", "bold": True, "size": 30, "after": 0},
        {"p": "Alamat: Jalan Trans Adonara, Lewotobi Lama 86262", "align": "center", "size": 18,
         "border_bottom": True, "after": 200},
        {"p": "__PENGUMUMAN__", "align": "center", "bold": True, "after": 0},
        {"p": "Nomor: 141/019/DS-LTL/I/2024", "align": "center", "after": 240},
        P("Menindaklanjuti hasil musyawarah desa tanggal 10 Januari 2024 bersama BPD, kepala dusun dan tokoh "
          "masyarakat, dengan ini diumumkan kepada seluruh Keluarga Penerima Manfaat (KPM) BLT Dana Desa "
          "Tahun 2024 hal-hal sebagai berikut:"),
        LI("Deklarasi dukungan masyarakat Desa Lewotobi Lama kepada putra daerah kita untuk DPRD Kabupaten "
           "Dapil II dilaksanakan hari Sabtu, 20 Januari 2024 pukul 15.00 WITA di halaman Kantor Desa."),
        LI("Pencairan BLT-DD bulan Januari dan Februari (Rp 600.000) dilakukan pada hari yang sama setelah "
           "deklarasi selesai, di tempat yang sama."),
        LI("KPM wajib hadir sendiri. Kehadiran dicentang pada kolom deklarasi dalam daftar di bawah. KPM yang "
           "tidak tercentang, pencairannya ditunda ke bulan Maret sambil dievaluasi kembali kelayakannya."),
        LI("Tenda, kursi dan sound system memakai inventaris desa. Snack dari pos kegiatan posyandu."),
        {"p": "", "after": 0},
        {"table": [
            ["No", "Nama KPM", "Dusun", "Hadir Deklarasi Dukungan 20/01", "BLT Jan\u2013Feb"],
            ["1", "Maria Peni Ola", "Dusun I", "\u2610", "Rp 600.000"],
            ["2", "Yosep Lebu Kelen", "Dusun I", "\u2610", "Rp 600.000"],
            ["3", "Bernadus Boli Tokan", "Dusun II", "\u2610", "Rp 600.000"],
            ["4", "Theresia Ema Hurit", "Dusun II", "\u2610", "Rp 600.000"],
            ["5", "Anselmus Sanga", "Dusun III", "\u2610", "Rp 600.000"],
            ["", "dst. (42 KPM, daftar lengkap di papan pengumuman)", "", "", ""],
        ], "widths": [500, 3000, 1300, 2600, 1670], "header_row": True},
        {"p": "", "after": 0},
        P("Demikian pengumuman ini untuk diketahui dan ditaati."),
    ]
    body += sig("Lewotobi Lama, 12 Januari 2024\nKepala Desa Lewotobi Lama,", "PETRUS KEDANG MUDA")
    memo(23, {
        "font": "Times New Roman",
        "meta": {"title": "pengumuman BLT", "author": "Sekdes", "created": "2024-01-12T02:00:00Z"},
        "body": body,
    }, True, ["inducement", "campaign-activity", "endorsement", "state-facility", "letterhead-misuse"], [8, 6, 2, 10, 13],
        "Pengumuman berkop desa 'menindaklanjuti hasil musyawarah desa': pencairan BLT-DD disatukan dengan "
        "deklarasi dukungan caleg; kolom tabel 'Hadir Deklarasi Dukungan'; yang tak hadir BLT ditunda; inventaris desa.")
    MEMO_KOP_BODY.add(23)

    # ------------------------------------------------------------------ 024
    body = title(["LAPORAN HASIL PEMERIKSAAN KHUSUS", "Nomor: 700.1.2.4/LHP-07/Insp/XI/2024",
                  "Dugaan Pelanggaran Netralitas ASN oleh Lurah Balandai"], True)
    body += [
        {"textbox": [
            {"p": "RINGKASAN", "bold": True, "align": "left", "after": 60},
            {"p": "Pengaduan: Lurah Balandai diduga menyampaikan \u201cmari kita coblos nomor urut 2 supaya jalan "
                  "lingkungan dilanjutkan\u201d dalam pengajian majelis taklim pada 12 Oktober 2024 dan "
                  "membagikan sarung bergambar pasangan calon.", "align": "left", "after": 60},
            {"p": "Simpulan: unsur ajakan terbukti berdasarkan rekaman video dan keterangan 4 saksi; pembagian "
                  "sarung tidak terbukti dilakukan oleh terperiksa.", "align": "left", "after": 0},
        ], "width_cm": 15.5, "height_cm": 4},
        {"p": "", "after": 0},
        {"p": "**I. Dasar Pemeriksaan**", "align": "left"},
        P("Surat Tugas Inspektur Kota Malili Raya Nomor 700.1.2.1/ST-211/Insp/X/2024 dan penerusan laporan "
          "Bawaslu Kota Malili Raya tanggal 18 Oktober 2024."),
        {"p": "**II. Hasil Pemeriksaan**", "align": "left"},
        LI("Terperiksa, Sdr. Andi Fachruddin, S.STP, mengakui hadir dan memberi sambutan pada pengajian. "
           "Terperiksa menyatakan kalimat tersebut \u201cspontan\u201d dan tidak direncanakan."),
        LI("Rekaman video berdurasi 46 detik yang diserahkan pelapor memuat kalimat sebagaimana dalam "
           "ringkasan; rekaman telah diverifikasi oleh Bidang Persandian."),
        LI("Sarung dibagikan oleh seorang warga yang bukan ASN; tidak ditemukan bukti keterlibatan terperiksa "
           "atau penggunaan anggaran kelurahan."),
        {"p": "**III. Rekomendasi**", "align": "left"},
        LI("Kepada Pejabat Pembina Kepegawaian agar menjatuhkan hukuman disiplin sesuai PP Nomor 94 Tahun 2021 "
           "dan melaporkan kepada BKN."),
        LI("Kepada Camat Malili Raya Utara agar melakukan pembinaan netralitas kepada lurah dan staf kelurahan."),
        LI("Hasil pemeriksaan disampaikan kepada Bawaslu Kota Malili Raya untuk ditindaklanjuti sesuai kewenangan."),
    ]
    body += sig("Malili Raya, 8 November 2024\nKetua Tim Pemeriksa,", "Hj. ST. RAHMAWATI AMIR, S.E., M.M.",
                "19760812 200003 2 004")
    memo(24, {
        "font": "Cambria", "size": 22,
        "meta": {"title": "LHP Khusus Lurah Balandai", "author": "Irban IV", "created": "2024-11-08T02:30:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KOTA MALILI RAYA",
            "INSPEKTORAT DAERAH",
            "Jalan Sultan Hasanuddin Nomor 7, Malili Raya, Sulawesi Selatan 92981"]},
        "footer": [{"p": "RAHASIA \u2013 hanya untuk kepentingan dinas", "align": "center", "size": 16, "bold": True}],
        "body": body,
    }, False, [], [14],
        "LHP Inspektorat mengutip ajakan 'coblos nomor urut 2' dan pembagian sarung sebagai temuan; kotak teks ringkasan.")

    # ------------------------------------------------------------------ 025
    body = nomor_block([
        ("Nomor", "443/0098/Dinkes/I/2024"),
        ("Sifat", "Penting"),
        ("Lampiran", "-"),
        ("Hal", "Jalan Sehat dan Senam Bersama Akhir Januari"),
    ], place_date="Sambas Hulu, 15 Januari 2024")
    body += yth(["Kepala UPT Puskesmas se-Kabupaten Sambas Hulu"])
    body += [
        P("Dinas Kesehatan akan menyelenggarakan Jalan Sehat dan Senam Bersama pada hari Minggu, 28 Januari 2024 "
          "pukul 06.30 WIB, start dan finis di Alun-alun Tebas Hulu. Kegiatan ini menghadirkan "
          "{split:dr. Hen|dra Wija|ya Tjhai}, calon anggota DPR RI Daerah Pemilihan Kalimantan Barat I nomor urut 4, "
          "yang akan melepas peserta dan memimpin senam."),
        P("Untuk kelancaran acara, kami minta:"),
        LI("setiap puskesmas mengirim minimal 30 peserta (pegawai, kader posyandu dan keluarga), datang dengan "
           "ambulans desa atau mobil pusling;"),
        LI("peserta memakai kaos biru muda yang dibagikan tim dr. Hendra di titik start; kaos mohon jangan "
           "ditutup jaket supaya rapi waktu difoto;"),
        LI("konsumsi peserta dibebankan pada kegiatan Germas di DPA Dinas Kesehatan Tahun 2024, sedangkan "
           "doorprize (1 sepeda motor, 5 kulkas, 20 kipas angin) disiapkan oleh beliau;"),
        LI("kupon doorprize hanya diberikan kepada peserta yang mengisi formulir nama, NIK dan nomor HP di meja "
           "registrasi; pegawai yang berminat bergabung dengan relawan beliau dapat sekalian mendaftar di meja "
           "yang sama;"),
        LI("petugas puskesmas membuka pos cek kesehatan gratis di samping panggung dengan spanduk Dinas "
           "Kesehatan."),
        P("Kegiatan ini juga sebagai bentuk terima kasih atas perhatian dr. Hendra pada penambahan alat USG "
          "puskesmas tahun lalu."),
    ]
    body += sig("Kepala Dinas Kesehatan,", "dr. ABANG M. SYARIF HIDAYAT, M.Kes.", "19750627 200312 1 008")
    memo(25, {
        "font": "Arial",
        "meta": {"title": "Jalan sehat Januari", "author": "Seksi Promkes", "created": "2024-01-15T03:00:00Z"},
        "kop": {"placement": "table", "logo": "[LOGO KAB.]", "lines": [
            "PEMERINTAH KABUPATEN SAMBAS HULU",
            "DINAS KESEHATAN",
            "Jalan Pembangunan Nomor 3, Tebas Hulu, Kalimantan Barat 79462"]},
        "footer": [{"p": "Dinkes Sambas Hulu \u2013 Germas: Sehat Dimulai dari Keluarga", "align": "center", "size": 16}],
        "body": body,
    }, True, ["campaign-activity", "state-facility", "inducement", "letterhead-misuse"], [3, 13, 7, 4],
        "Jalan sehat Dinkes bersama caleg DPR RI no. 4 (nama dipecah run), konsumsi dari DPA Germas, ambulans/pusling, "
        "kaos tim beliau, doorprize dari beliau dengan kupon via NIK, pendaftaran relawan.")

    # ------------------------------------------------------------------ 026
    body = nomor_block([
        ("Nomor", "500.2.1/0377/Disdag/IX/2024"),
        ("Sifat", "Biasa"),
        ("Lampiran", "1 (satu) berkas"),
        ("Hal", "Jadwal Operasi Pasar Beras SPHP"),
    ], place_date="Woha Raya, 9 September 2024")
    body += yth(["Camat se-Kabupaten Bima Raya"])
    body += [
        P("Perum Bulog Kantor Cabang Bima telah mengirim beras SPHP untuk operasi pasar bulan September sebanyak "
          "36 ton yang datang dalam tiga partai: partai pertama 12 ton (tiba 5 September), partai kedua 12 ton "
          "(tiba 12 September), dan partai ketiga 12 ton (dijadwalkan 19 September 2024). Partai pertama telah "
          "diperiksa mutunya dan disimpan di gudang Dinas."),
        P("Kecamatan diminta memilih salah satu jadwal berikut untuk pelaksanaan operasi pasar di wilayahnya "
          "dan mengirimkan pilihannya kepada Bidang Perdagangan paling lambat 12 September 2024:"),
        {"table": [
            ["Jadwal", "Tanggal", "Sumber beras"],
            ["A", "Senin\u2013Rabu, 16\u201318 September 2024", "Partai pertama"],
            ["B", "Senin\u2013Rabu, 23\u201325 September 2024", "Partai kedua"],
            ["C", "Senin\u2013Kamis, 30 September\u20133 Oktober 2024", "Partai ketiga"],
        ], "widths": [1200, 4500, 3370], "header_row": True},
        {"p": "", "after": 0},
        P("Calon pembeli adalah masyarakat umum dengan batas pembelian 2 kemasan 5 kg per orang, dengan harga "
          "sesuai HET Rp 62.500 per kemasan. Kecamatan diminta menyiapkan lokasi, meja pelayanan, dan petugas "
          "pencatat. Operasi pasar tidak boleh dirangkaikan dengan kegiatan lain di luar program pemerintah."),
    ]
    body += sig("Kepala Dinas Perdagangan,", "Drs. H. SYAMSUDDIN ABDULLAH", "19690415 199403 1 009")
    memo(26, {
        "engine": "libreoffice",
        "font": "Liberation Serif",
        "meta": {"title": "Jadwal OP SPHP", "author": "Bid. Perdagangan", "created": "2024-09-09T01:00:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN BIMA RAYA",
            "DINAS PERDAGANGAN",
            "Jalan Lintas Sumbawa Km 12, Woha Raya, Nusa Tenggara Barat 84171"]},
        "body": body,
    }, False, [], [14],
        "Umpan: 'partai' = kiriman beras, 'pilih salah satu jadwal', 'calon pembeli'; urusan kantor biasa.")

    # ------------------------------------------------------------------ 027
    body = title(["NOTA DINAS"], True)
    body += nota_block([
        ("Kepada", "Yth. Sekretaris Daerah selaku Ketua Tim Penilai Kinerja"),
        ("Dari", "Kepala BKPSDM"),
        ("Tanggal", "21 Oktober 2024"),
        ("Nomor", "800.1.3/1120/BKPSDM/X/2024"),
        ("Hal", "Hasil Rapat Tim Penilai Kinerja tentang Rencana Rotasi Jabatan"),
    ])
    body += [
        {"p": "**1. Dasar**", "align": "left"},
        P("Menindaklanjuti hasil musyawarah Tim Penilai Kinerja PNS tanggal 18 Oktober 2024 mengenai rencana "
          "rotasi pejabat administrator dan pengawas Triwulan IV."),
        {"p": "**2. Hasil Rapat**", "align": "left"},
        LI("Rotasi dilaksanakan setelah 27 November 2024 agar tidak melanggar larangan mutasi enam bulan "
           "sebelum penetapan paslon tanpa persetujuan Mendagri."),
        LI("{ins:Diputuskan bahwa selain penilaian kinerja, dipertimbangkan pula kontribusi pejabat dalam "
           "menyukseskan kemenangan Bapak Andi Irwan Patiroi, calon Bupati nomor urut 3. Pejabat yang "
           "diketahui tidak mendukung yang bersangkutan akan diusulkan ke jabatan fungsional atau staf, dan "
           "TPP-nya disesuaikan. Camat dan kepala dinas diminta mendata loyalitas pejabat di unit masing-masing.}"),
        LI("Data pejabat yang telah memenuhi syarat kompetensi dan masa jabatan terlampir."),
        {"p": "**3. Pelaporan**", "align": "left"},
        P("Pendataan dari unit kerja disampaikan kepada Bidang Mutasi dan Promosi BKPSDM paling lambat "
          "8 November 2024 dalam amplop tertutup. BKPSDM akan melaporkan rekapitulasinya kepada Bapak sebelum "
          "rapat lanjutan."),
        P("Demikian kami laporkan, mohon arahan."),
    ]
    body += sig("Kepala BKPSDM,", "Dr. ANDI MUH. ASRUL, S.Sos., M.Si.", "19730719 199803 1 004")
    memo(27, {
        "engine": "libreoffice",
        "font": "Liberation Sans", "size": 22,
        "meta": {"title": "Hasil rapat TPK rotasi", "author": "Bidang Mutasi", "last_modified_by": "Kaban",
                 "created": "2024-10-21T02:00:00Z", "modified": "2024-10-21T07:40:00Z", "revision": 9},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN LUWU TENGAH",
            "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
            "Jalan Opu Daeng Risaju Nomor 17, Bua Tengah, Sulawesi Selatan 91991"]},
        "body": body,
    }, True, ["endorsement", "state-facility", "inducement", "letterhead-misuse"], [10, 9, 8, 7],
        "Nota BKPSDM 'menindaklanjuti hasil musyawarah' + Pelaporan; sisipan tracked: diputuskan rotasi mempertimbangkan "
        "kontribusi memenangkan calon Bupati No. 3, yang tidak mendukung 'yang bersangkutan' dinonjobkan dan TPP disesuaikan.")

    # ------------------------------------------------------------------ 028
    body = nomor_block([
        ("Nomor", "400.3.1/0214/PPO/II/2024"),
        ("Sifat", "Penting"),
        ("Lampiran", "-"),
        ("Hal", "Penggunaan Gedung Sekolah sebagai TPS dan Penugasan Guru sebagai KPPS"),
    ], place_date="Ruteng Pesisir, 5 Februari 2024")
    body += yth(["Kepala SD dan SMP Negeri/Swasta", "se-Kabupaten Manggarai Pesisir"])
    body += [
        P("KPU Kabupaten Manggarai Pesisir melalui PPK dan PPS telah meminjam sejumlah ruang kelas untuk "
          "Tempat Pemungutan Suara (TPS) pada Pemilu 14 Februari 2024.{fn:1} Sehubungan dengan itu, kepala "
          "sekolah diminta memperhatikan hal-hal berikut:"),
        LI("Ruang kelas yang dipinjam diserahkan kepada KPPS pada Selasa, 13 Februari 2024 siang setelah "
           "pembelajaran selesai, dan diterima kembali pada 15 Februari 2024 dalam keadaan bersih. Kepala "
           "sekolah menandatangani berita acara pinjam pakai dengan ketua KPPS."),
        LI("Pembelajaran tanggal 13 Februari berakhir pukul 11.00 WITA; 14 Februari libur nasional."),
        LI("Guru dan tenaga kependidikan yang ditetapkan sebagai anggota KPPS, PPS atau Pengawas TPS "
           "menyampaikan salinan SK kepada kepala sekolah; tugas mengajar pada 15 Februari dapat digantikan "
           "guru piket.{fn:2}"),
        LI("Warga sekolah diimbau menggunakan hak pilihnya di TPS tempat terdaftar. Sekolah tidak memasang "
           "atau mengizinkan alat peraga kampanye di lingkungan sekolah sebelum dan sesudah hari pemungutan suara."),
        P("Kalender pendidikan dan jadwal ujian praktik calon peserta ujian sekolah kelas VI dan IX tidak "
          "berubah."),
    ]
    body += sig("Kepala Dinas Pendidikan, Pemuda dan Olahraga,", "Drs. FRANSISKUS X. JEHAMAT, M.Pd.",
                "19680102 199303 1 012")
    memo(28, {
        "font": "Times New Roman",
        "meta": {"title": "TPS di sekolah", "author": "Bidang Dikdas", "created": "2024-02-05T00:30:00Z"},
        "kop": {"placement": "header", "lines": [
            "PEMERINTAH KABUPATEN MANGGARAI PESISIR",
            "DINAS PENDIDIKAN, PEMUDA DAN OLAHRAGA",
            "Jalan Motang Rua Nomor 10, Ruteng Pesisir, Nusa Tenggara Timur 86511"]},
        "footnotes": {
            "1": "Daftar sekolah yang digunakan sebagai TPS sesuai surat PPK masing-masing kecamatan; 23 sekolah di 6 kecamatan.",
            "2": "Penugasan sebagai badan ad hoc penyelenggara pemilu tidak memerlukan izin cuti, cukup pemberitahuan kepada atasan langsung."},
        "body": body,
    }, False, [], [14],
        "Logistik pemilu: gedung sekolah dipinjam KPU sebagai TPS, guru jadi KPPS, gunakan hak pilih; 'calon peserta ujian'; catatan kaki.")

    # ------------------------------------------------------------------ 029
    body = [
        {"textbox": [
            {"p": "KONSOLIDASI AKBAR RELAWAN PEMENANGAN PASLON NOMOR URUT 1", "bold": True, "align": "center", "after": 0},
            {"p": "Minggu, 10 November 2024 \u2022 Stadion Aji Imbut Hulu \u2022 08.00 WITA s.d. selesai",
             "align": "center", "after": 0},
        ], "width_cm": 15.5, "height_cm": 1.8},
        {"p": "", "after": 0},
    ]
    body += nomor_block([
        ("Nomor", "360/0455/BPBD/XI/2024"),
        ("Sifat", "Segera"),
        ("Hal", "Dukungan Sarana dan Personel"),
    ], place_date="Tenggarong Hulu, 5 November 2024")
    body += yth(["Kepala Bidang Kedaruratan dan Logistik", "BPBD Kabupaten Kutai Hulu"])
    body += [
        P("Sehubungan dengan kegiatan sebagaimana tersebut di atas, dan memperhatikan permintaan panitia, "
          "Saudara diminta menyiapkan dukungan sebagai berikut:"),
        {"table": [
            ["Jenis", "Jumlah", "Catatan"],
            ["Tenda pleton", "6 unit", "dipasang Sabtu sore, 9 November"],
            ["Kursi lipat", "400 buah", "dari gudang logistik"],
            ["Genset 20 kVA", "2 unit", "BBM dari anggaran operasional"],
            ["Mobil tangki air", "1 unit", "KT 8122 HP"],
            ["Personel TRC", "15 orang", "PDL lengkap, apel di kantor 06.00"],
        ], "widths": [3000, 1800, 4270], "header_row": True},
        {"p": "", "after": 0},
        P("Personel TRC bertugas di area panggung dan pintu masuk sampai acara selesai, dan diperbolehkan "
          "mengikuti acara setelah tugas pemasangan rampung. Daftar personel yang hadir agar dilaporkan kepada "
          "Sekretaris BPBD pada hari Senin berikutnya."),
        P("Pemasangan dan pembongkaran dikoordinasikan dengan korlap panitia, Sdr. Heriyanto (0812-5306-4471)."),
    ]
    body += sig("Kepala Pelaksana BPBD,", "Ir. AJI SURYADI, M.T.", "19710228 199803 1 003")
    memo(29, {
        "font": "Calibri",
        "meta": {"title": "Dukungan sarpras", "author": "BPBD", "created": "2024-11-05T01:30:00Z"},
        "kop": {"placement": "table", "logo": "[LOGO BPBD]", "lines": [
            "PEMERINTAH KABUPATEN KUTAI HULU",
            "BADAN PENANGGULANGAN BENCANA DAERAH",
            "Jalan Imbut Raya Nomor 22, Tenggarong Hulu, Kalimantan Timur 75513"]},
        "body": body,
    }, True, ["state-facility", "campaign-activity", "letterhead-misuse"], [6, 2, 12],
        "Kotak teks di atas menyebut Konsolidasi Akbar Relawan Pemenangan Paslon No. 1; isi surat hanya logistik: "
        "tenda, kursi, genset, mobil tangki BPBD dan 15 personel TRC ber-PDL.")

    # ------------------------------------------------------------------ 030
    body = [
        {"p": "PEMERINTAH KABUPATEN WAJO TIMUR", "align": "center", "bold": True, "after": 0},
        {"p": "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "align": "center", "bold": True, "after": 0},
        {"p": "Jl. Rusa No. 2, Sengkang Timur 90915", "align": "center", "size": 18, "border_bottom": True, "after": 200},
        {"p": "Diteruskan dari grup WA \u201cOPERATOR KEPEGAWAIAN OPD\u201d \u2013 22 Okt 2024", "italic": True, "align": "left"},
        {"table": [[[
            {"p": "[07.31] Bidang Bangkes (Andi Nurul): Selamat pagi operator ki semua. Mohon diteruskan ke "
                  "pegawai di OPD ta masing2, INI PENGINGAT NETRALITAS nah:", "align": "left", "after": 60},
            {"p": "1. jgn like, komen, share postingan paslon mana2, termasuk story keluarga yg kampanye", "align": "left", "after": 0},
            {"p": "2. jgn foto pose 1 jari / 2 jari / 3 jari sama paslon atau timnya, biar di acara keluarga", "align": "left", "after": 0},
            {"p": "3. jgn masuk grup relawan atau tim pemenangan, keluar mki kalo sdh terlanjur", "align": "left", "after": 0},
            {"p": "4. stiker paslon di motor/oto dinas DILEPAS, Bawaslu keliling minggu ini", "align": "left", "after": 0},
            {"p": "5. jgn kumpul2 KTP warga utk siapapun", "align": "left", "after": 60},
            {"p": "[07.33] Bidang Bangkes (Andi Nurul): tgl 27 tetap ki memilih di\u2019, itu hak ta. yg tdk "
                  "boleh itu ajak2 orang.", "align": "left", "after": 60},
            {"p": "[07.40] Operator Dinas PU (Muh. Ikbal): siap bu, sy teruskan ke grup PU", "align": "left", "after": 60},
            {"p": "[07.42] Operator Puskesmas Belawa (Sitti): bu, kalo suami caleg boleh ji datang di acara "
                  "keluarga?", "align": "left", "after": 60},
            {"p": "[07.50] Bidang Bangkes (Andi Nurul): boleh ji hadir acara keluarga tp jgn ikut kampanye, "
                  "jgn pake atribut, jgn foto pose. kalo ragu tanya dulu ke BKPSDM atau Bawaslu", "align": "left", "after": 0},
        ]]], "widths": [9070], "borders": True},
        {"p": "", "after": 0},
        P("Mohon setiap operator memastikan pesan ini sampai kepada seluruh pegawai di unit kerjanya."),
    ]
    body += sig("Sengkang Timur, 22 Oktober 2024\nKepala Bidang Pembinaan dan Kesejahteraan,",
                "A. NURUL HIKMAH, S.Psi., M.Si.", "19870925 201001 2 003")
    memo(30, {
        "font": "Calibri", "size": 22,
        "meta": {"title": "pengingat netralitas", "author": "bangkes", "created": "2024-10-22T00:00:00Z"},
        "body": body,
    }, False, [], [14, 11],
        "Informal (chat WA, logat Bugis) pengingat netralitas BKPSDM: larangan like/share, pose jari, grup relawan, stiker, KTP.")
