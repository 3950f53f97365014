#!/usr/bin/env python3
"""write_specs.py -- writer w5 (helper session; voice: legal drafter, Biro Hukum).

Every memo below is written by hand; the helpers only handle layout (kop, signature,
tabbed header lines). Run:  /usr/bin/python3 write_specs.py  -> specs/*.json + labels.json
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SPECS = os.path.join(HERE, "specs")
os.makedirs(SPECS, exist_ok=True)

CAT_ORDER = ["endorsement", "campaign-activity", "social-media", "state-facility",
             "inducement", "letterhead-misuse"]
MEMOS = []
LABELS = {}
TAB = [[1800, "left"], [2100, "left"]]


def K(placement, *lines, logo=None):
    k = {"placement": placement, "lines": list(lines)}
    if logo:
        k["logo"] = logo
    return k


def C(text, **kw):
    d = {"p": text, "align": "center", "bold": True}
    d.update(kw)
    return d


def L(text, **kw):
    d = {"p": text, "align": "left"}
    d.update(kw)
    return d


def F(label, value, **kw):
    """Header line such as 'Nomor : ...' with tab stops."""
    d = {"p": "%s\t:\t%s" % (label, value), "align": "left", "tabs": TAB, "hanging": 2100,
         "indent": 2100, "after": 0}
    d.update(kw)
    return d


def N(text, level=0, **kw):
    d = {"p": text, "num": level}
    d.update(kw)
    return d


def SIG(place_date, office, name, nip=None, indent=5040, extra=None):
    out = [{"p": place_date, "align": "left", "indent": indent, "before": 240, "after": 0},
           {"p": office, "align": "left", "indent": indent, "after": 900}]
    out.append({"p": "**%s**" % name, "align": "left", "indent": indent, "after": 0})
    if extra:
        out.append({"p": extra, "align": "left", "indent": indent, "after": 0})
    if nip:
        out.append({"p": "NIP. %s" % nip, "align": "left", "indent": indent, "after": 0})
    return out


def add(n, body, violation, cats, classes, note, kop=None, header=None, footer=None,
        footnotes=None, engine=None, meta=None, font=None, size=None):
    name = "w5_%03d" % n
    cats = list(cats)
    if violation and kop and "letterhead-misuse" not in cats:
        cats.append("letterhead-misuse")
    assert violation == bool(cats), name
    if not kop:
        assert "letterhead-misuse" not in cats, name
    for c in cats:
        assert c in CAT_ORDER, (name, c)
    cats = [c for c in CAT_ORDER if c in cats]
    spec = {"output": name + ".docx"}
    if engine:
        spec["engine"] = engine
    if font:
        spec["font"] = font
    if size:
        spec["size"] = size
    spec["meta"] = meta or {}
    if kop:
        spec["kop"] = kop
    if header:
        spec["header"] = header
    if footer:
        spec["footer"] = footer
    spec["body"] = body
    if footnotes:
        spec["footnotes"] = footnotes
    assert name not in LABELS, name
    MEMOS.append((name, spec))
    LABELS[name + ".docx"] = {"violation": violation, "categories": cats if violation else [],
                              "classes": sorted(set(classes)), "note": note}


def meta(author, company, created, revision=2, title=""):
    return {"title": title, "author": author, "company": company, "created": created,
            "modified": created.replace("T08", "T10"), "last_modified_by": author,
            "revision": revision}


# =====================================================================================
# VIOLATING 001-020
# =====================================================================================

# 001 -- class 1: pair + term of office, no "calon"; kop header
add(1, [
    C("SURAT EDARAN", size=28, after=0),
    C("Nomor: 000.1.5/214/Kec.Krn/IX/2024", bold=False),
    C("TENTANG"),
    C("PENGUATAN SEMANGAT KEBERSAMAAN APARATUR KECAMATAN KARANGANOM MENJELANG PILKADA 2024"),
    L("Yth. 1. Kepala Desa se-Kecamatan Karanganom\n2. Sekretaris Desa dan Perangkat Desa\n3. Seluruh Pegawai Kantor Kecamatan Karanganom", before=240),
    "Dengan hormat,",
    {"p": "Memperhatikan capaian pembangunan Kabupaten Klaten selama lima tahun terakhir, antara lain perbaikan jalan poros desa, rehabilitasi irigasi Kali Pusur, dan pelayanan kesehatan gratis bagi warga pemegang KIS, kami memandang perlu menjaga kesinambungan kebijakan yang telah berjalan baik tersebut.", "first": 720},
    {"p": "Sehubungan dengan itu, kami mengajak Saudara sekalian untuk tetap solid dan satu barisan, memastikan Bapak Drs. Harjono Widagdo dan Ibu Rr. Sekar Palupi kembali memimpin Kabupaten Klaten untuk periode berikutnya, sehingga program yang sudah dirasakan masyarakat Karanganom tidak terputus di tengah jalan.", "first": 720},
    {"p": "Para Kepala Desa agar menyampaikan ajakan ini secara santun kepada warga melalui forum pengajian, arisan PKK, dan pertemuan kelompok tani, serta melaporkan tanggapan warga kepada Kasi Pemerintahan Kecamatan setiap hari Jumat.", "first": 720},
    {"p": "Demikian surat edaran ini untuk menjadi perhatian dan dilaksanakan dengan penuh tanggung jawab.", "first": 720},
] + SIG("Karanganom, 30 September 2024", "CAMAT KARANGANOM,", "SUHARTONO, S.Sos., M.M.", "19720311 199803 1 006"),
    True, ["endorsement"], [1],
    "Camat mengajak kades dan pegawai memastikan pasangan Harjono-Sekar kembali memimpin periode berikutnya; kata 'calon' tidak muncul.",
    kop=K("header", "PEMERINTAH KABUPATEN KLATEN", "KECAMATAN KARANGANOM",
          "Jalan Raya Karanganom Nomor 12, Klaten, Jawa Tengah 57475", "Telepon (0272) 335102, Pos-el kec.karanganom@klatenkab.go.id"),
    meta=meta("Kasi Pemerintahan", "Kecamatan Karanganom", "2024-09-30T08:10:00Z"))

# 002 -- class 2 + 6: perihal names kampanye akbar; logistics later; kop body
add(2, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. Para Kepala Bidang dan Kepala UPT"),
    F("Dari", "Sekretaris Dinas Pertanian dan Ketahanan Pangan"),
    F("Tembusan", "Kepala Dinas (sebagai laporan)"),
    F("Tanggal", "13 November 2024"),
    F("Nomor", "500.7/1187/Sekr/2024"),
    F("Sifat", "Segera"),
    F("Lampiran", "1 (satu) lembar"),
    F("Hal", "Keikutsertaan pada Kampanye Akbar di Alun-alun Merdeka Ngawi, Minggu 17 November 2024", border_bottom=True, after=240),
    "Menindaklanjuti arahan pimpinan dalam apel pagi tanggal 11 November 2024, bersama ini kami sampaikan pengaturan sebagai berikut:",
    N("Setiap bidang mengirimkan paling sedikit 15 (lima belas) orang, terdiri atas PNS, PPPK, dan tenaga harian lepas; UPT Perbenihan dan UPT Alsintan masing-masing 10 (sepuluh) orang."),
    N("Peserta berkumpul di halaman kantor dinas pukul 06.30 WIB. Keberangkatan menggunakan 3 (tiga) unit kendaraan dinas operasional dan 1 (satu) truk UPT Alsintan; pengemudi disiapkan Subbagian Umum."),
    N("Konsumsi berupa nasi kotak dan air mineral dibebankan pada pos belanja rapat koordinasi Sekretariat."),
    N("Daftar hadir per bidang diserahkan kepada Subbagian Umum dan Kepegawaian paling lambat Senin, 18 November 2024, pukul 09.00 WIB."),
    N("Pakaian bebas rapi; kaos dan topi akan dibagikan koordinator lapangan setibanya di lokasi."),
    "Atas perhatian dan kerja samanya diucapkan terima kasih.",
] + SIG("Ngawi, 13 November 2024", "Sekretaris,", "Ir. BAMBANG SURYONO, M.P.", "19700402 199603 1 004"),
    True, ["campaign-activity", "state-facility"], [2, 6],
    "Hal menyebut kampanye akbar; butir berikutnya mengatur kuota peserta, mobil dinas, konsumsi dari anggaran, daftar hadir tanpa menyebut acara lagi.",
    kop=K("body", "PEMERINTAH KABUPATEN NGAWI", "DINAS PERTANIAN DAN KETAHANAN PANGAN",
          "Jalan Teuku Umar Nomor 40, Ngawi 63211, Telepon (0351) 749201"),
    meta=meta("Subbag Umum Dispertan", "Pemkab Ngawi", "2024-11-13T08:05:00Z"))

# 003 -- class 11 + 5: Banjar WA broadcast, no kop
add(3, [
    L("**Teruskan ke grup RT/RW & grup keluarga** (pesan Sekcam Astambul, 25/11/2024 20.14)", after=240),
    L("Assalamualaikum wr wb.\nPian sabarataan dulur2 ASN, honorer wan perangkat desa se-Kecamatan Astambul.", after=120),
    L("Ulun cuma handak mangingatakan, Rabu tanggal 27 isuk kita barataan ka TPS, jangan kada datang. Jangan kalupaan jua c0blos nomor 2, Abah Haji Rusdiansyah Noor wan Hj. Fitriani. Sudah tabukti gawian baliau gasan banua, jalan ka Pingaran haja sudah bagus."),
    L("Status WA pian pasang gambar nang ulun kirim di bawah ni, pakai tagar #BanjarBaimbai2Periode wan #AbahRusdiLagi. Share jua ka grup keluarga masing2 lah, supaya bubuhan kampung tahu."),
    L("Nang sudah masang status, japri ulun screenshot-nya sampai isuk sore. Nang kada, kaina ulun tanyai satu2 😊"),
    L("Tarima kasih banyak lah. Banjar maju, baimbai!"),
    L("%%(gambar: poster nomor 2 – tidak terbaca pada salinan)%%", align="center"),
],
    True, ["endorsement", "social-media"], [11, 5],
    "Siaran WA berbahasa Banjar dari Sekcam: ajakan c0blos nomor 2, pasang status/tagar kampanye dan share ke grup, minta bukti screenshot.",
    meta=meta("HP Sekcam", "", "2024-11-25T12:20:00Z", revision=1))

# 004 -- class 9: notulen, rapat sepakat memenangkan; kop table
add(4, [
    C("NOTULEN RAPAT KOORDINASI KEPALA SEKOLAH", after=0),
    C("KORWIL BIDANG PENDIDIKAN KECAMATAN PURWODADI", after=240),
    {"table": [["Hari/Tanggal", ": Kamis, 3 Oktober 2024"],
               ["Waktu", ": 09.00 - 12.15 WIB"],
               ["Tempat", ": Ruang Rapat Korwil Pendidikan Kecamatan Purwodadi"],
               ["Pimpinan Rapat", ": Drs. Sugeng Riyadi (Koordinator Wilayah)"],
               ["Notulis", ": Endah Purwaningsih, S.Pd."],
               ["Peserta", ": 27 Kepala SD Negeri, 4 Kepala SD Swasta, 2 Pengawas"]],
     "widths": [2400, 6600], "borders": False},
    L("**A. Pembahasan**", before=240),
    N("Persiapan Asesmen Nasional Berbasis Komputer (ANBK) SD: simulasi gelombang II dilaksanakan 14-17 Oktober; sekolah yang belum memiliki cukup laptop menumpang di SDN 3 Purwodadi."),
    N("Pelaporan Dana BOS Tahap II: batas unggah ARKAS dan SPJ 31 Oktober 2024."),
    N("Pilkada Kabupaten Grobogan 27 November 2024: Koordinator Wilayah menyampaikan bahwa pasangan Ir. Suparman Adi dan Dwi Lestari Ningsih, S.E. selama ini paling memperhatikan kesejahteraan guru honorer."),
    L("**B. Kesimpulan dan Kesepakatan**", before=240),
    N("Sekolah penyelenggara ANBK menyiapkan proktor dan teknisi paling lambat 10 Oktober 2024."),
    N("Rapat sepakat memenangkan pasangan Suparman Adi - Dwi Lestari di seluruh TPS wilayah Kecamatan Purwodadi."),
    N("Disepakati target perolehan suara minimal 70% di TPS yang berada di lingkungan sekolah; setiap kepala sekolah melaporkan perkembangan melalui grup WhatsApp Korwil setiap Senin."),
    N("Guru dan tenaga kependidikan diarahkan untuk menyampaikan hal tersebut kepada wali murid dalam pertemuan paguyuban kelas."),
    L("Rapat ditutup pukul 12.15 WIB.", before=240),
] + SIG("Purwodadi, 3 Oktober 2024", "Notulis,", "ENDAH PURWANINGSIH, S.Pd.", "19830915 200902 2 003"),
    True, ["endorsement"], [9],
    "Notulen rapat kepala sekolah: 'rapat sepakat memenangkan pasangan' dan target suara 70% per TPS, di tengah agenda ANBK dan BOS.",
    kop=K("table", "PEMERINTAH KABUPATEN GROBOGAN", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
          "KOORDINATOR WILAYAH BIDANG PENDIDIKAN KECAMATAN PURWODADI",
          "Jalan Gajah Mada Nomor 7, Purwodadi 58111", logo="LOGO GROBOGAN"),
    meta=meta("Korwil Purwodadi", "Disdikbud Grobogan", "2024-10-03T08:30:00Z"))

# 005 -- class 8: BLT-DD only for supporters; kop body; libreoffice
add(5, [
    C("PENGUMUMAN", size=28, after=0),
    C("Nomor: 400.9.7/62/X/2024", bold=False, after=0),
    C("TENTANG PENDATAAN ULANG KELUARGA PENERIMA MANFAAT BLT DANA DESA TAHAP IV TAHUN 2024", after=240),
    {"p": "Dalam rangka penyaluran Bantuan Langsung Tunai Dana Desa (BLT-DD) Tahap IV bulan Oktober s.d. Desember 2024, Pemerintah Desa Kalikajar melaksanakan pendataan ulang keluarga penerima manfaat (KPM) dengan ketentuan sebagai berikut:", "first": 720},
    N("Ketua RT mendata ulang KPM tahap III dan mengusulkan pengganti bagi KPM yang meninggal dunia, pindah domisili, atau telah menerima PKH."),
    N("Usulan disertai fotokopi KK dan KTP-el kepala keluarga."),
    N("Mengingat kelangsungan program ini sangat bergantung pada siapa yang memimpin Kabupaten Wonosobo ke depan, KPM tahap IV diprioritaskan bagi keluarga yang mendukung pasangan nomor urut 1, Bapak Agus Triyanto dan Ibu Siti Munawaroh."),
    N("Ketua RT melampirkan surat pernyataan dukungan yang ditandatangani kepala keluarga (format dapat diambil di kantor desa). Keluarga yang diketahui memasang gambar atau atribut pasangan lain di rumahnya tidak diusulkan dan akan dicoret dari daftar."),
    N("Berkas dikumpulkan ke Kasi Kesejahteraan paling lambat Sabtu, 19 Oktober 2024."),
    {"p": "Demikian untuk menjadi perhatian dan dilaksanakan.", "first": 720},
] + SIG("Kalikajar, 11 Oktober 2024", "KEPALA DESA KALIKAJAR,", "MUHAMMAD SOLIKIN"),
    True, ["endorsement", "inducement", "state-facility"], [8],
    "BLT-DD hanya untuk keluarga pendukung paslon 1 dengan surat pernyataan dukungan; pendukung paslon lain dicoret (ancaman bansos).",
    kop=K("body", "PEMERINTAH KABUPATEN WONOSOBO", "KECAMATAN KALIKAJAR", "PEMERINTAH DESA KALIKAJAR",
          "Jalan Kalikajar-Kertek Km 2, Wonosobo 56372"),
    engine="libreoffice",
    meta=meta("Kaur Umum Desa", "Desa Kalikajar", "2024-10-11T08:00:00Z"))

# 006 -- class 13 + 7: lansia aid handed via candidate, his colours; kop header
add(6, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. Kepala Bidang Rehabilitasi dan Perlindungan Jaminan Sosial"),
    F("Dari", "Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"),
    F("Tanggal", "7 Oktober 2024"),
    F("Nomor", "460/882/Dinsos-PPPA/2024"),
    F("Hal", "Penyaluran Bantuan Permakanan Lanjut Usia Triwulan IV", border_bottom=True, after=240),
    {"p": "Bersama ini disampaikan bahwa penyaluran bantuan permakanan bagi 640 lanjut usia terlantar di Kecamatan Tapin Utara dan Bakarangan tahun anggaran 2024 akan dilaksanakan bersamaan dengan kunjungan Bapak H. Syahrani Arbain, S.Sos., calon Bupati Tapin nomor urut 1, ke kedua kecamatan tersebut pada 16 dan 17 Oktober 2024.", "first": 720},
    {"p": "Untuk itu kami minta agar:", "first": 720},
    N("paket bantuan dikemas dalam tas belanja berwarna hijau-putih sesuai warna yang dipakai beliau, dan setiap paket disisipi kartu ucapan yang telah disiapkan oleh tim Pak Syahrani;"),
    N("penyerahan simbolis dilakukan oleh Pak Syahrani di balai desa, sedangkan sisa paket diantar pendamping sosial ke rumah penerima pada hari yang sama;"),
    N("pendamping sosial menyampaikan kepada penerima dan keluarganya bahwa bantuan ini hanya dapat berlanjut dengan kelanjutan kepemimpinan beliau;"),
    N("dokumentasi diserahkan kepada admin media sosial tim yang bersangkutan, bukan kepada Subbagian Program."),
    {"p": "Demikian untuk dilaksanakan dengan sebaik-baiknya.", "first": 720},
] + SIG("Rantau, 7 Oktober 2024", "Kepala Dinas,", "Hj. NORHAYATI, S.Sos., M.AP.", "19690822 199203 2 005"),
    True, ["endorsement", "state-facility", "inducement"], [13, 7],
    "Bantuan permakanan lansia dijadwalkan dengan kunjungan calon bupati, dikemas warna beliau, diserahkan beliau, dan dikaitkan dengan 'kelanjutan kepemimpinan beliau'.",
    kop=K("header", "PEMERINTAH KABUPATEN TAPIN",
          "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
          "Jalan Jenderal Sudirman Nomor 18, Rantau, Kalimantan Selatan 71111"),
    meta=meta("Sekretariat Dinsos", "Pemkab Tapin", "2024-10-07T08:00:00Z"))

# 007 -- class 7 + 3: RSUD ramah tamah; named once as calon, then beliau / Pak Bambang; kop table
add(7, [
    C("MEMO INTERNAL", size=28),
    F("Kepada", "Para Kepala Instalasi, Kepala Ruang, dan Koordinator Pelayanan"),
    F("Dari", "Wakil Direktur Umum dan Keuangan"),
    F("Tanggal", "14 Oktober 2024"),
    F("Perihal", "Kunjungan dan Ramah Tamah", border_bottom=True, after=240),
    "Diberitahukan bahwa Bapak Bambang Sutedjo, S.H., M.Si., calon Wali Kota Salatiga nomor urut 2, akan berkunjung ke rumah sakit kita dan mengadakan ramah tamah dengan tenaga kesehatan pada:",
    {"table": [["Hari/tanggal", "Jumat, 18 Oktober 2024"],
               ["Pukul", "13.00 WIB s.d. selesai"],
               ["Tempat", "Aula Lantai 3 Gedung Manajemen"]], "widths": [2600, 6400], "borders": True},
    "Beliau berkenan mendengarkan aspirasi kita mengenai kekurangan tenaga perawat dan status pegawai BLUD. Para Kepala Instalasi dimohon mengajak staf yang tidak sedang dinas jaga agar aula terisi penuh; staf diminta mengenakan seragam putih supaya dokumentasi tampak rapi.",
    "Instalasi Gizi menyiapkan snack untuk 150 orang; Instalasi Pemeliharaan Sarana menyiapkan pengeras suara dan layar.",
    "Pak Bambang juga menitipkan pesan agar keluarga besar RSUD mendukung beliau pada 27 November mendatang. Mohon pesan ini diteruskan secara lisan kepada staf di unit masing-masing.",
] + SIG("Salatiga, 14 Oktober 2024", "Wakil Direktur Umum dan Keuangan,", "drg. ANITA KUSUMAWARDANI, M.Kes.", "19760509 200312 2 002"),
    True, ["endorsement", "campaign-activity", "state-facility"], [7, 3],
    "Calon wali kota disebut sekali, lalu 'beliau'/'Pak Bambang': ramah tamah di aula RSUD, staf dikerahkan, titip pesan agar mendukung beliau.",
    kop=K("table", "PEMERINTAH KOTA SALATIGA", "RUMAH SAKIT UMUM DAERAH KOTA SALATIGA",
          "Jalan Osamaliki Nomor 19, Salatiga 50721, Telepon (0298) 324074", logo="RSUD"),
    meta=meta("Wadir Umum", "RSUD Kota Salatiga", "2024-10-14T08:00:00Z"))

# 008 -- class 12: all pairs, duty, office cars; kop header
add(8, [
    C("SURAT TUGAS", size=28, after=0),
    C("Nomor: 800.1.11.1/0934/413.112/2024", bold=False, after=240),
    F("Dasar", "Hasil rapat pimpinan Dinas Perikanan tanggal 1 Oktober 2024 mengenai penyusunan bahan Renstra 2025-2029."),
    C("MENUGASKAN", before=240),
    F("Kepada", "Nama-nama sebagaimana tercantum dalam tabel di bawah ini"),
    {"table": [["No", "Nama / NIP", "Jabatan", "Kegiatan yang dihadiri"],
               ["1", "Moch. Ilham Fauzi, S.Pi. / 19880412 201101 1 003", "Analis Kebijakan", "Kampanye terbuka Paslon 01, 6 Oktober 2024, Lapangan Brondong"],
               ["2", "Rina Ayu Kartika, S.St.Pi. / 19910707 201503 2 001", "Penyuluh Perikanan", "Kampanye terbuka Paslon 02, 13 Oktober 2024, GOR Lamongan"],
               ["3", "Agus Salim, A.Md. / 19850120 200901 1 002", "Pengelola Data", "Kampanye terbuka Paslon 03, 20 Oktober 2024, Alun-alun Babat"],
               ["4", "Nur Hasanah, S.E.", "Pranata Keuangan", "Seluruh kegiatan di atas (dokumentasi dan absensi)"]],
     "widths": [500, 3300, 2000, 3200], "header_row": True},
    F("Untuk", "Menghadiri kampanye terbuka seluruh pasangan calon Bupati dan Wakil Bupati Lamongan sesuai jadwal KPU, mencatat visi-misi bidang kelautan dan perikanan, dan menyampaikan laporan tertulis.", before=240),
    F("Ketentuan", "Kehadiran dihitung sebagai tugas kedinasan pada jam kerja; perjalanan menggunakan kendaraan dinas roda empat W 1287 NP; biaya perjalanan dibebankan pada DPA Sekretariat Tahun 2024."),
    "Surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.",
] + SIG("Lamongan, 2 Oktober 2024", "KEPALA DINAS PERIKANAN,", "Ir. HARI PURNOMO, M.M.", "19680517 199403 1 007"),
    True, ["campaign-activity", "state-facility"], [12],
    "Pegawai ditugaskan menghadiri kampanye terbuka SEMUA paslon pada jam kerja dengan mobil dinas dan DPA; netral antarpaslon tetapi tetap mobilisasi ASN.",
    kop=K("header", "PEMERINTAH KABUPATEN LAMONGAN", "DINAS PERIKANAN",
          "Jalan Lamongrejo Nomor 101, Lamongan 62213, Telepon (0322) 321475"),
    meta=meta("Sekretariat Diskan", "Pemkab Lamongan", "2024-10-02T08:00:00Z"))

# 009 -- class 11 + 4: Javanese voice note, posko, relawan; no kop
add(9, [
    L("**Transkrip pesan suara** – grup WA \"Bidang Cipta Karya 2024\", Jumat 8 Nov 2024 pukul 21.02 (durasi 1:47), diketik ulang oleh admin grup", after=240),
    L("\"Yo, konco-konco, sugeng dalu. Iki aku Pak Kabid. Sesuk Setu jam wolu esuk kabeh kumpul neng posko pemenangan Pak Hendro sing neng cedhak pom bensin Ngunut kae, ngerti to? Sing omah e adoh, bareng-bareng wae numpak pick-up kantor, wis tak kandhani Mas Yanto."),
    L("Nganggo kaos oranye sing wis tak bagekke wingi sore, ojo nganggo seragam, ojo nganggo PDH, mengko dadi omongan. Sing wis dadi relawan, absen karo Mas Dodik. Sing durung, daftar sisan neng kono, mengko dicatet dadi tim relawan wilayah Ngunut-Sumbergempol."),
    L("Iki wis dadi kesepakatan kantor lho yo, dudu aku dhewe. Ojo nganti ra teko, ora enak karo Pak Kadis. Wis, matur nuwun, sing sehat kabeh.\""),
    L("%%[akhir transkrip]%%"),
],
    True, ["campaign-activity", "state-facility"], [11, 4],
    "Transkrip pesan suara berbahasa Jawa: Kabid mengumpulkan staf di posko pemenangan, kaos oranye, mendaftar relawan, pick-up kantor.",
    meta=meta("Admin grup", "", "2024-11-08T14:10:00Z", revision=1))

# 010 -- class 5: social-media handles, twibbon, official account; kop header
add(10, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. 1. Seluruh Pegawai Dinas Komunikasi dan Informatika\n2. Admin Pengelola Akun Media Sosial Resmi"),
    F("Dari", "Kepala Dinas Komunikasi dan Informatika"),
    F("Tanggal", "30 September 2024"),
    F("Hal", "Partisipasi Pegawai di Media Sosial", border_bottom=True, after=240),
    {"p": "Dalam rangka menyemarakkan ruang digital Kabupaten Sleman menjelang 27 November 2024, dengan ini kami minta:", "first": 720},
    N("seluruh pegawai mengikuti (follow), menyukai, dan memberi komentar positif pada setiap unggahan akun Instagram {split:@danang|yuli.|sleman} dan kanal TikTok {split:@mas|danang|official};"),
    N("mengganti foto profil WhatsApp dan Instagram dengan twibbon \"Sleman Lanjut, Danang-Yuli\" yang dapat diunduh melalui tautan {link:https://twibbonize.example/slemanlanjut|twibbonize/slemanlanjut} paling lambat 3 Oktober 2024;"),
    N("admin akun resmi @kominfo.sleman membagikan ulang konten program Mas Danang setiap Senin dan Kamis dengan tagar #SlemanLanjut #DanangYuliMenang;"),
    N("tangkapan layar bukti pelaksanaan dikirim ke grup \"Kominfo Solid\" setiap Jumat."),
    {"p": "Demikian untuk dilaksanakan dengan penuh kesadaran.", "first": 720},
] + SIG("Sleman, 30 September 2024", "Kepala Dinas,", "Drs. HERU SANTOSO, M.Si.", "19710214 199703 1 002"),
    True, ["endorsement", "social-media", "state-facility"], [5],
    "Perintah follow/like/komentar akun paslon, twibbon, tagar #DanangYuliMenang, dan repost lewat akun resmi dinas.",
    kop=K("header", "PEMERINTAH KABUPATEN SLEMAN", "DINAS KOMUNIKASI DAN INFORMATIKA",
          "Jalan Parasamya Nomor 1, Beran, Tridadi, Sleman, Daerah Istimewa Yogyakarta 55511"),
    meta=meta("Sekretariat Kominfo", "Pemkab Sleman", "2024-09-30T08:00:00Z"))

# 011 -- class 10 + 7: menindaklanjuti..., Pelaporan section; KTP collection; kop body
add(11, [
    C("SURAT EDARAN", size=28, after=0),
    C("Nomor: 100.3.4/1562/DPMK/2024", bold=False, after=240),
    L("Yth. Para Pejabat Struktural dan Fungsional\ndi lingkungan Dinas Pemberdayaan Masyarakat dan Kalurahan"),
    {"p": "Menindaklanjuti hasil musyawarah koordinasi pimpinan perangkat daerah tanggal 2 Oktober 2024 dan dalam rangka pemutakhiran basis data pendukung Bapak Drs. H. Wahyudi Purnomo, M.Si., calon Bupati Bantul nomor urut 2, dengan ini disampaikan hal-hal sebagai berikut:", "first": 720},
    L("**I. Pelaksanaan**"),
    N("Setiap pegawai mengumpulkan fotokopi KTP-el anggota keluarga, kerabat, dan tetangga sekitar yang bersedia mendukung Pak Wahyudi, paling sedikit 10 (sepuluh) lembar per pegawai."),
    N("Pada setiap lembar fotokopi dicantumkan nomor telepon dan nama padukuhan."),
    N("Pegawai yang bertugas sebagai pendamping kalurahan mengoordinasikan pengumpulan di kalurahan dampingannya."),
    L("**II. Pelaporan**"),
    N("Rekapitulasi disusun dengan format terlampir dan diserahkan kepada Sekretaris Dinas paling lambat Selasa, 15 Oktober 2024."),
    N("Berkas fotokopi KTP-el akan diteruskan kepada tim relawan yang bersangkutan untuk pendataan saksi dan pemilih."),
    L("**III. Penutup**"),
    {"p": "Demikian surat edaran ini agar dilaksanakan dengan penuh tanggung jawab dan dijaga kerahasiaannya.", "first": 720},
] + SIG("Bantul, 4 Oktober 2024", "KEPALA DINAS,", "Ir. SUWARNO HADI, M.T.", "19700721 199503 1 003"),
    True, ["endorsement", "inducement"], [10, 7],
    "Berformat tindak lanjut musyawarah dengan bab Pelaporan, isinya memerintahkan pengumpulan fotokopi KTP pendukung calon bupati untuk tim relawannya.",
    kop=K("body", "PEMERINTAH KABUPATEN BANTUL", "DINAS PEMBERDAYAAN MASYARAKAT DAN KALURAHAN",
          "Jalan Lingkar Timur, Manding, Trirenggo, Bantul 55714"),
    meta=meta("Sekretaris DPMK", "Pemkab Bantul", "2024-10-04T08:00:00Z"))

# 012 -- class 4 + 7: puskesmas staff join tim relawan pemenangan caleg; kop table
add(12, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. Pegawai yang namanya tersebut di bawah"),
    F("Dari", "Kepala UPT Puskesmas Sulang"),
    F("Tanggal", "8 Januari 2024"),
    F("Hal", "Penunjukan Pegawai", border_bottom=True, after=240),
    {"p": "Menindaklanjuti permintaan Ibu Hj. Nurul Aini, S.Kep., calon anggota DPRD Kabupaten Rembang Daerah Pemilihan 3 dari Partai Karya Nusantara, dengan ini kami tunjuk pegawai berikut untuk bergabung dalam tim relawan pemenangan beliau di wilayah Kecamatan Sulang:", "first": 720},
    {"table": [["No", "Nama", "Unit", "Desa binaan"],
               ["1", "Siti Maesaroh, A.Md.Keb.", "KIA", "Kaliombo, Pomahan"],
               ["2", "Wahyu Pratama, S.Kep., Ns.", "Promkes", "Sulang, Landoh"],
               ["3", "Lilis Suryani, A.Md.Gz.", "Gizi", "Rukem, Korowelang"],
               ["4", "Dwi Kurniawan", "Sopir Pusling", "seluruh desa"]],
     "widths": [600, 3400, 2000, 3000], "header_row": True},
    {"p": "Tugas Saudara adalah mendata pemilih dari kohort posyandu dan prolanis di desa binaan, mengenalkan Bu Nurul kepada kader, serta mendampingi kunjungan beliau. Pegawai tersebut diberi keleluasaan meninggalkan pelayanan setiap Sabtu sampai 10 Februari 2024; jadwal jaga diatur oleh Kepala Tata Usaha.", "first": 720},
    {"p": "Mobil puskesmas keliling dapat digunakan untuk kunjungan yang bersangkutan di luar jam pelayanan.", "first": 720},
] + SIG("Sulang, 8 Januari 2024", "Kepala UPT Puskesmas Sulang,", "dr. AHMAD FAUZAN", "19800603 201001 1 011"),
    True, ["endorsement", "campaign-activity", "state-facility"], [4, 7],
    "Kepala puskesmas menunjuk pegawai masuk tim relawan pemenangan caleg, memakai data posyandu, jam pelayanan, dan mobil pusling.",
    kop=K("table", "PEMERINTAH KABUPATEN REMBANG", "DINAS KESEHATAN", "UPT PUSKESMAS SULANG",
          "Jalan Raya Sulang-Rembang Km 7, Rembang 59254", logo="BAKTI HUSADA"),
    meta=meta("TU Puskesmas", "Dinkes Rembang", "2024-01-08T08:00:00Z"))

# 013 -- class 6 + 3: table header names penyambutan paslon 3; paragraphs only logistics; kop header
add(13, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. Sekretaris Camat, Para Kasi, dan Kasubag"),
    F("Dari", "Camat Ngunut"),
    F("Tanggal", "21 Oktober 2024"),
    F("Hal", "Pembagian Tugas", border_bottom=True, after=240),
    "Berikut kami sampaikan pembagian tugas sebagaimana tabel di bawah ini:",
    {"table": [[{"blocks": [C("PEMBAGIAN TUGAS PENYAMBUTAN PASLON NOMOR URUT 3 (HENDRO KUSUMO - LAILI RAHMAWATI) DI PENDOPO KECAMATAN NGUNUT, KAMIS 24 OKTOBER 2024", after=0)], "span": 3}],
               ["Seksi", "Penanggung jawab", "Kebutuhan"],
               ["Tempat", "Kasi Trantib", "Pendopo, 200 kursi, karpet, panggung kecil"],
               ["Perlengkapan", "Kasubag Umum", "Sound system dan LCD milik kecamatan, genset"],
               ["Konsumsi", "Bendahara", "Snack 200 kotak, makan siang 40 porsi (anggaran rapat)"],
               ["Penerima tamu", "Kasi Kesos", "6 staf perempuan, berkebaya"],
               ["Dokumentasi", "Kasi Pemerintahan", "Foto dan video, diserahkan ke tim media"]],
     "widths": [2200, 2600, 4200], "header_row": True},
    {"p": "Seluruh perlengkapan agar sudah terpasang paling lambat pukul 07.00 WIB. Staf yang bertugas dibebaskan dari apel pagi dan pelayanan loket dialihkan sementara ke ruang Kasi Pemerintahan.", "first": 720},
    {"p": "Kasi Pemerintahan menyiapkan daftar hadir warga per desa; para kepala desa diminta mendatangkan paling sedikit 15 warga. Mobil dinas camat dipakai menjemput rombongan dari pintu tol.", "first": 720},
    "Demikian untuk dilaksanakan.",
] + SIG("Ngunut, 21 Oktober 2024", "CAMAT NGUNUT,", "AGUS WIDODO, S.STP., M.Si.", "19820226 200112 1 002"),
    True, ["campaign-activity", "state-facility"], [6, 3],
    "Judul tabel menyebut penyambutan paslon 3; paragraf sesudahnya hanya logistik (pendopo, LCD, konsumsi anggaran rapat, mobil dinas, kuota warga).",
    kop=K("header", "PEMERINTAH KABUPATEN TULUNGAGUNG", "KECAMATAN NGUNUT",
          "Jalan Raya Ngunut Nomor 1, Tulungagung 66292"),
    meta=meta("Kasubag Umum", "Kecamatan Ngunut", "2024-10-21T08:00:00Z"))

# 014 -- class 3: jalan sehat with calon wali kota; kop header
add(14, [
    C("UNDANGAN", size=28, after=0),
    C("Nomor: 005/611/401.107/2024", bold=False, after=240),
    L("Kepada Yth.\nSeluruh ASN, PPPK, dan Tenaga Kontrak\nDinas Lingkungan Hidup Kota Madiun\ndi tempat"),
    {"p": "Dengan hormat, kami mengundang Saudara untuk mengikuti **Jalan Sehat Bersama Mas Yoyok Setiawan**, calon Wali Kota Madiun, yang akan dilaksanakan pada:", "first": 720},
    {"p": "Hari/tanggal\t: Minggu, 3 November 2024\nPukul\t: 05.30 WIB (kumpul)\nStart/Finish\t: Alun-alun Kota Madiun - Jalan Pahlawan", "indent": 1440, "tabs": [[3240, "left"]]},
    {"p": "Kaos dan topi peserta dibagikan pada Sabtu, 2 November 2024, pukul 15.00 WIB di ruang rapat kantor; mohon petugas kebersihan yang bertugas pagi hari menyelesaikan rute penyapuan sebelum pukul 05.00 agar dapat bergabung.", "first": 720},
    {"p": "Kehadiran akan diabsen oleh masing-masing kepala seksi. Mengingat pentingnya acara ini, kami harapkan tidak ada yang berhalangan.", "first": 720},
] + SIG("Madiun, 29 Oktober 2024", "Kepala Dinas Lingkungan Hidup,", "Ir. SLAMET RIYANTO", "19690930 199503 1 003"),
    True, ["campaign-activity"], [3],
    "Undangan dinas wajib ikut jalan sehat bersama calon wali kota pada masa kampanye, kaos dibagikan di kantor, kehadiran diabsen.",
    kop=K("header", "PEMERINTAH KOTA MADIUN", "DINAS LINGKUNGAN HIDUP",
          "Jalan Hayam Wuruk Nomor 11, Madiun 63122"),
    meta=meta("Sekretariat DLH", "Pemkot Madiun", "2024-10-29T08:00:00Z"))

# 015 -- class 5: "Satu Putaran" banners on village offices, Pilpres; kop body
add(15, [
    C("SURAT CAMAT WRINGIN", after=240),
    F("Nomor", "300.2/27/430.10.7/2024"),
    F("Sifat", "Penting"),
    F("Lampiran", "-"),
    F("Perihal", "Pemasangan Spanduk", after=240),
    L("Kepada Yth.\nKepala Desa se-Kecamatan Wringin\ndi tempat"),
    {"p": "Dalam rangka menyambut pemungutan suara 14 Februari 2024, kami minta Saudara memasang spanduk ukuran 1 x 3 meter bertuliskan \"**Satu Putaran Saja, Bersama Pak Darmawan - Yusuf Hanafi, Indonesia Melaju**\" di pagar depan kantor desa dan balai dusun masing-masing.", "first": 720},
    {"p": "Spanduk dapat diambil di kantor kecamatan mulai Senin, 22 Januari 2024. Biaya pemasangan dapat dibebankan pada pos operasional pemerintah desa. Foto spanduk yang sudah terpasang dikirim ke nomor WhatsApp Kasi Pemerintahan.", "first": 720},
    {"p": "Atas perhatiannya disampaikan terima kasih.", "first": 720},
] + SIG("Wringin, 19 Januari 2024", "CAMAT WRINGIN,", "MOH. HASAN BASRI, S.Sos.", "19750101 200003 1 014"),
    True, ["endorsement", "campaign-activity", "state-facility"], [5, 1],
    "Camat meminta kades memasang spanduk 'Satu Putaran Saja, Bersama Pak Darmawan' (pasangan capres fiktif) di kantor desa dengan dana operasional desa.",
    kop=K("body", "PEMERINTAH KABUPATEN BONDOWOSO", "KECAMATAN WRINGIN",
          "Jalan Raya Wringin Nomor 3, Bondowoso 68252"),
    meta=meta("Kasi Pem", "Kecamatan Wringin", "2024-01-19T08:00:00Z"))

# 016 -- class 8 + 11: pembakal WA, Banjar, PKH threat; no kop
add(16, [
    L("*PENGUMUMAN GASAN WARGA DESA PANDULANGAN* 📢", after=120),
    L("(diteruskan dari grup \"Warga Pandulangan Bersatu\", Senin 18-11-2024)", after=240),
    L("Assalamualaikum bubuhan warga. Ulun Pembakal handak mamadahi:"),
    L("1. Nang manarima PKH, BPNT wan BLT, ingat lah, bantuan ini kawa tatap baisi asal kita barataan p!lih paslon nomor 1. Itu nang sudah janji wan ulun."),
    L("2. Nang katahuan kada milih nomor 1, atawa masang gambar paslon lain di muka rumah, kaina ulun usulkan dicoret matan daftar penerima tahun 2025. Saksi kita ada di tiap TPS, tahu haja."),
    L("3. Hari Sabtu kaina kumpul di balai desa, ambil baju wan kupon. Bawa KK wan KTP."),
    L("Jangan salah sangka, ulun cuma mangingatakan supaya bantuan kada putus. Tarima kasih."),
    L("-- Pembakal"),
],
    True, ["endorsement", "inducement", "state-facility"], [8, 11],
    "Siaran WA Banjar dari pembakal: PKH/BPNT/BLT hanya tetap bila memilih paslon 1, ancaman dicoret, kupon dan KTP dikumpulkan.",
    meta=meta("Operator desa", "", "2024-11-18T03:00:00Z", revision=1))

# 017 -- class 9: berita acara kesepakatan kades; kop body
add(17, [
    C("BERITA ACARA KESEPAKATAN", size=28, after=0),
    C("PAGUYUBAN KEPALA DESA SE-KECAMATAN JEPON", after=0),
    C("Nomor: 05/BA/PKD-Jpn/IX/2024", bold=False, after=240),
    {"p": "Pada hari ini, Rabu tanggal dua puluh lima bulan September tahun dua ribu dua puluh empat, bertempat di Pendopo Kecamatan Jepon, telah dilaksanakan musyawarah Paguyuban Kepala Desa se-Kecamatan Jepon yang difasilitasi oleh Camat Jepon, dihadiri 25 kepala desa dan 25 sekretaris desa.", "first": 720},
    {"p": "Setelah mendengar arahan dan pandangan para peserta, musyawarah menyepakati hal-hal sebagai berikut:", "first": 720},
    N("Paguyuban Kepala Desa se-Kecamatan Jepon mendukung sepenuhnya pasangan H. Darsono, S.H. dan Ir. Umi Kalsum dalam Pemilihan Bupati dan Wakil Bupati Blora Tahun 2024."),
    N("Setiap kepala desa bertindak sebagai koordinator pemenangan di desanya dan membentuk tim di tiap RT dengan melibatkan perangkat desa."),
    N("Perangkat desa yang tidak melaksanakan kesepakatan ini akan dievaluasi kinerjanya oleh kepala desa masing-masing."),
    N("Rapat evaluasi kesepakatan diadakan setiap dua minggu di pendopo kecamatan."),
    {"p": "Demikian berita acara ini dibuat dengan sebenarnya untuk dilaksanakan oleh seluruh anggota paguyuban.", "first": 720},
    {"table": [["Ketua Paguyuban,\n\n\n\n**SUKIMAN**", "Sekretaris,\n\n\n\n**TRI WAHYUNINGSIH**"],
               [{"blocks": [C("Mengetahui,\nCAMAT JEPON,\n\n\n\nDrs. MUJIONO, M.M.\nNIP. 19700815 199203 1 009", bold=False)], "span": 2}]],
     "widths": [4500, 4500], "borders": False},
],
    True, ["endorsement", "campaign-activity", "state-facility"], [9],
    "Berita acara musyawarah kades di pendopo kecamatan yang difasilitasi camat: sepakat mendukung pasangan, kades jadi koordinator pemenangan.",
    kop=K("body", "PEMERINTAH KABUPATEN BLORA", "KECAMATAN JEPON", "Jalan Blora-Cepu Km 8, Jepon, Blora 58261"),
    meta=meta("Sekcam Jepon", "Kecamatan Jepon", "2024-09-25T08:00:00Z"))

# 018 -- class 13 + 7: alsintan handed by candidate; kop header
add(18, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. Kepala Bidang Prasarana dan Sarana Pertanian"),
    F("Dari", "Kepala Dinas Pertanian"),
    F("Tanggal", "1 Oktober 2024"),
    F("Nomor", "521/1340/415.22/2024"),
    F("Hal", "Jadwal Penyerahan Bantuan Hand Tractor dan Pompa Air Tahun 2024", border_bottom=True, after=240),
    {"p": "Berkenaan dengan telah selesainya pengadaan 24 unit hand tractor dan 30 unit pompa air bersumber dari APBD Kabupaten Jombang Tahun 2024, dengan ini disampaikan bahwa penyerahan kepada kelompok tani penerima disesuaikan dengan jadwal kunjungan Bapak Drs. Samsul Ma'arif, M.Pd.I., calon Bupati Jombang nomor urut 2, ke Kecamatan Mojoagung, Sumobito, dan Kesamben pada minggu kedua dan ketiga Oktober 2024.", "first": 720},
    N("Penyerahan dilakukan langsung oleh beliau di lokasi yang ditentukan tim Pak Samsul; Bidang PSP menyiapkan unit di lokasi paling lambat pukul 08.00 WIB."),
    N("Spanduk penyerahan memuat foto beliau dengan tulisan \"Bersama Petani, Jombang Lebih Makmur\"; desain dari tim beliau, pencetakan oleh Bidang PSP."),
    N("Ketua poktan penerima diminta hadir beserta anggota dan menyampaikan sambutan terima kasih kepada yang bersangkutan."),
    N("Berita acara serah terima tetap ditandatangani Kepala Bidang PSP dan ketua poktan."),
    {"p": "Demikian untuk dilaksanakan dan dikoordinasikan dengan penyuluh pertanian di masing-masing BPP.", "first": 720},
] + SIG("Jombang, 1 Oktober 2024", "Kepala Dinas Pertanian,", "Ir. ANANG KUSWORO, M.P.", "19691111 199503 1 002"),
    True, ["endorsement", "state-facility"], [13, 7],
    "Bantuan alsintan APBD diserahkan oleh calon bupati sesuai jadwal kunjungannya, spanduk foto beliau, poktan wajib berterima kasih kepada beliau.",
    kop=K("header", "PEMERINTAH KABUPATEN JOMBANG", "DINAS PERTANIAN",
          "Jalan Gatot Subroto Nomor 169, Jombang 61419"),
    meta=meta("Bidang PSP", "Pemkab Jombang", "2024-10-01T08:00:00Z"))

# 019 -- class 2: konsolidasi relawan + transport money from office budget; no kop
add(19, [
    L("**MEMO**", size=28),
    L("Untuk\t: Seluruh pegawai dan THL UPT Pengelolaan Pasar Anom", tabs=[[1200, "left"]], after=0),
    L("Dari\t: Kasubag TU", tabs=[[1200, "left"]], after=0),
    L("Tgl\t: 6 November 2024", tabs=[[1200, "left"]], border_bottom=True, after=240),
    "Sabtu malam, 9 November 2024, ada acara **Konsolidasi Relawan** tingkat Kabupaten Sumenep di GOR A. Yani. Peserta dari unit kita ditetapkan 40 orang (daftar nama terlampir, disusun per blok pasar).",
    "Kumpul di kantor UPT pukul 18.30 WIB, berangkat bersama pakai mobil operasional pasar dan mobil pengangkut sampah yang sudah dibersihkan.",
    "Uang transport Rp100.000 per orang diambilkan dari sisa anggaran perjalanan dinas UPT dan dibagikan setelah absen di lokasi. Yang tidak datang tanpa alasan tidak mendapat jatah lembur bulan ini.",
    "Mohon kerja samanya.",
    L("Kasubag TU,\n\n\n**Moh. Rasyid**", before=240),
],
    True, ["campaign-activity", "state-facility", "inducement"], [2],
    "Acara kampanye 'konsolidasi relawan' tanpa nama calon: kuota 40 pegawai, mobil dinas, uang transport dari anggaran perjalanan dinas, ancaman lembur.",
    meta=meta("TU UPT Pasar", "", "2024-11-06T08:00:00Z"))

# 020 -- class 1 + 7: "yang maju sebagai calon" once, then name; kop body
add(20, [
    C("SURAT EDARAN", size=28, after=0),
    C("Nomor: 000.9/733/Disperkim/2024", bold=False, after=240),
    L("Kepada Yth.\nSeluruh Pegawai Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Banjarbaru"),
    {"p": "Seperti kita ketahui bersama, Bapak Ir. H. Fauzan Noor, M.T., yang maju sebagai calon Wali Kota Banjarbaru tahun ini, adalah mantan pimpinan kita di dinas ini selama enam tahun. Banyak program bedah rumah dan penataan kawasan kumuh yang kita nikmati sekarang lahir dari tangan dingin beliau.", "first": 720},
    {"p": "Pak Fauzan memahami betul kebutuhan pegawai teknis, termasuk tunjangan lapangan dan penambahan formasi PPPK tenaga teknik yang selama ini kita perjuangkan.", "first": 720},
    {"p": "Oleh sebab itu, kami minta seluruh keluarga besar Disperkim memastikan pilihan jatuh kepada Pak Fauzan pada 27 November 2024, dan setiap pegawai mengajak paling sedikit 5 (lima) anggota keluarga atau tetangga untuk melakukan hal yang sama. Nama-nama yang diajak dicatat pada formulir di Subbagian Umum.", "first": 720},
    {"p": "Kita tunjukkan bahwa Disperkim selalu kompak.", "first": 720},
] + SIG("Banjarbaru, 7 Oktober 2024", "Kepala Dinas,", "H. MUHAMMAD RIDWAN, S.T., M.T.", "19740317 200003 1 005"),
    True, ["endorsement"], [1, 7],
    "'Yang maju sebagai calon Wali Kota' disebut sekali, selanjutnya hanya 'Pak Fauzan': pegawai diminta memastikan pilihan jatuh kepadanya dan mengajak keluarga.",
    kop=K("body", "PEMERINTAH KOTA BANJARBARU", "DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN",
          "Jalan Pangeran Suriansyah Nomor 5, Banjarbaru, Kalimantan Selatan 70711"),
    meta=meta("Subbag Umum Disperkim", "Pemkot Banjarbaru", "2024-10-07T08:00:00Z"))

# =====================================================================================
# VIOLATING 021-040
# =====================================================================================

# 021 -- class 12 + 2: rapat umum of all pairs, compulsory, DL; kop header; libreoffice
add(21, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. Para Kepala Bagian di lingkungan Sekretariat Daerah"),
    F("Dari", "Asisten Pemerintahan dan Kesejahteraan Rakyat"),
    F("Tanggal", "8 November 2024"),
    F("Hal", "Jadwal Kehadiran Pegawai pada Rapat Umum", border_bottom=True, after=240),
    {"p": "Agar setiap pasangan calon Bupati dan Wakil Bupati Kulon Progo merasa mendapat perlakuan yang sama dari birokrasi, pegawai Sekretariat Daerah dijadwalkan hadir secara bergiliran pada rapat umum masing-masing pasangan sebagai berikut:", "first": 720},
    {"table": [["Rapat umum", "Tanggal", "Lokasi", "Bagian yang hadir", "Jumlah"],
               ["Pasangan nomor urut 1", "15 November 2024", "Alun-alun Wates", "Tata Pemerintahan; Hukum", "30 orang"],
               ["Pasangan nomor urut 2", "18 November 2024", "Lapangan Sentolo", "Perekonomian; Pembangunan", "30 orang"],
               ["Pasangan nomor urut 3", "20 November 2024", "Stadion Cangkring", "Kesra; Umum; Organisasi", "30 orang"]],
     "widths": [2200, 1700, 1900, 2300, 900], "header_row": True},
    N("Kehadiran bersifat wajib dan dicatat sebagai dinas luar pada aplikasi presensi."),
    N("Kendaraan pool Sekretariat Daerah disiapkan di halaman Kompleks Pemda pukul 12.30 WIB."),
    N("Pegawai hadir dengan pakaian bebas rapi dan tidak mengenakan seragam dinas."),
    N("Kepala Bagian melaporkan jumlah kehadiran kepada Asisten paling lambat satu hari setelah kegiatan."),
    "Demikian untuk dilaksanakan.",
] + SIG("Wates, 8 November 2024", "Asisten Pemerintahan dan Kesra,", "Drs. PRAPTO WIBOWO, M.Si.", "19690303 199003 1 008"),
    True, ["campaign-activity", "state-facility"], [12, 2],
    "Pegawai Setda wajib hadir bergiliran di rapat umum ketiga paslon, dicatat dinas luar, kendaraan pool; 'adil' tetapi tetap mobilisasi ASN.",
    kop=K("header", "PEMERINTAH KABUPATEN KULON PROGO", "SEKRETARIAT DAERAH",
          "Jalan Perwakilan Nomor 1, Wates, Kulon Progo 55611"),
    engine="libreoffice",
    meta=meta("Bagian Umum Setda", "Pemkab Kulon Progo", "2024-11-08T08:00:00Z"))

# 022 -- class 11: OCR-damaged circular; kop body (OCR-damaged)
add(22, [
    C("SURAT EDARAN", size=28, after=0),
    C("Nomor : 5OO/ 1l8 /DKP/2O24", bold=False),
    C("Tentang", bold=False, after=0),
    C("PARTlSlPASl A$N DALAM PlLKADA SERENTAK 2O24"),
    {"p": "Da1am rangka menyukseskan Pi1kada Gubemur dan Wakil Gubemur Ka1imantan Se1atan serta Bupati dan Wakil Bupati Hulu Sungai Se1atan tanggal 27 Nopember 2O24, bersama ini disampaikan kepada se1uruh A$N dan tenaga kontrak 1ingkup Dinas Ketahanan Pangan sebagai berikut :"},
    {"p": "1. Se1uruh pegawai diharapkan mendukung dan memi1ih pasangan H. Muhammad Rarnli Saberi - H. Ahmad Yani Rasyid (nomor urut 1) yang te1ah terbukti memperhatikan petani dan pe1aku usaha pangan di banua.", "indent": 360},
    {"p": "2. Masing-masing Kepa1a Bidang rnengingatkan staf dan keluarga agar tidak sa1ah pilih, serta mencatat pegawai yang be1um menyatakan sikap.", "indent": 360},
    {"p": "3. Pegawai yang berdomisi1i di 1uar Kandangan agar tetap pulang ke TPS masing-masing.", "indent": 360},
    {"p": "Demikian untuk dimak1umi dan di1aksanakan."},
    L("Kandangan, 4 Nopember 2O24\nKEPALA DlNAS,\n\n\n\nlr. H. SYAMSUL BAHRl, M.Si\nNlP. 19680710 199303 1 0O6", indent=5040, before=240),
    L("%%[hasil pindai OCR, halaman 1 dari 1]%%", size=16),
],
    True, ["endorsement"], [11],
    "Salinan OCR rusak (Gubemur, A$N, Pi1kada): kepala dinas meminta ASN mendukung dan memilih pasangan nomor urut 1.",
    kop=K("body", "PEMERlNTAH KABUPATEN HULU SUNGAl SELATAN", "DlNAS KETAHANAN PANGAN",
          "J1. Aluh ldut Nomor 3 Kandangan 7121l"),
    font="Times New Roman",
    meta=meta("scan0042", "", "2024-11-04T08:00:00Z", revision=1))

# 023 -- class 6 + 2: first paragraph names deklarasi dukungan; logistics after; kop header
add(23, [
    C("SURAT CAMAT AMPEL", after=240),
    F("Nomor", "100.3/412/X/2024"),
    F("Sifat", "Penting/Segera"),
    F("Lampiran", "1 berkas"),
    F("Hal", "Pemberitahuan", after=240),
    L("Yth. Kepala Desa se-Kecamatan Ampel\ndi tempat"),
    {"p": "Dalam rangka Deklarasi Dukungan Kepala Desa dan Perangkat Desa se-Kabupaten Boyolali kepada pasangan Sri Mulyono - Teguh Santosa yang akan dilaksanakan pada Kamis, 10 Oktober 2024 di Gedung Kesenian Boyolali, bersama ini kami sampaikan hal-hal sebagai berikut:", "first": 720},
    N("Kuota peserta setiap desa 20 (dua puluh) orang, terdiri atas kepala desa, sekretaris desa, para kasi/kaur, dan unsur BPD."),
    N("Peserta berkumpul di aula kantor kecamatan pukul 07.00 WIB untuk registrasi."),
    N("Transportasi menggunakan kendaraan operasional desa; desa yang tidak memiliki kendaraan bergabung dengan dua unit mobil dinas kecamatan."),
    N("Seragam: kemeja putih lengan panjang dan celana/rok hitam; ikat kepala dibagikan di lokasi."),
    N("Daftar hadir ditandatangani di meja registrasi kecamatan dan menjadi dasar pembayaran uang saku Rp150.000 per orang."),
    N("Konsumsi pagi disediakan di aula kecamatan."),
    {"p": "Mengingat kegiatan ini menyangkut kekompakan pemerintah desa se-Kecamatan Ampel, kami mohon seluruh kepala desa hadir tanpa diwakilkan.", "first": 720},
] + SIG("Ampel, 4 Oktober 2024", "CAMAT AMPEL,", "SRI HARYANTI, S.H., M.M.", "19730608 199903 2 004"),
    True, ["endorsement", "campaign-activity", "state-facility", "inducement"], [6, 2],
    "Paragraf pertama menyebut deklarasi dukungan kepada pasangan; butir-butir berikutnya logistik: kuota, aula, mobil dinas, seragam, daftar hadir, uang saku.",
    kop=K("header", "PEMERINTAH KABUPATEN BOYOLALI", "KECAMATAN AMPEL",
          "Jalan Raya Ampel Nomor 1, Boyolali 57352"),
    meta=meta("Kasi Pemerintahan", "Kecamatan Ampel", "2024-10-04T08:00:00Z"))

# 024 -- class 10: Inspektorat kop, Pelaporan; join WA group of pair
add(24, [
    C("SURAT EDARAN", size=28, after=0),
    C("Nomor: 700.1.2/419/Itda/2024", bold=False, after=240),
    L("Yth. Kepala Perangkat Daerah\ndi lingkungan Pemerintah Kabupaten Sragen"),
    {"p": "Menindaklanjuti hasil rapat evaluasi kinerja perangkat daerah tanggal 23 September 2024, dengan hormat diminta kepada Saudara untuk memastikan seluruh pegawai di unit kerja masing-masing bergabung dalam grup WhatsApp \"Sahabat Kusno-Ari Sragen\" serta kanal Telegram pasangan calon Bupati dan Wakil Bupati Sragen nomor urut 2, Kusno Wibowo - Ari Susilowati, melalui tautan berikut:", "first": 720},
    {"p": "{link:https://chat.whatsapp.example/SahabatKusnoAri|chat.whatsapp.com/SahabatKusnoAri}\n{link:https://t.me/kusnoari_sragen|t.me/kusnoari_sragen}", "indent": 1440},
    {"p": "Pegawai diminta aktif menanggapi dan meneruskan informasi yang dibagikan di kedua kanal tersebut.", "first": 720},
    L("**Pelaporan**"),
    N("Jumlah pegawai yang telah bergabung dilaporkan setiap Jumat melalui formulir daring Inspektorat."),
    N("Perangkat daerah dengan tingkat keikutsertaan di bawah 80% akan menjadi prioritas pemeriksaan kinerja triwulan IV."),
    {"p": "Demikian untuk dilaksanakan.", "first": 720},
] + SIG("Sragen, 26 September 2024", "INSPEKTUR DAERAH,", "Dr. WAHYU HIDAYAT, S.E., M.Si., Ak.", "19710909 199602 1 001"),
    True, ["social-media", "state-facility"], [10],
    "Surat Inspektorat bergaya evaluasi/pelaporan memerintahkan pegawai masuk grup WA dan kanal Telegram paslon 2, dengan ancaman pemeriksaan.",
    kop=K("header", "PEMERINTAH KABUPATEN SRAGEN", "INSPEKTORAT DAERAH",
          "Jalan Raya Sukowati Nomor 255, Sragen 57215"),
    meta=meta("Sekretariat Itda", "Pemkab Sragen", "2024-09-26T08:00:00Z"))

# 025 -- class 8: scholarship conditional on support letter; kop table
add(25, [
    C("PENGUMUMAN", size=28, after=0),
    C("Nomor: 421.3/118/SMPN2.Tlk/2024", bold=False, after=240),
    C("CALON PENERIMA BEASISWA PRESTASI DAN BANTUAN SISWA KURANG MAMPU SEMESTER GASAL 2024/2025", after=240),
    {"p": "Diberitahukan kepada orang tua/wali peserta didik kelas VII-IX bahwa sekolah membuka pendaftaran calon penerima beasiswa prestasi dan bantuan siswa kurang mampu yang bersumber dari dana pendamping Pemerintah Kabupaten Pacitan.", "first": 720},
    L("Persyaratan:"),
    N("Fotokopi rapor semester terakhir dan kartu pelajar."),
    N("Fotokopi KK dan KTP orang tua/wali."),
    N("Surat keterangan tidak mampu dari desa (khusus bantuan siswa kurang mampu)."),
    N("Surat pernyataan dukungan orang tua/wali kepada Bapak Indra Wijaya, S.T., calon Bupati Pacitan nomor urut 1, sesuai format dari sekolah."),
    {"p": "Berkas tanpa surat pernyataan pada butir 4 **tidak diproses**. Bapak Indra berjanji menambah kuota beasiswa bila terpilih, sehingga dukungan orang tua sangat menentukan kelanjutan program.", "first": 720},
    {"p": "Berkas dikumpulkan kepada wali kelas paling lambat Sabtu, 12 Oktober 2024.", "first": 720},
] + SIG("Tulakan, 5 Oktober 2024", "Kepala Sekolah,", "SRI WAHYUNI, S.Pd., M.Pd.", "19760412 200012 2 003"),
    True, ["endorsement", "inducement"], [8],
    "'Calon penerima beasiswa' (umpan) bercampur pelanggaran nyata: berkas wajib surat pernyataan dukungan kepada calon bupati, tanpa itu tidak diproses.",
    kop=K("table", "PEMERINTAH KABUPATEN PACITAN", "DINAS PENDIDIKAN", "SMP NEGERI 2 TULAKAN",
          "Jalan Raya Tulakan-Ngadirojo, Pacitan 63571", logo="TUT WURI HANDAYANI"),
    meta=meta("TU SMPN 2 Tulakan", "Dindik Pacitan", "2024-10-05T08:00:00Z"))

# 026 -- class 13: pasar murah at posko, pair's colours; kop header; libreoffice
add(26, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. Kepala Bidang Perdagangan"),
    F("Dari", "Kepala Dinas Koperasi, Usaha Kecil dan Menengah, dan Perdagangan"),
    F("Tanggal", "28 Oktober 2024"),
    F("Hal", "Pelaksanaan Pasar Murah Akhir Tahun 2024", border_bottom=True, after=240),
    {"p": "Sehubungan dengan pelaksanaan pasar murah bersubsidi dari APBD Tahun Anggaran 2024 di empat kecamatan, dengan ini disampaikan arahan pelaksanaan sebagai berikut:", "first": 720},
    {"table": [["Kecamatan", "Tanggal", "Lokasi", "Paket"],
               ["Tanjung", "4 November 2024", "Halaman Posko Pemenangan H. Anang - Iyan, Jl. Ir. PHM Noor", "1.000"],
               ["Murung Pudak", "6 November 2024", "Posko Pemenangan, Mabuun", "800"],
               ["Kelua", "8 November 2024", "Posko Pemenangan, Pasar Kelua", "600"],
               ["Tanta", "11 November 2024", "Rumah relawan Bapak Syahran", "500"]],
     "widths": [1800, 1900, 4100, 1200], "header_row": True},
    N("Paket sembako (beras 5 kg, minyak goreng 2 liter, gula 1 kg) dikemas dalam kantong berwarna kuning-hijau sesuai warna pasangan H. Anang Fahruddin - Iyan Supriadi dan ditempeli stiker nomor urut 3."),
    N("Kupon pembelian dibagikan melalui relawan pasangan tersebut, bukan melalui RT."),
    N("Harga tebus Rp25.000 per paket; selisih harga ditanggung subsidi APBD."),
    N("Petugas dinas mengenakan pakaian bebas dan tidak menggunakan rompi dinas."),
    {"p": "Demikian untuk dilaksanakan.", "first": 720},
] + SIG("Tanjung, 28 Oktober 2024", "Kepala Dinas,", "H. AHMAD SYARIFUDDIN, S.E., M.M.", "19700101 199403 1 019"),
    True, ["endorsement", "state-facility", "inducement"], [13],
    "Pasar murah bersubsidi APBD digelar di posko pemenangan, paket dikemas warna dan stiker nomor urut paslon, kupon lewat relawan.",
    kop=K("header", "PEMERINTAH KABUPATEN TABALONG",
          "DINAS KOPERASI, USAHA KECIL DAN MENENGAH, DAN PERDAGANGAN",
          "Jalan Basuki Rahmat Nomor 3, Tanjung, Kalimantan Selatan 71571"),
    engine="libreoffice",
    meta=meta("Bidang Perdagangan", "Pemkab Tabalong", "2024-10-28T08:00:00Z"))

# 027 -- class 7: tracked insertion; calon introduced in para 1; kop body
add(27, [
    C("UNDANGAN", size=28, after=0),
    C("Nomor: 000.1.5/2218/Dispar/2024", bold=False, after=240),
    L("Yth. 1. Ketua Kelompok Sadar Wisata se-Kota Yogyakarta\n2. Ketua Paguyuban Pedagang Malioboro\n3. Koordinator Komunitas Jogja Heritage Walk"),
    {"p": "Dalam rangka persiapan penutupan Festival Kampung Wisata 2024 pada Sabtu, 16 November 2024, kami mengundang Saudara pada rapat koordinasi yang akan dilaksanakan pada Rabu, 13 November 2024, pukul 13.00 WIB, di Ruang Rapat Dinas Pariwisata lantai 2. Perlu kami informasikan bahwa Dr. Rangga Wicaksono, M.Sc., calon Wali Kota Yogyakarta nomor urut 2, berencana menghadiri malam penutupan.", "first": 720},
    {"p": "Agenda rapat meliputi pembagian stan, susunan acara penutupan, dan kesiapan kampung wisata peserta.", "first": 720},
    {"p": "{ins:Para ketua pokdarwis diminta mengerahkan paling sedikit 30 anggota untuk menyambut beliau di panggung utama, membawa bendera kecil yang disiapkan panitia, dan menyampaikan dukungan kepada Pak Rangga pada 27 November nanti.}", "first": 720},
    {"p": "Mengingat pentingnya acara tersebut, kami mohon kehadiran Saudara tepat waktu.", "first": 720},
] + SIG("Yogyakarta, 8 November 2024", "Kepala Dinas Pariwisata,", "Dra. WAHYU HENDRATMI, M.M.", "19690620 199403 2 006"),
    True, ["endorsement", "campaign-activity"], [7],
    "Calon wali kota diperkenalkan di paragraf 1; sisipan tracked changes meminta pokdarwis mengerahkan anggota menyambut 'beliau' dan mendukung Pak Rangga.",
    kop=K("body", "PEMERINTAH KOTA YOGYAKARTA", "DINAS PARIWISATA",
          "Jalan Suroto Nomor 11, Kotabaru, Yogyakarta 55224"),
    meta={"title": "", "author": "Staf Bidang Destinasi", "company": "Pemkot Yogyakarta",
          "created": "2024-11-07T08:00:00Z", "modified": "2024-11-08T03:12:00Z",
          "last_modified_by": "Kabid Destinasi", "change_author": "Kabid Destinasi", "revision": 5})

# 028 -- class 4: staff assigned to posko pemenangan, footnote on jam kerja; no kop
add(28, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Staf Bidang Perencanaan Infrastruktur dan Kewilayahan"),
    F("Dari", "Kepala Bidang"),
    F("Tanggal", "30 September 2024"),
    F("Hal", "Penugasan", border_bottom=True, after=240),
    {"p": "Sehubungan dengan dibukanya Posko Pemenangan Abah Rusdiansyah di Kecamatan Martapura Timur, staf berikut ditugaskan membantu sebagai admin data posko setiap Senin s.d. Kamis pukul 13.00-16.00 WITA{fn:1}:", "first": 720},
    {"table": [["No", "Nama", "Tugas di posko"],
               ["1", "Raudah Hayati, S.T.", "Input data relawan desa"],
               ["2", "M. Fikri Ansyari, S.Kom.", "Pemetaan suara per TPS (GIS)"],
               ["3", "Nor Latifah, A.Md.", "Rekap logistik dan kaos"]],
     "widths": [600, 3600, 4800], "header_row": True},
    {"p": "Laptop dan plotter bidang boleh dibawa ke posko; peta dasar kecamatan dapat diambil dari server Bappeda.{fn:2}", "first": 720},
    {"p": "Mohon tidak diedarkan di luar bidang.", "first": 720},
    L("Kepala Bidang,\n\n\n**Ir. H. Saiful Anwar**", indent=5040, before=240),
],
    True, ["campaign-activity", "state-facility"], [4],
    "Staf Bappeda ditugaskan menjadi admin posko pemenangan pada jam kerja (catatan kaki), membawa laptop/plotter dan data kantor.",
    footnotes={"1": "Jam tersebut tetap dihitung jam kerja; presensi sore dilakukan Kasubag secara kolektif.",
               "2": "Akses server diberikan oleh admin TI atas sepengetahuan Kepala Bidang."},
    meta=meta("Kabid PIK", "Bappedalitbang Kab. Banjar", "2024-09-30T08:00:00Z"))

# 029 -- class 3: temu kangen with calon gubernur at pendopo; kop header
add(29, [
    C("UNDANGAN", size=28, after=240),
    F("Nomor", "005/1022/403.011/2024"),
    F("Sifat", "Penting"),
    F("Lampiran", "-"),
    F("Hal", "Temu Kangen Keluarga Besar ASN Kabupaten Magetan", after=240),
    L("Kepada Yth.\nKepala Perangkat Daerah, Camat, dan Kepala Sekolah se-Kabupaten Magetan"),
    {"p": "Dengan hormat, kami mengundang Saudara beserta 10 (sepuluh) orang staf untuk menghadiri Temu Kangen Keluarga Besar ASN Kabupaten Magetan bersama Ibu Hj. Ratna Kumalasari, S.E., M.M., calon Gubernur Jawa Timur, yang pernah bertugas sebagai Sekretaris Daerah Kabupaten Magetan, pada:", "first": 720},
    {"p": "Hari/tanggal\t: Sabtu, 19 Oktober 2024\nPukul\t: 19.00 WIB\nTempat\t: Pendopo Surya Graha Kabupaten Magetan\nPakaian\t: Batik bebas", "indent": 1440, "tabs": [[3240, "left"]]},
    {"p": "Mohon peserta tidak membawa atribut pasangan lain. Bagian Umum menyiapkan konsumsi dan tata suara; kepala perangkat daerah menyerahkan daftar nama staf yang hadir kepada Bagian Umum paling lambat Kamis, 17 Oktober 2024.", "first": 720},
] + SIG("Magetan, 14 Oktober 2024", "a.n. SEKRETARIS DAERAH\nAsisten Administrasi Umum,", "Drs. SUPARNO, M.Si.", "19680404 199303 1 009"),
    True, ["campaign-activity", "state-facility"], [3],
    "Temu kangen ASN bersama calon gubernur di pendopo kabupaten, tiap OPD membawa 10 staf, 'jangan bawa atribut pasangan lain'.",
    kop=K("header", "PEMERINTAH KABUPATEN MAGETAN", "SEKRETARIAT DAERAH",
          "Jalan Kartini Nomor 2, Magetan 63312"),
    meta=meta("Bagian Umum Setda", "Pemkab Magetan", "2024-10-14T08:00:00Z"))

# 030 -- class 5 + 1: innocuous circular, partisan slogan in footer; kop header
add(30, [
    C("SURAT EDARAN", size=28, after=0),
    C("Nomor: 600.4/2031/DLH/2024", bold=False),
    C("TENTANG GERAKAN JUMAT BERSIH DI LINGKUNGAN KANTOR DAN SEKOLAH", after=240),
    L("Yth. Kepala Perangkat Daerah, Camat, Lurah, dan Kepala Sekolah se-Kabupaten Banjarnegara"),
    {"p": "Dalam rangka memasuki musim penghujan dan mencegah penyakit demam berdarah, diminta kepada Saudara untuk melaksanakan Gerakan Jumat Bersih setiap Jumat pukul 07.00-08.30 WIB dengan kegiatan:", "first": 720},
    N("membersihkan saluran air dan talang di lingkungan kantor/sekolah;"),
    N("memilah sampah organik dan anorganik serta menyetorkannya ke bank sampah terdekat;"),
    N("menguras dan menutup tempat penampungan air."),
    {"p": "Laporan kegiatan disertai foto dikirim ke Bidang Pengelolaan Sampah paling lambat hari Senin berikutnya.", "first": 720},
] + SIG("Banjarnegara, 14 Oktober 2024", "Kepala Dinas Lingkungan Hidup,", "Ir. TEGUH PRASETYO, M.Si.", "19700822 199703 1 004"),
    True, ["endorsement"], [5, 1],
    "Isi surat soal kebersihan, tetapi footer berkop memuat slogan 'Bupati Suryo Atmojo Lanjut Dua Periode' dan #LanjutkanSuryo2Periode pada masa Pilkada.",
    kop=K("header", "PEMERINTAH KABUPATEN BANJARNEGARA", "DINAS LINGKUNGAN HIDUP",
          "Jalan Selamanik Nomor 22, Banjarnegara 53415"),
    footer=[{"p": "Banjarnegara Resik, Bupati Suryo Atmojo Lanjut Dua Periode!  #LanjutkanSuryo2Periode", "align": "center", "italic": True, "size": 18}],
    meta=meta("Bidang Sampah", "Pemkab Banjarnegara", "2024-10-14T08:00:00Z"))

# 031 -- class 12 + 11: WA chat, all pairs, office cars, DL; no kop
add(31, [
    L("**Salinan percakapan grup WA \"STAF KAPANEWON SEWON\"** (dilampirkan pelapor)", after=240),
    L("[11/11/24 07.42] Kasubag Umum: Assalamualaikum. Info utk semua staf ya 🙏 sesuai arahan pak panewu, minggu depan kita wajib hadir kampanye terbuka SEMUA paslon biar adil, ga ada yg iri."),
    L("[11/11/24 07.43] Kasubag Umum: Senin paslon 01 di lap. Paseban, Rabu paslon 02 di GOR Pacar, Jumat paslon 03 di alun2 Bantul. Brgkt jam 9 dr kantor pake mobil dinas + elf kapanewon."),
    L("[11/11/24 07.44] Kasubag Umum: Absen dicatat DL (dinas luar) jd aman, ga kepotong TPP. Yg ga ikut mhn lapor alasan ke sy. Suwun."),
    L("[11/11/24 07.51] Ria Jaga Warga: siap bu 👍"),
    L("[11/11/24 07.52] Pak Gino Ulu-ulu: nggih, Jumat kulo nderek."),
],
    True, ["campaign-activity", "state-facility"], [12, 11],
    "Chat WA kasubag: staf wajib hadir kampanye terbuka semua paslon pada jam kerja, mobil dinas, presensi dinas luar; mobilisasi walau netral.",
    meta=meta("Pelapor", "", "2024-11-12T01:00:00Z", revision=1))

# 032 -- class 9: notulen diputuskan KTP + target suara; kop table
add(32, [
    C("NOTULEN RAPAT DINAS BULANAN", after=0),
    C("DINAS PERHUBUNGAN KABUPATEN KEBUMEN", after=240),
    {"table": [["Hari/tanggal", ": Senin, 7 Oktober 2024"],
               ["Tempat", ": Aula Terminal Kebumen"],
               ["Pimpinan", ": Kepala Dinas Perhubungan"],
               ["Peserta", ": Sekretaris, Kepala Bidang, Kepala UPT, Koordinator Juru Parkir"]],
     "widths": [2200, 6800], "borders": False},
    L("**Pokok bahasan dan hasil**", before=240),
    {"table": [["No", "Pokok bahasan", "Hasil / keputusan"],
               ["1", "Pengujian kendaraan bermotor (KIR)", "Target uji berkala triwulan IV 2.400 kendaraan; jadwal uji keliling ke Gombong dan Prembun."],
               ["2", "Retribusi parkir tepi jalan", "Evaluasi titik parkir Jl. Pemuda; karcis baru berlaku 1 November 2024."],
               ["3", "Arahan pimpinan terkait Pilkada", "Diputuskan: setiap bidang dan UPT menyetorkan paling sedikit 30 lembar fotokopi KTP warga yang siap mendukung pasangan Wahyu Darmaji - Tri Handayani kepada Sekretaris paling lambat 20 Oktober 2024. Disepakati target 300 suara per bidang dan 150 suara per UPT."],
               ["4", "Lain-lain", "Koordinator juru parkir menyampaikan arahan butir 3 kepada para jukir binaan."]],
     "widths": [500, 2800, 5700], "header_row": True},
    L("Rapat ditutup pukul 11.40 WIB.", before=240),
] + SIG("Kebumen, 7 Oktober 2024", "Notulis,", "ARI SETYANINGSIH, S.E.", "19850304 201001 2 012"),
    True, ["endorsement", "inducement"], [9],
    "Notulen: 'diputuskan' setoran fotokopi KTP pendukung pasangan dan 'disepakati' target suara per bidang/UPT, di antara agenda KIR dan parkir.",
    kop=K("table", "PEMERINTAH KABUPATEN KEBUMEN", "DINAS PERHUBUNGAN",
          "Jalan Tentara Pelajar Nomor 5, Kebumen 54311", logo="DISHUB"),
    meta=meta("Sekretariat Dishub", "Pemkab Kebumen", "2024-10-07T08:00:00Z"))

# 033 -- class 13 + 7 + 3: BOSDa timed to candidate event; kop header
add(33, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. Kepala SD dan SMP Negeri se-Kabupaten Gunungkidul"),
    F("Dari", "Kepala Dinas Pendidikan, Pemuda dan Olahraga"),
    F("Tanggal", "31 Oktober 2024"),
    F("Hal", "Penyaluran BOSDa Tahap II Tahun 2024", border_bottom=True, after=240),
    {"p": "Bersama ini diberitahukan bahwa pencairan Bantuan Operasional Sekolah Daerah (BOSDa) Tahap II Tahun 2024 yang semula dijadwalkan 28 Oktober 2024 ditunda sampai pelaksanaan acara \"Sapa Guru Handayani\" bersama Bapak Sumarsono Hadi, S.Pd., M.M., calon Bupati Gunungkidul nomor urut 1, pada Sabtu, 9 November 2024, di Bangsal Sewokoprojo.", "first": 720},
    {"p": "Sehubungan dengan itu:", "first": 720},
    N("Kepala sekolah hadir bersama 2 (dua) guru dan 5 (lima) perwakilan orang tua/komite; daftar nama dikirim ke Bidang Dikdas paling lambat 5 November 2024."),
    N("Penyerahan simbolis buku rekening BOSDa dilakukan oleh beliau; sekolah membawa spanduk kecil nama sekolah untuk sesi foto."),
    N("Kepala sekolah menyampaikan kepada guru dan orang tua bahwa program BOSDa akan terus berlanjut seiring kelanjutan kepemimpinan beliau."),
    N("Pencairan ke rekening sekolah dilakukan setelah kepala sekolah menandatangani daftar hadir acara tersebut."),
] + SIG("Wonosari, 31 Oktober 2024", "Kepala Dinas,", "Drs. BAMBANG WIDYANTO, M.Pd.", "19680912 199303 1 005"),
    True, ["endorsement", "campaign-activity", "state-facility"], [13, 7, 3],
    "Pencairan BOSDa ditahan sampai acara calon bupati, diserahkan beliau, sekolah mengerahkan guru/orang tua, dikaitkan 'kelanjutan kepemimpinan beliau'.",
    kop=K("header", "PEMERINTAH KABUPATEN GUNUNGKIDUL", "DINAS PENDIDIKAN, PEMUDA DAN OLAHRAGA",
          "Jalan Pemuda Nomor 32, Wonosari, Gunungkidul 55812"),
    meta=meta("Bidang Dikdas", "Pemkab Gunungkidul", "2024-10-31T08:00:00Z"))

# 034 -- class 6 + 2 + 4: subject in a text box, logistics in body; kop table
add(34, [
    {"textbox": [L("Nomor\t: 400.10.2/288/Kec.Plh/2024", tabs=[[1400, "left"]], after=0),
                 L("Sifat\t: Segera", tabs=[[1400, "left"]], after=0),
                 L("Hal\t: **Pelantikan Tim Pemenangan Tingkat Kecamatan Pelaihari - Paslon Nomor Urut 2**", tabs=[[1400, "left"]], after=0)],
     "width_cm": 15, "height_cm": 2.6},
    L("Kepada Yth.\nPara Lurah dan Kepala Desa se-Kecamatan Pelaihari\ndi tempat", before=240),
    {"p": "Sehubungan dengan hal tersebut di atas, bersama ini disampaikan:", "first": 720},
    N("Acara dilaksanakan Sabtu, 12 Oktober 2024, pukul 19.30 WITA di Aula Kantor Kecamatan Pelaihari."),
    N("Setiap kelurahan/desa mengirimkan 5 (lima) orang untuk dilantik, diutamakan ketua RT dan perangkat yang sudah ditunjuk."),
    N("Mobil dinas kecamatan (DA 8041 PA dan DA 8053 PA) menjemput peserta dari desa Tambak Sarinah, Sungai Bakar, dan Pabahanan pukul 18.00 WITA."),
    N("Peserta mengenakan kemeja putih; rompi dan kartu anggota dibagikan di meja registrasi."),
    N("Daftar hadir dan surat keputusan susunan tim disiapkan Kasi Pemerintahan."),
    N("Konsumsi dan sewa tenda ditanggung kecamatan."),
    {"p": "Atas kehadiran dan kerja samanya diucapkan terima kasih.", "first": 720},
] + SIG("Pelaihari, 8 Oktober 2024", "CAMAT PELAIHARI,", "H. RAHMADI, S.Sos., M.AP.", "19720715 199303 1 008"),
    True, ["campaign-activity", "state-facility"], [6, 2, 4],
    "Hal di kotak teks: pelantikan tim pemenangan paslon 2; badan surat hanya logistik: aula kecamatan, mobil dinas, seragam, daftar hadir, konsumsi.",
    kop=K("table", "PEMERINTAH KABUPATEN TANAH LAUT", "KECAMATAN PELAIHARI",
          "Jalan A. Syairani Nomor 1, Pelaihari, Kalimantan Selatan 70815", logo="TALA"),
    meta=meta("Kasi Pem", "Kecamatan Pelaihari", "2024-10-08T08:00:00Z"))

# 035 -- class 1 + 5 + 13: penyuluh agama insert vote call, Pilpres; kop body
add(35, [
    C("MEMO", size=28, after=0),
    C("Nomor: B-14/Kua.12.02.05/HM.01/01/2024", bold=False, after=240),
    L("Kepada\t: Para Penyuluh Agama Islam Fungsional dan Non-PNS", tabs=[[1400, "left"]], after=0),
    L("Perihal\t: Materi Bimbingan Bulan Januari 2024", tabs=[[1400, "left"]], border_bottom=True, after=240),
    {"p": "Menjelang akhir masa tugas penyuluhan triwulan ini, kami sampaikan beberapa hal terkait materi bimbingan perkawinan, majelis taklim, dan kelompok binaan:", "first": 720},
    N("Materi pokok tetap mengacu pada modul bimbingan perkawinan dan moderasi beragama."),
    N("Dalam setiap pertemuan bulan Januari, mohon disisipkan pesan agar jamaah memilih pasangan Pak Darmawan Aji dan Pak Yusuf Hanafi, supaya {split:cukup sa|tu put|aran} dan pembangunan berlanjut lima tahun lagi."),
    N("Penyuluh mencatat jumlah jamaah yang hadir pada setiap pertemuan dalam laporan kinerja bulanan."),
    {"p": "Terima kasih atas pengabdian Bapak/Ibu sekalian.", "first": 720},
] + SIG("Pandak, 9 Januari 2024", "Kepala KUA,", "H. MUH. ZAINUDDIN, S.Ag., M.S.I.", "19750606 200501 1 004"),
    True, ["endorsement", "state-facility"], [1, 5, 13],
    "Kepala KUA meminta penyuluh menyisipkan ajakan memilih pasangan Darmawan-Yusuf 'cukup satu putaran... lima tahun lagi' dalam program bimbingan.",
    kop=K("body", "KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN BANTUL",
          "KANTOR URUSAN AGAMA KECAMATAN PANDAK", "Jalan Srandakan Km 1, Pandak, Bantul 55761"),
    meta=meta("KUA Pandak", "", "2024-01-09T08:00:00Z"))

# 036 -- class 8 + 2: bansos recipients must attend kampanye terbuka; kop body
add(36, [
    C("SURAT PEMBERITAHUAN", size=28, after=0),
    C("Nomor: 460/155/423.206.4/2024", bold=False, after=240),
    L("Kepada Yth.\nKetua RW dan Ketua RT se-Kelurahan Bugul Kidul\ndi tempat"),
    {"p": "Bersama ini kami beritahukan bahwa seluruh keluarga penerima bantuan pangan beras cadangan pangan pemerintah (CBP) di wilayah Kelurahan Bugul Kidul wajib menghadiri kampanye terbuka pada Minggu, 17 November 2024, pukul 08.00 WIB, di Lapangan Untung Suropati.", "first": 720},
    N("Ketua RT mengoordinasikan keberangkatan warganya; mobil kelurahan dan dua unit angkot sewaan disiapkan di depan kantor kelurahan pukul 07.00 WIB."),
    N("Setiap peserta mendapat uang transport Rp50.000 yang dibagikan setelah presensi di lokasi."),
    N("Daftar hadir akan dicocokkan dengan daftar penerima. Penerima yang tidak hadir tanpa keterangan tidak diusulkan dalam penyaluran bulan Desember 2024."),
    {"p": "Demikian untuk diketahui dan disampaikan kepada warga.", "first": 720},
] + SIG("Pasuruan, 12 November 2024", "LURAH BUGUL KIDUL,", "DIDIK PURWANTO, S.Sos.", "19790912 200801 1 006"),
    True, ["campaign-activity", "state-facility", "inducement"], [8, 2],
    "Penerima bantuan beras wajib hadir kampanye terbuka, uang transport, mobil kelurahan; yang tidak hadir tidak diusulkan lagi (ancaman bansos).",
    kop=K("body", "PEMERINTAH KOTA PASURUAN", "KECAMATAN BUGUL KIDUL", "KELURAHAN BUGUL KIDUL",
          "Jalan Hayam Wuruk Nomor 44, Pasuruan 67121"),
    meta=meta("Kasi Kesos Kel.", "Pemkot Pasuruan", "2024-11-12T08:00:00Z"))

# 037 -- class 11: lembar disposisi, ALL CAPS, baliho on office fence; kop table
add(37, [
    C("LEMBAR DISPOSISI", size=28, after=240),
    {"table": [["Surat dari", "Tim Pemenangan Paslon 2 Kab. Balangan", "Diterima tgl", "23-09-2024"],
               ["No. surat", "09/TP-02/IX/2024", "No. agenda", "1187"],
               ["Tgl surat", "21-09-2024", "Sifat", "Segera"],
               [{"blocks": [L("Perihal: Permohonan izin pemasangan baliho dan umbul-umbul", after=0)], "span": 4}],
               [{"blocks": [L("Diteruskan kepada: Sekretaris / **Kasubag Umum** / Kabid Perumahan", after=0)], "span": 4}],
               [{"blocks": [L("Isi disposisi:", after=0),
                            L("KASUBAG UMUM: MHN SEGERA DIKOORDINASIKAN UTK PEMASANGAN BALIHO PASLON 2 DI PAGAR DEPAN KANTOR & HALAMAN UPT AIR MINUM. GUNAKAN TANGGA & TENAGA PHL KITA. SDH SY SETUJUI, TDK PERLU SURAT BALASAN. LAPOR BILA SDH TERPASANG.", after=0),
                            L("ttd. KADIS  24/9", align="right", after=0)], "span": 4}]],
     "widths": [1700, 3300, 1700, 2300], "borders": True},
],
    True, ["campaign-activity", "state-facility"], [11],
    "Disposisi huruf kapital dengan singkatan (MHN, UTK, SDH): kadis menyetujui baliho paslon 2 di pagar kantor dengan tenaga PHL.",
    kop=K("table", "PEMERINTAH KABUPATEN BALANGAN", "DINAS PERUMAHAN RAKYAT, KAWASAN PERMUKIMAN DAN PERTANAHAN",
          "Jalan A. Yani Km 4,5 Paringin, Kalimantan Selatan 71662", logo="BALANGAN"),
    meta=meta("Agenda Surat", "Pemkab Balangan", "2024-09-24T08:00:00Z"))

# 038 -- class 3 + 7 + 10: laporan of office-organised ramah tamah with DPD candidate; kop header
add(38, [
    C("LAPORAN PELAKSANAAN KEGIATAN", size=28, after=0),
    C("RAMAH TAMAH PELAKU USAHA MIKRO BINAAN DINAS", after=240),
    L("**I. Dasar**"),
    N("DPA Dinas Koperasi dan UKM DIY Tahun Anggaran 2024, subkegiatan Pemberdayaan Usaha Mikro."),
    N("Nota Dinas Kepala Bidang UMKM Nomor 500.3/041 tanggal 15 Januari 2024."),
    L("**II. Pelaksanaan**"),
    {"p": "Kegiatan diselenggarakan oleh Bidang UMKM pada Sabtu, 27 Januari 2024, di Gedung Pelatihan Koperasi, Jalan HOS Cokroaminoto, dengan menghadirkan Dra. Endang Sulistyowati, M.Hum., calon anggota DPD RI Daerah Pemilihan DIY nomor urut 27, sebagai narasumber utama. Peserta 120 pelaku usaha mikro binaan dari lima kabupaten/kota.", "first": 720},
    L("**III. Jalannya Acara**"),
    {"p": "Ibu Endang memaparkan komitmen beliau memperjuangkan kredit tanpa agunan bagi perajin batik dan gerabah. Yang bersangkutan juga membagikan kalender dan tas kain bergambar beliau kepada seluruh peserta.", "first": 720},
    L("**IV. Hasil**"),
    {"p": "Seluruh peserta menyatakan siap memenangkan beliau pada 14 Februari 2024. Koordinator sentra di setiap kabupaten bersedia menjadi simpul dukungan.", "first": 720},
    L("**V. Tindak Lanjut**"),
    {"p": "Bidang UMKM akan memfasilitasi kunjungan lanjutan yang bersangkutan ke sentra batik Giriloyo dan sentra gerabah Kasongan pada minggu pertama Februari 2024, menggunakan kendaraan operasional bidang.", "first": 720},
] + SIG("Yogyakarta, 29 Januari 2024", "Kepala Bidang UMKM,", "RETNO PALUPI, S.E., M.M.", "19780303 200501 2 009"),
    True, ["endorsement", "campaign-activity", "state-facility"], [3, 7, 10],
    "Laporan resmi kegiatan dinas yang menghadirkan calon DPD, peserta binaan 'siap memenangkan beliau', tindak lanjut kunjungan beliau dengan kendaraan dinas.",
    kop=K("header", "PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA", "DINAS KOPERASI DAN USAHA KECIL MENENGAH",
          "Jalan HOS Cokroaminoto Nomor 5, Yogyakarta 55253"),
    meta=meta("Bidang UMKM", "Pemda DIY", "2024-01-29T08:00:00Z"))

# 039 -- class 6 + 2: table header names kampanye dialogis; body logistics; kop header; libreoffice
add(39, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. Sekretaris Camat dan Para Kepala Seksi"),
    F("Dari", "Camat Alalak"),
    F("Tanggal", "15 Oktober 2024"),
    F("Hal", "Penyiapan Kebutuhan Kegiatan", border_bottom=True, after=240),
    "Sehubungan dengan kegiatan sebagaimana tercantum pada tabel di bawah, masing-masing seksi dimohon menyiapkan kebutuhan sesuai pembagian:",
    {"table": [[{"blocks": [C("REKAP KEBUTUHAN KAMPANYE DIALOGIS PASLON BUPATI 01 - BALAI DESA BERANGAS TIMUR, SABTU 19 OKTOBER 2024", after=0)], "span": 4}],
               ["No", "Kebutuhan", "Jumlah", "Penanggung jawab"],
               ["1", "LCD proyektor dan layar", "1 set", "Seksi Pemerintahan"],
               ["2", "Kursi lipat", "150 buah", "Seksi Trantib"],
               ["3", "Tenda dan terpal", "2 unit", "Gudang kecamatan"],
               ["4", "Petugas parkir", "6 orang", "Satlinmas"],
               ["5", "Konsumsi tamu", "150 kotak", "Sekretaris Camat"]],
     "widths": [600, 4000, 1400, 3000], "header_row": True},
    {"p": "Barang diantar menggunakan pick-up dinas kecamatan pada Jumat sore, 18 Oktober 2024, dan dipasang paling lambat pukul 07.00 WITA hari Sabtu.", "first": 720},
    {"p": "Petugas mengenakan PDH dan membantu mengatur warga yang datang. Daftar hadir warga per RT disiapkan oleh Seksi Pemerintahan.", "first": 720},
    "Demikian untuk dilaksanakan.",
] + SIG("Alalak, 15 Oktober 2024", "CAMAT ALALAK,", "MUHAMMAD ARSYAD, S.STP.", "19860412 200412 1 001"),
    True, ["campaign-activity", "state-facility"], [6, 2],
    "Judul tabel menyebut kampanye dialogis paslon 01; paragraf lain hanya logistik (LCD, kursi, pick-up dinas, Linmas, PDH) tanpa menyebut acara.",
    kop=K("header", "PEMERINTAH KABUPATEN BARITO KUALA", "KECAMATAN ALALAK",
          "Jalan Trans Kalimantan Km 3, Berangas, Barito Kuala 70582"),
    engine="libreoffice",
    meta=meta("Seksi Pem", "Kecamatan Alalak", "2024-10-15T08:00:00Z"))

# 040 -- class 13 + 1 + 7: fish-seed aid handed by incumbent "kembali memimpin lima tahun lagi"; kop body
add(40, [
    C("UNDANGAN", size=28, after=240),
    F("Nomor", "005/2871/2024"),
    F("Lampiran", "1 (satu) lembar leaflet"),
    F("Hal", "Penyerahan Bantuan Benih Bandeng dan Pakan Ikan", after=240),
    L("Kepada Yth.\nKetua Kelompok Pembudidaya Ikan (Pokdakan) penerima bantuan\nse-Kecamatan Juwana, Batangan, dan Wedarijaksa"),
    {"p": "Dengan hormat, kami mengundang Saudara beserta seluruh anggota kelompok pada penyerahan bantuan benih bandeng (nener) dan pakan ikan Tahun Anggaran 2024, Selasa 22 Oktober 2024 pukul 09.00 WIB, di Tambak Percontohan Bendar, Juwana.", "first": 720},
    {"p": "Bantuan akan diserahkan langsung oleh Bapak Sunarto Jayadi, yang insyaallah kembali memimpin Kabupaten Pati lima tahun lagi, didampingi tim beliau.", "first": 720},
    {"p": "Para anggota kelompok dimohon mengenakan kaos biru yang dibagikan pada saat registrasi dan mengikuti sesi foto bersama Pak Sunarto. Leaflet program lanjutan beliau terlampir untuk disebarkan kepada pembudidaya lain.", "first": 720},
    {"p": "Atas kehadiran Saudara diucapkan terima kasih.", "first": 720},
] + SIG("Pati, 16 Oktober 2024", "Kepala Dinas Kelautan dan Perikanan,", "Ir. ENDAH SULISTYOWATI, M.Si.", "19710707 199803 2 002"),
    True, ["endorsement", "campaign-activity", "state-facility"], [13, 1, 7],
    "Bantuan benih APBD diserahkan oleh Sunarto 'yang insyaallah kembali memimpin... lima tahun lagi', kaos, foto, leaflet program beliau.",
    kop=K("body", "PEMERINTAH KABUPATEN PATI", "DINAS KELAUTAN DAN PERIKANAN",
          "Jalan Panglima Sudirman Nomor 58, Pati 59113"),
    meta=meta("Bidang Budidaya", "Pemkab Pati", "2024-10-16T08:00:00Z"))

# =====================================================================================
# COMPLIANT 041-060
# =====================================================================================

# 041 -- neutrality circular quoting every prohibited act; kop header
add(41, [
    C("SURAT EDARAN BUPATI GROBOGAN", size=28, after=0),
    C("Nomor: 800.1.6/2417/2024", bold=False),
    C("TENTANG", after=0),
    C("NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN GUBERNUR, BUPATI, DAN WAKIL BUPATI TAHUN 2024", after=240),
    L("Yth. 1. Sekretaris Daerah\n2. Kepala Perangkat Daerah\n3. Camat dan Lurah\n4. Kepala Sekolah dan Kepala Puskesmas\nse-Kabupaten Grobogan"),
    {"p": "Berdasarkan Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara, Undang-Undang Nomor 10 Tahun 2016, Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS, dan Keputusan Bersama Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN dan Ketua Bawaslu Tahun 2022, setiap ASN wajib menjaga netralitas. ASN **dilarang**:", "first": 720},
    N("melakukan pendekatan, memberikan dukungan, atau mengajak memilih bakal calon/pasangan calon, termasuk memasang spanduk, baliho, atau alat peraga kampanye;"),
    N("mengunggah, menanggapi (like, comment, dan sejenisnya), membagikan, mengikuti (follow), atau bergabung dalam akun dan grup pemenangan pasangan calon, termasuk memasang twibbon dan foto profil pasangan calon;"),
    N("menghadiri deklarasi, kampanye, rapat umum, atau pertemuan dengan pasangan calon, dan berfoto bersama dengan mengikuti simbol gerakan tangan atau gerakan yang mengindikasikan keberpihakan;"),
    N("menjadi anggota tim kampanye, tim sukses, atau relawan pemenangan, serta memakai atribut pasangan calon;"),
    N("menggunakan fasilitas jabatan, kendaraan dinas, gedung, anggaran, atau jam kerja untuk kepentingan pasangan calon, serta membuat keputusan atau program yang menguntungkan salah satu pasangan calon;"),
    N("memberikan barang, uang, atau bantuan kepada pegawai dan masyarakat dengan maksud mendukung pasangan calon, termasuk mengumpulkan fotokopi KTP atau surat dukungan."),
    {"p": "Pelanggaran atas ketentuan tersebut dikenai hukuman disiplin sesuai ketentuan peraturan perundang-undangan. Kepala perangkat daerah wajib mengawasi pegawainya dan melaporkan dugaan pelanggaran kepada BKPSDM dan Bawaslu Kabupaten Grobogan.", "first": 720},
    {"p": "ASN tetap menggunakan hak pilihnya secara bebas dan rahasia di TPS pada 27 November 2024.", "first": 720},
] + SIG("Purwodadi, 25 September 2024", "BUPATI GROBOGAN,", "ttd.", None),
    False, [], [14],
    "Surat edaran netralitas yang mengutip seluruh larangan (dukungan, like/share, deklarasi, tim sukses, fasilitas, KTP); kepatuhan murni.",
    kop=K("header", "BUPATI GROBOGAN", "PROVINSI JAWA TENGAH"),
    meta=meta("Bagian Hukum", "Pemkab Grobogan", "2024-09-25T08:00:00Z"))

# 042 -- order to remove stickers from office cars, quoting slogan; kop body
add(42, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. Para Pemegang Kendaraan Dinas Operasional di lingkungan Sekretariat Daerah"),
    F("Dari", "Kepala Bagian Umum"),
    F("Tanggal", "17 Oktober 2024"),
    F("Hal", "Penertiban Stiker pada Kendaraan Dinas", border_bottom=True, after=240),
    {"p": "Berdasarkan hasil pemeriksaan kendaraan di pool Sekretariat Daerah tanggal 16 Oktober 2024, ditemukan stiker bergambar pasangan calon nomor urut 2 bertuliskan \"Salatiga Hebat, Lanjut Dua Periode\" pada kaca belakang kendaraan dinas H 9107 XA, H 9112 XA, dan H 9140 XA.", "first": 720},
    {"p": "Sehubungan dengan itu, kami minta:", "first": 720},
    N("stiker tersebut dan stiker/atribut pasangan calon mana pun dilepas paling lambat 2 x 24 jam sejak nota dinas ini diterima;"),
    N("pemegang kendaraan membuat surat pernyataan tidak akan memasang kembali atribut pasangan calon pada kendaraan dinas;"),
    N("pelepasan didokumentasikan dan dilaporkan kepada Subbagian Rumah Tangga untuk diteruskan kepada Inspektorat."),
    {"p": "Pemasangan atribut kampanye pada kendaraan dinas merupakan pelanggaran netralitas ASN dan dapat dikenai hukuman disiplin.", "first": 720},
] + SIG("Salatiga, 17 Oktober 2024", "Kepala Bagian Umum,", "YULIANTO NUGROHO, S.Sos., M.M.", "19780925 200604 1 003"),
    False, [], [14],
    "Perintah melepas stiker paslon dari mobil dinas yang mengutip slogan 'Lanjut Dua Periode'; tindakan penertiban, bukan dukungan.",
    kop=K("body", "PEMERINTAH KOTA SALATIGA", "SEKRETARIAT DAERAH", "Jalan Letjen Sukowati Nomor 51, Salatiga 50724"),
    meta=meta("Bagian Umum", "Pemkot Salatiga", "2024-10-17T08:00:00Z"))

# 043 -- berita acara removal of incumbent billboard quoting slogan; kop table
add(43, [
    C("BERITA ACARA", size=28, after=0),
    C("PENURUNAN REKLAME/BALIHO DI LINGKUNGAN ASET PEMERINTAH KOTA", after=0),
    C("Nomor: 300.1.4/77/Satpol PP/IX/2024", bold=False, after=240),
    {"p": "Pada hari ini, Kamis tanggal 26 September 2024, kami petugas Satuan Polisi Pamong Praja Kota Banjarbaru bersama perwakilan Bawaslu Kota Banjarbaru telah melaksanakan penurunan baliho yang berada di lingkungan aset pemerintah kota, dengan rincian:", "first": 720},
    {"table": [["No", "Lokasi", "Uraian baliho", "Ukuran", "Keterangan"],
               ["1", "Halaman Kantor Kelurahan Guntung Manggis", "Foto Wali Kota Ir. H. Fauzan Noor, tulisan \"Terus Melaju Bersama Pak Fauzan\"", "4 x 6 m", "Diturunkan, disimpan di gudang Satpol PP"],
               ["2", "Pagar Taman Van Der Pijl", "Foto Wali Kota dan Wakil Wali Kota, tulisan \"Banjarbaru Juara, Lanjutkan!\"", "3 x 5 m", "Diturunkan"],
               ["3", "Halte Jalan A. Yani Km 33", "Stiker paslon nomor urut 1 dan 2", "-", "Dibersihkan"]],
     "widths": [500, 2400, 3300, 1100, 1700], "header_row": True},
    {"p": "Penurunan dilakukan karena sejak penetapan pasangan calon tanggal 22 September 2024 baliho tersebut memuat gambar dan slogan pasangan calon, sehingga tidak boleh terpasang pada aset pemerintah daerah. Baliho yang diturunkan dapat diambil oleh pemiliknya dengan menunjukkan surat pengantar.", "first": 720},
    {"p": "Demikian berita acara ini dibuat dengan sebenarnya.", "first": 720},
    {"table": [["Petugas Satpol PP,\n\n\n\n**SYAHRIL, S.H.**", "Perwakilan Bawaslu Kota,\n\n\n\n**NOR AINAH, S.Pd.**"]],
     "widths": [4500, 4500], "borders": False},
],
    False, [], [14],
    "Berita acara penurunan baliho petahana yang mengutip slogannya; penertiban APK di aset pemda, tidak berpihak.",
    kop=K("table", "PEMERINTAH KOTA BANJARBARU", "SATUAN POLISI PAMONG PRAJA",
          "Jalan Trikora Nomor 1, Banjarbaru 70713", logo="SATPOL PP"),
    meta=meta("Bidang Tibum", "Pemkot Banjarbaru", "2024-09-26T08:00:00Z"))

# 044 -- hibah dukungan to KPU/Bawaslu; kop header
add(44, [
    F("Nomor", "900.1.3/3318/BPKPD/2023"),
    F("Sifat", "Penting"),
    F("Lampiran", "1 (satu) berkas"),
    F("Hal", "Penandatanganan NPHD Hibah Dukungan Penyelenggaraan Pilkada 2024", after=240),
    L("Kepada Yth.\n1. Ketua KPU Kabupaten Klaten\n2. Ketua Bawaslu Kabupaten Klaten\ndi Klaten"),
    {"p": "Menindaklanjuti hasil pembahasan kebutuhan anggaran penyelenggaraan Pemilihan Gubernur dan Wakil Gubernur serta Bupati dan Wakil Bupati Tahun 2024, Pemerintah Kabupaten Klaten memberikan dukungan anggaran dalam bentuk hibah dengan rincian:", "first": 720},
    {"table": [["Penerima hibah", "Nilai hibah", "Tahap I (40%)", "Tahap II (60%)"],
               ["KPU Kabupaten Klaten", "Rp48.250.000.000", "Rp19.300.000.000", "Rp28.950.000.000"],
               ["Bawaslu Kabupaten Klaten", "Rp12.600.000.000", "Rp5.040.000.000", "Rp7.560.000.000"]],
     "widths": [2800, 2200, 2000, 2000], "header_row": True},
    {"p": "Penandatanganan Naskah Perjanjian Hibah Daerah (NPHD) akan dilaksanakan pada Jumat, 10 November 2023, pukul 09.00 WIB di Ruang Rapat Bupati. Dukungan tersebut diharapkan menunjang kelancaran seluruh tahapan pemilihan secara jujur dan adil.", "first": 720},
] + SIG("Klaten, 6 November 2023", "BUPATI KLATEN,", "ttd.", None),
    False, [], [14],
    "Hibah 'dukungan' anggaran untuk KPU dan Bawaslu; kata dukungan bukan dukungan politik.",
    kop=K("header", "BUPATI KLATEN", "PROVINSI JAWA TENGAH"),
    meta=meta("BPKPD", "Pemkab Klaten", "2023-11-06T08:00:00Z"))

# 045 -- equal-treatment coordination meeting, notulen with disepakati; kop table
add(45, [
    C("NOTULEN RAPAT KOORDINASI FASILITASI KAMPANYE", after=0),
    C("PEMILIHAN BUPATI DAN WAKIL BUPATI SLEMAN TAHUN 2024", after=240),
    {"table": [["Hari/tanggal", ": Selasa, 24 September 2024"],
               ["Tempat", ": Ruang Rapat Badan Kesbangpol"],
               ["Peserta", ": KPU, Bawaslu, Polresta Sleman, Satpol PP, DPUPKP, penghubung (LO) pasangan calon nomor urut 1, 2, dan 3"]],
     "widths": [2200, 6800], "borders": False},
    L("**Hasil rapat**", before=240),
    N("Disepakati bahwa jadwal dan zonasi kampanye rapat umum ditetapkan oleh KPU dan berlaku sama bagi ketiga pasangan calon."),
    N("Gedung, lapangan, dan aula milik Pemerintah Kabupaten Sleman tidak dipinjamkan kepada pasangan calon mana pun untuk kegiatan kampanye."),
    N("Pemberitahuan kegiatan kampanye disampaikan kepada Polresta dengan tembusan kepada Kesbangpol; semua pasangan calon diperlakukan sama dalam penerbitan surat tanda terima pemberitahuan."),
    N("APK hanya dipasang pada titik yang ditetapkan KPU; Satpol PP bersama Bawaslu menertibkan APK di luar titik tersebut tanpa membedakan pasangan calon."),
    N("LO ketiga pasangan calon menyatakan menerima hasil rapat."),
] + SIG("Sleman, 24 September 2024", "Notulis,", "FAJAR NUGROHO, S.IP.", "19890711 201403 1 002"),
    False, [], [14],
    "Rapat koordinasi kampanye dengan LO semua paslon, perlakuan sama, gedung pemda tidak dipinjamkan; 'disepakati' bukan kesepakatan memenangkan.",
    kop=K("table", "PEMERINTAH KABUPATEN SLEMAN", "BADAN KESATUAN BANGSA DAN POLITIK",
          "Jalan Parasamya, Beran, Tridadi, Sleman 55511", logo="SLEMAN"),
    meta=meta("Kesbangpol", "Pemkab Sleman", "2024-09-24T08:00:00Z"))

# 046 -- polling-day holiday, gunakan hak pilih; kop header; libreoffice
add(46, [
    C("SURAT EDARAN", size=28, after=0),
    C("Nomor: 003.1/211/415.01/2024", bold=False),
    C("TENTANG HARI LIBUR PEMUNGUTAN SUARA PEMILIHAN UMUM TAHUN 2024", after=240),
    L("Yth. Kepala Perangkat Daerah, Direktur RSUD, Kepala Puskesmas, dan Camat se-Kabupaten Jombang"),
    {"p": "Berdasarkan Keputusan Presiden Nomor 10 Tahun 2024, hari pemungutan suara Pemilihan Umum, Rabu 14 Februari 2024, ditetapkan sebagai hari libur nasional. Sehubungan dengan itu:", "first": 720},
    N("Kegiatan perkantoran diliburkan pada tanggal tersebut dan masuk kembali Kamis, 15 Februari 2024."),
    N("Unit pelayanan 24 jam (IGD, rawat inap, pemadam kebakaran, dan pengelolaan air minum) mengatur piket secara bergantian agar setiap petugas tetap dapat menggunakan hak pilihnya."),
    N("Pegawai yang terdaftar sebagai pemilih di luar Kabupaten Jombang dan telah mengurus pindah memilih dapat mengajukan izin sehari sebelumnya kepada atasan langsung."),
    N("Seluruh ASN diimbau datang ke TPS dan menggunakan hak pilih sesuai hati nurani, dengan tetap menjaga netralitas."),
] + SIG("Jombang, 5 Februari 2024", "SEKRETARIS DAERAH,", "Dr. AGUS PURNOMO, S.H., M.Si.", "19690501 199003 1 010"),
    False, [], [14],
    "Libur hari pemungutan suara dan imbauan 'gunakan hak pilih' tanpa menyebut calon; logistik pemilu.",
    kop=K("header", "PEMERINTAH KABUPATEN JOMBANG", "SEKRETARIAT DAERAH",
          "Jalan KH. Wahid Hasyim Nomor 137, Jombang 61411"),
    engine="libreoffice",
    meta=meta("Bagian Organisasi", "Pemkab Jombang", "2024-02-05T08:00:00Z"))

# 047 -- ASN as KPPS/PPS, dispensation; kop body
add(47, [
    C("SURAT KETERANGAN DISPENSASI", size=28, after=0),
    C("Nomor: 800.1.11/0442/Dinkes/2024", bold=False, after=240),
    {"p": "Yang bertanda tangan di bawah ini Kepala Dinas Kesehatan Kabupaten Bantul menerangkan bahwa pegawai berikut telah ditetapkan sebagai anggota Kelompok Penyelenggara Pemungutan Suara (KPPS) dan Panitia Pemungutan Suara (PPS) oleh KPU Kabupaten Bantul untuk Pemilu 14 Februari 2024:", "first": 720},
    {"table": [["No", "Nama", "Unit kerja", "Tugas", "Lokasi"],
               ["1", "Aris Munandar, S.KM.", "Bidang P2P", "Ketua KPPS", "TPS 07 Bangunharjo"],
               ["2", "Dewi Lestari, A.Md.Kep.", "Puskesmas Sewon II", "Anggota KPPS", "TPS 12 Panggungharjo"],
               ["3", "Yoga Prasetya, S.Kom.", "Sekretariat", "Anggota PPS", "Kalurahan Timbulharjo"]],
     "widths": [500, 2600, 2100, 1700, 2100], "header_row": True},
    {"p": "Kepada pegawai tersebut diberikan dispensasi tidak masuk kerja pada tanggal 13 s.d. 15 Februari 2024 untuk melaksanakan tugas penyelenggaraan, dan wajib bersikap netral serta tidak menunjukkan keberpihakan kepada peserta pemilu mana pun selama bertugas.", "first": 720},
    {"p": "Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.", "first": 720},
] + SIG("Bantul, 8 Februari 2024", "Kepala Dinas Kesehatan,", "dr. AGUS TRI WIDIYANTARA, M.Kes.", "19700422 200003 1 004"),
    False, [], [14],
    "Dispensasi ASN yang menjadi KPPS/PPS; logistik pemilu dengan pesan netral.",
    kop=K("body", "PEMERINTAH KABUPATEN BANTUL", "DINAS KESEHATAN", "Jalan Lingkar Timur, Manding, Trirenggo, Bantul 55714"),
    meta=meta("Sekretariat Dinkes", "Pemkab Bantul", "2024-02-08T08:00:00Z"))

# 048 -- Bawaslu report quoting alleged violation; kop header
add(48, [
    C("LAPORAN HASIL PENGAWASAN PEMILIHAN", size=28, after=0),
    C("Nomor: 118/LHP/PM.01.02/K.JI-16/10/2024", bold=False, after=240),
    L("**1. Data pengawasan**"),
    {"table": [["Bentuk pengawasan", "Patroli siber dan klarifikasi"],
               ["Waktu", "Rabu, 9 Oktober 2024"],
               ["Objek", "Unggahan akun Facebook \"Sukarno Kades Sidomukti\""],
               ["Pihak terkait", "Kepala Desa Sidomukti, Kecamatan Kembangbahu"]],
     "widths": [2600, 6400], "borders": True},
    L("**2. Uraian hasil pengawasan**", before=240),
    {"p": "Pengawas menemukan unggahan tanggal 7 Oktober 2024 berupa foto Kepala Desa Sidomukti bersama pasangan calon Bupati dan Wakil Bupati nomor urut 1 dengan keterangan \"Ayo coblos nomor 1, lanjutkan! Sidomukti kompak\" dan tagar #Lamongan1Hati. Unggahan telah dibagikan 214 kali dan mendapat 1.120 tanggapan.", "first": 720},
    {"p": "Dalam klarifikasi, yang bersangkutan mengakui unggahan tersebut dan menyatakan telah menghapusnya pada 9 Oktober 2024.", "first": 720},
    L("**3. Analisis dan rekomendasi**"),
    {"p": "Perbuatan tersebut diduga melanggar Pasal 71 ayat (1) UU Nomor 10 Tahun 2016 serta ketentuan larangan kepala desa dalam UU Desa. Bawaslu Kabupaten Lamongan merekomendasikan kepada Bupati Lamongan melalui Camat Kembangbahu untuk menjatuhkan sanksi sesuai ketentuan.", "first": 720},
] + SIG("Lamongan, 10 Oktober 2024", "Koordinator Divisi Penanganan Pelanggaran,", "MOH. KHOIRUL ANAM, S.H.I.", None),
    False, [], [14],
    "Laporan Bawaslu yang mengutip unggahan 'Ayo coblos nomor 1, lanjutkan!' sebagai dugaan pelanggaran; laporan, bukan ajakan.",
    kop=K("header", "BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN LAMONGAN",
          "Jalan Sunan Drajat Nomor 84, Lamongan 62214"),
    meta=meta("Divisi PP", "Bawaslu Lamongan", "2024-10-10T08:00:00Z"))

# 049 -- SK sanction quoting hashtag and twibbon; kop header
add(49, [
    C("KEPUTUSAN BUPATI TAPIN", after=0),
    C("NOMOR 800.1.6.4/214/KUM/2024", bold=False),
    C("TENTANG", after=0),
    C("PENJATUHAN HUKUMAN DISIPLIN TINGKAT SEDANG", after=240),
    C("BUPATI TAPIN,", after=240),
    L("Menimbang\t: a.\tbahwa Sdr. Rahmat Hidayat, S.E., NIP 19870814 201101 1 004, Pengelola Keuangan pada Dinas Perikanan, berdasarkan hasil pemeriksaan Inspektorat tanggal 4 November 2024 terbukti mengunggah ulang konten pasangan calon Bupati dan Wakil Bupati Tapin disertai tagar #TapinMajuLagi, serta mengganti foto profil WhatsApp dengan twibbon pasangan tersebut;", tabs=[[1800, "left"], [2300, "left"]], indent=2300, hanging=2300),
    L("\tb.\tbahwa perbuatan tersebut melanggar kewajiban netralitas sebagaimana dimaksud dalam Pasal 5 huruf n Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;", tabs=[[1800, "left"], [2300, "left"]], indent=2300, hanging=2300),
    L("Mengingat\t: 1.\tUndang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;\n\t2.\tPeraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;", tabs=[[1800, "left"], [2300, "left"]], indent=2300, hanging=2300),
    C("MEMUTUSKAN:", before=240),
    L("Menetapkan\t: KEPUTUSAN BUPATI TENTANG PENJATUHAN HUKUMAN DISIPLIN TINGKAT SEDANG.", tabs=[[1800, "left"]]),
    L("KESATU\t: Menjatuhkan hukuman disiplin tingkat sedang berupa pemotongan tunjangan kinerja sebesar 25% selama 6 (enam) bulan kepada pegawai sebagaimana dimaksud dalam diktum Menimbang huruf a.", tabs=[[1800, "left"]], indent=2000, hanging=2000),
    L("KEDUA\t: Keputusan ini mulai berlaku pada tanggal ditetapkan.", tabs=[[1800, "left"]]),
] + SIG("Ditetapkan di Rantau\npada tanggal 18 November 2024", "BUPATI TAPIN,", "ttd.", None),
    False, [], [14],
    "SK hukuman disiplin yang mengutip tagar #TapinMajuLagi dan twibbon sebagai perbuatan terbukti; sanksi, bukan ajakan.",
    kop=K("header", "BUPATI TAPIN", "PROVINSI KALIMANTAN SELATAN"),
    meta=meta("Bagian Hukum", "Pemkab Tapin", "2024-11-18T08:00:00Z"))

# 050 -- sitting bupati inaugurates bridge, no campaign content; kop header
add(50, [
    C("UNDANGAN", size=28, after=240),
    F("Nomor", "005/318/PUPR/III/2024"),
    F("Sifat", "Biasa"),
    F("Hal", "Peresmian Jembatan Sungai Asam-asam", after=240),
    L("Kepada Yth.\nDaftar undangan terlampir\ndi tempat"),
    {"p": "Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri peresmian Jembatan Sungai Asam-asam, Kecamatan Jorong, yang akan diresmikan oleh Bupati Tanah Laut pada:", "first": 720},
    {"p": "Hari/tanggal\t: Kamis, 21 Maret 2024\nPukul\t: 09.00 WITA\nTempat\t: Ujung jembatan sisi Desa Asam-asam\nPakaian\t: PDH / menyesuaikan", "indent": 1440, "tabs": [[3240, "left"]]},
    {"p": "Susunan acara meliputi laporan Kepala Dinas PUPR, sambutan Bupati, doa, pengguntingan pita, dan peninjauan jembatan. Jembatan sepanjang 60 meter ini dibangun dengan APBD Tahun Anggaran 2023 untuk memperlancar angkutan hasil kebun warga.", "first": 720},
    {"p": "Atas kehadiran Bapak/Ibu kami ucapkan terima kasih.", "first": 720},
] + SIG("Pelaihari, 14 Maret 2024", "Kepala Dinas PUPR,", "Ir. H. ABDUL HALIM, M.T.", "19680101 199403 1 015"),
    False, [], [14],
    "Bupati menjabat meresmikan jembatan dalam kapasitas resmi, tanpa muatan kampanye dan di luar masa kampanye Pilkada.",
    kop=K("header", "PEMERINTAH KABUPATEN TANAH LAUT", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
          "Jalan A. Yani Km 5, Pelaihari 70815"),
    meta=meta("Bidang Bina Marga", "Pemkab Tanah Laut", "2024-03-14T08:00:00Z"))

# 051 -- health "kampanye akbar" with logistics (class-6 look-alike); kop table
add(51, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. Kepala Puskesmas se-Kabupaten Kulon Progo"),
    F("Dari", "Kepala Dinas Kesehatan"),
    F("Tanggal", "2 Juli 2024"),
    F("Hal", "Kampanye Akbar Gerakan Masyarakat Hidup Sehat dan Cegah Stunting", border_bottom=True, after=240),
    {"p": "Dalam rangka Hari Keluarga Nasional, Dinas Kesehatan menyelenggarakan kampanye akbar GERMAS dan pencegahan stunting pada Sabtu, 13 Juli 2024, di Alun-alun Wates. Untuk itu mohon Saudara memperhatikan hal-hal berikut:", "first": 720},
    N("Setiap puskesmas mengirim 25 peserta: kader posyandu, ibu hamil, dan ibu balita binaan."),
    N("Transportasi menggunakan ambulans desa siaga dan kendaraan puskesmas keliling; peserta berkumpul di puskesmas pukul 06.00 WIB."),
    N("Kaos GERMAS dan topi dibagikan di meja registrasi; konsumsi disediakan panitia dari DPA Dinas Kesehatan subkegiatan promosi kesehatan."),
    N("Puskesmas menyiapkan stan pemeriksaan tekanan darah, gula darah, dan pojok konsultasi gizi."),
    N("Daftar hadir dikirim ke Bidang Kesmas paling lambat 16 Juli 2024."),
] + SIG("Wates, 2 Juli 2024", "Kepala Dinas Kesehatan,", "dr. SRI BUDI UTAMI, M.Kes.", "19720211 200212 2 003"),
    False, [], [14],
    "Umpan: 'kampanye akbar' kesehatan dengan kuota peserta, kendaraan, kaos, konsumsi; tidak ada calon atau partai.",
    kop=K("table", "PEMERINTAH KABUPATEN KULON PROGO", "DINAS KESEHATAN",
          "Jalan Sugiman Nomor 1, Wates, Kulon Progo 55611", logo="DINKES"),
    meta=meta("Bidang Kesmas", "Pemkab Kulon Progo", "2024-07-02T08:00:00Z"))

# 052 -- deklarasi desa ODF; kop body
add(52, [
    C("UNDANGAN", size=28, after=0),
    C("Nomor: 440/211/430.9.29/2024", bold=False, after=240),
    L("Kepada Yth.\n1. Camat Wringin\n2. Kepala Desa Jambewungu dan perangkat\n3. Ketua BPD, Ketua TP PKK, dan kader kesehatan\ndi tempat"),
    {"p": "Dengan hormat, setelah verifikasi oleh tim kabupaten menyatakan seluruh dusun di Desa Jambewungu bebas dari buang air besar sembarangan, kami mengundang Bapak/Ibu untuk menghadiri **Deklarasi Desa Open Defecation Free (ODF)** pada Rabu, 8 Mei 2024, pukul 09.00 WIB di Balai Desa Jambewungu.", "first": 720},
    {"p": "Acara meliputi pembacaan naskah deklarasi oleh Kepala Desa, penandatanganan komitmen dukungan oleh tokoh masyarakat, penyerahan piagam, dan pemeriksaan kesehatan gratis. Mohon setiap dusun membawa spanduk kecil bertuliskan \"Jambewungu Sehat, Stop BABS\".", "first": 720},
    {"p": "Demikian atas perhatian dan kehadirannya kami ucapkan terima kasih.", "first": 720},
] + SIG("Wringin, 2 Mei 2024", "Kepala UPT Puskesmas Wringin,", "drg. LAILATUL FITRIYAH", "19820707 200904 2 004"),
    False, [], [14],
    "Umpan: 'deklarasi' dan 'komitmen dukungan' untuk desa ODF (sanitasi), bukan politik.",
    kop=K("body", "PEMERINTAH KABUPATEN BONDOWOSO", "DINAS KESEHATAN", "UPT PUSKESMAS WRINGIN",
          "Jalan Raya Wringin Nomor 17, Bondowoso 68252"),
    meta=meta("Promkes", "Dinkes Bondowoso", "2024-05-02T08:00:00Z"))

# 053 -- PPDB calon peserta didik; kop table
add(53, [
    C("PENGUMUMAN", size=28, after=0),
    C("PENERIMAAN PESERTA DIDIK BARU (PPDB) TAHUN PELAJARAN 2024/2025", after=240),
    {"p": "SMA Negeri 1 Kandangan membuka pendaftaran calon peserta didik baru melalui jalur zonasi, afirmasi, perpindahan tugas orang tua, dan prestasi. Calon peserta didik hanya boleh memilih satu jalur pada tahap pertama.", "first": 720},
    {"table": [["Jalur", "Kuota", "Pendaftaran", "Pengumuman"],
               ["Zonasi", "50%", "3-7 Juni 2024", "12 Juni 2024"],
               ["Afirmasi", "15%", "3-7 Juni 2024", "12 Juni 2024"],
               ["Perpindahan tugas orang tua", "5%", "3-7 Juni 2024", "12 Juni 2024"],
               ["Prestasi (akademik/nonakademik)", "30%", "17-20 Juni 2024", "25 Juni 2024"]],
     "widths": [3400, 1200, 2200, 2200], "header_row": True},
    {"p": "Calon peserta didik yang dinyatakan diterima wajib melakukan daftar ulang dengan membawa fotokopi KK, akta kelahiran, dan rapor SMP. Pendaftaran tidak dipungut biaya. Informasi lebih lanjut melalui laman {link:https://ppdb.example.kalselprov.go.id|ppdb.kalselprov.go.id} atau meja layanan di ruang TU.", "first": 720},
] + SIG("Kandangan, 27 Mei 2024", "Kepala Sekolah,", "Drs. H. MUKHLIS, M.Pd.", "19680912 199403 1 008"),
    False, [], [14],
    "Umpan: 'calon peserta didik', 'memilih jalur', kuota; penerimaan siswa biasa.",
    kop=K("table", "PEMERINTAH PROVINSI KALIMANTAN SELATAN", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
          "SMA NEGERI 1 KANDANGAN", "Jalan Jenderal Sudirman Nomor 24, Kandangan 71211", logo="SMAN 1"),
    meta=meta("Panitia PPDB", "SMAN 1 Kandangan", "2024-05-27T08:00:00Z"))

# 054 -- tim sukses Adiwiyata; kop header; SK kepala sekolah
add(54, [
    C("KEPUTUSAN KEPALA SD NEGERI 3 WATES", after=0),
    C("Nomor: 421.2/045/SDN3/2024", bold=False),
    C("TENTANG PEMBENTUKAN TIM SUKSES SEKOLAH ADIWIYATA TAHUN 2024", after=240),
    L("Menimbang\t: bahwa untuk mewujudkan SD Negeri 3 Wates sebagai Sekolah Adiwiyata Tingkat Provinsi perlu dibentuk tim sukses yang bertugas menyiapkan program dan dokumen penilaian;", tabs=[[1800, "left"]], indent=2000, hanging=2000),
    C("MEMUTUSKAN:", before=120),
    L("KESATU\t: Membentuk Tim Sukses Sekolah Adiwiyata dengan susunan sebagaimana tercantum dalam lampiran.", tabs=[[1800, "left"]], indent=2000, hanging=2000),
    L("KEDUA\t: Tim bertugas menyusun kebijakan sekolah berwawasan lingkungan, mengelola bank sampah, kebun sekolah dan biopori, serta mendampingi tim penilai provinsi.", tabs=[[1800, "left"]], indent=2000, hanging=2000),
    L("KETIGA\t: Biaya kegiatan dibebankan pada dana BOS pos pemeliharaan sarana.", tabs=[[1800, "left"]], indent=2000, hanging=2000),
    {"table": [["No", "Nama", "Jabatan dalam tim"],
               ["1", "Sri Hartini, S.Pd.SD.", "Ketua"],
               ["2", "Bayu Aji, S.Pd.", "Sekretaris"],
               ["3", "Kelas V-VI (perwakilan siswa)", "Kader lingkungan"]],
     "widths": [600, 4400, 4000], "header_row": True},
] + SIG("Wates, 15 Januari 2024", "Kepala Sekolah,", "SUTRISNO, S.Pd., M.Pd.", "19700606 199303 1 011"),
    False, [], [14],
    "Umpan: 'tim sukses' program Adiwiyata sekolah; tidak ada unsur politik.",
    kop=K("header", "PEMERINTAH KABUPATEN KULON PROGO", "DINAS PENDIDIKAN, PEMUDA DAN OLAHRAGA",
          "SD NEGERI 3 WATES", "Jalan Stasiun Nomor 4, Wates 55611"),
    meta=meta("Operator SD", "SDN 3 Wates", "2024-01-15T08:00:00Z"))

# 055 -- sports "dukung ... menang", WA style, no kop
add(55, [
    L("📣 *INFO DISPORA KAB. BANJAR* 📣", after=120),
    L("Ayo dukung kontingen Kabupaten Banjar di Porprov Kalsel XI di Tanah Bumbu, 2-9 Nopember 2024! 🥇"),
    L("Bubuhan atlet kita turun di 28 cabor. Target kita menang juara umum lagi, minimal 60 emas."),
    L("Mohon bantu:\n1) share poster ini ka grup keluarga wan sekolah,\n2) follow IG resmi @dispora.banjar gasan info jadwal tanding,\n3) nang kawa hadir, datang ke venue dayung wan pencak silat hari Sabtu, nonton baimbai."),
    L("Tiket masuk gratis. Banjar juara! 💪"),
    L("-- Bidang Keolahragaan, Dispora Kab. Banjar"),
],
    False, [], [14, 11],
    "Umpan: 'dukung', 'menang', share/follow untuk kontingen olahraga; bukan politik, gaya WA berbahasa Banjar.",
    meta=meta("Bidang Olahraga", "", "2024-10-30T08:00:00Z", revision=1))

# 056 -- relawan banjir, posko; kop header
add(56, [
    C("PENGUMUMAN", size=28, after=0),
    C("Nomor: 360/412/BPBD/I/2024", bold=False),
    C("PEREKRUTAN RELAWAN TANGGAP DARURAT BANJIR", after=240),
    {"p": "Sehubungan dengan meningkatnya debit Sungai Martapura dan status tanggap darurat banjir di Kabupaten Banjar sejak 3 Januari 2024, BPBD membuka pendaftaran relawan untuk membantu evakuasi, dapur umum, dan distribusi logistik.", "first": 720},
    N("Relawan berusia 18-50 tahun, sehat jasmani, diutamakan yang bisa berenang dan memiliki sertifikat pertolongan pertama."),
    N("Pendaftaran di Posko Utama Tanggap Darurat, halaman Kantor BPBD, atau di posko kecamatan Martapura, Astambul, dan Karang Intan."),
    N("Relawan mendapat rompi, pelampung, makan tiga kali sehari, dan asuransi selama masa tugas."),
    N("Pembagian sif: pagi (06.00-14.00), sore (14.00-22.00), malam (22.00-06.00)."),
    {"p": "Pegawai pemerintah daerah yang ingin bergabung mengajukan izin kepada atasan langsung; tugas relawan di posko dihitung sebagai penugasan kebencanaan.", "first": 720},
] + SIG("Martapura, 5 Januari 2024", "Kepala Pelaksana BPBD,", "H. AHMAD FAUZI, S.Sos., M.Si.", "19700512 199203 1 010"),
    False, [], [14],
    "Umpan: 'relawan' dan 'posko' untuk banjir; penugasan kebencanaan yang sah.",
    kop=K("header", "PEMERINTAH KABUPATEN BANJAR", "BADAN PENANGGULANGAN BENCANA DAERAH",
          "Jalan Sekumpul Nomor 9, Martapura, Kalimantan Selatan 70614"),
    meta=meta("BPBD", "Pemkab Banjar", "2024-01-05T08:00:00Z"))

# 057 -- pilih salah satu jadwal, calon peserta latsar; no kop
add(57, [
    L("**PEMBERITAHUAN**", size=28),
    L("Kepada: calon peserta Pelatihan Dasar CPNS Angkatan 2024 di lingkungan Pemerintah Kota Yogyakarta", after=240),
    "Sehubungan dengan pelaksanaan Pelatihan Dasar CPNS formasi 2023, calon peserta diminta memilih salah satu dari tiga gelombang jadwal pelatihan klasikal berikut melalui formulir daring paling lambat 26 April 2024:",
    {"table": [["Gelombang", "Jadwal klasikal", "Kuota"],
               ["I", "13-24 Mei 2024", "80 orang"],
               ["II", "3-14 Juni 2024", "80 orang"],
               ["III", "8-19 Juli 2024", "80 orang"]],
     "widths": [2200, 4600, 2200], "header_row": True},
    "Pilihan akan dikonfirmasi oleh panitia sesuai urutan pengisian. Calon peserta yang tidak memilih sampai batas waktu akan ditempatkan pada gelombang III.",
    "Pertanyaan dapat disampaikan melalui WhatsApp layanan BKPSDM pada jam kerja.",
    L("BKPSDM Kota Yogyakarta\nBidang Pengembangan Kompetensi", before=240),
],
    False, [], [14],
    "Umpan: 'calon peserta', 'memilih salah satu', 'pilihan' jadwal pelatihan.",
    meta=meta("Bidang Bangkom", "BKPSDM Kota Yogyakarta", "2024-04-15T08:00:00Z"))

# 058 -- partai = consignment; kop header; libreoffice
add(58, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. Kepala UPT Pasar Kota dan Koordinator Gudang"),
    F("Dari", "Kepala Bidang Perdagangan"),
    F("Tanggal", "4 Maret 2024"),
    F("Hal", "Penerimaan Satu Partai Beras SPHP", border_bottom=True, after=240),
    {"p": "Diberitahukan bahwa Perum Bulog Cabang Pati akan mengirim satu partai beras Stabilisasi Pasokan dan Harga Pangan (SPHP) sebanyak 20 ton ke Gudang Dinas Perdagangan, Jalan Pemuda Rembang, pada Rabu, 6 Maret 2024.", "first": 720},
    N("Koordinator gudang menyiapkan palet dan memastikan gudang kering sebelum partai tersebut tiba."),
    N("Pemeriksaan mutu dilakukan bersama petugas Bulog; partai yang kemasannya rusak lebih dari 2% dikembalikan."),
    N("Beras didistribusikan dalam operasi pasar di Pasar Kota Rembang, Pasar Lasem, dan Pasar Kragan pada 7-9 Maret 2024 dengan harga eceran Rp10.900 per kg."),
    N("Pembeli dibatasi 2 kemasan @5 kg per orang."),
] + SIG("Rembang, 4 Maret 2024", "Kepala Bidang Perdagangan,", "HARI SUSANTO, S.E.", "19770318 200501 1 006"),
    False, [], [14],
    "Umpan: 'partai' berarti kiriman barang (satu partai beras SPHP), operasi pasar biasa.",
    kop=K("header", "PEMERINTAH KABUPATEN REMBANG", "DINAS PERDAGANGAN, KOPERASI DAN UKM",
          "Jalan Pemuda Km 2, Rembang 59217"),
    engine="libreoffice",
    meta=meta("Bidang Perdagangan", "Pemkab Rembang", "2024-03-04T08:00:00Z"))

# 059 -- non-political like/share for village tourism contest; WA, Javanese; no kop
add(59, [
    L("*Pesan Pak Lurah Sidorejo* (diteruskan ke grup padukuhan), 12 Agustus 2024", after=240),
    L("Sugeng enjang poro warga. Kabar apik: Desa Wisata Sidorejo mlebu 50 besar Anugerah Desa Wisata Indonesia 2024, kategori desa wisata berkembang. 🎉"),
    L("Kanggo kategori favorit, penilaiane saka jumlah like lan share video ing Instagram resmi ADWI. Monggo dibantu:\n1. like video \"Sidorejo, Sawah lan Gamelan\" ing akun {split:@jadesta.|kemenparekraf};\n2. share neng story lan grup keluarga;\n3. komentar sing apik, ora sah SARA."),
    L("Ben desane menang, pariwisata rame, homestay warga payu. Matur nuwun sanget. 🙏"),
],
    False, [], [14, 11],
    "Umpan: ajakan like/share/komentar dan 'menang' untuk lomba desa wisata; media sosial nonpolitik, bahasa Jawa.",
    meta=meta("Carik", "", "2024-08-12T01:00:00Z", revision=1))

# 060 -- Javanese WA neutrality reminder; no kop
add(60, [
    L("*PANGELING NETRALITAS ASN* – saking Sekcam Kaliangkrik, 20/11/2024", after=240),
    L("Konco-konco ASN, PPPK lan honorer sing tak tresnani, ngelingke wae yo:"),
    L("✖ ojo melu kampanye, rapat umum, utawa deklarasi paslon sapa wae;\n✖ ojo foto bareng calon karo pose driji siji, loro, utawa telu;\n✖ ojo like, share, komen, utawa follow akun lan grup pemenangan;\n✖ ojo masang stiker utawa kaos paslon neng motor lan mobil dinas;\n✖ ojo nampa amplop, sembako, utawa nglumpukke fotokopi KTP kanggo calon."),
    L("Tanggal 27 Nopember teko TPS, nyoblos sesuai ati nurani, rahasia. Sing dadi KPPS, izin karo atasan lan tetep netral."),
    L("Yen ono sing ngajak-ajak, laporke wae neng Panwascam. Matur nuwun. 🙏"),
],
    False, [], [14, 11],
    "Pengingat netralitas berbahasa Jawa gaya WA yang menyebut semua larangan; kepatuhan.",
    meta=meta("Sekcam", "", "2024-11-20T01:00:00Z", revision=1))

# =====================================================================================
# COMPLIANT 061-080
# =====================================================================================

# 061 -- Banjar voice-note transcript: neutrality + KPPS; no kop
add(61, [
    L("**Transkrip pesan suara Camat Martapura Barat** – grup \"ASN Kec. Martapura Barat\", Senin 25 Nopember 2024 (durasi 2:10)", after=240),
    L("\"Assalamualaikum. Pian sabarataan, ulun handak mamadahi sakit haja, sudah dakat hari Rabu. Ingat lah, kita ASN ni kada baulah umpat kampanye, kada baulah bapoto lawan paslon sambil maangkat jari, kada baulah masang stiker paslon di motor dinas, wan jangan manarima amplop atawa sembako matan siapa haja."),
    L("Status WA gin jaga, jangan manyupi atawa manyabarakan gambar paslon. Nang kaya itu sudah ada nang dipanggil Bawaslu di kabupaten subalah."),
    L("Nang jadi KPPS atawa PPS, minta izin ka kasi masing-masing, ulun sudah tandatangani dispensasinya. Hari Rabu kantor libur, datangi TPS, pilih sesuai hati nurani pian surang, kada usah takutan."),
    L("Itu haja. Tarima kasih, assalamualaikum.\""),
],
    False, [], [14, 11],
    "Pesan suara berbahasa Banjar: larangan kampanye, foto, stiker, amplop, status WA, dan logistik KPPS; kepatuhan.",
    meta=meta("Admin grup", "", "2024-11-25T02:00:00Z", revision=1))

# 062 -- OCR-damaged neutrality circular; kop body
add(62, [
    C("SURAT EDARAN", size=28, after=0),
    C("Nomor : 8OO.1/ 2O4 /BKPSDM/2O24", bold=False, after=240),
    {"p": "Da1am rangka menjaga netra1itas A$N pada Pi1kada Serentak 2O24, diingatkan kepada se1uruh pegawai 1ingkup Pemerintah Kabupaten Taba1ong, bahwa A$N di1arang :"},
    {"p": "a. memberikan dukungan kepada ca1on Gubemur/Bupati me1a1ui media sosia1 (mengunggah, menyukai, membagikan, berkomentar);\nb. menghadiri kampanye, deklarasi, atau rapat umum pasangan ca1on;\nc. memasang spanduk/ba1iho dan memakai atribut pasangan ca1on;\nd. menggunakan kendaraan dinas, gedung, dan anggaran untuk kepentingan pasangan ca1on;\ne. menjanjikan atau memberikan bantuan kepada masyarakat untuk mendukung pasangan ca1on.", "indent": 360},
    {"p": "Pe1anggaran dikenakan sanksi sesuai PP 94 Tahun 2O21. Pegawai tetap menggunakan hak pi1ih pada tangga1 27 Nopember 2O24."},
    L("Tanjung, 3O September 2O24\nKEPALA BKPSDM,\n\n\n\nH. SUPRIAN NOOR, S.Sos., M.Si\nNlP. 197OO2O2 199O11 1 OO1", indent=5040, before=240),
    L("%%[hasi1 pindai]%%", size=16),
],
    False, [], [14, 11],
    "Salinan OCR rusak dari surat edaran netralitas yang menyebut larangan (Gubemur, A$N, Pi1kada); kepatuhan.",
    kop=K("body", "PEMERlNTAH KABUPATEN TABALONG", "BADAN KEPEGAWAlAN DAN PENGEMBANGAN SUMBER DAYA MANUSlA",
          "J1. Pangeran Antasari Nomor 2 Tanjung 7157l"),
    font="Times New Roman",
    meta=meta("scan0117", "", "2024-09-30T08:00:00Z", revision=1))

# 063 -- building lent to KPU for official debate (class-6 look-alike); kop header
add(63, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. Kepala Bagian Umum dan Kepala Bagian Protokol dan Komunikasi Pimpinan"),
    F("Dari", "Sekretaris Daerah"),
    F("Tanggal", "21 Oktober 2024"),
    F("Hal", "Fasilitasi Tempat Debat Publik yang Diselenggarakan KPU Kota Madiun", border_bottom=True, after=240),
    {"p": "Menindaklanjuti surat KPU Kota Madiun Nomor 412/PL.02.4-SD/3577/2024 perihal permohonan penggunaan Gedung Serbaguna Pemerintah Kota untuk Debat Publik Kedua Pemilihan Wali Kota dan Wakil Wali Kota Madiun, dengan ini disampaikan:", "first": 720},
    N("Gedung Serbaguna dipinjampakaikan kepada KPU Kota Madiun sebagai penyelenggara pada Jumat, 1 November 2024, sesuai ketentuan fasilitasi penyelenggaraan pemilihan."),
    N("Bagian Umum menyiapkan listrik cadangan (genset), pendingin ruangan, 400 kursi, dan kebersihan gedung; tata panggung, LCD, dan desain latar sepenuhnya disiapkan KPU."),
    N("Ketiga pasangan calon mendapat perlakuan yang sama dalam akses ruang tunggu, jumlah pendukung yang masuk, dan parkir, sesuai pengaturan KPU."),
    N("Pegawai Pemerintah Kota yang bertugas teknis tidak mengenakan atribut pasangan calon mana pun dan tidak ikut sebagai penonton pendukung."),
    N("Tidak ada pungutan sewa; biaya operasional gedung dicatat sebagai dukungan fasilitasi kepada KPU."),
] + SIG("Madiun, 21 Oktober 2024", "SEKRETARIS DAERAH,", "Drs. SOEKO DWI HANDIARTO, M.M.", "19680312 199003 1 007"),
    False, [], [14],
    "Gedung pemkot dipinjamkan kepada KPU untuk debat resmi semua paslon, perlakuan sama; logistik mirip kelas 6 tetapi untuk penyelenggara.",
    kop=K("header", "PEMERINTAH KOTA MADIUN", "SEKRETARIAT DAERAH",
          "Jalan Pahlawan Nomor 37, Madiun 63122"),
    meta=meta("Bagian Umum", "Pemkot Madiun", "2024-10-21T08:00:00Z"))

# 064 -- disposisi: take down caleg banner from puskesmas fence; kop table
add(64, [
    C("LEMBAR DISPOSISI", size=28, after=240),
    {"table": [["Surat dari", "Panwaslu Kecamatan Sumbergempol", "Diterima tgl", "09-01-2024"],
               ["No. surat", "021/PM.01/K.JI-31.13/I/2024", "No. agenda", "017"],
               [{"blocks": [L("Perihal: Imbauan penertiban APK di fasilitas pelayanan kesehatan", after=0)], "span": 4}],
               [{"blocks": [L("Diteruskan kepada: **Kasubag TU**", after=0)], "span": 4}],
               [{"blocks": [L("Isi disposisi:", after=0),
                            L("KASUBAG TU: SEGERA TURUNKAN SPANDUK CALEG YG TERPASANG DI PAGAR DEPAN & SAMPING PUSKESMAS (3 BH), DOKUMENTASIKAN, SIMPAN DI GUDANG. LAPORKAN KE PANWASCAM HARI INI JUGA. PASTIKAN TDK ADA APK LAGI DI AREA PUSKESMAS & PUSTU.", after=0),
                            L("ttd. KAPUS  9/1", align="right", after=0)], "span": 4}]],
     "widths": [1700, 3300, 1700, 2300], "borders": True},
],
    False, [], [14, 11],
    "Disposisi huruf kapital yang memerintahkan menurunkan spanduk caleg dari pagar puskesmas atas imbauan Panwascam; penertiban.",
    kop=K("table", "PEMERINTAH KABUPATEN TULUNGAGUNG", "DINAS KESEHATAN", "UPT PUSKESMAS SUMBERGEMPOL",
          "Jalan Raya Sumbergempol Nomor 2, Tulungagung 66291", logo="PUSKESMAS"),
    meta=meta("TU Puskesmas", "Dinkes Tulungagung", "2024-01-09T08:00:00Z"))

# 065 -- Inspektorat LHP quoting camat's speech; kop header
add(65, [
    C("LAPORAN HASIL PEMERIKSAAN KHUSUS", size=28, after=0),
    C("Nomor: 700.1.2.1/LHP-17/Itda/2024", bold=False, after=240),
    L("**A. Dasar pemeriksaan**"),
    {"p": "Menindaklanjuti rekomendasi Bawaslu Kabupaten Wonosobo Nomor 044/PP.01.02/K.JT-32/10/2024 dan Surat Perintah Tugas Inspektur Nomor 700.1.2/311/2024.", "first": 720},
    L("**B. Uraian temuan**"),
    {"p": "Sdr. Camat Sapuran, NIP 19760215 199602 1 001, pada Minggu 6 Oktober 2024 menghadiri acara deklarasi dukungan relawan kepada pasangan calon nomor urut 1 di Lapangan Sapuran dan menyampaikan sambutan yang antara lain berbunyi: \"Mari kita menangkan paslon nomor satu, Sapuran harus seratus persen.\" Rekaman video acara tersebut diunggah di kanal YouTube relawan.", "first": 720},
    {"p": "Dalam permintaan keterangan, yang bersangkutan mengakui kehadiran dan isi sambutan tersebut.", "first": 720},
    L("**C. Simpulan**"),
    {"p": "Perbuatan tersebut melanggar Pasal 5 huruf n angka 4 dan angka 5 Peraturan Pemerintah Nomor 94 Tahun 2021.", "first": 720},
    L("**D. Rekomendasi dan pelaporan**"),
    N("Bupati Wonosobo menjatuhkan hukuman disiplin berat sesuai ketentuan."),
    N("BKPSDM melaporkan penjatuhan hukuman kepada BKN dan Bawaslu paling lambat 14 hari setelah keputusan ditetapkan."),
] + SIG("Wonosobo, 21 Oktober 2024", "INSPEKTUR,", "Ir. SRI WAHYUNI, M.M.", "19700707 199503 2 003"),
    False, [], [14],
    "LHP Inspektorat mengutip sambutan camat 'mari kita menangkan paslon nomor satu' sebagai temuan; ada bab pelaporan tetapi isinya sanksi.",
    kop=K("header", "PEMERINTAH KABUPATEN WONOSOBO", "INSPEKTORAT DAERAH",
          "Jalan Sabuk Alu Nomor 2, Wonosobo 56311"),
    meta=meta("Irban III", "Inspektorat Wonosobo", "2024-10-21T08:00:00Z"))

# 066 -- notulen logistics distribution, disepakati/diputuskan; kop table; libreoffice
add(66, [
    C("NOTULEN RAPAT", size=28, after=0),
    C("KOORDINASI PENGAMANAN DAN DISTRIBUSI LOGISTIK PEMILIHAN TAHUN 2024", after=240),
    {"table": [["Hari/tanggal", ": Kamis, 14 November 2024"],
               ["Tempat", ": Ruang Rapat Badan Kesbangpol Kabupaten Tabalong"],
               ["Peserta", ": KPU, Bawaslu, Polres Tabalong, Kodim 1008, Dinas Perhubungan, Satpol PP, camat se-Kabupaten Tabalong"]],
     "widths": [2200, 6800], "borders": False},
    L("**Kesimpulan rapat**", before=240),
    N("Disepakati distribusi surat suara dan kotak suara dari gudang KPU ke PPK dilaksanakan 22-23 November 2024 dengan pengawalan Polres dan Kodim."),
    N("Diputuskan bahwa Dinas Perhubungan meminjamkan 4 unit truk kepada KPU untuk wilayah Haruai dan Muara Uya sesuai surat permohonan KPU."),
    N("Satpol PP menyiagakan personel di gudang logistik KPU selama 24 jam sampai rekapitulasi tingkat kabupaten selesai."),
    N("Camat memfasilitasi balai kecamatan sebagai tempat penyimpanan sementara logistik PPK; kunci gudang dipegang PPK dan disegel bersama Panwascam."),
    N("Rapat sepakat seluruh unsur pemerintah daerah bersikap netral dan tidak melayani permintaan pasangan calon mana pun."),
] + SIG("Tanjung, 14 November 2024", "Notulis,", "MARIANI, S.AP.", "19880404 201101 2 007"),
    False, [], [14],
    "Notulen dengan 'disepakati/diputuskan/rapat sepakat' untuk distribusi logistik KPU dan netralitas; fasilitasi sah kepada penyelenggara.",
    kop=K("table", "PEMERINTAH KABUPATEN TABALONG", "BADAN KESATUAN BANGSA DAN POLITIK",
          "Jalan Tanjung Selatan Nomor 9, Tanjung 71571", logo="TABALONG"),
    engine="libreoffice",
    meta=meta("Kesbangpol", "Pemkab Tabalong", "2024-11-14T08:00:00Z"))

# 067 -- pengumuman: no campaign guests, no hall lending; kop header
add(67, [
    C("PENGUMUMAN", size=28, after=0),
    C("Nomor: 000.1.5/402/Dispusip/2024", bold=False, after=240),
    {"p": "Selama masa kampanye Pemilihan Gubernur dan Bupati Tahun 2024 (25 September s.d. 23 November 2024), dengan ini diumumkan:", "first": 720},
    N("Aula, ruang baca anak, dan halaman Perpustakaan Daerah tidak dapat dipinjam untuk kegiatan partai politik, pasangan calon, tim kampanye, atau relawan pasangan calon."),
    N("Pegawai tidak menerima kunjungan tim kampanye di ruang kerja; permintaan audiensi diarahkan ke Bagian Umum Setda."),
    N("Pameran, bedah buku, dan lomba bercerita yang sudah terjadwal tetap berjalan; narasumber tidak boleh calon atau tim kampanye."),
    N("Alat peraga kampanye yang ditemukan di lingkungan kantor segera dilaporkan kepada Subbagian Umum untuk diturunkan."),
    {"p": "Layanan perpustakaan berjalan seperti biasa, Senin s.d. Sabtu pukul 08.00-20.00 WIB.", "first": 720},
] + SIG("Wonosobo, 24 September 2024", "Kepala Dinas Perpustakaan dan Kearsipan,", "Dra. ENDANG LESTARI", "19690808 199403 2 005"),
    False, [], [14],
    "Pengumuman larangan peminjaman aula untuk partai/paslon dan larangan menerima tim kampanye; pencegahan.",
    kop=K("header", "PEMERINTAH KABUPATEN WONOSOBO", "DINAS PERPUSTAKAAN DAN KEARSIPAN",
          "Jalan T. Jogonegoro Nomor 9, Wonosobo 56311"),
    meta=meta("Subbag Umum", "Pemkab Wonosobo", "2024-09-24T08:00:00Z"))

# 068 -- refusal letter to tim pemenangan; kop header
add(68, [
    F("Nomor", "000.2.3/519/Disbud/2024"),
    F("Sifat", "Biasa"),
    F("Lampiran", "-"),
    F("Hal", "Jawaban atas Permohonan Peminjaman Gedung dan Kendaraan", after=240),
    L("Kepada Yth.\nKetua Tim Pemenangan Pasangan Calon Nomor Urut 2\nKabupaten Pacitan\ndi Pacitan"),
    {"p": "Menanggapi surat Saudara Nomor 14/TP/X/2024 tanggal 7 Oktober 2024 perihal permohonan peminjaman Gedung Kesenian Pacitan dan dua unit kendaraan dinas untuk kegiatan kampanye dialogis pada 19 Oktober 2024, dengan ini kami sampaikan bahwa permohonan tersebut **tidak dapat kami penuhi**.", "first": 720},
    {"p": "Pasal 71 Undang-Undang Nomor 10 Tahun 2016 dan ketentuan netralitas ASN melarang penggunaan fasilitas pemerintah daerah untuk kegiatan kampanye pasangan calon mana pun. Ketentuan ini berlaku sama bagi seluruh pasangan calon dan telah kami sampaikan pula kepada tim pasangan calon lain yang mengajukan permohonan serupa.", "first": 720},
    {"p": "Atas pengertian Saudara kami sampaikan terima kasih.", "first": 720},
] + SIG("Pacitan, 9 Oktober 2024", "Kepala Dinas Kebudayaan, Pariwisata, Pemuda dan Olahraga,", "WAHYU SUKO HARTONO, S.Sos.", "19740404 199903 1 006"),
    False, [], [14],
    "Surat penolakan peminjaman gedung dan mobil dinas kepada tim pemenangan; menyebut kampanye dialogis tetapi menolak.",
    kop=K("header", "PEMERINTAH KABUPATEN PACITAN", "DINAS KEBUDAYAAN, PARIWISATA, PEMUDA DAN OLAHRAGA",
          "Jalan Letjen Suprapto Nomor 1, Pacitan 63511"),
    meta=meta("Sekretariat", "Pemkab Pacitan", "2024-10-09T08:00:00Z"))

# 069 -- penertiban APK masa tenang, all pairs; kop body
add(69, [
    C("SURAT PERINTAH", size=28, after=0),
    C("Nomor: 300.1/288/404.301/2024", bold=False, after=240),
    F("Dasar", "1. Peraturan KPU Nomor 13 Tahun 2024 tentang Kampanye Pemilihan;\n2. Surat Bawaslu Kabupaten Ngawi Nomor 201/PM.01.02/K.JI-21/11/2024 tentang Penertiban APK pada Masa Tenang."),
    C("MEMERINTAHKAN", before=240),
    F("Kepada", "Regu Penegakan Perda I-IV Satpol PP Kabupaten Ngawi"),
    F("Untuk", "Bersama Bawaslu, KPU, dan Polres menertibkan seluruh alat peraga kampanye semua pasangan calon pada 24-26 November 2024 di lokasi berikut:"),
    {"table": [["Regu", "Wilayah", "APK Paslon 01", "APK Paslon 02", "APK Paslon 03"],
               ["I", "Kecamatan Ngawi, Paron", "baliho 12, spanduk 40", "baliho 9, spanduk 33", "baliho 11, spanduk 28"],
               ["II", "Kecamatan Geneng, Kwadungan", "spanduk 21", "spanduk 25", "spanduk 19"],
               ["III", "Kecamatan Walikukun, Mantingan", "umbul-umbul 60", "umbul-umbul 48", "umbul-umbul 55"],
               ["IV", "Kecamatan Jogorogo, Kendal", "baliho 4", "baliho 6", "baliho 5"]],
     "widths": [700, 2800, 1800, 1800, 1900], "header_row": True},
    F("Ketentuan", "APK diturunkan tanpa membedakan pasangan calon, dicatat dalam berita acara, dan disimpan di gudang Satpol PP untuk diambil tim kampanye masing-masing setelah pemungutan suara.", before=240),
] + SIG("Ngawi, 22 November 2024", "Kepala Satuan Polisi Pamong Praja,", "Drs. AGUS SUWITO, M.Si.", "19690714 199003 1 004"),
    False, [], [14],
    "Penertiban APK semua paslon pada masa tenang bersama Bawaslu; tabel memuat nama paslon tetapi isinya penurunan.",
    kop=K("body", "PEMERINTAH KABUPATEN NGAWI", "SATUAN POLISI PAMONG PRAJA",
          "Jalan Yos Sudarso Nomor 5, Ngawi 63211"),
    meta=meta("Bidang Gakda", "Pemkab Ngawi", "2024-11-22T08:00:00Z"))

# 070 -- jalan sehat HUT Korpri with Pj Bupati; kop header
add(70, [
    C("UNDANGAN", size=28, after=240),
    F("Nomor", "005/3190/2024"),
    F("Hal", "Jalan Sehat dan Senam Bersama HUT ke-53 KORPRI", after=240),
    L("Kepada Yth.\nKepala Perangkat Daerah se-Kabupaten Boyolali\ndi tempat"),
    {"p": "Dalam rangka memperingati Hari Ulang Tahun ke-53 Korps Pegawai Republik Indonesia, kami mengundang Bapak/Ibu beserta seluruh anggota KORPRI di unit kerja masing-masing untuk mengikuti Jalan Sehat dan Senam Bersama pada Minggu, 1 Desember 2024, pukul 06.00 WIB, start dan finis di Alun-alun Kidul Boyolali, bersama Penjabat Bupati Boyolali.", "first": 720},
    {"p": "Peserta mengenakan kaos KORPRI yang dibagikan melalui sekretariat perangkat daerah. Panitia menyediakan doorprize berupa sepeda, kulkas, dan paket sembako bagi peserta yang beruntung, serta pemeriksaan kesehatan gratis oleh PMI.", "first": 720},
] + SIG("Boyolali, 25 November 2024", "Ketua Panitia HUT KORPRI,", "Drs. WIWIS TRISIWI HANDAYANI, M.M.", "19700101 199503 2 006"),
    False, [], [14],
    "Umpan kelas 3: jalan sehat HUT KORPRI bersama Pj. Bupati (bukan calon), doorprize sembako; tidak ada calon.",
    kop=K("header", "PENGURUS KORPS PEGAWAI REPUBLIK INDONESIA", "KABUPATEN BOYOLALI",
          "Kompleks Perkantoran Terpadu, Jalan Ahmad Yani Nomor 1, Boyolali 57311"),
    meta=meta("Sekretariat Korpri", "Pemkab Boyolali", "2024-11-25T08:00:00Z"))

# 071 -- silaturahmi/ramah tamah Forkopimcam with new Kapolsek; kop table
add(71, [
    C("UNDANGAN", size=28, after=240),
    F("Nomor", "005/266/Kec.Kalikajar/2024"),
    F("Hal", "Silaturahmi dan Ramah Tamah", after=240),
    L("Kepada Yth.\n1. Kapolsek dan Danramil Kalikajar\n2. Kepala Desa se-Kecamatan Kalikajar\n3. Kepala KUA, Kepala Puskesmas, Koordinator Wilayah Pendidikan\n4. Tokoh agama dan tokoh masyarakat"),
    {"p": "Dalam rangka pisah sambut Kapolsek Kalikajar dari AKP Sumarno kepada AKP Yudha Pratama, S.H., kami mengundang Bapak/Ibu pada acara silaturahmi dan ramah tamah Forum Komunikasi Pimpinan Kecamatan, Jumat, 16 Agustus 2024, pukul 19.30 WIB, di Pendopo Kecamatan Kalikajar.", "first": 720},
    {"p": "Acara diisi perkenalan Kapolsek baru, pemberian cendera mata kepada Kapolsek lama, dan makan malam bersama.", "first": 720},
] + SIG("Kalikajar, 12 Agustus 2024", "CAMAT KALIKAJAR,", "HERU SUSANTO, S.Sos., M.M.", "19751010 199703 1 004"),
    False, [], [14],
    "Umpan kelas 3: silaturahmi dan ramah tamah pisah sambut Kapolsek, bukan calon.",
    kop=K("table", "PEMERINTAH KABUPATEN WONOSOBO", "KECAMATAN KALIKAJAR",
          "Jalan Raya Kalikajar Nomor 1, Wonosobo 56372", logo="WONOSOBO"),
    meta=meta("Sekcam", "Kecamatan Kalikajar", "2024-08-12T08:00:00Z"))

# 072 -- social media ethics: no like/share paslon, but please share PBB info; kop header
add(72, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. Seluruh Pegawai Dinas Komunikasi dan Informatika"),
    F("Dari", "Kepala Dinas"),
    F("Tanggal", "2 Oktober 2024"),
    F("Hal", "Etika Bermedia Sosial dan Penyebaran Informasi Layanan Publik", border_bottom=True, after=240),
    {"p": "Memasuki masa kampanye Pilkada 2024, kami ingatkan kembali bahwa pegawai tidak diperkenankan menyukai, mengomentari, membagikan, atau mengikuti akun pasangan calon dan tim pemenangannya, tidak bergabung dalam grup WhatsApp atau Telegram pasangan calon, serta tidak memasang twibbon atau bingkai foto profil bertema pasangan calon. Akun resmi dinas hanya memuat informasi pemerintahan dan tahapan pemilihan dari KPU.", "first": 720},
    {"p": "Di sisi lain, kami minta seluruh pegawai membantu membagikan unggahan akun resmi @kominfo.banjarnegara mengenai:", "first": 720},
    N("jatuh tempo Pajak Bumi dan Bangunan 31 Oktober 2024 dan kanal pembayaran daring;"),
    N("jadwal imunisasi polio tambahan di posyandu;"),
    N("layanan pengaduan LAPOR! dan nomor darurat 112."),
    {"p": "Silakan like, share, dan tag keluarga pada unggahan tersebut agar informasi layanan publik menjangkau lebih banyak warga.", "first": 720},
] + SIG("Banjarnegara, 2 Oktober 2024", "Kepala Dinas,", "Dr. ARIF WIBOWO, S.Kom., M.T.", "19780917 200501 1 003"),
    False, [], [14],
    "Larangan like/share/follow akun paslon dan twibbon, lalu permintaan share informasi PBB dan imunisasi; media sosial nonpolitik.",
    kop=K("header", "PEMERINTAH KABUPATEN BANJARNEGARA", "DINAS KOMUNIKASI DAN INFORMATIKA",
          "Jalan Dipayuda Nomor 16, Banjarnegara 53412"),
    meta=meta("Bidang IKP", "Pemkab Banjarnegara", "2024-10-02T08:00:00Z"))

# 073 -- cuti kampanye of the sitting bupati, beliau tidak memakai fasilitas (class-7 look-alike); kop header
add(73, [
    C("NOTA DINAS", size=28),
    F("Kepada", "Yth. 1. Kepala Bagian Protokol dan Komunikasi Pimpinan\n2. Kepala Bagian Umum\n3. Kepala Satpol PP"),
    F("Dari", "Sekretaris Daerah"),
    F("Tanggal", "23 September 2024"),
    F("Hal", "Pelaksanaan Cuti di Luar Tanggungan Negara Bupati Banjarnegara", border_bottom=True, after=240),
    {"p": "Berdasarkan Keputusan Menteri Dalam Negeri tentang pemberian cuti di luar tanggungan negara, Bupati Banjarnegara, Bapak Suryo Atmojo, S.H., yang ditetapkan sebagai calon Bupati, menjalani cuti selama masa kampanye 25 September s.d. 23 November 2024. Selama masa tersebut tugas sehari-hari dilaksanakan oleh Penjabat Sementara Bupati.", "first": 720},
    {"p": "Sehubungan dengan itu:", "first": 720},
    N("kendaraan dinas jabatan, ajudan, dan pengawal pribadi ditarik dan tidak mendampingi beliau selama cuti;"),
    N("Pendopo dan rumah dinas tidak digunakan untuk kegiatan yang bersangkutan selama masa kampanye;"),
    N("undangan masyarakat yang ditujukan kepada Bupati diteruskan kepada Penjabat Sementara, bukan kepada beliau secara pribadi;"),
    N("Bagian Protokol tidak menyiapkan sambutan, foto, atau publikasi kegiatan beliau di akun resmi pemerintah daerah."),
    {"p": "Ketentuan yang sama berlaku bagi Wakil Bupati apabila yang bersangkutan juga mencalonkan diri.", "first": 720},
] + SIG("Banjarnegara, 23 September 2024", "SEKRETARIS DAERAH,", "Ir. INDARTO, M.Si.", "19680721 199503 1 003"),
    False, [], [14],
    "Pengaturan cuti kampanye petahana: 'beliau' tidak boleh memakai fasilitas; pencegahan, bukan dukungan.",
    kop=K("header", "PEMERINTAH KABUPATEN BANJARNEGARA", "SEKRETARIAT DAERAH",
          "Jalan Dipayuda Nomor 1, Banjarnegara 53412"),
    meta=meta("Bagian Tapem", "Pemkab Banjarnegara", "2024-09-23T08:00:00Z"))

# 074 -- sosialisasi pemilih pemula; kop body
add(74, [
    C("UNDANGAN", size=28, after=0),
    C("Nomor: 005/214/SMAN2-BJB/2024", bold=False, after=240),
    L("Kepada Yth.\nOrang tua/wali peserta didik kelas XII\ndi tempat"),
    {"p": "Dengan hormat, bekerja sama dengan KPU Kota Banjarbaru, SMA Negeri 2 Banjarbaru menyelenggarakan sosialisasi pendidikan pemilih pemula bagi peserta didik kelas XII yang telah berusia 17 tahun pada hari pemungutan suara.", "first": 720},
    {"p": "Hari/tanggal\t: Selasa, 22 Oktober 2024\nPukul\t: 08.00-10.30 WITA\nTempat\t: Aula sekolah\nNarasumber\t: Komisioner KPU Kota Banjarbaru", "indent": 1440, "tabs": [[3240, "left"]]},
    {"p": "Materi meliputi cara mengecek DPT melalui cekdptonline, tata cara mencoblos, serta ajakan menggunakan hak pilih dan memilih sesuai hati nurani tanpa tekanan. Sekolah tidak mengundang pasangan calon atau tim kampanye dan tidak menampilkan atribut peserta pemilihan.", "first": 720},
    {"p": "Orang tua/wali dipersilakan hadir mendampingi.", "first": 720},
] + SIG("Banjarbaru, 15 Oktober 2024", "Kepala Sekolah,", "Hj. NOOR ASIAH, S.Pd., M.Pd.", "19710505 199702 2 003"),
    False, [], [14],
    "Sosialisasi pemilih pemula oleh KPU di sekolah: 'gunakan hak pilih', 'mencoblos'; netral.",
    kop=K("body", "PEMERINTAH PROVINSI KALIMANTAN SELATAN", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
          "SMA NEGERI 2 BANJARBARU", "Jalan Keruing Nomor 1, Banjarbaru 70712"),
    meta=meta("Waka Kesiswaan", "SMAN 2 Banjarbaru", "2024-10-15T08:00:00Z"))

# 075 -- bansos postponed to avoid association with any pair (class 8/13 look-alike); kop header; libreoffice
add(75, [
    C("SURAT EDARAN", size=28, after=0),
    C("Nomor: 400.9/1877/Dinsos/2024", bold=False),
    C("TENTANG PENYALURAN BANTUAN SOSIAL DAERAH PADA MASA KAMPANYE PILKADA 2024", after=240),
    L("Yth. Camat, Lurah/Kepala Desa, Pendamping PKH, dan TKSK se-Kabupaten Tulungagung"),
    {"p": "Memperhatikan Surat Edaran Menteri Dalam Negeri dan imbauan Bawaslu Kabupaten Tulungagung mengenai pencegahan politisasi bantuan sosial, dengan ini disampaikan:", "first": 720},
    N("Penyaluran bantuan sosial daerah (bantuan lansia, disabilitas, dan anak yatim) Tahap IV yang dijadwalkan pada 18-22 November 2024 diundur menjadi 2-6 Desember 2024, setelah pemungutan suara."),
    N("Penyaluran tidak boleh disertai atribut, warna khas, stiker, atau kartu nama pasangan calon mana pun, dan tidak boleh dihadiri atau diserahkan oleh pasangan calon maupun tim kampanyenya."),
    N("Penetapan penerima sepenuhnya berdasarkan DTKS; tidak ada syarat surat pernyataan, fotokopi KTP tambahan, atau pilihan politik."),
    N("Pendamping yang mengetahui upaya mengaitkan bantuan dengan pasangan calon wajib melapor kepada Dinas Sosial dan Panwascam."),
] + SIG("Tulungagung, 11 November 2024", "Kepala Dinas Sosial,", "Drs. KASIL ROHMAN, M.M.", "19680506 199303 1 010"),
    False, [], [14],
    "Bansos ditunda hingga setelah pemungutan suara dan dilarang dikaitkan dengan paslon; mirip kelas 8/13 tetapi pencegahan.",
    kop=K("header", "PEMERINTAH KABUPATEN TULUNGAGUNG", "DINAS SOSIAL",
          "Jalan Mayor Sujadi Timur Nomor 5, Tulungagung 66221"),
    engine="libreoffice",
    meta=meta("Bidang Linjamsos", "Pemkab Tulungagung", "2024-11-11T08:00:00Z"))

# 076 -- pemilihan ketua OSIS; kop table
add(76, [
    C("PENGUMUMAN", size=28, after=0),
    C("PEMILIHAN KETUA OSIS MASA BAKTI 2024/2025", after=240),
    {"p": "Diberitahukan kepada seluruh peserta didik SMP Negeri 1 Karanganom bahwa pemilihan Ketua OSIS akan dilaksanakan dengan tahapan sebagai berikut:", "first": 720},
    {"table": [["Tahapan", "Waktu", "Keterangan"],
               ["Pendaftaran calon ketua dan wakil", "5-9 Agustus 2024", "Kelas VIII, nilai sikap baik"],
               ["Kampanye kelas dan debat calon", "12-16 Agustus 2024", "Di kelas dan aula, didampingi pembina"],
               ["Pemungutan suara (coblos)", "19 Agustus 2024", "Bilik suara di perpustakaan"],
               ["Penghitungan dan pelantikan", "20 Agustus 2024", "Lapangan upacara"]],
     "widths": [3400, 2400, 3200], "header_row": True},
    {"p": "Setiap pasangan calon boleh membentuk tim sukses paling banyak 5 siswa dan memasang poster di papan mading kelas. Dilarang membagikan jajan atau hadiah kepada pemilih. Ayo gunakan hak suaramu dan pilih pemimpin OSIS terbaik!", "first": 720},
] + SIG("Karanganom, 1 Agustus 2024", "Pembina OSIS,", "Rr. DYAH AYU PUSPITA, S.Pd.", "19870808 201001 2 011"),
    False, [], [14],
    "Umpan: pemilihan ketua OSIS dengan 'calon', 'kampanye', 'coblos', 'tim sukses'; bukan pemilu.",
    kop=K("table", "PEMERINTAH KABUPATEN KLATEN", "DINAS PENDIDIKAN", "SMP NEGERI 1 KARANGANOM",
          "Jalan Raya Karanganom, Klaten 57475", logo="SMPN 1"),
    meta=meta("Pembina OSIS", "SMPN 1 Karanganom", "2024-08-01T08:00:00Z"))

# 077 -- Satpol PP guards KPU logistics warehouse, "dukungan personel"; kop header
add(77, [
    C("SURAT PERINTAH TUGAS", size=28, after=0),
    C("Nomor: 300.1.4/0611/435.113/2024", bold=False, after=240),
    F("Dasar", "Surat Ketua KPU Kabupaten Sumenep Nomor 611/PL.02.1-SD/3529/2024 perihal permohonan dukungan personel pengamanan gudang logistik."),
    C("MEMERINTAHKAN", before=240),
    F("Kepada", "24 (dua puluh empat) anggota Satpol PP sebagaimana daftar terlampir"),
    F("Untuk", "1. Melaksanakan pengamanan gudang logistik KPU Kabupaten Sumenep di Jalan Trunojoyo secara bergiliran 3 sif mulai 1 November 2024 sampai selesainya rekapitulasi tingkat kabupaten;\n2. Tidak menerima tamu, termasuk tim kampanye atau saksi pasangan calon, tanpa izin tertulis KPU;\n3. Bersikap netral dan tidak menggunakan atribut pasangan calon mana pun."),
    F("Keterangan", "Honorarium pengamanan dibayarkan oleh KPU sesuai standar biaya; seragam dinas lengkap."),
] + SIG("Sumenep, 28 Oktober 2024", "Kepala Satuan Polisi Pamong Praja,", "Drs. ACH. LAILI MAULIDY, M.Si.", "19700404 199203 1 012"),
    False, [], [14],
    "'Dukungan personel' Satpol PP untuk pengamanan gudang logistik KPU, netral; fasilitasi penyelenggara.",
    kop=K("header", "PEMERINTAH KABUPATEN SUMENEP", "SATUAN POLISI PAMONG PRAJA",
          "Jalan Dr. Cipto Nomor 5, Sumenep 69417"),
    meta=meta("Bidang Linmas", "Pemkab Sumenep", "2024-10-28T08:00:00Z"))

# 078 -- tracked deletion removes a partisan sentence; final text neutral; kop header
add(78, [
    C("SURAT EDARAN", size=28, after=0),
    C("Nomor: 000.9/488/DKP/2024", bold=False),
    C("TENTANG PERSIAPAN HARI PEMUNGUTAN SUARA 27 NOVEMBER 2024", after=240),
    L("Yth. Seluruh Pegawai Dinas Ketahanan Pangan Kabupaten Bondowoso"),
    {"p": "Menjelang hari pemungutan suara Pemilihan Gubernur dan Bupati, seluruh pegawai diminta memastikan namanya terdaftar dalam DPT dan datang ke TPS masing-masing pada Rabu, 27 November 2024, {del:dan diharapkan mendukung pasangan nomor urut 2 demi keberlanjutan program ketahanan pangan }{ins:dengan tetap menjaga netralitas sesuai Peraturan Pemerintah Nomor 94 Tahun 2021 }sebagai wujud partisipasi warga negara.", "first": 720},
    N("Kantor diliburkan pada hari pemungutan suara; petugas gudang cadangan pangan tetap piket bergiliran."),
    N("Pegawai yang menjadi KPPS mengajukan dispensasi kepada Sekretaris."),
    N("Pegawai tidak menghadiri kampanye, tidak memasang atribut, dan tidak menggunakan fasilitas dinas untuk pasangan calon mana pun."),
] + SIG("Bondowoso, 18 November 2024", "Kepala Dinas Ketahanan Pangan,", "Ir. SITI MASRIFAH, M.P.", "19700210 199603 2 002"),
    False, [], [14],
    "Draf dengan tracked changes: kalimat dukungan paslon 2 DIHAPUS (w:del) dan diganti kalimat netralitas; teks akhir patuh. (Label paling tidak pasti.)",
    kop=K("header", "PEMERINTAH KABUPATEN BONDOWOSO", "DINAS KETAHANAN PANGAN",
          "Jalan Letjen Sutoyo Nomor 40, Bondowoso 68211"),
    meta={"title": "", "author": "Staf Sekretariat", "company": "Pemkab Bondowoso",
          "created": "2024-11-15T08:00:00Z", "modified": "2024-11-18T02:30:00Z",
          "last_modified_by": "Kepala Dinas", "change_author": "Kepala Dinas", "revision": 4})

# 079 -- Biro Hukum telaah staf: may ASN attend a relative's kampanye on leave; kop header; footnotes
add(79, [
    C("TELAAHAN STAF", size=28, after=0),
    C("Nomor: 100.3.8/2291/Ro.Huk/2024", bold=False, after=240),
    F("Kepada", "Yth. Sekretaris Daerah Provinsi Jawa Tengah"),
    F("Dari", "Kepala Biro Hukum"),
    F("Hal", "Permintaan Pendapat Hukum mengenai Kehadiran ASN pada Kampanye Anggota Keluarga", border_bottom=True, after=240),
    L("**I. Persoalan**"),
    {"p": "Kepala Bidang pada salah satu perangkat daerah menanyakan apakah ia boleh menghadiri kampanye terbuka calon bupati yang merupakan kakak kandungnya apabila ia mengambil cuti tahunan.", "first": 720},
    L("**II. Praanggapan dan fakta**"),
    {"p": "Yang bersangkutan berstatus PNS aktif; cuti tahunan tidak menghapus status dan kewajiban sebagai ASN.{fn:1}", "first": 720},
    L("**III. Analisis**"),
    {"p": "Pasal 5 huruf n PP Nomor 94 Tahun 2021 melarang PNS memberikan dukungan kepada calon kepala daerah dengan cara ikut dalam kegiatan kampanye, menjadi peserta kampanye dengan menggunakan atribut partai atau atribut PNS, mengerahkan PNS lain, menggunakan fasilitas negara, serta mengadakan kegiatan yang mengarah pada keberpihakan.{fn:2} SKB Netralitas ASN 2022 juga menegaskan larangan menghadiri kampanye, termasuk di luar jam kerja.", "first": 720},
    L("**IV. Kesimpulan dan saran**"),
    {"p": "Yang bersangkutan tidak diperkenankan menghadiri kampanye terbuka tersebut, meskipun dalam keadaan cuti dan meskipun calon adalah anggota keluarga. Disarankan agar Sekretaris Daerah menerbitkan surat edaran penegasan kepada seluruh perangkat daerah.", "first": 720},
] + SIG("Semarang, 7 Oktober 2024", "Kepala Biro Hukum,", "Dr. IWANUDDIN ISKANDAR, S.H., M.H.", "19690303 199403 1 004"),
    False, [], [14],
    "Telaah staf Biro Hukum yang menjelaskan larangan menghadiri kampanye keluarga saat cuti; kesimpulan: dilarang.",
    kop=K("header", "PEMERINTAH PROVINSI JAWA TENGAH", "SEKRETARIAT DAERAH", "BIRO HUKUM",
          "Jalan Pahlawan Nomor 9, Semarang 50243"),
    footnotes={"1": "Lihat Pasal 310 PP Nomor 11 Tahun 2017 sebagaimana telah diubah dengan PP Nomor 17 Tahun 2020.",
               "2": "Larangan tersebut dikutip sebagai dasar analisis, bukan anjuran."},
    meta=meta("Bagian Bantuan Hukum", "Setda Prov. Jateng", "2024-10-07T08:00:00Z"))

# 080 -- hasil seleksi calon penerima beasiswa, explicitly apolitical; kop body
add(80, [
    C("PENGUMUMAN", size=28, after=0),
    C("Nomor: 421/733/Disdik/2024", bold=False),
    C("HASIL SELEKSI CALON PENERIMA BEASISWA \"BALANGAN CERDAS\" TAHUN 2024", after=240),
    {"p": "Berdasarkan hasil verifikasi berkas dan wawancara oleh tim seleksi pada 1-12 Juli 2024, dengan ini diumumkan 150 calon penerima beasiswa jenjang S1 sebagaimana daftar terlampir. Calon penerima dipilih berdasarkan prestasi akademik, kondisi ekonomi keluarga (DTKS), dan kesediaan kembali mengabdi di Kabupaten Balangan.", "first": 720},
    N("Calon penerima wajib menandatangani perjanjian beasiswa di Dinas Pendidikan pada 22-26 Juli 2024."),
    N("Dukungan biaya meliputi UKT dan biaya hidup Rp1.000.000 per bulan selama 8 semester."),
    N("Seluruh proses tidak dipungut biaya dan tidak terkait dengan pilihan politik apa pun. Laporkan kepada Inspektorat bila ada pihak yang meminta imbalan atau dukungan."),
] + SIG("Paringin, 17 Juli 2024", "Kepala Dinas Pendidikan,", "H. RAHMADI, S.Pd., M.Pd.", "19700808 199403 1 009"),
    False, [], [14],
    "Umpan kelas 8: 'calon penerima', 'dipilih', 'dukungan biaya' beasiswa tanpa syarat politik.",
    kop=K("body", "PEMERINTAH KABUPATEN BALANGAN", "DINAS PENDIDIKAN",
          "Jalan A. Yani Km 3,5 Paringin 71662"),
    meta=meta("Bidang PTK", "Pemkab Balangan", "2024-07-17T08:00:00Z"))


# =====================================================================================
# OUTPUT
# =====================================================================================
if __name__ == "__main__":
    assert len(MEMOS) == 80, len(MEMOS)
    for f in os.listdir(SPECS):
        if f.endswith(".json"):
            os.remove(os.path.join(SPECS, f))
    for name, spec in MEMOS:
        with open(os.path.join(SPECS, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=1)
    print("specs:", len(MEMOS))
