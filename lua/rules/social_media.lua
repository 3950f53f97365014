-- social_media.lua - rules for memos that tell staff to post, like, share, comment on, follow or
-- join candidate or campaign accounts and groups, or to use a candidate's twibbon or profile
-- picture (category "social-media").
--
-- Legal basis, wording checked with the search tool (public pages, not the official gazette):
--   SKB 2022 (Keputusan Bersama Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN, Ketua Bawaslu
--     Nomor 2 Tahun 2022): title page on scribd.com/document/602350661; its list of acts
--     ("membuat posting, comment, share, like, bergabung/follow dalam group/akun pemenangan
--     calon"; "sosialisasi/kampanye media sosial/online") via kompasiana.com ("Jaga netralitas
--     ASN dalam pemilu, jaga jarimu") and jdih.baritoutarakab.go.id.
--   PP 94/2021 Pasal 5 huruf n angka 6: Kompas.com, 16/03/2022 (see endorsement.lua).
local C = require "netral.kit"

local SOCIAL = { social_verbs = true }
local PROFILE = { social_profile = true }

rule {
  id = "social-media.amplify",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "social-media",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.9,
  basis = C.basis("skb2022", "pp94_n6"),
  message = {
    id = "Memo menyuruh mengunggah, menyukai, mengomentari, atau membagikan konten calon, " ..
      "pasangan calon, atau partai di media sosial.",
    en = "The memo has staff post, like, comment on or share a candidate's or party's content.",
  },
  suggest = {
    id = "Hapus perintah ini. Akun pribadi maupun akun resmi instansi tidak boleh dipakai " ..
      "untuk menyebarkan atau menanggapi konten kampanye.",
    en = "Remove the order; neither personal nor official accounts may amplify campaign content.",
  },
  match = near(12, any "social_verbs", C.ref()),
  check = function(m, p, doc)
    if not C.has(p, "social_platforms", C.sentences(m)) then return false end
    return C.grade(m, p, doc, { acts = SOCIAL, category = "social-media" })
  end,
  examples = {
    flag = {
      -- a slogan naming the candidate by a title of address (Sundanese "Ambu": mother)
      "Sadaya guru follow IG @amburina.official, like + share postingan nu enggal, pake tagar #LanjutkanAmbuRina.",
      "Setiap staf wajib repost dan retweet konten Prabowo Subianto-Gibran Rakabuming Raka di platform X.",
      "ASN humas agar menyukai dan mengomentari setiap unggahan akun Instagram calon Wali Kota petahana.",
      "Mohon bagikan video kampanye paslon nomor 3 ke grup WA keluarga masing-masing.",
      "Pegawai diminta memposting foto bersama calon Bupati nomor urut 1 di Facebook pribadi.",
      "Ayo ramaikan tagar dukungan untuk caleg Partai Perindo di TikTok.",
    },
    pass = {
      "Pegawai ASN dilarang membagikan unggahan akun pasangan calon di media sosial.",
      "Guru dianjurkan membagikan tautan video pembelajaran di grup kelas.",
      "Terlapor mengunggah foto bersama calon presiden di Instagram.",
      "Diimbau agar tidak memberi tanda suka atau komentar pada akun calon dan tim kampanye.",
      "Humas membagikan konten sosialisasi tahapan pemilu dari akun resmi KPU tanpa memihak paslon mana pun.",
    },
  },
}

rule {
  id = "social-media.profile-picture",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "social-media",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.9,
  basis = C.basis("skb2022", "pp94_n6"),
  message = {
    id = "Memo menyuruh memasang twibbon, bingkai foto, atau foto profil untuk calon atau partai tertentu.",
    en = "The memo has staff use a candidate's twibbon, frame or profile picture.",
  },
  suggest = {
    id = "Hapus perintah ini. Foto profil dan twibbon pegawai tidak boleh memuat dukungan " ..
      "kepada calon atau partai; gunakan bingkai kegiatan kedinasan yang netral.",
    en = "Remove the order; staff profile pictures must not show support for a candidate.",
  },
  match = near(14, any "social_profile", C.ref()),
  check = function(m, p, doc)
    return C.grade(m, p, doc, { acts = PROFILE, category = "social-media" })
  end,
  examples = {
    flag = {
      "Seluruh pegawai diminta mengganti foto profil WhatsApp dengan twibbon pasangan calon Gubernur nomor 2.",
      "Pasang twibbon Ganjar-Mahfud di akun media sosial masing-masing paling lambat Jumat.",
      "Guru agar memakai bingkai foto bertema paslon 01 pada foto profil Facebook.",
      "Ganti pp WA kantor dengan gambar calon Bupati petahana mulai hari ini.",
      "Staf wajib menggunakan twibbon caleg Partai Golkar nomor urut 4 selama masa kampanye.",
      "Seluruh guru dimohon memasang bingkai foto (twibbon) AMIN sebagai foto profil WhatsApp.",
    },
    pass = {
      "ASN diimbau agar tidak memasang twibbon atau bingkai foto bertema pasangan calon.",
      "Ganti foto profil WhatsApp kantor dengan bingkai Hari Jadi Kabupaten ke-70.",
      "Pegawai memasang twibbon Hari Guru Nasional di akun masing-masing.",
      "Bawaslu menemukan dugaan kepala sekolah memasang twibbon paslon sebagai foto profil.",
      "Foto profil akun resmi dinas memakai logo pemerintah daerah, bukan gambar calon tertentu.",
      "Pasang twibbon Hari Santri sebagai foto profil; semoga berkah, amin.",
    },
  },
}

rule {
  id = "social-media.join-group",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "social-media",
  severity = "high",
  graded = true,  -- reported lower when the evidence is weaker
  confidence = 0.85,
  basis = C.basis("skb2022", "pp94_n6"),
  message = {
    id = "Memo menyuruh bergabung dengan atau mengikuti grup dan akun pendukung calon atau partai.",
    en = "The memo has staff join or follow a candidate's or party's supporter groups or accounts.",
  },
  suggest = {
    id = "Hapus perintah ini. Pegawai tidak boleh diarahkan bergabung atau mengikuti grup, " ..
      "kanal, atau akun pemenangan calon mana pun.",
    en = "Remove the order; staff must not be directed to join campaign groups or accounts.",
  },
  match = near(10, any { "gabung", "bergabung", "join", "=masuk", "=ikuti", "=mengikuti",
                         "follow", "=subscribe" },
               any { "grup", "akun", "kanal", "channel", "fanpage", "komunitas", "grup facebook",
                     "grup telegram", "grup whatsapp", "grup wa" },
               at_least(1, any "team_refs", C.ref())),
  check = function(m, p, doc)
    local strength = C.ref_strength(p, m, doc)
    if strength == 0 then
      -- A supporters' group ("Relawan ...", "Sahabat ...") in a memo that names a candidate.
      for _, h in ipairs(m.hits) do
        if h.list == "team_refs" and C.notes(doc).strong > 0 then strength = 2 end
      end
    end
    return C.grade(m, p, doc, { acts = {}, category = "social-media", strength = strength })
  end,
  examples = {
    flag = {
      "Staf bergabung ke grup Telegram Relawan Garuda Muda dan aktif mendukung Paslon 02.",
      "Seluruh pegawai diminta bergabung ke grup Facebook pendukung calon Wali Kota nomor 1.",
      "Mohon ikuti akun Instagram tim pemenangan Anies-Muhaimin dan ajak keluarga.",
      "Pendamping desa wajib masuk grup WA relawan caleg PKB dapil 2.",
      "Ayo follow kanal YouTube resmi calon Gubernur petahana.",
    },
    pass = {
      "ASN agar keluar dari grup percakapan yang dikelola tim pemenangan pasangan calon.",
      "Seluruh perangkat daerah diminta mengikuti akun Instagram resmi pemerintah kabupaten.",
      "Guru bergabung ke grup WA kelas untuk koordinasi pembelajaran.",
      "Dilarang bergabung atau mengikuti akun pemenangan calon di media sosial.",
      "Laporan warga menyebut terlapor bergabung di grup relawan paslon nomor 3.",
    },
  },
}

rule {
  id = "social-media.share-request",
  unless = { "prohibition" },  -- also registers the list lead-in (see netral/kit.lua)
  category = "social-media",
  severity = "info",
  confidence = 0.4,
  basis = C.basis("skb2022"),
  message = {
    id = "Memo meminta pegawai menyebarkan atau menanggapi konten di media sosial. Ini wajar " ..
      "untuk informasi layanan, tetapi melanggar netralitas bila kontennya kampanye.",
    en = "The memo asks staff to spread or react to content on social media; fine for public " ..
      "information, a violation when the content is a campaign's.",
  },
  suggest = {
    id = "Pastikan konten yang diminta dibagikan hanya berisi informasi kedinasan yang netral.",
    en = "Make sure the shared content is neutral official information only.",
  },
  match = near(10, any "social_verbs", any "social_platforms"),
  check = function(m, p, doc)
    if C.in_comment(p) or C.forbidden(p, m) then return false end
    if not (C.directive(p, m, doc) or C.has(p, "staff_refs", C.sentences(m))) then return false end
    C.notes(doc).share = C.notes(doc).share or {}
    local s = C.notes(doc).share
    s[#s + 1] = { part = p.part, paragraph = p.index }
    return true
  end,
  examples = {
    flag = {
      "Gambar ajakan yang dikirim di grup kantor agar dibagikan ke story WhatsApp dan Instagram.",
      "Guru dianjurkan membagikan tautan video pembelajaran di grup kelas.",
      "Pegawai diminta menyukai dan mengomentari unggahan akun resmi dinas.",
      "Mohon sebarkan poster ini ke status WA masing-masing sebelum pukul 12.00.",
      "Seluruh staf wajib mengikuti akun Instagram resmi pemerintah kota.",
    },
    pass = {
      "Dilarang membagikan konten kampanye di grup WA kantor.",
      "Akun Instagram dinas memuat 120 unggahan selama 2023.",
      "Pegawai agar tidak mengunggah dokumen rahasia ke media sosial.",
      "Video pembelajaran diunggah setiap Senin dan Kamis.",
      "Laporan warga menyebut terlapor membagikan unggahan di grup WA.",
    },
  },
}

-- A campaign-shaped hashtag or slogan (recognised in C: #LanjutkanX, #XDuaPeriode, #BersamaPakX)
-- put on the office's or staff's posts.
rule {
  id = "social-media.campaign-hashtag",
  unless = { "prohibition" },
  category = "social-media",
  severity = "high",
  graded = true,
  confidence = 0.85,
  basis = C.basis("skb2022", "pp94_n6"),
  message = {
    id = "Memo menyuruh memakai tagar atau slogan kampanye calon pada unggahan media sosial.",
    en = "The memo has a candidate's campaign hashtag or slogan used on social-media posts.",
  },
  suggest = {
    id = "Hapus tagar ini; unggahan kedinasan dan pegawai tidak boleh memuat slogan kampanye.",
    en = "Remove the hashtag; official and staff posts must not carry campaign slogans.",
  },
  match = near(14, any "target_slogan", at_least(1, any "social_verbs", any "social_platforms",
                                                   any "chant_acts")),
  check = function(m, p, doc)
    local sents = C.sentences(m)
    if C.security(p, sents, m) then return false end
    -- A slogan on a banner or in a chant without any post is the endorsement rule's; a quoted
    -- slogan on shirts "dibagikan" (handed out) needs a platform to be a post.
    local tag = false
    for _, h in ipairs(m.hits) do
      if h.list == "target_slogan" and p:token(h.first).hashtag then tag = true end
    end
    if not tag and not C.has(p, "social_platforms", sents) then return false end
    return C.grade(m, p, doc, { acts = { social_verbs = true, chant_acts = true },
                                category = "social-media", strength = 3 })
  end,
  examples = {
    flag = {
      "Kita doakan Pak Haji Zulkifli yang sedang berjuang di Pilkada. Video apel diunggah ke IG pakai #MataramMenangBersamaZul.",
      "Setiap unggahan kegiatan posyandu agar disertai tagar #LanjutkanBuNirmala.",
      "Admin akun dinas menambahkan #KotaBaruDuaPeriode pada setiap postingan.",
      "Mohon staf memposting foto kegiatan dengan caption #TerusBersamaPakAnwar.",
      "Gunakan #Coblos02 di status WA masing-masing mulai hari ini.",
      "Seluruh guru mengganti bio Instagram dengan slogan 'Lanjutkan Pak Darto' mulai Senin.",
      -- an account handle shaped as a slogan, with the name of someone the memo names
      "Program Ibu dr. Widyastuti Harahap perlu dikawal. Seluruh pegawai mengikuti akun Instagram @widya.lanjutkan mulai hari ini.",
    },
    pass = {
      -- shirts with a quoted slogan handed out: no post
      "Kaos bertuliskan \"Buya Syahrial Pimpin Sumbar Lagi\" dibagikan kepada pasien rawat jalan.",
      "Setiap unggahan kegiatan posyandu disertai tagar #BersamaCegahStunting.",
      "ASN dilarang memakai tagar #LanjutkanBuNirmala di media sosial.",
      "Humas menurunkan unggahan bertagar #KotaBaruDuaPeriode dari akun resmi dinas.",
      "Gunakan tagar #HariGuruNasional pada unggahan tanggal 25 November.",
      "Bawaslu menemukan dugaan penggunaan tagar #Coblos02 oleh kepala sekolah.",
      "Seluruh pegawai mengikuti akun Instagram @dinkes.kota dan @lanjutkan.belajar untuk informasi layanan.",
    },
  },
}
