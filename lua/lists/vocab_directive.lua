-- vocab_directive.lua - how memos tell people what to do (directives, appeals, mobilisation) and
-- whom they address (staff). Rules use these as supporting evidence: a partisan act plus a
-- directive addressed to staff is high; the act alone is medium or low.

list "directives" {
  "agar", "supaya", "diminta", "kami minta", "mohon", "dimohon", "diharapkan", "diharap",
  "kami harapkan", "harap", "=wajib", "=diwajibkan", "=mewajibkan", "=harus", "hendaknya",
  "segera", "instruksikan", "diinstruksikan", "instruksi", "=diperintahkan",
  "=perintah", "=perintahkan", "=memerintahkan", "=tugaskan", "=ditugaskan", "=menugaskan", "=arahan", "=diarahkan",
  "=mengarahkan", "sesuai arahan", "dipedomani", "untuk dipedomani", "=laksanakan",
  "=dilaksanakan", "=pastikan", "=dipastikan", "=memastikan", "=kerahkan", "=dikerahkan",
  "=mengerahkan", "=jangan lupa", "=tiap orang", "=setiap orang", "=diimbau", "=mengimbau",
  "=dianjurkan", "=diajak", "=mengajak", "=ajak", "=ajaklah", "kami ajak", "=ajakan",
  "=seruan", "=menyerukan", "=silakan", "=silahkan", "=tolong", "=dimohon bantuan", "=diabsen",
  "=absen", "=daftar hadir", "=dikirim", "=kirim", "=kirimkan", "=setor", "=disetor",
  "=setorkan", "=serahkan", "=diserahkan", "=dikumpulkan", "=kumpulkan", "=paling lambat",
  "=target", "=minimal",
  -- chat and note shorthand (pasted WhatsApp, dispositions): mhn = mohon, wjb = wajib, ...
  "=mhn", "=dimhn", "=hrp", "=dihrp", "=wjb", "=diwjbkan", "=hrs", "=tlg", "=tolong ya",
  "=plis", "=pls",
}

-- Bare verbs that open an order when they start a sentence ("Pasang twibbon ...", "Pilih 02").
-- Suffixed imperatives ("Gunakan", "Bagikan", "Sebarkanlah") are recognised by their form.
list "imperative_roots" {
  "=pilih", "=coblos", "=pasang", "=hadir", "=ikut", "=datang", "=dukung", "=ajak", "=kumpul",
  "=kirim", "=setor", "=bawa", "=jaga", "=tempel", "=bagi", "=sebar", "=unggah", "=like",
  "=share", "=follow", "=ganti", "=pakai", "=gabung", "=join", "=klik", "=posting", "=repost",
  "=menangkan", "=sukseskan", "=kawal", "=ayo", "=yuk",
}

-- Appeals that rally the reader ("mari", "kita semua").
list "appeals" {
  "mari", "marilah", "ayo", "ayok", "yuk", "=kita semua", "=kita", "=bersama-sama",
  "=kita dukung", "=kita pilih", "=kita coblos", "=kita menangkan", "=bersatu",
  -- "we" in eastern and regional Malay (Kupang, Ambon "kotong", "katong"; Manado, Papua
  -- "torang", "kitorang", "kitong"; Palembang "kito"): "kotong balas budi"
  "=kotong", "=katong", "=torang", "=kitorang", "=kitong", "=kito",
}

-- Who the memo addresses: staff and officials (the ones who must stay neutral), and their
-- circles (families, beneficiaries) that they are told to influence.
list "staff_refs" {
  "asn", "pns", "pppk", "p3k", "pegawai", "staf", "staff", "karyawan", "honorer",
  "tenaga honorer", "tenaga harian lepas", "thl", "jajaran", "bawahan", "guru",
  "tenaga kependidikan", "penyuluh", "pendamping", "aparatur", "aparatur sipil negara",
  "perangkat desa", "kepala desa", "lurah", "camat", "kepala sekolah", "bidan", "perawat",
  "petugas", "rekan", "bapak ibu", "saudara", "kepala bidang", "kepala seksi", "kepala upt",
  "kepala uptd", "pejabat", "pimpinan", "operator", "mandor", "satpol pp", "linmas",
  "keluarga", "anggota keluarga", "penerima manfaat", "kelompok binaan", "warga binaan",
  "nelayan binaan", "kelompok tani", "murid", "siswa", "peserta didik", "mahasiswa",
}
