-- vocab_social.lua - social-media platforms, actions (post, like, share, comment, follow, join)
-- and profile pictures / twibbons (social-media rules).
--
-- Sharing, liking and subscribing are also asked for in plain public-information memos (a school
-- YouTube channel, a health campaign): rules need a candidate reference or a partisan memo.

list "social_platforms" {
  "media sosial", "medsos", "sosmed", "facebook", "fb", "instagram", "ig", "whatsapp", "wa",
  "grup wa", "grup whatsapp", "status wa", "status whatsapp", "story wa", "story whatsapp",
  "story instagram", "instastory", "tiktok", "twitter", "platform x", "akun x", "youtube",
  "kanal youtube", "telegram", "grup telegram", "threads", "linkedin", "story", "reels",
  "akun", "akun resmi", "grup", "grup percakapan", "kanal", "channel", "fanpage", "siaran langsung",
  "konten", "unggahan", "postingan", "tagar", "hashtag", "linimasa", "timeline", "daring",
}

list "social_verbs" {
  "unggah", "posting", "post", "=memposting", "=diposting", "repost", "=merepost", "retweet",
  "=retweet", "share", "=bagikan", "=membagikan", "=dibagikan", "sebarkan", "=menyebarkan",
  "=disebarkan", "viralkan", "=memviralkan", "like", "=tanda suka", "=sukai", "=menyukai",
  "=disukai", "komentar", "=berkomentar", "=mengomentari", "=komentari", "tanggapan",
  "=menanggapi", "follow", "=ikuti", "=mengikuti", "=diikuti", "subscribe", "=berlangganan",
  "gabung", "=bergabung", "join", "tag", "=tandai", "=menandai", "mention", "=mention",
  "amplifikasi", "=mengamplifikasi", "=ramaikan", "=meramaikan", "=trending", "=trendingkan",
  "=tag teman", "=ganti", "=mengganti", "=diganti", "=pasang", "=memasang",
}

list "social_profile" {
  "twibbon", "twibon", "bingkai foto", "frame foto", "foto profil", "profile picture",
  "gambar profil", "ganti pp", "foto pp", "pp wa", "pp whatsapp", "avatar", "sampul", "foto sampul", "stiker wa", "stiker whatsapp",
  "filter", "status wa", "bio",
}
