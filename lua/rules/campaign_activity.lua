-- campaign_activity.lua - rules for memos that send or mobilise people to campaign events,
-- organise a candidate's event, put up or hand out campaign material, or enrol staff in a winning
-- team (category "campaign-activity").
--
-- Legal basis, wording checked with the search tool (public pages, not the official gazette):
--   PP 94/2021 Pasal 5 huruf n angka 1-3 and 6: Kompas.com, "Bolehkah PNS Ikut Kampanye?",
--     16/03/2022 (nasional.kompas.com/read/2022/03/16/00150051).
--   UU 7/2017 Pasal 280 ayat (2) huruf f and ayat (3), penalty Pasal 494: tvonenews.com (Bawaslu
--     Sulsel, 27/01/2024), belitung.tribunnews.com (18/09/2023), radarutara.bacakoran.co.
--   UU 10/2016 Pasal 70 ayat (1) and Pasal 189: rakyatbengkulu.disway.id, benteng.progres.id.
--   SKB 2022 (Nomor 2 Tahun 2022 and its co-numbers): title page on scribd.com/document/602350661;
--     its list of acts (spanduk/baliho/alat peraga, deklarasi, kampanye) via kompasiana.com.
local C = require "netral.kit"

local ATTEND = { attend_verbs = true }
local MATERIAL = { campaign_materials = true }
local TEAM = { team_join = true }

-- "Kampanye Cegah Stunting", "Deklarasi Zona Integritas": public programmes, not campaigns; and
-- "pengamanan kampanye", "menertibkan baliho": the office keeps order, it does not take part.
local function public_program(p, m)
  local sents = C.sentences(m)
  return C.has(p, "cue_public_program", sents) or C.security(p, sents)
end

rule {
  id = "campaign-activity.attend-event",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "campaign-activity",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.9,
  basis = C.basis("pp94_n1", "pp94_n3", "uu7_280", "uu10_70"),
  message = {
    id = "Memo menyuruh atau mengerahkan orang menghadiri kampanye atau acara calon tertentu.",
    en = "The memo sends or mobilises people to a candidate's campaign event.",
  },
  suggest = {
    id = "Hapus perintah hadir dan pengerahan ini. Kehadiran di kampanye adalah urusan pribadi " ..
      "di luar jam kerja, tanpa atribut, fasilitas, atau perintah kedinasan.",
    en = "Remove the order to attend; attending a rally is a private matter outside office duty.",
  },
  match = near(12, any "attend_verbs", any "campaign_events", C.ref()),
  check = function(m, p, doc)
    if public_program(p, m) then return false end
    return C.grade(m, p, doc, { acts = ATTEND, category = "campaign-activity" })
  end,
  examples = {
    flag = {
      "Seluruh tenaga honorer hadir pada kampanye terbuka paslon nomor 1 tanggal 16 November.",
      "Saudara diminta mengerahkan 100 warga ke rapat umum calon presiden Prabowo Subianto.",
      "Kita berangkat bersama ke kampanye akbar Ganjar-Mahfud dari depan kantor pukul 14.00.",
      "Para kepala desa agar menghadiri deklarasi dukungan untuk calon Bupati petahana.",
      "Staf kecamatan bertugas menjemput warga ke kampanye akbar paslon 01.",
      "Pegawai wajib ikut jalan sehat bersama pasangan calon Wali Kota nomor 2 hari Minggu.",
    },
    pass = {
      "ASN dilarang menghadiri kampanye pasangan calon dengan atribut dinas.",
      "Seluruh pegawai wajib hadir pada Deklarasi Zona Integritas menuju WBK.",
      "Relawan anti narkoba diharapkan hadir pada deklarasi kampung bersinar.",
      "Bawaslu menerima laporan dugaan kepala desa menghadiri kampanye paslon nomor 2.",
      "Kader posyandu hadir pada kampanye imunisasi polio di balai desa.",
      "Petugas Satpol PP bertugas mengamankan jalannya kampanye sesuai jadwal KPU tanpa memihak paslon mana pun.",
    },
  },
}

