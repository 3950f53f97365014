-- e2e.lua - two rules on made-up words, so the CLI tests do not depend on how the built-in rule
-- set is tuned: "zorbaflux" is a high finding, "quibbleton" a low one.
rule {
  id = "endorsement.e2e-zorbaflux",
  category = "endorsement",
  severity = "high",
  confidence = 0.9,
  basis = "Uji e2e Netral",
  message = { id = "Kata uji zorbaflux ditemukan.", en = "Test word zorbaflux found." },
  suggest = "Hapus kata uji.",
  match = any { "zorbaflux" },
  examples = { flag = { "Hari ini zorbaflux bersama." }, pass = { "Hari ini rapat biasa." } },
}

rule {
  id = "social-media.e2e-quibbleton",
  category = "social-media",
  severity = "low",
  basis = "Uji e2e Netral",
  message = { id = "Kata uji quibbleton ditemukan.", en = "Test word quibbleton found." },
  match = any { "quibbleton" },
  examples = { flag = { "Ada quibbleton di sini." }, pass = { "Hari ini rapat biasa." } },
}
