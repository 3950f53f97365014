#!/usr/bin/env python3
# write_specs.py - the rule developer's own probe memos for issue 15's classes 1-14 (NOT blind:
# written by the person tuning the rules, before the blind batches arrived). Builds specs/ and
# labels.json; the DOCX come from ../../../../../shared/eval/make_docx.py.
import json, os
here = os.path.dirname(os.path.abspath(__file__))
KOP_A = {"placement": "header", "lines": ["PEMERINTAH KABUPATEN LEMBAH HIJAU", "DINAS PERTANIAN",
         "Jl. Padi Kuning No. 4, Lembah Hijau"]}
KOP_B = {"placement": "body", "lines": ["PEMERINTAH KOTA BATU RAJA", "KECAMATAN SIMPANG EMPAT",
         "Jalan Merdeka No. 12 Telp. (0711) 334455"]}
KOP_C = {"placement": "table", "lines": ["PEMERINTAH PROVINSI SULAWESI TENGGARA", "BADAN PENDAPATAN DAERAH",
         "Jl. Ahmad Yani No. 8 Kendari"], "logo": "LOGO"}
M = []
def memo(v, cats, classes, note, body, kop=None, **kw):
    M.append((v, cats, classes, note, body, kop, kw))

# 1 candidate without "calon": a pair + term of office; "maju sebagai calon" said once
memo(True, ["endorsement", "letterhead-misuse"], [1], "pasangan nama + masa jabatan berikutnya",
     ["NOTA DINAS", "Kepada: Seluruh Kepala Bidang", "Hal: Arahan Pimpinan",
      "Kami mengajak Bapak/Ibu mengantar Bapak Rusdi Halim dan Ibu Kartika Sari memimpin Kabupaten Lembah Hijau untuk lima tahun ke depan.",
      "Demikian untuk dilaksanakan."], KOP_A)
memo(True, ["endorsement"], [1, 7], "maju sebagai calon sekali, lalu nama saja",
     ["Memo Internal", "Sebagaimana diketahui, Ir. Bambang Sutejo yang maju sebagai calon wali kota tahun ini adalah mantan kepala dinas kita.",
      "Saya minta seluruh staf memastikan keluarga masing-masing memberikan suaranya untuk Pak Bambang pada 27 November.",
      "Terima kasih."])
# 2 campaign events by name, no candidate
memo(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [2], "kampanye akbar + bus dinas",
     ["PENGUMUMAN", "Dalam rangka kampanye akbar hari Sabtu di Stadion Mandala, seluruh pegawai diminta berkumpul di halaman kantor pukul 07.00.",
      "Keberangkatan menggunakan dua bus dinas dan mobil operasional kecamatan.", "Atas perhatiannya diucapkan terima kasih."], KOP_B)
memo(True, ["campaign-activity"], [2, 11], "pesan WA: ramaikan deklarasi dukungan",
     ["Diteruskan dari grup pimpinan:", "Assalamualaikum bpk/ibu, mhn kehadirannya di deklarasi dukungan besok malam di gedung serbaguna, pakai baju putih, jgn telat ya. Absen dicatat koordinator."])
# 3 gathering with a candidate
memo(True, ["campaign-activity"], [3], "ramah tamah bersama cabup",
     ["UNDANGAN", "Kepala puskesmas mengundang seluruh bidan desa menghadiri ramah tamah bersama calon bupati nomor urut 3, Ibu Nurlela, di aula puskesmas, Kamis pukul 15.00.",
      "Kehadiran Saudara sangat diharapkan."])
memo(True, ["campaign-activity"], [3], "jalan sehat bersama caleg",
     ["Surat Edaran", "Dalam rangka mempererat silaturahmi, seluruh guru mengikuti jalan sehat bersama caleg DPRD Provinsi Sdr. Hendra Wijaya pada Minggu pagi.",
      "Kaos peserta dibagikan di sekolah."])
# 4 joining a campaign team
memo(True, ["campaign-activity"], [4], "bergabung relawan pemenangan",
     ["Pemberitahuan", "Pegawai yang bersedia menjadi relawan pemenangan diharapkan mendaftarkan diri kepada Sekretaris Dinas paling lambat Jumat.",
      "Formulir tersedia di meja piket."])
memo(True, ["campaign-activity", "letterhead-misuse"], [4, 9], "notulen: staf masuk tim kampanye",
     ["NOTULEN RAPAT STAF", "1. Rapat menyepakati tiga staf bidang keuangan masuk dalam tim kampanye pasangan Dahlan–Fitri di tingkat kecamatan.",
      "2. Rapat ditutup pukul 11.30."], KOP_C)
# 5 slogans / hashtags
memo(True, ["social-media"], [5], "tagar slogan lanjutkan",
     ["Kepada seluruh admin media sosial bidang,", "Setiap unggahan kegiatan dinas agar menyertakan tagar #LanjutkanBuSalma dan #LembahHijauDuaPeriode.", "Terima kasih."])
