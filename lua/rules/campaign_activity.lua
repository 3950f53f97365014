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
-- How a sticker or picture sits on a parcel: "paket ditempeli stiker ...", "beras dikemas dalam ..."
local WRAP = { ditempeli = true, ditempel = true, ditempelkan = true, dikemas = true, dibungkus = true,
               bertempel = true, berstiker = true, dilabeli = true }
-- Where a document frame was set (p.frame.source, computed in C), for messages.
local FRAME_NAMES = { subject = "perihal memo", title = "judul memo", opening = "paragraf pembuka",
                      table = "kepala tabel", leadin = "pengantar daftar", row = "baris tabel" }
local MATERIAL = { campaign_materials = true }
local TEAM = { team_join = true }

-- Public programmes and keeping order ("Kampanye Cegah Stunting", "pengamanan kampanye") are
-- C.public_program in the kit.

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
    if C.public_program(p, m) then return false end
    return C.grade(m, p, doc, { acts = ATTEND, category = "campaign-activity" })
  end,
  examples = {
    flag = {
      -- an acting official's title and an appraisal are no policing work
      "Pj. Kepala Desa meminta seluruh perangkat desa menghadiri kampanye akbar paslon nomor 1.",
      "Seluruh kepala desa wajib hadir di kampanye akbar paslon nomor 1; kehadiran menjadi bahan evaluasi.",
      -- a public occasion does not make a candidate's event a public programme
      "Dalam rangka HUT RI ke-79, seluruh pegawai wajib mengikuti jalan sehat bersama calon Bupati nomor urut 2, Bapak Harun Siregar.",
      "Dalam rangka Hari Jadi Kabupaten, staf diminta menghadiri kampanye akbar paslon nomor 1 di alun-alun.",
      "Seluruh tenaga honorer hadir pada kampanye terbuka paslon nomor 1 tanggal 16 November.",
      "Saudara diminta mengerahkan 100 warga ke rapat umum calon presiden Prabowo Subianto.",
      "Kita berangkat bersama ke kampanye akbar Ganjar-Mahfud dari depan kantor pukul 14.00.",
      "Para kepala desa agar menghadiri deklarasi dukungan untuk calon Bupati petahana.",
      "Staf kecamatan bertugas menjemput warga ke kampanye akbar paslon 01.",
      "Pegawai wajib ikut jalan sehat bersama pasangan calon Wali Kota nomor 2 hari Minggu.",
    },
    pass = {
      "Selama Bupati menjalani cuti di luar tanggungan negara, Plt. Bupati memimpin apel pagi dan tidak menghadiri kampanye pasangan calon mana pun.",
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
    if C.public_program(p, m) then return false end
    -- "ASN tidak mendampingi, memfasilitasi atau mendokumentasikan kegiatan kampanye ...": what
    -- staff must not do, said without "dilarang"
    for _, h in ipairs(m.hits) do
      if h.list == "campaign_events" and C.negated_object(p, h) then
        return C.why(doc, "acara kampanye menjadi objek kalimat yang diingkari",
                     "the campaign event is the object of a negated predicate")
      end
    end
    -- Someone is sent, told, or the office hosts it (lends a hall, pays for the food); a cell of
    -- a schedule or assignment table is an order by its nature.
    if not (C.has(p, "attend_verbs") or C.has(p, "directives") or C.has(p, "appeals")
            or C.has(p, "staff_refs") or C.has(p, "use_verbs") or C.has(p, "state_facilities")
            or p.where == "table") then
      return false
    end
    -- "Sesuai jadwal KPU, kampanye rapat umum paslon 1 berlangsung ...": a notice, not an order.
    if C.lawful(p, C.sentences(m)) and not C.directive(p, m, doc) then return false end
    return C.grade(m, p, doc, { acts = { campaign_events = true }, category = "campaign-activity" })
  end,
  examples = {
    flag = {
      "Susunan acara: nonton bareng, dilanjutkan pemaparan program Paslon 02 oleh koordinator relawan. Pegawai hadir memakai kemeja biru.",
      "Piket Posko Pemenangan Anies-Muhaimin dijaga staf Seksi Trantib setiap malam.",
      "Pegawai menyiapkan konsumsi untuk tatap muka calon Bupati nomor urut 3 dengan warga.",
      "Kegiatan Sabtu: temu relawan Prabowo-Gibran di aula, seluruh staf hadir.",
      "Setelah apel, staf mengikuti sosialisasi program calon Gubernur petahana.",
      -- a condition on those who stay away is no negated act
      "Pegawai yang tidak hadir pada kampanye akbar paslon nomor 2 hari Minggu dicatat oleh Subbag Umum.",
    },
    pass = {
      -- "pasangan calon, partai politik atau tim kampanye": every kind, nobody in particular
      "Dukungan anggaran disalurkan melalui transfer ke rekening hibah masing-masing penerima. BPKAD tidak menyalurkan dana kepada pasangan calon, partai politik atau tim kampanye.",
      "KPU menetapkan jadwal kampanye pasangan calon mulai 25 September.",
      "Dilarang menggelar kampanye paslon di kantor pemerintah; pegawai wajib menjaga netralitas.",
      "Kampanye Cegah Stunting dilaksanakan serentak di seluruh posyandu; kader wajib hadir.",
      "Inspektorat memeriksa dugaan staf menghadiri posko pemenangan paslon 01.",
      "Pengamanan debat pasangan calon menjadi tugas kepolisian.",
      -- a circular on the incumbent's campaign leave: what staff do not do
      "ASN tidak mendampingi, memfasilitasi atau mendokumentasikan kegiatan kampanye Bupati petahana maupun pasangan calon lainnya.",
    },
  },
}

-- A team named by its candidate pair ("Tim Relawan Sahabat Hendri–Yusnaini"): the team word, then
-- a dash-joined pair of names or a specific candidate reference within a few words.
local function named_team(p, m)
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
    if C.public_program(p, m) or not named_team(p, m, doc) then return false end
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
    if C.public_program(p, m) then return false end
    local sents = C.sentences(m)
    if not (C.has(p, "install_verbs", sents) or C.has(p, "gift_markers", sents)) then
      return false
    end
    -- A twibbon or profile picture is the social-media category, not a banner.
    if C.has(p, "social_profile", sents) then return false end
    -- A sticker on an aid parcel ("paket ditempeli stiker bergambar ...") is the gift's wrapping:
    -- the inducement and programme rules judge the gift.
    for _, h in ipairs(C.parts(m, MATERIAL)) do
      for _, l in ipairs({ "inducement_goods", "inducement_goods_generic", "office_programmes" }) do
        for _, g in ipairs(p:hits(l)) do
          if g.last < h.first and h.first - g.last <= 4 then
            for i = g.last + 1, h.first - 1 do
              if WRAP[p:token(i).norm or ""] then return false end
            end
          end
        end
      end
    end
    return C.grade(m, p, doc, { acts = MATERIAL, category = "campaign-activity" })
  end,
  examples = {
    flag = {
      -- Javanese "dienggo" (worn); "bareng" is the spoken "bersama" of a slogan
      "Kaos biru sing tulisane #KlatenBangkitBarengMasBagus jupuk dhewe nang TU, dienggo pas jalan sehat.",
      "Kader posyandu membagikan tas belanja dan payung bergambar pasangan calon nomor urut 3 kepada warga.",
      -- a quoted slogan with a title and a re-election appeal: the shirts are campaign material
      "Kalender meja dan kaos \"Buya Syahrial Pimpin Sumbar Lagi\" dibagikan kepada pasien di loket pendaftaran.",
      -- a prohibition inside a closed parenthesis governs only the parenthesis
      "Catatan Kabid (jangan dicetak di salinan regu): baliho paslon nomor 2 dipasang di pagar kantor oleh staf.",
      "Setelah kerja bakti, staf memasang bendera dan baliho Partai Keadilan Sejahtera di pagar kantor.",
      "Seluruh pegawai mengenakan kaos bergambar calon Bupati petahana saat apel Senin.",
      "Petugas agar membagikan stiker nomor urut 1 pasangan calon Wali Kota kepada warga.",
      "Spanduk Prabowo-Gibran dipasang di depan setiap kantor UPT paling lambat Jumat.",
      "Mohon sebarkan brosur caleg Partai NasDem nomor urut 2 di ruang tunggu pelayanan.",
      "Peserta apel mengenakan kaos bergambar pasangan Haji Ramli – Yuliana yang dibagikan panitia.",
    },
    pass = {
      "Peserta memakai kaos bertuliskan \"Ngopi Bareng Pak Camat\" yang dibagikan panitia.",
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
  -- the team and its candidate may be a purpose clause apart ("membentuk tim sukses internal
  -- beranggotakan lima guru, dikoordinasi wakasek, untuk memenangkan Ibu Sitti Rahmawati")
  match = near(16, near(4, any "team_join", any "team_refs"), C.ref()),
  check = function(m, p, doc)
    -- Joining a campaign group on a platform is the social-media category.
    if C.has(p, "social_platforms", C.sentences(m)) then return false end
    return C.grade(m, p, doc, { acts = TEAM, category = "campaign-activity" })
  end,
  examples = {
    flag = {
      "Setiap sekolah membentuk tim sukses internal beranggotakan lima guru, dikoordinasi wakasek kesiswaan, untuk memenangkan Ibu Sitti Rahmawati, caleg DPR RI.",
      "Seluruh pegawai diminta bergabung dengan Relawan Sahabat Syamsul Rijal.",
      "Setiap bidang menunjuk dua pegawai untuk bergabung dengan tim pemenangan calon Bupati nomor 3.",
      "Kepala seksi ditugaskan menjadi koordinator relawan pasangan calon Gubernur nomor 2 di kecamatan.",
      "Guru honorer agar mendaftar sebagai saksi partai Gerindra di TPS masing-masing.",
      "Dibentuk tim sukses paslon 02 di lingkungan dinas dengan susunan terlampir.",
      "Staf bergabung menjadi relawan Ganjar-Mahfud mulai bulan ini.",
    },
    pass = {
      "Seluruh pegawai diminta bergabung dengan Relawan Tagana Kabupaten untuk siaga banjir.",
      "Dibentuk Tim Sukses Adipura yang bertugas menyusun strategi pemenangan lomba.",
      "ASN dilarang menjadi anggota tim kampanye pasangan calon.",
      "Pegawai yang diduga bergabung dengan tim pemenangan caleg akan dipanggil untuk klarifikasi.",
      "Staf bergabung ke grup Telegram relawan paslon 02 dan membagikan kontennya.",
      "Relawan PMI bergabung dengan tim tanggap bencana kecamatan.",
      "Petugas tidak menerima tamu, termasuk tim kampanye atau saksi pasangan calon, tanpa izin tertulis KPU.",
    },
  },
}

-- A team formed or joined in a memo that already backs a candidate ("Rapat sepakat memenangkan
-- paslon nomor 1 ... Setiap kepala cabang membentuk tim relawan internal beranggotakan 10
-- karyawan"): the team is that candidate's even when its sentence names no one.
rule {
  id = "campaign-activity.team-in-partisan-memo",
  -- asleep until the memo has a partisan finding (C.wake_on_partisan), then replayed over the
  -- paragraphs before it
  asleep = true,
  replay = true,
  unless = { "prohibition" },
  category = "campaign-activity",
  severity = "medium",
  confidence = 0.7,
  basis = C.basis("uu7_280", "uu10_70", "pp94_n1"),
  message = {
    id = "Memo membentuk tim relawan atau tim sukses dari pegawai, dan memo yang sama mendukung " ..
      "calon: tim itu tim kampanye calon tersebut.",
    en = "The memo forms a volunteer or winning team of staff, and the same memo backs a " ..
      "candidate: the team is that candidate's campaign team.",
  },
  suggest = {
    id = "Hapus pembentukan tim ini. ASN dilarang menjadi anggota tim kampanye.",
    en = "Remove the team; civil servants may not be campaign team members.",
  },
  match = near(4, any "team_join", at_least(1, any "team_refs", any "partisan_teams")),
  check = function(m, p, doc)
    local sents = C.sentences(m)
    if C.in_comment(p) or C.forbidden(p, m) or C.lawful(p, sents, m) or C.security(p, sents, m) then
      return false
    end
    if C.has(p, "social_platforms", sents) then return false end
    if C.notes(doc).strong == 0 then return false end
    return true
  end,
  examples = {
    flag = {
      "Rapat sepakat memenangkan paslon nomor 1.\nSetiap kepala cabang membentuk tim relawan internal beranggotakan 10 karyawan.",
      "Seluruh guru diminta memilih caleg Partai Melati nomor 3.\nTiap sekolah membentuk tim sukses guru.",
      "Kita dukung Bapak Harun Lubis, calon Bupati nomor urut 2.\nStaf yang berminat bergabung menjadi relawan mendaftar di Subbag Umum.",
      "Disepakati target suara 70% untuk pasangan nomor urut 1.\nKepala desa menunjuk koordinator relawan di setiap dusun.",
      "Pegawai wajib hadir di kampanye akbar paslon 02 hari Minggu.\nSetiap bidang membentuk tim pemenangan tingkat bidang.",
    },
    pass = {
      "Setiap kepala cabang membentuk tim relawan internal beranggotakan 10 karyawan.",
      "Rapat sepakat memenangkan paslon nomor 1.\nPegawai dilarang membentuk tim relawan di kantor.",
      "Kecamatan membentuk tim relawan bencana untuk musim hujan.",
      "ASN dilarang memilih berdasarkan arahan atasan.\nSetiap sekolah membentuk tim sukses lomba sekolah sehat.",
      "Seluruh guru diminta memilih caleg Partai Melati nomor 3.\nGuru bergabung dalam grup WhatsApp relawan untuk informasi.",
    },
  },
}
C.wake_on_partisan("campaign-activity.team-in-partisan-memo")

-- A campaign event named as such ("kampanye akbar", "rapat umum", "deklarasi dukungan"), with
-- people sent, gathered or counted: campaigning even when no candidate is named, and even when
-- every pair's rally is on the list (mobilising staff is the breach, not whom it favours).
rule {
  id = "campaign-activity.named-event",
  unless = { "prohibition" },
  category = "campaign-activity",
  severity = "high",
  graded = true,
  confidence = 0.85,
  basis = C.basis("pp94_n1", "pp94_n3", "uu7_280", "uu10_70"),
  message = {
    id = "Memo mengerahkan atau mengatur kehadiran orang pada acara kampanye.",
    en = "The memo mobilises people to, or arranges attendance at, a campaign event.",
  },
  suggest = {
    id = "Hapus pengerahan ini. Kehadiran di acara kampanye bukan tugas kedinasan, siapa pun " ..
      "calonnya.",
    en = "Remove the mobilisation; attending campaign events is no official duty, whoever runs.",
  },
  scope = "paragraph",
  match = near(30, any "attend_verbs", any "frame_events"),
  check = function(m, p, doc)
    local sents = C.sentences(m)
    if C.public_program(p, m) or C.lawful(p, sents, m) then return false end
    for _, h in ipairs(m.hits) do
      if h.list == "frame_events" and C.inside(p, h, "event_bait") then return false end
    end
    return C.grade(m, p, doc, { acts = ATTEND, category = "campaign-activity", strength = 3,
                                base = "medium", note_strength = C.ref_strength(p, m, doc) })
  end,
  examples = {
    flag = {
      -- policing in another order of the same sentence, and policing denied, govern nothing
      "Untuk: melaksanakan pengamanan dan ketertiban umum selama masa kampanye; serta menghadiri seluruh kampanye rapat umum ketiga pasangan calon sebagai peserta.",
      "Anggota diperintahkan menghadiri seluruh kampanye rapat umum ketiga pasangan calon sebagai peserta, bukan sebagai petugas pengamanan.",
      -- "pengurus OSIS" sent to a rally is no student election (class 12: every pair alike)
      "Kepala sekolah menugaskan guru dan pengurus OSIS untuk menghadiri kampanye dialogis ketiga pasangan calon Gubernur pada jam sekolah.",
      -- the event named before, pointed back at (list event_anaphora, read by C)
      "Bapak H. Rahmat Siregar, pasangan nomor urut 1, akan menggelar deklarasi dukungan pada Minggu.\nPendamping PKH mengarahkan KPM hadir pada deklarasi tersebut dengan membawa KTP.",
      "Seluruh pegawai diminta meramaikan kampanye akbar hari Sabtu di Lapangan Merdeka.",
      "Para lurah agar mengerahkan minimal 50 warga ke rapat umum tanggal 10 November.",
      "Staf yang ditugaskan menghadiri deklarasi dukungan berkumpul di halaman kantor pukul 06.30.",
      "Penyuluh wajib hadir pada konsolidasi relawan di gedung olahraga kecamatan.",
      "Pegawai yang ditunjuk mengikuti kampanye terbuka ketiga pasangan calon dicatat sebagai dinas luar.",
      "Daftar hadir peserta kampanye dialogis diserahkan ke sekretariat paling lambat Jumat.",
    },
    pass = {
      "Anggota ditugaskan melaksanakan pengamanan kampanye rapat umum ketiga pasangan calon sesuai jadwal KPU.",
      "Kampanye calon OSIS berlangsung di lingkungan sekolah, termasuk debat visi-misi di aula; siswa diminta menghadiri debat tersebut.",
      -- "berikutnya" (next) is not "ikut" (to join) with a suffix
      "Kampanye akbar dijadwalkan pada hari berikutnya di lapangan kota.",
      "ASN dilarang hadir pada deklarasi dukungan pasangan calon.\nPegawai yang hadir pada acara tersebut dikenai sanksi.",
      "ASN dilarang menghadiri kampanye akbar dan rapat umum pasangan calon.",
      "Satpol PP bertugas mengamankan rapat umum sesuai jadwal dari KPU.",
      "Seluruh anggota koperasi hadir pada rapat umum anggota tahunan.",
      "Bawaslu menerima laporan dugaan kepala desa menghadiri deklarasi dukungan.",
      "Pegawai hadir pada deklarasi kampanye damai yang digelar KPU kabupaten.",
      "Pemegang saham hadir pada rapat umum pemegang saham luar biasa.",
      -- disaster response's volunteers
      "Konsolidasi relawan penanggulangan bencana karhutla diikuti MPA, Tagana dan relawan PMI; setiap desa wajib hadir 5 orang.",
      -- a health campaign by the programme it names
      "Semua pegawai wajib hadir di KAMPANYE AKBAR 2 tetes polio hari Sabtu jam 7 pagi di Taman Kota.",
    },
  },
}

-- A gathering with a candidate announced in one message, the call to come in the next ("Hari
-- Sabtu katong ada silaturahmi dgn Bpk ..., caleg DPR RI no urut 2" / "Mhn staf samua hadir ya").
local function gathering_before(p, doc)
  local g = doc.state.gathering
  return g and g.part == p.part and p.index > g.index and p.index - g.index <= 3
end

rule {
  id = "campaign-activity.gathering-call",
  -- wakes when candidate-gathering announces a gathering (most memos never do)
  asleep = true,
  unless = { "prohibition" },
  category = "campaign-activity",
  severity = "high",
  graded = true,
  confidence = 0.8,
  scope = "paragraph",
  basis = C.basis("pp94_n1", "pp94_n3", "uu7_283", "uu10_70"),
  message = {
    id = "Memo meminta pegawai hadir pada pertemuan dengan calon yang diumumkan tepat sebelumnya.",
    en = "The memo asks staff to attend the gathering with a candidate it has just announced.",
  },
  suggest = {
    id = "Batalkan ajakan ini; pertemuan dengan calon bukan kegiatan kedinasan.",
    en = "Withdraw the call; meeting a candidate is no official business.",
  },
  match = any "attend_verbs",
  when = gathering_before,
  check = function(m, p, doc)
    if not C.first_look(doc, p, "campaign-activity.gathering-call") then return false end
    if not C.directive(p, m, doc) then
      return C.why(doc, "tanpa ajakan atau perintah", "no call or order")
    end
    return C.grade(m, p, doc, { acts = ATTEND, category = "campaign-activity",
                                strength = doc.state.gathering.strength })
  end,
  examples = {
    flag = {
      { body = "Hari Sabtu ada silaturahmi dengan Bapak Abdul Gani, caleg DPR RI nomor urut 2.\nMohon seluruh staf hadir, pakai baju putih." },
      { body = "Besok pagi kunjungan Ibu Hj. Rosna Yuliani, calon Bupati nomor 1, ke pasar.\nPara pegawai wajib ikut menyambut di gerbang pasar." },
      { body = "Info: Minggu ada jalan sehat bersama paslon 02 dari alun-alun.\nSemua guru harap datang jam 6, absen di posko." },
      { body = "Malam ini nobar debat bersama cabup nomor 3 Bapak Hendra.\nStaf bidang agar berkumpul di lobi pukul 19.00." },
      { body = "Kamis ada ramah tamah dengan caleg Partai Melati Ibu Nani Suryani di rumah makan.\nKasi dan staf mohon hadir semua." },
    },
    pass = {
      { body = "Hari Sabtu ada silaturahmi dengan Bapak Abdul Gani, caleg DPR RI nomor urut 2.\nASN dilarang hadir pada acara tersebut." },
      { body = "Hari Sabtu ada silaturahmi dengan Bapak Abdul Gani, caleg DPR RI nomor urut 2.\nPegawai tetap masuk kantor seperti biasa." },
      { body = "Bawaslu mencatat kunjungan calon Bupati nomor 1 ke pasar.\nPengawas kelurahan agar hadir memantau." },
      { body = "Rapat koordinasi Pilkada bersama KPU digelar Senin.\nKepala bidang mohon hadir." },
      { body = "Minggu ada jalan sehat HUT kabupaten.\nSemua guru harap datang jam 6." },
    },
  },
}

-- A gathering with a candidate (silaturahmi, jalan sehat, makan siang, penyambutan): the office
-- invites or sends people to meet someone the memo names as a candidate.
rule {
  id = "campaign-activity.candidate-gathering",
  unless = { "prohibition" },
  category = "campaign-activity",
  severity = "high",
  graded = true,
  confidence = 0.8,
  basis = C.basis("pp94_n6", "uu7_283", "uu10_70"),
  message = {
    id = "Memo mengundang atau mengerahkan orang ke pertemuan dengan calon tertentu.",
    en = "The memo invites or sends people to a gathering with a particular candidate.",
  },
  suggest = {
    id = "Batalkan acara ini dari kegiatan kantor; pertemuan dengan calon, apa pun namanya, " ..
      "adalah kegiatan yang mengarah pada keberpihakan.",
    en = "Drop the event; a gathering with a candidate, whatever it is called, is partisan.",
  },
  -- The paragraph: a pasted message announces the candidate in one sentence and the gathering
  -- in the next ("bpk Otto Rumfabe dtg ... Kitorang semua pegawai wajib ikut penyambutan").
  scope = "paragraph",
  match = near(16, any "candidate_gatherings", C.ref()),
  check = function(m, p, doc)
    local sents = C.sentences(m)
    if C.public_program(p, m) or C.has(p, "official_events", sents) or
       C.lawful(p, sents, m) then
      return false
    end
    -- the only candidate named is quoted text (a sticker's or billboard's slogan, "Yg ketemu
    -- kemarin di kaca belakang tulisannya \"DATUK AMRI LANJUTKAN!\""): a thing, not a person met
    local gathering, quoted_refs, refs = nil, 0, 0
    for _, h in ipairs(m.hits) do
      if h.list == "candidate_gatherings" then gathering = gathering or h
      elseif not C.neutral(p, h) then  -- ("paslon mana pun" names nobody)
        refs = refs + 1
        if p:token(h.first).quoted then quoted_refs = quoted_refs + 1 end
      end
    end
    if gathering and refs > 0 and quoted_refs == refs and not p:token(gathering.first).quoted then
      return C.why(doc, "calon hanya disebut dalam kutipan (tulisan stiker, baliho)",
                   "the candidate is only named in quoted text (a sticker's, a billboard's)")
    end
    for _, h in ipairs(m.hits) do
      if h.list == "candidate_gatherings" and C.negated_object(p, h) then
        return C.why(doc, "acara menjadi objek kalimat yang diingkari",
                     "the gathering is the object of a negated predicate")
      end
    end
    local strength = C.ref_strength(p, m, doc)
    if strength < 3 then return false end
    -- Someone is invited, sent or expected: an attendance word, a directive, or a table cell.
    if not (C.has(p, "attend_verbs", sents) or C.directive(p, m, doc) or p.where == "table") then
      -- announced only: the next message may ask staff to come (campaign-activity.gathering-call)
      if not C.forbidden(p, m) then
        doc.state.gathering = { part = p.part, index = p.index, strength = strength }
        doc.wake("campaign-activity.gathering-call")
      end
      return C.why(doc, "acara diumumkan tanpa ajakan hadir di paragraf ini",
                   "the gathering is announced, nobody is asked to come in this paragraph")
    end
    return C.grade(m, p, doc, { acts = { candidate_gatherings = true },
                                category = "campaign-activity", strength = strength })
  end,
  examples = {
    flag = {
      -- a pair with a degree after the first name, then a ballot number
      "Perihal: Permohonan tenaga kesehatan pada Jalan Sehat dan Senam Gembira bersama Ibu dr. Hj. Rina Marlina, Sp.A. dan Bapak Fauzi Datuak Rajo (No. 2).\nStaf yang hadir diminta memakai kaos biru.",
      -- entrusted to lead: the person runs ("diberi amanah memimpin ... lima tahun ke depan")
      "Kami mengundang pian hadir pada acara ramah tamah bersama Abah H. Syahrani Noor di aula balai nikah.\nMudahan beliau kawa diberi amanah memimpin Balangan Hilir lima tahun ke depan.",
      -- a health check bundled with the event is a service, not an inquiry
      "Dalam rangka silaturahmi bersama Ibu Wa Ode Nurhalimah, calon Wali Kota nomor urut 2, yang dirangkaikan dengan pemeriksaan kesehatan gratis, kami mengundang Bapak/Ibu untuk hadir.",
      "Kepala dinas mengundang para kepala seksi makan siang bersama calon bupati nomor urut 1 di Rumah Makan Sederhana.",
      "Seluruh guru diharapkan hadir pada silaturahmi dengan Ibu Hj. Nani Suryani, caleg DPRD dari Partai Melati.",
      "Pegawai diminta ikut jalan sehat bersama pasangan calon gubernur nomor 2 pada Minggu pagi.",
      "Calon wali kota Bapak Rahmat Hidayat akan berkunjung Kamis; staf agar hadir menyambut beliau.",
      "Para bidan diundang nonton bareng final sepak bola bersama cawabup nomor urut 3.",
      -- a person arriving from a campaign tour is running
      "Sehubungan dengan kedatangan Bapak Ir. Elias Tumaka bersama rombongan dari rangkaian kampanye di wilayah Kao, kami minta staf menyiapkan penyambutan dan ramah tamah.",
      -- a titled name with a ballot number and a legislature right after it runs for that seat
      "Minggu kita ikut JALAN SEHAT bareng abangda dr. Hotman Sinaga, no 5 DPRD Provsu dapil Sumut 4. Bidan desa WAJIB hadir.",
    },
    pass = {
      "ASN dilarang menghadiri silaturahmi dengan pasangan calon mana pun.",
      "Bupati meresmikan jembatan; kepala bidang diminta hadir pada peresmian.",
      "Pegawai mengikuti jalan sehat HUT kabupaten di alun-alun.",
      "KPU mengundang ketiga pasangan calon pada debat publik di gedung serbaguna.",
      "Laporan warga menyebut kepala desa makan malam bersama calon bupati nomor 1.",
      -- the tour of every pair, nobody in particular
      "Bawaslu menugaskan staf hadir memantau rangkaian kampanye seluruh pasangan calon di wilayah Kao, termasuk ramah tamah dengan warga.",
      -- a sitting member named with his seat has no ballot number
      "Staf diminta hadir pada silaturahmi reses Bapak H. Ruslan Effendi, anggota DPRD dapil 3, di balai desa.",
      -- the candidate only in a sticker's quoted slogan: "ketemu" is "found", nobody is met
      "Kalau ada stiker paslon mana pun, cabut. Yg ketemu kemarin di kaca belakang BM 1123 NP tulisannya \"DATUK AMRI LANJUTKAN! #RokanTengahMakinJaya\", itu bersihkan.",
      -- what offices do not do while the incumbent is on campaign leave
      "Perangkat daerah tidak mengundang yang bersangkutan dan tidak menyerahkan bantuan pemerintah dalam acara kampanye pasangan calon nomor urut 2.",
    },
  },
}

-- Joining a campaign team that names itself as one ("relawan pemenangan", "tim kampanye"): no
-- candidate needs to be named.
rule {
  id = "campaign-activity.join-team",
  unless = { "prohibition" },
  category = "campaign-activity",
  severity = "high",
  graded = true,
  confidence = 0.85,
  basis = C.basis("uu7_280", "uu10_70", "pp94_n1"),
  message = {
    id = "Memo mengajak atau menugaskan pegawai bergabung dengan tim kampanye atau relawan pemenangan.",
    en = "The memo invites or assigns staff to join a campaign team or winning volunteers.",
  },
  suggest = {
    id = "Hapus ajakan ini; ASN dilarang menjadi anggota tim kampanye atau relawan pemenangan.",
    en = "Remove the call; civil servants may not be campaign team members.",
  },
  match = near(10, any "join_acts", any "partisan_teams"),
  check = function(m, p, doc)
    local sents = C.sentences(m)
    if C.has(p, "social_platforms", sents) or C.security(p, sents, m) then return false end
    for _, h in ipairs(m.hits) do
      if h.list == "partisan_teams" and C.inside(p, h, "event_bait") then return false end
    end
    return C.grade(m, p, doc, { acts = { join_acts = true }, category = "campaign-activity",
                                strength = 3, note_strength = C.ref_strength(p, m, doc) })
  end,
  examples = {
    flag = {
      -- a volunteer group named after its candidate is a campaign team (C: its shape)
      "Guru honor yang SK-nya mau diperpanjang wajib masuk relawan Sahabat Umbu Data di desa masing-masing.",
      "Pegawai yang siap menjadi relawan pemenangan silakan mendaftar ke Sekretariat.",
      "Setiap bidang menunjuk satu orang sebagai koordinator tim kampanye di kelurahan.",
      "Guru honorer didaftarkan sebagai anggota tim pemenangan tingkat kecamatan.",
      "Formulir keanggotaan posko pemenangan diisi oleh seluruh staf paling lambat Senin.",
      "Rapat menyepakati tiga orang staf masuk tim sukses paslon di desa masing-masing.",
    },
    pass = {
      "ASN dilarang bergabung dengan tim kampanye atau relawan pemenangan.",
      "Dibentuk tim pemenangan lomba desa sehat tingkat provinsi.",
      "Pegawai yang terbukti menjadi anggota tim kampanye dijatuhi hukuman disiplin.",
      "Relawan PMI mendaftar ke posko tanggap darurat.",
      "Bawaslu memeriksa dugaan kepala sekolah menjadi koordinator tim pemenangan.",
    },
  },
}

-- Under a partisan frame (a subject line, title, opening paragraph, table header or list lead-in
-- naming a campaign event or a candidate; computed in C), a paragraph that arranges attendance,
-- participants, attire, consumption or quotas organises that event.
rule {
  id = "campaign-activity.framed-arrangement",
  unless = { "prohibition" },
  category = "campaign-activity",
  severity = "high",
  graded = true,
  confidence = 0.75,
  scope = "paragraph",
  basis = C.basis("pp94_n3", "pp94_n6", "uu7_280"),
  message = {
    id = "Memo mengatur peserta, kehadiran, konsumsi, atau perlengkapan acara partisan yang disebut " ..
      "pada perihal, judul, atau pembukaannya.",
    en = "The memo arranges participants, attendance, food or equipment for the partisan event its " ..
      "subject, title or opening names.",
  },
  suggest = {
    id = "Batalkan pengaturan ini bersama acaranya; kantor tidak boleh mengorganisasi kegiatan " ..
      "kampanye.",
    en = "Cancel the arrangement with the event; offices must not organise campaign activity.",
  },
  match = all(at_least(1, any "frame_event", any "frame_target"), any "arrangement_acts"),
  check = function(m, p, doc)
    -- the verdict is the paragraph's, whichever candidate: judge it once
    if not C.first_look(doc, p, "campaign-activity.framed-arrangement") then return false end
    if C.closing(p) then return false end
    if C.in_comment(p) or C.forbidden(p, m) or C.forbidden_anywhere(p, m) or C.security(p) or
       C.lawful(p) then
      return false
    end
    -- Tell the reader where the frame came from.
    local f = p.frame
    local where = f and f.source or "subject"
    local sev = C.directive(p, m, doc) and "high" or "medium"
    C.note(doc, p, m, "campaign-activity", sev, C.frame_strength(p))
    return { severity = sev, confidence = sev == "high" and 0.8 or 0.7,
             message = { id = "Memo mengatur peserta, kehadiran, konsumsi, atau perlengkapan acara " ..
                           "partisan yang disebut pada " .. (FRAME_NAMES[where] or "perihalnya") .. ".",
                         en = "The memo arranges participants, attendance, food or equipment for the " ..
                           "partisan event named in its " .. where .. "." } }
  end,
  examples = {
    flag = {
      -- a pasted chat's forwarding line is no opening; the message after it is
      "Diteruskan dari grup “KANTOR CAMAT TJ BATU HULU” – Rabu 13/11/2024 17.41\nAssalamualaikum wr wb. Bsk Kamis 14/11 ada KAMPANYE AKBAR paslon gubri di lap. MTQ, Sabtu paslon yg lain, Selasa paslon yg satu lg.\n1. Smua ASN & PPPK WAJIB hadir ketiga2nya, brgkt jam 13.00 naik oto dinas.",
      "Hal: Persiapan Kampanye Akbar Pasangan Calon Nomor Urut 1\nPeserta dari setiap bidang paling sedikit 20 orang dan memakai kaos putih.",
      -- an imperative forwarding line and a greeting come before what the message is for
      "Teruskan ke Geuchik yang belum masuk grup – isi VN Pak Sekcam, Rabu 16/10 pukul 22.04\nAssalamualaikum. Bapak-bapak Geuchik dan Sekdes semua, saya sampaikan sedikit.\nMalam Jumat minggu depan ada pelantikan tim pemenangan tingkat kecamatan di meunasah Lambaro.\nTiap gampong bawa dua puluh orang, geuchik wajib hadir.",
      "Perihal: Deklarasi Dukungan Relawan\nMohon Saudara menyiapkan konsumsi untuk 150 orang.",
      "Hal: Konsolidasi Relawan Pemenangan\nDaftar hadir dikirim ke Sekretariat sebelum acara dimulai.",
      -- "Pelaporan" is the memo's own reporting, not a report of someone else's violation
      "Hal: Pelaporan Kehadiran Deklarasi Dukungan Caleg Partai Hanura\nSetiap kepala dusun menyiapkan daftar hadir dan konsumsi warga.",
      "Dalam rangka rapat umum calon gubernur nomor urut 2 di Stadion Utama pada hari Minggu, kami sampaikan beberapa hal.\nSeluruh staf berkumpul di halaman kantor pukul 06.00.",
      "Untuk kampanye dialogis calon bupati nomor urut 3 hari Rabu, kami sampaikan pembagian tugas:\n1. tenda dan kursi 100 buah oleh Subbag Umum;\n2. konsumsi oleh Bendahara.",
      -- a schedule's row is one event: its first cell frames the others
      "Dengan hormat,\nBersama ini kami sampaikan kegiatan yang perlu diikuti para penyuluh menjelang hari pemungutan suara:\n| Kegiatan | Waktu | Keterangan |\n| Konsolidasi Relawan Dapil 2 | Sabtu, 14.00 | Penyuluh membawa masing-masing 10 warga binaan |",
    },
    pass = {
      -- the closing formula thanks, it arranges nothing
      "Hal: Persiapan Kampanye Akbar Pasangan Calon Nomor Urut 1\nAtas perhatian dan kehadiran Bapak/Ibu diucapkan terima kasih.",
      "Hal : Kampanye Akbar Gerakan Masyarakat Hidup Sehat dan Cegah Stunting\nSetiap puskesmas mengirim 25 peserta dan kendaraan puskesmas keliling.",
      "Pengaturan Lalu Lintas pada Kampanye Rapat Umum Pemilihan Gubernur dan Wakil Gubernur 2024\nParkir bus peserta diatur di kantong parkir yang disepakati dengan LO ketiga tim.",
      "Hal: Larangan Menghadiri Kampanye Akbar\nPeserta apel memakai seragam dinas.",
      "Hal: Pengamanan Rapat Umum Pasangan Calon\nPersonel berkumpul di markas pukul 06.00.",
      "Hal: Rapat Koordinasi Posyandu\nPeserta membawa buku catatan.",
      "Perihal: Undangan Rapat Evaluasi Kinerja\nKonsumsi disiapkan oleh Subbag Umum.",
      "Hal: Jadwal Kampanye dari KPU\nPegawai diminta hadir tepat waktu pada apel.",
      "Dengan hormat,\nBersama ini kami sampaikan kegiatan yang perlu diikuti para kader bulan depan:\n| Kegiatan | Waktu | Keterangan |\n| Penyuluhan Gizi Balita | Sabtu, 14.00 | Kader membawa masing-masing 10 ibu balita |",
    },
  },
}

-- A candidate's slogan set out as the memo's theme or text ("TEMA HARI JADI DESA: \"Bersama Bang
-- Taufik - Bang Robert, Lanjut Dua Periode!\"") and, in the paragraphs after, the order to print
-- "the theme" on banners, shirts or posters: campaign material made by the office, though the
-- order itself names no one.
rule {
  id = "campaign-activity.slogan-display",
  unless = { "prohibition" },
  category = "campaign-activity",
  severity = "high",
  graded = true,
  confidence = 0.8,
  basis = C.basis("pp94_n2", "pp94_n6", "skb2022"),
  message = {
    id = "Memo menyuruh memasang atau memakai slogan calon yang dikutipnya sebelumnya pada " ..
      "spanduk, kaos, poster, atau atribut lain.",
    en = "The memo has the candidate's slogan it quoted before put on banners, shirts, posters " ..
      "or other material.",
  },
  suggest = {
    id = "Hapus slogan calon dari tema dan bahan kegiatan instansi.",
    en = "Remove the candidate's slogan from the office's theme and materials.",
  },
  match = near(8, any "campaign_materials", any "slogan_anaphora"),
  check = function(m, p, doc)
    local sents = C.sentences(m)
    -- (not C.public_program: the office's own festival or contest is where the slogan goes)
    if C.in_comment(p) or C.removal(p, sents) then return false end
    if not C.has(p, "install_verbs", sents) then
      return C.why(doc, "tidak ada kata memasang atau memakai", "no word of putting up or using")
    end
    if not C.slogan_before(p, doc) then
      return C.why(doc, "tidak ada slogan calon pada paragraf sebelumnya",
                   "no candidate's slogan in the paragraphs just before")
    end
    return C.grade(m, p, doc, { acts = { campaign_materials = true }, category = "campaign-activity",
                                strength = 3 })
  end,
  examples = {
    flag = {
      "Tema: \"Bersama Bang Taufik - Bang Robert, Lanjut Dua Periode!\"\nTulisan tema wajib dipakai pada spanduk, kaos pawai, dan poster lomba.",
      "Slogan peringatan tahun ini: \"Bersama Pak Harun, Lanjut Dua Periode!\"\nSlogan tersebut dicetak pada spanduk dan baliho di setiap kelurahan.",
      "Jargon kegiatan: \"Satu Putaran Bersama Paslon Nomor 2\".\nJargon itu dipasang pada backdrop panggung dan kaos peserta.",
      "Tagline HUT: Kota Maju Bersama Ibu Hj. Rosmawati, Lanjutkan Dua Periode!\nTagline tersebut agar dicantumkan pada umbul-umbul dan gapura.",
      "Tema: Bersama Pak Yusran Nomor Urut 1 Kita Lanjutkan.\nMohon tema ini dipasang pada spanduk di depan kantor.",
    },
    pass = {
      "Tema: \"Desa Maju, Warga Sejahtera\"\nTulisan tema wajib dipakai pada spanduk, kaos pawai, dan poster lomba.",
      "Tema Hari Jadi: Bersatu Membangun Negeri.\nSlogan tersebut dicetak pada spanduk dan baliho.",
      "Baliho bertuliskan \"Bersama Pak Harun Dua Periode\" ditemukan di pagar kantor.\nSpanduk dan tulisan tersebut segera diturunkan oleh Satpol PP.",
      "Tema: \"Bersama Bang Taufik - Bang Robert, Lanjut Dua Periode!\"\nASN dilarang memasang tulisan tersebut pada spanduk kantor.",
      "Slogan peringatan tahun ini: Lanjutkan Bersama Pak Harun Dua Periode.\nSeluruh pegawai hadir pada upacara pukul 07.30.",
    },
  },
}

