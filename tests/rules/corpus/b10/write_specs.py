#!/usr/bin/env python3
"""Batch b10: write specs/b10_NNN.json and labels.json.

Helpers below only lay out standard naskah dinas furniture (kop, nomor block,
signature, tembusan). Every memo's wording is written individually in MEMOS.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "b10"


# ----------------------------------------------------------------- furniture
def kop(placement, lines, logo=None):
    k = {"placement": placement, "lines": lines}
    if logo:
        k["logo"] = logo
    return k


def P(text, **kw):
    d = {"p": text}
    d.update(kw)
    return d


def title(text, sub=None):
    out = [P(text, align="center", bold=True, after=0)]
    if sub:
        out.append(P(sub, align="center", after=240))
    return out


def fields(rows, tab=1701):
    """Nomor / Sifat / Lampiran / Hal block as tabbed paragraphs."""
    return [P("%s\t: %s" % (k, v), align="left", after=0, tabs=[[tab, "left"]],
              indent=tab + 227, hanging=tab + 227) for k, v in rows] + [P("", after=0)]


def item(n, text, indent=567):
    return P("%s\t%s" % (n, text), indent=indent, hanging=indent,
             tabs=[[indent, "left"]], after=80)


def sign(place_date, jabatan, nama, nip=None, extra=None, indent=5103):
    lines = []
    if place_date:
        lines.append(place_date)
    lines += jabatan if isinstance(jabatan, list) else [jabatan]
    out = [P("", after=0)] + [P(x, indent=indent, align="left", after=0) for x in lines]
    out += [P("", indent=indent, after=0) for _ in range(3)]
    out.append(P("**__%s__**" % nama, indent=indent, align="left", after=0))
    for x in (extra or []):
        out.append(P(x, indent=indent, align="left", after=0))
    if nip:
        out.append(P("NIP. " + nip, indent=indent, align="left", after=0))
    return out


def tembusan(items):
    out = [P("", after=0), P("Tembusan:", align="left", after=0)]
    for k, t in enumerate(items, 1):
        out.append(P("%d.\t%s" % (k, t), indent=284, hanging=284, tabs=[[284, "left"]], align="left", after=0))
    return out


MEMOS = []


def memo(spec, violation, categories, classes, note):
    MEMOS.append((spec, {"violation": violation, "categories": sorted(categories),
                         "classes": sorted(classes), "note": note}))


# =================================================================== GROUP 1
# ---- 001  puskesmas, pesan WA diteruskan, twibbon + status (V)
memo({
    "font": "Arial",
    "meta": {"title": "Nota Dinas Penerusan Pesan", "author": "TU PKM Pringgabaya",
             "created": "2024-10-14T02:10:00Z", "modified": "2024-10-14T03:02:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN LOMBOK TIMUR", "DINAS KESEHATAN",
                          "UPT PUSKESMAS PRINGGABAYA",
                          "Jl. Raya Pringgabaya No. 21, Kec. Pringgabaya, Lombok Timur 83654"]),
    "body": title("NOTA DINAS") + fields([
        ("Kepada", "Seluruh Pegawai UPT Puskesmas Pringgabaya (PNS, PPPK dan Tenaga Kontrak)"),
        ("Dari", "Kepala UPT Puskesmas Pringgabaya"),
        ("Tanggal", "14 Oktober 2024"),
        ("Nomor", "440/212/PKM-PGB/X/2024"),
        ("Hal", "Penerusan Pesan"),
    ]) + [
        P("Bersama ini kami teruskan pesan yang kami terima melalui grup WhatsApp Kepala Puskesmas "
          "se-Kabupaten pagi tadi, untuk diketahui dan ditindaklanjuti oleh Bapak/Ibu sekalian:", first=567),
        {"table": [[[
            P("%%[08.12, 14/10/2024] H. Mursyid Dikes:%%", align="left", after=60),
            P("%%Assalamualaikum wr wb. Bpk ibu kapus yg sy hormati 🙏 sekedar mengingatkn, alhamdulillah "
              "pembangunan kesehatan kita 5 thn ini sdh dirasakan masyarakat, jd kita jg hrs tau diri. Mari kita "
              "dukung Pak H. Lalu Zulkarnaen & Ibu Hj. Baiq Ernawati utk memimpin kembali Lotim periode "
              "2025-2030.%%", align="left", after=60),
            P("%%Tolong diteruskan ke staf msg2, mnt pasang twibbon #ZulErnaLanjutkan di foto profil WA & FB, "
              "trs share flyer terlampir di status tiap hari smp tgl 27 Nov. Yg blm pny file nya minta ke admin "
              "grup. Matur tampiasih 🙏🙏%%", align="left", after=0),
        ]]], "widths": [9070], "borders": True},
        P("", after=0),
        P("Sehubungan dengan hal tersebut, kepada seluruh pegawai diminta:", first=567),
        P("Memasang twibbon sebagaimana dimaksud pada foto profil WhatsApp dan Facebook paling lambat hari "
          "Jumat, 18 Oktober 2024;", num=0),
        P("Membagikan flyer yang dikirim di grup \u201cPKM PGB SOLID\u201d pada status WhatsApp minimal satu kali "
          "sehari;", num=0, cont=True),
        P("Pemegang program Promkes mendata pegawai yang sudah dan belum memasang twibbon, lalu "
          "melaporkannya kepada Kepala Subbagian Tata Usaha setiap hari Senin.", num=0, cont=True),
        P("Demikian untuk dilaksanakan dengan penuh tanggung jawab.", first=567),
    ] + sign("Pringgabaya, 14 Oktober 2024", "Kepala UPT Puskesmas Pringgabaya,",
             "Ns. LALU HAMDANI, S.Kep., M.M.", "19800512 200501 1 009"),
}, True, ["endorsement", "social-media", "letterhead-misuse"], [1, 5, 11],
    "Kapus meneruskan pesan WA: dukung Zulkarnaen-Ernawati 'memimpin kembali', wajib twibbon #ZulErnaLanjutkan dan share flyer di status; didata Promkes")

# ---- 002  kecamatan, kampanye akbar, logistik (V)
memo({
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "Undangan", "author": "Sekcam", "created": "2024-01-30T07:45:00Z"},
    "kop": kop("body", ["PEMERINTAH KABUPATEN OGAN ILIR", "KECAMATAN INDRALAYA UTARA",
                        "Jalan Lintas Timur Km. 32 Indralaya Utara, Kode Pos 30862"]),
    "body": [
        P("Indralaya Utara, 30 Januari 2024", align="right", after=120),
    ] + fields([
        ("Nomor", "005/041/IU/2024"),
        ("Sifat", "Penting / Segera"),
        ("Lampiran", "1 (satu) lembar"),
        ("Hal", "**Kehadiran pada Kampanye Akbar Sabtu, 3 Februari 2024**"),
    ]) + [
        P("Yth. 1. Para Kepala Seksi Kecamatan Indralaya Utara\n2. Para Kepala Desa dan Lurah se-Kecamatan Indralaya Utara\ndi\u2003Tempat",
          align="left", after=200),
        P("Dalam rangka menyukseskan Kampanye Akbar yang akan dipusatkan di Stadion Gelora Sriwijaya "
          "Jakabaring, Palembang, pada hari Sabtu, 3 Februari 2024, dengan ini kami sampaikan pengaturan "
          "keberangkatan rombongan dari Kecamatan Indralaya Utara sebagai berikut:", first=720),
        item("1.", "Rombongan berkumpul di halaman Kantor Camat pukul 06.00 WIB dan berangkat pukul 06.30 WIB."),
        item("2.", "Kendaraan yang digunakan: mobil dinas Camat (BG 1071 Z), mobil operasional Seksi Trantib "
                   "dan ambulans desa yang tidak sedang bertugas. Bahan bakar ditanggung kecamatan."),
        item("3.", "Setiap desa/kelurahan membawa peserta sesuai kuota pada lampiran. Perangkat desa "
                   "diutamakan, selebihnya ketua RT dan kader."),
        item("4.", "Pakaian: kaos dan topi yang dibagikan oleh panitia, celana panjang gelap, sepatu olahraga."),
        item("5.", "Konsumsi (nasi kotak dan air mineral) dibagikan di bus oleh staf Seksi Kesejahteraan Sosial."),
        item("6.", "Daftar hadir peserta diserahkan kepada Kasi Pemerintahan paling lambat Senin, 5 Februari 2024."),
        P("Atas perhatian dan kerja samanya diucapkan terima kasih.", first=720),
    ] + sign(None, "Camat Indralaya Utara,", "Drs. M. SYAHRIAL EFFENDI", "19700817 199303 1 004",
             extra=["Pembina Tk. I (IV/b)"]) + [
        {"pagebreak": True},
        P("Lampiran Surat Camat Indralaya Utara Nomor 005/041/IU/2024", align="left", bold=True, after=0),
        P("Kuota Peserta per Desa/Kelurahan", align="left", after=120),
        {"table": [["No", "Desa/Kelurahan", "Kuota", "Penanggung Jawab"],
                   ["1", "Kel. Timbangan", "40 orang", "Lurah"],
                   ["2", "Desa Pulau Semambu", "35 orang", "Kepala Desa"],
                   ["3", "Desa Sungai Rambutan", "30 orang", "Kepala Desa"],
                   ["4", "Desa Permata Baru", "30 orang", "Kepala Desa"],
                   ["5", "Staf Kantor Camat", "25 orang", "Sekretaris Camat"]],
         "widths": [700, 3600, 1800, 2970], "header_row": True},
    ],
}, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 6],
    "Camat mengerahkan staf, perangkat desa dan kader ke 'Kampanye Akbar' dengan kuota, mobil dinas, ambulans desa, BBM kecamatan; sisanya logistik")

# ---- 003  SD, temu kangen dengan calon wali kota alumni (V)
memo({
    "font": "Times New Roman",
    "meta": {"title": "Undangan Temu Kangen", "author": "Operator SDN 45",
             "created": "2024-10-15T01:30:00Z"},
    "kop": kop("table", ["PEMERINTAH KOTA BENGKULU", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                         "SD NEGERI 45 KOTA BENGKULU",
                         "Jl. Merapi Raya No. 8, Kel. Kebun Tebeng, Kota Bengkulu"], logo="[logo Tut Wuri Handayani]"),
    "body": [
        P("Nomor\t: 421.2/77/SDN45/2024", align="left", after=0, tabs=[[1134, "left"]]),
        P("Hal\t: Undangan Temu Kangen dan Ramah Tamah", align="left", after=240, tabs=[[1134, "left"]]),
        P("Kepada Yth.\nBapak/Ibu Guru, Tenaga Kependidikan dan Pengurus Komite\nSD Negeri 45 Kota Bengkulu",
          align="left", after=240),
        P("Assalamu\u2019alaikum warahmatullahi wabarakatuh,", align="left"),
        P("Dengan hormat, bersama ini kami mengundang Bapak/Ibu untuk hadir pada acara Temu Kangen dan Ramah "
          "Tamah bersama Bapak H. Darmawan Syukri, S.E., M.M., calon Wali Kota Bengkulu nomor urut 2 yang juga "
          "alumni angkatan 1985 sekolah kita, yang insya Allah dilaksanakan pada:", first=720),
        {"table": [["Hari/tanggal", ": Sabtu, 19 Oktober 2024"],
                   ["Waktu", ": 15.30 WIB s.d. selesai"],
                   ["Tempat", ": Halaman SD Negeri 45 Kota Bengkulu"]],
         "widths": [2268, 6802], "borders": False},
        P("", after=0),
        P("Pada kesempatan tersebut beliau akan menyampaikan rencana program pendidikan gratis dan tambahan "
          "insentif guru honorer. Mohon setiap guru kelas mengajak sekurang-kurangnya lima orang wali murid.{fn:1}",
          first=720),
        P("Pak Darmawan secara khusus berpesan agar keluarga besar SD 45 tetap kompak dan satu suara pada "
          "27 November nanti. Mari kita berikan dukungan terbaik kepada beliau, yang tidak pernah lupa pada "
          "sekolah tempatnya dulu belajar.", first=720),
        P("Atas kehadiran Bapak/Ibu kami ucapkan terima kasih.", first=720),
        P("Wassalamu\u2019alaikum warahmatullahi wabarakatuh.", align="left"),
    ] + sign("Bengkulu, 15 Oktober 2024", "Kepala Sekolah,", "Hj. ROSDIANA, S.Pd., M.Pd.",
             "19720304 199702 2 003"),
    "footnotes": {"1": "Konsumsi disiapkan oleh tim beliau. Sekolah menyiapkan kursi, tenda dan sound system "
                       "milik sekolah; petugas kebersihan diminta standby sampai acara selesai."},
}, True, ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"], [3, 7],
    "Kepsek mengundang guru & wali murid temu kangen dengan calon Wali Kota no. 2 di halaman sekolah; 'beliau'/'Pak Darmawan' minta satu suara 27 Nov; sarana sekolah di catatan kaki")

# ---- 004  notulen rapat staf kelurahan, tanpa kop (V)
memo({
    "font": "Calibri", "size": 22,
    "meta": {"title": "notulen rapat staf oktober", "author": "Kasi Pem",
             "created": "2024-10-07T09:00:00Z"},
    "body": title("NOTULEN RAPAT STAF", "Senin, 7 Oktober 2024") + [
        {"table": [["Tempat", ": Ruang Rapat Kantor Lurah Sungai Bambu"],
                   ["Pimpinan Rapat", ": Lurah Sungai Bambu (Bpk. Heri Kuswanto, S.IP)"],
                   ["Peserta", ": Sekretaris Lurah, para Kasi, staf pelaksana, Ketua RW 01\u201309 (daftar hadir terlampir)"],
                   ["Notulis", ": Dewi Anggraeni, A.Md. (Kasi Pemerintahan)"]],
         "widths": [2000, 7070], "borders": False},
        P("", after=0),
        P("**I. Evaluasi penerimaan PBB-P2 triwulan III**", align="left"),
        P("Realisasi baru 61%. RW 04 dan RW 07 paling rendah. Kasi Ekbang diminta turun bersama ketua RT "
          "membagikan SPPT yang belum sampai. Target 85% akhir November."),
        P("**II. Pilkada 27 November 2024**", align="left"),
        P("Lurah menyampaikan bahwa selama lima tahun terakhir kelurahan banyak dibantu oleh Pak Andi "
          "Firmansyah dan Ibu Hj. Nurlela, mulai dari betonisasi gang sampai balai RW. \u201cKita jangan "
          "lupa kacang sama kulitnya. Beliau berdua harus lanjut dua periode,\u201d kata Lurah. Sekretaris "
          "Lurah menambahkan bahwa tim kota sudah minta data kekuatan per RW."),
        P("Setelah tanya jawab, rapat **sepakat**:", align="left"),
        {"table": [["No", "Keputusan", "PJ"],
                   ["1", "Seluruh staf kelurahan dan Ketua RW bergabung dalam Relawan \u201cSahabat AF\u2013Nur\u201d "
                         "Kelurahan Sungai Bambu", "Lurah"],
                   ["2", "Sekretaris Lurah ditunjuk sebagai koordinator relawan tingkat kelurahan", "Seklur"],
                   ["3", "Target suara pasangan nomor 1 minimal 65% di TPS 001 s.d. TPS 014", "Ketua RW"],
                   ["4", "Perkembangan dukungan per RW dilaporkan pada rapat staf setiap Senin pagi", "Kasi Pem"]],
         "widths": [600, 7070, 1400], "header_row": True},
        P("", after=0),
        P("**III. Lain-lain**", align="left"),
        P("Persiapan lomba kebersihan antar-RW dimundurkan ke Desember. Rapat ditutup pukul 11.20."),
        P("Notulis,", indent=5670, align="left", after=600),
        P("Dewi Anggraeni, A.Md.", indent=5670, align="left"),
    ],
}, True, ["endorsement", "campaign-activity"], [1, 4, 9],
    "Notulen kelurahan (tanpa kop): sepakat staf & RW gabung relawan 'Sahabat AF-Nur', seklur koordinator, target 65% untuk pasangan no. 1; 'lanjut dua periode'")

# ---- 005  inspektorat, 'menindaklanjuti hasil musyawarah', pelaporan (V)
memo({
    "font": "Arial", "size": 22,
    "meta": {"title": "ND Budaya Kerja Triwulan IV", "author": "Sekretariat Inspektorat",
             "created": "2024-10-02T03:00:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN TAPANULI TENGAH", "INSPEKTORAT DAERAH",
                          "Jl. Dr. F.L. Tobing No. 14 Pandan, Telp. (0631) 371205"]),
    "footer": [P("Inspektorat Daerah Kabupaten Tapanuli Tengah \u2013 BERINTEGRITAS, PROFESIONAL, INDEPENDEN",
                 align="center", size=16)],
    "body": title("NOTA DINAS", "Nomor: 700/318/ITDA/2024") + fields([
        ("Yth.", "1. Sekretaris Inspektorat\n2. Inspektur Pembantu Wilayah I s.d. IV\n3. Para Auditor dan P2UPD"),
        ("Dari", "Inspektur Daerah"),
        ("Tanggal", "2 Oktober 2024"),
        ("Hal", "Penguatan Budaya Kerja Triwulan IV Tahun 2024"),
    ]) + [
        P("Menindaklanjuti hasil musyawarah pimpinan Inspektorat tanggal 30 September 2024, dengan ini "
          "disampaikan hal-hal sebagai berikut:", first=720),
        P("**A. Tindak lanjut hasil pemeriksaan**", align="left"),
        P("Setiap Irban menuntaskan pemantauan tindak lanjut LHP BPK dan LHP APIP tahun 2022\u20132023 dengan "
          "target penyelesaian 90% pada 20 Desember 2024."),
        P("**B. Pengawasan dana desa**", align="left"),
        P("Reviu penggunaan dana desa tahap II dilaksanakan pada 36 desa sampel sesuai PKPT perubahan."),
        P("**C. Keberlanjutan pembangunan daerah**", align="left"),
        P("Opini WTP tujuh kali berturut-turut diraih pada masa kepemimpinan Bapak Ir. H. Syamsul Bahri "
          "Pasaribu dan Bapak Drs. Ahmad Yani Lubis. Agar capaian ini tidak terputus, seluruh pegawai "
          "Inspektorat diminta mengarahkan keluarga dan lingkungan tempat tinggal masing-masing untuk kembali "
          "memberikan suara kepada pasangan Syamsul\u2013Yani pada 27 November 2024, sehingga beliau berdua "
          "dapat melanjutkan pengabdian pada periode berikutnya."),
        P("**D. Pelaporan**", align="left"),
        P("Para Irban melaporkan kemajuan pelaksanaan huruf A sampai dengan huruf C kepada Sekretaris "
          "Inspektorat setiap tanggal 5 bulan berikutnya, untuk dihimpun dalam laporan bulanan pimpinan."),
        P("Demikian disampaikan untuk dilaksanakan.", first=720),
    ] + sign(None, "Inspektur Daerah,", "Drs. BONAR SITOMPUL, M.Si., CGCAE", "19690211 199403 1 006"),
}, True, ["endorsement", "letterhead-misuse"], [1, 10],
    "Nota Dinas Inspektur (kop Inspektorat) berbahasa rutin dengan 'Menindaklanjuti hasil musyawarah' dan bagian Pelaporan; butir C minta pegawai arahkan keluarga memilih kembali Syamsul-Yani")

# ---- 006  BKPSDM, SE netralitas lengkap (C)
memo({
    "font": "Arial",
    "meta": {"title": "SE Netralitas ASN Pilkada 2024", "author": "Bidang Disiplin BKPSDM",
             "created": "2024-09-09T02:00:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN SLEMAN", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                          "Jl. Parasamya, Beran, Tridadi, Sleman, Daerah Istimewa Yogyakarta 55511"]),
    "footer": [P("Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik BSrE.",
                 align="center", size=16, italic=True)],
    "body": [
        P("Sleman, 9 September 2024", align="right"),
        P("Yth. Kepala Perangkat Daerah, Camat, Lurah, Kepala Sekolah dan Kepala Puskesmas\nse-Kabupaten Sleman",
          align="left", after=240),
    ] + title("SURAT EDARAN", "Nomor 800.1.6.3/2177/BKPSDM/2024") + [
        P("TENTANG", align="center", bold=True, after=0),
        P("NETRALITAS APARATUR SIPIL NEGARA PADA PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR SERTA BUPATI DAN WAKIL "
          "BUPATI TAHUN 2024", align="center", bold=True, after=240),
        P("Dalam rangka menjaga netralitas ASN pada penyelenggaraan Pemilihan Serentak 27 November 2024, dan "
          "berpedoman pada Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, Ketua KASN dan Ketua "
          "Bawaslu tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN, setiap ASN (PNS dan PPPK) "
          "di lingkungan Pemerintah Kabupaten Sleman **dilarang**:", first=720),
        P("memasang spanduk, baliho, stiker atau alat peraga lain yang mempromosikan calon atau partai politik, "
          "termasuk pada kendaraan dinas dan pribadi;", num=0),
        P("melakukan sosialisasi atau kampanye melalui media sosial, antara lain mengunggah, menyukai (like), "
          "mengomentari, membagikan (share), mengikuti (follow) akun pemenangan, memasang twibbon atau tagar "
          "dukungan bagi salah satu pasangan calon;", num=0, cont=True),
        P("menghadiri deklarasi dukungan, kampanye akbar, rapat umum, konsolidasi relawan atau pelantikan tim "
          "pemenangan, baik dengan maupun tanpa atribut;", num=0, cont=True),
        P("menjadi anggota tim kampanye, tim pemenangan, relawan atau saksi pasangan calon;", num=0, cont=True),
        P("mengikuti silaturahmi, temu kangen, jalan sehat, senam bersama atau kegiatan serupa yang "
          "diselenggarakan untuk atau bersama pasangan calon;", num=0, cont=True),
        P("berfoto bersama calon dengan mengikuti simbol gerakan tangan atau gerakan yang menunjukkan "
          "keberpihakan;", num=0, cont=True),
        P("menggunakan fasilitas negara (kendaraan dinas, gedung, anggaran, perlengkapan, akun resmi, jam kerja) "
          "untuk kepentingan pasangan calon;", num=0, cont=True),
        P("membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon, termasuk "
          "menjanjikan atau memberikan uang, barang atau bantuan, serta mengumpulkan fotokopi KTP atau surat "
          "dukungan.", num=0, cont=True),
        P("Pelanggaran terhadap ketentuan di atas dikenai hukuman disiplin sesuai Peraturan Pemerintah Nomor 94 "
          "Tahun 2021 tentang Disiplin PNS atau sanksi sesuai ketentuan manajemen PPPK.", first=720),
        P("ASN tetap menggunakan hak pilihnya di TPS pada 27 November 2024. Pimpinan perangkat daerah wajib "
          "menyampaikan Surat Edaran ini kepada seluruh pegawai dan melaporkan dugaan pelanggaran kepada BKPSDM.",
          first=720),
    ] + sign(None, "Kepala BKPSDM Kabupaten Sleman,", "Dr. ENDANG RETNOWATI, S.Sos., M.Si.",
             "19750620 199903 2 005") + tembusan(["Bupati Sleman (sebagai laporan)", "Sekretaris Daerah",
                                                   "Ketua Bawaslu Kabupaten Sleman"]),
}, False, [], [14], "SE netralitas BKPSDM: daftar lengkap larangan (twibbon, tagar, deklarasi, relawan, temu kangen, fasilitas, KTP)")

# ---- 007  inspektorat, LHP khusus atas camat (C)
memo({
    "engine": "libreoffice",
    "font": "Tahoma", "size": 22,
    "meta": {"title": "LHP Khusus Netralitas", "author": "Irban II", "created": "2024-11-04T06:00:00Z"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN KUTAI TIMUR", "INSPEKTORAT DAERAH",
                         "Kawasan Perkantoran Bukit Pelangi, Sangatta"], logo="[lambang daerah]"),
    "body": title("LAPORAN HASIL PEMERIKSAAN KHUSUS", "Nomor: 700.1.2/LHP-K/09/ITDA/2024") + [
        P("**A. Dasar**", align="left"),
        P("Surat Rekomendasi Bawaslu Kabupaten Kutai Timur tentang penerusan dugaan pelanggaran netralitas "
          "ASN, dan Surat Tugas Inspektur Nomor 700.1.2/ST/211/ITDA/2024."),
        P("**B. Pihak yang diperiksa**", align="left"),
        P("Sdr. RA, Camat Sangkulirang, Pembina (IV/a)."),
        P("**C. Fakta yang ditemukan**", align="left"),
        {"table": [["No", "Uraian", "Bukti"],
                   ["1", "Pada 6 Oktober 2024 terperiksa mengunggah di akun Facebook pribadinya foto bersama salah "
                         "satu pasangan calon dengan keterangan \u201cLanjutkan! Pak Harun Dua Periode "
                         "#BersamaHarunLagi\u201d.", "Tangkapan layar, diakui terperiksa"],
                   ["2", "Pada 12 Oktober 2024 terperiksa menghadiri \u201cDeklarasi Dukungan Relawan Pesisir\u201d "
                         "di Desa Maloy dengan mengenakan kaos relawan.", "Foto, video, 2 saksi"],
                   ["3", "Kendaraan dinas KT 1209 T terparkir di lokasi deklarasi.", "Foto, keterangan sopir"]],
         "widths": [600, 5670, 2800], "header_row": True},
        P("", after=0),
        P("**D. Kesimpulan**", align="left"),
        P("Terperiksa terbukti melanggar kewajiban netralitas sebagaimana diatur dalam PP Nomor 94 Tahun 2021 "
          "dan Keputusan Bersama tentang Pedoman Netralitas ASN."),
        P("**E. Rekomendasi**", align="left"),
        P("Bupati selaku PPK menjatuhkan hukuman disiplin sedang kepada terperiksa; Sekretaris Daerah menarik "
          "sementara kendaraan dinas KT 1209 T; Camat se-Kabupaten diingatkan kembali melalui surat edaran."),
    ] + sign("Sangatta, 4 November 2024", ["Tim Pemeriksa,", "Ketua Tim / Inspektur Pembantu II"],
             "YOHANES PATI, S.E., M.Ak.", "19780115 200312 1 002"),
}, False, [], [14], "LHP Inspektorat yang mengutip pelanggaran camat (unggahan #BersamaHarunLagi, deklarasi dukungan, mobil dinas) dan merekomendasikan sanksi")

# ---- 008  PUPR, pesan WA logistik pemilu (C, informal)
memo({
    "font": "Calibri",
    "meta": {"title": "Pengumuman Hari Pemungutan Suara", "author": "Subbag Umum PUPR",
             "created": "2024-02-09T04:20:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN KAMPAR", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                          "Jl. Prof. M. Yamin, S.H. No. 77 Bangkinang"]),
    "body": title("PENGUMUMAN", "Nomor: 800/PUPR-UM/214") + [
        P("Disampaikan kembali kepada seluruh pegawai pesan Kepala Subbagian Umum yang telah dikirim di grup "
          "WhatsApp dinas, agar terdokumentasi:", first=567),
        {"textbox": [
            P("Info utk rekan2 PUPR 🙏", bold=True),
            P("1) Rabu 14 Feb libur nasional (hari pemungutan suara), kantor tutup, piket cuma satpam."),
            P("2) Yg jd KPPS / PPS / pengawas TPS tolong kirim foto SK ke sy paling lambat Senin, utk dispensasi "
              "tgl 13 & 15 Feb."),
            P("3) Gunakan hak pilih di TPS masing2, cek nama di DPT dulu ya, jgn golput."),
            P("4) Ingat netral ya gaes. Jgn foto2 pose jari di kantor, jgn share2 konten caleg/capres di grup "
              "\u201cPUPR Kompak\u201d, nnti kena panggil BKPSDM kayak tahun lalu 😅"),
            P("Mksh \u2013 Yanti, Subbag Umum"),
        ], "width_cm": 15.5, "height_cm": 5.8},
        P("Demikian pengumuman ini untuk diketahui dan dilaksanakan.", first=567),
    ] + sign("Bangkinang, 9 Februari 2024", "Sekretaris Dinas,", "ZULFIKRI, S.T., M.T.",
             "19780910 200604 1 011"),
}, False, [], [14, 11], "Logistik pemilu informal (libur 14 Feb, dispensasi KPPS, gunakan hak pilih, larangan share konten caleg) dalam kotak teks")

# ---- 009  satpol pp, surat perintah turunkan baliho petahana (C)
memo({
    "font": "Arial",
    "meta": {"title": "Sprin Penertiban APK", "author": "Bid Tibum", "created": "2024-10-21T01:00:00Z"},
    "kop": kop("body", ["PEMERINTAH KOTA PAREPARE", "SATUAN POLISI PAMONG PRAJA",
                        "Jl. Jend. Sudirman No. 78 Parepare, Sulawesi Selatan"]),
    "body": title("SURAT PERINTAH", "Nomor: 300.1.4/188/Satpol-PP/X/2024") + [
        {"table": [["Dasar", [P("1.\tUndang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati dan Wali Kota;",
                                indent=360, hanging=360, tabs=[[360, "left"]]),
                              P("2.\tSurat Bawaslu Kota Parepare perihal Penertiban Alat Peraga Kampanye pada Fasilitas "
                                "Pemerintah, tanggal 18 Oktober 2024.", indent=360, hanging=360, tabs=[[360, "left"]])]]],
         "widths": [1400, 7670], "borders": False},
        P("MEMERINTAHKAN", align="center", bold=True, before=120),
        P("Kepada\t: Regu Penertiban Bidang Ketertiban Umum (daftar nama terlampir)", align="left",
          tabs=[[1400, "left"]]),
        P("Untuk\t:", align="left", tabs=[[1400, "left"]], after=0),
        P("Menurunkan baliho bergambar Wali Kota yang saat ini terdaftar sebagai calon, bertuliskan "
          "\u201cLANJUTKAN! Parepare Maju Bersama Bang Rizal \u2013 Dua Periode\u201d, yang terpasang pada pagar "
          "Kantor Dinas Perhubungan;", num=0),
        P("Melepas stiker \u201cCoblos No. 2\u201d pada kaca belakang tiga kendaraan dinas sebagaimana tabel "
          "di bawah, serta mencatat nama pemegang kendaraan;", num=0, cont=True),
        P("Menyerahkan seluruh APK hasil penertiban kepada Bawaslu Kota Parepare dengan berita acara;", num=0, cont=True),
        P("Melaksanakan perintah ini dengan seksama dan melaporkan hasilnya paling lambat 23 Oktober 2024.",
          num=0, cont=True),
        {"table": [["No", "Nomor Polisi", "Unit Pemegang"],
                   ["1", "DD 8031 KP", "Kelurahan Ujung Sabbang"],
                   ["2", "DD 8114 KP", "Dinas Lingkungan Hidup"],
                   ["3", "DD 8207 KP", "Kecamatan Bacukiki"]],
         "widths": [700, 3500, 4870], "header_row": True},
    ] + sign("Parepare, 21 Oktober 2024", "Kepala Satuan Polisi Pamong Praja,", "ANDI MUH. TAUFIK, S.STP., M.Si.",
             "19820503 200012 1 001"),
}, False, [], [14], "Perintah Satpol PP menurunkan baliho petahana (mengutip slogan 'Dua Periode') dan melepas stiker 'Coblos No. 2' dari mobil dinas")

# ---- 010  dinkes, kampanye cuci tangan + deklarasi ODF + tim sukses STBM (C)
memo({
    "font": "Century Gothic", "size": 21,
    "meta": {"title": "SE Kampanye CTPS", "author": "Seksi Kesling", "created": "2024-10-08T00:30:00Z"},
    "kop": kop("body", ["PEMERINTAH KABUPATEN SUMBA TIMUR", "DINAS KESEHATAN",
                        "Jl. Adam Malik No. 5 Waingapu"]),
    "body": [P("Waingapu, 8 Oktober 2024", align="right")] + fields([
        ("Nomor", "440/1093/Dinkes/2024"),
        ("Lampiran", "1 berkas"),
        ("Hal", "Kampanye Cuci Tangan Pakai Sabun dan Deklarasi Desa ODF"),
    ]) + [
        P("Yth. Kepala Puskesmas se-Kabupaten Sumba Timur\ndi tempat", align="left", after=200),
        P("Dalam rangka Hari Cuci Tangan Pakai Sabun Sedunia 15 Oktober 2024, Dinas Kesehatan melaksanakan "
          "kampanye CTPS serentak di sekolah dan posyandu, sekaligus Deklarasi Desa Stop Buang Air Besar "
          "Sembarangan (ODF) bagi desa yang telah lolos verifikasi. Sehubungan dengan itu:", first=720),
        item("a.", "Setiap puskesmas membentuk \u201cTim Sukses STBM\u201d yang terdiri atas sanitarian, promkes dan "
                   "bidan desa untuk mendampingi kampanye di wilayahnya."),
        item("b.", "Desa yang tercatat sebagai calon desa ODF tahun 2024 (lampiran) segera melengkapi berita acara "
                   "verifikasi."),
        item("c.", "Puskesmas dapat memilih salah satu tanggal deklarasi, yaitu 22, 24 atau 29 Oktober 2024, dan "
                   "mengonfirmasi pilihannya paling lambat 15 Oktober."),
        item("d.", "Dukungan Dinas Kesehatan berupa sabun, leaflet, spanduk kampanye dan biaya transport petugas "
                   "dibebankan pada DPA Seksi Kesehatan Lingkungan."),
        P("Atas kerja sama yang baik disampaikan terima kasih.", first=720),
    ] + sign(None, "Kepala Dinas Kesehatan,", "drg. MARTHA L. NDAPAMURI, M.Kes.", "19740606 200212 2 004"),
}, False, [], [14], "Umpan: kampanye CTPS, deklarasi desa ODF, 'Tim Sukses STBM', calon desa ODF, pilih tanggal, dukungan dinas")


# =================================================================== GROUP 2
# ---- 011  transkrip voice note camat, tanpa kop, huruf kapital, ejaan samaran (V)
memo({
    "font": "Courier New", "size": 21,
    "meta": {"title": "transkrip vn pak camat", "author": "sekcam punggur", "created": "2024-11-02T01:15:00Z"},
    "body": [
        P("TRANSKRIP PESAN SUARA", align="center", bold=True, after=60),
        {"table": [["Grup", "STAF KECAMATAN PUNGGUR (47 anggota)"],
                   ["Pengirim", "Pak Camat"],
                   ["Waktu", "Sabtu, 2 November 2024, 07.41 \u2013 durasi 2:16"],
                   ["Ket.", "diketik ulang oleh Sekcam utk rekan2 yg tdk bisa putar VN, mohon dibaca sampai habis"]],
         "widths": [1600, 7470], "borders": True},
        P("", after=0),
        P("\u201cSelamat pagi semua, assalamualaikum. Ini saya sampaikan langsung aja ya biar nggak panjang\u2026 "
          "[suara motor] \u2026jadi gini kawan-kawan, kita ini kan orang pemerintahan, kita tahu lah siapa yang "
          "selama ini perhatian sama Punggur. Jalan ke Tanggul Angin itu siapa yang aspal, kan beliau.", align="left"),
        P("JADI SAYA MINTA SEMUA, SEMUA YA, TERMASUK PPPK SAMA HONORER, FOLLOW AKUN IG @bangdarman.lanjut SAMA "
          "TIKTOKNYA JUGA. Setiap ada postingan baru langsung like, komen yang bagus-bagus, jangan komen aneh-aneh. "
          "Share ke grup keluarga, grup pengajian, grup arisan, pakai tagar #LanjutBangDarman.", align="left"),
        P("[tidak jelas] \u2026Kasi Pem nanti tolong cek ya siapa yang belum follow, screenshot kirim ke saya hari "
          "Senin, saya catat. Terus tanggal 27 jangan sampai salah, {split:c0|blos} nomor tiga, NOMOR TIGA, Bang "
          "Darman. Ajak keluarga, {split:p!|lih} yang sudah jelas kerjanya. Sudah itu aja, makasih, wassalam.\u201d",
          align="left"),
        P("", after=0),
        P("%%(selesai \u2013 sekcam)%%", align="right"),
    ],
}, True, ["endorsement", "social-media"], [1, 5, 11],
    "Transkrip VN camat tanpa kop: wajib follow/like/komen/share akun @bangdarman.lanjut dengan #LanjutBangDarman, dicek Kasi Pem; 'c0blos nomor tiga'")

# ---- 012  dinsos, sembako hanya untuk pendukung + KTP, 'menindaklanjuti', pelaporan (V)
memo({
    "font": "Arial", "size": 22,
    "meta": {"title": "ND BSPD Tahap IV", "author": "Bid Linjamsos", "created": "2024-10-16T02:40:00Z"},
    "kop": kop("body", ["PEMERINTAH KABUPATEN CIANJUR", "DINAS SOSIAL",
                        "Jl. Raya Bandung No. 112 Cianjur 43253"]),
    "body": title("NOTA DINAS") + fields([
        ("Kepada", "1. Koordinator Kabupaten dan Pendamping Sosial\n2. TKSK se-Kabupaten Cianjur"),
        ("Dari", "Kepala Dinas Sosial"),
        ("Nomor", "460/872/Dinsos/2024"),
        ("Tanggal", "16 Oktober 2024"),
        ("Sifat", "Terbatas"),
        ("Hal", "Penyaluran Bantuan Sosial Pangan Daerah Tahap IV"),
    ]) + [
        P("Menindaklanjuti hasil rapat koordinasi terbatas tanggal 14 Oktober 2024 mengenai penyaluran Bantuan "
          "Sosial Pangan Daerah (BSPD) Tahap IV Tahun Anggaran 2024, disampaikan hal-hal sebagai berikut:", first=720),
        item("1.", "Paket sembako (beras 10 kg, minyak goreng 2 liter, gula pasir 1 kg) disalurkan pada 28 Oktober "
                   "s.d. 15 November 2024 melalui kantor desa."),
        item("2.", "Prioritas penerima adalah KPM yang telah menyatakan dukungan kepada pasangan nomor urut 1, "
                   "H. Wahyu Hidayat \u2013 dr. Ria Kurniasih, dibuktikan dengan fotokopi KTP dan surat pernyataan "
                   "sesuai format terlampir. Berkas dikumpulkan pendamping sebelum paket diserahkan."),
        item("3.", "KPM yang diketahui aktif mendukung pasangan lain ditunda penyalurannya dengan keterangan "
                   "\u201cverifikasi ulang data\u201d sampai pemungutan suara selesai."),
        item("4.", "Pada saat penyerahan, pendamping menyampaikan bahwa bantuan daerah akan terus berlanjut apabila "
                   "pasangan nomor 1 dipercaya memimpin Cianjur."),
        P("**Pelaporan**", align="left", before=120),
        P("Pendamping melaporkan jumlah surat pernyataan yang terkumpul per desa setiap hari Jumat melalui "
          "Korkab. Rekapitulasi diserahkan kepada Sekretaris Dinas untuk bahan laporan pimpinan."),
        P("Demikian untuk dilaksanakan dan dijaga kerahasiaannya.", first=720),
    ] + sign(None, "Kepala Dinas Sosial,", "H. ADE SUPRIATNA, S.Sos., M.Si.", "19710925 199803 1 004") + [
        {"pagebreak": True},
        P("Lampiran Nota Dinas Nomor 460/872/Dinsos/2024", align="left", bold=True),
        {"table": [[[P("SURAT PERNYATAAN", align="center", bold=True),
                     P("Saya yang bertanda tangan di bawah ini:", align="left"),
                     P("Nama\t: \u2026\u2026\u2026\u2026\u2026\u2026\u2026", align="left", tabs=[[1701, "left"]]),
                     P("NIK\t: \u2026\u2026\u2026\u2026\u2026\u2026\u2026", align="left", tabs=[[1701, "left"]]),
                     P("Desa/RT/RW\t: \u2026\u2026\u2026\u2026\u2026\u2026\u2026", align="left", tabs=[[1701, "left"]]),
                     P("menyatakan mendukung dan akan memilih pasangan nomor urut 1 pada Pemilihan Bupati dan Wakil "
                       "Bupati Cianjur 27 November 2024, serta bersedia mengajak anggota keluarga.", align="both"),
                     P("(fotokopi KTP dilampirkan)", align="left", italic=True),
                     P("\u2026\u2026\u2026\u2026, \u2026 Oktober 2024\nYang menyatakan,\n\n\n(\u2026\u2026\u2026\u2026\u2026\u2026)",
                       align="right")]]],
         "widths": [9070], "borders": True},
    ],
}, True, ["endorsement", "inducement", "letterhead-misuse", "state-facility"], [8, 10, 13],
    "Kadinsos: sembako daerah diprioritaskan bagi pendukung paslon no. 1 dengan fotokopi KTP + surat pernyataan; pendukung lain ditunda; ada bagian Pelaporan")

# ---- 013  RSUD, jalan sehat HUT bersama 'Bunda Ratna', warna, tagar di header (V)
memo({
    "font": "Calibri",
    "meta": {"title": "SE Jalan Sehat HUT 37", "author": "Bagian Umum RSUD", "created": "2024-10-11T03:00:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN TULANG BAWANG", "RUMAH SAKIT UMUM DAERAH DAYA MEDIKA",
                          "Jl. Lintas Timur Km. 4 Menggala, Telp. (0726) 21437"]),
    "header": [P("HUT ke-37 RSUD Daya Medika \u2022 #SehatBersamaBundaRatna", align="right", size=16, italic=True)],
    "body": title("SURAT EDARAN", "Nomor: 445/611/RSUD-DM/X/2024") + [
        P("Kepada Yth. Seluruh Pejabat Struktural, Kepala Instalasi, Kepala Ruangan dan Pegawai RSUD Daya Medika",
          align="left", after=200),
        P("Dalam rangka memeriahkan HUT ke-37 RSUD Daya Medika, akan dilaksanakan Jalan Sehat dan Senam Bersama "
          "pada hari Minggu, 20 Oktober 2024 pukul 06.00 WIB, start dan finis di halaman depan RSUD. Kegiatan "
          "akan dilepas oleh Ibu Hj. Ratna Sari Dewi, S.H. (Bunda Ratna), yang selama memimpin Tulang Bawang telah "
          "membangun gedung rawat inap tiga lantai kita. Sehubungan dengan itu diatur sebagai berikut:", first=720),
        P("Seluruh pegawai wajib hadir; presensi dilakukan di meja panitia dan diperhitungkan sebagai kehadiran "
          "kerja.", num=0),
        P("Peserta memakai kaos oranye bergambar Bunda Ratna yang dapat diambil di Subbagian Umum mulai Kamis, "
          "17 Oktober 2024. Mohon tidak memakai kaos warna lain.", num=0, cont=True),
        P("Konsumsi, panggung dan sound system dibiayai dari anggaran kegiatan HUT pada DPA BLUD RSUD tahun 2024.",
          num=0, cont=True),
        P("Setelah senam, setiap instalasi berfoto bersama Bunda Ratna dengan pose dua jari dan mengunggahnya ke "
          "Instagram atau Facebook dengan tagar #BundaRatnaDuaKali dan #SehatBersamaBundaRatna. Tautan unggahan "
          "dikirim ke Humas paling lambat Senin, 21 Oktober 2024.", num=0, cont=True),
        P("Kepala ruangan mengatur dinas pagi agar pelayanan IGD dan rawat inap tetap berjalan.", num=0, cont=True),
        P("Demikian disampaikan, atas partisipasinya diucapkan terima kasih.", first=720),
    ] + sign("Menggala, 11 Oktober 2024", "Direktur,", "dr. FIRMANSYAH, Sp.PD., M.Kes.", "19760707 200501 1 010"),
}, True, ["campaign-activity", "endorsement", "letterhead-misuse", "social-media", "state-facility"], [3, 5, 7, 13],
    "Direktur RSUD: jalan sehat HUT dilepas 'Bunda Ratna' (kepala daerah yang maju lagi), kaos oranye bergambar beliau, pose dua jari, unggah #BundaRatnaDuaKali, biaya DPA BLUD")

# ---- 014  disdik, kirim guru ke rapat umum SEMUA paslon, dinas luar, kendaraan sekolah (V)
memo({
    "engine": "libreoffice",
    "font": "Arial", "size": 22,
    "meta": {"title": "Penugasan Rapat Umum", "author": "Bid SMP", "created": "2024-11-05T02:00:00Z"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN KETAPANG", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                         "Jl. Jenderal Sudirman No. 37 Ketapang, Kalimantan Barat"], logo="[LOGO]"),
    "body": [P("Ketapang, 5 November 2024", align="right")] + fields([
        ("Nomor", "400.3/2219/Disdikbud-SMP/2024"),
        ("Sifat", "Segera"),
        ("Hal", "Penugasan Guru dan Tenaga Kependidikan pada Kampanye Rapat Umum"),
    ]) + [
        P("Yth. Kepala SMP Negeri se-Kabupaten Ketapang\ndi\u2003tempat", align="left", after=200),
        P("Sehubungan dengan jadwal kampanye rapat umum Pemilihan Bupati dan Wakil Bupati Ketapang Tahun 2024 "
          "yang ditetapkan KPU Kabupaten Ketapang, dan agar Dinas Pendidikan dan Kebudayaan tampak hadir secara "
          "seimbang bagi semua pasangan calon, setiap SMP Negeri diminta menugaskan 10 (sepuluh) orang guru/tenaga "
          "kependidikan untuk menghadiri setiap rapat umum sesuai jadwal berikut:", first=720),
        {"table": [["No", "Hari/Tanggal", "Rapat Umum", "Lokasi"],
                   ["1", "Senin, 11 November 2024", "Pasangan Nomor Urut 1", "Lapangan Tugu Ale-Ale"],
                   ["2", "Rabu, 13 November 2024", "Pasangan Nomor Urut 2", "Stadion Tanjungpura"],
                   ["3", "Jumat, 15 November 2024", "Pasangan Nomor Urut 3", "Lapangan Sukaharja"]],
         "widths": [600, 2900, 2800, 2770], "header_row": True},
        P("", after=0),
        item("1.", "Penugasan dicatat sebagai dinas luar pada aplikasi presensi, sehingga guru yang hadir tidak "
                   "dihitung mangkir. Jam pelajaran yang ditinggalkan diganti dengan tugas mandiri siswa."),
        item("2.", "Rombongan berangkat menggunakan kendaraan operasional sekolah; biaya BBM dapat "
                   "dipertanggungjawabkan pada pos pemeliharaan sarana."),
        item("3.", "Foto rombongan di lokasi dikirim ke Bidang Pembinaan SMP sebagai bukti pelaksanaan tugas."),
        P("Atas perhatian Saudara diucapkan terima kasih.", first=720),
    ] + sign(None, ["a.n. Kepala Dinas,", "Kepala Bidang Pembinaan SMP,"], "SUPARDI, S.Pd., M.M.",
             "19730412 199802 1 003"),
}, True, ["campaign-activity", "letterhead-misuse", "state-facility"], [12],
    "Disdik mengerahkan 10 guru per SMP ke rapat umum ketiga paslon 'agar seimbang', dicatat dinas luar pada jam kerja, pakai kendaraan sekolah dan BBM")

# ---- 015  SMA, twibbon + tiktok + akun resmi sekolah repost (V)
memo({
    "font": "Cambria",
    "meta": {"title": "Pengumuman Sekolah Kompak", "author": "Waka Humas", "created": "2024-10-04T05:00:00Z"},
    "kop": kop("table", ["PEMERINTAH PROVINSI SULAWESI TENGGARA", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                         "SMA NEGERI 2 KENDARI", "Jl. Abunawas No. 3, Bende, Kendari 93117"], logo="[logo Sultra]"),
    "body": title("PENGUMUMAN", "Nomor 400.3/115/SMAN2-KDI/2024") + [
        P("Kepada seluruh Bapak/Ibu guru, tenaga kependidikan dan wali kelas XII.", align="left"),
        P("Menyongsong Pemilihan Gubernur 27 November 2024, SMA Negeri 2 Kendari mengajak seluruh warga sekolah "
          "untuk bersama-sama menunjukkan rasa terima kasih atas program seragam gratis dan beasiswa yang kita "
          "nikmati selama ini. Untuk itu:", first=720),
        item("1.", "Mulai Senin, 7 Oktober 2024, seluruh guru dan tendik mengganti foto profil WhatsApp dengan "
                   "twibbon sebagaimana tertera pada kotak di bawah."),
        item("2.", "Wali kelas XII membantu siswa yang sudah berusia 17 tahun membuat video TikTok dengan lagu "
                   "\u201cLanjut Terus Sultra Bersama Arief\u2013Santi\u201d dan memastikan akun @ariefsanti.lanjut "
                   "diikuti oleh siswa."),
        item("3.", "Admin Instagram sekolah @sman2kendari.official me-repost konten akun tersebut setiap Jumat."),
        {"textbox": [
            P("**TWIBBON GURU SMANDA**", align="center"),
            P("Unduh: {link:https://twibbo.nz/lanjutariefsanti|twibbo.nz/lanjutariefsanti}"),
            P("Tagar wajib: #LanjutAriefSanti #SultraTetapJuara"),
            P("Batas pemasangan: Jumat, 11 Oktober 2024. Yang sudah pasang, kirim tangkapan layar ke Waka Humas."),
        ], "width_cm": 14, "height_cm": 3.6},
        P("Demikian pengumuman ini, atas kekompakan Bapak/Ibu diucapkan terima kasih.", first=720),
    ] + sign("Kendari, 4 Oktober 2024", "Kepala Sekolah,", "Drs. LA ODE MUH. SALEH, M.Pd.",
             "19680810 199412 1 002"),
}, True, ["endorsement", "letterhead-misuse", "social-media", "state-facility"], [1, 5],
    "Kepsek SMA: twibbon #LanjutAriefSanti wajib (kotak teks), siswa 17 th buat TikTok 'Lanjut Terus... Arief-Santi', follow akun, akun resmi sekolah repost")

# ---- 016  kesbangpol, rakor pengamanan rapat umum semua paslon (C)
memo({
    "font": "Arial", "size": 22,
    "meta": {"title": "Undangan Rakor Pengamanan Kampanye", "author": "Kesbangpol", "created": "2024-10-28T01:00:00Z"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN BOJONEGORO", "BADAN KESATUAN BANGSA DAN POLITIK",
                         "Jl. Veteran No. 12 Bojonegoro 62111"], logo="[LOGO]"),
    "body": [P("Bojonegoro, 28 Oktober 2024", align="right")] + fields([
        ("Nomor", "000.1.5/412/412.208/2024"),
        ("Sifat", "Penting"),
        ("Lampiran", "1 (satu) lembar"),
        ("Hal", "Undangan Rapat Koordinasi Pengamanan Kampanye Rapat Umum"),
    ]) + [
        P("Yth. 1. Ketua KPU Kabupaten Bojonegoro\n2. Ketua Bawaslu Kabupaten Bojonegoro\n3. Kapolres Bojonegoro\n"
          "4. Dandim 0813 Bojonegoro\n5. Kepala Satpol PP, Dinas Perhubungan dan Dinas Kesehatan\n6. Penghubung "
          "(LO) Pasangan Calon Nomor Urut 1, 2 dan 3", align="left", after=200),
        P("Menindaklanjuti jadwal kampanye rapat umum yang ditetapkan KPU Kabupaten Bojonegoro, kami mengundang "
          "Bapak/Ibu pada rapat koordinasi pengamanan yang akan dilaksanakan pada Rabu, 30 Oktober 2024 pukul "
          "09.00 WIB di Ruang Rapat Angling Dharma, Gedung Pemkab lantai 2.", first=720),
        P("Pembahasan meliputi pembagian zona pengamanan, rekayasa lalu lintas, pos kesehatan dan titik "
          "kumpul massa untuk ketiga rapat umum dengan perlakuan yang sama bagi setiap pasangan calon:", first=720),
        {"table": [["Paslon", "Tanggal", "Lokasi", "Perkiraan Massa"],
                   ["Nomor Urut 1", "9 November 2024", "Lapangan Kecamatan Dander", "\u00b1 5.000"],
                   ["Nomor Urut 2", "16 November 2024", "Stadion Letjen H. Soedirman", "\u00b1 5.000"],
                   ["Nomor Urut 3", "20 November 2024", "Alun-alun Bojonegoro", "\u00b1 5.000"]],
         "widths": [1900, 2100, 3370, 1700], "header_row": True},
        P("", after=0),
        P("Personel Satpol PP, Dinas Perhubungan dan Dinas Kesehatan yang ditugaskan hadir semata-mata dalam "
          "kapasitas pengamanan, pengaturan lalu lintas dan layanan kesehatan, tidak mengenakan atribut pasangan "
          "calon mana pun, tidak naik ke panggung dan tidak ikut berfoto dengan peserta kampanye.", first=720),
        P("Mengingat pentingnya acara, dimohon hadir tepat waktu.", first=720),
    ] + sign(None, "Kepala Badan Kesatuan Bangsa dan Politik,", "Drs. BAMBANG HARIYANTO, M.M.",
             "19700224 199503 1 002"),
}, False, [], [14], "Rakor pengamanan rapat umum ketiga paslon secara setara; ASN hanya bertugas pengamanan/lalu lintas/kesehatan tanpa atribut")

# ---- 017  BKPSDM kota, panggilan klarifikasi guru (C)
memo({
    "font": "Times New Roman",
    "meta": {"title": "Panggilan Klarifikasi", "author": "Bidang PKA", "created": "2024-10-23T02:00:00Z"},
    "kop": kop("body", ["PEMERINTAH KOTA KUPANG", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                        "Jl. S.K. Lerik, Kelapa Lima, Kota Kupang"]),
    "body": [P("Kupang, 23 Oktober 2024", align="right")] + fields([
        ("Nomor", "800.1.6.4/944/BKPSDM/2024"),
        ("Sifat", "Rahasia"),
        ("Hal", "Panggilan Klarifikasi"),
    ]) + [
        P("Yth. Sdr. YOSEF M. BENU, S.Pd.\nGuru Ahli Muda pada SMP Negeri 9 Kupang\ndi Kupang", align="left", after=200),
        P("Berdasarkan penerusan laporan dari Bawaslu Kota Kupang{fn:1} mengenai dugaan pelanggaran netralitas "
          "ASN, Saudara diduga:", first=720),
        item("a.", "menghadiri kegiatan \u201cDeklarasi Dukungan Relawan Kawan Hendra\u201d pada 13 Oktober 2024 di "
                   "Gedung Sasando dengan mengenakan kaos relawan; dan"),
        item("b.", "mengunggah pada akun Facebook pribadi tulisan \u201cAyo menangkan Hendra\u2013Yusuf! Lanjutkan!! "
                   "#KupangLanjut\u201d disertai foto bersama salah satu pasangan calon."),
        P("Untuk itu Saudara diminta hadir memberikan klarifikasi pada:", first=720),
        {"table": [["Hari/tanggal", ": Selasa, 29 Oktober 2024"],
                   ["Pukul", ": 09.00 WITA"],
                   ["Tempat", ": Ruang Bidang Penilaian Kinerja dan Penghargaan, BKPSDM Kota Kupang"],
                   ["Membawa", ": KTP, SK jabatan terakhir, dan bukti lain yang dianggap perlu"]],
         "widths": [1900, 7170], "borders": False},
        P("", after=0),
        P("Apabila Saudara tidak memenuhi panggilan ini tanpa alasan yang sah, pemeriksaan dilanjutkan berdasarkan "
          "bahan yang ada.", first=720),
    ] + sign(None, "Kepala BKPSDM Kota Kupang,", "MARIA G. FANGGIDAE, S.H., M.Si.", "19751201 200003 2 003")
      + tembusan(["Wali Kota Kupang (sebagai laporan)", "Ketua Bawaslu Kota Kupang", "Kepala SMP Negeri 9 Kupang"]),
    "footnotes": {"1": "Surat Bawaslu Kota Kupang tentang Penerusan Pelanggaran Hukum Lainnya, tanggal 21 Oktober 2024; "
                       "diproses berdasarkan PP Nomor 94 Tahun 2021 tentang Disiplin PNS."},
}, False, [], [14], "Panggilan klarifikasi BKPSDM yang mengutip deklarasi dukungan dan unggahan 'Ayo menangkan Hendra-Yusuf #KupangLanjut'")

# ---- 018  setda, cuti di luar tanggungan negara bupati & wakil (C)
memo({
    "font": "Bookman Old Style", "size": 22,
    "meta": {"title": "SE Cuti Kampanye", "author": "Bagian Pemerintahan", "created": "2024-09-20T02:00:00Z",
             "modified": "2024-09-21T07:10:00Z", "last_modified_by": "Kabag Hukum"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN BANYUMAS", "SEKRETARIAT DAERAH",
                          "Jl. Kabupaten No. 1 Purwokerto 53114"]),
    "body": title("SURAT EDARAN", "Nomor 100.2.1/3318/2024") + [
        P("TENTANG PELAKSANAAN CUTI DI LUAR TANGGUNGAN NEGARA BUPATI DAN WAKIL BUPATI SELAMA MASA KAMPANYE",
          align="center", bold=True, after=240),
        P("Yth. Para Kepala Perangkat Daerah, Camat dan Direktur BUMD se-Kabupaten Banyumas", align="left"),
        P("Sehubungan dengan ditetapkannya Bupati dan Wakil Bupati Banyumas sebagai pasangan calon pada Pemilihan "
          "Bupati dan Wakil Bupati Tahun 2024, dengan ini disampaikan:", first=720),
        P("Bupati dan Wakil Bupati menjalani cuti di luar tanggungan negara selama masa kampanye, yaitu 25 "
          "September s.d. 23 November 2024.", num=0),
        P("Selama masa cuti, tugas dan wewenang kepala daerah dilaksanakan oleh {del:Plt. Bupati}{ins:Pjs. Bupati} "
          "yang ditunjuk Menteri Dalam Negeri.", num=0, cont=True),
        P("Selama masa cuti, perangkat daerah tidak menjadwalkan kegiatan kedinasan bagi Bupati dan Wakil Bupati, "
          "tidak menyediakan kendaraan dinas, ajudan, protokol maupun fasilitas lain, dan tidak memfasilitasi "
          "kegiatan kampanye pasangan calon mana pun.", num=0, cont=True),
        P("Kendaraan dinas jabatan Bupati dan Wakil Bupati dikembalikan ke Bagian Umum paling lambat 24 "
          "September 2024.", num=0, cont=True),
        P("Undangan atau permohonan yang ditujukan kepada Bupati selama masa cuti agar diteruskan kepada "
          "{del:Plt. Bupati}{ins:Pjs. Bupati} melalui Bagian Protokol dan Komunikasi Pimpinan.", num=0, cont=True),
        P("Demikian untuk menjadi perhatian dan dilaksanakan.", first=720),
    ] + sign("Purwokerto, 20 September 2024", "Sekretaris Daerah,", "Ir. WAHYU BUDI SANTOSO, M.T.",
             "19681105 199303 1 008"),
}, False, [], [14], "Cuti di luar tanggungan negara bupati/wakil yang maju lagi; fasilitas tidak boleh disediakan; perubahan terlacak Plt->Pjs")

# ---- 019  puskesmas, info internal santai: partai vaksin, calon peserta, pilih jadwal (C, informal)
memo({
    "font": "Calibri", "size": 22,
    "meta": {"title": "info internal", "author": "admin pkm", "created": "2024-10-25T08:30:00Z"},
    "body": [
        P("**INFO INTERNAL PUSKESMAS KOTA BARU \u2013 Jumat 25/10/2024**", align="left"),
        P("Rekan2 smua, bbrp info minggu depan ya:", align="left"),
        P("Partai vaksin MR dari gudang farmasi sdh dtg 2 partai (batch 2410A & 2410B), yg pegang cold chain tolong "
          "cek suhu pagi-sore & catat di kartu. Partai ketiga nyusul Rabu.", num=0),
        P("Calon peserta pelatihan MTBS dari kita ada 4 org (bidan Ani, bidan Sari, perawat Dodi, dr. Ita). "
          "Silakan pilih jadwal gelombang 1 (4\u20136 Nov) atau gelombang 2 (18\u201320 Nov), kabari sy sblm Selasa.", num=0, cont=True),
        P("Kampanye PHBS di SD 03 & SD 07 jadi hari Kamis, tim promkes bawa leaflet + alat peraga cuci tangan.",
          num=0, cont=True),
        P("Dukungan dari Dinkes berupa 3 cold box baru sdh diterima, makasih buat pak Anton yg jemput 👍",
          num=0, cont=True),
        P("Tgl 27 Nov pas hari pemungutan suara pelayanan tetap buka IGD aja, jadwal piket nyusul.", num=0, cont=True),
        P("Mksh, semangat!! \u2013 Rina (TU)", align="left"),
    ],
}, False, [], [11, 14], "Umpan informal: 'partai' vaksin (kiriman), calon peserta pelatihan, pilih jadwal, kampanye PHBS, dukungan Dinkes")

# ---- 020  BPKAD provinsi, hibah dukungan pendanaan pilkada ke KPU & Bawaslu (C)
memo({
    "font": "Arial", "size": 22,
    "meta": {"title": "ND Pencairan Hibah Pilkada Tahap II", "author": "Bidang Perbendaharaan",
             "created": "2024-08-12T03:00:00Z"},
    "kop": kop("header", ["PEMERINTAH PROVINSI KALIMANTAN SELATAN", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
                          "Kawasan Perkantoran Pemprov Kalsel, Jl. Aneka Tambang, Banjarbaru"]),
    "footer": [P("Halaman 1 dari 1", align="right", size=16)],
    "body": title("NOTA DINAS") + fields([
        ("Kepada", "Yth. Sekretaris Daerah Provinsi Kalimantan Selatan"),
        ("Dari", "Kepala BPKAD"),
        ("Nomor", "900.1.3/1507/BPKAD"),
        ("Tanggal", "12 Agustus 2024"),
        ("Hal", "Pencairan Hibah Dukungan Pendanaan Pemilihan Gubernur Tahap II"),
    ]) + [
        P("Dengan hormat, berdasarkan Naskah Perjanjian Hibah Daerah (NPHD) yang telah ditandatangani, kami "
          "laporkan rencana pencairan hibah tahap II (60%) untuk dukungan pendanaan penyelenggaraan dan pengawasan "
          "Pemilihan Gubernur dan Wakil Gubernur Kalimantan Selatan Tahun 2024 sebagai berikut:", first=720),
        {"table": [["No", "Penerima Hibah", "Nilai NPHD (Rp)", "Tahap II (Rp)"],
                   ["1", "KPU Provinsi Kalimantan Selatan", "245.000.000.000", "147.000.000.000"],
                   ["2", "Bawaslu Provinsi Kalimantan Selatan", "98.500.000.000", "59.100.000.000"],
                   ["3", "Polda Kalsel (pengamanan)", "42.000.000.000", "25.200.000.000"]],
         "widths": [600, 3970, 2250, 2250], "header_row": True},
        P("", after=0),
        P("Pencairan dilakukan melalui SP2D ke rekening khusus hibah masing-masing penerima setelah laporan "
          "penggunaan tahap I diterima. Mohon petunjuk dan persetujuan Bapak.", first=720),
    ] + sign(None, "Kepala BPKAD,", "Dr. H. MUHAMMAD RIFANI, S.E., M.M.", "19720730 199803 1 006"),
}, False, [], [14], "Umpan: 'dukungan pendanaan' hibah Pilgub ke KPU/Bawaslu/Polda")


# =================================================================== GROUP 3
# ---- 021  sekretariat DPRD, notulen internal: tim pemenangan ketua DPRD, mobil dinas, FB (V)
memo({
    "font": "Arial", "size": 22,
    "meta": {"title": "Notulen Rapat Internal Bagian Umum", "author": "Subbag TU Setwan",
             "created": "2024-01-15T06:30:00Z"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN BONE", "SEKRETARIAT DPRD",
                         "Jl. Jenderal Ahmad Yani No. 2 Watampone"], logo="[lambang daerah]"),
    "body": title("NOTULEN RAPAT INTERNAL", "Bagian Umum dan Keuangan Sekretariat DPRD") + [
        {"table": [["Hari/tanggal", "Senin, 15 Januari 2024"],
                   ["Tempat", "Ruang Kabag Umum"],
                   ["Dipimpin", "Kepala Bagian Umum dan Keuangan"],
                   ["Hadir", "Kasubbag Perlengkapan, Kasubbag Humas dan Protokol, Kasubbag TU, 11 staf pelaksana"]],
         "widths": [2000, 7070], "borders": True},
        P("", after=0),
        P("**Pokok bahasan**", align="left"),
        P("Kabag menyampaikan bahwa Bapak H. Burhanuddin, S.Sos., Ketua DPRD, maju kembali untuk periode "
          "berikutnya di DPRD Provinsi Dapil Sulsel V, dan Sekretariat \u201charus tahu balas budi\u201d karena selama "
          "ini kesejahteraan pegawai Setwan diperjuangkan beliau. Kabag juga membacakan pesan WA Pak Sekwan: "
          "%%\u201cini bkn perintah tertulis ya, tp kita tau sama tau lah, bantu yg bisa dibantu\u201d%%."),
        P("**Kesepakatan rapat**", align="left"),
        P("Staf Bagian Umum dan Keuangan bergabung dalam Tim Pemenangan \u201cBURHAN LANJUT\u201d tingkat kecamatan "
          "sesuai domisili masing-masing.", num=0),
        P("Subbag Perlengkapan menyiapkan mobil dinas pimpinan DD 1024 BE beserta sopir untuk kunjungan dapil setiap "
          "Sabtu dan Minggu sampai dengan 10 Februari 2024.", num=0, cont=True),
        P("Subbag Humas dan Protokol mengelola halaman Facebook \u201cBurhan Untuk Rakyat\u201d dan mengunggah minimal dua "
          "konten per hari, memanfaatkan dokumentasi reses dan kunjungan kerja.", num=0, cont=True),
        P("Target 300 suara dari keluarga besar pegawai Setwan; Kasubbag TU mencatat capaian per subbagian.",
          num=0, cont=True),
        P("Hasil rapat tidak diedarkan di luar peserta.", align="left", italic=True),
        P("Watampone, 15 Januari 2024", indent=5103, align="left", after=0),
        P("Notulis,", indent=5103, align="left", after=600),
        P("A. NURHALIZA, S.AP.", indent=5103, align="left", after=0),
    ],
}, True, ["campaign-activity", "endorsement", "letterhead-misuse", "social-media", "state-facility"], [1, 4, 9],
    "Notulen Setwan (kop tabel): sepakat staf gabung Tim Pemenangan 'BURHAN LANJUT' (Ketua DPRD maju lagi), mobil dinas pimpinan, kelola FB, target 300 suara")

# ---- 022  BPBD, sarana untuk pelantikan tim pemenangan; paragraf lanjut logistik saja (V)
memo({
    "engine": "libreoffice",
    "font": "Arial",
    "meta": {"title": "ND Dukungan Sarana", "author": "Kalaksa BPBD", "created": "2024-10-09T00:50:00Z"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN POLEWALI MANDAR", "BADAN PENANGGULANGAN BENCANA DAERAH",
                          "Jl. Ahmad Kirang No. 9 Polewali, Sulawesi Barat"]),
    "body": title("NOTA DINAS", "Nomor: 360/214/BPBD/X/2024") + fields([
        ("Kepada", "Kepala Bidang Kedaruratan dan Logistik"),
        ("Dari", "Kepala Pelaksana BPBD"),
        ("Tanggal", "9 Oktober 2024"),
        ("Hal", "Dukungan Sarana Pelantikan Tim Pemenangan Tingkat Kabupaten"),
    ]) + [
        P("Sesuai arahan pimpinan, BPBD membantu kelancaran Pelantikan Tim Pemenangan Tingkat Kabupaten yang "
          "dilaksanakan pada Sabtu, 12 Oktober 2024 pukul 14.00 WITA di Lapangan Pancasila Polewali. Untuk itu "
          "agar Saudara menyiapkan:", first=720),
        {"table": [["No", "Sarana / Personel", "Jumlah", "Keterangan"],
                   ["1", "Tenda pleton", "4 unit", "Dipasang Jumat sore"],
                   ["2", "Kursi lipat", "200 buah", "Gudang logistik"],
                   ["3", "Genset 5 kVA", "2 unit", "BBM dari pos operasional"],
                   ["4", "Truk logistik DC 8047 A", "1 unit", "Angkut barang pergi-pulang"],
                   ["5", "Personel TRC regu piket", "6 orang", "Bongkar pasang, berseragam bebas"]],
         "widths": [600, 3700, 1500, 3270], "header_row": True},
        P("", after=0),
        P("Barang dikembalikan ke gudang paling lambat Minggu, 13 Oktober 2024 pukul 18.00 WITA.{fn:1} Personel "
          "TRC yang bertugas diberi surat tugas apel siaga.", first=720),
        P("Demikian untuk dilaksanakan.", first=720),
    ] + sign(None, "Kepala Pelaksana BPBD,", "MUHAMMAD ARSYAD, S.Sos., M.M.", "19740308 199803 1 007"),
    "footnotes": {"1": "Untuk administrasi, peminjaman dicatat sebagai kegiatan simulasi penanganan darurat "
                       "dan tidak dicatat pada buku barang keluar."},
}, True, ["campaign-activity", "letterhead-misuse", "state-facility"], [2, 6],
    "Kalaksa BPBD: tenda, kursi, genset, truk dan personel TRC untuk 'Pelantikan Tim Pemenangan'; sisanya logistik; catatan kaki menyamarkan sebagai simulasi")

# ---- 023  Kemenag, penyambutan & silaturahmi dengan calon gubernur di aula (V)
memo({
    "font": "Times New Roman",
    "meta": {"title": "Undangan Silaturahmi", "author": "Subbag TU Kankemenag", "created": "2024-10-22T02:00:00Z"},
    "kop": kop("body", ["KEMENTERIAN AGAMA REPUBLIK INDONESIA",
                        "KANTOR KEMENTERIAN AGAMA KABUPATEN PASAMAN BARAT",
                        "Jl. Soekarno-Hatta, Simpang Ampek, Pasaman Barat 26368"]),
    "body": [P("Simpang Ampek, 22 Oktober 2024", align="right")] + fields([
        ("Nomor", "B-2871/Kk.03.12/1/PP.00/10/2024"),
        ("Sifat", "Biasa"),
        ("Hal", "Undangan Penyambutan dan Silaturahmi"),
    ]) + [
        P("Yth. Kepala KUA Kecamatan, Kepala Madrasah Negeri, Penyuluh Agama Islam dan seluruh ASN Kantor "
          "Kementerian Agama Kabupaten Pasaman Barat", align="left", after=200),
        P("Assalamu\u2019alaikum Wr. Wb.", align="left"),
        P("Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada Penyambutan dan Silaturahmi bersama Ustadz "
          "H. Fikri Abdullah, Lc., M.A., pasangan calon Gubernur Sumatera Barat nomor urut 2, yang akan singgah "
          "dalam rangkaian safari dakwahnya pada:", first=720),
        {"table": [["Hari/Tanggal", ": Jumat, 25 Oktober 2024"],
                   ["Waktu", ": 14.00 WIB (ba\u2019da Jumat)"],
                   ["Tempat", ": Aula PLHUT Kantor Kementerian Agama Kabupaten Pasaman Barat"],
                   ["Pakaian", ": Baju koko putih dan peci hitam, sesuai identitas Relawan Sahabat Ustadz"]],
         "widths": [2000, 7070], "borders": False},
        P("", after=0),
        P("Beliau akan menyampaikan gagasan penguatan madrasah dan insentif guru mengaji. Kepala KUA dan kepala "
          "madrasah diharapkan membawa imam masjid dan guru MDTA di wilayah masing-masing.", first=720),
        P("Dokumentasi kegiatan agar diunggah ke media sosial masing-masing dengan tagar #UmatBersatuFikriMenang.",
          first=720),
        P("Wassalamu\u2019alaikum Wr. Wb.", align="left"),
    ] + sign(None, "Kepala,", "Dr. H. SYAFRIZAL, M.A.", "19700101 199803 1 011"),
}, True, ["campaign-activity", "endorsement", "letterhead-misuse", "social-media", "state-facility"], [3, 5, 7],
    "Kepala Kankemenag mengundang ASN, KUA, madrasah ke penyambutan/silaturahmi dengan calon gubernur no. 2 di aula kantor, berbusana relawan, tagar #UmatBersatuFikriMenang")

# ---- 024  kecamatan, hasil pindai (OCR) + bahasa Jawa: konsolidasi relawan, KTP, uang transport (V)
memo({
    "font": "Times New Roman",
    "meta": {"title": "scan0047", "author": "kec toroh", "created": "2024-01-22T03:30:00Z"},
    "kop": kop("body", ["PEMERlNTAH KABUPATEN GR0BOGAN", "KECAMATAN T0ROH",
                        "Jl. Raya Purwodadi - Solo Km 8 Toroh, Kode Pos 58171"]),
    "body": [
        P("Toroh, 22 Januari 2O24", align="right"),
        P("Nornor\t: 005 / 0l9 / I / 2024", align="left", after=0, tabs=[[1418, "left"]]),
        P("Larnpiran\t: -", align="left", after=0, tabs=[[1418, "left"]]),
        P("Perihal\t: Undangan Konsolidasi Relawan", align="left", after=200, tabs=[[1418, "left"]]),
        P("Kepada Yth.\nSdr. Kepala Desa se-Kecarnatan Toroh\nbeserta Perangkat Desa\ndi \u2013 Ternpat", align="left",
          after=200),
        P("Dengan horrnat,", align="left"),
        P("Ngaturaken sugeng, rnohon kehadiran Saudara beserta perangkat desa wonten ing acara Konsolidasi Relawan "
          "ingkang badhe dipun wontenaken ing:", first=720),
        P("Hari/tgl\t: Sabtu, 27 Januari 2024\nJam\t: 13.00 WIB \u2013 rampung\nTernpat\t: Pendopo Kecamatan Toroh",
          align="left", indent=720, tabs=[[2268, "left"]]),
        P("Sedaya perangkat dipun suwun:", align="left"),
        item("1.", "Mbeta fotokopi KTP kaluwarga paling sekedhik 10 (sedasa) lernbar saben perangkat, kangge "
                   "pendataan pendukung nomer 27 DPD;"),
        item("2.", "Ngagem kaos relawan ingkang sarnpun dipun bagi wonten desa;"),
        item("3.", "Uang transport saking panitia Rp 100.000,- saben tiyang dipun paringaken wonten papan."),
        P("Kula aturi sedaya kompak nyengkuyung nomer 27 supados Toroh dados lurnbung suara.", first=720),
        P("Dernikian, atas kehadiranipun kula aturaken matur nuwun.", first=720),
    ] + sign(None, "CAMAT TOROH", "Drs. SUGENG RlYADI, M.Si", "19690417 l99103 1 005"),
}, True, ["campaign-activity", "endorsement", "inducement", "letterhead-misuse", "state-facility"], [2, 8, 11],
    "Surat camat hasil pindai (OCR rusak, bahasa Jawa): konsolidasi relawan di pendopo kecamatan, bawa fotokopi KTP keluarga utk pendukung nomor 27 DPD, uang transport, 'nyengkuyung nomer 27'")

# ---- 025  distan, bantuan alsintan diserahkan petahana + tim; perubahan terlacak (V)
memo({
    "font": "Arial", "size": 22,
    "meta": {"title": "Undangan Penyerahan Bantuan Alsintan", "author": "Bidang PSP",
             "created": "2024-10-18T01:00:00Z", "modified": "2024-10-19T04:45:00Z",
             "last_modified_by": "Kadis"},
    "kop": kop("header", ["PEMERINTAH KABUPATEN SIDENRENG RAPPANG", "DINAS PERTANIAN",
                          "Jl. Jend. Sudirman No. 101 Pangkajene Sidenreng"]),
    "body": [P("Pangkajene, 19 Oktober 2024", align="right")] + fields([
        ("Nomor", "500.7/1362/Distan/2024"),
        ("Lampiran", "Daftar Poktan penerima"),
        ("Hal", "Undangan Penyerahan Bantuan Alsintan dan Benih Padi"),
    ]) + [
        P("Yth. Ketua Kelompok Tani Penerima Bantuan TA 2024 (terlampir)\ndi\u2003Kecamatan Panca Rijang dan "
          "Kulo", align="left", after=200),
        P("Dalam rangka penyerahan bantuan hand tractor (12 unit), pompa air (20 unit) dan benih padi (24 ton) "
          "Tahun Anggaran 2024 yang bersumber dari APBD Kabupaten, kami mengundang Saudara pada Sabtu, 26 "
          "Oktober 2024 pukul 09.00 WITA di Lapangan Desa Bulo, Kecamatan Panca Rijang.", first=720),
        P("Penyerahan dilaksanakan bersamaan dengan kunjungan Bapak Drs. H. Yusran Effendi, M.Si. ke Kecamatan "
          "Panca Rijang, dan bantuan akan diserahkan langsung oleh {del:Kepala Dinas Pertanian}{ins:beliau "
          "didampingi tim}.", first=720),
        P("Spanduk, backdrop dan stiker pada unit alsintan menggunakan warna biru muda dengan tulisan "
          "\u201cSidrap Terus Maju\u201d sesuai arahan tim. Setiap ketua poktan membawa anggota minimal 15 orang.",
          first=720),
        P("{ins:Pada sambutan, Kepala Bidang PSP menyampaikan bahwa bantuan ini adalah kelanjutan program beliau "
          "dan akan terus berjalan apabila Pak Yusran kembali dipercaya memimpin Sidrap.}", first=720),
        P("Demikian undangan ini, atas kehadirannya diucapkan terima kasih.", first=720),
    ] + sign(None, "Kepala Dinas Pertanian,", "Ir. H. ANDI MAPPIASSE, M.P.", "19690515 199503 1 004"),
}, True, ["campaign-activity", "endorsement", "letterhead-misuse", "state-facility"], [1, 5, 7, 13],
    "Bantuan APBD Distan diserahkan oleh petahana yang maju lagi 'didampingi tim' (insersi terlacak), warna & slogan tim, 'kelanjutan program beliau' (insersi terlacak), poktan dikerahkan")

# ---- 026  SMP, pemilihan ketua OSIS (C)
memo({
    "font": "Calibri",
    "meta": {"title": "Pemilos 2024", "author": "Pembina OSIS", "created": "2024-09-30T02:00:00Z"},
    "kop": kop("table", ["PEMERINTAH KABUPATEN GUNUNGKIDUL", "DINAS PENDIDIKAN",
                         "SMP NEGERI 1 WONOSARI", "Jl. Brigjen Katamso No. 4 Wonosari"], logo="[logo sekolah]"),
    "body": title("PENGUMUMAN", "Nomor: 400.3.12/212/SMP1/2024") + [
        P("**Pelaksanaan Pemilihan Ketua OSIS (Pemilos) Masa Bakti 2024/2025**", align="center"),
        P("Diberitahukan kepada seluruh siswa, guru dan tenaga kependidikan bahwa Pemilos akan dilaksanakan dengan "
          "ketentuan berikut:", first=720),
        {"table": [["Tahapan", "Waktu", "Keterangan"],
                   ["Deklarasi kampanye damai dan anti-perundungan oleh para calon", "Senin, 7 Oktober 2024",
                    "Upacara bendera"],
                   ["Masa kampanye calon ketua OSIS", "7\u20139 Oktober 2024", "Poster hanya di papan OSIS"],
                   ["Debat calon", "Kamis, 10 Oktober 2024", "Aula, dipandu guru BK"],
                   ["Pencoblosan", "Jumat, 11 Oktober 2024", "Tiap kelas, surat suara dicoblos di bilik"]],
         "widths": [4000, 2500, 2570], "header_row": True},
        P("", after=0),
        item("1.", "Setiap calon boleh memiliki tim sukses paling banyak 3 (tiga) siswa."),
        item("2.", "Guru pembina dan wali kelas bersikap netral terhadap semua calon ketua OSIS."),
        item("3.", "Siswa memilih satu calon dengan mencoblos gambar calon pada surat suara."),
        item("4.", "Tidak diperkenankan membawa atribut partai politik maupun pasangan calon Pilkada ke lingkungan sekolah."),
    ] + sign("Wonosari, 30 September 2024", "Kepala Sekolah,", "SRI HARTATI, S.Pd., M.Pd.", "19710322 199512 2 001"),
}, False, [], [14], "Umpan pemilihan OSIS: calon ketua, kampanye, deklarasi damai, tim sukses, coblos; larang atribut Pilkada")

# ---- 027  PUPR, peresmian jembatan oleh bupati (bakal calon), steril dari Pilkada (C)
memo({
    "font": "Arial",
    "meta": {"title": "Undangan Peresmian Jembatan", "author": "Bidang Bina Marga", "created": "2024-09-03T02:00:00Z"},
    "kop": kop("body", ["PEMERINTAH KABUPATEN KAPUAS", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                        "Jl. Tambun Bungai No. 51 Kuala Kapuas, Kalimantan Tengah"]),
    "body": [P("Kuala Kapuas, 3 September 2024", align="right")] + fields([
        ("Nomor", "600.1/1188/PUPR-BM/2024"),
        ("Sifat", "Penting"),
        ("Hal", "Undangan Peresmian Jembatan Sei Pitung"),
    ]) + [
        P("Yth. Camat Kapuas Hilir, Kepala Desa Sei Pitung, Pimpinan OPD terkait dan kontraktor pelaksana",
          align="left", after=200),
        P("Dengan hormat, kami mengundang Bapak/Ibu pada peresmian Jembatan Sei Pitung (bentang 60 m) oleh Bupati "
          "Kapuas pada Selasa, 10 September 2024 pukul 09.00 WIB di ujung jembatan sisi Desa Sei Pitung.", first=720),
        P("Bupati hadir dalam kapasitas sebagai kepala daerah. Mengingat Bapak Bupati telah mendaftar sebagai "
          "bakal pasangan calon di KPU Kabupaten Kapuas, seluruh rangkaian acara agar steril dari unsur Pilkada:",
          first=720),
        P("tidak ada spanduk, atribut, warna, yel-yel maupun simbol jari yang berkaitan dengan pasangan mana pun;",
          num=0),
        P("sambutan hanya memuat manfaat jembatan, data konstruksi dan pesan pemeliharaan;", num=0, cont=True),
        P("dokumentasi pada akun resmi Pemkab hanya memuat informasi pembangunan;", num=0, cont=True),
        P("ASN dan kepala desa tidak menyampaikan ajakan memilih dalam bentuk apa pun.", num=0, cont=True),
        P("Atas perhatian dan kehadirannya diucapkan terima kasih.", first=720),
    ] + sign(None, "Kepala Dinas PUPR,", "Ir. HENDRA SAPUTRA, M.T.", "19730909 199903 1 005"),
}, False, [], [14], "Bupati (bakal calon) meresmikan jembatan sebelum masa kampanye; acara diatur steril dari atribut/ajakan memilih")

# ---- 028  kelurahan, pesan WA rekrutmen KPPS (C, informal)
memo({
    "engine": "libreoffice",
    "font": "Calibri", "size": 22,
    "meta": {"title": "info KPPS", "author": "kasi pem kel", "created": "2024-10-01T03:00:00Z"},
    "body": [
        P("**[Diteruskan dari grup \u201cWarga & Staf Kel. Kebon Kosong\u201d]**", align="left"),
        P("Assalamualaikum bpk/ibu warga & rekan staf 🙏", align="left"),
        P("Pendaftaran **calon anggota KPPS** Pilkada 27 Nov 2024 sdh dibuka di sekretariat PPS (lt. 2 kantor "
          "kelurahan) s.d. 10 Oktober. Syarat singkat:", align="left"),
        P("WNI min. 17 th, domisili sesuai TPS yg dipilih;", num=0),
        P("bukan anggota partai politik (surat pernyataan);", num=0, cont=True),
        P("surat keterangan sehat dr puskesmas (gratis, bawa KTP);", num=0, cont=True),
        P("yg ASN/PPPK wajib lampirkan izin atasan, formatnya minta ke sy ya.", num=0, cont=True),
        P("Info lengkap: {link:https://jdih.kpu.go.id|jdih.kpu.go.id} (cari PKPU tentang badan ad hoc).", align="left"),
        P("Tgl 27 Nov libur, jgn lupa dtg ke TPS gunakan hak pilih 🙂 Staf kelurahan tetap netral ya.", align="left"),
        P("\u2013 Bambang, Kasi Pemerintahan", align="left"),
    ],
}, False, [], [11, 14], "Informal: rekrutmen calon anggota KPPS, izin atasan untuk ASN, gunakan hak pilih, tetap netral")

# ---- 029  Bawaslu kabupaten, laporan pengawasan APK di fasilitas pemerintah (C)
memo({
    "font": "Arial", "size": 22,
    "meta": {"title": "LHP APK Fasilitas Pemerintah", "author": "Divisi Pencegahan", "created": "2024-10-31T05:00:00Z"},
    "kop": kop("table", ["BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN KARAWANG",
                         "Jl. Jenderal Ahmad Yani No. 40 Karawang Barat"], logo="[logo Bawaslu]"),
    "body": [P("Karawang, 31 Oktober 2024", align="right")] + fields([
        ("Nomor", "285/PM.00.02/K.JB-14/10/2024"),
        ("Lampiran", "1 berkas (foto)"),
        ("Hal", "Penyampaian Hasil Pengawasan APK pada Fasilitas Pemerintah"),
    ]) + [
        P("Yth. Penjabat Bupati Karawang\nc.q. Kepala Satuan Polisi Pamong Praja", align="left", after=200),
        P("Berdasarkan pengawasan jajaran Panwaslu Kecamatan pada 21\u201329 Oktober 2024,{fn:1} ditemukan alat "
          "peraga dan bahan kampanye pada fasilitas pemerintah sebagai berikut:", first=720),
        {"table": [["No", "Temuan", "Lokasi"],
                   ["1", "Stiker \u201cCoblos No. 2 Bang Jefri Pasti Menang\u201d pada kaca ambulans",
                    "Puskesmas Cilamaya"],
                   ["2", "Spanduk \u201cLanjutkan Dua Periode \u2013 Karawang Juara\u201d pada pagar sekolah",
                    "SDN Tempuran 2"],
                   ["3", "Bendera partai politik di halaman kantor", "Kantor Desa Sukamulya"]],
         "widths": [600, 5470, 3000], "header_row": True},
        P("", after=0),
        P("Sehubungan dengan itu kami merekomendasikan: (a) penurunan seluruh APK tersebut paling lambat 3 x 24 jam; "
          "(b) penelusuran oleh atasan langsung apakah terdapat ASN yang memasang atau mengizinkan pemasangan; dan "
          "(c) penyampaian hasil penelusuran kepada Bawaslu Kabupaten Karawang.", first=720),
    ] + sign(None, "Ketua Bawaslu Kabupaten Karawang,", "Dr. ENDANG SAEPUDIN, S.H., M.H."),
    "footnotes": {"1": "Pasal 69 huruf h UU Nomor 1 Tahun 2015 sebagaimana telah diubah terakhir dengan UU Nomor 10 "
                       "Tahun 2016: dalam kampanye dilarang menggunakan fasilitas dan anggaran pemerintah."},
}, False, [], [14], "Laporan Bawaslu mengutip stiker 'Coblos No. 2 ... Pasti Menang' di ambulans dan spanduk 'Dua Periode'; rekomendasi penurunan")

# ---- 030  diskominfo, ajakan sebar info resmi KPU, bukan konten paslon (C)
memo({
    "font": "Segoe UI", "size": 21,
    "meta": {"title": "SE Diseminasi Informasi Pilkada", "author": "Bidang IKP", "created": "2024-11-18T01:30:00Z"},
    "kop": kop("header", ["PEMERINTAH KOTA SAMARINDA", "DINAS KOMUNIKASI DAN INFORMATIKA",
                          "Jl. Kesuma Bangsa No. 1 Samarinda"]),
    "footer": [P("{link:https://diskominfo.samarindakota.go.id|diskominfo.samarindakota.go.id} \u2022 Layanan "
                 "Informasi Publik", align="center", size=16)],
    "body": title("SURAT EDARAN", "Nomor: 500.12/877/Diskominfo/2024") + [
        P("Yth. Kepala Perangkat Daerah, Camat dan Lurah se-Kota Samarinda", align="left"),
        P("Menjelang hari pemungutan suara Pemilihan Serentak 27 November 2024, diminta bantuan Saudara agar "
          "admin media sosial perangkat daerah dan pegawai:", first=720),
        item("1.", "mengikuti (follow) dan membagikan unggahan resmi KPU Kota Samarinda serta akun resmi Pemkot "
                   "mengenai jadwal pemungutan suara, lokasi TPS dan tata cara memilih;"),
        item("2.", "mengajak masyarakat memeriksa namanya melalui {link:https://cekdptonline.kpu.go.id|"
                   "cekdptonline.kpu.go.id};"),
        item("3.", "menggunakan tagar informasi #AyoKeTPS dan #PilkadaDamai hanya pada konten resmi penyelenggara;"),
        item("4.", "tidak menyukai, mengomentari, membagikan atau mengikuti akun dan konten pasangan calon mana pun, "
                   "serta tidak menggunakan twibbon atau bingkai foto yang berkaitan dengan pasangan calon."),
        P("Demikian disampaikan untuk dilaksanakan.", first=720),
    ] + sign("Samarinda, 18 November 2024", "Kepala Dinas,", "Dra. SITI AMINAH, M.Si.", "19700618 199403 2 006"),
}, False, [], [14], "Umpan media sosial non-politis: bagikan info resmi KPU, cek DPT, #AyoKeTPS; larangan like/share konten paslon")


# =================================================================== output
def main():
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for f in os.listdir(spec_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(spec_dir, f))
    labels = {}
    for k, (spec, label) in enumerate(MEMOS, 1):
        name = "%s_%03d" % (BATCH, k)
        spec = dict(spec)
        spec["output"] = name + ".docx"
        with open(os.path.join(spec_dir, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        labels[name + ".docx"] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(MEMOS))


if __name__ == "__main__":
    main()