memo(True, ["endorsement"], [5], "slogan satu putaran dalam apel",
     ["Arahan apel pagi", "Di akhir apel seluruh pegawai bersama-sama menyerukan yel-yel 'Satu Putaran, Menang Bersama Pak Darto!' sebanyak tiga kali."])
# 6 subject frames paragraphs
memo(True, ["campaign-activity", "state-facility", "letterhead-misuse"], [6], "Hal kampanye; logistik di paragraf berikut",
     ["NOTA DINAS", "Kepada: Kasubbag Umum", "Hal: Persiapan Kampanye Terbuka Pasangan Calon Nomor Urut 2",
      "Sehubungan dengan hal tersebut di atas, mohon disiapkan hal-hal berikut:",
      "1. Tenda dan kursi milik kantor sebanyak 200 buah;", "2. Mobil dinas untuk penjemputan peserta;",
      "3. Konsumsi dibebankan pada anggaran rapat.", "Demikian disampaikan."], KOP_A)
memo(True, ["campaign-activity", "state-facility"], [6], "tabel header acara calon",
     ["Memo", "Pembagian tugas berikut mohon dilaksanakan:",
      {"table": [["Silaturahmi Calon Gubernur H. Anwar Basri dengan Tokoh Masyarakat", "Petugas"],
                 ["Penyiapan aula kantor dan sound system", "Subbag Umum"],
                 ["Daftar hadir dan konsumsi", "Bendahara"]], "header_row": True}])
# 7 introduced once, named later
memo(True, ["campaign-activity"], [7], "diperkenalkan lalu 'beliau'",
     ["Pemberitahuan", "Ibu Hj. Rina Marlina, S.E., caleg DPR RI dari Partai Nusantara Jaya, dijadwalkan berkunjung ke kantor kelurahan pada Rabu.",
      "Seluruh staf diminta hadir menyambut beliau di halaman kantor dan mengenakan pakaian batik."])
memo(True, ["endorsement"], [7], "pasangan tersebut",
     ["Surat Edaran", "Pasangan Yudi Prasetyo dan Maria Ulfa resmi ditetapkan sebagai peserta pemilihan bupati.",
      "Kita semua wajib memenangkan pasangan tersebut di setiap TPS wilayah kerja kita."])
# 8 coercion and aid
memo(True, ["inducement"], [8], "bansos hanya untuk pendukung",
     ["Arahan Kepala Desa", "Para kepala dusun agar menyampaikan kepada warga bahwa bantuan PKH tahun depan hanya untuk keluarga yang memilih Pak Sulaiman.",
      "Data warga yang tidak mendukung dicatat terpisah."])
memo(True, ["inducement", "state-facility", "letterhead-misuse"], [8], "ancaman beasiswa dicabut",
     ["SURAT KEPALA SEKOLAH", "Siswa penerima beasiswa daerah yang orang tuanya tidak mencoblos paslon nomor 1 akan dievaluasi dan beasiswanya dapat dicabut."], KOP_B)
# 9 decisions and agreements
memo(True, ["endorsement"], [9], "rapat sepakat memenangkan",
     ["NOTULEN", "Hasil rapat koordinasi kepala bidang:", "a. Disepakati target suara 70 persen untuk Bapak Iwan Setiadi di setiap desa binaan.",
      "b. Setiap kepala bidang bertanggung jawab atas capaian di wilayahnya."])
memo(True, ["endorsement"], [9], "diputuskan dukungan partai",
     ["Notula Rapat Pimpinan", "Setelah musyawarah, diputuskan bahwa seluruh jajaran mendukung Partai Karya Bangsa dalam pemilu legislatif 14 Februari."])
# 10 generic words that look like a report
memo(True, ["endorsement"], [10], "menindaklanjuti musyawarah + ajakan memilih",
     ["Memo", "Menindaklanjuti hasil musyawarah kemarin, kami mengajak seluruh pegawai memilih pasangan calon nomor urut 03 pada hari pemungutan suara.",
      "Pelaporan", "Kepala seksi melaporkan jumlah pegawai yang sudah dihubungi setiap Jumat."])
memo(True, ["endorsement", "letterhead-misuse"], [10], "kop inspektorat + ajakan",
     ["NOTA DINAS", "Seluruh auditor diharapkan mendukung calon gubernur nomor 2 demi kelanjutan program pengawasan.", "Terima kasih."],
     {"placement": "header", "lines": ["PEMERINTAH PROVINSI KALIMANTAN UTARA", "INSPEKTORAT DAERAH", "Jl. Kolonel Soetadji No. 1"]})
# 11 informal / damaged
memo(True, ["endorsement"], [11], "huruf kapital dan typo OCR",
     ["PESAN PIMPINAN", "SELURUH A$N DIMINTA MENDUKUNG CALON GUBEMUR NOMOR URUT 1 DEMI PEMBANGUNAN YANG BERKELANJUTAN."])
