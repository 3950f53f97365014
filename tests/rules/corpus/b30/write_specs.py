#!/usr/bin/env python3
"""Batch b30: writes specs/b30_NNN.json and labels.json.

Only the standard naskah dinas furniture (kop, nomor block, yth, signature, tembusan)
is produced by helpers; every memo's wording is written out by hand below.
"""
import json
import os

BATCH = "b30"
HERE = os.path.dirname(os.path.abspath(__file__))
MEMOS = []  # (number, spec, label)


def memo(num, violation, categories, classes, note):
    def deco(fn):
        spec = fn()
        spec["output"] = "%s_%03d.docx" % (BATCH, num)
        MEMOS.append((num, spec, {"violation": violation, "categories": categories,
                                  "classes": classes, "note": note}))
        return fn
    return deco


# ------------------------------------------------------------------ furniture helpers
def kop(placement, lines, logo=None):
    d = {"placement": placement, "lines": lines}
    if logo:
        d["logo"] = logo
    return d


NB_TABS = [[1418, "left"], [1702, "left"]]


def field(label, value, tabs=None, hang=1702):
    return {"p": "%s\t:\t%s" % (label, value), "tabs": tabs or NB_TABS, "hanging": hang,
            "indent": hang, "after": 0, "align": "left"}


def nomor_block(nomor, sifat, lampiran, hal):
    out = [field("Nomor", nomor)]
    if sifat:
        out.append(field("Sifat", sifat))
    out.append(field("Lampiran", lampiran))
    out.append(field("Hal", hal))
    out.append(blank())
    return out


def blank():
    return {"p": "", "after": 0}


def rt(text, indent=5103, **kw):
    d = {"p": text, "indent": indent, "after": 0, "align": "left"}
    d.update(kw)
    return d


def yth(lines, indent=5103):
    out = [rt("Yth.", indent)]
    out += [rt(l, indent) for l in lines]
    out.append(rt("di", indent))
    out.append({"p": "\tTempat", "indent": indent, "tabs": [[indent + 567, "left"]], "after": 240, "align": "left"})
    return out


def P(text, first=709, **kw):
    d = {"p": text, "first": first, "align": "both"}
    d.update(kw)
    return d


def ttd(jabatan, nama, nip=None, tempat_tgl=None, indent=5103, pangkat=None, gap=3):
    out = [blank()]
    if tempat_tgl:
        out.append(rt(tempat_tgl, indent))
    for j in (jabatan if isinstance(jabatan, list) else [jabatan]):
        out.append(rt(j, indent))
    out += [rt("", indent) for _ in range(gap)]
    out.append(rt("**__%s__**" % nama, indent))
    if pangkat:
        out.append(rt(pangkat, indent))
    if nip:
        out.append(rt("NIP. " + nip, indent))
    return out


def tembusan(items, head="Tembusan:"):
    out = [blank(), {"p": head, "after": 0, "size": 20}]
    for i, t in enumerate(items, 1):
        out.append({"p": "%d. %s" % (i, t), "after": 0, "size": 20, "indent": 284})
    return out


def meta(title, author, created, company="", modified=None, revision=None):
    m = {"title": title, "author": author, "created": created, "company": company}
    if modified:
        m["modified"] = modified
    if revision:
        m["revision"] = revision
    return m


# ================================================================== MEMOS 001-010

@memo(1, True, ["endorsement", "campaign-activity", "state-facility", "letterhead-misuse"], [1, 3, 6, 7],
      "Camat mengundang kades menghadirkan warga ke temu kangen Bupati petahana di masa kampanye, "
      "warna 'sesuai warna beliau', harapan 'amanah untuk periode berikutnya', kendaraan dinas kecamatan")
def m001():
    return {
        "font": "Bookman Old Style", "size": 23,
        "meta": meta("Undangan Temu Kangen", "Kec. Bluto", "2024-10-10T02:15:00Z", "Kecamatan Bluto"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN SUMENEP", "KECAMATAN BLUTO",
                              "Jalan Raya Bluto No. 17 Telp. (0328) 671204 Bluto 69466"]),
        "body": [
            {"p": "\t\tBluto, 10 Oktober 2024", "tabs": [[1418, "left"], [5103, "left"]], "after": 120},
            *nomor_block("005/412/435.309.2/2024", "Penting", "-",
                         "Undangan Temu Kangen Bersama Bapak H. Moh. Rasyid Hamzah"),
            *yth(["Kepala Desa", "se-Kecamatan Bluto"]),
            P("Dalam rangka mempererat tali silaturahmi antara pemerintah dan masyarakat, bersama ini kami "
              "sampaikan bahwa Bapak H. Moh. Rasyid Hamzah, S.H., M.Si., Bupati Sumenep periode 2021–2024, "
              "berkenan hadir dalam acara Temu Kangen bersama tokoh masyarakat, alim ulama dan perangkat desa "
              "se-Kecamatan Bluto, yang insyaallah akan dilaksanakan pada:"),
            field("Hari/tanggal", "Sabtu, 19 Oktober 2024", tabs=[[3119, "left"], [3402, "left"]], hang=3402),
            field("Pukul", "08.00 WIB s.d. selesai", tabs=[[3119, "left"], [3402, "left"]], hang=3402),
            field("Tempat", "Lapangan Desa Kapedi", tabs=[[3119, "left"], [3402, "left"]], hang=3402),
            blank(),
            P("Sehubungan dengan hal tersebut, kami mohon kepada Saudara untuk:"),
            {"p": "menghadirkan sekurang-kurangnya 75 (tujuh puluh lima) orang warga dari masing-masing desa, "
                  "diutamakan ketua RT/RW, tokoh agama, kader posyandu dan anggota kelompok tani;", "num": 0, "after": 60},
            {"p": "mengoordinasikan keberangkatan peserta dengan kendaraan operasional desa; bagi desa yang "
                  "kekurangan armada dapat menghubungi Kasi Trantib untuk penggunaan dua unit kendaraan dinas "
                  "kecamatan (M 8017 WP dan M 8102 WP);", "num": 0, "after": 60},
            {"p": "peserta mengenakan baju putih dan kopiah/kerudung hijau sesuai warna beliau;", "num": 0, "after": 60},
            {"p": "menyampaikan daftar nama peserta paling lambat hari Kamis, 17 Oktober 2024 kepada Kasi "
                  "Pemerintahan Kecamatan Bluto.", "num": 0, "after": 120},
            P("Pada kesempatan tersebut Bapak Rasyid akan memaparkan capaian pembangunan lima tahun terakhir "
              "sekaligus menyampaikan harapan beliau agar masyarakat Bluto kembali memberikan amanah untuk "
              "periode berikutnya. Kami mohon seluruh kepala desa ikut menyukseskan acara ini, mengingat "
              "keberlanjutan program di desa-desa kita sangat bergantung pada kepemimpinan beliau."),
            P("Demikian, atas perhatian dan kerja sama Saudara disampaikan terima kasih."),
            *ttd("CAMAT BLUTO,", "SYAMSUL ARIFIN, S.Sos., M.M.", "19750411 199803 1 006",
                 pangkat="Pembina Tk. I"),
            *tembusan(["Arsip."]),
        ],
    }


@memo(2, False, [], [14],
      "SE Bupati tentang netralitas ASN pada Pilkada yang mengutip UU/PP/SKB dan mendaftar larangan "
      "(like/share, twibbon, deklarasi, fasilitas negara); tidak memihak")
def m002():
    return {
        "font": "Times New Roman", "size": 24,
        "meta": meta("SE Netralitas ASN Pilkada 2024", "Bag. Hukum Setda", "2024-09-23T01:30:00Z",
                     "Pemerintah Kabupaten Kebumen", revision=6),
        "kop": kop("header", ["PEMERINTAH KABUPATEN KEBUMEN", "SEKRETARIAT DAERAH",
                              "Jalan Veteran No. 2 Kebumen 54311, Telepon (0287) 381088"]),
        "body": [
            {"p": "SURAT EDARAN BUPATI KEBUMEN", "align": "center", "bold": True, "after": 0},
            {"p": "NOMOR 000.8.3.3/1209/2024", "align": "center", "after": 240},
            {"p": "TENTANG", "align": "center", "bold": True, "after": 0},
            {"p": "NETRALITAS APARATUR SIPIL NEGARA DALAM PENYELENGGARAAN PEMILIHAN GUBERNUR DAN WAKIL "
                  "GUBERNUR JAWA TENGAH SERTA BUPATI DAN WAKIL BUPATI KEBUMEN TAHUN 2024",
             "align": "center", "bold": True, "after": 240},
            {"p": "Yth. 1. Kepala Perangkat Daerah;\n2. Direktur RSUD dr. Soedirman;\n3. Camat dan Lurah;\n"
                  "4. Kepala Satuan Pendidikan Negeri;\nse-Kabupaten Kebumen", "indent": 567, "after": 240},
            {"p": "**A. Latar Belakang**", "after": 60},
            P("Pemungutan suara serentak Pemilihan Gubernur dan Bupati akan dilaksanakan pada tanggal 27 November "
              "2024. Sesuai asas netralitas sebagaimana diatur dalam Undang-Undang Nomor 20 Tahun 2023 tentang "
              "Aparatur Sipil Negara{fn:1}, setiap pegawai ASN tidak berpihak dari segala bentuk pengaruh "
              "manapun dan tidak memihak kepada kepentingan siapapun."),
            {"p": "**B. Dasar**", "after": 60},
            {"p": "Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati, dan Wali Kota, "
                  "khususnya Pasal 70 dan Pasal 71;", "num": 0, "after": 0},
            {"p": "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil{fn:2};", "num": 0, "after": 0},
            {"p": "Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, Ketua KASN dan Ketua "
                  "Bawaslu Nomor 2 Tahun 2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai "
                  "ASN dalam Penyelenggaraan Pemilihan Umum dan Pemilihan.", "num": 0, "after": 120},
            {"p": "**C. Isi Edaran**", "after": 60},
            P("Sehubungan dengan hal tersebut, seluruh pegawai ASN, termasuk PPPK, di lingkungan Pemerintah "
              "Kabupaten Kebumen **dilarang**:"),
            {"p": "memasang spanduk, baliho, stiker atau alat peraga lainnya terkait bakal pasangan calon "
                  "maupun pasangan calon;", "num": 1, "after": 0},
            {"p": "melakukan sosialisasi atau kampanye melalui media sosial, termasuk membuat unggahan, "
                  "memberikan komentar, membagikan ulang (share), menyukai (like), serta bergabung atau "
                  "mengikuti (follow) grup dan akun pemenangan pasangan calon;", "num": 1, "after": 0},
            {"p": "menggunakan foto profil atau bingkai twibbon yang memuat gambar, nomor urut atau jargon "
                  "pasangan calon;", "num": 1, "after": 0},
            {"p": "menghadiri deklarasi, kampanye, konsolidasi relawan atau pertemuan yang bertujuan "
                  "mendukung pasangan calon, baik di dalam maupun di luar jam kerja;", "num": 1, "after": 0},
            {"p": "berfoto bersama pasangan calon dengan mengikuti simbol gerakan tangan atau gerakan yang "
                  "menunjukkan keberpihakan;", "num": 1, "after": 0},
            {"p": "menggunakan kendaraan dinas, gedung kantor, anggaran atau fasilitas negara lainnya untuk "
                  "kegiatan pasangan calon;", "num": 1, "after": 0},
            {"p": "membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon, "
                  "termasuk menyalurkan bantuan pada waktu dan tempat yang diatur untuk kepentingan pemenangan;",
             "num": 1, "after": 0},
            {"p": "memberikan atau menjanjikan uang, barang atau fasilitas, serta mengumpulkan fotokopi KTP "
                  "atau surat dukungan bagi pasangan calon; dan", "num": 1, "after": 0},
            {"p": "menjadi anggota atau pengurus tim kampanye, tim pemenangan maupun kelompok relawan.", "num": 1, "after": 120},
            P("Kepala Perangkat Daerah wajib melakukan pembinaan dan pengawasan kepada pegawai di unit kerja "
              "masing-masing. Dugaan pelanggaran dilaporkan kepada BKPSDM dan Bawaslu Kabupaten Kebumen untuk "
              "ditindaklanjuti sesuai ketentuan. Pegawai ASN tetap menggunakan hak pilihnya di TPS sesuai domisili."),
            P("Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab."),
            *ttd(["Ditetapkan di Kebumen", "pada tanggal 23 September 2024", "BUPATI KEBUMEN,"],
                 "ARIF BUDIYANTO", None),
            *tembusan(["Menteri Dalam Negeri di Jakarta;", "Kepala Badan Kepegawaian Negara di Jakarta;",
                       "Gubernur Jawa Tengah di Semarang;", "Ketua Bawaslu Kabupaten Kebumen."]),
        ],
        "footnotes": {
            "1": "Pasal 24 ayat (1) huruf e dan Pasal 9 ayat (2) UU Nomor 5 Tahun 2014 yang substansinya dipertahankan.",
            "2": "Pasal 5 huruf n PP 94/2021: PNS dilarang memberikan dukungan kepada calon Presiden/Wakil Presiden, "
                 "kepala daerah/wakil kepala daerah, anggota DPR, DPD atau DPRD.",
        },
    }


@memo(3, True, ["social-media", "endorsement", "letterhead-misuse"], [1, 5, 7, 11],
      "Nota dinas Sekdis Pariwisata meneruskan WA Kadis: semua pegawai ganti foto profil dengan twibbon, "
      "follow/like/share akun Mang Dewa, tagar #GianyarLanjutDuaPeriode, setor tangkapan layar")
