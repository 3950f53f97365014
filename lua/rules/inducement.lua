-- inducement.lua - rules for memos that give money, goods or transport money for support or votes,
-- or collect KTP copies and support letters for a candidate (category "inducement").
--
-- Legal basis, wording checked with the search tool (public pages, not the official gazette):
--   PP 94/2021 Pasal 5 huruf n angka 6 ("pemberian barang") and angka 7 ("surat dukungan disertai
--     fotokopi Kartu Tanda Penduduk"): Kompas.com, 16/03/2022; sumeksradio.disway.id.
--   UU 7/2017 Pasal 280 ayat (1) huruf j and Pasal 523: grahamedia.id, jabarekspres.com
--     (11/02/2024); Pasal 283 ayat (2) ("pemberian barang"): jabarnews.com.
--   UU 10/2016 Pasal 187A: Bawaslu statement quoted on a 2024 news page found by the search tool.
local C = require "netral.kit"

local function sentences_of(p, list)
  local s = {}
  for _, h in ipairs(p:hits(list)) do s[h.sentence] = true end
  return s
end

-- The goods are handed out (a give/receive verb or a partisan marker in their sentence) and a
-- candidate reference or campaign event stands at most two sentences away ("... konser kampanye
-- akbar Ganjar-Mahfud. Kita berangkat bersama ... Tiap orang yang hadir dapat uang bensin").
local function gift_near_ref(p, m)
  local markers = sentences_of(p, "gift_markers")
  local give = sentences_of(p, "give_verbs")
  for s in pairs(markers) do give[s] = true end
  local refs = {}
  for _, h in ipairs(m.hits) do
    if C.STRONG_SET[h.list] or C.WEAK_SET[h.list] then refs[h.sentence] = true end
  end
  for s in pairs(sentences_of(p, "campaign_events")) do refs[s] = true end
  for _, h in ipairs(m.hits) do
    -- Aid and building material are gifts only with a reward marker ("yang berhasil ... akan
    -- menerima"); money, sembako and vouchers with any give or receive verb.
    local handed = (h.list == "inducement_goods" and give[h.sentence]) or
      (h.list == "inducement_goods_generic" and markers[h.sentence])
    if handed then
      local s = h.sentence
      for d = -2, 2 do
        if refs[s + d] then return true end
      end
    end
  end
  return false
end

rule {
  id = "inducement.gift-for-support",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "inducement",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.85,
  scope = "paragraph",
  basis = C.basis("pp94_n6", "uu7_280j", "uu10_187a"),
  message = {
    id = "Memo memberikan atau menjanjikan uang, barang, atau uang transport yang dikaitkan " ..
      "dengan calon, kampanye, atau pilihan tertentu.",
    en = "The memo gives or promises money, goods or transport money tied to a candidate, " ..
      "a rally or a vote.",
  },
  suggest = {
    id = "Hentikan pemberian ini. Pemberian uang atau barang untuk memengaruhi pilihan adalah " ..
      "politik uang; bantuan kedinasan tidak boleh membawa nama, gambar, atau pesan calon.",
    en = "Stop the handout; money or goods to influence votes is vote buying.",
  },
  match = all(at_least(1, any "inducement_goods", any "inducement_goods_generic"), C.ref()),
  check = function(m, p, doc)
    if not gift_near_ref(p, m) then return false end
    -- Party funding by law, grants to the election bodies.
    if C.has(p, "cue_lawful", C.sentences(m)) then return false end
    return C.grade(m, p, doc, { acts = { inducement_goods = true, inducement_goods_generic = true },
                                category = "inducement" })
  end,
  examples = {
    flag = {
      "Tiap orang yang hadir di konser kampanye Ganjar-Mahfud dapat uang bensin Rp75.000.",
      "Setiap guru yang hadir menerima voucer belanja Rp200.000 dari tim sukses caleg Partai Demokrat nomor urut 4.",
      "Petugas kebersihan menerima beras 10 kg bergambar calon Wali Kota nomor 1 yang dibagikan Jumat.",
      "RT yang menghimpun 50 suara untuk caleg Partai Golkar akan mendapat bantuan semen dan uang tunai.",
      "Paket sembako dari pasangan calon Bupati petahana disalurkan melalui penyuluh kepada kelompok tani.",
      "Setiap RT yang berhasil menghimpun 50 suara untuk caleg Partai Golkar nomor urut 3 akan menerima bantuan 20 sak semen.",
    },
    pass = {
      "ASN dilarang memberikan uang atau barang kepada pemilih untuk mendukung pasangan calon.",
      "Peserta rapat koordinasi menerima uang transport sesuai standar biaya masukan.",
      "Bantuan beras cadangan pangan pemerintah dibagikan kepada keluarga penerima manfaat.",
      "Terlapor diduga membagikan amplop berisi Rp50.000 kepada warga sambil menyebut caleg nomor urut 2.",
      "Honor petugas KPPS dibayarkan oleh KPU setelah penghitungan suara selesai.",
      "Kami harap nakes mendukung paslon nomor 2 demi keberlanjutan program bantuan kesehatan gratis.",
    },
  },
}

rule {
  id = "inducement.ktp-collection",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "inducement",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.85,
  scope = "paragraph",
  basis = C.basis("pp94_n7", "pp94_n6"),
  message = {
    id = "Memo mengumpulkan fotokopi KTP, kartu keluarga, atau surat dukungan untuk calon tertentu.",
    en = "The memo collects ID-card copies or support letters for a candidate.",
  },
  suggest = {
    id = "Hentikan pengumpulan ini. Instansi tidak boleh menghimpun KTP atau surat dukungan " ..
      "pegawai dan keluarganya untuk calon mana pun; kembalikan berkas yang sudah terkumpul.",
    en = "Stop collecting; return the copies already gathered.",
  },
  match = near(20, any "ktp_docs", any "collect_verbs", C.ref()),
  check = function(m, p, doc)
    -- Support letters point at one candidate even when the memo does not name them.
    local strength = C.ref_strength(p, m, doc)
    if strength >= 1 and C.has(p, "support_verbs", C.sentences(m)) then strength = 3 end
    return C.grade(m, p, doc, { acts = { collect_verbs = true }, category = "inducement",
                                strength = strength })
  end,
  examples = {
    flag = {
      "Diminta menghimpun fotokopi KTP-el seluruh pegawai disertai surat pernyataan dukungan bagi calon anggota DPD RI.",
      "Kepala sekolah agar mengumpulkan salinan KTP guru honorer sebagai dukungan bagi bakal calon perseorangan Wali Kota.",
      "Setiap RT menyetor fotokopi KK dan KTP warga pendukung paslon nomor 2 ke kantor kelurahan.",
      "Formulir dukungan untuk calon Bupati jalur perseorangan diisi dan ditandatangani seluruh staf.",
      "Kirimkan data NIK keluarga yang siap memilih caleg PKS ke sekretariat paling lambat Senin.",
    },
    pass = {
      "ASN dilarang memberikan surat dukungan disertai fotokopi KTP kepada bakal calon perseorangan.",
      "Pelamar PPPK melampirkan fotokopi KTP dan ijazah terakhir.",
      "Calon anggota KPPS mengumpulkan fotokopi KTP-el ke sekretariat PPS.",
      "Bawaslu menindaklanjuti laporan dugaan pencatutan KTP warga untuk dukungan calon perseorangan.",
      "Pegawai yang pindah alamat agar menyerahkan fotokopi kartu keluarga terbaru ke Subbag Kepegawaian.",
    },
  },
}