rule {
  id = "campaign-activity.partisan-event",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "campaign-activity",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.75,
  scope = "paragraph",
  basis = C.basis("pp94_n6", "uu7_283", "skb2022"),
  message = {
    id = "Memo mengatur atau mengumumkan acara kampanye, posko, atau pemaparan program calon tertentu.",
    en = "The memo organises or announces a candidate's campaign event, post or programme briefing.",
  },
  suggest = {
    id = "Batalkan acara ini dari kegiatan kantor. Instansi tidak boleh menyelenggarakan, " ..
      "menjadwalkan, atau mengumumkan kegiatan kampanye calon mana pun.",
    en = "Drop the event from office business; offices must not host or schedule campaign events.",
  },
  match = near(6, any "campaign_events", C.strong_ref()),
  check = function(m, p, doc)
    if public_program(p, m) then return false end
    -- Someone is sent, told, or the office hosts it (lends a hall, pays for the food); a cell of
    -- a schedule or assignment table is an order by its nature.
    if not (C.has(p, "attend_verbs") or C.has(p, "directives") or C.has(p, "appeals")
            or C.has(p, "staff_refs") or C.has(p, "use_verbs") or C.has(p, "state_facilities")
            or p.where == "table") then
      return false
    end
    -- "Sesuai jadwal KPU, kampanye rapat umum paslon 1 berlangsung ...": a notice, not an order.
    if C.has(p, "cue_lawful", C.sentences(m)) and not C.directive(p, m, doc) then return false end
    return C.grade(m, p, doc, { acts = { campaign_events = true }, category = "campaign-activity" })
  end,
  examples = {
    flag = {
      "Susunan acara: nonton bareng, dilanjutkan pemaparan program Paslon 02 oleh koordinator relawan. Pegawai hadir memakai kemeja biru.",
      "Piket Posko Pemenangan Anies-Muhaimin dijaga staf Seksi Trantib setiap malam.",
      "Pegawai menyiapkan konsumsi untuk tatap muka calon Bupati nomor urut 3 dengan warga.",
      "Kegiatan Sabtu: temu relawan Prabowo-Gibran di aula, seluruh staf hadir.",
      "Setelah apel, staf mengikuti sosialisasi program calon Gubernur petahana.",
    },
    pass = {
      "KPU menetapkan jadwal kampanye pasangan calon mulai 25 September.",
      "Dilarang menggelar kampanye paslon di kantor pemerintah; pegawai wajib menjaga netralitas.",
      "Kampanye Cegah Stunting dilaksanakan serentak di seluruh posyandu; kader wajib hadir.",
      "Inspektorat memeriksa dugaan staf menghadiri posko pemenangan paslon 01.",
      "Pengamanan debat pasangan calon menjadi tugas kepolisian.",
    },
  },
}

-- A team named by its candidate pair ("Tim Relawan Sahabat Hendri–Yusnaini"): the team word, then
-- a dash-joined pair of names or a specific candidate reference within a few words.
local function named_team(p, m, doc)
  for _, h in ipairs(m.hits) do
    if h.list == "team_refs" then
      if C.named_pair_after(p, h.last, 4) then return true end
      for _, l in ipairs(C.STRONG) do
        for _, r in ipairs(p:hits(l)) do
          if r.first > h.last and r.first <= h.last + 4 then return true end
        end
      end
    end
  end
  return false
end

rule {
  id = "campaign-activity.team-event",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "campaign-activity",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.8,
  basis = C.basis("pp94_n1", "pp94_n3", "uu7_280", "uu10_70"),
  message = {
    id = "Memo menyuruh atau mengharapkan pegawai menghadiri acara yang digelar tim relawan atau " ..
      "tim pemenangan calon tertentu.",
    en = "The memo has staff attend an event held by a particular candidate's volunteer or " ..
      "winning team.",
  },
  suggest = {
    id = "Hapus ajakan hadir ini. Acara tim relawan atau tim pemenangan adalah kegiatan " ..
      "kampanye, walau disebut silaturahmi atau ramah tamah.",
    en = "Remove the invitation; a campaign team's gathering is campaigning, whatever it is called.",
  },
  match = all(any "attend_verbs", any "gatherings", any "team_refs"),
  check = function(m, p, doc)
    if public_program(p, m) or not named_team(p, m, doc) then return false end
    return C.grade(m, p, doc, { acts = ATTEND, category = "campaign-activity", strength = 3 })
  end,
  examples = {
    flag = {
      "Acara ramah tamah yang digelar Tim Relawan Sahabat Hendri–Yusnaini diharapkan dapat dihadiri seluruh perawat.",
      "Seluruh staf diminta hadir pada silaturahmi Relawan Darmawan-Nurhayati di gedung serbaguna.",
      "Pegawai agar datang ke syukuran tim pemenangan Yusuf – Mardiana hari Sabtu malam.",
      "Kepala ruangan mendata kehadiran anggotanya pada temu kangen Sahabat Rinaldi-Sarmaini.",
      "Guru honorer diundang ke halalbihalal relawan paslon 02 di rumah koordinator.",
    },
    pass = {
      "Relawan PMI hadir membantu evakuasi warga di Kecamatan Hulu.",
      "ASN dilarang menghadiri acara tim relawan Hendri–Yusnaini.",
      "Tim Sukses Adipura hadir pada rapat penilaian di Balai Kota.",
      "Relawan anti-narkoba diharapkan hadir pada pengukuhan di aula kantor.",
      "Bawaslu menerima laporan dugaan pegawai menghadiri acara relawan Hendri–Yusnaini.",
      "Setiap guru yang hadir menerima voucer dari tim sukses Sdr. Ferry Gunawan.",
    },
  },
}