def m003():
    wa = ("[02/10/24 19.42] Kadis Dispar: Om Swastyastu bpk/ibu semeton Dispar 🙏🙏\n"
          "Sesuai arahan, mulai bsk pagi semua pegawai termasuk yg non ASN mohon ganti foto profil WA & FB "
          "pakai twibbon yg sdh sy share di bawah ini ya 👇\n"
          "twibbonize.com/gianyar-lanjut-mangdewa\n"
          "Jgn lupa follow IG @mangdewa.gianyar & like + share tiap postingan beliau, minimal 1x sehari. "
          "Caption bebas tp wajib pakai tagar #GianyarLanjutDuaPeriode #MangDewaLagi 💪🔥\n"
          "Nanti tiap bidang sy cek ya, ss bukti kirim ke Bu Sekdis paling lambat Jumat. "
          "Yg blm punya IG tolong dibantu buatkan sm anak2 muda di kantor. Suksma 🙏")
    return {
        "font": "Arial", "size": 22,
        "meta": meta("Nota Dinas tindak lanjut arahan", "Sekretariat Dispar", "2024-10-03T00:40:00Z",
                     "Dinas Pariwisata Kab. Gianyar"),
        "kop": kop("body", ["PEMERINTAH KABUPATEN GIANYAR", "DINAS PARIWISATA",
                            "Jalan Ngurah Rai No. 21 Gianyar, Bali 80511 · Telp. (0361) 943401"]),
        "body": [
            {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 120, "size": 26},
            field("Kepada", "Yth. Para Kepala Bidang dan Kepala UPTD Daya Tarik Wisata"),
            field("Dari", "Sekretaris Dinas Pariwisata"),
            field("Tanggal", "3 Oktober 2024"),
            field("Nomor", "800/1377/Dispar"),
            field("Hal", "Tindak Lanjut Arahan Pimpinan"),
            {"p": "", "border_bottom": True, "after": 120},
            P("Bersama ini kami teruskan arahan Bapak Kepala Dinas yang disampaikan melalui grup WhatsApp "
              "“KELUARGA BESAR DISPAR GIANYAR” terkait dukungan kepada Bapak I Dewa Made Sutawan (Mang Dewa), "
              "Bupati Gianyar yang kembali maju pada Pilkada 27 November 2024. Arahan dimaksud kami kutip "
              "sebagaimana aslinya:"),
            {"p": wa, "italic": True, "indent": 709, "after": 160, "size": 20},
            P("Untuk itu kami mohon Saudara:"),
            {"p": "memastikan seluruh staf di bidang/UPTD masing-masing, termasuk tenaga kontrak dan petugas "
                  "loket DTW, telah memasang twibbon dimaksud paling lambat Sabtu, 5 Oktober 2024;", "num": 0, "after": 0},
            {"p": "menghimpun tangkapan layar (foto profil, follow dan share) dalam satu file per bidang;", "num": 0, "after": 0},
            {"p": "mengirimkan rekap kepada kami melalui Subbag Umum dan Kepegawaian.", "num": 0, "after": 120},
            P("Atas perhatian dan kerja samanya kami ucapkan terima kasih. Suksma."),
            *ttd("Sekretaris,", "Ni Luh Putu Ariyani, S.E., M.Si.", "19800722 200604 2 011", gap=2),
        ],
    }


@memo(4, False, [], [14],
      "Surat perintah Satpol PP menurunkan baliho petahana (slogan dikutip) di pagar kantor dan melepas "
      "stiker dari mobil dinas, atas rekomendasi Bawaslu; penegakan netralitas")
def m004():
    return {
        "font": "Arial", "size": 22,
        "meta": meta("SPT penertiban APK", "Satpol PP Sikka", "2024-10-07T06:00:00Z", "Satpol PP Kab. Sikka"),
        "kop": kop("table", ["PEMERINTAH KABUPATEN SIKKA", "SATUAN POLISI PAMONG PRAJA",
                             "Jl. El Tari No. 5 Maumere – Flores, NTT 86111"], logo="[LAMBANG KABUPATEN SIKKA]"),
        "body": [
            {"p": "__SURAT PERINTAH TUGAS__", "align": "center", "bold": True, "after": 0},
            {"p": "Nomor: 300.1/287/SATPOL-PP/X/2024", "align": "center", "after": 200},
            {"table": [
                ["Dasar", ":", [
                    {"p": "1. Undang-Undang Nomor 10 Tahun 2016, Pasal 69 dan Pasal 71;"},
                    {"p": "2. Peraturan KPU Nomor 13 Tahun 2024 tentang Kampanye Pemilihan, yang melarang alat "
                          "peraga kampanye dipasang pada gedung dan fasilitas milik pemerintah;"},
                    {"p": "3. Surat Bawaslu Kabupaten Sikka Nomor 112/PP.01.02/K.NT-09/10/2024 perihal "
                          "Rekomendasi Penertiban Alat Peraga Kampanye;"},
                    {"p": "4. Hasil rapat koordinasi penertiban APK tanggal 5 Oktober 2024."}]],
            ], "widths": [1300, 300, 7470], "borders": False},
            blank(),
            {"p": "MEMERINTAHKAN", "align": "center", "bold": True, "after": 120},
            {"table": [
                ["Kepada", ":", "Regu Penertiban I dan II Bidang Trantibum (daftar nama terlampir)"],
                ["Untuk", ":", [
                    {"p": "1. Menurunkan baliho bergambar Bupati Sikka bertuliskan “LANJUTKAN! SIKKA BERSINAR "
                          "DUA PERIODE – Paket ROSA Nomor 1” yang terpasang di pagar Kantor Dinas Pertanian dan di "
                          "depan Kantor Camat Alok;"},
                    {"p": "2. Melepas stiker bergambar pasangan calon dari kendaraan dinas yang tercantum dalam "
                          "tabel di bawah, disaksikan pengguna kendaraan dan Panwaslu Kecamatan;"},
                    {"p": "3. Mengamankan APK yang diturunkan di gudang Satpol PP dan membuat berita acara untuk "
                          "diserahkan kepada Bawaslu Kabupaten Sikka;"},
                    {"p": "4. Melaksanakan tugas dengan humanis dan tanpa membeda-bedakan pasangan calon manapun."}]],
            ], "widths": [1300, 300, 7470], "borders": False},
            blank(),
            {"table": [
                ["No", "Lokasi / Kendaraan", "Jenis APK", "Keterangan"],
                ["1", "Pagar Kantor Dinas Pertanian, Jl. Ahmad Yani", "Baliho 3 x 4 m", "Slogan “Lanjutkan! Sikka Bersinar”"],
                ["2", "Halaman Kantor Camat Alok", "Baliho 2 x 3 m", "idem"],
                ["3", "Mobil dinas EB 1043 H (Dinas PUPR)", "Stiker kaca belakang", "Stiker paslon nomor 1"],
                ["4", "Mobil dinas EB 1177 H (Bapperida)", "Stiker pintu", "Stiker paslon nomor 3"],
            ], "widths": [600, 3600, 2200, 2670], "header_row": True},
            blank(),
            P("Setelah melaksanakan tugas agar melaporkan hasilnya secara tertulis kepada Kepala Satuan Polisi "
              "Pamong Praja."),
            *ttd(["Dikeluarkan di Maumere", "pada tanggal 7 Oktober 2024", "KEPALA SATUAN POLISI PAMONG PRAJA",
                  "KABUPATEN SIKKA,"], "YOSEPH DA CUNHA, S.H.", "19730305 199903 1 004", pangkat="Pembina Tk. I"),
            *tembusan(["Pjs. Bupati Sikka (sebagai laporan);", "Ketua Bawaslu Kabupaten Sikka;",
                       "Ketua KPU Kabupaten Sikka."]),
        ],
    }


@memo(5, True, ["inducement", "state-facility", "endorsement", "letterhead-misuse"], [7, 8, 10, 13],
      "Dinsos: sembako APBD diserahkan bersama tim Bupati yang maju kembali, diprioritaskan untuk "
      "pendukung, KPM pendukung lain ditunda, kumpulkan fotokopi KTP; bagian Pelaporan")
def m005():
    return {
        "font": "Arial", "size": 22,
        "meta": meta("Penyaluran sembako tahap III", "Dinsos Loteng", "2024-10-14T03:00:00Z",
                     "Dinas Sosial Kabupaten Lombok Tengah"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN LOMBOK TENGAH", "DINAS SOSIAL",
                              "Jalan Gajah Mada No. 48 Praya, Lombok Tengah 83511"]),
        "body": [
            {"p": "\t\tPraya, 14 Oktober 2024", "tabs": [[1418, "left"], [5103, "left"]], "after": 120},
            *nomor_block("400.9/1822/Dinsos/2024", "Segera", "1 (satu) berkas",
                         "Penyaluran Bantuan Sembako Daerah Tahap III"),
            *yth(["Koordinator TKSK dan", "Pendamping Sosial Kecamatan", "se-Kabupaten Lombok Tengah"]),
            P("Menindaklanjuti hasil rapat koordinasi tanggal 11 Oktober 2024 di ruang rapat Dinas Sosial, "
              "dengan ini kami sampaikan petunjuk penyaluran bantuan sembako daerah tahap III yang bersumber "
              "dari APBD Tahun Anggaran 2024, sebagai berikut:"),
            {"p": "Penyerahan paket dilaksanakan tanggal 21 s.d. 26 Oktober 2024 bersama Tim Keluarga Besar "
                  "Bapak H. Lalu Muhammad Sapoan, S.Sos., Bupati Lombok Tengah yang bersama Ibu Hj. Baiq "
                  "Nurhayati kembali maju pada Pilkada 2024. Jadwal penyerahan di tiap desa menyesuaikan "
                  "agenda kunjungan pasangan tersebut.", "num": 0, "after": 60},
            {"p": "Paket dikemas dalam tas berwarna kuning yang telah disiapkan tim beliau. Stiker Dinas "
                  "Sosial tidak perlu ditempel.", "num": 0, "after": 60},
            {"p": "Penerima diprioritaskan KPM yang sudah menyatakan dukungan kepada pasangan tersebut. KPM "
                  "yang diketahui mendukung pasangan lain agar ditunda penyalurannya ke tahap berikutnya.",
             "num": 0, "after": 60},
            {"p": "Setiap penerima wajib menyerahkan fotokopi KTP dan KK kepada pendamping pada saat "
                  "pengambilan paket.", "num": 0, "after": 120},
            {"p": "**Alokasi per kecamatan**", "after": 60},
            {"table": [
                ["No", "Kecamatan", "Kuota Paket", "Koordinator"],
                ["1", "Praya", "850", "Lalu Sukardi"],
                ["2", "Praya Barat", "620", "Baiq Sri Wahyuni"],
                ["3", "Pujut", "1.100", "Muhammad Ikhsan"],
                ["4", "Jonggat", "740", "Lalu Hamdani"],
                ["5", "Batukliang Utara", "510", "Nurul Aini"],
                [{"p": "Jumlah", "span": 2}, "3.820", ""],
            ], "widths": [600, 3400, 2000, 3070], "header_row": True},
            blank(),
            {"p": "**Pelaporan**", "after": 60},
            P("Koordinator TKSK melaporkan jumlah paket tersalur beserta jumlah fotokopi KTP yang terkumpul per "
              "desa setiap hari Sabtu kepada Kepala Bidang Perlindungan dan Jaminan Sosial. Rekap KTP akan kami "
              "teruskan kepada tim pemenangan kabupaten."),
            P("Demikian untuk dilaksanakan dengan penuh tanggung jawab."),
            *ttd("Kepala Dinas Sosial,", "H. LALU MUHAMMAD ZAINUDDIN, S.H.", "19700119 199503 1 003",
                 pangkat="Pembina Utama Muda"),
        ],
    }


@memo(6, False, [], [11, 14],
      "WA Camat diteruskan: 14 Feb libur, izin ASN yang jadi KPPS/PPS, wajib gunakan hak pilih di TPS, "
      "ingat netral, piket kantor; dialek Kupang")
def m006():
    wa = ("Selamat pagi bapa mama ASN dan PPPK Kecamatan Kota Soe 🙏\n"
          "Info penting e:\n"
          "1⃣ Tgl 14 Feb hari libur nasional (Keppres 10/2024) jadi kantor tutup, kecuali yg piket.\n"
          "2⃣ Yg su jadi KPPS/PPS/Pantarlih tlg lapor ke Kasubag Umum, bawa SK dari PPK, nanti katong buat "
          "surat izin. Tgl 13 & 15 yg tugas KPPS boleh dispensasi.\n"
          "3⃣ Yg lain WAJIB datang ke TPS masing2 gunakan hak pilih. Jang golput 😁\n"
          "4⃣ Ingat netral e bapa mama, sonde boleh pake baju partai, sonde foto deng jari angka, sonde "
          "share2 kampanye di grup kantor. Su ada SE dari Pak Sekda.\n"
          "5⃣ Piket tgl 14: Bpk Yeremias & Ibu Ance (jaga kantor + laporan situasi ke Kesbangpol).\n"
          "Tgl 15 masuk biasa jam 07.30 ya. Terima kasih, Tuhan berkati 🙏")
    return {
        "font": "Calibri", "size": 22,
        "meta": meta("Pengumuman libur pemilu", "Kasubag Umum", "2024-02-08T23:10:00Z", "Kecamatan Kota Soe"),
        "body": [
            {"p": "**PENGUMUMAN INTERNAL**", "align": "center", "after": 0},
            {"p": "Kantor Camat Kota Soe – Kabupaten Timor Tengah Selatan", "align": "center", "after": 200, "size": 20},
            P("Meneruskan pesan Bapak Camat di grup WhatsApp “ASN Kec. Kota Soe” tanggal 9 Februari 2024, "
              "berikut kami salin untuk ditempel di papan pengumuman kantor:", first=0),
            {"textbox": [{"p": wa, "size": 20}], "width_cm": 15.5, "height_cm": 9.5},
            P("Bagi pegawai yang belum menerima undangan memilih (formulir C Pemberitahuan), silakan cek "
              "DPT secara daring melalui {link:https://cekdptonline.kpu.go.id|cekdptonline.kpu.go.id} atau "
              "menghubungi PPS di kelurahan masing-masing.", first=0),
            {"p": "Soe, 9 Februari 2024", "indent": 5103, "after": 0, "before": 200},
            rt("Kasubag Umum dan Kepegawaian,"),
            rt(""), rt(""),
            rt("**Maria Goreti Nenabu**"),
        ],
    }


