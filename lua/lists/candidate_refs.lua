-- candidate_refs.lua - generic references to candidates, pairs, parties and their teams, valid for
-- every race (Pilpres, Pileg, DPD, Pilkada). Specific names live in candidates_*.lua / parties_*.lua.
--
-- "calon" alone is not a reference ("calon peserta diklat"); neither is "tim sukses" alone ("Tim
-- Sukses Adipura") nor "nomor 2" alone ("Nomor 523/619"). Rules combine the weak ones with
-- election context (list "election_words").

-- A candidate or pair, named by office. Strong together with an identifier in the same sentence
-- (a number, a name, a party, "petahana"); alone ("memilih pasangan calon sesuai hati nurani") it
-- names nobody in particular.
list "candidate_refs" {
  "paslon", "bapaslon", "pasangan calon", "bakal pasangan calon", "pasangan nomor urut #num",
  "calon presiden", "calon wakil presiden", "capres", "cawapres", "bacapres", "bacawapres",
  "capres cawapres", "calon presiden dan wakil presiden",
  "calon gubernur", "calon wakil gubernur", "cagub", "cawagub", "cagub cawagub",
  "calon bupati", "calon wakil bupati", "cabup", "cawabup", "cabup cawabup",
  "calon wali kota", "calon walikota", "calon wakil wali kota", "calon wakil walikota",
  "cawalkot", "cawawalkot", "calon kepala daerah", "calon wakil kepala daerah",
  "calon legislatif", "caleg", "bacaleg", "calon anggota legislatif", "calon anggota dpr",
  "calon anggota dprd", "calon anggota dpd", "calon anggota dewan", "calon dpr", "calon dprd",
  "calon dpd", "calon senator", "calon perseorangan", "calon independen", "bakal calon perseorangan",
  "calon kepala desa", "cakades", "petahana", "kandidat", "kontestan", "peserta pemilu",
  "peserta pilkada",
}

-- Offices the 2024 candidates also held ("Menteri Pertahanan Prabowo Subianto", "Wali Kota Solo
-- Gibran"): a name right after one of these is the official, unless the sentence is about the
-- election.
list "official_titles" {
  "menteri", "menteri pertahanan", "menhan", "menko", "menko polhukam", "menteri koordinator",
  "gubernur", "wali kota", "walikota", "bupati", "presiden", "wakil presiden", "ketua umum",
  "ketum", "ketua dpr", "ketua mpr", "wakil ketua", "kepala daerah", "pj", "penjabat",
}

-- What makes a generic reference point at one candidate, anywhere in its sentence.
list "candidate_identifiers" {
  "petahana", "incumbent", "pilihan kita", "pilihan kami", "pilihan pimpinan",
  "yang didukung pimpinan", "yang kita dukung", "jagoan kita", "calon kita", "kandidat kita",
}

-- Titles before a person's name; right after a generic reference they name the candidate
-- ("calon anggota DPD RI Sdr. Teuku Arman", "calon Bupati petahana Bapak H. Sulaiman").
-- Exact where the stem would take everyday words: "=lalu" (Sasak) not "melalui", "selalu";
-- "=mas" not "kemasan"; "=pak" not "pakan"; "=kak" not "kaki"; "=cak" not "pencak".
list "name_titles" {
  "sdr", "sdri", "saudara", "saudari", "bapak", "ibu", "bpk", "=pak", "bu", "hj", "haji", "ir",
  "dr", "drs", "dra", "prof", "kh", "tgk", "teuku", "=cut", "andi", "gusti", "ni luh", "tuan",
  "nyonya", "=kak", "bang", "=mas", "mbak", "uda", "ajo", "daeng", "opung",
  -- regional honorifics before a name (Aceh, Malay Riau and Jambi)
  "abu", "teungku", "tengku", "datuk",
  -- Sundanese, Javanese, Balinese and Minang forms of address ("Kang Deden", "Cak Kus")
  "kang", "akang", "teteh", "=cak", "ning", "neng", "bli", "uni",
  -- religious and Sasak, Bugis and Minang titles ("TGH. Lalu Fadli", "Buya Syahrial", "Puang
  -- Haji Amiruddin", "Gus Ahmad", "Habib Umar", "Ustaz Hanan")
  "tgh", "tuan guru", "=lalu", "baiq", "buya", "puang", "gus", "habib", "ustaz", "ustadz",
  "ustad", "ustazah", "ustadzah", "kyai", "kiai", "romo", "pendeta", "pdt",
  -- an elder's address before a name ("Abah Rusdi", "Umi Salmah", Sundanese "Ambu Rina",
  -- "Bunda Yuli", Sasak "Mamiq Sapturi", eastern "Mama Goreti", "Bapa Yeskiel")
  "abah", "umi", "ambu", "bunda", "mamiq", "mama", "bapa",
}

-- Generic party references (the parties themselves are in parties_2024.lua).
list "party_refs" {
  "partai politik", "parpol", "partai pengusung", "partai pendukung", "koalisi partai",
  "partai koalisi", "partai nomor urut #num", "partai nomor #num", "partai no urut #num",
}

-- Ballot numbers. "nomor urut N" is strong; "nomor N" needs election context in the sentence.
list "number_refs_strong" {
  "nomor urut #num", "no urut #num", "nomer urut #num", "nomor urut satu", "nomor urut dua",
  "nomor urut tiga", "nomor urut empat", "nomor urut lima", "paslon #num", "paslon nomor #num",
  "paslon nomor satu", "paslon nomor dua", "paslon nomor tiga", "paslon no #num",
  "pasangan calon nomor #num", "caleg nomor #num", "paslon satu", "paslon dua", "paslon tiga",
  "paslon empat", "paslon lima", "nomer urut satu", "nomer urut dua", "nomer urut tiga", "pasangan #num", "pasangan nomor #num",
  "pasangan no #num", "pasangan nomor urut #num", "calon nomor #num", "calon nomor urut #num",
}
list "number_refs_weak" {
  "nomor #num", "no #num", "nomor satu", "nomor dua", "nomor tiga", "nomor empat", "nomor lima",
  "angka #num", "nomer #num",
}

-- Campaign organisations of a candidate. Only a reference next to a candidate or party.
list "team_refs" {
  "tim sukses", "timses", "tim pemenangan", "tim kampanye", "pelaksana kampanye", "juru kampanye",
  "jurkam", "relawan", "simpatisan", "=pendukung", "posko pemenangan", "rumah pemenangan",
  "sekretariat pemenangan", "koordinator relawan", "korlap relawan", "saksi partai", "tkn", "tpn",
  "timnas", "tkd", "tpd", "badan pemenangan", "barisan pendukung", "sahabat", "laskar", "=para pendukung",
}

-- Pronouns and anaphora that point back to a candidate named earlier in the memo.
list "candidate_anaphora" {
  "beliau", "beliaunya", "paslon tersebut", "calon tersebut", "pasangan tersebut",
  "pasangan ini", "calon kita", "jagoan", "jagoan kita", "kandidat kita", "pilihan kita",
}

-- Election context that turns a weak reference ("nomor 1") into a candidate reference.
-- Right after "pasangan", "calon" or "paslon": the group's own choice, left unnamed ("Deklarasi
-- Dukungan kepada pasangan yang telah disepakati pada musyawarah", "calon yang kita dukung").
-- Not "yang ditetapkan (KPU)": every pair is.
list "agreed_refs" {
  "yang telah disepakati", "yang sudah disepakati", "yang disepakati", "yang kita sepakati",
  "yang telah kita sepakati", "yang sudah kita sepakati", "yang kita dukung", "yang kita usung",
  "yang kita menangkan", "yang akan kita menangkan", "yang kita pilih bersama", "pilihan kita",
  "pilihan bersama", "yang didukung bersama", "yang sudah kita tentukan", "yang telah kita tentukan",
}

list "election_words" {
  "=pemilihan", "pemilu", "pilkada", "pilpres", "pileg", "pilgub", "pilbup", "pilwalkot",
  "pemilihan umum", "pemilihan kepala daerah", "pemilihan serentak", "pemungutan suara",
  "pencoblosan", "hari pencoblosan", "bilik suara", "surat suara", "kotak suara", "tps",
  "=coblos", "=mencoblos", "=dicoblos", "=coblosan", "kampanye", "masa kampanye", "masa tenang",
  "14 februari", "27 november", "untuk presiden", "untuk wakil presiden", "untuk gubernur",
  "untuk bupati", "untuk wali kota", "untuk walikota", "untuk dpr", "untuk dprd", "untuk dpd",
  "untuk legislatif", "jadi presiden", "jadi gubernur", "jadi bupati", "jadi wali kota",
}

-- References that name no one in particular: "paslon mana pun", "salah satu pasangan calon",
-- "semua peserta pemilu". A candidate reference inside one of these does not count.
-- Exact "=manapun", "=siapapun": their stems are "mana" and "siapa" ("di mana", "siapa").
list "neutral_refs" {
  "mana pun", "=manapun", "siapa pun", "=siapapun", "mana saja", "mana aja", "siapa saja", "salah satu pasangan calon", "salah satu calon",
  "salah satu paslon", "salah satu peserta pemilu", "salah satu partai", "calon tertentu",
  "pasangan calon tertentu", "paslon tertentu", "partai tertentu", "partai politik tertentu",
  "peserta pemilu tertentu", "kandidat tertentu", "semua pasangan calon", "seluruh pasangan calon",
  "semua paslon", "seluruh paslon", "semua calon", "seluruh calon", "semua peserta pemilu",
  "seluruh peserta pemilu", "semua partai", "seluruh partai", "masing-masing pasangan calon",
  "setiap pasangan calon", "setiap paslon", "setiap peserta pemilu", "para calon",
  "para pasangan calon", "antarpasangan calon", "pasangan calon mana pun", "tertentu",
  "nomor urut #num dan #num", "nomor urut #num sampai #num", "nomor urut #num hingga #num",
  "nomor urut #num s.d. #num", "nomor #num dan #num", "paslon #num dan #num",
  "#num #num dan #num", "#num #num #num", "#num dan #num",
  -- exact: stemmed, "kedua paslon" would also match "(nomer) dua, paslon (dua)"
  "=kedua pasangan calon", "=ketiga pasangan calon", "=keempat pasangan calon", "=kedua paslon",
  "=ketiga paslon", "para paslon", "semua kandidat", "para kandidat", "seluruh kandidat",
  "=kedua calon", "=ketiga calon", "para caleg", "semua caleg", "seluruh caleg",
  "secara berimbang", "berimbang", "secara adil", "secara setara", "secara netral",
}

-- "pasangan" / "duet" names a pair only when a name follows ("pasangan BERSINAR", "pasangan Haji
-- Ramli – Yuliana"); netral/kit.lua checks the shape. Set phrases that are not pairs:
list "pair_heads" { "=pasangan", "=duet" }
list "pair_bait" {
  "pasangan usia subur", "pasangan suami istri", "pasangan pengantin", "pasangan hidup",
  "pasangan ganda", "pasangan baru",
}

-- Pair acronyms that are also ordinary words: a reference only when written in capitals
-- ("twibbon AMIN", not "amin" after a prayer).
list "candidate_acronyms" { "amin" }

-- Anaphora too vague to point back to a candidate named elsewhere in the memo (the head of office
-- is "beliau" too); they count only after a candidate in the same paragraph.
list "vague_anaphora" { "beliau", "beliaunya", "jagoan" }
