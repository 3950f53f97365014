-- candidates_pilpres2024.lua - the 2024 presidential pairs as data: names, nicknames, pair numbers,
-- slogans and hashtags. Rules only ever say `any "candidate_names"` / `any "candidate_slogans"`.
--
-- Pairs (KPU ballot numbers, 2024): 01 Anies Baswedan - Muhaimin Iskandar ("AMIN"),
-- 02 Prabowo Subianto - Gibran Rakabuming Raka, 03 Ganjar Pranowo - Mahfud MD.
-- Bare numbers are not listed here: "paslon 02", "nomor urut 3" and "coblos 1" are caught by the
-- generic references in candidate_refs.lua, which also cover every Pilkada and legislative race.
-- Words that are also ordinary Indonesian ("amin" as in prayer, "perubahan", "maju", "gemoy")
-- are only listed as multi-word phrases or hashtags, never alone.

list "candidate_names" {
  -- 01
  "anies", "anies baswedan", "anies rasyid baswedan", "muhaimin iskandar", "abdul muhaimin iskandar",
  "cak imin", "gus imin", "anies muhaimin", "anies imin", "pasangan amin", "paslon amin",
  "koalisi perubahan", "timnas amin", "tim nasional amin",
  -- 02
  "prabowo", "prabowo subianto", "gibran", "gibran rakabuming", "gibran rakabuming raka",
  "mas gibran", "pak prabowo", "prabowo gibran", "koalisi indonesia maju", "tkn prabowo",
  "tim kampanye nasional prabowo",
  -- 03
  "ganjar", "ganjar pranowo", "mahfud md", "prof mahfud", "pak mahfud", "ganjar mahfud",
  "tpn ganjar", "tim pemenangan nasional ganjar",
}

list "candidate_slogans" {
  -- hashtags arrive as one token after '#': list the joined forms
  "aminajadulu", "#aminajadulu", "amin aja dulu", "wakanda no more", "perubahan bersama amin",
  "prabowogibran", "prabowogibran2024", "#prabowogibran", "bersama indonesia maju", "oke gas",
  "oke gas oke gas", "prabowo gemoy", "gemoy 02", "lanjutkan bersama prabowo", "satu putaran",
  "ganjarmahfud", "ganjarmahfud2024", "#ganjarmahfud", "gerak cepat menuju indonesia unggul",
  "sat set tas tes", "ganjar sat set", "tuanku ya rakyat",
}

-- Stemmer roots for names that take Indonesian affixes in memos ("mendukung prabowo-nya").
roots { "anies", "prabowo", "gibran", "ganjar", "mahfud", "muhaimin" }