@memo(7, True, ["endorsement", "campaign-activity", "letterhead-misuse"], [2, 4, 9, 7],
      "Notulen rapat internal DKP: disepakati seluruh pegawai mendukung pasangan Wailissa–Sapulete, "
      "target suara 65% per desa binaan, penyuluh jadi koordinator relawan, hadir konsolidasi relawan")
def m007():
    return {
        "font": "Tahoma", "size": 21,
        "meta": meta("Notulen rapat internal 4 Okt", "Subbag Program DKP", "2024-10-04T09:20:00Z",
                     "DKP Kab. Maluku Tengah"),
        "kop": kop("table", ["PEMERINTAH KABUPATEN MALUKU TENGAH", "DINAS KELAUTAN DAN PERIKANAN",
                             "Jl. Abdullah Soulissa, Masohi 97511"], logo="LOGO"),
        "body": [
            {"p": "NOTULEN RAPAT", "align": "center", "bold": True, "after": 160, "size": 26},
            {"table": [
                ["Hari / Tanggal", ": Jumat, 4 Oktober 2024"],
                ["Waktu", ": 14.00 – 16.30 WIT"],
                ["Tempat", ": Ruang Rapat Kepala Dinas"],
                ["Pimpinan Rapat", ": Kepala Dinas Kelautan dan Perikanan"],
                ["Peserta", ": Sekretaris, para Kepala Bidang, Kepala UPTD PPI Tulehu dan Amahai, Koordinator Penyuluh"],
                ["Acara", ": Rapat Internal – Konsolidasi Menjelang 27 November"],
            ], "widths": [2300, 6770], "borders": False},
            blank(),
            {"p": "**I. Pembukaan**", "after": 60},
            P("Kepala Dinas membuka rapat dan menyampaikan bahwa rapat ini bersifat internal, tidak perlu "
              "dibagikan keluar. Beliau menyampaikan bahwa pasangan Drs. Rizal Wailissa – Yohanis Sapulete, S.T. "
              "(nomor urut 2) selama ini banyak membantu sektor perikanan dan sudah meminta dukungan dari "
              "keluarga besar DKP."),
            {"p": "**II. Pembahasan**", "after": 60},
            {"p": "Sekretaris melaporkan jumlah kelompok nelayan binaan 214 kelompok di 38 negeri pesisir.", "num": 0, "after": 0},
            {"p": "Kabid Perikanan Tangkap mengusulkan agar penyuluh yang paling dekat dengan nelayan diberi "
                  "tanggung jawab per negeri.", "num": 0, "after": 0},
            {"p": "Kepala UPTD PPI Tulehu menyampaikan posko relawan di Tulehu sudah terbentuk, tinggal menunggu "
                  "nama-nama koordinator.", "num": 0, "after": 120},
            {"p": "**III. Keputusan / Kesepakatan**", "after": 60},
            {"table": [
                ["No", "Uraian", "Penanggung Jawab"],
                ["1", "Disepakati seluruh pegawai DKP, termasuk tenaga kontrak dan penyuluh, mendukung dan "
                      "memenangkan pasangan Rizal–Yohanis.", "Seluruh pejabat"],
                ["2", "Target suara pasangan nomor 2 di negeri pesisir binaan minimal 65%; capaian dipantau per UPTD.",
                 "Kepala UPTD"],
                ["3", "Setiap penyuluh ditetapkan sebagai koordinator relawan di negeri binaannya dan mendaftar "
                      "pada posko relawan “Rizal-Yohanis Bersaudara”.", "Koord. Penyuluh"],
                ["4", "Pejabat struktural wajib hadir pada Konsolidasi Relawan Kabupaten, Sabtu 12 Oktober 2024 "
                      "di Baileo Masohi, berpakaian bebas rapi (jangan seragam).", "Sekretaris"],
                ["5", "Data anggota kelompok nelayan (nama, negeri, no. HP) diserahkan ke posko paling lambat "
                      "10 Oktober 2024.", "Kabid Tangkap"],
            ], "widths": [600, 6100, 2370], "header_row": True},
            blank(),
            P("Rapat ditutup pukul 16.30 WIT dengan doa."),
            {"table": [
                [["Mengetahui,", "Kepala Dinas,", "", "", "**Ir. Ahmad Rumalutur, M.Si.**"],
                 ["Notulis,", "", "", "", "**Sitti Nur Tuanaya, S.Pi.**"]],
            ], "widths": [4535, 4535], "borders": False},
        ],
    }


@memo(8, False, [], [14],
      "Notulen rakor Kesbangpol persiapan deklarasi kampanye damai: KPU, Bawaslu, aparat dan LO ketiga paslon, "
      "pembagian tempat setara lewat undian, ASN dilarang hadir beratribut; 'disepakati' tanpa keberpihakan")
def m008():
    return {
        "font": "Arial", "size": 22,
        "meta": meta("Notulen rakor deklarasi damai", "Kesbangpol", "2024-09-20T07:45:00Z",
                     "Badan Kesbangpol Kab. Jayapura"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN JAYAPURA", "BADAN KESATUAN BANGSA DAN POLITIK",
                              "Jl. Raya Sentani – Kemiri, Gunung Merah, Sentani 99352"]),
        "footer": [{"p": "Notulen Rakor Deklarasi Kampanye Damai – hal. 1", "align": "right", "size": 16}],
        "body": [
            {"p": "NOTULEN RAPAT KOORDINASI", "align": "center", "bold": True, "after": 0},
            {"p": "PERSIAPAN DEKLARASI KAMPANYE DAMAI PEMILIHAN BUPATI DAN WAKIL BUPATI JAYAPURA 2024",
             "align": "center", "bold": True, "after": 200},
            field("Hari/Tanggal", "Jumat, 20 September 2024", tabs=[[2268, "left"], [2552, "left"]], hang=2552),
            field("Tempat", "Aula Kesbangpol, Gunung Merah Sentani", tabs=[[2268, "left"], [2552, "left"]], hang=2552),
            field("Pimpinan", "Kepala Badan Kesbangpol", tabs=[[2268, "left"], [2552, "left"]], hang=2552),
            field("Hadir", "KPU Kab. Jayapura, Bawaslu Kab. Jayapura, Polres Jayapura, Kodim 1701/Jayapura, "
                  "Satpol PP, Dinas Perhubungan, LO Pasangan Calon Nomor Urut 1, 2 dan 3",
                  tabs=[[2268, "left"], [2552, "left"]], hang=2552),
            blank(),
            {"p": "**Pokok Bahasan**", "after": 60},
            P("KPU menyampaikan bahwa deklarasi kampanye damai merupakan agenda KPU dan dibiayai dari dana hibah "
              "pemilihan. Pemerintah daerah hanya memfasilitasi pengamanan, kebersihan dan pengaturan lalu lintas. "
              "Bawaslu mengingatkan agar pejabat dan ASN yang hadir sebagai undangan resmi tidak menunjukkan "
              "simbol dukungan kepada pasangan manapun."),
            {"p": "**Kesepakatan**", "after": 60},
            {"p": "Deklarasi dilaksanakan Selasa, 24 September 2024 pukul 09.00 WIT di Stadion Barnabas Youwe, "
                  "Sentani.", "num": 0, "after": 0},
            {"p": "Setiap pasangan calon membawa paling banyak 150 orang pendukung; posisi tribun ditentukan "
                  "melalui undian yang disaksikan ketiga LO.", "num": 0, "after": 0},
            {"p": "Ketiga pasangan calon mendapat kesempatan yang sama, yaitu pembacaan dan penandatanganan "
                  "naskah deklarasi secara bersama-sama; tidak ada orasi perorangan.", "num": 0, "after": 0},
            {"p": "ASN yang bertugas (Satpol PP, Dishub, Dinkes) mengenakan seragam dinas tanpa atribut "
                  "pasangan calon dan tidak ikut berfoto dengan simbol jari.", "num": 0, "after": 0},
            {"p": "Dinas Perhubungan mengatur rekayasa lalu lintas Jl. Raya Sentani pukul 07.00–12.00 WIT.", "num": 0, "after": 120},
            {"table": [
                ["Nomor Urut", "Nama LO", "Paraf"],
                ["1", "Yulius Wally", ""],
                ["2", "Sarah Ohee", ""],
                ["3", "Markus Yoku", ""],
            ], "widths": [2000, 4535, 2535], "header_row": True},
            blank(),
            P("Rapat berjalan tertib dan ditutup pukul 12.10 WIT."),
            *ttd(["Sentani, 20 September 2024", "Notulis,"], "Elsina Deda, S.IP.", "19880412 201101 2 007", gap=2),
        ],
    }


@memo(9, True, ["state-facility", "campaign-activity", "letterhead-misuse"], [2, 6, 10],
      "Nota dinas Dishub: hal 'Dukungan armada kampanye akbar penutupan'; selebihnya logistik bus dinas, "
      "sopir jam dinas, BBM operasional; paslon tidak disebut namanya")