memo(True, ["endorsement"], [11], "transkrip pesan suara",
     ["Transkrip pesan suara Pak Kabid (grup staf):", "\"...pokoknya bapak ibu tolong ya, tanggal 27 itu cobloske nomer dua, paslon dua, wis jelas to, jangan sampe kalah di desa kita...\""])
# 12 mobilising staff to all pairs
memo(True, ["campaign-activity", "state-facility"], [12], "semua paslon, dinas luar, mobil dinas",
     ["Surat Tugas", "Pegawai yang namanya tercantum ditugaskan menghadiri rapat umum semua pasangan calon sesuai jadwal dan dicatat sebagai dinas luar.",
      "Keberangkatan memakai kendaraan dinas bidang."])
# 13 programme bent to candidate
memo(True, ["state-facility", "inducement"], [13], "pasar murah diserahkan tim calon",
     ["Pemberitahuan", "Pasar murah Dinas Perdagangan bulan ini digelar bersamaan dengan kunjungan calon wali kota nomor urut 1, dan paket sembako diserahkan langsung oleh tim pemenangan beliau."])
memo(True, ["state-facility", "inducement"], [13], "bantuan alsintan dikaitkan kelanjutan kepemimpinan",
     ["Arahan Kadis", "Penyaluran hand traktor kepada kelompok tani agar disertai pesan bahwa program ini hanya berlanjut bila kepemimpinan Bupati Yusran dilanjutkan pada pemilihan November."])
# 14 compliant traps
memo(False, [], [14], "perintah mencopot stiker paslon dari mobil dinas",
     ["SURAT EDARAN", "Seluruh pengguna kendaraan dinas agar mencopot stiker bertuliskan 'Lanjutkan Pak Darto Dua Periode' dan stiker pasangan calon lain paling lambat Senin."], KOP_A)
memo(False, [], [14], "hibah dukungan ke KPU",
     ["NOTA DINAS", "Dukungan anggaran pilkada berupa hibah kepada KPU dan Bawaslu kabupaten dicairkan pada triwulan kedua sesuai NPHD."], KOP_C)
memo(False, [], [14], "rapat koordinasi semua paslon setara",
     ["UNDANGAN", "Badan Kesbangpol mengundang perwakilan ketiga pasangan calon, KPU, dan Bawaslu untuk rapat koordinasi keamanan kampanye; setiap pasangan calon mendapat kesempatan yang sama."])
memo(False, [], [14], "edaran netralitas mengutip tindakan",
     ["SURAT EDARAN TENTANG NETRALITAS ASN", "ASN dilarang:", "1. menghadiri kampanye akbar atau rapat umum pasangan calon;",
      "2. bergabung sebagai relawan pemenangan;", "3. menggunakan tagar dukungan seperti #LanjutkanBuSalma;",
      "4. memberikan bansos hanya kepada pendukung calon tertentu."], KOP_B)
memo(False, [], [14], "laporan bawaslu mengutip ajakan",
     ["LAPORAN HASIL PENGAWASAN", "Pada 3 November ditemukan pesan di grup guru yang berbunyi 'ayo menangkan Pak Bambang dua periode'.",
      "Pengawas kecamatan telah meminta klarifikasi kepala sekolah."])
memo(False, [], [14], "bupati petahana meresmikan jembatan",
     ["UNDANGAN", "Bupati Lembah Hijau, Bapak Rusdi Halim, akan meresmikan Jembatan Sungai Bening pada Senin. Kepala bidang bina marga diminta hadir."])
memo(False, [], [14], "kampanye kesehatan, calon peserta, relawan bencana",
     ["Pengumuman", "Kampanye cuci tangan pakai sabun digelar di sekolah; calon peserta lomba mendaftar di TU.",
      "Relawan tanggap bencana berkumpul di posko banjir pukul 08.00 dengan kendaraan dinas BPBD."])
memo(False, [], [14], "cuti dan KPPS",
     ["Pemberitahuan", "Pegawai yang menjadi anggota KPPS diberi dispensasi pada 26-28 November.", "Gunakan hak pilih Anda di TPS masing-masing."])

os.makedirs(os.path.join(here, "specs"), exist_ok=True)
labels = {}
for i, (v, cats, classes, note, body, kop, kw) in enumerate(M, 1):
    name = "p0_%03d" % i
    spec = {"output": name + ".docx", "body": body}
    if kop: spec["kop"] = kop
    spec.update(kw)
    with open(os.path.join(here, "specs", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(spec, fh, ensure_ascii=False, indent=1)
    labels[name + ".docx"] = {"violation": v, "categories": sorted(cats), "classes": classes, "note": note}
with open(os.path.join(here, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=1)
print(len(M), "memos")
