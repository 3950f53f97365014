-- vocab_campaign.lua - campaign events, campaign materials and attributes, winning teams, and the
-- verbs for attending, mobilising and putting materials up (campaign-activity rules).
--
-- "kampanye" alone is not partisan ("kampanye imunisasi", "Kampanye Cegah Stunting"), nor is
-- "deklarasi" ("deklarasi zona integritas") or "baliho" ("baliho HUT RI"): rules always need a
-- candidate or party reference as well.

-- Events where a candidate or party campaigns.
list "campaign_events" {
  "kampanye", "kampanye akbar", "kampanye terbuka", "kampanye dialogis", "rapat umum",
  "konser kampanye", "tatap muka", "pertemuan terbatas", "temu kader", "temu relawan",
  "deklarasi", "deklarasi dukungan", "deklarasi relawan", "konsolidasi", "rapat pemenangan",
  "rapat tim", "rapat koordinasi pemenangan", "posko pemenangan", "rumah pemenangan", "blusukan",
  "safari politik", "orasi", "pawai", "konvoi", "arak-arakan", "jalan sehat", "senam bersama",
  "apel siaga", "apel relawan", "apel akbar", "apel kader", "silaturahmi politik", "sosialisasi program", "pemaparan program",
  "pemaparan visi misi", "visi misi", "penyampaian visi misi", "nonton bareng", "nobar",
  "peresmian posko", "pelantikan relawan", "pelantikan tim", "acara partai",
  "pengukuhan relawan", "syukuran pencalonan", "pendaftaran pasangan calon", "mengantar pendaftaran",
}

-- Materials and attributes.
list "campaign_materials" {
  "baliho", "spanduk", "umbul-umbul", "bendera", "stiker", "poster", "pamflet", "brosur",
  "selebaran", "alat peraga", "alat peraga kampanye", "apk", "bahan kampanye", "kaos", "kaus",
  "atribut", "atribut partai", "atribut kampanye", "atribut pasangan calon", "rompi", "topi",
  "pin", "kalender", "gambar", "foto", "banner", "billboard", "videotron", "seragam",
  "kartu nama", "contoh surat suara", "specimen surat suara",
  -- the merchandise of PKPU 15/2023's bahan kampanye (alat minum, alat tulis) and its like
  "=tas", "tas belanja", "tas kain", "payung", "mug", "tumbler", "gantungan kunci", "pulpen",
  "ballpoint",
}

-- Putting materials up or handing them out, wearing them.
list "install_verbs" {
  -- exact forms: the stem of "pasang" also gives "pasangan" (a candidate pair)
  "=pasang", "=memasang", "=dipasang", "=pemasangan", "=terpasang", "=pasanglah",
  "=memasangkan", "=dipasangkan", "=tempel", "=menempel", "=ditempel", "=menempelkan",
  "=ditempelkan", "=tempelkan", "=penempelan", "tancap", "=sebar", "=sebarkan", "=menyebarkan", "=disebarkan", "=bagikan",
  "=membagikan", "=dibagikan", "=pembagian", "=cetak", "=mencetak", "=dicetak", "=pakai",
  "=memakai", "=dipakai", "=kenakan", "=mengenakan", "=dikenakan", "=gunakan", "=menggunakan",
  "=digunakan", "=edarkan", "=mengedarkan", "=diedarkan", "=tanda gambar", "=cantumkan",
  "=mencantumkan", "=dicantumkan",
  -- spoken and regional forms of wearing and handing out (Jawa "dienggo", "nganggo"; Sunda
  -- "dianggo"; "pake", "dipake"; "dibagi")
  "=dienggo", "=nganggo", "=dianggo", "=enggo", "=pake", "=dipake", "=dipakek", "=dibagi",
  "=bagiin", "=dibagiin",
}

-- Attending, joining and moving people to events.
list "attend_verbs" {
  "hadir", "=datang", "=berangkat", "=berangkat bersama", "kumpul", "ikut", "ikut serta",
  -- "ikut serta" with both affixes, which the stemmer leaves whole
  "=mengikutsertakan", "=diikutsertakan", "=ikutsertakan", "=keikutsertaan",
  "=turut", "=turut serta", "=turut hadir", "=meramaikan", "=ramaikan", "=memeriahkan", "=menyambut", "=sambut", "=mengawal",
  "=jemput", "=menjemput", "=penjemputan", "=dijemput", "=angkut", "=mengangkut", "=diangkut",
  "=mobilisasi", "=memobilisasi", "=dimobilisasi", "=kerahkan", "=mengerahkan", "=dikerahkan",
  "=pengerahan", "=piket", "=jaga", "=berjaga", "=bertugas", "=absen", "=diabsen",
  "=daftar hadir", "=peserta", "=partisipasi", "=berpartisipasi", "=hadirkan", "=menghadirkan",
  "=undang", "=mengundang", "=diundang", "=undangan", "=membawa", "=bawa", "=dibawa",
  "=mendatangkan", "=datangkan", "=didatangkan",
}

-- Joining or forming a candidate's team.
list "team_join" {
  "gabung", "bergabung", "=menjadi anggota", "=jadi anggota", "=menjadi relawan",
  "=jadi relawan", "=daftar relawan", "=mendaftar", "=dibentuk", "=membentuk", "=bentuk",
  "=susunan", "=struktur", "=koordinator", "=korlap", "=korcam", "=kordes", "=korwil", "=saksi",
}

-- Gatherings by any name: a campaign team's "ramah tamah" or "syukuran" is still its event
-- (campaign-activity.team-event needs a named team as well).
list "gatherings" {
  "acara", "kegiatan", "ramah tamah", "silaturahmi", "silaturahim", "syukuran", "=temu",
  "temu kangen", "halalbihalal", "halal bihalal", "=pertemuan", "=pertemuannya", "=bertemu",
  "=ketemu", "=menemui", "=temui", "kumpul",
  "makan malam", "makan bersama", "doa bersama", "=pengajian", "arisan", "gathering", "jamuan", "sarasehan",
}

-- Words that point back at a slogan or theme quoted before ("tulisan tema", "slogan tersebut",
-- "jargon itu"), for campaign-activity.slogan-display.
list "slogan_anaphora" {
  "tulisan tema", "tema", "tema tersebut", "tema ini", "tema itu", "slogan", "slogan tersebut",
  "slogan ini", "slogan itu", "jargon", "jargon tersebut", "jargon itu", "tagline", "tagline tersebut",
  "tulisan tersebut", "tulisan itu", "kalimat tersebut", "kalimat itu", "motto", "semboyan",
}