rule {
  id = "campaign-activity.materials",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "campaign-activity",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.85,
  basis = C.basis("pp94_n2", "pp94_n6", "skb2022"),
  message = {
    id = "Memo menyuruh memasang, membagikan, atau memakai alat peraga atau atribut kampanye " ..
      "calon atau partai tertentu.",
    en = "The memo has campaign material or attributes of a candidate or party put up, handed " ..
      "out or worn.",
  },
  suggest = {
    id = "Hapus perintah ini dan jangan memasang atau membagikan baliho, spanduk, stiker, " ..
      "bendera, atau kaos calon maupun partai di lingkungan kantor atau oleh pegawai.",
    en = "Remove the order; no candidate or party material on office grounds or by staff.",
  },
  match = near(8, any "campaign_materials", C.ref()),
  check = function(m, p, doc)
    if public_program(p, m) then return false end
    local sents = C.sentences(m)
    if not (C.has(p, "install_verbs", sents) or C.has(p, "gift_markers", sents)) then
      return false
    end
    -- A twibbon or profile picture is the social-media category, not a banner.
    if C.has(p, "social_profile", sents) then return false end
    return C.grade(m, p, doc, { acts = MATERIAL, category = "campaign-activity" })
  end,
  examples = {
    flag = {
      "Setelah kerja bakti, staf memasang bendera dan baliho Partai Keadilan Sejahtera di pagar kantor.",
      "Seluruh pegawai mengenakan kaos bergambar calon Bupati petahana saat apel Senin.",
      "Petugas agar membagikan stiker nomor urut 1 pasangan calon Wali Kota kepada warga.",
      "Spanduk Prabowo-Gibran dipasang di depan setiap kantor UPT paling lambat Jumat.",
      "Mohon sebarkan brosur caleg Partai NasDem nomor urut 2 di ruang tunggu pelayanan.",
      "Peserta apel mengenakan kaos bergambar pasangan Haji Ramli – Yuliana yang dibagikan panitia.",
    },
    pass = {
      "ASN dilarang memasang spanduk atau baliho pasangan calon.",
      "Setiap desa memasang baliho kampanye gizi seimbang di posyandu.",
      "Satpol PP menertibkan alat peraga kampanye yang dipasang di luar zona yang ditetapkan KPU.",
      "Diduga ada stiker bergambar pasangan calon pada mobil dinas.",
      "Spanduk HUT RI ke-79 dipasang di pagar kantor mulai 1 Agustus.",
      "Peserta mengenakan kaos seragam pasangan pengantin pada lomba busana adat.",
      "Pegawai memasang twibbon pasangan calon nomor urut 1 sebagai foto profil.",
    },
  },
}

rule {
  id = "campaign-activity.winning-team",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "campaign-activity",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.85,
  basis = C.basis("uu7_280", "uu10_70", "pp94_n1"),
  message = {
    id = "Memo memasukkan pegawai ke tim sukses, tim pemenangan, relawan, atau saksi calon atau partai.",
    en = "The memo enrols staff in a candidate's or party's winning team, volunteers or witnesses.",
  },
  suggest = {
    id = "Hapus penugasan ini. ASN dilarang menjadi pelaksana atau anggota tim kampanye; " ..
      "keikutsertaan pribadi pun dilarang selama berstatus ASN.",
    en = "Remove the assignment; civil servants may not be campaign team members.",
  },
  match = near(8, any "team_join", any "team_refs", C.ref()),
  check = function(m, p, doc)
    -- Joining a campaign group on a platform is the social-media category.
    if C.has(p, "social_platforms", C.sentences(m)) then return false end
    return C.grade(m, p, doc, { acts = TEAM, category = "campaign-activity" })
  end,
  examples = {
    flag = {
      "Setiap bidang menunjuk dua pegawai untuk bergabung dengan tim pemenangan calon Bupati nomor 3.",
      "Kepala seksi ditugaskan menjadi koordinator relawan pasangan calon Gubernur nomor 2 di kecamatan.",
      "Guru honorer agar mendaftar sebagai saksi partai Gerindra di TPS masing-masing.",
      "Dibentuk tim sukses paslon 02 di lingkungan dinas dengan susunan terlampir.",
      "Staf bergabung menjadi relawan Ganjar-Mahfud mulai bulan ini.",
    },
    pass = {
      "Dibentuk Tim Sukses Adipura yang bertugas menyusun strategi pemenangan lomba.",
      "ASN dilarang menjadi anggota tim kampanye pasangan calon.",
      "Pegawai yang diduga bergabung dengan tim pemenangan caleg akan dipanggil untuk klarifikasi.",
      "Staf bergabung ke grup Telegram relawan paslon 02 dan membagikan kontennya.",
      "Relawan PMI bergabung dengan tim tanggap bencana kecamatan.",
    },
  },
}
