-- extra.lua - one more rule: adding this folder changes the rule set id, so a cache made
-- without it must be ignored (every document rescanned).
rule {
  id = "inducement.e2e-plonkwick",
  category = "inducement",
  severity = "medium",
  basis = "Uji e2e Netral",
  message = "Kata uji plonkwick ditemukan.",
  match = any { "plonkwick" },
  examples = { flag = { "Ada plonkwick di sini." }, pass = { "Tidak ada apa-apa." } },
}
