-- parties_2024.lua - political parties of the 2024 general election with their ballot numbers and
-- abbreviations (national parties 1-17 and 24, Aceh local parties 18-23), as one list "party_names".
--
-- Abbreviations that are also everyday words or office acronyms are only listed after "partai":
-- PBB (Pajak Bumi dan Bangunan), PAN (pan), PA (Pengadilan Agama), PKN (Pendidikan
-- Kewarganegaraan), Garuda, Buruh, Gelora, Ummat, SIRA, PAS, PDA. "partai" alone is not a party
-- reference either (a "partai" is also a consignment of goods).

list "party_names" {
  -- 1
  "pkb", "partai kebangkitan bangsa",
  -- 2
  "gerindra", "partai gerindra", "partai gerakan indonesia raya",
  -- 3
  "pdip", "pdi p", "pdi perjuangan", "partai demokrasi indonesia perjuangan",
  -- 4
  "golkar", "partai golkar", "partai golongan karya",
  -- 5
  "nasdem", "partai nasdem", "partai nasional demokrat",
  -- 6
  "partai buruh",
  -- 7
  "partai gelora", "partai gelombang rakyat indonesia",
  -- 8
  "pks", "partai keadilan sejahtera",
  -- 9
  "partai kebangkitan nusantara",
  -- 10
  "hanura", "partai hanura", "partai hati nurani rakyat",
  -- 11
  "partai garuda", "partai garda republik indonesia",
  -- 12
  "partai amanat nasional", "partai pan",
  -- 13
  "partai bulan bintang", "partai pbb",
  -- 14
  "partai demokrat", "demokrat",
  -- 15
  "psi", "partai solidaritas indonesia",
  -- 16
  "perindo", "partai perindo", "partai persatuan indonesia",
  -- 17
  "ppp", "partai persatuan pembangunan",
  -- 24
  "partai ummat",
  -- Aceh local parties (Pemilu 2024, DPRA and DPRK seats)
  "partai nanggroe aceh", "partai pna", "partai generasi atjeh beusaboh thaat dan taqwa",
  "partai gabthat", "partai darul aceh", "partai pda", "partai aceh", "partai adil sejahtera aceh",
  "partai pas aceh", "partai soliditas independen rakyat aceh", "partai sira",
}