def m009():
    return {
        "font": "Cambria", "size": 23,
        "meta": meta("ND armada 23 Nov", "Bidang Angkutan", "2024-11-18T02:30:00Z", "Dishub Kota Jayapura"),
        "kop": kop("header", ["PEMERINTAH KOTA JAYAPURA", "DINAS PERHUBUNGAN",
                              "Jl. Balai Kota No. 1 Entrop, Jayapura 99224"]),
        "body": [
            {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
            {"p": "Nomor: 550/941/Dishub", "align": "center", "after": 200},
            field("Kepada", "Kepala Bidang Angkutan; Kepala UPTD Terminal Entrop"),
            field("Dari", "Kepala Dinas Perhubungan"),
            field("Tanggal", "18 November 2024"),
            field("Hal", "Dukungan Armada pada Kampanye Akbar Penutupan, Sabtu 23 November 2024"),
            {"p": "", "border_bottom": True, "after": 160},
            P("Menindaklanjuti hasil pertemuan dengan pimpinan pada tanggal 16 November 2024, Dinas Perhubungan "
              "diminta mendukung angkutan massa untuk kampanye akbar penutupan yang dipusatkan di Stadion Mandala, "
              "Sabtu, 23 November 2024. Sehubungan dengan itu, mohon disiapkan:"),
            {"table": [
                ["No", "Armada", "No. Polisi", "Pengemudi", "Titik Jemput"],
                ["1", "Bus Sekolah Dishub", "DS 7045 A", "Yakob Itaar", "Koya Barat"],
                ["2", "Bus Sekolah Dishub", "DS 7046 A", "Frans Merauje", "Abepura – Kotaraja"],
                ["3", "Bus Pegawai", "DS 7101 A", "Hendrik Sawen", "Waena – Perumnas III"],
                ["4", "Elf Operasional", "DS 7188 A", "Arnold Kaisiepo", "Hamadi"],
                ["5", "Mobil Derek/Patroli", "DS 7020 A", "Regu Patroli II", "Siaga di Stadion"],
            ], "widths": [600, 2400, 1600, 2200, 2270], "header_row": True},
            blank(),
            {"p": "Pengemudi dan petugas patroli dilaksanakan dengan surat tugas biasa (hari kerja diganti), "
                  "absensi tetap diisi sebagaimana hari dinas;", "num": 0, "after": 0},
            {"p": "BBM dibebankan pada kupon BBM operasional bulan November;", "num": 0, "after": 0},
            {"p": "Armada berkumpul di Terminal Entrop pukul 06.30 WIT; pengemudi memakai baju bebas, "
                  "logo Dishub pada pintu bus ditutup dengan stiker yang akan dibagikan di lokasi;", "num": 0, "after": 0},
            {"p": "Kepala UPTD Terminal melaporkan kesiapan armada paling lambat Jumat, 22 November 2024 pukul 15.00 WIT.", "num": 0, "after": 160},
            P("Hal ini agar dilaksanakan dengan baik dan tidak perlu disebarluaskan."),
            *ttd("Kepala Dinas Perhubungan,", "Drs. ALBERTH YOKU, M.Si.", "19690817 199403 1 009", gap=2),
        ],
    }


@memo(10, False, [], [14],
      "Pengumuman BKPSDM: jadwal SKD CPNS, 'calon peserta', 'pilih salah satu sesi', bawa KTP asli, "
      "dukungan panitia; tidak terkait pemilihan")
def m010():
    return {
        "font": "Arial", "size": 22,
        "meta": meta("Pengumuman SKD CPNS 2024", "Bidang Pengadaan", "2024-10-16T04:00:00Z",
                     "BKPSDM Kota Semarang"),
        "kop": kop("header", ["PEMERINTAH KOTA SEMARANG", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                              "Jl. Pemuda No. 148 Semarang 50132"]),
        "body": [
            {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0},
            {"p": "Nomor: 800.1.2.2/4471/2024", "align": "center", "after": 0},
            {"p": "TENTANG", "align": "center", "after": 0},
            {"p": "JADWAL DAN LOKASI SELEKSI KOMPETENSI DASAR (SKD) CALON PEGAWAI NEGERI SIPIL "
                  "PEMERINTAH KOTA SEMARANG TAHUN ANGGARAN 2024", "align": "center", "bold": True, "after": 200},
            P("Berdasarkan hasil seleksi administrasi pengadaan Calon Pegawai Negeri Sipil (CPNS) Tahun Anggaran "
              "2024, dengan ini diumumkan hal-hal sebagai berikut:"),
            {"p": "Calon peserta yang dinyatakan memenuhi syarat wajib mencetak kartu ujian melalui laman "
                  "{link:https://sscasn.bkn.go.id|sscasn.bkn.go.id}.", "num": 0, "after": 0},
            {"p": "SKD dilaksanakan dengan CAT BKN pada 28 Oktober s.d. 8 November 2024 di Kantor Regional I "
                  "BKN Yogyakarta – Titik Lokasi Semarang (Gedung PRPP Jawa Tengah). Peserta dapat memilih "
                  "salah satu sesi yang tersedia pada akun masing-masing sampai dengan 20 Oktober 2024.", "num": 0, "after": 0},
            {"p": "Peserta wajib membawa KTP elektronik asli atau surat keterangan pengganti KTP dari "
                  "Disdukcapil; fotokopi tidak berlaku.", "num": 0, "after": 0},
            {"p": "Peserta hadir 90 menit sebelum sesi dimulai dan berpakaian kemeja putih, bawahan hitam.", "num": 0, "after": 0},
            {"p": "Seluruh tahapan seleksi **tidak dipungut biaya**. Panitia tidak bertanggung jawab atas "
                  "pihak yang menjanjikan kelulusan.", "num": 0, "after": 120},
            P("Atas dukungan seluruh perangkat daerah yang telah menugaskan pegawainya sebagai panitia lokal, "
              "kami sampaikan terima kasih. Informasi lebih lanjut dapat dilihat di "
              "{link:https://bkpsdm.semarangkota.go.id|bkpsdm.semarangkota.go.id} atau melalui layanan "
              "helpdesk (024) 3513366.{fn:1}"),
            *ttd(["Semarang, 16 Oktober 2024", "Kepala BKPSDM Kota Semarang,"],
                 "Dra. ENDANG SRI LESTARI, M.M.", "19680522 199303 2 004"),
        ],
        "footnotes": {"1": "Layanan helpdesk pada hari kerja pukul 08.00–15.00 WIB."},
    }


# ================================================================== MEMOS 011-020

@memo(11, True, ["state-facility", "campaign-activity", "letterhead-misuse"], [3, 7, 13],
      "Lembar disposisi Kadisdik: setujui aula, sound system, LCD dinas dan konsumsi dari anggaran rakor "
      "untuk silaturahmi guru bersama anggota DPR RI yang kembali maju (surat dari relawan), guru PPPK dikerahkan")
def m011():
    return {
        "font": "Arial", "size": 21,
        "meta": meta("Disposisi surat masuk 0117", "TU Disdik", "2024-01-09T01:50:00Z",
                     "Dinas Pendidikan Kab. Klaten"),
        "kop": kop("table", ["PEMERINTAH KABUPATEN KLATEN", "DINAS PENDIDIKAN",
                             "Jl. Pemuda Selatan No. 146, Klaten 57424"], logo="[logo]"),
        "body": [
            {"p": "LEMBAR DISPOSISI", "align": "center", "bold": True, "after": 120, "size": 26},
            {"table": [
                ["Surat dari", ": Koordinator Relawan “Sedulur Bu Wahyu” Kab. Klaten", "Diterima tgl", ": 9 Januari 2024"],
                ["No. Surat", ": 07/SBW/I/2024", "No. Agenda", ": 0117"],
                ["Tgl. Surat", ": 8 Januari 2024", "Sifat", ": Segera"],
                [{"blocks": [{"p": "Perihal : Permohonan Tempat dan Fasilitasi Silaturahmi Guru bersama Ibu Dra. "
                                   "Sri Wahyuningsih, M.Pd., Anggota DPR RI Komisi X yang kembali maju dari "
                                   "Dapil Jawa Tengah V"}], "span": 4}],
            ], "widths": [1500, 3300, 1500, 2770]},
            blank(),
            {"table": [
                ["Diteruskan kepada:", "Isi Disposisi:"],
                [["☑ Sekretaris", "☑ Kabid GTK", "☐ Kabid SD", "☐ Kabid SMP", "☑ Kasubag Umum"],
                 [{"p": "Setuju. Fasilitasi penggunaan Aula Disdik lt. 2 hari Sabtu 20/1 jam 09.00, sound system "
                        "+ LCD milik dinas dipakai, operator dari Subbag Umum."},
                  {"p": "Kabid GTK mohon undang guru PPPK angkatan 2023 + kepala SD se-Kec. Klaten Tengah, Wedi, "
                        "Trucuk, min 300 org. Undangan atas nama dinas saja (“pembinaan GTK”)."},
                  {"p": "Konsumsi (snack + makan siang) dibebankan keg. rakor GTK."},
                  {"p": "Beliau byk membantu perjuangan formasi PPPK, mohon disambut dgn baik. Foto2 kegiatan "
                        "kirim ke relawan beliau utk publikasi."}]],
            ], "widths": [2700, 6370], "header_row": True},
            blank(),
            {"table": [
                ["Tgl. penyelesaian: 18/1/2024", [{"p": "Kepala Dinas,", "align": "center"},
                                                  {"p": "ttd", "align": "center", "italic": True},
                                                  {"p": "**Drs. H. Bambang Widagdo, M.M.**", "align": "center"}]],
            ], "widths": [4535, 4535], "borders": False},
        ],
    }


@memo(12, True, ["endorsement", "campaign-activity", "inducement", "letterhead-misuse"], [4, 8, 9, 10],
      "Surat BKPSDM 'menindaklanjuti hasil musyawarah': ASN & keluarga bergabung relawan 'Sahabat Heri-Nardi', "
      "memberikan suara kepada pasangan tersebut, target 80% per OPD, surat pernyataan dukungan dikumpulkan; ada bagian Pelaporan")
def m012():
    return {
        "font": "Bookman Old Style", "size": 22,
        "meta": meta("Soliditas ASN", "Bidang PKA", "2024-10-21T00:30:00Z", "BKPSDM Kab. Manggarai"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN MANGGARAI",
                              "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                              "Jalan Motang Rua No. 1, Ruteng – Flores 86508"]),
        "body": [
            {"p": "\t\tRuteng, 21 Oktober 2024", "tabs": [[1418, "left"], [5103, "left"]], "after": 120},
            *nomor_block("800.1/2034/BKPSDM/X/2024", "Penting", "1 (satu) lembar",
                         "Penguatan Soliditas ASN Menjelang 27 November 2024"),
            *yth(["Kepala Perangkat Daerah", "Camat dan Lurah", "se-Kabupaten Manggarai"]),
            P("Menindaklanjuti hasil musyawarah bersama pimpinan perangkat daerah pada tanggal 18 Oktober 2024 "
              "di Aula Ranaka Kantor Bupati, dan dalam rangka menjaga soliditas keluarga besar ASN Kabupaten "
              "Manggarai, dengan hormat kami sampaikan hal-hal sebagai berikut:"),
            {"p": "Seluruh ASN dan PPPK beserta anggota keluarganya agar bergabung dalam jaringan relawan "
                  "“Sahabat Heri–Nardi” melalui koordinator di masing-masing perangkat daerah.", "num": 0, "after": 60},
            {"p": "Pada hari pemungutan suara, ASN dan keluarga diarahkan memberikan suara kepada pasangan "
                  "Heribertus Jehamat, S.H. – Drs. Leonardus Nggoro, yang merupakan hasil musyawarah dimaksud.",
             "num": 0, "after": 60},
            {"p": "Target capaian per perangkat daerah paling sedikit 80% (delapan puluh persen) dari jumlah "
                  "ASN dan keluarga yang terdaftar dalam DPT.", "num": 0, "after": 60},
            {"p": "Setiap ASN mengisi surat pernyataan dukungan sebagaimana format terlampir, ditandatangani "
                  "bersama pasangan (suami/istri) dan anak yang sudah memiliki hak pilih.", "num": 0, "after": 120},
            {"p": "**Pelaporan**", "after": 60},
            P("Kepala Perangkat Daerah menyampaikan rekapitulasi surat pernyataan beserta daftar anggota "
              "relawan kepada BKPSDM c.q. Bidang Penilaian Kinerja dan Penghargaan paling lambat 4 November 2024. "
              "Perangkat daerah yang capaiannya di bawah target akan menjadi perhatian dalam evaluasi jabatan."),
            P("Demikian disampaikan untuk dilaksanakan. Atas kerja samanya diucapkan terima kasih."),
            *ttd("Kepala Badan,", "FRANSISKUS X. NDAHUR, S.STP., M.Si.", "19781203 199912 1 002",
                 pangkat="Pembina Tk. I (IV/b)"),
            {"pagebreak": True},
            {"p": "Lampiran Surat Kepala BKPSDM Nomor 800.1/2034/BKPSDM/X/2024", "size": 18, "after": 200},
            {"p": "SURAT PERNYATAAN", "align": "center", "bold": True, "after": 200},
            P("Kami yang bertanda tangan di bawah ini, ASN pada ................................. beserta keluarga, "
              "menyatakan bergabung sebagai relawan dan mendukung Heri–Nardi pada Pilkada Manggarai 2024.", first=0),
            {"table": [
                ["No", "Nama", "NIK", "Hubungan", "Tanda Tangan"],
                ["1", "", "", "ASN", ""], ["2", "", "", "Suami/Istri", ""], ["3", "", "", "Anak", ""],
            ], "widths": [600, 2800, 2400, 1500, 1770], "header_row": True},
        ],
    }


@memo(13, False, [], [14],
      "Keputusan hukuman disiplin BKPSDM yang mengutip unggahan FB ASN ('coblos nomor 1', tagar, twibbon) "
      "sebagai pelanggaran; sanksi, bukan ajakan")
def m013():
    return {
        "font": "Bookman Old Style", "size": 22,
        "meta": meta("SK Hukdis a.n. I Gede W", "Bidang PKA", "2024-12-09T02:00:00Z", "BKPSDM Kab. Badung"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN BADUNG", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                              "Pusat Pemerintahan Mangupraja Mandala, Jl. Raya Sempidi, Mangupura 80351"]),
        "body": [
            {"p": "KEPUTUSAN BUPATI BADUNG", "align": "center", "bold": True, "after": 0},
            {"p": "NOMOR 800.1.6.4/1902/BKPSDM", "align": "center", "after": 120},
            {"p": "TENTANG", "align": "center", "bold": True, "after": 0},
            {"p": "PENJATUHAN HUKUMAN DISIPLIN TINGKAT SEDANG", "align": "center", "bold": True, "after": 200},
            {"table": [
                ["Menimbang", ":", [
                    {"p": "a. bahwa berdasarkan Berita Acara Pemeriksaan tanggal 18 November 2024, Sdr. I Gede "
                          "Wirawan, S.Kom., NIP 19890214 201503 1 002, Pranata Komputer Ahli Muda pada Dinas "
                          "Komunikasi dan Informatika, terbukti pada tanggal 2 Oktober 2024 mengunggah di akun "
                          "Facebook pribadinya tulisan “Ayo semeton, coblos nomor 1! Badung makin jaya bersama Gus "
                          "Adi, lanjutkan! #BadungSatuHati” serta mengganti foto profil dengan twibbon pasangan calon "
                          "nomor urut 1;"},
                    {"p": "b. bahwa perbuatan sebagaimana huruf a melanggar kewajiban menjaga netralitas dan "
                          "larangan memberikan dukungan kepada calon kepala daerah;"},
                    {"p": "c. bahwa berdasarkan rekomendasi Badan Kepegawaian Negara Nomor 4412/R-AK.02.03/SD/K/2024, "
                          "perlu menetapkan Keputusan Bupati tentang Penjatuhan Hukuman Disiplin Tingkat Sedang;"}]],
                ["Mengingat", ":", [
                    {"p": "1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;"},
                    {"p": "2. Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, "
                          "Pasal 5 huruf n angka 5 dan Pasal 8 ayat (3);"},
                    {"p": "3. Peraturan BKN Nomor 6 Tahun 2022 tentang Peraturan Pelaksanaan PP 94/2021."}]],
            ], "widths": [1500, 300, 7270], "borders": False},
            blank(),
            {"p": "MEMUTUSKAN:", "align": "center", "bold": True, "after": 120},
            {"table": [
                ["Menetapkan", ":", ""],
                ["KESATU", ":", "Menjatuhkan hukuman disiplin tingkat sedang berupa pemotongan tunjangan kinerja "
                                "sebesar 25% (dua puluh lima persen) selama 9 (sembilan) bulan kepada Sdr. I Gede "
                                "Wirawan, S.Kom., karena melanggar ketentuan sebagaimana dimaksud dalam diktum "
                                "Menimbang huruf a."],
                ["KEDUA", ":", "Apabila yang bersangkutan keberatan, dapat mengajukan upaya administratif "
                               "sesuai ketentuan peraturan perundang-undangan."],
                ["KETIGA", ":", "Keputusan ini mulai berlaku pada tanggal ditetapkan."],
            ], "widths": [1500, 300, 7270], "borders": False},
            *ttd(["Ditetapkan di Mangupura", "pada tanggal 9 Desember 2024", "BUPATI BADUNG,"],
                 "I KETUT SUDIKERTA WIJAYA", None),
            *tembusan(["Kepala Badan Kepegawaian Negara;", "Ketua Bawaslu Kabupaten Badung;",
                       "Inspektur Kabupaten Badung;", "Kepala Dinas Kominfo Kabupaten Badung;", "Yang bersangkutan."]),
        ],
    }


@memo(14, True, ["campaign-activity", "endorsement", "letterhead-misuse"], [2, 4, 6, 11],
      "Undangan hasil scan (OCR rusak) lurah: kaling dan staf hadir pelantikan tim pemenangan paslon nomor urut 2 "
      "dan mengisi formulir keanggotaan tim, demi kemenangan di wilayah kelurahan")
def m014():
    return {
        "font": "Times New Roman", "size": 24, "engine": "libreoffice",
        "meta": meta("scan0043", "Scanner", "2024-10-02T05:11:00Z", "", revision=1),
        "kop": kop("body", ["PEMERINTAH KOTA DENPASAR", "KECAMATAN DENPASAR SELATAN",
                            "KELURAHAN SESETAN", "Jl. Raya Sesetan No. 1O7 Denpasar 8O223"]),
        "body": [
            {"p": "Denpasar, 2 0ktober 2024", "indent": 5103, "after": 120},
            field("Nornor", "400.1O/217/Kel.Sst"),
            field("Lampiran", "1 (satu) lernbar"),
            field("Perihal", "Undangan Pelantlkan"),
            blank(),
            *yth(["Bapak/lbu Kepala Lingkungan", "dan Staf Kelurahan Sesetan"]),
            P("Sehubungan dengan akan dilaksanakannya Pelantlkan Tim Pemenangan Kecamatan Denpasar Selatan "
              "pasangan nornor urut 2 pada Pilkada Kota Denpasar 2024, dengan ini dimohon kehadlran Bapak/lbu "
              "pada :"),
            field("Hari / Tgl", "Sabtu, 5 0ktober 2024", tabs=[[2835, "left"], [3119, "left"]], hang=3119),
            field("Jam", "18.3O Wita", tabs=[[2835, "left"], [3119, "left"]], hang=3119),
            field("Tempat", "Wantilan Banjar Kaja Sesetan", tabs=[[2835, "left"], [3119, "left"]], hang=3119),
            field("Pakaian", "Kemeja putih / udeng putih", tabs=[[2835, "left"], [3119, "left"]], hang=3119),
            blank(),
            P("Mengingat pentlngnya acara dimaksud demi kemenangan pasangan nornor urut 2 di wilayah Kelurahan "
              "Sesetan, dimohon setiap Kepa1a Lingkungan telah rnengisi forrnulir keanggotaan tim (terlampir) "
              "dan mengajak rninimal 10 orang warga lingkungannya untuk ikut dilantik sebagai anggota tim "
              "tingkat lingkungan. Staf kelurahan yang bertugas di loket mohon rnenyesuaikan."),
            P("Dernikian undangan ini kami sampaikan, atas kehadlran Bapak/lbu kami ucapkan terima kasih."),
            *ttd("LURAH SESETAN,", "I MADE ARTHA WlGUNA, S.STP.", "19860611 2OO801 1 OO3", gap=2),
        ],
    }


@memo(15, True, ["inducement", "campaign-activity", "endorsement"], [2, 8, 11],
      "Transkrip voice note Kapus (dialek Kupang): honorer wajib ikut kampanye, pasang stiker nomor 3, "
      "yang tidak datang dicoret dari perpanjangan kontrak dan honor Desember ditahan; tanpa kop")
def m015():
    vn = ("“Selamat sore bapa mama samua, ini beta ulang sekali lai e supaya jelas. Tanggal 16 ini hari Sabtu, "
          "katong samua yang honor deng tenaga kontrak ikut kampanye di Lapangan Oesapa, jam 3 su harus ada di "
          "sana. Pake baju biru. Absen nanti Kak Ina yang pegang. Yang sonde datang, beta sonde mau dengar alasan "
          "apa-apa, nanti beta coret dari daftar perpanjangan kontrak tahun depan, honor Desember juga beta tahan "
          "dolo. Ini bukan beta pung mau sa, ini perintah dari atas. Trus stiker nomor 3 yang beta su bagi tu "
          "pasang di rumah masing-masing, foto, kirim ke grup. Nomor 3 harus menang di Oesapa. Makasih e.”")
    return {
        "font": "Calibri", "size": 22,
        "meta": meta("transkrip vn kapus", "ina.l", "2024-11-12T10:05:00Z", ""),
        "body": [
            {"p": "**CATATAN UNTUK DITINDAKLANJUTI**", "after": 0},
            {"p": "Puskesmas Oesapa – Kota Kupang", "after": 0, "size": 20},
            {"p": "Tanggal: 12 November 2024", "after": 200, "size": 20, "border_bottom": True},
            P("Berikut transkrip pesan suara Ibu Kepala Puskesmas di grup WA “NAKES OESAPA” (12/11, pukul 16.47) "
              "untuk diketahui seluruh tenaga honor, kontrak dan sukarela yang tidak bergabung di grup:", first=0),
            {"p": vn, "italic": True, "indent": 567, "after": 200},
            {"p": "Yang perlu disiapkan:", "after": 60, "bold": True},
            {"p": "Daftar hadir tenaga honor/kontrak (Kak Ina – ruang TU)", "num": 0, "after": 0},
            {"p": "Baju biru masing-masing", "num": 0, "after": 0},
            {"p": "Foto stiker di rumah dikirim ke grup paling lambat Jumat 15/11", "num": 0, "after": 0},
            {"p": "Pelayanan poli umum Sabtu sore ditutup jam 14.00", "num": 0, "after": 200},
            {"p": "TU Puskesmas", "after": 0},
        ],
    }


@memo(16, False, [], [14],
      "LHP Inspektorat tentang lurah yang menghadiri deklarasi dukungan dan berpidato 'mari kita menangkan'; "
      "mengutip pelanggaran, merekomendasikan sanksi")
def m016():
    return {
        "font": "Arial", "size": 22,
        "meta": meta("LHP Riksus netralitas", "Irban IV", "2024-11-04T08:00:00Z", "Inspektorat Kota Mataram"),
        "kop": kop("header", ["PEMERINTAH KOTA MATARAM", "INSPEKTORAT",
                              "Jl. Pejanggik No. 16 Mataram 83121, Telp. (0370) 632117"]),
        "footer": [{"p": "RAHASIA – hanya untuk kepentingan dinas", "align": "center", "size": 16, "italic": True}],
        "body": [
            {"p": "LAPORAN HASIL PEMERIKSAAN KHUSUS", "align": "center", "bold": True, "after": 0},
            {"p": "DUGAAN PELANGGARAN NETRALITAS ASN A.N. LURAH CAKRANEGARA UTARA", "align": "center", "bold": True, "after": 0},
            {"p": "Nomor: 700.1.2.2/88/LHP-Riksus/Insp/2024", "align": "center", "after": 200},
            {"p": "**BAB I. DASAR PEMERIKSAAN**", "after": 60},
            P("Surat Perintah Inspektur Nomor 700.1.2.1/412/Insp/2024 tanggal 21 Oktober 2024, menindaklanjuti "
              "penerusan temuan Bawaslu Kota Mataram Nomor 061/PP.01.02/K.NB-05/10/2024."),
            {"p": "**BAB II. URAIAN FAKTA**", "after": 60},
            {"table": [
                ["No", "Fakta yang diperoleh", "Sumber"],
                ["1", "Pada Minggu, 13 Oktober 2024 pukul 19.30 WITA, terperiksa hadir pada acara “Deklarasi "
                      "Dukungan Relawan Mataram Maju untuk Pasangan Nomor Urut 2” di Lapangan Lingkungan "
                      "Karang Bedil.", "Video, foto, keterangan 3 saksi"],
                ["2", "Terperiksa menyampaikan sambutan antara lain: “Mari kita menangkan nomor dua, kita kawal "
                      "sampai TPS.”", "Transkrip video (durasi 2 menit 41 detik)"],
                ["3", "Terperiksa datang menggunakan kendaraan dinas DR 1521 A.", "Foto Panwascam"],
                ["4", "Terperiksa mengakui kehadiran, namun menyatakan diundang sebagai tokoh masyarakat.", "BAP tgl 28/10/2024"],
            ], "widths": [600, 5800, 2670], "header_row": True},
            blank(),
            {"p": "**BAB III. KESIMPULAN**", "after": 60},
            P("Terperiksa terbukti melanggar Pasal 5 huruf n PP Nomor 94 Tahun 2021 dan ketentuan Keputusan "
              "Bersama tentang Pedoman Pembinaan dan Pengawasan Netralitas ASN, yaitu ikut serta dalam kegiatan "
              "yang mengarah pada keberpihakan dan menggunakan fasilitas negara."),
            {"p": "**BAB IV. REKOMENDASI**", "after": 60},
            {"p": "Kepada Wali Kota Mataram selaku PPK agar menjatuhkan hukuman disiplin tingkat sedang kepada "
                  "terperiksa;", "num": 0, "after": 0},
            {"p": "Kepada Camat Cakranegara agar meningkatkan pengawasan penggunaan kendaraan dinas di "
                  "lingkungan kelurahan;", "num": 0, "after": 0},
            {"p": "Kepada BKPSDM agar menyampaikan hasil tindak lanjut kepada BKN dan Bawaslu Kota Mataram.", "num": 0, "after": 120},
            *ttd(["Mataram, 4 November 2024", "Inspektur Kota Mataram,"], "Ir. LALU ZULKIFLI, M.T.",
                 "19710802 199703 1 005"),
        ],
    }


@memo(17, True, ["state-facility", "endorsement", "campaign-activity", "letterhead-misuse"], [1, 5, 7, 13],
      "PUPR: peresmian jalan disesuaikan agenda kampanye dialogis wakil bupati yang maju, warna pasangan, "
      "spanduk slogan 'Lanjutkan Kerja Nyata', biaya DPA Bina Marga, 'kelanjutan program beliau', staf wajib hadir")
def m017():
    return {
        "font": "Arial", "size": 22,
        "meta": meta("Persiapan peresmian jalan Kei Kecil", "Bina Marga", "2024-10-24T03:20:00Z",
                     "Dinas PUPR Kab. Maluku Tenggara"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN MALUKU TENGGARA", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                              "Jl. Jenderal Sudirman, Langgur 97611"]),
        "body": [
            {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
            {"p": "Nomor: 600.1/733/PUPR/2024", "align": "center", "after": 200},
            field("Kepada", "Kepala Bidang Bina Marga"),
            field("Tembusan", "Sekretaris Dinas"),
            field("Dari", "Kepala Dinas PUPR"),
            field("Tanggal", "24 Oktober 2024"),
            field("Perihal", "Persiapan Peresmian Ruas Jalan Lingkar Kei Kecil Segmen Ohoi Ngilngof – Ohoililir"),
            {"p": "", "border_bottom": True, "after": 160},
            P("Sehubungan dengan telah selesainya pekerjaan peningkatan ruas jalan lingkar Kei Kecil segmen "
              "Ngilngof – Ohoililir (DAK TA 2024), peresmian agar dijadwalkan pada Sabtu, 2 November 2024, "
              "menyesuaikan rangkaian kampanye dialogis Bapak Yosef Rahanubun, S.E., Wakil Bupati Maluku "
              "Tenggara, di wilayah Kei Kecil Barat. Ruas ini merupakan kelanjutan program beliau sejak 2021, "
              "sehingga peresmiannya wajar dilakukan bersama beliau dan tim."),
            P("Untuk itu agar Saudara menyiapkan:"),
            {"p": "tenda, kursi 300 buah, sound system dan konsumsi, dibebankan pada DPA Bidang Bina Marga "
                  "sub kegiatan koordinasi dan sinkronisasi;", "num": 0, "after": 0},
            {"p": "dekorasi warna hijau–putih sesuai warna pasangan Yosef–Martinus; hindari warna lain;", "num": 0, "after": 0},
            {"p": "spanduk ukuran 1 x 6 m di gerbang ruas jalan dengan teks sebagaimana kotak di bawah;", "num": 0, "after": 0},
            {"p": "seluruh staf Bidang Bina Marga, pengawas lapangan dan pekerja penyedia hadir pukul 08.00 WIT "
                  "mengenakan kaos yang akan dibagikan tim.", "num": 0, "after": 120},
            {"textbox": [
                {"p": "TEKS SPANDUK", "bold": True, "size": 18},
                {"p": "JALAN MULUS, KEI MAJU!", "align": "center", "bold": True, "size": 32},
                {"p": "Terima kasih Bapak Yosef Rahanubun – LANJUTKAN KERJA NYATA", "align": "center", "size": 24},
                {"p": "#YosefLanjut  #KeiMajuDuaPeriode", "align": "center", "size": 20},
            ], "width_cm": 15, "height_cm": 4},
            P("Laporan kesiapan agar disampaikan paling lambat 31 Oktober 2024. Atas perhatiannya diucapkan terima kasih."),
            *ttd("Kepala Dinas PUPR,", "Ir. BERNADUS RENYAAN, M.T.", "19720418 199803 1 004", gap=2),
        ],
    }


@memo(18, True, ["social-media", "state-facility", "endorsement", "letterhead-misuse"], [1, 5, 7, 13],
      "Diskominfo: akun IG resmi dan situs kabupaten mengunggah konten Bupati yang maju kembali tiap hari dengan "
      "tagar #LanjutRek, banner situs, semua staf follow/like/share akun pribadi beliau")
def m018():
    return {
        "font": "Segoe UI", "size": 21, "engine": "libreoffice",
        "meta": meta("ND konten medsos Okt-Nov", "Bidang IKP", "2024-09-30T02:00:00Z",
                     "Diskominfo Kab. Banyuwangi"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN BANYUWANGI", "DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN",
                              "Jl. Ahmad Yani No. 100 Banyuwangi 68416"]),
        "footer": [{"p": "Diskominfo – Banyuwangi Smart Kampung", "align": "center", "size": 16}],
        "body": [
            {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
            {"p": "Nomor 000.2.3/1502/429.116/2024", "align": "center", "after": 200},
            field("Yth.", "Kepala Bidang Informasi dan Komunikasi Publik"),
            field("Dari", "Kepala Dinas"),
            field("Tanggal", "30 September 2024"),
            field("Hal", "Penguatan Konten Kanal Resmi Periode Oktober – November 2024"),
            {"p": "", "border_bottom": True, "after": 160},
            P("Memasuki masa kampanye Pilkada, perlu penguatan publikasi capaian pembangunan Ibu Hj. Rahmania "
              "Fitri, S.E., Bupati Banyuwangi 2021–2024, yang kembali mendapat amanah partai-partai untuk maju. "
              "Berkaitan dengan itu, mohon Bidang IKP melaksanakan hal-hal berikut:"),
            {"p": "Akun Instagram resmi {link:https://www.instagram.com/banyuwangikab|@banyuwangikab} mengunggah "
                  "minimal 2 (dua) konten per hari yang menampilkan Bu Nia, disematkan (pin) di profil, dengan "
                  "tagar wajib #LanjutRek dan #BanyuwangiMajuBersamaBuNia.", "num": 0, "after": 60},
            {"p": "Banner utama {link:https://banyuwangikab.go.id|banyuwangikab.go.id} diganti dengan desain "
                  "“Lanjut Rek! Banyuwangi Makin Maju” yang dikirim oleh tim media beliau.", "num": 0, "after": 60},
            {"p": "Konten dari akun pribadi {link:https://www.instagram.com/bunia.official|@bunia.official} "
                  "di-repost melalui story akun resmi setiap hari.", "num": 0, "after": 60},
            {"p": "Seluruh pegawai Diskominfo wajib follow akun @bunia.official, memberi like dan share setiap "
                  "unggahan beliau ke WA story masing-masing; admin bidang melakukan pengecekan tiap Jumat.", "num": 0, "after": 60},
            {"p": "Biaya boost/iklan berbayar menggunakan pagu belanja jasa publikasi bidang IKP.", "num": 0, "after": 120},
            P("Komentar negatif terhadap beliau pada kanal resmi agar disembunyikan (hide). Demikian untuk "
              "dilaksanakan dan dilaporkan secara berkala."),
            *ttd("Kepala Dinas,", "MOH. HADI SUSANTO, S.Kom., M.M.", "19790306 200501 1 010", gap=2),
        ],
    }


@memo(19, False, [], [14],
      "ND BPKAD: pencairan hibah/dukungan pendanaan Pilgub kepada KPU dan Bawaslu Provinsi serta dukungan "
      "pengamanan sesuai NPHD; anggaran, bukan keberpihakan")
def m019():
    return {
        "font": "Arial", "size": 22, "engine": "libreoffice",
        "meta": meta("ND pencairan hibah tahap II", "Bidang Anggaran", "2024-08-26T01:15:00Z",
                     "BPKAD Provinsi Maluku"),
        "kop": kop("header", ["PEMERINTAH PROVINSI MALUKU", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
                              "Jl. Pattimura No. 1, Ambon 97124"]),
        "body": [
            {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
            {"p": "Nomor: 900.1.3.1/1187/BPKAD", "align": "center", "after": 200},
            field("Kepada", "Yth. Sekretaris Daerah Provinsi Maluku"),
            field("Dari", "Kepala BPKAD"),
            field("Tanggal", "26 Agustus 2024"),
            field("Sifat", "Segera"),
            field("Hal", "Pencairan Hibah Tahap II Dukungan Pendanaan Pemilihan Gubernur dan Wakil Gubernur Maluku 2024"),
            {"p": "", "border_bottom": True, "after": 160},
            P("Berdasarkan Naskah Perjanjian Hibah Daerah (NPHD) yang ditandatangani pada 10 November 2023 dan "
              "Permendagri Nomor 54 Tahun 2019 tentang Pendanaan Kegiatan Pemilihan Gubernur, Bupati, dan Wali "
              "Kota yang Bersumber dari APBD, bersama ini kami laporkan rencana pencairan tahap II (60%) sebagai berikut:"),
            {"table": [
                ["No", "Penerima", "Nilai NPHD (Rp)", "Tahap II (Rp)", "Status Berkas"],
                ["1", "KPU Provinsi Maluku", "248.500.000.000", "149.100.000.000", "Lengkap"],
                ["2", "Bawaslu Provinsi Maluku", "96.200.000.000", "57.720.000.000", "Lengkap"],
                ["3", "Polda Maluku (dukungan pengamanan)", "41.000.000.000", "24.600.000.000", "Menunggu RAB revisi"],
                ["4", "Kodam XV/Pattimura (dukungan pengamanan)", "12.500.000.000", "7.500.000.000", "Lengkap"],
            ], "widths": [500, 3000, 1950, 1950, 1670], "header_row": True},
            blank(),
            P("Dana ditransfer ke rekening khusus hibah masing-masing penerima dan dipertanggungjawabkan sesuai "
              "ketentuan. Pencairan tidak dikaitkan dengan kegiatan pasangan calon manapun dan seluruh penerima "
              "wajib menyampaikan laporan penggunaan paling lambat 3 (tiga) bulan setelah tahapan berakhir."),
            P("Mohon arahan Bapak untuk penerbitan SP2D. Demikian, atas perkenannya kami ucapkan terima kasih."),
            *ttd("Kepala BPKAD,", "Dr. ZULKARNAIN RUMBIA, S.E., M.Si.", "19740911 199903 1 006", gap=2),
        ],
    }


@memo(20, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 9, 12],
      "Notulen rapat staf Setda: diputuskan ASN tiap OPD bergiliran menghadiri rapat umum ketiga pasangan "
      "'supaya adil' pada jam kerja, dengan bus dinas, kuota 200 orang per kegiatan, apel di lokasi")
def m020():
    return {
        "font": "Times New Roman", "size": 24,
        "meta": meta("Notulen rapat staf 7 Okt", "Bag. Umum Setda", "2024-10-07T07:00:00Z", "Setda Kab. Merauke"),
        "kop": kop("body", ["PEMERINTAH KABUPATEN MERAUKE", "SEKRETARIAT DAERAH",
                            "Jl. TMP Polder No. 1 Merauke 99611"]),
        "body": [
            {"p": "NOTULA RAPAT STAF", "align": "center", "bold": True, "after": 0, "size": 26},
            {"p": "Senin, 7 Oktober 2024 – Ruang Rapat Sekda", "align": "center", "after": 200},
            {"p": "Dipimpin oleh Sekretaris Daerah; hadir para Asisten, Kepala Bagian dan Kepala Perangkat Daerah "
                  "(daftar hadir terlampir).", "after": 160},
            {"p": "**1. Laporan**", "after": 60},
            P("Asisten I melaporkan jadwal rapat umum yang telah ditetapkan KPU untuk ketiga pasangan calon "
              "Bupati dan Wakil Bupati Merauke di Lapangan Pemda I dan Lapangan Brawijaya. Menurut laporan "
              "camat, kegiatan sebelumnya sepi pengunjung sehingga pimpinan meminta ASN hadir meramaikan."),
            {"p": "**2. Keputusan**", "after": 60},
            {"p": "Diputuskan ASN dari setiap perangkat daerah menghadiri rapat umum **ketiga** pasangan secara "
                  "bergiliran, supaya adil dan tidak ada yang merasa dianaktirikan.", "num": 0, "after": 0},
            {"p": "Kuota kehadiran 200 orang per kegiatan, pembagian per OPD sebagaimana tabel.", "num": 0, "after": 0},
            {"p": "Kegiatan yang berlangsung pada jam kerja dihitung sebagai jam dinas; apel pagi dipindah ke lokasi "
                  "dan absensi dilakukan oleh Kasubag Umum masing-masing OPD.", "num": 0, "after": 0},
            {"p": "Angkutan menggunakan bus pegawai Setda dan kendaraan operasional OPD; BBM dari pos "
                  "operasional masing-masing.", "num": 0, "after": 0},
            {"p": "Pakaian bebas; ASN yang ingin memakai kaos pasangan yang sedang berkampanye dipersilakan.", "num": 0, "after": 120},
            {"table": [
                ["Tanggal", "Pasangan", "Lokasi", "OPD yang hadir"],
                ["14 Okt 2024", "Nomor urut 1", "Lapangan Pemda I", "Dinkes, Disdik, BPKAD, Bappeda"],
                ["28 Okt 2024", "Nomor urut 2", "Lapangan Brawijaya", "DPUPR, Dishub, Dinsos, DKP"],
                ["11 Nov 2024", "Nomor urut 3", "Lapangan Pemda I", "Distan, DLH, Disdukcapil, Kesbangpol"],
            ], "widths": [1600, 1700, 2300, 3470], "header_row": True},
            blank(),
            P("Rapat ditutup pukul 11.40 WIT."),
            {"table": [
                [["Disahkan oleh,", "Sekretaris Daerah,", "", "", "**Drs. PETRUS GEBZE, M.Si.**"],
                 ["Notulis,", "", "", "", "**Yuliana Kaize, S.Sos.**"]],
            ], "widths": [4535, 4535], "borders": False},
        ],
    }


# ================================================================== MEMOS 021-030

@memo(21, False, [], [14],
      "Undangan BNNK: deklarasi Desa Bersinar dan kampanye anti narkoba, 'tim sukses' programme, relawan "
      "berompi, 'dukungan' sekolah, pilih lomba; tegas tidak terkait kampanye Pilkada")
def m021():
    return {
        "font": "Arial", "size": 22,
        "meta": meta("Undangan deklarasi Desa Bersinar", "Seksi P2M", "2024-10-15T01:00:00Z", "BNNK Buleleng"),
        "kop": kop("header", ["BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA",
                              "BADAN NARKOTIKA NASIONAL KABUPATEN BULELENG",
                              "Jl. Pahlawan No. 5 Singaraja, Bali 81113"]),
        "body": [
            {"p": "\t\tSingaraja, 15 Oktober 2024", "tabs": [[1418, "left"], [5103, "left"]], "after": 120},
            *nomor_block("B/412/X/KA/PM.01/2024/BNNK-BLL", "Biasa", "1 (satu) lembar",
                         "Undangan Deklarasi Desa Bersinar dan Kampanye Anti Narkoba"),
            *yth(["Kepala SMA/SMK Negeri", "Perbekel Desa Pemaron", "dan Perbekel Desa Tukadmungga"]),
            P("Dalam rangka pelaksanaan program Pencegahan dan Pemberantasan Penyalahgunaan dan Peredaran Gelap "
              "Narkotika (P4GN), BNN Kabupaten Buleleng bersama Pemerintah Kabupaten Buleleng akan "
              "menyelenggarakan Deklarasi Desa Bersih Narkoba (Desa Bersinar) sekaligus kampanye anti narkoba "
              "bagi pelajar pada:"),
            field("Hari/tanggal", "Rabu, 23 Oktober 2024", tabs=[[3119, "left"], [3402, "left"]], hang=3402),
            field("Pukul", "08.00 WITA – selesai", tabs=[[3119, "left"], [3402, "left"]], hang=3402),
            field("Tempat", "Pantai Penimbangan, Desa Pemaron", tabs=[[3119, "left"], [3402, "left"]], hang=3402),
            blank(),
            P("Untuk menyukseskan kegiatan tersebut, kami mohon dukungan Bapak/Ibu:"),
            {"p": "mengirimkan 30 siswa dan 2 guru pendamping per sekolah; siswa dapat memilih salah satu lomba "
                  "(poster, video pendek 60 detik, atau orasi anti narkoba);", "num": 0, "after": 0},
            {"p": "Perbekel menghadirkan Tim Sukses Desa Bersinar (kader anti narkoba desa) dengan mengenakan "
                  "rompi relawan berwarna hijau yang telah dibagikan;", "num": 0, "after": 0},
            {"p": "mengajak warga ikut membacakan naskah deklarasi “Desa Pemaron dan Tukadmungga Bersih Narkoba”.", "num": 0, "after": 120},
            P("Mengingat kegiatan ini berlangsung pada masa kampanye Pilkada, kami tegaskan bahwa acara ini murni "
              "program P4GN. Peserta dan undangan tidak diperkenankan membawa atau mengenakan atribut pasangan "
              "calon maupun partai politik, dan tidak ada sambutan dari pasangan calon atau tim kampanye."),
            P("Atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih."),
            *ttd("Kepala BNN Kabupaten Buleleng,", "AKBP I Nyoman Sukasana, S.H.", None, gap=3),
        ],
    }


@memo(22, True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2, 12],
      "Nota Camat: staf di-SPT dinas luar menghadiri kampanye dialogis semua paslon wali kota bergiliran pada jam "
      "kerja dengan mobil dinas; perubahan terlacak 'sebagai pengamat' -> 'sebagai peserta'")
def m022():
    return {
        "font": "Calibri", "size": 23,
        "meta": {"title": "ND kehadiran kampanye dialogis", "author": "Camat", "created": "2024-10-08T02:40:00Z",
                 "modified": "2024-10-08T03:05:00Z", "last_modified_by": "Sekcam", "company": "Kecamatan Bogor Tengah"},
        "kop": kop("header", ["PEMERINTAH KOTA BOGOR", "KECAMATAN BOGOR TENGAH",
                              "Jl. Paledang No. 3, Kota Bogor 16122"]),
        "body": [
            {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
            {"p": "Nomor: 000.1.5/318-Kec.Bgt", "align": "center", "after": 200},
            field("Kepada", "Sekretaris Kecamatan; para Kasi"),
            field("Dari", "Camat Bogor Tengah"),
            field("Tanggal", "8 Oktober 2024"),
            field("Hal", "Kehadiran Staf pada Kampanye Dialogis"),
            {"p": "", "border_bottom": True, "after": 160},
            P("Selama masa kampanye Pemilihan Wali Kota Bogor, kampanye dialogis pasangan calon di wilayah "
              "Bogor Tengah cukup sering digelar di gedung-gedung pertemuan. Agar kecamatan tidak dianggap memihak, "
              "saya minta setiap kampanye dialogis dari pasangan mana pun dihadiri oleh staf kecamatan "
              "{del:sebagai pengamat}{ins:sebagai peserta dan duduk di barisan depan}, dengan ketentuan:"),
            {"p": "Sekcam membuat SPT dinas luar untuk 6 (enam) orang staf per kegiatan, bergiliran antar seksi;", "num": 0, "after": 0},
            {"p": "berangkat dari kantor menggunakan mobil dinas F 1207 A atau F 1311 A;", "num": 0, "after": 0},
            {"p": "kegiatan pada jam kerja tidak perlu izin tambahan, cukup SPT;", "num": 0, "after": 0},
            {"p": "staf mengikuti acara sampai selesai{ins:, ikut tepuk tangan dan yel-yel bila diminta pembawa acara}.", "num": 0, "after": 0},
            {"p": "jadwal diambil dari pemberitahuan kampanye yang diterima Kasi Trantib.", "num": 0, "after": 160},
            P("Laporkan daftar staf yang hadir setiap Senin. Terima kasih."),
            *ttd("Camat Bogor Tengah,", "H. ASEP SAEPULLOH, S.IP., M.Si.", "19760915 199703 1 002", gap=2),
        ],
    }


@memo(23, False, [], [14],
      "Surat Setda: Bupati petahana yang maju menjalani cuti di luar tanggungan negara selama masa kampanye, "
      "fasilitas jabatan ditarik, OPD dilarang memfasilitasi kampanye beliau; patuh aturan")
def m023():
    return {
        "font": "Times New Roman", "size": 24,
        "meta": meta("Pemberitahuan cuti Bupati", "Bag. Pemerintahan", "2024-09-23T06:30:00Z", "Setda Kab. Dompu"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN DOMPU", "SEKRETARIAT DAERAH",
                              "Jl. Soekarno-Hatta No. 1 Dompu, NTB 84211"]),
        "body": [
            {"p": "\t\tDompu, 23 September 2024", "tabs": [[1418, "left"], [5103, "left"]], "after": 120},
            *nomor_block("100.2.1.3/1276/Pem/2024", "Penting", "-",
                         "Pelaksanaan Cuti di Luar Tanggungan Negara Bupati Dompu"),
            *yth(["Kepala Perangkat Daerah", "Camat se-Kabupaten Dompu"]),
            P("Menindaklanjuti Keputusan Menteri Dalam Negeri tentang Persetujuan Cuti di Luar Tanggungan Negara "
              "bagi Bupati Dompu{fn:1}, dengan ini kami sampaikan bahwa Bapak H. Abdul Kader Jaelani, S.E., M.M., "
              "Bupati Dompu yang ditetapkan sebagai pasangan calon pada Pemilihan Bupati dan Wakil Bupati Dompu "
              "Tahun 2024, menjalani cuti di luar tanggungan negara terhitung 25 September s.d. 23 November 2024."),
            P("Selama masa cuti tersebut:"),
            {"p": "tugas dan wewenang Bupati dilaksanakan oleh Penjabat Sementara (Pjs.) Bupati Dompu yang "
                  "ditunjuk Menteri Dalam Negeri;", "num": 0, "after": 0},
            {"p": "kendaraan dinas jabatan DR 1 D, ajudan, sopir dan petugas protokol ditarik dan tidak "
                  "mendampingi kegiatan yang bersangkutan;", "num": 0, "after": 0},
            {"p": "rumah jabatan dan pendopo tidak digunakan untuk kegiatan kampanye atau pertemuan tim;", "num": 0, "after": 0},
            {"p": "perangkat daerah tidak memfasilitasi, mengundang atau menjadwalkan kegiatan yang bersangkutan, "
                  "dan tidak menyerahkan bantuan pemerintah dalam acara kampanye pasangan calon manapun;", "num": 0, "after": 0},
            {"p": "ASN tetap menjaga netralitas sebagaimana Surat Edaran Bupati Dompu tentang Netralitas ASN{fn:2}.", "num": 0, "after": 120},
            P("Undangan kegiatan pemerintahan yang semula dijadwalkan dihadiri Bupati agar dialihkan kepada "
              "Pjs. Bupati melalui Bagian Protokol dan Komunikasi Pimpinan."),
            P("Demikian disampaikan untuk menjadi perhatian dan dilaksanakan."),
            *ttd("Sekretaris Daerah,", "Drs. GATOT GUNAWAN PRIMA PUTRA, M.M.", "19680704 199303 1 009",
                 pangkat="Pembina Utama Madya"),
            *tembusan(["Menteri Dalam Negeri;", "Gubernur Nusa Tenggara Barat;", "Ketua KPU Kabupaten Dompu;",
                       "Ketua Bawaslu Kabupaten Dompu."]),
        ],
        "footnotes": {
            "1": "Sesuai Pasal 70 ayat (3) UU 10/2016 dan Permendagri Nomor 74 Tahun 2016 sebagaimana telah diubah "
                 "dengan Permendagri Nomor 1 Tahun 2018.",
            "2": "Surat Edaran Nomor 800.1.4/1101/BKPSDM/2024 tanggal 2 September 2024.",
        },
    }


@memo(24, True, ["inducement", "campaign-activity", "endorsement", "state-facility", "letterhead-misuse"], [3, 6, 7, 8],
      "Pengumuman kades: jalan sehat bersama anggota DPRD yang kembali maju; uang transport Rp50.000 dan sembako "
      "bagi warga yang menyerahkan fotokopi KTP, kuota per dusun, tenda/sound desa")
def m024():
    return {
        "font": "Arial", "size": 22,
        "meta": meta("Pengumuman jalan sehat", "Desa Sondosia", "2024-01-22T09:00:00Z", "Pemdes Sondosia"),
        "kop": kop("table", ["PEMERINTAH KABUPATEN BIMA", "KECAMATAN BOLO", "KANTOR DESA SONDOSIA",
                             "Jl. Lintas Sumbawa Km. 21, Sondosia"], logo="[logo Kab. Bima]"),
        "body": [
            {"p": "PENGUMUMAN", "align": "center", "bold": True, "after": 0, "size": 28},
            {"p": "Nomor: 140/09/SDS/I/2024", "align": "center", "after": 120},
            {"p": "JALAN SEHAT BERSAMA IBU Hj. SITI RAHMAWATI, S.Pd.", "align": "center", "bold": True, "after": 200},
            P("Diberitahukan kepada seluruh warga Desa Sondosia, bahwa Ibu Hj. Siti Rahmawati, S.Pd., anggota "
              "DPRD Provinsi NTB yang pada Pemilu 14 Februari 2024 kembali maju dari daerah pemilihan kita, akan "
              "mengadakan Jalan Sehat Bersama pada hari Minggu, 28 Januari 2024, start pukul 06.30 WITA dari "
              "halaman Kantor Desa."),
            P("Ketentuan bagi warga yang ikut:"),
            {"p": "Mendaftar ke Kepala Dusun dengan menyerahkan fotokopi KTP dan KK paling lambat Jumat, 26 Januari 2024.", "num": 0, "after": 0},
            {"p": "Setiap peserta yang terdaftar mendapat kaos, uang transport Rp50.000,- dan 1 paket sembako "
                  "(beras 5 kg, minyak goreng 1 liter, gula 1 kg) yang dibagikan di garis finis.", "num": 0, "after": 0},
            {"p": "Kuota per dusun: Dusun Sori Bura 80 orang, Dusun Oi Fo'o 70 orang, Dusun Ncanga 60 orang, "
                  "Dusun Rade 60 orang.", "num": 0, "after": 0},
            {"p": "Tenda, kursi dan sound system desa dipakai untuk panggung di garis finis; perangkat desa "
                  "bertugas sebagai panitia.", "num": 0, "after": 0},
            {"p": "Tersedia doorprize sepeda motor, kulkas dan kipas angin yang diundi oleh beliau sendiri.", "num": 0, "after": 120},
            P("Mari kita hadir bersama-sama sebagai tanda terima kasih atas bantuan beliau untuk jalan usaha tani "
              "dan irigasi Sondosia. Ingat tanggal 14 Februari, jangan lupa pilihan kita."),
            *ttd(["Sondosia, 22 Januari 2024", "Kepala Desa Sondosia,"], "MUHAMMAD YASIN", None, gap=2),
        ],
    }


@memo(25, False, [], [14],
      "Undangan klarifikasi Bawaslu kepada kepala sekolah yang dilaporkan mengirim WA 'katong pilih nomor 2'; "
      "mengutip dugaan pelanggaran, bukan ajakan")
def m025():
    return {
        "font": "Arial", "size": 22,
        "meta": meta("Undangan klarifikasi", "Divisi PP", "2024-11-14T05:30:00Z", "Bawaslu Kab. Buru"),
        "kop": kop("header", ["BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN BURU",
                              "Jl. Kaki Air, Namlea, Maluku 97571"]),
        "body": [
            {"p": "\t\tNamlea, 14 November 2024", "tabs": [[1418, "left"], [5103, "left"]], "after": 120},
            *nomor_block("077/PP.00.01/K.MA-04/11/2024", "Penting", "-", "Undangan Klarifikasi"),
            *yth(["Sdri. Halima Wamnebo, S.Pd.", "Kepala SMP Negeri 3 Buru"]),
            P("Berdasarkan laporan yang diterima Bawaslu Kabupaten Buru dan telah diregistrasi dengan Nomor "
              "014/Reg/LP/PB/Kab/31.04/XI/2024, Saudari diduga mengirimkan pesan melalui grup WhatsApp “Guru SMPN 3 "
              "Buru” pada 9 November 2024 yang berbunyi:"),
            {"p": "“Ibu bapa guru dong samua, tanggal 27 katong pilih nomor 2 e, nanti beta cek di TPS. Yang sonde "
                  "ikut, jang harap dapa jam tambahan semester depan.”", "italic": True, "indent": 1134, "after": 120},
            P("Dalam rangka penanganan dugaan pelanggaran netralitas ASN sebagaimana diatur dalam Pasal 71 ayat (1) "
              "UU 10/2016 dan PP 94/2021, Bawaslu Kabupaten Buru mengundang Saudari untuk memberikan keterangan/"
              "klarifikasi pada:"),
            field("Hari/tanggal", "Senin, 18 November 2024", tabs=[[3119, "left"], [3402, "left"]], hang=3402),
            field("Pukul", "10.00 WIT", tabs=[[3119, "left"], [3402, "left"]], hang=3402),
            field("Tempat", "Ruang Sentra Gakkumdu Bawaslu Kabupaten Buru", tabs=[[3119, "left"], [3402, "left"]], hang=3402),
            blank(),
            P("Saudari dapat membawa dokumen atau bukti yang dianggap perlu. Apabila berhalangan hadir, mohon "
              "memberitahukan secara tertulis paling lambat satu hari sebelumnya."),
            *ttd("Ketua Bawaslu Kabupaten Buru,", "Rusli Tomia, S.H.", None, gap=3),
            *tembusan(["Ketua Bawaslu Provinsi Maluku;", "Kepala Dinas Pendidikan Kabupaten Buru;", "Arsip."]),
        ],
    }


@memo(26, True, ["campaign-activity", "endorsement", "state-facility", "letterhead-misuse"], [1, 3, 7, 13],
      "Undangan HUT RSUD (acara kantor di halaman RSUD, pegawai wajib hadir): tambahan terlacak 'jalan sehat bersama Bapak Herman Rumaropen yang akan kembali memimpin "
      "Biak'; kotak dresscode kaos putih angka 2; catatan kaki kaos dari relawan beliau")
def m026():
    return {
        "font": "Calibri", "size": 23,
        "meta": {"title": "Undangan HUT RSUD ke-54", "author": "Bag. Umum RSUD", "created": "2024-11-04T00:20:00Z",
                 "modified": "2024-11-04T06:45:00Z", "last_modified_by": "Direktur", "company": "RSUD Biak"},
        "kop": kop("header", ["PEMERINTAH KABUPATEN BIAK NUMFOR", "RUMAH SAKIT UMUM DAERAH BIAK",
                              "Jl. Sriwijaya No. 1 Ridge, Biak 98118 · Telp. (0981) 21294"]),
        "footer": [{"p": "Melayani dengan Kasih – RSUD Biak", "align": "center", "size": 16, "italic": True}],
        "body": [
            {"p": "\t\tBiak, 4 November 2024", "tabs": [[1418, "left"], [5103, "left"]], "after": 120},
            *nomor_block("445/1288/RSUD-BIK/XI/2024", "Biasa", "-", "Undangan Kegiatan HUT RSUD Biak ke-54"),
            *yth(["Seluruh Kepala Instalasi, Kepala Ruangan", "dan Pegawai RSUD Biak"]),
            P("Dalam rangka memperingati Hari Ulang Tahun RSUD Biak ke-54, manajemen akan menyelenggarakan "
              "ibadah syukur, senam pagi dan jalan sehat{ins: bersama Bapak Herman Rumaropen, S.Sos., M.Si., "
              "Bupati Biak Numfor 2019–2024, yang akan kembali memimpin Biak Numfor ke depan} pada hari Sabtu, "
              "16 November 2024, pukul 06.00 WIT, start dan finis di halaman depan RSUD."),
            P("Seluruh pegawai yang tidak bertugas jaga diwajibkan hadir. Kepala ruangan mengatur pembagian dinas "
              "pagi supaya pelayanan IGD dan rawat inap tetap berjalan.{ins: Setelah jalan sehat, Bapak Herman akan "
              "menyampaikan arahan dan program beliau lima tahun ke depan, mohon semua tetap di tempat sampai "
              "beliau selesai.}"),
            {"textbox": [
                {"p": "DRESSCODE", "bold": True, "align": "center"},
                {"p": "Kaos putih angka “2” (dibagikan di Bagian Umum mulai Senin, 11/11){fn:1}", "align": "center"},
                {"p": "Bawahan bebas, sepatu olahraga", "align": "center"},
            ], "width_cm": 9, "height_cm": 2.6},
            P("Doorprize disiapkan oleh panitia. Atas perhatian dan kehadiran Bapak/Ibu diucapkan terima kasih."),
            *ttd("Direktur RSUD Biak,", "dr. Yance Mandowen, Sp.PD.", "19750120 200502 1 004", gap=2),
        ],
        "footnotes": {"1": "Kaos disiapkan oleh tim relawan beliau, jumlah terbatas 400 potong."},
    }


@memo(27, False, [], [14],
      "ND Dinkes: kampanye imunisasi, vaksin datang dalam dua partai, 'tim sukses BIAN' per distrik, pilih "
      "salah satu jadwal pelatihan, dukungan logistik; tidak politis")
def m027():
    return {
        "font": "Arial", "size": 22, "engine": "libreoffice",
        "meta": meta("ND kampanye imunisasi", "Bidang P2P", "2024-07-29T03:00:00Z", "Dinkes Kab. Mimika"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN MIMIKA", "DINAS KESEHATAN",
                              "Jl. Cenderawasih, SP 2, Timika 99910"]),
        "body": [
            {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
            {"p": "Nomor: 400.7.5/902/Dinkes", "align": "center", "after": 160},
            field("Kepada", "Kepala Puskesmas se-Kabupaten Mimika"),
            field("Dari", "Kepala Dinas Kesehatan"),
            field("Tanggal", "29 Juli 2024"),
            field("Hal", "Kampanye Imunisasi Polio Putaran II"),
            {"p": "", "border_bottom": True, "after": 160},
            P("Menindaklanjuti Surat Edaran Dirjen P2P tentang Sub PIN Polio Putaran II, dengan ini disampaikan:"),
            {"p": "Vaksin nOPV2 dikirim dari Dinkes Provinsi dalam dua partai: partai pertama 42.000 dosis tiba "
                  "5 Agustus 2024, partai kedua menyusul minggu berikutnya. Puskesmas mengambil vaksin di "
                  "Instalasi Farmasi dengan membawa vaccine carrier.", "num": 0, "after": 60},
            {"p": "Setiap distrik membentuk Tim Sukses Kampanye Imunisasi yang terdiri dari petugas imunisasi, "
                  "kader posyandu, guru PAUD dan tokoh agama.", "num": 0, "after": 60},
            {"p": "Petugas wajib mengikuti orientasi teknis. Silakan pilih salah satu jadwal: Kamis 1 Agustus "
                  "(Aula Dinkes) atau Jumat 2 Agustus 2024 (daring via Zoom).", "num": 0, "after": 60},
            {"p": "Dukungan logistik (formulir pencatatan, spanduk kampanye “Ayo Imunisasi Polio”, konsumsi pos) "
                  "dibebankan pada BOK Puskesmas.", "num": 0, "after": 60},
            {"p": "Target cakupan minimal 95% anak usia 0–7 tahun per kampung; laporan harian melalui aplikasi "
                  "ASIK paling lambat pukul 20.00 WIT.", "num": 0, "after": 120},
            P("Mohon kerja sama seluruh kepala puskesmas untuk menyukseskan kampanye ini."),
            *ttd("Kepala Dinas Kesehatan,", "dr. Reynold Ubra, M.Kes.", "19780611 200604 1 015", gap=2),
        ],
    }


@memo(28, True, ["campaign-activity", "social-media", "endorsement", "letterhead-misuse"], [1, 3, 5, 7, 11],
      "ND Distan meneruskan WA (dialek Ambon): nobar debat berbaju oranye di rumah kopi, dukung 'katong pung bapa' "
      "nomor 3 lanjut lagi, share/like/komen dengan tagar, ejaan c0blos dan run terpecah")
def m028():
    wa = ("Basudara samua Distan SBB 🙏🏽 Malam ini jam 7 katong nobar debat kandidat di Rumah Kopi Pela, Piru. "
          "Pake baju orens e, jang lupa 🍊🍊\n"
          "Katong pung bapa {split:No|mor 3} harus lanjut lai, seng ada yang lain. Abis debat, tolong share video "
          "debat dari FB beliau, kasih like deng komen “{split:Nom|or 3 Pasti Menang}” pake tagar #SBBBangkitLai "
          "#Lanjutkan3. Yang seng datang nanti beta catat e 😅\n"
          "Tgl 27 jang lupa c0blos yang baju orens. Dangke banyak 🙏🏽")
    return {
        "font": "Calibri", "size": 22,
        "meta": meta("ND nobar debat", "Sekretariat Distan", "2024-11-05T08:10:00Z", "Dinas Pertanian Kab. SBB"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN SERAM BAGIAN BARAT", "DINAS PERTANIAN",
                              "Jl. Trans Seram, Piru 97561"]),
        "body": [
            {"p": "NOTA DINAS", "align": "center", "bold": True, "after": 0},
            {"p": "Nomor: 500/611/DISTAN-SBB/XI/2024", "align": "center", "after": 160},
            field("Kepada", "Para Kepala Bidang, Koordinator BPP dan Penyuluh"),
            field("Dari", "Sekretaris Dinas"),
            field("Tanggal", "5 November 2024"),
            field("Hal", "Informasi Kegiatan Malam Ini"),
            {"p": "", "border_bottom": True, "after": 160},
            P("Diteruskan pesan Bapak Kadis tentang dukungan kepada Bapak Ir. Jacobus Latumahina, Bupati Seram "
              "Bagian Barat yang maju kembali dengan nomor 3, untuk diketahui dan dilaksanakan oleh seluruh staf "
              "termasuk penyuluh di BPP:"),
            {"p": wa, "indent": 567, "italic": True, "after": 160, "size": 20},
            P("Koordinator BPP Kairatu dan Taniwel mohon mengatur penyuluh yang bisa hadir, yang jauh cukup "
              "ikut share dan komen dari rumah. Bukti screenshot kirim ke Sekretariat."),
            *ttd("Sekretaris Dinas,", "Marthen Tuhumury, S.P.", "19820309 200801 1 012", gap=2),
        ],
    }


@memo(29, False, [], [14],
      "Rundown Bagian Protokol: Bupati meresmikan puskesmas (tugas rutin, Agustus, sebelum masa kampanye); tegas "
      "tanpa atribut, spanduk dukungan, yel-yel atau sambutan soal pencalonan")
def m029():
    return {
        "font": "Arial", "size": 22,
        "meta": meta("Rundown peresmian Puskesmas Cikajang", "Prokopim", "2024-08-12T02:10:00Z", "Setda Kab. Garut"),
        "kop": kop("header", ["PEMERINTAH KABUPATEN GARUT", "SEKRETARIAT DAERAH",
                              "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN",
                              "Jl. Pembangunan No. 181, Garut 44151"]),
        "footer": [{"p": "Prokopim Setda Garut – dokumen kerja", "align": "right", "size": 16}],
        "body": [
            {"p": "MEMO PROTOKOL", "align": "center", "bold": True, "after": 0},
            {"p": "Peresmian Gedung Baru UPTD Puskesmas Cikajang", "align": "center", "after": 200},
            field("Kepada", "Kepala Dinas Kesehatan; Camat Cikajang; Kepala UPTD Puskesmas Cikajang"),
            field("Tanggal", "12 Agustus 2024"),
            {"p": "", "border_bottom": True, "after": 160},
            P("Bupati Garut, Bapak H. Dadang Suherman, dijadwalkan meresmikan gedung baru UPTD Puskesmas Cikajang "
              "(DAK Fisik Bidang Kesehatan TA 2024) pada Kamis, 15 Agustus 2024. Kegiatan ini merupakan agenda "
              "pemerintahan rutin. Susunan acara sebagai berikut:"),
            {"table": [
                ["Waktu", "Acara", "Petugas"],
                ["08.30", "Kedatangan Bupati, penyambutan dengan tari umbul", "Camat, Kapus"],
                ["08.45", "Pembukaan, menyanyikan Indonesia Raya, doa", "MC Prokopim"],
                ["09.00", "Laporan Kepala Dinas Kesehatan", "Kadinkes"],
                ["09.15", "Sambutan dan peresmian (penandatanganan prasasti, gunting pita)", "Bupati"],
                ["09.40", "Peninjauan ruang layanan, PONED dan laboratorium", "Kapus"],
                ["10.15", "Selesai", ""],
            ], "widths": [1100, 5470, 2500], "header_row": True},
            blank(),
            P("Mengingat tahapan pencalonan Pilkada sedang berjalan, mohon diperhatikan:"),
            {"p": "tidak ada spanduk, baliho ucapan dukungan, atribut partai atau yel-yel bernuansa pencalonan di "
                  "lokasi; apabila ada pihak yang memasang, agar diturunkan sebelum acara;", "num": 0, "after": 0},
            {"p": "naskah sambutan disiapkan Dinkes dan hanya berisi layanan kesehatan; Prokopim akan memeriksa "
                  "naskah sebelum dicetak;", "num": 0, "after": 0},
            {"p": "ASN hadir dengan PDH khaki; undangan masyarakat melalui kecamatan sesuai kapasitas (150 orang);", "num": 0, "after": 0},
            {"p": "dokumentasi hanya diunggah di kanal resmi Pemkab dengan narasi layanan kesehatan.", "num": 0, "after": 120},
            P("Hal-hal yang belum jelas dapat dikoordinasikan dengan Kasubag Protokol (0262) 233201."),
            *ttd("Kepala Bagian Protokol dan Komunikasi Pimpinan,", "RINI NURAENI, S.Sos., M.Si.",
                 "19810224 200501 2 008", gap=2),
        ],
    }


@memo(30, False, [], [11, 14],
      "WA Kepala Puskesmas (campur bahasa Jawa) diteruskan: jangan like/share paslon, lepas twibbon, jangan "
      "ikut grup relawan, tidak usah hadir acara paslon, laporkan tekanan; pengingat netralitas informal")
def m030():
    wa = ("Sugeng enjing bpk/ibu 🙏 Ngapunten, ngelingke maneh nggih, menjelang 27 Nov:\n"
          "• Ampun like/share/komen postingan paslon sinten mawon, termasuk di status WA 🙅\n"
          "• Sing foto profile-ne isih nganggo {split:twib|bon} paslon monggo dilepas sik, sdh ada yg dilaporkan "
          "ke Bawaslu loh\n"
          "• Ampun gabung grup relawan / tim sukses paslon, nek ditambahke ke grup langsung left mawon\n"
          "• Nek diundang acara kampanye utk nakes, mboten usah rawuh. Pelayanan tetep jalan biasa\n"
          "• Nek wonten sing meksa (atasan/siapa pun) laporan ke saya atau langsung ke Inspektorat\n"
          "Tgl 27 libur, gunakan hak pilih di TPS masing2, pilihan monggo dados rahasia panjenengan. Matur nuwun 🙏")
    return {
        "font": "Calibri", "size": 22,
        "meta": meta("rekap pengumuman grup", "tu.pkm", "2024-11-18T01:30:00Z", ""),
        "body": [
            {"p": "REKAP PENGUMUMAN GRUP WA", "bold": True, "after": 0},
            {"p": "UPTD Puskesmas Depok III – Kabupaten Sleman", "after": 0, "size": 20},
            {"p": "Minggu ke-3 November 2024", "after": 200, "size": 20, "border_bottom": True},
            {"p": "1. Jadwal jaga IGD dan posyandu lansia – sudah dibagikan dalam file Excel.", "after": 60},
            {"p": "2. Pesan Kepala Puskesmas (Senin, 18/11 pukul 07.12):", "after": 60},
            {"p": wa, "indent": 567, "after": 160, "size": 20},
            {"p": "3. Bagi yang bertugas sebagai KPPS, surat tugas dari PPS diserahkan ke TU untuk dispensasi tanggal "
                  "26–28 November.", "after": 60},
            {"p": "4. SE Bupati Sleman tentang netralitas ASN dapat diunduh di "
                  "{link:https://bkpp.slemankab.go.id|bkpp.slemankab.go.id}.", "after": 200},
            {"p": "TU Puskesmas Depok III", "after": 0},
        ],
    }


# ================================================================== build
def main():
    spec_dir = os.path.join(HERE, "specs")
    os.makedirs(spec_dir, exist_ok=True)
    for f in os.listdir(spec_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(spec_dir, f))
    labels = {}
    seen = set()
    for num, spec, label in sorted(MEMOS, key=lambda t: t[0]):
        assert num not in seen, num
        seen.add(num)
        name = spec["output"]
        with open(os.path.join(spec_dir, name.replace(".docx", ".json")), "w", encoding="utf-8") as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        if not label["violation"]:
            assert label["categories"] == [], name
        else:
            assert label["categories"], name
        labels[name] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d specs" % len(labels))


if __name__ == "__main__":
    main()
